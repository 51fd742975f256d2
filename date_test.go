package socialorg_test

import (
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in      string
		y, m, d int
		ok      bool
	}{
		{"2024-09-05", 2024, 9, 5, true},
		{"2024-02-29", 2024, 2, 29, true}, // leap year
		{"2023-02-29", 0, 0, 0, false},    // not a leap year
		{"1900-02-29", 0, 0, 0, false},    // century, not leap
		{"2000-02-29", 2000, 2, 29, true}, // 400-year, leap
		{"2024-04-30", 2024, 4, 30, true},
		{"2024-04-31", 0, 0, 0, false},
		{"2024-12-31", 2024, 12, 31, true},
		{"2024-13-01", 0, 0, 0, false},
		{"2024-00-10", 0, 0, 0, false},
		{"2024-01-00", 0, 0, 0, false},
		{"0000-01-01", 0, 1, 1, true},
		{"9999-12-31", 9999, 12, 31, true},
		{"2024-9-05", 0, 0, 0, false},
		{"2024/09/05", 0, 0, 0, false},
		{" 2024-09-05", 0, 0, 0, false},
		{"2024-09-05T00:00:00Z", 0, 0, 0, false},
		{"+024-09-05", 0, 0, 0, false},
		{"２０２４-09-05", 0, 0, 0, false},
		{"", 0, 0, 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			d, err := socialorg.ParseDate(tc.in)
			if !tc.ok {
				require.Error(t, err)
				require.ErrorIs(t, err, socialorg.ErrInvalidDate)
				require.True(t, d.IsZero())
				return
			}
			require.NoError(t, err)
			require.Equal(t, tc.y, d.Year())
			require.Equal(t, time.Month(tc.m), d.Month())
			require.Equal(t, tc.d, d.Day())
			require.Equal(t, tc.in, d.String())
		})
	}
}

func TestMustDatePanicsOnBadInput(t *testing.T) {
	require.Panics(t, func() { socialorg.MustDate("2024-02-30") })
	require.Equal(t, socialorg.NewDate(2024, 2, 29), socialorg.MustDate("2024-02-29"))
}

func TestNewDateNormalises(t *testing.T) {
	require.Equal(t, "2024-03-01", socialorg.NewDate(2024, 2, 30).String())
	require.Equal(t, "2023-12-31", socialorg.NewDate(2024, 1, 0).String())
	require.Equal(t, "2025-01-01", socialorg.NewDate(2024, 13, 1).String())
}

func TestZeroDate(t *testing.T) {
	var z socialorg.Date
	require.True(t, z.IsZero())
	require.False(t, socialorg.NewDate(0, 1, 1).IsZero(), "year 0 is a real date")
	require.Equal(t, "", z.String())
	require.True(t, z.AddDays(5).IsZero())
	require.True(t, z.AddYears(5).IsZero())
	require.True(t, z.Time().IsZero())
	require.Equal(t, 0, z.DaysUntil(socialorg.MustDate("2024-01-01")))
	require.Equal(t, -1, z.Compare(socialorg.NewDate(0, 1, 1)), "zero sorts first")
	require.Equal(t, 1, socialorg.NewDate(0, 1, 1).Compare(z))
	require.Equal(t, 0, z.Compare(socialorg.Date{}))
}

// TestYearRange: every Date prints as "2006-01-02" and parses back; arithmetic that leaves
// 0000–9999, and NewDate with huge years, give the zero Date (never a wrapped year).
func TestYearRange(t *testing.T) {
	for _, d := range []socialorg.Date{
		socialorg.NewDate(-1, 12, 31), socialorg.NewDate(10000, 1, 1), socialorg.NewDate(1<<40, 1, 1),
		socialorg.NewDate(math.MaxInt, 1, 1), socialorg.NewDate(math.MinInt, 1, 1), socialorg.NewDate(2024, math.MaxInt, 1),
		socialorg.NewDate(2024, 1, math.MinInt), socialorg.MustDate("9999-12-31").AddDays(1), socialorg.MustDate("0000-01-01").AddDays(-1),
		socialorg.MustDate("9999-12-31").AddMonths(1), socialorg.MustDate("9999-06-01").AddYears(1), socialorg.MustDate("2024-01-01").AddYears(math.MaxInt),
		socialorg.MustDate("2024-01-01").AddMonths(math.MinInt), socialorg.MustDate("2024-01-01").AddDays(math.MaxInt),
		socialorg.DateFromDays(math.MaxInt64), socialorg.DateFromDays(math.MinInt64),
	} {
		require.True(t, d.IsZero(), "%v", d)
	}
	require.Equal(t, "0000-01-01", socialorg.NewDate(0, 1, 1).String())
	require.Equal(t, "9999-12-31", socialorg.NewDate(10000, 1, 0).String())
	require.Equal(t, "2025-01-31", socialorg.NewDate(2024, 13, 31).String())
	require.Equal(t, "2023-12-01", socialorg.NewDate(2024, 0, 1).String())
	for _, s := range []string{"0000-01-01", "9999-12-31", "2024-02-29"} {
		d := socialorg.MustDate(s)
		b, err := d.MarshalText()
		require.NoError(t, err)
		var back socialorg.Date
		require.NoError(t, back.UnmarshalText(b))
		require.Equal(t, d, back)
		require.Equal(t, d, socialorg.DateFromDays(d.Days()))
	}
	require.Equal(t, int64(0), socialorg.MustDate("1970-01-01").Days())
	require.Equal(t, int64(math.MinInt64), socialorg.Date{}.Days())
}

func TestDateAppendTextAndEqual(t *testing.T) {
	d := socialorg.MustDate("2024-09-05")
	b, err := d.AppendText([]byte("on "))
	require.NoError(t, err)
	require.Equal(t, "on 2024-09-05", string(b))
	b, err = socialorg.Date{}.AppendText(nil)
	require.NoError(t, err)
	require.Empty(t, b)
	require.True(t, d.Equal(socialorg.NewDate(2024, 9, 5)))
	type rec struct{ A, B socialorg.Date }
	require.Empty(t, cmp.Diff(rec{A: d}, rec{A: socialorg.MustDate("2024-09-05")}), "go-cmp compares Dates without options")
	require.NotEmpty(t, cmp.Diff(rec{A: d}, rec{A: d.AddDays(1)}))
	allocs := testing.AllocsPerRun(100, func() { b, _ = d.AppendText(b[:0]) })
	require.Zero(t, allocs)
}

func TestAddYearsLeapDay(t *testing.T) {
	leap := socialorg.MustDate("2024-02-29")
	require.Equal(t, "2025-02-28", leap.AddYears(1).String())
	require.Equal(t, "2028-02-29", leap.AddYears(4).String())
	require.Equal(t, "2023-02-28", leap.AddYears(-1).String())
	require.Equal(t, "2100-02-28", leap.AddYears(76).String(), "2100 is not a leap year")
	require.Equal(t, "2029-09-05", socialorg.MustDate("2024-09-05").AddYears(5).String())
}

func TestAddMonthsClampsToMonthEnd(t *testing.T) {
	tests := []struct {
		from string
		n    int
		want string
	}{
		{"2024-01-31", 1, "2024-02-29"},
		{"2023-01-31", 1, "2023-02-28"},
		{"2024-01-31", 2, "2024-03-31"},
		{"2024-03-31", 1, "2024-04-30"},
		{"2024-03-31", -1, "2024-02-29"},
		{"2024-01-15", -1, "2023-12-15"},
		{"2024-01-15", -13, "2022-12-15"},
		{"2024-11-30", 3, "2025-02-28"},
		{"2024-05-31", 12, "2025-05-31"},
		{"2024-09-05", 6, "2025-03-05"},
		{"2024-09-05", 0, "2024-09-05"},
	}
	for _, tc := range tests {
		require.Equal(t, tc.want, socialorg.MustDate(tc.from).AddMonths(tc.n).String(), "%s %+d", tc.from, tc.n)
	}
	require.True(t, socialorg.Date{}.AddMonths(1).IsZero())
}

// TestAddDaysAgreesWithTime walks 10,000 years day by day in big strides and checks the civil
// arithmetic against the time package.
func TestAddDaysAgreesWithTime(t *testing.T) {
	start := time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC)
	base := socialorg.NewDate(0, 1, 1)
	for n := 0; n < 9999*365; n += 97 {
		want := start.AddDate(0, 0, n)
		got := base.AddDays(n)
		wy, wm, wd := want.Date()
		require.Equal(t, [3]int{wy, int(wm), wd}, [3]int{got.Year(), int(got.Month()), got.Day()}, "day %d", n)
		require.Equal(t, n, base.DaysUntil(got))
		require.Equal(t, base, got.AddDays(-n))
	}
}

func TestCompareBeforeAfter(t *testing.T) {
	a := socialorg.MustDate("2024-09-04")
	b := socialorg.MustDate("2024-09-05")
	require.Equal(t, -1, a.Compare(b))
	require.Equal(t, 1, b.Compare(a))
	require.Equal(t, 0, a.Compare(a))
	require.True(t, a.Before(b))
	require.False(t, b.Before(a))
	require.True(t, b.After(a))
	require.False(t, a.After(a))
	require.Equal(t, -1, socialorg.MustDate("2023-12-31").Compare(socialorg.MustDate("2024-01-01")))
	require.Equal(t, -1, socialorg.MustDate("2024-01-31").Compare(socialorg.MustDate("2024-02-01")))
	require.Equal(t, 1, a.DaysUntil(b))
	require.Equal(t, -1, b.DaysUntil(a))
}

func TestDateOfUsesChinaTime(t *testing.T) {
	// 16:00 UTC on 31 December is already 1 January in Beijing.
	require.Equal(t, "2024-01-01", socialorg.DateOf(time.Date(2023, 12, 31, 16, 0, 0, 0, time.UTC)).String())
	require.Equal(t, "2023-12-31", socialorg.DateOf(time.Date(2023, 12, 31, 15, 59, 59, 0, time.UTC)).String())
	d := socialorg.MustDate("2024-09-05")
	require.Equal(t, d, socialorg.DateOf(d.Time()))
	_, off := d.Time().Zone()
	require.Equal(t, 8*3600, off)
}

func TestDateJSON(t *testing.T) {
	type rec struct {
		D socialorg.Date `json:"d"`
		Z socialorg.Date `json:"z"`
	}
	b, err := json.Marshal(rec{D: socialorg.MustDate("2024-09-05")})
	require.NoError(t, err)
	require.JSONEq(t, `{"d":"2024-09-05","z":""}`, string(b))
	var back rec
	require.NoError(t, json.Unmarshal(b, &back))
	require.Equal(t, socialorg.MustDate("2024-09-05"), back.D)
	require.True(t, back.Z.IsZero())
	// A bad date in a document is an error that names its field and says why, echoing a short
	// prefix of the input only.
	err = json.Unmarshal([]byte(`{"z":"","d":"2024-02-30"}`), &back)
	var te *json.UnmarshalTypeError
	require.True(t, errors.As(err, &te), "got %v", err)
	require.Equal(t, "d", te.Field)
	require.Contains(t, err.Error(), "no such day in that month")
	huge := `{"d":"` + strings.Repeat("9", 1<<20) + `"}`
	start := time.Now()
	err = json.Unmarshal([]byte(huge), &back)
	require.Error(t, err)
	require.Less(t, len(err.Error()), 300, "the error echoes a short prefix")
	require.Less(t, time.Since(start), hangBound)
	// Called directly, the text decoder's errors match the sentinels.
	var d socialorg.Date
	err = d.UnmarshalText([]byte(strings.Repeat("x", 1<<20)))
	require.ErrorIs(t, err, socialorg.ErrInvalidDate)
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
	require.Less(t, len(err.Error()), 200)
	require.True(t, d.IsZero(), "a refused date leaves the value unchanged")
	require.NoError(t, json.Unmarshal([]byte(`{"d":null}`), &back))
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2024-09-05", "2024-02-29", "0000-01-01", "9999-12-31", "2023-02-29", "", "2024-1-1", "２０２４-09-05"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := socialorg.ParseDate(s)
		if err != nil {
			if !errors.Is(err, socialorg.ErrInvalidDate) {
				t.Fatalf("error %v does not match ErrInvalidDate", err)
			}
			return
		}
		if d.String() != s {
			t.Fatalf("ParseDate(%q).String() = %q", s, d.String())
		}
		if next := d.AddDays(1); !next.IsZero() && next.AddDays(-1) != d {
			t.Fatalf("AddDays round trip broke %q", s)
		}
		if back, err := time.Parse("2006-01-02", s); err != nil || socialorg.NewDate(back.Date()) != d {
			t.Fatalf("time.Parse disagrees on %q: %v", s, err)
		}
	})
}
