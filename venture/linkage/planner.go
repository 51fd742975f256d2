package linkage

import (
	"cmp"
	"math"
	"slices"
	"strconv"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/enum"
	"github.com/socialorg/socialorg/internal/fen"
)

// NeedStatus is how far a plan serves one need. Quantities are in the kind's unit (fen for
// KindFunds, which the JSON form also gives in yuan: "served_yuan"…).
type NeedStatus struct {
	ID        string `json:"id"`
	Community string `json:"community"`
	Kind      string `json:"kind"`
	Priority  int    `json:"priority,omitempty"`
	Quantity  int64  `json:"quantity"`
	Served    int64  `json:"served"`
	Shortfall int64  `json:"shortfall"`
}

// ResourceStatus is how much of one resource a plan uses. Quantities are in the kind's unit (fen
// for KindFunds, which the JSON form also gives in yuan).
type ResourceStatus struct {
	ID       string `json:"id"`
	Party    Party  `json:"party"`
	Kind     string `json:"kind"`
	Quantity int64  `json:"quantity"`
	Used     int64  `json:"used"`
	Left     int64  `json:"left"`
}

// KindSummary totals one kind: quantities of one kind add up (fen with fen, hours with hours).
// For KindFunds the JSON form also gives them in yuan.
type KindSummary struct {
	Kind      string `json:"kind"`
	Unit      string `json:"unit"` // "fen", "hours" or "units"
	Needed    int64  `json:"needed"`
	Served    int64  `json:"served"`
	Shortfall int64  `json:"shortfall"`
	Offered   int64  `json:"offered"`
	Used      int64  `json:"used"`
	// Coverage is Served / Needed (the JSON form adds it as a decimal string, "coverage_decimal").
	Coverage socialorg.Ratio `json:"coverage"`
}

// CommunityStatus is how well a plan serves one community, in value (quantities of different
// kinds do not add up; their values, in fen, do).
type CommunityStatus struct {
	Community   string          `json:"community"`
	Needs       int             `json:"needs"`
	ValueNeeded int64           `json:"value_needed"` // Σ quantity × value of its needs, fen
	ValueServed int64           `json:"value_served"` // Σ served × value, fen
	Served      socialorg.Ratio `json:"served"`       // ValueServed / ValueNeeded (and "served_decimal" in JSON)
}

// Summary is what a planner reads off a plan: each need's shortfall, each resource's leftover,
// totals by kind, and the communities from the worst served. Net, Value and Cost are fen (NetYuan…
// give them in yuan).
//
// Its Report explains the plan the way every package of the library explains itself: one finding
// per need (RuleNeedMet), per kind (RuleKindServed) and per community (RuleCommunityServed), in
// that order (needs by ID, kinds by name, communities worst served first), Pass when met in full,
// else Fail. The JSON form adds the verdict ("verdict": "met" when every need is met in full).
type Summary struct {
	Net         int64             `json:"net"`
	Value       int64             `json:"value"`
	Cost        int64             `json:"cost"`
	Needs       []NeedStatus      `json:"needs"`       // by ID
	Resources   []ResourceStatus  `json:"resources"`   // by ID
	Kinds       []KindSummary     `json:"kinds"`       // by kind
	Communities []CommunityStatus `json:"communities"` // worst served first (served share, then unmet value, then code)
	// Coverage is the value served over the value needed, over every need (Σ served × value /
	// Σ quantity × value); the JSON form adds "coverage_decimal".
	Coverage socialorg.Ratio `json:"coverage"`
	socialorg.Report
}

// Unit returns the unit of a kind's quantities: "fen" for KindFunds, "hours" for
// KindVolunteerHours and any kind ending in "-hours", "units" otherwise.
func Unit(kind string) string {
	switch {
	case kind == KindFunds:
		return "fen"
	case kind == KindVolunteerHours, len(kind) > len(hoursSuffix) && kind[len(kind)-len(hoursSuffix):] == hoursSuffix:
		return "hours"
	}
	return "units"
}

// hoursSuffix ends the name of a kind counted in hours.
const hoursSuffix = "-hours"

// usage checks that a plan belongs to its input, as Match (with the options in in) would make
// it, and indexes it: served per need, used per resource, the need and resource of each
// assignment. Each
// assignment must name a need and a resource of the input, of the same kind (and an assignment
// that states its kind must state the need's), the resource serving the need's community, with a
// positive quantity, the margin Match gives (need Value − resource UnitCost − the distance cost)
// and no other assignment of the same pair; the assignments of a need or a resource must stay
// within its Quantity; the plan's totals must be those of its assignments. Each problem names its
// field ("plan.assignments[3].resource"). The cost is linear in the number of assignments (and a
// sort of them when they are not in Match's order), whatever the scopes.
func usage(in *instance, plan Plan) (*planUse, error) {
	p := socialorg.Problems{Package: pkg}
	if len(plan.Assignments) > MaxArcs {
		return nil, problem(socialorg.Invalid("plan.assignments", len(plan.Assignments), "at most 16777216 assignments"))
	}
	served := make([]int64, len(in.needs))
	used := make([]int64, len(in.resources))
	rankOf := make([]int32, len(in.resources))
	for q, ri := range in.byCost {
		rankOf[ri] = int32(q)
	}
	needOf := make([]int32, len(plan.Assignments))
	resOf := make([]int32, len(plan.Assignments))
	prevN := 0
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
		// Match's plan is sorted by need: its need is the previous one's or the next.
		ni, okN := prevN, false
		switch {
		case ni < len(in.needs) && in.needs[ni].ID == a.Need:
			okN = true
		case ni+1 < len(in.needs) && in.needs[ni+1].ID == a.Need:
			ni, okN = ni+1, true
		default:
			ni, okN = slices.BinarySearchFunc(in.needs, a.Need, func(n Need, id string) int { return cmp.Compare(n.ID, id) })
		}
		if okN {
			prevN = ni
		}
		ri, okR := slices.BinarySearchFunc(in.resources, a.Resource, func(r Resource, id string) int { return cmp.Compare(r.ID, id) })
		needOf[i], resOf[i] = int32(ni), int32(ri)
		switch {
		case !okN:
			bad(i, "need", a.Need, "a need of the input")
			continue
		case !okR:
			bad(i, "resource", a.Resource, "a resource of the input")
			continue
		case a.Kind != "" && a.Kind != in.needs[ni].Kind:
			bad(i, "kind", a.Kind, "the need's kind: "+cut(in.needs[ni].Kind))
			continue
		case in.kindOf[ri] != in.needKind[ni]:
			bad(i, "resource", a.Resource, "a resource of the need's kind: "+cut(in.needs[ni].Kind))
			continue
		case !in.serves(rankOf[ri], ni):
			bad(i, "resource", a.Resource, "a resource that serves the need's community: "+cut(in.needs[ni].Community))
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
		switch {
		case !okS || s > in.needs[ni].Quantity:
			bad(i, "quantity", a.Quantity, "within what the need has left: "+strconv.FormatInt(in.needs[ni].Quantity-served[ni], 10))
			continue
		case !okU || u > in.resources[ri].Quantity:
			bad(i, "quantity", a.Quantity, "within what the resource has left: "+strconv.FormatInt(in.resources[ri].Quantity-used[ri], 10))
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
					"one assignment per need and resource, as in plan.assignments["+strconv.Itoa(int(keys[j-1]&^pairMask))+"]")
			}
		}
	}
	if p.Len() > 0 {
		return nil, p.Err()
	}
	if overflow {
		return nil, problem(socialorg.Invalid("plan", "Σ quantity × value", "totals within 9.2e18 (int64)"))
	}
	for _, t := range []struct {
		field     string
		got, want int64
	}{{"plan.value", plan.Value, value}, {"plan.cost", plan.Cost, cost}, {"plan.net", plan.Net, value - cost}, {"plan.distance", plan.Distance, distance}} {
		if t.got != t.want {
			p.Add(t.field, t.got, "the total of the assignments: "+strconv.FormatInt(t.want, 10))
		}
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	return &planUse{served: served, used: used, needOf: needOf, resOf: resOf}, nil
}

// planUse is what usage reads off a plan that belongs to its input.
type planUse struct {
	served, used  []int64 // by need index, by resource index
	needOf, resOf []int32 // by assignment: the need's index and the resource's
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
// not serve the need's community, a kind other than the need's, a quantity that is not positive or
// goes beyond what the need or the resource has (over all its assignments), a margin other than
// Match gives, a (need, resource) pair twice, or totals (Net, Value, Cost, Distance) other than
// those of the assignments. Each error names its field, such as "plan.assignments[3].resource".
//
// Its cost is linear in the needs, resources and assignments (and the sorts by ID).
func Summarize(needs []Need, resources []Resource, plan Plan, opts ...socialorg.Option) (Summary, error) {
	in, err := prepare(needs, resources, opts, false)
	if err != nil {
		return Summary{}, err
	}
	u, err := usage(in, plan)
	if err != nil {
		return Summary{}, err
	}
	served, used := u.served, u.used
	s := Summary{Net: plan.Net, Value: plan.Value, Cost: plan.Cost,
		Needs: make([]NeedStatus, len(in.needs)), Resources: make([]ResourceStatus, len(in.resources))}
	// Kinds and communities by the IDs prepare gave them; kinds of resources that no need has
	// after them, in the order of the resources.
	kinds := make([]KindSummary, len(in.kindID), len(in.kindID)+4)
	for k, id := range in.kindID {
		kinds[id] = KindSummary{Kind: k, Unit: Unit(k)}
	}
	comms := make([]CommunityStatus, len(in.commID))
	for cm, id := range in.commID {
		comms[id] = CommunityStatus{Community: cm}
	}
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
	var needed int64 // Σ quantity × value over every need
	for i, n := range in.needs {
		s.Needs[i] = NeedStatus{ID: n.ID, Community: n.Community, Kind: n.Kind, Priority: n.Priority, Quantity: n.Quantity,
			Served: served[i], Shortfall: n.Quantity - served[i]}
		k := &kinds[in.needKind[i]]
		k.Needed += n.Quantity // Σ quantities fit: prepare checked them
		k.Served += served[i]
		k.Shortfall += n.Quantity - served[i]
		c := &comms[in.needComm[i]]
		c.Needs++
		add(&c.ValueNeeded, n.Quantity, n.Value)
		add(&c.ValueServed, served[i], n.Value)
		add(&needed, n.Quantity, n.Value)
	}
	if overflow {
		return Summary{}, problem(socialorg.Invalid("needs", "Σ quantity × value", "totals within 9.2e18 (int64)"))
	}
	var other map[string]int // kinds that no need has → index in kinds
	for i, r := range in.resources {
		s.Resources[i] = ResourceStatus{ID: r.ID, Party: r.Party, Kind: r.Kind, Quantity: r.Quantity, Used: used[i], Left: r.Quantity - used[i]}
		var k *KindSummary
		if id := in.kindOf[i]; id >= 0 {
			k = &kinds[id]
		} else {
			j, ok := other[r.Kind]
			if !ok {
				if other == nil {
					other = map[string]int{}
				}
				j = len(kinds)
				other[r.Kind] = j
				kinds = append(kinds, KindSummary{Kind: r.Kind, Unit: Unit(r.Kind)})
			}
			k = &kinds[j]
		}
		k.Offered = satAddInt(k.Offered, r.Quantity)
		k.Used += used[i]
	}
	slices.SortFunc(kinds, func(a, b KindSummary) int { return cmp.Compare(a.Kind, b.Kind) })
	for i := range kinds {
		kinds[i].Coverage = socialorg.NewRatio(kinds[i].Served, kinds[i].Needed)
	}
	s.Kinds = kinds
	for i := range comms {
		comms[i].Served = socialorg.NewRatio(comms[i].ValueServed, comms[i].ValueNeeded)
	}
	slices.SortFunc(comms, func(a, b CommunityStatus) int {
		return cmp.Or(a.Served.Cmp(b.Served), cmp.Compare(b.ValueNeeded-b.ValueServed, a.ValueNeeded-a.ValueServed), cmp.Compare(a.Community, b.Community))
	})
	s.Communities = comms
	s.Coverage = socialorg.NewRatio(plan.Value, needed)
	s.Report = summaryReport(&s)
	return s, nil
}

// summaryReport explains a summary in findings: each need, each kind (that some need has), each
// community.
func summaryReport(s *Summary) socialorg.Report {
	c := socialorg.NewChecker("", socialorg.Date{})
	c.Grow(len(s.Needs) + len(s.Kinds) + len(s.Communities))
	for i := range s.Needs {
		n := &s.Needs[i]
		needMet(&c, n)
	}
	cite := citeOf(ruleKindServed)
	for _, k := range s.Kinds {
		if k.Needed == 0 {
			continue // a kind only resources have: no need to meet
		}
		c.SetSubject(k.Kind)
		c.Verdict(ruleKindServed, k.Shortfall == 0, socialorg.Words(quantityWords(k.Kind, k.Served)), socialorg.Words(quantityWords(k.Kind, k.Needed)), cite)
	}
	cite = citeOf(ruleCommunityServed)
	unmet := map[string]bool{}
	for _, n := range s.Needs {
		if n.Shortfall > 0 {
			unmet[n.Community] = true
		}
	}
	for _, cm := range s.Communities {
		c.SetSubject(cm.Community)
		c.Verdict(ruleCommunityServed, !unmet[cm.Community], socialorg.Fig(cm.Served.Percent(2)), socialorg.Fig("100.00%"), cite)
	}
	return c.Report()
}

// needMet records the finding of one need: met in full, or not.
func needMet(c *socialorg.Checker, n *NeedStatus) {
	c.SetSubject(n.ID)
	c.Verdict(ruleNeedMet, n.Shortfall == 0, socialorg.Words(quantityWords(n.Kind, n.Served)), socialorg.Words(quantityWords(n.Kind, n.Quantity)),
		citeOf(ruleNeedMet))
}

// quantityWords writes a quantity of a kind for a finding, in its unit: "1234.56 yuan" for
// KindFunds, "12 hours", "3 units".
func quantityWords(kind string, q int64) string {
	switch Unit(kind) {
	case "fen":
		return fen.Format(q) + " yuan"
	case "hours":
		return strconv.FormatInt(q, 10) + " hours"
	}
	return strconv.FormatInt(q, 10) + " units"
}

// satAddInt adds two non-negative int64 values, saturating (what resources offer may exceed an
// int64 in total when the needs are small; it is a figure to show, not to compute with).
func satAddInt(a, b int64) int64 {
	if s, ok := fen.Add(a, b); ok {
		return s
	}
	return math.MaxInt64
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
	// Unchosen: some of it is left, and it would earn more on this need than the dearest resource
	// serving it. Only a plan other than Match's can leave it so (Match's plan is optimal, and
	// would have used it): the plan, not the resource, explains it.
	Unchosen
)

var reasonNames = enum.Names[Reason]{
	Type: "Reason",
	Text: []string{"", "other-kind", "out-of-scope", "exhausted", "dearer", "unprofitable", "unchosen"},
	Names: []socialorg.Text{{},
		{Hans: "类型不符", Hant: "類型不符", En: "another kind"},
		{Hans: "不在服务范围", Hant: "不在服務範圍", En: "does not serve the community"},
		{Hans: "已全部用于其他需求", Hant: "已全部用於其他需求", En: "used up by other needs"},
		{Hans: "计入跨街道距离成本后更贵", Hant: "計入跨街道距離成本後更貴", En: "dearer once the distance is counted"},
		{Hans: "单位成本不低于需求价值", Hant: "單位成本不低於需求價值", En: "costs as much as the need is worth"},
		{Hans: "方案未选用（仍有余量）", Hant: "方案未選用（仍有餘量）", En: "left unused by the plan"}},
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

// Alternative is a cheaper resource that did not serve a need, and why. UnitCost is fen per unit;
// Left is in the kind's unit (the JSON form also gives both in yuan where they are money).
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
//
// Its Report says the same in findings, the way every package of the library explains itself:
// whether the need is met in full (RuleNeedMet), each assignment's margin (RuleAssignment, Pass),
// and each alternative with its reason as a value word (RuleAlternative, NotApplicable), in the
// order of the fields. The JSON form adds the verdict.
type Explanation struct {
	Need         NeedStatus    `json:"need"`
	Value        int64         `json:"value"` // of one unit, fen
	Assignments  []Assignment  `json:"assignments"`
	Alternatives []Alternative `json:"alternatives"` // cheapest first, at most MaxAlternatives
	socialorg.Report
}

// MaxAlternatives is the most alternatives an Explanation lists.
const MaxAlternatives = 8
