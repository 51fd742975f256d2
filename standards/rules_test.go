package standards_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/standards"
)

func ruleOf(t *testing.T, id socialorg.RuleID) socialorg.Rule {
	t.Helper()
	for _, r := range standards.Rules() {
		if r.ID == id {
			return r
		}
	}
	t.Fatalf("no rule %s", id)
	return socialorg.Rule{}
}

// TestGradeConditionsCiteTheirSchemes (issue 17): Rules() listed the full-time-staff and
// Party-organization grade conditions under Order 39 Art. 26, which has neither: they come from
// the Foshan Nanhai notice (三、评估等级标准及有效期: 「配备专职工作人员3人以上，独立建立党组织」)
// and the Huaining notice (no Party organization, no 5A).
func TestGradeConditionsCiteTheirSchemes(t *testing.T) {
	staff := ruleOf(t, standards.RuleGradeStaff)
	require.Len(t, staff.Regimes, 1)
	require.Contains(t, staff.Regimes[0].Cite.Document, "南海区")
	party := ruleOf(t, standards.RuleGradeParty)
	require.Len(t, party.Regimes, 2)
	require.Contains(t, party.Regimes[0].Cite.Document, "南海区")
	require.Contains(t, party.Regimes[1].Cite.Document, "怀宁县")
	for _, r := range []socialorg.Rule{staff, party} {
		for _, g := range r.Regimes {
			require.NotContains(t, g.Cite.Document, "民政部令第39号", r.ID)
			require.NotEmpty(t, g.Note, r.ID)
		}
	}
	// The findings cite the scheme whose condition they judge.
	for _, s := range []standards.GradeScheme{standards.FoshanNanhai(), standards.Huaining()} {
		res, err := s.Check(d("960"), standards.Profile{ID: "o"}, day("2023-01-01"))
		require.NoError(t, err)
		f, ok := res.Find(standards.RuleGradeParty)
		require.True(t, ok, s.ID)
		require.Equal(t, s.Conditions[0].Cite, f.Cite, s.ID)
	}
}

// TestSchemeDocumentsAreTitlesOrSaySo (issue 17): 「深圳市社会组织评估等级标准（百分制）」 is not
// a document's name. Every scheme's cited document is either a title in 《》 or a description its
// Note says is one, so that no one cites a description as a document.
func TestSchemeDocumentsAreTitlesOrSaySo(t *testing.T) {
	for _, s := range standards.Schemes() {
		for _, r := range s.Regimes {
			require.NotContains(t, r.Cite.Document, "深圳市社会组织评估等级标准", s.ID)
			if !strings.HasPrefix(r.Cite.Document, "《") {
				require.Contains(t, s.Note, "description, not a title", "%s cites %s", s.ID, r.Cite.Document)
			}
		}
	}
	sz := standards.Shenzhen()
	require.Equal(t, "《南山区民政局关于开展2019年度南山区社会组织评估工作的通知》", sz.Regimes[0].Cite.Document)
	require.Contains(t, sz.Note, "深圳市社会组织评估等级标准（百分制）, was a description")
}
