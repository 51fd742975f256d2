package main

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/simplifiedchinese"
)

func encodeGB18030(s string) ([]byte, error) {
	return simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(s))
}

// zipOf is a zip archive holding one file: a zip that is not a workbook.
func zipOf(t *testing.T, name, content string) []byte {
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	w, err := z.Create(name)
	require.NoError(t, err)
	_, err = w.Write([]byte(content))
	require.NoError(t, err)
	require.NoError(t, z.Close())
	return b.Bytes()
}

const goodHeader = "name,kind,division,individual_members,staff,funds,domicile\n"

// TestCheckBadInput: each bad input gets a clear error naming what is wrong (the row and field
// for a row), the documented exit status, and no panic.
func TestCheckBadInput(t *testing.T) {
	for _, c := range []struct {
		name   string
		file   string // file name in a temp dir; "" for none
		data   func(t *testing.T) []byte
		args   []string // after "check registration"; FILE stands for the file's path
		whole  bool     // args name the roster (else the file is the last argument)
		stdin  string
		code   int
		stderr []string // substrings of stderr
		result []string // substrings of the results file (beside the input)
	}{
		{name: "malformed workbook", file: "bad.xlsx", data: func(*testing.T) []byte { return []byte("this is not a workbook") },
			code: exitUsage, stderr: []string{"bad.xlsx: not a readable .xlsx workbook"}},
		{name: "old Excel file", file: "old.xlsx", data: func(*testing.T) []byte {
			return append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 512)...)
		},
			code: exitUsage, stderr: []string{"Excel 97-2003 (.xls)", "save it as .xlsx"}},
		{name: "a zip that is not a workbook", file: "zip.xlsx", data: func(t *testing.T) []byte { return zipOf(t, "hello.txt", "hi") },
			code: exitUsage, stderr: []string{"zip.xlsx: not a readable .xlsx workbook"}},
		{name: "truncated workbook", file: "cut.xlsx", data: func(t *testing.T) []byte { b := sampleWorkbook(t); return b[:len(b)/2] },
			code: exitUsage, stderr: []string{"cut.xlsx: not a readable .xlsx workbook"}},
		{name: "no such sheet", file: "r.xlsx", data: func(t *testing.T) []byte { return sampleWorkbook(t) }, args: []string{"--sheet", "名单"},
			code: exitUsage, stderr: []string{`no sheet named "名单"; sheets: 名册, 说明`}},
		{name: "unknown column with a suggestion", file: "u.csv", data: func(*testing.T) []byte { return []byte("name,kind,division,fund\n") },
			code: exitUsage, stderr: []string{`column D, heading "fund": not a known column; did you mean "funds"?`}},
		{name: "unknown column", file: "u.csv", data: func(*testing.T) []byte { return []byte("name,kind,division,备注\n") },
			code: exitUsage, stderr: []string{`column D, heading "备注": not a known column; known columns: `, "--ignore-unknown"}},
		{name: "unknown column ignored", file: "u.csv", args: []string{"--ignore-unknown"},
			data: func(*testing.T) []byte {
				return []byte("name,kind,division,individual_members,staff,funds,domicile,备注\n广州市甲协会,social-group,440100,60,1,30000,某路,好\n")
			}, code: exitOK, result: []string{"verdict,met"}},
		{name: "two columns for one field", file: "d.csv", data: func(*testing.T) []byte { return []byte("name,kind,division,资金,Funds\n") },
			code: exitUsage, stderr: []string{"columns D and E are both funds"}},
		{name: "required column missing", file: "m.csv", data: func(*testing.T) []byte { return []byte("name,kind,funds\n") },
			code: exitUsage, stderr: []string{"the required column division is missing"}},
		{name: "empty file", file: "e.csv", data: func(*testing.T) []byte { return nil },
			code: exitUsage, stderr: []string{"the table has no heading row"}},
		{name: "a row with a wrong type", file: "w.csv",
			data: func(*testing.T) []byte {
				return []byte(goodHeader + "广州市甲协会,social-group,440100,60,1,30000,某路\n广州市乙协会,social-group,440100,60,1,lots,某路\n广州市丙协会,social-group,440100,60,1,30000,某路\n")
			},
			code: exitUnreadRo, stderr: []string{`row 3, funds: an amount in yuan, such as 30000.00 (got "lots")`},
			result: []string{"2,广州市甲协会,verdict,met", "3,广州市乙协会,,input problem,lots,", "cli.funds.wrong_type,funds", "4,广州市丙协会,verdict,met"}},
		{name: "a row the library refuses", file: "v.csv",
			data: func(*testing.T) []byte {
				return []byte(goodHeader + "广州市甲协会,social-group,440100,-5,1,30000,某路\n")
			},
			code: exitUnreadRo, stderr: []string{"row 2, organization.individual_members"},
			result: []string{"registry.organization.individual_members.out_of_range"}},
		{name: "a bare quote", file: "q.csv", data: func(*testing.T) []byte {
			return []byte(goodHeader + "广州市\"甲\"协会,social-group,440100,60,1,30000,某路\n")
		},
			code: exitOK, result: []string{`广州市""甲""协会`}},
		{name: "too many rows in a workbook cell", file: "x.csv", data: func(*testing.T) []byte {
			return []byte(goodHeader + strings.Repeat("广", 2000) + ",social-group,440100,60,1,30000,某路\n")
		},
			code: exitUnreadRo, stderr: []string{"row 2, name: at most 4096 bytes"}},
		{name: "output would overwrite the input", file: "o.csv", data: func(*testing.T) []byte { return []byte(goodHeader) }, args: []string{"--out", "FILE", "FILE"}, whole: true,
			code: exitUsage, stderr: []string{"would overwrite the input"}},
		{name: "malformed JSON", stdin: `[{"name":"广州市甲协会","kind":"social-group","division":"440100","individual_members":60,"staff":1,"funds":"30000","domicile":"某路"}, {"name": }]`,
			args: []string{"-"}, code: exitUnreadRo, stderr: []string{"row 2: malformed JSON", "the rows after it could not be read"}},
		{name: "JSON not an array of objects", stdin: `[1]`, args: []string{"-"}, code: exitUnreadRo, stderr: []string{"row 1, one JSON object"}},
		{name: "JSON object stream", stdin: `{"name":"广州市甲协会","kind":"social-group","division":"440100","individual_members":60,"staff":1,"funds":"30000","domicile":"某路"}
{"name":"广州市乙协会","kind":"social-group","division":"440100","individual_members":60,"staff":1,"funds":"30000","domicile":"某路"}`,
			args: []string{"-"}, code: exitOK},
		{name: "a hostile amount in JSON", stdin: `[{"name":"广州市甲协会","kind":"social-group","division":"440100","funds":` + strings.Repeat("9", 300) + `}]`,
			args: []string{"-"}, code: exitUnreadRo, stderr: []string{"row 1, funds"}},
		{name: "no such file", args: []string{"/nonexistent/roster.csv"}, code: exitUsage, stderr: []string{"no such file"}},
		{name: "unknown extension", args: []string{"roster.doc"}, code: exitUsage, stderr: []string{"cannot tell the format"}},
		{name: "bad date", args: []string{"--as-of", "2025-02-30", "-"}, code: exitUsage, stderr: []string{"a date YYYY-MM-DD"}},
		{name: "bad language", args: []string{"--lang", "fr", "-"}, code: exitUsage, stderr: []string{"zh-Hans, zh-Hant or en"}},
		{name: "bad options", file: "opts.json", data: func(*testing.T) []byte {
			return []byte(`{"supply": {"registry.no-such": {"value": 1, "cite": {"document": "x"}}}}`)
		},
			args: []string{"--options", "FILE", "-"}, whole: true, code: exitUsage, stderr: []string{"--options", "options.supply.registry.no-such"}},
		{name: "two rosters", args: []string{"a.csv", "b.csv"}, code: exitUsage, stderr: []string{"Usage: socialorg check registration"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			var path string
			if c.file != "" {
				path = filepath.Join(dir, c.file)
				require.NoError(t, os.WriteFile(path, c.data(t), 0o644))
			}
			args := []string{"check", "registration", "--lang", "en"}
			for _, a := range c.args {
				if a == "FILE" {
					a = path
				}
				args = append(args, a)
			}
			if path != "" && !c.whole {
				args = append(args, path)
			}
			code, _, stderr := runApp(t, strings.NewReader(c.stdin), args...)
			require.Equal(t, c.code, code, "stderr: %s", stderr)
			for _, s := range c.stderr {
				require.Contains(t, stderr, s)
			}
			if len(c.result) > 0 {
				got, err := os.ReadFile(resultsPath(path, formatOf(path)))
				require.NoError(t, err)
				for _, s := range c.result {
					require.Contains(t, string(got), s)
				}
			}
		})
	}
}

// TestCheckHugeFile: a 100 MB roster is refused before it is read (its size is known), and a
// 100 MB stream on standard input is refused once --max-bytes have been read, not after reading
// it all.
func TestCheckHugeFile(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"huge.csv", "huge.xlsx"} {
		p := filepath.Join(dir, name)
		f, err := os.Create(p)
		require.NoError(t, err)
		require.NoError(t, f.Truncate(100<<20)) // sparse: costs no disk
		require.NoError(t, f.Close())
		start := time.Now()
		code, _, stderr := runApp(t, nil, "check", "registration", "--lang", "en", p)
		require.Equal(t, exitUsage, code)
		require.Contains(t, stderr, "the input is larger than 67108864 bytes (--max-bytes)")
		require.Less(t, time.Since(start), 10*time.Second, "a hang detector, not a benchmark")
		_, err = os.Stat(resultsPath(p, formatOf(p)))
		require.True(t, os.IsNotExist(err), "no results for a refused input")
	}
	// A stream: JSON, one huge string value.
	stream := &countedReader{r: io.MultiReader(strings.NewReader(`[{"name": "`), infinite('a'))}
	code, _, stderr := runApp(t, io.LimitReader(stream, 100<<20), "check", "registration", "--lang", "en", "--max-bytes", "1048576", "-")
	require.Equal(t, exitUsage, code)
	require.Contains(t, stderr, "the input is larger than 1048576 bytes")
	require.Less(t, stream.n, int64(2<<20), "stopped near the limit")
}

type countedReader struct {
	r io.Reader
	n int64
}

func (c *countedReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// infinite reads the byte b forever.
type infinite byte

func (b infinite) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(b)
	}
	return len(p), nil
}

func TestUsage(t *testing.T) {
	for _, c := range []struct {
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{nil, exitUsage, "", "Usage:"},
		{[]string{"frobnicate"}, exitUsage, "", `unknown command "frobnicate"`},
		{[]string{"check"}, exitUsage, "", `the only check is "registration"`},
		{[]string{"check", "spending", "x.csv"}, exitUsage, "", `the only check is "registration"`},
		{[]string{"help"}, exitOK, "Usage:", ""},
		{[]string{"version"}, exitOK, "socialorg v", ""},
		{[]string{"rules", "--format", "xml"}, exitUsage, "", "--format: table, json or csv"},
		{[]string{"rules", "extra"}, exitUsage, "", "Usage: socialorg rules"},
		{[]string{"params", "--in", "44010"}, exitUsage, "", "--in: a GB/T 2260 code"},
		{[]string{"params", "--at", "yesterday"}, exitUsage, "", "a date YYYY-MM-DD"},
		{[]string{"charts"}, exitUsage, "", "Usage: socialorg charts"},
		{[]string{"check", "registration", "-h"}, exitUsage, "", "-as-of"},
	} {
		code, stdout, stderr := runApp(t, nil, c.args...)
		require.Equal(t, c.code, code, "%v: %s", c.args, stderr)
		require.Contains(t, stdout, c.stdout, "%v", c.args)
		require.Contains(t, stderr, c.stderr, "%v", c.args)
	}
}
