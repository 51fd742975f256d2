package standards

import (
	"encoding/json"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
)

// TestSchemesHoldTheirValidatedForm (issue 19: GuangzhouGrade became 5.1× slower when every call
// validated the scheme): a scheme the package builds, decodes or completes holds its validated
// form and is graded from it; one built by hand, or changed since (a cut-off replaced through a
// slice it shares), is validated again, so that the safety of issue 18 stays.
func TestSchemesHoldTheirValidatedForm(t *testing.T) {
	sealedNow := func(s GradeScheme) bool { return s.seal != nil && s.seal.matches(&s) }
	for _, s := range Schemes() {
		require.True(t, sealedNow(s), s.ID)
	}
	gz := GuangzhouAssessment()
	at, err := SchemeAt("440100", socialorg.MustDate("2026-06-01"))
	require.NoError(t, err)
	require.True(t, sealedNow(at))
	with, err := gz.With(socialorg.Supply(CutoffKey(registry.Grade3A), decimal.NewFromInt(851), socialorg.Citation{Document: "x"}))
	require.NoError(t, err)
	require.True(t, sealedNow(with))
	raw, err := json.Marshal(gz)
	require.NoError(t, err)
	var back GradeScheme
	require.NoError(t, json.Unmarshal(raw, &back))
	require.True(t, sealedNow(back))

	// Built by hand: not sealed until Validated.
	hand := GradeScheme{ID: gz.ID, Name: gz.Name, Scale: gz.Scale, Regimes: gz.Regimes, Cutoffs: gz.Cutoffs, Unconfirmed: gz.Unconfirmed}
	require.False(t, sealedNow(hand))
	v, err := hand.Validated()
	require.NoError(t, err)
	require.True(t, sealedNow(v))
	_, err = GradeScheme{}.Validated()
	require.ErrorIs(t, err, socialorg.ErrInvalidInput, "the zero scheme is refused")

	// Changed through a shared slice: the seal no longer holds, and the change is judged.
	h := Huaining()
	h.Cutoffs[0].Min = decimal.NewFromInt(-1)
	require.False(t, sealedNow(h))
	_, err = h.Grade(decimal.NewFromInt(5))
	require.ErrorContains(t, err, "scheme.cutoffs[0].min")
	h = Huaining()
	bc := decimal.NewFromInt(-5)
	h.BonusCap = &bc
	_, err = h.Grade(decimal.NewFromInt(5))
	require.ErrorContains(t, err, "scheme.bonus_cap", "a replaced bonus cap")
	h = Huaining()
	*h.BonusCap = decimal.NewFromInt(-5) // through the pointer the seal shares
	require.False(t, sealedNow(h))
	_, err = h.Grade(decimal.NewFromInt(5))
	require.ErrorContains(t, err, "scheme.bonus_cap", "a bonus cap changed in place")
	h = Huaining()
	h.Regimes = append(h.Regimes, socialorg.Regime{From: socialorg.MustDate("2000-01-01"), Cite: socialorg.Citation{Document: "d"}})
	_, err = h.Grade(decimal.NewFromInt(5))
	require.ErrorContains(t, err, "scheme.regimes[1].from")
	h = Huaining()
	h.ID = ""
	_, err = h.Grade(decimal.NewFromInt(5))
	require.ErrorContains(t, err, "scheme.id")

	// Grading a sealed scheme allocates nothing, as grading a hand-built one does not.
	score := decimal.NewFromInt(955)
	require.Zero(t, testing.AllocsPerRun(100, func() { _, _ = gz.Grade(score) }))
	require.Zero(t, testing.AllocsPerRun(100, func() { _, _ = hand.Grade(score) }))
}
