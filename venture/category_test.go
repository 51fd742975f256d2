package venture_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/venture"
)

// TestRoundCategoriesCiteTheirOwnRound (issue 17): only rounds 5, 7 and 10 of Guangzhou have their
// whole list in a source, each cited to a document about that round; every other round is not
// confirmed. The lists are Guangzhou's data (issue 19): read at the place, on any day its
// programme is in force.
func TestRoundCategoriesCiteTheirOwnRound(t *testing.T) {
	old := []venture.Category{venture.Elderly, venture.Disability, venture.Youth, venture.Relief, venture.OtherWelfare}
	tests := []struct {
		n    int
		cats []venture.Category
		doc  string
	}{
		{5, old, "第五届"},
		{7, old, "《关于开展第七届广州市社会组织公益创投活动的通知》"},
		{10, []venture.Category{venture.Elderly, venture.Disability, venture.ChildrenAndMinors, venture.Relief, venture.CommunityGovernance}, "第十届"},
	}
	for _, at := range []string{"2014-01-01", "2020-03-10", "2025-06-01"} {
		for _, tc := range tests {
			cats, cite, ok := venture.RoundCategories(tc.n, day(at))
			require.True(t, ok, tc.n)
			require.Empty(t, cmp.Diff(tc.cats, cats), tc.n)
			require.Contains(t, cite.Document, tc.doc, tc.n)
			same, _, _ := venture.RoundCategories(tc.n, day(at), socialorg.In("440100"))
			require.Equal(t, cats, same, "Guangzhou is the default place")
		}
	}
	for _, n := range []int{-1, 0, 1, 2, 3, 4, 6, 8, 9, 11, 12} {
		cats, cite, ok := venture.RoundCategories(n, day("2025-06-01"))
		require.False(t, ok, "round %d: not confirmed", n)
		require.Nil(t, cats, n)
		require.True(t, cite.IsZero(), n)
	}
	// Before Guangzhou's first round there is no programme; bad options answer nothing.
	_, _, ok := venture.RoundCategories(5, day("2013-12-31"))
	require.False(t, ok)
	_, _, ok = venture.RoundCategories(5, day("2025-06-01"), socialorg.In("44x100"))
	require.False(t, ok)
}

// TestRoundCategoriesArePlaces (issue 19): a place's rounds are its own. Liwan's first round (2024)
// has the five classes of its launch report; Yuexiu declares no rounds, so Guangzhou's round 10
// is not Yuexiu's round 10; a copy given back, changed, leaves the library's data as they were.
func TestRoundCategoriesArePlaces(t *testing.T) {
	cats, cite, ok := venture.RoundCategories(1, day("2024-04-09"), socialorg.In("440103"))
	require.True(t, ok)
	require.Equal(t, []venture.Category{venture.Elderly, venture.Disability, venture.ChildrenAndMinors, venture.Relief, venture.CommunityGovernance}, cats)
	require.Contains(t, cite.Document, "荔湾")
	_, _, ok = venture.RoundCategories(1, day("2024-04-08"), socialorg.In("440103"))
	require.False(t, ok, "the day before the report Liwan holds no round, and Guangzhou's are not its own")
	_, _, ok = venture.RoundCategories(10, day("2024-04-09"), socialorg.In("440103"))
	require.False(t, ok, "Guangzhou's round 10 is not Liwan's")
	_, _, ok = venture.RoundCategories(10, day("2025-01-01"), socialorg.In("440104"))
	require.False(t, ok, "Yuexiu declares no rounds of its own")

	cats[0] = venture.Youth
	again, _, _ := venture.RoundCategories(1, day("2024-04-09"), socialorg.In("440103"))
	require.Equal(t, venture.Elderly, again[0], "handed out as a copy")

	rounds, cite, err := venture.Rounds(day("2024-05-01"))
	require.NoError(t, err)
	require.Equal(t, []int{5, 7, 10, 11}, roundNumbers(rounds))
	require.Contains(t, cite.Document, "穗社管规字〔2023〕1号", "the measures in force")
	rounds, _, err = venture.Rounds(day("2024-05-01"), socialorg.In("440104"))
	require.NoError(t, err)
	require.Empty(t, rounds)
	_, _, err = venture.Rounds(day("2024-05-01"), socialorg.In("440300"))
	require.ErrorIs(t, err, socialorg.ErrNotInForce, "Shenzhen: no programme in the library's data")
	_, _, err = venture.Rounds(socialorg.Date{})
	require.ErrorIs(t, err, socialorg.ErrNotInForce)
}

func roundNumbers(p venture.Programme) []int {
	out := make([]int, len(p))
	for i, r := range p {
		out[i] = r.Round
	}
	return out
}
