package socialorg_test

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/charity"
	"github.com/socialorg/socialorg/partybuilding"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/socialorgtest"
)

// digester hashes reports (findings and their messages in every language) and JSON values.
type digester struct{ h hash.Hash }

func (d digester) report(r socialorg.Report) {
	for _, f := range r.Findings {
		fmt.Fprintf(d.h, "%s|%s|%d|%s|%s|%s|%s\n", f.Rule, f.Subject, f.Outcome, f.Got, f.Want, f.Cite.Document, f.Cite.Article)
		for _, lang := range socialorg.Languages() {
			d.h.Write([]byte(f.Message(lang)))
			d.h.Write([]byte{'\n'})
		}
	}
}

// judgedWith matches what a report records of the rules it was judged with: the digest changes
// with every rule, so the output digests leave it out (TestReportsRecordTheirRules checks it).
var judgedWith = regexp.MustCompile(`,?"(version|rules_digest)":"[^"]*"`)

func (d digester) json(t *testing.T, v any) {
	raw, err := json.Marshal(v)
	require.NoError(t, err)
	d.h.Write(judgedWith.ReplaceAll(raw, nil))
}

// TestOutputDigests hashes every report, message and statement the library produces over the
// synthetic city and compares the hashes with testdata/digests.golden: a change of any output,
// by a refactoring or an optimisation, shows here. Run go test -update to accept a change that
// is intended, and say why in the commit.
func TestOutputDigests(t *testing.T) {
	if testing.Short() {
		t.Skip("hashes the whole synthetic city")
	}
	city := socialorgtest.Guangzhou(7)
	asOf := socialorg.MustDate("2026-11-27")
	sums := map[string]string{}
	run := func(name string, f func(d digester)) {
		d := digester{sha256.New()}
		f(d)
		sums[name] = hex.EncodeToString(d.h.Sum(nil))
	}
	run("registry.CheckRegistration", func(d digester) {
		for _, o := range append(append([]registry.Organization{}, city.Registered...), city.Community...) {
			res, err := registry.CheckRegistration(o, asOf)
			require.NoError(t, err)
			d.report(res.Report)
		}
	})
	run("registry.AssessCoverage", func(d digester) {
		res, err := registry.AssessCoverage(city.Model, asOf,
			socialorg.Supply(registry.UrbanCommunityTarget, 10, socialorg.Citation{Document: "t"}),
			socialorg.Supply(registry.RuralCommunityTarget, 5, socialorg.Citation{Document: "t"}))
		require.NoError(t, err)
		d.json(t, res)
		d.report(res.Report())
	})
	run("partybuilding", func(d digester) {
		as, err := partybuilding.Assess(city.Party, asOf)
		require.NoError(t, err)
		for _, a := range as {
			d.report(a.Report)
		}
		d.json(t, partybuilding.NeedingAction(as))
		d.json(t, partybuilding.Tally(city.Party))
	})
	run("charity", func(d digester) {
		for _, c := range socialorgtest.Charities(city, 2025, 7) {
			in, err := charity.FiguresFromLedger(c.Ledger, 2025, c.Org.Kind, c.PublicFundraising, c.Org.Code.String())
			require.NoError(t, err)
			res, err := charity.CheckAnnualSpending(in, socialorg.MustDate("2026-03-31"))
			require.NoError(t, err)
			d.report(res.Report)
			d.json(t, res)
			d.json(t, c.Ledger.Statement(socialorg.Year(2025)))
			d.json(t, c.Ledger.Totals(socialorg.Year(2025)))
			d.json(t, c.Ledger.Donors(socialorg.Year(2025)))
			u, r, err := c.Ledger.NetAssets(socialorg.MustDate("2025-12-31"))
			require.NoError(t, err)
			d.h.Write([]byte(u.String() + "|" + r.String()))
		}
	})
	names := make([]string, 0, len(sums))
	for n := range sums {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	for _, n := range names {
		b.WriteString(n + " " + sums[n] + "\n")
	}
	golden(t, "digests.golden", b.String())
}
