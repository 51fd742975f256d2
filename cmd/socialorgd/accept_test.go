package main

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// q-values are read exactly, in thousandths; a malformed one counts as 0 (RFC 9110 §12.4.2).
func TestParseQ(t *testing.T) {
	for in, want := range map[string]int{
		"1": 1000, "1.000": 1000, "0": 0, "0.5": 500, "0.05": 50, "0.001": 1, "0.999": 999, "0.": 0,
		"0.0001": 0, "2": 0, "-0.5": 0, "0.5x": 0, "": 0, ".5": 0,
	} {
		require.Equal(t, want, parseQ(in), "%q", in)
	}
}

// The answer is iCalendar only when the client prefers it to JSON.
func TestPrefersCalendar(t *testing.T) {
	for accept, want := range map[string]bool{
		"":                                      false,
		"text/calendar":                         true,
		"application/json":                      false,
		"text/calendar;q=0.5, application/json": false,
		"text/calendar, application/json;q=0.9": true,
		"application/json;q=0.001, text/calendar;q=0.002": true,
		"text/calendar;q=0":  false,
		"*/*, text/calendar": false, // a tie goes to the type listed first
	} {
		require.Equal(t, want, prefersCalendar(accept), "%q", accept)
	}
}
