package venture_test

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/socialorgtest"
	"github.com/socialorg/socialorg/venture"
)

// TestLiwanCap (issue 19): Liwan's first district round (2024) had a cap of 300,000 yuan (广州日报
// 新花城's report of its launch), declared for 440103 from the report's day; the share, which the
// report does not give, is Guangzhou's. The day before, a Liwan round reads Guangzhou's cap; a
// district without a cap of its own (Yuexiu) reads Guangzhou's; a place outside every
// jurisdiction that sets one has none.
func TestLiwanCap(t *testing.T) {
	tests := []struct {
		place, at, cap, doc string
	}{
		{"440103", "2024-04-08", "500000", "穗社管规字〔2019〕1号"},
		{"440103", "2024-04-09", "300000", "荔湾"},
		{"440103", "2026-01-01", "300000", "荔湾"},
		{"440104", "2024-04-09", "500000", "穗社管规字〔2019〕1号"},
		{"440100", "2024-04-09", "500000", "穗社管规字〔2019〕1号"},
	}
	p, ok := socialorg.LookupParam[decimal.Decimal](venture.Parameters(), "venture.grant.max-amount")
	require.True(t, ok)
	for _, tc := range tests {
		r, err := venture.NewRound(d("2520000"), day(tc.at), socialorg.In(tc.place))
		require.NoError(t, err)
		require.True(t, r.MaxGrant.Equal(d(tc.cap)), "%s on %s: %s", tc.place, tc.at, r.MaxGrant)
		require.True(t, r.MaxShare.Equal(d("0.6")), "%s on %s", tc.place, tc.at)
		c := socialorg.NewChecker("", day(tc.at), socialorg.In(tc.place))
		res, err := p.Resolve(&c)
		require.NoError(t, err)
		require.Contains(t, res.Cite.Document, tc.doc)
	}
	_, err := venture.NewRound(d("1"), day("2024-04-09"), socialorg.In("440300"))
	require.ErrorIs(t, err, socialorg.ErrNotInForce, "Shenzhen sets no cap in the library's data")
	require.ErrorIs(t, err, socialorg.ErrNotSupplied)
	r, err := venture.NewRound(d("1"), day("2024-04-09"), socialorg.In("440300"),
		socialorg.Supply(venture.MaxGrantKey, d("200000"), socialorg.Citation{Document: "深圳某区申报指南（调用方）"}),
		socialorg.Supply(venture.MaxShareKey, d("0.5"), socialorg.Citation{Document: "深圳某区申报指南（调用方）"}))
	require.NoError(t, err)
	require.Equal(t, "200000", r.MaxGrant.String())
}

// testPanyu is TEST DATA, not law: a jurisdiction for Panyu District (440113) with a district
// round's cap, one round whose notice has the round-11 list, and its own abnormal-list look-back,
// all invented to show that a district's round is one jurisdiction of data and no check code.
func testPanyu(t *testing.T) socialorg.Jurisdiction {
	t.Helper()
	src := socialorg.Citation{Document: "TEST DATA: 番禺区公益创投测试通知（虚构）", Article: "二"}
	from := day("2025-03-01")
	j, err := socialorg.NewJurisdiction(socialorg.JurisdictionSpec{Code: "440113", Parameters: []socialorg.ParamOverrides{
		socialorg.Override("venture.grant.max-amount", socialorg.Dated[decimal.Decimal]{From: from, Value: d("200000"), Cite: src}),
		socialorg.Override("venture.programme.rounds", socialorg.Dated[venture.Programme]{From: day("2025-01-01"), Cite: src,
			Value: venture.Programme{{Round: 3, Conditions: venture.ListRound11, Opens: from, Closes: day("2025-03-31"), Notice: src,
				Categories: []venture.Category{venture.Elderly, venture.Relief}, CategoriesCite: src}}}),
		socialorg.Override("venture.eligibility.abnormal-list-years", socialorg.Dated[int]{From: from, Until: day("2025-03-31"), Value: 2, Cite: src}),
	}})
	require.NoError(t, err)
	return j
}

// TestDistrictRoundAsData (issue 19): a district's round needs no check-code change. Given a
// jurisdiction of test data for Panyu with WithJurisdictions, NewRound reads its cap (and
// Guangzhou's share), Rounds and RoundCategories its round, and CheckEligibility judges its
// round 3 by its notice: its own two-year abnormal-list look-back, and the serious-violation and
// major-violation look-backs of the list's notice (Guangzhou's round 11), which Panyu does not
// set. Without the jurisdiction, Panyu has no rounds of its own.
func TestDistrictRoundAsData(t *testing.T) {
	panyu := socialorg.WithJurisdictions(testPanyu(t))
	here := socialorg.In("440113")
	r, err := venture.NewRound(d("1000000"), day("2025-03-05"), here, panyu)
	require.NoError(t, err)
	require.Equal(t, "200000", r.MaxGrant.String())
	require.True(t, r.MaxShare.Equal(d("0.6")), "the share is the city's")
	r, err = venture.NewRound(d("1000000"), day("2025-02-28"), here, panyu)
	require.NoError(t, err)
	require.Equal(t, "500000", r.MaxGrant.String(), "the day before, the city's")

	rounds, cite, err := venture.Rounds(day("2025-03-05"), here, panyu)
	require.NoError(t, err)
	require.Equal(t, []int{3}, roundNumbers(rounds))
	require.Contains(t, cite.Document, "TEST DATA")
	cats, _, ok := venture.RoundCategories(3, day("2025-03-05"), here, panyu)
	require.True(t, ok)
	require.Equal(t, []venture.Category{venture.Elderly, venture.Relief}, cats)

	a := applicant()
	a.Round = 3
	res, err := venture.CheckEligibility(a, day("2025-03-10"), here, panyu)
	require.NoError(t, err)
	socialorgtest.AssertExplained(t, res.Report, a.ID)
	require.Equal(t, socialorg.Met, res.Verdict())
	require.Len(t, res.Findings, 8, "the round-11 list")
	for _, f := range res.Findings {
		if f.Rule == venture.RuleSeriousViolation || f.Rule == venture.RuleMajorViolation {
			continue
		}
		require.Contains(t, f.Cite.Document, "TEST DATA", f.Rule)
	}
	// Panyu's own look-back: two years.
	for _, tc := range []struct {
		removed string
		outcome socialorg.Outcome
	}{{"2023-03-10", socialorg.Pass}, {"2023-03-11", socialorg.Fail}} {
		a.AbnormalListings = []socialorg.Period{{From: day("2022-01-01"), To: day(tc.removed)}}
		res, err = venture.CheckEligibility(a, day("2025-03-10"), here, panyu)
		require.NoError(t, err)
		f, _ := res.Find(venture.RuleAbnormalList)
		require.Equal(t, tc.outcome, f.Outcome, tc.removed)
	}
	// The serious-violation look-back is the list's notice's: two years, cited to round 11.
	a.AbnormalListings = nil
	a.SeriousViolationListings = []socialorg.Period{{From: day("2022-01-01"), To: day("2023-03-11")}}
	res, err = venture.CheckEligibility(a, day("2025-03-10"), here, panyu)
	require.NoError(t, err)
	f, _ := res.Find(venture.RuleSeriousViolation)
	require.Equal(t, socialorg.Fail, f.Outcome)
	require.Contains(t, f.Cite.Document, "TEST DATA", "the finding cites the round's notice")

	// Before the notice opened: not in force; before Panyu's data, Panyu holds no rounds.
	_, err = venture.CheckEligibility(a, day("2025-02-28"), here, panyu)
	require.ErrorIs(t, err, socialorg.ErrNotInForce)
	res, err = venture.CheckEligibility(a, day("2024-12-31"), here, panyu)
	require.NoError(t, err)
	require.Equal(t, socialorg.Undecided, res.Verdict())
	// Without the jurisdiction, Panyu holds no rounds: unset.
	res, err = venture.CheckEligibility(a, day("2025-03-10"), here)
	require.NoError(t, err)
	require.Equal(t, socialorg.Undecided, res.Verdict())
}

// TestNewCityAsData: a city the library does not declare (Dongguan, 441900) is added as data in
// JSON, with its cap and share, and judged there.
func TestNewCityAsData(t *testing.T) {
	j, err := socialorg.ParseJurisdiction([]byte(`{
		"code": "441900", "name": {"zh_hans": "东莞市", "zh_hant": "東莞市", "en": "Dongguan (TEST DATA)"},
		"parameters": [
			{"id": "venture.grant.max-amount", "values": [{"from": "2024-01-01", "value": "150000", "cite": {"document": "TEST DATA: 东莞测试"}}]},
			{"id": "venture.grant.max-share", "values": [{"from": "2024-01-01", "value": "0.5", "cite": {"document": "TEST DATA: 东莞测试"}}]}
		]}`))
	require.NoError(t, err)
	r, err := venture.NewRound(d("1000000"), day("2024-06-01"), socialorg.In("441900"), socialorg.WithJurisdictions(j))
	require.NoError(t, err)
	require.Equal(t, "150000", r.MaxGrant.String())
	require.Equal(t, "0.5", r.MaxShare.String())
	require.Equal(t, "100000.00", r.Grant(venture.Application{ID: "x", Budget: d("200000")}).StringFixed(2))
	_, err = venture.NewRound(d("1000000"), day("2024-06-01"), socialorg.In("441900"))
	require.ErrorIs(t, err, socialorg.ErrNotInForce, "without the data, Dongguan has no cap")

	// A bad programme is refused when the jurisdiction is built, naming the field.
	_, err = socialorg.NewJurisdiction(socialorg.JurisdictionSpec{Code: "441900", Name: socialorg.Text{Hans: "东莞市", Hant: "東莞市", En: "Dongguan"},
		Parameters: []socialorg.ParamOverrides{socialorg.Override("venture.programme.rounds", socialorg.Dated[venture.Programme]{
			From: day("2024-01-01"), Cite: socialorg.Citation{Document: "t"}, Value: venture.Programme{{Round: 1, Conditions: 9}, {Round: 1}}})}})
	require.ErrorContains(t, err, "conditions")
	require.ErrorContains(t, err, "round")
}

// TestProgrammeValidate: every problem of a programme names its field.
func TestProgrammeValidate(t *testing.T) {
	bad := venture.Programme{
		{Round: 0},
		{Round: 2, Conditions: venture.ListRound7},
		{Round: 2, Conditions: 8, Opens: day("2024-02-01"), Closes: day("2024-01-01")},
		{Round: 3, Categories: []venture.Category{venture.Elderly, venture.Elderly, 99}},
	}
	err := bad.Validate()
	for _, f := range []string{"programme[0].round", "programme[1].opens", "programme[1].notice", "programme[2].round",
		"programme[2].conditions", "programme[2].closes", "programme[3].categories[1]", "programme[3].categories[2]", "programme[3].categories_cite"} {
		require.ErrorContains(t, err, f)
	}
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
	require.NoError(t, venture.Programme{}.Validate())
	require.Equal(t, "rounds 5, 7 (conditions as round 7)", venture.Programme{{Round: 5}, {Round: 7, Conditions: 7}}.String())
	require.Nil(t, venture.Programme(nil).Clone())
	require.ErrorContains(t, make(venture.Programme, venture.MaxProgrammeRounds+1).Validate(), "at most 1000 rounds")
	_ = registry.CreditClear
}
