package linkage

import (
	"cmp"
	"encoding/json"
	"errors"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/charity"
	"github.com/socialorg/socialorg/internal/fen"
	"github.com/socialorg/socialorg/internal/money"
)

// Fund is a community fund (社区慈善基金): a special fund (专项基金) that a subdistrict or town sets up
// at a charity federation (慈善会) or another charity with the public-fundraising qualification.
// It has no legal personality: its money sits in the host's accounts as restricted net assets,
// and its management committee decides what it pays for. In the host's ledger it is the fund
// with the same ID.
type Fund struct {
	ID          string          `json:"id"`
	Name        string          `json:"name,omitempty"`
	Host        string          `json:"host,omitempty"`        // the hosting charity
	Communities []string        `json:"communities,omitempty"` // communities it may serve; empty = any
	Balance     decimal.Decimal `json:"balance"`               // what it may spend, yuan
	UnitCost    int64           `json:"unit_cost,omitempty"`   // cost of paying out one fen, in fen, usually 0
	Home        string          `json:"home,omitempty"`
}

// fundJSON is the JSON form of a Fund: its unit cost also in yuan, as the rest of the package
// writes money (see Yuan).
type fundJSON struct {
	ID           string          `json:"id"`
	Name         string          `json:"name,omitempty"`
	Host         string          `json:"host,omitempty"`
	Communities  []string        `json:"communities,omitempty"`
	Balance      decimal.Decimal `json:"balance"`
	UnitCost     int64           `json:"unit_cost"`
	UnitCostYuan string          `json:"unit_cost_yuan"`
	Home         string          `json:"home,omitempty"`
}

// MarshalJSON encodes the fund with its unit cost also in yuan: "unit_cost_yuan". (Decoding, in
// money.go, reads "unit_cost" in fen; the yuan form is derived.)
func (f Fund) MarshalJSON() ([]byte, error) {
	return json.Marshal(fundJSON{ID: f.ID, Name: f.Name, Host: f.Host, Communities: f.Communities, Balance: f.Balance,
		UnitCost: f.UnitCost, UnitCostYuan: yuanText(f.UnitCost), Home: f.Home})
}

// The phrases of fund.go, whole: the figures are in the problem's value.
var _ = socialorg.MustDeclarePhrases(
	socialorg.Phrase{Slug: "over_balance", Text: socialorg.Text{Hans: "基金的限定性余额足以支付本计划从该基金的支出", Hant: "基金的限定性餘額足以支付本計劃從該基金的支出",
		En: "a restricted balance that covers the plan's payments from the fund"}},
	socialorg.Phrase{Slug: "already_recorded", Text: socialorg.Text{Hans: "不得为当日已记账的支付", Hant: "不得為當日已記帳的支付",
		En: "a payment not already recorded on that date"}},
)

// Resource returns the fund as a resource of KindFunds brought by the CommunityFund party, whose
// quantity is its balance in fen: a plan never spends more than the balance. Errors: an empty ID,
// a balance that is not positive or has a digit below the fen.
func (f Fund) Resource() (Resource, error) {
	p := socialorg.Problems{Package: pkg}
	if f.ID == "" || len(f.ID) > MaxIDLen {
		p.Add("fund.id", f.ID, "1 … 128 bytes")
	}
	q := money.Reader{}.Positive(&p, "fund.balance", f.Balance)
	if err := p.Err(); err != nil {
		return Resource{}, err
	}
	return Resource{ID: f.ID, Party: CommunityFund, Kind: KindFunds, Quantity: q, UnitCost: f.UnitCost,
		Communities: slices.Clone(f.Communities), Home: f.Home}, nil
}

// ErrAlreadyRecorded is matched (errors.Is) by the error of RecordFunds when a payment of the
// plan is already in the ledger: a retry of a batch that was booked.
var ErrAlreadyRecorded = errors.New("linkage: payment already recorded")

// RecordFunds records the money the plan pays out of community funds into the host's ledger: for
// each assignment of a KindFunds resource of the CommunityFund party, an expense of the fund's
// purpose-restricted money (charity.Ledger.SpendRestricted: a release and a charitable business
// activity cost), dated on, with the need's ID as reference. Amounts are the plan's fen exactly:
// the expenses of a fund sum to what the plan took from it.
//
// The payments are booked all or none (charity.Ledger.ApplyBatch), in order of fund, then need:
// when the ledger refuses one (a fund's restricted money short at the date, or at a later date
// that a booked release or refund needs it), nothing is booked, and the error names the payment
// ("batch[2]"). A call that failed can simply be retried. A retry of a call that succeeded is
// refused: when the ledger already holds a payment of the plan — a spending of restricted money
// from the same fund, on the same date, with the same need as reference — RecordFunds books
// nothing and returns an error matching ErrAlreadyRecorded that names it. (To pay one need from
// one fund twice on one day, pay the sum once.)
func RecordFunds(l *charity.Ledger, plan Plan, resources []Resource, on socialorg.Date) error {
	funds := map[string]bool{}
	for _, r := range resources {
		if r.Kind == KindFunds && r.Party == CommunityFund {
			funds[r.ID] = true
		}
	}
	totals := map[string]int64{}
	var pay []Assignment
	for _, a := range plan.Assignments {
		if !funds[a.Resource] {
			continue
		}
		t, ok := fen.Add(totals[a.Resource], a.Quantity)
		if !ok || a.Quantity <= 0 {
			return problem(socialorg.Invalid("plan", a.Resource, "positive quantities within int64"))
		}
		totals[a.Resource] = t
		pay = append(pay, a)
	}
	slices.SortFunc(pay, func(a, b Assignment) int {
		return cmp.Or(cmp.Compare(a.Resource, b.Resource), cmp.Compare(a.Need, b.Need))
	})

	// A retry of a booked batch: any payment of the plan already in the ledger.
	type payment struct{ fund, need string }
	planned := make(map[payment]bool, len(pay))
	for _, a := range pay {
		planned[payment{a.Resource, a.Need}] = true
	}
	for _, e := range l.Entries(charity.SpendRestrictedEntry) {
		if x := e.Expense; x.Date == on && planned[payment{x.Fund, x.Ref}] {
			p := socialorg.Problems{Package: pkg, Sentinel: ErrAlreadyRecorded}
			p.Add("plan", x.Fund+" → "+x.Ref+" on "+on.String(), "a payment not already recorded on that date")
			return p.Err()
		}
	}

	ids := make([]string, 0, len(totals))
	for id := range totals {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		bal, err := l.Balance(id, charity.PurposeRestricted)
		if err != nil {
			return err
		}
		if bal.LessThan(fen.ToDecimal(totals[id])) {
			p := socialorg.Problems{Package: pkg}
			p.Add("plan", id+": balance "+bal.StringFixed(2)+" < payments "+fen.Format(totals[id]), "a restricted balance that covers the plan's payments from the fund")
			return p.Err()
		}
	}
	batch := make([]charity.JournalEntry, len(pay))
	for i, a := range pay {
		batch[i] = charity.JournalEntry{Type: charity.SpendRestrictedEntry, From: charity.PurposeRestricted, Expense: &charity.Expense{
			Date: on, Fund: a.Resource, Category: charity.BusinessActivity, Charitable: true, Amount: fen.ToDecimal(a.Quantity), Ref: a.Need}}
	}
	return l.ApplyBatch(batch)
}
