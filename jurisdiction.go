package socialorg

import (
	"bytes"
	"encoding/json"
	"maps"
	"slices"
	"strings"
)

// Level is the level of an administrative division (GB/T 2260): the nation, a province, a city
// (地级市, 副省级市) or a district (市辖区, 县, county-level city). The zero Level is unknown.
type Level uint8

// The levels of a jurisdiction.
const (
	LevelNation   Level = iota + 1 // the whole country
	LevelProvince                  // 省, 自治区, 直辖市
	LevelCity                      // 地级市, 副省级市
	LevelDistrict                  // 市辖区, 县, 县级市
)

var levelText = [...]string{"", "nation", "province", "city", "district"}

// String returns "nation", "province", "city" or "district" ("" for the zero Level).
func (l Level) String() string {
	if int(l) < len(levelText) {
		return levelText[l]
	}
	return "Level(" + itoa(int(l)) + ")"
}

// MarshalText encodes l as String does; an unknown Level is an error.
func (l Level) MarshalText() ([]byte, error) {
	if int(l) >= len(levelText) {
		return nil, Invalid("level", int(l), "nation, province, city or district")
	}
	return []byte(levelText[l]), nil
}

// UnmarshalText decodes what MarshalText encodes.
func (l *Level) UnmarshalText(b []byte) error {
	for i, s := range levelText {
		if string(b) == s {
			*l = Level(i)
			return nil
		}
	}
	return Invalid("level", string(b), "nation, province, city or district")
}

// NationCode is the code of the whole country in the library's jurisdictions (GB 32100's code
// for organizations the Ministry of Civil Affairs registers).
const NationCode = "100000"

// HomeCode is the library's home jurisdiction, the City of Guangzhou: a check whose input names
// no place, and whose options give none (In), judges as in Guangzhou.
const HomeCode = "440100"

// maxChain bounds the chain of a jurisdiction up to the nation (district → city → province →
// nation, with room for a caller's own levels).
const maxChain = 8

// Jurisdiction is a place whose rules the library can apply: the nation, a province, a city or a
// district, with its GB/T 2260 code, its names in three languages and its parent. A check judges
// at a place: it resolves every parameter at the date judged in the place's jurisdiction, falling
// back to the parent (district → city → province → nation) where the place sets no value of its
// own. A jurisdiction the library declares (LookupJurisdiction) carries the values its packages
// declare for it (Parameters list them); a caller's jurisdiction (NewJurisdiction,
// ParseJurisdiction) also carries parameter values of its own, and is given to checks with
// WithJurisdictions.
//
// A Jurisdiction is an immutable value, safe for concurrent use; the zero Jurisdiction is none
// (IsZero).
type Jurisdiction struct{ d *jdata }

// jdata is what a Jurisdiction holds; a Jurisdiction points at it, so that it is cheap to copy.
type jdata struct {
	code      string
	name      Text
	level     Level
	parent    string
	abolished Date
	successor string
	cite      Citation
	// overrides are the caller's own parameter values, by parameter ID: each a []Dated[T] of the
	// parameter's value type, checked when the jurisdiction was built.
	overrides map[string]override
	// chain is the code and its ancestors' up to the nation, for a declared jurisdiction.
	chain []string
}

// the zero jdata, for the methods of the zero Jurisdiction.
var nodata jdata

func (j Jurisdiction) data() *jdata {
	if j.d == nil {
		return &nodata
	}
	return j.d
}

// override is one parameter's values in a caller's jurisdiction.
type override struct {
	values  any     // []Dated[T]
	entries []Entry // the same, formatted, for listings
	raw     json.RawMessage
}

// Code returns the jurisdiction's GB/T 2260 code ("440103"), or "" for the zero Jurisdiction.
func (j Jurisdiction) Code() string { return j.data().code }

// Name returns the jurisdiction's name in three languages (荔湾区, 荔灣區, Liwan District).
func (j Jurisdiction) Name() Text { return j.data().name }

// Level returns the jurisdiction's level.
func (j Jurisdiction) Level() Level { return j.data().level }

// IsZero reports whether j is the zero Jurisdiction.
func (j Jurisdiction) IsZero() bool { return j.d == nil }

// Cite returns the source of the jurisdiction's code and name (GB/T 2260, or the State Council
// approval that abolished it).
func (j Jurisdiction) Cite() Citation { return j.data().cite }

// Abolished returns the date a historical division ceased to exist (zero while current), and
// the code of the current division that took over its area.
func (j Jurisdiction) Abolished() (on Date, successor string) {
	return j.data().abolished, j.data().successor
}

// Current reports whether the division still exists.
func (j Jurisdiction) Current() bool { return j.data().abolished.IsZero() }

// Parent returns the enclosing jurisdiction (Liwan → Guangzhou → Guangdong → the nation); false
// for the nation. A jurisdiction the library does not declare is named by its code's structure
// (445102 → 445100 → 440000), with its code as its name.
func (j Jurisdiction) Parent() (Jurisdiction, bool) {
	if j.data().parent == "" {
		return Jurisdiction{}, false
	}
	return lookupOrDerive(j.d.parent), true
}

// ParentCode returns the code of the enclosing jurisdiction ("" for the nation).
func (j Jurisdiction) ParentCode() string { return j.data().parent }

// String returns the code and the Simplified Chinese name: "440103 荔湾区".
func (j Jurisdiction) String() string {
	d := j.data()
	if d.name.Hans == "" || d.name.Hans == d.code {
		return d.code
	}
	return d.code + " " + d.name.Hans
}

// Equal reports whether two jurisdictions are the same place with the same values.
func (j Jurisdiction) Equal(o Jurisdiction) bool {
	a, b := j.data(), o.data()
	if a == b {
		return true
	}
	if a.code != b.code || a.name != b.name || a.level != b.level || a.parent != b.parent ||
		a.abolished != b.abolished || a.successor != b.successor || a.cite != b.cite || len(a.overrides) != len(b.overrides) {
		return false
	}
	for id, a := range a.overrides {
		b, ok := b.overrides[id]
		if !ok || !slices.Equal(a.entries, b.entries) {
			return false
		}
	}
	return true
}

// Overrides returns the caller's own parameter values this jurisdiction carries, by parameter ID
// (nil for a jurisdiction the library declares: its values are in the packages' Parameters).
func (j Jurisdiction) Overrides() map[string][]Entry {
	d := j.data()
	if len(d.overrides) == 0 {
		return nil
	}
	out := make(map[string][]Entry, len(d.overrides))
	for id, o := range d.overrides {
		out[id] = slices.Clone(o.entries)
	}
	return out
}

// Within reports whether j is the jurisdiction code or lies inside it (440103 is within 440100,
// 440000 and 100000; every jurisdiction is within the nation).
func (j Jurisdiction) Within(code string) bool {
	for _, c := range chainOf(j.data().code, nil) {
		if c == code {
			return true
		}
	}
	return false
}

// The sources of the jurisdictions table.
var (
	citeGB32100 = Citation{Document: "GB 32100-2015《法人和其他组织统一社会信用代码编码规则》"}
	citeGBT2260 = Citation{Document: "GB/T 2260《中华人民共和国行政区划代码》"}
	citeGZ2005  = Citation{Document: "《国务院关于同意广东省调整广州市部分行政区划的批复》（国函〔2005〕35号）"}
	citeGZ2014  = Citation{Document: "《国务院关于同意广东省调整广州市部分行政区划的批复》（2014年）"}
	gz2005      = MustDate("2005-04-28")
	gz2014      = MustDate("2014-02-12")
)

// jurisdictions is the table the library declares, sorted by code: the nation, the provinces,
// cities and districts whose rules or schemes the packages hold (Guangdong, Guangzhou and its 11
// districts with the historical codes still found in lifelong credit codes, Shenzhen, Foshan
// Nanhai, Anhui Anqing Huaining, Henan Luoyang Chanhe).
var jurisdictions = withChains([]jdata{
	{code: NationCode, name: names("全国", "全國", "China (national)"), level: LevelNation, cite: citeGB32100},
	{code: "340000", name: names("安徽省", "安徽省", "Anhui Province"), level: LevelProvince, parent: NationCode, cite: citeGBT2260},
	{code: "340800", name: names("安庆市", "安慶市", "Anqing"), level: LevelCity, parent: "340000", cite: citeGBT2260},
	{code: "340822", name: names("怀宁县", "懷寧縣", "Huaining County"), level: LevelDistrict, parent: "340800", cite: citeGBT2260},
	{code: "410000", name: names("河南省", "河南省", "Henan Province"), level: LevelProvince, parent: NationCode, cite: citeGBT2260},
	{code: "410300", name: names("洛阳市", "洛陽市", "Luoyang"), level: LevelCity, parent: "410000", cite: citeGBT2260},
	{code: "410304", name: names("瀍河回族区", "瀍河回族區", "Chanhe Hui District"), level: LevelDistrict, parent: "410300", cite: citeGBT2260},
	{code: "440000", name: names("广东省", "廣東省", "Guangdong Province"), level: LevelProvince, parent: NationCode, cite: citeGBT2260},
	{code: "440100", name: names("广州市", "廣州市", "Guangzhou"), level: LevelCity, parent: "440000", cite: citeGBT2260},
	{code: "440102", name: names("东山区", "東山區", "Dongshan District (abolished)"), level: LevelDistrict, parent: "440100", abolished: gz2005, successor: "440104", cite: citeGZ2005},
	{code: "440103", name: names("荔湾区", "荔灣區", "Liwan District"), level: LevelDistrict, parent: "440100", cite: citeGBT2260},
	{code: "440104", name: names("越秀区", "越秀區", "Yuexiu District"), level: LevelDistrict, parent: "440100", cite: citeGBT2260},
	{code: "440105", name: names("海珠区", "海珠區", "Haizhu District"), level: LevelDistrict, parent: "440100", cite: citeGBT2260},
	{code: "440106", name: names("天河区", "天河區", "Tianhe District"), level: LevelDistrict, parent: "440100", cite: citeGBT2260},
	{code: "440107", name: names("芳村区", "芳村區", "Fangcun District (abolished)"), level: LevelDistrict, parent: "440100", abolished: gz2005, successor: "440103", cite: citeGZ2005},
	{code: "440111", name: names("白云区", "白雲區", "Baiyun District"), level: LevelDistrict, parent: "440100", cite: citeGBT2260},
	{code: "440112", name: names("黄埔区", "黃埔區", "Huangpu District"), level: LevelDistrict, parent: "440100", cite: citeGBT2260},
	{code: "440113", name: names("番禺区", "番禺區", "Panyu District"), level: LevelDistrict, parent: "440100", cite: citeGBT2260},
	{code: "440114", name: names("花都区", "花都區", "Huadu District"), level: LevelDistrict, parent: "440100", cite: citeGBT2260},
	{code: "440115", name: names("南沙区", "南沙區", "Nansha District"), level: LevelDistrict, parent: "440100", cite: citeGBT2260},
	{code: "440116", name: names("萝岗区", "蘿崗區", "Luogang District (abolished)"), level: LevelDistrict, parent: "440100", abolished: gz2014, successor: "440112", cite: citeGZ2014},
	{code: "440117", name: names("从化区", "從化區", "Conghua District"), level: LevelDistrict, parent: "440100", cite: citeGBT2260},
	{code: "440118", name: names("增城区", "增城區", "Zengcheng District"), level: LevelDistrict, parent: "440100", cite: citeGBT2260},
	{code: "440183", name: names("增城市", "增城市", "Zengcheng City (abolished)"), level: LevelDistrict, parent: "440100", abolished: gz2014, successor: "440118", cite: citeGZ2014},
	{code: "440184", name: names("从化市", "從化市", "Conghua City (abolished)"), level: LevelDistrict, parent: "440100", abolished: gz2014, successor: "440117", cite: citeGZ2014},
	{code: "440300", name: names("深圳市", "深圳市", "Shenzhen"), level: LevelCity, parent: "440000", cite: citeGBT2260},
	{code: "440600", name: names("佛山市", "佛山市", "Foshan"), level: LevelCity, parent: "440000", cite: citeGBT2260},
	{code: "440605", name: names("南海区", "南海區", "Nanhai District"), level: LevelDistrict, parent: "440600", cite: citeGBT2260},
})

// withChains fills in each declared jurisdiction's chain up to the nation, once.
func withChains(t []jdata) []jdata {
	for i := range t {
		for code := t[i].code; code != "" && len(t[i].chain) < maxChain; {
			t[i].chain = append(t[i].chain, code)
			k := declaredIndex(t, code)
			if k < 0 {
				break
			}
			code = t[k].parent
		}
	}
	return t
}

// declaredIndex is the index of code in a table sorted by code, or −1.
func declaredIndex(t []jdata, code string) int {
	// A plain binary search: the generic one makes the string escape.
	lo, hi := 0, len(t)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t[m].code < code {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == len(t) || t[lo].code != code {
		return -1
	}
	return lo
}

// LookupJurisdiction returns the jurisdiction the library declares for a GB/T 2260 division
// code: "440103" is Liwan, whose parent is Guangzhou ("440100"), whose parent is Guangdong
// ("440000"), whose parent is the nation ("100000"). It is false for a code the library does not
// declare.
func LookupJurisdiction(division string) (Jurisdiction, bool) {
	i := declaredIndex(jurisdictions, division)
	if i < 0 {
		return Jurisdiction{}, false
	}
	return Jurisdiction{&jurisdictions[i]}, true
}

// Jurisdictions returns every jurisdiction the library declares, by code.
func Jurisdictions() []Jurisdiction {
	out := make([]Jurisdiction, len(jurisdictions))
	for i := range jurisdictions {
		out[i] = Jurisdiction{&jurisdictions[i]}
	}
	return out
}

// IsDivisionCode reports whether s has the shape of a GB/T 2260 code: six digits, the first not 0.
func IsDivisionCode(s string) bool {
	if len(s) != 6 || s[0] == '0' {
		return false
	}
	for i := 0; i < 6; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// derivedParent is the parent a code's structure gives: a district's city (first four digits
// and 00), a city's province (first two and 0000), a province's nation. "" for the nation and
// for what is not a division code.
func derivedParent(code string) string {
	switch {
	case code == NationCode || !IsDivisionCode(code):
		return ""
	case code[2:] == "0000":
		return NationCode
	case code[4:] == "00":
		return code[:2] + "0000"
	}
	return code[:4] + "00"
}

// derivedLevel is the level a code's structure gives.
func derivedLevel(code string) Level {
	switch {
	case code == NationCode:
		return LevelNation
	case !IsDivisionCode(code):
		return 0
	case code[2:] == "0000":
		return LevelProvince
	case code[4:] == "00":
		return LevelCity
	}
	return LevelDistrict
}

// lookupOrDerive returns the declared jurisdiction of code, or one named by its code's structure.
func lookupOrDerive(code string) Jurisdiction {
	if j, ok := LookupJurisdiction(code); ok {
		return j
	}
	return Jurisdiction{&jdata{code: code, name: Text{code, code, code}, level: derivedLevel(code), parent: derivedParent(code)}}
}

// chainOf returns code and the codes of its ancestors up to the nation, the most specific first,
// taking parents from the caller's jurisdictions first, then the declared ones, then the code's
// structure. It stops at maxChain codes (a caller's parents cannot loop it).
func chainOf(code string, callers []Jurisdiction) []string {
	var a [maxChain]string
	n := fillChain(&a, code, callers)
	return slices.Clone(a[:n])
}

// fillChain writes chainOf(code, callers) into a and returns its length.
func fillChain(a *[maxChain]string, code string, callers []Jurisdiction) int {
	if len(callers) == 0 {
		if i := declaredIndex(jurisdictions, code); i >= 0 {
			return copy(a[:], jurisdictions[i].chain)
		}
	}
	n := 0
	for code != "" && n < maxChain && !slices.Contains(a[:n], code) {
		a[n] = code
		n++
		code = parentOf(code, callers)
	}
	return n
}

// parentOf returns the parent code of code.
func parentOf(code string, callers []Jurisdiction) string {
	for i := len(callers) - 1; i >= 0; i-- {
		if d := callers[i].data(); d.code == code {
			return d.parent
		}
	}
	if i := declaredIndex(jurisdictions, code); i >= 0 {
		return jurisdictions[i].parent
	}
	return derivedParent(code)
}

// JurisdictionSpec describes a caller's jurisdiction: a new place (a city the library does not
// hold, with its own scheme), or one the library declares with values of the caller's own (a
// district's cap the sources do not confirm). Parameters are given by ID with their dated values,
// in the form a parameter exports to JSON (Param.MarshalJSON): each value must be of the
// parameter's type and pass its checks, and its regimes must not overlap.
type JurisdictionSpec struct {
	Code   string `json:"code"`             // GB/T 2260 code: six digits
	Name   Text   `json:"name"`             // in three languages; defaults to a declared jurisdiction's
	Level  Level  `json:"level,omitzero"`   // defaults to the declared or code-derived level
	Parent string `json:"parent,omitempty"` // defaults to the declared or code-derived parent
	// Cite is the source of the code and name (defaults to GB/T 2260).
	Cite       Citation         `json:"cite,omitzero"`
	Parameters []ParamOverrides `json:"parameters,omitempty"`
}

// ParamOverrides is one parameter's values in a caller's jurisdiction: its ID and its regimes, in
// the JSON form the parameter exports ({"id": …, "values": [{"from", "until", "value", "cite",
// "note"}]}). In Go, build it with Override, which types the values.
type ParamOverrides struct {
	ID     string          `json:"id"`
	Values json.RawMessage `json:"values"`
	typed  any             // []Dated[T] from Override
}

// Equal reports whether two overrides give the same parameter the same values (as JSON), so that
// go-cmp compares them without options.
func (o ParamOverrides) Equal(p ParamOverrides) bool {
	if o.ID != p.ID {
		return false
	}
	var a, b bytes.Buffer
	if json.Compact(&a, o.Values) != nil || json.Compact(&b, p.Values) != nil {
		return bytes.Equal(o.Values, p.Values)
	}
	return bytes.Equal(a.Bytes(), b.Bytes())
}

// Override gives a parameter's values in a caller's jurisdiction, typed: Override("venture.max-grant",
// Dated[decimal.Decimal]{From: …, Value: decimal.NewFromInt(300000), Cite: …}).
func Override[T any](id string, values ...Dated[T]) ParamOverrides {
	raw, _ := json.Marshal(values) // for the JSON form; the typed values are what is checked
	return ParamOverrides{ID: id, Values: raw, typed: slices.Clone(values)}
}

// NewJurisdiction builds a caller's jurisdiction and checks it: a six-digit code; a complete name
// (unless the library declares the code); a parent that is a six-digit code, not the code itself;
// each parameter declared by a package of the program (Parameters), given once, with values of its
// type that pass its checks, each with a start date and a cited document, in order and without
// overlap. Every problem is an *InputError naming its field by JSON path
// ("parameters[2].values[1].from").
func NewJurisdiction(spec JurisdictionSpec) (Jurisdiction, error) {
	var p Problems
	j := &jdata{code: spec.Code, name: spec.Name, level: spec.Level, parent: spec.Parent, cite: spec.Cite}
	dj, isDeclared := LookupJurisdiction(spec.Code)
	declared := dj.data()
	switch {
	case !IsDivisionCode(spec.Code):
		p.Add("code", spec.Code, "a GB/T 2260 code: six digits")
	case isDeclared:
		if j.name.IsZero() {
			j.name = declared.name
		}
		if j.level == 0 {
			j.level = declared.level
		}
		if j.parent == "" && spec.Code != NationCode {
			j.parent = declared.parent
		}
		if j.cite.IsZero() {
			j.cite = declared.cite
		}
		j.abolished, j.successor = declared.abolished, declared.successor
	default:
		if j.level == 0 {
			j.level = derivedLevel(spec.Code)
		}
		if j.parent == "" {
			j.parent = derivedParent(spec.Code)
		}
		if j.cite.IsZero() {
			j.cite = citeGBT2260
		}
	}
	if !j.name.complete() {
		p.Add("name", j.name.Hans, "a name in zh-Hans, zh-Hant and en")
	}
	if int(j.level) >= len(levelText) {
		p.Add("level", int(j.level), "nation, province, city or district")
	}
	switch {
	case j.parent == "" && spec.Code != NationCode && IsDivisionCode(spec.Code):
		p.Add("parent", "", "required")
	case j.parent != "" && (!IsDivisionCode(j.parent) || j.parent == spec.Code):
		p.Add("parent", j.parent, "the six-digit code of another jurisdiction")
	}
	seen := map[string]bool{}
	for i, o := range spec.Parameters {
		at := Path("parameters", i)
		if seen[o.ID] {
			p.Add(Path(at, "id"), o.ID, "each parameter once")
			continue
		}
		seen[o.ID] = true
		param, ok := lookupParameter(o.ID)
		if !ok {
			p.Add(Path(at, "id"), o.ID, "the ID of a parameter a package declares (see Parameters)")
			continue
		}
		ov, err := param.override(o, at)
		if err != nil {
			p.AddError(err)
			continue
		}
		if j.overrides == nil {
			j.overrides = map[string]override{}
		}
		j.overrides[o.ID] = ov
	}
	if err := p.Err(); err != nil {
		return Jurisdiction{}, err
	}
	return Jurisdiction{j}, nil
}

// ParseJurisdiction decodes a caller's jurisdiction from JSON (the form of JurisdictionSpec; the
// parameters in the form the book exports) and checks it as NewJurisdiction does. Unknown keys are
// refused, so that a misspelled field is not silently ignored.
func ParseJurisdiction(data []byte) (Jurisdiction, error) {
	var spec JurisdictionSpec
	d := json.NewDecoder(bytes.NewReader(data))
	d.DisallowUnknownFields()
	if err := d.Decode(&spec); err != nil {
		return Jurisdiction{}, jsonProblem(err)
	}
	if d.More() {
		return Jurisdiction{}, Invalid("", "", "one JSON object")
	}
	return NewJurisdiction(spec)
}

// jsonProblem turns a decoding error into an *InputError naming the field, at bounded length.
func jsonProblem(err error) error {
	var field string
	switch e := err.(type) {
	case *json.UnmarshalTypeError:
		field = e.Field
	case *json.SyntaxError:
		return &InputError{Field: "", Value: "offset " + itoa(int(e.Offset)), Rule: cutTo(e.Error(), 200), Err: err}
	}
	msg := err.Error()
	if i := strings.Index(msg, "unknown field "); i >= 0 {
		return &InputError{Field: strings.Trim(msg[i+len("unknown field "):], `"`), Value: "", Rule: "a known field (check the spelling)"}
	}
	return &InputError{Field: field, Value: "", Rule: cutTo(msg, 200)}
}

// Spec returns the spec that builds j again (NewJurisdiction(j.Spec()) is equal to j).
func (j Jurisdiction) Spec() JurisdictionSpec {
	d := j.data()
	s := JurisdictionSpec{Code: d.code, Name: d.name, Level: d.level, Parent: d.parent, Cite: d.cite}
	for _, id := range slices.Sorted(maps.Keys(d.overrides)) {
		o := d.overrides[id]
		s.Parameters = append(s.Parameters, ParamOverrides{ID: id, Values: slices.Clone(o.raw), typed: o.values})
	}
	return s
}

// MarshalJSON encodes j as its Spec.
func (j Jurisdiction) MarshalJSON() ([]byte, error) { return json.Marshal(j.Spec()) }

// UnmarshalJSON decodes what MarshalJSON encodes, as ParseJurisdiction does.
func (j *Jurisdiction) UnmarshalJSON(b []byte) error {
	v, err := ParseJurisdiction(b)
	if err != nil {
		return err
	}
	*j = v
	return nil
}

// placeOption sets the place of a check.
type placeOption string

func (o placeOption) apply(c config) config {
	c.place = string(o)
	return c
}

// In sets the place a check judges at, by GB/T 2260 code, for checks whose input names none (a
// venture round, a spending check): In("440103") judges by Liwan's values where it has them, else
// Guangzhou's, Guangdong's and the nation's. A check whose input names its place (an
// organization's registration authority, from its credit code or division) judges there. Without
// In, the place is the library's home, Guangzhou (HomeCode).
func In(code string) Option { return placeOption(code) }

// jurisdictionsOption gives a check the caller's jurisdictions.
type jurisdictionsOption []Jurisdiction

func (o jurisdictionsOption) apply(c config) config {
	c.jurisdictions = append(c.jurisdictions[:len(c.jurisdictions):len(c.jurisdictions)], o...)
	return c
}

// WithJurisdictions gives checks the caller's own jurisdictions (NewJurisdiction,
// ParseJurisdiction): a place the library does not declare, or values of the caller's for one it
// does. Their values win over the values the library declares for the same jurisdiction; a later
// jurisdiction of the same code wins over an earlier one. Supplied values (Supply) win over both.
func WithJurisdictions(js ...Jurisdiction) Option { return jurisdictionsOption(slices.Clone(js)) }

// names is a jurisdiction's name in three languages.
func names(hans, hant, en string) Text { return Text{Hans: hans, Hant: hant, En: en} }
