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
	if err != nil {
		p.Add(field, d, "yuan with at most two decimal places, within ±9.2e16 ("+err.Error()+")")
	}
	return v
}

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
