package linkage_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

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
