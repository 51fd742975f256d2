package main

import (
	"encoding/json"
	"net/http"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/charity"
	"github.com/socialorg/socialorg/partybuilding"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/standards"
	"github.com/socialorg/socialorg/venture"
	"github.com/socialorg/socialorg/venture/linkage"
)

// postEndpoints are the POST endpoints with their valid body in testdata.
var postEndpoints = []struct {
	path, body string
}{
	{"/v1/registration", "registration.json"},
	{"/v1/party/coverage", "party.json"},
	{"/v1/charity/spending", "spending.json"},
	{"/v1/charity/qualification", "qualification.json"},
	{"/v1/venture/grant", "grant.json"},
	{"/v1/linkage/match", "linkage.json"},
	{"/v1/standards/grade", "grade.json"},
	{"/v1/calendar/obligations", "obligations.json"},
}

// Every POST endpoint answers its testdata body with 200 in each language, the request and the
// answer both valid against the document, and the same answer as the library gives in Go.
func TestEndpointsValid(t *testing.T) {
	s := newTestService(t, testConfig())
	for _, ep := range postEndpoints {
		for _, lang := range []struct{ header, want string }{{"", "zh-Hans"}, {"zh-TW", "zh-Hant"}, {"fr, en;q=0.8", "en"}} {
			t.Run(ep.path+"/"+lang.want, func(t *testing.T) {
				s.t = t
				a := s.post(ep.path, testdata(t, ep.body), map[string]string{"Accept-Language": lang.header}, true)
				require.Equal(t, http.StatusOK, a.status, "%.800s", a.body)
				require.Equal(t, lang.want, a.header.Get("Content-Language"))
				m := a.json(t)
				require.Equal(t, lang.want, m["language"])
				require.Contains(t, m, "result")
				if rep, ok := m["report"].(map[string]any); ok {
					require.Equal(t, lang.want, rep["language"])
					require.Equal(t, socialorg.Version, rep["version"])
					require.Equal(t, socialorg.RulesDigest(), rep["rules_digest"])
				}
			})
		}
	}
}

// The typed results are the library's: the same verdict and figures as a Go call on the same
// input.
func TestEndpointsAgreeWithLibrary(t *testing.T) {
	s := newTestService(t, testConfig())
	decode := func(a answer, v any) {
		t.Helper()
		require.Equal(t, http.StatusOK, a.status, "%.500s", a.body)
		require.NoError(t, json.Unmarshal(a.body, v))
	}

	t.Run("registration", func(t *testing.T) {
		s.t = t
		var req Request[registry.Organization]
		require.NoError(t, json.Unmarshal(testdata(t, "registration.json"), &req))
		want, err := registry.CheckRegistration(req.Input, req.AsOf)
		require.NoError(t, err)
		var got struct {
			Report socialorg.LocalizedReport `json:"report"`
			Result struct {
				Findings []socialorg.Finding `json:"findings"`
				Verdict  socialorg.Verdict   `json:"verdict"`
				Eligible bool                `json:"eligible"`
			} `json:"result"`
		}
		decode(s.post("/v1/registration", testdata(t, "registration.json"), nil, true), &got)
		require.Empty(t, cmp.Diff(want.Findings, got.Result.Findings))
		require.Equal(t, want.Verdict(), got.Result.Verdict)
		require.Equal(t, want.Eligible(), got.Result.Eligible)
		require.Equal(t, want.Verdict(), got.Report.Verdict)
		require.Len(t, got.Report.Findings, len(want.Findings))
	})

	t.Run("spending", func(t *testing.T) {
		s.t = t
		var req Request[charity.SpendingInput]
		require.NoError(t, json.Unmarshal(testdata(t, "spending.json"), &req))
		want, err := charity.CheckAnnualSpending(req.Input, req.AsOf)
		require.NoError(t, err)
		var got struct {
			Result charity.SpendingResult `json:"result"`
		}
		decode(s.post("/v1/charity/spending", testdata(t, "spending.json"), nil, true), &got)
		require.True(t, want.MinCharitable.Equal(got.Result.MinCharitable), "%s %s", want.MinCharitable, got.Result.MinCharitable)
		require.Equal(t, want.CharitableOK, got.Result.CharitableOK)
		require.Equal(t, want.ManagementOK, got.Result.ManagementOK)
		require.Empty(t, cmp.Diff(want.Findings, got.Result.Findings))
	})

	t.Run("party", func(t *testing.T) {
		s.t = t
		var req Request[PartyInput]
		require.NoError(t, json.Unmarshal(testdata(t, "party.json"), &req))
		as, err := partybuilding.Assess(req.Input.Units, req.AsOf)
		require.NoError(t, err)
		cov := partybuilding.Tally(req.Input.Units)
		var got struct {
			Result PartyResult `json:"result"`
		}
		decode(s.post("/v1/party/coverage", testdata(t, "party.json"), nil, true), &got)
		require.Equal(t, cov, got.Result.Coverage)
		require.Len(t, got.Result.Assessments, len(as))
		for i := range as {
			require.Equal(t, as[i].Unit, got.Result.Assessments[i].Assessment.Unit)
			require.Empty(t, cmp.Diff(as[i].Findings, got.Result.Assessments[i].Assessment.Findings))
			require.Equal(t, as[i].Verdict(), got.Result.Assessments[i].Report.Verdict)
		}
		r := cov.Rates()
		require.Equal(t, ratioView(r.OrgOfEligible), got.Result.Rates.OrgOfEligible)
		require.Equal(t, r.OrgOfAll.Num, got.Result.Rates.OrgOfAll.Num)
		require.Equal(t, r.OrgOfAll.Den, got.Result.Rates.OrgOfAll.Den)
	})

	t.Run("linkage", func(t *testing.T) {
		s.t = t
		var req Request[MatchInput]
		require.NoError(t, json.Unmarshal(testdata(t, "linkage.json"), &req))
		plan, err := linkage.MatchWith(req.Input.Needs, req.Input.Resources)
		require.NoError(t, err)
		sum, err := linkage.Summarize(req.Input.Needs, req.Input.Resources, plan)
		require.NoError(t, err)
		var got struct {
			Report socialorg.LocalizedReport `json:"report"`
			Result MatchResult               `json:"result"`
		}
		decode(s.post("/v1/linkage/match", testdata(t, "linkage.json"), nil, true), &got)
		require.Empty(t, cmp.Diff(plan, got.Result.Plan))
		require.Empty(t, cmp.Diff(sum.Needs, got.Result.Summary.Needs))
		require.Empty(t, cmp.Diff(sum.Kinds, got.Result.Summary.Kinds))
		require.Empty(t, cmp.Diff(sum.Findings, got.Result.Summary.Findings))
		require.Equal(t, socialorg.NotMet, sum.Verdict())
		require.Equal(t, sum.Verdict(), got.Report.Verdict, "the summary's report")
		require.Len(t, got.Report.Findings, len(sum.Findings))
	})

	t.Run("grant", func(t *testing.T) {
		s.t = t
		var req Request[GrantInput]
		require.NoError(t, json.Unmarshal(testdata(t, "grant.json"), &req))
		round, err := venture.NewRound(*req.Input.Round.Budget, req.AsOf)
		require.NoError(t, err)
		want, err := venture.Allocate(round, req.Input.Applications)
		require.NoError(t, err)
		var got struct {
			Result GrantResult `json:"result"`
		}
		decode(s.post("/v1/venture/grant", testdata(t, "grant.json"), nil, true), &got)
		require.Len(t, got.Result.Grants, len(req.Input.Applications))
		for i, a := range req.Input.Applications {
			require.Equal(t, a.ID, got.Result.Grants[i].ID)
			require.True(t, round.Grant(a).Equal(got.Result.Grants[i].Grant), a.ID)
		}
		require.True(t, want.Funded.Equal(got.Result.Allocation.Funded))
		require.True(t, want.Remaining.Equal(got.Result.Allocation.Remaining))
		require.True(t, round.MaxGrant.Equal(got.Result.Round.MaxGrant))
	})
}

// Ratios are shown exactly and ready for a page: num/den, a four-place decimal and a percentage,
// both rounded half to even; an undefined ratio has no decimal and the percentage "n/a".
func TestRatioView(t *testing.T) {
	for _, tc := range []struct {
		r    socialorg.Ratio
		want RatioView
	}{
		{socialorg.NewRatio(2, 3), RatioView{2, 3, "0.6667", "66.67%"}},
		{socialorg.NewRatio(1, 8), RatioView{1, 8, "0.1250", "12.50%"}},
		{socialorg.NewRatio(1, 80000), RatioView{1, 80000, "0.0000", "0.00%"}},   // 0.0000125: half to even
		{socialorg.NewRatio(3, 80000), RatioView{3, 80000, "0.0000", "0.00%"}},   // 0.0000375
		{socialorg.NewRatio(5, 20000), RatioView{5, 20000, "0.0002", "0.02%"}},   // 0.00025 → 0.0002
		{socialorg.NewRatio(15, 20000), RatioView{15, 20000, "0.0008", "0.08%"}}, // 0.00075 → 0.0008
		{socialorg.NewRatio(0, 0), RatioView{0, 0, "", "n/a"}},
	} {
		require.Equal(t, tc.want, ratioView(tc.r), tc.r.String())
	}
}

// RatesView has one field per field of partybuilding.Rates: a rate the library adds fails here
// until the view shows it.
func TestRatesViewComplete(t *testing.T) {
	var c fieldCache
	var got, want []string
	for _, f := range c.fields(reflect.TypeFor[RatesView]()) {
		got = append(got, f.name)
	}
	for _, f := range c.fields(reflect.TypeFor[partybuilding.Rates]()) {
		want = append(want, f.name)
	}
	require.Equal(t, want, got)
}

// Invalid input is a 400 problem whose errors name the field by its path in the body, with the
// library's problem code and a message in three languages.
func TestEndpointsInvalid(t *testing.T) {
	s := newTestService(t, testConfig())
	type want struct{ field, code string }
	cases := []struct {
		name, path string
		body       string
		want       []want
	}{
		{"missing as_of", "/v1/registration", `{"input": {"name": "x"}}`, []want{{"as_of", "request.as_of.required"}}},
		{"bad as_of", "/v1/registration", `{"as_of": "2025-13-01", "input": {}}`, []want{{"as_of", ""}}},
		{"unknown top-level key", "/v1/registration", `{"as_of": "2025-01-01", "inputs": {}}`, []want{{"inputs", "request.unknown_field"}}},
		{"unknown key in the input", "/v1/registration", `{"as_of": "2025-01-01", "input": {"name": "x", "kindd": "social-group"}}`, []want{{"input.kindd", "request.unknown_field"}}},
		{"unknown key deep", "/v1/linkage/match", `{"as_of": "2025-01-01", "input": {"needs": [{"id": "a"}, {"id": "b", "qty": 1}]}}`, []want{{"input.needs[1].qty", "request.unknown_field"}}},
		{"unknown option", "/v1/charity/spending", `{"as_of": "2025-01-01", "input": {}, "options": {"inn": "440100"}}`, []want{{"options.inn", "request.unknown_field"}}},
		{"bad place", "/v1/charity/spending", `{"as_of": "2025-01-01", "input": {"kind": "foundation"}, "options": {"in": "abc"}}`, []want{{"options.in", "options.in.bad_format"}}},
		{"library problems rebased", "/v1/registration", `{"as_of": "2025-01-01", "input": {"kind": "social-group", "division": "440100"}}`, []want{{"input.name", "registry.organization.name.required"}}},
		{"charity problems rebased", "/v1/charity/spending", `{"as_of": "2025-01-01", "input": {}}`, []want{{"input.kind", ""}}},
		{"venture problems", "/v1/venture/grant", `{"as_of": "2025-01-01", "input": {"round": {"budget": "100"}, "applications": [{"id": ""}]}}`, []want{{"input.applications[0].id", ""}}},
		{"venture budget required", "/v1/venture/grant", `{"as_of": "2025-01-01", "input": {"round": {}}}`, []want{{"input.round.budget", "request.input.round.budget.required"}}},
		{"party problems", "/v1/party/coverage", `{"as_of": "2025-01-01", "input": {"units": [{"id": "a", "formal": -1}]}}`, []want{{"input.units[0].formal", ""}}},
		{"grade score required", "/v1/standards/grade", `{"as_of": "2025-01-01", "input": {}}`, []want{{"input.score", "request.input.score.required"}}},
		{"grade unknown scheme", "/v1/standards/grade", `{"as_of": "2025-01-01", "input": {"score": 90, "scheme_id": "atlantis"}}`, []want{{"input.scheme_id", "request.input.scheme_id.unknown_value"}}},
		// Shenzhen (440300) grades by its own scheme, data of the standards package; Yunfu (445300)
		// has none, nor have Guangdong or the nation.
		{"grade place without a scheme", "/v1/standards/grade", `{"as_of": "2025-01-01", "input": {"score": 90}, "options": {"in": "445300"}}`, []want{{"options.in", "request.options.in.no_scheme"}}},
		{"qualification problems", "/v1/charity/qualification", `{"as_of": "2025-01-01", "input": {"kind": "foundation"}}`, []want{{"input.registered", ""}}},
		{"qualification before the Charity Law", "/v1/charity/qualification", `{"as_of": "2016-08-31", "input": {"kind": "foundation", "registered": "2010-01-01"}}`, nil},
		// A problem deep in a list is named by its whole path, indices included, also where a
		// library type decodes itself and names only the field within it.
		{"a bad enum deep in a list", "/v1/linkage/match", `{"as_of": "2025-01-01", "input": {"resources": [{"id": "R1", "party": "volunteer"}, {"id": "R2", "party": "nobody"}]}}`, []want{{"input.resources[1].party", ""}}},
		{"a wrong type deep in a list", "/v1/linkage/match", `{"as_of": "2025-01-01", "input": {"needs": [{"id": "a"}, {"id": "b", "quantity": "x"}]}}`, []want{{"input.needs[1].quantity", ""}}},
		{"a bad decimal deep in a list", "/v1/venture/grant", `{"as_of": "2025-01-01", "input": {"round": {"budget": "100"}, "applications": [{"id": "a", "budget": "1"}, {"id": "b", "budget": "abc"}]}}`, []want{{"input.applications[1].budget", ""}}},
		{"a bad form deep in a list", "/v1/party/coverage", `{"as_of": "2025-01-01", "input": {"units": [{"id": "a"}, {"id": "b", "has": "nothing"}]}}`, []want{{"input.units[1].has", ""}}},
		{"every bad value of a list", "/v1/linkage/match", `{"as_of": "2025-01-01", "input": {"needs": [{"id": "a", "value": "x"}, {"id": "b"}, {"id": "c", "quantity": true}]}}`, []want{{"input.needs[0].value", ""}, {"input.needs[2].quantity", ""}}},
		// Money in yuan, which linkage's needs and resources read beside fen.
		{"yuan below the fen", "/v1/linkage/match", `{"as_of": "2025-01-01", "input": {"needs": [{"id": "a"}, {"id": "b", "value_yuan": "0.001"}]}}`, []want{{"input.needs[1].value_yuan", "linkage.value_yuan.bad_amount"}}},
		{"yuan and fen that disagree", "/v1/linkage/match", `{"as_of": "2025-01-01", "input": {"resources": [{"id": "r", "unit_cost": 50, "unit_cost_yuan": "0.49"}]}}`, []want{{"input.resources[0].unit_cost_yuan", ""}}},
		{"yuan for a kind that is not money", "/v1/linkage/match", `{"as_of": "2025-01-01", "input": {"needs": [{"id": "a", "kind": "volunteer-hours", "quantity_yuan": "1.00"}]}}`, []want{{"input.needs[0].quantity_yuan", ""}}},
		{"a hostile yuan", "/v1/linkage/match", `{"as_of": "2025-01-01", "input": {"needs": [{"id": "a", "value_yuan": "1e2147483646"}]}}`, []want{{"input.needs[0].value_yuan", ""}}},
		{"a key linkage does not read", "/v1/linkage/match", `{"as_of": "2025-01-01", "input": {"needs": [{"id": "a", "value_yen": "1"}]}}`, []want{{"input.needs[0].value_yen", "request.unknown_field"}}},
		{"linkage problems", "/v1/linkage/match", `{"as_of": "2025-01-01", "input": {"needs": [{"id": "n", "community": "c", "kind": "funds", "quantity": 0}]}}`, []want{{"input.needs[0].quantity", ""}}},
		{"a caller's jurisdiction with problems", "/v1/registration", `{"as_of": "2025-01-01", "input": {}, "options": {"jurisdictions": [{"code": "440100"}, {"code": "12"}]}}`, []want{{"options.jurisdictions[1].code", ""}}},
		{"a supplied value without its source", "/v1/registration", `{"as_of": "2025-01-01", "input": {}, "options": {"supply": {"registry.ssa.min-funds": {"value": "30000"}}}}`, []want{{"options.supply.registry.ssa.min-funds*", ""}}},
		{"a supplied value that fails its check", "/v1/registration", `{"as_of": "2025-06-01", "input": {"name": "x", "kind": "social-service-agency", "division": "440100", "funds": "1"}, "options": {"supply": {"registry.ssa.min-funds": {"value": "-5", "cite": {"document": "d"}}}}}`, []want{{"options.supply.registry.ssa.min-funds*", ""}}},
		{"calendar problems", "/v1/calendar/obligations", `{"as_of": "2025-01-01", "input": {"from": "2025-01-01", "to": "2025-12-31"}}`, []want{{"input.profile.code", ""}}},
		{"not in force", "/v1/charity/spending", `{"as_of": "2010-01-01", "input": {"kind": "foundation"}}`, []want{{"charity.spending.minimum", "not_in_force"}}},
		{"wrong type", "/v1/registration", `{"as_of": "2025-01-01", "input": {"name": 12}}`, []want{{"input.name", ""}}},
		{"malformed JSON", "/v1/registration", `{"as_of": "2025-01-01", "input": {`, []want{{"", "request.body.bad_json"}}},
		{"not an object", "/v1/registration", `[1, 2]`, []want{{"", "request.body.not_object"}}},
		{"empty body", "/v1/registration", ``, []want{{"", "request.body.empty"}}},
		{"trailing data", "/v1/registration", `{"as_of": "2025-01-01"} {}`, []want{{"", "request.body.trailing_data"}}},
		{"too deep", "/v1/linkage/match", `{"as_of": "2025-01-01", "input": {"needs": ` + strings.Repeat("[", 100) + strings.Repeat("]", 100) + `}}`, []want{{"input.needs[0][0]*", "request.body.too_deep"}}},
		{"hostile exponent", "/v1/charity/spending", `{"as_of": "2025-01-01", "input": {"kind": "foundation", "prior_year_income": "1e2147483646"}}`, nil},
		{"hostile digits", "/v1/registration", `{"as_of": "2025-01-01", "input": {"funds": "` + strings.Repeat("9", 768<<10) + `"}}`, []want{{"input.funds", ""}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s.t = t
			a := s.post(tc.path, []byte(tc.body), map[string]string{"Accept-Language": "en"}, false)
			require.Equal(t, http.StatusBadRequest, a.status, "%.800s", a.body)
			require.Contains(t, a.header.Get("Content-Type"), "application/problem+json")
			require.Less(t, len(a.body), 64<<10, "a problem never echoes a long input")
			ps := a.problems(t)
			require.NotEmpty(t, ps)
			for _, w := range tc.want {
				found := false
				for _, p := range ps {
					field, _ := p["field"].(string)
					match := field == w.field
					if prefix, ok := strings.CutSuffix(w.field, "*"); ok {
						match = strings.HasPrefix(field, prefix)
					}
					if match && (w.code == "" || p["code"] == w.code) {
						found = true
					}
				}
				require.True(t, found, "want field %q code %q in %.800s", w.field, w.code, a.body)
			}
			for _, p := range ps {
				require.NotEmpty(t, p["code"], "every problem has a code: %v", p)
			}
		})
	}
}

// Why the service checks keys itself: encoding/json's DisallowUnknownFields does not reach into
// a type with its own decoder, and the library's input types have one (socialorg.UnmarshalInput
// through a method-free copy), so a misspelled key inside the input would be dropped silently.
func TestDisallowUnknownFieldsIsNotEnough(t *testing.T) {
	body := `{"as_of": "2025-01-01", "input": {"name": "x", "kindd": "social-group"}}`
	dec := json.NewDecoder(strings.NewReader(body))
	dec.DisallowUnknownFields()
	var req Request[registry.Organization]
	require.NoError(t, dec.Decode(&req), "encoding/json alone accepts the misspelled key")
	var c fieldCache
	err := c.checkShape([]byte(body), reflect.TypeFor[Request[registry.Organization]]())
	require.Error(t, err)
	require.Equal(t, "input.kindd", err.(*socialorg.InputError).Field)
}

// A problem's message is in three languages, and detail in the answer's.
func TestProblemLanguages(t *testing.T) {
	s := newTestService(t, testConfig())
	a := s.post("/v1/registration", []byte(`{"input": {}}`), map[string]string{"Accept-Language": "zh-Hant"}, false)
	require.Equal(t, http.StatusBadRequest, a.status)
	require.Equal(t, "zh-Hant", a.header.Get("Content-Language"))
	var raw struct {
		Detail string `json:"detail"`
		Errors []struct {
			Message socialorg.Text `json:"message"`
		} `json:"errors"`
	}
	require.NoError(t, json.Unmarshal(a.body, &raw))
	require.NotEmpty(t, raw.Errors)
	m := raw.Errors[0].Message
	require.Equal(t, "as_of：必填：判定所依據的日期（YYYY-MM-DD）", m.Hant)
	require.Equal(t, "as_of：必填：判定所依据的日期（YYYY-MM-DD）", m.Hans)
	require.Equal(t, "as_of: required: the date judged (YYYY-MM-DD)", m.En)
	require.Equal(t, m.Hant, raw.Detail)
}

// Every phrase the service's own problems use is in the catalogue, so that each has a code that
// names its kind and a message in three languages.
func TestServicePhrasesTranslated(t *testing.T) {
	for _, rule := range []string{
		"at most 64 levels of nesting", "a request body of at most 8388608 bytes", "a request body that arrives in full",
		"a JSON body (Content-Type: application/json)", "a path of this service (see /openapi.json)", "a method this path accepts: GET, HEAD",
		"an answer within the time limit: 10s", "a free slot (the service is at capacity; try again later)",
		"an answer the service can compute (an internal error; see the log)", "a BCP 47 language tag such as zh-Hans, zh-Hant or en",
		"a place with a grading scheme of its own, or a scheme_id", "required: the budget in yuan", "a date written as YYYY-MM-DD",
		"a known field (check the spelling)", "one JSON object", "well-formed JSON: unexpected end of input",
		"required: the date judged (YYYY-MM-DD)", "one of guangzhou", "a GB/T 2260 code: six digits", "required",
	} {
		_, ok := socialorg.LookupPhrase(rule)
		require.True(t, ok, rule)
		ie := problem("f", "", rule, "x")
		msg := ie.Messages()
		require.NotEqual(t, msg.En, msg.Hans, "%q is translated", rule)
	}
}

// Grading: the place's scheme by default, a comparable by scheme_id, the caller's scheme whole,
// and unconfirmed cut-offs supplied as options.
func TestGrade(t *testing.T) {
	s := newTestService(t, testConfig())
	grade := func(t *testing.T, body string) (answer, string) {
		s.t = t
		a := s.post("/v1/standards/grade", []byte(body), nil, true)
		if a.status != http.StatusOK {
			return a, ""
		}
		var m struct {
			Result GradeAnswer `json:"result"`
		}
		require.NoError(t, json.Unmarshal(a.body, &m))
		return a, m.Result.Scheme.ID + " " + m.Result.Outcome.Grade.String()
	}
	t.Run("guangzhou 951 is 5A, 950 is 4A", func(t *testing.T) {
		_, g := grade(t, `{"as_of": "2025-09-01", "input": {"score": "951", "profile": {"id": "x"}}}`)
		require.Equal(t, "guangzhou 5A", g)
		_, g = grade(t, `{"as_of": "2025-09-01", "input": {"score": "950.99", "profile": {"id": "x"}}, "options": {"in": "440103"}}`)
		require.Equal(t, "guangzhou 4A", g)
	})
	t.Run("a caller's district within Guangzhou has Guangzhou's scheme", func(t *testing.T) {
		_, g := grade(t, `{"as_of": "2025-09-01", "input": {"score": "960", "profile": {"id": "x"}}, "options": {"in": "440199",
			"jurisdictions": [{"code": "440199", "name": {"zh_hans": "试验区", "zh_hant": "試驗區", "en": "Trial District"}, "parent": "440100"}]}}`)
		require.Equal(t, "guangzhou 5A", g)
	})
	t.Run("below 4A needs the cut-offs supplied", func(t *testing.T) {
		a, _ := grade(t, `{"as_of": "2025-09-01", "input": {"score": "860", "profile": {"id": "x"}}}`)
		require.Equal(t, http.StatusBadRequest, a.status)
		body := `{"as_of": "2025-09-01", "input": {"score": "860", "profile": {"id": "x"}}, "options": {"supply": {"` + standards.Guangzhou3AKey.ID() +
			`": {"value": "851", "cite": {"document": "our notice"}}}}}`
		a, g := grade(t, body)
		require.Equal(t, http.StatusOK, a.status, "%.500s", a.body)
		require.Equal(t, "guangzhou 3A", g)
		require.Contains(t, string(a.body), `"supplied":true`)
	})
	t.Run("a comparable by ID", func(t *testing.T) {
		_, g := grade(t, `{"as_of": "2025-09-01", "input": {"score": "91", "profile": {"id": "x"}, "scheme_id": "shenzhen"}}`)
		require.Equal(t, "shenzhen 5A", g)
	})
	t.Run("the caller's own scheme", func(t *testing.T) {
		sc := standards.Shenzhen()
		sc.ID, sc.Name = "mine", "我们的方案"
		b, err := json.Marshal(sc)
		require.NoError(t, err)
		_, g := grade(t, `{"as_of": "2025-09-01", "input": {"score": "81", "profile": {"id": "x"}, "scheme": `+string(b)+`}}`)
		require.Equal(t, "mine 4A", g)
	})
}

// Venture caps default to the measures in force at as_of, and a given cap wins.
func TestGrantCaps(t *testing.T) {
	s := newTestService(t, testConfig())
	for _, tc := range []struct {
		name, round string
		want        string // P-002's grant
	}{
		{"2019 measures: 500,000", `{"budget": "2000000"}`, "500000"},
		{"a cap given", `{"budget": "2000000", "max_grant": "300000"}`, "300000"},
		{"a share given", `{"budget": "2000000", "max_share": "0.5"}`, "450000"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s.t = t
			body := withInput(t, testdata(t, "grant.json"), func(m map[string]any) {
				var r any
				require.NoError(t, json.Unmarshal([]byte(tc.round), &r))
				m["input"].(map[string]any)["round"] = r
			})
			a := s.post("/v1/venture/grant", body, nil, true)
			require.Equal(t, http.StatusOK, a.status, "%.500s", a.body)
			var m struct {
				Result GrantResult `json:"result"`
			}
			require.NoError(t, json.Unmarshal(a.body, &m))
			require.True(t, decimal.RequireFromString(tc.want).Equal(m.Result.Grants[1].Grant), "%s", m.Result.Grants[1].Grant)
		})
	}
}

// The library's problems are renamed to their paths in the body.
func TestRebase(t *testing.T) {
	for _, tc := range []struct {
		field string
		pairs []string
		want  string
	}{
		{"organization.name", []string{"organization", "input"}, "input.name"},
		{"organization", []string{"organization", "input"}, "input"},
		{"organizations.name", []string{"organization", "input"}, "input.organizations.name"},
		{"units[3].formal", nil, "input.units[3].formal"},
		{"", nil, "input"},
		{"supply.registry.ssa.min-funds", nil, "options.supply.registry.ssa.min-funds"},
		{"options.in", nil, "options.in"},
		{"input.x", nil, "input.x"},
		{"budget", []string{"budget", "input.round.budget"}, "input.round.budget"},
	} {
		err := rebase(socialorg.Invalid(tc.field, "", "required"), tc.pairs...)
		got := asErrors(err)[0].(*socialorg.InputError)
		require.Equal(t, tc.want, got.Field, tc.field)
		require.NotEmpty(t, got.Code)
	}
	err := under(socialorg.Errors{socialorg.Invalid("", "", "required"), socialorg.Invalid("[2].code", "", "required"), socialorg.Invalid("name", "", "required")}, "options.jurisdictions[1]")
	var fields []string
	for _, e := range asErrors(err) {
		fields = append(fields, e.(*socialorg.InputError).Field)
	}
	require.Equal(t, []string{"options.jurisdictions[1]", "options.jurisdictions[1][2].code", "options.jurisdictions[1].name"}, fields)
}
