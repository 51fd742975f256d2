package socialorg

import (
	"fmt"

	"golang.org/x/text/language"

	"github.com/socialorg/socialorg/internal/msgcat"
)

// Outcome is the verdict of one check. The zero Outcome is "not evaluated" and never appears on a
// finding the library returns.
type Outcome uint8

// The outcomes of a check.
const (
	Pass          Outcome = iota + 1 // the rule is met
	Fail                             // the rule is broken
	NotApplicable                    // the rule does not apply to this subject (an exemption, another kind…)
)

var outcomeText = [...]string{"", "pass", "fail", "not-applicable"}

// OutcomeOf returns Pass when ok, Fail otherwise: the verdict of a rule that applies.
func OutcomeOf(ok bool) Outcome {
	if ok {
		return Pass
	}
	return Fail
}

// IsValid reports whether o is Pass, Fail or NotApplicable.
func (o Outcome) IsValid() bool { return o >= Pass && o <= NotApplicable }

// String returns "pass", "fail" or "not-applicable" (and "Outcome(n)" for anything else).
func (o Outcome) String() string {
	if o.IsValid() {
		return outcomeText[o]
	}
	return fmt.Sprintf("Outcome(%d)", uint8(o))
}

// MarshalText encodes o as String does; the zero or an unknown Outcome is an error.
func (o Outcome) MarshalText() ([]byte, error) {
	if !o.IsValid() {
		return nil, Invalid("Outcome", uint8(o), "pass, fail or not-applicable")
	}
	return []byte(outcomeText[o]), nil
}

// UnmarshalText decodes "pass", "fail" or "not-applicable".
func (o *Outcome) UnmarshalText(b []byte) error {
	for i := Pass; i <= NotApplicable; i++ {
		if string(b) == outcomeText[i] {
			*o = i
			return nil
		}
	}
	return Invalid("Outcome", string(b), "pass, fail or not-applicable")
}

// Finding is the verdict of one rule on one subject, with everything needed to explain it: the
// observed figure, the required figure and the legal source.
type Finding struct {
	Rule    string   `json:"rule"`    // stable ID, dotted: "charity.spending.minimum"
	Subject string   `json:"subject"` // what was judged: a credit code, a project ID…
	Outcome Outcome  `json:"outcome"`
	Got     string   `json:"got"`  // the observed figure, formatted
	Want    string   `json:"want"` // the required figure, formatted
	Cite    Citation `json:"cite"` // non-empty Document on every finding
}

// Message explains f in the language lang best matches: Simplified Chinese (the default, also for
// languages the library does not speak), Traditional Chinese (zh-Hant, zh-TW, zh-HK…) or English.
//
//	广州市某某协会：社会团体活动资金——不通过（实际 20000.00；要求 ≥ 30000.00）。依据：《社会团体登记管理条例》第十条第一款第（五）项
//
// The rule's title comes from the library's message catalog; a rule the catalog does not know is
// shown by its ID.
func (f Finding) Message(lang language.Tag) string {
	return msgcat.Finding(lang, msgcat.FindingArgs{
		Rule:     f.Rule,
		Subject:  f.Subject,
		Outcome:  f.Outcome.String(),
		Got:      f.Got,
		Want:     f.Want,
		Citation: f.Cite.String(),
	})
}

// Report is the list of findings a check returns, in the order the rules were applied.
type Report struct {
	Findings []Finding `json:"findings"`
}

// OK reports whether no finding failed. An empty report is OK.
func (r Report) OK() bool {
	for i := range r.Findings {
		if r.Findings[i].Outcome == Fail {
			return false
		}
	}
	return true
}

// Failures returns the failed findings, in order (nil when there are none).
func (r Report) Failures() []Finding {
	var out []Finding
	for _, f := range r.Findings {
		if f.Outcome == Fail {
			out = append(out, f)
		}
	}
	return out
}

// Find returns the first finding of the given rule.
func (r Report) Find(rule string) (Finding, bool) {
	for _, f := range r.Findings {
		if f.Rule == rule {
			return f, true
		}
	}
	return Finding{}, false
}

// Count returns how many findings have outcome o.
func (r Report) Count(o Outcome) int {
	n := 0
	for i := range r.Findings {
		if r.Findings[i].Outcome == o {
			n++
		}
	}
	return n
}

// Add appends findings to r.
func (r *Report) Add(fs ...Finding) { r.Findings = append(r.Findings, fs...) }

// Messages returns Message(lang) for every finding, in order.
func (r Report) Messages(lang language.Tag) []string {
	out := make([]string, len(r.Findings))
	for i, f := range r.Findings {
		out[i] = f.Message(lang)
	}
	return out
}
