package socialorg_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
)

// TestErrorsList: the problems of one input come back as one list that errors.As finds, that
// keeps errors.Is on each problem, and that encodes to JSON with codes and messages in three
// languages.
func TestErrorsList(t *testing.T) {
	p := socialorg.Problems{Package: "test"}
	p.Add("members[3].birth_date", "2024-13-01", "required")
	p.Add("name", "x", "at most 200 characters")
	p.Add("funds", "?", "something the catalogue does not hold")
	err := p.Err()
	var list socialorg.Errors
	require.True(t, errors.As(err, &list))
	require.Len(t, list, 3)
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
	var ie *socialorg.InputError
	require.True(t, errors.As(err, &ie))
	require.Equal(t, "test.members.birth_date.required", ie.Code)
	require.Equal(t, "members[3].birth_date", ie.Field)

	b, err := json.Marshal(list)
	require.NoError(t, err)
	var got []map[string]any
	require.NoError(t, json.Unmarshal(b, &got))
	require.Equal(t, "test.name.too_long", got[1]["code"])
	require.Equal(t, "name", got[1]["field"])
	msg := got[1]["message"].(map[string]any)
	require.Equal(t, `name：至多 200 个字符（实际 "x"）`, msg["zh_hans"])
	require.Equal(t, `name：至多 200 個字元（實際 "x"）`, msg["zh_hant"])
	require.Equal(t, `name: at most 200 characters (got "x")`, msg["en"])
	require.Equal(t, "test.funds.invalid", got[2]["code"], "a phrase the catalogue lacks still has a code")
	require.Equal(t, []string{`members[3].birth_date: required (got "2024-13-01")`, `name: at most 200 characters (got "x")`,
		`funds: something the catalogue does not hold (got "?")`}, list.Messages(language.English))

	// A nested list is flattened, and the package prefix added once.
	var outer socialorg.Problems
	outer.Package = "test"
	outer.AddError(list)
	outer.AddError(socialorg.Invalid("x", 1, "≥ 2"))
	var all socialorg.Errors
	require.True(t, errors.As(outer.Err(), &all))
	require.Len(t, all, 4)
	require.True(t, errors.As(all[3], &ie))
	require.Equal(t, "test.x.out_of_range", ie.Code)
	require.Equal(t, "test.name.too_long", all[1].(*socialorg.InputError).Code)
}

func TestProblemCode(t *testing.T) {
	require.Equal(t, "registry.organization.name.too_long", socialorg.ProblemCode("registry", "organization.name", "at most 200 characters"))
	require.Equal(t, "units.id.required", socialorg.ProblemCode("", "units[12].id", "required"))
	require.Equal(t, "parts.share.out_of_range", socialorg.ProblemCode("", "parts[0][1].share", "0 … 2^31−1"))
	require.Equal(t, "required", socialorg.ProblemCode("", "", "required"))
	require.Error(t, socialorg.DeclarePhrases(socialorg.Phrase{Slug: "x", Text: socialorg.Text{En: "required"}}), "incomplete")
	require.NoError(t, socialorg.DeclarePhrases(socialorg.Phrase{Slug: "other", Text: socialorg.Text{Hans: "a", Hant: "a", En: "required: the test's own"}}))
	require.NoError(t, socialorg.DeclarePhrases(socialorg.Phrase{Slug: "other2", Text: socialorg.Text{Hans: "b", Hant: "b", En: "required: the test's own"}}), "the first declaration holds")
	p, _ := socialorg.LookupPhrase("required: the test's own")
	require.Equal(t, "other", p.Slug)
}

// TestNotInForceMessages: a rule not in force says so in three languages, in the problems' JSON
// too.
func TestNotInForceMessages(t *testing.T) {
	e := &socialorg.NotInForceError{Param: "x.y", Date: socialorg.MustDate("2010-01-01"), First: socialorg.MustDate("2016-09-01")}
	m := e.Messages()
	require.Equal(t, "x.y：2010-01-01不在有效期内（2016-09-01起生效）", m.Hans)
	require.Equal(t, "x.y: not in force on 2010-01-01 (first in force 2016-09-01)", m.En)
	b, err := json.Marshal(socialorg.Errors{e})
	require.NoError(t, err)
	require.Contains(t, string(b), `"code":"not_in_force"`)
	require.Contains(t, string(b), "不在有效期内")
	placed := &socialorg.NotInForceError{Param: "x.y", Date: socialorg.MustDate("2024-01-01"), Place: "445300"}
	require.Equal(t, "x.y: no regime in force in 445300 on 2024-01-01", placed.Messages().En)
}

// TestNoPhraseConflicts: the library's packages declare each phrase one way (the test's own
// conflict above excepted).
func TestNoPhraseConflicts(t *testing.T) {
	for _, c := range socialorg.PhraseConflicts() {
		if c[0].Text.En == "required: the test's own" {
			continue
		}
		t.Errorf("the phrase %q is declared as %+v and as %+v", c[0].Text.En, c[0], c[1])
	}
}
