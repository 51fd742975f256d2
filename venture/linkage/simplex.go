package linkage

import (
	"cmp"
	"math"
	"slices"
)

// This file is a primal network simplex for min-cost flow with int64 capacities and costs: a
// spanning-tree basis kept strongly feasible, stored as parent, predecessor-arc, thread (preorder),
// reverse-thread, subtree-size and last-successor arrays, and a block-search pivot rule (the
// entering arc is the most negative reduced cost within a block of about √m arcs, the search
// resuming where the previous one stopped). This is the design that LEMON's NetworkSimplex and
// the experimental study of Kovács (2015) found fastest on most instances.
//
// The network is the linkage problem's, and the layout is made for it:
//
//   - Nodes 0…nR−1 are resources, nR…n−2 needs, n−1 the root. Every unit of a resource's supply
//     must reach the root, which demands the total.
//   - Arcs 0…mB−1 run from a resource to a need (the candidate pairs). Arc mB+u runs from node u
//     to the root: a resource's is uncapacitated, a need's is capacitated by the need's quantity.
//     Only the candidate arcs are stored (source and target); the root arcs are implied.
//   - A candidate arc's capacity is the smaller of its resource's supply and its need's quantity,
//     computed when needed rather than stored.
//   - Costs are stored after a change of potentials that leaves every reduced cost as it is (and
//     so every pivot): a resource's root arc costs −(its unit cost), a need's root arc −(its
//     value), and a candidate arc the distance cost between them (zero without
//     CrossSubdistrictCost, and then not stored at all). In these terms a path resource → need →
//     root costs (unit cost + distance − value) more than resource → root, as in the original
//     costs. The search therefore reads only each candidate arc's state and endpoints.
//   - The flow of a tree arc is kept with the node below it (nodeFlow); an arc out of the tree
//     carries nothing (state lower) or its capacity (state upper).
//
// Each node starts as a child of the root through its own root arc: a resource's carries its
// supply, a need's nothing. Both arcs point toward the root and neither is saturated, so the
// first tree is strongly feasible and no artificial arc or big-M cost is needed.

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

// network is a min-cost-flow problem and its basis.
type network struct {
	n    int   // nodes, the root included
	nR   int32 // resource nodes
	mB   int   // candidate arcs
	m    int   // all arcs: mB + n − 1
	root int32

	src, tgt []int32 // candidate arcs' endpoints
	needArcs []int32 // need nR+j's arcs are needArcs[j] … needArcs[j+1]−1
	far      []bool  // candidate arcs that pay the distance cost; nil when none does
	perUnit  int64   // the distance cost
	state    []int8  // every arc's state

	ncap     []int64 // node → a resource's supply, a need's quantity
	rootCost []int64 // node → its root arc's cost (−unit cost, −value)

	parent   []int32
	pred     []int32
	predDir  []int8
	nodeFlow []int64 // node → the flow on its predecessor arc
	thread   []int32
	revTh    []int32
	succNum  []int32
	lastSucc []int32
	pi       []int64

	dirty []int32

	// crash's scratch
	cLeft, cServed, cEdgeFlow                          []int64
	cByValue, cEdgeArc, cAdjStart, cAdj, cFill, cOrder []int32

	// pivot state
	blockSize int
	nextArc   int
	inArc     int32
	inFlow    int64 // the entering arc's flow after the pivot
	join      int32
	uIn, vIn  int32
	uOut      int32
	delta     int64
}

// reset makes g a network of nR resources and nN needs over the candidate arcs src → tgt (node
// numbers), which it keeps, by need: need node nR+j's arcs are needArcs[j] … needArcs[j+1]−1. Supplies, quantities and costs follow from setResource, setNeed and
// setDistance. A network is reused from one problem to the next: its arrays keep their memory.
func (g *network) reset(nR, nN int, src, tgt, needArcs []int32) {
	n := nR + nN + 1
	mB := len(src)
	g.n, g.nR, g.mB, g.m, g.root, g.src, g.tgt, g.needArcs = n, int32(nR), mB, mB+n-1, int32(n-1), src, tgt, needArcs
	g.far, g.perUnit = nil, 0
	g.state = reuse(g.state, g.m)
	g.ncap = reuse(g.ncap, n-1)
	g.rootCost = reuse(g.rootCost, n-1)
	g.nextArc = 0
}

// reuse returns buf with length n, reallocated only when it is too short; its contents are not
// cleared.
func reuse[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n)
	}
	return buf[:n]
}

// setResource sets resource node u's supply and unit cost.
func (g *network) setResource(u int32, supply, unitCost int64) {
	g.ncap[u], g.rootCost[u] = supply, -unitCost
}

// setNeed sets need node u's quantity and value.
func (g *network) setNeed(u int32, quantity, value int64) {
	g.ncap[u], g.rootCost[u] = quantity, -value
}

// setDistance gives the candidate arcs marked in far the cost perUnit.
func (g *network) setDistance(far []bool, perUnit int64) {
	g.far, g.perUnit = far, perUnit
}

// source, target, cost and capacity of any arc.
func (g *network) source(e int32) int32 {
	if int(e) >= g.mB {
		return e - int32(g.mB)
	}
	return g.src[e]
}

func (g *network) target(e int32) int32 {
	if int(e) >= g.mB {
		return g.root
	}
	return g.tgt[e]
}

func (g *network) cost(e int32) int64 {
	if int(e) >= g.mB {
		return g.rootCost[int(e)-g.mB]
	}
	if g.far != nil && g.far[e] {
		return g.perUnit
	}
	return 0
}

func (g *network) capacity(e int32) int64 {
	if int(e) >= g.mB {
		if u := e - int32(g.mB); u >= g.nR {
			return g.ncap[u]
		}
		return unbounded
	}
	return min(g.ncap[g.src[e]], g.ncap[g.tgt[e]])
}

// alloc sizes the basis.
func (g *network) alloc() {
	n := g.n
	g.parent = reuse(g.parent, n)
	g.pred = reuse(g.pred, n)
	g.predDir = reuse(g.predDir, n)
	g.nodeFlow = reuse(g.nodeFlow, n)
	g.thread = reuse(g.thread, n)
	g.revTh = reuse(g.revTh, n)
	g.succNum = reuse(g.succNum, n)
	g.lastSucc = reuse(g.lastSucc, n)
	g.pi = reuse(g.pi, n)
	g.blockSize = max(10, int(math.Sqrt(float64(g.m))))
	g.dirty = g.dirty[:0]
}

// init sets up the plain first basis: every node a child of the root.
func (g *network) init() {
	n := g.n
	for e := range g.mB {
		g.state[e] = stateLower
	}
	root := g.root
	g.parent[root] = -1
	g.pred[root] = -1
	g.pi[root] = 0
	g.succNum[root] = int32(n)
	g.thread[root] = 0
	g.revTh[0] = root
	g.lastSucc[root] = root - 1
	if n == 1 {
		g.thread[root], g.revTh[root], g.lastSucc[root] = root, root, root
	}
	for u := int32(0); u < root; u++ {
		g.parent[u] = root
		g.pred[u] = int32(g.mB) + u
		g.predDir[u] = dirUp
		g.thread[u] = u + 1
		g.revTh[u+1] = u
		g.succNum[u] = 1
		g.lastSucc[u] = u
		g.state[g.mB+int(u)] = stateTree
		g.nodeFlow[u] = 0
		if u < g.nR {
			g.nodeFlow[u] = g.ncap[u] // a resource's supply goes to the root
		}
		g.pi[u] = -g.rootCost[u] // reduced cost of a tree arc is 0: cost + π(u) − π(root)
	}
}

// crash sets up a first basis from a greedy plan, so that the simplex starts near the optimum:
// needs by value, highest first, each served by its candidates in the order of its arcs
// (cheapest first) while they have something left. It reports false, leaving the basis to init, if the plan gives no valid basis
// (which the argument below rules out; the check is a guard).
//
// The arcs the greedy plan uses form a forest: a need takes from resources that have something
// left and leaves all but the last of them empty, so every component keeps at most one resource
// with something left, and a need that is not served in full leaves none (then nothing joins its
// component again). Each component hangs from the root by the one root arc whose flow is strictly
// between its bounds, if any: its resource with something left, or its need served in part; else
// by a resource's. Every other root arc is at a bound (an empty resource, a need served in full).
// The tree is strongly feasible: a need below a resource has flow on its arc; a resource below a
// need needs room on its arc, and when its arc is full (it gave the need all it had, or all the
// need asked) the arc leaves the tree at its upper bound and the resource hangs from the root.
func (g *network) crash() bool {
	needArcs := g.needArcs
	n, nR, root := g.n, g.nR, g.root
	nN := n - 1 - int(nR)
	g.cLeft = reuse(g.cLeft, int(nR))
	left := g.cLeft
	copy(left, g.ncap[:nR])
	g.cServed = reuse(g.cServed, nN)
	served := g.cServed
	g.cByValue = reuse(g.cByValue, nN)
	byValue := g.cByValue
	for j := range byValue {
		byValue[j] = int32(j)
	}
	slices.SortFunc(byValue, func(a, b int32) int {
		return cmp.Or(cmp.Compare(g.rootCost[nR+a], g.rootCost[nR+b]), cmp.Compare(a, b)) // −value ascending
	})
	// The greedy plan: edges (arc, flow).
	edgeArc, edgeFlow := g.cEdgeArc[:0], g.cEdgeFlow[:0]
	for _, j := range byValue {
		q := g.ncap[nR+j]
		for e := needArcs[j]; e < needArcs[j+1] && q > 0; e++ {
			r := g.src[e]
			if left[r] == 0 {
				continue
			}
			x := min(q, left[r])
			left[r] -= x
			q -= x
			edgeArc = append(edgeArc, int32(e))
			edgeFlow = append(edgeFlow, x)
		}
		served[j] = g.ncap[nR+j] - q
	}
	g.cEdgeArc, g.cEdgeFlow = edgeArc, edgeFlow
	// Adjacency of the forest.
	g.cAdjStart = reuse(g.cAdjStart, n+1)
	adjStart := g.cAdjStart
	clear(adjStart)
	for _, e := range edgeArc {
		adjStart[g.src[e]+1]++
		adjStart[g.tgt[e]+1]++
	}
	for u := range n {
		adjStart[u+1] += adjStart[u]
	}
	g.cAdj = reuse(g.cAdj, max(2*len(edgeArc), n-1)) // edge indexes, then children
	adj := g.cAdj[:2*len(edgeArc)]
	g.cFill = reuse(g.cFill, n)
	fill := g.cFill
	copy(fill, adjStart[:n])
	for i, e := range edgeArc {
		s, t := g.src[e], g.tgt[e]
		adj[fill[s]] = int32(i)
		fill[s]++
		adj[fill[t]] = int32(i)
		fill[t]++
	}
	// Hang each component from its top, breadth first; parent −2 = not reached yet.
	parent, pred, predDir, flow := g.parent, g.pred, g.predDir, g.nodeFlow
	for u := range parent {
		parent[u] = -2
	}
	for e := range g.mB {
		g.state[e] = stateLower
	}
	queue, head := fill[:0], 0 // reused; at most n nodes in all
	hang := func(u int32) {    // u hangs from the root by its root arc
		parent[u], pred[u], predDir[u] = root, int32(g.mB)+u, dirUp
		if u < nR {
			flow[u] = left[u]
		} else {
			flow[u] = served[u-nR]
		}
		queue = append(queue, u)
	}
	bfs := func() {
		for head < len(queue) {
			p := queue[head]
			head++
			for _, i := range adj[adjStart[p]:adjStart[p+1]] {
				e := edgeArc[i]
				u := g.src[e]
				if u == p {
					u = g.tgt[e]
				}
				if parent[u] != -2 {
					continue
				}
				x := edgeFlow[i]
				if u < nR && x == g.capacity(e) { // a resource below a need, on a full arc
					g.state[e] = stateUpper
					hang(u)
					continue
				}
				parent[u], pred[u], flow[u] = p, e, x
				predDir[u] = dirDown
				if u < nR {
					predDir[u] = dirUp
				}
				g.state[e] = stateTree
				queue = append(queue, u)
			}
		}
	}
	for r := range nR { // components with a resource that has something left
		if left[r] > 0 && adjStart[r+1] > adjStart[r] && parent[r] == -2 {
			hang(r)
			bfs()
		}
	}
	for u := nR; u < root; u++ { // with a need served in part
		if served[u-nR] < g.ncap[u] && adjStart[u+1] > adjStart[u] && parent[u] == -2 {
			hang(u)
			bfs()
		}
	}
	for r := range nR { // the others, from a resource
		if parent[r] == -2 {
			hang(r)
			bfs()
		}
	}
	for u := nR; u < root; u++ { // needs that nothing serves
		if parent[u] == -2 {
			hang(u)
		}
	}
	// Root arcs out of the tree must be at a bound.
	for u := range root {
		e := int(g.mB) + int(u)
		if parent[u] == root && pred[u] == int32(e) {
			g.state[e] = stateTree
			continue
		}
		switch {
		case u < nR && left[u] == 0, u >= nR && served[u-nR] == 0:
			g.state[e] = stateLower
		case u >= nR && served[u-nR] == g.ncap[u]:
			g.state[e] = stateUpper
		default:
			return false
		}
	}
	// Thread (preorder from the root, children by node number), subtree sizes, last successors,
	// potentials.
	kids := adjStart // reused: children by parent
	clear(kids)
	for u := range root {
		kids[parent[u]+1]++
	}
	for u := range n {
		kids[u+1] += kids[u]
	}
	kid := g.cAdj[:n-1]
	copy(fill, kids[:n])
	for u := range root {
		p := parent[u]
		kid[fill[p]] = u
		fill[p]++
	}
	parent[root], pred[root] = -1, -1
	g.cOrder = reuse(g.cOrder, n)
	order := g.cOrder[:0]
	stack := append(fill[:0], root)
	for len(stack) > 0 {
		u := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		order = append(order, u)
		for i := kids[u+1] - 1; i >= kids[u]; i-- {
			stack = append(stack, kid[i])
		}
	}
	for i, u := range order {
		v := order[(i+1)%n]
		g.thread[u], g.revTh[v] = v, u
		g.succNum[u] = 1
	}
	for i := n - 1; i > 0; i-- {
		u := order[i]
		g.succNum[parent[u]] += g.succNum[u]
	}
	pos := g.cFill // reused
	for i, u := range order {
		pos[u] = int32(i)
	}
	for _, u := range order {
		g.lastSucc[u] = order[pos[u]+g.succNum[u]-1]
	}
	g.pi[root] = 0
	for _, u := range order[1:] {
		e, p := pred[u], parent[u]
		switch {
		case int(e) >= g.mB:
			g.pi[u] = -g.rootCost[u]
		case predDir[u] == dirUp:
			g.pi[u] = g.pi[p] - g.cost(e)
		default:
			g.pi[u] = g.pi[p] + g.cost(e)
		}
	}
	return true
}

// solve runs the simplex to optimality from the greedy first basis (crash), or the plain one.
func (g *network) solve() {
	g.alloc()
	if !g.crash() {
		g.init()
	}
	g.solveFrom()
}

// solveFrom pivots from the current basis to an optimal one.
func (g *network) solveFrom() {
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

// flows calls f for every candidate arc that carries flow, with the flow.
func (g *network) flows(f func(e int, flow int64)) {
	for u := int32(0); u < g.root; u++ {
		if e := g.pred[u]; int(e) < g.mB && g.nodeFlow[u] > 0 {
			f(int(e), g.nodeFlow[u])
		}
	}
	for e := range g.mB {
		if g.state[e] == stateUpper {
			f(e, g.capacity(int32(e)))
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
	for from < to {
		end := to
		var e int
		var ok bool
		switch {
		case from >= g.mB:
			e, ok = g.scanRoot(from, end, cnt, min)
		case g.far != nil:
			end = minInt(end, g.mB)
			e, ok = g.scanFar(from, end, cnt, min)
		default:
			end = minInt(end, g.mB)
			e, ok = g.scanCandidates(from, end, cnt, min)
		}
		if ok {
			return e, true
		}
		from = end
	}
	return 0, false
}

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}

// scanCandidates is searchBlocks over candidate arcs of cost zero: the reduced cost is
// state × (π(resource) − π(need)), zero for a tree arc. The arcs come by need, so the need's
// potential is read once for all its arcs.
func (g *network) scanCandidates(from, to int, cnt *int, min *int64) (int, bool) {
	src, st, pi, na := g.src[:to], g.state[:to], g.pi, g.needArcs
	// j is the need of arc from: na[j] ≤ from < na[j+1].
	j, _ := slices.BinarySearch(na, int32(from)+1)
	j--
	best, inArc, c := *min, g.inArc, *cnt
	for e := from; e < to; {
		end := minInt(to, e+c)
		c -= end - e
		for e < end {
			for int(na[j+1]) <= e {
				j++
			}
			stop := minInt(end, int(na[j+1]))
			pn := pi[int(g.nR)+j]
			for ; e < stop; e++ {
				if r := int64(st[e]) * (pi[src[e]] - pn); r < best {
					best, inArc = r, int32(e)
				}
			}
		}
		if c == 0 {
			if best < 0 {
				*min, g.inArc, *cnt = best, inArc, c
				return e - 1, true
			}
			c = g.blockSize
		}
	}
	*min, g.inArc, *cnt = best, inArc, c
	return 0, false
}

// scanFar is scanCandidates when some candidate arcs pay the distance cost.
func (g *network) scanFar(from, to int, cnt *int, min *int64) (int, bool) {
	src, tgt, st, far, pi := g.src[:to], g.tgt[:to], g.state[:to], g.far[:to], g.pi
	best, inArc, c := *min, g.inArc, *cnt
	for e := from; e < to; {
		end := minInt(to, e+c)
		c -= end - e
		for ; e < end; e++ {
			r := pi[src[e]] - pi[tgt[e]]
			if far[e] {
				r += g.perUnit
			}
			if r *= int64(st[e]); r < best {
				best, inArc = r, int32(e)
			}
		}
		if c == 0 {
			if best < 0 {
				*min, g.inArc, *cnt = best, inArc, c
				return e - 1, true
			}
			c = g.blockSize
		}
	}
	*min, g.inArc, *cnt = best, inArc, c
	return 0, false
}

// scanRoot is searchBlocks over the root arcs: the reduced cost of node u's is
// state × (cost + π(u)), as the root's potential stays zero.
func (g *network) scanRoot(from, to int, cnt *int, min *int64) (int, bool) {
	mB := g.mB
	st, cost, pi := g.state[:to], g.rootCost, g.pi
	best, inArc, c := *min, g.inArc, *cnt
	for e := from; e < to; {
		end := minInt(to, e+c)
		c -= end - e
		for ; e < end; e++ {
			u := e - mB
			if r := int64(st[e]) * (cost[u] + pi[u]); r < best {
				best, inArc = r, int32(e)
			}
		}
		if c == 0 {
			if best < 0 {
				*min, g.inArc, *cnt = best, inArc, c
				return e - 1, true
			}
			c = g.blockSize
		}
	}
	*min, g.inArc, *cnt = best, inArc, c
	return 0, false
}

// findJoinNode finds the apex of the cycle the entering arc closes.
func (g *network) findJoinNode() {
	u, v := g.source(g.inArc), g.target(g.inArc)
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
	first, second := g.source(in), g.target(in)
	if g.state[in] != stateLower {
		first, second = second, first
	}
	g.delta = g.capacity(in)
	result := 0
	for u := first; u != g.join; u = g.parent[u] {
		d := g.nodeFlow[u]
		if g.predDir[u] == dirDown {
			d = residual(g.capacity(g.pred[u]), d)
		}
		if d < g.delta {
			g.delta, g.uOut, result = d, u, 1
		}
	}
	for u := second; u != g.join; u = g.parent[u] {
		d := g.nodeFlow[u]
		if g.predDir[u] == dirUp {
			d = residual(g.capacity(g.pred[u]), d)
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
// arcs; the entering arc's new flow is kept in inFlow for updateTree.
func (g *network) changeFlow(change bool) {
	in := g.inArc
	if g.delta > 0 {
		val := int64(g.state[in]) * g.delta
		for u := g.source(in); u != g.join; u = g.parent[u] {
			g.nodeFlow[u] -= int64(g.predDir[u]) * val
		}
		for u := g.target(in); u != g.join; u = g.parent[u] {
			g.nodeFlow[u] += int64(g.predDir[u]) * val
		}
	}
	if change {
		if g.state[in] == stateLower {
			g.inFlow = g.delta
		} else {
			g.inFlow = g.capacity(in) - g.delta
		}
		g.state[in] = stateTree
		out := g.pred[g.uOut]
		if g.nodeFlow[g.uOut] == 0 {
			g.state[out] = stateLower
		} else {
			g.state[out] = stateUpper
		}
	} else {
		g.state[in] = -g.state[in]
	}
}

// updateTree re-hangs the subtree cut off by the leaving arc from the entering arc, updating the
// thread, reverse thread, parents, predecessor arcs and their flows, subtree sizes and last
// successors.
func (g *network) updateTree() {
	uIn, vIn, uOut, join := g.uIn, g.vIn, g.uOut, g.join
	parent, thread, revTh, lastSucc, succNum := g.parent, g.thread, g.revTh, g.lastSucc, g.succNum
	oldRevThread := revTh[uOut]
	oldSuccNum := succNum[uOut]
	oldLastSucc := lastSucc[uOut]
	vOut := parent[uOut]
	inDir := dirDown
	if uIn == g.source(g.inArc) {
		inDir = dirUp
	}

	if uIn == uOut {
		parent[uIn] = vIn
		g.pred[uIn] = g.inArc
		g.predDir[uIn] = inDir
		g.nodeFlow[uIn] = g.inFlow
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
			g.nodeFlow[u] = g.nodeFlow[p]
			tmpSc += succNum[u] - succNum[p]
			succNum[u] = tmpSc
			lastSucc[p] = tmpLs
		}
		g.pred[uIn] = g.inArc
		g.predDir[uIn] = inDir
		g.nodeFlow[uIn] = g.inFlow
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
	sigma := g.pi[g.vIn] - g.pi[uIn] - int64(g.predDir[uIn])*g.cost(g.inArc)
	end := g.thread[g.lastSucc[uIn]]
	for u := uIn; u != end; u = g.thread[u] {
		g.pi[u] += sigma
	}
}
