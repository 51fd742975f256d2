package venture_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/socialorgtest"
	"github.com/socialorg/socialorg/venture"
)

// applicant is an eligible applicant to round 11: on neither credit list.
func applicant() venture.Applicant {
	return venture.Applicant{ID: "52440100MJ0000025X", Kind: registry.SocialServiceAgency, Round: 11,
		SiteInGuangzhou: true, BeneficiariesInGuangzhou: true, Capacity: true, WithinScope: true,
		Credit:          registry.CreditListing{Status: registry.CreditClear},
		SoundGovernance: true, UniformAccounting: true, GoodTaxAndInsurance: true}
}

func eligible(t *testing.T, a venture.Applicant, at string, opts ...socialorg.Option) venture.EligibilityResult {
	t.Helper()
	res, err := venture.CheckEligibility(a, day(at), opts...)
	require.NoError(t, err)
	socialorgtest.AssertExplained(t, res.Report, a.ID)
	require.Equal(t, res.Verdict() == socialorg.Met, res.Eligible())
	require.Equal(t, a.Round, res.Round)
	return res
}

func inRound(a venture.Applicant, n int) venture.Applicant {
	a.Round = n
	return a
}

// TestEligibleApplicant: each held notice from the day its applications opened (通知 一、申报时间),
// and not the day before.
func TestEligibleApplicant(t *testing.T) {
	res := eligible(t, applicant(), "2023-12-01")
	require.True(t, res.Eligible())
	require.Len(t, res.Findings, 8, "round 11: the five conditions as eight findings")
	res = eligible(t, inRound(applicant(), 7), "2020-03-10")
	require.True(t, res.Eligible())
	require.Len(t, res.Findings, 11, "round 7 adds governance, accounting, tax and insurance")
	_, err := venture.CheckEligibility(inRound(applicant(), 7), day("2020-03-09"))
	require.ErrorIs(t, err, socialorg.ErrNotInForce)
	_, err = venture.CheckEligibility(applicant(), day("2023-11-30"))
	require.ErrorIs(t, err, socialorg.ErrNotInForce, "round 11's notice opened on 2023-12-01")
}

// TestEachRoundItsOwnConditions (issue 17): a notice's conditions judge its own round, whatever the
// date, and no other. Round 7's notice (2020) lists governance, accounting, tax and insurance;
// round 11's (穗社管发〔2023〕29号 二) does not; the notices of rounds 8–10 are not in the sources.
func TestEachRoundItsOwnConditions(t *testing.T) {
	a := applicant()
	a.UniformAccounting = false
	for _, at := range []string{"2020-04-10", "2021-06-01", "2023-11-30", "2023-12-01", "2025-01-01"} {
		res := eligible(t, inRound(a, 7), at)
		require.False(t, res.Eligible(), "round 7 judged on %s keeps its own list", at)
		f, ok := res.Find(venture.RuleAccounting)
		require.True(t, ok)
		require.Equal(t, socialorg.Fail, f.Outcome)
		require.Contains(t, f.Cite.Document, "第七届")
		require.Equal(t, "二（三）", f.Cite.Article)
	}
	for _, at := range []string{"2023-12-01", "2023-12-20", "2024-06-01"} {
		res := eligible(t, inRound(a, 11), at)
		require.True(t, res.Eligible(), "round 11 does not list the NPO accounting system (%s)", at)
		_, ok := res.Find(venture.RuleAccounting)
		require.False(t, ok)
		for _, f := range res.Findings {
			require.Contains(t, f.Cite.Document, "穗社管发〔2023〕29号", f.Rule)
		}
	}
}

// TestRoundsWithoutANotice (issue 17): rounds 1–6, 8–10 and 12 on are judged by no other round's
// notice: one NotApplicable "unset" finding, citing the measures in force, and a verdict that is
// not clean. The cited measures change on the day round 7's and round 11's applications opened.
// Issue 19: the finding is undecided, so the verdict is socialorg.Undecided while Report.OK
// (nothing failed) is true; the OK override is gone.
func TestRoundsWithoutANotice(t *testing.T) {
	tests := []struct {
		round int
		at    string
		doc   string // a fragment of the cited measures
	}{
		{1, "2014-01-01", "（2013年）"},
		{6, "2019-07-18", "（2013年）"},
		{6, "2020-03-09", "（2013年）"},
		{8, "2020-03-10", "穗社管规字〔2019〕1号"},
		{8, "2021-03-01", "穗社管规字〔2019〕1号"},
		{9, "2022-03-01", "穗社管规字〔2019〕1号"},
		{10, "2023-11-30", "穗社管规字〔2019〕1号"},
		{10, "2023-12-01", "穗社管规字〔2023〕1号"},
		{12, "2024-12-01", "穗社管规字〔2023〕1号"},
		{venture.MaxRound, "2030-01-01", "穗社管规字〔2023〕1号"},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprint(tc.round, " ", tc.at), func(t *testing.T) {
			res := eligible(t, inRound(applicant(), tc.round), tc.at)
			require.False(t, res.Eligible(), "nothing judged: not clean")
			require.Equal(t, socialorg.Undecided, res.Verdict())
			require.True(t, res.OK(), "nothing failed either")
			require.Len(t, res.Undecided(), 1)
			socialorgtest.AssertFindings(t, res.Report,
				socialorgtest.Want{Rule: venture.RuleNotice, Outcome: socialorg.NotApplicable, Got: "round " + fmt.Sprint(tc.round), Want: "unset"})
			require.Len(t, res.Findings, 1)
			f := res.Findings[0]
			require.Contains(t, f.Cite.Document, tc.doc)
			require.NotContains(t, f.Cite.Document, "届", "never a round notice's citation")
			require.Contains(t, f.Message(language.English), "not set (caller-supplied)")
			require.Contains(t, f.Message(language.English), "round "+fmt.Sprint(tc.round))
		})
	}
	_, err := venture.CheckEligibility(inRound(applicant(), 3), day("2013-12-31"))
	require.ErrorIs(t, err, socialorg.ErrNotInForce, "no round before the 2013 measures' first round")
	for _, n := range []int{0, -1, venture.MaxRound + 1} {
		_, err := venture.CheckEligibility(inRound(applicant(), n), day("2024-01-01"))
		require.ErrorContains(t, err, "applicant.round")
	}
	for _, r := range venture.Rules() {
		if r.ID != venture.RuleNotice {
			continue
		}
		for _, g := range r.Regimes {
			require.Contains(t, g.Note, "not carried over")
			require.Contains(t, g.Note, "not confirmed")
		}
	}
}

// TestSuppliedConditions: a caller who holds a round's notice states which held list it has, with
// the notice as source; the findings cite the caller's source.
func TestSuppliedConditions(t *testing.T) {
	round9 := socialorg.Citation{Document: "《关于开展第九届广州市社会组织公益创投活动的通知》", Article: "二"}
	a := inRound(applicant(), 9)
	a.UniformAccounting = false
	res := eligible(t, a, "2022-03-01", socialorg.Supply(venture.ConditionsKey, venture.Conditions{Round: 9, SameAs: 7}, round9))
	require.Len(t, res.Findings, 11)
	require.False(t, res.Eligible())
	for _, f := range res.Findings {
		require.Equal(t, round9.Document, f.Cite.Document)
		require.True(t, f.Cite.Supplied)
	}
	res = eligible(t, a, "2022-03-01", socialorg.Supply(venture.ConditionsKey, venture.Conditions{Round: 9, SameAs: 11}, round9))
	require.Len(t, res.Findings, 8)
	require.True(t, res.Eligible())

	// Conditions of another round leave this one unset.
	res = eligible(t, inRound(a, 10), "2023-03-01", socialorg.Supply(venture.ConditionsKey, venture.Conditions{Round: 9, SameAs: 11}, round9))
	require.False(t, res.Eligible())
	socialorgtest.AssertFindings(t, res.Report, socialorgtest.Want{Rule: venture.RuleNotice, Outcome: socialorg.NotApplicable})

	_, err := venture.CheckEligibility(a, day("2022-03-01"), socialorg.Supply(venture.ConditionsKey, venture.Conditions{Round: 9, SameAs: 8}, round9))
	require.ErrorContains(t, err, "supply.venture.eligibility.conditions")
	_, err = venture.CheckEligibility(a, day("2022-03-01"), socialorg.Supply(venture.ConditionsKey, venture.Conditions{Round: 9, SameAs: 7}, socialorg.Citation{}))
	require.ErrorContains(t, err, "source")
}

func TestFiledCommunityOrganization(t *testing.T) {
	a := applicant()
	a.Kind = registry.CommunityOrg
	res := eligible(t, a, "2024-01-05")
	require.False(t, res.Eligible())
	socialorgtest.AssertFindings(t, res.Report,
		socialorgtest.Want{Rule: venture.RuleRegistered, Outcome: socialorg.Fail, Got: "filed-only"},
		socialorgtest.Want{Rule: venture.RulePartner, Outcome: socialorg.Fail, Got: "no-partner"})
	a.Partner = "51440100MJ0000018M"
	res = eligible(t, a, "2024-01-05")
	require.True(t, res.Eligible())
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
			require.Equal(t, tc.ok, res.Eligible())
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

// TestNewValuesSurviveJSON: Conditions, an unset EligibilityResult and a sheet's Note encode with
// snake_case keys and decode back.
func TestNewValuesSurviveJSON(t *testing.T) {
	c := venture.Conditions{Round: 9, SameAs: 7}
	b, err := json.Marshal(c)
	require.NoError(t, err)
	require.JSONEq(t, `{"round":9,"same_as":7}`, string(b))
	var back venture.Conditions
	require.NoError(t, json.Unmarshal(b, &back))
	require.Equal(t, c, back)
	require.Equal(t, "round 9 as round 7", c.String())

	res := eligible(t, inRound(applicant(), 9), "2022-03-01")
	b, err = json.Marshal(res)
	require.NoError(t, err)
	require.Contains(t, string(b), `"round":9`)
	require.Contains(t, string(b), `"eligible":false`)
	require.Contains(t, string(b), `"verdict":"undecided"`)
	require.Contains(t, string(b), `"undecided":true`)
	var res2 venture.EligibilityResult
	require.NoError(t, json.Unmarshal(b, &res2))
	require.Empty(t, cmp.Diff(res, res2))
}

// TestEligibleIsDerived (issue 19): Eligible is the report's clean verdict, and JSON carries it
// and the verdict beside the findings it is derived from.
func TestEligibleIsDerived(t *testing.T) {
	for _, tc := range []struct {
		a       venture.Applicant
		verdict socialorg.Verdict
	}{
		{applicant(), socialorg.Met},
		{func() venture.Applicant { a := applicant(); a.Capacity = false; return a }(), socialorg.NotMet},
		{func() venture.Applicant { a := applicant(); a.Credit = registry.CreditListing{}; return a }(), socialorg.Undecided},
	} {
		res := eligible(t, tc.a, "2023-12-05")
		require.Equal(t, tc.verdict, res.Verdict())
		b, err := json.Marshal(res)
		require.NoError(t, err)
		require.Contains(t, string(b), `"verdict":"`+tc.verdict.String()+`"`)
		require.Contains(t, string(b), fmt.Sprintf(`"eligible":%v`, tc.verdict == socialorg.Met))
	}
}

// TestCreditListing (issue 19): the applicant's current credit listing (registry.CreditListing)
// is judged with the look-backs from its day: listed on or before the day judged fails; listed
// after it does not; a known status on neither list meets the conditions; an unknown status
// leaves them undecided unless a listing period already fails them.
func TestCreditListing(t *testing.T) {
	const at = "2024-01-05"
	abnormal := func(since string) registry.CreditListing {
		return registry.CreditListing{Status: registry.CreditAbnormal, Since: day(since), Reason: registry.ReasonNoAnnualReport}
	}
	serious := func(since string) registry.CreditListing {
		return registry.CreditListing{Status: registry.CreditSeriousViolation, Since: day(since), Reason: registry.ReasonAbnormalTwoYears}
	}
	tests := []struct {
		name              string
		credit            registry.CreditListing
		past              []socialorg.Period
		abnormal, serious socialorg.Outcome
		undecided         bool
		verdict           socialorg.Verdict
	}{
		{"on neither list", registry.CreditListing{Status: registry.CreditClear}, nil, socialorg.Pass, socialorg.Pass, false, socialorg.Met},
		{"abnormal since the day judged", abnormal(at), nil, socialorg.Fail, socialorg.Pass, false, socialorg.NotMet},
		{"abnormal since the day after", abnormal("2024-01-06"), nil, socialorg.Pass, socialorg.Pass, false, socialorg.Met},
		{"abnormal since long ago", abnormal("2015-03-01"), nil, socialorg.Fail, socialorg.Pass, false, socialorg.NotMet},
		{"serious since the day judged", serious(at), nil, socialorg.Pass, socialorg.Fail, false, socialorg.NotMet},
		{"serious since the day after", serious("2024-01-06"), nil, socialorg.Pass, socialorg.Pass, false, socialorg.Met},
		{"unknown status", registry.CreditListing{}, nil, socialorg.NotApplicable, socialorg.NotApplicable, true, socialorg.Undecided},
		{"unknown status, a past listing in the window", registry.CreditListing{},
			[]socialorg.Period{{From: day("2023-02-01"), To: day("2023-03-01")}}, socialorg.Fail, socialorg.NotApplicable, true, socialorg.NotMet},
		{"unknown status, a past listing before the window", registry.CreditListing{},
			[]socialorg.Period{{From: day("2022-02-01"), To: day("2023-01-05")}}, socialorg.NotApplicable, socialorg.NotApplicable, true, socialorg.Undecided},
		{"cleared, a past listing in the window", registry.CreditListing{Status: registry.CreditClear},
			[]socialorg.Period{{From: day("2022-02-01"), To: day("2023-01-06")}}, socialorg.Fail, socialorg.Pass, false, socialorg.NotMet},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := applicant()
			a.Credit, a.AbnormalListings = tc.credit, tc.past
			res := eligible(t, a, at)
			ab, _ := res.Find(venture.RuleAbnormalList)
			se, _ := res.Find(venture.RuleSeriousViolation)
			require.Equal(t, tc.abnormal, ab.Outcome, "abnormal")
			require.Equal(t, tc.serious, se.Outcome, "serious")
			require.Equal(t, tc.undecided, len(res.Undecided()) > 0)
			require.Equal(t, tc.verdict, res.Verdict())
			if ab.Undecided {
				require.Equal(t, "unknown", ab.Got)
				require.Equal(t, "not-listed", ab.Want)
				require.Contains(t, ab.Message(language.English), "unknown")
			}
		})
	}
	// A listing's problems name their field under the applicant.
	a := applicant()
	a.Credit = registry.CreditListing{Status: registry.CreditAbnormal}
	_, err := venture.CheckEligibility(a, day(at))
	require.ErrorContains(t, err, "applicant.credit.since")
	var ie *socialorg.InputError
	require.ErrorAs(t, err, &ie)
	require.Equal(t, "venture.applicant.credit.since.required", ie.Code)
}

// TestLookBacksAreParameters (issue 19): the look-backs of round 11's notice (穗社管发〔2023〕29号
// 二（五）: 1, 2 and 3 years) and of round 7's are Guangzhou's dated parameters, each in force for
// its notice's application window only (the day before it opens, the day it opens, the day it
// closes, the day after), and nowhere national.
func TestLookBacksAreParameters(t *testing.T) {
	for id, years := range map[string]int{"venture.eligibility.abnormal-list-years": 1,
		"venture.eligibility.serious-violation-years": 2, "venture.eligibility.major-violation-years": 3} {
		p, ok := socialorg.LookupParam[int](venture.Parameters(), id)
		require.True(t, ok, id)
		require.Empty(t, p.Values(), "%s: no national value", id)
		for _, tc := range []struct {
			at, doc, art string
			in           bool
		}{
			{"2020-03-09", "", "", false}, {"2020-03-10", "第七届", "", true}, {"2020-04-10", "第七届", "", true}, {"2020-04-11", "", "", false},
			{"2023-11-30", "", "", false}, {"2023-12-01", "穗社管发〔2023〕29号", "二（五）", true}, {"2023-12-20", "穗社管发〔2023〕29号", "二（五）", true},
			{"2023-12-21", "", "", false},
		} {
			c := socialorg.NewChecker("", day(tc.at))
			r, err := p.Resolve(&c)
			if !tc.in {
				require.ErrorIs(t, err, socialorg.ErrNotInForce, "%s on %s", id, tc.at)
				continue
			}
			require.NoError(t, err, "%s on %s", id, tc.at)
			require.Equal(t, years, r.Value)
			require.Equal(t, "440100", r.Jurisdiction)
			require.Contains(t, r.Cite.Document, tc.doc)
			require.Equal(t, tc.art, r.Cite.Article)
		}
	}
}

// TestSuppliedLookBacks: a caller who holds a notice with other look-backs supplies them with
// the notice as source; the boundary moves with them, and the finding cites the caller.
func TestSuppliedLookBacks(t *testing.T) {
	src := socialorg.Citation{Document: "《关于开展第十一届广州市社会组织公益创投活动的通知》（调用方所据文本）", Article: "二（五）"}
	a := applicant()
	a.AbnormalListings = []socialorg.Period{{From: day("2022-06-01"), To: day("2022-07-05")}}
	res := eligible(t, a, "2024-01-05")
	f, _ := res.Find(venture.RuleAbnormalList)
	require.Equal(t, socialorg.Pass, f.Outcome, "one year: the listing ended before the window")
	for _, tc := range []struct {
		removed string
		outcome socialorg.Outcome
	}{{"2022-01-05", socialorg.Pass}, {"2022-01-06", socialorg.Fail}} {
		a.AbnormalListings = []socialorg.Period{{From: day("2021-06-01"), To: day(tc.removed)}}
		res = eligible(t, a, "2024-01-05", socialorg.Supply(venture.AbnormalListYearsKey, 2, src))
		f, _ = res.Find(venture.RuleAbnormalList)
		require.Equal(t, tc.outcome, f.Outcome, "two years: removed %s", tc.removed)
		require.True(t, f.Cite.Supplied)
		require.Equal(t, src.Document, f.Cite.Document)
	}
	_, err := venture.CheckEligibility(a, day("2024-01-05"), socialorg.Supply(venture.AbnormalListYearsKey, 0, src))
	require.ErrorContains(t, err, "supply.venture.eligibility.abnormal-list-years")
	_, err = venture.CheckEligibility(a, day("2024-01-05"), socialorg.Supply(venture.MajorViolationYearsKey, venture.MaxLookBack+1, src))
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
}

// TestDistrictRounds (issue 19): a round held by a district is judged at the district
// (socialorg.In). Liwan's first round (2024) is held without its notice's conditions: undecided,
// citing the district's source. A district with no rounds of its own does not take Guangzhou's:
// Yuexiu's "round 11" is unset, citing the measures its city's data cite. With the round's
// conditions supplied, Liwan's round is judged, the look-backs being those of the list's notice.
func TestDistrictRounds(t *testing.T) {
	a := inRound(applicant(), 1)
	res := eligible(t, a, "2024-04-15", socialorg.In("440103"))
	require.Equal(t, socialorg.Undecided, res.Verdict())
	socialorgtest.AssertFindings(t, res.Report, socialorgtest.Want{Rule: venture.RuleNotice, Outcome: socialorg.NotApplicable, Got: "round 1", Want: "unset"})
	require.Contains(t, res.Findings[0].Cite.Document, "荔湾")

	res = eligible(t, applicant(), "2024-01-05", socialorg.In("440104"))
	require.Equal(t, socialorg.Undecided, res.Verdict(), "Yuexiu holds no round 11: Guangzhou's is not its own")
	require.Len(t, res.Findings, 1)
	require.Contains(t, res.Findings[0].Cite.Document, "穗社管规字〔2023〕1号")

	notice := socialorg.Citation{Document: "《荔湾区社会组织公益创投活动申报指南》（调用方所据文本）", Article: "二"}
	res = eligible(t, a, "2024-04-15", socialorg.In("440103"), socialorg.Supply(venture.ConditionsKey, venture.Conditions{Round: 1, SameAs: 11}, notice))
	require.Equal(t, socialorg.Met, res.Verdict())
	require.Len(t, res.Findings, 8)

	_, err := venture.CheckEligibility(a, day("2024-04-15"), socialorg.In("440300"))
	require.ErrorIs(t, err, socialorg.ErrNotInForce, "Shenzhen: no programme in the library's data")
	res = eligible(t, a, "2024-04-15", socialorg.In("440300"), socialorg.Supply(venture.ConditionsKey, venture.Conditions{Round: 1, SameAs: 11}, notice))
	require.Equal(t, socialorg.Undecided, res.Verdict(), "judged, but Shenzhen's look-backs are unset")
	require.Len(t, res.Undecided(), 3)
	for _, f := range res.Undecided() {
		require.Equal(t, "unset", f.Want, f.Rule)
	}
	_, err = venture.CheckEligibility(a, day("2024-04-15"), socialorg.In("4403"))
	require.ErrorContains(t, err, "options.in")
}
