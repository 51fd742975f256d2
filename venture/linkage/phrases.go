package linkage

import "github.com/socialorg/socialorg"

// pkg is the first part of the codes of the package's input problems ("linkage.needs.id.required").
const pkg = "linkage"

// problem returns err (an *socialorg.InputError) as a list of one problem whose code starts with
// the package's name, as every problem of the package does.
func problem(err error) error {
	p := socialorg.Problems{Package: pkg}
	p.AddError(err)
	return p.Err()
}

// The phrases write the limits out ("at most 1048576 needs and resources"): these fail the build
// when a limit changes and its phrases do not.
const (
	_ = uint(MaxNodes-1048576) + uint(1048576-MaxNodes)
	_ = uint(MaxArcs-16777216) + uint(16777216-MaxArcs)
	_ = uint(MaxIDLen-128) + uint(128-MaxIDLen)
	_ = uint(MaxUnitValue-1<<40) + uint(1<<40-MaxUnitValue)
)

// The rule phrases of the package's input problems, in three languages (socialorg.Phrase): what
// InputError.Message shows and the kinds problem codes end with. A phrase that ends in ": " is a
// prefix: the figure or the caller's text after it is not translated.
var _ = socialorg.MustDeclarePhrases(
	socialorg.Phrase{Slug: "too_many", Text: socialorg.Text{Hans: "至多 # 个需求与资源", Hant: "至多 # 個需求與資源", En: "at most # needs and resources"}},
	socialorg.Phrase{Slug: "too_many", Text: socialorg.Text{Hans: "至多 # 个社区", Hant: "至多 # 個社區", En: "at most # communities"}},
	socialorg.Phrase{Slug: "too_many", Text: socialorg.Text{Hans: "至多 # 对候选（需求、资源）", Hant: "至多 # 對候選（需求、資源）", En: "at most # candidate (need, resource) pairs"}},
	socialorg.Phrase{Slug: "too_many", Text: socialorg.Text{Hans: "至多 # 项分配", Hant: "至多 # 項分配", En: "at most # assignments"}},
	socialorg.Phrase{Slug: "unknown_value", Text: socialorg.Text{Hans: "须为五社联动的一方", Hant: "須為五社聯動的一方", En: "one of the parties"}},
	socialorg.Phrase{Slug: "required", Text: socialorg.Text{Hans: "至少一方", Hant: "至少一方", En: "at least one party"}},
	socialorg.Phrase{Slug: "duplicate", Text: socialorg.Text{Hans: "每方只列一次", Hant: "每方只列一次", En: "each party once"}},
	socialorg.Phrase{Slug: "out_of_range", Text: socialorg.Text{Hans: "合计不超过 #.#e#（int#）", Hant: "合計不超過 #.#e#（int#）", En: "totals within #.#e# (int#)"}},
	socialorg.Phrase{Slug: "duplicate", Text: socialorg.Text{Hans: "需求标识不得重复", Hant: "需求標識不得重複", En: "unique need IDs"}},
	socialorg.Phrase{Slug: "duplicate", Text: socialorg.Text{Hans: "资源标识不得重复", Hant: "資源標識不得重複", En: "unique resource IDs"}},
	socialorg.Phrase{Slug: "unknown_need", Text: socialorg.Text{Hans: "须为输入中的需求", Hant: "須為輸入中的需求", En: "a need of the input"}},
	socialorg.Phrase{Slug: "unknown_need", Text: socialorg.Text{Hans: "须为输入中的需求（此解释器没有输入：请使用 NewExplainer）",
		Hant: "須為輸入中的需求（此解釋器沒有輸入：請使用 NewExplainer）", En: "a need of the input (the explainer has none: use NewExplainer)"}},
	socialorg.Phrase{Slug: "unknown_resource", Text: socialorg.Text{Hans: "须为输入中的资源", Hant: "須為輸入中的資源", En: "a resource of the input"}},
	socialorg.Phrase{Slug: "wrong_kind", Text: socialorg.Text{Hans: "须为该需求的类型：", Hant: "須為該需求的類型：", En: "the need's kind: "}, Prefix: true},
	socialorg.Phrase{Slug: "wrong_kind", Text: socialorg.Text{Hans: "须为与该需求同类型的资源：", Hant: "須為與該需求同類型的資源：", En: "a resource of the need's kind: "}, Prefix: true},
	socialorg.Phrase{Slug: "out_of_scope", Text: socialorg.Text{Hans: "须为服务该需求所在社区的资源：", Hant: "須為服務該需求所在社區的資源：",
		En: "a resource that serves the need's community: "}, Prefix: true},
	socialorg.Phrase{Slug: "wrong_margin", Text: socialorg.Text{Hans: "须为需求价值减去资源单位成本与距离成本：", Hant: "須為需求價值減去資源單位成本與距離成本：",
		En: "the need's value less the resource's unit cost and distance cost: "}, Prefix: true},
	socialorg.Phrase{Slug: "over_quantity", Text: socialorg.Text{Hans: "不超过需求的剩余量：", Hant: "不超過需求的剩餘量：", En: "within what the need has left: "}, Prefix: true},
	socialorg.Phrase{Slug: "over_quantity", Text: socialorg.Text{Hans: "不超过资源的剩余量：", Hant: "不超過資源的剩餘量：", En: "within what the resource has left: "}, Prefix: true},
	socialorg.Phrase{Slug: "duplicate", Text: socialorg.Text{Hans: "每对需求与资源只有一项分配，已见于 plan.assignments[", Hant: "每對需求與資源只有一項分配，已見於 plan.assignments[",
		En: "one assignment per need and resource, as in plan.assignments["}, Prefix: true},
	socialorg.Phrase{Slug: "wrong_total", Text: socialorg.Text{Hans: "须为各项分配的合计：", Hant: "須為各項分配的合計：", En: "the total of the assignments: "}, Prefix: true},
	socialorg.Phrase{Slug: "not_money", Text: socialorg.Text{Hans: "仅限 funds 类型：其他类型的数量不是金额", Hant: "僅限 funds 類型：其他類型的數量不是金額",
		En: "only for kind funds: quantities of other kinds are not money"}},
	socialorg.Phrase{Slug: "mismatch", Text: socialorg.Text{Hans: "须与以分计的数额相同，以元计：", Hant: "須與以分計的數額相同，以元計：", En: "the fen figure in yuan: "}, Prefix: true},
	// The phrases of fund.go (RecordFunds).
	socialorg.Phrase{Slug: "already_recorded", Text: socialorg.Text{Hans: "不得为已记账的支付，日期 ", Hant: "不得為已記帳的支付，日期 ",
		En: "not already paid on "}, Prefix: true},
	socialorg.Phrase{Slug: "out_of_range", Text: socialorg.Text{Hans: "须为 int# 范围内的正数量", Hant: "須為 int# 範圍內的正數量", En: "positive quantities within int#"}},
	socialorg.Phrase{Slug: "over_balance", Text: socialorg.Text{Hans: "基金的限定性余额 ", Hant: "基金的限定性餘額 ",
		En: "the fund's restricted balance "}, Prefix: true},
)
