package venture_test

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/venture"
)

// TestProblemsTranslated (phase 2 item 3): the problems the package reports have codes that name
// their kind (never "invalid", the code of a phrase the catalogue lacks) and messages in three
// languages.
func TestProblemsTranslated(t *testing.T) {
	agreement := socialorg.Citation{Document: "t"}
	hostile := d("1e-30")
	var errs []error
	collect := func(err error) {
		require.Error(t, err)
		errs = append(errs, err)
	}
	_, err := venture.Allocate(venture.Round{Budget: d("-1"), MaxGrant: hostile, MaxShare: d("2"),
		Categories: []venture.CategoryBudget{{Category: 99}, {Category: venture.Elderly}, {Category: venture.Elderly}}},
		[]venture.Application{{ID: ""}, {ID: strings.Repeat("x", 200), Budget: hostile, SelfRaised: d("-1"), Score: d("1e20"), Category: 99}})
	collect(err)
	_, err = venture.Allocate(gz("1"), []venture.Application{{ID: "a", Budget: d("1")}, {ID: "a", Budget: d("1"), Category: venture.Relief}})
	collect(err)
	_, err = venture.CheckEligibility(venture.Applicant{ID: strings.Repeat("x", 200), Round: 0, Partner: strings.Repeat("p", 200),
		Credit:                   registry.CreditListing{Status: registry.CreditClear, Since: day("2020-01-01")},
		AbnormalListings:         []socialorg.Period{{}, {From: day("2020-02-01"), To: day("2020-01-01")}},
		SeriousViolationListings: make([]socialorg.Period, venture.MaxRecords+1), MajorViolations: make([]socialorg.Date, venture.MaxRecords+1)}, day("2024-01-01"))
	collect(err)
	collect(venture.Conditions{Round: 0, SameAs: 8}.Validate())
	_, err = venture.SplitGrant(d("1"), venture.Shares{d("0.5"), d("2"), d("1e-30")})
	collect(err)
	_, err = venture.SplitGrant(d("1"), venture.Shares{d("0.5")})
	collect(err)
	_, err = venture.SplitGrant(d("1"), nil)
	collect(err)
	_, err = venture.CheckTranches(venture.Project{ID: "", Grant: hostile, Spent: d("-1"), Evaluations: []venture.Evaluation{{After: 0}, {After: 1, Date: day("2024-01-01")}, {After: 1, Date: day("2024-01-01")}}},
		day("2025-01-01"))
	collect(err)
	_, err = venture.CheckTranches(venture.Project{ID: "P", Grant: d("1")}, day("2025-01-01"))
	collect(err)
	_, err = venture.ScoreReviews(nil, nil)
	collect(err)
	_, err = venture.ScoreReviews([]venture.Criterion{{ID: "", Weight: d("2"), Max: d("0")}, {ID: strings.Repeat("c", 200), Weight: d("0.5"), Max: d("10")}}, nil)
	collect(err)
	_, err = venture.ScoreReviews([]venture.Criterion{{ID: "a", Weight: d("0.5"), Max: d("10")}, {ID: "a", Weight: d("0.4"), Max: d("10")}}, nil)
	collect(err)
	_, err = venture.ScoreReviews([]venture.Criterion{{ID: "a", Weight: d("0.5"), Max: d("10")}, {ID: "b", Weight: d("0.4"), Max: d("10")}}, nil)
	collect(err)
	crit := []venture.Criterion{{ID: "a", Weight: d("1"), Max: d("10")}}
	_, err = venture.ScoreReviews(crit, []venture.Review{{Application: "", Expert: "e", Criterion: "a"}, {Application: "x", Expert: "", Criterion: "a"},
		{Application: "x", Expert: "e", Criterion: "z"}, {Application: "x", Expert: "e", Criterion: "a", Score: d("11")}})
	collect(err)
	_, err = venture.ScoreReviews(crit, []venture.Review{{Application: "x", Expert: "e", Criterion: "a"}, {Application: "x", Expert: "e", Criterion: "a"}})
	collect(err)
	_, err = venture.ScoreReviews(append(crit[:0:0], venture.Criterion{ID: "a", Weight: d("0.5"), Max: d("10")}, venture.Criterion{ID: "b", Weight: d("0.5"), Max: d("10")}),
		[]venture.Review{{Application: "x", Expert: "e", Criterion: "a"}, {Application: "x", Expert: "f", Criterion: "b"}, {Application: "y", Expert: "e", Criterion: "a"}, {Application: "y", Expert: "e", Criterion: "b"}}, venture.TrimTotals())
	collect(err)
	_, err = venture.ScoreReviews(crit, nil, venture.PlainMean(), venture.TrimTotals())
	collect(err)
	_, err = venture.ScoreReviews(append(crit[:0:0], venture.Criterion{ID: "a", Weight: d("0.5"), Max: d("10")}, venture.Criterion{ID: "b", Weight: d("0.5"), Max: d("10")}),
		[]venture.Review{{Application: "x", Expert: "e", Criterion: "a"}})
	collect(err)
	_, err = venture.ScoreSheet{}.Apply([]venture.Application{{ID: "x"}})
	collect(err)
	_, err = venture.TallyRound(gz("1"), []venture.Application{{ID: ""}, {ID: "a", Budget: hostile, SelfRaised: d("-1"), Category: 99}, {ID: "b", District: strings.Repeat("d", 200)}, {ID: "b"}},
		venture.Allocation{Awards: []venture.Award{{ID: "zz"}, {ID: "b", Amount: hostile}, {ID: "b"}}})
	collect(err)
	collect(venture.RoundTally{Rounds: -1, Applications: -1, Projects: -1, Budget: hostile, Requested: d("-1"), Funded: hostile, SelfRaised: hostile,
		ByCategory: []venture.CategoryTally{{Category: 99}, {Category: 1}, {Category: 1, Funded: hostile}},
		ByDistrict: []venture.DistrictTally{{District: strings.Repeat("d", 200)}, {District: "a"}, {District: "a"}}}.Validate())
	collect(venture.Programme{{Round: 0, Conditions: 8}, {Round: 2, Conditions: 7, Opens: day("2024-02-01"), Closes: day("2024-01-01")}, {Round: 2, Categories: []venture.Category{99, 1, 1}}}.Validate())
	collect(make(venture.Programme, venture.MaxProgrammeRounds+1).Validate())
	_, err = venture.NewRound(d("1"), day("2024-01-01"), socialorg.Supply(venture.MaxShareKey, d("2"), agreement))
	collect(err)
	_, err = venture.CheckEligibility(applicant(), day("2024-01-01"), socialorg.Supply(venture.AbnormalListYearsKey, 0, agreement))
	collect(err)
	_, err = venture.CheckTranches(venture.Project{ID: "P", Grant: d("1")}, day("2025-01-01"), socialorg.Supply(venture.FailedEvaluationKey, venture.Consequence(9), agreement),
		socialorg.Supply(venture.TrancheSharesKey, venture.Shares{d("1")}, agreement))
	collect(err)

	seen := 0
	for _, err := range errs {
		var list socialorg.Errors
		if !errorsAs(err, &list) {
			list = socialorg.Errors{err}
		}
		for _, e := range list {
			var ie *socialorg.InputError
			require.True(t, errorsAs(e, &ie), "%v", e)
			seen++
			if strings.HasSuffix(ie.Code, ".invalid") {
				t.Errorf("no phrase for %q (%s)", ie.Rule, ie.Field)
				continue
			}
			m := ie.Messages()
			if ie.Rule != "" && strings.ContainsFunc(ie.Rule, func(r rune) bool { return r >= 'a' && r <= 'z' }) {
				require.NotEqual(t, m.En, m.Hans, "untranslated: %q", ie.Rule)
			}
			require.Contains(t, ie.Message(language.English), ie.Rule)
		}
	}
	require.Greater(t, seen, 80)
}

func errorsAs(err error, target any) bool { return errors.As(err, target) }

// TestPhrasesStateTheLimits: the phrases are written whole, with the limits as figures; they must
// state the package's constants.
func TestPhrasesStateTheLimits(t *testing.T) {
	itoa := strconv.Itoa
	_, err := venture.CheckEligibility(venture.Applicant{ID: strings.Repeat("x", venture.MaxIDLen+1), Round: venture.MaxRound + 1,
		MajorViolations: make([]socialorg.Date, venture.MaxRecords+1)}, day("2024-01-01"))
	require.ErrorContains(t, err, "at most "+itoa(venture.MaxIDLen)+" bytes")
	require.ErrorContains(t, err, "1 … "+itoa(venture.MaxRound))
	require.ErrorContains(t, err, "at most "+itoa(venture.MaxRecords)+" records")
	_, err = venture.SplitGrant(d("1"), make(venture.Shares, venture.MaxTranches+1))
	require.ErrorContains(t, err, "1 … "+itoa(venture.MaxTranches)+" shares")
	_, err = venture.CheckTranches(venture.Project{ID: "P", Grant: d("1"), Evaluations: []venture.Evaluation{{After: venture.MaxTranches, Date: day("2024-01-01")}}}, day("2024-01-01"))
	require.ErrorContains(t, err, "1 … "+itoa(venture.MaxTranches-1))
	_, err = venture.CheckTranches(venture.Project{ID: "P", Grant: d("1"), Evaluations: make([]venture.Evaluation, venture.MaxTranches+1)}, day("2024-01-01"))
	require.ErrorContains(t, err, "at most "+itoa(venture.MaxTranches)+" evaluations")
	_, err = venture.ScoreReviews(make([]venture.Criterion, venture.MaxCriteria+1), nil)
	require.ErrorContains(t, err, "1 … "+itoa(venture.MaxCriteria)+" criteria")
	_, err = venture.CheckEligibility(applicant(), day("2024-01-01"), socialorg.Supply(venture.MajorViolationYearsKey, venture.MaxLookBack+1, socialorg.Citation{Document: "t"}))
	require.ErrorContains(t, err, "1 … "+itoa(venture.MaxLookBack))
	require.ErrorContains(t, venture.Conditions{Round: venture.MaxRound + 1, SameAs: venture.ListRound11}.Validate(), "1 … "+itoa(venture.MaxRound))
	require.ErrorContains(t, make(venture.Programme, venture.MaxProgrammeRounds+1).Validate(), "at most "+itoa(venture.MaxProgrammeRounds)+" rounds")
	require.ErrorContains(t, venture.Programme{{Round: venture.MaxRound + 1}}.Validate(), "1 … "+itoa(venture.MaxRound))
	require.Equal(t, 1<<20, venture.MaxApplications, "the phrases say 1048576 applications")
	require.Equal(t, 1<<22, venture.MaxReviews, "the phrase says 4194304 reviews")
}
