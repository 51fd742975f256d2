package socialorgtest

import (
	"maps"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/partybuilding"
	"github.com/socialorg/socialorg/registry"
)

// party generates the Party-building picture of the registered organizations: about one in five
// with 3+ formal members and mostly its own organization, a sixth with one or two members mostly
// grouped into joint branches of their district, instructors for most of the rest, and gaps of
// every kind the rules look for (no organization, a form too small, a joint branch too large, a
// missing committee, an overdue election, no instructor, a charter clause missing or out of date).
func party(r *rand.Rand, orgs []registry.Organization) []partybuilding.Unit {
	units := make([]partybuilding.Unit, len(orgs))
	byDistrict := map[string][]int{}
	for i, o := range orgs {
		u := partybuilding.Unit{
			ID:        o.Code.String(),
			Code:      o.Code,
			Kind:      o.Kind,
			District:  unitDistrict(r, o),
			Operating: r.IntN(100) < 92,
		}
		switch c := r.IntN(100); {
		case c < 90:
			u.Charter = partybuilding.FullLeadershipClause
		case c < 95:
			u.Charter = partybuilding.PartyOrganizationClause // not updated since 2019
		}
		switch p := r.IntN(100); {
		case p < 21: // eligible
			u.Formal = 3 + r.IntN(12)
			if r.IntN(10) == 0 {
				u.Formal += r.IntN(40)
			}
			if r.IntN(60) == 0 {
				u.Formal += 50 + r.IntN(80)
			}
			u.Probationary = r.IntN(3)
			req, _ := partybuilding.Require(u.Formal, u.Probationary)
			switch q := r.IntN(100); {
			case q < 3: // no organization yet
			case q < 6: // still in a joint branch
				byDistrict[u.District] = append(byDistrict[u.District], i)
			default:
				u.Has, u.Formed = req.Form, partybuilding.Own
				if u.Has > partybuilding.Branch && r.IntN(8) == 0 {
					u.Has = partybuilding.Branch // a form too small
				}
				u.Committee = req.Committee && r.IntN(10) > 0
				u.Established = socialorg.NewDate(2012+r.IntN(12), time.Month(1+r.IntN(12)), 1+r.IntN(28))
				u.LastElection = electionDate(r, u.Established)
			}
		case p < 37: // one or two formal members, or only probationary
			u.Formal = r.IntN(3)
			if u.Formal == 0 {
				u.Probationary = 1 + r.IntN(2)
			}
			if r.IntN(100) < 85 {
				byDistrict[u.District] = append(byDistrict[u.District], i)
			} else {
				u.Instructor = r.IntN(2) == 0
			}
		default: // no members
			u.Instructor = r.IntN(100) < 85
		}
		units[i] = u
	}
	// Joint branches: consecutive units of a district, 2–5 at a time, a few too large.
	for _, d := range slices.Sorted(maps.Keys(byDistrict)) {
		idx := byDistrict[d]
		for len(idx) > 0 {
			n := 2 + r.IntN(4)
			if r.IntN(25) == 0 {
				n = 6 + r.IntN(2)
			}
			n = min(n, len(idx))
			est := socialorg.NewDate(2016+r.IntN(8), time.Month(1+r.IntN(12)), 1+r.IntN(28))
			elected := electionDate(r, est)
			id := "J-" + units[idx[0]].ID
			formal := 0
			for _, i := range idx[:n] {
				formal += units[i].Formal
			}
			committee := formal >= 7 && r.IntN(5) > 0 // a joint branch of 7+ formal members mostly has its committee
			for k, i := range idx[:n] {
				u := &units[i]
				u.Has, u.Formed, u.OrgID, u.Host = partybuilding.JointBranch, partybuilding.Joint, id, k == 0
				u.Established, u.LastElection, u.Committee = est, elected, committee
			}
			idx = idx[n:]
		}
	}
	return units
}

// electionDate is mostly within the last three years, sometimes older (an overdue election).
func electionDate(r *rand.Rand, established socialorg.Date) socialorg.Date {
	d := socialorg.MustDate("2026-11-27").AddDays(-r.IntN(3 * 365))
	if r.IntN(100) < 8 {
		d = d.AddDays(-365 - r.IntN(700))
	}
	if d.Before(established) {
		return established
	}
	return d
}

// unitDistrict is where the organization sits: its registering district, or for a city-level
// organization a district drawn by size.
func unitDistrict(r *rand.Rand, o registry.Organization) string {
	if d, ok := registry.CurrentDivision(o.Division); ok && d.Level == registry.LevelDistrict {
		return d.Code
	}
	total := 0
	for _, s := range shapes {
		total += s.registeredWeight
	}
	pick := r.IntN(total)
	for _, s := range shapes {
		if pick < s.registeredWeight {
			return s.code
		}
		pick -= s.registeredWeight
	}
	return shapes[0].code
}
