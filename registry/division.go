package registry

import (
	"errors"
	"slices"
	"strings"

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

// Division is an administrative division with its GB/T 2260 code: the divisions whose
// civil-affairs departments register the social organizations of Guangzhou, and the historical
// codes that still appear inside lifelong credit codes.
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

// The sources of the division table.
var (
	citeGBT2260 = socialorg.Citation{Document: "GB/T 2260《中华人民共和国行政区划代码》"}
	cite2005    = socialorg.Citation{Document: "《国务院关于同意广东省调整广州市部分行政区划的批复》（国函〔2005〕35号）"}
	cite2014    = socialorg.Citation{Document: "《国务院关于同意广东省调整广州市部分行政区划的批复》（2014年）"}
)

// The code of the City of Guangzhou.
const GuangzhouCode = "440100"

// divisions is the table, sorted by code. The historical codes are those the sources list as
// appearing in lifelong credit codes (their codes come from GB/T 2260 editions before the
// changes; the successor districts come from the State Council approvals cited).
var divisions = []Division{
	{Code: "100000", Name: "全国", Level: LevelNational, Cite: citeGB32100},
	{Code: "440000", Name: "广东省", Level: LevelProvince, Parent: "100000", Cite: citeGBT2260},
	{Code: "440100", Name: "广州市", Level: LevelCity, Parent: "440000", Cite: citeGBT2260},
	{Code: "440102", Name: "东山区", Level: LevelDistrict, Parent: "440100", Abolished: socialorg.MustDate("2005-04-28"), Successor: "440104", Cite: cite2005},
	{Code: "440103", Name: "荔湾区", Level: LevelDistrict, Parent: "440100", Cite: citeGBT2260},
	{Code: "440104", Name: "越秀区", Level: LevelDistrict, Parent: "440100", Cite: citeGBT2260},
	{Code: "440105", Name: "海珠区", Level: LevelDistrict, Parent: "440100", Cite: citeGBT2260},
	{Code: "440106", Name: "天河区", Level: LevelDistrict, Parent: "440100", Cite: citeGBT2260},
	{Code: "440107", Name: "芳村区", Level: LevelDistrict, Parent: "440100", Abolished: socialorg.MustDate("2005-04-28"), Successor: "440103", Cite: cite2005},
	{Code: "440111", Name: "白云区", Level: LevelDistrict, Parent: "440100", Cite: citeGBT2260},
	{Code: "440112", Name: "黄埔区", Level: LevelDistrict, Parent: "440100", Cite: citeGBT2260},
	{Code: "440113", Name: "番禺区", Level: LevelDistrict, Parent: "440100", Cite: citeGBT2260},
	{Code: "440114", Name: "花都区", Level: LevelDistrict, Parent: "440100", Cite: citeGBT2260},
	{Code: "440115", Name: "南沙区", Level: LevelDistrict, Parent: "440100", Cite: citeGBT2260},
	{Code: "440116", Name: "萝岗区", Level: LevelDistrict, Parent: "440100", Abolished: socialorg.MustDate("2014-02-12"), Successor: "440112", Cite: cite2014},
	{Code: "440117", Name: "从化区", Level: LevelDistrict, Parent: "440100", Cite: citeGBT2260},
	{Code: "440118", Name: "增城区", Level: LevelDistrict, Parent: "440100", Cite: citeGBT2260},
	{Code: "440183", Name: "增城市", Level: LevelDistrict, Parent: "440100", Abolished: socialorg.MustDate("2014-02-12"), Successor: "440118", Cite: cite2014},
	{Code: "440184", Name: "从化市", Level: LevelDistrict, Parent: "440100", Abolished: socialorg.MustDate("2014-02-12"), Successor: "440117", Cite: cite2014},
}

// LookupDivision returns the division with the given GB/T 2260 code: the country (100000),
// Guangdong (440000), Guangzhou (440100), its 11 districts, and the historical codes 440102 东山区,
// 440107 芳村区, 440116 萝岗区, 440183 增城市 and 440184 从化市.
func LookupDivision(code string) (Division, bool) {
	// A plain binary search: the generic one makes code escape to the heap.
	lo, hi := 0, len(divisions)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if divisions[m].Code < code {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == len(divisions) || divisions[lo].Code != code {
		return Division{}, false
	}
	return divisions[lo], true
}

// Districts returns Guangzhou's 11 current districts, by code.
func Districts() []Division {
	var out []Division
	for _, d := range divisions {
		if d.Parent == GuangzhouCode && d.Current() {
			out = append(out, d)
		}
	}
	return out
}

// Divisions returns every division the registry knows, current and historical, by code.
func Divisions() []Division { return slices.Clone(divisions) }

// CurrentDivision follows a historical code to the current division that holds its area
// (440107 芳村区 → 440103 荔湾区); a current code maps to itself.
func CurrentDivision(code string) (Division, bool) {
	d, ok := LookupDivision(code)
	for ok && !d.Current() {
		d, ok = LookupDivision(d.Successor)
	}
	return d, ok
}

// ErrJurisdiction is matched (errors.Is) by the error for an organization registered outside the
// jurisdictions whose rules this library holds: the country (100000), Guangdong (440000),
// Guangzhou (440100) and its districts, current and historical. A Shenzhen organization (440300)
// is such a case: its city's own rules are not encoded here.
var ErrJurisdiction = errors.New("registry: outside the jurisdictions this library holds rules for")

// jurisdiction checks that the library holds the rules of the division's registration authority.
func jurisdiction(field, code string) error {
	if _, ok := LookupDivision(code); ok {
		return nil
	}
	rule := "a division this library holds rules for: 100000, 440000, 440100 or a Guangzhou district"
	if len(code) == 6 && strings.Trim(code, "0123456789") == "" {
		rule = "the rules of this jurisdiction are not in the library (it holds 100000, 440000 and Guangzhou, 4401xx)"
	}
	return &socialorg.InputError{Field: field, Value: socialorg.Short(code), Rule: rule, Err: ErrJurisdiction}
}
