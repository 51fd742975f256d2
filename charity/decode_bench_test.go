package charity_test

import (
	"bytes"
	"encoding/json"
	"strconv"
	"testing"

	"github.com/socialorg/socialorg/charity"
)

// BenchmarkReadLedger measures reading a ledger back from its JSON journal, whose entries decode
// through the bounded decoders of decode.go (socialorg.UnmarshalInput), at 1×, 10× and 100×.
func BenchmarkReadLedger(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		l := newScaleLedger(b, n)
		for _, d := range gifts(n) {
			if err := l.RecordDonation(d); err != nil {
				b.Fatal(err)
			}
		}
		data, err := json.Marshal(l)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				if _, err := charity.ReadLedger(bytes.NewReader(data)); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/entry")
		})
	}
}
