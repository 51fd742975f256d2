package standards_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

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
			require.Equal(t, tc.eligible, res.Eligible())
			f, ok := res.Find(tc.rule)
			require.True(t, ok, "finding %s", tc.rule)
			require.Equal(t, tc.outcome, f.Outcome)
			require.Equal(t, tc.unknown, f.Undecided, "undecided, not merely not applicable")
			require.Equal(t, tc.unknown, len(res.Undecided()) > 0)
			if tc.unknown {
				require.Equal(t, socialorg.Undecided, res.Verdict())
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
// not settle. By default it is closed (unchanged); ReapplyInFifthYear opens it. The finding's Want
// shows the last day of the reading applied.
func TestEntryFifthYear(t *testing.T) {
	c := candidate()
	c.Last = standards.Award{Org: "o", Grade: registry.Grade3A, Notice: day("2026-06-01")} // valid 2027-01-01 … 2031-12-31
	for _, tc := range []struct {
		at                     string
		closed, open_          bool
		wantClosed, wantOpened string
	}{
		{"2027-01-01", true, true, "until 2030-12-31", "until 2031-12-31 fifth-year-open"},
		{"2030-12-31", true, true, "until 2030-12-31", "until 2031-12-31 fifth-year-open"}, // the last day of the fourth year
		{"2031-01-01", false, true, "until 2030-12-31", "until 2031-12-31 fifth-year-open"},
		{"2031-12-31", false, true, "until 2030-12-31", "until 2031-12-31 fifth-year-open"},
		{"2032-01-01", true, true, "first-years", "first-years fifth-year-open"}, // the grade has lapsed
	} {
		res := entry(t, c, tc.at)
		require.Equal(t, tc.closed, res.Eligible(), "default %s", tc.at)
		f, _ := res.Find(standards.RuleEntryGradeTerm)
		require.Equal(t, tc.wantClosed, f.Want)
		res = entry(t, c, tc.at, standards.ReapplyInFifthYear())
		require.Equal(t, tc.open_, res.Eligible(), "fifth year open %s", tc.at)
		f, _ = res.Find(standards.RuleEntryGradeTerm)
		require.Equal(t, tc.wantOpened, f.Want)
	}
	// Under Order 39 the option changes nothing: the grade must reach its term.
	c.Last = standards.Award{Org: "o", Grade: registry.Grade3A, Notice: day("2021-03-01")} // valid to 2026-02-28
	require.False(t, entry(t, c, "2026-02-28", standards.ReapplyInFifthYear()).Eligible())
	r := ruleOf(t, standards.RuleEntryGradeTerm)
	require.Contains(t, r.Regimes[len(r.Regimes)-1].Note, "ReapplyInFifthYear")
}

// TestUnknownInspectionUndecided: under Order 39 an inspection not given failed the candidate
// (「未参加上年度年度检查」 was taken for granted), and a basic pass last year with the year before
// not given passed it (two basic passes running were ruled out without knowing the year before).
// Neither is known: both are now undecided, keeping the result from being eligible without
// failing a condition the organization may meet.
func TestUnknownInspectionUndecided(t *testing.T) {
	for _, tc := range []struct {
		name        string
		last, prior standards.Inspection
		outcome     socialorg.Outcome
		undecided   bool
	}{
		{"not given", 0, 0, socialorg.NotApplicable, true},
		{"basic pass, the year before not given", standards.BasicPass, 0, socialorg.NotApplicable, true},
		{"basic pass, the year before passed", standards.BasicPass, standards.Passed, socialorg.Pass, false},
		{"basic pass twice", standards.BasicPass, standards.BasicPass, socialorg.Fail, false},
		{"passed, the year before not given", standards.Passed, 0, socialorg.Pass, false},
		{"failed", standards.Failed, 0, socialorg.Fail, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := candidate()
			c.LastInspection, c.PriorInspection = tc.last, tc.prior
			res := entry(t, c, "2025-06-01")
			f, ok := res.Find(standards.RuleEntryInspection)
			require.True(t, ok)
			require.Equal(t, tc.outcome, f.Outcome)
			require.Equal(t, tc.undecided, f.Undecided)
			require.Equal(t, tc.outcome == socialorg.Pass, res.Eligible())
			require.Equal(t, "第七条第（一）项、第（二）项", f.Cite.Article)
		})
	}
	c := candidate()
	c.LastInspection = 9
	_, err := standards.CheckEntry(c, day("2025-06-01"))
	require.ErrorContains(t, err, "candidate.last_inspection")
}

// TestEntryCreditLists (issue 19): 《全国性社会组织评估管理规定》 (2021-12-10) does not assess a
// national organization 「被列入社会组织活动异常名录或者严重违法失信名单的」. The bar binds the
// organizations the MCA registers (Division 100000), from that day; an unknown status is
// undecided; a local organization is not judged on it (no source read bars it).
func TestEntryCreditLists(t *testing.T) {
	for _, tc := range []struct {
		name, division, at string
		status             registry.CreditStatus
		outcome            socialorg.Outcome
		undecided, judged  bool
	}{
		{"national, clear", "100000", "2025-06-01", registry.CreditClear, socialorg.Pass, false, true},
		{"national, abnormal", "100000", "2025-06-01", registry.CreditAbnormal, socialorg.Fail, false, true},
		{"national, serious", "100000", "2025-06-01", registry.CreditSeriousViolation, socialorg.Fail, false, true},
		{"national, unknown", "100000", "2025-06-01", registry.CreditUnknown, socialorg.NotApplicable, true, true},
		{"national, the day before the rules", "100000", "2021-12-09", registry.CreditAbnormal, 0, false, false},
		{"national, the day of the rules", "100000", "2021-12-10", registry.CreditAbnormal, socialorg.Fail, false, true},
		{"national, under the revised measures", "100000", "2026-06-01", registry.CreditAbnormal, socialorg.Fail, false, true},
		{"Shenzhen, abnormal", "440300", "2025-06-01", registry.CreditAbnormal, 0, false, false},
		{"Guangzhou, unknown", "440100", "2025-06-01", registry.CreditUnknown, 0, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := candidate()
			c.Division, c.Credit = tc.division, tc.status
			res := entry(t, c, tc.at)
			f, ok := res.Find(standards.RuleEntryCreditList)
			require.Equal(t, tc.judged, ok)
			if !ok {
				return
			}
			require.Equal(t, tc.outcome, f.Outcome)
			require.Equal(t, tc.undecided, f.Undecided)
			require.Equal(t, "《全国性社会组织评估管理规定》（2021年）", f.Cite.Document)
			require.Equal(t, tc.outcome == socialorg.Pass, res.Eligible())
		})
	}
	c := candidate()
	c.Credit = 9
	_, err := standards.CheckEntry(c, day("2025-06-01"))
	require.ErrorContains(t, err, "candidate.credit_status")
}

// TestCandidateJSON: the new field round-trips with a snake_case key.
func TestCandidateJSON(t *testing.T) {
	c := candidate()
	c.Penalized, c.PenaltySeverity = true, standards.PenaltyNotMinor
	raw, err := json.Marshal(c)
	require.NoError(t, err)
	require.Contains(t, string(raw), `"penalty_severity":"not-minor"`)
	c.Credit, c.Division = registry.CreditAbnormal, "100000"
	raw, err = json.Marshal(c)
	require.NoError(t, err)
	require.Contains(t, string(raw), `"credit_status":"abnormal-list"`)
	require.Contains(t, string(raw), `"division":"100000"`)
	var back standards.Candidate
	require.NoError(t, json.Unmarshal(raw, &back))
	require.Equal(t, c, back)
	require.Error(t, json.Unmarshal([]byte(`{"penalty_severity":"grave"}`), &back))
}

// TestInputProblems (issue 22): every input problem names its JSON path, has a code that begins
// with the package and names its kind, and a message in three languages from the catalogue.
func TestInputProblems(t *testing.T) {
	for _, tc := range []struct {
		name      string
		err       error
		code, zh  string
		wantField string
	}{
		{"candidate without ID", standards.Candidate{Registered: day("2020-01-01")}.Validate(), "standards.candidate.id.out_of_range", "1 至 128 字节", "candidate.id"},
		{"severity without penalty", standards.Candidate{ID: "o", Registered: day("2020-01-01"), PenaltySeverity: standards.PenaltyMinor}.Validate(),
			"standards.candidate.penalty_severity.not_allowed", "仅在受到行政处罚时填写", "candidate.penalty_severity"},
		{"brand credit status", standards.BrandCandidate{Credit: 9}.Validate(), "standards.candidate.credit_status.unknown_value", "none、abnormal-list 或 serious-violation-list", "candidate.credit_status"},
		{"negative staff", standards.Profile{FullTimeStaff: -1}.Validate(), "standards.profile.full_time_staff.out_of_range", "须不小于 0", "profile.full_time_staff"},
		{"scheme without cut-offs", standards.GradeScheme{ID: "x", Name: "x", Scale: d("100"),
			Regimes: []socialorg.Regime{{From: day("2020-01-01"), Cite: socialorg.Citation{Document: "d"}}}}.Validate(),
			"standards.scheme.cutoffs.required", "至少一个分数线", "scheme.cutoffs"},
		{"score with seven places", func() error { _, err := standards.Shenzhen().Grade(d("90.0000001")); return err }(),
			"standards.score.out_of_range", "至多 6 位小数", "score"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.ErrorIs(t, tc.err, socialorg.ErrInvalidInput)
			var ie *socialorg.InputError
			require.ErrorAs(t, tc.err, &ie)
			require.Equal(t, tc.wantField, ie.Field)
			require.Equal(t, tc.code, ie.Code)
			require.Contains(t, ie.Message(language.SimplifiedChinese), tc.zh)
			require.NotContains(t, ie.Messages().Hant, "standards.", "the message is not the code")
		})
	}
}
