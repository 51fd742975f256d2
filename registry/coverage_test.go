package registry_test

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
)

// smallCity: one district with a subdistrict of two urban communities (9 and 10 orgs: below and
// at target) and a town with villages of 4, 5 and 6 orgs.
func smallCity() registry.City {
	return registry.City{Code: "440100", Name: "广州市", Districts: []registry.District{{
		Code: "440104", Name: "越秀区",
		Subdistricts: []registry.Subdistrict{
			{Code: "S2", Name: "镇", Town: true, Federations: 0, Communities: []registry.Community{
				{Code: "V1", Rural: true, Orgs: 4},
				{Code: "V2", Rural: true, Orgs: 5},
				{Code: "V3", Rural: true, Orgs: 6},
			}},
			{Code: "S1", Name: "街道", Federations: 1, Communities: []registry.Community{
				{Code: "U2", Orgs: 10},
				{Code: "U1", Orgs: 9},
			}},
		},
	}}}
}

// in2020 is a date the MCA's 2017 targets were in force.
var in2020 = socialorg.MustDate("2020-06-30")

func TestAssessCoverageSmall(t *testing.T) {
	res, err := registry.AssessCoverage(smallCity(), in2020)
	require.NoError(t, err)
	require.Equal(t, 10, res.Targets.Urban)
	require.Equal(t, 5, res.Targets.Rural)
	require.Zero(t, res.Targets.Federations)
	require.Contains(t, res.Targets.UrbanCite.Document, "民发〔2017〕191号")

	want := registry.CoverageTally{
		Subdistricts: 2, Towns: 1, Urban: 2, Rural: 3, UrbanOrgs: 19, RuralOrgs: 15, UrbanWant: 20, RuralWant: 15,
		UrbanBelow: 1, RuralBelow: 1, Shortfall: 2, Federations: 1,
	}
	require.Empty(t, cmp.Diff(want, res.Total))
	require.False(t, res.Total.UrbanMet(), "19 < 2×10")
	require.True(t, res.Total.RuralMet(), "15 = 3×5")
	require.Equal(t, 5, res.Total.Communities())
	require.Equal(t, 34, res.Total.Orgs())
	require.Equal(t, 2, res.Total.Below())

	// Subdistricts sorted by code whatever the input order.
	require.Equal(t, "S1", res.Subdistricts[0].Code)
	require.Equal(t, "S2", res.Subdistricts[1].Code)
	require.Equal(t, []registry.CommunityShortfall{
		{District: "440104", Subdistrict: "S1", Code: "U1", Orgs: 9, Target: 10, Shortfall: 1},
		{District: "440104", Subdistrict: "S2", Code: "V1", Rural: true, Orgs: 4, Target: 5, Shortfall: 1},
	}, res.Shortfalls)

	r := res.Report()
	require.False(t, r.OK())
	f, ok := r.Find("registry.coverage.urban-average")
	require.True(t, ok)
	require.Equal(t, "440100", f.Subject)
	require.Equal(t, socialorg.Fail, f.Outcome)
	require.Equal(t, "19", f.Got)
	require.Equal(t, "≥ 20", f.Want)
	var communities []string
	for _, f := range r.Findings {
		require.NotEmpty(t, f.Cite.Document)
		if f.Rule == registry.RuleCoverageCommunity {
			communities = append(communities, f.Subject+":"+f.Outcome.String()+":"+f.Got+":"+f.Want)
		}
		if f.Rule == registry.RuleCoverageRuralAverage && f.Subject == "S1" {
			require.Equal(t, socialorg.NotApplicable, f.Outcome, "no villages in S1")
		}
	}
	// The target is an average (「平均拥有不少于」): a community below it is information, never a
	// failure of that community.
	require.Equal(t, []string{"U1:not-applicable:9:average ≥ 10", "U2:not-applicable:10:average ≥ 10", "V1:not-applicable:4:average ≥ 5",
		"V2:not-applicable:5:average ≥ 5", "V3:not-applicable:6:average ≥ 5"}, communities)
	f, _ = r.Find(registry.RuleCoverageCommunity)
	require.Equal(t, "U1：社区拥有的社区社会组织数（平均目标之下的缺口，仅作信息）——不适用（实际 9；要求 平均 ≥ 10）。依据：《民政部关于大力培育发展社区社会组织的意见》（民发〔2017〕191号）一、总体要求",
		f.Message(language.Chinese))
}

// TestCoverageAverageBoundaries: the averages at 19/20 and 20/20 organizations for two urban
// communities, whatever their distribution (one community may have none).
func TestCoverageAverageBoundaries(t *testing.T) {
	city := func(a, b int) registry.City {
		return registry.City{Code: "440100", Districts: []registry.District{{Code: "D", Subdistricts: []registry.Subdistrict{{Code: "S",
			Communities: []registry.Community{{Code: "A", Orgs: a}, {Code: "B", Orgs: b}}}}}}}
	}
	for _, tc := range []struct {
		a, b int
		want socialorg.Outcome
	}{{10, 9, socialorg.Fail}, {10, 10, socialorg.Pass}, {20, 0, socialorg.Pass}, {0, 19, socialorg.Fail}, {11, 10, socialorg.Pass}} {
		res, err := registry.AssessCoverage(city(tc.a, tc.b), in2020)
		require.NoError(t, err)
		f, _ := res.Report().Find(registry.RuleCoverageUrbanAverage)
		require.Equal(t, tc.want, f.Outcome, "%d + %d", tc.a, tc.b)
		require.Equal(t, tc.want == socialorg.Pass, res.Total.UrbanMet())
	}
}

// TestCoverageTargetsEndWith2020: the MCA set the targets 「到2020年」; after 2020 nothing is
// judged unless the caller supplies a target, which the findings then cite as supplied.
func TestCoverageTargetsEndWith2020(t *testing.T) {
	res, err := registry.AssessCoverage(smallCity(), socialorg.MustDate("2020-12-31"))
	require.NoError(t, err)
	require.Equal(t, 10, res.Targets.Urban)
	res, err = registry.AssessCoverage(smallCity(), socialorg.MustDate("2021-01-01"))
	require.NoError(t, err)
	require.Zero(t, res.Targets.Urban)
	require.Empty(t, res.Shortfalls)
	require.NotNil(t, res.Shortfalls)
	require.Equal(t, 19, res.Total.UrbanOrgs, "counted, not judged")
	r := res.Report()
	require.True(t, r.OK())
	f, _ := r.Find(registry.RuleCoverageUrbanAverage)
	require.Equal(t, socialorg.NotApplicable, f.Outcome)
	require.Equal(t, "unset", f.Want)

	ours := socialorg.Citation{Document: "某市社区社会组织培育方案（2021—2025年）"}
	res, err = registry.AssessCoverage(smallCity(), asOf, socialorg.Supply(registry.UrbanCommunityTarget, 10, ours),
		socialorg.Supply(registry.RuralCommunityTarget, 5, ours))
	require.NoError(t, err)
	f, _ = res.Report().Find(registry.RuleCoverageUrbanAverage)
	require.Equal(t, socialorg.Fail, f.Outcome)
	require.True(t, f.Cite.Supplied)
	require.Len(t, res.Shortfalls, 2)
	_, err = registry.AssessCoverage(smallCity(), asOf, socialorg.Supply(registry.UrbanCommunityTarget, 0, ours))
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
}

func TestCoverageFederationTarget(t *testing.T) {
	cite := socialorg.Citation{Document: "某区社区社会组织培育方案"}
	res, err := registry.AssessCoverage(smallCity(), asOf, socialorg.Supply(registry.FederationTarget, 1, cite))
	require.NoError(t, err)
	require.Equal(t, 2, res.Total.FederationsWant)
	require.Equal(t, 1, res.Total.FederationShortfall)
	var got []string
	for _, f := range res.Report().Findings {
		if f.Rule == "registry.coverage.federation" {
			got = append(got, f.Subject+":"+f.Outcome.String())
			require.Equal(t, cite.Document, f.Cite.Document)
			require.True(t, f.Cite.Supplied)
		}
	}
	require.Equal(t, []string{"S1:pass", "S2:fail"}, got)

	_, err = registry.AssessCoverage(smallCity(), asOf, socialorg.Supply(registry.FederationTarget, 1, socialorg.Citation{}))
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
	_, err = registry.AssessCoverage(smallCity(), asOf, socialorg.Supply(registry.FederationTarget, 0, cite))
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
}

func TestCoverageTargetDates(t *testing.T) {
	res, err := registry.AssessCoverage(smallCity(), socialorg.MustDate("2018-01-07"))
	require.NoError(t, err, "before the targets, the city is counted and not judged")
	require.Zero(t, res.Targets.Urban)
	res, err = registry.AssessCoverage(smallCity(), socialorg.MustDate("2018-01-08"))
	require.NoError(t, err)
	require.Equal(t, 10, res.Targets.Urban)
}

// TestCoverageWithoutDate: a coverage asked without its date is refused (issue 18: AssessCoverage
// with the zero Date returned no error).
func TestCoverageWithoutDate(t *testing.T) {
	_, err := registry.AssessCoverage(smallCity(), socialorg.Date{})
	require.ErrorIs(t, err, socialorg.ErrNotInForce)
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
	require.Contains(t, err.Error(), "as_of")
	_, err = registry.EvaluateCoverage(smallCity(), socialorg.Date{})
	require.ErrorIs(t, err, socialorg.ErrNotInForce)
}

func TestCoverageInputErrors(t *testing.T) {
	tests := map[string]struct {
		mut   func(*registry.City)
		field string
	}{
		"empty district code":  {func(c *registry.City) { c.Districts[0].Code = "" }, "city.districts[0].code"},
		"duplicate community":  {func(c *registry.City) { c.Districts[0].Subdistricts[1].Communities[1].Code = "V1" }, "city.districts[0].subdistricts[1].communities[1].code"},
		"negative orgs":        {func(c *registry.City) { c.Districts[0].Subdistricts[0].Communities[2].Orgs = -1 }, "city.districts[0].subdistricts[0].communities[2].orgs"},
		"huge orgs":            {func(c *registry.City) { c.Districts[0].Subdistricts[0].Communities[2].Orgs = 1 << 40 }, "city.districts[0].subdistricts[0].communities[2].orgs"},
		"negative federations": {func(c *registry.City) { c.Districts[0].Subdistricts[0].Federations = -2 }, "city.districts[0].subdistricts[0].federations"},
		"long code":            {func(c *registry.City) { c.Districts[0].Code = strings.Repeat("x", 1<<20) }, "city.districts[0].code"},
		"name not UTF-8":       {func(c *registry.City) { c.Districts[0].Name = "越秀\xff" }, "city.districts[0].name"},
		"duplicate subdistrict": {func(c *registry.City) {
			c.Districts[0].Subdistricts[0].Code = "S1"
		}, "city.districts[0].subdistricts[1].code"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			c := smallCity()
			tc.mut(&c)
			_, err := registry.AssessCoverage(c, asOf)
			require.ErrorIs(t, err, socialorg.ErrInvalidInput)
			require.Contains(t, err.Error(), tc.field)
		})
	}
}

// randomCity builds a city of n districts with random subdistricts and communities.
func randomCity(r *rand.Rand, n int) registry.City {
	c := registry.City{Code: "440100"}
	id := 0
	next := func() string { id++; return string(rune('A'+id%26)) + itoa(id) }
	for d := 0; d < n; d++ {
		dist := registry.District{Code: next()}
		for s := 0; s < 1+r.IntN(5); s++ {
			sub := registry.Subdistrict{Code: next(), Federations: r.IntN(3), Town: r.IntN(2) == 0}
			for k := 0; k < r.IntN(12); k++ {
				sub.Communities = append(sub.Communities, registry.Community{Code: next(), Rural: r.IntN(3) == 0, Orgs: r.IntN(16)})
			}
			dist.Subdistricts = append(dist.Subdistricts, sub)
		}
		c.Districts = append(c.Districts, dist)
	}
	return c
}

func itoa(n int) string {
	b := []byte{}
	for {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
		if n == 0 {
			return string(b)
		}
	}
}

// TestCoverageTallyMergeProperty: evaluating any split of a city's districts and merging the
// tallies equals evaluating the whole; Merge is commutative and associative.
func TestCoverageTallyMergeProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	cite := socialorg.Citation{Document: "caller"}
	opts := socialorg.Options{socialorg.Supply(registry.FederationTarget, 1, cite),
		socialorg.Supply(registry.UrbanCommunityTarget, 10, cite), socialorg.Supply(registry.RuralCommunityTarget, 5, cite)}
	for round := 0; round < 50; round++ {
		city := randomCity(r, 1+r.IntN(8))
		whole, err := registry.AssessCoverage(city, asOf, opts)
		require.NoError(t, err)

		perm := r.Perm(len(city.Districts))
		cut1, cut2 := r.IntN(len(perm)+1), r.IntN(len(perm)+1)
		if cut1 > cut2 {
			cut1, cut2 = cut2, cut1
		}
		var parts []registry.CoverageTally
		for _, idx := range [][]int{perm[:cut1], perm[cut1:cut2], perm[cut2:]} {
			shard := registry.City{Code: city.Code}
			for _, i := range idx {
				shard.Districts = append(shard.Districts, city.Districts[i])
			}
			res, err := registry.AssessCoverage(shard, asOf, opts)
			require.NoError(t, err)
			parts = append(parts, res.Total)
		}
		a, b, c := parts[0], parts[1], parts[2]
		require.Equal(t, whole.Total, a.Merge(b).Merge(c))
		require.Equal(t, a.Merge(b).Merge(c), a.Merge(b.Merge(c)), "associative")
		require.Equal(t, a.Merge(b), b.Merge(a), "commutative")
		require.Equal(t, a, a.Merge(registry.CoverageTally{}), "zero is the identity")

		// Shuffling the input does not change the result.
		shuffled := registry.City{Code: city.Code}
		for _, i := range perm {
			shuffled.Districts = append(shuffled.Districts, city.Districts[i])
		}
		again, err := registry.AssessCoverage(shuffled, asOf, opts)
		require.NoError(t, err)
		require.Equal(t, whole.Districts, again.Districts)
		require.Equal(t, whole.Shortfalls, again.Shortfalls)
		require.Equal(t, whole.Report(), again.Report())
	}
}

func TestCountCommunityOrgs(t *testing.T) {
	city := smallCity()
	orgs := []registry.Organization{{Community: "U1"}, {Community: "U1"}, {Community: "V3"}, {Name: "not community-based"}}
	counted, err := registry.CountCommunityOrgs(city, orgs)
	require.NoError(t, err)
	require.Equal(t, 9, city.Districts[0].Subdistricts[1].Communities[1].Orgs, "the input is not changed")
	got := map[string]int{}
	for _, s := range counted.Districts[0].Subdistricts {
		for _, c := range s.Communities {
			got[c.Code] = c.Orgs
		}
	}
	require.Equal(t, map[string]int{"U1": 2, "U2": 0, "V1": 0, "V2": 0, "V3": 1}, got)

	_, err = registry.CountCommunityOrgs(city, []registry.Organization{{Community: "nowhere"}})
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
	require.Contains(t, err.Error(), "orgs[0].community")
}
