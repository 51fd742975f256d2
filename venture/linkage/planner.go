package linkage

import (
	"cmp"
	"encoding/json"
	"slices"

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

// usage indexes a plan against its input: served per need, used per resource. A plan naming an
// unknown need or resource, or giving more than a quantity, is an error.
func usage(in *instance, plan Plan) (served, used []int64, err error) {
	served = make([]int64, len(in.needs))
	used = make([]int64, len(in.resources))
	var p socialorg.Problems
	for i, a := range plan.Assignments {
		ni, okN := slices.BinarySearchFunc(in.needs, a.Need, func(n Need, id string) int { return cmp.Compare(n.ID, id) })
		ri, okR := slices.BinarySearchFunc(in.resources, a.Resource, func(r Resource, id string) int { return cmp.Compare(r.ID, id) })
		switch {
		case !okN:
			p.Add(socialorg.Path("plan", "assignments", i, "need"), a.Need, "a need of the input")
		case !okR:
			p.Add(socialorg.Path("plan", "assignments", i, "resource"), a.Resource, "a resource of the input")
		case a.Quantity <= 0:
			p.Add(socialorg.Path("plan", "assignments", i, "quantity"), a.Quantity, "> 0")
		default:
			served[ni] += a.Quantity
			used[ri] += a.Quantity
			if served[ni] > in.needs[ni].Quantity || used[ri] > in.resources[ri].Quantity || served[ni] < 0 || used[ri] < 0 {
				p.Add(socialorg.Path("plan", "assignments", i, "quantity"), a.Quantity, "within the need's and the resource's quantities")
			}
		}
	}
	return served, used, p.Err()
}

// Summarize reads a plan against the needs and resources it was made from. Errors: invalid input
// (as Match), a plan that names an unknown need or resource or exceeds a quantity, or value totals
// beyond an int64.
func Summarize(needs []Need, resources []Resource, plan Plan) (Summary, error) {
	in, err := prepare(needs, resources, nil)
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
// many needs of one plan, NewExplainer indexes the plan once.
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

// NewExplainer indexes a plan against its input (validated as Match validates it).
func NewExplainer(needs []Need, resources []Resource, plan Plan, opts ...socialorg.Option) (*Explainer, error) {
	in, err := prepare(needs, resources, opts)
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

// explainerJSON is the JSON form of an Explainer.
type explainerJSON struct {
	Needs     []Need     `json:"needs"`
	Resources []Resource `json:"resources"`
	Plan      Plan       `json:"plan"`
}

// MarshalJSON encodes the explainer's input and plan.
func (x *Explainer) MarshalJSON() ([]byte, error) {
	return json.Marshal(explainerJSON{x.in.needs, x.in.resources, x.plan})
}

// UnmarshalJSON decodes an input and a plan and indexes them as NewExplainer does.
func (x *Explainer) UnmarshalJSON(b []byte) error {
	var j explainerJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	y, err := NewExplainer(j.Needs, j.Resources, j.Plan)
	if err != nil {
		return err
	}
	*x = *y
	return nil
}

// Explain explains one need (see the package-level Explain).
func (x *Explainer) Explain(needID string) (Explanation, error) {
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
