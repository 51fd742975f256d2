package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/socialorg/socialorg"
)

// maxDepth is the deepest nesting of JSON arrays and objects a request may have.
const maxDepth = 64

// checkShape reads a request body against the Go type it decodes into and refuses what
// encoding/json would silently accept: a key that names no field (at any depth, including inside
// the library's input types, whose own decoders do not refuse unknown keys), more than one JSON
// value, and nesting deeper than maxDepth. It refuses malformed JSON too, naming the offset. Type
// mismatches are left to the decoder, which names the field.
//
// It is one pass over the bytes that allocates nothing per key (a path is rendered only for the
// problem it names), so its cost is linear in the body and small beside decoding it.
func (c *fieldCache) checkShape(data []byte, t reflect.Type) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return problem("", "", "one JSON object", "request.body.empty")
	}
	if !json.Valid(data) {
		return syntaxProblem(data)
	}
	sc := shapeScanner{data: data, cache: c}
	sc.ws()
	if sc.i >= len(data) {
		return problem("", "", "one JSON object", "request.body.empty")
	}
	if data[sc.i] != '{' {
		return problem("", "", "one JSON object", "request.body.not_object")
	}
	// json.Valid accepts exactly one value (with white space around it), so there is no trailing
	// data once the object is read.
	return sc.value(t, 0)
}

// syntaxProblem names where malformed JSON goes wrong. encoding/json says where when it decodes
// into a value that skips everything; a body with more than one value is "trailing data".
func syntaxProblem(data []byte) error {
	var skip struct{}
	err := json.Unmarshal(data, &skip)
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		if strings.Contains(se.Error(), "after top-level value") {
			return problem("", "", "one JSON object", "request.body.trailing_data")
		}
		return problem("", "offset "+strconv.FormatInt(se.Offset, 10), "well-formed JSON: "+cutString(se.Error(), 128), "request.body.bad_json")
	case err == nil:
		return problem("", "", "one JSON object", "request.body.trailing_data")
	}
	return problem("", "", "well-formed JSON: "+cutString(err.Error(), 128), "request.body.bad_json")
}

// pathSeg is one step of the path to the value being read: a key (raw, as in the body) or an
// index.
type pathSeg struct {
	key   []byte
	index int
}

// shapeScanner walks valid JSON with the Go type it decodes into.
type shapeScanner struct {
	data  []byte
	i     int
	cache *fieldCache
	path  []pathSeg
}

func (s *shapeScanner) ws() {
	for s.i < len(s.data) {
		switch s.data[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

// pathString renders the path of the value being read ("input.needs[3].qty"), keys cut to 64
// bytes.
func (s *shapeScanner) pathString() string {
	var b strings.Builder
	for _, seg := range s.path {
		if seg.key == nil {
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(seg.index))
			b.WriteByte(']')
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(cutString(unquoteKey(seg.key), 64))
	}
	return b.String()
}

// unquoteKey decodes a raw key (the bytes between its quotes).
func unquoteKey(raw []byte) string {
	if bytes.IndexByte(raw, '\\') < 0 {
		return string(raw)
	}
	var s string
	if json.Unmarshal(append(append([]byte{'"'}, raw...), '"'), &s) != nil {
		return string(raw)
	}
	return s
}

// value reads the value at s.i, for type t (nil: any).
func (s *shapeScanner) value(t reflect.Type, depth int) error {
	s.ws()
	switch s.data[s.i] {
	case '{':
		if depth+1 > maxDepth {
			return problem(s.pathString(), "", "at most "+strconv.Itoa(maxDepth)+" levels of nesting", "request.body.too_deep")
		}
		return s.object(s.cache.descendable(t), depth+1)
	case '[':
		if depth+1 > maxDepth {
			return problem(s.pathString(), "", "at most "+strconv.Itoa(maxDepth)+" levels of nesting", "request.body.too_deep")
		}
		var elem reflect.Type
		if t = s.cache.descendable(t); t != nil && (t.Kind() == reflect.Slice || t.Kind() == reflect.Array) {
			elem = t.Elem()
		}
		s.i++ // '['
		s.ws()
		if s.data[s.i] == ']' {
			s.i++
			return nil
		}
		for n := 0; ; n++ {
			s.path = append(s.path, pathSeg{index: n})
			if err := s.value(elem, depth+1); err != nil {
				return err
			}
			s.path = s.path[:len(s.path)-1]
			s.ws()
			c := s.data[s.i]
			s.i++ // ',' or ']'
			if c == ']' {
				return nil
			}
		}
	case '"':
		s.skipString()
	default: // a number, true, false or null
		for s.i < len(s.data) {
			switch s.data[s.i] {
			case ',', ']', '}', ' ', '\t', '\n', '\r':
				return nil
			}
			s.i++
		}
	}
	return nil
}

// skipString moves past the string at s.i, returning its raw content.
func (s *shapeScanner) skipString() []byte {
	s.i++ // opening quote
	start := s.i
	for {
		switch s.data[s.i] {
		case '\\':
			s.i += 2
		case '"':
			raw := s.data[start:s.i]
			s.i++
			return raw
		default:
			s.i++
		}
	}
}

// object reads the object at s.i, checking its keys against t: a struct's fields, a map's
// values, or nothing (nil t: a value with a form of its own, or any).
func (s *shapeScanner) object(t reflect.Type, depth int) error {
	var fields []jsonField
	isStruct := t != nil && t.Kind() == reflect.Struct
	if isStruct {
		fields = s.cache.inputFields(t)
	}
	s.i++ // '{'
	s.ws()
	if s.data[s.i] == '}' {
		s.i++
		return nil
	}
	for {
		s.ws()
		key := s.skipString()
		s.path = append(s.path, pathSeg{key: key})
		var next reflect.Type
		switch {
		case isStruct:
			f, ok := lookupRaw(fields, key)
			if !ok {
				return problem(s.pathString(), "", "a known field (check the spelling)", "request.unknown_field")
			}
			next = f.typ
		case t != nil && t.Kind() == reflect.Map:
			next = t.Elem()
		}
		s.ws()
		s.i++ // ':'
		if err := s.value(next, depth); err != nil {
			return err
		}
		s.path = s.path[:len(s.path)-1]
		s.ws()
		c := s.data[s.i]
		s.i++ // ',' or '}'
		if c == '}' {
			return nil
		}
	}
}

// lookupRaw is lookup for a raw key: without escapes it compares bytes, allocating nothing.
func lookupRaw(fs []jsonField, raw []byte) (jsonField, bool) {
	if bytes.IndexByte(raw, '\\') >= 0 {
		return lookup(fs, unquoteKey(raw))
	}
	for _, f := range fs {
		if string(raw) == f.name {
			return f, true
		}
	}
	for _, f := range fs {
		if bytes.EqualFold(raw, []byte(f.name)) {
			return f, true
		}
	}
	return jsonField{}, false
}

// descendable returns the type whose members the walker checks in place of t (pointers
// removed), or nil when t's JSON form is its own (a decimal, a date, an enum, a jurisdiction,
// raw JSON, an interface) and its members are the type's own decoder's business. A struct with
// a decoder of its own is checked when it decodes its fields (plainStruct) or reads the keys
// its own encoder writes (selfCoded: its keys are then inputFields').
func (c *fieldCache) descendable(t reflect.Type) reflect.Type {
	if t == nil {
		return nil
	}
	if v, ok := c.desc.Load(t); ok { // once per type: the walk asks for every value
		d, _ := v.(reflect.Type)
		return d
	}
	d := c.descend(t)
	c.desc.Store(t, d)
	return d
}

func (c *fieldCache) descend(t reflect.Type) reflect.Type {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == nil || t == reflect.TypeFor[json.RawMessage]() {
		return nil
	}
	if implements(t, jsonUnmarshaler) || implements(t, textUnmarshaler) {
		if plainStruct(t) || c.selfCoded(t) {
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

// maxLocateDepth bounds how deep locate decodes the parts of a value one by one (the input types
// nest a few levels; a recursive one is decoded whole below it).
const maxLocateDepth = 16

// locate adds to p the problems of decoding raw into type t, each named by its path in the body.
// Decoding a whole input names a problem badly: encoding/json names a field without its indices
// ("units.has"), and a library type that decodes itself names the field within itself
// ("value_yuan" of the need at input.needs[3]). So, once decoding the whole has failed, the parts
// are decoded one by one, in the order of the type's fields (the elements of a list in order, a
// map's keys sorted), down to each value whose JSON is its own (a decimal, an enum, a linkage
// need), whose problems are put under its path; a part that fails only as a whole (not an object
// where one is wanted) is named by its own path. The cost is linear in the body for each level
// of the type (a few), and it is paid only for a refused body.
func (c *fieldCache) locate(p *socialorg.Problems, raw json.RawMessage, t reflect.Type, path string, depth int) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	before := p.Len()
	dt := c.descendable(t)
	if dt != nil && c.selfCoded(dt) {
		// A type that reads its own JSON names its problems itself, but not always: a decimal's
		// own error has no field. Then its keys of known types are decoded one by one.
		err := socialorg.UnmarshalInput(raw, reflect.New(t).Interface())
		if err == nil {
			return
		}
		if named(err) {
			p.AddError(under(err, path))
			return
		}
	}
	if dt != nil && depth < maxLocateDepth {
		switch dt.Kind() {
		case reflect.Struct:
			var obj map[string]json.RawMessage
			if json.Unmarshal(raw, &obj) == nil {
				fields := c.inputFields(dt)
				keys := slices.Sorted(maps.Keys(obj))
				for _, f := range fields {
					for _, k := range keys {
						if g, ok := lookup(fields, k); ok && g.name == f.name && f.typ != nil {
							c.locate(p, obj[k], f.typ, joinPath(path, k), depth+1)
						}
					}
				}
			}
		case reflect.Slice, reflect.Array:
			var list []json.RawMessage
			if json.Unmarshal(raw, &list) == nil {
				for i, e := range list {
					c.locate(p, e, dt.Elem(), path+"["+strconv.Itoa(i)+"]", depth+1)
				}
			}
		case reflect.Map:
			var m map[string]json.RawMessage
			if json.Unmarshal(raw, &m) == nil {
				for _, k := range slices.Sorted(maps.Keys(m)) {
					c.locate(p, m[k], dt.Elem(), joinPath(path, k), depth+1)
				}
			}
		}
	}
	if p.Len() > before {
		return
	}
	if err := socialorg.UnmarshalInput(raw, reflect.New(t).Interface()); err != nil {
		p.AddError(under(err, path))
	}
}

// named reports whether every problem of err names its field.
func named(err error) bool {
	for _, e := range asErrors(err) {
		var ie *socialorg.InputError
		if !errors.As(e, &ie) || ie.Field == "" {
			return false
		}
	}
	return true
}

// joinPath appends a key to a JSON path ("input" + "name" = "input.name"); keys are cut to 64
// bytes so that a path never echoes a long input.
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
