package registry

import (
	"cmp"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/socialorg/socialorg"
)

// City is the model that community-organization coverage is evaluated on: districts, their
// subdistricts (街道) and towns (镇), and their communities: urban communities (社区) and rural
// villages (村). Codes identify every area and must be unique at their level across the city.
type City struct {
	Code      string     `json:"code"` // GB/T 2260, "440100"
	Name      string     `json:"name"`
	Districts []District `json:"districts"`
}

// District is a district of the city.
type District struct {
	Code         string        `json:"code"` // GB/T 2260, "440104"
	Name         string        `json:"name"`
	Subdistricts []Subdistrict `json:"subdistricts"`
}

// Subdistrict is a subdistrict (街道) or a town (镇).
type Subdistrict struct {
	Code string `json:"code"` // e.g. the 9-digit statistical code
	Name string `json:"name"`
	Town bool   `json:"town,omitempty"` // a town (镇) rather than a subdistrict (街道)
	// Federations counts the federations of community social organizations
	// (社区社会组织联合会) set up in it.
	Federations int         `json:"federations"`
	Communities []Community `json:"communities"`
}

// Community is an urban community (社区, with a residents' committee) or a rural village (村,
// with a villagers' committee).
type Community struct {
	Code  string `json:"code"` // e.g. the 12-digit statistical code
	Name  string `json:"name"`
	Rural bool   `json:"rural,omitempty"` // a village rather than an urban community
	Orgs  int    `json:"orgs"`            // community social organizations active in it, filed or registered
}

// CoverageTargets are the targets a coverage evaluation applied. A target of 0 is one not in
// force at the date and not supplied: nothing is judged against it.
type CoverageTargets struct {
	Urban     int                `json:"urban"` // average community social organizations per urban community
	UrbanCite socialorg.Citation `json:"urban_cite,omitzero"`
	Rural     int                `json:"rural"` // per rural community (village)
	RuralCite socialorg.Citation `json:"rural_cite,omitzero"`
	// Federations per subdistrict or town; 0 when no target was supplied.
	Federations    int                `json:"federations"`
	FederationCite socialorg.Citation `json:"federation_cite,omitzero"`
}

// CoverageTally counts an area's communities, their organizations and what the targets want. It
// is a mergeable value: the tally of two disjoint areas is a.Merge(b), and Merge is associative
// and commutative, so a city can be tallied district by district, or in any shards, and summed.
// Tallies merge meaningfully only when they were made with the same targets.
type CoverageTally struct {
	Subdistricts int `json:"subdistricts"` // subdistricts and towns
	Towns        int `json:"towns"`        // of which towns (镇)
	Urban        int `json:"urban"`        // urban communities
	Rural        int `json:"rural"`        // rural communities (villages)
	UrbanOrgs    int `json:"urban_orgs"`
	RuralOrgs    int `json:"rural_orgs"`
	UrbanWant    int `json:"urban_want"`  // Σ target over urban communities
	RuralWant    int `json:"rural_want"`  // Σ target over rural communities
	UrbanBelow   int `json:"urban_below"` // urban communities below the target
	RuralBelow   int `json:"rural_below"` // rural communities below the target
	Shortfall    int `json:"shortfall"`   // Σ over communities of (target − orgs) where positive
	Federations  int `json:"federations"`
	// FederationsWant is Σ target over subdistricts, and FederationShortfall Σ (target −
	// federations) where positive; both 0 when no federation target was supplied.
	FederationsWant     int `json:"federations_want"`
	FederationShortfall int `json:"federation_shortfall"`
}

// Merge returns the tally of both areas.
func (t CoverageTally) Merge(o CoverageTally) CoverageTally {
	return CoverageTally{
		Subdistricts:        t.Subdistricts + o.Subdistricts,
		Towns:               t.Towns + o.Towns,
		Urban:               t.Urban + o.Urban,
		Rural:               t.Rural + o.Rural,
		UrbanOrgs:           t.UrbanOrgs + o.UrbanOrgs,
		RuralOrgs:           t.RuralOrgs + o.RuralOrgs,
		UrbanWant:           t.UrbanWant + o.UrbanWant,
		RuralWant:           t.RuralWant + o.RuralWant,
		UrbanBelow:          t.UrbanBelow + o.UrbanBelow,
		RuralBelow:          t.RuralBelow + o.RuralBelow,
		Shortfall:           t.Shortfall + o.Shortfall,
		Federations:         t.Federations + o.Federations,
		FederationsWant:     t.FederationsWant + o.FederationsWant,
		FederationShortfall: t.FederationShortfall + o.FederationShortfall,
	}
}

// Communities returns the number of communities, urban and rural.
func (t CoverageTally) Communities() int { return t.Urban + t.Rural }

// Orgs returns the number of community social organizations, urban and rural.
func (t CoverageTally) Orgs() int { return t.UrbanOrgs + t.RuralOrgs }

// Below returns the number of communities below their target.
func (t CoverageTally) Below() int { return t.UrbanBelow + t.RuralBelow }

// UrbanMet reports whether urban communities reach the target on average (the MCA 2017 opinion
// sets averages, 「平均拥有不少于」): Σ organizations ≥ target × communities, compared exactly in
// integers. True when the area has no urban community or no target applied.
func (t CoverageTally) UrbanMet() bool { return t.UrbanOrgs >= t.UrbanWant }

// RuralMet is UrbanMet for rural communities.
func (t CoverageTally) RuralMet() bool { return t.RuralOrgs >= t.RuralWant }

// AreaCoverage is the tally of one district or subdistrict.
type AreaCoverage struct {
	Code   string        `json:"code"`
	Name   string        `json:"name"`
	Parent string        `json:"parent"` // the district of a subdistrict; the city of a district
	Town   bool          `json:"town,omitempty"`
	Tally  CoverageTally `json:"tally"`
}

// CommunityShortfall is one community below its target.
type CommunityShortfall struct {
	District    string `json:"district"`
	Subdistrict string `json:"subdistrict"`
	Code        string `json:"code"`
	Name        string `json:"name"`
	Rural       bool   `json:"rural,omitempty"`
	Orgs        int    `json:"orgs"`
	Target      int    `json:"target"`
	Shortfall   int    `json:"shortfall"` // Target − Orgs, > 0
}

// CoverageResult is the outcome of EvaluateCoverage. Every list is in a deterministic order
// that does not depend on the order of the input.
type CoverageResult struct {
	City    string          `json:"city"`
	Name    string          `json:"name"`
	AsOf    socialorg.Date  `json:"as_of"`
	Targets CoverageTargets `json:"targets"`
	Total   CoverageTally   `json:"total"`
	// Districts by code; Subdistricts by district code, then code.
	Districts    []AreaCoverage `json:"districts"`
	Subdistricts []AreaCoverage `json:"subdistricts"`
	// Shortfalls lists the communities below their target: largest shortfall first, then by code.
	Shortfalls []CommunityShortfall `json:"shortfalls"`
	// Communities lists every community's count, by district, subdistrict and code: what Report
	// shows per community. It is a copy: the result does not alias the caller's City.
	Communities []CommunityCount `json:"communities"`
}

// CommunityCount is one community's count of organizations, as a CoverageResult holds it.
type CommunityCount struct {
	District    string `json:"district"`
	Subdistrict string `json:"subdistrict"`
	Code        string `json:"code"`
	Rural       bool   `json:"rural,omitempty"`
	Orgs        int    `json:"orgs"`
}

// AssessCoverage measures community social-organization coverage against the targets at asOf:
// the MCA 2017 opinion's averages of 10 organizations per urban community and 5 per rural
// community (民发〔2017〕191号, set for 2020: in force to the end of 2020), or the averages the
// caller supplies (UrbanCommunityTarget, RuralCommunityTarget, each with its source), and a
// caller-supplied number of federations per subdistrict (FederationTarget). It returns tallies per
// subdistrict and district, the city total, and the communities below the average target (the
// target is an average: a community below it is a shortfall to report, not a failure of that
// community). With no target in force or supplied, the counts are tallied and nothing is judged.
//
// Errors: an empty code, a code used twice at its level, a negative count or one above MaxCount
// (*socialorg.InputError naming the field); an invalid supplied value.
func AssessCoverage(city City, asOf socialorg.Date, opts ...socialorg.Option) (CoverageResult, error) {
	if asOf.IsZero() {
		return CoverageResult{}, socialorg.MissingDate("as_of")
	}
	c := socialorg.NewChecker(city.Code, asOf, opts...)
	urban, urbanCite, _ := targetUrban.Read(&c)
	rural, ruralCite, _ := targetRural.Read(&c)
	feds, fedCite, _ := federationTarget.Read(&c)
	if err := c.Err(); err != nil {
		return CoverageResult{}, err
	}
	if err := city.Validate(); err != nil {
		return CoverageResult{}, err
	}
	res := CoverageResult{
		City: city.Code, Name: city.Name, AsOf: asOf,
		Targets: CoverageTargets{
			Urban: urban, UrbanCite: urbanCite, Rural: rural, RuralCite: ruralCite,
			Federations: feds, FederationCite: fedCite,
		},
	}
	cfg := struct{ federations int }{feds}
	nSub, nCom := 0, 0
	for _, d := range city.Districts {
		nSub += len(d.Subdistricts)
		for _, s := range d.Subdistricts {
			nCom += len(s.Communities)
		}
	}
	res.Districts = make([]AreaCoverage, 0, len(city.Districts))
	res.Subdistricts = make([]AreaCoverage, 0, nSub)
	res.Communities = make([]CommunityCount, 0, nCom)

	for di := range city.Districts {
		d := &city.Districts[di]
		var dt CoverageTally
		for si := range d.Subdistricts {
			s := &d.Subdistricts[si]
			st := CoverageTally{Subdistricts: 1, Federations: s.Federations}
			if s.Town {
				st.Towns = 1
			}
			if cfg.federations > 0 {
				st.FederationsWant = cfg.federations
				st.FederationShortfall = max(0, cfg.federations-s.Federations)
			}
			for ci := range s.Communities {
				c := &s.Communities[ci]
				target := urban
				if c.Rural {
					target = rural
					st.Rural++
					st.RuralOrgs += c.Orgs
					st.RuralWant += target
				} else {
					st.Urban++
					st.UrbanOrgs += c.Orgs
					st.UrbanWant += target
				}
				if short := target - c.Orgs; target > 0 && short > 0 {
					if c.Rural {
						st.RuralBelow++
					} else {
						st.UrbanBelow++
					}
					st.Shortfall += short
					res.Shortfalls = append(res.Shortfalls, CommunityShortfall{
						District: d.Code, Subdistrict: s.Code, Code: c.Code, Name: c.Name,
						Rural: c.Rural, Orgs: c.Orgs, Target: target, Shortfall: short,
					})
				}
				res.Communities = append(res.Communities, CommunityCount{d.Code, s.Code, c.Code, c.Rural, c.Orgs})
			}
			res.Subdistricts = append(res.Subdistricts, AreaCoverage{Code: s.Code, Name: s.Name, Parent: d.Code, Town: s.Town, Tally: st})
			dt = dt.Merge(st)
		}
		res.Districts = append(res.Districts, AreaCoverage{Code: d.Code, Name: d.Name, Parent: city.Code, Tally: dt})
		res.Total = res.Total.Merge(dt)
	}

	if res.Shortfalls == nil {
		res.Shortfalls = []CommunityShortfall{}
	}
	slices.SortFunc(res.Districts, func(a, b AreaCoverage) int { return cmp.Compare(a.Code, b.Code) })
	slices.SortFunc(res.Subdistricts, func(a, b AreaCoverage) int {
		return cmp.Or(cmp.Compare(a.Parent, b.Parent), cmp.Compare(a.Code, b.Code))
	})
	slices.SortFunc(res.Shortfalls, func(a, b CommunityShortfall) int {
		return cmp.Or(cmp.Compare(b.Shortfall, a.Shortfall), cmp.Compare(a.Code, b.Code))
	})
	byCode := func(a, b CommunityCount) int {
		return cmp.Or(cmp.Compare(a.District, b.District), cmp.Compare(a.Subdistrict, b.Subdistrict), cmp.Compare(a.Code, b.Code))
	}
	if !slices.IsSortedFunc(res.Communities, byCode) { // a city listed in code order needs one pass
		slices.SortFunc(res.Communities, byCode)
	}
	return res, nil
}

// EvaluateCoverage is AssessCoverage.
//
// Deprecated: use AssessCoverage, the name every batch assessment of the library has.
func EvaluateCoverage(city City, asOf socialorg.Date, opts ...socialorg.Option) (CoverageResult, error) {
	return AssessCoverage(city, asOf, opts...)
}

// Validate checks codes (non-empty, at most 64 bytes, unique per level) and counts (0 …
// MaxCount), and returns every problem joined, each naming its field by JSON path
// ("city.districts[0].subdistricts[3].communities[7].orgs"). Field paths are built only for
// the errors, so that a valid city costs no string building.
func (city City) Validate() error {
	p := socialorg.Problems{Package: "registry"}
	nSub, nCom := 0, 0
	for _, d := range city.Districts {
		nSub += len(d.Subdistricts)
		for _, s := range d.Subdistricts {
			nCom += len(s.Communities)
		}
	}
	// Presized: a growing map rehashes every entry at each doubling.
	seenD := make(map[string]struct{}, len(city.Districts))
	seenS := make(map[string]struct{}, nSub)
	seenC := make(map[string]struct{}, nCom)
	path := func(di, si, ci int, field string) string {
		parts := []any{"city", "districts", di}
		if si >= 0 {
			parts = append(parts, "subdistricts", si)
		}
		if ci >= 0 {
			parts = append(parts, "communities", ci)
		}
		return socialorg.Path(append(parts, field)...)
	}
	if why := nameWhy(city.Name); why != "" {
		p.Add("city.name", city.Name, why)
	}
	for di, d := range city.Districts {
		if why := uniqueCode(seenD, d.Code); why != "" {
			p.Add(path(di, -1, -1, "code"), d.Code, why)
		}
		if why := nameWhy(d.Name); why != "" {
			p.Add(path(di, -1, -1, "name"), d.Name, why)
		}
		for si, s := range d.Subdistricts {
			if why := uniqueCode(seenS, s.Code); why != "" {
				p.Add(path(di, si, -1, "code"), s.Code, why)
			}
			if why := nameWhy(s.Name); why != "" {
				p.Add(path(di, si, -1, "name"), s.Name, why)
			}
			if s.Federations < 0 || s.Federations > MaxCount {
				p.Add(path(di, si, -1, "federations"), s.Federations, "0 … 2^31−1")
			}
			for ci, c := range s.Communities {
				if why := uniqueCode(seenC, c.Code); why != "" {
					p.Add(path(di, si, ci, "code"), c.Code, why)
				}
				if why := nameWhy(c.Name); why != "" {
					p.Add(path(di, si, ci, "name"), c.Name, why)
				}
				if c.Orgs < 0 || c.Orgs > MaxCount {
					p.Add(path(di, si, ci, "orgs"), c.Orgs, "0 … 2^31−1")
				}
			}
		}
	}
	return p.Err()
}

// uniqueCode records code and returns why it is invalid ("" when it is fine).
func uniqueCode(seen map[string]struct{}, code string) string {
	switch {
	case code == "":
		return "required"
	case len(code) > 64:
		return "at most 64 bytes"
	case !utf8.ValidString(code):
		return "valid UTF-8 text"
	}
	if _, dup := seen[code]; dup {
		return "unique at its level"
	}
	seen[code] = struct{}{}
	return ""
}

// nameWhy returns why an area's name is invalid ("" when it is fine): names are optional, of at
// most 200 characters of valid UTF-8.
func nameWhy(name string) string {
	switch {
	case len(name) > 4*maxName:
		return "at most 200 characters"
	case !utf8.ValidString(name):
		return "valid UTF-8 text"
	case utf8.RuneCountInString(name) > maxName:
		return "at most 200 characters"
	}
	return ""
}

// Report turns the result into findings, in this order: the city's urban and rural averages;
// each district's; each subdistrict's averages and, when a target was supplied, its federations;
// then one finding per community. An average over no community of its type, or with no target,
// is NotApplicable. A single community's finding is always NotApplicable, since the target is an
// average: it shows the community's count against the average, for information.
func (r CoverageResult) Report() socialorg.Report {
	t := r.Targets
	c := socialorg.NewChecker(r.City, r.AsOf)
	c.Grow(2 + 2*len(r.Districts) + 3*len(r.Subdistricts) + len(r.Communities))
	averages := func(subject string, tl CoverageTally) {
		c.SetSubject(subject)
		average(&c, ruleCoverageUrban, tl.Urban, tl.UrbanOrgs, tl.UrbanWant, t.Urban, t.UrbanCite)
		average(&c, ruleCoverageRural, tl.Rural, tl.RuralOrgs, tl.RuralWant, t.Rural, t.RuralCite)
	}
	averages(r.City, r.Total)
	for _, d := range r.Districts {
		averages(d.Code, d.Tally)
	}
	for _, s := range r.Subdistricts {
		averages(s.Code, s.Tally)
		if t.Federations > 0 {
			c.Verdict(ruleCoverageFederation, s.Tally.Federations >= t.Federations,
				socialorg.Fig(strconv.Itoa(s.Tally.Federations)), socialorg.Fig("≥ "+strconv.Itoa(t.Federations)), t.FederationCite)
		}
	}
	for _, cm := range r.Communities {
		target, cite := t.Urban, t.UrbanCite
		if cm.Rural {
			target, cite = t.Rural, t.RuralCite
		}
		c.SetSubject(cm.Code)
		want := socialorg.Words("unset")
		if target > 0 {
			want = socialorg.Words("average ≥ " + strconv.Itoa(target))
		} else {
			cite = citeMCATarget
		}
		c.NotApplicable(ruleCoverageCommunity, socialorg.Fig(strconv.Itoa(cm.Orgs)), want, cite)
	}
	return c.Report()
}

// average judges one area's organizations against the average target, in totals: Σ
// organizations against target × communities.
func average(c *socialorg.Checker, rule *socialorg.Rule, communities, orgs, want, target int, cite socialorg.Citation) {
	switch {
	case target == 0:
		// No target in force or supplied: the average cannot be judged (the 2017 target ended
		// with 2020 and no later one is confirmed).
		c.Undecided(rule, socialorg.Fig(strconv.Itoa(orgs)), socialorg.Words("unset"), citeMCATarget)
	case communities == 0:
		c.NotApplicable(rule, socialorg.Fig("0"), socialorg.Value{}, cite)
	default:
		c.Verdict(rule, orgs >= want, socialorg.Fig(strconv.Itoa(orgs)), socialorg.Fig("≥ "+strconv.Itoa(want)), cite)
	}
}

// CountCommunityOrgs returns a copy of city in which every community's Orgs is the number of
// organizations in orgs whose Community is that community's code. The caller's city is not
// changed. An organization naming a community the city does not have is an error.
func CountCommunityOrgs(city City, orgs []Organization) (City, error) {
	out := city
	out.Districts = slices.Clone(city.Districts)
	index := make(map[string]*Community, 4096)
	for di := range out.Districts {
		d := &out.Districts[di]
		d.Subdistricts = slices.Clone(d.Subdistricts)
		for si := range d.Subdistricts {
			s := &d.Subdistricts[si]
			s.Communities = slices.Clone(s.Communities)
			for ci := range s.Communities {
				c := &s.Communities[ci]
				c.Orgs = 0
				index[c.Code] = c
			}
		}
	}
	for i, o := range orgs {
		if o.Community == "" {
			continue
		}
		c, ok := index[o.Community]
		if !ok {
			return City{}, socialorg.Invalid("orgs["+strconv.Itoa(i)+"].community", o.Community, "a community of the city")
		}
		c.Orgs++
	}
	return out, nil
}
