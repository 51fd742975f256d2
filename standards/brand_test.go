package standards_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/socialorgtest"
	"github.com/socialorg/socialorg/standards"
)

// brandLevels builds the caller's lower levels: 4, 4 and 3 second-level indicators with 32
// third-level leaves between them.
func brandLevels(leaves [3][]int) (basis, mgmt, value []standards.Indicator) {
	out := [3][]standards.Indicator{}
	n := 0
	for dim, counts := range leaves {
		for i, k := range counts {
			sec := standards.Indicator{ID: fmt.Sprintf("d%d.%d", dim, i), Name: "二级指标", Points: decimal.NewFromInt(int64(10 * k))}
			for j := 0; j < k; j++ {
				n++
				sec.Children = append(sec.Children, standards.Indicator{ID: fmt.Sprintf("d%d.%d.%d", dim, i, j), Name: "三级指标", Points: decimal.NewFromInt(10)})
			}
			out[dim] = append(out[dim], sec)
		}
	}
	return out[0], out[1], out[2]
}

func TestBrandIndex2020(t *testing.T) {
	b, m, v := brandLevels([3][]int{{3, 3, 3, 2}, {3, 3, 3, 3}, {3, 3, 3}})
	ix, err := standards.BrandIndex2020(b, m, v)
	require.NoError(t, err)
	require.Len(t, ix.Indicators, 3)
	require.Equal(t, "品牌基础", ix.Indicators[0].Name)
	require.Equal(t, "110", ix.Indicators[0].Points.String())
	s, err := ix.Compile()
	require.NoError(t, err)
	require.Len(t, s.Leaves(), 32)

	b, m, v = brandLevels([3][]int{{3, 3, 3}, {3, 3, 3, 3}, {3, 3, 3}}) // 10 second-level, 30 leaves
	_, err = standards.BrandIndex2020(b, m, v)
	require.ErrorContains(t, err, "11 indicators")
	require.ErrorContains(t, err, "32 indicators")
}

func brandCandidate() standards.BrandCandidate {
	o := socialorgtest.SocialGroup()
	o.Registered = day("2020-06-18")
	return standards.BrandCandidate{Org: o, Credit: registry.CreditClear, Grade: standards.Award{Org: o.Code.String(), Grade: registry.Grade4A, Notice: day("2022-12-01")}}
}

func TestCheckBrand(t *testing.T) {
	check := func(c standards.BrandCandidate, at string) standards.BrandResult {
		t.Helper()
		res, err := standards.CheckBrand(c, day(at))
		require.NoError(t, err)
		socialorgtest.AssertExplained(t, res.Report, c.Org.Code.String())
		return res
	}
	require.False(t, check(brandCandidate(), "2025-06-17").Eligible(), "five years less a day")
	require.True(t, check(brandCandidate(), "2025-06-18").Eligible())
	require.False(t, check(brandCandidate(), "2027-12-01").Eligible(), "the 4A grade expired on 2027-11-30")

	c := brandCandidate()
	c.Grade.Grade = registry.Grade3A
	res := check(c, "2026-01-01")
	f, _ := res.Find(standards.RuleBrandGrade)
	require.Equal(t, socialorg.Fail, f.Outcome)

	c = brandCandidate()
	c.Penalties = []socialorg.Date{day("2023-01-02")}
	require.False(t, check(c, "2026-01-01").Eligible(), "within three years")
	c.Penalties = []socialorg.Date{day("2023-01-01")}
	require.True(t, check(c, "2026-01-01").Eligible(), "three years before")

	c = brandCandidate()
	c.Org.Division = "440000"
	c.Org.Code = registry.MustCreditCode("51440000MJ0000017D")
	res, err := standards.CheckBrand(c, day("2026-01-01"))
	require.NoError(t, err)
	f, _ = res.Find(standards.RuleBrandRegistered)
	require.Equal(t, socialorg.Fail, f.Outcome, "registered by the province, not by Guangzhou")
	// The 2021 call is in force from its notice's date (2021-04-27), while applications were open.
	_, err = standards.CheckBrand(brandCandidate(), day("2021-04-26"))
	require.ErrorIs(t, err, socialorg.ErrNotInForce)
	res, err = standards.CheckBrand(brandCandidate(), day("2021-04-27"))
	require.NoError(t, err)
	f, _ = res.Find(standards.RuleBrandAbnormal)
	require.Equal(t, "广州市社会组织管理局关于开展2021年广州市品牌社会组织创建申报工作的通知", f.Cite.Document)
}

func checklist() standards.Checklist {
	var cl standards.Checklist
	for s := standards.GradedResponse; s <= standards.Supervision; s++ {
		for i := 0; i < 2; i++ {
			cl.Items = append(cl.Items, standards.Item{ID: fmt.Sprintf("%s-%d", s, i), Section: s, Text: "事项"})
		}
	}
	return cl
}

func TestReadiness(t *testing.T) {
	cl := checklist()
	var all []string
	for _, it := range cl.Items {
		all = append(all, it.ID)
	}
	res, err := standards.CheckReadiness("org", cl, all, day("2020-05-25"))
	require.NoError(t, err)
	require.True(t, res.Ready())
	require.Len(t, res.Findings, 8)
	_, err = standards.CheckReadiness("org", cl, all, day("2020-05-24"))
	require.ErrorIs(t, err, socialorg.ErrNotInForce)

	res2, err := standards.CheckReadiness("org2", cl, all[2:], day("2021-01-01"))
	require.NoError(t, err)
	require.False(t, res2.Ready())
	require.Equal(t, []string{"graded-response-0", "graded-response-1"}, res2.Sections[0].Missing)
	f, _ := res2.Find("standards.emergency.graded-response")
	require.Equal(t, "0/2", f.Got)

	t1 := standards.TallyReadiness([]standards.ReadinessResult{res})
	t2 := standards.TallyReadiness([]standards.ReadinessResult{res2})
	m := t1.Merge(t2)
	require.Equal(t, 2, m.Orgs)
	require.Equal(t, 1, m.Ready)
	require.Equal(t, 1, m.Sections[0].Complete)
	require.Equal(t, 2, m.Sections[1].Complete)
	require.Equal(t, m, standards.TallyReadiness([]standards.ReadinessResult{res, res2}))

	bad := checklist()
	bad.Items = bad.Items[2:]
	_, err = standards.CheckReadiness("org", bad, nil, day("2021-01-01"))
	require.ErrorContains(t, err, "at least one item in every section")
	_, err = standards.CheckReadiness("org", cl, []string{"nope"}, day("2021-01-01"))
	require.ErrorContains(t, err, "met[0]")
}

// codeIn returns a social-group credit code registered by the authority of division div.
func codeIn(t *testing.T, div string) registry.CreditCode {
	t.Helper()
	first := "51" + div + "MJ0000001"
	ch, err := registry.CreditCodeCheckChar(first)
	require.NoError(t, err)
	return registry.MustCreditCode(first + string(ch))
}

// TestBrandAuthorityFromCreditCode (issue 17): the 2021 creation notice requires registration by
// a Guangzhou city or district authority. CheckBrand read the authority from Organization.Division
// (what the caller declares); it now reads it from the credit code's registration-authority
// division, characters 3–8 (GB 32100-2015, 登记管理机关行政区划码), as registry.CheckRegistration
// does, and a code that disagrees with the declared division is a Fail showing both.
func TestBrandAuthorityFromCreditCode(t *testing.T) {
	tests := []struct {
		name, codeDiv, declared string
		registered, agrees      socialorg.Outcome
	}{
		{"province code, Guangzhou declared", "440000", "440103", socialorg.Fail, socialorg.Fail},
		{"district code, province declared", "440106", "440000", socialorg.Pass, socialorg.Fail},
		{"district code, other district declared", "440106", "440104", socialorg.Pass, socialorg.Fail},
		{"city code, city declared", "440100", "440100", socialorg.Pass, socialorg.Pass},
		{"historical district, its successor declared", "440183", "440118", socialorg.Pass, socialorg.Pass},
		{"Shenzhen code and declared", "440300", "440300", socialorg.Fail, socialorg.Pass},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := brandCandidate()
			c.Org.Code = codeIn(t, tc.codeDiv)
			c.Org.Division = tc.declared
			res, err := standards.CheckBrand(c, day("2026-01-01"))
			require.NoError(t, err)
			f, ok := res.Find(standards.RuleBrandRegistered)
			require.True(t, ok)
			require.Equal(t, tc.registered, f.Outcome)
			require.Contains(t, f.Got, tc.codeDiv, "the authority shown is the code's")
			f, ok = res.Find(standards.RuleBrandCodeDivision)
			require.True(t, ok)
			require.Equal(t, tc.agrees, f.Outcome)
			require.Equal(t, tc.codeDiv, f.Got)
			require.Equal(t, tc.declared, f.Want)
			require.Equal(t, tc.registered == socialorg.Pass && tc.agrees == socialorg.Pass, res.Eligible())
		})
	}
	// No declared division: the code decides alone.
	c := brandCandidate()
	c.Org.Division = ""
	res, err := standards.CheckBrand(c, day("2026-01-01"))
	require.NoError(t, err)
	require.True(t, res.Eligible())
	f, _ := res.Find(standards.RuleBrandCodeDivision)
	require.Equal(t, socialorg.NotApplicable, f.Outcome)
}

// TestBrandCreditStatus (issue 19; the 2021 call's condition 4, 「未被列入社会组织活动异常名录」):
// the call bars an organization on the abnormal-activity list. BrandCandidate.AbnormalListed, a
// bool, took an organization whose status nobody looked up for one on neither list; the status
// is now a registry.CreditStatus, and an unknown one leaves the condition undecided.
func TestBrandCreditStatus(t *testing.T) {
	for _, tc := range []struct {
		status    registry.CreditStatus
		outcome   socialorg.Outcome
		undecided bool
		verdict   socialorg.Verdict
	}{
		{registry.CreditClear, socialorg.Pass, false, socialorg.Met},
		{registry.CreditAbnormal, socialorg.Fail, false, socialorg.NotMet},
		{registry.CreditSeriousViolation, socialorg.Fail, false, socialorg.NotMet},
		{registry.CreditUnknown, socialorg.NotApplicable, true, socialorg.Undecided},
	} {
		t.Run(tc.status.String(), func(t *testing.T) {
			c := brandCandidate()
			c.Credit = tc.status
			res, err := standards.CheckBrand(c, day("2026-01-01"))
			require.NoError(t, err)
			f, ok := res.Find(standards.RuleBrandAbnormal)
			require.True(t, ok)
			require.Equal(t, tc.outcome, f.Outcome)
			require.Equal(t, tc.undecided, f.Undecided)
			require.Equal(t, tc.verdict, res.Verdict())
			require.Equal(t, tc.verdict == socialorg.Met, res.Eligible())
			require.Contains(t, f.Cite.Document, "品牌社会组织创建申报工作的通知")
			require.Contains(t, f.Message(language.English), "required on neither list")
		})
	}
	c := brandCandidate()
	c.Credit = 7
	_, err := standards.CheckBrand(c, day("2026-01-01"))
	require.ErrorContains(t, err, "candidate.credit_status")
}

// TestBrandConditionsAreParameters (issue 19): the call's figures (5 years registered, a valid
// 4A, a 3-year look-back) are Guangzhou's dated parameters, shown and cited in the findings; a
// place with no call of its own has none.
func TestBrandConditionsAreParameters(t *testing.T) {
	res, err := standards.CheckBrand(brandCandidate(), day("2026-01-01"))
	require.NoError(t, err)
	want := map[socialorg.RuleID]string{
		standards.RuleBrandRegistered: "authority-within 440100",
		standards.RuleBrandYears:      "≤ 2021-01-01",
		standards.RuleBrandGrade:      "valid-grade ≥ 4A",
		standards.RuleBrandPenalty:    "0",
	}
	for id, w := range want {
		f, ok := res.Find(id)
		require.True(t, ok, id)
		require.Equal(t, w, f.Want, id)
		require.Contains(t, f.Cite.Document, "品牌社会组织创建申报工作的通知", id)
	}
	for _, p := range []string{"standards.brand.min-registered-years", "standards.brand.min-grade", "standards.brand.penalty-look-back-years", "standards.brand.scheme"} {
		r, err := socialorg.Resolve(bookOf(t), p, day("2026-01-01"))
		require.NoError(t, err, p)
		require.Equal(t, "440100", r.Jurisdiction, p)
	}
	_, err = standards.CheckBrand(brandCandidate(), day("2026-01-01"), socialorg.In("440300"))
	require.ErrorIs(t, err, socialorg.ErrNotInForce, "Shenzhen has no call in the library")
	// A district's call is the city's.
	res, err = standards.CheckBrand(brandCandidate(), day("2026-01-01"), socialorg.In("440106"))
	require.NoError(t, err)
	require.True(t, res.Eligible())

	// An authority the library does not know, though its code has Guangzhou's shape, is not one of
	// Guangzhou's.
	c := brandCandidate()
	c.Org.Code, c.Org.Division = codeIn(t, "440199"), ""
	res, err = standards.CheckBrand(c, day("2026-01-01"))
	require.NoError(t, err)
	f, _ := res.Find(standards.RuleBrandRegistered)
	require.Equal(t, socialorg.Fail, f.Outcome)
}

// TestResultsJSONCarryTheVerdict: Eligible and Ready are derived from the findings and added to
// the JSON with the verdict; decoding ignores them.
func TestResultsJSONCarryTheVerdict(t *testing.T) {
	c := brandCandidate()
	c.Credit = registry.CreditUnknown
	br, err := standards.CheckBrand(c, day("2026-01-01"))
	require.NoError(t, err)
	raw, err := json.Marshal(br)
	require.NoError(t, err)
	require.Contains(t, string(raw), `"verdict":"undecided","eligible":false`)
	var back standards.BrandResult
	require.NoError(t, json.Unmarshal(raw, &back))
	require.Empty(t, cmp.Diff(br, back))

	en, err := standards.CheckEntry(candidate(), day("2026-01-01"))
	require.NoError(t, err)
	raw, err = json.Marshal(en)
	require.NoError(t, err)
	require.Contains(t, string(raw), `"verdict":"met","eligible":true`)

	cl := checklist()
	rr, err := standards.CheckReadiness("o", cl, []string{cl.Items[0].ID}, day("2021-01-01"))
	require.NoError(t, err)
	raw, err = json.Marshal(rr)
	require.NoError(t, err)
	require.Contains(t, string(raw), `"verdict":"not-met","ready":false`)
}

func bookOf(t *testing.T) *socialorg.Book {
	t.Helper()
	for _, b := range socialorg.Books() {
		if b.Name() == "standards" {
			return b
		}
	}
	t.Fatal("no book")
	return nil
}

// TestBrandUndatedPenalty: a penalty whose date is not given may fall within the years the call
// looks back; it was silently left out (zero is before every date), and now leaves the condition
// undecided unless a dated penalty within them already fails it.
func TestBrandUndatedPenalty(t *testing.T) {
	c := brandCandidate()
	c.Penalties = []socialorg.Date{{}}
	res, err := standards.CheckBrand(c, day("2026-01-01"))
	require.NoError(t, err)
	f, _ := res.Find(standards.RuleBrandPenalty)
	require.True(t, f.Undecided)
	require.Equal(t, "1 undated", f.Got)
	require.Equal(t, socialorg.Undecided, res.Verdict())
	c.Penalties = append(c.Penalties, day("2025-01-01"))
	res, err = standards.CheckBrand(c, day("2026-01-01"))
	require.NoError(t, err)
	f, _ = res.Find(standards.RuleBrandPenalty)
	require.Equal(t, socialorg.Fail, f.Outcome)
	c.Penalties = []socialorg.Date{day("2022-01-01")} // before the three years
	res, err = standards.CheckBrand(c, day("2026-01-01"))
	require.NoError(t, err)
	require.True(t, res.Eligible())
}
