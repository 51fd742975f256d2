package charity_test

import (
	"os"
	"runtime"
	"strconv"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/charity"
)

// scaleSizes are the sizes of the scaling benchmarks; LEDGER_10M=1 adds ten million.
func scaleSizes() []int {
	s := []int{1_000, 10_000, 100_000, 1_000_000}
	if os.Getenv("LEDGER_10M") != "" {
		s = append(s, 10_000_000)
	}
	return s
}

// gifts returns n donations of a large charity's year: 20 funds, donors each giving a few times
// (n/3 donors), a tenth restricted, amounts from 0.01 to 10,000 yuan.
func gifts(n int) []charity.Donation {
	out := make([]charity.Donation, n)
	start := socialorg.MustDate("2025-01-01")
	donors := max(1, n/3)
	for i := range out {
		x := uint64(i)*0x9e3779b97f4a7c15 + 12345
		d := charity.Donation{GiftID: "g" + strconv.Itoa(i), Date: start.AddDays(int(x % 365)), Fund: "fund-" + strconv.Itoa(int(x>>8%20)),
			Donor: "donor-" + strconv.Itoa(int(x>>16%uint64(donors))), Amount: decimal.New(int64(1+x>>24%1_000_000), -2)}
		if x>>40%10 == 0 {
			d.Restriction, d.Purpose = charity.PurposeRestricted, "助学"
		}
		out[i] = d
	}
	return out
}

func newScaleLedger(b *testing.B, n int) *charity.Ledger {
	var funds []charity.Fund
	for i := 0; i < 20; i++ {
		funds = append(funds, charity.Fund{ID: "fund-" + strconv.Itoa(i)})
	}
	l, err := charity.NewLedger(funds...)
	if err != nil {
		b.Fatal(err)
	}
	l.Grow(n)
	return l
}

// BenchmarkIngest records n donations into a ledger sized for them (Grow), and reports the time
// and the heap the ledger retains per gift: both should stay flat from 1k to 10M.
func BenchmarkIngest(b *testing.B) {
	for _, n := range scaleSizes() {
		ds := gifts(n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			var retained uint64
			for b.Loop() {
				b.StopTimer()
				runtime.GC()
				var before runtime.MemStats
				runtime.ReadMemStats(&before)
				l := newScaleLedger(b, n)
				b.StartTimer()
				for i := range ds {
					if err := l.RecordDonation(ds[i]); err != nil {
						b.Fatal(err)
					}
				}
				b.StopTimer()
				runtime.GC()
				var after runtime.MemStats
				runtime.ReadMemStats(&after)
				retained = after.HeapAlloc - before.HeapAlloc
				runtime.KeepAlive(l)
				b.StartTimer()
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/gift")
			b.ReportMetric(float64(retained)/float64(n), "B/gift")
		})
	}
}

var donorsSink []charity.DonorTotal

// BenchmarkDonors rolls up the donors of ledgers of 1k to 1M gifts (n/3 donors).
func BenchmarkDonors(b *testing.B) {
	for _, n := range scaleSizes() {
		l := newScaleLedger(b, n)
		for _, d := range gifts(n) {
			if err := l.RecordDonation(d); err != nil {
				b.Fatal(err)
			}
		}
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				donorsSink = l.Donors(socialorg.Year(2025))
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n/3), "ns/donor")
		})
	}
}

// BenchmarkReplayDays replays a journal whose one restricted balance moves on 10k, 100k and 1M
// distinct days in shuffled order (a gift and a release each day). Near-linear: 100× the days
// within 150× the time.
func BenchmarkReplayDays(b *testing.B) {
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		j := daysJournal(b, n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				if _, err := charity.Replay(j); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/day")
		})
	}
}

// BenchmarkSplitExpense records one expense split by equal shares across 655, 6,553 and 65,536
// funds (the most a split takes). Near-linear: 100× the parts within 150× the time.
func BenchmarkSplitExpense(b *testing.B) {
	for _, n := range []int{655, 6_553, 65_536} {
		funds, parts := splitParts(n)
		e := charity.Expense{Date: socialorg.MustDate("2025-01-01"), Category: charity.Management, Amount: decimal.New(int64(n), 0)}
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				b.StopTimer()
				l, err := charity.NewLedger(funds...)
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				if err := l.RecordSplitExpense(e, parts); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/part")
		})
	}
}

// BenchmarkJournalReplay lists the journal of n gifts (Journal: each entry encoded and hashed
// for its digest) and replays it (Replay: each digest checked), for 1k, 10k and 100k gifts.
func BenchmarkJournalReplay(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		l := newScaleLedger(b, n)
		for _, d := range gifts(n) {
			if err := l.RecordDonation(d); err != nil {
				b.Fatal(err)
			}
		}
		j := l.Journal()
		b.Run("journal/"+strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				j = l.Journal()
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/entry")
		})
		b.Run("replay/"+strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				if _, err := charity.Replay(j); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/entry")
		})
	}
}
