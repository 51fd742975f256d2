package charity

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"iter"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/enum"
	"github.com/socialorg/socialorg/internal/fen"
)

// EntryType is the kind of a journal entry.
type EntryType uint8

// The kinds of journal entries, one per way of recording.
const (
	FundEntry            EntryType = iota + 1 // AddFund (and NewLedger's funds)
	DonationEntry                             // RecordDonation, RecordSplitDonation
	IncomeEntry                               // RecordIncome
	ExpenseEntry                              // RecordExpense, RecordSplitExpense
	ReleaseEntry                              // RecordRelease
	RefundEntry                               // RecordRefund
	PledgeEntry                               // RecordPledge
	SpendRestrictedEntry                      // SpendRestricted
)

var entryNames = enum.Names[EntryType]{Type: "EntryType",
	Text: []string{"", "fund", "donation", "income", "expense", "release", "refund", "pledge", "spend-restricted"}}

// String returns the entry type's text form, e.g. "donation".
func (t EntryType) String() string { return entryNames.String(t) }

// MarshalText encodes t as String does.
func (t EntryType) MarshalText() ([]byte, error) { return entryNames.Marshal(t) }

// UnmarshalText decodes what MarshalText encodes.
func (t *EntryType) UnmarshalText(b []byte) error { return entryNames.Unmarshal(b, t) }

// UnmarshalJSON decodes a JSON string as UnmarshalText does.
func (t *EntryType) UnmarshalJSON(b []byte) error { return entryNames.DecodeJSON(b, t) }

// JournalEntry is one accepted entry of a ledger, as it was recorded: the type and the fields
// that type uses (Fund, Donation and Parts, Income, Expense and Parts, Release, Refund, Pledge, or
// Expense and From for SpendRestricted); the others stay empty. It encodes to JSON, so that a
// service can keep its books across restarts: Ledger.Journal lists the entries, Replay records
// them into a new ledger.
//
// Digest seals the entry and every entry before it, so that a journal edited, cut in the middle,
// reordered, or with an entry repeated or dropped is refused when it is replayed: it is the
// SHA-256, in lower-case hex, of the previous entry's digest (32 bytes; before the first entry,
// the SHA-256 of "socialorg charity journal v1") followed by the entry's JSON encoding without
// its digest (encoding/json's, as Journal writes it). A digest detects damage, not forgery:
// anyone can compute one. Keep the last digest of a journal elsewhere to detect that entries
// were cut off its end, or rewritten.
type JournalEntry struct {
	Type     EntryType   `json:"type"`
	Fund     *Fund       `json:"fund,omitempty"`
	Donation *Donation   `json:"donation,omitempty"`
	Income   *Income     `json:"income,omitempty"`
	Expense  *Expense    `json:"expense,omitempty"`
	Release  *Release    `json:"release,omitempty"`
	Refund   *Refund     `json:"refund,omitempty"`
	Pledge   *Pledge     `json:"pledge,omitempty"`
	Parts    []Part      `json:"parts,omitempty"`
	From     Restriction `json:"from,omitempty"`
	Digest   string      `json:"digest,omitempty"`
}

// journalIV is the digest before the first entry. It is never changed.
var journalIV = sha256.Sum256([]byte("socialorg charity journal v1"))

// canonical is what an entry's digest seals: its JSON encoding without the digest.
func canonical(e *JournalEntry) []byte {
	c := *e
	c.Digest = ""
	b, err := json.Marshal(c)
	if err != nil { // every value a journal entry holds encodes; keep the failure visible in the digest
		return []byte(err.Error())
	}
	return b
}

// seal returns the digest of an entry whose canonical form is c, after prev.
func seal(prev [32]byte, c []byte) [32]byte {
	h := sha256.New()
	h.Write(prev[:])
	h.Write(c)
	var out [32]byte
	h.Sum(out[:0])
	return out
}

// Bounds on the amounts and shares of a journal entry that is encoded (input bounds, not legal
// values), and the length of a digest in hex.
const (
	maxEntryExponent = 64
	maxEntryBits     = 256
	digestHexLen     = 2 * sha256.Size
)

// plainDecimals reports whether every amount and share of the entry is small enough to encode
// cheaply: an exponent within ±64 and a coefficient within 256 bits. Every entry a ledger holds
// is; a hostile one (1e2147483646) would take minutes and gigabytes to write out, so it is
// refused before it is encoded.
func plainDecimals(e *JournalEntry) bool {
	ok := func(d decimal.Decimal) bool {
		x := d.Exponent()
		return x >= -maxEntryExponent && x <= maxEntryExponent && d.Coefficient().BitLen() <= maxEntryBits
	}
	for _, p := range e.Parts {
		if !ok(p.Amount) || !ok(p.Share) {
			return false
		}
	}
	return (e.Donation == nil || ok(e.Donation.Amount)) && (e.Income == nil || ok(e.Income.Amount)) &&
		(e.Expense == nil || ok(e.Expense.Amount)) && (e.Release == nil || ok(e.Release.Amount)) &&
		(e.Refund == nil || ok(e.Refund.Amount)) && (e.Pledge == nil || ok(e.Pledge.Amount))
}

// parseDigest reads a digest: 64 lower-case hexadecimal digits.
func parseDigest(s string) ([32]byte, bool) {
	var d [32]byte
	if len(s) != digestHexLen {
		return d, false
	}
	ok := true
	for i := range d {
		hi, h := unhex(s[2*i])
		lo, l := unhex(s[2*i+1])
		d[i] = hi<<4 | lo
		ok = ok && h && l
	}
	return d, ok
}

// unhex reads one lower-case hexadecimal digit.
func unhex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	}
	return 0, false
}

// journalLen is the number of entries the journal lists: every recorded entry and every fund.
func (l *Ledger) journalLen() int { return l.entries + len(l.funds) }

// Journal lists every accepted entry, funds among them where they were added, in the order they
// were recorded, each sealed with its Digest. Refused entries are not in it. A split donation is
// listed with the amounts its shares came to, so that replaying it does not depend on the split.
// Replay(j).Journal() is j. It encodes and hashes every entry: Entries lists them faster,
// without digests.
func (l *Ledger) Journal() []JournalEntry {
	if l == nil {
		return []JournalEntry{}
	}
	out := make([]JournalEntry, 0, l.journalLen())
	for _, e := range l.Entries() {
		out = append(out, e)
	}
	prev := journalIV
	for i := range out {
		prev = seal(prev, canonical(&out[i]))
		out[i].Digest = hex.EncodeToString(prev[:])
	}
	return out
}

// Entries lists the entries of the journal with their positions in it, in order, without their
// digests: the books read back, at the cost of building each entry. With types given, only the
// entries of those types are listed (at their positions in the whole journal). The ledger must
// not change while the sequence is read.
func (l *Ledger) Entries(types ...EntryType) iter.Seq2[int, JournalEntry] {
	var want [numEntryKinds]bool
	for _, t := range types {
		if k := uint64(t); k < numEntryKinds {
			want[k] = true
		}
	}
	all := len(types) == 0
	return func(yield func(int, JournalEntry) bool) {
		if l == nil {
			return
		}
		pos := 0
		var buf [1]JournalEntry
		for _, run := range l.log {
			if !all && !want[run.kind] {
				pos += int(run.n)
				continue
			}
			for i := int(run.start); i < int(run.start+run.n); i++ {
				if !yield(pos, l.journalEntry(buf[:0], uint64(run.kind), i)[0]) {
					return
				}
				pos++
			}
		}
	}
}

// entriesFrom lists the entries from position from on.
func (l *Ledger) entriesFrom(from int) iter.Seq[JournalEntry] {
	return func(yield func(JournalEntry) bool) {
		pos := 0
		var buf [1]JournalEntry
		for _, run := range l.log {
			if pos+int(run.n) <= from {
				pos += int(run.n)
				continue
			}
			start := int(run.start) + max(0, from-pos)
			for i := start; i < int(run.start+run.n); i++ {
				if !yield(l.journalEntry(buf[:0], uint64(run.kind), i)[0]) {
					return
				}
			}
			pos += int(run.n)
		}
	}
}

// lastEntry returns the last entry of the journal.
func (l *Ledger) lastEntry() (JournalEntry, bool) {
	if len(l.log) == 0 {
		return JournalEntry{}, false
	}
	run := l.log[len(l.log)-1]
	var buf [1]JournalEntry
	return l.journalEntry(buf[:0], uint64(run.kind), int(run.start+run.n-1))[0], true
}

// chainHead returns the digest of the journal's last entry (journalIV when it is empty),
// extending the ledger's record of it over the entries recorded since.
func (l *Ledger) chainHead() [32]byte {
	head := l.head
	if l.sealed == 0 {
		head = journalIV
	}
	if n := l.journalLen(); l.sealed < n {
		for e := range l.entriesFrom(l.sealed) {
			head = seal(head, canonical(&e))
		}
		l.head, l.sealed = head, n
	}
	return head
}

// journalEntry appends entry i of the given kind.
func (l *Ledger) journalEntry(out []JournalEntry, kind uint64, i int) []JournalEntry {
	switch kind {
	case entryFund:
		f := l.funds[i]
		out = append(out, JournalEntry{Type: FundEntry, Fund: &f})
	case entryDonation:
		d, parts := l.donation(uint32(i))
		out = append(out, JournalEntry{Type: DonationEntry, Donation: &d, Parts: parts})
	case entryIncome:
		in := l.incomes[i]
		out = append(out, JournalEntry{Type: IncomeEntry, Income: &in})
	case entryExpense:
		x := l.expenses[i]
		out = append(out, JournalEntry{Type: ExpenseEntry, Expense: &x.Expense, Parts: l.partsOf(&x)})
	case entryRelease:
		r := l.releases[i]
		out = append(out, JournalEntry{Type: ReleaseEntry, Release: &r})
	case entryRefund:
		r := l.refunds[i]
		out = append(out, JournalEntry{Type: RefundEntry, Refund: &r})
	case entryPledge:
		p := l.pledges[i]
		out = append(out, JournalEntry{Type: PledgeEntry, Pledge: &p})
	case entrySpend:
		s := l.spends[i]
		x := l.expenses[s[1]].Expense
		out = append(out, JournalEntry{Type: SpendRestrictedEntry, Expense: &x, From: l.releases[s[0]].From})
	}
	return out
}

// donation rebuilds the Donation of gift i, with its parts when it was split.
func (l *Ledger) donation(i uint32) (Donation, []Part) {
	g := l.gifts.at(int(i))
	x := l.extras[i]
	d := Donation{GiftID: l.giftID(i), Date: socialorg.DateFromDays(int64(g.day)), Donor: *l.donors.at(int(g.donor)), Amount: fen.ToDecimal(g.amount),
		Restriction: g.restriction(), UsableFrom: x.usable, Valuation: g.valuation(), Pledge: x.pledge}
	if x.text > 0 {
		d.Purpose, d.Description = l.ids.text(x.text - 1)
	}
	if !g.split() {
		d.Fund = l.funds[g.fundIndex()].ID
		return d, nil
	}
	ps := l.splits[l.ids.parts(g.id, g.encoding())]
	parts := make([]Part, len(ps))
	for k, p := range ps {
		parts[k] = Part{Fund: l.funds[p.fund].ID, Amount: fen.ToDecimal(p.amount)}
	}
	return d, parts
}

// Apply records one journal entry, as the recording method of its type would. The entry carries
// only the fields its type uses; another is refused. When it carries a Digest, Apply also checks
// that the digest seals this entry after this ledger's journal — the way a service appends the
// entries of a journal it keeps — and refuses an entry it does not seal (one edited, dropped,
// repeated or out of place), or one that this ledger would list differently. A refused entry
// changes nothing.
func (l *Ledger) Apply(e JournalEntry) error {
	if e.Digest != "" {
		return l.applySealed(&e)
	}
	return l.applyEntry(&e)
}

// applySealed applies an entry that carries its digest.
func (l *Ledger) applySealed(e *JournalEntry) error {
	if l == nil {
		return ledgerErr("ledger", "nil", "a ledger")
	}
	l.init()
	want, ok := parseDigest(e.Digest)
	if !ok {
		return ledgerErr("journal_entry.digest", e.Digest, "64 lower-case hexadecimal digits")
	}
	if !plainDecimals(e) {
		return ledgerErr("journal_entry", e.Type.String(), "an amount or share out of range")
	}
	if seal(l.chainHead(), canonical(e)) != want {
		return ledgerErr("journal_entry.digest", e.Digest, "does not seal this entry after the journal before it: an entry edited, dropped, repeated or out of place")
	}
	m := l.mark()
	if err := l.applyEntry(e); err != nil {
		l.release(m)
		return err
	}
	if got, ok := l.lastEntry(); !ok || !sameEntry(&got, e) {
		l.rollback(m)
		return ledgerErr("journal_entry", e.Type.String(), "the ledger would list this entry differently")
	}
	l.release(m)
	l.head, l.sealed = want, l.journalLen()
	return nil
}

// fieldsOf are the payload fields each entry type uses, by bit: Fund 1, Donation 2, Income 4,
// Expense 8, Release 16, Refund 32, Pledge 64, Parts 128, From 256.
var fieldsOf = [numEntryKinds]uint16{
	entryFund: 1, entryDonation: 2 | 128, entryIncome: 4, entryExpense: 8 | 128, entryRelease: 16, entryRefund: 32,
	entryPledge: 64, entrySpend: 8 | 256,
}

var fieldNames = [...]string{"fund", "donation", "income", "expense", "release", "refund", "pledge", "parts", "from"}

// applyEntry records an entry, without its digest.
func (l *Ledger) applyEntry(e *JournalEntry) error {
	if k := uint64(e.Type); k == 0 || k >= numEntryKinds {
		return ledgerErr("journal_entry.type", int(e.Type), "fund, donation, income, expense, release, refund, pledge or spend-restricted")
	}
	has := [...]bool{e.Fund != nil, e.Donation != nil, e.Income != nil, e.Expense != nil, e.Release != nil, e.Refund != nil,
		e.Pledge != nil, e.Parts != nil, e.From != 0}
	uses := fieldsOf[e.Type]
	for i, h := range has {
		if h && uses&(1<<i) == 0 {
			return ledgerErr("journal_entry."+fieldNames[i], e.Type.String(), "not a field of a "+e.Type.String()+" entry")
		}
	}
	missing := func(field string) error {
		return ledgerErr("journal_entry."+field, "", "required for a "+e.Type.String()+" entry")
	}
	switch e.Type {
	case FundEntry:
		if e.Fund == nil {
			return missing("fund")
		}
		return l.AddFund(*e.Fund)
	case DonationEntry:
		if e.Donation == nil {
			return missing("donation")
		}
		return l.RecordSplitDonation(*e.Donation, e.Parts)
	case IncomeEntry:
		if e.Income == nil {
			return missing("income")
		}
		return l.RecordIncome(*e.Income)
	case ExpenseEntry:
		if e.Expense == nil {
			return missing("expense")
		}
		return l.RecordSplitExpense(*e.Expense, e.Parts)
	case ReleaseEntry:
		if e.Release == nil {
			return missing("release")
		}
		return l.RecordRelease(*e.Release)
	case RefundEntry:
		if e.Refund == nil {
			return missing("refund")
		}
		return l.RecordRefund(*e.Refund)
	case PledgeEntry:
		if e.Pledge == nil {
			return missing("pledge")
		}
		return l.RecordPledge(*e.Pledge)
	default: // SpendRestrictedEntry
		if e.Expense == nil {
			return missing("expense")
		}
		return l.SpendRestricted(e.From, *e.Expense)
	}
}

// sameEntry reports whether two entries record the same thing (their digests aside): the same
// type and fields, amounts equal in value.
func sameEntry(a, b *JournalEntry) bool {
	if a.Type != b.Type || a.From != b.From || len(a.Parts) != len(b.Parts) || (a.Parts == nil) != (b.Parts == nil) {
		return false
	}
	for i := range a.Parts {
		p, q := a.Parts[i], b.Parts[i]
		if p.Fund != q.Fund || !p.Amount.Equal(q.Amount) || !p.Share.Equal(q.Share) {
			return false
		}
	}
	return samePtr(a.Fund, b.Fund, func(x, y *Fund) bool { return *x == *y }) &&
		samePtr(a.Donation, b.Donation, func(x, y *Donation) bool {
			return x.GiftID == y.GiftID && x.Date == y.Date && x.Donor == y.Donor && x.Fund == y.Fund && x.Amount.Equal(y.Amount) &&
				x.Restriction == y.Restriction && x.Purpose == y.Purpose && x.UsableFrom == y.UsableFrom && x.Valuation == y.Valuation &&
				x.Description == y.Description && x.Pledge == y.Pledge
		}) &&
		samePtr(a.Income, b.Income, func(x, y *Income) bool {
			return x.Date == y.Date && x.Fund == y.Fund && x.Category == y.Category && x.Amount.Equal(y.Amount) &&
				x.Restriction == y.Restriction && x.UsableFrom == y.UsableFrom && x.Ref == y.Ref
		}) &&
		samePtr(a.Expense, b.Expense, func(x, y *Expense) bool {
			return x.Date == y.Date && x.Fund == y.Fund && x.Category == y.Category && x.Charitable == y.Charitable &&
				x.Amount.Equal(y.Amount) && x.Ref == y.Ref
		}) &&
		samePtr(a.Release, b.Release, func(x, y *Release) bool {
			return x.Date == y.Date && x.Fund == y.Fund && x.From == y.From && x.Amount.Equal(y.Amount) && x.Reason == y.Reason
		}) &&
		samePtr(a.Refund, b.Refund, func(x, y *Refund) bool {
			return x.Date == y.Date && x.GiftID == y.GiftID && x.Fund == y.Fund && x.Amount.Equal(y.Amount)
		}) &&
		samePtr(a.Pledge, b.Pledge, func(x, y *Pledge) bool {
			return x.ID == y.ID && x.Donor == y.Donor && x.Fund == y.Fund && x.Amount.Equal(y.Amount) && x.Start == y.Start &&
				x.Day == y.Day && x.Months == y.Months
		})
}

func samePtr[T any](a, b *T, eq func(a, b *T) bool) bool {
	if a == nil || b == nil {
		return a == b
	}
	return eq(a, b)
}

// Replay records a journal that Journal wrote into a new ledger: the ledger a service rebuilds
// after a restart. The result has the same totals, statements, donor rollups and journal
// (Replay(j).Journal() is j). Every entry must carry its Digest, which must seal it after the
// entries before it: an entry edited, dropped, repeated or out of place, an empty one, or one
// without its digest is refused, and so is an entry the ledger refuses. The error names the
// entry ("journal[7]") and no ledger is returned. (To bring in a journal without digests, Apply
// its entries to a ledger and take its Journal.)
func Replay(journal []JournalEntry) (*Ledger, error) {
	l := &Ledger{}
	var gifts int
	for i := range journal {
		if journal[i].Type == DonationEntry {
			gifts++
		}
	}
	l.Grow(gifts)
	for i := range journal {
		if err := l.replayEntry(&journal[i]); err != nil {
			return nil, journalErr(i, journal[i].Type.String(), err)
		}
	}
	return l, nil
}

// replayEntry applies one entry of a journal being replayed.
func (l *Ledger) replayEntry(e *JournalEntry) error {
	if e.Digest == "" {
		return ledgerErr("journal_entry.digest", "", "required: a journal that Journal wrote seals every entry")
	}
	return l.applySealed(e)
}

// journalErr names the entry of a journal that was refused.
func journalErr(i int, value string, err error) error {
	rule := err.Error()
	field := "journal[" + strconv.Itoa(i) + "]"
	code := socialorg.ProblemCode("charity", field, rule)
	var ie *socialorg.InputError
	if errors.As(err, &ie) {
		rule = ie.Field + " = " + strconv.Quote(ie.Value) + ": " + ie.Rule
		// The entry's own problem, under the journal: charity.journal.donation.amount.out_of_range.
		if rest, ok := strings.CutPrefix(ie.Code, "charity."); ok {
			code = "charity.journal." + rest
		} else if ie.Code != "" {
			code = "charity.journal." + ie.Code
		}
	}
	return &socialorg.InputError{Field: field, Value: socialorg.Short(value), Rule: rule, Code: code, Err: ErrLedger}
}

// MarshalJSON encodes the ledger as its journal: {"journal":[…]}.
func (l *Ledger) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Journal []JournalEntry `json:"journal"`
	}{l.Journal()})
}

// UnmarshalJSON replaces the ledger with the replay of the journal MarshalJSON wrote, as
// ReadLedger reads it; on an error the ledger is unchanged. JSON null leaves it unchanged too.
// (encoding/json checks the syntax of the whole input before it calls this method: through
// json.Unmarshal, a torn journal is a syntax error without an entry's position; ReadLedger, or
// this method called directly, names it.)
func (l *Ledger) UnmarshalJSON(b []byte) error {
	if bytes.Equal(bytes.TrimSpace(b), []byte("null")) {
		return nil
	}
	r, err := ReadLedger(bytes.NewReader(b))
	if err != nil {
		return err
	}
	*l = *r
	return nil
}

// ReadLedger reads a ledger as MarshalJSON writes it ({"journal": […]}), decoding and replaying
// entry by entry, so that it holds one entry at a time besides the ledger. It refuses what Replay
// refuses, and also an entry with a field it does not know (a misspelled key), one not in the
// form Journal writes (whitespace aside), a journal cut short (a torn tail, in an entry or after
// one) and anything after the ledger, with an error that matches ErrLedger and names the entry
// ("journal[7]"); then it returns no ledger.
func ReadLedger(in io.Reader) (*Ledger, error) {
	r := &Ledger{}
	r.init()
	dec := json.NewDecoder(in)
	if !delim(dec, '{') {
		return nil, ledgerErr("ledger", "", `an object {"journal": […]}`)
	}
	seen := false
	for dec.More() {
		tok, err := dec.Token()
		if key, ok := tok.(string); err != nil || !ok || key != "journal" || seen {
			return nil, ledgerErr("ledger", tok, `one field, "journal"`)
		}
		seen = true
		if !delim(dec, '[') {
			return nil, ledgerErr("journal", "", "an array of entries")
		}
		i := 0
		for ; dec.More(); i++ {
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				return nil, journalErr(i, "", tornOr(err))
			}
			var e JournalEntry
			if err := e.UnmarshalJSON(raw); err != nil {
				return nil, journalErr(i, "", err)
			}
			if err := r.replayEntry(&e); err != nil {
				return nil, journalErr(i, e.Type.String(), err)
			}
		}
		if !delim(dec, ']') {
			return nil, journalErr(i, "", errors.New("the journal ends here, without its closing bracket (a torn tail)"))
		}
	}
	if !seen {
		return nil, ledgerErr("ledger", "", `the field "journal"`)
	}
	if !delim(dec, '}') {
		return nil, ledgerErr("ledger", "", "a closing brace after the journal (a torn tail)")
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, ledgerErr("ledger", "", "nothing after the ledger")
	}
	return r, nil
}

// delim reads the next token and reports whether it is the delimiter d.
func delim(dec *json.Decoder, d json.Delim) bool {
	tok, err := dec.Token()
	return err == nil && tok == d
}

// tornOr explains a decoding error: an input that ends inside an entry is a torn tail.
func tornOr(err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return errors.New("the journal ends inside this entry (a torn tail)")
	}
	return err
}

// UnmarshalJSON decodes an entry as Journal writes it, strictly: a field it does not know (a
// misspelled key), anything after the entry, and an entry not in the form Journal writes
// (whitespace aside: "1.50" for "1.5", an escape where Journal writes the character, fields out of
// order…) are refused, so that no change to an encoded journal but its whitespace goes unseen.
func (e *JournalEntry) UnmarshalJSON(b []byte) error {
	type plain JournalEntry
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var p plain
	if err := dec.Decode(&p); err != nil {
		return ledgerErr("journal_entry", b, tornOr(err).Error())
	}
	if _, err := dec.Token(); err != io.EOF {
		return ledgerErr("journal_entry", b, "one entry, nothing after it")
	}
	if !plainDecimals((*JournalEntry)(&p)) {
		return ledgerErr("journal_entry", b, "an amount or share out of range")
	}
	got, err := json.Marshal(JournalEntry(p))
	if err != nil {
		return ledgerErr("journal_entry", b, err.Error())
	}
	var compact, escaped bytes.Buffer
	if err := json.Compact(&compact, b); err != nil {
		return ledgerErr("journal_entry", b, err.Error())
	}
	json.HTMLEscape(&escaped, compact.Bytes())
	if !bytes.Equal(got, escaped.Bytes()) {
		return ledgerErr("journal_entry", b, "not in the form Journal writes (whitespace aside)")
	}
	*e = JournalEntry(p)
	return nil
}
