package socialorg

import (
	"errors"
	"fmt"
	"strconv"
	"time"
)

// ErrInvalidDate is matched (errors.Is) by every error ParseDate and Date.UnmarshalText return.
var ErrInvalidDate = errors.New("socialorg: invalid date")

// chinaZone is China Standard Time, UTC+8. It is a fixed offset built once: the library never
// calls time.LoadLocation, which reads the zone database from disk.
var chinaZone = time.FixedZone("CST", 8*60*60)

// ChinaZone returns China Standard Time as a fixed UTC+8 offset. China has kept that offset,
// without daylight saving, since 1991, which covers every rule this library encodes.
func ChinaZone() *time.Location { return chinaZone }

// Date is a civil date (year, month, day) with no time of day and no zone: the unit every legal
// rule here is dated in. Dates are small, comparable values: == and map keys work, and
// Compare, Before and After order them.
//
// The zero Date means "unknown". It is not a valid date: IsZero reports it, String prints "",
// and a dated parameter asked about it answers ErrNotInForce.
type Date struct {
	y    int32
	m, d uint8
}

// NewDate returns the date year-month-day, normalising out-of-range months and days as time.Date
// does (NewDate(2024, 2, 30) is 2024-03-01). Years are kept within ±2^31; beyond that the result is
// the zero Date.
func NewDate(year int, month time.Month, day int) Date {
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	y, m, d := t.Date()
	if int(int32(y)) != y {
		return Date{}
	}
	return Date{y: int32(y), m: uint8(m), d: uint8(d)}
}

// DateOf returns the civil date of t in China Standard Time (UTC+8).
func DateOf(t time.Time) Date {
	y, m, d := t.In(chinaZone).Date()
	if int(int32(y)) != y {
		return Date{}
	}
	return Date{y: int32(y), m: uint8(m), d: uint8(d)}
}

// ParseDate parses a date written exactly as "2006-01-02": four-digit year 0000–9999, two-digit
// month and day, and a day that exists in that month. Every error matches ErrInvalidDate.
func ParseDate(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, dateError(s, "want the form YYYY-MM-DD")
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, dateError(s, "want the form YYYY-MM-DD")
	}
	if m < 1 || m > 12 {
		return Date{}, dateError(s, "month must be 01–12")
	}
	if d < 1 || d > daysIn(y, time.Month(m)) {
		return Date{}, dateError(s, "no such day in that month")
	}
	return Date{y: int32(y), m: uint8(m), d: uint8(d)}, nil
}

// MustDate is ParseDate for package-level tables and tests: it panics when s is not a date.
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func dateError(s, why string) error {
	return fmt.Errorf("%w %q: %s", ErrInvalidDate, s, why)
}

// digits parses a string of ASCII digits.
func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if isLeap(y) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// IsZero reports whether d is the zero Date ("unknown").
func (d Date) IsZero() bool { return d == Date{} }

// Year returns the year of d (0 for the zero Date).
func (d Date) Year() int { return int(d.y) }

// Month returns the month of d (0 for the zero Date).
func (d Date) Month() time.Month { return time.Month(d.m) }

// Day returns the day of the month of d (0 for the zero Date).
func (d Date) Day() int { return int(d.d) }

// Compare returns -1 if d is before e, 0 if they are the same date, and +1 if d is after e.
// The zero Date sorts before every other date.
func (d Date) Compare(e Date) int {
	switch {
	case d.IsZero() && e.IsZero():
		return 0
	case d.IsZero():
		return -1
	case e.IsZero():
		return 1
	}
	switch {
	case d.y != e.y:
		return cmp3(int(d.y), int(e.y))
	case d.m != e.m:
		return cmp3(int(d.m), int(e.m))
	}
	return cmp3(int(d.d), int(e.d))
}

func cmp3(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Before reports whether d is strictly before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is strictly after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// AddYears returns the same month and day n years later (earlier for negative n). A 29 February
// that lands in a common year becomes 28 February: a term that began on a leap day ends on the
// last day of February, never in March. The zero Date stays zero.
func (d Date) AddYears(n int) Date {
	if d.IsZero() {
		return d
	}
	y := int(d.y) + n
	if int(int32(y)) != y {
		return Date{}
	}
	day := int(d.d)
	if last := daysIn(y, time.Month(d.m)); day > last {
		day = last
	}
	return Date{y: int32(y), m: d.m, d: uint8(day)}
}

// AddMonths returns the same day n months later (earlier for negative n), clamped to the last
// day of the target month: 31 January + 1 month is 28 or 29 February. It is how monthly
// schedules and "within 3 months" deadlines are counted. The zero Date stays zero.
func (d Date) AddMonths(n int) Date {
	if d.IsZero() {
		return d
	}
	m := int64(d.m) - 1 + int64(n)
	y := int64(d.y) + m/12
	m %= 12
	if m < 0 {
		m += 12
		y--
	}
	if int64(int32(y)) != y {
		return Date{}
	}
	day := int(d.d)
	if last := daysIn(int(y), time.Month(m+1)); day > last {
		day = last
	}
	return Date{y: int32(y), m: uint8(m + 1), d: uint8(day)}
}

// AddDays returns the date n days later (earlier for negative n). The zero Date stays zero.
func (d Date) AddDays(n int) Date {
	if d.IsZero() {
		return d
	}
	return fromDays(d.days() + int64(n))
}

// DaysUntil returns the number of days from d to e: positive when e is later, 0 when they are the
// same date. It is what "at least 10 days before" and "within 10 days after" rules count with.
// When either date is the zero Date there is nothing to count and the result is 0.
func (d Date) DaysUntil(e Date) int {
	if d.IsZero() || e.IsZero() {
		return 0
	}
	return int(e.days() - d.days())
}

// days counts days since 1970-01-01 in the proleptic Gregorian calendar
// (H. Hinnant's days_from_civil).
func (d Date) days() int64 {
	y := int64(d.y)
	m := int64(d.m)
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + int64(d.d) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// fromDays is the inverse of days (civil_from_days).
func fromDays(z int64) Date {
	z += 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	if int64(int32(y)) != y {
		return Date{}
	}
	return Date{y: int32(y), m: uint8(m), d: uint8(day)}
}

// Time returns midnight at the start of d in China Standard Time (UTC+8).
func (d Date) Time() time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	return time.Date(int(d.y), time.Month(d.m), int(d.d), 0, 0, 0, 0, chinaZone)
}

// String formats d as "2006-01-02". The zero Date formats as "". Years outside 0000–9999 carry a
// sign or more digits and do not parse back.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	var b [16]byte
	return string(d.appendTo(b[:0]))
}

func (d Date) appendTo(b []byte) []byte {
	y := int(d.y)
	if y < 0 {
		b = append(b, '-')
		y = -y
	}
	switch {
	case y < 10:
		b = append(b, "000"...)
	case y < 100:
		b = append(b, "00"...)
	case y < 1000:
		b = append(b, '0')
	}
	b = strconv.AppendInt(b, int64(y), 10)
	b = append(b, '-', '0'+d.m/10, '0'+d.m%10, '-', '0'+d.d/10, '0'+d.d%10)
	return b
}

// MarshalText encodes d as "2006-01-02", and the zero Date as an empty string.
func (d Date) MarshalText() ([]byte, error) {
	if d.IsZero() {
		return []byte{}, nil
	}
	return d.appendTo(make([]byte, 0, 10)), nil
}

// UnmarshalText decodes what MarshalText encodes: "2006-01-02", or "" for the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
