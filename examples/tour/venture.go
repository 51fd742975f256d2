package main

import (
	"fmt"
	"io"
	"maps"
	"slices"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/socialorgtest"
	"github.com/socialorg/socialorg/venture"
)

// trancheTerms are the tour's assumed grant-agreement terms: no tranche split or consequence of a
// failed evaluation is confirmed for Guangzhou, so a caller states its own, with its source.
var trancheTerms = socialorg.Options{
	socialorg.Supply(venture.TrancheSharesKey, venture.Shares{decimal.RequireFromString("0.6"), decimal.RequireFromString("0.4")},
		socialorg.Citation{Document: "tour assumption: a 60/40 grant agreement"}),
	socialorg.Supply(venture.FailedEvaluationKey, venture.Withhold, socialorg.Citation{Document: "tour assumption: a 60/40 grant agreement"}),
}

func ventureRound(w io.Writer, c socialorgtest.City) error {
	v := socialorgtest.VentureRound(c, 2026)
	heading(w, "Public-welfare venture: one round, from application to tranche")
	fmt.Fprintf(w, "%d applications judged on %s; budget %s yuan; each grant ≤ %s of the project budget and ≤ %s yuan\n",
		len(v.Applications), v.AsOf, v.Round.Budget.StringFixed(2), v.Round.MaxShare.Mul(decimal.NewFromInt(100)).String()+"%", v.Round.MaxGrant.StringFixed(2))

	// Eligibility: only the eligible go forward.
	var eligible []venture.Application
	why, undecided := map[socialorg.RuleID]int{}, map[socialorg.RuleID]int{}
	for i, a := range v.Applicants {
		res, err := venture.CheckEligibility(a, v.AsOf)
		if err != nil {
			return err
		}
		if res.Eligible() {
			eligible = append(eligible, v.Applications[i])
			continue
		}
		for _, f := range res.Failures() {
			why[f.Rule]++
		}
		for _, f := range res.Undecided() {
			undecided[f.Rule]++
		}
	}
	fmt.Fprintf(w, "eligible: %d; not eligible: %d\n", len(eligible), len(v.Applications)-len(eligible))
	rules := map[socialorg.RuleID]socialorg.Rule{}
	for _, r := range venture.Rules() {
		rules[r.ID] = r
	}
	for _, part := range []struct {
		title  string
		counts map[socialorg.RuleID]int
	}{{"failed, by condition:", why}, {"left undecided (credit status not looked up), by condition:", undecided}} {
		fmt.Fprintln(w, part.title)
		for _, id := range slices.Sorted(maps.Keys(part.counts)) {
			fmt.Fprintf(w, "  %3d  %s\n", part.counts[id], rules[id].Title.En)
		}
	}

	// Review: five experts, trimmed mean, the tour's weights.
	sheet, err := venture.ScoreReviews(v.Criteria, v.Reviews)
	if err != nil {
		return err
	}
	scored, err := sheet.Apply(eligible)
	if err != nil {
		return err
	}
	al, err := venture.Allocate(v.Round, scored)
	if err != nil {
		return err
	}
	funded := map[string]decimal.Decimal{}
	for _, a := range al.Awards {
		funded[a.ID] = a.Amount
	}
	passed := map[string]venture.PassedOver{}
	for _, p := range al.PassedOver {
		passed[p.ID] = p
	}
	byID := map[string]venture.Application{}
	for _, a := range scored {
		byID[a.ID] = a
	}
	fmt.Fprintf(w, "\nThe ranking (%s of %d experts, weights %s; the weights are the tour's own):\n", sheet.Method, 5, "0.3/0.3/0.2/0.2")
	t := table{w: w, widths: []int{5, 12, 10, 12, 12, 10}}
	t.row("rank", "project", "score", "budget", "grant", "")
	shown := 0
	for _, row := range sheet.Rows {
		a, ok := byID[row.Application]
		if !ok {
			continue // not eligible
		}
		shown++
		if shown > 8 {
			break
		}
		status := "funded"
		g := funded[a.ID]
		if p, ok := passed[a.ID]; ok {
			status, g = "passed over: "+p.Limit.String(), p.Grant
		}
		t.row(fmt.Sprint(shown), a.ID, a.Score.StringFixed(2), a.Budget.StringFixed(0), g.StringFixed(2), status)
	}
	fmt.Fprintf(w, "funded %d projects, %s yuan; %s left; %d passed over because their grant no longer fit\n",
		len(al.Awards), al.Funded.StringFixed(2), al.Remaining.StringFixed(2), len(al.Unfunded))
	if rep := al.Report(); len(rep.Findings) > 0 {
		p := al.PassedOver[0]
		fmt.Fprintf(w, "  the first: rank %d in %s\n  %s\n", p.Rank, p.Category.Name().En, rep.Findings[0].Message(language.English))
	}

	fmt.Fprintln(w, "\nMoney by category:")
	t = table{w: w, widths: []int{24, 12, 12, 12, 8}}
	t.row("category", "budget", "funded", "unspent", "awards")
	for _, cr := range al.Categories {
		t.row(cr.Category.Name().Hans, cr.Budget.StringFixed(0), cr.Funded.StringFixed(2), cr.Unspent.StringFixed(2), fmt.Sprint(cr.Awards))
	}
	tally, err := venture.TallyRound(v.Round, scored, al)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "self-raised money the funded projects bring: %s yuan, %s of what the round grants\n",
		tally.SelfRaised.StringFixed(2), tally.Leverage().Percent(1))

	// Tranches: the best-ranked funded project fails its mid-term evaluation.
	if len(al.Awards) == 0 {
		return nil
	}
	aw := al.Awards[0]
	pr := venture.Project{ID: aw.ID, Grant: aw.Amount, Evaluations: []venture.Evaluation{{After: 1, Date: socialorg.MustDate("2024-10-20"), Passed: false}}}
	tr, err := venture.CheckTranches(pr, socialorg.MustDate("2024-11-01"), trancheTerms)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nTranches of %s (grant %s yuan, paid 60/40 under the tour's assumed agreement):\n", aw.ID, aw.Amount.StringFixed(2))
	for _, x := range tr.Tranches {
		fmt.Fprintf(w, "  tranche %d: %s yuan, %s\n", x.N, x.Amount.StringFixed(2), x.Status)
	}
	for _, f := range tr.Failures() {
		for _, lang := range []language.Tag{language.SimplifiedChinese, language.English} {
			fmt.Fprintf(w, "  %s\n", f.Message(lang))
		}
	}
	return nil
}
