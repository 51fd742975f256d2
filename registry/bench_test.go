package registry_test

import (
	"testing"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/socialorgtest"
)

var coverageSink registry.CoverageResult

// BenchmarkEvaluateCoverage evaluates the synthetic Guangzhou-sized city (about 170 subdistricts
// and 2,850 communities). Target: ≤ 5 ms.
func BenchmarkEvaluateCoverage(b *testing.B) {
	city := socialorgtest.Guangzhou(1).Model
	asOf := socialorg.MustDate("2026-11-27")
	b.ReportAllocs()
	for b.Loop() {
		res, err := registry.EvaluateCoverage(city, asOf)
		if err != nil {
			b.Fatal(err)
		}
		coverageSink = res
	}
}

// BenchmarkCoverageBaseline is the floor beside BenchmarkEvaluateCoverage in the same run: one
// pass over the same communities summing their counts, with no validation, tallies or output.
func BenchmarkCoverageBaseline(b *testing.B) {
	city := socialorgtest.Guangzhou(1).Model
	total := 0
	for b.Loop() {
		for _, d := range city.Districts {
			for _, s := range d.Subdistricts {
				for _, c := range s.Communities {
					total += c.Orgs
				}
			}
		}
	}
	if total < 0 {
		b.Log(total)
	}
}

var reportSink socialorg.Report

// BenchmarkCoverageReport renders the city's coverage result as findings (about 3,300).
func BenchmarkCoverageReport(b *testing.B) {
	res, err := registry.EvaluateCoverage(socialorgtest.Guangzhou(1).Model, socialorg.MustDate("2026-11-27"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		reportSink = res.Report()
	}
}
