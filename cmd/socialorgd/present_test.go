package main

import (
	"bytes"
	"encoding/json"
	"math"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
)

// Every ratio of an answer, wherever the library's encoders put it, is written as its RatioView:
// the same bytes as encoding a RatioView, the keys around it untouched.
func TestPresentRatios(t *testing.T) {
	for _, r := range []socialorg.Ratio{
		socialorg.NewRatio(2, 3), socialorg.NewRatio(1, 8), socialorg.NewRatio(5, 20000), socialorg.NewRatio(15, 20000),
		socialorg.NewRatio(0, 0), socialorg.NewRatio(7, 0), socialorg.NewRatio(-1, 3), socialorg.NewRatio(1, -3),
		socialorg.NewRatio(math.MaxInt64, 1), socialorg.NewRatio(math.MinInt64, math.MaxInt64), socialorg.NewRatio(0, 5),
	} {
		bare, err := json.Marshal(r)
		require.NoError(t, err)
		want, err := json.Marshal(ratioView(r))
		require.NoError(t, err)
		require.Equal(t, string(want), string(presentRatios(bare)), r.String())
		wrapped := []byte(`{"a":[` + string(bare) + `,{"x":` + string(bare) + `,"coverage_decimal":"0.1"}],"b":"{\"num\":1,\"den\":2}"}`)
		require.Equal(t, `{"a":[`+string(want)+`,{"x":`+string(want)+`,"coverage_decimal":"0.1"}],"b":"{\"num\":1,\"den\":2}"}`,
			string(presentRatios(wrapped)), "every ratio, none inside a string")
	}
	for _, tc := range []string{
		`{}`,
		`{"num":1}`,
		`{"num":1,"den":2,"decimal":"0.5000","percent":"50.00%"}`, // a RatioView already
		`{"num":1,"den":2,"x":3}`,
		`{"num":1.5,"den":2}`,
		`{"num":1e3,"den":2}`,
		`{"num":1,"den":2e1}`,
		`{"num":"1","den":2}`,
		`{"num":99999999999999999999,"den":1}`, // beyond an int64: no ratio
		`{"num":-,"den":1}`,
		`{"num":-0,"den":0}`, // not how an int64 is written
		`{"num":01,"den":2}`,
		`{"num":1,"den":`,
		`{"num":`,
		`"{\"num\":1,\"den\":2}"`,
		`{"den":2,"num":1}`,
	} {
		require.Equal(t, tc, string(presentRatios([]byte(tc))), "left as it is")
	}
	// Idempotent: a presented answer is presented already.
	b := []byte(`[{"num":1,"den":3},{"num":0,"den":0}]`)
	once := presentRatios(b)
	require.Equal(t, string(once), string(presentRatios(once)))
	require.Equal(t, `[{"num":1,"den":3,"decimal":"0.3333","percent":"33.33%"},{"num":0,"den":0,"percent":"n/a"}]`, string(once))
}

// An answer without a ratio is not copied.
func TestPresentRatiosNoCopy(t *testing.T) {
	b := []byte(`{"a":"{\"num\":1,\"den\":2}","num":3}`)
	require.Equal(t, 0, int(testing.AllocsPerRun(100, func() { _ = presentRatios(b) })))
	require.Same(t, &b[0], &presentRatios(b)[0])
}

// FuzzPresentRatios: on any JSON, the rewrite gives JSON, changes nothing but ratios (decoded, the
// answer is the same once each RatioView's added keys are dropped), and is idempotent; on any
// bytes, it does not panic.
func FuzzPresentRatios(f *testing.F) {
	f.Add([]byte(`{"coverage":{"num":300000,"den":500000},"coverage_decimal":"0.6000"}`))
	f.Add([]byte(`[{"num":0,"den":0},{"num":-9223372036854775808,"den":1},"{\"num\":1,\"den\":2}"]`))
	f.Add([]byte(`{"num":1,"den":2`))
	f.Fuzz(func(t *testing.T, b []byte) {
		out := presentRatios(b)
		if !json.Valid(b) {
			return
		}
		if !json.Valid(out) {
			t.Fatalf("not JSON: %q → %q", b, out)
		}
		if again := presentRatios(out); !bytes.Equal(again, out) {
			t.Fatalf("not idempotent: %q → %q → %q", b, out, again)
		}
		before, err1 := decodeNumbers(b)
		after, err2 := decodeNumbers(out)
		if err1 != nil || err2 != nil {
			t.Fatalf("decoding %q / %q: %v %v", b, out, err1, err2)
		}
		if !sameButViews(before, after) {
			t.Fatalf("changed beyond its ratios: %q → %q", b, out)
		}
	})
}

// decodeNumbers decodes JSON keeping numbers as written (json.Number).
func decodeNumbers(b []byte) (any, error) {
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	var v any
	err := d.Decode(&v)
	return v, err
}

// sameButViews reports whether b is a with some {num, den} objects given a decimal and a percent.
func sameButViews(a, b any) bool {
	switch a := a.(type) {
	case map[string]any:
		bm, ok := b.(map[string]any)
		if !ok {
			return false
		}
		if len(bm) != len(a) {
			if _, ok := bm["percent"]; !ok || len(a) != 2 {
				return false
			}
			for k := range bm {
				if k != "num" && k != "den" && k != "decimal" && k != "percent" {
					return false
				}
			}
		}
		for k, v := range a {
			if !sameButViews(v, bm[k]) {
				return false
			}
		}
		return true
	case []any:
		bs, ok := b.([]any)
		if !ok || len(bs) != len(a) {
			return false
		}
		for i := range a {
			if !sameButViews(a[i], bs[i]) {
				return false
			}
		}
		return true
	}
	ab, _ := json.Marshal(a)
	bb, _ := json.Marshal(b)
	return bytes.Equal(ab, bb)
}

// bareRatios lists the paths of the objects of a decoded answer that hold num and den without a
// percent: a ratio not shown as a RatioView.
func bareRatios(v any, path string) []string {
	var out []string
	switch v := v.(type) {
	case map[string]any:
		_, num := v["num"]
		_, den := v["den"]
		_, pct := v["percent"]
		if num && den && !pct {
			out = append(out, path)
		}
		for k, e := range v {
			out = append(out, bareRatios(e, path+"."+k)...)
		}
	case []any:
		for i, e := range v {
			out = append(out, bareRatios(e, path+"["+strconv.Itoa(i)+"]")...)
		}
	}
	return out
}
