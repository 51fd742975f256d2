package charity

import "github.com/socialorg/socialorg"

// pkg is the first part of the codes of the package's input problems
// ("charity.spending_input.kind.unknown_value").
const pkg = "charity"

// phrase is one rule phrase of the package's input problems.
func phrase(slug, en, hans, hant string) socialorg.Phrase {
	return socialorg.Phrase{Slug: slug, Text: socialorg.Text{Hans: hans, Hant: hant, En: en}}
}

// prefix is a phrase that begins a rule followed by a figure ("at most total_expenditure (…)").
func prefix(slug, en, hans, hant string) socialorg.Phrase {
	p := phrase(slug, en, hans, hant)
	p.Prefix = true
	return p
}

// The rule phrases of the package's input problems, in three languages (socialorg.Phrase): what
// InputError.Message shows and the kinds problem codes end with. A # stands for a number.
var _ = socialorg.MustDeclarePhrases(
	// Kinds and categories.
	phrase("unknown_value", "foundation, social-group or social-service-agency", "foundation、social-group 或 social-service-agency", "foundation、social-group 或 social-service-agency"),
	phrase("unknown_value", "#A–#A", "#A–#A 级", "#A–#A 級"),
	phrase("unknown_value", "none or #A–#A", "无等级或 #A–#A 级", "無等級或 #A–#A 級"),
	phrase("unknown_value", "unrestricted, time, purpose or time-and-purpose", "unrestricted、time、purpose 或 time-and-purpose", "unrestricted、time、purpose 或 time-and-purpose"),
	phrase("unknown_value", "money, voucher, market-price or valuation-method", "money、voucher、market-price 或 valuation-method", "money、voucher、market-price 或 valuation-method"),
	phrase("unknown_value", "an income category", "一种收入类别", "一種收入類別"),
	phrase("unknown_value", "an expense category", "一种费用类别", "一種費用類別"),
	phrase("unknown_value", "time-expired, purpose-fulfilled or donor-revoked", "time-expired、purpose-fulfilled 或 donor-revoked", "time-expired、purpose-fulfilled 或 donor-revoked"),
	phrase("unknown_value", "none, abnormal-list or serious-violation-list", "none、abnormal-list 或 serious-violation-list", "none、abnormal-list 或 serious-violation-list"),

	// Who may do what.
	phrase("not_allowed", "only a foundation or a social group gets the certificate directly (Charity Law 2016 Art. 22 ¶2)",
		"仅基金会或社会团体可直接取得证书（2016年《慈善法》第二十二条第二款）", "僅基金會或社會團體可直接取得證書（2016年《慈善法》第二十二條第二款）"),
	phrase("not_allowed", "a kind the Charity Law's Art. 22 ¶2 in force names", "现行《慈善法》第二十二条第二款所列的组织类型", "現行《慈善法》第二十二條第二款所列的組織類型"),
	phrase("not_allowed", "only with credit status abnormal-list or unknown", "仅限信用状态为 abnormal-list 或未知时", "僅限信用狀態為 abnormal-list 或未知時"),
	phrase("not_allowed", "only for a time restriction", "仅限时间限定", "僅限時間限定"),
	phrase("not_allowed", "record donations with RecordDonation", "捐赠收入请用 RecordDonation 记录", "捐贈收入請用 RecordDonation 記錄"),
	phrase("not_allowed", "only business activity costs are charitable-activity expenditure", "仅业务活动成本可计为慈善活动支出", "僅業務活動成本可計為慈善活動支出"),
	phrase("not_allowed", "a restricted class", "限定性净资产类别", "限定性淨資產類別"),
	phrase("not_allowed", "a time restriction to expire", "须有到期的时间限定", "須有到期的時間限定"),

	// Required values.
	phrase("required", "required, at most # bytes", "必填，至多 # 字节", "必填，至多 # 位元組"),
	phrase("required", "required for a time restriction", "时间限定必填", "時間限定必填"),
	phrase("required", "required for a purpose restriction", "用途限定必填", "用途限定必填"),
	phrase("required", "a ledger", "一个账簿", "一個帳簿"),
	phrase("required", "at least one fund", "至少一个基金", "至少一個基金"),
	phrase("required", "at least one part", "至少一个部分", "至少一個部分"),
	phrase("required", "required: a journal that Journal wrote seals every entry", "必填：Journal 写出的日志为每一条目加封", "必填：Journal 寫出的日誌為每一條目加封"),
	phrase("required", "required: the gift was split across funds", "必填：该捐赠分入了多个基金", "必填：該捐贈分入了多個基金"),

	// References.
	phrase("not_found", "a recorded pledge", "已记录的捐赠承诺", "已記錄的捐贈承諾"),
	phrase("not_found", "a fund of the ledger", "账簿中的基金", "帳簿中的基金"),
	phrase("not_found", "a fund of the ledger and a valid restriction", "账簿中的基金及有效的限定类别", "帳簿中的基金及有效的限定類別"),
	phrase("not_found", "a fund the gift went to", "该捐赠所入的基金", "該捐贈所入的基金"),
	phrase("not_found", "a recorded gift", "已记录的捐赠", "已記錄的捐贈"),
	phrase("duplicate", "a fund no other part names", "其他部分未列的基金", "其他部分未列的基金"),

	// Lengths and counts.
	phrase("too_long", "donor and pledge at most # bytes", "捐赠人和捐赠承诺至多 # 字节", "捐贈人和捐贈承諾至多 # 位元組"),
	phrase("too_long", "purpose and description at most # bytes", "用途和说明至多 # 字节", "用途和說明至多 # 位元組"),
	phrase("out_of_range", "a ratio from # to #", "# 至 # 之间的比例", "# 至 # 之間的比例"),
	phrase("required", "a positive floor on net assets or income", "净资产或收入须有正的下限比例", "淨資產或收入須有正的下限比例"),
	phrase("out_of_order", "below the tier before", "低于上一档", "低於上一檔"),
	phrase("required", "true: the last tier takes every lower amount", "须为 true：最后一档适用于更低的全部数额", "須為 true：最後一檔適用於更低的全部數額"),
	phrase("too_many", "at most #^# bytes of gift IDs in one ledger", "一本账至多 #^# 字节的捐赠标识", "一本帳至多 #^# 位元組的捐贈標識"),
	phrase("too_long", "name at most # bytes, filing number at most #", "名称至多 # 字节，备案编号至多 #", "名稱至多 # 位元組，備案編號至多 #"),
	phrase("too_many", "at most #^# funds", "至多 #^# 个基金", "至多 #^# 個基金"),
	phrase("too_many", "at most #,# changes of use", "至多 #,# 次用途变更", "至多 #,# 次用途變更"),
	phrase("too_many", "at most #,# partners", "至多 #,# 个合作方", "至多 #,# 個合作方"),
	phrase("too_many", "at most # items", "至多 # 项", "至多 # 項"),
	phrase("not_allowed", "only with a written agreement", "仅限已签订书面协议", "僅限已簽訂書面協議"),
	phrase("too_many", "at most #,# disclosures", "至多 #,# 次信息公开", "至多 #,# 次信息公開"),
	phrase("bad_format", "three values (oldest first) or none", "三个数值（最早的在前）或不填", "三個數值（最早的在前）或不填"),

	// Ranges and amounts.
	phrase("out_of_range", "#–#", "# 至 #", "# 至 #"),
	phrase("out_of_range", "# (the start's day) or #–#", "#（开始日）或 # 至 #", "#（開始日）或 # 至 #"),
	phrase("out_of_range", "# (the check's date) or #–#", "#（按检查日期）或 # 至 #", "#（按檢查日期）或 # 至 #"),
	phrase("out_of_range", "the pledge's total overflows", "捐赠承诺总额溢出", "捐贈承諾總額溢出"),
	phrase("out_of_range", "at most directors", "不多于理事人数", "不多於理事人數"),
	phrase("out_of_range", "parts overflow", "各部分之和溢出", "各部分之和溢出"),
	phrase("out_of_range", "sum out of range", "合计超出范围", "合計超出範圍"),
	phrase("out_of_range", "sum overflows", "合计溢出", "合計溢出"),
	phrase("out_of_range", "an amount or share out of range", "金额或份额超出范围", "金額或份額超出範圍"),
	phrase("out_of_range", "negative: the adjusted income before it was clamped", "须为负数：按零计算前的调整后收入", "須為負數：按零計算前的調整後收入"),
	phrase("bad_amount", "≥ #, at most # decimal places", "不小于 #，至多 # 位小数", "不小於 #，至多 # 位小數"),
	phrase("mismatch", "every part gives an amount, or every part a share", "各部分均给出金额，或均给出份额", "各部分均給出金額，或均給出份額"),
	prefix("out_of_range", "at most total_expenditure (", "不超过当年总支出（", "不超過當年總支出（"),
	prefix("out_of_range", "at most what is left of the gift (", "不超过该捐赠的余额（", "不超過該捐贈的餘額（"),
	prefix("bad_amount", "yuan with at most two decimal places (", "以元计，至多两位小数（", "以元計，至多兩位小數（"),
	prefix("over_balance", "the fund's ", "该基金的", "該基金的"),
	prefix("bad_format", "shares: ", "份额：", "份額："),

	// Dates.
	phrase("out_of_order", "not before start", "不早于开始日期", "不早於開始日期"),
	phrase("out_of_order", "not before approved", "不早于审议通过日期", "不早於審議通過日期"),
	phrase("out_of_order", "on or after #-#-# (the Charity Law in force)", "不早于 #-#-#（《慈善法》施行）", "不早於 #-#-#（《慈善法》施行）"),
	phrase("out_of_order", "not before end", "不早于结束日期", "不早於結束日期"),
	phrase("out_of_order", "not after the date judged", "不晚于判断日期", "不晚於判斷日期"),
	phrase("out_of_order", "between registered and the date judged", "在登记日期与判断日期之间", "在登記日期與判斷日期之間"),
	prefix("out_of_order", "not before the gift (", "不早于捐赠日期（", "不早於捐贈日期（"),

	// The journal.
	phrase("bad_format", "# lower-case hexadecimal digits", "# 位小写十六进制数字", "# 位小寫十六進位數字"),
	phrase("bad_format", "a closing brace after the journal (a torn tail)", "日志之后的右花括号（日志末尾残缺）", "日誌之後的右花括號（日誌末尾殘缺）"),
	phrase("bad_format", "an array of entries", "条目数组", "條目陣列"),
	phrase("bad_format", "not in the form Journal writes (whitespace aside)", "Journal 写出的格式（空白除外）", "Journal 寫出的格式（空白除外）"),
	phrase("bad_format", "nothing after the ledger", "账簿之后不得有其他内容", "帳簿之後不得有其他內容"),
	phrase("bad_format", "one entry, nothing after it", "一个条目，其后不得有其他内容", "一個條目，其後不得有其他內容"),
	phrase("bad_format", `an object {"journal": […]}`, `对象 {"journal": […]}`, `物件 {"journal": […]}`),
	phrase("bad_format", `one field, "journal"`, `唯一字段 "journal"`, `唯一欄位 "journal"`),
	phrase("bad_format", `the field "journal"`, `字段 "journal"`, `欄位 "journal"`),
	phrase("mismatch", "does not seal this entry after the journal before it: an entry edited, dropped, repeated or out of place",
		"未能在此前日志之后为本条目加封：有条目被修改、删除、重复或错位", "未能在此前日誌之後為本條目加封：有條目被修改、刪除、重複或錯位"),
)
