package standards

import (
	"bytes"
	"encoding/json"
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/enum"
	"github.com/socialorg/socialorg/registry"
)

// The types of the package's parameter values: what a jurisdiction declares for its assessment
// scheme, its entry conditions and its brand call (MustLocal in the package's data files, or
// socialorg.ParseJurisdiction for a caller's place). Each has a JSON form, the one a jurisdiction
// file gives in a parameter's "value", and a String form for listings.

// SchemeInfo names a jurisdiction's assessment scheme: the value of standards.grade.scheme, whose
// regimes are the assessments the scheme governs, with their sources.
type SchemeInfo struct {
	ID   string `json:"id"`             // stable, 1–128 bytes: "guangzhou"
	Name string `json:"name"`           // 广州市社会组织等级评估
	Note string `json:"note,omitempty"` // what is weak or read in a particular way in the sources
}

// String returns the ID and the name.
func (s SchemeInfo) String() string { return s.ID + " " + s.Name }

func checkSchemeInfo(s SchemeInfo) error {
	var p socialorg.Problems
	p.Package = "standards"
	if s.ID == "" || len(s.ID) > maxID {
		p.Add("id", s.ID, "1 … 128 bytes")
	}
	if s.Name == "" || len(s.Name) > maxSchemeText {
		p.Add("name", s.Name, "1 … 1024 bytes")
	}
	if len(s.Note) > maxSchemeNote {
		p.Add("note", s.Note, "at most 4096 bytes")
	}
	return p.Err()
}

// Threshold is a grade's least score in a scheme: Min, which a score must reach, or, when Above,
// exceed (Huaining's 5A, 「950以上」 read as above 950).
type Threshold struct {
	Min   decimal.Decimal `json:"min"`
	Above bool            `json:"above,omitempty"`
}

// String returns "≥ 951" or "> 950".
func (t Threshold) String() string {
	if t.Above {
		return "> " + socialorg.ShortDecimal(t.Min)
	}
	return "≥ " + socialorg.ShortDecimal(t.Min)
}

// Equal reports whether two thresholds are the same (go-cmp uses it).
func (t Threshold) Equal(o Threshold) bool { return t.Above == o.Above && t.Min.Equal(o.Min) }

// UnmarshalJSON decodes a threshold at bounded cost, refusing unknown keys.
func (t *Threshold) UnmarshalJSON(b []byte) error {
	type plain Threshold
	return strictInput(b, (*plain)(t))
}

func checkThreshold(t Threshold) error { return checkPoints(t.Min) }

// checkPoints accepts a score or a cut-off: ≥ 0, at most MaxPlaces decimal places, at most 10^12.
func checkPoints(d decimal.Decimal) error {
	if _, why := points(d); why != "" {
		return socialorg.Invalid("", d, why)
	}
	return nil
}

// checkScale accepts a scale: points above 0.
func checkScale(d decimal.Decimal) error {
	v, why := points(d)
	if why == "" && v == 0 {
		why = "> 0"
	}
	if why != "" {
		return socialorg.Invalid("", d, why)
	}
	return nil
}

// strictInput decodes an input of the package from JSON as socialorg.UnmarshalInput does (a long
// number refused before it is parsed, a short error), and refuses keys the type does not have.
func strictInput(b []byte, v any) error {
	if t := bytes.TrimSpace(b); len(t) == 0 || (t[0] != '{' && !bytes.Equal(t, []byte("null"))) {
		return socialorg.Invalid("", t, "a JSON object")
	}
	if err := socialorg.UnmarshalInput(b, v); err != nil {
		return err
	}
	d := json.NewDecoder(bytes.NewReader(b))
	d.DisallowUnknownFields()
	if err := d.Decode(v); err != nil {
		if msg := err.Error(); strings.Contains(msg, "unknown field ") {
			key := strings.Trim(msg[strings.Index(msg, "unknown field ")+len("unknown field "):], `"`)
			return socialorg.Invalid(key, "", "a known field (check the spelling)")
		}
		return err
	}
	return nil
}

// Requirement is a scheme's extra condition for a grade, beyond the score: a number of full-time
// staff, the organization's own Party organization (Foshan Nanhai's 5A and 4A, Huaining's 5A).
type Requirement struct {
	Grade             registry.Grade `json:"grade"`
	FullTimeStaff     int            `json:"full_time_staff,omitempty"`    // at least this many full-time staff
	PartyOrganization bool           `json:"party_organization,omitempty"` // its own Party organization
}

// String returns "5A: full-time staff ≥ 3, own Party organization".
func (r Requirement) String() string {
	var parts []string
	if r.FullTimeStaff > 0 {
		parts = append(parts, "full-time staff ≥ "+strconv.Itoa(r.FullTimeStaff))
	}
	if r.PartyOrganization {
		parts = append(parts, "own Party organization")
	}
	if len(parts) == 0 {
		parts = append(parts, "none")
	}
	return r.Grade.String() + ": " + strings.Join(parts, ", ")
}

// Requirements are a scheme's extra conditions, at most one per grade: the value of
// standards.grade.conditions.
type Requirements []Requirement

// String returns each grade's conditions: "5A: full-time staff ≥ 3, own Party organization; 4A: …".
func (rs Requirements) String() string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = r.String()
	}
	return strings.Join(parts, "; ")
}

// Clone returns a copy of the list.
func (rs Requirements) Clone() Requirements { return slices.Clone(rs) }

func checkRequirements(rs Requirements) error {
	if len(rs) > int(registry.Grade5A) {
		return socialorg.Invalid("", len(rs), "at most 5 grades")
	}
	for i, r := range rs {
		switch {
		case !isGrade(r.Grade):
			return socialorg.Invalid(socialorg.Path("", i, "grade"), int(r.Grade), "1A … 5A")
		case slices.ContainsFunc(rs[:i], func(o Requirement) bool { return o.Grade == r.Grade }):
			return socialorg.Invalid(socialorg.Path("", i, "grade"), r.Grade.String(), "one condition per grade at a time")
		case r.FullTimeStaff < 0 || r.FullTimeStaff > maxSchemeStaff:
			return socialorg.Invalid(socialorg.Path("", i, "full_time_staff"), r.FullTimeStaff, "0 … 100000")
		}
	}
	return nil
}

// ReentryKind is how a scheme lets an organization that holds a valid grade enter an assessment
// again. The zero ReentryKind is unset.
type ReentryKind uint8

// The ways back into an assessment.
const (
	// ReentryAtTerm: once the grade has reached the end of its term (Order 39 Art. 6(2):
	// 「获得的评估等级满5年有效期的」).
	ReentryAtTerm ReentryKind = iota + 1
	// ReentryWithinFirstYears: within the first Years of the grade's validity (the revised
	// measures: 「在评估等级有效期的前4年内」), or once it has lapsed.
	ReentryWithinFirstYears
	// ReentryAfterYears: once the grade has been held Years since its results notice (Guangzhou:
	// 「获得评估等级满2年」), or once it has lapsed.
	ReentryAfterYears
)

var reentryNames = enum.Names[ReentryKind]{
	Type: "ReentryKind",
	Text: []string{"", "term-reached", "within-first-years", "after-years"},
	Names: []socialorg.Text{{},
		{Hans: "等级有效期届满", Hant: "等級有效期屆滿", En: "the grade's term reached"},
		{Hans: "处于等级有效期的前若干年", Hant: "處於等級有效期的前若干年", En: "within the first years of the grade's validity"},
		{Hans: "获得等级满若干年", Hant: "獲得等級滿若干年", En: "the grade held some years"}},
}

// String returns the text form ("term-reached", "within-first-years", "after-years").
func (k ReentryKind) String() string { return reentryNames.String(k) }

// MarshalText encodes k as String does.
func (k ReentryKind) MarshalText() ([]byte, error) { return reentryNames.Marshal(k) }

// UnmarshalText decodes the text form.
func (k *ReentryKind) UnmarshalText(b []byte) error { return reentryNames.Unmarshal(b, k) }

// UnmarshalJSON decodes a JSON string; a bad value is an error naming the field.
func (k *ReentryKind) UnmarshalJSON(b []byte) error { return reentryNames.DecodeJSON(b, k) }

// Reentry is when an organization holding a valid grade may enter an assessment again: the
// value of standards.entry.reentry.
type Reentry struct {
	Kind  ReentryKind `json:"kind"`
	Years int         `json:"years,omitempty"` // for ReentryWithinFirstYears and ReentryAfterYears
}

// String returns "term-reached", "within-first-years 4" or "after-years 2".
func (r Reentry) String() string {
	if r.Kind == ReentryAtTerm || r.Years == 0 {
		return r.Kind.String()
	}
	return r.Kind.String() + " " + strconv.Itoa(r.Years)
}

func checkReentry(r Reentry) error {
	switch {
	case r.Kind == 0 || !reentryNames.Valid(r.Kind):
		return socialorg.Invalid("kind", int(r.Kind), "term-reached, within-first-years or after-years")
	case r.Kind == ReentryAtTerm && r.Years != 0:
		return socialorg.Invalid("years", r.Years, "0 for term-reached")
	case r.Kind != ReentryAtTerm && (r.Years < 1 || r.Years > maxYears):
		return socialorg.Invalid("years", r.Years, "1 … 100")
	}
	return nil
}

// InspectionBar is how last year's annual inspection (年检) bars an organization from an
// assessment. The zero InspectionBar is unset.
type InspectionBar uint8

// The inspection bars.
const (
	// NoInspectionBar: the inspection bars nothing (Guangzhou's measures bar a missing annual
	// report instead).
	NoInspectionBar InspectionBar = iota + 1
	// BarNotInspected: not taking part in last year's inspection bars (Order 39 Art. 7(1), kept
	// by the revised measures).
	BarNotInspected
	// BarNotPassed: not taking part, failing, or a basic pass two years running bars (Order 39
	// Art. 7(1)–(2)).
	BarNotPassed
)

var inspectionBarNames = enum.Names[InspectionBar]{
	Type: "InspectionBar",
	Text: []string{"", "none", "not-inspected", "not-passed"},
	Names: []socialorg.Text{{},
		{Hans: "年检不构成限制", Hant: "年檢不構成限制", En: "no inspection bar"},
		{Hans: "未参加上年度年检的不予评估", Hant: "未參加上年度年檢的不予評估", En: "not inspected last year bars"},
		{Hans: "未参加年检、年检不合格或连续2年基本合格的不予评估", Hant: "未參加年檢、年檢不合格或連續2年基本合格的不予評估", En: "not inspected, failed, or basically passed two years running bars"}},
}

// String returns the text form ("none", "not-inspected", "not-passed").
func (b InspectionBar) String() string { return inspectionBarNames.String(b) }

// MarshalText encodes b as String does.
func (b InspectionBar) MarshalText() ([]byte, error) { return inspectionBarNames.Marshal(b) }

// UnmarshalText decodes the text form.
func (b *InspectionBar) UnmarshalText(t []byte) error { return inspectionBarNames.Unmarshal(t, b) }

// UnmarshalJSON decodes a JSON string; a bad value is an error naming the field.
func (b *InspectionBar) UnmarshalJSON(t []byte) error { return inspectionBarNames.DecodeJSON(t, b) }

func checkInspectionBar(b InspectionBar) error {
	if b == 0 || !inspectionBarNames.Valid(b) {
		return socialorg.Invalid("", int(b), "none, not-inspected or not-passed")
	}
	return nil
}

// PenaltyBar is which administrative penalties (last year's, or one not yet carried out) bar an
// organization from an assessment. The zero PenaltyBar is unset.
type PenaltyBar uint8

// The penalty bars.
const (
	NoPenaltyBar       PenaltyBar = iota + 1 // a penalty bars nothing
	BarAnyPenalty                            // any administrative penalty bars (Order 39 Art. 7(3); Guangzhou)
	BarPenaltyNotMinor                       // a penalty other than a minor one bars (the revised measures)
)

var penaltyBarNames = enum.Names[PenaltyBar]{
	Type: "PenaltyBar",
	Text: []string{"", "none", "any", "not-minor"},
	Names: []socialorg.Text{{},
		{Hans: "行政处罚不构成限制", Hant: "行政處罰不構成限制", En: "no penalty bar"},
		{Hans: "受行政处罚的不予评估", Hant: "受行政處罰的不予評估", En: "any administrative penalty bars"},
		{Hans: "受轻微以外的行政处罚的不予评估", Hant: "受輕微以外的行政處罰的不予評估", En: "a penalty other than a minor one bars"}},
}

// String returns the text form ("none", "any", "not-minor").
func (b PenaltyBar) String() string { return penaltyBarNames.String(b) }

// MarshalText encodes b as String does.
func (b PenaltyBar) MarshalText() ([]byte, error) { return penaltyBarNames.Marshal(b) }

// UnmarshalText decodes the text form.
func (b *PenaltyBar) UnmarshalText(t []byte) error { return penaltyBarNames.Unmarshal(t, b) }

// UnmarshalJSON decodes a JSON string; a bad value is an error naming the field.
func (b *PenaltyBar) UnmarshalJSON(t []byte) error { return penaltyBarNames.DecodeJSON(t, b) }

func checkPenaltyBar(b PenaltyBar) error {
	if b == 0 || !penaltyBarNames.Valid(b) {
		return socialorg.Invalid("", int(b), "none, any or not-minor")
	}
	return nil
}

// ValidityStart is the day a grade's validity begins. The zero ValidityStart is unset.
type ValidityStart uint8

// The starts of a grade's validity.
const (
	// FromNotice: the day of the results notice (Order 39 Art. 28: five years from it).
	FromNotice ValidityStart = iota + 1
	// FromNextYear: 1 January of the year after the results notice, the term ending on 31
	// December (the revised measures: 「从…评估结果公告的次年1月1日开始计算，延续至第5年的12月31日」).
	FromNextYear
)

var validityStartNames = enum.Names[ValidityStart]{
	Type: "ValidityStart",
	Text: []string{"", "notice", "next-year"},
	Names: []socialorg.Text{{},
		{Hans: "自评估结果公告之日起算", Hant: "自評估結果公告之日起算", En: "from the day of the results notice"},
		{Hans: "自评估结果公告次年1月1日起算", Hant: "自評估結果公告次年1月1日起算", En: "from 1 January of the year after the results notice"}},
}

// String returns the text form ("notice", "next-year").
func (v ValidityStart) String() string { return validityStartNames.String(v) }

// MarshalText encodes v as String does.
func (v ValidityStart) MarshalText() ([]byte, error) { return validityStartNames.Marshal(v) }

// UnmarshalText decodes the text form.
func (v *ValidityStart) UnmarshalText(t []byte) error { return validityStartNames.Unmarshal(t, v) }

// UnmarshalJSON decodes a JSON string; a bad value is an error naming the field.
func (v *ValidityStart) UnmarshalJSON(t []byte) error { return validityStartNames.DecodeJSON(t, v) }

func checkValidityStart(v ValidityStart) error {
	if v == 0 || !validityStartNames.Valid(v) {
		return socialorg.Invalid("", int(v), "notice or next-year")
	}
	return nil
}

// Benefit is a policy that a grade opens.
type Benefit struct {
	ID    string             `json:"id"`
	Title socialorg.Text     `json:"title"`
	Min   registry.Grade     `json:"min"` // the least grade that opens it
	Cite  socialorg.Citation `json:"cite"`
}

// BenefitList is the list of policies grades open: the value of standards.grade.benefit-list.
type BenefitList []Benefit

// String returns each benefit's ID and least grade: "priority-services ≥ 3A; …".
func (bs BenefitList) String() string {
	parts := make([]string, len(bs))
	for i, b := range bs {
		parts[i] = b.ID + " ≥ " + b.Min.String()
	}
	return strings.Join(parts, "; ")
}

// Clone returns a copy of the list.
func (bs BenefitList) Clone() BenefitList { return slices.Clone(bs) }

func checkBenefits(bs BenefitList) error {
	if len(bs) > maxBenefits {
		return socialorg.Invalid("", len(bs), "at most 32 benefits")
	}
	for i, b := range bs {
		switch {
		case b.ID == "" || len(b.ID) > maxID:
			return socialorg.Invalid(socialorg.Path("", i, "id"), b.ID, "1 … 128 bytes")
		case !isGrade(b.Min):
			return socialorg.Invalid(socialorg.Path("", i, "min"), int(b.Min), "1A … 5A")
		case b.Cite.IsZero():
			return socialorg.Invalid(socialorg.Path("", i, "cite"), "", "a cited document")
		}
	}
	return nil
}

// checkYears accepts a number of years: 1–100.
func checkYears(n int) error {
	if n < 1 || n > maxYears {
		return socialorg.Invalid("", n, "1 … 100")
	}
	return nil
}

// checkGrade accepts a grade 1A–5A.
func checkGrade(g registry.Grade) error {
	if !isGrade(g) {
		return socialorg.Invalid("", int(g), "1A … 5A")
	}
	return nil
}

// checkName accepts a scheme's name: 1–1024 bytes.
func checkName(s string) error {
	if s == "" || len(s) > maxSchemeText {
		return socialorg.Invalid("", s, "1 … 1024 bytes")
	}
	return nil
}

// coded gives a problem the package's code: "standards.score.out_of_range".
func coded(e *socialorg.InputError) *socialorg.InputError {
	e.Code = "standards." + e.Code
	return e
}
