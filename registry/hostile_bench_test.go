package registry_test

import (
	"strings"
	"testing"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/socialorgtest"
)

// BenchmarkRegistrationHostile measures the cost of refusing an organization with a megabyte
// domicile, which TestCheckRegistrationErrors only bounds loosely (a hang detector).
func BenchmarkRegistrationHostile(b *testing.B) {
	o := socialorgtest.SocialGroup()
	o.Domicile = strings.Repeat("x", 1<<20)
	asOf := socialorg.MustDate("2025-06-30")
	for b.Loop() {
		if _, err := registry.CheckRegistration(o, asOf); err == nil {
			b.Fatal("accepted")
		}
	}
}
