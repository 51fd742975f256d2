package validation_test

import (
	"errors"
	"fmt"

	"github.com/go-playground/validator/v10"
	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/validation"
)

// A caller's form uses the library's tags on its own validator: a credit code with its check
// character, a division the library holds rules for, a kind, and an amount in yuan.
func ExampleRegister() {
	type form struct {
		Code     string          `validate:"required,uscc"`
		Division string          `validate:"division"`
		Kind     registry.Kind   `validate:"orgkind"`
		Funds    decimal.Decimal `validate:"required,yuan"`
		Since    socialorg.Date  `validate:"required"`
	}
	v := validator.New(validator.WithRequiredStructEnabled())
	if err := validation.Register(v); err != nil {
		fmt.Println(err)
		return
	}

	good := form{Code: "51440100MJ0000018M", Division: "440106", Kind: registry.SocialGroup,
		Funds: decimal.RequireFromString("30000.00"), Since: socialorg.MustDate("2020-06-18")}
	fmt.Println("good:", v.Struct(good))

	bad := good
	bad.Code = "51440100MJ0000018N"                // wrong check character
	bad.Funds = decimal.RequireFromString("0.001") // a tenth of a fen
	bad.Since = socialorg.Date{}                   // missing
	var errs validator.ValidationErrors
	if errors.As(v.Struct(bad), &errs) {
		for _, e := range errs {
			fmt.Println(e.Field(), e.Tag())
		}
	}
	// Output:
	// good: <nil>
	// Code uscc
	// Funds yuan
	// Since required
}
