// Package socialorgtest is the library's test kit, as net/http/httptest is net/http's: a
// deterministic synthetic city the size of Guangzhou for tests, benchmarks and examples, a valid
// fixture per kind of organization, and an assertion that diffs a report's findings. The
// library's own tests use it, and so can a service's.
//
// The city: the 11 real districts with their GB/T 2260 codes, about 170 subdistricts and towns,
// 1,700 urban communities and 1,150 villages, 8,000 registered social organizations with valid
// credit codes, over 20,000 community social organizations (some communities below the average),
// the Party-building picture of the registered organizations (about 1,900 Party organizations,
// own and joint, instructors for most of the rest, some gaps), and 211 charities with a year of
// books. Everything except the district codes and names is invented: counts per district are rough
// approximations chosen for realism, names are numbered, and no figure here is a fact about
// Guangzhou. The same seed always gives the same city.
//
// Only tests and examples should import this package.
package socialorgtest

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/partybuilding"
	"github.com/socialorg/socialorg/registry"
)

// City is a generated city.
type City struct {
	// Model is the coverage model; each community's Orgs counts the community organizations below.
	Model registry.City `json:"model"`
	// Registered are the registered social organizations (social groups, social service agencies,
	// foundations), each with a valid credit code, ordered by code.
	Registered []registry.Organization `json:"registered"`
	// Community are the community social organizations: most filed with their subdistrict (Kind
	// CommunityOrg), some registered; each names its subdistrict and community.
	Community []registry.Organization `json:"community"`
	// Party is the Party-building picture of the registered organizations, one unit each, in the
	// same order as Registered.
	Party []partybuilding.Unit `json:"party"`
}

// districtShape is the invented size of one district.
type districtShape struct {
	code, name             string
	subdistricts, towns    int
	urban, rural           int
	registeredWeight       int // share of district-registered organizations
	communityRegistered    int // percent of community organizations that are registered rather than filed
	urbanBelow, ruralBelow int // percent of communities generated below target
}

var shapes = []districtShape{
	{"440103", "荔湾区", 22, 0, 195, 0, 9, 4, 4, 0},
	{"440104", "越秀区", 18, 0, 222, 0, 12, 6, 3, 0},
	{"440105", "海珠区", 18, 0, 268, 0, 10, 5, 4, 0},
	{"440106", "天河区", 21, 0, 225, 0, 14, 6, 3, 0},
	{"440111", "白云区", 20, 4, 300, 118, 11, 4, 7, 9},
	{"440112", "黄埔区", 16, 1, 120, 55, 8, 4, 5, 6},
	{"440113", "番禺区", 11, 5, 150, 177, 10, 5, 2, 3},
	{"440114", "花都区", 4, 6, 70, 188, 7, 3, 8, 10},
	{"440115", "南沙区", 3, 6, 45, 128, 6, 3, 9, 12},
	{"440117", "从化区", 3, 5, 40, 221, 6, 2, 10, 14},
	{"440118", "增城区", 4, 7, 65, 263, 7, 3, 8, 11},
}

// Historical codes and where their areas are now: lifelong credit codes issued before a
// boundary change keep the old division.
var historical = map[string]string{
	"440103": "440107", // 荔湾区 absorbed 芳村区 (2005)
	"440104": "440102", // 越秀区 absorbed 东山区 (2005)
	"440112": "440116", // 黄埔区 absorbed 萝岗区 (2014)
	"440117": "440184", // 从化市 became 从化区 (2014)
	"440118": "440183", // 增城市 became 增城区 (2014)
}

// Sizes of the registered population.
const (
	registeredTotal = 8000
	foundations     = 180
	socialGroups    = 3200
)

// Guangzhou generates the synthetic city from a seed.
func Guangzhou(seed uint64) City {
	g := gen{r: rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15)), codes: make(map[registry.CreditCode]struct{}, registeredTotal*2)}
	var c City
	c.Model = registry.City{Code: registry.GuangzhouCode, Name: "广州市"}
	for _, s := range shapes {
		d, orgs := g.district(s)
		c.Model.Districts = append(c.Model.Districts, d)
		c.Community = append(c.Community, orgs...)
	}
	c.Registered = g.registered()
	c.Party = party(g.r, c.Registered)
	return c
}

type gen struct {
	r     *rand.Rand
	codes map[registry.CreditCode]struct{}
}

// district builds one district's subdistricts and communities, and the community organizations
// that live in them.
func (g *gen) district(s districtShape) (registry.District, []registry.Organization) {
	d := registry.District{Code: s.code, Name: s.name}
	n := s.subdistricts + s.towns
	for i := 0; i < n; i++ {
		town := i >= s.subdistricts
		kind, num := "街道", i+1
		code := fmt.Sprintf("%s%03d", s.code, i+1)
		if town {
			kind, num = "镇", i-s.subdistricts+1
			code = fmt.Sprintf("%s%03d", s.code, 100+num)
		}
		fed := 1
		if g.r.IntN(100) < 4 {
			fed = 0 // a few subdistricts have not set up their federation
		}
		d.Subdistricts = append(d.Subdistricts, registry.Subdistrict{
			Code: code, Name: fmt.Sprintf("%s第%d%s", trimDistrict(s.name), num, kind), Town: town, Federations: fed,
		})
	}
	// Urban communities go mostly to subdistricts, villages mostly to towns.
	place := func(rural bool) int {
		if n == 0 {
			return 0
		}
		for {
			i := g.r.IntN(n)
			town := d.Subdistricts[i].Town
			w := 1
			if town == rural {
				w = 4
			}
			if s.towns == 0 || g.r.IntN(4) < w {
				return i
			}
		}
	}
	var orgs []registry.Organization
	add := func(rural bool, count int, belowPct int) {
		for k := 0; k < count; k++ {
			si := place(rural)
			sub := &d.Subdistricts[si]
			target, spread := 10, 7
			if rural {
				target, spread = 5, 4
			}
			num := len(sub.Communities) + 1
			name := fmt.Sprintf("第%d社区", num)
			code := fmt.Sprintf("%s%03d", sub.Code, num)
			if rural {
				name = fmt.Sprintf("第%d村", num)
				code = fmt.Sprintf("%s%03d", sub.Code, 200+num)
			}
			n := target + g.r.IntN(spread)
			if g.r.IntN(100) < belowPct {
				n = target/2 + g.r.IntN(target-target/2)
			}
			sub.Communities = append(sub.Communities, registry.Community{Code: code, Name: name, Rural: rural, Orgs: n})
			for j := 0; j < n; j++ {
				orgs = append(orgs, g.communityOrg(s, sub.Code, code, j))
			}
		}
	}
	add(false, s.urban, s.urbanBelow)
	add(true, s.rural, s.ruralBelow)
	return d, orgs
}

// forms of filed community organizations by filing type.
var (
	groupForms   = []string{"社", "队", "组"}
	serviceForms = []string{"站", "中心"}
	activities   = []string{"舞蹈", "合唱", "书画", "太极", "义工", "长者互助", "邻里守望", "四点半课堂", "环保", "读书", "平安巡逻", "调解", "助残", "亲子", "健身"}
)

func (g *gen) communityOrg(s districtShape, sub, community string, j int) registry.Organization {
	act := activities[g.r.IntN(len(activities))]
	o := registry.Organization{
		Division:    s.code,
		Subdistrict: sub,
		Community:   community,
		Registered:  socialorg.NewDate(2012+g.r.IntN(14), time.Month(1+g.r.IntN(12)), 1+g.r.IntN(28)),
		Domicile:    community + "社区活动室",
	}
	if g.r.IntN(100) < s.communityRegistered {
		// Registered with the district as a social group or social service agency.
		if g.r.IntN(2) == 0 {
			o.Kind = registry.SocialGroup
			o.Name = fmt.Sprintf("%s%s协会%d", trimDistrict(s.name), act, j+1)
			o.IndividualMembers = 50 + g.r.IntN(100)
			o.Funds = decimal.NewFromInt(int64(30000 + 1000*g.r.IntN(50)))
		} else {
			o.Kind = registry.SocialServiceAgency
			o.Name = fmt.Sprintf("%s%s服务中心%d", trimDistrict(s.name), act, j+1)
			o.Funds = decimal.NewFromInt(int64(30000 + 1000*g.r.IntN(100)))
		}
		o.Staff = 1 + g.r.IntN(5)
		o.Code = g.code(o.Kind, s.code)
		return o
	}
	o.Kind = registry.CommunityOrg
	if g.r.IntN(3) > 0 {
		o.Filing = registry.GroupFiling
		o.Form = groupForms[g.r.IntN(len(groupForms))]
		o.NaturalInitiators = 3 + g.r.IntN(5)
		o.IndividualMembers = 10 + g.r.IntN(60)
	} else {
		o.Filing = registry.ServiceFiling
		o.Form = serviceForms[g.r.IntN(len(serviceForms))]
		o.NaturalInitiators = 2 + g.r.IntN(3)
		o.Staff = 2 + g.r.IntN(6)
	}
	o.Name = fmt.Sprintf("%s%s%s", community, act, o.Form)
	return o
}

// registered generates the registered population: city-level and district-level social groups,
// social service agencies and foundations.
func (g *gen) registered() []registry.Organization {
	total := 0
	for _, s := range shapes {
		total += s.registeredWeight
	}
	out := make([]registry.Organization, 0, registeredTotal)
	for i := 0; i < registeredTotal; i++ {
		var kind registry.Kind
		switch {
		case i < foundations:
			kind = registry.Foundation
		case i < foundations+socialGroups:
			kind = registry.SocialGroup
		default:
			kind = registry.SocialServiceAgency
		}
		// Foundations and about 45% of the rest are registered with the city, the others with a
		// district.
		division := registry.GuangzhouCode
		if kind != registry.Foundation && g.r.IntN(100) >= 45 {
			pick := g.r.IntN(total)
			for _, s := range shapes {
				if pick < s.registeredWeight {
					division = s.code
					break
				}
				pick -= s.registeredWeight
			}
		}
		out = append(out, g.registeredOrg(kind, division, i))
	}
	sortByCode(out)
	return out
}

var (
	fields = []string{"社会工作", "养老服务", "慈善", "教育", "文化", "体育", "科技", "环境保护", "法律服务", "心理健康", "青少年发展", "助残", "社区发展", "行业"}
	sgKind = []string{"协会", "促进会", "联合会", "研究会", "商会"}
	ssKind = []string{"服务中心", "社会工作服务中心", "研究院", "服务社", "发展中心"}
)

func (g *gen) registeredOrg(kind registry.Kind, division string, i int) registry.Organization {
	place := "广州市"
	if division != registry.GuangzhouCode {
		d, _ := registry.LookupDivision(division)
		place = "广州市" + d.Name
	}
	field := fields[g.r.IntN(len(fields))]
	o := registry.Organization{
		Kind:       kind,
		Division:   division,
		Registered: socialorg.NewDate(1995+g.r.IntN(31), time.Month(1+g.r.IntN(12)), 1+g.r.IntN(28)),
		Staff:      1 + g.r.IntN(30),
		Domicile:   place + "某路" + fmt.Sprint(1+g.r.IntN(999)) + "号",
	}
	switch kind {
	case registry.SocialGroup:
		o.Name = fmt.Sprintf("%s%s%s%04d", place, field, sgKind[g.r.IntN(len(sgKind))], i)
		if g.r.IntN(4) == 0 {
			o.UnitMembers = 30 + g.r.IntN(300)
		} else {
			o.IndividualMembers = 50 + g.r.IntN(2000)
		}
		o.Funds = decimal.NewFromInt(int64(30000 + 1000*g.r.IntN(970)))
	case registry.SocialServiceAgency:
		o.Name = fmt.Sprintf("%s%s%s%04d", place, field, ssKind[g.r.IntN(len(ssKind))], i)
		o.Funds = decimal.NewFromInt(int64(30000 + 1000*g.r.IntN(970)))
	case registry.Foundation:
		o.Name = fmt.Sprintf("广州市%s基金会%04d", field, i)
		if g.r.IntN(5) == 0 {
			o.FoundationType = registry.LocalPublicFoundation
			o.Funds = decimal.NewFromInt(int64(4_000_000 + 100_000*g.r.IntN(100)))
		} else {
			o.FoundationType = registry.NonPublicFoundation
			o.Funds = decimal.NewFromInt(int64(2_000_000 + 100_000*g.r.IntN(100)))
		}
		o.FundsInCash = true
	}
	// About 1% of codes were issued by a division that no longer exists.
	codeDivision := division
	if old, ok := historical[division]; ok && g.r.IntN(100) < 10 {
		codeDivision = old
	}
	o.Code = g.code(kind, codeDivision)
	return o
}

// orgChars are the characters a generated organization identifier may use: the GB 32100 set, so
// that the identifier is also a valid GB 11714 body.
const orgChars = "0123456789ABCDEFGHJKLMNPQRTUWXY"

// code issues a new, unique, valid credit code for an organization of kind registered at division.
func (g *gen) code(kind registry.Kind, division string) registry.CreditCode {
	category := map[registry.Kind]byte{registry.SocialGroup: '1', registry.SocialServiceAgency: '2', registry.Foundation: '3'}[kind]
	for {
		body := []byte("MJ000000")
		for i := 2; i < 8; i++ {
			body[i] = orgChars[g.r.IntN(len(orgChars))]
		}
		org, err := registry.NewOrgCode(string(body))
		if err != nil {
			panic(err) // the body is built from valid characters
		}
		c, err := registry.NewCreditCode('5', category, division, org)
		if err != nil {
			panic(err)
		}
		if _, dup := g.codes[c]; !dup {
			g.codes[c] = struct{}{}
			return c
		}
	}
}

func trimDistrict(name string) string {
	r := []rune(name)
	return string(r[:len(r)-1])
}

func sortByCode(orgs []registry.Organization) {
	slices.SortFunc(orgs, func(a, b registry.Organization) int { return strings.Compare(a.Code.String(), b.Code.String()) })
}
