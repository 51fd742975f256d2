package socialorg

import (
	"encoding/json"
	"errors"
	"strings"

	"github.com/socialorg/socialorg/internal/textjson"
)

// UnmarshalInput decodes data, a JSON document, into v, a pointer to an input of the library, at
// bounded cost and with a bounded error: a number longer than 256 characters (as a JSON number or
// as a string of digits) is refused before any decimal is parsed, and a decoding error becomes an
// *InputError naming the field, quoting at most a short prefix of the value. The library's input
// types call it from their UnmarshalJSON methods (with a method-free copy of their own type), so
// that json.Unmarshal on them is safe on hostile input; callers may use it on their own types.
//
// A type with such a method hides the members of a struct that embeds it from encoding/json:
// embed the library's input types in a named field.
func UnmarshalInput(data []byte, v any) error {
	if key, found := textjson.LongNumber(data); found {
		return &InputError{Field: key, Value: "(a number of more than 256 characters)", Rule: "a number of at most 256 characters"}
	}
	err := json.Unmarshal(data, v)
	if err == nil {
		return nil
	}
	var te *json.UnmarshalTypeError
	var se *json.SyntaxError
	var ie *InputError
	switch {
	case errors.As(err, &ie):
		return err
	case errors.As(err, &te):
		return &InputError{Field: te.Field, Value: cut(te.Value), Rule: "a value of type " + cutTo(te.Type.String(), 64), Err: err}
	case errors.As(err, &se):
		return &InputError{Field: "", Value: "offset " + itoa(int(se.Offset)), Rule: "well-formed JSON: " + cutTo(se.Error(), 128)}
	}
	// Errors of a field's own decoder: a malformed decimal (shopspring echoes its whole input, so
	// only a catalogued phrase is kept), else the first words of the error.
	if strings.Contains(err.Error(), "decimal") {
		return &InputError{Rule: "a decimal number (digits, at most one point, an optional exponent)", Code: ProblemCode("", "", "a decimal number (digits, at most one point, an optional exponent)"), Err: err}
	}
	return &InputError{Field: "", Value: "", Rule: cutTo(err.Error(), 128)}
}
