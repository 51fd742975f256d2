package socialorgtest

import (
	"fmt"
	"math/rand/v2"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/calendar"
	"github.com/socialorg/socialorg/registry"
)

// CalendarProfiles generates the compliance profile of every registered organization of the
// city, in the city's order, as of asOf: about one in forty is a charity (a quarter of those with
// the public-fundraising qualification, some with the pre-tax deduction eligibility), the grades
// come from Assessments(c, seed), about half register without a supervising unit, a few are on the
// abnormal list, and each charity has a few events in the year before asOf (related-party
// dealings, major asset changes, ended projects and campaigns, trusts, donors' queries, charitable
// activities). Most tasks of the year up to asOf are marked done, some late and some not at all,
// so that the calendar has overdue tasks to count. Everything is invented; the same seed gives the
// same profiles.
func CalendarProfiles(c City, asOf socialorg.Date, seed uint64) []calendar.Profile {
	r := rand.New(rand.NewPCG(seed, 0xca1e0da7))
	as := Assessments(c, seed)
	from := socialorg.NewDate(asOf.Year(), 1, 1)
	out := make([]calendar.Profile, len(c.Registered))
	for i, o := range c.Registered {
		p := calendar.Profile{Code: o.Code, Registered: o.Registered, DirectlyRegistered: r.IntN(2) == 0}
		if a := as[i].Award; a.Grade != registry.NoGrade {
			p.Grade, p.GradeNoticed = a.Grade, a.Notice
		}
		p.Credit = registry.CreditListing{Status: registry.CreditClear}
		if r.IntN(80) == 0 {
			p.Credit = registry.CreditListing{Status: registry.CreditAbnormal, Since: asOf.AddDays(-30 - r.IntN(600)), Reason: registry.ReasonNoAnnualReport}
		}
		if r.IntN(40) == 0 && o.Registered.Before(asOf.AddYears(-1)) {
			p.Charity = true
			p.PublicFundraising = r.IntN(4) == 0
			p.PreTaxDeduction = r.IntN(3) == 0
			p.Events = charityEvents(r, p, asOf)
		}
		p.Done = completions(r, p, from, asOf)
		out[i] = p
	}
	return out
}

// charityEvents are a charity's events in the year before asOf.
func charityEvents(r *rand.Rand, p calendar.Profile, asOf socialorg.Date) []calendar.Event {
	kinds := []string{calendar.EventRelatedPartyDeal, calendar.EventMajorAssetChange, calendar.EventProjectEnded,
		calendar.EventCampaignEnded, calendar.EventDonorQuery, calendar.EventCharitableActivity, calendar.EventTrustSigned}
	n := 1 + r.IntN(5)
	evs := make([]calendar.Event, 0, n+1)
	// The last charitable activity may be up to 700 days back, but not before registration (a
	// profile with an event before registration is refused by calendar.Obligations).
	last := asOf.AddDays(-r.IntN(700))
	if last.Before(p.Registered) {
		last = p.Registered
	}
	evs = append(evs, calendar.Event{Kind: calendar.EventCharitableActivity, On: last})
	for j := 0; j < n; j++ {
		on := asOf.AddDays(-1 - r.IntN(365))
		if on.Before(p.Registered) {
			on = p.Registered
		}
		evs = append(evs, calendar.Event{Kind: kinds[r.IntN(len(kinds))], On: on, Ref: fmt.Sprintf("%s-%d", p.Code.OrgCode(), j)})
	}
	return evs
}

// completions marks most of the tasks due from the start of asOf's year up to asOf done: 85% on
// time, 5% late, 10% not at all.
func completions(r *rand.Rand, p calendar.Profile, from, asOf socialorg.Date) []calendar.Completion {
	cal, err := calendar.Obligations(p, from, asOf)
	if err != nil {
		panic(fmt.Sprintf("socialorgtest: a generated profile is invalid: %v", err))
	}
	var done []calendar.Completion
	for _, t := range cal.Tasks {
		switch k := r.IntN(20); {
		case k < 17:
			on := t.Due.AddDays(-r.IntN(20))
			if !t.Opens.IsZero() && on.Before(t.Opens) {
				on = t.Opens
			}
			done = append(done, calendar.Completion{ID: t.ID, On: on})
		case k == 17:
			if on := t.Due.AddDays(1 + r.IntN(30)); !on.After(asOf) {
				done = append(done, calendar.Completion{ID: t.ID, On: on})
			}
		}
	}
	return done
}
