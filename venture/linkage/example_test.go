package linkage_test

import (
	"fmt"

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
