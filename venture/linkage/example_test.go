package linkage_test

import (
	"errors"
	"fmt"

	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/venture/linkage"
)

func ExampleMatch() {
	needs := []linkage.Need{
		{ID: "长者陪诊", Community: "440104001001", Kind: linkage.KindVolunteerHours, Quantity: 40, Value: 60},
		{ID: "课后托管", Community: "440104001002", Kind: linkage.KindVolunteerHours, Quantity: 30, Value: 45},
	}
	resources := []linkage.Resource{
		{ID: "大学生志愿队", Party: linkage.Volunteer, Kind: linkage.KindVolunteerHours, Quantity: 50, UnitCost: 5},
		{ID: "社工站", Party: linkage.SocialWorker, Kind: linkage.KindVolunteerHours, Quantity: 30, UnitCost: 50,
			Communities: []string{"440104001001"}},
	}
	plan, err := linkage.Match(needs, resources)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range plan.Assignments {
		fmt.Printf("%s ← %s: %d hours, margin %d each\n", a.Need, a.Resource, a.Quantity, a.Margin)
	}
	fmt.Println("net", plan.Net)
	// The volunteers' 50 hours earn most on the escorts (55 an hour), all 40 of them; the other 10
	// go to after-school care. The social workers' hours earn 10 at best, on escorts that are
	// already covered, and may not go to the other community.

	// Output:
	// 课后托管 ← 大学生志愿队: 10 hours, margin 40 each
	// 长者陪诊 ← 大学生志愿队: 40 hours, margin 55 each
	// net 2600
}

// Explaining a plan: the structured explanation, and the same in findings, whose messages read in
// any of the three languages.
func ExampleExplainer() {
	needs := []linkage.Need{
		{ID: "长者助餐", Community: "440104001001", Kind: linkage.KindFunds, Quantity: 2_000_000, Value: 3}, // 20,000 yuan
	}
	resources := []linkage.Resource{
		{ID: "光塔街社区基金", Party: linkage.CommunityFund, Kind: linkage.KindFunds, Quantity: 1_500_000, Communities: []string{"440104001001"}},
		{ID: "某企业捐赠", Party: linkage.CommunityEnterprise, Kind: linkage.KindFunds, Quantity: 900_000, UnitCost: 1},
		{ID: "邻区基金", Party: linkage.CommunityFund, Kind: linkage.KindFunds, Quantity: 500_000, Communities: []string{"440104002001"}},
	}
	plan, err := linkage.Match(needs, resources)
	if err != nil {
		fmt.Println(err)
		return
	}
	x, err := linkage.NewExplainer(needs, resources, plan)
	if err != nil {
		fmt.Println(err)
		return
	}
	ex, err := x.Explain("长者助餐")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range ex.Assignments {
		q, _ := a.QuantityYuan()
		fmt.Printf("%s: %s yuan\n", a.Resource, q.StringFixed(2))
	}
	for _, m := range ex.Messages(language.English) {
		fmt.Println(m)
	}
	fmt.Println(ex.Messages(language.SimplifiedChinese)[0])
	// Output:
	// 光塔街社区基金: 15000.00 yuan
	// 某企业捐赠: 5000.00 yuan
	// 长者助餐: the need is met in full: pass (got 20000.00 yuan; required 20000.00 yuan). Source: 《中共中央 国务院关于加强基层治理体系和治理能力现代化建设的意见》（2021年）
	// 长者助餐 ← 光塔街社区基金: a resource serves the need at a positive margin per unit: pass (got 0.03 yuan; required > 0.00 yuan). Source: 《中共中央 国务院关于加强基层治理体系和治理能力现代化建设的意见》（2021年）
	// 长者助餐 ← 某企业捐赠: a resource serves the need at a positive margin per unit: pass (got 0.02 yuan; required > 0.00 yuan). Source: 《中共中央 国务院关于加强基层治理体系和治理能力现代化建设的意见》（2021年）
	// 长者助餐 ← 邻区基金: a cheaper resource did not serve the need: not applicable (got does not serve the community). Source: 《中共中央 国务院关于加强基层治理体系和治理能力现代化建设的意见》（2021年）
	// 长者助餐：需求得到全部满足——通过（实际 20000.00 元；要求 20000.00 元）。依据：《中共中央 国务院关于加强基层治理体系和治理能力现代化建设的意见》（2021年）
}

// A summary reads the plan's money in yuan, and says in findings which needs, kinds and
// communities are met in full.
func ExampleSummarize() {
	needs := []linkage.Need{
		{ID: "长者陪诊", Community: "440104001001", Kind: linkage.KindVolunteerHours, Quantity: 40, Value: 3000}, // 30 yuan an hour
		{ID: "课后托管", Community: "440104001002", Kind: linkage.KindVolunteerHours, Quantity: 30, Value: 2500},
	}
	resources := []linkage.Resource{
		{ID: "大学生志愿队", Party: linkage.Volunteer, Kind: linkage.KindVolunteerHours, Quantity: 50, UnitCost: 500},
	}
	plan, err := linkage.Match(needs, resources)
	if err != nil {
		fmt.Println(err)
		return
	}
	s, err := linkage.Summarize(needs, resources, plan)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("net", s.NetYuan().StringFixed(2), "yuan; value served", s.Coverage.Percent(2), "of the value needed")
	for _, f := range s.Findings {
		fmt.Printf("%s %s: %s (%s of %s)\n", f.Rule, f.Subject, f.Outcome, f.Got, f.Want)
	}
	fmt.Println(s.Verdict())
	// Output:
	// net 1200.00 yuan; value served 74.36% of the value needed
	// linkage.need.met 课后托管: fail (10 hours of 30 hours)
	// linkage.need.met 长者陪诊: pass (40 hours of 40 hours)
	// linkage.kind.served volunteer-hours: fail (50 hours of 70 hours)
	// linkage.community.served 440104001002: fail (33.33% of 100.00%)
	// linkage.community.served 440104001001: pass (100.00% of 100.00%)
	// not-met
}

// The distance cost between subdistricts given as data (a service's request, a file), as
// socialorg.ParseOptions reads it: the same plan as the Go option.
func ExampleCrossSubdistrictCost() {
	needs := []linkage.Need{{ID: "助餐", Community: "440104001001", Kind: "meals", Quantity: 4, Value: 5000}}
	resources := []linkage.Resource{
		{ID: "远处的食堂", Party: linkage.CommunityEnterprise, Kind: "meals", Quantity: 4, UnitCost: 1000, Home: "440104002001"},
		{ID: "本街的食堂", Party: linkage.CommunityEnterprise, Kind: "meals", Quantity: 4, UnitCost: 2500, Home: "440104001002"},
	}
	opts, err := socialorg.ParseOptions([]byte(`{"set": {"linkage.cross-subdistrict-cost": {"per_unit_yuan": "20",
		"subdistricts": {"440104001001": "440104001", "440104001002": "440104001", "440104002001": "440104002"}}}}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	plan, err := linkage.MatchWith(needs, resources, opts)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(plan.Assignments[0].Resource, plan.Assignments[0].MarginYuan().StringFixed(2), "yuan a meal")
	// Output:
	// 本街的食堂 25.00 yuan a meal
}

// The parties of Five-Society Linkage at a date: none before the 2021 opinion.
func ExamplePartiesAt() {
	ps, cite, err := linkage.PartiesAt(socialorg.MustDate("2026-01-01"))
	fmt.Println(ps, err)
	fmt.Println(cite.Document)
	_, _, err = linkage.PartiesAt(socialorg.MustDate("2021-07-10"))
	fmt.Println(errors.Is(err, socialorg.ErrNotInForce))
	// Output:
	// residents-committee, social-organization, social-worker, volunteer, charitable-resource <nil>
	// 《中共中央 国务院关于加强基层治理体系和治理能力现代化建设的意见》（2021年）
	// true
}
