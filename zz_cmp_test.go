package socialorg_test

import (
	"testing"

	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
)

var cmpSink string

func BenchmarkCmpMessage(b *testing.B) {
	f := socialorg.Finding{Rule: "registry.socialgroup.members", Subject: "51440100MJ0000018M", Outcome: socialorg.Fail,
		Got: "49 / 0", Want: "≥ 50 / —", Cite: socialorg.Citation{Document: "《社会团体登记管理条例》", Article: "第十条"}}
	for b.Loop() {
		cmpSink = f.Message(language.SimplifiedChinese)
	}
}
