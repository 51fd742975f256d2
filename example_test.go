package socialorg_test

import (
	"errors"
	"fmt"
	"strconv"

	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
)

// A caller declares its own rules and parameters in a Book, in package-level variables, and
// writes its checks with a Checker: its findings render in three languages as the library's do.
var (
	clubBook    = socialorg.NewBook("club")
	clubSources = socialorg.Citation{Document: "《某某俱乐部章程》", Article: "第五条"}
	clubMinimum = socialorg.MustParam(clubBook, socialorg.ParamSpec[int]{ID: "club.min-members", Unit: "members",
		Title:  socialorg.Text{Hans: "俱乐部最少会员数", Hant: "俱樂部最少會員數", En: "minimum members of a club"},
		Values: []socialorg.Dated[int]{{From: socialorg.MustDate("2020-01-01"), Value: 20, Cite: clubSources}}})
	clubMembers = clubBook.MustRule(socialorg.Rule{ID: "club.members",
		Title:   socialorg.Text{Hans: "俱乐部会员数", Hant: "俱樂部會員數", En: "members of a club"},
		Regimes: []socialorg.Regime{{From: socialorg.MustDate("2020-01-01"), Cite: clubSources}}})
)

// checkClub is a caller's own check.
func checkClub(name string, members int, asOf socialorg.Date, opts ...socialorg.Option) (socialorg.Report, error) {
	c := socialorg.NewChecker(name, asOf, opts...)
	min, cite, _ := clubMinimum.Read(&c)
	c.Verdict(clubMembers, members >= min, socialorg.Fig(strconv.Itoa(members)), socialorg.Fig("≥ "+strconv.Itoa(min)), cite)
	return c.Finish()
}

func ExampleBook() {
	rep, _ := checkClub("读书会", 12, socialorg.MustDate("2026-11-27"))
	for _, lang := range socialorg.Languages() {
		fmt.Println(rep.Findings[0].Message(lang))
	}
	_, err := checkClub("读书会", 12, socialorg.MustDate("2019-12-31"))
	fmt.Println(errors.Is(err, socialorg.ErrNotInForce))
	// Output:
	// 读书会：俱乐部会员数——不通过（实际 12；要求 ≥ 20）。依据：《某某俱乐部章程》第五条
	// 读书会：俱樂部會員數——不通過（實際 12；要求 ≥ 20）。依據：《某某俱乐部章程》第五条
	// 读书会: members of a club: fail (got 12; required ≥ 20). Source: 《某某俱乐部章程》第五条
	// true
}

func ExampleFinding_Message() {
	f := socialorg.Finding{
		Rule:    "club.members",
		Subject: "读书会",
		Outcome: socialorg.Fail,
		Got:     "12",
		Want:    "≥ 20",
		Cite:    socialorg.Citation{Document: "《某某俱乐部章程》", Article: "第五条"},
	}
	fmt.Println(f.Message(language.MustParse("zh-TW")))
	fmt.Println(f.Message(socialorg.MatchAcceptLanguage("fr, en;q=0.8")))
	// Output:
	// 读书会：俱樂部會員數——不通過（實際 12；要求 ≥ 20）。依據：《某某俱乐部章程》第五条
	// 读书会: members of a club: fail (got 12; required ≥ 20). Source: 《某某俱乐部章程》第五条
}

func ExampleSupply() {
	// The same check under the caller's own value, cited as caller-supplied. (clubMinimum is not
	// suppliable, so the check refuses the value and says why.)
	_, err := checkClub("读书会", 12, socialorg.MustDate("2026-11-27"),
		socialorg.Supply(clubMinimum.Key(), 10, socialorg.Citation{Document: "理事会决议"}))
	fmt.Println(err)
	// Output:
	// socialorg: invalid supply.club.min-members = "10": a parameter the caller may supply
}

func ExampleParam_At() {
	wait, _ := socialorg.NewParam(socialorg.ParamSpec[int]{ID: "example.pf.min-years", Values: []socialorg.Dated[int]{
		{From: socialorg.MustDate("2016-09-01"), Until: socialorg.MustDate("2024-09-04"), Value: 2,
			Cite: socialorg.Citation{Document: "《中华人民共和国慈善法》", Article: "第二十二条"}},
		{From: socialorg.MustDate("2024-09-05"), Value: 1,
			Cite: socialorg.Citation{Document: "《中华人民共和国慈善法》（2023年修正）", Article: "第二十二条"}},
	}})
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

func ExampleRatio_Percent() {
	fmt.Println(socialorg.NewRatio(2, 3).Percent(2), socialorg.Change{From: 807, To: 1913}.Growth().Percent(2))
	// Output: 66.67% 137.05%
}

func ExampleMatchAcceptLanguage() {
	fmt.Println(socialorg.MatchAcceptLanguage("fr, en;q=0.8"), socialorg.MatchAcceptLanguage("zh-HK"), socialorg.MatchAcceptLanguage("fr"))
	// Output: en zh-Hant zh-Hans
}

// A city the library holds no rules for is added as data: its values for the parameters it sets,
// in the JSON form the parameters export, given to the checks with WithJurisdictions. Here a
// made-up club rule of Yunfu (445300): clubs there need 30 members from 2024. A check judging
// at a place inside Yunfu reads Yunfu's value; elsewhere the book's own value holds. No check
// changes.
func ExampleParseJurisdiction() {
	yunfu, err := socialorg.ParseJurisdiction([]byte(`{
		"code": "445300",
		"name": {"zh_hans": "云浮市", "zh_hant": "雲浮市", "en": "Yunfu"},
		"parameters": [{"id": "club.min-members", "values": [
			{"from": "2024-01-01", "value": 30, "cite": {"document": "《云浮市某某俱乐部管理办法》", "article": "第三条"}}]}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	asOf := socialorg.MustDate("2025-06-30")
	for _, place := range []string{"445302", "440103"} { // a district of Yunfu; Liwan, Guangzhou
		r, _ := checkClub("某某俱乐部", 25, asOf, socialorg.In(place), socialorg.WithJurisdictions(yunfu))
		fmt.Println(place, r.Findings[0].Outcome, r.Findings[0].Want, r.Findings[0].Cite.Document)
	}
	// Output:
	// 445302 fail ≥ 30 《云浮市某某俱乐部管理办法》
	// 440103 pass ≥ 20 《某某俱乐部章程》
}

// A parameter resolves at a date and a place, with where its value comes from: what a service
// answers to "what is this threshold, here, on that day".
func ExampleResolve() {
	r, err := socialorg.Resolve(clubBook, "club.min-members", socialorg.MustDate("2025-06-30"), socialorg.In("440103"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Value, r.Jurisdiction, r.Cite)
	// Output:
	// 20 100000 《某某俱乐部章程》第五条
}
