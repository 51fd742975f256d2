// Package validation plugs the library into github.com/go-playground/validator/v10: Register adds
// the library's tags to a caller's validator, so that the caller's own structs can use them, and
// teaches it the library's value types. It is the only package of the library that imports
// validator: a program that only parses credit codes or runs checks does not link it.
//
// The tags:
//
//	uscc          a unified social credit code (string or registry.CreditCode), strict: GB 32100
//	              form and check character
//	uscc_lenient  as uscc, but also admitting the pilot codes with a wrong check character that
//	              Register's options allow (registry.AllowCodes, registry.AllowCheckMismatch)
//	division      a GB/T 2260 division whose rules the library holds (registry.LookupDivision)
//	orgkind       a valid registry.Kind
//	orggrade      a valid registry.Grade (NoGrade included)
//	yuan          an amount in yuan (decimal.Decimal, or a string holding one): ≥ 0, at most two
//	              decimal places, within ±2^63 fen
//
// Register also makes required work on socialorg.Date and decimal.Decimal (the zero Date and a
// zero amount count as missing) and on registry.CreditCode (the zero code counts as missing).
package validation

import (
	"errors"
	"fmt"
	"reflect"

	"github.com/go-playground/validator/v10"
	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/fen"
	"github.com/socialorg/socialorg/registry"
)

// amount is a non-zero decimal as the validator sees it.
type amount struct{ d decimal.Decimal }

// Register adds the library's tags to v and its type functions for Date, Decimal and CreditCode.
// Options configure uscc_lenient (registry.AllowCodes, registry.AllowCheckMismatch); an invalid
// allow-list is an error.
func Register(v *validator.Validate, opts ...socialorg.Option) error {
	if v == nil {
		return errors.New("validation: Register: nil validator")
	}
	lenient, err := registry.NewCreditCodeParser(opts...)
	if err != nil {
		return err
	}
	v.RegisterCustomTypeFunc(func(f reflect.Value) any {
		switch x := f.Interface().(type) {
		case registry.CreditCode:
			return x.String()
		case socialorg.Date:
			return x.String() // "" for the zero Date: missing for required, skipped by omitempty
		case decimal.Decimal:
			if x.IsZero() {
				return "" // missing for required; a valid zero amount for yuan
			}
			return amount{x} // another type: the validator would call this function again on a Decimal
		}
		return nil
	}, registry.CreditCode{}, socialorg.Date{}, decimal.Decimal{})

	code := func(parse func(string) (registry.CreditCode, error)) validator.Func {
		return func(fl validator.FieldLevel) bool {
			f := fl.Field()
			if f.Kind() != reflect.String {
				return false
			}
			_, err := parse(f.String())
			return err == nil
		}
	}
	tags := []struct {
		tag string
		fn  validator.Func
	}{
		{"uscc", code(registry.ParseCreditCode)},
		{"uscc_lenient", code(lenient.Parse)},
		{"division", func(fl validator.FieldLevel) bool {
			f := fl.Field()
			if f.Kind() != reflect.String {
				return false
			}
			_, ok := registry.LookupDivision(f.String())
			return ok
		}},
		{"orgkind", func(fl validator.FieldLevel) bool {
			f := fl.Field()
			return f.CanUint() && f.Uint() <= 255 && registry.Kind(f.Uint()).IsValid()
		}},
		{"orggrade", func(fl validator.FieldLevel) bool {
			f := fl.Field()
			return f.CanUint() && f.Uint() <= 255 && registry.Grade(f.Uint()).IsValid()
		}},
		{"yuan", func(fl validator.FieldLevel) bool {
			f := fl.Field()
			var d decimal.Decimal
			switch x := f.Interface().(type) {
			case amount:
				d = x.d
			case string:
				if x == "" {
					return true // a zero amount (the type function's form of it), or no text
				}
				if len(x) > 64 {
					return false
				}
				var err error
				if d, err = decimal.NewFromString(x); err != nil {
					return false
				}
			default:
				return false
			}
			_, err := fen.NonNegative(d)
			return err == nil
		}},
	}
	for _, t := range tags {
		if err := v.RegisterValidation(t.tag, t.fn); err != nil {
			return fmt.Errorf("validation: registering tag %q: %w", t.tag, err)
		}
	}
	return nil
}
