// Package msgcat is the library's message catalog: the title of every rule and the frames that
// turn a finding into a sentence, in Simplified Chinese (the default), Traditional Chinese and
// English. It is built once, with golang.org/x/text/message/catalog, and never changed after.
package msgcat

import (
	"fmt"
	"slices"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// Text is one message in the three languages the library speaks.
type Text struct{ Hans, Hant, En string }

// The supported languages, the default first.
var supported = []language.Tag{language.SimplifiedChinese, language.TraditionalChinese, language.English}

var matcher = language.NewMatcher(supported)

// Match returns the supported language that best serves tag: zh-Hant for zh-TW, zh-HK and
// zh-Hant, English for any en, and Simplified Chinese for everything else.
func Match(tag language.Tag) language.Tag {
	_, i, conf := matcher.Match(tag)
	if conf == language.No {
		return supported[0]
	}
	return supported[i]
}

// frames are the sentence patterns; keys are not rule IDs.
var frames = map[string]Text{
	"frame.subject": {
		Hans: "%[1]s：%[2]s——%[3]s%[4]s。依据：%[5]s",
		Hant: "%[1]s：%[2]s——%[3]s%[4]s。依據：%[5]s",
		En:   "%[1]s: %[2]s: %[3]s%[4]s. Source: %[5]s",
	},
	"frame.nosubject": {
		Hans: "%[1]s——%[2]s%[3]s。依据：%[4]s",
		Hant: "%[1]s——%[2]s%[3]s。依據：%[4]s",
		En:   "%[1]s: %[2]s%[3]s. Source: %[4]s",
	},
	"figures.both": {Hans: "（实际 %[1]s；要求 %[2]s）", Hant: "（實際 %[1]s；要求 %[2]s）", En: " (got %[1]s; required %[2]s)"},
	"figures.got":  {Hans: "（实际 %[1]s）", Hant: "（實際 %[1]s）", En: " (got %[1]s)"},
	"figures.want": {Hans: "（要求 %[1]s）", Hant: "（要求 %[1]s）", En: " (required %[1]s)"},

	"outcome.pass":           {Hans: "通过", Hant: "通過", En: "pass"},
	"outcome.fail":           {Hans: "不通过", Hant: "不通過", En: "fail"},
	"outcome.not-applicable": {Hans: "不适用", Hant: "不適用", En: "not applicable"},
	"outcome.unknown":        {Hans: "未评定", Hant: "未評定", En: "not evaluated"},

	// Value words that Got and Want may hold on their own; they are translated, figures are not.
	"value.yes":     {Hans: "是", Hant: "是", En: "yes"},
	"value.no":      {Hans: "否", Hant: "否", En: "no"},
	"value.none":    {Hans: "无", Hant: "無", En: "none"},
	"value.n/a":     {Hans: "无法计算", Hant: "無法計算", En: "n/a"},
	"value.unknown": {Hans: "未知", Hant: "未知", En: "unknown"},
	"value.unset":   {Hans: "未设定（须由调用方提供）", Hant: "未設定（須由調用方提供）", En: "not set (caller-supplied)"},

	// The items of a fundraising plan (charity.CheckPlan).
	"value.purpose":          {Hans: "募捐目的", Hant: "募捐目的", En: "purpose"},
	"value.area":             {Hans: "募捐地域", Hant: "募捐地域", En: "area"},
	"value.person-in-charge": {Hans: "负责人", Hant: "負責人", En: "person in charge"},
	"value.address":          {Hans: "办公地址", Hant: "辦公地址", En: "office address"},
	"value.method":           {Hans: "接受捐赠方式", Hant: "接受捐贈方式", En: "how gifts are accepted"},
	"value.bank-account":     {Hans: "银行账户", Hant: "銀行賬戶", En: "bank account"},
	"value.beneficiaries":    {Hans: "受益人", Hant: "受益人", En: "beneficiaries"},
	"value.use":              {Hans: "募得款物用途", Hant: "募得款物用途", En: "use of the proceeds"},
	"value.cost":             {Hans: "募捐成本", Hant: "募捐成本", En: "fundraising cost"},
	"value.leftovers":        {Hans: "剩余财产的处理", Hant: "剩餘財產的處理", En: "leftovers"},
	"value.end":              {Hans: "截止时间", Hant: "截止時間", En: "end date"},

	// Party-organization forms (partybuilding.Form).
	"value.work-coverage":     {Hans: "工作覆盖", Hant: "工作覆蓋", En: "work coverage"},
	"value.joint-branch":      {Hans: "联合党支部", Hant: "聯合黨支部", En: "joint branch"},
	"value.branch":            {Hans: "党支部", Hant: "黨支部", En: "branch"},
	"value.general-branch":    {Hans: "党总支", Hant: "黨總支", En: "general branch"},
	"value.primary-committee": {Hans: "基层党委", Hant: "基層黨委", En: "primary committee"},
}

// ruleTables lists every package's rule titles; each file of this package adds one.
var ruleTables = []map[string]Text{registryRules, partybuildingRules, charityRules}

// rules maps every rule ID to its title.
var rules = mergeRules(ruleTables)

func mergeRules(tables []map[string]Text) map[string]Text {
	out := make(map[string]Text)
	for _, t := range tables {
		for k, v := range t {
			if _, dup := out[k]; dup {
				panic("msgcat: rule " + k + " has two titles")
			}
			out[k] = v
		}
	}
	return out
}

var cat = build()

func build() *catalog.Builder {
	b := catalog.NewBuilder(catalog.Fallback(supported[0]))
	set := func(key string, t Text) {
		for i, s := range []string{t.Hans, t.Hant, t.En} {
			if err := b.SetString(supported[i], key, s); err != nil {
				panic(fmt.Sprintf("msgcat: %s: %v", key, err))
			}
		}
	}
	for k, t := range frames {
		set(k, t)
	}
	for k, t := range rules {
		set("rule."+k, t)
	}
	return b
}

// Printer returns a printer for the supported language that best serves tag.
func Printer(tag language.Tag) *message.Printer {
	return message.NewPrinter(Match(tag), message.Catalog(cat))
}

// Has reports whether the catalog holds a title for rule.
func Has(rule string) bool {
	_, ok := rules[rule]
	return ok
}

// Rules returns every rule ID the catalog knows, sorted.
func Rules() []string {
	out := make([]string, 0, len(rules))
	for k := range rules {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// Title returns the title of rule in the language best serving tag, or the rule ID itself when
// the catalog does not know the rule.
func Title(tag language.Tag, rule string) string {
	return title(Printer(tag), rule)
}

func title(p *message.Printer, rule string) string {
	if !Has(rule) {
		return rule
	}
	return p.Sprintf("rule." + rule)
}

// FindingArgs are the parts of a finding a message is made of.
type FindingArgs struct {
	Rule, Subject, Outcome, Got, Want, Citation string
}

// Finding renders one finding as a sentence.
func Finding(tag language.Tag, a FindingArgs) string {
	p := Printer(tag)
	outcome := "outcome.unknown"
	if _, ok := frames["outcome."+a.Outcome]; ok {
		outcome = "outcome." + a.Outcome
	}
	got, want := value(p, a.Got), value(p, a.Want)
	var figures string
	switch {
	case got != "" && want != "":
		figures = p.Sprintf("figures.both", got, want)
	case got != "":
		figures = p.Sprintf("figures.got", got)
	case want != "":
		figures = p.Sprintf("figures.want", want)
	}
	title := title(p, a.Rule)
	if a.Subject == "" {
		return p.Sprintf("frame.nosubject", title, p.Sprintf(outcome), figures, a.Citation)
	}
	return p.Sprintf("frame.subject", a.Subject, title, p.Sprintf(outcome), figures, a.Citation)
}

// YesNo returns the value word "yes" or "no", which messages translate.
func YesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// value translates the value words of the catalog ("yes", "none", "joint-branch"…), each
// space-separated word on its own, and leaves figures and everything else as they are:
// "≥ joint-branch" becomes "≥ 联合党支部".
func value(p *message.Printer, s string) string {
	words := strings.Split(s, " ")
	for i, w := range words {
		if w == "" {
			continue
		}
		if _, ok := frames["value."+strings.ToLower(w)]; ok {
			words[i] = p.Sprintf("value." + strings.ToLower(w))
		}
	}
	return strings.Join(words, " ")
}
