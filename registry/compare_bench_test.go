package registry_test

import (
	"testing"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/socialorgtest"
)

// The Cmp benchmarks are the before/after comparison of BENCHMARKS.md: they use only what the
// API had before the rule vocabulary (replace socialorgtest by internal/synth to run them in a
// checkout of that commit).

// BenchmarkCmpCheckRegistration checks every registered organization of the synthetic city.
func BenchmarkCmpCheckRegistration(b *testing.B) {
	orgs := socialorgtest.Guangzhou(1).Registered
	at := socialorg.MustDate("2026-11-27")
	for b.Loop() {
		for _, o := range orgs {
			if _, err := registry.CheckRegistration(o, at); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkCmpCoverageCity assesses the synthetic city's coverage.
func BenchmarkCmpCoverageCity(b *testing.B) {
	city := socialorgtest.Guangzhou(1).Model
	at := socialorg.MustDate("2026-11-27")
	for b.Loop() {
		if _, err := registry.EvaluateCoverage(city, at); err != nil {
			b.Fatal(err)
		}
	}
}
