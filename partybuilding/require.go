package partybuilding

import (
	"github.com/socialorg/socialorg"
)

// Requirement is the Party organization a unit must have.
type Requirement struct {
	Form      Form               `json:"form"`
	Committee bool               `json:"committee"` // a branch committee (支部委员会) is required: 7+ formal members, Form == Branch
	Cite      socialorg.Citation `json:"cite"`      // the source of the threshold that decided Form
}

// thresholds are the form rules in force at one date; a rule not in force has its ok flag false.
type thresholds struct {
	branch, committee, general, primary    int
	branchOK, committeeOK, generalOK       bool
	primaryOK, jointOK, workOK             bool
	branchCite, committeeCite, generalCite socialorg.Citation
	primaryCite, jointCite, workCite       socialorg.Citation
	branchErr, jointErr, workErr           error // why a rule needed for an answer is not in force
	countProbationary                      bool
}

// readIf reads a parameter when a regime of it is in force at the check's date, and otherwise
// returns the error that says when it is.
func readIf[T any](c *socialorg.Checker, p socialorg.Param[T]) (T, socialorg.Citation, bool, error) {
	v, cite, ok := p.ReadOptional(c)
	if !ok && c.Err() == nil {
		_, err := p.Resolve(c) // why there is none: the rule is not in force at the date and place
		return v, cite, false, err
	}
	return v, cite, ok, nil
}

// thresholdsAt reads every form rule in force at the check's date.
func thresholdsAt(c *socialorg.Checker) thresholds {
	var t thresholds
	t.branch, t.branchCite, t.branchOK, t.branchErr = readIf(c, minFormalForBranch)
	t.committee, t.committeeCite, t.committeeOK, _ = readIf(c, minFormalForCommittee)
	t.general, t.generalCite, t.generalOK, _ = readIf(c, minMembersGeneralBranch)
	t.primary, t.primaryCite, t.primaryOK, _ = readIf(c, minMembersPrimaryCommittee)
	_, t.jointCite, t.jointOK, t.jointErr = readIf(c, jointForSmallUnits)
	_, t.workCite, t.workOK, t.workErr = readIf(c, workCoverageRequired)
	t.countProbationary = c.On(countProbationaryKey)
	return t
}

// latest is the date of the newest regime of any form rule: Require applies the rules in force
// from then on.
var latest = func() socialorg.Date {
	var d socialorg.Date
	for _, p := range []socialorg.Parameter{minFormalForBranch, minFormalForCommittee, minMembersGeneralBranch,
		minMembersPrimaryCommittee, jointForSmallUnits, workCoverageRequired} {
		es := p.Entries()
		if f := es[len(es)-1].From; f.After(d) {
			d = f
		}
	}
	return d
}()

// Require gives the organizational form that a unit with these members must have, under the
// newest rules the library holds (RequireAt takes a date and options).
// Thresholds count formal members (正式党员) only; negative counts are an error.
// Zero members in all → WorkCoverage; 1–2 formal (or only probationary) → JointBranch;
// 3+ formal → Branch, with a branch committee from 7; 50+ → GeneralBranch; 100+ → PrimaryCommittee.
// (The 50 and 100 figures come from the rules for Party and state organs, as provincial guides
// apply them to social organizations: Assess treats them as advice; see StrictForms.)
func Require(formal, probationary int) (Requirement, error) {
	return RequireAt(formal, probationary, latest)
}

// RequireAt is Require under the rules in force at asOf. A rule not yet in force at asOf (the 50
// and 100 thresholds, dated from 2020-01-01) does not stop the answer from the rules that are (3
// members from the 2012 Constitution, the 7-member committee and the joint branch from
// 2018-10-28, the 2015 opinion before it). An answer that needs a rule not in force at asOf is an
// error matching socialorg.ErrNotInForce: every date before 2012-11-14, and for a unit with fewer
// than 3 formal members every date before 2015-09-28.
func RequireAt(formal, probationary int, asOf socialorg.Date, opts ...socialorg.Option) (Requirement, error) {
	p := socialorg.Problems{Package: "partybuilding"}
	if formal < 0 || formal > MaxMembers {
		p.Add("formal", formal, "0 … 2^31−1")
	}
	if probationary < 0 || probationary > MaxMembers {
		p.Add("probationary", probationary, "0 … 2^31−1")
	}
	if err := p.Err(); err != nil {
		return Requirement{}, err
	}
	c := socialorg.NewChecker("", asOf, opts...)
	t := thresholdsAt(&c)
	if err := c.Err(); err != nil {
		return Requirement{}, err
	}
	return t.require(formal, probationary)
}

// MaxMembers bounds every member count the package reads, so that no sum can overflow.
const MaxMembers = 1<<31 - 1

func (t thresholds) require(formal, probationary int) (Requirement, error) {
	large := formal
	if t.countProbationary {
		large += probationary
	}
	switch {
	case !t.branchOK:
		return Requirement{}, t.branchErr
	case formal+probationary == 0:
		if !t.workOK {
			return Requirement{}, t.workErr
		}
		return Requirement{Form: WorkCoverage, Cite: t.workCite}, nil
	case formal < t.branch:
		if !t.jointOK {
			return Requirement{}, t.jointErr
		}
		return Requirement{Form: JointBranch, Cite: t.jointCite}, nil
	case t.primaryOK && large >= t.primary:
		return Requirement{Form: PrimaryCommittee, Cite: t.primaryCite}, nil
	case t.generalOK && large >= t.general:
		return Requirement{Form: GeneralBranch, Cite: t.generalCite}, nil
	case t.committeeOK && formal >= t.committee:
		return Requirement{Form: Branch, Committee: true, Cite: t.committeeCite}, nil
	}
	return Requirement{Form: Branch, Cite: t.branchCite}, nil
}
