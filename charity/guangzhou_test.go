package charity_test

import (
	"encoding/json"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/charity"
	"github.com/socialorg/socialorg/registry"
)

// useChange judges one change of a plan's use, approved on approved and filed on filed ("" for
// not filed), at asOf, with the plan's Place and the options.
func useChange(t *testing.T, place, approved, filed, at string, opts ...socialorg.Option) (socialorg.Finding, charity.PlanResult) {
	t.Helper()
	p := plan("2021-06-01", "2021-11-30", "2021-05-20") // six months: no periodic disclosure
	p.FinalReport = day("2022-01-15")
	p.Place = place
	ch := charity.UseChange{Approved: day(approved)}
	if filed != "" {
		ch.Filed = day(filed)
	}
	p.UseChanges = []charity.UseChange{ch}
	res, err := charity.CheckPlan(p, day(at), opts...)
	require.NoError(t, err)
	f, ok := res.Find(charity.RulePlanUseChange)
	require.True(t, ok)
	return f, res
}

// TestPlanUseChangeGuangzhou: 《广州市慈善促进条例》 Art. 24 ¶1 「慈善组织确需变更募捐方案规定的捐赠财产用途
// 的，应当经其决策机构审议通过后十日内报民政部门备案」: ten days, at or inside Guangzhou (440100),
// from 2021-09-01 (Art. 39), read on the day of the approval. The Charity Law (2016 Art. 55, 2023
// Art. 56) asks for the filing with no term: elsewhere a change filed passes and one not filed is
// undecided.
func TestPlanUseChangeGuangzhou(t *testing.T) {
	gz := "《广州市慈善促进条例》"
	for _, tc := range []struct {
		name, place, approved, filed, at string
		want                             socialorg.Outcome
		undecided                        bool
		doc, article                     string
	}{
		{"9 days", "", "2022-03-01", "2022-03-10", "2022-06-01", socialorg.Pass, false, gz, "第二十四条第一款"},
		{"10 days", "", "2022-03-01", "2022-03-11", "2022-06-01", socialorg.Pass, false, gz, "第二十四条第一款"},
		{"11 days", "", "2022-03-01", "2022-03-12", "2022-06-01", socialorg.Fail, false, gz, "第二十四条第一款"},
		{"not filed, not yet due", "", "2022-03-01", "", "2022-03-11", socialorg.NotApplicable, false, gz, "第二十四条第一款"},
		{"not filed, past due", "", "2022-03-01", "", "2022-03-12", socialorg.Fail, false, gz, "第二十四条第一款"},
		{"a district of the city", "440104", "2022-03-01", "2022-03-12", "2022-06-01", socialorg.Fail, false, gz, "第二十四条第一款"},
		{"the day before the 条例", "", "2021-08-31", "2021-09-30", "2022-06-01", socialorg.Pass, false, "《中华人民共和国慈善法》", "第五十五条"},
		{"the day it took force", "", "2021-09-01", "2021-09-30", "2022-06-01", socialorg.Fail, false, gz, "第二十四条第一款"},
		{"Shenzhen, filed late by Guangzhou's term", "440300", "2022-03-01", "2022-05-01", "2022-06-01", socialorg.Pass, false, "《中华人民共和国慈善法》", "第五十五条"},
		{"Shenzhen, not filed", "440300", "2022-03-01", "", "2022-06-01", socialorg.NotApplicable, true, "《中华人民共和国慈善法》", "第五十五条"},
		{"Shenzhen, amended law", "440300", "2025-03-01", "", "2025-06-01", socialorg.NotApplicable, true, "《中华人民共和国慈善法》（2023年修正）", "第五十六条"},
	} {
		f, res := useChange(t, tc.place, tc.approved, tc.filed, tc.at)
		require.Equal(t, tc.want, f.Outcome, tc.name)
		require.Equal(t, tc.undecided, f.Undecided, tc.name)
		require.Equal(t, tc.doc, f.Cite.Document, tc.name)
		require.Equal(t, tc.article, f.Cite.Article, tc.name)
		if tc.undecided {
			require.Equal(t, socialorg.Undecided, res.Verdict(), tc.name)
		}
	}
	// The caller's place (socialorg.In) where the plan names none.
	f, _ := useChange(t, "", "2022-03-01", "", "2022-06-01", socialorg.In("440300"))
	require.True(t, f.Undecided, "outside Guangzhou: no term")
	// The plan's place wins over the caller's.
	f, _ = useChange(t, "440100", "2022-03-01", "", "2022-06-01", socialorg.In("440300"))
	require.Equal(t, socialorg.Fail, f.Outcome)
}

// TestPlanUseChangeCallerJurisdiction: a city's term is data. Yunfu (445300), defined only here,
// sets 15 days from 2023-01-01 through socialorg.WithJurisdictions; no check code changes.
func TestPlanUseChangeCallerJurisdiction(t *testing.T) {
	local := socialorg.Citation{Document: "云浮市慈善条例（测试）", Article: "第九条"}
	yunfu, err := socialorg.NewJurisdiction(socialorg.JurisdictionSpec{Code: "445300", Name: socialorg.Text{Hans: "云浮市", Hant: "雲浮市", En: "Yunfu"},
		Parameters: []socialorg.ParamOverrides{socialorg.Override("charity.plan.use-change-filing-days",
			socialorg.Dated[int]{From: day("2023-01-01"), Value: 15, Cite: local})}})
	require.NoError(t, err)
	with := socialorg.WithJurisdictions(yunfu)
	for _, tc := range []struct {
		approved, filed string
		want            socialorg.Outcome
		undecided       bool
	}{
		{"2023-03-01", "2023-03-16", socialorg.Pass, false}, // 15 days
		{"2023-03-01", "2023-03-17", socialorg.Fail, false}, // 16 days
		{"2022-12-31", "", socialorg.NotApplicable, true},   // before the city's rule: the law's, no term
	} {
		f, _ := useChange(t, "445300", tc.approved, tc.filed, "2023-06-01", with)
		require.Equal(t, tc.want, f.Outcome, tc.approved)
		require.Equal(t, tc.undecided, f.Undecided, tc.approved)
		if !tc.undecided {
			require.Equal(t, local, f.Cite)
		}
	}
	// Without the caller's jurisdiction the place has no term.
	f, _ := useChange(t, "445300", "2023-03-01", "2023-03-17", "2023-06-01")
	require.Equal(t, socialorg.Pass, f.Outcome)
}

// TestPlanUseChangeValidate: a change needs its approval; a filing before it, a place that is not
// a division code and an approval before the law are refused, with the package's codes.
func TestPlanUseChangeValidate(t *testing.T) {
	for _, tc := range []struct {
		mut  func(*charity.Plan)
		code string
	}{
		{func(p *charity.Plan) { p.UseChanges = []charity.UseChange{{}} }, "charity.plan.use_changes.approved.required"},
		{func(p *charity.Plan) {
			p.UseChanges = []charity.UseChange{{Approved: day("2022-03-01"), Filed: day("2022-02-28")}}
		}, "charity.plan.use_changes.filed.out_of_order"},
		{func(p *charity.Plan) { p.UseChanges = []charity.UseChange{{Approved: day("2016-08-31")}} }, "charity.plan.use_changes.approved.out_of_order"},
		{func(p *charity.Plan) { p.Place = "4401" }, "charity.plan.place.bad_format"},
		{func(p *charity.Plan) { p.UseChanges = make([]charity.UseChange, 1001) }, "charity.plan.use_changes.too_many"},
	} {
		p := plan("2021-06-01", "2027-12-31", "2021-05-20")
		tc.mut(&p)
		_, err := charity.CheckPlan(p, day("2022-06-01"))
		var ie *socialorg.InputError
		require.ErrorAs(t, err, &ie, tc.code)
		require.Equal(t, tc.code, ie.Code)
	}
}

// TestResultVerdictJSON: the results' JSON carries the verdict of their findings; the spending
// result keeps the contract's charitable_ok and management_ok beside it.
func TestResultVerdictJSON(t *testing.T) {
	in := charity.SpendingInput{Kind: registry.SocialGroup, PriorYearIncome: decimal.NewFromInt(1_000_000), PriorYearNetAssets: decimal.NewFromInt(2_000_000),
		CharitableExpenditure: decimal.NewFromInt(160_000), ManagementExpense: decimal.NewFromInt(10_000), TotalExpenditure: decimal.NewFromInt(300_000)}
	for _, tc := range []struct {
		charitable int64
		verdict    string
	}{{160_000, `"verdict":"met"`}, {159_999, `"verdict":"not-met"`}} {
		in.CharitableExpenditure = decimal.NewFromInt(tc.charitable)
		res, err := charity.CheckAnnualSpending(in, day("2025-06-30"))
		require.NoError(t, err)
		b, err := json.Marshal(res)
		require.NoError(t, err)
		require.Contains(t, string(b), tc.verdict)
		require.Contains(t, string(b), `"charitable_ok":`)
		var back charity.SpendingResult
		require.NoError(t, json.Unmarshal(b, &back))
		require.Equal(t, res.CharitableOK, back.CharitableOK)
		require.True(t, res.MinCharitable.Equal(back.MinCharitable))
	}
	_, res := useChange(t, "440300", "2022-03-01", "", "2022-06-01")
	b, err := json.Marshal(res)
	require.NoError(t, err)
	require.Contains(t, string(b), `"verdict":"undecided"`)
	var back charity.PlanResult
	require.NoError(t, json.Unmarshal(b, &back))
	require.Equal(t, res.Verdict(), back.Verdict())
}

// FuzzPlanUseChanges: any place and any changes of use are judged or refused without a panic, and
// a plan judged has one use-change finding per change, each with a citation.
func FuzzPlanUseChanges(f *testing.F) {
	f.Add("440104", int64(19000), int64(5), int64(-1), int64(20000))
	f.Add("", int64(17000), int64(30), int64(3), int64(17100))
	f.Add("4401x4", int64(0), int64(0), int64(0), int64(0))
	f.Add("999999", int64(-5), int64(1<<40), int64(7), int64(1<<50))
	f.Fuzz(func(t *testing.T, place string, approved, filedAfter, second, at int64) {
		p := plan("2021-06-01", "2021-11-30", "2021-05-20")
		p.FinalReport = day("2022-01-15")
		p.Place = place
		a := socialorg.DateFromDays(approved % 4_000_000)
		ch := charity.UseChange{Approved: a}
		if filedAfter >= 0 {
			ch.Filed = a.AddDays(int(filedAfter % 100_000))
		}
		p.UseChanges = []charity.UseChange{ch, {Approved: a.AddDays(int(second % 1000))}}
		res, err := charity.CheckPlan(p, socialorg.DateFromDays(at%4_000_000))
		if err != nil {
			return
		}
		n := 0
		for _, f := range res.Findings {
			if f.Rule == charity.RulePlanUseChange {
				n++
				require.NotEmpty(t, f.Cite.Document)
			}
		}
		require.Equal(t, len(p.UseChanges), n)
	})
}

// TestPlanPartnerAgreementGuangzhou: 《广州市慈善促进条例》 Art. 14 ¶3: a charity running a campaign with
// an organization or person without the qualification signs a written agreement 「明确募捐方案、募捐
// 成本分担、违约责任、争议解决方式等内容」, at or inside Guangzhou from 2021-09-01 (read at the plan's
// start). Elsewhere no list is set: no finding.
func TestPlanPartnerAgreementGuangzhou(t *testing.T) {
	all := []string{"plan", "cost-sharing", "liability", "disputes"}
	for _, tc := range []struct {
		name, place, start string
		partner            charity.Partner
		found              bool
		want               socialorg.Outcome
		got                string
	}{
		{"all four", "", "2022-03-01", charity.Partner{Name: "某社工站", Agreement: true, Covers: all}, true, socialorg.Pass, "none"},
		{"no cost sharing", "440104", "2022-03-01", charity.Partner{Name: "某社工站", Agreement: true, Covers: []string{"plan", "liability", "disputes"}}, true, socialorg.Fail, "cost-sharing"},
		{"no agreement", "", "2022-03-01", charity.Partner{Name: "张某"}, true, socialorg.Fail, "plan / cost-sharing / liability / disputes"},
		{"the day it took force", "", "2021-09-01", charity.Partner{Name: "张某"}, true, socialorg.Fail, "plan / cost-sharing / liability / disputes"},
		{"the day before", "", "2021-08-31", charity.Partner{Name: "张某"}, false, 0, ""},
		{"Shenzhen", "440300", "2022-03-01", charity.Partner{Name: "张某"}, false, 0, ""},
	} {
		p := plan(tc.start, day(tc.start).AddMonths(5).String(), day(tc.start).AddDays(-12).String())
		p.Place, p.Partners = tc.place, []charity.Partner{tc.partner}
		res, err := charity.CheckPlan(p, day(tc.start).AddDays(30))
		require.NoError(t, err, tc.name)
		f, ok := res.Find(charity.RulePlanPartnerAgreement)
		require.Equal(t, tc.found, ok, tc.name)
		if !ok {
			continue
		}
		require.Equal(t, tc.want, f.Outcome, tc.name)
		require.Equal(t, tc.got, f.Got, tc.name)
		require.Equal(t, p.ID+" / "+tc.partner.Name, f.Subject, tc.name)
		require.Equal(t, "第十四条第三款", f.Cite.Article, tc.name)
	}
	p := plan("2022-03-01", "2022-07-01", "2022-02-10")
	p.Partners = []charity.Partner{{Name: "张某", Covers: []string{"plan"}}}
	_, err := charity.CheckPlan(p, day("2022-04-01"))
	var ie *socialorg.InputError
	require.ErrorAs(t, err, &ie)
	require.Equal(t, "charity.plan.partners.covers.not_allowed", ie.Code)
}
