package socialorgtest

import (
	"fmt"
	"math/rand/v2"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/venture"
)

// Venture is a synthetic round of the public-welfare venture programme, shaped like round 10
// (2023: 18,500,000 yuan, five categories) but applied for under round 11's notice (every
// Applicant names round 11). Every figure
// is invented, including the category budgets and the review criteria and weights, which the
// sources do not give.
type Venture struct {
	AsOf  socialorg.Date `json:"as_of"` // the day the applications are judged
	Round venture.Round  `json:"round"` // the budget by category; caps from the measures in force at AsOf
	// Applicants and Applications are in the same order, one applicant per application.
	Applicants   []venture.Applicant   `json:"applicants"`
	Applications []venture.Application `json:"applications"`
	// Criteria and Reviews: five experts score every application on four criteria.
	Criteria []venture.Criterion `json:"criteria"`
	Reviews  []venture.Review    `json:"reviews"`
}

// VentureRound generates a round of about 420 applications from the city's registered
// organizations and community organizations: budgets from 50,000 to 1,200,000 yuan, self-raised
// shares from 20% to 65% (some below the 40% that the 60% cap implies), a few applicants that are
// not eligible (beneficiaries outside Guangzhou, on the abnormal-activity list since a recent day,
// a filed community organization without a partner) and a few whose credit status nobody looked
// up (undecided, so not eligible either). Every other applicant is on neither credit list.
// Application scores are zero: ScoreReviews gives them. The same seed gives the same round.
func VentureRound(c City, seed uint64) Venture {
	r := rand.New(rand.NewPCG(seed, 0xc0ffee))
	asOf := socialorg.MustDate("2023-12-15")
	round, err := venture.NewRound(decimal.NewFromInt(18_500_000), asOf)
	if err != nil {
		panic(err) // the library's own regimes cover the date
	}
	cats := []venture.Category{venture.Elderly, venture.Disability, venture.ChildrenAndMinors, venture.Relief, venture.CommunityGovernance}
	shares := []int64{35, 20, 17, 13, 15}
	for i, cat := range cats {
		round.Categories = append(round.Categories, venture.CategoryBudget{Category: cat, Budget: decimal.NewFromInt(18_500_000 * shares[i] / 100)})
	}
	v := Venture{AsOf: asOf, Round: round, Criteria: []venture.Criterion{
		{ID: "need", Name: "需求与目标", Weight: decimal.RequireFromString("0.3"), Max: decimal.NewFromInt(100)},
		{ID: "design", Name: "服务设计与创新", Weight: decimal.RequireFromString("0.3"), Max: decimal.NewFromInt(100)},
		{ID: "capacity", Name: "执行能力", Weight: decimal.RequireFromString("0.2"), Max: decimal.NewFromInt(100)},
		{ID: "budget", Name: "预算合理性", Weight: decimal.RequireFromString("0.2"), Max: decimal.NewFromInt(100)},
	}}
	const n = 420
	for i := 0; i < n; i++ {
		var o registry.Organization
		filed := r.IntN(12) == 0
		if filed {
			o = c.Community[r.IntN(len(c.Community))]
		} else {
			o = c.Registered[r.IntN(len(c.Registered))]
		}
		id := fmt.Sprintf("GZ-2024-%03d", i+1)
		subject := o.Name
		if !o.Code.IsZero() {
			subject = o.Code.String()
		}
		a := venture.Applicant{ID: subject, Kind: o.Kind, Round: 11, SiteInGuangzhou: true, BeneficiariesInGuangzhou: true,
			Capacity: true, WithinScope: true, Credit: registry.CreditListing{Status: registry.CreditClear},
			SoundGovernance: true, UniformAccounting: true, GoodTaxAndInsurance: true}
		if filed && o.Kind == registry.CommunityOrg && r.IntN(3) > 0 {
			a.Partner = c.Registered[r.IntN(len(c.Registered))].Code.String()
		}
		switch r.IntN(40) {
		case 0:
			a.BeneficiariesInGuangzhou = false
		case 1:
			a.Credit = registry.CreditListing{Status: registry.CreditAbnormal, Since: asOf.AddDays(-30 - r.IntN(300)), Reason: registry.ReasonNoAnnualReport}
		case 2:
			a.Capacity = false
		case 3:
			a.Credit = registry.CreditListing{} // not looked up
		}
		// Budgets: mostly 100,000–400,000, some large.
		budget := int64(50_000 + r.IntN(350_000))
		if r.IntN(8) == 0 {
			budget = int64(400_000 + r.IntN(800_000))
		}
		selfPct := int64(20 + r.IntN(46))
		district := o.Division
		if len(district) != 6 || district == registry.GuangzhouCode {
			district = shapes[r.IntN(len(shapes))].code
		}
		v.Applicants = append(v.Applicants, a)
		v.Applications = append(v.Applications, venture.Application{ID: id, Budget: decimal.NewFromInt(budget),
			SelfRaised: decimal.NewFromInt(budget * selfPct / 100), Category: cats[pick(r, shares)], District: district})
		quality := 55 + r.IntN(35)
		for e := 0; e < 5; e++ {
			for _, cr := range v.Criteria {
				s := min(100, max(0, quality+r.IntN(21)-10))
				v.Reviews = append(v.Reviews, venture.Review{Application: id, Expert: fmt.Sprintf("E%d", e+1), Criterion: cr.ID,
					Score: decimal.NewFromInt(int64(s))})
			}
		}
	}
	return v
}

// pick draws an index with the given integer weights.
func pick(r *rand.Rand, weights []int64) int {
	var total int64
	for _, w := range weights {
		total += w
	}
	x := r.Int64N(total)
	for i, w := range weights {
		if x < w {
			return i
		}
		x -= w
	}
	return len(weights) - 1
}
