package charity

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestChunkedIsASlice: a chunked array reads as a plain slice given the same appends and
// truncations — lengths, entries, and runs over any range — across chunk boundaries, with the
// first chunk growing, truncation to a boundary, to mid-chunk and to zero (the entries dropped
// cleared), and growth after each.
func TestChunkedIsASlice(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	var a chunked[uint32]
	var want []uint32
	check := func() {
		t.Helper()
		require.Equal(t, len(want), a.len())
		for k := range a.c[:max(0, len(a.c)-1)] {
			require.Len(t, a.c[k], chunkLen, "chunk %d before the last is full", k)
		}
		for range 50 {
			if len(want) == 0 {
				break
			}
			i := r.IntN(len(want))
			require.Equal(t, want[i], *a.at(i), "entry %d", i)
		}
		from := r.IntN(len(want) + 1)
		to := from + r.IntN(len(want)-from+1)
		var got []uint32
		next := from
		for next < to {
			s := a.run(next, to)
			require.NotEmpty(t, s, "a run from %d to %d", next, to)
			got = append(got, s...)
			next += len(s)
		}
		require.True(t, slices.Equal(want[from:to], got), "runs %d–%d", from, to)
	}
	add := func(n int) {
		for range n {
			v := r.Uint32()
			a.add(v)
			want = append(want, v)
		}
	}
	check()
	a.truncate(0)
	check()
	add(3)
	check()
	add(chunkLen - 3) // the first chunk fills
	check()
	a.truncate(chunkLen) // nothing to drop, at a chunk's end
	check()
	add(1) // the second starts
	check()
	a.truncate(a.len() + 1)
	check()
	for _, n := range []int{chunkLen, chunkLen + 1, chunkLen - 1, 2*chunkLen + 5, 1, 0} {
		if n > len(want) {
			add(n - len(want) + r.IntN(chunkLen))
			check()
		}
		a.truncate(n)
		want = want[:n]
		check()
		last := a.c[len(a.c)-1]
		require.Zero(t, slices.Max(append(last[len(last):cap(last)], 0)), "the entries dropped are cleared (nothing they point to stays alive)")
		add(r.IntN(2 * chunkLen))
		check()
	}
	a.reserve(10 * chunkLen)
	require.GreaterOrEqual(t, cap(a.c), (len(want)+10*chunkLen)/chunkLen)
	check()
	a.reserve(-1)
	check()
	require.True(t, slices.Equal(want, collect(&a)))
}

func collect(a *chunked[uint32]) []uint32 {
	var out []uint32
	for from := 0; from < a.len(); {
		s := a.run(from, a.len())
		out = append(out, s...)
		from += len(s)
	}
	return out
}
