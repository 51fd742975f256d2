package venture_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg/venture"
)

// TestHistoryReproducesTheReports: the per-round data give the cumulative figures the sources
// report, and the "8 rounds, 1,060 projects" of the programme's own summary.
func TestHistoryReproducesTheReports(t *testing.T) {
	for _, cp := range venture.Checkpoints() {
		require.Equal(t, cp.Projects, venture.ProjectsThrough(cp.Through), "projects through round %d", cp.Through)
	}
	require.Equal(t, 1060, venture.ProjectsThrough(8))
	require.Equal(t, 1328, venture.ProjectsThrough(10))
	funds, known := venture.FundsThrough(6)
	require.True(t, known)
	require.Equal(t, "124660000", funds.String(), "12,466万 after six rounds")
	funds, known = venture.FundsThrough(3)
	require.True(t, known)
	require.Equal(t, "52000000", funds.String())
	_, known = venture.FundsThrough(8)
	require.False(t, known, "round 8's funds are not reported: the 146 million of one summary cannot be reproduced")
	for i, r := range venture.History() {
		require.Equal(t, i+1, r.Round)
		require.NotEmpty(t, r.Sources)
	}
}

func TestTallyMerges(t *testing.T) {
	r := gz("200000")
	as := apps("A:100000:40000:90:elderly", "B:100000:40000:95:relief", "C:500000:200000:80:elderly")
	as[0].District, as[1].District, as[2].District = "440104", "440106", "440104"
	al, err := venture.Allocate(r, as)
	require.NoError(t, err)
	t1, err := venture.TallyRound(r, as, al)
	require.NoError(t, err)
	require.Equal(t, 3, t1.Applications)
	require.Equal(t, 2, t1.Projects)
	require.Equal(t, "120000", t1.Funded.String())
	require.Equal(t, "80000", t1.SelfRaised.String())
	require.Equal(t, "420000", t1.Requested.String())
	require.Equal(t, "66.67%", t1.Leverage().Percent(2), "self-raised per yuan granted")
	require.Len(t, t1.ByCategory, 2)
	require.Equal(t, venture.Elderly, t1.ByCategory[0].Category)
	require.Equal(t, 2, t1.ByCategory[0].Applications)
	require.Equal(t, 1, t1.ByCategory[0].Projects)
	require.Equal(t, "440104", t1.ByDistrict[0].District)

	both := t1.Merge(t1)
	require.Equal(t, 2, both.Rounds)
	require.Equal(t, "240000", both.Funded.String())
	require.Equal(t, 4, both.ByCategory[0].Applications)
	require.Equal(t, t1.Merge(venture.RoundTally{}).Funded.String(), t1.Funded.String())

	_, err = venture.TallyRound(r, as[:1], al)
	require.ErrorContains(t, err, "allocation.awards")
}
