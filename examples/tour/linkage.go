package main

import (
	"fmt"
	"io"

	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/socialorgtest"
	"github.com/socialorg/socialorg/venture/linkage"
)

func linkageMarket(w io.Writer, c socialorgtest.City) error {
	m := socialorgtest.LinkageMarket(c, 2026)
	heading(w, "Five-Society Linkage: needs matched to what the parties bring")
	plan, err := linkage.Match(m.Needs, m.Resources)
	if err != nil {
		return err
	}
	s, err := linkage.Summarize(m.Needs, m.Resources, plan)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%d needs in %d communities, %d resources; the optimal plan makes %d assignments\n",
		len(m.Needs), len(s.Communities), len(m.Resources), len(plan.Assignments))
	fmt.Fprintf(w, "value %s yuan, cost %s yuan, net %s yuan; %s of the value needed is served\n",
		plan.ValueYuan().StringFixed(2), plan.CostYuan().StringFixed(2), plan.NetYuan().StringFixed(2), s.Coverage.Percent(2))
	t := table{w: w, widths: []int{18, 6, 14, 14, 8}}
	t.row("kind", "unit", "needed", "served", "share")
	for _, k := range s.Kinds {
		needed, served, unit := fmt.Sprint(k.Needed), fmt.Sprint(k.Served), k.Unit
		if linkage.IsMoney(k.Kind) {
			needed, served, unit = linkage.Yuan(k.Needed).StringFixed(2), linkage.Yuan(k.Served).StringFixed(2), "yuan"
		}
		t.row(k.Kind, unit, needed, served, k.Coverage.Percent(0))
	}
	met := s.Count(socialorg.Pass)
	fmt.Fprintf(w, "\nThe summary's findings: %d pass, %d fail (verdict %s); needs met in full: ", met, s.Count(socialorg.Fail), s.Verdict())
	needsMet := 0
	for _, f := range s.Findings {
		if f.Rule == linkage.RuleNeedMet && f.Outcome == socialorg.Pass {
			needsMet++
		}
	}
	fmt.Fprintf(w, "%d of %d\n", needsMet, len(s.Needs))
	names := communityNames(c.Model)
	fmt.Fprintln(w, "\nWorst-served communities (share of the value of their needs met):")
	for _, cs := range s.Communities[:5] {
		fmt.Fprintf(w, "  %s %s: %s of %s yuan, %d needs\n", cs.Community, names[cs.Community], cs.Served.Percent(1), cs.ValueNeededYuan().StringFixed(2), cs.Needs)
	}

	// Explain the served need with the most cheaper resources of its own kind that did not serve it.
	x, err := linkage.NewExplainer(m.Needs, m.Resources, plan)
	if err != nil {
		return err
	}
	var best linkage.Explanation
	bestN := 0
	for _, n := range m.Needs[:500] {
		ex, err := x.Explain(n.ID)
		if err != nil {
			return err
		}
		same := 0
		for _, alt := range ex.Alternatives {
			if alt.Reason != linkage.OtherKind {
				same++
			}
		}
		if len(ex.Assignments) > 0 && same > bestN {
			best, bestN = ex, same
		}
	}
	if best.Need.ID == "" {
		return nil
	}
	n := best.Need
	fmt.Fprintf(w, "\nWhy need %s (%d %s of %s in %s, worth %s yuan each) is served as it is:\n", n.ID, n.Quantity, linkage.Unit(n.Kind), n.Kind, n.Community,
		best.ValueYuan().StringFixed(2))
	for _, a := range best.Assignments {
		fmt.Fprintf(w, "  %d from %s, margin %s yuan each\n", a.Quantity, a.Resource, a.MarginYuan().StringFixed(2))
	}
	for _, alt := range best.Alternatives[:min(4, len(best.Alternatives))] {
		fmt.Fprintf(w, "  not %s (%s, %s, cost %s yuan): %s / %s\n", alt.Resource, alt.Party.Name().En, alt.Kind, alt.UnitCostYuan().StringFixed(2),
			alt.Reason.Name().En, alt.Reason.Name().Hans)
	}
	fmt.Fprintln(w, "The same, as the explanation's findings (as every check of the library explains itself):")
	msgs := best.Messages(language.SimplifiedChinese)
	for _, msg := range msgs[:min(3, len(msgs))] {
		fmt.Fprintln(w, "  "+msg)
	}
	return nil
}
