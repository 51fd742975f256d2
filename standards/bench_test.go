package standards_test

import (
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"

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
