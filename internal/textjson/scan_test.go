package textjson

import (
	"strings"
	"testing"
)

func TestLongNumber(t *testing.T) {
	long := strings.Repeat("9", MaxNumber+1)
	ok := strings.Repeat("9", MaxNumber)
	for _, tc := range []struct {
		doc   string
		key   string
		found bool
	}{
		{`{"a": ` + ok + `}`, "", false},
		{`{"a": "` + ok + `"}`, "", false},
		{`{"a": ` + long + `}`, "a", true},
		{`{"a": "` + long + `"}`, "a", true},
		{`{"a": {"b": [1, 2, "` + long + `"]}}`, "b", true},
		{`{"name": "` + strings.Repeat("字", 1000) + `"}`, "", false},
		{`{"name": "` + strings.Repeat("a", 1000) + `"}`, "", false},
		{`{"n\"ame": "` + long + `"}`, `n\"ame`, true},
		{`{"esc": "1\u0030` + long + `"}`, "", false}, // escapes: not read as a number
		{`{"a": "` + long, "a", true},                 // torn: still found
		{`-` + long, "", true},
	} {
		key, found := LongNumber([]byte(tc.doc))
		if found != tc.found || key != tc.key {
			t.Errorf("%.40s: got %q %v, want %q %v", tc.doc, key, found, tc.key, tc.found)
		}
	}
}

func FuzzLongNumber(f *testing.F) {
	f.Add([]byte(`{"a": "12.5", "b": [1, 2e3]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		key, _ := LongNumber(b)
		if len(key) > maxEcho+len("…") {
			t.Fatalf("key not cut: %d bytes", len(key))
		}
	})
}
