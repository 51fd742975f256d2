package charity

import (
	"encoding/hex"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestParseDigest: a digest is exactly 64 lower-case hexadecimal digits.
func TestParseDigest(t *testing.T) {
	want := journalIV
	d, ok := parseDigest(hex.EncodeToString(want[:]))
	require.True(t, ok)
	require.Equal(t, want, d)
	for _, bad := range []string{"", strings.Repeat("0", 63), strings.Repeat("0", 65), strings.Repeat("A", 64),
		strings.Repeat("0", 63) + "g", " " + strings.Repeat("0", 63), strings.Repeat("0", 62) + "é"} {
		_, ok := parseDigest(bad)
		require.False(t, ok, "%q", bad)
	}
}
