package venture_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/venture"
)

// TestInputsDecodeBounded (issue 19, phase 2 item 4): every type of the package with an amount,
// a share or a score refuses a 768 KiB number at bounded cost with a short error naming its key,
// and decodes what it encodes.
func TestInputsDecodeBounded(t *testing.T) {
	digits := strings.Repeat("9", 768<<10)
	inputs := map[string]struct {
		new func() any
		key string
	}{
		"Round": {func() any { return new(venture.Round) }, "budget"}, "CategoryBudget": {func() any { return new(venture.CategoryBudget) }, "budget"},
		"Application": {func() any { return new(venture.Application) }, "self_raised"}, "Award": {func() any { return new(venture.Award) }, "amount"},
		"PassedOver": {func() any { return new(venture.PassedOver) }, "left"}, "CategoryResult": {func() any { return new(venture.CategoryResult) }, "funded"},
		"Allocation": {func() any { return new(venture.Allocation) }, "remaining"}, "Criterion": {func() any { return new(venture.Criterion) }, "weight"},
		"Review": {func() any { return new(venture.Review) }, "score"}, "ExpertScore": {func() any { return new(venture.ExpertScore) }, "score"},
		"CriterionScore": {func() any { return new(venture.CriterionScore) }, "mean"}, "SheetRow": {func() any { return new(venture.SheetRow) }, "total"},
		"Project": {func() any { return new(venture.Project) }, "spent"}, "Tranche": {func() any { return new(venture.Tranche) }, "amount"},
		"TrancheResult": {func() any { return new(venture.TrancheResult) }, "claw_back"}, "RoundTally": {func() any { return new(venture.RoundTally) }, "requested"},
		"CategoryTally": {func() any { return new(venture.CategoryTally) }, "funded"}, "DistrictTally": {func() any { return new(venture.DistrictTally) }, "self_raised"},
		"RoundRecord": {func() any { return new(venture.RoundRecord) }, "lottery_funds"}, "Checkpoint": {func() any { return new(venture.Checkpoint) }, "leveraged"},
	}
	for name, in := range inputs {
		for _, doc := range []string{`{"` + in.key + `": "` + digits + `"}`, `{"` + in.key + `": ` + digits + `}`, `{"` + in.key + `": "9x` + digits[:300] + `"}`} {
			start := time.Now()
			err := json.Unmarshal([]byte(doc), in.new())
			require.Less(t, time.Since(start), hangBound, name)
			require.ErrorIs(t, err, socialorg.ErrInvalidInput, name)
			require.Less(t, len(err.Error()), 400, "%s: a short error", name)
		}
		err := json.Unmarshal([]byte(`{"`+in.key+`": "`+digits+`"}`), in.new())
		require.ErrorContains(t, err, in.key, name)
	}
	// Shares are a list.
	var s venture.Shares
	err := json.Unmarshal([]byte(`["`+digits+`"]`), &s)
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
	require.NoError(t, json.Unmarshal([]byte(`["0.6", 0.4]`), &s))
	require.Equal(t, "0.6 / 0.4", s.String())

	// A round and its applications survive a round trip.
	r := gz("1000000")
	r.Categories = []venture.CategoryBudget{{Category: venture.Elderly, Budget: d("100000.50")}}
	b, err := json.Marshal(r)
	require.NoError(t, err)
	var back venture.Round
	require.NoError(t, json.Unmarshal(b, &back))
	require.Empty(t, cmp.Diff(r, back))
	al, err := venture.Allocate(r, apps("A:100000:40000:90:elderly", "B:100000:40000:80:elderly"))
	require.NoError(t, err)
	b, err = json.Marshal(al)
	require.NoError(t, err)
	var alBack venture.Allocation
	require.NoError(t, json.Unmarshal(b, &alBack))
	require.Empty(t, cmp.Diff(al, alBack))
	require.Empty(t, cmp.Diff(al.Report().Findings, alBack.Report().Findings))

	// The programme data and an applicant with its credit listing survive too.
	rounds, _, err := venture.Rounds(day("2024-01-01"))
	require.NoError(t, err)
	b, err = json.Marshal(rounds)
	require.NoError(t, err)
	require.Contains(t, string(b), `"conditions":11`)
	require.Contains(t, string(b), `"categories_cite"`)
	var rBack venture.Programme
	require.NoError(t, json.Unmarshal(b, &rBack))
	require.Empty(t, cmp.Diff(rounds, rBack))
	a := applicant()
	a.Credit = registry.CreditListing{Status: registry.CreditAbnormal, Since: day("2023-05-01"), Reason: registry.ReasonUnreachable}
	b, err = json.Marshal(a)
	require.NoError(t, err)
	require.Contains(t, string(b), `"credit":{"status":"abnormal-list","since":"2023-05-01","reason":"unreachable"}`)
	var aBack venture.Applicant
	require.NoError(t, json.Unmarshal(b, &aBack))
	require.Empty(t, cmp.Diff(a, aBack))
}
