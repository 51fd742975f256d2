package partybuilding_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	pb "github.com/socialorg/socialorg/partybuilding"
)

func TestTallyCounts(t *testing.T) {
	units := []pb.Unit{
		{ID: "own", Formal: 5, Probationary: 1, Has: pb.Branch, Operating: true},              // eligible, own
		{ID: "j1", Formal: 1, Has: pb.JointBranch, OrgID: "J", Host: true, Operating: true},   // joint host
		{ID: "j2", Formal: 2, Has: pb.JointBranch, OrgID: "J"},                                // joint, not operating
		{ID: "att", Formal: 3, Has: pb.Branch, Formed: pb.Attached, Operating: true},          // eligible, attached
		{ID: "instr", Instructor: true, Operating: true},                                      // work covered only
		{ID: "wc", Has: pb.WorkCoverage},                                                      // work covered by form
		{ID: "gap", Formal: 4, Operating: true},                                               // eligible, uncovered
		{ID: "bare", Probationary: 2},                                                         // nothing
		{ID: "gen", Formal: 60, Has: pb.GeneralBranch, Formed: pb.Own, Operating: true},       // eligible, own
		{ID: "j3", Formal: 1, Has: pb.JointBranch, Formed: pb.Joint, OrgID: "K", Host: false}, // host elsewhere
	}
	c := pb.Tally(units)
	require.Equal(t, pb.Coverage{
		Units: 10, Eligible: 4, Operating: 6, OrgCovered: 6, WorkCovered: 8,
		EligibleOrgCovered: 3, OperatingOrgCovered: 4, OperatingWorkCovered: 5,
		Own: 2, Joint: 3, Attached: 1, Organizations: 3, Formal: 76, Probationary: 3,
	}, c)
	for _, u := range units {
		require.Equal(t, u.Has.IsOrganization(), u.OrgCovered(), u.ID)
	}

	r := c.Rates()
	require.Equal(t, socialorg.NewRatio(3, 4), r.OrgOfEligible)
	require.Equal(t, "75.00%", r.OrgOfEligible.Percent(2))
	require.Equal(t, "60.00%", r.OrgOfAll.Percent(2))
	require.Equal(t, "66.67%", r.OrgOfOperating.Percent(2))
	require.Equal(t, "80.00%", r.WorkOfAll.Percent(2))
	require.Equal(t, "83.33%", r.WorkOfOperating.Percent(2))
	require.Equal(t, 0, r.OrgOfOperating.Cmp(socialorg.NewRatio(2, 3)))

	empty := pb.Tally(nil).Rates()
	require.False(t, empty.OrgOfEligible.Defined())
	require.Equal(t, "n/a", empty.OrgOfEligible.Percent(2))
}

// TestTallyRefusesHostileCounts: a unit with a count that Assess refuses is counted as invalid and
// nowhere else, so that no sum wraps.
func TestTallyRefusesHostileCounts(t *testing.T) {
	units := []pb.Unit{{ID: "a", Formal: math.MaxInt, Has: pb.Branch}, {ID: "b", Formal: -4}, {ID: "c", Formal: 3, Has: pb.Branch}}
	c := pb.Tally(units)
	require.Equal(t, 3, c.Units)
	require.Equal(t, 2, c.Invalid)
	require.Equal(t, 3, c.Formal)
	require.Equal(t, 1, c.OrgCovered)
}

func TestGrowth(t *testing.T) {
	// The seed: Party organizations 807 → 1,913; members served 7,200 → about 20,000.
	g := pb.GrowthBetween(pb.Coverage{Organizations: 807, Formal: 7000, Probationary: 200},
		pb.Coverage{Organizations: 1913, Formal: 19500, Probationary: 500})
	require.Equal(t, int64(1106), g.Organizations.Delta())
	require.Equal(t, "137.05%", g.Organizations.Growth().Percent(2))
	require.Equal(t, "237.05%", g.Organizations.Multiple().Percent(2))
	require.Equal(t, socialorg.Change{From: 7200, To: 20000}, g.Members)
	require.Equal(t, "177.78%", g.Members.Growth().Percent(2))
	require.Equal(t, "n/a", socialorg.Change{From: 0, To: 5}.Growth().Percent(2))
}

func randomUnits(r *rand.Rand, n int) []pb.Unit {
	us := make([]pb.Unit, n)
	for i := range us {
		u := pb.Unit{ID: fmt.Sprint(i), Formal: r.IntN(12), Probationary: r.IntN(3), Operating: r.IntN(5) > 0, Instructor: r.IntN(3) == 0}
		u.Has = pb.Form(r.IntN(6))
		u.Formed = pb.Formation(r.IntN(4))
		u.Host = r.IntN(2) == 0
		us[i] = u
	}
	return us
}

// TestTallyMergeProperty: tallying any split of the units and merging equals tallying the whole;
// Merge is associative and commutative with the zero Coverage as identity.
func TestTallyMergeProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 9))
	for round := 0; round < 200; round++ {
		us := randomUnits(r, r.IntN(300))
		r.Shuffle(len(us), func(i, j int) { us[i], us[j] = us[j], us[i] })
		i, j := r.IntN(len(us)+1), r.IntN(len(us)+1)
		if i > j {
			i, j = j, i
		}
		a, b, c := pb.Tally(us[:i]), pb.Tally(us[i:j]), pb.Tally(us[j:])
		whole := pb.Tally(us)
		require.Equal(t, whole, a.Merge(b).Merge(c))
		require.Equal(t, a.Merge(b.Merge(c)), a.Merge(b).Merge(c))
		require.Equal(t, a.Merge(b), b.Merge(a))
		require.Equal(t, a, a.Merge(pb.Coverage{}))
		require.LessOrEqual(t, whole.OrgCovered, whole.WorkCovered)
		require.LessOrEqual(t, whole.EligibleOrgCovered, whole.Eligible)
	}
}

func TestTallyDoesNotAllocate(t *testing.T) {
	us := randomUnits(rand.New(rand.NewPCG(2, 3)), 1000)
	allocs := testing.AllocsPerRun(100, func() { _ = pb.Tally(us) })
	require.Zero(t, allocs)
}

func synthUnits(n int) []pb.Unit {
	return randomUnits(rand.New(rand.NewPCG(5, 8)), n)
}

var coverageSink pb.Coverage

// BenchmarkTally30k tallies 30,000 units. Target: ≤ 2 ms, 0 allocations.
func BenchmarkTally30k(b *testing.B) {
	us := synthUnits(30000)
	b.ReportAllocs()
	for b.Loop() {
		coverageSink = pb.Tally(us)
	}
}

// BenchmarkTallyBaseline30k is the floor beside BenchmarkTally30k in the same run: one pass over
// the same units summing one field.
func BenchmarkTallyBaseline30k(b *testing.B) {
	us := synthUnits(30000)
	total := 0
	for b.Loop() {
		for i := range us {
			total += us[i].Formal
		}
	}
	if total < 0 {
		b.Log(total)
	}
}

var assessSink []pb.Assessment

// BenchmarkAssess30k assesses 30,000 units (seven findings each).
func BenchmarkAssess30k(b *testing.B) {
	us := synthUnits(30000)
	b.ReportAllocs()
	for b.Loop() {
		as, err := pb.Assess(us, asOf)
		if err != nil {
			b.Fatal(err)
		}
		assessSink = as
	}
}
