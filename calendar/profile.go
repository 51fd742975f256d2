package calendar

import (
	"unicode/utf8"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/charity"
	"github.com/socialorg/socialorg/partybuilding"
	"github.com/socialorg/socialorg/registry"
)

// The kinds of Event: documented, stable names.
const (
	// EventTrustSigned: a charitable trust's documents were signed (慈善信托文件签订), with the
	// organization as trustee (Role "trustee" or "") or as settlor (Role "settlor").
	EventTrustSigned = "charity_trust_signed"
	// EventTrusteeChanged: the organization became the trustee of a trust in place of another.
	EventTrusteeChanged = "trustee_changed"
	// EventTrustEnded: a trust the organization holds as trustee ended; its yearly report stops.
	EventTrustEnded = "charity_trust_ended"
	// EventRelatedPartyDeal: a dealing with an important related party (gift, grant, joint
	// investment, trade…), or a transaction with a founder, major donor or manager.
	EventRelatedPartyDeal = "related_party_deal"
	// EventMajorAssetChange: a major asset change, investment, or transaction.
	EventMajorAssetChange = "major_asset_change"
	// EventProjectEnded: a charitable project ended with property left over.
	EventProjectEnded = "project_ended"
	// EventCampaignEnded: a public fundraising campaign ended.
	EventCampaignEnded = "campaign_ended"
	// EventUseChanged: the board approved a change of the use of gifts a fundraising plan set.
	EventUseChanged = "use_changed"
	// EventDonorUnreachableNotice: a change of the use a gift agreement set was announced because the
	// donor cannot be reached.
	EventDonorUnreachableNotice = "donor_unreachable_notice"
	// EventDonorQuery: a donor asked about the management and use of a gift.
	EventDonorQuery = "donor_query"
	// EventCharitableActivity: a charitable activity was carried out (for the dormancy rule).
	EventCharitableActivity = "charitable_activity"
)

// EventKinds lists the kinds of Event, in a fixed order.
func EventKinds() []string {
	return []string{EventTrustSigned, EventTrusteeChanged, EventTrustEnded, EventRelatedPartyDeal, EventMajorAssetChange,
		EventProjectEnded, EventCampaignEnded, EventUseChanged, EventDonorUnreachableNotice, EventDonorQuery, EventCharitableActivity}
}

func knownKind(k string) bool {
	switch k {
	case EventTrustSigned, EventTrusteeChanged, EventTrustEnded, EventRelatedPartyDeal, EventMajorAssetChange,
		EventProjectEnded, EventCampaignEnded, EventUseChanged, EventDonorUnreachableNotice, EventDonorQuery, EventCharitableActivity:
		return true
	}
	return false
}

// The roles an organization has in a trust event.
const (
	RoleTrustee = "trustee" // the default for trust events
	RoleSettlor = "settlor"
)

// Limits on a profile, so that hostile input is refused at bounded cost.
const (
	MaxEvents      = 1 << 20 // events in one profile
	MaxDone        = 1 << 20 // completions in one profile
	MaxRef         = 256     // bytes of a reference or a task ID
	MaxPeriodYears = 100     // the longest period Obligations lists
	maxPreTaxYears = 2       // figures of the two prior years (27号 Art. 4(3), (4))
)

// Profile is what the calendar knows of an organization: who it is, since when, what it holds,
// and what happened to it.
type Profile struct {
	// Code is the organization: its kind (51 social group, 52 social service agency, 53
	// foundation) and its registration authority's division (the place whose rules apply) come
	// from it.
	Code       registry.CreditCode `json:"code"`
	Registered socialorg.Date      `json:"registered"`
	// DirectlyRegistered: registered without a supervising unit (直接登记), so no report goes to
	// one. The zero value keeps the supervising unit's task.
	DirectlyRegistered bool `json:"directly_registered,omitempty"`
	// Charity: recognized or registered as a charitable organization.
	Charity bool `json:"charity"`
	// PublicFundraising: holds the public-fundraising qualification.
	PublicFundraising bool `json:"public_fundraising"`
	// PreTaxDeduction: holds the eligibility for pre-tax deduction of donations (27号).
	PreTaxDeduction bool `json:"pre_tax_deduction,omitempty"`
	// PreTaxFigures are the spending figures of the two years before the one judged, oldest first,
	// for the conditions of 27号 Art. 4(3), (4); none to leave them unjudged.
	PreTaxFigures []charity.SpendingInput `json:"pre_tax_figures,omitempty"`
	Grade         registry.Grade          `json:"grade"`
	// GradeNoticed is the date of the grade's results notice; zero when ungraded.
	GradeNoticed socialorg.Date `json:"grade_noticed,omitzero"`
	// Credit is the organization's place on the credit lists (registry.CreditListing); the zero
	// value is unknown.
	Credit registry.CreditListing `json:"credit,omitzero"`
	// Party is the organization's Party-building picture, when known: with it, a missing Party
	// organization that the rules require is reported as a risk of the abnormal list.
	Party *partybuilding.Unit `json:"party,omitempty"`
	// Events are dated happenings that open obligations.
	Events []Event `json:"events"`
	// Done marks tasks done, by ID, with the day.
	Done []Completion `json:"done,omitempty"`
}

// Event is a dated happening that opens obligations.
type Event struct {
	Kind string         `json:"kind"` // one of EventKinds
	On   socialorg.Date `json:"on"`
	Ref  string         `json:"ref,omitempty"` // caller's reference, carried into the task
	// Role is the organization's part in a trust event: "trustee" (the default) or "settlor"; ""
	// for other events.
	Role string `json:"role,omitempty"`
}

// Completion marks a task done.
type Completion struct {
	ID string         `json:"id"` // the task's ID
	On socialorg.Date `json:"on"` // the day it was done
}

// kind returns the organization's kind from its code.
func (p Profile) kind() (registry.Kind, bool) {
	k, ok := p.Code.Kind()
	if !ok || k == registry.CommunityOrg {
		return 0, false
	}
	return k, true
}

// Validate checks a profile and joins every problem, each naming its field by JSON path
// ("profile.events[2].on"): a credit code of a social group, social service agency or foundation;
// a registration date; a grade with its notice date (and none without a grade); a valid credit
// listing; events of a known kind, dated, not before registration, with a reference of at most
// 256 bytes of valid UTF-8 and a role only on trust events; at most two years of pre-tax figures,
// each valid; completions with an ID and a day. Counts past MaxEvents or MaxDone are refused
// before anything else is read.
func (p Profile) Validate() error {
	pr := socialorg.Problems{Package: "calendar"}
	p.validate(&pr)
	return pr.Err()
}

// UnmarshalJSON decodes a profile at bounded cost: a hostile amount in its pre-tax figures (a
// megabyte of digits) is refused before it is parsed, with a short error.
func (p *Profile) UnmarshalJSON(b []byte) error {
	type plain Profile
	return socialorg.UnmarshalInput(b, (*plain)(p))
}

func (p Profile) validate(pr *socialorg.Problems) {
	const at = "profile"
	if len(p.Events) > MaxEvents {
		pr.Add(socialorg.Path(at, "events"), len(p.Events), "at most 1,048,576 events")
		return
	}
	if len(p.Done) > MaxDone {
		pr.Add(socialorg.Path(at, "done"), len(p.Done), "at most 1,048,576 completions")
		return
	}
	switch {
	case p.Code.IsZero():
		pr.Add(socialorg.Path(at, "code"), "", "required: the organization's credit code")
	default:
		if _, ok := p.kind(); !ok {
			pr.Add(socialorg.Path(at, "code"), p.Code.String(), "the code of a social group (51), social service agency (52) or foundation (53)")
		}
		if !socialorg.IsDivisionCode(p.Code.Division()) {
			pr.Add(socialorg.Path(at, "code"), p.Code.String(), "a code whose characters 3–8 are a division code")
		}
	}
	if p.Registered.IsZero() {
		pr.Add(socialorg.Path(at, "registered"), "", "required: the registration date")
	}
	switch {
	case !p.Grade.IsValid():
		pr.Add(socialorg.Path(at, "grade"), int(p.Grade), "none or 1A … 5A")
	case p.Grade != registry.NoGrade && p.GradeNoticed.IsZero():
		pr.Add(socialorg.Path(at, "grade_noticed"), "", "required with a grade: the date of the results notice")
	case p.Grade == registry.NoGrade && !p.GradeNoticed.IsZero():
		pr.Add(socialorg.Path(at, "grade_noticed"), p.GradeNoticed, "only with a grade")
	}
	if err := p.Credit.Validate(); err != nil {
		pr.AddUnder(socialorg.Path(at, "credit"), err)
	}
	if p.Party != nil && (p.Party.Formal < 0 || p.Party.Probationary < 0 || !validForm(p.Party.Has)) {
		pr.Add(socialorg.Path(at, "party"), p.Party.ID, "member counts ≥ 0 and a known form")
	}
	if len(p.PreTaxFigures) > maxPreTaxYears {
		pr.Add(socialorg.Path(at, "pre_tax_figures"), len(p.PreTaxFigures), "the two prior years, or none")
	} else {
		for i, f := range p.PreTaxFigures {
			if err := f.Validate(); err != nil {
				pr.AddUnder(socialorg.Path(at, "pre_tax_figures", i), err)
			}
		}
	}
	// The field path is built only for an entry with a problem.
	for i := range p.Events {
		if p.Events[i].valid(p.Registered) {
			continue
		}
		p.Events[i].validate(pr, socialorg.Path(at, "events", i), p.Registered)
		if pr.Len() > 50 {
			return
		}
	}
	for i := range p.Done {
		if c := &p.Done[i]; c.ID != "" && len(c.ID) <= MaxRef && !c.On.IsZero() && utf8.ValidString(c.ID) {
			continue
		}
		p.Done[i].validate(pr, socialorg.Path(at, "done", i))
		if pr.Len() > 50 {
			return
		}
	}
}

func validForm(f partybuilding.Form) bool { return f == 0 || f.IsValid() }

// Validate checks one event on its own (its field names start at "on", "kind"…); the
// registration date is not known here (Profile.Validate checks it).
func (e Event) Validate() error {
	pr := socialorg.Problems{Package: "calendar"}
	e.validate(&pr, "", socialorg.Date{})
	return pr.Err()
}

// valid reports, without allocating, whether the event has no problem validate would report.
func (e *Event) valid(registered socialorg.Date) bool {
	if !knownKind(e.Kind) || e.On.IsZero() || (!registered.IsZero() && e.On.Before(registered)) || len(e.Ref) > MaxRef || !utf8.ValidString(e.Ref) {
		return false
	}
	switch e.Role {
	case "":
		return true
	case RoleTrustee:
		return e.Kind == EventTrustSigned || e.Kind == EventTrusteeChanged || e.Kind == EventTrustEnded
	case RoleSettlor:
		return e.Kind == EventTrustSigned
	}
	return false
}

func (e Event) validate(pr *socialorg.Problems, at string, registered socialorg.Date) {
	if !knownKind(e.Kind) {
		pr.Add(socialorg.Path(at, "kind"), e.Kind, "one of charity_trust_signed, trustee_changed, charity_trust_ended, related_party_deal, major_asset_change, project_ended, campaign_ended, use_changed, donor_unreachable_notice, donor_query, charitable_activity")
	}
	switch {
	case e.On.IsZero() && e.Kind == EventTrustSigned:
		pr.Add(socialorg.Path(at, "on"), "", "required: the day the trust's documents were signed")
	case e.On.IsZero():
		pr.Add(socialorg.Path(at, "on"), "", "required: the day it happened")
	case !registered.IsZero() && e.On.Before(registered):
		pr.Add(socialorg.Path(at, "on"), e.On, "not before registration ("+registered.String()+")")
	}
	if len(e.Ref) > MaxRef || !utf8.ValidString(e.Ref) {
		pr.Add(socialorg.Path(at, "ref"), e.Ref, "at most 256 bytes of UTF-8")
	}
	trust := e.Kind == EventTrustSigned || e.Kind == EventTrusteeChanged || e.Kind == EventTrustEnded
	switch {
	case e.Role == "":
	case !trust:
		pr.Add(socialorg.Path(at, "role"), e.Role, "only on a trust event")
	case e.Role != RoleTrustee && (e.Role != RoleSettlor || e.Kind != EventTrustSigned):
		pr.Add(socialorg.Path(at, "role"), e.Role, "trustee, or settlor on charity_trust_signed")
	}
}

// role returns the event's role, trustee by default.
func (e Event) role() string {
	if e.Role == "" {
		return RoleTrustee
	}
	return e.Role
}

// Validate checks a completion: an ID of 1 … 256 bytes of UTF-8 and a day.
func (c Completion) Validate() error {
	pr := socialorg.Problems{Package: "calendar"}
	c.validate(&pr, "")
	return pr.Err()
}

func (c Completion) validate(pr *socialorg.Problems, at string) {
	if c.ID == "" || len(c.ID) > MaxRef || !utf8.ValidString(c.ID) {
		pr.Add(socialorg.Path(at, "id"), c.ID, "a task ID: 1 … 256 bytes of UTF-8")
	}
	if c.On.IsZero() {
		pr.Add(socialorg.Path(at, "on"), "", "required: the day the task was done")
	}
}
