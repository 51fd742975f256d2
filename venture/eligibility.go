package venture

import (
	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
)

// Applicant is an organization applying to a round, as the eligibility conditions see it.
type Applicant struct {
	ID   string        `json:"id"`   // the subject of the findings: a credit code or a name
	Kind registry.Kind `json:"kind"` // SocialGroup, SocialServiceAgency, Foundation; CommunityOrg when only filed
	// Partner is the registered organization (its credit code or name) that applies on behalf of a
	// community organization that is only filed.
	Partner                  string `json:"partner,omitempty"`
	SiteInGuangzhou          bool   `json:"site_in_guangzhou"`
	BeneficiariesInGuangzhou bool   `json:"beneficiaries_in_guangzhou"`
	Capacity                 bool   `json:"capacity"`     // the equipment, site, staff and qualifications the project needs
	WithinScope              bool   `json:"within_scope"` // the project is within the charter's business scope
	// The periods the organization was on the abnormal-activity list (活动异常名录) and on the
	// serious-violation list (严重违法失信名单): From the day it was listed, To the day it was removed
	// (zero while still listed).
	AbnormalListings         []socialorg.Period `json:"abnormal_listings,omitempty"`
	SeriousViolationListings []socialorg.Period `json:"serious_violation_listings,omitempty"`
	// MajorViolations are the dates of major violations on record (重大违法记录).
	MajorViolations []socialorg.Date `json:"major_violations,omitempty"`
	// The round-7 conditions that the round-11 notice no longer lists.
	SoundGovernance     bool `json:"sound_governance"`
	UniformAccounting   bool `json:"uniform_accounting"`
	GoodTaxAndInsurance bool `json:"good_tax_and_insurance"`
}

// MaxRecords is the most listings or violations an Applicant may carry.
const MaxRecords = 1000

// Validate checks the applicant: an ID of at most MaxIDLen bytes, a valid kind, listing periods
// that do not end before they begin, at most MaxRecords of each.
func (a Applicant) Validate() error {
	var p socialorg.Problems
	switch {
	case a.ID == "":
		p.Add("applicant.id", "", "required")
	case len(a.ID) > MaxIDLen:
		p.Add("applicant.id", a.ID, "at most "+itoa(MaxIDLen)+" bytes")
	}
	if len(a.Partner) > MaxIDLen {
		p.Add("applicant.partner", a.Partner, "at most "+itoa(MaxIDLen)+" bytes")
	}
	if !a.Kind.IsValid() {
		p.Add("applicant.kind", int(a.Kind), "a valid kind")
	}
	for _, l := range []struct {
		field string
		ps    []socialorg.Period
	}{{"abnormal_listings", a.AbnormalListings}, {"serious_violation_listings", a.SeriousViolationListings}} {
		if len(l.ps) > MaxRecords {
			p.Add("applicant."+l.field, len(l.ps), "at most "+itoa(MaxRecords))
			continue
		}
		for i, per := range l.ps {
			if per.From.IsZero() {
				p.Add(socialorg.Path("applicant", l.field, i, "from"), "", "required: the day it was listed")
			} else if err := per.Validate(); err != nil {
				p.Add(socialorg.Path("applicant", l.field, i, "to"), per.To, "not before from")
			}
		}
	}
	if len(a.MajorViolations) > MaxRecords {
		p.Add("applicant.major_violations", len(a.MajorViolations), "at most "+itoa(MaxRecords))
	}
	return p.Err()
}

// EligibilityResult is the outcome of CheckEligibility.
type EligibilityResult struct {
	socialorg.Report
	Eligible bool `json:"eligible"` // no finding failed
}

// CheckEligibility applies the conditions of the round notice in force at asOf, the day of the
// application: from round 11 (穗社管发〔2023〕29号 二, applications from 2023-12-01) an organization
// registered with a registration authority and able to bear civil liability alone; project site
// and beneficiaries in Guangzhou; the equipment, site, staff and qualifications the project
// needs; a project within the charter's scope; not on the abnormal-activity list within the year
// before applying, nor on the serious-violation list within two years, and no major violation
// within three. The round-7 notice (applications from 2020-03-10) adds sound governance, the NPO
// accounting system and a good tax and social-insurance record. A community organization that is
// only filed applies through a registered partner.
//
// "Within the year before applying" is the window from the day after the same date a year
// earlier to asOf: a listing that overlaps it, or a violation dated in it, fails the condition.
// Before 2020-03-10 no notice's conditions are held: an error matching socialorg.ErrNotInForce.
func CheckEligibility(a Applicant, asOf socialorg.Date, opts ...socialorg.Option) (EligibilityResult, error) {
	if err := a.Validate(); err != nil {
		return EligibilityResult{}, err
	}
	c := socialorg.NewChecker(a.ID, asOf, opts...)
	c.Grow(11)
	registered := a.Kind != registry.CommunityOrg
	kind := socialorg.Words(a.Kind.String())
	if !registered {
		kind = socialorg.Words("filed-only")
	}
	switch {
	case registered:
		c.Add(ruleRegistered, socialorg.Pass, kind, socialorg.Words("yes"), socialorg.Citation{})
	case a.Partner != "": // the partner is the registered applicant
		c.NotApplicable(ruleRegistered, kind, socialorg.Words("yes"), socialorg.Citation{})
	default:
		c.Add(ruleRegistered, socialorg.Fail, kind, socialorg.Words("yes"), socialorg.Citation{})
	}
	switch {
	case registered:
		c.NotApplicable(rulePartner, kind, socialorg.Value{}, socialorg.Citation{})
	case a.Partner == "":
		c.Add(rulePartner, socialorg.Fail, socialorg.Words("no-partner"), socialorg.Words("yes"), socialorg.Citation{})
	default:
		c.Add(rulePartner, socialorg.Pass, socialorg.Fig(a.Partner), socialorg.Words("yes"), socialorg.Citation{})
	}
	c.Verdict(ruleLocation, a.SiteInGuangzhou && a.BeneficiariesInGuangzhou,
		socialorg.Words(yn(a.SiteInGuangzhou)+" / "+yn(a.BeneficiariesInGuangzhou)), socialorg.Words("yes / yes"), socialorg.Citation{})
	c.Verdict(ruleCapacity, a.Capacity, socialorg.YesNo(a.Capacity), socialorg.Words("yes"), socialorg.Citation{})
	c.Verdict(ruleScope, a.WithinScope, socialorg.YesNo(a.WithinScope), socialorg.Words("yes"), socialorg.Citation{})
	listed := func(r *socialorg.Rule, ps []socialorg.Period, years int) {
		w := window(asOf, years)
		hit := false
		for _, p := range ps {
			if overlaps(p, w) {
				hit = true
				break
			}
		}
		got := "not-listed"
		if hit {
			got = "listed"
		}
		c.Verdict(r, !hit, socialorg.Words(got), socialorg.Words("not-listed"), socialorg.Citation{})
	}
	listed(ruleAbnormal, a.AbnormalListings, 1)
	listed(ruleSerious, a.SeriousViolationListings, 2)
	w := window(asOf, 3)
	n := 0
	for _, v := range a.MajorViolations {
		if w.Contains(v) {
			n++
		}
	}
	c.Verdict(ruleMajor, n == 0, socialorg.Fig(itoa(n)), socialorg.Fig("0"), socialorg.Citation{})
	if ruleGovernance.InForce(asOf) {
		c.Verdict(ruleGovernance, a.SoundGovernance, socialorg.YesNo(a.SoundGovernance), socialorg.Words("yes"), socialorg.Citation{})
		c.Verdict(ruleAccounting, a.UniformAccounting, socialorg.YesNo(a.UniformAccounting), socialorg.Words("yes"), socialorg.Citation{})
		c.Verdict(ruleTaxInsurance, a.GoodTaxAndInsurance, socialorg.YesNo(a.GoodTaxAndInsurance), socialorg.Words("yes"), socialorg.Citation{})
	}
	rep, err := c.Finish()
	if err != nil {
		return EligibilityResult{}, err
	}
	return EligibilityResult{Report: rep, Eligible: rep.OK()}, nil
}

// window is the n years before asOf: from the day after asOf − n years, to asOf.
func window(asOf socialorg.Date, years int) socialorg.Period {
	return socialorg.Period{From: asOf.AddYears(-years).AddDays(1), To: asOf}
}

// overlaps reports whether a listing (To zero while still listed) overlaps the window.
func overlaps(p, w socialorg.Period) bool {
	return !p.From.After(w.To) && (p.To.IsZero() || !p.To.Before(w.From))
}

func yn(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}
