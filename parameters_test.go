package socialorg_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/charity"
	"github.com/socialorg/socialorg/partybuilding"
	"github.com/socialorg/socialorg/registry"
)

// declared lists every package's parameters. A package that declares a dated parameter must be
// here; TestEveryDeclaredParameterIsListed enforces it.
var declared = map[string]func() []socialorg.Parameter{
	"registry":      registry.Parameters,
	"partybuilding": partybuilding.Parameters,
	"charity":       charity.Parameters,
}

// TestEveryParameterIsCited walks every dated parameter the library declares and fails on one
// without a citation, without a start date, with regimes out of order, or with an ID that is not
// unique or does not start with its package's name.
func TestEveryParameterIsCited(t *testing.T) {
	seen := map[string]string{}
	for pkg, list := range declared {
		ps := list()
		require.NotEmpty(t, ps, pkg)
		for _, p := range ps {
			id := p.ID()
			require.True(t, strings.HasPrefix(id, pkg+"."), "%s: parameter %q must start with %q", pkg, id, pkg+".")
			if other, dup := seen[id]; dup {
				t.Errorf("parameter %s declared by %s and %s", id, other, pkg)
			}
			seen[id] = pkg
			es := p.Entries()
			require.NotEmpty(t, es, id)
			for i, e := range es {
				require.NotEmpty(t, strings.TrimSpace(e.Cite.Document), "%s regime %d has no cited document", id, i)
				require.False(t, e.From.IsZero(), "%s regime %d has no start date", id, i)
				if i > 0 {
					require.True(t, es[i-1].From.Before(e.From), "%s regimes out of order", id)
				}
			}
		}
	}
}

// TestEveryDeclaredParameterIsListed scans the non-test sources of each package for MustParam and
// NewParam calls and checks that the package lists exactly as many parameters, so that a
// parameter cannot escape TestEveryParameterIsCited by being left off its package's list.
func TestEveryDeclaredParameterIsListed(t *testing.T) {
	call := regexp.MustCompile(`socialorg\.(MustParam|NewParam)\b`)
	counts := map[string]int{}
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
		if n := len(call.FindAll(src, -1)); n > 0 {
			counts[filepath.ToSlash(filepath.Dir(path))] += n
		}
		return nil
	})
	require.NoError(t, err)
	require.NotEmpty(t, counts, "the scan found no parameters at all")
	for dir, n := range counts {
		list, ok := declared[dir]
		require.True(t, ok, "%s declares %d parameters but is not in the declared map", dir, n)
		require.Len(t, list(), n, "%s declares %d parameters but lists %d", dir, n, len(list()))
	}
}
