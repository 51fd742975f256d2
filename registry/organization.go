package registry

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/enum"
	"github.com/socialorg/socialorg/internal/money"
)

// FoundationType is the class of a foundation under the Regulations on Foundations (Order 400,
// Art. 3 and 8), which sets its minimum original fund. The zero value is "not a foundation".
type FoundationType uint8

// The classes of foundation.
const (
	NationalPublicFoundation FoundationType = iota + 1 // 全国性公募基金会
	LocalPublicFoundation                              // 地方性公募基金会
	NonPublicFoundation                                // 非公募基金会
)

var foundationTypeNames = enum.Names[FoundationType]{
	Type: "FoundationType",
	Text: []string{"", "national-public", "local-public", "non-public"},
	Names: []socialorg.Text{{},
		{Hans: "全国性公募基金会", Hant: "全國性公募基金會", En: "national public-fundraising foundation"},
		{Hans: "地方性公募基金会", Hant: "地方性公募基金會", En: "local public-fundraising foundation"},
		{Hans: "非公募基金会", Hant: "非公募基金會", En: "non-public foundation"}},
}

// String returns "national-public", "local-public" or "non-public" ("" for the zero value).
func (t FoundationType) String() string { return foundationTypeNames.String(t) }

// MarshalText encodes t as String does; the zero value encodes as "".
func (t FoundationType) MarshalText() ([]byte, error) { return foundationTypeNames.Marshal(t) }

// UnmarshalText decodes what MarshalText encodes.
func (t *FoundationType) UnmarshalText(b []byte) error { return foundationTypeNames.Unmarshal(b, t) }

// UnmarshalJSON decodes a JSON string as UnmarshalText does; a bad value is an error naming the
// field.
func (t *FoundationType) UnmarshalJSON(b []byte) error {
	return foundationTypeNames.DecodeJSON(b, t)
}

// FilingType is the type of a community social organization filed with its subdistrict, which
// sets its filing thresholds (粤民规字〔2022〕2号). The zero value is "not filed".
type FilingType uint8

// The types of filed community social organization.
const (
	GroupFiling   FilingType = iota + 1 // 社会团体类: a membership group
	ServiceFiling                       // 社会服务机构类: a service provider
)

var filingTypeNames = enum.Names[FilingType]{Type: "FilingType", Text: []string{"", "group", "service"}}

// String returns "group" or "service" ("" for the zero value).
func (t FilingType) String() string { return filingTypeNames.String(t) }

// MarshalText encodes t as String does; the zero value encodes as "".
func (t FilingType) MarshalText() ([]byte, error) { return filingTypeNames.Marshal(t) }

// UnmarshalText decodes what MarshalText encodes.
func (t *FilingType) UnmarshalText(b []byte) error { return filingTypeNames.Unmarshal(b, t) }

// UnmarshalJSON decodes a JSON string as UnmarshalText does; a bad value is an error naming the
// field.
func (t *FilingType) UnmarshalJSON(b []byte) error { return filingTypeNames.DecodeJSON(b, t) }

// MaxCount bounds every count the package reads (members, staff, initiators, organizations in a
// community…), so that no sum over a city can overflow.
const MaxCount = 1<<31 - 1

// The forms a filed community organization may take (粤民规字〔2022〕2号 Art. 5).
var filingForms = []string{"社", "站", "队", "中心", "组"}

// Organization is a social organization, registered or applying, or a community social
// organization filed with its subdistrict. Validate checks it; the validate tags let a caller's
// go-playground validator check it too, once package validation has registered the library's
// tags.
type Organization struct {
	// Code is the unified social credit code; zero for an applicant or a filed community
	// organization. A CreditCode holds only well-formed codes.
	Code CreditCode `json:"code,omitzero" validate:"omitempty,uscc"`
	Name string     `json:"name" validate:"required,max=200"`
	Kind Kind       `json:"kind" validate:"orgkind"`
	// Division is the GB/T 2260 code of the registration authority (for a filed community
	// organization, its district): "100000" means registered by the MCA (a national organization),
	// "440000" by Guangdong's civil-affairs department, "440100" by Guangzhou's.
	Division string `json:"division" validate:"required,division"`
	// Subdistrict and Community locate a community social organization (filed or registered); they
	// are the codes used in the City model. Set Community only on community social organizations:
	// CountCommunityOrgs counts every organization that has one.
	Subdistrict string         `json:"subdistrict,omitempty"`
	Community   string         `json:"community,omitempty"`
	Registered  socialorg.Date `json:"registered,omitzero"` // date of registration or filing

	IndividualMembers int `json:"individual_members,omitempty" validate:"gte=0"`
	UnitMembers       int `json:"unit_members,omitempty" validate:"gte=0"`
	Staff             int `json:"staff,omitempty" validate:"gte=0"` // full-time staff (专职工作人员 / 从业人员)
	// Funds is the activity fund (活动资金) of a social group, the start-up fund (开办资金) of a
	// social service agency or the original fund (原始基金) of a foundation, in yuan: ≥ 0, at most
	// two decimal places.
	Funds       decimal.Decimal `json:"funds" validate:"yuan"`
	FundsInCash bool            `json:"funds_in_cash,omitempty"` // a foundation's original fund is money received (到账货币资金)
	Domicile    string          `json:"domicile,omitempty"`      // fixed domicile or premises (住所 / 场所)

	FoundationType FoundationType `json:"foundation_type,omitempty"` // required for foundations
	// PreApproval is true when the organization's field needs a supervising unit's approval
	// before registration whatever the local rules (non-profit education and training, medical,
	// welfare institutions, museums…: Guangzhou Order 108 Art. 7); SupervisorApproved when a
	// supervising unit (业务主管单位) has approved it.
	PreApproval        bool `json:"pre_approval,omitempty"`
	SupervisorApproved bool `json:"supervisor_approved,omitempty"`
	// EightCategories marks an organization in one of the eight categories Guangzhou opened to
	// direct registration on 2012-01-01, before it opened all others in May 2012: industry
	// associations, chambers of commerce of other places, public-welfare services, social
	// services, and economic, science and technology, sports and culture organizations.
	EightCategories bool `json:"eight_categories,omitempty"`

	// Filing details of a community social organization filed with its subdistrict.
	Filing            FilingType `json:"filing,omitempty"`
	Form              string     `json:"form,omitempty" validate:"omitempty,oneof=社 站 队 中心 组"` // 社, 站, 队, 中心 or 组
	NaturalInitiators int        `json:"natural_initiators,omitempty" validate:"gte=0"`
	LegalInitiators   int        `json:"legal_initiators,omitempty" validate:"gte=0"`
	Branches          int        `json:"branches,omitempty" validate:"gte=0"`
}

// Lengths the package accepts for text fields, in bytes; beyond them a field is refused before
// any other work.
const (
	maxName = 200 // characters (the rule); bytes are checked first at 4 per character
	maxText = 4096
)

// UnmarshalJSON decodes an organization at bounded cost: a hostile amount (a megabyte of digits)
// is refused before it is parsed, with a short error (socialorg.UnmarshalInput).
func (o *Organization) UnmarshalJSON(b []byte) error {
	type plain Organization
	return socialorg.UnmarshalInput(b, (*plain)(o))
}

// Validate checks o's shape and the invariants across its fields, and returns every problem
// joined (errors.Join), each a *socialorg.InputError naming the field by its JSON path
// ("organization.funds"): a name of 1–200 characters; a valid Kind; a Division whose rules the
// library holds (else an error matching ErrJurisdiction); counts from 0 to MaxCount; Funds ≥ 0
// with at most two decimal places; a foundation has a FoundationType and nothing else does; a
// filed community organization (Kind CommunityOrg) has a Filing type and a Form, and nothing else
// does. Every error matches socialorg.ErrInvalidInput.
func (o Organization) Validate() error {
	_, err := o.validate(nil)
	return err
}

// validate is Validate, with known telling which divisions besides the library's jurisdictions
// the check knows (a caller's, socialorg.WithJurisdictions); nil for none.
// validate returns o's problems, and its funds in fen when it has none.
func (o Organization) validate(known func(string) bool) (int64, error) {
	p := socialorg.Problems{Package: "registry"}
	const at = "organization."
	switch name := cleanText(o.Name); {
	case len(o.Name) > 4*maxName || utf8.RuneCountInString(o.Name) > maxName:
		p.Add(at+"name", o.Name, "at most 200 characters")
	case !utf8.ValidString(o.Name):
		p.Add(at+"name", o.Name, "valid UTF-8 text")
	case name == "":
		p.Add(at+"name", o.Name, "required")
	}
	if !o.Kind.IsValid() {
		p.Add(at+"kind", o.Kind, "social-group, social-service-agency, foundation or community-org")
	}
	if o.Division == "" {
		p.Add(at+"division", "", "required")
	} else {
		p.AddError(jurisdiction(at+"division", o.Division, known))
	}
	for _, c := range []struct {
		field string
		n     int
	}{
		{"individual_members", o.IndividualMembers}, {"unit_members", o.UnitMembers}, {"staff", o.Staff},
		{"natural_initiators", o.NaturalInitiators}, {"legal_initiators", o.LegalInitiators}, {"branches", o.Branches},
	} {
		if c.n < 0 || c.n > MaxCount {
			p.Add(at+c.field, c.n, "0 … 2^31−1")
		}
	}
	funds := money.Reader{}.NonNegative(&p, at+"funds", o.Funds)
	for _, f := range []struct{ field, v string }{{"domicile", o.Domicile}, {"subdistrict", o.Subdistrict}, {"community", o.Community}} {
		switch {
		case len(f.v) > maxText:
			p.Add(at+f.field, f.v, "at most 4096 bytes")
		case !utf8.ValidString(f.v):
			p.Add(at+f.field, f.v, "valid UTF-8 text")
		}
	}
	switch {
	case o.Kind == Foundation && o.FoundationType == 0:
		p.Add(at+"foundation_type", "", "required for a foundation")
	case o.Kind != Foundation && o.FoundationType != 0:
		p.Add(at+"foundation_type", o.FoundationType, "only for foundations")
	case o.FoundationType != 0 && !foundationTypeNames.Valid(o.FoundationType):
		p.Add(at+"foundation_type", int(o.FoundationType), "national-public, local-public or non-public")
	}
	switch {
	case o.Kind == CommunityOrg && (o.Filing == 0 || !filingTypeNames.Valid(o.Filing)):
		p.Add(at+"filing", o.Filing, "group or service, required for a filed community organization")
	case o.Kind != CommunityOrg && o.Filing != 0:
		p.Add(at+"filing", o.Filing, "only for filed community organizations (kind community-org)")
	}
	switch {
	case o.Kind == CommunityOrg && !isFilingForm(o.Form):
		p.Add(at+"form", o.Form, "one of 社 站 队 中心 组, required for a filed community organization")
	case o.Kind != CommunityOrg && o.Form != "":
		p.Add(at+"form", o.Form, "only for filed community organizations (kind community-org)")
	}
	return funds, p.Err()
}

func isFilingForm(s string) bool {
	for _, f := range filingForms {
		if s == f {
			return true
		}
	}
	return false
}

// cleanText removes what a reader cannot see: zero-width characters, byte-order marks and other
// format characters anywhere, and white space (U+3000 too) at both ends. Name and domicile rules
// judge the cleaned text, so that "\u200b中国…" is seen as beginning with 中国 and a domicile of
// zero-width spaces as empty.
func cleanText(s string) string {
	if len(s) > 4*maxText {
		s = s[:4*maxText]
	}
	// Most text has no format character: ASCII and CJK ideographs have none, so only other runes
	// need the table; the string is rewritten only when one is found.
	for _, r := range s {
		if r < 0x80 || r >= 0x4E00 && r <= 0x9FFF {
			continue
		}
		if r == utf8.RuneError || unicode.Is(unicode.Cf, r) {
			s = strings.Map(func(r rune) rune {
				if unicode.Is(unicode.Cf, r) || r == utf8.RuneError {
					return -1
				}
				return r
			}, s)
			break
		}
	}
	return strings.TrimFunc(s, unicode.IsSpace)
}

// subject names o in findings: its credit code, or its name when it has none.
func (o Organization) subject() string {
	if !o.Code.IsZero() {
		return o.Code.String()
	}
	return cleanText(o.Name)
}
