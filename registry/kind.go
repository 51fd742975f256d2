package registry

import (
	"fmt"
	"strings"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/enum"
)

// Kind is the legal kind of a social organization. The zero Kind is "unknown" and is not valid.
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

var (
	kindNames   = enum.Names{Type: "Kind", Text: []string{"", "social-group", "social-service-agency", "foundation", "community-org"}}
	kindChinese = [...]string{"", "社会团体", "社会服务机构", "基金会", "社区社会组织"}
	// kindAliases are the Chinese names UnmarshalText also accepts.
	kindAliases = map[string]uint8{"社会团体": 1, "社会服务机构": 2, "民办非企业单位": 2, "基金会": 3, "社区社会组织": 4}
)

// IsValid reports whether k is one of the four kinds.
func (k Kind) IsValid() bool { return kindNames.Valid(uint8(k)) }

// String returns the kind's text form: "social-group", "social-service-agency", "foundation" or
// "community-org" ("Kind(n)" when invalid).
func (k Kind) String() string { return kindNames.String(uint8(k)) }

// Chinese returns the kind's Chinese legal name: 社会团体, 社会服务机构, 基金会 or 社区社会组织.
func (k Kind) Chinese() string {
	if k.IsValid() {
		return kindChinese[k]
	}
	return ""
}

// MarshalText encodes k as String does. An invalid Kind is an error.
func (k Kind) MarshalText() ([]byte, error) { return kindNames.Marshal(uint8(k)) }

// UnmarshalText decodes the text form, or the Chinese name (民办非企业单位 too).
func (k *Kind) UnmarshalText(b []byte) error {
	return enum.Decode(kindNames, b, kindAliases, k)
}

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

// IsValid reports whether g is NoGrade or one of 1A–5A.
func (g Grade) IsValid() bool { return g <= Grade5A }

// AtLeast reports whether g is min or higher. NoGrade is at least only NoGrade.
func (g Grade) AtLeast(min Grade) bool { return g.IsValid() && g >= min }

// String returns "none", "1A", …, "5A" ("Grade(n)" when invalid).
func (g Grade) String() string {
	switch {
	case g == NoGrade:
		return "none"
	case g.IsValid():
		return string([]byte{'0' + byte(g), 'A'})
	}
	return fmt.Sprintf("Grade(%d)", uint8(g))
}

// MarshalText encodes g as String does. An invalid Grade is an error.
func (g Grade) MarshalText() ([]byte, error) {
	if !g.IsValid() {
		return nil, socialorg.Invalid("Grade", uint8(g), "none or 1A–5A")
	}
	return []byte(g.String()), nil
}

// UnmarshalText decodes "1A"–"5A" (any case), the letter form "A"–"AAAAA", or "none"/"" for NoGrade.
func (g *Grade) UnmarshalText(b []byte) error {
	s := strings.ToUpper(strings.TrimSpace(string(b)))
	switch {
	case s == "" || s == "NONE":
		*g = NoGrade
		return nil
	case len(s) == 2 && s[1] == 'A' && s[0] >= '1' && s[0] <= '5':
		*g = Grade(s[0] - '0')
		return nil
	case len(s) <= 5 && strings.Count(s, "A") == len(s):
		*g = Grade(len(s))
		return nil
	}
	return socialorg.Invalid("Grade", string(b), "none or 1A–5A")
}
