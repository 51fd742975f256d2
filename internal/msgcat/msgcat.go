// Package msgcat is the library's message catalog: the sentence frames that turn a finding into a
// sentence in Simplified Chinese, Traditional Chinese and English, the value words every rule may
// use (yes, no, none…), and the titles and value words of the rules the packages declare.
//
// The frames and common words are fixed. Rule titles are registered once, when the declaring
// package is initialised; a rule's title is never changed afterwards (a second registration of
// the same ID is refused). Reads take no lock.
package msgcat

import (
	"errors"
	"maps"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"
)

// The languages, by index into a Text.
const (
	Hans = 0 // Simplified Chinese, the default
	Hant = 1 // Traditional Chinese
	En   = 2 // English
)

// Text is one message in the three languages, indexed by Hans, Hant and En.
type Text [3]string

// Entry is what the catalog holds of one rule: its title and the value words its findings use.
type Entry struct {
	Title Text
	Words map[string]Text
}

var (
	regMu   sync.Mutex                        // serialises registrations
	entries atomic.Pointer[map[string]*Entry] // copy on write: readers never lock
)

// ErrDuplicate is returned by Register for an ID already registered.
var ErrDuplicate = errors.New("msgcat: rule already registered")

// Register records a rule's title and value words. A rule ID is registered once; a second
// registration is refused with ErrDuplicate. words is copied.
func Register(id string, title Text, words map[string]Text) error {
	regMu.Lock()
	defer regMu.Unlock()
	old := entries.Load()
	next := make(map[string]*Entry, 1+lenOf(old))
	if old != nil {
		if _, dup := (*old)[id]; dup {
			return ErrDuplicate
		}
		maps.Copy(next, *old)
	}
	next[id] = &Entry{Title: title, Words: maps.Clone(words)}
	entries.Store(&next)
	return nil
}

func lenOf(m *map[string]*Entry) int {
	if m == nil {
		return 0
	}
	return len(*m)
}

// Lookup returns the entry of a rule.
func Lookup(id string) (*Entry, bool) {
	m := entries.Load()
	if m == nil {
		return nil, false
	}
	e, ok := (*m)[id]
	return e, ok
}

// Common value words, which any finding may use in a Got or Want marked as words.
var common = map[string]Text{
	"yes":          {"是", "是", "yes"},
	"no":           {"否", "否", "no"},
	"none":         {"无", "無", "none"},
	"n/a":          {"无法计算", "無法計算", "n/a"},
	"unknown":      {"未知", "未知", "unknown"},
	"unset":        {"未设定（须由调用方提供）", "未設定（須由調用方提供）", "not set (caller-supplied)"},
	"not-in-force": {"不在施行期内", "不在施行期內", "not in force"},
}

// IsCommonWord reports whether w is one of the common value words.
func IsCommonWord(w string) bool {
	_, ok := common[w]
	return ok
}

// Outcomes, indexed by the root package's Outcome (0 = not evaluated), and Undecided: a rule that
// could not be decided (a NotApplicable finding marked undecided).
var outcomes = [5]Text{
	{"未评定", "未評定", "not evaluated"},
	{"通过", "通過", "pass"},
	{"不通过", "不通過", "fail"},
	{"不适用", "不適用", "not applicable"},
	{"无法判定", "無法判定", "undecided"},
}

// Undecided is the outcome index of a rule that could not be decided.
const Undecided = 4

// The pieces of the sentence frames:
//
//	subject：title——outcome（实际 got；要求 want）。依据：citation
//	subject: title: outcome (got got; required want). Source: citation
var (
	subjectSep = Text{"：", "：", ": "}
	titleSep   = Text{"——", "——", ": "}
	figOpen    = Text{"（", "（", " ("}
	gotLabel   = Text{"实际 ", "實際 ", "got "}
	figSep     = Text{"；", "；", "; "}
	wantLabel  = Text{"要求 ", "要求 ", "required "}
	figClose   = Text{"）", "）", ")"}
	sourceSep  = Text{"。依据：", "。依據：", ". Source: "}
	supplied   = Text{"（调用方提供）", "（調用方提供）", " (caller-supplied)"}
)

// Args are the parts of a finding a message is made of.
type Args struct {
	Rule, Subject       string
	Outcome             int // 0–3, or Undecided
	Got, Want           string
	GotWords, WantWords bool   // Got or Want holds value words to translate
	Cite                string // the cited document
	Article             string // the cited article, "" for the whole document
	Supplied            bool   // the citation is the caller's
}

// Append renders a finding as a sentence in language lang (Hans, Hant or En) and appends it to b.
// A rule the catalog does not know is shown by its ID.
func Append(b []byte, lang int, a Args) []byte {
	e, _ := Lookup(a.Rule)
	return appendWith(b, lang, e, &a)
}

// String renders a finding as Append does, into a string of exactly its size: one allocation.
func String(lang int, a Args) string {
	e, _ := Lookup(a.Rule)
	b := appendWith(make([]byte, 0, size(lang, e, &a)), lang, e, &a)
	return unsafe.String(unsafe.SliceData(b), len(b)) // b is never written again
}

// Batch renders many findings in one language into buffers sized from the findings' exact
// lengths: chunks of about 32 KiB, each holding whole messages, so that a batch of any length
// costs one allocation per chunk and reuses memory the collector keeps warm (one buffer for a
// whole city would be fresh pages, slower to fill). Add each finding with Size first, then Render
// them in the same order.
type Batch struct {
	lang    int
	entries []*Entry
	sizes   []int32
	total   int
	buf     []byte
	next    int
	rest    int // bytes of the messages not yet rendered
}

// chunk is the size a batch's buffers aim at.
const chunk = 32 << 10

// NewBatch starts a batch of n findings in language lang.
func NewBatch(lang, n int) *Batch {
	return &Batch{lang: lang, entries: make([]*Entry, 0, n), sizes: make([]int32, 0, n)}
}

// Size adds a finding to the batch.
func (b *Batch) Size(a *Args) {
	e, _ := Lookup(a.Rule)
	n := size(b.lang, e, a)
	b.entries = append(b.entries, e)
	b.sizes = append(b.sizes, int32(min(n, 1<<30)))
	b.rest += n
}

// Render renders the next finding (in the order they were sized).
func (b *Batch) Render(a *Args) string {
	n, e := int(b.sizes[b.next]), b.entries[b.next]
	b.next++
	if cap(b.buf)-len(b.buf) < n {
		b.buf = make([]byte, 0, max(n, min(chunk, b.rest)))
	}
	b.rest -= n
	start := len(b.buf)
	b.buf = appendWith(b.buf, b.lang, e, a)
	return unsafe.String(unsafe.SliceData(b.buf[start:]), len(b.buf)-start) // never written again
}

// size is the exact length of the sentence appendWith writes.
func size(lang int, e *Entry, a *Args) int {
	n := 0
	if a.Subject != "" {
		n += len(a.Subject) + len(subjectSep[lang])
	}
	if e != nil {
		n += len(e.Title[lang])
	} else {
		n += len(a.Rule)
	}
	n += len(titleSep[lang]) + len(outcomes[outcomeIndex(a.Outcome)][lang])
	if a.Got != "" || a.Want != "" {
		n += len(figOpen[lang]) + len(figClose[lang])
		if a.Got != "" {
			n += len(gotLabel[lang]) + valueSize(lang, e, a.Got, a.GotWords)
			if a.Want != "" {
				n += len(figSep[lang])
			}
		}
		if a.Want != "" {
			n += len(wantLabel[lang]) + valueSize(lang, e, a.Want, a.WantWords)
		}
	}
	n += len(sourceSep[lang]) + len(a.Cite) + len(a.Article)
	if a.Supplied {
		n += len(supplied[lang])
	}
	return n
}

func outcomeIndex(o int) int {
	if o < 0 || o >= len(outcomes) {
		return 0
	}
	return o
}

func appendWith(b []byte, lang int, e *Entry, a *Args) []byte {
	if a.Subject != "" {
		b = append(b, a.Subject...)
		b = append(b, subjectSep[lang]...)
	}
	if e != nil {
		b = append(b, e.Title[lang]...)
	} else {
		b = append(b, a.Rule...)
	}
	b = append(b, titleSep[lang]...)
	b = append(b, outcomes[outcomeIndex(a.Outcome)][lang]...)
	if a.Got != "" || a.Want != "" {
		b = append(b, figOpen[lang]...)
		if a.Got != "" {
			b = append(b, gotLabel[lang]...)
			b = appendValue(b, lang, e, a.Got, a.GotWords)
			if a.Want != "" {
				b = append(b, figSep[lang]...)
			}
		}
		if a.Want != "" {
			b = append(b, wantLabel[lang]...)
			b = appendValue(b, lang, e, a.Want, a.WantWords)
		}
		b = append(b, figClose[lang]...)
	}
	b = append(b, sourceSep[lang]...)
	b = append(b, a.Cite...)
	b = append(b, a.Article...)
	if a.Supplied {
		b = append(b, supplied[lang]...)
	}
	return b
}

// Len returns the exact length of the rendered message in language lang.
func Len(lang int, a Args) int {
	e, _ := Lookup(a.Rule)
	return size(lang, e, &a)
}

// Value renders one Got or Want figure of a rule's finding as Append does within a message.
func Value(lang int, rule, s string, words bool) string {
	e, _ := Lookup(rule)
	return string(appendValue(make([]byte, 0, valueSize(lang, e, s, words)), lang, e, s, words))
}

// valueSize is the length appendValue writes.
func valueSize(lang int, e *Entry, s string, words bool) int {
	if !words || lang < 0 {
		return len(s)
	}
	n := 0
	for i := 0; ; i++ {
		w, rest, more := strings.Cut(s, " ")
		if i > 0 {
			n++
		}
		n += len(Word(e, w, lang))
		if !more {
			return n
		}
		s = rest
	}
}

// appendValue appends a Got or Want figure. A figure marked as words is translated word by word
// (words are separated by single spaces; a word the rule and the common table do not know, such as
// "≥" or "/", stays as it is). Any other figure, and all user text, is appended as it is.
func appendValue(b []byte, lang int, e *Entry, s string, words bool) []byte {
	if !words || lang < 0 {
		return append(b, s...)
	}
	for i := 0; ; i++ {
		w, rest, more := strings.Cut(s, " ")
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, Word(e, w, lang)...)
		if !more {
			return b
		}
		s = rest
	}
}

// Word translates one value word through the rule's words, then the common words; an unknown
// word is returned as it is.
func Word(e *Entry, w string, lang int) string {
	if e != nil {
		if t, ok := e.Words[w]; ok {
			return t[lang]
		}
	}
	if t, ok := common[w]; ok {
		return t[lang]
	}
	return w
}

// OutcomeText returns the name of outcome o (0–3, or Undecided) in language lang.
func OutcomeText(o, lang int) string {
	if o < 0 || o >= len(outcomes) {
		o = 0
	}
	return outcomes[o][lang]
}
