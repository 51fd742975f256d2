// Command socialorgd is the reference HTTP service of the socialorg library: the checks of the
// library behind JSON endpoints, with an OpenAPI 3.1 document generated from the same Go types,
// so that an adopter does not write the glue again.
//
//	go run ./cmd/socialorgd -addr localhost:8080
//
// Endpoints (every POST takes {"as_of": "YYYY-MM-DD", "input": {…}, "options": {…}}):
//
//	POST /v1/registration           registry.CheckRegistration
//	POST /v1/party/coverage         partybuilding.Assess and Tally
//	POST /v1/charity/spending       charity.CheckAnnualSpending
//	POST /v1/charity/qualification  charity.CheckQualification
//	POST /v1/venture/grant          venture.Round.Grant and venture.Allocate
//	POST /v1/linkage/match          linkage.MatchWith and Summarize
//	POST /v1/standards/grade        standards.GradeScheme.Check
//	POST /v1/calendar/obligations   calendar.Obligations (JSON, or text/calendar)
//	GET  /v1/rules                  every rule
//	GET  /v1/parameters?at=&in=     every parameter, resolved at a date and place
//	GET  /v1/jurisdictions          the jurisdictions the library declares
//	GET  /openapi.json              the OpenAPI document
//	GET  /healthz                   liveness, version and rules digest
//
// The service logs one JSON line per request (log/slog: method, path, status, bytes, duration,
// request ID) to standard error, bounds every request's body (-max-body, 413 beyond) and time
// (-timeout, 503 beyond), answers errors as RFC 9457 problems with the library's problem codes
// and messages in three languages, and shuts down gracefully on SIGINT or SIGTERM
// (-shutdown-timeout). See README.md for a curl per endpoint.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stderr))
}

// run parses the flags, starts the service and serves until SIGINT or SIGTERM; it returns the
// process's exit code.
func run(args []string, stderr io.Writer) int {
	cfg, level, err := parseFlags(args, stderr)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	log := slog.New(slog.NewJSONHandler(stderr, &slog.HandlerOptions{Level: level}))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := serve(ctx, cfg, log, nil); err != nil {
		log.Error("serve", "error", err.Error())
		return 1
	}
	return 0
}

// parseFlags reads the command line into a Config and a log level.
func parseFlags(args []string, stderr io.Writer) (Config, slog.Level, error) {
	cfg := DefaultConfig()
	fs := flag.NewFlagSet("socialorgd", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&cfg.Addr, "addr", cfg.Addr, "address to listen on (host:port)")
	fs.Int64Var(&cfg.MaxBody, "max-body", cfg.MaxBody, "largest request body read, in bytes (413 beyond)")
	fs.DurationVar(&cfg.Timeout, "timeout", cfg.Timeout, "time limit of one request's work (503 beyond)")
	fs.DurationVar(&cfg.ReadTimeout, "read-timeout", cfg.ReadTimeout, "time limit for reading a whole request")
	fs.DurationVar(&cfg.ShutdownTimeout, "shutdown-timeout", cfg.ShutdownTimeout, "time given to running requests on shutdown")
	fs.IntVar(&cfg.MaxInFlight, "max-in-flight", cfg.MaxInFlight, "requests computed at once (503 when none is free before the deadline)")
	var level slog.Level
	fs.TextVar(&level, "log-level", slog.LevelInfo, "log level: DEBUG, INFO, WARN or ERROR")
	if err := fs.Parse(args); err != nil {
		return cfg, level, err
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "socialorgd: unexpected arguments: %q\n", fs.Args())
		return cfg, level, errors.New("unexpected arguments")
	}
	if cfg.MaxBody <= 0 || cfg.Timeout <= 0 || cfg.ReadTimeout <= 0 || cfg.ShutdownTimeout <= 0 || cfg.MaxInFlight <= 0 {
		fmt.Fprintln(stderr, "socialorgd: -max-body, -timeout, -read-timeout, -shutdown-timeout and -max-in-flight must be positive")
		return cfg, level, errors.New("bad limits")
	}
	return cfg, level, nil
}

// serve listens on cfg.Addr and serves until ctx is done, then shuts down gracefully: it stops
// accepting, lets running requests finish within cfg.ShutdownTimeout, and returns. ready, when
// not nil, receives the address listened on.
func serve(ctx context.Context, cfg Config, log *slog.Logger, ready chan<- net.Addr) error {
	s, err := NewServer(cfg, log)
	if err != nil {
		return err
	}
	srv := s.HTTPServer()
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return err
	}
	log.Info("listening", "addr", ln.Addr().String(), "max_body", cfg.MaxBody, "timeout", cfg.Timeout.String(), "max_in_flight", cfg.MaxInFlight)
	if ready != nil {
		ready <- ln.Addr()
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down", "timeout", cfg.ShutdownTimeout.String())
	sctx, cancel := context.WithTimeout(context.Background(), cfg.ShutdownTimeout)
	defer cancel()
	err = srv.Shutdown(sctx)
	if serr := <-errc; serr != nil && !errors.Is(serr, http.ErrServerClosed) {
		return serr
	}
	if err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	log.Info("stopped")
	return nil
}
