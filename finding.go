package socialorg

import (
	"strconv"

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
//
// Undecided marks a rule that applies but could not be decided: a value it needs is not set (a
// parameter the sources do not confirm and the caller did not supply) or the input does not say
// (an unknown severity). Its Outcome is NotApplicable, so it fails nothing, but it keeps the
// verdict from being clean (Report.Verdict is Undecided): a bar the library cannot judge is never
// silently dropped.
type Finding struct {
	Rule      RuleID   `json:"rule"`    // stable ID, dotted: "charity.spending.minimum"
	Subject   string   `json:"subject"` // what was judged: a credit code, a project ID…
	Outcome   Outcome  `json:"outcome"`
	Got       string   `json:"got"`  // the observed figure, formatted
	Want      string   `json:"want"` // the required figure, formatted
	Cite      Citation `json:"cite"` // non-empty Document on every finding
	GotWords  bool     `json:"got_words,omitempty"`
	WantWords bool     `json:"want_words,omitempty"`
	Undecided bool     `json:"undecided,omitempty"`
}

// Message explains f in the language lang best matches (MatchLanguage): Simplified Chinese (the
// default, also for languages the library does not speak), Traditional Chinese (zh-Hant, zh-TW,
// zh-HK…) or English.
//
//	广州市某某协会：社会团体活动资金（元）——不通过（实际 20000.00；要求 ≥ 30000.00）。依据：《社会团体登记管理条例》（国务院令第250号，2016年修订）第十条第一款第（五）项
//
// The rule's title and value words are those it was declared with; a rule nobody declared is
// shown by its ID. Subject and user text are never translated.
func (f Finding) Message(lang language.Tag) string { return msgcat.String(langOf(lang), f.args()) }

// GotText returns Got as a reader of lang sees it: value words translated (through the rule's
// words and the common ones), figures and user text as they are.
func (f Finding) GotText(lang language.Tag) string { return f.valueText(lang, f.Got, f.GotWords) }

// WantText returns Want as a reader of lang sees it, as GotText does.
func (f Finding) WantText(lang language.Tag) string { return f.valueText(lang, f.Want, f.WantWords) }

func (f Finding) valueText(lang language.Tag, s string, words bool) string {
	if !words {
		return s
	}
	return msgcat.Value(langOf(lang), string(f.Rule), s, true)
}

// AppendMessage appends Message(lang) to b.
func (f Finding) AppendMessage(b []byte, lang language.Tag) []byte {
	return msgcat.Append(b, langOf(lang), f.args())
}

func (f Finding) args() msgcat.Args {
	o := int(min(f.Outcome, 3))
	if f.Undecided && f.Outcome == NotApplicable {
		o = msgcat.Undecided
	}
	return msgcat.Args{
		Rule: string(f.Rule), Subject: f.Subject, Outcome: o,
		Got: f.Got, Want: f.Want, GotWords: f.GotWords, WantWords: f.WantWords,
		Cite: f.Cite.Document, Article: f.Cite.Article, Supplied: f.Cite.Supplied,
	}
}

// Report is the list of findings a check returns, in the order the rules were applied. Every
// report the library returns has a non-nil list, which JSON encodes as [] when empty.
//
// Version and RulesDigest record what the report was judged with: the library's version and the
// digest of its rules (RulesDigest). Every report a check of the library returns has both; a
// report a caller builds by hand may leave them empty.
type Report struct {
	Findings    []Finding `json:"findings"`
	Version     string    `json:"version,omitempty"`
	RulesDigest string    `json:"rules_digest,omitempty"`
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

// Verdict is the overall answer of a report.
type Verdict uint8

// The verdicts of a report.
const (
	Met       Verdict = iota + 1 // no finding failed and none was left undecided
	NotMet                       // a finding failed
	Undecided                    // no finding failed, but one could not be decided (Finding.Undecided)
)

var verdictText = [...]string{"", "met", "not-met", "undecided"}

// String returns "met", "not-met" or "undecided" ("" for the zero Verdict).
func (v Verdict) String() string {
	if int(v) < len(verdictText) {
		return verdictText[v]
	}
	return "Verdict(" + itoa(int(v)) + ")"
}

// MarshalText encodes v as String does.
func (v Verdict) MarshalText() ([]byte, error) {
	if int(v) >= len(verdictText) {
		return nil, Invalid("verdict", int(v), "met, not-met or undecided")
	}
	return []byte(verdictText[v]), nil
}

// UnmarshalText decodes what MarshalText encodes.
func (v *Verdict) UnmarshalText(b []byte) error {
	for i, s := range verdictText {
		if string(b) == s {
			*v = Verdict(i)
			return nil
		}
	}
	return Invalid("verdict", string(b), "met, not-met or undecided")
}

// Verdict returns NotMet when a finding failed, else Undecided when a finding was left
// undecided, else Met. An empty report is Met.
func (r Report) Verdict() Verdict {
	v := Met
	for i := range r.Findings {
		switch {
		case r.Findings[i].Outcome == Fail:
			return NotMet
		case r.Findings[i].Undecided:
			v = Undecided
		}
	}
	return v
}

// Clean reports whether the verdict is Met: no finding failed and none was left undecided. It is
// what every result's Eligible, Ready or Passed method answers.
func (r Report) Clean() bool { return r.Verdict() == Met }

// WithVerdict adds the verdict of r to obj, the JSON object of a result that embeds r: the key
// "verdict" ("met", "not-met", "undecided") and, when name is not empty, the key name ("eligible",
// "ready", "passed") with Clean. Results use it in their MarshalJSON, so that a page or a
// spreadsheet reads the verdict without recomputing it; decoding ignores both keys, which are
// derived from the findings.
func WithVerdict(obj []byte, r Report, name string) ([]byte, error) {
	n := len(obj)
	if n < 2 || obj[n-1] != '}' {
		return nil, Invalid("result", string(obj[:min(n, maxEcho)]), "a JSON object")
	}
	v := r.Verdict()
	out := make([]byte, 0, n+48+len(name))
	out = append(out, obj[:n-1]...)
	if n > 2 {
		out = append(out, ',')
	}
	out = append(out, `"verdict":"`...)
	out = append(out, v.String()...)
	out = append(out, '"')
	if name != "" {
		out = append(out, `,"`...)
		out = append(out, name...)
		out = append(out, `":`...)
		out = strconv.AppendBool(out, v == Met)
	}
	return append(out, '}'), nil
}

// Undecided returns the findings left undecided, in order (nil when there are none).
func (r Report) Undecided() []Finding {
	var out []Finding
	for _, f := range r.Findings {
		if f.Undecided {
			out = append(out, f)
		}
	}
	return out
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
//
// The messages share one buffer of exactly their total size: a report of any length costs two
// allocations.
func (r Report) Messages(lang language.Tag) []string {
	out := make([]string, len(r.Findings))
	b := msgcat.NewBatch(langOf(lang), len(r.Findings))
	for n := range r.Findings {
		a := r.Findings[n].args()
		b.Size(&a)
	}
	for n := range r.Findings {
		a := r.Findings[n].args()
		out[n] = b.Render(&a)
	}
	return out
}

// LocalizedFinding is a finding ready for a page: the finding itself, its rule's title, its
// outcome and its whole message in one language, and the language.
type LocalizedFinding struct {
	Finding
	Title       string `json:"title"`
	OutcomeText string `json:"outcome_text"`
	Message     string `json:"message"`
	// GotText and WantText are the figures as the reader sees them (Finding.GotText, WantText);
	// GotFigure and WantFigure the same figures typed (ParseFigure), absent when they have no
	// typed form.
	GotText    string  `json:"got_text,omitempty"`
	WantText   string  `json:"want_text,omitempty"`
	GotFigure  *Figure `json:"got_figure,omitempty"`
	WantFigure *Figure `json:"want_figure,omitempty"`
}

// LocalizedReport is a report ready for a page in one language: each finding with its title and
// message, the verdict, and what the report was judged with.
type LocalizedReport struct {
	Language    string             `json:"language"` // BCP 47: zh-Hans, zh-Hant or en
	Verdict     Verdict            `json:"verdict"`
	Findings    []LocalizedFinding `json:"findings"`
	Version     string             `json:"version,omitempty"`
	RulesDigest string             `json:"rules_digest,omitempty"`
}

// Localize renders the report in the language lang best matches (MatchLanguage): what a service
// answers a reader whose Accept-Language it was given.
func (r Report) Localize(lang language.Tag) LocalizedReport {
	i := langOf(lang)
	out := LocalizedReport{Language: languages[i].String(), Verdict: r.Verdict(), Findings: make([]LocalizedFinding, len(r.Findings)),
		Version: r.Version, RulesDigest: r.RulesDigest}
	msgs := r.Messages(languages[i])
	for n, f := range r.Findings {
		title := string(f.Rule)
		if rule, ok := LookupRule(f.Rule); ok {
			title = rule.Title.at(i)
		}
		ot := f.Outcome.Text().at(i)
		if f.Undecided && f.Outcome == NotApplicable {
			ot = msgcat.OutcomeText(msgcat.Undecided, i)
		}
		lf := LocalizedFinding{Finding: f, Title: title, OutcomeText: ot, Message: msgs[n],
			GotText: f.GotText(languages[i]), WantText: f.WantText(languages[i])}
		if g, ok := f.GotFigure(); ok {
			lf.GotFigure = &g
		}
		if w, ok := f.WantFigure(); ok {
			lf.WantFigure = &w
		}
		out.Findings[n] = lf
	}
	return out
}
