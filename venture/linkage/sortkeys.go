package linkage

import "slices"

// Radix sorting of uint64 keys: the resources are ranked by a key of unit cost and index, and
// sorting those keys by comparison costs n log n, the one part of preparing an instance that
// grew faster than the input. A least-significant-digit radix sort costs a pass per digit that
// varies among the keys: with 11-bit digits, three or four passes for the costs of practice.
const (
	radixBits   = 11
	radixDigits = (64 + radixBits - 1) / radixBits
	radixMin    = 512 // below this many keys, a comparison sort is as fast
)

// sortKeys sorts keys in ascending order, in time linear in their number (one pass to count the
// digits, and one per digit that varies), using a buffer of the same length.
func sortKeys(keys []uint64) {
	if len(keys) < radixMin {
		slices.Sort(keys)
		return
	}
	var counts [radixDigits][1 << radixBits]int32
	for _, k := range keys {
		for d := range radixDigits {
			counts[d][k>>(d*radixBits)&(1<<radixBits-1)]++
		}
	}
	src, dst := keys, make([]uint64, len(keys))
	for d := range radixDigits {
		c := &counts[d]
		if c[keys[0]>>(d*radixBits)&(1<<radixBits-1)] == int32(len(keys)) {
			continue // every key has the same digit here
		}
		var sum int32
		for i := range c {
			c[i], sum = sum, sum+c[i]
		}
		shift := d * radixBits
		for _, k := range src {
			b := k >> shift & (1<<radixBits - 1)
			dst[c[b]] = k
			c[b]++
		}
		src, dst = dst, src
	}
	if &src[0] != &keys[0] {
		copy(keys, src)
	}
}
