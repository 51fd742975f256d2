package venture

import (
	"cmp"
	"math/big"
	"math/bits"
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
	MaxCriteria = 100 // at most 128 (ScoreReviews keeps a 128-bit set of criteria per application)
	MaxReviews  = 1 << 22
	// TrimFrom is the number of experts from which the trimmed mean drops the highest and the
	// lowest score.
	TrimFrom = 5
	// TotalPlaces is the number of decimal places of the totals a ScoreSheet shows (rounded half
	// to even); ranks are decided on the exact values.
	TotalPlaces = 6
)

var (
	plainMeanKey  = socialorg.NewKey[bool]("venture.review.plain-mean")
	trimTotalsKey = socialorg.NewKey[bool]("venture.review.trim-totals")
)

// PlainMean makes ScoreReviews average every expert's score, instead of the default trimmed mean.
func PlainMean() socialorg.Option { return socialorg.Enable(plainMeanKey) }

// TrimTotals makes ScoreReviews read 「去掉一个最高分和一个最低分」 (drop one highest and one lowest
// score) as applying to each expert's total on an application (Σ weight × score over the
// criteria), instead of to the experts' scores on each criterion: the experts with the highest
// and the lowest total are left out of every criterion's mean. Every expert must then score every
// criterion of the application. With PlainMean it is an error (nothing is trimmed).
func TrimTotals() socialorg.Option { return socialorg.Enable(trimTotalsKey) }

// The methods of a ScoreSheet, with what the sheet's Note says of each.
const (
	MethodTrimmedMean         = "trimmed-mean"           // the default: trimmed per criterion
	MethodTrimmedMeanOfTotals = "trimmed-mean-of-totals" // TrimTotals: trimmed per expert total
	MethodMean                = "mean"                   // PlainMean
)

// What a sheet's Note says of each method (TestTrimTotals checks the number against TrimFrom).
const (
	noteTrimWords     = "「去掉一个最高分和一个最低分」 (drop one highest and one lowest score) is how review panels state the trimmed mean; the words do not say whether a score is an expert's score on one criterion or the expert's total, and no source confirms either reading, or the criteria and weights, for Guangzhou's rounds"
	noteTrimCriterion = "trimmed per criterion, from 5 experts on: " + noteTrimWords + ". TrimTotals gives the per-total reading"
	noteTrimTotals    = "trimmed per expert total, from 5 experts on: " + noteTrimWords + ". The default is the per-criterion reading"
	notePlainMean     = "the plain mean of every expert's score (PlainMean): no score dropped"
)

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
	Method string     `json:"method"`         // MethodTrimmedMean, MethodTrimmedMeanOfTotals or MethodMean
	Note   string     `json:"note,omitempty"` // how the method reads its source, and what is not confirmed
	Rows   []SheetRow `json:"rows"`           // by rank
}

// ScoreReviews turns expert reviews into a ranked score sheet. For each application and criterion
// it averages the experts' scores, by default with the trimmed mean (from TrimFrom experts on,
// the highest and the lowest score are dropped, one each; among equal scores the one dropped is
// the first expert by ID for the lowest and the last for the highest), or the plain mean with the
// PlainMean option. With TrimTotals the trimmed mean drops, on every criterion, the scores of the
// two experts with the highest and the lowest total on the application (Σ weight × score; ties
// as above). An application's total is Σ weight × mean. The arithmetic is exact (integers and
// rationals); totals are shown to TotalPlaces decimal places; ranks follow the exact totals,
// descending, then the application ID. The trimmed mean is a common convention of review panels
// (「去掉一个最高分和一个最低分」), not a rule the round's measures are confirmed to set, and its
// words fit both readings: the sheet records the method and says so in its Note.
//
// Its cost is near-linear in the reviews: O(n log n) for n reviews, whatever the number of
// experts on an application.
//
// Errors: no criteria or more than MaxCriteria, an empty or duplicate criterion ID, a weight
// outside 0–1 or weights that do not sum to exactly 1, a Max ≤ 0, a review of an unknown
// criterion, the same expert twice on the same application and criterion, a score below 0 or
// above the criterion's Max, an application with no score on some criterion, hostile decimals,
// PlainMean with TrimTotals, and with TrimTotals an application whose criteria were not scored by
// the same experts.
func ScoreReviews(criteria []Criterion, reviews []Review, opts ...socialorg.Option) (ScoreSheet, error) {
	c := socialorg.NewChecker("", socialorg.Date{}, opts...)
	plain, totals := c.On(plainMeanKey), c.On(trimTotalsKey)
	if plain && totals {
		return ScoreSheet{}, input.Invalid("options", "PlainMean, TrimTotals", "one of PlainMean and TrimTotals")
	}
	p := socialorg.Problems{Package: "venture"}
	if len(criteria) == 0 || len(criteria) > MaxCriteria {
		return ScoreSheet{}, input.Invalid("criteria", len(criteria), "1 … 100 criteria")
	}
	if len(reviews) > MaxReviews {
		return ScoreSheet{}, input.Invalid("reviews", len(reviews), "at most 4194304 reviews")
	}
	crit := make(map[string]int, len(criteria))
	weights := make([]*big.Rat, len(criteria))
	wnum := make([]uint64, len(criteria)) // weight × 10^18
	maxKey := make([]u128, len(criteria))
	sum := new(big.Rat)
	for i, cr := range criteria {
		at := socialorg.Path("criteria", i)
		switch {
		case cr.ID == "":
			p.Add(at+".id", "", "required")
		case len(cr.ID) > MaxIDLen:
			p.Add(at+".id", cr.ID, "at most 128 bytes")
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
			w, _ := scoreUnits(cr.Weight) // ≤ 10^18
			wnum[i] = w.lo
		}
		if k, ok := scoreUnits(cr.Max); !ok || cr.Max.Sign() <= 0 {
			p.Add(at+".max", cr.Max, "> 0, at most 18 digits")
		} else {
			maxKey[i] = k
		}
	}
	if p.Len() == 0 && sum.Cmp(big.NewRat(1, 1)) != 0 {
		p.Add("criteria", sum.FloatString(6), "weights sum to exactly 1")
	}
	if err := p.Err(); err != nil {
		return ScoreSheet{}, err
	}

	// Read every valid review once into a record: its score as an exact integer (units of 10^-18),
	// which the rest compares and sums, and its application and expert as small integers.
	nc := int32(len(criteria))
	appIdx := make(map[string]int32, 256)
	expIdx := make(map[string]int32, 256)
	var appNames, expNames []string
	intern := func(m map[string]int32, names *[]string, s string) int32 {
		if k, ok := m[s]; ok {
			return k
		}
		k := int32(len(*names))
		m[s] = k
		*names = append(*names, s)
		return k
	}
	recs := make([]rec, 0, len(reviews))
	for i, rv := range reviews {
		at := func(f string) string { return socialorg.Path("reviews", i, f) } // built only for a problem
		ci, ok := crit[rv.Criterion]
		if !ok {
			p.Add(at("criterion"), rv.Criterion, "a criterion of the review")
			continue
		}
		switch {
		case rv.Application == "" || len(rv.Application) > MaxIDLen:
			p.Add(at("application"), rv.Application, "1 … 128 bytes")
			continue
		case rv.Expert == "" || len(rv.Expert) > MaxIDLen:
			p.Add(at("expert"), rv.Expert, "1 … 128 bytes")
			continue
		}
		k, ok := scoreUnits(rv.Score)
		if !ok || maxKey[ci].less(k) {
			p.Add(at("score"), rv.Score, "0 … "+criteria[ci].Max.String())
			continue
		}
		a := intern(appIdx, &appNames, rv.Application)
		e := intern(expIdx, &expNames, rv.Expert)
		recs = append(recs, rec{key: k, cell: a*nc + int32(ci), exp: e, i: int32(i)})
	}
	// Rank the applications and the experts by ID (sorting the distinct IDs only), then order the
	// records by cell (application rank, criterion), within a cell by expert rank and then review
	// index, with two stable counting sorts: O(n) for n reviews, whatever the number of experts on
	// an application, where a scan per review for duplicates was O(n²).
	apps, appRank := rank(appNames)
	experts, expRank := rank(expNames)
	for r := range recs {
		a, ci := recs[r].cell/nc, recs[r].cell%nc
		recs[r].cell, recs[r].exp = appRank[a]*nc+ci, expRank[recs[r].exp]
	}
	if len(apps)*int(nc) > len(recs) {
		// Fewer scores than cells: some application lacks a criterion. Say which, in O(n) memory,
		// rather than lay out every cell.
		seen := make([][2]uint64, len(apps)) // MaxCriteria ≤ 128 bits
		for _, r := range recs {
			a, ci := r.cell/nc, r.cell%nc
			seen[a][ci/64] |= 1 << (ci % 64)
		}
		const list = 40 // the rest are counted, so that the cost stays O(n) and the error short
		missing, listed := 0, 0
		for a, name := range apps {
			missing += int(nc) - bits.OnesCount64(seen[a][0]) - bits.OnesCount64(seen[a][1])
			for ci := 0; ci < len(criteria) && listed < list; ci++ {
				if seen[a][ci/64]&(1<<(ci%64)) == 0 {
					p.Add("reviews", name, "a score on criterion "+criteria[ci].ID)
					listed++
				}
			}
		}
		if missing > listed {
			p.Add("reviews", missing-listed, "a score on every criterion of every application (more are missing)")
		}
		return ScoreSheet{}, p.Err()
	}
	tmp := make([]rec, len(recs))
	countingSort(tmp, recs, len(experts), func(r *rec) int32 { return r.exp })
	start := countingSort(recs, tmp, len(apps)*int(nc), func(r *rec) int32 { return r.cell })
	cellOf := func(a, ci int) []rec { return recs[start[a*int(nc)+ci]:start[a*int(nc)+ci+1]] }
	var dups []int
	for a, name := range apps {
		for ci := range criteria {
			es := cellOf(a, ci)
			if len(es) == 0 {
				p.Add("reviews", name, "a score on criterion "+criteria[ci].ID)
				continue
			}
			for j := 1; j < len(es); j++ {
				if es[j].exp == es[j-1].exp {
					dups = append(dups, int(es[j].i))
				}
			}
		}
		if totals && !sameExperts(len(criteria), func(ci int) []rec { return cellOf(a, ci) }) {
			p.Add("reviews", name, "every expert scores every criterion (TrimTotals)")
		}
	}
	slices.Sort(dups)
	for _, i := range dups {
		p.Add(socialorg.Path("reviews", i, "expert"), reviews[i].Expert, "one score per expert, application and criterion")
	}
	if err := p.Err(); err != nil {
		return ScoreSheet{}, err
	}

	out := ScoreSheet{Method: MethodTrimmedMean, Note: noteTrimCriterion}
	switch {
	case plain:
		out.Method, out.Note = MethodMean, notePlainMean
	case totals:
		out.Method, out.Note = MethodTrimmedMeanOfTotals, noteTrimTotals
	}
	type ranked struct {
		row   SheetRow
		exact *big.Rat
	}
	rows := make([]ranked, 0, len(apps))
	var acc, scratch big.Int
	var dropped []bool // per expert, under TrimTotals
	for a, name := range apps {
		if totals {
			dropped = trimTotals(dropped[:0], len(criteria), func(ci int) []rec { return cellOf(a, ci) }, wnum)
		}
		total := new(big.Rat)
		row := SheetRow{Application: name, Criteria: make([]CriterionScore, len(criteria))}
		for ci := range criteria {
			es := cellOf(a, ci)
			scores := make([]ExpertScore, len(es))
			for j, e := range es {
				scores[j] = ExpertScore{Expert: experts[e.exp], Score: reviews[e.i].Score}
			}
			switch {
			case totals:
				for j := range scores {
					scores[j].Dropped = dropped[j]
				}
			case !plain && len(es) >= TrimFrom:
				lo, hi := 0, 0
				for j, e := range es {
					if e.key.less(es[lo].key) {
						lo = j
					}
					if !e.key.less(es[hi].key) {
						hi = j
					}
				}
				scores[lo].Dropped, scores[hi].Dropped = true, true
			}
			acc.SetInt64(0)
			n := int64(0)
			for j, e := range es {
				if !scores[j].Dropped {
					acc.Add(&acc, e.key.bigInt(&scratch))
					n++
				}
			}
			// mean = Σ kept / (n × 10^18)
			den := big.NewInt(n)
			den.Mul(den, big.NewInt(1e18))
			mean := new(big.Rat).SetFrac(new(big.Int).Set(&acc), den)
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
	out.Rows = make([]SheetRow, len(rows))
	for i, r := range rows {
		r.row.Rank = i + 1
		out.Rows[i] = r.row
	}
	return out, nil
}

// rec is one valid review: its score as an exact integer in units of 10^-18, its cell (application
// and criterion), its expert, and its index in the reviews. MaxReviews, MaxCriteria and the
// number of distinct IDs keep every field within int32.
type rec struct {
	key  u128
	cell int32
	exp  int32
	i    int32
}

// rank sorts the distinct names and returns them in order, with each name's rank by its index in
// names.
func rank(names []string) (sorted []string, rankOf []int32) {
	order := make([]int32, len(names))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(x, y int32) int { return cmp.Compare(names[x], names[y]) })
	sorted = make([]string, len(names))
	rankOf = make([]int32, len(names))
	for r, i := range order {
		sorted[r], rankOf[i] = names[i], int32(r)
	}
	return sorted, rankOf
}

// countingSort copies src into dst ordered by key (0 … n−1), keeping the order of equal keys, and
// returns where each key starts in dst (n+1 offsets).
func countingSort(dst, src []rec, n int, key func(*rec) int32) []int32 {
	start := make([]int32, n+1)
	for i := range src {
		start[key(&src[i])+1]++
	}
	for k := range n {
		start[k+1] += start[k]
	}
	next := slices.Clone(start[:n])
	for i := range src {
		k := key(&src[i])
		dst[next[k]] = src[i]
		next[k]++
	}
	return start
}

// sameExperts reports whether every criterion of an application was scored by the same experts
// (each cell ordered by expert, without duplicates).
func sameExperts(ncrit int, cell func(int) []rec) bool {
	first := cell(0)
	for ci := 1; ci < ncrit; ci++ {
		other := cell(ci)
		if len(other) != len(first) {
			return false
		}
		for j := range other {
			if other[j].exp != first[j].exp {
				return false
			}
		}
	}
	return true
}

// trimTotals marks the experts (in the cells' common order) with the lowest and the highest total
// Σ weight × score, from TrimFrom experts on: the first of equal lowest, the last of equal highest.
// The totals are exact integers (units of 10^-36).
func trimTotals(dropped []bool, ncrit int, cell func(int) []rec, wnum []uint64) []bool {
	n := len(cell(0))
	for range n {
		dropped = append(dropped, false)
	}
	if n < TrimFrom {
		return dropped
	}
	var tot, lo, hi, term, w, scratch big.Int
	lo0, hi0 := 0, 0
	for j := range n {
		tot.SetInt64(0)
		for ci := range ncrit {
			w.SetUint64(wnum[ci])
			term.Mul(cell(ci)[j].key.bigInt(&scratch), &w)
			tot.Add(&tot, &term)
		}
		if j == 0 || tot.Cmp(&lo) < 0 {
			lo.Set(&tot)
			lo0 = j
		}
		if j == 0 || tot.Cmp(&hi) >= 0 {
			hi.Set(&tot)
			hi0 = j
		}
	}
	dropped[lo0], dropped[hi0] = true, true
	return dropped
}

// u128 is an unsigned 128-bit integer.
type u128 struct{ hi, lo uint64 }

func (a u128) less(b u128) bool { return a.hi < b.hi || (a.hi == b.hi && a.lo < b.lo) }

// bigInt sets z to a and returns it, reusing z's storage.
func (a u128) bigInt(z *big.Int) *big.Int {
	if bits.UintSize == 64 {
		return z.SetBits(append(z.Bits()[:0], big.Word(a.lo), big.Word(a.hi)))
	}
	z.SetUint64(a.hi)
	z.Lsh(z, 64)
	var lo big.Int
	return z.Or(z, lo.SetUint64(a.lo))
}

// scoreUnits reads a decimal ≥ 0 that socialorg.RatioOf accepts (at most 18 digits, exponent
// −18 … 18, below 2^63) as an exact integer count of 10^-18: at most 9.3 × 10^36, which fits 128
// bits. ok is false for a decimal RatioOf refuses or a negative one. Its cost does not depend on the
// decimal's exponent.
func scoreUnits(d decimal.Decimal) (u128, bool) {
	if _, err := socialorg.RatioOf(d); err != nil || d.Sign() < 0 {
		return u128{}, false
	}
	c, k := uint64(d.CoefficientInt64()), int(d.Exponent())+18 // 0 ≤ k ≤ 36
	if k < len(pow10) {
		hi, lo := bits.Mul64(c, pow10[k])
		return u128{hi, lo}, true
	}
	// c × 10^19 × 10^(k−19); the product fits 128 bits because the value is below 2^63.
	hi, lo := bits.Mul64(c, pow10[19])
	m := pow10[k-19]
	h1, l1 := bits.Mul64(lo, m)
	_, l2 := bits.Mul64(hi, m)
	return u128{h1 + l2, l1}, true
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
	p := socialorg.Problems{Package: "venture"}
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
