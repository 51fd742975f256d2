package calendar

import "github.com/socialorg/socialorg"

// The rule phrases of the package's input problems, in three languages (socialorg.Phrase).
var _ = socialorg.MustDeclarePhrases(
	socialorg.Phrase{Slug: "out_of_range", Text: socialorg.Text{Hans: "# 至 #", Hant: "# 至 #", En: "# … #"}},
	socialorg.Phrase{Slug: "bad_format", Text: socialorg.Text{Hans: "第 3–8 位为行政区划代码的信用代码", Hant: "第 3–8 位為行政區劃代碼的信用代碼", En: "a code whose characters 3–8 are a division code"}},
	socialorg.Phrase{Slug: "bad_format", Text: socialorg.Text{Hans: "一年中的某日，MM-DD", Hant: "一年中的某日，MM-DD", En: "a day of the year, MM-DD"}},
	socialorg.Phrase{Slug: "out_of_range", Text: socialorg.Text{Hans: "0 至 1 之间的分数，分母为正", Hant: "0 至 1 之間的分數，分母為正", En: "a fraction from 0 to 1 with a positive denominator"}},
	socialorg.Phrase{Slug: "too_many", Text: socialorg.Text{Hans: "所生成任务至多 2,097,152 项的期间", Hant: "所產生任務至多 2,097,152 項的期間", En: "a period that gives at most 2,097,152 tasks"}},
	socialorg.Phrase{Slug: "too_many", Text: socialorg.Text{Hans: "任务至多 2,097,152 项的期间（每年 8 项，每个事件 2 项，每个持有的信托每年 1 项）", Hant: "任務至多 2,097,152 項的期間（每年 8 項，每個事件 2 項，每個持有的信託每年 1 項）", En: "a period whose tasks are at most 2,097,152 (8 a year, 2 an event, 1 a year per trust held)"}},
	socialorg.Phrase{Slug: "bad_format", Text: socialorg.Text{Hans: "任务标识：1 至 256 字节的 UTF-8 文本", Hant: "任務標識：1 至 256 位元組的 UTF-8 文本", En: "a task ID: 1 … 256 bytes of UTF-8"}},
	socialorg.Phrase{Slug: "too_many", Text: socialorg.Text{Hans: "至多 1,048,576 项完成记录", Hant: "至多 1,048,576 項完成記錄", En: "at most 1,048,576 completions"}},
	socialorg.Phrase{Slug: "too_many", Text: socialorg.Text{Hans: "至多 1,048,576 个事件", Hant: "至多 1,048,576 個事件", En: "at most 1,048,576 events"}},
	socialorg.Phrase{Slug: "out_of_range", Text: socialorg.Text{Hans: "至多为开始日期后 # 年", Hant: "至多為開始日期後 # 年", En: "at most # years after from"}},
	socialorg.Phrase{Slug: "too_long", Text: socialorg.Text{Hans: "至多 # 字节的 UTF-8 文本", Hant: "至多 # 位元組的 UTF-8 文本", En: "at most # bytes of UTF-8"}},
	socialorg.Phrase{Slug: "bad_party", Text: socialorg.Text{Hans: "党员人数不小于 0，且为已知的组织形式", Hant: "黨員人數不小於 0，且為已知的組織形式", En: "member counts ≥ 0 and a known form"}},
	socialorg.Phrase{Slug: "unknown_value", Text: socialorg.Text{Hans: "无，或 1A 至 5A", Hant: "無，或 1A 至 5A", En: "none or 1A … 5A"}},
	socialorg.Phrase{Slug: "unknown_value", Text: socialorg.Text{
		Hans: "须为以下之一：charity_trust_signed、trustee_changed、charity_trust_ended、related_party_deal、major_asset_change、project_ended、campaign_ended、use_changed、donor_unreachable_notice、donor_query、charitable_activity",
		Hant: "須為以下之一：charity_trust_signed、trustee_changed、charity_trust_ended、related_party_deal、major_asset_change、project_ended、campaign_ended、use_changed、donor_unreachable_notice、donor_query、charitable_activity",
		En:   "one of charity_trust_signed, trustee_changed, charity_trust_ended, related_party_deal, major_asset_change, project_ended, campaign_ended, use_changed, donor_unreachable_notice, donor_query, charitable_activity"}},
	socialorg.Phrase{Slug: "not_allowed", Text: socialorg.Text{Hans: "仅限信托事件", Hant: "僅限信託事件", En: "only on a trust event"}},
	socialorg.Phrase{Slug: "not_allowed", Text: socialorg.Text{Hans: "仅限有等级时", Hant: "僅限有等級時", En: "only with a grade"}},
	socialorg.Phrase{Slug: "required", Text: socialorg.Text{Hans: "有等级时必填：评估结果通知的日期", Hant: "有等級時必填：評估結果通知的日期", En: "required with a grade: the date of the results notice"}},
	socialorg.Phrase{Slug: "required", Text: socialorg.Text{Hans: "必填：发生的日期", Hant: "必填：發生的日期", En: "required: the day it happened"}},
	socialorg.Phrase{Slug: "required", Text: socialorg.Text{Hans: "必填：完成任务的日期", Hant: "必填：完成任務的日期", En: "required: the day the task was done"}},
	socialorg.Phrase{Slug: "required", Text: socialorg.Text{Hans: "必填：信托文件签订的日期", Hant: "必填：信託文件簽訂的日期", En: "required: the day the trust's documents were signed"}},
	socialorg.Phrase{Slug: "required", Text: socialorg.Text{Hans: "必填：期间的第一天", Hant: "必填：期間的第一天", En: "required: the first day of the period"}},
	socialorg.Phrase{Slug: "required", Text: socialorg.Text{Hans: "必填：期间的最后一天", Hant: "必填：期間的最後一天", En: "required: the last day of the period"}},
	socialorg.Phrase{Slug: "required", Text: socialorg.Text{Hans: "必填：组织的统一社会信用代码", Hant: "必填：組織的統一社會信用代碼", En: "required: the organization's credit code"}},
	socialorg.Phrase{Slug: "required", Text: socialorg.Text{Hans: "必填：登记日期", Hant: "必填：登記日期", En: "required: the registration date"}},
	socialorg.Phrase{Slug: "wrong_kind", Text: socialorg.Text{Hans: "社会团体（51）、社会服务机构（52）或基金会（53）的代码", Hant: "社會團體（51）、社會服務機構（52）或基金會（53）的代碼", En: "the code of a social group (51), social service agency (52) or foundation (53)"}},
	socialorg.Phrase{Slug: "too_many", Text: socialorg.Text{Hans: "前两年的数据，或不填", Hant: "前兩年的數據，或不填", En: "the two prior years, or none"}},
	socialorg.Phrase{Slug: "unknown_value", Text: socialorg.Text{Hans: "trustee，或在 charity_trust_signed 上为 settlor", Hant: "trustee，或在 charity_trust_signed 上為 settlor", En: "trustee, or settlor on charity_trust_signed"}},
	socialorg.Phrase{Slug: "out_of_order", Text: socialorg.Text{Hans: "不早于登记日期（", Hant: "不早於登記日期（", En: "not before registration ("}, Prefix: true},
)
