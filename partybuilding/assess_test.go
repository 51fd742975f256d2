package partybuilding_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/msgcat"
	pb "github.com/socialorg/socialorg/partybuilding"
	"github.com/socialorg/socialorg/registry"
)

// branch is a compliant unit with its own branch, elected on 2025-03-01.
func branch(id string, formal int) pb.Unit {
	return pb.Unit{ID: id, Formal: formal, Has: pb.Branch, Formed: pb.Own, Operating: true,
		Kind: registry.SocialServiceAgency, LastElection: socialorg.MustDate("2025-03-01"), CharterClause: true}
}

// assessOne assesses units and returns the finding of rule for the first unit, checking that
// every finding is cited, titled and consistent with the actions.
func assessOne(t *testing.T, asOf socialorg.Date, rule string, units ...pb.Unit) (socialorg.Finding, pb.Assessment) {
	t.Helper()
	as, err := pb.Assess(units, asOf)
	require.NoError(t, err)
	require.Len(t, as, len(units))
	for _, a := range as {
		require.Len(t, a.Report.Findings, 7)
		fails := 0
		for _, f := range a.Report.Findings {
			require.NotEmpty(t, f.Cite.Document, f.Rule)
			require.True(t, msgcat.Has(f.Rule), f.Rule)
			require.Equal(t, a.Unit, f.Subject)
			if f.Outcome == socialorg.Fail {
				fails++
			}
		}
		require.Len(t, a.Actions, fails, "one action per failed finding")
	}
	f, ok := as[0].Report.Find(rule)
	require.True(t, ok)
	return f, as[0]
}

func TestAssessOrganization(t *testing.T) {
	u := pb.Unit{ID: "u", Formal: 3, Kind: registry.SocialGroup, CharterClause: true}
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

func TestAssessForm(t *testing.T) {
	tests := []struct {
		formal int
		has    pb.Form
		want   socialorg.Outcome
	}{
		{3, pb.JointBranch, socialorg.Fail}, // 3 formal in a joint branch: own branch required
		{2, pb.JointBranch, socialorg.Pass},
		{3, pb.Branch, socialorg.Pass},
		{49, pb.Branch, socialorg.Pass},
		{50, pb.Branch, socialorg.Fail},
		{50, pb.GeneralBranch, socialorg.Pass},
		{99, pb.GeneralBranch, socialorg.Pass},
		{100, pb.GeneralBranch, socialorg.Fail},
		{100, pb.PrimaryCommittee, socialorg.Pass},
		{20, pb.GeneralBranch, socialorg.Pass}, // larger than required is fine
		{0, pb.WorkCoverage, socialorg.NotApplicable},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("%d_%s", tc.formal, tc.has), func(t *testing.T) {
			u := branch("u", tc.formal)
			u.Has, u.Formed, u.Committee = tc.has, 0, true
			f, a := assessOne(t, asOf, pb.RuleForm, u)
			require.Equal(t, tc.want, f.Outcome)
			if tc.want == socialorg.Fail {
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
				Host: i == 0, LastElection: socialorg.MustDate("2025-01-01"), CharterClause: true})
		}
		return us
	}
	f, _ := assessOne(t, asOf, pb.RuleJointSize, joint(5)...)
	require.Equal(t, socialorg.Pass, f.Outcome)
	require.Equal(t, "5", f.Got)
	f, a := assessOne(t, asOf, pb.RuleJointSize, joint(6)...)
	require.Equal(t, socialorg.Fail, f.Outcome)
	require.Equal(t, "≤ 5", f.Want)
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
			u := pb.Unit{ID: "u", Formal: 60, Has: tc.has, LastElection: elected, CommunityLevel: tc.community, Committee: true, CharterClause: true}
			if tc.postponed != "" {
				u.PostponedTo = socialorg.MustDate(tc.postponed)
			}
			f, _ := assessOne(t, socialorg.MustDate(tc.asOf), pb.RuleTerm, u)
			require.Equal(t, tc.want, f.Outcome, "due %s", f.Got)
		})
	}
	// Founded but never elected: the term runs from the founding.
	u := pb.Unit{ID: "u", Formal: 3, Has: pb.Branch, Established: socialorg.MustDate("2022-03-01"), CharterClause: true}
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

	u.CharterClause = false
	f, _ = assessOne(t, asOf, pb.RuleCharter, u)
	require.Equal(t, socialorg.Fail, f.Outcome)
	u.Kind = registry.CommunityOrg
	f, _ = assessOne(t, asOf, pb.RuleCharter, u)
	require.Equal(t, socialorg.NotApplicable, f.Outcome)
	require.Contains(t, f.Cite.Document, "民函〔2018〕78号")
}

func TestAssessCompliantUnit(t *testing.T) {
	_, a := assessOne(t, asOf, pb.RuleOrganization, branch("ok", 5))
	require.True(t, a.Report.OK())
	require.Empty(t, a.Actions)
	require.Zero(t, a.Urgency())
}

func TestAssessErrors(t *testing.T) {
	tests := map[string]pb.Unit{
		"units[1].ID":           {ID: ""},
		"units[1].Formal":       {ID: "x", Formal: -1},
		"units[1].Probationary": {ID: "x", Probationary: -2},
		"units[1].Has":          {ID: "x", Has: 9},
		"units[1].Formed":       {ID: "x", Formed: 7},
	}
	for field, bad := range tests {
		_, err := pb.Assess([]pb.Unit{branch("a", 3), bad}, asOf)
		require.ErrorIs(t, err, socialorg.ErrInvalidInput, field)
		require.Contains(t, err.Error(), field)
	}
	_, err := pb.Assess([]pb.Unit{branch("a", 3), branch("a", 4)}, asOf)
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
	require.Contains(t, err.Error(), "unique")
	_, err = pb.Assess([]pb.Unit{branch("a", 3)}, socialorg.MustDate("2018-10-27"))
	require.ErrorIs(t, err, socialorg.ErrNotInForce)
	as, err := pb.Assess(nil, asOf)
	require.NoError(t, err)
	require.Empty(t, as)
}

func TestNeedingAction(t *testing.T) {
	units := []pb.Unit{
		branch("fine", 4),
		{ID: "charter", Formal: 4, Has: pb.Branch, LastElection: socialorg.MustDate("2025-01-01")},
		{ID: "none", Formal: 5, Kind: registry.SocialGroup},
		{ID: "elect", Formal: 4, Has: pb.Branch, LastElection: socialorg.MustDate("2020-01-01"), CharterClause: true},
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
		require.True(t, msgcat.Has("partybuilding.action."+a.String()), a.String())
		require.NotEqual(t, a.Message(language.English), a.Message(language.Chinese))
	}
	require.Equal(t, "组建党组织", pb.SetUpOrganization.Message(language.Chinese))
	require.Equal(t, "elect a branch committee", pb.ElectCommittee.Message(language.English))
}
