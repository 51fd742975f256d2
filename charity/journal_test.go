package charity_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/charity"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/socialorgtest"
)

// TestDatedBalancesHoldAtEveryDate: a release or refund dated before the money it draws on
// arrived is refused, whatever order the entries come in.
func TestDatedBalancesHoldAtEveryDate(t *testing.T) {
	l := newLedger(t)
	require.NoError(t, l.RecordDonation(charity.Donation{GiftID: "g", Date: day("2025-03-01"), Fund: "elderly", Amount: d("100"),
		Restriction: charity.PurposeRestricted, Purpose: "p"}))
	rel := charity.Release{Date: day("2025-02-28"), Fund: "elderly", From: charity.PurposeRestricted, Amount: d("1"), Reason: charity.PurposeFulfilled}
	err := l.RecordRelease(rel)
	require.ErrorIs(t, err, charity.ErrLedger, "released the day before the gift")
	require.Contains(t, err.Error(), "date")
	rel.Date = day("2025-03-01")
	require.NoError(t, l.RecordRelease(rel), "released on the gift's day")

	err = l.RecordRefund(charity.Refund{Date: day("2025-02-28"), GiftID: "g", Amount: d("1")})
	require.ErrorIs(t, err, charity.ErrLedger, "refunded before it was given")
	// A refund later than a release is limited by what is left after the release.
	require.NoError(t, l.RecordRelease(charity.Release{Date: day("2025-06-01"), Fund: "elderly", From: charity.PurposeRestricted, Amount: d("90"), Reason: charity.PurposeFulfilled}))
	err = l.RecordRefund(charity.Refund{Date: day("2025-04-01"), GiftID: "g", Amount: d("10")})
	require.ErrorIs(t, err, charity.ErrLedger, "the June release needs 90 of the 99 left: a 10 refund in April would leave −1 in June")
	require.NoError(t, l.RecordRefund(charity.Refund{Date: day("2025-04-01"), GiftID: "g", Amount: d("9")}))
	for _, at := range []string{"2025-02-28", "2025-03-01", "2025-04-01", "2025-05-31", "2025-06-01", "2026-01-01"} {
		_, r, err := l.NetAssets(day(at))
		require.NoError(t, err)
		require.False(t, r.IsNegative(), "restricted net assets at %s: %s", at, r)
	}

	// Random orders of the same entries: either an entry is refused, or every dated balance holds.
	r := rand.New(rand.NewPCG(40, 40))
	for round := range 40 {
		l := newLedger(t)
		entries := []func() error{
			func() error {
				return l.RecordDonation(charity.Donation{GiftID: "a", Date: day("2025-01-10"), Fund: "school", Amount: d("500"), Restriction: charity.TimeRestricted, UsableFrom: day("2025-06-01")})
			},
			func() error {
				return l.RecordRelease(charity.Release{Date: day("2025-06-01"), Fund: "school", From: charity.TimeRestricted, Amount: d("300"), Reason: charity.TimeExpired})
			},
			func() error {
				return l.RecordRefund(charity.Refund{Date: day("2025-02-01"), GiftID: "a", Amount: d("200")})
			},
			func() error {
				return l.RecordRelease(charity.Release{Date: day("2025-01-05"), Fund: "school", From: charity.TimeRestricted, Amount: d("100"), Reason: charity.DonorRevoked})
			},
			func() error {
				return l.RecordDonation(charity.Donation{GiftID: "b", Date: day("2025-01-01"), Fund: "school", Amount: d("100"), Restriction: charity.TimeRestricted, UsableFrom: day("2025-06-01")})
			},
		}
		for _, i := range r.Perm(len(entries)) {
			if err := entries[i](); err != nil {
				require.ErrorIs(t, err, charity.ErrLedger, "round %d", round)
			}
		}
		for d0 := day("2024-12-31"); d0.Before(day("2025-07-01")); d0 = d0.AddDays(1) {
			_, r, err := l.NetAssets(d0)
			require.NoError(t, err)
			require.False(t, r.IsNegative(), "round %d: restricted net assets %s on %s", round, r, d0)
		}
		require.NoError(t, l.Verify())
	}
}

// TestFiguresFromLedgerNetOfRefunds: the ledger's own figures pass the spending check: time-held
// income is counted net of its refunds, and a refund of last year's gift that makes a year's
// income negative is clamped to zero with a finding that says so.
func TestFiguresFromLedgerNetOfRefunds(t *testing.T) {
	l := newLedger(t)
	require.NoError(t, l.RecordDonation(charity.Donation{GiftID: "held", Date: day("2024-05-01"), Fund: "school", Amount: d("1000"),
		Restriction: charity.TimeRestricted, UsableFrom: day("2025-01-01")}))
	require.NoError(t, l.RecordRefund(charity.Refund{Date: day("2024-06-01"), GiftID: "held", Amount: d("500")}))
	in, err := charity.FiguresFromLedger(l, 2025, registry.SocialGroup, false, "s")
	require.NoError(t, err)
	// 2024 income: 1,000 − 500 refunded = 500; held to 2025: 1,000 − 500 refunded = 500; adjusted 0.
	require.True(t, in.PriorYearIncome.IsZero(), in.PriorYearIncome.String())
	require.True(t, in.IncomeClampedFrom.IsZero())
	_, err = charity.CheckAnnualSpending(in, day("2026-03-01"))
	require.NoError(t, err)

	// A gift of 2023 refunded in 2024 makes 2024's income negative.
	l = newLedger(t)
	require.NoError(t, l.RecordDonation(charity.Donation{GiftID: "old", Date: day("2023-12-20"), Fund: "general", Amount: d("800")}))
	require.NoError(t, l.RecordRefund(charity.Refund{Date: day("2024-01-05"), GiftID: "old", Amount: d("800")}))
	require.NoError(t, l.RecordIncome(charity.Income{Date: day("2024-03-01"), Fund: "general", Category: charity.ServiceIncome, Amount: d("300")}))
	in, err = charity.FiguresFromLedger(l, 2025, registry.SocialGroup, false, "s")
	require.NoError(t, err)
	require.True(t, in.PriorYearIncome.IsZero())
	require.True(t, in.IncomeClampedFrom.Equal(d("-500")), in.IncomeClampedFrom.String())
	res, err := charity.CheckAnnualSpending(in, day("2026-03-01"))
	require.NoError(t, err, "the library accepts its own output")
	f, ok := res.Find(charity.RuleSpendingIncomeClamp)
	require.True(t, ok)
	require.Equal(t, "-500.00", f.Got)
	require.Equal(t, socialorg.NotApplicable, f.Outcome)

	_, err = charity.FiguresFromLedger(nil, 2025, registry.SocialGroup, false, "s")
	require.Error(t, err)
	_, err = charity.FiguresFromLedger(l, 0, registry.SocialGroup, false, "s")
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
}

// TestTotalsSurviveJSON: totals encode with their amounts, decode, and merge as before; a merge
// near the limit is refused or summed exactly, never wrapped.
func TestTotalsSurviveJSON(t *testing.T) {
	a, b := newLedger(t), newLedger(t)
	require.NoError(t, a.RecordDonation(charity.Donation{GiftID: "x", Date: day("2025-01-01"), Fund: "general", Amount: d("12.34")}))
	require.NoError(t, b.RecordDonation(charity.Donation{GiftID: "y", Date: day("2025-01-01"), Fund: "school", Amount: d("5"),
		Restriction: charity.PurposeRestricted, Purpose: "p"}))
	ta := a.Totals(socialorg.Period{})
	raw, err := json.Marshal(ta)
	require.NoError(t, err)
	require.Contains(t, string(raw), `"unrestricted":"12.34"`)
	var back charity.Totals
	require.NoError(t, json.Unmarshal(raw, &back))
	require.Equal(t, ta, back)
	merged, err := back.Merge(b.Totals(socialorg.Period{}))
	require.NoError(t, err)
	want, err := ta.Merge(b.Totals(socialorg.Period{}))
	require.NoError(t, err)
	require.Equal(t, want, merged)

	var ft charity.FundTotal
	require.Error(t, json.Unmarshal([]byte(`{"fund":"f","unrestricted":"0.001"}`), &ft))
	require.Error(t, json.Unmarshal([]byte(`{"fund":"f","time":"1e10000"}`), &ft))
	// Two classes near the limit: Total is exact, beyond int64 fen.
	require.NoError(t, json.Unmarshal([]byte(`{"fund":"f","unrestricted":"92233720368547758.07","purpose":"92233720368547758.07"}`), &ft))
	require.Equal(t, "184467440737095516.14", ft.Total().StringFixed(2))
	_, err = charity.Totals{Funds: []charity.FundTotal{ft}}.Merge(charity.Totals{Funds: []charity.FundTotal{ft}})
	require.ErrorIs(t, err, charity.ErrLedger, "a class sum beyond int64 fen is refused")
}

// snapshot is everything a replay must reproduce.
func snapshot(t *testing.T, l *charity.Ledger) string {
	t.Helper()
	j, err := json.Marshal(l.Journal())
	require.NoError(t, err)
	b, err := json.Marshal(struct {
		Totals    charity.Totals
		Statement charity.Statement
		Donors    []charity.DonorTotal
		Pledges   []charity.PledgeStatus
		Len       int
	}{l.Totals(socialorg.Period{}), l.Statement(socialorg.Year(2025)), l.Donors(socialorg.Period{}), l.Pledges(day("2026-01-01")), l.Len()})
	require.NoError(t, err)
	return string(b) + string(j)
}

// TestJournalReplay: a large synthetic year is listed as a journal, encoded to JSON, decoded and
// replayed into a new ledger with identical totals, statements, donor rollups, pledges and
// journal; refused entries are not in it.
func TestJournalReplay(t *testing.T) {
	city := socialorgtest.Guangzhou(2026)
	cs := socialorgtest.Charities(city, 2025, 7)
	big := cs[0]
	for _, c := range cs {
		if c.Donations > big.Donations {
			big = c
		}
	}
	require.Greater(t, big.Donations, 5000)
	l := big.Ledger
	before := l.Len()
	err := l.RecordDonation(charity.Donation{GiftID: "g1", Date: day("2025-01-01"), Fund: "general", Amount: d("-1")})
	require.Error(t, err, "a refused entry")
	require.Equal(t, before, l.Len())

	raw, err := json.Marshal(l.Journal())
	require.NoError(t, err)
	var journal []charity.JournalEntry
	require.NoError(t, json.Unmarshal(raw, &journal))
	replayed, err := charity.Replay(journal)
	require.NoError(t, err)
	require.Equal(t, snapshot(t, l), snapshot(t, replayed))

	// A journal entry that is refused stops the replay and says where.
	journal = append(journal[:3:3], charity.JournalEntry{Type: charity.DonationEntry})
	_, err = charity.Replay(journal)
	require.ErrorIs(t, err, charity.ErrLedger)
	require.Contains(t, err.Error(), "journal[3]")
}

// TestZeroAndNilLedger: the zero Ledger is an empty ledger; a nil one reads as empty and refuses
// every entry; nothing panics.
func TestZeroAndNilLedger(t *testing.T) {
	var z charity.Ledger
	require.ErrorIs(t, z.RecordDonation(charity.Donation{GiftID: "g", Date: day("2025-01-01"), Fund: "general", Amount: d("1")}), charity.ErrLedger)
	require.NoError(t, z.AddFund(charity.Fund{ID: "general"}))
	require.NoError(t, z.RecordDonation(charity.Donation{GiftID: "g", Date: day("2025-01-01"), Fund: "general", Amount: d("1")}))
	require.Equal(t, 1, z.Len())

	var l *charity.Ledger
	require.ErrorIs(t, l.RecordDonation(charity.Donation{}), charity.ErrLedger)
	require.ErrorIs(t, l.AddFund(charity.Fund{ID: "x"}), charity.ErrLedger)
	require.Empty(t, l.Totals(socialorg.Period{}).Funds)
	require.Empty(t, l.Donors(socialorg.Period{}))
	require.Empty(t, l.Journal())
	require.Zero(t, l.Len())
	_, _, err := l.NetAssets(day("2025-01-01"))
	require.NoError(t, err)
	_ = l.Statement(socialorg.Period{})
	require.NoError(t, l.Verify())

	// The zero Date is unknown wherever a date is required.
	full := newLedger(t)
	_, _, err = full.NetAssets(socialorg.Date{})
	require.ErrorIs(t, err, socialorg.ErrNotInForce)
	require.ErrorIs(t, full.AssertBalance("general", charity.Unrestricted, d("0"), socialorg.Date{}), socialorg.ErrNotInForce)
}

// TestSplitRefusesRepeatedFunds: a split that names a fund twice is refused (it could not be
// refunded whole).
func TestSplitRefusesRepeatedFunds(t *testing.T) {
	l := newLedger(t)
	err := l.RecordSplitDonation(charity.Donation{GiftID: "s", Date: day("2025-01-01"), Amount: d("10")},
		[]charity.Part{{Fund: "general", Amount: d("4")}, {Fund: "general", Amount: d("6")}})
	require.ErrorIs(t, err, charity.ErrLedger)
	require.Contains(t, err.Error(), "parts[1].fund")
}

// TestHostileLedgerInputs: every recording method refuses hostile values at bounded cost, with an
// error that names the field and echoes a short prefix only.
func TestHostileLedgerInputs(t *testing.T) {
	huge := decimal.New(1, math.MaxInt32)
	tiny := decimal.New(1, math.MinInt32)
	long := strings.Repeat("x", 1<<20)
	manyParts := make([]charity.Part, 100_000) // built outside the timed call: the time bound is the ledger's
	for i := range manyParts {
		manyParts[i] = charity.Part{Fund: "general", Share: decimal.New(1, 0)}
	}
	l := newLedger(t)
	require.NoError(t, l.RecordDonation(charity.Donation{GiftID: "g", Date: day("2025-01-01"), Fund: "general", Amount: d("1")}))
	cases := map[string]func() error{
		"donation huge": func() error {
			return l.RecordDonation(charity.Donation{GiftID: "x", Date: day("2025-01-01"), Fund: "general", Amount: huge})
		},
		"donation tiny": func() error {
			return l.RecordDonation(charity.Donation{GiftID: "x", Date: day("2025-01-01"), Fund: "general", Amount: tiny})
		},
		"donation long id": func() error {
			return l.RecordDonation(charity.Donation{GiftID: long, Date: day("2025-01-01"), Fund: "general", Amount: d("1")})
		},
		"donation long donor": func() error {
			return l.RecordDonation(charity.Donation{GiftID: "x", Donor: long, Date: day("2025-01-01"), Fund: "general", Amount: d("1")})
		},
		"donation long fund": func() error {
			return l.RecordDonation(charity.Donation{GiftID: "x", Date: day("2025-01-01"), Fund: long, Amount: d("1")})
		},
		"share huge": func() error {
			return l.RecordSplitDonation(charity.Donation{GiftID: "x", Date: day("2025-01-01"), Amount: d("1")}, []charity.Part{{Fund: "general", Share: huge}, {Fund: "school", Share: d("1")}})
		},
		"share tiny": func() error {
			return l.RecordSplitDonation(charity.Donation{GiftID: "x", Date: day("2025-01-01"), Amount: d("1")}, []charity.Part{{Fund: "general", Share: tiny}})
		},
		"many parts": func() error {
			return l.RecordSplitDonation(charity.Donation{GiftID: "x", Date: day("2025-01-01"), Amount: d("1")}, manyParts)
		},
		"income huge": func() error {
			return l.RecordIncome(charity.Income{Date: day("2025-01-01"), Fund: "general", Category: charity.OtherIncome, Amount: huge})
		},
		"expense tiny": func() error {
			return l.RecordExpense(charity.Expense{Date: day("2025-01-01"), Fund: "general", Category: charity.Management, Amount: tiny})
		},
		"release huge": func() error {
			return l.RecordRelease(charity.Release{Date: day("2025-01-01"), Fund: "general", From: charity.PurposeRestricted, Amount: huge, Reason: charity.DonorRevoked})
		},
		"refund tiny": func() error {
			return l.RecordRefund(charity.Refund{Date: day("2025-01-02"), GiftID: "g", Amount: tiny})
		},
		"refund long": func() error {
			return l.RecordRefund(charity.Refund{Date: day("2025-01-02"), GiftID: long, Amount: d("1")})
		},
		"pledge months": func() error {
			return l.RecordPledge(charity.Pledge{ID: "p", Fund: "general", Amount: d("1"), Start: day("2025-01-01"), Months: 1 << 62})
		},
		"pledge huge": func() error {
			return l.RecordPledge(charity.Pledge{ID: "p", Fund: "general", Amount: huge, Start: day("2025-01-01"), Months: 1})
		},
		"assert huge": func() error { return l.AssertBalance("general", charity.Unrestricted, huge, day("2025-01-01")) },
		"fund long":   func() error { return l.AddFund(charity.Fund{ID: long}) },
	}
	for name, f := range cases {
		start := time.Now()
		err := f()
		require.Less(t, time.Since(start), 100*time.Millisecond, name)
		require.ErrorIs(t, err, charity.ErrLedger, name)
		require.Less(t, len(err.Error()), 500, "%s: %s", name, err)
	}
	// Schedules of hostile pledges are bounded.
	start := time.Now()
	require.Nil(t, charity.Pledge{Start: day("2025-01-01"), Months: 1 << 62}.Schedule())
	require.Nil(t, charity.Pledge{Start: day("2025-01-01"), Months: 1 << 31}.Schedule())
	require.Len(t, charity.Pledge{Start: day("9999-01-31"), Months: 1200}.Schedule(), 12, "stops at the year 9999")
	require.Less(t, time.Since(start), 100*time.Millisecond)
}

// FuzzLedgerSequence records a random sequence of entries and checks that nothing is lost: every
// accepted posting is in the totals, income − expenses = the change in net assets, donor totals
// = donation income, totals of two shards merged = the totals of one ledger, and the journal
// replays into the same books.
func FuzzLedgerSequence(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23})
	f.Add([]byte("a long enough sequence of random entries for the ledger"))
	f.Fuzz(func(t *testing.T, seq []byte) {
		if len(seq) > 3000 {
			seq = seq[:3000]
		}
		whole := newLedger(t)
		shards := map[string]*charity.Ledger{"general": newLedger(t), "elderly": newLedger(t), "school": newLedger(t)}
		funds := []string{"general", "elderly", "school"}
		var donated int64
		for i := 0; i+3 < len(seq); i += 4 {
			op, a, b, c := seq[i], seq[i+1], seq[i+2], seq[i+3]
			fund := funds[int(a)%3]
			date := day("2024-01-01").AddDays(int(b) * 3)
			amt := decimal.New(int64(c)*137+1, -2)
			id := fmt.Sprint("g", i)
			var err error
			switch op % 5 {
			case 0:
				don := charity.Donation{GiftID: id, Date: date, Fund: fund, Amount: amt, Donor: fmt.Sprint("d", c%7)}
				if a%2 == 0 {
					don.Restriction, don.Purpose = charity.PurposeRestricted, "p"
				}
				if err = whole.RecordDonation(don); err == nil {
					donated += int64(c)*137 + 1
					if e := shards[fund].RecordDonation(don); e != nil {
						t.Fatal(e)
					}
				}
			case 1:
				e := charity.Expense{Date: date, Fund: fund, Category: charity.ExpenseCategory(1 + c%4), Amount: amt}
				if err = whole.RecordExpense(e); err == nil {
					if e2 := shards[fund].RecordExpense(e); e2 != nil {
						t.Fatal(e2)
					}
				}
			case 2:
				rel := charity.Release{Date: date, Fund: fund, From: charity.PurposeRestricted, Amount: amt, Reason: charity.PurposeFulfilled}
				if err = whole.RecordRelease(rel); err == nil {
					if e := shards[fund].RecordRelease(rel); e != nil {
						t.Fatalf("the shard refused what the whole accepted: %v", e)
					}
				}
			case 3:
				in := charity.Income{Date: date, Fund: fund, Category: charity.IncomeCategory(2 + c%6), Amount: amt}
				if err = whole.RecordIncome(in); err == nil {
					if e := shards[fund].RecordIncome(in); e != nil {
						t.Fatal(e)
					}
				}
			case 4:
				gift := fmt.Sprint("g", (int(a)*4)%max(i, 4))
				ref := charity.Refund{Date: date, GiftID: gift, Amount: decimal.New(int64(c)+1, -2)}
				if err = whole.RecordRefund(ref); err == nil {
					for _, s := range shards {
						if e := s.RecordRefund(ref); e == nil {
							break
						}
					}
					donated -= int64(c) + 1
				}
			}
			if err != nil && !errorsIsLedger(err) {
				t.Fatalf("error %v does not match ErrLedger", err)
			}
		}
		if err := whole.Verify(); err != nil {
			t.Fatal(err)
		}
		all := socialorg.Period{}
		s := whole.Statement(all)
		if !s.ChangeUnrestricted.Add(s.ChangeRestricted).Equal(s.TotalIncome.Sub(s.TotalExpenses)) {
			t.Fatal("income − expenses ≠ change in net assets")
		}
		var donors decimal.Decimal
		for _, dt := range whole.Donors(all) {
			donors = donors.Add(dt.Amount)
		}
		for _, line := range s.Income {
			if line.Category == charity.DonationIncome && !line.Total().Equal(donors) {
				t.Fatalf("donor totals %s ≠ donation income %s", donors, line.Total())
			}
		}
		if !donors.Equal(decimal.New(donated, -2)) {
			t.Fatalf("donor totals %s ≠ donations recorded %d fen", donors, donated)
		}
		merged := charity.Totals{}
		for _, f := range funds {
			var err error
			merged, err = merged.Merge(shards[f].Totals(all))
			if err != nil {
				t.Fatal(err)
			}
		}
		for _, ft := range whole.Totals(all).Funds {
			if !ft.Total().Equal(merged.Fund(ft.Fund).Total()) {
				t.Fatalf("fund %s: whole %s, shards %s", ft.Fund, ft.Total(), merged.Fund(ft.Fund).Total())
			}
		}
		replayed, err := charity.Replay(whole.Journal())
		if err != nil {
			t.Fatal(err)
		}
		if snapshot(t, whole) != snapshot(t, replayed) {
			t.Fatal("the journal does not replay into the same books")
		}
	})
}

func errorsIsLedger(err error) bool { return errors.Is(err, charity.ErrLedger) }

// TestTotalsDecodeNormalises: totals decoded from JSON are put in the form Merge and Fund rely on:
// lines sorted by fund and lines of one fund summed, exactly; a sum beyond int64 fen is refused.
// Issue 18: they kept unsorted, unmerged lines, so that Fund missed a fund and Merge summed
// wrongly.
func TestTotalsDecodeNormalises(t *testing.T) {
	var tot charity.Totals
	require.NoError(t, json.Unmarshal([]byte(`{"funds":[
		{"fund":"school","unrestricted":"1.00","time":"0","purpose":"2.50","time_and_purpose":"0"},
		{"fund":"elderly","unrestricted":"-3.01","time":"0","purpose":"0","time_and_purpose":"0"},
		{"fund":"school","unrestricted":"0.01","time":"4","purpose":"0","time_and_purpose":"-1"}]}`), &tot))
	require.Len(t, tot.Funds, 2)
	require.Equal(t, "elderly", tot.Funds[0].Fund)
	school := tot.Fund("school")
	require.Equal(t, "1.01", school.Net(charity.Unrestricted).StringFixed(2))
	require.Equal(t, "4.00", school.Net(charity.TimeRestricted).StringFixed(2))
	require.Equal(t, "2.50", school.Net(charity.PurposeRestricted).StringFixed(2))
	require.Equal(t, "-1.00", school.Net(charity.TimeAndPurpose).StringFixed(2))
	require.Equal(t, "-3.01", tot.Fund("elderly").Net(charity.Unrestricted).StringFixed(2))

	// Merging decoded totals is the same as merging the normalised ones.
	other := charity.Totals{Funds: []charity.FundTotal{tot.Fund("elderly")}}
	merged, err := tot.Merge(other)
	require.NoError(t, err)
	require.Len(t, merged.Funds, 2)
	require.Equal(t, "-6.02", merged.Fund("elderly").Net(charity.Unrestricted).StringFixed(2))

	// Encoded again: one line per fund, in order.
	raw, err := json.Marshal(tot)
	require.NoError(t, err)
	require.Less(t, strings.Index(string(raw), `"elderly"`), strings.Index(string(raw), `"school"`))
	require.Equal(t, 1, strings.Count(string(raw), `"school"`))

	// Two lines of one fund whose sum leaves int64 fen: refused, and the target is unchanged.
	before := tot
	err = json.Unmarshal([]byte(`{"funds":[{"fund":"x","unrestricted":"92233720368547758.07"},{"fund":"x","unrestricted":"0.01"}]}`), &tot)
	require.ErrorIs(t, err, charity.ErrLedger)
	require.Contains(t, err.Error(), "funds[1]")
	require.Equal(t, before, tot)
	require.NoError(t, json.Unmarshal([]byte(`{"funds":[]}`), &tot))
	require.Empty(t, tot.Funds)
}
