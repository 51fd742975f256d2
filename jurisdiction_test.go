package socialorg_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
)

// A book of the tests' own, with a parameter that has a national value, a Guangzhou value from
// 2020 and a Liwan value from 2022, and a suppliable one with no value anywhere.
var (
	jbook  = socialorg.NewBook("jtest")
	citeN  = socialorg.Citation{Document: "national measures", Article: "Art 1"}
	citeGZ = socialorg.Citation{Document: "Guangzhou measures", Article: "Art 2"}
	citeLW = socialorg.Citation{Document: "Liwan notice"}
	jcap   = socialorg.MustParam(jbook, socialorg.ParamSpec[int]{ID: "jtest.cap", Unit: "yuan",
		Title: socialorg.Text{Hans: "上限", Hant: "上限", En: "cap"},
		Check: func(n int) error {
			if n < 0 {
				return socialorg.Invalid("value", n, "≥ 0")
			}
			return nil
		},
		Values: []socialorg.Dated[int]{{From: socialorg.MustDate("2010-01-01"), Value: 100, Cite: citeN}}})
	_     = socialorg.MustLocal(jcap, "440100", socialorg.Dated[int]{From: socialorg.MustDate("2020-01-01"), Value: 500, Cite: citeGZ})
	_     = socialorg.MustLocal(jcap, "440103", socialorg.Dated[int]{From: socialorg.MustDate("2022-01-01"), Until: socialorg.MustDate("2023-12-31"), Value: 300, Cite: citeLW})
	jopen = socialorg.MustParam(jbook, socialorg.ParamSpec[int]{ID: "jtest.open", Unit: "count", Suppliable: true,
		Title: socialorg.Text{Hans: "开放", Hant: "開放", En: "open"}})
)

func TestLookupJurisdiction(t *testing.T) {
	lw, ok := socialorg.LookupJurisdiction("440103")
	require.True(t, ok)
	require.Equal(t, "440103", lw.Code())
	require.Equal(t, "荔湾区", lw.Name().Hans)
	require.Equal(t, "荔灣區", lw.Name().Hant)
	require.Equal(t, socialorg.LevelDistrict, lw.Level())
	var chain []string
	for j, ok := lw, true; ok; j, ok = j.Parent() {
		chain = append(chain, j.Code())
	}
	require.Equal(t, []string{"440103", "440100", "440000", "100000"}, chain)
	require.True(t, lw.Within("440100"))
	require.True(t, lw.Within(socialorg.NationCode))
	require.False(t, lw.Within("440300"))

	_, ok = socialorg.LookupJurisdiction("445102")
	require.False(t, ok, "a division the library does not declare")
	fc, _ := socialorg.LookupJurisdiction("440107")
	on, succ := fc.Abolished()
	require.Equal(t, "2005-04-28", on.String())
	require.Equal(t, "440103", succ)
	require.False(t, fc.Current())

	js := socialorg.Jurisdictions()
	for i, j := range js {
		require.True(t, socialorg.IsDivisionCode(j.Code()), j.Code())
		require.NotEmpty(t, j.Name().Hans+j.Name().Hant+j.Name().En)
		require.False(t, j.Cite().IsZero(), j.Code())
		if i > 0 {
			require.Less(t, js[i-1].Code(), j.Code(), "sorted by code")
		}
		if p, ok := j.Parent(); ok {
			_, declared := socialorg.LookupJurisdiction(p.Code())
			require.True(t, declared, "the parent of %s is declared", j.Code())
		}
	}
}

// TestResolveByPlace: a parameter resolves in the place's jurisdiction, falling back to the
// parent and the nation, at the date judged, on both sides of every regime change.
func TestResolveByPlace(t *testing.T) {
	for _, tc := range []struct {
		place, date string
		want        int
		cite        socialorg.Citation
		from        string
	}{
		{"440103", "2019-12-31", 100, citeN, socialorg.NationCode},
		{"440103", "2020-01-01", 500, citeGZ, "440100"},
		{"440103", "2021-12-31", 500, citeGZ, "440100"},
		{"440103", "2022-01-01", 300, citeLW, "440103"},
		{"440103", "2023-12-31", 300, citeLW, "440103"},
		{"440103", "2024-01-01", 500, citeGZ, "440100"}, // Liwan's regime ended: Guangzhou's again
		{"440104", "2022-06-01", 500, citeGZ, "440100"}, // Yuexiu has none of its own
		{"440300", "2022-06-01", 100, citeN, socialorg.NationCode},
		{"445102", "2022-06-01", 100, citeN, socialorg.NationCode}, // undeclared: by its code's structure
	} {
		c := socialorg.NewChecker("s", socialorg.MustDate(tc.date), socialorg.In(tc.place))
		v, cite, ok := jcap.Read(&c)
		require.True(t, ok, "%s %s", tc.place, tc.date)
		require.Equal(t, tc.want, v, "%s %s", tc.place, tc.date)
		require.Equal(t, tc.cite, cite)
		r, err := socialorg.Resolve(jbook, "jtest.cap", socialorg.MustDate(tc.date), socialorg.In(tc.place))
		require.NoError(t, err)
		require.Equal(t, tc.want, r.Value)
		require.Equal(t, tc.from, r.Jurisdiction)
		require.Equal(t, tc.place, r.Place)
	}
	// Without In, the place is the library's home, Guangzhou.
	c := socialorg.NewChecker("s", socialorg.MustDate("2022-06-01"))
	v, _, _ := jcap.Read(&c)
	require.Equal(t, 500, v)
	require.Equal(t, socialorg.HomeCode, c.Place())
	// The input's place wins over the options'.
	c = socialorg.NewChecker("s", socialorg.MustDate("2022-06-01"), socialorg.In("440300"))
	require.NoError(t, c.SetPlace("organization.division", "440103"))
	v, _, _ = jcap.Read(&c)
	require.Equal(t, 300, v)
	require.Error(t, c.SetPlace("organization.division", "44010"))
	require.ErrorIs(t, c.Err(), socialorg.ErrInvalidInput)
	// A supplied value wins over every jurisdiction... for a suppliable parameter only.
	c = socialorg.NewChecker("s", socialorg.MustDate("2022-06-01"), socialorg.In("440103"),
		socialorg.Supply(jcap.Key(), 7, socialorg.Citation{Document: "mine"}))
	_, _, ok := jcap.Read(&c)
	require.False(t, ok)
	require.ErrorIs(t, c.Err(), socialorg.ErrInvalidInput)
	// A bad place is an error of its own.
	c = socialorg.NewChecker("s", socialorg.MustDate("2022-06-01"), socialorg.In("Liwan"))
	require.ErrorContains(t, c.Err(), "options.in")
	_, err := socialorg.Resolve(jbook, "jtest.nope", socialorg.MustDate("2022-06-01"))
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
	_, err = socialorg.Resolve(jbook, "jtest.open", socialorg.MustDate("2022-06-01"))
	require.ErrorIs(t, err, socialorg.ErrNotSupplied)
	_, err = socialorg.Resolve(jbook, "jtest.cap", socialorg.MustDate("2009-12-31"))
	require.ErrorIs(t, err, socialorg.ErrNotInForce)
	_, err = socialorg.Resolve(jbook, "jtest.cap", socialorg.Date{})
	require.ErrorIs(t, err, socialorg.ErrNotInForce)
}

// TestReadOptional: a parameter that holds only where a jurisdiction sets it reads as absent
// elsewhere, without an error; Read records the error.
func TestReadOptional(t *testing.T) {
	p, err := socialorg.NewParam(socialorg.ParamSpec[int]{ID: "jtest.local-only", Unit: "days", Local: true})
	require.NoError(t, err)
	c := socialorg.NewChecker("s", socialorg.MustDate("2022-01-01"), socialorg.In("440300"))
	_, _, ok := p.ReadOptional(&c)
	require.False(t, ok)
	require.NoError(t, c.Err())
	_, _, ok = p.Read(&c)
	require.False(t, ok)
	require.ErrorIs(t, c.Err(), socialorg.ErrNotInForce)
	require.Contains(t, c.Err().Error(), "440300")
	_, _, ok = jcap.ReadOptional(&c)
	require.True(t, ok)
}

// TestCallerJurisdiction: a jurisdiction defined here, in a test file only, as data: a new place
// with its own value, and a declared place with a value of the caller's, both resolved by the
// same path as the library's own, with no change to any check.
func TestCallerJurisdiction(t *testing.T) {
	yunfu, err := socialorg.ParseJurisdiction([]byte(`{
		"code": "445300", "name": {"zh_hans": "云浮市", "zh_hant": "雲浮市", "en": "Yunfu"},
		"parameters": [{"id": "jtest.cap", "values": [{"from": "2021-01-01", "value": 250, "cite": {"document": "Yunfu notice"}}]},
		               {"id": "jtest.open", "values": [{"from": "2021-01-01", "value": 3, "cite": {"document": "Yunfu notice"}}]}]}`))
	require.NoError(t, err)
	require.Equal(t, "440000", yunfu.ParentCode(), "derived from the code")
	require.Equal(t, socialorg.LevelCity, yunfu.Level())
	liwan, err := socialorg.NewJurisdiction(socialorg.JurisdictionSpec{Code: "440103",
		Parameters: []socialorg.ParamOverrides{socialorg.Override("jtest.cap",
			socialorg.Dated[int]{From: socialorg.MustDate("2024-01-01"), Value: 320, Cite: socialorg.Citation{Document: "caller's source"}})}})
	require.NoError(t, err)
	require.Equal(t, "荔湾区", liwan.Name().Hans, "a declared place keeps its name")

	read := func(place, date string) (int, socialorg.Citation) {
		c := socialorg.NewChecker("s", socialorg.MustDate(date), socialorg.In(place), socialorg.WithJurisdictions(yunfu, liwan))
		v, cite, ok := jcap.Read(&c)
		require.True(t, ok)
		require.NoError(t, c.Err())
		return v, cite
	}
	v, cite := read("445300", "2021-01-01")
	require.Equal(t, 250, v)
	require.Equal(t, "Yunfu notice", cite.Document)
	v, _ = read("445300", "2020-12-31")
	require.Equal(t, 100, v, "before Yunfu's regime: Guangdong's, then the nation's")
	v, _ = read("445302", "2021-06-01")
	require.Equal(t, 250, v, "a district of Yunfu inherits its value")
	v, _ = read("440103", "2023-06-01")
	require.Equal(t, 300, v, "the library's Liwan value, where the caller's is not in force")
	v, cite = read("440103", "2024-01-01")
	require.Equal(t, 320, v)
	require.Equal(t, "caller's source", cite.Document)

	// JSON round trip.
	b, err := json.Marshal(yunfu)
	require.NoError(t, err)
	var back socialorg.Jurisdiction
	require.NoError(t, json.Unmarshal(b, &back))
	require.True(t, back.Equal(yunfu), cmp.Diff(yunfu.Spec(), back.Spec()))
	require.Equal(t, yunfu.Overrides(), back.Overrides())
}

// TestJurisdictionErrors: a bad value, an unknown ID, overlapping dates, a misspelled key, a bad
// code are each refused with the field named.
func TestJurisdictionErrors(t *testing.T) {
	for name, tc := range map[string]struct{ json, field string }{
		"bad code":      {`{"code": "4453", "name": {"zh_hans": "x", "zh_hant": "x", "en": "x"}}`, "code"},
		"no name":       {`{"code": "445300"}`, "name"},
		"unknown id":    {`{"code": "440103", "parameters": [{"id": "jtest.nope", "values": []}]}`, "parameters[0].id"},
		"twice":         {`{"code": "440103", "parameters": [{"id": "jtest.cap", "values": [{"from": "2021-01-01", "value": 1, "cite": {"document": "d"}}]}, {"id": "jtest.cap", "values": []}]}`, "parameters[1].id"},
		"wrong type":    {`{"code": "440103", "parameters": [{"id": "jtest.cap", "values": [{"from": "2021-01-01", "value": "many", "cite": {"document": "d"}}]}]}`, "parameters[0].values[0].value"},
		"failing check": {`{"code": "440103", "parameters": [{"id": "jtest.cap", "values": [{"from": "2021-01-01", "value": -5, "cite": {"document": "d"}}]}]}`, "parameters[0].values[0].value"},
		"no cite":       {`{"code": "440103", "parameters": [{"id": "jtest.cap", "values": [{"from": "2021-01-01", "value": 5}]}]}`, "parameters[0].values[0].cite"},
		"overlap": {`{"code": "440103", "parameters": [{"id": "jtest.cap", "values": [
			{"from": "2021-01-01", "until": "2022-06-30", "value": 5, "cite": {"document": "d"}},
			{"from": "2022-01-01", "value": 6, "cite": {"document": "d"}}]}]}`, "parameters[0].values[1].from"},
		"misspelled key": {`{"code": "440103", "parmeters": []}`, "parmeters"},
		"misspelled in a value": {`{"code": "440103", "parameters": [{"id": "jtest.cap", "values": [{"form": "2021-01-01", "value": 5, "cite": {"document": "d"}}]}]}`,
			"parameters[0].values[0].form"},
		"parent is itself": {`{"code": "445300", "parent": "445300", "name": {"zh_hans": "x", "zh_hant": "x", "en": "x"}}`, "parent"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := socialorg.ParseJurisdiction([]byte(tc.json))
			require.ErrorIs(t, err, socialorg.ErrInvalidInput)
			require.Contains(t, err.Error(), "invalid "+tc.field, "%v", err)
			require.Less(t, len(err.Error()), 1000)
		})
	}
	// A loop of parents (a caller's jurisdictions pointing at each other) does not hang a check.
	a, err := socialorg.NewJurisdiction(socialorg.JurisdictionSpec{Code: "445300", Parent: "445301", Name: socialorg.Text{Hans: "a", Hant: "a", En: "a"}})
	require.NoError(t, err)
	b, err := socialorg.NewJurisdiction(socialorg.JurisdictionSpec{Code: "445301", Parent: "445300", Name: socialorg.Text{Hans: "b", Hant: "b", En: "b"}})
	require.NoError(t, err)
	c := socialorg.NewChecker("s", socialorg.MustDate("2022-01-01"), socialorg.In("445301"), socialorg.WithJurisdictions(a, b))
	v, _, ok := jcap.Read(&c)
	require.True(t, ok)
	require.Equal(t, 100, v, "a loop is cut; the nation's value still holds")
}

// TestParamExportsJurisdictions: a parameter's JSON carries its local values typed, and reads
// back.
func TestParamExportsJurisdictions(t *testing.T) {
	b, err := json.Marshal(jcap)
	require.NoError(t, err)
	require.Contains(t, string(b), `"jurisdictions":{"440100":[{"from":"2020-01-01","value":500`)
	var back socialorg.Param[int]
	require.NoError(t, json.Unmarshal(b, &back))
	require.Equal(t, jcap.Local(), back.Local())
	require.Equal(t, jcap.LocalEntries(), back.LocalEntries())
	require.Error(t, json.Unmarshal([]byte(`{"id":"jtest.x","values":[],"suppliable":true,"jurisdictions":{"x":[]}}`), &back))
	l := jcap.Listing()
	require.Len(t, l.Jurisdictions, 2)
	require.Equal(t, "300", l.Jurisdictions["440103"][0].Value)
}

// TestRevisionsByJurisdiction: a change of a jurisdiction's value between two dates is a
// revision of its own; no change is an empty list, never null.
func TestRevisionsByJurisdiction(t *testing.T) {
	ps := []socialorg.Parameter{jcap}
	rs := socialorg.Revisions(socialorg.MustDate("2021-06-01"), socialorg.MustDate("2022-06-01"), ps, nil)
	require.Len(t, rs, 1)
	require.Equal(t, "440103", rs[0].Jurisdiction)
	require.Nil(t, rs[0].Before)
	require.Equal(t, "300", rs[0].After.Value)
	none := socialorg.Revisions(socialorg.MustDate("2022-06-01"), socialorg.MustDate("2022-07-01"), ps, nil)
	b, err := json.Marshal(none)
	require.NoError(t, err)
	require.Equal(t, "[]", string(b))
}
