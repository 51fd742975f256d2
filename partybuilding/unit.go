package partybuilding

import (
	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
)

// Unit is a social organization as Party building sees it: its members, the Party organization
// that covers it, and the people and documents that carry Party work.
type Unit struct {
	ID           string `json:"id"`
	Formal       int    `json:"formal"`       // formal members (正式党员)
	Probationary int    `json:"probationary"` // probationary members (预备党员)
	Has          Form   `json:"has,omitempty"`
	Instructor   bool   `json:"instructor,omitempty"` // an instructor or liaison (党建指导员/联络员) is assigned
	Operating    bool   `json:"operating,omitempty"`  // in actual operation (实体运营)

	Code     registry.CreditCode `json:"code,omitzero"`
	Kind     registry.Kind       `json:"kind,omitempty"`
	District string              `json:"district,omitempty"` // GB/T 2260 code, for tallies by district

	// Formed says how the covering organization was formed; zero infers it from Has.
	Formed Formation `json:"formed,omitempty"`
	// OrgID identifies the covering Party organization; the units of one joint organization share
	// it, which is how a joint branch's size is counted.
	OrgID string `json:"org_id,omitempty"`
	// Host marks, among the units of a joint organization, the one that hosts it: tallies count a
	// joint organization once, at its host.
	Host bool `json:"host,omitempty"`
	// CommunityLevel marks an organization set up in a village or urban community, whose term is
	// 5 years.
	CommunityLevel bool           `json:"community_level,omitempty"`
	Established    socialorg.Date `json:"established,omitzero"`   // date the organization was set up
	LastElection   socialorg.Date `json:"last_election,omitzero"` // date of the last election (换届)
	// PostponedTo is the approved new date of an election put off; at most one year beyond the
	// term counts.
	PostponedTo    socialorg.Date `json:"postponed_to,omitzero"`
	Committee      bool           `json:"committee,omitempty"`       // a branch committee has been elected
	FirstSecretary bool           `json:"first_secretary,omitempty"` // a first secretary (第一书记) is dispatched
	Charter        Charter        `json:"charter,omitempty"`         // the Party-building clause the charter carries
}

// formation returns how the unit's organization was formed, inferring it from the form when
// Formed is unknown; 0 when the unit has no organization.
func (u *Unit) formation() Formation {
	if !u.Has.IsOrganization() {
		return 0
	}
	if u.Formed != 0 {
		return u.Formed
	}
	if u.Has == JointBranch {
		return Joint
	}
	return Own
}

// OrgCovered reports whether the unit is covered by its own or a joint Party organization (Has is
// JointBranch or larger).
func (u *Unit) OrgCovered() bool { return u.Has.IsOrganization() }

// WorkCovered reports whether Party work reaches the unit: it is OrgCovered, or Has is
// WorkCoverage, or an instructor or liaison is assigned.
func (u *Unit) WorkCovered() bool {
	return u.Has.IsOrganization() || u.Has == WorkCoverage || u.Instructor
}

// Eligible reports whether the unit has the formal members that oblige it to set up its own
// organization: 3, under the newest regime of CCP Constitution Art. 30 (the same in every regime
// the library holds).
func (u *Unit) Eligible() bool { return u.Formal >= eligibleFormal }

// valid reports whether the unit's counts are within 0 … MaxMembers, as Assess requires.
func (u *Unit) valid() bool {
	return u.Formal >= 0 && u.Formal <= MaxMembers && u.Probationary >= 0 && u.Probationary <= MaxMembers
}

// eligibleFormal is the newest value of the branch threshold, read once from its parameter.
var eligibleFormal = func() int {
	vs := minFormalForBranch.Values()
	return vs[len(vs)-1].Value
}()
