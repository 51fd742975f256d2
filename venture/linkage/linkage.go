package linkage

import (
	"cmp"
	"maps"
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
// volunteers and charitable resources, as the parameter linkage.parties lists them today
// (PartiesAt gives the list in force at a date and place).
func (p Party) National() bool { return nationalParties.Contains(p) }

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
//
// Value, like Resource.UnitCost, is money: fen per unit of the kind (what meeting one hour of
// volunteer time is worth to the community, in fen; for KindFunds, fen of value per fen given), so
// that a plan's margins and totals are fen. Quantity is money only for KindFunds. ValueYuan and
// QuantityYuan give them in yuan; the JSON form has both and decodes either (see UnmarshalJSON).
type Need struct {
	ID        string `json:"id"`
	Community string `json:"community"` // community (社区/村) code
	Kind      string `json:"kind"`      // what is needed: KindFunds (in fen), KindVolunteerHours, a skill…
	Quantity  int64  `json:"quantity"`  // units needed, > 0
	Value     int64  `json:"value"`     // value of meeting one unit, in fen, ≥ 0
	// Priority puts the need in a tier: a need of a higher tier is served as fully as the
	// resources allow before any need of a lower tier is served (0 is the ordinary tier).
	Priority int `json:"priority,omitempty"`
}

// Resource is what a linkage party brings. UnitCost is money, in fen per unit; Quantity is money
// (fen) only for KindFunds. The JSON form has both units and decodes either, as Need's does.
type Resource struct {
	ID          string   `json:"id"`
	Party       Party    `json:"party"`
	Kind        string   `json:"kind"`
	Quantity    int64    `json:"quantity"`    // units available, > 0
	UnitCost    int64    `json:"unit_cost"`   // cost of delivering one unit, in fen, ≥ 0
	Communities []string `json:"communities"` // communities it may serve; empty = any
	// Home is the community the resource is based in, for the distance cost between subdistricts
	// (CrossSubdistrictCost); "" when it has none.
	Home string `json:"home,omitempty"`
}

// Assignment is a quantity of a resource given to a need.
type Assignment struct {
	Need, Resource string
	Quantity       int64 // in the kind's unit: fen for KindFunds
	// Margin is what one unit earns, in fen: the need's value less the resource's unit cost (and
	// less the distance cost when CrossSubdistrictCost applies).
	Margin int64
	// Kind is the need's (and the resource's) kind, which says the unit of Quantity. Match sets it;
	// a plan written by hand may leave it empty (Summarize and Explain then take the need's).
	Kind string
}

// Plan is a matching of resources to needs. Its totals are money, in fen (see Need.Value); NetYuan
// and the others give them in yuan, and its JSON has both ("net": 123456, "net_yuan": "1234.56").
type Plan struct {
	Assignments []Assignment `json:"assignments"` // sorted by Need, then Resource
	Net         int64        `json:"net"`         // Σ Quantity × (need Value − resource UnitCost), fen
	Value       int64        `json:"value"`       // Σ Quantity × need Value, fen
	Cost        int64        `json:"cost"`        // Σ Quantity × resource UnitCost, fen
	// Distance is Σ Quantity × the distance cost, in fen, when CrossSubdistrictCost applies: the
	// plan maximizes Net − Distance.
	Distance int64 `json:"distance,omitempty"`
}

// Limits on input, so that hostile input is refused at bounded cost.
const (
	MaxNodes     = 1 << idBits  // needs + resources
	MaxArcs      = 1 << arcBits // candidate (need, resource) pairs
	MaxIDLen     = 128          // bytes of an ID, a kind or a community code
	MaxUnitValue = 1 << 40      // a need's Value, a resource's UnitCost, a distance cost (about 1.1e12)
)

// Widths of a node index and of an arc index.
const (
	idBits  = 20 // MaxNodes = 1 << idBits
	arcBits = 24 // MaxArcs = 1 << arcBits
)

// DistanceCost is the setting of CrossSubdistrictCost, a value that options given as data set
// (socialorg.ParseOptions):
//
//	{"set": {"linkage.cross-subdistrict-cost": {"per_unit": 1400, "subdistricts": {"440104001001": "440104001"}}}}
//
// The cost per unit is money, in fen; the JSON form may give it in yuan instead
// ("per_unit_yuan": "14.00"), and writes both.
type DistanceCost struct {
	PerUnit      int64             `json:"per_unit"`     // fen per unit served across subdistricts, 0 … 2^40
	Subdistricts map[string]string `json:"subdistricts"` // community code → its subdistrict's code
}

// DistanceKey is the key of the distance cost between subdistricts, "linkage.cross-subdistrict-cost":
// socialorg.Set(DistanceKey, d) is CrossSubdistrictCost(d.PerUnit, d.Subdistricts).
var DistanceKey = socialorg.NewKey[DistanceCost]("linkage.cross-subdistrict-cost")

// CrossSubdistrictCost adds a cost per unit (in fen) to every assignment of a resource to a need in
// another subdistrict than the resource's Home: the cost of travelling. subdistrictOf maps
// community codes to their subdistrict; a resource without a Home, or a community the map does not
// know, pays nothing. The plan then maximizes Net − Distance. The map is read, never changed; it
// must not change while a check that was given it runs.
func CrossSubdistrictCost(perUnit int64, subdistrictOf map[string]string) socialorg.Option {
	return socialorg.Set(DistanceKey, DistanceCost{PerUnit: perUnit, Subdistricts: subdistrictOf})
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
// pairs (over all tiers together), and totals that would overflow an int64.
func Match(needs []Need, resources []Resource) (Plan, error) { return MatchWith(needs, resources) }

// MatchWith is Match with options: CrossSubdistrictCost. Needs with a higher Priority are served
// first: the tiers are solved one after the other, highest first, each with what the tiers
// before it left. The cost grows with the size of each tier, not with the number of tiers times
// the input.
func MatchWith(needs []Need, resources []Resource, opts ...socialorg.Option) (Plan, error) {
	in, err := prepare(needs, resources, opts, false)
	if err != nil {
		return Plan{}, err
	}
	return in.solve()
}

// instance is a validated problem in canonical order, with an index of the candidate pairs: for
// each (community, kind) that some need has, the resources that serve that community with that
// kind, ascending; for each kind, the resources that serve any community, ascending.
type instance struct {
	needs     []Need     // sorted by ID
	resources []Resource // sorted by ID
	kindOf    []int32    // resource index → kind ID (−1: no need is of its kind)
	byCost    []int32    // rank → resource index, by UnitCost and then ID
	costR     []int64    // rank → UnitCost
	needKind  []int32    // need index → kind ID
	needComm  []int32    // need index → community ID
	needPair  []int32    // need index → (community, kind) pair ID
	pairStart []int32    // pair → its range of pairRes (len pairs + 1)
	pairRes   []int32    // ranks of the resources scoped to each pair's community, by pair, ascending
	anyStart  []int32    // kind → its range of anyRes (len kinds + 1)
	anyRes    []int32    // ranks of the resources that serve any community, by kind, ascending
	dist      DistanceCost
	commID    map[string]int32 // community code → community ID, for the communities of the needs
	kindID    map[string]int32 // kind → kind ID, for the kinds of the needs
	resSub    []int32          // resource index → subdistrict ID of its home (−1 none)
	subR      []int32          // rank → the same
	commSub   []int32          // community ID → subdistrict ID (−1 unknown)
	// With retain (for the Explainer): the community IDs of the scope of each resource, any kind,
	// by rank: scopeComm[scopeAt[q]:scopeAt[q+1]], communities without needs left out.
	scopeComm, scopeAt []int32
}

// prepare validates the input and indexes it. Its cost is linear in the size of the input (IDs,
// scopes), and sorting the needs and resources by ID. When retain is false the instance may use
// the caller's slices (when they are in ID order already) rather than copies: it must not outlive
// the call. When retain is true it copies them (and the distance cost's map), and records the
// communities of each resource's scope (scopeComm), for the Explainer.
func prepare(needs []Need, resources []Resource, opts []socialorg.Option, retain bool) (*instance, error) {
	if len(needs)+len(resources) > MaxNodes {
		return nil, problem(socialorg.Invalid("needs", len(needs)+len(resources), "at most 1048576 needs and resources"))
	}
	c := socialorg.NewChecker("", socialorg.Date{}, opts...)
	dist, _ := socialorg.Get(&c, DistanceKey)
	if retain && dist.Subdistricts != nil {
		dist.Subdistricts = maps.Clone(dist.Subdistricts) // the Explainer keeps it (its JSON writes it)
	}
	p := socialorg.Problems{Package: pkg}
	if dist.PerUnit < 0 || dist.PerUnit > MaxUnitValue {
		p.Add("cross_subdistrict_cost.per_unit", dist.PerUnit, "0 … 2^40")
	}
	var sumNeed, sumRes uint64
	var maxVal, maxCost int64
	scopes := 0 // Σ len(Communities), for the index
	for i := range needs {
		n := &needs[i]
		n.check(&p, "needs", i)
		if n.Quantity > 0 {
			sumNeed = satAdd(sumNeed, uint64(n.Quantity))
		}
		maxVal = max(maxVal, n.Value)
	}
	for i := range resources {
		r := &resources[i]
		r.check(&p, "resources", i)
		if r.Quantity > 0 {
			sumRes = satAdd(sumRes, uint64(r.Quantity))
		}
		maxCost = max(maxCost, r.UnitCost)
		if len(r.Communities) <= MaxNodes {
			scopes += len(r.Communities)
		}
	}
	if p.Len() > 0 {
		return nil, p.Err()
	}
	// Every flow is at most min(Σ need, Σ resource); every unit moves at most maxVal + maxCost +
	// the distance cost in the objective: the totals must fit an int64.
	flowMax := min(sumNeed, sumRes)
	if hi, lo := bits.Mul64(flowMax, uint64(maxVal+maxCost+dist.PerUnit)); flowMax > math.MaxInt64 || hi != 0 || lo > math.MaxInt64 {
		return nil, problem(socialorg.Invalid("needs", "Σ quantity × value", "totals within 9.2e18 (int64)"))
	}

	in := &instance{needs: sortedByID(needs, retain, func(n *Need) string { return n.ID }),
		resources: sortedByID(resources, retain, func(r *Resource) string { return r.ID }), dist: dist}
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

	// Intern kinds and communities, in the order of the sorted needs.
	kinds := make(map[string]int32, 16)
	comms := make(map[string]int32, len(needs))
	in.kindID, in.commID = kinds, comms
	in.needKind = make([]int32, len(in.needs))
	in.needComm = make([]int32, len(in.needs))
	keys := make([]uint64, len(in.needs)) // (community, kind) of each need
	for i := range in.needs {
		n := &in.needs[i]
		k, ok := kinds[n.Kind]
		if !ok {
			k = int32(len(kinds))
			kinds[n.Kind] = k
		}
		cm, ok := comms[n.Community]
		if !ok {
			cm = int32(len(comms))
			comms[n.Community] = cm
		}
		in.needKind[i], in.needComm[i] = k, cm
		keys[i] = uint64(cm)<<32 | uint64(k)
	}
	// The pairs, numbered in (community, kind) order; commPairs[c] … commPairs[c+1] are community
	// c's, by kind.
	pairs := slices.Clone(keys)
	slices.Sort(pairs)
	pairs = slices.Compact(pairs)
	in.needPair = make([]int32, len(in.needs))
	for i, key := range keys {
		pi, _ := slices.BinarySearch(pairs, key)
		in.needPair[i] = int32(pi)
	}
	commPairs := make([]int32, len(comms)+1)
	for _, key := range pairs {
		commPairs[key>>32+1]++
	}
	for c := range len(comms) {
		commPairs[c+1] += commPairs[c]
	}
	pairOf := func(cm, k int32) int32 { // the pair of community cm and kind k, or −1
		lo, hi := int(commPairs[cm]), int(commPairs[cm+1])
		for hi-lo > 8 {
			mid := int(uint(lo+hi) >> 1)
			if int32(pairs[mid]) < k {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		for ; lo < hi; lo++ {
			if int32(pairs[lo]) == k {
				return int32(lo)
			}
		}
		return -1
	}

	// Rank the resources by unit cost (then ID): the solver numbers them so, so that each need's
	// candidates come cheapest first.
	R := len(in.resources)
	byCost := make([]uint64, R) // UnitCost (≤ 2^40) and index (< 2^20) in one key
	for ri := range in.resources {
		byCost[ri] = uint64(in.resources[ri].UnitCost)<<idBits | uint64(ri)
	}
	sortKeys(byCost)
	in.byCost = make([]int32, R)
	for q, key := range byCost {
		in.byCost[q] = int32(key & (1<<idBits - 1))
	}
	in.costR = make([]int64, R)
	in.kindOf = make([]int32, R)
	for ri := range in.resources {
		k, ok := kinds[in.resources[ri].Kind]
		if !ok { // no need of this kind: the resource serves nobody
			k = -1
		}
		in.kindOf[ri] = k
	}

	// Index the resources by rank: scoped ones by pair (a community listed twice counts once), the
	// others by kind. Both are filled in ascending rank, so each list is ascending.
	in.pairStart = make([]int32, len(pairs)+1)
	in.anyStart = make([]int32, len(kinds)+1)
	lastRes := make([]int32, len(pairs))
	for i := range lastRes {
		lastRes[i] = -1
	}
	scoped := make([]int32, 0, min(scopes, len(pairs)*R)) // pairs, by rank
	scopedEnd := make([]int32, R)                         // rank q's pairs end at scopedEnd[q]
	if retain {
		in.scopeAt = make([]int32, R+1)
		in.scopeComm = make([]int32, 0, scopes)
	}
	for q, ri := range in.byCost {
		r := &in.resources[ri]
		in.costR[q] = r.UnitCost
		k := in.kindOf[ri]
		switch {
		case len(r.Communities) == 0:
			if k >= 0 {
				in.anyStart[k+1]++
			}
		case k < 0 && !retain:
		default:
			for _, cm := range r.Communities {
				c, ok := comms[cm]
				if !ok { // a community with no need is never served
					continue
				}
				if retain {
					in.scopeComm = append(in.scopeComm, c)
				}
				if k < 0 {
					continue
				}
				if pr := pairOf(c, k); pr >= 0 && lastRes[pr] != int32(q) {
					lastRes[pr] = int32(q)
					in.pairStart[pr+1]++
					scoped = append(scoped, pr)
				}
			}
		}
		scopedEnd[q] = int32(len(scoped))
		if retain {
			in.scopeAt[q+1] = int32(len(in.scopeComm))
		}
	}
	for i := range pairs {
		in.pairStart[i+1] += in.pairStart[i]
	}
	for k := range len(kinds) {
		in.anyStart[k+1] += in.anyStart[k]
	}
	in.pairRes = make([]int32, len(scoped))
	next := lastRes // reused: the next free slot of each pair
	copy(next, in.pairStart)
	for q, i := 0, int32(0); q < R; q++ {
		for ; i < scopedEnd[q]; i++ {
			pr := scoped[i]
			in.pairRes[next[pr]] = int32(q)
			next[pr]++
		}
	}
	in.anyRes = make([]int32, in.anyStart[len(kinds)])
	nextAny := make([]int32, len(kinds))
	copy(nextAny, in.anyStart)
	for q, ri := range in.byCost {
		if k := in.kindOf[ri]; k >= 0 && len(in.resources[ri].Communities) == 0 {
			in.anyRes[nextAny[k]] = int32(q)
			nextAny[k]++
		}
	}

	if dist.Subdistricts != nil && dist.PerUnit > 0 {
		in.commSub = make([]int32, len(comms))
		subs := make(map[string]int32, 256)
		subID := func(cm string) int32 {
			s, ok := dist.Subdistricts[cm]
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
		// In the order of the sorted needs, so that the IDs do not depend on map order.
		for i := range in.needs {
			in.commSub[in.needComm[i]] = subID(in.needs[i].Community)
		}
		in.resSub = make([]int32, R)
		in.subR = make([]int32, R)
		for ri, r := range in.resources {
			in.resSub[ri] = -1
			if r.Home != "" {
				in.resSub[ri] = subID(r.Home)
			}
		}
		for q, ri := range in.byCost {
			in.subR[q] = in.resSub[ri]
		}
	}
	return in, nil
}

// sortedByID returns list sorted by ID: list itself when it is in order and need not be copied
// (copy false), else a copy. It sorts indexes, not the (large) elements, and copies each element
// once.
func sortedByID[T any](list []T, copy bool, id func(*T) string) []T {
	sorted := true
	for i := 1; i < len(list) && sorted; i++ {
		sorted = id(&list[i-1]) <= id(&list[i])
	}
	switch {
	case sorted && !copy:
		return list
	case sorted:
		return slices.Clone(list)
	}
	perm := make([]int32, len(list))
	for i := range perm {
		perm[i] = int32(i)
	}
	slices.SortFunc(perm, func(a, b int32) int { return cmp.Compare(id(&list[a]), id(&list[b])) })
	out := make([]T, len(list))
	for i, j := range perm {
		out[i] = list[j]
	}
	return out
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
	return in.dist.PerUnit
}

// margin is what one unit of resource ri earns need ni.
func (in *instance) margin(ri, ni int) int64 {
	return in.needs[ni].Value - in.resources[ri].UnitCost - in.distance(ri, ni)
}

// distanceR is distance for the resource of rank q.
func (in *instance) distanceR(q int32, ni int32) int64 {
	rs, ns := in.subR[q], in.commSub[in.needComm[ni]]
	if rs < 0 || ns < 0 || rs == ns {
		return 0
	}
	return in.dist.PerUnit
}

// serves reports whether the resource of rank q serves need ni's community with its kind.
func (in *instance) serves(q int32, ni int) bool {
	if in.kindOf[in.byCost[q]] != in.needKind[ni] {
		return false
	}
	if len(in.resources[in.byCost[q]].Communities) == 0 {
		return true
	}
	p := in.needPair[ni]
	_, ok := slices.BinarySearch(in.pairRes[in.pairStart[p]:in.pairStart[p+1]], q)
	return ok
}

// candidateCount is the number of resources that may serve need ni (same kind, in scope),
// whatever is left of them.
func (in *instance) candidateCount(ni int) int {
	p, k := in.needPair[ni], in.needKind[ni]
	return int(in.pairStart[p+1]-in.pairStart[p]) + int(in.anyStart[k+1]-in.anyStart[k])
}

// solve solves the tiers, highest priority first. Its cost is linear in the number of needs and
// in the candidate pairs of each tier, plus the simplex of each tier: never the number of tiers
// times the size of the input.
func (in *instance) solve() (Plan, error) {
	// The candidate pairs of all tiers together are counted before anything is built, so that an
	// instance too large is refused at bounded cost.
	arcs := 0
	for ni := range in.needs {
		if arcs += in.candidateCount(ni); arcs > MaxArcs {
			return Plan{}, problem(socialorg.Invalid("needs", arcs, "at most 16777216 candidate (need, resource) pairs"))
		}
	}
	// The needs by tier, highest first, and by ID within a tier.
	order := make([]int32, len(in.needs))
	oneTier := true
	for ni := range order {
		order[ni] = int32(ni)
		oneTier = oneTier && in.needs[ni].Priority == in.needs[0].Priority
	}
	if !oneTier {
		slices.SortFunc(order, func(a, b int32) int {
			return cmp.Or(cmp.Compare(in.needs[b].Priority, in.needs[a].Priority), cmp.Compare(a, b))
		})
	}
	s := newSolver(in)
	var plan Plan
	for lo := 0; lo < len(order); {
		hi := lo + 1
		for hi < len(order) && in.needs[order[hi]].Priority == in.needs[order[lo]].Priority {
			hi++
		}
		s.solveTier(order[lo:hi], &plan)
		lo = hi
	}
	// By need and then resource: needs and resources are in ID order, and a pair appears once
	// (a need is in one tier, and a tier's network has one arc per pair).
	slices.SortFunc(s.flows, func(a, b flow) int { return cmp.Or(cmp.Compare(a.need, b.need), cmp.Compare(a.res, b.res)) })
	plan.Assignments = make([]Assignment, len(s.flows))
	for i, f := range s.flows {
		nd, rs := &in.needs[f.need], &in.resources[f.res]
		plan.Assignments[i] = Assignment{Need: nd.ID, Resource: rs.ID, Quantity: f.quantity, Margin: nd.Value - rs.UnitCost - f.distance, Kind: nd.Kind}
	}
	plan.Net = plan.Value - plan.Cost
	return plan, nil
}

// solver holds what the tiers share, by resource rank: what is left of each resource, and the
// resources' node numbers in the current network (−1 when absent), reset after each network.
type solver struct {
	in      *instance
	left    []int64
	resNode []int32
	// The network and the buffers of solveKind, reused from one network to the next.
	g                         network
	src, tgt, needArcs, nodes []int32
	far                       []bool
	flows                     []flow // the plan so far
}

// flow is an assignment by index.
type flow struct {
	need, res          int32
	quantity, distance int64
}

func newSolver(in *instance) *solver {
	s := &solver{in: in, left: make([]int64, len(in.resources)), resNode: make([]int32, len(in.resources))}
	for q, ri := range in.byCost {
		s.left[q] = in.resources[ri].Quantity
		s.resNode[q] = -1
	}
	return s
}

// solveTier solves the needs of one tier over what is left of each resource, records the
// assignments and their totals in plan, and takes what they use from left. Needs of different
// kinds share no resource: each kind is a network of its own.
func (s *solver) solveTier(tier []int32, plan *Plan) {
	in := s.in
	slices.SortFunc(tier, func(a, b int32) int { return cmp.Or(cmp.Compare(in.needKind[a], in.needKind[b]), cmp.Compare(a, b)) })
	for lo := 0; lo < len(tier); {
		hi := lo + 1
		for hi < len(tier) && in.needKind[tier[hi]] == in.needKind[tier[lo]] {
			hi++
		}
		s.solveKind(tier[lo:hi], plan)
		lo = hi
	}
}

// solveKind builds and solves the network of some needs of one kind (see network).
//
// Nodes: the resources with something left and at least one candidate need, by rank; then the
// needs, in their order; then the root. Arcs: every candidate pair of positive margin, by need
// and then by rank (so the cheapest first), then one arc from each node to the root.
func (s *solver) solveKind(needs []int32, plan *Plan) {
	in, left, resNode := s.in, s.left, s.resNode
	bound := 0
	for _, ni := range needs {
		bound += in.candidateCount(int(ni))
	}
	if bound == 0 {
		return
	}
	// One pass over the candidates: each arc is written with the resource's rank as its source and
	// the need's place as its target; both become node numbers below.
	src, tgt := reuse(s.src, bound)[:0], reuse(s.tgt, bound)[:0]
	needArcs := reuse(s.needArcs, len(needs)+1) // need j's arcs are needArcs[j] … needArcs[j+1]−1
	needArcs[0] = 0
	var far []bool // the arc pays the distance cost (only with CrossSubdistrictCost)
	if in.subR != nil {
		far = reuse(s.far, bound)[:0]
	}
	nodes := s.nodes[:0] // ranks of the resources that appear
	costR, pairRes, anyRes := in.costR, in.pairRes, in.anyRes
	for j, ni := range needs {
		v := in.needs[ni].Value
		p, k := in.needPair[ni], in.needKind[ni]
		scoped := pairRes[in.pairStart[p]:in.pairStart[p+1]]
		anyR := anyRes[in.anyStart[k]:in.anyStart[k+1]]
		for len(scoped) > 0 || len(anyR) > 0 {
			// The smaller head of the two ascending lists.
			var q int32
			if len(anyR) == 0 || len(scoped) > 0 && scoped[0] < anyR[0] {
				q, scoped = scoped[0], scoped[1:]
			} else {
				q, anyR = anyR[0], anyR[1:]
			}
			if left[q] == 0 {
				continue
			}
			m := v - costR[q]
			if m <= 0 {
				break // the rest cost as much or more
			}
			d := int64(0)
			if far != nil {
				if d = in.distanceR(q, ni); m-d <= 0 {
					continue
				}
			}
			if resNode[q] < 0 {
				resNode[q] = 0
				nodes = append(nodes, q)
			}
			src = append(src, q)
			tgt = append(tgt, int32(j))
			if far != nil {
				far = append(far, d > 0)
			}
		}
		needArcs[j+1] = int32(len(src))
	}
	s.src, s.tgt, s.needArcs, s.far, s.nodes = src, tgt, needArcs, far, nodes
	if len(src) == 0 {
		for _, q := range nodes {
			resNode[q] = -1
		}
		return
	}
	nR := int32(len(nodes))
	slices.Sort(nodes)
	for i, q := range nodes {
		resNode[q] = int32(i)
	}
	for e := range src {
		src[e] = resNode[src[e]]
		tgt[e] += nR
	}
	g := &s.g
	g.reset(int(nR), len(needs), src, tgt, needArcs)
	for i, q := range nodes {
		g.setResource(int32(i), left[q], costR[q])
	}
	for j, ni := range needs {
		g.setNeed(nR+int32(j), in.needs[ni].Quantity, in.needs[ni].Value)
	}
	if far != nil {
		g.setDistance(far, in.dist.PerUnit)
	}
	g.solve()
	g.flows(func(e int, f int64) {
		q, ni := nodes[g.src[e]], needs[g.tgt[e]-nR]
		ri := in.byCost[q]
		d := int64(0)
		if far != nil && far[e] {
			d = in.dist.PerUnit
		}
		s.flows = append(s.flows, flow{need: ni, res: ri, quantity: f, distance: d})
		plan.Value += f * in.needs[ni].Value
		plan.Cost += f * costR[q]
		plan.Distance += f * d
		left[q] -= f
	})
	for _, q := range nodes {
		resNode[q] = -1
	}
}

// itemPath is the JSON path of field f of item i of list ("needs[3].id"), or f alone when list is
// "" (an item validated on its own). It is built only for a bad value: a valid batch costs no
// string building.
func itemPath(list string, i int, f string) string {
	if list == "" {
		return f
	}
	return list + "[" + strconv.Itoa(i) + "]." + f
}

// checkID records a problem with a missing or over-long identifier.
func checkID(p *socialorg.Problems, list string, i int, f, id string) {
	switch {
	case id == "":
		p.Add(itemPath(list, i, f), "", "required")
	case len(id) > MaxIDLen:
		p.Add(itemPath(list, i, f), id, "at most 128 bytes")
	}
}

// checkUnit records a problem with a value or cost per unit outside 0 … 2^40.
func checkUnit(p *socialorg.Problems, list string, i int, f string, v int64) {
	if v < 0 || v > MaxUnitValue {
		p.Add(itemPath(list, i, f), v, "0 … 2^40")
	}
}

// check records the problems of one need, as item i of list.
func (n *Need) check(p *socialorg.Problems, list string, i int) {
	checkID(p, list, i, "id", n.ID)
	checkID(p, list, i, "community", n.Community)
	checkID(p, list, i, "kind", n.Kind)
	if n.Quantity <= 0 {
		p.Add(itemPath(list, i, "quantity"), n.Quantity, "> 0")
	}
	checkUnit(p, list, i, "value", n.Value)
}

// check records the problems of one resource, as item i of list.
func (r *Resource) check(p *socialorg.Problems, list string, i int) {
	checkID(p, list, i, "id", r.ID)
	checkID(p, list, i, "kind", r.Kind)
	if !r.Party.IsValid() {
		p.Add(itemPath(list, i, "party"), int(r.Party), "one of the parties")
	}
	if r.Quantity <= 0 {
		p.Add(itemPath(list, i, "quantity"), r.Quantity, "> 0")
	}
	checkUnit(p, list, i, "unit_cost", r.UnitCost)
	if len(r.Home) > MaxIDLen {
		p.Add(itemPath(list, i, "home"), r.Home, "at most 128 bytes")
	}
	if len(r.Communities) > MaxNodes {
		p.Add(itemPath(list, i, "communities"), len(r.Communities), "at most 1048576 communities")
		return
	}
	for j, cm := range r.Communities {
		if cm == "" || len(cm) > MaxIDLen {
			p.Add(itemPath(list, i, "communities["+strconv.Itoa(j)+"]"), cm, "1 … 128 bytes")
		}
	}
}

// Validate reports the problems of one need on its own (fields named as in its JSON: "quantity"),
// as Match would report them for the need inside its list ("needs[3].quantity"). The checks
// across needs (unique IDs, totals within int64) are Match's.
func (n Need) Validate() error {
	p := socialorg.Problems{Package: pkg}
	n.check(&p, "", 0)
	return p.Err()
}

// Validate reports the problems of one resource on its own, as Need.Validate does for a need.
func (r Resource) Validate() error {
	p := socialorg.Problems{Package: pkg}
	r.check(&p, "", 0)
	return p.Err()
}
