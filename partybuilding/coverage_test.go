package partybuilding_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
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

// floorTally counts the same fields as Tally by hand over the same units, in the same
// branch-free style: every field Tally reports, from the same unit fields.
func floorTally(us []pb.Unit) (c pb.Coverage) {
	bi := func(b bool) int {
		if b {
			return 1
		}
		return 0
	}
	for i := range us {
		u := &us[i]
		c.Units++
		if u.Formal < 0 || u.Formal > pb.MaxMembers || u.Probationary < 0 || u.Probationary > pb.MaxMembers {
			c.Invalid++
			continue
		}
		c.Formal += u.Formal
		c.Probationary += u.Probationary
		org := u.Has >= pb.JointBranch && u.Has <= pb.PrimaryCommittee
		o, el, op := bi(org), bi(u.Formal >= 3), bi(u.Operating)
		work := bi(org || u.Has == pb.WorkCoverage || u.Instructor)
		c.Eligible += el
		c.EligibleOrgCovered += el & o
		c.Operating += op
		c.OperatingOrgCovered += op & o
		c.OperatingWorkCovered += op & work
		c.WorkCovered += work
		c.OrgCovered += o
		f := u.Formed
		if f == 0 && org {
			f = pb.Own
			if u.Has == pb.JointBranch {
				f = pb.Joint
			}
		}
		f *= pb.Formation(o)
		own, joint := bi(f == pb.Own), bi(f == pb.Joint)
		c.Own += own
		c.Joint += joint
		c.Attached += bi(f == pb.Attached)
		c.Organizations += own + joint&bi(u.Host)
	}
	return c
}

func TestFloorTallyIsTally(t *testing.T) {
	us := synthUnits(5000)
	require.Equal(t, pb.Tally(us), floorTally(us))
}

// BenchmarkTallyFloor30k is the floor beside BenchmarkTally30k in the same run: the same counts
// written by hand.
func BenchmarkTallyFloor30k(b *testing.B) {
	us := synthUnits(30000)
	for b.Loop() {
		coverageSink = floorTally(us)
	}
}

var assessSink []pb.Assessment

// scaleSizes are the batch sizes of the scaling benchmarks.
var scaleSizes = []int{1_000, 10_000, 100_000, 1_000_000}

// BenchmarkNeedingAction orders the assessments that need action at 1k to 1M units; time per unit
// should stay flat but for the sort's log n.
func BenchmarkNeedingAction(b *testing.B) {
	for _, n := range scaleSizes {
		as, err := pb.Assess(synthUnits(n), asOf)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				assessSink = pb.NeedingAction(as)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/unit")
		})
	}
}

// BenchmarkTallyScale tallies 1k to 1M units.
func BenchmarkTallyScale(b *testing.B) {
	for _, n := range scaleSizes {
		us := synthUnits(n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				coverageSink = pb.Tally(us)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/unit")
		})
	}
}

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
