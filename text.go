package socialorg

import (
	"golang.org/x/text/language"

	"github.com/socialorg/socialorg/internal/msgcat"
)

// Text is one piece of text in the three languages the library speaks: a rule's title, a
// parameter's title, the name of an enum value.
type Text struct {
	Hans string `json:"zh_hans"` // Simplified Chinese
	Hant string `json:"zh_hant"` // Traditional Chinese
	En   string `json:"en"`      // English
}

// In returns the text in the language lang best matches (see MatchLanguage).
func (t Text) In(lang language.Tag) string { return t.at(langOf(lang)) }

// IsZero reports whether t has no text in any language.
func (t Text) IsZero() bool { return t == Text{} }

// complete reports whether t has text in every language.
func (t Text) complete() bool { return t.Hans != "" && t.Hant != "" && t.En != "" }

func (t Text) at(i int) string {
	switch i {
	case msgcat.Hant:
		return t.Hant
	case msgcat.En:
		return t.En
	}
	return t.Hans
}

func (t Text) cat() msgcat.Text { return msgcat.Text{t.Hans, t.Hant, t.En} }

// languages are the languages the library speaks, the default first, in msgcat's index order.
var languages = [3]language.Tag{language.SimplifiedChinese, language.TraditionalChinese, language.English}

var matcher = language.NewMatcher(languages[:])

// Languages returns the languages messages are written in: Simplified Chinese (the default),
// Traditional Chinese and English.
func Languages() []language.Tag { return []language.Tag{languages[0], languages[1], languages[2]} }

// MatchLanguage returns the language the library will use for a reader who prefers the given
// languages, most preferred first: zh-Hant for zh-TW, zh-HK, zh-MO and zh-Hant; English for any
// en; Simplified Chinese for zh, zh-CN, zh-SG and for a list the library cannot serve at all. A
// language the library does not speak is passed over for the next: "fr, en" gives English.
func MatchLanguage(prefs ...language.Tag) language.Tag { return languages[langIndex(prefs...)] }

// maxAcceptLanguage bounds the Accept-Language header MatchAcceptLanguage reads.
const maxAcceptLanguage = 512

// MatchAcceptLanguage is MatchLanguage for an HTTP Accept-Language header such as
// "fr, en;q=0.8" (which gives English). A malformed header gives Simplified Chinese; only the
// first 512 bytes of a longer header are read.
func MatchAcceptLanguage(header string) language.Tag {
	if len(header) > maxAcceptLanguage {
		header = header[:maxAcceptLanguage]
	}
	tags, _, err := language.ParseAcceptLanguage(header)
	if err != nil || len(tags) == 0 {
		return languages[0]
	}
	return MatchLanguage(tags...)
}

// langOf is the msgcat index of the best language for one tag. The exact tags the library speaks
// are answered without the matcher, and without allocating.
func langOf(tag language.Tag) int {
	switch tag {
	case language.SimplifiedChinese, language.Chinese, language.Und:
		return msgcat.Hans
	case language.TraditionalChinese:
		return msgcat.Hant
	case language.English, language.AmericanEnglish, language.BritishEnglish:
		return msgcat.En
	}
	return langIndex(tag)
}

// langIndex is the msgcat index of the best language for prefs.
func langIndex(prefs ...language.Tag) int {
	if len(prefs) == 0 {
		return msgcat.Hans
	}
	_, i, conf := matcher.Match(prefs...)
	if conf == language.No {
		return msgcat.Hans
	}
	return i
}
