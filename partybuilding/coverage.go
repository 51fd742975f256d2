package partybuilding

import (
	"github.com/socialorg/socialorg"
)

// Coverage tallies Party coverage over a set of units. It is a mergeable value: the tally of two
// disjoint sets is a.Merge(b); Merge is associative and commutative, with the zero Coverage as
// identity, so a city can be tallied district by district, or in any shards, and summed.
type Coverage struct {
	Units       int `json:"units"`        // all units tallied
	Eligible    int `json:"eligible"`     // units with 3+ formal members
	Operating   int `json:"operating"`    // units in actual operation
	OrgCovered  int `json:"org_covered"`  // units covered by their own or a joint Party organization
	WorkCovered int `json:"work_covered"` // OrgCovered plus units covered only by an instructor or liaison

	EligibleOrgCovered   int `json:"eligible_org_covered"`   // eligible units that are OrgCovered
	OperatingOrgCovered  int `json:"operating_org_covered"`  // operating units that are OrgCovered
	OperatingWorkCovered int `json:"operating_work_covered"` // operating units that are WorkCovered
	Own                  int `json:"own"`                    // units with their own organization (单独组建)
	Joint                int `json:"joint"`                  // units in a joint organization (联合组建)
	Attached             int `json:"attached"`               // units whose organization is attached elsewhere (挂靠)
	// Organizations counts Party organizations: each own organization once, each joint one once
	// at its host unit.
	Organizations int `json:"organizations"`
	Formal        int `json:"formal"`       // formal members in all
	Probationary  int `json:"probationary"` // probationary members in all
	// Invalid counts the units whose member counts are outside 0 … MaxMembers (which Assess
	// refuses): they are counted in Units and nowhere else.
	Invalid int `json:"invalid"`
}

// Tally counts coverage over units. It allocates nothing and reads each unit once. A unit with a
// member count outside 0 … MaxMembers is counted in Units and Invalid only, so that no sum can
// wrap.
func Tally(units []Unit) Coverage {
	var c Coverage
	for i := range units {
		c.add(&units[i])
	}
	return c
}

func (c *Coverage) add(u *Unit) {
	c.Units++
	if !u.valid() {
		c.Invalid++
		return
	}
	c.Formal += u.Formal
	c.Probationary += u.Probationary
	// Counted without branches on the data: mixed units would mispredict most of them.
	org := u.Has.IsOrganization()
	work := b2i(org || u.Has == WorkCoverage || u.Instructor)
	o, el, op := b2i(org), b2i(u.Formal >= eligibleFormal), b2i(u.Operating)
	c.Eligible += el
	c.EligibleOrgCovered += el & o
	c.Operating += op
	c.OperatingOrgCovered += op & o
	c.OperatingWorkCovered += op & work
	c.WorkCovered += work
	c.OrgCovered += o
	f := u.formation() // 0 when not an organization
	own, joint := b2i(f == Own), b2i(f == Joint)
	c.Own += own
	c.Joint += joint
	c.Attached += b2i(f == Attached)
	c.Organizations += own + joint&b2i(u.Host)
}

// b2i is 1 for true and 0 for false (compiled without a branch).
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Merge returns the tally of both sets of units.
func (c Coverage) Merge(o Coverage) Coverage {
	return Coverage{
		Units:                c.Units + o.Units,
		Eligible:             c.Eligible + o.Eligible,
		Operating:            c.Operating + o.Operating,
		OrgCovered:           c.OrgCovered + o.OrgCovered,
		WorkCovered:          c.WorkCovered + o.WorkCovered,
		EligibleOrgCovered:   c.EligibleOrgCovered + o.EligibleOrgCovered,
		OperatingOrgCovered:  c.OperatingOrgCovered + o.OperatingOrgCovered,
		OperatingWorkCovered: c.OperatingWorkCovered + o.OperatingWorkCovered,
		Own:                  c.Own + o.Own,
		Joint:                c.Joint + o.Joint,
		Attached:             c.Attached + o.Attached,
		Organizations:        c.Organizations + o.Organizations,
		Formal:               c.Formal + o.Formal,
		Probationary:         c.Probationary + o.Probationary,
		Invalid:              c.Invalid + o.Invalid,
	}
}

// Rates are the coverage rates with each denominator in use. Official formulas differ: national
// statistics (2011–2012) divide by the units eligible to form an organization; local ones divide
// by the operating units; all registered units is the plain reading of "full coverage".
type Rates struct {
	OrgOfEligible   socialorg.Ratio `json:"org_of_eligible"`   // eligible units org-covered / eligible units
	OrgOfAll        socialorg.Ratio `json:"org_of_all"`        // org-covered / all units
	OrgOfOperating  socialorg.Ratio `json:"org_of_operating"`  // operating units org-covered / operating units
	WorkOfAll       socialorg.Ratio `json:"work_of_all"`       // work-covered / all units
	WorkOfOperating socialorg.Ratio `json:"work_of_operating"` // operating units work-covered / operating units
}

// Rates returns the coverage rates of the tally as exact ratios (Ratio.Percent formats them).
func (c Coverage) Rates() Rates {
	r := func(num, den int) socialorg.Ratio { return socialorg.NewRatio(int64(num), int64(den)) }
	return Rates{
		OrgOfEligible:   r(c.EligibleOrgCovered, c.Eligible),
		OrgOfAll:        r(c.OrgCovered, c.Units),
		OrgOfOperating:  r(c.OperatingOrgCovered, c.Operating),
		WorkOfAll:       r(c.WorkCovered, c.Units),
		WorkOfOperating: r(c.OperatingWorkCovered, c.Operating),
	}
}

// Growth compares two tallies: Party organizations and members (formal and probationary).
type Growth struct {
	Organizations socialorg.Change `json:"organizations"`
	Members       socialorg.Change `json:"members"`
	OrgCovered    socialorg.Change `json:"org_covered"`
	WorkCovered   socialorg.Change `json:"work_covered"`
}

// GrowthBetween compares an earlier tally with a later one.
func GrowthBetween(before, after Coverage) Growth {
	ch := func(a, b int) socialorg.Change { return socialorg.Change{From: int64(a), To: int64(b)} }
	return Growth{
		Organizations: ch(before.Organizations, after.Organizations),
		Members:       ch(before.Formal+before.Probationary, after.Formal+after.Probationary),
		OrgCovered:    ch(before.OrgCovered, after.OrgCovered),
		WorkCovered:   ch(before.WorkCovered, after.WorkCovered),
	}
}
