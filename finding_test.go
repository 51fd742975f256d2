package socialorg_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
)

// testBook declares the rules the root tests render, as a caller declares its own.
var testBook = socialorg.NewBook("test")

var (
	testCite  = socialorg.Citation{Document: "《社会团体登记管理条例》", Article: "第十条第一款第（五）项"}
	ruleFunds = testBook.MustRule(socialorg.Rule{ID: "test.funds",
		Title:   socialorg.Text{Hans: "社会团体活动资金（元）", Hant: "社會團體活動資金（元）", En: "activity funds of a social group (yuan)"},
		Regimes: []socialorg.Regime{{From: socialorg.MustDate("1998-10-25"), Cite: testCite}}})
	rulePlan = testBook.MustRule(socialorg.Rule{ID: "test.plan",
		Title: socialorg.Text{Hans: "募捐方案载明法定事项（缺项）", Hant: "募捐方案載明法定事項（缺項）", En: "the plan states the required items (missing)"},
		Regimes: []socialorg.Regime{{From: socialorg.MustDate("2016-09-01"), Until: socialorg.MustDate("2024-09-04"), Cite: socialorg.Citation{Document: "D16"}},
			{From: socialorg.MustDate("2024-09-05"), Cite: socialorg.Citation{Document: "D23"}}},
		Words: map[string]socialorg.Text{
			"use":  {Hans: "募得款物用途", Hant: "募得款物用途", En: "use of the proceeds"},
			"cost": {Hans: "募捐成本", Hant: "募捐成本", En: "fundraising cost"},
			"end":  {Hans: "截止时间", Hant: "截止時間", En: "end date"},
		}})
	_ = testBook.MustRule(socialorg.Rule{ID: "test.min-funds", // registered for the catalog; findings name it by ID
		Title:   socialorg.Text{Hans: "社会服务机构开办资金最低限额（元）", Hant: "社會服務機構開辦資金最低限額（元）", En: "minimum start-up fund of a social service agency (yuan)"},
		Regimes: []socialorg.Regime{{From: socialorg.MustDate("1998-10-25"), Cite: socialorg.Citation{Document: "《民办非企业单位登记管理暂行条例》", Article: "第八条"}}}})
	rulePremises = testBook.MustRule(socialorg.Rule{ID: "test.premises",
		Title:   socialorg.Text{Hans: "社会服务机构有必要的场所", Hant: "社會服務機構有必要的場所", En: "a social service agency has premises"},
		Regimes: []socialorg.Regime{{From: socialorg.MustDate("1998-10-25"), Cite: socialorg.Citation{Document: "D"}}}})
)

var fundsFinding = socialorg.Finding{
	Rule:    "test.funds",
	Subject: "广州市某某协会",
	Outcome: socialorg.Fail,
	Got:     "20000.00",
	Want:    "≥ 30000.00",
	Cite:    testCite,
}

func TestFindingMessageLanguages(t *testing.T) {
	hans := "广州市某某协会：社会团体活动资金（元）——不通过（实际 20000.00；要求 ≥ 30000.00）。依据：《社会团体登记管理条例》第十条第一款第（五）项"
	hant := "广州市某某协会：社會團體活動資金（元）——不通過（實際 20000.00；要求 ≥ 30000.00）。依據：《社会团体登记管理条例》第十条第一款第（五）项"
	en := "广州市某某协会: activity funds of a social group (yuan): fail (got 20000.00; required ≥ 30000.00). Source: 《社会团体登记管理条例》第十条第一款第（五）项"
	tests := []struct {
		tag  language.Tag
		want string
	}{
		{language.SimplifiedChinese, hans},
		{language.Chinese, hans},
		{language.MustParse("zh-CN"), hans},
		{language.TraditionalChinese, hant},
		{language.MustParse("zh-TW"), hant},
		{language.MustParse("zh-HK"), hant},
		{language.English, en},
		{language.AmericanEnglish, en},
		{language.MustParse("en-GB"), en},
		{language.French, hans}, // unsupported: the default
		{language.Und, hans},
		{language.MustParse("zh-MO"), hant},
		{language.MustParse("zh-SG"), hans},
	}
	for _, tc := range tests {
		t.Run(tc.tag.String(), func(t *testing.T) {
			require.Equal(t, tc.want, fundsFinding.Message(tc.tag))
		})
	}
}

func TestFindingMessageShapes(t *testing.T) {
	f := socialorg.Finding{Rule: "test.min-funds", Outcome: socialorg.NotApplicable, Got: "", Want: "unset", WantWords: true,
		Cite: socialorg.Citation{Document: "《民办非企业单位登记管理暂行条例》", Article: "第八条"}}
	require.Equal(t, "社会服务机构开办资金最低限额（元）——不适用（要求 未设定（须由调用方提供））。依据：《民办非企业单位登记管理暂行条例》第八条", f.Message(language.Chinese))
	require.Equal(t, "minimum start-up fund of a social service agency (yuan): not applicable (required not set (caller-supplied)). Source: 《民办非企业单位登记管理暂行条例》第八条", f.Message(language.English))

	f = socialorg.Finding{Rule: "test.premises", Subject: "X", Outcome: socialorg.Pass, Got: "yes", GotWords: true, Cite: socialorg.Citation{Document: "D"}}
	require.Equal(t, "X：社会服务机构有必要的场所——通过（实际 是）。依据：D", f.Message(language.Chinese))
	require.Equal(t, "X: a social service agency has premises: pass (got yes). Source: D", f.Message(language.English))

	// A rule nobody declared is shown by its ID; figures with % are printed as they are.
	f = socialorg.Finding{Rule: "nobody.declared", Subject: "S", Outcome: socialorg.Pass, Got: "75.56%", Want: "≥ 70%", Cite: socialorg.Citation{Document: "D", Article: "A"}}
	require.Equal(t, "S: nobody.declared: pass (got 75.56%; required ≥ 70%). Source: DA", f.Message(language.English))
	f.Outcome = 0
	require.Equal(t, "S：nobody.declared——未评定（实际 75.56%；要求 ≥ 70%）。依据：DA", f.Message(language.Chinese))

	// A caller-supplied citation says so.
	f = socialorg.Finding{Rule: "test.funds", Outcome: socialorg.Pass, Got: "1", Cite: socialorg.Citation{Document: "our policy", Supplied: true}}
	require.Equal(t, "activity funds of a social group (yuan): pass (got 1). Source: our policy (caller-supplied)", f.Message(language.English))
	require.Equal(t, "社会团体活动资金（元）——通过（实际 1）。依据：our policy（调用方提供）", f.Message(language.Chinese))
}

// TestUserTextIsNeverTranslated: value words are translated only in figures the library marks as
// words; user text (a name, a purpose) is shown as it is, even when it is made of value words.
func TestUserTextIsNeverTranslated(t *testing.T) {
	user := socialorg.Finding{Rule: "test.plan", Subject: "Use Cost No End", Outcome: socialorg.Fail, Got: "use cost no end", Cite: socialorg.Citation{Document: "D"}}
	require.Equal(t, "Use Cost No End：募捐方案载明法定事项（缺项）——不通过（实际 use cost no end）。依据：D", user.Message(language.Chinese))
	words := user
	words.Got, words.GotWords = "use / cost / end", true
	require.Equal(t, "Use Cost No End：募捐方案载明法定事项（缺项）——不通过（实际 募得款物用途 / 募捐成本 / 截止时间）。依据：D", words.Message(language.Chinese))
	require.Equal(t, "Use Cost No End: the plan states the required items (missing): fail (got use of the proceeds / fundraising cost / end date). Source: D", words.Message(language.English))
	// A word of another rule is not this rule's: it stays as it is.
	words.Got = "use joint-branch"
	require.Equal(t, "Use Cost No End：募捐方案载明法定事项（缺项）——不通过（实际 募得款物用途 joint-branch）。依据：D", words.Message(language.Chinese))
}

func TestOutcomeText(t *testing.T) {
	for _, o := range []socialorg.Outcome{socialorg.Pass, socialorg.Fail, socialorg.NotApplicable} {
		b, err := o.MarshalText()
		require.NoError(t, err)
		var back socialorg.Outcome
		require.NoError(t, back.UnmarshalText(b))
		require.Equal(t, o, back)
	}
	require.Equal(t, "not-applicable", socialorg.NotApplicable.String())
	require.Equal(t, "Outcome(9)", socialorg.Outcome(9).String())
	b, err := socialorg.Outcome(0).MarshalText()
	require.NoError(t, err, "the zero Outcome encodes, so that a document with one still encodes")
	require.Empty(t, b)
	_, err = socialorg.Outcome(9).MarshalText()
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
	var o socialorg.Outcome
	require.ErrorIs(t, o.UnmarshalText([]byte("PASS")), socialorg.ErrInvalidInput)
	require.NoError(t, o.UnmarshalText(nil))
	require.Equal(t, socialorg.Outcome(0), o)
	require.Equal(t, "不适用", socialorg.NotApplicable.Text().Hans)
}

func TestFindingJSON(t *testing.T) {
	b, err := json.Marshal(fundsFinding)
	require.NoError(t, err)
	require.JSONEq(t, `{"rule":"test.funds","subject":"广州市某某协会","outcome":"fail","got":"20000.00","want":"≥ 30000.00",
		"cite":{"document":"《社会团体登记管理条例》","article":"第十条第一款第（五）项"}}`, string(b))
	var back socialorg.Finding
	require.NoError(t, json.Unmarshal(b, &back))
	require.Equal(t, fundsFinding, back)
	require.Empty(t, cmp.Diff(fundsFinding, back), "go-cmp compares findings without options")

	// An empty report encodes its findings as [], and a report with a zero-outcome finding still
	// encodes.
	c := socialorg.NewChecker("s", socialorg.MustDate("2024-01-01"))
	empty := c.Report()
	b, err = json.Marshal(empty)
	require.NoError(t, err)
	require.JSONEq(t, `{"findings":[],"version":"`+socialorg.Version+`","rules_digest":"`+socialorg.RulesDigest()+`"}`, string(b))
	b, err = json.Marshal(socialorg.Report{})
	require.NoError(t, err)
	require.JSONEq(t, `{"findings":null}`, string(b), "a report built by hand records nothing it was not given")
	b, err = json.Marshal(socialorg.Report{Findings: []socialorg.Finding{{Rule: "x"}}})
	require.NoError(t, err)
	var rep socialorg.Report
	require.NoError(t, json.Unmarshal(b, &rep))
	require.Equal(t, socialorg.RuleID("x"), rep.Findings[0].Rule)
}

func TestAppendMessageAllocatesNothing(t *testing.T) {
	buf := make([]byte, 0, 512)
	allocs := testing.AllocsPerRun(100, func() { buf = fundsFinding.AppendMessage(buf[:0], language.English) })
	require.Zero(t, allocs)
	require.Equal(t, fundsFinding.Message(language.English), string(buf))
}

func TestReport(t *testing.T) {
	pass := socialorg.Finding{Rule: "a", Outcome: socialorg.Pass, Cite: socialorg.Citation{Document: "D"}}
	na := socialorg.Finding{Rule: "b", Outcome: socialorg.NotApplicable, Cite: socialorg.Citation{Document: "D"}}
	fail1 := socialorg.Finding{Rule: "c", Subject: "1", Outcome: socialorg.Fail, Cite: socialorg.Citation{Document: "D"}}
	fail2 := socialorg.Finding{Rule: "c", Subject: "2", Outcome: socialorg.Fail, Cite: socialorg.Citation{Document: "D"}}

	var empty socialorg.Report
	require.True(t, empty.OK())
	require.Nil(t, empty.Failures())

	r := socialorg.Report{Findings: []socialorg.Finding{pass, na}}
	require.True(t, r.OK(), "pass and not-applicable are OK")
	r.Add(fail1, fail2)
	require.False(t, r.OK())
	require.Equal(t, []socialorg.Finding{fail1, fail2}, r.Failures())
	got, ok := r.Find("c")
	require.True(t, ok)
	require.Equal(t, fail1, got, "Find returns the first")
	_, ok = r.Find("zzz")
	require.False(t, ok)
	require.Equal(t, 2, r.Count(socialorg.Fail))
	require.Equal(t, 1, r.Count(socialorg.Pass))
	require.Len(t, r.Messages(language.English), 4)
}

func TestCitation(t *testing.T) {
	require.True(t, socialorg.Citation{}.IsZero())
	require.True(t, socialorg.Citation{Article: "第一条"}.IsZero(), "an article without a document cites nothing")
	require.Equal(t, "《基金会管理条例》第八条", socialorg.Citation{Document: "《基金会管理条例》", Article: "第八条"}.String())
	require.Equal(t, "GB 32100-2015", socialorg.Citation{Document: "GB 32100-2015"}.String())
}

func TestInputError(t *testing.T) {
	err := socialorg.Invalid("organization.funds", "1.234", "at most 2 decimal places")
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
	require.Equal(t, `socialorg: invalid organization.funds = "1.234": at most 2 decimal places`, err.Error())
	sentinel := socialorg.ErrNotInForce
	wrapped := &socialorg.InputError{Field: "f", Value: "v", Rule: "r", Err: sentinel}
	require.ErrorIs(t, wrapped, sentinel)
	require.ErrorIs(t, wrapped, socialorg.ErrInvalidInput)
}

func TestMessageIsConcurrencySafe(t *testing.T) {
	done := make(chan string, 16)
	for i := 0; i < 16; i++ {
		tag := []language.Tag{language.Chinese, language.TraditionalChinese, language.English}[i%3]
		go func() {
			var last string
			for j := 0; j < 100; j++ {
				last = fundsFinding.Message(tag)
			}
			done <- last
		}()
	}
	seen := map[string]bool{}
	for i := 0; i < 16; i++ {
		seen[<-done] = true
	}
	require.Len(t, seen, 3, "one message per language, whatever the interleaving")
}

// TestVerdict: a failure makes the verdict NotMet; an undecided finding with no failure makes it
// Undecided, and keeps the report from being clean though it is OK.
func TestVerdict(t *testing.T) {
	pass := socialorg.Finding{Rule: "x.a", Outcome: socialorg.Pass}
	fail := socialorg.Finding{Rule: "x.b", Outcome: socialorg.Fail}
	open := socialorg.Finding{Rule: "x.c", Outcome: socialorg.NotApplicable, Undecided: true}
	na := socialorg.Finding{Rule: "x.d", Outcome: socialorg.NotApplicable}
	for _, tc := range []struct {
		fs   []socialorg.Finding
		want socialorg.Verdict
	}{
		{nil, socialorg.Met},
		{[]socialorg.Finding{pass, na}, socialorg.Met},
		{[]socialorg.Finding{pass, open}, socialorg.Undecided},
		{[]socialorg.Finding{open, fail}, socialorg.NotMet},
		{[]socialorg.Finding{fail, open}, socialorg.NotMet},
	} {
		r := socialorg.Report{Findings: tc.fs}
		require.Equal(t, tc.want, r.Verdict())
		require.Equal(t, tc.want == socialorg.Met, r.Clean())
		b, err := socialorg.WithVerdict([]byte(`{"findings":[]}`), r, "eligible")
		require.NoError(t, err)
		require.JSONEq(t, `{"findings":[],"verdict":"`+tc.want.String()+`","eligible":`+map[bool]string{true: "true", false: "false"}[tc.want == socialorg.Met]+`}`, string(b))
	}
	b, err := socialorg.WithVerdict([]byte(`{}`), socialorg.Report{}, "")
	require.NoError(t, err)
	require.JSONEq(t, `{"verdict":"met"}`, string(b))
	_, err = socialorg.WithVerdict([]byte(`[]`), socialorg.Report{}, "")
	require.Error(t, err)
	var v socialorg.Verdict
	require.NoError(t, v.UnmarshalText([]byte("undecided")))
	require.Equal(t, socialorg.Undecided, v)
	require.Error(t, v.UnmarshalText([]byte("maybe")))
	require.Len(t, socialorg.Report{Findings: []socialorg.Finding{pass, open}}.Undecided(), 1)
	// The message says the rule could not be decided.
	m := socialorg.Finding{Rule: "x.c", Subject: "s", Outcome: socialorg.NotApplicable, Undecided: true, Want: "unset", WantWords: true, Cite: socialorg.Citation{Document: "d"}}
	require.Contains(t, m.Message(language.English), "undecided")
	require.Contains(t, m.Message(language.Chinese), "无法判定")
}

// TestReportsRecordTheirRules: every report a check returns records the library's version and
// the digest of the rules; the digest changes when a rule or a jurisdiction's value is declared,
// and not otherwise.
func TestReportsRecordTheirRules(t *testing.T) {
	c := socialorg.NewChecker("s", socialorg.MustDate("2024-01-01"))
	r, err := c.Finish()
	require.NoError(t, err)
	require.Equal(t, socialorg.Version, r.Version)
	require.Len(t, r.RulesDigest, 64)
	require.Equal(t, r.RulesDigest, socialorg.RulesDigest(), "stable while no rule changes")
	b := socialorg.NewBook("digesttest")
	b.MustRule(socialorg.Rule{ID: "digesttest.r", Title: socialorg.Text{Hans: "规则", Hant: "規則", En: "rule"},
		Regimes: []socialorg.Regime{{From: socialorg.MustDate("2020-01-01"), Cite: socialorg.Citation{Document: "d"}}}})
	require.NotEqual(t, r.RulesDigest, socialorg.RulesDigest(), "a new rule changes the digest")
	_, err = c.Finish()
	require.NoError(t, err)
	bad := socialorg.NewChecker("s", socialorg.Date{})
	_, err = bad.Finish()
	require.Error(t, err)
}

// TestLocalize: a report rendered for a page carries each finding's title, outcome and message
// in the reader's language, and the verdict.
func TestLocalize(t *testing.T) {
	r := socialorg.Report{Findings: []socialorg.Finding{fundsFinding}, Version: socialorg.Version}
	l := r.Localize(language.MustParse("en-GB"))
	require.Equal(t, "en", l.Language)
	require.Equal(t, r.Verdict(), l.Verdict)
	require.Equal(t, fundsFinding.Message(language.English), l.Findings[0].Message)
	require.Equal(t, fundsFinding, l.Findings[0].Finding)
	require.NotEmpty(t, l.Findings[0].Title)
	b, err := json.Marshal(l)
	require.NoError(t, err)
	require.Contains(t, string(b), `"rule":"`+string(fundsFinding.Rule)+`"`, "the finding's own fields, flattened")
	require.Contains(t, string(b), `"message":`)
	require.Equal(t, "zh-Hant", r.Localize(language.MustParse("zh-TW")).Language)
	require.Equal(t, "zh-Hans", r.Localize(language.French).Language)
}

// TestGotWantText: value words are translated as the message translates them; figures are not.
func TestGotWantText(t *testing.T) {
	f := socialorg.Finding{Rule: "x.none", Got: "yes", GotWords: true, Want: "≥ 30000.00"}
	require.Equal(t, "是", f.GotText(language.SimplifiedChinese))
	require.Equal(t, "yes", f.GotText(language.English))
	require.Equal(t, "≥ 30000.00", f.WantText(language.TraditionalChinese))
}
