package charity

import "slices"

// chunked is an append-only array kept in chunks of 2^chunkBits entries that never move once
// allocated: growing it copies nothing (only the first chunk, which starts small for small
// ledgers, doubles up to its full size), so that a ledger filling up makes no garbage of old
// arrays, and what it holds is as much memory as it uses. Every chunk but the last is full, so
// that entry i is in chunk i >> chunkBits.
//
// Several chunked arrays appended to together (the postings' day, key, amount and kind) have
// chunks of the same lengths, so that a loop may walk them side by side, chunk by chunk.
type chunked[T any] struct {
	c [][]T
}

const (
	chunkBits  = 12
	chunkLen   = 1 << chunkBits
	chunkMask  = chunkLen - 1
	firstChunk = 16 // entries of the first chunk, before it doubles
)

// len returns the number of entries.
func (a *chunked[T]) len() int {
	k := len(a.c) - 1
	if k < 0 {
		return 0
	}
	return k<<chunkBits + len(a.c[k])
}

// at returns entry i, which must exist.
func (a *chunked[T]) at(i int) *T { return &a.c[i>>chunkBits][i&chunkMask] }

// add appends an entry.
func (a *chunked[T]) add(v T) {
	k := len(a.c) - 1
	switch {
	case k < 0:
		a.c = append(a.c, make([]T, 0, firstChunk))
		k = 0
	case len(a.c[k]) < cap(a.c[k]):
	case cap(a.c[k]) < chunkLen: // the first chunk, not yet full size
		a.c[k] = append(make([]T, 0, min(chunkLen, 2*cap(a.c[k]))), a.c[k]...)
	default:
		a.c = append(a.c, make([]T, 0, chunkLen))
		k++
	}
	a.c[k] = append(a.c[k], v)
}

// truncate drops the entries from n on (n at most len), and the chunks after the one entry n
// falls in (that one stays, perhaps empty, as the last).
func (a *chunked[T]) truncate(n int) {
	if n >= a.len() {
		return
	}
	k, r := n>>chunkBits, n&chunkMask
	clear(a.c[k+1:])
	a.c = a.c[:k+1]
	clear(a.c[k][r:]) // what the entries dropped point to is not kept alive
	a.c[k] = a.c[k][:r]
}

// reserve makes room in the list of chunks for n more entries (a capacity hint: the chunks
// themselves are made as they fill).
func (a *chunked[T]) reserve(n int) {
	if n > 0 {
		a.c = slices.Grow(a.c, max(0, (a.len()+n+chunkMask)>>chunkBits-len(a.c)))
	}
}

// run returns the entries from index from on, up to index to (excluded), that lie in the chunk of
// entry from: a loop over a range takes run after run (from += len(run)) until it reaches to. It
// is a plain function, not an iterator, so that the loops over the gifts keep their counters in
// registers.
func (a *chunked[T]) run(from, to int) []T {
	c := a.c[from>>chunkBits]
	off := from & chunkMask
	return c[off:min(len(c), off+to-from)]
}
