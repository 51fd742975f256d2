package calendar_test

import (
	"fmt"
	"io"
	"testing"

	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/calendar"
)

// benchProfile is a Guangzhou charity with n events of every kind, spread over 2025–2026.
func benchProfile(b *testing.B, n int) calendar.Profile {
	p := profile(b, '3')
	p.Charity, p.PublicFundraising = true, true
	kinds := calendar.EventKinds()
	p.Events = make([]calendar.Event, n)
	for i := range p.Events {
		k := kinds[i%len(kinds)]
		if k == calendar.EventTrustSigned || k == calendar.EventTrusteeChanged {
			k = calendar.EventMajorAssetChange // keep the task count linear in n over the period
		}
		p.Events[i] = calendar.Event{Kind: k, On: d("2025-01-01").AddDays(i % 700), Ref: fmt.Sprintf("E-%d", i)}
	}
	return p
}

// BenchmarkObligations lists a year's tasks for 1×, 10× and 100× events: 100× the events must cost
// at most 150× the time (near-linear; the sort of the tasks is the n log n part).
func BenchmarkObligations(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		p := benchProfile(b, n)
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := calendar.Obligations(p, d("2026-01-01"), d("2026-12-31"), calendar.AsOf(d("2026-06-30"))); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkWriteICS writes the calendar of 1×, 10× and 100× events.
func BenchmarkWriteICS(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		c, err := calendar.Obligations(benchProfile(b, n), d("2026-01-01"), d("2026-12-31"))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := c.WriteICS(io.Discard, language.SimplifiedChinese); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

var _ = socialorg.Date{}
