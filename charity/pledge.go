package charity

import (
	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/fen"
	"github.com/socialorg/socialorg/internal/money"
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
	Months int `json:"months"` // number of installments, 1–1200
}

// maxMonths bounds a pledge's installments (a hundred years).
const maxMonths = 1200

// Schedule returns the due dates of the installments: Months dates, one a month from Start, on
// Day clamped to each month's end. A pledge without a start, with a Day outside 0–31 or with
// Months outside 1–1200 has no schedule (nil).
func (p Pledge) Schedule() []socialorg.Date {
	if p.Months < 1 || p.Months > maxMonths || p.Start.IsZero() || p.Day < 0 || p.Day > 31 {
		return nil
	}
	day := p.Day
	if day == 0 {
		day = p.Start.Day()
	}
	out := make([]socialorg.Date, 0, p.Months)
	first := socialorg.NewDate(p.Start.Year(), p.Start.Month(), 1)
	for i := range p.Months {
		m := first.AddMonths(i)
		if m.IsZero() {
			break // past the year 9999
		}
		d := socialorg.NewDate(m.Year(), m.Month(), day)
		if d.Month() != m.Month() { // past the month's end: clamp
			d = socialorg.NewDate(m.Year(), m.Month()+1, 0)
		}
		out = append(out, d)
	}
	return out
}

// Validate checks the pledge's shape: an ID of 1–256 bytes, a fund, a positive amount, a start,
// a Day of 0–31, 1–1200 months, and a total that fits the ledger.
func (p Pledge) Validate() error {
	pr := socialorg.Problems{Package: pkg}
	p.validate(&pr)
	return pr.Err()
}

func (p Pledge) validate(pr *socialorg.Problems) int64 {
	const at = "pledge."
	switch {
	case p.ID == "":
		pr.Add(at+"id", "", "required")
	case len(p.ID) > maxID:
		pr.Add(at+"id", p.ID, "at most 256 bytes")
	}
	if len(p.Donor) > maxID {
		pr.Add(at+"donor", p.Donor, "at most 256 bytes")
	}
	checkText(pr, at, "id", p.ID)
	checkText(pr, at, "donor", p.Donor)
	if p.Start.IsZero() {
		pr.Add(at+"start", "", "required")
	}
	if p.Day < 0 || p.Day > 31 {
		pr.Add(at+"day", p.Day, "0 (the start's day) or 1–31")
	}
	if p.Months < 1 || p.Months > maxMonths {
		pr.Add(at+"months", p.Months, "1–1200")
	}
	var r money.Reader
	v := r.Positive(pr, at+"amount", p.Amount)
	if _, ok := fen.Mul(v, int64(max(p.Months, 0))); !ok {
		pr.Add(at+"amount", p.Amount, "the pledge's total overflows")
	}
	return v
}

// RecordPledge records a pledge.
func (l *Ledger) RecordPledge(p Pledge) error {
	if l == nil {
		return ledgerErr("ledger", "nil", "a ledger")
	}
	l.init()
	pr := socialorg.Problems{Package: pkg, Sentinel: ErrLedger}
	p.validate(&pr)
	if pr.Len() == 0 {
		if l.pledgeIx[p.ID] != 0 {
			pr.Add("pledge.id", p.ID, "unique")
		}
		if !l.hasFund(p.Fund) {
			pr.Add("pledge.fund", p.Fund, "a fund of the ledger")
		}
	}
	if err := pr.Err(); err != nil {
		return err
	}
	l.pledges = append(l.pledges, p)
	l.pledgeIx[p.ID] = len(l.pledges) // 1-based: 0 means absent
	l.entries++
	l.logEntry(entryPledge, len(l.pledges)-1)
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
	if l == nil {
		return []PledgeStatus{}
	}
	received := map[string]int64{}
	refunds := l.giftRefunds()
	for i, x := range l.extras {
		g := l.gifts.at(int(i))
		if x.pledge == "" || int64(g.day) > asOf.Days() {
			continue
		}
		received[x.pledge] += g.amount - refunds[i]
	}
	out := make([]PledgeStatus, len(l.pledges))
	var m money.Reader
	for i, p := range l.pledges {
		// The amount was checked when the pledge was recorded (RecordPledge refuses one that does
		// not convert), so the reader finds no problem here; should one appear, the installment
		// counts as zero rather than as a wrong figure.
		pr := socialorg.Problems{Package: pkg}
		per := m.Positive(&pr, socialorg.Path("pledges", i, "amount"), p.Amount)
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
