package registry_test

import (
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

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

func TestEvaluateCoverageSmall(t *testing.T) {
	res, err := registry.EvaluateCoverage(smallCity(), asOf)
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
		if f.Rule == "registry.coverage.community" {
			communities = append(communities, f.Subject+":"+f.Outcome.String())
		}
		if f.Rule == "registry.coverage.rural-average" && f.Subject == "S1" {
			require.Equal(t, socialorg.NotApplicable, f.Outcome, "no villages in S1")
		}
	}
	require.Equal(t, []string{"U1:fail", "U2:pass", "V1:fail", "V2:pass", "V3:pass"}, communities)
}

func TestCoverageFederationTarget(t *testing.T) {
	cite := socialorg.Citation{Document: "某区社区社会组织培育方案"}
	res, err := registry.EvaluateCoverage(smallCity(), asOf, registry.WithFederationTarget(1, cite))
	require.NoError(t, err)
	require.Equal(t, 2, res.Total.FederationsWant)
	require.Equal(t, 1, res.Total.FederationShortfall)
	var got []string
	for _, f := range res.Report().Findings {
		if f.Rule == "registry.coverage.federation" {
			got = append(got, f.Subject+":"+f.Outcome.String())
			require.Equal(t, cite, f.Cite)
		}
	}
	require.Equal(t, []string{"S1:pass", "S2:fail"}, got)

	_, err = registry.EvaluateCoverage(smallCity(), asOf, registry.WithFederationTarget(1, socialorg.Citation{}))
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
	_, err = registry.EvaluateCoverage(smallCity(), asOf, registry.WithFederationTarget(0, cite))
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
}

func TestCoverageTargetDates(t *testing.T) {
	_, err := registry.EvaluateCoverage(smallCity(), socialorg.MustDate("2018-01-07"))
	require.ErrorIs(t, err, socialorg.ErrNotInForce)
	_, err = registry.EvaluateCoverage(smallCity(), socialorg.MustDate("2018-01-08"))
	require.NoError(t, err)
}

func TestCoverageInputErrors(t *testing.T) {
	tests := map[string]struct {
		mut   func(*registry.City)
		field string
	}{
		"empty district code":  {func(c *registry.City) { c.Districts[0].Code = "" }, "City.Districts[0].Code"},
		"duplicate community":  {func(c *registry.City) { c.Districts[0].Subdistricts[1].Communities[1].Code = "V1" }, "City.Districts[0].Subdistricts[1].Communities[1].Code"},
		"negative orgs":        {func(c *registry.City) { c.Districts[0].Subdistricts[0].Communities[2].Orgs = -1 }, "City.Districts[0].Subdistricts[0].Communities[2].Orgs"},
		"huge orgs":            {func(c *registry.City) { c.Districts[0].Subdistricts[0].Communities[2].Orgs = 1 << 40 }, "City.Districts[0].Subdistricts[0].Communities[2].Orgs"},
		"negative federations": {func(c *registry.City) { c.Districts[0].Subdistricts[0].Federations = -2 }, "City.Districts[0].Subdistricts[0].Federations"},
		"duplicate subdistrict": {func(c *registry.City) {
			c.Districts[0].Subdistricts[0].Code = "S1"
		}, "City.Districts[0].Subdistricts[1].Code"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			c := smallCity()
			tc.mut(&c)
			_, err := registry.EvaluateCoverage(c, asOf)
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
	for round := 0; round < 50; round++ {
		city := randomCity(r, 1+r.IntN(8))
		whole, err := registry.EvaluateCoverage(city, asOf, registry.WithFederationTarget(1, cite))
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
			res, err := registry.EvaluateCoverage(shard, asOf, registry.WithFederationTarget(1, cite))
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
		again, err := registry.EvaluateCoverage(shuffled, asOf, registry.WithFederationTarget(1, cite))
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
	require.Contains(t, err.Error(), "orgs[0].Community")
}
