package linkage_test

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/venture/linkage"
)

// TestPartiesAt: the parties of Five-Society Linkage are the national five from the 2021 opinion's
// publication (2021-07-11); the day before there is no list.
func TestPartiesAt(t *testing.T) {
	five := linkage.Parties{linkage.ResidentsCommittee, linkage.SocialOrganization, linkage.SocialWorker, linkage.Volunteer, linkage.CharitableResource}
	for _, tc := range []struct {
		on   string
		want linkage.Parties // nil: not in force
	}{
		{"2021-07-10", nil},
		{"2021-07-11", five},
		{"2026-11-27", five},
	} {
		ps, cite, err := linkage.PartiesAt(socialorg.MustDate(tc.on))
		if tc.want == nil {
			require.ErrorIs(t, err, socialorg.ErrNotInForce, tc.on)
			continue
		}
		require.NoError(t, err, tc.on)
		require.Equal(t, tc.want, ps, tc.on)
		require.Equal(t, opinion, cite)
	}
	_, _, err := linkage.PartiesAt(socialorg.Date{})
	require.ErrorIs(t, err, socialorg.ErrNotInForce, "no date, no list")
	for p := linkage.ResidentsCommittee; p <= linkage.CommunityFund; p++ {
		require.Equal(t, five.Contains(p), p.National(), p.String())
	}
	require.Equal(t, "residents-committee, social-organization, social-worker, volunteer, charitable-resource", five.String())
	ps := linkage.Parameters()
	require.Len(t, ps, 1)
	require.Equal(t, "linkage.parties", ps[0].ID())
	raw, err := json.Marshal(ps[0])
	require.NoError(t, err)
	require.Contains(t, string(raw), `"value":["residents-committee","social-organization","social-worker","volunteer","charitable-resource"]`)
}

// TestPartiesOfAPlace: a place that links other parties is data: a test jurisdiction (Panyu's
// earlier variant, 社区、社会组织、社工、社区企业、社区基金, from the second half of 2016) given with
// socialorg.WithJurisdictions changes the list there and nowhere else, with no change to the
// package's code.
func TestPartiesOfAPlace(t *testing.T) {
	panyu := linkage.Parties{linkage.ResidentsCommittee, linkage.SocialOrganization, linkage.SocialWorker, linkage.CommunityEnterprise, linkage.CommunityFund}
	cite := socialorg.Citation{Document: "番禺区社会组织联合会“五社联动公益生态圈”（2016年）"}
	j, err := socialorg.NewJurisdiction(socialorg.JurisdictionSpec{Code: "440113",
		Parameters: []socialorg.ParamOverrides{socialorg.Override("linkage.parties",
			socialorg.Dated[linkage.Parties]{From: socialorg.MustDate("2016-07-01"), Value: panyu, Cite: cite})}})
	require.NoError(t, err)
	in := socialorg.Options{socialorg.WithJurisdictions(j), socialorg.In("440113")}
	ps, got, err := linkage.PartiesAt(socialorg.MustDate("2016-07-01"), in)
	require.NoError(t, err)
	require.Equal(t, panyu, ps)
	require.Equal(t, cite, got)
	_, _, err = linkage.PartiesAt(socialorg.MustDate("2016-06-30"), in)
	require.ErrorIs(t, err, socialorg.ErrNotInForce, "the day before the place's own list, and before the nation's")
	ps, _, err = linkage.PartiesAt(socialorg.MustDate("2026-01-01"), socialorg.WithJurisdictions(j), socialorg.In("440104"))
	require.NoError(t, err)
	require.False(t, ps.Contains(linkage.CommunityFund), "Yuexiu keeps the national five")

	// A list that names a party twice, or none, is refused as data.
	_, err = socialorg.NewJurisdiction(socialorg.JurisdictionSpec{Code: "440113",
		Parameters: []socialorg.ParamOverrides{socialorg.Override("linkage.parties",
			socialorg.Dated[linkage.Parties]{From: socialorg.MustDate("2016-07-01"), Value: linkage.Parties{1, 1}, Cite: cite})}})
	require.ErrorContains(t, err, "each party once")
}

// TestRulesCited: every rule of a plan's findings cites the 2021 opinion, from its publication,
// with a note that says the findings are no legal verdict.
func TestRulesCited(t *testing.T) {
	rules := linkage.Rules()
	require.Len(t, rules, 5)
	for _, r := range rules {
		require.True(t, strings.HasPrefix(string(r.ID), "linkage."), r.ID)
		require.NoError(t, r.Validate())
		require.Equal(t, opinion, r.Regimes[0].Cite)
		require.Equal(t, socialorg.MustDate("2021-07-11"), r.Regimes[0].From)
		require.Contains(t, r.Regimes[0].Note, "not a legal verdict")
	}
}

// TestPhraseLimits: the limits written into the problems' phrases are the package's constants
// (phrases.go also fails the build when MaxNodes or MaxArcs changes alone).
func TestPhraseLimits(t *testing.T) {
	_, err := linkage.Match([]linkage.Need{{ID: strings.Repeat("x", linkage.MaxIDLen+1), Community: "A", Kind: "k", Quantity: 1}}, nil)
	require.ErrorContains(t, err, "at most "+strconv.Itoa(linkage.MaxIDLen)+" bytes")
	_, err = linkage.Match(nil, []linkage.Resource{{ID: "r", Party: linkage.Volunteer, Kind: "k", Quantity: 1, Communities: []string{""}}})
	require.ErrorContains(t, err, "1 … "+strconv.Itoa(linkage.MaxIDLen)+" bytes")
	require.Equal(t, 1<<40, linkage.MaxUnitValue, "the phrase 0 … 2^40")
}
