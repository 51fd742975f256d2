package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
)

// rowResult is the outcome of one row: its report when it was checked, else the problems that
// kept it from being checked.
type rowResult struct {
	row      int
	subject  string
	checked  bool
	report   socialorg.Report
	problems []error // each an *InputError, a *NotInForceError or another error
}

// verdict returns the row's verdict as text ("met", "not-met", "undecided", "not-checked").
func (r *rowResult) verdict() string {
	if !r.checked {
		return "not-checked"
	}
	return r.report.Verdict().String()
}

// checkSettings are what every row is checked with.
type checkSettings struct {
	lang language.Tag
	li   int // text3 index of lang
	asOf socialorg.Date
	opts socialorg.Options

	words map[socialorg.RuleID]map[string]socialorg.Text // the rules' value words, looked up once per run
}

// checkRecord checks one record with registry.CheckRegistration.
func checkRecord(rec *record, s *checkSettings) rowResult {
	r := rowResult{row: rec.row, subject: subjectOf(&rec.org)}
	if rec.problems != nil {
		r.problems = flatten(rec.problems)
		return r
	}
	res, err := registry.CheckRegistration(rec.org, s.asOf, s.opts...)
	if err != nil {
		r.problems = flatten(err)
		return r
	}
	r.checked, r.report = true, res.Report
	return r
}

// subjectOf names the organization as findings do: its credit code, else its name.
func subjectOf(o *registry.Organization) string {
	if !o.Code.IsZero() {
		return o.Code.String()
	}
	return cut(o.Name)
}

// flatten lists the problems of an error (a socialorg.Errors list, a joined error, or one error).
func flatten(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, flatten(e)...)
		}
		return out
	}
	return []error{err}
}

// line is one line of the results: a finding, a problem or a row's verdict.
type line struct {
	row                                                         int
	subject, rule, outcome, got, want, message, cite, code, fld string
	style                                                       lineStyle
}

// lineStyle says how a line is highlighted in a workbook.
type lineStyle uint8

const (
	stylePlain lineStyle = iota
	stylePass
	styleFail
	styleUndecided
	styleProblem
	styleVerdictMet
	styleVerdictNotMet
	styleVerdictOther
)

// lines renders a row's result in language li.
func (r *rowResult) lines(s *checkSettings) []line {
	var out []line
	li := s.li
	if r.checked {
		loc := r.report.Localize(s.lang)
		var pass, fail, na, und int
		for _, f := range loc.Findings {
			st := stylePlain
			switch {
			case f.Undecided:
				und++
				st = styleUndecided
			case f.Outcome == socialorg.Pass:
				pass++
				st = stylePass
			case f.Outcome == socialorg.Fail:
				fail++
				st = styleFail
			default:
				na++
			}
			cite := f.Cite.String()
			if f.Cite.Supplied {
				cite += suppliedMark[li]
			}
			out = append(out, line{row: r.row, subject: f.Subject, rule: string(f.Rule), outcome: f.OutcomeText,
				got: s.valueText(f.Rule, f.Got, f.GotWords), want: s.valueText(f.Rule, f.Want, f.WantWords),
				message: f.Message, cite: cite, style: st})
		}
		var v string
		st := styleVerdictOther
		switch r.report.Verdict() {
		case socialorg.Met:
			v, st = verdictMet[li], styleVerdictMet
		case socialorg.NotMet:
			v, st = verdictNotMet[li], styleVerdictNotMet
		default:
			v = verdictUndecided[li]
		}
		out = append(out, line{row: r.row, subject: r.subject, rule: "verdict", outcome: v,
			message: verdictCounts.f(li, v, pass, fail, na, und), style: st})
		return out
	}
	for _, err := range r.problems {
		l := line{row: r.row, subject: r.subject, outcome: outcomeProblem[li], style: styleProblem}
		var ie *socialorg.InputError
		var nf *socialorg.NotInForceError
		switch {
		case errors.As(err, &ie):
			l.fld, l.got, l.want, l.code = ie.Field, ie.Value, socialorg.TranslateRule(ie.Rule, li), ie.Code
			l.message = ie.Message(s.lang)
		case errors.As(err, &nf):
			l.fld, l.code, l.message = nf.Param, "not_in_force", nf.Error()
		default:
			l.code, l.message = "error", cut(err.Error())
		}
		out = append(out, l)
	}
	out = append(out, line{row: r.row, subject: r.subject, rule: "verdict", outcome: verdictNotChecked[li],
		message: verdictProblems.f(li, verdictNotChecked[li], len(r.problems)), style: styleVerdictOther})
	return out
}

// commonWords are the value words every rule may use, as the library's messages translate them
// (the library does not export its table; see the report).
var commonWords = map[string]text3{
	"yes": {"是", "是", "yes"}, "no": {"否", "否", "no"}, "none": {"无", "無", "none"},
	"n/a": {"无法计算", "無法計算", "n/a"}, "unknown": {"未知", "未知", "unknown"},
	"unset":        {"未设定（须由调用方提供）", "未設定（須由調用方提供）", "not set (caller-supplied)"},
	"not-in-force": {"不在施行期内", "不在施行期內", "not in force"},
}

// valueText translates a finding's Got or Want when it is made of value words, word by word
// (separated by single spaces), through the rule's words and then the common words, as the
// finding's message does; figures and user text are shown as they are.
func (cs *checkSettings) valueText(rule socialorg.RuleID, s string, words bool) string {
	if !words || s == "" {
		return s
	}
	ws, ok := cs.words[rule]
	if !ok {
		r, _ := socialorg.LookupRule(rule)
		ws = r.Words
		if cs.words == nil {
			cs.words = map[socialorg.RuleID]map[string]socialorg.Text{}
		}
		cs.words[rule] = ws
	}
	parts := strings.Split(s, " ")
	for i, w := range parts {
		if t, ok := ws[w]; ok {
			parts[i] = [3]string{t.Hans, t.Hant, t.En}[cs.li]
		} else if t, ok := commonWords[w]; ok {
			parts[i] = t[cs.li]
		}
	}
	return strings.Join(parts, " ")
}

func (l *line) cells() []string {
	return []string{strconv.Itoa(l.row), l.subject, l.rule, l.outcome, l.got, l.want, l.message, l.cite, l.code, l.fld}
}

// summary counts the rows of a run.
type summary struct {
	Rows       int    `json:"rows"`
	Met        int    `json:"met"`
	NotMet     int    `json:"not_met"`
	Undecided  int    `json:"undecided"`
	NotChecked int    `json:"not_checked"`
	Stopped    string `json:"stopped,omitempty"` // why reading stopped before the end
}

func (s *summary) add(r *rowResult) {
	s.Rows++
	switch r.verdict() {
	case "met":
		s.Met++
	case "not-met":
		s.NotMet++
	case "undecided":
		s.Undecided++
	default:
		s.NotChecked++
	}
}

// resultWriter writes the results of a run.
type resultWriter interface {
	write(r *rowResult) error
	finish(s *summary) error
}

// csvResults writes the results as CSV: a UTF-8 byte-order mark (so that spreadsheet programs
// read the Chinese text), the headings in the chosen language, one line per finding, problem and
// verdict.
type csvResults struct {
	w   *csv.Writer
	buf *bufio.Writer
	s   *checkSettings
}

func newCSVResults(w io.Writer, s *checkSettings) (*csvResults, error) {
	buf := bufio.NewWriter(w)
	if _, err := buf.WriteString("\ufeff"); err != nil {
		return nil, err
	}
	c := &csvResults{w: csv.NewWriter(buf), buf: buf, s: s}
	head := make([]string, len(resultColumns))
	for i, t := range resultColumns {
		head[i] = t[s.li]
	}
	return c, c.w.Write(head)
}

func (c *csvResults) write(r *rowResult) error {
	for _, l := range r.lines(c.s) {
		if err := c.w.Write(l.cells()); err != nil {
			return err
		}
	}
	return nil
}

func (c *csvResults) finish(*summary) error {
	c.w.Flush()
	if err := c.w.Error(); err != nil {
		return err
	}
	return c.buf.Flush()
}

// xlsxResults writes the results into a new sheet of the workbook, streamed.
type xlsxResults struct {
	f      *excelize.File
	sheet  string
	sw     *excelize.StreamWriter
	s      *checkSettings
	next   int // next row number
	styles map[lineStyle]int
}

// resultsSheet picks the results sheet's name: "results", or "results (2)"… when the workbook
// has one already.
func resultsSheet(f *excelize.File) string {
	name := "results"
	for i := 2; ; i++ {
		if idx, _ := f.GetSheetIndex(name); idx < 0 {
			return name
		}
		name = "results (" + strconv.Itoa(i) + ")"
	}
}

func newXLSXResults(f *excelize.File, s *checkSettings) (*xlsxResults, error) {
	x := &xlsxResults{f: f, sheet: resultsSheet(f), s: s, next: 1, styles: map[lineStyle]int{}}
	idx, err := f.NewSheet(x.sheet)
	if err != nil {
		return nil, err
	}
	// The workbook opens on the results. Set before the results are written: setting it reads
	// every sheet, and the results sheet is then still empty.
	f.SetActiveSheet(idx)
	sw, err := f.NewStreamWriter(x.sheet)
	if err != nil {
		return nil, err
	}
	x.sw = sw
	fills := map[lineStyle]string{stylePass: "E8F5E9", styleFail: "FDECEA", styleUndecided: "FFF8E1", styleProblem: "FDECEA",
		styleVerdictMet: "C8E6C9", styleVerdictNotMet: "F8BBD0", styleVerdictOther: "FFE0B2"}
	for st, color := range fills {
		id, err := f.NewStyle(&excelize.Style{Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{color}},
			Font: &excelize.Font{Bold: st >= styleVerdictMet}})
		if err != nil {
			return nil, err
		}
		x.styles[st] = id
	}
	head, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return nil, err
	}
	widths := []float64{6, 22, 34, 10, 16, 16, 80, 50, 40, 28}
	for i, w := range widths {
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return nil, err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return nil, err
	}
	row := make([]any, len(resultColumns))
	for i, t := range resultColumns {
		row[i] = excelize.Cell{StyleID: head, Value: t[s.li]}
	}
	return x, x.setRow(row)
}

func (x *xlsxResults) setRow(vals []any) error {
	cell, err := excelize.CoordinatesToCellName(1, x.next)
	if err != nil {
		return err
	}
	x.next++
	return x.sw.SetRow(cell, vals)
}

func (x *xlsxResults) write(r *rowResult) error {
	for _, l := range r.lines(x.s) {
		cells := l.cells()
		vals := make([]any, len(cells))
		style := x.styles[l.style]
		for i, c := range cells {
			var v any = c
			if i == 0 {
				v = l.row // a number, so that the column sorts and filters as numbers
			}
			if i == 3 || (l.style >= styleVerdictMet && i < 4) {
				vals[i] = excelize.Cell{StyleID: style, Value: v}
			} else {
				vals[i] = v
			}
		}
		if err := x.setRow(vals); err != nil {
			return err
		}
	}
	return nil
}

func (x *xlsxResults) finish(*summary) error {
	return x.sw.Flush()
}

// jsonResults writes the results as one JSON document, streamed:
//
//	{"as_of", "language", "version", "rules_digest", "rows": [{"row", "subject", "verdict",
//	 "report" (socialorg.LocalizedReport) or "problems" (socialorg.Errors)}…], "summary"}
type jsonResults struct {
	w     *bufio.Writer
	s     *checkSettings
	first bool
}

// jsonRow is one row of the JSON results.
type jsonRow struct {
	Row      int                        `json:"row"`
	Subject  string                     `json:"subject"`
	Verdict  string                     `json:"verdict"`
	Report   *socialorg.LocalizedReport `json:"report,omitempty"`
	Problems socialorg.Errors           `json:"problems,omitempty"`
}

func newJSONResults(w io.Writer, s *checkSettings) (*jsonResults, error) {
	j := &jsonResults{w: bufio.NewWriter(w), s: s, first: true}
	head, err := json.Marshal(struct {
		AsOf        socialorg.Date `json:"as_of"`
		Language    string         `json:"language"`
		Version     string         `json:"version"`
		RulesDigest string         `json:"rules_digest"`
	}{s.asOf, s.lang.String(), socialorg.Version, socialorg.RulesDigest()})
	if err != nil {
		return nil, err
	}
	_, _ = j.w.Write(head[:len(head)-1])
	_, err = j.w.WriteString(",\"rows\":[")
	return j, err
}

func (j *jsonResults) write(r *rowResult) error {
	row := jsonRow{Row: r.row, Subject: r.subject, Verdict: r.verdict()}
	if r.checked {
		loc := r.report.Localize(j.s.lang)
		row.Report = &loc
	} else {
		row.Problems = socialorg.Errors(r.problems)
	}
	b, err := json.Marshal(row)
	if err != nil {
		return err
	}
	if !j.first {
		_ = j.w.WriteByte(',')
	}
	j.first = false
	_ = j.w.WriteByte('\n')
	_, err = j.w.Write(b)
	return err
}

func (j *jsonResults) finish(s *summary) error {
	b, err := json.Marshal(s)
	if err != nil {
		return err
	}
	_, _ = j.w.WriteString("\n],\"summary\":")
	_, _ = j.w.Write(b)
	_, _ = j.w.WriteString("}\n")
	return j.w.Flush()
}
