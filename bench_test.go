package socialorg_test

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/msgcat"
	"github.com/socialorg/socialorg/partybuilding"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/socialorgtest"
)

var msgSink string

// benchFinding is a typical finding: a social group one member short.
var benchFinding = socialorg.Finding{Rule: registry.RuleSocialGroupMembers, Subject: "51440100MJ0000018M", Outcome: socialorg.Fail,
	Got: "49 / 0", Want: "≥ 50 / —", Cite: socialorg.Citation{Document: "《社会团体登记管理条例》（国务院令第250号，2016年修订）", Article: "第十条第一款第（一）项"}}

// BenchmarkMessage renders a finding in Simplified Chinese. Its floor is BenchmarkMessageFloor.
func BenchmarkMessage(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		msgSink = benchFinding.Message(language.SimplifiedChinese)
	}
}

// BenchmarkMessageFloor is a fmt.Sprintf of the identical sentence, with the title and the words
// known in advance: what Message costs without the catalog.
func BenchmarkMessageFloor(b *testing.B) {
	f := benchFinding
	title := "社会团体会员数（个人 / 单位）"
	want := f.Message(language.SimplifiedChinese)
	if got := fmt.Sprintf("%s：%s——%s（实际 %s；要求 %s）。依据：%s%s", f.Subject, title, "不通过", f.Got, f.Want, f.Cite.Document, f.Cite.Article); got != want {
		b.Fatalf("the floor does not write the same sentence:\n%s\n%s", got, want)
	}
	b.ReportAllocs()
	for b.Loop() {
		msgSink = fmt.Sprintf("%s：%s——%s（实际 %s；要求 %s）。依据：%s%s", f.Subject, title, "不通过", f.Got, f.Want, f.Cite.Document, f.Cite.Article)
	}
}

// BenchmarkCmpMessage renders a short finding: the before/after comparison of BENCHMARKS.md (it
// uses only what the API had before the rule vocabulary).
func BenchmarkCmpMessage(b *testing.B) {
	f := socialorg.Finding{Rule: "registry.socialgroup.members", Subject: "51440100MJ0000018M", Outcome: socialorg.Fail,
		Got: "49 / 0", Want: "≥ 50 / —", Cite: socialorg.Citation{Document: "《社会团体登记管理条例》", Article: "第十条"}}
	for b.Loop() {
		msgSink = f.Message(language.SimplifiedChinese)
	}
}

// cityFindings are the findings of registration and Party-building checks over the synthetic
// city: varied rules, subjects, words and citations, as a service renders them in a batch.
func cityFindings(b *testing.B) socialorg.Report {
	b.Helper()
	city := socialorgtest.Guangzhou(7)
	asOf := socialorg.MustDate("2026-11-27")
	var r socialorg.Report
	for _, o := range append(append([]registry.Organization{}, city.Registered...), city.Community...) {
		res, err := registry.CheckRegistration(o, asOf)
		if err != nil {
			b.Fatal(err)
		}
		r.Add(res.Findings...)
	}
	as, err := partybuilding.Assess(city.Party, asOf)
	if err != nil {
		b.Fatal(err)
	}
	for _, a := range as {
		r.Add(a.Findings...)
	}
	return r
}

// BenchmarkMessagesCity renders every finding of the city in the three languages with
// Report.Messages; its floor is BenchmarkMessagesCityFloor. It reports the time per message.
func BenchmarkMessagesCity(b *testing.B) {
	r := cityFindings(b)
	langs := socialorg.Languages()
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range langs {
			msgsSink = r.Messages(l)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(r.Findings)*len(langs)), "ns/message")
}

var msgsSink []string

// BenchmarkMessagesCityFloor is a hand-written renderer of the same sentences: titles and value
// words from plain maps built in advance, one strings.Builder per message grown to the parts'
// length. It checks that it writes what Messages writes.
func BenchmarkMessagesCityFloor(b *testing.B) {
	r := cityFindings(b)
	langs := socialorg.Languages()
	type frame struct{ subj, title, open, got, sep, want, close, src, supplied string }
	frames := [3]frame{
		{"：", "——", "（", "实际 ", "；", "要求 ", "）", "。依据：", "（调用方提供）"},
		{"：", "——", "（", "實際 ", "；", "要求 ", "）", "。依據：", "（調用方提供）"},
		{": ", ": ", " (", "got ", "; ", "required ", ")", ". Source: ", " (caller-supplied)"},
	}
	titles := map[socialorg.RuleID][3]string{}
	words := map[socialorg.RuleID]map[string][3]string{}
	var outcomes [4][3]string
	for _, f := range r.Findings {
		if _, ok := titles[f.Rule]; ok {
			continue
		}
		rule, _ := socialorg.LookupRule(f.Rule)
		titles[f.Rule] = [3]string{rule.Title.Hans, rule.Title.Hant, rule.Title.En}
		ws := map[string][3]string{}
		for w, t := range rule.Words {
			ws[w] = [3]string{t.Hans, t.Hant, t.En}
		}
		words[f.Rule] = ws
	}
	for o := socialorg.Pass; o <= socialorg.NotApplicable; o++ {
		t := o.Text()
		outcomes[o] = [3]string{t.Hans, t.Hant, t.En}
	}
	// The common words, in three languages, copied from the catalogue into a plain map.
	common := map[string][3]string{}
	for _, w := range []string{"yes", "no", "none", "unset", "n/a", "unknown", "not-in-force"} {
		common[w] = [3]string{msgcat.Word(nil, w, msgcat.Hans), msgcat.Word(nil, w, msgcat.Hant), msgcat.Word(nil, w, msgcat.En)}
	}
	word := func(rule socialorg.RuleID, w string, i int) string {
		if t, ok := words[rule][w]; ok {
			return t[i]
		}
		if t, ok := common[w]; ok {
			return t[i]
		}
		return w
	}
	undecided := [3]string{"无法判定", "無法判定", "undecided"}
	render := func(f *socialorg.Finding, i int) string {
		fr := &frames[i]
		var sb strings.Builder
		sb.Grow(len(f.Subject) + len(f.Got) + len(f.Want) + len(f.Cite.Document) + len(f.Cite.Article) + 160)
		if f.Subject != "" {
			sb.WriteString(f.Subject)
			sb.WriteString(fr.subj)
		}
		sb.WriteString(titles[f.Rule][i])
		sb.WriteString(fr.title)
		if f.Undecided {
			sb.WriteString(undecided[i])
		} else {
			sb.WriteString(outcomes[f.Outcome][i])
		}
		value := func(s string, isWords bool) {
			if !isWords {
				sb.WriteString(s)
				return
			}
			for k, w := range strings.Split(s, " ") {
				if k > 0 {
					sb.WriteByte(' ')
				}
				sb.WriteString(word(f.Rule, w, i))
			}
		}
		if f.Got != "" || f.Want != "" {
			sb.WriteString(fr.open)
			if f.Got != "" {
				sb.WriteString(fr.got)
				value(f.Got, f.GotWords)
				if f.Want != "" {
					sb.WriteString(fr.sep)
				}
			}
			if f.Want != "" {
				sb.WriteString(fr.want)
				value(f.Want, f.WantWords)
			}
			sb.WriteString(fr.close)
		}
		sb.WriteString(fr.src)
		sb.WriteString(f.Cite.Document)
		sb.WriteString(f.Cite.Article)
		if f.Cite.Supplied {
			sb.WriteString(fr.supplied)
		}
		return sb.String()
	}
	for i, l := range langs {
		want := r.Messages(l)
		for n := range r.Findings {
			if got := render(&r.Findings[n], i); got != want[n] {
				b.Fatalf("the floor writes another sentence:\n%s\n%s", got, want[n])
			}
		}
	}
	out := make([]string, len(r.Findings))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i := range langs {
			for n := range r.Findings {
				out[n] = render(&r.Findings[n], i)
			}
			msgsSink = out
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(r.Findings)*len(langs)), "ns/message")
}
