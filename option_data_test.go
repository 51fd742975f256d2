package socialorg_test

import (
	"encoding/json"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/partybuilding"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/socialorgtest"
)

// TestOptionsAsData: options given as JSON act as the same options given in Go, and describe
// themselves back to the same JSON.
func TestOptionsAsData(t *testing.T) {
	doc := `{"in": "440103",
		"supply": {"registry.ssa.min-funds": {"value": "30000", "cite": {"document": "caller's source"}}},
		"set": {"partybuilding.count-probationary": true}}`
	opts, err := socialorg.ParseOptions([]byte(doc))
	require.NoError(t, err)
	goOpts := socialorg.Options{socialorg.In("440103"),
		socialorg.Supply(registry.ServiceAgencyMinFunds, decimal.RequireFromString("30000"), socialorg.Citation{Document: "caller's source"}),
		partybuilding.CountProbationary()}

	asOf := socialorg.MustDate("2025-06-30")
	o := socialorgtest.ServiceAgency()
	fromData, err := registry.CheckRegistration(o, asOf, opts)
	require.NoError(t, err)
	fromGo, err := registry.CheckRegistration(o, asOf, goOpts)
	require.NoError(t, err)
	require.Equal(t, fromGo.Findings, fromData.Findings)
	require.True(t, fromData.Eligible(), "the supplied minimum decides the rule")
	r1, err := partybuilding.RequireAt(2, 1, asOf, opts)
	require.NoError(t, err)
	r2, err := partybuilding.RequireAt(2, 1, asOf, goOpts)
	require.NoError(t, err)
	require.Equal(t, r2, r1)

	d, err := socialorg.DescribeOptions(opts)
	require.NoError(t, err)
	b, err := json.Marshal(d)
	require.NoError(t, err)
	require.JSONEq(t, `{"in":"440103","supply":{"registry.ssa.min-funds":{"value":"30000","cite":{"document":"caller's source"}}},
		"set":{"partybuilding.count-probationary":true}}`, string(b))
	again, err := socialorg.ParseOptions(b)
	require.NoError(t, err)
	d2, err := socialorg.DescribeOptions(again)
	require.NoError(t, err)
	require.Equal(t, d, d2)
}

func TestOptionsAsDataErrors(t *testing.T) {
	for name, tc := range map[string]struct{ doc, field string }{
		"unknown parameter":  {`{"supply": {"registry.nope": {"value": 1, "cite": {"document": "d"}}}}`, "options.supply.registry.nope"},
		"not suppliable":     {`{"supply": {"registry.socialgroup.min-funds-local": {"value": "1", "cite": {"document": "d"}}}}`, "options.supply.registry.socialgroup.min-funds-local"},
		"no cite":            {`{"supply": {"registry.ssa.min-funds": {"value": "1"}}}`, "options.supply.registry.ssa.min-funds.cite"},
		"wrong type":         {`{"supply": {"registry.ssa.min-funds": {"value": {"x": 1}, "cite": {"document": "d"}}}}`, "options.supply.registry.ssa.min-funds.value"},
		"fails its check":    {`{"supply": {"registry.ssa.min-funds": {"value": "-5", "cite": {"document": "d"}}}}`, "options.supply.registry.ssa.min-funds.value"},
		"unknown setting":    {`{"set": {"partybuilding.nope": true}}`, "options.set.partybuilding.nope"},
		"setting wrong type": {`{"set": {"partybuilding.count-probationary": "yes"}}`, "options.set.partybuilding.count-probationary"},
		"bad place":          {`{"in": "Liwan"}`, "options.in"},
		"misspelled key":     {`{"suply": {}}`, "suply"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := socialorg.ParseOptions([]byte(tc.doc))
			require.ErrorIs(t, err, socialorg.ErrInvalidInput)
			require.Contains(t, err.Error(), "invalid "+tc.field, "%v", err)
		})
	}
}

// TestSettingsListed: the settings a program's packages declare are listed with their types.
func TestSettingsListed(t *testing.T) {
	var found bool
	for _, s := range socialorg.Settings() {
		if s.ID == "partybuilding.count-probationary" {
			found = true
			require.Equal(t, "bool", s.Type)
		}
	}
	require.True(t, found)
}
