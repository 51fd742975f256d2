package charity_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/charity"
	"github.com/socialorg/socialorg/socialorgtest"
)

// everyKind is a ledger with an entry of every kind and the awkward cases: a split by shares
// that gives one fund every fen, a split expense by shares with a zero share, spending of
// restricted money, a pledge and a gift fulfilling it, a refund of a split gift, a long gift ID,
// goods, a time restriction released, text that needs escaping in JSON.
func everyKind(t testing.TB) *charity.Ledger {
	t.Helper()
	l := newLedger(t)
	must := func(err error) {
		t.Helper()
		require.NoError(t, err)
	}
	must(l.AddFund(charity.Fund{ID: "<late & \"odd\">", Name: "晚加的基金\u2028"}))
	must(l.RecordPledge(charity.Pledge{ID: "p1", Donor: "d1", Fund: "general", Amount: d("50"), Start: day("2025-01-31"), Months: 3}))
	must(l.RecordDonation(charity.Donation{GiftID: "g1", Date: day("2025-01-31"), Donor: "d1", Fund: "general", Amount: d("50"), Pledge: "p1"}))
	must(l.RecordSplitDonation(charity.Donation{GiftID: "one-fund-split", Date: day("2025-02-01"), Donor: "d2", Fund: "ignored", Amount: d("0.01")},
		[]charity.Part{{Fund: "general", Share: d("1")}, {Fund: "school", Share: d("1")}})) // 0.01 in two equal shares: one fen, one nothing
	must(l.RecordSplitDonation(charity.Donation{GiftID: "all-in-one", Date: day("2025-02-01"), Amount: d("10"),
		Restriction: charity.PurposeRestricted, Purpose: "助学"}, []charity.Part{{Fund: "school", Share: d("1")}, {Fund: "elderly", Share: d("0")}}))
	must(l.RecordSplitDonation(charity.Donation{GiftID: strings.Repeat("长", 40), Date: day("2025-02-02"), Donor: "d3", Amount: d("100.10"),
		Restriction: charity.PurposeRestricted, Purpose: "长者"}, []charity.Part{{Fund: "elderly", Amount: d("60.10")}, {Fund: "school", Amount: d("40")}}))
	must(l.RecordDonation(charity.Donation{GiftID: "goods", Date: day("2025-02-03"), Fund: "elderly", Amount: d("800"), Valuation: charity.MarketPrice,
		Description: "轮椅 <4> 台", Restriction: charity.TimeAndPurpose, Purpose: "助残", UsableFrom: day("2025-06-01")}))
	must(l.RecordDonation(charity.Donation{GiftID: "later", Date: day("2025-02-04"), Fund: "school", Amount: d("300"),
		Restriction: charity.TimeRestricted, UsableFrom: day("2025-07-01")}))
	must(l.RecordIncome(charity.Income{Date: day("2025-02-05"), Fund: "general", Category: charity.GovernmentGrant, Amount: d("1000.5"), Ref: "补助"}))
	must(l.RecordIncome(charity.Income{Date: day("2025-02-05"), Fund: "school", Category: charity.InvestmentIncome, Amount: d("7"),
		Restriction: charity.TimeRestricted, UsableFrom: day("2026-01-01")}))
	must(l.RecordSplitExpense(charity.Expense{Date: day("2025-03-01"), Category: charity.Management, Amount: d("99.99"), Ref: "rent"},
		[]charity.Part{{Fund: "general", Share: d("0.6")}, {Fund: "school", Share: d("0.4")}, {Fund: "elderly", Share: d("0")}}))
	must(l.RecordExpense(charity.Expense{Date: day("2025-03-02"), Fund: "general", Category: charity.BusinessActivity, Charitable: true, Amount: d("20")}))
	must(l.SpendRestricted(charity.PurposeRestricted, charity.Expense{Date: day("2025-03-03"), Fund: "school", Category: charity.BusinessActivity,
		Charitable: true, Amount: d("5"), Ref: "books"}))
	must(l.RecordRefund(charity.Refund{Date: day("2025-03-04"), GiftID: strings.Repeat("长", 40), Fund: "school", Amount: d("0.5")}))
	must(l.RecordRefund(charity.Refund{Date: day("2025-03-04"), GiftID: "g1", Amount: d("50")}))
	must(l.RecordRelease(charity.Release{Date: day("2025-07-01"), Fund: "school", From: charity.TimeRestricted, Amount: d("300"), Reason: charity.TimeExpired}))
	must(l.RecordRelease(charity.Release{Date: day("2025-07-02"), Fund: "elderly", From: charity.PurposeRestricted, Amount: d("10"), Reason: charity.DonorRevoked}))
	return l
}

// TestJournalReplaysToItself: Replay(j).Journal() is j, entry for entry, for every journal the
// library writes — one with every kind of entry, and the books of every charity of the synthetic
// city — in Go and through JSON. Issue 18: a split that gave one fund every fen came back as a
// gift to one fund.
func TestJournalReplaysToItself(t *testing.T) {
	ledgers := []*charity.Ledger{everyKind(t)}
	for _, c := range socialorgtest.Charities(socialorgtest.Guangzhou(2026), 2025, 3)[:40] {
		ledgers = append(ledgers, c.Ledger)
	}
	for n, l := range ledgers {
		j := l.Journal()
		r, err := charity.Replay(j)
		require.NoError(t, err, "ledger %d", n)
		require.Empty(t, cmp.Diff(j, r.Journal()), "ledger %d", n)
		require.Equal(t, fingerprint(t, l), fingerprint(t, r))

		raw, err := json.Marshal(l)
		require.NoError(t, err)
		var back charity.Ledger
		require.NoError(t, json.Unmarshal(raw, &back), "ledger %d", n)
		require.Empty(t, cmp.Diff(j, back.Journal()), "ledger %d", n)
		again, err := json.Marshal(&back)
		require.NoError(t, err)
		require.Equal(t, string(raw), string(again), "ledger %d encodes to the same bytes", n)
	}
}

// indexOf returns the position of the first entry of the type at or after from.
func indexOf(t *testing.T, j []charity.JournalEntry, typ charity.EntryType, from int) int {
	t.Helper()
	for i := from; i < len(j); i++ {
		if j[i].Type == typ {
			return i
		}
	}
	t.Fatalf("no %s entry", typ)
	return -1
}

// TestReplayRefusesDamage: a journal with an entry edited, dropped, repeated, moved, or an empty
// entry, is refused by Replay, which names the first entry that does not follow, and returns no
// ledger. Issue 18: each of these replayed silently (an expense counted twice, a restriction
// lost…).
func TestReplayRefusesDamage(t *testing.T) {
	good := everyKind(t).Journal()
	income := indexOf(t, good, charity.IncomeEntry, 0)
	expense := indexOf(t, good, charity.ExpenseEntry, 0)
	release := indexOf(t, good, charity.ReleaseEntry, 0)
	clone := func() []charity.JournalEntry {
		out := make([]charity.JournalEntry, len(good))
		for i, e := range good {
			out[i] = e
			if e.Income != nil {
				in := *e.Income
				out[i].Income = &in
			}
		}
		return out
	}
	tests := []struct {
		name  string
		edit  func([]charity.JournalEntry) []charity.JournalEntry
		where int
	}{
		{"an expense repeated", func(j []charity.JournalEntry) []charity.JournalEntry {
			return append(j[:expense+1:expense+1], append([]charity.JournalEntry{j[expense]}, j[expense+1:]...)...)
		}, expense + 1},
		{"an income's amount edited", func(j []charity.JournalEntry) []charity.JournalEntry {
			j[income].Income.Amount = d("1000.51")
			return j
		}, income},
		{"an income's restriction dropped", func(j []charity.JournalEntry) []charity.JournalEntry {
			second := indexOf(t, j, charity.IncomeEntry, income+1)
			j[second].Income.Restriction, j[second].Income.UsableFrom = charity.Unrestricted, socialorg.Date{}
			return j
		}, income + 1},
		{"an expense dropped", func(j []charity.JournalEntry) []charity.JournalEntry {
			return append(j[:expense:expense], j[expense+1:]...)
		}, expense},
		{"two entries swapped", func(j []charity.JournalEntry) []charity.JournalEntry {
			j[income], j[income+1] = j[income+1], j[income]
			return j
		}, income},
		{"an empty entry", func(j []charity.JournalEntry) []charity.JournalEntry {
			return append(j[:release:release], append([]charity.JournalEntry{{}}, j[release:]...)...)
		}, release},
		{"an entry of another kind's payload", func(j []charity.JournalEntry) []charity.JournalEntry {
			e := j[income]
			e.Expense = &charity.Expense{Date: day("2025-01-01"), Fund: "general", Category: charity.Management, Amount: d("1")}
			j[income] = e
			return j
		}, income},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l, err := charity.Replay(tc.edit(clone()))
			require.Error(t, err)
			require.ErrorIs(t, err, charity.ErrLedger)
			require.Contains(t, err.Error(), fmt.Sprintf("journal[%d]", tc.where))
			require.Nil(t, l, "no half ledger")
		})
	}
	_, err := charity.Replay(good)
	require.NoError(t, err, "the journal itself is fine")
}

// journalElements returns the raw entries of an encoded ledger.
func journalElements(t *testing.T, raw []byte) []json.RawMessage {
	t.Helper()
	var v struct {
		Journal []json.RawMessage `json:"journal"`
	}
	require.NoError(t, json.Unmarshal(raw, &v))
	return v.Journal
}

// encodeElements writes raw entries back as an encoded ledger.
func encodeElements(es []json.RawMessage) []byte {
	parts := make([]string, len(es))
	for i, e := range es {
		parts[i] = string(e)
	}
	return []byte(`{"journal":[` + strings.Join(parts, ",") + `]}`)
}

// TestLedgerDecodeRefusesDamage: decoding an encoded ledger refuses a misspelled key, a torn
// tail, an empty entry and an unknown field, naming the entry, and leaves the ledger it decodes
// into as it was. Issue 18: a misspelled key was dropped silently (a restricted gift became
// unrestricted) and a torn journal gave no position.
func TestLedgerDecodeRefusesDamage(t *testing.T) {
	src := everyKind(t)
	raw, err := json.Marshal(src)
	require.NoError(t, err)
	es := journalElements(t, raw)
	first := func(sub string) int {
		for i, e := range es {
			if strings.Contains(string(e), sub) {
				return i
			}
		}
		t.Fatalf("no entry has %s", sub)
		return -1
	}
	with := func(i int, from, to string) []byte {
		c := append([]json.RawMessage(nil), es...)
		c[i] = json.RawMessage(strings.Replace(string(es[i]), from, to, 1))
		return encodeElements(c)
	}
	restricted := first(`"restriction":"purpose"`)
	charitable := first(`"charitable":true`)
	last := len(es) - 1
	tests := []struct {
		name  string
		input []byte
		where string
	}{
		{"misspelled restriction", with(restricted, `"restriction":"purpose"`, `"restrction":"purpose"`), fmt.Sprintf("journal[%d]", restricted)},
		{"misspelled charitable", with(charitable, `"charitable":true`, `"charitabel":true`), fmt.Sprintf("journal[%d]", charitable)},
		{"unknown field", with(3, `{`, `{"note":"x",`), "journal[3]"},
		{"empty entry", with(5, string(es[5]), `{}`), "journal[5]"},
		{"torn inside the last entry", raw[:len(raw)-40], fmt.Sprintf("journal[%d]", last)},
		{"torn after an entry", []byte(strings.TrimSuffix(string(encodeElements(es[:last])), "]}") + ","), fmt.Sprintf("journal[%d]", last)},
		{"torn before the closing bracket", []byte(strings.TrimSuffix(string(encodeElements(es[:last])), "]}")), fmt.Sprintf("journal[%d]", last)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := newLedger(t)
			require.NoError(t, l.RecordIncome(charity.Income{Date: day("2025-01-01"), Fund: "general", Category: charity.OtherIncome, Amount: d("1")}))
			before := l.Journal()
			err := l.UnmarshalJSON(tc.input) // json.Unmarshal checks the syntax first: a torn input never gets here
			require.Error(t, err)
			require.Contains(t, err.Error(), tc.where)
			require.Empty(t, cmp.Diff(before, l.Journal()), "the ledger decoded into is unchanged")
		})
	}
}

// TestRefusedApplyChangesNothing: an entry that Apply refuses leaves the ledger as it was.
func TestRefusedApplyChangesNothing(t *testing.T) {
	l := everyKind(t)
	before, journal := fingerprint(t, l), l.Journal()
	for _, e := range []charity.JournalEntry{
		{},
		{Type: charity.ExpenseEntry, Expense: &charity.Expense{Date: day("2025-01-01"), Fund: "general", Category: charity.Management, Amount: d("1")},
			Parts: []charity.Part{{Fund: "general", Amount: d("0.5")}, {Fund: "nowhere", Amount: d("0.5")}}},
		{Type: charity.RefundEntry, Refund: &charity.Refund{Date: day("2025-12-01"), GiftID: "goods", Amount: d("801")}},
		{Type: charity.ReleaseEntry, Release: &charity.Release{Date: day("2025-01-01"), Fund: "school", From: charity.PurposeRestricted, Amount: d("1"), Reason: charity.PurposeFulfilled}},
		{Type: charity.DonationEntry, Donation: &charity.Donation{GiftID: "g1", Date: day("2025-01-01"), Fund: "general", Amount: decimal.New(1, 0)}},
	} {
		require.Error(t, l.Apply(e))
		require.Equal(t, before, fingerprint(t, l))
		require.Empty(t, cmp.Diff(journal, l.Journal()))
	}
}

// TestJournalDigestsAreTheDocumentedChain: each digest is the SHA-256, in hex, of the previous
// digest (the SHA-256 of "socialorg charity journal v1" before the first) and the entry's JSON
// without its digest; editing one entry changes its digest and every later one.
func TestJournalDigestsAreTheDocumentedChain(t *testing.T) {
	j := everyKind(t).Journal()
	prev := sha256.Sum256([]byte("socialorg charity journal v1"))
	for i, e := range j {
		require.Len(t, e.Digest, 64)
		e.Digest = ""
		b, err := json.Marshal(e)
		require.NoError(t, err)
		prev = sha256.Sum256(append(prev[:], b...))
		require.Equal(t, hex.EncodeToString(prev[:]), j[i].Digest, "entry %d", i)
	}

	l := everyKind(t)
	require.NoError(t, l.RecordIncome(charity.Income{Date: day("2026-01-01"), Fund: "general", Category: charity.OtherIncome, Amount: d("1")}))
	other := newLedger(t)
	require.NoError(t, other.RecordIncome(charity.Income{Date: day("2026-01-01"), Fund: "general", Category: charity.OtherIncome, Amount: d("2")}))
	a, b := l.Journal(), other.Journal()
	require.Equal(t, a[2].Digest, b[2].Digest, "the same funds, the same digests")
	require.NotEqual(t, a[3].Digest, b[3].Digest)
}

// TestApplyChecksTheSeal: entries carrying their digests are applied one at a time, as a service
// appends the entries of its journal; one that does not follow is refused and changes nothing.
// Entries recorded without digests are sealed when the next sealed entry is checked.
func TestApplyChecksTheSeal(t *testing.T) {
	j := everyKind(t).Journal()
	l := &charity.Ledger{}
	for i := range 6 {
		require.NoError(t, l.Apply(j[i]))
	}
	before := l.Journal()
	require.Error(t, l.Apply(j[7]), "an entry skipped")
	require.Error(t, l.Apply(j[5]), "an entry repeated")
	bad := j[6]
	bad.Digest = strings.Repeat("0", 64)
	require.Error(t, l.Apply(bad))
	bad.Digest = "not hex"
	require.Error(t, l.Apply(bad))
	require.Empty(t, cmp.Diff(before, l.Journal()))
	require.NoError(t, l.Apply(j[6]))

	// Recorded without a digest, then continued with sealed entries of the same journal.
	unsealed := j[7]
	unsealed.Digest = ""
	require.NoError(t, l.Apply(unsealed))
	for i := 8; i < len(j); i++ {
		require.NoError(t, l.Apply(j[i]), "entry %d", i)
	}
	require.Empty(t, cmp.Diff(j, l.Journal()))
}

// TestEncodedJournalIsCanonical: an encoded journal decodes only in the form Journal writes,
// whitespace aside: every other way of writing the same values is refused, so that a byte changed
// anywhere but in whitespace is seen.
func TestEncodedJournalIsCanonical(t *testing.T) {
	src := everyKind(t)
	raw, err := json.Marshal(src)
	require.NoError(t, err)
	indented, err := json.MarshalIndent(src, "", "\t")
	require.NoError(t, err)
	l, err := charity.ReadLedger(bytes.NewReader(indented))
	require.NoError(t, err, "whitespace is insignificant")
	require.Empty(t, cmp.Diff(src.Journal(), l.Journal()))

	es := journalElements(t, raw)
	income := -1
	for i, e := range es {
		if strings.Contains(string(e), `"amount":"1000.5"`) {
			income = i
		}
	}
	require.GreaterOrEqual(t, income, 0)
	for name, edit := range map[string][2]string{
		"trailing zero":  {`"amount":"1000.5"`, `"amount":"1000.50"`},
		"leading zero":   {`"amount":"1000.5"`, `"amount":"01000.5"`},
		"exponent":       {`"amount":"1000.5"`, `"amount":"10005e-1"`},
		"escaped letter": {`"ref":"补助"`, `"ref":"\u8865助"`},
		"fields swapped": {`"date":"2025-02-05","fund":"general"`, `"fund":"general","date":"2025-02-05"`},
		"null digest":    {`"digest":"`, `"digest":null,"x":"`},
	} {
		c := append([]json.RawMessage(nil), es...)
		edited := strings.Replace(string(c[income]), edit[0], edit[1], 1)
		require.NotEqual(t, string(c[income]), edited, name)
		c[income] = json.RawMessage(edited)
		_, err := charity.ReadLedger(bytes.NewReader(encodeElements(c)))
		require.ErrorIs(t, err, charity.ErrLedger, name)
		require.Contains(t, err.Error(), fmt.Sprintf("journal[%d]", income), name)
	}
	for name, input := range map[string]string{
		"trailing data":  string(raw) + "{}",
		"unknown field":  `{"journal":[],"head":"x"}`,
		"journal twice":  `{"journal":[],"journal":[]}`,
		"not an object":  `[]`,
		"not an array":   `{"journal":{}}`,
		"a torn opening": `{"jour`,
	} {
		_, err := charity.ReadLedger(strings.NewReader(input))
		require.ErrorIs(t, err, charity.ErrLedger, name)
	}
	empty, err := charity.ReadLedger(strings.NewReader(`{"journal":[]}`))
	require.NoError(t, err)
	require.Zero(t, empty.Len())
	_, err = charity.ReadLedger(strings.NewReader(`{}`))
	require.ErrorIs(t, err, charity.ErrLedger, "no journal: not what MarshalJSON writes")
}

// TestTextMustBeUTF8: text that is not UTF-8 cannot travel in a JSON journal, so the ledger
// refuses it where it would keep it.
func TestTextMustBeUTF8(t *testing.T) {
	bad := "\xff\xfe"
	l := newLedger(t)
	before := fingerprint(t, l)
	for name, err := range map[string]error{
		"fund":     l.AddFund(charity.Fund{ID: "x", Name: bad}),
		"gift":     l.RecordDonation(charity.Donation{GiftID: bad, Date: day("2025-01-01"), Fund: "general", Amount: d("1")}),
		"donor":    l.RecordDonation(charity.Donation{GiftID: "g", Donor: bad, Date: day("2025-01-01"), Fund: "general", Amount: d("1")}),
		"purpose":  l.RecordDonation(charity.Donation{GiftID: "g", Date: day("2025-01-01"), Fund: "general", Amount: d("1"), Restriction: charity.PurposeRestricted, Purpose: bad}),
		"income":   l.RecordIncome(charity.Income{Date: day("2025-01-01"), Fund: "general", Category: charity.OtherIncome, Amount: d("1"), Ref: bad}),
		"expense":  l.RecordExpense(charity.Expense{Date: day("2025-01-01"), Fund: "general", Category: charity.Management, Amount: d("1"), Ref: bad}),
		"pledge":   l.RecordPledge(charity.Pledge{ID: "p", Donor: bad, Fund: "general", Amount: d("1"), Start: day("2025-01-01"), Months: 1}),
		"pledgeID": l.RecordPledge(charity.Pledge{ID: bad, Fund: "general", Amount: d("1"), Start: day("2025-01-01"), Months: 1}),
	} {
		require.ErrorIs(t, err, charity.ErrLedger, name)
		require.Contains(t, err.Error(), "UTF-8", name)
	}
	require.Equal(t, before, fingerprint(t, l))
}

// canonJSON is b compacted and HTML-escaped as encoding/json writes it: the bytes a JSON journal
// must equal, whitespace aside.
func canonJSON(b []byte) []byte {
	var c, e bytes.Buffer
	if json.Compact(&c, b) != nil {
		return nil
	}
	json.HTMLEscape(&e, c.Bytes())
	return e.Bytes()
}

// FuzzJournalReplay reads fuzzed encoded ledgers: nothing panics, every error matches ErrLedger,
// and a ledger that is read encodes back to the bytes it was read from (whitespace and JSON's HTML
// escapes aside).
func FuzzJournalReplay(f *testing.F) {
	small := newLedger(f)
	if err := small.RecordDonation(charity.Donation{GiftID: "g", Date: day("2025-01-01"), Fund: "school", Amount: d("1.5"),
		Restriction: charity.PurposeRestricted, Purpose: "书"}); err != nil {
		f.Fatal(err)
	}
	if err := small.SpendRestricted(charity.PurposeRestricted, charity.Expense{Date: day("2025-01-02"), Fund: "school",
		Category: charity.BusinessActivity, Charitable: true, Amount: d("1")}); err != nil {
		f.Fatal(err)
	}
	for _, l := range []*charity.Ledger{small, newLedger(f), {}} {
		b, err := json.Marshal(l)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"journal":[{"type":"fund","fund":{"id":"general"}}]}`))
	f.Add([]byte(`{"journal":[{}]}`))
	f.Add([]byte(`{"journal":[`))
	f.Fuzz(func(t *testing.T, data []byte) {
		l, err := charity.ReadLedger(bytes.NewReader(data))
		if err != nil {
			if !errors.Is(err, charity.ErrLedger) {
				t.Fatalf("an error that does not match ErrLedger: %v", err)
			}
			return
		}
		out, err := json.Marshal(l)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out, canonJSON(data)) {
			t.Fatalf("read %q, encodes as %q", data, out)
		}
	})
}

// FuzzJournalEdit replaces, inserts or deletes one byte of a valid encoded journal (one with an
// entry of every kind): the result is refused, or, when the edit only moved whitespace between
// tokens, read as the same ledger.
func FuzzJournalEdit(f *testing.F) {
	valid, err := json.Marshal(everyKind(f))
	if err != nil {
		f.Fatal(err)
	}
	want, err := charity.ReadLedger(bytes.NewReader(valid))
	if err != nil {
		f.Fatal(err)
	}
	journal := want.Journal()
	f.Add(uint(0), byte(' '), uint8(1))
	f.Add(uint(40), byte('x'), uint8(0))
	f.Add(uint(1000), byte('0'), uint8(2))
	f.Add(uint(2000), byte('\n'), uint8(1))
	f.Fuzz(func(t *testing.T, pos uint, b byte, mode uint8) {
		i := int(pos % uint(len(valid)))
		var edited []byte
		switch mode % 3 {
		case 0:
			edited = append(append(append([]byte(nil), valid[:i]...), b), valid[i+1:]...)
		case 1:
			edited = append(append(append([]byte(nil), valid[:i]...), b), valid[i:]...)
		default:
			edited = append(append([]byte(nil), valid[:i]...), valid[i+1:]...)
		}
		l, err := charity.ReadLedger(bytes.NewReader(edited))
		if err != nil {
			if !errors.Is(err, charity.ErrLedger) {
				t.Fatalf("an error that does not match ErrLedger: %v", err)
			}
			return
		}
		if !bytes.Equal(canonJSON(edited), canonJSON(valid)) {
			t.Fatalf("an edit that is not whitespace was accepted: byte %d became %q (mode %d)", i, b, mode%3)
		}
		if diff := cmp.Diff(journal, l.Journal()); diff != "" {
			t.Fatalf("whitespace changed the ledger: %s", diff)
		}
	})
}

// A refused entry's problem has charity's code, under the journal when it comes from a replay.
func TestLedgerProblemCodes(t *testing.T) {
	l, err := charity.NewLedger(charity.Fund{ID: "a"})
	require.NoError(t, err)
	err = l.RecordRefund(charity.Refund{Date: socialorg.MustDate("2025-01-02"), GiftID: "nope", Fund: "a", Amount: decimal.NewFromInt(1)})
	var ie *socialorg.InputError
	require.ErrorAs(t, err, &ie)
	require.Equal(t, "refund.gift_id", ie.Field)
	require.True(t, strings.HasPrefix(ie.Code, "charity.refund.gift_id."), ie.Code)
	require.ErrorIs(t, err, charity.ErrLedger)

	require.NoError(t, l.RecordDonation(charity.Donation{GiftID: "g1", Date: socialorg.MustDate("2025-01-01"), Fund: "a", Amount: decimal.NewFromInt(5)}))
	j := l.Journal()
	j[1].Donation.Amount = decimal.NewFromInt(-5) // a refused amount, digest left as it was
	_, err = charity.Replay(j)
	require.ErrorAs(t, err, &ie)
	require.Equal(t, "journal[1]", ie.Field)
	require.True(t, strings.HasPrefix(ie.Code, "charity.journal."), ie.Code)
}
