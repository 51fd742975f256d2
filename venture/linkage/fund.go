package linkage

import (
	"cmp"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/charity"
	"github.com/socialorg/socialorg/internal/fen"
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
	UnitCost    int64           `json:"unit_cost,omitempty"`   // cost of paying out one fen, usually 0
	Home        string          `json:"home,omitempty"`
}

// Resource returns the fund as a resource of KindFunds brought by the CommunityFund party, whose
// quantity is its balance in fen: a plan never spends more than the balance. Errors: an empty ID,
// a balance that is not positive or has a digit below the fen.
func (f Fund) Resource() (Resource, error) {
	var p socialorg.Problems
	if f.ID == "" || len(f.ID) > MaxIDLen {
		p.Add("fund.id", f.ID, "1 … 128 bytes")
	}
	q, err := fen.FromDecimal(f.Balance)
	switch {
	case err != nil:
		p.Add("fund.balance", f.Balance, "yuan with at most two decimal places")
	case q <= 0:
		p.Add("fund.balance", f.Balance, "> 0")
	}
	if err := p.Err(); err != nil {
		return Resource{}, err
	}
	return Resource{ID: f.ID, Party: CommunityFund, Kind: KindFunds, Quantity: q, UnitCost: f.UnitCost,
		Communities: slices.Clone(f.Communities), Home: f.Home}, nil
}

// RecordFunds records the money the plan pays out of community funds into the host's ledger: for
// each assignment of a KindFunds resource of the CommunityFund party, an expense of the fund's
// purpose-restricted money (charity.Ledger.SpendRestricted: a release and a charitable business
// activity cost), dated on, with the need's ID as reference. Amounts are the plan's fen exactly:
// the expenses of a fund sum to what the plan took from it. Before recording anything it checks
// that each fund's restricted balance covers its total, so that a shortfall records nothing; an
// error from the ledger part way (which the check makes unlikely) leaves the expenses before it
// recorded.
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
			return socialorg.Invalid("plan", a.Resource, "positive quantities within int64")
		}
		totals[a.Resource] = t
		pay = append(pay, a)
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
			return socialorg.Invalid("plan", id, "the fund's restricted balance "+bal.StringFixed(2)+" covers "+fen.Format(totals[id]))
		}
	}
	slices.SortFunc(pay, func(a, b Assignment) int {
		return cmp.Or(cmp.Compare(a.Resource, b.Resource), cmp.Compare(a.Need, b.Need))
	})
	for _, a := range pay {
		err := l.SpendRestricted(charity.PurposeRestricted, charity.Expense{Date: on, Fund: a.Resource, Category: charity.BusinessActivity,
			Charitable: true, Amount: fen.ToDecimal(a.Quantity), Ref: a.Need})
		if err != nil {
			return err
		}
	}
	return nil
}
