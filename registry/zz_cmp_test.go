package registry_test

import (
	"testing"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/socialorgtest"
)

// Identical in both trees: the before/after comparison of issue 7.
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

func BenchmarkCmpCoverageCity(b *testing.B) {
	city := socialorgtest.Guangzhou(1).Model
	at := socialorg.MustDate("2026-11-27")
	for b.Loop() {
		if _, err := registry.EvaluateCoverage(city, at); err != nil {
			b.Fatal(err)
		}
	}
}
