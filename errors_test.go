package socialorg_test

import (
	"errors"
	"math"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
)

// TestShortIsBounded: an error never echoes a long input, and formatting a hostile decimal costs
// little.
func TestShortIsBounded(t *testing.T) {
	require.Equal(t, "abc", socialorg.Short("abc"))
	long := strings.Repeat("中", 1<<20)
	s := socialorg.Short(long)
	require.LessOrEqual(t, len(s), 70)
	require.True(t, strings.HasSuffix(s, "…"))
	require.Equal(t, "12.5", socialorg.Short(decimal.RequireFromString("12.5")))
	coef, _ := new(big.Int).SetString(strings.Repeat("7", 200_000), 10)
	for _, d := range []decimal.Decimal{decimal.New(1, math.MinInt32), decimal.New(1, math.MaxInt32), decimal.NewFromBigInt(coef, -3)} {
		start := time.Now()
		out := socialorg.Short(d)
		require.Less(t, time.Since(start), hangBound)
		require.Less(t, len(out), 80, out)
	}
	require.Equal(t, "2024-09-05", socialorg.Short(socialorg.MustDate("2024-09-05")))
	require.Equal(t, "42", socialorg.Short(42))
}

func TestProblems(t *testing.T) {
	var p socialorg.Problems
	require.NoError(t, p.Err())
	p.Add("a.b", "x", "required")
	p.AddError(errors.Join(socialorg.Invalid("c", 1, "≥ 2"), socialorg.Invalid("d", 1, "≥ 2")))
	p.AddError(nil)
	require.Equal(t, 3, p.Len())
	err := p.Err()
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
	require.Contains(t, err.Error(), "a.b")
	require.Contains(t, err.Error(), "d")

	// Bounded: a million problems keep 50 and a count.
	var many socialorg.Problems
	sentinel := errors.New("package sentinel")
	many.Sentinel = sentinel
	for i := range 1_000_000 {
		many.Add("f", i, "bad")
	}
	require.Equal(t, 1_000_000, many.Len())
	err = many.Err()
	require.ErrorIs(t, err, sentinel)
	require.Contains(t, err.Error(), "999950")
	require.Less(t, len(err.Error()), 5000)

	require.Equal(t, "parts[3].share", socialorg.Path("parts", 3, "share"))
	require.Equal(t, "organization.funds", socialorg.Path("organization", "", "funds"))
}

func TestNotInForceError(t *testing.T) {
	e := &socialorg.NotInForceError{Param: "x.y", Date: socialorg.MustDate("2021-01-01"), First: socialorg.MustDate("2018-01-08"), Last: socialorg.MustDate("2020-12-31")}
	require.ErrorIs(t, e, socialorg.ErrNotInForce)
	require.Contains(t, e.Error(), "2018-01-08 to 2020-12-31")
	require.Contains(t, (&socialorg.NotInForceError{Param: "x.y"}).Error(), "no regime")
}

type panicky struct{}

func (panicky) String() string { panic("boom") }

type hugeStringer struct{ n int }

func (h hugeStringer) String() string { return strings.Repeat("x", h.n) }

// TestShortNeverPanics: Invalid and Short survive a String method that panics, nil pointers
// (a nil *Date), and huge collections, at bounded cost (issue 18: Invalid with a panicking
// Stringer, or a nil *Date, panicked).
func TestShortNeverPanics(t *testing.T) {
	var nilDate *socialorg.Date
	var nilDec *decimal.Decimal
	var nilErr *socialorg.InputError
	for _, v := range []any{nil, nilDate, nilDec, nilErr, panicky{}, &panicky{}, hugeStringer{1 << 20},
		make([]int, 1<<20), map[int]int{1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9}, [3]int{1, 2, 3}, true, uint64(7)} {
		require.NotPanics(t, func() {
			s := socialorg.Short(v)
			require.LessOrEqual(t, len(s), 100, s)
			e := socialorg.Invalid("f", v, "r")
			require.LessOrEqual(t, len(e.Error()), 200)
		}, "%T", v)
	}
	require.Equal(t, "<nil>", socialorg.Short(nilDate))
	require.Contains(t, socialorg.Short(panicky{}), "panicked")
	require.Equal(t, "([]int of 1048576 elements)", socialorg.Short(make([]int, 1<<20)))
	require.Equal(t, "[1 2 3]", socialorg.Short([]int{1, 2, 3}))
	require.Equal(t, "true", socialorg.Short(true))
}

// TestInputErrorBounded: an InputError built by hand, with long fields, still prints a short
// message.
func TestInputErrorBounded(t *testing.T) {
	long := strings.Repeat("字", 1<<18)
	e := &socialorg.InputError{Field: long, Value: long, Rule: long}
	require.Less(t, len(e.Error()), 600)
}
