package standards

import (
	"encoding/json"
	"errors"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
)

// ErrCutoffUnconfirmed is matched by the error of GradeScheme.Grade for a score below the lowest
// cut-off the sources confirm, when the caller has not supplied the cut-offs below it.
var ErrCutoffUnconfirmed = errors.New("standards: grade cut-off unconfirmed; supply it")

// Cutoff is the least score of a grade.
type Cutoff struct {
	Grade registry.Grade     `json:"grade"`
	Min   decimal.Decimal    `json:"min"`
	Above bool               `json:"above,omitempty"` // the score must be above Min, not merely reach it
	Cite  socialorg.Citation `json:"cite"`
}

// Condition is a scheme's extra condition for a grade, beyond the score.
type Condition struct {
	Grade             registry.Grade     `json:"grade"`
	FullTimeStaff     int                `json:"full_time_staff,omitempty"`    // at least this many full-time staff
	PartyOrganization bool               `json:"party_organization,omitempty"` // its own Party organization
	Cite              socialorg.Citation `json:"cite"`
}

// GradeScheme is a jurisdiction's cut-offs on a points scale, with citation and dates.
type GradeScheme struct {
	ID      string             `json:"id"`
	Name    string             `json:"name"`
	Scale   decimal.Decimal    `json:"scale"`   // the full score, before bonus items
	Regimes []socialorg.Regime `json:"regimes"` // when the scheme is in force, with its sources
	Cutoffs []Cutoff           `json:"cutoffs"` // highest grade first
	// Unconfirmed lists the grades below the last cut-off whose cut-offs the sources do not give.
	Unconfirmed []registry.Grade `json:"unconfirmed,omitempty"`
	Conditions  []Condition      `json:"conditions,omitempty"`
	Note        string           `json:"note,omitempty"`
	// suppliable: the parameters that supply the unconfirmed cut-offs, in order.
	suppliable []socialorg.Param[decimal.Decimal]
}

// Equal reports whether two schemes have the same content (go-cmp uses it).
func (s GradeScheme) Equal(o GradeScheme) bool {
	a, b := s, o // the suppliable parameters are not content
	if a.ID != b.ID || a.Name != b.Name || !a.Scale.Equal(b.Scale) || a.Note != b.Note ||
		!slices.Equal(a.Unconfirmed, b.Unconfirmed) || !slices.EqualFunc(a.Regimes, b.Regimes, regimeEqual) ||
		!slices.EqualFunc(a.Cutoffs, b.Cutoffs, func(x, y Cutoff) bool {
			return x.Grade == y.Grade && x.Min.Equal(y.Min) && x.Above == y.Above && x.Cite == y.Cite
		}) || !slices.Equal(a.Conditions, b.Conditions) {
		return false
	}
	return true
}

func regimeEqual(x, y socialorg.Regime) bool {
	return x.From == y.From && x.Until == y.Until && x.Cite == y.Cite && x.Note == y.Note
}

// latest is a grade's cut-off from its parameter's newest regime.
func latest(g registry.Grade, p socialorg.Param[decimal.Decimal]) Cutoff {
	vs := p.Values()
	v := vs[len(vs)-1]
	return Cutoff{Grade: g, Min: v.Value, Cite: v.Cite}
}

func cut(g registry.Grade, min int64, cite socialorg.Citation) Cutoff {
	return Cutoff{Grade: g, Min: decimal.NewFromInt(min), Cite: cite}
}

// GuangzhouAssessment is Guangzhou's 1000-point scheme (穗社管规字〔2020〕4号 Art. 9, then
// 穗民规字〔2024〕6号): 5A ≥ 951, 4A ≥ 901. Its lower cut-offs are unconfirmed: below 901, Grade errs
// with ErrCutoffUnconfirmed unless the caller supplies them (With). Bonus items (加分项) may lift a
// score above 1000; a negative score is an error.
func GuangzhouAssessment() GradeScheme {
	return GradeScheme{ID: "guangzhou", Name: "广州市社会组织等级评估", Scale: decimal.NewFromInt(1000),
		Regimes: []socialorg.Regime{
			{From: fromGZ2020, Until: fromGZ2024.AddDays(-1), Cite: citeGZ2020, Note: noteYearOnly},
			{From: fromGZ2024, Cite: citeGZ2024, Note: noteYearOnly + "; the 2024 measures add bonus items (加分项)"},
		},
		Cutoffs:     []Cutoff{latest(registry.Grade5A, gz5A), latest(registry.Grade4A, gz4A)},
		Unconfirmed: []registry.Grade{registry.Grade3A, registry.Grade2A, registry.Grade1A},
		Note:        "the 3A, 2A and 1A cut-offs are not in the sources read",
		suppliable:  []socialorg.Param[decimal.Decimal]{gz3A, gz2A, gz1A},
	}
}

// FoshanNanhai is the 1000-point scheme of Foshan's Nanhai district (2021, citing 粤民民〔2009〕12号):
// 5A ≥ 951 with at least 3 full-time staff and the organization's own Party organization; 4A
// 901–950 with at least 2 staff and a Party organization; 3A 801–900; 2A 701–800; 1A up to 700.
// A comparable in the same province, not Guangzhou's rule.
func FoshanNanhai() GradeScheme {
	c := socialorg.Citation{Document: docNanhai}
	return GradeScheme{ID: "foshan-nanhai", Name: "佛山市南海区社会组织等级评估", Scale: decimal.NewFromInt(1000),
		Regimes: []socialorg.Regime{{From: fromNanhai, Cite: c, Note: noteYearOnly}},
		Cutoffs: []Cutoff{cut(registry.Grade5A, 951, c), cut(registry.Grade4A, 901, c), cut(registry.Grade3A, 801, c),
			cut(registry.Grade2A, 701, c), cut(registry.Grade1A, 0, c)},
		Conditions: []Condition{
			{Grade: registry.Grade5A, FullTimeStaff: 3, PartyOrganization: true, Cite: c},
			{Grade: registry.Grade4A, FullTimeStaff: 2, PartyOrganization: true, Cite: c},
		},
		Note: "a score of exactly 951 was graded 5A in Foshan's 2018 results"}
}

// Huaining is the 1000-point scheme of Huaining county, Anhui (2022): 5A above 950, 4A 901–950,
// 3A 851–900, 2A 801–850, 1A 701–800; an organization without a Party organization may not enter
// for 5A. A comparable.
func Huaining() GradeScheme {
	c := socialorg.Citation{Document: docHuaining}
	return GradeScheme{ID: "huaining", Name: "怀宁县社会组织评估", Scale: decimal.NewFromInt(1000),
		Regimes: []socialorg.Regime{{From: fromHuaining, Cite: c, Note: noteYearOnly}},
		Cutoffs: []Cutoff{{Grade: registry.Grade5A, Min: decimal.NewFromInt(950), Above: true, Cite: c},
			cut(registry.Grade4A, 901, c), cut(registry.Grade3A, 851, c), cut(registry.Grade2A, 801, c), cut(registry.Grade1A, 701, c)},
		Conditions: []Condition{{Grade: registry.Grade5A, PartyOrganization: true, Cite: c}}}
}

// Shenzhen is Shenzhen's 100-point scheme: 5A 91–100, 4A 81–90, 3A 71–80, 2A 61–70, 1A 51–60. A
// comparable.
func Shenzhen() GradeScheme {
	c := socialorg.Citation{Document: docShenzhen}
	return GradeScheme{ID: "shenzhen", Name: "深圳市社会组织评估", Scale: decimal.NewFromInt(100),
		Regimes: []socialorg.Regime{{From: fromOrder39, Cite: c, Note: noteNoDate}},
		Cutoffs: []Cutoff{cut(registry.Grade5A, 91, c), cut(registry.Grade4A, 81, c), cut(registry.Grade3A, 71, c),
			cut(registry.Grade2A, 61, c), cut(registry.Grade1A, 51, c)}}
}

// LuoyangChanhe is the 1000-point scheme of Luoyang's Chanhe district: 5A ≥ 900, 4A 800–899, 3A
// 700–799, 2A 600–699, 1A up to 599. A comparable.
func LuoyangChanhe() GradeScheme {
	c := socialorg.Citation{Document: docChanhe}
	return GradeScheme{ID: "luoyang-chanhe", Name: "洛阳市瀍河回族区社会组织评估", Scale: decimal.NewFromInt(1000),
		Regimes: []socialorg.Regime{{From: fromOrder39, Cite: c, Note: noteNoDate}},
		Cutoffs: []Cutoff{cut(registry.Grade5A, 900, c), cut(registry.Grade4A, 800, c), cut(registry.Grade3A, 700, c),
			cut(registry.Grade2A, 600, c), cut(registry.Grade1A, 0, c)}}
}

// Schemes lists every scheme the package holds: Guangzhou's and the comparables.
func Schemes() []GradeScheme {
	return []GradeScheme{GuangzhouAssessment(), FoshanNanhai(), Huaining(), LuoyangChanhe(), Shenzhen()}
}

// With returns the scheme with the unconfirmed cut-offs the caller supplies (for Guangzhou:
// socialorg.Supply(Guangzhou3AKey, decimal.NewFromInt(851), cite)…). They must be supplied from
// the top down (3A before 2A) and fall strictly below the cut-off above; each finding of the
// scheme then cites the caller's source, marked as supplied.
func (s GradeScheme) With(opts ...socialorg.Option) (GradeScheme, error) {
	c := socialorg.NewChecker(s.ID, socialorg.Date{}, opts...)
	out := s
	out.Cutoffs = slices.Clone(s.Cutoffs)
	out.Unconfirmed = slices.Clone(s.Unconfirmed)
	gap := false
	for i, p := range s.suppliable {
		v, cite, ok := p.Read(&c)
		if err := c.Err(); err != nil {
			return GradeScheme{}, err
		}
		if !ok {
			gap = true
			continue
		}
		g := s.Unconfirmed[i]
		if gap {
			return GradeScheme{}, socialorg.Invalid(socialorg.Path("supply", p.ID()), v, "supply the cut-offs from the top down: "+s.Unconfirmed[i-1].String()+" first")
		}
		last := out.Cutoffs[len(out.Cutoffs)-1]
		if !v.LessThan(last.Min) {
			return GradeScheme{}, socialorg.Invalid(socialorg.Path("supply", p.ID()), v, "below "+last.Grade.String()+"'s "+last.Min.String())
		}
		out.Cutoffs = append(out.Cutoffs, Cutoff{Grade: g, Min: v, Cite: cite})
		out.Unconfirmed = slices.DeleteFunc(out.Unconfirmed, func(x registry.Grade) bool { return x == g })
	}
	if len(out.Unconfirmed) == 0 {
		out.Unconfirmed = nil
	}
	return out, nil
}

// Grade returns the grade a score earns: the highest grade whose cut-off it reaches. A score below
// every cut-off is NoGrade, unless grades below the last cut-off are unconfirmed: then the error
// matches ErrCutoffUnconfirmed. Scores above Scale (bonus items) are fine; a negative score, or one
// with more than MaxPlaces decimal places, is an error.
func (s GradeScheme) Grade(score decimal.Decimal) (registry.Grade, error) {
	c, err := s.cutoff(score)
	return c.Grade, err
}

// cutoff returns the cut-off a score reaches (a zero Cutoff for NoGrade).
func (s GradeScheme) cutoff(score decimal.Decimal) (Cutoff, error) {
	v, why := points(score)
	if why != "" {
		return Cutoff{}, socialorg.Invalid("score", score, why)
	}
	for _, c := range s.Cutoffs {
		m, _ := points(c.Min)
		if v > m || !c.Above && v == m {
			return c, nil
		}
	}
	if len(s.Unconfirmed) > 0 {
		last := s.Cutoffs[len(s.Cutoffs)-1]
		return Cutoff{}, &socialorg.InputError{Field: "score", Value: score.String(),
			Rule: "below " + last.Grade.String() + "'s " + last.Min.String() + ": the cut-offs of " + gradeList(s.Unconfirmed) + " are unconfirmed; supply them (With)",
			Err:  ErrCutoffUnconfirmed}
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

// GradeResult is the outcome of GradeScheme.Check.
type GradeResult struct {
	socialorg.Report
	ByScore registry.Grade `json:"by_score"` // the grade the score alone earns
	Grade   registry.Grade `json:"grade"`    // the highest grade whose score and conditions are met
}

// Check grades a score under the scheme at asOf, with the scheme's extra conditions as findings:
// for the grade the score earns and each grade below it that has conditions, whether the
// organization meets them. The grade awarded is the highest one whose score and conditions are
// met. Errors: a scheme not in force at asOf (ErrNotInForce), a score Grade refuses.
func (s GradeScheme) Check(score decimal.Decimal, p Profile, asOf socialorg.Date) (GradeResult, error) {
	if !inForce(s.Regimes, asOf) {
		return GradeResult{}, &socialorg.NotInForceError{Param: "standards.scheme." + s.ID, Date: asOf, First: first(s.Regimes)}
	}
	c, err := s.cutoff(score)
	if err != nil {
		return GradeResult{}, err
	}
	ck := socialorg.NewChecker(p.ID, asOf)
	ck.Add(ruleScore, socialorg.Pass, socialorg.Fig(score.String()), socialorg.Words(gradeWant(c)), c.Cite)
	g := c.Grade
	for g > registry.NoGrade {
		cond, ok := s.condition(g)
		if !ok {
			break
		}
		met := true
		if cond.FullTimeStaff > 0 {
			ok := p.FullTimeStaff >= cond.FullTimeStaff
			ck.Verdict(ruleStaff, ok, socialorg.Fig(strconv.Itoa(p.FullTimeStaff)), socialorg.Fig("≥ "+strconv.Itoa(cond.FullTimeStaff)+" ("+g.String()+")"), cond.Cite)
			met = ok
		}
		if cond.PartyOrganization {
			ck.Verdict(ruleParty, p.PartyOrganization, socialorg.YesNo(p.PartyOrganization), socialorg.Words("yes "+g.String()), cond.Cite)
			met = met && p.PartyOrganization
		}
		if met {
			break
		}
		g--
	}
	res := GradeResult{ByScore: c.Grade, Grade: g}
	rep, err := ck.Finish()
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

func (s GradeScheme) condition(g registry.Grade) (Condition, bool) {
	for _, c := range s.Conditions {
		if c.Grade == g {
			return c, true
		}
	}
	return Condition{}, false
}

func inForce(rs []socialorg.Regime, d socialorg.Date) bool {
	for _, r := range rs {
		if r.Covers(d) {
			return true
		}
	}
	return false
}

func first(rs []socialorg.Regime) socialorg.Date {
	if len(rs) == 0 {
		return socialorg.Date{}
	}
	return rs[0].From
}

// UnmarshalJSON decodes a scheme; Guangzhou's ("guangzhou") gets back its keys for With.
func (s *GradeScheme) UnmarshalJSON(b []byte) error {
	type plain GradeScheme
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	*s = GradeScheme(p)
	if s.ID == "guangzhou" {
		s.suppliable = GuangzhouAssessment().suppliable
	}
	return nil
}
