package main

import (
	"bytes"
	"encoding/json"
	"reflect"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/venture/linkage"
)

// The JSON form of a type that writes (MarshalJSON) or reads (UnmarshalJSON) its own is not what
// its fields and tags say: linkage writes money in yuan beside fen ("margin_yuan"), a ratio's
// decimal beside it ("coverage_decimal"), a result its verdict ("verdict", "eligible"). So the
// service does not describe such a type from its fields: it asks the type, by probing it.
//
// A probe is a value of the type built by reflection: the zero value, and values with every
// field filled (strings with a probe word, numbers 1, each slice and map with one element, each
// enum with a valid value, dates, decimals and credit codes with valid ones, recursively). Each
// is encoded with the type's own encoder; the keys the encodings hold are the type's keys. A key
// every probe writes is always present (required in the document); one that only some write
// (an omitempty field, a key written only for some values) is optional.
//
// Each key is then matched to what it is the JSON of, checked on the values: a field whose JSON
// name is the key (or whose name is, case and underscores aside) and whose own encoding is the
// key's value in every probe; else a method named like the key (NetYuan for "net_yuan", Verdict
// for "verdict"; one result, or a result and a bool that says whether the key is written) whose
// result encodes as the key's value. A matched key is described by its Go type (a decimal, an
// enum with its text forms, a struct); an unmatched one by the JSON the probes wrote.
//
// A type that also reads its own JSON reads the keys of the encodings it decodes back (the
// library's types round-trip), so a request may give them ("value_yuan" in a linkage need), and
// the key check (checkShape) accepts them; a key the encoder writes as a string and the decoder
// also reads as a JSON number (a decimal) is described as either.
//
// Some keys are written only for some values of a string field: linkage writes a quantity in
// yuan only for the kind whose quantities are money. probeWords are the words probes fill
// strings with beside "x", so that such keys are found too. A key written only for a value not
// in the list is missing from the document, and the tests' answers, validated against it with
// additional keys refused, show it.
var probeWords = []string{linkage.KindFunds}

// maxProbeDepth bounds how deep a probe fills nested values.
const maxProbeDepth = 8

// probedKey is one key of a probed type's JSON object.
type probedKey struct {
	name string
	// typ is the Go type whose JSON the key holds (a field's, or a method's result); nil when
	// nothing matched, and the key is described by seen.
	typ    reflect.Type
	seen   []json.RawMessage // what the probes wrote under the key
	always bool              // every probe wrote it
	reads  bool              // an encoding that holds it decodes back: the type reads it
	number bool              // the type also reads a JSON number where its encoder writes the number as a string
}

// probed is what the probes of a type wrote.
type probed struct {
	object    bool              // every probe encoded to a JSON object
	keys      []probedKey       // by name, when object
	encodings []json.RawMessage // what each probe encoded to
	decodes   bool              // the type decodes at least one of its own encodings (it has a decoder)
}

// probe returns what the probes of t write and read, once per type.
func (c *fieldCache) probe(t reflect.Type) *probed {
	if v, ok := c.probes.Load(t); ok {
		return v.(*probed)
	}
	p := probeType(c, t, probeWords)
	c.probes.Store(t, p)
	return p
}

// selfCoded reports whether struct t reads and writes a JSON object of its own (not only its
// fields): its keys are then those its probes write and read back.
func (c *fieldCache) selfCoded(t reflect.Type) bool {
	if t.Kind() != reflect.Struct || !implements(t, jsonUnmarshaler) || !implements(t, jsonMarshaler) {
		return false
	}
	p := c.probe(t)
	return p.object && p.decodes
}

// probeEnc is one probe value and its encoding.
type probeEnc struct {
	v       reflect.Value // addressable
	obj     map[string]json.RawMessage
	decodes bool
}

// probeType probes t with the zero value, a value filled with "x", and one per word.
func probeType(c *fieldCache, t reflect.Type, words []string) *probed {
	var encs []probeEnc
	p := &probed{object: true}
	for _, v := range probeValues(t, words) {
		raw, ok := encodeProbe(v)
		if !ok {
			continue
		}
		p.encodings = append(p.encodings, raw)
		e := probeEnc{v: v}
		if json.Unmarshal(raw, &e.obj) != nil || e.obj == nil {
			p.object = false
		}
		if implements(t, jsonUnmarshaler) {
			e.decodes = decodesAs(t, raw)
			p.decodes = p.decodes || e.decodes
		}
		encs = append(encs, e)
	}
	if len(encs) == 0 || !p.object {
		p.object = false
		return p
	}
	var names []string
	for _, e := range encs {
		for k := range e.obj {
			if !slices.Contains(names, k) {
				names = append(names, k)
			}
		}
	}
	slices.Sort(names)
	fields := c.fields(t)
	for _, name := range names {
		k := probedKey{name: name, always: true}
		var present []probeEnc
		for _, e := range encs {
			raw, ok := e.obj[name]
			if !ok {
				k.always = false
				continue
			}
			present = append(present, e)
			k.seen = append(k.seen, raw)
			k.reads = k.reads || e.decodes
		}
		k.typ = matchKey(t, fields, name, present)
		if k.typ == nil && k.reads {
			k.number = readsNumber(t, present, name)
		}
		p.keys = append(p.keys, k)
	}
	return p
}

// probeValues are the values a type is probed with: its zero value, then one filled with "x",
// then one per word. Each is addressable.
func probeValues(t reflect.Type, words []string) []reflect.Value {
	out := []reflect.Value{reflect.New(t).Elem()}
	for i, w := range append([]string{"x"}, words...) {
		v := reflect.New(t).Elem()
		fillProbe(v, w, i, 0, map[reflect.Type]bool{})
		out = append(out, v)
	}
	return out
}

// probeScalar gives a valid value of the library's types whose fields are unexported (a date, a
// decimal, a credit code), which reflection cannot fill, of raw JSON, and of a list of problems.
func probeScalar(t reflect.Type) (reflect.Value, bool) {
	switch t {
	case errorsType:
		return reflect.ValueOf(socialorg.Errors{problem("x", "", "required", "x")}), true
	case rawType:
		return reflect.ValueOf(json.RawMessage(`true`)), true
	case dateType:
		return reflect.ValueOf(socialorg.NewDate(2024, 2, 29)), true
	case decimalType:
		return reflect.ValueOf(decimal.New(125, -2)), true
	case creditCodeType:
		const first17 = "51440100MJ0000018"
		c, err := registry.CreditCodeCheckChar(first17)
		if err != nil {
			return reflect.Value{}, false
		}
		code, err := registry.ParseCreditCode(first17 + string(c))
		if err != nil {
			return reflect.Value{}, false
		}
		return reflect.ValueOf(code), true
	}
	return reflect.Value{}, false
}

// fillProbe fills v (settable, or a struct whose exported fields are) with word in strings and
// the nth valid value of each enum; stack holds the struct types being filled, so that a
// recursive type stops with an empty value. An interface cannot be filled: a slice or map of
// them stays empty (a nil error in a list would be no sample of one).
func fillProbe(v reflect.Value, word string, nth, depth int, stack map[reflect.Type]bool) {
	t := v.Type()
	if depth > maxProbeDepth || (!v.CanSet() && t.Kind() != reflect.Struct) {
		return
	}
	if s, ok := probeScalar(t); ok {
		if v.CanSet() {
			v.Set(s)
		}
		return
	}
	switch t.Kind() {
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(1)
		setEnum(v, nth)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(1)
		setEnum(v, nth)
	case reflect.Float32, reflect.Float64:
		v.SetFloat(1.5)
	case reflect.String:
		v.SetString(word)
	case reflect.Pointer:
		if stack[t.Elem()] {
			return
		}
		e := reflect.New(t.Elem())
		fillProbe(e.Elem(), word, nth, depth+1, stack)
		v.Set(e)
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Interface {
			return
		}
		s := reflect.MakeSlice(t, 1, 1)
		fillProbe(s.Index(0), word, nth, depth+1, stack)
		v.Set(s)
	case reflect.Array:
		for i := range v.Len() {
			fillProbe(v.Index(i), word, nth, depth+1, stack)
		}
	case reflect.Map:
		if t.Elem().Kind() == reflect.Interface {
			return
		}
		k := reflect.New(t.Key()).Elem()
		fillProbe(k, word, nth, depth+1, stack)
		e := reflect.New(t.Elem()).Elem()
		fillProbe(e, word, nth, depth+1, stack)
		m := reflect.MakeMapWithSize(t, 1)
		m.SetMapIndex(k, e)
		v.Set(m)
	case reflect.Struct:
		if stack[t] {
			return
		}
		stack[t] = true
		defer delete(stack, t)
		for i := range t.NumField() {
			sf := t.Field(i)
			if !sf.IsExported() && !sf.Anonymous {
				continue
			}
			fillProbe(v.Field(i), word, nth, depth+1, stack)
		}
	}
}

// setEnum gives an integer enum (a type with a text form) its nth valid value, counting from 1,
// cycling; a plain integer stays 1.
func setEnum(v reflect.Value, nth int) {
	if !implements(v.Type(), textMarshaler) {
		return
	}
	var valid []uint64
	for i := range uint64(256) {
		e := reflect.New(v.Type()).Elem()
		if e.CanInt() {
			e.SetInt(int64(i))
		} else {
			e.SetUint(i)
		}
		tm, ok := e.Interface().(interface{ MarshalText() ([]byte, error) })
		if !ok {
			return
		}
		if b, err := tm.MarshalText(); err == nil && len(b) > 0 && i > 0 {
			valid = append(valid, i)
		}
	}
	if len(valid) == 0 {
		return
	}
	i := valid[nth%len(valid)]
	if v.CanInt() {
		v.SetInt(int64(i))
	} else {
		v.SetUint(i)
	}
}

// encodeProbe encodes a probe (through its address, so that an encoder on the pointer is used);
// false when the encoder fails or panics.
func encodeProbe(v reflect.Value) (raw json.RawMessage, ok bool) {
	defer func() {
		if recover() != nil {
			raw, ok = nil, false
		}
	}()
	b, err := json.Marshal(v.Addr().Interface())
	return b, err == nil
}

// decodesAs reports whether t's decoder reads raw.
func decodesAs(t reflect.Type, raw []byte) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return json.Unmarshal(raw, reflect.New(t).Interface()) == nil
}

// normKey is a name with case and underscores ignored: "net_yuan" and "NetYuan" are "netyuan".
func normKey(s string) string { return strings.ToLower(strings.ReplaceAll(s, "_", "")) }

// matchKey finds the Go type whose JSON a probed key holds: a field named like it, else a method,
// whose value encodes as the key's in every probe that wrote the key.
func matchKey(t reflect.Type, fields []jsonField, name string, present []probeEnc) reflect.Type {
	norm := normKey(name)
	for pass := range 3 {
		for _, f := range fields {
			if (pass == 0 && f.name != name) || (pass == 1 && !strings.EqualFold(f.name, name)) || (pass == 2 && normKey(f.name) != norm) {
				continue
			}
			ok := !f.stringOpt
			for _, e := range present {
				fv, found := fieldValue(e.v, f.index)
				if !ok || !found || !sameJSON(e.obj[name], fv) {
					ok = false
					break
				}
			}
			if ok {
				return f.typ
			}
		}
	}
	pt := reflect.PointerTo(t)
	for i := range pt.NumMethod() {
		m := pt.Method(i)
		mt := m.Type // the receiver is its first argument
		if mt.NumIn() != 1 || normKey(m.Name) != norm {
			continue
		}
		if mt.NumOut() != 1 && (mt.NumOut() != 2 || mt.Out(1).Kind() != reflect.Bool) {
			continue
		}
		ok := true
		for _, e := range present {
			out, called := callProbe(e.v.Addr(), i)
			if !called || (len(out) == 2 && !out[1].Bool()) || !sameJSON(e.obj[name], out[0]) {
				ok = false
				break
			}
		}
		if ok {
			return mt.Out(0)
		}
	}
	return nil
}

// fieldValue is the field at index in v; false through a nil embedded pointer.
func fieldValue(v reflect.Value, index []int) (reflect.Value, bool) {
	for i, x := range index {
		if i > 0 && v.Kind() == reflect.Pointer {
			if v.IsNil() {
				return reflect.Value{}, false
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v, v.CanInterface()
}

// callProbe calls the ith method of a probe's pointer; false when it panics.
func callProbe(p reflect.Value, i int) (out []reflect.Value, ok bool) {
	defer func() {
		if recover() != nil {
			out, ok = nil, false
		}
	}()
	return p.Method(i).Call(nil), true
}

// sameJSON reports whether raw is the JSON of v: the same bytes, or the same value once decoded
// into v's type ("0.01" and the decimal 0.01 encoded as "0.01" or "0.010").
func sameJSON(raw json.RawMessage, v reflect.Value) (same bool) {
	defer func() {
		if recover() != nil {
			same = false
		}
	}()
	if !v.CanInterface() {
		return false
	}
	b, err := json.Marshal(v.Interface())
	if err != nil {
		return false
	}
	if bytes.Equal(raw, b) {
		return true
	}
	nv := reflect.New(v.Type())
	if json.Unmarshal(raw, nv.Interface()) != nil {
		return false
	}
	nb, err := json.Marshal(nv.Elem().Interface())
	return err == nil && bytes.Equal(nb, b)
}

// readsNumber reports whether t reads a JSON number under key where its encoder wrote a string
// holding one ("0.01"): a decimal, which requests may give either way.
func readsNumber(t reflect.Type, present []probeEnc, key string) bool {
	for _, e := range present {
		raw := e.obj[key]
		var s string
		if !e.decodes || json.Unmarshal(raw, &s) != nil || s == "" || !json.Valid([]byte(s)) || !strings.ContainsAny(s[:1], "-0123456789") {
			continue
		}
		obj := make(map[string]json.RawMessage, len(e.obj))
		for k, v := range e.obj {
			obj[k] = v
		}
		obj[key] = json.RawMessage(s)
		b, err := json.Marshal(obj)
		if err == nil && decodesAs(t, b) {
			return true
		}
	}
	return false
}

// inferSchema describes values by the JSON the probes wrote: its types, an object's keys, an
// array's items; strings that are all decimals (the probes fill strings with words, so a
// decimal string is written from a number: "0.01" for a fen, "0.5000" for a ratio) are decimals.
func inferSchema(raws []json.RawMessage) map[string]any {
	var types []string
	decimals := true
	add := func(s string) {
		if !slices.Contains(types, s) {
			types = append(types, s)
		}
	}
	var objs []map[string]json.RawMessage
	var elems []json.RawMessage
	for _, raw := range raws {
		if len(raw) == 0 {
			continue
		}
		switch raw[0] {
		case '"':
			add("string")
			var str string
			decimals = decimals && json.Unmarshal(raw, &str) == nil && isDecimalText(str)
		case 't', 'f':
			add("boolean")
		case 'n':
			add("null")
		case '{':
			add("object")
			var m map[string]json.RawMessage
			if json.Unmarshal(raw, &m) == nil {
				objs = append(objs, m)
			}
		case '[':
			add("array")
			var a []json.RawMessage
			if json.Unmarshal(raw, &a) == nil {
				elems = append(elems, a...)
			}
		default:
			add("number")
		}
	}
	s := map[string]any{}
	slices.Sort(types)
	switch len(types) {
	case 0:
		return s
	case 1:
		s["type"] = types[0]
		if types[0] == "string" && decimals {
			s["format"], s["pattern"], s["description"] = "decimal", decimalPattern, "a decimal as a string"
		}
	default:
		list := make([]any, len(types))
		for i, t := range types {
			list[i] = t
		}
		s["type"] = list
	}
	if len(objs) > 0 {
		byKey := map[string][]json.RawMessage{}
		for _, m := range objs {
			for k, v := range m {
				byKey[k] = append(byKey[k], v)
			}
		}
		props := map[string]any{}
		for k, vs := range byKey {
			props[k] = inferSchema(vs)
		}
		s["properties"] = props
	}
	if len(elems) > 0 {
		s["items"] = inferSchema(elems)
	}
	return s
}

// decimalPattern is the form of a decimal in an answer.
const decimalPattern = `^-?[0-9]+(\.[0-9]+)?$`

// isDecimalText reports whether s is written as decimalPattern says.
func isDecimalText(s string) bool {
	s = strings.TrimPrefix(s, "-")
	whole, frac, dot := strings.Cut(s, ".")
	digits := func(d string) bool {
		return d != "" && strings.Trim(d, "0123456789") == ""
	}
	return digits(whole) && (!dot || digits(frac))
}
