package socialorg_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
)

// renderFigure writes a typed figure back as the library writes figures: ParseFigure's inverse.
func renderFigure(f socialorg.Figure) string {
	if f.Parts != nil {
		parts := make([]string, len(f.Parts))
		for i, p := range f.Parts {
			if parts[i] = renderFigure(p); parts[i] == "" {
				parts[i] = "—"
			}
		}
		return strings.Join(parts, " / ")
	}
	s := f.Number + f.Unit + f.Date + f.Word
	if f.Op != "" {
		s = f.Op + " " + s
	}
	return s
}

func TestParseFigure(t *testing.T) {
	tests := []struct {
		in    string
		words bool
		want  socialorg.Figure
		ok    bool
	}{
		{"30000.00", false, socialorg.Figure{Number: "30000.00"}, true},
		{"49", false, socialorg.Figure{Number: "49"}, true},
		{"-1.5", false, socialorg.Figure{Number: "-1.5"}, true},
		{"≥ 70.00%", false, socialorg.Figure{Op: "≥", Number: "70.00", Unit: "%"}, true},
		{"69.9999%", false, socialorg.Figure{Number: "69.9999", Unit: "%"}, true},
		{"≤ 10", false, socialorg.Figure{Op: "≤", Number: "10"}, true},
		{"2024-09-05", false, socialorg.Figure{Date: "2024-09-05"}, true},
		{"≥ 2024-09-05", false, socialorg.Figure{Op: "≥", Date: "2024-09-05"}, true},
		{"60 / 0", false, socialorg.Figure{Parts: []socialorg.Figure{{Number: "60"}, {Number: "0"}}}, true},
		{"≥ 50 / ≥ 30", false, socialorg.Figure{Parts: []socialorg.Figure{{Op: "≥", Number: "50"}, {Op: "≥", Number: "30"}}}, true},
		{"— / ≥ 30", false, socialorg.Figure{Parts: []socialorg.Figure{{}, {Op: "≥", Number: "30"}}}, true},
		{"yes", true, socialorg.Figure{Word: "yes"}, true},
		{"≥ joint-branch", true, socialorg.Figure{Op: "≥", Word: "joint-branch"}, true},
		// No typed form: the display string is the only one.
		{"≤ 70.00% exempt", true, socialorg.Figure{}, false},
		{"5[1239]", false, socialorg.Figure{}, false},
		{"天河义工协会1", false, socialorg.Figure{}, false},
		{"2025-02-29", false, socialorg.Figure{}, false},
		{"1e5", false, socialorg.Figure{}, false},
		{"1.", false, socialorg.Figure{}, false},
		{".5", false, socialorg.Figure{}, false},
		{"%", false, socialorg.Figure{}, false},
		{"≥ ", false, socialorg.Figure{}, false},
		{"≥", false, socialorg.Figure{}, false},
		{"", false, socialorg.Figure{}, false},
		{"\xff", false, socialorg.Figure{}, false},
		{strings.Repeat("9", 65), false, socialorg.Figure{}, false},
	}
	for _, tt := range tests {
		got, ok := socialorg.ParseFigure(tt.in, tt.words)
		require.Equal(t, tt.ok, ok, "%q", tt.in)
		require.Empty(t, cmp.Diff(tt.want, got), "%q", tt.in)
		if ok {
			require.Equal(t, tt.in, renderFigure(got), "a typed figure writes back as it was read")
			b, err := json.Marshal(got)
			require.NoError(t, err)
			var back socialorg.Figure
			require.NoError(t, json.Unmarshal(b, &back))
			require.Empty(t, cmp.Diff(got, back))
		}
	}
}

// Localize gives each finding's figures as the reader sees them and typed.
func TestLocalizeFigures(t *testing.T) {
	r := socialorg.Report{Findings: []socialorg.Finding{
		{Rule: "x.rule", Subject: "s", Outcome: socialorg.Fail, Got: "69.9999%", Want: "≥ 70.00%", Cite: socialorg.Citation{Document: "d"}},
		{Rule: "x.rule", Subject: "s", Outcome: socialorg.Pass, Got: "yes", Want: "yes", GotWords: true, WantWords: true, Cite: socialorg.Citation{Document: "d"}},
		{Rule: "x.rule", Subject: "s", Outcome: socialorg.Pass, Got: "天河义工协会1", Cite: socialorg.Citation{Document: "d"}},
	}}
	l := r.Localize(language.SimplifiedChinese)
	require.Equal(t, &socialorg.Figure{Number: "69.9999", Unit: "%"}, l.Findings[0].GotFigure)
	require.Equal(t, &socialorg.Figure{Op: "≥", Number: "70.00", Unit: "%"}, l.Findings[0].WantFigure)
	require.Equal(t, "是", l.Findings[1].GotText, "a value word in the reader's language")
	require.Equal(t, &socialorg.Figure{Word: "yes"}, l.Findings[1].GotFigure)
	require.Nil(t, l.Findings[2].GotFigure)
	require.Equal(t, "天河义工协会1", l.Findings[2].GotText)
	require.Nil(t, l.Findings[2].WantFigure)

	b, err := json.Marshal(l)
	require.NoError(t, err)
	require.Contains(t, string(b), `"got_figure":{"number":"69.9999","unit":"%"}`)
	var back socialorg.LocalizedReport
	require.NoError(t, json.Unmarshal(b, &back))
	require.Empty(t, cmp.Diff(l, back))
}
