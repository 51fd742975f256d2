// Package textjson decodes JSON strings for types whose text form has its own parser (dates,
// credit codes, enums), so that a decode error names the field it was in.
//
// encoding/json adds the field's path only to errors of type *json.UnmarshalTypeError; an
// UnmarshalJSON that returns one, with the parser's reason in its Value, gets messages such as
//
//	json: cannot unmarshal string "2026-13-01" (month must be 01–12) into Go struct field Plan.start of type socialorg.Date
package textjson

import (
	"encoding/json"
	"reflect"
	"strconv"
	"unicode/utf8"
)

// maxEcho is the most of the input an error repeats.
const maxEcho = 64

// Decode decodes data, a JSON string or null, with text (the type's UnmarshalText). null leaves
// the value unchanged, as encoding/json does for other types. Any error is a
// *json.UnmarshalTypeError whose Value quotes at most 64 bytes of the input and gives reason(err).
func Decode(data []byte, t reflect.Type, text func([]byte) error, reason func(error) string) error {
	if string(data) == "null" {
		return nil
	}
	s, ok := unquote(data)
	if !ok {
		v := "non-string"
		if len(data) > 0 {
			switch data[0] {
			case '{':
				v = "object"
			case '[':
				v = "array"
			case 't', 'f':
				v = "bool"
			default:
				v = "number"
			}
		}
		return &json.UnmarshalTypeError{Value: v, Type: t}
	}
	if err := text(s); err != nil {
		return &json.UnmarshalTypeError{Value: "string " + strconv.Quote(short(s)) + " (" + reason(err) + ")", Type: t}
	}
	return nil
}

// unquote returns the content of a JSON string: directly when it has no escapes, else through
// encoding/json.
func unquote(data []byte) ([]byte, bool) {
	if len(data) < 2 || data[0] != '"' || data[len(data)-1] != '"' {
		return nil, false
	}
	inner := data[1 : len(data)-1]
	for _, c := range inner {
		if c == '\\' || c == '"' || c < 0x20 {
			var s string
			if err := json.Unmarshal(data, &s); err != nil {
				return nil, false
			}
			return []byte(s), true
		}
	}
	return inner, true
}

func short(b []byte) string {
	if len(b) <= maxEcho {
		return string(b)
	}
	b = b[:maxEcho]
	for len(b) > 0 && !utf8.Valid(b) {
		b = b[:len(b)-1]
	}
	return string(b) + "…"
}
