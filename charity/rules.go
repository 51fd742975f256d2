package charity

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
)

// The legal sources.
const (
	docLaw2016   = "《中华人民共和国慈善法》"
	docLaw2023   = "《中华人民共和国慈善法》（2023年修正）"
	docRules2016 = "《关于慈善组织开展慈善活动年度支出和管理费用的规定》（民发〔2016〕189号）"
	docDraft     = "《关于慈善组织开展慈善活动年度支出、管理费用和募捐成本的规定》（征求意见稿）"
	docOrder59   = "《慈善组织公开募捐管理办法》（民政部令第59号）"
	docOrder74   = "《慈善组织公开募捐管理办法》（民政部令第74号）"
)

var (
	fromLaw2016 = socialorg.MustDate("2016-09-01") // the Charity Law in force
	fromLaw2023 = socialorg.MustDate("2024-09-05") // the 2023 amendment, Orders 73 and 74 in force
	fromDraft   = socialorg.MustDate("2025-11-12") // the successor rules posted for comment

	noteRules2016 = "the rules are dated 2016-10-11 (published 2016-10-20) and implement Charity Law Art. 60; their effective-date clause is not confirmed, so they are dated here with the law they implement"
	noteDraft     = "a draft posted for comment on 12 November (year inferred as 2025); adoption not confirmed: applied only when the caller asks (SpendingInput.ApplyDraftFundraisingCap)"

	citeLaw16 = func(art string) socialorg.Citation { return socialorg.Citation{Document: docLaw2016, Article: art} }
	citeLaw23 = func(art string) socialorg.Citation { return socialorg.Citation{Document: docLaw2023, Article: art} }
	citeRules = func(art string) socialorg.Citation { return socialorg.Citation{Document: docRules2016, Article: art} }
)

// dec reads a decimal literal of a package-level table.
func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// Tier is one row of the annual-spending table: the minimum charitable-activity expenditure as a
// share of the prior year's net assets and/or income, and the ceiling on management expenses as
// a share of total expenditure, for organizations whose prior-year net assets reach MinNetAssets.
type Tier struct {
	ID string // "A", "B", "C1"…"C4", "D1"…"D4", as the domain notes number them
	// MinNetAssets is the tier's lower bound on prior-year net assets, in yuan, inclusive ("高于X
	// （含本数）"); Lowest marks the bottom tier, which has none.
	MinNetAssets decimal.Decimal
	Lowest       bool
	// NetAssetsRatio and IncomeRatio are the floors; a zero ratio means no such floor. Where both
	// are set (tier D4) both apply.
	NetAssetsRatio decimal.Decimal
	IncomeRatio    decimal.Decimal
	MaxManagement  decimal.Decimal
	// ExemptionApplies reports whether Art. 11's exemption (management under 200,000 yuan) covers
	// the tier: it covers Arts. 7–9 only, never foundations with the public-fundraising
	// qualification, whose ceiling comes from the Charity Law itself.
	ExemptionApplies bool
	// Unconfirmed flags a tier whose figures only one secondary source gives.
	Unconfirmed bool
	Cite        socialorg.Citation
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

// Parameters of the annual-spending rules.
var (
	// A: foundations with the public-fundraising qualification (the Charity Law itself).
	tierPFFoundation = socialorg.MustParam("charity.spending.tier.pf-foundation",
		socialorg.Dated[Tier]{From: fromLaw2016, Cite: citeLaw16("第六十条第一款"), Value: Tier{
			ID: "A", Lowest: true, IncomeRatio: dec("0.70"), MaxManagement: dec("0.10"), Cite: citeLaw16("第六十条第一款")}},
		socialorg.Dated[Tier]{From: fromLaw2023, Cite: citeLaw23("第六十一条第一款"), Value: Tier{
			ID: "A", Lowest: true, IncomeRatio: dec("0.70"), MaxManagement: dec("0.10"), Cite: citeLaw23("第六十一条第一款")}})
	// B: social groups and social service agencies with the qualification.
	tierPFOther = socialorg.MustParam("charity.spending.tier.pf-other",
		socialorg.Dated[Tier]{From: fromLaw2016, Cite: citeRules("第七条"), Note: noteRules2016 + "; article number inferred from Art. 11", Value: Tier{
			ID: "B", Lowest: true, IncomeRatio: dec("0.70"), MaxManagement: dec("0.13"), ExemptionApplies: true, Cite: citeRules("第七条")}})
	// C: foundations without the qualification, by prior-year net assets.
	tiersFoundation = socialorg.MustParam("charity.spending.tiers.foundation",
		socialorg.Dated[[]Tier]{From: fromLaw2016, Cite: citeRules("第八条"),
			Note: noteRules2016 + "; tier C3 (4M–8M: 7%, 15%) is not confirmed by two sources and is kept flagged",
			Value: []Tier{
				{ID: "C1", MinNetAssets: dec("60000000"), NetAssetsRatio: dec("0.06"), MaxManagement: dec("0.12"), ExemptionApplies: true, Cite: citeRules("第八条第（一）项")},
				{ID: "C2", MinNetAssets: dec("8000000"), NetAssetsRatio: dec("0.06"), MaxManagement: dec("0.13"), ExemptionApplies: true, Cite: citeRules("第八条第（二）项")},
				// C3 comes from one source only (the domain notes mark it UNCONFIRMED); the issue
				// asks to keep it, flagged: SpendingResult.Tier carries Unconfirmed.
				{ID: "C3", MinNetAssets: dec("4000000"), NetAssetsRatio: dec("0.07"), MaxManagement: dec("0.15"), ExemptionApplies: true, Unconfirmed: true, Cite: citeRules("第八条第（三）项")},
				{ID: "C4", Lowest: true, NetAssetsRatio: dec("0.08"), MaxManagement: dec("0.20"), ExemptionApplies: true, Cite: citeRules("第八条第（四）项")},
			}})
	// D: social groups and social service agencies without the qualification.
	tiersOther = socialorg.MustParam("charity.spending.tiers.other",
		socialorg.Dated[[]Tier]{From: fromLaw2016, Cite: citeRules("第九条"), Note: noteRules2016,
			Value: []Tier{
				{ID: "D1", MinNetAssets: dec("10000000"), NetAssetsRatio: dec("0.06"), MaxManagement: dec("0.13"), ExemptionApplies: true, Cite: citeRules("第九条第（一）项")},
				{ID: "D2", MinNetAssets: dec("5000000"), NetAssetsRatio: dec("0.07"), MaxManagement: dec("0.14"), ExemptionApplies: true, Cite: citeRules("第九条第（二）项")},
				{ID: "D3", MinNetAssets: dec("1000000"), NetAssetsRatio: dec("0.08"), MaxManagement: dec("0.15"), ExemptionApplies: true, Cite: citeRules("第九条第（三）项")},
				{ID: "D4", Lowest: true, NetAssetsRatio: dec("0.08"), IncomeRatio: dec("0.50"), MaxManagement: dec("0.20"), ExemptionApplies: true, Cite: citeRules("第九条第（四）项")},
			}})
	// Management expenses below this many yuan are exempt from the ratios of Arts. 7–9 (strict <).
	managementExemption = socialorg.MustParam("charity.spending.management-exemption-below",
		socialorg.Dated[decimal.Decimal]{From: fromLaw2016, Value: dec("200000"), Cite: citeRules("第十一条"), Note: noteRules2016})
	// The draft cap on fundraising costs: a share of the year's fundraising income. Off by default.
	draftFundraisingCap = socialorg.MustParam("charity.spending.draft-fundraising-cost-cap",
		socialorg.Dated[decimal.Decimal]{From: fromDraft, Value: dec("0.03"), Cite: socialorg.Citation{Document: docDraft}, Note: noteDraft})
)

// Parameters lists every dated parameter of the package, by ID.
func Parameters() []socialorg.Parameter {
	ps := []socialorg.Parameter{
		tierPFFoundation, tierPFOther, tiersFoundation, tiersOther, managementExemption, draftFundraisingCap,
	}
	ps = append(ps, qualificationParameters()...)
	ps = append(ps, planParameters()...)
	socialorg.SortParameters(ps)
	return ps
}
