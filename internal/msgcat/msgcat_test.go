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

// TestSizeIsExact: Len is the exact length of the message in every language, whatever parts a
// finding has (words translated to longer or shorter words, a rule the catalog does not know, no
// figures, a caller's source), so that String and Strings allocate once and never grow.
func TestSizeIsExact(t *testing.T) {
	require.NoError(t, Register("msgcat.size", Text{"一个标题", "一個標題", "a title"}, map[string]Text{"joint": {"联合支部", "聯合支部", "joint branch"}}))
	cases := []Args{
		{Rule: "msgcat.size", Subject: "s", Outcome: 2, Got: "1 / 2", Want: "≥ joint yes", WantWords: true, Cite: "《文件》", Article: "第一条"},
		{Rule: "msgcat.unknown", Outcome: 1, Cite: "d"},
		{Rule: "msgcat.size", Outcome: Undecided, Want: "unset", WantWords: true, Cite: "d", Supplied: true},
		{Rule: "msgcat.size", Subject: "字", Outcome: 9, Got: "yes no", GotWords: true, Cite: "d"},
		{Rule: "msgcat.size", Outcome: -1, Got: "x", Cite: ""},
	}
	for _, a := range cases {
		for lang := range 3 {
			want := string(Append(nil, lang, a))
			require.Equal(t, len(want), Len(lang, a), "%+v in %d", a, lang)
			require.Equal(t, want, String(lang, a))
		}
	}
	for lang := range 3 {
		b := NewBatch(lang, len(cases))
		for i := range cases {
			b.Size(&cases[i])
		}
		for i, a := range cases {
			require.Equal(t, string(Append(nil, lang, a)), b.Render(&cases[i]))
		}
		require.Equal(t, len(b.buf), cap(b.buf), "sized exactly")
		require.Zero(t, b.rest)
	}
	require.Equal(t, 1.0, testing.AllocsPerRun(100, func() { _ = String(Hans, cases[0]) }))
}
