package charity

import (
	"math/big"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/fen"
	"github.com/socialorg/socialorg/registry"
)

// SpendingInput are a charitable organization's figures for one year. Amounts are in yuan, with at
// most two decimal places.
type SpendingInput struct {
	Kind                  registry.Kind   `json:"kind"`               // Foundation, SocialGroup or SocialServiceAgency
	PublicFundraising     bool            `json:"public_fundraising"` // holds the public-fundraising qualification
	PriorYearIncome       decimal.Decimal `json:"prior_year_income"`  // prior-year total income, adjusted as the 2016 rules' Art 10 says
	PriorYearNetAssets    decimal.Decimal `json:"prior_year_net_assets"`
	CharitableExpenditure decimal.Decimal `json:"charitable_expenditure"` // this year's charitable-activity expenditure
	ManagementExpense     decimal.Decimal `json:"management_expense"`     // this year's management expenses
	TotalExpenditure      decimal.Decimal `json:"total_expenditure"`      // this year's total expenditure

	// Subject names the organization in findings (a credit code, a name); optional.
	Subject string `json:"subject,omitempty"`
	// ThreeYearIncome and ThreeYearNetAssets, when given (three values each, oldest first), replace
	// the prior year's income and net assets by their averages, as Art. 10 of the 2016 rules allows
	// (and Charity Law Art. 60/61 for foundations with the qualification, for income). Net assets
	// may be negative; income may not.
	ThreeYearIncome    []decimal.Decimal `json:"three_year_income,omitempty"`
	ThreeYearNetAssets []decimal.Decimal `json:"three_year_net_assets,omitempty"`
	// ApplyDraftFundraisingCap also checks fundraising costs against the draft successor rules' cap
	// (3% of the year's fundraising income). The draft is not confirmed as adopted, so this is off
	// unless the caller asks; asked at a date before the draft, it is an error.
	ApplyDraftFundraisingCap bool            `json:"apply_draft_fundraising_cap,omitempty"`
	FundraisingCost          decimal.Decimal `json:"fundraising_cost"`
	FundraisingIncome        decimal.Decimal `json:"fundraising_income"`
}

// SpendingResult is the verdict on a year's spending.
type SpendingResult struct {
	MinCharitable      decimal.Decimal // the least charitable expenditure the rules require, exact
	MaxManagementRatio decimal.Decimal // e.g. 0.10
	CharitableOK       bool
	ManagementOK       bool // true also when exempt
	ManagementExempt   bool // management expenses under 200,000 yuan, where Art. 11 applies
	Report             socialorg.Report

	// Tier is the row of the spending table that applied; Tier.Unconfirmed flags the one tier
	// (foundations without the qualification, 4M–8M) that only one source gives.
	Tier Tier
	// FundraisingOK is the draft cap's verdict; true when the cap was not applied.
	FundraisingOK bool
}

// The rule IDs of the spending findings.
const (
	RuleSpendingMinimum     = "charity.spending.minimum"
	RuleSpendingManagement  = "charity.spending.management"
	RuleSpendingFundraising = "charity.spending.fundraising-cost"
)

// CheckAnnualSpending applies the 2016 MCA/MoF/SAT rules on annual charitable-activity expenditure
// and management expenses (民发〔2016〕189号) and the Charity Law article they rest on (Art. 60 of the
// 2016 law; Art. 61 from 2024-09-05), in force at asOf:
//
//	A  foundation with the public-fundraising qualification   ≥ 70% of income   management ≤ 10%
//	B  social group / agency with the qualification           ≥ 70% of income   ≤ 13%
//	C  foundation without it, by prior-year net assets:
//	   ≥ 60M: 6% of net assets, ≤ 12%; 8M–60M: 6%, ≤ 13%; 4M–8M: 7%, ≤ 15% (unconfirmed); < 4M: 8%, ≤ 20%
//	D  social group / agency without it:
//	   ≥ 10M: 6%, ≤ 13%; 5M–10M: 7%, ≤ 14%; 1M–5M: 8%, ≤ 15%; < 1M: 8% of net assets and 50% of income, ≤ 20%
//
// Tier bounds are inclusive below ("高于X（含本数）"); minimums are met at equality ("不得低于") and
// ceilings too ("不得高于"); every comparison is exact, in integers. Management expenses under
// 200,000 yuan are exempt from the ratios of Arts. 7–9 (Art. 11), never for tier A.
//
// The charitable-expenditure finding's Got shows the expenditure as a percentage of its base, and
// the management finding's Got shows management / total expenditure, each with two decimals,
// rounded half-even, the way annual reports print them (e.g. "75.56%"). For the tier with two
// floors (net assets and income), Got uses the base of the floor that sets MinCharitable; with a
// zero base Got is "n/a". An exempt management finding is Pass or NotApplicable, never Fail, and
// still shows the ratio.
//
// With three-year averages the exact minimum can be a repeating decimal: MinCharitable is then
// rounded up to the fen, the least amount in fen that meets it, while CharitableOK is decided on
// the exact fraction.
//
// Errors: Kind other than Foundation, SocialGroup, SocialServiceAgency; a negative income or
// expenditure; ManagementExpense or CharitableExpenditure above TotalExpenditure; amounts below
// the fen. PriorYearNetAssets may be negative (a deficit): a floor on a negative base is zero.
// An asOf before 2016-09-01 (the Charity Law in force) gives an error matching ErrNotInForce.
func CheckAnnualSpending(in SpendingInput, asOf socialorg.Date) (SpendingResult, error) {
	f, err := in.figures()
	if err != nil {
		return SpendingResult{}, err
	}
	tier, err := tierFor(in.Kind, in.PublicFundraising, f.netAssets, asOf)
	if err != nil {
		return SpendingResult{}, err
	}
	exemptBelow, exemptCite, err := managementExemption.At(asOf)
	if err != nil {
		return SpendingResult{}, err
	}
	res := SpendingResult{Tier: tier, MaxManagementRatio: tier.MaxManagement, FundraisingOK: true}

	// Minimum charitable expenditure: the larger floor.
	floors := make([]floor, 0, 2)
	if tier.NetAssetsRatio.IsPositive() {
		floors = append(floors, newFloor(tier.NetAssetsRatio, f.netAssets))
	}
	if tier.IncomeRatio.IsPositive() {
		floors = append(floors, newFloor(tier.IncomeRatio, f.income))
	}
	bind := floors[0]
	for _, fl := range floors[1:] {
		if fl.greaterThan(bind) {
			bind = fl
		}
	}
	res.MinCharitable = bind.minimum()
	res.CharitableOK = bind.metBy(f.charitable)
	for _, fl := range floors {
		res.CharitableOK = res.CharitableOK && fl.metBy(f.charitable)
	}
	got := "n/a"
	if bind.base.num > 0 {
		got = fen.PercentBig(new(big.Int).Mul(big.NewInt(f.charitable), big.NewInt(bind.base.den)), big.NewInt(bind.base.num), 2)
	}
	res.Report.Add(socialorg.Finding{
		Rule: RuleSpendingMinimum, Subject: in.Subject, Outcome: socialorg.OutcomeOf(res.CharitableOK),
		Got: got, Want: "≥ " + fen.Percent(bind.ratio.Num, bind.ratio.Den, 2), Cite: tier.Cite,
	})

	// Management expenses.
	maxMgmt, err := fen.RatioOf(tier.MaxManagement)
	if err != nil {
		return SpendingResult{}, socialorg.Invalid("tier "+tier.ID+" MaxManagement", tier.MaxManagement, err.Error())
	}
	within := fen.CmpProduct(f.management, maxMgmt.Den, f.total, maxMgmt.Num) <= 0
	exemptFen, err := fen.NonNegative(exemptBelow)
	if err != nil {
		return SpendingResult{}, socialorg.Invalid(managementExemption.ID(), exemptBelow, err.Error())
	}
	res.ManagementExempt = tier.ExemptionApplies && f.management < exemptFen
	res.ManagementOK = within || res.ManagementExempt
	mg := socialorg.Finding{Rule: RuleSpendingManagement, Subject: in.Subject, Outcome: socialorg.OutcomeOf(within),
		Got: fen.Percent(f.management, f.total, 2), Want: "≤ " + fen.Percent(maxMgmt.Num, maxMgmt.Den, 2), Cite: tier.Cite}
	if res.ManagementExempt && !within {
		mg.Outcome, mg.Cite = socialorg.NotApplicable, exemptCite
	}
	res.Report.Add(mg)

	// The draft fundraising-cost cap, only when asked.
	if in.ApplyDraftFundraisingCap {
		capRatio, capCite, err := draftFundraisingCap.At(asOf)
		if err != nil {
			return SpendingResult{}, err
		}
		r, err := fen.RatioOf(capRatio)
		if err != nil {
			return SpendingResult{}, socialorg.Invalid(draftFundraisingCap.ID(), capRatio, err.Error())
		}
		res.FundraisingOK = fen.CmpProduct(f.fundraisingCost, r.Den, f.fundraisingIncome, r.Num) <= 0
		res.Report.Add(socialorg.Finding{Rule: RuleSpendingFundraising, Subject: in.Subject, Outcome: socialorg.OutcomeOf(res.FundraisingOK),
			Got: fen.Percent(f.fundraisingCost, f.fundraisingIncome, 2), Want: "≤ " + fen.Percent(r.Num, r.Den, 2), Cite: capCite})
	}
	return res, nil
}

// frac is an amount in fen as an exact fraction num/den (den is 1, or 3 for an average).
type frac struct{ num, den int64 }

// spendingFigures are the input in fen.
type spendingFigures struct {
	income, netAssets                  frac
	charitable, management, total      int64
	fundraisingCost, fundraisingIncome int64
}

func (in SpendingInput) figures() (spendingFigures, error) {
	var f spendingFigures
	switch in.Kind {
	case registry.Foundation, registry.SocialGroup, registry.SocialServiceAgency:
	default:
		return f, socialorg.Invalid("SpendingInput.Kind", in.Kind, "Foundation, SocialGroup or SocialServiceAgency")
	}
	var a amounts
	f.charitable = a.nonNegative("SpendingInput.CharitableExpenditure", in.CharitableExpenditure)
	f.management = a.nonNegative("SpendingInput.ManagementExpense", in.ManagementExpense)
	f.total = a.nonNegative("SpendingInput.TotalExpenditure", in.TotalExpenditure)
	f.fundraisingCost = a.nonNegative("SpendingInput.FundraisingCost", in.FundraisingCost)
	f.fundraisingIncome = a.nonNegative("SpendingInput.FundraisingIncome", in.FundraisingIncome)
	f.income = a.base("SpendingInput.PriorYearIncome", in.PriorYearIncome, "SpendingInput.ThreeYearIncome", in.ThreeYearIncome, false)
	f.netAssets = a.base("SpendingInput.PriorYearNetAssets", in.PriorYearNetAssets, "SpendingInput.ThreeYearNetAssets", in.ThreeYearNetAssets, true)
	if a.err != nil {
		return f, a.err
	}
	switch {
	case f.management > f.total:
		return f, socialorg.Invalid("SpendingInput.ManagementExpense", in.ManagementExpense, "at most TotalExpenditure ("+fen.Format(f.total)+")")
	case f.charitable > f.total:
		return f, socialorg.Invalid("SpendingInput.CharitableExpenditure", in.CharitableExpenditure, "at most TotalExpenditure ("+fen.Format(f.total)+")")
	}
	return f, nil
}

// amounts converts input amounts to fen, keeping the first error.
type amounts struct{ err error }

func (a *amounts) convert(field string, d decimal.Decimal, negativeOK bool) int64 {
	if a.err != nil {
		return 0
	}
	v, err := fen.FromDecimal(d)
	if err == nil && v < 0 && !negativeOK {
		err = fen.ErrNegative
	}
	if err != nil {
		a.err = socialorg.Invalid(field, d, err.Error())
	}
	return v
}

func (a *amounts) nonNegative(field string, d decimal.Decimal) int64 {
	return a.convert(field, d, false)
}

// base is the prior-year figure, or the average of three years when they are given.
func (a *amounts) base(field string, d decimal.Decimal, avgField string, three []decimal.Decimal, negativeOK bool) frac {
	switch len(three) {
	case 0:
		return frac{a.convert(field, d, negativeOK), 1}
	case 3:
		var sum int64
		for i, v := range three {
			x := a.convert(avgField+"["+string(rune('0'+i))+"]", v, negativeOK)
			s, ok := fen.Add(sum, x)
			if !ok && a.err == nil {
				a.err = socialorg.Invalid(avgField, three, "sum out of range")
			}
			sum = s
		}
		return frac{sum, 3}
	default:
		if a.err == nil {
			a.err = socialorg.Invalid(avgField, len(three), "three values (oldest first) or none")
		}
		return frac{}
	}
}

// floor is one minimum: ratio × base, a base at or below zero giving zero.
type floor struct {
	ratio fen.Ratio
	base  frac
	dec   decimal.Decimal // the ratio as given
}

func newFloor(ratio decimal.Decimal, base frac) floor {
	r, err := fen.RatioOf(ratio)
	if err != nil { // the tables hold small non-negative ratios; a test walks them
		r = fen.Ratio{Num: 0, Den: 1}
	}
	return floor{ratio: r, base: base, dec: ratio}
}

// positive returns the base, or zero when it is negative: a floor on a deficit is zero.
func (fl floor) positive() frac {
	if fl.base.num < 0 {
		return frac{0, 1}
	}
	return fl.base
}

// greaterThan compares the two minimums exactly: r1·b1/d1 > r2·b2/d2.
func (fl floor) greaterThan(o floor) bool {
	a, b := fl.positive(), o.positive()
	// a.num × fl.Num × o.Den × b.den  vs  b.num × o.Num × fl.Den × a.den; the small factors
	// (ratios' numerators and denominators, 1 or 3) fit an int64 together.
	return fen.CmpProduct(a.num, fl.ratio.Num*o.ratio.Den*b.den, b.num, o.ratio.Num*fl.ratio.Den*a.den) > 0
}

// metBy reports whether an expenditure (fen) reaches the floor: x ≥ ratio × base, exactly.
func (fl floor) metBy(x int64) bool {
	b := fl.positive()
	return fen.CmpProduct(x, fl.ratio.Den*b.den, b.num, fl.ratio.Num) >= 0
}

// minimum is the floor in yuan: exact for a single year's base; for an average, rounded up to the
// fen.
func (fl floor) minimum() decimal.Decimal {
	b := fl.positive()
	if b.num == 0 {
		return decimal.Zero
	}
	if b.den == 1 {
		return fl.dec.Mul(fen.ToDecimal(b.num))
	}
	if v, ok := fen.MulRatioCeil(b.num, fl.ratio.Num, fl.ratio.Den*b.den); ok {
		return fen.ToDecimal(v)
	}
	// Beyond int64 fen: the same ceiling in big integers.
	n := new(big.Int).Mul(big.NewInt(b.num), big.NewInt(fl.ratio.Num))
	d := new(big.Int).Mul(big.NewInt(fl.ratio.Den), big.NewInt(b.den))
	q, m := new(big.Int).QuoRem(n, d, new(big.Int))
	if m.Sign() > 0 {
		q.Add(q, big.NewInt(1))
	}
	return decimal.NewFromBigInt(q, -2)
}

// tierFor picks the row of the table for an organization at a date.
func tierFor(kind registry.Kind, pf bool, netAssets frac, asOf socialorg.Date) (Tier, error) {
	switch {
	case pf && kind == registry.Foundation:
		t, _, err := tierPFFoundation.At(asOf)
		return t, err
	case pf:
		t, _, err := tierPFOther.At(asOf)
		return t, err
	}
	p := tiersOther
	if kind == registry.Foundation {
		p = tiersFoundation
	}
	tiers, _, err := p.At(asOf)
	if err != nil {
		return Tier{}, err
	}
	for _, t := range tiers {
		if t.Lowest {
			return t, nil
		}
		min, err := fen.NonNegative(t.MinNetAssets)
		if err != nil {
			return Tier{}, socialorg.Invalid(p.ID()+" "+t.ID, t.MinNetAssets, err.Error())
		}
		// netAssets.num / netAssets.den ≥ min
		if fen.CmpProduct(netAssets.num, 1, min, netAssets.den) >= 0 {
			return t, nil
		}
	}
	return Tier{}, socialorg.Invalid(p.ID(), len(tiers), "a table ending with its lowest tier")
}
