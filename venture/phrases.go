package venture

import "github.com/socialorg/socialorg"

// problems builds the package's single problems: input.Invalid is socialorg.Invalid with the
// package's name in the problem's code ("venture.shares.out_of_range").
type problems struct{}

// input is the package's problem builder.
var input problems

// Invalid returns the problem of field as a socialorg.Errors list of one *socialorg.InputError
// whose code starts with "venture.".
func (problems) Invalid(field string, value any, rule string) error {
	p := socialorg.Problems{Package: "venture"}
	p.Add(field, value, rule)
	return p.Err()
}

// The rule phrases of the package's input problems, in three languages (socialorg.Phrase): what
// InputError.Message shows and the kinds problem codes end with. A # stands for a number.
var _ = socialorg.MustDeclarePhrases(
	// Ranges and sizes.
	socialorg.Phrase{Slug: "out_of_range", Text: socialorg.Text{Hans: "# 至 #", Hant: "# 至 #", En: "# … #"}},
	socialorg.Phrase{Slug: "out_of_range", Text: socialorg.Text{Hans: "# 至 # 个评审标准", Hant: "# 至 # 個評審標準", En: "# … # criteria"}},
	socialorg.Phrase{Slug: "out_of_range", Text: socialorg.Text{Hans: "# 至 # 个分期比例", Hant: "# 至 # 個分期比例", En: "# … # shares"}},
	socialorg.Phrase{Slug: "out_of_range", Text: socialorg.Text{Hans: "# 至 #，至多 # 位小数", Hant: "# 至 #，至多 # 位小數", En: "# … #, at most # decimal places"}},
	socialorg.Phrase{Slug: "out_of_range", Text: socialorg.Text{Hans: "# 至 ", Hant: "# 至 ", En: "# … "}, Prefix: true},
	socialorg.Phrase{Slug: "out_of_range", Text: socialorg.Text{Hans: "须大于 #，至多 # 位数字", Hant: "須大於 #，至多 # 位數字", En: "> #, at most # digits"}},
	socialorg.Phrase{Slug: "too_many_digits", Text: socialorg.Text{Hans: "至多 # 位数字", Hant: "至多 # 位數字", En: "at most # digits"}},
	socialorg.Phrase{Slug: "out_of_range", Text: socialorg.Text{Hans: "至多 # 位小数", Hant: "至多 # 位小數", En: "at most # decimal places"}},
	socialorg.Phrase{Slug: "too_many_digits", Text: socialorg.Text{Hans: "至多 # 位有效数字、# 位小数，|分数| ≤ #^#", Hant: "至多 # 位有效數字、# 位小數，|分數| ≤ #^#",
		En: "at most # significant digits and # decimal places, |score| ≤ #^#"}},
	socialorg.Phrase{Slug: "out_of_range", Text: socialorg.Text{Hans: "|分数| ≤ #^#", Hant: "|分數| ≤ #^#", En: "|score| ≤ #^#"}},
	socialorg.Phrase{Slug: "too_many", Text: socialorg.Text{Hans: "至多 # 条记录", Hant: "至多 # 條記錄", En: "at most # records"}},
	socialorg.Phrase{Slug: "too_many", Text: socialorg.Text{Hans: "至多 # 届", Hant: "至多 # 屆", En: "at most # rounds"}},
	socialorg.Phrase{Slug: "too_many", Text: socialorg.Text{Hans: "至多 # 个申报项目", Hant: "至多 # 個申報項目", En: "at most # applications"}},
	socialorg.Phrase{Slug: "too_many", Text: socialorg.Text{Hans: "至多 # 项资助", Hant: "至多 # 項資助", En: "at most # awards"}},
	socialorg.Phrase{Slug: "too_many", Text: socialorg.Text{Hans: "至多 # 次评估", Hant: "至多 # 次評估", En: "at most # evaluations"}},
	socialorg.Phrase{Slug: "too_many", Text: socialorg.Text{Hans: "至多 # 条评审记录", Hant: "至多 # 條評審記錄", En: "at most # reviews"}},
	socialorg.Phrase{Slug: "out_of_range", Text: socialorg.Text{Hans: "资助合计在 9.2e16 元以内", Hant: "資助合計在 9.2e16 元以內", En: "Σ grants within 9.2e16 yuan"}},
	socialorg.Phrase{Slug: "out_of_range", Text: socialorg.Text{Hans: "资助合计与自筹合计均在 9.2e16 元以内", Hant: "資助合計與自籌合計均在 9.2e16 元以內", En: "Σ awards and Σ self-raised within 9.2e16 yuan"}},
	socialorg.Phrase{Slug: "out_of_range", Text: socialorg.Text{Hans: "计数在 int 范围内，金额在 9.2e16 元以内", Hant: "計數在 int 範圍內，金額在 9.2e16 元以內", En: "counts within the int range and amounts within 9.2e16 yuan"}},
	socialorg.Phrase{Slug: "bad_sum", Text: socialorg.Text{Hans: "合计恰为 1", Hant: "合計恰為 1", En: "sum to exactly 1"}},
	socialorg.Phrase{Slug: "bad_sum", Text: socialorg.Text{Hans: "权重合计恰为 1", Hant: "權重合計恰為 1", En: "weights sum to exactly 1"}},

	// Required values.
	socialorg.Phrase{Slug: "required", Text: socialorg.Text{Hans: "必填：所申报的届次（第N届），# 至 #", Hant: "必填：所申報的屆次（第N屆），# 至 #", En: "required: the round applied to (第N届), # … #"}},
	socialorg.Phrase{Slug: "required", Text: socialorg.Text{Hans: "必填：开始受理申报的日期", Hant: "必填：開始受理申報的日期", En: "required: the day applications opened"}},
	socialorg.Phrase{Slug: "required", Text: socialorg.Text{Hans: "必填：组织被列入名录的日期", Hant: "必填：組織被列入名錄的日期", En: "required: the day it was listed"}},
	socialorg.Phrase{Slug: "not_supplied", Text: socialorg.Text{Hans: "分期拨付比例及其来源（TrancheSharesKey）", Hant: "分期撥付比例及其來源（TrancheSharesKey）", En: "the tranche shares, with their source (TrancheSharesKey)"}},
	socialorg.Phrase{Slug: "missing_score", Text: socialorg.Text{Hans: "须有以下评审标准的评分：", Hant: "須有以下評審標準的評分：", En: "a score on criterion "}, Prefix: true},
	socialorg.Phrase{Slug: "missing_score", Text: socialorg.Text{Hans: "每个申报项目在每个评审标准上均有评分（另有缺漏未列出）", Hant: "每個申報項目在每個評審標準上均有評分（另有缺漏未列出）",
		En: "a score on every criterion of every application (more are missing)"}},

	// Duplicates.
	socialorg.Phrase{Slug: "duplicate", Text: socialorg.Text{Hans: "在本届中唯一", Hant: "在本屆中唯一", En: "unique in the round"}},
	socialorg.Phrase{Slug: "duplicate", Text: socialorg.Text{Hans: "在申报项目中唯一", Hant: "在申報項目中唯一", En: "unique among the applications"}},
	socialorg.Phrase{Slug: "duplicate", Text: socialorg.Text{Hans: "每届只列一次", Hant: "每屆只列一次", En: "each round once"}},
	socialorg.Phrase{Slug: "duplicate", Text: socialorg.Text{Hans: "每个类别只列一次", Hant: "每個類別只列一次", En: "each category once"}},
	socialorg.Phrase{Slug: "duplicate", Text: socialorg.Text{Hans: "只列一次", Hant: "只列一次", En: "listed once"}},
	socialorg.Phrase{Slug: "duplicate", Text: socialorg.Text{Hans: "每个区只列一次", Hant: "每個區只列一次", En: "each district listed once"}},
	socialorg.Phrase{Slug: "duplicate", Text: socialorg.Text{Hans: "每个申报项目只有一项资助", Hant: "每個申報項目只有一項資助", En: "one award per application"}},
	socialorg.Phrase{Slug: "duplicate", Text: socialorg.Text{Hans: "每期只评估一次", Hant: "每期只評估一次", En: "one evaluation per tranche"}},
	socialorg.Phrase{Slug: "duplicate", Text: socialorg.Text{Hans: "每位专家对每个申报项目的每个评审标准只评一次分", Hant: "每位專家對每個申報項目的每個評審標準只評一次分",
		En: "one score per expert, application and criterion"}},

	// Values outside their set.
	socialorg.Phrase{Slug: "unknown_value", Text: socialorg.Text{Hans: "有效的类别", Hant: "有效的類別", En: "a valid category"}},
	socialorg.Phrase{Slug: "unknown_value", Text: socialorg.Text{Hans: "类别，或不填", Hant: "類別，或不填", En: "a category, or none"}},
	socialorg.Phrase{Slug: "unknown_value", Text: socialorg.Text{Hans: "本届设有预算的类别", Hant: "本屆設有預算的類別", En: "a category the round budgets for"}},
	socialorg.Phrase{Slug: "unknown_value", Text: socialorg.Text{Hans: "有效的组织类型", Hant: "有效的組織類型", En: "a valid kind"}},
	socialorg.Phrase{Slug: "unknown_value", Text: socialorg.Text{Hans: "本届的申报项目", Hant: "本屆的申報項目", En: "an application of the round"}},
	socialorg.Phrase{Slug: "unknown_value", Text: socialorg.Text{Hans: "评分表中的申报项目", Hant: "評分表中的申報項目", En: "an application of the score sheet"}},
	socialorg.Phrase{Slug: "unknown_value", Text: socialorg.Text{Hans: "本次评审的评审标准", Hant: "本次評審的評審標準", En: "a criterion of the review"}},
	socialorg.Phrase{Slug: "unknown_value", Text: socialorg.Text{Hans: "# 或 #：本库判定的申报条件清单", Hant: "# 或 #：本庫判定的申報條件清單", En: "# or #: a list of conditions the library judges"}},
	socialorg.Phrase{Slug: "unknown_value", Text: socialorg.Text{Hans: "# 或 #：本库判定的申报条件清单，或 #", Hant: "# 或 #：本庫判定的申報條件清單，或 #", En: "# or #: a list of conditions the library judges, or #"}},
	socialorg.Phrase{Slug: "unknown_value", Text: socialorg.Text{Hans: "withhold 或 claw-back", Hant: "withhold 或 claw-back", En: "withhold or claw-back"}},
	socialorg.Phrase{Slug: "conflict", Text: socialorg.Text{Hans: "PlainMean 与 TrimTotals 只取其一", Hant: "PlainMean 與 TrimTotals 只取其一", En: "one of PlainMean and TrimTotals"}},
	socialorg.Phrase{Slug: "incomplete", Text: socialorg.Text{Hans: "每位专家对每个评审标准均评分（TrimTotals）", Hant: "每位專家對每個評審標準均評分（TrimTotals）",
		En: "every expert scores every criterion (TrimTotals)"}},

	// Order.
	socialorg.Phrase{Slug: "out_of_order", Text: socialorg.Text{Hans: "不早于开始受理申报的日期", Hant: "不早於開始受理申報的日期", En: "not before opens"}},
)
