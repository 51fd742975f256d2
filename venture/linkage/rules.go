package linkage

import (
	"errors"
	"strings"

	"github.com/socialorg/socialorg"
)

// book holds the package's rules and its one parameter, recorded as they are declared below.
var book = socialorg.NewBook("linkage")

// Rules lists the package's rules (ID, titles, regimes with their citations), by ID: the rules
// of the findings that explain a plan (Summary.Report, Explanation.Report).
func Rules() []socialorg.Rule { return book.Rules() }

// Parameters lists the package's dated parameters, by ID: the parties of Five-Society Linkage.
// Matching itself takes no figure from a source (its constants are limits on input and
// presentation, not law).
func Parameters() []socialorg.Parameter { return book.Parameters() }

// The legal source. The opinion's own date (it is dated in April 2021 in its official release) is
// not in the sources read; they date its publication.
const docOpinion2021 = "《中共中央 国务院关于加强基层治理体系和治理能力现代化建设的意见》（2021年）"

var (
	// fromOpinion2021 is the day the opinion was published (S16: 「2021年7月11日，中共中央、国务院印发的
	// 《关于加强基层治理体系和治理能力现代化建设的意见》」).
	fromOpinion2021 = socialorg.MustDate("2021-07-11")
	citeOpinion2021 = socialorg.Citation{Document: docOpinion2021}
)

// noteOpinion says what is weak about the citation, on every regime that rests on the opinion.
const noteOpinion = "dated from the opinion's publication (2021-07-11, S16 of the domain note, which quotes 「创新社区与社会组织、社会工作者、社区志愿者、社会慈善资源的联动机制」); " +
	"the article that asks for the mechanism is not numbered in the sources read, so the whole opinion is cited"

// noteExplains says what the findings of a plan are, on every rule of them.
const noteExplains = noteOpinion + ". The opinion asks for the linkage mechanism and sets no test of how a need is met: " +
	"these findings explain a plan (the greatest net value that Match finds, or the caller's own plan); they are not a legal verdict"

// Parties is a list of parties, the value of the parameter that names the parties of
// Five-Society Linkage.
type Parties []Party

// String lists the parties' text forms, separated by ", ".
func (ps Parties) String() string {
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(p.String())
	}
	return b.String()
}

// Clone returns a copy.
func (ps Parties) Clone() Parties {
	if ps == nil {
		return nil
	}
	return append(Parties{}, ps...)
}

// Contains reports whether p is in the list.
func (ps Parties) Contains(p Party) bool {
	for _, q := range ps {
		if q == p {
			return true
		}
	}
	return false
}

// validate checks a list of parties (a jurisdiction's own list, given as data).
func (ps Parties) validate() error {
	if len(ps) == 0 {
		return errors.New("at least one party")
	}
	for i, p := range ps {
		if !p.IsValid() {
			return errors.New("one of the parties")
		}
		for _, q := range ps[:i] {
			if q == p {
				return errors.New("each party once")
			}
		}
	}
	return nil
}

// partiesParam names the parties of Five-Society Linkage: the national five of the 2021 opinion.
// A place that links other parties (Panyu's earlier variant, S18: 社区、社会组织、社工、社区企业、
// 社区基金, from the second half of 2016, a programme of the district's federation of social
// organizations rather than a government rule) is data a caller adds with its jurisdiction.
var partiesParam = socialorg.MustParam(book, socialorg.ParamSpec[Parties]{ID: "linkage.parties", Unit: "parties",
	Title: socialorg.Text{Hans: "五社联动的各方", Hant: "五社聯動的各方", En: "the parties of Five-Society Linkage"},
	Check: Parties.validate,
	Values: []socialorg.Dated[Parties]{{From: fromOpinion2021, Cite: citeOpinion2021, Note: noteOpinion,
		Value: Parties{ResidentsCommittee, SocialOrganization, SocialWorker, Volunteer, CharitableResource}}},
})

// nationalParties is the national list in force today (the opinion's), read once: the list
// National answers from. It is never changed after initialization.
var nationalParties = func() Parties {
	vs := partiesParam.Values()
	return vs[len(vs)-1].Value
}()

// PartiesAt returns the parties of Five-Society Linkage in force at asOf in the place the options
// give (socialorg.In; Guangzhou when none), with the citation: the national five of the 2021
// opinion, unless a caller's jurisdiction (socialorg.WithJurisdictions) gives its own list for
// linkage.parties. Before the opinion (2021-07-11) there is no list: the error matches
// socialorg.ErrNotInForce.
func PartiesAt(asOf socialorg.Date, opts ...socialorg.Option) (Parties, socialorg.Citation, error) {
	c := socialorg.NewChecker("", asOf, opts...)
	v, cite, ok := partiesParam.Read(&c)
	if err := c.Err(); err != nil || !ok {
		if err == nil {
			err = socialorg.MissingDate("as_of")
		}
		return nil, socialorg.Citation{}, err
	}
	return v, cite, nil
}

// The IDs of the package's rules, for Report.Find.
const (
	// RuleNeedMet: a need is met in full (Got what it is served, Want its quantity).
	RuleNeedMet socialorg.RuleID = "linkage.need.met"
	// RuleAssignment: a resource serves a need at a positive margin (Got the margin per unit).
	RuleAssignment socialorg.RuleID = "linkage.need.assignment"
	// RuleAlternative: a resource cheaper than those serving a need did not serve it (Got why).
	RuleAlternative socialorg.RuleID = "linkage.need.alternative"
	// RuleKindServed: the needs of one kind are met in full (Got what they are served, Want what
	// they need).
	RuleKindServed socialorg.RuleID = "linkage.kind.served"
	// RuleCommunityServed: the needs of one community are met in full (Got the share of their
	// value served).
	RuleCommunityServed socialorg.RuleID = "linkage.community.served"
)

// unitWords are the value words of quantities and amounts in findings.
var unitWords = map[string]socialorg.Text{
	"yuan":  {Hans: "元", Hant: "元", En: "yuan"},
	"hours": {Hans: "小时", Hant: "小時", En: "hours"},
	"units": {Hans: "单位", Hant: "單位", En: "units"},
}

// reasonWords are the value words of the reasons an alternative did not serve a need.
var reasonWords = func() map[string]socialorg.Text {
	m := map[string]socialorg.Text{}
	for r := OtherKind; r <= Unchosen; r++ {
		m[r.String()] = r.Name()
	}
	return m
}()

func rule(id socialorg.RuleID, title socialorg.Text, words map[string]socialorg.Text) *socialorg.Rule {
	return book.MustRule(socialorg.Rule{ID: id, Title: title, Words: words,
		Regimes: []socialorg.Regime{{From: fromOpinion2021, Cite: citeOpinion2021, Note: noteExplains}}})
}

// The rules of the findings that explain a plan.
var (
	ruleNeedMet    = rule(RuleNeedMet, socialorg.Text{Hans: "需求得到全部满足", Hant: "需求得到全部滿足", En: "the need is met in full"}, unitWords)
	ruleAssignment = rule(RuleAssignment, socialorg.Text{Hans: "资源以正的单位净收益服务需求", Hant: "資源以正的單位淨收益服務需求",
		En: "a resource serves the need at a positive margin per unit"}, unitWords)
	ruleAlternative = rule(RuleAlternative, socialorg.Text{Hans: "较便宜的资源未服务该需求", Hant: "較便宜的資源未服務該需求",
		En: "a cheaper resource did not serve the need"}, reasonWords)
	ruleKindServed = rule(RuleKindServed, socialorg.Text{Hans: "该类需求得到全部满足", Hant: "該類需求得到全部滿足",
		En: "the needs of the kind are met in full"}, unitWords)
	ruleCommunityServed = rule(RuleCommunityServed, socialorg.Text{Hans: "社区需求得到全部满足（按价值计）", Hant: "社區需求得到全部滿足（按價值計）",
		En: "the community's needs are met in full (by value)"}, nil)
)

// citeOf is the citation a plan's findings give for rule r: the regime in force today (a plan has
// no date; every rule of the package has one regime, open since the opinion).
func citeOf(r *socialorg.Rule) socialorg.Citation { return r.Regimes[len(r.Regimes)-1].Cite }
