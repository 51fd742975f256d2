package charity_test

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/charity"
)

// books is everything a batch that failed must leave as it was: the journal, the fingerprint
// (totals, pledges, donors), net assets at every date the entries use, and the statement.
func books(t *testing.T, l *charity.Ledger) string {
	t.Helper()
	s := fingerprint(t, l) + fmt.Sprint(l.Statement(socialorg.Period{}))
	for _, at := range []string{"2025-01-01", "2025-02-01", "2025-03-03", "2025-06-30", "2026-12-31"} {
		u, r, err := l.NetAssets(day(at))
		require.NoError(t, err)
		s += " " + u.String() + "/" + r.String()
	}
	require.NoError(t, l.Verify())
	return s
}

// TestApplyBatchAllOrNothing: a batch refused in the middle — by its fourth entry, after a new
// fund, gifts with new donors, a pledge, a refund, a release and spending that moved restricted
// balances — leaves the ledger exactly as it was, and later entries behave as on a ledger that
// never saw the batch (gift and pledge IDs free again, restricted balances as before). Issue 18.
func TestApplyBatchAllOrNothing(t *testing.T) {
	batch := []charity.JournalEntry{
		{Type: charity.FundEntry, Fund: &charity.Fund{ID: "new"}},
		{Type: charity.DonationEntry, Donation: &charity.Donation{GiftID: "b1", Date: day("2025-02-01"), Donor: "new donor", Fund: "new", Amount: d("70"),
			Restriction: charity.PurposeRestricted, Purpose: "p"}},
		{Type: charity.PledgeEntry, Pledge: &charity.Pledge{ID: "bp", Fund: "new", Amount: d("1"), Start: day("2025-01-01"), Months: 2}},
		{Type: charity.SpendRestrictedEntry, From: charity.PurposeRestricted, Expense: &charity.Expense{Date: day("2025-03-03"), Fund: "new",
			Category: charity.BusinessActivity, Charitable: true, Amount: d("20")}},
		{Type: charity.RefundEntry, Refund: &charity.Refund{Date: day("2025-02-02"), GiftID: "b1", Amount: d("5")}},
		{Type: charity.ReleaseEntry, Release: &charity.Release{Date: day("2025-02-10"), Fund: "school", From: charity.PurposeRestricted, Amount: d("1"),
			Reason: charity.DonorRevoked}},
		{Type: charity.DonationEntry, Donation: &charity.Donation{GiftID: "b2", Date: day("2025-02-01"), Donor: "another", Fund: "general", Amount: d("3")},
			Parts: []charity.Part{{Fund: "general", Share: d("1")}, {Fund: "school", Share: d("1")}}},
		{Type: charity.IncomeEntry, Income: &charity.Income{Date: day("2025-02-01"), Fund: "new", Category: charity.DuesIncome, Amount: d("1")}},
	}
	// The refusal, at each position from the second entry on: a refund of more than the gift.
	failing := charity.JournalEntry{Type: charity.RefundEntry, Refund: &charity.Refund{Date: day("2025-12-01"), GiftID: "goods", Amount: d("9999")}}
	for at := 1; at <= len(batch); at++ {
		t.Run(strconv.Itoa(at), func(t *testing.T) {
			l := everyKind(t)
			before, journal := books(t, l), l.Journal()
			b := append(append(append([]charity.JournalEntry(nil), batch[:at]...), failing), batch[at:]...)
			err := l.ApplyBatch(b)
			require.ErrorIs(t, err, charity.ErrLedger)
			require.Contains(t, err.Error(), fmt.Sprintf("batch[%d]", at))
			require.Equal(t, before, books(t, l))
			require.Empty(t, cmp.Diff(journal, l.Journal()))

			// The batch without the failing entry then goes through, as on a fresh copy.
			fresh, err := charity.Replay(journal)
			require.NoError(t, err)
			require.NoError(t, l.ApplyBatch(batch))
			require.NoError(t, fresh.ApplyBatch(batch))
			require.Equal(t, books(t, fresh), books(t, l))
			require.Empty(t, cmp.Diff(fresh.Journal(), l.Journal()))
			_, err = charity.Replay(l.Journal())
			require.NoError(t, err)
		})
	}
}

// TestApplyBatchUndoesIndexGrowth: a batch large enough to make the gift and donor indexes grow,
// then refused, leaves indexes that still find every earlier gift and none of the batch's.
func TestApplyBatchUndoesIndexGrowth(t *testing.T) {
	l := everyKind(t)
	before := books(t, l)
	var batch []charity.JournalEntry
	for i := range 5000 {
		batch = append(batch, charity.JournalEntry{Type: charity.DonationEntry, Donation: &charity.Donation{GiftID: "many-" + strconv.Itoa(i),
			Date: day("2025-04-01"), Donor: "donor-" + strconv.Itoa(i), Fund: "general", Amount: d("1")}})
	}
	batch = append(batch, charity.JournalEntry{Type: charity.DonationEntry, Donation: &charity.Donation{GiftID: "g1", Date: day("2025-04-01"),
		Fund: "general", Amount: d("1")}}) // a gift ID already used
	require.ErrorIs(t, l.ApplyBatch(batch), charity.ErrLedger)
	require.Equal(t, before, books(t, l))
	// Earlier gifts are found (a refund names them); the batch's are not (their IDs are free).
	require.NoError(t, l.RecordRefund(charity.Refund{Date: day("2025-12-01"), GiftID: "goods", Amount: d("1")}))
	require.NoError(t, l.RecordDonation(charity.Donation{GiftID: "many-7", Date: day("2025-04-01"), Donor: "donor-7", Fund: "general", Amount: d("2")}))
	require.ErrorIs(t, l.RecordDonation(charity.Donation{GiftID: "g1", Date: day("2025-04-01"), Fund: "general", Amount: d("1")}), charity.ErrLedger)
	for _, dt := range l.Donors(socialorg.Period{}) {
		if dt.Donor == "donor-7" {
			require.Equal(t, 1, dt.Gifts)
		}
	}
	_, err := charity.Replay(l.Journal())
	require.NoError(t, err)
}

// TestApplyBatchOfSealedEntries: a batch of entries carrying their digests is checked as a whole
// journal's continuation; a batch with one out of place is refused whole.
func TestApplyBatchOfSealedEntries(t *testing.T) {
	j := everyKind(t).Journal()
	l, err := charity.Replay(j[:10])
	require.NoError(t, err)
	before := l.Journal()
	bad := append(append([]charity.JournalEntry(nil), j[10:14]...), j[15:]...)
	require.ErrorIs(t, l.ApplyBatch(bad), charity.ErrLedger)
	require.Empty(t, cmp.Diff(before, l.Journal()))
	require.NoError(t, l.ApplyBatch(j[10:]))
	require.Empty(t, cmp.Diff(j, l.Journal()))
}

// randomEntry returns a random entry over the three funds of newLedger, with gift IDs from a
// small set (so that refunds find gifts, and some gifts repeat) and dates over a year: many are
// refused, which is the point.
func randomEntry(r interface{ IntN(int) int }) charity.JournalEntry {
	funds := []string{"general", "elderly", "school"}
	fund := funds[r.IntN(3)]
	date := day("2025-01-01").AddDays(r.IntN(365))
	amt := d(strconv.Itoa(1+r.IntN(500)) + "." + strconv.Itoa(r.IntN(10)))
	class := charity.Restriction(r.IntN(4))
	switch r.IntN(7) {
	case 0, 1:
		don := &charity.Donation{GiftID: "g" + strconv.Itoa(r.IntN(40)), Date: date, Donor: "d" + strconv.Itoa(r.IntN(5)), Fund: fund, Amount: amt,
			Restriction: class, Purpose: "p"}
		if class == charity.TimeRestricted || class == charity.TimeAndPurpose {
			don.UsableFrom = date.AddDays(30)
		}
		if class == charity.Unrestricted || class == charity.TimeRestricted {
			don.Purpose = ""
		}
		e := charity.JournalEntry{Type: charity.DonationEntry, Donation: don}
		if r.IntN(4) == 0 {
			e.Parts = []charity.Part{{Fund: fund, Share: d("1")}, {Fund: funds[(r.IntN(2)+1+indexOfFund(fund))%3], Share: d(strconv.Itoa(r.IntN(3)))}}
		}
		return e
	case 2:
		return charity.JournalEntry{Type: charity.IncomeEntry, Income: &charity.Income{Date: date, Fund: fund, Category: charity.DuesIncome, Amount: amt}}
	case 3:
		return charity.JournalEntry{Type: charity.ExpenseEntry, Expense: &charity.Expense{Date: date, Fund: fund, Category: charity.Management, Amount: amt}}
	case 4:
		return charity.JournalEntry{Type: charity.ReleaseEntry, Release: &charity.Release{Date: date, Fund: fund, From: charity.Restriction(1 + r.IntN(3)),
			Amount: amt, Reason: charity.DonorRevoked}}
	case 5:
		return charity.JournalEntry{Type: charity.RefundEntry, Refund: &charity.Refund{Date: date, GiftID: "g" + strconv.Itoa(r.IntN(40)), Fund: fund, Amount: amt}}
	default:
		return charity.JournalEntry{Type: charity.SpendRestrictedEntry, From: charity.Restriction(1 + r.IntN(3)),
			Expense: &charity.Expense{Date: date, Fund: fund, Category: charity.BusinessActivity, Charitable: true, Amount: amt}}
	}
}

func indexOfFund(f string) int {
	switch f {
	case "elderly":
		return 1
	case "school":
		return 2
	}
	return 0
}

// TestBatchRollbackProperty: for random books and random batches that fail part way, the
// rolled-back ledger and a replay of the books from before the batch answer every later entry
// the same way (accepted or refused, with the same error) and end with the same journal.
func TestBatchRollbackProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(18, 6))
	for round := range 60 {
		l := newLedger(t)
		for range 80 {
			_ = l.Apply(randomEntry(r))
		}
		copyOf, err := charity.Replay(l.Journal())
		require.NoError(t, err)
		// A batch of entries that go through, with one that does not at a random place.
		scratch, err := charity.Replay(l.Journal())
		require.NoError(t, err)
		var batch []charity.JournalEntry
		for len(batch) < 30 {
			if e := randomEntry(r); scratch.Apply(e) == nil {
				batch = append(batch, e)
			}
		}
		at := r.IntN(len(batch) + 1)
		failing := charity.JournalEntry{Type: charity.RefundEntry, Refund: &charity.Refund{Date: day("2025-06-01"), GiftID: "nowhere", Amount: d("1")}}
		batch = append(batch[:at], append([]charity.JournalEntry{failing}, batch[at:]...)...)
		err = l.ApplyBatch(batch)
		require.ErrorContains(t, err, fmt.Sprintf("batch[%d]", at), "round %d", round)
		for k := range 60 {
			e := randomEntry(r)
			e1, e2 := l.Apply(e), copyOf.Apply(e)
			require.Equal(t, fmt.Sprint(e2), fmt.Sprint(e1), "round %d, later entry %d", round, k)
		}
		require.Empty(t, cmp.Diff(copyOf.Journal(), l.Journal()), "round %d", round)
		require.Equal(t, books(t, copyOf), books(t, l), "round %d", round)
	}
}

// TestApplyBatchAcrossChunks: the gifts and postings are kept in chunks (of ChunkLen entries); a
// batch refused after crossing into a new chunk, one refused at the first entry of a chunk, and
// one ending exactly at a chunk's end leave the ledger as it was, and what is accepted after
// reads as a replay of the journal reads.
func TestApplyBatchAcrossChunks(t *testing.T) {
	const chunk = charity.ChunkLen
	l, err := charity.NewLedger(charity.Fund{ID: "general"})
	require.NoError(t, err)
	gift := func(i int) charity.JournalEntry {
		return charity.JournalEntry{Type: charity.DonationEntry, Donation: &charity.Donation{GiftID: "c" + strconv.Itoa(i),
			Date: day("2025-01-01").AddDays(i % 365), Donor: "donor-" + strconv.Itoa(i%977), Fund: "general", Amount: d("1.5")}}
	}
	for i := range chunk - 5 {
		require.NoError(t, l.RecordDonation(*gift(i).Donation))
	}
	bad := charity.JournalEntry{Type: charity.DonationEntry, Donation: &charity.Donation{GiftID: "c0", Date: day("2025-01-01"),
		Fund: "general", Amount: d("1")}} // a gift ID already used
	batch := func(from, to int, fail bool) []charity.JournalEntry {
		var b []charity.JournalEntry
		for i := from; i < to; i++ {
			b = append(b, gift(i))
		}
		if fail {
			b = append(b, bad)
		}
		return b
	}
	for _, c := range []struct{ from, to int }{{chunk - 5, chunk + 10}, {chunk - 5, chunk - 5}, {chunk - 5, chunk}} {
		before := books(t, l)
		require.ErrorIs(t, l.ApplyBatch(batch(c.from, c.to, true)), charity.ErrLedger, "%d–%d", c.from, c.to)
		require.Equal(t, before, books(t, l), "%d–%d", c.from, c.to)
	}
	require.NoError(t, l.ApplyBatch(batch(chunk-5, chunk, false))) // ends at the chunk's end
	before := books(t, l)
	require.ErrorIs(t, l.ApplyBatch(batch(chunk, chunk+3, true)), charity.ErrLedger)
	require.Equal(t, before, books(t, l))
	require.ErrorIs(t, l.ApplyBatch([]charity.JournalEntry{bad}), charity.ErrLedger) // nothing to undo, at the boundary
	require.Equal(t, before, books(t, l))
	require.NoError(t, l.ApplyBatch(batch(chunk, chunk+100, false)))
	require.Equal(t, chunk+100, l.Len())
	replayed, err := charity.Replay(l.Journal())
	require.NoError(t, err)
	require.Equal(t, books(t, replayed), books(t, l))
}
