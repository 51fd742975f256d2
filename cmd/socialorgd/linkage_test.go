package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/venture/linkage"
)

// distanceBody is one need in community C1 (subdistrict S1) and one resource based in C2, served
// across subdistricts when the setting maps C2 to S2; the setting's value is given as is.
func distanceBody(set string) []byte {
	body := `{"as_of": "2025-06-01", "input": {
		"needs": [{"id": "N1", "community": "C1", "kind": "volunteer-hours", "quantity": 10, "value": 50}],
		"resources": [{"id": "R1", "party": "volunteer", "kind": "volunteer-hours", "quantity": 10, "unit_cost": 5, "home": "C2"}]}`
	if set != "" {
		body += `, "options": {"set": {"linkage.cross-subdistrict-cost": ` + set + `}}`
	}
	return []byte(body + `}`)
}

// The cost of serving across subdistricts is a setting given as options data
// (options.set["linkage.cross-subdistrict-cost"], a linkage.DistanceCost, its cost per unit in fen
// or in yuan): the plan and summary are the library's with linkage.CrossSubdistrictCost, the
// summary reading the plan with the same option (it refused the plan's margins without it: every
// request with a distance cost was a 400 naming input.plan.assignments[0].margin).
func TestLinkageDistanceCost(t *testing.T) {
	s := newTestService(t, testConfig())
	subs := map[string]string{"C1": "S1", "C2": "S2"}
	library := func(t *testing.T, perUnit int64) (linkage.Plan, linkage.Summary) {
		var req Request[MatchInput]
		require.NoError(t, json.Unmarshal(distanceBody(""), &req))
		opt := linkage.CrossSubdistrictCost(perUnit, subs)
		plan, err := linkage.MatchWith(req.Input.Needs, req.Input.Resources, opt)
		require.NoError(t, err)
		sum, err := linkage.Summarize(req.Input.Needs, req.Input.Resources, plan, opt)
		require.NoError(t, err)
		return plan, sum
	}
	type answer struct {
		Report socialorg.LocalizedReport `json:"report"`
		Result struct {
			Plan    linkage.Plan    `json:"plan"`
			Summary linkage.Summary `json:"summary"`
		} `json:"result"`
	}
	match := func(t *testing.T, set string) answer {
		s.t = t
		a := s.post("/v1/linkage/match", distanceBody(set), nil, true)
		require.Equal(t, http.StatusOK, a.status, "%.800s", a.body)
		var got answer
		require.NoError(t, json.Unmarshal(a.body, &got))
		return got
	}
	for _, tc := range []struct {
		name, set string
		perUnit   int64
		served    int64 // units of N1 served
		margin    int64
	}{
		{"in fen", `{"per_unit": 3, "subdistricts": {"C1": "S1", "C2": "S2"}}`, 3, 10, 42},
		{"in yuan", `{"per_unit_yuan": "0.03", "subdistricts": {"C1": "S1", "C2": "S2"}}`, 3, 10, 42},
		{"in both, agreeing", `{"per_unit": 3, "per_unit_yuan": 0.03, "subdistricts": {"C1": "S1", "C2": "S2"}}`, 3, 10, 42},
		// The margin before the distance cost is 45 fen: a cost of 44 leaves 1, of 46 a loss.
		{"a cost just below the margin", `{"per_unit": 44, "subdistricts": {"C1": "S1", "C2": "S2"}}`, 44, 10, 1},
		{"a cost at the margin", `{"per_unit": 45, "subdistricts": {"C1": "S1", "C2": "S2"}}`, 45, -1, 0},
		{"a cost just above the margin", `{"per_unit": 46, "subdistricts": {"C1": "S1", "C2": "S2"}}`, 46, 0, 0},
		{"the largest cost, 2^40", `{"per_unit": 1099511627776, "subdistricts": {"C1": "S1", "C2": "S2"}}`, 1 << 40, 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := match(t, tc.set)
			plan, sum := library(t, tc.perUnit)
			require.Empty(t, cmp.Diff(plan, got.Result.Plan), "the library's plan")
			require.Equal(t, sum.Net, got.Result.Summary.Net)
			require.Empty(t, cmp.Diff(sum.Needs, got.Result.Summary.Needs))
			require.Empty(t, cmp.Diff(sum.Findings, got.Result.Summary.Findings))
			require.Equal(t, sum.Verdict(), got.Report.Verdict, "the report is the summary's")
			require.Len(t, got.Report.Findings, len(sum.Findings))
			if tc.served < 0 {
				return // at a margin of nothing, serving or not is the library's choice: equal to it above
			}
			require.Equal(t, tc.served, got.Result.Summary.Needs[0].Served)
			if tc.served > 0 {
				require.Equal(t, tc.margin, got.Result.Plan.Assignments[0].Margin)
				require.Equal(t, tc.served*tc.perUnit, got.Result.Plan.Distance)
			}
		})
	}
	t.Run("within one subdistrict, no cost", func(t *testing.T) {
		got := match(t, `{"per_unit": 3, "subdistricts": {"C1": "S1", "C2": "S1"}}`)
		require.Equal(t, int64(45), got.Result.Plan.Assignments[0].Margin)
		require.Zero(t, got.Result.Plan.Distance)
	})
	t.Run("none given", func(t *testing.T) {
		got := match(t, "")
		require.Equal(t, int64(45), got.Result.Plan.Assignments[0].Margin)
	})
}

// A distance cost the library refuses is a problem named within the setting's value, with the
// library's code; the input no longer takes it (cross_subdistrict_cost moved to options.set).
func TestLinkageDistanceCostErrors(t *testing.T) {
	s := newTestService(t, testConfig())
	const at = "options.set.linkage.cross-subdistrict-cost"
	for _, tc := range []struct {
		name, set   string
		field, code string
	}{
		{"a negative cost", `{"per_unit": -1, "subdistricts": {}}`, at + ".per_unit", "linkage.cross_subdistrict_cost.per_unit.out_of_range"},
		{"a cost above 2^40", `{"per_unit": 1099511627777, "subdistricts": {}}`, at + ".per_unit", "linkage.cross_subdistrict_cost.per_unit.out_of_range"},
		{"yuan below the fen", `{"per_unit_yuan": "0.001"}`, at + ".per_unit_yuan", "linkage.per_unit_yuan.bad_amount"},
		{"fen and yuan that disagree", `{"per_unit": 3, "per_unit_yuan": "0.04"}`, at + ".per_unit_yuan", "linkage.per_unit_yuan.mismatch"},
		{"a cost of the wrong type", `{"per_unit": "abc"}`, at + ".per_unit", "linkage.per_unit.wrong_type"},
		{"a hostile number", `{"per_unit": 1e2147483646}`, at + ".per_unit", ""},
		{"a hostile yuan", `{"per_unit_yuan": "1e2147483646"}`, at + ".per_unit_yuan", ""},
		{"the old input's spelling", `{"per_unit": 3, "subdistrict_of": {"C1": "S1"}}`, at + ".subdistrict_of", "linkage.subdistrict_of.unknown_field"},
		{"a subdistrict that is not a string", `{"subdistricts": {"C1": 3}}`, at + ".subdistricts", ""},
		{"not an object", `[1]`, at, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s.t = t
			a := s.post("/v1/linkage/match", distanceBody(tc.set), map[string]string{"Accept-Language": "en"}, false)
			require.Equal(t, http.StatusBadRequest, a.status, "%.800s", a.body)
			ps := a.problems(t)
			require.Len(t, ps, 1, "%.800s", a.body)
			require.Equal(t, tc.field, ps[0]["field"], "%.800s", a.body)
			if tc.code != "" {
				require.Equal(t, tc.code, ps[0]["code"])
			}
			require.Less(t, len(a.body), 4<<10)
		})
	}
	t.Run("an unknown setting", func(t *testing.T) {
		s.t = t
		body := []byte(`{"as_of": "2025-06-01", "input": {}, "options": {"set": {"linkage.cross-subdistrict-costs": {"per_unit": 3}}}}`)
		a := s.post("/v1/linkage/match", body, nil, false)
		require.Equal(t, http.StatusBadRequest, a.status)
		require.Equal(t, "options.set.linkage.cross-subdistrict-costs", a.problems(t)[0]["field"])
	})
	t.Run("the input no longer takes it", func(t *testing.T) {
		s.t = t
		body := []byte(`{"as_of": "2025-06-01", "input": {"cross_subdistrict_cost": {"per_unit": 3, "subdistrict_of": {}}}}`)
		a := s.post("/v1/linkage/match", body, nil, false)
		require.Equal(t, http.StatusBadRequest, a.status)
		ps := a.problems(t)
		require.Equal(t, "input.cross_subdistrict_cost", ps[0]["field"])
		require.Equal(t, "request.unknown_field", ps[0]["code"])
	})
	t.Run("the document describes the setting", func(t *testing.T) {
		set := s.doc.Components.Schemas["socialorg.OptionsData"].Value.Properties["set"].Value
		dc := set.Properties[linkage.DistanceKey.ID()]
		require.NotNil(t, dc)
		props := dc.Value.Properties
		for _, k := range []string{"per_unit", "per_unit_yuan", "subdistricts"} {
			require.Contains(t, props, k)
		}
		require.True(t, props["per_unit_yuan"].Value.Type.Includes("number"))
		require.False(t, *dc.Value.AdditionalProperties.Has, "a misspelled key is refused, as the library does")
		require.NotNil(t, set.AdditionalProperties.Schema, "other settings: any value")
	})
}

// A failure of the library on input the service accepted (here a stand-in) is a 500 whose cause
// is logged, not a 400 that blames the caller.
func TestInternalErrorLogged(t *testing.T) {
	s := newTestService(t, testConfig())
	rt := post(s.srv, postSpec{path: "/v1/linkage/match", id: "x", name: "X"}, func(in *MatchInput, c *call) (MatchResult, *socialorg.Report, error) {
		return MatchResult{}, nil, internalError(socialorg.Invalid("plan.assignments[0].margin", "42", "the margin Match gives"))
	}, nil)
	req := httptest.NewRequest(http.MethodPost, "/v1/linkage/match", bytes.NewReader(testdata(t, "linkage.json")))
	req.Header.Set("Content-Type", "application/json")
	rec2 := httptest.NewRecorder()
	rt.handle(rec2, req)
	require.Equal(t, http.StatusInternalServerError, rec2.Code, rec2.Body.String())
	var p struct {
		Errors []map[string]any `json:"errors"`
	}
	require.NoError(t, json.Unmarshal(rec2.Body.Bytes(), &p))
	require.Equal(t, "request.internal", p.Errors[0]["code"])
	require.NotContains(t, rec2.Body.String(), "margin", "the cause is not answered")
	require.Contains(t, s.logs.String(), `"msg":"internal"`)
	require.Contains(t, s.logs.String(), "plan.assignments[0].margin")
	require.Contains(t, s.logs.String(), strconv.Quote("/v1/linkage/match"))
}
