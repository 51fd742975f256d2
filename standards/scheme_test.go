package standards_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/standards"
)

// schemeJSON is a valid scheme's JSON with the cut-offs and the rest given.
func schemeJSON(id, cutoffs, rest string) string {
	return `{"id":"` + id + `","name":"n","scale":"1000","regimes":[{"from":"2020-01-01","cite":{"document":"d"}}],` +
		`"cutoffs":[` + cutoffs + `]` + rest + `}`
}

// TestHostileSchemes (issue 18): a GradeScheme decoded from JSON or built zero-ish used to panic
// in With (grade.go:168, :172) and Grade (:207), and a decoded cut-off of −1 made a score of 5 a
// 5A. Every scheme is now validated on decode and before use: cut-offs strictly ordered by grade,
// within the scale, non-negative, no duplicates; a clear error, never a panic.
func TestHostileSchemes(t *testing.T) {
	cite := socialorg.Citation{Document: "x"}
	supply := socialorg.Supply(standards.Guangzhou3AKey, decimal.NewFromInt(851), cite)
	tests := []struct {
		name, json, field string
	}{
		{"empty object", `{}`, "scheme.id"},
		{"unconfirmed grades and no cut-offs", `{"id":"x","name":"n","scale":"1000","regimes":[{"from":"2020-01-01","cite":{"document":"d"}}],"unconfirmed":["3A"]}`, "scheme.cutoffs"},
		{"guangzhou without cut-offs", `{"id":"guangzhou","name":"n","scale":"1000","regimes":[{"from":"2020-01-01","cite":{"document":"d"}}],"unconfirmed":["3A","2A","1A"]}`, "scheme.cutoffs"},
		{"negative cut-off", schemeJSON("x", `{"grade":"5A","min":"-1","cite":{"document":"d"}}`, ""), "scheme.cutoffs[0].min"},
		{"cut-off above the scale", schemeJSON("x", `{"grade":"5A","min":"1001","cite":{"document":"d"}}`, ""), "scheme.cutoffs[0].min"},
		{"cut-offs out of grade order", schemeJSON("x", `{"grade":"5A","min":"800","cite":{"document":"d"}},{"grade":"4A","min":"900","cite":{"document":"d"}}`, ""), "scheme.cutoffs[1].min"},
		{"equal cut-offs", schemeJSON("x", `{"grade":"5A","min":"900","cite":{"document":"d"}},{"grade":"4A","min":"900","cite":{"document":"d"}}`, ""), "scheme.cutoffs[1].min"},
		{"duplicate grade", schemeJSON("x", `{"grade":"5A","min":"950","cite":{"document":"d"}},{"grade":"5A","min":"900","cite":{"document":"d"}}`, ""), "scheme.cutoffs[1].grade"},
		{"no grade", schemeJSON("x", `{"min":"950","cite":{"document":"d"}}`, ""), "scheme.cutoffs[0].grade"},
		{"uncited cut-off", schemeJSON("x", `{"grade":"5A","min":"950"}`, ""), "scheme.cutoffs[0].cite"},
		{"unconfirmed above a cut-off", schemeJSON("x", `{"grade":"3A","min":"850","cite":{"document":"d"}}`, `,"unconfirmed":["4A"]`), "scheme.unconfirmed[0]"},
		{"guangzhou without unconfirmed grades", schemeJSON("guangzhou", `{"grade":"5A","min":"951","cite":{"document":"d"}}`, `,"unconfirmed":[]`), ""},
		{"zero scale", `{"id":"x","name":"n","scale":"0","regimes":[{"from":"2020-01-01","cite":{"document":"d"}}],"cutoffs":[{"grade":"5A","min":"0","cite":{"document":"d"}}]}`, "scheme.scale"},
		{"no regime", `{"id":"x","name":"n","scale":"1000","cutoffs":[{"grade":"5A","min":"950","cite":{"document":"d"}}]}`, "scheme.regimes"},
		{"overlapping dated cut-offs", schemeJSON("x", `{"grade":"5A","min":"950","cite":{"document":"d"},"until":"2022-12-31"},{"grade":"5A","min":"960","cite":{"document":"d"},"from":"2022-12-31"}`, ""), "scheme.cutoffs[1].grade"},
		{"condition without a grade", schemeJSON("x", `{"grade":"5A","min":"950","cite":{"document":"d"}}`, `,"conditions":[{"full_time_staff":3,"cite":{"document":"d"}}]`), "scheme.conditions[0].grade"},
		{"negative staff", schemeJSON("x", `{"grade":"5A","min":"950","cite":{"document":"d"}}`, `,"conditions":[{"grade":"5A","full_time_staff":-3,"cite":{"document":"d"}}]`), "scheme.conditions[0].full_time_staff"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// Decoded: refused with the field named, or valid.
			var s standards.GradeScheme
			err := json.Unmarshal([]byte(tc.json), &s)
			if tc.field != "" {
				require.ErrorIs(t, err, socialorg.ErrInvalidInput)
				require.ErrorContains(t, err, tc.field)
				require.Less(t, len(err.Error()), 400, "a short error")
			} else {
				require.NoError(t, err)
			}
			// The same value built in Go (decoded without validation): every use refuses it, none panics.
			type plain standards.GradeScheme
			var p plain
			require.NoError(t, json.Unmarshal([]byte(tc.json), &p))
			built := standards.GradeScheme(p)
			require.NotPanics(t, func() {
				_, gerr := built.Grade(decimal.NewFromInt(5))
				_, cerr := built.Check(decimal.NewFromInt(5), standards.Profile{ID: "o"}, day("2025-01-01"))
				_, werr := built.With(supply)
				if tc.field != "" {
					require.ErrorContains(t, gerr, tc.field)
					require.ErrorContains(t, cerr, tc.field)
					require.ErrorContains(t, werr, tc.field)
					require.ErrorContains(t, built.Validate(), tc.field)
				}
			})
		})
	}
	// The zero scheme.
	var zero standards.GradeScheme
	require.NotPanics(t, func() {
		_, err := zero.Grade(decimal.NewFromInt(5))
		require.ErrorIs(t, err, socialorg.ErrInvalidInput)
		_, err = zero.With(supply)
		require.ErrorIs(t, err, socialorg.ErrInvalidInput)
		_, err = zero.Check(decimal.NewFromInt(5), standards.Profile{}, day("2025-01-01"))
		require.ErrorIs(t, err, socialorg.ErrInvalidInput)
	})
	// A decimal too large to decode from JSON can still be built in Go.
	huge := standards.Huaining()
	huge.Cutoffs[0].Min = decimal.New(1, 2147483646)
	require.NotPanics(t, func() {
		require.ErrorContains(t, huge.Validate(), "scheme.cutoffs[0].min")
		_, err := huge.Grade(decimal.NewFromInt(5))
		require.ErrorContains(t, err, "scheme.cutoffs[0].min")
		require.Less(t, len(err.Error()), 400)
	})
	// A megabyte name is refused with a short error.
	big := `{"id":"x","name":"` + strings.Repeat("名", 1<<18) + `","scale":"1000","regimes":[{"from":"2020-01-01","cite":{"document":"d"}}],"cutoffs":[{"grade":"5A","min":"950","cite":{"document":"d"}}]}`
	var s standards.GradeScheme
	err := json.Unmarshal([]byte(big), &s)
	require.ErrorContains(t, err, "scheme.name")
	require.Less(t, len(err.Error()), 400)
	// Too many cut-offs.
	var cs []string
	for i := range 200 {
		cs = append(cs, `{"grade":"1A","min":"`+decimal.NewFromInt(int64(i)).String()+`","cite":{"document":"d"},"from":"2020-01-0`+string(rune('1'+i%9))+`"}`)
	}
	err = json.Unmarshal([]byte(schemeJSON("x", strings.Join(cs, ","), "")), &s)
	require.ErrorContains(t, err, "scheme.cutoffs")
}

// TestNegativeCutoffGradesNothing: before the fix a decoded 5A cut-off of −1 graded a score of 5
// as 5A.
func TestNegativeCutoffGradesNothing(t *testing.T) {
	raw := schemeJSON("x", `{"grade":"5A","min":"-1","cite":{"document":"d"}},{"grade":"4A","min":"-2","cite":{"document":"d"}}`, "")
	var s standards.GradeScheme
	require.Error(t, json.Unmarshal([]byte(raw), &s))
	g, err := s.Grade(decimal.NewFromInt(5))
	require.Error(t, err, "the zero scheme left by a refused decode grades nothing")
	require.Equal(t, registry.NoGrade, g)
}

// TestEverySchemeValidates: the package's own schemes, and Guangzhou's with cut-offs supplied,
// pass Validate and survive JSON.
func TestEverySchemeValidates(t *testing.T) {
	gz, err := standards.GuangzhouAssessment().With(
		socialorg.Supply(standards.Guangzhou3AKey, d("851"), socialorg.Citation{Document: "x"}),
		socialorg.Supply(standards.Guangzhou2AKey, d("801"), socialorg.Citation{Document: "x"}))
	require.NoError(t, err)
	for _, s := range append(standards.Schemes(), gz) {
		require.NoError(t, s.Validate(), s.ID)
		raw, err := json.Marshal(s)
		require.NoError(t, err)
		var back standards.GradeScheme
		require.NoError(t, json.Unmarshal(raw, &back), s.ID)
		require.True(t, s.Equal(back), s.ID)
	}
}

// TestSchemesDatedByAssessment (issue 17): a scheme is dated by the assessment it governs. Foshan
// Nanhai's notice governs its 2021 assessment (「决定开展2021年社会组织等级评估工作」), yet was dated
// 2022-01-01; Huaining's governs the assessment held from August to October 2022 (「评估时间
// 2022年8月至10月」), yet was dated 2023-01-01: neither could judge the assessment it governs.
func TestSchemesDatedByAssessment(t *testing.T) {
	p := standards.Profile{ID: "o", FullTimeStaff: 3, PartyOrganization: true}
	tests := []struct {
		s        standards.GradeScheme
		at       string
		inForce  bool
		document string
	}{
		{standards.FoshanNanhai(), "2020-12-31", false, ""},
		{standards.FoshanNanhai(), "2021-01-01", true, "佛山市南海区2021年社会组织等级评估工作通知"},
		{standards.FoshanNanhai(), "2021-06-01", true, "佛山市南海区2021年社会组织等级评估工作通知"},
		{standards.Huaining(), "2022-07-31", false, ""},
		{standards.Huaining(), "2022-08-01", true, "《关于开展安庆市怀宁县社会组织等级评估工作的通知》"},
		{standards.Huaining(), "2022-10-31", true, "《关于开展安庆市怀宁县社会组织等级评估工作的通知》"},
		{standards.Shenzhen(), "2018-12-31", false, ""},
		{standards.Shenzhen(), "2019-01-01", true, "《南山区民政局关于开展2019年度南山区社会组织评估工作的通知》"},
	}
	for _, tc := range tests {
		t.Run(tc.s.ID+" "+tc.at, func(t *testing.T) {
			score := "960"
			if tc.s.Scale.Equal(decimal.NewFromInt(100)) {
				score = "96"
			}
			res, err := tc.s.Check(d(score), p, day(tc.at))
			if !tc.inForce {
				require.ErrorIs(t, err, socialorg.ErrNotInForce)
				return
			}
			require.NoError(t, err)
			require.Equal(t, registry.Grade5A, res.Grade)
			f, ok := res.Find(standards.RuleGradeScore)
			require.True(t, ok)
			require.Contains(t, f.Cite.Document, tc.document)
		})
	}
}

// TestGuangzhouCutoffsResolvedAtDate (issue 17): the scheme froze its cut-offs when built, so a
// grading of 2022 cited the 2024 measures (穗民规字〔2024〕6号). Each cut-off now resolves at the
// date judged: the 2020 measures (穗社管规字〔2020〕4号 Art. 9) govern until the 2024 ones take
// effect (dated 2025-01-01: their day is not confirmed).
func TestGuangzhouCutoffsResolvedAtDate(t *testing.T) {
	s := standards.GuangzhouAssessment()
	for _, tc := range []struct{ at, document, article string }{
		{"2021-01-01", "穗社管规字〔2020〕4号", "第九条"},
		{"2022-06-01", "穗社管规字〔2020〕4号", "第九条"},
		{"2024-12-31", "穗社管规字〔2020〕4号", "第九条"},
		{"2025-01-01", "穗民规字〔2024〕6号", ""},
		{"2026-11-27", "穗民规字〔2024〕6号", ""},
	} {
		for _, score := range []string{"951", "901"} {
			res, err := s.Check(d(score), standards.Profile{ID: "o"}, day(tc.at))
			require.NoError(t, err)
			f, _ := res.Find(standards.RuleGradeScore)
			require.Contains(t, f.Cite.Document, tc.document, "%s %s", tc.at, score)
			require.Equal(t, tc.article, f.Cite.Article, "%s %s", tc.at, score)
		}
	}
}

// TestJudgeByAssessment (issue 17): a caller judges an assessment by its year or its date, not by
// the day of the check: Huaining's 2022 assessment checked in 2026, Guangzhou's 2024 assessment
// checked in 2026 (under the 2020 measures).
func TestJudgeByAssessment(t *testing.T) {
	p := standards.Profile{ID: "o", PartyOrganization: true}
	res, err := standards.Huaining().Check(d("950"), p, day("2026-11-27"), standards.AssessmentYear(2022))
	require.NoError(t, err)
	require.Equal(t, registry.Grade4A, res.Grade)
	require.Equal(t, day("2022-12-31"), res.Judged)
	res, err = standards.Huaining().Check(d("950"), p, day("2026-11-27"), standards.AssessedOn(day("2022-09-15")))
	require.NoError(t, err)
	require.Equal(t, day("2022-09-15"), res.Judged)
	_, err = standards.Huaining().Check(d("950"), p, day("2026-11-27"), standards.AssessmentYear(2021))
	require.ErrorIs(t, err, socialorg.ErrNotInForce, "Huaining's notice governs no 2021 assessment")
	_, err = standards.Huaining().Check(d("950"), p, day("2026-11-27"), standards.AssessedOn(day("2022-07-31")))
	require.ErrorIs(t, err, socialorg.ErrNotInForce)

	gz := standards.GuangzhouAssessment()
	for _, tc := range []struct {
		year     int
		document string
	}{{2021, "穗社管规字〔2020〕4号"}, {2024, "穗社管规字〔2020〕4号"}, {2025, "穗民规字〔2024〕6号"}} {
		res, err := gz.Check(d("951"), p, day("2026-11-27"), standards.AssessmentYear(tc.year))
		require.NoError(t, err)
		f, _ := res.Find(standards.RuleGradeScore)
		require.Contains(t, f.Cite.Document, tc.document, tc.year)
	}
	_, err = gz.Check(d("951"), p, day("2026-11-27"), standards.AssessmentYear(2020))
	require.ErrorIs(t, err, socialorg.ErrNotInForce)

	g, err := gz.GradeAt(d("951"), day("2022-06-01"))
	require.NoError(t, err)
	require.Equal(t, registry.Grade5A, g)
	_, err = gz.GradeAt(d("951"), day("2020-12-31"))
	require.ErrorIs(t, err, socialorg.ErrNotInForce)

	for _, opts := range [][]socialorg.Option{
		{standards.AssessmentYear(2022), standards.AssessedOn(day("2022-09-15"))},
		{standards.AssessmentYear(0)},
		{standards.AssessmentYear(10_000)},
		{standards.AssessedOn(socialorg.Date{})},
	} {
		_, err := standards.Huaining().Check(d("950"), p, day("2026-11-27"), opts...)
		require.ErrorIs(t, err, socialorg.ErrInvalidInput)
	}
}

// TestNoGradeCitesTheScheme: below every cut-off, the score finding cites the scheme's source at
// the date judged (its bands say there is no grade), not Order 39.
func TestNoGradeCitesTheScheme(t *testing.T) {
	res, err := standards.Huaining().Check(d("700"), standards.Profile{ID: "o"}, day("2022-09-01"))
	require.NoError(t, err)
	require.Equal(t, registry.NoGrade, res.Grade)
	f, _ := res.Find(standards.RuleGradeScore)
	require.Contains(t, f.Cite.Document, "怀宁县")
}

// TestHuaining950: 950 is in both of Huaining's bands as written (「950以上」, 「901—950」); the
// library reads it as 4A, and its Note says so and why.
func TestHuaining950(t *testing.T) {
	s := standards.Huaining()
	for _, tc := range []struct {
		score string
		want  registry.Grade
	}{{"949.99", registry.Grade4A}, {"950", registry.Grade4A}, {"950.000001", registry.Grade5A}, {"951", registry.Grade5A}} {
		g, err := s.GradeAt(d(tc.score), day("2022-09-01"))
		require.NoError(t, err)
		require.Equal(t, tc.want, g, tc.score)
	}
	require.Contains(t, s.Note, "950以上")
	require.Contains(t, s.Note, "reads 950 as 4A")
}

// FuzzGradeScheme (issue 18): a scheme decoded from any JSON is refused or valid; neither the
// refused value (built in Go without the decode's check) nor the valid one panics in Validate,
// Grade, GradeAt, Check or With; and a valid scheme grades monotonically: at every date, a higher
// score never gets a lower grade, and a score that earns a grade is never below one that does not.
func FuzzGradeScheme(f *testing.F) {
	for _, s := range standards.Schemes() {
		raw, err := json.Marshal(s)
		require.NoError(f, err)
		f.Add(raw, int64(90_000), int64(5_000))
	}
	f.Add([]byte(`{}`), int64(5), int64(0))
	f.Add([]byte(schemeJSON("guangzhou", `{"grade":"5A","min":"951","cite":{"document":"d"}}`, `,"unconfirmed":["3A","2A"]`)), int64(90_000), int64(1))
	f.Add([]byte(schemeJSON("x", `{"grade":"5A","min":"-1","cite":{"document":"d"}},{"grade":"4A","min":"900","cite":{"document":"d"},"until":"2021-01-01"}`, "")), int64(500), int64(1))
	cite := socialorg.Citation{Document: "fuzz"}
	supply := socialorg.Options{
		socialorg.Supply(standards.Guangzhou3AKey, decimal.NewFromInt(851), cite),
		socialorg.Supply(standards.Guangzhou2AKey, decimal.NewFromInt(801), cite),
	}
	f.Fuzz(func(t *testing.T, raw []byte, a, b int64) {
		if len(raw) > 1<<16 {
			return
		}
		abs := func(v int64) int64 {
			if v < 0 {
				return -(v + 1)
			}
			return v
		}
		x := decimal.New(abs(a)%200_000, -2)
		y := x.Add(decimal.New(abs(b)%200_000, -2))
		asOf := day("2025-06-01")
		var s standards.GradeScheme
		if err := json.Unmarshal(raw, &s); err != nil {
			type plain standards.GradeScheme
			var p plain
			if json.Unmarshal(raw, &p) != nil {
				return
			}
			built := standards.GradeScheme(p)
			_ = built.Validate()
			_, _ = built.Grade(x)
			_, _ = built.GradeAt(x, asOf)
			_, _ = built.Check(x, standards.Profile{ID: "o", FullTimeStaff: 2}, asOf)
			_, _ = built.With(supply)
			return
		}
		if err := s.Validate(); err != nil {
			t.Fatalf("decoded, yet invalid: %v", err)
		}
		w, err := s.With(supply)
		if err != nil {
			w = s
		}
		for _, sc := range []standards.GradeScheme{s, w} {
			var dates []socialorg.Date
			for _, r := range sc.Regimes {
				dates = append(dates, r.From, r.From.AddDays(400))
				if !r.Until.IsZero() {
					dates = append(dates, r.Until)
				}
			}
			for _, c := range sc.Cutoffs {
				for _, dt := range []socialorg.Date{c.From, c.Until, c.From.AddDays(-1), c.Until.AddDays(1)} {
					if !dt.IsZero() {
						dates = append(dates, dt)
					}
				}
			}
			for _, dt := range dates {
				gx, ex := sc.GradeAt(x, dt)
				gy, ey := sc.GradeAt(y, dt)
				switch {
				case ex == nil && ey == nil && gx > gy:
					t.Fatalf("%s at %s: %s gets %s, the higher %s gets %s", sc.ID, dt, x, gx, y, gy)
				case ex == nil && gx != registry.NoGrade && ey != nil:
					t.Fatalf("%s at %s: %s gets %s, the higher %s errs: %v", sc.ID, dt, x, gx, y, ey)
				}
				_, _ = sc.Check(x, standards.Profile{ID: "o", FullTimeStaff: 2, PartyOrganization: true}, dt)
			}
			_, _ = sc.Grade(y)
		}
	})
}
