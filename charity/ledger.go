package charity

import (
	"cmp"
	"errors"
	"math"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/fen"
)

// ErrLedger is matched (errors.Is) by every error a Ledger returns for an entry it refuses; the
// errors are *socialorg.InputError values naming the field, the value and the rule. A refused
// entry changes nothing.
var ErrLedger = errors.New("charity: ledger entry refused")

// Fund is a fund or project the ledger keeps balances for: the general fund, a named fund, or a
// filed public-fundraising project (FilingNumber).
type Fund struct {
	ID           string `json:"id"`
	Name         string `json:"name,omitempty"`
	FilingNumber string `json:"filing_number,omitempty"` // the project's public-fundraising filing number
}

// Donation is a gift of money or goods. GiftID identifies the gift across every fund it is split
// into, so that rollups count it once.
type Donation struct {
	GiftID string          `json:"gift_id"`
	Date   socialorg.Date  `json:"date"`
	Donor  string          `json:"donor,omitempty"` // "" for an anonymous gift
	Fund   string          `json:"fund"`
	Amount decimal.Decimal `json:"amount"` // yuan; goods at the value Valuation says
	// Restriction, with Purpose and UsableFrom, is what the donor imposed. A time restriction
	// needs UsableFrom; a purpose restriction needs Purpose.
	Restriction Restriction    `json:"restriction,omitempty"`
	Purpose     string         `json:"purpose,omitempty"`
	UsableFrom  socialorg.Date `json:"usable_from,omitzero"`
	Valuation   Valuation      `json:"valuation,omitempty"`
	Description string         `json:"description,omitempty"` // what goods were given
	Pledge      string         `json:"pledge,omitempty"`      // the pledge this gift fulfils, if any
}

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

// Release moves restricted net assets of a fund to its unrestricted net assets.
type Release struct {
	Date   socialorg.Date  `json:"date"`
	Fund   string          `json:"fund"`
	From   Restriction     `json:"from"` // a restricted class
	Amount decimal.Decimal `json:"amount"`
	Reason ReleaseReason   `json:"reason"`
}

// Refund returns part or all of a gift: its part in Fund (which may be left empty when the gift
// went to one fund).
type Refund struct {
	Date   socialorg.Date  `json:"date"`
	GiftID string          `json:"gift_id"`
	Fund   string          `json:"fund,omitempty"`
	Amount decimal.Decimal `json:"amount"`
}

// Part is one share of a split gift or payment: an exact Amount, or a Share (a weight; the
// amounts then follow by the largest-remainder method, in fen, so that the parts always sum to
// the whole). All parts of a split use the same one.
type Part struct {
	Fund   string          `json:"fund"`
	Amount decimal.Decimal `json:"amount"`
	Share  decimal.Decimal `json:"share"`
}

// Posting kinds: what a posting is in the statement of activities.
const (
	kindIncome      = 0  // + IncomeCategory (1…7)
	kindExpense     = 8  // + ExpenseCategory (1…4)
	kindCharitable  = 13 // a charitable business activity cost
	kindReleaseOut  = 14 // restricted → (purpose fulfilled, donor revoked)
	kindReleaseTime = 15 // restricted → (time expired): Art. 10 adjusts income by these
	kindReleaseIn   = 16 // → unrestricted
	kindRefund      = 17 // negative donation income
	numPostingKinds = 18
)

// Ledger is an append-only, in-memory fundraising ledger in exact amounts: donations (money and
// goods, restricted and unrestricted), other income, pledges, refunds, releases of restrictions
// and expenses, by fund. It keeps every amount in integer fen, checks every sum for overflow, and
// refuses an invalid entry without changing anything.
//
// A Ledger is not safe for concurrent writes; reads (Totals, Statement, Balance…) may run
// concurrently with each other when nothing writes. Build one with NewLedger.
type Ledger struct {
	funds   []Fund
	fundIdx map[string]uint32

	// Postings, one per balance they move, as parallel slices: date (days since 1970), key
	// (fund × 4 + restriction), signed amount in fen, kind.
	pDate []int64
	pKey  []uint32
	pAmt  []int64
	pKind []uint8

	balances []int64 // running balance per key
	// minDay and maxDay bound pDate, so that a period covering everything skips the date test.
	minDay, maxDay int64
	// volume is Σ|amount| over every posting, kept below 2^63: then no sum of postings, over any
	// period or any fund, can overflow, and the totals loops need no checks.
	volume int64

	gifts    map[string]*gift
	giftList []*gift // in recording order
	timeHeld []timeHeld
	pledges  []Pledge
	pledgeIx map[string]int
	entries  int
}

// gift is what the ledger remembers of a donation for refunds and rollups.
type gift struct {
	id, donor string
	date      socialorg.Date
	inKind    bool
	pledge    string
	parts     []giftPart
}

type giftPart struct {
	fund     uint32
	class    Restriction
	amount   int64
	refunded int64
}

// timeHeld is income received under a time restriction: Art. 10 of the 2016 rules adjusts the
// prior year's income by it.
type timeHeld struct {
	date, usable socialorg.Date
	amount       int64
}

// NewLedger returns a ledger with the given funds (at least one; IDs unique and non-empty).
func NewLedger(funds ...Fund) (*Ledger, error) {
	l := &Ledger{fundIdx: map[string]uint32{}, gifts: map[string]*gift{}, pledgeIx: map[string]int{}}
	if len(funds) == 0 {
		return nil, ledgerErr("funds", 0, "at least one fund")
	}
	for _, f := range funds {
		if err := l.AddFund(f); err != nil {
			return nil, err
		}
	}
	return l, nil
}

// AddFund adds a fund or project.
func (l *Ledger) AddFund(f Fund) error {
	switch {
	case f.ID == "":
		return ledgerErr("Fund.ID", f.ID, "required")
	case l.hasFund(f.ID):
		return ledgerErr("Fund.ID", f.ID, "unique")
	case len(l.funds) >= 1<<29:
		return ledgerErr("Fund.ID", f.ID, "at most 2^29 funds")
	}
	l.fundIdx[f.ID] = uint32(len(l.funds))
	l.funds = append(l.funds, f)
	l.balances = append(l.balances, make([]int64, numRestrictions)...)
	return nil
}

func (l *Ledger) hasFund(id string) bool {
	_, ok := l.fundIdx[id]
	return ok
}

// Funds returns the ledger's funds, in the order they were added.
func (l *Ledger) Funds() []Fund { return slices.Clone(l.funds) }

// Len returns the number of entries recorded (a split counts once; a release once).
func (l *Ledger) Len() int { return l.entries }

func ledgerErr(field string, value any, rule string) error {
	e := socialorg.Invalid(field, value, rule)
	e.Err = ErrLedger
	return e
}

// posting is one balance movement, validated but not yet applied.
type posting struct {
	date socialorg.Date
	key  uint32
	amt  int64
	kind uint8
}

// apply checks that every posting keeps its balance in range, and restricted balances
// non-negative, then records them all, or none.
func (l *Ledger) apply(ps []posting) error {
	type change struct {
		key uint32
		bal int64
	}
	var buf [4]change
	next := buf[:0]
	vol := l.volume
	for _, p := range ps {
		var ok bool
		if vol, ok = fen.Add(vol, max(p.amt, -p.amt)); !ok || p.amt == math.MinInt64 {
			return ledgerErr("amount", fen.Format(p.amt), "the ledger's total volume would exceed 2^63−1 fen")
		}
		j := slices.IndexFunc(next, func(c change) bool { return c.key == p.key })
		if j < 0 {
			next = append(next, change{p.key, l.balances[p.key]})
			j = len(next) - 1
		}
		cur := next[j].bal
		v, ok := fen.Add(cur, p.amt)
		if !ok {
			return ledgerErr("amount", fen.Format(p.amt), "the fund's balance would overflow")
		}
		if class := Restriction(p.key % uint32(numRestrictions)); class.Restricted() && v < 0 {
			return ledgerErr("amount", fen.Format(-p.amt), "more than the fund's "+class.String()+"-restricted balance ("+fen.Format(cur)+")")
		}
		next[j].bal = v
	}
	for _, p := range ps {
		day := int64(epoch.DaysUntil(p.date))
		if len(l.pDate) == 0 || day < l.minDay {
			l.minDay = day
		}
		if len(l.pDate) == 0 || day > l.maxDay {
			l.maxDay = day
		}
		l.pDate = append(l.pDate, day)
		l.pKey = append(l.pKey, p.key)
		l.pAmt = append(l.pAmt, p.amt)
		l.pKind = append(l.pKind, p.kind)
	}
	for _, c := range next {
		l.balances[c.key] = c.bal
	}
	l.volume = vol
	l.entries++
	return nil
}

var epoch = socialorg.MustDate("1970-01-01")

func (l *Ledger) key(fund string, r Restriction) (uint32, bool) {
	i, ok := l.fundIdx[fund]
	return i*uint32(numRestrictions) + uint32(r), ok
}

// positive converts a positive amount in yuan to fen.
func positive(field string, d decimal.Decimal) (int64, error) {
	v, err := fen.FromDecimal(d)
	switch {
	case err != nil:
		return 0, ledgerErr(field, d, err.Error())
	case v <= 0:
		return 0, ledgerErr(field, d, "> 0")
	}
	return v, nil
}

func requireDate(field string, d socialorg.Date) error {
	if d.IsZero() {
		return ledgerErr(field, "", "required")
	}
	return nil
}

// checkRestriction checks a restriction's details; needPurpose asks for the purpose of a purpose
// restriction (donors state one; other income has no such field).
func (l *Ledger) checkRestriction(prefix string, r Restriction, needPurpose bool, purpose string, usable socialorg.Date) error {
	switch {
	case !r.IsValid():
		return ledgerErr(prefix+".Restriction", uint8(r), "unrestricted, time, purpose or time-and-purpose")
	case r.timeBound() && usable.IsZero():
		return ledgerErr(prefix+".UsableFrom", "", "required for a time restriction")
	case !r.timeBound() && !usable.IsZero():
		return ledgerErr(prefix+".UsableFrom", usable, "only for a time restriction")
	case needPurpose && (r == PurposeRestricted || r == TimeAndPurpose) && purpose == "":
		return ledgerErr(prefix+".Purpose", purpose, "required for a purpose restriction")
	}
	return nil
}

// RecordDonation records a gift to one fund.
func (l *Ledger) RecordDonation(d Donation) error {
	return l.RecordSplitDonation(d, nil)
}

// RecordSplitDonation records one gift split across funds: by exact amounts, which must sum to
// d.Amount, or by shares, split by the largest-remainder method in fen. d.Fund is ignored when
// parts are given. The gift is one gift: refunds and rollups see it once.
func (l *Ledger) RecordSplitDonation(d Donation, parts []Part) error {
	switch {
	case d.GiftID == "":
		return ledgerErr("Donation.GiftID", d.GiftID, "required")
	case l.gifts[d.GiftID] != nil:
		return ledgerErr("Donation.GiftID", d.GiftID, "unique")
	case !d.Valuation.IsValid():
		return ledgerErr("Donation.Valuation", uint8(d.Valuation), "money, voucher, market-price or valuation-method")
	}
	if err := requireDate("Donation.Date", d.Date); err != nil {
		return err
	}
	if err := l.checkRestriction("Donation", d.Restriction, true, d.Purpose, d.UsableFrom); err != nil {
		return err
	}
	if d.Pledge != "" {
		if _, ok := l.pledgeIx[d.Pledge]; !ok {
			return ledgerErr("Donation.Pledge", d.Pledge, "a recorded pledge")
		}
	}
	total, err := positive("Donation.Amount", d.Amount)
	if err != nil {
		return err
	}
	split, err := l.split("Donation", d.Fund, total, parts)
	if err != nil {
		return err
	}
	g := &gift{id: d.GiftID, donor: d.Donor, date: d.Date, inKind: d.Valuation.InKind(), pledge: d.Pledge}
	ps := make([]posting, 0, len(split))
	for _, s := range split {
		if s.amount == 0 {
			continue
		}
		k := s.fund*uint32(numRestrictions) + uint32(d.Restriction)
		ps = append(ps, posting{d.Date, k, s.amount, kindIncome + uint8(DonationIncome)})
		g.parts = append(g.parts, giftPart{fund: s.fund, class: d.Restriction, amount: s.amount})
	}
	if err := l.apply(ps); err != nil {
		return err
	}
	l.gifts[d.GiftID] = g
	l.giftList = append(l.giftList, g)
	if d.Restriction.timeBound() {
		l.timeHeld = append(l.timeHeld, timeHeld{d.Date, d.UsableFrom, total})
	}
	return nil
}

type fundAmount struct {
	fund   uint32
	amount int64
}

// split resolves a total into per-fund amounts.
func (l *Ledger) split(what, fund string, total int64, parts []Part) ([]fundAmount, error) {
	if len(parts) == 0 {
		i, ok := l.fundIdx[fund]
		if !ok {
			return nil, ledgerErr(what+".Fund", fund, "a fund of the ledger")
		}
		return []fundAmount{{i, total}}, nil
	}
	out := make([]fundAmount, len(parts))
	byShare := parts[0].Amount.IsZero()
	weights := make([]int64, len(parts))
	var sum int64
	for i, p := range parts {
		field := what + ".Parts[" + strconv.Itoa(i) + "]"
		f, ok := l.fundIdx[p.Fund]
		if !ok {
			return nil, ledgerErr(field+".Fund", p.Fund, "a fund of the ledger")
		}
		out[i].fund = f
		if byShare != p.Amount.IsZero() || (!byShare && !p.Share.IsZero()) {
			return nil, ledgerErr(field, p.Fund, "every part gives an Amount, or every part a Share")
		}
		if byShare {
			w, err := fen.FromDecimal(p.Share.Shift(2))
			if err != nil || w < 0 {
				return nil, ledgerErr(field+".Share", p.Share, "≥ 0, at most 4 decimal places")
			}
			weights[i] = w
			continue
		}
		v, err := positive(field+".Amount", p.Amount)
		if err != nil {
			return nil, err
		}
		out[i].amount = v
		var ok2 bool
		if sum, ok2 = fen.Add(sum, v); !ok2 {
			return nil, ledgerErr(field+".Amount", p.Amount, "parts overflow")
		}
	}
	if !byShare {
		if sum != total {
			return nil, ledgerErr(what+".Parts", fen.Format(sum), "parts must sum to the amount ("+fen.Format(total)+")")
		}
		return out, nil
	}
	amounts, err := fen.Split(total, weights)
	if err != nil {
		return nil, ledgerErr(what+".Parts", len(parts), "shares: "+err.Error())
	}
	for i := range out {
		out[i].amount = amounts[i]
	}
	return out, nil
}

// RecordIncome records income other than a donation.
func (l *Ledger) RecordIncome(in Income) error {
	if err := requireDate("Income.Date", in.Date); err != nil {
		return err
	}
	switch {
	case !in.Category.IsValid():
		return ledgerErr("Income.Category", uint8(in.Category), "an IncomeCategory")
	case in.Category == DonationIncome:
		return ledgerErr("Income.Category", in.Category, "record donations with RecordDonation")
	}
	if err := l.checkRestriction("Income", in.Restriction, false, "", in.UsableFrom); err != nil {
		return err
	}
	v, err := positive("Income.Amount", in.Amount)
	if err != nil {
		return err
	}
	k, ok := l.key(in.Fund, in.Restriction)
	if !ok {
		return ledgerErr("Income.Fund", in.Fund, "a fund of the ledger")
	}
	if err := l.apply([]posting{{in.Date, k, v, kindIncome + uint8(in.Category)}}); err != nil {
		return err
	}
	if in.Restriction.timeBound() {
		l.timeHeld = append(l.timeHeld, timeHeld{in.Date, in.UsableFrom, v})
	}
	return nil
}

// RecordExpense records an expense paid from the fund's unrestricted net assets.
func (l *Ledger) RecordExpense(e Expense) error { return l.RecordSplitExpense(e, nil) }

// RecordSplitExpense records one payment allocated across funds or line items, by exact amounts
// or by shares (largest remainder in fen), as RecordSplitDonation does.
func (l *Ledger) RecordSplitExpense(e Expense, parts []Part) error {
	if err := requireDate("Expense.Date", e.Date); err != nil {
		return err
	}
	switch {
	case !e.Category.IsValid():
		return ledgerErr("Expense.Category", uint8(e.Category), "an ExpenseCategory")
	case e.Charitable && e.Category != BusinessActivity:
		return ledgerErr("Expense.Charitable", e.Category, "only business activity costs are charitable-activity expenditure")
	}
	v, err := positive("Expense.Amount", e.Amount)
	if err != nil {
		return err
	}
	split, err := l.split("Expense", e.Fund, v, parts)
	if err != nil {
		return err
	}
	kind := kindExpense + uint8(e.Category)
	if e.Charitable {
		kind = kindCharitable
	}
	ps := make([]posting, 0, len(split))
	for _, s := range split {
		if s.amount > 0 {
			ps = append(ps, posting{e.Date, s.fund * uint32(numRestrictions), -s.amount, kind})
		}
	}
	return l.apply(ps)
}

// RecordRelease moves restricted net assets to unrestricted. It cannot release more than the
// fund's balance in that class.
func (l *Ledger) RecordRelease(r Release) error {
	if err := requireDate("Release.Date", r.Date); err != nil {
		return err
	}
	switch {
	case !r.From.Restricted():
		return ledgerErr("Release.From", r.From, "a restricted class")
	case !r.Reason.IsValid():
		return ledgerErr("Release.Reason", uint8(r.Reason), "time-expired, purpose-fulfilled or donor-revoked")
	case r.Reason == TimeExpired && !r.From.timeBound():
		return ledgerErr("Release.Reason", r.Reason, "a time restriction to expire")
	}
	v, err := positive("Release.Amount", r.Amount)
	if err != nil {
		return err
	}
	from, ok := l.key(r.Fund, r.From)
	if !ok {
		return ledgerErr("Release.Fund", r.Fund, "a fund of the ledger")
	}
	to, _ := l.key(r.Fund, Unrestricted)
	out := uint8(kindReleaseOut)
	if r.Reason == TimeExpired {
		out = kindReleaseTime
	}
	return l.apply([]posting{{r.Date, from, -v, out}, {r.Date, to, v, kindReleaseIn}})
}

// SpendRestricted records spending restricted money on its purpose: a release (PurposeFulfilled)
// and the expense, together or not at all.
func (l *Ledger) SpendRestricted(from Restriction, e Expense) error {
	snapshot := l.mark()
	if err := l.RecordRelease(Release{Date: e.Date, Fund: e.Fund, From: from, Amount: e.Amount, Reason: PurposeFulfilled}); err != nil {
		return err
	}
	if err := l.RecordExpense(e); err != nil {
		l.rollback(snapshot)
		return err
	}
	l.entries-- // one entry, not two
	return nil
}

// mark and rollback undo the postings of a compound entry that failed half way.
type mark struct {
	postings, entries      int
	balances               []int64
	minDay, maxDay, volume int64
}

func (l *Ledger) mark() mark {
	return mark{len(l.pAmt), l.entries, slices.Clone(l.balances), l.minDay, l.maxDay, l.volume}
}

func (l *Ledger) rollback(m mark) {
	l.pDate, l.pKey, l.pAmt, l.pKind = l.pDate[:m.postings], l.pKey[:m.postings], l.pAmt[:m.postings], l.pKind[:m.postings]
	l.entries = m.entries
	l.balances = m.balances
	l.minDay, l.maxDay, l.volume = m.minDay, m.maxDay, m.volume
}

// RecordRefund returns part or all of a gift. The total refunded never exceeds the gift's part in
// that fund, and a restricted balance never goes below zero.
func (l *Ledger) RecordRefund(r Refund) error {
	if err := requireDate("Refund.Date", r.Date); err != nil {
		return err
	}
	g := l.gifts[r.GiftID]
	if g == nil {
		return ledgerErr("Refund.GiftID", r.GiftID, "a recorded gift")
	}
	v, err := positive("Refund.Amount", r.Amount)
	if err != nil {
		return err
	}
	part := -1
	switch {
	case r.Fund == "" && len(g.parts) == 1:
		part = 0
	case r.Fund == "":
		return ledgerErr("Refund.Fund", r.Fund, "required: the gift was split across funds")
	default:
		for i, p := range g.parts {
			if l.funds[p.fund].ID == r.Fund {
				part = i
			}
		}
		if part < 0 {
			return ledgerErr("Refund.Fund", r.Fund, "a fund the gift went to")
		}
	}
	p := &g.parts[part]
	if left := p.amount - p.refunded; v > left {
		return ledgerErr("Refund.Amount", r.Amount, "at most what is left of the gift ("+fen.Format(left)+")")
	}
	k := p.fund*uint32(numRestrictions) + uint32(p.class)
	if err := l.apply([]posting{{r.Date, k, -v, kindRefund}}); err != nil {
		return err
	}
	p.refunded += v
	return nil
}

// Balance returns a fund's balance in one restriction class, now (after every entry).
func (l *Ledger) Balance(fund string, r Restriction) (decimal.Decimal, error) {
	k, ok := l.key(fund, r)
	if !ok || !r.IsValid() {
		return decimal.Decimal{}, ledgerErr("fund", fund, "a fund of the ledger and a valid restriction")
	}
	return fen.ToDecimal(l.balances[k]), nil
}

// AssertBalance checks, with zero tolerance, that the fund's balance in class r at the end of
// asOf is want; and that the running balance agrees with the sum of the entries. It is the check
// an auditor runs against the books.
func (l *Ledger) AssertBalance(fund string, r Restriction, want decimal.Decimal, asOf socialorg.Date) error {
	k, ok := l.key(fund, r)
	if !ok || !r.IsValid() {
		return ledgerErr("fund", fund, "a fund of the ledger and a valid restriction")
	}
	w, err := fen.FromDecimal(want)
	if err != nil {
		return ledgerErr("want", want, err.Error())
	}
	if err := l.Verify(); err != nil {
		return err
	}
	var got int64
	end := int64(epoch.DaysUntil(asOf))
	for i, key := range l.pKey {
		if key == k && l.pDate[i] <= end {
			got += l.pAmt[i]
		}
	}
	if got != w {
		return &BalanceError{Fund: fund, Restriction: r, AsOf: asOf, Got: fen.ToDecimal(got), Want: want}
	}
	return nil
}

// BalanceError reports a balance that differs from the one asserted.
type BalanceError struct {
	Fund        string
	Restriction Restriction
	AsOf        socialorg.Date
	Got, Want   decimal.Decimal
}

// Error describes the error in one line.
func (e *BalanceError) Error() string {
	return "charity: balance of " + e.Fund + " (" + e.Restriction.String() + ") at " + e.AsOf.String() +
		" is " + e.Got.StringFixed(2) + ", want " + e.Want.StringFixed(2)
}

// Verify recomputes every balance from the postings and compares it with the running balance;
// a difference is a bug, reported as an error.
func (l *Ledger) Verify() error {
	sums := make([]int64, len(l.balances))
	for i, k := range l.pKey {
		sums[k] += l.pAmt[i]
	}
	for k, v := range sums {
		if v != l.balances[k] {
			return errors.New("charity: ledger inconsistent: fund " + l.funds[k/int(numRestrictions)].ID +
				" " + Restriction(k%int(numRestrictions)).String() + " sums to " + fen.Format(v) + ", balance " + fen.Format(l.balances[k]))
		}
	}
	return nil
}

// Period is an inclusive range of dates; a zero From or To leaves that end open.
type Period struct {
	From, To socialorg.Date
}

// Year returns the calendar (fiscal) year y.
func Year(y int) Period {
	return Period{From: socialorg.NewDate(y, 1, 1), To: socialorg.NewDate(y, 12, 31)}
}

// bounds returns the period as days since 1970, open ends as the extremes.
func (p Period) bounds() (int64, int64) {
	lo, hi := int64(-1<<62), int64(1<<62)
	if !p.From.IsZero() {
		lo = int64(epoch.DaysUntil(p.From))
	}
	if !p.To.IsZero() {
		hi = int64(epoch.DaysUntil(p.To))
	}
	return lo, hi
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
