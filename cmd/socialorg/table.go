package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"io"
	"strings"
	"unicode"

	"golang.org/x/text/width"
)

// table is a listing: stable column keys (the CSV headings), their headings in the chosen
// language (the text table's), and the rows.
type table struct {
	keys   []string
	titles []string
	rows   [][]string
}

// writeListing writes a listing in a format: "table" (aligned text, the default), "csv" (keys as
// headings) or "json" (data, the listing's own structured form).
func writeListing(w io.Writer, format string, t *table, data any) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(data)
	case "csv":
		cw := csv.NewWriter(w)
		if err := cw.Write(t.keys); err != nil {
			return err
		}
		if err := cw.WriteAll(t.rows); err != nil {
			return err
		}
		cw.Flush()
		return cw.Error()
	}
	return writeText(w, t)
}

// maxCellWidth is the widest a cell of a text table is shown, in terminal columns: a longer cell
// (a parameter's table of values, a long note) is cut with "…" (CSV and JSON hold it whole).
const maxCellWidth = 72

// writeText writes an aligned text table: each column as wide as its widest cell, counting East
// Asian wide and full-width characters as two columns (golang.org/x/text/width) and combining
// marks and format characters as none; cells cut to maxCellWidth; columns separated by two
// spaces; a rule under the headings; no trailing spaces.
func writeText(w io.Writer, t *table) error {
	bw := bufio.NewWriter(w)
	rows := make([][]string, 0, len(t.rows)+1)
	rows = append(rows, t.titles)
	for _, r := range t.rows {
		clean := make([]string, len(r))
		for i, c := range r {
			clean[i] = cutWidth(oneLine(c), maxCellWidth)
		}
		rows = append(rows, clean)
	}
	widths := make([]int, len(t.titles))
	for _, r := range rows {
		for i, c := range r {
			if i < len(widths) {
				widths[i] = max(widths[i], displayWidth(c))
			}
		}
	}
	writeRow := func(r []string) {
		var b strings.Builder
		for i, c := range r {
			if i >= len(widths) {
				break
			}
			if i > 0 {
				b.WriteString("  ")
			}
			b.WriteString(c)
			if i < len(r)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-displayWidth(c)))
			}
		}
		bw.WriteString(strings.TrimRight(b.String(), " "))
		bw.WriteByte('\n')
	}
	writeRow(rows[0])
	rule := make([]string, len(widths))
	for i, n := range widths {
		rule[i] = strings.Repeat("-", n)
	}
	writeRow(rule)
	for _, r := range rows[1:] {
		writeRow(r)
	}
	return bw.Flush()
}

// cutWidth cuts s to at most n terminal columns, ending it with "…" when cut.
func cutWidth(s string, n int) string {
	if displayWidth(s) <= n {
		return s
	}
	w := 0
	for i, r := range s {
		rw := displayWidth(string(r))
		if w+rw > n-1 {
			return s[:i] + "…"
		}
		w += rw
	}
	return s
}

// oneLine turns line breaks and tabs into spaces.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n\t") {
		return s
	}
	return strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ").Replace(s)
}

// displayWidth is the number of terminal columns s takes.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case r < 0x20 || r == 0x7f:
		case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		default:
			switch width.LookupRune(r).Kind() {
			case width.EastAsianWide, width.EastAsianFullwidth:
				n += 2
			default:
				n++
			}
		}
	}
	return n
}
