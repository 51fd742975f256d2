package charity

import "hash/maphash"

// idIndex is an open-addressing hash index from IDs to positions (gifts, donors): eight bytes a
// slot (32 bits of the key's hash beside the position, so that a probe compares the stored key
// only when the hashes agree), at most 3/4 full: about eleven bytes an entry, with no pointers
// for the collector to scan. The keys live where the positions point (eq compares them); the seed
// is random per ledger, so that no input can be crafted to collide, and nothing the ledger returns
// depends on it.
type idIndex struct {
	seed  maphash.Seed
	slots []uint64 // hash << 32 | position + 1; 0 is empty
	n     int
}

func (x *idIndex) hashOf(s string) uint64 { return maphash.String(x.seed, s) }

// find returns the position of key s, comparing candidates with eq.
func (x *idIndex) find(s string, eq func(pos uint32, s string) bool) (uint32, bool) {
	if len(x.slots) == 0 {
		return 0, false
	}
	h := x.hashOf(s)
	tag := h >> 32
	mask := uint64(len(x.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		v := x.slots[i]
		if v == 0 {
			return 0, false
		}
		if v>>32 == tag && eq(uint32(v)-1, s) {
			return uint32(v) - 1, true
		}
	}
}

// remove takes out the key s at pos, which must be the latest key inserted of those still held
// (keys are removed newest first, and the table has not grown since they came): the table is
// then as it was before s came.
func (x *idIndex) remove(s string, pos uint32) {
	if len(x.slots) == 0 {
		return
	}
	mask := uint64(len(x.slots) - 1)
	for i := x.hashOf(s) & mask; x.slots[i] != 0; i = (i + 1) & mask {
		if uint32(x.slots[i])-1 == pos {
			x.slots[i] = 0
			x.n--
			return
		}
	}
}

// insert records a new key s at pos; key(pos) gives back any stored key when the table grows.
func (x *idIndex) insert(s string, pos uint32, key func(pos uint32) string) {
	if 4*(x.n+1) > 3*len(x.slots) {
		x.grow(x.n+1, key)
	}
	x.put(x.hashOf(s), pos)
	x.n++
}

func (x *idIndex) put(h uint64, pos uint32) {
	mask := uint64(len(x.slots) - 1)
	i := h & mask
	for x.slots[i] != 0 {
		i = (i + 1) & mask
	}
	x.slots[i] = h>>32<<32 | uint64(pos+1)
}

// grow makes room for n entries, rehashing the ones held.
func (x *idIndex) grow(n int, key func(pos uint32) string) {
	size := 16
	for 3*size < 4*n {
		size <<= 1
	}
	if size <= len(x.slots) {
		return
	}
	if x.slots == nil {
		x.seed = maphash.MakeSeed()
	}
	old := x.slots
	x.slots = make([]uint64, size)
	for _, v := range old {
		if v != 0 {
			x.put(x.hashOf(key(uint32(v)-1)), uint32(v)-1)
		}
	}
}
