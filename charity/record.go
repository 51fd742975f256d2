package charity

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/fen"
	"github.com/socialorg/socialorg/internal/money"
)

// Income is income other than donations: dues, services, government grants, sales, investment,
// other. Restriction and UsableFrom work as for donations.
type Income struct {
	Date        socialorg.Date  `json:"date"`
	Fund        string          `json:"fund"`
	Category    IncomeCategory  `json:"category"`
	Amount      decimal.Decimal `json:"amount"`
	Restriction Restriction     `json:"restriction,omitempty"`
	UsableFrom  socialorg.Date  `json:"usable_from,omitzero"`
	Ref         string          `json:"ref,omitempty"`
}

// Expense is an expense, paid from the fund's unrestricted net assets. Spending restricted money
// on its purpose is a Release (PurposeFulfilled) followed by the Expense, or SpendRestricted.
type Expense struct {
	Date     socialorg.Date  `json:"date"`
	Fund     string          `json:"fund"`
	Category ExpenseCategory `json:"category"`
	// Charitable marks a business activity cost that is charitable-activity expenditure
	// (民发〔2016〕189号 Art. 4); only business activity costs can be.
	Charitable bool            `json:"charitable,omitempty"`
	Amount     decimal.Decimal `json:"amount"`
	Ref        string          `json:"ref,omitempty"`
}

// Part is one share of a split gift or payment: an exact Amount, or a Share (a weight; the
// amounts then follow by the largest-remainder method, in fen, so that the parts always sum to
// the whole). All parts of a split use the same one, and each names a different fund.
type Part struct {
	Fund   string          `json:"fund"`
	Amount decimal.Decimal `json:"amount"`
	Share  decimal.Decimal `json:"share"`
}

// splitExpense is an expense as the ledger keeps it: a split's parts compactly, by fund index,
// with each part's amount in fen, or its weight (the share × 10^4) when byShare.
type splitExpense struct {
	Expense
	parts   []expensePart // nil: not split
	byShare bool
}

type expensePart struct {
	fund  uint32
	value int64
}

// partsOf lists the parts of a split expense as they were given (in value).
func (l *Ledger) partsOf(x *splitExpense) []Part {
	if x.parts == nil {
		return nil
	}
	out := make([]Part, len(x.parts))
	for k, p := range x.parts {
		out[k].Fund = l.funds[p.fund].ID
		if x.byShare {
			out[k].Share = decimal.New(p.value, -2*splitShift)
		} else {
			out[k].Amount = fen.ToDecimal(p.value)
		}
	}
	return out
}

// checkRestriction checks a restriction's details; needPurpose asks for the purpose of a purpose
// restriction (donors state one; other income has no such field).
func checkRestriction(p *socialorg.Problems, at string, r Restriction, needPurpose bool, purpose string, usable socialorg.Date) {
	switch {
	case !r.IsValid():
		p.Add(at+"restriction", int(r), "unrestricted, time, purpose or time-and-purpose")
	case r.timeBound() && usable.IsZero():
		p.Add(at+"usable_from", "", "required for a time restriction")
	case !r.timeBound() && !usable.IsZero():
		p.Add(at+"usable_from", usable, "only for a time restriction")
	case needPurpose && (r == PurposeRestricted || r == TimeAndPurpose) && purpose == "":
		p.Add(at+"purpose", purpose, "required for a purpose restriction")
	}
}

type fundAmount struct {
	fund   uint32
	amount int64
	weight int64 // the share × 10^4, for a split by shares
}

// split resolves a total into per-fund amounts. An entry to one fund (no parts) is resolved
// into one, held in the caller's array, so that it allocates nothing.
func (l *Ledger) split(at, fund string, total int64, parts []Part, one *[1]fundAmount) ([]fundAmount, error) {
	if len(parts) == 0 {
		if parts != nil {
			return nil, ledgerErr(at+"parts", 0, "at least one part")
		}
		i, ok := l.fundIdx[fund]
		if !ok {
			return nil, ledgerErr(at+"fund", fund, "a fund of the ledger")
		}
		one[0] = fundAmount{fund: i, amount: total}
		return one[:], nil
	}
	if len(parts) > maxParts {
		return nil, ledgerErr(at+"parts", len(parts), "at most 65,536 parts")
	}
	p := socialorg.Problems{Package: pkg, Sentinel: ErrLedger}
	out := make([]fundAmount, len(parts))
	byShare := parts[0].Amount.IsZero()
	weights := make([]int64, len(parts))
	var sum int64
	var r money.Reader
	// The field's path is built only for a problem: a split may have 65,536 parts.
	field := func(i int, sub string) string { return at + "parts[" + strconv.Itoa(i) + "]" + sub }
	for i, pt := range parts {
		f, ok := l.fundIdx[pt.Fund]
		if !ok {
			p.Add(field(i, ".fund"), pt.Fund, "a fund of the ledger")
			continue
		}
		out[i].fund = f
		if byShare != pt.Amount.IsZero() || (!byShare && !pt.Share.IsZero()) {
			p.Add(field(i, ""), pt.Fund, "every part gives an amount, or every part a share")
			continue
		}
		if byShare {
			w, err := fen.FromDecimal(shift(pt.Share))
			if err != nil || w < 0 || pt.Share.Exponent() < -4 {
				p.Add(field(i, ".share"), pt.Share, "≥ 0, at most 4 decimal places")
			}
			weights[i] = w
			continue
		}
		v, err := fen.FromDecimal(pt.Amount)
		if err != nil || v <= 0 {
			v = r.Positive(&p, field(i, ".amount"), pt.Amount)
		}
		if sum, ok = fen.Add(sum, v); !ok {
			p.Add(field(i, ".amount"), pt.Amount, "parts overflow")
		}
		out[i].amount = v
	}
	// Each part names a different fund: the funds in order, and any neighbours that agree.
	if p.Len() == 0 {
		order := make([]int32, len(out))
		for i := range order {
			order[i] = int32(i)
		}
		slices.SortFunc(order, func(a, b int32) int { return cmp.Or(cmp.Compare(out[a].fund, out[b].fund), cmp.Compare(a, b)) })
		for k := 1; k < len(order); k++ {
			if i := int(order[k]); out[i].fund == out[order[k-1]].fund {
				p.Add(field(i, ".fund"), parts[i].Fund, "a fund no other part names")
			}
		}
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	if !byShare {
		if sum != total {
			return nil, ledgerErr(at+"parts", fen.Format(sum), "parts must sum to the amount ("+fen.Format(total)+")")
		}
		return out, nil
	}
	amounts, err := fen.Split(total, weights)
	if err != nil {
		return nil, ledgerErr(at+"parts", len(parts), "shares: "+err.Error())
	}
	for i := range out {
		out[i].amount, out[i].weight = amounts[i], weights[i]
	}
	return out, nil
}

// maxShareExponent bounds the exponent of a share that shift moves: an input bound.
const maxShareExponent = 1000

// shift multiplies a share by 100 for reading it as fen (so a share with 4 decimals is read
// exactly), without ever expanding a huge exponent: one that is out of range is left as it is,
// for FromDecimal to refuse.
func shift(d decimal.Decimal) decimal.Decimal {
	if e := d.Exponent(); e > maxShareExponent || e < -maxShareExponent {
		return d
	}
	return d.Shift(splitShift)
}

// Validate checks the income's shape: a date, a category other than donations, a positive amount,
// a valid restriction with its usable date, a reference of at most 256 bytes.
func (in Income) Validate() error {
	p := socialorg.Problems{Package: pkg}
	in.validate(&p)
	return p.Err()
}

func (in Income) validate(p *socialorg.Problems) int64 {
	const at = "income."
	if in.Date.IsZero() {
		p.Add(at+"date", "", "required")
	}
	switch {
	case !in.Category.IsValid():
		p.Add(at+"category", int(in.Category), "an income category")
	case in.Category == DonationIncome:
		p.Add(at+"category", in.Category, "record donations with RecordDonation")
	}
	if len(in.Ref) > maxID {
		p.Add(at+"ref", in.Ref, "at most 256 bytes")
	}
	checkText(p, at, "ref", in.Ref)
	checkRestriction(p, at, in.Restriction, false, "", in.UsableFrom)
	var r money.Reader
	return r.Positive(p, at+"amount", in.Amount)
}

// RecordIncome records income other than a donation.
func (l *Ledger) RecordIncome(in Income) error {
	if l == nil {
		return ledgerErr("ledger", "nil", "a ledger")
	}
	l.init()
	p := socialorg.Problems{Package: pkg, Sentinel: ErrLedger}
	v := in.validate(&p)
	k, ok := l.key(in.Fund, in.Restriction)
	if !ok && p.Len() == 0 {
		p.Add("income.fund", in.Fund, "a fund of the ledger")
	}
	if err := p.Err(); err != nil {
		return err
	}
	if err := l.apply([]posting{{day(in.Date), k, v, kindIncome + uint8(in.Category)}}, entryIncome, len(l.incomes), false); err != nil {
		return err
	}
	l.incomes = append(l.incomes, in)
	return nil
}

// Validate checks the expense's shape: a date, a category, Charitable only on business activity
// costs, a positive amount, a reference of at most 256 bytes.
func (e Expense) Validate() error {
	p := socialorg.Problems{Package: pkg}
	e.validate(&p, "expense.")
	return p.Err()
}

func (e Expense) validate(p *socialorg.Problems, at string) int64 {
	if e.Date.IsZero() {
		p.Add(at+"date", "", "required")
	}
	switch {
	case !e.Category.IsValid():
		p.Add(at+"category", int(e.Category), "an expense category")
	case e.Charitable && e.Category != BusinessActivity:
		p.Add(at+"charitable", e.Category, "only business activity costs are charitable-activity expenditure")
	}
	if len(e.Ref) > maxID {
		p.Add(at+"ref", e.Ref, "at most 256 bytes")
	}
	checkText(p, at, "ref", e.Ref)
	var r money.Reader
	return r.Positive(p, at+"amount", e.Amount)
}

// RecordExpense records an expense paid from the fund's unrestricted net assets.
func (l *Ledger) RecordExpense(e Expense) error { return l.RecordSplitExpense(e, nil) }

// RecordSplitExpense records one payment allocated across funds or line items, by exact amounts
// or by shares (largest remainder in fen), as RecordSplitDonation does.
func (l *Ledger) RecordSplitExpense(e Expense, parts []Part) error {
	ps, split, err := l.expensePostings(e, parts)
	if err != nil {
		return err
	}
	if err := l.apply(ps, entryExpense, len(l.expenses), parts != nil); err != nil {
		return err
	}
	x := splitExpense{Expense: e}
	if parts != nil {
		x.parts = make([]expensePart, len(split))
		x.byShare = parts[0].Amount.IsZero()
		for i, s := range split {
			x.parts[i] = expensePart{s.fund, s.amount}
			if x.byShare {
				x.parts[i].value = s.weight
			}
		}
	}
	l.expenses = append(l.expenses, x)
	return nil
}

// expensePostings validates an expense and returns its postings and its split.
func (l *Ledger) expensePostings(e Expense, parts []Part) ([]posting, []fundAmount, error) {
	if l == nil {
		return nil, nil, ledgerErr("ledger", "nil", "a ledger")
	}
	l.init()
	at := "expense."
	if parts != nil {
		at = "split_expense."
	}
	p := socialorg.Problems{Package: pkg, Sentinel: ErrLedger}
	v := e.validate(&p, at)
	if err := p.Err(); err != nil {
		return nil, nil, err
	}
	var one [1]fundAmount
	split, err := l.split(at, e.Fund, v, parts, &one)
	if err != nil {
		return nil, nil, err
	}
	kind := kindExpense + uint8(e.Category)
	if e.Charitable {
		kind = kindCharitable
	}
	ps := make([]posting, 0, len(split))
	for _, s := range split {
		if s.amount > 0 {
			ps = append(ps, posting{day(e.Date), s.fund * uint32(numRestrictions), -s.amount, kind})
		}
	}
	return ps, split, nil
}
