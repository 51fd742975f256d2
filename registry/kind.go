package registry

import (
	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/enum"
)

// Kind is the legal kind of a social organization. The zero Kind is "unknown": it is not valid,
// and encodes as "".
type Kind uint8

// The kinds of social organization.
const (
	// SocialGroup is a 社会团体: a membership organization registered under the Regulations on the
	// Registration and Administration of Social Groups (State Council Order 250).
	SocialGroup Kind = iota + 1
	// SocialServiceAgency is a 社会服务机构 (formerly 民办非企业单位), registered under State Council
	// Order 251.
	SocialServiceAgency
	// Foundation is a 基金会, registered under the Regulations on Foundations (State Council Order 400).
	Foundation
	// CommunityOrg is a 社区社会组织 that does not meet the registration conditions and is filed
	// (备案) with its subdistrict or town instead of registered. A community social organization
	// that is registered has Kind SocialGroup or SocialServiceAgency.
	CommunityOrg
)

var kindNames = enum.Names[Kind]{
	Type: "Kind",
	Text: []string{"", "social-group", "social-service-agency", "foundation", "community-org"},
	Names: []socialorg.Text{{},
		{Hans: "社会团体", Hant: "社會團體", En: "social group"},
		{Hans: "社会服务机构", Hant: "社會服務機構", En: "social service agency"},
		{Hans: "基金会", Hant: "基金會", En: "foundation"},
		{Hans: "社区社会组织", Hant: "社區社會組織", En: "community social organization"}},
	Aliases: map[string]Kind{"社会团体": 1, "社会服务机构": 2, "民办非企业单位": 2, "基金会": 3, "社区社会组织": 4,
		"社會團體": 1, "社會服務機構": 2, "民辦非企業單位": 2, "基金會": 3, "社區社會組織": 4},
}

// IsValid reports whether k is one of the four kinds.
func (k Kind) IsValid() bool { return k != 0 && kindNames.Valid(k) }

// String returns the kind's text form: "social-group", "social-service-agency", "foundation" or
// "community-org" ("" for the zero Kind, "Kind(n)" when out of range).
func (k Kind) String() string { return kindNames.String(k) }

// Name returns the kind's legal name in three languages (社会团体, 社會團體, social group…).
func (k Kind) Name() socialorg.Text { return kindNames.Name(k) }

// Chinese returns the kind's Chinese legal name: 社会团体, 社会服务机构, 基金会 or 社区社会组织.
func (k Kind) Chinese() string { return k.Name().Hans }

// MarshalText encodes k as String does; the zero Kind encodes as "".
func (k Kind) MarshalText() ([]byte, error) { return kindNames.Marshal(k) }

// UnmarshalText decodes the text form, the Chinese name (民办非企业单位 too, in either script), or
// "" for the zero Kind.
func (k *Kind) UnmarshalText(b []byte) error { return kindNames.Unmarshal(b, k) }

// UnmarshalJSON decodes a JSON string as UnmarshalText does; a bad value is an error naming the
// field.
func (k *Kind) UnmarshalJSON(b []byte) error { return kindNames.DecodeJSON(b, k) }

// Grade is the assessment grade (评估等级) of a social organization, 1A (A) to 5A (AAAAA), awarded
// under the MCA Measures for the Assessment of Social Organizations (民政部令第39号, Art. 26).
// NoGrade, the zero value, means not assessed or no grade in force. Grades order naturally:
// Grade5A > Grade4A > … > NoGrade.
type Grade uint8

// The assessment grades.
const (
	NoGrade Grade = iota
	Grade1A
	Grade2A
	Grade3A
	Grade4A
	Grade5A
)

var gradeNames = enum.Names[Grade]{
	Type: "Grade",
	Text: []string{"none", "1A", "2A", "3A", "4A", "5A"},
	Names: []socialorg.Text{
		{Hans: "无等级", Hant: "無等級", En: "no grade"},
		{Hans: "1A级", Hant: "1A級", En: "1A"}, {Hans: "2A级", Hant: "2A級", En: "2A"}, {Hans: "3A级", Hant: "3A級", En: "3A"},
		{Hans: "4A级", Hant: "4A級", En: "4A"}, {Hans: "5A级", Hant: "5A級", En: "5A"}},
	Aliases: map[string]Grade{"": 0, "A": 1, "AA": 2, "AAA": 3, "AAAA": 4, "AAAAA": 5},
	Fold:    true,
}

// GradeWords are the value words of grades (none, 1A…5A) for rules whose findings show one.
func GradeWords() map[string]socialorg.Text { return gradeNames.Words() }

// IsValid reports whether g is NoGrade or one of 1A–5A.
func (g Grade) IsValid() bool { return g <= Grade5A }

// AtLeast reports whether g is min or higher. NoGrade is at least only NoGrade.
func (g Grade) AtLeast(min Grade) bool { return g.IsValid() && g >= min }

// String returns "none", "1A", …, "5A" ("Grade(n)" when invalid).
func (g Grade) String() string { return gradeNames.String(g) }

// Name returns the grade in three languages.
func (g Grade) Name() socialorg.Text { return gradeNames.Name(g) }

// MarshalText encodes g as String does. An invalid Grade is an error.
func (g Grade) MarshalText() ([]byte, error) { return gradeNames.Marshal(g) }

// UnmarshalText decodes "1A"–"5A" (any case), the letter form "A"–"AAAAA", or "none"/"" for
// NoGrade.
func (g *Grade) UnmarshalText(b []byte) error { return gradeNames.Unmarshal(b, g) }

// UnmarshalJSON decodes a JSON string as UnmarshalText does; a bad value is an error naming the
// field.
func (g *Grade) UnmarshalJSON(b []byte) error { return gradeNames.DecodeJSON(b, g) }
