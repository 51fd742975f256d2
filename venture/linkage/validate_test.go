package linkage_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/venture/linkage"
)

// fields lists the fields and codes of a validation error.
func fields(t *testing.T, err error) []string {
	t.Helper()
	var es socialorg.Errors
	require.True(t, errors.As(err, &es), "%v", err)
	var out []string
	for _, e := range es {
		var ie *socialorg.InputError
		require.True(t, errors.As(e, &ie))
		out = append(out, ie.Field+" "+ie.Code)
	}
	return out
}

// A need or a resource validated on its own reports the problems Match reports for it in its
// list, named by its own JSON fields.
func TestNeedResourceValidate(t *testing.T) {
	good := linkage.Need{ID: "n1", Community: "c1", Kind: "elder-care", Quantity: 3, Value: 100}
	require.NoError(t, good.Validate())
	bad := linkage.Need{ID: "", Community: strings.Repeat("c", 129), Kind: "k", Quantity: 0, Value: -1}
	require.Equal(t, []string{
		"id linkage.id.required", "community linkage.community.too_long",
		"quantity linkage.quantity.out_of_range", "value linkage.value.out_of_range",
	}, fields(t, bad.Validate()))

	res := linkage.Resource{ID: "r1", Kind: "elder-care", Party: linkage.SocialWorker, Quantity: 2, UnitCost: 10, Communities: []string{"c1"}}
	require.NoError(t, res.Validate())
	badRes := linkage.Resource{ID: "r1", Kind: "k", Party: 0, Quantity: -1, UnitCost: 1 << 41, Communities: []string{""}}
	require.Equal(t, []string{
		"party linkage.party.unknown_value", "quantity linkage.quantity.out_of_range",
		"unit_cost linkage.unit_cost.out_of_range", "communities[0] linkage.communities.out_of_range",
	}, fields(t, badRes.Validate()))

	// Match names the same problems under their lists.
	_, err := linkage.Match([]linkage.Need{good, bad}, []linkage.Resource{res, badRes})
	got := fields(t, err)
	require.Contains(t, got, "needs[1].community linkage.needs.community.too_long")
	require.Contains(t, got, "resources[1].unit_cost linkage.resources.unit_cost.out_of_range")
	require.Len(t, got, 8)
}
