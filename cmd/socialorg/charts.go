package main

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/partybuilding"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/socialorgtest"
	"github.com/socialorg/socialorg/venture/linkage"
)

// The charts draw the library's synthetic city (package socialorgtest): invented data the size
// of Guangzhou, never facts about it. Each chart says so in its subtitle.

// chartFiles are the files "charts" writes, in order.
var chartFiles = []string{"grades-by-district.svg", "party-coverage-by-district.svg", "linkage-flows.svg"}

// chartsCmd writes the charts into a directory.
func (a *app) chartsCmd(args []string) int {
	var lang langFlag
	var out string
	var seed uint64
	fs := a.newFlags("charts", "charts --out DIR [--lang L] [--seed N]")
	fs.Var(&lang, "lang", "language of titles and labels: zh-Hans, zh-Hant or en")
	fs.StringVar(&out, "out", "", "directory to write the SVG files into (created if missing)")
	fs.Uint64Var(&seed, "seed", 1, "seed of the synthetic city")
	pos, err := parse(fs, args)
	if err != nil {
		return exitUsage
	}
	if len(pos) > 0 || out == "" {
		fs.Usage()
		return exitUsage
	}
	svgs, err := cityCharts(seed, lang.get())
	if err != nil {
		return a.fail("charts: %v", err)
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return a.fail("%v", err)
	}
	for i, name := range chartFiles {
		p := filepath.Join(out, name)
		if err := os.WriteFile(p, []byte(svgs[i]), 0o644); err != nil {
			return a.fail("%v", err)
		}
		fmt.Fprintln(a.stdout, p)
	}
	return exitOK
}

// cityCharts draws the three charts of the synthetic city of a seed, in chartFiles' order.
func cityCharts(seed uint64, lang language.Tag) ([]string, error) {
	city := socialorgtest.Guangzhou(seed)
	li := langIndex(lang)
	grades := gradesChart(socialorgtest.Assessments(city, seed), seed, lang, li)
	party := partyChart(city.Party, seed, lang, li)
	market := socialorgtest.LinkageMarket(city, seed)
	plan, err := linkage.Match(market.Needs, market.Resources)
	if err != nil {
		return nil, err
	}
	flows := flowsChart(market.Needs, market.Resources, plan, seed, lang, li)
	return []string{grades.svg(), party.svg(), flows.svg()}, nil
}

var (
	chartSynthetic = text3{"合成城市（socialorgtest，种子 %d）的虚构数据，并非广州的事实", "合成城市（socialorgtest，種子 %d）的虛構數據，並非廣州的事實", "invented data of the synthetic city (socialorgtest, seed %d), not facts about Guangzhou"}
	gradesTitle    = text3{"各区社会组织评估等级", "各區社會組織評估等級", "Assessment grades of social organizations by district"}
	gradesSub      = text3{"已评估的登记社会组织，按登记管理机关；", "已評估的登記社會組織，按登記管理機關；", "assessed registered organizations, by registration authority; "}
	ungraded       = text3{"已评估未定级", "已評估未定級", "assessed, no grade"}
	cityLevel      = text3{"市本级", "市本級", "city level"}
	partyTitle     = text3{"各区社会组织党的覆盖", "各區社會組織黨的覆蓋", "Party coverage of social organizations by district"}
	partySub       = text3{"占全部登记社会组织的比例；", "佔全部登記社會組織的比例；", "share of all registered organizations; "}
	orgCovered     = text3{"党的组织覆盖", "黨的組織覆蓋", "organization coverage"}
	workCovered    = text3{"党的工作覆盖", "黨的工作覆蓋", "work coverage"}
	flowsTitle     = text3{"五社联动：资源方 → 需求类型", "五社聯動：資源方 → 需求類型", "Five-Society Linkage: resource parties → kinds of need"}
	flowsSub       = text3{"最优匹配方案中的对接数（一项资源服务一项需求）；", "最優匹配方案中的對接數（一項資源服務一項需求）；", "matches in the optimal plan (one resource serving one need); "}
	flowsUnit      = text3{"项对接", "項對接", "matches"}
)

// gradeColors are the colors of 5A … 1A and of "assessed, no grade".
var gradeColors = []string{"#1b5e20", "#388e3c", "#66bb6a", "#a5d6a7", "#dcedc8", "#bdbdbd"}

// districtName names a registration authority or district in a language; the city itself is
// "city level".
func districtName(code string, lang language.Tag, li int) string {
	if code == registry.GuangzhouCode {
		return cityLevel[li]
	}
	if j, ok := socialorg.LookupJurisdiction(code); ok {
		return j.Name().In(lang)
	}
	return code
}

// gradesChart counts the grades of the assessed organizations by registration authority (the
// city, then the districts by code).
func gradesChart(as []socialorgtest.Assessment, seed uint64, lang language.Tag, li int) stackedBars {
	counts := map[string][]int64{}
	for _, a := range as {
		if a.Score.IsZero() {
			continue // never assessed
		}
		c := counts[a.Org.Division]
		if c == nil {
			c = make([]int64, 6)
			counts[a.Org.Division] = c
		}
		if g := a.Award.Grade; g >= registry.Grade1A && g <= registry.Grade5A {
			c[registry.Grade5A-g]++
		} else {
			c[5]++
		}
	}
	codes := sortedCodes(counts)
	ch := stackedBars{Title: gradesTitle[li]}
	ch.Subtitle = gradesSub[li] + chartSynthetic.f(li, seed)
	for g := registry.Grade5A; g >= registry.Grade1A; g-- {
		ch.Series = append(ch.Series, barSeries{Name: g.Name().In(lang), Color: gradeColors[registry.Grade5A-g]})
	}
	ch.Series = append(ch.Series, barSeries{Name: ungraded[li], Color: gradeColors[5]})
	for _, code := range codes {
		ch.Categories = append(ch.Categories, districtName(code, lang, li))
		ch.Values = append(ch.Values, counts[code])
	}
	return ch
}

// sortedCodes returns the keys of a map of division codes: the city first, then by code.
func sortedCodes[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.SortFunc(out, func(a, b string) int {
		return cmp.Or(cmp.Compare(b2i(b == registry.GuangzhouCode), b2i(a == registry.GuangzhouCode)), cmp.Compare(a, b))
	})
	return out
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// partyChart tallies Party coverage by district (partybuilding.Tally on each district's units).
func partyChart(units []partybuilding.Unit, seed uint64, lang language.Tag, li int) groupedBars {
	by := map[string][]partybuilding.Unit{}
	for _, u := range units {
		by[u.District] = append(by[u.District], u)
	}
	ch := groupedBars{Title: partyTitle[li], Subtitle: partySub[li] + chartSynthetic.f(li, seed),
		Series: []barSeries{{Name: orgCovered[li], Color: "#c62828"}, {Name: workCovered[li], Color: "#ef9a9a"}}}
	for _, code := range sortedCodes(by) {
		r := partybuilding.Tally(by[code]).Rates()
		ch.Categories = append(ch.Categories, districtName(code, lang, li))
		ch.Shares = append(ch.Shares, []socialorg.Ratio{r.OrgOfAll, r.WorkOfAll})
		ch.Labels = append(ch.Labels, []string{r.OrgOfAll.Percent(1), r.WorkOfAll.Percent(1)})
	}
	return ch
}

// ratioPercent writes v/total as a percentage with one decimal, rounded half to even.
func ratioPercent(v, total int64) string { return socialorg.NewRatio(v, total).Percent(1) }

// partyColors are the colors of the linkage parties, in the order of their constants.
var partyColors = []string{"#1565c0", "#6a1b9a", "#00838f", "#2e7d32", "#ef6c00", "#5d4037", "#ad1457"}

// kindNames names the kinds of need of the synthetic market.
var kindNames = map[string]text3{
	linkage.KindFunds:          {"资金", "資金", "funds"},
	linkage.KindVolunteerHours: {"志愿服务时数", "志願服務時數", "volunteer hours"},
	"social-work-hours":        {"社工服务时数", "社工服務時數", "social-work hours"},
	"legal-aid":                {"法律援助", "法律援助", "legal aid"},
	"counselling":              {"心理辅导", "心理輔導", "counselling"},
	"meals":                    {"助餐", "助餐", "meals"},
	"venue-hours":              {"场地时数", "場地時數", "venue hours"},
	"tutoring":                 {"课业辅导", "課業輔導", "tutoring"},
}

// flowsChart counts the plan's assignments (one resource serving one need) from the resources'
// parties to the needs' kinds. Counts, not quantities: the kinds are measured in different units
// (fen, hours, meals), and a flow weighted by value would show money alone.
func flowsChart(needs []linkage.Need, resources []linkage.Resource, plan linkage.Plan, seed uint64, lang language.Tag, li int) flowChart {
	needByID := make(map[string]*linkage.Need, len(needs))
	for i := range needs {
		needByID[needs[i].ID] = &needs[i]
	}
	resByID := make(map[string]*linkage.Resource, len(resources))
	for i := range resources {
		resByID[resources[i].ID] = &resources[i]
	}
	flows := map[linkage.Party]map[string]int64{}
	kindTotal := map[string]int64{}
	for _, as := range plan.Assignments {
		n, r := needByID[as.Need], resByID[as.Resource]
		if n == nil || r == nil {
			continue
		}
		const v = 1
		if flows[r.Party] == nil {
			flows[r.Party] = map[string]int64{}
		}
		flows[r.Party][n.Kind] = satAdd(flows[r.Party][n.Kind], v)
		kindTotal[n.Kind] = satAdd(kindTotal[n.Kind], v)
	}
	kinds := make([]string, 0, len(kindTotal))
	for k := range kindTotal {
		kinds = append(kinds, k)
	}
	slices.SortFunc(kinds, func(a, b string) int { return cmp.Or(cmp.Compare(kindTotal[b], kindTotal[a]), cmp.Compare(a, b)) })
	ch := flowChart{Title: flowsTitle[li], Subtitle: flowsSub[li] + chartSynthetic.f(li, seed), Unit: flowsUnit[li]}
	for p := linkage.ResidentsCommittee; p <= linkage.CommunityFund; p++ {
		ch.Sources = append(ch.Sources, flowNode{Name: p.Name().In(lang), Color: partyColors[(int(p)-1)%len(partyColors)]})
		row := make([]int64, len(kinds))
		for j, k := range kinds {
			row[j] = flows[p][k]
		}
		ch.Flows = append(ch.Flows, row)
	}
	for _, k := range kinds {
		name := k
		if t, ok := kindNames[k]; ok {
			name = t[li]
		}
		ch.Targets = append(ch.Targets, flowNode{Name: name, Color: "#78909c"})
	}
	return ch
}

// satAdd adds non-negative figures of a chart, saturating.
func satAdd(a, b int64) int64 {
	if s := a + b; s >= a {
		return s
	}
	return 1<<63 - 1
}
