package partybuilding

import (
	"cmp"
	"slices"
	"strconv"

	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/enum"
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
	AmendCharter                        // 党建工作写入章程: the charter lacks the current clause
)

var actionNames = enum.Names[Action]{
	Type: "Action",
	Text: []string{"", "set-up-organization", "upgrade-form", "reorganize-joint", "elect-committee", "hold-election", "assign-instructor", "amend-charter"},
	Names: []socialorg.Text{{},
		{Hans: "组建党组织", Hant: "組建黨組織", En: "set up a Party organization"},
		{Hans: "调整党组织设置形式", Hant: "調整黨組織設置形式", En: "reorganize into the required form"},
		{Hans: "调整联合党支部覆盖范围", Hant: "調整聯合黨支部覆蓋範圍", En: "split the joint branch"},
		{Hans: "选举产生支部委员会", Hant: "選舉產生支部委員會", En: "elect a branch committee"},
		{Hans: "按期进行换届选举", Hant: "按期進行換屆選舉", En: "hold the overdue election"},
		{Hans: "选派党建工作指导员或联络员", Hant: "選派黨建工作指導員或聯絡員", En: "assign a Party-building instructor or liaison"},
		{Hans: "将现行党建条款写入章程", Hant: "將現行黨建條款寫入章程", En: "put the current Party-building clause in the charter"}},
}

// String returns the action's text form, e.g. "set-up-organization".
func (a Action) String() string { return actionNames.String(a) }

// Name returns the action in three languages.
func (a Action) Name() socialorg.Text { return actionNames.Name(a) }

// Message describes the action in the language lang best matches (zh-Hans by default, zh-Hant, en).
func (a Action) Message(lang language.Tag) string { return a.Name().In(lang) }

// MarshalText encodes a as String does; the zero Action encodes as "".
func (a Action) MarshalText() ([]byte, error) { return actionNames.Marshal(a) }

// UnmarshalText decodes what MarshalText encodes.
func (a *Action) UnmarshalText(b []byte) error { return actionNames.Unmarshal(b, a) }

// UnmarshalJSON decodes a JSON string as UnmarshalText does; a bad value is an error naming the
// field.
func (a *Action) UnmarshalJSON(b []byte) error { return actionNames.DecodeJSON(b, a) }

// ruleAction maps each rule to the action its failure calls for.
var ruleAction = map[socialorg.RuleID]Action{
	RuleOrganization: SetUpOrganization,
	RuleForm:         UpgradeForm,
	RuleFormSize:     UpgradeForm,
	RuleJointSize:    ReorganizeJoint,
	RuleCommittee:    ElectCommittee,
	RuleTerm:         HoldElection,
	RuleInstructor:   AssignInstructor,
	RuleCharter:      AmendCharter,
}

// Assessment is the verdict on one unit.
type Assessment struct {
	socialorg.Report
	Unit     string      `json:"unit"`
	Required Requirement `json:"required"`
	// Actions are the actions the failed findings call for, most urgent first, each once.
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
// unit, in the order given. Each report holds these findings, each only from the date its rule is
// in force:
//
//   - partybuilding.organization: a unit with 3+ formal members has a Party organization
//     (CCP Constitution Art. 29 in the 2012 text, Art. 30 since 2017);
//   - partybuilding.form: such a unit has at least its own branch, a joint one is not enough;
//   - partybuilding.form.size (from 2020): 50+ members suggest a general branch and 100+ a primary
//     committee. These figures are the organ regulation's; for social organizations the form
//     follows 「工作需要和党员人数」 with approval, so a smaller form is NotApplicable (advice)
//     unless StrictForms is given;
//   - partybuilding.joint.size (from 2018-10-28): a joint branch covers generally at most 5 units:
//     advice, a failure only under StrictForms;
//   - partybuilding.committee (from 2018-10-28): a branch whose organization has 7+ formal members
//     has a branch committee; the members of a joint branch are counted over all its units (four
//     units of 2 formal members make 8);
//   - partybuilding.term: the last election (or the founding) is within the term (3 years for
//     branches and general branches, 5 for primary committees and village/community
//     organizations), plus an approved postponement of at most 1 year;
//   - partybuilding.instructor (from 2015-09-28): a unit without an organization has an instructor
//     or liaison;
//   - partybuilding.charter-clause (from 2018-06-01): the charter carries the clause in force: the
//     2018 wording, and from 2019-05-20 the wording with 「坚持中国共产党的全面领导」, so that a
//     2018 clause is out of date after then.
//
// Errors: an empty or repeated ID, a member count outside 0 … 2^31−1, an invalid Has or Formed
// (*socialorg.InputError, all of them joined); a date before the 2012 Constitution text (matches
// socialorg.ErrNotInForce).
func Assess(units []Unit, asOf socialorg.Date, opts ...socialorg.Option) ([]Assessment, error) {
	if err := validateUnits(units); err != nil {
		return nil, err
	}
	c := socialorg.NewChecker("", asOf, opts...)
	r := rulesAt(&c)
	if err := c.Err(); err != nil {
		return nil, err
	}
	if !r.branchOK {
		return nil, r.branchErr
	}
	// Units and formal members per joint organization.
	type joint struct{ units, formal int }
	joints := map[string]joint{}
	for i := range units {
		if u := &units[i]; u.formation() == Joint && u.OrgID != "" {
			j := joints[u.OrgID]
			joints[u.OrgID] = joint{j.units + 1, j.formal + u.Formal}
		}
	}
	out := make([]Assessment, len(units))
	// One backing array for every unit's findings (at most eight each): one allocation, not one
	// per unit.
	const per = 8
	buf := make([]socialorg.Finding, per*len(units))
	for i := range units {
		u := &units[i]
		n, formal := 0, u.Formal
		if j, ok := joints[u.OrgID]; ok && u.formation() == Joint {
			n, formal = j.units, j.formal
		}
		c.ResetWith(u.ID, buf[per*i:per*i:per*i+per])
		out[i] = r.assess(&c, u, n, formal)
	}
	return out, nil
}

// NeedingAction returns the assessments with at least one action, most urgent first (then by
// number of actions, then by unit ID, which is unique).
func NeedingAction(as []Assessment) []Assessment {
	// Sort small keys, not the assessments themselves (each is over a hundred bytes), then copy
	// once: the time per assessment stays flat but for the sort's log n.
	type key struct {
		urgency Action
		actions int32
		i       int32
	}
	keys := make([]key, 0, len(as)/2)
	for i := range as {
		if n := len(as[i].Actions); n > 0 {
			keys = append(keys, key{as[i].Actions[0], int32(n), int32(i)})
		}
	}
	slices.SortFunc(keys, func(a, b key) int {
		return cmp.Or(cmp.Compare(a.urgency, b.urgency), cmp.Compare(b.actions, a.actions), cmp.Compare(as[a.i].Unit, as[b.i].Unit))
	})
	out := make([]Assessment, len(keys))
	for j, k := range keys {
		out[j] = as[k.i]
	}
	return out
}

// atLeastForm writes "≥ branch"… for each form, once.
var atLeastForm = func() (t [PrimaryCommittee + 1]string) {
	for f := range t {
		t[f] = "≥ " + Form(f).String()
	}
	return t
}()

// rules are the parameters in force at one date.
type rules struct {
	thresholds
	strict                            bool
	jointMax                          int
	jointMaxOK, termOK                bool
	jointMaxCite                      socialorg.Citation
	termBranch, termCommunity         int
	termGeneral, termPrimary          int
	termBranchCite, termCommunityCite socialorg.Citation
	termGeneralCite, termPrimaryCite  socialorg.Citation
	postpone                          int
	postponeCite                      socialorg.Citation
	clause                            Charter
	clauseOK                          bool
	clauseCite                        socialorg.Citation
	// Want figures, formatted once per assessment rather than once per unit.
	wantBranch, wantJointMax, wantNotBefore, wantAtLeastBranch socialorg.Value
	wantCommittee                                              string
}

func rulesAt(c *socialorg.Checker) rules {
	r := rules{thresholds: thresholdsAt(c), strict: c.On(strictFormsKey)}
	r.jointMax, r.jointMaxCite, r.jointMaxOK, _ = readIf(c, jointMaxUnits)
	var ok [5]bool
	r.termBranch, r.termBranchCite, ok[0], _ = readIf(c, termBranch)
	r.termCommunity, r.termCommunityCite, ok[1], _ = readIf(c, termCommunity)
	r.termGeneral, r.termGeneralCite, ok[2], _ = readIf(c, termGeneralBranch)
	r.termPrimary, r.termPrimaryCite, ok[3], _ = readIf(c, termPrimaryCommittee)
	r.postpone, r.postponeCite, ok[4], _ = readIf(c, maxPostponementYears)
	r.termOK = ok == [5]bool{true, true, true, true, true}
	r.clause, r.clauseCite, r.clauseOK, _ = readIf(c, charterClause)
	r.wantBranch = socialorg.Fig("≥ " + strconv.Itoa(r.branch))
	r.wantJointMax = socialorg.Fig("≤ " + strconv.Itoa(r.jointMax))
	r.wantNotBefore = socialorg.Fig("≥ " + c.AsOf().String())
	r.wantAtLeastBranch = socialorg.Words("≥ " + Branch.String())
	r.wantCommittee = "≥ " + strconv.Itoa(r.committee)
	return r
}

func validateUnits(units []Unit) error {
	p := socialorg.Problems{Package: "partybuilding"}
	seen := make(map[string]struct{}, len(units))
	for i := range units {
		u := &units[i]
		u.check(&p, i)
		if u.ID != "" {
			if _, dup := seen[u.ID]; dup {
				p.Add(socialorg.Path("units", i, "id"), u.ID, "unique")
			}
			seen[u.ID] = struct{}{}
		}
	}
	return p.Err()
}

// check records the problems of one unit: as units[i] when i ≥ 0, under its own field names
// when i < 0 (Unit.Validate).
func (u *Unit) check(p *socialorg.Problems, i int) {
	field := func(name string) string {
		if i < 0 {
			return name
		}
		return socialorg.Path("units", i, name)
	}
	switch {
	case u.ID == "":
		p.Add(field("id"), u.ID, "required")
	case len(u.ID) > 256:
		p.Add(field("id"), u.ID, "at most 256 bytes")
	}
	if u.Formal < 0 || u.Formal > MaxMembers {
		p.Add(field("formal"), u.Formal, "0 … 2^31−1")
	}
	if u.Probationary < 0 || u.Probationary > MaxMembers {
		p.Add(field("probationary"), u.Probationary, "0 … 2^31−1")
	}
	if u.Has != 0 && !u.Has.IsValid() {
		p.Add(field("has"), int(u.Has), "none or a Form")
	}
	if u.Formed != 0 && !formationNames.Valid(u.Formed) {
		p.Add(field("formed"), int(u.Formed), "own, joint or attached")
	}
	if u.Charter != 0 && !charterNames.Valid(u.Charter) {
		p.Add(field("charter"), int(u.Charter), "party-organization or full-leadership")
	}
}

// Validate reports the problems of one unit on its own, named by its JSON fields ("formal"), as
// Assess reports them for the unit in its list ("units[3].formal"). Unique IDs are Assess's check.
func (u Unit) Validate() error {
	p := socialorg.Problems{Package: "partybuilding"}
	u.check(&p, -1)
	return p.Err()
}

// assess judges one unit; n and formal are the units and formal members of its joint
// organization (n = 0 when it has none).
func (r rules) assess(c *socialorg.Checker, u *Unit, n, formal int) Assessment {
	req, _ := r.require(u.Formal, u.Probationary) // the branch rule is in force: no error for 3+
	org := u.Has.IsOrganization()
	has := socialorg.Words(u.Has.String())
	if u.Has == 0 {
		has = socialorg.Words("none")
	}

	// Organization: 3+ formal members oblige an organization; a joint one or larger is enough here.
	if u.Formal >= r.branch {
		c.Verdict(ruleOrganization, org, has, socialorg.Words(atLeastForm[JointBranch]), r.branchCite)
		// Form: the unit's own branch at least.
		if org {
			c.Verdict(ruleForm, u.Has >= Branch, has, r.wantAtLeastBranch, r.branchCite)
		} else {
			c.NotApplicable(ruleForm, has, r.wantAtLeastBranch, r.branchCite)
		}
	} else {
		c.NotApplicable(ruleOrganization, socialorg.Fig(strconv.Itoa(u.Formal)), r.wantBranch, r.branchCite)
		c.NotApplicable(ruleForm, has, socialorg.Words(req.Form.String()), req.Cite)
	}

	// Form size: the 50/100 figures, as advice unless strict.
	if ruleFormSize.InForce(c.AsOf()) {
		switch {
		case req.Form > Branch && u.Has >= req.Form:
			c.Verdict(ruleFormSize, true, has, socialorg.Words(atLeastForm[req.Form]), req.Cite)
		case req.Form > Branch && org && r.strict:
			c.Verdict(ruleFormSize, false, has, socialorg.Words(atLeastForm[req.Form]), req.Cite)
		case req.Form > Branch:
			c.NotApplicable(ruleFormSize, has, socialorg.Words(atLeastForm[req.Form]), req.Cite)
		default:
			c.NotApplicable(ruleFormSize, has, socialorg.Value{}, socialorg.Citation{})
		}
	}

	// Joint size: generally at most 5 units.
	if r.jointMaxOK {
		switch {
		case n > 0 && n <= r.jointMax:
			c.Verdict(ruleJointSize, true, socialorg.Fig(strconv.Itoa(n)), r.wantJointMax, r.jointMaxCite)
		case n > 0 && r.strict:
			c.Verdict(ruleJointSize, false, socialorg.Fig(strconv.Itoa(n)), r.wantJointMax, r.jointMaxCite)
		case n > 0:
			c.NotApplicable(ruleJointSize, socialorg.Fig(strconv.Itoa(n)), r.wantJointMax, r.jointMaxCite)
		default:
			c.NotApplicable(ruleJointSize, socialorg.Value{}, socialorg.Value{}, r.jointMaxCite)
		}
	}

	// Committee: a branch (own or joint) whose organization has 7+ formal members.
	if r.committeeOK {
		if (u.Has == Branch || u.Has == JointBranch) && formal >= r.committee {
			c.Verdict(ruleCommittee, u.Committee, socialorg.YesNo(u.Committee), socialorg.Words("yes"), r.committeeCite)
		} else {
			c.NotApplicable(ruleCommittee, socialorg.Fig(strconv.Itoa(formal)), socialorg.Fig(r.wantCommittee), r.committeeCite)
		}
	}

	if r.termOK {
		r.term(c, u)
	}

	// Instructor: work coverage where there is no organization.
	if r.workOK {
		if !org {
			covered := u.Instructor || u.Has == WorkCoverage
			c.Verdict(ruleInstructor, covered, socialorg.YesNo(covered), socialorg.Words("yes"), r.workCite)
		} else {
			c.NotApplicable(ruleInstructor, socialorg.YesNo(u.Instructor), socialorg.Value{}, r.workCite)
		}
	}

	// Charter clause: registered organizations (filed community organizations have no charter
	// approval); the clause in force, or a later one.
	if r.clauseOK {
		got := socialorg.Words(u.Charter.String())
		if u.Charter == 0 {
			got = socialorg.Words("none")
		}
		if u.Kind == registry.CommunityOrg {
			c.NotApplicable(ruleCharter, got, socialorg.Value{}, r.clauseCite)
		} else {
			c.Verdict(ruleCharter, u.Charter >= r.clause, got, socialorg.Words(r.clause.String()), r.clauseCite)
		}
	}

	a := Assessment{Unit: u.ID, Required: req, Report: c.Report()}
	for _, f := range a.Findings {
		if f.Outcome == socialorg.Fail {
			if act := ruleAction[f.Rule]; !slices.Contains(a.Actions, act) {
				a.Actions = append(a.Actions, act)
			}
		}
	}
	slices.Sort(a.Actions)
	if a.Actions == nil {
		a.Actions = []Action{}
	}
	return a
}

// term judges whether the organization's election is overdue.
func (r rules) term(c *socialorg.Checker, u *Unit) {
	if !u.Has.IsOrganization() {
		c.NotApplicable(ruleTerm, socialorg.Value{}, socialorg.Value{}, r.termBranchCite)
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
		c.NotApplicable(ruleTerm, socialorg.Words("unknown"), socialorg.Value{}, cite)
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
	c.Verdict(ruleTerm, !c.AsOf().After(due), socialorg.Fig(due.String()), r.wantNotBefore, cite)
}
