package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
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
// and percentage.
func TestNoBareRatiosInAnswers(t *testing.T) {
	srv, err := NewServer(testConfig(), nil)
	require.NoError(t, err)
	ratio := reflect.TypeFor[socialorg.Ratio]()
	seen := map[reflect.Type]bool{}
	var walk func(typ reflect.Type, path string)
	walk = func(typ reflect.Type, path string) {
		for typ.Kind() == reflect.Pointer || typ.Kind() == reflect.Slice || typ.Kind() == reflect.Array || typ.Kind() == reflect.Map {
			typ = typ.Elem()
		}
		require.NotEqual(t, ratio, typ, "a bare ratio at %s", path)
		if typ.Kind() != reflect.Struct || seen[typ] || typ == reflect.TypeFor[socialorg.Resolution]() {
			return
		}
		seen[typ] = true
		for _, f := range srv.cache.fields(typ) {
			walk(f.typ, path+"."+f.name)
		}
	}
	for _, rt := range srv.routes {
		if rt.responseName != "" {
			walk(rt.response, rt.path)
		}
	}
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
