package venture_test

import (
	"cmp"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/socialorgtest"
	"github.com/socialorg/socialorg/venture"
)

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// hangBound detects a hang; it bounds no figure (the benchmarks measure those).
const hangBound = 10 * time.Second

func day(s string) socialorg.Date { return socialorg.MustDate(s) }

// gz is Guangzhou's round under the 2019 measures.
func gz(budget string) venture.Round {
	return venture.Round{Budget: d(budget), MaxGrant: d("500000"), MaxShare: d("0.60")}
}

func TestGrantFormula(t *testing.T) {
	r := gz("18000000")
	tests := []struct {
		name, budget, self, want string
	}{
		{"budget less self-raised binds", "100000", "50000", "50000"},
		{"the 60% share binds", "100000", "30000", "60000"},
		{"share exactly at the gap", "100000", "40000", "60000"},
		{"a fen below the 40% self-raised", "100000", "39999.99", "60000"},
		{"a fen above", "100000", "40000.01", "59999.99"},
		{"the 500,000 cap binds", "1000000", "400000", "500000"},
		{"cap and share meet: 833,333.33 × 0.6 = 499,999.998", "833333.33", "0", "499999.99"},
		{"cap and share meet exactly", "833333.34", "0", "500000"},
		{"share rounded down to the fen", "100000.01", "0", "60000"},
		{"self-raised above the budget", "100000", "120000", "0"},
		{"nothing raised, small project", "10", "0", "6"},
		{"zero budget", "0", "0", "0"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := r.Grant(venture.Application{ID: "a", Budget: d(tc.budget), SelfRaised: d(tc.self)})
			require.True(t, g.Equal(d(tc.want)), "got %s, want %s", g, tc.want)
		})
	}
	// Invalid input gives zero.
	for _, a := range []venture.Application{
		{ID: "neg", Budget: d("-1")}, {ID: "subfen", Budget: d("100.001")}, {ID: "negself", Budget: d("100"), SelfRaised: d("-1")},
	} {
		require.True(t, r.Grant(a).IsZero(), a.ID)
	}
	bad := r
	bad.MaxShare = d("1.01")
	require.True(t, bad.Grant(venture.Application{ID: "a", Budget: d("100")}).IsZero())
}

// TestRoundCapsAtEachRegime: the cap is 300,000 under the 2013 measures and 500,000 under the
// 2019 revision, dated from round 7's applications (2020-03-10), the first round known to apply it:
// the revision was issued shortly before 2019-07-18 (央广网), but the round-7 launch report (南方网,
// 2020-03-10) says round 7 raised the cap from 300,000 (issue 17). The share is 60% throughout;
// before the first round there is no rule.
func TestRoundCapsAtEachRegime(t *testing.T) {
	tests := []struct {
		at, cap, doc string
		err          bool
	}{
		{"2013-12-31", "", "", true},
		{"2014-01-01", "300000", "（2013年）", false},
		{"2019-07-17", "300000", "（2013年）", false},
		{"2019-07-18", "300000", "（2013年）", false}, // the revision reported, not yet applied by a round
		{"2020-03-09", "300000", "（2013年）", false},
		{"2020-03-10", "500000", "穗社管规字〔2019〕1号", false}, // round 7
		{"2026-11-30", "500000", "穗社管规字〔2019〕1号", false}, // the 2023 measures: 2019 figures continue
	}
	for _, tc := range tests {
		t.Run(tc.at, func(t *testing.T) {
			r, err := venture.NewRound(d("1000000"), day(tc.at))
			if tc.err {
				require.ErrorIs(t, err, socialorg.ErrNotInForce)
				require.ErrorIs(t, err, socialorg.ErrNotSupplied, "a caller may supply the caps")
				return
			}
			require.NoError(t, err)
			require.True(t, r.MaxGrant.Equal(d(tc.cap)), r.MaxGrant.String())
			require.True(t, r.MaxShare.Equal(d("0.6")))
			for _, id := range []string{"venture.grant.max-amount", "venture.grant.max-share"} {
				p, ok := socialorg.LookupParam[decimal.Decimal](venture.Parameters(), id)
				require.True(t, ok)
				require.Empty(t, p.Values(), "%s: Guangzhou's value, not a national one (issue 19)", id)
				c := socialorg.NewChecker("", day(tc.at))
				v, err := p.Resolve(&c)
				require.NoError(t, err)
				require.Equal(t, "440100", v.Jurisdiction)
				require.Contains(t, v.Cite.Document, tc.doc, id)
				require.Contains(t, v.Note, "round 7", "the Note explains the date")
			}
		})
	}
	// A round 11 under figures the caller supplies with its source.
	cite := socialorg.Citation{Document: "第十一届申报指南"}
	r, err := venture.NewRound(d("1000000"), day("2023-12-01"),
		socialorg.Supply(venture.MaxGrantKey, d("400000"), cite), socialorg.Supply(venture.MaxShareKey, d("0.7"), cite))
	require.NoError(t, err)
	require.True(t, r.MaxGrant.Equal(d("400000")))
	require.True(t, r.MaxShare.Equal(d("0.7")))
	_, err = venture.NewRound(d("1000000"), day("2023-12-01"), socialorg.Supply(venture.MaxShareKey, d("1.5"), cite))
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
}

// TestRoundSevenSwitch: the same project gets 300,000 in round 6 and 500,000 in round 7.
func TestRoundSevenSwitch(t *testing.T) {
	a := venture.Application{ID: "a", Budget: d("1000000"), SelfRaised: d("400000")}
	r6, err := venture.NewRound(d("22400000"), day("2019-03-01"))
	require.NoError(t, err)
	r7, err := venture.NewRound(d("18000000"), day("2020-03-10"))
	require.NoError(t, err)
	require.Equal(t, "300000.00", r6.Grant(a).StringFixed(2))
	require.Equal(t, "500000.00", r7.Grant(a).StringFixed(2))
}

func apps(specs ...string) []venture.Application {
	// "id:budget:self:score[:category]"
	out := make([]venture.Application, len(specs))
	for i, s := range specs {
		f := strings.Split(s, ":")
		out[i] = venture.Application{ID: f[0], Budget: d(f[1]), SelfRaised: d(f[2]), Score: d(f[3])}
		if len(f) > 4 {
			require.NoError(nil, out[i].Category.UnmarshalText([]byte(f[4])))
		}
	}
	return out
}

func ids(as []venture.Award) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.ID
	}
	return out
}

func TestAllocateWalk(t *testing.T) {
	// Grants: A 60,000 (rank 2), B 60,000 (rank 1), C 300,000 (rank 3), D 30,000 (rank 4), E 0.
	as := apps("A:100000:40000:90", "B:100000:40000:95", "C:500000:200000:80", "D:50000:20000:70", "E:100000:100000:99")
	al, err := venture.Allocate(gz("200000"), as)
	require.NoError(t, err)
	require.Equal(t, []string{"B", "A", "D"}, ids(al.Awards), "C does not fit and is passed over; D still fits")
	require.Equal(t, []string{"C"}, al.Unfunded)
	require.Equal(t, venture.RoundLimit, al.PassedOver[0].Limit)
	require.Equal(t, "80000.00", al.PassedOver[0].Left.StringFixed(2))
	require.Equal(t, "150000.00", al.Funded.StringFixed(2))
	require.Equal(t, "50000.00", al.Remaining.StringFixed(2))
	require.Equal(t, []int{2, 3, 5}, []int{al.Awards[0].Rank, al.Awards[1].Rank, al.Awards[2].Rank}, "E ranks first with no grant")
}

func TestAllocateTiesByID(t *testing.T) {
	as := apps("b:100:0:88.50", "a:100:0:88.5", "c:100:0:88.500000001")
	al, err := venture.Allocate(gz("1000"), as)
	require.NoError(t, err)
	require.Equal(t, []string{"c", "a", "b"}, ids(al.Awards), "88.5 = 88.50: tied, by ID")
}

func TestAllocateEdges(t *testing.T) {
	al, err := venture.Allocate(gz("1000"), nil)
	require.NoError(t, err)
	require.Empty(t, al.Awards)
	require.Equal(t, "1000", al.Remaining.String())
	raw, err := json.Marshal(al)
	require.NoError(t, err)
	require.Contains(t, string(raw), `"awards":[]`)
	require.Contains(t, string(raw), `"unfunded":[]`)

	// A budget that funds nothing.
	al, err = venture.Allocate(gz("59999.99"), apps("A:100000:40000:90", "B:100000:0:80"))
	require.NoError(t, err)
	require.Empty(t, al.Awards)
	require.Equal(t, []string{"A", "B"}, al.Unfunded)
	require.True(t, al.Remaining.Equal(d("59999.99")))

	// Exactly the budget.
	al, err = venture.Allocate(gz("60000"), apps("A:100000:40000:90"))
	require.NoError(t, err)
	require.Equal(t, []string{"A"}, ids(al.Awards))
	require.True(t, al.Remaining.IsZero())
}

func TestAllocateCategoryBudgets(t *testing.T) {
	r := gz("1000000")
	r.Categories = []venture.CategoryBudget{
		{Category: venture.Elderly, Budget: d("100000")},
		{Category: venture.Disability, Budget: d("500000")},
	}
	as := apps("E1:100000:40000:99:elderly", "E2:100000:40000:98:elderly", "E3:50000:20000:97:elderly",
		"D1:100000:40000:90:disability")
	al, err := venture.Allocate(r, as)
	require.NoError(t, err)
	require.Equal(t, []string{"E1", "E3", "D1"}, ids(al.Awards), "E2 exhausts the elderly budget; E3 fits in what is left")
	require.Equal(t, venture.CategoryLimit, al.PassedOver[0].Limit)
	require.Equal(t, "40000.00", al.PassedOver[0].Left.StringFixed(2))
	require.Len(t, al.Categories, 2)
	el := al.Categories[0]
	require.Equal(t, venture.Elderly, el.Category)
	require.Equal(t, 3, el.Applications)
	require.Equal(t, 2, el.Awards)
	require.Equal(t, "90000.00", el.Funded.StringFixed(2))
	require.Equal(t, "10000.00", el.Unspent.StringFixed(2))
	require.Equal(t, "150000.00", el.Requested.StringFixed(2))
	require.Equal(t, "440000.00", al.Categories[1].Unspent.StringFixed(2))

	// An application outside the budgeted categories is an error naming it.
	_, err = venture.Allocate(r, apps("R:100:0:1:relief"))
	require.ErrorContains(t, err, "applications[0].category")
	// Duplicate category budgets.
	r.Categories = append(r.Categories, venture.CategoryBudget{Category: venture.Elderly, Budget: d("1")})
	_, err = venture.Allocate(r, nil)
	require.ErrorContains(t, err, "round.categories[2].category")
}

func TestAllocateErrors(t *testing.T) {
	tests := []struct {
		name  string
		r     venture.Round
		as    []venture.Application
		field string
	}{
		{"negative budget", gz("-1"), nil, "round.budget"},
		{"sub-fen budget", gz("1.001"), nil, "round.budget"},
		{"share above 1", venture.Round{Budget: d("1"), MaxGrant: d("1"), MaxShare: d("1.0001")}, nil, "round.max_share"},
		{"negative share", venture.Round{Budget: d("1"), MaxGrant: d("1"), MaxShare: d("-0.1")}, nil, "round.max_share"},
		{"empty ID", gz("1"), apps(":1:0:1"), "applications[0].id"},
		{"duplicate ID", gz("1"), apps("a:1:0:1", "a:2:0:1"), "applications[1].id"},
		{"long ID", gz("1"), []venture.Application{{ID: strings.Repeat("x", 1<<20), Budget: d("1")}}, "applications[0].id"},
		{"negative budget", gz("1"), apps("a:-1:0:1"), "applications[0].budget"},
		{"sub-fen self-raised", gz("1"), apps("a:1:0.001:1"), "applications[0].self_raised"},
		{"hostile score", gz("1"), []venture.Application{{ID: "a", Budget: d("1"), Score: decimal.New(1, 1_000_000)}}, "applications[0].score"},
		{"score too large", gz("1"), apps("a:1:0:1000000000001"), "applications[0].score"},
		{"hostile amount", gz("1"), []venture.Application{{ID: "a", Budget: decimal.New(1, -1_000_000)}}, "applications[0].budget"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			_, err := venture.Allocate(tc.r, tc.as)
			require.ErrorIs(t, err, socialorg.ErrInvalidInput)
			require.ErrorContains(t, err, tc.field)
			require.Less(t, len(err.Error()), 1000, "a short error")
			require.Less(t, time.Since(start), hangBound, "a hang detector: BenchmarkAllocateHostile measures the cost")
			var ie *socialorg.InputError
			require.ErrorAs(t, err, &ie)
			require.True(t, strings.HasPrefix(ie.Code, "venture."), ie.Code)
		})
	}
	// Every problem is reported, not the first only.
	_, err := venture.Allocate(gz("-1"), apps("a:-1:0:1", "a:1:-1:1"))
	for _, f := range []string{"round.budget", "applications[0].budget", "applications[1].id", "applications[1].self_raised"} {
		require.ErrorContains(t, err, f)
	}
}

// randomRound builds a random round whose amounts sit near the caps.
func randomRound(r *rand.Rand, n int) (venture.Round, []venture.Application) {
	round := venture.Round{Budget: decimal.New(r.Int64N(5_000_000_00), -2), MaxGrant: decimal.New(int64(r.IntN(3)+3)*100_000_00, -2),
		MaxShare: decimal.New(int64(r.IntN(101)), -2)}
	as := make([]venture.Application, n)
	for i := range as {
		budget := r.Int64N(1_200_000_00)
		as[i] = venture.Application{ID: fmt.Sprintf("P%03d", r.IntN(n*4)) + fmt.Sprint(i), Budget: decimal.New(budget, -2),
			SelfRaised: decimal.New(r.Int64N(budget+1), -2), Score: decimal.New(int64(r.IntN(60)+40), 0)}
	}
	return round, as
}

// TestAllocateProperty: on random rounds Σ awards = funded, funded + remaining = budget, each
// award equals its grant, awards are in rank order, and no passed-over application would have
// fitted when its turn came.
func TestAllocateProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	for iter := 0; iter < 300; iter++ {
		round, as := randomRound(r, r.IntN(60))
		al, err := venture.Allocate(round, as)
		require.NoError(t, err)
		byID := map[string]venture.Application{}
		for _, a := range as {
			byID[a.ID] = a
		}
		sum := decimal.Zero
		for _, aw := range al.Awards {
			require.True(t, aw.Amount.Equal(round.Grant(byID[aw.ID])), "award = grant")
			require.True(t, aw.Amount.IsPositive())
			sum = sum.Add(aw.Amount)
		}
		require.True(t, sum.Equal(al.Funded))
		require.True(t, al.Funded.Add(al.Remaining).Equal(round.Budget))
		require.False(t, al.Remaining.IsNegative())

		// Rank order: the reference order, walked again naively.
		ranked := slices.Clone(as)
		slices.SortFunc(ranked, func(a, b venture.Application) int {
			return cmp.Or(b.Score.Cmp(a.Score), cmp.Compare(a.ID, b.ID))
		})
		left := round.Budget
		var wantAwards, wantUnfunded []string
		for _, a := range ranked {
			g := round.Grant(a)
			switch {
			case g.IsZero():
			case g.GreaterThan(left):
				wantUnfunded = append(wantUnfunded, a.ID)
			default:
				left = left.Sub(g)
				wantAwards = append(wantAwards, a.ID)
			}
		}
		require.Equal(t, wantAwards, nilIfEmpty(ids(al.Awards)))
		require.Equal(t, wantUnfunded, nilIfEmpty(al.Unfunded))
		for _, po := range al.PassedOver {
			require.True(t, po.Grant.GreaterThan(po.Left), "a passed-over grant did not fit")
		}
		// The same input in another order gives the same allocation.
		shuffled := slices.Clone(as)
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		al2, err := venture.Allocate(round, shuffled)
		require.NoError(t, err)
		require.Equal(t, ids(al.Awards), ids(al2.Awards))
	}
}

func nilIfEmpty(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}

// TestAllocationReport (issue 19): the reasons for passing over an application come as findings,
// one per application passed over, in rank order: the rule of the budget that stopped it, its
// grant as Got and what remained as Want, with a citation; awards and zero grants give none.
func TestAllocationReport(t *testing.T) {
	r := gz("1000000")
	r.Categories = []venture.CategoryBudget{{Category: venture.Elderly, Budget: d("100000")}, {Category: venture.Disability, Budget: d("900000")}}
	as := apps("E1:100000:40000:99:elderly", "E2:100000:40000:98:elderly", "D1:1000000:0:97:disability",
		"D2:1000000:0:96:disability", "Z:100:100:95:disability")
	al, err := venture.Allocate(r, as)
	require.NoError(t, err)
	require.Equal(t, []string{"E2", "D2"}, al.Unfunded)
	rep := al.Report()
	socialorgtest.AssertExplained(t, rep, "")
	require.Equal(t, socialorg.Version, rep.Version)
	require.NotEmpty(t, rep.RulesDigest)
	require.Len(t, rep.Findings, 2)
	socialorgtest.AssertFindings(t, rep,
		socialorgtest.Want{Rule: venture.RuleCategoryBudget, Outcome: socialorg.Fail, Got: "60000.00", Want: "≤ 40000.00"},
		socialorgtest.Want{Rule: venture.RuleRoundBudget, Outcome: socialorg.Fail, Got: "500000.00", Want: "≤ 440000.00"})
	require.Equal(t, "E2", rep.Findings[0].Subject)
	require.Equal(t, "D2", rep.Findings[1].Subject)
	require.Contains(t, rep.Findings[0].Message(language.SimplifiedChinese), "该类别资助资金余额")
	require.Equal(t, socialorg.NotMet, rep.Verdict())

	// Nothing passed over: an empty, non-nil list.
	al, err = venture.Allocate(gz("1000000"), apps("A:100000:40000:90"))
	require.NoError(t, err)
	require.NotNil(t, al.Report().Findings)
	require.Empty(t, al.Report().Findings)

	// An allocation decoded from hostile JSON is explained at bounded cost.
	hostile := venture.Allocation{PassedOver: []venture.PassedOver{{ID: "x", Grant: decimal.New(1, 2_000_000_000), Left: decimal.New(1, -2_000_000_000)}}}
	start := time.Now()
	rep = hostile.Report()
	require.Less(t, time.Since(start), hangBound)
	require.Less(t, len(rep.Findings[0].Got)+len(rep.Findings[0].Want), 200)
}
