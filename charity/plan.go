package charity

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/socialorg/socialorg"
)

// Plan is a public-fundraising plan (募捐方案) and what happened under it: when it was filed,
// where it ran, and when its accounts were disclosed.
type Plan struct {
	ID           string `json:"id"`
	FilingNumber string `json:"filing_number,omitempty"`

	// The contents Charity Law Art. 24 requires (with Start and End as the period).
	Purpose        string `json:"purpose"`          // 募捐目的
	Area           string `json:"area"`             // 起止时间和地域: the area
	PersonInCharge string `json:"person_in_charge"` // 活动负责人姓名
	Address        string `json:"address"`          // 办公地址
	Method         string `json:"method"`           // 接受捐赠方式
	BankAccount    string `json:"bank_account"`     // 银行账户
	Beneficiaries  string `json:"beneficiaries"`    // 受益人
	Use            string `json:"use"`              // 募得款物用途
	Cost           string `json:"cost"`             // 募捐成本
	Leftovers      string `json:"leftovers"`        // 剩余财产的处理

	Start socialorg.Date `json:"start"`
	End   socialorg.Date `json:"end"`
	Filed socialorg.Date `json:"filed,omitzero"` // zero: not filed

	// Emergency marks fundraising for a major emergency (重大突发事件): it may file within 10 days
	// after its start (Order 59 Art. 11; Charity Law 2023 Art. 73).
	Emergency bool `json:"emergency,omitempty"`
	// ResponseEnds is the last day of the emergency-response and rescue phase (应急处置与救援阶段),
	// during which an emergency campaign discloses its receipts at least every 5 days (Charity Law
	// 2023 Art. 72); zero while the phase goes on.
	ResponseEnds socialorg.Date `json:"response_ends,omitzero"`
	// Internet marks fundraising over the internet; DesignatedPlatform that it runs on a platform
	// the MCA designated (Platform names it, e.g. 广益联募).
	Internet           bool   `json:"internet,omitempty"`
	DesignatedPlatform bool   `json:"designated_platform,omitempty"`
	Platform           string `json:"platform,omitempty"`

	Disclosures []socialorg.Date `json:"disclosures,omitempty"` // dates the campaign's receipts and spending were disclosed
	FinalReport socialorg.Date   `json:"final_report,omitzero"` // date of the full report after the end

	// UseChanges are the changes of the plan's use of the gifts (变更募捐方案规定的捐赠财产用途),
	// each filed with the civil-affairs department (Charity Law 2016 Art. 55; 2023 Art. 56).
	UseChanges []UseChange `json:"use_changes,omitempty"`
	// Partners are the organizations or persons without the qualification the charity runs the
	// campaign with (合作开展公开募捐), each with the written agreement it signed, if any.
	Partners []Partner `json:"partners,omitempty"`
	// Place is the GB/T 2260 code of the place the plan is judged at: where the charity is
	// registered (its civil-affairs department takes the filing). Empty: the caller's
	// socialorg.In, else Guangzhou. Local rules (a city's filing term) are read there.
	Place string `json:"place,omitempty"`
}

// Partner is an organization or person without the public-fundraising qualification that runs a
// campaign with the charity: whether they signed a written agreement, and what it settles, as the
// words of PartnerAgreementItems ("plan", "cost-sharing", "liability", "disputes").
type Partner struct {
	Name      string   `json:"name"`
	Agreement bool     `json:"agreement,omitempty"`
	Covers    []string `json:"covers,omitempty"`
}

// UseChange is one change of a plan's use of the gifts: the day the charity's decision body
// approved it, and the day it was filed with the civil-affairs department (zero: not filed).
type UseChange struct {
	Approved socialorg.Date `json:"approved"`
	Filed    socialorg.Date `json:"filed,omitzero"`
}

// PlanRules are one regime's numbers for fundraising plans.
type PlanRules struct {
	FilingDaysBefore     int `json:"filing_days_before"`     // the plan is filed at least this many days before the start
	EmergencyFilingAfter int `json:"emergency_filing_after"` // an emergency campaign files within this many days after its start
	EmergencyDisclosure  int `json:"emergency_disclosure"`   // during the response phase, disclose at least every this many days (0: no such rule)
	LongProjectMonths    int `json:"long_project_months"`    // projects longer than this many months disclose periodically
	DisclosureMonths     int `json:"disclosure_months"`      // at least every this many months
	FinalReportMonths    int `json:"final_report_months"`    // a full report within this many months after the end
	// The sources of each rule.
	FilingCite    socialorg.Citation `json:"filing_cite"`
	EmergencyCite socialorg.Citation `json:"emergency_cite"`
	DisclosedCite socialorg.Citation `json:"emergency_disclosure_cite,omitzero"`
	PlatformCite  socialorg.Citation `json:"platform_cite"`
	ReportingCite socialorg.Citation `json:"reporting_cite"`
}

// String describes the regime for parameter listings.
func (r PlanRules) String() string {
	s := fmt.Sprintf("file ≥ %d days before the start (emergency: ≤ %d days after)", r.FilingDaysBefore, r.EmergencyFilingAfter)
	if r.EmergencyDisclosure > 0 {
		s += fmt.Sprintf(", emergency disclosure every ≤ %d days in the response phase", r.EmergencyDisclosure)
	}
	return s + fmt.Sprintf(", projects over %d months disclose every ≤ %d months, final report ≤ %d months after the end",
		r.LongProjectMonths, r.DisclosureMonths, r.FinalReportMonths)
}

var planRules = socialorg.MustParam(book, socialorg.ParamSpec[PlanRules]{ID: "charity.plan.rules", Unit: "rules",
	Title: socialorg.Text{Hans: "公开募捐方案备案和信息公开的期限", Hant: "公開募捐方案備案和信息公開的期限", En: "deadlines for filing and disclosing a fundraising plan"},
	Values: []socialorg.Dated[PlanRules]{
		{From: fromLaw2016, Until: untilLaw2016, Cite: cite59("第十一条"),
			Note: "Order 59 Art. 11: filing 「在开展公开募捐活动的10日前」, and for an emergency campaign within 10 days after its start (also a 2021 Guangzhou civil-affairs notice under Order 59)",
			Value: PlanRules{FilingDaysBefore: 10, EmergencyFilingAfter: 10, LongProjectMonths: 6, DisclosureMonths: 3, FinalReportMonths: 3,
				FilingCite: cite59("第十一条第一款"), EmergencyCite: cite59("第十一条第二款"),
				PlatformCite: citeLaw16("第二十三条第三款"), ReportingCite: citeLaw16("第七十三条")}},
		{From: fromLaw2023, Cite: cite74("第十一条"),
			Value: PlanRules{FilingDaysBefore: 10, EmergencyFilingAfter: 10, EmergencyDisclosure: 5, LongProjectMonths: 6, DisclosureMonths: 3, FinalReportMonths: 3,
				FilingCite: cite74("第十一条"), EmergencyCite: citeLaw23("第七十三条"), DisclosedCite: citeLaw23("第七十二条"),
				PlatformCite: citeLaw23("第二十七条"), ReportingCite: citeLaw23("第七十九条")}},
	}})

// PlanResult is the verdict on a fundraising plan.
type PlanResult struct {
	socialorg.Report
	// Regime is the start date of the regime the plan was judged under (chosen by its start date).
	Regime socialorg.Date `json:"regime"`
}

// MarshalJSON encodes the result with its "verdict", derived from the findings ("met", "not-met",
// "undecided").
func (r PlanResult) MarshalJSON() ([]byte, error) {
	type plain PlanResult
	b, err := json.Marshal(plain(r))
	if err != nil {
		return nil, err
	}
	return socialorg.WithVerdict(b, r.Report, "")
}

// The IDs of the plan rules, for Report.Find.
const (
	RulePlanContents            socialorg.RuleID = "charity.plan.contents"
	RulePlanFiling              socialorg.RuleID = "charity.plan.filing"
	RulePlanEmergencyFiling     socialorg.RuleID = "charity.plan.emergency-filing"
	RulePlanEmergencyDisclosure socialorg.RuleID = "charity.plan.emergency-disclosure"
	RulePlanPlatform            socialorg.RuleID = "charity.plan.platform"
	RulePlanDisclosure          socialorg.RuleID = "charity.plan.disclosure"
	RulePlanFinalReport         socialorg.RuleID = "charity.plan.final-report"
	RulePlanUseChange           socialorg.RuleID = "charity.plan.use-change"
	RulePlanPartnerAgreement    socialorg.RuleID = "charity.plan.partner-agreement"
)

// planItems are the plan's contents, as value words of the contents rule.
var planItems = map[string]socialorg.Text{
	"purpose":          {Hans: "募捐目的", Hant: "募捐目的", En: "purpose"},
	"area":             {Hans: "募捐地域", Hant: "募捐地域", En: "area"},
	"person-in-charge": {Hans: "负责人", Hant: "負責人", En: "person in charge"},
	"address":          {Hans: "办公地址", Hant: "辦公地址", En: "office address"},
	"method":           {Hans: "接受捐赠方式", Hant: "接受捐贈方式", En: "how gifts are accepted"},
	"bank-account":     {Hans: "银行账户", Hant: "銀行賬戶", En: "bank account"},
	"beneficiaries":    {Hans: "受益人", Hant: "受益人", En: "beneficiaries"},
	"use":              {Hans: "募得款物用途", Hant: "募得款物用途", En: "use of the proceeds"},
	"cost":             {Hans: "募捐成本", Hant: "募捐成本", En: "fundraising cost"},
	"leftovers":        {Hans: "剩余财产的处理", Hant: "剩餘財產的處理", En: "leftovers"},
	"end":              {Hans: "截止时间", Hant: "截止時間", En: "end date"},
}

var (
	planRegimes = func(art16, art23 string) []socialorg.Regime {
		return []socialorg.Regime{{From: fromLaw2016, Until: untilLaw2016, Cite: citeLaw16(art16)}, {From: fromLaw2023, Cite: citeLaw23(art23)}}
	}
	rulePlanContents = book.MustRule(socialorg.Rule{ID: RulePlanContents,
		Title:   socialorg.Text{Hans: "募捐方案载明法定事项（缺项）", Hant: "募捐方案載明法定事項（缺項）", En: "the fundraising plan states the required items (missing)"},
		Regimes: planRegimes("第二十四条", "第二十四条"), Words: planItems})
	rulePlanFiling = book.MustRule(socialorg.Rule{ID: RulePlanFiling,
		Title:   socialorg.Text{Hans: "募捐方案在募捐活动开始十日前备案（提前天数）", Hant: "募捐方案在募捐活動開始十日前備案（提前天數）", En: "the plan is filed at least 10 days before the campaign starts (days ahead)"},
		Regimes: []socialorg.Regime{{From: fromLaw2016, Until: untilLaw2016, Cite: cite59("第十一条第一款")}, {From: fromLaw2023, Cite: cite74("第十一条")}}})
	rulePlanEmergencyFiling = book.MustRule(socialorg.Rule{ID: RulePlanEmergencyFiling,
		Title:   socialorg.Text{Hans: "应急募捐在开始后十日内补办备案（开始后天数）", Hant: "應急募捐在開始後十日內補辦備案（開始後天數）", En: "an emergency campaign is filed within 10 days after its start (days after)"},
		Regimes: []socialorg.Regime{{From: fromLaw2016, Until: untilLaw2016, Cite: cite59("第十一条第二款")}, {From: fromLaw2023, Cite: citeLaw23("第七十三条")}}})
	rulePlanEmergencyDisclosure = book.MustRule(socialorg.Rule{ID: RulePlanEmergencyDisclosure,
		Title:   socialorg.Text{Hans: "应急处置与救援阶段公开募得款物情况的最长间隔（天）", Hant: "應急處置與救援階段公開募得款物情況的最長間隔（天）", En: "longest gap between disclosures in the emergency-response phase (days)"},
		Regimes: []socialorg.Regime{{From: fromLaw2023, Cite: citeLaw23("第七十二条")}}})
	rulePlanPlatform = book.MustRule(socialorg.Rule{ID: RulePlanPlatform,
		Title:   socialorg.Text{Hans: "通过互联网募捐的，在指定的互联网公开募捐服务平台发布信息", Hant: "通過互聯網募捐的，在指定的互聯網公開募捐服務平台發佈信息", En: "internet fundraising runs on a designated platform"},
		Regimes: planRegimes("第二十三条第三款", "第二十七条")})
	rulePlanDisclosure = book.MustRule(socialorg.Rule{ID: RulePlanDisclosure,
		Title:   socialorg.Text{Hans: "实施期超过六个月的项目至少每三个月公开一次（最迟公开日）", Hant: "實施期超過六個月的項目至少每三個月公開一次（最遲公開日）", En: "a project over six months discloses at least every three months (latest due date)"},
		Regimes: planRegimes("第七十三条", "第七十九条")})
	rulePlanUseChange = book.MustRule(socialorg.Rule{ID: RulePlanUseChange,
		Title:   socialorg.Text{Hans: "变更募捐方案规定的捐赠财产用途报民政部门备案（审议通过后天数）", Hant: "變更募捐方案規定的捐贈財產用途報民政部門備案（審議通過後天數）", En: "a change of the plan's use of gifts is filed with civil affairs (days after approval)"},
		Regimes: planRegimes("第五十五条", "第五十六条")})
	rulePlanPartner = book.MustRule(socialorg.Rule{ID: RulePlanPartnerAgreement,
		Title:   socialorg.Text{Hans: "与不具有公开募捐资格的组织或者个人合作募捐，书面协议载明规定事项（缺项）", Hant: "與不具有公開募捐資格的組織或者個人合作募捐，書面協議載明規定事項（缺項）", En: "a written agreement with a partner without the qualification settles the required items (missing)"},
		Regimes: []socialorg.Regime{{From: fromGuangzhou, Cite: citeGuangzhou("第十四条第三款"), Note: noteGuangzhou}}, Words: agreementWords})
	rulePlanFinalReport = book.MustRule(socialorg.Rule{ID: RulePlanFinalReport,
		Title:   socialorg.Text{Hans: "项目结束后三个月内全面公开（公开日期）", Hant: "項目結束後三個月內全面公開（公開日期）", En: "a full report within three months of the end (report date)"},
		Regimes: planRegimes("第七十三条", "第七十九条")})
)

// CheckPlan judges a fundraising plan at asOf under the regime in force on its start date:
//
//   - contents: every item Charity Law Art. 24 lists is stated;
//
//   - filing: at least 10 days before the start (Order 59 Art. 11 from 2016; Order 74 Art. 11 from
//     2024-09-05); an emergency campaign may file within 10 days after its start instead (Order 59
//     Art. 11 ¶2; the amended law's Art. 73);
//
//   - from 2024-09-05, an emergency campaign discloses its receipts at least every 5 days during
//     the emergency-response and rescue phase (amended law Art. 72): gaps are counted from the
//     start to the end of that phase (Plan.ResponseEnds) or asOf, whichever comes first; a campaign
//     that starts after the phase has ended is not under the rule;
//
//   - internet fundraising runs on an MCA-designated platform (2016 Art. 23; 2023 Art. 27);
//
//   - a project longer than 6 months discloses at least every 3 months, and every project gives a
//     full report within 3 months after its end (2016 Art. 73; 2023 Art. 79).
//
//   - a change of the plan's use of the gifts is filed with the civil-affairs department (2016
//     Art. 55; 2023 Art. 56), one finding per change. The law sets no term; where the place sets
//     one (Guangzhou: within 10 days of the decision body's approval, 《广州市慈善促进条例》 Art. 24
//     ¶1, read at the place on the day of the approval) the filing is judged against it, and a
//     change not filed fails once the term has passed. Where no term holds, a change filed passes
//     and one not filed is undecided: the input does not say whether the new use began.
//
//   - where the place lists what a written agreement with a partner without the qualification
//     settles (Guangzhou: the plan, cost sharing, liability, disputes, 《广州市慈善促进条例》 Art. 14
//     ¶3, from 2021-09-01, read at the plan's start), each partner's agreement settles every item
//     (one finding per partner; no agreement settles none); elsewhere there is no such finding.
//
// The place is the plan's Place (a GB/T 2260 code), else the options' (socialorg.In), else
// Guangzhou. Deadlines not yet reached at asOf are NotApplicable. Errors: the plan fails
// Validate; a zero asOf or a start before 2016-09-01 (match socialorg.ErrNotInForce); invalid
// options.
func CheckPlan(p Plan, asOf socialorg.Date, opts ...socialorg.Option) (PlanResult, error) {
	empty := PlanResult{Report: socialorg.Report{Findings: []socialorg.Finding{}}}
	if err := p.Validate(); err != nil {
		return empty, err
	}
	if asOf.IsZero() {
		return empty, &socialorg.NotInForceError{Param: planRules.ID(), First: fromLaw2016}
	}
	regime, err := planRules.Lookup(p.Start)
	if err != nil {
		return empty, err
	}
	r := regime.Value
	c := socialorg.NewChecker(p.ID, p.Start, opts...)
	if p.Place != "" {
		_ = c.SetPlace("plan.place", p.Place) // validated: a division code
	}
	c.Grow(7 + len(p.UseChanges))

	// Contents.
	var missing []string
	for _, item := range []struct{ name, v string }{
		{"purpose", p.Purpose}, {"area", p.Area}, {"person-in-charge", p.PersonInCharge}, {"address", p.Address},
		{"method", p.Method}, {"bank-account", p.BankAccount}, {"beneficiaries", p.Beneficiaries}, {"use", p.Use},
		{"cost", p.Cost}, {"leftovers", p.Leftovers},
	} {
		if strings.TrimSpace(item.v) == "" {
			missing = append(missing, item.name)
		}
	}
	if p.End.IsZero() {
		missing = append(missing, "end")
	}
	got := "none"
	if len(missing) > 0 {
		got = strings.Join(missing, " / ") // the library's own words, translated one by one
	}
	c.Verdict(rulePlanContents, len(missing) == 0, socialorg.Words(got), socialorg.Words("none"), socialorg.Citation{})

	// Filing.
	after := socialorg.Fig("≤ " + strconv.Itoa(r.EmergencyFilingAfter))
	switch {
	case p.Emergency && p.Filed.IsZero():
		deadline := p.Start.AddDays(r.EmergencyFilingAfter)
		c.Add(rulePlanEmergencyFiling, failIfPast(asOf, deadline), socialorg.Words("none"), after, r.EmergencyCite)
	case p.Emergency && p.Filed.After(p.Start):
		days := p.Start.DaysUntil(p.Filed)
		c.Verdict(rulePlanEmergencyFiling, days <= r.EmergencyFilingAfter, socialorg.Fig(strconv.Itoa(days)), after, r.EmergencyCite)
	case p.Filed.IsZero():
		c.Add(rulePlanFiling, failIfPast(asOf, p.Start), socialorg.Words("none"), socialorg.Fig("≥ "+strconv.Itoa(r.FilingDaysBefore)), r.FilingCite)
	default:
		ahead := p.Filed.DaysUntil(p.Start)
		// An emergency campaign filed on or before its start has filed in time in any case.
		ok := ahead >= r.FilingDaysBefore || (p.Emergency && ahead >= 0)
		c.Verdict(rulePlanFiling, ok, socialorg.Fig(strconv.Itoa(ahead)), socialorg.Fig("≥ "+strconv.Itoa(r.FilingDaysBefore)), r.FilingCite)
	}

	disclosures := slices.Clone(p.Disclosures)
	slices.SortFunc(disclosures, func(a, b socialorg.Date) int { return a.Compare(b) })
	until := asOf
	if !p.End.IsZero() && p.End.Before(until) {
		until = p.End
	}

	// Emergency disclosure during the response phase.
	if p.Emergency && r.EmergencyDisclosure > 0 {
		phaseEnd := until
		if !p.ResponseEnds.IsZero() && p.ResponseEnds.Before(phaseEnd) {
			phaseEnd = p.ResponseEnds
		}
		if phaseEnd.Before(p.Start) {
			c.NotApplicable(rulePlanEmergencyDisclosure, socialorg.Value{}, socialorg.Fig("≤ "+strconv.Itoa(r.EmergencyDisclosure)), r.DisclosedCite)
		} else {
			gap, last := 0, p.Start
			for _, d := range disclosures {
				if d.Before(p.Start) || d.After(phaseEnd) {
					continue
				}
				gap = max(gap, last.DaysUntil(d))
				last = d
			}
			gap = max(gap, last.DaysUntil(phaseEnd))
			c.Verdict(rulePlanEmergencyDisclosure, gap <= r.EmergencyDisclosure, socialorg.Fig(strconv.Itoa(gap)),
				socialorg.Fig("≤ "+strconv.Itoa(r.EmergencyDisclosure)), r.DisclosedCite)
		}
	}

	// Platform.
	if p.Internet {
		c.Verdict(rulePlanPlatform, p.DesignatedPlatform, socialorg.YesNo(p.DesignatedPlatform), socialorg.Words("yes"), r.PlatformCite)
	} else {
		c.NotApplicable(rulePlanPlatform, socialorg.Words("no"), socialorg.Value{}, r.PlatformCite)
	}

	// Periodic disclosure of long projects.
	if !p.End.IsZero() && p.End.After(p.Start.AddMonths(r.LongProjectMonths)) {
		due, last := socialorg.Date{}, p.Start
		ok := true
		for _, d := range disclosures {
			if d.Before(p.Start) {
				continue
			}
			if next := last.AddMonths(r.DisclosureMonths); d.After(next) {
				ok, due = false, next
				break
			}
			last = d
		}
		if next := last.AddMonths(r.DisclosureMonths); ok && until.After(next) {
			ok, due = false, next
		}
		if ok {
			due = last.AddMonths(r.DisclosureMonths)
		}
		c.Verdict(rulePlanDisclosure, ok, socialorg.Fig(due.String()), socialorg.Fig("≥ "+until.String()), r.ReportingCite)
	} else {
		c.NotApplicable(rulePlanDisclosure, socialorg.Value{}, socialorg.Value{}, r.ReportingCite)
	}

	// Final report within 3 months of the end.
	switch {
	case p.End.IsZero():
		c.NotApplicable(rulePlanFinalReport, socialorg.Value{}, socialorg.Value{}, r.ReportingCite)
	case !p.FinalReport.IsZero():
		deadline := p.End.AddMonths(r.FinalReportMonths)
		c.Verdict(rulePlanFinalReport, !p.FinalReport.After(deadline), socialorg.Fig(p.FinalReport.String()), socialorg.Fig("≤ "+deadline.String()), r.ReportingCite)
	default:
		deadline := p.End.AddMonths(r.FinalReportMonths)
		c.Add(rulePlanFinalReport, failIfPast(asOf, deadline), socialorg.Words("none"), socialorg.Fig("≤ "+deadline.String()), r.ReportingCite)
	}

	// Changes of use: the place's term, read on the day of each approval, else the law's filing.
	for _, ch := range p.UseChanges {
		at := socialorg.NewChecker(p.ID, ch.Approved, opts...)
		if p.Place != "" {
			_ = at.SetPlace("plan.place", p.Place)
		}
		days, cite, local := useChangeDays.ReadOptional(&at)
		c.Error(at.Err())
		switch {
		case local && ch.Filed.IsZero():
			deadline := ch.Approved.AddDays(days)
			c.Add(rulePlanUseChange, failIfPast(asOf, deadline), socialorg.Words("none"), socialorg.Fig("≤ "+strconv.Itoa(days)), cite)
		case local:
			after := ch.Approved.DaysUntil(ch.Filed)
			c.Verdict(rulePlanUseChange, after <= days, socialorg.Fig(strconv.Itoa(after)), socialorg.Fig("≤ "+strconv.Itoa(days)), cite)
		default:
			lawCite, err := rulePlanUseChange.At(ch.Approved)
			if err != nil {
				c.Error(err)
				continue
			}
			filed := !ch.Filed.IsZero()
			if filed {
				c.Verdict(rulePlanUseChange, true, socialorg.YesNo(true), socialorg.Words("yes"), lawCite)
			} else {
				c.Undecided(rulePlanUseChange, socialorg.YesNo(false), socialorg.Words("yes"), lawCite)
			}
		}
	}
	// Partners: the items the place asks their agreements to settle, at the plan's start.
	if len(p.Partners) > 0 {
		if items, cite, ok := partnerItems.ReadOptional(&c); ok {
			for _, pt := range p.Partners {
				c.SetSubject(p.ID + " / " + pt.Name)
				missing := items.missing(pt)
				got := "none"
				if len(missing) > 0 {
					got = strings.Join(missing, " / ") // the library's own words
				}
				c.Verdict(rulePlanPartner, len(missing) == 0, socialorg.Words(got), socialorg.Words("none"), cite)
			}
			c.SetSubject(p.ID)
		}
	}
	rep, err := c.Finish()
	if err != nil {
		return empty, err
	}
	return PlanResult{Report: rep, Regime: regime.From}, nil
}

// failIfPast is Fail once the deadline has passed at asOf, else NotApplicable (not yet due).
func failIfPast(asOf, deadline socialorg.Date) socialorg.Outcome {
	if asOf.After(deadline) {
		return socialorg.Fail
	}
	return socialorg.NotApplicable
}

// maxDisclosures bounds the disclosures a plan lists, maxUseChanges its changes of use.
const (
	maxDisclosures = 100_000
	maxUseChanges  = 1000
	maxPartners    = 1000
	maxCovers      = 16
	maxCoverBytes  = 64
)

// Validate checks the plan's shape and returns every problem joined: an ID; a Start; an End, if
// any, not before Start; a filing and a final report not dated in an impossible order; at most
// 100,000 disclosures; text fields of at most 4096 bytes.
func (p Plan) Validate() error {
	pr := socialorg.Problems{Package: pkg}
	const at = "plan."
	switch {
	case p.ID == "":
		pr.Add(at+"id", "", "required")
	case len(p.ID) > 256:
		pr.Add(at+"id", p.ID, "at most 256 bytes")
	}
	if p.Start.IsZero() {
		pr.Add(at+"start", "", "required")
	}
	if !p.End.IsZero() && p.End.Before(p.Start) {
		pr.Add(at+"end", p.End, "not before start")
	}
	if !p.FinalReport.IsZero() && !p.End.IsZero() && p.FinalReport.Before(p.End) {
		pr.Add(at+"final_report", p.FinalReport, "not before end")
	}
	if len(p.Disclosures) > maxDisclosures {
		pr.Add(at+"disclosures", len(p.Disclosures), "at most 100,000 disclosures")
	}
	if p.Place != "" && !socialorg.IsDivisionCode(p.Place) {
		pr.Add(at+"place", p.Place, "a GB/T 2260 code: six digits")
	}
	if len(p.Partners) > maxPartners {
		pr.Add(at+"partners", len(p.Partners), "at most 1,000 partners")
	} else {
		for i, pt := range p.Partners {
			switch {
			case pt.Name == "":
				pr.Add(socialorg.Path("plan", "partners", i, "name"), "", "required")
			case len(pt.Name) > 256:
				pr.Add(socialorg.Path("plan", "partners", i, "name"), pt.Name, "at most 256 bytes")
			}
			switch {
			case len(pt.Covers) > maxCovers:
				pr.Add(socialorg.Path("plan", "partners", i, "covers"), len(pt.Covers), "at most 16 items")
			case !pt.Agreement && len(pt.Covers) > 0:
				pr.Add(socialorg.Path("plan", "partners", i, "covers"), len(pt.Covers), "only with a written agreement")
			}
			for k, w := range pt.Covers {
				if len(w) > maxCoverBytes {
					pr.Add(socialorg.Path("plan", "partners", i, "covers", k), w, "at most 64 bytes")
				}
			}
		}
	}
	if len(p.UseChanges) > maxUseChanges {
		pr.Add(at+"use_changes", len(p.UseChanges), "at most 1,000 changes of use")
	} else {
		for i, ch := range p.UseChanges {
			switch {
			case ch.Approved.IsZero():
				pr.Add(socialorg.Path("plan", "use_changes", i, "approved"), "", "required")
			case ch.Approved.Before(fromLaw2016):
				pr.Add(socialorg.Path("plan", "use_changes", i, "approved"), ch.Approved, "on or after 2016-09-01 (the Charity Law in force)")
			case !ch.Filed.IsZero() && ch.Filed.Before(ch.Approved):
				pr.Add(socialorg.Path("plan", "use_changes", i, "filed"), ch.Filed, "not before approved")
			}
		}
	}
	for _, f := range []struct{ name, v string }{
		{"purpose", p.Purpose}, {"area", p.Area}, {"person_in_charge", p.PersonInCharge}, {"address", p.Address},
		{"method", p.Method}, {"bank_account", p.BankAccount}, {"beneficiaries", p.Beneficiaries}, {"use", p.Use},
		{"cost", p.Cost}, {"leftovers", p.Leftovers}, {"platform", p.Platform}, {"filing_number", p.FilingNumber},
	} {
		if len(f.v) > 4096 {
			pr.Add(at+f.name, f.v, "at most 4096 bytes")
		}
	}
	return pr.Err()
}
