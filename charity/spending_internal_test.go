package charity

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestExemptionFieldNamesTheParameter: the field a problem of the exemption line would name is the
// parameter's path, written out as a constant so that a check builds no string.
func TestExemptionFieldNamesTheParameter(t *testing.T) {
	require.Equal(t, "parameters."+managementExemption.ID(), exemptionField)
}
