package socialorg

import (
	"errors"
	"math"
	"reflect"
	"strconv"
	"time"

	"github.com/socialorg/socialorg/internal/textjson"
)

// ErrInvalidDate is matched (errors.Is) by every error ParseDate and Date.UnmarshalText return.
var ErrInvalidDate = errors.New("socialorg: invalid date")

// chinaZone is China Standard Time, UTC+8. It is a fixed offset built once: the library never
// calls time.LoadLocation, which reads the zone database from disk.
var chinaZone = time.FixedZone("CST", 8*60*60)

// ChinaZone returns China Standard Time as a fixed UTC+8 offset. China has kept that offset,
// without daylight saving, since 1991, which covers every rule this library encodes.
func ChinaZone() *time.Location { return chinaZone }

// The years a Date can hold: those that "2006-01-02" can write.
const (
	minYear = 0
	maxYear = 9999
)

// Date is a civil date (year, month, day) with no time of day and no zone: the unit every legal
// rule here is dated in. Dates are small, comparable values: == and map keys work, Equal serves
// go-cmp, and Compare, Before and After order them. Years run from 0000 to 9999, so that every
// Date prints as "2006-01-02" and parses back; arithmetic that leaves that range gives the zero
// Date.
//
// The zero Date means "unknown". It is not a valid date: IsZero reports it, String prints "",
// and a dated parameter asked about it answers ErrNotInForce.
type Date struct {
	y    int16
	m, d uint8
}

// NewDate returns the date year-month-day, normalising out-of-range months and days as time.Date
// does (NewDate(2024, 2, 30) is 2024-03-01). A result outside the years 0000–9999 is the zero
// Date.
func NewDate(year int, month time.Month, day int) Date {
	// Bound the arguments so that the arithmetic below cannot overflow; anything beyond these
	// bounds lands outside 0000–9999 whatever the other arguments are.
	const bound = 1 << 40
	if year < -bound || year > bound || int(month) < -bound || int(month) > bound || day < -bound || day > bound {
		return Date{}
	}
	m := int64(month) - 1
	y := int64(year) + floorDiv(m, 12)
	m -= floorDiv(m, 12) * 12
	if y < minYear-1 || y > maxYear+1 {
		return Date{}
	}
	return fromDays(daysFromCivil(y, m+1, 1) + int64(day) - 1)
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// DateOf returns the civil date of t in China Standard Time (UTC+8); the zero Date when that date
// falls outside the years 0000–9999.
func DateOf(t time.Time) Date {
	y, m, d := t.In(chinaZone).Date()
	if y < minYear || y > maxYear {
		return Date{}
	}
	return Date{y: int16(y), m: uint8(m), d: uint8(d)}
}

// ParseDate parses a date written exactly as "2006-01-02": four-digit year 0000–9999, two-digit
// month and day, and a day that exists in that month. Every error is an *InputError that matches
// ErrInvalidDate and ErrInvalidInput, and echoes at most a short prefix of s.
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
	return Date{y: int16(y), m: uint8(m), d: uint8(d)}, nil
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
	return &InputError{Field: "date", Value: Short(s), Rule: why, Err: ErrInvalidDate}
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

// Equal reports whether d and e are the same date (d == e). It lets go-cmp compare Dates
// without options.
func (d Date) Equal(e Date) bool { return d == e }

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
	a := int32(d.y)<<16 | int32(d.m)<<8 | int32(d.d)
	b := int32(e.y)<<16 | int32(e.m)<<8 | int32(e.d)
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
	if d.IsZero() || n < -maxYear-1 || n > maxYear+1 {
		return Date{}
	}
	y := int(d.y) + n
	if y < minYear || y > maxYear {
		return Date{}
	}
	day := int(d.d)
	if last := daysIn(y, time.Month(d.m)); day > last {
		day = last
	}
	return Date{y: int16(y), m: d.m, d: uint8(day)}
}

// AddMonths returns the same day n months later (earlier for negative n), clamped to the last
// day of the target month: 31 January + 1 month is 28 or 29 February. It is how monthly
// schedules and "within 3 months" deadlines are counted. The zero Date stays zero.
func (d Date) AddMonths(n int) Date {
	const span = 12 * (maxYear + 1)
	if d.IsZero() || n < -span || n > span {
		return Date{}
	}
	m := int64(d.m) - 1 + int64(n)
	y := int64(d.y) + floorDiv(m, 12)
	m -= floorDiv(m, 12) * 12
	if y < minYear || y > maxYear {
		return Date{}
	}
	day := int(d.d)
	if last := daysIn(int(y), time.Month(m+1)); day > last {
		day = last
	}
	return Date{y: int16(y), m: uint8(m + 1), d: uint8(day)}
}

// AddDays returns the date n days later (earlier for negative n). The zero Date stays zero.
func (d Date) AddDays(n int) Date {
	const span = 366 * (maxYear + 1)
	if d.IsZero() || n < -span || n > span {
		return Date{}
	}
	return fromDays(d.Days() + int64(n))
}

// DaysUntil returns the number of days from d to e: positive when e is later, 0 when they are the
// same date. It is what "at least 10 days before" and "within 10 days after" rules count with.
// When either date is the zero Date there is nothing to count and the result is 0.
func (d Date) DaysUntil(e Date) int {
	if d.IsZero() || e.IsZero() {
		return 0
	}
	return int(e.Days() - d.Days())
}

// Days returns the number of days from 1970-01-01 to d (negative before 1970), in the proleptic
// Gregorian calendar: a day number that sorts and subtracts like the date. The zero Date gives
// math.MinInt64. DateFromDays is the inverse.
func (d Date) Days() int64 {
	if d.IsZero() {
		return math.MinInt64
	}
	return daysFromCivil(int64(d.y), int64(d.m), int64(d.d))
}

// DateFromDays returns the date n days after 1970-01-01 (before it for negative n); the zero Date
// outside the years 0000–9999.
func DateFromDays(n int64) Date { return fromDays(n) }

// daysFromCivil counts days since 1970-01-01 (H. Hinnant's days_from_civil).
func daysFromCivil(y, m, d int64) int64 {
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// The day numbers of 0000-01-01 and 9999-12-31.
var (
	firstDay = daysFromCivil(minYear, 1, 1)
	lastDay  = daysFromCivil(maxYear, 12, 31)
)

// fromDays is the inverse of daysFromCivil (civil_from_days); the zero Date out of range.
func fromDays(z int64) Date {
	if z < firstDay || z > lastDay {
		return Date{}
	}
	z += 719468
	era := floorDiv(z, 146097)
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
	return Date{y: int16(y), m: uint8(m), d: uint8(day)}
}

// Time returns midnight at the start of d in China Standard Time (UTC+8).
func (d Date) Time() time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	return time.Date(int(d.y), time.Month(d.m), int(d.d), 0, 0, 0, 0, chinaZone)
}

// String formats d as "2006-01-02". The zero Date formats as "".
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	var b [10]byte
	return string(d.appendTo(b[:0]))
}

// AppendText appends d as String writes it (encoding.TextAppender); the zero Date appends
// nothing.
func (d Date) AppendText(b []byte) ([]byte, error) {
	if d.IsZero() {
		return b, nil
	}
	return d.appendTo(b), nil
}

func (d Date) appendTo(b []byte) []byte {
	y := int(d.y)
	b = append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10))
	return append(b, '-', '0'+d.m/10, '0'+d.m%10, '-', '0'+d.d/10, '0'+d.d%10)
}

// MarshalText encodes d as "2006-01-02", and the zero Date as an empty string.
func (d Date) MarshalText() ([]byte, error) {
	if d.IsZero() {
		return []byte{}, nil
	}
	return d.appendTo(make([]byte, 0, 10)), nil
}

// UnmarshalText decodes what MarshalText encodes: "2006-01-02", or "" for the zero Date. On error
// d is unchanged.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	if len(b) != 10 {
		return dateError(string(b[:min(len(b), maxEcho+1)]), "want the form YYYY-MM-DD")
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

var dateType = reflect.TypeFor[Date]()

// UnmarshalJSON decodes a JSON string as UnmarshalText does (null leaves d unchanged). A bad
// date is an error that encoding/json reports with the field's path.
func (d *Date) UnmarshalJSON(b []byte) error {
	return textjson.Decode(b, dateType, d.UnmarshalText, reason)
}

// reason is the rule of an *InputError, or the error's text.
func reason(err error) string {
	var ie *InputError
	if errors.As(err, &ie) {
		return ie.Rule
	}
	return err.Error()
}

// itoa formats an int for figures.
func itoa(n int) string { return strconv.Itoa(n) }
