package standards

import (
	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
)

// Guangzhou (440100): its assessment scheme, its own entry measures and its brand call, as dated
// values of the package's parameters. A check judging in Guangzhou or one of its districts reads
// them before the national values. Adding a place is adding a file like this one (or, for a
// caller, a socialorg.Jurisdiction given with socialorg.WithJurisdictions); no check changes.

const guangzhou = "440100"

// gzRegime is a value under Guangzhou's 2020 measures (穗社管规字〔2020〕4号), then under its
// 2024 measures (穗民规字〔2024〕6号), whose article numbers are not confirmed.
func gzRegime[T any](v T, art string) []socialorg.Dated[T] {
	return []socialorg.Dated[T]{
		{From: fromGZ2020, Until: fromGZ2024.AddDays(-1), Value: v, Cite: socialorg.Citation{Document: docGZ2020, Article: art}, Note: noteYearOnly},
		{From: fromGZ2024, Value: v, Cite: citeGZ2024, Note: noteGZ2024},
	}
}

// The scheme: 1000 points; 5A ≥ 951, 4A ≥ 901 (Art. 9 of the 2020 measures, then the 2024
// measures). The 3A, 2A and 1A cut-offs are not in the sources: the caller supplies them
// (CutoffKey), or gives them in a jurisdiction of its own. The 2024 measures add bonus items
// (加分项); their cap is not in the sources read, so no cap is declared.
var (
	_ = socialorg.MustLocal(schemeParam, guangzhou, gzRegime(SchemeInfo{ID: "guangzhou", Name: "广州市社会组织等级评估",
		Note: "the 3A, 2A and 1A cut-offs are not in the sources read; the 2024 measures add bonus items (加分项), whose cap is not in them either"}, "第九条")...)
	_ = socialorg.MustLocal(scaleParam, guangzhou, gzRegime(decimal.NewFromInt(1000), "第九条")...)
	_ = socialorg.MustLocal(minCutoff[registry.Grade5A], guangzhou, gzRegime(Threshold{Min: decimal.NewFromInt(951)}, "第九条")...)
	_ = socialorg.MustLocal(minCutoff[registry.Grade4A], guangzhou, gzRegime(Threshold{Min: decimal.NewFromInt(901)}, "第九条")...)
)

// The entry measures (Arts. 6–7 of the 2020 measures): registered two full years; no grade, or
// one held two years (a grade not renewed after its term counts as none); not assessed without
// last year's annual report, with an administrative penalty last year or pending, or under
// investigation. The annual inspection is not among the bars.
var (
	_ = socialorg.MustLocal(entryRegisteredYears, guangzhou, gzRegime(2, "第六条第（一）项")...)
	_ = socialorg.MustLocal(entryReentry, guangzhou, gzRegime(Reentry{Kind: ReentryAfterYears, Years: 2}, "第六条第（二）项")...)
	_ = socialorg.MustLocal(entryInspection, guangzhou, noted(gzRegime(NoInspectionBar, "第七条"),
		"Art. 7 lists the bars (no annual report last year; a penalty last year or pending; an investigation; other): the annual inspection is not among them, the annual report taking its place")...)
	_ = socialorg.MustLocal(entryAnnualReport, guangzhou, gzRegime(true, "第七条第（一）项")...)
	_ = socialorg.MustLocal(entryPenalty, guangzhou, gzRegime(BarAnyPenalty, "第七条第（二）项")...)
	_ = socialorg.MustLocal(entryInvestigation, guangzhou, gzRegime(true, "第七条第（三）项")...)
)

// The brand call of 2021, citing DB4401/T 38—2020: registered by a Guangzhou city or district
// authority; at least 5 years registered; a valid 4A or 5A grade; not on the abnormal-activity
// list; no administrative penalty or industry sanction in the last 3 years; no other violation.
var (
	brandNotice = []socialorg.Dated[string]{{From: fromBrand, Value: "广州市品牌社会组织", Cite: socialorg.Citation{Document: docBrandNotice}, Note: noteBrand}}

	_ = socialorg.MustLocal(brandScheme, guangzhou, brandNotice...)
	_ = socialorg.MustLocal(brandYears, guangzhou, brandValue(5))
	_ = socialorg.MustLocal(brandGrade, guangzhou, brandValue(registry.Grade4A))
	_ = socialorg.MustLocal(brandPenaltyYears, guangzhou, brandValue(3))
)

const noteBrand = "the 2021 creation notice, citing " + docBrand + "; in force from its date, 2021-04-27, as the Guangzhou Social Organization Administration published it (dekahost.com copy; applications April–June 2021)"

// brandValue is a condition of the 2021 brand call.
func brandValue[T any](v T) socialorg.Dated[T] {
	return socialorg.Dated[T]{From: fromBrand, Value: v, Cite: socialorg.Citation{Document: docBrandNotice}, Note: noteBrand}
}

// noted adds a note to each regime.
func noted[T any](vs []socialorg.Dated[T], note string) []socialorg.Dated[T] {
	for i := range vs {
		vs[i].Note = note + "; " + vs[i].Note
	}
	return vs
}
