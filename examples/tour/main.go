// Command tour shows the socialorg library at work on a synthetic city the size of Guangzhou:
// community social-organization coverage by district, credit codes taken apart, a registration
// that fails, explained in three languages, Party-building coverage, charities' spending
// verdicts and books, a public-welfare venture round from application to tranche, Five-Society
// Linkage matching, and assessment grades and brand candidates.
//
//	go run ./examples/tour
//
// The city is invented (see package socialorgtest): the district codes and names are real, every
// count and name below them is generated.
package main

import (
	"cmp"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
	"golang.org/x/text/width"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/charity"
	"github.com/socialorg/socialorg/partybuilding"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/socialorgtest"
)

// asOf is the date every rule is evaluated at.
var asOf = socialorg.MustDate("2026-11-27")

// assumptions are the tour's own values for what the sources leave open, each with its source:
// the averages of community organizations per community (the MCA's 2017 targets were set for 2020;
// the tour keeps judging by them) and one federation per subdistrict (a figure of the Guangdong
// social-organization platform's report, not a confirmed rule). One Options value is passed to
// every check.
var assumptions = socialorg.Options{
	socialorg.Supply(registry.UrbanCommunityTarget, 10, socialorg.Citation{Document: "tour assumption: 民发〔2017〕191号's 2020 target, kept after 2020"}),
	socialorg.Supply(registry.RuralCommunityTarget, 5, socialorg.Citation{Document: "tour assumption: 民发〔2017〕191号's 2020 target, kept after 2020"}),
	socialorg.Supply(registry.FederationTarget, 1, socialorg.Citation{Document: "tour assumption: one federation per subdistrict, as the Guangdong platform's report on Guangzhou says"}),
}

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "tour:", err)
		os.Exit(1)
	}
}

func run(w io.Writer) error {
	city := socialorgtest.Guangzhou(2026)
	fmt.Fprintf(w, "socialorg tour — a synthetic Guangzhou, rules as of %s\n", asOf)
	for _, section := range []func(io.Writer, socialorgtest.City) error{
		overview,
		coverage,
		creditCodes,
		registration,
		partyBuilding,
		charities,
		ventureRound,
		linkageMarket,
		assessmentGrades,
		complianceCalendar,
	} {
		fmt.Fprintln(w)
		if err := section(w, city); err != nil {
			return err
		}
	}
	return nil
}

func heading(w io.Writer, title string) {
	fmt.Fprintf(w, "== %s ==\n", title)
}

func overview(w io.Writer, c socialorgtest.City) error {
	heading(w, "The city")
	res, err := registry.AssessCoverage(c.Model, asOf, assumptions)
	if err != nil {
		return err
	}
	t := res.Total
	kinds := map[registry.Kind]int{}
	for _, o := range c.Registered {
		kinds[o.Kind]++
	}
	filed := 0
	for _, o := range c.Community {
		if o.Kind == registry.CommunityOrg {
			filed++
		}
	}
	fmt.Fprintf(w, "%d districts, %d subdistricts and towns (%d towns), %d urban communities, %d villages\n",
		len(res.Districts), t.Subdistricts, t.Towns, t.Urban, t.Rural)
	fmt.Fprintf(w, "%d registered organizations: %d social groups, %d social service agencies, %d foundations\n",
		len(c.Registered), kinds[registry.SocialGroup], kinds[registry.SocialServiceAgency], kinds[registry.Foundation])
	fmt.Fprintf(w, "%d community social organizations: %d filed with their subdistrict, %d registered\n",
		len(c.Community), filed, len(c.Community)-filed)
	return nil
}

func coverage(w io.Writer, c socialorgtest.City) error {
	heading(w, "Community social-organization coverage (averages of 10 per urban community and 5 per village, 民发〔2017〕191号, kept by the tour)")
	res, err := registry.AssessCoverage(c.Model, asOf, assumptions)
	if err != nil {
		return err
	}
	t := table{w: w, widths: []int{8, 8, 6, 7, 8, 6, 7, 8, 7, 9, 4}}
	t.row("district", "", "urban", "orgs", "average", "rural", "orgs", "average", "below", "shortfall", "no federation")
	for _, d := range res.Districts {
		tl := d.Tally
		t.row(d.Code, d.Name, fmt.Sprint(tl.Urban), fmt.Sprint(tl.UrbanOrgs), avg(tl.UrbanOrgs, tl.Urban, tl.UrbanMet()),
			fmt.Sprint(tl.Rural), fmt.Sprint(tl.RuralOrgs), avg(tl.RuralOrgs, tl.Rural, tl.RuralMet()),
			fmt.Sprint(tl.Below()), fmt.Sprint(tl.Shortfall), fmt.Sprint(tl.FederationShortfall))
	}
	tl := res.Total
	t.row("city", "", fmt.Sprint(tl.Urban), fmt.Sprint(tl.UrbanOrgs), avg(tl.UrbanOrgs, tl.Urban, tl.UrbanMet()),
		fmt.Sprint(tl.Rural), fmt.Sprint(tl.RuralOrgs), avg(tl.RuralOrgs, tl.Rural, tl.RuralMet()),
		fmt.Sprint(tl.Below()), fmt.Sprint(tl.Shortfall), fmt.Sprint(tl.FederationShortfall))
	fmt.Fprintln(w, "(average: organizations per community, ✓ when the target is met on average; below: communities under the average, for information; no federation: subdistricts and towns without one)")

	fmt.Fprintf(w, "\nLargest gaps below the average (%d communities; the target is an average, so these are not failures):\n", len(res.Shortfalls))
	names := communityNames(c.Model)
	for _, s := range res.Shortfalls[:min(8, len(res.Shortfalls))] {
		kind := "urban"
		if s.Rural {
			kind = "village"
		}
		fmt.Fprintf(w, "  %s %s (%s): %d of %d, short %d\n", s.Code, names[s.Code], kind, s.Orgs, s.Target, s.Shortfall)
	}
	// The worst community's finding, explained.
	for _, f := range res.Report().Findings {
		if f.Rule == registry.RuleCoverageCommunity && len(res.Shortfalls) > 0 && f.Subject == res.Shortfalls[0].Code {
			fmt.Fprintf(w, "  → %s\n", f.Message(language.SimplifiedChinese))
			break
		}
	}
	return nil
}

func avg(orgs, communities int, met bool) string {
	if communities == 0 {
		return "—"
	}
	mark := "✗"
	if met {
		mark = "✓"
	}
	return decimal.NewFromInt(int64(orgs)).DivRound(decimal.NewFromInt(int64(communities)), 1).StringFixed(1) + mark
}

func communityNames(c registry.City) map[string]string {
	out := map[string]string{}
	for _, d := range c.Districts {
		for _, s := range d.Subdistricts {
			for _, cm := range s.Communities {
				out[cm.Code] = s.Name + cm.Name
			}
		}
	}
	return out
}

func creditCodes(w io.Writer, c socialorgtest.City) error {
	heading(w, "Unified social credit codes (GB 32100-2015)")
	// One code of each kind, and one issued by a division that no longer exists.
	var picks []registry.Organization
	seen := map[registry.Kind]bool{}
	for _, o := range c.Registered {
		if !seen[o.Kind] {
			seen[o.Kind] = true
			picks = append(picks, o)
		}
	}
	for _, o := range c.Registered {
		if d, ok := registry.LookupDivision(o.Code.Division()); ok && !d.Current() {
			picks = append(picks, o)
			break
		}
	}
	for _, o := range picks {
		code := o.Code
		kind, _ := code.Kind()
		div, _ := registry.LookupDivision(code.Division())
		note := ""
		if !div.Current() {
			cur, _ := registry.CurrentDivision(div.Code)
			note = fmt.Sprintf(" (abolished %s; now %s %s)", div.Abolished, cur.Code, cur.Name)
		}
		fmt.Fprintf(w, "  %s  authority %s %s · category %c %s · division %s %s%s · org code %s (GB 11714 %s) · check %c\n",
			code, code.Authority(), code.Authority().Name(), code.Category(), kind.Chinese(), code.Division(), div.Name, note,
			code.OrgCode(), okWord(code.OrgCodeValid()), code.CheckChar())
	}

	fmt.Fprintln(w, "Input as people type it:")
	full := toFullWidth(picks[0].Code.String())
	for _, in := range []string{"\u3000" + full + " ", strings.ToLower(picks[0].Code.String())} {
		got, err := registry.ParseCreditCode(in)
		fmt.Fprintf(w, "  %q → %s %v\n", in, got, errOrOK(err))
	}
	fmt.Fprintln(w, "Corrupted codes:")
	good := picks[0].Code.String()
	for _, in := range []string{good[:17] + flip(good[17]), good[:9] + "I" + good[10:], good[:4] + "A" + good[5:], good[:16]} {
		_, err := registry.ParseCreditCode(in)
		fmt.Fprintf(w, "  %s\n", err)
	}
	const pilot = "91350100M0001TGQXM"
	p, err := registry.NewCreditCodeParser(registry.AllowCodes(pilot))
	if err != nil {
		return err
	}
	got, err := p.Parse(pilot)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "A real 2015 pilot code with a wrong check character, admitted by an allow-list: %s (check valid: %v)\n", got, got.CheckValid())
	return nil
}

func okWord(ok bool) string {
	if ok {
		return "valid"
	}
	return "invalid"
}

func errOrOK(err error) string {
	if err != nil {
		return err.Error()
	}
	return "ok"
}

func flip(c byte) string {
	if c == '0' {
		return "1"
	}
	return "0"
}

func toFullWidth(s string) string { return width.Widen.String(s) }

func registration(w io.Writer, c socialorgtest.City) error {
	heading(w, "A registration that fails (State Council Order 250, Art. 10)")
	o := registry.Organization{
		Name:              "广州市长者互助促进会",
		Kind:              registry.SocialGroup,
		Division:          "440106",
		IndividualMembers: 36,
		UnitMembers:       8,
		Staff:             1,
		Funds:             decimal.RequireFromString("28000"),
		Domicile:          "广州市天河区某路1号",
	}
	r, err := registry.CheckRegistration(o, asOf, assumptions)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%s: %d findings, %d failed\n", o.Name, len(r.Findings), len(r.Failures()))
	for _, f := range r.Failures() {
		for _, tag := range []language.Tag{language.SimplifiedChinese, language.TraditionalChinese, language.English} {
			fmt.Fprintf(w, "  [%s] %s\n", tag, f.Message(tag))
		}
	}
	return nil
}

func partyBuilding(w io.Writer, c socialorgtest.City) error {
	heading(w, "Party building (红苗工程): organization and work coverage")
	byDistrict := map[string][]partybuilding.Unit{}
	for _, u := range c.Party {
		byDistrict[u.District] = append(byDistrict[u.District], u)
	}
	t := table{w: w, widths: []int{8, 8, 6, 5, 6, 11, 10, 12, 9}}
	t.row("district", "", "units", "orgs", "own", "org/eligible", "org/all", "org/operating", "work/all")
	var total partybuilding.Coverage
	for _, d := range registry.Districts() {
		cov := partybuilding.Tally(byDistrict[d.Code])
		total = total.Merge(cov) // district tallies merge into the city's
		r := cov.Rates()
		t.row(d.Code, d.Name, fmt.Sprint(cov.Units), fmt.Sprint(cov.Organizations), fmt.Sprint(cov.Own),
			r.OrgOfEligible.Percent(2), r.OrgOfAll.Percent(2), r.OrgOfOperating.Percent(2), r.WorkOfAll.Percent(2))
	}
	r := total.Rates()
	t.row("city", "", fmt.Sprint(total.Units), fmt.Sprint(total.Organizations), fmt.Sprint(total.Own),
		r.OrgOfEligible.Percent(2), r.OrgOfAll.Percent(2), r.OrgOfOperating.Percent(2), r.WorkOfAll.Percent(2))
	fmt.Fprintf(w, "%d Party organizations (%d own, joint ones counted once), %d formal and %d probationary members\n",
		total.Organizations, total.Own, total.Formal, total.Probationary)
	g := socialorg.Change{From: 807, To: 1913}
	fmt.Fprintf(w, "(Guangzhou reported 807 → 1,913 organizations in five years: +%d, %s growth)\n", g.Delta(), g.Growth().Percent(2))

	as, err := partybuilding.Assess(c.Party, asOf, assumptions)
	if err != nil {
		return err
	}
	need := partybuilding.NeedingAction(as)
	counts := map[partybuilding.Action]int{}
	for _, a := range need {
		for _, x := range a.Actions {
			counts[x]++
		}
	}
	fmt.Fprintf(w, "\n%d of %d units need action:\n", len(need), len(as))
	for x := partybuilding.SetUpOrganization; x <= partybuilding.AmendCharter; x++ {
		fmt.Fprintf(w, "  %5d  %s / %s\n", counts[x], x.Message(language.SimplifiedChinese), x.Message(language.English))
	}
	fmt.Fprintln(w, "Most urgent first:")
	for _, a := range need[:min(5, len(need))] {
		fmt.Fprintf(w, "  %s (requires %s):\n", a.Unit, a.Required.Form.Chinese())
		for _, f := range a.Failures() {
			fmt.Fprintf(w, "    %s\n", f.Message(language.SimplifiedChinese))
		}
	}
	return nil
}

func charities(w io.Writer, c socialorgtest.City) error {
	const year = 2025
	heading(w, fmt.Sprintf("Charity: the %d spending verdicts (民发〔2016〕189号; Charity Law Art. 61)", year))
	cs := socialorgtest.Charities(c, year, 2026)
	type verdict struct {
		ch  socialorgtest.Charity
		in  charity.SpendingInput
		res charity.SpendingResult
	}
	var vs []verdict
	donations := 0
	tiers := map[string][2]int{} // tier → (compliant, not)
	for _, ch := range cs {
		donations += ch.Donations
		in, err := charity.FiguresFromLedger(ch.Ledger, year, ch.Org.Kind, ch.PublicFundraising, ch.Org.Code.String())
		if err != nil {
			return err
		}
		res, err := charity.CheckAnnualSpending(in, socialorg.MustDate("2026-03-31"), assumptions)
		if err != nil {
			return err
		}
		vs = append(vs, verdict{ch, in, res})
		t := tiers[res.Tier.ID]
		if res.OK() {
			t[0]++
		} else {
			t[1]++
		}
		tiers[res.Tier.ID] = t
	}
	fmt.Fprintf(w, "%d charitable organizations, %d donations recorded in %d (Guangzhou reported 630,000+ in four years)\n", len(cs), donations, year)
	t := table{w: w, widths: []int{5, 10, 14, 12}}
	t.row("tier", "compliant", "not compliant", "")
	for _, id := range []string{"A", "B", "C1", "C2", "C3", "C4", "D1", "D2", "D3", "D4"} {
		n := tiers[id]
		if n[0]+n[1] == 0 {
			continue
		}
		note := ""
		if id == "C3" {
			note = "(tier unconfirmed)"
		}
		t.row(id, fmt.Sprint(n[0]), fmt.Sprint(n[1]), note)
	}

	// Worst offenders: the largest shortfall against the minimum, in yuan.
	slices.SortFunc(vs, func(a, b verdict) int {
		sa := a.res.MinCharitable.Sub(a.in.CharitableExpenditure)
		sb := b.res.MinCharitable.Sub(b.in.CharitableExpenditure)
		return cmp.Or(sb.Cmp(sa), strings.Compare(a.in.Subject, b.in.Subject))
	})
	fmt.Fprintln(w, "\nLargest shortfalls of charitable-activity expenditure:")
	for _, v := range vs[:3] {
		if v.res.CharitableOK {
			break
		}
		min := v.res.MinCharitable // rounded up to the fen: the least amount that meets the minimum
		fmt.Fprintf(w, "  %s (tier %s): spent %s, minimum %s, short %s yuan\n", v.in.Subject, v.res.Tier.ID,
			v.in.CharitableExpenditure.StringFixed(2), min.StringFixed(2), min.Sub(v.in.CharitableExpenditure).StringFixed(2))
		for _, f := range v.res.Failures() {
			fmt.Fprintf(w, "    %s\n", f.Message(language.SimplifiedChinese))
		}
	}

	// One organization's statement of activities.
	one := vs[len(vs)/2].ch
	s := one.Ledger.Statement(socialorg.Year(year))
	fmt.Fprintf(w, "\nStatement of activities %d, %s (%s):\n", year, one.Org.Code, one.Org.Name)
	for _, line := range s.Income {
		if line.Total().IsZero() {
			continue
		}
		fmt.Fprintf(w, "  income  %-17s %14s  (restricted %s)  %s\n", line.Category, line.Total().StringFixed(2), line.Restricted.StringFixed(2), line.Category.Name().Hans)
	}
	for _, line := range s.Expenses {
		fmt.Fprintf(w, "  expense %-17s %14s  %s\n", line.Category, line.Amount.StringFixed(2), line.Category.Name().Hans)
	}
	fmt.Fprintf(w, "  of which charitable-activity expenditure %s; reclassified to unrestricted %s\n",
		s.CharitableActivity.StringFixed(2), s.Reclassified.StringFixed(2))
	fmt.Fprintf(w, "  change in net assets: unrestricted %s, restricted %s\n", s.ChangeUnrestricted.StringFixed(2), s.ChangeRestricted.StringFixed(2))
	donors := one.Ledger.Donors(socialorg.Year(year))
	fmt.Fprintf(w, "  %d donors; the largest gave %s yuan in %d gifts\n", len(donors), donors[0].Amount.StringFixed(2), donors[0].Gifts)
	for _, p := range one.Ledger.Pledges(asOf) {
		fmt.Fprintf(w, "  pledge %s: due %s, received %s, outstanding %s\n", p.Pledge, p.Due.StringFixed(2), p.Received.StringFixed(2), p.Outstanding.StringFixed(2))
	}
	return nil
}

// table prints rows whose columns line up in a terminal, counting East Asian wide characters as
// two columns.
type table struct {
	w      io.Writer
	widths []int
}

func (t table) row(cells ...string) {
	var b strings.Builder
	for i, c := range cells {
		b.WriteString(c)
		if i < len(t.widths) {
			for pad := t.widths[i] - displayWidth(c); pad > 0; pad-- {
				b.WriteByte(' ')
			}
		}
		b.WriteByte(' ')
	}
	fmt.Fprintln(t.w, strings.TrimRight(b.String(), " "))
}

func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

func asDecimal(s string) decimal.Decimal { return decimal.RequireFromString(s) }
