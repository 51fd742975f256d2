package socialorg

import (
	"strings"
	"unicode/utf8"
)

// Figure is a finding's figure (Got or Want) as a typed value, for a page or a spreadsheet that
// sorts, filters or charts it: "≥ 70.00%" is {Op: "≥", Number: "70.00", Unit: "%"}, "2024-09-05"
// is {Date: "2024-09-05"}, the value word "yes" is {Word: "yes"}, and a figure of several parts
// ("60 / 0", "≥ 50 / —") lists each in Parts, an absent part ("—") as an empty Figure. The
// display string of the same figure in a reader's language is Finding.GotText or WantText.
type Figure struct {
	Op     string   `json:"op,omitempty"`     // "≥", "≤", ">", "<" or "=": the figure is a bar
	Number string   `json:"number,omitempty"` // a decimal, as written ("30000.00", "70.00" of "70.00%")
	Unit   string   `json:"unit,omitempty"`   // "%" for a percentage, else empty
	Date   string   `json:"date,omitempty"`   // a date, YYYY-MM-DD
	Word   string   `json:"word,omitempty"`   // a value word's key ("yes", "branch"): its text is in the rule's words
	Parts  []Figure `json:"parts,omitempty"`  // the parts of a figure written "a / b"
}

// maxFigure bounds the figures ParseFigure reads: the library writes short figures; a longer one
// (a finding decoded from a caller's JSON) is not typed.
const maxFigure = 64

// ParseFigure reads a finding's figure as the library writes it; words says whether the figure
// is a value word (Finding.GotWords, WantWords). It returns false for a figure it cannot type (a
// name, a check character in brackets, a word followed by a note, anything over 64 bytes): the
// display string is then the only form. It never fails otherwise and costs O(len(s)).
func ParseFigure(s string, words bool) (Figure, bool) {
	if s == "" || len(s) > maxFigure || !utf8.ValidString(s) {
		return Figure{}, false
	}
	if strings.Contains(s, " / ") {
		parts := strings.Split(s, " / ")
		f := Figure{Parts: make([]Figure, len(parts))}
		for i, p := range parts {
			if p == "—" {
				continue
			}
			var ok bool
			if f.Parts[i], ok = parseOne(p, words); !ok {
				return Figure{}, false
			}
		}
		return f, true
	}
	return parseOne(s, words)
}

// parseOne reads a figure of one part: an optional bar ("≥ "), then a number with an optional
// "%", a date, or (when words) a value word.
func parseOne(s string, words bool) (Figure, bool) {
	var f Figure
	for _, op := range [...]string{"≥", "≤", ">", "<", "="} {
		if rest, ok := strings.CutPrefix(s, op+" "); ok {
			f.Op, s = op, rest
			break
		}
	}
	switch {
	case s == "":
		return Figure{}, false
	case words:
		if strings.ContainsAny(s, " /") {
			return Figure{}, false
		}
		f.Word = s
		return f, true
	case isNumber(strings.TrimSuffix(s, "%")):
		if n, ok := strings.CutSuffix(s, "%"); ok {
			f.Number, f.Unit = n, "%"
		} else {
			f.Number = s
		}
		return f, true
	}
	if d, err := ParseDate(s); err == nil && d.String() == s {
		f.Date = s
		return f, true
	}
	return Figure{}, false
}

// isNumber reports whether s is a decimal as the library writes one: an optional minus, digits,
// and optionally a point and digits.
func isNumber(s string) bool {
	s = strings.TrimPrefix(s, "-")
	intPart, frac, hasPoint := strings.Cut(s, ".")
	if intPart == "" || (hasPoint && frac == "") {
		return false
	}
	for _, part := range [...]string{intPart, frac} {
		for i := 0; i < len(part); i++ {
			if part[i] < '0' || part[i] > '9' {
				return false
			}
		}
	}
	return true
}

// GotFigure returns Got as a typed Figure (ParseFigure), false when it has no typed form.
func (f Finding) GotFigure() (Figure, bool) { return ParseFigure(f.Got, f.GotWords) }

// WantFigure returns Want as a typed Figure (ParseFigure), false when it has no typed form.
func (f Finding) WantFigure() (Figure, bool) { return ParseFigure(f.Want, f.WantWords) }
