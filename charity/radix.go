package charity

import (
	"slices"
	"strings"
)

// sortKey is what a donor is ordered by: hi, then lo (both ascending), then the donor's name when
// both agree. The name, the donor's index and gifts are carried along, so that after the sort
// the rollup reads nothing at random (a read of each name by index, in the order of the amounts,
// is a cache miss a donor). 40 bytes.
type sortKey struct {
	hi, lo     uint64
	name       string
	idx, gifts uint32
}

// Sizes of the donors' sort: a key is two words of eight bytes, sorted a byte a level; buckets of
// at most smallBucket keys are sorted by insertion (a speed setting, not a legal value).
const (
	wordBytes   = 8
	keyBytes    = 2 * wordBytes
	smallBucket = 32
)

// sortDonors sorts keys by (hi, lo) ascending, and keys equal on both by name, in place, in time
// linear in the keys (for names that differ within their first eight bytes, as the prefix keys
// make lo; names that tie there are compared in full): a most-significant-byte-first radix sort
// that permutes the keys within the array (American flag sort, so that it needs no second array),
// skips the bytes every key of a bucket shares, and sorts buckets of at most small keys by
// insertion. After the first level the buckets are small enough to stay in the processor's
// cache, so that the cost per key barely grows with the keys.
func sortDonors(keys []sortKey, small int) {
	sortFrom(keys, 0, max(small, 1))
}

// sortFrom is sortDonors on keys that agree on their bytes before d.
func sortFrom(keys []sortKey, d, small int) {
	for ; len(keys) > small; d++ {
		if d == keyBytes {
			// Every key agrees on (hi, lo): the names decide.
			slices.SortFunc(keys, func(a, b sortKey) int { return strings.Compare(a.name, b.name) })
			return
		}
		var next, end [256]int
		for i := range keys {
			end[digitOf(&keys[i], d)]++
		}
		if end[digitOf(&keys[0], d)] == len(keys) {
			continue // every key has this byte
		}
		sum := 0
		for b := range end {
			next[b], sum = sum, sum+end[b]
			end[b] = sum
		}
		// Each key goes to the next free place of its bucket, taking the key there along to its
		// own bucket in turn, until a key of this bucket comes back: every move places one key.
		for b := range next {
			for i := next[b]; i < end[b]; i = next[b] {
				v := keys[i]
				for db := digitOf(&v, d); db != byte(b); db = digitOf(&v, d) {
					j := next[db]
					next[db]++
					v, keys[j] = keys[j], v
				}
				keys[i] = v
				next[b]++
			}
		}
		start := 0
		for b := range end {
			if end[b]-start > 1 {
				sortFrom(keys[start:end[b]], d+1, small)
			}
			start = end[b]
		}
		return
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && donorLess(&keys[j], &keys[j-1]); j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
}

func donorLess(a, b *sortKey) bool {
	if a.hi != b.hi {
		return a.hi < b.hi
	}
	if a.lo != b.lo {
		return a.lo < b.lo
	}
	return a.name < b.name
}

// digitOf is byte d of the key, most significant first: bytes 0–7 of hi, then 8–15 of lo.
func digitOf(k *sortKey, d int) byte {
	if d < wordBytes {
		return byte(k.hi >> (8 * (wordBytes - 1 - d)))
	}
	return byte(k.lo >> (8 * (keyBytes - 1 - d)))
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
