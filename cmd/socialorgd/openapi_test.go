package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/venture/linkage"
)

// The document is OpenAPI 3.1, validates with kin-openapi, describes every route, and is the
// same on every build of the server (no map order leaks into it).
func TestOpenAPIDocument(t *testing.T) {
	s := newTestService(t, testConfig())
	require.Equal(t, "3.1.0", s.doc.OpenAPI)
	require.True(t, s.doc.IsOpenAPI31OrLater())
	require.Equal(t, socialorg.Version, s.doc.Info.Version)
	for _, rt := range s.srv.routes {
		item := s.doc.Paths.Find(rt.path)
		require.NotNil(t, item, rt.path)
		op := item.GetOperation(rt.method)
		require.NotNil(t, op, "%s %s", rt.method, rt.path)
		require.Equal(t, rt.id, op.OperationID)
		require.NotEmpty(t, op.Summary)
	}
	again, err := NewServer(testConfig(), nil)
	require.NoError(t, err)
	require.Equal(t, string(s.srv.doc), string(again.doc), "the document is deterministic")

	a := s.get("/openapi.json", nil)
	require.Equal(t, http.StatusOK, a.status)
	require.Equal(t, "en", a.header.Get("Content-Language"))
	require.JSONEq(t, string(s.srv.doc), string(a.body))
}

// Types with a text form are strings in the document: dates, decimals, credit codes and enums
// (with their text forms).
func TestOpenAPITextForms(t *testing.T) {
	s := newTestService(t, testConfig())
	org := s.doc.Components.Schemas["registry.Organization"]
	require.NotNil(t, org, "the organization's request schema")
	props := org.Value.Properties
	require.Equal(t, "date", props["registered"].Value.Format)
	require.Equal(t, "decimal", props["funds"].Value.Format)
	require.True(t, props["funds"].Value.Type.Includes("string"))
	require.True(t, props["funds"].Value.Type.Includes("number"), "a request may give an amount as a JSON number")
	require.Equal(t, "uscc", props["code"].Value.Format)
	var kinds []string
	for _, e := range props["kind"].Value.Enum {
		kinds = append(kinds, e.(string))
	}
	for _, k := range []registry.Kind{registry.SocialGroup, registry.SocialServiceAgency, registry.Foundation, registry.CommunityOrg} {
		require.Contains(t, kinds, k.String())
	}
	require.False(t, *org.Value.AdditionalProperties.Has, "a request schema refuses unknown keys")

	resp := s.doc.Components.Schemas["RegistrationResponse"].Value
	result := resp.Properties["result"].Value
	require.Contains(t, result.Properties, "verdict", "the verdict the result's own encoder adds")
	require.Contains(t, result.Properties, "eligible")
	require.Contains(t, result.Required, "findings")
	require.Equal(t, []string{"as_of"}, s.doc.Components.Schemas["RegistrationRequest"].Value.Required)
}

// No exact ratio reaches an answer as a bare {num, den}: each is a RatioView, with its decimal
// and percentage, also where a library type writes its own JSON (linkage's coverage and served
// shares): in the document, no answer's schema is a bare ratio; in every answer the tests get
// from each endpoint, no object is one.
func TestNoBareRatiosInAnswers(t *testing.T) {
	s := newTestService(t, testConfig())
	seen := map[*openapi3.Schema]bool{}
	var walk func(sr *openapi3.SchemaRef, path string)
	walk = func(sr *openapi3.SchemaRef, path string) {
		if sr == nil || sr.Value == nil || seen[sr.Value] {
			return
		}
		v := sr.Value
		seen[v] = true
		_, num := v.Properties["num"]
		_, den := v.Properties["den"]
		_, pct := v.Properties["percent"]
		require.False(t, num && den && !pct, "a bare ratio at %s (%s)", path, sr.Ref)
		for k, p := range v.Properties {
			walk(p, path+"."+k)
		}
		walk(v.Items, path+"[]")
		if v.AdditionalProperties.Schema != nil {
			walk(v.AdditionalProperties.Schema, path+".*")
		}
		for _, sub := range append(append(v.AnyOf, v.OneOf...), v.AllOf...) {
			walk(sub, path)
		}
	}
	for _, rt := range s.srv.routes {
		op := s.doc.Paths.Find(rt.path).GetOperation(rt.method)
		for code, resp := range op.Responses.Map() {
			for _, mt := range resp.Value.Content {
				walk(mt.Schema, rt.path+" "+code)
			}
		}
	}
	require.Contains(t, seen, s.doc.Components.Schemas["RatioView"].Value, "the answers' ratios are RatioViews")
	require.NotContains(t, s.doc.Components.Schemas, "socialorg.Ratio", "no answer holds a bare ratio")

	for _, ep := range postEndpoints {
		s.t = t
		a := s.post(ep.path, testdata(t, ep.body), nil, true)
		require.Equal(t, http.StatusOK, a.status, "%.500s", a.body)
		var v any
		require.NoError(t, json.Unmarshal(a.body, &v))
		require.Empty(t, bareRatios(v, ep.path), "bare ratios in the answer")
	}
	for _, path := range []string{"/v1/rules", "/v1/parameters?at=2025-06-01", "/v1/jurisdictions", "/healthz"} {
		a := s.get(path, nil)
		require.Equal(t, http.StatusOK, a.status)
		var v any
		require.NoError(t, json.Unmarshal(a.body, &v))
		require.Empty(t, bareRatios(v, path), "bare ratios in the answer")
	}
}

// Linkage's ratios (the summary's coverage, each kind's coverage, each community's served share)
// are RatioViews, equal to the library's exact figures, and the decimals linkage writes beside
// them ("coverage_decimal", "served_decimal") stay, agreeing with the views'.
func TestLinkageRatios(t *testing.T) {
	s := newTestService(t, testConfig())
	var req Request[MatchInput]
	require.NoError(t, json.Unmarshal(testdata(t, "linkage.json"), &req))
	plan, err := linkage.MatchWith(req.Input.Needs, req.Input.Resources)
	require.NoError(t, err)
	sum, err := linkage.Summarize(req.Input.Needs, req.Input.Resources, plan)
	require.NoError(t, err)

	a := s.post("/v1/linkage/match", testdata(t, "linkage.json"), nil, true)
	require.Equal(t, http.StatusOK, a.status, "%.500s", a.body)
	var got struct {
		Result struct {
			Summary struct {
				Coverage        RatioView `json:"coverage"`
				CoverageDecimal string    `json:"coverage_decimal"`
				Kinds           []struct {
					Kind            string    `json:"kind"`
					Coverage        RatioView `json:"coverage"`
					CoverageDecimal string    `json:"coverage_decimal"`
				} `json:"kinds"`
				Communities []struct {
					Community     string    `json:"community"`
					Served        RatioView `json:"served"`
					ServedDecimal string    `json:"served_decimal"`
				} `json:"communities"`
			} `json:"summary"`
		} `json:"result"`
	}
	require.NoError(t, json.Unmarshal(a.body, &got))
	gs := got.Result.Summary
	require.Equal(t, ratioView(sum.Coverage), gs.Coverage)
	require.Equal(t, "0.6012", gs.Coverage.Decimal) // 606700 / 1009200 = 0.601169…
	require.Equal(t, "60.12%", gs.Coverage.Percent)
	require.Equal(t, gs.Coverage.Decimal, gs.CoverageDecimal)
	require.Len(t, gs.Kinds, len(sum.Kinds))
	for i, k := range sum.Kinds {
		require.Equal(t, k.Kind, gs.Kinds[i].Kind)
		require.Equal(t, ratioView(k.Coverage), gs.Kinds[i].Coverage, k.Kind)
		require.Equal(t, gs.Kinds[i].Coverage.Decimal, gs.Kinds[i].CoverageDecimal, k.Kind)
	}
	require.Equal(t, RatioView{300000, 500000, "0.6000", "60.00%"}, gs.Kinds[0].Coverage, "funds")
	require.Len(t, gs.Communities, len(sum.Communities))
	for i, c := range sum.Communities {
		require.Equal(t, c.Community, gs.Communities[i].Community)
		require.Equal(t, ratioView(c.Served), gs.Communities[i].Served, c.Community)
		require.Equal(t, gs.Communities[i].Served.Decimal, gs.Communities[i].ServedDecimal, c.Community)
	}
	require.Equal(t, RatioView{603500, 1006000, "0.5999", "59.99%"}, gs.Communities[0].Served, "603500/1006000 = 0.59990…")

	// The answer still decodes into the library's own types: the views only add keys.
	var lib struct {
		Result struct {
			Summary linkage.Summary `json:"summary"`
		} `json:"result"`
	}
	require.NoError(t, json.Unmarshal(a.body, &lib))
	require.Equal(t, sum.Coverage, lib.Result.Summary.Coverage)
	require.Equal(t, sum.Communities, lib.Result.Summary.Communities)
}

// The problem body of each status is valid against the document's Problem schema, including the
// problems of paths the document does not have.
func TestProblemSchema(t *testing.T) {
	s := newTestService(t, testConfig())
	rec := httptest.NewRecorder()
	s.srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/nowhere", nil))
	require.Equal(t, http.StatusNotFound, rec.Code)
	s.validateSchema("Problem", rec.Body.Bytes())
	var p map[string]any
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &p))
	require.EqualValues(t, http.StatusNotFound, p["status"])
	require.True(t, strings.HasPrefix(rec.Header().Get("Content-Type"), "application/problem+json"))
}
