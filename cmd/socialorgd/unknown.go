package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"strconv"

	"github.com/socialorg/socialorg"
)

// maxDepth is the deepest nesting of JSON arrays and objects a request may have.
const maxDepth = 64

// checkShape reads a request body against the Go type it decodes into and refuses what
// encoding/json would silently accept: a key that names no field (at any depth, including inside
// the library's input types, whose own decoders do not refuse unknown keys), more than one JSON
// value, and nesting deeper than maxDepth. It also refuses malformed JSON, naming the offset.
// Type mismatches are left to the decoder, which names the field. Its cost is linear in the body.
func (c *fieldCache) checkShape(data []byte, t reflect.Type) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber() // never parse numbers here: a hostile one costs nothing
	w := walker{dec: dec, cache: c}
	tok, err := dec.Token()
	if err == io.EOF {
		return problem("", "", "one JSON object", "request.body.empty")
	}
	if err != nil {
		return w.syntax(err)
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return problem("", "", "one JSON object", "request.body.not_object")
	}
	if err := w.object(t, "", 1); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		if err != nil {
			return w.syntax(err)
		}
		return problem("", "", "one JSON object", "request.body.trailing_data")
	}
	return nil
}

type walker struct {
	dec   *json.Decoder
	cache *fieldCache
}

func (w *walker) syntax(err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return problem("", "offset "+strconv.FormatInt(se.Offset, 10), "well-formed JSON: "+cutString(se.Error(), 128), "request.body.bad_json")
	}
	if err == io.ErrUnexpectedEOF || err == io.EOF {
		return problem("", "", "well-formed JSON: unexpected end of input", "request.body.bad_json")
	}
	return problem("", "", "well-formed JSON: "+cutString(err.Error(), 128), "request.body.bad_json")
}

// value reads one value whose first token the caller has not read yet, for type t (nil: any).
func (w *walker) value(t reflect.Type, path string, depth int) error {
	tok, err := w.dec.Token()
	if err != nil {
		return w.syntax(err)
	}
	d, ok := tok.(json.Delim)
	if !ok {
		return nil // a scalar: its type is the decoder's business
	}
	if depth+1 > maxDepth {
		return problem(path, "", "at most "+strconv.Itoa(maxDepth)+" levels of nesting", "request.body.too_deep")
	}
	t = descendable(t)
	switch d {
	case '{':
		return w.object(t, path, depth+1)
	case '[':
		var elem reflect.Type
		if t != nil && (t.Kind() == reflect.Slice || t.Kind() == reflect.Array) {
			elem = t.Elem()
		}
		for i := 0; w.dec.More(); i++ {
			if err := w.value(elem, path+"["+strconv.Itoa(i)+"]", depth+1); err != nil {
				return err
			}
		}
		if _, err := w.dec.Token(); err != nil { // ']'
			return w.syntax(err)
		}
	}
	return nil
}

// object reads the members of an object whose '{' was read, checking its keys against t: a
// struct's fields, a map's values, or nothing (nil t: a value with a form of its own, or any).
func (w *walker) object(t reflect.Type, path string, depth int) error {
	var fields []jsonField
	isStruct := t != nil && t.Kind() == reflect.Struct
	if isStruct {
		fields = w.cache.fields(t)
	}
	for w.dec.More() {
		tok, err := w.dec.Token()
		if err != nil {
			return w.syntax(err)
		}
		key, _ := tok.(string)
		at := joinPath(path, key)
		var next reflect.Type
		switch {
		case isStruct:
			f, ok := lookup(fields, key)
			if !ok {
				return problem(at, "", "a known field (check the spelling)", "request.unknown_field")
			}
			next = f.typ
		case t != nil && t.Kind() == reflect.Map:
			next = t.Elem()
		}
		if err := w.value(next, at, depth); err != nil {
			return err
		}
	}
	if _, err := w.dec.Token(); err != nil { // '}'
		return w.syntax(err)
	}
	return nil
}

// descendable returns the type whose members the walker checks in place of t (pointers
// removed), or nil when t's JSON form is its own (a decimal, a date, an enum, a jurisdiction,
// raw JSON, an interface) and its members are the type's own decoder's business.
func descendable(t reflect.Type) reflect.Type {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == nil || t == reflect.TypeFor[json.RawMessage]() {
		return nil
	}
	if implements(t, jsonUnmarshaler) || implements(t, textUnmarshaler) {
		if plainStruct(t) {
			return t
		}
		return nil
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Map, reflect.Slice, reflect.Array:
		return t
	}
	return nil
}

// joinPath appends a key to a JSON path ("input" + "name" = "input.name"), quoting nothing: keys
// are cut to 64 bytes so that a path never echoes a long input.
func joinPath(path, key string) string {
	key = cutString(key, 64)
	if path == "" {
		return key
	}
	return path + "." + key
}

// cutString cuts s to at most n bytes at a character boundary, marking the cut with "…".
func cutString(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && (s[i]&0xC0) == 0x80 {
		i--
	}
	return s[:i] + "…"
}

// problem builds one request problem with its stable code.
func problem(field, value, rule, code string) *socialorg.InputError {
	return &socialorg.InputError{Field: field, Value: value, Rule: rule, Code: code}
}
