package charity

import (
	"slices"
	"strconv"
	"strings"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/msgcat"
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

	// Emergency marks fundraising for a major emergency (重大突发事件), under the amended law's
	// special rules from 2024-09-05.
	Emergency bool `json:"emergency,omitempty"`
	// Internet marks fundraising over the internet; DesignatedPlatform that it runs on a platform
	// the MCA designated (Platform names it, e.g. 广益联募).
	Internet           bool   `json:"internet,omitempty"`
	DesignatedPlatform bool   `json:"designated_platform,omitempty"`
	Platform           string `json:"platform,omitempty"`

	Disclosures []socialorg.Date `json:"disclosures,omitempty"` // dates the campaign's receipts and spending were disclosed
	FinalReport socialorg.Date   `json:"final_report,omitzero"` // date of the full report after the end
}

// PlanRules are one regime's numbers for fundraising plans.
type PlanRules struct {
	FilingDaysBefore       int // the plan is filed at least this many days before the start (0: on or before the start day)
	EmergencyFilingAfter   int // an emergency campaign files within this many days after its start (0: no such rule)
	EmergencyDisclosure    int // an emergency campaign discloses at least every this many days (0: no such rule)
	LongProjectMonths      int // projects longer than this many months disclose periodically
	DisclosureMonths       int // at least every this many months
	FinalReportMonths      int // a full report within this many months after the end
	filingCite, emergCite  socialorg.Citation
	platformCite, discCite socialorg.Citation
}

var planRules = socialorg.MustParam("charity.plan.rules",
	socialorg.Dated[PlanRules]{From: fromLaw2016, Cite: citeLaw16("第二十四条、第二十三条、第七十三条"),
		Note: "\"before the start\" read as on or before the start day",
		Value: PlanRules{FilingDaysBefore: 0, LongProjectMonths: 6, DisclosureMonths: 3, FinalReportMonths: 3,
			filingCite: citeLaw16("第二十四条第二款"), platformCite: citeLaw16("第二十三条第三款"), discCite: citeLaw16("第七十三条")}},
	socialorg.Dated[PlanRules]{From: fromLaw2023, Cite: socialorg.Citation{Document: docOrder74, Article: "第十一条"},
		Value: PlanRules{FilingDaysBefore: 10, EmergencyFilingAfter: 10, EmergencyDisclosure: 5, LongProjectMonths: 6, DisclosureMonths: 3, FinalReportMonths: 3,
			filingCite: socialorg.Citation{Document: docOrder74, Article: "第十一条"}, emergCite: citeLaw23("第七十二条、第七十三条"),
			platformCite: citeLaw23("第二十七条"), discCite: citeLaw23("第七十九条")}})

func planParameters() []socialorg.Parameter { return []socialorg.Parameter{planRules} }

// The rule IDs of the plan findings.
const (
	RulePlanContents            = "charity.plan.contents"
	RulePlanFiling              = "charity.plan.filing"
	RulePlanEmergencyFiling     = "charity.plan.emergency-filing"
	RulePlanEmergencyDisclosure = "charity.plan.emergency-disclosure"
	RulePlanPlatform            = "charity.plan.platform"
	RulePlanDisclosure          = "charity.plan.disclosure"
	RulePlanFinalReport         = "charity.plan.final-report"
)

// CheckPlan judges a fundraising plan at asOf under the regime in force on its start date:
//
//   - contents: every item Charity Law Art. 24 lists is stated;
//   - filing: before the start (2016 law Art. 24), at least 10 days before from 2024-09-05
//     (Order 74 Art. 11); an emergency campaign from 2024-09-05 may file within 10 days after its
//     start instead, and discloses its receipts at least every 5 days (amended law Arts. 72–73);
//   - internet fundraising runs on an MCA-designated platform (2016 Art. 23; 2023 Art. 27);
//   - a project longer than 6 months discloses at least every 3 months, and every project gives a
//     full report within 3 months after its end (2016 Art. 73; 2023 Art. 79).
//
// Deadlines not yet reached at asOf are NotApplicable. Errors: no ID, no Start, End before Start
// (*socialorg.InputError); a start before 2016-09-01 (matches socialorg.ErrNotInForce).
func CheckPlan(p Plan, asOf socialorg.Date) (socialorg.Report, error) {
	switch {
	case p.ID == "":
		return socialorg.Report{}, socialorg.Invalid("Plan.ID", p.ID, "required")
	case p.Start.IsZero():
		return socialorg.Report{}, socialorg.Invalid("Plan.Start", "", "required")
	case !p.End.IsZero() && p.End.Before(p.Start):
		return socialorg.Report{}, socialorg.Invalid("Plan.End", p.End, "not before Start")
	}
	r, cite, err := planRules.At(p.Start)
	if err != nil {
		return socialorg.Report{}, err
	}
	var rep socialorg.Report
	add := func(rule string, out socialorg.Outcome, got, want string, ct socialorg.Citation) {
		rep.Add(socialorg.Finding{Rule: rule, Subject: p.ID, Outcome: out, Got: got, Want: want, Cite: ct})
	}

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
		got = strings.Join(missing, " / ") // value words, translated one by one in messages
	}
	add(RulePlanContents, socialorg.OutcomeOf(len(missing) == 0), got, "none", citeArt24(cite))

	// Filing.
	emergency := p.Emergency && r.EmergencyFilingAfter > 0
	switch {
	case emergency && p.Filed.IsZero():
		deadline := p.Start.AddDays(r.EmergencyFilingAfter)
		if asOf.After(deadline) {
			add(RulePlanEmergencyFiling, socialorg.Fail, "none", "≤ "+strconv.Itoa(r.EmergencyFilingAfter), r.emergCite)
		} else {
			add(RulePlanEmergencyFiling, socialorg.NotApplicable, "none", "≤ "+strconv.Itoa(r.EmergencyFilingAfter), r.emergCite)
		}
	case emergency:
		after := p.Start.DaysUntil(p.Filed)
		add(RulePlanEmergencyFiling, socialorg.OutcomeOf(after <= r.EmergencyFilingAfter), strconv.Itoa(after), "≤ "+strconv.Itoa(r.EmergencyFilingAfter), r.emergCite)
	case p.Filed.IsZero():
		add(RulePlanFiling, socialorg.Fail, "none", "≥ "+strconv.Itoa(r.FilingDaysBefore), r.filingCite)
	default:
		ahead := p.Filed.DaysUntil(p.Start)
		add(RulePlanFiling, socialorg.OutcomeOf(ahead >= r.FilingDaysBefore), strconv.Itoa(ahead), "≥ "+strconv.Itoa(r.FilingDaysBefore), r.filingCite)
	}

	disclosures := slices.Clone(p.Disclosures)
	slices.SortFunc(disclosures, func(a, b socialorg.Date) int { return a.Compare(b) })
	until := asOf
	if !p.End.IsZero() && p.End.Before(until) {
		until = p.End
	}

	// Emergency disclosure: the longest gap, from the start, between disclosures and up to now.
	if emergency {
		gap, last := 0, p.Start
		for _, d := range disclosures {
			if d.Before(p.Start) || d.After(until) {
				continue
			}
			gap = max(gap, last.DaysUntil(d))
			last = d
		}
		gap = max(gap, last.DaysUntil(until))
		add(RulePlanEmergencyDisclosure, socialorg.OutcomeOf(gap <= r.EmergencyDisclosure), strconv.Itoa(gap), "≤ "+strconv.Itoa(r.EmergencyDisclosure), r.emergCite)
	}

	// Platform.
	if p.Internet {
		add(RulePlanPlatform, socialorg.OutcomeOf(p.DesignatedPlatform), msgcat.YesNo(p.DesignatedPlatform), "yes", r.platformCite)
	} else {
		add(RulePlanPlatform, socialorg.NotApplicable, "no", "", r.platformCite)
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
			add(RulePlanDisclosure, socialorg.Pass, last.AddMonths(r.DisclosureMonths).String(), "≥ "+until.String(), r.discCite)
		} else {
			add(RulePlanDisclosure, socialorg.Fail, due.String(), "≥ "+until.String(), r.discCite)
		}
	} else {
		add(RulePlanDisclosure, socialorg.NotApplicable, "", "", r.discCite)
	}

	// Final report within 3 months of the end.
	switch {
	case p.End.IsZero():
		add(RulePlanFinalReport, socialorg.NotApplicable, "", "", r.discCite)
	case !p.FinalReport.IsZero():
		deadline := p.End.AddMonths(r.FinalReportMonths)
		add(RulePlanFinalReport, socialorg.OutcomeOf(!p.FinalReport.After(deadline)), p.FinalReport.String(), "≤ "+deadline.String(), r.discCite)
	default:
		deadline := p.End.AddMonths(r.FinalReportMonths)
		out := socialorg.NotApplicable
		if asOf.After(deadline) {
			out = socialorg.Fail
		}
		add(RulePlanFinalReport, out, "none", "≤ "+deadline.String(), r.discCite)
	}
	return rep, nil
}

// citeArt24 cites Art. 24 of whichever law the regime's citation belongs to.
func citeArt24(regime socialorg.Citation) socialorg.Citation {
	if regime.Document == docOrder74 {
		return citeLaw23("第二十四条")
	}
	return citeLaw16("第二十四条")
}
