package charity

import "encoding/binary"

// idArena holds the gifts' IDs back to back, in chunks of 1 MiB (the first grows up to that size),
// without pointers for the collector to scan and without copying what it holds as it grows: a
// gift keeps the 32-bit offset of its record. A record is the ID's length less one (a byte: IDs
// are 1–256 bytes), then, for a split gift, the index of its parts (4 bytes, little-endian), then
// the ID. A record never spans two chunks, so that offset >> 20 is its chunk.
type idArena struct {
	chunks [][]byte
}

const (
	arenaChunkBits = 20
	arenaChunk     = 1 << arenaChunkBits
	// maxArenaChunks bounds the arena to 2^32 bytes, the most a 32-bit offset reaches.
	maxArenaChunks = 1 << (32 - arenaChunkBits)
	splitRef       = 4 // bytes of a split gift's parts index
)

// arenaMark is the arena's extent: chunks in use and the bytes used in the last.
type arenaMark struct{ chunks, last int }

func (a *idArena) mark() arenaMark {
	if len(a.chunks) == 0 {
		return arenaMark{}
	}
	return arenaMark{len(a.chunks), len(a.chunks[len(a.chunks)-1])}
}

// truncate puts the arena back to a mark, dropping the chunks started since.
func (a *idArena) truncate(m arenaMark) {
	a.chunks = truncate(a.chunks, m.chunks)
	if m.chunks > 0 {
		a.chunks[m.chunks-1] = a.chunks[m.chunks-1][:m.last]
	}
}

func recordLen(id string, split bool) int {
	n := 1 + len(id)
	if split {
		n += splitRef
	}
	return n
}

// fits reports whether a record of the ID can be added.
func (a *idArena) fits(id string, split bool) bool {
	k := len(a.chunks)
	return k < maxArenaChunks || len(a.chunks[k-1])+recordLen(id, split) <= arenaChunk
}

// add appends the record of an ID (1–256 bytes) and returns its offset; fits must have said yes.
func (a *idArena) add(id string, split bool, parts uint32) uint32 {
	n := recordLen(id, split)
	k := len(a.chunks) - 1
	if k < 0 || len(a.chunks[k])+n > arenaChunk {
		size := arenaChunk
		if k < 0 {
			size = 256
		}
		a.chunks = append(a.chunks, make([]byte, 0, size))
		k++
	}
	c := a.chunks[k]
	if cap(c)-len(c) < n { // the first chunk grows, doubling up to its full size
		c = append(make([]byte, 0, min(arenaChunk, max(2*cap(c), len(c)+n))), c...)
	}
	off := uint32(k)<<arenaChunkBits | uint32(len(c))
	c = append(c, byte(len(id)-1))
	if split {
		c = binary.LittleEndian.AppendUint32(c, parts)
	}
	a.chunks[k] = append(c, id...)
	return off
}

// id returns the ID of the record at off, without copying it.
func (a *idArena) id(off uint32, split bool) []byte {
	r := a.chunks[off>>arenaChunkBits][off&(arenaChunk-1):]
	n := int(r[0]) + 1
	if split {
		r = r[splitRef:]
	}
	return r[1 : 1+n]
}

// parts returns the parts index of a split gift's record at off.
func (a *idArena) parts(off uint32) uint32 {
	r := a.chunks[off>>arenaChunkBits][off&(arenaChunk-1):]
	return binary.LittleEndian.Uint32(r[1:])
}
