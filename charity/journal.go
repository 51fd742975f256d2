package charity

import (
	"encoding/json"
	"strconv"

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

// JournalEntry is one accepted entry of a ledger, as it was recorded: the type and the one field
// that type uses (Parts with a split donation or expense, From with SpendRestricted, whose
// expense is in Expense). It encodes to JSON, so that a service can keep its books across
// restarts: Ledger.Journal lists the entries, Replay records them into a new ledger.
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
}

// Journal lists every accepted entry, funds first among them as they were added, in the order
// they were recorded. Refused entries are not in it. A split donation is listed with the amounts
// its shares came to, so that replaying it does not depend on the split.
func (l *Ledger) Journal() []JournalEntry {
	if l == nil {
		return []JournalEntry{}
	}
	out := make([]JournalEntry, 0, l.entries)
	for _, run := range l.log {
		for i := int(run.start); i < int(run.start+run.n); i++ {
			out = l.journalEntry(out, uint64(run.kind), i)
		}
	}
	return out
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
		out = append(out, JournalEntry{Type: ExpenseEntry, Expense: &x.Expense, Parts: x.parts})
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
	g := &l.gifts[i]
	x := l.extras[i]
	d := Donation{GiftID: l.giftID(i), Date: socialorg.DateFromDays(int64(g.day)), Donor: l.donors[g.donor], Amount: fen.ToDecimal(g.amount),
		Restriction: g.restriction(), Purpose: x.purpose, UsableFrom: x.usable, Valuation: g.valuation(), Description: x.description, Pledge: x.pledge}
	if !g.split() {
		d.Fund = l.funds[g.fund].ID
		return d, nil
	}
	ps := l.splits[g.fund]
	parts := make([]Part, len(ps))
	for k, p := range ps {
		parts[k] = Part{Fund: l.funds[p.fund].ID, Amount: fen.ToDecimal(p.amount)}
	}
	return d, parts
}

// Apply records one journal entry, as the recording method of its type would.
func (l *Ledger) Apply(e JournalEntry) error {
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
		if e.Parts != nil {
			return l.RecordSplitDonation(*e.Donation, e.Parts)
		}
		return l.RecordDonation(*e.Donation)
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
	case SpendRestrictedEntry:
		if e.Expense == nil {
			return missing("expense")
		}
		return l.SpendRestricted(e.From, *e.Expense)
	}
	return ledgerErr("journal_entry.type", int(e.Type), "fund, donation, income, expense, release, refund, pledge or spend-restricted")
}

// Replay records a journal into a new ledger: the ledger a service rebuilds after a restart. The
// result has the same totals, statements, donor rollups and journal as the ledger the journal came
// from. An entry that is refused stops the replay with an error naming its position.
func Replay(journal []JournalEntry) (*Ledger, error) {
	l := &Ledger{}
	l.Grow(len(journal))
	for i, e := range journal {
		if err := l.Apply(e); err != nil {
			return nil, &socialorg.InputError{Field: "journal[" + strconv.Itoa(i) + "]", Value: e.Type.String(), Rule: err.Error(), Err: ErrLedger}
		}
	}
	return l, nil
}

// MarshalJSON encodes the ledger as its journal: {"journal":[…]}.
func (l *Ledger) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Journal []JournalEntry `json:"journal"`
	}{l.Journal()})
}

// UnmarshalJSON replaces the ledger with the replay of the journal MarshalJSON wrote; a refused
// entry is an error naming its position, and the ledger is then unchanged.
func (l *Ledger) UnmarshalJSON(b []byte) error {
	var j struct {
		Journal []JournalEntry `json:"journal"`
	}
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	r, err := Replay(j.Journal)
	if err != nil {
		return err
	}
	*l = *r
	return nil
}
