package socialorg_test

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
)

func TestRatio(t *testing.T) {
	r := socialorg.NewRatio(2, 3)
	require.Equal(t, "66.67%", r.Percent(2))
	require.Equal(t, "2/3", r.String())
	require.Equal(t, "n/a", socialorg.Ratio{}.Percent(2))
	require.Equal(t, "n/a", socialorg.Ratio{}.String())
	require.Equal(t, "75.57%", socialorg.NewRatio(6801, 9000).Percent(2))
	require.Equal(t, "66.6666666666666667%", r.Percent(1<<30), "decimals are bounded")
	require.Equal(t, 0, socialorg.NewRatio(1, 3).Cmp(socialorg.NewRatio(2, 6)))
	require.Equal(t, -1, socialorg.NewRatio(1, 3).Cmp(socialorg.NewRatio(1, 2)))
	require.Equal(t, 1, socialorg.NewRatio(1, -3).Cmp(socialorg.NewRatio(-1, 2)))
	require.Equal(t, -1, socialorg.Ratio{}.Cmp(socialorg.NewRatio(0, 1)))
	require.Equal(t, 1, socialorg.NewRatio(math.MaxInt64, 1).Cmp(socialorg.NewRatio(math.MaxInt64-1, 1)))
	require.Equal(t, 0, socialorg.NewRatio(math.MinInt64, math.MinInt64).Cmp(socialorg.NewRatio(1, 1)))
	require.True(t, socialorg.NewRatio(1, 3).Decimal(4).Equal(decimal.RequireFromString("0.3333")))

	for in, want := range map[string]socialorg.Ratio{"0.7": {Num: 7, Den: 10}, "0.065": {Num: 65, Den: 1000}, "3": {Num: 3, Den: 1}, "-0.5": {Num: -5, Den: 10}} {
		got, err := socialorg.RatioOf(decimal.RequireFromString(in))
		require.NoError(t, err, in)
		require.Equal(t, want, got, in)
	}
	for _, bad := range []decimal.Decimal{decimal.New(1, -19), decimal.New(1, math.MinInt32), decimal.New(1, 19), decimal.RequireFromString("12345678901234567890")} {
		_, err := socialorg.RatioOf(bad)
		require.ErrorIs(t, err, socialorg.ErrInvalidInput)
	}
	b, err := json.Marshal(r)
	require.NoError(t, err)
	require.JSONEq(t, `{"num":2,"den":3}`, string(b))
}

func TestChange(t *testing.T) {
	g := socialorg.Change{From: 807, To: 1913}
	require.Equal(t, int64(1106), g.Delta())
	require.Equal(t, "137.05%", g.Growth().Percent(2))
	require.Equal(t, "237.05%", g.Multiple().Percent(2))
	require.False(t, socialorg.Change{To: 5}.Growth().Defined())
	require.Equal(t, int64(math.MaxInt64), socialorg.Change{From: math.MinInt64, To: math.MaxInt64}.Delta(), "saturated, not wrapped")
	require.Equal(t, int64(math.MinInt64), socialorg.Change{From: math.MaxInt64, To: -2}.Delta())
}

func TestPeriod(t *testing.T) {
	y := socialorg.Year(2025)
	require.True(t, y.Contains(socialorg.MustDate("2025-01-01")))
	require.True(t, y.Contains(socialorg.MustDate("2025-12-31")))
	require.False(t, y.Contains(socialorg.MustDate("2026-01-01")))
	require.False(t, y.Contains(socialorg.Date{}))
	require.True(t, socialorg.Period{}.Contains(socialorg.MustDate("1990-01-01")), "the zero Period is all time")
	require.NoError(t, y.Validate())
	require.Error(t, socialorg.Period{From: socialorg.MustDate("2025-02-01"), To: socialorg.MustDate("2025-01-01")}.Validate())
	lo, hi := socialorg.Period{}.DayBounds()
	require.Equal(t, int64(math.MinInt64), lo)
	require.Equal(t, int64(math.MaxInt64), hi)
	b, err := json.Marshal(y)
	require.NoError(t, err)
	require.JSONEq(t, `{"from":"2025-01-01","to":"2025-12-31"}`, string(b))
	var back socialorg.Period
	require.NoError(t, json.Unmarshal(b, &back))
	require.Equal(t, y, back)
	require.Equal(t, "2025-01-01..2025-12-31", y.String())
}

// TestRatioDecimalHalfEven: Decimal rounds half to even, as Percent does (issue 18: it rounded
// half up, 1/8 → 0.13 and 5/2 → 3).
func TestRatioDecimalHalfEven(t *testing.T) {
	for _, tc := range []struct {
		num, den int64
		places   int32
		want     string
	}{
		{1, 8, 2, "0.12"}, {3, 8, 2, "0.38"}, {5, 8, 2, "0.62"}, {7, 8, 2, "0.88"},
		{5, 2, 0, "2"}, {7, 2, 0, "4"}, {1, 2, 0, "0"}, {3, 2, 0, "2"},
		{-1, 8, 2, "-0.12"}, {-3, 8, 2, "-0.38"}, {1, -8, 2, "-0.12"}, {-5, -2, 0, "2"},
		{1, 3, 4, "0.3333"}, {2, 3, 4, "0.6667"}, {1251, 10000, 2, "0.13"}, {1249, 10000, 2, "0.12"},
		{math.MaxInt64, 3, 18, "3074457345618258602.333333333333333333"},
		{math.MinInt64, 1, 0, "-9223372036854775808"},
		{1, 3, 99, "0.333333333333333333"}, {2, 3, -5, "1"},
	} {
		got := socialorg.NewRatio(tc.num, tc.den).Decimal(tc.places)
		require.True(t, got.Equal(decimal.RequireFromString(tc.want)), "%d/%d at %d: got %s, want %s", tc.num, tc.den, tc.places, got, tc.want)
		// The same rule as Percent: the percentage of the ratio at places−2 decimals reads the same digits.
		if tc.places >= 2 && tc.places <= 18 && tc.den > 0 && tc.num >= 0 {
			pct := socialorg.NewRatio(tc.num, tc.den).Percent(int(tc.places) - 2)
			require.Equal(t, got.Shift(2).StringFixed(tc.places-2)+"%", pct)
		}
	}
	require.True(t, socialorg.Ratio{}.Decimal(2).IsZero())
}
