package standards_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/standards"
)

// TestEntryBarsKeptUnderRevisedMeasures (issue 17): the revised measures (in force 2026-03-01)
// remove as bars only 「上年度年度检查不合格或者连续2年基本合格、正在被有关政府部门或者司法机关
// 立案调查及受到轻微行政处罚」 (CCTV's text of the revision). Not taking part in last year's
// inspection (Order 39 Art. 7(1)) and a penalty that is not minor (Art. 7(3)) remain bars; a
// penalty of unknown severity gives no clean verdict.
func TestEntryBarsKeptUnderRevisedMeasures(t *testing.T) {
	tests := []struct {
		name     string
		edit     func(*standards.Candidate)
		at       string
		eligible bool
		rule     socialorg.RuleID
		outcome  socialorg.Outcome
		unknown  bool
	}{
		{"not inspected, Order 39", func(c *standards.Candidate) { c.LastInspection = standards.NotInspected }, "2026-02-28", false, standards.RuleEntryInspection, socialorg.Fail, false},
		{"not inspected, revised", func(c *standards.Candidate) { c.LastInspection = standards.NotInspected }, "2026-03-01", false, standards.RuleEntryInspected, socialorg.Fail, false},
		{"not inspected, 2026-06-01", func(c *standards.Candidate) { c.LastInspection = standards.NotInspected }, "2026-06-01", false, standards.RuleEntryInspected, socialorg.Fail, false},
		{"failed inspection, revised", func(c *standards.Candidate) { c.LastInspection = standards.Failed }, "2026-03-01", true, standards.RuleEntryInspected, socialorg.Pass, false},
		{"basic pass twice, revised", func(c *standards.Candidate) {
			c.LastInspection, c.PriorInspection = standards.BasicPass, standards.BasicPass
		}, "2026-03-01", true, standards.RuleEntryInspected, socialorg.Pass, false},
		{"inspection unknown, revised", func(c *standards.Candidate) { c.LastInspection = 0 }, "2026-06-01", false, standards.RuleEntryInspected, socialorg.NotApplicable, true},
		{"penalty, Order 39", func(c *standards.Candidate) { c.Penalized = true }, "2026-02-28", false, standards.RuleEntryPenalty, socialorg.Fail, false},
		{"minor penalty, Order 39", func(c *standards.Candidate) { c.Penalized, c.PenaltySeverity = true, standards.PenaltyMinor }, "2026-02-28", false, standards.RuleEntryPenalty, socialorg.Fail, false},
		{"minor penalty, revised", func(c *standards.Candidate) { c.Penalized, c.PenaltySeverity = true, standards.PenaltyMinor }, "2026-03-01", true, standards.RuleEntryPenaltyNotMinor, socialorg.Pass, false},
		{"penalty not minor, revised", func(c *standards.Candidate) { c.Penalized, c.PenaltySeverity = true, standards.PenaltyNotMinor }, "2026-06-01", false, standards.RuleEntryPenaltyNotMinor, socialorg.Fail, false},
		{"penalty of unknown severity, revised", func(c *standards.Candidate) { c.Penalized = true }, "2026-06-01", false, standards.RuleEntryPenaltyNotMinor, socialorg.NotApplicable, true},
		{"no penalty, revised", func(c *standards.Candidate) {}, "2026-06-01", true, standards.RuleEntryPenaltyNotMinor, socialorg.Pass, false},
		{"under investigation, revised", func(c *standards.Candidate) { c.UnderInvestigation = true }, "2026-03-01", true, standards.RuleEntryPenaltyNotMinor, socialorg.Pass, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := candidate()
			tc.edit(&c)
			res := entry(t, c, tc.at)
			require.Equal(t, tc.eligible, res.Eligible)
			f, ok := res.Find(tc.rule)
			require.True(t, ok, "finding %s", tc.rule)
			require.Equal(t, tc.outcome, f.Outcome)
			require.Equal(t, tc.unknown, len(res.Unknown) > 0)
			if tc.unknown {
				require.Contains(t, res.Unknown, tc.rule)
			}
			if !day(tc.at).Before(day("2026-03-01")) {
				require.Equal(t, "《社会组织评估管理办法》（民政部令第39号）", f.Cite.Document, "the kept bars cite Order 39 Art. 7")
				_, gone := res.Find(standards.RuleEntryInvestigated)
				require.False(t, gone, "the investigation bar is removed")
				_, gone = res.Find(standards.RuleEntryInspection)
				require.False(t, gone, "the inspection-outcome bar is removed")
			}
		})
	}
	// The kept bars' regimes say why they are kept and that the revised article numbers are
	// unconfirmed.
	for _, id := range []socialorg.RuleID{standards.RuleEntryInspected, standards.RuleEntryPenaltyNotMinor} {
		r := ruleOf(t, id)
		require.Len(t, r.Regimes, 1)
		require.Equal(t, day("2026-03-01"), r.Regimes[0].From)
		require.Contains(t, r.Regimes[0].Cite.Article, "第七条")
		require.Contains(t, r.Regimes[0].Note, "not confirmed")
		require.Contains(t, r.Regimes[0].Note, "not say")
	}
	// A severity without a penalty, or out of range, is an input error.
	c := candidate()
	c.PenaltySeverity = standards.PenaltyMinor
	_, err := standards.CheckEntry(c, day("2026-06-01"))
	require.ErrorContains(t, err, "candidate.penalty_severity")
	c.Penalized, c.PenaltySeverity = true, 9
	_, err = standards.CheckEntry(c, day("2026-06-01"))
	require.ErrorContains(t, err, "candidate.penalty_severity")
}

// TestEntryFifthYear: the revised measures let a graded organization apply again within the first
// four years of its grade's validity; whether the fifth year is open is a reading the sources do
// not settle. By default it is closed (unchanged); ReapplyInFifthYear opens it.
func TestEntryFifthYear(t *testing.T) {
	c := candidate()
	c.Last = standards.Award{Org: "o", Grade: registry.Grade3A, Notice: day("2026-06-01")} // valid 2027-01-01 … 2031-12-31
	for _, tc := range []struct {
		at            string
		closed, open_ bool
	}{
		{"2027-01-01", true, true},
		{"2030-12-31", true, true}, // the last day of the fourth year
		{"2031-01-01", false, true},
		{"2031-12-31", false, true},
		{"2032-01-01", true, true}, // the grade has lapsed
	} {
		res := entry(t, c, tc.at)
		require.Equal(t, tc.closed, res.Eligible, "default %s", tc.at)
		f, _ := res.Find(standards.RuleEntryGradeTerm)
		require.Equal(t, "first-four-years", f.Want)
		res = entry(t, c, tc.at, standards.ReapplyInFifthYear())
		require.Equal(t, tc.open_, res.Eligible, "fifth year open %s", tc.at)
		f, _ = res.Find(standards.RuleEntryGradeTerm)
		require.Equal(t, "first-four-years-or-fifth", f.Want)
	}
	// Under Order 39 the option changes nothing: the grade must reach its term.
	c.Last = standards.Award{Org: "o", Grade: registry.Grade3A, Notice: day("2021-03-01")} // valid to 2026-02-28
	require.False(t, entry(t, c, "2026-02-28", standards.ReapplyInFifthYear()).Eligible)
	r := ruleOf(t, standards.RuleEntryGradeTerm)
	require.Contains(t, r.Regimes[len(r.Regimes)-1].Note, "ReapplyInFifthYear")
}

// TestCandidateJSON: the new field round-trips with a snake_case key.
func TestCandidateJSON(t *testing.T) {
	c := candidate()
	c.Penalized, c.PenaltySeverity = true, standards.PenaltyNotMinor
	raw, err := json.Marshal(c)
	require.NoError(t, err)
	require.Contains(t, string(raw), `"penalty_severity":"not-minor"`)
	var back standards.Candidate
	require.NoError(t, json.Unmarshal(raw, &back))
	require.Equal(t, c, back)
	require.Error(t, json.Unmarshal([]byte(`{"penalty_severity":"grave"}`), &back))
}
