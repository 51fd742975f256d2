package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
)

func TestDisplayWidth(t *testing.T) {
	for s, want := range map[string]int{"": 0, "abc": 3, "名称": 4, "ｆｕｌｌ": 8, "a名b": 4, "e\u0301": 1, "\u200b": 0, "（元）": 6, "≥ 50": 4} {
		require.Equal(t, want, displayWidth(s), "%q", s)
	}
}

// TestTextTableAligned: every column starts at the same display column on every line, with CJK
// text counted two columns wide.
func TestTextTableAligned(t *testing.T) {
	tb := &table{titles: []string{"代码", "名称", "层级"}, rows: [][]string{
		{"100000", "中华人民共和国", "全国"}, {"440103", "荔湾区", "区"}, {"440100", "Guangzhou", "city"}, {"1", "a\nb", ""}}}
	var b bytes.Buffer
	require.NoError(t, writeText(&b, tb))
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	require.Len(t, lines, 6)
	require.Equal(t, "代码    名称            层级", lines[0])
	require.Equal(t, "------  --------------  ----", lines[1])
	require.Equal(t, "100000  中华人民共和国  全国", lines[2])
	require.Equal(t, "440103  荔湾区          区", lines[3])
	require.Equal(t, "1       a b", lines[5], "line breaks become spaces; no trailing spaces")

	long := strings.Repeat("长", 40) // 80 columns
	b.Reset()
	require.NoError(t, writeText(&b, &table{titles: []string{"x"}, rows: [][]string{{long}, {strings.Repeat("a", 72)}}}))
	lines = strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	require.Equal(t, strings.Repeat("长", 35)+"…", lines[2], "cut to 72 columns: 35 wide characters and the ellipsis")
	require.Equal(t, 71, displayWidth(lines[2]))
	require.Equal(t, strings.Repeat("a", 72), lines[3], "72 columns are shown whole")
}

func TestRulesListing(t *testing.T) {
	rules := socialorg.AllRules()
	require.NotEmpty(t, rules)
	regimes := 0
	for _, r := range rules {
		regimes += len(r.Regimes)
	}
	// JSON: every rule, its title in the language asked.
	code, out, stderr := runApp(t, nil, "rules", "--lang", "en", "--format", "json")
	require.Equal(t, exitOK, code, stderr)
	var got []ruleJSON
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	require.Len(t, got, len(rules))
	for i, r := range rules {
		require.Equal(t, r.ID, got[i].ID)
		require.Equal(t, r.Title.En, got[i].Title)
		require.Len(t, got[i].Regimes, len(r.Regimes))
	}
	// CSV: one line per regime, keys as headings.
	code, out, _ = runApp(t, nil, "rules", "--format", "csv")
	require.Equal(t, exitOK, code)
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	require.NoError(t, err)
	require.Equal(t, []string{"id", "title", "from", "until", "citation", "note"}, recs[0])
	require.Len(t, recs, regimes+1)
	// Table, Traditional Chinese: headings and titles in it.
	code, out, _ = runApp(t, nil, "rules", "--lang", "zh-Hant")
	require.Equal(t, exitOK, code)
	require.True(t, strings.HasPrefix(out, "規則"), "%.40s", out)
	require.Contains(t, out, rules[0].Title.Hant)
	require.Len(t, strings.Split(strings.TrimSuffix(out, "\n"), "\n"), regimes+2)
}

func TestParamsListing(t *testing.T) {
	// Liwan on 2024-01-01: a social group's local minimum funds resolves (from a parent
	// jurisdiction or the nation); the social service agency's minimum fund is the caller's to
	// supply.
	code, out, stderr := runApp(t, nil, "params", "--at", "2024-01-01", "--in", "440103", "--format", "json")
	require.Equal(t, exitOK, code, stderr)
	var got []paramJSON
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	require.Len(t, got, len(socialorg.AllParameters()))
	byID := map[string]paramJSON{}
	for _, p := range got {
		byID[p.ID] = p
	}
	sg := byID["registry.socialgroup.min-funds-local"]
	require.Equal(t, "resolved", sg.Status)
	require.Equal(t, "440103", sg.Resolution.Place)
	require.Equal(t, "30000", sg.Resolution.Text)
	require.Equal(t, "not-supplied", byID["registry.ssa.min-funds"].Status)

	// Supplied through --options: resolved, marked as the caller's.
	dir := t.TempDir()
	opts := filepath.Join(dir, "o.json")
	require.NoError(t, os.WriteFile(opts, []byte(`{"supply": {"registry.ssa.min-funds": {"value": "30000", "cite": {"document": "示例来源"}}}}`), 0o644))
	code, out, stderr = runApp(t, nil, "params", "--at", "2024-01-01", "--options", opts, "--format", "csv")
	require.Equal(t, exitOK, code, stderr)
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	require.NoError(t, err)
	require.Equal(t, []string{"id", "title", "value", "unit", "jurisdiction", "from", "until", "citation", "note"}, recs[0])
	found := false
	for _, r := range recs {
		if r[0] == "registry.ssa.min-funds" {
			found = true
			require.Equal(t, "30000", r[2])
			require.Equal(t, "示例来源（调用方提供）", r[7])
		}
	}
	require.True(t, found)

	// Before the law: nothing in force is said so, not an error.
	code, out, _ = runApp(t, nil, "params", "--at", "1950-01-01", "--lang", "en")
	require.Equal(t, exitOK, code)
	require.Contains(t, out, "no value in force at that date and place")
}

func TestJurisdictionsListing(t *testing.T) {
	js := socialorg.Jurisdictions()
	code, out, stderr := runApp(t, nil, "jurisdictions", "--format", "json")
	require.Equal(t, exitOK, code, stderr)
	var got []jurisdictionJSON
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	require.Len(t, got, len(js))
	code, out, _ = runApp(t, nil, "jurisdictions", "--lang", "zh-Hans")
	require.Equal(t, exitOK, code)
	require.Contains(t, out, "440103  荔湾区")
	require.Contains(t, out, "  区  ")
	code, out, _ = runApp(t, nil, "jurisdictions", "--lang", "en", "--format", "csv")
	require.Equal(t, exitOK, code)
	require.Contains(t, out, "440103,Liwan District,district,440100")
}

// TestChartRenderersGolden draws each chart form over small hand-made data, in a fixed order:
// the SVG bytes are the golden files'.
func TestChartRenderersGolden(t *testing.T) {
	bars := stackedBars{Title: "各区评估等级 <示例>", Subtitle: "合成数据",
		Categories: []string{"市本级", "荔湾区"},
		Series:     []barSeries{{"5A级", "#1b5e20"}, {"4A级", "#388e3c"}, {"已评估未定级", "#bdbdbd"}},
		Values:     [][]int64{{1, 10, 3}, {0, 2, 1}}}
	golden(t, "charts/stacked.svg", []byte(bars.svg()))
	grouped := groupedBars{Title: "Party coverage", Categories: []string{"Liwan", "Yuexiu"},
		Series: []barSeries{{"organization", "#c62828"}, {"work", "#ef9a9a"}},
		Shares: [][]socialorg.Ratio{{socialorg.NewRatio(365, 1000), socialorg.NewRatio(89, 100)}, {socialorg.NewRatio(1, 1), socialorg.NewRatio(0, 1)}}, Labels: [][]string{{"36.5%", "89.0%"}, {"100.0%", "0.0%"}}}
	golden(t, "charts/grouped.svg", []byte(grouped.svg()))
	flows := flowChart{Title: "五社联动", Unit: "项对接",
		Sources: []flowNode{{"社区", "#1565c0"}, {"社会组织", "#6a1b9a"}, {"空", "#000000"}},
		Targets: []flowNode{{"资金", "#78909c"}, {"助餐", "#78909c"}},
		Flows:   [][]int64{{3, 1}, {0, 4}, {0, 0}}}
	golden(t, "charts/flows.svg", []byte(flows.svg()))
	empty := flowChart{Title: "empty", Sources: []flowNode{{"a", "#000"}}, Targets: []flowNode{{"b", "#000"}}, Flows: [][]int64{{0}}}
	wellFormed(t, empty.svg())
}

// wellFormed parses an SVG document to its end.
func wellFormed(t *testing.T, doc string) {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(doc))
	for {
		_, err := d.Token()
		if err == io.EOF {
			return
		}
		require.NoError(t, err)
	}
}

// TestChartsCommand draws the synthetic city twice: the same files, well-formed, with titles in
// the language asked.
func TestChartsCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("matches a city-sized linkage market")
	}
	dir := t.TempDir()
	code, out, stderr := runApp(t, nil, "charts", "--out", dir, "--lang", "en", "--seed", "7")
	require.Equal(t, exitOK, code, stderr)
	require.Len(t, strings.Fields(out), len(chartFiles))
	first := map[string][]byte{}
	for _, name := range chartFiles {
		b, err := os.ReadFile(filepath.Join(dir, name))
		require.NoError(t, err)
		wellFormed(t, string(b))
		first[name] = b
	}
	require.Contains(t, string(first["grades-by-district.svg"]), "Assessment grades of social organizations by district")
	require.Contains(t, string(first["grades-by-district.svg"]), "Liwan District")
	require.Contains(t, string(first["party-coverage-by-district.svg"]), "organization coverage")
	require.Contains(t, string(first["linkage-flows.svg"]), "volunteer hours")
	require.Contains(t, string(first["linkage-flows.svg"]), "seed 7")
	code, _, _ = runApp(t, nil, "charts", "--out", dir, "--lang", "en", "--seed", "7")
	require.Equal(t, exitOK, code)
	for _, name := range chartFiles {
		b, err := os.ReadFile(filepath.Join(dir, name))
		require.NoError(t, err)
		require.Equal(t, string(first[name]), string(b), "%s: deterministic", name)
	}
	svgs, err := cityCharts(7, langTag(hansIdx))
	require.NoError(t, err)
	require.Contains(t, svgs[0], "各区社会组织评估等级")
	require.Contains(t, svgs[0], "荔湾区")
}

// TestProgress: a bar on a terminal once the work runs longer than the delay; nothing on stderr
// otherwise (not a terminal, or --progress off).
func TestProgress(t *testing.T) {
	var rows strings.Builder
	rows.WriteString(goodHeader)
	for range 3000 {
		rows.WriteString("广州市甲协会,social-group,440100,60,1,30000,某路\n")
	}
	for _, c := range []struct {
		terminal bool
		mode     string
		bar      bool
	}{{true, "auto", true}, {false, "auto", false}, {true, "off", false}, {false, "on", true}} {
		dir := t.TempDir()
		in := filepath.Join(dir, "r.csv")
		require.NoError(t, os.WriteFile(in, []byte(rows.String()), 0o644))
		var out, errb bytes.Buffer
		tick := testNow
		a := &app{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, stderrTerminal: c.terminal, progressDelay: time.Second,
			now: func() time.Time { tick = tick.Add(500 * time.Millisecond); return tick }}
		require.Equal(t, exitOK, a.run([]string{"check", "registration", "--progress", c.mode, in}), errb.String())
		if c.bar {
			require.Contains(t, errb.String(), "检查中", "%+v", c)
		} else {
			require.Empty(t, errb.String(), "%+v", c)
		}
	}
	// A quick run shows nothing even on a terminal.
	var errb bytes.Buffer
	dir := t.TempDir()
	in := filepath.Join(dir, "r.csv")
	require.NoError(t, os.WriteFile(in, []byte(rows.String()), 0o644))
	a := &app{stdin: strings.NewReader(""), stdout: io.Discard, stderr: &errb, stderrTerminal: true, progressDelay: time.Hour, now: time.Now}
	require.Equal(t, exitOK, a.run([]string{"check", "registration", in}))
	require.Empty(t, errb.String())
}
