package charity_test

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/charity"
	"github.com/socialorg/socialorg/registry"
)

func day(s string) socialorg.Date { return socialorg.MustDate(s) }

func newLedger(t testing.TB) *charity.Ledger {
	t.Helper()
	l, err := charity.NewLedger(
		charity.Fund{ID: "general", Name: "非限定性基金"},
		charity.Fund{ID: "elderly", Name: "长者关爱", FilingNumber: "53440100MJ00000345A24001"},
		charity.Fund{ID: "school", Name: "助学"},
	)
	require.NoError(t, err)
	return l
}

func balance(t *testing.T, l *charity.Ledger, fund string, r charity.Restriction) string {
	t.Helper()
	b, err := l.Balance(fund, r)
	require.NoError(t, err)
	return b.StringFixed(2)
}

func TestLedgerFlow(t *testing.T) {
	l := newLedger(t)
	require.NoError(t, l.RecordDonation(charity.Donation{GiftID: "g1", Date: day("2025-01-10"), Donor: "d1", Fund: "general", Amount: d("1000")}))
	require.NoError(t, l.RecordDonation(charity.Donation{GiftID: "g2", Date: day("2025-02-01"), Donor: "d2", Fund: "elderly",
		Amount: d("5000.50"), Restriction: charity.PurposeRestricted, Purpose: "长者助餐"}))
	require.NoError(t, l.RecordDonation(charity.Donation{GiftID: "g3", Date: day("2025-03-01"), Donor: "d1", Fund: "school",
		Amount: d("1200"), Restriction: charity.TimeRestricted, UsableFrom: day("2026-01-01")}))
	require.NoError(t, l.RecordDonation(charity.Donation{GiftID: "g4", Date: day("2025-03-02"), Donor: "d3", Fund: "elderly",
		Amount: d("800"), Valuation: charity.MarketPrice, Description: "轮椅 4 台", Restriction: charity.PurposeRestricted, Purpose: "助残"}))
	require.NoError(t, l.RecordIncome(charity.Income{Date: day("2025-04-01"), Fund: "general", Category: charity.GovernmentGrant, Amount: d("3000")}))
	require.NoError(t, l.SpendRestricted(charity.PurposeRestricted, charity.Expense{Date: day("2025-05-01"), Fund: "elderly",
		Category: charity.BusinessActivity, Charitable: true, Amount: d("2000.25")}))
	require.NoError(t, l.RecordExpense(charity.Expense{Date: day("2025-06-01"), Fund: "general", Category: charity.Management, Amount: d("300")}))
	require.NoError(t, l.RecordExpense(charity.Expense{Date: day("2025-06-02"), Fund: "general", Category: charity.Fundraising, Amount: d("50")}))
	require.NoError(t, l.RecordRefund(charity.Refund{Date: day("2025-07-01"), GiftID: "g1", Amount: d("100")}))
	require.NoError(t, l.RecordRelease(charity.Release{Date: day("2026-01-01"), Fund: "school", From: charity.TimeRestricted, Amount: d("1200"), Reason: charity.TimeExpired}))
	require.Equal(t, 10, l.Len())
	require.NoError(t, l.Verify())

	require.Equal(t, "3550.00", balance(t, l, "general", charity.Unrestricted)) // 1000 + 3000 − 300 − 50 − 100
	require.Equal(t, "3800.25", balance(t, l, "elderly", charity.PurposeRestricted))
	require.Equal(t, "0.00", balance(t, l, "elderly", charity.Unrestricted)) // released 2000.25, spent 2000.25
	require.Equal(t, "0.00", balance(t, l, "school", charity.TimeRestricted))
	require.Equal(t, "1200.00", balance(t, l, "school", charity.Unrestricted))

	require.NoError(t, l.AssertBalance("school", charity.TimeRestricted, d("1200"), day("2025-12-31")))
	require.NoError(t, l.AssertBalance("school", charity.TimeRestricted, d("0"), day("2026-01-01")))
	err := l.AssertBalance("general", charity.Unrestricted, d("3550.01"), day("2026-12-31"))
	var be *charity.BalanceError
	require.True(t, errors.As(err, &be), "zero tolerance: a fen off is an error")
	require.True(t, be.Got.Equal(d("3550")))

	s := l.Statement(socialorg.Year(2025))
	want := map[charity.IncomeCategory][2]string{
		charity.DonationIncome:  {"900.00", "7000.50"}, // 1000 − 100 refunded; 5000.50 + 1200 + 800
		charity.GovernmentGrant: {"3000.00", "0.00"},
	}
	for _, line := range s.Income {
		w, ok := want[line.Category]
		if !ok {
			w = [2]string{"0.00", "0.00"}
		}
		require.Equal(t, w[0], line.Unrestricted.StringFixed(2), line.Category.String())
		require.Equal(t, w[1], line.Restricted.StringFixed(2), line.Category.String())
	}
	require.True(t, s.Expense(charity.BusinessActivity).Equal(d("2000.25")))
	require.True(t, s.Expense(charity.Management).Equal(d("300")))
	require.True(t, s.Expense(charity.Fundraising).Equal(d("50")))
	require.True(t, s.CharitableActivity.Equal(d("2000.25")))
	require.True(t, s.Reclassified.Equal(d("2000.25")))
	require.True(t, s.ReleasedTimeExpired.IsZero(), "the time release is in 2026")
	require.True(t, s.TotalIncome.Equal(d("10900.50")))
	require.True(t, s.TotalExpenses.Equal(d("2350.25")))
	require.True(t, s.ChangeUnrestricted.Add(s.ChangeRestricted).Equal(s.TotalIncome.Sub(s.TotalExpenses)))

	u, r, err := l.NetAssets(day("2025-12-31"))
	require.NoError(t, err)
	require.True(t, u.Equal(d("3550")), u.String())
	require.True(t, r.Equal(d("5000.25")), r.String())

	donors := l.Donors(socialorg.Year(2025))
	require.Equal(t, []charity.DonorTotal{
		{Donor: "d2", Gifts: 1, Amount: d("5000.5"), InKind: d("0")},
		{Donor: "d1", Gifts: 2, Amount: d("2100"), InKind: d("0")},
		{Donor: "d3", Gifts: 1, Amount: d("800"), InKind: d("800")},
	}, normalise(donors))
}

// normalise rewrites decimals through strings so that require.Equal compares values, not
// representations.
func normalise(ds []charity.DonorTotal) []charity.DonorTotal {
	out := make([]charity.DonorTotal, len(ds))
	for i, x := range ds {
		out[i] = charity.DonorTotal{Donor: x.Donor, Gifts: x.Gifts, Amount: d(x.Amount.String()), InKind: d(x.InKind.String())}
	}
	return out
}

func TestSplitDonation(t *testing.T) {
	l := newLedger(t)
	// 100.00 in three equal shares: 33.34 + 33.33 + 33.33.
	require.NoError(t, l.RecordSplitDonation(charity.Donation{GiftID: "s", Date: day("2025-01-01"), Donor: "x", Amount: d("100")},
		[]charity.Part{{Fund: "general", Share: d("1")}, {Fund: "elderly", Share: d("1")}, {Fund: "school", Share: d("1")}}))
	require.Equal(t, "33.34", balance(t, l, "general", charity.Unrestricted))
	require.Equal(t, "33.33", balance(t, l, "elderly", charity.Unrestricted))
	require.Equal(t, "33.33", balance(t, l, "school", charity.Unrestricted))
	// By exact amounts.
	require.NoError(t, l.RecordSplitDonation(charity.Donation{GiftID: "a", Date: day("2025-01-02"), Donor: "x", Amount: d("10")},
		[]charity.Part{{Fund: "general", Amount: d("2.5")}, {Fund: "school", Amount: d("7.5")}}))
	don := l.Donors(socialorg.Period{})
	require.Len(t, don, 1)
	require.Equal(t, 2, don[0].Gifts, "a split gift is one gift")
	require.True(t, don[0].Amount.Equal(d("110")))

	// A refund of a split gift names the fund.
	err := l.RecordRefund(charity.Refund{Date: day("2025-02-01"), GiftID: "s", Amount: d("1")})
	require.ErrorIs(t, err, charity.ErrLedger)
	require.NoError(t, l.RecordRefund(charity.Refund{Date: day("2025-02-01"), GiftID: "s", Fund: "elderly", Amount: d("33.33")}))
	err = l.RecordRefund(charity.Refund{Date: day("2025-02-02"), GiftID: "s", Fund: "elderly", Amount: d("0.01")})
	require.ErrorIs(t, err, charity.ErrLedger, "nothing left of that part")

	// Expenses split across line items by share: 60/40 of 99.99.
	require.NoError(t, l.RecordSplitExpense(charity.Expense{Date: day("2025-03-01"), Category: charity.Management, Amount: d("99.99")},
		[]charity.Part{{Fund: "general", Share: d("0.6")}, {Fund: "school", Share: d("0.4")}}))
	require.Equal(t, "-24.15", balance(t, l, "general", charity.Unrestricted)) // 33.34 + 2.50 − 59.99
	require.Equal(t, "0.83", balance(t, l, "school", charity.Unrestricted))    // 33.33 + 7.50 − 40.00
}

// fingerprint captures the ledger's observable state.
func fingerprint(t *testing.T, l *charity.Ledger) string {
	t.Helper()
	tot := l.Totals(socialorg.Period{})
	s := fmt.Sprint(l.Len())
	for _, f := range tot.Funds {
		for r := charity.Unrestricted; r <= charity.TimeAndPurpose; r++ {
			s += " " + f.Net(r).StringFixed(2)
		}
	}
	s += fmt.Sprint(l.Pledges(day("2030-01-01")), l.Donors(socialorg.Period{}))
	return s
}

func TestRefusedEntriesChangeNothing(t *testing.T) {
	l := newLedger(t)
	require.NoError(t, l.RecordDonation(charity.Donation{GiftID: "g", Date: day("2025-01-01"), Fund: "elderly", Amount: d("100"),
		Restriction: charity.PurposeRestricted, Purpose: "p"}))
	require.NoError(t, l.RecordPledge(charity.Pledge{ID: "p1", Fund: "general", Amount: d("10"), Start: day("2025-01-31"), Months: 3}))
	before := fingerprint(t, l)
	bad := map[string]func() error{
		"sub-fen donation": func() error {
			return l.RecordDonation(charity.Donation{GiftID: "x", Date: day("2025-01-01"), Fund: "general", Amount: d("1.001")})
		},
		"negative donation": func() error {
			return l.RecordDonation(charity.Donation{GiftID: "x", Date: day("2025-01-01"), Fund: "general", Amount: d("-1")})
		},
		"zero donation": func() error {
			return l.RecordDonation(charity.Donation{GiftID: "x", Date: day("2025-01-01"), Fund: "general", Amount: d("0")})
		},
		"unknown fund": func() error {
			return l.RecordDonation(charity.Donation{GiftID: "x", Date: day("2025-01-01"), Fund: "nope", Amount: d("1")})
		},
		"duplicate gift": func() error {
			return l.RecordDonation(charity.Donation{GiftID: "g", Date: day("2025-01-01"), Fund: "general", Amount: d("1")})
		},
		"no gift id": func() error {
			return l.RecordDonation(charity.Donation{Date: day("2025-01-01"), Fund: "general", Amount: d("1")})
		},
		"no date": func() error { return l.RecordDonation(charity.Donation{GiftID: "x", Fund: "general", Amount: d("1")}) },
		"time, no date": func() error {
			return l.RecordDonation(charity.Donation{GiftID: "x", Date: day("2025-01-01"), Fund: "general", Amount: d("1"), Restriction: charity.TimeRestricted})
		},
		"purpose, none": func() error {
			return l.RecordDonation(charity.Donation{GiftID: "x", Date: day("2025-01-01"), Fund: "general", Amount: d("1"), Restriction: charity.PurposeRestricted})
		},
		"unknown pledge": func() error {
			return l.RecordDonation(charity.Donation{GiftID: "x", Date: day("2025-01-01"), Fund: "general", Amount: d("1"), Pledge: "zz"})
		},
		"parts don't sum": func() error {
			return l.RecordSplitDonation(charity.Donation{GiftID: "x", Date: day("2025-01-01"), Amount: d("10")}, []charity.Part{{Fund: "general", Amount: d("4")}, {Fund: "school", Amount: d("5")}})
		},
		"parts mixed": func() error {
			return l.RecordSplitDonation(charity.Donation{GiftID: "x", Date: day("2025-01-01"), Amount: d("10")}, []charity.Part{{Fund: "general", Amount: d("5")}, {Fund: "school", Share: d("1")}})
		},
		"zero shares": func() error {
			return l.RecordSplitDonation(charity.Donation{GiftID: "x", Date: day("2025-01-01"), Amount: d("10")}, []charity.Part{{Fund: "general"}, {Fund: "school"}})
		},
		"part unknown fund": func() error {
			return l.RecordSplitDonation(charity.Donation{GiftID: "x", Date: day("2025-01-01"), Amount: d("10")}, []charity.Part{{Fund: "general", Share: d("1")}, {Fund: "nope", Share: d("1")}})
		},
		"release too much": func() error {
			return l.RecordRelease(charity.Release{Date: day("2025-02-01"), Fund: "elderly", From: charity.PurposeRestricted, Amount: d("100.01"), Reason: charity.PurposeFulfilled})
		},
		"release wrong kind": func() error {
			return l.RecordRelease(charity.Release{Date: day("2025-02-01"), Fund: "elderly", From: charity.PurposeRestricted, Amount: d("1"), Reason: charity.TimeExpired})
		},
		"release unrestr.": func() error {
			return l.RecordRelease(charity.Release{Date: day("2025-02-01"), Fund: "elderly", From: charity.Unrestricted, Amount: d("1"), Reason: charity.DonorRevoked})
		},
		"refund too much": func() error {
			return l.RecordRefund(charity.Refund{Date: day("2025-02-01"), GiftID: "g", Amount: d("100.01")})
		},
		"refund unknown": func() error {
			return l.RecordRefund(charity.Refund{Date: day("2025-02-01"), GiftID: "zz", Amount: d("1")})
		},
		"spend restricted": func() error {
			return l.SpendRestricted(charity.PurposeRestricted, charity.Expense{Date: day("2025-02-01"), Fund: "elderly", Category: charity.BusinessActivity, Amount: d("100.01")})
		},
		"spend bad category": func() error {
			return l.SpendRestricted(charity.PurposeRestricted, charity.Expense{Date: day("2025-02-01"), Fund: "elderly", Category: 9, Amount: d("1")})
		},
		"charitable mgmt": func() error {
			return l.RecordExpense(charity.Expense{Date: day("2025-02-01"), Fund: "general", Category: charity.Management, Charitable: true, Amount: d("1")})
		},
		"income as donation": func() error {
			return l.RecordIncome(charity.Income{Date: day("2025-02-01"), Fund: "general", Category: charity.DonationIncome, Amount: d("1")})
		},
		"pledge duplicate": func() error {
			return l.RecordPledge(charity.Pledge{ID: "p1", Fund: "general", Amount: d("1"), Start: day("2025-01-01"), Months: 1})
		},
		"pledge day 32": func() error {
			return l.RecordPledge(charity.Pledge{ID: "p2", Fund: "general", Amount: d("1"), Start: day("2025-01-01"), Day: 32, Months: 1})
		},
		"pledge no months": func() error {
			return l.RecordPledge(charity.Pledge{ID: "p2", Fund: "general", Amount: d("1"), Start: day("2025-01-01")})
		},
		"overflow": func() error {
			return l.RecordDonation(charity.Donation{GiftID: "big", Date: day("2025-01-01"), Fund: "general", Amount: d("92233720368547758.07")})
		},
	}
	for name, f := range bad {
		err := f()
		require.Error(t, err, name)
		require.ErrorIs(t, err, charity.ErrLedger, name)
		require.ErrorIs(t, err, socialorg.ErrInvalidInput, name)
		require.Equal(t, before, fingerprint(t, l), "%s changed the ledger", name)
		require.NoError(t, l.Verify())
	}
}

func TestPledgeSchedule(t *testing.T) {
	p := charity.Pledge{ID: "p", Fund: "general", Amount: d("10"), Start: day("2024-01-31"), Months: 4}
	var got []string
	for _, x := range p.Schedule() {
		got = append(got, x.String())
	}
	require.Equal(t, []string{"2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30"}, got, "day 31 clamped at month end")
	p = charity.Pledge{Start: day("2025-01-15"), Day: 30, Months: 2}
	got = nil
	for _, x := range p.Schedule() {
		got = append(got, x.String())
	}
	require.Equal(t, []string{"2025-01-30", "2025-02-28"}, got)

	l := newLedger(t)
	require.NoError(t, l.RecordPledge(charity.Pledge{ID: "monthly", Donor: "d", Fund: "general", Amount: d("50"), Start: day("2025-01-31"), Months: 12}))
	require.NoError(t, l.RecordDonation(charity.Donation{GiftID: "m1", Date: day("2025-01-31"), Donor: "d", Fund: "general", Amount: d("50"), Pledge: "monthly"}))
	require.NoError(t, l.RecordDonation(charity.Donation{GiftID: "m2", Date: day("2025-03-01"), Donor: "d", Fund: "general", Amount: d("50"), Pledge: "monthly"}))
	st := l.Pledges(day("2025-03-31"))
	require.Len(t, st, 1)
	require.True(t, st[0].Due.Equal(d("150")), st[0].Due.String()) // Jan 31, Feb 28, Mar 31
	require.True(t, st[0].Received.Equal(d("100")))
	require.True(t, st[0].Outstanding.Equal(d("50")))
	require.Equal(t, "2025-04-30", st[0].NextDue.String())
	st = l.Pledges(day("2025-02-27"))
	require.True(t, st[0].Due.Equal(d("50")))
	require.True(t, st[0].Outstanding.IsZero(), "received more than due is not negative")
}

func TestFiguresFromLedger(t *testing.T) {
	l := newLedger(t)
	// 2024: 10,000 unrestricted, 2,000 time-restricted to 2025 (held from 2024's use), and a
	// 500 release of an older time restriction (received in 2023, usable from 2024).
	require.NoError(t, l.RecordDonation(charity.Donation{GiftID: "old", Date: day("2023-06-01"), Fund: "school", Amount: d("500"),
		Restriction: charity.TimeRestricted, UsableFrom: day("2024-01-01")}))
	require.NoError(t, l.RecordDonation(charity.Donation{GiftID: "a", Date: day("2024-02-01"), Fund: "general", Amount: d("10000")}))
	require.NoError(t, l.RecordDonation(charity.Donation{GiftID: "b", Date: day("2024-03-01"), Fund: "school", Amount: d("2000"),
		Restriction: charity.TimeRestricted, UsableFrom: day("2025-01-01")}))
	require.NoError(t, l.RecordRelease(charity.Release{Date: day("2024-01-01"), Fund: "school", From: charity.TimeRestricted, Amount: d("500"), Reason: charity.TimeExpired}))
	require.NoError(t, l.RecordExpense(charity.Expense{Date: day("2024-12-01"), Fund: "general", Category: charity.Management, Amount: d("1000")}))
	// 2025 spending.
	require.NoError(t, l.RecordExpense(charity.Expense{Date: day("2025-05-01"), Fund: "general", Category: charity.BusinessActivity, Charitable: true, Amount: d("7000")}))
	require.NoError(t, l.RecordExpense(charity.Expense{Date: day("2025-05-02"), Fund: "general", Category: charity.BusinessActivity, Amount: d("500")}))
	require.NoError(t, l.RecordExpense(charity.Expense{Date: day("2025-06-01"), Fund: "general", Category: charity.Management, Amount: d("900")}))
	require.NoError(t, l.RecordExpense(charity.Expense{Date: day("2025-06-01"), Fund: "general", Category: charity.Fundraising, Amount: d("100")}))

	in, err := charity.FiguresFromLedger(l, 2025, registry.Foundation, true, "53440100MJ00000345")
	require.NoError(t, err)
	// Art. 10: 12,000 − 2,000 held to 2025 + 500 released by time = 10,500.
	require.True(t, in.PriorYearIncome.Equal(d("10500")), in.PriorYearIncome.String())
	require.True(t, in.PriorYearNetAssets.Equal(d("11500")), in.PriorYearNetAssets.String()) // 500 + 12,000 − 1,000
	require.True(t, in.CharitableExpenditure.Equal(d("7000")))
	require.True(t, in.ManagementExpense.Equal(d("900")))
	require.True(t, in.TotalExpenditure.Equal(d("8500")))
	require.True(t, in.FundraisingCost.Equal(d("100")))
	res, err := charity.CheckAnnualSpending(in, day("2026-03-01"))
	require.NoError(t, err)
	require.True(t, res.MinCharitable.Equal(d("7350")), res.MinCharitable.String()) // 70% of 10,500
	require.False(t, res.CharitableOK)
	require.False(t, res.ManagementOK, "900 / 8,500 = 10.59% > 10%")
}

// model is an independent, obviously correct ledger: the postings of each (fund, class), with
// their dates, in fen.
type model map[[2]string][]posting

type posting struct {
	day    socialorg.Date
	amount int64
}

func (m model) balance(k [2]string) int64 {
	var b int64
	for _, p := range m[k] {
		b += p.amount
	}
	return b
}

// lowestFrom is the least balance of k at any date from d on.
func (m model) lowestFrom(k [2]string, d socialorg.Date) int64 {
	ps := append([]posting(nil), m[k]...)
	slices.SortFunc(ps, func(a, b posting) int { return a.day.Compare(b.day) })
	var b int64
	for _, p := range ps {
		if !p.day.After(d) {
			b += p.amount
		}
	}
	low := b
	for i, p := range ps {
		if p.day.After(d) {
			b += p.amount
			if i == len(ps)-1 || ps[i+1].day != p.day { // balances are at the end of each day
				low = min(low, b)
			}
		}
	}
	return low
}

// TestLedgerProperty records random sequences of entries, valid and invalid, in random date
// order, and checks that the ledger agrees with the model (balances = sum of entries), that
// splits sum to the whole, that a release is refused exactly when it is not positive or more than
// the restricted balance at some date from its own on, that refused entries change nothing, that
// restricted balances are never negative at any date, and that the totals of shards (funds kept
// in two ledgers) merged equal the totals of the whole.
func TestLedgerProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 13))
	funds := []string{"general", "elderly", "school"}
	for round := 0; round < 60; round++ {
		whole, shardA, shardB := newLedger(t), newLedger(t), newLedger(t)
		shardOf := map[string]*charity.Ledger{"general": shardA, "elderly": shardA, "school": shardB}
		m := model{}
		for n := 0; n < 200; n++ {
			date := day("2024-01-01").AddDays(r.IntN(700))
			fund := funds[r.IntN(len(funds))]
			amount := int64(r.IntN(100000)) - 5 // sometimes ≤ 0: refused
			amt := decimal.New(amount, -2)
			id := fmt.Sprint(round, "-", n)
			before := fingerprint(t, whole)
			var err error
			switch r.IntN(5) {
			case 0, 1: // donation, unrestricted or purpose-restricted, sometimes split
				class := charity.Restriction(r.IntN(2) * 2)
				key := func(f string) [2]string { return [2]string{f, class.String()} }
				don := charity.Donation{GiftID: id, Date: date, Fund: fund, Amount: amt, Restriction: class, Purpose: "p"}
				if r.IntN(3) > 0 {
					if err = whole.RecordDonation(don); err == nil {
						m[key(fund)] = append(m[key(fund)], posting{date, amount})
						require.NoError(t, shardOf[fund].RecordDonation(don))
					}
					break
				}
				parts := []charity.Part{{Fund: "general", Share: decimal.NewFromInt(int64(1 + r.IntN(5)))}, {Fund: "school", Share: decimal.NewFromInt(int64(r.IntN(5)))}}
				g0, s0 := cents(t, whole, "general", class), cents(t, whole, "school", class)
				if err = whole.RecordSplitDonation(don, parts); err == nil {
					g, s := cents(t, whole, "general", class)-g0, cents(t, whole, "school", class)-s0
					require.Equal(t, amount, g+s, "Σ parts = whole")
					m[key("general")] = append(m[key("general")], posting{date, g})
					m[key("school")] = append(m[key("school")], posting{date, s})
					for f, v := range map[string]int64{"general": g, "school": s} {
						if v > 0 {
							part := don
							part.GiftID, part.Fund, part.Amount = id+f, f, decimal.New(v, -2)
							require.NoError(t, shardOf[f].RecordDonation(part))
						}
					}
				}
			case 2: // expense
				e := charity.Expense{Date: date, Fund: fund, Category: charity.ExpenseCategory(1 + r.IntN(4)), Amount: amt}
				if err = whole.RecordExpense(e); err == nil {
					k := [2]string{fund, "unrestricted"}
					m[k] = append(m[k], posting{date, -amount})
					require.NoError(t, shardOf[fund].RecordExpense(e))
				}
			case 3: // release, sometimes beyond the restricted balance or dated before it arrived
				rel := charity.Release{Date: date, Fund: fund, From: charity.PurposeRestricted, Amount: amt, Reason: charity.PurposeFulfilled}
				k := [2]string{fund, "purpose"}
				low := m.lowestFrom(k, date)
				if err = whole.RecordRelease(rel); err == nil {
					require.LessOrEqual(t, amount, low)
					m[k] = append(m[k], posting{date, -amount})
					u := [2]string{fund, "unrestricted"}
					m[u] = append(m[u], posting{date, amount})
					require.NoError(t, shardOf[fund].RecordRelease(rel))
				} else {
					require.True(t, amount <= 0 || amount > low, "refused only when not positive or beyond the balance from its date on")
				}
			case 4: // other income
				in := charity.Income{Date: date, Fund: fund, Category: charity.InvestmentIncome, Amount: amt}
				if err = whole.RecordIncome(in); err == nil {
					k := [2]string{fund, "unrestricted"}
					m[k] = append(m[k], posting{date, amount})
					require.NoError(t, shardOf[fund].RecordIncome(in))
				}
			}
			if err != nil {
				require.ErrorIs(t, err, charity.ErrLedger)
				require.Equal(t, before, fingerprint(t, whole), "a refused entry changed the ledger")
			}
		}
		require.NoError(t, whole.Verify())
		for k := range m {
			cls := map[string]charity.Restriction{"unrestricted": charity.Unrestricted, "purpose": charity.PurposeRestricted}[k[1]]
			require.Equal(t, m.balance(k), cents(t, whole, k[0], cls), "%v", k)
			if cls.Restricted() {
				require.GreaterOrEqual(t, m.lowestFrom(k, day("2000-01-01")), int64(0), "a restricted balance below zero at some date: %v", k)
			}
		}
		for _, p := range []socialorg.Period{{}, socialorg.Year(2024), {From: day("2024-07-01"), To: day("2025-03-31")}} {
			merged, err := shardA.Totals(p).Merge(shardB.Totals(p))
			require.NoError(t, err)
			require.Equal(t, whole.Totals(p), merged, "totals of shards merged = totals of the whole, %v", p)
			back, err := shardB.Totals(p).Merge(shardA.Totals(p))
			require.NoError(t, err)
			require.Equal(t, merged, back, "Merge is commutative")
		}
	}
}

func cents(t *testing.T, l *charity.Ledger, fund string, r charity.Restriction) int64 {
	t.Helper()
	b, err := l.Balance(fund, r)
	require.NoError(t, err)
	return b.Shift(2).IntPart()
}

func TestTotalsAllocateNothingPerEntry(t *testing.T) {
	small, large := newLedger(t), newLedger(t)
	for i := 0; i < 5000; i++ {
		e := charity.Expense{Date: day("2025-01-01").AddDays(i % 300), Fund: "general", Category: charity.Management, Amount: d("1")}
		if i < 50 {
			require.NoError(t, small.RecordExpense(e))
		}
		require.NoError(t, large.RecordExpense(e))
	}
	for _, p := range []socialorg.Period{{}, socialorg.Year(2025), {From: day("2025-03-01")}} {
		a := testing.AllocsPerRun(20, func() { _ = small.Totals(p) })
		b := testing.AllocsPerRun(20, func() { _ = large.Totals(p) })
		require.Equal(t, a, b, "allocations must not grow with the entries")
	}
}

func FuzzLedgerEntry(f *testing.F) {
	f.Add("100.00", uint8(0), uint8(1), "general", "2025-01-01", "2026-01-01", uint8(0))
	f.Add("0.001", uint8(1), uint8(2), "school", "2025-02-30", "", uint8(1))
	f.Add("-5", uint8(2), uint8(9), "nope", "", "2025-01-01", uint8(2))
	f.Add("1e30", uint8(3), uint8(4), "elderly", "2024-12-31", "2025-01-01", uint8(3))
	f.Add("92233720368547758.07", uint8(0), uint8(1), "general", "2025-01-01", "", uint8(4))
	f.Fuzz(func(t *testing.T, amount string, class, category uint8, fund, date, usable string, op uint8) {
		l := newLedger(t)
		require.NoError(t, l.RecordDonation(charity.Donation{GiftID: "seed", Date: day("2025-01-01"), Fund: "elderly", Amount: d("500"),
			Restriction: charity.PurposeRestricted, Purpose: "p"}))
		amt, err := decimal.NewFromString(amount)
		if err != nil {
			return
		}
		dt, _ := socialorg.ParseDate(date)
		us, _ := socialorg.ParseDate(usable)
		before := fingerprint(t, l)
		r := charity.Restriction(class)
		switch op % 6 {
		case 0:
			err = l.RecordDonation(charity.Donation{GiftID: "x", Date: dt, Fund: fund, Amount: amt, Restriction: r, Purpose: "p", UsableFrom: us})
		case 1:
			err = l.RecordIncome(charity.Income{Date: dt, Fund: fund, Category: charity.IncomeCategory(category), Amount: amt, Restriction: r, UsableFrom: us})
		case 2:
			err = l.RecordExpense(charity.Expense{Date: dt, Fund: fund, Category: charity.ExpenseCategory(category), Amount: amt, Charitable: class%2 == 0})
		case 3:
			err = l.RecordRelease(charity.Release{Date: dt, Fund: fund, From: r, Amount: amt, Reason: charity.ReleaseReason(category)})
		case 4:
			err = l.RecordRefund(charity.Refund{Date: dt, GiftID: "seed", Fund: fund, Amount: amt})
		case 5:
			err = l.RecordSplitDonation(charity.Donation{GiftID: "y", Date: dt, Amount: amt, Restriction: r, Purpose: "p", UsableFrom: us},
				[]charity.Part{{Fund: fund, Share: decimal.NewFromInt(int64(class))}, {Fund: "general", Share: decimal.NewFromInt(int64(category))}})
		}
		if err != nil {
			if !errors.Is(err, charity.ErrLedger) {
				t.Fatalf("error %v does not match ErrLedger", err)
			}
			if fingerprint(t, l) != before {
				t.Fatal("a refused entry changed the ledger")
			}
		}
		if err := l.Verify(); err != nil {
			t.Fatal(err)
		}
	})
}

// TestGiftIDsOfEveryLength: gift IDs of 1 to 256 bytes (ASCII, digits only, UUIDs and multi-byte
// UTF-8), more than
// a megabyte of them (so that the ledger's ID arena spans chunks), split or not, are found again
// (a refund names them, a repeat is refused), listed back as given, and replay to the same
// journal; a batch refused after crossing into a new chunk leaves the IDs free and the books as
// they were.
func TestGiftIDsOfEveryLength(t *testing.T) {
	l := newLedger(t)
	var ids []string
	for i := range 12_000 {
		n := 1 + i%256
		var id string
		switch {
		case i%5 == 0 && n >= 3:
			id = strings.Repeat("捐", n/3) + strings.Repeat("x", n%3) // 3-byte runes
		case i%5 == 1:
			id = strings.Repeat("0", n) // digits only, leading zeros kept
		default:
			id = strings.Repeat(string(rune('a'+i%26)), n)
		}
		id = id[:len(id)-min(len(id), len(strconv.Itoa(i)))] + strconv.Itoa(i)
		if len(id) > 256 || !utf8.ValidString(id) {
			id = "g" + strconv.Itoa(i)
		}
		if i%5 == 2 {
			id = fmt.Sprintf("%08x-e89b-42d3-a456-%012x", i, i) // a UUID
		}
		ids = append(ids, id)
		d := charity.Donation{GiftID: id, Date: day("2025-03-01"), Donor: "d" + strconv.Itoa(i%7), Fund: "general", Amount: decimal.New(100, 0)}
		if i%4 == 0 {
			require.NoError(t, l.RecordSplitDonation(d, []charity.Part{{Fund: "general", Amount: decimal.New(60, 0)}, {Fund: "school", Amount: decimal.New(40, 0)}}))
		} else {
			require.NoError(t, l.RecordDonation(d))
		}
	}
	var total int
	for _, id := range ids {
		total += len(id)
	}
	require.Greater(t, total, 1<<20, "more than a megabyte of IDs")
	var got []string
	for _, e := range l.Entries(charity.DonationEntry) {
		got = append(got, e.Donation.GiftID)
	}
	require.Equal(t, ids, got)
	for i, id := range ids {
		if i%97 != 0 {
			continue
		}
		require.ErrorIs(t, l.RecordDonation(charity.Donation{GiftID: id, Date: day("2025-03-02"), Fund: "general", Amount: decimal.New(1, 0)}), charity.ErrLedger)
		r := charity.Refund{Date: day("2025-04-01"), GiftID: id, Amount: decimal.New(1, 0)}
		if i%4 == 0 {
			r.Fund = "school"
		}
		require.NoError(t, l.RecordRefund(r), "gift %d", i)
	}
	before := l.Journal()
	var batch []charity.JournalEntry
	for i := range 5000 {
		batch = append(batch, charity.JournalEntry{Type: charity.DonationEntry, Donation: &charity.Donation{GiftID: strings.Repeat("B", 250) + strconv.Itoa(i),
			Date: day("2025-05-01"), Fund: "general", Amount: decimal.New(1, 0)}})
	}
	batch = append(batch, charity.JournalEntry{Type: charity.DonationEntry, Donation: &charity.Donation{GiftID: ids[1], Date: day("2025-05-01"),
		Fund: "general", Amount: decimal.New(1, 0)}})
	require.ErrorIs(t, l.ApplyBatch(batch), charity.ErrLedger)
	require.Equal(t, before, l.Journal())
	require.NoError(t, l.ApplyBatch(batch[:len(batch)-1]), "the batch's IDs are free again")
	again, err := charity.Replay(l.Journal())
	require.NoError(t, err)
	require.Equal(t, l.Journal(), again.Journal())
}
