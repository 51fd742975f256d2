package venture

import (
	"cmp"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/fen"
)

// RoundTally counts what rounds asked for and funded: applications, funded projects, money granted
// and the self-raised money the funded projects bring (the social money a round leverages), in
// total, by category and by district. It is a mergeable value: the tally of two rounds (or of two
// districts' shares of one round) is a.Merge(b); Merge is associative and commutative.
type RoundTally struct {
	Rounds       int             `json:"rounds"`
	Applications int             `json:"applications"`
	Projects     int             `json:"projects"`    // funded
	Budget       decimal.Decimal `json:"budget"`      // Σ round budgets
	Requested    decimal.Decimal `json:"requested"`   // Σ grants of every application
	Funded       decimal.Decimal `json:"funded"`      // Σ awards
	SelfRaised   decimal.Decimal `json:"self_raised"` // Σ self-raised money of the funded projects
	ByCategory   []CategoryTally `json:"by_category"` // by category; the zero category is "none"
	ByDistrict   []DistrictTally `json:"by_district"` // by district code; "" when not given
}

// CategoryTally is one category's share of a tally.
type CategoryTally struct {
	Category     Category        `json:"category"`
	Applications int             `json:"applications"`
	Projects     int             `json:"projects"`
	Funded       decimal.Decimal `json:"funded"`
	SelfRaised   decimal.Decimal `json:"self_raised"`
}

// DistrictTally is one district's share of a tally.
type DistrictTally struct {
	District     string          `json:"district"`
	Applications int             `json:"applications"`
	Projects     int             `json:"projects"`
	Funded       decimal.Decimal `json:"funded"`
	SelfRaised   decimal.Decimal `json:"self_raised"`
}

// TallyRound counts one round from its applications and their allocation (as Allocate returned
// it for the same round and applications). An award naming no application is an error.
func TallyRound(r Round, apps []Application, al Allocation) (RoundTally, error) {
	var p socialorg.Problems
	rr := r.read(&p)
	if err := p.Err(); err != nil {
		return RoundTally{}, err
	}
	byID := make(map[string]int, len(apps))
	for i, a := range apps {
		byID[a.ID] = i
	}
	t := RoundTally{Rounds: 1, Applications: len(apps), Budget: r.Budget, Requested: decimal.Zero, Funded: decimal.Zero, SelfRaised: decimal.Zero}
	cats := map[Category]*CategoryTally{}
	dists := map[string]*DistrictTally{}
	cat := func(c Category) *CategoryTally {
		if x := cats[c]; x != nil {
			return x
		}
		x := &CategoryTally{Category: c, Funded: decimal.Zero, SelfRaised: decimal.Zero}
		cats[c] = x
		return x
	}
	dist := func(d string) *DistrictTally {
		if x := dists[d]; x != nil {
			return x
		}
		x := &DistrictTally{District: d, Funded: decimal.Zero, SelfRaised: decimal.Zero}
		dists[d] = x
		return x
	}
	var requested int64
	for i, a := range apps {
		b, why := amount(a.Budget) // the field's path is built only for a problem
		if why != "" {
			p.Add(socialorg.Path("applications", i, "budget"), a.Budget, why)
		}
		s, why := amount(a.SelfRaised)
		if why != "" {
			p.Add(socialorg.Path("applications", i, "self_raised"), a.SelfRaised, why)
		}
		var ok bool
		if requested, ok = fen.Add(requested, rr.grant(b, s)); !ok {
			p.Add("applications", len(apps), "Σ grants within 9.2e16 yuan")
			break
		}
		cat(a.Category).Applications++
		dist(a.District).Applications++
	}
	for i, aw := range al.Awards {
		ai, ok := byID[aw.ID]
		if !ok {
			p.Add(socialorg.Path("allocation", "awards", i, "id"), aw.ID, "an application of the round")
			continue
		}
		a := apps[ai]
		t.Projects++
		t.Funded = t.Funded.Add(aw.Amount)
		t.SelfRaised = t.SelfRaised.Add(a.SelfRaised)
		c, d := cat(a.Category), dist(a.District)
		c.Projects++
		c.Funded = c.Funded.Add(aw.Amount)
		c.SelfRaised = c.SelfRaised.Add(a.SelfRaised)
		d.Projects++
		d.Funded = d.Funded.Add(aw.Amount)
		d.SelfRaised = d.SelfRaised.Add(a.SelfRaised)
	}
	if err := p.Err(); err != nil {
		return RoundTally{}, err
	}
	t.Requested = decimal.New(requested, -2)
	for _, c := range cats {
		t.ByCategory = append(t.ByCategory, *c)
	}
	for _, d := range dists {
		t.ByDistrict = append(t.ByDistrict, *d)
	}
	t.sort()
	return t, nil
}

func (t *RoundTally) sort() {
	if t.ByCategory == nil {
		t.ByCategory = []CategoryTally{}
	}
	if t.ByDistrict == nil {
		t.ByDistrict = []DistrictTally{}
	}
	slices.SortFunc(t.ByCategory, func(a, b CategoryTally) int { return cmp.Compare(a.Category, b.Category) })
	slices.SortFunc(t.ByDistrict, func(a, b DistrictTally) int { return cmp.Compare(a.District, b.District) })
}

// Merge returns the tally of both (the two must count disjoint rounds or applications).
func (t RoundTally) Merge(o RoundTally) RoundTally {
	out := RoundTally{
		Rounds: t.Rounds + o.Rounds, Applications: t.Applications + o.Applications, Projects: t.Projects + o.Projects,
		Budget: t.Budget.Add(o.Budget), Requested: t.Requested.Add(o.Requested), Funded: t.Funded.Add(o.Funded),
		SelfRaised: t.SelfRaised.Add(o.SelfRaised),
	}
	out.ByCategory = mergeBy(t.ByCategory, o.ByCategory, func(c CategoryTally) Category { return c.Category },
		func(a, b CategoryTally) CategoryTally {
			a.Applications += b.Applications
			a.Projects += b.Projects
			a.Funded, a.SelfRaised = a.Funded.Add(b.Funded), a.SelfRaised.Add(b.SelfRaised)
			return a
		})
	out.ByDistrict = mergeBy(t.ByDistrict, o.ByDistrict, func(d DistrictTally) string { return d.District },
		func(a, b DistrictTally) DistrictTally {
			a.Applications += b.Applications
			a.Projects += b.Projects
			a.Funded, a.SelfRaised = a.Funded.Add(b.Funded), a.SelfRaised.Add(b.SelfRaised)
			return a
		})
	out.sort()
	return out
}

// mergeBy merges two lists of tallies by key, adding the tallies of a key in both.
func mergeBy[T any, K comparable](a, b []T, key func(T) K, add func(T, T) T) []T {
	out := make([]T, 0, len(a)+len(b))
	at := make(map[K]int, len(a)+len(b))
	for _, x := range slices.Concat(a, b) {
		if i, ok := at[key(x)]; ok {
			out[i] = add(out[i], x)
			continue
		}
		at[key(x)] = len(out)
		out = append(out, x)
	}
	return out
}

// Leverage is the self-raised money of the funded projects per yuan granted (SelfRaised /
// Funded), exact; undefined when nothing was funded.
func (t RoundTally) Leverage() socialorg.Ratio {
	s, err1 := socialorg.RatioOf(t.SelfRaised.Round(2))
	f, err2 := socialorg.RatioOf(t.Funded.Round(2))
	if err1 != nil || err2 != nil || t.Funded.IsZero() {
		return socialorg.Ratio{}
	}
	// Both are in fen (denominator ≤ 100): bring them to fen.
	return socialorg.NewRatio(s.Num*(100/s.Den), f.Num*(100/f.Den))
}
