package textjson

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

type word string

func (w *word) UnmarshalJSON(b []byte) error {
	return Decode(b, reflect.TypeOf(*w), func(s []byte) error {
		if string(s) == "bad" || len(s) > 100 {
			return errors.New("not a word")
		}
		*w = word(s)
		return nil
	}, func(err error) string { return err.Error() })
}

func TestDecode(t *testing.T) {
	var doc struct {
		W word `json:"w"`
	}
	require.NoError(t, json.Unmarshal([]byte(`{"w":"hello"}`), &doc))
	require.Equal(t, word("hello"), doc.W)
	require.NoError(t, json.Unmarshal([]byte(`{"w":"he\u006clo"}`), &doc), "escapes are decoded")
	require.NoError(t, json.Unmarshal([]byte(`{"w":null}`), &doc))
	require.Equal(t, word("hello"), doc.W, "null leaves the value")

	err := json.Unmarshal([]byte(`{"w":"bad"}`), &doc)
	var te *json.UnmarshalTypeError
	require.ErrorAs(t, err, &te)
	require.Contains(t, err.Error(), "struct field .w")
	require.Contains(t, err.Error(), "not a word")

	for _, in := range []string{`{"w":1}`, `{"w":{}}`, `{"w":[]}`, `{"w":true}`} {
		require.ErrorAs(t, json.Unmarshal([]byte(in), &doc), &te, in)
	}
	long := `{"w":"` + strings.Repeat("x", 1<<20) + `"}`
	err = json.Unmarshal([]byte(long), &doc)
	require.Error(t, err)
	require.Less(t, len(err.Error()), 300, "the echo is short")
}
