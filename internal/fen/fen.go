// Package fen does the library's money arithmetic in integer fen (1 yuan = 100 fen): conversion
// from and to decimal.Decimal at the API boundary, overflow-checked sums and products, exact
// comparison of products in 128-bit integers, exact percentages, and largest-remainder splits.
// No binary floating point anywhere; every function takes time bounded by the size of its input,
// whatever the exponent of a decimal.
package fen

import (
	"cmp"
	"errors"
	"math"
	"math/big"
	"math/bits"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"
)

// Errors returned by the conversions. Callers wrap them into an error that names the field.
var (
	ErrSubFen   = errors.New("more than two decimal places (below the fen)")
	ErrOverflow = errors.New("out of range")
	ErrNegative = errors.New("negative")
)

// FromDecimal converts an amount in yuan to fen. It rejects amounts with a non-zero digit below
// the fen (ErrSubFen) and amounts beyond ±(2^63−1) fen (ErrOverflow). Trailing zeros are fine:
// 1.500 is 150 fen. It never expands the exponent: its work is bounded by the size of the
// coefficient, and a valid amount allocates nothing.
func FromDecimal(d decimal.Decimal) (int64, error) {
	exp := int64(d.Exponent()) + 2 // the exponent of the amount in fen
	if d.NumDigits() <= 18 {
		return fromSmall(d.CoefficientInt64(), exp)
	}
	c := d.Coefficient()
	if exp >= 0 {
		if c.IsInt64() { // 19 digits
			return fromSmall(c.Int64(), exp)
		}
		return 0, ErrOverflow
	}
	// c × 10^exp with k = −exp: c must be a multiple of 10^k, and c / 10^k must fit an int64.
	// When 10^k > c, c (non-zero) cannot be a multiple: decided without computing 10^k.
	k := -exp
	if k > int64(c.BitLen())/3+1 { // 10^k ≥ 8^k > c
		return 0, ErrSubFen
	}
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(k), nil)
	q, r := c.QuoRem(c, p, new(big.Int))
	switch {
	case r.Sign() != 0:
		return 0, ErrSubFen
	case !q.IsInt64():
		return 0, ErrOverflow
	}
	return q.Int64(), nil
}

// fromSmall returns c × 10^exp as an int64.
func fromSmall(c, exp int64) (int64, error) {
	if c == 0 {
		return 0, nil
	}
	if exp < 0 {
		if exp < -18 {
			return 0, ErrSubFen // |c| < 10^18 is not a multiple of 10^19 or more
		}
		p := pow10[-exp]
		if c%p != 0 {
			return 0, ErrSubFen
		}
		return c / p, nil
	}
	if exp >= int64(len(pow10)) {
		return 0, ErrOverflow
	}
	v, ok := Mul(c, pow10[exp])
	if !ok {
		return 0, ErrOverflow
	}
	return v, nil
}

// NonNegative is FromDecimal that also rejects negative amounts (ErrNegative).
func NonNegative(d decimal.Decimal) (int64, error) {
	if d.Sign() < 0 {
		return 0, ErrNegative
	}
	return FromDecimal(d)
}

var pow10 = [...]int64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

// Abs returns |x| as an unsigned integer (right for math.MinInt64 too).
func Abs(x int64) uint64 {
	if x < 0 {
		return uint64(-x)
	}
	return uint64(x)
}

// ToDecimal converts fen to yuan, exactly, with two decimal places.
func ToDecimal(f int64) decimal.Decimal { return decimal.New(f, -2) }

// Yuan returns n whole yuan in fen, or ErrOverflow.
func Yuan(n int64) (int64, error) {
	v, ok := Mul(n, 100)
	if !ok {
		return 0, ErrOverflow
	}
	return v, nil
}

// Add returns a+b and whether it did not overflow.
func Add(a, b int64) (int64, bool) {
	s := a + b
	return s, (s > a) == (b > 0)
}

// Mul returns a×b and whether it did not overflow.
func Mul(a, b int64) (int64, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	p := a * b
	if p/b != a || (a == -1 && b == math.MinInt64) || (b == -1 && a == math.MinInt64) {
		return 0, false
	}
	return p, true
}

// Format writes f fen as yuan with two decimals: "1234.56", "-0.05".
func Format(f int64) string {
	var b [24]byte
	return string(Append(b[:0], f))
}

// Append appends Format(f) to b.
func Append(b []byte, f int64) []byte {
	u := Abs(f)
	if f < 0 {
		b = append(b, '-')
	}
	b = strconv.AppendUint(b, u/100, 10)
	c := u % 100
	return append(b, '.', byte('0'+c/10), byte('0'+c%10))
}

// Split divides total fen into parts proportional to weights by the largest-remainder method:
// each part gets the floor of its exact share, and the fen left over go one each to the parts
// with the largest remainders (ties to the earlier part). The parts always sum to total. total
// and every weight must be ≥ 0, and the weights must not all be 0. It takes O(n log n) time.
func Split(total int64, weights []int64) ([]int64, error) {
	if total < 0 {
		return nil, ErrNegative
	}
	var sum uint64
	for _, w := range weights {
		if w < 0 {
			return nil, ErrNegative
		}
		var carry uint64
		sum, carry = bits.Add64(sum, uint64(w), 0)
		if carry != 0 || sum > math.MaxInt64 {
			return nil, ErrOverflow
		}
	}
	if sum == 0 {
		return nil, errors.New("weights sum to zero")
	}
	parts := make([]int64, len(weights))
	rems := make([]uint64, len(weights))
	var given int64
	for i, w := range weights {
		hi, lo := bits.Mul64(uint64(total), uint64(w))
		q, r := bits.Div64(hi, lo, sum) // q ≤ total, so hi < sum and Div64 cannot overflow
		parts[i] = int64(q)
		rems[i] = r
		given += int64(q)
	}
	left := total - given // < the number of parts with a positive weight
	if left > 0 {
		order := make([]int, 0, len(weights))
		for i, w := range weights {
			if w > 0 {
				order = append(order, i)
			}
		}
		slices.SortFunc(order, func(a, b int) int { return cmp.Or(cmp.Compare(rems[b], rems[a]), cmp.Compare(a, b)) })
		for _, i := range order[:left] {
			parts[i]++
		}
	}
	return parts, nil
}

// CmpProduct compares x × xd with y × yd exactly (128-bit products): −1, 0 or +1. It is how
// "amount ≥ ratio × base" is decided: CmpProduct(amount, den, base, num) ≥ 0.
func CmpProduct(x, xd, y, yd int64) int {
	a, b := mul128(x, xd), mul128(y, yd)
	switch {
	case a.hi < b.hi:
		return -1
	case a.hi > b.hi:
		return 1
	case a.lo < b.lo:
		return -1
	case a.lo > b.lo:
		return 1
	}
	return 0
}

// i128 is a signed 128-bit integer: hi is the signed high word.
type i128 struct {
	hi int64
	lo uint64
}

func mul128(a, b int64) i128 {
	hi, lo := bits.Mul64(Abs(a), Abs(b))
	v := i128{hi: int64(hi), lo: lo}
	if (a < 0) != (b < 0) && (hi != 0 || lo != 0) {
		v.lo = ^lo + 1
		v.hi = ^int64(hi)
		if v.lo == 0 {
			v.hi++
		}
	}
	return v
}

// MulRatioFloor returns floor(x × num / den) for x ≥ 0, num ≥ 0, den > 0, or false when it does
// not fit an int64.
func MulRatioFloor(x, num, den int64) (int64, bool) {
	if x < 0 || num < 0 || den <= 0 {
		return 0, false
	}
	hi, lo := bits.Mul64(uint64(x), uint64(num))
	if hi >= uint64(den) {
		return 0, false
	}
	q, _ := bits.Div64(hi, lo, uint64(den))
	if q > math.MaxInt64 {
		return 0, false
	}
	return int64(q), true
}

// MulRatioCeil returns ceil(x × num / den) for x ≥ 0, num ≥ 0, den > 0, or false when it does not
// fit an int64.
func MulRatioCeil(x, num, den int64) (int64, bool) {
	if x < 0 || num < 0 || den <= 0 {
		return 0, false
	}
	hi, lo := bits.Mul64(uint64(x), uint64(num))
	if hi >= uint64(den) {
		return 0, false
	}
	q, r := bits.Div64(hi, lo, uint64(den))
	if r != 0 {
		q++
	}
	if q > math.MaxInt64 {
		return 0, false
	}
	return int64(q), true
}

// MaxDecimals is the most decimals AppendPercent writes.
const MaxDecimals = 16

// AppendPercent appends num/den × 100 as a percentage with k decimals (clamped to 0–16), rounded
// half to even, exactly: (2, 3, 2) is "66.67%", (6801, 9000, 2) is "75.57%". A zero denominator
// appends "n/a". It works in 128-bit integers, and in big integers only for quotients beyond
// 64 bits.
func AppendPercent(b []byte, num, den int64, k int) []byte {
	if den == 0 {
		return append(b, "n/a"...)
	}
	k = max(0, min(k, MaxDecimals))
	neg := (num < 0) != (den < 0) && num != 0
	n, d := Abs(num), Abs(den)
	hi, lo := bits.Mul64(n, uint64(pow10[k+2])) // k+2 ≤ 18
	if hi >= d {
		return appendPercentBig(b, num, den, k)
	}
	q, rem := bits.Div64(hi, lo, d)
	twice, carry := bits.Add64(rem, rem, 0)
	if carry != 0 || twice > d || (twice == d && q&1 == 1) {
		if q == math.MaxUint64 {
			return appendPercentBig(b, num, den, k)
		}
		q++
	}
	if neg && q != 0 {
		b = append(b, '-')
	}
	var digits [20]byte
	return appendFixed(b, strconv.AppendUint(digits[:0], q, 10), k)
}

// MaxAmount is the largest amount in fen.
const MaxAmount = math.MaxInt64

// PercentMul formats x·m/d as a percentage with k decimals, as Percent does, for a numerator that
// may not fit 64 bits (an amount times the denominator of an average).
func PercentMul(x, m, d int64, k int) string {
	if p, ok := Mul(x, m); ok {
		return Percent(p, d, k)
	}
	if d == 0 {
		return "n/a"
	}
	k = max(0, min(k, MaxDecimals))
	n := new(big.Int).Mul(big.NewInt(x), big.NewInt(m))
	return string(appendPercentBigInt(nil, n, big.NewInt(d), k))
}

// Percent is AppendPercent into a new string.
func Percent(num, den int64, k int) string {
	var b [40]byte
	return string(AppendPercent(b[:0], num, den, k))
}

func appendPercentBig(b []byte, num, den int64, k int) []byte {
	return appendPercentBigInt(b, big.NewInt(num), big.NewInt(den), k)
}

func appendPercentBigInt(b []byte, num, den *big.Int, k int) []byte {
	n := new(big.Int).Mul(num, big.NewInt(pow10[k+2]))
	d := new(big.Int).Set(den)
	if d.Sign() < 0 {
		n.Neg(n)
		d.Neg(d)
	}
	q, m := new(big.Int).QuoRem(n, d, new(big.Int))
	twice := new(big.Int).Lsh(new(big.Int).Abs(m), 1)
	if c := twice.Cmp(d); c > 0 || (c == 0 && q.Bit(0) == 1) {
		if n.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	if q.Sign() < 0 {
		b = append(b, '-')
	}
	return appendFixed(b, []byte(q.Abs(q).String()), k)
}

// appendFixed writes the digits of an integer as a number with k decimals and a % sign.
func appendFixed(b, digits []byte, k int) []byte {
	if len(digits) <= k { // below 1%: "0.05%" from digits "5" with k = 2
		b = append(b, '0', '.')
		for i := len(digits); i < k; i++ {
			b = append(b, '0')
		}
		b = append(b, digits...)
		return append(b, '%')
	}
	b = append(b, digits[:len(digits)-k]...)
	if k > 0 {
		b = append(b, '.')
		b = append(b, digits[len(digits)-k:]...)
	}
	return append(b, '%')
}
