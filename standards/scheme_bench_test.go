package standards_test

import (
	"fmt"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/standards"
)

// BenchmarkGuangzhouGrade grades one score under Guangzhou's scheme. sealed is the scheme as the
// package builds it, holding its validated form (issue 19); validating is the same scheme built
// by hand, validated on every call as every scheme was since issue 18: the old figure, in the
// same run.
func BenchmarkGuangzhouGrade(b *testing.B) {
	gz := standards.GuangzhouAssessment()
	hand := standards.GradeScheme{ID: gz.ID, Name: gz.Name, Scale: gz.Scale, Regimes: gz.Regimes, Cutoffs: gz.Cutoffs,
		Unconfirmed: gz.Unconfirmed, Note: gz.Note}
	score := decimal.NewFromInt(955)
	for _, bc := range []struct {
		name string
		s    standards.GradeScheme
	}{{"sealed", gz}, {"validating", hand}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := bc.s.Grade(score); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkGuangzhouAssessment builds Guangzhou's scheme: a copy of the one built from the data at
// first use.
func BenchmarkGuangzhouAssessment(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = standards.GuangzhouAssessment()
	}
}

// BenchmarkSchemeAt resolves Guangzhou's scheme at Tianhe with 1, 10 and 100 caller's
// jurisdictions given (WithJurisdictions): the resolution walks them for every parameter at every
// level of the place's chain, so its cost grows linearly with their number.
func BenchmarkSchemeAt(b *testing.B) {
	for _, n := range []int{1, 10, 100} {
		js := make([]socialorg.Jurisdiction, n)
		for i := range js {
			j, err := socialorg.NewJurisdiction(socialorg.JurisdictionSpec{Code: fmt.Sprintf("45%04d", 100+i),
				Name: socialorg.Text{Hans: "x", Hant: "x", En: "x"},
				Parameters: []socialorg.ParamOverrides{socialorg.Override("standards.grade.min-4a",
					socialorg.Dated[standards.Threshold]{From: day("2020-01-01"), Value: standards.Threshold{Min: decimal.NewFromInt(900)}, Cite: socialorg.Citation{Document: "d"}})}})
			if err != nil {
				b.Fatal(err)
			}
			js[i] = j
		}
		with := socialorg.WithJurisdictions(js...)
		b.Run(fmt.Sprintf("jurisdictions=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := standards.SchemeAt("440106", day("2026-06-01"), with); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// editions builds a scheme of k dated editions of five cut-offs each (5k cut-offs).
func editions(k int) standards.GradeScheme {
	s := standards.Huaining()
	s.Regimes = []socialorg.Regime{{From: day("2000-01-01"), Cite: socialorg.Citation{Document: "d"}}}
	s.Cutoffs = nil
	for e := range k {
		from, until := socialorg.NewDate(2000+e, 1, 1), socialorg.NewDate(2000+e, 12, 31)
		if e == k-1 {
			until = socialorg.Date{}
		}
		for g := registry.Grade5A; g >= registry.Grade1A; g-- {
			s.Cutoffs = append(s.Cutoffs, standards.Cutoff{Grade: g, Min: decimal.NewFromInt(int64(400 + 100*int(g) + e)),
				Cite: socialorg.Citation{Document: "d"}, From: from, Until: until})
		}
	}
	return s
}

// BenchmarkSchemeCutoffs grades under schemes of 5, 10 and 60 cut-offs (1, 2 and 12 dated
// editions); 64 is the most a scheme may hold, so that the pairwise check of the cut-offs in force
// together stays bounded, and a scheme of 500 (100× the first) is refused at the count.
func BenchmarkSchemeCutoffs(b *testing.B) {
	score := decimal.NewFromInt(955)
	for _, k := range []int{1, 2, 12, 100} {
		s := editions(k)
		b.Run(fmt.Sprintf("cutoffs=%d", 5*k), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, err := s.GradeAt(score, day("2000-06-01"))
				if (err != nil) != (k > 12) {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkScoreBadPoints is Scorer.Score refusing a points map of 100, 1,000 and 10,000 unknown
// IDs: the problems are reported in ID order (issue 18) with a linear pass that keeps the 50
// smallest IDs, not a sort.
func BenchmarkScoreBadPoints(b *testing.B) {
	ix := standards.Index{ID: "i", Name: "i", Cite: socialorg.Citation{Document: "d"},
		Indicators: []standards.Indicator{{ID: "a", Name: "a", Points: decimal.NewFromInt(10)}}}
	s, err := ix.Compile()
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{100, 1000, 10_000} {
		pts := make(map[string]decimal.Decimal, n)
		for i := range n {
			pts[fmt.Sprintf("unknown-%07d", (i*7919)%n)] = decimal.NewFromInt(1)
		}
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := s.Score(pts, nil); err == nil {
					b.Fatal("accepted")
				}
			}
		})
	}
}

// BenchmarkCheckBrandPenalties checks a brand candidate with 1, 10 and 100 penalty dates.
func BenchmarkCheckBrandPenalties(b *testing.B) {
	for _, n := range []int{1, 10, 100} {
		c := brandCandidate()
		for i := range n {
			c.Penalties = append(c.Penalties, day("2015-01-01").AddDays(i))
		}
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := standards.CheckBrand(c, day("2026-01-01")); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
