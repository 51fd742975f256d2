package socialorg_test

import (
	"errors"
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
	p, err := socialorg.NewParam("test.pf.min-years",
		// given out of order on purpose: NewParam sorts
		socialorg.Dated[int]{From: socialorg.MustDate("2024-09-05"), Value: 1, Cite: law2023},
		socialorg.Dated[int]{From: socialorg.MustDate("2016-09-01"), Value: 2, Cite: law2016},
	)
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

func TestParamZeroDateIsNotInForce(t *testing.T) {
	_, _, err := waitParam(t).At(socialorg.Date{})
	require.ErrorIs(t, err, socialorg.ErrNotInForce)
	require.Contains(t, err.Error(), "unknown")

	var zero socialorg.Param[int]
	_, _, err = zero.At(socialorg.MustDate("2024-01-01"))
	require.ErrorIs(t, err, socialorg.ErrNotInForce)
}

func TestNewParamRejectsMalformedTables(t *testing.T) {
	d := socialorg.MustDate("2020-01-01")
	tests := map[string]struct {
		id string
		vs []socialorg.Dated[int]
	}{
		"empty id":        {"", []socialorg.Dated[int]{{From: d, Value: 1, Cite: law2016}}},
		"no regime":       {"x", nil},
		"no citation":     {"x", []socialorg.Dated[int]{{From: d, Value: 1}}},
		"article only":    {"x", []socialorg.Dated[int]{{From: d, Value: 1, Cite: socialorg.Citation{Article: "第一条"}}}},
		"zero From":       {"x", []socialorg.Dated[int]{{Value: 1, Cite: law2016}}},
		"same From twice": {"x", []socialorg.Dated[int]{{From: d, Value: 1, Cite: law2016}, {From: d, Value: 2, Cite: law2023}}},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := socialorg.NewParam(tc.id, tc.vs...)
			require.ErrorIs(t, err, socialorg.ErrInvalidInput)
			require.Panics(t, func() { socialorg.MustParam(tc.id, tc.vs...) })
		})
	}
}

func TestParamIsImmutable(t *testing.T) {
	vs := []socialorg.Dated[int]{{From: socialorg.MustDate("2020-01-01"), Value: 1, Cite: law2016}}
	p := socialorg.MustParam("x", vs...)
	vs[0].Value = 99 // the caller's slice was copied
	got := p.Values()
	require.Equal(t, 1, got[0].Value)
	got[0].Value = 42 // and so are the values handed out
	v, _, err := p.At(socialorg.MustDate("2021-01-01"))
	require.NoError(t, err)
	require.Equal(t, 1, v)
}

func TestParamEntries(t *testing.T) {
	var p socialorg.Parameter = waitParam(t)
	require.Equal(t, "test.pf.min-years", p.ID())
	require.Equal(t, []socialorg.Entry{
		{From: socialorg.MustDate("2016-09-01"), Value: "2", Cite: law2016},
		{From: socialorg.MustDate("2024-09-05"), Value: "1", Cite: law2023},
	}, p.Entries())
}

func TestLookupKeepsNote(t *testing.T) {
	p := socialorg.MustParam("x", socialorg.Dated[int]{From: socialorg.MustDate("2020-01-01"), Value: 7, Cite: law2016, Note: "single source"})
	v, err := p.Lookup(socialorg.MustDate("2020-01-01"))
	require.NoError(t, err)
	require.Equal(t, "single source", v.Note)
	require.Equal(t, 7, v.Value)
}
