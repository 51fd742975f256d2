package enum

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
)

type colour uint8

var colours = Names[colour]{Type: "Colour", Text: []string{"", "red", "green"},
	Names:   []socialorg.Text{{}, {Hans: "红", Hant: "紅", En: "red"}, {Hans: "绿", Hant: "綠", En: "green"}},
	Aliases: map[string]colour{"绿": 2}}

func (c colour) MarshalText() ([]byte, error)  { return colours.Marshal(c) }
func (c *colour) UnmarshalJSON(b []byte) error { return colours.DecodeJSON(b, c) }

func TestNames(t *testing.T) {
	n := colours
	require.False(t, n.Valid(0))
	require.True(t, n.Valid(2))
	require.False(t, n.Valid(3))
	require.Equal(t, "green", n.String(2))
	require.Equal(t, "", n.String(0))
	require.Equal(t, "Colour(7)", n.String(7))
	require.Equal(t, "紅", n.Name(1).Hant)
	require.True(t, n.Name(9).IsZero())

	b, err := n.Marshal(1)
	require.NoError(t, err)
	require.Equal(t, "red", string(b))
	b, err = n.Marshal(0)
	require.NoError(t, err, "the unset zero value encodes")
	require.Empty(t, b)
	_, err = n.Marshal(9)
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
	require.Contains(t, err.Error(), "one of red, green")

	var v colour
	require.NoError(t, n.Unmarshal([]byte(" green "), &v))
	require.Equal(t, colour(2), v)
	require.NoError(t, n.Unmarshal([]byte("绿"), &v))
	require.Equal(t, colour(2), v)
	require.NoError(t, n.Unmarshal(nil, &v))
	require.Equal(t, colour(0), v)
	v = 1
	require.ErrorIs(t, n.Unmarshal([]byte("blue"), &v), socialorg.ErrInvalidInput)
	require.Equal(t, colour(1), v, "a refused value leaves the destination as it was")
	require.Equal(t, map[string]socialorg.Text{"red": n.Names[1], "green": n.Names[2]}, n.Words())

	folded := Names[colour]{Type: "T", Text: []string{"none", "1A"}, Aliases: map[string]colour{"A": 1}, Fold: true}
	require.NoError(t, folded.Unmarshal([]byte("NONE"), &v))
	require.Zero(t, v)
	require.NoError(t, folded.Unmarshal([]byte("a"), &v))
	require.Equal(t, colour(1), v)
	require.NoError(t, folded.Unmarshal([]byte("1a"), &v))
	require.Equal(t, colour(1), v)
}

// TestDecodeErrorsNameTheField: in a JSON document, a bad enum value is an error that names its
// field, at bounded cost for a long value.
func TestDecodeErrorsNameTheField(t *testing.T) {
	var doc struct {
		Paint colour `json:"paint"`
	}
	err := json.Unmarshal([]byte(`{"paint":"blue"}`), &doc)
	var te *json.UnmarshalTypeError
	require.True(t, errors.As(err, &te), "%v", err)
	require.Equal(t, "paint", te.Field)
	require.Contains(t, err.Error(), "one of red, green")
	require.Error(t, json.Unmarshal([]byte(`{"paint":7}`), &doc))
	require.NoError(t, json.Unmarshal([]byte(`{"paint":"green"}`), &doc))
	require.Equal(t, colour(2), doc.Paint)
	start := time.Now()
	err = json.Unmarshal([]byte(`{"paint":"`+strings.Repeat("r", 1<<20)+`"}`), &doc)
	require.Error(t, err)
	require.Less(t, len(err.Error()), 300)
	require.Less(t, time.Since(start), time.Second)
}
