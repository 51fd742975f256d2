package socialorg

import (
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

// String returns "pass", "fail" or "not-applicable" ("" for the zero Outcome, "Outcome(n)" for
// anything else).
func (o Outcome) String() string {
	if int(o) < len(outcomeText) {
		return outcomeText[o]
	}
	return "Outcome(" + itoa(int(o)) + ")"
}

// Text returns the outcome's name in three languages.
func (o Outcome) Text() Text {
	i := int(o)
	if !o.IsValid() {
		i = 0
	}
	return Text{msgcat.OutcomeText(i, msgcat.Hans), msgcat.OutcomeText(i, msgcat.Hant), msgcat.OutcomeText(i, msgcat.En)}
}

// MarshalText encodes o as String does; the zero Outcome encodes as "". An unknown Outcome is an
// error.
func (o Outcome) MarshalText() ([]byte, error) {
	if int(o) >= len(outcomeText) {
		return nil, Invalid("outcome", int(o), "pass, fail or not-applicable")
	}
	return []byte(outcomeText[o]), nil
}

// UnmarshalText decodes "pass", "fail", "not-applicable", or "" for the zero Outcome.
func (o *Outcome) UnmarshalText(b []byte) error {
	for i := range outcomeText {
		if string(b) == outcomeText[i] {
			*o = Outcome(i)
			return nil
		}
	}
	return Invalid("outcome", string(b), "pass, fail or not-applicable")
}

// Finding is the verdict of one rule on one subject, with everything needed to explain it: the
// observed figure, the required figure and the legal source. GotWords and WantWords say that Got
// or Want is made of value words (yes, none, joint-branch…) that Message translates; otherwise
// they are figures or user text, which Message shows as they are.
type Finding struct {
	Rule      RuleID   `json:"rule"`    // stable ID, dotted: "charity.spending.minimum"
	Subject   string   `json:"subject"` // what was judged: a credit code, a project ID…
	Outcome   Outcome  `json:"outcome"`
	Got       string   `json:"got"`  // the observed figure, formatted
	Want      string   `json:"want"` // the required figure, formatted
	Cite      Citation `json:"cite"` // non-empty Document on every finding
	GotWords  bool     `json:"got_words,omitempty"`
	WantWords bool     `json:"want_words,omitempty"`
}

// Message explains f in the language lang best matches (MatchLanguage): Simplified Chinese (the
// default, also for languages the library does not speak), Traditional Chinese (zh-Hant, zh-TW,
// zh-HK…) or English.
//
//	广州市某某协会：社会团体活动资金（元）——不通过（实际 20000.00；要求 ≥ 30000.00）。依据：《社会团体登记管理条例》（国务院令第250号，2016年修订）第十条第一款第（五）项
//
// The rule's title and value words are those it was declared with; a rule nobody declared is
// shown by its ID. Subject and user text are never translated.
func (f Finding) Message(lang language.Tag) string {
	a := f.args()
	return string(msgcat.Append(make([]byte, 0, msgcat.Len(a)), langOf(lang), a))
}

// AppendMessage appends Message(lang) to b.
func (f Finding) AppendMessage(b []byte, lang language.Tag) []byte {
	return msgcat.Append(b, langOf(lang), f.args())
}

func (f Finding) args() msgcat.Args {
	return msgcat.Args{
		Rule: string(f.Rule), Subject: f.Subject, Outcome: int(min(f.Outcome, 3)),
		Got: f.Got, Want: f.Want, GotWords: f.GotWords, WantWords: f.WantWords,
		Cite: f.Cite.Document, Article: f.Cite.Article, Supplied: f.Cite.Supplied,
	}
}

// Report is the list of findings a check returns, in the order the rules were applied. Every
// report the library returns has a non-nil list, which JSON encodes as [] when empty.
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
func (r Report) Find(rule RuleID) (Finding, bool) {
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
	i := langOf(lang)
	for n, f := range r.Findings {
		a := f.args()
		out[n] = string(msgcat.Append(make([]byte, 0, msgcat.Len(a)), i, a))
	}
	return out
}
