package venture_test

import (
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/socialorgtest"
	"github.com/socialorg/socialorg/venture"
)

func applicant() venture.Applicant {
	return venture.Applicant{ID: "52440100MJ0000025X", Kind: registry.SocialServiceAgency,
		SiteInGuangzhou: true, BeneficiariesInGuangzhou: true, Capacity: true, WithinScope: true,
		SoundGovernance: true, UniformAccounting: true, GoodTaxAndInsurance: true}
}

func eligible(t *testing.T, a venture.Applicant, at string) venture.EligibilityResult {
	t.Helper()
	res, err := venture.CheckEligibility(a, day(at))
	require.NoError(t, err)
	socialorgtest.AssertExplained(t, res.Report, a.ID)
	require.Equal(t, res.OK(), res.Eligible)
	return res
}

func TestEligibleApplicant(t *testing.T) {
	res := eligible(t, applicant(), "2023-12-10")
	require.True(t, res.Eligible)
	require.Len(t, res.Findings, 8, "round 11: the five conditions as eight findings")
	res = eligible(t, applicant(), "2020-03-10")
	require.Len(t, res.Findings, 11, "round 7 adds governance, accounting, tax and insurance")
	_, err := venture.CheckEligibility(applicant(), day("2020-03-09"))
	require.ErrorIs(t, err, socialorg.ErrNotInForce)
}

func TestRoundSevenConditionsEndWithRoundEleven(t *testing.T) {
	a := applicant()
	a.UniformAccounting = false
	require.False(t, eligible(t, a, "2023-11-30").Eligible)
	require.True(t, eligible(t, a, "2023-12-01").Eligible, "round 11 does not list it")
}

func TestFiledCommunityOrganization(t *testing.T) {
	a := applicant()
	a.Kind = registry.CommunityOrg
	res := eligible(t, a, "2024-01-05")
	require.False(t, res.Eligible)
	socialorgtest.AssertFindings(t, res.Report,
		socialorgtest.Want{Rule: venture.RuleRegistered, Outcome: socialorg.Fail, Got: "filed-only"},
		socialorgtest.Want{Rule: venture.RulePartner, Outcome: socialorg.Fail, Got: "no-partner"})
	a.Partner = "51440100MJ0000018M"
	res = eligible(t, a, "2024-01-05")
	require.True(t, res.Eligible)
	socialorgtest.AssertFindings(t, res.Report,
		socialorgtest.Want{Rule: venture.RuleRegistered, Outcome: socialorg.NotApplicable},
		socialorgtest.Want{Rule: venture.RulePartner, Outcome: socialorg.Pass, Got: "51440100MJ0000018M"})
	f, _ := res.Find(venture.RuleRegistered)
	require.Contains(t, f.Message(language.English), "filed only")
}

// TestListingWindows: the day before, on and after each window's edge.
func TestListingWindows(t *testing.T) {
	at := "2024-01-05"
	tests := []struct {
		name string
		mod  func(*venture.Applicant)
		rule socialorg.RuleID
		ok   bool
	}{
		{"abnormal, removed on the window's first day", func(a *venture.Applicant) {
			a.AbnormalListings = []socialorg.Period{{From: day("2022-06-01"), To: day("2023-01-06")}}
		}, venture.RuleAbnormalList, false},
		{"abnormal, removed the day before the window", func(a *venture.Applicant) {
			a.AbnormalListings = []socialorg.Period{{From: day("2022-06-01"), To: day("2023-01-05")}}
		}, venture.RuleAbnormalList, true},
		{"abnormal, still listed since long ago", func(a *venture.Applicant) {
			a.AbnormalListings = []socialorg.Period{{From: day("2019-06-01")}}
		}, venture.RuleAbnormalList, false},
		{"abnormal, listed after the application", func(a *venture.Applicant) {
			a.AbnormalListings = []socialorg.Period{{From: day("2024-01-06")}}
		}, venture.RuleAbnormalList, true},
		{"serious, two years less a day", func(a *venture.Applicant) {
			a.SeriousViolationListings = []socialorg.Period{{From: day("2022-01-06"), To: day("2022-01-06")}}
		}, venture.RuleSeriousViolation, false},
		{"serious, two years", func(a *venture.Applicant) {
			a.SeriousViolationListings = []socialorg.Period{{From: day("2022-01-05"), To: day("2022-01-05")}}
		}, venture.RuleSeriousViolation, true},
		{"major violation inside three years", func(a *venture.Applicant) {
			a.MajorViolations = []socialorg.Date{day("2021-01-06")}
		}, venture.RuleMajorViolation, false},
		{"major violation three years before", func(a *venture.Applicant) {
			a.MajorViolations = []socialorg.Date{day("2021-01-05")}
		}, venture.RuleMajorViolation, true},
		{"site outside Guangzhou", func(a *venture.Applicant) { a.SiteInGuangzhou = false }, venture.RuleLocation, false},
		{"beneficiaries outside Guangzhou", func(a *venture.Applicant) { a.BeneficiariesInGuangzhou = false }, venture.RuleLocation, false},
		{"no capacity", func(a *venture.Applicant) { a.Capacity = false }, venture.RuleCapacity, false},
		{"outside the charter", func(a *venture.Applicant) { a.WithinScope = false }, venture.RuleScope, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := applicant()
			tc.mod(&a)
			res := eligible(t, a, at)
			f, ok := res.Find(tc.rule)
			require.True(t, ok)
			require.Equal(t, socialorg.OutcomeOf(tc.ok), f.Outcome)
			require.Equal(t, tc.ok, res.Eligible)
		})
	}
}

func TestEligibilityErrors(t *testing.T) {
	a := applicant()
	a.ID = ""
	a.Kind = 0
	a.AbnormalListings = []socialorg.Period{{From: day("2023-01-01"), To: day("2022-01-01")}, {}}
	_, err := venture.CheckEligibility(a, day("2024-01-01"))
	for _, f := range []string{"applicant.id", "applicant.kind", "applicant.abnormal_listings[0].to", "applicant.abnormal_listings[1].from"} {
		require.ErrorContains(t, err, f)
	}
}
