package linkage

import "math"

// This file is a primal network simplex for min-cost flow with int64 capacities and costs: a
// spanning-tree basis kept strongly feasible, stored as parent, predecessor-arc, thread (preorder),
// reverse-thread, subtree-size and last-successor arrays, and a block-search pivot rule (the
// entering arc is the most negative reduced cost within a block of about √m arcs, the search
// resuming where the previous one stopped). This is the design that LEMON's NetworkSimplex and
// the experimental study of Kovács (2015) found fastest on most instances.
//
// The network is the linkage problem's: every node but the root has a supply ≥ 0 (resources) or
// zero (needs); every unit must reach the root, which demands the total. Each node starts as a
// child of the root through its own arc to the root (cost 0): a resource's with unbounded
// capacity, carrying its supply; a need's with the need's quantity as capacity, carrying nothing.
// Both arcs point toward the root and neither is saturated, so the first tree is strongly
// feasible and no artificial arc or big-M cost is needed.

// Arc states: a non-tree arc is at its lower bound (flow 0) or at its upper bound (flow = cap).
const (
	stateUpper int8 = -1
	stateTree  int8 = 0
	stateLower int8 = 1
)

// Direction of a node's predecessor arc: up when the arc runs from the node to its parent.
const (
	dirUp   int8 = 1
	dirDown int8 = -1
)

// unbounded is the capacity of a resource's arc to the root.
const unbounded = math.MaxInt64

// network is a min-cost-flow problem and its basis. Nodes are 0…n−1 with the root at n−1; arcs
// are 0…m−1.
type network struct {
	n, m   int
	root   int32
	source []int32
	target []int32
	cap    []int64
	cost   []int64
	flow   []int64
	state  []int8

	parent   []int32
	pred     []int32
	predDir  []int8
	thread   []int32
	revTh    []int32
	succNum  []int32
	lastSucc []int32
	pi       []int64

	dirty []int32

	// pivot state
	blockSize int
	nextArc   int
	inArc     int32
	join      int32
	uIn, vIn  int32
	uOut      int32
	delta     int64
}

// newNetwork allocates a network of n nodes (the last one is the root) with room for m arcs.
func newNetwork(n, m int) *network {
	g := &network{n: n, root: int32(n - 1)}
	g.source = make([]int32, 0, m)
	g.target = make([]int32, 0, m)
	g.cap = make([]int64, 0, m)
	g.cost = make([]int64, 0, m)
	return g
}

// addArc adds an arc and returns its index.
func (g *network) addArc(from, to int32, capacity, cost int64) int32 {
	g.source = append(g.source, from)
	g.target = append(g.target, to)
	g.cap = append(g.cap, capacity)
	g.cost = append(g.cost, cost)
	return int32(len(g.source) - 1)
}

// init sets up the first basis. rootArc[u] is node u's arc to the root, supply[u] its supply
// (what its root arc carries at first).
func (g *network) init(rootArc []int32, supply []int64) {
	n, m := g.n, len(g.source)
	g.m = m
	g.flow = make([]int64, m)
	g.state = make([]int8, m)
	for i := range g.state {
		g.state[i] = stateLower
	}
	g.parent = make([]int32, n)
	g.pred = make([]int32, n)
	g.predDir = make([]int8, n)
	g.thread = make([]int32, n)
	g.revTh = make([]int32, n)
	g.succNum = make([]int32, n)
	g.lastSucc = make([]int32, n)
	g.pi = make([]int64, n)
	root := g.root
	g.parent[root] = -1
	g.pred[root] = -1
	g.succNum[root] = int32(n)
	g.thread[root] = 0
	g.revTh[0] = root
	g.lastSucc[root] = root - 1
	if n == 1 {
		g.thread[root], g.revTh[root], g.lastSucc[root] = root, root, root
	}
	for u := int32(0); u < root; u++ {
		a := rootArc[u]
		g.parent[u] = root
		g.pred[u] = a
		g.predDir[u] = dirUp
		g.thread[u] = u + 1
		g.revTh[u+1] = u
		g.succNum[u] = 1
		g.lastSucc[u] = u
		g.state[a] = stateTree
		g.flow[a] = supply[u]
		g.pi[u] = -g.cost[a] // reduced cost of a tree arc is 0: cost + π(u) − π(root)
	}
	g.blockSize = max(10, int(math.Sqrt(float64(m))))
	g.dirty = make([]int32, 0, 64)
}

// solve runs the simplex to optimality.
func (g *network) solve() {
	for g.findEnteringArc() {
		g.findJoinNode()
		change := g.findLeavingArc()
		g.changeFlow(change)
		if change {
			g.updateTree()
			g.updatePotential()
		}
	}
}

// findEnteringArc picks the arc of most negative reduced cost in the first block that has one,
// searching from where the last search stopped, round to it again.
func (g *network) findEnteringArc() bool {
	var min int64
	cnt := g.blockSize
	if e, ok := g.searchBlocks(g.nextArc, g.m, &cnt, &min); ok {
		g.nextArc = e
		return true
	}
	if e, ok := g.searchBlocks(0, g.nextArc, &cnt, &min); ok {
		g.nextArc = e
		return true
	}
	if min >= 0 {
		return false
	}
	// The last, partial block holds the best arc; the next search starts where this one did.
	return true
}

// searchBlocks scans arcs from…to−1 in blocks of blockSize (cnt carries the count of the current
// block across calls): at the end of a block whose best reduced cost (min, carried too) is
// negative, it stops there and returns the position. The best arc is in g.inArc.
func (g *network) searchBlocks(from, to int, cnt *int, min *int64) (int, bool) {
	src, tgt, cost, st, pi := g.source, g.target, g.cost, g.state, g.pi
	for e := from; e < to; e++ {
		if s := st[e]; s != stateTree {
			if c := int64(s) * (cost[e] + pi[src[e]] - pi[tgt[e]]); c < *min {
				*min, g.inArc = c, int32(e)
			}
		}
		if *cnt--; *cnt == 0 {
			if *min < 0 {
				return e, true
			}
			*cnt = g.blockSize
		}
	}
	return 0, false
}

// findJoinNode finds the apex of the cycle the entering arc closes.
func (g *network) findJoinNode() {
	u, v := g.source[g.inArc], g.target[g.inArc]
	for u != v {
		if g.succNum[u] < g.succNum[v] {
			u = g.parent[u]
		} else {
			v = g.parent[v]
		}
	}
	g.join = u
}

// findLeavingArc finds the blocking arc of the cycle and the flow change delta, keeping the tree
// strongly feasible (ties go to the last blocking arc met in the direction of the flow from the
// apex). It reports whether the tree changes (false when the entering arc itself blocks).
func (g *network) findLeavingArc() bool {
	in := g.inArc
	first, second := g.source[in], g.target[in]
	if g.state[in] != stateLower {
		first, second = second, first
	}
	g.delta = g.cap[in]
	result := 0
	for u := first; u != g.join; u = g.parent[u] {
		e := g.pred[u]
		d := g.flow[e]
		if g.predDir[u] == dirDown {
			d = residual(g.cap[e], d)
		}
		if d < g.delta {
			g.delta, g.uOut, result = d, u, 1
		}
	}
	for u := second; u != g.join; u = g.parent[u] {
		e := g.pred[u]
		d := g.flow[e]
		if g.predDir[u] == dirUp {
			d = residual(g.cap[e], d)
		}
		if d <= g.delta {
			g.delta, g.uOut, result = d, u, 2
		}
	}
	switch result {
	case 1:
		g.uIn, g.vIn = first, second
	case 2:
		g.uIn, g.vIn = second, first
	}
	return result != 0
}

func residual(c, f int64) int64 {
	if c == unbounded {
		return unbounded
	}
	return c - f
}

// changeFlow pushes delta around the cycle and updates the states of the entering and leaving
// arcs.
func (g *network) changeFlow(change bool) {
	in := g.inArc
	if g.delta > 0 {
		val := int64(g.state[in]) * g.delta
		g.flow[in] += val
		for u := g.source[in]; u != g.join; u = g.parent[u] {
			g.flow[g.pred[u]] -= int64(g.predDir[u]) * val
		}
		for u := g.target[in]; u != g.join; u = g.parent[u] {
			g.flow[g.pred[u]] += int64(g.predDir[u]) * val
		}
	}
	if change {
		g.state[in] = stateTree
		out := g.pred[g.uOut]
		if g.flow[out] == 0 {
			g.state[out] = stateLower
		} else {
			g.state[out] = stateUpper
		}
	} else {
		g.state[in] = -g.state[in]
	}
}

// updateTree re-hangs the subtree cut off by the leaving arc from the entering arc, updating the
// thread, reverse thread, parents, predecessor arcs, subtree sizes and last successors.
func (g *network) updateTree() {
	uIn, vIn, uOut, join := g.uIn, g.vIn, g.uOut, g.join
	parent, thread, revTh, lastSucc, succNum := g.parent, g.thread, g.revTh, g.lastSucc, g.succNum
	oldRevThread := revTh[uOut]
	oldSuccNum := succNum[uOut]
	oldLastSucc := lastSucc[uOut]
	vOut := parent[uOut]

	if uIn == uOut {
		parent[uIn] = vIn
		g.pred[uIn] = g.inArc
		if uIn == g.source[g.inArc] {
			g.predDir[uIn] = dirUp
		} else {
			g.predDir[uIn] = dirDown
		}
		if thread[vIn] != uOut {
			after := thread[oldLastSucc]
			thread[oldRevThread] = after
			revTh[after] = oldRevThread
			after = thread[vIn]
			thread[vIn] = uOut
			revTh[uOut] = vIn
			thread[oldLastSucc] = after
			revTh[after] = oldLastSucc
		}
	} else {
		threadContinue := thread[vIn]
		if oldRevThread == vIn {
			threadContinue = thread[oldLastSucc]
		}
		stem, parStem := uIn, vIn
		last := lastSucc[uIn]
		after := thread[last]
		thread[vIn] = uIn
		g.dirty = append(g.dirty[:0], vIn)
		for stem != uOut {
			nextStem := parent[stem]
			thread[last] = nextStem
			g.dirty = append(g.dirty, last)
			before := revTh[stem]
			thread[before] = after
			revTh[after] = before
			parent[stem] = parStem
			parStem, stem = stem, nextStem
			if lastSucc[stem] == lastSucc[parStem] {
				last = revTh[parStem]
			} else {
				last = lastSucc[stem]
			}
			after = thread[last]
		}
		parent[uOut] = parStem
		thread[last] = threadContinue
		revTh[threadContinue] = last
		lastSucc[uOut] = last
		if oldRevThread != vIn {
			thread[oldRevThread] = after
			revTh[after] = oldRevThread
		}
		for _, u := range g.dirty {
			revTh[thread[u]] = u
		}
		tmpSc, tmpLs := int32(0), lastSucc[uOut]
		for u, p := uOut, parent[uOut]; u != uIn; u, p = p, parent[p] {
			g.pred[u] = g.pred[p]
			g.predDir[u] = -g.predDir[p]
			tmpSc += succNum[u] - succNum[p]
			succNum[u] = tmpSc
			lastSucc[p] = tmpLs
		}
		g.pred[uIn] = g.inArc
		if uIn == g.source[g.inArc] {
			g.predDir[uIn] = dirUp
		} else {
			g.predDir[uIn] = dirDown
		}
		succNum[uIn] = oldSuccNum
	}

	upLimitOut := int32(-1)
	if lastSucc[join] == vIn {
		upLimitOut = join
	}
	lastSuccOut := lastSucc[uOut]
	for u := vIn; u != -1 && lastSucc[u] == vIn; u = parent[u] {
		lastSucc[u] = lastSuccOut
	}
	if join != oldRevThread && vIn != oldRevThread {
		for u := vOut; u != upLimitOut && lastSucc[u] == oldLastSucc; u = parent[u] {
			lastSucc[u] = oldRevThread
		}
	} else if lastSuccOut != oldLastSucc {
		for u := vOut; u != upLimitOut && lastSucc[u] == oldLastSucc; u = parent[u] {
			lastSucc[u] = lastSuccOut
		}
	}
	for u := vIn; u != join; u = parent[u] {
		succNum[u] += oldSuccNum
	}
	for u := vOut; u != join; u = parent[u] {
		succNum[u] -= oldSuccNum
	}
}

// updatePotential shifts the potentials of the re-hung subtree so that the entering arc's reduced
// cost is zero.
func (g *network) updatePotential() {
	uIn := g.uIn
	sigma := g.pi[g.vIn] - g.pi[uIn] - int64(g.predDir[uIn])*g.cost[g.inArc]
	end := g.thread[g.lastSucc[uIn]]
	for u := uIn; u != end; u = g.thread[u] {
		g.pi[u] += sigma
	}
}
