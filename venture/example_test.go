package venture_test

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
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
