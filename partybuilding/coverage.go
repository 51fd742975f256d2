package partybuilding

import (
	"math/big"

	"github.com/socialorg/socialorg/internal/fen"
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
}

// Tally counts coverage over units. It allocates nothing and reads each unit once.
func Tally(units []Unit) Coverage {
	var c Coverage
	for i := range units {
		c.add(&units[i])
	}
	return c
}

func (c *Coverage) add(u *Unit) {
	c.Units++
	c.Formal += u.Formal
	c.Probationary += u.Probationary
	org, work := u.OrgCovered(), u.WorkCovered()
	if u.Eligible() {
		c.Eligible++
		if org {
			c.EligibleOrgCovered++
		}
	}
	if u.Operating {
		c.Operating++
		if org {
			c.OperatingOrgCovered++
		}
		if work {
			c.OperatingWorkCovered++
		}
	}
	if work {
		c.WorkCovered++
	}
	if !org {
		return
	}
	c.OrgCovered++
	switch u.formation() {
	case Own:
		c.Own++
		c.Organizations++
	case Joint:
		c.Joint++
		if u.Host {
			c.Organizations++
		}
	case Attached:
		c.Attached++
	}
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
	}
}

// Rate is an exact fraction Num/Den. Den 0 means the rate is undefined (nothing to divide by).
type Rate struct {
	Num int `json:"num"`
	Den int `json:"den"`
}

// Defined reports whether the rate has a denominator.
func (r Rate) Defined() bool { return r.Den != 0 }

// Rat returns the exact fraction, or nil when undefined.
func (r Rate) Rat() *big.Rat {
	if !r.Defined() {
		return nil
	}
	return big.NewRat(int64(r.Num), int64(r.Den))
}

// Percent formats the rate as a percentage with the given decimals, rounded half to even:
// Rate{2, 3}.Percent(2) is "66.67%". An undefined rate is "n/a".
func (r Rate) Percent(decimals int) string {
	if !r.Defined() {
		return "n/a"
	}
	return fen.Percent(int64(r.Num), int64(r.Den), decimals)
}

// String is Percent(2).
func (r Rate) String() string { return r.Percent(2) }

// Rates are the coverage rates with each denominator in use. Official formulas differ: national
// statistics (2011–2012) divide by the units eligible to form an organization; local ones divide
// by the operating units; all registered units is the plain reading of "full coverage".
type Rates struct {
	OrgOfEligible   Rate `json:"org_of_eligible"`   // eligible units org-covered / eligible units
	OrgOfAll        Rate `json:"org_of_all"`        // org-covered / all units
	OrgOfOperating  Rate `json:"org_of_operating"`  // operating units org-covered / operating units
	WorkOfAll       Rate `json:"work_of_all"`       // work-covered / all units
	WorkOfOperating Rate `json:"work_of_operating"` // operating units work-covered / operating units
}

// Rates returns the coverage rates of the tally.
func (c Coverage) Rates() Rates {
	return Rates{
		OrgOfEligible:   Rate{c.EligibleOrgCovered, c.Eligible},
		OrgOfAll:        Rate{c.OrgCovered, c.Units},
		OrgOfOperating:  Rate{c.OperatingOrgCovered, c.Operating},
		WorkOfAll:       Rate{c.WorkCovered, c.Units},
		WorkOfOperating: Rate{c.OperatingWorkCovered, c.Operating},
	}
}

// Change is the change of one count between two dates, e.g. the seed's Party organizations in
// Guangzhou's social organizations, 807 → 1,913.
type Change struct {
	From int `json:"from"`
	To   int `json:"to"`
}

// Delta returns To − From.
func (g Change) Delta() int { return g.To - g.From }

// Growth returns the relative increase (To − From) / From: 807 → 1,913 is 137.05%. Undefined
// when From is 0.
func (g Change) Growth() Rate { return Rate{g.To - g.From, g.From} }

// Multiple returns To / From: 807 → 1,913 is 237.05%. Undefined when From is 0.
func (g Change) Multiple() Rate { return Rate{g.To, g.From} }

// Growth compares two tallies: Party organizations and members (formal and probationary).
type Growth struct {
	Organizations Change `json:"organizations"`
	Members       Change `json:"members"`
	OrgCovered    Change `json:"org_covered"`
	WorkCovered   Change `json:"work_covered"`
}

// GrowthBetween compares an earlier tally with a later one.
func GrowthBetween(before, after Coverage) Growth {
	return Growth{
		Organizations: Change{before.Organizations, after.Organizations},
		Members:       Change{before.Formal + before.Probationary, after.Formal + after.Probationary},
		OrgCovered:    Change{before.OrgCovered, after.OrgCovered},
		WorkCovered:   Change{before.WorkCovered, after.WorkCovered},
	}
}
