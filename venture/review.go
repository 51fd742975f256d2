package venture

import (
	"cmp"
	"math/big"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
)

// Criterion is one criterion of the expert review, with its weight. The official criteria and
// weights of Guangzhou's rounds are not confirmed: the caller supplies them.
type Criterion struct {
	ID     string          `json:"id"`
	Name   string          `json:"name,omitempty"`
	Weight decimal.Decimal `json:"weight"` // the criteria's weights sum to exactly 1
	Max    decimal.Decimal `json:"max"`    // the highest score an expert may give (> 0)
}

// Review is one expert's score of one application on one criterion.
type Review struct {
	Application string          `json:"application"`
	Expert      string          `json:"expert"`
	Criterion   string          `json:"criterion"`
	Score       decimal.Decimal `json:"score"`
}

// Limits of a review.
const (
	MaxCriteria = 100
	MaxReviews  = 1 << 22
	// TrimFrom is the number of experts from which the trimmed mean drops the highest and the
	// lowest score.
	TrimFrom = 5
	// TotalPlaces is the number of decimal places of the totals a ScoreSheet shows (rounded half
	// to even); ranks are decided on the exact values.
	TotalPlaces = 6
)

var plainMeanKey = socialorg.NewKey[bool]("venture.review.plain-mean")

// PlainMean makes ScoreReviews average every expert's score, instead of the default trimmed mean.
func PlainMean() socialorg.Option { return socialorg.Enable(plainMeanKey) }

// ExpertScore is one expert's score in a sheet.
type ExpertScore struct {
	Expert  string          `json:"expert"`
	Score   decimal.Decimal `json:"score"`
	Dropped bool            `json:"dropped,omitempty"` // left out by the trimmed mean
}

// CriterionScore explains one criterion of an application's total.
type CriterionScore struct {
	Criterion string          `json:"criterion"`
	Weight    decimal.Decimal `json:"weight"`
	Scores    []ExpertScore   `json:"scores"`   // by expert
	Mean      decimal.Decimal `json:"mean"`     // of the scores kept, to TotalPlaces
	Weighted  decimal.Decimal `json:"weighted"` // Weight × Mean, to TotalPlaces
}

// SheetRow is one application's line of the score sheet.
type SheetRow struct {
	Rank        int              `json:"rank"`
	Application string           `json:"application"`
	Total       decimal.Decimal  `json:"total"` // Σ weighted means, to TotalPlaces
	Criteria    []CriterionScore `json:"criteria"`
}

// ScoreSheet is the ranked outcome of a review.
type ScoreSheet struct {
	Method string     `json:"method"` // "trimmed-mean" or "mean"
	Rows   []SheetRow `json:"rows"`   // by rank
}

// ScoreReviews turns expert reviews into a ranked score sheet. For each application and criterion
// it averages the experts' scores, by default with the trimmed mean (from TrimFrom experts on,
// the highest and the lowest score are dropped, one each; among equal scores the one dropped is
// the first expert by ID for the lowest and the last for the highest), or the plain mean with the
// PlainMean option. An application's total is Σ weight × mean. The arithmetic is exact (rationals);
// totals are shown to TotalPlaces decimal places; ranks follow the exact totals, descending, then
// the application ID. The trimmed mean is a common convention of review panels, not a rule the
// round's measures are confirmed to set: the sheet records the method.
//
// Errors: no criteria or more than MaxCriteria, an empty or duplicate criterion ID, a weight
// outside 0–1 or weights that do not sum to exactly 1, a Max ≤ 0, a review of an unknown
// criterion, the same expert twice on the same application and criterion, a score below 0 or
// above the criterion's Max, an application with no score on some criterion, hostile decimals.
func ScoreReviews(criteria []Criterion, reviews []Review, opts ...socialorg.Option) (ScoreSheet, error) {
	c := socialorg.NewChecker("", socialorg.Date{}, opts...)
	plain := c.On(plainMeanKey)
	var p socialorg.Problems
	if len(criteria) == 0 || len(criteria) > MaxCriteria {
		return ScoreSheet{}, socialorg.Invalid("criteria", len(criteria), "1 … "+itoa(MaxCriteria)+" criteria")
	}
	if len(reviews) > MaxReviews {
		return ScoreSheet{}, socialorg.Invalid("reviews", len(reviews), "at most "+itoa(MaxReviews))
	}
	crit := make(map[string]int, len(criteria))
	weights := make([]*big.Rat, len(criteria))
	sum := new(big.Rat)
	for i, cr := range criteria {
		at := socialorg.Path("criteria", i)
		switch {
		case cr.ID == "":
			p.Add(at+".id", "", "required")
		case len(cr.ID) > MaxIDLen:
			p.Add(at+".id", cr.ID, "at most "+itoa(MaxIDLen)+" bytes")
		default:
			if _, dup := crit[cr.ID]; dup {
				p.Add(at+".id", cr.ID, "unique")
			}
			crit[cr.ID] = i
		}
		if err := shareCheck(cr.Weight); err != nil {
			p.Add(at+".weight", cr.Weight, "0 … 1, at most 18 decimal places")
		} else {
			weights[i] = cr.Weight.Rat()
			sum.Add(sum, weights[i])
		}
		if _, err := socialorg.RatioOf(cr.Max); err != nil || cr.Max.Sign() <= 0 {
			p.Add(at+".max", cr.Max, "> 0, at most 18 digits")
		}
	}
	if p.Len() == 0 && sum.Cmp(big.NewRat(1, 1)) != 0 {
		p.Add("criteria", sum.FloatString(6), "weights sum to exactly 1")
	}
	if err := p.Err(); err != nil {
		return ScoreSheet{}, err
	}

	// Group the reviews by application, then criterion.
	type cell struct {
		scores []ExpertScore
	}
	byApp := make(map[string][]cell, 256)
	for i, rv := range reviews {
		at := func(f string) string { return socialorg.Path("reviews", i, f) } // built only for a problem
		ci, ok := crit[rv.Criterion]
		if !ok {
			p.Add(at("criterion"), rv.Criterion, "a criterion of the review")
			continue
		}
		switch {
		case rv.Application == "" || len(rv.Application) > MaxIDLen:
			p.Add(at("application"), rv.Application, "1 … "+itoa(MaxIDLen)+" bytes")
			continue
		case rv.Expert == "" || len(rv.Expert) > MaxIDLen:
			p.Add(at("expert"), rv.Expert, "1 … "+itoa(MaxIDLen)+" bytes")
			continue
		}
		if _, err := socialorg.RatioOf(rv.Score); err != nil || rv.Score.Sign() < 0 || rv.Score.GreaterThan(criteria[ci].Max) {
			p.Add(at("score"), rv.Score, "0 … "+criteria[ci].Max.String())
			continue
		}
		cells := byApp[rv.Application]
		if cells == nil {
			cells = make([]cell, len(criteria))
			byApp[rv.Application] = cells
		}
		for _, s := range cells[ci].scores {
			if s.Expert == rv.Expert {
				p.Add(at("expert"), rv.Expert, "one score per expert, application and criterion")
			}
		}
		cells[ci].scores = append(cells[ci].scores, ExpertScore{Expert: rv.Expert, Score: rv.Score})
	}
	apps := make([]string, 0, len(byApp))
	for a := range byApp {
		apps = append(apps, a)
	}
	slices.Sort(apps)
	for _, a := range apps {
		for ci, cl := range byApp[a] {
			if len(cl.scores) == 0 {
				p.Add("reviews", a, "a score on criterion "+criteria[ci].ID)
			}
		}
	}
	if err := p.Err(); err != nil {
		return ScoreSheet{}, err
	}

	method := "trimmed-mean"
	if plain {
		method = "mean"
	}
	type ranked struct {
		row   SheetRow
		exact *big.Rat
	}
	rows := make([]ranked, 0, len(apps))
	for _, a := range apps {
		total := new(big.Rat)
		row := SheetRow{Application: a, Criteria: make([]CriterionScore, len(criteria))}
		for ci, cl := range byApp[a] {
			scores := cl.scores
			slices.SortFunc(scores, func(x, y ExpertScore) int { return cmp.Compare(x.Expert, y.Expert) })
			if !plain && len(scores) >= TrimFrom {
				lo, hi := 0, 0
				for i, s := range scores {
					if s.Score.LessThan(scores[lo].Score) {
						lo = i
					}
					if !s.Score.LessThan(scores[hi].Score) {
						hi = i
					}
				}
				scores[lo].Dropped, scores[hi].Dropped = true, true
			}
			mean, n := new(big.Rat), int64(0)
			for _, s := range scores {
				if !s.Dropped {
					mean.Add(mean, s.Score.Rat())
					n++
				}
			}
			mean.Quo(mean, big.NewRat(n, 1))
			weighted := new(big.Rat).Mul(mean, weights[ci])
			total.Add(total, weighted)
			row.Criteria[ci] = CriterionScore{Criterion: criteria[ci].ID, Weight: criteria[ci].Weight, Scores: scores,
				Mean: ratDecimal(mean), Weighted: ratDecimal(weighted)}
		}
		row.Total = ratDecimal(total)
		rows = append(rows, ranked{row, total})
	}
	slices.SortFunc(rows, func(x, y ranked) int {
		return cmp.Or(y.exact.Cmp(x.exact), cmp.Compare(x.row.Application, y.row.Application))
	})
	out := ScoreSheet{Method: method, Rows: make([]SheetRow, len(rows))}
	for i, r := range rows {
		r.row.Rank = i + 1
		out.Rows[i] = r.row
	}
	return out, nil
}

// ratDecimal rounds an exact rational half to even at TotalPlaces.
func ratDecimal(r *big.Rat) decimal.Decimal {
	scaled := new(big.Rat).Mul(r, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(TotalPlaces), nil)))
	q, m := new(big.Int).QuoRem(scaled.Num(), scaled.Denom(), new(big.Int))
	// half to even on the remainder: compare 2m with the denominator
	m2 := new(big.Int).Lsh(m.Abs(m), 1)
	switch c := m2.Cmp(scaled.Denom()); {
	case c > 0, c == 0 && q.Bit(0) == 1:
		if scaled.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	return decimal.NewFromBigInt(q, -TotalPlaces)
}

// Apply returns a copy of apps whose scores are the sheet's totals. An application the sheet does
// not rank is an error naming it. Two totals that differ beyond TotalPlaces rank the same in
// Allocate (then by ID) even where the sheet's exact ranks differ; the sheet shows both.
func (s ScoreSheet) Apply(apps []Application) ([]Application, error) {
	total := make(map[string]decimal.Decimal, len(s.Rows))
	for _, r := range s.Rows {
		total[r.Application] = r.Total
	}
	out := slices.Clone(apps)
	var p socialorg.Problems
	for i := range out {
		t, ok := total[out[i].ID]
		if !ok {
			p.Add(socialorg.Path("applications", i, "id"), out[i].ID, "an application of the score sheet")
			continue
		}
		out[i].Score = t
	}
	return out, p.Err()
}
