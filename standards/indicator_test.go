package standards_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/standards"
)

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func leaf(id string, pts string) standards.Indicator {
	return standards.Indicator{ID: id, Name: "指标" + id, Points: d(pts)}
}

// small is a 1000-point index: two dimensions, a veto leaf, and a 50-point bonus item.
func small() standards.Index {
	return standards.Index{ID: "t", Name: "测试指标", Cite: socialorg.Citation{Document: "测试"},
		Indicators: []standards.Indicator{
			{ID: "A", Name: "治理", Points: d("600"), Children: []standards.Indicator{
				leaf("A1", "300"), leaf("A2", "299.5"), {ID: "A3", Name: "重大违法", Points: d("0.5"), Veto: true}}},
			{ID: "B", Name: "作用", Points: d("400"), Children: []standards.Indicator{leaf("B1", "400")}},
		},
		Bonus: []standards.Indicator{leaf("X1", "50")},
	}
}

func TestScore(t *testing.T) {
	ix := small()
	require.NoError(t, ix.Validate())
	r, err := ix.Score(map[string]decimal.Decimal{"A1": d("300"), "A2": d("250.25"), "B1": d("400"), "X1": d("30")}, nil)
	require.NoError(t, err)
	require.Equal(t, "950.25", r.Base.String())
	require.Equal(t, "980.25", r.Total.String())
	require.Equal(t, "550.25", r.ByIndicator["A"].String())
	require.Equal(t, "0", r.ByIndicator["A3"].String())
	require.Len(t, r.ByIndicator, 7, "every indicator, bonus items too")
	require.False(t, r.Vetoed)
	// What was lost: A2 partially, A3 missing (0.5), X1 partially.
	require.Equal(t, []string{"A2 partial 49.25", "A3 missing 0.5", "X1 partial 20"}, losses(r))

	// A bonus lifts the total above 1000.
	full := map[string]decimal.Decimal{"A1": d("300"), "A2": d("299.5"), "A3": d("0.5"), "B1": d("400"), "X1": d("50")}
	r, err = ix.Score(full, nil)
	require.NoError(t, err)
	require.Equal(t, "1050", r.Total.String())
	require.Equal(t, "1000", r.Max.String())
	require.Empty(t, r.Lost)

	// A veto voids the evaluation; the total is still the sum.
	r, err = ix.Score(full, []string{"A3"})
	require.NoError(t, err)
	require.True(t, r.Vetoed)
	require.Equal(t, "1050", r.Total.String())
	require.Equal(t, "veto", r.Lost[0].Why)
}

func losses(r standards.Result) []string {
	var out []string
	for _, l := range r.Lost {
		out = append(out, l.ID+" "+l.Why+" "+l.Lost.String())
	}
	return out
}

func TestScoreErrors(t *testing.T) {
	ix := small()
	tests := []struct {
		name   string
		points map[string]decimal.Decimal
		vetoes []string
		field  string
	}{
		{"above the maximum", map[string]decimal.Decimal{"A1": d("300.000001")}, nil, "points.A1"},
		{"negative", map[string]decimal.Decimal{"B1": d("-1")}, nil, "points.B1"},
		{"a parent", map[string]decimal.Decimal{"A": d("1")}, nil, "points.A"},
		{"unknown", map[string]decimal.Decimal{"Z": d("1")}, nil, "points.Z"},
		{"too many places", map[string]decimal.Decimal{"A1": d("1.0000001")}, nil, "points.A1"},
		{"hostile exponent", map[string]decimal.Decimal{"A1": decimal.New(1, -1_000_000)}, nil, "points.A1"},
		{"hostile size", map[string]decimal.Decimal{"A1": decimal.New(1, 1_000_000)}, nil, "points.A1"},
		{"unknown veto", nil, []string{"Q"}, "failed_vetoes[0]"},
		{"not a veto", nil, []string{"A1"}, "failed_vetoes[0]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var err error
			noHang(t, func() { _, err = ix.Score(tc.points, tc.vetoes) })
			require.ErrorIs(t, err, socialorg.ErrInvalidInput)
			require.ErrorContains(t, err, tc.field)
		})
	}
	// Trailing zeros beyond six places are fine.
	_, err := ix.Score(map[string]decimal.Decimal{"A1": d("1.50000000")}, nil)
	require.NoError(t, err)
}

func TestValidate(t *testing.T) {
	bad := small()
	bad.Indicators[0].Points = d("601") // children sum to 600
	require.ErrorContains(t, bad.Validate(), "index.indicators[0].points")
	bad = small()
	bad.Indicators[1].Children[0].ID = "A1"
	require.ErrorContains(t, bad.Validate(), "index.indicators[1].children[0].id")
	bad = small()
	bad.Indicators[0].Veto = true
	require.ErrorContains(t, bad.Validate(), "only a leaf may be a veto item")
	bad = small()
	bad.Bonus[0].Children = []standards.Indicator{leaf("X2", "50")}
	require.ErrorContains(t, bad.Validate(), "a bonus item is a leaf")
	bad = small()
	bad.Cite = socialorg.Citation{}
	require.ErrorContains(t, bad.Validate(), "index.cite")
	require.ErrorContains(t, standards.Index{}.Validate(), "index.indicators")

	// Depth and size are bounded.
	deep := leaf("d0", "1")
	for i := 1; i <= 20; i++ {
		deep = standards.Indicator{ID: fmt.Sprintf("d%d", i), Name: "n", Points: d("1"), Children: []standards.Indicator{deep}}
	}
	ix := standards.Index{ID: "x", Name: "x", Cite: socialorg.Citation{Document: "x"}, Indicators: []standards.Indicator{deep}}
	require.ErrorContains(t, ix.Validate(), "at most 8 levels")
	wide := make([]standards.Indicator, 20_000)
	for i := range wide {
		wide[i] = leaf(fmt.Sprint(i), "1")
	}
	ix.Indicators = wide
	var err error
	noHang(t, func() { err = ix.Validate() })
	require.ErrorContains(t, err, "at most 10000 indicators")
	require.Less(t, len(err.Error()), 2000)
}

// noHang runs f and fails the test if it has not returned within hangBound: a hang detector, not
// a measure of speed (the benchmarks measure it).
func noHang(t *testing.T, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
	case <-time.After(hangBound):
		t.Fatalf("did not return within %v", hangBound)
	}
}

// hangBound is how long a call may take before the test calls it hung.
const hangBound = 10 * time.Second

func TestScoreRowMatchesScore(t *testing.T) {
	ix := small()
	s, err := ix.Compile()
	require.NoError(t, err)
	require.Equal(t, []string{"A1", "A2", "A3", "B1", "X1"}, s.Leaves())
	row, err := s.ScoreRow([]decimal.Decimal{d("300"), d("250.25"), {}, d("400"), d("30")}, []string{"A3"})
	require.NoError(t, err)
	require.Equal(t, "980.25", row.Total.String())
	require.True(t, row.Vetoed)
	_, err = s.ScoreRow([]decimal.Decimal{d("1")}, nil)
	require.ErrorContains(t, err, "5 points, one per leaf")
	_, err = s.ScoreRow([]decimal.Decimal{d("301"), {}, {}, {}, {}}, nil)
	require.ErrorContains(t, err, "row[0]")
}

func TestIndexJSON(t *testing.T) {
	ix := small()
	raw, err := json.Marshal(ix)
	require.NoError(t, err)
	require.True(t, strings.Contains(string(raw), `"veto":true`))
	var back standards.Index
	require.NoError(t, json.Unmarshal(raw, &back))
	require.NoError(t, back.Validate())
	r1, _ := ix.Score(map[string]decimal.Decimal{"A1": d("3")}, nil)
	r2, _ := back.Score(map[string]decimal.Decimal{"A1": d("3")}, nil)
	require.True(t, r1.Total.Equal(r2.Total))
}

// FuzzScore: any points the fuzzer makes up are refused with an error or scored with a total
// equal to the sum of the leaves and never above the index's maximum plus its bonus.
func FuzzScore(f *testing.F) {
	f.Add("300", "250.25", "0.5", "400", "30", true)
	f.Add("1e1000", "-1", "0.0000001", "x", "1e-1000", false)
	f.Fuzz(func(t *testing.T, a1, a2, a3, b1, x1 string, veto bool) {
		pts := map[string]decimal.Decimal{}
		for id, s := range map[string]string{"A1": a1, "A2": a2, "A3": a3, "B1": b1, "X1": x1} {
			if len(s) > 64 {
				return
			}
			if v, err := decimal.NewFromString(s); err == nil {
				pts[id] = v
			}
		}
		var vetoes []string
		if veto {
			vetoes = []string{"A3"}
		}
		r, err := small().Score(pts, vetoes)
		if err != nil {
			return
		}
		sum := decimal.Zero
		for _, id := range []string{"A1", "A2", "A3", "B1", "X1"} {
			sum = sum.Add(r.ByIndicator[id])
		}
		if !sum.Equal(r.Total) || r.Total.GreaterThan(d("1050")) || r.Vetoed != veto {
			t.Fatalf("total %s, leaves %s, vetoed %v", r.Total, sum, r.Vetoed)
		}
	})
}

func TestScorerSurvivesJSON(t *testing.T) {
	s, err := small().Compile()
	require.NoError(t, err)
	raw, err := json.Marshal(s)
	require.NoError(t, err)
	var back standards.Scorer
	require.NoError(t, json.Unmarshal(raw, &back))
	require.Equal(t, s.Leaves(), back.Leaves())
	row := []decimal.Decimal{d("1"), d("2"), {}, d("3"), d("4")}
	a, _ := s.ScoreRow(row, nil)
	b, _ := back.ScoreRow(row, nil)
	require.True(t, a.Total.Equal(b.Total))
	require.Error(t, json.Unmarshal([]byte(`{"id":"x"}`), &back), "an invalid index is refused")
}

// TestScoreErrorsDeterministic (issue 18): Scorer.Score reported the problems of a bad points map
// in map order, so the same input gave a different error from run to run. The problems are now
// reported in ID order.
func TestScoreErrorsDeterministic(t *testing.T) {
	ix := standards.Index{ID: "i", Name: "i", Cite: socialorg.Citation{Document: "d"},
		Indicators: []standards.Indicator{{ID: "a", Name: "a", Points: decimal.NewFromInt(10)}}}
	s, err := ix.Compile()
	require.NoError(t, err)
	pts := map[string]decimal.Decimal{"a": decimal.NewFromInt(11)}
	for i := range 80 { // more than the 50 problems an error keeps
		pts[fmt.Sprintf("unknown-%02d", i)] = decimal.NewFromInt(1)
	}
	_, first := s.Score(pts, nil)
	require.Error(t, first)
	require.Contains(t, first.Error(), "points.a", "the sorted first ID")
	require.Contains(t, first.Error(), "unknown-00")
	require.Contains(t, first.Error(), "unknown-48", "the 50 smallest IDs are listed")
	require.NotContains(t, first.Error(), "unknown-49")
	require.Contains(t, first.Error(), `"31": more problems not listed`, "the rest are counted")
	for range 50 {
		_, err := s.Score(pts, nil)
		require.Equal(t, first.Error(), err.Error())
		_, err = ix.Score(pts, nil)
		require.Equal(t, first.Error(), err.Error())
	}
}

// TestIndexJSONBounded: an indicator tree decodes in one pass at bounded cost: a hostile number
// deep in the tree is refused before it is parsed, naming its key, and a deeply nested tree is
// decoded (then refused by Validate) without rescanning each level.
func TestIndexJSONBounded(t *testing.T) {
	digits := strings.Repeat("9", 512<<10)
	doc := `{"id":"i","name":"n","cite":{"document":"d"},"indicators":[{"id":"a","name":"a","points":"1","children":[{"id":"b","name":"b","points":"` + digits + `"}]}]}`
	var ix standards.Index
	var err error
	noHang(t, func() { err = json.Unmarshal([]byte(doc), &ix) })
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
	require.ErrorContains(t, err, "points")
	require.Less(t, len(err.Error()), 400)

	deep := strings.Repeat(`{"id":"x","name":"x","points":"1","children":[`, 4000) + `{"id":"y","name":"y","points":"1"}` + strings.Repeat(`]}`, 4000)
	var in standards.Indicator
	noHang(t, func() { err = json.Unmarshal([]byte(deep), &in) })
	require.NoError(t, err)
	ix = standards.Index{ID: "i", Name: "n", Cite: socialorg.Citation{Document: "d"}, Indicators: []standards.Indicator{in}}
	require.ErrorContains(t, ix.Validate(), "at most 8 levels")
}
