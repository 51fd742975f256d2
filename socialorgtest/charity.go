package socialorgtest

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/charity"
	"github.com/socialorg/socialorg/registry"
)

// Charity is a charitable organization of the synthetic city with its books.
type Charity struct {
	Org               registry.Organization `json:"org"`
	PublicFundraising bool                  `json:"public_fundraising"`
	Ledger            *charity.Ledger       `json:"ledger"`
	Donations         int                   `json:"donations"` // donations recorded in the current year
}

// Sizes of the charitable sector (a report on Guangdong's social-organization information platform gives 211 charitable organizations and 630,000+
// donations in four years on the city's platform; the split here is invented).
const (
	charityCount       = 211
	donationsPerYear   = 157_500
	charityFoundations = 120
)

// Charities generates the city's charitable organizations (foundations first, then social
// groups and social service agencies) with two years of books: year − 1 in summary entries, and
// year in full, with a donation stream of about 157,500 gifts (630,000 in four years), expenses
// by month, releases, refunds and pledges. Most organizations comply with the spending rules;
// some do not. The same seed gives the same books.
func Charities(c City, year int, seed uint64) []Charity {
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	var picked []registry.Organization
	var others []registry.Organization
	for _, o := range c.Registered {
		switch {
		case o.Kind == registry.Foundation && len(picked) < charityFoundations:
			picked = append(picked, o)
		case o.Kind != registry.Foundation:
			others = append(others, o)
		}
	}
	for len(picked) < charityCount && len(others) > 0 {
		i := r.IntN(len(others))
		picked = append(picked, others[i])
		others = append(others[:i], others[i+1:]...)
	}
	out := make([]Charity, len(picked))
	// Donations are skewed: a few large fundraisers receive most gifts (integer weights).
	weights := make([]int, len(picked))
	total := 0
	for i := range picked {
		w := 1000 / (1 + r.IntN(40))
		if r.IntN(12) == 0 {
			w *= 25
		}
		weights[i] = w
		total += w
	}
	for i, o := range picked {
		out[i] = books(r, o, year, donationsPerYear*weights[i]/total)
	}
	return out
}

func yuan(fen int64) decimal.Decimal { return decimal.New(fen, -2) }

// books writes one organization's two years.
func books(r *rand.Rand, o registry.Organization, year, donations int) Charity {
	pf := o.Kind == registry.Foundation && r.IntN(3) == 0 || o.Kind != registry.Foundation && r.IntN(5) == 0
	id := o.Code.String()
	l, err := charity.NewLedger(charity.Fund{ID: "general", Name: "非限定性资金"},
		charity.Fund{ID: "project-1", Name: "慈善项目一", FilingNumber: id + "P1"},
		charity.Fund{ID: "project-2", Name: "慈善项目二", FilingNumber: id + "P2"})
	if err != nil {
		panic(err) // fixed, valid funds
	}
	must := func(err error) {
		if err != nil {
			panic(fmt.Sprintf("synth: %s: %v", id, err)) // generated entries are valid by construction
		}
	}
	date := func(y int) socialorg.Date { return socialorg.NewDate(y, 1, 1).AddDays(r.IntN(365)) }

	// The prior year, in summary: income by category, some of it restricted, and spending.
	scale := int64(2_000_000 + r.IntN(200_000_000)) // fen of yearly income
	if pf {
		scale *= 4
	}
	for k := 0; k < 12; k++ {
		amt := scale / 12
		must(l.RecordDonation(charity.Donation{GiftID: fmt.Sprintf("p%d", k), Date: socialorg.NewDate(year-1, time.Month(1+k), 15),
			Fund: "general", Amount: yuan(amt * 6 / 10)}))
		must(l.RecordDonation(charity.Donation{GiftID: fmt.Sprintf("q%d", k), Date: socialorg.NewDate(year-1, time.Month(1+k), 16),
			Fund: "project-1", Amount: yuan(amt * 3 / 10), Restriction: charity.PurposeRestricted, Purpose: "项目一"}))
		must(l.RecordIncome(charity.Income{Date: socialorg.NewDate(year-1, time.Month(1+k), 20), Fund: "general",
			Category: charity.IncomeCategory(2 + r.IntN(6)), Amount: yuan(amt / 10)}))
	}
	// Some income received under a time restriction for the current year (Art. 10 takes it out
	// of the prior year's income).
	if r.IntN(4) == 0 {
		must(l.RecordDonation(charity.Donation{GiftID: "held", Date: socialorg.NewDate(year-1, 11, 30), Fund: "project-2",
			Amount: yuan(scale / 5), Restriction: charity.TimeRestricted, UsableFrom: socialorg.NewDate(year, 1, 1)}))
		must(l.RecordRelease(charity.Release{Date: socialorg.NewDate(year, 1, 1), Fund: "project-2", From: charity.TimeRestricted,
			Amount: yuan(scale / 5), Reason: charity.TimeExpired}))
	}
	must(l.RecordExpense(charity.Expense{Date: socialorg.NewDate(year-1, 12, 20), Fund: "general", Category: charity.BusinessActivity,
		Charitable: true, Amount: yuan(scale * 5 / 10)}))
	must(l.RecordExpense(charity.Expense{Date: socialorg.NewDate(year-1, 12, 21), Fund: "general", Category: charity.Management,
		Amount: yuan(scale / 12)}))

	// The current year: a stream of gifts, some split, some in kind, some refunded, a pledge.
	must(l.RecordPledge(charity.Pledge{ID: "monthly", Donor: "corp-1", Fund: "project-1", Amount: yuan(scale / 200), Start: socialorg.NewDate(year, 1, 31), Months: 12}))
	var received int64
	for n := 0; n < donations; n++ {
		d := charity.Donation{GiftID: fmt.Sprintf("g%d", n), Date: date(year), Donor: fmt.Sprintf("donor-%d", r.IntN(donations/3+1)),
			Amount: yuan(int64(100 + r.IntN(50_000)))}
		switch k := r.IntN(20); {
		case k < 11:
			d.Fund = "general"
		case k < 17:
			d.Fund, d.Restriction, d.Purpose = "project-1", charity.PurposeRestricted, "项目一"
		case k < 18:
			d.Fund, d.Valuation, d.Description, d.Restriction, d.Purpose = "project-2", charity.MarketPrice, "物资", charity.PurposeRestricted, "项目二"
		default:
			d.Restriction, d.Purpose = charity.PurposeRestricted, "两个项目"
			must(l.RecordSplitDonation(d, []charity.Part{{Fund: "project-1", Share: decimal.NewFromInt(1)}, {Fund: "project-2", Share: decimal.NewFromInt(1)}}))
			received += d.Amount.Shift(2).IntPart()
			continue
		}
		must(l.RecordDonation(d))
		received += d.Amount.Shift(2).IntPart()
		if r.IntN(500) == 0 {
			must(l.RecordRefund(charity.Refund{Date: d.Date.AddDays(10), GiftID: d.GiftID, Amount: d.Amount}))
			received -= d.Amount.Shift(2).IntPart()
		}
	}
	for k := 0; k < 12 && k < donations; k++ {
		must(l.RecordDonation(charity.Donation{GiftID: fmt.Sprintf("m%d", k), Date: socialorg.NewDate(year, time.Month(1+k), 28), Donor: "corp-1",
			Fund: "project-1", Amount: yuan(scale / 200), Pledge: "monthly", Restriction: charity.PurposeRestricted, Purpose: "项目一"}))
		received += scale / 200
	}

	// Spending: most meet their floor, some do not; management mostly within its ceiling.
	charitableShare := int64(72 + r.IntN(20)) // percent of last year's income
	if r.IntN(7) == 0 {
		charitableShare = int64(20 + r.IntN(45)) // under-spenders
	}
	charitable := (scale + received/4) * charitableShare / 100
	mgmt := charitable * int64(4+r.IntN(8)) / 100
	if r.IntN(9) == 0 {
		mgmt = charitable * int64(20+r.IntN(15)) / 100 // heavy overheads
	}
	for m := 1; m <= 12; m++ {
		part := charitable / 12
		// Restricted money is spent only once it has arrived: what the fund holds on the day.
		on := socialorg.NewDate(year, time.Month(m), 25)
		held := l.Totals(socialorg.Period{To: on}).Fund("project-1").Net(charity.PurposeRestricted).Shift(2).IntPart()
		fromRestricted := min(part/2, held)
		if fromRestricted > 0 {
			err := l.SpendRestricted(charity.PurposeRestricted, charity.Expense{Date: on, Fund: "project-1",
				Category: charity.BusinessActivity, Charitable: true, Amount: yuan(fromRestricted)})
			if err != nil { // a later refund needs the money: spend unrestricted money instead
				fromRestricted = 0
			}
		}
		if part-fromRestricted > 0 {
			must(l.RecordExpense(charity.Expense{Date: socialorg.NewDate(year, time.Month(m), 26), Fund: "general",
				Category: charity.BusinessActivity, Charitable: true, Amount: yuan(part - fromRestricted)}))
		}
		must(l.RecordExpense(charity.Expense{Date: socialorg.NewDate(year, time.Month(m), 27), Fund: "general", Category: charity.Management, Amount: yuan(max(1, mgmt/12))}))
		must(l.RecordExpense(charity.Expense{Date: socialorg.NewDate(year, time.Month(m), 27), Fund: "general", Category: charity.Fundraising, Amount: yuan(max(1, charitable/400))}))
	}
	return Charity{Org: o, PublicFundraising: pf, Ledger: l, Donations: donations}
}
