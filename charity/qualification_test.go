package charity_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/charity"
	"github.com/socialorg/socialorg/internal/msgcat"
	"github.com/socialorg/socialorg/registry"
)

func applicant2016() charity.QualificationInput {
	return charity.QualificationInput{
		Subject: "53440100MJ00000345", Kind: registry.Foundation, Registered: day("2020-06-01"), Grade: registry.Grade3A,
		Directors: 9, RelatedDirectors: 3, NonMainlandDirectors: 0, SecretaryGeneralFullTime: true,
		Supervisors: 3, ProvincialOrAbove: true,
		SupervisorsFunctioning: true, InternalSystems: true, PriorYearSpendingCompliant: true, UniformAccounting: true, AnnualReportsFiled: true,
	}
}

func qualify(t *testing.T, in charity.QualificationInput, at string, opts ...charity.QualificationOption) charity.QualificationResult {
	t.Helper()
	res, err := charity.CheckQualification(in, day(at), opts...)
	require.NoError(t, err)
	for _, f := range res.Report.Findings {
		require.NotEmpty(t, f.Cite.Document, f.Rule)
		require.True(t, msgcat.Has(f.Rule), f.Rule)
	}
	require.Equal(t, res.Report.OK(), res.Eligible)
	return res
}

func outcomeOf(t *testing.T, r charity.QualificationResult, rule string) socialorg.Outcome {
	t.Helper()
	f, ok := r.Report.Find(rule)
	require.True(t, ok, rule)
	return f.Outcome
}

func TestQualificationYearsAcrossTheAmendment(t *testing.T) {
	in := applicant2016()
	tests := []struct {
		registered, at string
		ok             bool
		regime         string
	}{
		{"2022-09-05", "2024-09-04", false, "2016"}, // 2 years needed, 1 year 364 days
		{"2022-09-04", "2024-09-04", true, "2016"},  // exactly 2 years
		{"2023-09-05", "2024-09-05", true, "2024"},  // exactly 1 year under the amendment
		{"2023-09-06", "2024-09-05", false, "2024"}, // a day short
		{"2024-02-29", "2025-02-28", true, "2024"},  // leap-day anniversary falls on 28 February
		{"2024-02-29", "2025-02-27", false, "2024"},
	}
	for _, tc := range tests {
		in.Registered = day(tc.registered)
		res := qualify(t, in, tc.at)
		require.Equal(t, tc.regime, res.Regime)
		want := socialorg.Fail
		if tc.ok {
			want = socialorg.Pass
		}
		require.Equal(t, want, outcomeOf(t, res, charity.RuleQualYears), "%s at %s", tc.registered, tc.at)
	}
	in.Registered = day("2010-01-01")
	_, err := charity.CheckQualification(in, day("2016-08-31"))
	require.ErrorIs(t, err, socialorg.ErrNotInForce)
}

func TestQualification2016Conditions(t *testing.T) {
	at := "2024-06-01"
	res := qualify(t, applicant2016(), at)
	require.True(t, res.Eligible)
	require.Equal(t, "2016", res.Regime)

	in := applicant2016()
	in.Grade = registry.Grade2A
	require.Equal(t, socialorg.Fail, outcomeOf(t, qualify(t, in, at), charity.RuleQualGrade))

	for _, tc := range []struct {
		penalty string
		want    socialorg.Outcome
	}{
		{"2022-05-31", socialorg.Pass}, // more than 2 years before
		{"2022-06-01", socialorg.Fail}, // exactly 2 years before: within
		{"2024-01-01", socialorg.Fail},
	} {
		in = applicant2016()
		in.LastPenalty = day(tc.penalty)
		require.Equal(t, tc.want, outcomeOf(t, qualify(t, in, at), charity.RuleQualPenalty), tc.penalty)
	}

	in = applicant2016()
	in.RelatedDirectors = 4 // 4/9 > 1/3
	require.Equal(t, socialorg.Fail, outcomeOf(t, qualify(t, in, at), charity.RuleQualRelated))
	in.RelatedDirectors, in.NonMainlandDirectors = 3, 4
	require.Equal(t, socialorg.Fail, outcomeOf(t, qualify(t, in, at), charity.RuleQualNonMainland))

	in = applicant2016()
	in.SecretaryGeneralIsChair = true
	require.Equal(t, socialorg.Fail, outcomeOf(t, qualify(t, in, at), charity.RuleQualSecretary))

	in = applicant2016()
	in.Supervisors = 2
	require.Equal(t, socialorg.Fail, outcomeOf(t, qualify(t, in, at), charity.RuleQualSupervisors))
	in.ProvincialOrAbove = false
	require.Equal(t, socialorg.NotApplicable, outcomeOf(t, qualify(t, in, at), charity.RuleQualSupervisors))

	in = applicant2016()
	in.AbnormalList = true
	require.Equal(t, socialorg.Fail, outcomeOf(t, qualify(t, in, at), charity.RuleQualAbnormal))
}

func TestQualification2024Conditions(t *testing.T) {
	at := "2026-11-27"
	in := applicant2016()
	in.Grade = registry.NoGrade
	res := qualify(t, in, at)
	require.Equal(t, "2024", res.Regime)
	require.True(t, res.Eligible, "no grade condition is confirmed after 2024-09-05")
	require.Equal(t, socialorg.NotApplicable, outcomeOf(t, res, charity.RuleQualGrade))
	_, ok := res.Report.Find(charity.RuleQualRelated)
	require.False(t, ok, "Order 59's board rules are not applied to the 2024 regime")

	local := socialorg.Citation{Document: "某地公开募捐资格审核指引"}
	res = qualify(t, in, at, charity.WithGradeRequirement(registry.Grade3A, local))
	require.False(t, res.Eligible)
	f, _ := res.Report.Find(charity.RuleQualGrade)
	require.Equal(t, local, f.Cite)

	for _, tc := range []struct {
		penalty string
		want    socialorg.Outcome
	}{
		{"2025-11-26", socialorg.Pass}, // more than a year back
		{"2025-11-27", socialorg.Fail}, // exactly a year back
	} {
		in := applicant2016()
		in.LastPenalty = day(tc.penalty)
		require.Equal(t, tc.want, outcomeOf(t, qualify(t, in, at), charity.RuleQualPenalty), tc.penalty)
	}
	for rule, mut := range map[string]func(*charity.QualificationInput){
		charity.RuleQualSupervisors:   func(in *charity.QualificationInput) { in.SupervisorsFunctioning = false },
		charity.RuleQualSystems:       func(in *charity.QualificationInput) { in.InternalSystems = false },
		charity.RuleQualPriorSpending: func(in *charity.QualificationInput) { in.PriorYearSpendingCompliant = false },
		charity.RuleQualAccounting:    func(in *charity.QualificationInput) { in.UniformAccounting = false },
		charity.RuleQualReports:       func(in *charity.QualificationInput) { in.AnnualReportsFiled = false },
	} {
		in := applicant2016()
		mut(&in)
		require.Equal(t, socialorg.Fail, outcomeOf(t, qualify(t, in, at), rule), rule)
	}
}

func TestQualificationErrors(t *testing.T) {
	for name, mut := range map[string]func(*charity.QualificationInput){
		"kind":       func(in *charity.QualificationInput) { in.Kind = registry.CommunityOrg },
		"registered": func(in *charity.QualificationInput) { in.Registered = socialorg.Date{} },
		"future":     func(in *charity.QualificationInput) { in.Registered = day("2030-01-01") },
		"negative":   func(in *charity.QualificationInput) { in.Directors = -1 },
		"related":    func(in *charity.QualificationInput) { in.RelatedDirectors = 10 },
		"grade":      func(in *charity.QualificationInput) { in.Grade = 9 },
	} {
		in := applicant2016()
		mut(&in)
		_, err := charity.CheckQualification(in, day("2026-11-27"))
		require.ErrorIs(t, err, socialorg.ErrInvalidInput, name)
	}
	_, err := charity.CheckQualification(applicant2016(), day("2026-11-27"), charity.WithGradeRequirement(registry.NoGrade, socialorg.Citation{Document: "x"}))
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
	_, err = charity.CheckQualification(applicant2016(), day("2026-11-27"), charity.WithGradeRequirement(registry.Grade3A, socialorg.Citation{}))
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
}
