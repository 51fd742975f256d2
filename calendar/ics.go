package calendar

import (
	"bufio"
	"io"
	"time"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
)

// icsMaxLine is the most octets of a content line, CRLF excluded (RFC 5545 §3.1).
const icsMaxLine = 75

// WriteICS writes the calendar as an iCalendar object (RFC 5545) that any calendar application can
// subscribe to: one all-day VEVENT per task (DTSTART;VALUE=DATE on the due day, DTEND the day
// after), its UID the task's ID (stable, so that a refreshed subscription updates events rather
// than duplicating them), SUMMARY the rule's title and DESCRIPTION the task's message in the
// language lang best matches. Lines end in CRLF and are folded at 75 octets without splitting a
// UTF-8 character; TEXT values escape backslash, semicolon, comma and newline, and drop other
// control characters; invalid UTF-8 becomes U+FFFD. DTSTAMP is in UTC: midnight (China Standard
// Time) of the calendar's AsOf, or of its period's first day without one, so that the same
// calendar always writes the same bytes. An error is the writer's.
func (c Calendar) WriteICS(w io.Writer, lang language.Tag) error {
	bw := bufio.NewWriter(w)
	e := icsWriter{w: bw}
	stampDay := c.AsOf
	if stampDay.IsZero() {
		stampDay = c.Period.From
	}
	stamp := "19700101T000000Z"
	if !stampDay.IsZero() {
		stamp = time.Date(stampDay.Year(), stampDay.Month(), stampDay.Day(), 0, 0, 0, 0, socialorg.ChinaZone()).UTC().Format("20060102T150405Z")
	}
	e.line("BEGIN", "VCALENDAR")
	e.line("VERSION", "2.0")
	e.line("PRODID", "-//socialorg//calendar "+socialorg.Version+"//"+langCode(lang))
	e.line("CALSCALE", "GREGORIAN")
	e.line("METHOD", "PUBLISH")
	e.text("X-WR-CALNAME", calName(c, lang))
	var msg []byte
	for _, t := range c.Tasks {
		e.line("BEGIN", "VEVENT")
		e.text("UID", t.ID+"@socialorg")
		e.line("DTSTAMP", stamp)
		e.line("DTSTART;VALUE=DATE", icsDate(t.Due))
		e.line("DTEND;VALUE=DATE", icsDate(t.Due.AddDays(1)))
		e.text("SUMMARY", t.Title(lang))
		msg = t.AppendMessage(msg[:0], lang)
		e.text("DESCRIPTION", string(msg))
		e.text("CATEGORIES", string(t.Rule))
		e.line("TRANSP", "TRANSPARENT")
		e.line("END", "VEVENT")
	}
	e.line("END", "VCALENDAR")
	if e.err != nil {
		return e.err
	}
	return bw.Flush()
}

func langCode(lang language.Tag) string {
	switch langIndex(lang) {
	case 1:
		return "ZH-HANT"
	case 2:
		return "EN"
	}
	return "ZH-HANS"
}

func calName(c Calendar, lang language.Tag) string {
	name := [3]string{"社会组织合规日历", "社會組織合規日曆", "Compliance calendar"}[langIndex(lang)]
	if len(c.Tasks) > 0 {
		name += " " + c.Tasks[0].Subject
	}
	return name
}

// icsDate formats a date as YYYYMMDD.
func icsDate(d socialorg.Date) string {
	s := d.String()
	if len(s) != 10 {
		return "19700101"
	}
	return s[0:4] + s[5:7] + s[8:10]
}

// icsWriter writes content lines, folded, keeping the first error.
type icsWriter struct {
	w   *bufio.Writer
	err error
	buf []byte
}

// text writes a property whose value is TEXT, escaped.
func (e *icsWriter) text(name, value string) {
	e.buf = append(e.buf[:0], name...)
	e.buf = append(e.buf, ':')
	e.buf = appendEscaped(e.buf, value)
	e.fold(e.buf)
}

// line writes a property whose value needs no escaping.
func (e *icsWriter) line(name, value string) {
	e.buf = append(e.buf[:0], name...)
	e.buf = append(e.buf, ':')
	e.buf = append(e.buf, value...)
	e.fold(e.buf)
}

// appendEscaped escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma get a
// backslash, a newline becomes \n, other control characters are dropped and invalid UTF-8 becomes
// U+FFFD.
func appendEscaped(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\\' || r == ';' || r == ',':
			b = append(b, '\\', byte(r))
		case r == '\n':
			b = append(b, '\\', 'n')
		case r == '\r':
			// dropped: a CRLF in the input is one newline
		case r < 0x20 && r != '\t', r == 0x7f:
			// other control characters are not allowed in TEXT
		default:
			b = utf8.AppendRune(b, r)
		}
	}
	return b
}

// fold writes one content line, breaking it so that no line is longer than 75 octets, never
// inside a UTF-8 character; each continuation line begins with a space.
func (e *icsWriter) fold(line []byte) {
	if e.err != nil {
		return
	}
	limit := icsMaxLine
	for len(line) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(line[cut]) {
			cut--
		}
		e.write(line[:cut])
		e.write([]byte("\r\n "))
		line = line[cut:]
		limit = icsMaxLine - 1
	}
	e.write(line)
	e.write([]byte("\r\n"))
}

func (e *icsWriter) write(b []byte) {
	if e.err == nil {
		_, e.err = e.w.Write(b)
	}
}
