package calendar_test

import (
	"fmt"
	"os"

	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/calendar"
	"github.com/socialorg/socialorg/registry"
)

// A Guangzhou foundation that is a charity signed a trust as trustee and dealt with a related
// party: its tasks for the first half of 2026, judged on 15 April.
func ExampleObligations() {
	p := calendar.Profile{
		Code:       registry.MustCreditCode("53440100MJ00000345"),
		Registered: socialorg.MustDate("2019-05-01"),
		Charity:    true,
		Events: []calendar.Event{
			{Kind: calendar.EventTrustSigned, On: socialorg.MustDate("2026-02-10"), Ref: "T-1"},
			{Kind: calendar.EventRelatedPartyDeal, On: socialorg.MustDate("2026-04-01"), Ref: "D-7"},
			{Kind: calendar.EventCharitableActivity, On: socialorg.MustDate("2026-03-01")},
		},
		Done: []calendar.Completion{{ID: "53440100MJ00000345/trust.filing/2026-02-17/f8b2abde0b83dae8", On: socialorg.MustDate("2026-02-15")}},
	}
	cal, err := calendar.Obligations(p, socialorg.MustDate("2026-01-01"), socialorg.MustDate("2026-06-30"),
		calendar.AsOf(socialorg.MustDate("2026-04-15")))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range cal.Tasks {
		fmt.Printf("%s %-8s %s\n", t.Due, t.Status, t.Title(language.English))
	}
	fmt.Println(cal.Tasks[1].Message(language.SimplifiedChinese))
	// Output:
	// 2026-02-17 done     the trustee files the charitable trust with the civil-affairs department
	// 2026-03-31 overdue  report on last year to the registration authority, annual inspection (foundation)
	// 2026-03-31 overdue  a charity's annual work and financial reports to its civil-affairs department
	// 2026-05-01 due      publish a dealing with an important related party
	// 2026-05-01 due      publish a transaction with a founder, major donor or manager after it ends
	// 2026-05-31 due      publish the annual work and financial reports on the charity information platform
	// 2026-05-31 due      file the list of related parties
	// 53440100MJ00000345：向登记管理机关报送上一年度工作报告，接受年度检查（基金会）——截止 2026-03-31（自 2026-01-01 起）；状态：已逾期。逾期后果：未按规定时限报送年度工作报告的，列入活动异常名录（依据：《社会组织信用信息管理办法》（民政部令第60号））。依据：《基金会管理条例》（国务院令第400号）第三十六条
}

// The calendar as an iCalendar object: CRLF lines folded at 75 octets, one all-day event per task.
func ExampleCalendar_WriteICS() {
	p := calendar.Profile{Code: registry.MustCreditCode("52440100MJ0000026D"), Registered: socialorg.MustDate("2020-03-01"), DirectlyRegistered: true}
	cal, _ := calendar.Obligations(p, socialorg.MustDate("2026-01-01"), socialorg.MustDate("2026-12-31"))
	_ = cal.WriteICS(os.Stdout, language.English)
	// Output is not shown: lines end in CRLF.
}
