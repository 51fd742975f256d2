package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
)

// FuzzRequestBody sends arbitrary bodies to every POST endpoint (the first byte picks one): the
// service never panics and never answers 500; it answers 200 or a problem of a documented
// status, always valid JSON with Content-Language.
func FuzzRequestBody(f *testing.F) {
	for i, ep := range postEndpoints {
		b := testdata(f, ep.body)
		f.Add(byte(i), b)
		f.Add(byte(i), bytes.Replace(b, []byte(`"input"`), []byte(`"inputs"`), 1))
		f.Add(byte(i), b[:len(b)/2])
	}
	f.Add(byte(0), []byte(`{"as_of": "2025-01-01", "input": {"funds": "1e2147483646"}}`))
	f.Add(byte(1), []byte(`{"as_of": "2025-01-01", "input": {"units": [[[[{}]]]]}, "options": {"jurisdictions": [{"code": "440199"}]}}`))
	f.Add(byte(6), []byte(`{"as_of": "2025-01-01", "input": {"score": "-0", "scheme": {"id": "x"}}, "options": {"supply": {"a.b": {"value": 1}}}}`))
	f.Add(byte(5), []byte(`{"as_of": "2025-06-01", "input": {"needs": [{"id": "N", "community": "C1", "kind": "funds", "quantity_yuan": "1.00", "value_yuan": 0.02}],
		"resources": [{"id": "R", "party": "volunteer", "kind": "funds", "quantity": 100, "unit_cost_yuan": "0.00", "home": "C2"}]},
		"options": {"set": {"linkage.cross-subdistrict-cost": {"per_unit_yuan": "0.01", "subdistricts": {"C1": "S1", "C2": "S2"}}}}}`))
	cfg := testConfig()
	cfg.MaxBody = 1 << 16
	srv, err := NewServer(cfg, nil)
	if err != nil {
		f.Fatal(err)
	}
	allowed := map[int]bool{http.StatusOK: true, http.StatusBadRequest: true, http.StatusRequestEntityTooLarge: true}
	f.Fuzz(func(t *testing.T, pick byte, body []byte) {
		ep := postEndpoints[int(pick)%len(postEndpoints)]
		rec := httptest.NewRecorder()
		req := httptest.NewRequest(http.MethodPost, ep.path, bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		srv.ServeHTTP(rec, req)
		if !allowed[rec.Code] {
			t.Fatalf("%s: status %d: %.500s", ep.path, rec.Code, rec.Body.Bytes())
		}
		if rec.Header().Get("Content-Language") == "" {
			t.Fatal("no Content-Language")
		}
		if !json.Valid(rec.Body.Bytes()) {
			t.Fatalf("not JSON: %.500s", rec.Body.Bytes())
		}
		if rec.Code != http.StatusOK && rec.Body.Len() > 64<<10 {
			t.Fatalf("a problem of %d bytes", rec.Body.Len())
		}
	})
}

// FuzzCheckShape: the key check never panics on any bytes, answers only *socialorg.InputError
// problems, and accepts every body that encoding/json decodes with DisallowUnknownFields into a
// type without decoders of its own.
func FuzzCheckShape(f *testing.F) {
	for _, ep := range postEndpoints {
		f.Add(testdata(f, ep.body))
	}
	f.Add([]byte(`{"as_of": "2025-01-01", "input": {"units": [{"id": "a\u0022b", "ID": "x", "formal": 1e3}]}}`))
	f.Add([]byte(`{"input": {"needs": [[[[]]]], "resources": {"a": [1, "]", {"}": 2}]}}}`))
	f.Add([]byte(` {"options": {"supply": {"x": {"value": {"deep": [{}]}}}}} `))
	f.Add([]byte(`{"input": {"needs": [{"id": "a", "value_yuan": "0.01", "VALUE_YUAN": 1}], "resources": [{"unit_cost_yuan": {"x": 1}}]}}`))
	var c fieldCache
	type plainNeed struct {
		ID       string `json:"id"`
		Quantity int64  `json:"quantity"`
	}
	type plainInput struct {
		Needs []plainNeed         `json:"needs"`
		Map   map[string][]string `json:"map"`
	}
	type plainRequest struct {
		AsOf  string     `json:"as_of"`
		Input plainInput `json:"input"`
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		for _, typ := range []reflect.Type{reflect.TypeFor[Request[PartyInput]](), reflect.TypeFor[Request[MatchInput]](), reflect.TypeFor[Request[registry.Organization]]()} {
			if err := c.checkShape(body, typ); err != nil {
				if _, ok := err.(*socialorg.InputError); !ok {
					t.Fatalf("%T %v", err, err)
				}
			}
		}
		dec := json.NewDecoder(bytes.NewReader(body))
		dec.DisallowUnknownFields()
		var r plainRequest
		if dec.Decode(&r) == nil && !dec.More() && bytes.HasPrefix(bytes.TrimSpace(body), []byte("{")) && json.Valid(body) {
			if err := c.checkShape(body, reflect.TypeFor[plainRequest]()); err != nil && !strings.Contains(err.Error(), "nesting") {
				t.Fatalf("encoding/json accepts what the check refuses: %v: %q", err, body)
			}
		}
	})
}
