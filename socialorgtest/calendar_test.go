package socialorgtest_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/calendar"
	"github.com/socialorg/socialorg/socialorgtest"
)

// The generated profiles are valid at any date and seed: a charity's last charitable activity,
// up to 700 days back, never precedes its registration (it did for seed 7 on 2026-11-27, and the
// generator panicked).
func TestCalendarProfilesValid(t *testing.T) {
	city := socialorgtest.Guangzhou(7)
	for _, asOf := range []string{"2026-11-27", "2025-06-30", "2024-01-01"} {
		for _, seed := range []uint64{1, 7, 2026} {
			d := socialorg.MustDate(asOf)
			var ps []calendar.Profile
			require.NotPanics(t, func() { ps = socialorgtest.CalendarProfiles(city, d, seed) }, "%s seed %d", asOf, seed)
			for _, p := range ps {
				for _, e := range p.Events {
					require.False(t, e.On.Before(p.Registered), "%s: event %s before registration %s", p.Code, e.On, p.Registered)
				}
			}
		}
	}
}
