package registry_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
)

func TestKindText(t *testing.T) {
	tests := []struct {
		k    registry.Kind
		text string
		zh   string
	}{
		{registry.SocialGroup, "social-group", "社会团体"},
		{registry.SocialServiceAgency, "social-service-agency", "社会服务机构"},
		{registry.Foundation, "foundation", "基金会"},
		{registry.CommunityOrg, "community-org", "社区社会组织"},
	}
	for _, tc := range tests {
		require.True(t, tc.k.IsValid())
		require.Equal(t, tc.text, tc.k.String())
		require.Equal(t, tc.zh, tc.k.Chinese())
		b, err := json.Marshal(tc.k)
		require.NoError(t, err)
		require.Equal(t, `"`+tc.text+`"`, string(b))
		var back registry.Kind
		require.NoError(t, json.Unmarshal(b, &back))
		require.Equal(t, tc.k, back)
		require.NoError(t, back.UnmarshalText([]byte(tc.zh)))
		require.Equal(t, tc.k, back)
	}
	var k registry.Kind
	require.NoError(t, k.UnmarshalText([]byte("民办非企业单位")))
	require.Equal(t, registry.SocialServiceAgency, k)
	require.ErrorIs(t, k.UnmarshalText([]byte("company")), socialorg.ErrInvalidInput)
	require.False(t, registry.Kind(0).IsValid())
	require.False(t, registry.Kind(5).IsValid())
	require.Equal(t, "Kind(5)", registry.Kind(5).String())
	b, err := registry.Kind(0).MarshalText()
	require.NoError(t, err, "the zero Kind encodes, so that a document holding one still encodes")
	require.Empty(t, b)
	require.NoError(t, k.UnmarshalText(nil))
	require.Equal(t, registry.Kind(0), k)
	_, err = registry.Kind(9).MarshalText()
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
	require.Equal(t, "社會服務機構", registry.SocialServiceAgency.Name().Hant)
	require.NoError(t, k.UnmarshalText([]byte("社會團體")))
	require.Equal(t, registry.SocialGroup, k)
}

func TestGradeText(t *testing.T) {
	for g := registry.NoGrade; g <= registry.Grade5A; g++ {
		b, err := g.MarshalText()
		require.NoError(t, err)
		var back registry.Grade
		require.NoError(t, back.UnmarshalText(b))
		require.Equal(t, g, back)
	}
	require.Equal(t, "5A", registry.Grade5A.String())
	require.Equal(t, "none", registry.NoGrade.String())
	for in, want := range map[string]registry.Grade{
		"AAAAA": registry.Grade5A, "aaa": registry.Grade3A, "A": registry.Grade1A, "4a": registry.Grade4A, "": registry.NoGrade, "NONE": registry.NoGrade,
	} {
		var g registry.Grade
		require.NoError(t, g.UnmarshalText([]byte(in)), in)
		require.Equal(t, want, g, in)
	}
	for _, bad := range []string{"6A", "AAAAAA", "0A", "B", "3B"} {
		var g registry.Grade
		require.ErrorIs(t, g.UnmarshalText([]byte(bad)), socialorg.ErrInvalidInput, bad)
	}
	require.True(t, registry.Grade4A.AtLeast(registry.Grade3A))
	require.True(t, registry.Grade3A.AtLeast(registry.Grade3A))
	require.False(t, registry.Grade2A.AtLeast(registry.Grade3A))
	require.False(t, registry.NoGrade.AtLeast(registry.Grade1A))
	require.False(t, registry.Grade(9).AtLeast(registry.Grade1A))
	_, err := registry.Grade(6).MarshalText()
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
}

func TestDivisions(t *testing.T) {
	ds := registry.Districts()
	require.Len(t, ds, 11)
	codes := make([]string, len(ds))
	for i, d := range ds {
		codes[i] = d.Code
		require.Equal(t, registry.GuangzhouCode, d.Parent)
		require.True(t, d.Current())
		require.Equal(t, registry.LevelDistrict, d.Level)
		require.False(t, d.Cite.IsZero())
	}
	require.Equal(t, []string{"440103", "440104", "440105", "440106", "440111", "440112", "440113", "440114", "440115", "440117", "440118"}, codes)

	d, ok := registry.LookupDivision("440104")
	require.True(t, ok)
	require.Equal(t, "越秀区", d.Name)

	for old, succ := range map[string]string{"440102": "440104", "440107": "440103", "440116": "440112", "440183": "440118", "440184": "440117"} {
		d, ok := registry.LookupDivision(old)
		require.True(t, ok, old)
		require.False(t, d.Current(), old)
		cur, ok := registry.CurrentDivision(old)
		require.True(t, ok)
		require.Equal(t, succ, cur.Code, old)
	}
	cur, ok := registry.CurrentDivision("440106")
	require.True(t, ok)
	require.Equal(t, "440106", cur.Code)

	sz, ok := registry.LookupDivision("440300") // Shenzhen: a jurisdiction whose grading scheme the library holds
	require.True(t, ok)
	require.Equal(t, "440000", sz.Parent)
	_, ok = registry.LookupDivision("445300") // Yunfu: none of its rules are in the library
	require.False(t, ok)
	_, ok = registry.CurrentDivision("")
	require.False(t, ok)

	all := registry.Divisions()
	require.Len(t, all, len(socialorg.Jurisdictions()))
	require.Len(t, registry.Districts(), 11)
	all[0].Name = "changed"
	d, _ = registry.LookupDivision("100000")
	require.Equal(t, "全国", d.Name, "Divisions returns a copy")
	for _, d := range registry.Divisions() {
		require.NotEmpty(t, d.Level.String())
	}
}
