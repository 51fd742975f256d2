package charity_test

import (
	"encoding/json"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/charity"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/socialorgtest"
)

func applicant2016() charity.QualificationInput {
	return charity.QualificationInput{
		Subject: "53440100MJ00000345", Kind: registry.Foundation, Registered: day("2020-06-01"), Grade: registry.Grade3A,
		Directors: 9, RelatedDirectors: 3, NonMainlandDirectors: 0, SecretaryGeneralFullTime: true, FullTimeStaff: true,
		Supervisors: 3, ProvincialOrAbove: true, TaxRegistered: true, Credit: registry.CreditListing{Status: registry.CreditClear},
		SupervisorsFunctioning: true, InternalSystems: true, PriorYearSpendingCompliant: true, UniformAccounting: true, AnnualReportsFiled: true,
	}
}

func qualify(t *testing.T, in charity.QualificationInput, at string, opts ...socialorg.Option) charity.QualificationResult {
	t.Helper()
	res, err := charity.CheckQualification(in, day(at), opts...)
	require.NoError(t, err)
	socialorgtest.AssertExplained(t, res.Report, in.Subject)
	require.Equal(t, res.Verdict() == socialorg.Met, res.Eligible(), "Eligible is the verdict of the findings")
	return res
}

func outcomeOf(t *testing.T, r charity.QualificationResult, rule socialorg.RuleID) socialorg.Outcome {
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

// TestQualificationClockFromRecognition: for an organization recognised as a charity after its
// registration, the waiting period runs from the recognition (「认定为慈善组织满…」).
func TestQualificationClockFromRecognition(t *testing.T) {
	in := applicant2016()
	in.Registered, in.Recognized = day("2015-01-01"), day("2023-09-05")
	require.Equal(t, socialorg.Fail, outcomeOf(t, qualify(t, in, "2024-09-04"), charity.RuleQualYears), "2016 regime: 2 years from recognition")
	require.Equal(t, socialorg.Pass, outcomeOf(t, qualify(t, in, "2024-09-05"), charity.RuleQualYears), "2024 regime: 1 year from recognition")
	in.Recognized = day("2023-09-06")
	require.Equal(t, socialorg.Fail, outcomeOf(t, qualify(t, in, "2024-09-05"), charity.RuleQualYears))
	in.Recognized = day("2014-01-01")
	_, err := charity.CheckQualification(in, day("2024-09-05"))
	require.ErrorIs(t, err, socialorg.ErrInvalidInput, "recognised before it was registered")
}

// TestQualificationLegacy: an organization the law let fundraise publicly from its registration
// gets the certificate directly (Art. 22 ¶2), without the waiting period or the conditions.
func TestQualificationLegacy(t *testing.T) {
	in := applicant2016()
	in.Legacy, in.Registered, in.Grade = true, day("2016-08-01"), registry.NoGrade
	for _, at := range []string{"2016-09-01", "2026-11-27"} {
		res := qualify(t, in, at)
		require.True(t, res.Eligible())
		require.Len(t, res.Findings, 1)
		f, _ := res.Find(charity.RuleQualLegacy)
		require.Equal(t, "第二十二条第二款", f.Cite.Article)
	}
}

// TestQualificationLegacyKinds: who may get the certificate directly is what each version of
// Art. 22 ¶2 says. The 2016 law: 「法律、行政法规规定自登记之日起可以公开募捐的基金会和社会团体，由民政部门
// 直接发给公开募捐资格证书」 — foundations and social groups only, so Validate refuses the flag on a social
// service agency. The 2023 amendment (in force 2024-09-05) rewrote the paragraph: 「其他法律、行政法规规
// 定可以公开募捐的非营利性组织，由县级以上人民政府民政部门直接发给公开募捐资格证书」 — any non-profit
// organization, a social service agency too. Sources: 《中华人民共和国慈善法》 2016 and 2023 texts
// (LawRefBook/Laws 社会法/慈善法(2016-03-16).md and (2023-12-29).md), and the MCA's account of the
// amendment (詹成付, pp6d.com …/c1662004999980001803).
func TestQualificationLegacyKinds(t *testing.T) {
	const law2016, law2023 = "《中华人民共和国慈善法》", "《中华人民共和国慈善法》（2023年修正）"
	tests := []struct {
		kind  registry.Kind
		at    string
		ok    bool
		doc   string
		field string
	}{
		{registry.Foundation, "2016-09-01", true, law2016, ""},
		{registry.SocialGroup, "2024-09-04", true, law2016, ""},
		{registry.SocialServiceAgency, "2016-09-01", false, "", "qualification_input.legacy"},
		{registry.SocialServiceAgency, "2024-09-04", false, "", "qualification_input.legacy"}, // the day before the amendment
		{registry.SocialServiceAgency, "2024-09-05", true, law2023, ""},                       // the day it took effect
		{registry.SocialGroup, "2024-09-05", true, law2023, ""},
		{registry.Foundation, "2026-11-27", true, law2023, ""},
	}
	for _, tc := range tests {
		in := applicant2016()
		in.Kind, in.Legacy, in.Registered = tc.kind, true, day("2016-08-01")
		res, err := charity.CheckQualification(in, day(tc.at))
		if !tc.ok {
			require.ErrorIs(t, err, socialorg.ErrInvalidInput, "%s at %s", tc.kind, tc.at)
			var ie *socialorg.InputError
			require.ErrorAs(t, err, &ie)
			require.Equal(t, tc.field, ie.Field)
			require.Contains(t, ie.Rule, "a foundation or a social group")
			require.Equal(t, "charity.qualification_input.legacy.not_allowed", ie.Code, "a whole phrase of the catalogue, under the package's name")
			require.Error(t, in.Validate(day(tc.at)))
			continue
		}
		require.NoError(t, err, "%s at %s", tc.kind, tc.at)
		require.True(t, res.Eligible())
		f, ok := res.Find(charity.RuleQualLegacy)
		require.True(t, ok)
		require.Equal(t, "第二十二条第二款", f.Cite.Article)
		require.Equal(t, tc.doc, f.Cite.Document, "%s at %s", tc.kind, tc.at)
	}
	// The flag is the only way to the certificate without conditions: off, an agency is judged.
	in := applicant2016()
	in.Kind = registry.SocialServiceAgency
	require.NoError(t, in.Validate(day("2024-09-04")))
	// With no date the regime is unknown: the narrower words hold.
	in.Legacy = true
	require.ErrorIs(t, in.Validate(socialorg.Date{}), socialorg.ErrInvalidInput)
}

func TestQualification2016Conditions(t *testing.T) {
	at := "2024-06-01"
	res := qualify(t, applicant2016(), at)
	require.True(t, res.Eligible())
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
	in.Credit = registry.CreditListing{Status: registry.CreditAbnormal, Since: day("2024-01-01")}
	require.Equal(t, socialorg.Fail, outcomeOf(t, qualify(t, in, at), charity.RuleQualAbnormal))

	// Order 59 Art. 5 in full: close relatives, the legal representative, full-time staff, tax.
	for rule, mut := range map[socialorg.RuleID]func(*charity.QualificationInput){
		charity.RuleQualRelatives: func(in *charity.QualificationInput) { in.CloseRelativesOnBoard = true },
		charity.RuleQualLegalRep:  func(in *charity.QualificationInput) { in.LegalRepNonMainland = true },
		charity.RuleQualStaff:     func(in *charity.QualificationInput) { in.FullTimeStaff = false },
		charity.RuleQualTax:       func(in *charity.QualificationInput) { in.TaxRegistered = false },
	} {
		in := applicant2016()
		mut(&in)
		res := qualify(t, in, at)
		require.Equal(t, socialorg.Fail, outcomeOf(t, res, rule), rule)
		require.False(t, res.Eligible())
	}
	// Exactly a third is allowed; a board of zero has no share to exceed.
	in = applicant2016()
	in.Directors, in.RelatedDirectors, in.NonMainlandDirectors = 9, 3, 3
	require.True(t, qualify(t, in, at).Eligible())
	in.Directors, in.RelatedDirectors, in.NonMainlandDirectors = 0, 0, 0
	require.Equal(t, socialorg.Pass, outcomeOf(t, qualify(t, in, at), charity.RuleQualRelated))
}

func TestQualification2024Conditions(t *testing.T) {
	at := "2026-11-27"
	in := applicant2016()
	in.Grade = registry.NoGrade
	res := qualify(t, in, at)
	require.Equal(t, "2024", res.Regime)
	// No grade condition is confirmed after 2024-09-05 and the caller supplied none: the condition
	// is undecided, and so is the verdict (it was a clean Eligible before phase 2).
	require.False(t, res.Eligible(), "an unconfirmed condition left unset is never a clean verdict")
	require.Equal(t, socialorg.Undecided, res.Verdict())
	g, _ := res.Find(charity.RuleQualGrade)
	require.Equal(t, socialorg.NotApplicable, g.Outcome)
	require.True(t, g.Undecided)
	require.Equal(t, "unset", g.Want)
	// The list condition is not confirmed either, but an organization on neither list meets it.
	require.Equal(t, socialorg.Pass, outcomeOf(t, res, charity.RuleQualAbnormal), "on neither list: met whether or not Order 74 keeps it")
	in.Grade = registry.Grade3A
	res = qualify(t, in, at, socialorg.Supply(charity.QualificationMinGrade, registry.Grade3A, socialorg.Citation{Document: "某地公开募捐资格审核指引"}))
	require.True(t, res.Eligible(), "with the grade supplied and met, nothing is left undecided")
	in.Grade = registry.NoGrade
	_, ok := res.Find(charity.RuleQualTax)
	require.False(t, ok, "Order 74 has no tax item")

	local := socialorg.Citation{Document: "某地公开募捐资格审核指引"}
	res = qualify(t, in, at, socialorg.Supply(charity.QualificationMinGrade, registry.Grade3A, local))
	require.False(t, res.Eligible())
	f, _ := res.Report.Find(charity.RuleQualGrade)
	require.Equal(t, local.Document, f.Cite.Document)
	require.True(t, f.Cite.Supplied)
	require.Contains(t, f.Message(language.Chinese), "（调用方提供）")

	// The abnormal-list condition as the caller supplies it.
	in = applicant2016()
	in.Credit = registry.CreditListing{Status: registry.CreditAbnormal, Since: day("2026-01-05")}
	grade := socialorg.Supply(charity.QualificationMinGrade, registry.Grade3A, local)
	res = qualify(t, in, at, grade)
	require.Equal(t, socialorg.Undecided, res.Verdict(), "listed, and the condition unconfirmed: undecided")
	require.True(t, res.Undecided()[0].Rule == charity.RuleQualAbnormal)
	res = qualify(t, in, at, grade, socialorg.Supply(charity.QualificationAbnormalList, true, local))
	require.Equal(t, socialorg.Fail, outcomeOf(t, res, charity.RuleQualAbnormal))
	res = qualify(t, in, at, grade, socialorg.Supply(charity.QualificationAbnormalList, false, local))
	_, found := res.Find(charity.RuleQualAbnormal)
	require.False(t, found, "the caller says the regime has no list condition")
	require.True(t, res.Eligible())

	// Order 74 kept the board and officer conditions: an applicant failing them all is not eligible.
	in = applicant2016()
	in.RelatedDirectors, in.NonMainlandDirectors, in.CloseRelativesOnBoard, in.LegalRepNonMainland = 4, 4, true, true
	in.SecretaryGeneralIsChair, in.FullTimeStaff, in.Supervisors = true, false, 1
	res = qualify(t, in, at)
	require.False(t, res.Eligible())
	for _, rule := range []socialorg.RuleID{charity.RuleQualRelated, charity.RuleQualNonMainland, charity.RuleQualRelatives, charity.RuleQualLegalRep,
		charity.RuleQualSecretary, charity.RuleQualStaff, charity.RuleQualSupervisors} {
		require.Equal(t, socialorg.Fail, outcomeOf(t, res, rule), rule)
	}

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
	for rule, mut := range map[socialorg.RuleID]func(*charity.QualificationInput){
		charity.RuleQualSupervisorsDo: func(in *charity.QualificationInput) { in.SupervisorsFunctioning = false },
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
		"huge board": func(in *charity.QualificationInput) { in.Directors = 1 << 62 },
	} {
		in := applicant2016()
		mut(&in)
		_, err := charity.CheckQualification(in, day("2026-11-27"))
		require.ErrorIs(t, err, socialorg.ErrInvalidInput, name)
	}
	_, err := charity.CheckQualification(applicant2016(), day("2026-11-27"), socialorg.Supply(charity.QualificationMinGrade, registry.NoGrade, socialorg.Citation{Document: "x"}))
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
	_, err = charity.CheckQualification(applicant2016(), day("2026-11-27"), socialorg.Supply(charity.QualificationMinGrade, registry.Grade3A, socialorg.Citation{}))
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
	_, err = charity.CheckQualification(applicant2016(), socialorg.Date{})
	require.ErrorIs(t, err, socialorg.ErrNotInForce)
}

// TestQualificationCreditStatus: the list condition of Order 59 Art. 5(八) (「申请时未被列入活动异常
// 名录」) reads the organization's credit status (registry.CreditListing) at the date judged. Both
// lists bar it (registry.RuleCreditBarsQualification cites the same article); an unknown status
// is undecided, never met (phase 2 §5: before, an unset AbnormalList read as "not listed" and the
// applicant was eligible); a listing since a day after the date judged was not in force then.
func TestQualificationCreditStatus(t *testing.T) {
	at := "2024-06-01"
	for _, tc := range []struct {
		name    string
		credit  registry.CreditListing
		legacy  bool // the deprecated AbnormalList
		want    socialorg.Outcome
		verdict socialorg.Verdict
	}{
		{"unknown", registry.CreditListing{}, false, socialorg.NotApplicable, socialorg.Undecided},
		{"clear", registry.CreditListing{Status: registry.CreditClear}, false, socialorg.Pass, socialorg.Met},
		{"abnormal", registry.CreditListing{Status: registry.CreditAbnormal, Since: day("2024-05-31")}, false, socialorg.Fail, socialorg.NotMet},
		{"abnormal on the day", registry.CreditListing{Status: registry.CreditAbnormal, Since: day(at)}, false, socialorg.Fail, socialorg.NotMet},
		{"abnormal the day after", registry.CreditListing{Status: registry.CreditAbnormal, Since: day("2024-06-02")}, false, socialorg.Pass, socialorg.Met},
		{"serious", registry.CreditListing{Status: registry.CreditSeriousViolation, Since: day("2023-01-01")}, false, socialorg.Fail, socialorg.NotMet},
		{"deprecated flag", registry.CreditListing{}, true, socialorg.Fail, socialorg.NotMet},
	} {
		in := applicant2016()
		in.Credit, in.AbnormalList = tc.credit, tc.legacy
		res := qualify(t, in, at)
		require.Equal(t, tc.want, outcomeOf(t, res, charity.RuleQualAbnormal), tc.name)
		require.Equal(t, tc.verdict, res.Verdict(), tc.name)
		f, _ := res.Find(charity.RuleQualAbnormal)
		require.Equal(t, "第五条第（八）项", f.Cite.Article, tc.name)
		b, err := json.Marshal(res)
		require.NoError(t, err)
		require.Contains(t, string(b), `"verdict":"`+tc.verdict.String()+`","eligible":`+strconv.FormatBool(tc.verdict == socialorg.Met), tc.name)
		var back charity.QualificationResult
		require.NoError(t, json.Unmarshal(b, &back))
		require.Equal(t, res.Eligible(), back.Eligible(), tc.name)
		require.Equal(t, res.Regime, back.Regime, tc.name)
	}
	// A listing without its day, and the flag against a known status, are refused.
	in := applicant2016()
	in.Credit = registry.CreditListing{Status: registry.CreditAbnormal}
	_, err := charity.CheckQualification(in, day(at))
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
	require.ErrorContains(t, err, "qualification_input.credit.since")
	var since *socialorg.InputError
	require.ErrorAs(t, err, &since)
	require.Equal(t, "charity.qualification_input.credit.since.required", since.Code)
	in = applicant2016()
	in.AbnormalList = true
	_, err = charity.CheckQualification(in, day(at))
	var ie *socialorg.InputError
	require.ErrorAs(t, err, &ie)
	require.Equal(t, "charity.qualification_input.abnormal_list.not_allowed", ie.Code)
}
