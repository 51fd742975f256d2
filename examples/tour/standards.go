package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"golang.org/x/text/language"

	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/socialorgtest"
	"github.com/socialorg/socialorg/standards"
)

func assessmentGrades(w io.Writer, c socialorgtest.City) error {
	heading(w, "Standards: assessment grades and brand social organizations")
	as := socialorgtest.Assessments(c, 2026)
	districts := registry.Districts()
	names := map[string]string{registry.GuangzhouCode: "市本级"}
	for _, d := range districts {
		names[d.Code] = d.Name
	}
	type row struct{ counts [6]int }
	byDistrict := map[string]*row{}
	var expiring []socialorgtest.Assessment
	valid := 0
	for _, a := range as {
		if a.Award.Grade == registry.NoGrade || !a.Award.ValidAt(asOf) {
			continue
		}
		valid++
		d := a.Org.Division
		if byDistrict[d] == nil {
			byDistrict[d] = &row{}
		}
		byDistrict[d].counts[a.Award.Grade]++
		p, _, err := a.Award.Validity()
		if err != nil {
			return err
		}
		if p.To.Before(asOf.AddYears(1)) {
			expiring = append(expiring, a)
		}
	}
	fmt.Fprintf(w, "%d of %d registered organizations hold a valid grade on %s (Guangzhou's 1000-point scheme: 5A ≥ 951, 4A ≥ 901;\n", valid, len(as), asOf)
	fmt.Fprintln(w, "the lower cut-offs are not in the sources, the synthetic records use the test kit's assumption)")
	t := table{w: w, widths: []int{10, 6, 6, 6, 6, 6}}
	t.row("district", "5A", "4A", "3A", "2A", "1A")
	codes := make([]string, 0, len(byDistrict))
	for d := range byDistrict {
		codes = append(codes, d)
	}
	slices.Sort(codes)
	for _, d := range codes {
		r := byDistrict[d]
		name := names[d]
		if name == "" {
			name = d
		}
		t.row(name, fmt.Sprint(r.counts[5]), fmt.Sprint(r.counts[4]), fmt.Sprint(r.counts[3]), fmt.Sprint(r.counts[2]), fmt.Sprint(r.counts[1]))
	}
	fmt.Fprintf(w, "%d grades expire in the next year (Order 39: five years from the results notice), e.g.:\n", len(expiring))
	for _, a := range expiring[:min(3, len(expiring))] {
		p, _, _ := a.Award.Validity()
		fmt.Fprintf(w, "  %s %s, notice %s, valid to %s\n", a.Org.Code, a.Award.Grade, a.Award.Notice, p.To)
	}
	if _, err := standards.GuangzhouAssessment().Grade(asDecimal("899.5")); err != nil {
		fmt.Fprintf(w, "a score of 899.5 under Guangzhou's own figures alone:\n  %v\n", err)
	}
	// Each scheme is its jurisdiction's data: the one in force in Tianhe is Guangzhou's.
	if s, err := standards.SchemeAt("440106", asOf); err == nil {
		fmt.Fprintf(w, "the scheme in force in Tianhe (440106) on %s: %s, from %s (%s)\n", asOf, s.Name, s.Regimes[0].From, s.Regimes[0].Cite.Document)
	}

	// Brand candidates: eligible ones, and the nearest misses.
	eligible := 0
	var misses []standards.BrandResult
	for _, a := range as {
		res, err := standards.CheckBrand(a.Brand, asOf)
		if err != nil {
			return err
		}
		switch n := len(res.Failures()); {
		case res.Eligible():
			eligible++
		case n == 1 && a.Award.Grade >= registry.Grade4A:
			misses = append(misses, res)
		}
	}
	fmt.Fprintf(w, "\n%d organizations may apply to be brand social organizations (DB4401/T 38—2020; 2021 creation notice)\n", eligible)
	fmt.Fprintf(w, "%d with a 4A or 5A grade miss on one condition; the first three:\n", len(misses))
	for _, m := range misses[:min(3, len(misses))] {
		f := m.Failures()[0]
		fmt.Fprintf(w, "  %s\n", f.Message(language.English))
	}
	// The emergency checklist: the standard's eight sections, items the caller's.
	var secs []string
	for s := standards.GradedResponse; s <= standards.Supervision; s++ {
		secs = append(secs, s.Name().Hans)
	}
	fmt.Fprintf(w, "\nT/GZS 1-2020's readiness sections: %s\n", strings.Join(secs, "、"))
	return nil
}
