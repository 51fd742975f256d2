package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/transform"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
)

// record is one row of a roster, read: the organization, or the problems that kept it from
// being read.
type record struct {
	row      int // the row as the officer sees it: the sheet's row number, the CSV record number, the JSON element from 1
	org      registry.Organization
	problems error // a socialorg.Errors list, nil when the row was read
}

// source yields the records of a roster in order.
type source interface {
	// next returns the next record; io.EOF at the end. Any other error stops the reading: the
	// rows after it cannot be read (a malformed file); it names the row where reading stopped.
	next() (record, error)
	// progress reports how much of the input has been read, and of how much (−1 when unknown).
	progress() (done, total int64)
}

// cellSource yields the cells of a table, row by row.
type cellSource interface {
	nextRow() (row int, cells []string, err error) // io.EOF at the end
	progress() (done, total int64)
}

// rowError is an error that stops reading at a row.
type rowError struct {
	row int
	err error
}

func (e *rowError) Error() string { return fmt.Sprintf("row %d: %v", e.row, e.err) }
func (e *rowError) Unwrap() error { return e.err }

// headerError is a problem with a table's headings: nothing can be read.
type headerError struct {
	msg text3
	arg []any
}

func (e *headerError) Error() string { return e.msg.f(enIdx, e.arg...) }

// required are the columns every roster must have: without them no row passes Validate, and one
// error says so better than a problem on every row.
var required = []string{"name", "kind", "division"}

// headerScan is how many rows above the headings a sheet may have (a title, a date…).
const headerScan = 20

// tabular reads records from a table whose first recognizable row holds the headings.
type tabular struct {
	cells cellSource
	cols  []int // per column: the index in orgFields, or −1 to ignore
	keys  []string
	opt   cellOptions
}

// newTabular finds the headings: the first row, among the first headerScan, with two or more
// cells naming known columns (else the first non-empty row), and maps each column to a field.
// Unknown columns are refused unless ignoreUnknown; so are two columns for one field and a missing
// required column.
func newTabular(cells cellSource, opt cellOptions, ignoreUnknown bool) (*tabular, error) {
	var header []string
	var first []string
	for range headerScan {
		_, row, err := cells.nextRow()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		if blank(row) {
			continue
		}
		if first == nil {
			first = row
		}
		known := 0
		for _, h := range row {
			if _, ok := matchHeader(h); ok {
				known++
			}
		}
		if known >= 2 {
			header = row
			break
		}
	}
	if header == nil {
		if first == nil {
			return nil, &headerError{msg: msgNoHeader}
		}
		header = first
	}
	t := &tabular{cells: cells, opt: opt, cols: make([]int, len(header)), keys: make([]string, len(header))}
	seen := map[string]int{}
	for i, h := range header {
		t.cols[i] = -1
		if strings.TrimSpace(h) == "" {
			continue
		}
		key, ok := matchHeader(h)
		if !ok {
			if ignoreUnknown {
				continue
			}
			if s := suggest(h); s != "" {
				return nil, &headerError{msg: msgUnknownColumnSuggest, arg: []any{columnLetter(i), cut(h), s}}
			}
			return nil, &headerError{msg: msgUnknownColumn, arg: []any{columnLetter(i), cut(h), strings.Join(columnNames(), ", ")}}
		}
		if j, dup := seen[key]; dup {
			return nil, &headerError{msg: msgDuplicateColumn, arg: []any{columnLetter(j), columnLetter(i), key}}
		}
		seen[key] = i
		for fi, f := range orgFields {
			if f.key == key {
				t.cols[i] = fi
			}
		}
		t.keys[i] = key
	}
	for _, k := range required {
		if _, ok := seen[k]; !ok {
			return nil, &headerError{msg: msgMissingColumn, arg: []any{k}}
		}
	}
	return t, nil
}

// columnLetter names a column as a spreadsheet does: A, B, …, Z, AA…
func columnLetter(i int) string {
	s := ""
	for i++; i > 0; i = (i - 1) / 26 {
		s = string(rune('A'+(i-1)%26)) + s
	}
	return s
}

func blank(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

func (t *tabular) progress() (int64, int64) { return t.cells.progress() }

// next reads the next non-blank row into a record.
func (t *tabular) next() (record, error) {
	for {
		row, cells, err := t.cells.nextRow()
		if err != nil {
			return record{}, err
		}
		if blank(cells) {
			continue
		}
		rec := record{row: row}
		p := socialorg.Problems{Package: "cli"}
		for i, c := range cells {
			if i >= len(t.cols) {
				if strings.TrimSpace(c) != "" {
					p.Add(columnLetter(i), c, ruleExtra)
				}
				continue
			}
			if t.cols[i] < 0 {
				continue
			}
			if rule := setCell(&rec.org, orgFields[t.cols[i]], c, t.opt); rule != "" {
				p.Add(t.keys[i], c, rule)
			}
		}
		rec.problems = p.Err()
		return rec, nil
	}
}

// csvCells reads a CSV file: UTF-8 (a byte-order mark is skipped) or, when the start of the file
// is not UTF-8, GB 18030 (what spreadsheet programs save on Chinese systems); the delimiter is
// the comma, or the semicolon or tab when the first line has more of those.
type csvCells struct {
	r       *csv.Reader
	count   *countingReader
	total   int64
	row     int // the row of the last record, as a spreadsheet program numbers it
	endLine int // the line the last record ended on
}

// newCSVCells starts reading CSV from r; total is its size in bytes (−1 when unknown); enc is
// "auto", "utf-8" or "gb18030".
func newCSVCells(r io.Reader, total int64, enc string) (*csvCells, error) {
	count := &countingReader{r: r}
	br := bufio.NewReaderSize(count, 64<<10)
	head, _ := br.Peek(64 << 10)
	var in io.Reader = br
	switch enc {
	case "gb18030":
		in = transform.NewReader(br, simplifiedchinese.GB18030.NewDecoder())
	case "auto":
		if !validUTF8Prefix(head) {
			in = transform.NewReader(br, simplifiedchinese.GB18030.NewDecoder())
			head, _ = simplifiedchinese.GB18030.NewDecoder().Bytes(head[:min(len(head), 4096)])
		}
	}
	head = bytes.TrimPrefix(head, []byte("\ufeff"))
	if b, ok := in.(*bufio.Reader); ok {
		if bom, _ := b.Peek(3); string(bom) == "\ufeff" {
			_, _ = b.Discard(3)
		}
	} else {
		in = skipBOM(in)
	}
	cr := csv.NewReader(in)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	cr.ReuseRecord = false
	cr.Comma = delimiter(head)
	return &csvCells{r: cr, count: count, total: total}, nil
}

// validUTF8Prefix reports whether b is UTF-8, allowing a character cut at its end.
func validUTF8Prefix(b []byte) bool {
	for i := 0; i < 3 && len(b) > 0 && !utf8.Valid(b); i++ {
		b = b[:len(b)-1]
	}
	return utf8.Valid(b)
}

// skipBOM drops a leading byte-order mark from a decoded stream.
func skipBOM(r io.Reader) io.Reader {
	br := bufio.NewReader(r)
	if bom, _ := br.Peek(3); string(bom) == "\ufeff" {
		_, _ = br.Discard(3)
	}
	return br
}

// delimiter picks the separator of the first line.
func delimiter(head []byte) rune {
	line, _, _ := bytes.Cut(head, []byte("\n"))
	best, n := ',', bytes.Count(line, []byte(","))
	for _, d := range []rune{';', '\t'} {
		if c := bytes.Count(line, []byte(string(d))); c > n {
			best, n = d, c
		}
	}
	return best
}

// nextRow reads a record. Its row is the one a spreadsheet program shows: blank lines (which the
// CSV reader skips) are rows, and a record whose quoted cells hold line breaks is one row.
func (c *csvCells) nextRow() (int, []string, error) {
	rec, err := c.r.Read()
	if err == io.EOF {
		return 0, nil, io.EOF
	}
	if err == nil && len(rec) > 0 {
		start, _ := c.r.FieldPos(0)
		c.row += 1 + max(start-c.endLine-1, 0)
		last, _ := c.r.FieldPos(len(rec) - 1)
		c.endLine = last + strings.Count(rec[len(rec)-1], "\n")
		return c.row, rec, nil
	}
	c.row++
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return c.row, nil, &rowError{row: c.row, err: pe.Err}
		}
		return c.row, nil, &rowError{row: c.row, err: err}
	}
	return c.row, rec, nil
}

func (c *csvCells) progress() (int64, int64) { return c.count.n, c.total }

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// xlsxCells reads one sheet of a workbook as a stream of rows, with raw cell values (numbers as
// stored, dates as serial numbers).
type xlsxCells struct {
	rows  *excelize.Rows
	row   int
	total int64
}

func newXLSXCells(f *excelize.File, sheet string) (*xlsxCells, error) {
	rows, err := f.Rows(sheet)
	if err != nil {
		return nil, err
	}
	total := int64(-1)
	if dim, err := f.GetSheetDimension(sheet); err == nil {
		if _, end, ok := strings.Cut(dim, ":"); ok {
			if _, r, err := excelize.CellNameToCoordinates(end); err == nil {
				total = int64(r)
			}
		}
	}
	return &xlsxCells{rows: rows, total: total}, nil
}

func (x *xlsxCells) nextRow() (int, []string, error) {
	if !x.rows.Next() {
		if err := x.rows.Error(); err != nil {
			return x.row + 1, nil, &rowError{row: x.row + 1, err: err}
		}
		return 0, nil, io.EOF
	}
	x.row++
	cells, err := x.rows.Columns(excelize.Options{RawCellValue: true})
	if err != nil {
		return x.row, nil, &rowError{row: x.row, err: err}
	}
	return x.row, cells, nil
}

func (x *xlsxCells) progress() (int64, int64) { return int64(x.row), x.total }

func (x *xlsxCells) close() error { return x.rows.Close() }

// jsonSource reads a JSON array of organizations (or a stream of objects, one after another).
// Each element is checked on its own: an unknown key, or a value of the wrong type, is a problem
// of that element's row; malformed JSON stops the reading.
type jsonSource struct {
	dec   *json.Decoder
	count *countingReader
	total int64
	array bool
	row   int
	done  bool
}

func newJSONSource(r io.Reader, total int64) (*jsonSource, error) {
	count := &countingReader{r: r}
	br := bufio.NewReader(count)
	s := &jsonSource{count: count, total: total}
	if bom, _ := br.Peek(3); string(bom) == "\ufeff" {
		_, _ = br.Discard(3)
	}
	// The first significant byte says whether it is an array or a stream of objects.
	for {
		b, err := br.Peek(1)
		if err == io.EOF {
			s.done = true
			return s, nil
		}
		if err != nil {
			return nil, err
		}
		if b[0] == ' ' || b[0] == '\n' || b[0] == '\r' || b[0] == '\t' {
			_, _ = br.Discard(1)
			continue
		}
		s.array = b[0] == '['
		break
	}
	s.dec = json.NewDecoder(br)
	if s.array {
		if _, err := s.dec.Token(); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func (s *jsonSource) progress() (int64, int64) { return s.count.n, s.total }

func (s *jsonSource) next() (record, error) {
	if s.done {
		return record{}, io.EOF
	}
	if s.array && !s.dec.More() {
		s.done = true
		if _, err := s.dec.Token(); err != nil { // the closing bracket
			return record{}, &rowError{row: s.row + 1, err: err}
		}
		return record{}, io.EOF
	}
	var raw json.RawMessage
	if err := s.dec.Decode(&raw); err != nil {
		if err == io.EOF && !s.array {
			s.done = true
			return record{}, io.EOF
		}
		s.done = true
		if errors.Is(err, errTooLarge) {
			return record{}, err
		}
		return record{}, &rowError{row: s.row + 1, err: jsonSyntax(err)}
	}
	s.row++
	return decodeJSONRecord(s.row, raw), nil
}

// jsonSyntax shortens a decoding error.
func jsonSyntax(err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Errorf("malformed JSON at byte %d: %s", se.Offset, cut(se.Error()))
	}
	if err == io.ErrUnexpectedEOF {
		return errors.New("the JSON ends in the middle of a value")
	}
	return errors.New(cut(err.Error()))
}

// decodeJSONRecord reads one element: an object whose keys are the JSON names of
// registry.Organization. Each value (a string, number or boolean; null for none) is read as a
// roster's cell is (setCell), so that JSON and tables accept the same values and give the same
// problems; an unknown key, or an object or array where a value belongs, is a problem.
func decodeJSONRecord(row int, raw json.RawMessage) record {
	rec := record{row: row}
	p := socialorg.Problems{Package: "cli"}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(raw, &obj); err != nil || obj == nil {
		p.Add("", string(raw), "one JSON object")
		rec.problems = p.Err()
		return rec
	}
	for _, k := range sortedKeys(obj) {
		f, ok := lookupField(k)
		if !ok {
			p.Add(k, k, ruleUnknown)
			continue
		}
		v := bytes.TrimSpace(obj[k])
		var text string
		switch {
		case len(v) == 0 || string(v) == "null":
			continue
		case v[0] == '"':
			if err := json.Unmarshal(v, &text); err != nil {
				p.Add(k, string(v), "valid UTF-8 text")
				continue
			}
		case v[0] == '{' || v[0] == '[':
			p.Add(k, string(v), "a value of type "+f.typ.String())
			continue
		default: // a number, true or false
			text = string(v)
		}
		if rule := setCell(&rec.org, f, text, cellOptions{}); rule != "" {
			p.Add(k, text, rule)
		}
	}
	rec.problems = p.Err()
	return rec
}

func sortedKeys(m map[string]json.RawMessage) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sortStrings(out)
	return out
}

// cut shortens user text for a message to 64 bytes.
func cut(s string) string {
	if len(s) <= 64 {
		return s
	}
	s = s[:64]
	for len(s) > 0 && !utf8.ValidString(s) {
		s = s[:len(s)-1]
	}
	return s + "…"
}
