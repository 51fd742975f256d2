package main

import (
	"slices"

	"github.com/socialorg/socialorg"
)

// The rule phrases of the problems the program finds in a roster's cells, in three languages
// (socialorg.Phrase): what their messages show and the kinds their codes end with
// ("cli.funds.wrong_type").
var _ = socialorg.MustDeclarePhrases(
	socialorg.Phrase{Slug: "wrong_type", Text: socialorg.Text{Hans: "整数", Hant: "整數", En: ruleWhole}},
	socialorg.Phrase{Slug: "wrong_type", Text: socialorg.Text{Hans: "是或否（是/否、true/false、1/0）", Hant: "是或否（是/否、true/false、1/0）", En: ruleYesNo}},
	socialorg.Phrase{Slug: "wrong_type", Text: socialorg.Text{Hans: "以元为单位的金额，如 30000.00", Hant: "以元為單位的金額，如 30000.00", En: ruleAmount}},
	socialorg.Phrase{Slug: "bad_format", Text: socialorg.Text{Hans: "日期，如 2024-01-31", Hant: "日期，如 2024-01-31", En: ruleDate}},
	socialorg.Phrase{Slug: "bad_code", Text: socialorg.Text{Hans: "统一社会信用代码（GB 32100-2015）：", Hant: "統一社會信用代碼（GB 32100-2015）：", En: ruleCode}, Prefix: true},
	socialorg.Phrase{Slug: "extra_cell", Text: socialorg.Text{Hans: "位于有标题的列中", Hant: "位於有標題的欄中", En: ruleExtra}},
)

func sortStrings(s []string) { slices.Sort(s) }
