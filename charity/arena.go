package charity

import "encoding/binary"

// idArena holds the gifts' IDs back to back, in chunks of 64 KiB (the first grows up to that size;
// chunks this small leave little unused at the end of the last), without pointers for the
// collector to scan and without copying what it holds as it grows: a gift keeps the 32-bit offset
// of its record, and how its ID is encoded (idRaw, idDigits, idUUID). A record never spans two
// chunks, so that offset >> arenaChunkBits is its chunk. It is:
//
//   - for a raw ID (any text of 1–256 bytes): its length less one (a byte), then, for a split
//     gift, the index of its parts (4 bytes, little-endian), then the ID;
//   - for an ID of decimal digits only (a payment serial): the number of digits less one, the
//     parts index if split, then the digits two to a byte (packed decimal: 20 digits in 10 bytes);
//   - for a UUID in its canonical form (36 bytes: lower-case hexadecimal in groups of 8-4-4-4-12):
//     the parts index if split, then its 16 bytes.
//
// Every ID reads back exactly as given; only these two forms, which payment channels and
// platforms issue, are packed. The arena also holds the purpose and description of the gifts that
// have them (see addText).
type idArena struct {
	chunks [][]byte
}

const (
	arenaChunkBits = 16
	arenaChunk     = 1 << arenaChunkBits
	// maxArenaChunks bounds the arena to 2^32 bytes, the most a 32-bit offset reaches.
	maxArenaChunks = 1 << (32 - arenaChunkBits)
	splitRef       = 4  // bytes of a split gift's parts index
	uuidLen        = 36 // bytes of a UUID in its canonical form
	uuidBytes      = 16
)

// How an ID is encoded in the arena.
const (
	idRaw = iota
	idDigits
	idUUID
)

const (
	hexLower = "0123456789abcdef"
	// minPacked is the shortest ID packed as digits (a single digit gains nothing).
	minPacked = 2
	// uuidDashes has bit i set when a dash comes before byte i of a UUID's 16 (8-4-4-4-12 digits).
	uuidDashes = 1<<4 | 1<<6 | 1<<8 | 1<<10
)

// idEncoding returns how an ID (1–256 bytes) is best kept.
func idEncoding(id string) uint32 {
	if len(id) == uuidLen && isUUID(id) {
		return idUUID
	}
	if len(id) < minPacked {
		return idRaw
	}
	for i := 0; i < len(id); i++ {
		if id[i] < '0' || id[i] > '9' {
			return idRaw
		}
	}
	return idDigits
}

// isUUID reports whether a 36-byte ID is a UUID in canonical form: lower-case hexadecimal digits
// in groups of 8-4-4-4-12 (which parses back to the same text).
func isUUID(id string) bool {
	for i := 0; i < len(id); i++ {
		c := id[i]
		switch i {
		case 8, 13, 18, 23:
			if c != '-' {
				return false
			}
		default:
			if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
				return false
			}
		}
	}
	return true
}

func hexVal(c byte) byte {
	if c <= '9' {
		return c - '0'
	}
	return c - 'a' + 10
}

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

// header is the bytes of a record before its ID.
func header(enc uint32, split bool) int {
	n := 1
	if enc == idUUID {
		n = 0
	}
	if split {
		n += splitRef
	}
	return n
}

func recordLen(id string, enc uint32, split bool) int {
	n := header(enc, split)
	switch enc {
	case idUUID:
		return n + uuidBytes
	case idDigits:
		return n + (len(id)+1)/2
	}
	return n + len(id)
}

// fits reports whether a record of the ID, and then one of n more bytes (0 for none), can be
// added.
func (a *idArena) fits(id string, enc uint32, split bool, n int) bool {
	k, used := len(a.chunks), arenaChunk // with no chunk, the first record starts one
	if k > 0 {
		used = len(a.chunks[k-1])
	}
	for _, size := range [2]int{recordLen(id, enc, split), n} {
		if size == 0 {
			continue
		}
		if used+size > arenaChunk {
			k, used = k+1, 0
		}
		used += size
	}
	return k <= maxArenaChunks
}

// textLen is the bytes of a text record: each text (at most 4096 bytes) after its length.
func textLen(purpose, description string) int { return 4 + len(purpose) + len(description) }

// addText appends a record of a gift's purpose and description (each at most 4096 bytes, after
// its length in two bytes) and returns its offset; fits must have said yes.
func (a *idArena) addText(purpose, description string) uint32 {
	c, off := a.room(textLen(purpose, description))
	c = binary.LittleEndian.AppendUint16(c, uint16(len(purpose)))
	c = append(c, purpose...)
	c = binary.LittleEndian.AppendUint16(c, uint16(len(description)))
	a.chunks[len(a.chunks)-1] = append(c, description...)
	return off
}

// text returns the purpose and description of the text record at off.
func (a *idArena) text(off uint32) (purpose, description string) {
	r := a.chunks[off>>arenaChunkBits][off&(arenaChunk-1):]
	n := int(binary.LittleEndian.Uint16(r))
	purpose, r = string(r[2:2+n]), r[2+n:]
	n = int(binary.LittleEndian.Uint16(r))
	return purpose, string(r[2 : 2+n])
}

// room returns the chunk to append a record of n bytes to, with room for it, and the offset the
// record will have.
func (a *idArena) room(n int) ([]byte, uint32) {
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
	return c, uint32(k)<<arenaChunkBits | uint32(len(c))
}

// add appends the record of an ID (1–256 bytes) as encoded and returns its offset; fits must have
// said yes.
func (a *idArena) add(id string, enc uint32, split bool, parts uint32) uint32 {
	c, off := a.room(recordLen(id, enc, split))
	if enc != idUUID {
		c = append(c, byte(len(id)-1))
	}
	if split {
		c = binary.LittleEndian.AppendUint32(c, parts)
	}
	switch enc {
	case idUUID:
		for i := 0; i < len(id); i += 2 {
			if id[i] == '-' {
				i++
			}
			c = append(c, hexVal(id[i])<<4|hexVal(id[i+1]))
		}
	case idDigits:
		for i := 0; i < len(id); i += 2 {
			b := (id[i] - '0') << 4
			if i+1 < len(id) {
				b |= id[i+1] - '0'
			}
			c = append(c, b)
		}
	default:
		c = append(c, id...)
	}
	a.chunks[len(a.chunks)-1] = c
	return off
}

// appendID appends the ID of the record at off to dst.
func (a *idArena) appendID(dst []byte, off, enc uint32, split bool) []byte {
	r := a.chunks[off>>arenaChunkBits][off&(arenaChunk-1):]
	p := r[header(enc, split):]
	switch enc {
	case idUUID:
		for i, b := range p[:uuidBytes] {
			if uuidDashes>>i&1 != 0 {
				dst = append(dst, '-')
			}
			dst = append(dst, hexLower[b>>4], hexLower[b&15])
		}
		return dst
	case idDigits:
		n := int(r[0]) + 1
		for i := 0; i < n; i++ {
			b := p[i/2]
			if i%2 == 0 {
				b >>= 4
			}
			dst = append(dst, '0'+b&15)
		}
		return dst
	}
	return append(dst, p[:int(r[0])+1]...)
}

// parts returns the parts index of a split gift's record at off.
func (a *idArena) parts(off, enc uint32) uint32 {
	r := a.chunks[off>>arenaChunkBits][off&(arenaChunk-1):]
	return binary.LittleEndian.Uint32(r[header(enc, false):])
}
