package main

import (
	"net/http"
	"reflect"

	"github.com/socialorg/socialorg"
)

// RulesAnswer lists every rule the service judges with (socialorg.AllRules), by ID.
type RulesAnswer struct {
	Language    string     `json:"language"`
	Version     string     `json:"version"`
	RulesDigest string     `json:"rules_digest"`
	Rules       []RuleView `json:"rules"`
}

// RuleView is a rule with its title in the answer's language.
type RuleView struct {
	socialorg.Rule
	Label string `json:"label"`
}

// ParametersAnswer lists every parameter (socialorg.AllParameters) and, when at is given, its
// value at that date in the place in (the home jurisdiction when none).
type ParametersAnswer struct {
	Language   string          `json:"language"`
	At         socialorg.Date  `json:"at,omitzero"`
	In         string          `json:"in,omitempty"`
	Version    string          `json:"version"`
	Parameters []ParameterView `json:"parameters"`
}

// ParameterView is a parameter's listing, its title in the answer's language and, with at, its
// resolution (socialorg.Resolve) or why it has none there and then (not in force, not supplied).
type ParameterView struct {
	socialorg.Listing
	Label      string                `json:"label"`
	Resolved   *socialorg.Resolution `json:"resolved,omitempty"`
	Unresolved socialorg.Errors      `json:"unresolved,omitempty"`
}

// JurisdictionsAnswer lists the jurisdictions the library declares (socialorg.Jurisdictions).
type JurisdictionsAnswer struct {
	Language      string             `json:"language"`
	Jurisdictions []JurisdictionView `json:"jurisdictions"`
}

// JurisdictionView is a jurisdiction as its spec, with its name in the answer's language and
// whether the division still exists.
type JurisdictionView struct {
	socialorg.JurisdictionSpec
	Label   string `json:"label"`
	Current bool   `json:"current"`
}

// Health is the answer of /healthz.
type Health struct {
	Status      string `json:"status"` // "ok"
	Version     string `json:"version"`
	RulesDigest string `json:"rules_digest"`
}

func getRoute(path, id, summary, description string, response reflect.Type, q []queryParam, h http.HandlerFunc) route {
	return route{method: http.MethodGet, path: path, id: id, summary: summary, description: description, response: response,
		responseName: response.Name(), query: q, handle: h}
}

var langParam = queryParam{name: "lang", description: "the language of the texts (BCP 47: zh-Hans, zh-Hant, en); wins over Accept-Language"}

func (s *Server) getRules() route {
	return getRoute("/v1/rules", "listRules", "Every rule the service judges with", "Every rule of the library (socialorg.AllRules), by ID, with its regimes and citations, and its title in the answer's language.",
		reflect.TypeFor[RulesAnswer](), []queryParam{langParam}, func(w http.ResponseWriter, r *http.Request) {
			lang := info(r).lang
			rules := socialorg.AllRules()
			out := RulesAnswer{Language: lang.String(), Version: socialorg.Version, RulesDigest: socialorg.RulesDigest(), Rules: make([]RuleView, len(rules))}
			for i, rl := range rules {
				out.Rules[i] = RuleView{Rule: rl, Label: rl.Title.In(lang)}
			}
			s.write(w, http.StatusOK, "application/json", out)
		})
}

func (s *Server) getParameters() route {
	return getRoute("/v1/parameters", "listParameters", "Every parameter, and its value at a date and place",
		"Every parameter of the library (socialorg.AllParameters) with its regimes and local values; with at, the value in force at that date in the place in (socialorg.Resolve), or why there is none.",
		reflect.TypeFor[ParametersAnswer](), []queryParam{langParam,
			{name: "at", description: "the date to resolve each parameter at (YYYY-MM-DD)", format: "date"},
			{name: "in", description: "the place, as a GB/T 2260 code (default 440100, Guangzhou)"}},
		func(w http.ResponseWriter, r *http.Request) {
			lang := info(r).lang
			q := r.URL.Query()
			var p socialorg.Problems
			var at socialorg.Date
			if v := q.Get("at"); v != "" {
				d, err := socialorg.ParseDate(cutString(v, 64))
				if err != nil {
					p.AddError(problem("at", cutString(v, 64), "a date written as YYYY-MM-DD", "request.at.bad_format"))
				}
				at = d
			}
			in := q.Get("in")
			if in != "" && !socialorg.IsDivisionCode(in) {
				p.AddError(problem("in", cutString(in, 64), "a GB/T 2260 code: six digits", "request.in.bad_format"))
			}
			if err := p.Err(); err != nil {
				s.problem(w, r, http.StatusBadRequest, err)
				return
			}
			books := map[string]*socialorg.Book{}
			for _, b := range socialorg.Books() {
				for _, prm := range b.Parameters() {
					books[prm.ID()] = b
				}
			}
			var opts []socialorg.Option
			if in != "" {
				opts = append(opts, socialorg.In(in))
			}
			ps := socialorg.AllParameters()
			out := ParametersAnswer{Language: lang.String(), At: at, In: in, Version: socialorg.Version, Parameters: make([]ParameterView, len(ps))}
			for i, prm := range ps {
				v := ParameterView{Listing: prm.Listing(), Label: prm.Title().In(lang)}
				if !at.IsZero() {
					if b := books[prm.ID()]; b != nil {
						res, err := socialorg.Resolve(b, prm.ID(), at, opts...)
						if err != nil {
							v.Unresolved = asErrors(err)
						} else {
							v.Resolved = &res
						}
					}
				}
				out.Parameters[i] = v
			}
			s.write(w, http.StatusOK, "application/json", out)
		})
}

func (s *Server) getJurisdictions() route {
	return getRoute("/v1/jurisdictions", "listJurisdictions", "The jurisdictions the library declares",
		"Every jurisdiction the library declares (socialorg.Jurisdictions), by code, with its parent, level and name.",
		reflect.TypeFor[JurisdictionsAnswer](), []queryParam{langParam}, func(w http.ResponseWriter, r *http.Request) {
			lang := info(r).lang
			js := socialorg.Jurisdictions()
			out := JurisdictionsAnswer{Language: lang.String(), Jurisdictions: make([]JurisdictionView, len(js))}
			for i, j := range js {
				out.Jurisdictions[i] = JurisdictionView{JurisdictionSpec: j.Spec(), Label: j.Name().In(lang), Current: j.Current()}
			}
			s.write(w, http.StatusOK, "application/json", out)
		})
}

func (s *Server) getHealth() route {
	return getRoute("/healthz", "health", "Liveness", "Answers 200 while the service runs, with the library's version and rules digest.",
		reflect.TypeFor[Health](), nil, func(w http.ResponseWriter, r *http.Request) {
			s.write(w, http.StatusOK, "application/json", Health{Status: "ok", Version: socialorg.Version, RulesDigest: socialorg.RulesDigest()})
		})
}

func (s *Server) getOpenAPI() route {
	rt := getRoute("/openapi.json", "openapi", "This document", "The OpenAPI 3.1 document of the service, generated from its Go types.",
		reflect.TypeFor[map[string]any](), nil, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json; charset=utf-8")
			w.Header().Set("Content-Language", "en")
			w.WriteHeader(http.StatusOK)
			_, _ = w.Write(s.doc)
		})
	rt.responseName = ""
	return rt
}
