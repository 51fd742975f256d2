package socialorgtest

import (
	"fmt"
	"math/rand/v2"

	"github.com/socialorg/socialorg/venture/linkage"
)

// linkageKind is one kind of need and resource in the synthetic Five-Society Linkage market: its
// share of needs, the quantities, the value of a unit to a community and the cost of delivering it,
// and the parties that bring it.
type linkageKind struct {
	name            string
	weight          int
	needQ, resQ     [2]int64 // quantity ranges
	value, unitCost [2]int64 // per unit
	parties         []linkage.Party
}

// Values and unit costs are fen per unit (the matcher's unit of money; linkage.Yuan converts).
var linkageKinds = []linkageKind{
	// Money in fen: a fen is worth 2–4 fen to a community (the programmes it pays for), and costs
	// 0–1 fen to move (fees, administration).
	{linkage.KindFunds, 3, [2]int64{100_000, 5_000_000}, [2]int64{50_000, 3_000_000}, [2]int64{2, 5}, [2]int64{0, 2},
		[]linkage.Party{linkage.CommunityFund, linkage.CharitableResource, linkage.CommunityEnterprise}},
	{linkage.KindVolunteerHours, 4, [2]int64{10, 400}, [2]int64{5, 200}, [2]int64{40, 120}, [2]int64{0, 30},
		[]linkage.Party{linkage.Volunteer, linkage.ResidentsCommittee}},
	{"social-work-hours", 2, [2]int64{10, 200}, [2]int64{10, 160}, [2]int64{150, 400}, [2]int64{80, 300},
		[]linkage.Party{linkage.SocialWorker, linkage.SocialOrganization}},
	{"legal-aid", 1, [2]int64{1, 30}, [2]int64{1, 20}, [2]int64{300, 1200}, [2]int64{100, 900},
		[]linkage.Party{linkage.SocialOrganization, linkage.SocialWorker}},
	{"counselling", 1, [2]int64{1, 40}, [2]int64{1, 30}, [2]int64{200, 800}, [2]int64{100, 700},
		[]linkage.Party{linkage.SocialWorker, linkage.SocialOrganization}},
	{"meals", 2, [2]int64{50, 2000}, [2]int64{20, 1500}, [2]int64{15, 40}, [2]int64{8, 35},
		[]linkage.Party{linkage.CommunityEnterprise, linkage.CharitableResource, linkage.SocialOrganization}},
	{"venue-hours", 1, [2]int64{5, 100}, [2]int64{5, 200}, [2]int64{50, 300}, [2]int64{0, 150},
		[]linkage.Party{linkage.ResidentsCommittee, linkage.CommunityEnterprise}},
	{"tutoring", 1, [2]int64{10, 300}, [2]int64{5, 200}, [2]int64{60, 200}, [2]int64{20, 150},
		[]linkage.Party{linkage.Volunteer, linkage.SocialOrganization}},
}

// Linkage is a synthetic Five-Society Linkage market over the city's communities.
type Linkage struct {
	Needs     []linkage.Need     `json:"needs"`
	Resources []linkage.Resource `json:"resources"`
	// Subdistrict maps each community code to its subdistrict's, for linkage.CrossSubdistrictCost.
	Subdistrict map[string]string `json:"subdistrict"`
}

// Distance is the market's distance cost between subdistricts at perUnit fen a unit, as the value
// options given as data set (linkage.DistanceKey): socialorg.Set(linkage.DistanceKey,
// m.Distance(perUnit)) is linkage.CrossSubdistrictCost(perUnit, m.Subdistrict).
func (l Linkage) Distance(perUnit int64) linkage.DistanceCost {
	return linkage.DistanceCost{PerUnit: perUnit, Subdistricts: l.Subdistrict}
}

// LinkageMarket generates the city-scale market: 3,000 needs over the city's communities (about
// 2,850 in 170 subdistricts and towns) and 20,000 resources of 8 kinds, 95% of which serve the
// communities of one subdistrict and 5% any community. The same seed gives the same market.
func LinkageMarket(c City, seed uint64) Linkage { return LinkageMarketOf(c, 3000, 20000, seed) }

// LinkageMarketOf is LinkageMarket with the given numbers of needs and resources, for scaling
// measurements.
func LinkageMarketOf(c City, needs, resources int, seed uint64) Linkage {
	r := rand.New(rand.NewPCG(seed, 0x5eed11))
	type sub struct {
		code  string
		comms []string
	}
	var subs []sub
	var comms []string
	out := Linkage{Subdistrict: map[string]string{}}
	for _, d := range c.Model.Districts {
		for _, s := range d.Subdistricts {
			x := sub{code: s.Code}
			for _, cm := range s.Communities {
				x.comms = append(x.comms, cm.Code)
				comms = append(comms, cm.Code)
				out.Subdistrict[cm.Code] = s.Code
			}
			if len(x.comms) > 0 {
				subs = append(subs, x)
			}
		}
	}
	weights := make([]int64, len(linkageKinds))
	for i, k := range linkageKinds {
		weights[i] = int64(k.weight)
	}
	span := func(x [2]int64) int64 { return x[0] + r.Int64N(x[1]-x[0]+1) }
	for i := 0; i < needs; i++ {
		k := linkageKinds[pick(r, weights)]
		out.Needs = append(out.Needs, linkage.Need{ID: fmt.Sprintf("N%06d", i), Community: comms[r.IntN(len(comms))], Kind: k.name,
			Quantity: span(k.needQ), Value: span(k.value)})
	}
	for i := 0; i < resources; i++ {
		k := linkageKinds[pick(r, weights)]
		s := subs[r.IntN(len(subs))]
		res := linkage.Resource{ID: fmt.Sprintf("R%06d", i), Party: k.parties[r.IntN(len(k.parties))], Kind: k.name,
			Quantity: span(k.resQ), UnitCost: span(k.unitCost), Home: s.comms[r.IntN(len(s.comms))]}
		if r.IntN(20) > 0 {
			res.Communities = s.comms // shared: read only
		}
		out.Resources = append(out.Resources, res)
	}
	return out
}
