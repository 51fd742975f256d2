package charity_test

import (
	"testing"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/charity"
	"github.com/socialorg/socialorg/registry"
)

// BenchmarkCmpSpending judges 200 foundations, half with the public-fundraising qualification:
// the before/after comparison of BENCHMARKS.md (it uses only what the API had before the rule
// vocabulary).
func BenchmarkCmpSpending(b *testing.B) {
	var ins []charity.SpendingInput
	for i := 0; i < 200; i++ {
		ins = append(ins, charity.SpendingInput{Kind: registry.Foundation, PublicFundraising: i%2 == 0,
			PriorYearIncome: decimal.New(int64(1_000_000+i*1000), 0), PriorYearNetAssets: decimal.New(int64(3_000_000+i*50_000), 0),
			CharitableExpenditure: decimal.New(int64(700_000+i*900), 0), ManagementExpense: decimal.New(int64(50_000+i*100), 0),
			TotalExpenditure: decimal.New(int64(900_000+i*1000), 0)})
	}
	at := socialorg.MustDate("2026-03-31")
	for b.Loop() {
		for _, in := range ins {
			if _, err := charity.CheckAnnualSpending(in, at); err != nil {
				b.Fatal(err)
			}
		}
	}
}
