package registry_test

import (
	"errors"
	"fmt"

	"golang.org/x/text/language"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
)

func ExampleParseCreditCode() {
	c, err := registry.ParseCreditCode(" ５３４４０１００ｍｊ０００００３４５\u3000") // full width, lower case, padded
	if err != nil {
		fmt.Println(err)
		return
	}
	kind, _ := c.Kind()
	div, _ := registry.LookupDivision(c.Division())
	fmt.Println(c, c.Authority().Name(), kind.Chinese(), div.Name, c.OrgCode(), c.OrgCodeValid())

	_, err = registry.ParseCreditCode("53440100MJ00000346")
	fmt.Println(err)
	fmt.Println(errors.Is(err, registry.ErrInvalidCreditCode), errors.Is(err, registry.ErrCodeCheck))
	// Output:
	// 53440100MJ00000345 民政 基金会 广州市 MJ0000034 true
	// registry: invalid credit code "53440100MJ00000346": position 18: check character is 6, want 5
	// true true
}

func ExampleNewCreditCodeParser() {
	// A real code from the 2015 pilots: legal and in use, but its check character is wrong.
	const pilot = "91350100M0001TGQXM"
	_, err := registry.ParseCreditCode(pilot)
	fmt.Println(errors.Is(err, registry.ErrCodeCheck))

	p, err := registry.NewCreditCodeParser(registry.AllowCodes(pilot))
	if err != nil {
		fmt.Println(err)
		return
	}
	c, err := p.Parse(pilot)
	fmt.Println(c, err, c.CheckValid())
	// Output:
	// true
	// 91350100M0001TGQXM <nil> false
}

func ExampleNewCreditCode() {
	org, _ := registry.NewOrgCode("MJ000001")
	c, err := registry.NewCreditCode('5', '1', "440100", org)
	fmt.Println(c, err)
	// Output: 51440100MJ0000018M <nil>
}

func ExampleCheckRegistration() {
	o := registry.Organization{
		Name:              "广州市某某公益协会",
		Kind:              registry.SocialGroup,
		Division:          "440100",
		IndividualMembers: 45,
		Staff:             1,
		Funds:             decimal.RequireFromString("30000"),
		Domicile:          "广州市越秀区",
	}
	r, err := registry.CheckRegistration(o, socialorg.MustDate("2026-11-27"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Eligible(), len(r.Findings))
	for _, f := range r.Failures() {
		fmt.Println(f.Message(language.SimplifiedChinese))
		fmt.Println(f.Message(language.English))
	}
	// Output:
	// false 6
	// 广州市某某公益协会：社会团体会员数（个人 / 单位）——不通过（实际 45 / 0；要求 ≥ 50 / —）。依据：《社会团体登记管理条例》（国务院令第250号，2016年修订）第十条第一款第（一）项
	// 广州市某某公益协会: members of a social group (individual / unit): fail (got 45 / 0; required ≥ 50 / —). Source: 《社会团体登记管理条例》（国务院令第250号，2016年修订）第十条第一款第（一）项
}

func ExampleAssessCoverage() {
	city := registry.City{Code: "440100", Name: "广州市", Districts: []registry.District{{
		Code: "440113", Name: "番禺区",
		Subdistricts: []registry.Subdistrict{{
			Code: "440113001", Name: "某街道", Federations: 1,
			Communities: []registry.Community{
				{Code: "440113001001", Name: "甲社区", Orgs: 12},
				{Code: "440113001002", Name: "乙社区", Orgs: 7},
				{Code: "440113001201", Name: "丙村", Rural: true, Orgs: 5},
			},
		}},
	}}}
	// The MCA's averages (10 per urban community, 5 per village) were set for 2020; a city judging
	// by them later supplies them, with its source.
	ours := socialorg.Citation{Document: "某市社区社会组织培育方案"}
	res, err := registry.AssessCoverage(city, socialorg.MustDate("2026-11-27"),
		socialorg.Supply(registry.UrbanCommunityTarget, 10, ours), socialorg.Supply(registry.RuralCommunityTarget, 5, ours))
	if err != nil {
		fmt.Println(err)
		return
	}
	t := res.Total
	fmt.Printf("urban %d orgs / want %d, met=%v; rural %d / %d, met=%v\n", t.UrbanOrgs, t.UrbanWant, t.UrbanMet(), t.RuralOrgs, t.RuralWant, t.RuralMet())
	for _, s := range res.Shortfalls {
		fmt.Printf("%s %s: %d of %d, short %d\n", s.Code, s.Name, s.Orgs, s.Target, s.Shortfall)
	}
	f, _ := res.Report().Find(registry.RuleCoverageUrbanAverage)
	fmt.Println(f.Message(language.English))
	// Output:
	// urban 19 orgs / want 20, met=false; rural 5 / 5, met=true
	// 440113001002 乙社区: 7 of 10, short 3
	// 440100: community organizations per urban community, on average (totals): fail (got 19; required ≥ 20). Source: 某市社区社会组织培育方案 (caller-supplied)
}
