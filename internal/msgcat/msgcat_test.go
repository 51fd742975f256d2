package msgcat

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func TestEveryMessageHasThreeLanguages(t *testing.T) {
	check := func(key string, m Text) {
		for _, s := range []string{m.Hans, m.Hant, m.En} {
			require.NotEmpty(t, s, key)
		}
	}
	for k, m := range frames {
		check(k, m)
	}
	for k, m := range rules {
		check(k, m)
		for _, s := range []string{m.Hans, m.Hant, m.En} {
			require.NotContains(t, s, "%", "%s: a title is a format string; no %% allowed", k)
		}
		require.NotEqual(t, m.Hans, m.En, k)
	}
}

func TestRuleIDsAreDotted(t *testing.T) {
	for _, r := range Rules() {
		require.Regexp(t, `^[a-z]+(\.[a-z0-9-]+)+$`, r)
	}
	require.True(t, Has("registry.socialgroup.funds"))
	require.False(t, Has("nope"))
}

func TestMatch(t *testing.T) {
	for in, want := range map[string]language.Tag{
		"zh": language.SimplifiedChinese, "zh-CN": language.SimplifiedChinese, "zh-SG": language.SimplifiedChinese,
		"zh-TW": language.TraditionalChinese, "zh-HK": language.TraditionalChinese, "zh-MO": language.TraditionalChinese,
		"zh-Hant": language.TraditionalChinese, "en": language.English, "en-US": language.English, "en-GB": language.English,
		"fr": language.SimplifiedChinese, "ja": language.SimplifiedChinese, "und": language.SimplifiedChinese,
	} {
		require.Equal(t, want, Match(language.MustParse(in)), in)
	}
}

func TestTitle(t *testing.T) {
	require.Equal(t, "基金会原始基金（元）", Title(language.Chinese, "registry.foundation.fund"))
	require.Equal(t, "基金會原始基金（元）", Title(language.MustParse("zh-TW"), "registry.foundation.fund"))
	require.True(t, strings.HasPrefix(Title(language.English, "registry.foundation.fund"), "original fund"))
	require.Equal(t, "x.y", Title(language.English, "x.y"))
}

func TestValueWords(t *testing.T) {
	p := Printer(language.English)
	require.Equal(t, "yes", value(p, "yes"))
	require.Equal(t, "n/a", value(p, "n/a"))
	require.Equal(t, "12.5%", value(p, "12.5%"))
	require.Equal(t, "", value(p, ""))
	require.Equal(t, "是", value(Printer(language.Chinese), "YES"))
	require.Equal(t, "≥ 联合党支部", value(Printer(language.Chinese), "≥ joint-branch"))
	require.Equal(t, "≥ joint branch", value(Printer(language.English), "≥ joint-branch"))
	require.Equal(t, "≥ 2026-11-27", value(Printer(language.Chinese), "≥ 2026-11-27"))
	require.Equal(t, "45 / 0", value(Printer(language.Chinese), "45 / 0"))
}
