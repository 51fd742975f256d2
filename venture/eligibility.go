package venture

import (
	"encoding/json"
	"errors"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
)

// Applicant is an organization applying to a round, as the eligibility conditions see it.
type Applicant struct {
	ID   string        `json:"id"`   // the subject of the findings: a credit code or a name
	Kind registry.Kind `json:"kind"` // SocialGroup, SocialServiceAgency, Foundation; CommunityOrg when only filed
	// Round is the number of the round applied to (第N届, 1 … MaxRound) in the programme of the
	// place that holds it (socialorg.In; Guangzhou's by default): its own notice's conditions
	// judge the application. Required.
	Round int `json:"round"`
	// Partner is the registered organization (its credit code or name) that applies on behalf of a
	// community organization that is only filed.
	Partner                  string `json:"partner,omitempty"`
	SiteInGuangzhou          bool   `json:"site_in_guangzhou"`
	BeneficiariesInGuangzhou bool   `json:"beneficiaries_in_guangzhou"`
	Capacity                 bool   `json:"capacity"`     // the equipment, site, staff and qualifications the project needs
	WithinScope              bool   `json:"within_scope"` // the project is within the charter's business scope
	// Credit is where the organization stands on the credit lists today (registry.CreditListing:
	// its status, the day it was listed, why). A listing since a day no later than the day judged
	// is a listing within every look-back. The zero value is unknown: a credit condition that no
	// listing below fails is then undecided, never met.
	Credit registry.CreditListing `json:"credit,omitzero"`
	// The periods the organization was on the abnormal-activity list (活动异常名录) and on the
	// serious-violation list (严重违法失信名单) in the past: From the day it was listed, To the day
	// it was removed (zero while still listed).
	AbnormalListings         []socialorg.Period `json:"abnormal_listings,omitempty"`
	SeriousViolationListings []socialorg.Period `json:"serious_violation_listings,omitempty"`
	// MajorViolations are the dates of major violations on record (重大违法记录).
	MajorViolations []socialorg.Date `json:"major_violations,omitempty"`
	// The round-7 conditions that the round-11 notice does not list (judged for a round whose
	// notice, or supplied Conditions, has ListRound7).
	SoundGovernance     bool `json:"sound_governance"`
	UniformAccounting   bool `json:"uniform_accounting"`
	GoodTaxAndInsurance bool `json:"good_tax_and_insurance"`
}

// MaxRecords is the most listings or violations an Applicant may carry.
const MaxRecords = 1000

// MaxRound is the highest round number an Applicant or Conditions may name.
const MaxRound = 1000

// Validate checks the applicant: an ID of at most MaxIDLen bytes, a valid kind, a round 1 …
// MaxRound, a valid credit listing (registry.CreditListing.Validate), listing periods that do not
// end before they begin, at most MaxRecords of each.
func (a Applicant) Validate() error {
	p := socialorg.Problems{Package: "venture"}
	switch {
	case a.ID == "":
		p.Add("applicant.id", "", "required")
	case len(a.ID) > MaxIDLen:
		p.Add("applicant.id", a.ID, "at most 128 bytes")
	}
	if a.Round < 1 || a.Round > MaxRound {
		p.Add("applicant.round", a.Round, "required: the round applied to (第N届), 1 … 1000")
	}
	if len(a.Partner) > MaxIDLen {
		p.Add("applicant.partner", a.Partner, "at most 128 bytes")
	}
	if !a.Kind.IsValid() {
		p.Add("applicant.kind", int(a.Kind), "a valid kind")
	}
	if err := a.Credit.Validate(); err != nil {
		var list socialorg.Errors
		if errors.As(err, &list) {
			for _, e := range list {
				var ie *socialorg.InputError
				if errors.As(e, &ie) {
					p.Add("applicant.credit."+ie.Field, ie.Value, ie.Rule)
				} else {
					p.AddError(e)
				}
			}
		} else {
			p.AddError(err)
		}
	}
	for _, l := range []struct {
		field string
		ps    []socialorg.Period
	}{{"abnormal_listings", a.AbnormalListings}, {"serious_violation_listings", a.SeriousViolationListings}} {
		if len(l.ps) > MaxRecords {
			p.Add("applicant."+l.field, len(l.ps), "at most 1000 records")
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
		p.Add("applicant.major_violations", len(a.MajorViolations), "at most 1000 records")
	}
	return p.Err()
}

// Conditions states the applicant conditions of a round whose notice the place's data do not hold
// (Guangzhou's rounds 1–6, 8–10, and 12 on; every round of a place without data of its own),
// supplied with that notice as the source:
//
//	socialorg.Supply(venture.ConditionsKey, venture.Conditions{Round: 9, SameAs: 11}, cite)
//
// SameAs names the list of conditions the round's notice has: ListRound11 for the five
// conditions of 穗社管发〔2023〕29号 二 (eight findings), ListRound7 for those and the three the
// round-7 notice adds (sound governance, the NPO accounting system, a good tax and
// social-insurance record: eleven findings). The findings then cite the caller's source. The
// look-backs of the credit conditions are those in force at the place on the day judged, else
// those of the notice that set the list (Guangzhou's round 7 or 11, in the place's programme or
// the one it inherits), else unset; the caller may supply them too (AbnormalListYearsKey…).
// Conditions apply to applicants of their Round only; the held notices still judge their own
// rounds unless the caller supplies conditions for them.
type Conditions struct {
	Round  int `json:"round"`
	SameAs int `json:"same_as"`
}

// Validate checks the conditions: a round 1 … MaxRound, SameAs ListRound7 or ListRound11.
func (c Conditions) Validate() error {
	p := socialorg.Problems{Package: "venture"}
	if c.Round < 1 || c.Round > MaxRound {
		p.Add("conditions.round", c.Round, "1 … 1000")
	}
	if c.SameAs != ListRound7 && c.SameAs != ListRound11 {
		p.Add("conditions.same_as", c.SameAs, "7 or 11: a list of conditions the library judges")
	}
	return p.Err()
}

// String writes "round 9 as round 11".
func (c Conditions) String() string { return "round " + itoa(c.Round) + " as round " + itoa(c.SameAs) }

// EligibilityResult is the outcome of CheckEligibility: one finding per condition of the round's
// notice, or one undecided RuleNotice finding for a round whose notice is not held.
type EligibilityResult struct {
	socialorg.Report
	Round int `json:"round"` // the round judged
}

// Eligible reports whether the round's conditions were judged and every one is met: no finding
// failed and none was left undecided (Report.Verdict is Met). It is false for a round whose
// conditions are unset (the notice is not held and none were supplied) and for an applicant whose
// credit status is unknown, although nothing failed (Report.OK).
func (r EligibilityResult) Eligible() bool { return r.Clean() }

// MarshalJSON encodes the result with its verdict and "eligible", derived from the findings.
func (r EligibilityResult) MarshalJSON() ([]byte, error) {
	type plain EligibilityResult
	b, err := json.Marshal(plain(r))
	if err != nil {
		return nil, err
	}
	return socialorg.WithVerdict(b, r.Report, "eligible")
}

// CheckEligibility applies the conditions of the notice of the round the applicant names
// (Applicant.Round), at asOf, the day of the application. The round is one of the programme held
// at the place the options name (socialorg.In), else Guangzhou's; a place's rounds are its own
// (Programme), read from the data in force at asOf there. Each notice judges its own round only.
// In Guangzhou:
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
//     and neither list is carried over. The report holds one RuleNotice finding, undecided
//     (NotApplicable, want "unset"), citing the measures in force at asOf, so that the verdict is
//     socialorg.Undecided and Eligible is false, unless the caller supplies the round's conditions
//     (ConditionsKey) with its notice as the source.
//
// In Liwan (socialorg.In("440103")), round 1 (2024) is held without its notice's conditions, so
// it is unset the same way; a district that declares no rounds of its own has none (its city's
// rounds are not its own): every round there is unset, citing the measures its city's data cite.
// A caller adds a place's rounds, look-backs and caps as data (socialorg.WithJurisdictions).
//
// A community organization that is only filed applies through a registered partner (round 7's
// partner clause; in round 11 the partner is the registered applicant).
//
// The credit conditions read the look-backs of the round's notice (1, 2 and 3 years in
// Guangzhou), in force at the place on the day its applications opened, else those of the notice
// that set its list of conditions (Guangzhou's round 7 or 11). "Within the year before applying" is the
// window from the day after the same date a year earlier to asOf: a listing that overlaps it (one
// of AbnormalListings or SeriousViolationListings, or the current Credit listing when its day is
// no later than asOf), or a violation dated in it, fails the condition. Otherwise a credit-list
// condition is met when the Credit status is known, and undecided (want "not-listed", got
// "unknown") when it is not; a look-back the data do not give and the caller did not supply
// leaves its condition undecided (want "unset").
//
// Errors: the applicant fails Validate; invalid options or supplied values; asOf before the
// round's notice opened its applications, or at a place and date where no programme is in force
// (before 2014-01-01 in Guangzhou; a place outside every jurisdiction that sets one) and no
// conditions were supplied for the round, matches socialorg.ErrNotInForce.
func CheckEligibility(a Applicant, asOf socialorg.Date, opts ...socialorg.Option) (EligibilityResult, error) {
	empty := EligibilityResult{Report: socialorg.Report{Findings: []socialorg.Finding{}}}
	if err := a.Validate(); err != nil {
		return empty, err
	}
	c := socialorg.NewChecker(a.ID, asOf, opts...)
	supplied, suppliedCite, ok := roundConditions.Read(&c)
	switch err := c.Err(); {
	case err != nil:
		return empty, err
	case asOf.IsZero():
		return empty, socialorg.MissingDate("as_of")
	}
	hasSupplied := ok && supplied.Round == a.Round
	rounds, roundsCite, own, err := placeProgramme(&c)
	if err != nil && !hasSupplied {
		return empty, err
	}
	n, held := RoundInfo{}, false
	if own {
		n, held = rounds.round(a.Round)
		held = held && n.Conditions != 0
	}
	// list is the list of conditions that judges the round; noticeDay the day whose look-backs
	// apply; cite gives the citation of a condition.
	var list int
	var noticeDay socialorg.Date
	var cite func(*socialorg.Rule) socialorg.Citation
	switch {
	case hasSupplied:
		list, noticeDay = supplied.SameAs, asOf
		cite = func(*socialorg.Rule) socialorg.Citation { return suppliedCite }
	case held:
		if asOf.Before(n.Opens) {
			return empty, &socialorg.NotInForceError{Param: string(RuleNotice) + " (round " + itoa(a.Round) + ")", Date: asOf, First: n.Opens, Place: c.Place()}
		}
		list, noticeDay = n.Conditions, n.Opens
		cite = func(r *socialorg.Rule) socialorg.Citation {
			// The rule's own regime for the notice gives the article; a notice the rule does not
			// know (a caller's) is cited as the caller gave it.
			if ct, err := r.At(n.Opens); err == nil && ct.Document == n.Notice.Document {
				return ct
			}
			return n.Notice
		}
	default:
		c.Undecided(ruleNotice, socialorg.Words("round "+itoa(a.Round)), socialorg.Words("unset"), roundsCite)
		rep, err := c.Finish()
		if err != nil {
			return empty, err
		}
		return EligibilityResult{Report: rep, Round: a.Round}, nil
	}
	// The look-backs: those in force at the place on noticeDay (a caller's supplied ones win),
	// else those of the notice that set the list (its own round in the programme, the place's own
	// or inherited), else unset.
	lc := socialorg.NewChecker(a.ID, noticeDay, opts...)
	look := func(p socialorg.Param[int]) lookBackValue {
		v, ct, ok := p.Read(&lc)
		return lookBackValue{v, ct, ok}
	}
	abnormal, serious, major := look(abnormalYears), look(seriousYears), look(majorYears)
	if err := lc.Err(); err != nil {
		return empty, err
	}
	if !abnormal.ok || !serious.ok || !major.ok {
		if def, ok := listNotice(&c, list, opts); ok && def.Opens != noticeDay {
			lc = socialorg.NewChecker(a.ID, def.Opens, opts...)
			for _, lb := range []struct {
				v *lookBackValue
				p socialorg.Param[int]
			}{{&abnormal, abnormalYears}, {&serious, seriousYears}, {&major, majorYears}} {
				if !lb.v.ok {
					*lb.v = look(lb.p)
				}
			}
			if err := lc.Err(); err != nil {
				return empty, err
			}
		}
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
	j := judge{c: &c, a: &a, asOf: asOf, cite: cite}
	j.listed(ruleAbnormal, abnormal, a.AbnormalListings, registry.CreditAbnormal)
	j.listed(ruleSerious, serious, a.SeriousViolationListings, registry.CreditSeriousViolation)
	j.violations(major)
	if list == ListRound7 {
		c.Verdict(ruleGovernance, a.SoundGovernance, socialorg.YesNo(a.SoundGovernance), yes, cite(ruleGovernance))
		c.Verdict(ruleAccounting, a.UniformAccounting, socialorg.YesNo(a.UniformAccounting), yes, cite(ruleAccounting))
		c.Verdict(ruleTaxInsurance, a.GoodTaxAndInsurance, socialorg.YesNo(a.GoodTaxAndInsurance), yes, cite(ruleTaxInsurance))
	}
	rep, err := c.Finish()
	if err != nil {
		return empty, err
	}
	return EligibilityResult{Report: rep, Round: a.Round}, nil
}

// listNotice finds the notice that set a list of conditions: the round of that number with that
// list, in the programme of the check's place, else of the nearest place above it that holds
// one, in force at the check's date.
func listNotice(c *socialorg.Checker, list int, opts []socialorg.Option) (RoundInfo, bool) {
	code := c.Place()
	for range maxPlaces {
		pc := socialorg.NewChecker("", c.AsOf(), append(opts[:len(opts):len(opts)], socialorg.In(code))...)
		if p, _, own, err := placeProgramme(&pc); err == nil && own {
			if r, ok := p.round(list); ok && r.Conditions == list {
				return r, true
			}
		}
		parent := pc.Jurisdiction().ParentCode()
		if parent == "" {
			break
		}
		code = parent
	}
	return RoundInfo{}, false
}

// maxPlaces bounds the walk up from a place (district, city, province, nation, with room for a
// caller's own levels).
const maxPlaces = 8

// lookBackValue is a look-back read for a notice: its years and source, or ok false when unset.
type lookBackValue struct {
	years int
	cite  socialorg.Citation
	ok    bool
}

// judge holds what the credit conditions of one check need.
type judge struct {
	c    *socialorg.Checker
	a    *Applicant
	asOf socialorg.Date
	cite func(*socialorg.Rule) socialorg.Citation
}

// citeOf is the citation of a look-back condition: the notice's, or the caller's source of the
// look-back when the caller supplied it.
func (j judge) citeOf(r *socialorg.Rule, lb lookBackValue) socialorg.Citation {
	if lb.ok && lb.cite.Supplied {
		return lb.cite
	}
	return j.cite(r)
}

// listed judges a credit-list condition: a listing (past or current) that overlaps the look-back
// window fails it; otherwise a known status meets it and an unknown one leaves it undecided.
func (j judge) listed(r *socialorg.Rule, lb lookBackValue, past []socialorg.Period, status registry.CreditStatus) {
	if !lb.ok {
		j.c.Undecided(r, socialorg.Words(creditWord(j.a.Credit.Status)), socialorg.Words("unset"), j.cite(r))
		return
	}
	w := window(j.asOf, lb.years)
	hit := j.a.Credit.Status == status && !j.a.Credit.Since.IsZero() && !j.a.Credit.Since.After(j.asOf)
	for _, p := range past {
		if hit {
			break
		}
		hit = overlaps(p, w)
	}
	switch {
	case hit:
		j.c.Add(r, socialorg.Fail, socialorg.Words("listed"), socialorg.Words("not-listed"), j.citeOf(r, lb))
	case !j.a.Credit.Status.Known():
		j.c.Undecided(r, socialorg.Words("unknown"), socialorg.Words("not-listed"), j.citeOf(r, lb))
	default:
		j.c.Add(r, socialorg.Pass, socialorg.Words("not-listed"), socialorg.Words("not-listed"), j.citeOf(r, lb))
	}
}

// violations judges the major-violation condition: none dated in the look-back window.
func (j judge) violations(lb lookBackValue) {
	if !lb.ok {
		j.c.Undecided(ruleMajor, socialorg.Fig(itoa(len(j.a.MajorViolations))), socialorg.Words("unset"), j.cite(ruleMajor))
		return
	}
	w := window(j.asOf, lb.years)
	nv := 0
	for _, v := range j.a.MajorViolations {
		if w.Contains(v) {
			nv++
		}
	}
	j.c.Verdict(ruleMajor, nv == 0, socialorg.Fig(itoa(nv)), socialorg.Fig("0"), j.citeOf(ruleMajor, lb))
}

// creditWord is the value word of a credit status ("unknown" for CreditUnknown).
func creditWord(s registry.CreditStatus) string {
	if !s.Known() {
		return "unknown"
	}
	return s.String()
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
