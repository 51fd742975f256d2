package money

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
)

func TestReader(t *testing.T) {
	var p socialorg.Problems
	var r Reader
	require.Equal(t, int64(1234), r.Any(&p, "a", decimal.RequireFromString("12.34")))
	require.Equal(t, int64(-5), r.Any(&p, "b", decimal.RequireFromString("-0.05")))
	require.Equal(t, int64(0), r.NonNegative(&p, "c", decimal.Zero))
	require.Equal(t, int64(1), r.Positive(&p, "d", decimal.RequireFromString("0.01")))
	require.NoError(t, p.Err())

	r.NonNegative(&p, "e", decimal.RequireFromString("-1"))
	r.Positive(&p, "f", decimal.Zero)
	r.Any(&p, "g", decimal.RequireFromString("0.001"))
	r.Any(&p, "h", decimal.New(1, 1<<30))
	err := p.Err()
	for _, f := range []string{"invalid e", "invalid f", "invalid g", "invalid h"} {
		require.ErrorContains(t, err, f)
	}
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
	require.Equal(t, 4, p.Len())

	require.NoError(t, Check(decimal.RequireFromString("30000.00")))
	require.Error(t, Check(decimal.RequireFromString("-1")))
	require.Error(t, Check(decimal.RequireFromString("1.001")))
}
