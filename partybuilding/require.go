package partybuilding

import (
	"github.com/socialorg/socialorg"
)

// Requirement is the Party organization a unit must have.
type Requirement struct {
	Form      Form
	Committee bool               // a branch committee (支部委员会) is required: 7+ formal members, Form == Branch
	Cite      socialorg.Citation // the source of the threshold that decided Form
}

// Option configures RequireAt, Assess and the functions built on them.
type Option func(*config)

type config struct {
	countProbationary bool
}

// CountProbationary makes probationary members count toward the 50 and 100 thresholds of a
// general branch and a primary committee. By default they do not: the organ regulation says
// "党员", which is ambiguous, and the Shandong guide for social organizations says formal members.
// The 3 and 7 thresholds always count formal members only (CCP Constitution Art. 7: probationary
// members have no vote).
func CountProbationary() Option { return func(c *config) { c.countProbationary = true } }

// thresholds are the parameter values in force at one date.
type thresholds struct {
	branch, committee, general, primary int
	branchCite, committeeCite           socialorg.Citation
	generalCite, primaryCite            socialorg.Citation
	jointCite, workCite                 socialorg.Citation
}

// thresholdsAt reads every form threshold in force at d (the zero Date is an error, like any date
// before the rules).
func thresholdsAt(d socialorg.Date) (thresholds, error) {
	var t thresholds
	r := reader{d: d}
	r.int(minFormalForBranch, &t.branch, &t.branchCite)
	r.int(minFormalForCommittee, &t.committee, &t.committeeCite)
	r.int(minMembersGeneralBranch, &t.general, &t.generalCite)
	r.int(minMembersPrimaryCommittee, &t.primary, &t.primaryCite)
	r.cite(jointForSmallUnits, &t.jointCite)
	r.cite(workCoverageRequired, &t.workCite)
	return t, r.err
}

// reader reads parameters at one date, keeping the first error.
type reader struct {
	d   socialorg.Date
	err error
}

func (r *reader) int(p socialorg.Param[int], v *int, c *socialorg.Citation) {
	if r.err == nil {
		*v, *c, r.err = p.At(r.d)
	}
}

// cite reads only the citation of a rule whose value is "the rule applies".
func (r *reader) cite(p socialorg.Param[bool], c *socialorg.Citation) {
	if r.err == nil {
		_, *c, r.err = p.At(r.d)
	}
}

// latest is the date of the newest regime of any form threshold: Require applies the rules in
// force from then on.
func latest() socialorg.Date {
	var d socialorg.Date
	for _, p := range []socialorg.Parameter{minFormalForBranch, minFormalForCommittee, minMembersGeneralBranch,
		minMembersPrimaryCommittee, jointForSmallUnits, workCoverageRequired} {
		es := p.Entries()
		if f := es[len(es)-1].From; f.After(d) {
			d = f
		}
	}
	return d
}

// Require gives the organizational form that a unit with these members must have, under the
// newest rules the library holds (RequireAt takes a date and options).
// Thresholds count formal members (正式党员) only; negative counts are an error.
// Zero members in all → WorkCoverage; 1–2 formal (or only probationary) → JointBranch;
// 3+ formal → Branch, with a branch committee from 7; 50+ → GeneralBranch; 100+ → PrimaryCommittee.
func Require(formal, probationary int) (Requirement, error) {
	return RequireAt(formal, probationary, latest())
}

// RequireAt is Require under the rules in force at asOf. Before every threshold is in force
// (the general-branch and primary-committee cut-offs are dated from 2020-01-01) it returns an
// error matching socialorg.ErrNotInForce.
func RequireAt(formal, probationary int, asOf socialorg.Date, opts ...Option) (Requirement, error) {
	var cfg config
	for _, o := range opts {
		o(&cfg)
	}
	if formal < 0 {
		return Requirement{}, socialorg.Invalid("formal", formal, ">= 0")
	}
	if probationary < 0 {
		return Requirement{}, socialorg.Invalid("probationary", probationary, ">= 0")
	}
	t, err := thresholdsAt(asOf)
	if err != nil {
		return Requirement{}, err
	}
	return t.require(formal, probationary, cfg), nil
}

func (t thresholds) require(formal, probationary int, cfg config) Requirement {
	large := formal
	if cfg.countProbationary {
		large += probationary
	}
	switch {
	case formal+probationary == 0:
		return Requirement{Form: WorkCoverage, Cite: t.workCite}
	case formal < t.branch:
		return Requirement{Form: JointBranch, Cite: t.jointCite}
	case large >= t.primary:
		return Requirement{Form: PrimaryCommittee, Cite: t.primaryCite}
	case large >= t.general:
		return Requirement{Form: GeneralBranch, Cite: t.generalCite}
	case formal >= t.committee:
		return Requirement{Form: Branch, Committee: true, Cite: t.committeeCite}
	}
	return Requirement{Form: Branch, Cite: t.branchCite}
}
