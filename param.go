package socialorg

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

// Dated is one regime of a rule parameter: its value, the dates it is in force (from From,
// inclusive, until Until, inclusive; zero Until while in force) and its legal source. Note flags
// what is weaker than the rest (a single secondary source, an article number inferred, a date
// known only to the month), so that callers and auditors can see it.
type Dated[T any] struct {
	From  Date     `json:"from"`
	Until Date     `json:"until,omitzero"`
	Value T        `json:"value"`
	Cite  Citation `json:"cite"`
	Note  string   `json:"note,omitempty"`
}

func (v Dated[T]) regime() Regime {
	return Regime{From: v.From, Until: v.Until, Cite: v.Cite, Note: v.Note}
}

// Cloner is implemented by parameter values that hold references (a table of tiers): Param hands
// out Clone()d copies, so that no caller can change a value the library holds.
type Cloner[T any] interface{ Clone() T }

// ParamSpec declares a parameter: its ID, title and unit, its dated values, and whether callers
// may supply a value of their own (Supply), which is how the library takes values its sources do
// not confirm.
type ParamSpec[T any] struct {
	ID    string // dotted, starting with the package's name
	Title Text   // what the value is, in three languages
	// Unit of the value: "yuan", "members", "years", "months", "days", "ratio", "grade", "count",
	// "flag", "table"…
	Unit string
	// Suppliable marks a value the caller may supply, with its own citation; a parameter with no
	// values must be suppliable or local.
	Suppliable bool
	// Local marks a parameter that only jurisdictions set (MustLocal): the nation sets no value,
	// so a place outside every jurisdiction that sets one has none (a check there fails with
	// ErrNotInForce).
	Local bool
	// Check validates a supplied value (for example: an amount ≥ 0 with at most two decimals).
	// It must take bounded time on any input.
	Check  func(T) error
	Values []Dated[T]
}

type paramMeta[T any] struct {
	id         string
	title      Text
	unit       string
	suppliable bool
	check      func(T) error
	cloner     bool // T implements Cloner[T]: values are handed out as copies
	// local holds the values the library declares for jurisdictions (MustLocal), by code. It is
	// written only by package-level declarations, copy on write, and read with one atomic load.
	local atomic.Pointer[map[string][]Dated[T]]
}

// Param is a dated rule parameter: a threshold, ratio or term whose value changes when the law
// does. Its regimes are in date order; each holds from its From until its Until (or until the next
// begins, when it has none). A Param is immutable, and safe for concurrent use: values that hold
// references are handed out as copies. The zero Param has no regimes: At answers ErrNotInForce for
// every date.
//
// Packages declare their parameters with MustParam, which records them in the package's Book.
type Param[T any] struct {
	meta   *paramMeta[T]
	values []Dated[T]
}

// NewParam builds a Param from its spec, without recording it in a book. It fails when the ID is
// not dotted, when a regime has no start or no cited document, when regimes are out of order or
// overlap, or when there is no value and the parameter is not suppliable. The values are copied
// and sorted by start date.
func NewParam[T any](spec ParamSpec[T]) (Param[T], error) {
	var p Problems
	if !dotted.MatchString(spec.ID) {
		p.Add("id", spec.ID, "dotted lower-case ID, e.g. pkg.param-name")
	}
	vs := slices.Clone(spec.Values)
	if isCloner[T]() {
		for i := range vs {
			vs[i].Value = cloneValue(vs[i].Value)
		}
	}
	slices.SortStableFunc(vs, func(a, b Dated[T]) int { return a.From.Compare(b.From) })
	regimes := make([]Regime, len(vs))
	for i, v := range vs {
		regimes[i] = v.regime()
	}
	validateRegimes(&p, "values", regimes, spec.Suppliable || spec.Local)
	if err := p.Err(); err != nil {
		return Param[T]{}, err
	}
	return Param[T]{
		meta:   &paramMeta[T]{id: spec.ID, title: spec.Title, unit: spec.Unit, suppliable: spec.Suppliable, check: spec.Check, cloner: isCloner[T]()},
		values: vs,
	}, nil
}

// MustParam builds a Param from its spec and records it in book b: the way a package declares its
// parameters, in package-level variables. It panics on a malformed spec (every test of the
// declaring package then reports it), on an ID outside the book's prefix or already in the book,
// and on a missing title or unit.
func MustParam[T any](b *Book, spec ParamSpec[T]) Param[T] {
	p, err := NewParam(spec)
	if err == nil && (!spec.Title.complete() || spec.Unit == "") {
		err = Invalid("title", spec.Title.En, "a declared parameter has a title in three languages and a unit")
	}
	if err == nil {
		err = b.addParam(p)
	}
	if err != nil {
		panic(fmt.Sprintf("socialorg: parameter %s: %v", spec.ID, err))
	}
	return p
}

// ID returns the parameter's stable dotted ID, e.g. "registry.socialgroup.min-individual-members".
func (p Param[T]) ID() string {
	if p.meta == nil {
		return ""
	}
	return p.meta.id
}

// Title returns what the parameter is, in three languages.
func (p Param[T]) Title() Text {
	if p.meta == nil {
		return Text{}
	}
	return p.meta.title
}

// Unit returns the unit of the parameter's value ("yuan", "members", "years"…).
func (p Param[T]) Unit() string {
	if p.meta == nil {
		return ""
	}
	return p.meta.unit
}

// Suppliable reports whether a caller may supply the value (Supply).
func (p Param[T]) Suppliable() bool { return p.meta != nil && p.meta.suppliable }

// Key returns the key that supplies a value for this parameter: Supply(p.Key(), value, cite).
// Packages export the keys of their suppliable parameters, never the parameters themselves.
func (p Param[T]) Key() Key[T] { return Key[T]{id: p.ID()} }

// At returns the value in force on d and its citation. Outside every regime, or for the zero
// Date, it returns an error matching ErrNotInForce.
func (p Param[T]) At(d Date) (T, Citation, error) {
	v, err := p.Lookup(d)
	return v.Value, v.Cite, err
}

// Lookup returns the whole regime in force on d (value, dates, citation, note), or an error
// matching ErrNotInForce.
func (p Param[T]) Lookup(d Date) (Dated[T], error) {
	if i := indexAt(p.values, d, Dated[T].regime); i >= 0 {
		v := p.values[i]
		v.Value = p.clone(v.Value)
		return v, nil
	}
	e := &NotInForceError{Param: p.ID(), Date: d}
	if n := len(p.values); n > 0 {
		e.First, e.Last = p.values[0].From, p.values[n-1].Until
	}
	return Dated[T]{}, e
}

// InForce reports whether a regime covers d.
func (p Param[T]) InForce(d Date) bool {
	_, err := p.Lookup(d)
	return err == nil
}

// isCloner reports whether T's values hold references a caller could change through: T
// implements Cloner[T], or is a slice or a map (copied element by element, one level deep). It is
// decided once per parameter so that reading a plain value (an int, a decimal) does not box it
// into an interface.
func isCloner[T any]() bool {
	var zero T
	if _, ok := any(zero).(Cloner[T]); ok {
		return true
	}
	k := reflect.TypeFor[T]().Kind()
	return k == reflect.Slice || k == reflect.Map
}

func cloneValue[T any](v T) T {
	if c, ok := any(v).(Cloner[T]); ok {
		return c.Clone()
	}
	rv := reflect.ValueOf(&v).Elem()
	switch {
	case rv.Kind() == reflect.Slice && !rv.IsNil():
		c := reflect.MakeSlice(rv.Type(), rv.Len(), rv.Len())
		reflect.Copy(c, rv)
		rv.Set(c)
	case rv.Kind() == reflect.Map && !rv.IsNil():
		c := reflect.MakeMapWithSize(rv.Type(), rv.Len())
		for it := rv.MapRange(); it.Next(); {
			c.SetMapIndex(it.Key(), it.Value())
		}
		rv.Set(c)
	}
	return v
}

// clone copies v when T needs it.
func (p Param[T]) clone(v T) T {
	if p.meta != nil && p.meta.cloner {
		return cloneValue(v)
	}
	return v
}

// Values returns a copy of every regime, oldest first.
func (p Param[T]) Values() []Dated[T] {
	out := slices.Clone(p.values)
	for i := range out {
		out[i].Value = p.clone(out[i].Value)
	}
	return out
}

// Read resolves the parameter for a check: the one path every check reads its parameters
// through. A value the caller supplied (Supply) wins, with the caller's citation marked Supplied;
// else the regime in force at the check's date in the check's place (Checker.Place): the values
// of the place's own jurisdiction, then of its parent, up to the nation, where at each level a
// caller's jurisdiction (WithJurisdictions) wins over what the library declares (MustLocal); else
// the national regime. ok is false when there is no value: for a suppliable parameter with no
// value in force and none supplied (the finding then says "unset"), and when an error was
// recorded in c (a supplied value that fails the parameter's check or has no citation; no regime
// in force for a parameter that is not suppliable, which matches ErrNotInForce).
func (p Param[T]) Read(c *Checker) (v T, cite Citation, ok bool) {
	if it, found := c.cfg.find(p.ID()); found {
		return p.readSupplied(c, it)
	}
	d, _, err := p.resolve(c)
	if err != nil {
		if !p.Suppliable() {
			c.Error(err)
		}
		return v, cite, false
	}
	return d.Value, d.Cite, true
}

// ReadOptional is Read for a parameter that holds in some places or periods only (a Local
// parameter, such as a city's own filing deadline): where no value is in force at the check's
// date and place, ok is false and no error is recorded, which means that the rule it sets does not
// apply there. A supplied value is read, and checked, as Read does.
func (p Param[T]) ReadOptional(c *Checker) (v T, cite Citation, ok bool) {
	if it, found := c.cfg.find(p.ID()); found {
		return p.readSupplied(c, it)
	}
	d, _, err := p.resolve(c)
	if err != nil {
		return v, cite, false
	}
	return d.Value, d.Cite, true
}

// readSupplied checks and returns a value the caller supplied.
func (p Param[T]) readSupplied(c *Checker, it item) (v T, cite Citation, ok bool) {
	sv, isT := it.value.(T)
	switch {
	case !isT:
		c.Error(Invalid(Path("supply", p.ID()), it.value, fmt.Sprintf("a value of type %T", v)))
		return v, cite, false
	case !it.cited || it.cite.IsZero():
		c.Error(Invalid(Path("supply", p.ID(), "cite"), "", "a caller-supplied value needs its source"))
		return v, cite, false
	case !p.Suppliable():
		c.Error(Invalid(Path("supply", p.ID()), it.value, "a parameter the caller may supply"))
		return v, cite, false
	}
	if p.meta.check != nil {
		if err := p.meta.check(sv); err != nil {
			c.Error(Invalid(Path("supply", p.ID()), it.value, reason(err)))
			return v, cite, false
		}
	}
	it.cite.Supplied = true
	return sv, it.cite, true
}

// resolve returns the regime in force at the check's date and place, and the code of the
// jurisdiction that set it (NationCode for the national regimes), or an error matching
// ErrNotInForce.
func (p Param[T]) resolve(c *Checker) (Dated[T], string, error) {
	var local map[string][]Dated[T]
	if p.meta != nil {
		if m := p.meta.local.Load(); m != nil {
			local = *m
		}
	}
	if local != nil || len(c.cfg.jurisdictions) > 0 {
		for _, code := range c.chain() {
			for i := len(c.cfg.jurisdictions) - 1; i >= 0; i-- {
				j := c.cfg.jurisdictions[i].data()
				if j.code != code {
					continue
				}
				if o, ok := j.overrides[p.ID()]; ok {
					vs, _ := o.values.([]Dated[T])
					if k := indexAt(vs, c.asOf, Dated[T].regime); k >= 0 {
						v := vs[k]
						v.Value = p.clone(v.Value)
						return v, code, nil
					}
				}
			}
			if vs, ok := local[code]; ok {
				if k := indexAt(vs, c.asOf, Dated[T].regime); k >= 0 {
					v := vs[k]
					v.Value = p.clone(v.Value)
					return v, code, nil
				}
			}
		}
	}
	v, err := p.Lookup(c.asOf)
	if e, ok := err.(*NotInForceError); ok {
		e.Place = c.Place()
	}
	return v, NationCode, err
}

// Resolve is Read for a listing: the value in force at the check's date and place, with where it
// comes from. It records no error in c.
func (p Param[T]) Resolve(c *Checker) (Resolution, error) {
	if it, found := c.cfg.find(p.ID()); found {
		probe := *c
		probe.err = nil
		v, cite, ok := p.readSupplied(&probe, it)
		if !ok {
			return Resolution{}, probe.err
		}
		return Resolution{ID: p.ID(), Place: c.Place(), Value: v, Text: fmt.Sprint(v), Cite: cite}, nil
	}
	d, where, err := p.resolve(c)
	if err != nil {
		return Resolution{}, err
	}
	return Resolution{ID: p.ID(), Place: c.Place(), From: d.From, Until: d.Until, Value: d.Value, Text: fmt.Sprint(d.Value),
		Cite: d.Cite, Note: d.Note, Jurisdiction: where}, nil
}

// Resolution is the value of a parameter at a date and a place, with where it comes from: what a
// service answers when asked "what is this threshold, here, on that day".
type Resolution struct {
	ID    string `json:"id"`
	Place string `json:"place"` // the place asked about
	// Jurisdiction is the code of the jurisdiction whose value holds at Place (Place itself, one
	// of its parents, or NationCode); "" for a value the caller supplied.
	Jurisdiction string   `json:"jurisdiction,omitempty"`
	Value        any      `json:"value"` // typed: an int, a decimal, a table…
	Text         string   `json:"text"`  // the value formatted
	From         Date     `json:"from,omitzero"`
	Until        Date     `json:"until,omitzero"`
	Cite         Citation `json:"cite"`
	Note         string   `json:"note,omitempty"`
}

// Resolve returns the value of the parameter id, declared in book b, at date at, in the place and
// with the jurisdictions and supplied values the options give (In, WithJurisdictions, Supply):
// the same resolution every check uses (Param.Read). Errors: an ID the book does not declare; a
// date or place where the parameter has no value (matching ErrNotInForce, or ErrNotSupplied for
// a suppliable parameter that was not supplied).
func Resolve(b *Book, id string, at Date, opts ...Option) (Resolution, error) {
	var param Parameter
	for _, q := range b.Parameters() {
		if q.ID() == id {
			param = q
			break
		}
	}
	if param == nil {
		return Resolution{}, Invalid("id", id, "a parameter of the book "+b.Name())
	}
	c := NewChecker("", at, opts...)
	if err := c.Err(); err != nil {
		return Resolution{}, err
	}
	if at.IsZero() {
		return Resolution{}, MissingDate("at")
	}
	r, err := param.resolveAny(&c)
	if err != nil && param.Suppliable() && errors.Is(err, ErrNotInForce) {
		return Resolution{}, &notSuppliedError{id: id, cause: err}
	}
	return r, err
}

// notSuppliedError is the error of a suppliable parameter with no value: it matches ErrNotSupplied
// and ErrNotInForce.
type notSuppliedError struct {
	id    string
	cause error
}

func (e *notSuppliedError) Error() string {
	return "socialorg: " + e.id + ": no value in force here; the caller supplies it (Supply)"
}

func (e *notSuppliedError) Is(target error) bool { return target == ErrNotSupplied }
func (e *notSuppliedError) Unwrap() error        { return e.cause }

func (p Param[T]) resolveAny(c *Checker) (Resolution, error) { return p.Resolve(c) }

// supplyJSON decodes a supplied value of the parameter's type from JSON and checks it.
func (p Param[T]) supplyJSON(raw json.RawMessage, cite Citation, at string) (Option, error) {
	var v T
	if err := strictJSON(raw, &v); err != nil {
		return nil, Invalid(at, string(raw), fmt.Sprintf("a value of type %T", v))
	}
	if p.meta != nil && p.meta.check != nil {
		if err := p.meta.check(v); err != nil {
			return nil, Invalid(at, v, reason(err))
		}
	}
	return Supply(p.Key(), v, cite), nil
}

// MustLocal declares the values a parameter takes in one jurisdiction the library declares
// (LookupJurisdiction): Guangzhou's grading cut-offs, a district's cap. A check judging at that
// place, or inside it, reads them before the parent's and the national values (Param.Read). It is
// for package-level declarations (var _ = socialorg.MustLocal(…)), like MustParam, and panics on
// an unknown jurisdiction, a malformed or overlapping regime, a value that fails the parameter's
// check, or a second declaration for the same jurisdiction. It returns the parameter.
func MustLocal[T any](p Param[T], code string, values ...Dated[T]) Param[T] {
	if err := p.addLocal(code, values); err != nil {
		panic(fmt.Sprintf("socialorg: parameter %s in %s: %v", p.ID(), code, err))
	}
	return p
}

func (p Param[T]) addLocal(code string, values []Dated[T]) error {
	if p.meta == nil {
		return Invalid("id", "", "a declared parameter")
	}
	if _, ok := LookupJurisdiction(code); !ok {
		return Invalid("jurisdiction", code, "a jurisdiction the library declares (LookupJurisdiction)")
	}
	vs, err := p.checkValues(values, "values")
	if err != nil {
		return err
	}
	localMu.Lock()
	defer localMu.Unlock()
	old := p.meta.local.Load()
	next := map[string][]Dated[T]{}
	if old != nil {
		if _, dup := (*old)[code]; dup {
			return Invalid("jurisdiction", code, "declared once per parameter")
		}
		for k, v := range *old {
			next[k] = v
		}
	}
	next[code] = vs
	p.meta.local.Store(&next)
	bookGen.Add(1)
	return nil
}

// localMu serializes declarations of local values (package initialization; never on a read path).
var localMu sync.Mutex

// checkValues copies, sorts and checks a list of regimes for the parameter: each with a start and
// a cited document, in order without overlap, each value passing the parameter's check.
func (p Param[T]) checkValues(values []Dated[T], field string) ([]Dated[T], error) {
	var pr Problems
	vs := slices.Clone(values)
	if isCloner[T]() {
		for i := range vs {
			vs[i].Value = cloneValue(vs[i].Value)
		}
	}
	slices.SortStableFunc(vs, func(a, b Dated[T]) int { return a.From.Compare(b.From) })
	regimes := make([]Regime, len(vs))
	for i, v := range vs {
		regimes[i] = v.regime()
		if p.meta != nil && p.meta.check != nil {
			if err := p.meta.check(v.Value); err != nil {
				pr.Add(Path(field, i, "value"), v.Value, reason(err))
			}
		}
	}
	validateRegimes(&pr, field, regimes, false)
	if err := pr.Err(); err != nil {
		return nil, err
	}
	return vs, nil
}

// override checks a caller's values for the parameter (ParamOverrides) and returns them typed.
func (p Param[T]) override(o ParamOverrides, at string) (override, error) {
	values, typed := o.typed.([]Dated[T])
	if o.typed != nil && !typed {
		var zero T
		return override{}, Invalid(Path(at, "values"), o.ID, fmt.Sprintf("values of type %T", zero))
	}
	if !typed {
		var raws []json.RawMessage
		if err := json.Unmarshal(o.Values, &raws); err != nil {
			return override{}, Invalid(Path(at, "values"), "", "a list of dated values")
		}
		values = make([]Dated[T], len(raws))
		for i, raw := range raws {
			d := json.NewDecoder(bytes.NewReader(raw))
			d.DisallowUnknownFields()
			if err := d.Decode(&values[i]); err != nil {
				ie := jsonProblem(err).(*InputError)
				ie.Field = Path(at, "values", i) + fieldSuffix(ie.Field)
				return override{}, ie
			}
		}
	}
	vs, err := p.checkValues(values, Path(at, "values"))
	if err != nil {
		return override{}, err
	}
	raw, err := json.Marshal(vs)
	if err != nil {
		return override{}, Invalid(Path(at, "values"), o.ID, "values that encode to JSON")
	}
	entries := make([]Entry, len(vs))
	for i, v := range vs {
		entries[i] = Entry{From: v.From, Until: v.Until, Value: fmt.Sprint(v.Value), Cite: v.Cite, Note: v.Note}
	}
	return override{values: vs, entries: entries, raw: raw}, nil
}

// fieldSuffix turns the field of a decoding error inside a list of regimes ("value", "from") into
// a path suffix (".value").
func fieldSuffix(f string) string {
	if f == "" {
		return ""
	}
	return "." + f
}

// Local returns the values the library declares for the parameter in each jurisdiction, by code
// (nil when there are none).
func (p Param[T]) Local() map[string][]Dated[T] {
	if p.meta == nil {
		return nil
	}
	m := p.meta.local.Load()
	if m == nil {
		return nil
	}
	out := make(map[string][]Dated[T], len(*m))
	for code, vs := range *m {
		c := slices.Clone(vs)
		for i := range c {
			c[i].Value = p.clone(c[i].Value)
		}
		out[code] = c
	}
	return out
}

// Entries describes every regime with its value formatted as text (with the value's String
// method, which every struct value of the library has), for listing and auditing.
func (p Param[T]) Entries() []Entry {
	out := make([]Entry, len(p.values))
	for i, v := range p.values {
		out[i] = Entry{From: v.From, Until: v.Until, Value: fmt.Sprint(v.Value), Cite: v.Cite, Note: v.Note}
	}
	return out
}

// LocalEntries describes the values the library declares for the parameter in each
// jurisdiction, by code, formatted as Entries does (nil when there are none).
func (p Param[T]) LocalEntries() map[string][]Entry {
	local := p.Local()
	if local == nil {
		return nil
	}
	out := make(map[string][]Entry, len(local))
	for code, vs := range local {
		es := make([]Entry, len(vs))
		for i, v := range vs {
			es[i] = Entry{From: v.From, Until: v.Until, Value: fmt.Sprint(v.Value), Cite: v.Cite, Note: v.Note}
		}
		out[code] = es
	}
	return out
}

// Listing describes the parameter for a listing, with the value the options supply, if any.
func (p Param[T]) Listing(opts ...Option) Listing {
	l := Listing{ID: p.ID(), Title: p.Title(), Unit: p.Unit(), Suppliable: p.Suppliable(), Regimes: p.Entries(), Jurisdictions: p.LocalEntries()}
	var cfg config
	cfg.add(opts)
	if it, ok := cfg.find(p.ID()); ok {
		c := it.cite
		c.Supplied = true
		l.Supplied = &Entry{Value: Short(it.value), Cite: c}
	}
	return l
}

// ParamData is the JSON form of a parameter, the schema a book exports and a caller's
// jurisdiction reads (ParseJurisdiction): what it is, and its dated values typed, national and by
// jurisdiction.
type ParamData[T any] struct {
	ID            string                `json:"id"`
	Title         Text                  `json:"title"`
	Unit          string                `json:"unit"`
	Suppliable    bool                  `json:"suppliable,omitempty"`
	Values        []Dated[T]            `json:"values"`
	Jurisdictions map[string][]Dated[T] `json:"jurisdictions,omitempty"`
}

// MarshalJSON encodes the parameter as its ParamData: {"id", "title", "unit", "suppliable",
// "values": [{"from", "until", "value", "cite", "note"}], "jurisdictions": {"440100": […]}}.
func (p Param[T]) MarshalJSON() ([]byte, error) {
	vs := p.Values()
	if vs == nil {
		vs = []Dated[T]{}
	}
	return json.Marshal(ParamData[T]{ID: p.ID(), Title: p.Title(), Unit: p.Unit(), Suppliable: p.Suppliable(), Values: vs, Jurisdictions: p.Local()})
}

// UnmarshalJSON decodes what MarshalJSON encodes. The result is checked as NewParam checks a
// spec, and each jurisdiction's values as MustLocal checks them; its local values are its own
// (they do not change the parameter a package declares).
func (p *Param[T]) UnmarshalJSON(b []byte) error {
	var in ParamData[T]
	if err := json.Unmarshal(b, &in); err != nil {
		return err
	}
	q, err := NewParam(ParamSpec[T]{ID: in.ID, Title: in.Title, Unit: in.Unit, Suppliable: in.Suppliable, Values: in.Values})
	if err != nil {
		return err
	}
	if len(in.Jurisdictions) > 0 {
		local := make(map[string][]Dated[T], len(in.Jurisdictions))
		for _, code := range slices.Sorted(maps.Keys(in.Jurisdictions)) {
			if !IsDivisionCode(code) {
				return Invalid(Path("jurisdictions", code), code, "a GB/T 2260 code: six digits")
			}
			vs, err := q.checkValues(in.Jurisdictions[code], Path("jurisdictions", code))
			if err != nil {
				return err
			}
			local[code] = vs
		}
		q.meta.local.Store(&local)
	}
	*p = q
	return nil
}

func (Param[T]) parameter() {}

// Entry is one regime of a parameter with its value formatted as text.
type Entry struct {
	From  Date     `json:"from,omitzero"`
	Until Date     `json:"until,omitzero"`
	Value string   `json:"value"`
	Cite  Citation `json:"cite"`
	Note  string   `json:"note,omitempty"`
}

// Listing is a parameter as a listing shows it: what it is, its regimes, and the value a caller
// supplied (nil when none).
type Listing struct {
	ID         string  `json:"id"`
	Title      Text    `json:"title"`
	Unit       string  `json:"unit"`
	Suppliable bool    `json:"suppliable,omitempty"`
	Regimes    []Entry `json:"regimes"`
	// Jurisdictions are the values the library declares for particular jurisdictions, by code.
	Jurisdictions map[string][]Entry `json:"jurisdictions,omitempty"`
	Supplied      *Entry             `json:"supplied,omitempty"`
}

// Parameter is what every Param is, whatever its value type: each package of the library lists
// its parameters (registry.Parameters(), …) as Parameters so that callers can print, audit or
// diff the rules a release encodes. It encodes to JSON as its Listing.
type Parameter interface {
	ID() string
	Title() Text
	Unit() string
	Suppliable() bool
	Entries() []Entry
	LocalEntries() map[string][]Entry
	Listing(opts ...Option) Listing
	parameter()
	override(o ParamOverrides, at string) (override, error)
	resolveAny(c *Checker) (Resolution, error)
	supplyJSON(raw json.RawMessage, cite Citation, at string) (Option, error)
}

// SortParameters orders parameters by ID, e.g. after joining the lists of several packages.
func SortParameters(ps []Parameter) {
	slices.SortFunc(ps, func(a, b Parameter) int { return strings.Compare(a.ID(), b.ID()) })
}

// LookupParam finds the parameter with the given ID in a listing and returns it with its value
// type: LookupParam[int](registry.Parameters(), "registry.socialgroup.min-unit-members").
func LookupParam[T any](ps []Parameter, id string) (Param[T], bool) {
	for _, p := range ps {
		if p.ID() == id {
			q, ok := p.(Param[T])
			return q, ok
		}
	}
	return Param[T]{}, false
}

// ListParameters returns the listing of each parameter with the values the options supply: what
// a service shows as "the rules and assumptions in use".
func ListParameters(ps []Parameter, opts ...Option) []Listing {
	out := make([]Listing, len(ps))
	for i, p := range ps {
		out[i] = p.Listing(opts...)
	}
	return out
}

// Revision is a change between two dates in what a parameter or rule says: a regime that began,
// ended or was replaced. Before and After are the regimes in force at the two dates (nil when none
// was). Jurisdiction is the code of the jurisdiction whose values changed ("" for the national
// regimes and for rules).
type Revision struct {
	ID           string `json:"id"`
	Title        Text   `json:"title"`
	Jurisdiction string `json:"jurisdiction,omitempty"`
	Before       *Entry `json:"before,omitempty"`
	After        *Entry `json:"after,omitempty"`
}

// Revisions lists the parameters and rules whose regime in force at to differs from the one in
// force at from, nationally and in each jurisdiction a parameter has values for, by ID then
// jurisdiction: what a caller must re-check when the date of a check moves. It is never nil.
func Revisions(from, to Date, ps []Parameter, rules []Rule) []Revision {
	out := []Revision{}
	at := func(es []Entry, d Date) *Entry {
		i := indexAt(es, d, func(e Entry) Regime { return Regime{From: e.From, Until: e.Until, Cite: e.Cite} })
		if i < 0 {
			return nil
		}
		e := es[i]
		return &e
	}
	add := func(id, where string, title Text, es []Entry) {
		a, b := at(es, from), at(es, to)
		if (a == nil) != (b == nil) || (a != nil && *a != *b) {
			out = append(out, Revision{ID: id, Title: title, Jurisdiction: where, Before: a, After: b})
		}
	}
	for _, p := range ps {
		add(p.ID(), "", p.Title(), p.Entries())
		local := p.LocalEntries()
		for _, code := range slices.Sorted(maps.Keys(local)) {
			add(p.ID(), code, p.Title(), local[code])
		}
	}
	for _, r := range rules {
		es := make([]Entry, len(r.Regimes))
		for i, g := range r.Regimes {
			es[i] = Entry{From: g.From, Until: g.Until, Cite: g.Cite, Note: g.Note}
		}
		add(string(r.ID), "", r.Title, es)
	}
	slices.SortStableFunc(out, func(a, b Revision) int {
		if c := cmp.Compare(a.ID, b.ID); c != 0 {
			return c
		}
		return cmp.Compare(a.Jurisdiction, b.Jurisdiction)
	})
	return out
}
