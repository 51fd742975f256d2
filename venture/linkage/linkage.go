package linkage

import (
	"cmp"
	"encoding/json"
	"math"
	"math/bits"
	"slices"
	"strconv"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/enum"
)

// Party is one of the parties of Five-Society Linkage (五社联动): the national five, and the two
// that Guangzhou's earlier Panyu variant adds.
type Party uint8

// The parties.
const (
	ResidentsCommittee  Party = iota + 1 // 社区 (居委会/村委会)
	SocialOrganization                   // 社会组织
	SocialWorker                         // 社会工作者
	Volunteer                            // 社区志愿者
	CharitableResource                   // 社会慈善资源
	CommunityEnterprise                  // 社区企业 (Guangzhou/Panyu variant)
	CommunityFund                        // 社区基金 (Guangzhou/Panyu variant)
)

var partyNames = enum.Names[Party]{
	Type: "Party",
	Text: []string{"", "residents-committee", "social-organization", "social-worker", "volunteer", "charitable-resource",
		"community-enterprise", "community-fund"},
	Names: []socialorg.Text{{},
		{Hans: "社区（居委会、村委会）", Hant: "社區（居委會、村委會）", En: "community (residents' or villagers' committee)"},
		{Hans: "社会组织", Hant: "社會組織", En: "social organization"},
		{Hans: "社会工作者", Hant: "社會工作者", En: "social worker"},
		{Hans: "社区志愿者", Hant: "社區志願者", En: "community volunteer"},
		{Hans: "社会慈善资源", Hant: "社會慈善資源", En: "charitable resources"},
		{Hans: "社区企业", Hant: "社區企業", En: "community enterprise"},
		{Hans: "社区基金", Hant: "社區基金", En: "community fund"}},
	Aliases: map[string]Party{"社区": 1, "社區": 1, "居委会": 1, "居委會": 1, "村委会": 1, "村委會": 1, "社会组织": 2, "社會組織": 2,
		"社会工作者": 3, "社會工作者": 3, "社工": 3, "社区志愿者": 4, "社區志願者": 4, "志愿者": 4, "志願者": 4,
		"社会慈善资源": 5, "社會慈善資源": 5, "社区企业": 6, "社區企業": 6, "社区基金": 7, "社區基金": 7},
}

// IsValid reports whether p is one of the parties.
func (p Party) IsValid() bool { return p != 0 && partyNames.Valid(p) }

// National reports whether p is one of the national five (中共中央、国务院《关于加强基层治理体系和
// 治理能力现代化建设的意见》, 2021): residents' committees, social organizations, social workers,
// volunteers and charitable resources.
func (p Party) National() bool { return p >= ResidentsCommittee && p <= CharitableResource }

// String returns the text form ("social-worker"…).
func (p Party) String() string { return partyNames.String(p) }

// Name returns the party's name in three languages.
func (p Party) Name() socialorg.Text { return partyNames.Name(p) }

// MarshalText encodes p as String does.
func (p Party) MarshalText() ([]byte, error) { return partyNames.Marshal(p) }

// UnmarshalText decodes the text form or the Chinese name, in either script.
func (p *Party) UnmarshalText(b []byte) error { return partyNames.Unmarshal(b, p) }

// UnmarshalJSON decodes a JSON string; a bad value is an error naming the field.
func (p *Party) UnmarshalJSON(b []byte) error { return partyNames.DecodeJSON(b, p) }

// Kinds with a fixed unit. Other kinds (a skill, a venue) count whatever unit the caller uses.
const (
	KindFunds          = "funds"           // money, in fen
	KindVolunteerHours = "volunteer-hours" // time, in hours
)

// Need is what a community needs.
type Need struct {
	ID        string `json:"id"`
	Community string `json:"community"` // community (社区/村) code
	Kind      string `json:"kind"`      // what is needed: KindFunds (in fen), KindVolunteerHours, a skill…
	Quantity  int64  `json:"quantity"`  // units needed, > 0
	Value     int64  `json:"value"`     // value of meeting one unit, ≥ 0
	// Priority puts the need in a tier: a need of a higher tier is served as fully as the
	// resources allow before any need of a lower tier is served (0 is the ordinary tier).
	Priority int `json:"priority,omitempty"`
}

// Resource is what a linkage party brings.
type Resource struct {
	ID          string   `json:"id"`
	Party       Party    `json:"party"`
	Kind        string   `json:"kind"`
	Quantity    int64    `json:"quantity"`    // units available, > 0
	UnitCost    int64    `json:"unit_cost"`   // cost of delivering one unit, ≥ 0
	Communities []string `json:"communities"` // communities it may serve; empty = any
	// Home is the community the resource is based in, for the distance cost between subdistricts
	// (CrossSubdistrictCost); "" when it has none.
	Home string `json:"home,omitempty"`
}

// Assignment is a quantity of a resource given to a need.
type Assignment struct {
	Need, Resource string
	Quantity       int64
	// Margin is what one unit earns: the need's value less the resource's unit cost (and less the
	// distance cost when CrossSubdistrictCost applies).
	Margin int64
}

// assignmentJSON gives Assignment snake_case keys while keeping the field names of the contract.
type assignmentJSON struct {
	Need     string `json:"need"`
	Resource string `json:"resource"`
	Quantity int64  `json:"quantity"`
	Margin   int64  `json:"margin"`
}

// MarshalJSON encodes the assignment with snake_case keys.
func (a Assignment) MarshalJSON() ([]byte, error) {
	return json.Marshal(assignmentJSON(a))
}

// UnmarshalJSON decodes what MarshalJSON wrote.
func (a *Assignment) UnmarshalJSON(b []byte) error {
	var j assignmentJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*a = Assignment(j)
	return nil
}

// Plan is a matching of resources to needs.
type Plan struct {
	Assignments []Assignment `json:"assignments"` // sorted by Need, then Resource
	Net         int64        `json:"net"`         // Σ Quantity × (need Value − resource UnitCost)
	Value       int64        `json:"value"`       // Σ Quantity × need Value
	Cost        int64        `json:"cost"`        // Σ Quantity × resource UnitCost
	// Distance is Σ Quantity × the distance cost, when CrossSubdistrictCost applies: the plan
	// maximizes Net − Distance.
	Distance int64 `json:"distance,omitempty"`
}

// Limits on input, so that hostile input is refused at bounded cost.
const (
	MaxNodes     = 1 << 20 // needs + resources
	MaxArcs      = 1 << 24 // candidate (need, resource) pairs
	MaxIDLen     = 128     // bytes of an ID, a kind or a community code
	MaxUnitValue = 1 << 40 // a need's Value, a resource's UnitCost, a distance cost (about 1.1e12)
)

// distanceConfig is the option of CrossSubdistrictCost.
type distanceConfig struct {
	perUnit      int64
	subdistricts map[string]string
}

var distanceKey = socialorg.NewKey[distanceConfig]("linkage.cross-subdistrict-cost")

// CrossSubdistrictCost adds a cost per unit to every assignment of a resource to a need in another
// subdistrict than the resource's Home: the cost of travelling. subdistrictOf maps community codes
// to their subdistrict; a resource without a Home, or a community the map does not know, pays
// nothing. The plan then maximizes Net − Distance.
func CrossSubdistrictCost(perUnit int64, subdistrictOf map[string]string) socialorg.Option {
	return socialorg.Set(distanceKey, distanceConfig{perUnit: perUnit, subdistricts: subdistrictOf})
}

// Match returns a plan of greatest Net: each resource gives at most its Quantity, each need takes
// at most its Quantity, kinds must be equal, and a resource serves only its Communities. The
// solver is an exact int64 network simplex; the plan is deterministic: the same input in any order
// gives the same plan.
//
// Errors (one *socialorg.InputError per problem, joined, each naming its field such as
// "needs[3].quantity"): empty, over-long or duplicate IDs, an empty Kind, a need without
// Community, a Party outside the constants, a non-positive Quantity, a negative Value or
// UnitCost or one above MaxUnitValue, more than MaxNodes needs and resources or MaxArcs candidate
// pairs, and totals that would overflow an int64.
func Match(needs []Need, resources []Resource) (Plan, error) { return MatchWith(needs, resources) }

// MatchWith is Match with options: CrossSubdistrictCost. Needs with a higher Priority are served
// first: the tiers are solved one after the other, highest first, each with what the tiers
// before it left.
func MatchWith(needs []Need, resources []Resource, opts ...socialorg.Option) (Plan, error) {
	in, err := prepare(needs, resources, opts)
	if err != nil {
		return Plan{}, err
	}
	return in.solve()
}

// instance is a validated problem in canonical order.
type instance struct {
	needs     []Need     // sorted by ID
	resources []Resource // sorted by ID
	kindOf    []int32    // resource index → kind ID
	needKind  []int32    // need index → kind ID
	needComm  []int32    // need index → community ID
	scoped    []uint64   // (kind, community, resource) triples packed, sorted
	anyOf     [][]int32  // kind → resources that serve any community, ascending
	dist      distanceConfig
	resSub    []int32 // resource index → subdistrict ID of its home (−1 none)
	commSub   []int32 // community ID → subdistrict ID (−1 unknown)
}

const (
	idBits  = 21 // community and resource IDs
	idMask  = 1<<idBits - 1
	maxKind = 1<<(64-2*idBits) - 1
)

// prepare validates the input and indexes it.
func prepare(needs []Need, resources []Resource, opts []socialorg.Option) (*instance, error) {
	if len(needs)+len(resources) > MaxNodes {
		return nil, socialorg.Invalid("needs", len(needs)+len(resources), "at most "+strconv.Itoa(MaxNodes)+" needs and resources")
	}
	c := socialorg.NewChecker("", socialorg.Date{}, opts...)
	dist, _ := socialorg.Get(&c, distanceKey)
	var p socialorg.Problems
	if dist.perUnit < 0 || dist.perUnit > MaxUnitValue {
		p.Add("cross_subdistrict_cost", dist.perUnit, "0 … 2^40")
	}
	// Field paths are built only for a bad value: a valid batch costs no string building.
	path := func(list string, i int, f string) string { return list + "[" + strconv.Itoa(i) + "]." + f }
	checkID := func(list string, i int, f, id string) {
		switch {
		case id == "":
			p.Add(path(list, i, f), "", "required")
		case len(id) > MaxIDLen:
			p.Add(path(list, i, f), id, "at most "+strconv.Itoa(MaxIDLen)+" bytes")
		}
	}
	checkUnit := func(list string, i int, f string, v int64) {
		if v < 0 || v > MaxUnitValue {
			p.Add(path(list, i, f), v, "0 … 2^40")
		}
	}
	var sumNeed, sumRes uint64
	var maxVal, maxCost int64
	for i := range needs {
		n := &needs[i]
		checkID("needs", i, "id", n.ID)
		checkID("needs", i, "community", n.Community)
		checkID("needs", i, "kind", n.Kind)
		if n.Quantity <= 0 {
			p.Add(path("needs", i, "quantity"), n.Quantity, "> 0")
		} else {
			sumNeed = satAdd(sumNeed, uint64(n.Quantity))
		}
		checkUnit("needs", i, "value", n.Value)
		maxVal = max(maxVal, n.Value)
	}
	for i := range resources {
		r := &resources[i]
		checkID("resources", i, "id", r.ID)
		checkID("resources", i, "kind", r.Kind)
		if !r.Party.IsValid() {
			p.Add(path("resources", i, "party"), int(r.Party), "one of the parties")
		}
		if r.Quantity <= 0 {
			p.Add(path("resources", i, "quantity"), r.Quantity, "> 0")
		} else {
			sumRes = satAdd(sumRes, uint64(r.Quantity))
		}
		checkUnit("resources", i, "unit_cost", r.UnitCost)
		maxCost = max(maxCost, r.UnitCost)
		if len(r.Home) > MaxIDLen {
			p.Add(path("resources", i, "home"), r.Home, "at most "+strconv.Itoa(MaxIDLen)+" bytes")
		}
		if len(r.Communities) > MaxNodes {
			p.Add(path("resources", i, "communities"), len(r.Communities), "at most "+strconv.Itoa(MaxNodes))
			continue
		}
		for j, cm := range r.Communities {
			if cm == "" || len(cm) > MaxIDLen {
				p.Add(path("resources", i, "communities["+strconv.Itoa(j)+"]"), cm, "1 … "+strconv.Itoa(MaxIDLen)+" bytes")
			}
		}
	}
	if p.Len() > 0 {
		return nil, p.Err()
	}
	// Every flow is at most min(Σ need, Σ resource); every unit moves at most maxVal + maxCost +
	// the distance cost in the objective: the totals must fit an int64.
	flowMax := min(sumNeed, sumRes)
	if hi, lo := bits.Mul64(flowMax, uint64(maxVal+maxCost+dist.perUnit)); flowMax > math.MaxInt64 || hi != 0 || lo > math.MaxInt64 {
		return nil, socialorg.Invalid("needs", "Σ quantity × value", "totals within 9.2e18 (int64)")
	}

	in := &instance{needs: slices.Clone(needs), resources: slices.Clone(resources), dist: dist}
	slices.SortFunc(in.needs, func(a, b Need) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(in.resources, func(a, b Resource) int { return cmp.Compare(a.ID, b.ID) })
	for i := 1; i < len(in.needs); i++ {
		if in.needs[i].ID == in.needs[i-1].ID {
			p.Add("needs", in.needs[i].ID, "unique need IDs")
		}
	}
	for i := 1; i < len(in.resources); i++ {
		if in.resources[i].ID == in.resources[i-1].ID {
			p.Add("resources", in.resources[i].ID, "unique resource IDs")
		}
	}
	if err := p.Err(); err != nil {
		return nil, err
	}

	// Intern kinds and communities.
	kinds := make(map[string]int32, 16)
	comms := make(map[string]int32, len(needs))
	kindID := func(k string) int32 {
		id, ok := kinds[k]
		if !ok {
			id = int32(len(kinds))
			kinds[k] = id
		}
		return id
	}
	in.needKind = make([]int32, len(in.needs))
	in.needComm = make([]int32, len(in.needs))
	for i, n := range in.needs {
		in.needKind[i] = kindID(n.Kind)
		id, ok := comms[n.Community]
		if !ok {
			id = int32(len(comms))
			comms[n.Community] = id
		}
		in.needComm[i] = id
	}
	if len(kinds) > maxKind {
		return nil, socialorg.Invalid("needs", len(kinds), "at most "+strconv.Itoa(maxKind)+" kinds")
	}
	in.kindOf = make([]int32, len(in.resources))
	in.anyOf = make([][]int32, len(kinds))
	for ri, r := range in.resources {
		k, ok := kinds[r.Kind]
		if !ok { // no need of this kind: the resource serves nobody
			in.kindOf[ri] = -1
			continue
		}
		in.kindOf[ri] = k
		if len(r.Communities) == 0 {
			in.anyOf[k] = append(in.anyOf[k], int32(ri))
			continue
		}
		for _, cm := range r.Communities {
			if id, ok := comms[cm]; ok { // a community with no need is never served
				in.scoped = append(in.scoped, uint64(k)<<(2*idBits)|uint64(id)<<idBits|uint64(ri))
			}
		}
	}
	slices.Sort(in.scoped)
	in.scoped = slices.Compact(in.scoped) // a community listed twice
	if dist.subdistricts != nil && dist.perUnit > 0 {
		in.commSub = make([]int32, len(comms))
		subs := make(map[string]int32, 256)
		subID := func(cm string) int32 {
			s, ok := dist.subdistricts[cm]
			if !ok {
				return -1
			}
			id, ok := subs[s]
			if !ok {
				id = int32(len(subs))
				subs[s] = id
			}
			return id
		}
		for cm, id := range comms {
			in.commSub[id] = subID(cm)
		}
		in.resSub = make([]int32, len(in.resources))
		for ri, r := range in.resources {
			in.resSub[ri] = -1
			if r.Home != "" {
				in.resSub[ri] = subID(r.Home)
			}
		}
	}
	return in, nil
}

func satAdd(a, b uint64) uint64 {
	s, c := bits.Add64(a, b, 0)
	if c != 0 {
		return math.MaxUint64
	}
	return s
}

// distance is the distance cost per unit of resource ri serving need ni.
func (in *instance) distance(ri, ni int) int64 {
	if in.resSub == nil {
		return 0
	}
	rs, ns := in.resSub[ri], in.commSub[in.needComm[ni]]
	if rs < 0 || ns < 0 || rs == ns {
		return 0
	}
	return in.dist.perUnit
}

// candidates calls f for every resource that may serve need ni (same kind, in scope), in
// ascending resource order.
func (in *instance) candidates(ni int, f func(ri int)) {
	k := uint64(in.needKind[ni])
	key := k<<(2*idBits) | uint64(in.needComm[ni])<<idBits
	lo, _ := slices.BinarySearch(in.scoped, key)
	scoped := in.scoped[lo:]
	anyR := in.anyOf[k]
	// Merge the two ascending lists.
	i, j := 0, 0
	for {
		sOK := i < len(scoped) && scoped[i]&^idMask == key
		aOK := j < len(anyR)
		switch {
		case sOK && (!aOK || int32(scoped[i]&idMask) < anyR[j]):
			f(int(scoped[i] & idMask))
			i++
		case aOK:
			f(int(anyR[j]))
			j++
		default:
			return
		}
	}
}

// countArcs counts the candidate pairs of the needs in tier (all when all is true), without
// building anything, so that an instance too large is refused at bounded cost.
func (in *instance) countArcs(tierOf func(int) bool) int {
	n := 0
	for ni := range in.needs {
		if !tierOf(ni) {
			continue
		}
		k := uint64(in.needKind[ni])
		key := k<<(2*idBits) | uint64(in.needComm[ni])<<idBits
		lo, _ := slices.BinarySearch(in.scoped, key)
		hi, _ := slices.BinarySearch(in.scoped, key|idMask+1)
		n += hi - lo + len(in.anyOf[k])
		if n > MaxArcs {
			return n
		}
	}
	return n
}

// solve solves the tiers, highest priority first.
func (in *instance) solve() (Plan, error) {
	left := make([]int64, len(in.resources))
	for i, r := range in.resources {
		left[i] = r.Quantity
	}
	tiers := make([]int, 0, 4)
	for _, n := range in.needs {
		if !slices.Contains(tiers, n.Priority) {
			tiers = append(tiers, n.Priority)
		}
	}
	slices.Sort(tiers)
	slices.Reverse(tiers)
	var plan Plan
	for _, tier := range tiers {
		inTier := func(ni int) bool { return in.needs[ni].Priority == tier }
		if n := in.countArcs(inTier); n > MaxArcs {
			return Plan{}, socialorg.Invalid("needs", n, "at most "+strconv.Itoa(MaxArcs)+" candidate (need, resource) pairs")
		}
		in.solveTier(inTier, left, &plan)
	}
	slices.SortFunc(plan.Assignments, func(a, b Assignment) int {
		return cmp.Or(cmp.Compare(a.Need, b.Need), cmp.Compare(a.Resource, b.Resource))
	})
	if plan.Assignments == nil {
		plan.Assignments = []Assignment{}
	}
	return plan, nil
}

// solveTier builds and solves the network of the needs in the tier over what is left of each
// resource, records the assignments and their totals in plan, and takes what they use from left.
func (in *instance) solveTier(inTier func(int) bool, left []int64, plan *Plan) {
	// Nodes: resources with something left and at least one candidate, then the tier's needs,
	// then the root.
	nRes := len(in.resources)
	needNode := make([]int32, len(in.needs))
	var tierNeeds []int32
	for ni := range in.needs {
		needNode[ni] = -1
		if inTier(ni) {
			tierNeeds = append(tierNeeds, int32(ni))
		}
	}
	resNode := make([]int32, nRes)
	for i := range resNode {
		resNode[i] = -1
	}
	// First pass: count the arcs and number the resources that appear.
	var nodes []int32 // node → resource index (for resource nodes)
	arcs := 0
	for _, ni := range tierNeeds {
		in.candidates(int(ni), func(ri int) {
			if left[ri] == 0 || in.margin(ri, int(ni)) <= 0 {
				return
			}
			arcs++
			if resNode[ri] < 0 {
				resNode[ri] = int32(len(nodes))
				nodes = append(nodes, int32(ri))
			}
		})
	}
	if arcs == 0 {
		return
	}
	nR := len(nodes)
	// Resource nodes in ascending resource order, so that the numbering does not depend on the
	// order in which needs found them.
	slices.Sort(nodes)
	for i, ri := range nodes {
		resNode[ri] = int32(i)
	}
	for i, ni := range tierNeeds {
		needNode[ni] = int32(nR + i)
	}
	n := nR + len(tierNeeds) + 1
	g := newNetwork(n, arcs+n-1)
	root := g.root
	type arcRef struct{ need, res int32 }
	refs := make([]arcRef, 0, arcs)
	for _, ni := range tierNeeds {
		nq := in.needs[ni].Quantity
		in.candidates(int(ni), func(ri int) {
			if left[ri] == 0 {
				return
			}
			m := in.margin(ri, int(ni))
			if m <= 0 {
				return
			}
			g.addArc(resNode[ri], needNode[ni], min(left[ri], nq), -m)
			refs = append(refs, arcRef{ni, int32(ri)})
		})
	}
	rootArc := make([]int32, n-1)
	supply := make([]int64, n-1)
	for i, ri := range nodes {
		rootArc[i] = g.addArc(int32(i), root, unbounded, 0)
		supply[i] = left[ri]
	}
	for i, ni := range tierNeeds {
		rootArc[nR+i] = g.addArc(int32(nR+i), root, in.needs[ni].Quantity, 0)
	}
	g.init(rootArc, supply)
	g.solve()
	for a, ref := range refs {
		f := g.flow[a]
		if f == 0 {
			continue
		}
		nd, rs := &in.needs[ref.need], &in.resources[ref.res]
		d := in.distance(int(ref.res), int(ref.need))
		plan.Assignments = append(plan.Assignments, Assignment{Need: nd.ID, Resource: rs.ID, Quantity: f, Margin: nd.Value - rs.UnitCost - d})
		plan.Value += f * nd.Value
		plan.Cost += f * rs.UnitCost
		plan.Distance += f * d
		left[ref.res] -= f
	}
	plan.Net = plan.Value - plan.Cost
}

// margin is what one unit of resource ri earns need ni.
func (in *instance) margin(ri, ni int) int64 {
	return in.needs[ni].Value - in.resources[ri].UnitCost - in.distance(ri, ni)
}
