package socialorgtest

import (
	"math/bits"
	"math/rand/v2"
)

// IDs generates the identifiers of a large charity's gifts as payment channels and fundraising
// platforms issue them, deterministically from a seed, for ledger tests and benchmarks at scale:
//
//   - gift IDs: 20-byte payment serials ("4200" and 16 digits), and for one gift in ten a UUID
//     (36 bytes, version 4 form); distinct gift numbers give distinct IDs;
//   - donor IDs: 28 bytes, like a platform's open ID ("o" and 27 base64url characters); distinct
//     donor numbers give distinct IDs;
//   - donors drawn with a skew (Zipf): a few donors give often, most give once or twice.
//
// The ID of gift i and of donor k depend only on the seed and the number; NextDonor depends on
// the seed and the draws before it. An IDs is not safe for concurrent use (NextDonor draws).
type IDs struct {
	seed uint64
	zipf *rand.Zipf
}

// Lengths of the generated IDs, in bytes.
const (
	SerialLen  = 20
	UUIDLen    = 36
	DonorIDLen = 28
)

// donorSkew and donorOffset shape the repeat donors: donor rank k is drawn with probability
// proportional to 1/(donorOffset+k)^donorSkew. With a pool of n/2 donors, n = 300,000 gifts come
// from about a quarter as many distinct donors, half of whom give once, and the most frequent
// donor gives several hundred times.
const (
	donorSkew   = 1.01
	donorOffset = 50
)

// NewIDs returns a generator whose donors come from a pool of the given size (at least 1).
func NewIDs(seed uint64, donors int) *IDs {
	r := rand.New(rand.NewPCG(seed, seed^0x5851f42d4c957f2d))
	return &IDs{seed: seed, zipf: rand.NewZipf(r, donorSkew, donorOffset, uint64(max(donors, 1)-1))}
}

// mix is a bijection of 64-bit words (the splitmix64 finaliser): distinct inputs, distinct
// outputs.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

const hexDigits = "0123456789abcdef"

// IsUUID reports whether gift i's ID is a UUID (one gift in ten) rather than a payment serial.
func (g *IDs) IsUUID(i int) bool { return mix(g.seed^0x2545f4914f6cdd1d^uint64(i))%10 == 0 }

// GiftID returns gift i's ID.
func (g *IDs) GiftID(i int) string { return string(g.AppendGiftID(nil, i)) }

// AppendGiftID appends gift i's ID to dst (without allocating when dst has room).
func (g *IDs) AppendGiftID(dst []byte, i int) []byte {
	u := uint64(i)
	if g.IsUUID(i) {
		// 16 hex digits carry a bijection of i (distinct i, distinct IDs); the rest is noise.
		a, b := mix(u^g.seed), mix(u+g.seed*0x9e3779b97f4a7c15+1)
		// Positions 12 (the version) and 16 (the variant) are fixed; a fills 0–11, 13–15 and 17.
		var h [32]byte
		k := 0
		for pos := 0; pos < 18; pos++ {
			if pos == 12 || pos == 16 {
				continue
			}
			h[pos] = hexDigits[a>>(60-4*k)&15]
			k++
		}
		for pos := 18; pos < 32; pos++ {
			h[pos] = hexDigits[b>>(4*(pos-18))&15]
		}
		h[12] = '4'                  // version 4
		h[16] = hexDigits[8|b>>60&3] // variant 10xx
		dst = append(dst, h[0:8]...)
		dst = append(dst, '-')
		dst = append(dst, h[8:12]...)
		dst = append(dst, '-')
		dst = append(dst, h[12:16]...)
		dst = append(dst, '-')
		dst = append(dst, h[16:20]...)
		dst = append(dst, '-')
		return append(dst, h[20:32]...)
	}
	// "4200" and 16 digits of (i·m + c) mod 10^16, a bijection of i below 10^16 (m is prime to 10).
	const mod = 10_000_000_000_000_000
	v := (mulMod(u%mod, 7_919_000_000_001, mod) + g.seed%mod) % mod
	dst = append(dst, "4200"...)
	var d [16]byte
	for k := 15; k >= 0; k-- {
		d[k] = byte('0' + v%10)
		v /= 10
	}
	return append(dst, d[:]...)
}

// mulMod returns a·b mod m, for m > 0.
func mulMod(a, b, m uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return bits.Rem64(hi, lo, m)
}

const base64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

// DonorID returns donor k's ID.
func (g *IDs) DonorID(k int) string { return string(g.AppendDonorID(nil, k)) }

// AppendDonorID appends donor k's ID to dst (without allocating when dst has room).
func (g *IDs) AppendDonorID(dst []byte, k int) []byte {
	// Eleven characters carry a bijection of k (66 bits ≥ 64); sixteen more are noise.
	a, b, c := mix(uint64(k)^g.seed), mix(uint64(k)+g.seed+0x632be59bd9b4e019), mix(uint64(k)^g.seed^0xd1b54a32d192ed03)
	dst = append(dst, 'o')
	for s := 0; s < 11; s++ {
		dst = append(dst, base64URL[a>>(6*s)&63])
	}
	for s := 0; s < 8; s++ {
		dst = append(dst, base64URL[b>>(6*s)&63])
	}
	for s := 0; s < 8; s++ {
		dst = append(dst, base64URL[c>>(6*s)&63])
	}
	return dst
}

// NextDonor draws the next donor's number (0 is the most frequent donor).
func (g *IDs) NextDonor() int { return int(g.zipf.Uint64()) }
