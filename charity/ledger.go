package charity

import (
	"errors"
	"math"
	"slices"
	"unicode/utf8"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/fen"
)

// The ledger's code, by concern: ledger.go holds its state and the one gate every posting goes
// through (apply); gifts.go the donations, donors and refunds; record.go other income, expenses
// and splits; restricted.go the dated restricted balances and releases; balances.go the balance
// reads and checks; totals.go the totals, statements and rollups; journal.go the journal and
// replay; pledge.go the pledges; index.go the ID index; arena.go the ID arena; radix.go the sort
// of the donor rollup.

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
// Every accepted entry is kept in order and can be listed as a journal (Journal), each entry
// sealed with a chained digest, encoded, and replayed into a new ledger (Replay, ReadLedger) with
// identical totals, statements, donor rollups and journal; a journal edited, torn, reordered, or
// with an entry repeated, dropped or misspelled is refused, naming the entry. ApplyBatch records
// several entries all or none.
//
// The zero Ledger is an empty ledger, ready for AddFund; a nil *Ledger reads as empty and refuses
// every entry. A Ledger is not safe for concurrent writes; reads (Totals, Statement, Balance…) may
// run concurrently with each other when nothing writes.
//
// # How it is kept
//
// A Ledger is a set of append-only arrays, most of them without pointers, so that the collector
// has little to scan and every read is a pass over flat memory:
//
//   - the postings, as parallel arrays (day, key, signed amount in fen, kind): one per balance an
//     entry moves, keyed by fund × 4 + restriction class. Totals, Statement, NetAssets and
//     AssertBalance are each one pass over them. They, the gifts and the donors' names are kept
//     in chunks of 2^12 entries that never move (chunks.go), so that a growing ledger copies
//     nothing and leaves no garbage of outgrown arrays: its peak memory stays near what it holds;
//   - the running balance of every key, and the volume (the sum of every posting's absolute
//     amount), kept below 2^63 fen so that no sum of postings can overflow;
//   - for each restricted key, its amounts by day, so that a reduction (a release, a refund, a
//     spending) can be checked against the balance at every later date;
//   - the entries as recorded, one list per kind: gifts (24 bytes each, without pointers: amount,
//     day, donor, fund and flags, and the offset of the gift's ID in the ID arena, an
//     open-addressing index over them; donors interned; split parts, rare fields and refunded
//     amounts beside them), other income, expenses, releases, refunds, pledges; and the log, the
//     order in which entries came, as runs of one kind;
//   - the ID arena: every gift's ID back to back in 64 KiB chunks without pointers (decimal-digit
//     serials two digits to a byte, canonical UUIDs in 16 bytes, any other ID as given), and the
//     purpose and description of the gifts that have them. It holds at most 2^32 bytes: a gift
//     that would pass that is refused. About 83 bytes a gift in all for realistic IDs (20-digit
//     payment serials, a tenth UUIDs, 28-byte donor IDs) at a million gifts and more, 90 at
//     100,000 (more donors a gift).
//
// An update goes through three steps. The recording method validates the entry and resolves it
// into postings, reading the ledger but changing nothing. The postings then go through one gate
// (apply), which checks each against the balances (overflow, the volume, the restricted balance
// at every date from the posting's own) and only when all pass appends them, moves the balances
// and logs the entry. Last, the method keeps the entry in its list. A refusal at any step leaves
// the ledger as it was.
type Ledger struct {
	funds   []Fund
	fundIdx map[string]uint32

	// Postings, one per balance they move, as parallel slices: day (Date.Days), key (fund × 4 +
	// restriction), signed amount in fen, kind.
	pDay  chunked[int32]
	pKey  chunked[uint32]
	pAmt  chunked[int64]
	pKind chunked[uint8]

	balances []int64 // running balance per key
	// minDay and maxDay bound pDay, so that a period covering everything skips the date test.
	minDay, maxDay int32
	// volume is Σ|amount| over every posting, kept below 2^63: then no sum of postings, over any
	// period or any fund, can overflow, and the totals loops need no checks.
	volume int64
	// dated holds, for each restricted key that has postings, its amounts by day, so that a
	// reduction can be checked against the balance at every later date.
	dated series

	gifts    chunked[gift]
	giftIdx  idIndex              // gift IDs → positions in gifts
	ids      idArena              // the gifts' IDs (and split gifts' parts indexes)
	splits   [][]giftPart         // the parts of split gifts (their ID records index it)
	extras   map[uint32]giftExtra // purpose, description, pledge, usable date of the gifts that have them
	refunded map[uint64]int64     // refunded fen by gift << 16 | part
	donors   chunked[string]      // interned donor names; index 0 is "" (anonymous)
	donorIdx idIndex

	incomes   []Income
	expenses  []splitExpense
	releases  []Release
	refunds   []Refund
	refundFen []int64     // each refund's amount in fen, as read when it was recorded (a batch's undo)
	spends    [][2]uint32 // SpendRestricted: release and expense indexes
	pledges   []Pledge
	pledgeIx  map[string]int
	log       []logRun // the entries in order, as runs of consecutive entries of one kind
	entries   int

	// head is the digest of the journal's first sealed entries (see JournalEntry.Digest), kept
	// by Apply and Replay so that an entry carrying a digest is checked in O(1); recording
	// methods leave it behind, and it catches up on the next check.
	head   [32]byte
	sealed int
	marks  int // open marks (batches, checks of a sealed entry): the dated balances note new days
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
		l.pledgeIx = map[string]int{}
		l.donors.add("")
		l.donorIdx.insert("", 0)
		l.dated.init()
		l.extras = map[uint32]giftExtra{}
		l.refunded = map[uint64]int64{}
	}
}

// Grow makes room for n more gifts, so that a large year is ingested without rebuilding the
// index of gift IDs as it fills: a capacity hint. (The gifts and postings themselves are kept in
// chunks that never move, so that recording never copies them, with or without Grow.)
func (l *Ledger) Grow(n int) {
	if l == nil || n <= 0 {
		return
	}
	l.init()
	l.gifts.reserve(n)
	l.pDay.reserve(n)
	l.pKey.reserve(n)
	l.pAmt.reserve(n)
	l.pKind.reserve(n)
	l.giftIdx.grow(l.gifts.len() + n)
}

// Validate checks the fund's shape: an ID of 1–256 bytes, a name and filing number of at most
// 4096 bytes.
func (f Fund) Validate() error {
	p := socialorg.Problems{Package: pkg}
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
	checkText(p, "fund.", "id", f.ID)
	checkText(p, "fund.", "name", f.Name)
	checkText(p, "fund.", "filing_number", f.FilingNumber)
}

// AddFund adds a fund or project.
func (l *Ledger) AddFund(f Fund) error {
	if l == nil {
		return ledgerErr("ledger", "nil", "a ledger")
	}
	l.init()
	p := socialorg.Problems{Package: pkg, Sentinel: ErrLedger}
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

// checkText refuses text that is not valid UTF-8: the journal is JSON, which cannot carry it, so
// that such an entry could not replay to itself. The field's path (at + name) is built only for a
// problem.
func checkText(p *socialorg.Problems, at, name, s string) {
	if !utf8.ValidString(s) {
		p.Add(at+name, s, "valid UTF-8 text")
	}
}

func ledgerErr(field string, value any, rule string) error {
	e := socialorg.Invalid(field, value, rule)
	e.Err = ErrLedger
	e.Code = socialorg.ProblemCode("charity", field, rule)
	return e
}

// posting is one balance movement, validated but not yet applied.
type posting struct {
	day  int32
	key  uint32
	amt  int64
	kind uint8
}

// searchPostings is the most postings of one entry whose balances apply finds by a plain search
// (beyond, by a map): a speed setting, not a legal value.
const searchPostings = 8

// apply checks that every posting keeps its balance in range and every restricted balance
// non-negative at every date from the posting's on, then records them all, or none. It counts as
// one entry of the given kind and index in the journal. distinct tells that no two postings move
// one balance (a split's: each part names a different fund).
func (l *Ledger) apply(ps []posting, kind uint64, index int, distinct bool) error {
	type change struct {
		key uint32
		bal int64
	}
	var buf [4]change
	next := buf[:0]
	// An entry's postings may move one balance twice; a split's many postings find theirs by key
	// (a search among the earlier ones would make a split quadratic in its parts).
	var at map[uint32]int
	if len(ps) > searchPostings && !distinct {
		at = make(map[uint32]int, len(ps))
	}
	vol := l.volume
	for _, p := range ps {
		var ok bool
		if vol, ok = fen.Add(vol, max(p.amt, -p.amt)); !ok || p.amt == math.MinInt64 {
			return ledgerErr("amount", fen.Format(p.amt), "the ledger's total volume would exceed 2^63−1 fen")
		}
		j, seen := -1, false
		switch {
		case distinct:
		case at != nil:
			j, seen = at[p.key]
		default:
			if j = slices.IndexFunc(next, func(c change) bool { return c.key == p.key }); j >= 0 {
				seen = true
			}
		}
		if !seen {
			next = append(next, change{p.key, l.balances[p.key]})
			j = len(next) - 1
			if at != nil {
				at[p.key] = j
			}
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
			if low := l.dated.minFrom(p.key, p.day); low+p.amt < 0 {
				return ledgerErr("date", socialorg.DateFromDays(int64(p.day)), "the fund's "+class.String()+"-restricted balance from that date on is at least "+
					fen.Format(low)+", less than "+fen.Format(-p.amt))
			}
		}
		if class.Restricted() {
			if l.dated.days(p.key) >= maxSeries {
				return ledgerErr("date", socialorg.DateFromDays(int64(p.day)), "at most 2^20 distinct days in one restricted balance")
			}
		}
		next[j].bal = v
	}
	empty := l.pDay.len() == 0
	for _, p := range ps {
		if empty || p.day < l.minDay {
			l.minDay = p.day
		}
		if empty || p.day > l.maxDay {
			l.maxDay = p.day
		}
		empty = false
		l.pDay.add(p.day)
		l.pKey.add(p.key)
		l.pAmt.add(p.amt)
		l.pKind.add(p.kind)
		if Restriction(p.key % uint32(numRestrictions)).Restricted() {
			l.dated.add(p.key, p.day, p.amt)
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
	numEntryKinds
)

func (l *Ledger) key(fund string, r Restriction) (uint32, bool) {
	i, ok := l.fundIdx[fund]
	return i*uint32(numRestrictions) + uint32(r), ok
}

// day converts a date the entry's Validate has checked.
func day(d socialorg.Date) int32 { return int32(d.Days()) }
