package standards

import (
	"errors"
	"slices"
	"sync"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
)

// SchemeAt returns the assessment scheme that governs, in place, an assessment judged at date:
// the values of the scheme's parameters (standards.grade.scheme, .scale, .bonus-cap, .min-5a …
// .min-1a, .conditions) in force then in the place's jurisdiction, falling
// back to its parent's (a district of Guangzhou judges under Guangzhou's scheme), where a
// caller's jurisdiction (socialorg.WithJurisdictions) wins over the library's. place is a GB/T
// 2260 code; "" takes the options' place (socialorg.In), else the library's home, Guangzhou.
//
// The scheme has one regime: the longest span of dates around date over which none of those
// values changes, with the scheme's citation then, so that Check and GradeAt judge any assessment
// of that span. A grade whose cut-off the place does not give, below the lowest one it gives, is
// unconfirmed: a cut-off supplied for it (socialorg.Supply with CutoffKey) fills it, as With
// does. The scheme holds its validated form.
//
// Errors: a place that is not a division code; a zero date; no scheme in force at the place and
// date (matching socialorg.ErrNotInForce); a scheme whose values do not make a valid scheme (a
// grade without a cut-off above one with a cut-off; cut-offs out of order, or above the scale);
// an invalid supplied cut-off.
func SchemeAt(place string, date socialorg.Date, opts ...socialorg.Option) (GradeScheme, error) {
	c := socialorg.NewChecker("", date, opts...)
	if place != "" {
		_ = c.SetPlace("place", place) // recorded in c
	}
	if err := c.Err(); err != nil {
		return GradeScheme{}, err
	}
	if date.IsZero() {
		return GradeScheme{}, socialorg.MissingDate("date")
	}
	s, err := snapshot(&c)
	if err != nil {
		return GradeScheme{}, err
	}
	lo, hi := schemeSpan(c.Place(), date, opts)
	s.Regimes[0].From, s.Regimes[0].Until = lo, hi
	return s.With(opts...)
}

// snapshot resolves the scheme's values at the checker's date and place, undated, with one regime
// whose citation and note are the scheme's.
func snapshot(c *socialorg.Checker) (GradeScheme, error) {
	info, err := schemeParam.Resolve(c)
	if err != nil {
		return GradeScheme{}, err
	}
	si := info.Value.(SchemeInfo)
	scale, err := scaleParam.Resolve(c)
	if err != nil {
		return GradeScheme{}, err
	}
	s := GradeScheme{ID: si.ID, Name: si.Name, Note: si.Note, Scale: scale.Value.(decimal.Decimal),
		Regimes: []socialorg.Regime{{From: info.From, Until: info.Until, Cite: info.Cite, Note: info.Note}}}
	if b, err := bonusCapParam.Resolve(c); err == nil {
		v := b.Value.(decimal.Decimal)
		s.BonusCap = &v
	} else if !errors.Is(err, socialorg.ErrNotInForce) {
		return GradeScheme{}, err
	}
	var known registry.Grade // the highest grade without a cut-off below a grade with one
	for g := registry.Grade5A; g >= registry.Grade1A; g-- {
		r, err := minCutoff[g].Resolve(c)
		switch {
		case err == nil:
			if known != registry.NoGrade {
				return GradeScheme{}, coded(socialorg.Invalid(socialorg.Path("place", c.Place(), minCutoff[known].ID()), known.String(),
					"a cut-off for every grade above the lowest one given"))
			}
			t := r.Value.(Threshold)
			s.Cutoffs = append(s.Cutoffs, Cutoff{Grade: g, Min: t.Min, Above: t.Above, Cite: r.Cite})
		case errors.Is(err, socialorg.ErrNotInForce):
			if known == registry.NoGrade {
				known = g
			}
			s.Unconfirmed = append(s.Unconfirmed, g)
		default:
			return GradeScheme{}, err
		}
	}
	switch r, err := gradeConditions.Resolve(c); {
	case err == nil:
		for _, q := range r.Value.(Requirements) {
			s.Conditions = append(s.Conditions, Condition{Grade: q.Grade, FullTimeStaff: q.FullTimeStaff, PartyOrganization: q.PartyOrganization, Cite: r.Cite})
		}
	case !errors.Is(err, socialorg.ErrNotInForce):
		return GradeScheme{}, err
	}
	return s, nil
}

// schemeParams are the parameters a scheme is made of, whose regimes bound a scheme's span.
func schemeParams() []socialorg.Parameter {
	ps := []socialorg.Parameter{schemeParam, scaleParam, bonusCapParam, gradeConditions}
	for g := registry.Grade1A; g <= registry.Grade5A; g++ {
		ps = append(ps, minCutoff[g])
	}
	return ps
}

// schemeSpan returns the longest span of dates around d over which no value of the scheme's
// parameters changes at place: [lo, hi], hi zero when open. A value can change only where a regime
// of one of them begins or ends, in the place's jurisdiction or one of its parents, the library's
// or the caller's.
func schemeSpan(place string, d socialorg.Date, opts []socialorg.Option) (lo, hi socialorg.Date) {
	var next socialorg.Date // the first boundary after d
	consider := func(b socialorg.Date) {
		switch {
		case b.IsZero():
		case !b.After(d):
			if lo.IsZero() || b.After(lo) {
				lo = b
			}
		case next.IsZero() || b.Before(next):
			next = b
		}
	}
	chain := placeChain(place, d, opts)
	for _, p := range schemeParams() {
		local := p.LocalEntries()
		for _, j := range chain {
			entries := local[j.Code()]
			entries = append(entries[:len(entries):len(entries)], j.Overrides()[p.ID()]...)
			for _, e := range entries {
				consider(e.From)
				if !e.Until.IsZero() {
					consider(e.Until.AddDays(1))
				}
			}
		}
	}
	if !next.IsZero() {
		hi = next.AddDays(-1)
	}
	return lo, hi
}

// placeChain returns the jurisdictions of place and of its parents up to the nation, the most
// specific first: the caller's (WithJurisdictions in opts) where one has the code, else the
// library's, as a check resolves them.
func placeChain(place string, d socialorg.Date, opts []socialorg.Option) []socialorg.Jurisdiction {
	var out []socialorg.Jurisdiction
	seen := map[string]bool{}
	with := append(slices.Clip(opts), nil)
	for code := place; code != "" && !seen[code] && len(out) < maxChain; {
		seen[code] = true
		with[len(with)-1] = socialorg.In(code)
		c := socialorg.NewChecker("", d, with...)
		j := c.Jurisdiction()
		out = append(out, j)
		code = j.ParentCode()
	}
	return out
}

// maxChain bounds a chain of jurisdictions (as the root package does).
const maxChain = 8

// history returns the scheme declared for a jurisdiction the library holds with all its regimes:
// one regime for each span over which its values hold (SchemeAt), each cut-off and condition
// dated by the spans it holds over (undated when it holds over all of them).
func history(code string) (GradeScheme, error) {
	regimes := schemeParam.Local()[code]
	if len(regimes) == 0 {
		return GradeScheme{}, coded(socialorg.Invalid("place", code, "a jurisdiction the library declares (LookupJurisdiction)"))
	}
	var snaps []GradeScheme
	for d := regimes[0].From; !d.IsZero(); {
		c := socialorg.NewChecker("", d, socialorg.In(code))
		s, err := snapshot(&c)
		if err != nil {
			return GradeScheme{}, err
		}
		lo, hi := schemeSpan(code, d, nil)
		s.Regimes[0].From, s.Regimes[0].Until = lo, hi
		for i := range s.Cutoffs {
			s.Cutoffs[i].From, s.Cutoffs[i].Until = lo, hi
		}
		for i := range s.Conditions {
			s.Conditions[i].From, s.Conditions[i].Until = lo, hi
		}
		snaps = append(snaps, s)
		if hi.IsZero() || len(snaps) == maxSchemeRegimes {
			break
		}
		d = hi.AddDays(1)
	}
	out := snaps[len(snaps)-1]
	out.Regimes, out.Cutoffs, out.Conditions, out.Unconfirmed = nil, nil, nil, nil
	for _, s := range snaps {
		out.Regimes = append(out.Regimes, s.Regimes[0])
		for _, c := range s.Cutoffs {
			out.Cutoffs = extendCutoff(out.Cutoffs, c)
		}
		for _, c := range s.Conditions {
			out.Conditions = extendCondition(out.Conditions, c)
		}
		for _, g := range s.Unconfirmed {
			if !slices.Contains(out.Unconfirmed, g) {
				out.Unconfirmed = append(out.Unconfirmed, g)
			}
		}
		if !s.Scale.Equal(out.Scale) || (s.BonusCap == nil) != (out.BonusCap == nil) || (s.BonusCap != nil && !s.BonusCap.Equal(*out.BonusCap)) {
			return GradeScheme{}, coded(socialorg.Invalid("scheme.scale", s.Scale, "one scale and bonus cap over the scheme's regimes"))
		}
	}
	slices.SortFunc(out.Unconfirmed, func(a, b registry.Grade) int { return int(b) - int(a) })
	first, last := out.Regimes[0].From, out.Regimes[len(out.Regimes)-1].Until
	for i := range out.Cutoffs {
		if c := &out.Cutoffs[i]; c.From == first && c.Until == last {
			c.From, c.Until = socialorg.Date{}, socialorg.Date{}
		}
	}
	for i := range out.Conditions {
		if c := &out.Conditions[i]; c.From == first && c.Until == last {
			c.From, c.Until = socialorg.Date{}, socialorg.Date{}
		}
	}
	slices.SortStableFunc(out.Cutoffs, func(a, b Cutoff) int { return int(b.Grade) - int(a.Grade) })
	return sealScheme(out)
}

// extendCutoff adds c to cs, extending the last equal cut-off of its grade when c follows it.
func extendCutoff(cs []Cutoff, c Cutoff) []Cutoff {
	for i := len(cs) - 1; i >= 0; i-- {
		o := &cs[i]
		if o.Grade != c.Grade {
			continue
		}
		if o.Min.Equal(c.Min) && o.Above == c.Above && o.Cite == c.Cite && !o.Until.IsZero() && o.Until.AddDays(1) == c.From {
			o.Until = c.Until
			return cs
		}
		break
	}
	return append(cs, c)
}

// extendCondition is extendCutoff for conditions.
func extendCondition(cs []Condition, c Condition) []Condition {
	for i := len(cs) - 1; i >= 0; i-- {
		o := &cs[i]
		if o.Grade != c.Grade {
			continue
		}
		if o.FullTimeStaff == c.FullTimeStaff && o.PartyOrganization == c.PartyOrganization && o.Cite == c.Cite &&
			!o.Until.IsZero() && o.Until.AddDays(1) == c.From {
			o.Until = c.Until
			return cs
		}
		break
	}
	return append(cs, c)
}

// declaredSchemes are the schemes the library declares, by code, built from the declared data
// once, at first use (after every data file has declared its values): a constant of the program,
// never changed, which each call hands out as a copy.
var declaredSchemes = sync.OnceValue(func() map[string]GradeScheme {
	out := map[string]GradeScheme{}
	for code := range schemeParam.Local() {
		if s, err := history(code); err == nil {
			out[code] = s
		}
	}
	return out
})

// declared returns a copy of the scheme the library declares for code, or the zero scheme (which
// every use refuses) should its data not make one (TestDeclaredSchemes guards against it). The
// copy shares no slice with the one the program keeps, so that a caller may change it freely.
func declared(code string) GradeScheme {
	s := declaredSchemes()[code]
	s.Regimes = slices.Clone(s.Regimes)
	s.Cutoffs = slices.Clone(s.Cutoffs)
	s.Unconfirmed = slices.Clone(s.Unconfirmed)
	s.Conditions = slices.Clone(s.Conditions)
	if s.BonusCap != nil {
		b := *s.BonusCap
		s.BonusCap = &b
	}
	return s
}

// GuangzhouAssessment is Guangzhou's 1000-point scheme (穗社管规字〔2020〕4号 Art. 9, then
// 穗民规字〔2024〕6号): 5A ≥ 951, 4A ≥ 901. Its lower cut-offs are unconfirmed: below 901, Grade errs
// with ErrCutoffUnconfirmed unless the caller supplies them (With, CutoffKey). Bonus items (加分项)
// may lift a score above 1000; a negative score is an error. Each cut-off is dated by the
// measures that set it, so that an assessment judged under the 2020 measures cites them, not the
// 2024 ones. It is the scheme guangzhou.go declares for 440100, with its history.
func GuangzhouAssessment() GradeScheme { return declared(guangzhou) }

// FoshanNanhai is the 1000-point scheme of Foshan's Nanhai district for its 2021 assessment
// (citing 粤民民〔2009〕12号): 5A ≥ 951 with at least 3 full-time staff and the organization's own
// Party organization; 4A 901–950 with at least 2 staff and a Party organization; 3A 801–900; 2A
// 701–800; 1A up to 700. A comparable in the same province, not Guangzhou's rule. It is dated
// from the assessment it governs (2021); nanhai.go declares it for 440605.
func FoshanNanhai() GradeScheme { return declared(nanhai) }

// Huaining is the 1000-point scheme of Huaining county, Anhui, for the assessment held from
// August to October 2022, with at most 100 points of bonus items: 5A above 950, 4A 901–950, 3A
// 851–900, 2A 801–850, 1A 701–800; an organization without a Party organization may not enter
// for 5A. A comparable. The notice gives 5A as 「950以上」 and 4A as 「901—950」: the library reads
// 950 as 4A (see the scheme's Note). huaining.go declares it for 340822.
func Huaining() GradeScheme { return declared(huaining) }

// Shenzhen is Shenzhen's 100-point scheme of standard scores (标准分): 5A 91–100, 4A 81–90, 3A
// 71–80, 2A 61–70, 1A 51–60, no grade up to 50, as Nanshan district's notice for its 2019
// assessment states them under 《深圳市社会组织评估指南》. A comparable, dated from that
// assessment; shenzhen.go declares it for 440300.
func Shenzhen() GradeScheme { return declared(shenzhen) }

// LuoyangChanhe is the 1000-point scheme of Luoyang's Chanhe district for its 2025 assessment:
// 5A ≥ 900, 4A 800–899, 3A 700–799, 2A 600–699, 1A up to 599. A comparable; chanhe.go declares it
// for 410304.
func LuoyangChanhe() GradeScheme { return declared(chanhe) }

// Schemes lists every scheme the library declares, with its history, by the code of its
// jurisdiction: Huaining (340822), Luoyang Chanhe (410304), Guangzhou (440100), Shenzhen
// (440300), Foshan Nanhai (440605).
func Schemes() []GradeScheme {
	local := schemeParam.Local()
	codes := make([]string, 0, len(local))
	for code := range local {
		codes = append(codes, code)
	}
	slices.Sort(codes)
	out := make([]GradeScheme, len(codes))
	for i, code := range codes {
		out[i] = declared(code)
	}
	return out
}
