package socialorg

import "slices"

// Value is a Got or Want figure of a finding: the text, and whether it is made of value words
// (yes, none, joint-branch…) that messages translate. Figures (numbers, dates, amounts) and user
// text (names, purposes) are shown as they are, in every language.
type Value struct {
	Text  string
	Words bool
}

// Fig is a figure or a piece of user text, shown as it is.
func Fig(s string) Value { return Value{Text: s} }

// Words is text made of value words separated by spaces ("yes", "≥ joint-branch",
// "purpose / cost"), which messages translate word by word through the rule's words and the
// common ones (yes, no, none, n/a, unknown, unset, not-in-force); any other word ("≥", "/", a
// number) stays as it is. Use it only for text the library writes, never for user text.
func Words(s string) Value { return Value{Text: s, Words: true} }

// YesNo is the value word "yes" or "no".
func YesNo(b bool) Value {
	if b {
		return Words("yes")
	}
	return Words("no")
}

// Checker builds the report of one check: it carries the subject, the date and the options, reads
// parameters (Param.Read), builds findings and keeps the first error. Every check of the library
// is written with one, and callers can write their own checks the same way:
//
//	c := socialorg.NewChecker(org.Name, asOf, opts...)
//	min, cite, _ := minMembers.Read(&c)
//	c.Verdict(ruleMembers, org.Members >= min, socialorg.Fig(strconv.Itoa(org.Members)), socialorg.Fig("≥ "+strconv.Itoa(min)), cite)
//	report, err := c.Finish()
//
// A Checker is not safe for concurrent use; a new one is cheap.
type Checker struct {
	subject string
	asOf    Date
	cfg     config
	report  Report
	err     error
	place   string // set by the check from its input (SetPlace); "" = the options' or home
	// chainArr[:chainN] caches the chain of the place up to the nation (chainOf), for chainFor.
	chainArr [maxChain]string
	chainN   int
	chainFor string
	placeJ   Jurisdiction // the place's jurisdiction, for chainFor
}

// NewChecker starts a check of subject at asOf under the given options. A zero asOf (the date
// judged is missing) makes Finish fail with MissingDate: every check judges at a date.
func NewChecker(subject string, asOf Date, opts ...Option) Checker {
	c := Checker{subject: subject, asOf: asOf}
	c.cfg.add(opts)
	if c.cfg.place != "" && !IsDivisionCode(c.cfg.place) {
		c.err = Invalid("options.in", c.cfg.place, "a GB/T 2260 code: six digits")
	}
	return c
}

// SetPlace sets the place the check judges at from its input (an organization's registration
// authority, as a GB/T 2260 code), for the parameters read from now on: it wins over the
// options' place (In). field is the input's JSON path, for the error when code is not a division
// code (which is also recorded in c).
func (c *Checker) SetPlace(field, code string) error {
	if !IsDivisionCode(code) {
		err := Invalid(field, code, "a GB/T 2260 code: six digits")
		c.Error(err)
		return err
	}
	c.place = code
	return nil
}

// Place returns the code of the place the check judges at: the one its input set (SetPlace),
// else the options' (In), else the library's home (HomeCode).
func (c *Checker) Place() string {
	switch {
	case c.place != "":
		return c.place
	case c.cfg.place != "":
		return c.cfg.place
	}
	return HomeCode
}

// Jurisdiction returns the jurisdiction of the check's place: the caller's (WithJurisdictions)
// when one has its code, else the library's, else one named by the code's structure.
func (c *Checker) Jurisdiction() Jurisdiction {
	if c.chain(); !c.placeJ.IsZero() {
		return c.placeJ
	}
	code := c.Place()
	for i := len(c.cfg.jurisdictions) - 1; i >= 0; i-- {
		if c.cfg.jurisdictions[i].Code() == code {
			return c.cfg.jurisdictions[i]
		}
	}
	return lookupOrDerive(code)
}

// Knows reports whether the check knows the jurisdiction code: one the library declares
// (LookupJurisdiction) or one of the caller's (WithJurisdictions).
func (c *Checker) Knows(code string) bool {
	if declaredIndex(jurisdictions, code) >= 0 {
		return true
	}
	for i := range c.cfg.jurisdictions {
		if c.cfg.jurisdictions[i].Code() == code {
			return true
		}
	}
	return false
}

// Within reports whether the check's place is the jurisdiction code or lies inside it.
func (c *Checker) Within(code string) bool { return slices.Contains(c.chain(), code) }

// chain returns the codes of the check's place and its ancestors, the most specific first.
func (c *Checker) chain() []string {
	p := c.Place()
	if c.chainFor != p || c.chainN == 0 {
		c.chainN = fillChain(&c.chainArr, p, c.cfg.jurisdictions)
		c.chainFor = p
		c.placeJ = Jurisdiction{}
		if len(c.cfg.jurisdictions) == 0 {
			if i := declaredIndex(jurisdictions, p); i >= 0 {
				c.placeJ = Jurisdiction{&jurisdictions[i]}
			}
		}
	}
	return c.chainArr[:c.chainN]
}

// MissingDate is the error of a check asked without the date it judges at: an *InputError for
// field (the JSON path, "as_of" for a check's date) that matches both ErrInvalidInput and
// ErrNotInForce, since no rule is in force at an unknown date.
func MissingDate(field string) error {
	return &InputError{Field: field, Value: "", Rule: "required: the date judged (YYYY-MM-DD)", Err: ErrNotInForce}
}

// AsOf returns the date of the check.
func (c *Checker) AsOf() Date { return c.asOf }

// Subject returns the subject findings are about.
func (c *Checker) Subject() string { return c.subject }

// Reset starts a new report about another subject, keeping the date, the options and any error.
func (c *Checker) Reset(subject string) {
	c.subject = subject
	c.report = Report{}
}

// ResetWith is Reset, with the new report's findings appended to findings (whose capacity is used
// before any allocation): how a batch check gives every subject a part of one array.
func (c *Checker) ResetWith(subject string, findings []Finding) {
	c.subject = subject
	c.report = Report{Findings: findings[:0]}
}

// SetSubject sets the subject of the findings added from now on, keeping the report: how one
// report covers several subjects (a city, its districts, their communities).
func (c *Checker) SetSubject(subject string) { c.subject = subject }

// Grow makes room for n more findings.
func (c *Checker) Grow(n int) {
	if cap(c.report.Findings)-len(c.report.Findings) < n {
		fs := make([]Finding, len(c.report.Findings), len(c.report.Findings)+n)
		copy(fs, c.report.Findings)
		c.report.Findings = fs
	}
}

// On reports whether a switch is on in the check's options.
func (c *Checker) On(k Key[bool]) bool {
	v, _ := Get(c, k)
	return v
}

// Add records a finding of rule r with outcome o. A zero cite stands for the rule's own citation
// at the check's date; when the rule is not in force then, the error (matching ErrNotInForce) is
// recorded instead of the finding.
func (c *Checker) Add(r *Rule, o Outcome, got, want Value, cite Citation) {
	if cite.IsZero() {
		var err error
		if cite, err = r.At(c.asOf); err != nil {
			c.Error(err)
			return
		}
	}
	c.report.Findings = append(c.report.Findings, Finding{
		Rule: r.ID, Subject: c.subject, Outcome: o, Got: got.Text, Want: want.Text, Cite: cite,
		GotWords: got.Words, WantWords: want.Words,
	})
}

// Verdict records Pass when ok, else Fail.
func (c *Checker) Verdict(r *Rule, ok bool, got, want Value, cite Citation) {
	c.Add(r, OutcomeOf(ok), got, want, cite)
}

// NotApplicable records that the rule does not apply to the subject.
func (c *Checker) NotApplicable(r *Rule, got, want Value, cite Citation) {
	c.Add(r, NotApplicable, got, want, cite)
}

// Undecided records that the rule applies but cannot be decided (a value it needs is not set, or
// the input does not say): a NotApplicable finding marked Undecided, with want as the missing
// requirement (Words("unset") for a value the caller did not supply), which keeps the report's
// verdict from being clean (Report.Verdict).
func (c *Checker) Undecided(r *Rule, got, want Value, cite Citation) {
	n := len(c.report.Findings)
	c.Add(r, NotApplicable, got, want, cite)
	if len(c.report.Findings) > n {
		c.report.Findings[n].Undecided = true
	}
}

// Error records err; only the first error is kept.
func (c *Checker) Error(err error) {
	if c.err == nil && err != nil {
		c.err = err
	}
}

// Err returns the first error recorded.
func (c *Checker) Err() error { return c.err }

// Report returns the findings so far (an empty, non-nil list when there are none).
//
// The report records the library's Version and RulesDigest.
func (c *Checker) Report() Report {
	r := c.report
	if r.Findings == nil {
		r.Findings = []Finding{}
	}
	r.Version, r.RulesDigest = Version, RulesDigest()
	return r
}

// Finish returns the report, or the first error recorded; a check without a date (a zero asOf)
// fails with MissingDate.
func (c *Checker) Finish() (Report, error) {
	if c.err == nil && c.asOf.IsZero() {
		c.err = MissingDate("as_of")
	}
	if c.err != nil {
		return Report{Findings: []Finding{}, Version: Version, RulesDigest: RulesDigest()}, c.err
	}
	return c.Report(), nil
}
