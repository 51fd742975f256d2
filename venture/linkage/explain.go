package linkage

import (
	"cmp"
	"encoding/json"
	"slices"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/fen"
)

// Explain explains how plan serves the need with the given ID: its assignments, and the resources
// cheaper than the dearest one serving it (or, when nothing serves it, cheaper than its value)
// that did not: another kind (among those serving its community), out of scope, used up, dearer
// with the distance cost (pass the same options as to MatchWith), unprofitable, or left unused by
// a plan that is not Match's. To explain many needs of one plan, NewExplainer indexes the plan
// once. Errors: those of NewExplainer, and a needID that is not a need of the input.
func Explain(needs []Need, resources []Resource, plan Plan, needID string, opts ...socialorg.Option) (Explanation, error) {
	x, err := NewExplainer(needs, resources, plan, opts...)
	if err != nil {
		return Explanation{}, err
	}
	return x.Explain(needID)
}

// Explainer explains the needs of one plan; it is safe for concurrent use.
//
// It indexes the plan and its input once, so that explaining one need costs about its
// assignments and MaxAlternatives, whatever the numbers of resources and of their scopes:
// explaining every need of a plan is near-linear in the size of the input.
type Explainer struct {
	in     *instance
	plan   Plan
	served []int64 // by need index
	used   []int64 // by resource index
	// The assignments of each need, in the plan's order: byNeed[needAt[ni]:needAt[ni+1]] are
	// indexes into plan.Assignments; resOf is the resource index of each assignment.
	byNeed, needAt, resOf []int32
	// The resources of each kind some need has, by rank (cost, then ID): kindRes[kindAt[k]:kindAt[k+1]].
	kindRes, kindAt []int32
	// The resources scoped to each community some need is in, any kind, by rank:
	// commRes[commAt[c]:commAt[c+1]]; and those that serve any community, any kind, by rank.
	commRes, commAt, anyAll []int32
}

// NewExplainer indexes a plan against its input (validated as Match validates it); pass the
// options given to MatchWith. A plan that does not belong to the input is refused as Summarize
// refuses it. Its cost is linear in the input (the needs, the resources and their scopes) and the
// assignments, and the sorts by ID.
func NewExplainer(needs []Need, resources []Resource, plan Plan, opts ...socialorg.Option) (*Explainer, error) {
	in, err := prepare(needs, resources, opts, true)
	if err != nil {
		return nil, err
	}
	u, err := usage(in, plan)
	if err != nil {
		return nil, err
	}
	x := &Explainer{in: in, plan: plan, served: u.served, used: u.used, resOf: u.resOf}
	x.index(u.needOf)
	return x, nil
}

// index builds the explainer's lists by counting sorts from what prepare recorded (no map lookup):
// each is filled in ascending order of what it is sorted by, so no list needs sorting.
func (x *Explainer) index(needOf []int32) {
	in := x.in
	nN, nK, nC := len(in.needs), len(in.kindID), len(in.commID)
	// Assignments by need.
	x.needAt = make([]int32, nN+1)
	for _, ni := range needOf {
		x.needAt[ni+1]++
	}
	for ni := range nN {
		x.needAt[ni+1] += x.needAt[ni]
	}
	x.byNeed = make([]int32, len(x.plan.Assignments))
	next := slices.Clone(x.needAt[:nN])
	for i, ni := range needOf {
		x.byNeed[next[ni]] = int32(i)
		next[ni]++
	}
	// Resources by kind and by community, in rank order.
	x.kindAt = make([]int32, nK+1)
	x.commAt = make([]int32, nC+1)
	last := make([]int32, nC) // the last rank counted for each community: a community listed twice counts once
	for c := range last {
		last[c] = -1
	}
	scoped, anyN := 0, 0
	for q, ri := range in.byCost {
		if k := in.kindOf[ri]; k >= 0 {
			x.kindAt[k+1]++
		}
		if len(in.resources[ri].Communities) == 0 {
			anyN++
		}
		for _, c := range in.scopeComm[in.scopeAt[q]:in.scopeAt[q+1]] {
			if last[c] != int32(q) {
				last[c] = int32(q)
				x.commAt[c+1]++
				scoped++
			}
		}
	}
	for k := range nK {
		x.kindAt[k+1] += x.kindAt[k]
	}
	for c := range nC {
		x.commAt[c+1] += x.commAt[c]
	}
	x.kindRes = make([]int32, x.kindAt[nK])
	x.commRes = make([]int32, scoped)
	x.anyAll = make([]int32, 0, anyN)
	nextK := slices.Clone(x.kindAt[:nK])
	nextC := slices.Clone(x.commAt[:nC])
	for c := range last {
		last[c] = -1
	}
	for q, ri := range in.byCost {
		if k := in.kindOf[ri]; k >= 0 {
			x.kindRes[nextK[k]] = int32(q)
			nextK[k]++
		}
		if len(in.resources[ri].Communities) == 0 {
			x.anyAll = append(x.anyAll, int32(q))
		}
		for _, c := range in.scopeComm[in.scopeAt[q]:in.scopeAt[q+1]] {
			if last[c] != int32(q) {
				last[c] = int32(q)
				x.commRes[nextC[c]] = int32(q)
				nextC[c]++
			}
		}
	}
}

// explainerJSON is the JSON form of an Explainer: its input, its plan, and the distance cost it
// was given (CrossSubdistrictCost), if any.
type explainerJSON struct {
	Needs     []Need        `json:"needs"`
	Resources []Resource    `json:"resources"`
	Plan      Plan          `json:"plan"`
	Distance  *DistanceCost `json:"cross_subdistrict_cost,omitempty"`
}

// MarshalJSON encodes the explainer's input, plan and distance cost. The zero Explainer encodes
// an empty input.
func (x *Explainer) MarshalJSON() ([]byte, error) {
	if x.in == nil {
		return json.Marshal(explainerJSON{Needs: []Need{}, Resources: []Resource{}, Plan: Plan{Assignments: []Assignment{}}})
	}
	j := explainerJSON{Needs: x.in.needs, Resources: x.in.resources, Plan: x.plan}
	if d := x.in.dist; d.Subdistricts != nil && d.PerUnit > 0 {
		j.Distance = &d
	}
	return json.Marshal(j)
}

// UnmarshalJSON decodes an input, a plan and a distance cost (at bounded cost on hostile input,
// socialorg.UnmarshalInput) and indexes them as NewExplainer does.
func (x *Explainer) UnmarshalJSON(b []byte) error {
	var j explainerJSON
	if err := socialorg.UnmarshalInput(b, &j); err != nil {
		return err
	}
	var opts []socialorg.Option
	if j.Distance != nil {
		opts = append(opts, socialorg.Set(DistanceKey, *j.Distance))
	}
	y, err := NewExplainer(j.Needs, j.Resources, j.Plan, opts...)
	if err != nil {
		return err
	}
	*x = *y
	return nil
}

// Explain explains one need (see the package-level Explain). The zero Explainer has no input:
// every need is unknown to it.
//
// The alternatives are the resources cheaper than the ceiling (the dearest resource serving the
// need, or its value when none does) that do not serve it, in the order same kind first, then by
// unit cost and ID, at most MaxAlternatives: those of the need's kind come from the kind's list
// in rank order, those of another kind that serve its community from the community's list and
// the list of resources that serve any community. Each list is read from its cheapest entry and
// no further than the ceiling or the MaxAlternatives-th alternative: at most MaxAlternatives plus
// the need's assignments entries each.
func (x *Explainer) Explain(needID string) (Explanation, error) {
	if x.in == nil {
		return Explanation{}, problem(socialorg.Invalid("need", needID, "a need of the input (the explainer has none: use NewExplainer)"))
	}
	in, served, used := x.in, x.served, x.used
	ni, ok := slices.BinarySearchFunc(in.needs, needID, func(n Need, id string) int { return cmp.Compare(n.ID, id) })
	if !ok {
		return Explanation{}, problem(socialorg.Invalid("need", needID, "a need of the input"))
	}
	n := &in.needs[ni]
	mine := x.byNeed[x.needAt[ni]:x.needAt[ni+1]]
	ex := Explanation{Value: n.Value, Assignments: make([]Assignment, len(mine)), Alternatives: []Alternative{},
		Need: NeedStatus{ID: n.ID, Community: n.Community, Kind: n.Kind, Priority: n.Priority, Quantity: n.Quantity,
			Served: served[ni], Shortfall: n.Quantity - served[ni]}}
	ceiling := n.Value // resources cheaper than this are alternatives
	serving := make([]int32, len(mine))
	for j, i := range mine {
		a := x.plan.Assignments[i]
		if a.Kind == "" {
			a.Kind = n.Kind
		}
		ex.Assignments[j] = a
		ri := x.resOf[i]
		serving[j] = ri
		if j == 0 || in.resources[ri].UnitCost > ceiling {
			ceiling = in.resources[ri].UnitCost
		}
	}
	slices.Sort(serving)
	isServing := func(ri int32) bool { _, found := slices.BinarySearch(serving, ri); return found }
	alt := func(q int32, reason Reason) Alternative {
		ri := in.byCost[q]
		r := &in.resources[ri]
		return Alternative{Resource: r.ID, Party: r.Party, Kind: r.Kind, UnitCost: r.UnitCost, Left: r.Quantity - used[ri], Reason: reason}
	}
	// The need's own kind, in scope or not.
	k := in.needKind[ni]
	for _, q := range x.kindRes[x.kindAt[k]:x.kindAt[k+1]] {
		if in.costR[q] >= ceiling || len(ex.Alternatives) == MaxAlternatives {
			break
		}
		ri := in.byCost[q]
		if isServing(ri) {
			continue
		}
		a := alt(q, 0)
		switch {
		case !in.serves(q, ni):
			a.Reason = OutOfScope
		case a.UnitCost >= n.Value:
			a.Reason = Unprofitable
		case in.margin(int(ri), ni) <= 0, in.distance(int(ri), ni) > 0 && a.Left > 0:
			a.Reason = Dearer
		case a.Left > 0:
			a.Reason = Unchosen
		default:
			a.Reason = Exhausted
		}
		ex.Alternatives = append(ex.Alternatives, a)
	}
	// Other kinds that serve the need's community: the two lists merged, in rank order.
	c := in.needComm[ni]
	scoped, anyR := x.commRes[x.commAt[c]:x.commAt[c+1]], x.anyAll
	for len(ex.Alternatives) < MaxAlternatives && (len(scoped) > 0 || len(anyR) > 0) {
		var q int32
		if len(anyR) == 0 || len(scoped) > 0 && scoped[0] < anyR[0] {
			q, scoped = scoped[0], scoped[1:]
		} else {
			q, anyR = anyR[0], anyR[1:]
		}
		if in.costR[q] >= ceiling {
			break
		}
		if in.resources[in.byCost[q]].Kind != n.Kind {
			ex.Alternatives = append(ex.Alternatives, alt(q, OtherKind))
		}
	}
	ex.Report = explanationReport(&ex)
	return ex, nil
}

// explanationReport explains an explanation in findings: the need, its assignments, its
// alternatives.
func explanationReport(ex *Explanation) socialorg.Report {
	c := socialorg.NewChecker("", socialorg.Date{})
	c.Grow(1 + len(ex.Assignments) + len(ex.Alternatives))
	needMet(&c, &ex.Need)
	cite := citeOf(ruleAssignment)
	for _, a := range ex.Assignments {
		c.SetSubject(a.Need + " ← " + a.Resource)
		c.Verdict(ruleAssignment, a.Margin > 0, socialorg.Words(fen.Format(a.Margin)+" yuan"), socialorg.Words("> 0.00 yuan"), cite)
	}
	cite = citeOf(ruleAlternative)
	for _, a := range ex.Alternatives {
		c.SetSubject(ex.Need.ID + " ← " + a.Resource)
		c.NotApplicable(ruleAlternative, socialorg.Words(a.Reason.String()), socialorg.Value{}, cite)
	}
	return c.Report()
}
