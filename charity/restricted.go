package charity

import (
	"slices"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/money"
)

// Release moves restricted net assets of a fund to its unrestricted net assets.
type Release struct {
	Date   socialorg.Date  `json:"date"`
	Fund   string          `json:"fund"`
	From   Restriction     `json:"from"` // a restricted class
	Amount decimal.Decimal `json:"amount"`
	Reason ReleaseReason   `json:"reason"`
}

// daySeries is one restricted balance's amounts by day, sorted by day.
type daySeries struct {
	day []int32
	amt []int64
}

// add records an amount on a day.
func (s *daySeries) add(day int32, amt int64) {
	n := len(s.day)
	if n == 0 || s.day[n-1] < day {
		s.day = append(s.day, day)
		s.amt = append(s.amt, amt)
		return
	}
	i, found := slices.BinarySearch(s.day, day)
	if found {
		s.amt[i] += amt
		return
	}
	s.day = slices.Insert(s.day, i, day)
	s.amt = slices.Insert(s.amt, i, amt)
}

// minFrom returns the least balance at any date from day on.
func (s *daySeries) minFrom(day int32) int64 {
	var b int64
	i := 0
	for ; i < len(s.day) && s.day[i] <= day; i++ {
		b += s.amt[i]
	}
	low := b
	for ; i < len(s.day); i++ {
		b += s.amt[i]
		low = min(low, b)
	}
	return low
}

// Validate checks the release's shape: a date, a restricted class, a valid reason (time expiry
// only of a time restriction), a positive amount.
func (r Release) Validate() error {
	var p socialorg.Problems
	r.validate(&p)
	return p.Err()
}

func (r Release) validate(p *socialorg.Problems) int64 {
	const at = "release."
	if r.Date.IsZero() {
		p.Add(at+"date", "", "required")
	}
	switch {
	case !r.From.Restricted():
		p.Add(at+"from", r.From, "a restricted class")
	case !r.Reason.IsValid():
		p.Add(at+"reason", int(r.Reason), "time-expired, purpose-fulfilled or donor-revoked")
	case r.Reason == TimeExpired && !r.From.timeBound():
		p.Add(at+"reason", r.Reason, "a time restriction to expire")
	}
	var m money.Reader
	return m.Positive(p, at+"amount", r.Amount)
}

// releasePostings returns the postings of a release.
func (l *Ledger) releasePostings(r Release) ([]posting, error) {
	if l == nil {
		return nil, ledgerErr("ledger", "nil", "a ledger")
	}
	l.init()
	p := socialorg.Problems{Sentinel: ErrLedger}
	v := r.validate(&p)
	from, ok := l.key(r.Fund, r.From)
	if !ok && p.Len() == 0 {
		p.Add("release.fund", r.Fund, "a fund of the ledger")
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	to, _ := l.key(r.Fund, Unrestricted)
	out := uint8(kindReleaseOut)
	if r.Reason == TimeExpired {
		out = kindReleaseTime
	}
	return []posting{{day(r.Date), from, -v, out}, {day(r.Date), to, v, kindReleaseIn}}, nil
}

// RecordRelease moves restricted net assets to unrestricted. It cannot release more than the
// fund's balance in that class at any date from the release's on.
func (l *Ledger) RecordRelease(r Release) error {
	ps, err := l.releasePostings(r)
	if err != nil {
		return err
	}
	if err := l.apply(ps, entryRelease, len(l.releases)); err != nil {
		return err
	}
	l.releases = append(l.releases, r)
	return nil
}

// SpendRestricted records spending restricted money on its purpose: a release (PurposeFulfilled)
// and the expense, together or not at all.
func (l *Ledger) SpendRestricted(from Restriction, e Expense) error {
	rel := Release{Date: e.Date, Fund: e.Fund, From: from, Amount: e.Amount, Reason: PurposeFulfilled}
	rp, err := l.releasePostings(rel)
	if err != nil {
		return err
	}
	ep, err := l.expensePostings(e, nil)
	if err != nil {
		return err
	}
	if err := l.apply(append(rp, ep...), entrySpend, len(l.spends)); err != nil {
		return err
	}
	l.spends = append(l.spends, [2]uint32{uint32(len(l.releases)), uint32(len(l.expenses))})
	l.releases = append(l.releases, rel)
	l.expenses = append(l.expenses, splitExpense{Expense: e})
	return nil
}
