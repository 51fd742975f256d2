package linkage

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// randomNetwork builds a random linkage network: nR resources, nN needs, each pair an arc with
// probability 1/density, arcs by need; some arcs pay a distance cost when far is set.
func randomNetwork(r *rand.Rand, g *network, far bool) {
	nR, nN := 1+r.IntN(12), 1+r.IntN(12)
	density := 1 + r.IntN(3)
	var src, tgt []int32
	needArcs := []int32{0}
	for j := range nN {
		for i := range nR {
			if r.IntN(density) == 0 {
				src = append(src, int32(i))
				tgt = append(tgt, int32(nR+j))
			}
		}
		needArcs = append(needArcs, int32(len(src)))
	}
	g.reset(nR, nN, src, tgt, needArcs)
	maxQ := int64(1 + r.IntN(20))
	for i := range nR {
		g.setResource(int32(i), 1+r.Int64N(maxQ), r.Int64N(60))
	}
	for j := range nN {
		g.setNeed(int32(nR+j), 1+r.Int64N(maxQ), r.Int64N(100))
	}
	if far {
		f := make([]bool, len(src))
		for e := range f {
			f[e] = r.IntN(2) == 0
		}
		g.setDistance(f, r.Int64N(30))
	}
}

// arcFlows returns the flow on every arc: a tree arc's is kept with the node below it (−1 for a
// tree arc that is no node's: checkBasis fails on it).
func (g *network) arcFlows() []int64 {
	f := make([]int64, g.m)
	for e := range int32(g.m) {
		switch g.state[e] {
		case stateUpper:
			f[e] = g.capacity(e)
		case stateTree:
			f[e] = -1
		}
	}
	for u := range g.root {
		f[g.pred[u]] = g.nodeFlow[u]
	}
	return f
}

// checkBasis checks every invariant of the basis: a spanning tree (parents and predecessor arcs
// agree, the thread is a preorder with the right subtree sizes and last successors), potentials
// that give tree arcs a reduced cost of zero, flows within bounds that conserve every node's
// supply, non-tree arcs at the bound their state says, and strong feasibility (every node can
// send a unit to the root along the tree).
func checkBasis(t *testing.T, g *network) {
	t.Helper()
	n, root := g.n, g.root
	require.Equal(t, int32(-1), g.parent[root])
	treeArcs := 0
	for e := range int32(g.m) {
		if g.state[e] == stateTree {
			treeArcs++
		}
	}
	require.Equal(t, n-1, treeArcs, "a spanning tree has n−1 arcs")
	for u := range root {
		e, p := g.pred[u], g.parent[u]
		require.Equal(t, stateTree, g.state[e], "node %d's arc is in the tree", u)
		s, d := g.source(e), g.target(e)
		require.True(t, s == u && d == p || s == p && d == u, "node %d's arc joins it to its parent", u)
		if s == u {
			require.Equal(t, dirUp, g.predDir[u])
		} else {
			require.Equal(t, dirDown, g.predDir[u])
		}
		require.Zero(t, g.cost(e)+g.pi[s]-g.pi[d], "tree arc %d has reduced cost 0", e)
		f := g.nodeFlow[u]
		require.True(t, f >= 0 && f <= g.capacity(e), "flow within bounds")
		if g.predDir[u] == dirUp {
			require.Less(t, f, g.capacity(e), "strongly feasible: room up from %d", u)
		} else {
			require.Positive(t, f, "strongly feasible: flow down to %d", u)
		}
	}
	// The thread visits every node once, in preorder.
	order := []int32{root}
	for u := g.thread[root]; u != root; u = g.thread[u] {
		require.Less(t, len(order), n, "the thread is a cycle through the root")
		order = append(order, u)
	}
	require.Len(t, order, n)
	pos := make([]int, n)
	for i, u := range order {
		pos[u] = i
		require.Equal(t, u, g.revTh[g.thread[u]], "reverse thread")
	}
	size := make([]int32, n)
	for i := n - 1; i >= 0; i-- {
		u := order[i]
		size[u]++
		if u != root {
			require.Less(t, pos[g.parent[u]], pos[u], "a parent comes before its child")
			size[g.parent[u]] += size[u]
		}
	}
	for _, u := range order {
		require.Equal(t, size[u], g.succNum[u], "subtree size of %d", u)
		require.Equal(t, order[pos[u]+int(size[u])-1], g.lastSucc[u], "last successor of %d", u)
	}
	// Conservation: a resource sends its supply, a need passes on what it receives.
	net := make([]int64, n)
	flows := g.arcFlows()
	for e := range int32(g.m) {
		f := flows[e]
		require.True(t, f >= 0 && f <= g.capacity(e), "arc %d's flow within bounds", e)
		net[g.source(e)] += f
		net[g.target(e)] -= f
	}
	for u := range root {
		if u < g.nR {
			require.Equal(t, g.ncap[u], net[u], "resource %d sends its supply", u)
		} else {
			require.Zero(t, net[u], "need %d passes on what it receives", u)
		}
	}
}

// optimal checks the optimality conditions: no non-tree arc could lower the cost.
func optimal(t *testing.T, g *network) {
	t.Helper()
	for e := range int32(g.m) {
		rc := g.cost(e) + g.pi[g.source(e)] - g.pi[g.target(e)]
		switch g.state[e] {
		case stateLower:
			require.GreaterOrEqual(t, rc, int64(0), "arc %d at its lower bound", e)
		case stateUpper:
			require.LessOrEqual(t, rc, int64(0), "arc %d at its upper bound", e)
		}
	}
}

// TestBasis: the greedy first basis and every basis after it are valid spanning trees, strongly
// feasible; the last is optimal.
func TestBasis(t *testing.T) {
	r := rand.New(rand.NewPCG(31, 31))
	var g network
	for iter := range 400 {
		randomNetwork(r, &g, iter%3 == 0)
		g.alloc()
		require.True(t, g.crash(), "iteration %d: the greedy plan gives a basis", iter)
		checkBasis(t, &g)
		pivots := 0
		for g.findEnteringArc() {
			g.findJoinNode()
			change := g.findLeavingArc()
			g.changeFlow(change)
			if change {
				g.updateTree()
				g.updatePotential()
			}
			checkBasis(t, &g)
			pivots++
			require.Less(t, pivots, 10_000, "iteration %d: the simplex ends", iter)
		}
		optimal(t, &g)
		// The plain first basis reaches the same cost.
		crashed := g.totalCost()
		g.init()
		checkBasis(t, &g)
		g.solveFrom()
		optimal(t, &g)
		require.Equal(t, crashed, g.totalCost(), "iteration %d", iter)
	}
}

// totalCost is Σ flow × cost over every arc.
func (g *network) totalCost() int64 {
	var c int64
	flows := g.arcFlows()
	for e := range int32(g.m) {
		c += flows[e] * g.cost(e)
	}
	return c
}
