package socialorg

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// ErrNotInForce is matched (errors.Is) by every error that asks for a rule at a date when no
// regime of it was in force: before its first version took effect, after its last one ended, or
// at the zero (unknown) Date.
var ErrNotInForce = errors.New("socialorg: no regime in force at that date")

// ErrInvalidInput is matched (errors.Is) by every *InputError: input that breaks the shape or the
// invariants a function documents.
var ErrInvalidInput = errors.New("socialorg: invalid input")

// ErrNotSupplied is matched by the error of a caller-supplied parameter (one the sources do not
// confirm, so the library holds no value) that the caller did not supply.
var ErrNotSupplied = errors.New("socialorg: value not supplied")

// NotInForceError says which rule or parameter was asked about, at which date, and when it was in
// force. It matches ErrNotInForce.
type NotInForceError struct {
	Param string `json:"param"`           // the rule's or parameter's ID, e.g. "charity.pf.min-years-registered"
	Date  Date   `json:"date,omitzero"`   // the date asked about (zero when unknown)
	First Date   `json:"first,omitzero"`  // when the earliest regime took effect (zero when there is none)
	Last  Date   `json:"last,omitzero"`   // the last day of the latest regime, when it has ended (zero while open)
	Place string `json:"place,omitempty"` // the place asked about, when the check had one
}

// Error describes the error in one line.
func (e *NotInForceError) Error() string {
	switch {
	case e.First.IsZero() && e.Place != "":
		return fmt.Sprintf("socialorg: %s: no regime in force in %s on %s", e.Param, cut(e.Place), e.Date)
	case e.First.IsZero():
		return fmt.Sprintf("socialorg: %s: no regime", e.Param)
	case e.Date.IsZero():
		return fmt.Sprintf("socialorg: %s: date unknown (first in force %s)", e.Param, e.First)
	case !e.Last.IsZero() && e.Date.After(e.Last):
		return fmt.Sprintf("socialorg: %s: not in force on %s (in force %s to %s)", e.Param, e.Date, e.First, e.Last)
	}
	return fmt.Sprintf("socialorg: %s: not in force on %s (first in force %s)", e.Param, e.Date, e.First)
}

// Is makes errors.Is(err, ErrNotInForce) true.
func (e *NotInForceError) Is(target error) bool { return target == ErrNotInForce }

// Messages says what Error says, in three languages.
func (e *NotInForceError) Messages() Text {
	var t Text
	for i, l := range [3]struct{ none, unknown, ended, before string }{
		{"%s：%s无有效规定", "%s：日期未知（%s起生效）", "%s：%s不在有效期内（有效期 %s 至 %s）", "%s：%s不在有效期内（%s起生效）"},
		{"%s：%s無有效規定", "%s：日期未知（%s起生效）", "%s：%s不在有效期內（有效期 %s 至 %s）", "%s：%s不在有效期內（%s起生效）"},
		{"%s: no regime in force %s", "%s: date unknown (first in force %s)", "%s: not in force on %s (in force %s to %s)", "%s: not in force on %s (first in force %s)"},
	} {
		id := cutTo(e.Param, 128)
		var s string
		switch {
		case e.First.IsZero():
			where := ""
			if e.Place != "" {
				where = cut(e.Place) + " " + e.Date.String()
				if i == 2 {
					where = "in " + cut(e.Place) + " on " + e.Date.String()
				}
			}
			s = fmt.Sprintf(l.none, id, where)
		case e.Date.IsZero():
			s = fmt.Sprintf(l.unknown, id, e.First)
		case !e.Last.IsZero() && e.Date.After(e.Last):
			s = fmt.Sprintf(l.ended, id, e.Date, e.First, e.Last)
		default:
			s = fmt.Sprintf(l.before, id, e.Date, e.First)
		}
		switch i {
		case 0:
			t.Hans = s
		case 1:
			t.Hant = s
		default:
			t.En = s
		}
	}
	return t
}

// InputError reports one bad input: which field, what value it had, and which rule it breaks.
// It matches ErrInvalidInput, and also Err when Err is set (a package's own sentinel, such as
// registry.ErrInvalidCreditCode).
//
// Field is the JSON path of the field ("organization.funds", "parts[0].share"); Value is the
// offending value, cut to a short prefix (an error never echoes a long input); Rule is one short
// phrase.
//
// Code is the problem's stable code, for programs and translations: the package that found it
// (when known), the field's path without indices and the kind of problem, as in
// "registry.organization.name.too_long". Message renders the problem in Simplified Chinese,
// Traditional Chinese or English.
type InputError struct {
	Field string `json:"field"`
	Value string `json:"value"`
	Rule  string `json:"rule"`
	Code  string `json:"code,omitempty"`
	Err   error  `json:"-"`
}

// Error describes the error in one line.
//
// The message is bounded whatever the fields hold: the field is cut to 128 bytes, the value to
// 64 and the rule to 256, so that no error echoes a long input even when it was built by hand.
func (e *InputError) Error() string {
	return "socialorg: invalid " + cutTo(e.Field, 128) + " = " + strconv.Quote(cut(e.Value)) + ": " + cutTo(e.Rule, 256)
}

// Is makes errors.Is(err, ErrInvalidInput) true.
func (e *InputError) Is(target error) bool { return target == ErrInvalidInput }

// Unwrap returns the package sentinel, if any.
func (e *InputError) Unwrap() error { return e.Err }

// Invalid returns an *InputError for field, formatting value with Short, with its code (Code).
func Invalid(field string, value any, rule string) *InputError {
	return &InputError{Field: field, Value: Short(value), Rule: rule, Code: ProblemCode("", field, rule)}
}

// maxEcho is the most of an input an error repeats.
const maxEcho = 64

// Short formats a value for an error message at bounded cost: a string or byte slice is cut to
// its first 64 bytes (at a character boundary) followed by "…"; a decimal whose exponent or
// coefficient is too large to print cheaply is described by its size; a slice, array or map of
// more than a few elements is described by its type and length; a nil pointer is "<nil>"; a
// String method that panics is described, not propagated; anything else is formatted with fmt
// and cut the same way. Short never panics.
func Short(v any) string {
	switch x := v.(type) {
	case nil:
		return "<nil>"
	case string:
		return cut(x)
	case []byte:
		return cut(string(x[:min(len(x), maxEcho+1)]))
	case decimal.Decimal:
		return ShortDecimal(x)
	case *decimal.Decimal:
		if x == nil {
			return "<nil>"
		}
		return ShortDecimal(*x)
	case Date:
		return x.String()
	case bool:
		return strconv.FormatBool(x)
	case int:
		return strconv.Itoa(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case uint64:
		return strconv.FormatUint(x, 10)
	case error:
		return safeString(v, x.Error)
	case fmt.Stringer:
		return safeString(v, x.String)
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Pointer, reflect.Interface:
		if rv.IsNil() {
			return "<nil>"
		}
	case reflect.Slice, reflect.Map, reflect.Array:
		if rv.Len() > maxElems {
			return fmt.Sprintf("(%s of %d elements)", cut(rv.Type().String()), rv.Len())
		}
	}
	return safeString(v, func() string { return fmt.Sprint(v) })
}

// maxElems is the most elements of a slice, array or map Short formats.
const maxElems = 8

// safeString calls f, a String or Error method of v, cutting its result; a nil pointer receiver
// gives "<nil>" and a panic gives a description of v's type instead of propagating.
func safeString(v any, f func() string) (s string) {
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.Pointer && rv.IsNil() {
		return "<nil>"
	}
	defer func() {
		if recover() != nil {
			s = "(" + cut(reflect.TypeOf(v).String()) + " whose String method panicked)"
		}
	}()
	return cut(f())
}

func cut(s string) string { return cutTo(s, maxEcho) }

// cutTo cuts s to its first n bytes, at a character boundary, followed by "…".
func cutTo(s string, n int) string {
	if len(s) <= n {
		return s
	}
	s = s[:n]
	for len(s) > 0 && !utf8.ValidString(s) {
		s = s[:len(s)-1]
	}
	return s + "…"
}

// ShortDecimal formats d for an error message at bounded cost: in full when it is small, else as
// its leading digits and its exponent ("1234…e+2147483646"), without ever expanding the
// exponent.
func ShortDecimal(d decimal.Decimal) string {
	exp := d.Exponent()
	c := d.Coefficient()
	if exp >= -40 && exp <= 40 && c.BitLen() <= 200 {
		return cut(d.String())
	}
	// The coefficient may be long: print a bounded number of its leading digits only when it is
	// small enough to convert quickly, else its size.
	if c.BitLen() > 4096 {
		return fmt.Sprintf("(a decimal of about %d digits, exponent %d)", c.BitLen()*3/10, exp)
	}
	s := c.String()
	if len(s) > 20 {
		s = s[:20] + "…"
	}
	return s + "e" + strconv.FormatInt(int64(exp), 10)
}

// Problems gathers the problems of one input so that a Validate method can report them all,
// joined, rather than the first only. It keeps at most 50 problems and counts the rest, so that an
// input with a million bad entries costs little. The zero Problems is ready to use.
type Problems struct {
	// Sentinel, when set, is the package sentinel every problem added from then on matches
	// (InputError.Err): charity.ErrLedger for a refused ledger entry, for example.
	Sentinel error
	// Package, when set, is the name of the package whose input is checked ("registry"): the
	// first part of every problem's code.
	Package string
	errs    []error
	more    int
}

// maxProblems bounds the problems one Problems keeps.
const maxProblems = 50

// Add records a problem with a field (its JSON path), its value (formatted with Short) and the
// rule it breaks.
func (p *Problems) Add(field string, value any, rule string) {
	if len(p.errs) >= maxProblems {
		p.more++
		return
	}
	e := &InputError{Field: field, Value: Short(value), Rule: rule, Code: ProblemCode(p.Package, field, rule), Err: p.Sentinel}
	p.errs = append(p.errs, e)
}

// AddError records an error as it is (an error from a nested Validate, already joined).
func (p *Problems) AddError(err error) {
	if err == nil {
		return
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range j.Unwrap() {
			p.AddError(e)
		}
		return
	}
	if len(p.errs) >= maxProblems {
		p.more++
		return
	}
	if ie, ok := err.(*InputError); ok && ((ie.Err == nil && p.Sentinel != nil) || (p.Package != "" && !strings.HasPrefix(ie.Code, p.Package+"."))) {
		c := *ie
		if c.Err == nil {
			c.Err = p.Sentinel
		}
		if p.Package != "" && !strings.HasPrefix(c.Code, p.Package+".") {
			c.Code = p.Package + "." + c.Code
		}
		err = &c
	}
	p.errs = append(p.errs, err)
}

// AddUnder records the problems of a nested input's Validate with their fields under prefix
// (a part's "amount" becomes "parts[3].amount"). A problem keeps its code: the code names the
// kind of problem in the type that found it, wherever that input sits; the field says where.
func (p *Problems) AddUnder(prefix string, err error) {
	if err == nil {
		return
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range j.Unwrap() {
			p.AddUnder(prefix, e)
		}
		return
	}
	ie, ok := err.(*InputError)
	if !ok {
		p.AddError(err)
		return
	}
	c := *ie
	switch {
	case c.Field == "" || c.Field == "…":
		c.Field = prefix
	case prefix != "":
		c.Field = prefix + "." + c.Field
	}
	if c.Code == "" && c.Field != "…" {
		c.Code = ProblemCode(p.Package, c.Field, c.Rule)
	}
	p.AddError(&c)
}

// Len returns the number of problems recorded.
func (p *Problems) Len() int { return len(p.errs) + p.more }

// Err returns the problems as an Errors list (nil when there are none). When more problems were
// found than kept, a last error says how many were left out.
func (p *Problems) Err() error {
	if p.Len() == 0 {
		return nil
	}
	errs := slices.Clone(p.errs)
	if p.more > 0 {
		errs = append(errs, &InputError{Field: "…", Value: strconv.Itoa(p.more), Rule: "more problems not listed", Code: "more", Err: p.Sentinel})
	}
	return Errors(errs)
}

// Path joins a JSON path: Path("parts", 3, "share") is "parts[3].share". Strings are field
// names, ints are indexes.
func Path(parts ...any) string {
	var b strings.Builder
	for _, p := range parts {
		switch x := p.(type) {
		case int:
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(x))
			b.WriteByte(']')
		case string:
			if x == "" {
				continue
			}
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(x)
		}
	}
	return b.String()
}
