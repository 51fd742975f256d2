package charity

import (
	"cmp"
	"encoding/json"
	"errors"
	"math"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/fen"
	"github.com/socialorg/socialorg/internal/money"
	"github.com/socialorg/socialorg/registry"
)

// FundTotal is the net change of one fund's balances over a period, per restriction class. It
// encodes to JSON with its amounts in yuan, so that totals computed on different machines can be
// merged.
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

// Total returns the net change over every class, exactly (beyond int64 fen too).
func (f FundTotal) Total() decimal.Decimal {
	var s int64
	for _, v := range f.net {
		var ok bool
		if s, ok = fen.Add(s, v); !ok {
			t := decimal.Zero
			for _, w := range f.net {
				t = t.Add(fen.ToDecimal(w))
			}
			return t
		}
	}
	return fen.ToDecimal(s)
}

// Equal reports whether two fund totals are the same (for go-cmp).
func (f FundTotal) Equal(o FundTotal) bool { return f == o }

type fundTotalJSON struct {
	Fund           string          `json:"fund"`
	Unrestricted   decimal.Decimal `json:"unrestricted"`
	Time           decimal.Decimal `json:"time"`
	Purpose        decimal.Decimal `json:"purpose"`
	TimeAndPurpose decimal.Decimal `json:"time_and_purpose"`
}

// MarshalJSON encodes the fund's ID and its net change per class, in yuan.
func (f FundTotal) MarshalJSON() ([]byte, error) {
	return json.Marshal(fundTotalJSON{Fund: f.Fund, Unrestricted: f.Net(Unrestricted), Time: f.Net(TimeRestricted),
		Purpose: f.Net(PurposeRestricted), TimeAndPurpose: f.Net(TimeAndPurpose)})
}

// UnmarshalJSON decodes what MarshalJSON encodes, at bounded cost (socialorg.UnmarshalInput);
// amounts below the fen or beyond ±2^63 fen are refused.
func (f *FundTotal) UnmarshalJSON(b []byte) error {
	var in fundTotalJSON
	if err := socialorg.UnmarshalInput(b, &in); err != nil {
		return err
	}
	p := socialorg.Problems{Package: pkg}
	var r money.Reader
	out := FundTotal{Fund: in.Fund}
	for i, d := range []decimal.Decimal{in.Unrestricted, in.Time, in.Purpose, in.TimeAndPurpose} {
		out.net[i] = r.Any(&p, "fund_total."+Restriction(i).String(), d)
	}
	if err := p.Err(); err != nil {
		return err
	}
	*f = out
	return nil
}

// Totals are the net changes per fund and restriction over a period. They merge: a.Merge(b) is
// the totals of both shards (associative and commutative), so ledgers kept per district or per
// organization can be summed. Funds are kept in ID order, one line each (decoding sorts and sums
// the lines it is given).
type Totals struct {
	Funds []FundTotal `json:"funds"`
}

// UnmarshalJSON decodes what MarshalJSON writes, and normalises it: lines are sorted by fund and
// the lines of one fund are summed, exactly, so that Merge and Fund work on totals from any
// source. A sum beyond int64 fen is refused (an error matching ErrLedger, naming the line), and
// the totals are then unchanged.
func (t *Totals) UnmarshalJSON(b []byte) error {
	var in struct {
		Funds []FundTotal `json:"funds"`
	}
	if err := socialorg.UnmarshalInput(b, &in); err != nil {
		return err
	}
	order := make([]int, len(in.Funds))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(in.Funds[a].Fund, in.Funds[b].Fund) })
	out := Totals{Funds: make([]FundTotal, 0, len(in.Funds))}
	for _, i := range order {
		f := in.Funds[i]
		n := len(out.Funds)
		if n == 0 || out.Funds[n-1].Fund != f.Fund {
			out.Funds = append(out.Funds, f)
			continue
		}
		last := &out.Funds[n-1]
		for r := range last.net {
			v, ok := fen.Add(last.net[r], f.net[r])
			if !ok {
				return ledgerErr("funds["+strconv.Itoa(i)+"]", f.Fund, "the fund's lines sum beyond ±2^63 fen")
			}
			last.net[r] = v
		}
	}
	*t = out
	return nil
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
					return Totals{}, ledgerErr("totals", f.Fund, "sum overflows")
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

// dayBounds returns the period as day numbers, clamped to int32.
func dayBounds(p socialorg.Period) (int64, int64) {
	lo, hi := p.DayBounds()
	return max(lo, math.MinInt32), min(hi, math.MaxInt32)
}

// Totals returns the net change of every fund and restriction class over the period, in one
// pass over the postings that allocates nothing per entry.
func (l *Ledger) Totals(p socialorg.Period) Totals {
	if l == nil {
		return Totals{Funds: []FundTotal{}}
	}
	sums := make([]int64, len(l.balances))
	lo, hi := dayBounds(p)
	if lo <= int64(l.minDay) && hi >= int64(l.maxDay) {
		l.sumPostings(sums) // the whole ledger: no date test in the loop
	} else {
		// Branch-free: dates in random order make a branch unpredictable. With the bounds within
		// ±2^31, (d−lo)|(hi−d) is negative exactly when d is outside [lo, hi]; its sign, spread
		// over the word, masks the amount out.
		for c, keys := range l.pKey.c {
			days, amts := l.pDay.c[c][:len(keys)], l.pAmt.c[c][:len(keys)]
			for i, k := range keys {
				d := int64(days[i])
				out := ((d - lo) | (hi - d)) >> 63
				sums[k] += amts[i] &^ out
			}
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

// sumPostings adds every posting's amount to its key's sum.
func (l *Ledger) sumPostings(sums []int64) {
	for c, keys := range l.pKey.c {
		amts := l.pAmt.c[c][:len(keys)]
		for i, k := range keys {
			sums[k] += amts[i]
		}
	}
}

// NetAssets returns the ledger's net assets at the end of asOf: unrestricted and restricted. A
// zero asOf is an error matching socialorg.ErrNotInForce.
func (l *Ledger) NetAssets(asOf socialorg.Date) (unrestricted, restricted decimal.Decimal, err error) {
	if asOf.IsZero() {
		return decimal.Zero, decimal.Zero, &socialorg.NotInForceError{Param: "charity.ledger.net-assets"}
	}
	if l == nil {
		return decimal.Zero, decimal.Zero, nil
	}
	end := min(asOf.Days(), math.MaxInt32)
	var u, r int64
	for c, keys := range l.pKey.c {
		days, amts := l.pDay.c[c][:len(keys)], l.pAmt.c[c][:len(keys)]
		for i, k := range keys {
			d := int64(days[i])
			in := ^((end - d) >> 63) // all ones when d ≤ end
			a := amts[i] & in
			res := -int64(min(k%uint32(numRestrictions), 1)) // all ones for a restricted class
			r += a & res
			u += a &^ res
		}
	}
	return fen.ToDecimal(u), fen.ToDecimal(r), nil
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
	Period              socialorg.Period `json:"period"`
	Income              []IncomeLine     `json:"income"`   // every category, in order
	Expenses            []ExpenseLine    `json:"expenses"` // every category, in order
	CharitableActivity  decimal.Decimal  `json:"charitable_activity"`
	Reclassified        decimal.Decimal  `json:"reclassified"`          // restricted → unrestricted
	ReleasedTimeExpired decimal.Decimal  `json:"released_time_expired"` // of which by time expiry
	ChangeUnrestricted  decimal.Decimal  `json:"change_unrestricted"`   // net change in unrestricted net assets
	ChangeRestricted    decimal.Decimal  `json:"change_restricted"`     // net change in restricted net assets
	TotalIncome         decimal.Decimal  `json:"total_income"`
	TotalExpenses       decimal.Decimal  `json:"total_expenses"`
}

// Statement builds the statement of activities for the period, in one pass over the postings.
func (l *Ledger) Statement(p socialorg.Period) Statement {
	// acc[kind][restricted?]
	var acc [numPostingKinds][2]int64
	if l != nil {
		lo, hi := dayBounds(p)
		for c, kinds := range l.pKind.c {
			days, keys, amts := l.pDay.c[c][:len(kinds)], l.pKey.c[c][:len(kinds)], l.pAmt.c[c][:len(kinds)]
			for i, k := range kinds {
				d := int64(days[i])
				out := ((d - lo) | (hi - d)) >> 63
				r := min(keys[i]%uint32(numRestrictions), 1)
				acc[k][r] += amts[i] &^ out
			}
		}
	}
	s := Statement{Period: p, Income: make([]IncomeLine, 0, numIncome-1), Expenses: make([]ExpenseLine, 0, numExpense-1)}
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
// It takes time linear in the gifts and the donors: the donors are ordered by a radix sort on the
// amount and the first eight bytes of the donor, and only donors that tie on both are compared
// in full (donorTotals).
func (l *Ledger) Donors(p socialorg.Period) []DonorTotal {
	if l == nil {
		return []DonorTotal{}
	}
	return l.donorTotals(p)
}

// giftRefunds returns the refunded fen of each gift that has refunds.
func (l *Ledger) giftRefunds() map[uint32]int64 {
	out := make(map[uint32]int64, len(l.refunded))
	for k, v := range l.refunded {
		out[uint32(k>>16)] += v
	}
	return out
}

// FiguresFromLedger derives a year's SpendingInput from the ledger: this year's charitable-activity
// expenditure, management expenses, total expenditure, fundraising costs and donations; last
// year's net assets at 31 December; and last year's income adjusted as Art. 10 of the 2016 rules
// says: actual income, less the restricted income of that year that its time restriction kept
// from use within the year (net of the refunds of those gifts within the year), plus the net
// assets released from time restrictions in that year. A negative adjusted income (refunds of
// earlier gifts outweighing the year's income) is set to zero, and IncomeClampedFrom keeps it so
// that the check says so; the year's donations are likewise counted from zero. Kind,
// qualification and subject are the caller's.
func FiguresFromLedger(l *Ledger, year int, kind registry.Kind, publicFundraising bool, subject string) (SpendingInput, error) {
	if l == nil {
		return SpendingInput{}, errors.New("charity: FiguresFromLedger: nil ledger")
	}
	if year < 1 || year > 9999 {
		return SpendingInput{}, socialorg.Invalid("year", year, "1–9999")
	}
	cur := l.Statement(socialorg.Year(year))
	prior := l.Statement(socialorg.Year(year - 1))
	priorEnd := socialorg.NewDate(year-1, 12, 31)
	p := socialorg.Problems{Package: pkg, Sentinel: ErrLedger}
	held := l.timeHeld(&p, socialorg.Year(year-1), priorEnd)
	if err := p.Err(); err != nil {
		return SpendingInput{}, err
	}
	adjusted := prior.TotalIncome.Sub(fen.ToDecimal(held)).Add(prior.ReleasedTimeExpired)
	u, r, err := l.NetAssets(priorEnd)
	if err != nil {
		return SpendingInput{}, err
	}
	var donations decimal.Decimal
	for _, in := range cur.Income {
		if in.Category == DonationIncome {
			donations = in.Total()
		}
	}
	in := SpendingInput{
		Kind:                  kind,
		PublicFundraising:     publicFundraising,
		Subject:               subject,
		Year:                  year,
		PriorYearIncome:       adjusted,
		PriorYearNetAssets:    u.Add(r),
		CharitableExpenditure: cur.CharitableActivity,
		ManagementExpense:     cur.Expense(Management),
		TotalExpenditure:      cur.TotalExpenses,
		FundraisingCost:       cur.Expense(Fundraising),
		FundraisingIncome:     decimal.Max(donations, decimal.Zero),
	}
	if adjusted.IsNegative() {
		in.PriorYearIncome, in.IncomeClampedFrom = decimal.Zero, adjusted
	}
	return in, nil
}

// timeHeld is the income received in the period under a time restriction that kept it from use
// until after end, net of the refunds of those gifts within the period. The amounts were checked
// when they were recorded; one that does not convert is recorded in pr (with the entry's path).
func (l *Ledger) timeHeld(pr *socialorg.Problems, p socialorg.Period, end socialorg.Date) int64 {
	var m money.Reader
	var held int64
	for i := range l.gifts.len() {
		g := l.gifts.at(i)
		if !g.restriction().timeBound() || !p.Contains(socialorg.DateFromDays(int64(g.day))) {
			continue
		}
		if l.extras[uint32(i)].usable.After(end) {
			held += g.amount
		}
	}
	for k, r := range l.refunds {
		gi, _ := l.findGift(r.GiftID)
		g := l.gifts.at(int(gi))
		if g.restriction().timeBound() && p.Contains(r.Date) && p.Contains(socialorg.DateFromDays(int64(g.day))) &&
			l.extras[gi].usable.After(end) {
			held -= m.Any(pr, socialorg.Path("refunds", k, "amount"), r.Amount)
		}
	}
	for k, in := range l.incomes {
		if in.Restriction.timeBound() && p.Contains(in.Date) && in.UsableFrom.After(end) {
			held += m.Any(pr, socialorg.Path("incomes", k, "amount"), in.Amount)
		}
	}
	return held
}
