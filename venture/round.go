package venture

import (
	"math"
	"math/bits"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/fen"
	"github.com/socialorg/socialorg/internal/money"
)

// Round is one round of the public-welfare venture programme (公益创投): the money available and
// the caps on each grant. NewRound fills the caps from the measures in force at a date.
type Round struct {
	Budget   decimal.Decimal `json:"budget"`    // money available for grants in the round, yuan
	MaxGrant decimal.Decimal `json:"max_grant"` // cap per project (500,000 yuan in Guangzhou since round 7, under the 2019 measures)
	MaxShare decimal.Decimal `json:"max_share"` // grant ≤ MaxShare × project budget (0.60)
	// Categories optionally splits the budget by project category. When it is set, every
	// application must name one of these categories, and an award must fit both what remains of
	// the round's budget and what remains of its category's. Σ category budgets need not equal
	// Budget; both limits hold.
	Categories []CategoryBudget `json:"categories,omitempty"`
}

// CategoryBudget is the money a round sets aside for one category.
type CategoryBudget struct {
	Category Category        `json:"category"`
	Budget   decimal.Decimal `json:"budget"`
}

// Application is one project applying for a grant.
type Application struct {
	ID         string          `json:"id"`
	Budget     decimal.Decimal `json:"budget"`      // total project budget, yuan
	SelfRaised decimal.Decimal `json:"self_raised"` // what the applicant raises itself, yuan
	Score      decimal.Decimal `json:"score"`       // review score; higher ranks first, ties by ID ascending
	Category   Category        `json:"category,omitzero"`
	District   string          `json:"district,omitempty"` // the district code, for tallies
}

// Limits on input, so that hostile input is refused at bounded cost.
const (
	MaxApplications = 1 << 20 // applications in one call
	MaxIDLen        = 128     // bytes of an ID
	maxScoreAbs     = 1e12    // |score|, as an untyped constant
)

// NewRound returns a round with the given budget and the caps in force at asOf in the place that
// holds the round (socialorg.In; Guangzhou when the options name none): the largest share of a
// project's budget and the largest grant. In Guangzhou: 60% and 300,000 yuan under the 2013
// measures, 60% and 500,000 under the 2019 measures, which the 2023 measures are not confirmed to
// change. The 2019 figures apply from 2020-03-10, when round 7, the first round known to apply
// them, opened its applications: the revision was issued shortly before 2019-07-18, but round 7
// raised the cap from round 6's 300,000 (the parameters' Notes give the sources). In Liwan
// (440103), from its first round (2024): 300,000, and Guangzhou's 60%, which the district's
// source does not give. A district that sets no cap of its own reads its city's, and a caller
// gives another place's with socialorg.WithJurisdictions, or supplies either figure
// (MaxShareKey, MaxGrantKey) with its source.
//
// Errors: invalid options or supplied values; a place and date with no cap in force (before
// Guangzhou's first round, 2014-01-01, or in a place outside every jurisdiction that sets one),
// which matches socialorg.ErrNotInForce and socialorg.ErrNotSupplied; a budget that is negative,
// below the fen or out of range.
func NewRound(budget decimal.Decimal, asOf socialorg.Date, opts ...socialorg.Option) (Round, error) {
	c := socialorg.NewChecker("", asOf, opts...)
	share, _, okShare := maxShare.Read(&c)
	grant, _, okGrant := maxGrant.Read(&c)
	switch err := c.Err(); {
	case err != nil:
		return Round{}, err
	case asOf.IsZero():
		return Round{}, socialorg.MissingDate("as_of")
	case !okShare:
		_, err := socialorg.Resolve(book, maxShare.ID(), asOf, opts...)
		return Round{}, err
	case !okGrant:
		_, err := socialorg.Resolve(book, maxGrant.ID(), asOf, opts...)
		return Round{}, err
	}
	r := Round{Budget: budget, MaxGrant: grant, MaxShare: share}
	if err := r.Validate(); err != nil {
		return Round{}, err
	}
	return r, nil
}

// round is a validated Round in fen.
type round struct {
	budget, maxGrant int64
	shareNum, shDen  int64
	cats             []catBudget // nil when the round has no category budgets
}

type catBudget struct {
	cat    Category
	budget int64
}

// Validate checks the round: amounts ≥ 0 in whole fen, MaxShare in 0–1, category budgets for
// distinct, valid categories. Every problem is reported, each naming its field.
func (r Round) Validate() error {
	p := socialorg.Problems{Package: "venture"}
	r.read(&p)
	return p.Err()
}

func (r Round) read(p *socialorg.Problems) round {
	var out round
	out.budget = readAmount(p, r.Budget, func() string { return "round.budget" })
	out.maxGrant = readAmount(p, r.MaxGrant, func() string { return "round.max_grant" })
	if q, err := socialorg.RatioOf(r.MaxShare); err != nil || shareCheck(r.MaxShare) != nil {
		p.Add("round.max_share", r.MaxShare, "0 … 1, at most 18 decimal places")
	} else {
		out.shareNum, out.shDen = q.Num, q.Den
	}
	if len(r.Categories) > 0 {
		out.cats = make([]catBudget, 0, len(r.Categories))
		for i, cb := range r.Categories {
			at := socialorg.Path("round", "categories", i)
			if !cb.Category.IsValid() {
				p.Add(at+".category", int(cb.Category), "a valid category")
			}
			for _, seen := range out.cats {
				if seen.cat == cb.Category && cb.Category != 0 {
					p.Add(at+".category", cb.Category.String(), "unique in the round")
				}
			}
			out.cats = append(out.cats, catBudget{cb.Category, readAmount(p, cb.Budget, func() string { return at + ".budget" })})
		}
	}
	return out
}

// amounts is the package's amount reader: every amount of the input is read through it.
var amounts money.Reader

// readAmount reads an amount ≥ 0 in whole fen. A bad one is recorded by the amount reader under
// the field at names, which is built only then: the hot path of a batch builds no path.
func readAmount(p *socialorg.Problems, d decimal.Decimal, at func() string) int64 {
	if v, err := fen.NonNegative(d); err == nil {
		return v
	}
	return amounts.NonNegative(p, at(), d)
}

// Grant is the grant the round's rules allow a project: min(Budget − SelfRaised, MaxShare ×
// Budget, MaxGrant), never below zero, rounded down to the fen. Invalid input (a negative or
// sub-fen amount, MaxShare outside 0–1) gives zero; Allocate reports it as an error.
//
// The formula is the 2019 measures' 差额资助 (the approved budget less the applicant's own money)
// under their two caps, 「最高不超过项目预算总额的60%且不超过50万元」; the 2013 measures had the same
// share and a 300,000-yuan cap.
func (r Round) Grant(a Application) decimal.Decimal {
	p := socialorg.Problems{Package: "venture"}
	rr := r.read(&p)
	b := readAmount(&p, a.Budget, func() string { return "budget" })
	s := readAmount(&p, a.SelfRaised, func() string { return "self_raised" })
	if p.Len() > 0 {
		return decimal.Zero
	}
	return fen.ToDecimal(rr.grant(b, s))
}

// grant computes a grant in fen from validated amounts.
func (r *round) grant(budget, self int64) int64 {
	g := budget - self // both ≥ 0: no overflow
	if g <= 0 {
		return 0
	}
	if sh, ok := fen.MulRatioFloor(budget, r.shareNum, r.shDen); ok && sh < g {
		g = sh
	}
	return min(g, r.maxGrant)
}

// scoreKey reads a score for ranking: a decimal with at most 18 significant digits and 18
// decimal places, |score| ≤ 10^12, as its coefficient and exponent. The exponent is checked first,
// so that a hostile decimal costs little.
func scoreKey(d decimal.Decimal) (c int64, exp int32, why string) {
	exp = d.Exponent()
	if exp < -18 || exp > 12 || d.NumDigits() > 18 {
		return 0, 0, "at most 18 significant digits and 18 decimal places, |score| ≤ 10^12"
	}
	c = d.CoefficientInt64()
	a := fen.Abs(c)
	if exp >= 0 {
		if hi, lo := bits.Mul64(a, pow10[exp]); hi != 0 || lo > maxScoreAbs {
			return 0, 0, "|score| ≤ 10^12"
		}
	} else if -exp < 7 && a > maxScoreAbs*pow10[-exp] {
		return 0, 0, "|score| ≤ 10^12"
	}
	return c, exp, ""
}

// scale returns c × 10^(exp − to) for exp ≥ to, or false on overflow.
func scale(c int64, exp, to int32) (int64, bool) {
	k := int(exp - to)
	if k >= len(pow10) {
		return 0, c == 0
	}
	hi, lo := bits.Mul64(fen.Abs(c), pow10[k])
	if hi != 0 || lo > math.MaxInt64 {
		return 0, false
	}
	if c < 0 {
		return -int64(lo), true
	}
	return int64(lo), true
}

var pow10 = [...]uint64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19}

func itoa(i int) string { return strconv.Itoa(i) }
