package charity

import (
	"fmt"
	"hash/maphash"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"unsafe"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
)

// TestIDEncoding: IDs of decimal digits only and UUIDs in canonical form are packed; every other
// ID (a single digit, an upper-case or malformed UUID, a 35- or 37-byte near-UUID, digits with a
// sign or space) is kept as given.
func TestIDEncoding(t *testing.T) {
	for id, want := range map[string]uint32{
		"42000000000000000001":                  idDigits,
		"00":                                    idDigits,
		strings.Repeat("9", 256):                idDigits,
		"7":                                     idRaw,
		"4200 0001":                             idRaw,
		"-42":                                   idRaw,
		"٤٢":                                    idRaw, // Arabic-Indic digits
		"123e4567-e89b-42d3-a456-426614174000":  idUUID,
		"123E4567-E89B-42D3-A456-426614174000":  idRaw,
		"123e4567-e89b-42d3-a456-42661417400":   idRaw,
		"123e4567-e89b-42d3-a456-4266141740000": idRaw,
		"123e4567e-89b-42d3-a456-426614174000":  idRaw,
		"123e4567-e89b-42d3-a456-42661417400g":  idRaw,
		"g1":                                    idRaw,
	} {
		require.Equal(t, want, idEncoding(id), "%q", id)
		var a idArena
		for _, split := range []bool{false, true} {
			off := a.add(id, want, split, 77)
			require.Equal(t, id, string(a.appendID(nil, off, want, split)), "%q", id)
			if split {
				require.Equal(t, uint32(77), a.parts(off, want))
			}
		}
	}
}

// TestTextRecords: a gift's purpose and description read back as given, either empty, up to 4096
// bytes each.
func TestTextRecords(t *testing.T) {
	var a idArena
	long := strings.Repeat("捐", 1365) + "x" // 4096 bytes
	for _, c := range [][2]string{{"助学", ""}, {"", "200 本书"}, {long, long}, {"x", "y"}} {
		off := a.addText(c[0], c[1])
		p, d := a.text(off)
		require.Equal(t, c, [2]string{p, d})
	}
}

// TestIDArenaRecords: IDs of every length from 1 to 256 bytes, raw, digits and UUIDs, split or not,
// read back as given across several 64 KiB chunks (no record spans two); a mark and truncate put
// the arena back.
func TestIDArenaRecords(t *testing.T) {
	var a idArena
	type rec struct {
		off   uint32
		id    string
		enc   uint32
		split bool
		parts uint32
	}
	var recs []rec
	var m arenaMark
	for i := 0; len(a.chunks) < 4; i++ {
		var id string
		switch i % 3 {
		case 0:
			id = strings.Repeat(string(rune('a'+i%26)), 1+i%256)
		case 1:
			id = strings.Repeat(strconv.Itoa(i%10), 1+i%256)
		default:
			id = "123e4567-e89b-42d3-a456-" + strconv.FormatInt(int64(100_000_000_000+i), 16)
		}
		enc := idEncoding(id)
		split := i%4 == 0
		require.True(t, a.fits(id, enc, split, 0))
		off := a.add(id, enc, split, uint32(i))
		recs = append(recs, rec{off, id, enc, split, uint32(i)})
		if len(a.chunks) == 2 && m.chunks == 0 {
			m = a.mark()
		}
	}
	check := func(recs []rec) {
		for _, r := range recs {
			require.Equal(t, r.id, string(a.appendID(nil, r.off, r.enc, r.split)), "record at %d", r.off)
			if r.split {
				require.Equal(t, r.parts, a.parts(r.off, r.enc))
			}
			require.LessOrEqual(t, int(r.off&(arenaChunk-1))+recordLen(r.id, r.enc, r.split), arenaChunk, "a record within its chunk")
		}
	}
	check(recs)
	require.Len(t, a.chunks, 4)
	kept := 0 // the records before the mark
	for _, r := range recs {
		if c, at := int(r.off>>arenaChunkBits), int(r.off&(arenaChunk-1)); c < m.chunks-1 || c == m.chunks-1 && at < m.last {
			kept++
		}
	}
	require.Greater(t, kept, 0)
	require.Less(t, kept, len(recs))
	a.truncate(m)
	require.Len(t, a.chunks, 2)
	require.Len(t, a.chunks[1], m.last)
	check(recs[:kept])
	// Recorded again after the truncate, at the same places.
	for _, r := range recs[kept:] {
		require.Equal(t, r.off, a.add(r.id, r.enc, r.split, r.parts))
	}
	check(recs)
}

// TestIDArenaFull: the arena holds at most 2^32 bytes (a gift keeps a 32-bit offset); a gift whose
// ID would pass that is refused, naming the field, and changes nothing.
func TestIDArenaFull(t *testing.T) {
	var a idArena
	a.chunks = make([][]byte, maxArenaChunks)
	a.chunks[maxArenaChunks-1] = make([]byte, arenaChunk-10, arenaChunk)
	require.True(t, a.fits(strings.Repeat("x", 9), idRaw, false, 0))
	require.False(t, a.fits(strings.Repeat("x", 10), idRaw, false, 0))
	require.True(t, a.fits(strings.Repeat("x", 5), idRaw, true, 0))
	require.False(t, a.fits(strings.Repeat("x", 6), idRaw, true, 0))
	require.True(t, a.fits(strings.Repeat("1", 18), idDigits, false, 0))
	require.False(t, a.fits(strings.Repeat("1", 19), idDigits, false, 0))
	require.True(t, a.fits(strings.Repeat("x", 4), idRaw, false, 5), "an ID and a text record")
	require.False(t, a.fits(strings.Repeat("x", 4), idRaw, false, 6))

	l, err := NewLedger(Fund{ID: "general"})
	require.NoError(t, err)
	l.ids = a
	d := Donation{GiftID: strings.Repeat("x", 10), Date: socialorg.MustDate("2025-01-01"), Fund: "general", Amount: decimal.New(1, 0)}
	err = l.RecordDonation(d)
	require.ErrorIs(t, err, ErrLedger)
	require.ErrorContains(t, err, "2^32 bytes")
	require.Zero(t, l.Len())
	d.GiftID, d.Restriction, d.Purpose = d.GiftID[:4], PurposeRestricted, "助" // 4 + 1 bytes, then 4 + 3
	err = l.RecordDonation(d)
	require.ErrorIs(t, err, ErrLedger, "the ID fits, not its purpose")
	require.Zero(t, l.Len())
	d.GiftID, d.Restriction, d.Purpose = strings.Repeat("x", 9), Unrestricted, ""
	require.NoError(t, l.RecordDonation(d))
	require.Equal(t, d.GiftID, l.giftID(0))
	require.Equal(t, uint32(maxArenaChunks-1)<<arenaChunkBits|(arenaChunk-10), l.gifts.at(0).id)
}

// TestIDIndexRemoveAnyOrder: keys taken out of the index in any order (not only newest first)
// leave every other key found and no removed key found, in a small table where probes collide.
func TestIDIndexRemoveAnyOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for round := range 50 {
		var x idIndex
		keys := make([]string, 11+round) // up to 60 keys in 16, 35, 72 or 147 slots
		for i := range keys {
			keys[i] = "k" + strconv.Itoa(round) + "-" + strconv.Itoa(i)
			x.insert(keys[i], uint32(i))
		}
		eq := func(pos uint32, s string) bool { return keys[pos] == s }
		held := map[int]bool{}
		for i := range keys {
			held[i] = true
		}
		for _, i := range r.Perm(len(keys)) {
			x.remove(keys[i], uint32(i))
			delete(held, i)
			require.Equal(t, len(held), x.n)
			for k := range keys {
				pos, ok := x.find(keys[k], eq)
				require.Equal(t, held[k], ok, "round %d key %d after removing %d", round, k, i)
				if ok {
					require.Equal(t, uint32(k), pos)
				}
			}
		}
		for _, v := range x.slots {
			require.Zero(t, v)
		}
	}
}

// TestIDIndexAgainstMap: after random inserts and removals (of keys held and absent), the index
// finds exactly the keys held, at their positions, in tables of every length from 1 to 40 slots
// and a few longer ones (no power of two needed), filled up to one empty slot, with keys mostly hashing to the table's ends so that
// probes wrap around; after each step no entry has an empty slot between its home and itself.
// Then the same through insert and grow, never more than 3/4 full.
func TestIDIndexAgainstMap(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	sizes := []int{97, 128, 333}
	for s := 1; s <= 40; s++ {
		sizes = append(sizes, s)
	}
	for _, size := range sizes {
		for trial, bias := range []float64{0, 0.9, 1, 1} {
			x := &idIndex{seed: maphash.MakeSeed(), slots: make([]uint64, size)}
			keys := indexKeys(x, r, 3*size+4, bias)
			fill := size - 1
			if trial%2 == 1 {
				fill = size * 3 / 4
			}
			h := newHeld(len(keys))
			for op := range 10*size + 100 {
				switch c := r.IntN(10); {
				case c < 5 && len(h.list) < fill:
					if k := r.IntN(len(keys)); !h.in[k] {
						x.put(x.hashOf(keys[k]), uint32(k))
						x.n++
						h.add(k)
					}
				case c < 9 && len(h.list) > 0:
					k := h.drop(r.IntN(len(h.list)))
					x.remove(keys[k], uint32(k))
				default:
					if k := r.IntN(len(keys)); !h.in[k] {
						x.remove(keys[k], uint32(k)) // absent: nothing changes
					}
				}
				if size <= 40 || op%16 == 0 {
					checkIndex(t, x, keys, h.in, len(h.list), fmt.Sprintf("%d slots, trial %d, step %d", size, trial, op))
				}
			}
		}
	}
	for trial := range 30 {
		var x idIndex
		x.grow(1)
		keys := indexKeys(&x, r, 1000, float64(trial%2)*0.8)
		h := newHeld(len(keys))
		target := 1 + r.IntN(800)
		for op := range 2000 {
			if r.IntN(100) == 0 {
				x.grow(r.IntN(1500))
			}
			if len(h.list) < target && r.IntN(3) > 0 {
				if k := r.IntN(len(keys)); !h.in[k] {
					x.insert(keys[k], uint32(k))
					h.add(k)
				}
			} else if len(h.list) > 0 {
				k := h.drop(r.IntN(len(h.list)))
				x.remove(keys[k], uint32(k))
			}
			if 4*x.n > 3*len(x.slots) {
				t.Fatalf("growing, trial %d, step %d: %d entries in %d slots, over 3/4 full", trial, op, x.n, len(x.slots))
			}
			if op%97 == 0 {
				checkIndex(t, &x, keys, h.in, len(h.list), fmt.Sprintf("growing, trial %d, step %d", trial, op))
			}
		}
	}
}

// held is the keys an index should hold: a list in no order, and a flag per key.
type held struct {
	list []int
	in   []bool
}

func newHeld(n int) *held { return &held{in: make([]bool, n)} }

func (h *held) add(k int) { h.list, h.in[k] = append(h.list, k), true }

// drop takes out the j-th key of the list and returns it.
func (h *held) drop(j int) int {
	k := h.list[j]
	h.list[j] = h.list[len(h.list)-1]
	h.list, h.in[k] = h.list[:len(h.list)-1], false
	return k
}

// checkIndex checks that x holds exactly the keys held (in[k] for key k), each found at its
// position and no other key found, and that no entry has an empty slot between its home slot and
// its own.
func checkIndex(t *testing.T, x *idIndex, keys []string, in []bool, held int, ctx string) {
	t.Helper()
	n := 0
	for i, v := range x.slots {
		if v == 0 {
			continue
		}
		n++
		for h := x.home(v >> 32); h != uint64(i); h = x.next(h) {
			if x.slots[h] == 0 {
				t.Fatalf("%s: an empty slot between an entry's home %d and its slot %d", ctx, x.home(v>>32), i)
			}
		}
	}
	if n != held || x.n != held {
		t.Fatalf("%s: %d entries in the slots, %d counted, %d held", ctx, n, x.n, held)
	}
	eq := func(pos uint32, s string) bool { return keys[pos] == s }
	for k := range keys {
		if pos, ok := x.find(keys[k], eq); ok != in[k] || ok && pos != uint32(k) {
			t.Fatalf("%s: key %d found %v at %d, held %v", ctx, k, ok, pos, in[k])
		}
	}
}

// indexKeys returns n distinct keys; with probability bias a key is kept only if its tag falls in
// the first sixty-fourth or the last sixteenth of the tag space, so that its home is near one of
// a table's ends.
func indexKeys(x *idIndex, r *rand.Rand, n int, bias float64) []string {
	keys := make([]string, 0, n)
	for c := 0; len(keys) < n; c++ {
		k := "k" + strconv.Itoa(c) + "-" + strconv.Itoa(r.IntN(1e9))
		if tag := x.hashOf(k); r.Float64() < bias && tag > 0x0400_0000 && tag < 0xF000_0000 {
			continue
		}
		keys = append(keys, k)
	}
	return keys
}

// TestIDIndexGrowKeepsKeys: the index grows (from its 16 slots, and by a hint) without reading a
// key again, and finds every key after.
func TestIDIndexGrowKeepsKeys(t *testing.T) {
	var x idIndex
	keys := make([]string, 5000)
	eq := func(pos uint32, s string) bool { return keys[pos] == s }
	for i := range keys {
		keys[i] = strconv.Itoa(i * 7919)
		x.insert(keys[i], uint32(i))
		if i == 2000 {
			x.grow(100_000)
		}
	}
	require.Equal(t, 133_334, len(x.slots), "room for 100,000 keys at 3/4 full, and no more")
	for i, k := range keys {
		pos, ok := x.find(k, eq)
		require.True(t, ok)
		require.Equal(t, uint32(i), pos)
	}
	_, ok := x.find("absent", eq)
	require.False(t, ok)
}

// TestGiftIsCompact: a gift is 24 bytes without a pointer, and recording a gift from a donor
// already known allocates nothing per gift beyond the ledger's growing arrays (amortised).
func TestGiftIsCompact(t *testing.T) {
	require.Equal(t, uintptr(24), unsafe.Sizeof(gift{}))
	l, err := NewLedger(Fund{ID: "general"})
	require.NoError(t, err)
	const n = 10_000
	l.Grow(n + 200)
	ids := make([]string, n+200)
	for i := range ids {
		ids[i] = "42000000000000" + strconv.Itoa(100000+i)
	}
	amount := decimal.New(12345, -2)
	at := socialorg.MustDate("2025-06-01")
	require.NoError(t, l.RecordDonation(Donation{GiftID: "first", Date: at, Donor: "oDonor", Fund: "general", Amount: amount}))
	i := 0
	allocs := testing.AllocsPerRun(n, func() {
		if err := l.RecordDonation(Donation{GiftID: ids[i], Date: at, Donor: "oDonor", Fund: "general", Amount: amount}); err != nil {
			t.Fatal(err)
		}
		i++
	})
	require.Zero(t, allocs)
}
