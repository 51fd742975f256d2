package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"
	"reflect"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/calendar"
	"github.com/socialorg/socialorg/charity"
	"github.com/socialorg/socialorg/partybuilding"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/standards"
	"github.com/socialorg/socialorg/venture"
	"github.com/socialorg/socialorg/venture/linkage"
)

// Request is the body of every POST: the date judged, the endpoint's input and the options as
// data (the place, the caller's jurisdictions, supplied values and settings).
type Request[I any] struct {
	AsOf    socialorg.Date        `json:"as_of" openapi:"required"`
	Input   I                     `json:"input"`
	Options socialorg.OptionsData `json:"options,omitzero"`
}

// Response is the answer of every POST: the date judged, the language of the texts, the report
// localized for a page (when the endpoint has one report) and the typed result.
type Response[O any] struct {
	AsOf     socialorg.Date             `json:"as_of"`
	Language string                     `json:"language"`
	Report   *socialorg.LocalizedReport `json:"report,omitempty"`
	Result   O                          `json:"result"`
}

// call is what an endpoint's work gets besides its input.
type call struct {
	asOf socialorg.Date
	opts socialorg.Options
	data socialorg.OptionsData
	lang language.Tag
}

// postSpec describes a POST endpoint for post.
type postSpec struct {
	path, id, name, summary, description string
	// ics: the endpoint also answers text/calendar when the client prefers it.
	ics bool
}

// post builds a POST route whose body is Request[I] and whose answer is Response[O]: it reads
// the body within the limits, refuses unknown keys, decodes it (socialorg.UnmarshalInput: hostile
// numbers refused at bounded cost), checks as_of and the options, and runs the work within the
// request's deadline. Every problem is a 400 problem naming its field by its path in the body.
func post[I, O any](s *Server, sp postSpec, run func(in *I, c *call) (O, *socialorg.Report, error), alt func(O, language.Tag) ([]byte, bool)) route {
	reqType := reflect.TypeFor[Request[I]]()
	h := func(w http.ResponseWriter, r *http.Request) {
		data, herr := s.readBody(w, r)
		if herr != nil {
			s.problem(w, r, herr.status, herr.err)
			return
		}
		ri := info(r)
		wantICS := sp.ics && prefersCalendar(r.Header.Get("Accept"))
		if sp.ics {
			w.Header().Set("Vary", "Accept-Language, Accept")
		}
		v, herr := s.compute(r.Context(), func() (any, *httpError) {
			if err := s.cache.checkShape(data, reqType); err != nil {
				return nil, badRequest(err)
			}
			req, err := decodeRequest[I](&s.cache, data)
			if err != nil {
				return nil, badRequest(err)
			}
			out, rep, err := run(&req.input, &call{asOf: req.asOf, opts: req.opts, data: req.data, lang: ri.lang})
			var he *httpError
			switch {
			case errors.As(err, &he):
				if he.cause != nil {
					s.log.Error("internal", "request_id", ri.id, "path", sp.path, "error", cutString(he.cause.Error(), 512))
				}
				return nil, he
			case err != nil:
				return nil, badRequest(err)
			}
			if wantICS && alt != nil {
				if b, ok := alt(out, ri.lang); ok {
					return icsBody(b), nil
				}
			}
			resp := Response[O]{AsOf: req.asOf, Language: ri.lang.String(), Result: out}
			if rep != nil {
				l := rep.Localize(ri.lang)
				if l.Version == "" { // a report built outside a Checker: judged by this binary all the same
					l.Version, l.RulesDigest = socialorg.Version, socialorg.RulesDigest()
				}
				resp.Report = &l
			}
			return resp, nil
		})
		if herr != nil {
			s.problem(w, r, herr.status, herr.err)
			return
		}
		if b, ok := v.(icsBody); ok {
			w.Header().Set("Content-Type", "text/calendar; charset=utf-8")
			w.Header().Set("Content-Length", strconv.Itoa(len(b)))
			w.WriteHeader(http.StatusOK)
			_, _ = w.Write(b)
			return
		}
		s.write(w, http.StatusOK, "application/json", v)
	}
	return route{method: http.MethodPost, path: sp.path, id: sp.id, summary: sp.summary, description: sp.description,
		request: reqType, requestName: sp.name + "Request", response: reflect.TypeFor[Response[O]](), responseName: sp.name + "Response",
		calendar: sp.ics, handle: h}
}

type icsBody []byte

// decoded is a request body decoded and checked.
type decoded[I any] struct {
	asOf  socialorg.Date
	input I
	opts  socialorg.Options
	data  socialorg.OptionsData
}

// decodeRequest decodes a body whose shape checkShape has accepted: the envelope first, then the
// input and each of the caller's jurisdictions on their own, so that every problem names its
// field by its whole path in the body ("input.funds", "options.jurisdictions[1].code"), whatever
// the decoder of the library type that found it calls it (an input that does not decode is
// decoded again part by part to say where: locate).
func decodeRequest[I any](c *fieldCache, data []byte) (decoded[I], error) {
	var out decoded[I]
	var env struct {
		AsOf    socialorg.Date  `json:"as_of"`
		Input   json.RawMessage `json:"input"`
		Options json.RawMessage `json:"options"`
	}
	// The envelope holds no number it parses (as_of is a string, the rest raw JSON), so plain
	// decoding is bounded; the parts are decoded with UnmarshalInput below.
	if err := json.Unmarshal(data, &env); err != nil {
		return out, jsonProblem(err)
	}
	var p socialorg.Problems
	if env.AsOf.IsZero() {
		p.AddError(problem("as_of", "", "required: the date judged (YYYY-MM-DD)", "request.as_of.required"))
	}
	out.asOf = env.AsOf
	if len(env.Input) > 0 {
		if err := socialorg.UnmarshalInput(env.Input, &out.input); err != nil {
			before := p.Len()
			c.locate(&p, env.Input, reflect.TypeFor[I](), "input", 0)
			if p.Len() == before { // no part fails alone: the whole does
				p.AddError(under(err, "input"))
			}
		}
	}
	if len(env.Options) > 0 && string(env.Options) != "null" {
		var o struct {
			In            string                             `json:"in"`
			Jurisdictions []json.RawMessage                  `json:"jurisdictions"`
			Supply        map[string]socialorg.SuppliedValue `json:"supply"`
			Set           map[string]json.RawMessage         `json:"set"`
		}
		before := p.Len()
		if err := json.Unmarshal(env.Options, &o); err != nil {
			p.AddError(under(jsonProblem(err), "options"))
		}
		out.data = socialorg.OptionsData{In: o.In, Supply: o.Supply, Set: o.Set}
		for i, raw := range o.Jurisdictions {
			j, err := socialorg.ParseJurisdiction(raw)
			if err != nil {
				p.AddError(under(err, "options.jurisdictions["+strconv.Itoa(i)+"]"))
				continue
			}
			out.data.Jurisdictions = append(out.data.Jurisdictions, j)
		}
		if p.Len() == before {
			opts, err := out.data.Options()
			if err != nil {
				p.AddError(c.settingProblems(err, o.Set))
			}
			out.opts = opts
		}
	}
	return out, p.Err()
}

// prefersCalendar reports whether an Accept header ranks text/calendar above application/json
// (by q-value; on a tie, the one listed first).
func prefersCalendar(accept string) bool {
	if accept == "" {
		return false
	}
	qc, qj := -1, -1 // q-values in thousandths; −1 for not listed
	posC, posJ := 1<<30, 1<<30
	for i, part := range strings.Split(cutString(accept, 1024), ",") {
		mt, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		mt = strings.ToLower(strings.TrimSpace(mt))
		q := 1000
		for _, prm := range strings.Split(params, ";") {
			k, v, _ := strings.Cut(strings.TrimSpace(prm), "=")
			if strings.TrimSpace(k) == "q" {
				q = parseQ(strings.TrimSpace(v))
			}
		}
		switch mt {
		case "text/calendar":
			if q > qc {
				qc, posC = q, i
			}
		case "application/json":
			if q > qj {
				qj, posJ = q, i
			}
		case "*/*", "application/*":
			if qj < 0 {
				qj, posJ = q, i
			}
		}
	}
	if qc <= 0 {
		return false
	}
	return qc > qj || (qc == qj && posC < posJ)
}

// parseQ reads a q-value ("0.5", RFC 9110 §12.4.2: 0–1 with up to three decimals) in
// thousandths, exactly; anything else counts as 0.
func parseQ(s string) int {
	if s == "1" || strings.HasPrefix(s, "1.") {
		return 1000
	}
	rest, ok := strings.CutPrefix(s, "0")
	if !ok {
		return 0
	}
	rest = strings.TrimPrefix(rest, ".")
	if len(rest) > 3 {
		return 0
	}
	v := 0
	for i := range 3 {
		v *= 10
		if i < len(rest) {
			c := rest[i]
			if c < '0' || c > '9' {
				return 0
			}
			v += int(c - '0')
		}
	}
	return v
}

// rebase renames the fields of the library's problems to their paths in the request body: a
// library path that starts with one of the given prefixes gets the matching replacement
// (pairs: old, new); any other path is put under "input". Problems keep the library's codes.
func rebase(err error, pairs ...string) error {
	if err == nil {
		return nil
	}
	list := asErrors(err)
	out := make(socialorg.Errors, len(list))
	for i, e := range list {
		ie, ok := e.(*socialorg.InputError)
		if !ok {
			out[i] = e
			continue
		}
		c := *ie
		if c.Code == "" {
			c.Code = socialorg.ProblemCode("", ie.Field, ie.Rule)
		}
		c.Field = rebaseField(ie.Field, pairs)
		out[i] = &c
	}
	return out
}

// jsonProblem gives a decoding error of encoding/json as a problem naming its field, echoing at
// most a short prefix of the value.
func jsonProblem(err error) error {
	var te *json.UnmarshalTypeError
	var ie *socialorg.InputError
	switch {
	case errors.As(err, &ie):
		return err
	case errors.As(err, &te):
		return problem(te.Field, cutString(te.Value, 64), "a value of type "+cutString(te.Type.String(), 64), "")
	}
	return problem("", "", "well-formed JSON: "+cutString(err.Error(), 128), "request.body.bad_json")
}

// under puts the fields of problems found decoding a part of the body under that part's path:
// "name" under "input" is "input.name"; a problem with no field is the part's own.
func under(err error, prefix string) error {
	list := asErrors(err)
	out := make(socialorg.Errors, len(list))
	for i, e := range list {
		ie, ok := e.(*socialorg.InputError)
		if !ok {
			out[i] = e
			continue
		}
		c := *ie
		switch {
		case ie.Field == "":
			c.Field = prefix
		case strings.HasPrefix(ie.Field, "["):
			c.Field = prefix + ie.Field
		default:
			c.Field = prefix + "." + ie.Field
		}
		if c.Code == "" {
			c.Code = socialorg.ProblemCode("", c.Field, c.Rule)
		}
		out[i] = &c
	}
	return out
}

func rebaseField(f string, pairs []string) string {
	for i := 0; i+1 < len(pairs); i += 2 {
		old, repl := pairs[i], pairs[i+1]
		if f == old {
			return repl
		}
		if strings.HasPrefix(f, old+".") || strings.HasPrefix(f, old+"[") {
			return repl + f[len(old):]
		}
	}
	switch {
	case f == "":
		return "input"
	case f == "input" || strings.HasPrefix(f, "input.") || strings.HasPrefix(f, "options."):
		return f
	case f == "supply" || strings.HasPrefix(f, "supply.") || strings.HasPrefix(f, "supply["):
		// A supplied value that fails its parameter's check when a check reads it
		// (socialorg.Param.Read names it "supply.<id>").
		return "options." + f
	}
	return joinPath("input", f)
}

// RatioView is an exact ratio ready for a page: the fraction, the decimal (four places) and the
// percentage (two decimals), both rounded half to even (socialorg.Ratio.Decimal, Percent);
// decimal is empty and percent "n/a" when the ratio is undefined (a zero denominator). Every
// socialorg.Ratio of an answer is shown so, also inside a type that writes its own JSON
// (presentRatios); the document describes each as this.
type RatioView struct {
	Num     int64  `json:"num"`
	Den     int64  `json:"den"`
	Decimal string `json:"decimal,omitempty"`
	Percent string `json:"percent"`
}

func ratioView(r socialorg.Ratio) RatioView {
	v := RatioView{Num: r.Num, Den: r.Den, Percent: r.Percent(2)}
	if r.Defined() {
		v.Decimal = r.Decimal(4).StringFixed(4)
	}
	return v
}

// --- /v1/registration ------------------------------------------------------------------------

// --- /v1/party/coverage ----------------------------------------------------------------------

// PartyInput are the units whose Party coverage is assessed.
type PartyInput struct {
	Units []partybuilding.Unit `json:"units"`
}

// PartyResult is each unit's assessment with its report localized, the tally and its rates.
type PartyResult struct {
	Assessments []UnitAssessment       `json:"assessments"`
	Coverage    partybuilding.Coverage `json:"coverage"`
	Rates       RatesView              `json:"rates"`
	// NeedingAction are the IDs of the units with an action to take, most urgent first
	// (partybuilding.NeedingAction).
	NeedingAction []string `json:"needing_action"`
}

// UnitAssessment is one unit's assessment and its report for a page.
type UnitAssessment struct {
	Assessment partybuilding.Assessment  `json:"assessment"`
	Report     socialorg.LocalizedReport `json:"report"`
}

// RatesView are partybuilding.Rates with each ratio as a RatioView.
type RatesView struct {
	OrgOfEligible   RatioView `json:"org_of_eligible"`
	OrgOfAll        RatioView `json:"org_of_all"`
	OrgOfOperating  RatioView `json:"org_of_operating"`
	WorkOfAll       RatioView `json:"work_of_all"`
	WorkOfOperating RatioView `json:"work_of_operating"`
}

func ratesView(r partybuilding.Rates) RatesView {
	return RatesView{ratioView(r.OrgOfEligible), ratioView(r.OrgOfAll), ratioView(r.OrgOfOperating), ratioView(r.WorkOfAll), ratioView(r.WorkOfOperating)}
}

// --- /v1/venture/grant -----------------------------------------------------------------------

// GrantInput is a venture round and its applications.
type GrantInput struct {
	Round        GrantRound            `json:"round"`
	Applications []venture.Application `json:"applications"`
}

// GrantRound is a round whose caps default to the measures in force at as_of in the place
// (venture.NewRound): give max_grant or max_share to use another.
type GrantRound struct {
	Budget     *decimal.Decimal         `json:"budget" openapi:"required"`
	MaxGrant   *decimal.Decimal         `json:"max_grant,omitempty"`
	MaxShare   *decimal.Decimal         `json:"max_share,omitempty"`
	Categories []venture.CategoryBudget `json:"categories,omitempty"`
}

// GrantResult is the round as judged (its caps filled in), each application's grant under the
// round's formula (venture.Round.Grant), in the order given, and the allocation.
type GrantResult struct {
	Round      venture.Round      `json:"round"`
	Grants     []GrantLine        `json:"grants"`
	Allocation venture.Allocation `json:"allocation"`
}

// GrantLine is the grant the round's rules allow one application, before the budget is applied.
type GrantLine struct {
	ID    string          `json:"id"`
	Grant decimal.Decimal `json:"grant"`
}

// --- /v1/linkage/match -----------------------------------------------------------------------

// MatchInput are the needs and resources to match. The cost of serving across subdistricts is a
// setting, given in options like any other (options.set["linkage.cross-subdistrict-cost"], a
// linkage.DistanceCost), as a Go caller gives linkage.CrossSubdistrictCost.
type MatchInput struct {
	Needs     []linkage.Need     `json:"needs"`
	Resources []linkage.Resource `json:"resources"`
}

// MatchResult is the plan of greatest net value and what a planner reads off it, each as the
// library encodes it (money in fen and in yuan; its ratios, like every ratio of an answer, shown
// as RatioViews).
type MatchResult struct {
	Plan    linkage.Plan    `json:"plan"`
	Summary linkage.Summary `json:"summary"`
}

// --- /v1/standards/grade ---------------------------------------------------------------------

// GradeInput is a score and a profile to grade under a scheme: the scheme of the place
// (options.in) where the library holds one, else the one named by scheme_id (one of
// standards.Schemes), or the caller's own scheme given whole.
type GradeInput struct {
	Score    *decimal.Decimal       `json:"score" openapi:"required"`
	Profile  standards.Profile      `json:"profile"`
	SchemeID string                 `json:"scheme_id,omitempty"`
	Scheme   *standards.GradeScheme `json:"scheme,omitempty"`
}

// GradeAnswer is the scheme used and the grading.
type GradeAnswer struct {
	Scheme  SchemeRef             `json:"scheme"`
	Outcome standards.GradeResult `json:"outcome"`
}

// SchemeRef names a grading scheme.
type SchemeRef struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// --- /v1/calendar/obligations ----------------------------------------------------------------

// ObligationsInput is an organization's profile and the period whose due dates are listed.
type ObligationsInput struct {
	Profile calendar.Profile `json:"profile"`
	From    socialorg.Date   `json:"from"`
	To      socialorg.Date   `json:"to"`
}

// ObligationsResult is the calendar and each task's title and message in the answer's language.
type ObligationsResult struct {
	Calendar calendar.Calendar `json:"calendar"`
	Tasks    []TaskText        `json:"tasks"`
}

// TaskText is a task ready for a page.
type TaskText struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	Message string `json:"message"`
}

// endpoints lists the routes of the service.
func (s *Server) endpoints() []route {
	return []route{
		post(s, postSpec{path: "/v1/registration", id: "checkRegistration", name: "Registration",
			summary:     "Registration or filing conditions (registry.CheckRegistration)",
			description: "Judges whether an organization meets the conditions to register (or to file, for a community social organization) under the rules in force at as_of in its registration authority's place."},
			func(in *registry.Organization, c *call) (registry.RegistrationResult, *socialorg.Report, error) {
				res, err := registry.CheckRegistration(*in, c.asOf, c.opts...)
				if err != nil {
					return res, nil, rebase(err, "organization", "input")
				}
				return res, &res.Report, nil
			}, nil),
		post(s, postSpec{path: "/v1/party/coverage", id: "assessPartyCoverage", name: "PartyCoverage",
			summary:     "Party-organization coverage (partybuilding.Assess and Tally)",
			description: "Assesses each unit against the Party-building rules in force at as_of and tallies the coverage, with its rates on each denominator in use."},
			func(in *PartyInput, c *call) (PartyResult, *socialorg.Report, error) {
				as, err := partybuilding.Assess(in.Units, c.asOf, c.opts...)
				if err != nil {
					return PartyResult{}, nil, rebase(err)
				}
				cov := partybuilding.Tally(in.Units)
				out := PartyResult{Assessments: make([]UnitAssessment, len(as)), Coverage: cov, Rates: ratesView(cov.Rates()), NeedingAction: []string{}}
				for i, a := range as {
					out.Assessments[i] = UnitAssessment{Assessment: a, Report: a.Report.Localize(c.lang)}
				}
				for _, a := range partybuilding.NeedingAction(as) {
					out.NeedingAction = append(out.NeedingAction, a.Unit)
				}
				return out, nil, nil
			}, nil),
		post(s, postSpec{path: "/v1/charity/spending", id: "checkCharitySpending", name: "CharitySpending",
			summary:     "Annual charitable spending and management expenses (charity.CheckAnnualSpending)",
			description: "Judges a year's charitable-activity expenditure and management expenses against the rules in force at as_of."},
			func(in *charity.SpendingInput, c *call) (charity.SpendingResult, *socialorg.Report, error) {
				res, err := charity.CheckAnnualSpending(*in, c.asOf, c.opts...)
				if err != nil {
					return res, nil, rebase(err, "spending_input", "input")
				}
				return res, &res.Report, nil
			}, nil),
		post(s, postSpec{path: "/v1/charity/qualification", id: "checkCharityQualification", name: "CharityQualification",
			summary:     "Public-fundraising qualification (charity.CheckQualification)",
			description: "Judges whether a charitable organization may be granted the public-fundraising qualification under the regime in force at as_of."},
			func(in *charity.QualificationInput, c *call) (charity.QualificationResult, *socialorg.Report, error) {
				res, err := charity.CheckQualification(*in, c.asOf, c.opts...)
				if err != nil {
					return res, nil, rebase(err, "qualification_input", "input")
				}
				return res, &res.Report, nil
			}, nil),
		post(s, postSpec{path: "/v1/venture/grant", id: "allocateVentureGrants", name: "VentureGrant",
			summary:     "Venture round grants and allocation (venture.Round.Grant, venture.Allocate)",
			description: "Computes each application's grant under the round's formula and allocates the budget in rank order. Caps not given are those of the measures in force at as_of in the place (venture.NewRound)."},
			runGrant, nil),
		post(s, postSpec{path: "/v1/linkage/match", id: "matchLinkage", name: "LinkageMatch",
			summary:     "Five-Society Linkage matching (linkage.MatchWith, linkage.Summarize)",
			description: "Matches community needs to the resources of the linkage parties for the greatest net value, and summarizes the plan by need, resource, kind and community, with a finding for each (the report). Money is in fen and in yuan. A cost of serving across subdistricts is the setting options.set[\"linkage.cross-subdistrict-cost\"]: {\"per_unit\": fen, or \"per_unit_yuan\": yuan, \"subdistricts\": {community: subdistrict}}."},
			runMatch, nil),
		post(s, postSpec{path: "/v1/standards/grade", id: "gradeAssessment", name: "StandardsGrade",
			summary:     "Assessment grade for a score (standards.GradeScheme.Check)",
			description: "Grades a score and profile under a grading scheme: Guangzhou's by default, the one named by scheme_id, or the caller's own scheme. Unconfirmed cut-offs are supplied through options.supply."},
			runGrade, nil),
		post(s, postSpec{path: "/v1/calendar/obligations", id: "listObligations", name: "CalendarObligations", ics: true,
			summary:     "An organization's dated obligations (calendar.Obligations)",
			description: "Lists the tasks the organization must do with a due date in [from, to], each with its status and the risks it carries at as_of. With Accept: text/calendar the answer is an iCalendar file (RFC 5545)."},
			runObligations, func(out ObligationsResult, lang language.Tag) ([]byte, bool) {
				var b bytes.Buffer
				if err := out.Calendar.WriteICS(&b, lang); err != nil {
					return nil, false
				}
				return b.Bytes(), true
			}),
		s.getRules(),
		s.getParameters(),
		s.getJurisdictions(),
		s.getHealth(),
		s.getOpenAPI(),
	}
}

func runGrant(in *GrantInput, c *call) (GrantResult, *socialorg.Report, error) {
	if in.Round.Budget == nil {
		return GrantResult{}, nil, problem("input.round.budget", "", "required: the budget in yuan", "request.input.round.budget.required")
	}
	round, err := venture.NewRound(*in.Round.Budget, c.asOf, c.opts...)
	if err != nil {
		return GrantResult{}, nil, rebase(err, "budget", "input.round.budget", "round", "input.round")
	}
	if in.Round.MaxGrant != nil {
		round.MaxGrant = *in.Round.MaxGrant
	}
	if in.Round.MaxShare != nil {
		round.MaxShare = *in.Round.MaxShare
	}
	round.Categories = in.Round.Categories
	al, err := venture.Allocate(round, in.Applications)
	if err != nil {
		return GrantResult{}, nil, rebase(err)
	}
	out := GrantResult{Round: round, Grants: make([]GrantLine, len(in.Applications)), Allocation: al}
	for i, a := range in.Applications {
		out.Grants[i] = GrantLine{ID: a.ID, Grant: round.Grant(a)}
	}
	return out, nil, nil
}

func runMatch(in *MatchInput, c *call) (MatchResult, *socialorg.Report, error) {
	plan, err := linkage.MatchWith(in.Needs, in.Resources, c.opts...)
	if err != nil { // the distance cost's problems are those of the setting given in options
		return MatchResult{}, nil, rebase(err, "cross_subdistrict_cost", "options.set."+linkage.DistanceKey.ID())
	}
	// Summarize reads the plan with the options Match had (the distance cost is in its margins).
	sum, err := linkage.Summarize(in.Needs, in.Resources, plan, c.opts...)
	if err != nil { // the plan Match made does not read back: not the caller's problem
		return MatchResult{}, nil, internalError(err)
	}
	return MatchResult{Plan: plan, Summary: sum}, &sum.Report, nil
}

// schemeFor returns the grading scheme of the place a check judges at (options.in, else the
// home jurisdiction): the library offers Guangzhou's (standards.GuangzhouAssessment) as the
// scheme of its home jurisdiction and of the places within it, the caller's jurisdictions
// included; the other schemes it holds are comparables, which a caller names with scheme_id.
// false when the place has none.
func schemeFor(c *call) (standards.GradeScheme, bool) {
	// The place of the options (In), else the home; the caller's jurisdictions count.
	s, err := standards.SchemeAt("", c.asOf, c.opts...)
	return s, err == nil
}

func runGrade(in *GradeInput, c *call) (GradeAnswer, *socialorg.Report, error) {
	if in.Score == nil {
		return GradeAnswer{}, nil, problem("input.score", "", "required", "request.input.score.required")
	}
	var scheme standards.GradeScheme
	switch {
	case in.Scheme != nil:
		scheme = *in.Scheme
	case in.SchemeID != "":
		var ids []string
		found := false
		for _, sc := range standards.Schemes() {
			ids = append(ids, sc.ID)
			if sc.ID == in.SchemeID {
				scheme, found = sc, true
			}
		}
		if !found {
			return GradeAnswer{}, nil, problem("input.scheme_id", cutString(in.SchemeID, 64), "one of "+strings.Join(ids, ", "), "request.input.scheme_id.unknown_value")
		}
	default:
		var ok bool
		if scheme, ok = schemeFor(c); !ok {
			return GradeAnswer{}, nil, problem("options.in", c.data.In, "a place with a grading scheme of its own, or a scheme_id", "request.options.in.no_scheme")
		}
	}
	scheme, err := scheme.With(c.opts...)
	if err != nil {
		return GradeAnswer{}, nil, rebase(err, "scheme", "input.scheme")
	}
	res, err := scheme.Check(*in.Score, in.Profile, c.asOf, c.opts...)
	if err != nil {
		return GradeAnswer{}, nil, rebase(err)
	}
	return GradeAnswer{Scheme: SchemeRef{ID: scheme.ID, Name: scheme.Name}, Outcome: res}, &res.Report, nil
}

func runObligations(in *ObligationsInput, c *call) (ObligationsResult, *socialorg.Report, error) {
	opts := append(append(socialorg.Options(nil), c.opts...), calendar.AsOf(c.asOf))
	cal, err := calendar.Obligations(in.Profile, in.From, in.To, opts...)
	if err != nil {
		return ObligationsResult{}, nil, rebase(err)
	}
	out := ObligationsResult{Calendar: cal, Tasks: make([]TaskText, len(cal.Tasks))}
	for i, t := range cal.Tasks {
		out.Tasks[i] = TaskText{ID: t.ID, Title: t.Title(c.lang), Message: t.Message(c.lang)}
	}
	return out, &cal.Report, nil
}
