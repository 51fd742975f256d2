package registry_test

import (
	"testing"

	"github.com/go-playground/validator/v10"
	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg/registry"
)

// A caller's own struct using the package's tags on its own validator.
type applicant struct {
	Code     string              `validate:"required,uscc"`
	Typed    registry.CreditCode `validate:"required,uscc"`
	Optional string              `validate:"omitempty,uscc"`
	Division string              `validate:"division"`
	Kind     registry.Kind       `validate:"orgkind"`
	Grade    registry.Grade      `validate:"orggrade"`
}

func TestRegisterValidations(t *testing.T) {
	v := validator.New()
	require.NoError(t, registry.RegisterValidations(v))
	good := applicant{
		Code:     "51440100mj0000018m",
		Typed:    registry.MustCreditCode("53440100MJ00000345"),
		Division: "440106",
		Kind:     registry.Foundation,
		Grade:    registry.Grade4A,
	}
	require.NoError(t, v.Struct(good))

	tests := map[string]func(*applicant){
		"Code":     func(a *applicant) { a.Code = "51440100MJ0000018N" },
		"Typed":    func(a *applicant) { a.Typed = registry.CreditCode{} },
		"Optional": func(a *applicant) { a.Optional = "nope" },
		"Division": func(a *applicant) { a.Division = "440199" },
		"Kind":     func(a *applicant) { a.Kind = 7 },
		"Grade":    func(a *applicant) { a.Grade = 6 },
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
	require.Error(t, registry.RegisterValidations(nil))
}

func TestValidateIsConcurrencySafe(t *testing.T) {
	o := socialGroup()
	done := make(chan error, 8)
	for i := 0; i < 8; i++ {
		go func() {
			var err error
			for j := 0; j < 200 && err == nil; j++ {
				err = o.Validate()
			}
			done <- err
		}()
	}
	for i := 0; i < 8; i++ {
		require.NoError(t, <-done)
	}
}
