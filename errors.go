package socialorg

import (
	"errors"
	"fmt"
)

// ErrNotInForce is matched (errors.Is) by every error that asks for a rule at a date when no
// regime of it was in force: before its first version took effect, or at the zero (unknown) Date.
var ErrNotInForce = errors.New("socialorg: no regime in force at that date")

// ErrInvalidInput is matched (errors.Is) by every *InputError: input that breaks the shape or the
// invariants a function documents.
var ErrInvalidInput = errors.New("socialorg: invalid input")

// NotInForceError says which dated parameter was asked about, at which date, and when its first
// regime began. It matches ErrNotInForce.
type NotInForceError struct {
	Param string // the parameter's ID, e.g. "charity.pf.min-years"
	Date  Date   // the date asked about (zero when unknown)
	First Date   // when the earliest regime took effect
}

// Error describes the error in one line.
func (e *NotInForceError) Error() string {
	if e.Date.IsZero() {
		return fmt.Sprintf("socialorg: %s: date unknown (first in force %s)", e.Param, e.First)
	}
	return fmt.Sprintf("socialorg: %s: not in force on %s (first in force %s)", e.Param, e.Date, e.First)
}

// Is makes errors.Is(err, ErrNotInForce) true.
func (e *NotInForceError) Is(target error) bool { return target == ErrNotInForce }

// InputError reports one bad input: which field, what value it had, and which rule it breaks.
// It matches ErrInvalidInput, and also Err when Err is set (a package's own sentinel, such as
// registry.ErrInvalidCreditCode).
type InputError struct {
	Field string // dotted path of the field: "Organization.Funds", "apps[3].ID"
	Value string // the offending value, formatted
	Rule  string // what the value must satisfy: "required", ">= 0", "at most 2 decimal places"
	Err   error  // optional package sentinel, matched by errors.Is
}

// Error describes the error in one line.
func (e *InputError) Error() string {
	return fmt.Sprintf("socialorg: invalid %s = %q: %s", e.Field, e.Value, e.Rule)
}

// Is makes errors.Is(err, ErrInvalidInput) true.
func (e *InputError) Is(target error) bool { return target == ErrInvalidInput }

// Unwrap returns the package sentinel, if any.
func (e *InputError) Unwrap() error { return e.Err }

// Invalid is shorthand for &InputError{Field: field, Value: fmt.Sprint(value), Rule: rule}.
func Invalid(field string, value any, rule string) *InputError {
	return &InputError{Field: field, Value: fmt.Sprint(value), Rule: rule}
}
