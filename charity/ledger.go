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
	"github.com/socialorg/socialorg/internal/money"
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
// the whole). All parts of a split use the same one, and each names a different fund.
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

// Limits on what one ledger holds and on the text of entries.
const (
	maxFunds   = 1 << 24
	maxID      = 256  // bytes of an ID, a donor, a reference
	maxText    = 4096 // bytes of a purpose, a description, a name
	maxParts   = 1 << 16
	maxSeries  = 1 << 20 // distinct days of one restricted balance
	splitShift = 2       // shares are read with up to 4 decimal places: weight = share × 10^4
)

// Ledger is an append-only, in-memory fundraising ledger in exact amounts: donations (money and
// goods, restricted and unrestricted), other income, pledges, refunds, releases of restrictions
// and expenses, by fund. It keeps every amount in integer fen, checks every sum for overflow, and
// refuses an invalid entry without changing anything.
//
// Balances hold at every date, not only at the end: an entry that would make a restricted balance
// negative at any date from its own on (a release or refund dated before the money it draws on
// arrived) is refused, whatever order the entries come in. Unrestricted balances may go negative
// (a deficit).
//
// Every accepted entry is kept in order and can be listed as a journal (Journal), encoded and
// replayed into a new ledger (Replay) with identical totals, statements and donor rollups.
//
// The zero Ledger is an empty ledger, ready for AddFund; a nil *Ledger reads as empty and refuses
// every entry. A Ledger is not safe for concurrent writes; reads (Totals, Statement, Balance…) may
// run concurrently with each other when nothing writes.
type Ledger struct {
	funds   []Fund
	fundIdx map[string]uint32

	// Postings, one per balance they move, as parallel slices: day (Date.Days), key (fund × 4 +
	// restriction), signed amount in fen, kind.
	pDay  []int32
	pKey  []uint32
	pAmt  []int64
	pKind []uint8

	balances []int64 // running balance per key
	// minDay and maxDay bound pDay, so that a period covering everything skips the date test.
	minDay, maxDay int32
	// volume is Σ|amount| over every posting, kept below 2^63: then no sum of postings, over any
	// period or any fund, can overflow, and the totals loops need no checks.
	volume int64
	// dated holds, for each restricted key that has postings, its amounts by day, so that a
	// reduction can be checked against the balance at every later date.
	dated map[uint32]*daySeries

	gifts    []gift
	giftIdx  idIndex              // gift IDs → positions in gifts
	longIDs  map[uint32]string    // the IDs longer than a gift holds inline
	splits   [][]giftPart         // the parts of split gifts (gift.fund indexes it)
	extras   map[uint32]giftExtra // purpose, description, pledge, usable date of the gifts that have them
	refunded map[uint64]int64     // refunded fen by gift << 16 | part
	donors   []string             // interned donor names; index 0 is "" (anonymous)
	donorIdx idIndex

	incomes  []Income
	expenses []splitExpense
	releases []Release
	refunds  []Refund
	spends   [][2]uint32 // SpendRestricted: release and expense indexes
	pledges  []Pledge
	pledgeIx map[string]int
	log      []logRun // the entries in order, as runs of consecutive entries of one kind
	entries  int
}

// logRun is a run of consecutive entries of one kind whose indexes into their list follow each
// other: a year of donations is one run, not one word per gift.
type logRun struct {
	kind  uint8
	start uint32 // index of the first entry in its list
	n     uint32
}

// logEntry appends an entry to the log.
func (l *Ledger) logEntry(kind uint64, index int) {
	if k := len(l.log) - 1; k >= 0 {
		r := &l.log[k]
		if uint64(r.kind) == kind && uint64(r.start)+uint64(r.n) == uint64(index) && r.n < 1<<32-1 {
			r.n++
			return
		}
	}
	l.log = append(l.log, logRun{kind: uint8(kind), start: uint32(index), n: 1})
}

// gift is what the ledger keeps of a donation: 40 bytes without a pointer (the collector does not
// scan the gifts), with the rare fields elsewhere. The gift ID is held inline up to idInline bytes;
// a longer one goes to longIDs.
type gift struct {
	id     [idInline]byte
	amount int64 // fen, the whole gift
	day    int32
	donor  uint32 // index into donors
	fund   uint32 // the fund; for a split gift, the index into splits
	idLen  uint8  // bytes of id used; idLong when the ID is in longIDs
	bits   uint8  // restriction (bits 0–1), valuation (bits 2–3), split (bit 4)
}

const (
	idInline = 16
	idLong   = 0xFF
)

// giftID returns gift i's ID.
func (l *Ledger) giftID(i uint32) string {
	g := &l.gifts[i]
	if g.idLen == idLong {
		return l.longIDs[i]
	}
	return string(g.id[:g.idLen])
}

// giftIs reports whether gift i's ID is s, without building a string.
func (l *Ledger) giftIs(i uint32, s string) bool {
	g := &l.gifts[i]
	if g.idLen == idLong {
		return l.longIDs[i] == s
	}
	return int(g.idLen) == len(s) && string(g.id[:g.idLen]) == s
}

// findGift returns the position of the gift with the ID.
func (l *Ledger) findGift(id string) (uint32, bool) { return l.giftIdx.find(id, l.giftIs) }

const (
	giftSplit = 1 << 4
)

func (g *gift) restriction() Restriction { return Restriction(g.bits & 3) }
func (g *gift) valuation() Valuation     { return Valuation(g.bits >> 2 & 3) }
func (g *gift) split() bool              { return g.bits&giftSplit != 0 }

type giftPart struct {
	fund   uint32
	amount int64
}

type giftExtra struct {
	purpose, description, pledge string
	usable                       socialorg.Date
}

type splitExpense struct {
	Expense
	parts []Part
}

// parts returns the gift's parts (one for a gift to one fund).
func (l *Ledger) parts(i uint32) []giftPart {
	g := &l.gifts[i]
	if g.split() {
		return l.splits[g.fund]
	}
	return []giftPart{{fund: g.fund, amount: g.amount}}
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

// NewLedger returns a ledger with the given funds (at least one; IDs unique and non-empty).
func NewLedger(funds ...Fund) (*Ledger, error) {
	if len(funds) == 0 {
		return nil, ledgerErr("funds", 0, "at least one fund")
	}
	l := &Ledger{}
	for _, f := range funds {
		if err := l.AddFund(f); err != nil {
			return nil, err
		}
	}
	return l, nil
}

// init makes the maps of a zero Ledger.
func (l *Ledger) init() {
	if l.fundIdx == nil {
		l.fundIdx = map[string]uint32{}
		l.longIDs = map[uint32]string{}
		l.pledgeIx = map[string]int{}
		l.donors = []string{""}
		l.donorIdx.insert("", 0, l.donorAt)
		l.dated = map[uint32]*daySeries{}
		l.extras = map[uint32]giftExtra{}
		l.refunded = map[uint64]int64{}
	}
}

// Grow makes room for n more gifts (and their postings), so that a large year is ingested
// without reallocation: a capacity hint.
func (l *Ledger) Grow(n int) {
	if l == nil || n <= 0 {
		return
	}
	l.init()
	l.gifts = slices.Grow(l.gifts, n)
	l.pDay = slices.Grow(l.pDay, n)
	l.pKey = slices.Grow(l.pKey, n)
	l.pAmt = slices.Grow(l.pAmt, n)
	l.pKind = slices.Grow(l.pKind, n)
	l.giftIdx.grow(len(l.gifts)+n, l.giftID)
}

// Validate checks the fund's shape: an ID of 1–256 bytes, a name and filing number of at most
// 4096 bytes.
func (f Fund) Validate() error {
	var p socialorg.Problems
	f.validate(&p)
	return p.Err()
}

func (f Fund) validate(p *socialorg.Problems) {
	switch {
	case f.ID == "":
		p.Add("fund.id", "", "required")
	case len(f.ID) > maxID:
		p.Add("fund.id", f.ID, "at most 256 bytes")
	}
	if len(f.Name) > maxText || len(f.FilingNumber) > maxID {
		p.Add("fund.name", f.Name, "name at most 4096 bytes, filing number at most 256")
	}
}

// AddFund adds a fund or project.
func (l *Ledger) AddFund(f Fund) error {
	if l == nil {
		return ledgerErr("ledger", "nil", "a ledger")
	}
	l.init()
	p := socialorg.Problems{Sentinel: ErrLedger}
	f.validate(&p)
	switch {
	case p.Len() > 0:
	case l.hasFund(f.ID):
		p.Add("fund.id", f.ID, "unique")
	case len(l.funds) >= maxFunds:
		p.Add("fund.id", f.ID, "at most 2^24 funds")
	}
	if err := p.Err(); err != nil {
		return err
	}
	l.fundIdx[f.ID] = uint32(len(l.funds))
	l.funds = append(l.funds, f)
	l.balances = append(l.balances, make([]int64, numRestrictions)...)
	l.logEntry(entryFund, len(l.funds)-1)
	return nil
}

func (l *Ledger) hasFund(id string) bool {
	_, ok := l.fundIdx[id]
	return ok
}

// Funds returns the ledger's funds, in the order they were added.
func (l *Ledger) Funds() []Fund {
	if l == nil {
		return nil
	}
	return slices.Clone(l.funds)
}

// Len returns the number of entries recorded (a split counts once; SpendRestricted once; funds
// not at all).
func (l *Ledger) Len() int {
	if l == nil {
		return 0
	}
	return l.entries
}

func ledgerErr(field string, value any, rule string) error {
	e := socialorg.Invalid(field, value, rule)
	e.Err = ErrLedger
	return e
}

// posting is one balance movement, validated but not yet applied.
type posting struct {
	day  int32
	key  uint32
	amt  int64
	kind uint8
}

// apply checks that every posting keeps its balance in range and every restricted balance
// non-negative at every date from the posting's on, then records them all, or none. It counts as
// one entry of the given kind and index in the journal.
func (l *Ledger) apply(ps []posting, kind uint64, index int) error {
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
		class := Restriction(p.key % uint32(numRestrictions))
		if class.Restricted() && p.amt < 0 {
			if v < 0 {
				return ledgerErr("amount", fen.Format(-p.amt), "more than the fund's "+class.String()+"-restricted balance ("+fen.Format(cur)+")")
			}
			if s := l.dated[p.key]; s == nil || s.minFrom(p.day)+p.amt < 0 {
				low := int64(0)
				if s != nil {
					low = s.minFrom(p.day)
				}
				return ledgerErr("date", socialorg.DateFromDays(int64(p.day)), "the fund's "+class.String()+"-restricted balance from that date on is at least "+
					fen.Format(low)+", less than "+fen.Format(-p.amt))
			}
		}
		if class.Restricted() {
			if s := l.dated[p.key]; s != nil && len(s.day) >= maxSeries {
				return ledgerErr("date", socialorg.DateFromDays(int64(p.day)), "at most 2^20 distinct days in one restricted balance")
			}
		}
		next[j].bal = v
	}
	for _, p := range ps {
		if len(l.pDay) == 0 || p.day < l.minDay {
			l.minDay = p.day
		}
		if len(l.pDay) == 0 || p.day > l.maxDay {
			l.maxDay = p.day
		}
		l.pDay = append(l.pDay, p.day)
		l.pKey = append(l.pKey, p.key)
		l.pAmt = append(l.pAmt, p.amt)
		l.pKind = append(l.pKind, p.kind)
		if Restriction(p.key % uint32(numRestrictions)).Restricted() {
			s := l.dated[p.key]
			if s == nil {
				s = &daySeries{}
				l.dated[p.key] = s
			}
			s.add(p.day, p.amt)
		}
	}
	for _, c := range next {
		l.balances[c.key] = c.bal
	}
	l.volume = vol
	l.entries++
	l.logEntry(kind, index)
	return nil
}

// The kinds of journal entries, as the log stores them.
const (
	entryFund uint64 = iota + 1
	entryDonation
	entryIncome
	entryExpense
	entryRelease
	entryRefund
	entryPledge
	entrySpend
)

func (l *Ledger) key(fund string, r Restriction) (uint32, bool) {
	i, ok := l.fundIdx[fund]
	return i*uint32(numRestrictions) + uint32(r), ok
}

// day converts a date the entry's Validate has checked.
func day(d socialorg.Date) int32 { return int32(d.Days()) }

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

// Validate checks the donation's shape and returns every problem joined: a gift ID and donor of
// at most 256 bytes, a date, a positive amount in yuan with at most two decimal places, a valid
// restriction with its usable date or purpose, a valid valuation, texts of at most 4096 bytes.
func (d Donation) Validate() error {
	var p socialorg.Problems
	d.validate(&p, "donation.")
	return p.Err()
}

func (d Donation) validate(p *socialorg.Problems, at string) int64 {
	switch {
	case d.GiftID == "":
		p.Add(at+"gift_id", "", "required")
	case len(d.GiftID) > maxID:
		p.Add(at+"gift_id", d.GiftID, "at most 256 bytes")
	}
	if d.Date.IsZero() {
		p.Add(at+"date", "", "required")
	}
	if len(d.Donor) > maxID || len(d.Pledge) > maxID {
		p.Add(at+"donor", d.Donor, "donor and pledge at most 256 bytes")
	}
	if len(d.Purpose) > maxText || len(d.Description) > maxText {
		p.Add(at+"purpose", d.Purpose, "purpose and description at most 4096 bytes")
	}
	checkRestriction(p, at, d.Restriction, true, d.Purpose, d.UsableFrom)
	if !d.Valuation.IsValid() {
		p.Add(at+"valuation", int(d.Valuation), "money, voucher, market-price or valuation-method")
	}
	var r money.Reader
	return r.Positive(p, at+"amount", d.Amount)
}

// RecordDonation records a gift to one fund.
func (l *Ledger) RecordDonation(d Donation) error { return l.RecordSplitDonation(d, nil) }

// RecordSplitDonation records one gift split across funds: by exact amounts, which must sum to
// d.Amount, or by shares (at most 4 decimal places), split by the largest-remainder method in fen.
// d.Fund is ignored when parts are given; each part names a different fund. The gift is one gift:
// refunds and rollups see it once.
func (l *Ledger) RecordSplitDonation(d Donation, parts []Part) error {
	if l == nil {
		return ledgerErr("ledger", "nil", "a ledger")
	}
	l.init()
	at := "donation."
	if parts != nil {
		at = "split_donation."
	}
	p := socialorg.Problems{Sentinel: ErrLedger}
	total := d.validate(&p, at)
	if p.Len() == 0 {
		if _, dup := l.findGift(d.GiftID); dup {
			p.Add(at+"gift_id", d.GiftID, "unique")
		}
		if d.Pledge != "" {
			if _, ok := l.pledgeIx[d.Pledge]; !ok {
				p.Add(at+"pledge", d.Pledge, "a recorded pledge")
			}
		}
	}
	if err := p.Err(); err != nil {
		return err
	}
	split, err := l.split(at, d.Fund, total, parts)
	if err != nil {
		return err
	}
	dd := day(d.Date)
	var buf [1]posting
	ps := buf[:0]
	for _, s := range split {
		if s.amount > 0 {
			ps = append(ps, posting{dd, s.fund*uint32(numRestrictions) + uint32(d.Restriction), s.amount, kindIncome + uint8(DonationIncome)})
		}
	}
	index := len(l.gifts)
	if err := l.apply(ps, entryDonation, index); err != nil {
		return err
	}
	g := gift{amount: total, day: dd, donor: l.intern(d.Donor), bits: uint8(d.Restriction) | uint8(d.Valuation)<<2}
	if len(d.GiftID) <= idInline {
		g.idLen = uint8(copy(g.id[:], d.GiftID))
	} else {
		g.idLen = idLong
		l.longIDs[uint32(index)] = d.GiftID
	}
	if len(split) == 1 {
		g.fund = split[0].fund
	} else {
		g.bits |= giftSplit
		g.fund = uint32(len(l.splits))
		gp := make([]giftPart, 0, len(split))
		for _, s := range split {
			if s.amount > 0 {
				gp = append(gp, giftPart(s))
			}
		}
		l.splits = append(l.splits, gp)
	}
	if d.Purpose != "" || d.Description != "" || d.Pledge != "" || !d.UsableFrom.IsZero() {
		l.extras[uint32(index)] = giftExtra{purpose: d.Purpose, description: d.Description, pledge: d.Pledge, usable: d.UsableFrom}
	}
	l.gifts = append(l.gifts, g)
	l.giftIdx.insert(d.GiftID, uint32(index), l.giftID)
	return nil
}

// intern returns the index of a donor name, adding it when new.
func (l *Ledger) intern(donor string) uint32 {
	if i, ok := l.donorIdx.find(donor, l.donorIs); ok {
		return i
	}
	i := uint32(len(l.donors))
	l.donors = append(l.donors, donor)
	l.donorIdx.insert(donor, i, l.donorAt)
	return i
}

func (l *Ledger) donorAt(i uint32) string         { return l.donors[i] }
func (l *Ledger) donorIs(i uint32, s string) bool { return l.donors[i] == s }

type fundAmount struct {
	fund   uint32
	amount int64
}

// split resolves a total into per-fund amounts.
func (l *Ledger) split(at, fund string, total int64, parts []Part) ([]fundAmount, error) {
	if len(parts) == 0 {
		if parts != nil {
			return nil, ledgerErr(at+"parts", 0, "at least one part")
		}
		i, ok := l.fundIdx[fund]
		if !ok {
			return nil, ledgerErr(at+"fund", fund, "a fund of the ledger")
		}
		return []fundAmount{{i, total}}, nil
	}
	if len(parts) > maxParts {
		return nil, ledgerErr(at+"parts", len(parts), "at most 65,536 parts")
	}
	p := socialorg.Problems{Sentinel: ErrLedger}
	out := make([]fundAmount, len(parts))
	byShare := parts[0].Amount.IsZero()
	weights := make([]int64, len(parts))
	seen := make(map[uint32]struct{}, len(parts))
	var sum int64
	var r money.Reader
	for i, pt := range parts {
		field := at + "parts[" + strconv.Itoa(i) + "]"
		f, ok := l.fundIdx[pt.Fund]
		if !ok {
			p.Add(field+".fund", pt.Fund, "a fund of the ledger")
			continue
		}
		if _, dup := seen[f]; dup {
			p.Add(field+".fund", pt.Fund, "a fund no other part names")
		}
		seen[f] = struct{}{}
		out[i].fund = f
		if byShare != pt.Amount.IsZero() || (!byShare && !pt.Share.IsZero()) {
			p.Add(field, pt.Fund, "every part gives an amount, or every part a share")
			continue
		}
		if byShare {
			w, err := fen.FromDecimal(shift(pt.Share))
			if err != nil || w < 0 || pt.Share.Exponent() < -4 {
				p.Add(field+".share", pt.Share, "≥ 0, at most 4 decimal places")
			}
			weights[i] = w
			continue
		}
		v := r.Positive(&p, field+".amount", pt.Amount)
		if sum, ok = fen.Add(sum, v); !ok {
			p.Add(field+".amount", pt.Amount, "parts overflow")
		}
		out[i].amount = v
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
		out[i].amount = amounts[i]
	}
	return out, nil
}

// shift multiplies a share by 100 for reading it as fen (so a share with 4 decimals is read
// exactly), without ever expanding a huge exponent: one that is out of range is left as it is,
// for FromDecimal to refuse.
func shift(d decimal.Decimal) decimal.Decimal {
	if e := d.Exponent(); e > 1000 || e < -1000 {
		return d
	}
	return d.Shift(splitShift)
}

// Validate checks the income's shape: a date, a category other than donations, a positive amount,
// a valid restriction with its usable date, a reference of at most 256 bytes.
func (in Income) Validate() error {
	var p socialorg.Problems
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
	p := socialorg.Problems{Sentinel: ErrLedger}
	v := in.validate(&p)
	k, ok := l.key(in.Fund, in.Restriction)
	if !ok && p.Len() == 0 {
		p.Add("income.fund", in.Fund, "a fund of the ledger")
	}
	if err := p.Err(); err != nil {
		return err
	}
	if err := l.apply([]posting{{day(in.Date), k, v, kindIncome + uint8(in.Category)}}, entryIncome, len(l.incomes)); err != nil {
		return err
	}
	l.incomes = append(l.incomes, in)
	return nil
}

// Validate checks the expense's shape: a date, a category, Charitable only on business activity
// costs, a positive amount, a reference of at most 256 bytes.
func (e Expense) Validate() error {
	var p socialorg.Problems
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
	var r money.Reader
	return r.Positive(p, at+"amount", e.Amount)
}

// RecordExpense records an expense paid from the fund's unrestricted net assets.
func (l *Ledger) RecordExpense(e Expense) error { return l.RecordSplitExpense(e, nil) }

// RecordSplitExpense records one payment allocated across funds or line items, by exact amounts
// or by shares (largest remainder in fen), as RecordSplitDonation does.
func (l *Ledger) RecordSplitExpense(e Expense, parts []Part) error {
	ps, err := l.expensePostings(e, parts)
	if err != nil {
		return err
	}
	if err := l.apply(ps, entryExpense, len(l.expenses)); err != nil {
		return err
	}
	l.expenses = append(l.expenses, splitExpense{Expense: e, parts: slices.Clone(parts)})
	return nil
}

func (l *Ledger) expensePostings(e Expense, parts []Part) ([]posting, error) {
	if l == nil {
		return nil, ledgerErr("ledger", "nil", "a ledger")
	}
	l.init()
	at := "expense."
	if parts != nil {
		at = "split_expense."
	}
	p := socialorg.Problems{Sentinel: ErrLedger}
	v := e.validate(&p, at)
	if err := p.Err(); err != nil {
		return nil, err
	}
	split, err := l.split(at, e.Fund, v, parts)
	if err != nil {
		return nil, err
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
	return ps, nil
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

// Validate checks the refund's shape: a date, a gift ID, a positive amount.
func (r Refund) Validate() error {
	var p socialorg.Problems
	r.validate(&p)
	return p.Err()
}

func (r Refund) validate(p *socialorg.Problems) int64 {
	const at = "refund."
	if r.Date.IsZero() {
		p.Add(at+"date", "", "required")
	}
	if r.GiftID == "" || len(r.GiftID) > maxID {
		p.Add(at+"gift_id", r.GiftID, "required, at most 256 bytes")
	}
	var m money.Reader
	return m.Positive(p, at+"amount", r.Amount)
}

// RecordRefund returns part or all of a gift. It is never dated before the gift; the total
// refunded never exceeds the gift's part in that fund; and a restricted balance never goes below
// zero at any date.
func (l *Ledger) RecordRefund(r Refund) error {
	if l == nil {
		return ledgerErr("ledger", "nil", "a ledger")
	}
	l.init()
	p := socialorg.Problems{Sentinel: ErrLedger}
	v := r.validate(&p)
	if err := p.Err(); err != nil {
		return err
	}
	gi, ok := l.findGift(r.GiftID)
	if !ok {
		return ledgerErr("refund.gift_id", r.GiftID, "a recorded gift")
	}
	g := &l.gifts[gi]
	if day(r.Date) < g.day {
		return ledgerErr("refund.date", r.Date, "not before the gift ("+socialorg.DateFromDays(int64(g.day)).String()+")")
	}
	parts := l.parts(gi)
	part := -1
	switch {
	case r.Fund == "" && len(parts) == 1:
		part = 0
	case r.Fund == "":
		return ledgerErr("refund.fund", r.Fund, "required: the gift was split across funds")
	default:
		for i, pt := range parts {
			if l.funds[pt.fund].ID == r.Fund {
				part = i
			}
		}
		if part < 0 {
			return ledgerErr("refund.fund", r.Fund, "a fund the gift went to")
		}
	}
	pk := uint64(gi)<<16 | uint64(part)
	if left := parts[part].amount - l.refunded[pk]; v > left {
		return ledgerErr("refund.amount", r.Amount, "at most what is left of the gift ("+fen.Format(left)+")")
	}
	k := parts[part].fund*uint32(numRestrictions) + uint32(g.restriction())
	if err := l.apply([]posting{{day(r.Date), k, -v, kindRefund}}, entryRefund, len(l.refunds)); err != nil {
		return err
	}
	l.refunded[pk] += v
	l.refunds = append(l.refunds, r)
	return nil
}

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
	for i, key := range l.pKey {
		if key == k && int64(l.pDay[i]) <= end {
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

// sortedFunds returns fund indexes ordered by fund ID.
func (l *Ledger) sortedFunds() []int {
	idx := make([]int, len(l.funds))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int { return cmp.Compare(l.funds[a].ID, l.funds[b].ID) })
	return idx
}
