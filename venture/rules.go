package venture

import (
	"errors"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/money"
	"github.com/socialorg/socialorg/registry"
)

// book holds every rule and parameter of the package, recorded as they are declared below.
var book = socialorg.NewBook("venture")

// Rules lists the package's rules (ID, titles, regimes with their citations), by ID.
func Rules() []socialorg.Rule { return book.Rules() }

// Parameters lists every dated parameter of the package, by ID.
func Parameters() []socialorg.Parameter { return book.Parameters() }

// The legal sources.
const (
	doc2013 = "《广州市社会组织公益创投项目管理办法》（2013年）"
	// The 2019 revision's number is the one the round-7 notice gives (S2: 「根据《广州市社会组织公益创投项目管理办法》
	// （穗社管规字〔2019〕1号）」).
	doc2019    = "《广州市社会组织公益创投项目管理办法》（2019年修订，穗社管规字〔2019〕1号）"
	doc2023    = "《广州市社会组织公益创投项目管理办法》（穗社管规字〔2023〕1号）"
	docRound5  = "《广州市社会组织公益创投项目签约 162个创投项目落地羊城》（第五届签约大会报道，2018年）"
	docRound7  = "《关于开展第七届广州市社会组织公益创投活动的通知》（2020年）"
	docRound11 = "《广州市社会组织管理局 中共广州市社会组织委员会关于开展第十一届广州市社会组织公益创投活动的通知》（穗社管发〔2023〕29号）"
	docRound10 = "第十届广州市社会组织公益创投活动资助结果（2023年6月，广州市民政局发布）"
	docAgreeme = "公益创投项目资助协议（签约时由主办单位与创投主体签订）"
)

var (
	// The 2013 measures: the date they took effect is not in the sources; the first round ran in
	// 2014, so the library vouches for them from then.
	from2013 = socialorg.MustDate("2014-01-01")
	// The 2019 revision was issued shortly before 2019-07-18 (央广网's report of that day, S12); its
	// date of effect is not in the sources. The first round known to apply it is round 7, whose
	// applications opened on 2020-03-10 (S2; S10: 「本届单个项目资助上限由30万元提至50万元」, so round 6
	// still had the 300,000 cap): the library dates the revision's figures from then.
	from2019 = fromRound7
	// Round 7's applications ran from 2020-03-10 to 2020-04-10 (S2 一、申报时间).
	fromRound7  = socialorg.MustDate("2020-03-10")
	untilRound7 = socialorg.MustDate("2020-04-10")
	// Round 11's applications ran from 2023-12-01 to 2023-12-20 (穗社管发〔2023〕29号 一、申报时间).
	fromRound11  = socialorg.MustDate("2023-12-01")
	untilRound11 = socialorg.MustDate("2023-12-20")

	note2013 = "dated from the first round (2014): the measures' own date of effect is not in the sources; the 60% share and the 300,000 cap are reported by 公益时报 (2016) and others. " +
		"Kept until round 7 (2020-03-09): the 2019 revision was issued shortly before 2019-07-18 (央广网), but the round-7 launch report (南方网, 2020-03-10) says round 7 raised the cap from 300,000 to 500,000, so round 6 (2019) ran under 300,000 and no round is known to have applied the revision before round 7"
	note2019 = "issued shortly before 2019-07-18 (央广网: 「最高不超过项目预算总额的60%且不超过50万元」); dated from round 7's applications (2020-03-10), the first round known to apply it (南方网: 「本届单个项目资助上限由30万元提至50万元」). " +
		"The 2023 measures (穗社管规字〔2023〕1号) replaced these; whether they keep 60% and 500,000 is not confirmed, so the 2019 figures continue here: supply the round's own figures (MaxShareKey, MaxGrantKey) with their source where they differ"

	cite2019Grant = socialorg.Citation{Document: doc2019}
	cite2013Grant = socialorg.Citation{Document: doc2013}
	citeRound7    = func(art string) socialorg.Citation {
		return socialorg.Citation{Document: docRound7, Article: art}
	}
	citeRound11 = func(art string) socialorg.Citation {
		return socialorg.Citation{Document: docRound11, Article: art}
	}
	citeAgreement = socialorg.Citation{Document: docAgreeme}
)

// shareCheck accepts a share in 0–1 with at most 18 decimal places.
func shareCheck(d decimal.Decimal) error {
	if _, err := socialorg.RatioOf(d); err != nil {
		return errors.New("at most 18 digits")
	}
	if d.Sign() < 0 || d.GreaterThan(decimal.NewFromInt(1)) {
		return errors.New("0 … 1")
	}
	return nil
}

// Parameters of a round. The caps, the programme's rounds and the look-backs of its notices are
// a place's own (Local): the nation sets none. Guangzhou's are declared in guangzhou.go, Liwan's
// in liwan.go; a caller adds a place (a district's or another city's programme) as data, with
// socialorg.WithJurisdictions, and no check changes.
var (
	maxShare = socialorg.MustParam(book, socialorg.ParamSpec[decimal.Decimal]{ID: "venture.grant.max-share", Unit: "share of the project budget",
		Title:      socialorg.Text{Hans: "资助金额占项目预算总额的最高比例", Hant: "資助金額佔項目預算總額的最高比例", En: "largest grant as a share of the project budget"},
		Suppliable: true, Local: true, Check: shareCheck})
	maxGrant = socialorg.MustParam(book, socialorg.ParamSpec[decimal.Decimal]{ID: "venture.grant.max-amount", Unit: "yuan",
		Title:      socialorg.Text{Hans: "单个项目最高资助金额", Hant: "單個項目最高資助金額", En: "largest grant to one project"},
		Suppliable: true, Local: true, Check: money.Check})
	// programme is what the sources hold of the rounds a place runs (see Programme). Its regimes
	// are the measures under which the place's round notices are issued: a round whose notice is
	// not held is unset, citing them.
	programme = socialorg.MustParam(book, socialorg.ParamSpec[Programme]{ID: "venture.programme.rounds", Unit: "table",
		Title: socialorg.Text{Hans: "公益创投活动各届通知所列申报条件、申报时间和资助类别", Hant: "公益創投活動各屆通知所列申報條件、申報時間和資助類別",
			En: "the applicant conditions, application windows and categories of a programme's rounds"},
		Local: true, Check: Programme.Validate})
	// The look-backs of the credit conditions of a round's notice, dated by the notice's
	// application window and read at the day it opened (CheckEligibility).
	abnormalYears = lookBack("venture.eligibility.abnormal-list-years",
		socialorg.Text{Hans: "申报前不得被列入活动异常名录的年数", Hant: "申報前不得被列入活動異常名錄的年數", En: "years before applying without a listing on the abnormal-activity list"})
	seriousYears = lookBack("venture.eligibility.serious-violation-years",
		socialorg.Text{Hans: "申报前不得被列入严重违法失信名单的年数", Hant: "申報前不得被列入嚴重違法失信名單的年數", En: "years before applying without a listing on the serious-violation list"})
	majorYears = lookBack("venture.eligibility.major-violation-years",
		socialorg.Text{Hans: "申报前不得有重大违法记录的年数", Hant: "申報前不得有重大違法記錄的年數", En: "years before applying without a major violation"})
	trancheShares = socialorg.MustParam(book, socialorg.ParamSpec[Shares]{ID: "venture.tranche.shares", Unit: "shares of the grant",
		Title:      socialorg.Text{Hans: "资助资金分期拨付比例", Hant: "資助資金分期撥付比例", En: "shares in which a grant is paid"},
		Suppliable: true, Check: Shares.validate})
	failedEvaluation = socialorg.MustParam(book, socialorg.ParamSpec[Consequence]{ID: "venture.tranche.on-failed-evaluation", Unit: "consequence",
		Title:      socialorg.Text{Hans: "中期评估不合格的处理", Hant: "中期評估不合格的處理", En: "what follows a failed mid-term evaluation"},
		Suppliable: true, Check: func(c Consequence) error {
			if !consequenceNames.Valid(c) || c == 0 {
				return errors.New("withhold or claw-back")
			}
			return nil
		}})
	roundConditions = socialorg.MustParam(book, socialorg.ParamSpec[Conditions]{ID: "venture.eligibility.conditions", Unit: "conditions",
		Title:      socialorg.Text{Hans: "未见于来源的届次通知所列申报条件", Hant: "未見於來源的屆次通知所列申報條件", En: "the applicant conditions of a round whose notice is not in the sources"},
		Suppliable: true, Check: Conditions.Validate})
)

// MaxLookBack is the longest look-back (in years) a place or a caller may set.
const MaxLookBack = 100

// lookBack declares a look-back of a round notice's credit conditions, in years.
func lookBack(id string, title socialorg.Text) socialorg.Param[int] {
	return socialorg.MustParam(book, socialorg.ParamSpec[int]{ID: id, Unit: "years", Title: title, Suppliable: true, Local: true,
		Check: func(n int) error {
			if n < 1 || n > MaxLookBack {
				return errors.New("1 … 100")
			}
			return nil
		}})
}

// Keys of the values a caller may supply (socialorg.Supply), each with its source.
var (
	// MaxShareKey supplies the largest grant as a share of the project budget (e.g. 0.60), for a
	// round whose measures differ from the library's.
	MaxShareKey = maxShare.Key()
	// MaxGrantKey supplies the largest grant to one project, in yuan.
	MaxGrantKey = maxGrant.Key()
	// TrancheSharesKey supplies the shares in which grants are paid (e.g. 0.6, 0.4): no split is
	// confirmed for Guangzhou, so CheckTranches needs one.
	TrancheSharesKey = trancheShares.Key()
	// FailedEvaluationKey supplies what follows a failed mid-term evaluation: Withhold the later
	// tranches, or ClawBack what was paid and not spent as well. Unconfirmed for Guangzhou.
	FailedEvaluationKey = failedEvaluation.Key()
	// ConditionsKey supplies the applicant conditions of a round whose notice the library does not
	// hold (every round but 7 and 11 of Guangzhou's), with that round's notice as the source: see
	// Conditions.
	ConditionsKey = roundConditions.Key()
	// AbnormalListYearsKey supplies the look-back of the abnormal-activity-list condition of a
	// round's notice (1 … MaxLookBack years; 1 in Guangzhou's rounds 7 and 11), for a notice whose
	// look-backs the place's data do not give.
	AbnormalListYearsKey = abnormalYears.Key()
	// SeriousViolationYearsKey supplies the look-back of the serious-violation-list condition
	// (2 in Guangzhou's rounds 7 and 11).
	SeriousViolationYearsKey = seriousYears.Key()
	// MajorViolationYearsKey supplies the look-back of the major-violation condition (3 in
	// Guangzhou's rounds 7 and 11).
	MajorViolationYearsKey = majorYears.Key()
)

// The IDs of the package's rules, for Report.Find.
const (
	RuleRegistered       socialorg.RuleID = "venture.eligibility.registered"        // registered, able to bear civil liability alone
	RulePartner          socialorg.RuleID = "venture.eligibility.partner"           // a filed organization applies through a registered partner
	RuleLocation         socialorg.RuleID = "venture.eligibility.location"          // site and beneficiaries in Guangzhou
	RuleCapacity         socialorg.RuleID = "venture.eligibility.capacity"          // equipment, site, staff and qualifications
	RuleScope            socialorg.RuleID = "venture.eligibility.scope"             // within the charter's business scope
	RuleAbnormalList     socialorg.RuleID = "venture.eligibility.abnormal-list"     // not on the abnormal-activity list within 1 year
	RuleSeriousViolation socialorg.RuleID = "venture.eligibility.serious-violation" // not on the serious-violation list within 2 years
	RuleMajorViolation   socialorg.RuleID = "venture.eligibility.major-violation"   // no major violation within 3 years
	RuleGovernance       socialorg.RuleID = "venture.eligibility.governance"        // round 7: sound governance
	RuleAccounting       socialorg.RuleID = "venture.eligibility.accounting"        // round 7: NPO accounting system
	RuleTaxInsurance     socialorg.RuleID = "venture.eligibility.tax-insurance"     // round 7: good tax and social-insurance record
	RuleNotice           socialorg.RuleID = "venture.eligibility.notice"            // the round's notice sets the conditions: unset when not held
	RuleTranche          socialorg.RuleID = "venture.tranche.release"               // a later tranche after a passed evaluation
	RuleRoundBudget      socialorg.RuleID = "venture.allocation.round-budget"       // a grant fits what remains of the round's budget
	RuleCategoryBudget   socialorg.RuleID = "venture.allocation.category-budget"    // a grant fits what remains of its category's budget
)

// Each round's notice sets the conditions of that round only, so a condition's regimes are the
// application windows of the notices that list it, and CheckEligibility picks the regime by the
// round the applicant names (Applicant.Round), never by the date alone.
const (
	noteRound7    = "round 7 only (Applicant.Round 7; applications 2020-03-10 … 2020-04-10, 通知 一): the notices of rounds 8–10 are not in the sources, so this list is not carried over to them"
	noteRound11   = "round 11 only (Applicant.Round 11; applications 2023-12-01 … 2023-12-20, 通知 一): the notices of later rounds are not in the sources, so this list is not carried over to them"
	noteRound7Art = noteRound7 + "; the article of the round-7 notice that lists this condition is not confirmed (the sources give its 二（一）–（三） only)"
)

// both is the two notices' regimes of a condition they share: art7 is its article in the round-7
// notice ("" when not confirmed), art11 in the round-11 notice.
func both(art7, art11 string) []socialorg.Regime {
	note := noteRound7
	if art7 == "" {
		note = noteRound7Art
	}
	return []socialorg.Regime{
		{From: fromRound7, Until: untilRound7, Cite: citeRound7(art7), Note: note},
		{From: fromRound11, Until: untilRound11, Cite: citeRound11(art11), Note: noteRound11},
	}
}

// round7Only is the regime of a condition only the round-7 notice lists.
func round7Only(art string) []socialorg.Regime {
	return []socialorg.Regime{{From: fromRound7, Until: untilRound7, Cite: citeRound7(art),
		Note: noteRound7 + "; the round-11 notice does not list it"}}
}

func rule(id socialorg.RuleID, hans, hant, en string, regimes []socialorg.Regime, words map[string]socialorg.Text) *socialorg.Rule {
	return book.MustRule(socialorg.Rule{ID: id, Title: socialorg.Text{Hans: hans, Hant: hant, En: en}, Regimes: regimes, Words: words})
}

const noteNotice = "The measures in force cite the basis of every round's notice (穗社管发〔2023〕29号 and the round-7 notice are each issued 「根据《办法》」); they are dated as the grant caps are, from the first round known to apply them"

// listWords are the value words of the credit-list conditions: whether a listing falls in the
// look-back window, and the credit statuses (registry.CreditWords).
var listWords = func() map[string]socialorg.Text {
	m := registry.CreditWords()
	m["listed"] = socialorg.Text{Hans: "期间曾被列入", Hant: "期間曾被列入", En: "listed in the window"}
	m["not-listed"] = socialorg.Text{Hans: "期间未被列入", Hant: "期間未被列入", En: "not listed in the window"}
	return m
}()

// The rules.
var (
	ruleRegistered = rule(RuleRegistered, "在社会组织登记管理机关登记、具有独立承担民事责任的能力", "在社會組織登記管理機關登記、具有獨立承擔民事責任的能力",
		"registered with a registration authority, able to bear civil liability alone", both("二（一）", "二（一）"),
		map[string]socialorg.Text{"filed-only": {Hans: "仅备案", Hant: "僅備案", En: "filed only"}})
	rulePartner = rule(RulePartner, "仅备案的社区社会组织通过已登记的合作组织申报", "僅備案的社區社會組織通過已登記的合作組織申報",
		"a community organization that is only filed applies through a registered partner",
		[]socialorg.Regime{
			{From: fromRound7, Until: untilRound7, Cite: citeRound7("二"),
				Note: noteRound7 + "; 「其他单位和个人提出的公益项目创意须与上述社会组织合作并以该组织名义申报方可获选实施」"},
			{From: fromRound11, Until: untilRound11, Cite: citeRound11("二"),
				Note: noteRound11 + "; 「申报公益创投项目的主体是在社会组织登记管理机关登记的社会组织」: the notice has no partner clause, so a filed organization's project is the registered partner's application, and the partner is the applicant"},
		},
		map[string]socialorg.Text{"no-partner": {Hans: "无合作组织", Hant: "無合作組織", En: "no partner"}})
	ruleLocation = rule(RuleLocation, "公益项目实施地和服务对象在广州市", "公益項目實施地和服務對象在廣州市",
		"project site and beneficiaries in Guangzhou", both("", "二（二）"), nil)
	ruleCapacity = rule(RuleCapacity, "具备开展项目所必需的设备、场地、专业技术人员及相关资质", "具備開展項目所必需的設備、場地、專業技術人員及相關資質",
		"the equipment, site, staff and qualifications the project needs", both("", "二（三）"), nil)
	ruleScope = rule(RuleScope, "申报项目符合章程载明的业务范围", "申報項目符合章程載明的業務範圍",
		"the project is within the charter's business scope", both("", "二（四）"), nil)
	ruleAbnormal = rule(RuleAbnormalList, "申报前一年内未被列入活动异常名录", "申報前一年內未被列入活動異常名錄",
		"not on the abnormal-activity list in the year before applying", both("", "二（五）"), listWords)
	ruleSerious = rule(RuleSeriousViolation, "申报前两年内未被列入严重违法失信名单", "申報前兩年內未被列入嚴重違法失信名單",
		"not on the serious-violation list in the two years before applying", both("", "二（五）"), listWords)
	ruleMajor = rule(RuleMajorViolation, "申报前三年内没有重大违法记录", "申報前三年內沒有重大違法記錄",
		"no major violation in the three years before applying", both("", "二（五）"), nil)
	ruleGovernance = rule(RuleGovernance, "内部治理结构健全", "內部治理結構健全",
		"sound internal governance", round7Only("二（二）"), nil)
	ruleAccounting = rule(RuleAccounting, "执行《民间非营利组织会计制度》", "執行《民間非營利組織會計制度》",
		"accounts kept under the NPO accounting system", round7Only("二（三）"), nil)
	ruleTaxInsurance = rule(RuleTaxInsurance, "依法纳税和缴纳社会保险费记录良好", "依法納稅和繳納社會保險費記錄良好",
		"a good record of taxes and social-insurance contributions", round7Only("二（三）"), nil)
	// ruleNotice says that a round's conditions are those of its own notice. Its findings come only
	// for a round whose notice the library does not hold and whose conditions the caller did not
	// supply: NotApplicable, want "unset", citing the measures under which the round's notice was
	// issued (each notice is issued 「根据《办法》」), never another round's notice.
	ruleNotice = rule(RuleNotice, "申报届次的通知所列申报条件", "申報屆次的通知所列申報條件",
		"the applicant conditions of the notice of the round applied to",
		[]socialorg.Regime{
			{From: from2013, Until: fromRound7.AddDays(-1), Cite: cite2013Grant,
				Note: "rounds 1–6: their notices are not in the sources; the conditions are not confirmed, and those of rounds 7 and 11 are not carried over: supply them (ConditionsKey) with the round's notice as source. " + noteNotice},
			{From: fromRound7, Until: fromRound11.AddDays(-1), Cite: cite2019Grant,
				Note: "rounds 7–10: the round-7 notice (2020) is held; the notices of rounds 8, 9 and 10 are not in the sources, so their conditions are not confirmed and round 7's are not carried over: supply them (ConditionsKey) with the round's notice as source. " + noteNotice},
			{From: fromRound11, Cite: socialorg.Citation{Document: doc2023},
				Note: "round 11 on: the round-11 notice (穗社管发〔2023〕29号) is held; later rounds' notices are not in the sources, so their conditions are not confirmed and round 11's are not carried over: supply them (ConditionsKey) with the round's notice as source. " + noteNotice},
		},
		map[string]socialorg.Text{"round": {Hans: "届次", Hant: "屆次", En: "round"}})
	ruleTranche = rule(RuleTranche, "中期评估合格后拨付下一期资助资金", "中期評估合格後撥付下一期資助資金",
		"the next tranche is paid after a passed mid-term evaluation",
		[]socialorg.Regime{{From: from2013, Cite: citeAgreement,
			Note: "no tranche rule is confirmed for Guangzhou's measures; each project's grant agreement sets it, so the caller supplies the split and the consequence with the agreement as source (comparables: 中山 博爱100 withholds or claws back; 宁波海曙 pays the last tranche after a passed mid-term)"}},
		map[string]socialorg.Text{
			"passed":          {Hans: "评估合格", Hant: "評估合格", En: "evaluation passed"},
			"failed-withhold": {Hans: "评估不合格，停拨后续资金", Hant: "評估不合格，停撥後續資金", En: "evaluation failed: later tranches withheld"},
			"failed-claw-back": {Hans: "评估不合格，停拨后续资金并追回已拨未用资金", Hant: "評估不合格，停撥後續資金並追回已撥未用資金",
				En: "evaluation failed: later tranches withheld, unspent payments clawed back"},
			"pending":    {Hans: "尚未评估", Hant: "尚未評估", En: "not yet evaluated"},
			"evaluation": {Hans: "中期评估合格", Hant: "中期評估合格", En: "a passed mid-term evaluation"},
		})

	// The allocation rules explain why Allocate passed an application over (Allocation.Report).
	// An allocation has no date, so each rule has one regime, for every round.
	ruleRoundBudget = rule(RuleRoundBudget, "资助金额在本届项目资助资金余额以内", "資助金額在本屆項目資助資金餘額以內",
		"the grant fits what remains of the round's budget",
		[]socialorg.Regime{{From: from2013, Cite: citeMeasures, Note: noteAllocation}}, nil)
	ruleCategoryBudget = rule(RuleCategoryBudget, "资助金额在该类别资助资金余额以内", "資助金額在該類別資助資金餘額以內",
		"the grant fits what remains of its category's budget",
		[]socialorg.Regime{{From: from2013, Cite: citeMeasures, Note: noteAllocation + "; a category's budget is the round's own split of its budget (Round.Categories), which no source gives"}}, nil)
)

// citeMeasures is the measures in every version: each funds a round's grants from the round's
// budget.
var citeMeasures = socialorg.Citation{Document: "《广州市社会组织公益创投项目管理办法》"}

const noteAllocation = "every version of the measures pays a round's grants from its budget of welfare-lottery funds (the 2023 measures, 第五条: the activity's budget is split into 项目资助资金, 承办服务费用 and 绩效评估费用); " +
	"the walk in rank order with full grants and no partial awards is the library's reading (Allocate), not a text the sources give"
