package main

import (
	"encoding"
	"encoding/json"
	"reflect"
	"strings"
	"sync"
)

// jsonField is one key of a struct as encoding/json sees it: its name, the field's type, and
// whether encoding leaves it out when it is empty or zero.
type jsonField struct {
	name      string
	typ       reflect.Type
	omit      bool  // omitempty or omitzero: not always present in output
	index     []int // path of field indices from the outer struct
	viaPtr    bool  // promoted through an embedded pointer: absent when that pointer is nil
	tagged    bool
	depth     int
	stringOpt bool // the ",string" option: the value is encoded inside a JSON string
}

// fieldCache resolves struct types to their JSON keys once per type; safe for concurrent use.
type fieldCache struct {
	m      sync.Map // reflect.Type → []jsonField
	inputs sync.Map // reflect.Type → []jsonField: the keys a request may give (inputFields)
	probes sync.Map // reflect.Type → *probed
	desc   sync.Map // reflect.Type → reflect.Type (or nil): descendable
}

// fields returns the JSON keys of struct type t in declaration order, with encoding/json's rules
// for embedded structs: promoted fields, the shallower field winning a name, a tagged field
// winning at the same depth, and both dropped when neither wins.
func (c *fieldCache) fields(t reflect.Type) []jsonField {
	if v, ok := c.m.Load(t); ok {
		return v.([]jsonField)
	}
	fs := structFields(t)
	c.m.Store(t, fs)
	return fs
}

// inputFields returns the keys a request may give for struct type t: its fields, and for a type
// that reads and writes its own JSON (selfCoded), the keys of its encodings that it reads back
// ("value_yuan" in a linkage need), each with the Go type its value is the JSON of (nil when
// none is known: any value, left to the type's decoder).
func (c *fieldCache) inputFields(t reflect.Type) []jsonField {
	if v, ok := c.inputs.Load(t); ok {
		return v.([]jsonField)
	}
	fs := c.fields(t)
	if c.selfCoded(t) {
		var out []jsonField
		for _, k := range c.probe(t).keys {
			if k.reads {
				out = append(out, jsonField{name: k.name, typ: k.typ, tagged: true})
			}
		}
		for _, f := range fs {
			if _, dup := lookup(out, f.name); !dup {
				out = append(out, f)
			}
		}
		fs = out
	}
	c.inputs.Store(t, fs)
	return fs
}

func structFields(t reflect.Type) []jsonField {
	var all []jsonField
	var walk func(t reflect.Type, index []int, depth int, viaPtr bool, seen map[reflect.Type]bool)
	walk = func(t reflect.Type, index []int, depth int, viaPtr bool, seen map[reflect.Type]bool) {
		if seen[t] {
			return
		}
		seen[t] = true
		defer delete(seen, t)
		for i := range t.NumField() {
			f := t.Field(i)
			tag := f.Tag.Get("json")
			if tag == "-" {
				continue
			}
			name, opts, _ := strings.Cut(tag, ",")
			ft := f.Type
			if f.Anonymous {
				et, ptr := ft, false
				if et.Kind() == reflect.Pointer {
					et, ptr = et.Elem(), true
				}
				if !f.IsExported() && et.Kind() != reflect.Struct {
					continue
				}
				if name == "" && et.Kind() == reflect.Struct {
					walk(et, append(append([]int(nil), index...), i), depth+1, viaPtr || ptr, seen)
					continue
				}
			} else if !f.IsExported() {
				continue
			}
			tagged := name != ""
			if name == "" {
				name = f.Name
			}
			omit := strings.Contains(","+opts+",", ",omitempty,") || strings.Contains(","+opts+",", ",omitzero,")
			all = append(all, jsonField{name: name, typ: ft, omit: omit, index: append(append([]int(nil), index...), i),
				viaPtr: viaPtr, tagged: tagged, depth: depth, stringOpt: strings.Contains(","+opts+",", ",string,")})
		}
	}
	walk(t, nil, 0, false, map[reflect.Type]bool{})
	// Dominance: for each name, the shallowest field wins; at equal depth, a single tagged one.
	var out []jsonField
	for i, f := range all {
		win := true
		for j, g := range all {
			if i == j || g.name != f.name {
				continue
			}
			if g.depth < f.depth || (g.depth == f.depth && g.tagged && !f.tagged) {
				win = false
				break
			}
			if g.depth == f.depth && g.tagged == f.tagged {
				win = false // ambiguous: encoding/json drops both
				break
			}
		}
		if win {
			out = append(out, f)
		}
	}
	return out
}

// lookup finds the field a JSON key decodes into, as encoding/json matches it: the exact name,
// else a case-insensitive match.
func lookup(fs []jsonField, key string) (jsonField, bool) {
	for _, f := range fs {
		if f.name == key {
			return f, true
		}
	}
	for _, f := range fs {
		if strings.EqualFold(f.name, key) {
			return f, true
		}
	}
	return jsonField{}, false
}

var (
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	jsonMarshaler   = reflect.TypeFor[json.Marshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
	textMarshaler   = reflect.TypeFor[encoding.TextMarshaler]()
)

// implements reports whether t or *t implements the interface it.
func implements(t, it reflect.Type) bool {
	return t.Implements(it) || (t.Kind() != reflect.Pointer && reflect.PointerTo(t).Implements(it))
}

// plainStruct reports whether a struct type with its own decoder still decodes its fields as
// encoding/json would (the library's input types decode through a method-free copy of
// themselves, socialorg.UnmarshalInput): it has at least one field with a json tag. A struct
// whose fields are all unexported or untagged (a Date, a decimal, a Jurisdiction, a credit code)
// has a form of its own.
func plainStruct(t reflect.Type) bool {
	if t.Kind() != reflect.Struct {
		return false
	}
	for i := range t.NumField() {
		f := t.Field(i)
		if f.IsExported() && f.Tag.Get("json") != "" && f.Tag.Get("json") != "-" {
			return true
		}
	}
	return false
}
