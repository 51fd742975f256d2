package socialorg_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/calendar"
	"github.com/socialorg/socialorg/charity"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/standards"
	"github.com/socialorg/socialorg/venture"
	"github.com/socialorg/socialorg/venture/linkage"
)

// jsonInputs are the input types of the library that decode amounts from JSON: each must refuse
// a hostile amount at bounded cost with a short error (issue 18: a 768 KiB decimal field gave a
// 1.57 MB error, and parsing it took a second). Each entry gives a fresh pointer and the JSON key
// of one of its amounts.
var jsonInputs = map[string]struct {
	new func() any
	key string
}{
	"registry.Organization": {func() any { return new(registry.Organization) }, "funds"},
	"calendar.Profile":      {func() any { return new(calendar.Profile) }, "pre_tax_figures"},
	"venture.Round":         {func() any { return new(venture.Round) }, "budget"},
	"venture.Application":   {func() any { return new(venture.Application) }, "self_raised"},
	"venture.Allocation":    {func() any { return new(venture.Allocation) }, "funded"},
	"venture.Criterion":     {func() any { return new(venture.Criterion) }, "weight"},
	"venture.Review":        {func() any { return new(venture.Review) }, "score"},
	"venture.Project":       {func() any { return new(venture.Project) }, "grant"},
	"venture.RoundTally":    {func() any { return new(venture.RoundTally) }, "self_raised"},
	"standards.Indicator":   {func() any { return new(standards.Indicator) }, "points"},
	"standards.Cutoff":      {func() any { return new(standards.Cutoff) }, "min"},
	"standards.Threshold":   {func() any { return new(standards.Threshold) }, "min"},
	"standards.GradeScheme": {func() any { return new(standards.GradeScheme) }, "scale"},
	"linkage.Fund":          {func() any { return new(linkage.Fund) }, "balance"},
	"linkage.Need":          {func() any { return new(linkage.Need) }, "value_yuan"},
	"linkage.Resource":      {func() any { return new(linkage.Resource) }, "unit_cost_yuan"},
	"linkage.Plan":          {func() any { return new(linkage.Plan) }, "net_yuan"},
	"linkage.DistanceCost":  {func() any { return new(linkage.DistanceCost) }, "per_unit_yuan"},
	"charity.SpendingInput": {func() any { return new(charity.SpendingInput) }, "prior_year_income"},
	"charity.Donation":      {func() any { return new(charity.Donation) }, "amount"},
	"charity.Refund":        {func() any { return new(charity.Refund) }, "amount"},
	"charity.Income":        {func() any { return new(charity.Income) }, "amount"},
	"charity.Expense":       {func() any { return new(charity.Expense) }, "amount"},
	"charity.Part":          {func() any { return new(charity.Part) }, "share"},
	"charity.Release":       {func() any { return new(charity.Release) }, "amount"},
	"charity.Pledge":        {func() any { return new(charity.Pledge) }, "amount"},
	"charity.Tier":          {func() any { return new(charity.Tier) }, "max_management"},
	"charity.FundTotal":     {func() any { return new(charity.FundTotal) }, "unrestricted"},
}

func TestJSONInputsBounded(t *testing.T) {
	digits := strings.Repeat("9", 768<<10)
	for name, in := range jsonInputs {
		for _, doc := range []string{
			`{"` + in.key + `": "` + digits + `"}`,         // a valid decimal, far too long
			`{"` + in.key + `": ` + digits + `}`,           // the same as a JSON number
			`{"` + in.key + `": "9x` + digits[:300] + `"}`, // malformed: the decimal parser echoes it
			`{"` + in.key + `": "1e2147483646"}`,           // short, huge: refused by the checks, not here
		} {
			start := time.Now()
			err := json.Unmarshal([]byte(doc), in.new())
			took := time.Since(start)
			require.Less(t, took, hangBound, name)
			if err != nil {
				require.ErrorIs(t, err, socialorg.ErrInvalidInput, "%s: %.100v", name, err)
				require.Less(t, len(err.Error()), 400, "%s: a short error: %.200s", name, err)
			}
		}
		err := json.Unmarshal([]byte(`{"`+in.key+`": "`+digits+`"}`), in.new())
		require.ErrorContains(t, err, in.key, name)
	}
}

// BenchmarkJSONInputHostile measures the refusal of a 768 KiB amount (it took about a second to
// parse before the scan).
func BenchmarkJSONInputHostile(b *testing.B) {
	doc := []byte(`{"funds": "` + strings.Repeat("9", 768<<10) + `"}`)
	for b.Loop() {
		var o registry.Organization
		if json.Unmarshal(doc, &o) == nil {
			b.Fatal("accepted")
		}
	}
}
