package socialorg_test

import (
	"encoding"
	"encoding/json"
	"slices"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/calendar"
	"github.com/socialorg/socialorg/charity"
	"github.com/socialorg/socialorg/partybuilding"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/standards"
	"github.com/socialorg/socialorg/venture"
	"github.com/socialorg/socialorg/venture/linkage"
)

// textForm is a type with a text form.
type textForm interface {
	encoding.TextMarshaler
	encoding.TextUnmarshaler
}

// textForms returns a fresh value of every type of the library with a text form.
func textForms() []textForm {
	return []textForm{
		new(socialorg.Date), new(socialorg.Outcome), new(registry.Kind), new(registry.Grade), new(registry.FoundationType),
		new(registry.FilingType), new(registry.DivisionLevel), new(registry.CreditCode), new(partybuilding.Form),
		new(partybuilding.Charter), new(partybuilding.Action), new(charity.Restriction), new(charity.IncomeCategory),
		new(charity.ExpenseCategory), new(charity.EntryType), new(venture.Category), new(venture.Consequence),
		new(venture.Limit), new(venture.TrancheStatus), new(linkage.Party), new(linkage.Reason),
		new(standards.Section), new(standards.Inspection), new(standards.PenaltySeverity), new(registry.CreditStatus),
		new(socialorg.Level), new(socialorg.Verdict), new(registry.ListReason), new(calendar.Status), new(calendar.MonthDay),
	}
}

// FuzzTextForms: every text form either refuses the input or decodes it into a value whose text
// decodes to the same value again.
func FuzzTextForms(f *testing.F) {
	for _, s := range []string{"", "social-group", "社会团体", "5A", "2025-02-29", "53440100MJ00000345", "joint-branch", "民辦非企業單位", "≥ 70.00%", "— / ≥ 30", "60 / 0"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		// A typed figure writes back as it was read.
		for _, words := range []bool{false, true} {
			if fig, ok := socialorg.ParseFigure(string(b), words); ok && renderFigure(fig) != string(b) {
				t.Fatalf("figure %q (words %v) → %+v → %q", b, words, fig, renderFigure(fig))
			}
		}
		for i, v := range textForms() {
			if err := v.UnmarshalText(b); err != nil {
				continue
			}
			out, err := v.MarshalText()
			if err != nil {
				continue // a zero value some types refuse to encode
			}
			w := textForms()[i]
			if err := w.UnmarshalText(out); err != nil {
				t.Fatalf("%T: %q decodes, its text %q does not: %v", v, b, out, err)
			}
			again, _ := w.MarshalText()
			if string(again) != string(out) {
				t.Fatalf("%T: %q → %q → %q", v, b, out, again)
			}
		}
	})
}

// FuzzRatioOf: a decimal is refused or read exactly (its value compares equal to the ratio).
func FuzzRatioOf(f *testing.F) {
	for _, s := range []string{"0.7", "-0.065", "1e18", "1e-18", "123456789012345678", "1e2147483646"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := decimal.NewFromString(s)
		if err != nil || len(s) > 100 {
			return
		}
		r, err := socialorg.RatioOf(d)
		if err != nil {
			return
		}
		if !d.Mul(decimal.NewFromInt(r.Den)).Equal(decimal.NewFromInt(r.Num)) {
			t.Fatalf("%s read as %d/%d", s, r.Num, r.Den)
		}
	})
}

// FuzzAcceptLanguage: any header gives one of the library's languages.
func FuzzAcceptLanguage(f *testing.F) {
	for _, s := range []string{"fr, en;q=0.8", "zh-TW", "zh-Hant-HK;q=0.9, en", ";;;q=", "*"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, h string) {
		tag := socialorg.MatchAcceptLanguage(h)
		if !slices.Contains(socialorg.Languages(), tag) {
			t.Fatalf("%q gave %v", h, tag)
		}
	})
}

// FuzzInputJSON: any JSON document decodes into each input type or is refused, and a decoded
// input is checked without a panic.
func FuzzInputJSON(f *testing.F) {
	for _, s := range []string{
		`{"code":"51440100MJ0000018M","name":"广州市某协会","kind":"social-group","division":"440100","individual_members":60,"funds":"30000"}`,
		`{"kind":"foundation","public_fundraising":true,"prior_year_income":"10000","total_expenditure":"1e2147483646"}`,
		`{"id":"u","formal":7,"has":"branch"}`, `{"id":"n","community":"c","kind":"k","quantity":3,"value":9}`,
		`{"id":"i","name":"i","cite":{"document":"d"},"indicators":[{"id":"a","name":"a","points":"10"}]}`,
	} {
		f.Add([]byte(s))
	}
	asOf := socialorg.MustDate("2025-06-30")
	f.Fuzz(func(t *testing.T, b []byte) {
		var o registry.Organization
		if json.Unmarshal(b, &o) == nil {
			_ = o.Validate()
			_, _ = registry.CheckRegistration(o, asOf)
		}
		var in charity.SpendingInput
		if json.Unmarshal(b, &in) == nil {
			_, _ = charity.CheckAnnualSpending(in, asOf)
		}
		var p charity.Plan
		if json.Unmarshal(b, &p) == nil {
			_, _ = charity.CheckPlan(p, asOf)
		}
		var q charity.QualificationInput
		if json.Unmarshal(b, &q) == nil {
			_, _ = charity.CheckQualification(q, asOf)
		}
		var u partybuilding.Unit
		if json.Unmarshal(b, &u) == nil {
			_, _ = partybuilding.Assess([]partybuilding.Unit{u}, asOf)
			_ = partybuilding.Tally([]partybuilding.Unit{u})
		}
		var a venture.Application
		if json.Unmarshal(b, &a) == nil {
			_, _ = venture.Allocate(venture.Round{Budget: decimal.NewFromInt(1000), MaxGrant: decimal.NewFromInt(500), MaxShare: decimal.RequireFromString("0.6")}, []venture.Application{a})
		}
		var n linkage.Need
		if json.Unmarshal(b, &n) == nil {
			_, _ = linkage.Match([]linkage.Need{n}, []linkage.Resource{{ID: "r", Party: linkage.Volunteer, Kind: n.Kind, Quantity: 5}})
		}
		var ix standards.Index
		if json.Unmarshal(b, &ix) == nil {
			_, _ = ix.Score(nil, nil)
		}
		var l charity.Ledger
		_ = json.Unmarshal(b, &l)
	})
}
