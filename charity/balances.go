package charity

import (
	"cmp"
	"errors"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/fen"
)

// Balance returns a fund's balance in one restriction class, now (after every entry).
func (l *Ledger) Balance(fund string, r Restriction) (decimal.Decimal, error) {
	if l == nil {
		return decimal.Decimal{}, ledgerErr("ledger", "nil", "a ledger")
	}
	k, ok := l.key(fund, r)
	if !ok || !r.IsValid() {
		return decimal.Decimal{}, ledgerErr("fund", fund, "a fund of the ledger and a valid restriction")
	}
	return fen.ToDecimal(l.balances[k]), nil
}

// AssertBalance checks, with zero tolerance, that the fund's balance in class r at the end of
// asOf is want; and that the running balance agrees with the sum of the entries. It is the check
// an auditor runs against the books. A zero asOf is an error matching socialorg.ErrNotInForce.
func (l *Ledger) AssertBalance(fund string, r Restriction, want decimal.Decimal, asOf socialorg.Date) error {
	if l == nil {
		return ledgerErr("ledger", "nil", "a ledger")
	}
	k, ok := l.key(fund, r)
	if !ok || !r.IsValid() {
		return ledgerErr("fund", fund, "a fund of the ledger and a valid restriction")
	}
	if asOf.IsZero() {
		return &socialorg.NotInForceError{Param: "charity.ledger.balance"}
	}
	w, err := fen.FromDecimal(want)
	if err != nil {
		return ledgerErr("want", want, "yuan with at most two decimal places ("+err.Error()+")")
	}
	if err := l.Verify(); err != nil {
		return err
	}
	var got int64
	end := asOf.Days()
	for c, keys := range l.pKey.c {
		days, amts := l.pDay.c[c][:len(keys)], l.pAmt.c[c][:len(keys)]
		for i, key := range keys {
			if key == k && int64(days[i]) <= end {
				got += amts[i]
			}
		}
	}
	if got != w {
		return &BalanceError{Fund: fund, Restriction: r, AsOf: asOf, Got: fen.ToDecimal(got), Want: want}
	}
	return nil
}

// BalanceError reports a balance that differs from the one asserted.
type BalanceError struct {
	Fund        string          `json:"fund"`
	Restriction Restriction     `json:"restriction"`
	AsOf        socialorg.Date  `json:"as_of"`
	Got         decimal.Decimal `json:"got"`
	Want        decimal.Decimal `json:"want"`
}

// Error describes the error in one line.
func (e *BalanceError) Error() string {
	return "charity: balance of " + socialorg.Short(e.Fund) + " (" + e.Restriction.String() + ") at " + e.AsOf.String() +
		" is " + e.Got.StringFixed(2) + ", want " + socialorg.ShortDecimal(e.Want)
}

// Verify recomputes every balance from the postings and compares it with the running balance;
// a difference is a bug, reported as an error.
func (l *Ledger) Verify() error {
	if l == nil {
		return nil
	}
	sums := make([]int64, len(l.balances))
	l.sumPostings(sums)
	for k, v := range sums {
		if v != l.balances[k] {
			return errors.New("charity: ledger inconsistent: fund " + l.funds[k/int(numRestrictions)].ID +
				" " + Restriction(k%int(numRestrictions)).String() + " sums to " + fen.Format(v) + ", balance " + fen.Format(l.balances[k]))
		}
	}
	return nil
}

// sortedFunds returns fund indexes ordered by fund ID.
func (l *Ledger) sortedFunds() []int {
	idx := make([]int, len(l.funds))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int { return cmp.Compare(l.funds[a].ID, l.funds[b].ID) })
	return idx
}
