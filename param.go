package socialorg

import (
	"fmt"
	"slices"
	"strings"
)

// Dated is one regime of a rule parameter: its value, the date it took effect and its legal
// source. Note flags a value that is weaker than the rest (a single secondary source, an article
// number inferred), so that callers and auditors can see it.
type Dated[T any] struct {
	From  Date     `json:"from"`
	Value T        `json:"value"`
	Cite  Citation `json:"cite"`
	Note  string   `json:"note,omitempty"`
}

// Param is a dated rule parameter: a threshold, ratio or term whose value changes when the law
// does. Its regimes are sorted by From; each holds from its From until the next one begins.
// A Param is immutable, and safe for concurrent use. The zero Param has no regimes: At answers
// ErrNotInForce for every date.
//
// Build one with NewParam, or with MustParam in a package-level table.
type Param[T any] struct {
	id     string
	values []Dated[T]
}

// NewParam builds a Param from its regimes, given in any order. It fails when the ID is empty,
// when there is no regime, when a regime has a zero From or no cited document, or when two
// regimes start on the same date. The caller's slice is copied.
func NewParam[T any](id string, values ...Dated[T]) (Param[T], error) {
	if id == "" {
		return Param[T]{}, Invalid("Param.ID", id, "required")
	}
	if len(values) == 0 {
		return Param[T]{}, Invalid(id+".values", 0, "at least one regime")
	}
	vs := slices.Clone(values)
	slices.SortStableFunc(vs, func(a, b Dated[T]) int { return a.From.Compare(b.From) })
	for i, v := range vs {
		field := fmt.Sprintf("%s[%s]", id, v.From)
		switch {
		case v.From.IsZero():
			return Param[T]{}, Invalid(field+".From", "", "a regime needs the date it took effect")
		case v.Cite.IsZero():
			return Param[T]{}, Invalid(field+".Cite", "", "a regime needs a cited document")
		case i > 0 && vs[i-1].From == v.From:
			return Param[T]{}, Invalid(field+".From", v.From, "two regimes start on the same date")
		}
	}
	return Param[T]{id: id, values: vs}, nil
}

// MustParam is NewParam for package-level tables: it panics on a malformed table, which every
// test of the declaring package then reports.
func MustParam[T any](id string, values ...Dated[T]) Param[T] {
	p, err := NewParam(id, values...)
	if err != nil {
		panic(err)
	}
	return p
}

// ID returns the parameter's stable dotted ID, e.g. "registry.socialgroup.min-members".
func (p Param[T]) ID() string { return p.id }

// At returns the value in force on d and its citation. Before the first regime, or for the zero
// Date, it returns an error matching ErrNotInForce.
func (p Param[T]) At(d Date) (T, Citation, error) {
	v, err := p.Lookup(d)
	return v.Value, v.Cite, err
}

// Lookup returns the whole regime in force on d (value, start, citation, note), or an error
// matching ErrNotInForce.
func (p Param[T]) Lookup(d Date) (Dated[T], error) {
	i := p.index(d)
	if i < 0 {
		var first Date
		if len(p.values) > 0 {
			first = p.values[0].From
		}
		return Dated[T]{}, &NotInForceError{Param: p.id, Date: d, First: first}
	}
	return p.values[i], nil
}

func (p Param[T]) index(d Date) int {
	if d.IsZero() {
		return -1
	}
	// Regimes are few (one to four); a backwards scan beats a binary search here.
	for i := len(p.values) - 1; i >= 0; i-- {
		if !d.Before(p.values[i].From) {
			return i
		}
	}
	return -1
}

// Values returns a copy of every regime, oldest first.
func (p Param[T]) Values() []Dated[T] { return slices.Clone(p.values) }

// Entries describes every regime with its value formatted, for listing and auditing parameters
// of any type (see Parameter).
func (p Param[T]) Entries() []Entry {
	out := make([]Entry, len(p.values))
	for i, v := range p.values {
		out[i] = Entry{From: v.From, Value: fmt.Sprint(v.Value), Cite: v.Cite, Note: v.Note}
	}
	return out
}

// Entry is one regime of a parameter with its value formatted as text.
type Entry struct {
	From  Date     `json:"from"`
	Value string   `json:"value"`
	Cite  Citation `json:"cite"`
	Note  string   `json:"note,omitempty"`
}

// SortParameters orders parameters by ID, e.g. after joining the lists of several packages.
func SortParameters(ps []Parameter) {
	slices.SortFunc(ps, func(a, b Parameter) int { return strings.Compare(a.ID(), b.ID()) })
}

// Parameter is what every Param is, whatever its value type: each package of the library lists
// its parameters (registry.Parameters(), …) as Parameters so that callers can print, audit or
// diff the rules a release encodes.
type Parameter interface {
	ID() string
	Entries() []Entry
}
