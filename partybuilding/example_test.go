package partybuilding_test

import (
	"fmt"

	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
	pb "github.com/socialorg/socialorg/partybuilding"
	"github.com/socialorg/socialorg/registry"
)

func ExampleRequire() {
	for _, n := range [][2]int{{0, 0}, {2, 3}, {3, 0}, {7, 0}, {49, 5}, {50, 0}, {100, 0}} {
		r, err := pb.Require(n[0], n[1])
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%d formal + %d probationary: %s, committee %v\n", n[0], n[1], r.Form.Chinese(), r.Committee)
	}
	// Output:
	// 0 formal + 0 probationary: 党建工作覆盖, committee false
	// 2 formal + 3 probationary: 联合党支部, committee false
	// 3 formal + 0 probationary: 党支部, committee false
	// 7 formal + 0 probationary: 党支部, committee true
	// 49 formal + 5 probationary: 党支部, committee true
	// 50 formal + 0 probationary: 党总支, committee false
	// 100 formal + 0 probationary: 基层党委, committee false
}

func ExampleTally() {
	units := []pb.Unit{
		{ID: "a", Formal: 5, Has: pb.Branch, Operating: true},
		{ID: "b", Formal: 1, Has: pb.JointBranch, OrgID: "J", Host: true, Operating: true},
		{ID: "c", Formal: 2, Has: pb.JointBranch, OrgID: "J"},
		{ID: "d", Instructor: true, Operating: true},
		{ID: "e", Formal: 3, Operating: true},
	}
	// Tally two shards and merge: the same as tallying all five.
	c := pb.Tally(units[:2]).Merge(pb.Tally(units[2:]))
	r := c.Rates()
	fmt.Println(c.Organizations, "organizations,", c.OrgCovered, "org-covered,", c.WorkCovered, "work-covered")
	fmt.Println("of eligible:", r.OrgOfEligible.Percent(2), "of all:", r.OrgOfAll.Percent(2), "of operating:", r.OrgOfOperating.Percent(2), "work:", r.WorkOfAll.Percent(2))
	// Output:
	// 2 organizations, 3 org-covered, 4 work-covered
	// of eligible: 50.00% of all: 60.00% of operating: 50.00% work: 80.00%
}

func ExampleAssess() {
	units := []pb.Unit{{
		ID: "51440100MJ0000018M", Formal: 8, Has: pb.Branch, Kind: registry.SocialGroup,
		LastElection: socialorg.MustDate("2022-06-30"), Charter: pb.FullLeadershipClause,
	}}
	as, err := pb.Assess(units, socialorg.MustDate("2026-11-27"))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range as[0].Actions {
		fmt.Println(a.Message(language.English))
	}
	for _, f := range as[0].Failures() {
		fmt.Println(f.Message(language.SimplifiedChinese))
	}
	// Output:
	// elect a branch committee
	// hold the overdue election
	// 51440100MJ0000018M：正式党员7人以上的党支部（含联合党支部）设立支部委员会——不通过（实际 否；要求 是）。依据：《中国共产党支部工作条例（试行）》（中发〔2018〕38号）第六章
	// 51440100MJ0000018M：党组织按期换届（任期届满日）——不通过（实际 2025-06-30；要求 ≥ 2026-11-27）。依据：《中国共产党支部工作条例（试行）》（中发〔2018〕38号）第六章
}

// The 50 and 100 figures come from the rules for Party and state organs: for a social organization
// Assess gives them as advice, and judges them as duties only under StrictForms.
func ExampleStrictForms() {
	units := []pb.Unit{{ID: "u", Formal: 60, Has: pb.Branch, Committee: true, Kind: registry.SocialGroup,
		LastElection: socialorg.MustDate("2025-06-30"), Charter: pb.FullLeadershipClause}}
	for _, opts := range [][]socialorg.Option{nil, {pb.StrictForms()}} {
		as, _ := pb.Assess(units, socialorg.MustDate("2026-11-27"), opts...)
		f, _ := as[0].Find(pb.RuleFormSize)
		fmt.Println(f.Message(language.English))
	}
	// Output:
	// u: a general branch from 50 members, a primary committee from 100 (advice): not applicable (got branch; required ≥ general branch). Source: 《中国共产党党和国家机关基层组织工作条例》（2019年）第六条
	// u: a general branch from 50 members, a primary committee from 100 (advice): fail (got branch; required ≥ general branch). Source: 《中国共产党党和国家机关基层组织工作条例》（2019年）第六条
}
