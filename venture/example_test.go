package venture_test

import (
	"fmt"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/venture"
)

func ExampleAllocate() {
	round, err := venture.NewRound(decimal.NewFromInt(900_000), socialorg.MustDate("2025-03-01"))
	if err != nil {
		fmt.Println(err)
		return
	}
	apps := []venture.Application{
		{ID: "长者饭堂", Budget: decimal.NewFromInt(900_000), SelfRaised: decimal.NewFromInt(300_000), Score: decimal.NewFromInt(92)},
		{ID: "助残就业", Budget: decimal.NewFromInt(700_000), SelfRaised: decimal.NewFromInt(280_000), Score: decimal.NewFromInt(88)},
		{ID: "社区议事", Budget: decimal.NewFromInt(200_000), SelfRaised: decimal.NewFromInt(80_000), Score: decimal.NewFromInt(85)},
	}
	al, err := venture.Allocate(round, apps)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range al.Awards {
		fmt.Println(a.Rank, a.ID, a.Amount.StringFixed(2))
	}
	for _, p := range al.PassedOver {
		fmt.Println("passed over:", p.ID, p.Grant.StringFixed(2), p.Limit.Name().En, "with", p.Left.StringFixed(2), "left")
	}
	fmt.Println("funded", al.Funded.StringFixed(2), "remaining", al.Remaining.StringFixed(2))
	// Output:
	// 1 长者饭堂 500000.00
	// 3 社区议事 120000.00
	// passed over: 助残就业 420000.00 the round's budget ran out with 400000.00 left
	// funded 620000.00 remaining 280000.00
}

// Each round is judged by its own notice's conditions. Round 9's notice is not in the library's
// sources, so nothing is judged and the verdict is not clean until the caller supplies the
// conditions with the notice as source.
func ExampleCheckEligibility() {
	a := venture.Applicant{ID: "52440100MJ0000025X", Kind: registry.SocialServiceAgency, Round: 11,
		SiteInGuangzhou: true, BeneficiariesInGuangzhou: true, Capacity: true, WithinScope: true,
		Credit: registry.CreditListing{Status: registry.CreditClear}}
	res, err := venture.CheckEligibility(a, socialorg.MustDate("2023-12-10"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("round 11:", res.Eligible(), len(res.Findings), "findings")

	a.Round = 9
	res, err = venture.CheckEligibility(a, socialorg.MustDate("2022-03-01"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("round 9:", res.Eligible(), res.Verdict(), "- nothing failed:", res.OK())
	fmt.Println(res.Findings[0].Message(language.English))

	notice := socialorg.Citation{Document: "《关于开展第九届广州市社会组织公益创投活动的通知》", Article: "二"}
	res, err = venture.CheckEligibility(a, socialorg.MustDate("2022-03-01"),
		socialorg.Supply(venture.ConditionsKey, venture.Conditions{Round: 9, SameAs: 11}, notice))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("round 9, conditions supplied:", res.Eligible(), len(res.Findings), "findings")
	// Output:
	// round 11: true 8 findings
	// round 9: false undecided - nothing failed: true
	// 52440100MJ0000025X: the applicant conditions of the notice of the round applied to: undecided (got round 9; required not set (caller-supplied)). Source: 《广州市社会组织公益创投项目管理办法》（2019年修订，穗社管规字〔2019〕1号）
	// round 9, conditions supplied: true 8 findings
}

// Allocation.Report explains each application passed over as a finding.
func ExampleAllocation_Report() {
	round, err := venture.NewRound(decimal.NewFromInt(900_000), socialorg.MustDate("2025-03-01"))
	if err != nil {
		fmt.Println(err)
		return
	}
	al, err := venture.Allocate(round, []venture.Application{
		{ID: "长者饭堂", Budget: decimal.NewFromInt(900_000), SelfRaised: decimal.NewFromInt(300_000), Score: decimal.NewFromInt(92)},
		{ID: "助残就业", Budget: decimal.NewFromInt(700_000), SelfRaised: decimal.NewFromInt(280_000), Score: decimal.NewFromInt(88)},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range al.Report().Findings {
		fmt.Println(f.Message(language.English))
	}
	// Output:
	// 助残就业: the grant fits what remains of the round's budget: fail (got 420000.00; required ≤ 400000.00). Source: 《广州市社会组织公益创投项目管理办法》
}

// A round held by a district is judged at the district: Liwan's first round (2024) had a cap of
// 300,000 yuan; the share of the project budget, which its source does not give, is Guangzhou's.
func ExampleNewRound_district() {
	for _, place := range []string{"440100", "440103"} {
		r, err := venture.NewRound(decimal.NewFromInt(2_520_000), socialorg.MustDate("2024-04-15"), socialorg.In(place))
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(place, r.MaxGrant.StringFixed(0), r.MaxShare.String())
	}
	// Output:
	// 440100 500000 0.6
	// 440103 300000 0.6
}

// A place's programme is data: Guangzhou's rounds the sources hold, and Liwan's first.
func ExampleRounds() {
	for _, place := range []string{"440100", "440103", "440104"} {
		rounds, cite, err := venture.Rounds(socialorg.MustDate("2024-05-01"), socialorg.In(place))
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(place, rounds, "|", cite.Document)
	}
	// Output:
	// 440100 rounds 5, 7 (conditions as round 7), 10, 11 (conditions as round 11) | 《广州市社会组织公益创投项目管理办法》（穗社管规字〔2023〕1号）
	// 440103 rounds 1 | 《投250万寻找老城区公益创新行动！荔湾首届社会组织公益创投开始项目征集了》（广州日报新花城，2024年4月）
	// 440104 rounds | 《广州市社会组织公益创投项目管理办法》（穗社管规字〔2023〕1号）
}
