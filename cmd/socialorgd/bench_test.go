package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strconv"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/partybuilding"
	"github.com/socialorg/socialorg/venture"
)

// The service's own loops over caller data (the shape check, the decoding, the per-unit
// localization, the per-application grants) must stay near-linear: each benchmark runs at 1×,
// 10× and 100× the input, beside a baseline in the same run: the library's own work on the same
// input (what any adopter's glue pays anyway).

var benchAsOf = socialorg.MustDate("2025-06-01")

func partyUnits(n int) []partybuilding.Unit {
	us := make([]partybuilding.Unit, n)
	for i := range us {
		us[i] = partybuilding.Unit{ID: "U" + strconv.Itoa(i), Formal: i % 9, Probationary: i % 2, Operating: i%3 != 0, Instructor: i%4 == 0,
			Established: socialorg.MustDate("2023-01-01")}
		if us[i].Formal >= 3 {
			us[i].Has = partybuilding.Branch
		}
	}
	return us
}

func partyBody(tb testing.TB, us []partybuilding.Unit) []byte {
	b, err := json.Marshal(Request[PartyInput]{AsOf: benchAsOf, Input: PartyInput{Units: us}})
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// discard is a ResponseWriter that keeps the status and counts the bytes: the benchmarks measure
// the service, not a recorder's buffer.
type discard struct {
	h      http.Header
	status int
	n      int
}

func (d *discard) Header() http.Header         { return d.h }
func (d *discard) WriteHeader(code int)        { d.status = code }
func (d *discard) Write(b []byte) (int, error) { d.n += len(b); return len(b), nil }

func serveOnce(b *testing.B, srv *Server, path string, body []byte) {
	w := &discard{h: http.Header{}}
	req := httptest.NewRequest(http.MethodPost, path, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	srv.ServeHTTP(w, req)
	if w.status != http.StatusOK {
		b.Fatalf("status %d", w.status)
	}
	b.ReportMetric(float64(w.n), "answer-bytes")
}

// BenchmarkPartyCoverage: the whole request (read, shape check, decode, assess, tally, localize
// every unit's report, encode) against the library's Assess and Tally on the same units.
func BenchmarkPartyCoverage(b *testing.B) {
	cfg := DefaultConfig()
	cfg.MaxBody = 64 << 20
	srv, err := NewServer(cfg, nil)
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{100, 1000, 10000} {
		us := partyUnits(n)
		body := partyBody(b, us)
		b.Run(fmt.Sprintf("service/units=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				serveOnce(b, srv, "/v1/party/coverage", body)
			}
		})
		b.Run(fmt.Sprintf("library/units=%d", n), func(b *testing.B) {
			for b.Loop() {
				if _, err := partybuilding.Assess(us, benchAsOf); err != nil {
					b.Fatal(err)
				}
				_ = partybuilding.Tally(us)
			}
		})
	}
}

// BenchmarkVentureGrant: the whole request against the library's Allocate and Grant per
// application.
func BenchmarkVentureGrant(b *testing.B) {
	cfg := DefaultConfig()
	cfg.MaxBody = 64 << 20
	srv, err := NewServer(cfg, nil)
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{100, 1000, 10000} {
		apps := make([]venture.Application, n)
		for i := range apps {
			apps[i] = venture.Application{ID: fmt.Sprintf("P%06d", i), Budget: decimal.NewFromInt(int64(100000 + i%7*50000)),
				SelfRaised: decimal.NewFromInt(int64(i % 5 * 10000)), Score: decimal.NewFromInt(int64(60 + i%40))}
		}
		budget := decimal.NewFromInt(int64(n) * 100000)
		body, err := json.Marshal(Request[GrantInput]{AsOf: benchAsOf, Input: GrantInput{Round: GrantRound{Budget: &budget}, Applications: apps}})
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("service/apps=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				serveOnce(b, srv, "/v1/venture/grant", body)
			}
		})
		round, err := venture.NewRound(budget, benchAsOf)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("library/apps=%d", n), func(b *testing.B) {
			for b.Loop() {
				if _, err := venture.Allocate(round, apps); err != nil {
					b.Fatal(err)
				}
				for _, a := range apps {
					_ = round.Grant(a)
				}
			}
		})
	}
}

// BenchmarkCheckShape: the unknown-key check over a body, against encoding/json decoding the same
// body into its type (which the service does next anyway).
func BenchmarkCheckShape(b *testing.B) {
	var c fieldCache
	t := reflect.TypeFor[Request[PartyInput]]()
	for _, n := range []int{100, 1000, 10000} {
		body := partyBody(b, partyUnits(n))
		b.Run(fmt.Sprintf("check/units=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				if err := c.checkShape(body, t); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("decode/units=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				var r Request[PartyInput]
				if err := json.Unmarshal(body, &r); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
