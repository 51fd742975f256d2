// Package enum gives the library's small enums (uint8 values with one text form each) their
// String, MarshalText and UnmarshalText behaviour from one table, so that every enum reads,
// writes and rejects text the same way.
package enum

import (
	"fmt"
	"strings"

	"github.com/socialorg/socialorg"
)

// Names is the text form of an enum: Text[v] is the form of value v. Text[0] is the zero value's
// form; when it is "", the zero value has no text form and is invalid for marshalling.
type Names struct {
	Type string   // Go type name, for messages: "Kind"
	Text []string // index = value
}

// Valid reports whether v has a text form.
func (n Names) Valid(v uint8) bool { return int(v) < len(n.Text) && n.Text[v] != "" }

// String returns v's text form, "" for a zero value without one, and "Type(v)" out of range.
func (n Names) String(v uint8) string {
	if int(v) < len(n.Text) {
		return n.Text[v]
	}
	return fmt.Sprintf("%s(%d)", n.Type, v)
}

// Marshal returns v's text form, or an error for a value without one.
func (n Names) Marshal(v uint8) ([]byte, error) {
	if !n.Valid(v) {
		return nil, socialorg.Invalid(n.Type, v, n.want())
	}
	return []byte(n.Text[v]), nil
}

// Unmarshal returns the value whose text form is b (after trimming spaces), also accepting the
// extra aliases given. An unknown text is an error naming the accepted forms.
func (n Names) Unmarshal(b []byte, aliases map[string]uint8) (uint8, error) {
	s := strings.TrimSpace(string(b))
	for i, t := range n.Text {
		if t != "" && s == t {
			return uint8(i), nil
		}
	}
	if v, ok := aliases[s]; ok {
		return v, nil
	}
	return 0, socialorg.Invalid(n.Type, s, n.want())
}

func (n Names) want() string {
	var forms []string
	for _, t := range n.Text {
		if t != "" {
			forms = append(forms, t)
		}
	}
	return "one of " + strings.Join(forms, ", ")
}

// Decode unmarshals b into *dst through n: the body of every enum's UnmarshalText. On error
// *dst is left as it was.
func Decode[T ~uint8](n Names, b []byte, aliases map[string]uint8, dst *T) error {
	v, err := n.Unmarshal(b, aliases)
	if err != nil {
		return err
	}
	*dst = T(v)
	return nil
}
