package standards_test

import (
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
