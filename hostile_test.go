package socialorg_test

import (
	"encoding/json"
	"math"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/go-playground/validator/v10"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/charity"
	"github.com/socialorg/socialorg/partybuilding"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/socialorgtest"
	"github.com/socialorg/socialorg/standards"
	"github.com/socialorg/socialorg/validation"
	"github.com/socialorg/socialorg/venture"
	"github.com/socialorg/socialorg/venture/linkage"
)

// Hostile values: decimals with out-of-range exponents or very long coefficients, a megabyte
// string, huge counts.
var (
	hugeExp   = decimal.New(1, math.MaxInt32-1)
	tinyExp   = decimal.New(1, math.MinInt32+1)
	longDigit = decimal.NewFromBigInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(100_000), nil), -100_000+2)
	megabyte  = strings.Repeat("字", 1<<20/3)
	jsonHuge  = []byte(`1e2147483646`)
)

// hostileCase is one exported function fed a hostile input. ok is true when the input is valid
// after all (the call must then succeed); otherwise it must fail with a short error.
type hostileCase struct {
	name string
	call func() error
	ok   bool
}

func hostileCases() []hostileCase {
	d := socialorg.MustDate("2025-06-30")
	org := socialorgtest.SocialGroup()
	bigRound := make([]venture.Application, venture.MaxApplications+1) // built here, not timed
	deep := []byte(strings.Repeat(`{"id":"x","name":"x","points":"1","children":[`, 5000) + strings.Repeat(`]}`, 5000))
	cases := []hostileCase{
		// root
		{name: "ParseDate megabyte", call: func() error { _, err := socialorg.ParseDate(megabyte); return err }},
		{name: "Date.UnmarshalJSON megabyte", call: func() error {
			var x socialorg.Date
			return json.Unmarshal([]byte(`"`+megabyte+`"`), &x)
		}},
		{name: "NewDate huge year", call: func() error {
			if !socialorg.NewDate(1<<40, 1, 1).IsZero() {
				return nil
			}
			return socialorg.ErrNotInForce
		}},
		{name: "RatioOf huge exponent", call: func() error { _, err := socialorg.RatioOf(hugeExp); return err }},
		{name: "RatioOf tiny exponent", call: func() error { _, err := socialorg.RatioOf(tinyExp); return err }},
		{name: "RatioOf long coefficient", call: func() error { _, err := socialorg.RatioOf(longDigit); return err }},
		{name: "Ratio.Percent huge decimals", ok: true, call: func() error {
			if len(socialorg.NewRatio(1, 3).Percent(1<<30)) > 40 {
				return socialorg.ErrInvalidInput
			}
			return nil
		}},
		{name: "MatchAcceptLanguage megabyte", ok: true, call: func() error {
			socialorg.MatchAcceptLanguage(strings.Repeat("fr;q=0.5, ", 100_000))
			return nil
		}},
		{name: "Invalid echoes a megabyte", ok: true, call: func() error {
			if len(socialorg.Invalid("f", megabyte, "r").Error()) > 300 {
				return socialorg.ErrInvalidInput
			}
			return nil
		}},

		// registry
		{name: "ParseCreditCode megabyte", call: func() error { _, err := registry.ParseCreditCode(megabyte); return err }},
		{name: "CreditCodeCheckChar megabyte", call: func() error { _, err := registry.CreditCodeCheckChar(megabyte); return err }},
		{name: "Kind.UnmarshalText megabyte", call: func() error { var k registry.Kind; return k.UnmarshalText([]byte(megabyte)) }},
		{name: "CheckRegistration huge funds", call: func() error {
			o := org
			o.Funds = hugeExp
			_, err := registry.CheckRegistration(o, d)
			return err
		}},
		{name: "CheckRegistration tiny funds", call: func() error {
			o := org
			o.Funds = tinyExp
			_, err := registry.CheckRegistration(o, d)
			return err
		}},
		{name: "CheckRegistration megabyte name", call: func() error {
			o := org
			o.Name = megabyte
			_, err := registry.CheckRegistration(o, d)
			return err
		}},
		{name: "CheckRegistration huge members", call: func() error {
			o := org
			o.IndividualMembers, o.UnitMembers = math.MaxInt, 1
			_, err := registry.CheckRegistration(o, d)
			return err
		}},
		{name: "Organization JSON 1e2147483646", call: func() error {
			var o registry.Organization
			return json.Unmarshal([]byte(`{"name":"x","funds":`+string(jsonHuge)+`}`), &o)
		}},
		{name: "AssessCoverage huge counts", call: func() error {
			c := registry.City{Code: "440100", Districts: []registry.District{{Code: "440103", Subdistricts: []registry.Subdistrict{
				{Code: "s", Communities: []registry.Community{{Code: "c", Orgs: math.MaxInt}}}}}}}
			_, err := registry.AssessCoverage(c, d)
			return err
		}},

		// partybuilding
		{name: "Require huge counts", call: func() error { _, err := partybuilding.Require(math.MaxInt, math.MaxInt); return err }},
		{name: "Assess huge counts", call: func() error {
			_, err := partybuilding.Assess([]partybuilding.Unit{{ID: "u", Formal: math.MaxInt, Probationary: math.MaxInt}}, d)
			return err
		}},
		{name: "Form.UnmarshalJSON megabyte", call: func() error {
			var f partybuilding.Form
			return json.Unmarshal([]byte(`"`+megabyte+`"`), &f)
		}},

		// charity
		{name: "CheckAnnualSpending huge income", call: func() error {
			_, err := charity.CheckAnnualSpending(charity.SpendingInput{Kind: registry.Foundation, PriorYearIncome: hugeExp}, d)
			return err
		}},
		{name: "CheckAnnualSpending tiny expenditure", call: func() error {
			_, err := charity.CheckAnnualSpending(charity.SpendingInput{Kind: registry.Foundation, TotalExpenditure: tinyExp}, d)
			return err
		}},
		{name: "SpendingInput JSON 1e2147483646", call: func() error {
			var in charity.SpendingInput
			return json.Unmarshal([]byte(`{"prior_year_income":`+string(jsonHuge)+`}`), &in)
		}},
		{name: "RecordDonation hostile amount and donor", call: func() error {
			l, _ := charity.NewLedger(charity.Fund{ID: "f"})
			return l.RecordDonation(charity.Donation{GiftID: "g", Date: d, Fund: "f", Donor: megabyte, Amount: hugeExp})
		}},
		{name: "RecordPledge huge months", call: func() error {
			l, _ := charity.NewLedger(charity.Fund{ID: "f"})
			return l.RecordPledge(charity.Pledge{ID: "p", Fund: "f", Amount: decimal.NewFromInt(1), Start: d, Months: 1 << 62})
		}},
		{name: "Replay garbage", call: func() error {
			var l charity.Ledger
			return json.Unmarshal([]byte(`{"journal":[{"type":"donation","donation":{"amount":`+string(jsonHuge)+`}}]}`), &l)
		}},
		{name: "CheckPlan megabyte purpose", call: func() error {
			_, err := charity.CheckPlan(charity.Plan{ID: "p", Purpose: megabyte, Start: d, End: d.AddDays(10), Filed: d}, d)
			return err
		}},
		{name: "CheckQualification zero date", call: func() error {
			_, err := charity.CheckQualification(charity.QualificationInput{Kind: registry.Foundation}, d)
			return err
		}},

		// validation
		{name: "validator megabyte uscc", call: func() error {
			v := validator.New()
			if err := validation.Register(v); err != nil {
				return nil
			}
			return v.Var(megabyte, "uscc")
		}},

		// venture
		{name: "NewRound huge budget", call: func() error { _, err := venture.NewRound(hugeExp, d); return err }},
		{name: "SplitGrant hostile share", call: func() error {
			_, err := venture.SplitGrant(decimal.NewFromInt(1), venture.Shares{tinyExp, hugeExp})
			return err
		}},
		{name: "ScoreReviews hostile score", call: func() error {
			_, err := venture.ScoreReviews([]venture.Criterion{{ID: "c", Weight: decimal.NewFromInt(1), Max: decimal.NewFromInt(10)}},
				[]venture.Review{{Application: "a", Expert: "e", Criterion: "c", Score: longDigit}})
			return err
		}},
		{name: "CheckEligibility megabyte ID", call: func() error {
			_, err := venture.CheckEligibility(venture.Applicant{ID: megabyte, Kind: registry.SocialGroup}, d)
			return err
		}},
		{name: "Allocate more than MaxApplications", call: func() error {
			_, err := venture.Allocate(venture.Round{}, bigRound)
			return err
		}},

		// venture/linkage
		{name: "Match megabyte ID", call: func() error {
			_, err := linkage.Match([]linkage.Need{{ID: megabyte, Community: "c", Kind: "k", Quantity: 1}}, nil)
			return err
		}},
		{name: "Match overflowing totals", call: func() error {
			_, err := linkage.Match([]linkage.Need{{ID: "n", Community: "c", Kind: "k", Quantity: math.MaxInt64, Value: 1 << 40}},
				[]linkage.Resource{{ID: "r", Party: linkage.Volunteer, Kind: "k", Quantity: math.MaxInt64}})
			return err
		}},
		{name: "Fund.Resource huge balance", call: func() error { _, err := linkage.Fund{ID: "f", Balance: hugeExp}.Resource(); return err }},

		// standards
		{name: "Index.Score hostile points", call: func() error {
			ix := standards.Index{ID: "i", Name: "i", Cite: socialorg.Citation{Document: "d"},
				Indicators: []standards.Indicator{{ID: "a", Name: "a", Points: decimal.NewFromInt(10)}}}
			_, err := ix.Score(map[string]decimal.Decimal{"a": tinyExp}, nil)
			return err
		}},
		{name: "GradeScheme.Grade huge score", call: func() error { _, err := standards.GuangzhouAssessment().Grade(hugeExp); return err }},
		{name: "Index JSON deeply nested", call: func() error {
			var in standards.Indicator
			if err := json.Unmarshal(deep, &in); err != nil {
				return err
			}
			return standards.Index{ID: "i", Name: "i", Cite: socialorg.Citation{Document: "d"}, Indicators: []standards.Indicator{in}}.Validate()
		}},
	}
	return cases
}

// TestHostileInputs feeds every exported entry point a hostile input: each must return within a
// generous time bound, without a panic, with an error (unless the input is valid after all) whose
// text is bounded: at most 50 problems are listed, each echoing at most a short prefix of its value.
func TestHostileInputs(t *testing.T) {
	for _, tc := range hostileCases() {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			err := tc.call()
			took := time.Since(start)
			if tc.ok {
				require.NoError(t, err)
			} else {
				require.Error(t, err)
				require.Less(t, len(err.Error()), 16<<10, "a bounded error: %.200s", err.Error())
				require.NotContains(t, err.Error(), megabyte[:300], "no long echo")
			}
			require.Less(t, took, hangBound, "bounded cost (a hang detector: BenchmarkHostile measures each case)")
		})
	}
}

// hangBound is how long a test lets a call run before calling it a hang. It is a hang
// detector, generous on purpose so that a loaded machine never fails it; the cost of each hostile
// case is measured by BenchmarkHostile.
const hangBound = 10 * time.Second

// BenchmarkHostile times every hostile case of the table: each should take microseconds to a few
// milliseconds (the deeply nested index is the slowest: JSON decoding dominates; the validation
// stops at depth 8).
func BenchmarkHostile(b *testing.B) {
	for _, tc := range hostileCases() {
		b.Run(strings.ReplaceAll(tc.name, " ", "_"), func(b *testing.B) {
			for b.Loop() {
				_ = tc.call()
			}
		})
	}
}
