package socialorg_test

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
)

var (
	law2016 = socialorg.Citation{Document: "《中华人民共和国慈善法》", Article: "第二十二条"}
	law2023 = socialorg.Citation{Document: "《中华人民共和国慈善法》（2023年修正）", Article: "第二十二条"}
)

func waitParam(t *testing.T) socialorg.Param[int] {
	t.Helper()
	p, err := socialorg.NewParam(socialorg.ParamSpec[int]{ID: "test.pf.min-years", Unit: "years",
		Values: []socialorg.Dated[int]{
			// given out of order on purpose: NewParam sorts
			{From: socialorg.MustDate("2024-09-05"), Value: 1, Cite: law2023},
			{From: socialorg.MustDate("2016-09-01"), Until: socialorg.MustDate("2024-09-04"), Value: 2, Cite: law2016},
		}})
	require.NoError(t, err)
	return p
}

func TestParamAtRegimeBoundaries(t *testing.T) {
	p := waitParam(t)
	tests := []struct {
		date string
		want int
		cite socialorg.Citation
		err  bool
	}{
		{"2016-08-31", 0, socialorg.Citation{}, true}, // the day before the first regime
		{"2016-09-01", 2, law2016, false},
		{"2024-09-04", 2, law2016, false}, // the day before the amendment
		{"2024-09-05", 1, law2023, false},
		{"2026-11-27", 1, law2023, false},
	}
	for _, tc := range tests {
		t.Run(tc.date, func(t *testing.T) {
			v, cite, err := p.At(socialorg.MustDate(tc.date))
			if tc.err {
				require.ErrorIs(t, err, socialorg.ErrNotInForce)
				var nif *socialorg.NotInForceError
				require.True(t, errors.As(err, &nif))
				require.Equal(t, "test.pf.min-years", nif.Param)
				require.Equal(t, socialorg.MustDate("2016-09-01"), nif.First)
				require.Contains(t, err.Error(), "2016-09-01")
				return
			}
			require.NoError(t, err)
			require.Equal(t, tc.want, v)
			require.Equal(t, tc.cite, cite)
		})
	}
}

// TestRegimeEnds: a regime with an end date is not in force after it, and an earlier open regime
// does not come back when a later one ends.
func TestRegimeEnds(t *testing.T) {
	p, err := socialorg.NewParam(socialorg.ParamSpec[int]{ID: "test.target", Values: []socialorg.Dated[int]{
		{From: socialorg.MustDate("2012-01-01"), Value: 1, Cite: law2016},
		{From: socialorg.MustDate("2018-01-08"), Until: socialorg.MustDate("2020-12-31"), Value: 10, Cite: law2023},
	}})
	require.NoError(t, err)
	for date, want := range map[string]int{"2017-12-31": 1, "2018-01-08": 10, "2020-12-31": 10} {
		v, _, err := p.At(socialorg.MustDate(date))
		require.NoError(t, err, date)
		require.Equal(t, want, v, date)
	}
	_, err = p.Lookup(socialorg.MustDate("2021-01-01"))
	require.ErrorIs(t, err, socialorg.ErrNotInForce)
	require.Contains(t, err.Error(), "2020-12-31")
	require.False(t, p.InForce(socialorg.MustDate("2021-01-01")))
}

func TestParamZeroDateIsNotInForce(t *testing.T) {
	_, _, err := waitParam(t).At(socialorg.Date{})
	require.ErrorIs(t, err, socialorg.ErrNotInForce)
	require.Contains(t, err.Error(), "unknown")

	var zero socialorg.Param[int]
	_, _, err = zero.At(socialorg.MustDate("2024-01-01"))
	require.ErrorIs(t, err, socialorg.ErrNotInForce)
	require.Equal(t, "", zero.ID())
}

func TestNewParamRejectsMalformedTables(t *testing.T) {
	d := socialorg.MustDate("2020-01-01")
	tests := map[string]socialorg.ParamSpec[int]{
		"empty id":             {ID: "", Values: []socialorg.Dated[int]{{From: d, Value: 1, Cite: law2016}}},
		"id not dotted":        {ID: "x", Values: []socialorg.Dated[int]{{From: d, Value: 1, Cite: law2016}}},
		"no regime":            {ID: "test.x"},
		"no citation":          {ID: "test.x", Values: []socialorg.Dated[int]{{From: d, Value: 1}}},
		"article only":         {ID: "test.x", Values: []socialorg.Dated[int]{{From: d, Value: 1, Cite: socialorg.Citation{Article: "第一条"}}}},
		"zero From":            {ID: "test.x", Values: []socialorg.Dated[int]{{Value: 1, Cite: law2016}}},
		"same From twice":      {ID: "test.x", Values: []socialorg.Dated[int]{{From: d, Value: 1, Cite: law2016}, {From: d, Value: 2, Cite: law2023}}},
		"ends before it began": {ID: "test.x", Values: []socialorg.Dated[int]{{From: d, Until: d.AddDays(-1), Value: 1, Cite: law2016}}},
		"overlap":              {ID: "test.x", Values: []socialorg.Dated[int]{{From: d, Until: d.AddDays(10), Value: 1, Cite: law2016}, {From: d.AddDays(5), Value: 2, Cite: law2023}}},
	}
	for name, spec := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := socialorg.NewParam(spec)
			require.ErrorIs(t, err, socialorg.ErrInvalidInput)
			b := socialorg.NewBook("test")
			require.Panics(t, func() { socialorg.MustParam(b, spec) })
		})
	}
	// A suppliable parameter may have no value of its own.
	_, err := socialorg.NewParam(socialorg.ParamSpec[int]{ID: "test.x", Suppliable: true})
	require.NoError(t, err)
	// A declared parameter needs a title and a unit, and its book's prefix.
	b := socialorg.NewBook("test")
	ok := socialorg.ParamSpec[int]{ID: "test.x", Unit: "members", Title: socialorg.Text{Hans: "甲", Hant: "甲", En: "a"},
		Values: []socialorg.Dated[int]{{From: d, Value: 1, Cite: law2016}}}
	require.NotPanics(t, func() { socialorg.MustParam(b, ok) })
	require.Panics(t, func() { socialorg.MustParam(b, ok) }, "an ID twice in one book")
	other := ok
	other.ID = "other.x"
	require.Panics(t, func() { socialorg.MustParam(b, other) })
	noUnit := ok
	noUnit.ID, noUnit.Unit = "test.y", ""
	require.Panics(t, func() { socialorg.MustParam(b, noUnit) })
	require.Len(t, b.Parameters(), 1)
}

type table []int

func (t table) Clone() table { return slices.Clone(t) }

// TestParamIsImmutable: neither the caller's slice nor the values handed out share memory with
// the parameter, even for values that hold references (a table).
func TestParamIsImmutable(t *testing.T) {
	vs := []socialorg.Dated[table]{{From: socialorg.MustDate("2020-01-01"), Value: table{1, 2}, Cite: law2016}}
	p, err := socialorg.NewParam(socialorg.ParamSpec[table]{ID: "test.table", Values: vs})
	require.NoError(t, err)
	vs[0].From = socialorg.MustDate("1999-01-01") // the caller's slice was copied
	got := p.Values()
	got[0].Value[0] = 99 // and so are the values handed out, deeply
	v, _, err := p.At(socialorg.MustDate("2021-01-01"))
	require.NoError(t, err)
	require.Equal(t, table{1, 2}, v)
	v[1] = 42
	d, err := p.Lookup(socialorg.MustDate("2021-01-01"))
	require.NoError(t, err)
	require.Equal(t, table{1, 2}, d.Value)
}

func TestParamEntriesAndListing(t *testing.T) {
	var p socialorg.Parameter = waitParam(t)
	require.Equal(t, "test.pf.min-years", p.ID())
	require.Equal(t, "years", p.Unit())
	require.Equal(t, []socialorg.Entry{
		{From: socialorg.MustDate("2016-09-01"), Until: socialorg.MustDate("2024-09-04"), Value: "2", Cite: law2016},
		{From: socialorg.MustDate("2024-09-05"), Value: "1", Cite: law2023},
	}, p.Entries())
	// The listing shows values as text.
	b, err := json.Marshal([]socialorg.Listing{p.Listing()})
	require.NoError(t, err)
	require.JSONEq(t, `[{"id":"test.pf.min-years","title":{"zh_hans":"","zh_hant":"","en":""},"unit":"years","regimes":[
		{"from":"2016-09-01","until":"2024-09-04","value":"2","cite":{"document":"《中华人民共和国慈善法》","article":"第二十二条"}},
		{"from":"2024-09-05","value":"1","cite":{"document":"《中华人民共和国慈善法》（2023年修正）","article":"第二十二条"}}]}]`, string(b))
	// The parameter exports its values typed: the schema a caller's jurisdiction reads.
	b, err = json.Marshal([]socialorg.Parameter{p})
	require.NoError(t, err)
	require.JSONEq(t, `[{"id":"test.pf.min-years","title":{"zh_hans":"","zh_hant":"","en":""},"unit":"years","values":[
		{"from":"2016-09-01","until":"2024-09-04","value":2,"cite":{"document":"《中华人民共和国慈善法》","article":"第二十二条"}},
		{"from":"2024-09-05","value":1,"cite":{"document":"《中华人民共和国慈善法》（2023年修正）","article":"第二十二条"}}]}]`, string(b))
}

func TestParamJSONRoundTrip(t *testing.T) {
	p := waitParam(t)
	b, err := json.Marshal(p)
	require.NoError(t, err)
	var back socialorg.Param[int]
	require.NoError(t, json.Unmarshal(b, &back))
	require.Equal(t, p.ID(), back.ID())
	require.Equal(t, p.Values(), back.Values())
	require.Error(t, json.Unmarshal([]byte(`{"id":"test.x","values":[{"from":"2020-01-01","value":1}]}`), &back), "a regime without a citation")
}

func TestLookupKeepsNote(t *testing.T) {
	p, err := socialorg.NewParam(socialorg.ParamSpec[int]{ID: "test.x", Values: []socialorg.Dated[int]{
		{From: socialorg.MustDate("2020-01-01"), Value: 7, Cite: law2016, Note: "single source"}}})
	require.NoError(t, err)
	v, err := p.Lookup(socialorg.MustDate("2020-01-01"))
	require.NoError(t, err)
	require.Equal(t, "single source", v.Note)
	require.Equal(t, 7, v.Value)
}

// TestSupplyAndRead: a supplied value wins, carries the caller's citation marked as supplied,
// shows in the listing, and is checked when read; a missing citation or a bad value is an error
// naming the key.
func TestSupplyAndRead(t *testing.T) {
	positive := func(n int) error {
		if n < 1 {
			return errors.New("must be ≥ 1")
		}
		return nil
	}
	p, err := socialorg.NewParam(socialorg.ParamSpec[int]{ID: "test.target", Suppliable: true, Check: positive,
		Values: []socialorg.Dated[int]{{From: socialorg.MustDate("2018-01-08"), Until: socialorg.MustDate("2020-12-31"), Value: 10, Cite: law2016}}})
	require.NoError(t, err)
	ours := socialorg.Citation{Document: "our plan"}
	in2019, in2025 := socialorg.MustDate("2019-06-01"), socialorg.MustDate("2025-06-01")

	c := socialorg.NewChecker("s", in2019)
	v, cite, ok := p.Read(&c)
	require.True(t, ok)
	require.Equal(t, 10, v)
	require.Equal(t, law2016, cite)

	c = socialorg.NewChecker("s", in2025)
	_, _, ok = p.Read(&c)
	require.False(t, ok, "not in force and not supplied: unset")
	require.NoError(t, c.Err(), "a suppliable parameter without a value is not an error")

	c = socialorg.NewChecker("s", in2025, nil, socialorg.Options{nil, socialorg.Supply(p.Key(), 12, ours)})
	v, cite, ok = p.Read(&c)
	require.True(t, ok)
	require.Equal(t, 12, v)
	require.True(t, cite.Supplied)
	require.Equal(t, "our plan", cite.Document)

	c = socialorg.NewChecker("s", in2019, socialorg.Supply(p.Key(), 0, ours))
	_, _, ok = p.Read(&c)
	require.False(t, ok)
	require.ErrorIs(t, c.Err(), socialorg.ErrInvalidInput)
	require.Contains(t, c.Err().Error(), "supply.test.target")

	c = socialorg.NewChecker("s", in2019, socialorg.Supply(p.Key(), 12, socialorg.Citation{}))
	_, _, ok = p.Read(&c)
	require.False(t, ok)
	require.Contains(t, c.Err().Error(), "needs its source")

	l := p.Listing(socialorg.Supply(p.Key(), 12, ours))
	require.NotNil(t, l.Supplied)
	require.Equal(t, "12", l.Supplied.Value)
	require.True(t, l.Supplied.Cite.Supplied)
	require.Nil(t, p.Listing().Supplied)
	require.True(t, socialorg.Supplied(p.Key(), socialorg.Supply(p.Key(), 12, ours)))

	// A parameter that is not suppliable refuses a supplied value.
	fixed := waitParam(t)
	c = socialorg.NewChecker("s", in2025, socialorg.Supply(fixed.Key(), 5, ours))
	_, _, ok = fixed.Read(&c)
	require.False(t, ok)
	require.ErrorIs(t, c.Err(), socialorg.ErrInvalidInput)
}

func TestLookupParamAndRevisions(t *testing.T) {
	p := waitParam(t)
	ps := []socialorg.Parameter{p}
	got, ok := socialorg.LookupParam[int](ps, "test.pf.min-years")
	require.True(t, ok)
	require.Equal(t, p.Values(), got.Values())
	_, ok = socialorg.LookupParam[string](ps, "test.pf.min-years")
	require.False(t, ok, "the wrong value type")
	_, ok = socialorg.LookupParam[int](ps, "test.nope")
	require.False(t, ok)

	revs := socialorg.Revisions(socialorg.MustDate("2024-01-01"), socialorg.MustDate("2025-01-01"), ps, []socialorg.Rule{*rulePlan})
	require.Len(t, revs, 2)
	require.Equal(t, "test.pf.min-years", revs[0].ID)
	require.Equal(t, "2", revs[0].Before.Value)
	require.Equal(t, "1", revs[0].After.Value)
	require.Equal(t, "test.plan", revs[1].ID)
	require.Empty(t, socialorg.Revisions(socialorg.MustDate("2025-01-01"), socialorg.MustDate("2026-01-01"), ps, nil))
	revs = socialorg.Revisions(socialorg.MustDate("2010-01-01"), socialorg.MustDate("2017-01-01"), ps, nil)
	require.Len(t, revs, 1)
	require.Nil(t, revs[0].Before)
}

// TestParamOfSliceSharesNothing: a Param of a slice or map type copies the caller's value when it
// is built and every value it hands out (issue 18: a caller's Param[[]T] shared its slice).
func TestParamOfSliceSharesNothing(t *testing.T) {
	from := socialorg.MustDate("2020-01-01")
	list := []string{"elderly", "disabled"}
	p, err := socialorg.NewParam(socialorg.ParamSpec[[]string]{ID: "test.categories", Unit: "list",
		Values: []socialorg.Dated[[]string]{{From: from, Value: list, Cite: law2016}}})
	require.NoError(t, err)
	list[0] = "changed by the caller"
	got, _, err := p.At(from)
	require.NoError(t, err)
	require.Equal(t, []string{"elderly", "disabled"}, got)
	got[1] = "changed by a reader"
	again, _, _ := p.At(from)
	require.Equal(t, []string{"elderly", "disabled"}, again)
	vs := p.Values()
	vs[0].Value[0] = "changed through Values"
	again, _, _ = p.At(from)
	require.Equal(t, []string{"elderly", "disabled"}, again)

	m := map[string]int{"a": 1}
	q, err := socialorg.NewParam(socialorg.ParamSpec[map[string]int]{ID: "test.map", Unit: "table",
		Values: []socialorg.Dated[map[string]int]{{From: from, Value: m, Cite: law2016}}})
	require.NoError(t, err)
	m["a"] = 2
	gm, _, _ := q.At(from)
	require.Equal(t, map[string]int{"a": 1}, gm)
}
