package venture_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/venture"
)

// FuzzTally: TallyRound, RoundTally.Merge and Leverage on rounds, applications and awards built
// from the fuzzer's bytes and amounts (hostile decimals included) never panic and answer at
// bounded cost; on valid tallies Merge is commutative and associative, and the empty tally is its
// identity.
func FuzzTally(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, "100000", "40000", "60000", "-1", "1e2147483646")
	f.Add([]byte{0x21, 0x42, 0x63, 0x84, 0xa5, 0xc6, 0xe7, 0x08}, "0.01", "1e-2147483647", "90000000000000000", "5", "0.001")
	f.Add([]byte{255, 254, 253, 252, 251, 250}, "1e5", "12345678901234567890", "3", "2", "1")
	f.Fuzz(func(t *testing.T, data []byte, s1, s2, s3, s4, s5 string) {
		amounts := make([]decimal.Decimal, 5)
		for i, s := range []string{s1, s2, s3, s4, s5} {
			if v, err := decimal.NewFromString(s); err == nil && len(s) <= 64 {
				amounts[i] = v
			}
		}
		pick := func(b byte) decimal.Decimal { return amounts[int(b)%len(amounts)] }
		// Three shards of one round, each of up to four applications and their awards, from four
		// bytes per application: ID (few, so that duplicates happen), amounts, category (9 is not
		// one), district, and whether and how much it is awarded.
		shard := func(part []byte, prefix string) (venture.RoundTally, error) {
			var as []venture.Application
			var aw []venture.Award
			for i := 0; i+3 < len(part) && len(as) < 4; i += 4 {
				b := part[i : i+4]
				id := prefix + string(rune('A'+b[0]%5))
				as = append(as, venture.Application{ID: id, Budget: pick(b[1]), SelfRaised: pick(b[1] >> 3),
					Category: venture.Category(b[2] % 10), District: []string{"", "440103", "440104"}[int(b[3])%3]})
				if b[3]&0x80 != 0 {
					aw = append(aw, venture.Award{ID: id, Amount: pick(b[2] >> 4)})
				}
			}
			r := venture.Round{Budget: pick(data[0]), MaxGrant: decimal.NewFromInt(500_000), MaxShare: decimal.RequireFromString("0.6")}
			return venture.TallyRound(r, as, venture.Allocation{Awards: aw})
		}
		if len(data) == 0 {
			return
		}
		start := time.Now()
		third := (len(data) + 2) / 3
		var ts []venture.RoundTally
		for k, prefix := range []string{"x", "y", "z"} {
			lo, hi := min(k*third, len(data)), min((k+1)*third, len(data))
			tl, err := shard(data[lo:hi], prefix)
			if err != nil {
				if !errors.Is(err, socialorg.ErrInvalidInput) {
					t.Fatalf("error not an input error: %v", err)
				}
				continue
			}
			tl.Leverage()
			ts = append(ts, tl)
		}
		// A tally written by hand or decoded from JSON, with the fuzzer's amounts as they are.
		raw := venture.RoundTally{Rounds: 1, Budget: amounts[0], Requested: amounts[1], Funded: amounts[2], SelfRaised: amounts[3],
			ByCategory: []venture.CategoryTally{{Category: venture.Relief, Funded: amounts[4], SelfRaised: amounts[0]}}}
		raw.Leverage()
		if m, err := raw.Merge(raw); err == nil {
			m.Leverage()
		}
		if len(ts) == 3 {
			a, b, c := ts[0], ts[1], ts[2]
			enc := func(x venture.RoundTally, err error) string {
				if err != nil {
					return "error"
				}
				j, jerr := json.Marshal(x)
				if jerr != nil {
					t.Fatal(jerr)
				}
				return string(j)
			}
			ab, errAB := a.Merge(b)
			if got, want := enc(ab, errAB), enc(b.Merge(a)); got != want {
				t.Fatalf("not commutative:\n%s\n%s", got, want)
			}
			bc, errBC := b.Merge(c)
			left, right := "error", "error"
			if errAB == nil {
				left = enc(ab.Merge(c))
			}
			if errBC == nil {
				right = enc(a.Merge(bc))
			}
			if left != right {
				t.Fatalf("not associative:\n%s\n%s", left, right)
			}
			if got, want := enc(a.Merge(venture.RoundTally{})), enc(a.Merge(venture.RoundTally{})); got != want {
				t.Fatal("not deterministic")
			}
			id, err := a.Merge(venture.RoundTally{})
			if err != nil || id.Funded.Cmp(a.Funded) != 0 || id.Applications != a.Applications {
				t.Fatalf("the empty tally is not the identity: %v", err)
			}
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Fatalf("took %s", d)
		}
	})
}

// FuzzEligibility: an applicant and a place's programme decoded from the fuzzer's JSON, judged at
// a place and date of the fuzzer's, never panic; the answer is an input error, an error matching
// socialorg.ErrNotInForce, or a report whose every finding is explained and whose Eligible agrees
// with its verdict. A programme that validates is accepted as a caller's jurisdiction.
func FuzzEligibility(f *testing.F) {
	f.Add([]byte(`{"id":"52440100MJ0000025X","kind":"social-service-agency","round":11,"site_in_guangzhou":true,"beneficiaries_in_guangzhou":true,"capacity":true,"within_scope":true,"credit":{"status":"none"}}`),
		[]byte(`[{"round":3,"conditions":11,"opens":"2025-03-01","notice":{"document":"t"}}]`), "2023-12-05", uint8(0))
	f.Add([]byte(`{"id":"x","kind":"community-org","round":7,"partner":"p","credit":{"status":"abnormal-list","since":"2020-01-01"},"abnormal_listings":[{"from":"2019-01-01"}]}`),
		[]byte(`[{"round":1,"conditions":7,"opens":"2020-01-01","closes":"2019-01-01","notice":{"document":"t"},"categories":["elderly","elderly"]}]`), "2020-03-10", uint8(1))
	f.Add([]byte(`{"id":"y","kind":"foundation","round":1,"major_violations":["2023-01-01"],"credit":{"status":"serious-violation-list","since":"2024-01-01"}}`),
		[]byte(`[{"round":1,"conditions":11,"opens":"2024-01-01","notice":{"document":"t"},"categories":["relief"],"categories_cite":{"document":"t"}}]`), "2024-04-15", uint8(2))
	places := []string{"440100", "440103", "440104", "440113", "440300", "100000"}
	f.Fuzz(func(t *testing.T, applicant, programme []byte, at string, where uint8) {
		var a venture.Applicant
		if json.Unmarshal(applicant, &a) != nil {
			return
		}
		asOf, err := socialorg.ParseDate(at)
		if err != nil {
			return
		}
		opts := []socialorg.Option{socialorg.In(places[int(where)%len(places)])}
		var p venture.Programme
		if json.Unmarshal(programme, &p) == nil && len(p) <= 16 {
			if p.Validate() == nil {
				j, err := socialorg.NewJurisdiction(socialorg.JurisdictionSpec{Code: "440113", Parameters: []socialorg.ParamOverrides{
					socialorg.Override("venture.programme.rounds", socialorg.Dated[venture.Programme]{From: socialorg.MustDate("2014-01-01"), Value: p, Cite: socialorg.Citation{Document: "fuzz"}})}})
				if err != nil {
					t.Fatalf("a valid programme refused: %v", err)
				}
				opts = append(opts, socialorg.WithJurisdictions(j))
			}
		}
		if where&0x80 != 0 {
			opts = append(opts, socialorg.Supply(venture.ConditionsKey, venture.Conditions{Round: a.Round, SameAs: 11}, socialorg.Citation{Document: "fuzz"}))
		}
		start := time.Now()
		res, err := venture.CheckEligibility(a, asOf, opts...)
		if d := time.Since(start); d > 5*time.Second {
			t.Fatalf("took %s", d)
		}
		if err != nil {
			if !errors.Is(err, socialorg.ErrInvalidInput) && !errors.Is(err, socialorg.ErrNotInForce) {
				t.Fatalf("unexpected error: %v", err)
			}
			return
		}
		for _, f := range res.Findings {
			if f.Cite.Document == "" || !f.Outcome.IsValid() || f.Subject != a.ID {
				t.Fatalf("unexplained finding %+v", f)
			}
		}
		if res.Eligible() != (res.Verdict() == socialorg.Met) {
			t.Fatal("Eligible disagrees with the verdict")
		}
		if _, err := json.Marshal(res); err != nil {
			t.Fatal(err)
		}
	})
}
