package registry

import (
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/go-playground/validator/v10"
	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/enum"
	"github.com/socialorg/socialorg/internal/fen"
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

var foundationTypeNames = enum.Names{Type: "FoundationType", Text: []string{"", "national-public", "local-public", "non-public"}}

// String returns "national-public", "local-public" or "non-public" ("" for the zero value).
func (t FoundationType) String() string { return foundationTypeNames.String(uint8(t)) }

// MarshalText encodes t as String does; the zero value is an error.
func (t FoundationType) MarshalText() ([]byte, error) { return foundationTypeNames.Marshal(uint8(t)) }

// UnmarshalText decodes what MarshalText encodes.
func (t *FoundationType) UnmarshalText(b []byte) error {
	return enum.Decode(foundationTypeNames, b, nil, t)
}

// FilingType is the type of a community social organization filed with its subdistrict, which
// sets its filing thresholds (粤民规字〔2022〕2号). The zero value is "not filed".
type FilingType uint8

// The types of filed community social organization.
const (
	GroupFiling   FilingType = iota + 1 // 社会团体类: a membership group
	ServiceFiling                       // 社会服务机构类: a service provider
)

var filingTypeNames = enum.Names{Type: "FilingType", Text: []string{"", "group", "service"}}

// String returns "group" or "service" ("" for the zero value).
func (t FilingType) String() string { return filingTypeNames.String(uint8(t)) }

// MarshalText encodes t as String does; the zero value is an error.
func (t FilingType) MarshalText() ([]byte, error) { return filingTypeNames.Marshal(uint8(t)) }

// UnmarshalText decodes what MarshalText encodes.
func (t *FilingType) UnmarshalText(b []byte) error {
	return enum.Decode(filingTypeNames, b, nil, t)
}

// Organization is a social organization, registered or applying, or a community social
// organization filed with its subdistrict. Shape is checked by validate tags (see
// RegisterValidations), invariants across fields by Validate.
type Organization struct {
	// Code is the unified social credit code; zero for an applicant or a filed community
	// organization. A CreditCode holds only well-formed codes.
	Code CreditCode `json:"code,omitzero"`
	Name string     `json:"name" validate:"required,max=200"`
	Kind Kind       `json:"kind" validate:"orgkind"`
	// Division is the GB/T 2260 code of the registration authority (for a filed community
	// organization, its district): "100000" means registered by the MCA (a national organization).
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
	Funds       decimal.Decimal `json:"funds"`
	FundsInCash bool            `json:"funds_in_cash,omitempty"` // a foundation's original fund is money received (到账货币资金)
	Domicile    string          `json:"domicile,omitempty"`      // fixed domicile or premises (住所 / 场所)

	FoundationType FoundationType `json:"foundation_type,omitempty"` // required for foundations
	// PreApproval is true when the organization's field needs a supervising unit's approval
	// before registration (Guangzhou Order 108 Art. 7: non-profit education and training, medical,
	// welfare institutions, museums…); SupervisorApproved when that approval is given.
	PreApproval        bool `json:"pre_approval,omitempty"`
	SupervisorApproved bool `json:"supervisor_approved,omitempty"`

	// Filing details of a community social organization filed with its subdistrict.
	Filing            FilingType `json:"filing,omitempty"`
	Form              string     `json:"form,omitempty" validate:"omitempty,oneof=社 站 队 中心 组"` // 社, 站, 队, 中心 or 组
	NaturalInitiators int        `json:"natural_initiators,omitempty" validate:"gte=0"`
	LegalInitiators   int        `json:"legal_initiators,omitempty" validate:"gte=0"`
	Branches          int        `json:"branches,omitempty" validate:"gte=0"`
}

// validate is the package's one validator, built once; validator.Validate is safe for
// concurrent use.
var validate = newValidator()

func newValidator() *validator.Validate {
	v := validator.New(validator.WithRequiredStructEnabled())
	if err := RegisterValidations(v); err != nil {
		panic(err) // a static registration: fails every test if it is ever wrong
	}
	return v
}

// RegisterValidations adds the package's tags to v so that callers' own structs can use them:
//
//	uscc      a string (or CreditCode) holding a valid unified social credit code (strict)
//	division  a GB/T 2260 code this package knows (LookupDivision)
//	orgkind   a valid Kind
//	orggrade  a valid Grade (NoGrade included)
//
// It also teaches v to read a CreditCode as its string, so that required and uscc work on
// CreditCode fields.
func RegisterValidations(v *validator.Validate) error {
	if v == nil {
		return errors.New("registry: RegisterValidations: nil validator")
	}
	v.RegisterCustomTypeFunc(func(f reflect.Value) any {
		if c, ok := f.Interface().(CreditCode); ok {
			return c.String()
		}
		return nil
	}, CreditCode{})
	tags := []struct {
		tag string
		fn  validator.Func
	}{
		{"uscc", func(fl validator.FieldLevel) bool {
			f := fl.Field()
			if f.Kind() != reflect.String {
				return false
			}
			_, err := ParseCreditCode(f.String())
			return err == nil
		}},
		{"division", func(fl validator.FieldLevel) bool {
			f := fl.Field()
			if f.Kind() != reflect.String {
				return false
			}
			_, ok := LookupDivision(f.String())
			return ok
		}},
		{"orgkind", func(fl validator.FieldLevel) bool {
			f := fl.Field()
			return f.CanUint() && f.Uint() <= 255 && Kind(f.Uint()).IsValid()
		}},
		{"orggrade", func(fl validator.FieldLevel) bool {
			f := fl.Field()
			return f.CanUint() && f.Uint() <= 255 && Grade(f.Uint()).IsValid()
		}},
	}
	for _, t := range tags {
		if err := v.RegisterValidation(t.tag, t.fn); err != nil {
			return fmt.Errorf("registry: registering tag %q: %w", t.tag, err)
		}
	}
	return nil
}

// validateStruct runs the package validator and turns its errors into *socialorg.InputError
// values (joined), each naming the field, the value and the failed tag.
func validateStruct(s any) error {
	err := validate.Struct(s)
	if err == nil {
		return nil
	}
	var ves validator.ValidationErrors
	if !errors.As(err, &ves) {
		return &socialorg.InputError{Field: fmt.Sprintf("%T", s), Value: "", Rule: err.Error()}
	}
	errs := make([]error, 0, len(ves))
	for _, fe := range ves {
		rule := fe.Tag()
		if fe.Param() != "" {
			rule += "=" + fe.Param()
		}
		errs = append(errs, &socialorg.InputError{Field: fe.Namespace(), Value: fmt.Sprint(fe.Value()), Rule: rule})
	}
	return errors.Join(errs...)
}

// Validate checks o's shape (validate tags) and the invariants across its fields: Funds ≥ 0 with
// at most two decimal places; a foundation has a FoundationType and nothing else does; a filed
// community organization (Kind CommunityOrg) has a Filing type and a Form, and nothing else does.
// Every error is a *socialorg.InputError (several are joined) and matches socialorg.ErrInvalidInput.
func (o Organization) Validate() error {
	if err := validateStruct(o); err != nil {
		return err
	}
	var errs []error
	if _, err := fen.NonNegative(o.Funds); err != nil {
		errs = append(errs, socialorg.Invalid("Organization.Funds", o.Funds, err.Error()))
	}
	switch {
	case o.Kind == Foundation && o.FoundationType == 0:
		errs = append(errs, socialorg.Invalid("Organization.FoundationType", o.FoundationType, "required for a foundation"))
	case o.Kind != Foundation && o.FoundationType != 0:
		errs = append(errs, socialorg.Invalid("Organization.FoundationType", o.FoundationType, "only for foundations"))
	case o.FoundationType != 0 && !foundationTypeNames.Valid(uint8(o.FoundationType)):
		errs = append(errs, socialorg.Invalid("Organization.FoundationType", uint8(o.FoundationType), "national-public, local-public or non-public"))
	}
	switch {
	case o.Kind == CommunityOrg && !filingTypeNames.Valid(uint8(o.Filing)):
		errs = append(errs, socialorg.Invalid("Organization.Filing", o.Filing, "group or service, required for a filed community organization"))
	case o.Kind == CommunityOrg && o.Form == "":
		errs = append(errs, socialorg.Invalid("Organization.Form", o.Form, "one of 社 站 队 中心 组, required for a filed community organization"))
	case o.Kind != CommunityOrg && (o.Filing != 0 || o.Form != ""):
		errs = append(errs, socialorg.Invalid("Organization.Filing", o.Filing, "only for filed community organizations (Kind CommunityOrg)"))
	}
	return errors.Join(errs...)
}

// subject names o in findings: its credit code, or its name when it has none.
func (o Organization) subject() string {
	if !o.Code.IsZero() {
		return o.Code.String()
	}
	return strings.TrimSpace(o.Name)
}
