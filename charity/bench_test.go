package charity_test

import (
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/charity"
)

// bench1M is a ledger of 1,000,000 entries over 20 funds and two years (60% other income, 30%
// expenses, 10% donations, some restricted), and the signed amounts, in fen, of its postings in
// the order recorded: the same numbers the baseline sums.
var bench1M = sync.OnceValues(func() (*charity.Ledger, []int64) {
	r := rand.New(rand.NewPCG(2026, 11))
	var funds []charity.Fund
	for i := 0; i < 20; i++ {
		funds = append(funds, charity.Fund{ID: "fund-" + string(rune('a'+i))})
	}
	l, err := charity.NewLedger(funds...)
	if err != nil {
		panic(err)
	}
	amounts := make([]int64, 0, 1_000_000)
	start := day("2024-01-01")
	for n := 0; n < 1_000_000; n++ {
		fund := funds[r.IntN(len(funds))].ID
		date := start.AddDays(r.IntN(730))
		v := int64(1 + r.IntN(1_000_000))
		amt := decimal.New(v, -2)
		switch k := r.IntN(10); {
		case k < 6:
			err = l.RecordIncome(charity.Income{Date: date, Fund: fund, Category: charity.IncomeCategory(2 + r.IntN(6)), Amount: amt})
			amounts = append(amounts, v)
		case k < 9:
			err = l.RecordExpense(charity.Expense{Date: date, Fund: fund, Category: charity.ExpenseCategory(1 + r.IntN(4)), Amount: amt})
			amounts = append(amounts, -v)
		default:
			class := charity.Unrestricted
			if r.IntN(2) == 0 {
				class = charity.PurposeRestricted
			}
			err = l.RecordDonation(charity.Donation{GiftID: "g" + itoa(n), Date: date, Fund: fund, Amount: amt, Restriction: class, Purpose: "p"})
			amounts = append(amounts, v)
		}
		if err != nil {
			panic(err)
		}
	}
	return l, amounts
})

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(b[i:])
		}
	}
}

var totalsSink charity.Totals

// BenchmarkLedgerTotals1M computes the totals per fund and restriction over 1,000,000 recorded
// entries. Target: ≤ 3× BenchmarkSumInt64Baseline1M, measured in the same run; no allocation per
// entry (the result's few slices only).
func BenchmarkLedgerTotals1M(b *testing.B) {
	l, _ := bench1M()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		totalsSink = l.Totals(socialorg.Period{})
	}
}

// BenchmarkLedgerTotals1MYear is the same over one year of the two: a date test per posting.
func BenchmarkLedgerTotals1MYear(b *testing.B) {
	l, _ := bench1M()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		totalsSink = l.Totals(socialorg.Year(2025))
	}
}

var sumSink int64

// BenchmarkSumInt64Baseline1M is a plain int64 sum over the same 1,000,000 amounts.
func BenchmarkSumInt64Baseline1M(b *testing.B) {
	_, amounts := bench1M()
	b.ResetTimer()
	for b.Loop() {
		var s int64
		for _, v := range amounts {
			s += v
		}
		sumSink = s
	}
}
