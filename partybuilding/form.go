package partybuilding

import (
	"github.com/socialorg/socialorg/internal/enum"
)

// Form is the organizational form of the Party's presence in a unit, from the lightest to the
// largest. The zero Form means "none". Forms order naturally: PrimaryCommittee > GeneralBranch >
// Branch > JointBranch > WorkCoverage > none.
type Form uint8

// The forms.
const (
	// WorkCoverage: no Party organization; Party work is carried by a Party-building instructor or
	// liaison (党建指导员/联络员). It is the form for a unit with no members.
	WorkCoverage Form = iota + 1
	// JointBranch is a 联合党支部 shared by several units, for a unit with fewer than 3 formal
	// members (or only probationary ones).
	JointBranch
	// Branch is a 党支部, for a unit with 3 or more formal members.
	Branch
	// GeneralBranch is a 党总支, for 50 or more members.
	GeneralBranch
	// PrimaryCommittee is a 基层党委, for 100 or more members.
	PrimaryCommittee
)

var (
	formNames   = enum.Names{Type: "Form", Text: []string{"", "work-coverage", "joint-branch", "branch", "general-branch", "primary-committee"}}
	formChinese = [...]string{"", "党建工作覆盖（指导员/联络员）", "联合党支部", "党支部", "党总支", "基层党委"}
	formAliases = map[string]uint8{"联合党支部": 2, "党支部": 3, "党总支": 4, "基层党委": 5}
)

// IsValid reports whether f is one of the five forms.
func (f Form) IsValid() bool { return formNames.Valid(uint8(f)) }

// String returns "work-coverage", "joint-branch", "branch", "general-branch" or
// "primary-committee" ("" for none).
func (f Form) String() string { return formNames.String(uint8(f)) }

// Chinese returns the form's Chinese name (联合党支部, 党支部, 党总支, 基层党委…).
func (f Form) Chinese() string {
	if f.IsValid() {
		return formChinese[f]
	}
	return ""
}

// IsOrganization reports whether f is a Party organization (a joint branch or larger), as
// opposed to work coverage or none.
func (f Form) IsOrganization() bool { return f >= JointBranch && f <= PrimaryCommittee }

// MarshalText encodes f as String does; none is an error.
func (f Form) MarshalText() ([]byte, error) { return formNames.Marshal(uint8(f)) }

// UnmarshalText decodes the text form or the Chinese name of an organization.
func (f *Form) UnmarshalText(b []byte) error {
	return enum.Decode(formNames, b, formAliases, f)
}

// Formation is how a unit's Party organization was formed (组建方式). The zero value is unknown:
// it is then inferred from the form (a joint branch is Joint, a branch or larger is Own).
type Formation uint8

// The ways a Party organization is formed.
const (
	Own      Formation = iota + 1 // 单独组建: the unit's own organization
	Joint                         // 联合组建: shared with other units
	Attached                      // 挂靠: attached to another body's organization (a supervising unit, a federation)
)

var formationNames = enum.Names{Type: "Formation", Text: []string{"", "own", "joint", "attached"}}

// String returns "own", "joint" or "attached" ("" when unknown).
func (f Formation) String() string { return formationNames.String(uint8(f)) }

// MarshalText encodes f as String does; unknown is an error.
func (f Formation) MarshalText() ([]byte, error) { return formationNames.Marshal(uint8(f)) }

// UnmarshalText decodes what MarshalText encodes.
func (f *Formation) UnmarshalText(b []byte) error {
	return enum.Decode(formationNames, b, nil, f)
}
