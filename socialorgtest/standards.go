package socialorgtest

import (
	"math/rand/v2"
	"time"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/partybuilding"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/standards"
)

// KitCutoffs returns the lower Guangzhou cut-offs this kit assumes to grade its synthetic scores:
// 3A ≥ 851, 2A ≥ 801, 1A ≥ 701 (Huaining's figures). They are not Guangzhou's law, which the
// sources do not give: pass them to standards.GradeScheme.With only in tests and examples.
func KitCutoffs() socialorg.Option {
	cite := socialorg.Citation{Document: "socialorgtest assumption (Huaining's cut-offs), not Guangzhou's rule"}
	return socialorg.Options{
		socialorg.Supply(standards.CutoffKey(registry.Grade3A), decimal.NewFromInt(851), cite),
		socialorg.Supply(standards.CutoffKey(registry.Grade2A), decimal.NewFromInt(801), cite),
		socialorg.Supply(standards.CutoffKey(registry.Grade1A), decimal.NewFromInt(701), cite),
	}
}

// Assessment is one registered organization of the synthetic city and its assessment record.
type Assessment struct {
	Org     registry.Organization    `json:"org"`
	Score   decimal.Decimal          `json:"score"`   // the last assessment's score, bonus items included (zero: never assessed)
	Award   standards.Award          `json:"award"`   // the grade awarded (zero Grade: never graded, or scored below 1A)
	Profile standards.Profile        `json:"profile"` // staff and Party organization, for a scheme's conditions
	Brand   standards.BrandCandidate `json:"brand"`
}

// Assessments generates the assessment records of the city's registered organizations: about
// a third of those registered before 2024 have been assessed, in yearly batches whose results are
// announced in December 2019–2025; scores centre on 880 of 1000 with bonus points for some; grades
// follow Guangzhou's cut-offs and KitCutoffs. Each record carries a brand candidacy with a
// looked-up credit status: a few organizations are on the abnormal-activity list or have a recent
// penalty, the others on neither list. The same seed gives the same records; the order is the
// city's.
func Assessments(c City, seed uint64) []Assessment {
	r := rand.New(rand.NewPCG(seed, 0xa55e55))
	scheme, err := standards.GuangzhouAssessment().With(KitCutoffs())
	if err != nil {
		panic(err) // the kit's own cut-offs are valid
	}
	out := make([]Assessment, len(c.Registered))
	for i, o := range c.Registered {
		a := Assessment{Org: o, Profile: standards.Profile{ID: o.Code.String(), FullTimeStaff: o.Staff}}
		if i < len(c.Party) {
			a.Profile.PartyOrganization = c.Party[i].Has >= partybuilding.Branch
		}
		a.Brand = standards.BrandCandidate{Org: o, Credit: registry.CreditClear}
		if r.IntN(60) == 0 {
			a.Brand.Credit = registry.CreditAbnormal
		}
		if r.IntN(25) == 0 {
			a.Brand.Penalties = []socialorg.Date{socialorg.NewDate(2020+r.IntN(7), time.Month(1+r.IntN(12)), 1+r.IntN(28))}
		}
		if o.Registered.Year() < 2024 && r.IntN(3) == 0 {
			year := max(o.Registered.Year()+2, 2019) + r.IntN(4)
			if year > 2025 {
				year = 2025
			}
			score := int64(885+r.IntN(75)-r.IntN(50)-r.IntN(60)) * 100
			if r.IntN(4) == 0 {
				score += int64(r.IntN(3000)) // bonus items, in hundredths
			}
			a.Score = decimal.New(score, -2)
			g, err := scheme.Grade(a.Score)
			if err == nil && g != registry.NoGrade {
				a.Award = standards.Award{Org: o.Code.String(), Grade: g, Notice: socialorg.NewDate(year, 12, 10+r.IntN(15))}
			}
		}
		a.Brand.Grade = a.Award
		out[i] = a
	}
	return out
}
