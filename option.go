package socialorg

import (
	"bytes"
	"encoding/json"
	"errors"
	"maps"
	"reflect"
	"slices"
	"sync"
)

// Option configures any check of any package. It is one sealed interface for the whole library,
// as go-cmp's Option is: options come from this package's constructors (Supply, Set, Enable) or
// from the packages' own functions built on them (partybuilding.CountProbationary…), compose
// (Options is itself an Option), and a nil Option is ignored. A check ignores options that do not
// concern it, so a service can build one Options value with its assumptions ("Guangzhou's
// minimum fund is …, from our source …") and pass it to every check.
type Option interface {
	apply(config) config
}

// Options is a list of options, itself an Option. Nil entries are ignored.
type Options []Option

func (o Options) apply(c config) config {
	for _, x := range o {
		if x != nil {
			c = x.apply(c)
		}
	}
	return c
}

// Key names a value a caller may supply or set: the key of a suppliable parameter
// (registry.ServiceAgencyMinFunds…), or of a setting (a switch such as
// partybuilding.CountProbationary). Its type parameter makes Supply and Set type-safe.
type Key[T any] struct{ id string }

// NewKey returns the key of a setting that is not a legal value (a switch, an allow-list). Keys of
// legal values come from their parameter (Param.Key). The key is known to the program from then
// on, so that options given as data (ParseOptions) can set it by ID, as a value of the type it was
// first declared with.
func NewKey[T any](id string) Key[T] {
	registerSetting(id, reflect.TypeFor[T](), func(raw json.RawMessage) (any, error) {
		var v T
		err := strictJSON(raw, &v)
		return v, err
	})
	return Key[T]{id: id}
}

// ID returns the key's ID.
func (k Key[T]) ID() string { return k.id }

// Equal reports whether two keys name the same value (go-cmp uses it).
func (k Key[T]) Equal(o Key[T]) bool { return k.id == o.id }

// String returns the key's ID.
func (k Key[T]) String() string { return k.id }

// item is one supplied or set value.
type item struct {
	id    string
	value any
	cite  Citation
	cited bool // supplied with a citation (Supply), as a legal value must be
}

type itemOption item

func (o itemOption) apply(c config) config {
	c.items = append(c.items, item(o))
	return c
}

// Supply gives the value of a parameter the library does not hold (one its sources do not
// confirm) or that the caller decides otherwise, with the caller's source. The value is checked
// when a check reads it (an invalid one makes the check fail with an *InputError naming the key);
// findings that use it cite the caller's source, marked as caller-supplied, and the parameter
// listing (ListParameters) shows it. Supplied values apply at every date. When a key is supplied
// twice, the later one wins.
func Supply[T any](k Key[T], v T, cite Citation) Option {
	return itemOption{id: k.id, value: v, cite: cite, cited: true}
}

// Set gives the value of a setting (a key from NewKey). When a key is set twice, the later one
// wins.
func Set[T any](k Key[T], v T) Option { return itemOption{id: k.id, value: v} }

// Enable turns a switch on: Set(k, true).
func Enable(k Key[bool]) Option { return Set(k, true) }

// config is the options of one check, flattened in order.
type config struct {
	items         []item
	place         string         // In: the place of checks whose input names none
	jurisdictions []Jurisdiction // WithJurisdictions: the caller's, later ones winning
}

// add applies options in order. Options take and return the config by value, so that a
// Checker holding it does not escape to the heap through the interface call.
func (c *config) add(opts []Option) {
	for _, o := range opts {
		if o != nil {
			*c = o.apply(*c)
		}
	}
}

// find returns the last item with the given ID.
func (c *config) find(id string) (item, bool) {
	for i := len(c.items) - 1; i >= 0; i-- {
		if c.items[i].id == id {
			return c.items[i], true
		}
	}
	return item{}, false
}

// Get returns the value set for a setting key in the options of c, and whether one was set.
func Get[T any](c *Checker, k Key[T]) (T, bool) {
	it, ok := c.cfg.find(k.id)
	if !ok {
		var zero T
		return zero, false
	}
	v, ok := it.value.(T)
	return v, ok
}

// Supplied reports whether any of the options supplies or sets the key.
func Supplied[T any](k Key[T], opts ...Option) bool {
	var c config
	c.add(opts)
	_, ok := c.find(k.id)
	return ok
}

// setting is a key a caller may set by ID in options given as data.
type setting struct {
	typ    reflect.Type
	decode func(json.RawMessage) (any, error)
}

var (
	settingsMu sync.Mutex
	settings   = map[string]setting{}
)

func registerSetting(id string, t reflect.Type, decode func(json.RawMessage) (any, error)) {
	settingsMu.Lock()
	defer settingsMu.Unlock()
	if _, ok := settings[id]; !ok {
		settings[id] = setting{typ: t, decode: decode}
	}
}

// Setting describes a key a caller may set by ID in options given as data: its ID and the Go type
// of its value.
type Setting struct {
	ID   string `json:"id"`
	Type string `json:"type"`
}

// Settings lists the settings the program's packages declare (NewKey), by ID: what
// OptionsData.Set accepts.
func Settings() []Setting {
	settingsMu.Lock()
	defer settingsMu.Unlock()
	out := make([]Setting, 0, len(settings))
	for _, id := range slices.Sorted(maps.Keys(settings)) {
		out = append(out, Setting{ID: id, Type: settings[id].typ.String()})
	}
	return out
}

func lookupSetting(id string) (setting, bool) {
	settingsMu.Lock()
	defer settingsMu.Unlock()
	s, ok := settings[id]
	return s, ok
}

// strictJSON decodes raw into v, refusing unknown fields.
func strictJSON(raw json.RawMessage, v any) error {
	d := json.NewDecoder(bytes.NewReader(raw))
	d.DisallowUnknownFields()
	if err := d.Decode(v); err != nil {
		return err
	}
	if d.More() {
		return Invalid("", "", "one JSON value")
	}
	return nil
}

// OptionsData is options as data, the form a service or a file gives them in
// ({"options": {…}}): the place (In), the caller's jurisdictions (WithJurisdictions), the values
// supplied for parameters the sources do not confirm (Supply, by parameter ID, each with its
// source) and the settings (Set, by key ID). ParseOptions reads it; DescribeOptions writes it.
type OptionsData struct {
	In            string                     `json:"in,omitempty"`
	Jurisdictions []Jurisdiction             `json:"jurisdictions,omitempty"`
	Supply        map[string]SuppliedValue   `json:"supply,omitempty"`
	Set           map[string]json.RawMessage `json:"set,omitempty"`
}

// SuppliedValue is a value supplied for a parameter, in JSON, with the caller's source.
type SuppliedValue struct {
	Value json.RawMessage `json:"value"`
	Cite  Citation        `json:"cite"`
}

// Options turns the data into options, checking it: a place that is a six-digit code; a supplied
// value for a parameter a package of the program declares as suppliable, of its type, passing its
// check, with a cited source; a setting a package declares (NewKey), with a value of its type.
// Every problem is an *InputError naming its field ("options.supply.registry.ssa.min-funds.value"),
// all joined.
func (d OptionsData) Options() (Options, error) {
	p := Problems{}
	var out Options
	if d.In != "" {
		if !IsDivisionCode(d.In) {
			p.Add("options.in", d.In, "a GB/T 2260 code: six digits")
		} else {
			out = append(out, In(d.In))
		}
	}
	if len(d.Jurisdictions) > 0 {
		out = append(out, WithJurisdictions(d.Jurisdictions...))
	}
	for _, id := range slices.Sorted(maps.Keys(d.Supply)) {
		sv := d.Supply[id]
		at := "options.supply." + id
		param, ok := lookupParameter(id)
		switch {
		case !ok:
			p.Add(at, id, "the ID of a parameter a package declares (see Parameters)")
			continue
		case !param.Suppliable():
			p.Add(at, id, "a parameter the caller may supply")
			continue
		case sv.Cite.IsZero():
			p.Add(at+".cite", "", "a caller-supplied value needs its source")
			continue
		}
		o, err := param.supplyJSON(sv.Value, sv.Cite, at+".value")
		if err != nil {
			p.AddError(err)
			continue
		}
		out = append(out, o)
	}
	for _, id := range slices.Sorted(maps.Keys(d.Set)) {
		at := "options.set." + id
		st, ok := lookupSetting(id)
		if !ok {
			p.Add(at, id, "the ID of a setting a package declares")
			continue
		}
		v, err := st.decode(d.Set[id])
		if err != nil {
			var list Errors
			var ie *InputError
			if errors.As(err, &list) || errors.As(err, &ie) {
				p.AddUnder(at, err) // the value's own decoder named the problem inside it
			} else {
				p.Add(at, string(d.Set[id]), "a value of type "+st.typ.String())
			}
			continue
		}
		out = append(out, itemOption{id: id, value: v})
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// ParseOptions reads options as data (OptionsData, in JSON) and checks them; unknown keys are
// refused, so that a misspelled option is not silently ignored.
func ParseOptions(data []byte) (Options, error) {
	var d OptionsData
	if err := strictJSON(data, &d); err != nil {
		return nil, jsonProblem(err)
	}
	return d.Options()
}

// DescribeOptions writes options as data: what ParseOptions reads back into equivalent options.
// A value that does not encode to JSON is an error naming its key.
func DescribeOptions(opts ...Option) (OptionsData, error) {
	var c config
	c.add(opts)
	d := OptionsData{In: c.place, Jurisdictions: slices.Clone(c.jurisdictions)}
	for _, it := range c.items {
		raw, err := json.Marshal(it.value)
		if err != nil {
			return OptionsData{}, Invalid(it.id, "", "a value that encodes to JSON")
		}
		if it.cited {
			if d.Supply == nil {
				d.Supply = map[string]SuppliedValue{}
			}
			d.Supply[it.id] = SuppliedValue{Value: raw, Cite: it.cite}
		} else {
			if d.Set == nil {
				d.Set = map[string]json.RawMessage{}
			}
			d.Set[it.id] = raw
		}
	}
	return d, nil
}
