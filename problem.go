package socialorg

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"golang.org/x/text/language"

	"github.com/socialorg/socialorg/internal/msgcat"
)

// Errors is the list of problems of one input, as every Validate and every check of the library
// returns them: errors.As(err, &list) gives the whole list; errors.Is and errors.As also see each
// problem (an *InputError, a *NotInForceError); it encodes to JSON as an array of problems, each
// with its code, field, value, rule and its message in three languages.
type Errors []error

// Error joins the problems' messages, one per line, as errors.Join does.
func (e Errors) Error() string {
	var b strings.Builder
	for i, err := range e {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(err.Error())
	}
	return b.String()
}

// Unwrap returns the problems.
func (e Errors) Unwrap() []error { return e }

// Messages renders every problem in the language lang best matches: an *InputError through the
// catalogue (InputError.Message), any other error by its own text.
func (e Errors) Messages(lang language.Tag) []string {
	out := make([]string, len(e))
	for i, err := range e {
		var ie *InputError
		if errors.As(err, &ie) {
			out[i] = ie.Message(lang)
		} else {
			out[i] = err.Error()
		}
	}
	return out
}

// MarshalJSON encodes the problems as an array: an *InputError as its fields and its message in
// each language, any other error as {"code": "error", "rule": its text}.
func (e Errors) MarshalJSON() ([]byte, error) {
	out := make([]problemJSON, len(e))
	for i, err := range e {
		var ie *InputError
		var nf *NotInForceError
		switch {
		case errors.As(err, &ie):
			out[i] = problemJSON{Code: ie.Code, Field: ie.Field, Value: ie.Value, Rule: ie.Rule, Message: ie.Messages()}
		case errors.As(err, &nf):
			out[i] = problemJSON{Code: "not_in_force", Field: nf.Param, Rule: cutTo(nf.Error(), 256), Message: nf.Messages()}
		default:
			out[i] = problemJSON{Code: "error", Rule: cutTo(err.Error(), 256)}
		}
	}
	return json.Marshal(out)
}

// problemJSON is one problem as Errors encodes it.
type problemJSON struct {
	Code    string `json:"code"`
	Field   string `json:"field,omitempty"`
	Value   string `json:"value,omitempty"`
	Rule    string `json:"rule"`
	Message Text   `json:"message,omitzero"`
}

// Message renders the problem in the language lang best matches: the field (its JSON path, never
// translated), the rule it breaks, and the value it had:
//
//	organization.name：至多 200 个字符（实际 "……"）
//	organization.name: at most 200 characters (got "……")
//
// A rule the catalogue cannot translate (Phrase) is shown as written, in English.
func (e *InputError) Message(lang language.Tag) string { return e.message(langOf(lang)) }

// Messages returns Message in the three languages.
func (e *InputError) Messages() Text {
	return Text{e.message(msgcat.Hans), e.message(msgcat.Hant), e.message(msgcat.En)}
}

func (e *InputError) message(lang int) string {
	var b strings.Builder
	if e.Field != "" {
		b.WriteString(cutTo(e.Field, 128))
		b.WriteString(fieldSep[lang])
	}
	b.WriteString(TranslateRule(cutTo(e.Rule, 256), lang))
	if e.Value != "" {
		b.WriteString(gotOpen[lang])
		b.WriteString(quote(cut(e.Value)))
		b.WriteString(gotClose[lang])
	}
	return b.String()
}

var (
	fieldSep = [3]string{"：", "：", ": "}
	gotOpen  = [3]string{"（实际 ", "（實際 ", " (got "}
	gotClose = [3]string{"）", "）", ")"}
)

func quote(s string) string { return `"` + strings.ReplaceAll(s, `"`, `\"`) + `"` }

// Phrase is a rule phrase of the problems the library reports ("at most # bytes"), with the slug
// that names its kind in problem codes ("too_long") and its text in three languages. A # stands
// for a number: the phrase "at most 256 bytes" is the phrase "at most # bytes" with 256 in place
// of #, and its translations get the same numbers in the same order.
//
// A Prefix phrase matches every rule that begins with it ("one of " + a list of text forms): the
// rest of the rule, codes and names that are not translated, follows the translated beginning.
type Phrase struct {
	Slug   string
	Text   Text // Text.En is the phrase as the code writes it, with # for each number
	Prefix bool
}

var (
	phraseMu sync.Mutex
	phrases  atomic.Pointer[map[string]Phrase] // by the English phrase with # for numbers
	prefixes atomic.Pointer[[]Phrase]          // the Prefix phrases, longest first
)

// DeclarePhrases adds rule phrases to the catalogue the problems' messages and codes come from: a
// package declares the phrases its Validate methods use, beside them, at initialization. A phrase
// several packages use may be declared by each; the first declaration holds, and a later one that
// differs is recorded as a conflict (PhraseConflicts) rather than refused, so that no package's
// wording can stop another from starting.
func DeclarePhrases(ps ...Phrase) error {
	for _, p := range ps {
		if p.Slug == "" || !p.Text.complete() {
			return Invalid("phrase", p.Text.En, "a slug and a text in three languages")
		}
	}
	phraseMu.Lock()
	defer phraseMu.Unlock()
	old := phrases.Load()
	next := map[string]Phrase{}
	if old != nil {
		for k, v := range *old {
			next[k] = v
		}
	}
	var pre []Phrase
	if old := prefixes.Load(); old != nil {
		pre = slices.Clone(*old)
	}
	for _, p := range ps {
		key, _ := template(p.Text.En)
		if q, dup := next[key]; dup {
			if q != p {
				phraseConflicts = append(phraseConflicts, [2]Phrase{q, p})
			}
			continue
		}
		next[key] = p
		if p.Prefix {
			pre = append(pre, p)
		}
	}
	slices.SortStableFunc(pre, func(a, b Phrase) int { return len(b.Text.En) - len(a.Text.En) })
	phrases.Store(&next)
	prefixes.Store(&pre)
	return nil
}

// phraseConflicts are the later declarations that differed from the first (under phraseMu).
var phraseConflicts [][2]Phrase

// PhraseConflicts returns each phrase declared twice with different slugs or texts: the
// declaration that holds and the one that was passed over.
func PhraseConflicts() [][2]Phrase {
	phraseMu.Lock()
	defer phraseMu.Unlock()
	return slices.Clone(phraseConflicts)
}

// MustDeclarePhrases is DeclarePhrases for package-level declarations; it panics on a malformed
// or conflicting phrase.
func MustDeclarePhrases(ps ...Phrase) bool {
	if err := DeclarePhrases(ps...); err != nil {
		panic("socialorg: " + err.Error())
	}
	return true
}

// LookupPhrase returns the phrase a rule matches, once its numbers are replaced by #.
func LookupPhrase(rule string) (Phrase, bool) {
	m := phrases.Load()
	if m == nil {
		return Phrase{}, false
	}
	key, _ := template(rule)
	if p, ok := (*m)[key]; ok {
		return p, true
	}
	return prefixPhrase(rule)
}

// prefixPhrase returns the Prefix phrase rule begins with.
func prefixPhrase(rule string) (Phrase, bool) {
	if pre := prefixes.Load(); pre != nil {
		for _, p := range *pre {
			if strings.HasPrefix(rule, p.Text.En) {
				return p, true
			}
		}
	}
	return Phrase{}, false
}

// TranslateRule returns the rule phrase in language lang (a msgcat index), or the rule as
// written when the catalogue does not hold it.
func TranslateRule(rule string, lang int) string {
	if lang == msgcat.En {
		return rule
	}
	key, nums := template(rule)
	m := phrases.Load()
	if m == nil {
		return rule
	}
	p, ok := (*m)[key]
	if !ok {
		if p, ok := prefixPhrase(rule); ok {
			return p.Text.at(lang) + rule[len(p.Text.En):]
		}
		return rule
	}
	t := p.Text.at(lang)
	if len(nums) == 0 {
		return t
	}
	var b strings.Builder
	for _, r := range t {
		if r == '#' && len(nums) > 0 {
			b.WriteString(nums[0])
			nums = nums[1:]
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// template replaces each run of digits in a phrase by #, and returns the runs.
func template(rule string) (string, []string) {
	if strings.IndexAny(rule, "0123456789") < 0 {
		return rule, nil
	}
	var b strings.Builder
	var nums []string
	for i := 0; i < len(rule); {
		if rule[i] >= '0' && rule[i] <= '9' {
			j := i
			for j < len(rule) && rule[j] >= '0' && rule[j] <= '9' {
				j++
			}
			nums = append(nums, rule[i:j])
			b.WriteByte('#')
			i = j
			continue
		}
		b.WriteByte(rule[i])
		i++
	}
	return b.String(), nums
}

// ProblemCode returns the stable code of a problem: pkg (when not empty), the field's path
// without indices, and the slug of the rule's phrase ("invalid" when the catalogue does not hold
// it): ProblemCode("registry", "organization.name", "at most 200 characters") is
// "registry.organization.name.too_long".
func ProblemCode(pkg, field, rule string) string {
	slug := "invalid"
	if p, ok := LookupPhrase(rule); ok {
		slug = p.Slug
	}
	var b strings.Builder
	if pkg != "" {
		b.WriteString(pkg)
		b.WriteByte('.')
	}
	depth := 0
	for i := 0; i < len(field) && i < 128; i++ {
		switch c := field[i]; {
		case c == '[':
			depth++
		case c == ']':
			depth--
		case depth == 0:
			b.WriteByte(c)
		}
	}
	if b.Len() > 0 && !strings.HasSuffix(b.String(), ".") {
		b.WriteByte('.')
	}
	b.WriteString(slug)
	return b.String()
}

// The phrases of the root package and the ones every package uses.
var _ = MustDeclarePhrases(
	Phrase{"required", Text{"必填", "必填", "required"}, false},
	Phrase{"required", Text{"必填：判定所依据的日期（YYYY-MM-DD）", "必填：判定所依據的日期（YYYY-MM-DD）", "required: the date judged (YYYY-MM-DD)"}, false},
	Phrase{"required", Text{"必填：规则生效的日期", "必填：規則生效的日期", "required: the date the regime took effect"}, false},
	Phrase{"duplicate", Text{"不得重复", "不得重複", "unique"}, false},
	Phrase{"not_utf8", Text{"须为有效的 UTF-8 文本", "須為有效的 UTF-8 文本", "valid UTF-8 text"}, false},
	Phrase{"too_long", Text{"至多 # 字节", "至多 # 位元組", "at most # bytes"}, false},
	Phrase{"too_long", Text{"至多 # 个字符", "至多 # 個字元", "at most # characters"}, false},
	Phrase{"out_of_range", Text{"# 至 # 字节", "# 至 # 位元組", "# … # bytes"}, false},
	Phrase{"out_of_range", Text{"# 至 #^#−#", "# 至 #^#−#", "# … #^#−#"}, false},
	Phrase{"out_of_range", Text{"# 至 #^#", "# 至 #^#", "# … #^#"}, false},
	Phrase{"out_of_range", Text{"须大于 #", "須大於 #", "> #"}, false},
	Phrase{"out_of_range", Text{"须不小于 #", "須不小於 #", "≥ #"}, false},
	Phrase{"bad_format", Text{"GB/T 2260 行政区划代码：六位数字", "GB/T 2260 行政區劃代碼：六位數字", "a GB/T 2260 code: six digits"}, false},
	Phrase{"bad_format", Text{"一个 JSON 对象", "一個 JSON 物件", "one JSON object"}, false},
	Phrase{"bad_format", Text{"一个 JSON 对象", "一個 JSON 物件", "a JSON object"}, false},
	Phrase{"unknown_field", Text{"已知的字段（请检查拼写）", "已知的欄位（請檢查拼寫）", "a known field (check the spelling)"}, false},
	Phrase{"too_long", Text{"至多 # 个字符的数字", "至多 # 個字元的數字", "a number of at most # characters"}, false},
	Phrase{"missing_source", Text{"须注明引用的文件", "須註明引用的文件", "a cited document"}, false},
	Phrase{"missing_source", Text{"调用方提供的值须注明来源", "調用方提供的值須註明來源", "a caller-supplied value needs its source"}, false},
	Phrase{"out_of_order", Text{"不早于开始日期", "不早於開始日期", "not before from"}, false},
	Phrase{"bad_format", Text{"由点分隔的小写标识，如 pkg.param-name", "由點分隔的小寫標識，如 pkg.param-name", "dotted lower-case ID, e.g. pkg.param-name"}, false},
	Phrase{"bad_format", Text{"由点分隔的小写标识，如 pkg.rule-name", "由點分隔的小寫標識，如 pkg.rule-name", "dotted lower-case ID, e.g. pkg.rule-name"}, false},
	Phrase{"more", Text{"其余问题未列出", "其餘問題未列出", "more problems not listed"}, false},
	Phrase{"unknown_jurisdiction", Text{"本库声明的司法管辖区（LookupJurisdiction）", "本庫聲明的司法管轄區（LookupJurisdiction）", "a jurisdiction the library declares (LookupJurisdiction)"}, false},
	Phrase{"unknown_parameter", Text{"某个包声明的参数标识（见 Parameters）", "某個套件聲明的參數標識（見 Parameters）", "the ID of a parameter a package declares (see Parameters)"}, false},
	Phrase{"duplicate", Text{"每个参数只给一次", "每個參數只給一次", "each parameter once"}, false},
	Phrase{"bad_format", Text{"三种语言的名称", "三種語言的名稱", "a name in zh-Hans, zh-Hant and en"}, false},
	Phrase{"bad_format", Text{"另一司法管辖区的六位代码", "另一司法管轄區的六位代碼", "the six-digit code of another jurisdiction"}, false},
	Phrase{"unknown_value", Text{"须为以下之一：", "須為以下之一：", "one of "}, true},
	Phrase{"wrong_type", Text{"须为此类型的值：", "須為此類型的值：", "a value of type "}, true},
	Phrase{"bad_json", Text{"须为格式正确的 JSON：", "須為格式正確的 JSON：", "well-formed JSON: "}, true},
	Phrase{"bad_json", Text{"须为日期值的列表", "須為日期值的列表", "a list of dated values"}, false},
	Phrase{"unknown_value", Text{"通过、不通过或不适用", "通過、不通過或不適用", "pass, fail or not-applicable"}, false},
	Phrase{"unknown_value", Text{"符合、不符合或无法判定", "符合、不符合或無法判定", "met, not-met or undecided"}, false},
	Phrase{"unknown_value", Text{"全国、省、市或区", "全國、省、市或區", "nation, province, city or district"}, false},
	Phrase{"out_of_range", Text{"在 ±9.2e18 以内", "在 ±9.2e18 以內", "within ±9.2e18"}, false},
	Phrase{"out_of_range", Text{"至多 # 位数字、# 位小数", "至多 # 位數字、# 位小數", "at most # digits and # decimal places"}, false},
	Phrase{"wrong_type", Text{"可由调用方提供的参数", "可由調用方提供的參數", "a parameter the caller may supply"}, false},
	Phrase{"bad_declaration", Text{"已声明的参数", "已聲明的參數", "a declared parameter"}, false},
	Phrase{"bad_declaration", Text{"已声明的参数须有三种语言的标题和单位", "已聲明的參數須有三種語言的標題和單位", "a declared parameter has a title in three languages and a unit"}, false},
	Phrase{"bad_declaration", Text{"至少一个时段", "至少一個時段", "at least one regime"}, false},
	Phrase{"out_of_order", Text{"晚于前一时段的结束", "晚於前一時段的結束", "after the previous regime's end"}, false},
	Phrase{"out_of_order", Text{"晚于前一时段的开始（时段须按顺序）", "晚於前一時段的開始（時段須按順序）", "after the previous regime's start (regimes in order)"}, false},
	Phrase{"duplicate", Text{"在程序中只声明一次", "在程式中只聲明一次", "declared once in the program"}, false},
	Phrase{"duplicate", Text{"每个参数只声明一次", "每個參數只聲明一次", "declared once per parameter"}, false},
	Phrase{"duplicate", Text{"只声明一次，或以相同方式声明", "只聲明一次，或以相同方式聲明", "declared once, or the same way"}, false},
	Phrase{"duplicate", Text{"在本书中唯一", "在本書中唯一", "unique in the book"}, false},
	Phrase{"bad_declaration", Text{"三种语言的标题", "三種語言的標題", "a title in zh-Hans, zh-Hant and en"}, false},
	Phrase{"bad_declaration", Text{"译成三种语言的单个词", "譯成三種語言的單個詞", "a single word translated into zh-Hans, zh-Hant and en"}, false},
	Phrase{"bad_declaration", Text{"标识与三种语言的文本", "標識與三種語言的文本", "a slug and a text in three languages"}, false},
	Phrase{"bad_json", Text{"可编码为 JSON 的值", "可編碼為 JSON 的值", "values that encode to JSON"}, false},
	Phrase{"bad_json", Text{"可编码为 JSON 的值", "可編碼為 JSON 的值", "a value that encodes to JSON"}, false},
	Phrase{"bad_json", Text{"一个 JSON 值", "一個 JSON 值", "one JSON value"}, false},
	Phrase{"bad_decimal", Text{"十进制数（数字，至多一个小数点，可带指数）", "十進位數（數字，至多一個小數點，可帶指數）", "a decimal number (digits, at most one point, an optional exponent)"}, false},
	Phrase{"unknown_setting", Text{"某个包声明的设置标识", "某個套件聲明的設定標識", "the ID of a setting a package declares"}, false},
	Phrase{"unknown_parameter", Text{"此书中的参数：", "此書中的參數：", "a parameter of the book "}, true},
	Phrase{"out_of_order", Text{"不早于开始日期（", "不早於開始日期（", "not before from ("}, true},
	Phrase{"bad_declaration", Text{"以书名开头：", "以書名開頭：", "starts with the book's name "}, true},
)
