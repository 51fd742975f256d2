package charity

import (
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
)

// TestSeriesAgainstAModel: the dated restricted balances answer as a plain sorted list of days
// would, for days added in any order, with repeats, on several keys.
func TestSeriesAgainstAModel(t *testing.T) {
	r := rand.New(rand.NewPCG(18, 18))
	for round := range 50 {
		var s series
		s.init()
		model := map[uint32]map[int32]int64{}
		for op := range 400 {
			key := uint32(r.IntN(3))
			day := int32(r.IntN(60) - 30)
			if model[key] == nil {
				model[key] = map[int32]int64{}
			}
			if r.IntN(3) > 0 {
				amt := int64(r.IntN(200) - 80)
				s.add(key, day, amt)
				model[key][day] += amt
			}
			// The least balance from day on, by brute force.
			var at, low int64
			for d, a := range model[key] {
				if d <= day {
					at += a
				}
			}
			low = at
			for d := day + 1; d <= 30; d++ {
				if a, ok := model[key][d]; ok {
					at += a
					low = min(low, at)
				}
			}
			require.Equal(t, low, s.minFrom(key, day), "round %d op %d", round, op)
			require.Equal(t, len(model[key]), s.days(key))
		}
	}
}

// TestSeriesOrigin: every date from 0000-01-01 to 9999-12-31 has a day index below 2^24.
func TestSeriesOrigin(t *testing.T) {
	first, last := socialorg.NewDate(0, time.January, 1), socialorg.NewDate(9999, time.December, 31)
	require.False(t, first.IsZero())
	require.Equal(t, uint32(0), seriesIndex(int32(first.Days())))
	require.Less(t, seriesIndex(int32(last.Days())), uint32(1)<<24)
	require.True(t, first.AddDays(-1).IsZero(), "nothing before 0000-01-01")

	// Days at both ends of the calendar in one key: a full-height tree.
	var s series
	s.init()
	s.add(1, int32(last.Days()), 5)
	s.add(1, int32(first.Days()), 3)
	s.add(1, int32(first.Days())+70, -2)
	f := int32(first.Days())
	require.Equal(t, int64(1), s.minFrom(1, f), "3, then 1 from day 70, then 6")
	require.Equal(t, int64(1), s.minFrom(1, f+70))
	require.Equal(t, int64(1), s.minFrom(1, int32(last.Days())-1))
	require.Equal(t, int64(6), s.minFrom(1, int32(last.Days())))
	require.Equal(t, 3, s.days(1))

	// A day before or after every day of a key, and a key without days.
	y := int32(socialorg.MustDate("2025-06-01").Days())
	s.add(2, y, 10)
	s.add(2, y+1, -4)
	require.Equal(t, int64(0), s.minFrom(2, y-5000), "before: nothing yet")
	require.Equal(t, int64(6), s.minFrom(2, y+5000), "after: the sum")
	require.Equal(t, int64(6), s.minFrom(2, y))
	require.Equal(t, int64(0), s.minFrom(3, y))
}

// TestSeriesUndo: amounts added while a batch is open and then undone leave the days, their
// count and every least balance as they were.
func TestSeriesUndo(t *testing.T) {
	r := rand.New(rand.NewPCG(6, 18))
	for round := range 50 {
		var s series
		s.init()
		for range 100 {
			s.add(uint32(r.IntN(2)), int32(r.IntN(3000)), int64(r.IntN(100)-30))
		}
		snapshot := func() []int64 {
			var out []int64
			for key := uint32(0); key < 3; key++ {
				out = append(out, int64(s.days(key)))
				for d := int32(-10); d < 3010; d += 7 {
					out = append(out, s.minFrom(key, d))
				}
			}
			return out
		}
		before := snapshot()
		s.track = true
		type op struct {
			key uint32
			day int32
			amt int64
		}
		var ops []op
		for range 60 {
			o := op{uint32(r.IntN(3)), int32(r.IntN(9000) - 3000), int64(r.IntN(100) - 50)}
			s.add(o.key, o.day, o.amt)
			ops = append(ops, o)
		}
		for i := len(ops) - 1; i >= 0; i-- {
			s.undo(ops[i].key, ops[i].day, ops[i].amt)
		}
		s.forget(0)
		s.track = false
		require.Equal(t, before, snapshot(), "round %d", round)
	}
}

// TestSameEntryComparesEveryField: changing any one field of any payload makes two entries
// differ, so that a field added later cannot be left out of the check that a replayed entry is
// the one recorded.
func TestSameEntryComparesEveryField(t *testing.T) {
	base := JournalEntry{Type: DonationEntry, Fund: &Fund{}, Donation: &Donation{}, Income: &Income{}, Expense: &Expense{}, Release: &Release{},
		Refund: &Refund{}, Pledge: &Pledge{}, Parts: []Part{{}}, From: TimeRestricted}
	clone := func() JournalEntry {
		c := base
		f, dn, in, ex, rl, rf, pl := *base.Fund, *base.Donation, *base.Income, *base.Expense, *base.Release, *base.Refund, *base.Pledge
		c.Fund, c.Donation, c.Income, c.Expense, c.Release, c.Refund, c.Pledge = &f, &dn, &in, &ex, &rl, &rf, &pl
		c.Parts = []Part{{}}
		return c
	}
	require.True(t, sameEntry(&base, new(clone())))
	for _, target := range []func(*JournalEntry) reflect.Value{
		func(e *JournalEntry) reflect.Value { return reflect.ValueOf(e).Elem() },
		func(e *JournalEntry) reflect.Value { return reflect.ValueOf(e.Fund).Elem() },
		func(e *JournalEntry) reflect.Value { return reflect.ValueOf(e.Donation).Elem() },
		func(e *JournalEntry) reflect.Value { return reflect.ValueOf(e.Income).Elem() },
		func(e *JournalEntry) reflect.Value { return reflect.ValueOf(e.Expense).Elem() },
		func(e *JournalEntry) reflect.Value { return reflect.ValueOf(e.Release).Elem() },
		func(e *JournalEntry) reflect.Value { return reflect.ValueOf(e.Refund).Elem() },
		func(e *JournalEntry) reflect.Value { return reflect.ValueOf(e.Pledge).Elem() },
		func(e *JournalEntry) reflect.Value { return reflect.ValueOf(&e.Parts[0]).Elem() },
	} {
		typ := target(&base).Type()
		for i := range typ.NumField() {
			name := typ.Field(i).Name
			if name == "Digest" {
				continue
			}
			c := clone()
			f := target(&c).Field(i)
			switch f.Kind() {
			case reflect.String:
				f.SetString("x")
			case reflect.Bool:
				f.SetBool(true)
			case reflect.Int:
				f.SetInt(3)
			case reflect.Uint8:
				f.SetUint(f.Uint() + 1)
			case reflect.Pointer, reflect.Slice:
				f.Set(reflect.Zero(f.Type()))
			case reflect.Struct:
				switch v := f.Addr().Interface().(type) {
				case *decimal.Decimal:
					*v = decimal.New(1, 0)
				case *socialorg.Date:
					*v = socialorg.MustDate("2025-01-01")
				default:
					t.Fatalf("%s.%s: a field of a kind the test does not change", typ, name)
				}
			default:
				t.Fatalf("%s.%s: a field of a kind the test does not change", typ, name)
			}
			require.False(t, sameEntry(&base, &c), "%s.%s is not compared", typ, name)
		}
	}
}
