package charity

import (
	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/fen"
)

// Pledge is a donor's promise (捐赠承诺): one installment, or a recurring one paid monthly on a
// day of the month. A pledge is not income (the accounting system recognizes a gift when it is
// received); gifts that fulfil it name it in Donation.Pledge.
type Pledge struct {
	ID     string          `json:"id"`
	Donor  string          `json:"donor,omitempty"`
	Fund   string          `json:"fund"`
	Amount decimal.Decimal `json:"amount"` // per installment, yuan
	Start  socialorg.Date  `json:"start"`  // the first installment's month (and day when Day is 0)
	// Day is the day of the month installments fall due, 1–31, clamped to the month's last day
	// (31 in February is the 28th or 29th); 0 means Start's day.
	Day    int `json:"day,omitempty"`
	Months int `json:"months"` // number of installments, ≥ 1
}

// Schedule returns the due dates of the installments: Months dates, one a month from Start, on
// Day clamped to each month's end.
func (p Pledge) Schedule() []socialorg.Date {
	if p.Months < 1 || p.Start.IsZero() {
		return nil
	}
	day := p.Day
	if day == 0 {
		day = p.Start.Day()
	}
	out := make([]socialorg.Date, p.Months)
	first := socialorg.NewDate(p.Start.Year(), p.Start.Month(), 1)
	for i := range out {
		m := first.AddMonths(i)
		d := socialorg.NewDate(m.Year(), m.Month(), day)
		if d.Month() != m.Month() { // past the month's end: clamp
			d = socialorg.NewDate(m.Year(), m.Month()+1, 0)
		}
		out[i] = d
	}
	return out
}

// RecordPledge records a pledge.
func (l *Ledger) RecordPledge(p Pledge) error {
	switch {
	case p.ID == "":
		return ledgerErr("Pledge.ID", p.ID, "required")
	case l.pledgeIx[p.ID] != 0:
		return ledgerErr("Pledge.ID", p.ID, "unique")
	case !l.hasFund(p.Fund):
		return ledgerErr("Pledge.Fund", p.Fund, "a fund of the ledger")
	case p.Start.IsZero():
		return ledgerErr("Pledge.Start", "", "required")
	case p.Day < 0 || p.Day > 31:
		return ledgerErr("Pledge.Day", p.Day, "0 (Start's day) or 1–31")
	case p.Months < 1 || p.Months > 1200:
		return ledgerErr("Pledge.Months", p.Months, "1–1200")
	}
	v, err := positive("Pledge.Amount", p.Amount)
	if err != nil {
		return err
	}
	if _, ok := fen.Mul(v, int64(p.Months)); !ok {
		return ledgerErr("Pledge.Amount", p.Amount, "the pledge's total overflows")
	}
	l.pledges = append(l.pledges, p)
	l.pledgeIx[p.ID] = len(l.pledges) // 1-based: 0 means absent
	return nil
}

// PledgeStatus is what is due and received on a pledge at a date.
type PledgeStatus struct {
	Pledge      string          `json:"pledge"`
	Due         decimal.Decimal `json:"due"`         // installments due on or before the date
	Received    decimal.Decimal `json:"received"`    // gifts naming the pledge on or before the date, net of every refund recorded
	Outstanding decimal.Decimal `json:"outstanding"` // Due − Received, at least 0
	NextDue     socialorg.Date  `json:"next_due,omitzero"`
}

// Pledges reports every pledge's status at asOf, in the order they were recorded.
func (l *Ledger) Pledges(asOf socialorg.Date) []PledgeStatus {
	received := map[string]int64{}
	for _, g := range l.giftList {
		if g.pledge == "" || g.date.After(asOf) {
			continue
		}
		for _, p := range g.parts {
			received[g.pledge] += p.amount - p.refunded
		}
	}
	out := make([]PledgeStatus, len(l.pledges))
	for i, p := range l.pledges {
		per, _ := fen.FromDecimal(p.Amount) // checked when recorded
		var due int64
		var next socialorg.Date
		for _, d := range p.Schedule() {
			if d.After(asOf) {
				next = d
				break
			}
			due += per
		}
		got := received[p.ID]
		out[i] = PledgeStatus{Pledge: p.ID, Due: fen.ToDecimal(due), Received: fen.ToDecimal(got),
			Outstanding: fen.ToDecimal(max(0, due-got)), NextDue: next}
	}
	return out
}
