package charity

import (
	"strconv"

	"github.com/socialorg/socialorg"
)

// ApplyBatch records entries in order, all or none: when one is refused, the ledger is put back
// exactly as it was before the batch — balances, dated balances, lists, indexes, journal — and the
// error, matching ErrLedger, names the entry ("batch[3]") and why. Entries are applied as Apply
// applies them (an entry carrying a Digest is checked against the journal before it, including the
// batch's earlier entries). A batch is how a caller books several things that belong together —
// the payments of a plan, a gift and its release — so that a failure in the middle leaves no part
// of them booked and a retry starts from the same books. Undoing costs time in the batch's size
// (and, rarely, in the ledger's, when the batch made an index grow).
func (l *Ledger) ApplyBatch(entries []JournalEntry) error {
	if l == nil {
		return ledgerErr("ledger", "nil", "a ledger")
	}
	l.init()
	m := l.mark()
	for i := range entries {
		if err := l.Apply(entries[i]); err != nil {
			l.rollback(m)
			return batchErr(i, entries[i].Type.String(), err)
		}
	}
	l.release(m)
	return nil
}

func batchErr(i int, value string, err error) error {
	e := journalErr(i, value, err).(*socialorg.InputError)
	e.Field = "batch[" + strconv.Itoa(i) + "]"
	return e
}

// ledgerMark is the extent of a ledger at one moment: rollback puts it back there exactly.
type ledgerMark struct {
	funds, postings, gifts, splits, donors, incomes, expenses, releases, refunds, spends, pledges, log int

	lastRun        logRun // the last run, which later entries may extend
	entries        int
	minDay, maxDay int32
	volume         int64
	ids            arenaMark
	freshDays      int
	head           [32]byte
	sealed         int
}

// mark records the ledger's extent; it must be closed by release (keep what was recorded since)
// or rollback (undo it). Marks nest.
func (l *Ledger) mark() ledgerMark {
	m := ledgerMark{funds: len(l.funds), postings: l.pDay.len(), gifts: l.gifts.len(), splits: len(l.splits), donors: l.donors.len(),
		incomes: len(l.incomes), expenses: len(l.expenses), releases: len(l.releases), refunds: len(l.refunds), spends: len(l.spends),
		pledges: len(l.pledges), log: len(l.log), entries: l.entries, minDay: l.minDay, maxDay: l.maxDay, volume: l.volume,
		ids: l.ids.mark(), freshDays: len(l.dated.fresh), head: l.head, sealed: l.sealed}
	if m.log > 0 {
		m.lastRun = l.log[m.log-1]
	}
	l.marks++
	l.dated.track = true
	return m
}

// release closes a mark, keeping what was recorded since.
func (l *Ledger) release(ledgerMark) {
	if l.marks--; l.marks == 0 {
		l.dated.track = false
		l.dated.fresh = l.dated.fresh[:0]
	}
}

// rollback undoes everything recorded since the mark and closes it. Entries are undone newest
// first, so that each index is as it was when the entry came.
func (l *Ledger) rollback(m ledgerMark) {
	// Postings: balances and dated balances.
	for i := l.pDay.len() - 1; i >= m.postings; i-- {
		k, amt := *l.pKey.at(i), *l.pAmt.at(i)
		l.balances[k] -= amt
		if Restriction(k % uint32(numRestrictions)).Restricted() {
			l.dated.undo(k, *l.pDay.at(i), amt)
		}
	}
	l.dated.forget(m.freshDays)
	l.pDay.truncate(m.postings)
	l.pKey.truncate(m.postings)
	l.pAmt.truncate(m.postings)
	l.pKind.truncate(m.postings)
	l.minDay, l.maxDay, l.volume = m.minDay, m.maxDay, m.volume

	// Refunds, before the gifts they name.
	for i := len(l.refunds) - 1; i >= m.refunds; i-- {
		r := l.refunds[i]
		if pk, ok := l.refundKey(r); ok {
			if l.refunded[pk] -= l.refundFen[i]; l.refunded[pk] == 0 {
				delete(l.refunded, pk)
			}
		}
	}
	l.refunds = truncate(l.refunds, m.refunds)
	l.refundFen = l.refundFen[:m.refunds]

	// Gifts and donors, with their indexes (which keep the size they grew to).
	for i := l.gifts.len() - 1; i >= m.gifts; i-- {
		l.giftIdx.remove(l.giftID(uint32(i)), uint32(i))
		delete(l.extras, uint32(i))
	}
	l.gifts.truncate(m.gifts)
	l.ids.truncate(m.ids)
	l.splits = truncate(l.splits, m.splits)
	for i := l.donors.len() - 1; i >= m.donors; i-- {
		l.donorIdx.remove(*l.donors.at(i), uint32(i))
	}
	l.donors.truncate(m.donors)

	// Pledges, other entries, funds.
	for _, p := range l.pledges[m.pledges:] {
		delete(l.pledgeIx, p.ID)
	}
	l.pledges = truncate(l.pledges, m.pledges)
	l.incomes = truncate(l.incomes, m.incomes)
	l.expenses = truncate(l.expenses, m.expenses)
	l.releases = truncate(l.releases, m.releases)
	l.spends = l.spends[:m.spends]
	for _, f := range l.funds[m.funds:] {
		delete(l.fundIdx, f.ID)
	}
	l.funds = truncate(l.funds, m.funds)
	l.balances = l.balances[:m.funds*int(numRestrictions)]

	// The journal's order and count, and its seal.
	l.log = l.log[:m.log]
	if m.log > 0 {
		l.log[m.log-1] = m.lastRun
	}
	l.entries, l.head, l.sealed = m.entries, m.head, m.sealed
	l.release(m)
}

// truncate cuts s to n, clearing what it drops so that the collector can free it.
func truncate[T any](s []T, n int) []T {
	clear(s[n:])
	return s[:n]
}

// refundKey returns the key of the refunded amounts of a recorded refund.
func (l *Ledger) refundKey(r Refund) (uint64, bool) {
	gi, ok := l.findGift(r.GiftID)
	if !ok {
		return 0, false
	}
	parts := l.parts(gi)
	if r.Fund == "" && len(parts) == 1 {
		return uint64(gi) << 16, true
	}
	for i, pt := range parts {
		if l.funds[pt.fund].ID == r.Fund {
			return uint64(gi)<<16 | uint64(i), true
		}
	}
	return 0, false
}
