package socialorg_test

import (
	"bufio"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// thresholdPackages are the packages whose checks judge by legal numbers: those numbers live in
// the packages' books as dated parameters (socialorg.Param), never as literals in check code.
var thresholdPackages = []string{"registry", "partybuilding", "charity", "venture", "venture/linkage", "standards", "calendar"}

// divisionLike is a string literal that looks like a place: a GB/T 2260 code or its prefix.
var divisionLike = regexp.MustCompile(`^"[1-9][0-9](00|[0-9]{2})(00|[0-9]{2})?"$`)

// TestThresholdsLiveInTheBook walks the function bodies of thresholdPackages and fails on a
// literal that has the shape of a legal threshold and is not on the reviewed list
// (testdata/literals.allow): a number compared with (<, <=, >, >=, ==, !=), or added to a date
// (AddDays, AddMonths, AddYears, NewDate), and a string that looks like a division code (a place
// chosen in code). Put the number in the book as a dated parameter, the place in jurisdiction
// data; or, when it is no legal value (a format's width, an input bound, a calendar fact), add
// it to the list with the reason. A line of the list that no longer matches fails too, so that
// the list stays the reviewed truth.
func TestThresholdsLiveInTheBook(t *testing.T) {
	allowed := map[string]bool{}
	f, err := os.Open(filepath.Join("testdata", "literals.allow"))
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.SplitN(line, "\t", 4)
		if len(parts) < 4 || strings.TrimSpace(parts[3]) == "" {
			t.Errorf("literals.allow: %q needs file, function, literal and a reason, tab-separated", line)
			continue
		}
		allowed[strings.Join(parts[:3], "\t")] = true
	}
	f.Close()
	found := map[string]string{}
	for _, dir := range thresholdPackages {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, path := range files {
			if strings.HasSuffix(path, "_test.go") {
				continue
			}
			for key, pos := range thresholdLiterals(t, path) {
				found[key] = pos
			}
		}
	}
	for _, key := range slices.Sorted(mapKeys(found)) {
		if !allowed[key] {
			t.Errorf("%s: a literal with the shape of a threshold or a place (%s): declare it as a dated parameter or as jurisdiction data, or list it in testdata/literals.allow with the reason it is no legal value", found[key], strings.ReplaceAll(key, "\t", " "))
		}
	}
	for _, key := range slices.Sorted(mapKeys(allowed)) {
		if _, ok := found[key]; !ok {
			t.Errorf("testdata/literals.allow: %q no longer occurs: remove the line", strings.ReplaceAll(key, "\t", " "))
		}
	}
}

func mapKeys[V any](m map[string]V) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// thresholdLiterals returns the threshold-shaped literals of a file, keyed by "file\tfunc\tliteral",
// with a position of each.
func thresholdLiterals(t *testing.T, path string) map[string]string {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, path, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, d := range file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil {
			continue
		}
		add := func(lit *ast.BasicLit) {
			if lit.Kind != token.STRING && (lit.Value == "0" || lit.Value == "1") {
				return
			}
			out[filepath.ToSlash(path)+"\t"+fd.Name.Name+"\t"+lit.Value] = fmt.Sprint(fset.Position(lit.Pos()))
		}
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.BinaryExpr:
				switch x.Op {
				case token.LSS, token.LEQ, token.GTR, token.GEQ, token.EQL, token.NEQ:
					for _, side := range []ast.Expr{x.X, x.Y} {
						if lit, ok := unparen(side).(*ast.BasicLit); ok && (lit.Kind == token.INT || lit.Kind == token.FLOAT) {
							add(lit)
						}
					}
				}
			case *ast.CallExpr:
				if sel, ok := x.Fun.(*ast.SelectorExpr); ok {
					switch sel.Sel.Name {
					case "AddDays", "AddMonths", "AddYears", "NewDate":
						for _, a := range x.Args {
							if lit, ok := unparen(a).(*ast.BasicLit); ok && lit.Kind == token.INT {
								add(lit)
							}
						}
					}
				}
			case *ast.BasicLit:
				if x.Kind == token.STRING && divisionLike.MatchString(x.Value) {
					add(x)
				}
			}
			return true
		})
	}
	return out
}

func unparen(e ast.Expr) ast.Expr {
	for {
		p, ok := e.(*ast.ParenExpr)
		if !ok {
			return e
		}
		e = p.X
	}
}
