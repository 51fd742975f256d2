package charity_test

import (
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/charity"
	"github.com/socialorg/socialorg/socialorgtest"
)

func plan(start, end, filed string) charity.Plan {
	p := charity.Plan{
		ID: "P-2025-001", FilingNumber: "53440100MJ00000345A25001",
		Purpose: "长者助餐", Area: "广州市越秀区", PersonInCharge: "张三", Address: "越秀区某路1号", Method: "银行转账、广益联募",
		BankAccount: "某银行 4401…", Beneficiaries: "辖内独居长者", Use: "助餐补贴", Cost: "不超过募得款的3%", Leftovers: "转入同类项目",
		Start: day(start), End: day(end),
	}
	if filed != "" {
		p.Filed = day(filed)
	}
	return p
}

func planCheck(t *testing.T, p charity.Plan, at string) socialorg.Report {
	t.Helper()
	r, err := charity.CheckPlan(p, day(at))
	require.NoError(t, err)
	socialorgtest.AssertExplained(t, r.Report, p.ID)
	return r.Report
}

func find(t *testing.T, r socialorg.Report, rule socialorg.RuleID) socialorg.Finding {
	t.Helper()
	f, ok := r.Find(rule)
	require.True(t, ok, rule)
	return f
}

func TestPlanFilingDays(t *testing.T) {
	tests := []struct {
		start, filed string
		want         socialorg.Outcome
		got          string
	}{
		// From 2024-09-05: at least 10 days before the start.
		{"2025-03-11", "2025-03-02", socialorg.Fail, "9"},
		{"2025-03-11", "2025-03-01", socialorg.Pass, "10"},
		{"2025-03-11", "2025-02-28", socialorg.Pass, "11"},
		// Before it too: Order 59 Art. 11 already asked for 10 days.
		{"2020-05-11", "2020-05-09", socialorg.Fail, "2"},
		{"2020-05-11", "2020-05-01", socialorg.Pass, "10"},
		{"2024-09-04", "2024-08-26", socialorg.Fail, "9"},
		{"2024-09-04", "2024-08-25", socialorg.Pass, "10"},
		{"2024-09-04", "2024-09-05", socialorg.Fail, "-1"},
		// The regime is the start date's.
		{"2024-09-05", "2024-09-01", socialorg.Fail, "4"},
	}
	for _, tc := range tests {
		p := plan(tc.start, "2025-12-31", tc.filed)
		f := find(t, planCheck(t, p, "2025-04-01"), charity.RulePlanFiling)
		require.Equal(t, tc.want, f.Outcome, "%s filed %s", tc.start, tc.filed)
		require.Equal(t, tc.got, f.Got)
		if tc.start < "2024-09-05" {
			require.Contains(t, f.Cite.Document, "第59号")
		}
	}
	f := find(t, planCheck(t, plan("2025-03-11", "2025-12-31", ""), "2025-04-01"), charity.RulePlanFiling)
	require.Equal(t, socialorg.Fail, f.Outcome)
	require.Equal(t, "none", f.Got)
}

func TestPlanContents(t *testing.T) {
	p := plan("2025-03-11", "2025-06-30", "2025-03-01")
	require.Equal(t, socialorg.Pass, find(t, planCheck(t, p, "2025-04-01"), charity.RulePlanContents).Outcome)
	p.BankAccount, p.Cost = "", " "
	f := find(t, planCheck(t, p, "2025-04-01"), charity.RulePlanContents)
	require.Equal(t, socialorg.Fail, f.Outcome)
	require.Equal(t, "bank-account / cost", f.Got)
	require.Contains(t, f.Message(language.Chinese), "银行账户 / 募捐成本")
	require.Equal(t, "第二十四条", f.Cite.Article)
	require.Contains(t, f.Cite.Document, "2023年修正")
}

func TestPlanEmergency(t *testing.T) {
	p := plan("2025-07-01", "2025-07-31", "2025-07-11")
	p.Emergency = true
	p.Disclosures = []socialorg.Date{day("2025-07-06"), day("2025-07-11"), day("2025-07-16")}
	r := planCheck(t, p, "2025-07-21")
	require.Equal(t, socialorg.Pass, find(t, r, charity.RulePlanEmergencyFiling).Outcome, "filed 10 days after the start")
	_, ok := r.Find(charity.RulePlanFiling)
	require.False(t, ok, "an emergency campaign filed after its start is held to the emergency rule")
	f := find(t, r, charity.RulePlanEmergencyDisclosure)
	require.Equal(t, socialorg.Pass, f.Outcome)
	require.Equal(t, "5", f.Got)
	r = planCheck(t, p, "2025-07-22") // six days since the last disclosure
	f = find(t, r, charity.RulePlanEmergencyDisclosure)
	require.Equal(t, socialorg.Fail, f.Outcome)
	require.Equal(t, "6", f.Got)

	p.Filed = day("2025-07-12") // 11 days after
	require.Equal(t, socialorg.Fail, find(t, planCheck(t, p, "2025-07-21"), charity.RulePlanEmergencyFiling).Outcome)
	p.Filed = socialorg.Date{}
	require.Equal(t, socialorg.NotApplicable, find(t, planCheck(t, p, "2025-07-11"), charity.RulePlanEmergencyFiling).Outcome, "not yet due")
	require.Equal(t, socialorg.Fail, find(t, planCheck(t, p, "2025-07-12"), charity.RulePlanEmergencyFiling).Outcome)
	// An emergency campaign filed before its start has filed in time.
	p.Filed = day("2025-06-30")
	require.Equal(t, socialorg.Pass, find(t, planCheck(t, p, "2025-07-21"), charity.RulePlanFiling).Outcome)

	// Under Order 59 too an emergency campaign could file within 10 days after its start: a 2020
	// campaign filed 6 days late is in time, one filed 11 days late is not.
	old := plan("2020-02-01", "2020-03-31", "2020-02-07")
	old.Emergency = true
	r = planCheck(t, old, "2020-04-01")
	f = find(t, r, charity.RulePlanEmergencyFiling)
	require.Equal(t, socialorg.Pass, f.Outcome)
	require.Contains(t, f.Cite.Document, "第59号")
	old.Filed = day("2020-02-12")
	require.Equal(t, socialorg.Fail, find(t, planCheck(t, old, "2020-04-01"), charity.RulePlanEmergencyFiling).Outcome)
	_, ok = r.Find(charity.RulePlanEmergencyDisclosure)
	require.False(t, ok, "the 5-day disclosure came with the 2023 amendment")
}

// TestEmergencyDisclosurePhase: the 5-day disclosure holds 「在应急处置与救援阶段」 only.
func TestEmergencyDisclosurePhase(t *testing.T) {
	p := plan("2025-07-01", "2025-09-30", "2025-07-05")
	p.Emergency = true
	p.Disclosures = []socialorg.Date{day("2025-07-05"), day("2025-07-10")}
	p.ResponseEnds = day("2025-07-15")
	// Checked long after: gaps are counted up to the end of the phase only (5 days from the 10th).
	f := find(t, planCheck(t, p, "2025-09-01"), charity.RulePlanEmergencyDisclosure)
	require.Equal(t, socialorg.Pass, f.Outcome)
	require.Equal(t, "5", f.Got)
	p.ResponseEnds = day("2025-07-16")
	require.Equal(t, socialorg.Fail, find(t, planCheck(t, p, "2025-09-01"), charity.RulePlanEmergencyDisclosure).Outcome)
	// A campaign that starts after the phase has ended is not under the rule.
	p.ResponseEnds = day("2025-06-30")
	require.Equal(t, socialorg.NotApplicable, find(t, planCheck(t, p, "2025-09-01"), charity.RulePlanEmergencyDisclosure).Outcome)
}

func TestPlanPlatform(t *testing.T) {
	p := plan("2025-03-11", "2025-06-30", "2025-03-01")
	require.Equal(t, socialorg.NotApplicable, find(t, planCheck(t, p, "2025-04-01"), charity.RulePlanPlatform).Outcome)
	p.Internet = true
	f := find(t, planCheck(t, p, "2025-04-01"), charity.RulePlanPlatform)
	require.Equal(t, socialorg.Fail, f.Outcome)
	require.Equal(t, "第二十七条", f.Cite.Article)
	p.DesignatedPlatform, p.Platform = true, "广益联募"
	require.Equal(t, socialorg.Pass, find(t, planCheck(t, p, "2025-04-01"), charity.RulePlanPlatform).Outcome)
}

func TestPlanPeriodicDisclosure(t *testing.T) {
	// Six months exactly is not "over six months".
	p := plan("2025-01-15", "2025-07-15", "2025-01-01")
	require.Equal(t, socialorg.NotApplicable, find(t, planCheck(t, p, "2025-07-15"), charity.RulePlanDisclosure).Outcome)

	p = plan("2025-01-15", "2025-12-31", "2025-01-01")
	p.Disclosures = []socialorg.Date{day("2025-04-15"), day("2025-07-15")}
	r := planCheck(t, p, "2025-10-15")
	f := find(t, r, charity.RulePlanDisclosure)
	require.Equal(t, socialorg.Pass, f.Outcome, "next due 2025-10-15")
	require.Equal(t, "2025-10-15", f.Got)
	f = find(t, planCheck(t, p, "2025-10-16"), charity.RulePlanDisclosure)
	require.Equal(t, socialorg.Fail, f.Outcome, "a day late")
	require.Equal(t, "2025-10-15", f.Got)

	p.Disclosures = []socialorg.Date{day("2025-04-16")} // the first came a day late
	f = find(t, planCheck(t, p, "2025-05-01"), charity.RulePlanDisclosure)
	require.Equal(t, socialorg.Fail, f.Outcome)
	require.Equal(t, "2025-04-15", f.Got)
}

func TestPlanFinalReport(t *testing.T) {
	p := plan("2025-01-15", "2025-03-31", "2025-01-01")
	require.Equal(t, socialorg.NotApplicable, find(t, planCheck(t, p, "2025-06-30"), charity.RulePlanFinalReport).Outcome, "due 2025-06-30")
	require.Equal(t, socialorg.Fail, find(t, planCheck(t, p, "2025-07-01"), charity.RulePlanFinalReport).Outcome)
	p.FinalReport = day("2025-06-30")
	require.Equal(t, socialorg.Pass, find(t, planCheck(t, p, "2025-12-01"), charity.RulePlanFinalReport).Outcome)
	p.FinalReport = day("2025-07-01")
	require.Equal(t, socialorg.Fail, find(t, planCheck(t, p, "2025-12-01"), charity.RulePlanFinalReport).Outcome)
}

func TestPlanErrors(t *testing.T) {
	_, err := charity.CheckPlan(charity.Plan{}, day("2025-01-01"))
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
	_, err = charity.CheckPlan(charity.Plan{ID: "x"}, day("2025-01-01"))
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
	_, err = charity.CheckPlan(plan("2025-03-01", "2025-02-01", ""), day("2025-04-01"))
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
	_, err = charity.CheckPlan(plan("2016-08-31", "2016-12-01", ""), day("2025-04-01"))
	require.ErrorIs(t, err, socialorg.ErrNotInForce)
	_, err = charity.CheckPlan(plan("2025-03-01", "2025-04-01", ""), socialorg.Date{})
	require.ErrorIs(t, err, socialorg.ErrNotInForce, "a zero date is unknown, not a blank Pass")
	p := plan("2025-03-01", "2025-04-01", "")
	p.Disclosures = make([]socialorg.Date, 200_000)
	_, err = charity.CheckPlan(p, day("2025-04-01"))
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
}
