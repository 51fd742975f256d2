package linkage_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/charity"
	"github.com/socialorg/socialorg/venture/linkage"
)

// TestRecordFundsAllOrNothing: a plan's payments are booked all or none. The second of three
// funds has the money today but not on the payment date (it arrived later), so its payment is
// refused after the first fund's was checked: nothing is booked. A retry once the date is right
// books every payment once; a retry of a batch that was booked is refused (ErrAlreadyRecorded)
// and changes nothing. Issue 18: the first fund's payment stayed booked, and a retry booked it
// again.
func TestRecordFundsAllOrNothing(t *testing.T) {
	l, err := charity.NewLedger(charity.Fund{ID: "fund-a"}, charity.Fund{ID: "fund-b"}, charity.Fund{ID: "fund-c"})
	require.NoError(t, err)
	gift := func(id, fund, on, amount string) {
		require.NoError(t, l.RecordDonation(charity.Donation{GiftID: id, Date: socialorg.MustDate(on), Fund: fund,
			Amount: decimal.RequireFromString(amount), Restriction: charity.PurposeRestricted, Purpose: "社区服务"}))
	}
	gift("a", "fund-a", "2025-01-10", "500")
	gift("b", "fund-b", "2025-04-01", "500") // after the first payment date
	gift("c", "fund-c", "2025-01-10", "500")
	var resources []linkage.Resource
	for _, id := range []string{"fund-a", "fund-b", "fund-c"} {
		resources = append(resources, linkage.Resource{ID: id, Party: linkage.CommunityFund, Kind: linkage.KindFunds, Quantity: 50_000})
	}
	plan := linkage.Plan{Assignments: []linkage.Assignment{
		{Need: "meals", Resource: "fund-a", Quantity: 30_000},
		{Need: "repairs", Resource: "fund-b", Quantity: 20_000},
		{Need: "meals", Resource: "fund-c", Quantity: 12_345},
		{Need: "visits", Resource: "fund-a", Quantity: 1},
	}}
	before := l.Journal()

	err = linkage.RecordFunds(l, plan, resources, socialorg.MustDate("2025-03-01"))
	require.ErrorIs(t, err, charity.ErrLedger, "fund-b has nothing on 2025-03-01")
	require.Contains(t, err.Error(), "batch[2]", "the refused payment: fund-a's two, then fund-b's")
	require.Empty(t, cmp.Diff(before, l.Journal()), "nothing booked")

	on := socialorg.MustDate("2025-04-02")
	require.NoError(t, linkage.RecordFunds(l, plan, resources, on))
	st := l.Statement(socialorg.Year(2025))
	require.Equal(t, "623.46", st.CharitableActivity.StringFixed(2), "every payment once")
	for fund, left := range map[string]string{"fund-a": "199.99", "fund-b": "300.00", "fund-c": "376.55"} {
		bal, err := l.Balance(fund, charity.PurposeRestricted)
		require.NoError(t, err)
		require.Equal(t, left, bal.StringFixed(2), fund)
	}

	booked := l.Journal()
	err = linkage.RecordFunds(l, plan, resources, on)
	require.True(t, errors.Is(err, linkage.ErrAlreadyRecorded), "a retry of a booked batch: %v", err)
	require.Contains(t, err.Error(), "fund-a")
	require.Empty(t, cmp.Diff(booked, l.Journal()), "nothing booked twice")

	// The same plan on another day is another batch.
	require.NoError(t, linkage.RecordFunds(l, linkage.Plan{Assignments: plan.Assignments[3:]}, resources, on.AddDays(1)))
	_, err = charity.Replay(l.Journal())
	require.NoError(t, err)
}

// TestFundProblemsAndJSON: a fund's balance is read through money.Reader, its problems carry the
// package's codes, and its JSON gives the unit cost in yuan beside the fen, as the rest of the
// package writes money (issue 19). A RecordFunds shortfall is a whole phrase of the catalogue
// with the figures in the value (it was built by concatenation: "the fund's restricted balance X
// covers Y").
func TestFundProblemsAndJSON(t *testing.T) {
	for _, tc := range []struct {
		balance, code string
	}{
		{"0.001", "linkage.fund.balance.bad_amount"},
		{"0", "linkage.fund.balance.out_of_range"},
		{"-5", "linkage.fund.balance.out_of_range"},
		{"1e9999", "linkage.fund.balance.out_of_range"},
	} {
		_, err := linkage.Fund{ID: "f", Balance: decimal.RequireFromString(tc.balance)}.Resource()
		var ie *socialorg.InputError
		require.ErrorAs(t, err, &ie, tc.balance)
		require.Equal(t, tc.code, ie.Code, tc.balance)
		require.Less(t, len(err.Error()), 200, tc.balance)
	}
	r, err := linkage.Fund{ID: "f", Balance: decimal.RequireFromString("12.34"), UnitCost: 5}.Resource()
	require.NoError(t, err)
	require.Equal(t, int64(1234), r.Quantity)

	f := linkage.Fund{ID: "f", Name: "社区基金", Balance: decimal.RequireFromString("12.34"), UnitCost: 5, Communities: []string{"c1"}}
	b, err := json.Marshal(f)
	require.NoError(t, err)
	require.Contains(t, string(b), `"unit_cost":5,"unit_cost_yuan":"0.05"`)
	var back linkage.Fund
	require.NoError(t, json.Unmarshal(b, &back))
	require.Empty(t, cmp.Diff(f, back))
	// The unit cost in yuan alone is read; both forms must agree.
	back = linkage.Fund{}
	require.NoError(t, json.Unmarshal([]byte(`{"id":"f","balance":"12.34","unit_cost_yuan":"0.05"}`), &back))
	require.Equal(t, int64(5), back.UnitCost)
	err = json.Unmarshal([]byte(`{"id":"f","balance":"12.34","unit_cost":5,"unit_cost_yuan":"0.06"}`), &back)
	require.ErrorContains(t, err, "unit_cost_yuan")
	require.Error(t, json.Unmarshal([]byte(`{"id":"f","balance":"1","unit_cost_yuan":"0.001"}`), &back), "below the fen")

	l, err := charity.NewLedger(charity.Fund{ID: "fund-a"})
	require.NoError(t, err)
	require.NoError(t, l.RecordDonation(charity.Donation{GiftID: "g", Date: socialorg.MustDate("2025-01-10"), Fund: "fund-a",
		Amount: decimal.RequireFromString("100"), Restriction: charity.PurposeRestricted, Purpose: "社区服务"}))
	res := []linkage.Resource{{ID: "fund-a", Party: linkage.CommunityFund, Kind: linkage.KindFunds, Quantity: 20_000}}
	err = linkage.RecordFunds(l, linkage.Plan{Assignments: []linkage.Assignment{{Need: "meals", Resource: "fund-a", Quantity: 12_345}}}, res, socialorg.MustDate("2025-02-01"))
	var ie *socialorg.InputError
	require.ErrorAs(t, err, &ie)
	require.Equal(t, "linkage.plan.over_balance", ie.Code)
	require.Equal(t, "a restricted balance that covers the plan's payments from the fund", ie.Rule)
	require.Equal(t, "fund-a: balance 100.00 < payments 123.45", ie.Value)
	require.Contains(t, ie.Message(language.Chinese), "基金的限定性余额足以支付")
}
