package validation_test

import (
	"testing"

	"github.com/go-playground/validator/v10"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/socialorgtest"
	"github.com/socialorg/socialorg/validation"
)

// A caller's own struct using the library's tags on its own validator.
type applicant struct {
	Code     string              `validate:"required,uscc"`
	Typed    registry.CreditCode `validate:"required,uscc"`
	Optional string              `validate:"omitempty,uscc"`
	Pilot    string              `validate:"omitempty,uscc_lenient"`
	Division string              `validate:"division"`
	Kind     registry.Kind       `validate:"orgkind"`
	Grade    registry.Grade      `validate:"orggrade"`
	Funds    decimal.Decimal     `validate:"yuan"`
	Budget   decimal.Decimal     `validate:"required,yuan"`
	Text     string              `validate:"omitempty,yuan"`
	Since    socialorg.Date      `validate:"required"`
}

const pilot = "91350100M0001TGQXM" // a real 2015 pilot code whose check character is wrong

func newValidator(t *testing.T) *validator.Validate {
	v := validator.New(validator.WithRequiredStructEnabled())
	require.NoError(t, validation.Register(v, registry.AllowCodes(pilot)))
	return v
}

func TestRegister(t *testing.T) {
	v := newValidator(t)
	good := applicant{
		Code:     "51440100mj0000018m",
		Typed:    registry.MustCreditCode("53440100MJ00000345"),
		Pilot:    pilot,
		Division: "440106",
		Kind:     registry.Foundation,
		Grade:    registry.Grade4A,
		Funds:    decimal.Zero,
		Budget:   decimal.RequireFromString("1234.50"),
		Text:     "12.30",
		Since:    socialorg.MustDate("2020-01-01"),
	}
	require.NoError(t, v.Struct(good))

	tests := map[string]func(*applicant){
		"Code":     func(a *applicant) { a.Code = "51440100MJ0000018N" },
		"Typed":    func(a *applicant) { a.Typed = registry.CreditCode{} },
		"Optional": func(a *applicant) { a.Optional = "nope" },
		"Pilot":    func(a *applicant) { a.Pilot = "91350211M0000XUF46" }, // another pilot code, not allowed
		"Division": func(a *applicant) { a.Division = "440199" },
		"Kind":     func(a *applicant) { a.Kind = 7 },
		"Grade":    func(a *applicant) { a.Grade = 6 },
		"Funds":    func(a *applicant) { a.Funds = decimal.RequireFromString("0.001") },
		"Budget":   func(a *applicant) { a.Budget = decimal.Zero },
		"Text":     func(a *applicant) { a.Text = "-1" },
		"Since":    func(a *applicant) { a.Since = socialorg.Date{} },
	}
	for field, mut := range tests {
		t.Run(field, func(t *testing.T) {
			a := good
			mut(&a)
			err := v.Struct(a)
			require.Error(t, err)
			ves, ok := err.(validator.ValidationErrors)
			require.True(t, ok)
			require.Len(t, ves, 1)
			require.Equal(t, field, ves[0].Field())
		})
	}
	a := good
	a.Funds = decimal.RequireFromString("-5")
	require.Error(t, v.Struct(a))
	require.Error(t, validation.Register(nil))
	require.Error(t, validation.Register(validator.New(), registry.AllowCodes("not a code")))
}

// TestOrganizationTags: the library's Organization carries tags that a validator with the
// library's tags registered accepts for a valid organization.
func TestOrganizationTags(t *testing.T) {
	v := newValidator(t)
	for _, o := range []registry.Organization{socialorgtest.SocialGroup(), socialorgtest.ServiceAgency(), socialorgtest.Foundation(), socialorgtest.CommunityGroup()} {
		require.NoError(t, v.Struct(o), o.Name)
	}
	o := socialorgtest.SocialGroup()
	o.Funds = decimal.RequireFromString("1.001")
	require.Error(t, v.Struct(o))
}

func TestValidateIsConcurrencySafe(t *testing.T) {
	v := newValidator(t)
	o := socialorgtest.SocialGroup()
	done := make(chan error, 8)
	for range 8 {
		go func() {
			var err error
			for j := 0; j < 200 && err == nil; j++ {
				err = v.Struct(o)
				if err == nil {
					err = o.Validate()
				}
			}
			done <- err
		}()
	}
	for range 8 {
		require.NoError(t, <-done)
	}
}
