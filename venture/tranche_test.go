package venture_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/socialorgtest"
	"github.com/socialorg/socialorg/venture"
)

var agreement = socialorg.Citation{Document: "公益创投项目资助协议（示例）", Article: "第五条"}

func sixtyForty() socialorg.Option {
	return socialorg.Supply(venture.TrancheSharesKey, venture.Shares{d("0.6"), d("0.4")}, agreement)
}

func TestSplitGrant(t *testing.T) {
	parts, err := venture.SplitGrant(d("100000.01"), venture.Shares{d("0.6"), d("0.4")})
	require.NoError(t, err)
	require.Equal(t, "60000.01", parts[0].StringFixed(2), "the odd fen goes to the larger remainder")
	require.Equal(t, "40000.00", parts[1].StringFixed(2))
	parts, err = venture.SplitGrant(d("0.02"), venture.Shares{d("0.333"), d("0.333"), d("0.334")})
	require.NoError(t, err)
	sum := decimal.Zero
	for _, p := range parts {
		sum = sum.Add(p)
	}
	require.True(t, sum.Equal(d("0.02")))

	_, err = venture.SplitGrant(d("1"), venture.Shares{d("0.6"), d("0.3")})
	require.ErrorContains(t, err, "sum to exactly 1")
	_, err = venture.SplitGrant(d("1"), nil)
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
	_, err = venture.SplitGrant(d("-1"), venture.Shares{d("1")})
	require.ErrorContains(t, err, "grant")
	_, err = venture.SplitGrant(d("1"), venture.Shares{d("1.5"), d("-0.5")})
	require.ErrorContains(t, err, "shares[0]")
}

func tranches(t *testing.T, pr venture.Project, at string, opts ...socialorg.Option) venture.TrancheResult {
	t.Helper()
	res, err := venture.CheckTranches(pr, day(at), opts...)
	require.NoError(t, err)
	socialorgtest.AssertExplained(t, res.Report, pr.ID)
	return res
}

func TestTranches(t *testing.T) {
	pr := venture.Project{ID: "GZ-2025-017", Grant: d("300000")}
	res := tranches(t, pr, "2025-07-01", sixtyForty())
	require.Equal(t, venture.Payable, res.Tranches[0].Status)
	require.Equal(t, venture.Pending, res.Tranches[1].Status)
	require.Equal(t, "180000", res.Payable.String())
	socialorgtest.AssertFindings(t, res.Report, socialorgtest.Want{Rule: venture.RuleTranche, Outcome: socialorg.NotApplicable, Got: "pending"})

	// An evaluation dated after asOf is not yet known.
	pr.Evaluations = []venture.Evaluation{{After: 1, Date: day("2025-10-15"), Passed: true}}
	require.Equal(t, venture.Pending, tranches(t, pr, "2025-10-14", sixtyForty()).Tranches[1].Status)
	res = tranches(t, pr, "2025-10-15", sixtyForty())
	require.Equal(t, venture.Payable, res.Tranches[1].Status)
	require.Equal(t, "300000", res.Payable.String())

	// Failed: withheld by default, with the finding saying so.
	pr.Evaluations[0].Passed = false
	res = tranches(t, pr, "2025-11-01", sixtyForty())
	require.Equal(t, venture.Withheld, res.Tranches[1].Status)
	require.Equal(t, "120000", res.Withheld.String())
	require.True(t, res.ClawBack.IsZero())
	f, _ := res.Find(venture.RuleTranche)
	require.Equal(t, socialorg.Fail, f.Outcome)
	require.Equal(t, "failed-withhold", f.Got)
	require.Contains(t, f.Message(language.English), "evaluation failed: later tranches withheld")
	// The default consequence is the release rule's, not the caller's split (issue 17): it cites
	// the rule, not the source supplied for the shares.
	release := ruleOf(t, venture.RuleTranche).Regimes[0].Cite
	require.Equal(t, release, f.Cite)
	require.False(t, f.Cite.Supplied)
	require.NotEqual(t, agreement.Document, f.Cite.Document)

	// Claw-back of what was paid and not spent.
	pr.Spent = d("150000")
	res = tranches(t, pr, "2025-11-01", sixtyForty(),
		socialorg.Supply(venture.FailedEvaluationKey, venture.ClawBack, agreement))
	require.Equal(t, "30000", res.ClawBack.String())
	f, _ = res.Find(venture.RuleTranche)
	require.Equal(t, "failed-claw-back", f.Got)
	require.Equal(t, agreement, socialorg.Citation{Document: f.Cite.Document, Article: f.Cite.Article}, "a supplied consequence cites its source")
	require.True(t, f.Cite.Supplied)
	pr.Spent = d("200000")
	res = tranches(t, pr, "2025-11-01", sixtyForty(), socialorg.Supply(venture.FailedEvaluationKey, venture.ClawBack, agreement))
	require.True(t, res.ClawBack.IsZero(), "never below zero")
}

func TestThreeTranches(t *testing.T) {
	pr := venture.Project{ID: "P", Grant: d("100000"), Evaluations: []venture.Evaluation{
		{After: 2, Date: day("2025-09-01"), Passed: true}, // out of turn: tranche 2 still waits
	}}
	three := socialorg.Supply(venture.TrancheSharesKey, venture.Shares{d("0.4"), d("0.3"), d("0.3")}, agreement)
	res := tranches(t, pr, "2025-12-01", three)
	require.Equal(t, []venture.TrancheStatus{venture.Payable, venture.Pending, venture.Pending},
		[]venture.TrancheStatus{res.Tranches[0].Status, res.Tranches[1].Status, res.Tranches[2].Status})
}

func ruleOf(t *testing.T, id socialorg.RuleID) socialorg.Rule {
	t.Helper()
	for _, r := range venture.Rules() {
		if r.ID == id {
			return r
		}
	}
	t.Fatalf("no rule %s", id)
	return socialorg.Rule{}
}

// TestTranchesBeforeTheProgramme: the release rule is in force from the first round (2014-01-01);
// the day before there is no rule to cite.
func TestTranchesBeforeTheProgramme(t *testing.T) {
	pr := venture.Project{ID: "P", Grant: d("100"), Evaluations: []venture.Evaluation{{After: 1, Date: day("2013-06-01")}}}
	_, err := venture.CheckTranches(pr, day("2013-12-31"), sixtyForty())
	require.ErrorIs(t, err, socialorg.ErrNotInForce)
	res := tranches(t, pr, "2014-01-01", sixtyForty())
	require.Equal(t, venture.Withheld, res.Tranches[1].Status)
}

func TestTrancheErrors(t *testing.T) {
	_, err := venture.CheckTranches(venture.Project{ID: "P", Grant: d("1")}, day("2025-01-01"))
	require.ErrorIs(t, err, socialorg.ErrNotSupplied, "no split is confirmed: the caller supplies one")
	_, err = venture.CheckTranches(venture.Project{ID: "P", Grant: d("1")}, day("2025-01-01"),
		socialorg.Supply(venture.TrancheSharesKey, venture.Shares{d("0.5")}, agreement))
	require.ErrorContains(t, err, "supply.venture.tranche.shares")
	_, err = venture.CheckTranches(venture.Project{ID: "", Grant: d("-1"), Evaluations: []venture.Evaluation{{After: 0}, {After: 0}}},
		day("2025-01-01"), sixtyForty())
	for _, f := range []string{"project.id", "project.grant", "project.evaluations[0].after", "project.evaluations[0].date"} {
		require.ErrorContains(t, err, f)
	}
}

// TestTranchePassedIsDerived (issue 19): Passed is the clean verdict of the findings (a pending
// tranche is not a failure), and JSON carries it and the verdict.
func TestTranchePassedIsDerived(t *testing.T) {
	pr := venture.Project{ID: "P", Grant: d("100000")}
	res := tranches(t, pr, "2025-07-01", sixtyForty())
	require.True(t, res.Passed(), "pending")
	pr.Evaluations = []venture.Evaluation{{After: 1, Date: day("2025-10-15"), Passed: false}}
	res = tranches(t, pr, "2025-11-01", sixtyForty())
	require.False(t, res.Passed())
	b, err := json.Marshal(res)
	require.NoError(t, err)
	require.Contains(t, string(b), `"passed":false`)
	require.Contains(t, string(b), `"verdict":"not-met"`)
	var back venture.TrancheResult
	require.NoError(t, json.Unmarshal(b, &back))
	require.Empty(t, cmp.Diff(res, back))
	require.False(t, back.Passed())
}
