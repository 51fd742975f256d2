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

// fastest returns the least time of three runs of f.
func fastest(f func()) time.Duration {
	best := time.Duration(1<<63 - 1)
	for range 3 {
		start := time.Now()
		f()
		best = min(best, time.Since(start))
	}
	return best
}

// TestReplayNearLinearInDays: replaying a journal whose one restricted balance moves on 16× the
// days costs well under 16² × the time (it was quadratic: a sorted array with inserts in the
// middle and a scan from the start for every reduction). Issue 18. The bound is generous (4× the
// linear ratio), so that a loaded machine does not fail it; quadratic growth exceeds it 4 times
// over.
func TestReplayNearLinearInDays(t *testing.T) {
	if testing.Short() {
		t.Skip("timing")
	}
	small, big := daysJournal(t, 2_000), daysJournal(t, 32_000)
	replay := func(j []charity.JournalEntry) func() {
		return func() {
			_, err := charity.Replay(j)
			require.NoError(t, err)
		}
	}
	ts, tb := fastest(replay(small)), fastest(replay(big))
	t.Logf("2,000 days: %v; 32,000 days: %v (%.1f×)", ts, tb, float64(tb)/float64(ts))
	require.Less(t, float64(tb)/float64(ts), 16.0*4, "16× the days must cost near 16× the time")
}

// TestSplitNearLinearInParts: splitting one expense across 16× the parts costs near 16× the time
// (it was quadratic: each posting looked for its balance among the earlier ones). Issue 18.
func TestSplitNearLinearInParts(t *testing.T) {
	if testing.Short() {
		t.Skip("timing")
	}
	run := func(n int) func() {
		funds, parts := splitParts(n)
		return func() {
			l, err := charity.NewLedger(funds...)
			require.NoError(t, err)
			require.NoError(t, l.RecordSplitExpense(charity.Expense{Date: day("2025-01-01"), Category: charity.Management,
				Amount: decimal.New(int64(n), 0)}, parts))
			require.NoError(t, l.RecordSplitDonation(charity.Donation{GiftID: "g", Date: day("2025-01-01"), Amount: decimal.New(int64(n), 0)}, parts))
		}
	}
	ts, tb := fastest(run(4_096)), fastest(run(65_536))
	t.Logf("4,096 parts: %v; 65,536 parts: %v (%.1f×)", ts, tb, float64(tb)/float64(ts))
	require.Less(t, float64(tb)/float64(ts), 16.0*4, "16× the parts must cost near 16× the time")
}
