package charity_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/charity"
	"github.com/socialorg/socialorg/registry"
)

func ExampleCheckAnnualSpending() {
	in := charity.SpendingInput{
		Subject:               "52440100MJ0000026D",
		Kind:                  registry.SocialServiceAgency,
		PriorYearIncome:       decimal.RequireFromString("800000"),
		PriorYearNetAssets:    decimal.RequireFromString("650000"),
		CharitableExpenditure: decimal.RequireFromString("380000"),
		ManagementExpense:     decimal.RequireFromString("110000"),
		TotalExpenditure:      decimal.RequireFromString("520000"),
	}
	res, err := charity.CheckAnnualSpending(in, socialorg.MustDate("2026-03-31"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("tier", res.Tier.ID, "minimum", res.MinCharitable, "ok", res.CharitableOK)
	fmt.Println("management ok", res.ManagementOK, "exempt", res.ManagementExempt)
	for _, f := range res.Report.Findings {
		fmt.Println(f.Message(language.English))
	}
	// Output:
	// tier D4 minimum 400000 ok false
	// management ok true exempt true
	// 52440100MJ0000026D: annual charitable-activity expenditure (share of its base): fail (got 47.50%; required ≥ 50.00%). Source: 《关于慈善组织开展慈善活动年度支出和管理费用的规定》（民发〔2016〕189号）第九条第（四）项
	// 52440100MJ0000026D: management expenses as a share of total expenditure: not applicable (got 21.15%; required ≤ 20.00% (under 200,000 yuan: exempt)). Source: 《关于慈善组织开展慈善活动年度支出和管理费用的规定》（民发〔2016〕189号）第十一条
}

func ExampleLedger() {
	l, _ := charity.NewLedger(charity.Fund{ID: "general"}, charity.Fund{ID: "elderly", Name: "长者助餐"})
	day := socialorg.MustDate
	// 1,000.00 split in shares of 2 and 1 is 666.67 + 333.33 (largest remainder), never a fen lost.
	_ = l.RecordSplitDonation(charity.Donation{GiftID: "g1", Date: day("2026-01-05"), Donor: "d1", Amount: decimal.RequireFromString("1000")},
		[]charity.Part{{Fund: "general", Share: decimal.NewFromInt(2)}, {Fund: "elderly", Share: decimal.NewFromInt(1)}})
	_ = l.RecordDonation(charity.Donation{GiftID: "g2", Date: day("2026-02-01"), Donor: "d2", Fund: "elderly",
		Amount: decimal.RequireFromString("500"), Restriction: charity.PurposeRestricted, Purpose: "助餐"})
	_ = l.SpendRestricted(charity.PurposeRestricted, charity.Expense{Date: day("2026-03-01"), Fund: "elderly",
		Category: charity.BusinessActivity, Charitable: true, Amount: decimal.RequireFromString("200")})
	err := l.RecordRelease(charity.Release{Date: day("2026-03-02"), Fund: "elderly", From: charity.PurposeRestricted,
		Amount: decimal.RequireFromString("300.01"), Reason: charity.PurposeFulfilled})
	fmt.Println(err)

	for _, f := range l.Totals(socialorg.Year(2026)).Funds {
		fmt.Println(f.Fund, f.Net(charity.Unrestricted), f.Net(charity.PurposeRestricted))
	}
	s := l.Statement(socialorg.Year(2026))
	fmt.Println("income", s.TotalIncome, "charitable", s.CharitableActivity)
	// Output:
	// socialorg: invalid amount = "300.01": more than the fund's purpose-restricted balance (300.00)
	// elderly 333.33 300
	// general 666.67 0
	// income 1500 charitable 200
}

func ExampleCheckPlan() {
	p := charity.Plan{
		ID: "P-2026-007", Purpose: "社区长者助餐", Area: "广州市", PersonInCharge: "李四", Address: "越秀区某路1号",
		Method: "广益联募平台", BankAccount: "某银行", Beneficiaries: "独居长者", Use: "助餐补贴", Cost: "3%", Leftovers: "同类项目",
		Start: socialorg.MustDate("2026-05-10"), End: socialorg.MustDate("2026-12-31"), Filed: socialorg.MustDate("2026-05-03"),
		Internet: true, DesignatedPlatform: true, Platform: "广益联募",
	}
	r, _ := charity.CheckPlan(p, socialorg.MustDate("2026-06-01"))
	for _, f := range r.Failures() {
		fmt.Println(f.Message(language.SimplifiedChinese))
	}
	// Output:
	// P-2026-007：募捐方案在募捐活动开始十日前备案（提前天数）——不通过（实际 7；要求 ≥ 10）。依据：《慈善组织公开募捐管理办法》（民政部令第74号）第十一条
}

// A service keeps its books as a journal: each entry sealed with a digest chained to the one
// before, so that a journal damaged on disk is refused, naming the entry, rather than read as
// other books.
func ExampleReadLedger() {
	l, _ := charity.NewLedger(charity.Fund{ID: "general"})
	_ = l.RecordDonation(charity.Donation{GiftID: "g1", Date: socialorg.MustDate("2026-01-05"), Fund: "general", Amount: decimal.RequireFromString("88.80")})
	_ = l.RecordExpense(charity.Expense{Date: socialorg.MustDate("2026-01-06"), Fund: "general", Category: charity.Management, Amount: decimal.RequireFromString("8")})
	saved, _ := json.Marshal(l)

	back, err := charity.ReadLedger(bytes.NewReader(saved))
	fmt.Println(back.Len(), err)

	edited := bytes.Replace(saved, []byte(`"amount":"8"`), []byte(`"amount":"0.8"`), 1)
	_, err = charity.ReadLedger(bytes.NewReader(edited))
	fmt.Println(err != nil, strings.Contains(err.Error(), "journal[2]"))

	torn := saved[:len(saved)-20]
	_, err = charity.ReadLedger(bytes.NewReader(torn))
	fmt.Println(strings.Contains(err.Error(), "journal[2]"), strings.Contains(err.Error(), "torn tail"))
	// Output:
	// 2 <nil>
	// true true
	// true true
}

// Payments that belong together are booked all or none: when the ledger refuses one, it is as if
// none had come.
func ExampleLedger_ApplyBatch() {
	l, _ := charity.NewLedger(charity.Fund{ID: "elderly"})
	_ = l.RecordDonation(charity.Donation{GiftID: "g1", Date: socialorg.MustDate("2026-02-01"), Fund: "elderly",
		Amount: decimal.RequireFromString("500"), Restriction: charity.PurposeRestricted, Purpose: "助餐"})
	spend := func(amount string) charity.JournalEntry {
		return charity.JournalEntry{Type: charity.SpendRestrictedEntry, From: charity.PurposeRestricted, Expense: &charity.Expense{
			Date: socialorg.MustDate("2026-03-01"), Fund: "elderly", Category: charity.BusinessActivity, Charitable: true,
			Amount: decimal.RequireFromString(amount)}}
	}
	err := l.ApplyBatch([]charity.JournalEntry{spend("300"), spend("250")})
	fmt.Println(err)
	b, _ := l.Balance("elderly", charity.PurposeRestricted)
	fmt.Println(l.Len(), b)
	// Output:
	// socialorg: invalid batch[1] = "spend-restricted": amount = "250.00": more than the fund's purpose-restricted balance (200.00)
	// 1 500
}

// A change of a plan's use of the gifts is filed with civil affairs (Charity Law Art. 56). In
// Guangzhou the filing is due within 10 days of the decision body's approval (《广州市慈善促进条例》
// Art. 24 ¶1); elsewhere the law sets no term, so a change not filed is left undecided.
func ExampleCheckPlan_useChange() {
	p := charity.Plan{
		ID: "P-2025-011", Purpose: "社区长者助餐", Area: "广州市", PersonInCharge: "李四", Address: "越秀区某路1号",
		Method: "银行转账", BankAccount: "某银行", Beneficiaries: "独居长者", Use: "助餐补贴", Cost: "3%", Leftovers: "同类项目",
		Start: socialorg.MustDate("2025-03-01"), End: socialorg.MustDate("2025-08-31"), Filed: socialorg.MustDate("2025-02-15"),
		FinalReport: socialorg.MustDate("2025-10-15"),
		UseChanges:  []charity.UseChange{{Approved: socialorg.MustDate("2025-05-06"), Filed: socialorg.MustDate("2025-05-20")}},
	}
	for _, place := range []string{"440104", "440304"} { // 越秀区, Guangzhou; 福田区, Shenzhen
		p.Place = place
		r, _ := charity.CheckPlan(p, socialorg.MustDate("2025-11-30"))
		f, _ := r.Find(charity.RulePlanUseChange)
		fmt.Println(place, r.Verdict(), f.Message(language.English))
	}
	// Output:
	// 440104 not-met P-2025-011: a change of the plan's use of gifts is filed with civil affairs (days after approval): fail (got 14; required ≤ 10). Source: 《广州市慈善促进条例》第二十四条第一款
	// 440304 met P-2025-011: a change of the plan's use of gifts is filed with civil affairs (days after approval): pass (got yes; required yes). Source: 《中华人民共和国慈善法》（2023年修正）第五十六条
}

// The list condition of the qualification reads the organization's credit status: an unknown
// status leaves it undecided, so the application is not eligible until someone looks it up.
func ExampleCheckQualification_creditStatus() {
	in := charity.QualificationInput{
		Subject: "53440100MJ00000345", Kind: registry.Foundation, Registered: socialorg.MustDate("2020-06-01"), Grade: registry.Grade3A,
		Directors: 9, RelatedDirectors: 3, SecretaryGeneralFullTime: true, FullTimeStaff: true, Supervisors: 3, ProvincialOrAbove: true,
		TaxRegistered: true,
	}
	for _, s := range []registry.CreditStatus{registry.CreditUnknown, registry.CreditClear} {
		in.Credit = registry.CreditListing{Status: s}
		r, _ := charity.CheckQualification(in, socialorg.MustDate("2024-06-01"))
		f, _ := r.Find(charity.RuleQualAbnormal)
		fmt.Println(r.Eligible(), r.Verdict(), f.Message(language.English))
	}
	// Output:
	// false undecided 53440100MJ00000345: not on the list of organizations with abnormal activities (credit-list status): undecided (got unknown; required on neither list). Source: 《慈善组织公开募捐管理办法》（民政部令第59号）第五条第（八）项
	// true met 53440100MJ00000345: not on the list of organizations with abnormal activities (credit-list status): pass (got on neither list; required on neither list). Source: 《慈善组织公开募捐管理办法》（民政部令第59号）第五条第（八）项
}
