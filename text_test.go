package socialorg_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
)

func TestMatchLanguage(t *testing.T) {
	require.Equal(t, []language.Tag{language.SimplifiedChinese, language.TraditionalChinese, language.English}, socialorg.Languages())
	for in, want := range map[string]language.Tag{
		"zh": language.SimplifiedChinese, "zh-CN": language.SimplifiedChinese, "zh-SG": language.SimplifiedChinese,
		"zh-TW": language.TraditionalChinese, "zh-HK": language.TraditionalChinese, "zh-MO": language.TraditionalChinese,
		"zh-Hant": language.TraditionalChinese, "en": language.English, "en-US": language.English, "en-GB": language.English,
		"fr": language.SimplifiedChinese, "ja": language.SimplifiedChinese, "und": language.SimplifiedChinese,
	} {
		require.Equal(t, want, socialorg.MatchLanguage(language.MustParse(in)), in)
	}
	require.Equal(t, language.SimplifiedChinese, socialorg.MatchLanguage())
	// A language the library does not speak is passed over for the next one the reader accepts.
	require.Equal(t, language.English, socialorg.MatchLanguage(language.French, language.English))
	require.Equal(t, language.English, socialorg.MatchAcceptLanguage("fr, en;q=0.8"))
	require.Equal(t, language.TraditionalChinese, socialorg.MatchAcceptLanguage("fr-CA,zh-TW;q=0.9,en;q=0.5"))
	require.Equal(t, language.SimplifiedChinese, socialorg.MatchAcceptLanguage("fr"))
	require.Equal(t, language.SimplifiedChinese, socialorg.MatchAcceptLanguage(";;;=q"))
	start := time.Now()
	require.Equal(t, language.SimplifiedChinese, socialorg.MatchAcceptLanguage(strings.Repeat("x-", 1<<20)))
	require.Less(t, time.Since(start), hangBound)
}

func TestText(t *testing.T) {
	x := socialorg.Text{Hans: "简", Hant: "繁", En: "en"}
	require.Equal(t, "繁", x.In(language.MustParse("zh-HK")))
	require.Equal(t, "en", x.In(language.BritishEnglish))
	require.Equal(t, "简", x.In(language.German))
	require.True(t, socialorg.Text{}.IsZero())
}
