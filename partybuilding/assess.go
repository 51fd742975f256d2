package partybuilding

import (
	"cmp"
	"slices"
	"strconv"

	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/enum"
	"github.com/socialorg/socialorg/internal/msgcat"
	"github.com/socialorg/socialorg/registry"
)

// Action is what a unit must do to comply, derived from its failed findings. Actions order by
// urgency: SetUpOrganization first.
type Action uint8

// The actions, most urgent first.
const (
	SetUpOrganization Action = iota + 1 // 组建党组织: 3+ formal members and no organization
	UpgradeForm                         // 调整组织形式: the form in place is smaller than required
	ReorganizeJoint                     // 调整联合党支部: a joint branch covers too many units
	ElectCommittee                      // 成立支部委员会: 7+ formal members and no committee
	HoldElection                        // 按期换届: the term is overdue
	AssignInstructor                    // 选派党建指导员或联络员: no organization and no instructor
	AmendCharter                        // 党建工作写入章程: the charter lacks the Party-building clause
)

var actionNames = enum.Names{Type: "Action", Text: []string{"", "set-up-organization", "upgrade-form",
	"reorganize-joint", "elect-committee", "hold-election", "assign-instructor", "amend-charter"}}

// String returns the action's text form, e.g. "set-up-organization".
func (a Action) String() string { return actionNames.String(uint8(a)) }

// MarshalText encodes a as String does.
func (a Action) MarshalText() ([]byte, error) { return actionNames.Marshal(uint8(a)) }

// UnmarshalText decodes what MarshalText encodes.
func (a *Action) UnmarshalText(b []byte) error {
	return enum.Decode(actionNames, b, nil, a)
}

// Message describes the action in the language lang best matches (zh-Hans by default, zh-Hant, en).
func (a Action) Message(lang language.Tag) string {
	return msgcat.Title(lang, "partybuilding.action."+a.String())
}

// The rules Assess applies, each with the action its failure calls for.
const (
	RuleOrganization = "partybuilding.organization"   // 3+ formal members → a Party organization
	RuleForm         = "partybuilding.form"           // the form in place is at least the one required
	RuleJointSize    = "partybuilding.joint.size"     // a joint branch covers at most 5 units
	RuleCommittee    = "partybuilding.committee"      // 7+ formal members → a branch committee
	RuleTerm         = "partybuilding.term"           // elections on time (≤ 1 year of approved postponement)
	RuleInstructor   = "partybuilding.instructor"     // no organization → an instructor or liaison
	RuleCharter      = "partybuilding.charter-clause" // the charter carries the Party-building clause
)

var ruleAction = map[string]Action{
	RuleOrganization: SetUpOrganization,
	RuleForm:         UpgradeForm,
	RuleJointSize:    ReorganizeJoint,
	RuleCommittee:    ElectCommittee,
	RuleTerm:         HoldElection,
	RuleInstructor:   AssignInstructor,
	RuleCharter:      AmendCharter,
}

// Assessment is the verdict on one unit.
type Assessment struct {
	Unit     string           `json:"unit"`
	Required Requirement      `json:"required"`
	Report   socialorg.Report `json:"report"`
	// Actions are the actions the failed findings call for, most urgent first.
	Actions []Action `json:"actions"`
}

// Urgency returns the unit's most urgent action, or 0 when it needs none. Sorting assessments
// by Urgency (0 last) lists the units needing action first.
func (a Assessment) Urgency() Action {
	if len(a.Actions) == 0 {
		return 0
	}
	return a.Actions[0]
}

// Assess judges every unit against the rules in force at asOf and returns one Assessment per
// unit, in the order given. Each report holds these findings (Pass, Fail or NotApplicable):
//
//   - partybuilding.organization: a unit with 3+ formal members has a Party organization
//     (CCP Constitution Art. 30);
//   - partybuilding.form: the organization in place is at least the form required (a joint
//     branch is not enough for 3+ formal members; 50+ and 100+ call for a general branch and a
//     primary committee);
//   - partybuilding.joint.size: a joint branch covers at most 5 units (branch regulation);
//   - partybuilding.committee: a branch with 7+ formal members has a branch committee;
//   - partybuilding.term: the last election (or the founding) is within the term (3 years for
//     branches and general branches, 5 for primary committees and village/community
//     organizations), plus an approved postponement of at most 1 year;
//   - partybuilding.instructor: a unit without an organization has an instructor or liaison;
//   - partybuilding.charter-clause: the charter carries the Party-building clause (民函〔2018〕78号).
//
// Errors: an empty or repeated ID, a negative member count, an invalid Has or Formed
// (*socialorg.InputError); a date before the rules (matches socialorg.ErrNotInForce).
func Assess(units []Unit, asOf socialorg.Date, opts ...Option) ([]Assessment, error) {
	var cfg config
	for _, o := range opts {
		o(&cfg)
	}
	r, err := rulesAt(asOf)
	if err != nil {
		return nil, err
	}
	if err := validateUnits(units); err != nil {
		return nil, err
	}
	// Units per joint organization.
	jointSize := map[string]int{}
	for i := range units {
		if u := &units[i]; u.formation() == Joint && u.OrgID != "" {
			jointSize[u.OrgID]++
		}
	}
	out := make([]Assessment, len(units))
	for i := range units {
		out[i] = r.assess(&units[i], asOf, cfg, jointSize)
	}
	return out, nil
}

// NeedingAction returns the assessments with at least one action, most urgent first (then by
// number of actions, then by unit ID).
func NeedingAction(as []Assessment) []Assessment {
	var out []Assessment
	for _, a := range as {
		if len(a.Actions) > 0 {
			out = append(out, a)
		}
	}
	slices.SortStableFunc(out, func(a, b Assessment) int {
		return cmp.Or(cmp.Compare(a.Urgency(), b.Urgency()), cmp.Compare(len(b.Actions), len(a.Actions)), cmp.Compare(a.Unit, b.Unit))
	})
	return out
}

// rules are the parameters in force at one date.
type rules struct {
	thresholds
	jointMax                          int
	jointMaxCite                      socialorg.Citation
	termBranch, termCommunity         int
	termGeneral, termPrimary          int
	termBranchCite, termCommunityCite socialorg.Citation
	termGeneralCite, termPrimaryCite  socialorg.Citation
	postpone                          int
	postponeCite                      socialorg.Citation
	charterCite                       socialorg.Citation
	// Want figures, formatted once per assessment rather than once per unit.
	wantBranch, wantJointMax, wantNotBefore string
}

func rulesAt(d socialorg.Date) (rules, error) {
	t, err := thresholdsAt(d)
	if err != nil {
		return rules{}, err
	}
	r := rules{thresholds: t}
	rd := reader{d: d}
	rd.int(jointMaxUnits, &r.jointMax, &r.jointMaxCite)
	rd.int(termBranch, &r.termBranch, &r.termBranchCite)
	rd.int(termCommunity, &r.termCommunity, &r.termCommunityCite)
	rd.int(termGeneralBranch, &r.termGeneral, &r.termGeneralCite)
	rd.int(termPrimaryCommittee, &r.termPrimary, &r.termPrimaryCite)
	rd.int(maxPostponementYears, &r.postpone, &r.postponeCite)
	rd.cite(charterClauseRequired, &r.charterCite)
	r.wantBranch = "≥ " + strconv.Itoa(r.branch)
	r.wantJointMax = "≤ " + strconv.Itoa(r.jointMax)
	r.wantNotBefore = "≥ " + d.String()
	return r, rd.err
}

func validateUnits(units []Unit) error {
	seen := make(map[string]struct{}, len(units))
	for i := range units {
		u := &units[i]
		field := func(name string) string { return "units[" + strconv.Itoa(i) + "]." + name }
		switch {
		case u.ID == "":
			return socialorg.Invalid(field("ID"), u.ID, "required")
		case u.Formal < 0:
			return socialorg.Invalid(field("Formal"), u.Formal, ">= 0")
		case u.Probationary < 0:
			return socialorg.Invalid(field("Probationary"), u.Probationary, ">= 0")
		case u.Has != 0 && !u.Has.IsValid():
			return socialorg.Invalid(field("Has"), uint8(u.Has), "none or a Form")
		case u.Formed != 0 && !formationNames.Valid(uint8(u.Formed)):
			return socialorg.Invalid(field("Formed"), uint8(u.Formed), "own, joint or attached")
		}
		if _, dup := seen[u.ID]; dup {
			return socialorg.Invalid(field("ID"), u.ID, "unique")
		}
		seen[u.ID] = struct{}{}
	}
	return nil
}

func (r rules) assess(u *Unit, asOf socialorg.Date, cfg config, jointSize map[string]int) Assessment {
	req := r.require(u.Formal, u.Probationary, cfg)
	a := Assessment{Unit: u.ID, Required: req, Report: socialorg.Report{Findings: make([]socialorg.Finding, 0, 7)}}
	add := func(rule string, out socialorg.Outcome, got, want string, cite socialorg.Citation) {
		a.Report.Add(socialorg.Finding{Rule: rule, Subject: u.ID, Outcome: out, Got: got, Want: want, Cite: cite})
		if out == socialorg.Fail {
			a.Actions = append(a.Actions, ruleAction[rule])
		}
	}
	org := u.Has.IsOrganization()
	has := u.Has.String()
	if has == "" {
		has = "none"
	}

	// Organization: 3+ formal members oblige an organization.
	if u.Formal >= r.branch {
		add(RuleOrganization, socialorg.OutcomeOf(org), has, "≥ "+JointBranch.String(), r.branchCite)
	} else {
		add(RuleOrganization, socialorg.NotApplicable, strconv.Itoa(u.Formal), r.wantBranch, r.branchCite)
	}

	// Form: the organization in place against the one required.
	if org && req.Form.IsOrganization() {
		add(RuleForm, socialorg.OutcomeOf(u.Has >= req.Form), has, "≥ "+req.Form.String(), req.Cite)
	} else {
		add(RuleForm, socialorg.NotApplicable, has, req.Form.String(), req.Cite)
	}

	// Joint size.
	if n := jointSize[u.OrgID]; u.formation() == Joint && n > 0 {
		add(RuleJointSize, socialorg.OutcomeOf(n <= r.jointMax), strconv.Itoa(n), r.wantJointMax, r.jointMaxCite)
	} else {
		add(RuleJointSize, socialorg.NotApplicable, "", "", r.jointMaxCite)
	}

	// Committee: required of a branch with 7+ formal members.
	if req.Committee && u.Has == Branch {
		add(RuleCommittee, socialorg.OutcomeOf(u.Committee), msgcat.YesNo(u.Committee), "yes", r.committeeCite)
	} else {
		add(RuleCommittee, socialorg.NotApplicable, msgcat.YesNo(u.Committee), "", r.committeeCite)
	}

	// Term.
	r.term(u, asOf, add)

	// Instructor: work coverage where there is no organization.
	if !org {
		covered := u.Instructor || u.Has == WorkCoverage
		add(RuleInstructor, socialorg.OutcomeOf(covered), msgcat.YesNo(covered), "yes", r.workCite)
	} else {
		add(RuleInstructor, socialorg.NotApplicable, msgcat.YesNo(u.Instructor), "", r.workCite)
	}

	// Charter clause: registered organizations (filed community organizations have no charter
	// approval).
	if u.Kind == registry.CommunityOrg {
		add(RuleCharter, socialorg.NotApplicable, msgcat.YesNo(u.CharterClause), "", r.charterCite)
	} else {
		add(RuleCharter, socialorg.OutcomeOf(u.CharterClause), msgcat.YesNo(u.CharterClause), "yes", r.charterCite)
	}

	slices.Sort(a.Actions)
	return a
}

// term judges whether the organization's election is overdue at asOf.
func (r rules) term(u *Unit, asOf socialorg.Date, add func(string, socialorg.Outcome, string, string, socialorg.Citation)) {
	if !u.Has.IsOrganization() {
		add(RuleTerm, socialorg.NotApplicable, "", "", r.termBranchCite)
		return
	}
	years, cite := r.termBranch, r.termBranchCite
	switch {
	case u.CommunityLevel:
		years, cite = r.termCommunity, r.termCommunityCite
	case u.Has == PrimaryCommittee:
		years, cite = r.termPrimary, r.termPrimaryCite
	case u.Has == GeneralBranch:
		years, cite = r.termGeneral, r.termGeneralCite
	}
	since := u.LastElection
	if since.IsZero() {
		since = u.Established
	}
	if since.IsZero() {
		add(RuleTerm, socialorg.NotApplicable, "unknown", "", cite)
		return
	}
	due := since.AddYears(years)
	if !u.PostponedTo.IsZero() && u.PostponedTo.After(due) {
		// An approved postponement counts up to its cap.
		limit := due.AddYears(r.postpone)
		due = u.PostponedTo
		if due.After(limit) {
			due = limit
		}
		cite = r.postponeCite
	}
	// Overdue once the day after the due date begins.
	add(RuleTerm, socialorg.OutcomeOf(!asOf.After(due)), due.String(), r.wantNotBefore, cite)
}
