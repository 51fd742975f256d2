package socialorg

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg/internal/fen"
)

// Ratio is an exact fraction Num/Den: a coverage rate, a growth, a share of a board, the statutory
// 70%. Den 0 means the ratio is undefined (nothing to divide by), which Percent writes as "n/a".
// Ratios compare exactly (Cmp) and format with half-to-even rounding (Percent); no binary
// floating point is involved.
type Ratio struct {
	Num int64 `json:"num"`
	Den int64 `json:"den"`
}

// NewRatio returns num/den.
func NewRatio(num, den int64) Ratio { return Ratio{Num: num, Den: den} }

// RatioOf reads a decimal exactly: 0.7 is 7/10, 0.065 is 65/1000. It fails when the decimal has
// more than 18 decimal places or does not fit an int64 fraction.
func RatioOf(d decimal.Decimal) (Ratio, error) {
	exp := d.Exponent()
	if exp < -18 || exp > 18 || d.NumDigits() > 18 {
		return Ratio{}, Invalid("ratio", d, "at most 18 digits and 18 decimal places")
	}
	c := d.CoefficientInt64()
	if exp >= 0 {
		hi, lo := bits.Mul64(fen.Abs(c), pow10u[exp])
		if hi != 0 || lo > math.MaxInt64 {
			return Ratio{}, Invalid("ratio", d, "within ±9.2e18")
		}
		return Ratio{Num: c * int64(pow10u[exp]), Den: 1}, nil
	}
	return Ratio{Num: c, Den: int64(pow10u[-exp])}, nil
}

var pow10u = [...]uint64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

// Defined reports whether the ratio has a denominator.
func (r Ratio) Defined() bool { return r.Den != 0 }

// Cmp compares two ratios exactly by value: −1 if r < o, 0 if equal, +1 if r > o (1/3 and 2/6
// are equal). An undefined ratio sorts before every defined one.
func (r Ratio) Cmp(o Ratio) int {
	switch {
	case !r.Defined() && !o.Defined():
		return 0
	case !r.Defined():
		return -1
	case !o.Defined():
		return 1
	case r.Den < 0 || o.Den < 0:
		return r.rat().Cmp(o.rat())
	}
	// With positive denominators: r.Num·o.Den vs o.Num·r.Den.
	return fen.CmpProduct(r.Num, o.Den, o.Num, r.Den)
}

func (r Ratio) rat() *big.Rat { return new(big.Rat).SetFrac(big.NewInt(r.Num), big.NewInt(r.Den)) }

// Percent writes the ratio as a percentage with the given number of decimals (0–16; more are
// taken as 16), rounded half to even, exactly: NewRatio(2, 3).Percent(2) is "66.67%",
// NewRatio(6801, 9000).Percent(2) is "75.57%". An undefined ratio is "n/a".
func (r Ratio) Percent(decimals int) string { return fen.Percent(r.Num, r.Den, decimals) }

// AppendPercent appends r.Percent(decimals) to b.
func (r Ratio) AppendPercent(b []byte, decimals int) []byte {
	return fen.AppendPercent(b, r.Num, r.Den, decimals)
}

// String writes the fraction as "num/den" ("n/a" when undefined).
func (r Ratio) String() string {
	if !r.Defined() {
		return "n/a"
	}
	return strconv.FormatInt(r.Num, 10) + "/" + strconv.FormatInt(r.Den, 10)
}

// Decimal returns the ratio rounded half to even to the given number of places (0–18; values
// outside are clamped), exactly: 1/8 to two places is 0.12, 3/8 is 0.38, 5/2 to none is 2, 7/2 is
// 4, and −1/8 is −0.12. Half to even is the one rounding rule of the library for figures it
// shows (Percent rounds the same way; amounts round to the fen by it too); zero when undefined.
func (r Ratio) Decimal(places int32) decimal.Decimal {
	if !r.Defined() {
		return decimal.Zero
	}
	places = max(0, min(places, 18))
	num, den := big.NewInt(r.Num), big.NewInt(r.Den)
	if den.Sign() < 0 {
		num.Neg(num)
		den.Neg(den)
	}
	num.Mul(num, new(big.Int).SetUint64(pow10u[places]))
	q, rem := new(big.Int).QuoRem(num, den, new(big.Int))
	// |rem| vs den/2: round away from zero when above, to even when exactly half.
	switch c := new(big.Int).Lsh(rem.Abs(rem), 1).Cmp(den); {
	case c > 0, c == 0 && q.Bit(0) == 1:
		if num.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	return decimal.NewFromBigInt(q, -places)
}

// Change is the change of one figure between two dates, e.g. the Party organizations in
// Guangzhou's social organizations, 807 → 1,913.
type Change struct {
	From int64 `json:"from"`
	To   int64 `json:"to"`
}

// Delta returns To − From, saturated at the int64 limits.
func (c Change) Delta() int64 {
	d := c.To - c.From
	if (c.To^c.From)&(c.To^d) < 0 { // the operands' signs differ and the result's is not To's
		if c.To < 0 {
			return math.MinInt64
		}
		return math.MaxInt64
	}
	return d
}

// Growth returns the relative change (To − From) / From: 807 → 1,913 is 137.05%. Undefined when
// From is 0.
func (c Change) Growth() Ratio {
	if c.From == 0 {
		return Ratio{}
	}
	return Ratio{Num: c.Delta(), Den: c.From}
}

// Multiple returns To / From: 807 → 1,913 is 237.05%. Undefined when From is 0.
func (c Change) Multiple() Ratio {
	if c.From == 0 {
		return Ratio{}
	}
	return Ratio{Num: c.To, Den: c.From}
}
