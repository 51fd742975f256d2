package socialorg_test

import (
	"errors"
	"fmt"

	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
)

func ExampleFinding_Message() {
	f := socialorg.Finding{
		Rule:    "registry.socialgroup.funds",
		Subject: "广州市某某协会",
		Outcome: socialorg.Fail,
		Got:     "20000.00",
		Want:    "≥ 30000.00",
		Cite:    socialorg.Citation{Document: "《社会团体登记管理条例》", Article: "第十条第一款第（五）项"},
	}
	fmt.Println(f.Message(language.SimplifiedChinese))
	fmt.Println(f.Message(language.MustParse("zh-TW")))
	fmt.Println(f.Message(language.English))
	// Output:
	// 广州市某某协会：社会团体活动资金（元）——不通过（实际 20000.00；要求 ≥ 30000.00）。依据：《社会团体登记管理条例》第十条第一款第（五）项
	// 广州市某某协会：社會團體活動資金（元）——不通過（實際 20000.00；要求 ≥ 30000.00）。依據：《社会团体登记管理条例》第十条第一款第（五）项
	// 广州市某某协会: activity funds of a social group (yuan): fail (got 20000.00; required ≥ 30000.00). Source: 《社会团体登记管理条例》第十条第一款第（五）项
}

func ExampleReport() {
	r := socialorg.Report{Findings: []socialorg.Finding{
		{Rule: "registry.ssa.staff", Subject: "S", Outcome: socialorg.Pass, Got: "3", Want: "≥ 1", Cite: socialorg.Citation{Document: "D"}},
		{Rule: "registry.ssa.premises", Subject: "S", Outcome: socialorg.Fail, Got: "no", Want: "yes", Cite: socialorg.Citation{Document: "D"}},
	}}
	fmt.Println(r.OK(), len(r.Failures()))
	for _, f := range r.Failures() {
		fmt.Println(f.Message(language.English))
	}
	// Output:
	// false 1
	// S: a social service agency has premises: fail (got no; required yes). Source: D
}

func ExampleParam_At() {
	wait := socialorg.MustParam("example.pf.min-years",
		socialorg.Dated[int]{From: socialorg.MustDate("2016-09-01"), Value: 2,
			Cite: socialorg.Citation{Document: "《中华人民共和国慈善法》", Article: "第二十二条"}},
		socialorg.Dated[int]{From: socialorg.MustDate("2024-09-05"), Value: 1,
			Cite: socialorg.Citation{Document: "《中华人民共和国慈善法》（2023年修正）", Article: "第二十二条"}},
	)
	for _, d := range []string{"2024-09-04", "2024-09-05"} {
		years, cite, _ := wait.At(socialorg.MustDate(d))
		fmt.Println(d, years, cite)
	}
	_, _, err := wait.At(socialorg.MustDate("2016-08-31"))
	fmt.Println(errors.Is(err, socialorg.ErrNotInForce))
	// Output:
	// 2024-09-04 2 《中华人民共和国慈善法》第二十二条
	// 2024-09-05 1 《中华人民共和国慈善法》（2023年修正）第二十二条
	// true
}

func ExampleDate_AddYears() {
	d := socialorg.MustDate("2024-02-29")
	fmt.Println(d.AddYears(1), d.AddYears(4), d.AddDays(1))
	// Output: 2025-02-28 2028-02-29 2024-03-01
}
