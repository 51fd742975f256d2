package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"
)

// defaultMaxBytes bounds the input a check reads (--max-bytes).
const defaultMaxBytes = 64 << 20

// maxListed is how many unread rows the program names on standard error.
const maxListed = 10

// checkFlags are the flags of "check registration".
type checkFlags struct {
	lang          langFlag
	asOf          dateFlag
	options       string
	out           string
	from          string
	format        string
	sheet         string
	encoding      string
	ignoreUnknown bool
	maxBytes      int64
	progress      string
}

func (a *app) checkCmd(args []string) int {
	var cf checkFlags
	fs := a.newFlags("check registration", "check registration [flags] ROSTER.xlsx|ROSTER.csv|ROSTER.json|-")
	fs.Var(&cf.lang, "lang", "language of messages: zh-Hans, zh-Hant or en")
	fs.Var(&cf.asOf, "as-of", "date judged, YYYY-MM-DD (default today in China, UTC+8)")
	fs.StringVar(&cf.options, "options", "", "options file: socialorg.OptionsData in JSON (place, jurisdictions, supplied values)")
	fs.StringVar(&cf.out, "out", "", "results file (default beside the input: ROSTER.results.xlsx|.csv|.json; standard output for -); - for standard output")
	fs.StringVar(&cf.from, "from", "", "input format when the name does not say it: xlsx, csv or json (standard input defaults to json)")
	fs.StringVar(&cf.format, "format", "", "format of results written to standard output: json (default) or csv")
	fs.StringVar(&cf.sheet, "sheet", "", "the workbook's sheet to read (default the first)")
	fs.StringVar(&cf.encoding, "encoding", "auto", "encoding of a CSV file: auto (UTF-8, else GB 18030), utf-8 or gb18030")
	fs.BoolVar(&cf.ignoreUnknown, "ignore-unknown", false, "ignore columns that are not fields of an organization (by default they are an error)")
	fs.Int64Var(&cf.maxBytes, "max-bytes", defaultMaxBytes, "largest input read, in bytes")
	fs.StringVar(&cf.progress, "progress", "auto", "progress bar on standard error: auto (when it is a terminal), on or off")
	pos, err := parse(fs, args)
	if err != nil {
		return exitUsage
	}
	li := langIndex(cf.lang.get())
	a.langIdx = li
	if len(pos) != 1 {
		fs.Usage()
		return exitUsage
	}
	switch {
	case cf.maxBytes <= 0:
		return a.fail("--max-bytes: a positive number of bytes")
	case cf.encoding != "auto" && cf.encoding != "utf-8" && cf.encoding != "gb18030":
		return a.fail("--encoding: auto, utf-8 or gb18030")
	case cf.progress != "auto" && cf.progress != "on" && cf.progress != "off":
		return a.fail("--progress: auto, on or off")
	case cf.format != "" && cf.format != "json" && cf.format != "csv":
		return a.fail("--format: json or csv")
	}
	opts, err := a.readOptions(cf.options, li)
	if err != nil {
		return a.fail("--options: %v", err)
	}
	s := &checkSettings{lang: cf.lang.get(), li: li, asOf: cf.asOf.d, opts: opts}
	if s.asOf.IsZero() {
		s.asOf = a.today()
	}
	in := pos[0]
	format := cf.from
	if format == "" {
		format = formatOf(in)
	}
	if format == "" {
		return a.fail("%s", msgFormat.f(li, in))
	}
	if format != "xlsx" && format != "csv" && format != "json" {
		return a.fail("--from: xlsx, csv or json")
	}
	out := cf.out
	if out == "" {
		out = "-"
		if in != "-" {
			out = resultsPath(in, format)
		}
	}
	if out != "-" && in != "-" && sameFile(in, out) {
		return a.fail("--out: the results would overwrite the input %s", in)
	}
	if format == "xlsx" && out != "-" && formatOf(out) != "xlsx" {
		return a.fail("--out: the results of a workbook are a workbook (.xlsx), a copy of the input with a results sheet")
	}
	if format == "xlsx" && out == "-" {
		return a.fail("--out: the results of a workbook are a workbook; give a file name")
	}
	r, size, closeIn, err := a.openInput(in)
	if err != nil {
		return a.fail("%v", err)
	}
	defer closeIn()
	if size > cf.maxBytes {
		return a.fail("%s", msgTooLarge.f(li, in, cf.maxBytes))
	}
	lim := &limitReader{r: r, n: cf.maxBytes}
	prog := a.newProgress(cf.progress, li)
	var sum summary
	var runErr error
	switch format {
	case "xlsx":
		sum, runErr = a.checkWorkbook(lim, in, out, cf, s, prog)
	default:
		sum, runErr = a.checkStream(lim, size, in, out, format, cf, s, prog)
	}
	prog.finish()
	if errors.Is(runErr, errTooLarge) {
		return a.fail("%s", msgTooLarge.f(li, in, cf.maxBytes))
	}
	var he *headerError
	if errors.As(runErr, &he) {
		return a.fail("%s: %s", in, he.msg.f(li, he.arg...))
	}
	if runErr != nil {
		return a.fail("%v", runErr)
	}
	if out != "-" {
		fmt.Fprintln(a.stdout, msgSummary.f(li, sum.Rows, sum.Met, sum.NotMet, sum.Undecided, sum.NotChecked))
		fmt.Fprintln(a.stdout, msgWrote.f(li, out))
	}
	if sum.NotChecked > 0 || sum.Stopped != "" {
		return exitUnreadRo
	}
	return exitOK
}

// formatOf tells a roster's format from its name.
func formatOf(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".xlsx", ".xlsm":
		return "xlsx"
	case ".csv", ".txt", ".tsv":
		return "csv"
	case ".json", ".jsonl", ".ndjson":
		return "json"
	}
	if name == "-" {
		return "json"
	}
	return ""
}

// resultsPath is the default results file beside the input: roster.xlsx → roster.results.xlsx.
func resultsPath(in, format string) string {
	ext := filepath.Ext(in)
	base := strings.TrimSuffix(in, ext)
	switch format {
	case "xlsx":
		if ext == "" {
			ext = ".xlsx"
		}
	case "csv":
		ext = ".csv"
	case "json":
		ext = ".json"
	}
	return base + ".results" + ext
}

// sameFile reports whether two paths name one file.
func sameFile(a, b string) bool {
	if filepath.Clean(a) == filepath.Clean(b) {
		return true
	}
	sa, err1 := os.Stat(a)
	sb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(sa, sb)
}

// openInput opens a roster: a file, or standard input for "-". It returns its size (−1 when
// unknown).
func (a *app) openInput(in string) (io.Reader, int64, func(), error) {
	if in == "-" {
		return a.stdin, a.stdinSize, func() {}, nil
	}
	f, err := os.Open(in)
	if err != nil {
		return nil, 0, nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, 0, nil, err
	}
	if st.IsDir() {
		f.Close()
		return nil, 0, nil, fmt.Errorf("%s: a directory, not a roster", in)
	}
	return f, st.Size(), func() { f.Close() }, nil
}

// errTooLarge is the error of an input beyond --max-bytes.
var errTooLarge = errors.New("input too large")

// limitReader reads at most n bytes, and fails with errTooLarge beyond them.
type limitReader struct {
	r io.Reader
	n int64
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.n < 0 {
		return 0, errTooLarge
	}
	if int64(len(p)) > l.n+1 {
		p = p[:l.n+1]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	if l.n < 0 {
		return n, errTooLarge
	}
	return n, err
}

// checkStream checks a CSV or JSON roster and writes CSV or JSON results.
func (a *app) checkStream(r io.Reader, size int64, in, out, format string, cf checkFlags, s *checkSettings, prog *progress) (summary, error) {
	var src source
	var err error
	if format == "csv" {
		var cells *csvCells
		if cells, err = newCSVCells(r, size, cf.encoding); err == nil {
			src, err = newTabular(cells, cellOptions{}, cf.ignoreUnknown)
		}
	} else {
		src, err = newJSONSource(r, size)
	}
	if err != nil {
		return summary{}, err
	}
	outFormat := format
	if out == "-" {
		outFormat = "json"
		if cf.format != "" {
			outFormat = cf.format
		}
	} else if f := formatOf(out); f == "csv" || f == "json" {
		outFormat = f
	}
	return a.writeTo(out, func(w io.Writer) (summary, error) {
		var rw resultWriter
		var err error
		if outFormat == "csv" {
			rw, err = newCSVResults(w, s)
		} else {
			rw, err = newJSONResults(w, s)
		}
		if err != nil {
			return summary{}, err
		}
		return a.run1(src, rw, s, prog)
	})
}

// checkWorkbook checks the sheet of a workbook and writes a copy of it with a results sheet.
func (a *app) checkWorkbook(r io.Reader, in, out string, cf checkFlags, s *checkSettings, prog *progress) (summary, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return summary{}, err
	}
	li := s.li
	if bytes.HasPrefix(b, []byte{0xD0, 0xCF, 0x11, 0xE0}) {
		return summary{}, fmt.Errorf("%s", msgOldExcel.f(li, in))
	}
	f, err := excelize.OpenReader(bytes.NewReader(b), excelize.Options{UnzipSizeLimit: max(16*cf.maxBytes, 1<<30)})
	if err != nil {
		return summary{}, fmt.Errorf("%s", msgNotWorkbook.f(li, in, shortErr(err)))
	}
	defer f.Close()
	sheets := f.GetSheetList()
	sheet := cf.sheet
	if sheet == "" {
		if len(sheets) == 0 {
			return summary{}, fmt.Errorf("%s", msgNotWorkbook.f(li, in, "no sheet"))
		}
		sheet = sheets[0]
	}
	cells, err := newXLSXCells(f, sheet)
	if err != nil {
		var ns excelize.ErrSheetNotExist
		if errors.As(err, &ns) {
			return summary{}, fmt.Errorf("%s", msgNoSheet.f(li, in, cut(sheet), strings.Join(sheets, ", ")))
		}
		return summary{}, fmt.Errorf("%s", msgNotWorkbook.f(li, in, shortErr(err)))
	}
	defer cells.close()
	opt := cellOptions{serialDates: true}
	if props, err := f.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		opt.date1904 = *props.Date1904
	}
	src, err := newTabular(cells, opt, cf.ignoreUnknown)
	if err != nil {
		return summary{}, err
	}
	rw, err := newXLSXResults(f, s)
	if err != nil {
		return summary{}, err
	}
	sum, err := a.run1(src, rw, s, prog)
	if err != nil {
		return sum, err
	}
	_, err = a.writeTo(out, func(w io.Writer) (summary, error) { return sum, f.Write(w) })
	return sum, err
}

// shortErr cuts an error's text.
func shortErr(err error) string { return cut(err.Error()) }

// writeTo runs write on the results file: standard output for "-", else a temporary file beside
// out renamed to out when everything was written, so that a failed run leaves no half file.
func (a *app) writeTo(out string, write func(io.Writer) (summary, error)) (summary, error) {
	if out == "-" {
		return write(a.stdout)
	}
	dir := filepath.Dir(out)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(out)+".tmp-*")
	if err != nil {
		return summary{}, err
	}
	sum, err := write(tmp)
	if err == nil {
		err = tmp.Chmod(0o644) // a temporary file is private; the results are not
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), out)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return sum, err
}

// run1 checks every record of src and writes the results. A row that stops the reading (a
// malformed file) is counted in the summary's Stopped and named on standard error; rows that
// could not be checked are named on standard error (the first few).
func (a *app) run1(src source, w resultWriter, s *checkSettings, prog *progress) (summary, error) {
	var sum summary
	listed := 0
	prog.start(src.progress)
	for {
		rec, err := src.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			if errors.Is(err, errTooLarge) {
				return sum, err
			}
			var re *rowError
			if !errors.As(err, &re) {
				return sum, err
			}
			sum.Stopped = re.Error()
			prog.clear()
			fmt.Fprintln(a.stderr, msgRowStop.f(s.li, re.row, re.err))
			break
		}
		res := checkRecord(&rec, s)
		sum.add(&res)
		if !res.checked {
			if listed < maxListed {
				prog.clear()
				for _, l := range res.lines(s) {
					if l.rule != "verdict" {
						fmt.Fprintln(a.stderr, msgRowProblem.f(s.li, res.row, l.message))
					}
				}
			}
			listed++
		}
		if err := w.write(&res); err != nil {
			return sum, err
		}
		prog.update()
	}
	if listed > maxListed {
		prog.clear()
		fmt.Fprintln(a.stderr, msgMoreRows.f(s.li, listed-maxListed))
	}
	return sum, w.finish(&sum)
}
