package charity

import "hash/maphash"

// idIndex is an open-addressing hash index from IDs to positions (gifts, donors): eight bytes a
// slot (the upper 32 bits of the key's hash beside the position, so that a probe compares the
// stored key only when the hashes agree), at most 3/4 full: about eleven bytes an entry, with no
// pointers for the collector to scan. A key's home slot is taken from the same 32 bits, scaled to
// the table's length, so that the table grows without reading a key again. The length need not
// be a power of two: a table sized for n keys (grow, as Ledger.Grow asks) is ⌈4n/3⌉ slots, not up
// to twice that; growing on its own as keys come, it doubles, staying 3/8 to 3/4 full. The keys
// live where the positions point (eq compares them); the seed is random per ledger, so that no
// input can be crafted to collide, and nothing the ledger returns depends on it.
type idIndex struct {
	seed  maphash.Seed
	slots []uint64 // hash>>32 << 32 | position + 1; 0 is empty
	n     int
}

// maxIndexSlots bounds the table: 32 bits of hash pick the home slot, and tag × length stays
// within 64 bits.
const maxIndexSlots = 1 << 32

// home returns the slot a key's probe starts from: its tag (32 bits) scaled to the table.
func (x *idIndex) home(tag uint64) uint64 { return tag * uint64(len(x.slots)) >> 32 }

// next returns the slot after i, wrapping around.
func (x *idIndex) next(i uint64) uint64 {
	if i++; i == uint64(len(x.slots)) {
		return 0
	}
	return i
}

// hashOf returns the upper 32 bits of the hash of s.
func (x *idIndex) hashOf(s string) uint64 { return maphash.String(x.seed, s) >> 32 }

// tagOf is hashOf for a key about to be looked up and perhaps inserted (findTag, insertTag), so
// that it is hashed once; it makes the table (and its seed) when there is none.
func (x *idIndex) tagOf(s string) uint64 {
	if x.slots == nil {
		x.grow(1)
	}
	return x.hashOf(s)
}

// find returns the position of key s, comparing candidates with eq.
func (x *idIndex) find(s string, eq func(pos uint32, s string) bool) (uint32, bool) {
	if len(x.slots) == 0 {
		return 0, false
	}
	return x.findTag(x.hashOf(s), s, eq)
}

// findTag is find for a key whose tag (tagOf) is known.
func (x *idIndex) findTag(tag uint64, s string, eq func(pos uint32, s string) bool) (uint32, bool) {
	for i := x.home(tag); ; i = x.next(i) {
		v := x.slots[i]
		if v == 0 {
			return 0, false
		}
		if v>>32 == tag && eq(uint32(v)-1, s) {
			return uint32(v) - 1, true
		}
	}
}

// remove takes out the key s at pos, if held, shifting back the entries after it that probed past
// it (so that keys may be removed in any order).
func (x *idIndex) remove(s string, pos uint32) {
	if len(x.slots) == 0 {
		return
	}
	size := uint64(len(x.slots))
	i := x.home(x.hashOf(s))
	for ; x.slots[i] != 0; i = x.next(i) {
		if uint32(x.slots[i])-1 == pos {
			break
		}
	}
	if x.slots[i] == 0 {
		return
	}
	x.n--
	// dist is how many slots a probe walks from a to b, wrapping around.
	dist := func(a, b uint64) uint64 {
		if b >= a {
			return b - a
		}
		return b + size - a
	}
	for j := x.next(i); ; j = x.next(j) {
		v := x.slots[j]
		if v == 0 {
			break
		}
		// The entry at j may fill the hole at i unless its home slot lies cyclically in (i, j].
		if dist(x.home(v>>32), j) >= dist(i, j) {
			x.slots[i] = v
			i = j
		}
	}
	x.slots[i] = 0
}

// insert records a new key s at pos.
func (x *idIndex) insert(s string, pos uint32) { x.insertTag(x.tagOf(s), pos) }

// insertTag records a new key at pos, given its tag (tagOf).
func (x *idIndex) insertTag(tag uint64, pos uint32) {
	if 4*(x.n+1) > 3*len(x.slots) {
		x.grow(2 * (x.n + 1)) // doubling, so that n inserts move O(n) entries
	}
	x.put(tag, pos)
	x.n++
}

func (x *idIndex) put(tag uint64, pos uint32) {
	i := x.home(tag)
	for x.slots[i] != 0 {
		i = x.next(i)
	}
	x.slots[i] = tag<<32 | uint64(pos+1)
}

// grow makes room for n entries at most 3/4 full (at least 16 slots, at most maxIndexSlots),
// moving the ones held.
func (x *idIndex) grow(n int) {
	size := uint64(max(16, n+(n+2)/3)) // ⌈4n/3⌉
	size = min(size, maxIndexSlots)
	if size <= uint64(len(x.slots)) {
		return
	}
	if x.slots == nil {
		x.seed = maphash.MakeSeed()
	}
	old := x.slots
	x.slots = make([]uint64, size)
	for _, v := range old {
		if v != 0 {
			x.put(v>>32, uint32(v)-1)
		}
	}
}
