package partybuilding

import (
	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/enum"
)

// Form is the organizational form of the Party's presence in a unit, from the lightest to the
// largest. The zero Form means "none" and encodes as "". Forms order naturally: PrimaryCommittee >
// GeneralBranch > Branch > JointBranch > WorkCoverage > none.
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
	// GeneralBranch is a 党总支, suggested from 50 members.
	GeneralBranch
	// PrimaryCommittee is a 基层党委, suggested from 100 members.
	PrimaryCommittee
)

var formNames = enum.Names[Form]{
	Type: "Form",
	Text: []string{"", "work-coverage", "joint-branch", "branch", "general-branch", "primary-committee"},
	Names: []socialorg.Text{{},
		{Hans: "党建工作覆盖", Hant: "黨建工作覆蓋", En: "work coverage"},
		{Hans: "联合党支部", Hant: "聯合黨支部", En: "joint branch"},
		{Hans: "党支部", Hant: "黨支部", En: "branch"},
		{Hans: "党总支", Hant: "黨總支", En: "general branch"},
		{Hans: "基层党委", Hant: "基層黨委", En: "primary committee"}},
	Aliases: map[string]Form{"党建工作覆盖": 1, "联合党支部": 2, "党支部": 3, "党总支": 4, "基层党委": 5,
		"黨建工作覆蓋": 1, "聯合黨支部": 2, "黨支部": 3, "黨總支": 4, "基層黨委": 5},
}

// IsValid reports whether f is one of the five forms.
func (f Form) IsValid() bool { return f != 0 && formNames.Valid(f) }

// String returns "work-coverage", "joint-branch", "branch", "general-branch" or
// "primary-committee" ("" for none).
func (f Form) String() string { return formNames.String(f) }

// Name returns the form's name in three languages (联合党支部, 聯合黨支部, joint branch…).
func (f Form) Name() socialorg.Text { return formNames.Name(f) }

// Chinese returns the form's Chinese name (联合党支部, 党支部, 党总支, 基层党委…).
func (f Form) Chinese() string { return f.Name().Hans }

// IsOrganization reports whether f is a Party organization (a joint branch or larger), as
// opposed to work coverage or none.
func (f Form) IsOrganization() bool { return f >= JointBranch && f <= PrimaryCommittee }

// MarshalText encodes f as String does; none encodes as "".
func (f Form) MarshalText() ([]byte, error) { return formNames.Marshal(f) }

// UnmarshalText decodes the text form or the Chinese name (either script); "" is none.
func (f *Form) UnmarshalText(b []byte) error { return formNames.Unmarshal(b, f) }

// UnmarshalJSON decodes a JSON string as UnmarshalText does; a bad value is an error naming the
// field.
func (f *Form) UnmarshalJSON(b []byte) error { return formNames.DecodeJSON(b, f) }

// Formation is how a unit's Party organization was formed (组建方式). The zero value is unknown:
// it is then inferred from the form (a joint branch is Joint, a branch or larger is Own).
type Formation uint8

// The ways a Party organization is formed.
const (
	Own      Formation = iota + 1 // 单独组建: the unit's own organization
	Joint                         // 联合组建: shared with other units
	Attached                      // 挂靠: attached to another body's organization (a supervising unit, a federation)
)

var formationNames = enum.Names[Formation]{Type: "Formation", Text: []string{"", "own", "joint", "attached"}}

// String returns "own", "joint" or "attached" ("" when unknown).
func (f Formation) String() string { return formationNames.String(f) }

// MarshalText encodes f as String does; unknown encodes as "".
func (f Formation) MarshalText() ([]byte, error) { return formationNames.Marshal(f) }

// UnmarshalText decodes what MarshalText encodes.
func (f *Formation) UnmarshalText(b []byte) error { return formationNames.Unmarshal(b, f) }

// UnmarshalJSON decodes a JSON string as UnmarshalText does; a bad value is an error naming the
// field.
func (f *Formation) UnmarshalJSON(b []byte) error { return formationNames.DecodeJSON(b, f) }

// Charter is the Party-building clause a unit's charter carries (党建入章程). The zero value is
// no clause.
type Charter uint8

// The charter clauses, oldest first.
const (
	// PartyOrganizationClause is the 2018 clause (民函〔2018〕78号): 「根据中国共产党章程的规定，设立
	// 中国共产党的组织，开展党的活动，为党组织的活动提供必要条件」.
	PartyOrganizationClause Charter = iota + 1
	// FullLeadershipClause is the 2019 clause (民函〔2019〕54号), which adds 「坚持中国共产党的全面
	// 领导」 before it.
	FullLeadershipClause
)

var charterNames = enum.Names[Charter]{
	Type: "Charter",
	Text: []string{"", "party-organization", "full-leadership"},
	Names: []socialorg.Text{
		{Hans: "无党建条款", Hant: "無黨建條款", En: "no Party-building clause"},
		{Hans: "设立党组织条款（2018年表述）", Hant: "設立黨組織條款（2018年表述）", En: "the 2018 clause (Party organization)"},
		{Hans: "坚持党的全面领导条款（2019年表述）", Hant: "堅持黨的全面領導條款（2019年表述）", En: "the 2019 clause (full leadership of the Party)"}},
}

// String returns "party-organization" or "full-leadership" ("" for no clause).
func (c Charter) String() string { return charterNames.String(c) }

// MarshalText encodes c as String does; no clause encodes as "".
func (c Charter) MarshalText() ([]byte, error) { return charterNames.Marshal(c) }

// UnmarshalText decodes what MarshalText encodes.
func (c *Charter) UnmarshalText(b []byte) error { return charterNames.Unmarshal(b, c) }

// UnmarshalJSON decodes a JSON string as UnmarshalText does; a bad value is an error naming the
// field.
func (c *Charter) UnmarshalJSON(b []byte) error { return charterNames.DecodeJSON(b, c) }
