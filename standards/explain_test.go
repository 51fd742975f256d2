package standards_test

import (
	"encoding/json"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/socialorgtest"
	"github.com/socialorg/socialorg/standards"
)

// Result.Report explains every lost point as a finding citing the index's own table (Order 39
// Art. 8 makes an assessment a scoring of its content).
func TestResultReport(t *testing.T) {
	ix := small()
	r, err := ix.Score(map[string]decimal.Decimal{"A1": d("300"), "A2": d("250.25"), "B1": d("400"), "X1": d("30")}, []string{"A3"})
	require.NoError(t, err)
	rep := r.Report(ix.Cite)
	socialorgtest.AssertFindings(t, rep,
		socialorgtest.Want{Rule: standards.RuleIndicatorPoints, Outcome: socialorg.Fail, Got: "250.25", Want: "299.5"})
	var got []string
	for _, f := range rep.Findings {
		require.Equal(t, standards.RuleIndicatorPoints, f.Rule)
		require.Equal(t, socialorg.Fail, f.Outcome)
		require.Equal(t, ix.Cite, f.Cite, "each finding cites the index's table")
		got = append(got, f.Subject+" "+f.Got+" "+f.Want)
	}
	require.Equal(t, []string{"A2 250.25 299.5", "A3 veto-failed veto-passed", "X1 30 50"}, got)
	require.Equal(t, socialorg.NotMet, rep.Verdict())
	require.Equal(t, "A3：评估指标得分——不通过（实际 否决项未通过；要求 否决项通过）。依据：测试", rep.Findings[1].Message(language.SimplifiedChinese))

	// Full points: an empty, clean report; no source: Order 39 Art. 8.
	full := map[string]decimal.Decimal{"A1": d("300"), "A2": d("299.5"), "A3": d("0.5"), "B1": d("400"), "X1": d("50")}
	r, err = ix.Score(full, nil)
	require.NoError(t, err)
	require.Empty(t, r.Report(ix.Cite).Findings)
	require.True(t, r.Report(ix.Cite).Clean())
	r, err = ix.Score(map[string]decimal.Decimal{"A1": d("299")}, nil)
	require.NoError(t, err)
	for _, f := range r.Report(socialorg.Citation{Article: "an article without a document"}).Findings {
		require.Contains(t, f.Cite.Document, "民政部令第39号")
		require.Equal(t, "第八条", f.Cite.Article)
	}

	// A result decoded from hostile JSON is shown at bounded cost.
	var bad standards.Result
	require.NoError(t, json.Unmarshal([]byte(`{"lost":[{"id":"Z","points":"1e-1000","max":"1e1000","why":"partial"}]}`), &bad))
	f := bad.Report(ix.Cite).Findings[0]
	require.Less(t, len(f.Got)+len(f.Want), 200)
}
