package registry

import (
	"errors"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/enum"
)

// DivisionLevel is the level of an administrative division.
type DivisionLevel uint8

// The levels of administrative division the registry knows.
const (
	LevelNational DivisionLevel = iota + 1 // the whole country: the MCA registers national organizations
	LevelProvince                          // 省
	LevelCity                              // 地级市 / 副省级市
	LevelDistrict                          // 市辖区, and the county-level cities Guangzhou once had
)

var divisionLevelNames = enum.Names[DivisionLevel]{
	Type: "DivisionLevel",
	Text: []string{"", "national", "province", "city", "district"},
}

// String returns "national", "province", "city" or "district" ("" for the zero level).
func (l DivisionLevel) String() string { return divisionLevelNames.String(l) }

// MarshalText encodes l as String does; the zero level encodes as "".
func (l DivisionLevel) MarshalText() ([]byte, error) { return divisionLevelNames.Marshal(l) }

// UnmarshalText decodes what MarshalText encodes.
func (l *DivisionLevel) UnmarshalText(b []byte) error { return divisionLevelNames.Unmarshal(b, l) }

// UnmarshalJSON decodes a JSON string as UnmarshalText does; a bad value is an error naming the
// field.
func (l *DivisionLevel) UnmarshalJSON(b []byte) error { return divisionLevelNames.DecodeJSON(b, l) }

// Division is an administrative division with its GB/T 2260 code: a jurisdiction the library
// declares (socialorg.LookupJurisdiction), as the registry shows it: the divisions whose
// civil-affairs departments register the social organizations of Guangzhou, the other places
// whose rules or schemes the library holds, and the historical codes that still appear inside
// lifelong credit codes.
type Division struct {
	Code   string        `json:"code"` // GB/T 2260, 6 digits
	Name   string        `json:"name"` // 越秀区
	Level  DivisionLevel `json:"level"`
	Parent string        `json:"parent"` // code of the enclosing division ("" for the country)
	// Abolished is the date a historical division ceased to exist (zero while current);
	// Successor is the code of the current division that took over its area.
	Abolished socialorg.Date     `json:"abolished,omitzero"`
	Successor string             `json:"successor,omitempty"`
	Cite      socialorg.Citation `json:"cite"`
}

// Current reports whether the division still exists.
func (d Division) Current() bool { return d.Abolished.IsZero() }

// The code of the City of Guangzhou, the library's home jurisdiction (socialorg.HomeCode).
const GuangzhouCode = socialorg.HomeCode

// divisionOf is the registry's view of a jurisdiction.
func divisionOf(j socialorg.Jurisdiction) Division {
	on, succ := j.Abolished()
	return Division{Code: j.Code(), Name: j.Name().Hans, Level: DivisionLevel(j.Level()), Parent: j.ParentCode(),
		Abolished: on, Successor: succ, Cite: j.Cite()}
}

// LookupDivision returns the division with the given GB/T 2260 code among the jurisdictions the
// library declares (socialorg.Jurisdictions): the country (100000), Guangdong (440000), Guangzhou
// (440100), its 11 districts, the historical codes 440102 东山区, 440107 芳村区, 440116 萝岗区,
// 440183 增城市 and 440184 从化市, and the other places whose schemes the library holds.
func LookupDivision(code string) (Division, bool) {
	j, ok := socialorg.LookupJurisdiction(code)
	if !ok {
		return Division{}, false
	}
	return divisionOf(j), true
}

// Districts returns Guangzhou's 11 current districts, by code.
func Districts() []Division {
	var out []Division
	for _, j := range socialorg.Jurisdictions() {
		if j.ParentCode() == GuangzhouCode && j.Current() {
			out = append(out, divisionOf(j))
		}
	}
	return out
}

// Divisions returns every division the registry knows, current and historical, by code.
func Divisions() []Division {
	js := socialorg.Jurisdictions()
	out := make([]Division, len(js))
	for i, j := range js {
		out[i] = divisionOf(j)
	}
	return out
}

// CurrentDivision follows a historical code to the current division that holds its area
// (440107 芳村区 → 440103 荔湾区); a current code maps to itself.
func CurrentDivision(code string) (Division, bool) {
	d, ok := LookupDivision(code)
	for ok && !d.Current() {
		d, ok = LookupDivision(d.Successor)
	}
	return d, ok
}

// ErrJurisdiction is matched (errors.Is) by the error for an organization registered in a place
// the library has no jurisdiction for: a division code it does not declare
// (socialorg.LookupJurisdiction), and that the check was not given as a caller's jurisdiction
// (socialorg.WithJurisdictions). A Yunfu organization (445300) is such a case.
var ErrJurisdiction = errors.New("registry: outside the jurisdictions this library holds rules for")

// jurisdiction checks that the library, or the caller (known), holds the jurisdiction of the
// division's registration authority.
func jurisdiction(field, code string, known func(string) bool) error {
	if _, ok := socialorg.LookupJurisdiction(code); ok || (known != nil && socialorg.IsDivisionCode(code) && known(code)) {
		return nil
	}
	rule := "a GB/T 2260 division code: six digits"
	if socialorg.IsDivisionCode(code) {
		rule = "a jurisdiction the library declares (socialorg.Jurisdictions), or one given with socialorg.WithJurisdictions"
	}
	return &socialorg.InputError{Field: field, Value: socialorg.Short(code), Rule: rule, Err: ErrJurisdiction}
}
