package socialorg_test

import (
	"fmt"
	"testing"

	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
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
