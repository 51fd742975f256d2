package charity

import (
	"fmt"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/money"
)

// book holds every rule and parameter of the package, recorded as they are declared.
var book = socialorg.NewBook("charity")

// Rules lists the package's rules (ID, titles, regimes with their citations), by ID.
func Rules() []socialorg.Rule { return book.Rules() }

// Parameters lists every dated parameter of the package, by ID.
func Parameters() []socialorg.Parameter { return book.Parameters() }

// The legal sources.
const (
	docLaw2016   = "《中华人民共和国慈善法》"
	docLaw2023   = "《中华人民共和国慈善法》（2023年修正）"
	docRules2016 = "《关于慈善组织开展慈善活动年度支出和管理费用的规定》（民发〔2016〕189号）"
	docDraft     = "《关于慈善组织开展慈善活动年度支出、管理费用和募捐成本的规定》（征求意见稿）"
	docOrder59   = "《慈善组织公开募捐管理办法》（民政部令第59号）"
	docOrder74   = "《慈善组织公开募捐管理办法》（民政部令第74号）"
	docOrder400  = "《基金会管理条例》（国务院令第400号）"
)

var (
	fromOrder400 = socialorg.MustDate("2004-06-01") // the Regulations on Foundations in force
	fromLaw2016  = socialorg.MustDate("2016-09-01") // the Charity Law and Order 59 in force
	fromLaw2023  = socialorg.MustDate("2024-09-05") // the 2023 amendment, Orders 73 and 74 in force
	untilLaw2016 = fromLaw2023.AddDays(-1)
	fromDraft    = socialorg.MustDate("2025-11-12") // the successor rules posted for comment

	noteRules2016 = "the rules are dated 2016-10-11 (published 2016-10-20) and implement Charity Law Art. 60; their effective-date clause is not confirmed, so they are dated here with the law they implement"
	noteDraft     = "a draft posted for comment on 12 November (year inferred as 2025); adoption not confirmed: applied only when the caller asks (DraftFundraisingCap)"
	noteOrder400  = "「公募基金会每年用于从事章程规定的公益事业支出，不得低于上一年总收入的70%；非公募基金会…不得低于上一年基金余额的8%。基金会工作人员工资福利和行政办公支出不得超过当年总支出的10%」 (text read on cucef.cuc.edu.cn); the fund balance is read as the prior year-end net assets"

	citeLaw16   = func(art string) socialorg.Citation { return socialorg.Citation{Document: docLaw2016, Article: art} }
	citeLaw23   = func(art string) socialorg.Citation { return socialorg.Citation{Document: docLaw2023, Article: art} }
	citeRules   = func(art string) socialorg.Citation { return socialorg.Citation{Document: docRules2016, Article: art} }
	cite59      = func(art string) socialorg.Citation { return socialorg.Citation{Document: docOrder59, Article: art} }
	cite74      = func(art string) socialorg.Citation { return socialorg.Citation{Document: docOrder74, Article: art} }
	cite400Art  = socialorg.Citation{Document: docOrder400, Article: "第二十九条"}
	citeSpend16 = citeLaw16("第六十条")
	citeSpend23 = citeLaw23("第六十一条")
)

// dec reads a decimal literal of a package-level table.
func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// Tier is one row of the annual-spending table: the minimum charitable-activity expenditure as a
// share of the prior year's net assets and/or income, and the ceiling on management expenses as
// a share of total expenditure, for organizations whose prior-year net assets reach MinNetAssets.
type Tier struct {
	ID string `json:"id"` // "A", "B", "C1"…"C4", "D1"…"D4"
	// MinNetAssets is the tier's lower bound on prior-year net assets, in yuan, inclusive ("高于X
	// （含本数）"); Lowest marks the bottom tier, which has none.
	MinNetAssets decimal.Decimal `json:"min_net_assets"`
	Lowest       bool            `json:"lowest,omitempty"`
	// NetAssetsRatio and IncomeRatio are the floors; a zero ratio means no such floor. Where both
	// are set (tier D4) both apply.
	NetAssetsRatio decimal.Decimal `json:"net_assets_ratio"`
	IncomeRatio    decimal.Decimal `json:"income_ratio"`
	MaxManagement  decimal.Decimal `json:"max_management"`
	// ExemptionApplies reports whether Art. 11's exemption (management under 200,000 yuan) covers
	// the tier: it covers Arts. 7–9 only, never foundations with the public-fundraising
	// qualification, whose ceiling comes from the Charity Law itself.
	ExemptionApplies bool `json:"exemption_applies,omitempty"`
	// Unconfirmed flags a tier whose figures only one secondary source gives; findings that rest on
	// it say so too.
	Unconfirmed bool               `json:"unconfirmed,omitempty"`
	Cite        socialorg.Citation `json:"cite"`
}

// String describes the tier for parameter listings.
func (t Tier) String() string {
	var b strings.Builder
	b.WriteString(t.ID)
	if !t.Lowest {
		fmt.Fprintf(&b, " net assets ≥ %s:", t.MinNetAssets)
	} else {
		b.WriteString(" lowest:")
	}
	if t.NetAssetsRatio.IsPositive() {
		fmt.Fprintf(&b, " ≥ %s × net assets", t.NetAssetsRatio)
	}
	if t.IncomeRatio.IsPositive() {
		fmt.Fprintf(&b, " ≥ %s × income", t.IncomeRatio)
	}
	fmt.Fprintf(&b, ", management ≤ %s", t.MaxManagement)
	if t.Unconfirmed {
		b.WriteString(" (unconfirmed)")
	}
	return b.String()
}

// Tiers is a table of tiers, from the highest net assets down, ending with the lowest tier.
type Tiers []Tier

// Clone returns a copy of the table, so that no caller can change the library's.
func (ts Tiers) Clone() Tiers { return slices.Clone(ts) }

// String lists the tiers.
func (ts Tiers) String() string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = t.String()
	}
	return strings.Join(parts, "; ")
}

// tierTable is a table of four tiers held by value: reading it copies it, without an allocation,
// and no caller can change the library's.
type tierTable [4]Tier

// String lists the tiers.
func (t tierTable) String() string { return Tiers(t[:]).String() }

// checkTierTable validates a supplied table: each tier with an ID, a minimum of net assets in whole
// fen, ratios from 0 to 1 (a positive floor on net assets or income, a positive management limit),
// minimums falling from tier to tier, and a last tier that takes every lower amount (Lowest).
func checkTierTable(t tierTable) error {
	p := socialorg.Problems{Package: pkg}
	one := decimal.NewFromInt(1)
	ratio := func(i int, field string, d decimal.Decimal, positive bool) {
		if _, err := socialorg.RatioOf(d); err != nil || d.IsNegative() || d.GreaterThan(one) || positive && !d.IsPositive() {
			p.Add(socialorg.Path("tiers", i, field), d, "a ratio from 0 to 1")
		}
	}
	var prev int64
	for i := range t {
		x := &t[i]
		if x.ID == "" || len(x.ID) > maxTierID {
			p.Add(socialorg.Path("tiers", i, "id"), x.ID, "required, at most 64 bytes")
		}
		ratio(i, "net_assets_ratio", x.NetAssetsRatio, false)
		ratio(i, "income_ratio", x.IncomeRatio, false)
		ratio(i, "max_management", x.MaxManagement, true)
		if !x.NetAssetsRatio.IsPositive() && !x.IncomeRatio.IsPositive() {
			p.Add(socialorg.Path("tiers", i, "net_assets_ratio"), x.NetAssetsRatio, "a positive floor on net assets or income")
		}
		if x.Lowest {
			continue
		}
		before := p.Len()
		min := money.Reader{}.NonNegative(&p, socialorg.Path("tiers", i, "min_net_assets"), x.MinNetAssets)
		if p.Len() == before && i > 0 && min >= prev {
			p.Add(socialorg.Path("tiers", i, "min_net_assets"), x.MinNetAssets, "below the tier before")
		}
		prev = min
	}
	if last := len(t) - 1; !t[last].Lowest {
		p.Add(socialorg.Path("tiers", last, "lowest"), false, "true: the last tier takes every lower amount")
	}
	return p.Err()
}

// maxTierID bounds a supplied tier's ID.
const maxTierID = 64

// tierParam declares a parameter holding one tier.
func tierParam(id string, title socialorg.Text, vs ...socialorg.Dated[Tier]) socialorg.Param[Tier] {
	return socialorg.MustParam(book, socialorg.ParamSpec[Tier]{ID: id, Unit: "tier", Title: title, Values: vs})
}

// Parameters of the annual-spending rules.
var (
	// A: foundations with the public-fundraising qualification (the Charity Law itself).
	tierPFFoundation = tierParam("charity.spending.tier.pf-foundation",
		socialorg.Text{Hans: "具有公开募捐资格的基金会", Hant: "具有公開募捐資格的基金會", En: "foundations with the public-fundraising qualification"},
		socialorg.Dated[Tier]{From: fromLaw2016, Until: untilLaw2016, Cite: citeLaw16("第六十条第一款"), Value: Tier{
			ID: "A", Lowest: true, IncomeRatio: dec("0.70"), MaxManagement: dec("0.10"), Cite: citeLaw16("第六十条第一款")}},
		socialorg.Dated[Tier]{From: fromLaw2023, Cite: citeLaw23("第六十一条第一款"), Value: Tier{
			ID: "A", Lowest: true, IncomeRatio: dec("0.70"), MaxManagement: dec("0.10"), Cite: citeLaw23("第六十一条第一款")}})
	// B: social groups and social service agencies with the qualification.
	tierPFOther = tierParam("charity.spending.tier.pf-other",
		socialorg.Text{Hans: "具有公开募捐资格的社会团体和社会服务机构", Hant: "具有公開募捐資格的社會團體和社會服務機構", En: "social groups and agencies with the qualification"},
		socialorg.Dated[Tier]{From: fromLaw2016, Cite: citeRules("第七条"), Note: noteRules2016 + "; article number inferred from Art. 11", Value: Tier{
			ID: "B", Lowest: true, IncomeRatio: dec("0.70"), MaxManagement: dec("0.13"), ExemptionApplies: true, Cite: citeRules("第七条")}})
	// C: foundations without the qualification, by prior-year net assets.
	// The caller may supply the table (socialorg.ParseOptions: its JSON is a list of four tiers) from
	// a source that confirms tier C3; checkTierTable validates it.
	tiersFoundation = socialorg.MustParam(book, socialorg.ParamSpec[tierTable]{ID: "charity.spending.tiers.foundation", Unit: "table",
		Suppliable: true, Check: checkTierTable,
		Title: socialorg.Text{Hans: "不具有公开募捐资格的基金会（按上年末净资产分档）", Hant: "不具有公開募捐資格的基金會（按上年末淨資產分檔）", En: "foundations without the qualification, by prior-year net assets"},
		Values: []socialorg.Dated[tierTable]{{From: fromLaw2016, Cite: citeRules("第八条"),
			Note: noteRules2016 + "; tier C3 (4M–8M: 7%, 15%) is not confirmed by a second source (the first is a recollection): its bands keep the table whole, but its findings are undecided unless the caller supplies this table from a source it holds",
			Value: tierTable{
				{ID: "C1", MinNetAssets: dec("60000000"), NetAssetsRatio: dec("0.06"), MaxManagement: dec("0.12"), ExemptionApplies: true, Cite: citeRules("第八条第（一）项")},
				{ID: "C2", MinNetAssets: dec("8000000"), NetAssetsRatio: dec("0.06"), MaxManagement: dec("0.13"), ExemptionApplies: true, Cite: citeRules("第八条第（二）项")},
				// C3 is not confirmed by a second source: SpendingResult.Tier carries Unconfirmed,
				// and CheckAnnualSpending's findings on it are undecided (its Want says so).
				{ID: "C3", MinNetAssets: dec("4000000"), NetAssetsRatio: dec("0.07"), MaxManagement: dec("0.15"), ExemptionApplies: true, Unconfirmed: true, Cite: citeRules("第八条第（三）项")},
				{ID: "C4", Lowest: true, NetAssetsRatio: dec("0.08"), MaxManagement: dec("0.20"), ExemptionApplies: true, Cite: citeRules("第八条第（四）项")},
			}}}})
	// D: social groups and social service agencies without the qualification.
	tiersOther = socialorg.MustParam(book, socialorg.ParamSpec[tierTable]{ID: "charity.spending.tiers.other", Unit: "table",
		Title: socialorg.Text{Hans: "不具有公开募捐资格的社会团体和社会服务机构（按上年末净资产分档）", Hant: "不具有公開募捐資格的社會團體和社會服務機構（按上年末淨資產分檔）", En: "social groups and agencies without the qualification, by prior-year net assets"},
		Values: []socialorg.Dated[tierTable]{{From: fromLaw2016, Cite: citeRules("第九条"), Note: noteRules2016,
			Value: tierTable{
				{ID: "D1", MinNetAssets: dec("10000000"), NetAssetsRatio: dec("0.06"), MaxManagement: dec("0.13"), ExemptionApplies: true, Cite: citeRules("第九条第（一）项")},
				{ID: "D2", MinNetAssets: dec("5000000"), NetAssetsRatio: dec("0.07"), MaxManagement: dec("0.14"), ExemptionApplies: true, Cite: citeRules("第九条第（二）项")},
				{ID: "D3", MinNetAssets: dec("1000000"), NetAssetsRatio: dec("0.08"), MaxManagement: dec("0.15"), ExemptionApplies: true, Cite: citeRules("第九条第（三）项")},
				{ID: "D4", Lowest: true, NetAssetsRatio: dec("0.08"), IncomeRatio: dec("0.50"), MaxManagement: dec("0.20"), ExemptionApplies: true, Cite: citeRules("第九条第（四）项")},
			}}}})
	// Foundations that are not charitable organizations: the Regulations on Foundations.
	tierOrder400Public = tierParam("charity.spending.tier.order400-public",
		socialorg.Text{Hans: "非慈善组织的公募基金会（基金会管理条例）", Hant: "非慈善組織的公募基金會（基金會管理條例）", En: "public foundations that are not charities (Regulations on Foundations)"},
		socialorg.Dated[Tier]{From: fromOrder400, Cite: cite400Art, Note: noteOrder400, Value: Tier{
			ID: "F-public", Lowest: true, IncomeRatio: dec("0.70"), MaxManagement: dec("0.10"), Cite: cite400Art}})
	tierOrder400NonPublic = tierParam("charity.spending.tier.order400-non-public",
		socialorg.Text{Hans: "非慈善组织的非公募基金会（基金会管理条例）", Hant: "非慈善組織的非公募基金會（基金會管理條例）", En: "non-public foundations that are not charities (Regulations on Foundations)"},
		socialorg.Dated[Tier]{From: fromOrder400, Cite: cite400Art, Note: noteOrder400, Value: Tier{
			ID: "F-non-public", Lowest: true, NetAssetsRatio: dec("0.08"), MaxManagement: dec("0.10"), Cite: cite400Art}})
	// Management expenses below this many yuan are exempt from the ratios of Arts. 7–9 (strict <).
	managementExemption = socialorg.MustParam(book, socialorg.ParamSpec[decimal.Decimal]{ID: "charity.spending.management-exemption-below", Unit: "yuan",
		Title:  socialorg.Text{Hans: "管理费用比例豁免线（年度管理费用低于）", Hant: "管理費用比例豁免線（年度管理費用低於）", En: "management expenses below which the ratio does not apply"},
		Values: []socialorg.Dated[decimal.Decimal]{{From: fromLaw2016, Value: dec("200000"), Cite: citeRules("第十一条"), Note: noteRules2016}}})
	// The draft cap on fundraising costs: a share of the year's fundraising income. Off by default.
	draftFundraisingCap = socialorg.MustParam(book, socialorg.ParamSpec[decimal.Decimal]{ID: "charity.spending.draft-fundraising-cost-cap", Unit: "ratio",
		Title:  socialorg.Text{Hans: "募捐成本占当年募捐收入比例上限（征求意见稿）", Hant: "募捐成本佔當年募捐收入比例上限（徵求意見稿）", En: "cap on fundraising costs as a share of fundraising income (draft)"},
		Values: []socialorg.Dated[decimal.Decimal]{{From: fromDraft, Value: dec("0.03"), Cite: socialorg.Citation{Document: docDraft}, Note: noteDraft}}})
)

// draftCapKey switches on the draft fundraising-cost cap.
var draftCapKey = socialorg.NewKey[bool]("charity.spending.apply-draft-fundraising-cap")

// DraftFundraisingCap makes CheckAnnualSpending also check fundraising costs against the draft
// successor rules' cap (3% of the year's fundraising income). The draft is not confirmed as
// adopted, so the check is off unless the caller asks; asked at a date before the draft, it is an
// error matching socialorg.ErrNotInForce.
func DraftFundraisingCap() socialorg.Option { return socialorg.Enable(draftCapKey) }
