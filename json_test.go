package socialorg_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/charity"
	"github.com/socialorg/socialorg/partybuilding"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/socialorgtest"
	"github.com/socialorg/socialorg/standards"
	"github.com/socialorg/socialorg/venture"
	"github.com/socialorg/socialorg/venture/linkage"
)

// roundTrip encodes v, checks that every key is snake_case, decodes it into a new T and compares
// the two with go-cmp and no options: a library value that go-cmp cannot compare (an unexported
// field without an Equal method) fails here as a panic.
func roundTrip[T any](t *testing.T, name string, v T) {
	t.Helper()
	raw, err := json.Marshal(v)
	require.NoError(t, err, name)
	checkKeys(t, name, raw)
	var back T
	require.NoError(t, json.Unmarshal(raw, &back), "%s: %s", name, short(raw))
	if diff := cmp.Diff(v, back); diff != "" {
		t.Errorf("%s does not survive JSON (-before +after):\n%s", name, diff)
	}
}

// dataMaps are the fields whose JSON objects are keyed by data (a word, an indicator ID), not
// by field names.
var dataMaps = map[string]bool{"words": true, "by_indicator": true, "by_category": true}

// checkKeys walks a JSON document and fails on a key that is not snake_case.
func checkKeys(t *testing.T, name string, raw []byte) {
	t.Helper()
	var doc any
	require.NoError(t, json.Unmarshal(raw, &doc))
	var walk func(any, string, bool)
	walk = func(v any, at string, data bool) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				if !data && !snake(k) {
					t.Errorf("%s: key %q at %s is not snake_case", name, k, at)
				}
				walk(x, at+"."+k, !data && dataMaps[k])
			}
		case []any:
			for _, x := range v {
				walk(x, at+"[]", false)
			}
		}
	}
	walk(doc, "$", false)
}

func snake(k string) bool {
	for _, r := range k {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_') {
			return false
		}
	}
	return k != ""
}

func short(b []byte) string {
	if len(b) > 200 {
		return string(b[:200]) + "…"
	}
	return string(b)
}

var asOf = socialorg.MustDate("2025-06-30")

// TestResultsSurviveJSON round-trips every exported result and input type of the library, built
// from real checks over the synthetic city, and compares each with go-cmp without options.
func TestResultsSurviveJSON(t *testing.T) {
	city := socialorgtest.Guangzhou(1)
	cite := socialorg.Citation{Document: "caller's plan"}

	// root
	roundTrip(t, "Date", asOf)
	roundTrip(t, "Period", socialorg.Year(2025))
	roundTrip(t, "Ratio", socialorg.NewRatio(7, 10))
	roundTrip(t, "Change", socialorg.Change{From: 3, To: 5})
	roundTrip(t, "Citation", cite)
	roundTrip(t, "NotInForceError", socialorg.NotInForceError{Param: "x.y", Date: asOf, First: asOf.AddDays(1)})
	roundTrip(t, "InputError", socialorg.InputError{Field: "a.b", Value: "1", Rule: "≥ 2"})
	roundTrip(t, "Report{}", socialorg.Report{})
	for pkg, p := range packages {
		roundTrip(t, pkg+" rules", p.rules())
		roundTrip(t, pkg+" parameters", socialorg.ListParameters(p.parameters()))
		roundTrip(t, pkg+" revisions", socialorg.Revisions(socialorg.MustDate("2011-01-01"), asOf, p.parameters(), p.rules()))
	}

	// registry
	org := socialorgtest.SocialGroup()
	roundTrip(t, "Organization", org)
	reg, err := registry.CheckRegistration(org, asOf)
	require.NoError(t, err)
	roundTrip(t, "RegistrationResult", reg)
	cov, err := registry.AssessCoverage(city.Model, asOf,
		socialorg.Supply(registry.UrbanCommunityTarget, 10, cite), socialorg.Supply(registry.FederationTarget, 1, cite))
	require.NoError(t, err)
	roundTrip(t, "CoverageResult", cov)
	roundTrip(t, "City", city.Model)
	roundTrip(t, "Divisions", registry.Divisions())
	_, err = registry.ParseCreditCode("53440100MJ00000346")
	var ce *registry.CreditCodeError
	require.True(t, errors.As(err, &ce))
	raw, err := json.Marshal(ce)
	require.NoError(t, err)
	require.JSONEq(t, `{"input":"53440100MJ00000346","pos":18,"char":"6","want":"5","reason":"check"}`, string(raw))
	var ceBack registry.CreditCodeError
	require.NoError(t, json.Unmarshal(raw, &ceBack))
	require.Equal(t, *ce, ceBack, "the reason decodes to its sentinel")

	// partybuilding
	units := city.Party[:200]
	roundTrip(t, "Units", units)
	as, err := partybuilding.Assess(units, asOf)
	require.NoError(t, err)
	roundTrip(t, "Assessments", as)
	tally := partybuilding.Tally(units)
	roundTrip(t, "Coverage", tally)
	roundTrip(t, "Rates", tally.Rates())
	roundTrip(t, "Growth", partybuilding.GrowthBetween(partybuilding.Tally(units[:100]), tally))
	req, err := partybuilding.RequireAt(120, 3, asOf)
	require.NoError(t, err)
	roundTrip(t, "Requirement", req)

	// charity
	cs := socialorgtest.Charities(city, 2025, 1)
	c := cs[0]
	in, err := charity.FiguresFromLedger(c.Ledger, 2025, c.Org.Kind, c.PublicFundraising, c.Org.Code.String())
	require.NoError(t, err)
	roundTrip(t, "SpendingInput", in)
	sp, err := charity.CheckAnnualSpending(in, socialorg.MustDate("2025-12-31"))
	require.NoError(t, err)
	roundTrip(t, "SpendingResult", sp)
	roundTrip(t, "Totals", c.Ledger.Totals(socialorg.Year(2025)))
	roundTrip(t, "Statement", c.Ledger.Statement(socialorg.Year(2025)))
	roundTrip(t, "Donors", c.Ledger.Donors(socialorg.Year(2025)))
	roundTrip(t, "Pledges", c.Ledger.Pledges(asOf))
	roundTrip(t, "Journal", c.Ledger.Journal())
	q, err := charity.CheckQualification(charity.QualificationInput{
		Subject: "53440100MJ00000345", Kind: registry.Foundation, Registered: socialorg.MustDate("2020-06-01"),
		Grade: registry.Grade3A, Directors: 9, Supervisors: 3, TaxRegistered: true,
	}, asOf)
	require.NoError(t, err)
	roundTrip(t, "QualificationResult", q)
	pl := charity.Plan{ID: "P-1", Purpose: "助餐", Start: asOf, End: asOf.AddDays(30), Filed: asOf.AddDays(-12)}
	pr, err := charity.CheckPlan(pl, asOf)
	require.NoError(t, err)
	roundTrip(t, "Plan", pl)
	roundTrip(t, "PlanResult", pr)

	// venture
	v := socialorgtest.VentureRound(city, 1)
	roundTrip(t, "Round", v.Round)
	roundTrip(t, "Applications", v.Applications[:50])
	roundTrip(t, "Applicants", v.Applicants[:50])
	el, err := venture.CheckEligibility(v.Applicants[0], v.AsOf)
	require.NoError(t, err)
	roundTrip(t, "EligibilityResult", el)
	sheet, err := venture.ScoreReviews(v.Criteria, v.Reviews)
	require.NoError(t, err)
	roundTrip(t, "ScoreSheet", sheet)
	scored, err := sheet.Apply(v.Applications)
	require.NoError(t, err)
	al, err := venture.Allocate(v.Round, scored)
	require.NoError(t, err)
	roundTrip(t, "Allocation", al)
	rt, err := venture.TallyRound(v.Round, scored, al)
	require.NoError(t, err)
	roundTrip(t, "RoundTally", rt)
	roundTrip(t, "History", venture.History())
	roundTrip(t, "Checkpoints", venture.Checkpoints())
	tr, err := venture.CheckTranches(venture.Project{ID: "P", Grant: al.Awards[0].Amount,
		Evaluations: []venture.Evaluation{{After: 1, Date: asOf, Passed: false}}}, asOf,
		socialorg.Supply(venture.TrancheSharesKey, venture.Shares{decimal.RequireFromString("0.6"), decimal.RequireFromString("0.4")}, cite))
	require.NoError(t, err)
	roundTrip(t, "TrancheResult", tr)

	// venture/linkage
	m := socialorgtest.LinkageMarketOf(city, 200, 1500, 1)
	roundTrip(t, "Needs", m.Needs)
	roundTrip(t, "Resources", m.Resources)
	plan, err := linkage.Match(m.Needs, m.Resources)
	require.NoError(t, err)
	roundTrip(t, "Plan", plan)
	sum, err := linkage.Summarize(m.Needs, m.Resources, plan)
	require.NoError(t, err)
	roundTrip(t, "Summary", sum)
	ex, err := linkage.Explain(m.Needs, m.Resources, plan, m.Needs[0].ID)
	require.NoError(t, err)
	roundTrip(t, "Explanation", ex)
	roundTrip(t, "Fund", linkage.Fund{ID: "f", Balance: decimal.RequireFromString("30000.00"), Communities: []string{"A"}})

	// standards
	records := socialorgtest.Assessments(city, 1)
	for _, s := range standards.Schemes() {
		roundTrip(t, "GradeScheme "+s.ID, s)
	}
	var graded socialorgtest.Assessment
	for _, a := range records {
		if a.Award.Grade >= registry.Grade4A {
			graded = a
			break
		}
	}
	roundTrip(t, "Award", graded.Award)
	roundTrip(t, "BrandCandidate", graded.Brand)
	br, err := standards.CheckBrand(graded.Brand, asOf)
	require.NoError(t, err)
	roundTrip(t, "BrandResult", br)
	gr, err := standards.FoshanNanhai().Check(graded.Score, graded.Profile, asOf)
	require.NoError(t, err)
	roundTrip(t, "GradeResult", gr)
	en, err := standards.CheckEntry(standards.Candidate{ID: "o", Registered: graded.Org.Registered, Last: graded.Award,
		LastInspection: standards.Passed}, asOf)
	require.NoError(t, err)
	roundTrip(t, "EntryResult", en)
	ix := standards.Index{ID: "t", Name: "t", Cite: cite, Indicators: []standards.Indicator{
		{ID: "a", Name: "a", Points: decimal.NewFromInt(10), Children: []standards.Indicator{{ID: "a1", Name: "a1", Points: decimal.NewFromInt(10), Veto: true}}}},
		Bonus: []standards.Indicator{{ID: "b", Name: "b", Points: decimal.NewFromInt(5)}}}
	roundTrip(t, "Index", ix)
	sr, err := ix.Score(map[string]decimal.Decimal{"a1": decimal.NewFromInt(7), "b": decimal.NewFromInt(5)}, []string{"a1"})
	require.NoError(t, err)
	roundTrip(t, "Result", sr)
	var cl standards.Checklist
	for s := standards.GradedResponse; s <= standards.Supervision; s++ {
		cl.Items = append(cl.Items, standards.Item{ID: s.String(), Section: s, Text: "x"})
	}
	rr, err := standards.CheckReadiness("o", cl, []string{"donations"}, asOf)
	require.NoError(t, err)
	roundTrip(t, "Checklist", cl)
	roundTrip(t, "ReadinessResult", rr)
	roundTrip(t, "ReadinessTally", standards.TallyReadiness([]standards.ReadinessResult{rr}))
}

// TestLedgerSurvivesJSON: a ledger encodes as its journal and decodes into a ledger with the same
// totals and journal.
func TestLedgerSurvivesJSON(t *testing.T) {
	l := socialorgtest.Charities(socialorgtest.Guangzhou(1), 2025, 1)[3].Ledger
	raw, err := json.Marshal(l)
	require.NoError(t, err)
	var back charity.Ledger
	require.NoError(t, json.Unmarshal(raw, &back))
	require.Equal(t, l.Len(), back.Len())
	require.Empty(t, cmp.Diff(l.Journal(), back.Journal()))
	require.Empty(t, cmp.Diff(l.Statement(socialorg.Year(2025)), back.Statement(socialorg.Year(2025))))
	require.Error(t, json.Unmarshal([]byte(`{"journal":[{"type":"donation"}]}`), &back), "a refused entry fails the decode")
}

// TestCmpOnLibraryValues: go-cmp compares the library's value types without options (it panics
// on an unexported field unless the type has an Equal method).
func TestCmpOnLibraryValues(t *testing.T) {
	code := registry.MustCreditCode("53440100MJ00000345")
	values := []any{
		asOf, socialorg.Year(2025), socialorg.NewRatio(1, 3), code,
		registry.UrbanCommunityTarget, partybuilding.Branch, registry.Grade5A,
		decimal.RequireFromString("1.50"),
	}
	for _, v := range values {
		require.True(t, cmp.Equal(v, v), "%T", v)
	}
	require.False(t, cmp.Equal(asOf, asOf.AddDays(1)))
	require.False(t, cmp.Equal(code, registry.MustCreditCode("53440100MJ00000332")))
	// A ratio is its two counts ("3 of 9" is not "1 of 3"); Cmp compares values.
	require.False(t, cmp.Equal(socialorg.NewRatio(1, 3), socialorg.NewRatio(3, 9)))
	require.Zero(t, socialorg.NewRatio(1, 3).Cmp(socialorg.NewRatio(3, 9)))
	// The value types with unexported fields have an Equal method.
	for _, v := range []any{socialorg.Date{}, code, registry.UrbanCommunityTarget} {
		_, ok := reflect.TypeOf(v).MethodByName("Equal")
		require.True(t, ok, "%T", v)
	}
}
