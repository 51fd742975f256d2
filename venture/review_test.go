package venture_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg/venture"
)

var criteria = []venture.Criterion{
	{ID: "need", Weight: d("0.4"), Max: d("100")},
	{ID: "design", Weight: d("0.35"), Max: d("100")},
	{ID: "budget", Weight: d("0.25"), Max: d("100")},
}

// reviewsOf gives each expert's scores of one application: scores[e][c].
func reviewsOf(app string, scores ...[3]string) []venture.Review {
	var out []venture.Review
	for e, s := range scores {
		for c, v := range s {
			out = append(out, venture.Review{Application: app, Expert: string(rune('A' + e)), Criterion: criteria[c].ID, Score: d(v)})
		}
	}
	return out
}

func TestTrimmedMean(t *testing.T) {
	rv := reviewsOf("P1",
		[3]string{"90", "80", "70"},
		[3]string{"60", "80", "70"},  // lowest on need: dropped
		[3]string{"100", "80", "70"}, // highest on need: dropped
		[3]string{"80", "80", "70"},
		[3]string{"85", "80", "70"})
	sheet, err := venture.ScoreReviews(criteria, rv)
	require.NoError(t, err)
	require.Equal(t, "trimmed-mean", sheet.Method)
	row := sheet.Rows[0]
	need := row.Criteria[0]
	require.Equal(t, "85", need.Mean.String(), "(90+80+85)/3")
	require.True(t, need.Scores[1].Dropped && need.Scores[2].Dropped)
	// 0.4×85 + 0.35×80 + 0.25×70 = 34 + 28 + 17.5
	require.Equal(t, "79.5", row.Total.String())

	plain, err := venture.ScoreReviews(criteria, rv, venture.PlainMean())
	require.NoError(t, err)
	require.Equal(t, "83", plain.Rows[0].Criteria[0].Mean.String(), "(90+60+100+80+85)/5")

	// Four experts: no trimming.
	sheet, err = venture.ScoreReviews(criteria, reviewsOf("P1",
		[3]string{"90", "80", "70"}, [3]string{"60", "80", "70"}, [3]string{"100", "80", "70"}, [3]string{"80", "80", "70"}))
	require.NoError(t, err)
	require.Equal(t, "82.5", sheet.Rows[0].Criteria[0].Mean.String())
}

// TestRanksAreExact: a total of 1/3 against 0.333333 (equal at six places) ranks on the exact
// value; equal totals rank by ID.
func TestRanksAreExact(t *testing.T) {
	one := []venture.Criterion{{ID: "c", Weight: d("1"), Max: d("10")}}
	rv := []venture.Review{
		{Application: "A", Expert: "1", Criterion: "c", Score: d("0")},
		{Application: "A", Expert: "2", Criterion: "c", Score: d("0")},
		{Application: "A", Expert: "3", Criterion: "c", Score: d("1")}, // 1/3
		{Application: "B", Expert: "1", Criterion: "c", Score: d("0.333333")},
		{Application: "C", Expert: "1", Criterion: "c", Score: d("0.333333")},
	}
	sheet, err := venture.ScoreReviews(one, rv)
	require.NoError(t, err)
	require.Equal(t, []string{"A", "B", "C"}, []string{sheet.Rows[0].Application, sheet.Rows[1].Application, sheet.Rows[2].Application})
	require.Equal(t, "0.333333", sheet.Rows[0].Total.String())
	require.Equal(t, []int{1, 2, 3}, []int{sheet.Rows[0].Rank, sheet.Rows[1].Rank, sheet.Rows[2].Rank})

	applied, err := sheet.Apply([]venture.Application{{ID: "C"}, {ID: "A"}})
	require.NoError(t, err)
	require.Equal(t, "0.333333", applied[0].Score.String())
	_, err = sheet.Apply([]venture.Application{{ID: "Z"}})
	require.ErrorContains(t, err, "applications[0].id")
}

func TestReviewErrors(t *testing.T) {
	bad := []venture.Criterion{{ID: "a", Weight: d("0.5"), Max: d("10")}, {ID: "b", Weight: d("0.4"), Max: d("10")}}
	_, err := venture.ScoreReviews(bad, nil)
	require.ErrorContains(t, err, "weights sum to exactly 1")
	_, err = venture.ScoreReviews([]venture.Criterion{{ID: "a", Weight: d("1.5"), Max: d("0")}, {ID: "a", Weight: d("-0.5"), Max: d("1")}}, nil)
	for _, f := range []string{"criteria[0].weight", "criteria[0].max", "criteria[1].id", "criteria[1].weight"} {
		require.ErrorContains(t, err, f)
	}
	_, err = venture.ScoreReviews(criteria, []venture.Review{
		{Application: "P", Expert: "A", Criterion: "need", Score: d("101")},
		{Application: "P", Expert: "A", Criterion: "nope", Score: d("1")},
		{Application: "P", Expert: "A", Criterion: "design", Score: d("-1")},
	})
	for _, f := range []string{"reviews[0].score", "reviews[1].criterion", "reviews[2].score"} {
		require.ErrorContains(t, err, f)
	}
	_, err = venture.ScoreReviews(criteria, reviewsOf("P", [3]string{"1", "1", "1"})[:2])
	require.ErrorContains(t, err, "a score on criterion budget")
	rv := reviewsOf("P", [3]string{"1", "1", "1"})
	_, err = venture.ScoreReviews(criteria, append(rv, rv[0]))
	require.ErrorContains(t, err, "one score per expert")
}

// TestTrimTotals: 「去掉一个最高分和一个最低分」 read per expert total (TrimTotals) drops the experts
// with the lowest and the highest Σ weight × score from every criterion; the default reads it per
// criterion, unchanged. Of two equal highest totals the later expert is dropped.
func TestTrimTotals(t *testing.T) {
	two := []venture.Criterion{{ID: "a", Weight: d("0.5"), Max: d("100")}, {ID: "b", Weight: d("0.5"), Max: d("100")}}
	var rv []venture.Review
	for e, s := range [][2]string{{"100", "20"}, {"30", "30"}, {"70", "70"}, {"60", "60"}, {"50", "90"}} { // totals 60 30 70 60 70
		for c := range 2 {
			rv = append(rv, venture.Review{Application: "P", Expert: fmt.Sprint("E", e+1), Criterion: two[c].ID, Score: d(s[c])})
		}
	}
	byCrit, err := venture.ScoreReviews(two, rv)
	require.NoError(t, err)
	require.Equal(t, venture.MethodTrimmedMean, byCrit.Method)
	require.Contains(t, byCrit.Note, "去掉一个最高分和一个最低分")
	require.Contains(t, byCrit.Note, fmt.Sprintf("from %d experts on", venture.TrimFrom))
	// a: drop E2 (30) and E1 (100): (70+60+50)/3 = 60; b: drop E1 (20) and E5 (90): (30+70+60)/3.
	require.Equal(t, "60", byCrit.Rows[0].Criteria[0].Mean.String())
	require.Equal(t, "53.333333", byCrit.Rows[0].Criteria[1].Mean.String())
	require.Equal(t, "56.666667", byCrit.Rows[0].Total.String())

	byTotal, err := venture.ScoreReviews(two, rv, venture.TrimTotals())
	require.NoError(t, err)
	require.Equal(t, venture.MethodTrimmedMeanOfTotals, byTotal.Method)
	require.Contains(t, byTotal.Note, "去掉一个最高分和一个最低分")
	require.Contains(t, byTotal.Note, "per expert total")
	// Drop E2 (lowest total, 30) and E5 (the later of the two highest, 70): E1, E3, E4 kept.
	for _, cs := range byTotal.Rows[0].Criteria {
		var drop []string
		for _, s := range cs.Scores {
			if s.Dropped {
				drop = append(drop, s.Expert)
			}
		}
		require.Equal(t, []string{"E2", "E5"}, drop, cs.Criterion)
	}
	require.Equal(t, "76.666667", byTotal.Rows[0].Criteria[0].Mean.String(), "(100+70+60)/3")
	require.Equal(t, "50", byTotal.Rows[0].Criteria[1].Mean.String(), "(20+70+60)/3")
	require.Equal(t, "63.333333", byTotal.Rows[0].Total.String())

	// Fewer than TrimFrom experts: nothing dropped either way.
	few, err := venture.ScoreReviews(two, rv[:8], venture.TrimTotals())
	require.NoError(t, err)
	require.Equal(t, "55", few.Rows[0].Total.String(), "(60+30+70+60)/4")

	// Under TrimTotals every expert scores every criterion.
	_, err = venture.ScoreReviews(two, rv[:9], venture.TrimTotals())
	require.ErrorContains(t, err, "every expert scores every criterion")
	_, err = venture.ScoreReviews(two, rv, venture.TrimTotals(), venture.PlainMean())
	require.ErrorContains(t, err, "one of PlainMean and TrimTotals")
	plain, err := venture.ScoreReviews(two, rv, venture.PlainMean())
	require.NoError(t, err)
	require.Equal(t, venture.MethodMean, plain.Method)
}

// TestManyExperts (issue 18): 60,000 experts on one application were quadratic (about 13 s); the
// bound here is generous, the speed is measured by BenchmarkScoreReviews.
func TestManyExperts(t *testing.T) {
	if testing.Short() {
		t.Skip("60,000 reviews")
	}
	one := []venture.Criterion{{ID: "c", Weight: d("1"), Max: d("100")}}
	rv := make([]venture.Review, 60_000)
	for i := range rv {
		rv[i] = venture.Review{Application: "P", Expert: fmt.Sprint("E", 100000+i), Criterion: "c", Score: decimal.NewFromInt(int64(i % 101))}
	}
	start := time.Now()
	sheet, err := venture.ScoreReviews(one, rv)
	require.NoError(t, err)
	require.Less(t, time.Since(start), 5*time.Second)
	require.Len(t, sheet.Rows[0].Criteria[0].Scores, 60_000)
	// A duplicate among them is still found, and named by its index.
	rv = append(rv, rv[31_415])
	_, err = venture.ScoreReviews(one, rv)
	require.ErrorContains(t, err, "reviews[60000].expert")
}

// TestMissingCriteriaAtScale: 200,000 applications with one score each on a review of 100
// criteria are refused in memory proportional to the reviews (not applications × criteria), with
// the first problems listed and the rest counted.
func TestMissingCriteriaAtScale(t *testing.T) {
	if testing.Short() {
		t.Skip("200,000 reviews")
	}
	crit := make([]venture.Criterion, 100)
	for i := range crit {
		crit[i] = venture.Criterion{ID: fmt.Sprint("c", i), Weight: d("0.01"), Max: d("10")}
	}
	rv := make([]venture.Review, 200_000)
	for i := range rv {
		rv[i] = venture.Review{Application: fmt.Sprint("A", i), Expert: "E", Criterion: "c0", Score: d("1")}
	}
	start := time.Now()
	_, err := venture.ScoreReviews(crit, rv)
	require.ErrorContains(t, err, "a score on criterion c1")
	require.ErrorContains(t, err, "more are missing")
	require.Less(t, len(err.Error()), 20_000, "a bounded error")
	require.Less(t, time.Since(start), 5*time.Second)
}
