package charity

import (
	"encoding/json"
	"math/big"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/enum"
	"github.com/socialorg/socialorg/internal/fen"
	"github.com/socialorg/socialorg/internal/money"
	"github.com/socialorg/socialorg/registry"
)

// SpendingInput are an organization's figures for one financial year. Amounts are in yuan, with at
// most two decimal places.
type SpendingInput struct {
	Kind                  registry.Kind   `json:"kind"`               // Foundation, SocialGroup or SocialServiceAgency
	PublicFundraising     bool            `json:"public_fundraising"` // holds the public-fundraising qualification (a public foundation, for a foundation that is not a charity)
	PriorYearIncome       decimal.Decimal `json:"prior_year_income"`  // prior-year total income, adjusted as the 2016 rules' Art. 10 says
	PriorYearNetAssets    decimal.Decimal `json:"prior_year_net_assets"`
	CharitableExpenditure decimal.Decimal `json:"charitable_expenditure"` // this year's charitable-activity expenditure
	ManagementExpense     decimal.Decimal `json:"management_expense"`     // this year's management expenses
	TotalExpenditure      decimal.Decimal `json:"total_expenditure"`      // this year's total expenditure

	// Subject names the organization in findings (a credit code, a name); optional.
	Subject string `json:"subject,omitempty"`
	// Year is the financial year judged; it chooses the regime (Charity Law Art. 60 for years that
	// end before 2024-09-05, Art. 61 after). Zero judges under the regime in force at the check's
	// date.
	Year int `json:"year,omitempty"`
	// ThreeYearIncome and ThreeYearNetAssets, when given (three values each, oldest first, the last
	// being the prior year), are an alternative base: 189号 Art. 10 lets the averages replace the
	// prior year's figures 「计算年度慈善活动支出比例时」, and the Charity Law (Art. 60/61) accepts 70%
	// of either base. The tier stays keyed on PriorYearNetAssets. Net assets may be negative.
	ThreeYearIncome    []decimal.Decimal `json:"three_year_income,omitempty"`
	ThreeYearNetAssets []decimal.Decimal `json:"three_year_net_assets,omitempty"`
	// NonCharity marks an organization that is not a charitable organization (neither registered nor
	// recognised as one under the Charity Law). A foundation is then judged by the Regulations on
	// Foundations (Order 400 Art. 29): public welfare spending ≥ 70% of the prior year's income for a
	// public foundation (PublicFundraising) and ≥ 8% of the prior year's fund balance
	// (PriorYearNetAssets) for a non-public one, and staff and office costs ≤ 10% of total
	// expenditure. The spending rules do not reach a social group or agency that is not a charity.
	NonCharity bool `json:"non_charity,omitempty"`
	// StaffAndOfficeExpense is the year's staff pay and benefits and administrative office costs
	// (工作人员工资福利和行政办公支出), which Order 400 Art. 29 caps for foundations that are not charities.
	StaffAndOfficeExpense decimal.Decimal `json:"staff_and_office_expense"`
	// FundraisingCost and FundraisingIncome are checked against the draft cap when the caller asks
	// (DraftFundraisingCap).
	FundraisingCost   decimal.Decimal `json:"fundraising_cost"`
	FundraisingIncome decimal.Decimal `json:"fundraising_income"`
	// IncomeClampedFrom is set by FiguresFromLedger when the adjusted prior-year income came out
	// negative (refunds of earlier gifts) and PriorYearIncome was set to zero; the check then says
	// so in a finding.
	IncomeClampedFrom decimal.Decimal `json:"income_clamped_from,omitzero"`
}

// Base is the base a spending minimum was met on (or measured against).
type Base uint8

// The bases of the spending minimum.
const (
	PriorYearBase    Base = iota + 1 // the prior year's income or net assets
	ThreeYearAverage                 // the average of the last three years (189号 Art. 10)
)

var baseNames = enum.Names[Base]{Type: "Base", Text: []string{"", "prior-year", "three-year-average"},
	Names: []socialorg.Text{{},
		{Hans: "上年", Hant: "上年", En: "prior year"},
		{Hans: "前三年平均", Hant: "前三年平均", En: "three-year average"}}}

// String returns "prior-year" or "three-year-average" ("" for the zero Base).
func (b Base) String() string { return baseNames.String(b) }

// MarshalText encodes b as String does.
func (b Base) MarshalText() ([]byte, error) { return baseNames.Marshal(b) }

// UnmarshalText decodes what MarshalText encodes.
func (b *Base) UnmarshalText(t []byte) error { return baseNames.Unmarshal(t, b) }

// UnmarshalJSON decodes a JSON string as UnmarshalText does.
func (b *Base) UnmarshalJSON(t []byte) error { return baseNames.DecodeJSON(t, b) }

// SpendingResult is the verdict on a year's spending.
type SpendingResult struct {
	socialorg.Report
	MinCharitable      decimal.Decimal `json:"min_charitable"`       // the least charitable expenditure the rules require, rounded up to the fen
	MaxManagementRatio decimal.Decimal `json:"max_management_ratio"` // e.g. 0.10
	CharitableOK       bool            `json:"charitable_ok"`
	ManagementOK       bool            `json:"management_ok"`     // true also when exempt
	ManagementExempt   bool            `json:"management_exempt"` // management expenses under 200,000 yuan, where Art. 11 applies
	// Tier is the row of the spending table that applied; Tier.Unconfirmed flags the one tier
	// (foundations without the qualification, 4M–8M) that only one source gives.
	Tier Tier `json:"tier"`
	// Base is the base the minimum was met on (prior-year first), or the prior-year base when it
	// was met on neither.
	Base Base `json:"base"`
	// FundraisingOK is the draft cap's verdict; true when the cap was not applied.
	FundraisingOK bool `json:"fundraising_ok"`
}

// MarshalJSON encodes the result with its "verdict", derived from the findings ("met", "not-met",
// "undecided"): CharitableOK and ManagementOK stay as they are (the contract's fields), and the
// verdict also weighs the other findings (the draft cap when asked, a clamped income).
func (r SpendingResult) MarshalJSON() ([]byte, error) {
	type plain SpendingResult
	b, err := json.Marshal(plain(r))
	if err != nil {
		return nil, err
	}
	return socialorg.WithVerdict(b, r.Report, "")
}

// The IDs of the spending rules, for Report.Find.
const (
	RuleSpendingMinimum      socialorg.RuleID = "charity.spending.minimum"
	RuleSpendingManagement   socialorg.RuleID = "charity.spending.management"
	RuleSpendingFundraising  socialorg.RuleID = "charity.spending.fundraising-cost"
	RuleSpendingIncomeClamp  socialorg.RuleID = "charity.spending.income-clamped"
	RuleFoundationWelfare    socialorg.RuleID = "charity.foundation.public-welfare-spending"
	RuleFoundationStaffOffce socialorg.RuleID = "charity.foundation.staff-and-office"
)

var spendingWords = map[string]socialorg.Text{
	"unconfirmed":        {Hans: "（该档标准仅一个来源，未经确认）", Hant: "（該檔標準僅一個來源，未經確認）", En: "(tier from one source only, unconfirmed)"},
	"prior-year":         {Hans: "（上年基数）", Hant: "（上年基數）", En: "(prior-year base)"},
	"three-year-average": {Hans: "（前三年平均基数）", Hant: "（前三年平均基數）", En: "(three-year average base)"},
	"exempt":             {Hans: "（管理费用低于20万元，豁免）", Hant: "（管理費用低於20萬元，豁免）", En: "(under 200,000 yuan: exempt)"},
	"not-a-charity":      {Hans: "非慈善组织", Hant: "非慈善組織", En: "not a charity"},
}

// spendingRegimes are the Charity Law articles the spending rules rest on.
var spendingRegimes = []socialorg.Regime{{From: fromLaw2016, Until: untilLaw2016, Cite: citeSpend16}, {From: fromLaw2023, Cite: citeSpend23}}

// The spending rules.
var (
	ruleSpendingMinimum = book.MustRule(socialorg.Rule{ID: RuleSpendingMinimum,
		Title:   socialorg.Text{Hans: "年度慈善活动支出（占计算基数比例）", Hant: "年度慈善活動支出（佔計算基數比例）", En: "annual charitable-activity expenditure (share of its base)"},
		Regimes: spendingRegimes, Words: spendingWords})
	ruleSpendingManagement = book.MustRule(socialorg.Rule{ID: RuleSpendingManagement,
		Title:   socialorg.Text{Hans: "年度管理费用占当年总支出比例", Hant: "年度管理費用佔當年總支出比例", En: "management expenses as a share of total expenditure"},
		Regimes: spendingRegimes, Words: spendingWords})
	ruleSpendingFundraising = book.MustRule(socialorg.Rule{ID: RuleSpendingFundraising,
		Title:   socialorg.Text{Hans: "募捐成本占当年募捐收入比例（征求意见稿）", Hant: "募捐成本佔當年募捐收入比例（徵求意見稿）", En: "fundraising costs as a share of fundraising income (draft rules)"},
		Regimes: []socialorg.Regime{{From: fromDraft, Cite: socialorg.Citation{Document: docDraft}, Note: noteDraft}}})
	ruleSpendingIncomeClamp = book.MustRule(socialorg.Rule{ID: RuleSpendingIncomeClamp,
		Title:   socialorg.Text{Hans: "调整后的上年总收入为负，按零计算", Hant: "調整後的上年總收入為負，按零計算", En: "the adjusted prior-year income was negative and is counted as zero"},
		Regimes: []socialorg.Regime{{From: fromLaw2016, Cite: citeRules("第十条"), Note: noteRules2016}}})
	ruleFoundationWelfare = book.MustRule(socialorg.Rule{ID: RuleFoundationWelfare,
		Title:   socialorg.Text{Hans: "基金会年度公益事业支出（占计算基数比例）", Hant: "基金會年度公益事業支出（佔計算基數比例）", En: "a foundation's annual public-welfare spending (share of its base)"},
		Regimes: []socialorg.Regime{{From: fromOrder400, Cite: cite400Art, Note: noteOrder400}}, Words: spendingWords})
	ruleFoundationStaffOffice = book.MustRule(socialorg.Rule{ID: RuleFoundationStaffOffce,
		Title:   socialorg.Text{Hans: "基金会工作人员工资福利和行政办公支出占当年总支出比例", Hant: "基金會工作人員工資福利和行政辦公支出佔當年總支出比例", En: "a foundation's staff and office costs as a share of total expenditure"},
		Regimes: []socialorg.Regime{{From: fromOrder400, Cite: cite400Art, Note: noteOrder400}}})
)

// CheckAnnualSpending applies the 2016 MCA/MoF/SAT rules on annual charitable-activity expenditure
// and management expenses (民发〔2016〕189号) and the Charity Law article they rest on (Art. 60 of the
// 2016 law; Art. 61 from 2024-09-05), in force for the financial year judged:
//
//	A  foundation with the public-fundraising qualification   ≥ 70% of income   management ≤ 10%
//	B  social group / agency with the qualification           ≥ 70% of income   ≤ 13%
//	C  foundation without it, by prior-year net assets:
//	   ≥ 60M: 6% of net assets, ≤ 12%; 8M–60M: 6%, ≤ 13%; 4M–8M: 7%, ≤ 15% (unconfirmed); < 4M: 8%, ≤ 20%
//	D  social group / agency without it:
//	   ≥ 10M: 6%, ≤ 13%; 5M–10M: 7%, ≤ 14%; 1M–5M: 8%, ≤ 15%; < 1M: 8% of net assets and 50% of income, ≤ 20%
//
// Tier bounds are inclusive below ("高于X（含本数）") and keyed on the prior year-end net assets;
// minimums are met at equality ("不得低于") and ceilings too ("不得高于"); every comparison is exact,
// in integers. The three-year averages, when given, are a second base for the minimum, not for
// the tier: 「不得低于上一年总收入的百分之七十或者前三年收入平均数额的百分之七十」, so a floor is met
// when either base meets it, MinCharitable is the lesser minimum, and the finding says which base
// it was met on. Management expenses under 200,000 yuan are exempt from the ratios of Arts. 7–9
// (Art. 11), never for tier A. Tier C3 (foundations without the qualification, 4M–8M yuan of net
// assets: 7%, 15%) comes from one source, not confirmed by a second: its findings are undecided
// (CharitableOK and ManagementOK false, the report's verdict undecided, the Want saying
// "unconfirmed") unless the caller supplies the table, parameter charity.spending.tiers.foundation
// (socialorg.ParseOptions), from a source it holds; an exempt management finding stays exempt.
//
// A foundation that is not a charity (NonCharity) is judged by Order 400 Art. 29 instead; a social
// group or agency that is not a charity gets NotApplicable findings.
//
// The charitable-expenditure finding's Got shows the expenditure as a percentage of its base, and
// the management finding's Got shows management / total expenditure, each with two decimals,
// rounded half-even, the way annual reports print them (e.g. "75.56%"); a figure that misses its
// bar but would print as the bar at two decimals gets the decimals it needs to print differently
// (a fen short of 70% of 1,000,000.00 yuan is "69.999999%"), so that a failing figure never
// reads as its bar. For the tier with two floors (net assets and income), Got uses the base of the floor that sets MinCharitable; with a
// zero base Got is "n/a". An exempt management finding is Pass or NotApplicable, never Fail, and
// still shows the ratio. MinCharitable is rounded up to the fen.
//
// Errors: the input fails Validate (a Kind other than Foundation, SocialGroup or
// SocialServiceAgency; a negative income or expenditure; management or charitable expenditure
// above the total; amounts below the fen or out of range); an asOf (or a Year ending) before
// 2016-09-01, the Charity Law in force, for a charity; the draft cap asked for before the draft
// (these match socialorg.ErrNotInForce).
func CheckAnnualSpending(in SpendingInput, asOf socialorg.Date, opts ...socialorg.Option) (SpendingResult, error) {
	empty := SpendingResult{Report: socialorg.Report{Findings: []socialorg.Finding{}}}
	f, err := in.check()
	if err != nil {
		return empty, err
	}
	lawDate := asOf
	if in.Year != 0 {
		lawDate = socialorg.NewDate(in.Year, 12, 31)
	}
	c := socialorg.NewChecker(in.Subject, lawDate, opts...)
	c.Grow(4)
	if !in.NonCharity && (asOf.IsZero() || asOf.Before(fromLaw2016)) {
		return empty, &socialorg.NotInForceError{Param: string(RuleSpendingMinimum), Date: asOf, First: fromLaw2016}
	}
	res := SpendingResult{FundraisingOK: true}
	switch {
	case in.NonCharity && in.Kind == registry.Foundation:
		res.order400(&c, in, f)
	case in.NonCharity:
		cite, _ := ruleSpendingMinimum.At(lawDate)
		if cite.IsZero() {
			cite = citeSpend23
		}
		c.NotApplicable(ruleSpendingMinimum, socialorg.Words("not-a-charity"), socialorg.Value{}, cite)
		c.NotApplicable(ruleSpendingManagement, socialorg.Words("not-a-charity"), socialorg.Value{}, cite)
		res.CharitableOK, res.ManagementOK = true, true
	default:
		res.charity(&c, in, f)
	}
	if c.On(draftCapKey) {
		if capRatio, capCite, ok := draftFundraisingCap.Read(&c); ok {
			r, err := socialorg.RatioOf(capRatio)
			if err == nil {
				res.FundraisingOK = fen.CmpProduct(f.fundraisingCost, r.Den, f.fundraisingIncome, r.Num) <= 0
				got := fen.Percent(f.fundraisingCost, f.fundraisingIncome, 2)
				if !res.FundraisingOK {
					got = refine(got, f.fundraisingCost, 1, f.fundraisingIncome, r, false)
				}
				c.Verdict(ruleSpendingFundraising, res.FundraisingOK, socialorg.Fig(got),
					socialorg.Fig("≤ "+r.Percent(2)), capCite)
			}
		}
	}
	if f.clampedFrom < 0 {
		c.NotApplicable(ruleSpendingIncomeClamp, socialorg.Fig(fen.Format(f.clampedFrom)), socialorg.Fig("0.00"), socialorg.Citation{})
	}
	rep, err := c.Finish()
	if err != nil {
		return empty, err
	}
	res.Report = rep
	return res, nil
}

// charity judges a charitable organization under 189号 and the Charity Law.
func (res *SpendingResult) charity(c *socialorg.Checker, in SpendingInput, f spendingFigures) {
	tier, ft, ok := tierFor(c, in.Kind, in.PublicFundraising, f.netAssets.Num)
	exemptBelow, exemptCite, okE := managementExemption.Read(c)
	if !ok || !okE {
		return // the checker holds the error
	}
	res.Tier, res.MaxManagementRatio = tier, tier.MaxManagement

	var floors [2]floor
	n := 0
	if ft.na.Num > 0 {
		floors[n] = newFloor(ft.na, ft.wantNA, f.netAssets, f.netAssetsAvg, f.hasNetAssetsAvg)
		n++
	}
	if ft.inc.Num > 0 {
		floors[n] = newFloor(ft.inc, ft.wantInc, f.income, f.incomeAvg, f.hasIncomeAvg)
		n++
	}
	res.minimum(c, ruleSpendingMinimum, tier, floors[:n], f.charitable)

	// Management expenses.
	maxMgmt := ft.mgmt
	within := fen.CmpProduct(f.management, maxMgmt.Den, f.total, maxMgmt.Num) <= 0
	pr := socialorg.Problems{Package: pkg}
	exemptFen := money.Reader{}.NonNegative(&pr, exemptionField, exemptBelow)
	if err := pr.Err(); err != nil {
		c.Error(err)
		return
	}
	res.ManagementExempt = tier.ExemptionApplies && f.management < exemptFen
	res.ManagementOK = within || res.ManagementExempt
	shown := fen.Percent(f.management, f.total, 2)
	if !within {
		shown = refine(shown, f.management, 1, f.total, maxMgmt, false)
	}
	got := socialorg.Fig(shown)
	switch {
	case res.ManagementExempt && (!within || tier.Unconfirmed):
		c.NotApplicable(ruleSpendingManagement, got, socialorg.Words(ft.wantMgmtExempt), exemptCite)
	case tier.Unconfirmed:
		res.ManagementOK = false
		c.Undecided(ruleSpendingManagement, got, socialorg.Words(ft.wantMgmt), tier.Cite)
	default:
		c.Verdict(ruleSpendingManagement, within, got, socialorg.Words(ft.wantMgmt), tier.Cite)
	}
}

// exemptionField names the exemption line in a problem with its value (never, for the library's
// table): the parameter's path, written out so that a check builds no string.
const exemptionField = "parameters.charity.spending.management-exemption-below"

// fastTier is what a check needs of a tier, in integers and ready strings, derived once per tier
// of the library's tables (regimesOf) or on the spot (deriveTier).
type fastTier struct {
	minNet          int64 // fen
	na, inc, mgmt   socialorg.Ratio
	wantNA, wantInc string // "≥ 8.00%", with " unconfirmed" for a flagged tier
	wantMgmt        string // "≤ 20.00%", idem
	wantMgmtExempt  string // wantMgmt + " exempt"
	err             error  // a figure of the tier that does not convert (never, for the library's tables)
}

func deriveTier(t Tier) fastTier {
	pr := socialorg.Problems{Package: pkg}
	minNet := money.Reader{}.NonNegative(&pr, socialorg.Path("tier", t.ID, "min_net_assets"), t.MinNetAssets)
	ft := fastTier{minNet: minNet, mgmt: mustRatio(t.MaxManagement), err: pr.Err()}
	flag := ""
	if t.Unconfirmed {
		flag = " unconfirmed"
	}
	if t.NetAssetsRatio.IsPositive() {
		ft.na = mustRatio(t.NetAssetsRatio)
		ft.wantNA = "≥ " + ft.na.Percent(2) + flag
	}
	if t.IncomeRatio.IsPositive() {
		ft.inc = mustRatio(t.IncomeRatio)
		ft.wantInc = "≥ " + ft.inc.Percent(2) + flag
	}
	ft.wantMgmt = "≤ " + ft.mgmt.Percent(2) + flag
	ft.wantMgmtExempt = ft.wantMgmt + " exempt"
	return ft
}

// order400 judges a foundation that is not a charity under the Regulations on Foundations.
func (res *SpendingResult) order400(c *socialorg.Checker, in SpendingInput, f spendingFigures) {
	p := tierOrder400NonPublic
	if in.PublicFundraising {
		p = tierOrder400Public
	}
	tier, _, ok := p.Read(c)
	if !ok {
		return
	}
	res.Tier, res.MaxManagementRatio = tier, tier.MaxManagement
	ft := deriveTier(tier) // a foundation that is not a charity: the rare path
	if ft.err != nil {
		c.Error(ft.err)
		return
	}
	var floors [2]floor
	n := 0
	if ft.na.Num > 0 {
		floors[n] = newFloor(ft.na, ft.wantNA, f.netAssets, socialorg.Ratio{}, false)
		n++
	}
	if ft.inc.Num > 0 {
		floors[n] = newFloor(ft.inc, ft.wantInc, f.income, socialorg.Ratio{}, false)
		n++
	}
	res.minimum(c, ruleFoundationWelfare, tier, floors[:n], f.charitable)
	maxStaff := ft.mgmt
	res.ManagementOK = fen.CmpProduct(f.staffOffice, maxStaff.Den, f.total, maxStaff.Num) <= 0
	staff := fen.Percent(f.staffOffice, f.total, 2)
	if !res.ManagementOK {
		staff = refine(staff, f.staffOffice, 1, f.total, maxStaff, false)
	}
	c.Verdict(ruleFoundationStaffOffice, res.ManagementOK, socialorg.Fig(staff),
		socialorg.Fig(ft.wantMgmt), tier.Cite)
}

// minimum sets MinCharitable, CharitableOK and Base from the floors and records the finding.
func (res *SpendingResult) minimum(c *socialorg.Checker, rule *socialorg.Rule, tier Tier, floors []floor, charitable int64) {
	if len(floors) == 0 {
		return
	}
	// Every floor must be met, each on either of its bases; the binding floor is the one with the
	// greater minimum.
	bind, ok := floors[0], true
	for _, fl := range floors {
		ok = ok && fl.metBy(charitable)
		if fl.min() > bind.min() {
			bind = fl
		}
	}
	res.CharitableOK = ok
	res.MinCharitable = fen.ToDecimal(bind.min())
	base := bind.shownBase(charitable)
	res.Base = base.kind
	got := "n/a"
	if base.value.Num > 0 {
		// charitable / (num/den) as a percentage: charitable·den / num.
		got = fen.PercentMul(charitable, base.value.Den, base.value.Num, 2)
		if !ok {
			got = refine(got, charitable, base.value.Den, base.value.Num, bind.ratio, true)
		}
	}
	want := bind.want
	if bind.hasAvg { // the base the floor was met on, before the unconfirmed flag
		want = wantWithFlag("≥ "+bind.ratio.Percent(2), tier.Unconfirmed, base.kind.String()).Text
	}
	if tier.Unconfirmed {
		// A bar from one source is not law: the finding shows it, undecided, until the caller
		// supplies the table (CheckAnnualSpending).
		res.CharitableOK = false
		c.Undecided(rule, socialorg.Fig(got), socialorg.Words(want), tier.Cite)
		return
	}
	c.Verdict(rule, ok, socialorg.Fig(got), socialorg.Words(want), tier.Cite)
}

// The decimals a finding's figure gets: two, the way annual reports print them, and at most
// fen.MaxDecimals for a figure that misses its bar (a display setting, not a legal value).
const (
	reportDecimals    = 2
	maxFigureDecimals = fen.MaxDecimals
)

// refine is the Got of a figure x·m/d that misses its bar (a floor when floor is set, else a
// ceiling), given got, the figure with two decimals, rounded half-even, the way annual reports
// print them. When got prints as the bar, the figure gets more decimals, rounded half-even, until
// it prints differently (a fen short of 70% of 1,000,000.00 yuan is "69.999999%", not "70.00%");
// if it still prints as the bar at maxFigureDecimals, it is rounded away from the bar there (down
// below a floor, up above a ceiling). So a failing figure never prints as its bar, and two
// decimals remain wherever they suffice. A zero d gives "n/a".
func refine(got string, x, m, d int64, bar socialorg.Ratio, floor bool) string {
	if d == 0 || !bar.Defined() {
		return got
	}
	for k := reportDecimals; k <= maxFigureDecimals; k++ {
		if k > reportDecimals {
			got = fen.PercentMul(x, m, d, k)
		}
		if got != bar.Percent(k) {
			return got
		}
	}
	return percentDirected(x, m, d, maxFigureDecimals, !floor)
}

// percentDirected formats x·m/d (x, m ≥ 0, d > 0) as a percentage with k decimals, rounded down,
// or up when up is set.
func percentDirected(x, m, d int64, k int, up bool) string {
	if x < 0 || m < 0 || d <= 0 {
		return fen.PercentMul(x, m, d, k)
	}
	n := new(big.Int).Mul(big.NewInt(x), big.NewInt(m))
	n.Mul(n, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(k+2)), nil))
	q, r := n.QuoRem(n, big.NewInt(d), new(big.Int))
	if up && r.Sign() != 0 {
		q.Add(q, big.NewInt(1))
	}
	digits := q.String()
	if len(digits) <= k {
		digits = strings.Repeat("0", k+1-len(digits)) + digits
	}
	return digits[:len(digits)-k] + "." + digits[len(digits)-k:] + "%"
}

// wantWithFlag is a Want figure followed by the words that qualify it: the base it was met on and
// the unconfirmed tier.
func wantWithFlag(want string, unconfirmed bool, base string) socialorg.Value {
	if base != "" {
		want += " " + base
	}
	if unconfirmed {
		want += " unconfirmed"
	}
	return socialorg.Words(want)
}

// mustRatio reads a ratio of the library's own tables (checked by its tests).
func mustRatio(d decimal.Decimal) socialorg.Ratio {
	r, err := socialorg.RatioOf(d)
	if err != nil {
		return socialorg.NewRatio(0, 1)
	}
	return r
}

// spendingFigures are the input in fen. Averages are exact fractions (sum/3).
type spendingFigures struct {
	income, netAssets                  socialorg.Ratio
	incomeAvg, netAssetsAvg            socialorg.Ratio
	hasIncomeAvg, hasNetAssetsAvg      bool
	charitable, management, total      int64
	staffOffice                        int64
	fundraisingCost, fundraisingIncome int64
	clampedFrom                        int64
}

// Validate checks the input and returns every problem joined, each an *socialorg.InputError naming
// its field ("spending_input.management_expense"): a Kind of Foundation, SocialGroup or
// SocialServiceAgency; amounts with at most two decimal places, ≥ 0 (net assets may be negative),
// within ±2^63 fen; three values or none for each average; management, charitable and staff
// expenditure not above the total; a Year of 0 or 1949–9999.
func (in SpendingInput) Validate() error {
	_, err := in.check()
	return err
}

// check validates the input and converts it to fen in the same pass.
func (in SpendingInput) check() (spendingFigures, error) {
	p := socialorg.Problems{Package: pkg}
	var f spendingFigures
	const at = "spending_input."
	switch in.Kind {
	case registry.Foundation, registry.SocialGroup, registry.SocialServiceAgency:
	default:
		p.Add(at+"kind", in.Kind, "foundation, social-group or social-service-agency")
	}
	var r money.Reader
	charitable := r.NonNegative(&p, at+"charitable_expenditure", in.CharitableExpenditure)
	management := r.NonNegative(&p, at+"management_expense", in.ManagementExpense)
	total := r.NonNegative(&p, at+"total_expenditure", in.TotalExpenditure)
	staff := r.NonNegative(&p, at+"staff_and_office_expense", in.StaffAndOfficeExpense)
	f.charitable, f.management, f.total, f.staffOffice = charitable, management, total, staff
	f.fundraisingCost = r.NonNegative(&p, at+"fundraising_cost", in.FundraisingCost)
	f.fundraisingIncome = r.NonNegative(&p, at+"fundraising_income", in.FundraisingIncome)
	f.income = socialorg.Ratio{Num: r.NonNegative(&p, at+"prior_year_income", in.PriorYearIncome), Den: 1}
	f.netAssets = socialorg.Ratio{Num: r.Any(&p, at+"prior_year_net_assets", in.PriorYearNetAssets), Den: 1}
	if !in.IncomeClampedFrom.IsZero() {
		if v := r.Any(&p, at+"income_clamped_from", in.IncomeClampedFrom); v > 0 {
			p.Add(at+"income_clamped_from", in.IncomeClampedFrom, "negative: the adjusted income before it was clamped")
		} else {
			f.clampedFrom = v
		}
	}
	for k, avg := range [...]struct {
		field      string
		vs         []decimal.Decimal
		negativeOK bool
	}{{"three_year_income", in.ThreeYearIncome, false}, {"three_year_net_assets", in.ThreeYearNetAssets, true}} {
		switch len(avg.vs) {
		case 0:
		case 3:
			var sum int64
			for i, v := range avg.vs {
				field := at + avg.field + "[" + strconv.Itoa(i) + "]"
				var x int64
				if avg.negativeOK {
					x = r.Any(&p, field, v)
				} else {
					x = r.NonNegative(&p, field, v)
				}
				var ok bool
				if sum, ok = fen.Add(sum, x); !ok {
					p.Add(at+avg.field, "", "sum out of range")
				}
			}
			if k == 0 {
				f.incomeAvg, f.hasIncomeAvg = socialorg.Ratio{Num: sum, Den: 3}, true
			} else {
				f.netAssetsAvg, f.hasNetAssetsAvg = socialorg.Ratio{Num: sum, Den: 3}, true
			}
		default:
			p.Add(at+avg.field, len(avg.vs), "three values (oldest first) or none")
		}
	}
	if p.Len() == 0 {
		for _, e := range []struct {
			field string
			v     int64
		}{{"management_expense", management}, {"charitable_expenditure", charitable}, {"staff_and_office_expense", staff}} {
			if e.v > total {
				p.Add(at+e.field, fen.Format(e.v), "at most total_expenditure ("+fen.Format(total)+")")
			}
		}
	}
	if in.Year != 0 && (in.Year < 1949 || in.Year > 9999) {
		p.Add(at+"year", in.Year, "0 (the check's date) or 1949–9999")
	}
	if len(in.Subject) > 256 {
		p.Add(at+"subject", in.Subject, "at most 256 bytes")
	}
	return f, p.Err()
}

// base is one base of a floor: a value in fen as an exact fraction, and which base it is.
type base struct {
	value socialorg.Ratio
	kind  Base
}

// floor is one minimum, ratio × base, on the prior-year base and, when given, the average one. A
// base at or below zero gives a zero minimum.
type floor struct {
	ratio  socialorg.Ratio
	want   string // the finding's Want without a base word
	bases  [2]base
	hasAvg bool
}

func newFloor(ratio socialorg.Ratio, want string, prior, avg socialorg.Ratio, hasAvg bool) floor {
	fl := floor{ratio: ratio, want: want, hasAvg: hasAvg}
	fl.bases[0] = base{prior, PriorYearBase}
	fl.bases[1] = base{avg, ThreeYearAverage}
	if !hasAvg {
		fl.bases[1] = fl.bases[0]
	}
	for i := range fl.bases {
		if fl.bases[i].value.Num < 0 {
			fl.bases[i].value = socialorg.Ratio{Num: 0, Den: 1}
		}
	}
	return fl
}

// minOn is the minimum on one base, in fen, rounded up: ceil(ratio × num / den).
func (fl floor) minOn(b base) int64 {
	v, ok := fen.MulRatioCeil(b.value.Num, fl.ratio.Num, fl.ratio.Den*b.value.Den)
	if !ok {
		return fen.MaxAmount
	}
	return v
}

// min is the lesser of the minimums on the two bases: either satisfies the law.
func (fl floor) min() int64 { return min(fl.minOn(fl.bases[0]), fl.minOn(fl.bases[1])) }

// metOn reports whether x ≥ ratio × base exactly.
func (fl floor) metOn(b base, x int64) bool {
	return fen.CmpProduct(x, fl.ratio.Den*b.value.Den, b.value.Num, fl.ratio.Num) >= 0
}

// metBy reports whether x meets the floor on either base.
func (fl floor) metBy(x int64) bool { return fl.metOn(fl.bases[0], x) || fl.metOn(fl.bases[1], x) }

// shownBase is the base a finding shows: the prior-year base when it is met or when neither is,
// else the average.
func (fl floor) shownBase(x int64) base {
	if fl.hasAvg && !fl.metOn(fl.bases[0], x) && fl.metOn(fl.bases[1], x) {
		return fl.bases[1]
	}
	return fl.bases[0]
}

// tierFor picks the row of the table for a charity, keyed on the prior-year net assets (never on
// an average: 189号 Arts. 8–9). The library's tables are read from their derived form (fastTables):
// no copy of a table per check. A caller who supplies a table's key goes through the parameter,
// which refuses it.
func tierFor(c *socialorg.Checker, kind registry.Kind, pf bool, netAssets int64) (Tier, fastTier, bool) {
	var regimes []fastRegime
	var supplied bool
	switch {
	case pf && kind == registry.Foundation:
		regimes = fastPFFoundation
		_, supplied = socialorg.Get(c, tierPFFoundation.Key())
	case pf:
		regimes = fastPFOther
		_, supplied = socialorg.Get(c, tierPFOther.Key())
	case kind == registry.Foundation:
		regimes = fastFoundation
		_, supplied = socialorg.Get(c, tiersFoundation.Key())
	default:
		regimes = fastOther
		_, supplied = socialorg.Get(c, tiersOther.Key())
	}
	if !supplied {
		if row, ok := pickTier(regimes, c.AsOf(), netAssets); ok {
			c.Error(row.ft.err)
			return row.tier, row.ft, row.ft.err == nil
		}
	}
	t, ok := tierSlow(c, kind, pf, netAssets)
	ft := deriveTier(t)
	c.Error(ft.err)
	return t, ft, ok && ft.err == nil
}

// tierSlow reads the tier through the parameters: the path that reports their errors.
func tierSlow(c *socialorg.Checker, kind registry.Kind, pf bool, netAssets int64) (Tier, bool) {
	switch {
	case pf && kind == registry.Foundation:
		t, _, ok := tierPFFoundation.Read(c)
		return t, ok
	case pf:
		t, _, ok := tierPFOther.Read(c)
		return t, ok
	}
	p := tiersOther
	if kind == registry.Foundation {
		p = tiersFoundation
	}
	tiers, _, ok := p.Read(c)
	if !ok {
		return Tier{}, false
	}
	for i := range tiers {
		t := &tiers[i]
		if ft := deriveTier(*t); t.Lowest || ft.err == nil && netAssets >= ft.minNet {
			return *t, true
		}
	}
	return tiers[len(tiers)-1], true
}

// fastRow is a tier of a derived table.
type fastRow struct {
	tier   Tier
	minNet int64
	ft     fastTier
}

// fastRegime is one regime of a tier parameter with its rows, and the last day it holds (zero
// while open).
type fastRegime struct {
	from, last socialorg.Date
	rows       []fastRow
}

// regimesOf derives a tier parameter's regimes.
func regimesOf[T any](p socialorg.Param[T], rows func(T) []Tier) []fastRegime {
	vs := p.Values()
	out := make([]fastRegime, len(vs))
	for i, v := range vs {
		last := v.Until
		if last.IsZero() && i+1 < len(vs) {
			last = vs[i+1].From.AddDays(-1)
		}
		r := fastRegime{from: v.From, last: last}
		for _, t := range rows(v.Value) {
			ft := deriveTier(t)
			r.rows = append(r.rows, fastRow{tier: t, minNet: ft.minNet, ft: ft})
		}
		out[i] = r
	}
	return out
}

// pickTier returns the row for the net assets in the regime in force on d.
func pickTier(rs []fastRegime, d socialorg.Date, netAssets int64) (*fastRow, bool) {
	for i := range rs {
		r := &rs[i]
		if d.IsZero() || d.Before(r.from) || !r.last.IsZero() && d.After(r.last) {
			continue
		}
		for j := range r.rows {
			if row := &r.rows[j]; row.tier.Lowest || netAssets >= row.minNet {
				return row, true
			}
		}
		return &r.rows[len(r.rows)-1], len(r.rows) > 0
	}
	return nil, false
}

// The derived tables, built once at initialisation and never changed after.
var (
	oneTier          = func(t Tier) []Tier { return []Tier{t} }
	fastPFFoundation = regimesOf(tierPFFoundation, oneTier)
	fastPFOther      = regimesOf(tierPFOther, oneTier)
	fastFoundation   = regimesOf(tiersFoundation, func(t tierTable) []Tier { return t[:] })
	fastOther        = regimesOf(tiersOther, func(t tierTable) []Tier { return t[:] })
)
