package main

import (
	"cmp"
	"fmt"
	"io"
	"slices"

	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/calendar"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/socialorgtest"
)

// complianceCalendar lists every registered organization's obligations from 1 January to the
// tour's date and counts who is overdue on what, by registration authority.
func complianceCalendar(w io.Writer, c socialorgtest.City) error {
	heading(w, "Compliance calendar: obligations due this year, overdue on "+asOf.String())
	profiles := socialorgtest.CalendarProfiles(c, asOf, 2026)
	from := socialorg.NewDate(asOf.Year(), 1, 1)
	type row struct{ orgs, late, tasks, overdue int }
	rows := map[string]*row{}
	byRule := map[socialorg.RuleID]int{}
	var example *calendar.Task
	for _, p := range profiles {
		cal, err := calendar.Obligations(p, from, asOf, calendar.AsOf(asOf))
		if err != nil {
			return err
		}
		d := p.Code.Division()
		if rows[d] == nil {
			rows[d] = &row{}
		}
		r := rows[d]
		r.orgs++
		r.tasks += len(cal.Tasks)
		n := cal.Count(calendar.Overdue)
		r.overdue += n
		if n > 0 {
			r.late++
		}
		for i, t := range cal.Tasks {
			if t.Status == calendar.Overdue {
				byRule[t.Rule]++
				if example == nil && !t.Consequence.IsZero() {
					example = &cal.Tasks[i]
				}
			}
		}
	}
	names := map[string]string{registry.GuangzhouCode: "市本级"}
	for _, d := range registry.Divisions() {
		names[d.Code] = d.Name
	}
	codes := make([]string, 0, len(rows))
	for code := range rows {
		codes = append(codes, code)
	}
	slices.Sort(codes)
	t := table{w: w, widths: []int{8, 8, 6, 8, 6, 8}}
	t.row("authority", "", "orgs", "overdue", "tasks", "overdue tasks")
	var tot row
	for _, code := range codes {
		r := rows[code]
		t.row(code, names[code], fmt.Sprint(r.orgs), fmt.Sprint(r.late), fmt.Sprint(r.tasks), fmt.Sprint(r.overdue))
		tot.orgs, tot.late, tot.tasks, tot.overdue = tot.orgs+r.orgs, tot.late+r.late, tot.tasks+r.tasks, tot.overdue+r.overdue
	}
	t.row("city", "", fmt.Sprint(tot.orgs), fmt.Sprint(tot.late), fmt.Sprint(tot.tasks), fmt.Sprint(tot.overdue))
	type count struct {
		rule socialorg.RuleID
		n    int
	}
	var counts []count
	for r, n := range byRule {
		counts = append(counts, count{r, n})
	}
	slices.SortFunc(counts, func(a, b count) int {
		if c := cmp.Compare(b.n, a.n); c != 0 {
			return c
		}
		return cmp.Compare(a.rule, b.rule)
	})
	fmt.Fprintln(w, "\nOverdue, by obligation:")
	for _, c := range counts {
		r, _ := socialorg.LookupRule(c.rule)
		fmt.Fprintf(w, "  %5d  %s\n", c.n, r.Title.En)
	}
	if example != nil {
		fmt.Fprintf(w, "\n  → %s\n", example.Message(language.SimplifiedChinese))
		fmt.Fprintf(w, "  → %s\n", example.Message(language.English))
	}
	return nil
}
