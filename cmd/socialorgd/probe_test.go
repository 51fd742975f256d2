package main

import (
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/venture/linkage"
)

// selfWriter stands for a library type that writes its own JSON, as linkage's do: its fields, a
// money field also in yuan (with an accessor), a ratio and its decimal (omitted when undefined), a
// key written only for one kind (a word of probeWords), and its verdict.
type selfWriter struct {
	Fen   int64           `json:"fen"`
	Kind  string          `json:"kind"`
	Share socialorg.Ratio `json:"share"`
	Note  string          `json:"note,omitempty"`
	socialorg.Report
}

func (w selfWriter) FenYuan() decimal.Decimal { return decimal.New(w.Fen, -2) }

func (w selfWriter) MarshalJSON() ([]byte, error) {
	type plain selfWriter
	out := struct {
		plain
		FenYuan      string `json:"fen_yuan"`
		ShareDecimal string `json:"share_decimal,omitempty"`
		FundsOnly    string `json:"funds_only,omitempty"`
	}{plain: plain(w), FenYuan: w.FenYuan().StringFixed(2)}
	if w.Share.Defined() {
		out.ShareDecimal = w.Share.Decimal(4).StringFixed(4)
	}
	if w.Kind == linkage.KindFunds {
		out.FundsOnly = "yes"
	}
	b, err := json.Marshal(out)
	if err != nil {
		return nil, err
	}
	return socialorg.WithVerdict(b, w.Report, "")
}

// selfReader reads what it writes, its money in fen or in yuan ("fen_yuan", a decimal that may be
// a string or a number); a key it does not know is an error.
type selfReader struct {
	Fen  int64  `json:"fen"`
	Name string `json:"name"`
}

func (r selfReader) MarshalJSON() ([]byte, error) {
	return json.Marshal(map[string]any{"fen": r.Fen, "fen_yuan": decimal.New(r.Fen, -2).StringFixed(2), "name": r.Name})
}

func (r *selfReader) UnmarshalJSON(b []byte) error {
	var in struct {
		Fen     *int64           `json:"fen"`
		FenYuan *decimal.Decimal `json:"fen_yuan"`
		Name    string           `json:"name"`
	}
	if err := json.Unmarshal(b, &in); err != nil {
		return err
	}
	*r = selfReader{Name: in.Name}
	if in.Fen != nil {
		r.Fen = *in.Fen
	}
	if in.FenYuan != nil {
		r.Fen = in.FenYuan.Shift(2).IntPart()
	}
	return nil
}

// A type that writes its own JSON is described by what it writes, found by probing it, not by
// its fields: the keys it adds (typed by the accessor they match, or by what they hold), the keys
// written only for some values (optional), the verdict, and its ratio as a RatioView.
func TestProbedSchemaOfAWriter(t *testing.T) {
	g := &gen{cache: &fieldCache{}, reached: map[genKey]bool{}, names: map[genKey]string{}, schemas: map[string]any{}, over: map[reflect.Type]string{}}
	require.Equal(t, ref("selfWriter"), g.schema(reflect.TypeFor[selfWriter](), outMode))
	s := g.schemas["selfWriter"].(map[string]any)
	props := s["properties"].(map[string]any)
	var keys []string
	for k := range props {
		keys = append(keys, k)
	}
	require.ElementsMatch(t, []string{"fen", "fen_yuan", "kind", "share", "share_decimal", "funds_only", "note", "findings", "version", "rules_digest", "verdict"}, keys)
	require.Equal(t, []string{"fen", "fen_yuan", "findings", "kind", "share", "verdict"}, s["required"], "what every value writes")
	require.Equal(t, false, s["additionalProperties"])
	require.Equal(t, "decimal", props["fen_yuan"].(map[string]any)["format"], "typed by FenYuan, a decimal")
	require.Equal(t, ref("RatioView"), props["share"], "a ratio in an answer is a RatioView")
	require.Equal(t, "decimal", props["share_decimal"].(map[string]any)["format"], "inferred: a decimal string")
	require.Equal(t, map[string]any{"type": "string"}, props["funds_only"], "found with the probe word funds")
	require.Equal(t, g.schema(reflect.TypeFor[socialorg.Verdict](), outMode), props["verdict"], "typed by the promoted Verdict method")
	require.Equal(t, g.schema(reflect.TypeFor[[]socialorg.Finding](), outMode), props["findings"])

	// Without the probe word, the key written only for funds is not found: the words matter.
	p := probeType(&fieldCache{}, reflect.TypeFor[selfWriter](), nil)
	for _, k := range p.keys {
		require.NotEqual(t, "funds_only", k.name)
	}
}

// A type that also reads its own JSON accepts the keys of its encoding in requests, in the
// document (a decimal string or number) and in the key check, which still refuses a key it does
// not read.
func TestProbedSchemaOfAReader(t *testing.T) {
	type input struct {
		Items []selfReader `json:"items"`
	}
	type request struct {
		Input input `json:"input"`
	}
	c := &fieldCache{}
	require.True(t, c.selfCoded(reflect.TypeFor[selfReader]()))
	require.False(t, c.selfCoded(reflect.TypeFor[selfWriter]()), "no decoder of its own")
	g := &gen{cache: c, reached: map[genKey]bool{}, names: map[genKey]string{}, schemas: map[string]any{}, over: map[reflect.Type]string{}}
	g.schema(reflect.TypeFor[selfReader](), inMode)
	s := g.schemas["selfReader"].(map[string]any)
	props := s["properties"].(map[string]any)
	require.Len(t, props, 3)
	require.Equal(t, []any{"string", "number"}, props["fen_yuan"].(map[string]any)["type"], "its decoder reads a number too")
	require.Equal(t, false, s["additionalProperties"])

	typ := reflect.TypeFor[request]()
	require.NoError(t, c.checkShape([]byte(`{"input": {"items": [{"fen": 1}, {"fen_yuan": "0.01", "name": "a"}, {"fen_yuan": 0.01}]}}`), typ))
	err := c.checkShape([]byte(`{"input": {"items": [{"fen": 1}, {"fen_yen": "0.01"}]}}`), typ)
	require.Error(t, err)
	require.Equal(t, "input.items[1].fen_yen", err.(*socialorg.InputError).Field)
}

// The keys linkage writes and reads are the document's: the linkage types' schemas list every key
// of their encodings (a need's "value_yuan" read back in requests), and a request may give a
// need's money in yuan.
func TestLinkageKeysDescribed(t *testing.T) {
	s := newTestService(t, testConfig())
	sc := s.doc.Components.Schemas
	for name, want := range map[string][]string{
		"linkage.Assignment":      {"kind", "margin_yuan", "quantity_yuan"},
		"linkage.Plan":            {"net_yuan", "value_yuan", "cost_yuan", "distance", "distance_yuan"},
		"linkage.Summary":         {"net_yuan", "coverage", "coverage_decimal", "findings", "verdict"},
		"linkage.KindSummary":     {"needed_yuan", "served_yuan", "shortfall_yuan", "offered_yuan", "used_yuan", "coverage_decimal"},
		"linkage.CommunityStatus": {"value_needed_yuan", "value_served_yuan", "served_decimal"},
		"linkage.NeedStatus":      {"quantity_yuan", "served_yuan", "shortfall_yuan"},
		"linkage.ResourceStatus":  {"quantity_yuan", "used_yuan", "left_yuan"},
		"linkage.Need":            {"value_yuan", "quantity_yuan"},
		"linkage.Resource":        {"unit_cost_yuan", "quantity_yuan", "home"},
	} {
		require.Contains(t, sc, name)
		for _, k := range want {
			require.Contains(t, sc[name].Value.Properties, k, "%s.%s", name, k)
		}
	}
	require.Contains(t, sc["linkage.Summary"].Value.Required, "verdict")
	require.NotContains(t, sc["linkage.Assignment"].Value.Required, "quantity_yuan", "written for funds only")
	require.True(t, sc["linkage.Need"].Value.Properties["value_yuan"].Value.Type.Includes("number"), "a request may give yuan as a number")

	// A need's money in yuan gives the plan its money in fen gives.
	fen := s.post("/v1/linkage/match", testdata(t, "linkage.json"), nil, true)
	yuan := withInput(t, testdata(t, "linkage.json"), func(m map[string]any) {
		needs := m["input"].(map[string]any)["needs"].([]any)
		for _, n := range needs {
			n := n.(map[string]any)
			v := n["value"].(float64)
			delete(n, "value")
			n["value_yuan"] = decimal.New(int64(v), -2).StringFixed(2)
			if n["kind"] == linkage.KindFunds {
				n["quantity_yuan"] = decimal.New(int64(n["quantity"].(float64)), -2).String()
				delete(n, "quantity")
			}
		}
	})
	require.Contains(t, string(yuan), `"quantity_yuan":"5000"`)
	got := s.post("/v1/linkage/match", yuan, nil, true)
	require.Equal(t, 200, got.status, "%.500s", got.body)
	require.Equal(t, fen.json(t)["result"], got.json(t)["result"])

	a := s.post("/v1/linkage/match", []byte(strings.Replace(string(yuan), `"value_yuan":"0.50"`, `"value_yuan":"0.505"`, 1)), nil, false)
	require.Equal(t, 400, a.status, "%.500s", a.body)
	require.Equal(t, "input.needs[0].value_yuan", a.problems(t)[0]["field"], "%.500s", a.body)
}

// The service's own answer types write every field they declare: none embeds a type whose
// promoted MarshalJSON would write in its place (SummaryView embedded linkage.Summary, and its
// communities, with their RatioViews, were silently dropped).
func TestServiceTypesWriteTheirFields(t *testing.T) {
	srv, err := NewServer(testConfig(), nil)
	require.NoError(t, err)
	g := &gen{cache: &srv.cache, collect: true, reached: map[genKey]bool{}, names: map[genKey]string{}, schemas: map[string]any{}, over: map[reflect.Type]string{}}
	for _, rt := range srv.routes {
		g.schema(rt.response, outMode)
	}
	n := 0
	for k := range g.reached {
		if k.m != outMode || !strings.HasSuffix(k.t.PkgPath(), "cmd/socialorgd") && k.t.PkgPath() != "main" {
			continue
		}
		n++
		p := srv.cache.probe(k.t)
		require.True(t, p.object, k.t.String())
		for _, f := range srv.cache.fields(k.t) {
			found := false
			for _, pk := range p.keys {
				found = found || pk.name == f.name
			}
			require.True(t, found, "%s writes its field %s", k.t, f.name)
		}
	}
	require.Greater(t, n, 10, "the service's answer types were walked")

	type broken struct {
		linkage.Summary
		Extra string `json:"extra"`
	}
	p := srv.cache.probe(reflect.TypeFor[broken]())
	for _, pk := range p.keys {
		require.NotEqual(t, "extra", pk.name, "the check would catch a promoted MarshalJSON")
	}
}

// Probing never panics and fills recursive, pointer, map and enum types; a type whose encoder
// fails is described by nothing it cannot show.
func TestProbeValues(t *testing.T) {
	type node struct {
		Name     string          `json:"name"`
		Children []node          `json:"children"`
		Next     *node           `json:"next"`
		Tags     map[string]int  `json:"tags"`
		Party    linkage.Party   `json:"party"`
		When     socialorg.Date  `json:"when"`
		Raw      json.RawMessage `json:"raw"`
		Any      any             `json:"any"`
		f        func()
	}
	vs := probeValues(reflect.TypeFor[node](), probeWords)
	require.Len(t, vs, 2+len(probeWords))
	b, err := json.Marshal(vs[1].Interface())
	require.NoError(t, err)
	require.Contains(t, string(b), `"name":"x"`)
	require.Contains(t, string(b), `"party":"residents-committee"`)
	require.Contains(t, string(b), `"when":"2024-02-29"`)
	require.Contains(t, string(b), `"tags":{"x":1}`)
	b, err = json.Marshal(vs[2].Interface())
	require.NoError(t, err)
	require.Contains(t, string(b), `"name":"`+probeWords[0]+`"`)
	require.Contains(t, string(b), `"party":"social-organization"`, "each probe takes the next value of an enum")

	p := probeType(&fieldCache{}, reflect.TypeFor[chan int](), probeWords)
	require.False(t, p.object)
	require.Empty(t, p.encodings)
	require.Equal(t, map[string]any{}, inferSchema(nil))
}

func TestIsDecimalText(t *testing.T) {
	for s, want := range map[string]bool{"0.01": true, "-12": true, "1.": false, ".5": false, "": false, "x": false, "1e3": false, "--1": false, "12.3.4": false} {
		require.Equal(t, want, isDecimalText(s), strconv.Quote(s))
	}
}
