package standards

import (
	"errors"
	"math"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
)

// ErrCutoffUnconfirmed is matched by the error of GradeScheme.Grade for a score below the lowest
// cut-off the sources confirm, when the caller has not supplied the cut-offs below it.
var ErrCutoffUnconfirmed = errors.New("standards: grade cut-off unconfirmed; supply it")

// Cutoff is the least score of a grade. From and Until bound the assessments it governs
// (inclusive; zero: unbounded): a scheme whose cut-offs changed lists a grade once for each
// regime, and a check uses the cut-off in force at the date judged, never a newer one.
type Cutoff struct {
	Grade registry.Grade     `json:"grade"`
	Min   decimal.Decimal    `json:"min"`
	Above bool               `json:"above,omitempty"` // the score must be above Min, not merely reach it
	Cite  socialorg.Citation `json:"cite"`
	From  socialorg.Date     `json:"from,omitzero"`
	Until socialorg.Date     `json:"until,omitzero"`
}

// UnmarshalJSON decodes a cut-off at bounded cost (socialorg.UnmarshalInput).
func (c *Cutoff) UnmarshalJSON(b []byte) error {
	type plain Cutoff
	return socialorg.UnmarshalInput(b, (*plain)(c))
}

// Condition is a scheme's extra condition for a grade, beyond the score. From and Until bound the
// assessments it governs, as a Cutoff's do.
type Condition struct {
	Grade             registry.Grade     `json:"grade"`
	FullTimeStaff     int                `json:"full_time_staff,omitempty"`    // at least this many full-time staff
	PartyOrganization bool               `json:"party_organization,omitempty"` // its own Party organization
	Cite              socialorg.Citation `json:"cite"`
	From              socialorg.Date     `json:"from,omitzero"`
	Until             socialorg.Date     `json:"until,omitzero"`
}

// covers reports whether a cut-off's or a condition's dates cover d (zero bounds: unbounded).
func covers(from, until, d socialorg.Date) bool {
	return !d.Before(from) && (until.IsZero() || !d.After(until))
}

// GradeScheme is a jurisdiction's cut-offs on a points scale, with citation and dates. The
// schemes the library holds are jurisdiction data (SchemeAt resolves the one in force at a place
// and a date; GuangzhouAssessment, Shenzhen… give each declared scheme with its history); a caller
// may also build one or decode one from JSON. Every scheme is validated (Validate) before it is
// used, so that a malformed one is an error, never a panic or a wrong grade: a scheme the package
// builds, decodes (UnmarshalJSON) or completes (With, Validated) holds its validated form and is
// not validated again while its fields are unchanged; any other is validated on every use.
type GradeScheme struct {
	ID    string          `json:"id"`
	Name  string          `json:"name"`
	Scale decimal.Decimal `json:"scale"` // the full score, before bonus items
	// BonusCap is the most bonus points (加分项) a score may carry above Scale, where the scheme's
	// source says (Huaining: 100); nil when it does not, and any score above the scale is then
	// taken as bonus points.
	BonusCap *decimal.Decimal `json:"bonus_cap,omitempty"`
	// Regimes are the assessments the scheme governs, with its sources: a scheme is dated by the
	// assessments it governs, not by the day its notice was issued.
	Regimes []socialorg.Regime `json:"regimes"`
	Cutoffs []Cutoff           `json:"cutoffs"` // each grade's least score, dated when it changed
	// Unconfirmed lists the grades below the last cut-off whose cut-offs the sources do not give.
	Unconfirmed []registry.Grade `json:"unconfirmed,omitempty"`
	Conditions  []Condition      `json:"conditions,omitempty"`
	Note        string           `json:"note,omitempty"`
	// seal is the scheme's validated form, set by the package's constructors; nil for a scheme
	// built by hand, which is then validated on every use.
	seal *sealed
}

// sealed is a validated scheme: a copy of its fields as they were validated, and what grading
// reads from them. A scheme whose fields still agree with the copy is graded without validating
// again; one changed since (a cut-off replaced through a slice it shares) is validated anew. They
// agree when every number, date, grade and flag is the same (decimals by identity, so that a
// decimal replaced by an equal one is validated again, which costs time, never safety) and every
// text has the same length: the rules validation applies to a text are rules of its length (not
// empty, at most so many bytes), so that a text changed to another of the same length changes
// what a finding shows, never whether the scheme is valid.
type sealed struct {
	id, name, note string
	scale          decimal.Decimal
	bonus          *decimal.Decimal
	bonusValue     decimal.Decimal
	regimes        []socialorg.Regime
	cutoffs        []Cutoff
	unconfirmed    []registry.Grade
	conditions     []Condition
	chk            checked
}

// matches reports whether s still agrees with what k validated.
func (k *sealed) matches(s *GradeScheme) bool {
	if len(k.id) != len(s.ID) || len(k.name) != len(s.Name) || len(k.note) != len(s.Note) || k.scale != s.Scale ||
		(k.bonus == nil) != (s.BonusCap == nil) || (s.BonusCap != nil && *s.BonusCap != k.bonusValue) ||
		len(k.regimes) != len(s.Regimes) || len(k.cutoffs) != len(s.Cutoffs) ||
		len(k.conditions) != len(s.Conditions) || !slices.Equal(k.unconfirmed, s.Unconfirmed) {
		return false
	}
	for i := range k.regimes {
		a, b := &k.regimes[i], &s.Regimes[i]
		if a.From != b.From || a.Until != b.Until || len(a.Note) != len(b.Note) || !sameCite(a.Cite, b.Cite) {
			return false
		}
	}
	for i := range k.cutoffs {
		a, b := &k.cutoffs[i], &s.Cutoffs[i]
		if a.Grade != b.Grade || a.Min != b.Min || a.Above != b.Above || a.From != b.From || a.Until != b.Until || !sameCite(a.Cite, b.Cite) {
			return false
		}
	}
	for i := range k.conditions {
		a, b := &k.conditions[i], &s.Conditions[i]
		if a.Grade != b.Grade || a.FullTimeStaff != b.FullTimeStaff || a.PartyOrganization != b.PartyOrganization ||
			a.From != b.From || a.Until != b.Until || !sameCite(a.Cite, b.Cite) {
			return false
		}
	}
	return true
}

// sameCite reports whether two citations are alike for validation: texts of the same lengths.
func sameCite(a, b socialorg.Citation) bool {
	return len(a.Document) == len(b.Document) && len(a.Article) == len(b.Article)
}

// sealScheme validates s and returns it holding its validated form.
func sealScheme(s GradeScheme) (GradeScheme, error) {
	k := &sealed{id: s.ID, name: s.Name, note: s.Note, scale: s.Scale, bonus: s.BonusCap,
		regimes: slices.Clone(s.Regimes), cutoffs: slices.Clone(s.Cutoffs),
		unconfirmed: slices.Clone(s.Unconfirmed), conditions: slices.Clone(s.Conditions)}
	if s.BonusCap != nil {
		k.bonusValue = *s.BonusCap
	}
	if err := s.validate(&k.chk); err != nil {
		return GradeScheme{}, err
	}
	s.seal = k
	return s, nil
}

// prepare returns what grading s reads: its sealed form when it still holds, else ck filled by
// validating s.
func (s *GradeScheme) prepare(ck *checked) (*checked, error) {
	if k := s.seal; k != nil && k.matches(s) {
		return &k.chk, nil
	}
	if err := s.validate(ck); err != nil {
		return nil, err
	}
	return ck, nil
}

// Validated returns the scheme holding its validated form, so that grading it does not validate
// it again (a scheme the package builds or decodes already holds it); an invalid scheme is an
// error.
func (s GradeScheme) Validated() (GradeScheme, error) { return sealScheme(s) }

// Limits of a scheme, so that a hostile one is refused at bounded cost.
const (
	maxSchemeRegimes    = 32
	maxSchemeCutoffs    = 64
	maxSchemeConditions = 16
	maxSchemeText       = 1024 // bytes of a name, a cited document or article
	maxSchemeNote       = 4096
	maxSchemeStaff      = 100_000
	maxID               = 128 // bytes of an ID
	maxYears            = 100 // a number of years a parameter gives
	maxBenefits         = 32
)

// Equal reports whether two schemes have the same content (go-cmp uses it); the validated form a
// scheme holds is not content.
func (s GradeScheme) Equal(o GradeScheme) bool {
	a, b := s, o
	if a.ID != b.ID || a.Name != b.Name || !a.Scale.Equal(b.Scale) || a.Note != b.Note ||
		(a.BonusCap == nil) != (b.BonusCap == nil) || (a.BonusCap != nil && !a.BonusCap.Equal(*b.BonusCap)) ||
		!slices.Equal(a.Unconfirmed, b.Unconfirmed) || !slices.EqualFunc(a.Regimes, b.Regimes, regimeEqual) ||
		!slices.EqualFunc(a.Cutoffs, b.Cutoffs, func(x, y Cutoff) bool {
			return x.Grade == y.Grade && x.Min.Equal(y.Min) && x.Above == y.Above && x.Cite == y.Cite &&
				x.From == y.From && x.Until == y.Until
		}) || !slices.Equal(a.Conditions, b.Conditions) {
		return false
	}
	return true
}

func regimeEqual(x, y socialorg.Regime) bool {
	return x.From == y.From && x.Until == y.Until && x.Cite == y.Cite && x.Note == y.Note
}

// Validate checks a scheme: an ID of 1–128 bytes and a name; a scale above 0; a bonus cap, when
// given, ≥ 0; 1–32 regimes, each with a start and a cited document, in order without overlap;
// 1–64 cut-offs, each of a grade 1A–5A, with a minimum ≥ 0 within the scale (at most MaxPlaces
// decimal places) and a cited document, and strictly ordered by grade among those in force
// together (a higher grade has a higher minimum; one cut-off per grade at a time); unconfirmed
// grades below every cut-off, highest first; conditions with a staff count ≥ 0 and a cited
// document, one per grade at a time. Every problem is reported, each naming its JSON path
// ("scheme.cutoffs[1].min").
func (s GradeScheme) Validate() error {
	var c checked
	return s.validate(&c)
}

// span is a valid cut-off as integers: its minimum (10^−6 points), the days it governs
// (inclusive) and its grade.
type span struct {
	min, lo, hi int64
	grade       registry.Grade
	above       bool
}

// checked is what validating a scheme reads from its cut-offs, for grading without reading them
// again: spans[j] is Cutoffs[j] when the scheme is valid; the scale and the bonus cap in 10^−6
// points.
type checked struct {
	spans        [maxSchemeCutoffs]span
	scale, bonus int64
	capped       bool
}

// validate is Validate, filling c.
func (s GradeScheme) validate(c *checked) error {
	var p socialorg.Problems
	p.Package = "standards"
	if s.ID == "" || len(s.ID) > maxID {
		p.Add("scheme.id", s.ID, "1 … 128 bytes")
	}
	if s.Name == "" || len(s.Name) > maxSchemeText {
		p.Add("scheme.name", s.Name, "1 … 1024 bytes")
	}
	if len(s.Note) > maxSchemeNote {
		p.Add("scheme.note", s.Note, "at most 4096 bytes")
	}
	scale, why := points(s.Scale)
	if why == "" && scale == 0 {
		why = "> 0"
	}
	if why != "" {
		p.Add("scheme.scale", s.Scale, why)
		scale = -1
	}
	c.scale, c.capped, c.bonus = scale, false, 0
	if s.BonusCap != nil {
		b, why := points(*s.BonusCap)
		if why != "" {
			p.Add("scheme.bonus_cap", *s.BonusCap, why)
		}
		c.capped, c.bonus = true, b
	}
	validateSchemeRegimes(&p, s.Regimes)
	lowest := validateCutoffs(&p, s.Cutoffs, scale, &c.spans)
	if n := len(s.Unconfirmed); n > int(registry.Grade5A) {
		p.Add("scheme.unconfirmed", n, "at most 5 grades")
	} else {
		for i, g := range s.Unconfirmed {
			at := field{"scheme.unconfirmed", i}
			switch {
			case !isGrade(g):
				p.Add(at.at(""), int(g), "1A … 5A")
			case i > 0 && g >= s.Unconfirmed[i-1]:
				p.Add(at.at(""), g.String(), "below the grade before it (highest first)")
			case lowest != registry.NoGrade && g >= lowest:
				p.Add(at.at(""), g.String(), "a grade below every cut-off (the lowest is "+lowest.String()+")")
			}
		}
	}
	if n := len(s.Conditions); n > maxSchemeConditions {
		p.Add("scheme.conditions", n, "at most 16 conditions")
	} else {
		for i, c := range s.Conditions {
			at := field{"scheme.conditions", i}
			if !isGrade(c.Grade) {
				p.Add(at.at("grade"), int(c.Grade), "1A … 5A")
			} else if slices.ContainsFunc(s.Conditions[:i], func(o Condition) bool {
				return o.Grade == c.Grade && overlap(o.From, o.Until, c.From, c.Until)
			}) {
				p.Add(at.at("grade"), c.Grade.String(), "one condition per grade at a time")
			}
			if c.FullTimeStaff < 0 || c.FullTimeStaff > maxSchemeStaff {
				p.Add(at.at("full_time_staff"), c.FullTimeStaff, "0 … 100000")
			}
			if !c.Until.IsZero() && c.Until.Before(c.From) {
				p.Add(at.at("until"), c.Until, "not before from")
			}
			checkCite(&p, at, c.Cite)
		}
	}
	return p.Err()
}

// overlap reports whether two spans of dates (zero bounds: unbounded) share a day.
func overlap(aFrom, aUntil, bFrom, bUntil socialorg.Date) bool {
	return (aUntil.IsZero() || !aUntil.Before(bFrom)) && (bUntil.IsZero() || !bUntil.Before(aFrom))
}

// field is an element of a list of a scheme, whose JSON path is built only for an error, so that
// validating a valid scheme builds no strings.
type field struct {
	list string
	i    int
}

// at returns the path of a field of the element ("" for the element itself).
func (f field) at(name string) string {
	if name == "" {
		return socialorg.Path(f.list, f.i)
	}
	return socialorg.Path(f.list, f.i, name)
}

// checkCite checks an element's citation.
func checkCite(p *socialorg.Problems, at field, c socialorg.Citation) {
	switch {
	case c.IsZero():
		p.Add(at.at("cite"), "", "a cited document")
	case len(c.Document) > maxSchemeText:
		p.Add(at.at("cite")+".document", c.Document, "at most 1024 bytes")
	case len(c.Article) > maxSchemeText:
		p.Add(at.at("cite")+".article", c.Article, "at most 1024 bytes")
	}
}

func validateSchemeRegimes(p *socialorg.Problems, rs []socialorg.Regime) {
	switch n := len(rs); {
	case n == 0:
		p.Add("scheme.regimes", 0, "at least one regime: the assessments the scheme governs, with its source")
		return
	case n > maxSchemeRegimes:
		p.Add("scheme.regimes", n, "at most 32 regimes")
		return
	}
	for i, r := range rs {
		at := field{"scheme.regimes", i}
		switch {
		case r.From.IsZero():
			p.Add(at.at("from"), "", "required: the first date the scheme governs")
		case !r.Until.IsZero() && r.Until.Before(r.From):
			p.Add(at.at("until"), r.Until, "not before from")
		case i > 0 && !rs[i-1].From.Before(r.From):
			p.Add(at.at("from"), r.From, "after the previous regime's start (regimes in order)")
		case i > 0 && !rs[i-1].Until.IsZero() && !rs[i-1].Until.Before(r.From):
			p.Add(at.at("from"), r.From, "after the previous regime's end")
		}
		checkCite(p, at, r.Cite)
		if len(r.Note) > maxSchemeNote {
			p.Add(at.at("note"), r.Note, "at most 4096 bytes")
		}
	}
}

// validateCutoffs checks the cut-offs against a scale in 10^−6 points (−1 when the scale is
// invalid) and returns the lowest grade with a valid cut-off.
func validateCutoffs(p *socialorg.Problems, cs []Cutoff, scale int64, spans *[maxSchemeCutoffs]span) registry.Grade {
	switch n := len(cs); {
	case n == 0:
		p.Add("scheme.cutoffs", 0, "at least one cut-off")
		return registry.NoGrade
	case n > maxSchemeCutoffs:
		p.Add("scheme.cutoffs", n, "at most 64 cut-offs")
		return registry.NoGrade
	}
	k := 0
	lowest := registry.NoGrade
	for j, c := range cs {
		at := field{"scheme.cutoffs", j}
		good := true
		if !isGrade(c.Grade) {
			p.Add(at.at("grade"), int(c.Grade), "1A … 5A")
			good = false
		}
		m, why := points(c.Min)
		if why == "" && scale >= 0 && m > scale {
			why = "within the scale: at most " + fixed(scale).String()
		}
		if why != "" {
			p.Add(at.at("min"), c.Min, why)
			good = false
		}
		checkCite(p, at, c.Cite)
		if !c.Until.IsZero() && c.Until.Before(c.From) {
			p.Add(at.at("until"), c.Until, "not before from")
			good = false
		}
		if !good {
			continue
		}
		me := span{min: m, lo: math.MinInt64, hi: math.MaxInt64, grade: c.Grade, above: c.Above}
		if !c.From.IsZero() {
			me.lo = c.From.Days()
		}
		if !c.Until.IsZero() {
			me.hi = c.Until.Days()
		}
		// Among the cut-offs in force together: one per grade, strictly ordered by grade. The
		// pairwise check is bounded by the count (at most 64) and compares integers only.
		for i := range k {
			o := &spans[i]
			if o.lo > me.hi || me.lo > o.hi {
				continue
			}
			if o.grade == me.grade {
				p.Add(at.at("grade"), c.Grade.String(), "one cut-off per grade at a time: another "+o.grade.String()+" cut-off is in force with it")
				good = false
				break
			}
			if (o.grade > me.grade) != (o.min > m) || o.min == m {
				rel := "below "
				if me.grade > o.grade {
					rel = "above "
				}
				p.Add(at.at("min"), c.Min, "strictly ordered by grade: "+rel+o.grade.String()+"'s "+fixed(o.min).String())
				good = false
				break
			}
		}
		if !good {
			continue
		}
		spans[k] = me
		k++
		if lowest == registry.NoGrade || c.Grade < lowest {
			lowest = c.Grade
		}
	}
	return lowest
}

// With returns the scheme with the unconfirmed cut-offs the caller supplies
// (socialorg.Supply(CutoffKey(registry.Grade3A), decimal.NewFromInt(851), cite)…). They must be
// supplied from the top down (3A before 2A) and fall strictly below every cut-off of a higher
// grade; each finding of the scheme then cites the caller's source, marked as supplied. A supplied
// cut-off applies at every date. A supplied value never replaces a cut-off the scheme gives: keys
// of grades the scheme confirms, and options that concern none of its unconfirmed grades, are
// ignored. An invalid scheme is an error.
func (s GradeScheme) With(opts ...socialorg.Option) (GradeScheme, error) {
	var ck checked
	if _, err := s.prepare(&ck); err != nil {
		return GradeScheme{}, err
	}
	c := socialorg.NewChecker(s.ID, socialorg.Date{}, opts...)
	if err := c.Err(); err != nil {
		return GradeScheme{}, err
	}
	out := s
	out.Cutoffs = slices.Clone(s.Cutoffs)
	out.Unconfirmed = nil
	gap := false
	for i, g := range s.Unconfirmed {
		p := suppliedCutoff[g]
		v, cite, ok := p.Read(&c)
		if err := c.Err(); err != nil {
			return GradeScheme{}, err
		}
		if !ok {
			gap = true
			out.Unconfirmed = append(out.Unconfirmed, g)
			continue
		}
		if gap {
			return GradeScheme{}, coded(socialorg.Invalid(socialorg.Path("supply", p.ID()), v, "supply the cut-offs from the top down: "+s.Unconfirmed[i-1].String()+" first"))
		}
		// Below every cut-off of a higher grade; the error names the nearest.
		var above *Cutoff
		for k := range out.Cutoffs {
			o := &out.Cutoffs[k]
			if o.Grade > g && !v.LessThan(o.Min) && (above == nil || o.Grade < above.Grade) {
				above = o
			}
		}
		if above != nil {
			return GradeScheme{}, coded(socialorg.Invalid(socialorg.Path("supply", p.ID()), v, "below "+above.Grade.String()+"'s "+socialorg.ShortDecimal(above.Min)))
		}
		out.Cutoffs = append(out.Cutoffs, Cutoff{Grade: g, Min: v, Cite: cite})
	}
	return sealScheme(out)
}

// Grade returns the grade a score earns under the scheme's newest cut-offs (those in force on the
// first day of its last regime): the highest grade whose cut-off it reaches. Use GradeAt, or
// Check with AssessedOn or AssessmentYear, to judge an assessment under the cut-offs in force
// when it was held. A score below every cut-off is NoGrade, unless grades below the last cut-off
// are unconfirmed: then the error matches ErrCutoffUnconfirmed. Scores above Scale (bonus items)
// are fine up to the scheme's BonusCap, when it has one; a negative score, one with more than
// MaxPlaces decimal places, one above the scale and the bonus cap, and an invalid scheme are
// errors.
func (s GradeScheme) Grade(score decimal.Decimal) (registry.Grade, error) {
	var ck checked
	chk, err := s.prepare(&ck)
	if err != nil {
		return registry.NoGrade, err
	}
	c, err := s.cutoffAt(score, s.Regimes[len(s.Regimes)-1].From, chk)
	return c.Grade, err
}

// GradeAt is Grade for an assessment judged at d (the date it was held, or the last day of its
// assessment year): under the cut-offs in force then. A d that no regime of the scheme covers is
// an error matching socialorg.ErrNotInForce.
func (s GradeScheme) GradeAt(score decimal.Decimal, d socialorg.Date) (registry.Grade, error) {
	var ck checked
	chk, err := s.prepare(&ck)
	if err != nil {
		return registry.NoGrade, err
	}
	if _, err := s.regimeAt(d); err != nil {
		return registry.NoGrade, err
	}
	c, err := s.cutoffAt(score, d, chk)
	return c.Grade, err
}

// regimeAt returns the regime that governs an assessment judged at d.
func (s GradeScheme) regimeAt(d socialorg.Date) (socialorg.Regime, error) {
	for i := len(s.Regimes) - 1; i >= 0; i-- {
		if s.Regimes[i].Covers(d) {
			return s.Regimes[i], nil
		}
	}
	e := &socialorg.NotInForceError{Param: "standards.scheme." + s.ID, Date: d}
	if n := len(s.Regimes); n > 0 {
		e.First, e.Last = s.Regimes[0].From, s.Regimes[n-1].Until
	}
	return socialorg.Regime{}, e
}

// cutoffAt returns the cut-off a score reaches at d (a zero Cutoff for NoGrade), for a scheme
// validate has checked into c.
func (s GradeScheme) cutoffAt(score decimal.Decimal, d socialorg.Date, c *checked) (Cutoff, error) {
	v, why := points(score)
	if why == "" && c.capped && v-c.bonus > c.scale {
		why = "at most the scale and the bonus items: " + fixed(c.scale+c.bonus).String() + " points"
	}
	if why != "" {
		return Cutoff{}, coded(socialorg.Invalid("score", score, why))
	}
	// The cut-off of each grade at d (validated: at most one).
	var at [registry.Grade5A + 1]int
	day := d.Days()
	for j := range s.Cutoffs {
		if sp := &c.spans[j]; sp.lo <= day && day <= sp.hi {
			at[sp.grade] = j + 1
		}
	}
	var lowest *Cutoff
	for g := registry.Grade5A; g >= registry.Grade1A; g-- {
		if at[g] == 0 {
			continue
		}
		sp := &c.spans[at[g]-1]
		if v > sp.min || !sp.above && v == sp.min {
			return s.Cutoffs[at[g]-1], nil
		}
		lowest = &s.Cutoffs[at[g]-1]
	}
	if lowest == nil {
		return Cutoff{}, &socialorg.NotInForceError{Param: "standards.scheme." + s.ID + ".cutoffs", Date: d}
	}
	if len(s.Unconfirmed) > 0 {
		return Cutoff{}, &socialorg.InputError{Field: "score", Value: socialorg.ShortDecimal(score),
			Rule: "below " + lowest.Grade.String() + "'s " + socialorg.ShortDecimal(lowest.Min) + ": the cut-offs of " + gradeList(s.Unconfirmed) + " are unconfirmed; supply them (CutoffKey)",
			Code: "standards.score.unconfirmed", Err: ErrCutoffUnconfirmed}
	}
	return Cutoff{}, nil
}

func gradeList(gs []registry.Grade) string {
	out := ""
	for i, g := range gs {
		if i > 0 {
			out += ", "
		}
		out += g.String()
	}
	return out
}

// Profile is what a scheme's extra conditions look at.
type Profile struct {
	ID                string `json:"id"`
	FullTimeStaff     int    `json:"full_time_staff"`
	PartyOrganization bool   `json:"party_organization"` // its own Party organization
}

// Validate checks a profile: a staff count ≥ 0.
func (p Profile) Validate() error {
	if p.FullTimeStaff < 0 {
		return coded(socialorg.Invalid("profile.full_time_staff", p.FullTimeStaff, "≥ 0"))
	}
	return nil
}

// GradeResult is the outcome of GradeScheme.Check.
type GradeResult struct {
	socialorg.Report
	ByScore registry.Grade `json:"by_score"` // the grade the score alone earns
	Grade   registry.Grade `json:"grade"`    // the highest grade whose score and conditions are met
	// Judged is the date whose cut-offs and sources judged the assessment: the check's date, or
	// the assessment's (AssessedOn, AssessmentYear).
	Judged socialorg.Date `json:"judged"`
}

var (
	assessedOnKey     = socialorg.NewKey[socialorg.Date]("standards.assessed-on")
	assessmentYearKey = socialorg.NewKey[int]("standards.assessment-year")
)

// AssessedOn makes GradeScheme.Check judge an assessment held on d under the scheme's cut-offs
// and sources in force then, rather than at the check's date: a 2022 assessment checked in 2026
// is graded as it was in 2022.
func AssessedOn(d socialorg.Date) socialorg.Option { return socialorg.Set(assessedOnKey, d) }

// AssessmentYear makes GradeScheme.Check judge the assessment of year y (1–9999), such as a
// scheme's "2021年社会组织等级评估", at 31 December of y: under the regime that governs that year's
// assessment, the newer one when the rules changed during the year. Give the date instead
// (AssessedOn) when it is known; giving both is an error.
func AssessmentYear(y int) socialorg.Option { return socialorg.Set(assessmentYearKey, y) }

// The years AssessmentYear accepts, and the day of the year it judges at.
const (
	maxAssessmentYear = 9999
	lastMonth         = 12
	lastDay           = 31
)

// judgedDate is the date an assessment is judged at: the assessment's, when the options give it,
// else asOf.
func judgedDate(asOf socialorg.Date, opts []socialorg.Option) (socialorg.Date, error) {
	c := socialorg.NewChecker("", asOf, opts...)
	on, hasOn := socialorg.Get(&c, assessedOnKey)
	y, hasYear := socialorg.Get(&c, assessmentYearKey)
	switch {
	case hasOn && hasYear:
		return socialorg.Date{}, coded(socialorg.Invalid("assessment", on.String()+" / "+itoa(y), "an assessment date or an assessment year, not both"))
	case hasOn && on.IsZero():
		return socialorg.Date{}, coded(socialorg.Invalid("assessed_on", "", "a date"))
	case hasOn:
		return on, nil
	case hasYear && (y < 1 || y > maxAssessmentYear):
		return socialorg.Date{}, coded(socialorg.Invalid("assessment_year", y, "1 … 9999"))
	case hasYear:
		return socialorg.NewDate(y, lastMonth, lastDay), nil
	}
	return asOf, nil
}

// Check grades a score under the scheme, with the scheme's extra conditions as findings: for the
// grade the score earns and each grade below it that has conditions, whether the organization
// meets them. The grade awarded is the highest one whose score and conditions are met. The
// assessment is judged at asOf, or at the assessment's date or year when an option gives it
// (AssessedOn, AssessmentYear): the cut-offs, conditions and citations are those in force then.
// Errors: an invalid scheme or profile, a scheme not in force at the date judged
// (ErrNotInForce), a score Grade refuses.
func (s GradeScheme) Check(score decimal.Decimal, p Profile, asOf socialorg.Date, opts ...socialorg.Option) (GradeResult, error) {
	if err := p.Validate(); err != nil {
		return GradeResult{}, err
	}
	var ck checked
	chk, err := s.prepare(&ck)
	if err != nil {
		return GradeResult{}, err
	}
	judged, err := judgedDate(asOf, opts)
	if err != nil {
		return GradeResult{}, err
	}
	regime, err := s.regimeAt(judged)
	if err != nil {
		return GradeResult{}, err
	}
	c, err := s.cutoffAt(score, judged, chk)
	if err != nil {
		return GradeResult{}, err
	}
	k := socialorg.NewChecker(p.ID, judged, opts...)
	cite := c.Cite
	if c.Grade == registry.NoGrade {
		cite = regime.Cite // below every cut-off: the scheme's bands say so
	}
	k.Add(ruleScore, socialorg.Pass, socialorg.Fig(score.String()), socialorg.Words(gradeWant(c)), cite)
	g := c.Grade
	for g > registry.NoGrade {
		cond, ok := s.condition(g, judged)
		if !ok {
			break
		}
		met := true
		if cond.FullTimeStaff > 0 {
			ok := p.FullTimeStaff >= cond.FullTimeStaff
			k.Verdict(ruleStaff, ok, socialorg.Fig(strconv.Itoa(p.FullTimeStaff)), socialorg.Fig("≥ "+strconv.Itoa(cond.FullTimeStaff)+" ("+g.String()+")"), cond.Cite)
			met = ok
		}
		if cond.PartyOrganization {
			k.Verdict(ruleParty, p.PartyOrganization, socialorg.YesNo(p.PartyOrganization), socialorg.Words("yes "+g.String()), cond.Cite)
			met = met && p.PartyOrganization
		}
		if met {
			break
		}
		g--
	}
	res := GradeResult{ByScore: c.Grade, Grade: g, Judged: judged}
	rep, err := k.Finish()
	if err != nil {
		return GradeResult{}, err
	}
	res.Report = rep
	return res, nil
}

func gradeWant(c Cutoff) string {
	if c.Grade == registry.NoGrade {
		return "none"
	}
	op := "≥ "
	if c.Above {
		op = "> "
	}
	return c.Grade.String() + " " + op + c.Min.String()
}

// condition returns the scheme's condition for grade g in force at d.
func (s GradeScheme) condition(g registry.Grade, d socialorg.Date) (Condition, bool) {
	for _, c := range s.Conditions {
		if c.Grade == g && covers(c.From, c.Until, d) {
			return c, true
		}
	}
	return Condition{}, false
}

// UnmarshalJSON decodes a scheme at bounded cost and validates it: an invalid scheme is an error,
// and *s is then unchanged. The decoded scheme holds its validated form.
func (s *GradeScheme) UnmarshalJSON(b []byte) error {
	type plain GradeScheme
	var p plain
	if err := socialorg.UnmarshalInput(b, &p); err != nil {
		return err
	}
	v, err := sealScheme(GradeScheme(p))
	if err != nil {
		return err
	}
	*s = v
	return nil
}
