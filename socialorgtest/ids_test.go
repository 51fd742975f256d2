package socialorgtest_test

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg/socialorgtest"
)

var (
	serialRe = regexp.MustCompile(`^4200[0-9]{16}$`)
	uuidRe   = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)
	donorRe  = regexp.MustCompile(`^o[A-Za-z0-9_-]{27}$`)
)

// TestIDsShape: gift IDs are 20-byte serials or (one in ten) version-4 UUIDs, all distinct; donor
// IDs are 28 bytes, all distinct; the same seed gives the same IDs, another seed others.
func TestIDsShape(t *testing.T) {
	const n = 200_000
	g := socialorgtest.NewIDs(7, n/2)
	seen := make(map[string]bool, n)
	uuids := 0
	for i := range n {
		id := g.GiftID(i)
		require.False(t, seen[id], "gift %d: %s repeated", i, id)
		seen[id] = true
		if g.IsUUID(i) {
			uuids++
			require.Len(t, id, socialorgtest.UUIDLen)
			require.Regexp(t, uuidRe, id)
		} else {
			require.Len(t, id, socialorgtest.SerialLen)
			require.Regexp(t, serialRe, id)
		}
		require.Equal(t, id, string(g.AppendGiftID(make([]byte, 0, 40), i)))
	}
	require.InDelta(t, n/10, uuids, n/100, "about one gift in ten has a UUID")

	donors := make(map[string]bool, n)
	for k := range n {
		id := g.DonorID(k)
		require.Regexp(t, donorRe, id)
		require.False(t, donors[id], "donor %d: %s repeated", k, id)
		donors[id] = true
	}

	h := socialorgtest.NewIDs(7, n/2)
	other := socialorgtest.NewIDs(8, n/2)
	require.Equal(t, g.GiftID(12345), h.GiftID(12345))
	require.Equal(t, g.DonorID(12345), h.DonorID(12345))
	require.NotEqual(t, g.GiftID(12345), other.GiftID(12345))
	require.NotEqual(t, g.DonorID(12345), other.DonorID(12345))
}

// TestIDsDonorSkew: donors repeat with a skew: n gifts from a pool of n/2 come from between a
// sixth and a half as many distinct donors, the most frequent gives far more often than the
// median one; the draws repeat for the same seed.
func TestIDsDonorSkew(t *testing.T) {
	const n = 300_000
	g, h := socialorgtest.NewIDs(1, n/2), socialorgtest.NewIDs(1, n/2)
	counts := map[int]int{}
	for range n {
		k := g.NextDonor()
		require.Equal(t, k, h.NextDonor())
		require.GreaterOrEqual(t, k, 0)
		require.Less(t, k, n/2)
		counts[k]++
	}
	require.Greater(t, len(counts), n/6)
	require.Less(t, len(counts), n/2)
	require.Greater(t, counts[0], 100, "the most frequent donor gives hundreds of times")
	once := 0
	for _, c := range counts {
		if c == 1 {
			once++
		}
	}
	require.Greater(t, once, len(counts)/3, "many donors give once")
	t.Logf("%d gifts: %d distinct donors, %d gave once, the first gave %d times", n, len(counts), once, counts[0])
}
