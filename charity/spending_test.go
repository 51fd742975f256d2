package charity_test

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/charity"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/socialorgtest"
)

var asOf = socialorg.MustDate("2026-11-27")

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// check runs CheckAnnualSpending and checks what every result must satisfy.
func check(t *testing.T, in charity.SpendingInput, at socialorg.Date, opts ...socialorg.Option) charity.SpendingResult {
	t.Helper()
	res, err := charity.CheckAnnualSpending(in, at, opts...)
	require.NoError(t, err)
	socialorgtest.AssertExplained(t, res.Report, in.Subject)
	minRule, mgmtRule := charity.RuleSpendingMinimum, charity.RuleSpendingManagement
	if in.NonCharity && in.Kind == registry.Foundation {
		minRule, mgmtRule = charity.RuleFoundationWelfare, charity.RuleFoundationStaffOffce
	}
	min, ok := res.Report.Find(minRule)
	require.True(t, ok)
	require.Equal(t, res.CharitableOK, min.Outcome != socialorg.Fail && !min.Undecided, "an undecided minimum is not OK")
	mg, ok := res.Report.Find(mgmtRule)
	require.True(t, ok)
	require.Equal(t, res.ManagementOK, mg.Outcome != socialorg.Fail && !mg.Undecided, "an undecided limit is not OK")
	if res.ManagementExempt {
		require.NotEqual(t, socialorg.Fail, mg.Outcome, "an exempt finding never fails")
	}
	return res
}

func pfFoundation(income, charitable, mgmt, total string) charity.SpendingInput {
	return charity.SpendingInput{Kind: registry.Foundation, PublicFundraising: true,
		PriorYearIncome: d(income), PriorYearNetAssets: d("1000000"),
		CharitableExpenditure: d(charitable), ManagementExpense: d(mgmt), TotalExpenditure: d(total)}
}

func TestPFFoundationMinimum(t *testing.T) {
	tests := []struct {
		charitable string
		ok         bool
		got        string
	}{
		{"6999.99", false, "69.9999%"}, // a fen short: 69.9999%, which two decimals would print as 70.00%
		{"7000.00", true, "70.00%"},    // exactly 70%
		{"7000.01", true, "70.00%"},    // a fen over
		{"7556.00", true, "75.56%"},
	}
	for _, tc := range tests {
		t.Run(tc.charitable, func(t *testing.T) {
			res := check(t, pfFoundation("10000", tc.charitable, "0", "9000"), asOf)
			require.True(t, res.MinCharitable.Equal(d("7000")), res.MinCharitable.String())
			require.Equal(t, tc.ok, res.CharitableOK)
			f, _ := res.Report.Find(charity.RuleSpendingMinimum)
			require.Equal(t, tc.got, f.Got)
			require.Equal(t, "≥ 70.00%", f.Want)
			require.Equal(t, "A", res.Tier.ID)
		})
	}
	// Below the fen the minimum is rounded up (70% of 100.01 is 70.007: 70.01 is the least that
	// meets it); the verdict itself is exact.
	res := check(t, pfFoundation("100.01", "70.01", "0", "80"), asOf)
	require.True(t, res.MinCharitable.Equal(d("70.01")), res.MinCharitable.String())
	require.True(t, res.CharitableOK)
	res = check(t, pfFoundation("100.01", "70.00", "0", "80"), asOf)
	require.False(t, res.CharitableOK, "70.00 < 70.007")
}

func TestPFFoundationManagementNeverExempt(t *testing.T) {
	tests := []struct {
		mgmt string
		ok   bool
		got  string
	}{
		{"999.99", true, "10.00%"}, // 9.9999% → 10.00% printed, within
		{"1000.00", true, "10.00%"},
		{"1000.01", false, "10.0001%"}, // over: the decimals that show it
		{"1500", false, "15.00%"},
	}
	for _, tc := range tests {
		res := check(t, pfFoundation("10000", "7000", tc.mgmt, "10000"), asOf)
		require.Equal(t, tc.ok, res.ManagementOK, tc.mgmt)
		require.False(t, res.ManagementExempt, "Art. 11 never covers foundations with the qualification")
		require.True(t, res.MaxManagementRatio.Equal(d("0.10")))
		f, _ := res.Report.Find(charity.RuleSpendingManagement)
		require.Equal(t, tc.got, f.Got, tc.mgmt)
		require.Equal(t, "≤ 10.00%", f.Want)
	}
}

func TestRegimeOfTierA(t *testing.T) {
	in := pfFoundation("10000", "7000", "0", "9000")
	res := check(t, in, socialorg.MustDate("2024-09-04"))
	f, _ := res.Report.Find(charity.RuleSpendingMinimum)
	require.Equal(t, socialorg.Citation{Document: "《中华人民共和国慈善法》", Article: "第六十条第一款"}, f.Cite)
	res = check(t, in, socialorg.MustDate("2024-09-05"))
	f, _ = res.Report.Find(charity.RuleSpendingMinimum)
	require.Equal(t, socialorg.Citation{Document: "《中华人民共和国慈善法》（2023年修正）", Article: "第六十一条第一款"}, f.Cite)

	// The financial year judged chooses the article, not the date of the check: 2023's figures
	// checked in 2025 are judged under Art. 60; 2024's (a year ending under the amended law) under
	// Art. 61.
	in.Year = 2023
	f, _ = check(t, in, socialorg.MustDate("2025-03-31")).Find(charity.RuleSpendingMinimum)
	require.Equal(t, "第六十条第一款", f.Cite.Article)
	in.Year = 2024
	f, _ = check(t, in, socialorg.MustDate("2025-03-31")).Find(charity.RuleSpendingMinimum)
	require.Equal(t, "第六十一条第一款", f.Cite.Article)
	in.Year = 2015
	_, err := charity.CheckAnnualSpending(in, socialorg.MustDate("2016-10-01"))
	require.ErrorIs(t, err, socialorg.ErrNotInForce)
	in.Year = 0

	check(t, in, socialorg.MustDate("2016-09-01"))
	_, err = charity.CheckAnnualSpending(in, socialorg.MustDate("2016-08-31"))
	require.ErrorIs(t, err, socialorg.ErrNotInForce)
	in.Kind, in.PublicFundraising = registry.SocialGroup, false
	_, err = charity.CheckAnnualSpending(in, socialorg.MustDate("2016-08-31"))
	require.ErrorIs(t, err, socialorg.ErrNotInForce)
}

func TestPFOtherWithExemption(t *testing.T) {
	in := charity.SpendingInput{Kind: registry.SocialServiceAgency, PublicFundraising: true,
		PriorYearIncome: d("1000000"), PriorYearNetAssets: d("0"),
		CharitableExpenditure: d("700000"), TotalExpenditure: d("1000000")}
	for _, tc := range []struct {
		mgmt            string
		ok, exempt      bool
		outcome         socialorg.Outcome
		wantCiteArticle string
	}{
		{"130000.00", true, true, socialorg.Pass, "第七条"},           // at 13%, and exempt anyway
		{"130000.01", true, true, socialorg.NotApplicable, "第十一条"}, // over 13% but under 200,000: exempt
		{"199999.99", true, true, socialorg.NotApplicable, "第十一条"}, // a fen under the exemption
		{"200000.00", false, false, socialorg.Fail, "第七条"},         // at 200,000: no exemption ("低于")
	} {
		in.ManagementExpense = d(tc.mgmt)
		res := check(t, in, asOf)
		require.Equal(t, "B", res.Tier.ID)
		require.Equal(t, tc.ok, res.ManagementOK, tc.mgmt)
		require.Equal(t, tc.exempt, res.ManagementExempt, tc.mgmt)
		f, _ := res.Report.Find(charity.RuleSpendingManagement)
		require.Equal(t, tc.outcome, f.Outcome, tc.mgmt)
		require.Equal(t, tc.wantCiteArticle, f.Cite.Article, tc.mgmt)
		require.NotEqual(t, "n/a", f.Got, "an exempt finding still shows the ratio")
	}
}

func TestTierBoundaries(t *testing.T) {
	tests := []struct {
		kind       registry.Kind
		netAssets  string
		tier       string
		min        string // 8%/7%/6% of net assets
		maxMgmt    string
		unconfirmd bool
	}{
		{registry.Foundation, "60000000", "C1", "3600000", "0.12", false},
		{registry.Foundation, "59999999.99", "C2", "3600000", "0.13", false}, // 3,599,999.9994 rounded up to the fen
		{registry.Foundation, "8000000", "C2", "480000", "0.13", false},
		{registry.Foundation, "7999999.99", "C3", "560000", "0.15", true},
		{registry.Foundation, "4000000", "C3", "280000", "0.15", true},
		{registry.Foundation, "3999999.99", "C4", "320000", "0.20", false},
		{registry.Foundation, "0", "C4", "0", "0.20", false},
		{registry.SocialGroup, "10000000", "D1", "600000", "0.13", false},
		{registry.SocialGroup, "9999999.99", "D2", "700000", "0.14", false},
		{registry.SocialServiceAgency, "5000000", "D2", "350000", "0.14", false},
		{registry.SocialServiceAgency, "4999999.99", "D3", "400000", "0.15", false},
		{registry.SocialGroup, "1000000", "D3", "80000", "0.15", false},
		{registry.SocialGroup, "999999.99", "D4", "80000", "0.20", false},
	}
	for _, tc := range tests {
		t.Run(tc.tier+"_"+tc.netAssets, func(t *testing.T) {
			in := charity.SpendingInput{Kind: tc.kind, PriorYearNetAssets: d(tc.netAssets), PriorYearIncome: d("0"),
				CharitableExpenditure: d("0"), ManagementExpense: d("0"), TotalExpenditure: d("0")}
			res := check(t, in, asOf)
			require.Equal(t, tc.tier, res.Tier.ID)
			require.Equal(t, tc.unconfirmd, res.Tier.Unconfirmed)
			require.True(t, res.MinCharitable.Equal(d(tc.min)), "min %s", res.MinCharitable)
			require.True(t, res.MaxManagementRatio.Equal(d(tc.maxMgmt)))
			require.Equal(t, d(tc.min).IsZero(), res.CharitableOK)
		})
	}
}

func TestTierD4TwoFloors(t *testing.T) {
	// Net assets 500,000 → 8% = 40,000; income 100,000 → 50% = 50,000: income sets the minimum.
	in := charity.SpendingInput{Kind: registry.SocialGroup, PriorYearNetAssets: d("500000"), PriorYearIncome: d("100000"),
		CharitableExpenditure: d("49999.99"), ManagementExpense: d("0"), TotalExpenditure: d("60000")}
	res := check(t, in, asOf)
	require.Equal(t, "D4", res.Tier.ID)
	require.True(t, res.MinCharitable.Equal(d("50000")))
	require.False(t, res.CharitableOK)
	f, _ := res.Report.Find(charity.RuleSpendingMinimum)
	require.Equal(t, "49.99999%", f.Got, "percentage of income, the base of the binding floor (a fen short: more decimals)")
	require.Equal(t, "≥ 50.00%", f.Want)
	in.CharitableExpenditure = d("50000")
	require.True(t, check(t, in, asOf).CharitableOK)

	// Net assets 900,000 → 72,000 beats income 100,000 → 50,000: net assets set it.
	in = charity.SpendingInput{Kind: registry.SocialGroup, PriorYearNetAssets: d("900000"), PriorYearIncome: d("100000"),
		CharitableExpenditure: d("71999.99"), ManagementExpense: d("0"), TotalExpenditure: d("80000")}
	res = check(t, in, asOf)
	require.True(t, res.MinCharitable.Equal(d("72000")))
	require.False(t, res.CharitableOK)
	f, _ = res.Report.Find(charity.RuleSpendingMinimum)
	require.Equal(t, "7.999999%", f.Got)
	require.Equal(t, "≥ 8.00%", f.Want)

	// A deficit: the net-assets floor is zero, the income floor still applies.
	in = charity.SpendingInput{Kind: registry.SocialServiceAgency, PriorYearNetAssets: d("-250000"), PriorYearIncome: d("80000"),
		CharitableExpenditure: d("40000"), ManagementExpense: d("0"), TotalExpenditure: d("40000")}
	res = check(t, in, asOf)
	require.True(t, res.MinCharitable.Equal(d("40000")))
	require.True(t, res.CharitableOK)
}

func TestZeroAndNegativeBases(t *testing.T) {
	// A foundation in deficit: floor zero, Got n/a.
	in := charity.SpendingInput{Kind: registry.Foundation, PriorYearNetAssets: d("-1000"), PriorYearIncome: d("0"),
		CharitableExpenditure: d("0"), ManagementExpense: d("0"), TotalExpenditure: d("0")}
	res := check(t, in, asOf)
	require.Equal(t, "C4", res.Tier.ID)
	require.True(t, res.MinCharitable.IsZero())
	require.True(t, res.CharitableOK)
	f, _ := res.Report.Find(charity.RuleSpendingMinimum)
	require.Equal(t, "n/a", f.Got)
	mg, _ := res.Report.Find(charity.RuleSpendingManagement)
	require.Equal(t, "n/a", mg.Got, "no expenditure: no ratio")
	require.True(t, res.ManagementOK)

	// PF foundation with no income: minimum zero.
	res = check(t, pfFoundation("0", "0", "0", "0"), asOf)
	require.True(t, res.MinCharitable.IsZero())
	require.True(t, res.CharitableOK)
}

// TestThreeYearAverage: the averages are a second base for the minimum (「…或者前三年收入平均数额的
// 百分之七十」): either base satisfies the law, and the finding says which.
func TestThreeYearAverage(t *testing.T) {
	in := pfFoundation("999999", "70.01", "0", "100")
	in.ThreeYearIncome = []decimal.Decimal{d("100.00"), d("100.00"), d("100.01")} // average 100.00333…
	res := check(t, in, asOf)
	require.True(t, res.MinCharitable.Equal(d("70.01")), "the lesser minimum: 0.7 × 100.00333… = 70.00233…, rounded up to the fen: %s", res.MinCharitable)
	require.True(t, res.CharitableOK, "met on the average")
	require.Equal(t, charity.ThreeYearAverage, res.Base)
	f, _ := res.Find(charity.RuleSpendingMinimum)
	require.Equal(t, "70.01%", f.Got, "70.01 / 100.00333… on the base it was met on")
	require.Equal(t, "≥ 70.00% three-year-average", f.Want)
	require.Contains(t, f.Message(language.Chinese), "（前三年平均基数）")
	in.CharitableExpenditure = d("70.00")
	res = check(t, in, asOf)
	require.False(t, res.CharitableOK, "70.00 < 70.00233… and < 699,999.30")
	require.Equal(t, charity.PriorYearBase, res.Base)

	// Met on the prior year although not on the average.
	in = pfFoundation("1000", "700", "0", "800")
	in.ThreeYearIncome = []decimal.Decimal{d("2000"), d("2000"), d("2000")}
	res = check(t, in, asOf)
	require.True(t, res.CharitableOK)
	require.Equal(t, charity.PriorYearBase, res.Base)
	require.True(t, res.MinCharitable.Equal(d("700")))

	// The averages never choose the tier (189号 Arts. 8–9 key it on the prior year-end net
	// assets): 12M of net assets with a 9M average is tier D1 (6%, 13%), met from 540,000 on the
	// average base.
	in = charity.SpendingInput{Kind: registry.SocialGroup, PriorYearNetAssets: d("12000000"), PriorYearIncome: d("0"),
		ThreeYearNetAssets:    []decimal.Decimal{d("9000000"), d("9000000"), d("9000000")},
		CharitableExpenditure: d("539999.99"), ManagementExpense: d("0"), TotalExpenditure: d("600000")}
	res = check(t, in, asOf)
	require.Equal(t, "D1", res.Tier.ID)
	require.True(t, res.MaxManagementRatio.Equal(d("0.13")))
	require.True(t, res.MinCharitable.Equal(d("540000")))
	require.False(t, res.CharitableOK)
	in.CharitableExpenditure = d("540000")
	require.True(t, check(t, in, asOf).CharitableOK)

	in.ThreeYearNetAssets = []decimal.Decimal{d("1"), d("2")}
	_, err := charity.CheckAnnualSpending(in, asOf)
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
}

// TestUnconfirmedTierSaysSo: a verdict on tier C3 says in its finding that the tier is from one
// source, so that a reader of the report alone sees it.
func TestUnconfirmedTierSaysSo(t *testing.T) {
	in := charity.SpendingInput{Kind: registry.Foundation, PriorYearNetAssets: d("5000000"), PriorYearIncome: d("0"),
		CharitableExpenditure: d("350000"), ManagementExpense: d("250000"), TotalExpenditure: d("700000")}
	res := check(t, in, asOf)
	require.Equal(t, "C3", res.Tier.ID)
	// Tier C3 is not law until a second source confirms it: its findings are undecided.
	require.False(t, res.CharitableOK)
	require.False(t, res.ManagementOK)
	require.Equal(t, socialorg.Undecided, res.Verdict())
	for _, rule := range []socialorg.RuleID{charity.RuleSpendingMinimum, charity.RuleSpendingManagement} {
		f, _ := res.Find(rule)
		require.True(t, f.Undecided, rule)
		require.Contains(t, f.Want, "unconfirmed", rule)
		require.Contains(t, f.Message(language.Chinese), "未经确认")
		require.Contains(t, f.Message(language.English), "unconfirmed")
	}
	// Management under 200,000 yuan is exempt whatever the tier (Art. 11).
	in.ManagementExpense = d("0")
	res = check(t, in, asOf)
	require.True(t, res.ManagementExempt)
	require.True(t, res.ManagementOK)
	f, _ := res.Find(charity.RuleSpendingManagement)
	require.Equal(t, socialorg.NotApplicable, f.Outcome)
	require.False(t, f.Undecided)

	// Tier C2 is confirmed: a verdict.
	in.PriorYearNetAssets, in.CharitableExpenditure = d("8000000"), d("480000") // 6%
	res = check(t, in, asOf)
	f, _ = res.Find(charity.RuleSpendingMinimum)
	require.NotContains(t, f.Want, "unconfirmed")
	require.False(t, f.Undecided)
	require.True(t, res.CharitableOK)
}

// TestNonCharity: a foundation that is not a charity is judged by Order 400 Art. 29; a social
// group that is not a charity is not under the spending rules.
func TestNonCharity(t *testing.T) {
	in := charity.SpendingInput{Kind: registry.Foundation, NonCharity: true, PriorYearNetAssets: d("1000000"), PriorYearIncome: d("0"),
		CharitableExpenditure: d("79999.99"), StaffAndOfficeExpense: d("10000"), TotalExpenditure: d("100000")}
	res := check(t, in, asOf)
	require.Equal(t, "F-non-public", res.Tier.ID)
	require.True(t, res.MinCharitable.Equal(d("80000")), "8% of the fund balance")
	require.False(t, res.CharitableOK)
	f, ok := res.Find(charity.RuleFoundationWelfare)
	require.True(t, ok)
	require.Equal(t, "第二十九条", f.Cite.Article)
	require.True(t, res.ManagementOK, "10% of total expenditure")
	in.StaffAndOfficeExpense = d("10000.01")
	require.False(t, check(t, in, asOf).ManagementOK)
	in.PublicFundraising, in.PriorYearIncome, in.StaffAndOfficeExpense = true, d("100000"), d("0")
	res = check(t, in, asOf)
	require.Equal(t, "F-public", res.Tier.ID)
	require.True(t, res.MinCharitable.Equal(d("70000")))
	require.True(t, res.CharitableOK)
	// Before the Charity Law the Regulations on Foundations already applied.
	check(t, in, socialorg.MustDate("2010-01-01"))

	sg := charity.SpendingInput{Kind: registry.SocialGroup, NonCharity: true, PriorYearNetAssets: d("1"), PriorYearIncome: d("1"),
		CharitableExpenditure: d("0"), TotalExpenditure: d("1")}
	res = check(t, sg, asOf)
	require.True(t, res.OK())
	f, _ = res.Find(charity.RuleSpendingMinimum)
	require.Equal(t, socialorg.NotApplicable, f.Outcome)
}

// TestFailingFigureNeverPrintsAsItsBar: a figure that misses its bar gets the decimals it needs
// to print differently from the bar (half-even rounding kept), one fen below, at and one fen
// above every kind of bar: the Charity Law's 70% floor and 10% ceiling (2023 Art. 61), 189号's
// ceilings under the Art. 11 exemption, Order 400 Art. 29's 10% and the draft 3% cap. Where two
// decimals suffice they stay.
func TestFailingFigureNeverPrintsAsItsBar(t *testing.T) {
	pf := func(charitable, mgmt string) charity.SpendingInput {
		return pfFoundation("1000000", charitable, mgmt, "1000000")
	}
	sgPF := func(mgmt string) charity.SpendingInput { // tier B: ≤ 13%, exempt under 200,000 yuan
		return charity.SpendingInput{Kind: registry.SocialGroup, PublicFundraising: true, PriorYearIncome: d("1000000"),
			PriorYearNetAssets: d("1000000"), CharitableExpenditure: d("700000"), ManagementExpense: d(mgmt), TotalExpenditure: d("1000000")}
	}
	order400 := func(staff string) charity.SpendingInput {
		return charity.SpendingInput{Kind: registry.Foundation, NonCharity: true, PublicFundraising: true, PriorYearIncome: d("1000000"),
			PriorYearNetAssets: d("1"), CharitableExpenditure: d("700000"), StaffAndOfficeExpense: d(staff), TotalExpenditure: d("1000000")}
	}
	draft := func(cost string) charity.SpendingInput {
		in := pf("700000", "0")
		in.FundraisingCost, in.FundraisingIncome = d(cost), d("1000000")
		return in
	}
	max := "92233720368547758.07" // 2^63 − 1 fen
	tests := []struct {
		name    string
		in      charity.SpendingInput
		rule    socialorg.RuleID
		outcome socialorg.Outcome
		got     string
	}{
		{"floor, a fen below", pf("699999.99", "0"), charity.RuleSpendingMinimum, socialorg.Fail, "69.999999%"},
		{"floor, at", pf("700000.00", "0"), charity.RuleSpendingMinimum, socialorg.Pass, "70.00%"},
		{"floor, a fen above", pf("700000.01", "0"), charity.RuleSpendingMinimum, socialorg.Pass, "70.00%"},
		{"floor, half-even tie", pfFoundation("10000", "6999.50", "0", "10000"), charity.RuleSpendingMinimum, socialorg.Fail, "69.995%"},
		{"floor, far below", pf("600000", "0"), charity.RuleSpendingMinimum, socialorg.Fail, "60.00%"},
		{"ceiling, a fen below", pf("700000", "99999.99"), charity.RuleSpendingManagement, socialorg.Pass, "10.00%"},
		{"ceiling, at", pf("700000", "100000.00"), charity.RuleSpendingManagement, socialorg.Pass, "10.00%"},
		{"ceiling, a fen above", pf("700000", "100000.01"), charity.RuleSpendingManagement, socialorg.Fail, "10.000001%"},
		{"exempt ceiling, a fen above", sgPF("130000.01"), charity.RuleSpendingManagement, socialorg.NotApplicable, "13.000001%"},
		{"exempt ceiling, at", sgPF("130000.00"), charity.RuleSpendingManagement, socialorg.Pass, "13.00%"},
		{"Order 400, a fen above", order400("100000.01"), charity.RuleFoundationStaffOffce, socialorg.Fail, "10.000001%"},
		{"Order 400, at", order400("100000.00"), charity.RuleFoundationStaffOffce, socialorg.Pass, "10.00%"},
		{"draft cap, a fen above", draft("30000.01"), charity.RuleSpendingFundraising, socialorg.Fail, "3.000001%"},
		{"draft cap, at", draft("30000.00"), charity.RuleSpendingFundraising, socialorg.Pass, "3.00%"},
		// At the largest amounts a fen is below the 16th decimal: rounded down, away from the bar.
		{"floor, a fen below at 2^63 fen", pfFoundation(max, "64563604257983430.64", "0", max), charity.RuleSpendingMinimum, socialorg.Fail, "69.9999999999999999%"},
		{"floor, at 2^63 fen", pfFoundation(max, "64563604257983430.65", "0", max), charity.RuleSpendingMinimum, socialorg.Pass, "70.00%"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := check(t, tc.in, asOf, charity.DraftFundraisingCap())
			f, ok := res.Find(tc.rule)
			require.True(t, ok)
			require.Equal(t, tc.outcome, f.Outcome)
			require.Equal(t, tc.got, f.Got)
			if f.Outcome != socialorg.Pass {
				bar := f.Want[len("≥ "):]
				if i := strings.IndexByte(bar, ' '); i >= 0 {
					bar = bar[:i]
				}
				g, w := d(strings.TrimSuffix(f.Got, "%")), d(strings.TrimSuffix(bar, "%"))
				require.False(t, g.Equal(w), "a figure that misses its bar prints as the bar: %s vs %s", f.Got, f.Want)
			}
		})
	}
}

func TestDraftFundraisingCap(t *testing.T) {
	in := pfFoundation("10000", "7000", "0", "9000")
	in.FundraisingCost, in.FundraisingIncome = d("3.01"), d("100")
	res := check(t, in, asOf)
	_, ok := res.Report.Find(charity.RuleSpendingFundraising)
	require.False(t, ok, "off unless asked")
	require.True(t, res.FundraisingOK)

	res = check(t, in, asOf, charity.DraftFundraisingCap())
	f, ok := res.Report.Find(charity.RuleSpendingFundraising)
	require.True(t, ok)
	require.Equal(t, socialorg.Fail, f.Outcome)
	require.False(t, res.FundraisingOK)
	require.Equal(t, "3.01%", f.Got)
	in.FundraisingCost = d("3.00")
	require.True(t, check(t, in, asOf, charity.DraftFundraisingCap()).FundraisingOK)

	_, err := charity.CheckAnnualSpending(in, socialorg.MustDate("2025-11-11"), charity.DraftFundraisingCap())
	require.ErrorIs(t, err, socialorg.ErrNotInForce)
}

func TestSpendingErrors(t *testing.T) {
	base := func() charity.SpendingInput { return pfFoundation("10000", "7000", "500", "9000") }
	tests := map[string]func(*charity.SpendingInput){
		"spending_input.kind":                   func(in *charity.SpendingInput) { in.Kind = registry.CommunityOrg },
		"spending_input.prior_year_income":      func(in *charity.SpendingInput) { in.PriorYearIncome = d("-1") },
		"spending_input.charitable_expenditure": func(in *charity.SpendingInput) { in.CharitableExpenditure = d("9000.01") },
		"spending_input.management_expense":     func(in *charity.SpendingInput) { in.ManagementExpense = d("9000.01") },
		"spending_input.total_expenditure":      func(in *charity.SpendingInput) { in.TotalExpenditure = d("9000.001") },
		"spending_input.fundraising_cost":       func(in *charity.SpendingInput) { in.FundraisingCost = d("-0.01") },
		"spending_input.year":                   func(in *charity.SpendingInput) { in.Year = 20255 },
		"spending_input.prior_year_net_assets":  func(in *charity.SpendingInput) { in.PriorYearNetAssets = decimal.New(1, math.MaxInt32) },
		"spending_input.three_year_income[1]": func(in *charity.SpendingInput) {
			in.ThreeYearIncome = []decimal.Decimal{d("1"), decimal.New(1, math.MinInt32), d("1")}
		},
	}
	for field, mut := range tests {
		in := base()
		mut(&in)
		start := time.Now()
		_, err := charity.CheckAnnualSpending(in, asOf)
		require.Less(t, time.Since(start), 100*time.Millisecond, field)
		require.ErrorIs(t, err, socialorg.ErrInvalidInput, field)
		require.Contains(t, err.Error(), field)
		require.Less(t, len(err.Error()), 400, "short: %s", err)
	}
	in := base()
	in.Kind = 0
	_, err := charity.CheckAnnualSpending(in, asOf)
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
	// A negative net asset figure is allowed.
	in = base()
	in.PriorYearNetAssets = d("-5")
	_, err = charity.CheckAnnualSpending(in, asOf)
	require.NoError(t, err)
}

// TestTierTablesCannotBeSupplied: the fast path for the library's tier tables still refuses a
// caller's attempt to supply one.
func TestTierTablesCannotBeSupplied(t *testing.T) {
	k := socialorg.NewKey[charity.Tier]("charity.spending.tier.pf-foundation")
	_, err := charity.CheckAnnualSpending(pfFoundation("10000", "7000", "0", "9000"), asOf,
		socialorg.Supply(k, charity.Tier{ID: "A"}, socialorg.Citation{Document: "x"}))
	require.ErrorContains(t, err, "a parameter the caller may supply")
}

// A caller who holds a source for tier C3 supplies the whole table; the findings on C3 are then
// decided and cite the caller's source. A bad table is refused, naming the field.
func TestUnconfirmedTierSupplied(t *testing.T) {
	table := func(c3ratio, c3min string, lowest bool) string {
		return `{"supply":{"charity.spending.tiers.foundation":{"value":[
{"id":"C1","min_net_assets":"60000000","net_assets_ratio":"0.06","max_management":"0.12","exemption_applies":true,"cite":{"document":"d"}},
{"id":"C2","min_net_assets":"8000000","net_assets_ratio":"0.06","max_management":"0.13","exemption_applies":true,"cite":{"document":"d"}},
{"id":"C3","min_net_assets":"` + c3min + `","net_assets_ratio":"` + c3ratio + `","max_management":"0.15","exemption_applies":true,"cite":{"document":"d"}},
{"id":"C4","lowest":` + fmt.Sprint(lowest) + `,"net_assets_ratio":"0.08","max_management":"0.20","exemption_applies":true,"cite":{"document":"d"}}],
"cite":{"document":"《调用方持有的来源》"}}}}`
	}
	opts, err := socialorg.ParseOptions([]byte(table("0.07", "4000000", true)))
	require.NoError(t, err)
	in := charity.SpendingInput{Kind: registry.Foundation, PriorYearNetAssets: d("5000000"), PriorYearIncome: d("0"),
		CharitableExpenditure: d("349999.99"), ManagementExpense: d("250000"), TotalExpenditure: d("700000")}
	res := check(t, in, asOf, opts...)
	require.Equal(t, "C3", res.Tier.ID)
	f, _ := res.Find(charity.RuleSpendingMinimum)
	require.False(t, f.Undecided)
	require.Equal(t, socialorg.Fail, f.Outcome, "349,999.99 < 7% of 5,000,000")
	in.CharitableExpenditure = d("350000")
	res = check(t, in, asOf, opts...)
	require.True(t, res.CharitableOK)
	require.False(t, res.ManagementOK, "250,000 of 700,000 is above 15%")

	for _, bad := range []struct{ json, field string }{ // field: the rule the table breaks
		{table("1.5", "4000000", true), "a ratio from 0 to 1"},
		{table("0.07", "9000000", true), "below the tier before"},
		{table("0.07", "4000000.001", true), "at most two decimal places"},
		{table("0.07", "4000000", false), "the last tier takes every lower amount"},
	} {
		opts, err := socialorg.ParseOptions([]byte(bad.json))
		if err == nil {
			_, err = charity.CheckAnnualSpending(in, asOf, opts...)
		}
		require.ErrorContains(t, err, "options.supply.charity.spending.tiers.foundation")
		require.ErrorContains(t, err, bad.field)
	}
}
