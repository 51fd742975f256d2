package linkage_test

import (
	"bufio"
	"bytes"
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/venture/linkage"
)

// feasible checks a plan against its input and recomputes Net: quantities, kinds, scopes, the
// order of the assignments, and that no assignment has a non-positive margin.
func feasible(t *testing.T, needs []linkage.Need, res []linkage.Resource, p linkage.Plan) {
	t.Helper()
	nb := map[string]linkage.Need{}
	for _, n := range needs {
		nb[n.ID] = n
	}
	rb := map[string]linkage.Resource{}
	for _, r := range res {
		rb[r.ID] = r
	}
	gotN, gotR := map[string]int64{}, map[string]int64{}
	var net, value, cost int64
	for i, a := range p.Assignments {
		n, ok := nb[a.Need]
		require.True(t, ok, a.Need)
		r, ok := rb[a.Resource]
		require.True(t, ok, a.Resource)
		require.Positive(t, a.Quantity)
		require.Equal(t, n.Kind, r.Kind, "kinds match")
		require.True(t, len(r.Communities) == 0 || slices.Contains(r.Communities, n.Community), "in scope")
		gotN[a.Need] += a.Quantity
		gotR[a.Resource] += a.Quantity
		net += a.Quantity * (n.Value - r.UnitCost)
		value += a.Quantity * n.Value
		cost += a.Quantity * r.UnitCost
		if i > 0 {
			prev := p.Assignments[i-1]
			require.True(t, prev.Need < a.Need || prev.Need == a.Need && prev.Resource < a.Resource, "sorted by need, then resource")
		}
	}
	for id, q := range gotN {
		require.LessOrEqual(t, q, nb[id].Quantity, "need %s over-served", id)
	}
	for id, q := range gotR {
		require.LessOrEqual(t, q, rb[id].Quantity, "resource %s over-used", id)
	}
	require.Equal(t, net, p.Net)
	require.Equal(t, value, p.Value)
	require.Equal(t, cost, p.Cost)
}

// oracle is an independent optimum: successive shortest paths with Bellman–Ford on the residual
// network source → resource → need → sink, augmenting while a path of negative cost exists. It is
// slow and simple, for small instances.
func oracle(needs []linkage.Need, res []linkage.Resource) int64 {
	return oracleWith(needs, res, func(n linkage.Need, r linkage.Resource) int64 { return n.Value - r.UnitCost })
}

// oracleWith is oracle with the margin of a unit of r for n given by margin.
func oracleWith(needs []linkage.Need, res []linkage.Resource, margin func(linkage.Need, linkage.Resource) int64) int64 {
	type arc struct {
		to       int
		cap      int64
		cost     int64
		rev      int
		original bool
	}
	nR, nN := len(res), len(needs)
	src, snk := nR+nN, nR+nN+1
	g := make([][]arc, nR+nN+2)
	add := func(u, v int, c, w int64) {
		g[u] = append(g[u], arc{v, c, w, len(g[v]), true})
		g[v] = append(g[v], arc{u, 0, -w, len(g[u]) - 1, false})
	}
	for i, r := range res {
		add(src, i, r.Quantity, 0)
		for j, n := range needs {
			if m := margin(n, r); n.Kind == r.Kind && (len(r.Communities) == 0 || slices.Contains(r.Communities, n.Community)) && m > 0 {
				add(i, nR+j, math.MaxInt64/4, -m)
			}
		}
	}
	for j, n := range needs {
		add(nR+j, snk, n.Quantity, 0)
	}
	var total int64
	for {
		dist := make([]int64, len(g))
		for i := range dist {
			dist[i] = math.MaxInt64
		}
		prevN, prevA := make([]int, len(g)), make([]int, len(g))
		dist[src] = 0
		for iter := 0; iter < len(g); iter++ {
			changed := false
			for u := range g {
				if dist[u] == math.MaxInt64 {
					continue
				}
				for k, a := range g[u] {
					if a.cap > 0 && dist[u]+a.cost < dist[a.to] {
						dist[a.to] = dist[u] + a.cost
						prevN[a.to], prevA[a.to] = u, k
						changed = true
					}
				}
			}
			if !changed {
				break
			}
		}
		if dist[snk] >= 0 {
			return -total
		}
		f := int64(math.MaxInt64)
		for v := snk; v != src; v = prevN[v] {
			f = min(f, g[prevN[v]][prevA[v]].cap)
		}
		for v := snk; v != src; v = prevN[v] {
			a := &g[prevN[v]][prevA[v]]
			a.cap -= f
			g[v][a.rev].cap += f
		}
		total += f * dist[snk]
	}
}

// randomInstance builds a random instance: kinds, scopes, values and costs drawn so that many
// pairs compete.
func randomInstance(r *rand.Rand, nNeeds, nRes, nComm, nKinds int, maxQ int64) ([]linkage.Need, []linkage.Resource) {
	kinds := []string{linkage.KindFunds, linkage.KindVolunteerHours, "legal-aid", "counselling", "meals", "venue", "rehab", "tutoring"}[:nKinds]
	comm := func() string { return "C" + strconv.Itoa(r.IntN(nComm)) }
	needs := make([]linkage.Need, nNeeds)
	for i := range needs {
		needs[i] = linkage.Need{ID: fmt.Sprintf("N%03d", i), Community: comm(), Kind: kinds[r.IntN(nKinds)],
			Quantity: 1 + r.Int64N(maxQ), Value: r.Int64N(100)}
	}
	res := make([]linkage.Resource, nRes)
	for i := range res {
		rs := linkage.Resource{ID: fmt.Sprintf("R%03d", i), Party: linkage.Party(1 + r.IntN(7)), Kind: kinds[r.IntN(nKinds)],
			Quantity: 1 + r.Int64N(maxQ), UnitCost: r.Int64N(80)}
		if r.IntN(4) > 0 {
			for k := 0; k < 1+r.IntN(3); k++ {
				rs.Communities = append(rs.Communities, comm())
			}
		}
		res[i] = rs
	}
	return needs, res
}

// TestMatchIsOptimal: on hundreds of small random instances the plan is feasible and its Net
// equals the independent optimum.
func TestMatchIsOptimal(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 11))
	for iter := 0; iter < 400; iter++ {
		needs, res := randomInstance(r, 1+r.IntN(12), 1+r.IntN(12), 1+r.IntN(5), 1+r.IntN(3), 1+int64(r.IntN(20)))
		p, err := linkage.Match(needs, res)
		require.NoError(t, err)
		feasible(t, needs, res, p)
		require.Equal(t, oracle(needs, res), p.Net, "iteration %d", iter)
	}
	// Larger, fewer.
	for iter := 0; iter < 30; iter++ {
		needs, res := randomInstance(r, 40+r.IntN(40), 40+r.IntN(60), 8, 3, 1000)
		p, err := linkage.Match(needs, res)
		require.NoError(t, err)
		feasible(t, needs, res, p)
		require.Equal(t, oracle(needs, res), p.Net, "large iteration %d", iter)
	}
}

// TestMatchBruteForce: on tiny instances with unit quantities, Net equals the best of every
// assignment of resources to needs.
func TestMatchBruteForce(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 3))
	for iter := 0; iter < 200; iter++ {
		needs, res := randomInstance(r, 1+r.IntN(4), 1+r.IntN(5), 2, 2, 1)
		p, err := linkage.Match(needs, res)
		require.NoError(t, err)
		// Each resource (one unit) goes to one need or none; each need takes one unit.
		best := int64(0)
		choice := make([]int, len(res))
		var rec func(i int, used []bool, net int64)
		rec = func(i int, used []bool, net int64) {
			if i == len(res) {
				best = max(best, net)
				return
			}
			rec(i+1, used, net)
			for j, n := range needs {
				rs := res[i]
				if used[j] || n.Kind != rs.Kind || !(len(rs.Communities) == 0 || slices.Contains(rs.Communities, n.Community)) {
					continue
				}
				used[j] = true
				choice[i] = j
				rec(i+1, used, net+n.Value-rs.UnitCost)
				used[j] = false
			}
		}
		rec(0, make([]bool, len(needs)), 0)
		require.Equal(t, best, p.Net)
	}
}

// TestMatchIsDeterministic: the same input in any order gives the same plan.
func TestMatchIsDeterministic(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 5))
	for iter := 0; iter < 50; iter++ {
		needs, res := randomInstance(r, 30, 40, 4, 2, 50)
		p1, err := linkage.Match(needs, res)
		require.NoError(t, err)
		r.Shuffle(len(needs), func(i, j int) { needs[i], needs[j] = needs[j], needs[i] })
		r.Shuffle(len(res), func(i, j int) { res[i], res[j] = res[j], res[i] })
		for i := range res {
			slices.Reverse(res[i].Communities)
		}
		p2, err := linkage.Match(needs, res)
		require.NoError(t, err)
		require.Equal(t, p1, p2)
	}
}

func TestMatchSmall(t *testing.T) {
	needs := []linkage.Need{
		{ID: "n1", Community: "A", Kind: linkage.KindVolunteerHours, Quantity: 10, Value: 50},
		{ID: "n2", Community: "B", Kind: linkage.KindVolunteerHours, Quantity: 5, Value: 80},
		{ID: "n3", Community: "B", Kind: "legal-aid", Quantity: 2, Value: 300},
	}
	res := []linkage.Resource{
		{ID: "r1", Party: linkage.Volunteer, Kind: linkage.KindVolunteerHours, Quantity: 8, UnitCost: 10, Communities: []string{"A", "B"}},
		{ID: "r2", Party: linkage.SocialWorker, Kind: linkage.KindVolunteerHours, Quantity: 20, UnitCost: 60},
		{ID: "r3", Party: linkage.SocialOrganization, Kind: "legal-aid", Quantity: 5, UnitCost: 400}, // costs more than it is worth
		{ID: "r4", Party: linkage.Volunteer, Kind: linkage.KindVolunteerHours, Quantity: 9, UnitCost: 0, Communities: []string{"C"}},
	}
	p, err := linkage.Match(needs, res)
	require.NoError(t, err)
	// r1's 8 cheap hours go to n2 (margin 70) for 5 and n1 (40) for 3; r2 can only earn on n2 (20),
	// which is full: n1's remaining 7 hours are not worth r2's 60 < 50? No: 50 − 60 < 0.
	require.Equal(t, []linkage.Assignment{
		{Need: "n1", Resource: "r1", Quantity: 3, Margin: 40, Kind: linkage.KindVolunteerHours},
		{Need: "n2", Resource: "r1", Quantity: 5, Margin: 70, Kind: linkage.KindVolunteerHours},
	}, p.Assignments)
	require.Equal(t, int64(3*40+5*70), p.Net)
	feasible(t, needs, res, p)

	empty, err := linkage.Match(nil, nil)
	require.NoError(t, err)
	require.Empty(t, empty.Assignments)
	require.NotNil(t, empty.Assignments)
}

func TestPriorityTiers(t *testing.T) {
	needs := []linkage.Need{
		{ID: "urgent", Community: "A", Kind: "meals", Quantity: 5, Value: 10, Priority: 1},
		{ID: "ordinary", Community: "A", Kind: "meals", Quantity: 5, Value: 100},
	}
	res := []linkage.Resource{{ID: "r", Party: linkage.CharitableResource, Kind: "meals", Quantity: 6, UnitCost: 1}}
	p, err := linkage.Match(needs, res)
	require.NoError(t, err)
	require.Equal(t, []linkage.Assignment{
		{Need: "ordinary", Resource: "r", Quantity: 1, Margin: 99, Kind: "meals"},
		{Need: "urgent", Resource: "r", Quantity: 5, Margin: 9, Kind: "meals"},
	}, p.Assignments, "the urgent tier is served in full first, although the ordinary need is worth more")
}

func TestCrossSubdistrictCost(t *testing.T) {
	subs := map[string]string{"A1": "A", "A2": "A", "B1": "B"}
	needs := []linkage.Need{{ID: "n", Community: "B1", Kind: "meals", Quantity: 4, Value: 50}}
	res := []linkage.Resource{
		{ID: "far", Party: linkage.SocialOrganization, Kind: "meals", Quantity: 4, UnitCost: 10, Home: "A1"},
		{ID: "near", Party: linkage.SocialOrganization, Kind: "meals", Quantity: 4, UnitCost: 25, Home: "B1"},
	}
	p, err := linkage.Match(needs, res)
	require.NoError(t, err)
	require.Equal(t, "far", p.Assignments[0].Resource, "without distance, the cheaper one")
	p, err = linkage.MatchWith(needs, res, linkage.CrossSubdistrictCost(20, subs))
	require.NoError(t, err)
	require.Equal(t, "near", p.Assignments[0].Resource, "10 + 20 > 25")
	require.Equal(t, int64(4*25), p.Net)
	require.Zero(t, p.Distance)
	p, err = linkage.MatchWith(needs, res, linkage.CrossSubdistrictCost(14, subs))
	require.NoError(t, err)
	require.Equal(t, "far", p.Assignments[0].Resource, "10 + 14 < 25")
	require.Equal(t, int64(4*14), p.Distance)
}

func TestMatchErrors(t *testing.T) {
	ok := linkage.Need{ID: "n", Community: "A", Kind: "k", Quantity: 1, Value: 1}
	okR := linkage.Resource{ID: "r", Party: linkage.Volunteer, Kind: "k", Quantity: 1}
	tests := []struct {
		name  string
		needs []linkage.Need
		res   []linkage.Resource
		field string
	}{
		{"empty need ID", []linkage.Need{{Community: "A", Kind: "k", Quantity: 1}}, nil, "needs[0].id"},
		{"duplicate need ID", []linkage.Need{ok, ok}, nil, "unique need IDs"},
		{"duplicate resource ID", nil, []linkage.Resource{okR, okR}, "unique resource IDs"},
		{"no community", []linkage.Need{{ID: "n", Kind: "k", Quantity: 1}}, nil, "needs[0].community"},
		{"empty kind", nil, []linkage.Resource{{ID: "r", Party: linkage.Volunteer, Quantity: 1}}, "resources[0].kind"},
		{"zero quantity", []linkage.Need{{ID: "n", Community: "A", Kind: "k"}}, nil, "needs[0].quantity"},
		{"negative value", []linkage.Need{{ID: "n", Community: "A", Kind: "k", Quantity: 1, Value: -1}}, nil, "needs[0].value"},
		{"negative cost", nil, []linkage.Resource{{ID: "r", Party: linkage.Volunteer, Kind: "k", Quantity: 1, UnitCost: -1}}, "resources[0].unit_cost"},
		{"party outside", nil, []linkage.Resource{{ID: "r", Party: 8, Kind: "k", Quantity: 1}}, "resources[0].party"},
		{"zero party", nil, []linkage.Resource{{ID: "r", Kind: "k", Quantity: 1}}, "resources[0].party"},
		{"huge ID", []linkage.Need{{ID: strings.Repeat("x", 1<<20), Community: "A", Kind: "k", Quantity: 1}}, nil, "needs[0].id"},
		{"overflowing totals", []linkage.Need{{ID: "n", Community: "A", Kind: "k", Quantity: math.MaxInt64, Value: 2}},
			[]linkage.Resource{{ID: "r", Party: linkage.Volunteer, Kind: "k", Quantity: math.MaxInt64}}, "totals within"},
		{"value too large", []linkage.Need{{ID: "n", Community: "A", Kind: "k", Quantity: 1, Value: math.MaxInt64}}, nil, "needs[0].value"},
		{"empty scope entry", nil, []linkage.Resource{{ID: "r", Party: linkage.Volunteer, Kind: "k", Quantity: 1, Communities: []string{""}}}, "resources[0].communities[0]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			_, err := linkage.Match(tc.needs, tc.res)
			require.ErrorIs(t, err, socialorg.ErrInvalidInput)
			require.ErrorContains(t, err, tc.field)
			require.Less(t, len(err.Error()), 600)
			require.Less(t, time.Since(start), time.Second)
		})
	}
	// Too many candidate pairs is refused before anything is built.
	needs := make([]linkage.Need, 5000)
	res := make([]linkage.Resource, 5000)
	for i := range needs {
		needs[i] = linkage.Need{ID: "n" + strconv.Itoa(i), Community: "A", Kind: "k", Quantity: 1, Value: 2}
		res[i] = linkage.Resource{ID: "r" + strconv.Itoa(i), Party: linkage.Volunteer, Kind: "k", Quantity: 1}
	}
	start := time.Now()
	_, err := linkage.Match(needs, res)
	require.ErrorContains(t, err, "candidate (need, resource) pairs")
	require.Less(t, time.Since(start), 2*time.Second)
}

// dimacs writes the instance as the reference solver's DIMACS problem (see
// ../shared/tools/lemon-mcf/README.md): source, resources, needs, sink, and a bypass arc.
func dimacs(needs []linkage.Need, res []linkage.Resource) []byte {
	var b bytes.Buffer
	w := bufio.NewWriter(&b)
	nR, nN := len(res), len(needs)
	src, snk := 1, nR+nN+2
	var supply int64
	for _, r := range res {
		supply += r.Quantity
	}
	type a struct {
		u, v   int
		cap, c int64
	}
	var arcs []a
	for i, r := range res {
		arcs = append(arcs, a{src, 2 + i, r.Quantity, 0})
	}
	byKind := map[string][]int{}
	for j, n := range needs {
		byKind[n.Kind] = append(byKind[n.Kind], j)
	}
	for i, r := range res {
		for _, j := range byKind[r.Kind] {
			n := needs[j]
			if n.Value > r.UnitCost && (len(r.Communities) == 0 || slices.Contains(r.Communities, n.Community)) {
				arcs = append(arcs, a{2 + i, 2 + nR + j, min(r.Quantity, n.Quantity), r.UnitCost - n.Value})
			}
		}
	}
	for j, n := range needs {
		arcs = append(arcs, a{2 + nR + j, snk, n.Quantity, 0})
	}
	arcs = append(arcs, a{src, snk, supply, 0})
	fmt.Fprintf(w, "p min %d %d\nn %d %d\nn %d %d\n", nR+nN+2, len(arcs), src, supply, snk, -supply)
	for _, x := range arcs {
		fmt.Fprintf(w, "a %d %d 0 %d %d\n", x.u, x.v, x.cap, x.c)
	}
	w.Flush()
	return b.Bytes()
}

// solveTime is the reference solver's solve time: its wall time, and its CPU time (−1 when it
// does not report it).
type solveTime struct{ wall, cpu time.Duration }

// lemon runs the reference solver named by LINKAGE_LEMON on the instance and returns the optimal
// net value and its solve time; the test is skipped when the variable is not set. The solver
// prints "cost C seconds S", and may add " cpu S" (its solve's CPU time).
func lemon(t testing.TB, needs []linkage.Need, res []linkage.Resource) (int64, solveTime) {
	t.Helper()
	bin := os.Getenv("LINKAGE_LEMON")
	if bin == "" {
		t.Skip("set LINKAGE_LEMON to the reference solver built by ../shared/tools/lemon-mcf/build")
	}
	cmd := exec.Command(bin)
	cmd.Stdin = bytes.NewReader(dimacs(needs, res))
	out, err := cmd.Output()
	require.NoError(t, err, string(out))
	var cost int64
	var secs, cpu float64
	took := solveTime{cpu: -1}
	if n, _ := fmt.Sscanf(string(out), "cost %d seconds %g cpu %g", &cost, &secs, &cpu); n == 3 {
		took.cpu = time.Duration(cpu * float64(time.Second))
	} else {
		_, err = fmt.Sscanf(string(out), "cost %d seconds %g", &cost, &secs)
		require.NoError(t, err, string(out))
	}
	took.wall = time.Duration(secs * float64(time.Second))
	return -cost, took
}

// TestMatchAgainstLEMON: on random instances of a few hundred nodes, Net equals LEMON's optimum.
// Run with LINKAGE_LEMON=/path/to/lemon-mcf.
func TestMatchAgainstLEMON(t *testing.T) {
	if os.Getenv("LINKAGE_LEMON") == "" {
		t.Skip("set LINKAGE_LEMON to the reference solver built by ../shared/tools/lemon-mcf/build")
	}
	r := rand.New(rand.NewPCG(17, 17))
	for iter := 0; iter < 100; iter++ {
		needs, res := randomInstance(r, 100+r.IntN(200), 200+r.IntN(400), 30, 4, 10_000)
		p, err := linkage.Match(needs, res)
		require.NoError(t, err)
		feasible(t, needs, res, p)
		want, _ := lemon(t, needs, res)
		require.Equal(t, want, p.Net, "iteration %d", iter)
	}
}

// FuzzMatch: any small instance built from the fuzzer's bytes is refused or solved feasibly and
// optimally (against the independent oracle).
func FuzzMatch(f *testing.F) {
	f.Add([]byte{3, 4, 2, 9, 1, 7, 200, 13, 5, 0, 255, 8, 8, 8, 1, 2, 3, 4, 5, 6, 7, 8})
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) < 3 {
			return
		}
		next := func() int64 {
			if len(b) == 0 {
				return 0
			}
			v := int64(b[0])
			b = b[1:]
			return v
		}
		nN, nR := int(next()%6), int(next()%6)
		var needs []linkage.Need
		for i := 0; i < nN; i++ {
			needs = append(needs, linkage.Need{ID: "n" + strconv.Itoa(i), Community: "C" + strconv.Itoa(int(next()%3)),
				Kind: "k" + strconv.Itoa(int(next()%2)), Quantity: next() % 20, Value: next() - 10})
		}
		var res []linkage.Resource
		for i := 0; i < nR; i++ {
			r := linkage.Resource{ID: "r" + strconv.Itoa(i), Party: linkage.Party(next() % 9), Kind: "k" + strconv.Itoa(int(next()%2)),
				Quantity: next() % 20, UnitCost: next() - 10}
			if c := next() % 4; c < 3 {
				r.Communities = []string{"C" + strconv.Itoa(int(c))}
			}
			res = append(res, r)
		}
		p, err := linkage.Match(needs, res)
		if err != nil {
			return
		}
		feasible(t, needs, res, p)
		if want := oracle(needs, res); want != p.Net {
			t.Fatalf("net %d, optimum %d", p.Net, want)
		}
	})
}

// TestUniqueOptimumPlan: where the optimum is unique, Match finds that plan. With one need per
// community and kind, every resource scoped to one community, and no two unit costs equal, each
// need's candidates serve no other need, so the optimum is each need served by its candidates
// cheapest first while they earn something, and no other plan reaches its net.
func TestUniqueOptimumPlan(t *testing.T) {
	r := rand.New(rand.NewPCG(37, 37))
	for iter := 0; iter < 100; iter++ {
		nComm, nKinds := 1+r.IntN(30), 1+r.IntN(4)
		var needs []linkage.Need
		for c := range nComm {
			for k := range nKinds {
				if r.IntN(3) > 0 {
					needs = append(needs, linkage.Need{ID: fmt.Sprintf("N%d-%d", c, k), Community: fmt.Sprint("C", c), Kind: fmt.Sprint("k", k),
						Quantity: 1 + r.Int64N(1000), Value: r.Int64N(1 << 30)})
				}
			}
		}
		costs := r.Perm(1 << 16) // distinct
		res := make([]linkage.Resource, 1+r.IntN(300))
		for i := range res {
			res[i] = linkage.Resource{ID: fmt.Sprint("R", i), Party: linkage.Volunteer, Kind: fmt.Sprint("k", r.IntN(nKinds)),
				Quantity: 1 + r.Int64N(1000), UnitCost: int64(costs[i]) << 14, Communities: []string{fmt.Sprint("C", r.IntN(nComm))}}
		}
		var want []linkage.Assignment
		for _, n := range needs {
			var cands []linkage.Resource
			for _, x := range res {
				if x.Kind == n.Kind && x.Communities[0] == n.Community && x.UnitCost < n.Value {
					cands = append(cands, x)
				}
			}
			slices.SortFunc(cands, func(a, b linkage.Resource) int { return cmp.Compare(a.UnitCost, b.UnitCost) })
			q := n.Quantity
			for _, x := range cands {
				if q == 0 {
					break
				}
				take := min(q, x.Quantity)
				want = append(want, linkage.Assignment{Need: n.ID, Resource: x.ID, Quantity: take, Margin: n.Value - x.UnitCost, Kind: n.Kind})
				q -= take
			}
		}
		slices.SortFunc(want, func(a, b linkage.Assignment) int {
			return cmp.Or(cmp.Compare(a.Need, b.Need), cmp.Compare(a.Resource, b.Resource))
		})
		p, err := linkage.Match(needs, res)
		require.NoError(t, err)
		if want == nil {
			want = []linkage.Assignment{}
		}
		require.Equal(t, want, p.Assignments, "iteration %d", iter)
	}
}
