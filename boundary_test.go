package socialorg_test

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/charity"
	"github.com/socialorg/socialorg/partybuilding"
	"github.com/socialorg/socialorg/registry"
)

// expect is a vector's expected finding or error.
type expect struct {
	Name    string            `json:"name"`
	AsOf    socialorg.Date    `json:"as_of"`
	Rule    socialorg.RuleID  `json:"rule"`
	Outcome socialorg.Outcome `json:"outcome"`
	Got     *string           `json:"got"`
	Want    *string           `json:"want"`
	Error   string            `json:"error"`
}

// check compares a report (or an error) with the vector.
func (e expect) check(t *testing.T, r socialorg.Report, err error) {
	t.Helper()
	switch e.Error {
	case "not_in_force":
		require.ErrorIs(t, err, socialorg.ErrNotInForce)
		return
	case "":
	default:
		t.Fatalf("unknown error class %q", e.Error)
	}
	require.NoError(t, err)
	f, ok := r.Find(e.Rule)
	require.True(t, ok, "no finding of %s", e.Rule)
	require.Equal(t, e.Outcome, f.Outcome)
	if e.Got != nil {
		require.Equal(t, *e.Got, f.Got)
	}
	if e.Want != nil {
		require.Equal(t, *e.Want, f.Want)
	}
}

// TestBoundaryVectors runs testdata/boundaries.json: the value just below, at and just above each
// threshold, and each regime date, as data that any other implementation can run too.
func TestBoundaryVectors(t *testing.T) {
	raw, err := os.ReadFile("testdata/boundaries.json")
	require.NoError(t, err)
	var doc struct {
		Registration []struct {
			expect
			Organization registry.Organization `json:"organization"`
		} `json:"registration"`
		PartyRequire []struct {
			expect
			Formal       int                `json:"formal"`
			Probationary int                `json:"probationary"`
			Form         partybuilding.Form `json:"form"`
			Committee    bool               `json:"committee"`
		} `json:"party_require"`
		Spending []struct {
			expect
			Input charity.SpendingInput `json:"input"`
		} `json:"spending"`
	}
	require.NoError(t, json.Unmarshal(raw, &doc))
	require.NotEmpty(t, doc.Registration)
	require.NotEmpty(t, doc.PartyRequire)
	require.NotEmpty(t, doc.Spending)
	for _, v := range doc.Registration {
		t.Run("registration/"+v.Name, func(t *testing.T) {
			res, err := registry.CheckRegistration(v.Organization, v.AsOf)
			v.check(t, res.Report, err)
		})
	}
	for _, v := range doc.PartyRequire {
		t.Run("party/"+v.Name, func(t *testing.T) {
			req, err := partybuilding.RequireAt(v.Formal, v.Probationary, v.AsOf)
			if v.Error != "" {
				v.check(t, socialorg.Report{}, err)
				return
			}
			require.NoError(t, err)
			require.Equal(t, v.Form, req.Form)
			require.Equal(t, v.Committee, req.Committee)
		})
	}
	for _, v := range doc.Spending {
		t.Run("spending/"+v.Name, func(t *testing.T) {
			res, err := charity.CheckAnnualSpending(v.Input, v.AsOf)
			v.check(t, res.Report, err)
		})
	}
}
