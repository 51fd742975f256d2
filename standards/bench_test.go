package standards_test

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"

	"github.com/socialorg/socialorg/standards"
)

// rows32 is 10,000 organizations' points on the 32 leaves of a brand-shaped index (two decimals).
func rows32(b *testing.B) (*standards.Scorer, [][]decimal.Decimal) {
	bs, m, v := brandLevels([3][]int{{3, 3, 3, 2}, {3, 3, 3, 3}, {3, 3, 3}})
	ix, err := standards.BrandIndex2020(bs, m, v)
	if err != nil {
		b.Fatal(err)
	}
	s, err := ix.Compile()
	if err != nil {
		b.Fatal(err)
	}
	r := rand.New(rand.NewPCG(1, 2))
	rows := make([][]decimal.Decimal, 10_000)
	for i := range rows {
		rows[i] = make([]decimal.Decimal, 32)
		for j := range rows[i] {
			rows[i][j] = decimal.New(int64(r.IntN(1001)), -2) // 0.00 … 10.00
		}
	}
	return s, rows
}

// BenchmarkScore10k scores 10,000 organizations against a 32-leaf index (Scorer.ScoreRow: every
// point checked against its leaf's maximum, exact totals). Its floor is BenchmarkSumPoints10k.
func BenchmarkScore10k(b *testing.B) {
	s, rows := rows32(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, row := range rows {
			if _, err := s.ScoreRow(row, nil); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkSumPoints10k is the floor: summing the same points in a plain loop of decimal.Add.
func BenchmarkSumPoints10k(b *testing.B) {
	_, rows := rows32(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, row := range rows {
			t := decimal.Zero
			for _, p := range row {
				t = t.Add(p)
			}
			_ = t
		}
	}
}

// BenchmarkIndexScore10k is the contract's Index.Score on the same rows: it validates the index
// and builds the per-indicator map for every organization.
func BenchmarkIndexScore10k(b *testing.B) {
	s, rows := rows32(b)
	ix := s.Index()
	leaves := s.Leaves()
	maps := make([]map[string]decimal.Decimal, len(rows))
	for i, row := range rows {
		maps[i] = make(map[string]decimal.Decimal, len(row))
		for j, p := range row {
			maps[i][leaves[j]] = p
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, m := range maps {
			if _, err := ix.Score(m, nil); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkIndexJSON decodes indices of 33, 330 and 3,300 leaves (Index.UnmarshalJSON: one scan
// for long numbers, one decoding pass, one conversion of the tree).
func BenchmarkIndexJSON(b *testing.B) {
	for _, k := range []int{1, 10, 100} {
		ix := standards.Index{ID: "i", Name: "n", Cite: socialorg.Citation{Document: "d"}}
		for i := range 3 * k {
			sec := standards.Indicator{ID: fmt.Sprintf("s%d", i), Name: "二级指标", Points: decimal.NewFromInt(110)}
			for j := range 11 {
				sec.Children = append(sec.Children, standards.Indicator{ID: fmt.Sprintf("s%d.%d", i, j), Name: "三级指标", Points: decimal.NewFromInt(10)})
			}
			ix.Indicators = append(ix.Indicators, sec)
		}
		raw, err := json.Marshal(ix)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("leaves=%d", 33*k), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(raw)))
			for b.Loop() {
				var back standards.Index
				if err := json.Unmarshal(raw, &back); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
