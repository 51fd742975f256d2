package linkage_test

import (
	"encoding/json"
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
	bad.Assignments = append([]linkage.Assignment{{Need: "n1", Resource: "r1", Quantity: 100}}, p.Assignments...)
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
	require.Equal(t, []linkage.Assignment{{Need: "n1", Resource: "r1", Quantity: 3, Margin: 40}}, ex.Assignments)
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
	require.Contains(t, string(raw), `"assignments":[{"need":"n1","resource":"r1","quantity":3,"margin":40}`)
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
