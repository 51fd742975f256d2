package charity

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
)

// TestSeriesAgainstAModel: the dated restricted balances answer as a plain sorted list of days
// would, for days added in any order, with repeats, on several keys.
func TestSeriesAgainstAModel(t *testing.T) {
	r := rand.New(rand.NewPCG(18, 18))
	for round := range 50 {
		var s series
		s.init()
		model := map[uint32]map[int32]int64{}
		for op := range 400 {
			key := uint32(r.IntN(3))
			day := int32(r.IntN(60) - 30)
			if model[key] == nil {
				model[key] = map[int32]int64{}
			}
			if r.IntN(3) > 0 {
				amt := int64(r.IntN(200) - 80)
				s.add(key, day, amt)
				model[key][day] += amt
			}
			// The least balance from day on, by brute force.
			var at, low int64
			for d, a := range model[key] {
				if d <= day {
					at += a
				}
			}
			low = at
			for d := day + 1; d <= 30; d++ {
				if a, ok := model[key][d]; ok {
					at += a
					low = min(low, at)
				}
			}
			require.Equal(t, low, s.minFrom(key, day), "round %d op %d", round, op)
			require.Equal(t, len(model[key]), s.days(key))
		}
	}
}

// TestSeriesOrigin: every date from 0000-01-01 to 9999-12-31 has a day index below 2^24.
func TestSeriesOrigin(t *testing.T) {
	first, last := socialorg.NewDate(0, time.January, 1), socialorg.NewDate(9999, time.December, 31)
	require.False(t, first.IsZero())
	require.Equal(t, uint32(0), seriesIndex(int32(first.Days())))
	require.Less(t, seriesIndex(int32(last.Days())), uint32(1)<<24)
	require.True(t, first.AddDays(-1).IsZero(), "nothing before 0000-01-01")

	// Days at both ends of the calendar in one key: a full-height tree.
	var s series
	s.init()
	s.add(1, int32(last.Days()), 5)
	s.add(1, int32(first.Days()), 3)
	s.add(1, int32(first.Days())+70, -2)
	f := int32(first.Days())
	require.Equal(t, int64(1), s.minFrom(1, f), "3, then 1 from day 70, then 6")
	require.Equal(t, int64(1), s.minFrom(1, f+70))
	require.Equal(t, int64(1), s.minFrom(1, int32(last.Days())-1))
	require.Equal(t, int64(6), s.minFrom(1, int32(last.Days())))
	require.Equal(t, 3, s.days(1))

	// A day before or after every day of a key, and a key without days.
	y := int32(socialorg.MustDate("2025-06-01").Days())
	s.add(2, y, 10)
	s.add(2, y+1, -4)
	require.Equal(t, int64(0), s.minFrom(2, y-5000), "before: nothing yet")
	require.Equal(t, int64(6), s.minFrom(2, y+5000), "after: the sum")
	require.Equal(t, int64(6), s.minFrom(2, y))
	require.Equal(t, int64(0), s.minFrom(3, y))
}
