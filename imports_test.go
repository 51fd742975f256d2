package socialorg_test

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// libraryPackages are the domain packages a service imports; nothing they reach may be a
// package for HTTP, spreadsheets, command lines, terminals, plotting or logging: those belong to
// cmd/ and examples/.
var libraryPackages = []string{".", "./registry", "./partybuilding", "./charity", "./venture", "./venture/linkage", "./standards", "./calendar"}

// forbiddenDeps are the import paths (or their prefixes) no library package may reach.
var forbiddenDeps = []string{
	"net/http", "net/rpc", "log", "log/slog", "flag", "os/exec", "os/signal", "html/template",
	"github.com/xuri/", "github.com/getkin/", "github.com/schollz/", "github.com/vbauerster/",
	"golang.org/x/term", "github.com/spf13/", "github.com/urfave/", "gonum.org/",
}

// TestLibraryImportGraph lists every package the library packages reach (go list -deps) and
// fails on a forbidden one, naming the package and the library package that reaches it.
func TestLibraryImportGraph(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	for _, pkg := range libraryPackages {
		out, err := exec.Command("go", "list", "-deps", pkg).CombinedOutput()
		require.NoError(t, err, "%s", out)
		for _, dep := range strings.Fields(string(out)) {
			for _, bad := range forbiddenDeps {
				if dep == bad || (strings.HasSuffix(bad, "/") && strings.HasPrefix(dep, bad)) {
					t.Errorf("%s reaches %s", pkg, dep)
				}
			}
		}
	}
}
