package socialorg_test

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
)

func TestBookRules(t *testing.T) {
	b := socialorg.NewBook("booktest")
	title := socialorg.Text{Hans: "甲", Hant: "甲", En: "a"}
	regime := []socialorg.Regime{{From: socialorg.MustDate("2020-01-01"), Cite: socialorg.Citation{Document: "D"}}}
	r, err := b.AddRule(socialorg.Rule{ID: "booktest.a", Title: title, Regimes: regime,
		Words: map[string]socialorg.Text{"ok": {Hans: "好", Hant: "好", En: "fine"}}})
	require.NoError(t, err)
	require.Equal(t, socialorg.RuleID("booktest.a"), r.ID)

	bad := map[string]socialorg.Rule{
		"duplicate":     {ID: "booktest.a", Title: title, Regimes: regime},
		"another book":  {ID: "other.a", Title: title, Regimes: regime},
		"not dotted":    {ID: "booktest", Title: title, Regimes: regime},
		"upper case":    {ID: "booktest.A", Title: title, Regimes: regime},
		"no english":    {ID: "booktest.b", Title: socialorg.Text{Hans: "甲", Hant: "甲"}, Regimes: regime},
		"no regime":     {ID: "booktest.c", Title: title},
		"no citation":   {ID: "booktest.d", Title: title, Regimes: []socialorg.Regime{{From: socialorg.MustDate("2020-01-01")}}},
		"untranslated":  {ID: "booktest.e", Title: title, Regimes: regime, Words: map[string]socialorg.Text{"w": {En: "w"}}},
		"two-word word": {ID: "booktest.f", Title: title, Regimes: regime, Words: map[string]socialorg.Text{"a b": title}},
		"overlap":       {ID: "booktest.g", Title: title, Regimes: append(regime, socialorg.Regime{From: socialorg.MustDate("2019-01-01"), Cite: socialorg.Citation{Document: "D"}})},
	}
	for name, rule := range bad {
		_, err := b.AddRule(rule)
		require.ErrorIs(t, err, socialorg.ErrInvalidInput, name)
		require.Panics(t, func() { b.MustRule(rule) }, name)
	}
	rules := b.Rules()
	require.Len(t, rules, 1)
	rules[0].Words["ok"] = socialorg.Text{Hans: "改", Hant: "改", En: "changed"} // a copy
	f := socialorg.Finding{Rule: "booktest.a", Outcome: socialorg.Pass, Got: "ok", GotWords: true, Cite: socialorg.Citation{Document: "D"}}
	require.Equal(t, "a: pass (got fine). Source: D", f.Message(language.English))
	got, ok := socialorg.LookupRule("booktest.a")
	require.True(t, ok)
	require.Equal(t, "a", got.Title.En)
	_, ok = socialorg.LookupRule("booktest.none")
	require.False(t, ok)
}

func TestRuleAt(t *testing.T) {
	c, err := rulePlan.At(socialorg.MustDate("2024-09-04"))
	require.NoError(t, err)
	require.Equal(t, "D16", c.Document)
	c, err = rulePlan.At(socialorg.MustDate("2024-09-05"))
	require.NoError(t, err)
	require.Equal(t, "D23", c.Document)
	_, err = rulePlan.At(socialorg.MustDate("2016-08-31"))
	require.ErrorIs(t, err, socialorg.ErrNotInForce)
	require.False(t, rulePlan.InForce(socialorg.Date{}))
	require.Equal(t, "test.plan", rulePlan.String())
}

// TestChecker: the finding builder fills the subject and the rule's citation, keeps the first
// error, and a rule not in force at the date is an error, not a finding.
func TestChecker(t *testing.T) {
	c := socialorg.NewChecker("org", socialorg.MustDate("2025-01-01"))
	c.Grow(4)
	c.Verdict(ruleFunds, false, socialorg.Fig("20000.00"), socialorg.Fig("≥ 30000.00"), socialorg.Citation{})
	c.NotApplicable(rulePremises, socialorg.YesNo(true), socialorg.Value{}, socialorg.Citation{Document: "X"})
	rep, err := c.Finish()
	require.NoError(t, err)
	require.Len(t, rep.Findings, 2)
	require.Equal(t, socialorg.Finding{Rule: "test.funds", Subject: "org", Outcome: socialorg.Fail, Got: "20000.00", Want: "≥ 30000.00", Cite: testCite}, rep.Findings[0])
	require.True(t, rep.Findings[1].GotWords)
	require.Equal(t, "X", rep.Findings[1].Cite.Document)

	c = socialorg.NewChecker("org", socialorg.MustDate("2010-01-01"))
	c.Verdict(rulePlan, true, socialorg.Value{}, socialorg.Value{}, socialorg.Citation{})
	_, err = c.Finish()
	require.ErrorIs(t, err, socialorg.ErrNotInForce)

	// Options: nil ones are ignored, Options nest, the later setting wins.
	sw := socialorg.NewKey[bool]("test.switch")
	n := socialorg.NewKey[int]("test.n")
	c = socialorg.NewChecker("", socialorg.Date{}, nil, socialorg.Options{nil, socialorg.Enable(sw), socialorg.Set(n, 1)}, socialorg.Set(n, 2))
	require.True(t, c.On(sw))
	v, ok := socialorg.Get(&c, n)
	require.True(t, ok)
	require.Equal(t, 2, v)
	_, ok = socialorg.Get(&c, socialorg.NewKey[string]("test.n"))
	require.False(t, ok, "a key of another type is not the same setting")
	require.Equal(t, "test.switch", sw.ID())

	// One checker, several subjects.
	c = socialorg.NewChecker("a", socialorg.MustDate("2025-01-01"))
	for i := range 3 {
		c.SetSubject("s" + strconv.Itoa(i))
		c.Verdict(ruleFunds, true, socialorg.Value{}, socialorg.Value{}, socialorg.Citation{})
	}
	require.Equal(t, "s2", c.Report().Findings[2].Subject)
	c.Reset("b")
	require.Empty(t, c.Report().Findings)
	require.NotNil(t, c.Report().Findings)
}
