package socialorg

import "math"

// Period is an inclusive range of dates, the unit statements and totals are kept over. A zero From
// or To leaves that end open: the zero Period is all time.
type Period struct {
	From Date `json:"from,omitzero"`
	To   Date `json:"to,omitzero"`
}

// Year returns the calendar year y (1 January to 31 December), the financial year of Chinese
// non-profit organizations.
func Year(y int) Period {
	return Period{From: NewDate(y, 1, 1), To: NewDate(y, 12, 31)}
}

// Contains reports whether d falls within the period. The zero Date falls within none.
func (p Period) Contains(d Date) bool {
	if d.IsZero() {
		return false
	}
	return (p.From.IsZero() || !d.Before(p.From)) && (p.To.IsZero() || !d.After(p.To))
}

// Validate checks that the period does not end before it begins.
func (p Period) Validate() error {
	if !p.From.IsZero() && !p.To.IsZero() && p.To.Before(p.From) {
		return Invalid("to", p.To, "not before from ("+p.From.String()+")")
	}
	return nil
}

// DayBounds returns the period as day numbers (Date.Days), inclusive, with an open end as
// math.MinInt64 or math.MaxInt64: a day n is in the period when lo <= n && n <= hi.
func (p Period) DayBounds() (lo, hi int64) {
	lo, hi = math.MinInt64, math.MaxInt64
	if !p.From.IsZero() {
		lo = p.From.Days()
	}
	if !p.To.IsZero() {
		hi = p.To.Days()
	}
	return lo, hi
}

// String writes "2025-01-01..2025-12-31", with an open end left blank.
func (p Period) String() string { return p.From.String() + ".." + p.To.String() }
