package standards

import (
	"cmp"
	"encoding/json"
	"slices"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/enum"
)

// Section is one of the eight sections of T/GZS 1-2020, the group standard for social
// organizations facing a public-health emergency (《社会组织应对突发公共卫生事件防控规范》).
type Section uint8

// The sections, in the standard's order.
const (
	GradedResponse Section = iota + 1 // 分级应对
	WorkPrinciples                    // 工作原则
	Organization                      // 应急组织领导和职责
	Monitoring                        // 监测、预警和报告
	Response                          // 应急反应原则和措施
	Publicity                         // 防控宣传措施
	Donations                         // 防控款物管理
	Supervision                       // 监督评价
)

// Sections is the number of sections.
const Sections = 8

var sectionNames = enum.Names[Section]{
	Type: "Section",
	Text: []string{"", "graded-response", "work-principles", "organization", "monitoring", "response", "publicity", "donations", "supervision"},
	Names: []socialorg.Text{{},
		{Hans: "分级应对", Hant: "分級應對", En: "graded response"},
		{Hans: "工作原则", Hant: "工作原則", En: "work principles"},
		{Hans: "应急组织领导和职责", Hant: "應急組織領導和職責", En: "emergency organization and duties"},
		{Hans: "监测、预警和报告", Hant: "監測、預警和報告", En: "monitoring, warning and reporting"},
		{Hans: "应急反应原则和措施", Hant: "應急反應原則和措施", En: "response principles and measures"},
		{Hans: "防控宣传措施", Hant: "防控宣傳措施", En: "publicity"},
		{Hans: "防控款物管理", Hant: "防控款物管理", En: "management of donated money and goods"},
		{Hans: "监督评价", Hant: "監督評價", En: "supervision and evaluation"}},
}

// IsValid reports whether s is one of the eight sections.
func (s Section) IsValid() bool { return s != 0 && sectionNames.Valid(s) }

// String returns the text form ("graded-response"…).
func (s Section) String() string { return sectionNames.String(s) }

// Name returns the section's heading in three languages.
func (s Section) Name() socialorg.Text { return sectionNames.Name(s) }

// MarshalText encodes s as String does.
func (s Section) MarshalText() ([]byte, error) { return sectionNames.Marshal(s) }

// UnmarshalText decodes the text form.
func (s *Section) UnmarshalText(b []byte) error { return sectionNames.Unmarshal(b, s) }

// UnmarshalJSON decodes a JSON string; a bad value is an error naming the field.
func (s *Section) UnmarshalJSON(b []byte) error { return sectionNames.DecodeJSON(b, s) }

// Item is one checklist item of a section. The standard's clause texts are not in the sources
// read: the items are the caller's.
type Item struct {
	ID      string  `json:"id"`
	Section Section `json:"section"`
	Text    string  `json:"text"`
}

// Checklist is the emergency-readiness checklist: items under the standard's eight sections.
type Checklist struct {
	Items []Item `json:"items"`
}

// MaxItems is the most items a checklist may hold.
const MaxItems = 10_000

// Validate checks the checklist: unique, non-empty item IDs, a valid section for each, and at least
// one item in every section.
func (cl Checklist) Validate() error {
	p := socialorg.Problems{Package: "standards"}
	if len(cl.Items) > MaxItems {
		return coded(socialorg.Invalid("checklist.items", len(cl.Items), "at most 10000"))
	}
	seen := make(map[string]bool, len(cl.Items))
	var per [Sections + 1]int
	for i, it := range cl.Items {
		at := func(f string) string { return socialorg.Path("checklist", "items", i, f) } // only for a problem
		switch {
		case it.ID == "" || len(it.ID) > maxID:
			p.Add(at("id"), it.ID, "1 … 128 bytes")
		case seen[it.ID]:
			p.Add(at("id"), it.ID, "unique")
		}
		seen[it.ID] = true
		if !it.Section.IsValid() {
			p.Add(at("section"), int(it.Section), "one of the eight sections")
			continue
		}
		per[it.Section]++
	}
	for s := GradedResponse; s <= Supervision; s++ {
		if per[s] == 0 {
			p.Add("checklist.items", s.String(), "at least one item in every section")
		}
	}
	return p.Err()
}

// SectionScore is how many of a section's items an organization meets.
type SectionScore struct {
	Section Section  `json:"section"`
	Met     int      `json:"met"`
	Items   int      `json:"items"`
	Missing []string `json:"missing"` // IDs of the items not met
}

// ReadinessResult is the outcome of CheckReadiness.
type ReadinessResult struct {
	socialorg.Report
	Sections []SectionScore `json:"sections"` // in the standard's order
}

// Ready reports whether every item of every section is met: no finding failed (Report.Clean).
func (r ReadinessResult) Ready() bool { return r.Clean() }

// MarshalJSON encodes the result with its verdict and "ready", derived from the findings.
func (r ReadinessResult) MarshalJSON() ([]byte, error) {
	type plain ReadinessResult
	b, err := json.Marshal(plain(r))
	if err != nil {
		return nil, err
	}
	return socialorg.WithVerdict(b, r.Report, "ready")
}

// CheckReadiness checks an organization's readiness against the checklist at asOf: one finding
// per section of T/GZS 1-2020 (in force from 2020-05-25), passing when every item of the section
// is met. met lists the IDs of the items met; an ID the checklist does not hold is an error. The
// standard is a group standard, voluntary: a failure shows a gap in readiness, not a breach of law.
func CheckReadiness(org string, cl Checklist, met []string, asOf socialorg.Date) (ReadinessResult, error) {
	if err := cl.Validate(); err != nil {
		return ReadinessResult{}, err
	}
	have := make(map[string]bool, len(met))
	ids := make(map[string]bool, len(cl.Items))
	for _, it := range cl.Items {
		ids[it.ID] = true
	}
	p := socialorg.Problems{Package: "standards"}
	for i, id := range met {
		if !ids[id] {
			p.Add(socialorg.Path("met", i), id, "an item of the checklist")
		}
		have[id] = true
	}
	if err := p.Err(); err != nil {
		return ReadinessResult{}, err
	}
	res := ReadinessResult{Sections: make([]SectionScore, Sections)}
	for s := range res.Sections {
		res.Sections[s] = SectionScore{Section: Section(s + 1), Missing: []string{}}
	}
	for _, it := range cl.Items {
		sc := &res.Sections[it.Section-1]
		sc.Items++
		if have[it.ID] {
			sc.Met++
		} else {
			sc.Missing = append(sc.Missing, it.ID)
		}
	}
	ck := socialorg.NewChecker(org, asOf)
	for _, sc := range res.Sections {
		slices.Sort(sc.Missing)
		ck.Verdict(sectionRules[sc.Section-1], sc.Met == sc.Items, socialorg.Fig(itoa(sc.Met)+"/"+itoa(sc.Items)),
			socialorg.Fig(itoa(sc.Items)+"/"+itoa(sc.Items)), socialorg.Citation{})
	}
	rep, err := ck.Finish()
	if err != nil {
		return ReadinessResult{}, err
	}
	res.Report = rep
	return res, nil
}

// ReadinessTally sums readiness results over organizations (a district, a city): how many are
// ready, and per section how many organizations meet it in full. It is a mergeable value.
type ReadinessTally struct {
	Orgs     int            `json:"orgs"`
	Ready    int            `json:"ready"`
	Sections []SectionTally `json:"sections"` // in the standard's order
}

// SectionTally is one section's share of a tally.
type SectionTally struct {
	Section  Section `json:"section"`
	Complete int     `json:"complete"` // organizations meeting every item of the section
	Met      int     `json:"met"`      // items met, summed over organizations
	Items    int     `json:"items"`    // items, summed over organizations
}

// TallyReadiness tallies readiness results.
func TallyReadiness(rs []ReadinessResult) ReadinessTally {
	t := emptyTally()
	for _, r := range rs {
		t.Orgs++
		if r.Ready() {
			t.Ready++
		}
		for _, sc := range r.Sections {
			if !sc.Section.IsValid() {
				continue
			}
			st := &t.Sections[sc.Section-1]
			st.Met += sc.Met
			st.Items += sc.Items
			if sc.Met == sc.Items {
				st.Complete++
			}
		}
	}
	return t
}

func emptyTally() ReadinessTally {
	t := ReadinessTally{Sections: make([]SectionTally, Sections)}
	for i := range t.Sections {
		t.Sections[i].Section = Section(i + 1)
	}
	return t
}

// Merge returns the tally of both (disjoint sets of organizations).
func (t ReadinessTally) Merge(o ReadinessTally) ReadinessTally {
	out := emptyTally()
	out.Orgs, out.Ready = t.Orgs+o.Orgs, t.Ready+o.Ready
	for _, src := range [][]SectionTally{t.Sections, o.Sections} {
		for _, s := range src {
			if !s.Section.IsValid() {
				continue
			}
			d := &out.Sections[s.Section-1]
			d.Complete += s.Complete
			d.Met += s.Met
			d.Items += s.Items
		}
	}
	slices.SortFunc(out.Sections, func(a, b SectionTally) int { return cmp.Compare(a.Section, b.Section) })
	return out
}

// sectionRules are the eight sections' rules, standards.emergency.<section>.
var sectionRules = func() []*socialorg.Rule {
	out := make([]*socialorg.Rule, Sections)
	for s := GradedResponse; s <= Supervision; s++ {
		n := s.Name()
		out[s-1] = rule(socialorg.RuleID("standards.emergency."+s.String()),
			"突发公共卫生事件防控："+n.Hans, "突發公共衛生事件防控："+n.Hant, "public-health emergency readiness: "+n.En,
			[]socialorg.Regime{{From: fromEmergency, Cite: socialorg.Citation{Document: docEmergency, Article: n.Hans}, Note: noteGroupStd}}, nil)
	}
	return out
}()
