package calendar

import (
	"time"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
)

// book holds every rule and parameter of the package, recorded as they are declared below.
var book = socialorg.NewBook("calendar")

// Rules lists the package's rules (ID, titles, regimes with their citations), by ID.
func Rules() []socialorg.Rule { return book.Rules() }

// Parameters lists the package's dated parameters (every window, deadline and term), by ID.
func Parameters() []socialorg.Parameter { return book.Parameters() }

// Book returns the package's book, for socialorg.Resolve.
func Book() *socialorg.Book { return book }

// The legal sources.
const (
	// State Council Order 250, in force 1998-10-25; revised 2016-02-06 (Order 666), Art. 28 as before.
	docSocialGroups = "《社会团体登记管理条例》（国务院令第250号，2016年修订）"
	// State Council Order 251, in force 1998-10-25.
	docServiceAgencies = "《民办非企业单位登记管理暂行条例》（国务院令第251号）"
	// State Council Order 400, in force 2004-06-01.
	docFoundations = "《基金会管理条例》（国务院令第400号）"
	// The Charity Law, in force 2016-09-01; amended 2023-12-29, in force 2024-09-05.
	docCharity16 = "《中华人民共和国慈善法》（2016年）"
	docCharity23 = "《中华人民共和国慈善法》（2023年修正）"
	// 《慈善组织信息公开办法》: MCA Order 61 (2018-08-06, in force 2018-09-01), replaced by MCA Order
	// 81 (published 2025-10-01, in force 2026-01-01).
	docOrder61 = "《慈善组织信息公开办法》（民政部令第61号）"
	docOrder81 = "《慈善组织信息公开办法》（民政部令第81号）"
	// 《广州市慈善促进条例》, in force 2021-09-01.
	docGuangzhou = "《广州市慈善促进条例》"
	// 财政部 税务总局 民政部公告2020年第27号.
	docPreTax = "《财政部 税务总局 民政部关于公益性捐赠税前扣除有关事项的公告》（2020年第27号）"
	// The revised assessment measures, in force 2026-03-01 (as package standards cites them).
	docMeasures26 = "《社会组织评估管理办法》（2026年修订）"
	// MCA Order 60.
	docOrder60 = "《社会组织信用信息管理办法》（民政部令第60号）"
)

// The dates the sources took effect.
var (
	from1998       = socialorg.MustDate("1998-10-25")
	from2004       = socialorg.MustDate("2004-06-01")
	fromCharity16  = socialorg.MustDate("2016-09-01")
	fromOrder60    = socialorg.MustDate("2018-01-24")
	fromOrder61    = socialorg.MustDate("2018-09-01")
	fromPreTax     = socialorg.MustDate("2020-01-01")
	fromGuangzhou  = socialorg.MustDate("2021-09-01")
	fromCharity24  = socialorg.MustDate("2024-09-05")
	fromOrder81    = socialorg.MustDate("2026-01-01")
	fromMeasures26 = socialorg.MustDate("2026-03-01")

	untilCharity16 = fromCharity24.AddDays(-1)
	untilOrder61   = fromOrder81.AddDays(-1)
)

// Notes on what is weak in a source.
const (
	noteOrder61     = "Order 61's text was not read here: its article numbers are not confirmed (the MCA's 2018 announcement lists the annual reports, major asset changes, investments and transactions, and related-party dealings among what it requires)"
	noteOrder81     = "article number not confirmed: the MCA's announcement of the revised measures (CCTV, 2025-10-11) states the rule; Arts. 12–15 were read from the text on fjcv.org"
	noteOrder81Read = "read from the text on fjcv.org (MCA's publication of 2025-11-04)"
	notePreTax      = "Art. 4(2) read from copies of the announcement (chinabaogao.com, caifunews.com.cn); in force from 2020-01-01 as the companion announcement (5scpa.com) gives it, the clause itself not read"
	noteGuangzhou   = "read from the text in LawRefBook (广州市慈善促进条例(2021-06-01).md); Art. 39: in force 2021-09-01"
	noteDormancy    = "「连续二年未从事慈善活动」: the law does not say calendar years; read as two years from the last charitable activity (the earlier of the two readings, so that the task comes in time), the activity due by the day two years after the last"
	noteTrustYearly = "「每年至少一次」: the law sets no day; read as once in each calendar year, due by 31 December"
	noteCharityRpt  = "the law sets no day: the report goes to the registration authority with the annual work report, so the task is due on the kind's annual-report day (Order 250 Art. 28, Order 251 Art. 23, Order 400 Art. 36)"
)

func cite(doc, art string) socialorg.Citation { return socialorg.Citation{Document: doc, Article: art} }

// MonthDay is a day of the year on which a yearly obligation falls ("05-31"): 31 May. A 29
// February falls on 28 February in a common year.
type MonthDay struct {
	Month time.Month
	Day   int
}

// In returns the day in year y (29 February → 28 February in a common year).
func (m MonthDay) In(y int) socialorg.Date {
	d := socialorg.NewDate(y, m.Month, 1)
	if d.IsZero() {
		return d
	}
	last := d.AddMonths(1).AddDays(-1).Day()
	return socialorg.NewDate(y, m.Month, min(m.Day, last))
}

// IsValid reports whether m is a day of some year (01-01 … 12-31, 02-29 included).
func (m MonthDay) IsValid() bool {
	if m.Month < time.January || m.Month > time.December || m.Day < 1 {
		return false
	}
	return m.Day <= socialorg.NewDate(2000, m.Month, 1).AddMonths(1).AddDays(-1).Day()
}

// String returns "MM-DD".
func (m MonthDay) String() string {
	b, _ := m.MarshalText()
	return string(b)
}

// MarshalText encodes m as "MM-DD"; an invalid MonthDay is an error.
func (m MonthDay) MarshalText() ([]byte, error) {
	if !m.IsValid() {
		return nil, socialorg.Invalid("month_day", int(m.Month)*100+min(max(m.Day, -1), 99), "a day of the year, MM-DD")
	}
	return []byte{byte('0' + m.Month/10), byte('0' + m.Month%10), '-', byte('0' + m.Day/10), byte('0' + m.Day%10)}, nil
}

// UnmarshalText decodes "MM-DD".
func (m *MonthDay) UnmarshalText(b []byte) error {
	if len(b) != 5 || b[2] != '-' {
		return socialorg.Invalid("month_day", string(b), "a day of the year, MM-DD")
	}
	var v [4]int
	for i, k := range []int{0, 1, 3, 4} {
		if b[k] < '0' || b[k] > '9' {
			return socialorg.Invalid("month_day", string(b), "a day of the year, MM-DD")
		}
		v[i] = int(b[k] - '0')
	}
	md := MonthDay{Month: time.Month(v[0]*10 + v[1]), Day: v[2]*10 + v[3]}
	if !md.IsValid() {
		return socialorg.Invalid("month_day", string(b), "a day of the year, MM-DD")
	}
	*m = md
	return nil
}

func checkMonthDay(m MonthDay) error {
	if !m.IsValid() {
		return socialorg.Invalid("month_day", m.Month, "a day of the year, MM-DD")
	}
	return nil
}

// checkSpan checks a count of days, months or years: 1 … 3660.
func checkSpan(n int) error {
	if n < 1 || n > 3660 {
		return socialorg.Invalid("value", n, "1 … 3660")
	}
	return nil
}

func dayParam(id, unit string, title socialorg.Text, local bool, vs ...socialorg.Dated[int]) socialorg.Param[int] {
	return socialorg.MustParam(book, socialorg.ParamSpec[int]{ID: id, Unit: unit, Title: title, Check: checkSpan, Local: local, Values: vs})
}

func mdParam(id string, title socialorg.Text, vs ...socialorg.Dated[MonthDay]) socialorg.Param[MonthDay] {
	return socialorg.MustParam(book, socialorg.ParamSpec[MonthDay]{ID: id, Unit: "day of year", Title: title, Check: checkMonthDay, Values: vs})
}

func text(hans, hant, en string) socialorg.Text {
	return socialorg.Text{Hans: hans, Hant: hant, En: en}
}

var (
	may31 = MonthDay{Month: time.May, Day: 31}
	mar31 = MonthDay{Month: time.March, Day: 31}
)

// The dated parameters: every day, window and term.
var (
	sgSupervisorDay = mdParam("calendar.annual.socialgroup.supervisor", text("社会团体向业务主管单位报送上一年度工作报告的截止日", "社會團體向業務主管單位報送上一年度工作報告的截止日", "day a social group reports to its supervising unit"),
		socialorg.Dated[MonthDay]{From: from1998, Value: mar31, Cite: cite(docSocialGroups, "第二十八条")})
	sgAuthorityDay = mdParam("calendar.annual.socialgroup.authority", text("社会团体向登记管理机关报送上一年度工作报告的截止日", "社會團體向登記管理機關報送上一年度工作報告的截止日", "day a social group reports to its registration authority"),
		socialorg.Dated[MonthDay]{From: from1998, Value: may31, Cite: cite(docSocialGroups, "第二十八条")})
	ssaSupervisorDay = mdParam("calendar.annual.ssa.supervisor", text("社会服务机构向业务主管单位报送上一年度工作报告的截止日", "社會服務機構向業務主管單位報送上一年度工作報告的截止日", "day a social service agency reports to its supervising unit"),
		socialorg.Dated[MonthDay]{From: from1998, Value: mar31, Cite: cite(docServiceAgencies, "第二十三条")})
	ssaAuthorityDay = mdParam("calendar.annual.ssa.authority", text("社会服务机构向登记管理机关报送上一年度工作报告的截止日", "社會服務機構向登記管理機關報送上一年度工作報告的截止日", "day a social service agency reports to its registration authority"),
		socialorg.Dated[MonthDay]{From: from1998, Value: may31, Cite: cite(docServiceAgencies, "第二十三条")})
	foundationDay = mdParam("calendar.annual.foundation.authority", text("基金会向登记管理机关报送上一年度工作报告的截止日", "基金會向登記管理機關報送上一年度工作報告的截止日", "day a foundation reports to its registration authority"),
		socialorg.Dated[MonthDay]{From: from2004, Value: mar31, Cite: cite(docFoundations, "第三十六条")})

	disclosureDay = mdParam("calendar.disclosure.annual-report", text("慈善组织公开年度工作报告和财务会计报告的截止日", "慈善組織公開年度工作報告和財務會計報告的截止日", "day a charity publishes its annual work and financial reports"),
		socialorg.Dated[MonthDay]{From: fromOrder61, Until: untilOrder61, Value: may31, Cite: cite(docOrder61, ""), Note: noteOrder61},
		socialorg.Dated[MonthDay]{From: fromOrder81, Value: may31, Cite: cite(docOrder81, ""), Note: noteOrder81})
	relatedListDay = mdParam("calendar.disclosure.related-party-list", text("慈善组织报送关联方名单及关联关系说明的截止日", "慈善組織報送關聯方名單及關聯關係說明的截止日", "day a charity files its list of related parties"),
		socialorg.Dated[MonthDay]{From: fromOrder81, Value: may31, Cite: cite(docOrder81, "第十五条"), Note: noteOrder81Read + "; no such rule was found in Order 61"})
	preTaxDay = mdParam("calendar.pretax.report", text("公益性社会组织报送经审计的上年度专项信息报告的截止日", "公益性社會組織報送經審計的上年度專項信息報告的截止日", "day an organization eligible for pre-tax deduction files its audited special report"),
		socialorg.Dated[MonthDay]{From: fromPreTax, Value: mar31, Cite: cite(docPreTax, "第四条第（二）项"), Note: notePreTax})

	majorChangeDays = dayParam("calendar.disclosure.major-change-days", "days", text("重大资产变动、重大投资、重大交易后向社会公开的期限", "重大資產變動、重大投資、重大交易後向社會公開的期限", "days to publish a major asset change, investment or transaction"), false,
		socialorg.Dated[int]{From: fromOrder61, Until: untilOrder61, Value: 30, Cite: cite(docOrder61, ""), Note: noteOrder61},
		socialorg.Dated[int]{From: fromOrder81, Value: 30, Cite: cite(docOrder81, "第十三条"), Note: noteOrder81Read})
	relatedDealDays = dayParam("calendar.disclosure.related-party-days", "days", text("与重要关联方交易等行为发生后向社会公开的期限", "與重要關聯方交易等行為發生後向社會公開的期限", "days to publish a dealing with an important related party"), false,
		socialorg.Dated[int]{From: fromOrder61, Until: untilOrder61, Value: 30, Cite: cite(docOrder61, ""), Note: noteOrder61},
		socialorg.Dated[int]{From: fromOrder81, Value: 30, Cite: cite(docOrder81, "第十四条"), Note: noteOrder81Read})
	settlorDays = dayParam("calendar.disclosure.settlor-trust-days", "days", text("慈善组织作为委托人设立慈善信托后向社会公开的期限", "慈善組織作為委託人設立慈善信託後向社會公開的期限", "days for a settlor charity to publish a trust it set up"), false,
		socialorg.Dated[int]{From: fromOrder81, Value: 30, Cite: cite(docOrder81, "第十二条第二款"), Note: noteOrder81Read})
	leftoverMonths = dayParam("calendar.disclosure.leftovers-months", "months", text("慈善项目终止后公开剩余财产处理情况的期限", "慈善項目終止後公開剩餘財產處理情況的期限", "months to publish what became of a project's leftover property"), false,
		socialorg.Dated[int]{From: fromOrder81, Value: 3, Cite: cite(docOrder81, ""), Note: noteOrder81 + "; new in the revised measures"})
	partnerMonths = dayParam("calendar.disclosure.partner-evaluation-months", "months", text("公开募捐活动结束后公开对合作方评估和指导监督情况的期限", "公開募捐活動結束後公開對合作方評估和指導監督情況的期限", "months to publish the evaluation of fundraising partners after a campaign"), false,
		socialorg.Dated[int]{From: fromOrder81, Value: 3, Cite: cite(docOrder81, ""), Note: noteOrder81 + "; new in the revised measures; charities with the public-fundraising qualification"})

	trustFilingDays = dayParam("calendar.trust.filing-days", "days", text("慈善信托文件签订后受托人备案的期限", "慈善信託文件簽訂後受託人備案的期限", "days for the trustee to file a charitable trust after signing"), false,
		socialorg.Dated[int]{From: fromCharity16, Until: untilCharity16, Value: 7, Cite: cite(docCharity16, "第四十五条第一款")},
		socialorg.Dated[int]{From: fromCharity24, Value: 7, Cite: cite(docCharity23, "第四十五条第一款")})
	trustChangeDays = dayParam("calendar.trust.change-days", "days", text("变更受托人后重新备案的期限", "變更受託人後重新備案的期限", "days for a new trustee to file the change"), false,
		socialorg.Dated[int]{From: fromCharity16, Until: untilCharity16, Value: 7, Cite: cite(docCharity16, "第四十七条")},
		socialorg.Dated[int]{From: fromCharity24, Value: 7, Cite: cite(docCharity23, "第四十八条")})
	dormancyYears = dayParam("calendar.charity.dormancy-years", "years", text("慈善组织连续未从事慈善活动即应当终止的年数", "慈善組織連續未從事慈善活動即應當終止的年數", "years without charitable activity after which a charity must terminate"), false,
		socialorg.Dated[int]{From: fromCharity16, Until: untilCharity16, Value: 2, Cite: cite(docCharity16, "第十七条第（三）项"), Note: noteDormancy},
		socialorg.Dated[int]{From: fromCharity24, Value: 2, Cite: cite(docCharity23, "第十七条第（三）项"), Note: noteDormancy})
	reapplyYears = dayParam("calendar.grade.reapply-years", "years", text("获得评估等级后可以重新申请评估的年数（等级有效期前若干年）", "獲得評估等級後可以重新申請評估的年數（等級有效期前若干年）", "years of a grade's validity in which the organization may apply again"), false,
		socialorg.Dated[int]{From: fromMeasures26, Value: 4, Cite: cite(docMeasures26, ""), Note: "the revised measures (in force 2026-03-01): re-application within the first four years of the grade's validity; order and article numbers not confirmed (as in package standards)"})

	// Guangzhou's own windows: the nation sets none (Local), Guangzhou's are declared below.
	gzDonorQueryDays = dayParam("calendar.guangzhou.donor-query-days", "days", text("向查询的捐赠人反馈有关情况的期限", "向查詢的捐贈人反饋有關情況的期限", "days to answer a donor's query"), true)
	gzUseChangeDays  = dayParam("calendar.guangzhou.use-change-days", "days", text("变更募捐方案规定的捐赠财产用途经决策机构通过后报民政部门备案的期限", "變更募捐方案規定的捐贈財產用途經決策機構通過後報民政部門備案的期限", "days to file a change of a plan's use after the board approves it"), true)
	gzNoticeDays     = dayParam("calendar.guangzhou.unreachable-donor-notice-days", "days", text("无法联系捐赠人时变更用途的公告最短时间", "無法聯繫捐贈人時變更用途的公告最短時間", "least days of public notice of a change of use when the donor cannot be reached"), true)
	gzRelatedDays    = dayParam("calendar.guangzhou.related-party-days", "days", text("关联交易结束后向社会公开的期限", "關聯交易結束後向社會公開的期限", "days to publish a transaction with a founder, major donor or manager after it ends"), true)

	_ = socialorg.MustLocal(gzDonorQueryDays, "440100", socialorg.Dated[int]{From: fromGuangzhou, Value: 20, Cite: cite(docGuangzhou, "第二十三条第一款"), Note: noteGuangzhou})
	_ = socialorg.MustLocal(gzUseChangeDays, "440100", socialorg.Dated[int]{From: fromGuangzhou, Value: 10, Cite: cite(docGuangzhou, "第二十四条第一款"), Note: noteGuangzhou})
	_ = socialorg.MustLocal(gzNoticeDays, "440100", socialorg.Dated[int]{From: fromGuangzhou, Value: 60, Cite: cite(docGuangzhou, "第二十四条第二款"), Note: noteGuangzhou + "; 「公告时间不得少于六十日」: a least duration, so the task falls due when the notice may end"})
	_ = socialorg.MustLocal(gzRelatedDays, "440100", socialorg.Dated[int]{From: fromGuangzhou, Value: 30, Cite: cite(docGuangzhou, "第三十三条第二款、第三款"), Note: noteGuangzhou})

	// The 27号 ratios for pre-tax deduction (Art. 4(3), (4)): not read in any source here, so the
	// caller supplies them.
	preTaxPFMin = socialorg.MustParam(book, socialorg.ParamSpec[socialorg.Ratio]{ID: "calendar.pretax.pf-min-charitable", Unit: "ratio", Suppliable: true, Check: checkRatio,
		Title: text("税前扣除资格：具有公开募捐资格的社会组织公益慈善事业支出占上年总收入的最低比例（须由调用方提供）", "稅前扣除資格：具有公開募捐資格的社會組織公益慈善事業支出佔上年總收入的最低比例（須由調用方提供）", "pre-tax deduction: least charitable spending / prior-year income, with the public-fundraising qualification (caller-supplied)")})
	preTaxPFMax = socialorg.MustParam(book, socialorg.ParamSpec[socialorg.Ratio]{ID: "calendar.pretax.pf-max-management", Unit: "ratio", Suppliable: true, Check: checkRatio,
		Title: text("税前扣除资格：具有公开募捐资格的社会组织管理费用占当年总支出的最高比例（须由调用方提供）", "稅前扣除資格：具有公開募捐資格的社會組織管理費用佔當年總支出的最高比例（須由調用方提供）", "pre-tax deduction: most management / total spending, with the public-fundraising qualification (caller-supplied)")})
	preTaxMin = socialorg.MustParam(book, socialorg.ParamSpec[socialorg.Ratio]{ID: "calendar.pretax.min-charitable", Unit: "ratio", Suppliable: true, Check: checkRatio,
		Title: text("税前扣除资格：不具有公开募捐资格的社会组织公益慈善事业支出占上年末净资产的最低比例（须由调用方提供）", "稅前扣除資格：不具有公開募捐資格的社會組織公益慈善事業支出佔上年末淨資產的最低比例（須由調用方提供）", "pre-tax deduction: least charitable spending / prior-year-end net assets, without the qualification (caller-supplied)")})
	preTaxMax = socialorg.MustParam(book, socialorg.ParamSpec[socialorg.Ratio]{ID: "calendar.pretax.max-management", Unit: "ratio", Suppliable: true, Check: checkRatio,
		Title: text("税前扣除资格：不具有公开募捐资格的社会组织管理费用占当年总支出的最高比例（须由调用方提供）", "稅前扣除資格：不具有公開募捐資格的社會組織管理費用佔當年總支出的最高比例（須由調用方提供）", "pre-tax deduction: most management / total spending, without the qualification (caller-supplied)")})
)

// Keys of the values a caller may supply (socialorg.Supply).
var (
	// PreTaxPFMinCharitable, PreTaxPFMaxManagement, PreTaxMinCharitable and PreTaxMaxManagement
	// supply the ratios of 27号 Art. 4(3) and (4) (charitable spending in each of the two prior
	// years against the prior year's income with the public-fundraising qualification, or the prior
	// year-end net assets without it; management expenses against the year's total spending). The
	// library holds no value (the article's text was not read): without them the pre-tax findings
	// are NotApplicable with Want "unset".
	PreTaxPFMinCharitable = preTaxPFMin.Key()
	PreTaxPFMaxManagement = preTaxPFMax.Key()
	PreTaxMinCharitable   = preTaxMin.Key()
	PreTaxMaxManagement   = preTaxMax.Key()
)

func checkRatio(r socialorg.Ratio) error {
	if r.Den <= 0 || r.Num < 0 || r.Num > r.Den {
		return socialorg.Invalid("ratio", r.String(), "a fraction from 0 to 1 with a positive denominator")
	}
	return nil
}

// regimes2 is a rule's regimes under the 2016 and the 2023 Charity Law.
func charityRegimes(art16, art23, note string) []socialorg.Regime {
	return []socialorg.Regime{
		{From: fromCharity16, Until: untilCharity16, Cite: cite(docCharity16, art16), Note: note},
		{From: fromCharity24, Cite: cite(docCharity23, art23), Note: note},
	}
}

func disclosureRegimes(art81 string, with61 bool, note81 string) []socialorg.Regime {
	r81 := socialorg.Regime{From: fromOrder81, Cite: cite(docOrder81, art81), Note: note81}
	if !with61 {
		return []socialorg.Regime{r81}
	}
	return []socialorg.Regime{{From: fromOrder61, Until: untilOrder61, Cite: cite(docOrder61, ""), Note: noteOrder61}, r81}
}

func since(from socialorg.Date, c socialorg.Citation, note string) []socialorg.Regime {
	return []socialorg.Regime{{From: from, Cite: c, Note: note}}
}

func rule(id socialorg.RuleID, title socialorg.Text, regimes []socialorg.Regime) *socialorg.Rule {
	return book.MustRule(socialorg.Rule{ID: id, Title: title, Regimes: regimes, Words: taskWords})
}

// taskWords are the value words of the calendar's findings: a task's state, and the forms of
// Party organization (for RulePartyOrganization).
var taskWords = map[string]socialorg.Text{
	"overdue":           {Hans: "已逾期", Hant: "已逾期", En: "overdue"},
	"not-done":          {Hans: "未完成", Hant: "未完成", En: "not done"},
	"work-coverage":     {Hans: "工作覆盖（党建指导员或联络员）", Hant: "工作覆蓋（黨建指導員或聯絡員）", En: "work coverage (instructor or liaison)"},
	"joint-branch":      {Hans: "联合党支部", Hant: "聯合黨支部", En: "joint Party branch"},
	"branch":            {Hans: "党支部", Hant: "黨支部", En: "Party branch"},
	"general-branch":    {Hans: "党总支", Hant: "黨總支", En: "general Party branch"},
	"primary-committee": {Hans: "基层党委", Hant: "基層黨委", En: "primary Party committee"},
}

// The rules that set the tasks, and the consequences of missing them.
var (
	ruleSGSupervisor = rule(RuleSocialGroupSupervisor, text("向业务主管单位报送上一年度工作报告（社会团体）", "向業務主管單位報送上一年度工作報告（社會團體）", "report on last year to the supervising unit (social group)"),
		since(from1998, cite(docSocialGroups, "第二十八条"), ""))
	ruleSGAuthority = rule(RuleSocialGroupAuthority, text("向登记管理机关报送上一年度工作报告，接受年度检查（社会团体）", "向登記管理機關報送上一年度工作報告，接受年度檢查（社會團體）", "report on last year to the registration authority, annual inspection (social group)"),
		since(from1998, cite(docSocialGroups, "第二十八条"), ""))
	ruleSSASupervisor = rule(RuleServiceAgencySupervisor, text("向业务主管单位报送上一年度工作报告（社会服务机构）", "向業務主管單位報送上一年度工作報告（社會服務機構）", "report on last year to the supervising unit (social service agency)"),
		since(from1998, cite(docServiceAgencies, "第二十三条"), ""))
	ruleSSAAuthority = rule(RuleServiceAgencyAuthority, text("向登记管理机关报送上一年度工作报告，接受年度检查（社会服务机构）", "向登記管理機關報送上一年度工作報告，接受年度檢查（社會服務機構）", "report on last year to the registration authority, annual inspection (social service agency)"),
		since(from1998, cite(docServiceAgencies, "第二十三条"), ""))
	ruleFoundation = rule(RuleFoundationAuthority, text("向登记管理机关报送上一年度工作报告，接受年度检查（基金会）", "向登記管理機關報送上一年度工作報告，接受年度檢查（基金會）", "report on last year to the registration authority, annual inspection (foundation)"),
		since(from2004, cite(docFoundations, "第三十六条"), ""))
	ruleCharityReport = rule(RuleCharityAnnualReport, text("慈善组织向办理其登记的民政部门报送年度工作报告和财务会计报告", "慈善組織向辦理其登記的民政部門報送年度工作報告和財務會計報告", "a charity's annual work and financial reports to its civil-affairs department"),
		charityRegimes("第十三条", "第十三条", noteCharityRpt))

	ruleDisclosure = rule(RuleDisclosureAnnualReport, text("在慈善信息公开平台公开年度工作报告和财务会计报告", "在慈善信息公開平台公開年度工作報告和財務會計報告", "publish the annual work and financial reports on the charity information platform"),
		disclosureRegimes("", true, noteOrder81))
	ruleRelatedList = rule(RuleDisclosureRelatedList, text("报送关联方名单及关联关系说明", "報送關聯方名單及關聯關係說明", "file the list of related parties"),
		disclosureRegimes("第十五条", false, noteOrder81Read))
	ruleMajorChange = rule(RuleDisclosureMajorChange, text("公开重大资产变动、重大投资、重大交易及资金往来", "公開重大資產變動、重大投資、重大交易及資金往來", "publish a major asset change, investment or transaction"),
		disclosureRegimes("第十三条", true, noteOrder81Read))
	ruleRelatedDeal = rule(RuleDisclosureRelatedDeal, text("公开与重要关联方的交易等行为", "公開與重要關聯方的交易等行為", "publish a dealing with an important related party"),
		disclosureRegimes("第十四条", true, noteOrder81Read))
	ruleLeftovers = rule(RuleDisclosureLeftovers, text("慈善项目终止后公开剩余财产的处理情况", "慈善項目終止後公開剩餘財產的處理情況", "publish what became of a finished project's leftover property"),
		disclosureRegimes("", false, noteOrder81))
	rulePartners = rule(RuleDisclosurePartners, text("公开募捐活动结束后公开对合作方的评估和指导监督情况", "公開募捐活動結束後公開對合作方的評估和指導監督情況", "publish the evaluation and supervision of a campaign's partners"),
		disclosureRegimes("", false, noteOrder81))
	ruleSettlor = rule(RuleDisclosureSettlorTrust, text("作为委托人设立慈善信托后公开信托名称、受托人、委托金额", "作為委託人設立慈善信託後公開信託名稱、受託人、委託金額", "publish a trust set up as settlor: its name, trustee and amount"),
		disclosureRegimes("第十二条第二款", false, noteOrder81Read))

	ruleTrustFiling = rule(RuleTrustFiling, text("受托人将慈善信托文件向民政部门备案", "受託人將慈善信託文件向民政部門備案", "the trustee files the charitable trust with the civil-affairs department"),
		charityRegimes("第四十五条第一款", "第四十五条第一款", ""))
	ruleTrustChange = rule(RuleTrustChange, text("变更后的受托人将变更情况重新备案", "變更後的受託人將變更情況重新備案", "the new trustee files the change of trustee"),
		charityRegimes("第四十七条", "第四十八条", ""))
	ruleTrustYearly = rule(RuleTrustYearlyReport, text("受托人向备案的民政部门报告信托事务处理情况及财务状况并向社会公开（每年至少一次）", "受託人向備案的民政部門報告信託事務處理情況及財務狀況並向社會公開（每年至少一次）", "the trustee reports the trust's affairs and finances to the filing department and the public (at least yearly)"),
		charityRegimes("第四十八条第二款", "第四十九条第二款", noteTrustYearly))

	ruleGZDonorQuery = rule(RuleGuangzhouDonorQuery, text("向查询的捐赠人反馈捐赠财产管理使用情况", "向查詢的捐贈人反饋捐贈財產管理使用情況", "answer a donor's query on the use of the gift"),
		since(fromGuangzhou, cite(docGuangzhou, "第二十三条第一款"), noteGuangzhou))
	ruleGZUseChange = rule(RuleGuangzhouUseChange, text("变更募捐方案规定的捐赠财产用途报民政部门备案", "變更募捐方案規定的捐贈財產用途報民政部門備案", "file a change of a plan's use of gifts with the civil-affairs department"),
		since(fromGuangzhou, cite(docGuangzhou, "第二十四条第一款"), noteGuangzhou))
	ruleGZNotice = rule(RuleGuangzhouDonorNotice, text("无法联系捐赠人时变更捐赠财产用途的公告期届满", "無法聯繫捐贈人時變更捐贈財產用途的公告期屆滿", "the public notice of a change of use (donor unreachable) runs its course"),
		since(fromGuangzhou, cite(docGuangzhou, "第二十四条第二款"), noteGuangzhou))
	ruleGZRelated = rule(RuleGuangzhouRelatedParty, text("关联交易结束后向社会公开交易情况", "關聯交易結束後向社會公開交易情況", "publish a transaction with a founder, major donor or manager after it ends"),
		since(fromGuangzhou, cite(docGuangzhou, "第三十三条第二款、第三款"), noteGuangzhou))

	ruleGradeExpiry = rule(RuleGradeExpiry, text("评估等级有效期届满", "評估等級有效期屆滿", "the assessment grade expires"),
		[]socialorg.Regime{{From: socialorg.MustDate("2011-03-01"), Until: fromMeasures26.AddDays(-1), Cite: cite("《社会组织评估管理办法》（民政部令第39号）", "第二十八条"),
			Note: "the validity is computed by package standards (Award.Validity) under the rules in force on the notice's day"},
			{From: fromMeasures26, Cite: cite(docMeasures26, ""), Note: "validity from 1 January after the notice to 31 December of the fifth year (package standards)"}})
	ruleGradeReapply = rule(RuleGradeReapply, text("在等级有效期前四年内重新申请评估", "在等級有效期前四年內重新申請評估", "apply again for assessment within the first four years of the grade"),
		since(fromMeasures26, cite(docMeasures26, ""), "order and article numbers not confirmed"))

	rulePreTaxReport = rule(RulePreTaxReport, text("报送经审计的上年度专项信息报告（公益性捐赠税前扣除资格）", "報送經審計的上年度專項信息報告（公益性捐贈稅前扣除資格）", "file the audited special report on last year (pre-tax deduction eligibility)"),
		since(fromPreTax, cite(docPreTax, "第四条第（二）项"), notePreTax))
	rulePreTaxCharitable = rule(RulePreTaxCharitable, text("前两年度公益慈善事业支出比例（税前扣除资格条件）", "前兩年度公益慈善事業支出比例（稅前扣除資格條件）", "charitable spending in each of the two prior years (pre-tax deduction condition)"),
		since(fromPreTax, cite(docPreTax, "第四条第（三）项"), "the ratios are caller-supplied: the item's text was not read"))
	rulePreTaxManagement = rule(RulePreTaxManagement, text("前两年度管理费用比例（税前扣除资格条件）", "前兩年度管理費用比例（稅前扣除資格條件）", "management expenses in each of the two prior years (pre-tax deduction condition)"),
		since(fromPreTax, cite(docPreTax, "第四条第（四）项"), "the ratios are caller-supplied: the item's text was not read"))

	ruleDormancy = rule(RuleDormancy, text("开展慈善活动（连续二年未从事慈善活动的慈善组织应当终止）", "開展慈善活動（連續二年未從事慈善活動的慈善組織應當終止）", "carry out a charitable activity (a charity inactive two years running must terminate)"),
		charityRegimes("第十七条第（三）项", "第十七条第（三）项", noteDormancy))
	ruleLeaveAbnormal = rule(RuleLeaveAbnormalList, text("履行义务或完成整改，申请移出活动异常名录", "履行義務或完成整改，申請移出活動異常名錄", "meet the obligation or finish the correction and apply to leave the abnormal list"),
		since(fromOrder60, cite(docOrder60, ""), "article numbers of the final text not read (see package registry)"))
	ruleParty = rule(RulePartyOrganization, text("按规定设立党组织", "按規定設立黨組織", "set up the Party organization the rules require"),
		since(fromOrder60, cite(docOrder60, ""), "Order 60 lists the lack of a required Party organization among the reasons for the abnormal list; the form required comes from package partybuilding"))

	consTermination = rule(ConsequenceTermination, text("慈善组织应当终止", "慈善組織應當終止", "the charity must terminate"),
		charityRegimes("第十七条第（三）项", "第十七条第（三）项", ""))
	consCharityReport = rule(ConsequenceCharityReport, text("未依法报送年度工作报告、财务会计报告：警告、责令限期改正", "未依法報送年度工作報告、財務會計報告：警告、責令限期改正", "reports not filed: a warning and an order to correct"),
		charityRegimes("第九十九条第（六）项", "第一百一十条第（八）项", ""))
	consDisclosure = rule(ConsequenceDisclosure, text("未依法履行信息公开义务：警告、责令限期改正", "未依法履行信息公開義務：警告、責令限期改正", "disclosure not made: a warning and an order to correct"),
		charityRegimes("第九十九条第（五）项", "第一百一十条第（七）项", ""))
	consTrustUntaxed = rule(ConsequenceTrustUntaxed, text("未备案的慈善信托不享受税收优惠", "未備案的慈善信託不享受稅收優惠", "a trust not filed has no tax benefits"),
		charityRegimes("第四十五条第二款", "第四十五条第二款", ""))
	consTrustReport = rule(ConsequenceTrustReport, text("受托人未按规定报告或公开：警告、责令限期改正、罚款", "受託人未按規定報告或公開：警告、責令限期改正、罰款", "trustee's report not made: a warning, an order to correct, fines"),
		charityRegimes("第一百零五条第（二）项", "第一百一十八条第（三）项", ""))
	consGuangzhouOther = rule(ConsequenceGuangzhouOther, text("开展慈善活动的其他组织：警告、责令限期改正", "開展慈善活動的其他組織：警告、責令限期改正", "another organization doing charitable work: a warning and an order to correct"),
		since(fromGuangzhou, cite(docGuangzhou, "第三十六条"), noteGuangzhou))
)

// The IDs of the package's rules: the tasks' and the consequences'.
const (
	RuleSocialGroupSupervisor   socialorg.RuleID = "calendar.annual.socialgroup.supervisor"
	RuleSocialGroupAuthority    socialorg.RuleID = "calendar.annual.socialgroup.authority"
	RuleServiceAgencySupervisor socialorg.RuleID = "calendar.annual.ssa.supervisor"
	RuleServiceAgencyAuthority  socialorg.RuleID = "calendar.annual.ssa.authority"
	RuleFoundationAuthority     socialorg.RuleID = "calendar.annual.foundation.authority"
	RuleCharityAnnualReport     socialorg.RuleID = "calendar.charity.annual-report"
	RuleDisclosureAnnualReport  socialorg.RuleID = "calendar.disclosure.annual-report"
	RuleDisclosureRelatedList   socialorg.RuleID = "calendar.disclosure.related-party-list"
	RuleDisclosureMajorChange   socialorg.RuleID = "calendar.disclosure.major-change"
	RuleDisclosureRelatedDeal   socialorg.RuleID = "calendar.disclosure.related-party-deal"
	RuleDisclosureLeftovers     socialorg.RuleID = "calendar.disclosure.leftovers"
	RuleDisclosurePartners      socialorg.RuleID = "calendar.disclosure.partner-evaluation"
	RuleDisclosureSettlorTrust  socialorg.RuleID = "calendar.disclosure.settlor-trust"
	RuleTrustFiling             socialorg.RuleID = "calendar.trust.filing"
	RuleTrustChange             socialorg.RuleID = "calendar.trust.change"
	RuleTrustYearlyReport       socialorg.RuleID = "calendar.trust.yearly-report"
	RuleGuangzhouDonorQuery     socialorg.RuleID = "calendar.guangzhou.donor-query"
	RuleGuangzhouUseChange      socialorg.RuleID = "calendar.guangzhou.use-change"
	RuleGuangzhouDonorNotice    socialorg.RuleID = "calendar.guangzhou.unreachable-donor-notice"
	RuleGuangzhouRelatedParty   socialorg.RuleID = "calendar.guangzhou.related-party"
	RuleGradeExpiry             socialorg.RuleID = "calendar.grade.expiry"
	RuleGradeReapply            socialorg.RuleID = "calendar.grade.reapply"
	RulePreTaxReport            socialorg.RuleID = "calendar.pretax.report"
	RulePreTaxCharitable        socialorg.RuleID = "calendar.pretax.charitable"
	RulePreTaxManagement        socialorg.RuleID = "calendar.pretax.management"
	RuleDormancy                socialorg.RuleID = "calendar.charity.dormancy"
	RuleLeaveAbnormalList       socialorg.RuleID = "calendar.credit.leave-abnormal-list"
	RulePartyOrganization       socialorg.RuleID = "calendar.credit.party-organization"

	ConsequenceTermination    socialorg.RuleID = "calendar.consequence.termination"
	ConsequenceCharityReport  socialorg.RuleID = "calendar.consequence.charity-report"
	ConsequenceDisclosure     socialorg.RuleID = "calendar.consequence.disclosure"
	ConsequenceTrustUntaxed   socialorg.RuleID = "calendar.consequence.trust-untaxed"
	ConsequenceTrustReport    socialorg.RuleID = "calendar.consequence.trust-report"
	ConsequenceGuangzhouOther socialorg.RuleID = "calendar.consequence.guangzhou-other"
)

// The registry rules the calendar names as consequences.
var (
	consAbnormalList = registry.RuleCreditAnnualReport
	consSerious      = registry.RuleCreditSerious
)
