package linkage

import (
	"cmp"
	"encoding/json"
	"math"
	"slices"
	"strconv"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/enum"
	"github.com/socialorg/socialorg/internal/fen"
)

// NeedStatus is how far a plan serves one need.
type NeedStatus struct {
	ID        string `json:"id"`
	Community string `json:"community"`
	Kind      string `json:"kind"`
	Priority  int    `json:"priority,omitempty"`
	Quantity  int64  `json:"quantity"`
	Served    int64  `json:"served"`
	Shortfall int64  `json:"shortfall"`
}

// ResourceStatus is how much of one resource a plan uses.
type ResourceStatus struct {
	ID       string `json:"id"`
	Party    Party  `json:"party"`
	Kind     string `json:"kind"`
	Quantity int64  `json:"quantity"`
	Used     int64  `json:"used"`
	Left     int64  `json:"left"`
}

// KindSummary totals one kind: quantities of one kind add up (fen with fen, hours with hours).
type KindSummary struct {
	Kind      string `json:"kind"`
	Unit      string `json:"unit"` // "fen", "hours" or "units"
	Needed    int64  `json:"needed"`
	Served    int64  `json:"served"`
	Shortfall int64  `json:"shortfall"`
	Offered   int64  `json:"offered"`
	Used      int64  `json:"used"`
}

// CommunityStatus is how well a plan serves one community, in value (quantities of different
// kinds do not add up; their values do).
type CommunityStatus struct {
	Community   string          `json:"community"`
	Needs       int             `json:"needs"`
	ValueNeeded int64           `json:"value_needed"` // Σ quantity × value of its needs
	ValueServed int64           `json:"value_served"` // Σ served × value
	Served      socialorg.Ratio `json:"served"`       // ValueServed / ValueNeeded
}

// Summary is what a planner reads off a plan: each need's shortfall, each resource's leftover,
// totals by kind, and the communities from the worst served.
type Summary struct {
	Net         int64             `json:"net"`
	Value       int64             `json:"value"`
	Cost        int64             `json:"cost"`
	Needs       []NeedStatus      `json:"needs"`       // by ID
	Resources   []ResourceStatus  `json:"resources"`   // by ID
	Kinds       []KindSummary     `json:"kinds"`       // by kind
	Communities []CommunityStatus `json:"communities"` // worst served first (served share, then unmet value, then code)
}

// Unit returns the unit of a kind's quantities: "fen" for KindFunds, "hours" for
// KindVolunteerHours and any kind ending in "-hours", "units" otherwise.
func Unit(kind string) string {
	switch {
	case kind == KindFunds:
		return "fen"
	case kind == KindVolunteerHours, len(kind) > 6 && kind[len(kind)-6:] == "-hours":
		return "hours"
	}
	return "units"
}

// usage checks that a plan belongs to its input, as Match (with the options in in) would make
// it, and indexes it: served per need, used per resource. Each assignment must name a need and a
// resource of the input, of the same kind, the resource serving the need's community, with a
// positive quantity, the margin Match gives (need Value − resource UnitCost − the distance cost)
// and no other assignment of the same pair; the assignments of a need or a resource must stay
// within its Quantity; the plan's totals must be those of its assignments. Each problem names its
// field ("plan.assignments[3].resource"). The cost is linear in the number of assignments (and a
// sort of them when they are not in Match's order), whatever the scopes.
func usage(in *instance, plan Plan) (served, used []int64, err error) {
	var p socialorg.Problems
	if len(plan.Assignments) > MaxArcs {
		return nil, nil, socialorg.Invalid("plan.assignments", len(plan.Assignments), "at most "+strconv.Itoa(MaxArcs)+" assignments")
	}
	served = make([]int64, len(in.needs))
	used = make([]int64, len(in.resources))
	rankOf := make([]int32, len(in.resources))
	for q, ri := range in.byCost {
		rankOf[ri] = int32(q)
	}
	// Paths are built only for problems that are kept.
	bad := func(i int, field string, v any, rule string) {
		path := ""
		if p.Len() < keptProblems {
			path = socialorg.Path("plan", "assignments", i, field)
		}
		p.Add(path, v, rule)
	}
	keys := make([]uint64, 0, len(plan.Assignments)) // need, resource, assignment: for duplicates
	sorted := true
	var value, cost, distance int64
	overflow := false
	add := func(sum *int64, q, unit int64) {
		m, ok := fen.Mul(q, unit)
		if ok {
			*sum, ok = fen.Add(*sum, m)
		}
		overflow = overflow || !ok
	}
	for i, a := range plan.Assignments {
		ni, okN := slices.BinarySearchFunc(in.needs, a.Need, func(n Need, id string) int { return cmp.Compare(n.ID, id) })
		ri, okR := slices.BinarySearchFunc(in.resources, a.Resource, func(r Resource, id string) int { return cmp.Compare(r.ID, id) })
		switch {
		case !okN:
			bad(i, "need", a.Need, "a need of the input")
			continue
		case !okR:
			bad(i, "resource", a.Resource, "a resource of the input")
			continue
		case in.kindOf[ri] != in.needKind[ni]:
			bad(i, "resource", a.Resource, "a resource of the need's kind ("+cut(in.needs[ni].Kind)+")")
			continue
		case !in.serves(rankOf[ri], ni):
			bad(i, "resource", a.Resource, "a resource that serves the need's community ("+cut(in.needs[ni].Community)+")")
			continue
		case a.Quantity <= 0:
			bad(i, "quantity", a.Quantity, "> 0")
			continue
		}
		d := in.distance(ri, ni)
		if want := in.needs[ni].Value - in.resources[ri].UnitCost - d; a.Margin != want {
			bad(i, "margin", a.Margin, "the need's value less the resource's unit cost and distance cost: "+strconv.FormatInt(want, 10))
			continue
		}
		key := uint64(ni)<<(idBits+arcBits) | uint64(ri)<<arcBits
		if len(keys) > 0 && key <= keys[len(keys)-1]&pairMask {
			sorted = false
		}
		keys = append(keys, key|uint64(i))
		s, okS := fen.Add(served[ni], a.Quantity)
		u, okU := fen.Add(used[ri], a.Quantity)
		if !okS || !okU || s > in.needs[ni].Quantity || u > in.resources[ri].Quantity {
			bad(i, "quantity", a.Quantity, "within what the need and the resource have left ("+
				strconv.FormatInt(in.needs[ni].Quantity-served[ni], 10)+", "+strconv.FormatInt(in.resources[ri].Quantity-used[ri], 10)+")")
			continue
		}
		served[ni], used[ri] = s, u
		add(&value, a.Quantity, in.needs[ni].Value)
		add(&cost, a.Quantity, in.resources[ri].UnitCost)
		add(&distance, a.Quantity, d)
	}
	if !sorted { // a pair twice: name the later assignment
		slices.Sort(keys)
		for j := 1; j < len(keys); j++ {
			if keys[j]&pairMask == keys[j-1]&pairMask {
				bad(int(keys[j]&^pairMask), "resource", plan.Assignments[keys[j]&^pairMask].Resource,
					"one assignment per need and resource (also plan.assignments["+strconv.Itoa(int(keys[j-1]&^pairMask))+"])")
			}
		}
	}
	if p.Len() > 0 {
		return nil, nil, p.Err()
	}
	if overflow {
		return nil, nil, socialorg.Invalid("plan", "Σ quantity × value", "totals within 9.2e18 (int64)")
	}
	for _, t := range []struct {
		field     string
		got, want int64
	}{{"plan.value", plan.Value, value}, {"plan.cost", plan.Cost, cost}, {"plan.net", plan.Net, value - cost}, {"plan.distance", plan.Distance, distance}} {
		if t.got != t.want {
			p.Add(t.field, t.got, "the total of the assignments: "+strconv.FormatInt(t.want, 10))
		}
	}
	return served, used, p.Err()
}

// pairMask keeps the need and the resource of an assignment's key (need index, resource index,
// assignment index), for finding duplicates.
const pairMask = math.MaxUint64 &^ (1<<arcBits - 1)

// keptProblems is how many problems socialorg.Problems keeps (it counts the rest).
const keptProblems = 50

// cut shortens a caller's text for an error's rule.
func cut(s string) string { return socialorg.Short(s) }

// Summarize reads a plan against the needs and resources it was made from; pass the options
// given to MatchWith. Errors: invalid input (as Match), and a plan that does not belong to the
// input: an assignment naming an unknown need or resource, a resource of another kind or that does
// not serve the need's community, a quantity that is not positive or goes beyond what the need or
// the resource has (over all its assignments), a margin other than Match gives, a (need, resource)
// pair twice, or totals (Net, Value, Cost, Distance) other than those of the assignments. Each
// error names its field, such as "plan.assignments[3].resource".
func Summarize(needs []Need, resources []Resource, plan Plan, opts ...socialorg.Option) (Summary, error) {
	in, err := prepare(needs, resources, opts, false)
	if err != nil {
		return Summary{}, err
	}
	served, used, err := usage(in, plan)
	if err != nil {
		return Summary{}, err
	}
	s := Summary{Net: plan.Net, Value: plan.Value, Cost: plan.Cost,
		Needs: make([]NeedStatus, len(in.needs)), Resources: make([]ResourceStatus, len(in.resources))}
	kinds := map[string]*KindSummary{}
	kind := func(k string) *KindSummary {
		if x := kinds[k]; x != nil {
			return x
		}
		x := &KindSummary{Kind: k, Unit: Unit(k)}
		kinds[k] = x
		return x
	}
	comms := map[string]*CommunityStatus{}
	overflow := false
	add := func(a *int64, q, v int64) {
		m, ok := fen.Mul(q, v)
		if !ok {
			overflow = true
			return
		}
		if *a, ok = fen.Add(*a, m); !ok {
			overflow = true
		}
	}
	for i, n := range in.needs {
		s.Needs[i] = NeedStatus{ID: n.ID, Community: n.Community, Kind: n.Kind, Priority: n.Priority, Quantity: n.Quantity,
			Served: served[i], Shortfall: n.Quantity - served[i]}
		k := kind(n.Kind)
		k.Needed += n.Quantity // Σ quantities fit: prepare checked them
		k.Served += served[i]
		k.Shortfall += n.Quantity - served[i]
		c := comms[n.Community]
		if c == nil {
			c = &CommunityStatus{Community: n.Community}
			comms[n.Community] = c
		}
		c.Needs++
		add(&c.ValueNeeded, n.Quantity, n.Value)
		add(&c.ValueServed, served[i], n.Value)
	}
	if overflow {
		return Summary{}, socialorg.Invalid("needs", "Σ quantity × value", "totals within 9.2e18 (int64)")
	}
	for i, r := range in.resources {
		s.Resources[i] = ResourceStatus{ID: r.ID, Party: r.Party, Kind: r.Kind, Quantity: r.Quantity, Used: used[i], Left: r.Quantity - used[i]}
		k := kind(r.Kind)
		k.Offered = satAddInt(k.Offered, r.Quantity)
		k.Used += used[i]
	}
	for _, k := range kinds {
		s.Kinds = append(s.Kinds, *k)
	}
	slices.SortFunc(s.Kinds, func(a, b KindSummary) int { return cmp.Compare(a.Kind, b.Kind) })
	for _, c := range comms {
		c.Served = socialorg.NewRatio(c.ValueServed, c.ValueNeeded)
		s.Communities = append(s.Communities, *c)
	}
	slices.SortFunc(s.Communities, func(a, b CommunityStatus) int {
		return cmp.Or(a.Served.Cmp(b.Served), cmp.Compare(b.ValueNeeded-b.ValueServed, a.ValueNeeded-a.ValueServed), cmp.Compare(a.Community, b.Community))
	})
	if s.Kinds == nil {
		s.Kinds = []KindSummary{}
	}
	if s.Communities == nil {
		s.Communities = []CommunityStatus{}
	}
	return s, nil
}

// satAddInt adds two non-negative int64 values, saturating (what resources offer may exceed an
// int64 in total when the needs are small; it is a figure to show, not to compute with).
func satAddInt(a, b int64) int64 {
	if s, ok := fen.Add(a, b); ok {
		return s
	}
	return 1<<63 - 1
}

// Reason says why a resource cheaper than the ones serving a need did not serve it.
type Reason uint8

// The reasons.
const (
	OtherKind    Reason = iota + 1 // it brings another kind
	OutOfScope                     // it does not serve the need's community
	Exhausted                      // all of it went to other needs, where it earns as much or more
	Dearer                         // it costs more once the distance between subdistricts is counted
	Unprofitable                   // its unit cost is not below the need's value
)

var reasonNames = enum.Names[Reason]{
	Type: "Reason",
	Text: []string{"", "other-kind", "out-of-scope", "exhausted", "dearer", "unprofitable"},
	Names: []socialorg.Text{{},
		{Hans: "类型不符", Hant: "類型不符", En: "another kind"},
		{Hans: "不在服务范围", Hant: "不在服務範圍", En: "does not serve the community"},
		{Hans: "已全部用于其他需求", Hant: "已全部用於其他需求", En: "used up by other needs"},
		{Hans: "计入跨街道距离成本后更贵", Hant: "計入跨街道距離成本後更貴", En: "dearer once the distance is counted"},
		{Hans: "单位成本不低于需求价值", Hant: "單位成本不低於需求價值", En: "costs as much as the need is worth"}},
}

// String returns the text form ("out-of-scope"…).
func (r Reason) String() string { return reasonNames.String(r) }

// Name returns the reason in three languages.
func (r Reason) Name() socialorg.Text { return reasonNames.Name(r) }

// MarshalText encodes r as String does.
func (r Reason) MarshalText() ([]byte, error) { return reasonNames.Marshal(r) }

// UnmarshalText decodes the text form.
func (r *Reason) UnmarshalText(b []byte) error { return reasonNames.Unmarshal(b, r) }

// UnmarshalJSON decodes a JSON string; a bad value is an error naming the field.
func (r *Reason) UnmarshalJSON(b []byte) error { return reasonNames.DecodeJSON(b, r) }

// Alternative is a cheaper resource that did not serve a need, and why.
type Alternative struct {
	Resource string `json:"resource"`
	Party    Party  `json:"party"`
	Kind     string `json:"kind"`
	UnitCost int64  `json:"unit_cost"`
	Left     int64  `json:"left"`
	Reason   Reason `json:"reason"`
}

// Explanation explains how a plan serves one need: each assignment with its margin, and the
// cheaper resources that did not serve it, with the reason.
type Explanation struct {
	Need         NeedStatus    `json:"need"`
	Value        int64         `json:"value"` // of one unit
	Assignments  []Assignment  `json:"assignments"`
	Alternatives []Alternative `json:"alternatives"` // cheapest first, at most MaxAlternatives
}

// MaxAlternatives is the most alternatives an Explanation lists.
const MaxAlternatives = 8

// Explain explains how plan serves the need with the given ID: its assignments, and the resources
// cheaper than the dearest one serving it (or, when nothing serves it, cheaper than its value)
// that did not: another kind (among those serving its community), out of scope, used up, dearer
// with the distance cost (pass the same options as to MatchWith), or unprofitable. To explain
// many needs of one plan, NewExplainer indexes the plan once. Errors: those of NewExplainer, and
// a needID that is not a need of the input.
func Explain(needs []Need, resources []Resource, plan Plan, needID string, opts ...socialorg.Option) (Explanation, error) {
	x, err := NewExplainer(needs, resources, plan, opts...)
	if err != nil {
		return Explanation{}, err
	}
	return x.Explain(needID)
}

// Explainer explains the needs of one plan; it is safe for concurrent use.
type Explainer struct {
	in       *instance
	plan     Plan
	served   []int64
	used     []int64
	assigned map[string][]Assignment
}

// NewExplainer indexes a plan against its input (validated as Match validates it); pass the
// options given to MatchWith. A plan that does not belong to the input is refused as Summarize
// refuses it.
func NewExplainer(needs []Need, resources []Resource, plan Plan, opts ...socialorg.Option) (*Explainer, error) {
	in, err := prepare(needs, resources, opts, true)
	if err != nil {
		return nil, err
	}
	served, used, err := usage(in, plan)
	if err != nil {
		return nil, err
	}
	x := &Explainer{in: in, plan: plan, served: served, used: used, assigned: map[string][]Assignment{}}
	for _, a := range plan.Assignments {
		x.assigned[a.Need] = append(x.assigned[a.Need], a)
	}
	return x, nil
}

// explainerJSON is the JSON form of an Explainer: its input, its plan, and the distance cost it
// was given (CrossSubdistrictCost), if any.
type explainerJSON struct {
	Needs     []Need        `json:"needs"`
	Resources []Resource    `json:"resources"`
	Plan      Plan          `json:"plan"`
	Distance  *distanceJSON `json:"cross_subdistrict_cost,omitempty"`
}

// distanceJSON is the JSON form of CrossSubdistrictCost.
type distanceJSON struct {
	PerUnit      int64             `json:"per_unit"`
	Subdistricts map[string]string `json:"subdistricts"`
}

// MarshalJSON encodes the explainer's input, plan and distance cost. The zero Explainer encodes
// an empty input.
func (x *Explainer) MarshalJSON() ([]byte, error) {
	if x.in == nil {
		return json.Marshal(explainerJSON{Needs: []Need{}, Resources: []Resource{}, Plan: Plan{Assignments: []Assignment{}}})
	}
	j := explainerJSON{Needs: x.in.needs, Resources: x.in.resources, Plan: x.plan}
	if d := x.in.dist; d.subdistricts != nil && d.perUnit > 0 {
		j.Distance = &distanceJSON{PerUnit: d.perUnit, Subdistricts: d.subdistricts}
	}
	return json.Marshal(j)
}

// UnmarshalJSON decodes an input, a plan and a distance cost and indexes them as NewExplainer
// does.
func (x *Explainer) UnmarshalJSON(b []byte) error {
	var j explainerJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	var opts []socialorg.Option
	if j.Distance != nil {
		opts = append(opts, CrossSubdistrictCost(j.Distance.PerUnit, j.Distance.Subdistricts))
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
func (x *Explainer) Explain(needID string) (Explanation, error) {
	if x.in == nil {
		return Explanation{}, socialorg.Invalid("need", needID, "a need of the input (the explainer has none: use NewExplainer)")
	}
	in, served, used := x.in, x.served, x.used
	ni, ok := slices.BinarySearchFunc(in.needs, needID, func(n Need, id string) int { return cmp.Compare(n.ID, id) })
	if !ok {
		return Explanation{}, socialorg.Invalid("need", needID, "a need of the input")
	}
	n := in.needs[ni]
	ex := Explanation{Value: n.Value, Assignments: []Assignment{}, Alternatives: []Alternative{},
		Need: NeedStatus{ID: n.ID, Community: n.Community, Kind: n.Kind, Priority: n.Priority, Quantity: n.Quantity,
			Served: served[ni], Shortfall: n.Quantity - served[ni]}}
	ceiling := n.Value // resources cheaper than this are alternatives
	serving := map[string]bool{}
	for _, a := range x.assigned[n.ID] {
		ex.Assignments = append(ex.Assignments, a)
		serving[a.Resource] = true
	}
	if len(ex.Assignments) > 0 {
		ceiling = 0
		for ri, r := range in.resources {
			if serving[r.ID] {
				ceiling = max(ceiling, in.resources[ri].UnitCost)
			}
		}
	}
	for ri, r := range in.resources {
		if serving[r.ID] || r.UnitCost >= ceiling {
			continue
		}
		inScope := len(r.Communities) == 0 || slices.Contains(r.Communities, n.Community)
		alt := Alternative{Resource: r.ID, Party: r.Party, Kind: r.Kind, UnitCost: r.UnitCost, Left: r.Quantity - used[ri]}
		switch {
		case r.Kind != n.Kind && inScope:
			alt.Reason = OtherKind
		case r.Kind != n.Kind:
			continue // another kind and another place: not a plausible alternative
		case !inScope:
			alt.Reason = OutOfScope
		case r.UnitCost >= n.Value:
			alt.Reason = Unprofitable
		case in.kindOf[ri] >= 0 && in.margin(ri, ni) <= 0, in.distance(ri, ni) > 0 && alt.Left > 0:
			alt.Reason = Dearer
		default:
			alt.Reason = Exhausted
		}
		ex.Alternatives = append(ex.Alternatives, alt)
	}
	slices.SortFunc(ex.Alternatives, func(a, b Alternative) int {
		// Same kind first (the informative ones), then cheapest, then ID.
		return cmp.Or(cmp.Compare(boolInt(a.Reason == OtherKind), boolInt(b.Reason == OtherKind)),
			cmp.Compare(a.UnitCost, b.UnitCost), cmp.Compare(a.Resource, b.Resource))
	})
	if len(ex.Alternatives) > MaxAlternatives {
		ex.Alternatives = ex.Alternatives[:MaxAlternatives]
	}
	return ex, nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
