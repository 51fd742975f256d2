package calendar_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/calendar"
)

// icsProp is one parsed content line: name, parameters, value (TEXT unescaped by unescapeText).
type icsProp struct {
	Name, Params, Value string
}

// checkLines checks RFC 5545's rules on raw lines: CRLF endings and nothing else, at most 75
// octets a line, valid UTF-8 in each physical line, no control characters but HTAB; a
// continuation line starts with one space.
func checkLines(data []byte) error {
	if len(data) == 0 || !bytes.HasSuffix(data, []byte("\r\n")) {
		return errors.New("does not end in CRLF")
	}
	for i, line := range bytes.Split(data[:len(data)-2], []byte("\r\n")) {
		switch {
		case len(line) > 75:
			return fmt.Errorf("line %d: %d octets", i, len(line))
		case !utf8.Valid(line):
			return fmt.Errorf("line %d: invalid UTF-8 (a character split by folding?)", i)
		case len(line) == 0:
			return fmt.Errorf("line %d: empty", i)
		}
		for _, c := range line {
			if (c < 0x20 && c != '\t') || c == 0x7f {
				return fmt.Errorf("line %d: control character %#x", i, c)
			}
		}
	}
	return nil
}

// parseICS unfolds and splits an iCalendar object into properties.
func parseICS(data []byte) ([]icsProp, error) {
	if err := checkLines(data); err != nil {
		return nil, err
	}
	unfolded := strings.ReplaceAll(string(data), "\r\n ", "")
	var out []icsProp
	for _, line := range strings.Split(strings.TrimSuffix(unfolded, "\r\n"), "\r\n") {
		colon := strings.IndexByte(line, ':')
		if colon < 0 {
			return nil, fmt.Errorf("no colon: %q", line)
		}
		name, params, _ := strings.Cut(line[:colon], ";")
		out = append(out, icsProp{Name: name, Params: params, Value: line[colon+1:]})
	}
	return out, nil
}

// unescapeText undoes TEXT escaping; an unknown escape is an error.
func unescapeText(s string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s):
			i++
			switch s[i] {
			case '\\', ';', ',':
				b.WriteByte(s[i])
			case 'n', 'N':
				b.WriteByte('\n')
			default:
				return "", fmt.Errorf("bad escape \\%c", s[i])
			}
		case c == '\\':
			return "", errors.New("lone backslash")
		case c == ';' || c == ',':
			return "", fmt.Errorf("unescaped %c", c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), nil
}

// icsEvent is a parsed VEVENT.
type icsEvent struct{ UID, Stamp, Start, End, Summary, Description string }

// readEvents parses the object and returns its events, checking the calendar's frame.
func readEvents(t testing.TB, data []byte) []icsEvent {
	t.Helper()
	props, err := parseICS(data)
	require.NoError(t, err)
	require.Equal(t, icsProp{Name: "BEGIN", Value: "VCALENDAR"}, props[0])
	require.Equal(t, icsProp{Name: "END", Value: "VCALENDAR"}, props[len(props)-1])
	var evs []icsEvent
	var cur *icsEvent
	var version, prodid bool
	for _, p := range props {
		switch {
		case p.Name == "VERSION":
			version = p.Value == "2.0"
		case p.Name == "PRODID":
			prodid = p.Value != ""
		case p.Name == "BEGIN" && p.Value == "VEVENT":
			require.Nil(t, cur)
			cur = &icsEvent{}
		case p.Name == "END" && p.Value == "VEVENT":
			require.NotNil(t, cur)
			evs = append(evs, *cur)
			cur = nil
		case cur == nil:
		case p.Name == "UID":
			cur.UID, err = unescapeText(p.Value)
		case p.Name == "DTSTAMP":
			require.Regexp(t, `^\d{8}T\d{6}Z$`, p.Value, "DTSTAMP in UTC")
			cur.Stamp = p.Value
		case p.Name == "DTSTART":
			require.Equal(t, "VALUE=DATE", p.Params)
			cur.Start = p.Value
		case p.Name == "DTEND":
			require.Equal(t, "VALUE=DATE", p.Params)
			cur.End = p.Value
		case p.Name == "SUMMARY":
			cur.Summary, err = unescapeText(p.Value)
		case p.Name == "DESCRIPTION":
			cur.Description, err = unescapeText(p.Value)
		}
		require.NoError(t, err)
	}
	require.True(t, version && prodid, "VERSION:2.0 and PRODID")
	return evs
}

func ymd(d socialorg.Date) string { return strings.ReplaceAll(d.String(), "-", "") }

// TestICSRoundTrip: the iCalendar object parses back with its own parser into the tasks: UIDs from
// the IDs, all-day dates on the due day, titles and messages unchanged through folding and
// escaping, in each language; the same calendar always writes the same bytes.
func TestICSRoundTrip(t *testing.T) {
	p := profile(t, '3')
	p.Charity, p.PublicFundraising = true, true
	p.Events = []calendar.Event{
		{Kind: calendar.EventTrustSigned, On: d("2026-02-10"), Ref: `T\1; a, b` + "\nsecond line"},
		{Kind: calendar.EventCampaignEnded, On: d("2026-03-31"), Ref: strings.Repeat("长", 80)},
		{Kind: calendar.EventMajorAssetChange, On: d("2026-07-01"), Ref: "ctl\x01\x7f\ttab"},
	}
	c := tasks(t, p, "2026-01-01", "2026-12-31", calendar.AsOf(d("2026-06-30")))
	require.NotEmpty(t, c.Tasks)
	for _, lang := range socialorg.Languages() {
		var buf bytes.Buffer
		require.NoError(t, c.WriteICS(&buf, lang))
		evs := readEvents(t, buf.Bytes())
		require.Len(t, evs, len(c.Tasks))
		for i, e := range evs {
			tk := c.Tasks[i]
			require.Equal(t, tk.ID+"@socialorg", e.UID)
			require.Equal(t, ymd(tk.Due), e.Start)
			require.Equal(t, ymd(tk.Due.AddDays(1)), e.End)
			require.Equal(t, tk.Title(lang), e.Summary)
			want := strings.Map(func(r rune) rune {
				if (r < 0x20 && r != '\t' && r != '\n') || r == 0x7f {
					return -1
				}
				return r
			}, tk.Message(lang))
			require.Equal(t, want, e.Description)
			require.Equal(t, "20260629T160000Z", e.Stamp, "midnight in China on AsOf, in UTC")
		}
		var again bytes.Buffer
		require.NoError(t, c.WriteICS(&again, lang))
		require.Equal(t, buf.Bytes(), again.Bytes())
	}
	// Without AsOf the stamp is the period's first day.
	var buf bytes.Buffer
	require.NoError(t, tasks(t, p, "2026-01-01", "2026-12-31").WriteICS(&buf, language.English))
	require.Contains(t, buf.String(), "DTSTAMP:20251231T160000Z\r\n")
	// An empty calendar is a valid object with no events.
	buf.Reset()
	require.NoError(t, calendar.Calendar{}.WriteICS(&buf, language.English))
	require.Empty(t, readEvents(t, buf.Bytes()))
}

// TestICSFolding: lines of every length around 75 octets, of one-, two-, three- and four-byte
// characters, fold without splitting a character and unfold to the same text.
func TestICSFolding(t *testing.T) {
	for _, unit := range []string{"a", "é", "长", "😀"} {
		for n := 60; n < 170; n++ {
			ref := strings.Repeat(unit, n/len(unit)+1)[:0]
			for len(ref)+len(unit) <= n {
				ref += unit
			}
			c := calendar.Calendar{Tasks: []calendar.Task{{ID: ref, Rule: calendar.RuleTrustFiling, Due: d("2026-01-01"), Ref: ref,
				Cite: socialorg.Citation{Document: "D"}}}}
			var buf bytes.Buffer
			require.NoError(t, c.WriteICS(&buf, language.English))
			evs := readEvents(t, buf.Bytes())
			require.Equal(t, ref+"@socialorg", evs[0].UID)
		}
	}
}

// errWriter fails after n bytes.
type errWriter struct{ n int }

func (w *errWriter) Write(b []byte) (int, error) {
	if w.n -= len(b); w.n < 0 {
		return 0, errors.New("disk full")
	}
	return len(b), nil
}

func TestICSWriterError(t *testing.T) {
	p := profile(t, '1')
	c := tasks(t, p, "2020-01-01", "2026-12-31")
	require.ErrorContains(t, c.WriteICS(&errWriter{n: 100}, language.English), "disk full")
	require.ErrorContains(t, c.WriteICS(&errWriter{n: 9000}, language.English), "disk full")
}

// FuzzProfileICS: any JSON profile and period either is refused with an error or gives a
// calendar whose iCalendar object has only valid lines and parses back, one event per task.
func FuzzProfileICS(f *testing.F) {
	seeds := []string{
		`{"code":"53440100MJ00000345","registered":"2019-05-01","charity":true,"public_fundraising":true,"grade":"4A","grade_noticed":"2023-06-01","events":[{"kind":"charity_trust_signed","on":"2026-02-10","ref":"T;1"},{"kind":"campaign_ended","on":"2026-03-31"}]}`,
		`{"code":"51440103MJ0000013D","registered":"2010-01-01","events":[{"kind":"donor_query","on":"2025-12-31","ref":"长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长"}],"credit":{"status":"abnormal-list","since":"2025-01-01"}}`,
		`{"code":"52440300MJ0000026D","registered":"2020-01-01","events":[{"kind":"use_changed","on":"2019-01-01"}]}`,
		`{}`,
	}
	for i, s := range seeds {
		f.Add([]byte(s), int16(2026), uint8(i*30))
	}
	f.Fuzz(func(t *testing.T, data []byte, year int16, span uint8) {
		var p calendar.Profile
		if json.Unmarshal(data, &p) != nil {
			return
		}
		from := socialorg.NewDate(int(year), 1, 1)
		to := from.AddDays(int(span) * 30)
		c, err := calendar.Obligations(p, from, to, calendar.AsOf(from.AddDays(100)))
		if err != nil {
			require.Less(t, len(err.Error()), 8000)
			return
		}
		var buf bytes.Buffer
		require.NoError(t, c.WriteICS(&buf, language.SimplifiedChinese))
		require.NoError(t, checkLines(buf.Bytes()))
		props, err := parseICS(buf.Bytes())
		require.NoError(t, err)
		n := 0
		for _, pr := range props {
			if pr.Name == "BEGIN" && pr.Value == "VEVENT" {
				n++
			}
			if pr.Name == "SUMMARY" || pr.Name == "DESCRIPTION" || pr.Name == "UID" {
				_, err := unescapeText(pr.Value)
				require.NoError(t, err)
			}
		}
		require.Equal(t, len(c.Tasks), n)
	})
}
