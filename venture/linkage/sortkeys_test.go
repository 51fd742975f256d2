package linkage

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestSortKeys: the radix sort agrees with a comparison sort on keys of every shape: small,
// sparse, equal, at the limits of a uint64, and of the sizes either side of radixMin.
func TestSortKeys(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 5))
	for _, n := range []int{0, 1, radixMin - 1, radixMin, radixMin + 1, 5000} {
		for shape := range 5 {
			keys := make([]uint64, n)
			for i := range keys {
				switch shape {
				case 0:
					keys[i] = r.Uint64()
				case 1:
					keys[i] = uint64(r.IntN(900))<<idBits | uint64(i)
				case 2:
					keys[i] = 42
				case 3:
					keys[i] = math.MaxUint64 - uint64(r.IntN(3))
				case 4:
					keys[i] = uint64(r.Int64N(MaxUnitValue+1))<<idBits | uint64(r.IntN(1<<idBits))
				}
			}
			want := slices.Clone(keys)
			slices.Sort(want)
			sortKeys(keys)
			require.Equal(t, want, keys, "n %d, shape %d", n, shape)
		}
	}
}
