package main

import (
	"encoding/json"
	"net/http"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
)

// The OpenAPI document is generated from the Go types the service decodes and encodes, by
// reflection over their json tags, with the rules encoding/json follows (promoted fields of
// embedded structs, omitempty and omitzero, the text forms of types that have one). Request
// schemas refuse unknown keys (additionalProperties: false), as the service does; response
// schemas list the keys that are always present as required.
//
// Types with a text form of their own are strings: a Date (format date), a decimal (format
// decimal; a request may also give a JSON number), a credit code (format uscc), an enum (its
// text forms as an enum). A type that writes its own JSON (MarshalJSON) is described by what its
// encoder writes, and one that also reads it back by what its decoder reads, found by probing
// the type (probe.go), not from its fields: so a key a library type adds to its JSON (a money
// field in yuan, a ratio's decimal, a verdict) is in the document without a change here. Every
// exact ratio of an answer is a RatioView (presentRatios).

type mode bool

const (
	inMode  mode = true
	outMode mode = false
)

type genKey struct {
	t reflect.Type
	m mode
}

type gen struct {
	cache   *fieldCache
	collect bool            // first pass: only record the struct types reached in each mode
	reached map[genKey]bool // struct types reached, by mode
	names   map[genKey]string
	schemas map[string]any
	over    map[reflect.Type]string // names given to top-level types
}

// problemItem documents one problem of socialorg.Errors as it encodes.
type problemItem struct {
	Code    string         `json:"code"`
	Field   string         `json:"field,omitempty"`
	Value   string         `json:"value,omitempty"`
	Rule    string         `json:"rule"`
	Message socialorg.Text `json:"message,omitzero"`
}

var (
	dateType         = reflect.TypeFor[socialorg.Date]()
	decimalType      = reflect.TypeFor[decimal.Decimal]()
	creditCodeType   = reflect.TypeFor[registry.CreditCode]()
	rawType          = reflect.TypeFor[json.RawMessage]()
	jurisdictionType = reflect.TypeFor[socialorg.Jurisdiction]()
	errorsType       = reflect.TypeFor[socialorg.Errors]()
	ratioType        = reflect.TypeFor[socialorg.Ratio]()
	optionsDataType  = reflect.TypeFor[socialorg.OptionsData]()
)

func ref(name string) map[string]any { return map[string]any{"$ref": "#/components/schemas/" + name} }

// schema returns the schema of t in mode m: inline for scalars, a $ref for structs.
func (g *gen) schema(t reflect.Type, m mode) map[string]any {
	switch t {
	case dateType:
		return map[string]any{"type": "string", "format": "date", "pattern": `^([0-9]{4}-[0-9]{2}-[0-9]{2})?$`,
			"description": "a civil date, YYYY-MM-DD (empty: unknown)"}
	case decimalType:
		if m == inMode {
			return map[string]any{"type": []any{"string", "number"}, "format": "decimal",
				"description": "an exact decimal, best given as a string (\"12345.67\"); amounts are in yuan with at most two decimal places"}
		}
		return map[string]any{"type": "string", "format": "decimal", "pattern": decimalPattern,
			"description": "an exact decimal as a string; amounts are in yuan"}
	case creditCodeType:
		s := map[string]any{"type": "string", "format": "uscc", "description": "an 18-character unified social credit code (GB 32100-2015)"}
		if m == outMode {
			s["pattern"] = `^([0-9A-Z]{18})?$`
		} else {
			s["maxLength"] = 256
		}
		return s
	case rawType:
		return map[string]any{"description": "any JSON value"}
	case jurisdictionType:
		return g.schema(reflect.TypeFor[socialorg.JurisdictionSpec](), m)
	case errorsType:
		return map[string]any{"type": "array", "items": g.schema(reflect.TypeFor[problemItem](), outMode)}
	case ratioType:
		if m == outMode { // every ratio of an answer is shown as a RatioView (presentRatios)
			return g.schema(reflect.TypeFor[RatioView](), outMode)
		}
	}
	if t.Kind() == reflect.Pointer {
		return map[string]any{"anyOf": []any{g.schema(t.Elem(), m), map[string]any{"type": "null"}}}
	}
	if isInteger(t.Kind()) && implements(t, textMarshaler) {
		return g.enum(t, m)
	}
	if t.Kind() != reflect.Interface {
		if m == outMode && implements(t, textMarshaler) && !implements(t, jsonMarshaler) {
			return map[string]any{"type": "string"}
		}
		if m == inMode && implements(t, textUnmarshaler) && !implements(t, jsonUnmarshaler) {
			return map[string]any{"type": "string"}
		}
		if m == inMode && implements(t, jsonUnmarshaler) && !plainStruct(t) && !g.cache.selfCoded(t) {
			if implements(t, textUnmarshaler) {
				return map[string]any{"type": "string"}
			}
			return map[string]any{"description": "a value with its own JSON form"}
		}
	}
	switch t.Kind() {
	case reflect.Bool:
		return map[string]any{"type": "boolean"}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		s := map[string]any{"type": "integer"}
		if t.Kind() == reflect.Int64 || t.Kind() == reflect.Int {
			s["format"] = "int64"
		}
		return s
	case reflect.Float32, reflect.Float64:
		return map[string]any{"type": "number"}
	case reflect.String:
		return map[string]any{"type": "string"}
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 && !implements(t.Elem(), textMarshaler) {
			return map[string]any{"type": "string", "contentEncoding": "base64"}
		}
		return map[string]any{"type": []any{"array", "null"}, "items": g.schema(t.Elem(), m)}
	case reflect.Array:
		return map[string]any{"type": "array", "items": g.schema(t.Elem(), m), "minItems": t.Len(), "maxItems": t.Len()}
	case reflect.Map:
		return map[string]any{"type": []any{"object", "null"}, "additionalProperties": g.schema(t.Elem(), m)}
	case reflect.Struct:
		return g.structRef(t, m)
	}
	return map[string]any{"description": "any JSON value"}
}

func isInteger(k reflect.Kind) bool {
	switch k {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return true
	}
	return false
}

// enum lists the text forms of an enum: every value 0–255 that encodes; in requests also "" when
// it decodes (the zero value, unset).
func (g *gen) enum(t reflect.Type, m mode) map[string]any {
	var forms []any
	seen := map[string]bool{}
	for i := range 256 {
		v := reflect.New(t).Elem()
		if v.Kind() >= reflect.Uint && v.Kind() <= reflect.Uint64 {
			v.SetUint(uint64(i))
		} else {
			v.SetInt(int64(i))
		}
		tm, ok := v.Interface().(interface{ MarshalText() ([]byte, error) })
		if !ok {
			break
		}
		b, err := tm.MarshalText()
		if err != nil || seen[string(b)] {
			continue
		}
		if len(b) == 0 && m == inMode {
			continue // added below when it decodes
		}
		seen[string(b)] = true
		forms = append(forms, string(b))
	}
	if m == inMode && !seen[""] {
		p := reflect.New(t)
		if tu, ok := p.Interface().(interface{ UnmarshalText([]byte) error }); ok && tu.UnmarshalText(nil) == nil {
			forms = append(forms, "")
		}
	}
	s := map[string]any{"type": "string", "enum": forms}
	if m == inMode {
		s["description"] = "one of the text forms (some enums also accept their Chinese names)"
	}
	return s
}

// structRef returns a $ref to the component of struct t in mode m, building it first.
func (g *gen) structRef(t reflect.Type, m mode) map[string]any {
	k := genKey{t, m}
	if g.collect {
		if g.reached[k] {
			return ref("")
		}
		g.reached[k] = true
		g.structSchema(t, m)
		return ref("")
	}
	name, ok := g.names[k]
	if !ok {
		name = g.nameOf(t, m)
		g.names[k] = name
		g.schemas[name] = nil // reserve: recursive types refer to it while it is built
		g.schemas[name] = g.structSchema(t, m)
	}
	return ref(name)
}

// nameOf names a component: its package and type ("registry.Organization"; the service's own
// types by their type name, or the name a route gives them); a request-side schema of a type
// that responses use too gets ".input".
func (g *gen) nameOf(t reflect.Type, m mode) string {
	name, ok := g.over[t]
	if !ok {
		name = t.Name()
		if i := strings.IndexByte(name, '['); i >= 0 {
			name = name[:i]
		}
		if pkg := t.PkgPath(); pkg != "" && !strings.HasSuffix(pkg, "/cmd/socialorgd") && pkg != "main" {
			name = pkg[strings.LastIndexByte(pkg, '/')+1:] + "." + name
		}
		if name == "" {
			name = "anonymous"
		}
	}
	if m == inMode && g.reached[genKey{t, outMode}] {
		name += ".input"
	}
	return name
}

// structSchema describes the keys of struct t: in answers, those its encoder writes when it has
// one (probedSchema), else its fields; in requests, those its decoder reads when it reads its own
// encoding back, else its fields.
func (g *gen) structSchema(t reflect.Type, m mode) map[string]any {
	if (m == outMode && implements(t, jsonMarshaler)) || (m == inMode && g.cache.selfCoded(t)) {
		return g.probedSchema(t, m)
	}
	fields := g.cache.fields(t)
	props := map[string]any{}
	var required []string
	for _, f := range fields {
		var s map[string]any
		if f.stringOpt {
			s = map[string]any{"type": "string"}
		} else {
			s = g.schema(f.typ, m)
		}
		props[f.name] = s
		if (m == outMode && !f.omit && !f.viaPtr) || (m == inMode && requiredTag(t, f)) {
			required = append(required, f.name)
		}
	}
	if t == optionsDataType && m == inMode {
		props["set"] = g.settingsSchema()
	}
	return objectSchema(props, required)
}

// settingsSchema describes options.set: the value of each known setting by its type, any value for
// the others (the library checks each against the setting's type).
func (g *gen) settingsSchema() map[string]any {
	props := map[string]any{}
	for _, st := range knownSettings {
		props[st.id] = g.schema(st.typ, inMode)
	}
	return map[string]any{"type": []any{"object", "null"}, "properties": props,
		"additionalProperties": map[string]any{"description": "the value of a setting the library declares, by its key ID"}}
}

// probedSchema describes a type with a JSON form of its own by its probes: in answers, every key
// its encoder writes, required when every probe writes it; in requests, every key of its
// encodings it reads back, and its other fields. A key is described by the Go type it was
// matched to, else by the JSON the probes wrote under it. A type whose probes are not objects is
// described by what they are.
func (g *gen) probedSchema(t reflect.Type, m mode) map[string]any {
	p := g.cache.probe(t)
	if !p.object {
		s := inferSchema(p.encodings)
		s["description"] = "a value with its own JSON form"
		return s
	}
	props := map[string]any{}
	var required []string
	for _, k := range p.keys {
		if m == inMode && !k.reads {
			continue
		}
		var s map[string]any
		if k.typ != nil {
			s = g.schema(k.typ, m)
		} else {
			s = inferSchema(k.seen)
			if m == inMode && k.number {
				s["type"] = []any{"string", "number"}
				s["format"] = "decimal"
			}
		}
		props[k.name] = s
		if m == outMode && k.always {
			required = append(required, k.name)
		}
	}
	if m == inMode {
		for _, f := range g.cache.inputFields(t) {
			if _, ok := props[f.name]; !ok && f.typ != nil {
				props[f.name] = g.schema(f.typ, m)
			}
			if requiredTag(t, f) {
				required = append(required, f.name)
			}
		}
	}
	return objectSchema(props, required)
}

// objectSchema is an object with these keys and no others.
func objectSchema(props map[string]any, required []string) map[string]any {
	slices.Sort(required)
	required = slices.Compact(required)
	s := map[string]any{"type": "object", "properties": props, "additionalProperties": false}
	if len(required) > 0 {
		s["required"] = required
	}
	return s
}

// requiredTag reports whether field f of t is tagged `openapi:"required"` (the service's request
// types mark what it refuses to go without).
func requiredTag(t reflect.Type, f jsonField) bool {
	if len(f.index) != 1 {
		return false
	}
	return t.Field(f.index[0]).Tag.Get("openapi") == "required"
}

// openAPI builds the document of the service's routes.
func (s *Server) openAPI() ([]byte, error) {
	g := &gen{cache: &s.cache, reached: map[genKey]bool{}, names: map[genKey]string{}, schemas: map[string]any{}, over: map[reflect.Type]string{}}
	for _, rt := range s.routes {
		if rt.request != nil {
			g.over[rt.request] = rt.requestName
		}
		if rt.response != nil && rt.responseName != "" {
			g.over[rt.response] = rt.responseName
		}
	}
	g.over[reflect.TypeFor[Problem]()] = "Problem"
	build := func() map[string]any {
		paths := map[string]any{}
		for _, rt := range s.routes {
			paths[rt.path] = map[string]any{strings.ToLower(rt.method): g.operation(rt)}
		}
		return paths
	}
	g.collect = true
	build()
	g.collect = false
	paths := build()
	doc := map[string]any{
		"openapi": "3.1.0",
		"info": map[string]any{
			"title":   "socialorgd",
			"version": socialorg.Version,
			"summary": "The reference HTTP service of the socialorg library",
			"description": "Checks of Chinese social-organization governance as practised in Guangzhou (registration, Party coverage, charity spending " +
				"and the public-fundraising qualification, venture grants, Five-Society Linkage matching, assessment grades, obligations). " +
				"Every POST takes {\"as_of\": \"YYYY-MM-DD\", \"input\": {…}, \"options\": {…}}; every answer carries Content-Language (zh-Hans, " +
				"zh-Hant or en, from ?lang= or Accept-Language); every error is an RFC 9457 problem whose errors carry a stable code, the field's " +
				"path in the body, the value, the rule and the message in three languages.",
			"license": map[string]any{"name": "See the LICENSE file of the socialorg repository", "url": "https://github.com/socialorg/socialorg"},
		},
		"paths":      paths,
		"components": map[string]any{"schemas": g.schemas},
	}
	return json.MarshalIndent(doc, "", "  ")
}

var statusText = map[int]string{
	http.StatusBadRequest:            "The input has problems: each names its field, rule and value.",
	http.StatusNotFound:              "No such path.",
	http.StatusMethodNotAllowed:      "The path does not take this method (see Allow).",
	http.StatusRequestEntityTooLarge: "The body is larger than the service reads.",
	http.StatusUnsupportedMediaType:  "The body is not JSON.",
	http.StatusInternalServerError:   "An internal error (logged with the request ID).",
	http.StatusServiceUnavailable:    "No answer within the time limit, or the service is at capacity.",
}

func (g *gen) operation(rt route) map[string]any {
	headers := map[string]any{
		"Content-Language": map[string]any{"required": true, "description": "the language of the texts: zh-Hans, zh-Hant or en", "schema": map[string]any{"type": "string"}},
		"X-Request-ID":     map[string]any{"required": true, "description": "the request's ID (the caller's X-Request-ID when plain, else a new one), as logged", "schema": map[string]any{"type": "string"}},
	}
	params := []any{
		map[string]any{"name": "lang", "in": "query", "required": false, "description": langParam.description, "schema": map[string]any{"type": "string", "maxLength": 64}},
		map[string]any{"name": "Accept-Language", "in": "header", "required": false, "description": "the reader's languages; ?lang= wins", "schema": map[string]any{"type": "string"}},
		map[string]any{"name": "X-Request-ID", "in": "header", "required": false, "description": "the caller's request ID: 1–64 of A–Z a–z 0–9 - _ .", "schema": map[string]any{"type": "string"}},
	}
	for _, q := range rt.query {
		if q.name == "lang" {
			continue
		}
		sc := map[string]any{"type": "string"}
		if q.format != "" {
			sc["format"] = q.format
		}
		params = append(params, map[string]any{"name": q.name, "in": "query", "required": false, "description": q.description, "schema": sc})
	}
	ok := map[string]any{"description": "The answer.", "headers": headers}
	if rt.responseName != "" {
		content := map[string]any{"application/json": map[string]any{"schema": g.schema(rt.response, outMode)}}
		if rt.calendar {
			content["text/calendar"] = map[string]any{"schema": map[string]any{"type": "string", "description": "an iCalendar file (RFC 5545), UIDs from the task IDs"}}
		}
		ok["content"] = content
	} else {
		ok["content"] = map[string]any{"application/json": map[string]any{"schema": map[string]any{"type": "object", "description": "an OpenAPI 3.1 document"}}}
	}
	responses := map[string]any{"200": ok}
	codes := []int{http.StatusBadRequest, http.StatusInternalServerError, http.StatusServiceUnavailable, http.StatusMethodNotAllowed}
	if rt.request != nil {
		codes = append(codes, http.StatusRequestEntityTooLarge, http.StatusUnsupportedMediaType)
	}
	problemSchema := g.schema(reflect.TypeFor[Problem](), outMode)
	for _, c := range codes {
		responses[strconv.Itoa(c)] = map[string]any{"description": statusText[c], "headers": headers,
			"content": map[string]any{"application/problem+json": map[string]any{"schema": problemSchema}}}
	}
	op := map[string]any{"operationId": rt.id, "summary": rt.summary, "description": rt.description, "parameters": params, "responses": responses}
	if rt.request != nil {
		op["requestBody"] = map[string]any{"required": true, "content": map[string]any{"application/json": map[string]any{"schema": g.schema(rt.request, inMode)}}}
	}
	return op
}
