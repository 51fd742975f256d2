package standards

import "github.com/socialorg/socialorg"

// The rule phrases of the package's input problems, in three languages (socialorg.Phrase): what
// InputError.Message shows and the kinds problem codes end with. A # stands for a number.
var _ = socialorg.MustDeclarePhrases(
	// Ranges and counts.
	phrase("out_of_range", "# … #", "# 至 #", "# 至 #", false),
	phrase("out_of_range", "#A … #A", "#A 至 #A", "#A 至 #A", false),
	phrase("too_long", "at most #", "至多 #", "至多 #", false),
	phrase("too_long", "at most # regimes", "至多 # 个时段", "至多 # 個時段", false),
	phrase("too_long", "at most # cut-offs", "至多 # 个分数线", "至多 # 個分數線", false),
	phrase("too_long", "at most # conditions", "至多 # 项条件", "至多 # 項條件", false),
	phrase("too_long", "at most # grades", "至多 # 个等级", "至多 # 個等級", false),
	phrase("too_long", "at most # benefits", "至多 # 项优惠政策", "至多 # 項優惠政策", false),
	phrase("too_long", "at most # indicators", "至多 # 个指标", "至多 # 個指標", false),
	phrase("too_long", "at most # levels", "至多 # 层", "至多 # 層", false),
	phrase("out_of_range", "0 for term-reached", "term-reached 时须为 0", "term-reached 時須為 0", false),
	// Points.
	phrase("out_of_range", "at most # decimal places and #^# points", "至多 # 位小数且不超过 #^# 分", "至多 # 位小數且不超過 #^# 分", false),
	phrase("out_of_range", "at most # decimal places", "至多 # 位小数", "至多 # 位小數", false),
	phrase("out_of_range", "at most #^# points", "不超过 #^# 分", "不超過 #^# 分", false),
	phrase("out_of_range", "a tree of at most #^# points", "总分不超过 #^# 分的指标树", "總分不超過 #^# 分的指標樹", false),
	phrase("out_of_range", "a total within range", "在可表示范围内的总分", "在可表示範圍內的總分", false),
	phrase("out_of_range", "within the scale: at most ", "不超过满分：至多 ", "不超過滿分：至多 ", true),
	phrase("out_of_range", "at most the indicator's ", "不超过该指标的分值：", "不超過該指標的分值：", true),
	phrase("out_of_range", "at most the scale and the bonus items: ", "不超过满分与加分项之和：", "不超過滿分與加分項之和：", true),
	phrase("bad_sum", "the sum of its children's points, ", "须等于其下级指标分值之和：", "須等於其下級指標分值之和：", true),
	phrase("wrong_count", "# points, one per leaf", "# 个分数，每个末级指标一个", "# 個分數，每個末級指標一個", false),
	phrase("wrong_count", "# indicators (DB#/T #—#)", "# 个指标（DB#/T #—#）", "# 個指標（DB#/T #—#）", false),
	// Schemes.
	phrase("required", "at least one regime: the assessments the scheme governs, with its source", "至少一个时段：方案所适用的评估及其依据", "至少一個時段：方案所適用的評估及其依據", false),
	phrase("required", "required: the first date the scheme governs", "必填：方案适用的第一天", "必填：方案適用的第一天", false),
	phrase("required", "at least one cut-off", "至少一个分数线", "至少一個分數線", false),
	phrase("required", "a cut-off for every grade above the lowest one given", "所给出的最低等级以上的每个等级都须有分数线", "所給出的最低等級以上的每個等級都須有分數線", false),
	phrase("out_of_order", "below the grade before it (highest first)", "低于前一个等级（由高到低排列）", "低於前一個等級（由高到低排列）", false),
	phrase("out_of_order", "a grade below every cut-off (the lowest is ", "低于所有分数线的等级（最低者为 ", "低於所有分數線的等級（最低者為 ", true),
	phrase("out_of_order", "strictly ordered by grade: ", "须按等级严格递增：", "須按等級嚴格遞增：", true),
	phrase("out_of_order", "below ", "须低于 ", "須低於 ", true),
	phrase("out_of_order", "supply the cut-offs from the top down: ", "须由高到低提供分数线：", "須由高到低提供分數線：", true),
	phrase("duplicate", "one cut-off per grade at a time: another ", "每个等级同一时间只有一个分数线：另有 ", "每個等級同一時間只有一個分數線：另有 ", true),
	phrase("duplicate", "one condition per grade at a time", "每个等级同一时间只有一项条件", "每個等級同一時間只有一項條件", false),
	phrase("inconsistent", "one scale and bonus cap over the scheme's regimes", "方案各时段的满分与加分上限须一致", "方案各時段的滿分與加分上限須一致", false),
	// Assessments and entry.
	phrase("unknown_value", "minor or not-minor", "minor 或 not-minor", "minor 或 not-minor", false),
	phrase("unknown_value", "not-inspected, passed, basic-pass or failed", "not-inspected、passed、basic-pass 或 failed", "not-inspected、passed、basic-pass 或 failed", false),
	phrase("unknown_value", "term-reached, within-first-years or after-years", "term-reached、within-first-years 或 after-years", "term-reached、within-first-years 或 after-years", false),
	phrase("unknown_value", "none, not-inspected or not-passed", "none、not-inspected 或 not-passed", "none、not-inspected 或 not-passed", false),
	phrase("unknown_value", "none, any or not-minor", "none、any 或 not-minor", "none、any 或 not-minor", false),
	phrase("unknown_value", "notice or next-year", "notice 或 next-year", "notice 或 next-year", false),
	phrase("not_allowed", "set only when penalized", "仅在受到行政处罚时填写", "僅在受到行政處罰時填寫", false),
	phrase("required", "a date", "一个日期", "一個日期", false),
	phrase("conflict", "an assessment date or an assessment year, not both", "评估日期或评估年度，不得同时给出", "評估日期或評估年度，不得同時給出", false),
	// Indicator trees and checklists.
	phrase("required", "at least one indicator", "至少一个指标", "至少一個指標", false),
	phrase("duplicate", "unique in the index", "在指标体系中唯一", "在指標體系中唯一", false),
	phrase("not_allowed", "only a leaf may be a veto item", "只有末级指标可以是一票否决项", "只有末級指標可以是一票否決項", false),
	phrase("not_allowed", "a bonus item is a leaf", "加分项须为末级指标", "加分項須為末級指標", false),
	phrase("not_allowed", "a third-level indicator is a leaf", "三级指标须为末级指标", "三級指標須為末級指標", false),
	phrase("required", "third-level indicators", "须有三级指标", "須有三級指標", false),
	phrase("unknown_id", "an indicator of the index", "指标体系中的指标", "指標體系中的指標", false),
	phrase("unknown_id", "an indicator marked Veto", "标为一票否决的指标", "標為一票否決的指標", false),
	phrase("not_allowed", "a leaf (a parent's points are its children's sum)", "末级指标（上级指标的分数是其下级之和）", "末級指標（上級指標的分數是其下級之和）", false),
	phrase("unknown_id", "an item of the checklist", "清单中的事项", "清單中的事項", false),
	phrase("unknown_value", "one of the eight sections", "八个部分之一", "八個部分之一", false),
	phrase("required", "at least one item in every section", "每个部分至少一个事项", "每個部分至少一個事項", false),
)

// phrase is a Phrase from its slug, its English text (as the code writes it) and its Chinese.
func phrase(slug, en, hans, hant string, prefix bool) socialorg.Phrase {
	return socialorg.Phrase{Slug: slug, Text: socialorg.Text{Hans: hans, Hant: hant, En: en}, Prefix: prefix}
}
