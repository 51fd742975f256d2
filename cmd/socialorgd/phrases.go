package main

import "github.com/socialorg/socialorg"

// The rule phrases of the service's own problems, in the library's phrase catalogue
// (socialorg.Phrase), so that every problem it answers has its message in three languages. The
// phrases it shares with the library ("a known field (check the spelling)", "one JSON object",
// "well-formed JSON: ", "required: the date judged (YYYY-MM-DD)", "one of ", "a GB/T 2260 code:
// six digits") are the root package's.
var _ = socialorg.MustDeclarePhrases(
	socialorg.Phrase{Slug: "too_deep", Text: socialorg.Text{Hans: "嵌套至多 # 层", Hant: "巢狀至多 # 層", En: "at most # levels of nesting"}},
	socialorg.Phrase{Slug: "too_large", Text: socialorg.Text{Hans: "请求体至多 # 字节", Hant: "請求主體至多 # 位元組", En: "a request body of at most # bytes"}},
	socialorg.Phrase{Slug: "incomplete", Text: socialorg.Text{Hans: "完整送达的请求体", Hant: "完整送達的請求主體", En: "a request body that arrives in full"}},
	socialorg.Phrase{Slug: "unsupported_media_type", Text: socialorg.Text{Hans: "JSON 请求体（Content-Type: application/json）", Hant: "JSON 請求主體（Content-Type: application/json）", En: "a JSON body (Content-Type: application/json)"}},
	socialorg.Phrase{Slug: "not_found", Text: socialorg.Text{Hans: "本服务的路径（见 /openapi.json）", Hant: "本服務的路徑（見 /openapi.json）", En: "a path of this service (see /openapi.json)"}},
	socialorg.Phrase{Slug: "method_not_allowed", Text: socialorg.Text{Hans: "此路径接受的方法：", Hant: "此路徑接受的方法：", En: "a method this path accepts: "}, Prefix: true},
	socialorg.Phrase{Slug: "timeout", Text: socialorg.Text{Hans: "在时限内得出答复：", Hant: "在時限內得出答覆：", En: "an answer within the time limit: "}, Prefix: true},
	socialorg.Phrase{Slug: "busy", Text: socialorg.Text{Hans: "服务有空闲（当前已满负荷，请稍后重试）", Hant: "服務有空閒（目前已滿負荷，請稍後重試）", En: "a free slot (the service is at capacity; try again later)"}},
	socialorg.Phrase{Slug: "internal", Text: socialorg.Text{Hans: "服务能够计算的答复（内部错误，见日志）", Hant: "服務能夠計算的答覆（內部錯誤，見日誌）", En: "an answer the service can compute (an internal error; see the log)"}},
	socialorg.Phrase{Slug: "bad_format", Text: socialorg.Text{Hans: "BCP 47 语言标记，如 zh-Hans、zh-Hant 或 en", Hant: "BCP 47 語言標記，如 zh-Hans、zh-Hant 或 en", En: "a BCP 47 language tag such as zh-Hans, zh-Hant or en"}},
	socialorg.Phrase{Slug: "no_scheme", Text: socialorg.Text{Hans: "有本地评估方案的地方，或给出 scheme_id", Hant: "有本地評估方案的地方，或給出 scheme_id", En: "a place with a grading scheme of its own, or a scheme_id"}},
	socialorg.Phrase{Slug: "required", Text: socialorg.Text{Hans: "必填：预算（元）", Hant: "必填：預算（元）", En: "required: the budget in yuan"}},
)

var _ = socialorg.MustDeclarePhrases(
	socialorg.Phrase{Slug: "bad_format", Text: socialorg.Text{Hans: "按 YYYY-MM-DD 书写的日期", Hant: "按 YYYY-MM-DD 書寫的日期", En: "a date written as YYYY-MM-DD"}},
)
