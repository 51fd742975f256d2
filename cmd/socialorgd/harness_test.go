package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/legacy"
	"github.com/stretchr/testify/require"
)

// hangBound is the hang detector of a test's HTTP calls: generous, never a speed claim (speed is
// measured in the benchmarks).
const hangBound = 10 * time.Second

// testService is the service under httptest with its OpenAPI document loaded by kin-openapi:
// every answer a test gets is validated against the document.
type testService struct {
	t      testing.TB
	srv    *Server
	ts     *httptest.Server
	doc    *openapi3.T
	router routers.Router
	logs   *syncBuffer
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var registerICS sync.Once

func newTestService(t testing.TB, cfg Config) *testService {
	t.Helper()
	registerICS.Do(func() {
		openapi3filter.RegisterBodyDecoder("text/calendar", openapi3filter.PlainBodyDecoder)
	})
	logs := &syncBuffer{}
	srv, err := NewServer(cfg, slog.New(slog.NewJSONHandler(logs, nil)))
	require.NoError(t, err)
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	doc := loadDoc(t, srv.doc)
	router, err := legacy.NewRouter(doc)
	require.NoError(t, err)
	return &testService{t: t, srv: srv, ts: ts, doc: doc, router: router, logs: logs}
}

// loadDoc loads and validates the OpenAPI document with kin-openapi.
func loadDoc(t testing.TB, b []byte) *openapi3.T {
	t.Helper()
	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromData(b)
	require.NoError(t, err)
	require.NoError(t, doc.Validate(context.Background()), "the OpenAPI document validates")
	return doc
}

func testConfig() Config {
	cfg := DefaultConfig()
	cfg.Addr = "127.0.0.1:0"
	return cfg
}

// answer is an HTTP answer read whole.
type answer struct {
	status int
	header http.Header
	body   []byte
}

func (a answer) json(t testing.TB) map[string]any {
	t.Helper()
	var m map[string]any
	require.NoError(t, json.Unmarshal(a.body, &m), "%.300s", a.body)
	return m
}

// problems decodes a problem answer's errors.
func (a answer) problems(t testing.TB) []map[string]any {
	t.Helper()
	var p struct {
		Status int              `json:"status"`
		Errors []map[string]any `json:"errors"`
	}
	require.NoError(t, json.Unmarshal(a.body, &p), "%.300s", a.body)
	require.Equal(t, a.status, p.Status)
	return p.Errors
}

type request struct {
	method, path string
	body         []byte
	header       map[string]string
	// validRequest: the request must validate against the document too.
	validRequest bool
}

// do sends a request, reads the answer and validates the answer (and, for a valid request, the
// request) against the OpenAPI document with openapi3filter. An answer to a path or method the
// document does not have is validated against the Problem schema.
func (s *testService) do(rq request) answer {
	t := s.t
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), hangBound)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, rq.method, s.ts.URL+rq.path, bytes.NewReader(rq.body))
	require.NoError(t, err)
	if rq.body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	for k, v := range rq.header {
		req.Header.Set(k, v)
	}
	resp, err := s.ts.Client().Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	a := answer{status: resp.StatusCode, header: resp.Header, body: body}
	require.NotEmpty(t, resp.Header.Get("Content-Language"), "every answer carries Content-Language")
	require.NotEmpty(t, resp.Header.Get("X-Request-ID"))
	s.validate(rq, a)
	return a
}

// validate checks an answer (and a valid request) against the document.
func (s *testService) validate(rq request, a answer) {
	t := s.t
	t.Helper()
	vreq, err := http.NewRequest(rq.method, "http://localhost"+rq.path, bytes.NewReader(rq.body))
	require.NoError(t, err)
	if rq.body != nil {
		vreq.Header.Set("Content-Type", "application/json")
	}
	for k, v := range rq.header {
		vreq.Header.Set(k, v)
	}
	if rq.method == http.MethodHead {
		require.Empty(t, a.body)
		return
	}
	route, params, err := s.router.FindRoute(vreq)
	if err != nil {
		// Not in the document (an unknown path or method): the answer is still a problem.
		require.Contains(t, a.header.Get("Content-Type"), "application/problem+json")
		s.validateSchema("Problem", a.body)
		return
	}
	opts := &openapi3filter.Options{MultiError: true, IncludeResponseStatus: true}
	in := &openapi3filter.RequestValidationInput{Request: vreq, PathParams: params, Route: route, Options: opts}
	if rq.validRequest {
		require.NoError(t, openapi3filter.ValidateRequest(context.Background(), in), "the request validates against the document")
	}
	out := &openapi3filter.ResponseValidationInput{RequestValidationInput: in, Status: a.status, Header: a.header, Options: opts}
	out.SetBodyBytes(a.body)
	require.NoError(t, openapi3filter.ValidateResponse(context.Background(), out), "the answer %d validates against the document: %.500s", a.status, a.body)
}

// validateSchema validates a JSON body against a component schema.
func (s *testService) validateSchema(name string, body []byte) {
	t := s.t
	t.Helper()
	ref, ok := s.doc.Components.Schemas[name]
	require.True(t, ok, name)
	var v any
	require.NoError(t, json.Unmarshal(body, &v), "%.300s", body)
	require.NoError(t, ref.Value.VisitJSON(v, openapi3.EnableJSONSchema2020()), "%s: %.500s", name, body)
}

// post sends a JSON body to a path.
func (s *testService) post(path string, body []byte, header map[string]string, valid bool) answer {
	s.t.Helper()
	return s.do(request{method: http.MethodPost, path: path, body: body, header: header, validRequest: valid})
}

func (s *testService) get(path string, header map[string]string) answer {
	s.t.Helper()
	return s.do(request{method: http.MethodGet, path: path, header: header, validRequest: true})
}

// testdata reads a request body of testdata.
func testdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	return b
}

// withInput returns body with input replaced by the JSON in: a quick way to a variant.
func withInput(t testing.TB, body []byte, edit func(map[string]any)) []byte {
	t.Helper()
	var m map[string]any
	require.NoError(t, json.Unmarshal(body, &m))
	edit(m)
	b, err := json.Marshal(m)
	require.NoError(t, err)
	return b
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }
