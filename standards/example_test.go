package standards_test

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/socialorgtest"
	"github.com/socialorg/socialorg/standards"
)

// A 2022 assessment checked in 2026 is judged under the cut-offs and sources of 2022: Guangzhou's
// 2020 measures, not its 2024 ones.
func ExampleGradeScheme_Check() {
	s := standards.GuangzhouAssessment()
	res, err := s.Check(decimal.NewFromInt(951), standards.Profile{ID: "org"}, socialorg.MustDate("2026-11-27"),
		standards.AssessmentYear(2022))
	if err != nil {
		fmt.Println(err)
		return
	}
	f, _ := res.Find(standards.RuleGradeScore)
	fmt.Println(res.Grade, res.Judged)
	fmt.Println(f.Cite)
	// Output:
	// 5A 2022-12-31
	// 《广州市社会组织等级评估管理办法》（穗社管规字〔2020〕4号）第九条
}

// Under the revised assessment measures (from 2026-03-01), a minor administrative penalty no longer
// bars an organization from an assessment; one that is not minor still does, and one of unknown
// severity leaves the verdict open. The organization is registered in Shenzhen (440300), which sets
// no entry rules of its own: the national ones apply.
func ExampleCheckEntry() {
	c := standards.Candidate{ID: "org", Division: "440300", Registered: socialorg.MustDate("2021-05-10"),
		LastInspection: standards.Passed, Penalized: true}
	for _, sev := range []standards.PenaltySeverity{standards.PenaltyMinor, standards.PenaltyNotMinor, 0} {
		c.PenaltySeverity = sev
		res, err := standards.CheckEntry(c, socialorg.MustDate("2026-06-01"))
		if err != nil {
			fmt.Println(err)
			return
		}
		f, _ := res.Find(standards.RuleEntryPenaltyNotMinor)
		fmt.Printf("%q eligible=%v verdict=%v\n", sev, res.Eligible(), res.Verdict())
		fmt.Println(" ", f.Message(language.English))
	}
	// Output:
	// "minor" eligible=true verdict=met
	//   org: no administrative penalty other than a minor one last year, none pending: pass (got minor penalty; required no administrative penalty, or a minor one only). Source: 《社会组织评估管理办法》（民政部令第39号）第七条第（三）项
	// "not-minor" eligible=false verdict=not-met
	//   org: no administrative penalty other than a minor one last year, none pending: fail (got penalty not minor; required no administrative penalty, or a minor one only). Source: 《社会组织评估管理办法》（民政部令第39号）第七条第（三）项
	// "" eligible=false verdict=undecided
	//   org: no administrative penalty other than a minor one last year, none pending: undecided (got yes (severity unknown); required no administrative penalty, or a minor one only). Source: 《社会组织评估管理办法》（民政部令第39号）第七条第（三）项
}

// The registration authority of a brand candidate is read from its credit code (characters 3–8),
// and a declared division that names another authority fails, showing both.
func ExampleCheckBrand() {
	o := socialorgtest.SocialGroup() // code 51440100MJ0000018M: registered by Guangzhou (440100)
	o.Division = "440000"            // declared: the province
	c := standards.BrandCandidate{Org: o, Credit: registry.CreditClear,
		Grade: standards.Award{Org: o.Code.String(), Grade: registry.Grade4A, Notice: socialorg.MustDate("2022-12-01")}}
	res, err := standards.CheckBrand(c, socialorg.MustDate("2026-01-01"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Eligible())
	for _, f := range res.Failures() {
		fmt.Println(f.Message(language.English))
	}
	// Output:
	// false
	// 51440100MJ0000018M: the credit code's registration authority agrees with the one declared: fail (got 440100; required 440000). Source: GB 32100-2015《法人和其他组织统一社会信用代码编码规则》
}

// A city the library does not hold is data: a jurisdiction with the scheme's parameters, decoded
// from JSON and given to the check. The figures here are an example, not Dongguan's rules.
func ExampleSchemeAt() {
	dongguan, err := socialorg.ParseJurisdiction([]byte(`{
		"code": "441900", "name": {"zh_hans": "东莞市", "zh_hant": "東莞市", "en": "Dongguan"},
		"parameters": [
			{"id": "standards.grade.scheme", "values": [{"from": "2024-01-01", "value": {"id": "dongguan-example", "name": "示例方案"}, "cite": {"document": "an example, not a source"}}]},
			{"id": "standards.grade.scale",  "values": [{"from": "2024-01-01", "value": "1000", "cite": {"document": "an example, not a source"}}]},
			{"id": "standards.grade.min-5a", "values": [{"from": "2024-01-01", "value": {"min": "950"}, "cite": {"document": "an example, not a source"}}]},
			{"id": "standards.grade.min-4a", "values": [{"from": "2024-01-01", "value": {"min": "900"}, "cite": {"document": "an example, not a source"}}]}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	s, err := standards.SchemeAt("441900", socialorg.MustDate("2026-06-01"), socialorg.WithJurisdictions(dongguan))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.ID, s.Regimes[0].From, s.Unconfirmed)
	for _, score := range []int64{955, 900, 899} {
		g, err := s.Grade(decimal.NewFromInt(score))
		fmt.Println(score, g, errors.Is(err, standards.ErrCutoffUnconfirmed))
	}
	// Guangzhou's own scheme, at a district of Guangzhou: the city's values.
	gz, _ := standards.SchemeAt("440106", socialorg.MustDate("2026-06-01"))
	fmt.Println(gz.ID, gz.Cutoffs[0].Grade, gz.Cutoffs[0].Min, gz.Cutoffs[0].Cite.Document)
	// Output:
	// dongguan-example 2024-01-01 [3A 2A 1A]
	// 955 5A false
	// 900 4A false
	// 899 none true
	// guangzhou 5A 951 《广州市社会组织等级评估管理办法》（穗民规字〔2024〕6号）
}

// A national organization (registered by the Ministry of Civil Affairs, 100000) is not assessed
// while on a credit list; one whose status nobody looked up is not yet eligible.
func ExampleCheckEntry_creditList() {
	c := standards.Candidate{ID: "org", Division: "100000", Registered: socialorg.MustDate("2019-05-10"),
		LastInspection: standards.Passed, PriorInspection: standards.Passed}
	for _, status := range []registry.CreditStatus{registry.CreditClear, registry.CreditAbnormal, registry.CreditUnknown} {
		c.Credit = status
		res, err := standards.CheckEntry(c, socialorg.MustDate("2025-06-01"))
		if err != nil {
			fmt.Println(err)
			return
		}
		f, _ := res.Find(standards.RuleEntryCreditList)
		fmt.Println(res.Verdict(), "—", f.Message(language.English))
	}
	// Output:
	// met — org: not on the abnormal-activity list nor the serious-violation list: pass (got on neither list; required on neither list). Source: 《全国性社会组织评估管理规定》（2021年）
	// not-met — org: not on the abnormal-activity list nor the serious-violation list: fail (got list of abnormal activities; required on neither list). Source: 《全国性社会组织评估管理规定》（2021年）
	// undecided — org: not on the abnormal-activity list nor the serious-violation list: undecided (got unknown; required on neither list). Source: 《全国性社会组织评估管理规定》（2021年）
}

// A score explained as findings, in the same shape as every check of the library: each lost
// point cites the indicator table it was scored against.
func ExampleResult_Report() {
	ix := standards.Index{ID: "demo", Name: "示例指标", Cite: socialorg.Citation{Document: "《示例评估指标》"},
		Indicators: []standards.Indicator{
			{ID: "A", Name: "内部治理", Points: decimal.NewFromInt(60)},
			{ID: "B", Name: "社会评价", Points: decimal.NewFromInt(40)},
		}}
	r, err := ix.Score(map[string]decimal.Decimal{"A": decimal.NewFromInt(55), "B": decimal.NewFromInt(40)}, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	rep := r.Report(ix.Cite)
	for _, m := range rep.Messages(language.English) {
		fmt.Println(m)
	}
	fmt.Println(rep.Verdict())
	// Output:
	// A: an indicator's points: fail (got 55; required 60). Source: 《示例评估指标》
	// not-met
}
