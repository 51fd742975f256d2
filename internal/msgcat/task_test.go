package msgcat

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestTaskFramesHaveThreeLanguages(t *testing.T) {
	for _, tx := range []Text{dueLabel, opensOpen, opensClose, statusLabel, refLabel, consLabel, consOpen, consClose} {
		for _, s := range tx {
			require.NotEmpty(t, s)
		}
	}
	for _, s := range statuses {
		require.NotEqual(t, s[Hans], s[En])
		require.NotEmpty(t, s[Hant])
	}
	require.Equal(t, "overdue", StatusText(3, En))
	require.Equal(t, "未判定", StatusText(99, Hans))
}

func TestAppendTask(t *testing.T) {
	require.NoError(t, Register("msgcat.task-test", Text{"年报", "年報", "annual report"}, nil))
	require.NoError(t, Register("msgcat.task-cons", Text{"列入名录", "列入名錄", "listed"}, nil))
	a := TaskArgs{Rule: "msgcat.task-test", Subject: "S", Opens: "2026-01-01", Due: "2026-05-31", Status: 3, Ref: "R",
		Cite: "D", Article: "A", ConsRule: "msgcat.task-cons", ConsCite: "C", ConsArticle: "B"}
	require.Equal(t, "S: annual report: due 2026-05-31 (opens 2026-01-01); status: overdue; ref: R. If missed: listed (source: CB). Source: DA",
		string(AppendTask(nil, En, a)))
	require.Equal(t, "S：年报——截止 2026-05-31（自 2026-01-01 起）；状态：已逾期；编号：R。逾期后果：列入名录（依据：CB）。依据：DA",
		string(AppendTask(nil, Hans, a)))
	// The optional parts go when empty; an unknown rule shows its ID; a bad language is Hans.
	b := TaskArgs{Rule: "msgcat.nobody", Due: "2026-05-31", Cite: "D", Supplied: true}
	require.Equal(t, "msgcat.nobody: due 2026-05-31. Source: D (caller-supplied)", string(AppendTask(nil, En, b)))
	require.Equal(t, "msgcat.nobody——截止 2026-05-31。依据：D（调用方提供）", string(AppendTask(nil, 7, b)))
	require.Equal(t, "年報", string(AppendTitle(nil, Hant, "msgcat.task-test")))
	require.Greater(t, TaskLen(a), len(AppendTask(nil, Hant, a))/4)
}
