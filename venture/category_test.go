package venture_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg/venture"
)

// TestRoundCategoriesCiteTheirOwnRound (issue 17): only rounds 5, 7 and 10 have their whole list in
// a source, each cited to a document about that round; every other round is not confirmed.
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
	for _, tc := range tests {
		cats, cite, ok := venture.RoundCategories(tc.n)
		require.True(t, ok, tc.n)
		require.Empty(t, cmp.Diff(tc.cats, cats), tc.n)
		require.Contains(t, cite.Document, tc.doc, tc.n)
	}
	for _, n := range []int{-1, 0, 1, 2, 3, 4, 6, 8, 9, 11, 12} {
		cats, cite, ok := venture.RoundCategories(n)
		require.False(t, ok, "round %d: not confirmed", n)
		require.Nil(t, cats, n)
		require.True(t, cite.IsZero(), n)
	}
}
