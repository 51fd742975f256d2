package main

import (
	"bytes"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/socialorg/socialorg"
)

var update = flag.Bool("update", false, "rewrite the golden files and the sample rosters under testdata")

// testNow is the clock of every test run: 2026-01-15 in China.
var testNow = time.Date(2026, 1, 15, 2, 0, 0, 0, time.UTC)

// runApp runs the program with args and stdin, and returns its exit status, stdout and stderr.
func runApp(t testing.TB, stdin io.Reader, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	a := &app{stdin: stdin, stdinSize: -1, stdout: &out, stderr: &errb, now: func() time.Time { return testNow }}
	code := a.run(args)
	return code, out.String(), errb.String()
}

// golden compares got with the golden file testdata/name, or rewrites it with -update.
// rulesDigest matches the digest of the library's rules that results record: it changes with
// every rule of the library, so the golden files hold a placeholder in its place.
var rulesDigest = regexp.MustCompile(socialorg.RulesDigest())

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	got = rulesDigest.ReplaceAll(got, []byte("RULES-DIGEST"))
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "golden file missing: run go test ./cmd/socialorg -update")
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs from the golden file (-want +got; go test ./cmd/socialorg -update rewrites it):\n%s", name, diff)
	}
}

// sampleHeader and sampleRows are the sample roster: headings in both languages and odd forms,
// and rows that meet the rules, fail them, cannot be decided, and cannot be read.
var sampleHeader = []string{"名称", "类型", " Division ", "统一社会信用代码", "Individual Members", "单位会员", "专职工作人员",
	"资金（元）", "货币资金", "住所", "基金会类型", "备案类型", "形式", "自然人发起人", "登记日期"}

// sampleRow is one row: typed values for the workbook (numbers, booleans and dates as such),
// written as text in the CSV.
type sampleRow []any

var sampleRows = []sampleRow{
	{"广州市越秀区书画协会", "社会团体", "440104", "51440104MJA000001N", 60, nil, 2, "30,000", nil, "广州市越秀区某路1号", nil, nil, nil, nil, time.Date(2015, 3, 2, 0, 0, 0, 0, time.UTC)},
	{"广州市某某协会", "social-group", "440100", nil, 20, nil, 1, 20000, nil, "广州市某路2号", nil, nil, nil, nil, "2020/7/1"},
	{"广州市助老服务中心", "社会服务机构", "440100", "52440100MJC000003C", nil, nil, 3, 50000, nil, "广州市某路3号", nil, nil, nil, nil, "2019年5月20日"},
	{"广州市慈善基金会", "基金会", "440100", "53440100MJB0000020", nil, nil, 5, 2000000, true, "广州市某路4号", "非公募基金会", nil, nil, nil, nil},
	{"第1社区舞蹈队", "社区社会组织", "440103", nil, 12, nil, nil, nil, nil, "第1社区活动室", nil, "社会团体类", "队", 5, nil},
	{"广州市坏行协会", "social-group", "440100", nil, "abc", nil, 1, "三万", nil, "某路6号", nil, nil, nil, nil, "2024-02-30"},
	{"某某有限公司", "公司", "440100", nil, nil, nil, 1, 100, nil, "某路7号", nil, nil, nil, nil, nil},
	{"广州市代码错误协会", "social-group", "440100", "51440100MJA000001X", 60, nil, 1, 30000, nil, "某路8号", nil, nil, nil, nil, nil},
	{},
	{"北京市某协会", "social-group", "110000", nil, 60, nil, 1, 30000, nil, "北京市某路9号", nil, nil, nil, nil, nil},
	{"广州市巨额资金协会", "social-group", "440100", nil, 60, nil, 1, "1e2147483646", nil, "某路10号", nil, nil, nil, nil, nil},
	{"广州市多一格协会", "social-group", "440100", nil, 60, nil, 1, 30000, nil, "某路11号", nil, nil, nil, nil, nil, "多出的格"},
}

// cellText is a sample value as CSV text.
func cellText(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case time.Time:
		return x.Format("2006-01-02")
	case bool:
		if x {
			return "是"
		}
		return "否"
	}
	return fmt.Sprint(v)
}

// sampleCSV is the sample roster as CSV, with a title line above the headings.
func sampleCSV() []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	_ = w.Write([]string{"2025年社会组织名册（样例）"})
	_ = w.Write(sampleHeader)
	for _, r := range sampleRows {
		rec := make([]string, len(r))
		for i, v := range r {
			rec[i] = cellText(v)
		}
		_ = w.Write(rec)
	}
	w.Flush()
	return b.Bytes()
}

// sampleWorkbook is the sample roster as a workbook: a title row, the headings, and typed cells
// (numbers, booleans, dates with a date format) on a sheet named 名册, and a second sheet.
func sampleWorkbook(t testing.TB) []byte {
	f := excelize.NewFile()
	defer f.Close()
	require.NoError(t, f.SetSheetName("Sheet1", "名册"))
	dateStyle, err := f.NewStyle(&excelize.Style{NumFmt: 14})
	require.NoError(t, err)
	require.NoError(t, f.SetCellValue("名册", "A1", "2025年社会组织名册（样例）"))
	header := make([]any, len(sampleHeader))
	for i, h := range sampleHeader {
		header[i] = h
	}
	require.NoError(t, f.SetSheetRow("名册", "A2", &header))
	for i, r := range sampleRows {
		for j, v := range r {
			if v == nil {
				continue
			}
			cell, err := excelize.CoordinatesToCellName(j+1, i+3)
			require.NoError(t, err)
			require.NoError(t, f.SetCellValue("名册", cell, v))
			if _, ok := v.(time.Time); ok {
				require.NoError(t, f.SetCellStyle("名册", cell, cell, dateStyle))
			}
		}
	}
	_, err = f.NewSheet("说明")
	require.NoError(t, err)
	require.NoError(t, f.SetCellValue("说明", "A1", "样例名册：合成数据"))
	var b bytes.Buffer
	require.NoError(t, f.Write(&b))
	return b.Bytes()
}

// writeSample writes a sample file into dir (and, with -update, under testdata for README.md).
func writeSample(t *testing.T, dir, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(p, b, 0o644))
	if *update && (name == "roster.csv" || name == "roster.xlsx") {
		require.NoError(t, os.WriteFile(filepath.Join("testdata", name), b, 0o644))
	}
	return p
}

// sheetText dumps a sheet's rows as tab-separated lines, for a golden file.
func sheetText(t *testing.T, f *excelize.File, sheet string) string {
	rows, err := f.GetRows(sheet)
	require.NoError(t, err)
	var b strings.Builder
	for _, r := range rows {
		b.WriteString(strings.Join(r, "\t"))
		b.WriteByte('\n')
	}
	return b.String()
}

func TestCheckCSVGolden(t *testing.T) {
	for _, lang := range []string{"zh-Hans", "zh-Hant", "en"} {
		t.Run(lang, func(t *testing.T) {
			dir := t.TempDir()
			in := writeSample(t, dir, "roster.csv", sampleCSV())
			code, stdout, stderr := runApp(t, nil, "check", "registration", in, "--as-of", "2025-06-30", "--lang", lang)
			require.Equal(t, exitUnreadRo, code, "stderr: %s", stderr)
			got, err := os.ReadFile(filepath.Join(dir, "roster.results.csv"))
			require.NoError(t, err)
			golden(t, "roster.results."+lang+".csv", got)
			golden(t, "roster.stderr."+lang+".txt", []byte(stderr))
			require.Contains(t, stdout, filepath.Join(dir, "roster.results.csv"))
		})
	}
}

func TestCheckWorkbookGolden(t *testing.T) {
	dir := t.TempDir()
	in := writeSample(t, dir, "roster.xlsx", sampleWorkbook(t))
	code, stdout, stderr := runApp(t, nil, "check", "registration", "--as-of", "2025-06-30", in)
	require.Equal(t, exitUnreadRo, code, "stderr: %s", stderr)
	require.Contains(t, stdout, "roster.results.xlsx")
	f, err := excelize.OpenFile(filepath.Join(dir, "roster.results.xlsx"))
	require.NoError(t, err)
	defer f.Close()
	require.Equal(t, []string{"名册", "说明", "results"}, f.GetSheetList(), "the original sheets, then the results")
	require.Equal(t, "results", f.GetSheetName(f.GetActiveSheetIndex()), "the workbook opens on the results")
	orig, err := excelize.OpenReader(bytes.NewReader(sampleWorkbook(t)))
	require.NoError(t, err)
	defer orig.Close()
	require.Equal(t, sheetText(t, orig, "名册"), sheetText(t, f, "名册"), "the original sheet is copied unchanged")
	golden(t, "roster.results.xlsx.txt", []byte(sheetText(t, f, "results")))
	// The CSV and the workbook give the same findings, row for row (a serial date and a date
	// string read alike).
	csvIn := writeSample(t, dir, "roster.csv", sampleCSV())
	code, _, _ = runApp(t, nil, "check", "registration", "--as-of", "2025-06-30", csvIn)
	require.Equal(t, exitUnreadRo, code)
	c, err := os.ReadFile(filepath.Join(dir, "roster.results.csv"))
	require.NoError(t, err)
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(c, []byte("\ufeff")))).ReadAll()
	require.NoError(t, err)
	rows, err := f.GetRows("results")
	require.NoError(t, err)
	for i := range rows {
		for len(rows[i]) < len(recs[i]) {
			rows[i] = append(rows[i], "")
		}
	}
	require.Empty(t, cmp.Diff(recs, rows))
}

func TestCheckJSONStdinGolden(t *testing.T) {
	in, err := os.ReadFile(filepath.Join("testdata", "roster.json"))
	require.NoError(t, err)
	code, stdout, stderr := runApp(t, bytes.NewReader(in), "check", "registration", "--as-of", "2025-06-30", "--lang", "en", "-")
	require.Equal(t, exitUnreadRo, code, "stderr: %s", stderr)
	golden(t, "roster.results.json", []byte(stdout))
	// CSV on standard output too.
	code, stdout, _ = runApp(t, bytes.NewReader(in), "check", "registration", "--as-of", "2025-06-30", "--format", "csv", "-")
	require.Equal(t, exitUnreadRo, code)
	require.True(t, strings.HasPrefix(stdout, "\ufeff行号,对象,规则"), "%.60s", stdout)
}

func TestCheckAllRowsChecked(t *testing.T) {
	// Exit status 0 when every row was checked, whatever the verdicts; nothing on stderr.
	dir := t.TempDir()
	roster := "name,kind,division,individual_members,staff,funds,domicile\n" +
		"广州市甲协会,social-group,440100,60,1,30000,某路1号\n" +
		"广州市乙协会,social-group,440100,49,1,30000,某路2号\n"
	in := writeSample(t, dir, "ok.csv", []byte(roster))
	code, stdout, stderr := runApp(t, nil, "check", "registration", in, "--as-of", "2025-06-30")
	require.Equal(t, exitOK, code, stderr)
	require.Empty(t, stderr)
	require.Contains(t, stdout, "已检查 2 行：符合 1，不符合 1，无法判定 0，未能检查 0")
}

func TestCheckOptions(t *testing.T) {
	// A caller-supplied minimum start-up fund decides the social service agency: met at 30000,
	// not met at 30001, each citing the caller's source.
	for _, c := range []struct {
		min, verdict string
	}{{"30000", "met"}, {"30000.01", "not met"}} {
		dir := t.TempDir()
		opts := `{"supply": {"registry.ssa.min-funds": {"value": "` + c.min + `", "cite": {"document": "某区民政局答复（示例）"}}}}`
		optPath := writeSample(t, dir, "options.json", []byte(opts))
		in := writeSample(t, dir, "ssa.csv", []byte("name,kind,division,staff,funds,domicile\n广州市丙服务中心,social-service-agency,440100,3,30000,某路\n"))
		code, _, stderr := runApp(t, nil, "check", "registration", in, "--as-of", "2025-06-30", "--options", optPath, "--lang", "en")
		require.Equal(t, exitOK, code, stderr)
		got, err := os.ReadFile(filepath.Join(dir, "ssa.results.csv"))
		require.NoError(t, err)
		require.Contains(t, string(got), "verdict,"+c.verdict+",")
		require.Contains(t, string(got), "某区民政局答复（示例） (caller-supplied)")
	}
}

func TestCheckAsOfDefaultsToChinaToday(t *testing.T) {
	// 2026-01-14 16:30 UTC is 2026-01-15 00:30 in China: the date judged is the 15th.
	var out, errb bytes.Buffer
	a := &app{stdin: strings.NewReader(`[{"name":"广州市甲协会","kind":"social-group","division":"440100","individual_members":60,"staff":1,"funds":"30000","domicile":"某路"}]`),
		stdout: &out, stderr: &errb, now: func() time.Time { return time.Date(2026, 1, 14, 16, 30, 0, 0, time.UTC) }}
	require.Equal(t, exitOK, a.run([]string{"check", "registration", "-"}), errb.String())
	require.Contains(t, out.String(), `"as_of":"2026-01-15"`)
}

func TestCheckGB18030(t *testing.T) {
	// A CSV saved by a spreadsheet program on a Chinese system (GB 18030) reads as UTF-8 does.
	dir := t.TempDir()
	roster := "名称,类型,登记管理机关,个人会员,专职工作人员,资金,住所\n广州市甲协会,社会团体,440100,60,1,30000,某路1号\n"
	gb, err := encodeGB18030(roster)
	require.NoError(t, err)
	in := writeSample(t, dir, "gb.csv", gb)
	code, stdout, stderr := runApp(t, nil, "check", "registration", in, "--as-of", "2025-06-30")
	require.Equal(t, exitOK, code, stderr)
	require.Contains(t, stdout, "符合 1")
	got, err := os.ReadFile(filepath.Join(dir, "gb.results.csv"))
	require.NoError(t, err)
	require.Contains(t, string(got), "广州市甲协会")
}

func testClock() time.Time { return testNow }

func testNowDate() socialorg.Date { return socialorg.MustDate("2025-06-30") }
