package partybuilding_test

import (
	"fmt"
	"math"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
	pb "github.com/socialorg/socialorg/partybuilding"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/socialorgtest"
)

// branch is a compliant unit with its own branch, elected on 2025-03-01.
func branch(id string, formal int) pb.Unit {
	return pb.Unit{ID: id, Formal: formal, Has: pb.Branch, Formed: pb.Own, Operating: true, Committee: formal >= 7,
		Kind: registry.SocialServiceAgency, LastElection: socialorg.MustDate("2025-03-01"), Charter: pb.FullLeadershipClause}
}

// assessOne assesses units and returns the finding of rule for the first unit, checking that
// every finding is explained and that the actions are those of the failed findings.
func assessOne(t *testing.T, asOf socialorg.Date, rule socialorg.RuleID, units ...pb.Unit) (socialorg.Finding, pb.Assessment) {
	t.Helper()
	f, a, _ := assessWith(t, asOf, rule, nil, units...)
	return f, a
}

func assessWith(t *testing.T, asOf socialorg.Date, rule socialorg.RuleID, opts []socialorg.Option, units ...pb.Unit) (socialorg.Finding, pb.Assessment, bool) {
	t.Helper()
	as, err := pb.Assess(units, asOf, opts...)
	require.NoError(t, err)
	require.Len(t, as, len(units))
	for _, a := range as {
		socialorgtest.AssertExplained(t, a.Report, a.Unit)
		failed := map[pb.Action]bool{}
		for _, f := range a.Failures() {
			failed[actionOf[f.Rule]] = true
		}
		require.Len(t, a.Actions, len(failed), "one action per kind of failure")
	}
	f, ok := as[0].Find(rule)
	return f, as[0], ok
}

var actionOf = map[socialorg.RuleID]pb.Action{
	pb.RuleOrganization: pb.SetUpOrganization, pb.RuleForm: pb.UpgradeForm, pb.RuleFormSize: pb.UpgradeForm,
	pb.RuleJointSize: pb.ReorganizeJoint, pb.RuleCommittee: pb.ElectCommittee, pb.RuleTerm: pb.HoldElection,
	pb.RuleInstructor: pb.AssignInstructor, pb.RuleCharter: pb.AmendCharter,
}

func TestAssessOrganization(t *testing.T) {
	u := pb.Unit{ID: "u", Formal: 3, Kind: registry.SocialGroup, Charter: pb.FullLeadershipClause}
	f, a := assessOne(t, asOf, pb.RuleOrganization, u)
	require.Equal(t, socialorg.Fail, f.Outcome, "3 formal members and no organization")
	require.Equal(t, pb.SetUpOrganization, a.Urgency())
	require.Contains(t, f.Cite.Document, "中国共产党章程")

	u.Formal = 2
	f, _ = assessOne(t, asOf, pb.RuleOrganization, u)
	require.Equal(t, socialorg.NotApplicable, f.Outcome, "2 formal members: no own organization required")

	u.Formal, u.Has = 3, pb.Branch
	f, _ = assessOne(t, asOf, pb.RuleOrganization, u)
	require.Equal(t, socialorg.Pass, f.Outcome)
}

// TestAssessForm: a unit with 3+ formal members needs at least its own branch; the 50 and 100
// figures (the organ regulation's) are advice unless the caller asks for them as duties.
func TestAssessForm(t *testing.T) {
	tests := []struct {
		formal     int
		has        pb.Form
		form, size socialorg.Outcome // by default
		strictSize socialorg.Outcome // under StrictForms
	}{
		{3, pb.JointBranch, socialorg.Fail, socialorg.NotApplicable, socialorg.NotApplicable}, // 3 formal in a joint branch: own branch required
		{2, pb.JointBranch, socialorg.NotApplicable, socialorg.NotApplicable, socialorg.NotApplicable},
		{3, pb.Branch, socialorg.Pass, socialorg.NotApplicable, socialorg.NotApplicable},
		{49, pb.Branch, socialorg.Pass, socialorg.NotApplicable, socialorg.NotApplicable},
		{50, pb.Branch, socialorg.Pass, socialorg.NotApplicable, socialorg.Fail},
		{50, pb.GeneralBranch, socialorg.Pass, socialorg.Pass, socialorg.Pass},
		{99, pb.GeneralBranch, socialorg.Pass, socialorg.Pass, socialorg.Pass},
		{100, pb.GeneralBranch, socialorg.Pass, socialorg.NotApplicable, socialorg.Fail},
		{100, pb.PrimaryCommittee, socialorg.Pass, socialorg.Pass, socialorg.Pass},
		{20, pb.GeneralBranch, socialorg.Pass, socialorg.NotApplicable, socialorg.NotApplicable}, // larger than required is fine
		{0, pb.WorkCoverage, socialorg.NotApplicable, socialorg.NotApplicable, socialorg.NotApplicable},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("%d_%s", tc.formal, tc.has), func(t *testing.T) {
			u := branch("u", tc.formal)
			u.Has, u.Formed, u.Committee = tc.has, 0, true
			f, a := assessOne(t, asOf, pb.RuleForm, u)
			require.Equal(t, tc.form, f.Outcome)
			if tc.form == socialorg.Fail {
				require.Contains(t, a.Actions, pb.UpgradeForm)
			}
			f, a = assessOne(t, asOf, pb.RuleFormSize, u)
			require.Equal(t, tc.size, f.Outcome, "advice by default")
			if tc.form != socialorg.Fail {
				require.NotContains(t, a.Actions, pb.UpgradeForm)
			}
			f, a, _ = assessWith(t, asOf, pb.RuleFormSize, []socialorg.Option{pb.StrictForms()}, u)
			require.Equal(t, tc.strictSize, f.Outcome, "under StrictForms")
			if tc.strictSize == socialorg.Fail {
				require.Contains(t, a.Actions, pb.UpgradeForm)
			}
		})
	}
}

func TestAssessJointSize(t *testing.T) {
	joint := func(n int) []pb.Unit {
		var us []pb.Unit
		for i := 0; i < n; i++ {
			us = append(us, pb.Unit{ID: fmt.Sprintf("j%d", i), Formal: 1, Has: pb.JointBranch, OrgID: "J1",
				Host: i == 0, LastElection: socialorg.MustDate("2025-01-01"), Charter: pb.FullLeadershipClause})
		}
		return us
	}
	f, _ := assessOne(t, asOf, pb.RuleJointSize, joint(5)...)
	require.Equal(t, socialorg.Pass, f.Outcome)
	require.Equal(t, "5", f.Got)
	// 「一般不超过5个」: a default, so six units are advice, a failure only under StrictForms.
	f, a := assessOne(t, asOf, pb.RuleJointSize, joint(6)...)
	require.Equal(t, socialorg.NotApplicable, f.Outcome)
	require.Equal(t, "≤ 5", f.Want)
	require.Empty(t, a.Actions)
	f, a, _ = assessWith(t, asOf, pb.RuleJointSize, []socialorg.Option{pb.StrictForms()}, joint(6)...)
	require.Equal(t, socialorg.Fail, f.Outcome)
	require.Equal(t, []pb.Action{pb.ReorganizeJoint}, a.Actions)

	// Units of other organizations do not count.
	us := append(joint(5), branch("b", 4))
	f, _ = assessOne(t, asOf, pb.RuleJointSize, us...)
	require.Equal(t, socialorg.Pass, f.Outcome)
}

func TestAssessCommittee(t *testing.T) {
	u := branch("u", 6)
	f, _ := assessOne(t, asOf, pb.RuleCommittee, u)
	require.Equal(t, socialorg.NotApplicable, f.Outcome)
	u.Formal = 7
	f, a := assessOne(t, asOf, pb.RuleCommittee, u)
	require.Equal(t, socialorg.Fail, f.Outcome)
	require.Equal(t, []pb.Action{pb.ElectCommittee}, a.Actions)
	u.Committee = true
	f, _ = assessOne(t, asOf, pb.RuleCommittee, u)
	require.Equal(t, socialorg.Pass, f.Outcome)
	u = branch("u", 6)
	u.Probationary = 4 // probationary members do not count toward 7
	f, _ = assessOne(t, asOf, pb.RuleCommittee, u)
	require.Equal(t, socialorg.NotApplicable, f.Outcome)
}

// TestCommitteeOfAJointBranch: the 7-member rule applies to the branch, counted over all the units
// of a joint branch: four units of 2 formal members make 8.
func TestCommitteeOfAJointBranch(t *testing.T) {
	units := func(n, formal int, committee bool) []pb.Unit {
		var us []pb.Unit
		for i := range n {
			us = append(us, pb.Unit{ID: fmt.Sprintf("j%d", i), Formal: formal, Has: pb.JointBranch, OrgID: "J", Host: i == 0,
				Committee: committee, LastElection: socialorg.MustDate("2025-01-01"), Charter: pb.FullLeadershipClause})
		}
		return us
	}
	f, a := assessOne(t, asOf, pb.RuleCommittee, units(4, 2, false)...)
	require.Equal(t, socialorg.Fail, f.Outcome)
	require.Contains(t, a.Actions, pb.ElectCommittee)
	f, _ = assessOne(t, asOf, pb.RuleCommittee, units(4, 2, true)...)
	require.Equal(t, socialorg.Pass, f.Outcome)
	f, _ = assessOne(t, asOf, pb.RuleCommittee, units(3, 2, false)...)
	require.Equal(t, socialorg.NotApplicable, f.Outcome, "6 formal members in all")
	require.Equal(t, "6", f.Got)
}

func TestAssessTerm(t *testing.T) {
	elected := socialorg.MustDate("2023-11-27")
	tests := []struct {
		name      string
		has       pb.Form
		community bool
		postponed string
		asOf      string
		want      socialorg.Outcome
	}{
		{"branch, on the due date", pb.Branch, false, "", "2026-11-27", socialorg.Pass},
		{"branch, the day after", pb.Branch, false, "", "2026-11-28", socialorg.Fail},
		{"joint branch, 3 years", pb.JointBranch, false, "", "2026-11-28", socialorg.Fail},
		{"general branch, 3 years", pb.GeneralBranch, false, "", "2026-11-28", socialorg.Fail},
		{"primary committee, 5 years", pb.PrimaryCommittee, false, "", "2026-11-28", socialorg.Pass},
		{"primary committee, due", pb.PrimaryCommittee, false, "", "2028-11-27", socialorg.Pass},
		{"primary committee, over", pb.PrimaryCommittee, false, "", "2028-11-28", socialorg.Fail},
		{"community branch, 5 years", pb.Branch, true, "", "2028-11-27", socialorg.Pass},
		{"community branch, over", pb.Branch, true, "", "2028-11-28", socialorg.Fail},
		{"postponed, within", pb.Branch, false, "2027-06-01", "2027-06-01", socialorg.Pass},
		{"postponed, after", pb.Branch, false, "2027-06-01", "2027-06-02", socialorg.Fail},
		{"postponed beyond 1 year: capped at the year", pb.Branch, false, "2028-06-01", "2027-11-27", socialorg.Pass},
		{"postponed beyond 1 year: the day after the cap", pb.Branch, false, "2028-06-01", "2027-11-28", socialorg.Fail},
		{"postponed to a date before the due date changes nothing", pb.Branch, false, "2026-01-01", "2026-11-27", socialorg.Pass},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			u := pb.Unit{ID: "u", Formal: 60, Has: tc.has, LastElection: elected, CommunityLevel: tc.community, Committee: true, Charter: pb.FullLeadershipClause}
			if tc.postponed != "" {
				u.PostponedTo = socialorg.MustDate(tc.postponed)
			}
			f, _ := assessOne(t, socialorg.MustDate(tc.asOf), pb.RuleTerm, u)
			require.Equal(t, tc.want, f.Outcome, "due %s", f.Got)
		})
	}
	// Founded but never elected: the term runs from the founding.
	u := pb.Unit{ID: "u", Formal: 3, Has: pb.Branch, Established: socialorg.MustDate("2022-03-01"), Charter: pb.FullLeadershipClause}
	f, a := assessOne(t, asOf, pb.RuleTerm, u)
	require.Equal(t, socialorg.Fail, f.Outcome)
	require.Equal(t, "2025-03-01", f.Got)
	require.Contains(t, a.Actions, pb.HoldElection)
	// No date at all: cannot judge.
	u.Established = socialorg.Date{}
	f, _ = assessOne(t, asOf, pb.RuleTerm, u)
	require.Equal(t, socialorg.NotApplicable, f.Outcome)
	require.Equal(t, "unknown", f.Got)
}

func TestAssessInstructorAndCharter(t *testing.T) {
	u := pb.Unit{ID: "u", Kind: registry.Foundation}
	f, a := assessOne(t, asOf, pb.RuleInstructor, u)
	require.Equal(t, socialorg.Fail, f.Outcome)
	require.Equal(t, []pb.Action{pb.AssignInstructor, pb.AmendCharter}, a.Actions, "most urgent first")
	u.Instructor = true
	f, _ = assessOne(t, asOf, pb.RuleInstructor, u)
	require.Equal(t, socialorg.Pass, f.Outcome)
	u.Instructor, u.Has = false, pb.WorkCoverage
	f, _ = assessOne(t, asOf, pb.RuleInstructor, u)
	require.Equal(t, socialorg.Pass, f.Outcome)

	u = branch("u", 3)
	f, _ = assessOne(t, asOf, pb.RuleInstructor, u)
	require.Equal(t, socialorg.NotApplicable, f.Outcome, "an organization needs no instructor")

	u.Charter = 0
	f, _ = assessOne(t, asOf, pb.RuleCharter, u)
	require.Equal(t, socialorg.Fail, f.Outcome)
	u.Kind = registry.CommunityOrg
	f, _ = assessOne(t, asOf, pb.RuleCharter, u)
	require.Equal(t, socialorg.NotApplicable, f.Outcome)
	require.Contains(t, f.Cite.Document, "民函〔2019〕54号")
}

// TestCharterClauseVersions: the 2018 clause is current until the 2019 notice, out of date after.
func TestCharterClauseVersions(t *testing.T) {
	u := branch("u", 3)
	u.LastElection = socialorg.MustDate("2018-01-01")
	tests := []struct {
		charter pb.Charter
		date    string
		want    socialorg.Outcome
		doc     string
	}{
		{pb.PartyOrganizationClause, "2018-06-01", socialorg.Pass, "民函〔2018〕78号"},
		{0, "2018-06-01", socialorg.Fail, "民函〔2018〕78号"},
		{pb.PartyOrganizationClause, "2019-05-19", socialorg.Pass, "民函〔2018〕78号"},
		{pb.PartyOrganizationClause, "2019-05-20", socialorg.Fail, "民函〔2019〕54号"},
		{pb.FullLeadershipClause, "2019-05-20", socialorg.Pass, "民函〔2019〕54号"},
		{pb.FullLeadershipClause, "2018-06-01", socialorg.Pass, "民函〔2018〕78号"},
	}
	for _, tc := range tests {
		u.Charter = tc.charter
		f, _ := assessOne(t, socialorg.MustDate(tc.date), pb.RuleCharter, u)
		require.Equal(t, tc.want, f.Outcome, "%v at %s", tc.charter, tc.date)
		require.Contains(t, f.Cite.Document, tc.doc)
	}
	_, _, ok := assessWith(t, socialorg.MustDate("2018-05-31"), pb.RuleCharter, nil, u)
	require.False(t, ok, "before the 2018 notice there is no clause to judge")
	u.Charter = pb.PartyOrganizationClause
	f, _ := assessOne(t, asOf, pb.RuleCharter, u)
	require.Equal(t, "u：章程载明现行的党的建设条款——不通过（实际 设立党组织条款（2018年表述）；要求 坚持党的全面领导条款（2019年表述））。依据：《民政部关于在社会组织登记管理工作中贯彻落实〈中共中央关于加强党的政治建设的意见〉有关要求的通知》（民函〔2019〕54号）",
		f.Message(language.Chinese))
}

// TestAssessEachRegime: a 2019 audit works (each rule from its own date); before the 2012
// Constitution text nothing can be judged.
func TestAssessEachRegime(t *testing.T) {
	u := branch("u", 60)
	for date, rules := range map[string][]socialorg.RuleID{
		"2013-01-01": {pb.RuleOrganization, pb.RuleForm},
		"2016-01-01": {pb.RuleOrganization, pb.RuleForm, pb.RuleInstructor},
		"2019-06-01": {pb.RuleOrganization, pb.RuleForm, pb.RuleJointSize, pb.RuleCommittee, pb.RuleTerm, pb.RuleInstructor, pb.RuleCharter},
		"2020-01-01": {pb.RuleOrganization, pb.RuleForm, pb.RuleFormSize, pb.RuleJointSize, pb.RuleCommittee, pb.RuleTerm, pb.RuleInstructor, pb.RuleCharter},
	} {
		as, err := pb.Assess([]pb.Unit{u}, socialorg.MustDate(date))
		require.NoError(t, err, date)
		var got []socialorg.RuleID
		for _, f := range as[0].Findings {
			got = append(got, f.Rule)
		}
		require.ElementsMatch(t, rules, got, date)
	}
	_, err := pb.Assess([]pb.Unit{u}, socialorg.MustDate("2012-11-13"))
	require.ErrorIs(t, err, socialorg.ErrNotInForce)
}

func TestAssessCompliantUnit(t *testing.T) {
	_, a := assessOne(t, asOf, pb.RuleOrganization, branch("ok", 5))
	require.True(t, a.OK())
	require.Empty(t, a.Actions)
	require.Zero(t, a.Urgency())
}

func TestAssessErrors(t *testing.T) {
	tests := map[string]pb.Unit{
		"units[1].id":           {ID: ""},
		"units[1].formal":       {ID: "x", Formal: -1},
		"units[1].probationary": {ID: "x", Probationary: -2},
		"units[1].has":          {ID: "x", Has: 9},
		"units[1].formed":       {ID: "x", Formed: 7},
		"units[1].charter":      {ID: "x", Charter: 9},
	}
	for field, bad := range tests {
		_, err := pb.Assess([]pb.Unit{branch("a", 3), bad}, asOf)
		require.ErrorIs(t, err, socialorg.ErrInvalidInput, field)
		require.Contains(t, err.Error(), field)
	}
	_, err := pb.Assess([]pb.Unit{{ID: "x", Formal: math.MaxInt}}, asOf)
	require.ErrorIs(t, err, socialorg.ErrInvalidInput, "a count that could overflow a sum")
	_, err = pb.Assess([]pb.Unit{branch("a", 3), branch("a", 4)}, asOf)
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
	require.Contains(t, err.Error(), "unique")
	// Every problem, not the first only.
	_, err = pb.Assess([]pb.Unit{{ID: ""}, {ID: "b", Formal: -1}}, asOf)
	require.Contains(t, err.Error(), "units[0].id")
	require.Contains(t, err.Error(), "units[1].formal")
	as, err := pb.Assess(nil, asOf)
	require.NoError(t, err)
	require.Empty(t, as)
}

func TestNeedingAction(t *testing.T) {
	units := []pb.Unit{
		branch("fine", 4),
		{ID: "charter", Formal: 4, Has: pb.Branch, LastElection: socialorg.MustDate("2025-01-01")},
		{ID: "none", Formal: 5, Kind: registry.SocialGroup},
		{ID: "elect", Formal: 4, Has: pb.Branch, LastElection: socialorg.MustDate("2020-01-01"), Charter: pb.FullLeadershipClause},
	}
	as, err := pb.Assess(units, asOf)
	require.NoError(t, err)
	var ids []string
	for _, a := range pb.NeedingAction(as) {
		ids = append(ids, a.Unit)
	}
	require.Equal(t, []string{"none", "elect", "charter"}, ids)
}

func TestActionText(t *testing.T) {
	for a := pb.SetUpOrganization; a <= pb.AmendCharter; a++ {
		b, err := a.MarshalText()
		require.NoError(t, err)
		var back pb.Action
		require.NoError(t, back.UnmarshalText(b))
		require.Equal(t, a, back)
		require.NotEqual(t, a.Message(language.English), a.Message(language.Chinese))
		require.NotEmpty(t, a.Name().Hant)
	}
	require.Equal(t, "组建党组织", pb.SetUpOrganization.Message(language.Chinese))
	require.Equal(t, "elect a branch committee", pb.ElectCommittee.Message(language.English))
}

// A unit validated on its own reports the problems Assess reports for it in its list.
func TestUnitValidate(t *testing.T) {
	require.NoError(t, pb.Unit{ID: "u1", Formal: 3}.Validate())
	bad := pb.Unit{ID: "", Formal: -1, Has: 99}
	var es socialorg.Errors
	require.ErrorAs(t, bad.Validate(), &es)
	var got []string
	for _, e := range es {
		var ie *socialorg.InputError
		require.ErrorAs(t, e, &ie)
		got = append(got, ie.Field+" "+ie.Code)
	}
	require.Equal(t, []string{"id partybuilding.id.required", "formal partybuilding.formal.out_of_range", "has partybuilding.has.unknown_value"}, got)
	_, err := pb.Assess([]pb.Unit{{ID: "u0"}, bad}, socialorg.MustDate("2026-01-01"))
	require.ErrorContains(t, err, "units[1].formal")
}
