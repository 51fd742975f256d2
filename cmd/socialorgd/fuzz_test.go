package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
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
