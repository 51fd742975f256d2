package socialorgtest

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/charity"
	"github.com/socialorg/socialorg/partybuilding"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/venture"
)

func TestGuangzhouShape(t *testing.T) {
	c := Guangzhou(1)
	require.Len(t, c.Model.Districts, 11)
	for _, d := range c.Model.Districts {
		_, ok := registry.LookupDivision(d.Code)
		require.True(t, ok, d.Code)
	}
	res, err := registry.AssessCoverage(c.Model, socialorg.MustDate("2020-12-31")) // the MCA's averages in force
	require.NoError(t, err)
	tl := res.Total
	require.InDelta(t, 170, tl.Subdistricts, 10)
	require.Positive(t, tl.Towns)
	require.Equal(t, 1700, tl.Urban)
	require.Equal(t, 1150, tl.Rural)
	require.Len(t, c.Registered, 8000)
	require.Greater(t, len(c.Community), 20000)

	// The model's counts agree with the organizations generated.
	counted, err := registry.CountCommunityOrgs(c.Model, c.Community)
	require.NoError(t, err)
	require.Equal(t, c.Model, counted)

	require.Positive(t, res.Total.UrbanBelow, "some urban communities below target")
	require.Positive(t, res.Total.RuralBelow, "some villages below target")
	require.Less(t, res.Total.Below(), tl.Communities()/5, "but most are not")
}

func TestGuangzhouOrganizationsAreValid(t *testing.T) {
	c := Guangzhou(1)
	seen := map[registry.CreditCode]bool{}
	asOf := socialorg.MustDate("2026-11-27")
	for _, o := range append(append([]registry.Organization{}, c.Registered...), c.Community...) {
		require.NoError(t, o.Validate(), o.Name)
		if o.Kind == registry.CommunityOrg {
			require.True(t, o.Code.IsZero())
			continue
		}
		require.False(t, o.Code.IsZero(), o.Name)
		require.False(t, seen[o.Code], "duplicate code %s", o.Code)
		seen[o.Code] = true
		back, err := registry.ParseCreditCode(o.Code.String())
		require.NoError(t, err)
		require.Equal(t, o.Code, back)
		require.True(t, o.Code.OrgCodeValid())
		r, err := registry.CheckRegistration(o, asOf)
		require.NoError(t, err)
		f, ok := r.Find("registry.code.division")
		require.True(t, ok)
		require.Equal(t, socialorg.Pass, f.Outcome, "%s registered at %s", o.Code, o.Division)
		f, _ = r.Find("registry.code.kind")
		require.Equal(t, socialorg.Pass, f.Outcome)
	}
}

func TestGuangzhouIsDeterministic(t *testing.T) {
	a, b := Guangzhou(42), Guangzhou(42)
	require.Equal(t, a.Model, b.Model)
	require.Equal(t, len(a.Registered), len(b.Registered))
	for i := range a.Registered {
		require.Equal(t, a.Registered[i].Code, b.Registered[i].Code)
		require.Equal(t, a.Registered[i].Name, b.Registered[i].Name)
	}
	c := Guangzhou(43)
	require.NotEqual(t, a.Registered[0].Code, c.Registered[0].Code, "another seed, another city")
}

func TestGuangzhouParty(t *testing.T) {
	c := Guangzhou(1)
	require.Len(t, c.Party, len(c.Registered))
	cov := partybuilding.Tally(c.Party)
	require.InDelta(t, 1900, cov.Organizations, 250, "about 1,900 Party organizations")
	require.Positive(t, cov.Own)
	require.Positive(t, cov.Joint)
	require.Less(t, cov.OrgCovered, cov.WorkCovered)
	require.Less(t, cov.WorkCovered, cov.Units, "some gaps")
	// Under StrictForms, so that the advice-only rules (the 5-unit joint cap) count as actions too.
	as, err := partybuilding.Assess(c.Party, socialorg.MustDate("2026-11-27"), partybuilding.StrictForms())
	require.NoError(t, err)
	seen := map[partybuilding.Action]bool{}
	for _, a := range as {
		for _, x := range a.Actions {
			seen[x] = true
		}
	}
	for x := partybuilding.SetUpOrganization; x <= partybuilding.AmendCharter; x++ {
		require.True(t, seen[x], "the synthetic city needs some %s", x)
	}
}

func TestCharities(t *testing.T) {
	c := Guangzhou(1)
	cs := Charities(c, 2025, 7)
	require.Len(t, cs, 211)
	donations, pass, fail := 0, 0, 0
	for _, ch := range cs {
		donations += ch.Donations
		require.NoError(t, ch.Ledger.Verify())
		in, err := charity.FiguresFromLedger(ch.Ledger, 2025, ch.Org.Kind, ch.PublicFundraising, ch.Org.Code.String())
		require.NoError(t, err)
		res, err := charity.CheckAnnualSpending(in, socialorg.MustDate("2026-03-31"))
		require.NoError(t, err, ch.Org.Code.String())
		if res.Report.OK() {
			pass++
		} else {
			fail++
		}
	}
	require.InDelta(t, 157500, donations, 2000)
	require.Greater(t, pass, fail, "most comply")
	require.Positive(t, fail, "some do not")
}

func TestVentureRound(t *testing.T) {
	c := Guangzhou(1)
	v := VentureRound(c, 1)
	require.Len(t, v.Applications, 420)
	require.Len(t, v.Applicants, 420)
	require.Len(t, v.Reviews, 420*5*4)
	require.NoError(t, v.Round.Validate())
	require.Equal(t, VentureRound(c, 1), v, "deterministic")
	ineligible := 0
	for _, a := range v.Applicants {
		res, err := venture.CheckEligibility(a, v.AsOf)
		require.NoError(t, err)
		if !res.Eligible() {
			ineligible++
		}
	}
	require.True(t, ineligible > 5 && ineligible < 80, "some, not many, are ineligible: %d", ineligible)
	sheet, err := venture.ScoreReviews(v.Criteria, v.Reviews)
	require.NoError(t, err)
	apps, err := sheet.Apply(v.Applications)
	require.NoError(t, err)
	al, err := venture.Allocate(v.Round, apps)
	require.NoError(t, err)
	require.True(t, len(al.Awards) > 50 && len(al.Awards) < 200, "about round 10's 127 projects: %d", len(al.Awards))
}

func TestAssessments(t *testing.T) {
	c := Guangzhou(1)
	as := Assessments(c, 1)
	require.Len(t, as, len(c.Registered))
	graded, fives := 0, 0
	for _, a := range as {
		if a.Award.Grade != registry.NoGrade {
			graded++
			_, _, err := a.Award.Validity()
			require.NoError(t, err)
		}
		if a.Award.Grade == registry.Grade5A {
			fives++
		}
	}
	require.True(t, graded > 1000 && graded < 4000, "%d graded", graded)
	require.Positive(t, fives)
	require.Equal(t, Assessments(c, 1)[100], as[100], "deterministic")
}

func TestLinkageMarket(t *testing.T) {
	m := LinkageMarket(Guangzhou(1), 1)
	require.Len(t, m.Needs, 3000)
	require.Len(t, m.Resources, 20000)
	anywhere := 0
	for _, r := range m.Resources {
		if len(r.Communities) == 0 {
			anywhere++
		}
	}
	require.InDelta(t, 1000, anywhere, 150, "about 5% serve anywhere")
}

// TestKitSurvivesJSON: every value of the kit encodes to JSON and decodes to a value that encodes
// the same (a ledger through its journal).
func TestKitSurvivesJSON(t *testing.T) {
	c := Guangzhou(1)
	c.Registered, c.Community, c.Party = c.Registered[:50], c.Community[:50], c.Party[:50]
	v := VentureRound(Guangzhou(1), 1)
	v.Applicants, v.Applications, v.Reviews = v.Applicants[:10], v.Applications[:10], v.Reviews[:20]
	m := LinkageMarketOf(Guangzhou(1), 20, 40, 1)
	for name, x := range map[string]any{
		"City": &c, "Venture": &v, "Linkage": &m, "Assessment": &Assessments(Guangzhou(1), 1)[0],
		"Charity": &Charities(Guangzhou(1), 2025, 1)[0], "Want": &Want{Rule: "r", Outcome: socialorg.Pass, Got: "1", Want: "2"},
	} {
		raw, err := json.Marshal(x)
		require.NoError(t, err, name)
		back := reflect.New(reflect.TypeOf(x).Elem()).Interface()
		require.NoError(t, json.Unmarshal(raw, back), name)
		again, err := json.Marshal(back)
		require.NoError(t, err, name)
		require.JSONEq(t, string(raw), string(again), name)
	}
}
