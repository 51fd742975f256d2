// Package enum gives the library's small enums (uint8 values, each with one text form and one
// name in three languages) their String, MarshalText, UnmarshalText and UnmarshalJSON behaviour
// from one table, so that every enum reads, writes and rejects text the same way, and so that the
// value words a rule uses for an enum come from the enum itself.
//
// It sits above the root package (it builds the root's errors and texts) and below the domain
// packages.
package enum

import (
	"reflect"
	"strconv"
	"strings"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/textjson"
)

// Names is the text form and the names of an enum: Text[v] is the text form of value v and
// Names[v] its name in three languages. Text[0] is the zero value's form; when it is "", the zero
// value means "unset": it encodes as "" and "" decodes to it.
type Names[T ~uint8] struct {
	Type    string           // Go type name, for messages: "Kind"
	Text    []string         // text forms, index = value
	Names   []socialorg.Text // names in three languages, index = value (may be shorter than Text)
	Aliases map[string]T     // other accepted forms (Chinese names…)
	Fold    bool             // accept any case (aliases are then keyed in upper case)
}

// Valid reports whether v has a text form.
func (n *Names[T]) Valid(v T) bool { return int(v) < len(n.Text) && n.Text[v] != "" }

// String returns v's text form, "" for an unset zero value, and "Type(v)" out of range.
func (n *Names[T]) String(v T) string {
	if int(v) < len(n.Text) {
		return n.Text[v]
	}
	return n.Type + "(" + strconv.Itoa(int(v)) + ")"
}

// Name returns v's name in three languages (zero Text when it has none).
func (n *Names[T]) Name(v T) socialorg.Text {
	if int(v) < len(n.Names) {
		return n.Names[v]
	}
	return socialorg.Text{}
}

// Marshal returns v's text form; an unset zero value encodes as "". A value out of range is an
// error.
func (n *Names[T]) Marshal(v T) ([]byte, error) {
	if int(v) >= len(n.Text) || (v != 0 && n.Text[v] == "") {
		return nil, socialorg.Invalid(n.field(), int(v), n.want())
	}
	return []byte(n.Text[v]), nil
}

// Unmarshal sets *dst to the value whose text form is b (after trimming spaces), also accepting
// the aliases; "" is the zero value when it has no form of its own. An unknown text is an error
// naming the accepted forms; *dst is then unchanged.
func (n *Names[T]) Unmarshal(b []byte, dst *T) error {
	s := strings.TrimSpace(string(b[:min(len(b), 256)]))
	if len(b) <= 256 {
		for i, t := range n.Text {
			if (s == t || (n.Fold && strings.EqualFold(s, t))) && (t != "" || i == 0) {
				*dst = T(i)
				return nil
			}
		}
		key := s
		if n.Fold {
			key = strings.ToUpper(s)
		}
		if v, ok := n.Aliases[key]; ok {
			*dst = v
			return nil
		}
	}
	return socialorg.Invalid(n.field(), s, n.want())
}

// DecodeJSON decodes a JSON string as Unmarshal does, for the enum's UnmarshalJSON; an error names the field it was in (see
// package textjson).
func (n *Names[T]) DecodeJSON(b []byte, dst *T) error {
	return textjson.Decode(b, reflect.TypeFor[T](), func(t []byte) error { return n.Unmarshal(t, dst) },
		func(error) string { return n.want() })
}

// Words returns the value words of the enum for a rule's Words: each text form with its name.
func (n *Names[T]) Words() map[string]socialorg.Text {
	out := make(map[string]socialorg.Text, len(n.Names))
	for i, t := range n.Names {
		if i < len(n.Text) && n.Text[i] != "" && !t.IsZero() {
			out[n.Text[i]] = t
		}
	}
	return out
}

func (n *Names[T]) field() string { return strings.ToLower(n.Type[:1]) + n.Type[1:] }

func (n *Names[T]) want() string {
	var forms []string
	for _, t := range n.Text {
		if t != "" {
			forms = append(forms, t)
		}
	}
	return "one of " + strings.Join(forms, ", ")
}
