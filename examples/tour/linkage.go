package main

import (
	"fmt"
	"io"

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
	fmt.Fprintf(w, "value %d, cost %d, net %d (value units per unit of each kind, as the needs state them)\n", plan.Value, plan.Cost, plan.Net)
	t := table{w: w, widths: []int{18, 6, 12, 12, 8}}
	t.row("kind", "unit", "needed", "served", "share")
	for _, k := range s.Kinds {
		t.row(k.Kind, k.Unit, fmt.Sprint(k.Needed), fmt.Sprint(k.Served), fmt.Sprintf("%d%%", k.Served*100/max(1, k.Needed)))
	}
	names := communityNames(c.Model)
	fmt.Fprintln(w, "\nWorst-served communities (share of the value of their needs met):")
	for _, cs := range s.Communities[:5] {
		fmt.Fprintf(w, "  %s %s: %s of %d, %d needs\n", cs.Community, names[cs.Community], cs.Served.Percent(1), cs.ValueNeeded, cs.Needs)
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
	fmt.Fprintf(w, "\nWhy need %s (%d %s of %s in %s, worth %d each) is served as it is:\n", n.ID, n.Quantity, linkage.Unit(n.Kind), n.Kind, n.Community, best.Value)
	for _, a := range best.Assignments {
		fmt.Fprintf(w, "  %d from %s, margin %d each\n", a.Quantity, a.Resource, a.Margin)
	}
	for _, alt := range best.Alternatives[:min(4, len(best.Alternatives))] {
		fmt.Fprintf(w, "  not %s (%s, %s, cost %d): %s / %s\n", alt.Resource, alt.Party.Name().En, alt.Kind, alt.UnitCost,
			alt.Reason.Name().En, alt.Reason.Name().Hans)
	}
	return nil
}
