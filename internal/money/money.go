// Package money reads amounts in yuan from input values into integer fen, recording every problem
// with the field's JSON path: the one amount reader of the domain packages. It sits above the
// root package (it records root InputErrors) and below the domain packages.
package money

import (
	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/fen"
)

// Reader converts amounts; the zero Reader is ready to use. It holds no state today; it exists so
// that every package reads amounts the same way.
type Reader struct{}

// Any converts an amount that may be negative (net assets, a change); problems are recorded in p.
func (Reader) Any(p *socialorg.Problems, field string, d decimal.Decimal) int64 {
	v, err := fen.FromDecimal(d)
	switch {
	case err == fen.ErrSubFen:
		p.Add(field, d, "yuan with at most two decimal places")
	case err != nil:
		p.Add(field, d, "yuan within ±9.2e16")
	}
	return v
}

// The phrases of the amount problems.
var _ = socialorg.MustDeclarePhrases(
	socialorg.Phrase{Slug: "bad_amount", Text: socialorg.Text{Hans: "以元计，至多两位小数（不低于分）", Hant: "以元計，至多兩位小數（不低於分）", En: "yuan with at most two decimal places"}},
	socialorg.Phrase{Slug: "out_of_range", Text: socialorg.Text{Hans: "以元计，在 ±9.2e16 以内", Hant: "以元計，在 ±9.2e16 以內", En: "yuan within ±9.2e16"}},
)

// NonNegative converts an amount ≥ 0.
func (r Reader) NonNegative(p *socialorg.Problems, field string, d decimal.Decimal) int64 {
	if d.Sign() < 0 {
		p.Add(field, d, "≥ 0")
		return 0
	}
	return r.Any(p, field, d)
}

// Positive converts an amount > 0.
func (r Reader) Positive(p *socialorg.Problems, field string, d decimal.Decimal) int64 {
	if d.Sign() <= 0 {
		p.Add(field, d, "> 0")
		return 0
	}
	return r.Any(p, field, d)
}

// Check checks an amount ≥ 0 with at most two decimal places (for a parameter's Check).
func Check(d decimal.Decimal) error {
	_, err := fen.NonNegative(d)
	return err
}
