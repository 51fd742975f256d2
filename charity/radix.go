package charity

// sortKey is what donors are ordered by: hi, then lo (both ascending), then the donor's name when
// both agree; idx is the donor, and name and gifts what the rollup carries along (so that, after
// the sort, it reads nothing at random).
type sortKey struct {
	hi, lo     uint64
	name       string
	idx, gifts uint32
}

// Sizes of the radix sort: a key is two words of eight bytes, sorted a byte a pass.
const (
	wordBytes = 8
	keyBytes  = 2 * wordBytes
	minSorted = 2 // fewer keys are sorted already
)

// radixSort sorts keys by (hi, lo) ascending, stably, in linear time: a least-significant-digit
// radix sort on bytes, which skips the bytes every key shares. tmp has the length of keys; the
// result is in keys.
func radixSort(keys, tmp []sortKey) {
	if len(keys) < minSorted {
		return
	}
	var counts [keyBytes][256]int
	for i := range keys {
		k := &keys[i]
		for b := range wordBytes {
			counts[b][byte(k.lo>>(8*b))]++
			counts[wordBytes+b][byte(k.hi>>(8*b))]++
		}
	}
	src, dst := keys, tmp
	for pass := range keyBytes {
		c := &counts[pass]
		if c[byte(digitOf(&src[0], pass))] == len(src) {
			continue // every key has this byte
		}
		sum := 0
		for d := range c {
			c[d], sum = sum, sum+c[d]
		}
		for i := range src {
			d := byte(digitOf(&src[i], pass))
			dst[c[d]] = src[i]
			c[d]++
		}
		src, dst = dst, src
	}
	if &src[0] != &keys[0] {
		copy(keys, src)
	}
}

func digitOf(k *sortKey, pass int) uint64 {
	if pass < wordBytes {
		return k.lo >> (8 * pass)
	}
	return k.hi >> (8 * (pass - wordBytes))
}

// descending maps int64 values to uint64 keys whose ascending order is the values' descending
// order.
func descending(v int64) uint64 { return ^(uint64(v) ^ 1<<63) }

// prefixKey is the first eight bytes of s, big-endian, zero-padded: keys in ascending order are
// in the order of the strings, except that strings agreeing on their first eight bytes (or
// differing only by trailing zero bytes there) tie.
func prefixKey(s string) uint64 {
	var k uint64
	for i := range wordBytes {
		k <<= 8
		if i < len(s) {
			k |= uint64(s[i])
		}
	}
	return k
}
