package linkage_test

import (
	"encoding/json"
	"math"
	"slices"
	"strconv"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/charity"
	"github.com/socialorg/socialorg/venture/linkage"
)

func smallMarket() ([]linkage.Need, []linkage.Resource) {
	needs := []linkage.Need{
		{ID: "n1", Community: "A", Kind: linkage.KindVolunteerHours, Quantity: 10, Value: 50},
		{ID: "n2", Community: "B", Kind: linkage.KindVolunteerHours, Quantity: 5, Value: 80},
		{ID: "n3", Community: "B", Kind: "legal-aid", Quantity: 2, Value: 300},
	}
	res := []linkage.Resource{
		{ID: "r1", Party: linkage.Volunteer, Kind: linkage.KindVolunteerHours, Quantity: 8, UnitCost: 10, Communities: []string{"A", "B"}},
		{ID: "r2", Party: linkage.SocialWorker, Kind: linkage.KindVolunteerHours, Quantity: 20, UnitCost: 60},
		{ID: "r3", Party: linkage.SocialOrganization, Kind: "legal-aid", Quantity: 5, UnitCost: 400},
		{ID: "r4", Party: linkage.Volunteer, Kind: linkage.KindVolunteerHours, Quantity: 9, UnitCost: 0, Communities: []string{"C"}},
		{ID: "r5", Party: linkage.ResidentsCommittee, Kind: "venue-hours", Quantity: 9, UnitCost: 1, Communities: []string{"A"}},
	}
	return needs, res
}

func TestSummarize(t *testing.T) {
	needs, res := smallMarket()
	p, err := linkage.Match(needs, res)
	require.NoError(t, err)
	s, err := linkage.Summarize(needs, res, p)
	require.NoError(t, err)
	require.Equal(t, linkage.NeedStatus{ID: "n1", Community: "A", Kind: linkage.KindVolunteerHours, Quantity: 10, Served: 3, Shortfall: 7}, s.Needs[0])
	require.Equal(t, int64(0), s.Resources[0].Left, "r1 used up")
	require.Equal(t, int64(20), s.Resources[1].Left, "r2 unused")
	require.Equal(t, "hours", s.Kinds[2].Unit)
	require.Equal(t, linkage.KindVolunteerHours, s.Kinds[2].Kind)
	require.Equal(t, int64(15), s.Kinds[2].Needed)
	require.Equal(t, int64(8), s.Kinds[2].Served)
	// Community B: n2 fully (5×80), n3 not (2×300): 400 of 1000; A: 150 of 500.
	require.Equal(t, "A", s.Communities[0].Community, "30% served before 40%")
	require.Equal(t, "30.00%", s.Communities[0].Served.Percent(2))
	require.Equal(t, "40.00%", s.Communities[1].Served.Percent(2))

	// A plan that does not fit its input is refused.
	bad := p
	bad.Assignments = append([]linkage.Assignment{{Need: "n1", Resource: "r1", Quantity: 100, Margin: 40}}, p.Assignments...)
	_, err = linkage.Summarize(needs, res, bad)
	require.ErrorContains(t, err, "plan.assignments[0].quantity")
	bad.Assignments = []linkage.Assignment{{Need: "zz", Resource: "r1", Quantity: 1}}
	_, err = linkage.Summarize(needs, res, bad)
	require.ErrorContains(t, err, "plan.assignments[0].need")
}

func TestExplain(t *testing.T) {
	needs, res := smallMarket()
	p, err := linkage.Match(needs, res)
	require.NoError(t, err)
	// n1 is served by r1 (10/hour); cheaper: r4 (0, out of scope), r5 (1, another kind, serves A).
	ex, err := linkage.Explain(needs, res, p, "n1")
	require.NoError(t, err)
	require.Equal(t, []linkage.Assignment{{Need: "n1", Resource: "r1", Quantity: 3, Margin: 40, Kind: linkage.KindVolunteerHours}}, ex.Assignments)
	require.Equal(t, []linkage.Alternative{
		{Resource: "r4", Party: linkage.Volunteer, Kind: linkage.KindVolunteerHours, UnitCost: 0, Left: 9, Reason: linkage.OutOfScope},
		{Resource: "r5", Party: linkage.ResidentsCommittee, Kind: "venue-hours", UnitCost: 1, Left: 9, Reason: linkage.OtherKind},
	}, ex.Alternatives)
	// n3 gets nothing: r3 costs more than n3 is worth, so it is not even cheaper than the value.
	ex, err = linkage.Explain(needs, res, p, "n3")
	require.NoError(t, err)
	require.Empty(t, ex.Assignments)
	require.Equal(t, int64(2), ex.Need.Shortfall)
	// n2 is served by r1; nothing cheaper of its kind serves B but r4 (out of scope).
	ex, err = linkage.Explain(needs, res, p, "n2")
	require.NoError(t, err)
	require.Equal(t, linkage.OutOfScope, ex.Alternatives[0].Reason)

	// Exhausted: two needs compete for one cheap resource.
	needs = []linkage.Need{
		{ID: "a", Community: "A", Kind: "meals", Quantity: 5, Value: 100},
		{ID: "b", Community: "B", Kind: "meals", Quantity: 5, Value: 20},
	}
	res = []linkage.Resource{
		{ID: "cheap", Party: linkage.CharitableResource, Kind: "meals", Quantity: 5, UnitCost: 1},
		{ID: "dear", Party: linkage.CommunityEnterprise, Kind: "meals", Quantity: 3, UnitCost: 15, Communities: []string{"B"}},
	}
	p, err = linkage.Match(needs, res)
	require.NoError(t, err)
	ex, err = linkage.Explain(needs, res, p, "b")
	require.NoError(t, err)
	require.Equal(t, "dear", ex.Assignments[0].Resource)
	require.Equal(t, linkage.Exhausted, ex.Alternatives[0].Reason)
	require.Equal(t, "used up by other needs", ex.Alternatives[0].Reason.Name().En)

	_, err = linkage.Explain(needs, res, p, "nope")
	require.ErrorContains(t, err, "a need of the input")
}

func TestFundsIntoTheLedger(t *testing.T) {
	f := linkage.Fund{ID: "fund-guangta", Name: "光塔街社区慈善基金", Host: "广州市慈善会", Balance: decimal.RequireFromString("30000.01"), Communities: []string{"A"}}
	r, err := f.Resource()
	require.NoError(t, err)
	require.Equal(t, int64(3_000_001), r.Quantity, "fen")
	require.Equal(t, linkage.CommunityFund, r.Party)
	needs := []linkage.Need{
		{ID: "meals", Community: "A", Kind: linkage.KindFunds, Quantity: 2_000_000, Value: 3},
		{ID: "repairs", Community: "A", Kind: linkage.KindFunds, Quantity: 1_500_000, Value: 2},
	}
	p, err := linkage.Match(needs, []linkage.Resource{r})
	require.NoError(t, err)
	var spent int64
	for _, a := range p.Assignments {
		spent += a.Quantity
	}
	require.Equal(t, r.Quantity, spent, "never more than the balance; here all of it")

	l, err := charity.NewLedger(charity.Fund{ID: "fund-guangta"})
	require.NoError(t, err)
	day := socialorg.MustDate("2025-03-01")
	require.NoError(t, l.RecordDonation(charity.Donation{GiftID: "seed", Date: day, Fund: "fund-guangta", Amount: f.Balance,
		Restriction: charity.PurposeRestricted, Purpose: "光塔街社区服务"}))
	require.NoError(t, linkage.RecordFunds(l, p, []linkage.Resource{r}, day.AddDays(30)))
	bal, err := l.Balance("fund-guangta", charity.PurposeRestricted)
	require.NoError(t, err)
	require.True(t, bal.IsZero(), "not a fen lost: %s", bal)
	st := l.Statement(socialorg.Year(2025))
	require.True(t, st.CharitableActivity.Equal(f.Balance), st.CharitableActivity.String())

	// A plan beyond the balance records nothing.
	l2, err := charity.NewLedger(charity.Fund{ID: "fund-guangta"})
	require.NoError(t, err)
	require.NoError(t, l2.RecordDonation(charity.Donation{GiftID: "seed", Date: day, Fund: "fund-guangta", Amount: decimal.RequireFromString("100"),
		Restriction: charity.PurposeRestricted, Purpose: "p"}))
	before := l2.Len()
	require.ErrorContains(t, linkage.RecordFunds(l2, p, []linkage.Resource{r}, day), "restricted balance")
	require.Equal(t, before, l2.Len(), "nothing recorded")

	_, err = linkage.Fund{ID: "x", Balance: decimal.RequireFromString("0.001")}.Resource()
	require.ErrorContains(t, err, "fund.balance")
	_, err = linkage.Fund{Balance: decimal.RequireFromString("-1")}.Resource()
	require.ErrorContains(t, err, "fund.id")
}

func TestLinkageJSON(t *testing.T) {
	needs, res := smallMarket()
	p, err := linkage.Match(needs, res)
	require.NoError(t, err)
	raw, err := json.Marshal(p)
	require.NoError(t, err)
	require.Contains(t, string(raw), `"assignments":[{"need":"n1","resource":"r1","kind":"volunteer-hours","quantity":3,"margin":40,"margin_yuan":"0.40"}`)
	var back linkage.Plan
	require.NoError(t, json.Unmarshal(raw, &back))
	require.Equal(t, p, back)
	var party linkage.Party
	require.NoError(t, json.Unmarshal([]byte(`"社区基金"`), &party))
	require.Equal(t, linkage.CommunityFund, party)
	require.False(t, party.National())
	require.True(t, linkage.Volunteer.National())
	require.Error(t, json.Unmarshal([]byte(`"party-9"`), &party))
}

func TestExplainerSurvivesJSON(t *testing.T) {
	needs, res := smallMarket()
	p, err := linkage.Match(needs, res)
	require.NoError(t, err)
	x, err := linkage.NewExplainer(needs, res, p)
	require.NoError(t, err)
	raw, err := json.Marshal(x)
	require.NoError(t, err)
	var back linkage.Explainer
	require.NoError(t, json.Unmarshal(raw, &back))
	a, err := x.Explain("n1")
	require.NoError(t, err)
	b, err := back.Explain("n1")
	require.NoError(t, err)
	require.Equal(t, a, b)
}

// TestPlanMustBelong: Summarize, Explain and NewExplainer refuse a plan that Match could not have
// made from the input, naming the field (issue 18). The plan of smallMarket is n1 ← r1 3 hours
// (margin 40), n2 ← r1 5 hours (margin 70).
func TestPlanMustBelong(t *testing.T) {
	needs, res := smallMarket()
	good, err := linkage.Match(needs, res)
	require.NoError(t, err)
	require.Equal(t, []linkage.Assignment{{Need: "n1", Resource: "r1", Quantity: 3, Margin: 40, Kind: linkage.KindVolunteerHours},
		{Need: "n2", Resource: "r1", Quantity: 5, Margin: 70, Kind: linkage.KindVolunteerHours}}, good.Assignments)
	// plan builds a plan from assignments with the totals they give (so that only the named
	// fault is wrong).
	value := map[string]int64{"n1": 50, "n2": 80, "n3": 300}
	cost := map[string]int64{"r1": 10, "r2": 60, "r3": 400, "r4": 0, "r5": 1}
	plan := func(as ...linkage.Assignment) linkage.Plan {
		p := linkage.Plan{Assignments: as}
		for _, a := range as {
			p.Value += a.Quantity * value[a.Need]
			p.Cost += a.Quantity * cost[a.Resource]
		}
		p.Net = p.Value - p.Cost
		return p
	}
	withNet := func(p linkage.Plan, net int64) linkage.Plan { p.Net = net; return p }
	withValue := func(p linkage.Plan, v int64) linkage.Plan { p.Value = v; return p }
	withDistance := func(p linkage.Plan, d int64) linkage.Plan { p.Distance = d; return p }
	n1r1 := linkage.Assignment{Need: "n1", Resource: "r1", Quantity: 3, Margin: 40}
	n2r1 := linkage.Assignment{Need: "n2", Resource: "r1", Quantity: 5, Margin: 70}
	tests := []struct {
		name  string
		plan  linkage.Plan
		field string // the path named
		rule  string // part of the rule
	}{
		{"unknown need", plan(n1r1, linkage.Assignment{Need: "zz", Resource: "r1", Quantity: 1}), "plan.assignments[1].need", "a need of the input"},
		{"unknown resource", plan(linkage.Assignment{Need: "n1", Resource: "zz", Quantity: 1}), "plan.assignments[0].resource", "a resource of the input"},
		{"another kind", plan(n1r1, n2r1, linkage.Assignment{Need: "n1", Resource: "r5", Quantity: 1, Margin: 49}),
			"plan.assignments[2].resource", "a resource of the need's kind: volunteer-hours"},
		{"another kind stated", plan(linkage.Assignment{Need: "n1", Resource: "r1", Quantity: 3, Margin: 40, Kind: "meals"}),
			"plan.assignments[0].kind", "the need's kind: volunteer-hours"},
		{"another community", plan(n1r1, linkage.Assignment{Need: "n1", Resource: "r4", Quantity: 1, Margin: 50}),
			"plan.assignments[1].resource", "serves the need's community: A"},
		{"zero quantity", plan(linkage.Assignment{Need: "n1", Resource: "r1", Margin: 40}), "plan.assignments[0].quantity", "> 0"},
		{"negative quantity", plan(linkage.Assignment{Need: "n1", Resource: "r1", Quantity: -3, Margin: 40}), "plan.assignments[0].quantity", "> 0"},
		// n2 needs 5 hours: 6 is one above, from r2 (20 hours).
		{"above the need's quantity", plan(linkage.Assignment{Need: "n2", Resource: "r2", Quantity: 6, Margin: 20}),
			"plan.assignments[0].quantity", "within what the need has left: 5"},
		// r1 has 8 hours: 4 + 5 is one above (n2 needs 5: within).
		{"above the resource's quantity", plan(linkage.Assignment{Need: "n1", Resource: "r1", Quantity: 4, Margin: 40}, n2r1),
			"plan.assignments[1].quantity", "within what the resource has left: 4"},
		{"above the quantity by overflow", plan(linkage.Assignment{Need: "n2", Resource: "r2", Quantity: math.MaxInt64, Margin: 20}),
			"plan.assignments[0].quantity", "within what"},
		{"a pair twice", plan(linkage.Assignment{Need: "n1", Resource: "r1", Quantity: 1, Margin: 40}, n2r1,
			linkage.Assignment{Need: "n1", Resource: "r1", Quantity: 1, Margin: 40}),
			"plan.assignments[2].resource", "one assignment per need and resource, as in plan.assignments[0]"},
		{"a wrong margin", plan(linkage.Assignment{Need: "n1", Resource: "r1", Quantity: 3, Margin: 41}), "plan.assignments[0].margin", ": 40"},
		{"a wrong net", withNet(good, good.Net+1), "plan.net", "the total of the assignments: 470"},
		{"a wrong value", withValue(plan(n1r1, n2r1), 1), "plan.value", "the total of the assignments: 550"},
		{"a distance without the option", withDistance(good, 1), "plan.distance", "the total of the assignments: 0"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := linkage.Summarize(needs, res, tc.plan)
			require.ErrorIs(t, err, socialorg.ErrInvalidInput)
			require.ErrorContains(t, err, "invalid "+tc.field+" = ")
			require.ErrorContains(t, err, tc.rule)
			_, err2 := linkage.Summarize(needs, res, tc.plan)
			require.Equal(t, err.Error(), err2.Error(), "deterministic")
			_, err = linkage.Explain(needs, res, tc.plan, "n1")
			require.ErrorContains(t, err, "invalid "+tc.field+" = ")
			_, err = linkage.NewExplainer(needs, res, tc.plan)
			require.ErrorContains(t, err, "invalid "+tc.field+" = ")
		})
	}
	// The plan Match made, in any order of its assignments, belongs.
	_, err = linkage.Summarize(needs, res, good)
	require.NoError(t, err)
	swapped := good
	swapped.Assignments = []linkage.Assignment{good.Assignments[1], good.Assignments[0]}
	_, err = linkage.Summarize(needs, res, swapped)
	require.NoError(t, err)

	// Many bad assignments: a bounded error, quickly.
	many := linkage.Plan{Assignments: make([]linkage.Assignment, 200_000)}
	for i := range many.Assignments {
		many.Assignments[i] = linkage.Assignment{Need: "n1", Resource: "r4", Quantity: 1, Margin: 50}
	}
	_, err = linkage.Summarize(needs, res, many)
	require.ErrorContains(t, err, "plan.assignments[49].resource")
	require.ErrorContains(t, err, "199950")
	require.NotContains(t, err.Error(), "plan.assignments[50]")
	require.Less(t, len(err.Error()), 12_000)
}

// TestPlanWithDistanceBelongs: a plan made with CrossSubdistrictCost belongs when the same option
// is passed, and not without it (its margins and distance are those of the option).
func TestPlanWithDistanceBelongs(t *testing.T) {
	subs := map[string]string{"A1": "A", "B1": "B"}
	needs := []linkage.Need{{ID: "n", Community: "B1", Kind: "meals", Quantity: 4, Value: 50}}
	res := []linkage.Resource{{ID: "far", Party: linkage.SocialOrganization, Kind: "meals", Quantity: 4, UnitCost: 10, Home: "A1"}}
	opt := linkage.CrossSubdistrictCost(14, subs)
	p, err := linkage.MatchWith(needs, res, opt)
	require.NoError(t, err)
	require.Equal(t, int64(4*14), p.Distance)
	_, err = linkage.Summarize(needs, res, p, opt)
	require.NoError(t, err)
	_, err = linkage.Explain(needs, res, p, "n", opt)
	require.NoError(t, err)
	_, err = linkage.Summarize(needs, res, p)
	require.ErrorContains(t, err, "invalid plan.assignments[0].margin = \"26\"")
}

// FuzzSummarize: on any small instance built from the fuzzer's bytes (tiers and the distance cost
// included), the plan Match makes is accepted by Summarize, Explain and NewExplainer, with Net the
// recomputed Σ quantity × (value − unit cost); a plan tampered with (a pair twice, a margin or
// the net off by one) is refused; nothing panics.
func FuzzSummarize(f *testing.F) {
	f.Add([]byte{3, 4, 2, 9, 1, 7, 200, 13, 5, 0, 255, 8, 8, 8, 1, 2, 3, 4, 5, 6, 7, 8})
	f.Add([]byte{5, 5, 1, 0, 3, 90, 4, 2, 2, 70, 1, 1, 3, 80, 2, 0, 4, 40, 9, 0, 1, 1, 3, 30, 2, 2, 2, 20, 1, 2, 0, 1, 1})
	f.Fuzz(func(t *testing.T, b []byte) {
		next := func() int64 {
			if len(b) == 0 {
				return 0
			}
			v := int64(b[0])
			b = b[1:]
			return v
		}
		nN, nR := int(next()%7), int(next()%7)
		perUnit, tamper := next()%20, next()
		var needs []linkage.Need
		for i := 0; i < nN; i++ {
			needs = append(needs, linkage.Need{ID: "n" + strconv.Itoa(i), Community: "C" + strconv.Itoa(int(next()%4)),
				Kind: "k" + strconv.Itoa(int(next()%2)), Quantity: 1 + next()%20, Value: next(), Priority: int(next() % 3)})
		}
		var res []linkage.Resource
		for i := 0; i < nR; i++ {
			r := linkage.Resource{ID: "r" + strconv.Itoa(i), Party: linkage.Party(1 + next()%7), Kind: "k" + strconv.Itoa(int(next()%2)),
				Quantity: 1 + next()%20, UnitCost: next(), Home: "C" + strconv.Itoa(int(next()%5))}
			if c := next() % 5; c < 4 {
				r.Communities = []string{"C" + strconv.Itoa(int(c))}
			}
			res = append(res, r)
		}
		var opts []socialorg.Option
		if perUnit > 0 {
			opts = append(opts, linkage.CrossSubdistrictCost(perUnit, map[string]string{"C0": "S0", "C1": "S0", "C2": "S1", "C3": "S2"}))
		}
		p, err := linkage.MatchWith(needs, res, opts...)
		require.NoError(t, err)
		value := map[string]int64{}
		for _, n := range needs {
			value[n.ID] = n.Value
		}
		cost := map[string]int64{}
		for _, r := range res {
			cost[r.ID] = r.UnitCost
		}
		var net, margins int64
		for _, a := range p.Assignments {
			net += a.Quantity * (value[a.Need] - cost[a.Resource])
			margins += a.Quantity * a.Margin
		}
		require.Equal(t, net, p.Net)
		require.Equal(t, net-p.Distance, margins)
		s, err := linkage.Summarize(needs, res, p, opts...)
		require.NoError(t, err)
		require.Equal(t, p.Net, s.Net)
		x, err := linkage.NewExplainer(needs, res, p, opts...)
		require.NoError(t, err)
		for _, n := range needs {
			ex, err := x.Explain(n.ID)
			require.NoError(t, err)
			// One finding for the need, one per assignment, one per alternative; never Unchosen
			// in Match's plan, which is optimal.
			require.Len(t, ex.Findings, 1+len(ex.Assignments)+len(ex.Alternatives))
			for _, a := range ex.Alternatives {
				require.NotEqual(t, linkage.Unchosen, a.Reason)
			}
		}
		require.Len(t, s.Findings, len(s.Needs)+len(s.Communities)+countNeeded(s.Kinds))
		if len(p.Assignments) == 0 {
			return
		}
		bad := p
		bad.Assignments = slices.Clone(p.Assignments)
		i := int(tamper) % len(bad.Assignments)
		switch tamper % 3 {
		case 0:
			bad.Assignments = append(bad.Assignments, bad.Assignments[i])
		case 1:
			bad.Assignments[i].Margin++
		case 2:
			bad.Net++
		}
		_, err = linkage.Summarize(needs, res, bad, opts...)
		require.Error(t, err)
		_, err = linkage.NewExplainer(needs, res, bad, opts...)
		require.Error(t, err)
	})
}

// TestExplainerZeroAndDistanceJSON: the zero Explainer neither panics nor explains; an explainer
// of a plan made with CrossSubdistrictCost keeps its distance cost through JSON (without it, the
// plan's margins would no longer belong to the input).
func TestExplainerZeroAndDistanceJSON(t *testing.T) {
	var zero linkage.Explainer
	_, err := zero.Explain("n1")
	require.ErrorContains(t, err, "invalid need")
	raw, err := json.Marshal(&zero)
	require.NoError(t, err)
	require.JSONEq(t, `{"needs":[],"resources":[],"plan":{"assignments":[],"net":0,"net_yuan":"0.00","value":0,"value_yuan":"0.00","cost":0,"cost_yuan":"0.00"}}`, string(raw))
	var back linkage.Explainer
	require.NoError(t, json.Unmarshal(raw, &back))

	subs := map[string]string{"A1": "A", "B1": "B"}
	needs := []linkage.Need{{ID: "n", Community: "B1", Kind: "meals", Quantity: 4, Value: 50}}
	res := []linkage.Resource{
		{ID: "far", Party: linkage.SocialOrganization, Kind: "meals", Quantity: 4, UnitCost: 10, Home: "A1"},
		{ID: "near", Party: linkage.SocialOrganization, Kind: "meals", Quantity: 2, UnitCost: 30, Home: "B1"},
	}
	opt := linkage.CrossSubdistrictCost(14, subs)
	p, err := linkage.MatchWith(needs, res, opt)
	require.NoError(t, err)
	x, err := linkage.NewExplainer(needs, res, p, opt)
	require.NoError(t, err)
	subs["A1"] = "changed after" // the explainer keeps its own copy, as it does of the input
	raw, err = json.Marshal(x)
	require.NoError(t, err)
	require.Contains(t, string(raw), `"cross_subdistrict_cost":{"per_unit":14,"per_unit_yuan":"0.14","subdistricts":{"A1":"A","B1":"B"}}`)
	require.NoError(t, json.Unmarshal(raw, &back))
	a, err := x.Explain("n")
	require.NoError(t, err)
	b, err := back.Explain("n")
	require.NoError(t, err)
	require.Equal(t, a, b)
}

// countNeeded counts the kinds some need has: the summary has a finding for each.
func countNeeded(ks []linkage.KindSummary) int {
	n := 0
	for _, k := range ks {
		if k.Needed > 0 {
			n++
		}
	}
	return n
}
