package standards_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/standards"
)

// TestSchemeAt (issue 19): a scheme is the values of its parameters in force at a place and a
// date, the place's own or its parent's: Guangzhou's districts judge under Guangzhou's scheme; a
// place under no scheme has none; each regime begins on its first day and not the day before.
func TestSchemeAt(t *testing.T) {
	for _, tc := range []struct {
		place, at     string
		id            string // "" when no scheme is in force
		from, until   string
		cutoffs       int
		unconfirmed   []registry.Grade
		firstDocument string
	}{
		{"440100", "2020-12-31", "", "", "", 0, nil, ""},
		{"440100", "2021-01-01", "guangzhou", "2021-01-01", "2024-12-31", 2, []registry.Grade{3, 2, 1}, "穗社管规字〔2020〕4号"},
		{"440100", "2024-12-31", "guangzhou", "2021-01-01", "2024-12-31", 2, []registry.Grade{3, 2, 1}, "穗社管规字〔2020〕4号"},
		{"440100", "2025-01-01", "guangzhou", "2025-01-01", "", 2, []registry.Grade{3, 2, 1}, "穗民规字〔2024〕6号"},
		{"440106", "2026-06-01", "guangzhou", "2025-01-01", "", 2, []registry.Grade{3, 2, 1}, "穗民规字〔2024〕6号"}, // Tianhe: Guangzhou's
		{"440183", "2026-06-01", "guangzhou", "2025-01-01", "", 2, []registry.Grade{3, 2, 1}, "穗民规字〔2024〕6号"}, // a historical district
		{"440300", "2018-12-31", "", "", "", 0, nil, ""},
		{"440300", "2019-01-01", "shenzhen", "2019-01-01", "", 5, nil, "南山区"},
		{"440305", "2026-06-01", "shenzhen", "2019-01-01", "", 5, nil, "南山区"}, // a district the library does not declare
		{"440605", "2021-01-01", "foshan-nanhai", "2021-01-01", "", 5, nil, "南海区"},
		{"440600", "2021-06-01", "", "", "", 0, nil, ""}, // Foshan itself: Nanhai's scheme is the district's
		{"340822", "2022-07-31", "", "", "", 0, nil, ""},
		{"340822", "2022-08-01", "huaining", "2022-08-01", "", 5, nil, "怀宁县"},
		{"410304", "2024-12-31", "", "", "", 0, nil, ""},
		{"410304", "2025-01-01", "luoyang-chanhe", "2025-01-01", "", 5, nil, "瀍河回族区"},
		{"445300", "2026-06-01", "", "", "", 0, nil, ""}, // Yunfu: no scheme
	} {
		t.Run(tc.place+" "+tc.at, func(t *testing.T) {
			s, err := standards.SchemeAt(tc.place, day(tc.at))
			if tc.id == "" {
				require.ErrorIs(t, err, socialorg.ErrNotInForce)
				require.Contains(t, err.Error(), tc.place)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tc.id, s.ID)
			require.Len(t, s.Regimes, 1)
			require.Equal(t, tc.from, s.Regimes[0].From.String())
			require.Equal(t, tc.until, s.Regimes[0].Until.String())
			require.Len(t, s.Cutoffs, tc.cutoffs)
			require.Equal(t, tc.unconfirmed, s.Unconfirmed)
			require.Contains(t, s.Regimes[0].Cite.Document, tc.firstDocument)
			require.Contains(t, s.Cutoffs[0].Cite.Document, tc.firstDocument, "each cut-off cites its source")
			require.NoError(t, s.Validate())
		})
	}
	// The options' place, else the home.
	s, err := standards.SchemeAt("", day("2026-06-01"))
	require.NoError(t, err)
	require.Equal(t, "guangzhou", s.ID)
	s, err = standards.SchemeAt("", day("2026-06-01"), socialorg.In("440300"))
	require.NoError(t, err)
	require.Equal(t, "shenzhen", s.ID)
	s, err = standards.SchemeAt("440605", day("2026-06-01"), socialorg.In("440300"))
	require.NoError(t, err)
	require.Equal(t, "foshan-nanhai", s.ID, "the place given wins over In")

	for _, bad := range []string{"4401", "x", "044010"} {
		_, err = standards.SchemeAt(bad, day("2026-06-01"))
		require.ErrorIs(t, err, socialorg.ErrInvalidInput, bad)
		require.ErrorContains(t, err, "place")
	}
	_, err = standards.SchemeAt("440100", socialorg.Date{})
	require.ErrorIs(t, err, socialorg.ErrNotInForce, "no date")
}

// TestSchemeAtGrades: the scheme SchemeAt resolves grades as the declared scheme does, over its
// span, and a supplied cut-off fills an unconfirmed grade only, never one the place confirms.
func TestSchemeAtGrades(t *testing.T) {
	cite := socialorg.Citation{Document: "某区评估实施方案"}
	supply := socialorg.Options{
		socialorg.Supply(standards.CutoffKey(registry.Grade3A), d("851"), cite),
		socialorg.Supply(standards.CutoffKey(registry.Grade2A), d("801"), cite),
	}
	gz, err := standards.SchemeAt("440103", day("2026-06-01"), supply)
	require.NoError(t, err)
	require.Equal(t, []registry.Grade{registry.Grade1A}, gz.Unconfirmed)
	for _, tc := range []struct {
		score string
		want  registry.Grade
		err   bool
	}{{"951", registry.Grade5A, false}, {"950.999999", registry.Grade4A, false}, {"851", registry.Grade3A, false},
		{"850.999999", registry.Grade2A, false}, {"801", registry.Grade2A, false}, {"800.999999", 0, true}} {
		g, err := gz.GradeAt(d(tc.score), day("2025-01-01"))
		if tc.err {
			require.ErrorIs(t, err, standards.ErrCutoffUnconfirmed, tc.score)
			continue
		}
		require.NoError(t, err)
		require.Equal(t, tc.want, g, tc.score)
	}
	_, err = gz.GradeAt(d("951"), day("2024-12-31"))
	require.ErrorIs(t, err, socialorg.ErrNotInForce, "the span of the 2024 measures begins 2025-01-01")
	res, err := gz.Check(d("860"), standards.Profile{ID: "o"}, day("2026-06-01"))
	require.NoError(t, err)
	f, _ := res.Find(standards.RuleGradeScore)
	require.True(t, f.Cite.Supplied, "the supplied cut-off cites the caller's source")

	// Shenzhen confirms every grade: the supplied 3A is ignored.
	sz, err := standards.SchemeAt("440300", day("2026-06-01"), socialorg.Supply(standards.CutoffKey(registry.Grade3A), d("75"), cite))
	require.NoError(t, err)
	require.Empty(t, cmp.Diff(standards.Shenzhen().Cutoffs, sz.Cutoffs))
	g, err := sz.Grade(d("72"))
	require.NoError(t, err)
	require.Equal(t, registry.Grade3A, g)

	// A supplied cut-off at or above 4A's is refused, naming the key.
	_, err = standards.SchemeAt("440100", day("2026-06-01"), socialorg.Supply(standards.CutoffKey(registry.Grade3A), d("901"), cite))
	require.ErrorContains(t, err, "supply.standards.grade.supplied-min-3a")
	require.ErrorContains(t, err, "below 4A's 901")
	require.Equal(t, socialorg.Key[decimal.Decimal]{}, standards.CutoffKey(registry.NoGrade))
	require.Equal(t, standards.CutoffKey(registry.Grade3A), standards.Guangzhou3AKey, "the deprecated key is the grade's")
}

// dongguan is a caller's jurisdiction, defined here as JSON only: Dongguan (441900), which the
// library does not declare, with an assessment scheme and a brand call. TEST DATA: the figures
// are invented for the test, not Dongguan's rules.
const dongguan = `{
	"code": "441900",
	"name": {"zh_hans": "东莞市", "zh_hant": "東莞市", "en": "Dongguan"},
	"parameters": [
		{"id": "standards.grade.scheme", "values": [
			{"from": "2023-01-01", "until": "2024-12-31", "value": {"id": "dongguan-test", "name": "东莞市社会组织等级评估（测试数据）"}, "cite": {"document": "test data, not a source"}},
			{"from": "2025-01-01", "value": {"id": "dongguan-test", "name": "东莞市社会组织等级评估（测试数据）"}, "cite": {"document": "test data, second edition"}}]},
		{"id": "standards.grade.scale", "values": [{"from": "2023-01-01", "value": "1000", "cite": {"document": "test data, not a source"}}]},
		{"id": "standards.grade.bonus-cap", "values": [{"from": "2023-01-01", "value": "50", "cite": {"document": "test data, not a source"}}]},
		{"id": "standards.grade.min-5a", "values": [
			{"from": "2023-01-01", "until": "2024-12-31", "value": {"min": "940"}, "cite": {"document": "test data, not a source"}},
			{"from": "2025-01-01", "value": {"min": "960"}, "cite": {"document": "test data, second edition"}}]},
		{"id": "standards.grade.min-4a", "values": [{"from": "2023-01-01", "value": {"min": "880"}, "cite": {"document": "test data, not a source"}}]},
		{"id": "standards.grade.min-3a", "values": [{"from": "2023-01-01", "value": {"min": "820"}, "cite": {"document": "test data, not a source"}}]},
		{"id": "standards.grade.min-2a", "values": [{"from": "2023-01-01", "value": {"min": "760"}, "cite": {"document": "test data, not a source"}}]},
		{"id": "standards.grade.min-1a", "values": [{"from": "2023-01-01", "value": {"min": "700"}, "cite": {"document": "test data, not a source"}}]},
		{"id": "standards.grade.conditions", "values": [{"from": "2023-01-01", "value": [{"grade": "5A", "full_time_staff": 5}], "cite": {"document": "test data, not a source"}}]},
		{"id": "standards.brand.scheme", "values": [{"from": "2023-01-01", "value": "东莞市品牌社会组织（测试数据）", "cite": {"document": "test data, not a source"}}]},
		{"id": "standards.brand.min-registered-years", "values": [{"from": "2023-01-01", "value": 3, "cite": {"document": "test data, not a source"}}]},
		{"id": "standards.brand.min-grade", "values": [{"from": "2023-01-01", "value": "3A", "cite": {"document": "test data, not a source"}}]},
		{"id": "standards.brand.penalty-look-back-years", "values": [{"from": "2023-01-01", "value": 2, "cite": {"document": "test data, not a source"}}]}
	]}`

// TestNewCityIsOneDataFile (issue 19): a city the library does not hold is data only. Dongguan,
// defined in this test file as JSON (socialorg.ParseJurisdiction) and given with
// WithJurisdictions, grades and checks brand candidates through the same code as Guangzhou, with
// no change to any check: its editions, cut-offs, bonus cap, conditions and citations are its own.
func TestNewCityIsOneDataFile(t *testing.T) {
	dg, err := socialorg.ParseJurisdiction([]byte(dongguan))
	require.NoError(t, err)
	with := socialorg.WithJurisdictions(dg)
	_, err = standards.SchemeAt("441900", day("2025-06-01"))
	require.ErrorIs(t, err, socialorg.ErrNotInForce, "without the caller's jurisdiction, no scheme")

	for _, tc := range []struct {
		at, score   string
		want        registry.Grade
		from, until string
		document    string
	}{
		{"2024-12-31", "950", registry.Grade5A, "2023-01-01", "2024-12-31", "test data, not a source"},
		{"2025-01-01", "950", registry.Grade4A, "2025-01-01", "", "test data, not a source"}, // 4A's one regime
		{"2025-01-01", "960", registry.Grade5A, "2025-01-01", "", "test data, second edition"},
		{"2025-06-01", "700", registry.Grade1A, "2025-01-01", "", "test data, not a source"},
		{"2025-06-01", "699.99", registry.NoGrade, "2025-01-01", "", "test data, second edition"},
	} {
		s, err := standards.SchemeAt("441900", day(tc.at), with)
		require.NoError(t, err, tc.at)
		require.Equal(t, "dongguan-test", s.ID)
		require.Equal(t, tc.from, s.Regimes[0].From.String(), tc.at)
		require.Equal(t, tc.until, s.Regimes[0].Until.String(), tc.at)
		res, err := s.Check(d(tc.score), standards.Profile{ID: "o", FullTimeStaff: 5}, day(tc.at))
		require.NoError(t, err)
		require.Equal(t, tc.want, res.Grade, "%s %s", tc.at, tc.score)
		f, _ := res.Find(standards.RuleGradeScore)
		require.Equal(t, tc.document, f.Cite.Document, tc.at)
	}
	s, err := standards.SchemeAt("441900", day("2025-06-01"), with)
	require.NoError(t, err)
	res, err := s.Check(d("980"), standards.Profile{ID: "o", FullTimeStaff: 4}, day("2025-06-01"))
	require.NoError(t, err)
	require.Equal(t, registry.Grade4A, res.Grade, "5A needs 5 full-time staff here")
	_, err = s.Grade(d("1050"))
	require.NoError(t, err, "the bonus cap: 1000 + 50")
	_, err = s.Grade(d("1050.000001"))
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)

	// Its brand call: an organization registered in Dongguan, judged by Dongguan's figures.
	c := brandCandidate()
	c.Org.Code, c.Org.Division = codeIn(t, "441900"), "441900"
	c.Org.Registered = day("2022-06-01")
	c.Grade = standards.Award{Org: "o", Grade: registry.Grade3A, Notice: day("2023-12-01")}
	br, err := standards.CheckBrand(c, day("2025-06-01"), socialorg.In("441900"), with)
	require.NoError(t, err)
	require.True(t, br.Eligible(), "%v", br.Failures())
	f, _ := br.Find(standards.RuleBrandRegistered)
	require.Equal(t, "authority-within 441900", f.Want)
	require.Equal(t, "test data, not a source", f.Cite.Document)
	br, err = standards.CheckBrand(c, day("2025-06-01"), with)
	require.NoError(t, err)
	require.False(t, br.Eligible(), "Guangzhou's call: a Dongguan authority is not within it")
	_, err = standards.CheckBrand(c, day("2025-06-01"), socialorg.In("441900"))
	require.ErrorIs(t, err, socialorg.ErrNotInForce, "without the jurisdiction, Dongguan has no call")
}

// TestCallerOverridesADeclaredPlace: a caller's values for a place the library declares win over
// the library's where they are in force: Guangzhou's unconfirmed cut-offs given as data for
// 440100 (not Supply), and a district's own 4A cut-off from a date, which splits the span of the
// scheme there.
func TestCallerOverridesADeclaredPlace(t *testing.T) {
	gz, err := socialorg.NewJurisdiction(socialorg.JurisdictionSpec{Code: "440100", Parameters: []socialorg.ParamOverrides{
		socialorg.Override("standards.grade.min-3a", socialorg.Dated[standards.Threshold]{From: day("2025-01-01"), Value: standards.Threshold{Min: d("851")},
			Cite: socialorg.Citation{Document: "caller's source"}}),
	}})
	require.NoError(t, err)
	liwan, err := socialorg.NewJurisdiction(socialorg.JurisdictionSpec{Code: "440103", Parameters: []socialorg.ParamOverrides{
		socialorg.Override("standards.grade.min-4a", socialorg.Dated[standards.Threshold]{From: day("2025-06-01"), Value: standards.Threshold{Min: d("911")},
			Cite: socialorg.Citation{Document: "Liwan (test data)"}}),
	}})
	require.NoError(t, err)
	with := socialorg.WithJurisdictions(gz, liwan)

	s, err := standards.SchemeAt("440106", day("2025-03-01"), with)
	require.NoError(t, err)
	require.Equal(t, []registry.Grade{registry.Grade2A, registry.Grade1A}, s.Unconfirmed, "3A given for the city")
	g, err := s.Grade(d("851"))
	require.NoError(t, err)
	require.Equal(t, registry.Grade3A, g)

	before, err := standards.SchemeAt("440103", day("2025-05-31"), with)
	require.NoError(t, err)
	require.Equal(t, "2025-05-31", before.Regimes[0].Until.String(), "the span ends where Liwan's own value begins")
	g, err = before.GradeAt(d("905"), day("2025-05-31"))
	require.NoError(t, err)
	require.Equal(t, registry.Grade4A, g)
	after, err := standards.SchemeAt("440103", day("2025-06-01"), with)
	require.NoError(t, err)
	require.Equal(t, "2025-06-01", after.Regimes[0].From.String())
	g, err = after.GradeAt(d("905"), day("2025-06-01"))
	require.NoError(t, err)
	require.Equal(t, registry.Grade3A, g, "Liwan's 4A is 911")
}

// TestDeclaredSchemes: each scheme the library declares builds from its data with its history,
// validates, holds its validated form, and survives JSON; Guangzhou's keeps the two regimes and
// the dated cut-offs it had before it became data.
func TestDeclaredSchemes(t *testing.T) {
	ids := []string{}
	for _, s := range standards.Schemes() {
		ids = append(ids, s.ID)
		require.NoError(t, s.Validate(), s.ID)
		raw, err := json.Marshal(s)
		require.NoError(t, err)
		var back standards.GradeScheme
		require.NoError(t, json.Unmarshal(raw, &back))
		require.True(t, s.Equal(back), s.ID)
	}
	require.Equal(t, []string{"huaining", "luoyang-chanhe", "guangzhou", "shenzhen", "foshan-nanhai"}, ids, "by the code of the jurisdiction")

	gz := standards.GuangzhouAssessment()
	require.Len(t, gz.Regimes, 2)
	require.Equal(t, "2021-01-01 2024-12-31", gz.Regimes[0].From.String()+" "+gz.Regimes[0].Until.String())
	require.Equal(t, "2025-01-01", gz.Regimes[1].From.String())
	require.True(t, gz.Regimes[1].Until.IsZero())
	var got []string
	for _, c := range gz.Cutoffs {
		got = append(got, c.Grade.String()+" "+c.Min.String()+" "+c.From.String()+" "+c.Until.String()+" "+c.Cite.Article)
	}
	require.Equal(t, []string{"5A 951 2021-01-01 2024-12-31 第九条", "5A 951 2025-01-01  ", "4A 901 2021-01-01 2024-12-31 第九条", "4A 901 2025-01-01  "}, got)
	require.Equal(t, []registry.Grade{registry.Grade3A, registry.Grade2A, registry.Grade1A}, gz.Unconfirmed)
	require.Nil(t, gz.BonusCap, "the sources read give no cap")

	nh := standards.FoshanNanhai()
	require.Len(t, nh.Conditions, 2)
	require.True(t, nh.Conditions[0].From.IsZero(), "a condition over the whole scheme is undated")
	require.Equal(t, standards.Condition{Grade: registry.Grade5A, FullTimeStaff: 3, PartyOrganization: true, Cite: nh.Regimes[0].Cite}, nh.Conditions[0])
	require.Equal(t, "100", standards.Huaining().BonusCap.String())

	// Each call hands out its own copy: changing one changes no other.
	h := standards.Huaining()
	h.Cutoffs[0].Min = d("1")
	*h.BonusCap = d("7")
	h.Regimes[0].Note = ""
	again := standards.Huaining()
	require.Equal(t, "950", again.Cutoffs[0].Min.String())
	require.Equal(t, "100", again.BonusCap.String())
	require.NotEmpty(t, again.Regimes[0].Note)
	g, err := again.Grade(d("951"))
	require.NoError(t, err)
	require.Equal(t, registry.Grade5A, g)
}

// TestHuainingBonusCap (issue 19): Huaining's notice sets 「满分为1000分，另设加分项100分」; a score
// above 1100 was graded 5A and is now an input error. Other schemes give no cap.
func TestHuainingBonusCap(t *testing.T) {
	s := standards.Huaining()
	for _, tc := range []struct {
		score string
		ok    bool
	}{{"1099.999999", true}, {"1100", true}, {"1100.000001", false}, {"1200", false}} {
		g, err := s.GradeAt(d(tc.score), day("2022-09-01"))
		if !tc.ok {
			require.ErrorIs(t, err, socialorg.ErrInvalidInput, tc.score)
			require.ErrorContains(t, err, "at most the scale and the bonus items: 1100")
			continue
		}
		require.NoError(t, err)
		require.Equal(t, registry.Grade5A, g)
	}
	_, err := standards.GuangzhouAssessment().Grade(d("1200"))
	require.NoError(t, err, "no cap in the sources: any bonus is taken")
}

// TestChanheDatedByItsAssessment (issue 19, source: chanhe.gov.cn article 13161): Chanhe's scheme
// was cited as a description and dated from Order 39 (2011), its own date "not in the sources";
// the notice read is 《洛阳市瀍河回族区民政局关于开展2025年度社会组织评估的通知》, for the 2025
// assessment. It is now cited by that title and governs assessments from 2025-01-01.
func TestChanheDatedByItsAssessment(t *testing.T) {
	s := standards.LuoyangChanhe()
	_, err := s.GradeAt(d("900"), day("2024-12-31"))
	require.ErrorIs(t, err, socialorg.ErrNotInForce)
	g, err := s.GradeAt(d("900"), day("2025-01-01"))
	require.NoError(t, err)
	require.Equal(t, registry.Grade5A, g)
	require.Equal(t, "《洛阳市瀍河回族区民政局关于开展2025年度社会组织评估的通知》", s.Regimes[0].Cite.Document)
	require.Equal(t, "三、评估分数及等级设置", s.Cutoffs[0].Cite.Article)
	for _, tc := range []struct {
		score string
		want  registry.Grade
	}{{"899.99", registry.Grade4A}, {"800", registry.Grade4A}, {"799", registry.Grade3A}, {"600", registry.Grade2A}, {"599", registry.Grade1A}, {"0", registry.Grade1A}} {
		g, err := s.Grade(d(tc.score))
		require.NoError(t, err)
		require.Equal(t, tc.want, g, tc.score)
	}
}

// TestSchemeParameterValues: each part of a scheme is a parameter listed with its values by
// jurisdiction, and a malformed value in a caller's jurisdiction is refused naming its path.
func TestSchemeParameterValues(t *testing.T) {
	p, ok := socialorg.LookupParam[standards.Threshold](standards.Parameters(), "standards.grade.min-5a")
	require.True(t, ok)
	local := p.LocalEntries()
	require.Equal(t, "≥ 951", local["440100"][0].Value)
	require.Equal(t, "> 950", local["340822"][0].Value)
	require.Equal(t, "≥ 91", local["440300"][0].Value)
	_, ok = socialorg.LookupParam[standards.Requirements](standards.Parameters(), "standards.grade.conditions")
	require.True(t, ok)

	for name, tc := range map[string]struct{ value, field string }{
		"negative cut-off":  {`{"min": "-1"}`, "parameters[0].values[0].value"},
		"misspelled key":    {`{"minimum": "900"}`, "minimum"},
		"seven places":      {`{"min": "900.0000001"}`, "parameters[0].values[0].value"},
		"a string, not min": {`"900"`, "a JSON object"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := socialorg.ParseJurisdiction([]byte(`{"code": "441900", "name": {"zh_hans": "东莞市", "zh_hant": "東莞市", "en": "Dongguan"},
				"parameters": [{"id": "standards.grade.min-5a", "values": [{"from": "2023-01-01", "value": ` + tc.value + `, "cite": {"document": "d"}}]}]}`))
			require.ErrorIs(t, err, socialorg.ErrInvalidInput)
			require.ErrorContains(t, err, tc.field)
		})
	}
	// A place whose cut-offs leave a gap above the lowest one is refused when resolved.
	gap, err := socialorg.NewJurisdiction(socialorg.JurisdictionSpec{Code: "441900",
		Name: socialorg.Text{Hans: "东莞市", Hant: "東莞市", En: "Dongguan"},
		Parameters: []socialorg.ParamOverrides{
			socialorg.Override("standards.grade.scheme", socialorg.Dated[standards.SchemeInfo]{From: day("2023-01-01"), Value: standards.SchemeInfo{ID: "x", Name: "x"}, Cite: socialorg.Citation{Document: "d"}}),
			socialorg.Override("standards.grade.scale", socialorg.Dated[decimal.Decimal]{From: day("2023-01-01"), Value: d("1000"), Cite: socialorg.Citation{Document: "d"}}),
			socialorg.Override("standards.grade.min-5a", socialorg.Dated[standards.Threshold]{From: day("2023-01-01"), Value: standards.Threshold{Min: d("950")}, Cite: socialorg.Citation{Document: "d"}}),
			socialorg.Override("standards.grade.min-3a", socialorg.Dated[standards.Threshold]{From: day("2023-01-01"), Value: standards.Threshold{Min: d("850")}, Cite: socialorg.Citation{Document: "d"}}),
		}})
	require.NoError(t, err)
	_, err = standards.SchemeAt("441900", day("2024-01-01"), socialorg.WithJurisdictions(gap))
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
	require.ErrorContains(t, err, "a cut-off for every grade above the lowest one given")
}

// FuzzSchemeJurisdiction: a caller's jurisdiction decoded from any JSON is refused, or resolves to
// a scheme (SchemeAt) that is refused or valid, never a panic; a valid one holds its validated
// form and grades monotonically at every date of its span.
func FuzzSchemeJurisdiction(f *testing.F) {
	f.Add([]byte(dongguan), int64(900_00), int64(50_00), uint16(800))
	f.Add([]byte(`{"code": "440103", "parameters": [{"id": "standards.grade.min-4a", "values": [{"from": "2025-06-01", "value": {"min": "911", "above": true}, "cite": {"document": "d"}}]}]}`),
		int64(905_00), int64(1), uint16(900))
	f.Add([]byte(`{"code": "440100", "parameters": [{"id": "standards.grade.min-3a", "values": [{"from": "2021-01-01", "until": "2022-01-01", "value": {"min": "951"}, "cite": {"document": "d"}}]}]}`),
		int64(951_00), int64(0), uint16(400))
	f.Fuzz(func(t *testing.T, raw []byte, a, b int64, days uint16) {
		if len(raw) > 1<<14 {
			return
		}
		j, err := socialorg.ParseJurisdiction(raw)
		if err != nil {
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
		at := day("2021-01-01").AddDays(int(days) * 3)
		for _, place := range []string{j.Code(), "440106"} {
			s, err := standards.SchemeAt(place, at, socialorg.WithJurisdictions(j))
			if err != nil {
				continue
			}
			if err := s.Validate(); err != nil {
				t.Fatalf("resolved, yet invalid: %v", err)
			}
			r := s.Regimes[0]
			for _, dt := range []socialorg.Date{r.From, at, r.Until} {
				if dt.IsZero() {
					continue
				}
				gx, ex := s.GradeAt(x, dt)
				gy, ey := s.GradeAt(y, dt)
				switch {
				case ex == nil && ey == nil && gx > gy:
					t.Fatalf("%s at %s: %s gets %s, the higher %s gets %s", s.ID, dt, x, gx, y, gy)
				case ex == nil && gx != registry.NoGrade && ey != nil && !errors.Is(ey, socialorg.ErrInvalidInput):
					t.Fatalf("%s at %s: %s gets %s, the higher %s errs: %v", s.ID, dt, x, gx, y, ey)
				}
				_, _ = s.Check(y, standards.Profile{ID: "o", FullTimeStaff: 3, PartyOrganization: true}, dt)
			}
		}
	})
}

// TestValueTypesJSON: the parameters' value types round-trip through JSON with snake_case keys,
// and their text forms refuse unknown words.
func TestValueTypesJSON(t *testing.T) {
	values := []any{
		standards.SchemeInfo{ID: "x", Name: "名", Note: "n"},
		standards.Threshold{Min: d("950"), Above: true},
		standards.Requirements{{Grade: registry.Grade5A, FullTimeStaff: 3, PartyOrganization: true}},
		standards.Reentry{Kind: standards.ReentryWithinFirstYears, Years: 4},
		standards.BarNotInspected, standards.BarPenaltyNotMinor, standards.FromNextYear,
	}
	for _, v := range values {
		raw, err := json.Marshal(v)
		require.NoError(t, err)
		require.NotContains(t, string(raw), `"Min"`)
		back := newOf(v)
		require.NoError(t, json.Unmarshal(raw, back), string(raw))
		require.Empty(t, cmp.Diff(v, deref(back)), string(raw))
	}
	require.Equal(t, `{"kind":"after-years","years":2}`, mustJSON(t, standards.Reentry{Kind: standards.ReentryAfterYears, Years: 2}))
	var k standards.ReentryKind
	require.Error(t, json.Unmarshal([]byte(`"sometimes"`), &k))
	var p standards.PenaltyBar
	require.Error(t, json.Unmarshal([]byte(`"severe"`), &p))
	var th standards.Threshold
	require.ErrorContains(t, json.Unmarshal([]byte(`{"min": "1", "abvoe": true}`), &th), "abvoe")
}

func newOf(v any) any {
	switch v.(type) {
	case standards.SchemeInfo:
		return new(standards.SchemeInfo)
	case standards.Threshold:
		return new(standards.Threshold)
	case standards.Requirements:
		return new(standards.Requirements)
	case standards.Reentry:
		return new(standards.Reentry)
	case standards.InspectionBar:
		return new(standards.InspectionBar)
	case standards.PenaltyBar:
		return new(standards.PenaltyBar)
	case standards.ValidityStart:
		return new(standards.ValidityStart)
	}
	panic("type")
}

func deref(p any) any {
	switch x := p.(type) {
	case *standards.SchemeInfo:
		return *x
	case *standards.Threshold:
		return *x
	case *standards.Requirements:
		return *x
	case *standards.Reentry:
		return *x
	case *standards.InspectionBar:
		return *x
	case *standards.PenaltyBar:
		return *x
	case *standards.ValidityStart:
		return *x
	}
	panic("type")
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	raw, err := json.Marshal(v)
	require.NoError(t, err)
	return string(raw)
}
