package linkage_test

import (
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/venture/linkage"
)

// TestYuanAndFen: the two units convert exactly; an amount below the fen or beyond an int64 of
// fen is refused with the package's code.
func TestYuanAndFen(t *testing.T) {
	require.True(t, linkage.Yuan(123456).Equal(decimal.RequireFromString("1234.56")))
	require.True(t, linkage.Yuan(-1).Equal(decimal.RequireFromString("-0.01")))
	require.True(t, linkage.Yuan(math.MaxInt64).Equal(decimal.RequireFromString("92233720368547758.07")))
	for _, tc := range []struct {
		yuan string
		fen  int64
		code string // "" when valid
	}{
		{"1234.56", 123456, ""},
		{"1234.5", 123450, ""},
		{"1234.560", 123456, ""},   // trailing zeros are fine
		{"0.01", 1, ""},            // the fen
		{"0.001", 0, "bad_amount"}, // just below the fen
		{"1234.565", 0, "bad_amount"},
		{"92233720368547758.07", math.MaxInt64, ""},           // the largest int64 of fen
		{"92233720368547758.08", 0, "out_of_range"},           // one fen above it
		{"1e9999", 0, "out_of_range"},                         // hostile: bounded cost
		{"-92233720368547758.08", math.MinInt64, ""},          // the smallest
		{"-92233720368547758.09", 0, "out_of_range"},          // one below
		{"1234567890123456789012345678.905", 0, "bad_amount"}, // long, below the fen
	} {
		f, err := linkage.Fen(decimal.RequireFromString(tc.yuan))
		if tc.code == "" {
			require.NoError(t, err, tc.yuan)
			require.Equal(t, tc.fen, f, tc.yuan)
			continue
		}
		var ie *socialorg.InputError
		require.True(t, errors.As(err, &ie), tc.yuan)
		require.Equal(t, "linkage.yuan."+tc.code, ie.Code, tc.yuan)
	}
	_, err := linkage.Fen(decimal.New(1, math.MaxInt32-1))
	require.ErrorContains(t, err, "yuan within ±9.2e16", "an exponent no parser would accept, refused at bounded cost")
}

// TestMoneyAccessors: every money field has its yuan form in Go; quantities have one only for
// KindFunds.
func TestMoneyAccessors(t *testing.T) {
	n := linkage.Need{ID: "n", Community: "A", Kind: linkage.KindFunds, Quantity: 123456, Value: 3}
	q, ok := n.QuantityYuan()
	require.True(t, ok)
	require.True(t, q.Equal(decimal.RequireFromString("1234.56")))
	require.True(t, n.ValueYuan().Equal(decimal.RequireFromString("0.03")))
	_, ok = linkage.Need{Kind: linkage.KindVolunteerHours, Quantity: 3}.QuantityYuan()
	require.False(t, ok, "hours are not money")
	r := linkage.Resource{Kind: linkage.KindFunds, Quantity: 5, UnitCost: 250}
	q, ok = r.QuantityYuan()
	require.True(t, ok)
	require.True(t, q.Equal(decimal.RequireFromString("0.05")))
	require.True(t, r.UnitCostYuan().Equal(decimal.RequireFromString("2.5")))
	a := linkage.Assignment{Kind: linkage.KindFunds, Quantity: 100, Margin: -7}
	q, ok = a.QuantityYuan()
	require.True(t, ok)
	require.True(t, q.Equal(decimal.NewFromInt(1)))
	require.True(t, a.MarginYuan().Equal(decimal.RequireFromString("-0.07")))
	p := linkage.Plan{Net: 470, Value: 550, Cost: 80, Distance: 12}
	require.True(t, p.NetYuan().Equal(decimal.RequireFromString("4.70")))
	require.True(t, p.ValueYuan().Equal(decimal.RequireFromString("5.50")))
	require.True(t, p.CostYuan().Equal(decimal.RequireFromString("0.80")))
	require.True(t, p.DistanceYuan().Equal(decimal.RequireFromString("0.12")))
	require.True(t, linkage.IsMoney(linkage.KindFunds))
	require.False(t, linkage.IsMoney("fund"))
}

// TestMoneyJSON: each money field is written in fen and in yuan beside it; an input reads either,
// or both when they agree, and round-trips.
func TestMoneyJSON(t *testing.T) {
	funds := linkage.Need{ID: "n", Community: "A", Kind: linkage.KindFunds, Quantity: 123456, Value: 3, Priority: 1}
	raw, err := json.Marshal(funds)
	require.NoError(t, err)
	require.JSONEq(t, `{"id":"n","community":"A","kind":"funds","quantity":123456,"quantity_yuan":"1234.56","value":3,"value_yuan":"0.03","priority":1}`, string(raw))
	hours := linkage.Need{ID: "h", Community: "A", Kind: linkage.KindVolunteerHours, Quantity: 12, Value: 3000}
	raw, err = json.Marshal(hours)
	require.NoError(t, err)
	require.JSONEq(t, `{"id":"h","community":"A","kind":"volunteer-hours","quantity":12,"value":3000,"value_yuan":"30.00"}`, string(raw))

	for _, tc := range []struct {
		name, doc string
		want      linkage.Need
	}{
		{"fen", `{"id":"n","community":"A","kind":"funds","quantity":123456,"value":3}`, linkage.Need{ID: "n", Community: "A", Kind: linkage.KindFunds, Quantity: 123456, Value: 3}},
		{"yuan", `{"id":"n","community":"A","kind":"funds","quantity_yuan":"1234.56","value_yuan":"0.03"}`, linkage.Need{ID: "n", Community: "A", Kind: linkage.KindFunds, Quantity: 123456, Value: 3}},
		{"yuan as a number", `{"id":"n","community":"A","kind":"funds","quantity_yuan":1234.56,"value_yuan":0.03}`, linkage.Need{ID: "n", Community: "A", Kind: linkage.KindFunds, Quantity: 123456, Value: 3}},
		{"both, agreeing", `{"id":"n","community":"A","kind":"funds","quantity":123456,"quantity_yuan":"1234.560","value":3,"value_yuan":"0.03"}`, linkage.Need{ID: "n", Community: "A", Kind: linkage.KindFunds, Quantity: 123456, Value: 3}},
		{"kind after the amount", `{"quantity_yuan":"1","kind":"funds"}`, linkage.Need{Kind: linkage.KindFunds, Quantity: 100}},
		{"hours valued in yuan", `{"id":"h","community":"A","kind":"volunteer-hours","quantity":12,"value_yuan":"30"}`, hours},
		{"null yuan", `{"kind":"funds","quantity":5,"quantity_yuan":null}`, linkage.Need{Kind: linkage.KindFunds, Quantity: 5}},
	} {
		var n linkage.Need
		require.NoError(t, json.Unmarshal([]byte(tc.doc), &n), tc.name)
		require.Equal(t, tc.want, n, tc.name)
	}
	for _, tc := range []struct {
		name, doc, code string
	}{
		{"yuan quantity of hours", `{"kind":"volunteer-hours","quantity_yuan":"1"}`, "linkage.quantity_yuan.not_money"},
		{"yuan quantity without a kind", `{"quantity_yuan":"1"}`, "linkage.quantity_yuan.not_money"},
		{"below the fen", `{"kind":"funds","quantity_yuan":"0.001"}`, "linkage.quantity_yuan.bad_amount"},
		{"forms disagree by a fen", `{"kind":"funds","quantity":123456,"quantity_yuan":"1234.57"}`, "linkage.quantity_yuan.mismatch"},
		{"value forms disagree", `{"value":3,"value_yuan":"0.04"}`, "linkage.value_yuan.mismatch"},
		{"huge yuan", `{"value_yuan":"1e9999"}`, "linkage.value_yuan.out_of_range"},
		{"hostile exponent", `{"value_yuan":"1e2147483646"}`, ""},
		{"not a decimal", `{"value_yuan":"3 yuan"}`, ""},
	} {
		var n linkage.Need
		err := json.Unmarshal([]byte(tc.doc), &n)
		require.ErrorIs(t, err, socialorg.ErrInvalidInput, tc.name)
		require.Less(t, len(err.Error()), 400, tc.name)
		if tc.code != "" {
			var ie *socialorg.InputError
			require.True(t, errors.As(err, &ie), tc.name)
			require.Equal(t, tc.code, ie.Code, tc.name)
		}
		require.Equal(t, linkage.Need{}, n, "%s: nothing decoded", tc.name)
	}
	var n linkage.Need
	err = json.Unmarshal([]byte(`{"kind":"funds","quantity":123456,"quantity_yuan":"1234.57"}`), &n)
	require.ErrorContains(t, err, `invalid quantity_yuan = "1234.57": the fen figure in yuan: 1234.56`)
	var list socialorg.Errors
	require.True(t, errors.As(err, &list))
	require.Equal(t, `quantity_yuan：须与以分计的数额相同，以元计：1234.56（实际 "1234.57"）`, list[0].(*socialorg.InputError).Messages().Hans)

	// Resources, assignments, plans and the distance cost read and write their money the same way.
	r := linkage.Resource{ID: "f", Party: linkage.CommunityFund, Kind: linkage.KindFunds, Quantity: 3000001, UnitCost: 1, Communities: []string{"A"}, Home: "A"}
	raw, err = json.Marshal(r)
	require.NoError(t, err)
	require.JSONEq(t, `{"id":"f","party":"community-fund","kind":"funds","quantity":3000001,"quantity_yuan":"30000.01","unit_cost":1,"unit_cost_yuan":"0.01","communities":["A"],"home":"A"}`, string(raw))
	var rr linkage.Resource
	require.NoError(t, json.Unmarshal([]byte(`{"id":"f","party":"社区基金","kind":"funds","quantity_yuan":"30000.01","unit_cost_yuan":"0.01","communities":["A"],"home":"A"}`), &rr))
	require.Equal(t, r, rr)
	require.ErrorContains(t, json.Unmarshal([]byte(`{"kind":"meals","quantity_yuan":"3"}`), &rr), "quantity_yuan")

	a := linkage.Assignment{Need: "n", Resource: "f", Kind: linkage.KindFunds, Quantity: 250, Margin: 2}
	raw, err = json.Marshal(a)
	require.NoError(t, err)
	require.JSONEq(t, `{"need":"n","resource":"f","kind":"funds","quantity":250,"quantity_yuan":"2.50","margin":2,"margin_yuan":"0.02"}`, string(raw))
	var aa linkage.Assignment
	require.NoError(t, json.Unmarshal([]byte(`{"need":"n","resource":"f","kind":"funds","quantity_yuan":"2.5","margin_yuan":"0.02"}`), &aa))
	require.Equal(t, a, aa)
	require.ErrorContains(t, json.Unmarshal([]byte(`{"need":"n","resource":"f","quantity_yuan":"2.5"}`), &aa), "only for kind funds")

	p := linkage.Plan{Assignments: []linkage.Assignment{a}, Net: 500, Value: 750, Cost: 250, Distance: 100}
	raw, err = json.Marshal(p)
	require.NoError(t, err)
	require.Contains(t, string(raw), `"net":500,"net_yuan":"5.00","value":750,"value_yuan":"7.50","cost":250,"cost_yuan":"2.50","distance":100,"distance_yuan":"1.00"`)
	var pp linkage.Plan
	require.NoError(t, json.Unmarshal(raw, &pp))
	require.Equal(t, p, pp)
	require.NoError(t, json.Unmarshal([]byte(`{"assignments":[],"net_yuan":"5","value_yuan":"7.5","cost_yuan":"2.50","distance_yuan":"1"}`), &pp))
	require.Equal(t, linkage.Plan{Assignments: []linkage.Assignment{}, Net: 500, Value: 750, Cost: 250, Distance: 100}, pp)
	require.ErrorContains(t, json.Unmarshal([]byte(`{"net":500,"net_yuan":"5.01"}`), &pp), "net_yuan")
	raw, err = json.Marshal(linkage.Plan{Assignments: []linkage.Assignment{}})
	require.NoError(t, err)
	require.NotContains(t, string(raw), "distance", "no distance without the option")
}

// TestDistanceCostJSON: the distance cost as data, in fen or in yuan; an unknown key is refused,
// so that a misspelling is not silently a zero cost.
func TestDistanceCostJSON(t *testing.T) {
	d := linkage.DistanceCost{PerUnit: 1400, Subdistricts: map[string]string{"A1": "A"}}
	raw, err := json.Marshal(d)
	require.NoError(t, err)
	require.JSONEq(t, `{"per_unit":1400,"per_unit_yuan":"14.00","subdistricts":{"A1":"A"}}`, string(raw))
	var back linkage.DistanceCost
	require.NoError(t, json.Unmarshal(raw, &back))
	require.Empty(t, cmp.Diff(d, back))
	require.NoError(t, json.Unmarshal([]byte(`{"per_unit_yuan":"14","subdistricts":{"A1":"A"}}`), &back))
	require.Empty(t, cmp.Diff(d, back))
	for _, doc := range []string{
		`{"per_units":1400}`,
		`{"per_unit":1400,"per_unit_yuan":"14.01"}`,
		`{"per_unit_yuan":"0.001"}`,
		`{"per_unit":"x"}`,
		`{"subdistricts":["A"]}`,
		`[1]`,
	} {
		err := json.Unmarshal([]byte(doc), &back)
		require.ErrorIs(t, err, socialorg.ErrInvalidInput, doc)
	}
	err = json.Unmarshal([]byte(`{"per_units":1400}`), &back)
	require.ErrorContains(t, err, `invalid per_units = "per_units": a known field (check the spelling)`)
	var ie *socialorg.InputError
	require.True(t, errors.As(err, &ie))
	require.Equal(t, "linkage.per_units.unknown_field", ie.Code)
}

// TestOptionsAsData: the distance cost given as data (socialorg.ParseOptions) makes the plan the
// Go option makes, and DescribeOptions writes it back (issue 22: the option's value had
// unexported fields, so data could not set it).
func TestOptionsAsData(t *testing.T) {
	subs := map[string]string{"A1": "A", "A2": "A", "B1": "B"}
	needs := []linkage.Need{{ID: "n", Community: "B1", Kind: "meals", Quantity: 4, Value: 50}}
	res := []linkage.Resource{
		{ID: "far", Party: linkage.SocialOrganization, Kind: "meals", Quantity: 4, UnitCost: 10, Home: "A1"},
		{ID: "near", Party: linkage.SocialOrganization, Kind: "meals", Quantity: 4, UnitCost: 25, Home: "B1"},
	}
	for _, tc := range []struct {
		doc     string
		perUnit int64
		want    string // the resource serving n
	}{
		{`{"set":{"linkage.cross-subdistrict-cost":{"per_unit":20,"subdistricts":{"A1":"A","A2":"A","B1":"B"}}}}`, 20, "near"},
		{`{"set":{"linkage.cross-subdistrict-cost":{"per_unit_yuan":"0.14","subdistricts":{"A1":"A","A2":"A","B1":"B"}}}}`, 14, "far"},
	} {
		opts, err := socialorg.ParseOptions([]byte(tc.doc))
		require.NoError(t, err)
		fromData, err := linkage.MatchWith(needs, res, opts)
		require.NoError(t, err)
		fromGo, err := linkage.MatchWith(needs, res, linkage.CrossSubdistrictCost(tc.perUnit, subs))
		require.NoError(t, err)
		require.Equal(t, fromGo, fromData)
		require.Equal(t, tc.want, fromData.Assignments[0].Resource)
		_, err = linkage.Summarize(needs, res, fromData, linkage.CrossSubdistrictCost(tc.perUnit, subs))
		require.NoError(t, err, "the plan made from data belongs with the Go option")

		// Go option → data → option: the same plan.
		d, err := socialorg.DescribeOptions(linkage.CrossSubdistrictCost(tc.perUnit, subs))
		require.NoError(t, err)
		raw, err := json.Marshal(d)
		require.NoError(t, err)
		again, err := socialorg.ParseOptions(raw)
		require.NoError(t, err)
		p, err := linkage.MatchWith(needs, res, again)
		require.NoError(t, err)
		require.Equal(t, fromGo, p)
	}
	_, err := socialorg.ParseOptions([]byte(`{"set":{"linkage.cross-subdistrict-cost":{"per_units":20}}}`))
	require.ErrorContains(t, err, "options.set.linkage.cross-subdistrict-cost")
	opts, err := socialorg.ParseOptions([]byte(`{"set":{"linkage.cross-subdistrict-cost":{"per_unit":-1,"subdistricts":{}}}}`))
	require.NoError(t, err)
	_, err = linkage.MatchWith(needs, res, opts)
	require.ErrorContains(t, err, "cross_subdistrict_cost.per_unit")
	require.Equal(t, "linkage.cross-subdistrict-cost", linkage.DistanceKey.ID())
}

// TestSummaryReport: the summary says in findings what its fields say: each need met or not, each
// kind, each community (worst served first), with the verdict; its JSON gives money in yuan beside
// fen, ratios as num/den and as a decimal string, and the verdict.
func TestSummaryReport(t *testing.T) {
	needs, res := smallMarket()
	p, err := linkage.Match(needs, res)
	require.NoError(t, err)
	s, err := linkage.Summarize(needs, res, p)
	require.NoError(t, err)
	want := []socialorg.Finding{
		{Rule: linkage.RuleNeedMet, Subject: "n1", Outcome: socialorg.Fail, Got: "3 hours", Want: "10 hours"},
		{Rule: linkage.RuleNeedMet, Subject: "n2", Outcome: socialorg.Pass, Got: "5 hours", Want: "5 hours"},
		{Rule: linkage.RuleNeedMet, Subject: "n3", Outcome: socialorg.Fail, Got: "0 units", Want: "2 units"},
		{Rule: linkage.RuleKindServed, Subject: "legal-aid", Outcome: socialorg.Fail, Got: "0 units", Want: "2 units"},
		{Rule: linkage.RuleKindServed, Subject: linkage.KindVolunteerHours, Outcome: socialorg.Fail, Got: "8 hours", Want: "15 hours"},
		{Rule: linkage.RuleCommunityServed, Subject: "A", Outcome: socialorg.Fail, Got: "30.00%", Want: "100.00%"},
		{Rule: linkage.RuleCommunityServed, Subject: "B", Outcome: socialorg.Fail, Got: "40.00%", Want: "100.00%"},
	}
	for i := range want {
		want[i].Cite = opinion
		want[i].GotWords = want[i].Rule != linkage.RuleCommunityServed
		want[i].WantWords = want[i].GotWords
	}
	require.Equal(t, want, s.Findings)
	require.Equal(t, socialorg.NotMet, s.Verdict())
	require.Equal(t, socialorg.Version, s.Report.Version)
	require.Equal(t, "36.67%", s.Coverage.Percent(2), "550 of 1,500 in value")
	require.Equal(t, "53.33%", s.Kinds[2].Coverage.Percent(2), "8 of 15 hours")
	require.True(t, s.NetYuan().Equal(decimal.RequireFromString("4.70")))

	raw, err := json.Marshal(s)
	require.NoError(t, err)
	for _, frag := range []string{`"net":470`, `"net_yuan":"4.70"`, `"coverage":{"num":550,"den":1500}`, `"coverage_decimal":"0.3667"`,
		`"served":{"num":150,"den":500},"value_needed_yuan":"5.00","value_served_yuan":"1.50","served_decimal":"0.3000"`,
		`"verdict":"not-met"`, `"rule":"linkage.need.met"`} {
		require.Contains(t, string(raw), frag)
	}
	require.NotContains(t, string(raw), "quantity_yuan", "no quantity of these kinds is money")

	// Funds: quantities in yuan too, and a summary where every need is met.
	fneeds := []linkage.Need{{ID: "meals", Community: "A", Kind: linkage.KindFunds, Quantity: 2_000_000, Value: 3}}
	fres := []linkage.Resource{{ID: "fund", Party: linkage.CommunityFund, Kind: linkage.KindFunds, Quantity: 3_000_001}}
	fp, err := linkage.Match(fneeds, fres)
	require.NoError(t, err)
	fs, err := linkage.Summarize(fneeds, fres, fp)
	require.NoError(t, err)
	require.Equal(t, socialorg.Met, fs.Verdict())
	f, ok := fs.Find(linkage.RuleNeedMet)
	require.True(t, ok)
	require.Equal(t, "20000.00 yuan", f.Got)
	require.Equal(t, "meals：需求得到全部满足——通过（实际 20000.00 元；要求 20000.00 元）。依据："+opinion.Document, f.Message(socialorg.Languages()[0]))
	raw, err = json.Marshal(fs)
	require.NoError(t, err)
	for _, frag := range []string{`"served_yuan":"20000.00"`, `"left_yuan":"10000.01"`, `"offered_yuan":"30000.01"`, `"verdict":"met"`,
		`"coverage_decimal":"1.0000"`} {
		require.Contains(t, string(raw), frag)
	}
	var back linkage.Summary
	require.NoError(t, json.Unmarshal(raw, &back))
	require.Empty(t, cmp.Diff(fs, back), "the derived keys are ignored on decoding")

	// A kind that only resources bring: listed, and no finding (no need of it to meet).
	res = append(res, linkage.Resource{ID: "r9", Party: linkage.ResidentsCommittee, Kind: "zz-venue", Quantity: 1})
	s, err = linkage.Summarize(needs, res, p)
	require.NoError(t, err)
	require.Equal(t, "zz-venue", s.Kinds[len(s.Kinds)-1].Kind)
	for _, f := range s.Findings {
		require.NotEqual(t, "zz-venue", f.Subject)
	}
	require.False(t, strings.Contains(string(must(json.Marshal(s.Kinds[len(s.Kinds)-1]))), "coverage_decimal"), "an undefined ratio has no decimal")
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// FuzzInputJSON: any bytes decode into a need, a resource, a plan or a distance cost without a
// panic, at bounded cost; what decodes encodes and decodes again to the same value (each money
// field now in both units, which must agree), and a need and a resource decoded go through Match
// without a panic.
func FuzzInputJSON(f *testing.F) {
	f.Add([]byte(`{"id":"n","community":"A","kind":"funds","quantity_yuan":"1234.56","value_yuan":"0.03"}`))
	f.Add([]byte(`{"id":"r","party":"社区基金","kind":"funds","quantity":5,"quantity_yuan":"0.05","unit_cost":1,"communities":["A"]}`))
	f.Add([]byte(`{"assignments":[{"need":"n","resource":"r","kind":"funds","quantity_yuan":"0.05","margin":2}],"net_yuan":"0.10"}`))
	f.Add([]byte(`{"per_unit_yuan":"14","subdistricts":{"A":"S"}}`))
	f.Add([]byte(`{"value_yuan":"1e9999","quantity":-1,"kind":"volunteer-hours"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var n linkage.Need
		if json.Unmarshal(b, &n) == nil {
			roundTrip(t, n)
			var r linkage.Resource
			if json.Unmarshal(b, &r) == nil {
				roundTrip(t, r)
				_, _ = linkage.Match([]linkage.Need{n}, []linkage.Resource{r})
			}
		}
		var p linkage.Plan
		if json.Unmarshal(b, &p) == nil {
			roundTrip(t, p)
		}
		var d linkage.DistanceCost
		if json.Unmarshal(b, &d) == nil {
			roundTrip(t, d)
		}
	})
}

// roundTrip encodes v and decodes it back into the same value.
func roundTrip[T any](t *testing.T, v T) {
	t.Helper()
	raw, err := json.Marshal(v)
	require.NoError(t, err)
	var back T
	require.NoError(t, json.Unmarshal(raw, &back), "%s", raw)
	require.Empty(t, cmp.Diff(v, back, cmpopts.EquateEmpty()))
}
