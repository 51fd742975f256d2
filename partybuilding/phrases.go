package partybuilding

import "github.com/socialorg/socialorg"

// The rule phrases of the package's input problems, in three languages (socialorg.Phrase).
var _ = socialorg.MustDeclarePhrases(
	socialorg.Phrase{Slug: "unknown_value", Text: socialorg.Text{Hans: "无，或一种组织形式", Hant: "無，或一種組織形式", En: "none or a Form"}},
	socialorg.Phrase{Slug: "unknown_value", Text: socialorg.Text{Hans: "own、joint 或 attached", Hant: "own、joint 或 attached", En: "own, joint or attached"}},
	socialorg.Phrase{Slug: "unknown_value", Text: socialorg.Text{Hans: "party-organization 或 full-leadership", Hant: "party-organization 或 full-leadership", En: "party-organization or full-leadership"}},
)
