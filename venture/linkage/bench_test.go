package linkage_test

import (
	"fmt"
	"os"
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/socialorgtest"
	"github.com/socialorg/socialorg/venture/linkage"
)

// sizes are the scaling points: needs and resources, from a quarter of the city to twice it.
var sizes = []struct{ needs, resources int }{{750, 5000}, {1500, 10000}, {3000, 20000}, {6000, 40000}}

func market(needs, resources int) socialorgtest.Linkage {
	return socialorgtest.LinkageMarketOf(socialorgtest.Guangzhou(1), needs, resources, 1)
}

// smallCity is the synthetic city cut to its first subdistricts holding at least n communities:
// a market of a hundredth of the city's needs and resources over a hundredth of its communities has
// the city's density (needs per community, resources per subdistrict).
func smallCity(n int) socialorgtest.City {
	c := socialorgtest.Guangzhou(1)
	var subs []registry.Subdistrict
	count := 0
	for _, d := range c.Model.Districts {
		for _, s := range d.Subdistricts {
			if count < n {
				subs = append(subs, s)
				count += len(s.Communities)
			}
		}
	}
	d := c.Model.Districts[0]
	d.Subdistricts = subs
	c.Model.Districts = []registry.District{d}
	return c
}

// replicated is k copies of a market, each over communities of its own ("b003/440103001001"): k
// times its needs, resources, scopes, candidate pairs and assignments. It measures how a cost
// scales with the input. (Scaling a market over one city instead grows the candidate pairs faster
// than the input: more needs share each community, so each scoped resource reaches more of them.)
// A resource that serves any community serves, in its copy, the communities of the copy's needs,
// so that the copies share nothing. IDs keep their order: block by block, each block in ID order.
func replicated(m socialorgtest.Linkage, k int) socialorgtest.Linkage {
	out := socialorgtest.Linkage{Subdistrict: map[string]string{}}
	var needComms []string
	for _, n := range m.Needs {
		needComms = append(needComms, n.Community)
	}
	slices.Sort(needComms)
	needComms = slices.Compact(needComms)
	for b := range k {
		pre := fmt.Sprintf("b%03d/", b)
		anywhere := make([]string, len(needComms))
		for i, c := range needComms {
			anywhere[i] = pre + c
		}
		scopes := map[*string][]string{} // the market shares one scope slice per subdistrict
		for _, n := range m.Needs {
			n.ID, n.Community = pre+n.ID, pre+n.Community
			out.Needs = append(out.Needs, n)
		}
		for _, r := range m.Resources {
			r.ID = pre + r.ID
			if r.Home != "" {
				r.Home = pre + r.Home
			}
			if len(r.Communities) > 0 {
				cs, ok := scopes[&r.Communities[0]]
				if !ok {
					cs = make([]string, len(r.Communities))
					for i, c := range r.Communities {
						cs[i] = pre + c
					}
					scopes[&r.Communities[0]] = cs
				}
				r.Communities = cs
			} else {
				r.Communities = anywhere
			}
			out.Resources = append(out.Resources, r)
		}
		for c, s := range m.Subdistrict {
			out.Subdistrict[pre+c] = pre + s
		}
	}
	return out
}

// BenchmarkMatch measures Match, graph building included, at four sizes; 3000x20000 is the
// city-scale instance.
func BenchmarkMatch(b *testing.B) {
	for _, s := range sizes {
		m := market(s.needs, s.resources)
		b.Run(fmt.Sprintf("%dx%d", s.needs, s.resources), func(b *testing.B) {
			reportCPU(b, func() {
				if _, err := linkage.Match(m.Needs, m.Resources); err != nil {
					b.Fatal(err)
				}
			})
		})
	}
}

// TestCityAgainstLEMON runs Match and the reference solver side by side on the four sizes, five
// times each, alternating, and logs the medians of their CPU times and their ratio: Match's is the
// process's CPU time over the call (graph building included, and the garbage collector's work on
// other threads), LEMON's its solve's CPU time as it reports it ("cpu S"; a build that reports
// only the wall time is used with a note). It fails if the optimum differs, if a plan is not
// feasible, or if Match takes more than half the reference solver's time on the city-scale
// instance (a generous bound: the figures are for BENCHMARKS.md, not for this test).
// Run with LINKAGE_LEMON=/path/to/lemon-mcf (see ../shared/tools/lemon-mcf).
func TestCityAgainstLEMON(t *testing.T) {
	if os.Getenv("LINKAGE_LEMON") == "" {
		t.Skip("set LINKAGE_LEMON to the reference solver built by ../shared/tools/lemon-mcf/build")
	}
	for _, s := range sizes {
		m := market(s.needs, s.resources)
		var ours, theirs []time.Duration
		var net int64
		clock := "CPU"
		for run := 0; run < 5; run++ {
			runtime.GC()
			start := cpuTime()
			p, err := linkage.Match(m.Needs, m.Resources)
			ours = append(ours, cpuTime()-start)
			require.NoError(t, err)
			if run == 0 {
				feasible(t, m.Needs, m.Resources, p)
			}
			want, took := lemon(t, m.Needs, m.Resources)
			if took.cpu < 0 {
				took.cpu, clock = took.wall, "wall (the solver reports no CPU time)"
			}
			theirs = append(theirs, took.cpu)
			require.Equal(t, want, p.Net)
			net = p.Net
		}
		mo, ml := median(ours), median(theirs)
		t.Logf("%5d needs × %5d resources: Match %v CPU, LEMON %v %s (medians of 5), ratio %.3f, net %d",
			s.needs, s.resources, mo, ml, clock, float64(mo)/float64(ml), net)
		if s.needs == 3000 {
			require.Less(t, float64(mo)/float64(ml), 0.5, "well within the reference solver's time at city scale")
		}
	}
}

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}
