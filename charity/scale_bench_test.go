package charity_test

import (
	"cmp"
	"errors"
	"os"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/charity"
	"github.com/socialorg/socialorg/internal/fen"
	"github.com/socialorg/socialorg/socialorgtest"
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

// realistic generates the gifts of a large charity's year with realistic IDs: 20-byte payment
// serials (a tenth UUIDs), 28-byte donor IDs drawn with a skew from a pool of n/2 donors, 20
// funds, dates over 2025, a tenth purpose-restricted, amounts from 0.01 to 10,000 yuan. Gifts are
// made one at a time (next), as a caller decoding a file would, so that the input does not sit in
// memory beside the ledger.
type realistic struct {
	ids   *socialorgtest.IDs
	start socialorg.Date
	funds []string
	buf   []byte
}

func newRealistic(n int) *realistic {
	r := &realistic{ids: socialorgtest.NewIDs(2026, max(1, n/2)), start: socialorg.MustDate("2025-01-01")}
	for i := 0; i < 20; i++ {
		r.funds = append(r.funds, "fund-"+strconv.Itoa(i))
	}
	return r
}

func (r *realistic) next(i int) charity.Donation {
	x := uint64(i)*0x9e3779b97f4a7c15 + 12345
	r.buf = r.ids.AppendGiftID(r.buf[:0], i)
	id := string(r.buf)
	r.buf = r.ids.AppendDonorID(r.buf[:0], r.ids.NextDonor())
	d := charity.Donation{GiftID: id, Date: r.start.AddDays(int(x % 365)), Fund: r.funds[x>>8%20],
		Donor: string(r.buf), Amount: decimal.New(int64(1+x>>24%1_000_000), -2)}
	if x>>40%10 == 0 {
		d.Restriction, d.Purpose = charity.PurposeRestricted, "助学"
	}
	return d
}

// mapLedger is the floor of ingestion: a plain Go-maps ledger doing the same work as the Ledger
// for each gift (valid UTF-8 ID and donor, amount to fen, a unique gift ID, the fund found, the
// donor interned, one posting, the balance moved, the restricted gift's purpose kept), with the
// same capacity hint.
type mapLedger struct {
	funds    map[string]uint32
	gifts    map[string]mapGift
	donors   map[string]uint32
	names    []string
	balances []int64
	pDay     []int32
	pKey     []uint32
	pAmt     []int64
	pKind    []uint8
}

type mapGift struct {
	purpose string
	amount  int64
	day     int32
	donor   uint32
	fund    uint32
	bits    uint8
}

func newMapLedger(funds []string, n int) *mapLedger {
	m := &mapLedger{funds: map[string]uint32{}, gifts: make(map[string]mapGift, n), donors: map[string]uint32{},
		balances: make([]int64, 4*len(funds)), pDay: make([]int32, 0, n), pKey: make([]uint32, 0, n),
		pAmt: make([]int64, 0, n), pKind: make([]uint8, 0, n)}
	for i, f := range funds {
		m.funds[f] = uint32(i)
	}
	return m
}

func (m *mapLedger) record(d *charity.Donation) error {
	if d.GiftID == "" || len(d.GiftID) > 256 || !utf8.ValidString(d.GiftID) || !utf8.ValidString(d.Donor) || !d.Restriction.IsValid() {
		return errors.New("bad gift")
	}
	v, err := fen.FromDecimal(d.Amount)
	if err != nil || v <= 0 {
		return errors.New("bad amount")
	}
	if _, dup := m.gifts[d.GiftID]; dup {
		return errors.New("duplicate gift")
	}
	f, ok := m.funds[d.Fund]
	if !ok {
		return errors.New("no fund")
	}
	donor, ok := m.donors[d.Donor]
	if !ok {
		donor = uint32(len(m.names))
		m.donors[d.Donor] = donor
		m.names = append(m.names, d.Donor)
	}
	k := f*4 + uint32(d.Restriction)
	bal, ok := fen.Add(m.balances[k], v)
	if !ok {
		return errors.New("overflow")
	}
	m.balances[k] = bal
	day := int32(d.Date.Days())
	m.pDay, m.pKey, m.pAmt, m.pKind = append(m.pDay, day), append(m.pKey, k), append(m.pAmt, v), append(m.pKind, 0)
	m.gifts[d.GiftID] = mapGift{purpose: d.Purpose, amount: v, day: day, donor: donor, fund: f, bits: uint8(d.Restriction)}
	return nil
}

// donors is the floor of Donors: the same rollup over the maps ledger (each gift in the period
// added to its donor, the donors sorted by amount, largest first, then by name).
func (m *mapLedger) donorTotals(lo, hi int32) []charity.DonorTotal {
	type acc struct {
		name   string
		gifts  int
		amount int64
	}
	accs := map[uint32]*acc{}
	for _, g := range m.gifts {
		if g.day < lo || g.day > hi {
			continue
		}
		a := accs[g.donor]
		if a == nil {
			a = &acc{name: m.names[g.donor]}
			accs[g.donor] = a
		}
		a.gifts++
		a.amount += g.amount
	}
	order := make([]*acc, 0, len(accs))
	for _, a := range accs {
		order = append(order, a)
	}
	slices.SortFunc(order, func(a, b *acc) int { return cmp.Or(cmp.Compare(b.amount, a.amount), cmp.Compare(a.name, b.name)) })
	out := make([]charity.DonorTotal, len(order))
	for i, a := range order {
		out[i] = charity.DonorTotal{Donor: a.name, Gifts: a.gifts, Amount: fen.ToDecimal(a.amount), InKind: decimal.Zero}
	}
	return out
}

// procStatus returns a field of /proc/self/status in bytes (VmHWM: the peak resident set; VmRSS:
// the current one), or 0 where there is none.
func procStatus(field string) float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for line := range strings.Lines(string(b)) {
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 64)
			return kb * 1024
		}
	}
	return 0
}

// memRun measures one ingestion: the heap it leaves retained (HeapAlloc after a collection,
// before and after) and the peak resident set it reached, above the resident set at its start.
// The collector is run and memory handed back to the system first, and the peak is reset
// (/proc/self/clear_refs, Linux), so that each run's peak is its own.
func memRun(b *testing.B, run func() any) (retained, peak float64, cpu time.Duration) {
	b.StopTimer()
	debug.FreeOSMemory()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	_ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
	rss := procStatus("VmRSS")
	start := cpuTime()
	b.StartTimer()
	keep := run()
	b.StopTimer()
	cpu = cpuTime() - start
	peak = procStatus("VmHWM") - rss
	runtime.GC()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(keep)
	b.StartTimer()
	return float64(after.HeapAlloc) - float64(before.HeapAlloc), peak, cpu
}

// cpuTime is the processor time the process has used (user and system, every thread: the
// collector's too), which a loaded machine's other work does not inflate as it does wall time.
func cpuTime() time.Duration {
	u := rusage()
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}

// minorFaults is the number of page faults the process has had that the kernel served without
// reading a disk: chiefly pages of fresh memory touched for the first time.
func minorFaults() int64 { return rusage().Minflt }

// rusage is the process's resource usage (all zero when the system does not say).
func rusage() syscall.Rusage {
	var u syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &u) != nil {
		return syscall.Rusage{}
	}
	return u
}

// realisticSizes are the sizes of the realistic-ID benchmarks; LEDGER_10M=1 adds ten million.
func realisticSizes() []int {
	s := []int{100_000, 1_000_000}
	if os.Getenv("LEDGER_10M") != "" {
		s = append(s, 10_000_000)
	}
	return s
}

// BenchmarkIngestRealistic records n gifts with realistic IDs into a Ledger (ledger/n) and into
// the plain Go-maps ledger (maps/n), each sized for them, beside the cost of making the gifts
// alone (input/n: the generator and the decimals, which both include), and reports the time per
// gift (by the clock, and in processor time, every thread's, the collector's too), the heap retained per gift and in all, and the peak resident set above the run's start
// (peak-MB) and as a multiple of the heap retained (peak/retained).
//
// With the collector's default pacing (GOGC=100) the heap may grow to twice what was live at the
// last collection before the next one starts, so the peak depends as much on the garbage the
// caller makes (here the gifts' strings and decimals) as on the ledger; the gogc10 variants run
// the same with the collector started at 10% growth (debug.SetGCPercent(10), as GOGC=10 would),
// which shows the peak the ledger's own layout needs.
func BenchmarkIngestRealistic(b *testing.B) {
	for _, n := range realisticSizes() {
		for _, kind := range []string{"input", "ledger", "maps", "ledger-gogc10", "maps-gogc10"} {
			b.Run(kind+"/"+strconv.Itoa(n), func(b *testing.B) {
				if strings.HasSuffix(kind, "-gogc10") {
					defer debug.SetGCPercent(debug.SetGCPercent(10))
				}
				var retained, peak float64
				var cpu time.Duration
				for b.Loop() {
					r := newRealistic(n)
					var c time.Duration
					retained, peak, c = memRun(b, func() any {
						switch kind {
						case "input":
							var sink int
							for i := range n {
								d := r.next(i)
								sink += len(d.GiftID)
							}
							return sink
						case "maps", "maps-gogc10":
							m := newMapLedger(r.funds, n)
							for i := range n {
								d := r.next(i)
								if err := m.record(&d); err != nil {
									b.Fatal(err)
								}
							}
							return m
						}
						l := newScaleLedger(b, n)
						for i := range n {
							if err := l.RecordDonation(r.next(i)); err != nil {
								b.Fatal(err)
							}
						}
						return l
					})
					cpu += c
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/gift")
				b.ReportMetric(float64(cpu)/float64(b.N)/float64(n), "cpu-ns/gift")
				if kind == "input" {
					return
				}
				b.ReportMetric(retained/float64(n), "B/gift")
				b.ReportMetric(retained/(1<<20), "retained-MB")
				b.ReportMetric(peak/(1<<20), "peak-MB")
				b.ReportMetric(peak/retained, "peak/retained")
			})
		}
	}
}

// BenchmarkDonorsRealistic rolls up the donors of a year of n gifts with realistic IDs: Donors
// (ledger/n, a radix sort of the donors), the comparison-sort rollup it replaced (sort/n:
// charity.DonorsBySort, the same answer), and the same rollup over the maps ledger (maps/n); it reports the time per distinct
// donor, by the clock and in processor time (cpu-ns: less disturbed by a loaded machine), and the
// page faults per donor (fresh memory touched). ledger-fresh is Donors with the free memory handed
// back to the system before each call, so that every page it allocates is fresh (what a fault
// costs the machine: BenchmarkFreshPages).
func BenchmarkDonorsRealistic(b *testing.B) {
	// donorCount is the number of distinct donors of n realistic gifts (the ID generator's draws
	// alone, without a ledger).
	donorCount := func(n int) int {
		ids := socialorgtest.NewIDs(2026, max(1, n/2))
		seen := make(map[int]struct{})
		for range n {
			seen[ids.NextDonor()] = struct{}{}
		}
		return len(seen)
	}
	year := socialorg.Year(2025)
	for _, n := range realisticSizes() {
		// Each ledger is built when a row first needs it (the same gifts for both), so that a run
		// of one row builds one: the first call of a fresh process is then that row's first
		// call (-benchtime 1x).
		var l *charity.Ledger
		var m *mapLedger
		ledger := func() {
			if l == nil {
				r := newRealistic(n)
				l = newScaleLedger(b, n)
				for i := range n {
					if err := l.RecordDonation(r.next(i)); err != nil {
						b.Fatal(err)
					}
				}
			}
		}
		maps := func() {
			if m == nil {
				r := newRealistic(n)
				m = newMapLedger(r.funds, n)
				for i := range n {
					d := r.next(i)
					if err := m.record(&d); err != nil {
						b.Fatal(err)
					}
				}
			}
		}
		lo, hi := int32(socialorg.MustDate("2025-01-01").Days()), int32(socialorg.MustDate("2025-12-31").Days())
		for _, c := range []struct {
			name  string
			build func()
			run   func() []charity.DonorTotal
		}{
			{"ledger", ledger, func() []charity.DonorTotal { return l.Donors(year) }},
			{"ledger-fresh", ledger, func() []charity.DonorTotal { return l.Donors(year) }},
			{"sort", ledger, func() []charity.DonorTotal { return charity.DonorsBySort(l, year) }},
			{"maps", maps, func() []charity.DonorTotal { return m.donorTotals(lo, hi) }},
		} {
			b.Run(c.name+"/"+strconv.Itoa(n), func(b *testing.B) {
				c.build()
				donors := donorCount(n)
				runtime.GC() // the garbage of the rows before, and of the building, is not this row's to collect
				cpu, faults := cpuTime(), minorFaults()
				for b.Loop() {
					if c.name == "ledger-fresh" {
						// Every page the call touches is fresh: the collector has run and handed
						// the free memory back to the system, so that the call pays for a page
						// fault on each page it allocates (the worst case, and the same for
						// every version measured).
						b.StopTimer()
						c0, f0 := cpuTime(), minorFaults()
						donorsSink = nil
						debug.FreeOSMemory()
						cpu, faults = cpu+cpuTime()-c0, faults+minorFaults()-f0 // not the call's
						b.StartTimer()
					}
					donorsSink = c.run()
				}
				b.ReportMetric(float64(minorFaults()-faults)/float64(b.N)/float64(donors), "faults/donor")
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(donors), "ns/donor")
				b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N)/float64(donors), "cpu-ns/donor")
				b.ReportMetric(float64(donors), "donors")
			})
		}
	}
}

var pageSink []byte

// BenchmarkFreshPages is what fresh memory costs the machine: 64 MiB allocated after the free
// memory was handed back to the system, one byte written in each 4 KiB page; it reports the time
// and the page faults per page. The floor of any call that allocates: ledger-fresh rows of
// BenchmarkDonorsRealistic pay it on every page they touch.
func BenchmarkFreshPages(b *testing.B) {
	const size, page = 64 << 20, 4 << 10
	var faults int64
	for b.Loop() {
		b.StopTimer()
		pageSink = nil
		debug.FreeOSMemory()
		f := minorFaults()
		b.StartTimer()
		pageSink = make([]byte, size)
		for i := 0; i < size; i += page {
			pageSink[i] = 1
		}
		faults += minorFaults() - f
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/(size/page), "ns/page")
	b.ReportMetric(float64(faults)/float64(b.N)/(size/page), "faults/page")
}
