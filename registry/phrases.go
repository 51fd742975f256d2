package registry

import "github.com/socialorg/socialorg"

// The rule phrases of the package's input problems, in three languages (socialorg.Phrase): what
// InputError.Message shows and the kinds problem codes end with.
var _ = socialorg.MustDeclarePhrases(
	socialorg.Phrase{Slug: "bad_check_char", Text: socialorg.Text{Hans: "0–9 或 A–Z（GB 11714）", Hant: "0–9 或 A–Z（GB 11714）", En: "#–# or A–Z (GB #)"}},
	socialorg.Phrase{Slug: "bad_format", Text: socialorg.Text{Hans: "# 位数字（GB/T #）", Hant: "# 位數字（GB/T #）", En: "# digits (GB/T #)"}},
	socialorg.Phrase{Slug: "bad_format", Text: socialorg.Text{Hans: "# 个字符（GB # 本体代码）", Hant: "# 個字元（GB # 本體代碼）", En: "# characters (GB # body)"}},
	socialorg.Phrase{Slug: "bad_format", Text: socialorg.Text{Hans: "代码字符集中的 # 个字符", Hant: "代碼字元集中的 # 個字元", En: "# characters of the code set"}},
	socialorg.Phrase{Slug: "bad_format", Text: socialorg.Text{Hans: "格式正确的代码", Hant: "格式正確的代碼", En: "a well-formed code"}},
	socialorg.Phrase{Slug: "bad_format", Text: socialorg.Text{Hans: "GB/T 2260 行政区划代码：六位数字", Hant: "GB/T 2260 行政區劃代碼：六位數字", En: "a GB/T # division code: six digits"}},
	socialorg.Phrase{Slug: "unknown_jurisdiction", Text: socialorg.Text{
		Hans: "本库声明的司法管辖区（socialorg.Jurisdictions），或以 socialorg.WithJurisdictions 给出的司法管辖区",
		Hant: "本庫聲明的司法管轄區（socialorg.Jurisdictions），或以 socialorg.WithJurisdictions 給出的司法管轄區",
		En:   "a jurisdiction the library declares (socialorg.Jurisdictions), or one given with socialorg.WithJurisdictions"}},
	socialorg.Phrase{Slug: "unknown_community", Text: socialorg.Text{Hans: "本市的社区", Hant: "本市的社區", En: "a community of the city"}},
	socialorg.Phrase{Slug: "unknown_value", Text: socialorg.Text{Hans: "length、char、division、check 或 category", Hant: "length、char、division、check 或 category", En: "length, char, division, check or category"}},
	socialorg.Phrase{Slug: "required", Text: socialorg.Text{Hans: "group 或 service，已备案的社区社会组织必填", Hant: "group 或 service，已備案的社區社會組織必填", En: "group or service, required for a filed community organization"}},
	socialorg.Phrase{Slug: "required", Text: socialorg.Text{Hans: "社、站、队、中心、组之一，已备案的社区社会组织必填", Hant: "社、站、隊、中心、組之一，已備案的社區社會組織必填", En: "one of 社 站 队 中心 组, required for a filed community organization"}},
	socialorg.Phrase{Slug: "not_allowed", Text: socialorg.Text{Hans: "仅限已备案的社区社会组织（kind community-org）", Hant: "僅限已備案的社區社會組織（kind community-org）", En: "only for filed community organizations (kind community-org)"}},
	socialorg.Phrase{Slug: "not_allowed", Text: socialorg.Text{Hans: "仅限基金会", Hant: "僅限基金會", En: "only for foundations"}},
	socialorg.Phrase{Slug: "required", Text: socialorg.Text{Hans: "基金会必填", Hant: "基金會必填", En: "required for a foundation"}},
	socialorg.Phrase{Slug: "unknown_value", Text: socialorg.Text{Hans: "national-public、local-public 或 non-public", Hant: "national-public、local-public 或 non-public", En: "national-public, local-public or non-public"}},
	socialorg.Phrase{Slug: "unknown_value", Text: socialorg.Text{Hans: "social-group、social-service-agency、foundation 或 community-org", Hant: "social-group、social-service-agency、foundation 或 community-org", En: "social-group, social-service-agency, foundation or community-org"}},
	socialorg.Phrase{Slug: "unknown_value", Text: socialorg.Text{Hans: "none、abnormal-list 或 serious-violation-list", Hant: "none、abnormal-list 或 serious-violation-list", En: "none, abnormal-list or serious-violation-list"}},
	socialorg.Phrase{Slug: "required", Text: socialorg.Text{Hans: "必填：组织被列入名录的日期", Hant: "必填：組織被列入名錄的日期", En: "required: the day the organization was listed"}},
	socialorg.Phrase{Slug: "not_allowed", Text: socialorg.Text{Hans: "仅限已列入名录的组织", Hant: "僅限已列入名錄的組織", En: "only for an organization on a list"}},
	socialorg.Phrase{Slug: "unknown_value", Text: socialorg.Text{Hans: "none、eight-categories 或 all-but-pre-approval", Hant: "none、eight-categories 或 all-but-pre-approval", En: "none, eight-categories or all-but-pre-approval"}},
)
