package charity

import (
	"cmp"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/fen"
	"github.com/socialorg/socialorg/registry"
)

// FundTotal is the net change of one fund's balances over a period, per restriction class.
type FundTotal struct {
	Fund string
	net  [numRestrictions]int64
}

// Net returns the net change in class r, in yuan.
func (f FundTotal) Net(r Restriction) decimal.Decimal {
	if !r.IsValid() {
		return decimal.Zero
	}
	return fen.ToDecimal(f.net[r])
}

// Total returns the net change over every class.
func (f FundTotal) Total() decimal.Decimal {
	var s int64
	for _, v := range f.net {
		s += v // within one ledger the volume bound rules out overflow; Merge checks across ledgers
	}
	return fen.ToDecimal(s)
}

// Totals are the net changes per fund and restriction over a period. They merge: a.Merge(b) is
// the totals of both shards (associative and commutative), so ledgers kept per district or per
// organization can be summed. Funds are kept in ID order.
type Totals struct {
	Funds []FundTotal
}

// Merge returns the totals of both, fund by fund. It fails only when a sum overflows int64 fen.
func (t Totals) Merge(o Totals) (Totals, error) {
	out := Totals{Funds: make([]FundTotal, 0, len(t.Funds)+len(o.Funds))}
	i, j := 0, 0
	for i < len(t.Funds) || j < len(o.Funds) {
		switch {
		case j == len(o.Funds) || (i < len(t.Funds) && t.Funds[i].Fund < o.Funds[j].Fund):
			out.Funds = append(out.Funds, t.Funds[i])
			i++
		case i == len(t.Funds) || o.Funds[j].Fund < t.Funds[i].Fund:
			out.Funds = append(out.Funds, o.Funds[j])
			j++
		default:
			f := FundTotal{Fund: t.Funds[i].Fund}
			for r := range f.net {
				v, ok := fen.Add(t.Funds[i].net[r], o.Funds[j].net[r])
				if !ok {
					return Totals{}, ledgerErr("Totals", f.Fund, "sum overflows")
				}
				f.net[r] = v
			}
			out.Funds = append(out.Funds, f)
			i++
			j++
		}
	}
	return out, nil
}

// Fund returns the totals of one fund (zero totals when absent).
func (t Totals) Fund(id string) FundTotal {
	i, ok := slices.BinarySearchFunc(t.Funds, id, func(f FundTotal, id string) int { return cmp.Compare(f.Fund, id) })
	if !ok {
		return FundTotal{Fund: id}
	}
	return t.Funds[i]
}

// Totals returns the net change of every fund and restriction class over the period, in one
// pass over the postings that allocates nothing per entry.
func (l *Ledger) Totals(p Period) Totals {
	sums := make([]int64, len(l.balances))
	lo, hi := p.bounds()
	if lo <= l.minDay && hi >= l.maxDay {
		// The whole ledger: no date test in the loop.
		for i, k := range l.pKey {
			sums[k] += l.pAmt[i]
		}
	} else {
		// Branch-free: dates in random order make a branch unpredictable. With the bounds within
		// ±2^62, (d−lo)|(hi−d) is negative exactly when d is outside [lo, hi]; its sign, spread
		// over the word, masks the amount out.
		for i, k := range l.pKey {
			d := l.pDate[i]
			out := ((d - lo) | (hi - d)) >> 63
			sums[k] += l.pAmt[i] &^ out
		}
	}
	// No sum can overflow: the ledger keeps its total volume (Σ|amount|) below 2^63.
	out := Totals{Funds: make([]FundTotal, len(l.funds))}
	for n, fi := range l.sortedFunds() {
		f := FundTotal{Fund: l.funds[fi].ID}
		copy(f.net[:], sums[fi*int(numRestrictions):])
		out.Funds[n] = f
	}
	return out
}

// NetAssets returns the ledger's net assets at the end of asOf: unrestricted and restricted.
func (l *Ledger) NetAssets(asOf socialorg.Date) (unrestricted, restricted decimal.Decimal) {
	_, end := Period{To: asOf}.bounds()
	var u, r int64
	for i, k := range l.pKey {
		if l.pDate[i] > end {
			continue
		}
		if Restriction(k % uint32(numRestrictions)).Restricted() {
			r += l.pAmt[i]
		} else {
			u += l.pAmt[i]
		}
	}
	return fen.ToDecimal(u), fen.ToDecimal(r)
}

// IncomeLine is one income category of a statement, split by restriction.
type IncomeLine struct {
	Category     IncomeCategory  `json:"category"`
	Unrestricted decimal.Decimal `json:"unrestricted"`
	Restricted   decimal.Decimal `json:"restricted"`
}

// Total returns the line's unrestricted and restricted income together.
func (l IncomeLine) Total() decimal.Decimal { return l.Unrestricted.Add(l.Restricted) }

// ExpenseLine is one expense category of a statement.
type ExpenseLine struct {
	Category ExpenseCategory `json:"category"`
	Amount   decimal.Decimal `json:"amount"`
}

// Statement is the statement of activities (业务活动表) for a period, in the categories of
// 《民间非营利组织会计制度》: income by category, unrestricted and restricted (donations net of
// refunds); expenses by category; charitable-activity expenditure within business activity
// costs; net assets reclassified from restricted to unrestricted; and the change in net assets.
type Statement struct {
	Period              Period          `json:"period"`
	Income              []IncomeLine    `json:"income"`   // every category, in order
	Expenses            []ExpenseLine   `json:"expenses"` // every category, in order
	CharitableActivity  decimal.Decimal `json:"charitable_activity"`
	Reclassified        decimal.Decimal `json:"reclassified"`          // restricted → unrestricted
	ReleasedTimeExpired decimal.Decimal `json:"released_time_expired"` // of which by time expiry
	ChangeUnrestricted  decimal.Decimal `json:"change_unrestricted"`   // net change in unrestricted net assets
	ChangeRestricted    decimal.Decimal `json:"change_restricted"`     // net change in restricted net assets
	TotalIncome         decimal.Decimal `json:"total_income"`
	TotalExpenses       decimal.Decimal `json:"total_expenses"`
}

// Statement builds the statement of activities for the period.
func (l *Ledger) Statement(p Period) Statement {
	// acc[kind][restricted?]
	var acc [numPostingKinds][2]int64
	lo, hi := p.bounds()
	for i, k := range l.pKind {
		if d := l.pDate[i]; d < lo || d > hi {
			continue
		}
		r := 0
		if Restriction(l.pKey[i] % uint32(numRestrictions)).Restricted() {
			r = 1
		}
		acc[k][r] += l.pAmt[i]
	}
	s := Statement{Period: p}
	var income, expense int64
	for c := DonationIncome; c < numIncome; c++ {
		u, r := acc[kindIncome+int(c)][0], acc[kindIncome+int(c)][1]
		if c == DonationIncome {
			u += acc[kindRefund][0]
			r += acc[kindRefund][1]
		}
		s.Income = append(s.Income, IncomeLine{Category: c, Unrestricted: fen.ToDecimal(u), Restricted: fen.ToDecimal(r)})
		income += u + r
	}
	for c := BusinessActivity; c < numExpense; c++ {
		v := -acc[kindExpense+int(c)][0]
		if c == BusinessActivity {
			v += -acc[kindCharitable][0]
		}
		s.Expenses = append(s.Expenses, ExpenseLine{Category: c, Amount: fen.ToDecimal(v)})
		expense += v
	}
	s.CharitableActivity = fen.ToDecimal(-acc[kindCharitable][0])
	s.Reclassified = fen.ToDecimal(acc[kindReleaseIn][0])
	s.ReleasedTimeExpired = fen.ToDecimal(-acc[kindReleaseTime][1])
	var cu, cr int64
	for k := range acc {
		cu += acc[k][0]
		cr += acc[k][1]
	}
	s.ChangeUnrestricted, s.ChangeRestricted = fen.ToDecimal(cu), fen.ToDecimal(cr)
	s.TotalIncome, s.TotalExpenses = fen.ToDecimal(income), fen.ToDecimal(expense)
	return s
}

// Expense returns the statement's amount for one expense category.
func (s Statement) Expense(c ExpenseCategory) decimal.Decimal {
	for _, e := range s.Expenses {
		if e.Category == c {
			return e.Amount
		}
	}
	return decimal.Zero
}

// DonorTotal is one donor's giving over a period: each gift counted once, however many funds it
// was split into; amounts net of refunds.
type DonorTotal struct {
	Donor  string          `json:"donor"` // "" gathers the anonymous gifts
	Gifts  int             `json:"gifts"`
	Amount decimal.Decimal `json:"amount"`
	InKind decimal.Decimal `json:"in_kind"` // of which goods
}

// Donors rolls gifts up by donor over the period (by gift date), largest first, then by donor.
func (l *Ledger) Donors(p Period) []DonorTotal {
	type acc struct {
		gifts         int
		amount, goods int64
	}
	by := map[string]*acc{}
	for _, g := range l.giftList {
		if (!p.From.IsZero() && g.date.Before(p.From)) || (!p.To.IsZero() && g.date.After(p.To)) {
			continue
		}
		a := by[g.donor]
		if a == nil {
			a = &acc{}
			by[g.donor] = a
		}
		a.gifts++
		for _, part := range g.parts {
			a.amount += part.amount - part.refunded
			if g.inKind {
				a.goods += part.amount - part.refunded
			}
		}
	}
	out := make([]DonorTotal, 0, len(by))
	for donor, a := range by {
		out = append(out, DonorTotal{Donor: donor, Gifts: a.gifts, Amount: fen.ToDecimal(a.amount), InKind: fen.ToDecimal(a.goods)})
	}
	slices.SortFunc(out, func(a, b DonorTotal) int {
		return cmp.Or(b.Amount.Cmp(a.Amount), cmp.Compare(a.Donor, b.Donor))
	})
	return out
}

// FiguresFromLedger derives a year's SpendingInput from the ledger: this year's charitable-activity
// expenditure, management expenses, total expenditure, fundraising costs and donations; last
// year's net assets at 31 December; and last year's income adjusted as Art. 10 of the 2016 rules
// says: actual income, less the restricted income of that year that its time restriction kept
// from use within the year, plus the net assets released from time restrictions in that year.
// Kind, qualification and subject are the caller's.
func FiguresFromLedger(l *Ledger, year int, kind registry.Kind, publicFundraising bool, subject string) SpendingInput {
	cur := l.Statement(Year(year))
	prior := l.Statement(Year(year - 1))
	priorEnd := socialorg.NewDate(year-1, 12, 31)
	var held int64
	for _, h := range l.timeHeld {
		if h.date.Year() == year-1 && h.usable.After(priorEnd) {
			held += h.amount
		}
	}
	adjusted := prior.TotalIncome.Sub(fen.ToDecimal(held)).Add(prior.ReleasedTimeExpired)
	u, r := l.NetAssets(priorEnd)
	var donations decimal.Decimal
	for _, in := range cur.Income {
		if in.Category == DonationIncome {
			donations = in.Total()
		}
	}
	return SpendingInput{
		Kind:                  kind,
		PublicFundraising:     publicFundraising,
		Subject:               subject,
		PriorYearIncome:       adjusted,
		PriorYearNetAssets:    u.Add(r),
		CharitableExpenditure: cur.CharitableActivity,
		ManagementExpense:     cur.Expense(Management),
		TotalExpenditure:      cur.TotalExpenses,
		FundraisingCost:       cur.Expense(Fundraising),
		FundraisingIncome:     donations,
	}
}
