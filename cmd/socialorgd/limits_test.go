package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
)

// countingBody is a request body of n bytes, a JSON object whose one string goes on and on,
// counting what the client managed to send.
type countingBody struct {
	prefix  []byte
	n, sent int64
	read    atomic.Int64
}

var filler = bytes.Repeat([]byte("a"), 32<<10)

func (b *countingBody) Read(p []byte) (int, error) {
	if b.sent >= b.n {
		return 0, io.EOF
	}
	p = p[:min(int64(len(p)), b.n-b.sent)]
	k := 0
	if b.sent < int64(len(b.prefix)) {
		k = copy(p, b.prefix[b.sent:])
	}
	for k < len(p) {
		k += copy(p[k:], filler)
	}
	b.sent += int64(k)
	b.read.Add(int64(k))
	return k, nil
}

// A 100 MB body is refused with 413 without being read: streamed (chunked, so the size is only
// found by reading) the service stops after MaxBody; declared in Content-Length it stops before
// reading any of it. Each answer is a problem valid against the document.
func TestOversizedBody(t *testing.T) {
	s := newTestService(t, testConfig())
	const size = 100 << 20
	for _, declared := range []bool{false, true} {
		for _, ep := range postEndpoints {
			name := ep.path + "/streamed"
			if declared {
				name = ep.path + "/declared"
			}
			t.Run(name, func(t *testing.T) {
				s.t = t
				body := &countingBody{prefix: []byte(`{"as_of": "2025-06-01", "input": {"name": "`), n: size}
				ctx, cancel := context.WithTimeout(context.Background(), hangBound)
				defer cancel()
				req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.ts.URL+ep.path, body)
				require.NoError(t, err)
				req.Header.Set("Content-Type", "application/json")
				if declared {
					req.ContentLength = size
				} else {
					req.ContentLength = -1
				}
				resp, err := s.ts.Client().Do(req)
				require.NoError(t, err)
				defer resp.Body.Close()
				b, err := io.ReadAll(resp.Body)
				require.NoError(t, err)
				require.Equal(t, http.StatusRequestEntityTooLarge, resp.StatusCode, "%.300s", b)
				require.Less(t, body.read.Load(), int64(size/4), "the service did not read it all")
				a := answer{status: resp.StatusCode, header: resp.Header, body: b}
				require.Equal(t, "request.body.too_large", a.problems(t)[0]["code"])
				s.validate(request{method: http.MethodPost, path: ep.path}, a)
			})
		}
	}
}

// The limit is exact: a body of MaxBody bytes is read, one byte more is refused.
func TestBodyLimitBoundary(t *testing.T) {
	cfg := testConfig()
	body := testdata(t, "registration.json")
	for _, tc := range []struct {
		max  int64
		want int
	}{
		{int64(len(body)) - 1, http.StatusRequestEntityTooLarge},
		{int64(len(body)), http.StatusOK},
		{int64(len(body)) + 1, http.StatusOK},
	} {
		cfg.MaxBody = tc.max
		s := newTestService(t, cfg)
		a := s.post("/v1/registration", body, nil, true)
		require.Equal(t, tc.want, a.status, "max %d for %d bytes", tc.max, len(body))
	}
}

// A body that is not JSON is refused with 415.
func TestMediaType(t *testing.T) {
	s := newTestService(t, testConfig())
	a := s.post("/v1/registration", testdata(t, "registration.json"), map[string]string{"Content-Type": "application/x-www-form-urlencoded"}, false)
	require.Equal(t, http.StatusUnsupportedMediaType, a.status)
	a = s.post("/v1/registration", testdata(t, "registration.json"), map[string]string{"Content-Type": "application/json; charset=utf-8"}, true)
	require.Equal(t, http.StatusOK, a.status)
}

// Past the request's deadline the answer is 503, a problem.
func TestTimeout(t *testing.T) {
	cfg := testConfig()
	cfg.Timeout = time.Nanosecond
	s := newTestService(t, cfg)
	for _, ep := range postEndpoints {
		a := s.post(ep.path, testdata(t, ep.body), nil, true)
		require.Equal(t, http.StatusServiceUnavailable, a.status)
		require.Equal(t, "request.timeout", a.problems(t)[0]["code"])
	}
}

// Work that outlives its deadline answers 503 and keeps its slot until it ends; a request that
// finds every slot taken until its deadline answers 503 (busy). Nothing piles up beyond
// MaxInFlight.
func TestCapacity(t *testing.T) {
	cfg := testConfig()
	cfg.MaxInFlight = 1
	srv, err := NewServer(cfg, nil)
	require.NoError(t, err)
	release := make(chan struct{})
	ctx1, cancel1 := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel1()
	_, herr := srv.compute(ctx1, func() (any, *httpError) { <-release; return "late", nil })
	require.NotNil(t, herr)
	require.Equal(t, http.StatusServiceUnavailable, herr.status)
	require.Contains(t, herr.err.Error(), "time limit")

	ctx2, cancel2 := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel2()
	ran := false
	_, herr = srv.compute(ctx2, func() (any, *httpError) { ran = true; return nil, nil })
	require.NotNil(t, herr)
	require.Contains(t, herr.err.Error(), "capacity")
	require.False(t, ran, "no second work while the first holds the only slot")

	close(release)
	ctx3, cancel3 := context.WithTimeout(context.Background(), hangBound)
	defer cancel3()
	v, herr := srv.compute(ctx3, func() (any, *httpError) { return "ok", nil })
	require.Nil(t, herr)
	require.Equal(t, "ok", v)
}

// A client that goes away is not a time-out: the log shows 499.
func TestClientGone(t *testing.T) {
	srv, err := NewServer(testConfig(), nil)
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	release := make(chan struct{})
	defer close(release)
	go func() { time.Sleep(20 * time.Millisecond); cancel() }()
	_, herr := srv.compute(ctx, func() (any, *httpError) { <-release; return nil, nil })
	require.NotNil(t, herr)
	require.Equal(t, 499, herr.status)
}

// A panic in the work is a 500 problem, logged; the service goes on.
func TestPanicIsProblem(t *testing.T) {
	srv, err := NewServer(testConfig(), nil)
	require.NoError(t, err)
	_, herr := srv.compute(context.Background(), func() (any, *httpError) { panic("boom") })
	require.NotNil(t, herr)
	require.Equal(t, http.StatusInternalServerError, herr.status)
}

// Unknown paths are 404 and wrong methods 405 with Allow, both problems; HEAD works where GET
// does.
func TestNotFoundAndMethod(t *testing.T) {
	s := newTestService(t, testConfig())
	a := s.do(request{method: http.MethodGet, path: "/v1/nothing"})
	require.Equal(t, http.StatusNotFound, a.status)
	require.Equal(t, "request.not_found", a.problems(t)[0]["code"])

	a = s.do(request{method: http.MethodGet, path: "/v1/registration"})
	require.Equal(t, http.StatusMethodNotAllowed, a.status)
	require.Equal(t, "POST", a.header.Get("Allow"))
	require.Equal(t, "request.method_not_allowed", a.problems(t)[0]["code"])

	a = s.do(request{method: http.MethodDelete, path: "/v1/rules"})
	require.Equal(t, http.StatusMethodNotAllowed, a.status)
	require.Equal(t, "GET, HEAD", a.header.Get("Allow"))

	a = s.do(request{method: http.MethodHead, path: "/healthz"})
	require.Equal(t, http.StatusOK, a.status)
}

// Content-Language: ?lang= wins over Accept-Language; a malformed ?lang= is a 400 problem.
func TestLanguage(t *testing.T) {
	s := newTestService(t, testConfig())
	for _, tc := range []struct {
		query, header, want string
	}{
		{"", "", "zh-Hans"},
		{"", "en-GB,en;q=0.9", "en"},
		{"", "zh-HK", "zh-Hant"},
		{"?lang=en", "zh-TW", "en"},
		{"?lang=zh-Hant", "en", "zh-Hant"},
		{"?lang=fr", "en", "zh-Hans"}, // a language the library does not speak: its default
	} {
		a := s.get("/v1/rules"+tc.query, map[string]string{"Accept-Language": tc.header})
		require.Equal(t, http.StatusOK, a.status)
		require.Equal(t, tc.want, a.header.Get("Content-Language"), "%+v", tc)
		require.Equal(t, tc.want, a.json(t)["language"])
	}
	a := s.do(request{method: http.MethodGet, path: "/v1/rules?lang=%21%21", header: map[string]string{"Accept-Language": "en"}})
	require.Equal(t, http.StatusBadRequest, a.status)
	require.Equal(t, "en", a.header.Get("Content-Language"))
	require.Equal(t, "lang", a.problems(t)[0]["field"])
}

// GET /v1/rules lists every rule; /v1/parameters every parameter, resolved at a date and place;
// /v1/jurisdictions the library's places; /healthz the version.
func TestListings(t *testing.T) {
	s := newTestService(t, testConfig())
	var rules RulesAnswer
	a := s.get("/v1/rules?lang=en", nil)
	require.NoError(t, json.Unmarshal(a.body, &rules))
	require.Len(t, rules.Rules, len(socialorg.AllRules()))
	require.Equal(t, socialorg.RulesDigest(), rules.RulesDigest)
	for _, r := range rules.Rules {
		require.Equal(t, r.Title.En, r.Label)
	}

	type paramView struct {
		socialorg.Listing
		Resolved   *socialorg.Resolution `json:"resolved"`
		Unresolved []map[string]any      `json:"unresolved"`
	}
	var ps struct {
		In         string      `json:"in"`
		Parameters []paramView `json:"parameters"`
	}
	a = s.get("/v1/parameters", nil)
	require.NoError(t, json.Unmarshal(a.body, &ps))
	require.Len(t, ps.Parameters, len(socialorg.AllParameters()))
	for _, p := range ps.Parameters {
		require.Nil(t, p.Resolved, "nothing resolved without at")
	}

	a = s.get("/v1/parameters?at=2025-06-01&in=440103", nil)
	require.Equal(t, http.StatusOK, a.status)
	ps.Parameters = nil
	require.NoError(t, json.Unmarshal(a.body, &ps))
	require.Equal(t, "440103", ps.In)
	resolved := 0
	for _, p := range ps.Parameters {
		require.True(t, (p.Resolved != nil) != (len(p.Unresolved) > 0), "%s: resolved or why not", p.ID)
		if p.Resolved != nil {
			resolved++
			require.Equal(t, "440103", p.Resolved.Place)
			// The same resolution a Go caller gets.
			for _, b := range socialorg.Books() {
				for _, q := range b.Parameters() {
					if q.ID() == p.ID {
						want, err := socialorg.Resolve(b, p.ID, socialorg.MustDate("2025-06-01"), socialorg.In("440103"))
						require.NoError(t, err)
						require.Equal(t, want.Text, p.Resolved.Text, p.ID)
						require.Equal(t, want.Jurisdiction, p.Resolved.Jurisdiction, p.ID)
					}
				}
			}
		}
	}
	require.Positive(t, resolved)

	for _, q := range []string{"?at=2025-02-30", "?at=yesterday", "?in=abc", "?in=4401030"} {
		a = s.do(request{method: http.MethodGet, path: "/v1/parameters" + q})
		require.Equal(t, http.StatusBadRequest, a.status, q)
	}

	var js JurisdictionsAnswer
	a = s.get("/v1/jurisdictions?lang=en", nil)
	require.NoError(t, json.Unmarshal(a.body, &js))
	require.Len(t, js.Jurisdictions, len(socialorg.Jurisdictions()))
	found := false
	for _, j := range js.Jurisdictions {
		if j.Code == socialorg.HomeCode {
			found = true
			require.Equal(t, "Guangzhou", strings.Fields(j.Label)[0])
		}
	}
	require.True(t, found)

	a = s.get("/healthz", nil)
	require.Equal(t, socialorg.Version, a.json(t)["version"])
}

// The calendar answers text/calendar when the client prefers it.
func TestCalendarICS(t *testing.T) {
	s := newTestService(t, testConfig())
	for _, tc := range []struct {
		accept string
		ics    bool
	}{
		{"", false},
		{"*/*", false},
		{"application/json", false},
		{"text/calendar", true},
		{"text/calendar, application/json", true},
		{"application/json, text/calendar", false},
		{"application/json;q=0.5, text/calendar", true},
		{"text/calendar;q=0", false},
		{"text/calendar;q=0.4, */*;q=0.5", false},
	} {
		a := s.post("/v1/calendar/obligations", testdata(t, "obligations.json"), map[string]string{"Accept": tc.accept, "Accept-Language": "en"}, true)
		require.Equal(t, http.StatusOK, a.status, tc.accept)
		if tc.ics {
			require.Contains(t, a.header.Get("Content-Type"), "text/calendar", tc.accept)
			require.True(t, strings.HasPrefix(string(a.body), "BEGIN:VCALENDAR\r\n"), "%.100s", a.body)
		} else {
			require.Contains(t, a.header.Get("Content-Type"), "application/json", tc.accept)
		}
	}
}

// One JSON log line per request, with method, path, status, bytes, duration and request ID; the
// caller's plain X-Request-ID is kept, anything else replaced.
func TestRequestLog(t *testing.T) {
	s := newTestService(t, testConfig())
	a := s.get("/healthz", map[string]string{"X-Request-ID": "abc-123"})
	require.Equal(t, "abc-123", a.header.Get("X-Request-ID"))
	a = s.post("/v1/registration", []byte(`{}`), map[string]string{"X-Request-ID": "bad id!"}, false)
	require.NotEqual(t, "bad id", a.header.Get("X-Request-ID"))
	require.Len(t, a.header.Get("X-Request-ID"), 32)
	var lines []map[string]any
	sc := bufio.NewScanner(strings.NewReader(s.logs.String()))
	for sc.Scan() {
		var m map[string]any
		require.NoError(t, json.Unmarshal(sc.Bytes(), &m), sc.Text())
		if m["msg"] == "request" {
			lines = append(lines, m)
		}
	}
	require.Len(t, lines, 2)
	require.Equal(t, "GET", lines[0]["method"])
	require.Equal(t, "/healthz", lines[0]["path"])
	require.EqualValues(t, 200, lines[0]["status"])
	require.Equal(t, "abc-123", lines[0]["request_id"])
	require.EqualValues(t, 400, lines[1]["status"])
	require.Positive(t, lines[1]["bytes"])
	for _, l := range lines {
		for _, k := range []string{"method", "path", "status", "bytes", "duration_ms", "request_id"} {
			require.Contains(t, l, k)
		}
	}
}

// serve listens, answers, and on cancellation shuts down gracefully: a request in flight is
// answered, then serve returns.
func TestServeShutdown(t *testing.T) {
	cfg := testConfig()
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan net.Addr, 1)
	done := make(chan error, 1)
	go func() { done <- serve(ctx, cfg, slog.New(slog.NewJSONHandler(io.Discard, nil)), ready) }()
	var addr net.Addr
	select {
	case addr = <-ready:
	case err := <-done:
		t.Fatal(err)
	case <-time.After(hangBound):
		t.Fatal("not listening")
	}
	resp, err := http.Get("http://" + addr.String() + "/healthz")
	require.NoError(t, err)
	_ = resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)
	cancel()
	select {
	case err := <-done:
		require.NoError(t, err)
	case <-time.After(hangBound):
		t.Fatal("no shutdown")
	}
	_, err = http.Get("http://" + addr.String() + "/healthz")
	require.Error(t, err, "closed after shutdown")
}

// The flags set the limits; bad ones are refused.
func TestFlags(t *testing.T) {
	var out strings.Builder
	cfg, _, err := parseFlags([]string{"-addr", ":9999", "-max-body", "1024", "-timeout", "2s", "-max-in-flight", "3", "-log-level", "DEBUG"}, &out)
	require.NoError(t, err)
	require.Equal(t, ":9999", cfg.Addr)
	require.EqualValues(t, 1024, cfg.MaxBody)
	require.Equal(t, 2*time.Second, cfg.Timeout)
	require.Equal(t, 3, cfg.MaxInFlight)
	for _, bad := range [][]string{{"-max-body", "0"}, {"-timeout", "-1s"}, {"-nope"}, {"extra"}} {
		_, _, err := parseFlags(bad, &out)
		require.Error(t, err, "%v", bad)
	}
	require.Equal(t, 2, run([]string{"-max-body", "0"}, &out))
}
