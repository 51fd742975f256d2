package partybuilding_test

import (
	"fmt"
	"math"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	pb "github.com/socialorg/socialorg/partybuilding"
)

var asOf = socialorg.MustDate("2026-11-27")

func TestRequireThresholds(t *testing.T) {
	tests := []struct {
		formal, prob int
		form         pb.Form
		committee    bool
	}{
		{0, 0, pb.WorkCoverage, false},
		{0, 1, pb.JointBranch, false}, // only probationary members
		{0, 9, pb.JointBranch, false}, // probationary members never make a branch
		{1, 0, pb.JointBranch, false},
		{2, 0, pb.JointBranch, false},
		{2, 5, pb.JointBranch, false}, // 2 formal + 5 probationary: still below 3 formal
		{3, 0, pb.Branch, false},
		{4, 0, pb.Branch, false},
		{6, 0, pb.Branch, false},
		{6, 3, pb.Branch, false}, // 9 members, 6 formal: no committee
		{7, 0, pb.Branch, true},
		{8, 0, pb.Branch, true},
		{49, 0, pb.Branch, true},
		{49, 10, pb.Branch, true}, // probationary members do not count toward 50 by default
		{50, 0, pb.GeneralBranch, false},
		{51, 0, pb.GeneralBranch, false},
		{99, 0, pb.GeneralBranch, false},
		{99, 30, pb.GeneralBranch, false},
		{100, 0, pb.PrimaryCommittee, false},
		{101, 0, pb.PrimaryCommittee, false},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("%d+%d", tc.formal, tc.prob), func(t *testing.T) {
			r, err := pb.Require(tc.formal, tc.prob)
			require.NoError(t, err)
			require.Equal(t, tc.form, r.Form)
			require.Equal(t, tc.committee, r.Committee)
			require.NotEmpty(t, r.Cite.Document)
			at, err := pb.RequireAt(tc.formal, tc.prob, asOf)
			require.NoError(t, err)
			require.Equal(t, r, at)
		})
	}
}

func TestRequireCountProbationary(t *testing.T) {
	tests := []struct {
		formal, prob int
		form         pb.Form
	}{
		{45, 4, pb.Branch},
		{45, 5, pb.GeneralBranch},
		{95, 4, pb.GeneralBranch},
		{95, 5, pb.PrimaryCommittee},
		{2, 200, pb.JointBranch}, // the 3-formal threshold still comes first
	}
	for _, tc := range tests {
		r, err := pb.RequireAt(tc.formal, tc.prob, asOf, pb.CountProbationary())
		require.NoError(t, err)
		require.Equal(t, tc.form, r.Form, "%d+%d", tc.formal, tc.prob)
		def, err := pb.RequireAt(tc.formal, tc.prob, asOf)
		require.NoError(t, err)
		require.LessOrEqual(t, def.Form, r.Form)
	}
}

func TestRequireCitations(t *testing.T) {
	for _, tc := range []struct {
		formal int
		doc    string
	}{
		{0, "中办发〔2015〕51号"},
		{1, "中国共产党支部工作条例"},
		{3, "中国共产党章程"},
		{7, "中国共产党支部工作条例"},
		{50, "党和国家机关基层组织工作条例"},
		{100, "党和国家机关基层组织工作条例"},
	} {
		r, err := pb.Require(tc.formal, 0)
		require.NoError(t, err)
		require.Contains(t, r.Cite.Document, tc.doc, "formal %d", tc.formal)
	}
	r, _ := pb.RequireAt(3, 0, socialorg.MustDate("2020-01-01"))
	require.Equal(t, "《中国共产党章程》（2017年修改）", r.Cite.Document)
	r, _ = pb.RequireAt(3, 0, socialorg.MustDate("2022-10-22"))
	require.Equal(t, "《中国共产党章程》（2022年修改）", r.Cite.Document)
}

func TestRequireErrors(t *testing.T) {
	_, err := pb.Require(-1, 0)
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
	require.Contains(t, err.Error(), "formal")
	_, err = pb.Require(0, -1)
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
	require.Contains(t, err.Error(), "probationary")

	_, err = pb.Require(math.MaxInt, 0)
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
	_, err = pb.RequireAt(3, 0, socialorg.Date{})
	require.ErrorIs(t, err, socialorg.ErrNotInForce)
}

// TestRequireAtEachRegime: a rule not yet in force does not stop the answer from the rules that
// are: the 3-member rule from the 2012 Constitution, the joint branch from the 2015 opinion, the
// 7-member committee from 2018-10-28, the 50/100 figures from 2020-01-01.
func TestRequireAtEachRegime(t *testing.T) {
	tests := []struct {
		formal int
		date   string
		form   pb.Form
		comm   bool
		err    bool
	}{
		{3, "2012-11-13", 0, false, true}, // before the 2012 Constitution text the library holds
		{3, "2012-11-14", pb.Branch, false, false},
		{60, "2015-01-01", pb.Branch, false, false},
		{1, "2015-09-27", 0, false, true}, // no rule yet for units below 3
		{1, "2015-09-28", pb.JointBranch, false, false},
		{0, "2015-09-27", 0, false, true},
		{0, "2015-09-28", pb.WorkCoverage, false, false},
		{8, "2018-10-27", pb.Branch, false, false}, // before the committee rule
		{8, "2018-10-28", pb.Branch, true, false},
		{60, "2019-12-31", pb.Branch, true, false}, // a 2019 audit works: the 50/100 figures not yet
		{60, "2020-01-01", pb.GeneralBranch, false, false},
		{120, "2019-06-01", pb.Branch, true, false},
		{120, "2020-01-01", pb.PrimaryCommittee, false, false},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("%d@%s", tc.formal, tc.date), func(t *testing.T) {
			r, err := pb.RequireAt(tc.formal, 0, socialorg.MustDate(tc.date))
			if tc.err {
				require.ErrorIs(t, err, socialorg.ErrNotInForce)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tc.form, r.Form)
			require.Equal(t, tc.comm, r.Committee)
		})
	}
}

func TestFormText(t *testing.T) {
	for f := pb.WorkCoverage; f <= pb.PrimaryCommittee; f++ {
		b, err := f.MarshalText()
		require.NoError(t, err)
		var back pb.Form
		require.NoError(t, back.UnmarshalText(b))
		require.Equal(t, f, back)
		require.NotEmpty(t, f.Chinese())
	}
	var f pb.Form
	require.NoError(t, f.UnmarshalText([]byte("党总支")))
	require.Equal(t, pb.GeneralBranch, f)
	require.ErrorIs(t, f.UnmarshalText([]byte("cell")), socialorg.ErrInvalidInput)
	require.NoError(t, f.UnmarshalText([]byte("聯合黨支部")))
	require.Equal(t, pb.JointBranch, f)
	require.Equal(t, "work coverage", pb.WorkCoverage.Name().En)
	require.Equal(t, "党建工作覆盖", pb.WorkCoverage.Chinese(), "one name per value")
	require.False(t, pb.WorkCoverage.IsOrganization())
	require.True(t, pb.JointBranch.IsOrganization())
	require.False(t, pb.Form(0).IsOrganization())
	require.False(t, pb.Form(6).IsOrganization())
}
