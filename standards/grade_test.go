package standards_test

import (
	"encoding/json"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/socialorgtest"
	"github.com/socialorg/socialorg/standards"
)

func day(s string) socialorg.Date { return socialorg.MustDate(s) }

func TestGuangzhouCutoffs(t *testing.T) {
	s := standards.GuangzhouAssessment()
	tests := []struct {
		score string
		want  registry.Grade
		err   bool
	}{
		{"1050", registry.Grade5A, false}, // bonus items lift a score above 1000
		{"1000", registry.Grade5A, false},
		{"951", registry.Grade5A, false},
		{"950.99", registry.Grade4A, false},
		{"950", registry.Grade4A, false},
		{"901", registry.Grade4A, false},
		{"900.99", 0, true},
		{"900", 0, true},
		{"0", 0, true},
	}
	for _, tc := range tests {
		t.Run(tc.score, func(t *testing.T) {
			g, err := s.Grade(d(tc.score))
			if tc.err {
				require.ErrorIs(t, err, standards.ErrCutoffUnconfirmed)
				require.ErrorContains(t, err, "3A, 2A, 1A are unconfirmed")
				return
			}
			require.NoError(t, err)
			require.Equal(t, tc.want, g)
		})
	}
	_, err := s.Grade(d("-1"))
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
	require.NotErrorIs(t, err, standards.ErrCutoffUnconfirmed)
}

func TestSupplyGuangzhouCutoffs(t *testing.T) {
	cite := socialorg.Citation{Document: "某区评估实施方案"}
	s, err := standards.GuangzhouAssessment().With(socialorg.Supply(standards.Guangzhou3AKey, d("851"), cite))
	require.NoError(t, err)
	g, err := s.Grade(d("851"))
	require.NoError(t, err)
	require.Equal(t, registry.Grade3A, g)
	_, err = s.Grade(d("850.5"))
	require.ErrorIs(t, err, standards.ErrCutoffUnconfirmed, "2A and 1A still unconfirmed")
	c3 := s.Cutoffs[len(s.Cutoffs)-1]
	require.Equal(t, registry.Grade3A, c3.Grade)
	require.True(t, c3.Cite.Supplied)

	s, err = standards.GuangzhouAssessment().With(
		socialorg.Supply(standards.Guangzhou3AKey, d("851"), cite),
		socialorg.Supply(standards.Guangzhou2AKey, d("801"), cite),
		socialorg.Supply(standards.Guangzhou1AKey, d("701"), cite))
	require.NoError(t, err)
	g, err = s.Grade(d("700"))
	require.NoError(t, err)
	require.Equal(t, registry.NoGrade, g, "below every cut-off once all are known")

	_, err = standards.GuangzhouAssessment().With(socialorg.Supply(standards.Guangzhou2AKey, d("801"), cite))
	require.ErrorContains(t, err, "from the top down")
	_, err = standards.GuangzhouAssessment().With(socialorg.Supply(standards.Guangzhou3AKey, d("901"), cite))
	require.ErrorContains(t, err, "below 4A's 901")
	_, err = standards.GuangzhouAssessment().With(socialorg.Supply(standards.Guangzhou3AKey, d("851"), socialorg.Citation{}))
	require.ErrorContains(t, err, "needs its source")
}

func TestComparableSchemes(t *testing.T) {
	for _, tc := range []struct {
		s     standards.GradeScheme
		score string
		want  registry.Grade
	}{
		{standards.FoshanNanhai(), "951", registry.Grade5A},
		{standards.FoshanNanhai(), "800", registry.Grade2A},
		{standards.FoshanNanhai(), "801", registry.Grade3A},
		{standards.FoshanNanhai(), "12", registry.Grade1A},
		{standards.Huaining(), "950", registry.Grade4A}, // 5A is above 950
		{standards.Huaining(), "950.01", registry.Grade5A},
		{standards.Huaining(), "700", registry.NoGrade},
		{standards.Shenzhen(), "91", registry.Grade5A},
		{standards.Shenzhen(), "90.5", registry.Grade4A},
		{standards.Shenzhen(), "50", registry.NoGrade},
		{standards.LuoyangChanhe(), "899", registry.Grade4A},
	} {
		g, err := tc.s.Grade(d(tc.score))
		require.NoError(t, err, tc.s.ID)
		require.Equal(t, tc.want, g, "%s %s", tc.s.ID, tc.score)
	}
	require.Len(t, standards.Schemes(), 5)
}

// TestSchemeConditions: Nanhai's 5A needs 3 full-time staff and a Party organization; an
// organization scoring 960 with 2 staff gets 4A, with the findings saying why.
func TestSchemeConditions(t *testing.T) {
	s := standards.FoshanNanhai()
	res, err := s.Check(d("960"), standards.Profile{ID: "org", FullTimeStaff: 2, PartyOrganization: true}, day("2025-06-01"))
	require.NoError(t, err)
	require.Equal(t, registry.Grade5A, res.ByScore)
	require.Equal(t, registry.Grade4A, res.Grade)
	socialorgtest.AssertExplained(t, res.Report, "org")
	f := res.Failures()
	require.Len(t, f, 1)
	require.Equal(t, standards.RuleGradeStaff, f[0].Rule)
	require.Contains(t, f[0].Message(language.English), "got 2; required ≥ 3 (5A)")

	res, err = s.Check(d("960"), standards.Profile{ID: "org", FullTimeStaff: 5}, day("2025-06-01"))
	require.NoError(t, err)
	require.Equal(t, registry.Grade3A, res.Grade, "no Party organization: neither 5A nor 4A")

	_, err = s.Check(d("960"), standards.Profile{ID: "org"}, day("2020-12-31"))
	require.ErrorIs(t, err, socialorg.ErrNotInForce)
	_, err = standards.GuangzhouAssessment().Check(d("960"), standards.Profile{ID: "org"}, day("2020-12-31"))
	require.ErrorIs(t, err, socialorg.ErrNotInForce)
}

// TestGradeValidity: five years from the notice under Order 39; from 1 January after the notice to
// 31 December of the fifth year under the revised measures (notices from 2026-03-01).
func TestGradeValidity(t *testing.T) {
	tests := []struct {
		notice, from, to string
		err              bool
	}{
		{"2011-02-28", "", "", true},
		{"2011-03-01", "2011-03-01", "2016-02-29", false},
		{"2024-02-29", "2024-02-29", "2029-02-27", false},
		{"2026-02-28", "2026-02-28", "2031-02-27", false},
		{"2026-03-01", "2027-01-01", "2031-12-31", false},
		{"2026-12-31", "2027-01-01", "2031-12-31", false},
	}
	for _, tc := range tests {
		t.Run(tc.notice, func(t *testing.T) {
			p, cite, err := standards.Award{Org: "o", Grade: registry.Grade4A, Notice: day(tc.notice)}.Validity()
			if tc.err {
				require.ErrorIs(t, err, socialorg.ErrNotInForce)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tc.from, p.From.String())
			require.Equal(t, tc.to, p.To.String())
			require.NotEmpty(t, cite.Document)
		})
	}
	a := standards.Award{Org: "o", Grade: registry.Grade5A, Notice: day("2026-06-01")}
	require.False(t, a.ValidAt(day("2026-12-31")), "not yet valid until the next 1 January")
	require.True(t, a.ValidAt(day("2027-01-01")))
	_, _, err := standards.Award{Notice: day("2020-01-01")}.Validity()
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
}

// candidate is an organization registered in Shenzhen, which declares no entry measures of its
// own: the national rules apply.
func candidate() standards.Candidate {
	return standards.Candidate{ID: "o", Division: "440300", Registered: day("2021-05-10"), LastInspection: standards.Passed,
		PriorInspection: standards.Passed, AnnualReportFiled: true}
}

func entry(t *testing.T, c standards.Candidate, at string, opts ...socialorg.Option) standards.EntryResult {
	t.Helper()
	res, err := standards.CheckEntry(c, day(at), opts...)
	require.NoError(t, err)
	socialorgtest.AssertExplained(t, res.Report, c.ID)
	return res
}

func TestCheckEntry(t *testing.T) {
	// Registered 2021-05-10: 2022 and 2023 are its two full years.
	require.False(t, entry(t, candidate(), "2023-12-31").Eligible())
	res := entry(t, candidate(), "2024-01-01")
	require.True(t, res.Eligible())
	f, _ := res.Find(standards.RuleEntryRegistered)
	require.Equal(t, "≤ 2022-01-01", f.Want, "registered by 1 January two years before")
	c := candidate()
	c.Registered = day("2022-01-01") // on 1 January: 2022 counts
	require.True(t, entry(t, c, "2024-01-01").Eligible())
	c.Registered = day("2022-01-02")
	require.False(t, entry(t, c, "2024-01-01").Eligible())

	// Order 39 Art. 7: inspections.
	c = candidate()
	c.LastInspection, c.PriorInspection = standards.BasicPass, standards.BasicPass
	require.False(t, entry(t, c, "2025-06-01").Eligible())
	c.PriorInspection = standards.Passed
	require.True(t, entry(t, c, "2025-06-01").Eligible())
	c.LastInspection = standards.NotInspected
	require.False(t, entry(t, c, "2025-06-01").Eligible())
	require.False(t, entry(t, c, "2026-03-01").Eligible(), "the revised measures keep the bar of no inspection (TestEntryBarsKeptUnderRevisedMeasures)")
	c.LastInspection = standards.Failed
	require.True(t, entry(t, c, "2026-03-01").Eligible(), "the revised measures drop the bar of a failed inspection")
	c = candidate()
	c.UnderInvestigation = true
	require.False(t, entry(t, c, "2026-02-28").Eligible())
	require.True(t, entry(t, c, "2026-03-01").Eligible())

	// A graded organization: Order 39 waits for the term; the revised measures allow the first four
	// years of validity.
	c = candidate()
	c.Last = standards.Award{Org: "o", Grade: registry.Grade3A, Notice: day("2022-06-01")}
	res = entry(t, c, "2025-06-01")
	require.False(t, res.Eligible())
	f, _ = res.Find(standards.RuleEntryGradeTerm)
	require.Equal(t, "from 2027-06-01", f.Want, "the day after the term")
	c.Last.Notice = day("2021-06-01")
	require.True(t, entry(t, c, "2026-06-01").Eligible(), "grade valid to 2026-05-31")
	c.Last = standards.Award{Org: "o", Grade: registry.Grade3A, Notice: day("2026-06-01")} // valid 2027–2031
	require.True(t, entry(t, c, "2030-12-31").Eligible())
	require.False(t, entry(t, c, "2031-01-01").Eligible(), "the fifth year")

	// Guangzhou, the home: a grade held two years, last year's annual report.
	c = candidate()
	c.Division = "" // no authority given: the home, Guangzhou
	c.Last = standards.Award{Org: "o", Grade: registry.Grade4A, Notice: day("2023-06-01")}
	require.False(t, entry(t, c, "2025-05-31").Eligible())
	res = entry(t, c, "2025-06-01")
	require.True(t, res.Eligible())
	f, _ = res.Find(standards.RuleEntryGradeTerm)
	require.Equal(t, "from 2025-06-01", f.Want, "two years after the notice")
	require.Contains(t, f.Cite.Document, "穗民规字〔2024〕6号")
	c.AnnualReportFiled = false
	res = entry(t, c, "2025-06-01")
	require.False(t, res.Eligible())
	f, _ = res.Find(standards.RuleEntryAnnualReport)
	require.Equal(t, socialorg.Fail, f.Outcome)
	_, err := standards.CheckEntry(standards.Candidate{}, day("2025-01-01"))
	require.ErrorContains(t, err, "candidate.id")
	_, err = standards.CheckEntry(candidate(), day("2011-02-28"))
	require.ErrorIs(t, err, socialorg.ErrNotInForce, "before Order 39")
}

// TestEntryAtThePlace (issue 19): CheckEntry applied the national rules unless the caller gave
// GuangzhouEntry, and then Guangzhou's measures whatever the organization's authority; before
// 2021 that option made it an error. The rules are now the values in force at the candidate's
// place (Division; else In; else the home, Guangzhou): Guangzhou's measures for a Guangzhou or
// district authority from 2021-01-01 (the day before, the national rules, which the city's values
// fall back to), the national ones elsewhere.
func TestEntryAtThePlace(t *testing.T) {
	c := candidate()
	c.LastInspection, c.AnnualReportFiled = 0, false // neither given
	rules := func(res standards.EntryResult) (out []socialorg.RuleID) {
		for _, f := range res.Findings {
			out = append(out, f.Rule)
		}
		return out
	}
	national := []socialorg.RuleID{standards.RuleEntryRegistered, standards.RuleEntryGradeTerm, standards.RuleEntryInspection,
		standards.RuleEntryPenalty, standards.RuleEntryInvestigated}
	local := []socialorg.RuleID{standards.RuleEntryRegistered, standards.RuleEntryGradeTerm, standards.RuleEntryAnnualReport,
		standards.RuleEntryPenalty, standards.RuleEntryInvestigated}
	for _, tc := range []struct {
		name, division, at string
		opts               []socialorg.Option
		want               []socialorg.RuleID
		doc                string
	}{
		{"Shenzhen authority", "440300", "2025-06-01", nil, national, "民政部令第39号"},
		{"Tianhe authority", "440106", "2025-06-01", nil, local, "穗民规字〔2024〕6号"},
		{"Tianhe authority, the day before the 2024 measures", "440106", "2024-12-31", nil, local, "穗社管规字〔2020〕4号"},
		{"Guangzhou, the day before its measures", "440100", "2020-12-31", nil, national, "民政部令第39号"},
		{"Guangzhou, the first day of its measures", "440100", "2021-01-01", nil, local, "穗社管规字〔2020〕4号"},
		{"no authority: the home", "", "2025-06-01", nil, local, "穗民规字〔2024〕6号"},
		{"no authority, In Shenzhen", "", "2025-06-01", []socialorg.Option{socialorg.In("440300")}, national, "民政部令第39号"},
		{"the division wins over In", "440106", "2025-06-01", []socialorg.Option{socialorg.In("440300")}, local, "穗民规字〔2024〕6号"},
		{"GuangzhouEntry is In(440100)", "", "2025-06-01", []socialorg.Option{socialorg.In("440300"), standards.GuangzhouEntry()}, local, "穗民规字〔2024〕6号"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c.Division = tc.division
			res := entry(t, c, tc.at, tc.opts...)
			require.Equal(t, tc.want, rules(res))
			f, _ := res.Find(standards.RuleEntryRegistered)
			require.Contains(t, f.Cite.Document, tc.doc)
			require.False(t, res.Eligible(), "the inspection or the annual report is not given")
		})
	}
	c.Division = "4401"
	_, err := standards.CheckEntry(c, day("2025-06-01"))
	require.ErrorContains(t, err, "candidate.division")
}

func TestBenefits(t *testing.T) {
	b, err := standards.Benefits(registry.Grade3A, day("2025-01-01"))
	require.NoError(t, err)
	require.Len(t, b, 2)
	b, err = standards.Benefits(registry.Grade4A, day("2025-01-01"))
	require.NoError(t, err)
	require.Len(t, b, 3)
	b, err = standards.Benefits(registry.Grade2A, day("2025-01-01"))
	require.NoError(t, err)
	require.Empty(t, b)
	_, err = standards.Benefits(registry.Grade5A, day("2026-03-01"))
	require.ErrorIs(t, err, socialorg.ErrNotInForce, "the revised measures' benefits are not confirmed")
	_, err = standards.Benefits(registry.Grade5A, day("2011-02-28"))
	require.ErrorIs(t, err, socialorg.ErrNotInForce)
	_ = decimal.Zero
	// The list is a dated parameter: a caller's place may give its own.
	b, err = standards.Benefits(registry.Grade4A, day("2025-01-01"), socialorg.In("440106"))
	require.NoError(t, err)
	require.Len(t, b, 3, "no district sets its own")
}

func TestSchemeSurvivesJSON(t *testing.T) {
	raw, err := json.Marshal(standards.GuangzhouAssessment())
	require.NoError(t, err)
	var back standards.GradeScheme
	require.NoError(t, json.Unmarshal(raw, &back))
	s, err := back.With(socialorg.Supply(standards.Guangzhou3AKey, d("851"), socialorg.Citation{Document: "x"}))
	require.NoError(t, err)
	g, err := s.Grade(d("860"))
	require.NoError(t, err)
	require.Equal(t, registry.Grade3A, g)
}
