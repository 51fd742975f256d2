package venture_test

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/venture"
)

// benchRound is 10,000 applications with two-decimal scores and realistic budgets.
func benchRound(n int) (venture.Round, []venture.Application) {
	r := rand.New(rand.NewPCG(10, 10))
	as := make([]venture.Application, n)
	for i := range as {
		budget := 5_000_000 + r.Int64N(95_000_000) // 50,000 … 1,000,000 yuan in fen
		as[i] = venture.Application{ID: "GZ-2025-" + strconv.Itoa(100000+i), Budget: decimal.New(budget, -2),
			SelfRaised: decimal.New(budget*int64(30+r.IntN(40))/100, -2), Score: decimal.New(int64(6000+r.IntN(4000)), -2),
			Category: venture.Category(1 + r.IntN(5))}
	}
	return venture.Round{Budget: decimal.NewFromInt(18_500_000), MaxGrant: decimal.NewFromInt(500_000), MaxShare: decimal.RequireFromString("0.6")}, as
}

// BenchmarkAllocate10k allocates a round of 10,000 applications: validation, grants, ranking and
// the walk. Its floor is BenchmarkSortScores10k, in the same run.
func BenchmarkAllocate10k(b *testing.B) {
	round, as := benchRound(10_000)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := venture.Allocate(round, as); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSortScores10k is the floor of Allocate: sorting the same 10,000 scores (decimal,
// descending, ties by ID), which any allocation in rank order must do.
func BenchmarkSortScores10k(b *testing.B) {
	_, as := benchRound(10_000)
	b.ReportAllocs()
	for b.Loop() {
		s := slices.Clone(as)
		slices.SortFunc(s, func(x, y venture.Application) int {
			return cmp.Or(y.Score.Cmp(x.Score), cmp.Compare(x.ID, y.ID))
		})
	}
}

// FuzzAllocate: any round of up to 8 applications built from the fuzzer's bytes is either refused
// with an error or allocated with exact conservation and awards equal to their grants.
func FuzzAllocate(f *testing.F) {
	f.Add("100000", "500000", "0.6", "100000", "40000", "90", "50000.5", "0", "-1")
	f.Add("1e5", "1e-3", "1.1", "0", "0", "0", "x", "1e100000", "0.00000000000000000001")
	f.Fuzz(func(t *testing.T, budget, maxGrant, share, b1, s1, sc1, b2, s2, sc2 string) {
		dec := func(s string) decimal.Decimal {
			v, err := decimal.NewFromString(s)
			if err != nil || len(s) > 64 {
				return decimal.Zero
			}
			return v
		}
		r := venture.Round{Budget: dec(budget), MaxGrant: dec(maxGrant), MaxShare: dec(share)}
		as := []venture.Application{
			{ID: "a", Budget: dec(b1), SelfRaised: dec(s1), Score: dec(sc1)},
			{ID: "b", Budget: dec(b2), SelfRaised: dec(s2), Score: dec(sc2)},
		}
		al, err := venture.Allocate(r, as)
		if err != nil {
			return
		}
		sum := decimal.Zero
		for _, aw := range al.Awards {
			g := r.Grant(as[map[string]int{"a": 0, "b": 1}[aw.ID]])
			if !aw.Amount.Equal(g) {
				t.Fatalf("award %s ≠ grant %s", aw.Amount, g)
			}
			sum = sum.Add(aw.Amount)
		}
		if !sum.Equal(al.Funded) || !al.Funded.Add(al.Remaining).Equal(r.Budget) || al.Remaining.IsNegative() {
			t.Fatalf("conservation: %s + %s ≠ %s", al.Funded, al.Remaining, r.Budget)
		}
	})
}

// reviewBench is a review of 10 applications on 3 criteria by the given number of experts, every
// expert scoring every application on every criterion with a two-decimal score. The reviews come
// in a random order (so that no step of the scorer finds them already grouped or sorted), and
// their decimals are allocated in that order, as decoding them from JSON would.
func reviewBench(experts int) []venture.Review {
	r := rand.New(rand.NewPCG(17, 18))
	crit := []string{"need", "design", "budget"}
	type triple struct{ app, expert, crit int }
	order := make([]triple, 0, 10*len(crit)*experts)
	for a := range 10 {
		for e := range experts {
			for c := range crit {
				order = append(order, triple{a, e, c})
			}
		}
	}
	r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	out := make([]venture.Review, len(order))
	for i, t := range order {
		out[i] = venture.Review{Application: "GZ-2025-" + strconv.Itoa(100+t.app), Expert: "E" + strconv.Itoa(100000+t.expert),
			Criterion: crit[t.crit], Score: decimal.New(int64(5000+r.IntN(5000)), -2)}
	}
	return out
}

var reviewCriteria = []venture.Criterion{
	{ID: "need", Weight: decimal.RequireFromString("0.4"), Max: decimal.NewFromInt(100)},
	{ID: "design", Weight: decimal.RequireFromString("0.35"), Max: decimal.NewFromInt(100)},
	{ID: "budget", Weight: decimal.RequireFromString("0.25"), Max: decimal.NewFromInt(100)},
}

// BenchmarkScoreReviews scores 10 applications on 3 criteria by 60, 600 and 6,000 experts (1×,
// 10×, 100×): the cost must stay near-linear in the experts (100× the experts ≤ 150× the time).
func BenchmarkScoreReviews(b *testing.B) {
	for _, experts := range []int{60, 600, 6000} {
		rv := reviewBench(experts)
		b.Run("experts="+strconv.Itoa(experts), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := venture.ScoreReviews(reviewCriteria, rv); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkTallyRound tallies rounds of 1,000, 10,000 and 100,000 applications (1×, 10×, 100×)
// in 500 districts with their allocation: near-linear in the applications and awards.
func BenchmarkTallyRound(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		round, as := benchRound(n)
		for i := range as {
			as[i].District = "44" + strconv.Itoa(1000+i%500)
		}
		round.Budget = decimal.NewFromInt(int64(n) * 100_000)
		al, err := venture.Allocate(round, as)
		if err != nil {
			b.Fatal(err)
		}
		b.Run("applications="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := venture.TallyRound(round, as, al); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkMerge merges two tallies of 100, 1,000 and 10,000 districts each (1×, 10×, 100×), half
// of them shared: near-linear in the parts.
func BenchmarkMerge(b *testing.B) {
	for _, n := range []int{100, 1_000, 10_000} {
		part := func(offset int) venture.RoundTally {
			t := venture.RoundTally{Rounds: 1, Applications: n, Projects: n / 2, Budget: decimal.NewFromInt(int64(n)),
				Requested: decimal.NewFromInt(int64(n)), Funded: decimal.NewFromInt(int64(n)), SelfRaised: decimal.NewFromInt(int64(n))}
			for i := range n {
				t.ByDistrict = append(t.ByDistrict, venture.DistrictTally{District: "D" + strconv.Itoa(100000+offset+i), Applications: 1, Projects: 1,
					Funded: decimal.New(int64(100+i), -2), SelfRaised: decimal.New(int64(i), 0)})
			}
			return t
		}
		x, y := part(0), part(n/2)
		b.Run("districts="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := x.Merge(y); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkAllocationReport explains allocations with 100, 1,000 and 10,000 applications passed
// over (1×, 10×, 100×): near-linear in the applications passed over.
func BenchmarkAllocationReport(b *testing.B) {
	for _, n := range []int{100, 1_000, 10_000} {
		round, as := benchRound(n)
		round.Budget = decimal.NewFromInt(int64(n) * 1_000) // most are passed over
		al, err := venture.Allocate(round, as)
		if err != nil {
			b.Fatal(err)
		}
		b.Run("passed-over="+strconv.Itoa(len(al.PassedOver)), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if len(al.Report().Findings) != len(al.PassedOver) {
					b.Fatal("a finding per application passed over")
				}
			}
		})
	}
}

// BenchmarkCheckEligibility judges a round-11 applicant with 10, 100 and 1,000 past listings and
// violations of each kind (1×, 10×, 100×; MaxRecords is 1,000): near-linear in the records.
func BenchmarkCheckEligibility(b *testing.B) {
	asOf := socialorg.MustDate("2023-12-10")
	for _, n := range []int{10, 100, 1_000} {
		a := venture.Applicant{ID: "52440100MJ0000025X", Kind: registry.SocialServiceAgency, Round: 11, SiteInGuangzhou: true,
			BeneficiariesInGuangzhou: true, Capacity: true, WithinScope: true, Credit: registry.CreditListing{Status: registry.CreditClear}}
		for i := range n {
			from := socialorg.MustDate("2000-01-01").AddDays(i * 3)
			a.AbnormalListings = append(a.AbnormalListings, socialorg.Period{From: from, To: from.AddDays(1)})
			a.SeriousViolationListings = append(a.SeriousViolationListings, socialorg.Period{From: from, To: from.AddDays(1)})
			a.MajorViolations = append(a.MajorViolations, from)
		}
		b.Run("records="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				res, err := venture.CheckEligibility(a, asOf)
				if err != nil || !res.Eligible() {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkProgrammeValidate validates a place's programme of 10, 100 and 1,000 rounds (1×, 10×,
// 100×; at most MaxProgrammeRounds), each with five categories: near-linear in the rounds.
func BenchmarkProgrammeValidate(b *testing.B) {
	cite := socialorg.Citation{Document: "d"}
	for _, n := range []int{10, 100, 1_000} {
		p := make(venture.Programme, n)
		for i := range p {
			p[i] = venture.RoundInfo{Round: i + 1, Conditions: venture.ListRound11, Opens: socialorg.MustDate("2024-01-01"), Notice: cite,
				Categories:     []venture.Category{venture.Elderly, venture.Disability, venture.ChildrenAndMinors, venture.Relief, venture.CommunityGovernance},
				CategoriesCite: cite}
		}
		b.Run("rounds="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := p.Validate(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkAllocateHostile measures the refusal of hostile input that TestAllocateErrors only
// guards with a hang detector: a decimal with a huge exponent, a 1 MiB ID.
func BenchmarkAllocateHostile(b *testing.B) {
	round := venture.Round{Budget: decimal.NewFromInt(1), MaxGrant: decimal.NewFromInt(1), MaxShare: decimal.RequireFromString("0.6")}
	cases := map[string][]venture.Application{
		"amount": {{ID: "a", Budget: decimal.New(1, -1_000_000)}},
		"score":  {{ID: "a", Budget: decimal.NewFromInt(1), Score: decimal.New(1, 1_000_000)}},
		"id":     {{ID: strings.Repeat("x", 1<<20), Budget: decimal.NewFromInt(1)}},
	}
	for _, name := range []string{"amount", "score", "id"} {
		as := cases[name]
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				if _, err := venture.Allocate(round, as); err == nil {
					b.Fatal("accepted")
				}
			}
		})
	}
}
