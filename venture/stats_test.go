package venture_test

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg/venture"
)

// TestHistoryReproducesTheReports: the per-round data give the cumulative figures the sources
// report, and the "8 rounds, 1,060 projects" of the programme's own summary.
func TestHistoryReproducesTheReports(t *testing.T) {
	for _, cp := range venture.Checkpoints() {
		require.Equal(t, cp.Projects, venture.ProjectsThrough(cp.Through), "projects through round %d", cp.Through)
	}
	require.Equal(t, 1060, venture.ProjectsThrough(8))
	require.Equal(t, 1328, venture.ProjectsThrough(10))
	funds, known := venture.FundsThrough(6)
	require.True(t, known)
	require.Equal(t, "124660000", funds.String(), "12,466万 after six rounds")
	funds, known = venture.FundsThrough(3)
	require.True(t, known)
	require.Equal(t, "52000000", funds.String())
	_, known = venture.FundsThrough(8)
	require.False(t, known, "round 8's funds are not reported: the 146 million of one summary cannot be reproduced")
	for i, r := range venture.History() {
		require.Equal(t, i+1, r.Round)
		require.NotEmpty(t, r.Sources)
	}
}

func TestTallyMerges(t *testing.T) {
	r := gz("200000")
	as := apps("A:100000:40000:90:elderly", "B:100000:40000:95:relief", "C:500000:200000:80:elderly")
	as[0].District, as[1].District, as[2].District = "440104", "440106", "440104"
	al, err := venture.Allocate(r, as)
	require.NoError(t, err)
	t1, err := venture.TallyRound(r, as, al)
	require.NoError(t, err)
	require.Equal(t, 3, t1.Applications)
	require.Equal(t, 2, t1.Projects)
	require.Equal(t, "120000", t1.Funded.String())
	require.Equal(t, "80000", t1.SelfRaised.String())
	require.Equal(t, "420000", t1.Requested.String())
	require.Equal(t, "66.67%", t1.Leverage().Percent(2), "self-raised per yuan granted")
	require.Len(t, t1.ByCategory, 2)
	require.Equal(t, venture.Elderly, t1.ByCategory[0].Category)
	require.Equal(t, 2, t1.ByCategory[0].Applications)
	require.Equal(t, 1, t1.ByCategory[0].Projects)
	require.Equal(t, "440104", t1.ByDistrict[0].District)

	both, err := t1.Merge(t1)
	require.NoError(t, err)
	require.Equal(t, 2, both.Rounds)
	require.Equal(t, "240000", both.Funded.String())
	require.Equal(t, 4, both.ByCategory[0].Applications)
	same, err := t1.Merge(venture.RoundTally{})
	require.NoError(t, err)
	require.Equal(t, t1.Funded.String(), same.Funded.String())
	require.Empty(t, cmp.Diff(t1, same, decimalEqual), "the empty tally is the identity")

	_, err = venture.TallyRound(r, as[:1], al)
	require.ErrorContains(t, err, "allocation.awards")
}

// decimalEqual compares decimals by value.
var decimalEqual = cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) })

var hugeExp = decimal.New(1, math.MaxInt32-1) // 1e2147483646: 13 bytes of JSON

// TestTallyRefusesBadAwards (issue 18): duplicate, negative, sub-fen and out-of-range awards, and
// applications the tally cannot count, are refused with the field's path, before any arithmetic.
func TestTallyRefusesBadAwards(t *testing.T) {
	r := gz("200000")
	as := apps("A:100000:40000:90:elderly", "B:100000:40000:95:relief", "C:100000:40000:80")
	award := func(id, amt string) venture.Award { return venture.Award{ID: id, Amount: d(amt)} }
	tests := []struct {
		name   string
		as     []venture.Application
		awards []venture.Award
		field  string
	}{
		{"negative award", as, []venture.Award{award("A", "60000"), award("B", "-60000")}, "allocation.awards[1].amount"},
		{"award below the fen", as, []venture.Award{award("A", "0.001")}, "allocation.awards[0].amount"},
		{"second award to one application", as, []venture.Award{award("A", "60000"), award("B", "60000"), award("A", "60000")}, "allocation.awards[2].id"},
		{"award naming no application", as, []venture.Award{award("Z", "1")}, "allocation.awards[0].id"},
		{"hostile award", as, []venture.Award{{ID: "A", Amount: hugeExp}}, "allocation.awards[0].amount"},
		{"hostile self-raised", append(apps("A:100000:40000:90"), venture.Application{ID: "H", Budget: d("1"), SelfRaised: hugeExp}),
			[]venture.Award{award("H", "0")}, "applications[1].self_raised"},
		{"duplicate application", apps("A:100000:40000:90", "A:100000:40000:91"), nil, "applications[1].id"},
		{"invalid category", []venture.Application{{ID: "A", Budget: d("1"), Category: 99}}, nil, "applications[0].category"},
		{"megabyte district", []venture.Application{{ID: "A", Budget: d("1"), District: strings.Repeat("x", 1<<20)}}, nil, "applications[0].district"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			_, err := venture.TallyRound(r, tc.as, venture.Allocation{Awards: tc.awards})
			require.ErrorContains(t, err, tc.field)
			require.Less(t, len(err.Error()), 1000, "a short error")
			require.Less(t, time.Since(start), time.Second, "refused at bounded cost")
		})
	}
}

// TestMergeAndLeverageRefuseHostileTallies (issue 18): a tally decoded from JSON with an amount
// like 1e2147483646 hung Merge and Leverage; it is refused (Merge) or undefined (Leverage) at once.
func TestMergeAndLeverageRefuseHostileTallies(t *testing.T) {
	ok := venture.RoundTally{Rounds: 1, Applications: 2, Projects: 1, Budget: d("100"), Requested: d("50"), Funded: d("40"), SelfRaised: d("30")}
	bad := []struct {
		name  string
		mod   func(*venture.RoundTally)
		field string
	}{
		{"huge funded", func(x *venture.RoundTally) { x.Funded = hugeExp }, "funded"},
		{"tiny exponent", func(x *venture.RoundTally) { x.SelfRaised = decimal.New(1, math.MinInt32+1) }, "self_raised"},
		{"below the fen", func(x *venture.RoundTally) { x.Budget = d("0.001") }, "budget"},
		{"negative", func(x *venture.RoundTally) { x.Requested = d("-1") }, "requested"},
		{"negative count", func(x *venture.RoundTally) { x.Projects = -1 }, "projects"},
		{"huge category amount", func(x *venture.RoundTally) {
			x.ByCategory = []venture.CategoryTally{{Category: venture.Elderly, Funded: hugeExp}}
		}, "by_category[0].funded"},
		{"invalid category", func(x *venture.RoundTally) { x.ByCategory = []venture.CategoryTally{{Category: 42}} }, "by_category[0].category"},
		{"category twice", func(x *venture.RoundTally) {
			x.ByCategory = []venture.CategoryTally{{Category: venture.Relief}, {Category: venture.Relief}}
		}, "by_category[1].category"},
		{"district twice", func(x *venture.RoundTally) {
			x.ByDistrict = []venture.DistrictTally{{District: "440104"}, {District: "440104"}}
		}, "by_district"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			x := ok
			tc.mod(&x)
			start := time.Now()
			_, err := ok.Merge(x)
			require.ErrorContains(t, err, "other."+tc.field)
			_, err = x.Merge(ok)
			require.ErrorContains(t, err, "tally."+tc.field)
			require.ErrorContains(t, x.Validate(), "round_tally."+tc.field)
			x.Leverage()
			require.Less(t, time.Since(start), time.Second)
		})
	}
	require.False(t, venture.RoundTally{Funded: hugeExp, SelfRaised: d("1")}.Leverage().Defined())
	require.False(t, venture.RoundTally{Funded: d("1"), SelfRaised: hugeExp}.Leverage().Defined())
	require.False(t, venture.RoundTally{Funded: d("0"), SelfRaised: d("1")}.Leverage().Defined())
	require.Equal(t, "75.00%", ok.Leverage().Percent(2))

	// Sums that leave the range are refused, not wrapped.
	big := venture.RoundTally{Funded: d("90000000000000000"), SelfRaised: d("0"), Budget: d("0"), Requested: d("0")}
	_, err := big.Merge(big)
	require.ErrorContains(t, err, "9.2e16")
	many := venture.RoundTally{Applications: math.MaxInt}
	_, err = many.Merge(venture.RoundTally{Applications: 1})
	require.Error(t, err)
}
