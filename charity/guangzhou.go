package charity

import "github.com/socialorg/socialorg"

// The rules of the package that hold in one jurisdiction only, as data: a check reads them at the
// place it judges (the plan's Place, else the caller's socialorg.In, else Guangzhou) with
// Param.ReadOptional, so that where no value is declared the rule does not apply, and no check
// names a city. Adding a city's rules is adding its values here (or, for a caller, a
// socialorg.Jurisdiction with overrides, given with socialorg.WithJurisdictions); no check changes.

// 《广州市慈善促进条例》: adopted 2021-03-30, approved by the Guangdong standing committee
// 2021-05-26, published 2021-06-01, in force 2021-09-01 (Art. 39, which repealed the 《广州市募捐
// 条例》). Text read from LawRefBook/Laws (DLC/广东地方法规/…/广州市慈善促进条例(2021-06-01).md).
const docGuangzhou = "《广州市慈善促进条例》"

var (
	fromGuangzhou = socialorg.MustDate("2021-09-01")
	noteGuangzhou = "text read from LawRefBook/Laws (广州市慈善促进条例(2021-06-01).md); Art. 39: in force 2021-09-01"
	citeGuangzhou = func(art string) socialorg.Citation { return socialorg.Citation{Document: docGuangzhou, Article: art} }
)

// useChangeDays is how many days after its decision body approves it a charity files a change
// of a plan's use of the gifts. The Charity Law asks for the filing (2016 Art. 55; 2023 Art.
// 56) but sets no term: the nation has none (Local), Guangzhou sets 10 days.
var useChangeDays = socialorg.MustParam(book, socialorg.ParamSpec[int]{ID: "charity.plan.use-change-filing-days", Unit: "days", Local: true,
	Title: socialorg.Text{Hans: "变更募捐方案规定的捐赠财产用途，经决策机构审议通过后报民政部门备案的期限（日）", Hant: "變更募捐方案規定的捐贈財產用途，經決策機構審議通過後報民政部門備案的期限（日）",
		En: "days after the decision body's approval to file a change of a plan's use of gifts"}})

// Guangzhou (440100): Art. 24 ¶1 「慈善组织确需变更募捐方案规定的捐赠财产用途的，应当经其决策机构审议通过后十日内报
// 民政部门备案并说明理由」.
var _ = socialorg.MustLocal(useChangeDays, "440100",
	socialorg.Dated[int]{From: fromGuangzhou, Value: 10, Cite: citeGuangzhou("第二十四条第一款"), Note: noteGuangzhou})

// The city's other numbers for charities — donors' queries answered within 20 days (Art. 23),
// related-party transactions published within 30 days (Art. 33), a notice of at least 60 days
// when a donor cannot be reached (Art. 24 ¶2) — are deadlines of the compliance calendar
// (calendar's local parameters), which schedules them; no check of this package judges them. Art.
// 14 ¶2's filing 「在开展公开募捐活动前」 is met by every plan that meets the national 10 days (Order
// 74 Art. 11).
