package socialorg_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/calendar"
	"github.com/socialorg/socialorg/charity"
	"github.com/socialorg/socialorg/partybuilding"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/standards"
	"github.com/socialorg/socialorg/venture"
	"github.com/socialorg/socialorg/venture/linkage"
)

// packages lists every package that keeps a book of rules and parameters: the one line a new
// package adds outside its own folder. TestEveryBookIsListed enforces it.
var packages = map[string]struct {
	parameters func() []socialorg.Parameter
	rules      func() []socialorg.Rule
}{
	"registry":      {registry.Parameters, registry.Rules},
	"partybuilding": {partybuilding.Parameters, partybuilding.Rules},
	"charity":       {charity.Parameters, charity.Rules},
	"venture":       {venture.Parameters, venture.Rules},
	"standards":     {standards.Parameters, standards.Rules},
	"calendar":      {calendar.Parameters, calendar.Rules},
	"linkage":       {linkage.Parameters, linkage.Rules},
}

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestEveryParameterIsCited walks every dated parameter the library declares and fails on one
// without a title, a unit or a citation, with regimes out of order, with an ID that is not unique
// or does not start with its package's name, or with a value that lists as a raw Go struct.
func TestEveryParameterIsCited(t *testing.T) {
	seen := map[string]string{}
	for pkg, p := range packages {
		ps := p.parameters()
		require.NotEmpty(t, ps, pkg)
		for _, p := range ps {
			id := p.ID()
			require.True(t, strings.HasPrefix(id, pkg+"."), "%s: parameter %q must start with %q", pkg, id, pkg+".")
			if other, dup := seen[id]; dup {
				t.Errorf("parameter %s declared by %s and %s", id, other, pkg)
			}
			seen[id] = pkg
			ti := p.Title()
			require.True(t, ti.Hans != "" && ti.Hant != "" && ti.En != "", "%s has no title in some language", id)
			require.NotEmpty(t, p.Unit(), "%s has no unit", id)
			es := p.Entries()
			local := p.LocalEntries()
			if !p.Suppliable() {
				require.True(t, len(es) > 0 || len(local) > 0, "%s has no value, national or local, and the caller cannot supply one", id)
			}
			lists := map[string][]socialorg.Entry{"national": es}
			for code, les := range local {
				_, declared := socialorg.LookupJurisdiction(code)
				require.True(t, declared, "%s has values for %s, a jurisdiction the library does not declare", id, code)
				require.NotEmpty(t, les, "%s in %s", id, code)
				lists[code] = les
			}
			for where, es := range lists {
				for i, e := range es {
					require.NotEmpty(t, strings.TrimSpace(e.Cite.Document), "%s (%s) regime %d has no cited document", id, where, i)
					require.False(t, e.From.IsZero(), "%s (%s) regime %d has no start date", id, where, i)
					require.False(t, strings.HasPrefix(e.Value, "{"), "%s lists its value as a raw Go struct: %s", id, e.Value)
					if i > 0 {
						require.True(t, es[i-1].From.Before(e.From), "%s (%s) regimes out of order", id, where)
					}
				}
			}
			b, err := json.Marshal(p)
			require.NoError(t, err, id)
			require.Contains(t, string(b), `"id":"`+id+`"`)
		}
		require.True(t, slices.IsSortedFunc(ps, func(a, b socialorg.Parameter) int { return strings.Compare(a.ID(), b.ID()) }), pkg)
	}
}

// TestEveryRuleIsTitledAndCited walks every rule: an ID in its package, titles in three
// languages, regimes with citations, and a title the message catalog renders.
func TestEveryRuleIsTitledAndCited(t *testing.T) {
	for pkg, p := range packages {
		rules := p.rules()
		require.NotEmpty(t, rules, pkg)
		for _, r := range rules {
			require.True(t, strings.HasPrefix(string(r.ID), pkg+"."), "%s: rule %q", pkg, r.ID)
			require.NoError(t, r.Validate(), r.ID)
			got, ok := socialorg.LookupRule(r.ID)
			require.True(t, ok, r.ID)
			require.Equal(t, r.Title, got.Title, r.ID)
		}
	}
}

// TestEveryBookIsListed scans the non-test sources for books and checks that each package that
// keeps one is in the packages list, so that no package's rules escape the tests above.
func TestEveryBookIsListed(t *testing.T) {
	call := regexp.MustCompile(`socialorg\.NewBook\("([a-z.]+)"\)`)
	found := 0
	err := filepath.WalkDir(".", func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); path != "." && (strings.HasPrefix(name, ".") || name == "examples" || name == "testdata") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range call.FindAllSubmatch(src, -1) {
			found++
			_, ok := packages[string(m[1])]
			require.True(t, ok, "%s keeps a book %q that the packages list lacks", path, m[1])
		}
		return nil
	})
	require.NoError(t, err)
	require.Equal(t, len(packages), found, "one book per listed package")
}

// TestGoldenMessages renders a finding of every rule in the three languages and compares them
// with testdata/messages.golden (go test -run TestGoldenMessages -update rewrites it), so that a
// change to a title, a frame or a translation shows in review.
func TestGoldenMessages(t *testing.T) {
	var b strings.Builder
	names := make([]string, 0, len(packages))
	for pkg := range packages {
		names = append(names, pkg)
	}
	slices.Sort(names)
	for _, pkg := range names {
		for _, r := range packages[pkg].rules() {
			b.WriteString("## " + string(r.ID) + "\n")
			f := socialorg.Finding{Rule: r.ID, Subject: "S", Outcome: socialorg.Fail, Got: "1", Want: "≥ 2", Cite: r.Regimes[0].Cite}
			for _, lang := range socialorg.Languages() {
				b.WriteString(f.Message(lang))
				b.WriteByte('\n')
			}
			words := make([]string, 0, len(r.Words))
			for w := range r.Words {
				words = append(words, w)
			}
			slices.Sort(words)
			for _, w := range words {
				b.WriteString("  word " + w + ": " + r.Words[w].Hans + " | " + r.Words[w].Hant + " | " + r.Words[w].En + "\n")
			}
		}
	}
	golden(t, "messages.golden", b.String())
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update to create %s", path)
	require.Equal(t, string(want), got, "%s is out of date: review the difference, then run go test -update", path)
}
