package socialorgtest

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/socialorg/socialorg"
)

// Want is what a test expects of one finding: its rule and outcome, and its Got and Want figures
// when they are not "" (an empty figure is not compared).
type Want struct {
	Rule    socialorg.RuleID  `json:"rule"`
	Outcome socialorg.Outcome `json:"outcome"`
	Got     string            `json:"got"`
	Want    string            `json:"want"`
}

// AssertFindings checks that the report holds, for each expected finding in order, the first
// finding of that rule, with that outcome and, where given, those figures. It reports every
// difference at once, as a diff, and returns whether there was none. Findings of other rules are
// not compared.
func AssertFindings(t testing.TB, r socialorg.Report, want ...Want) bool {
	t.Helper()
	got := make([]Want, len(want))
	for i, w := range want {
		f, ok := r.Find(w.Rule)
		if !ok {
			got[i] = Want{Rule: w.Rule + " (missing)"}
			continue
		}
		got[i] = Want{Rule: f.Rule, Outcome: f.Outcome}
		if w.Got != "" {
			got[i].Got = f.Got
		}
		if w.Want != "" {
			got[i].Want = f.Want
		}
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("findings differ (-want +got):\n%s", d)
		return false
	}
	return true
}

// AssertExplained checks what every finding the library returns must satisfy: a rule that was
// declared (its title renders), a valid outcome, a cited document, and the subject given.
func AssertExplained(t testing.TB, r socialorg.Report, subject string) bool {
	t.Helper()
	ok := true
	for i, f := range r.Findings {
		if _, declared := socialorg.LookupRule(f.Rule); !declared {
			t.Errorf("finding %d: rule %q was never declared", i, f.Rule)
			ok = false
		}
		if !f.Outcome.IsValid() {
			t.Errorf("finding %d (%s): outcome %v", i, f.Rule, f.Outcome)
			ok = false
		}
		if f.Cite.Document == "" {
			t.Errorf("finding %d (%s): no cited document", i, f.Rule)
			ok = false
		}
		if subject != "" && f.Subject != subject {
			t.Errorf("finding %d (%s): subject %q, want %q", i, f.Rule, f.Subject, subject)
			ok = false
		}
	}
	return ok
}
