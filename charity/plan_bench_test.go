package charity_test

import (
	"strconv"
	"testing"

	"github.com/socialorg/socialorg/charity"
)

// BenchmarkPlanUseChanges measures CheckPlan over 10, 100 and 1,000 changes of use (each reads the
// place's term at its own date): the cost grows linearly.
func BenchmarkPlanUseChanges(b *testing.B) {
	for _, n := range []int{10, 100, 1000} {
		p := plan("2021-06-01", "2021-11-30", "2021-05-20")
		p.FinalReport = day("2022-01-15")
		start := day("2021-07-01")
		for i := range n {
			ch := charity.UseChange{Approved: start.AddDays(i % 1500)}
			if i%2 == 0 {
				ch.Filed = ch.Approved.AddDays(i % 15)
			}
			p.UseChanges = append(p.UseChanges, ch)
		}
		at := day("2026-01-01")
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				if _, err := charity.CheckPlan(p, at); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/change")
		})
	}
}

// BenchmarkPlanPartners measures CheckPlan over 10, 100 and 1,000 partners in Guangzhou (each
// agreement matched against the city's list): the cost grows linearly.
func BenchmarkPlanPartners(b *testing.B) {
	for _, n := range []int{10, 100, 1000} {
		p := plan("2022-03-01", "2022-07-01", "2022-02-10")
		for i := range n {
			pt := charity.Partner{Name: "partner-" + strconv.Itoa(i), Agreement: i%3 != 0}
			if pt.Agreement {
				pt.Covers = []string{"plan", "cost-sharing", "liability", "disputes"}[:1+i%4]
			}
			p.Partners = append(p.Partners, pt)
		}
		at := day("2022-04-01")
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				if _, err := charity.CheckPlan(p, at); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/partner")
		})
	}
}
