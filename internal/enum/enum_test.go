package enum

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
)

func TestNames(t *testing.T) {
	n := Names{Type: "Colour", Text: []string{"", "red", "green"}}
	require.False(t, n.Valid(0))
	require.True(t, n.Valid(2))
	require.False(t, n.Valid(3))
	require.Equal(t, "green", n.String(2))
	require.Equal(t, "", n.String(0))
	require.Equal(t, "Colour(7)", n.String(7))

	b, err := n.Marshal(1)
	require.NoError(t, err)
	require.Equal(t, "red", string(b))
	_, err = n.Marshal(0)
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
	require.Contains(t, err.Error(), "one of red, green")

	v, err := n.Unmarshal([]byte(" green "), nil)
	require.NoError(t, err)
	require.Equal(t, uint8(2), v)
	v, err = n.Unmarshal([]byte("绿"), map[string]uint8{"绿": 2})
	require.NoError(t, err)
	require.Equal(t, uint8(2), v)
	_, err = n.Unmarshal([]byte(""), nil)
	require.ErrorIs(t, err, socialorg.ErrInvalidInput, "the zero value has no text form here")

	withZero := Names{Type: "T", Text: []string{"none", "one"}}
	v, err = withZero.Unmarshal([]byte("none"), nil)
	require.NoError(t, err)
	require.Zero(t, v)
}
