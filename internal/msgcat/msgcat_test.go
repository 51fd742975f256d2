package msgcat

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestFramesHaveThreeLanguages(t *testing.T) {
	for _, tx := range []Text{subjectSep, titleSep, figOpen, gotLabel, figSep, wantLabel, figClose, sourceSep, supplied} {
		for _, s := range tx {
			require.NotEmpty(t, s)
		}
	}
	for k, tx := range common {
		for _, s := range tx {
			require.NotEmpty(t, s, k)
		}
	}
	for _, o := range outcomes {
		require.NotEqual(t, o[Hans], o[En])
	}
}

func TestRegister(t *testing.T) {
	require.NoError(t, Register("msgcat.test", Text{"标题", "標題", "title"}, map[string]Text{"w": {"字", "字", "word"}}))
	require.ErrorIs(t, Register("msgcat.test", Text{"x", "x", "x"}, nil), ErrDuplicate)
	e, ok := Lookup("msgcat.test")
	require.True(t, ok)
	require.Equal(t, "title", e.Title[En])
	_, ok = Lookup("msgcat.none")
	require.False(t, ok)

	a := Args{Rule: "msgcat.test", Subject: "S", Outcome: 2, Got: "w ≥ x", GotWords: true, Want: "w", Cite: "D", Article: "A", Supplied: true}
	require.Equal(t, "S: title: fail (got word ≥ x; required w). Source: DA (caller-supplied)", string(Append(nil, En, a)))
	require.Equal(t, "S：标题——不通过（实际 字 ≥ x；要求 w）。依据：DA（调用方提供）", string(Append(nil, Hans, a)))
	a.Outcome = 99
	require.Contains(t, string(Append(nil, Hant, a)), "未評定")
	require.Equal(t, "yes", Word(nil, "yes", En))
	require.True(t, IsCommonWord("n/a"))
}
