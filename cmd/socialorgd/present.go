package main

import (
	"bytes"
	"strconv"

	"github.com/socialorg/socialorg"
)

// Ratios in answers. The library writes an exact ratio (socialorg.Ratio) as {"num": N, "den": D};
// some types add a decimal of it beside ("coverage_decimal" in linkage). The service promises
// that no ratio reaches an answer bare: each is shown as a RatioView, {"num", "den", "decimal",
// "percent"}, wherever it sits, also inside a type that writes its own JSON (which the service
// cannot change). So the answer is rewritten as it goes out: every object that is exactly a
// ratio's encoding gains its decimal and percentage, the keys the library writes staying as they
// are (the answer still decodes into the library's types).
//
// The rewrite needs no parse: encoding/json writes compact JSON in which a double quote inside a
// string is always escaped, so the bytes {"num": can only open an object whose first key is
// "num". An object is a ratio when it is exactly {"num":<int64>,"den":<int64>}; anything else
// (a RatioView already, a "num" of another shape) is left as it is, so the rewrite is idempotent.
// Its cost is one scan of the answer, and one copy only when there is a ratio in it.

var (
	ratioOpen = []byte(`{"num":`)
	ratioDen  = []byte(`,"den":`)
)

// presentRatios returns b with every ratio shown as a RatioView: b itself when it has none.
func presentRatios(b []byte) []byte {
	i := bytes.Index(b, ratioOpen)
	if i < 0 {
		return b
	}
	var out []byte
	last := 0 // b[:last] is in out (or needs no copy yet)
	for i >= 0 {
		at := i
		num, j, ok := jsonInt(b, at+len(ratioOpen))
		var den int64
		if ok && bytes.HasPrefix(b[j:], ratioDen) {
			den, j, ok = jsonInt(b, j+len(ratioDen))
			ok = ok && j < len(b) && b[j] == '}'
		} else {
			ok = false
		}
		next := at + 1
		if ok {
			if out == nil {
				out = make([]byte, 0, len(b)+64)
			}
			out = append(out, b[last:at]...)
			out = appendRatioView(out, socialorg.NewRatio(num, den))
			last = j + 1
			next = last
		}
		k := bytes.Index(b[next:], ratioOpen)
		if k < 0 {
			break
		}
		i = next + k
	}
	if out == nil {
		return b
	}
	return append(out, b[last:]...)
}

// jsonInt reads a JSON integer that fits an int64 at b[i:], written as encoding/json writes an
// int64 (no leading zero, no "-0"), returning it and the index after it. A number with a
// fraction or an exponent is not one.
func jsonInt(b []byte, i int) (int64, int, bool) {
	j := i
	if j < len(b) && b[j] == '-' {
		j++
	}
	start := j
	for j < len(b) && b[j] >= '0' && b[j] <= '9' {
		j++
	}
	if j == start || j-start > 19 || (b[start] == '0' && (j-start > 1 || start > i)) {
		return 0, i, false
	}
	if j < len(b) && (b[j] == '.' || b[j] == 'e' || b[j] == 'E') {
		return 0, i, false
	}
	v, err := strconv.ParseInt(string(b[i:j]), 10, 64)
	if err != nil {
		return 0, i, false
	}
	return v, j, true
}

// appendRatioView appends the JSON of ratioView(r), as encoding/json writes it.
func appendRatioView(out []byte, r socialorg.Ratio) []byte {
	v := ratioView(r)
	out = append(out, `{"num":`...)
	out = strconv.AppendInt(out, v.Num, 10)
	out = append(out, `,"den":`...)
	out = strconv.AppendInt(out, v.Den, 10)
	if v.Decimal != "" {
		out = append(out, `,"decimal":`...)
		out = strconv.AppendQuote(out, v.Decimal)
	}
	out = append(out, `,"percent":`...)
	out = strconv.AppendQuote(out, v.Percent)
	return append(out, '}')
}
