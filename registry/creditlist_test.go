package registry_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
)

// TestCreditStatusText: every status has one text form that round-trips through JSON; the zero
// status is unknown and encodes as ""; the Chinese list names decode; anything else is refused
// with the field named.
func TestCreditStatusText(t *testing.T) {
	for _, tc := range []struct {
		s    registry.CreditStatus
		text string
	}{
		{registry.CreditUnknown, ""},
		{registry.CreditClear, "none"},
		{registry.CreditAbnormal, "abnormal-list"},
		{registry.CreditSeriousViolation, "serious-violation-list"},
	} {
		require.Equal(t, tc.text, tc.s.String())
		b, err := json.Marshal(tc.s)
		require.NoError(t, err)
		var back registry.CreditStatus
		require.NoError(t, json.Unmarshal(b, &back))
		require.Equal(t, tc.s, back)
	}
	var s registry.CreditStatus
	require.NoError(t, s.UnmarshalText([]byte("活动异常名录")))
	require.Equal(t, registry.CreditAbnormal, s)
	require.NoError(t, s.UnmarshalText([]byte("嚴重違法失信名單")))
	require.Equal(t, registry.CreditSeriousViolation, s)
	err := json.Unmarshal([]byte(`{"status":"blacklist"}`), &struct {
		Status *registry.CreditStatus `json:"status"`
	}{&s})
	require.ErrorContains(t, err, "status")
	_, err = registry.CreditStatus(9).MarshalText()
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
	require.True(t, registry.CreditAbnormal.Listed())
	require.False(t, registry.CreditClear.Listed())
	require.False(t, registry.CreditUnknown.Known())
}

// TestCreditListingValidate: a listing names its day; an organization on neither list has no day
// and no reason.
func TestCreditListingValidate(t *testing.T) {
	d := socialorg.MustDate("2024-06-01")
	for name, tc := range map[string]struct {
		l     registry.CreditListing
		field string
	}{
		"listed without a day": {registry.CreditListing{Status: registry.CreditAbnormal}, "since"},
		"clear with a day":     {registry.CreditListing{Status: registry.CreditClear, Since: d}, "since"},
		"clear with a reason":  {registry.CreditListing{Status: registry.CreditClear, Reason: registry.ReasonUnreachable}, "reason"},
		"bad status":           {registry.CreditListing{Status: 7}, "status"},
		"bad reason":           {registry.CreditListing{Status: registry.CreditAbnormal, Since: d, Reason: 40}, "reason"},
	} {
		t.Run(name, func(t *testing.T) {
			err := tc.l.Validate()
			require.ErrorIs(t, err, socialorg.ErrInvalidInput)
			require.Contains(t, err.Error(), "invalid "+tc.field)
		})
	}
	require.NoError(t, registry.CreditListing{Status: registry.CreditAbnormal, Since: d, Reason: registry.ReasonNoAnnualReport}.Validate())
	require.NoError(t, registry.CreditListing{}.Validate())
	l := registry.CreditListing{Status: registry.CreditAbnormal, Since: d, Reason: registry.ReasonNoAnnualReport}
	b, err := json.Marshal(l)
	require.NoError(t, err)
	require.JSONEq(t, `{"status":"abnormal-list","since":"2024-06-01","reason":"no-annual-report"}`, string(b))
	var back registry.CreditListing
	require.NoError(t, json.Unmarshal(b, &back))
	require.Empty(t, cmp.Diff(l, back))
}

// TestSeriousFrom: Order 60 — 「被列入活动异常名录满2年的」 — an abnormal listing becomes serious
// two years to the day after it began; a leap day lands on 28 February.
func TestSeriousFrom(t *testing.T) {
	for _, tc := range []struct{ since, want string }{
		{"2024-06-01", "2026-06-01"},
		{"2024-02-29", "2026-02-28"},
		{"2018-01-24", "2020-01-24"},
	} {
		on, cite, ok := registry.CreditListing{Status: registry.CreditAbnormal, Since: socialorg.MustDate(tc.since)}.SeriousFrom()
		require.True(t, ok, tc.since)
		require.Equal(t, tc.want, on.String())
		require.Contains(t, cite.Document, "民政部令第60号")
	}
	// Before Order 60 there is no rule; a listing not on the abnormal list never escalates.
	_, _, ok := registry.CreditListing{Status: registry.CreditAbnormal, Since: socialorg.MustDate("2018-01-23")}.SeriousFrom()
	require.False(t, ok)
	_, _, ok = registry.CreditListing{Status: registry.CreditSeriousViolation, Since: socialorg.MustDate("2024-01-01")}.SeriousFrom()
	require.False(t, ok)
}

// TestCheckCreditBars: a listed organization fails every bar in force; one on neither list passes;
// an unknown status is never clean; the brand bar is Guangzhou's 2021 call, from the notice's date
// (2021-04-27); the qualification bar changes its source on 2024-09-05 (Order 59 → Order 74).
func TestCheckCreditBars(t *testing.T) {
	at := socialorg.MustDate("2026-06-01")
	r, err := registry.CheckCreditBars("org", registry.CreditAbnormal, at)
	require.NoError(t, err)
	require.Len(t, r.Findings, 4)
	require.Equal(t, 4, r.Count(socialorg.Fail))
	r, err = registry.CheckCreditBars("org", registry.CreditClear, at)
	require.NoError(t, err)
	require.Equal(t, 4, r.Count(socialorg.Pass))
	r, err = registry.CheckCreditBars("org", registry.CreditUnknown, at)
	require.NoError(t, err)
	require.Equal(t, 4, r.Count(socialorg.NotApplicable))
	require.Equal(t, "unknown", r.Findings[0].Got)

	for _, tc := range []struct{ at, doc string }{
		{"2024-09-04", "民政部令第59号"},
		{"2024-09-05", "民政部令第74号"},
	} {
		r, err := registry.CheckCreditBars("org", registry.CreditSeriousViolation, socialorg.MustDate(tc.at))
		require.NoError(t, err)
		f, ok := r.Find(registry.RuleCreditBarsQualification)
		require.True(t, ok)
		require.Equal(t, socialorg.Fail, f.Outcome)
		require.Contains(t, f.Cite.Document, tc.doc, tc.at)
	}
	// Before the lists existed no bar is judged; before the national assessment rules only some are.
	r, err = registry.CheckCreditBars("org", registry.CreditAbnormal, socialorg.MustDate("2018-01-23"))
	require.NoError(t, err)
	require.Empty(t, r.Findings)
	r, err = registry.CheckCreditBars("org", registry.CreditAbnormal, socialorg.MustDate("2021-12-09"))
	require.NoError(t, err)
	_, ok := r.Find(registry.RuleCreditBarsAssessment)
	require.False(t, ok)
	for _, tc := range []struct {
		at    string
		judge bool
	}{{"2021-04-26", false}, {"2021-04-27", true}} {
		r, err := registry.CheckCreditBars("org", registry.CreditAbnormal, socialorg.MustDate(tc.at))
		require.NoError(t, err)
		f, ok := r.Find(registry.RuleCreditBarsBrand)
		require.Equal(t, tc.judge, ok, "the brand bar judged on %s", tc.at)
		if ok {
			require.Equal(t, socialorg.Fail, f.Outcome)
		}
	}
	_, err = registry.CheckCreditBars("org", 9, at)
	require.ErrorContains(t, err, "credit_status")
	msg := r.Findings[0].Message(socialorg.Languages()[2])
	require.Contains(t, msg, "list of abnormal activities")
	rule, ok := registry.ListingRule(registry.ReasonNoAnnualReport)
	require.True(t, ok)
	require.Equal(t, registry.RuleCreditAnnualReport, rule)
	_, ok = registry.ListingRule(registry.ReasonOther)
	require.False(t, ok)
}
