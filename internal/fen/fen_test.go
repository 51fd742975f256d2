package fen

import (
	"math"
	"math/big"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

func TestFromDecimal(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		err  error
	}{
		{"0", 0, nil},
		{"0.01", 1, nil},
		{"1.5", 150, nil},
		{"1.500", 150, nil},
		{"-30000.05", -3000005, nil},
		{"1e3", 100000, nil},
		{"92233720368547758.07", math.MaxInt64, nil},
		{"-92233720368547758.08", math.MinInt64, nil},
		{"92233720368547758.08", 0, ErrOverflow},
		{"1e17", 0, ErrOverflow},
		{"1e1000", 0, ErrOverflow},
		{"0.001", 0, ErrSubFen},
		{"1.005", 0, ErrSubFen},
		{"123456789012345678901234567890.001", 0, ErrSubFen},
		{"1234567890123456789.00", 0, ErrOverflow},
		{"0.00000000000000000000000", 0, nil},
		{"1e-10000", 0, ErrSubFen},
		{"0e-10000", 0, nil},
		{"1" + strings.Repeat("0", 40) + "e-40", 100, nil},
		{"1" + strings.Repeat("0", 40) + "1e-41", 0, ErrSubFen},
		{"1" + strings.Repeat("0", 40) + "e-10", 0, ErrOverflow},
		{"1" + strings.Repeat("0", 40) + "e-30", 1e12, nil},
		{"-1" + strings.Repeat("0", 40) + "e-40", -100, nil},
		{"10000000000000000.000000000000000000000", 1000000000000000000, nil},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := FromDecimal(decimal.RequireFromString(tc.in))
			if tc.err != nil {
				require.ErrorIs(t, err, tc.err)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tc.want, got)
			require.True(t, ToDecimal(got).Equal(decimal.RequireFromString(tc.in)))
		})
	}
	_, err := NonNegative(decimal.RequireFromString("-0.01"))
	require.ErrorIs(t, err, ErrNegative)
	v, err := NonNegative(decimal.Zero)
	require.NoError(t, err)
	require.Zero(t, v)
}

func TestFormat(t *testing.T) {
	for f, want := range map[int64]string{0: "0.00", 5: "0.05", -5: "-0.05", 3000000: "30000.00", 123456: "1234.56",
		math.MinInt64: "-92233720368547758.08", math.MaxInt64: "92233720368547758.07"} {
		require.Equal(t, want, Format(f))
	}
}

func TestAddMul(t *testing.T) {
	s, ok := Add(math.MaxInt64-1, 1)
	require.True(t, ok)
	require.Equal(t, int64(math.MaxInt64), s)
	_, ok = Add(math.MaxInt64, 1)
	require.False(t, ok)
	_, ok = Add(math.MinInt64, -1)
	require.False(t, ok)
	_, ok = Mul(math.MaxInt64/2+1, 2)
	require.False(t, ok)
	_, ok = Mul(-1, math.MinInt64)
	require.False(t, ok)
	p, ok := Mul(-3, 7)
	require.True(t, ok)
	require.Equal(t, int64(-21), p)
	_, err := Yuan(math.MaxInt64 / 10)
	require.ErrorIs(t, err, ErrOverflow)
	v, err := Yuan(3)
	require.NoError(t, err)
	require.Equal(t, int64(300), v)
}

func TestSplit(t *testing.T) {
	parts, err := Split(100, []int64{1, 1, 1})
	require.NoError(t, err)
	require.Equal(t, []int64{34, 33, 33}, parts)

	parts, err = Split(1000, []int64{6, 4, 0})
	require.NoError(t, err)
	require.Equal(t, []int64{600, 400, 0}, parts)

	parts, err = Split(math.MaxInt64, []int64{math.MaxInt64 / 2, math.MaxInt64 / 2})
	require.NoError(t, err)
	require.Equal(t, int64(math.MaxInt64), parts[0]+parts[1])

	_, err = Split(-1, []int64{1})
	require.ErrorIs(t, err, ErrNegative)
	_, err = Split(1, []int64{1, -1})
	require.ErrorIs(t, err, ErrNegative)
	_, err = Split(1, []int64{0, 0})
	require.Error(t, err)
	_, err = Split(1, []int64{math.MaxInt64, 1})
	require.ErrorIs(t, err, ErrOverflow)
}

// TestSplitProperty: parts sum to the whole, each is within 1 fen of its exact share, and zero
// weights get nothing.
func TestSplitProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	for n := 0; n < 2000; n++ {
		total := r.Int64N(1 << 40)
		ws := make([]int64, 1+r.IntN(8))
		var sum int64
		for i := range ws {
			if r.IntN(4) > 0 {
				ws[i] = r.Int64N(1 << 20)
			}
			sum += ws[i]
		}
		if sum == 0 {
			ws[0], sum = 1, 1
		}
		parts, err := Split(total, ws)
		require.NoError(t, err)
		var got int64
		for i, p := range parts {
			got += p
			exact := decimal.NewFromInt(total).Mul(decimal.NewFromInt(ws[i])).DivRound(decimal.NewFromInt(sum), 6)
			diff := decimal.NewFromInt(p).Sub(exact).Abs()
			require.True(t, diff.LessThan(decimal.NewFromInt(1)), "part %d off by %s", i, diff)
			if ws[i] == 0 {
				require.Zero(t, p)
			}
		}
		require.Equal(t, total, got)
	}
}

func FuzzFromDecimal(f *testing.F) {
	for _, s := range []string{"0", "1.5", "0.001", "1e1000", "-92233720368547758.08", "1e-10000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := decimal.NewFromString(s)
		if err != nil {
			return
		}
		v, err := FromDecimal(d) // must return promptly whatever the exponent
		if exp := d.Exponent(); exp < -40 || exp > 40 {
			// Comparing decimals this far apart rescales to 10^|exp|; judge on the digits instead.
			if err != nil {
				return
			}
			if v == 0 {
				if !d.IsZero() {
					t.Fatalf("%q: a non-zero amount read as 0", s)
				}
				return
			}
			// v fen = coefficient × 10^(exp+2): the coefficient is v followed by −exp−2 zeros.
			want := strconv.FormatInt(v, 10) + strings.Repeat("0", int(-exp-2))
			if exp > 0 || d.Coefficient().String() != want {
				t.Fatalf("%q accepted as %d fen", s, v)
			}
			return
		}
		if err != nil {
			return
		}
		if !ToDecimal(v).Equal(d) {
			t.Fatalf("%q → %d fen → %s", s, v, ToDecimal(v))
		}
	})
}

func TestPercent(t *testing.T) {
	tests := []struct {
		num, den int64
		dec      int
		want     string
	}{
		{2, 3, 2, "66.67%"},
		{1, 3, 2, "33.33%"},
		{1, 8, 2, "12.50%"},
		{1, 8, 1, "12.5%"},
		{1, 16, 2, "6.25%"},   // exact
		{1, 1600, 2, "0.06%"}, // 0.0625 → half to even: 0.06
		{3, 1600, 2, "0.19%"}, // 0.1875 → 0.19 (above half)
		{5, 2000, 2, "0.25%"},
		{1, 400000, 2, "0.00%"}, // 0.00025% → 0.00
		{3, 400000, 2, "0.00%"}, // 0.00075% → 0.00
		{1, 200, 0, "0%"},       // 0.5% → half to even: 0
		{3, 200, 0, "2%"},       // 1.5% → 2
		{-1, 1600, 2, "-0.06%"}, // symmetric
		{1, -1600, 2, "-0.06%"}, // sign from the denominator
		{-3, 1600, 2, "-0.19%"},
		{1913, 807, 2, "237.05%"}, // the seed's 807 → 1,913
		{1106, 807, 2, "137.05%"},
		{0, 5, 2, "0.00%"},
		{5, 0, 2, "n/a"},
		{1, 3, -1, "33%"},
		{1, 3, 40, "33.3333333333333333%"}, // clamped to 16 decimals
		{math.MaxInt64, 1, 2, "922337203685477580700.00%"},
		{math.MinInt64, 1, 0, "-922337203685477580800%"},
		{math.MinInt64, -1, 0, "922337203685477580800%"},
		{2, 3, 16, "66.6666666666666667%"},
	}
	for _, tc := range tests {
		require.Equal(t, tc.want, Percent(tc.num, tc.den, tc.dec), "%d/%d", tc.num, tc.den)
	}
}

func TestCmpProduct(t *testing.T) {
	require.Equal(t, 0, CmpProduct(7000, 10, 10000, 7))  // 7000 = 0.7 × 10000
	require.Equal(t, -1, CmpProduct(6999, 10, 10000, 7)) // a fen short
	require.Equal(t, 1, CmpProduct(7001, 10, 10000, 7))  // a fen over
	require.Equal(t, 1, CmpProduct(0, 10, -5, 7))        // against a negative base
	require.Equal(t, -1, CmpProduct(-1, 1, 0, 1))
	require.Equal(t, 0, CmpProduct(0, 5, 0, 9))
	// Beyond 64 bits.
	require.Equal(t, 1, CmpProduct(math.MaxInt64, 100, math.MaxInt64, 99))
	require.Equal(t, -1, CmpProduct(math.MinInt64, 100, math.MinInt64, 99))
	require.Equal(t, 0, CmpProduct(math.MinInt64, 1, math.MinInt64, 1))
	r := rand.New(rand.NewPCG(4, 4))
	for n := 0; n < 5000; n++ {
		a, b, c, d := r.Int64N(1<<40)-1<<39, r.Int64N(1<<20), r.Int64N(1<<40)-1<<39, r.Int64N(1<<20)
		want := 0
		if a*b < c*d {
			want = -1
		} else if a*b > c*d {
			want = 1
		}
		require.Equal(t, want, CmpProduct(a, b, c, d))
	}
}

func TestMulRatioCeil(t *testing.T) {
	v, ok := MulRatioCeil(10001, 7, 10) // 7000.7 → 7001
	require.True(t, ok)
	require.Equal(t, int64(7001), v)
	v, ok = MulRatioCeil(10000, 7, 10)
	require.True(t, ok)
	require.Equal(t, int64(7000), v)
	v, ok = MulRatioCeil(100, 7, 30) // 23.33 → 24
	require.True(t, ok)
	require.Equal(t, int64(24), v)
	_, ok = MulRatioCeil(math.MaxInt64, 3, 1)
	require.False(t, ok)
	_, ok = MulRatioCeil(-1, 3, 1)
	require.False(t, ok)
}

func TestMulRatioFloor(t *testing.T) {
	for _, tc := range []struct{ x, num, den, want int64 }{
		{10001, 6, 10, 6000}, // 6000.6 → 6000
		{10000, 6, 10, 6000},
		{99999, 6, 10, 59999}, // 59999.4
		{0, 6, 10, 0},
		{math.MaxInt64, 1, 1, math.MaxInt64},
	} {
		v, ok := MulRatioFloor(tc.x, tc.num, tc.den)
		require.True(t, ok)
		require.Equal(t, tc.want, v, "%d×%d/%d", tc.x, tc.num, tc.den)
	}
	for _, bad := range [][3]int64{{math.MaxInt64, 3, 1}, {-1, 1, 1}, {1, -1, 1}, {1, 1, 0}} {
		_, ok := MulRatioFloor(bad[0], bad[1], bad[2])
		require.False(t, ok, "%v", bad)
	}
}

// TestHostileCost: conversions of decimals built with huge exponents or long coefficients, and
// splits into many parts, finish quickly (generous bounds, so that a loaded machine does not make
// the test flaky).
func TestHostileCost(t *testing.T) {
	long, _ := new(big.Int).SetString("1"+strings.Repeat("0", 20000), 10)
	inputs := []decimal.Decimal{
		decimal.New(1, math.MinInt32),
		decimal.New(1, math.MaxInt32),
		decimal.New(0, math.MinInt32),
		decimal.New(-7, math.MinInt32+5),
		decimal.NewFromBigInt(long, math.MinInt32),
		decimal.NewFromBigInt(long, -20002),
		decimal.NewFromBigInt(long, math.MaxInt32),
		decimal.NewFromBigInt(long, 0),
	}
	for _, d := range inputs {
		start := time.Now()
		_, _ = FromDecimal(d)
		_, _ = NonNegative(d)
		require.Less(t, time.Since(start), 100*time.Millisecond, "FromDecimal(%s…)", d.Coefficient().String()[:1])
	}
	v, err := FromDecimal(decimal.NewFromBigInt(long, -20002))
	require.NoError(t, err)
	require.Equal(t, int64(1), v) // 10^20000 × 10^−20002 yuan is one fen

	ws := make([]int64, 30000)
	for i := range ws {
		ws[i] = 1
	}
	start := time.Now()
	parts, err := Split(29999, ws)
	require.NoError(t, err)
	require.Less(t, time.Since(start), 100*time.Millisecond)
	require.Equal(t, int64(1), parts[0])
	require.Equal(t, int64(0), parts[29999]) // ties go to the earlier parts

	start = time.Now()
	_ = Percent(math.MaxInt64, 3, 1<<30)
	require.Less(t, time.Since(start), 100*time.Millisecond)
}

func BenchmarkSplit30k(b *testing.B) {
	ws := make([]int64, 30000)
	for i := range ws {
		ws[i] = int64(i%7 + 1)
	}
	for b.Loop() {
		if _, err := Split(1<<40+12345, ws); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFromDecimalHugeExponent(b *testing.B) {
	d := decimal.New(1, math.MinInt32)
	for b.Loop() {
		_, _ = FromDecimal(d)
	}
}
