package calendar_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/calendar"
	"github.com/socialorg/socialorg/charity"
	"github.com/socialorg/socialorg/partybuilding"
	"github.com/socialorg/socialorg/registry"
)

var d = socialorg.MustDate

// Synthetic codes (check characters valid): Guangzhou's bureau (440100) and Shenzhen's (440300).
func code(t testing.TB, category byte, division string) registry.CreditCode {
	t.Helper()
	c, err := registry.NewCreditCode('5', category, division, "MJ0000018")
	require.NoError(t, err)
	return c
}

func profile(t testing.TB, category byte) calendar.Profile {
	return calendar.Profile{Code: code(t, category, "440100"), Registered: d("2015-06-01")}
}

func tasks(t testing.TB, p calendar.Profile, from, to string, opts ...socialorg.Option) calendar.Calendar {
	t.Helper()
	c, err := calendar.Obligations(p, d(from), d(to), opts...)
	require.NoError(t, err)
	return c
}

// only returns the one task of rule r, failing when there is not exactly one.
func only(t testing.TB, c calendar.Calendar, r socialorg.RuleID) calendar.Task {
	t.Helper()
	ts := c.ByRule(r)
	require.Len(t, ts, 1, "tasks of %s: %v", r, ts)
	return ts[0]
}

// bothSides checks a task's status on its due day (due) and the day after (overdue), and that a
// completion on the due day makes it done.
func bothSides(t *testing.T, tk calendar.Task) {
	t.Helper()
	require.Equal(t, calendar.Open, tk.StatusAt(tk.Due), tk.ID)
	require.Equal(t, calendar.Overdue, tk.StatusAt(tk.Due.AddDays(1)), tk.ID)
	if !tk.Opens.IsZero() {
		require.Equal(t, calendar.Upcoming, tk.StatusAt(tk.Opens.AddDays(-1)), tk.ID)
		require.Equal(t, calendar.Open, tk.StatusAt(tk.Opens), tk.ID)
	}
	tk.Done = tk.Due
	require.Equal(t, calendar.Done, tk.StatusAt(tk.Due.AddDays(1)))
	require.False(t, tk.Late())
	tk.Done = tk.Due.AddDays(1)
	require.Equal(t, calendar.Open, tk.StatusAt(tk.Due), "done later is not done yet")
	require.Equal(t, calendar.Done, tk.StatusAt(tk.Due.AddDays(1)))
	require.True(t, tk.Late())
}

// TestYearlyReports: Order 250 Art. 28 and Order 251 Art. 23 (31 March to the supervising unit,
// 31 May to the registration authority), Order 400 Art. 36 (31 March), Charity Law Art. 13, Order
// 61/81 (publication by 31 May), Order 81 Art. 15 (related parties by 31 May, from 2026), 27号 Art.
// 4(2) (31 March); each on both sides of its day.
func TestYearlyReports(t *testing.T) {
	for _, tc := range []struct {
		name     string
		category byte
		charity  bool
		pretax   bool
		rule     socialorg.RuleID
		year     string
		due      string
		doc, art string
		cons     socialorg.RuleID
	}{
		{"group to its supervising unit", '1', false, false, calendar.RuleSocialGroupSupervisor, "2026", "2026-03-31", "国务院令第250号", "第二十八条", ""},
		{"group to its authority", '1', false, false, calendar.RuleSocialGroupAuthority, "2026", "2026-05-31", "国务院令第250号", "第二十八条", registry.RuleCreditAnnualReport},
		{"agency to its supervising unit", '2', false, false, calendar.RuleServiceAgencySupervisor, "2026", "2026-03-31", "国务院令第251号", "第二十三条", ""},
		{"agency to its authority", '2', false, false, calendar.RuleServiceAgencyAuthority, "2026", "2026-05-31", "国务院令第251号", "第二十三条", registry.RuleCreditAnnualReport},
		{"foundation to its authority", '3', false, false, calendar.RuleFoundationAuthority, "2026", "2026-03-31", "国务院令第400号", "第三十六条", registry.RuleCreditAnnualReport},
		{"charity foundation's reports, 2023 law", '3', true, false, calendar.RuleCharityAnnualReport, "2026", "2026-03-31", "2023年修正", "第十三条", calendar.ConsequenceCharityReport},
		{"charity group's reports, 2016 law", '1', true, false, calendar.RuleCharityAnnualReport, "2024", "2024-05-31", "慈善法》（2016年）", "第十三条", calendar.ConsequenceCharityReport},
		{"publication, Order 61", '1', true, false, calendar.RuleDisclosureAnnualReport, "2025", "2025-05-31", "民政部令第61号", "", calendar.ConsequenceDisclosure},
		{"publication, Order 81", '1', true, false, calendar.RuleDisclosureAnnualReport, "2026", "2026-05-31", "民政部令第81号", "", calendar.ConsequenceDisclosure},
		{"related parties, Order 81", '2', true, false, calendar.RuleDisclosureRelatedList, "2026", "2026-05-31", "民政部令第81号", "第十五条", ""},
		{"pre-tax special report", '3', false, true, calendar.RulePreTaxReport, "2026", "2026-03-31", "2020年第27号", "第四条第（二）项", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := profile(t, tc.category)
			p.Charity, p.PreTaxDeduction = tc.charity, tc.pretax
			c := tasks(t, p, tc.year+"-01-01", tc.year+"-12-31")
			tk := only(t, c, tc.rule)
			require.Equal(t, tc.due, tk.Due.String())
			require.Equal(t, tc.year+"-01-01", tk.Opens.String())
			require.Contains(t, tk.Cite.Document, tc.doc)
			require.Equal(t, tc.art, tk.Cite.Article)
			require.Equal(t, tc.cons, tk.Consequence.Rule)
			if tc.cons != "" {
				require.NotEmpty(t, tk.Consequence.Cite.Document)
			}
			bothSides(t, tk)
			// A period that ends the day before the due day does not hold it; one that starts on it does.
			require.Empty(t, tasks(t, p, tc.year+"-01-01", tk.Due.AddDays(-1).String()).ByRule(tc.rule))
			require.Len(t, tasks(t, p, tk.Due.String(), tk.Due.String()).ByRule(tc.rule), 1)
		})
	}
}

// TestYearlyReportsScope: directly registered organizations report to no supervising unit; no
// report is due for a year before registration; Order 81's related-party list starts in 2026,
// and publication under Order 61 starts with it (2018-09-01).
func TestYearlyReportsScope(t *testing.T) {
	p := profile(t, '1')
	p.DirectlyRegistered = true
	c := tasks(t, p, "2026-01-01", "2026-12-31")
	require.Empty(t, c.ByRule(calendar.RuleSocialGroupSupervisor))
	require.Len(t, c.ByRule(calendar.RuleSocialGroupAuthority), 1)

	p = profile(t, '2')
	p.Registered = d("2025-12-31")
	require.Len(t, tasks(t, p, "2026-01-01", "2026-12-31").ByRule(calendar.RuleServiceAgencyAuthority), 1, "registered in 2025: reports on 2025")
	p.Registered = d("2026-01-01")
	require.Empty(t, tasks(t, p, "2026-01-01", "2026-12-31").ByRule(calendar.RuleServiceAgencyAuthority), "registered in 2026: nothing to report yet")

	p = profile(t, '2')
	p.Charity = true
	c = tasks(t, p, "2025-01-01", "2025-12-31")
	require.Empty(t, c.ByRule(calendar.RuleDisclosureRelatedList), "no related-party list before Order 81")
	require.Len(t, c.ByRule(calendar.RuleDisclosureAnnualReport), 1)
	require.Empty(t, tasks(t, p, "2018-01-01", "2018-12-31").ByRule(calendar.RuleDisclosureAnnualReport), "Order 61 took effect 2018-09-01, after 1 January")
	require.Len(t, tasks(t, p, "2019-01-01", "2019-12-31").ByRule(calendar.RuleDisclosureAnnualReport), 1)
	// Ten years give ten reports, in order.
	c = tasks(t, p, "2016-01-01", "2025-12-31")
	require.Len(t, c.ByRule(calendar.RuleServiceAgencyAuthority), 10)
	for i := 1; i < len(c.Tasks); i++ {
		require.False(t, c.Tasks[i].Due.Before(c.Tasks[i-1].Due), "sorted by due day")
	}
}

// TestEventWindows: each event's window on both sides of its regime change: the Charity Law's
// amendment (2024-09-05: trusts), Order 81 (2026-01-01: disclosure, new leftovers and partner
// rules, settlors), Guangzhou's regulations (2021-09-01), and only in Guangzhou.
func TestEventWindows(t *testing.T) {
	gz, sz := "440100", "440300"
	for _, tc := range []struct {
		name      string
		place     string
		charity   bool
		pf        bool
		ev        calendar.Event
		rule      socialorg.RuleID
		due       string // "" for no task
		doc, art  string
		consequen socialorg.RuleID
	}{
		{"trust filed, 2016 law", gz, true, false, calendar.Event{Kind: calendar.EventTrustSigned, On: d("2024-09-04")}, calendar.RuleTrustFiling, "2024-09-11", "慈善法》（2016年）", "第四十五条第一款", calendar.ConsequenceTrustUntaxed},
		{"trust filed, 2023 law", gz, true, false, calendar.Event{Kind: calendar.EventTrustSigned, On: d("2024-09-05")}, calendar.RuleTrustFiling, "2024-09-12", "2023年修正", "第四十五条第一款", calendar.ConsequenceTrustUntaxed},
		{"new trustee, 2016 law (Art. 47)", sz, false, false, calendar.Event{Kind: calendar.EventTrusteeChanged, On: d("2024-09-04")}, calendar.RuleTrustChange, "2024-09-11", "慈善法》（2016年）", "第四十七条", ""},
		{"new trustee, 2023 law (Art. 48)", sz, false, false, calendar.Event{Kind: calendar.EventTrusteeChanged, On: d("2024-09-05")}, calendar.RuleTrustChange, "2024-09-12", "2023年修正", "第四十八条", ""},
		{"settlor, before Order 81", gz, true, false, calendar.Event{Kind: calendar.EventTrustSigned, On: d("2025-12-31"), Role: calendar.RoleSettlor}, calendar.RuleDisclosureSettlorTrust, "", "", "", ""},
		{"settlor, Order 81", gz, true, false, calendar.Event{Kind: calendar.EventTrustSigned, On: d("2026-01-01"), Role: calendar.RoleSettlor}, calendar.RuleDisclosureSettlorTrust, "2026-01-31", "民政部令第81号", "第十二条第二款", calendar.ConsequenceDisclosure},
		{"major change, Order 61", sz, true, false, calendar.Event{Kind: calendar.EventMajorAssetChange, On: d("2025-12-31")}, calendar.RuleDisclosureMajorChange, "2026-01-30", "民政部令第61号", "", calendar.ConsequenceDisclosure},
		{"major change, Order 81", sz, true, false, calendar.Event{Kind: calendar.EventMajorAssetChange, On: d("2026-01-01")}, calendar.RuleDisclosureMajorChange, "2026-01-31", "民政部令第81号", "第十三条", calendar.ConsequenceDisclosure},
		{"major change, not a charity", sz, false, false, calendar.Event{Kind: calendar.EventMajorAssetChange, On: d("2026-01-01")}, calendar.RuleDisclosureMajorChange, "", "", "", ""},
		{"related party, Order 61", sz, true, false, calendar.Event{Kind: calendar.EventRelatedPartyDeal, On: d("2025-12-31")}, calendar.RuleDisclosureRelatedDeal, "2026-01-30", "民政部令第61号", "", calendar.ConsequenceDisclosure},
		{"related party, Order 81", sz, true, false, calendar.Event{Kind: calendar.EventRelatedPartyDeal, On: d("2026-01-01")}, calendar.RuleDisclosureRelatedDeal, "2026-01-31", "民政部令第81号", "第十四条", calendar.ConsequenceDisclosure},
		{"leftovers, before Order 81", sz, true, false, calendar.Event{Kind: calendar.EventProjectEnded, On: d("2025-12-31")}, calendar.RuleDisclosureLeftovers, "", "", "", ""},
		{"leftovers, Order 81: three months", sz, true, false, calendar.Event{Kind: calendar.EventProjectEnded, On: d("2026-01-01")}, calendar.RuleDisclosureLeftovers, "2026-04-01", "民政部令第81号", "", calendar.ConsequenceDisclosure},
		{"leftovers, month end clamps", sz, true, false, calendar.Event{Kind: calendar.EventProjectEnded, On: d("2026-11-30")}, calendar.RuleDisclosureLeftovers, "2027-02-28", "民政部令第81号", "", calendar.ConsequenceDisclosure},
		{"partners, before Order 81", sz, true, true, calendar.Event{Kind: calendar.EventCampaignEnded, On: d("2025-12-31")}, calendar.RuleDisclosurePartners, "", "", "", ""},
		{"partners, Order 81", sz, true, true, calendar.Event{Kind: calendar.EventCampaignEnded, On: d("2026-01-01")}, calendar.RuleDisclosurePartners, "2026-04-01", "民政部令第81号", "", calendar.ConsequenceDisclosure},
		{"partners, without the qualification", sz, true, false, calendar.Event{Kind: calendar.EventCampaignEnded, On: d("2026-01-01")}, calendar.RuleDisclosurePartners, "", "", "", ""},
		{"Guangzhou related party, before the regulations", gz, true, false, calendar.Event{Kind: calendar.EventRelatedPartyDeal, On: d("2021-08-31")}, calendar.RuleGuangzhouRelatedParty, "", "", "", ""},
		{"Guangzhou related party (charity)", gz, true, false, calendar.Event{Kind: calendar.EventRelatedPartyDeal, On: d("2021-09-01")}, calendar.RuleGuangzhouRelatedParty, "2021-10-01", "广州市慈善促进条例", "第三十三条第二款、第三款", calendar.ConsequenceDisclosure},
		{"Guangzhou related party (other organization)", gz, false, false, calendar.Event{Kind: calendar.EventRelatedPartyDeal, On: d("2021-09-01")}, calendar.RuleGuangzhouRelatedParty, "2021-10-01", "广州市慈善促进条例", "第三十三条第二款、第三款", calendar.ConsequenceGuangzhouOther},
		{"Shenzhen: no Guangzhou window", sz, true, false, calendar.Event{Kind: calendar.EventRelatedPartyDeal, On: d("2022-09-01")}, calendar.RuleGuangzhouRelatedParty, "", "", "", ""},
		{"Guangzhou use change: 10 days", gz, true, false, calendar.Event{Kind: calendar.EventUseChanged, On: d("2021-09-01")}, calendar.RuleGuangzhouUseChange, "2021-09-11", "广州市慈善促进条例", "第二十四条第一款", ""},
		{"Guangzhou use change, before", gz, true, false, calendar.Event{Kind: calendar.EventUseChanged, On: d("2021-08-31")}, calendar.RuleGuangzhouUseChange, "", "", "", ""},
		{"Shenzhen use change", sz, true, false, calendar.Event{Kind: calendar.EventUseChanged, On: d("2022-01-01")}, calendar.RuleGuangzhouUseChange, "", "", "", ""},
		{"Guangzhou donor notice: 60 days", gz, false, false, calendar.Event{Kind: calendar.EventDonorUnreachableNotice, On: d("2022-01-01")}, calendar.RuleGuangzhouDonorNotice, "2022-03-02", "广州市慈善促进条例", "第二十四条第二款", ""},
		{"Guangzhou donor query: 20 days", gz, false, false, calendar.Event{Kind: calendar.EventDonorQuery, On: d("2022-01-01")}, calendar.RuleGuangzhouDonorQuery, "2022-01-21", "广州市慈善促进条例", "第二十三条第一款", calendar.ConsequenceGuangzhouOther},
		{"Liwan inherits Guangzhou's window", "440103", false, false, calendar.Event{Kind: calendar.EventDonorQuery, On: d("2022-01-01")}, calendar.RuleGuangzhouDonorQuery, "2022-01-21", "广州市慈善促进条例", "第二十三条第一款", calendar.ConsequenceGuangzhouOther},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := calendar.Profile{Code: code(t, '3', tc.place), Registered: d("2015-06-01"), Charity: tc.charity, PublicFundraising: tc.pf, Events: []calendar.Event{tc.ev}}
			c := tasks(t, p, "2021-01-01", "2027-12-31")
			if tc.due == "" {
				require.Empty(t, c.ByRule(tc.rule))
				return
			}
			tk := only(t, c, tc.rule)
			require.Equal(t, tc.due, tk.Due.String())
			require.Equal(t, tc.ev.On, tk.Opens)
			require.Contains(t, tk.Cite.Document, tc.doc)
			require.Equal(t, tc.art, tk.Cite.Article)
			require.Equal(t, tc.consequen, tk.Consequence.Rule)
			bothSides(t, tk)
		})
	}
}

// TestTrustYearly: a trustee reports each calendar year (Charity Law 2016 Art. 48 ¶2, 2023 Art. 49
// ¶2), until the trust ends; a settlor does not.
func TestTrustYearly(t *testing.T) {
	p := profile(t, '3')
	p.Charity = true
	p.Events = []calendar.Event{
		{Kind: calendar.EventTrustSigned, On: d("2023-05-01"), Ref: "T-1"},
		{Kind: calendar.EventTrustSigned, On: d("2023-05-01"), Ref: "T-2", Role: calendar.RoleSettlor},
		{Kind: calendar.EventTrustEnded, On: d("2025-12-30"), Ref: "T-1"},
	}
	c := tasks(t, p, "2023-01-01", "2027-12-31")
	ts := c.ByRule(calendar.RuleTrustYearlyReport)
	require.Len(t, ts, 2, "2023 and 2024: the trust ended before 31 December 2025")
	require.Equal(t, "2023-12-31", ts[0].Due.String())
	require.Equal(t, "2023-05-01", ts[0].Opens.String())
	require.Equal(t, "第四十八条第二款", ts[0].Cite.Article)
	require.Equal(t, "第四十九条第二款", ts[1].Cite.Article)
	require.Equal(t, "T-1", ts[1].Ref)
	bothSides(t, ts[1])
}

// TestGradeValidity: the grade's expiry and re-application window, from package standards'
// validity, on both sides of 2026-03-01: Order 39 (five years from the notice) and the revised
// measures (1 January after the notice to 31 December of the fifth year, re-application in the
// first four years).
func TestGradeValidity(t *testing.T) {
	for _, tc := range []struct {
		notice, expiry, reOpens, reDue string
	}{
		{"2026-02-28", "2031-02-27", "2026-03-01", "2030-02-27"},
		{"2026-03-01", "2031-12-31", "2027-01-01", "2030-12-31"},
		{"2021-06-01", "2026-05-31", "", ""}, // the first four years ended before the measures
	} {
		p := profile(t, '1')
		p.Grade, p.GradeNoticed = registry.Grade4A, d(tc.notice)
		c := tasks(t, p, "2021-01-01", "2032-12-31")
		exp := only(t, c, calendar.RuleGradeExpiry)
		require.Equal(t, tc.expiry, exp.Due.String(), tc.notice)
		bothSides(t, exp)
		re := c.ByRule(calendar.RuleGradeReapply)
		if tc.reDue == "" {
			require.Empty(t, re, tc.notice)
			continue
		}
		require.Len(t, re, 1)
		require.Equal(t, tc.reOpens, re[0].Opens.String(), tc.notice)
		require.Equal(t, tc.reDue, re[0].Due.String(), tc.notice)
		bothSides(t, re[0])
	}
	p := profile(t, '1')
	p.Grade, p.GradeNoticed = registry.Grade3A, d("2010-01-01")
	require.Empty(t, tasks(t, p, "2010-01-01", "2030-12-31").ByRule(calendar.RuleGradeExpiry), "no validity rule before Order 39")
}

// TestDormancy: a charity inactive two years running must terminate (Charity Law Art. 17(3)):
// the next activity is due two years after the last.
func TestDormancy(t *testing.T) {
	p := profile(t, '2')
	p.Charity = true
	p.Events = []calendar.Event{{Kind: calendar.EventCharitableActivity, On: d("2023-03-01")}, {Kind: calendar.EventCharitableActivity, On: d("2024-09-05")}}
	tk := only(t, tasks(t, p, "2026-01-01", "2026-12-31"), calendar.RuleDormancy)
	require.Equal(t, "2026-09-05", tk.Due.String())
	require.Equal(t, "2024-09-05", tk.Opens.String())
	require.Equal(t, calendar.ConsequenceTermination, tk.Consequence.Rule)
	require.Contains(t, tk.Cite.Document, "2023年修正")
	bothSides(t, tk)
	p.Events[1].On = d("2024-09-04")
	tk = only(t, tasks(t, p, "2026-01-01", "2026-12-31"), calendar.RuleDormancy)
	require.Contains(t, tk.Cite.Document, "2016年", "the last activity before the amendment")
	p.Charity = false
	require.Empty(t, tasks(t, p, "2026-01-01", "2026-12-31").ByRule(calendar.RuleDormancy))
}

// TestLeaveAbnormalList: an organization on the abnormal list must leave it before two years pass
// (Order 60), or it moves to the serious-violation list.
func TestLeaveAbnormalList(t *testing.T) {
	p := profile(t, '1')
	p.Credit = registry.CreditListing{Status: registry.CreditAbnormal, Since: d("2025-03-01"), Reason: registry.ReasonNoAnnualReport}
	tk := only(t, tasks(t, p, "2027-01-01", "2027-12-31"), calendar.RuleLeaveAbnormalList)
	require.Equal(t, "2027-02-28", tk.Due.String())
	require.Equal(t, registry.RuleCreditSerious, tk.Consequence.Rule)
	bothSides(t, tk)
	p.Credit = registry.CreditListing{Status: registry.CreditSeriousViolation, Since: d("2025-03-01")}
	require.Empty(t, tasks(t, p, "2027-01-01", "2027-12-31").ByRule(calendar.RuleLeaveAbnormalList))
}

// TestStableIDs: the same profile gives the same IDs in every period that holds a task; a repeated
// event is numbered; a completion marks its task.
func TestStableIDs(t *testing.T) {
	p := profile(t, '3')
	p.Charity = true
	ev := calendar.Event{Kind: calendar.EventMajorAssetChange, On: d("2026-03-01"), Ref: "A"}
	p.Events = []calendar.Event{ev, ev}
	a := tasks(t, p, "2026-01-01", "2026-12-31")
	b := tasks(t, p, "2026-03-01", "2026-03-31")
	ids := map[string]bool{}
	for _, tk := range a.Tasks {
		require.False(t, ids[tk.ID], "unique: %s", tk.ID)
		ids[tk.ID] = true
	}
	for _, tk := range b.Tasks {
		require.True(t, ids[tk.ID], "same ID in the shorter period: %s", tk.ID)
	}
	two := a.ByRule(calendar.RuleDisclosureMajorChange)
	require.Len(t, two, 2)
	require.Equal(t, two[0].ID+"#2", two[1].ID)
	p.Done = []calendar.Completion{{ID: two[0].ID, On: d("2026-03-20")}}
	c := tasks(t, p, "2026-01-01", "2026-12-31", calendar.AsOf(d("2026-04-15")))
	got, ok := c.Find(two[0].ID)
	require.True(t, ok)
	require.Equal(t, calendar.Done, got.Status)
	got, _ = c.Find(two[1].ID)
	require.Equal(t, calendar.Overdue, got.Status)
	require.Equal(t, 1, c.Count(calendar.Done))
}

// TestBadInput: every problem is named by its JSON path; nothing panics.
func TestBadInput(t *testing.T) {
	p := profile(t, '1')
	p.Events = []calendar.Event{
		{Kind: calendar.EventDonorQuery, On: d("2020-01-01")},
		{Kind: calendar.EventDonorQuery, On: d("2020-01-02")},
		{Kind: calendar.EventDonorQuery, On: d("2010-01-01")},
	}
	_, err := calendar.Obligations(p, d("2026-01-01"), d("2026-12-31"))
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
	require.Contains(t, err.Error(), "profile.events[2].on")
	require.Contains(t, err.Error(), "not before registration")

	community, err := registry.NewCreditCode('5', '9', "440100", "MJ0000018")
	require.NoError(t, err)
	for name, tc := range map[string]struct {
		mod   func(*calendar.Profile)
		field string
	}{
		"no code":            {func(p *calendar.Profile) { p.Code = registry.CreditCode{} }, "profile.code"},
		"unknown kind":       {func(p *calendar.Profile) { p.Code = community }, "profile.code"},
		"no registration":    {func(p *calendar.Profile) { p.Registered = socialorg.Date{} }, "profile.registered"},
		"grade without date": {func(p *calendar.Profile) { p.Grade = registry.Grade3A }, "profile.grade_noticed"},
		"date without grade": {func(p *calendar.Profile) { p.GradeNoticed = d("2024-01-01") }, "profile.grade_noticed"},
		"unknown event":      {func(p *calendar.Profile) { p.Events = []calendar.Event{{Kind: "party", On: d("2024-01-01")}} }, "profile.events[0].kind"},
		"trust without day":  {func(p *calendar.Profile) { p.Events = []calendar.Event{{Kind: calendar.EventTrustSigned}} }, "profile.events[0].on"},
		"role on a deal": {func(p *calendar.Profile) {
			p.Events = []calendar.Event{{Kind: calendar.EventRelatedPartyDeal, On: d("2024-01-01"), Role: "settlor"}}
		}, "profile.events[0].role"},
		"megabyte reference": {func(p *calendar.Profile) {
			p.Events = []calendar.Event{{Kind: calendar.EventDonorQuery, On: d("2024-01-01"), Ref: strings.Repeat("x", 1<<20)}}
		}, "profile.events[0].ref"},
		"invalid UTF-8": {func(p *calendar.Profile) {
			p.Events = []calendar.Event{{Kind: calendar.EventDonorQuery, On: d("2024-01-01"), Ref: "\xff"}}
		}, "profile.events[0].ref"},
		"listed without date":    {func(p *calendar.Profile) { p.Credit.Status = registry.CreditAbnormal }, "profile.credit.since"},
		"completion":             {func(p *calendar.Profile) { p.Done = []calendar.Completion{{ID: "", On: d("2024-01-01")}} }, "profile.done[0].id"},
		"negative members":       {func(p *calendar.Profile) { p.Party = &partybuilding.Unit{Formal: -1} }, "profile.party"},
		"too many events":        {func(p *calendar.Profile) { p.Events = make([]calendar.Event, calendar.MaxEvents+1) }, "profile.events"},
		"three years of figures": {func(p *calendar.Profile) { p.PreTaxFigures = make([]charity.SpendingInput, 3) }, "profile.pre_tax_figures"},
		"bad figures": {func(p *calendar.Profile) {
			p.PreTaxFigures = []charity.SpendingInput{{Kind: registry.Foundation, PriorYearIncome: decimal.RequireFromString("-1")}}
		}, "profile.pre_tax_figures[0]"},
	} {
		t.Run(name, func(t *testing.T) {
			p := profile(t, '1')
			tc.mod(&p)
			err := p.Validate()
			require.ErrorIs(t, err, socialorg.ErrInvalidInput)
			require.Contains(t, err.Error(), "invalid "+tc.field, "%v", err)
			require.Less(t, len(err.Error()), 4000)
			_, err = calendar.Obligations(p, d("2026-01-01"), d("2026-12-31"))
			require.Error(t, err)
		})
	}
	for name, tc := range map[string]struct{ from, to, field string }{
		"no from":      {"", "2026-01-01", "from"},
		"no to":        {"2026-01-01", "", "to"},
		"backwards":    {"2026-01-02", "2026-01-01", "to"},
		"huge period":  {"1900-01-01", "2001-01-01", "to"},
		"max period":   {"1900-01-01", "2000-01-01", ""},
		"one day only": {"2026-05-31", "2026-05-31", ""},
	} {
		t.Run(name, func(t *testing.T) {
			var from, to socialorg.Date
			if tc.from != "" {
				from = d(tc.from)
			}
			if tc.to != "" {
				to = d(tc.to)
			}
			_, err := calendar.Obligations(profile(t, '1'), from, to)
			if tc.field == "" {
				require.NoError(t, err)
				return
			}
			require.ErrorContains(t, err, "invalid "+tc.field)
		})
	}
	_, err = calendar.Obligations(profile(t, '1'), d("2026-01-01"), d("2026-12-31"), socialorg.In("Guangzhou"))
	require.ErrorContains(t, err, "options.in")
	require.NoError(t, calendar.Event{Kind: calendar.EventTrustSigned, On: d("2024-01-01"), Role: calendar.RoleSettlor}.Validate())
	require.Error(t, calendar.Completion{}.Validate())
}

// TestTooManyTasks: a profile and period that would give more than MaxTasks tasks is refused with
// ErrTooMany, after bounded work.
func TestTooManyTasks(t *testing.T) {
	p := profile(t, '3')
	p.Registered = d("1990-01-01")
	p.Events = make([]calendar.Event, 30_000)
	for i := range p.Events {
		p.Events[i] = calendar.Event{Kind: calendar.EventTrustSigned, On: d("1990-01-02")}
	}
	_, err := calendar.Obligations(p, d("1990-01-01"), d("2089-12-31"))
	require.ErrorIs(t, err, calendar.ErrTooMany)
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
}

// TestReport: with AsOf, the calendar reports each overdue task as a failure, what the credit
// status bars, a missing Party organization, and the pre-tax conditions at their boundaries with
// the caller's ratios (27号 Art. 4(3), (4)); without the ratios those findings are "unset".
func TestReport(t *testing.T) {
	p := profile(t, '3')
	p.Credit = registry.CreditListing{Status: registry.CreditAbnormal, Since: d("2026-01-10"), Reason: registry.ReasonNoAnnualReport}
	p.Party = &partybuilding.Unit{ID: "u", Formal: 3, Has: partybuilding.WorkCoverage}
	p.PreTaxDeduction, p.PublicFundraising = true, true
	year := func(income, charitable, mgmt, total string) charity.SpendingInput {
		return charity.SpendingInput{Kind: registry.Foundation, PublicFundraising: true, PriorYearIncome: decimal.RequireFromString(income),
			CharitableExpenditure: decimal.RequireFromString(charitable), ManagementExpense: decimal.RequireFromString(mgmt), TotalExpenditure: decimal.RequireFromString(total)}
	}
	p.PreTaxFigures = []charity.SpendingInput{year("1000", "700", "100", "1000"), year("1000", "699.99", "100.01", "1000")}
	c := tasks(t, p, "2026-01-01", "2026-12-31", calendar.AsOf(d("2026-04-01")))
	f, ok := c.Report.Find(calendar.RuleFoundationAuthority)
	require.True(t, ok)
	require.Equal(t, socialorg.Fail, f.Outcome)
	require.Contains(t, f.Message(language.English), "overdue not done")
	bar, ok := c.Report.Find(registry.RuleCreditBarsQualification)
	require.True(t, ok)
	require.Equal(t, socialorg.Fail, bar.Outcome)
	party, ok := c.Report.Find(calendar.RulePartyOrganization)
	require.True(t, ok)
	require.Equal(t, socialorg.Fail, party.Outcome)
	require.Contains(t, party.Message(language.English), "Party branch")
	var unset int
	for _, f := range c.Report.Findings {
		if f.Rule == calendar.RulePreTaxCharitable || f.Rule == calendar.RulePreTaxManagement {
			require.Equal(t, socialorg.NotApplicable, f.Outcome)
			unset++
		}
	}
	require.Equal(t, 4, unset)

	src := socialorg.Citation{Document: "test: the caller's reading of 27号"}
	c = tasks(t, p, "2026-01-01", "2026-12-31", calendar.AsOf(d("2026-04-01")),
		socialorg.Supply(calendar.PreTaxPFMinCharitable, socialorg.NewRatio(70, 100), src),
		socialorg.Supply(calendar.PreTaxPFMaxManagement, socialorg.NewRatio(10, 100), src))
	var outcomes []socialorg.Outcome
	for _, f := range c.Report.Findings {
		if f.Rule == calendar.RulePreTaxCharitable || f.Rule == calendar.RulePreTaxManagement {
			outcomes = append(outcomes, f.Outcome)
			require.True(t, f.Cite.Supplied)
		}
	}
	require.Equal(t, []socialorg.Outcome{socialorg.Pass, socialorg.Pass, socialorg.Fail, socialorg.Fail}, outcomes, "at the ratio passes; a fen beyond fails")
	_, err := calendar.Obligations(p, d("2026-01-01"), d("2026-12-31"), calendar.AsOf(d("2026-04-01")),
		socialorg.Supply(calendar.PreTaxPFMinCharitable, socialorg.NewRatio(7, 0), src))
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)

	// On neither list, with its branch, nothing fails but the overdue reports.
	p.Credit = registry.CreditListing{Status: registry.CreditClear}
	p.Party.Has = partybuilding.Branch
	p.PreTaxDeduction = false
	c = tasks(t, p, "2026-01-01", "2026-12-31", calendar.AsOf(d("2026-01-02")))
	require.True(t, c.Report.OK(), "%v", c.Report.Failures())
}

// TestJSON: a profile and a calendar encode with snake_case keys and decode back equal.
func TestJSON(t *testing.T) {
	p := profile(t, '3')
	p.Charity = true
	p.Grade, p.GradeNoticed = registry.Grade5A, d("2024-01-15")
	p.Credit = registry.CreditListing{Status: registry.CreditClear}
	p.Events = []calendar.Event{{Kind: calendar.EventTrustSigned, On: d("2026-02-01"), Ref: "T", Role: calendar.RoleTrustee}}
	p.Done = []calendar.Completion{{ID: "x", On: d("2026-02-02")}}
	b, err := json.Marshal(p)
	require.NoError(t, err)
	require.Contains(t, string(b), `"grade_noticed":"2024-01-15"`)
	var back calendar.Profile
	require.NoError(t, json.Unmarshal(b, &back))
	require.Empty(t, cmp.Diff(p, back))

	c := tasks(t, p, "2026-01-01", "2026-12-31", calendar.AsOf(d("2026-03-01")))
	b, err = json.Marshal(c)
	require.NoError(t, err)
	for _, key := range []string{`"tasks"`, `"as_of"`, `"consequence"`, `"status":"due"`, `"report"`} {
		require.Contains(t, string(b), key)
	}
	var cb calendar.Calendar
	require.NoError(t, json.Unmarshal(b, &cb))
	require.Empty(t, cmp.Diff(c, cb))
	var s calendar.Status
	require.Error(t, json.Unmarshal([]byte(`"late"`), &s))

	var e calendar.Event
	err = json.Unmarshal([]byte(`{"kind":"donor_query","on":"2026-13-01"}`), &e)
	require.Error(t, err)
}

// TestEveryRuleCited: every rule and parameter of the book has a cited regime, and every task a
// citation and a title in three languages.
func TestEveryRuleCited(t *testing.T) {
	for _, r := range calendar.Rules() {
		require.NoError(t, r.Validate(), r.ID)
		for _, g := range r.Regimes {
			require.NotEmpty(t, g.Cite.Document, r.ID)
		}
	}
	for _, p := range calendar.Parameters() {
		for _, e := range p.Entries() {
			require.NotEmpty(t, e.Cite.Document, p.ID())
		}
		for _, es := range p.LocalEntries() {
			for _, e := range es {
				require.NotEmpty(t, e.Cite.Document, p.ID())
			}
		}
	}
	p := profile(t, '3')
	p.Charity = true
	c := tasks(t, p, "2026-01-01", "2026-12-31")
	for _, tk := range c.Tasks {
		require.NotEmpty(t, tk.Cite.Document)
		for _, lang := range socialorg.Languages() {
			require.NotEqual(t, string(tk.Rule), tk.Title(lang))
		}
	}
	r, err := socialorg.Resolve(calendar.Book(), "calendar.guangzhou.donor-query-days", d("2022-01-01"), socialorg.In("440104"))
	require.NoError(t, err)
	require.Equal(t, 20, r.Value)
	_, err = socialorg.Resolve(calendar.Book(), "calendar.guangzhou.donor-query-days", d("2022-01-01"), socialorg.In("440300"))
	require.True(t, errors.Is(err, socialorg.ErrNotInForce))
}

func TestMonthDay(t *testing.T) {
	var m calendar.MonthDay
	require.NoError(t, m.UnmarshalText([]byte("02-29")))
	require.Equal(t, "2025-02-28", m.In(2025).String())
	require.Equal(t, "2024-02-29", m.In(2024).String())
	for _, bad := range []string{"13-01", "02-30", "0531", "ab-cd", ""} {
		require.Error(t, m.UnmarshalText([]byte(bad)), bad)
	}
	_, err := calendar.MonthDay{}.MarshalText()
	require.Error(t, err)
}
