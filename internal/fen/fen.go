// Package fen does the library's money arithmetic in integer fen (1 yuan = 100 fen): conversion
// from and to decimal.Decimal at the API boundary, overflow-checked sums and products, exact
// comparison against decimal ratios, and largest-remainder splits. No binary floating point anywhere.
package fen

import (
	"errors"
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// Errors returned by the conversions. Callers wrap them into an error that names the field.
var (
	ErrSubFen   = errors.New("amount has more than two decimal places (below the fen)")
	ErrOverflow = errors.New("amount out of range")
	ErrNegative = errors.New("amount is negative")
)

// FromDecimal converts an amount in yuan to fen. It rejects amounts with a non-zero digit below
// the fen (ErrSubFen) and amounts beyond ±(2^63−1) fen (ErrOverflow). Trailing zeros are fine:
// 1.500 is 150 fen. Its work is bounded by the digits of the coefficient, whatever the exponent.
func FromDecimal(d decimal.Decimal) (int64, error) {
	exp := int64(d.Exponent()) + 2 // the exponent of the amount in fen
	if d.NumDigits() <= 18 {
		return fromSmall(d.CoefficientInt64(), exp)
	}
	c := d.Coefficient()
	if exp < 0 {
		var r big.Int
		ten := big.NewInt(10)
		for ; exp < 0 && c.Sign() != 0; exp++ {
			c.QuoRem(c, ten, &r)
			if r.Sign() != 0 {
				return 0, ErrSubFen
			}
		}
	}
	if c.IsInt64() {
		return fromSmall(c.Int64(), exp)
	}
	return 0, ErrOverflow
}

// fromSmall returns c × 10^exp as an int64.
func fromSmall(c, exp int64) (int64, error) {
	if c == 0 {
		return 0, nil
	}
	for ; exp < 0; exp++ {
		if c%10 != 0 {
			return 0, ErrSubFen
		}
		c /= 10
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
	if d.IsNegative() {
		return 0, ErrNegative
	}
	return FromDecimal(d)
}

var pow10 = [...]int64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

func abs(x int64) uint64 {
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

// MustYuan is Yuan for package-level tables of legal thresholds.
func MustYuan(n int64) int64 {
	v, err := Yuan(n)
	if err != nil {
		panic(err)
	}
	return v
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
	u := abs(f)
	if f < 0 {
		b = append(b, '-')
	}
	b = strconv.AppendUint(b, u/100, 10)
	c := u % 100
	return append(b, '.', byte('0'+c/10), byte('0'+c%10))
}

// Split divides total fen into parts proportional to weights by the largest-remainder method:
// each part gets the floor of its exact share, and the fen left over go one each to the parts
// with the largest remainders (ties to the earlier part). The parts always sum to total.
// total and every weight must be ≥ 0, and the weights must not all be 0.
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
	for left := total - given; left > 0; left-- {
		best := -1
		for i, r := range rems {
			if weights[i] > 0 && (best < 0 || r > rems[best]) {
				best = i
			}
		}
		parts[best]++
		rems[best] = 0
	}
	return parts, nil
}

// Percent formats num/den as a percentage with the given number of decimals, rounded half to
// even, exactly (integer arithmetic): Percent(2, 3, 2) is "66.67%", Percent(6801, 9000, 2) is
// "75.57%". A zero denominator gives "n/a"; negative decimals count as 0.
func Percent(num, den int64, decimals int) string {
	return PercentBig(big.NewInt(num), big.NewInt(den), decimals)
}

// PercentBig is Percent for numerators and denominators beyond int64 (products of amounts).
func PercentBig(num, den *big.Int, decimals int) string {
	if den.Sign() == 0 {
		return "n/a"
	}
	if decimals < 0 {
		decimals = 0
	}
	// q = round(num × 10^(decimals+2) / den), half to even.
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)+2), nil)
	n := new(big.Int).Mul(num, scale)
	d := new(big.Int).Set(den)
	if d.Sign() < 0 {
		n.Neg(n)
		d.Neg(d)
	}
	q, m := new(big.Int).QuoRem(n, d, new(big.Int)) // truncated toward zero; m has n's sign
	twice := new(big.Int).Lsh(new(big.Int).Abs(m), 1)
	if c := twice.Cmp(d); c > 0 || (c == 0 && q.Bit(0) == 1) {
		if n.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	neg := q.Sign() < 0
	digits := q.Abs(q).String()
	if len(digits) <= decimals {
		digits = strings.Repeat("0", decimals-len(digits)+1) + digits
	}
	out := digits
	if decimals > 0 {
		out = digits[:len(digits)-decimals] + "." + digits[len(digits)-decimals:]
	}
	if neg {
		out = "-" + out
	}
	return out + "%"
}

// Ratio is an exact non-negative fraction Num/Den (Den > 0), read from a decimal such as 0.70.
type Ratio struct{ Num, Den int64 }

// RatioOf reads a decimal ratio exactly: 0.7 is 7/10, 0.065 is 65/1000. It fails for negative
// values and for more than 18 decimal places.
func RatioOf(d decimal.Decimal) (Ratio, error) {
	if d.IsNegative() {
		return Ratio{}, ErrNegative
	}
	exp := d.Exponent()
	if exp < -18 || exp > 18 {
		return Ratio{}, ErrOverflow
	}
	if !d.Coefficient().IsInt64() {
		return Ratio{}, ErrOverflow
	}
	c := d.CoefficientInt64()
	if exp >= 0 {
		v, ok := Mul(c, pow10[exp])
		if !ok {
			return Ratio{}, ErrOverflow
		}
		return Ratio{Num: v, Den: 1}, nil
	}
	return Ratio{Num: c, Den: pow10[-exp]}, nil
}

// Decimal returns the ratio as a decimal, exactly when Den is a power of ten.
func (r Ratio) Decimal() decimal.Decimal {
	return decimal.NewFromInt(r.Num).DivRound(decimal.NewFromInt(r.Den), 18)
}

// CmpProduct compares x × xd with y × yd exactly (128-bit products): −1, 0 or +1. It is how
// "amount ≥ ratio × base" is decided: CmpProduct(amount, r.Den, base, r.Num) ≥ 0.
func CmpProduct(x, xd, y, yd int64) int {
	return cmp128(mul128(x, xd), mul128(y, yd))
}

// i128 is a signed 128-bit integer: hi is the signed high word.
type i128 struct {
	hi int64
	lo uint64
}

func mul128(a, b int64) i128 {
	neg := (a < 0) != (b < 0)
	hi, lo := bits.Mul64(abs(a), abs(b))
	v := i128{hi: int64(hi), lo: lo}
	if neg && (hi != 0 || lo != 0) {
		// two's complement negation
		v.lo = ^lo + 1
		v.hi = ^int64(hi)
		if v.lo == 0 {
			v.hi++
		}
	}
	return v
}

func cmp128(a, b i128) int {
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
