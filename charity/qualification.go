package charity

import (
	"fmt"
	"strconv"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/msgcat"
	"github.com/socialorg/socialorg/registry"
)

// QualificationInput describes a charitable organization applying for the public-fundraising
// qualification (公开募捐资格).
type QualificationInput struct {
	Subject    string         `json:"subject,omitempty"`
	Kind       registry.Kind  `json:"kind"`
	Registered socialorg.Date `json:"registered"` // date of registration
	Grade      registry.Grade `json:"grade"`      // assessment grade in force
	// LastPenalty is the date of the latest administrative penalty; zero when there was none.
	LastPenalty  socialorg.Date `json:"last_penalty,omitzero"`
	AbnormalList bool           `json:"abnormal_list,omitempty"` // on the list of abnormal activities now

	// Governance, as Order 59 (2016) asks.
	Directors                int  `json:"directors"`
	RelatedDirectors         int  `json:"related_directors"`      // from one body, or related to each other
	NonMainlandDirectors     int  `json:"non_mainland_directors"` // not mainland residents
	SecretaryGeneralFullTime bool `json:"secretary_general_full_time,omitempty"`
	SecretaryGeneralIsChair  bool `json:"secretary_general_is_chair,omitempty"`
	Supervisors              int  `json:"supervisors"`
	ProvincialOrAbove        bool `json:"provincial_or_above,omitempty"` // registered at provincial level or above

	// Operation, as Order 74 (2024) asks.
	SupervisorsFunctioning     bool `json:"supervisors_functioning,omitempty"`
	InternalSystems            bool `json:"internal_systems,omitempty"`
	PriorYearSpendingCompliant bool `json:"prior_year_spending_compliant,omitempty"` // see CheckAnnualSpending
	UniformAccounting          bool `json:"uniform_accounting,omitempty"`
	AnnualReportsFiled         bool `json:"annual_reports_filed,omitempty"`
}

// QualificationResult is the verdict on an application.
type QualificationResult struct {
	Eligible bool             // no finding failed
	Regime   string           // "2016" (Charity Law and Order 59) or "2024" (amended law and Order 74)
	Report   socialorg.Report //
}

// Conditions are the conditions of one regime beyond the years registered (Order 59 or 74,
// Art. 5). A zero or false field is a condition the regime does not have, or does not have
// confirmed.
type Conditions struct {
	Regime        string
	LookbackYears int            // no administrative penalty within this many years before applying
	MinGrade      registry.Grade // NoGrade: no grade condition confirmed
	// MaxRelatedDirectors and MaxNonMainlandDirectors are shares of the board, as a fraction
	// (1/3); zero Den: no such condition.
	MaxRelatedDirectors, MaxNonMainlandDirectors Fraction
	AbnormalList                                 bool // not on the abnormal-activities list
	SecretaryGeneral                             bool // a full-time secretary-general who is not the chair
	MinSupervisorsProvincial                     int  // supervisors required at provincial level and above
	SupervisorsFunction                          bool
	InternalSystems                              bool
	PriorSpending                                bool
	UniformAccounting                            bool
	AnnualReports                                bool
}

// Fraction is an exact share, Num/Den.
type Fraction struct{ Num, Den int }

// String writes "1/3".
func (f Fraction) String() string { return fmt.Sprintf("%d/%d", f.Num, f.Den) }

// String summarizes the conditions for parameter listings.
func (c Conditions) String() string {
	return fmt.Sprintf("regime %s: no penalty in %d years, grade ≥ %s, related ≤ %v, non-mainland ≤ %v, abnormal list %v, "+
		"secretary-general %v, supervisors (provincial) ≥ %d, functioning %v, systems %v, prior spending %v, accounting %v, reports %v",
		c.Regime, c.LookbackYears, c.MinGrade, c.MaxRelatedDirectors, c.MaxNonMainlandDirectors, c.AbnormalList, c.SecretaryGeneral,
		c.MinSupervisorsProvincial, c.SupervisorsFunction, c.InternalSystems, c.PriorSpending, c.UniformAccounting, c.AnnualReports)
}

var (
	qualYears = socialorg.MustParam("charity.pf.min-years-registered",
		socialorg.Dated[int]{From: fromLaw2016, Value: 2, Cite: citeLaw16("第二十二条")},
		socialorg.Dated[int]{From: fromLaw2023, Value: 1, Cite: citeLaw23("第二十二条")})
	qualConditions = socialorg.MustParam("charity.pf.conditions",
		socialorg.Dated[Conditions]{From: fromLaw2016, Cite: socialorg.Citation{Document: docOrder59, Article: "第五条"},
			Note: "items as the domain notes read them from secondary sources",
			Value: Conditions{Regime: "2016", LookbackYears: 2, MinGrade: registry.Grade3A,
				MaxRelatedDirectors: Fraction{1, 3}, MaxNonMainlandDirectors: Fraction{1, 3}, AbnormalList: true,
				SecretaryGeneral: true, MinSupervisorsProvincial: 3}},
		socialorg.Dated[Conditions]{From: fromLaw2023, Cite: socialorg.Citation{Document: docOrder74, Article: "第五条"},
			Note: "whether the 3A grade condition is kept is not confirmed: no grade condition unless the caller supplies one (WithGradeRequirement)",
			Value: Conditions{Regime: "2024", LookbackYears: 1, SupervisorsFunction: true, InternalSystems: true,
				PriorSpending: true, UniformAccounting: true, AnnualReports: true}})
)

func qualificationParameters() []socialorg.Parameter {
	return []socialorg.Parameter{qualYears, qualConditions}
}

// QualificationOption configures CheckQualification.
type QualificationOption func(*qualConfig) error

type qualConfig struct {
	grade     registry.Grade
	gradeCite socialorg.Citation
}

// WithGradeRequirement sets a minimum assessment grade, with its source, where the regime in force
// has no confirmed one (the 2024 regime: whether Order 74 kept the 3A condition is not
// confirmed). Under the 2016 regime, whose 3A condition is confirmed, it replaces it.
func WithGradeRequirement(min registry.Grade, cite socialorg.Citation) QualificationOption {
	return func(c *qualConfig) error {
		if min == registry.NoGrade || !min.IsValid() {
			return socialorg.Invalid("WithGradeRequirement.min", min, "1A–5A")
		}
		if cite.IsZero() {
			return socialorg.Invalid("WithGradeRequirement.cite", "", "a caller-supplied condition needs its source")
		}
		c.grade, c.gradeCite = min, cite
		return nil
	}
}

// The rule IDs of the qualification findings.
const (
	RuleQualYears         = "charity.pf.registered-years"
	RuleQualGrade         = "charity.pf.grade"
	RuleQualPenalty       = "charity.pf.penalty"
	RuleQualAbnormal      = "charity.pf.abnormal-list"
	RuleQualRelated       = "charity.pf.related-directors"
	RuleQualNonMainland   = "charity.pf.non-mainland-directors"
	RuleQualSecretary     = "charity.pf.secretary-general"
	RuleQualSupervisors   = "charity.pf.supervisors"
	RuleQualSystems       = "charity.pf.internal-systems"
	RuleQualPriorSpending = "charity.pf.prior-spending"
	RuleQualAccounting    = "charity.pf.accounting"
	RuleQualReports       = "charity.pf.annual-reports"
)

// CheckQualification judges whether an organization may be granted the public-fundraising
// qualification at asOf, under the regime in force then:
//
//   - until 2024-09-04, Charity Law Art. 22 (registered ≥ 2 years) and Order 59 Art. 5: grade 3A
//     or above, no administrative penalty in the 2 years before, not on the abnormal-activities
//     list, related directors and non-mainland directors each at most 1/3 of the board, a full-time
//     secretary-general who is not the chair, at least 3 supervisors at provincial level and above;
//   - from 2024-09-05, the amended law's Art. 22 (registered ≥ 1 year) and Order 74 Art. 5:
//     supervisors performing their duties, complete internal systems, the prior year's spending
//     and management expenses compliant, uniform accounting, annual reports filed, no penalty in
//     the year before. No grade condition is applied unless the caller supplies one.
//
// "Within N years before" includes the day N years back. Registered N years means the
// anniversary has come: registered 2022-09-05 is 2 years on 2024-09-05.
func CheckQualification(in QualificationInput, asOf socialorg.Date, opts ...QualificationOption) (QualificationResult, error) {
	var cfg qualConfig
	for _, o := range opts {
		if err := o(&cfg); err != nil {
			return QualificationResult{}, err
		}
	}
	switch {
	case in.Kind != registry.Foundation && in.Kind != registry.SocialGroup && in.Kind != registry.SocialServiceAgency:
		return QualificationResult{}, socialorg.Invalid("QualificationInput.Kind", in.Kind, "Foundation, SocialGroup or SocialServiceAgency")
	case in.Registered.IsZero():
		return QualificationResult{}, socialorg.Invalid("QualificationInput.Registered", "", "required")
	case in.Registered.After(asOf):
		return QualificationResult{}, socialorg.Invalid("QualificationInput.Registered", in.Registered, "not after asOf")
	case in.Directors < 0 || in.RelatedDirectors < 0 || in.NonMainlandDirectors < 0 || in.Supervisors < 0:
		return QualificationResult{}, socialorg.Invalid("QualificationInput", fmt.Sprint(in.Directors, in.RelatedDirectors, in.NonMainlandDirectors, in.Supervisors), "counts ≥ 0")
	case in.RelatedDirectors > in.Directors || in.NonMainlandDirectors > in.Directors:
		return QualificationResult{}, socialorg.Invalid("QualificationInput.RelatedDirectors", in.RelatedDirectors, "at most Directors")
	case !in.Grade.IsValid():
		return QualificationResult{}, socialorg.Invalid("QualificationInput.Grade", in.Grade, "a Grade")
	}
	years, yearsCite, err := qualYears.At(asOf)
	if err != nil {
		return QualificationResult{}, err
	}
	c, cite, err := qualConditions.At(asOf)
	if err != nil {
		return QualificationResult{}, err
	}
	res := QualificationResult{Regime: c.Regime}
	add := func(rule string, ok bool, got, want string, ct socialorg.Citation) {
		res.Report.Add(socialorg.Finding{Rule: rule, Subject: in.Subject, Outcome: socialorg.OutcomeOf(ok), Got: got, Want: want, Cite: ct})
	}
	na := func(rule, got, want string, ct socialorg.Citation) {
		res.Report.Add(socialorg.Finding{Rule: rule, Subject: in.Subject, Outcome: socialorg.NotApplicable, Got: got, Want: want, Cite: ct})
	}

	// Years registered: the anniversary must have come.
	due := in.Registered.AddYears(years)
	add(RuleQualYears, !asOf.Before(due), strconv.Itoa(fullYears(in.Registered, asOf)), "≥ "+strconv.Itoa(years), yearsCite)

	// Grade.
	minGrade, gradeCite := c.MinGrade, cite
	if cfg.grade != registry.NoGrade {
		minGrade, gradeCite = cfg.grade, cfg.gradeCite
	}
	if minGrade == registry.NoGrade {
		na(RuleQualGrade, in.Grade.String(), "unset", cite)
	} else {
		add(RuleQualGrade, in.Grade.AtLeast(minGrade), in.Grade.String(), "≥ "+minGrade.String(), gradeCite)
	}

	// Penalties within the look-back period (inclusive of the day N years back).
	since := asOf.AddYears(-c.LookbackYears)
	got := "none"
	if !in.LastPenalty.IsZero() {
		got = in.LastPenalty.String()
	}
	add(RuleQualPenalty, in.LastPenalty.IsZero() || in.LastPenalty.Before(since), got, "< "+since.String(), cite)

	if c.AbnormalList {
		add(RuleQualAbnormal, !in.AbnormalList, msgcat.YesNo(in.AbnormalList), "no", cite)
	}
	if c.MaxRelatedDirectors.Den > 0 {
		add(RuleQualRelated, share(in.RelatedDirectors, in.Directors, c.MaxRelatedDirectors),
			fmt.Sprintf("%d / %d", in.RelatedDirectors, in.Directors), "≤ "+c.MaxRelatedDirectors.String(), cite)
	}
	if c.MaxNonMainlandDirectors.Den > 0 {
		add(RuleQualNonMainland, share(in.NonMainlandDirectors, in.Directors, c.MaxNonMainlandDirectors),
			fmt.Sprintf("%d / %d", in.NonMainlandDirectors, in.Directors), "≤ "+c.MaxNonMainlandDirectors.String(), cite)
	}
	if c.SecretaryGeneral {
		ok := in.SecretaryGeneralFullTime && !in.SecretaryGeneralIsChair
		add(RuleQualSecretary, ok, msgcat.YesNo(ok), "yes", cite)
	}
	switch {
	case c.MinSupervisorsProvincial > 0 && in.ProvincialOrAbove:
		add(RuleQualSupervisors, in.Supervisors >= c.MinSupervisorsProvincial, strconv.Itoa(in.Supervisors), "≥ "+strconv.Itoa(c.MinSupervisorsProvincial), cite)
	case c.MinSupervisorsProvincial > 0:
		na(RuleQualSupervisors, strconv.Itoa(in.Supervisors), "", cite)
	case c.SupervisorsFunction:
		add(RuleQualSupervisors, in.SupervisorsFunctioning, msgcat.YesNo(in.SupervisorsFunctioning), "yes", cite)
	}
	if c.InternalSystems {
		add(RuleQualSystems, in.InternalSystems, msgcat.YesNo(in.InternalSystems), "yes", cite)
	}
	if c.PriorSpending {
		add(RuleQualPriorSpending, in.PriorYearSpendingCompliant, msgcat.YesNo(in.PriorYearSpendingCompliant), "yes", cite)
	}
	if c.UniformAccounting {
		add(RuleQualAccounting, in.UniformAccounting, msgcat.YesNo(in.UniformAccounting), "yes", cite)
	}
	if c.AnnualReports {
		add(RuleQualReports, in.AnnualReportsFiled, msgcat.YesNo(in.AnnualReportsFiled), "yes", cite)
	}
	res.Eligible = res.Report.OK()
	return res, nil
}

// share reports whether n/of ≤ max exactly (an empty board has no share to exceed).
func share(n, of int, max Fraction) bool { return n*max.Den <= max.Num*of }

// fullYears counts the anniversaries of from up to at.
func fullYears(from, at socialorg.Date) int {
	n := at.Year() - from.Year()
	if from.AddYears(n).After(at) {
		n--
	}
	return max(n, 0)
}
