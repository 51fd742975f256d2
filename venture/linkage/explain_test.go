package linkage_test

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/socialorgtest"
	"github.com/socialorg/socialorg/venture/linkage"
)

// scanAlternatives is the explanation's alternatives as the previous round computed them, by
// walking every resource for each need (the cost that made explaining every need quadratic): the
// resources cheaper than the ceiling (the dearest serving the need, or its value when none does)
// that do not serve it, of its kind (in scope or not) or of another kind in its scope, same kind
// first, then by unit cost and ID, at most MaxAlternatives. It is the reference the indexed
// Explainer must agree with. subs and perUnit are the distance cost (nil, 0 without it).
func scanAlternatives(needs []linkage.Need, res []linkage.Resource, p linkage.Plan, needID string, subs map[string]string, perUnit int64) []linkage.Alternative {
	var n linkage.Need
	for _, x := range needs {
		if x.ID == needID {
			n = x
		}
	}
	used := map[string]int64{}
	for _, a := range p.Assignments {
		used[a.Resource] += a.Quantity
	}
	serving := map[string]bool{}
	ceiling := n.Value
	first := true
	cost := map[string]int64{}
	for _, r := range res {
		cost[r.ID] = r.UnitCost
	}
	for _, a := range p.Assignments {
		if a.Need == n.ID {
			serving[a.Resource] = true
			if first || cost[a.Resource] > ceiling {
				ceiling = cost[a.Resource]
			}
			first = false
		}
	}
	distance := func(r linkage.Resource) int64 {
		if subs == nil || perUnit == 0 || r.Home == "" {
			return 0
		}
		rs, okR := subs[r.Home]
		ns, okN := subs[n.Community]
		if !okR || !okN || rs == ns {
			return 0
		}
		return perUnit
	}
	out := []linkage.Alternative{}
	for _, r := range res {
		if serving[r.ID] || r.UnitCost >= ceiling {
			continue
		}
		inScope := len(r.Communities) == 0 || slices.Contains(r.Communities, n.Community)
		a := linkage.Alternative{Resource: r.ID, Party: r.Party, Kind: r.Kind, UnitCost: r.UnitCost, Left: r.Quantity - used[r.ID]}
		switch {
		case r.Kind != n.Kind && inScope:
			a.Reason = linkage.OtherKind
		case r.Kind != n.Kind:
			continue
		case !inScope:
			a.Reason = linkage.OutOfScope
		case r.UnitCost >= n.Value:
			a.Reason = linkage.Unprofitable
		case n.Value-r.UnitCost-distance(r) <= 0, distance(r) > 0 && a.Left > 0:
			a.Reason = linkage.Dearer
		case a.Left > 0:
			a.Reason = linkage.Unchosen
		default:
			a.Reason = linkage.Exhausted
		}
		out = append(out, a)
	}
	slices.SortFunc(out, func(a, b linkage.Alternative) int {
		return cmp.Or(cmp.Compare(b2i(a.Reason == linkage.OtherKind), b2i(b.Reason == linkage.OtherKind)),
			cmp.Compare(a.UnitCost, b.UnitCost), cmp.Compare(a.Resource, b.Resource))
	})
	return out[:min(len(out), linkage.MaxAlternatives)]
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestExplainerAgreesWithScan: on random instances (tiers, scopes listing a community twice,
// kinds no need has, the distance cost), the indexed Explainer gives every need of Match's plan
// the alternatives the full scan gives, and never the reason Unchosen (Match's plan is optimal).
func TestExplainerAgreesWithScan(t *testing.T) {
	r := rand.New(rand.NewPCG(41, 41))
	subs := map[string]string{"C0": "S0", "C1": "S0", "C2": "S1", "C3": "S2"}
	for iter := 0; iter < 400; iter++ {
		needs, res := randomInstance(r, 1+r.IntN(12), 1+r.IntN(30), 1+r.IntN(4), 1+r.IntN(3), 1+int64(r.IntN(20)))
		for i := range needs {
			needs[i].Priority = r.IntN(2)
		}
		for i := range res {
			res[i].Home = "C" + strconv.Itoa(r.IntN(5))
			switch r.IntN(6) {
			case 0:
				res[i].Kind = "k-other" // a kind no need has
			case 1:
				if len(res[i].Communities) > 0 {
					res[i].Communities = append(res[i].Communities, res[i].Communities[0]) // listed twice
				}
			}
		}
		var opts []socialorg.Option
		perUnit := int64(r.IntN(3) * 7)
		if perUnit > 0 {
			opts = append(opts, linkage.CrossSubdistrictCost(perUnit, subs))
		}
		p, err := linkage.MatchWith(needs, res, opts...)
		require.NoError(t, err)
		x, err := linkage.NewExplainer(needs, res, p, opts...)
		require.NoError(t, err)
		for _, n := range needs {
			ex, err := x.Explain(n.ID)
			require.NoError(t, err)
			want := scanAlternatives(needs, res, p, n.ID, subs, perUnit)
			require.Equal(t, want, ex.Alternatives, "iteration %d, need %s", iter, n.ID)
			for _, a := range ex.Alternatives {
				require.NotEqual(t, linkage.Unchosen, a.Reason, "iteration %d: Match's plan leaves no profitable resource unused", iter)
			}
		}
	}
}

// TestExplainUnchosen: a plan that belongs to its input but is not Match's (it serves a need from
// the dearer resource while a cheaper one of the same scope has hours left) is explained with the
// reason Unchosen. The previous round called that resource "used up by other needs" (Exhausted),
// which was false: 8 of its 8 hours were left.
func TestExplainUnchosen(t *testing.T) {
	needs := []linkage.Need{{ID: "n", Community: "A", Kind: "meals", Quantity: 4, Value: 50}}
	res := []linkage.Resource{
		{ID: "cheap", Party: linkage.SocialOrganization, Kind: "meals", Quantity: 8, UnitCost: 10},
		{ID: "dear", Party: linkage.CommunityEnterprise, Kind: "meals", Quantity: 4, UnitCost: 30},
	}
	plan := linkage.Plan{Assignments: []linkage.Assignment{{Need: "n", Resource: "dear", Quantity: 4, Margin: 20}}, Value: 200, Cost: 120, Net: 80}
	ex, err := linkage.Explain(needs, res, plan, "n")
	require.NoError(t, err)
	require.Equal(t, []linkage.Alternative{{Resource: "cheap", Party: linkage.SocialOrganization, Kind: "meals", UnitCost: 10, Left: 8, Reason: linkage.Unchosen}},
		ex.Alternatives)
	require.Equal(t, "left unused by the plan", ex.Alternatives[0].Reason.Name().En)
	// The hand-written plan states no kind: the explanation gives the need's.
	require.Equal(t, "meals", ex.Assignments[0].Kind)
}

// TestExplanationReport: the explanation says the same in findings (the rules of the 2021
// opinion's linkage mechanism): n1 of smallMarket is served 3 of its 10 hours by r1 at a margin of
// 40 fen an hour; r4 (out of scope) and r5 (another kind) are cheaper and did not serve it.
func TestExplanationReport(t *testing.T) {
	needs, res := smallMarket()
	p, err := linkage.Match(needs, res)
	require.NoError(t, err)
	ex, err := linkage.Explain(needs, res, p, "n1")
	require.NoError(t, err)
	require.Equal(t, []socialorg.Finding{
		{Rule: linkage.RuleNeedMet, Subject: "n1", Outcome: socialorg.Fail, Got: "3 hours", Want: "10 hours", GotWords: true, WantWords: true, Cite: opinion},
		{Rule: linkage.RuleAssignment, Subject: "n1 ← r1", Outcome: socialorg.Pass, Got: "0.40 yuan", Want: "> 0.00 yuan", GotWords: true, WantWords: true, Cite: opinion},
		{Rule: linkage.RuleAlternative, Subject: "n1 ← r4", Outcome: socialorg.NotApplicable, Got: "out-of-scope", GotWords: true, Cite: opinion},
		{Rule: linkage.RuleAlternative, Subject: "n1 ← r5", Outcome: socialorg.NotApplicable, Got: "other-kind", GotWords: true, Cite: opinion},
	}, ex.Findings)
	require.Equal(t, socialorg.NotMet, ex.Verdict())
	socialorgtest.AssertExplained(t, ex.Report, "")
	msgs := ex.Messages(language.English)
	require.Equal(t, "n1: the need is met in full: fail (got 3 hours; required 10 hours). Source: "+opinion.Document, msgs[0])
	require.Equal(t, "n1 ← r4: a cheaper resource did not serve the need: not applicable (got does not serve the community). Source: "+opinion.Document, msgs[2])
	require.Equal(t, "n1：需求得到全部满足——不通过（实际 3 小时；要求 10 小时）。依据："+opinion.Document, ex.Messages(language.SimplifiedChinese)[0])
	require.Equal(t, "n1 ← r1：資源以正的單位淨收益服務需求——通過（實際 0.40 元；要求 > 0.00 元）。依據："+opinion.Document,
		ex.Messages(language.TraditionalChinese)[1])

	// n2 is met in full.
	ex, err = linkage.Explain(needs, res, p, "n2")
	require.NoError(t, err)
	f, ok := ex.Find(linkage.RuleNeedMet)
	require.True(t, ok)
	require.Equal(t, socialorg.Pass, f.Outcome)
	require.Equal(t, "5 hours", f.Got)
}

// TestExplainerConcurrent: one Explainer explains from many goroutines at once, each getting what
// it gets alone (run with -race).
func TestExplainerConcurrent(t *testing.T) {
	m := market(300, 2000)
	p, err := linkage.Match(m.Needs, m.Resources)
	require.NoError(t, err)
	x, err := linkage.NewExplainer(m.Needs, m.Resources, p)
	require.NoError(t, err)
	want := make([]linkage.Explanation, len(m.Needs))
	for i, n := range m.Needs {
		want[i], err = x.Explain(n.ID)
		require.NoError(t, err)
	}
	errs := make(chan error, 4)
	for g := range 4 {
		go func() {
			for i := g; i < len(m.Needs); i += 4 {
				ex, err := x.Explain(m.Needs[i].ID)
				if err == nil && !reflect.DeepEqual(ex, want[i]) {
					err = fmt.Errorf("need %s explained differently", m.Needs[i].ID)
				}
				if err != nil {
					errs <- err
					return
				}
			}
			errs <- nil
		}()
	}
	for range 4 {
		require.NoError(t, <-errs)
	}
}

// opinion is the citation of every finding of a plan.
var opinion = socialorg.Citation{Document: "《中共中央 国务院关于加强基层治理体系和治理能力现代化建设的意见》（2021年）"}

// explainAll explains every need of the plan with one Explainer.
func explainAll(tb testing.TB, m socialorgtest.Linkage, p linkage.Plan) int {
	x, err := linkage.NewExplainer(m.Needs, m.Resources, p)
	if err != nil {
		tb.Fatal(err)
	}
	alts := 0
	for _, n := range m.Needs {
		ex, err := x.Explain(n.ID)
		if err != nil {
			tb.Fatal(err)
		}
		alts += len(ex.Alternatives)
	}
	return alts
}

// scaled are the markets of the scaling benchmarks: 1, 10 and 100 copies (see replicated) of a
// market of 30 needs and 200 resources over a hundredth of the city's communities (smallCity), so
// that 100× is the size and density of the synthetic city's market; and that market itself
// (3,000 needs, 20,000 resources over 2,850 communities).
func scaled() []struct {
	name string
	m    socialorgtest.Linkage
} {
	base := socialorgtest.LinkageMarketOf(smallCity(29), 30, 200, 1)
	return []struct {
		name string
		m    socialorgtest.Linkage
	}{{"1x", replicated(base, 1)}, {"10x", replicated(base, 10)}, {"100x", replicated(base, 100)}, {"city", market(3000, 20000)}}
}

// BenchmarkExplainAll explains every need of a plan with one Explainer, indexing included, matching
// not (see scaled). Near-linear: 100× the input costs at most 150× the time.
func BenchmarkExplainAll(b *testing.B) {
	for _, c := range scaled() {
		p, err := linkage.Match(c.m.Needs, c.m.Resources)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(c.name, func(b *testing.B) {
			reportCPU(b, func() { explainAll(b, c.m, p) })
		})
	}
}

// BenchmarkSummarize summarizes a plan, findings included (see scaled).
func BenchmarkSummarize(b *testing.B) {
	for _, c := range scaled() {
		p, err := linkage.Match(c.m.Needs, c.m.Resources)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(c.name, func(b *testing.B) {
			reportCPU(b, func() {
				if _, err := linkage.Summarize(c.m.Needs, c.m.Resources, p); err != nil {
					b.Fatal(err)
				}
			})
		})
	}
}
