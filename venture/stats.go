package venture

import (
	"cmp"
	"math"
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
// it for the same round and applications). Every amount is read as yuan in whole fen within
// ±(2^63−1) fen (about ±9.2 × 10^16 yuan), refused otherwise before any arithmetic, so that a
// hostile decimal costs little; sums are overflow-checked.
//
// Errors (each naming its field, e.g. "allocation.awards[3].amount"): an invalid round; more than
// MaxApplications applications or awards; an application with an empty, over-long or duplicate
// ID, a negative or sub-fen budget or self-raised amount, an invalid category, a district of more
// than MaxIDLen bytes; an award naming no application, a second award to the same application, an
// award amount below zero, below the fen or out of range; sums beyond the range.
func TallyRound(r Round, apps []Application, al Allocation) (RoundTally, error) {
	p := socialorg.Problems{Package: "venture"}
	if len(apps) > MaxApplications {
		return RoundTally{}, input.Invalid("applications", len(apps), "at most 1048576 applications")
	}
	if len(al.Awards) > MaxApplications {
		return RoundTally{}, input.Invalid("allocation.awards", len(al.Awards), "at most 1048576 awards")
	}
	rr := r.read(&p)
	if err := p.Err(); err != nil {
		return RoundTally{}, err
	}
	tf := tallyFen{rounds: 1, budget: rr.budget}
	var cats [numCategories]sums
	var catSeen [numCategories]bool
	distSlot := make(map[string]int32) // district → index in dists
	var dists []distSums
	byID := make(map[string]int, len(apps))
	self := make([]int64, len(apps))
	slot := make([]int32, len(apps))    // each application's district
	awardOf := make([]int32, len(apps)) // 1 + the index of its award, 0 when none
	overflow := false
	for i, a := range apps {
		at := func(f string) string { return socialorg.Path("applications", i, f) } // built only for a problem
		if a.ID == "" || len(a.ID) > MaxIDLen {
			p.Add(at("id"), a.ID, "1 … 128 bytes")
		} else {
			// One map operation: a duplicate's index replaces the first, and no tally is returned.
			n := len(byID)
			if byID[a.ID] = i; len(byID) == n {
				p.Add(at("id"), a.ID, "unique among the applications")
			}
		}
		b := readAmount(&p, a.Budget, func() string { return at("budget") })
		s := readAmount(&p, a.SelfRaised, func() string { return at("self_raised") })
		self[i] = s
		if a.Category != 0 && !a.Category.IsValid() {
			p.Add(at("category"), int(a.Category), "a category, or none")
			continue
		}
		if len(a.District) > MaxIDLen {
			p.Add(at("district"), a.District, "at most 128 bytes")
			continue
		}
		if !overflow {
			var ok bool
			if tf.requested, ok = fen.Add(tf.requested, rr.grant(b, s)); !ok {
				p.Add("applications", len(apps), "Σ grants within 9.2e16 yuan")
				overflow = true
			}
		}
		k, ok := distSlot[a.District]
		if !ok {
			k = int32(len(dists))
			distSlot[a.District] = k
			dists = append(dists, distSums{district: a.District})
		}
		slot[i] = k
		tf.all.apps++
		cats[a.Category].apps++
		catSeen[a.Category] = true
		dists[k].apps++
	}
	for i, aw := range al.Awards {
		at := func(f string) string { return socialorg.Path("allocation", "awards", i, f) } // built only for a problem
		ai, known := byID[aw.ID]
		if !known {
			p.Add(at("id"), aw.ID, "an application of the round")
			continue
		}
		if first := awardOf[ai]; first != 0 {
			p.Add(at("id"), aw.ID+" (also allocation.awards["+itoa(int(first-1))+"])", "one award per application")
			continue
		}
		awardOf[ai] = int32(i + 1)
		n := p.Len()
		amt := readAmount(&p, aw.Amount, func() string { return at("amount") })
		if p.Len() > n {
			continue
		}
		if p.Len() > 0 {
			continue // keep looking for problems; the sums are not returned
		}
		add := func(x *sums) {
			var ok1, ok2 bool
			x.projects++
			x.funded, ok1 = fen.Add(x.funded, amt)
			x.self, ok2 = fen.Add(x.self, self[ai])
			if !ok1 || !ok2 {
				overflow = true
			}
		}
		add(&tf.all)
		add(&cats[apps[ai].Category])
		add(&dists[slot[ai]].sums)
		if overflow {
			p.Add("allocation.awards", len(al.Awards), "Σ awards and Σ self-raised within 9.2e16 yuan")
			break
		}
	}
	if err := p.Err(); err != nil {
		return RoundTally{}, err
	}
	for c, x := range cats {
		if catSeen[c] {
			tf.cats = append(tf.cats, catSums{Category(c), x})
		}
	}
	tf.dists = dists
	slices.SortFunc(tf.dists, func(a, b distSums) int { return cmp.Compare(a.district, b.district) })
	return tf.tally(), nil
}

// sums are the counts and money (fen) of a tally or of one of its parts.
type sums struct {
	apps, projects int
	funded, self   int64
}

type catSums struct {
	cat Category
	sums
}

type distSums struct {
	district string
	sums
}

// tallyFen is a RoundTally in fen, with its parts sorted by key.
type tallyFen struct {
	rounds            int
	budget, requested int64
	all               sums
	cats              []catSums
	dists             []distSums
}

// numCategories sizes the per-category arrays: one slot per Category value, 0 for none.
const numCategories = int(OtherWelfare) + 1

// tally converts back to a RoundTally, amounts as yuan with two decimals' exponent.
func (tf tallyFen) tally() RoundTally {
	t := RoundTally{Rounds: tf.rounds, Applications: tf.all.apps, Projects: tf.all.projects,
		Budget: fen.ToDecimal(tf.budget), Requested: fen.ToDecimal(tf.requested),
		Funded: fen.ToDecimal(tf.all.funded), SelfRaised: fen.ToDecimal(tf.all.self),
		ByCategory: make([]CategoryTally, len(tf.cats)), ByDistrict: make([]DistrictTally, len(tf.dists))}
	for i, c := range tf.cats {
		t.ByCategory[i] = CategoryTally{Category: c.cat, Applications: c.apps, Projects: c.projects,
			Funded: fen.ToDecimal(c.funded), SelfRaised: fen.ToDecimal(c.self)}
	}
	for i, d := range tf.dists {
		t.ByDistrict[i] = DistrictTally{District: d.district, Applications: d.apps, Projects: d.projects,
			Funded: fen.ToDecimal(d.funded), SelfRaised: fen.ToDecimal(d.self)}
	}
	return t
}

// Validate checks a tally (one decoded from JSON, or built by hand) before it is merged: counts
// ≥ 0; amounts ≥ 0 in whole fen within ±(2^63−1) fen; categories valid (or none) and districts of
// at most MaxIDLen bytes, each listed once. Every problem is reported, each naming its field.
func (t RoundTally) Validate() error {
	p := socialorg.Problems{Package: "venture"}
	t.read(&p, "round_tally")
	return p.Err()
}

// read validates t and converts it to fen, its parts sorted by key. A field's path is built only
// for a problem.
func (t RoundTally) read(p *socialorg.Problems, at string) tallyFen {
	part := func(list string, i, apps, projects int, funded, self decimal.Decimal) sums {
		field := func() string {
			if list == "" {
				return at
			}
			return socialorg.Path(at, list, i)
		}
		n := p.Len()
		if apps < 0 {
			p.Add(field()+".applications", apps, "≥ 0")
		}
		if projects < 0 {
			p.Add(field()+".projects", projects, "≥ 0")
		}
		f := readAmount(p, funded, func() string { return field() + ".funded" })
		s := readAmount(p, self, func() string { return field() + ".self_raised" })
		if p.Len() > n {
			return sums{}
		}
		return sums{apps: apps, projects: projects, funded: f, self: s}
	}
	tf := tallyFen{rounds: t.Rounds, all: part("", 0, t.Applications, t.Projects, t.Funded, t.SelfRaised)}
	if t.Rounds < 0 {
		p.Add(at+".rounds", t.Rounds, "≥ 0")
	}
	tf.budget = readAmount(p, t.Budget, func() string { return at + ".budget" })
	tf.requested = readAmount(p, t.Requested, func() string { return at + ".requested" })
	tf.cats = make([]catSums, 0, len(t.ByCategory))
	var seen [numCategories]bool
	for i, c := range t.ByCategory {
		switch {
		case c.Category != 0 && !c.Category.IsValid():
			p.Add(socialorg.Path(at, "by_category", i, "category"), int(c.Category), "a category, or none")
			continue
		case seen[c.Category]:
			p.Add(socialorg.Path(at, "by_category", i, "category"), c.Category.String(), "listed once")
			continue
		}
		seen[c.Category] = true
		tf.cats = append(tf.cats, catSums{c.Category, part("by_category", i, c.Applications, c.Projects, c.Funded, c.SelfRaised)})
	}
	tf.dists = make([]distSums, 0, len(t.ByDistrict))
	for i, d := range t.ByDistrict {
		if len(d.District) > MaxIDLen {
			p.Add(socialorg.Path(at, "by_district", i, "district"), d.District, "at most 128 bytes")
			continue
		}
		tf.dists = append(tf.dists, distSums{d.District, part("by_district", i, d.Applications, d.Projects, d.Funded, d.SelfRaised)})
	}
	byCat := func(a, b catSums) int { return cmp.Compare(a.cat, b.cat) }
	byDist := func(a, b distSums) int { return cmp.Compare(a.district, b.district) }
	if !slices.IsSortedFunc(tf.cats, byCat) {
		slices.SortFunc(tf.cats, byCat)
	}
	if !slices.IsSortedFunc(tf.dists, byDist) {
		slices.SortFunc(tf.dists, byDist)
	}
	for i := 1; i < len(tf.dists); i++ {
		if tf.dists[i].district == tf.dists[i-1].district {
			p.Add(at+".by_district", tf.dists[i].district, "each district listed once")
			break
		}
	}
	return tf
}

// Merge returns the tally of both (the two must count disjoint rounds or applications). Merge is
// associative and commutative on valid tallies, and gives amounts as yuan with two decimals'
// exponent, the parts ordered by category and district. Both tallies are validated first (see
// Validate; the receiver's fields are named "tally.…", the argument's "other.…"), at a cost that
// does not depend on the size of a decimal's exponent; a count or amount whose sum leaves the
// range is an error.
func (t RoundTally) Merge(o RoundTally) (RoundTally, error) {
	p := socialorg.Problems{Package: "venture"}
	a, b := t.read(&p, "tally"), o.read(&p, "other")
	if err := p.Err(); err != nil {
		return RoundTally{}, err
	}
	bad := false
	addInt := func(x, y int) int {
		if x > math.MaxInt-y {
			bad = true
		}
		return x + y
	}
	addFen := func(x, y int64) int64 {
		s, ok := fen.Add(x, y)
		bad = bad || !ok
		return s
	}
	addSums := func(x, y sums) sums {
		return sums{apps: addInt(x.apps, y.apps), projects: addInt(x.projects, y.projects),
			funded: addFen(x.funded, y.funded), self: addFen(x.self, y.self)}
	}
	out := tallyFen{rounds: addInt(a.rounds, b.rounds), budget: addFen(a.budget, b.budget),
		requested: addFen(a.requested, b.requested), all: addSums(a.all, b.all)}
	out.cats = mergeSorted(a.cats, b.cats, func(x, y catSums) int { return cmp.Compare(x.cat, y.cat) },
		func(x, y catSums) catSums { return catSums{x.cat, addSums(x.sums, y.sums)} })
	out.dists = mergeSorted(a.dists, b.dists, func(x, y distSums) int { return cmp.Compare(x.district, y.district) },
		func(x, y distSums) distSums { return distSums{x.district, addSums(x.sums, y.sums)} })
	if bad {
		return RoundTally{}, input.Invalid("tally", "merge", "counts within the int range and amounts within 9.2e16 yuan")
	}
	return out.tally(), nil
}

// mergeSorted merges two lists sorted by key with unique keys, adding the entries of a key in both.
func mergeSorted[T any](a, b []T, compare func(T, T) int, add func(T, T) T) []T {
	out := make([]T, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch c := compare(a[i], b[j]); {
		case c < 0:
			out = append(out, a[i])
			i++
		case c > 0:
			out = append(out, b[j])
			j++
		default:
			out = append(out, add(a[i], b[j]))
			i++
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

// Leverage is the self-raised money of the funded projects per yuan granted (SelfRaised /
// Funded), exact; undefined when nothing was funded, and when either amount is negative, below
// the fen or beyond ±(2^63−1) fen (which a valid tally never holds), at a cost that does not
// depend on the size of a decimal's exponent.
func (t RoundTally) Leverage() socialorg.Ratio {
	s, err1 := fen.FromDecimal(t.SelfRaised)
	f, err2 := fen.FromDecimal(t.Funded)
	if err1 != nil || err2 != nil || s < 0 || f <= 0 {
		return socialorg.Ratio{}
	}
	return socialorg.NewRatio(s, f)
}
