package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"os"
	"reflect"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
)

// Config are the service's limits and address; the flags set them (see main).
type Config struct {
	Addr string // host:port to listen on
	// MaxBody is the largest request body read, in bytes: a larger one is refused with 413
	// without reading it all.
	MaxBody int64
	// Timeout bounds the work on one request, from its arrival: past it the answer is 503.
	Timeout time.Duration
	// ReadTimeout bounds the reading of a whole request, body included (http.Server.ReadTimeout).
	ReadTimeout time.Duration
	// ShutdownTimeout bounds the graceful shutdown: requests still running then are cut off.
	ShutdownTimeout time.Duration
	// MaxInFlight is how many requests are computed at once; a request that finds no free slot
	// before its deadline is answered 503.
	MaxInFlight int
}

// DefaultConfig are the limits the flags default to.
func DefaultConfig() Config {
	return Config{Addr: "localhost:8080", MaxBody: 8 << 20, Timeout: 10 * time.Second, ReadTimeout: 30 * time.Second,
		ShutdownTimeout: 15 * time.Second, MaxInFlight: 8}
}

// Server is the HTTP service: a ServeMux of the library's endpoints behind the middleware that
// every request goes through (request ID, language, limits, problem answers, one log line).
type Server struct {
	cfg    Config
	log    *slog.Logger
	mux    *http.ServeMux
	routes []route
	slots  chan struct{}
	cache  fieldCache
	doc    []byte // the OpenAPI document, built once
}

// route is one endpoint: its method and path (a ServeMux pattern), what it documents, and its
// handler.
type route struct {
	method, path string
	id           string // OpenAPI operationId
	summary      string
	description  string
	request      reflect.Type // nil for GET
	requestName  string
	response     reflect.Type
	responseName string
	query        []queryParam
	calendar     bool // also answers text/calendar
	handle       http.HandlerFunc
}

type queryParam struct {
	name, description, format string
}

// NewServer builds the service with its routes and its OpenAPI document.
func NewServer(cfg Config, log *slog.Logger) (*Server, error) {
	if cfg.MaxBody <= 0 || cfg.Timeout <= 0 || cfg.MaxInFlight <= 0 {
		return nil, errors.New("socialorgd: max body, timeout and max in flight must be positive")
	}
	if log == nil {
		log = slog.New(slog.NewJSONHandler(io.Discard, nil))
	}
	s := &Server{cfg: cfg, log: log, mux: http.NewServeMux(), slots: make(chan struct{}, cfg.MaxInFlight)}
	s.routes = s.endpoints()
	for _, rt := range s.routes {
		s.mux.HandleFunc(rt.method+" "+rt.path, rt.handle)
	}
	s.mux.HandleFunc("/", s.notFound)
	doc, err := s.openAPI()
	if err != nil {
		return nil, err
	}
	s.doc = doc
	return s, nil
}

// HTTPServer returns an http.Server for the service with its timeouts: reading a request
// (ReadTimeout), its headers (at most 10 s), writing an answer (the request's Timeout and 10 s
// more), and idle connections.
func (s *Server) HTTPServer() *http.Server {
	return &http.Server{
		Addr:              s.cfg.Addr,
		Handler:           s,
		ReadHeaderTimeout: min(10*time.Second, s.cfg.ReadTimeout),
		ReadTimeout:       s.cfg.ReadTimeout,
		WriteTimeout:      s.cfg.Timeout + 10*time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
}

type ctxKey struct{}

// reqInfo is what the middleware learns of a request before its handler runs.
type reqInfo struct {
	id   string
	lang language.Tag
}

func info(r *http.Request) reqInfo {
	if v, ok := r.Context().Value(ctxKey{}).(reqInfo); ok {
		return v
	}
	return reqInfo{lang: socialorg.Languages()[0]}
}

// ServeHTTP runs a request through the middleware: it gives the request an ID (the caller's
// X-Request-ID when it is short and plain, else a new one), picks the language (?lang=, else
// Accept-Language), sets Content-Language and X-Request-ID, bounds the work by Timeout, turns a
// panic into a 500 problem, and logs one line.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	rec := &recorder{ResponseWriter: w}
	id := requestID(r.Header.Get("X-Request-ID"))
	rec.Header().Set("X-Request-ID", id)
	lang, langErr := pickLanguage(r)
	rec.Header().Set("Content-Language", lang.String())
	rec.Header().Set("Vary", "Accept-Language")
	ctx, cancel := context.WithTimeout(context.WithValue(r.Context(), ctxKey{}, reqInfo{id: id, lang: lang}), s.cfg.Timeout)
	defer cancel()
	r = r.WithContext(ctx)
	func() {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("panic", "request_id", id, "panic", cutString(strings.TrimSpace(toString(v)), 512), "stack", string(debug.Stack()))
				if !rec.wrote {
					s.problem(rec, r, http.StatusInternalServerError, problem("", "", "an answer the service can compute (an internal error; see the log)", "request.internal"))
				}
			}
		}()
		if langErr != nil {
			s.problem(rec, r, http.StatusBadRequest, langErr)
			return
		}
		s.mux.ServeHTTP(rec, r)
	}()
	status := rec.status
	if status == 0 {
		status = http.StatusOK
	}
	s.log.Info("request", "method", r.Method, "path", cutString(r.URL.Path, 256), "status", status, "bytes", rec.bytes,
		"duration_ms", float64(time.Since(start).Microseconds())/1000, "request_id", id)
}

func toString(v any) string {
	switch x := v.(type) {
	case error:
		return x.Error()
	case string:
		return x
	}
	return socialorg.Short(v)
}

// recorder remembers the status and counts the bytes of an answer, for the log.
type recorder struct {
	http.ResponseWriter
	status int
	bytes  int64
	wrote  bool
}

// WriteHeader records the first status written.
func (r *recorder) WriteHeader(code int) {
	if !r.wrote {
		r.status, r.wrote = code, true
	}
	r.ResponseWriter.WriteHeader(code)
}

// Write counts the bytes written (a first Write is a 200).
func (r *recorder) Write(b []byte) (int, error) {
	if !r.wrote {
		r.status, r.wrote = http.StatusOK, true
	}
	n, err := r.ResponseWriter.Write(b)
	r.bytes += int64(n)
	return n, err
}

// Unwrap gives http.ResponseController the writer underneath.
func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// requestID returns the caller's request ID when it is 1–64 plain characters, else a new random
// one (16 bytes, hex).
func requestID(given string) string {
	if n := len(given); n > 0 && n <= 64 && strings.IndexFunc(given, func(c rune) bool {
		return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.')
	}) < 0 {
		return given
	}
	var b [16]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails on the platforms Go supports
	return hex.EncodeToString(b[:])
}

// pickLanguage returns the language of the answer: the ?lang= parameter when given (an error
// when it is not a language tag), else the Accept-Language header, each matched to the
// library's languages (socialorg.MatchLanguage, MatchAcceptLanguage).
func pickLanguage(r *http.Request) (language.Tag, error) {
	byHeader := socialorg.MatchAcceptLanguage(r.Header.Get("Accept-Language"))
	q := r.URL.Query().Get("lang")
	if q == "" {
		return byHeader, nil
	}
	t, err := language.Parse(cutString(q, 64))
	if err != nil || len(q) > 64 {
		return byHeader, problem("lang", cutString(q, 64), "a BCP 47 language tag such as zh-Hans, zh-Hant or en", "request.lang.bad_format")
	}
	return socialorg.MatchLanguage(t), nil
}

// Problem is the body of every error answer: an RFC 9457 problem whose errors are the library's
// problems (socialorg.Errors: code, field, value, rule and message in three languages).
type Problem struct {
	Type      string           `json:"type"`   // always "about:blank": the status says it all
	Title     string           `json:"title"`  // the status text
	Status    int              `json:"status"` // the HTTP status
	Detail    string           `json:"detail"` // the problems' messages in the answer's language, one per line
	Errors    socialorg.Errors `json:"errors"`
	RequestID string           `json:"request_id"`
}

// problem answers with a problem body of the given status.
func (s *Server) problem(w http.ResponseWriter, r *http.Request, status int, err error) {
	list := withCodes(asErrors(err))
	ri := info(r)
	p := Problem{Type: "about:blank", Title: http.StatusText(status), Status: status,
		Detail: strings.Join(list.Messages(ri.lang), "\n"), Errors: list, RequestID: ri.id}
	if status == http.StatusRequestEntityTooLarge || status == http.StatusServiceUnavailable {
		w.Header().Set("Connection", "close")
	}
	s.write(w, status, "application/problem+json", p)
}

// write encodes v as the answer, with its status. encoding/json encodes the whole value before
// it writes a byte, and the status and headers go out with the first byte, so an encoding error
// is still a clean 500, never half an answer; and a large answer is not copied again (only when
// it holds a ratio, which an application/json answer shows as a RatioView: presentRatios).
func (s *Server) write(w http.ResponseWriter, status int, contentType string, v any) {
	w.Header().Set("Content-Type", contentType+"; charset=utf-8")
	lw := &lazyHeader{w: w, status: status, present: contentType == "application/json"}
	enc := json.NewEncoder(lw)
	enc.SetEscapeHTML(false)
	err := enc.Encode(v)
	if err == nil || lw.started {
		return
	}
	s.log.Error("encode", "error", cutString(err.Error(), 512))
	status = http.StatusInternalServerError
	w.Header().Set("Content-Type", "application/problem+json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(Problem{Type: "about:blank", Title: http.StatusText(status), Status: status,
		Errors: socialorg.Errors{problem("", "", "an answer the service can compute (an internal error; see the log)", "request.internal")}})
}

// lazyHeader writes the status with the first byte of the body; with present, it shows the
// ratios of the body as RatioViews (presentRatios).
type lazyHeader struct {
	w       http.ResponseWriter
	status  int
	started bool
	present bool
}

// Write sends the status before the first bytes. json.Encoder writes the whole encoding in one
// call: its length (after presentRatios) is the body's.
func (l *lazyHeader) Write(b []byte) (int, error) {
	if l.started {
		return l.w.Write(b)
	}
	l.started = true
	n := len(b)
	if l.present {
		b = presentRatios(b)
	}
	l.w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	l.w.WriteHeader(l.status)
	if _, err := l.w.Write(b); err != nil {
		return 0, err
	}
	return n, nil
}

// asErrors gives any error as a list of problems.
func asErrors(err error) socialorg.Errors {
	var list socialorg.Errors
	if errors.As(err, &list) {
		return list
	}
	if err == nil {
		return socialorg.Errors{}
	}
	return socialorg.Errors{err}
}

// withCodes gives every problem without a code one derived from its field and rule
// (socialorg.ProblemCode), so that a program can always key on the code.
func withCodes(list socialorg.Errors) socialorg.Errors {
	out := list
	for i, e := range list {
		ie, ok := e.(*socialorg.InputError)
		if !ok || ie.Code != "" {
			continue
		}
		if &out[0] == &list[0] {
			out = slices.Clone(list)
		}
		c := *ie
		c.Code = socialorg.ProblemCode("", ie.Field, ie.Rule)
		out[i] = &c
	}
	return out
}

// notFound answers what no route matches: 405 with Allow when another method serves the path,
// else 404; both as problems.
func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	var allow []string
	for _, rt := range s.routes {
		if rt.path == r.URL.Path {
			allow = append(allow, rt.method)
			if rt.method == http.MethodGet {
				allow = append(allow, http.MethodHead)
			}
		}
	}
	if len(allow) > 0 {
		slices.Sort(allow)
		w.Header().Set("Allow", strings.Join(allow, ", "))
		s.problem(w, r, http.StatusMethodNotAllowed, problem("method", cutString(r.Method, 16), "a method this path accepts: "+strings.Join(allow, ", "), "request.method_not_allowed"))
		return
	}
	s.problem(w, r, http.StatusNotFound, problem("path", cutString(r.URL.Path, 64), "a path of this service (see /openapi.json)", "request.not_found"))
}

// httpError is an answer other than 200: a status and its problems (and, for a 500, the cause,
// which is logged, not answered).
type httpError struct {
	status int
	err    error
	cause  error
}

// Error returns the problems' text.
func (e *httpError) Error() string { return e.err.Error() }

// internalError is a 500 whose cause, a failure of the service or the library on input they
// accepted, goes to the log.
func internalError(cause error) *httpError {
	return &httpError{status: http.StatusInternalServerError, cause: cause,
		err: problem("", "", "an answer the service can compute (an internal error; see the log)", "request.internal")}
}

func badRequest(err error) *httpError { return &httpError{status: http.StatusBadRequest, err: err} }

// readBody reads a JSON request body of at most MaxBody bytes. A body declared larger, or found
// larger while reading, is refused with 413 without reading the rest; a body of another media
// type with 415; a body that stops arriving (the read deadline) with 503.
func (s *Server) readBody(w http.ResponseWriter, r *http.Request) ([]byte, *httpError) {
	tooLarge := &httpError{status: http.StatusRequestEntityTooLarge,
		err: problem("", "", "a request body of at most "+strconv.FormatInt(s.cfg.MaxBody, 10)+" bytes", "request.body.too_large")}
	if r.ContentLength > s.cfg.MaxBody {
		return nil, tooLarge
	}
	if ct := r.Header.Get("Content-Type"); ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		if err != nil || (mt != "application/json" && !strings.HasSuffix(mt, "+json")) {
			return nil, &httpError{status: http.StatusUnsupportedMediaType,
				err: problem("Content-Type", cutString(ct, 64), "a JSON body (Content-Type: application/json)", "request.body.media_type")}
		}
	}
	body := http.MaxBytesReader(w, r.Body, s.cfg.MaxBody)
	var buf bytes.Buffer
	if r.ContentLength > 0 {
		buf.Grow(int(r.ContentLength))
	}
	if _, err := buf.ReadFrom(body); err != nil {
		var mbe *http.MaxBytesError
		switch {
		case errors.As(err, &mbe):
			return nil, tooLarge
		case errors.Is(err, os.ErrDeadlineExceeded) || errors.Is(err, context.DeadlineExceeded):
			return nil, &httpError{status: http.StatusServiceUnavailable, err: problem("", "", "a request body that arrives in full", "request.body.timeout")}
		default:
			return nil, badRequest(problem("", "", "a request body that arrives in full", "request.body.incomplete"))
		}
	}
	return buf.Bytes(), nil
}

// compute runs the library's work for a request within its deadline and a slot of MaxInFlight:
// when the deadline passes first, the answer is 503 (the work, which the library cannot stop,
// finishes in the background and keeps its slot until then, so abandoned work never piles up
// beyond MaxInFlight).
func (s *Server) compute(ctx context.Context, work func() (any, *httpError)) (any, *httpError) {
	busy := &httpError{status: http.StatusServiceUnavailable, err: problem("", "", "a free slot (the service is at capacity; try again later)", "request.busy")}
	late := &httpError{status: http.StatusServiceUnavailable, err: problem("", "", "an answer within the time limit: "+s.cfg.Timeout.String(), "request.timeout")}
	if ctx.Err() != nil {
		return nil, late
	}
	select {
	case s.slots <- struct{}{}:
	case <-ctx.Done():
		if errors.Is(ctx.Err(), context.Canceled) {
			return nil, gone
		}
		return nil, busy
	}
	type answer struct {
		v     any
		err   *httpError
		panic any
		stack []byte
	}
	done := make(chan answer, 1)
	go func() {
		defer func() { <-s.slots }()
		defer func() {
			if v := recover(); v != nil {
				done <- answer{panic: v, stack: debug.Stack()}
			}
		}()
		v, err := work()
		done <- answer{v: v, err: err}
	}()
	select {
	case a := <-done:
		if a.panic != nil {
			s.log.Error("panic", "request_id", info0(ctx).id, "panic", cutString(toString(a.panic), 512), "stack", string(a.stack))
			return nil, &httpError{status: http.StatusInternalServerError, err: problem("", "", "an answer the service can compute (an internal error; see the log)", "request.internal")}
		}
		return a.v, a.err
	case <-ctx.Done():
		if errors.Is(ctx.Err(), context.Canceled) {
			return nil, gone
		}
		return nil, late
	}
}

// gone is the answer to a client that went away before its answer was ready: nobody reads it,
// and the log shows 499 (nginx's "client closed request"), not a time-out of the service.
var gone = &httpError{status: 499, err: problem("", "", "an answer within the time limit: the client went away first", "request.client_gone")}

func info0(ctx context.Context) reqInfo {
	v, _ := ctx.Value(ctxKey{}).(reqInfo)
	return v
}
