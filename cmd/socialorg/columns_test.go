package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
)

func TestMatchHeader(t *testing.T) {
	for _, c := range []struct {
		in, want string
	}{
		{"name", "name"}, {" Name ", "name"}, {"NAME", "name"}, {"名称", "name"}, {"名稱", "name"},
		{"Individual Members", "individual_members"}, {"individual-members", "individual_members"},
		{"ｉｎｄｉｖｉｄｕａｌ＿ｍｅｍｂｅｒｓ", "individual_members"}, {"个人会员", "individual_members"},
		{"资金（元）", "funds"}, {"资金(元)", "funds"}, {"*名称", "name"}, {"名称：", "name"}, {"\ufeffname", "name"},
		{"统一社会信用代码", "code"}, {"Credit Code", "code"}, {"登记管理机关", "division"}, {"类型", "kind"},
		{"funds_in_cash", "funds_in_cash"}, {"Funds In Cash", "funds_in_cash"},
	} {
		got, ok := matchHeader(c.in)
		require.True(t, ok, c.in)
		require.Equal(t, c.want, got, c.in)
	}
	for _, bad := range []string{"", " ", "fund", "备注", "名称 名称"} {
		_, ok := matchHeader(bad)
		require.False(t, ok, bad)
	}
	require.Equal(t, "funds", suggest("fund"))
	require.Equal(t, "staff", suggest("Staf"))
	require.Equal(t, "", suggest("备注"))
}

func TestEveryFieldIsAColumn(t *testing.T) {
	// Every JSON field of registry.Organization is a column, read as its type says.
	want := map[string]fieldKind{"code": kindText, "name": kindString, "kind": kindText, "division": kindString,
		"registered": kindDate, "individual_members": kindInt, "funds": kindDecimal, "funds_in_cash": kindBool,
		"foundation_type": kindText, "filing": kindText}
	for key, k := range want {
		f, ok := lookupField(key)
		require.True(t, ok, key)
		require.Equal(t, k, f.kind, key)
	}
	require.Len(t, orgFields, 22, "a new field of registry.Organization: check it reads well from a cell")
}

func TestSetCell(t *testing.T) {
	for _, c := range []struct {
		key, cell string
		opt       cellOptions
		rule      string // "" when read
		check     func(*registry.Organization) bool
	}{
		{"individual_members", "50", cellOptions{}, "", func(o *registry.Organization) bool { return o.IndividualMembers == 50 }},
		{"individual_members", " 1,050 ", cellOptions{}, "", func(o *registry.Organization) bool { return o.IndividualMembers == 1050 }},
		{"individual_members", "50.0", cellOptions{}, "", func(o *registry.Organization) bool { return o.IndividualMembers == 50 }},
		{"individual_members", "５０", cellOptions{}, "", func(o *registry.Organization) bool { return o.IndividualMembers == 50 }},
		{"individual_members", "-1", cellOptions{}, "", func(o *registry.Organization) bool { return o.IndividualMembers == -1 }}, // Validate refuses it
		{"individual_members", "", cellOptions{}, "", func(o *registry.Organization) bool { return o.IndividualMembers == 0 }},
		{"individual_members", "50.5", cellOptions{}, ruleWhole, nil},
		{"individual_members", "五十", cellOptions{}, ruleWhole, nil},
		{"individual_members", "99999999999999999999", cellOptions{}, ruleWhole, nil},
		{"funds_in_cash", "是", cellOptions{}, "", func(o *registry.Organization) bool { return o.FundsInCash }},
		{"funds_in_cash", "TRUE", cellOptions{}, "", func(o *registry.Organization) bool { return o.FundsInCash }},
		{"funds_in_cash", "1", cellOptions{}, "", func(o *registry.Organization) bool { return o.FundsInCash }},
		{"funds_in_cash", "否", cellOptions{}, "", func(o *registry.Organization) bool { return !o.FundsInCash }},
		{"funds_in_cash", "maybe", cellOptions{}, ruleYesNo, nil},
		{"funds", "30000", cellOptions{}, "", fundsAre("30000")},
		{"funds", "30,000.50", cellOptions{}, "", fundsAre("30000.5")},
		{"funds", "￥30,000元", cellOptions{}, "", fundsAre("30000")},
		{"funds", "３００００", cellOptions{}, "", fundsAre("30000")},
		{"funds", "30000.001", cellOptions{}, "", fundsAre("30000.001")}, // read; Validate refuses sub-fen amounts
		{"funds", "3万", cellOptions{}, ruleAmount, nil},
		{"funds", "30 000", cellOptions{}, ruleAmount, nil},
		{"funds", strings.Repeat("9", 257), cellOptions{}, ruleAmount, nil},
		{"registered", "2024-01-31", cellOptions{}, "", dateIs("2024-01-31")},
		{"registered", "2024/1/31", cellOptions{}, "", dateIs("2024-01-31")},
		{"registered", "2024.1.31", cellOptions{}, "", dateIs("2024-01-31")},
		{"registered", "2024年1月31日", cellOptions{}, "", dateIs("2024-01-31")},
		{"registered", "2024-02-29", cellOptions{}, "", dateIs("2024-02-29")},
		{"registered", "2023-02-29", cellOptions{}, ruleDate, nil},
		{"registered", "31/01/2024", cellOptions{}, ruleDate, nil},
		{"registered", "45322", cellOptions{}, ruleDate, nil}, // a number is a date only in a workbook
		// Serial dates: 61 is 1900-03-01 (serials before it count Excel's 29 February 1900).
		{"registered", "45322", cellOptions{serialDates: true}, "", dateIs("2024-01-31")},
		{"registered", "45322.75", cellOptions{serialDates: true}, "", dateIs("2024-01-31")},
		{"registered", "61", cellOptions{serialDates: true}, "", dateIs("1900-03-01")},
		{"registered", "43860", cellOptions{serialDates: true, date1904: true}, "", dateIs("2024-01-31")},
		{"registered", "0", cellOptions{serialDates: true}, ruleDate, nil},
		{"registered", "2958465", cellOptions{serialDates: true}, "", dateIs("9999-12-31")},
		{"registered", "2958466", cellOptions{serialDates: true}, ruleDate, nil},
		{"registered", "4.5322e4", cellOptions{serialDates: true}, ruleDate, nil}, // a workbook writes serials as plain digits
		{"registered", "45322.x", cellOptions{serialDates: true}, ruleDate, nil},
		{"registered", "99999999", cellOptions{serialDates: true}, ruleDate, nil},
		{"kind", "社会团体", cellOptions{}, "", func(o *registry.Organization) bool { return o.Kind == registry.SocialGroup }},
		{"kind", "民办非企业单位", cellOptions{}, "", func(o *registry.Organization) bool { return o.Kind == registry.SocialServiceAgency }},
		{"kind", " foundation ", cellOptions{}, "", func(o *registry.Organization) bool { return o.Kind == registry.Foundation }},
		{"kind", "公司", cellOptions{}, "one of social-group, social-service-agency, foundation, community-org", nil},
		{"foundation_type", "非公募基金会", cellOptions{}, "", func(o *registry.Organization) bool { return o.FoundationType == registry.NonPublicFoundation }},
		{"filing", "社会服务机构类", cellOptions{}, "", func(o *registry.Organization) bool { return o.Filing == registry.ServiceFiling }},
		{"code", "51440104MJA000001N", cellOptions{}, "", func(o *registry.Organization) bool { return o.Code.String() == "51440104MJA000001N" }},
		{"code", "51440104MJA000001X", cellOptions{}, ruleCode + registry.ErrCodeCheck.Error(), nil},
		{"code", "5144", cellOptions{}, ruleCode + registry.ErrCodeLength.Error(), nil},
		{"name", "  广州市某协会 ", cellOptions{}, "", func(o *registry.Organization) bool { return o.Name == "  广州市某协会 " }},
		{"name", "\xff", cellOptions{}, "valid UTF-8 text", nil},
		{"name", strings.Repeat("a", 4097), cellOptions{}, ruleLong, nil},
	} {
		f, ok := lookupField(c.key)
		require.True(t, ok, c.key)
		var o registry.Organization
		rule := setCell(&o, f, c.cell, c.opt)
		require.Equal(t, c.rule, rule, "%s %q", c.key, c.cell)
		if c.check != nil {
			require.True(t, c.check(&o), "%s %q: %+v", c.key, c.cell, o)
		}
	}
}

func fundsAre(s string) func(*registry.Organization) bool {
	return func(o *registry.Organization) bool { return o.Funds.Equal(decimal.RequireFromString(s)) }
}

func dateIs(s string) func(*registry.Organization) bool {
	return func(o *registry.Organization) bool { return o.Registered == socialorg.MustDate(s) }
}

func TestColumnLetter(t *testing.T) {
	for i, want := range map[int]string{0: "A", 25: "Z", 26: "AA", 51: "AZ", 52: "BA", 701: "ZZ", 702: "AAA", 16383: "XFD"} {
		require.Equal(t, want, columnLetter(i), strconv.Itoa(i))
	}
}

// TestProblemPhrasesTranslated walks this package's sources, as the root test walks the
// library's, for the rule phrases of problems (the last argument of Problems.Add, and the
// rule constants), and fails on one the catalogue cannot translate.
func TestProblemPhrasesTranslated(t *testing.T) {
	consts := map[string]string{}
	for _, name := range []string{"columns.go", "input.go"} {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, name, nil, 0)
		require.NoError(t, err)
		ast.Inspect(f, func(n ast.Node) bool {
			if vs, ok := n.(*ast.ValueSpec); ok {
				for i, id := range vs.Names {
					if i < len(vs.Values) {
						if lit, ok := vs.Values[i].(*ast.BasicLit); ok && lit.Kind == token.STRING && strings.HasPrefix(id.Name, "rule") {
							consts[id.Name], _ = strconv.Unquote(lit.Value)
						}
					}
				}
			}
			return true
		})
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) != 3 {
				return true
			}
			if sel, ok := call.Fun.(*ast.SelectorExpr); !ok || sel.Sel.Name != "Add" {
				return true
			}
			var phrase string
			switch x := call.Args[2].(type) {
			case *ast.BasicLit:
				phrase, _ = strconv.Unquote(x.Value)
			case *ast.BinaryExpr:
				if lit, ok := x.X.(*ast.BasicLit); ok {
					phrase, _ = strconv.Unquote(lit.Value)
				}
			case *ast.Ident:
				phrase = consts[x.Name]
			default:
				return true // computed (a parser's own rule): the library's phrases
			}
			if phrase == "" {
				return true
			}
			_, ok = socialorg.LookupPhrase(phrase)
			require.True(t, ok, "%s: the phrase %q is not in the catalogue", fset.Position(call.Pos()), phrase)
			return true
		})
	}
	for name, phrase := range consts {
		if name == "ruleCode" {
			phrase += "check character does not match"
		}
		p, ok := socialorg.LookupPhrase(phrase)
		require.True(t, ok, "%s = %q", name, phrase)
		require.NotEqual(t, phrase, socialorg.TranslateRule(phrase, hansIdx), name)
		require.NotEmpty(t, p.Slug)
	}
}
