package registry_test

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/fen"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/socialorgtest"
)

var benchAsOf = socialorg.MustDate("2026-11-27")

// socialGroups are the synthetic city's social groups registered by Guangzhou (about 3,000).
func socialGroups(tb testing.TB) []registry.Organization {
	var out []registry.Organization
	for _, o := range socialorgtest.Guangzhou(1).Registered {
		if o.Kind == registry.SocialGroup && strings.HasPrefix(o.Division, "4401") && o.Code.Division() == o.Division {
			out = append(out, o)
		}
	}
	if len(out) < 1000 {
		tb.Fatal("too few social groups")
	}
	return out
}

var regSink registry.RegistrationResult

// BenchmarkCheckRegistration checks the city's social groups (validation, nine findings each).
// Its floor is BenchmarkCheckRegistrationFloor.
func BenchmarkCheckRegistration(b *testing.B) {
	orgs := socialGroups(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, o := range orgs {
			r, err := registry.CheckRegistration(o, benchAsOf)
			if err != nil {
				b.Fatal(err)
			}
			regSink = r
		}
	}
}

// The citations the floor writes, as the library's rules give them.
var (
	docOrder250 = "《社会团体登记管理条例》（国务院令第250号，2016年修订）"
	docGB32100  = "GB 32100-2015《法人和其他组织统一社会信用代码编码规则》"
	docOrder108 = "《广州市社会组织管理办法》（广州市人民政府令第108号公布，根据广州市人民政府令第132号修订）"
)

// floorSocialGroup writes the same nine findings as CheckRegistration for a Guangzhou social group
// registered directly, by hand: the same validation of the fields it reads, the same comparisons
// and the same strings, with the thresholds and citations as constants.
func floorSocialGroup(o registry.Organization, out []socialorg.Finding) ([]socialorg.Finding, bool) {
	if o.Name == "" || o.IndividualMembers < 0 || o.UnitMembers < 0 || o.Staff < 0 || o.Division == "" ||
		!utf8.ValidString(o.Name) || !utf8.ValidString(o.Domicile) || !utf8.ValidString(o.Subdistrict) || !utf8.ValidString(o.Community) {
		return out, false
	}
	funds, err := fen.NonNegative(o.Funds)
	if err != nil {
		return out, false
	}
	subject := o.Code.String()
	add := func(rule socialorg.RuleID, ok bool, got, want string, gw, ww bool, doc, art string) {
		out = append(out, socialorg.Finding{Rule: rule, Subject: subject, Outcome: socialorg.OutcomeOf(ok), Got: got, Want: want,
			Cite: socialorg.Citation{Document: doc, Article: art}, GotWords: gw, WantWords: ww})
	}
	kind := subject[:2]
	add(registry.RuleCodeKind, kind == "51", kind, "51", false, false, docGB32100, "")
	add("registry.code.category", kind == "51", kind, "5[1239]", false, false, docGB32100, "")
	add(registry.RuleCodeDivision, o.Code.Division() == o.Division, o.Code.Division(), o.Division, false, false, docGB32100, "")
	out = append(out, socialorg.Finding{Rule: registry.RuleSocialGroupApproval, Subject: subject, Outcome: socialorg.NotApplicable,
		Got: "no", Want: "direct-registration", Cite: socialorg.Citation{Document: docOrder108, Article: "第七条"}, GotWords: true, WantWords: true})
	members := strconv.Itoa(o.IndividualMembers) + " / " + strconv.Itoa(o.UnitMembers)
	switch {
	case o.UnitMembers == 0:
		add(registry.RuleSocialGroupMembers, o.IndividualMembers >= 50, members, "≥ 50 / —", false, false, docOrder250, "第十条第一款第（一）项")
	case o.IndividualMembers == 0:
		add(registry.RuleSocialGroupMembers, o.UnitMembers >= 30, members, "— / ≥ 30", false, false, docOrder250, "第十条第一款第（一）项")
	default:
		add(registry.RuleSocialGroupMembers, o.IndividualMembers+o.UnitMembers >= 50, members, "Σ ≥ 50", false, false, docOrder250, "第十条第一款第（一）项")
	}
	add(registry.RuleSocialGroupFunds, funds >= 3_000_000, fen.Format(funds), "≥ 30000.00", false, false, docOrder250, "第十条第一款第（五）项")
	reserved := strings.HasPrefix(o.Name, "中国") || strings.HasPrefix(o.Name, "全国") || strings.HasPrefix(o.Name, "中华")
	add(registry.RuleSocialGroupName, !reserved, o.Name, "no-reserved-prefix", false, true, docOrder250, "第十条第二款")
	dom := "no"
	if strings.TrimSpace(o.Domicile) != "" {
		dom = "yes"
	}
	add(registry.RuleSocialGroupDomicile, dom == "yes", dom, "yes", true, true, docOrder250, "第十条第一款第（三）项")
	add(registry.RuleSocialGroupStaff, o.Staff >= 1, strconv.Itoa(o.Staff), "≥ 1", false, false, docOrder250, "第十条第一款第（四）项")
	return out, true
}

// TestFloorWritesTheSameFindings keeps the floor honest: it writes what the library writes.
func TestFloorWritesTheSameFindings(t *testing.T) {
	for _, o := range socialGroups(t)[:300] {
		r, err := registry.CheckRegistration(o, benchAsOf)
		require.NoError(t, err)
		got, ok := floorSocialGroup(o, nil)
		require.True(t, ok)
		require.Equal(t, r.Findings, got, o.Name)
	}
}

var findingsSink []socialorg.Finding

// BenchmarkCheckRegistrationFloor is the floor of BenchmarkCheckRegistration: the same findings
// written by hand, in a fresh slice per organization as the library returns.
func BenchmarkCheckRegistrationFloor(b *testing.B) {
	orgs := socialGroups(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, o := range orgs {
			f, ok := floorSocialGroup(o, make([]socialorg.Finding, 0, 9))
			if !ok {
				b.Fatal(o.Name)
			}
			findingsSink = f
		}
	}
}

// scaledCity is a city of n communities: the synthetic city's districts repeated with renumbered
// codes, listed in code order as a registry lists them.
func scaledCity(n int) registry.City {
	base := socialorgtest.Guangzhou(1).Model
	out := registry.City{Code: base.Code, Name: base.Name}
	count := 0
	for rep := 0; count < n; rep++ {
		for _, d := range base.Districts {
			nd := registry.District{Code: fmt.Sprintf("%s-%04d", d.Code, rep), Name: d.Name}
			for _, s := range d.Subdistricts {
				ns := s
				ns.Code = fmt.Sprintf("%s-%04d", s.Code, rep)
				ns.Communities = make([]registry.Community, 0, len(s.Communities))
				for _, c := range s.Communities {
					if count == n {
						break
					}
					c.Code = fmt.Sprintf("%s-%04d", c.Code, rep)
					ns.Communities = append(ns.Communities, c)
					count++
				}
				nd.Subdistricts = append(nd.Subdistricts, ns)
			}
			out.Districts = append(out.Districts, nd)
			if count == n {
				break
			}
		}
	}
	slices.SortFunc(out.Districts, func(a, b registry.District) int { return cmp.Compare(a.Code, b.Code) })
	return out
}

var coverageSizes = []int{1_000, 10_000, 100_000, 1_000_000}

var coverageSink registry.CoverageResult

// BenchmarkAssessCoverage assesses cities of 1k, 10k, 100k and 1M communities (the synthetic city
// has about 2,850): validation, tallies per subdistrict and district, sorted shortfalls. Its floor
// is BenchmarkAssessCoverageFloor at the same sizes; time per community should stay flat.
func BenchmarkAssessCoverage(b *testing.B) {
	for _, n := range coverageSizes {
		city := scaledCity(n)
		cite := socialorg.Citation{Document: "bench"}
		opts := socialorg.Options{socialorg.Supply(registry.UrbanCommunityTarget, 10, cite), socialorg.Supply(registry.RuralCommunityTarget, 5, cite)}
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				res, err := registry.AssessCoverage(city, benchAsOf, opts)
				if err != nil {
					b.Fatal(err)
				}
				coverageSink = res
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/community")
		})
	}
}

// BenchmarkAssessCoverageFloor does the same work by hand: unique codes checked with a presized
// map, a tally per subdistrict and district, the shortfalls collected and sorted, the communities
// collected and sorted unless already in order, with no findings, options or paths.
func BenchmarkAssessCoverageFloor(b *testing.B) {
	type tally struct{ urban, rural, urbanOrgs, ruralOrgs, below, short int }
	type short struct {
		code  string
		short int
	}
	for _, n := range coverageSizes {
		city := scaledCity(n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				seen := make(map[string]struct{}, n)
				var subs, dists []tally
				var shorts []short
				all := make([]string, 0, n)
				for _, d := range city.Districts {
					var dt tally
					for _, s := range d.Subdistricts {
						var st tally
						for _, c := range s.Communities {
							if _, dup := seen[c.Code]; dup {
								b.Fatal("dup")
							}
							seen[c.Code] = struct{}{}
							target := 10
							if c.Rural {
								target = 5
								st.rural++
								st.ruralOrgs += c.Orgs
							} else {
								st.urban++
								st.urbanOrgs += c.Orgs
							}
							if c.Orgs < target {
								st.below++
								st.short += target - c.Orgs
								shorts = append(shorts, short{c.Code, target - c.Orgs})
							}
							all = append(all, c.Code)
						}
						subs = append(subs, st)
						dt.urban += st.urban
						dt.rural += st.rural
						dt.below += st.below
					}
					dists = append(dists, dt)
				}
				slices.SortFunc(shorts, func(a, b short) int { return cmp.Or(cmp.Compare(b.short, a.short), cmp.Compare(a.code, b.code)) })
				if !slices.IsSorted(all) {
					slices.Sort(all)
				}
				_, _ = subs, dists
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/community")
		})
	}
}

var reportSink socialorg.Report

// BenchmarkCoverageReport renders the city's coverage result as findings (about 3,300).
func BenchmarkCoverageReport(b *testing.B) {
	res, err := registry.AssessCoverage(socialorgtest.Guangzhou(1).Model, benchAsOf)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		reportSink = res.Report()
	}
}
