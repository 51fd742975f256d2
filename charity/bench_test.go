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
// benchFloor is what the floors of the ledger's reads need of bench1M's postings: day, signed
// amount, whether restricted, and the statement line.
type benchFloor struct {
	days       []int32
	amounts    []int64
	restricted []bool
	line       []uint8 // 0–7 income categories, 8–11 expense categories
}

var bench1MFloor benchFloor

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
			cat := 2 + r.IntN(6)
			err = l.RecordIncome(charity.Income{Date: date, Fund: fund, Category: charity.IncomeCategory(cat), Amount: amt})
			amounts = append(amounts, v)
			bench1MFloor.add(date, v, false, uint8(cat))
		case k < 9:
			cat := 1 + r.IntN(4)
			err = l.RecordExpense(charity.Expense{Date: date, Fund: fund, Category: charity.ExpenseCategory(cat), Amount: amt})
			amounts = append(amounts, -v)
			bench1MFloor.add(date, -v, false, uint8(7+cat))
		default:
			class := charity.Unrestricted
			if r.IntN(2) == 0 {
				class = charity.PurposeRestricted
			}
			err = l.RecordDonation(charity.Donation{GiftID: "g" + itoa(n), Date: date, Fund: fund, Amount: amt, Restriction: class, Purpose: "p"})
			amounts = append(amounts, v)
			bench1MFloor.add(date, v, class != charity.Unrestricted, 1)
		}
		if err != nil {
			panic(err)
		}
	}
	return l, amounts
})

func (f *benchFloor) add(d socialorg.Date, v int64, restricted bool, line uint8) {
	f.days = append(f.days, int32(d.Days()))
	f.amounts = append(f.amounts, v)
	f.restricted = append(f.restricted, restricted)
	f.line = append(f.line, line)
}

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

var decSink [2]int64

// BenchmarkNetAssets1M reads the net assets at a date over 1,000,000 postings. Its floor is
// BenchmarkNetAssetsFloor1M.
func BenchmarkNetAssets1M(b *testing.B) {
	l, _ := bench1M()
	at := day("2025-06-30")
	for b.Loop() {
		u, r, err := l.NetAssets(at)
		if err != nil {
			b.Fatal(err)
		}
		_, _ = u, r
	}
}

// BenchmarkNetAssetsFloor1M sums the same postings up to the date, split by class, in a plain
// branch-free loop over flat arrays.
func BenchmarkNetAssetsFloor1M(b *testing.B) {
	bench1M()
	f := bench1MFloor
	end := int64(day("2025-06-30").Days())
	for b.Loop() {
		var u, r int64
		for i, v := range f.amounts {
			in := ^((end - int64(f.days[i])) >> 63)
			res := int64(0)
			if f.restricted[i] {
				res = -1
			}
			a := v & in
			r += a & res
			u += a &^ res
		}
		decSink = [2]int64{u, r}
	}
}

var statementSink charity.Statement

// BenchmarkStatement1M builds the statement of activities for 2025 over 1,000,000 postings. Its
// floor is BenchmarkStatementFloor1M.
func BenchmarkStatement1M(b *testing.B) {
	l, _ := bench1M()
	for b.Loop() {
		statementSink = l.Statement(socialorg.Year(2025))
	}
}

// BenchmarkStatementFloor1M sums the same postings of 2025 into their statement lines by class,
// branch-free, over flat arrays.
func BenchmarkStatementFloor1M(b *testing.B) {
	bench1M()
	f := bench1MFloor
	lo, hi := int64(day("2025-01-01").Days()), int64(day("2025-12-31").Days())
	for b.Loop() {
		var acc [12][2]int64
		for i, v := range f.amounts {
			d := int64(f.days[i])
			out := ((d - lo) | (hi - d)) >> 63
			r := 0
			if f.restricted[i] {
				r = 1
			}
			acc[f.line[i]][r] += v &^ out
		}
		decSink = [2]int64{acc[1][0], acc[1][1]}
	}
}
