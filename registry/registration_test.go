package registry_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/msgcat"
	"github.com/socialorg/socialorg/registry"
)

var asOf = socialorg.MustDate("2026-11-27")

func yuan(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func socialGroup() registry.Organization {
	return registry.Organization{
		Code:              registry.MustCreditCode("51440100MJ0000018M"),
		Name:              "广州市社区公益促进会",
		Kind:              registry.SocialGroup,
		Division:          "440100",
		IndividualMembers: 60,
		Staff:             2,
		Funds:             yuan("30000"),
		Domicile:          "广州市越秀区某路1号",
	}
}

// outcome runs CheckRegistration and returns the outcome of one rule; it also checks that every
// finding is cited, titled in the catalog, and about o.
func outcome(t *testing.T, o registry.Organization, rule string, opts ...registry.CheckOption) socialorg.Finding {
	t.Helper()
	r, err := registry.CheckRegistration(o, asOf, opts...)
	require.NoError(t, err)
	for _, f := range r.Findings {
		require.NotEmpty(t, f.Cite.Document, f.Rule)
		require.True(t, msgcat.Has(f.Rule), "rule %s has no title", f.Rule)
		require.True(t, f.Outcome.IsValid(), f.Rule)
		require.NotEmpty(t, f.Subject, f.Rule)
	}
	f, ok := r.Find(rule)
	require.True(t, ok, "no finding %s", rule)
	return f
}

func TestSocialGroupMembers(t *testing.T) {
	tests := []struct {
		ind, units int
		want       socialorg.Outcome
		wantFig    string
	}{
		{49, 0, socialorg.Fail, "≥ 50 / —"},
		{50, 0, socialorg.Pass, "≥ 50 / —"},
		{51, 0, socialorg.Pass, "≥ 50 / —"},
		{0, 0, socialorg.Fail, "≥ 50 / —"},
		{0, 29, socialorg.Fail, "— / ≥ 30"},
		{0, 30, socialorg.Pass, "— / ≥ 30"},
		{0, 31, socialorg.Pass, "— / ≥ 30"},
		{20, 29, socialorg.Fail, "Σ ≥ 50"}, // mixed: 49 in all
		{20, 30, socialorg.Pass, "Σ ≥ 50"}, // mixed: 50
		{1, 30, socialorg.Fail, "Σ ≥ 50"},  // 30 units alone would do; mixed, 31 < 50
		{49, 1, socialorg.Pass, "Σ ≥ 50"},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("%d_%d", tc.ind, tc.units), func(t *testing.T) {
			o := socialGroup()
			o.IndividualMembers, o.UnitMembers = tc.ind, tc.units
			f := outcome(t, o, "registry.socialgroup.members")
			require.Equal(t, tc.want, f.Outcome)
			require.Equal(t, tc.wantFig, f.Want)
			require.Equal(t, fmt.Sprintf("%d / %d", tc.ind, tc.units), f.Got)
			require.Equal(t, "第十条第一款第（一）项", f.Cite.Article)
		})
	}
}

func TestSocialGroupFunds(t *testing.T) {
	tests := []struct {
		division, funds string
		want            socialorg.Outcome
	}{
		{"440100", "29999.99", socialorg.Fail},
		{"440100", "30000", socialorg.Pass},
		{"440100", "30000.01", socialorg.Pass},
		{"440106", "29999.99", socialorg.Fail}, // district-registered: local
		{"440000", "30000.00", socialorg.Pass}, // provincial: local
		{"100000", "99999.99", socialorg.Fail}, // national
		{"100000", "100000", socialorg.Pass},
		{"100000", "100000.01", socialorg.Pass},
	}
	for _, tc := range tests {
		t.Run(tc.division+"_"+tc.funds, func(t *testing.T) {
			o := socialGroup()
			o.Code = registry.CreditCode{}
			o.Division, o.Funds = tc.division, yuan(tc.funds)
			f := outcome(t, o, "registry.socialgroup.funds")
			require.Equal(t, tc.want, f.Outcome)
			require.Equal(t, yuan(tc.funds).StringFixed(2), f.Got)
		})
	}
}

func TestSocialGroupNameDomicileStaff(t *testing.T) {
	o := socialGroup()
	o.Name = "中华传统文化研究会"
	require.Equal(t, socialorg.Fail, outcome(t, o, "registry.socialgroup.name").Outcome)
	o.Name = "广州市中华文化促进会" // 中华 inside the name is allowed
	require.Equal(t, socialorg.Pass, outcome(t, o, "registry.socialgroup.name").Outcome)
	o.Name, o.Division, o.Code, o.Funds = "中国某某协会", "100000", registry.CreditCode{}, yuan("100000")
	require.Equal(t, socialorg.NotApplicable, outcome(t, o, "registry.socialgroup.name").Outcome, "national names are approved elsewhere")

	o = socialGroup()
	o.Domicile = "  "
	require.Equal(t, socialorg.Fail, outcome(t, o, "registry.socialgroup.domicile").Outcome)
	o.Staff = 0
	require.Equal(t, socialorg.Fail, outcome(t, o, "registry.socialgroup.staff").Outcome)
	o.Staff = 1
	require.Equal(t, socialorg.Pass, outcome(t, o, "registry.socialgroup.staff").Outcome)
}

func TestFoundationFund(t *testing.T) {
	tests := []struct {
		typ   registry.FoundationType
		funds string
		want  socialorg.Outcome
	}{
		{registry.NationalPublicFoundation, "7999999.99", socialorg.Fail},
		{registry.NationalPublicFoundation, "8000000", socialorg.Pass},
		{registry.LocalPublicFoundation, "3999999.99", socialorg.Fail},
		{registry.LocalPublicFoundation, "4000000.00", socialorg.Pass},
		{registry.LocalPublicFoundation, "4000000.01", socialorg.Pass},
		{registry.NonPublicFoundation, "1999999.99", socialorg.Fail},
		{registry.NonPublicFoundation, "2000000", socialorg.Pass},
	}
	for _, tc := range tests {
		t.Run(tc.typ.String()+"_"+tc.funds, func(t *testing.T) {
			o := registry.Organization{Name: "广州市某某基金会", Kind: registry.Foundation, Division: "440100",
				FoundationType: tc.typ, Funds: yuan(tc.funds), FundsInCash: true}
			f := outcome(t, o, "registry.foundation.fund")
			require.Equal(t, tc.want, f.Outcome)
			require.Equal(t, "第八条第（二）项", f.Cite.Article)
			require.Equal(t, socialorg.Pass, outcome(t, o, "registry.foundation.cash").Outcome)
		})
	}
	o := registry.Organization{Name: "F", Kind: registry.Foundation, Division: "440100", FoundationType: registry.NonPublicFoundation, Funds: yuan("3000000")}
	require.Equal(t, socialorg.Fail, outcome(t, o, "registry.foundation.cash").Outcome)
}

func TestServiceAgency(t *testing.T) {
	base := registry.Organization{Name: "广州市某某社会工作服务中心", Kind: registry.SocialServiceAgency, Division: "440104",
		Funds: yuan("30000"), Staff: 3, Domicile: "越秀区"}

	f := outcome(t, base, "registry.ssa.approval")
	require.Equal(t, socialorg.NotApplicable, f.Outcome, "Guangzhou: direct registration outside pre-approval fields")
	require.Contains(t, f.Cite.Document, "广州市社会组织管理办法")

	o := base
	o.PreApproval = true
	require.Equal(t, socialorg.Fail, outcome(t, o, "registry.ssa.approval").Outcome)
	o.SupervisorApproved = true
	require.Equal(t, socialorg.Pass, outcome(t, o, "registry.ssa.approval").Outcome)

	o = base
	o.Division = "440000" // provincial: the national text applies
	f = outcome(t, o, "registry.ssa.approval")
	require.Equal(t, socialorg.Fail, f.Outcome)
	require.Equal(t, "第八条第（一）项", f.Cite.Article)

	o = base
	o.Funds = yuan("0")
	require.Equal(t, socialorg.Fail, outcome(t, o, "registry.ssa.assets").Outcome)
	o.Funds = yuan("0.01")
	require.Equal(t, socialorg.Pass, outcome(t, o, "registry.ssa.assets").Outcome)

	f = outcome(t, base, "registry.ssa.min-funds")
	require.Equal(t, socialorg.NotApplicable, f.Outcome)
	require.Equal(t, "unset", f.Want)

	local := socialorg.Citation{Document: "某区民办非企业单位登记指引", Article: "第三条"}
	for funds, want := range map[string]socialorg.Outcome{"29999.99": socialorg.Fail, "30000": socialorg.Pass, "30000.01": socialorg.Pass} {
		o = base
		o.Funds = yuan(funds)
		f = outcome(t, o, "registry.ssa.min-funds", registry.WithServiceAgencyMinFunds(yuan("30000"), local))
		require.Equal(t, want, f.Outcome, funds)
		require.Equal(t, local, f.Cite)
		require.Equal(t, "≥ 30000.00", f.Want)
	}
	_, err := registry.CheckRegistration(base, asOf, registry.WithServiceAgencyMinFunds(yuan("30000"), socialorg.Citation{}))
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
	_, err = registry.CheckRegistration(base, asOf, registry.WithServiceAgencyMinFunds(yuan("0.001"), local))
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)

	o = base
	o.Staff, o.Domicile = 0, ""
	require.Equal(t, socialorg.Fail, outcome(t, o, "registry.ssa.staff").Outcome)
	require.Equal(t, socialorg.Fail, outcome(t, o, "registry.ssa.premises").Outcome)
}

func filed(typ registry.FilingType) registry.Organization {
	return registry.Organization{Name: "某某社区舞蹈队", Kind: registry.CommunityOrg, Division: "440104",
		Subdistrict: "440104001", Community: "440104001001", Filing: typ, Form: "队", Domicile: "社区活动室"}
}

func TestFilingThresholds(t *testing.T) {
	type row struct {
		natural, legal, members, staff int
		initiators, size               socialorg.Outcome
	}
	group := []row{
		{2, 0, 10, 0, socialorg.Fail, socialorg.Pass},
		{3, 0, 10, 0, socialorg.Pass, socialorg.Pass},
		{0, 1, 10, 0, socialorg.Fail, socialorg.Pass},
		{0, 2, 10, 0, socialorg.Pass, socialorg.Pass},
		{3, 0, 9, 0, socialorg.Pass, socialorg.Fail},
		{3, 0, 11, 0, socialorg.Pass, socialorg.Pass},
	}
	for _, tc := range group {
		o := filed(registry.GroupFiling)
		o.NaturalInitiators, o.LegalInitiators, o.IndividualMembers = tc.natural, tc.legal, tc.members
		require.Equal(t, tc.initiators, outcome(t, o, "registry.filing.initiators").Outcome, "%+v", tc)
		require.Equal(t, tc.size, outcome(t, o, "registry.filing.members").Outcome, "%+v", tc)
	}
	service := []row{
		{1, 0, 0, 2, socialorg.Fail, socialorg.Pass},
		{2, 0, 0, 2, socialorg.Pass, socialorg.Pass},
		{0, 1, 0, 2, socialorg.Pass, socialorg.Pass},
		{2, 0, 0, 1, socialorg.Pass, socialorg.Fail},
		{2, 0, 0, 3, socialorg.Pass, socialorg.Pass},
	}
	for _, tc := range service {
		o := filed(registry.ServiceFiling)
		o.Form = "中心"
		o.NaturalInitiators, o.LegalInitiators, o.Staff = tc.natural, tc.legal, tc.staff
		require.Equal(t, tc.initiators, outcome(t, o, "registry.filing.initiators").Outcome, "%+v", tc)
		require.Equal(t, tc.size, outcome(t, o, "registry.filing.staff").Outcome, "%+v", tc)
	}
	o := filed(registry.GroupFiling)
	o.Branches = 1
	require.Equal(t, socialorg.Fail, outcome(t, o, "registry.filing.branches").Outcome)
	o.Domicile = ""
	require.Equal(t, socialorg.Fail, outcome(t, o, "registry.filing.premises").Outcome)
}

func TestRegimeDates(t *testing.T) {
	tests := []struct {
		name   string
		o      registry.Organization
		before string // the day before the first regime
		first  string
	}{
		{"social group", socialGroup(), "1998-10-24", "1998-10-25"},
		{"foundation", registry.Organization{Name: "F", Kind: registry.Foundation, Division: "440100",
			FoundationType: registry.NonPublicFoundation, Funds: yuan("2000000"), FundsInCash: true}, "2004-05-31", "2004-06-01"},
		{"filing", filed(registry.GroupFiling), "2022-05-25", "2022-05-26"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := registry.CheckRegistration(tc.o, socialorg.MustDate(tc.before))
			require.ErrorIs(t, err, socialorg.ErrNotInForce)
			_, err = registry.CheckRegistration(tc.o, socialorg.MustDate(tc.first))
			require.NoError(t, err)
			_, err = registry.CheckRegistration(tc.o, socialorg.Date{})
			require.ErrorIs(t, err, socialorg.ErrNotInForce)
		})
	}
}

func TestCodeConsistency(t *testing.T) {
	o := socialGroup()
	require.Equal(t, socialorg.Pass, outcome(t, o, "registry.code.kind").Outcome)
	require.Equal(t, socialorg.Pass, outcome(t, o, "registry.code.division").Outcome)

	o.Kind = registry.SocialServiceAgency // a 51 code on an agency
	f := outcome(t, o, "registry.code.kind")
	require.Equal(t, socialorg.Fail, f.Outcome)
	require.Equal(t, "51", f.Got)
	require.Equal(t, "52", f.Want)

	o = socialGroup()
	o.Division = "440106"
	require.Equal(t, socialorg.Fail, outcome(t, o, "registry.code.division").Outcome)

	// A lifelong code issued by the former 萝岗区 (440116) belongs to today's 黄埔区 (440112).
	c, err := registry.NewCreditCode('5', '1', "440116", "MJ0000018")
	require.NoError(t, err)
	o = socialGroup()
	o.Code, o.Division = c, "440112"
	require.Equal(t, socialorg.Pass, outcome(t, o, "registry.code.division").Outcome)

	o = filed(registry.GroupFiling)
	r, err := registry.CheckRegistration(o, asOf)
	require.NoError(t, err)
	_, ok := r.Find("registry.code.kind")
	require.False(t, ok, "no code, no code finding")
}

func TestValidateErrors(t *testing.T) {
	tests := map[string]struct {
		mut   func(*registry.Organization)
		field string
	}{
		"no name":            {func(o *registry.Organization) { o.Name = "" }, "Organization.Name"},
		"bad kind":           {func(o *registry.Organization) { o.Kind = 9 }, "Organization.Kind"},
		"no kind":            {func(o *registry.Organization) { o.Kind = 0 }, "Organization.Kind"},
		"unknown division":   {func(o *registry.Organization) { o.Division = "440300" }, "Organization.Division"},
		"negative members":   {func(o *registry.Organization) { o.IndividualMembers = -1 }, "Organization.IndividualMembers"},
		"negative staff":     {func(o *registry.Organization) { o.Staff = -3 }, "Organization.Staff"},
		"sub-fen funds":      {func(o *registry.Organization) { o.Funds = yuan("30000.001") }, "Organization.Funds"},
		"negative funds":     {func(o *registry.Organization) { o.Funds = yuan("-1") }, "Organization.Funds"},
		"foundation type":    {func(o *registry.Organization) { o.FoundationType = registry.NonPublicFoundation }, "Organization.FoundationType"},
		"filing on a group":  {func(o *registry.Organization) { o.Filing = registry.GroupFiling }, "Organization.Filing"},
		"bad form":           {func(o *registry.Organization) { o.Form = "公司" }, "Organization.Form"},
		"foundation no type": {func(o *registry.Organization) { o.Kind = registry.Foundation; o.Code = registry.CreditCode{} }, "Organization.FoundationType"},
		"filed, no type":     {func(o *registry.Organization) { o.Kind = registry.CommunityOrg; o.Form = "队" }, "Organization.Filing"},
		"filed, no form":     {func(o *registry.Organization) { o.Kind = registry.CommunityOrg; o.Filing = registry.GroupFiling }, "Organization.Form"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			o := socialGroup()
			tc.mut(&o)
			_, err := registry.CheckRegistration(o, asOf)
			require.ErrorIs(t, err, socialorg.ErrInvalidInput)
			var ie *socialorg.InputError
			require.True(t, errors.As(err, &ie), "%v", err)
			require.Equal(t, tc.field, ie.Field, "%v", err)
			require.Contains(t, err.Error(), tc.field)
		})
	}
}

func TestRegistrationMessages(t *testing.T) {
	o := socialGroup()
	o.Funds = yuan("20000")
	r, err := registry.CheckRegistration(o, asOf)
	require.NoError(t, err)
	require.False(t, r.OK())
	fails := r.Failures()
	require.Len(t, fails, 1)
	require.Equal(t, "51440100MJ0000018M：社会团体活动资金（元）——不通过（实际 20000.00；要求 ≥ 30000.00）。依据：《社会团体登记管理条例》（国务院令第250号，2016年修订）第十条第一款第（五）项",
		fails[0].Message(language.Chinese))
}

func TestParametersAreCitedAndSorted(t *testing.T) {
	ps := registry.Parameters()
	require.NotEmpty(t, ps)
	for i, p := range ps {
		if i > 0 {
			require.Less(t, ps[i-1].ID(), p.ID())
		}
		for _, e := range p.Entries() {
			require.NotEmpty(t, e.Cite.Document, p.ID())
			require.False(t, e.From.IsZero(), p.ID())
		}
	}
}

func TestServiceAgencyApprovalRegimes(t *testing.T) {
	o := registry.Organization{Name: "广州市某某服务中心", Kind: registry.SocialServiceAgency, Division: "440104",
		Funds: yuan("30000"), Staff: 3, Domicile: "越秀区"}
	// Before Guangzhou Order 108 every agency needed its supervising unit's approval.
	r, err := registry.CheckRegistration(o, socialorg.MustDate("2014-12-31"))
	require.NoError(t, err)
	f, _ := r.Find("registry.ssa.approval")
	require.Equal(t, socialorg.Fail, f.Outcome)
	require.Contains(t, f.Cite.Document, "民办非企业单位登记管理暂行条例")
	r, err = registry.CheckRegistration(o, socialorg.MustDate("2015-01-01"))
	require.NoError(t, err)
	f, _ = r.Find("registry.ssa.approval")
	require.Equal(t, socialorg.NotApplicable, f.Outcome)
	require.Equal(t, "第七条", f.Cite.Article)
	_, err = registry.CheckRegistration(o, socialorg.MustDate("1998-10-24"))
	require.ErrorIs(t, err, socialorg.ErrNotInForce)
}

func TestServiceAgencyOutsideGuangzhouBefore1998(t *testing.T) {
	o := registry.Organization{Name: "某某服务中心", Kind: registry.SocialServiceAgency, Division: "440000",
		Funds: yuan("30000"), Staff: 3, Domicile: "广州"}
	_, err := registry.CheckRegistration(o, socialorg.MustDate("1998-10-24"))
	require.ErrorIs(t, err, socialorg.ErrNotInForce)
	r, err := registry.CheckRegistration(o, socialorg.MustDate("2026-11-27"))
	require.NoError(t, err)
	f, _ := r.Find("registry.ssa.approval")
	require.Equal(t, "第八条第（一）项", f.Cite.Article)
}
