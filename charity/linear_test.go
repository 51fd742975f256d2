package charity_test

import (
	"math/rand/v2"
	"strconv"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg/charity"
)

// daysJournal is the journal of a ledger whose one purpose-restricted balance moves on n distinct
// days, in shuffled order: a gift of 10.00 and a release of 4.00 each day, so that every release
// is checked against the balance at every later date.
func daysJournal(tb testing.TB, n int) []charity.JournalEntry {
	tb.Helper()
	l, err := charity.NewLedger(charity.Fund{ID: "f"})
	require.NoError(tb, err)
	start := day("1800-01-01")
	r := rand.New(rand.NewPCG(uint64(n), 7))
	for _, k := range r.Perm(n) {
		on := start.AddDays(k)
		require.NoError(tb, l.RecordDonation(charity.Donation{GiftID: "g" + strconv.Itoa(k), Date: on, Fund: "f", Amount: decimal.New(1000, -2),
			Restriction: charity.PurposeRestricted, Purpose: "p"}))
		require.NoError(tb, l.RecordRelease(charity.Release{Date: on, Fund: "f", From: charity.PurposeRestricted, Amount: decimal.New(400, -2),
			Reason: charity.PurposeFulfilled}))
	}
	return l.Journal()
}

// splitParts returns n funds and a split of an expense of n yuan across them, by equal shares.
func splitParts(n int) ([]charity.Fund, []charity.Part) {
	funds := make([]charity.Fund, n)
	parts := make([]charity.Part, n)
	for i := range funds {
		funds[i] = charity.Fund{ID: "f" + strconv.Itoa(i)}
		parts[i] = charity.Part{Fund: funds[i].ID, Share: decimal.New(1, 0)}
	}
	return funds, parts
}

// notSlower checks that f costs at most 4× what ref, a linear workload on the same amount of data,
// costs in the same run: the least of three interleaved runs of each, and up to three attempts,
// so that a burst of load elsewhere does not fail it. Both touch as much memory, so caches favour
// neither; a quadratic f is tens of times slower.
func notSlower(t *testing.T, what string, f, ref func()) {
	t.Helper()
	var ratio float64
	for range 3 {
		tf, tr := time.Duration(1<<63-1), time.Duration(1<<63-1)
		for range 3 {
			start := time.Now()
			f()
			tf = min(tf, time.Since(start))
			start = time.Now()
			ref()
			tr = min(tr, time.Since(start))
		}
		ratio = float64(tf) / float64(tr)
		t.Logf("%s: %v, linear reference %v (%.2f×)", what, tf, tr, ratio)
		if ratio < 4 {
			return
		}
	}
	t.Fatalf("%s costs %.1f× its linear reference", what, ratio)
}

// oneDayJournal is daysJournal's entries all on one day: the same work without the days.
func oneDayJournal(tb testing.TB, n int) []charity.JournalEntry {
	tb.Helper()
	l, err := charity.NewLedger(charity.Fund{ID: "f"})
	require.NoError(tb, err)
	on := day("1800-01-01")
	for k := range n {
		require.NoError(tb, l.RecordDonation(charity.Donation{GiftID: "g" + strconv.Itoa(k), Date: on, Fund: "f", Amount: decimal.New(1000, -2),
			Restriction: charity.PurposeRestricted, Purpose: "p"}))
		require.NoError(tb, l.RecordRelease(charity.Release{Date: on, Fund: "f", From: charity.PurposeRestricted, Amount: decimal.New(400, -2),
			Reason: charity.PurposeFulfilled}))
	}
	return l.Journal()
}

// TestReplayNearLinearInDays: replaying a journal whose one restricted balance moves on 32,000
// distinct days in shuffled order costs about what the same entries on one day cost (it was
// quadratic in the days: a sorted array with inserts in the middle and a scan from the start for
// every reduction; 40× the reference). Issue 18.
func TestReplayNearLinearInDays(t *testing.T) {
	if testing.Short() {
		t.Skip("timing")
	}
	days, oneDay := daysJournal(t, 32_000), oneDayJournal(t, 32_000)
	replay := func(j []charity.JournalEntry) func() {
		return func() {
			_, err := charity.Replay(j)
			require.NoError(t, err)
		}
	}
	notSlower(t, "replay of 32,000 days", replay(days), replay(oneDay))
}

// TestSplitNearLinearInParts: one expense split across 65,536 funds costs no more than 65,536
// expenses of one fund each (it was quadratic: each posting looked for its balance among the
// earlier ones; 40× the reference). Issue 18.
func TestSplitNearLinearInParts(t *testing.T) {
	if testing.Short() {
		t.Skip("timing")
	}
	const n = 65_536
	funds, parts := splitParts(n)
	e := charity.Expense{Date: day("2025-01-01"), Category: charity.Management, Amount: decimal.New(n, 0)}
	split := func() {
		l, err := charity.NewLedger(funds...)
		require.NoError(t, err)
		require.NoError(t, l.RecordSplitExpense(e, parts))
	}
	separate := func() {
		l, err := charity.NewLedger(funds...)
		require.NoError(t, err)
		for _, f := range funds {
			require.NoError(t, l.RecordExpense(charity.Expense{Date: e.Date, Fund: f.ID, Category: e.Category, Amount: decimal.New(1, 0)}))
		}
	}
	notSlower(t, "a split into 65,536 parts", split, separate)
}
