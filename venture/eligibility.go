package venture

import (
	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
)

// Applicant is an organization applying to a round, as the eligibility conditions see it.
type Applicant struct {
	ID   string        `json:"id"`   // the subject of the findings: a credit code or a name
	Kind registry.Kind `json:"kind"` // SocialGroup, SocialServiceAgency, Foundation; CommunityOrg when only filed
	// Round is the number of the city round applied to (第N届, 1 … MaxRound): its own notice's
	// conditions judge the application. Required.
	Round int `json:"round"`
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
	// The round-7 conditions that the round-11 notice does not list (judged for round 7, or for a
	// round whose supplied Conditions are SameAs 7).
	SoundGovernance     bool `json:"sound_governance"`
	UniformAccounting   bool `json:"uniform_accounting"`
	GoodTaxAndInsurance bool `json:"good_tax_and_insurance"`
}

// MaxRecords is the most listings or violations an Applicant may carry.
const MaxRecords = 1000

// MaxRound is the highest round number an Applicant or Conditions may name.
const MaxRound = 1000

// Validate checks the applicant: an ID of at most MaxIDLen bytes, a valid kind, a round 1 …
// MaxRound, listing periods that do not end before they begin, at most MaxRecords of each.
func (a Applicant) Validate() error {
	var p socialorg.Problems
	switch {
	case a.ID == "":
		p.Add("applicant.id", "", "required")
	case len(a.ID) > MaxIDLen:
		p.Add("applicant.id", a.ID, "at most "+itoa(MaxIDLen)+" bytes")
	}
	if a.Round < 1 || a.Round > MaxRound {
		p.Add("applicant.round", a.Round, "required: the round applied to (第N届), 1 … "+itoa(MaxRound))
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

// Conditions states the applicant conditions of a round whose notice the library does not hold
// (rounds 1–6, 8–10, and 12 on), supplied with that notice as the source:
//
//	socialorg.Supply(venture.ConditionsKey, venture.Conditions{Round: 9, SameAs: 11}, cite)
//
// SameAs names the held notice whose list the round's notice has: 11 for the five conditions of
// 穗社管发〔2023〕29号 二 (eight findings), 7 for those and the three the round-7 notice adds (sound
// governance, the NPO accounting system, a good tax and social-insurance record: eleven findings).
// The findings then cite the caller's source. Conditions apply to applicants of their Round only;
// the library's own notices still judge rounds 7 and 11 unless the caller supplies conditions for
// them.
type Conditions struct {
	Round  int `json:"round"`
	SameAs int `json:"same_as"`
}

// Validate checks the conditions: a round 1 … MaxRound, SameAs 7 or 11.
func (c Conditions) Validate() error {
	var p socialorg.Problems
	if c.Round < 1 || c.Round > MaxRound {
		p.Add("conditions.round", c.Round, "1 … "+itoa(MaxRound))
	}
	if c.SameAs != 7 && c.SameAs != 11 {
		p.Add("conditions.same_as", c.SameAs, "7 or 11: a notice the library holds")
	}
	return p.Err()
}

// String writes "round 9 as round 11".
func (c Conditions) String() string { return "round " + itoa(c.Round) + " as round " + itoa(c.SameAs) }

// notice is a round notice the library holds: its round, the day its applications opened, and
// whether it lists the three conditions of round 7. The citation of each condition is the rule's
// regime that starts on that day.
type notice struct {
	round  int
	opens  socialorg.Date
	round7 bool
}

// noticeOf returns the round's notice when the sources hold it: S2 (round 7) and S1 (round 11).
func noticeOf(round int) (notice, bool) {
	switch round {
	case 7:
		return notice{7, fromRound7, true}, true
	case 11:
		return notice{11, fromRound11, false}, true
	}
	return notice{}, false
}

// EligibilityResult is the outcome of CheckEligibility.
type EligibilityResult struct {
	socialorg.Report
	Round int `json:"round"` // the round judged
	// Eligible is true when the round's conditions were judged and none failed. It is false when
	// the round's notice is not held and no conditions were supplied: the report then holds one
	// NotApplicable RuleNotice finding ("unset") and no verdict on the conditions.
	Eligible bool `json:"eligible"`
}

// OK reports the verdict, Eligible: unlike Report.OK, it is false for a round whose conditions
// are unset, so that a report with nothing failed but nothing judged never reads as clean.
func (r EligibilityResult) OK() bool { return r.Eligible }

// CheckEligibility applies the conditions of the notice of the round the applicant names
// (Applicant.Round), at asOf, the day of the application. Each notice judges its own round only:
//
//   - round 11 (穗社管发〔2023〕29号 二, applications 2023-12-01 … 2023-12-20): an organization
//     registered with a registration authority and able to bear civil liability alone; project site
//     and beneficiaries in Guangzhou; the equipment, site, staff and qualifications the project
//     needs; a project within the charter's scope; not on the abnormal-activity list within the
//     year before applying, nor on the serious-violation list within two years, and no major
//     violation within three;
//   - round 7 (its notice 二, applications 2020-03-10 … 2020-04-10): the same, and sound governance,
//     the NPO accounting system and a good tax and social-insurance record;
//   - every other round (1–6, 8–10, 12 on): its notice is not in the sources, so nothing is judged
//     and neither list is carried over. The report holds one RuleNotice finding, NotApplicable with
//     want "unset", citing the measures in force at asOf, and Eligible is false, unless the caller
//     supplies the round's conditions (ConditionsKey) with its notice as the source.
//
// A community organization that is only filed applies through a registered partner (round 7's
// partner clause; in round 11 the partner is the registered applicant).
//
// "Within the year before applying" is the window from the day after the same date a year
// earlier to asOf: a listing that overlaps it, or a violation dated in it, fails the condition.
// Errors: the applicant fails Validate; asOf before the round's notice opened its applications
// (rounds 7 and 11), or before the first measures (2014-01-01), matches socialorg.ErrNotInForce;
// supplied conditions fail Conditions.Validate or have no source.
func CheckEligibility(a Applicant, asOf socialorg.Date, opts ...socialorg.Option) (EligibilityResult, error) {
	empty := EligibilityResult{Report: socialorg.Report{Findings: []socialorg.Finding{}}}
	if err := a.Validate(); err != nil {
		return empty, err
	}
	if _, err := ruleNotice.At(asOf); err != nil {
		return empty, err
	}
	c := socialorg.NewChecker(a.ID, asOf, opts...)
	supplied, suppliedCite, ok := roundConditions.Read(&c)
	if err := c.Err(); err != nil {
		return empty, err
	}
	// cite gives the citation of a condition in the notice that judges the round.
	var cite func(*socialorg.Rule) socialorg.Citation
	round7 := false
	n, held := noticeOf(a.Round)
	switch {
	case ok && supplied.Round == a.Round:
		round7 = supplied.SameAs == 7
		cite = func(*socialorg.Rule) socialorg.Citation { return suppliedCite }
	case held:
		if asOf.Before(n.opens) {
			return empty, &socialorg.NotInForceError{Param: string(RuleNotice) + " (round " + itoa(a.Round) + ")", Date: asOf, First: n.opens}
		}
		round7 = n.round7
		cite = func(r *socialorg.Rule) socialorg.Citation {
			ct, _ := r.At(n.opens) // every condition the notice lists has a regime from its opening day
			return ct
		}
	default:
		c.NotApplicable(ruleNotice, socialorg.Words("round "+itoa(a.Round)), socialorg.Words("unset"), socialorg.Citation{})
		rep, err := c.Finish()
		if err != nil {
			return empty, err
		}
		return EligibilityResult{Report: rep, Round: a.Round}, nil
	}
	c.Grow(11)
	registered := a.Kind != registry.CommunityOrg
	kind := socialorg.Words(a.Kind.String())
	if !registered {
		kind = socialorg.Words("filed-only")
	}
	yes := socialorg.Words("yes")
	switch {
	case registered:
		c.Add(ruleRegistered, socialorg.Pass, kind, yes, cite(ruleRegistered))
	case a.Partner != "": // the partner is the registered applicant
		c.NotApplicable(ruleRegistered, kind, yes, cite(ruleRegistered))
	default:
		c.Add(ruleRegistered, socialorg.Fail, kind, yes, cite(ruleRegistered))
	}
	switch {
	case registered:
		c.NotApplicable(rulePartner, kind, socialorg.Value{}, cite(rulePartner))
	case a.Partner == "":
		c.Add(rulePartner, socialorg.Fail, socialorg.Words("no-partner"), yes, cite(rulePartner))
	default:
		c.Add(rulePartner, socialorg.Pass, socialorg.Fig(a.Partner), yes, cite(rulePartner))
	}
	c.Verdict(ruleLocation, a.SiteInGuangzhou && a.BeneficiariesInGuangzhou,
		socialorg.Words(yn(a.SiteInGuangzhou)+" / "+yn(a.BeneficiariesInGuangzhou)), socialorg.Words("yes / yes"), cite(ruleLocation))
	c.Verdict(ruleCapacity, a.Capacity, socialorg.YesNo(a.Capacity), yes, cite(ruleCapacity))
	c.Verdict(ruleScope, a.WithinScope, socialorg.YesNo(a.WithinScope), yes, cite(ruleScope))
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
		c.Verdict(r, !hit, socialorg.Words(got), socialorg.Words("not-listed"), cite(r))
	}
	listed(ruleAbnormal, a.AbnormalListings, 1)
	listed(ruleSerious, a.SeriousViolationListings, 2)
	w := window(asOf, 3)
	nv := 0
	for _, v := range a.MajorViolations {
		if w.Contains(v) {
			nv++
		}
	}
	c.Verdict(ruleMajor, nv == 0, socialorg.Fig(itoa(nv)), socialorg.Fig("0"), cite(ruleMajor))
	if round7 {
		c.Verdict(ruleGovernance, a.SoundGovernance, socialorg.YesNo(a.SoundGovernance), yes, cite(ruleGovernance))
		c.Verdict(ruleAccounting, a.UniformAccounting, socialorg.YesNo(a.UniformAccounting), yes, cite(ruleAccounting))
		c.Verdict(ruleTaxInsurance, a.GoodTaxAndInsurance, socialorg.YesNo(a.GoodTaxAndInsurance), yes, cite(ruleTaxInsurance))
	}
	rep, err := c.Finish()
	if err != nil {
		return empty, err
	}
	return EligibilityResult{Report: rep, Round: a.Round, Eligible: rep.OK()}, nil
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
