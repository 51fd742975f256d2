package charity

import (
	"slices"
	"strings"

	"github.com/socialorg/socialorg"
)

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

// AgreementItems are the items a written agreement with a partner without the qualification
// must settle, as value words ("plan", "cost-sharing", "liability", "disputes").
type AgreementItems []string

// Clone returns a copy, so that no caller can change the library's list.
func (a AgreementItems) Clone() AgreementItems { return slices.Clone(a) }

// String lists the items.
func (a AgreementItems) String() string { return strings.Join(a, ", ") }

// missing returns the items a partner's agreement does not settle, in the list's order: all of
// them when there is no written agreement.
func (a AgreementItems) missing(pt Partner) []string {
	var out []string
	for _, item := range a {
		if !pt.Agreement || !slices.Contains(pt.Covers, item) {
			out = append(out, item)
		}
	}
	return out
}

// agreementWords are the items, as the value words of the partner rule.
var agreementWords = map[string]socialorg.Text{
	"plan":         {Hans: "募捐方案", Hant: "募捐方案", En: "fundraising plan"},
	"cost-sharing": {Hans: "募捐成本分担", Hant: "募捐成本分擔", En: "sharing of fundraising costs"},
	"liability":    {Hans: "违约责任", Hant: "違約責任", En: "liability for breach"},
	"disputes":     {Hans: "争议解决方式", Hant: "爭議解決方式", En: "how disputes are resolved"},
}

// partnerItems is what a charity's written agreement with a partner without the qualification
// must settle. The nation's rules on such partnerships (Charity Law Art. 26) were not read for a
// list of items here, so the nation sets none (Local); Guangzhou sets four.
var partnerItems = socialorg.MustParam(book, socialorg.ParamSpec[AgreementItems]{ID: "charity.plan.partner-agreement-items", Unit: "items", Local: true,
	Title: socialorg.Text{Hans: "与不具有公开募捐资格的组织或者个人合作募捐的书面协议应当载明的事项", Hant: "與不具有公開募捐資格的組織或者個人合作募捐的書面協議應當載明的事項",
		En: "what a written agreement with a partner without the qualification settles"}})

// Guangzhou (440100): Art. 14 ¶3 「具有公开募捐资格的慈善组织与不具有公开募捐资格的组织或者个人合作开展公开
// 募捐，应当依法签订书面协议，明确募捐方案、募捐成本分担、违约责任、争议解决方式等内容」. 「等」 leaves the list
// open: these four are the ones the article names.
var _ = socialorg.MustLocal(partnerItems, "440100",
	socialorg.Dated[AgreementItems]{From: fromGuangzhou, Value: AgreementItems{"plan", "cost-sharing", "liability", "disputes"},
		Cite: citeGuangzhou("第十四条第三款"), Note: noteGuangzhou + "; 「等内容」: the four items named, the list left open"})

// The city's other numbers for charities — donors' queries answered within 20 days (Art. 23),
// related-party transactions published within 30 days (Art. 33), a notice of at least 60 days
// when a donor cannot be reached (Art. 24 ¶2) — are deadlines of the compliance calendar
// (calendar's local parameters), which schedules them; no check of this package judges them. Art.
// 14 ¶2's filing 「在开展公开募捐活动前」 is met by every plan that meets the national 10 days (Order
// 74 Art. 11); its ¶3 (a partner's agreement) is partnerItems above.
