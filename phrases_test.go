package socialorg_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	_ "github.com/socialorg/socialorg/partybuilding"
	_ "github.com/socialorg/socialorg/registry"
)

// phrasePackages are the directories whose problem phrases must all be in the catalogue.
var phrasePackages = []string{".", "registry", "charity", "partybuilding", "calendar", "venture", "venture/linkage", "standards", "internal/enum", "internal/money"}

// TestProblemPhrasesTranslated walks the sources of phrasePackages for the rule phrases of input
// problems (the last argument of Problems.Add and Invalid, the Rule of an InputError literal) and
// fails on one the catalogue cannot translate: every problem has a message in three languages
// and a code that names its kind. A phrase built by concatenation is checked by its literal
// beginning, which must be a Prefix phrase or a whole phrase.
func TestProblemPhrasesTranslated(t *testing.T) {
	for _, dir := range phrasePackages {
		entries, err := os.ReadDir(dir)
		require.NoError(t, err)
		for _, e := range entries {
			name := e.Name()
			if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
				continue
			}
			path := filepath.Join(dir, name)
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, path, nil, 0)
			require.NoError(t, err)
			ast.Inspect(f, func(n ast.Node) bool {
				var rule ast.Expr
				switch x := n.(type) {
				case *ast.CallExpr:
					if isProblemCall(x) && len(x.Args) == 3 {
						rule = x.Args[2]
					}
				case *ast.CompositeLit:
					if isInputErrorType(x.Type) {
						for _, el := range x.Elts {
							if kv, ok := el.(*ast.KeyValueExpr); ok {
								if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "Rule" {
									rule = kv.Value
								}
							}
						}
					}
				}
				if rule == nil {
					return true
				}
				s, whole := leadingLiteral(rule)
				if s == "" {
					return true // computed elsewhere (a variable): checked where it is written
				}
				p, ok := socialorg.LookupPhrase(s)
				if ok && !whole && !p.Prefix && p.Text.En != s {
					ok = false
				}
				if !ok {
					t.Errorf("%s: the phrase %q is not in the catalogue (declare it with socialorg.MustDeclarePhrases)", fset.Position(rule.Pos()), s)
				}
				return true
			})
		}
	}
}

func isProblemCall(c *ast.CallExpr) bool {
	switch f := c.Fun.(type) {
	case *ast.SelectorExpr:
		return f.Sel.Name == "Add" || f.Sel.Name == "Invalid"
	case *ast.Ident:
		return f.Name == "Invalid"
	}
	return false
}

func isInputErrorType(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.SelectorExpr:
		return x.Sel.Name == "InputError"
	case *ast.Ident:
		return x.Name == "InputError"
	}
	return false
}

// leadingLiteral returns the string literal a phrase is or begins with, and whether it is the
// whole phrase.
func leadingLiteral(e ast.Expr) (string, bool) {
	switch x := e.(type) {
	case *ast.BasicLit:
		if x.Kind == token.STRING {
			s, err := strconv.Unquote(x.Value)
			if err == nil {
				return s, true
			}
		}
	case *ast.BinaryExpr:
		if x.Op == token.ADD {
			s, _ := leadingLiteral(x.X)
			return s, false
		}
	}
	return "", false
}
