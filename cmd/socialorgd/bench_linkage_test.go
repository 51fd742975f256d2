package main

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"

	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/socialorgtest"
	"github.com/socialorg/socialorg/venture/linkage"
)

// The loops this work added over caller data: the key check through linkage's needs and
// resources (which read their own JSON), the ratio rewrite over each answer (presentRatios), and
// the decoding of a refused input part by part (locate). Each at 1×, 10× and 100× its input,
// beside a baseline in the same run.

var benchCity = sync.OnceValue(func() socialorgtest.City { return socialorgtest.Guangzhou(7) })

// linkageSizes are 1×, 10× and 100× a market (needs; resources are 20/3 of them, as in the city's).
var linkageSizes = []int{30, 300, 3000}

func linkageMarket(n int) socialorgtest.Linkage {
	return socialorgtest.LinkageMarketOf(benchCity(), n, n*20/3, 11)
}

func linkageBody(tb testing.TB, m socialorgtest.Linkage, opts string) []byte {
	b, err := json.Marshal(Request[MatchInput]{AsOf: benchAsOf, Input: MatchInput{Needs: m.Needs, Resources: m.Resources}})
	if err != nil {
		tb.Fatal(err)
	}
	if opts != "" {
		b = append(b[:len(b)-1], `,"options":`+opts+`}`...)
	}
	return b
}

// BenchmarkLinkageMatch: the whole request (key check, decoding, MatchWith, Summarize, the
// report, encoding with the ratio rewrite) against the library's MatchWith and Summarize on the
// same market, with the distance cost as options data.
func BenchmarkLinkageMatch(b *testing.B) {
	cfg := DefaultConfig()
	cfg.MaxBody = 64 << 20
	srv, err := NewServer(cfg, nil)
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range linkageSizes {
		m := linkageMarket(n)
		set, err := json.Marshal(m.Distance(300))
		if err != nil {
			b.Fatal(err)
		}
		body := linkageBody(b, m, `{"set":{"`+linkage.DistanceKey.ID()+`":`+string(set)+`}}`)
		b.Run(fmt.Sprintf("service/needs=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				serveOnce(b, srv, "/v1/linkage/match", body)
			}
		})
		opt := linkage.CrossSubdistrictCost(300, m.Subdistrict)
		// The floor: what hand-written glue does for the same answer, with encoding/json alone
		// (decode the body, match, summarize, localize the report, encode the answer).
		b.Run(fmt.Sprintf("floor/needs=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				var req Request[MatchInput]
				if err := json.Unmarshal(body, &req); err != nil {
					b.Fatal(err)
				}
				opts, err := req.Options.Options()
				if err != nil {
					b.Fatal(err)
				}
				plan, err := linkage.MatchWith(req.Input.Needs, req.Input.Resources, opts...)
				if err != nil {
					b.Fatal(err)
				}
				sum, err := linkage.Summarize(req.Input.Needs, req.Input.Resources, plan, opts...)
				if err != nil {
					b.Fatal(err)
				}
				rep := sum.Report.Localize(language.SimplifiedChinese)
				if _, err := json.Marshal(Response[MatchResult]{AsOf: req.AsOf, Language: "zh-Hans", Report: &rep, Result: MatchResult{plan, sum}}); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("library/needs=%d", n), func(b *testing.B) {
			for b.Loop() {
				plan, err := linkage.MatchWith(m.Needs, m.Resources, opt)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := linkage.Summarize(m.Needs, m.Resources, plan, opt); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkCheckShapeLinkage: the key check through linkage's self-decoding needs and resources,
// against decoding the same body (which the service does next anyway).
func BenchmarkCheckShapeLinkage(b *testing.B) {
	var c fieldCache
	t := reflect.TypeFor[Request[MatchInput]]()
	for _, n := range linkageSizes {
		body := linkageBody(b, linkageMarket(n), "")
		b.Run(fmt.Sprintf("check/needs=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				if err := c.checkShape(body, t); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("decode/needs=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				var r Request[MatchInput]
				if err := json.Unmarshal(body, &r); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkPresentRatios: the ratio rewrite of a linkage answer (a ratio per kind and per
// community), against encoding the same result, which every answer pays.
func BenchmarkPresentRatios(b *testing.B) {
	for _, n := range linkageSizes {
		m := linkageMarket(n)
		plan, err := linkage.MatchWith(m.Needs, m.Resources)
		if err != nil {
			b.Fatal(err)
		}
		sum, err := linkage.Summarize(m.Needs, m.Resources, plan)
		if err != nil {
			b.Fatal(err)
		}
		res := MatchResult{Plan: plan, Summary: sum}
		enc, err := json.Marshal(res)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("present/needs=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(enc)))
			for b.Loop() {
				_ = presentRatios(enc)
			}
		})
		b.Run(fmt.Sprintf("encode/needs=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(enc)))
			for b.Loop() {
				if _, err := json.Marshal(res); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkLocate: decoding a refused input (its last resource's quantity a string) and naming
// the problem by its path, against the decoding that fails.
func BenchmarkLocate(b *testing.B) {
	var c fieldCache
	for _, n := range []int{100, 1000, 10000} {
		m := linkageMarketN(n)
		body := linkageBody(b, m, "")
		i := strings.LastIndex(string(body), `"quantity":`)
		body = []byte(string(body[:i]) + `"quantity":"x"` + string(body[i+len(`"quantity":`)+len(fmt.Sprint(m.Resources[len(m.Resources)-1].Quantity)):]))
		if !json.Valid(body) {
			b.Fatal("body")
		}
		var env struct {
			Input json.RawMessage `json:"input"`
		}
		if err := json.Unmarshal(body, &env); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("decode+locate/needs=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				_, err := decodeRequest[MatchInput](&c, body)
				if err == nil || !strings.Contains(err.Error(), "quantity") {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("decode/needs=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				var in MatchInput
				if socialorg.UnmarshalInput(env.Input, &in) == nil {
					b.Fatal("decoded")
				}
			}
		})
	}
}

// linkageMarketN is a market of n needs and as many resources (the refusal is in the last one).
func linkageMarketN(n int) socialorgtest.Linkage {
	return socialorgtest.LinkageMarketOf(benchCity(), n, n, 13)
}
