package registry

import (
	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/enum"
	"github.com/socialorg/socialorg/internal/fen"
)

// book holds every rule and parameter of the package, recorded as they are declared below.
var book = socialorg.NewBook("registry")

// Rules lists the package's rules (ID, titles, regimes with their citations), by ID.
func Rules() []socialorg.Rule { return book.Rules() }

// Parameters lists the package's dated parameters, by ID, so that callers can print or audit the
// thresholds in force and their sources (see socialorg.ListParameters).
func Parameters() []socialorg.Parameter { return book.Parameters() }

// The legal sources of the registration and filing rules.
const (
	// 《社会团体登记管理条例》, State Council Order 250 of 1998-10-25, in force that day; revised by
	// Order 666 of 2016-02-06, which left Articles 3, 9 and 10 as they were.
	docSocialGroups = "《社会团体登记管理条例》（国务院令第250号，2016年修订）"
	// 《民办非企业单位登记管理暂行条例》, State Council Order 251, in force 1998-10-25.
	docServiceAgencies = "《民办非企业单位登记管理暂行条例》（国务院令第251号）"
	// 《基金会管理条例》, State Council Order 400, in force 2004-06-01.
	docFoundations = "《基金会管理条例》（国务院令第400号）"
	// 《广州市社会组织管理办法》, Guangzhou Government Order 108, in force 2015-01-01; amended by
	// Guangzhou Government Order 132 (2015-09-30).
	docGuangzhou108 = "《广州市社会组织管理办法》（广州市人民政府令第108号）"
	docGuangzhou132 = "《广州市社会组织管理办法》（广州市人民政府令第108号公布，根据广州市人民政府令第132号修订）"
	// Guangzhou's 2012 direct registration, reported by 羊城晚报 on 2012-05-07 from the Guangzhou
	// civil-affairs press conference of 2012-05-06.
	docGuangzhou2012 = "广州市民政局《关于实施“广州市社会组织直接登记”社会创新观察项目的工作方案》（2012年）"
	// 《关于广东省进一步培育发展和规范管理社会组织的方案》, November 2011.
	docGuangdong2011 = "《关于广东省进一步培育发展和规范管理社会组织的方案》（2011年11月）"
	// 《广东省社区社会组织分类管理办法（试行）》, 粤民规字〔2022〕2号, issued 2022-05-26.
	docGuangdongFiling = "《广东省社区社会组织分类管理办法（试行）》（粤民规字〔2022〕2号）"
	// 《民政部关于大力培育发展社区社会组织的意见》, 民发〔2017〕191号, published 2018-01-08.
	docMCA2017 = "《民政部关于大力培育发展社区社会组织的意见》（民发〔2017〕191号）"
	// GB 32100-2015, the unified social credit code.
	docGB32100 = "GB 32100-2015《法人和其他组织统一社会信用代码编码规则》"
)

// The dates the documents took effect.
var (
	from1998       = socialorg.MustDate("1998-10-25")
	from2004       = socialorg.MustDate("2004-06-01")
	fromGZEight    = socialorg.MustDate("2012-01-01")
	fromGZAll      = socialorg.MustDate("2012-05-01")
	fromGD2012     = socialorg.MustDate("2012-07-01")
	fromGZ108      = socialorg.MustDate("2015-01-01")
	fromGZ132      = socialorg.MustDate("2015-09-30")
	fromGB32100    = socialorg.MustDate("2015-10-01")
	fromGDFiling   = socialorg.MustDate("2022-05-26")
	fromMCA2017    = socialorg.MustDate("2018-01-08")
	untilMCA2017   = socialorg.MustDate("2020-12-31")
	noteGDFiling   = "article numbers not read; the filing conditions are in chapter 2 (登记和备案), read from the text on gdngo.org.cn; in force from the issue date, the effective-date clause was not read"
	noteGDGovern   = "in the internal-governance part (内部治理) of the document, which follows chapter 2 (登记和备案); chapter and article numbers not read (中国社会报's summary, fjliren.com)"
	noteMCA2017    = "a target for 2020 (「到2020年」) expressed as an average per community (「平均拥有不少于」); dated from publication (2018-01-08) to the end of 2020; no later document carrying it on was found, so after 2020 the target is caller-supplied"
	noteGB32100    = "in force date of the standard as commonly reported (2015-10-01), not read from the standard"
	noteCategories = "category lists per registration authority as the 2026 legal audit read them from the standard's code tables; the standard's text itself was not read here"
	noteGZEight    = "eight categories (行业协会、异地商会、公益性服务、社会服务类、经济类、科技类、体育类、文化类) from 2012-01-01, as 羊城晚报 reported on 2012-05-07 (news.dzwww.com copy); the notice's number was not found"
	noteGZAll      = "「5月起」 all organizations outside the pre-approval fields (羊城晚报, 2012-05-07): known to the month, dated 2012-05-01"
	noteGD2012     = "「从2012年7月1日起，除特别规定、特殊领域外…直接向民政部门申请成立」 (新华社, 2011-11-22, read on a chinanews.com copy)"
	noteGZ132      = "amendment date (2015-09-30) as the 2026 legal audit gives it; Art. 7 read from a copy of the 2015-amended text (xlchemical.com.cn)"
	citeSGArt10    = func(item string) socialorg.Citation {
		return cite(docSocialGroups, "第十条第一款第（"+item+"）项")
	}
	citeSGName     = cite(docSocialGroups, "第十条第二款")
	citeSGApproval = cite(docSocialGroups, "第三条第一款、第九条")
	citeSSAArt8    = func(item string) socialorg.Citation {
		return cite(docServiceAgencies, "第八条第一款第（"+item+"）项")
	}
	citeSSAName     = cite(docServiceAgencies, "第八条第二款")
	citeSSAApproval = cite(docServiceAgencies, "第三条、第八条第一款第（一）项")
	citeFoundArt8   = cite(docFoundations, "第八条第（二）项")
	citeGDFiling    = cite(docGuangdongFiling, "第二章")
	citeGDGovern    = cite(docGuangdongFiling, "内部治理")
	citeMCATarget   = cite(docMCA2017, "一、总体要求")
	citeGB32100     = cite(docGB32100, "")
)

func cite(doc, art string) socialorg.Citation { return socialorg.Citation{Document: doc, Article: art} }

// since is a regime from a date, open-ended.
func since(from socialorg.Date, c socialorg.Citation, note string) []socialorg.Regime {
	return []socialorg.Regime{{From: from, Cite: c, Note: note}}
}

// yuanCheck checks a supplied amount in yuan: ≥ 0, at most two decimal places.
func yuanCheck(d decimal.Decimal) error {
	_, err := fen.NonNegative(d)
	return err
}

// countCheck checks a supplied count: 1 … MaxCount.
func countCheck(n int) error {
	if n < 1 || n > MaxCount {
		return socialorg.Invalid("count", n, "1 … 2^31−1")
	}
	return nil
}

// Parameters of the registration rules. Amounts are in yuan.
var (
	sgMinIndividuals = socialorg.MustParam(book, socialorg.ParamSpec[int]{ID: "registry.socialgroup.min-individual-members", Unit: "members",
		Title:  socialorg.Text{Hans: "社会团体个人会员最低人数", Hant: "社會團體個人會員最低人數", En: "minimum individual members of a social group"},
		Values: []socialorg.Dated[int]{{From: from1998, Value: 50, Cite: citeSGArt10("一")}}})
	sgMinUnits = socialorg.MustParam(book, socialorg.ParamSpec[int]{ID: "registry.socialgroup.min-unit-members", Unit: "members",
		Title:  socialorg.Text{Hans: "社会团体单位会员最低数", Hant: "社會團體單位會員最低數", En: "minimum unit members of a social group"},
		Values: []socialorg.Dated[int]{{From: from1998, Value: 30, Cite: citeSGArt10("一")}}})
	sgMinMixed = socialorg.MustParam(book, socialorg.ParamSpec[int]{ID: "registry.socialgroup.min-mixed-members", Unit: "members",
		Title:  socialorg.Text{Hans: "混合组成的社会团体会员总数下限", Hant: "混合組成的社會團體會員總數下限", En: "minimum members of a mixed social group"},
		Values: []socialorg.Dated[int]{{From: from1998, Value: 50, Cite: citeSGArt10("一")}}})
	sgMinFundsNational = socialorg.MustParam(book, socialorg.ParamSpec[decimal.Decimal]{ID: "registry.socialgroup.min-funds-national", Unit: "yuan",
		Title:  socialorg.Text{Hans: "全国性社会团体活动资金下限", Hant: "全國性社會團體活動資金下限", En: "minimum activity funds of a national social group"},
		Values: []socialorg.Dated[decimal.Decimal]{{From: from1998, Value: decimal.NewFromInt(100_000), Cite: citeSGArt10("五")}}})
	sgMinFundsLocal = socialorg.MustParam(book, socialorg.ParamSpec[decimal.Decimal]{ID: "registry.socialgroup.min-funds-local", Unit: "yuan",
		Title:  socialorg.Text{Hans: "地方性和跨行政区域社会团体活动资金下限", Hant: "地方性和跨行政區域社會團體活動資金下限", En: "minimum activity funds of a local social group"},
		Values: []socialorg.Dated[decimal.Decimal]{{From: from1998, Value: decimal.NewFromInt(30_000), Cite: citeSGArt10("五")}}})

	fdMinNationalPublic = socialorg.MustParam(book, socialorg.ParamSpec[decimal.Decimal]{ID: "registry.foundation.min-fund-national-public", Unit: "yuan",
		Title:  socialorg.Text{Hans: "全国性公募基金会原始基金下限", Hant: "全國性公募基金會原始基金下限", En: "minimum original fund of a national public foundation"},
		Values: []socialorg.Dated[decimal.Decimal]{{From: from2004, Value: decimal.NewFromInt(8_000_000), Cite: citeFoundArt8}}})
	fdMinLocalPublic = socialorg.MustParam(book, socialorg.ParamSpec[decimal.Decimal]{ID: "registry.foundation.min-fund-local-public", Unit: "yuan",
		Title:  socialorg.Text{Hans: "地方性公募基金会原始基金下限", Hant: "地方性公募基金會原始基金下限", En: "minimum original fund of a local public foundation"},
		Values: []socialorg.Dated[decimal.Decimal]{{From: from2004, Value: decimal.NewFromInt(4_000_000), Cite: citeFoundArt8}}})
	fdMinNonPublic = socialorg.MustParam(book, socialorg.ParamSpec[decimal.Decimal]{ID: "registry.foundation.min-fund-non-public", Unit: "yuan",
		Title:  socialorg.Text{Hans: "非公募基金会原始基金下限", Hant: "非公募基金會原始基金下限", En: "minimum original fund of a non-public foundation"},
		Values: []socialorg.Dated[decimal.Decimal]{{From: from2004, Value: decimal.NewFromInt(2_000_000), Cite: citeFoundArt8}}})

	filingGroupNatural = filingParam("registry.filing.group.min-natural-initiators", "initiators",
		socialorg.Text{Hans: "社会团体类备案的自然人发起人下限", Hant: "社會團體類備案的自然人發起人下限", En: "minimum natural-person initiators of a filed group"})
	filingGroupLegal = filingParam("registry.filing.group.min-legal-initiators", "initiators",
		socialorg.Text{Hans: "社会团体类备案的法人发起单位下限", Hant: "社會團體類備案的法人發起單位下限", En: "minimum legal-person initiators of a filed group"})
	filingGroupMembers = filingParam("registry.filing.group.min-members", "members",
		socialorg.Text{Hans: "社会团体类备案的会员总数下限", Hant: "社會團體類備案的會員總數下限", En: "minimum members of a filed group"})
	filingServiceNatural = filingParam("registry.filing.service.min-natural-founders", "founders",
		socialorg.Text{Hans: "社会服务机构类备案的自然人举办者下限", Hant: "社會服務機構類備案的自然人舉辦者下限", En: "minimum natural-person founders of a filed service organization"})
	filingServiceLegal = filingParam("registry.filing.service.min-legal-founders", "founders",
		socialorg.Text{Hans: "社会服务机构类备案的法人举办单位下限", Hant: "社會服務機構類備案的法人舉辦單位下限", En: "minimum legal-person founders of a filed service organization"})
	filingServiceStaff = filingParam("registry.filing.service.min-staff", "staff",
		socialorg.Text{Hans: "社会服务机构类备案的从业人员下限", Hant: "社會服務機構類備案的從業人員下限", En: "minimum staff of a filed service organization"})

	// directScope is how far direct registration (without a supervising unit) reaches at the
	// registration authority's place. Nationally the State Council regulations' text holds: every
	// social group and agency needs its supervising unit. Guangdong's and Guangzhou's wider scopes
	// are their jurisdictions' values (jurisdictions.go).
	directScope = socialorg.MustParam(book, socialorg.ParamSpec[DirectRegistration]{ID: "registry.direct-registration", Unit: "scope",
		Title: socialorg.Text{Hans: "社会组织直接登记范围", Hant: "社會組織直接登記範圍", En: "scope of direct registration"},
		Check: DirectRegistration.check,
		Values: []socialorg.Dated[DirectRegistration]{{From: from1998, Value: NoDirectRegistration, Cite: citeSGApproval,
			Note: "the regulations' text: a social group (Order 250 Art. 3, 9) and a social service agency (Order 251 Art. 3, 8) apply with their supervising unit's approval"}}})
	// directNational is the scope of direct registration with the MCA: the national categories are
	// not confirmed, so the library holds no value and a caller may supply one.
	directNational = socialorg.MustParam(book, socialorg.ParamSpec[DirectRegistration]{ID: "registry.direct-registration.national", Unit: "scope",
		Title:      socialorg.Text{Hans: "全国性社会组织直接登记范围（须由调用方提供）", Hant: "全國性社會組織直接登記範圍（須由調用方提供）", En: "scope of direct registration with the MCA (caller-supplied)"},
		Suppliable: true, Check: DirectRegistration.check})

	// ssaMinFunds is the minimum start-up fund of a social service agency: none is set nationally
	// (Order 251) and Guangzhou's is not confirmed, so the caller supplies it.
	ssaMinFunds = socialorg.MustParam(book, socialorg.ParamSpec[decimal.Decimal]{ID: "registry.ssa.min-funds", Unit: "yuan",
		Title:      socialorg.Text{Hans: "社会服务机构开办资金下限（须由调用方提供）", Hant: "社會服務機構開辦資金下限（須由調用方提供）", En: "minimum start-up fund of a social service agency (caller-supplied)"},
		Suppliable: true, Check: yuanCheck})

	targetUrban = socialorg.MustParam(book, socialorg.ParamSpec[int]{ID: "registry.coverage.urban-community-target", Unit: "organizations",
		Title:      socialorg.Text{Hans: "城市社区平均拥有社区社会组织数目标", Hant: "城市社區平均擁有社區社會組織數目標", En: "average community organizations per urban community (target)"},
		Suppliable: true, Check: countCheck,
		Values: []socialorg.Dated[int]{{From: fromMCA2017, Until: untilMCA2017, Value: 10, Cite: citeMCATarget, Note: noteMCA2017}}})
	targetRural = socialorg.MustParam(book, socialorg.ParamSpec[int]{ID: "registry.coverage.rural-community-target", Unit: "organizations",
		Title:      socialorg.Text{Hans: "农村社区平均拥有社区社会组织数目标", Hant: "農村社區平均擁有社區社會組織數目標", En: "average community organizations per rural community (target)"},
		Suppliable: true, Check: countCheck,
		Values: []socialorg.Dated[int]{{From: fromMCA2017, Until: untilMCA2017, Value: 5, Cite: citeMCATarget, Note: noteMCA2017}}})
	// federationTarget is the number of federations of community organizations per subdistrict:
	// Guangzhou reports one per subdistrict, but no rule requiring it has been confirmed.
	federationTarget = socialorg.MustParam(book, socialorg.ParamSpec[int]{ID: "registry.coverage.federation-target", Unit: "federations",
		Title:      socialorg.Text{Hans: "每个街道（镇）社区社会组织联合会数目标（须由调用方提供）", Hant: "每個街道（鎮）社區社會組織聯合會數目標（須由調用方提供）", En: "federations per subdistrict or town (caller-supplied target)"},
		Suppliable: true, Check: countCheck})
)

// Keys of the values a caller may supply (socialorg.Supply) for the package's checks.
var (
	// ServiceAgencyMinFunds supplies the minimum start-up fund (开办资金) of a social service agency,
	// in yuan: without it the minimum-fund finding is NotApplicable with Want "unset".
	ServiceAgencyMinFunds = ssaMinFunds.Key()
	// NationalDirectRegistration supplies how far direct registration with the MCA (Division
	// 100000) reaches; without it a national group or agency needs its supervising unit, as the
	// regulations' text says.
	NationalDirectRegistration = directNational.Key()
	// UrbanCommunityTarget and RuralCommunityTarget supply the average number of community
	// organizations per community to judge coverage by, where the MCA's 2017 targets (10 and 5, for
	// 2020) are not in force or the caller sets its own.
	UrbanCommunityTarget = targetUrban.Key()
	RuralCommunityTarget = targetRural.Key()
	// FederationTarget supplies how many federations of community organizations each subdistrict
	// and town should have; without it federations are counted and not judged.
	FederationTarget = federationTarget.Key()
)

// filingParam declares a filing condition: Guangdong's value (jurisdictions.go); the nation sets
// none.
func filingParam(id, unit string, title socialorg.Text) socialorg.Param[int] {
	return socialorg.MustParam(book, socialorg.ParamSpec[int]{ID: id, Unit: unit, Title: title, Check: countCheck, Local: true})
}

// DirectRegistration is how far direct registration with the civil-affairs department, without a
// supervising unit's approval (业务主管单位审查同意), reaches in a jurisdiction.
type DirectRegistration uint8

// The scopes of direct registration.
const (
	// NoDirectRegistration: every social group and agency needs its supervising unit (Order 250
	// Art. 3 and 9; Order 251 Art. 3 and 8).
	NoDirectRegistration DirectRegistration = iota
	// DirectForEightCategories: the eight categories Guangzhou opened on 2012-01-01
	// (Organization.EightCategories), outside the pre-approval fields.
	DirectForEightCategories
	// DirectExceptPreApproval: every organization outside the fields that need pre-approval by
	// law (Organization.PreApproval).
	DirectExceptPreApproval
)

var directNames = enum.Names[DirectRegistration]{Type: "DirectRegistration", Text: []string{"none", "eight-categories", "all-but-pre-approval"}}

// String returns "none", "eight-categories" or "all-but-pre-approval".
func (d DirectRegistration) String() string { return directNames.String(d) }

// MarshalText encodes d as String does.
func (d DirectRegistration) MarshalText() ([]byte, error) { return directNames.Marshal(d) }

// UnmarshalText decodes what MarshalText encodes.
func (d *DirectRegistration) UnmarshalText(b []byte) error { return directNames.Unmarshal(b, d) }

// UnmarshalJSON decodes a JSON string as UnmarshalText does; a bad value is an error naming the
// field.
func (d *DirectRegistration) UnmarshalJSON(b []byte) error { return directNames.DecodeJSON(b, d) }

func (d DirectRegistration) check() error {
	if !directNames.Valid(d) {
		return socialorg.Invalid("direct_registration", int(d), "none, eight-categories or all-but-pre-approval")
	}
	return nil
}

// covers reports whether the scope lets o register without a supervising unit.
func (d DirectRegistration) covers(o Organization) bool {
	switch d {
	case DirectExceptPreApproval:
		return !o.PreApproval
	case DirectForEightCategories:
		return !o.PreApproval && o.EightCategories
	}
	return false
}

// Value words the registration findings use.
var (
	wordsApproval = map[string]socialorg.Text{
		"direct-registration": {Hans: "可直接登记", Hant: "可直接登記", En: "direct registration"},
	}
	wordsName = map[string]socialorg.Text{
		"no-reserved-prefix": {Hans: "不冠以“中国”“全国”“中华”", Hant: "不冠以「中國」「全國」「中華」", En: "no 中国, 全国 or 中华 prefix"},
	}
	wordsAverage = map[string]socialorg.Text{
		"average": {Hans: "平均", Hant: "平均", En: "average"},
	}
)

// The rules of CheckRegistration and AssessCoverage, declared with their titles and sources.
var (
	ruleCodeKind = book.MustRule(socialorg.Rule{ID: RuleCodeKind,
		Title:   socialorg.Text{Hans: "统一社会信用代码的登记管理部门和机构类别与组织类型一致", Hant: "統一社會信用代碼的登記管理部門和機構類別與組織類型一致", En: "credit code authority and category match the kind of organization"},
		Regimes: since(fromGB32100, citeGB32100, noteGB32100)})
	ruleCodeDivision = book.MustRule(socialorg.Rule{ID: RuleCodeDivision,
		Title:   socialorg.Text{Hans: "统一社会信用代码的行政区划码与登记管理机关一致", Hant: "統一社會信用代碼的行政區劃碼與登記管理機關一致", En: "credit code division matches the registration authority"},
		Regimes: since(fromGB32100, citeGB32100, noteGB32100)})
	ruleCodeCategory = book.MustRule(socialorg.Rule{ID: "registry.code.category",
		Title:   socialorg.Text{Hans: "统一社会信用代码的机构类别属于其登记管理部门", Hant: "統一社會信用代碼的機構類別屬於其登記管理部門", En: "credit code category belongs to its registration authority"},
		Regimes: since(fromGB32100, citeGB32100, noteCategories)})

	ruleSGMembers = book.MustRule(socialorg.Rule{ID: RuleSocialGroupMembers,
		Title:   socialorg.Text{Hans: "社会团体会员数（个人 / 单位）", Hant: "社會團體會員數（個人 / 單位）", En: "members of a social group (individual / unit)"},
		Regimes: since(from1998, citeSGArt10("一"), "")})
	ruleSGFunds = book.MustRule(socialorg.Rule{ID: RuleSocialGroupFunds,
		Title:   socialorg.Text{Hans: "社会团体活动资金（元）", Hant: "社會團體活動資金（元）", En: "activity funds of a social group (yuan)"},
		Regimes: since(from1998, citeSGArt10("五"), "")})
	ruleSGName = book.MustRule(socialorg.Rule{ID: RuleSocialGroupName,
		Title:   socialorg.Text{Hans: "地方性社会团体名称不得冠以“中国”“全国”“中华”", Hant: "地方性社會團體名稱不得冠以「中國」「全國」「中華」", En: "a local social group's name may not begin with 中国, 全国 or 中华"},
		Regimes: since(from1998, citeSGName, ""), Words: wordsName})
	ruleSGDomicile = book.MustRule(socialorg.Rule{ID: RuleSocialGroupDomicile,
		Title:   socialorg.Text{Hans: "社会团体有固定的住所", Hant: "社會團體有固定的住所", En: "a social group has a fixed domicile"},
		Regimes: since(from1998, citeSGArt10("三"), "")})
	ruleSGStaff = book.MustRule(socialorg.Rule{ID: RuleSocialGroupStaff,
		Title:   socialorg.Text{Hans: "社会团体专职工作人员数", Hant: "社會團體專職工作人員數", En: "full-time staff of a social group"},
		Regimes: since(from1998, citeSGArt10("四"), "")})
	ruleSGApproval = book.MustRule(socialorg.Rule{ID: RuleSocialGroupApproval,
		Title:   socialorg.Text{Hans: "成立社会团体经业务主管单位审查同意（可直接登记的除外）", Hant: "成立社會團體經業務主管單位審查同意（可直接登記的除外）", En: "a social group is approved by its supervising unit, unless it may register directly"},
		Regimes: since(from1998, citeSGApproval, ""), Words: wordsApproval})

	ruleSSAApproval = book.MustRule(socialorg.Rule{ID: RuleServiceAgencyApproval,
		Title:   socialorg.Text{Hans: "成立社会服务机构经业务主管单位审查同意（可直接登记的除外）", Hant: "成立社會服務機構經業務主管單位審查同意（可直接登記的除外）", En: "a social service agency is approved by its supervising unit, unless it may register directly"},
		Regimes: since(from1998, citeSSAApproval, ""), Words: wordsApproval})
	ruleSSAName = book.MustRule(socialorg.Rule{ID: RuleServiceAgencyName,
		Title:   socialorg.Text{Hans: "社会服务机构名称不得冠以“中国”“全国”“中华”", Hant: "社會服務機構名稱不得冠以「中國」「全國」「中華」", En: "a social service agency's name may not begin with 中国, 全国 or 中华"},
		Regimes: since(from1998, citeSSAName, ""), Words: wordsName})
	ruleSSAAssets = book.MustRule(socialorg.Rule{ID: RuleServiceAgencyAssets,
		Title:   socialorg.Text{Hans: "社会服务机构有合法财产（开办资金，元）", Hant: "社會服務機構有合法財產（開辦資金，元）", En: "lawful assets of a social service agency (start-up fund, yuan)"},
		Regimes: since(from1998, citeSSAArt8("四"), "")})
	ruleSSAMinFunds = book.MustRule(socialorg.Rule{ID: RuleServiceAgencyMinFunds,
		Title:   socialorg.Text{Hans: "社会服务机构开办资金最低限额（元）", Hant: "社會服務機構開辦資金最低限額（元）", En: "minimum start-up fund of a social service agency (yuan)"},
		Regimes: since(from1998, citeSSAArt8("四"), "no national minimum; a local one is caller-supplied (ServiceAgencyMinFunds)")})
	ruleSSAStaff = book.MustRule(socialorg.Rule{ID: RuleServiceAgencyStaff,
		Title:   socialorg.Text{Hans: "社会服务机构从业人员数", Hant: "社會服務機構從業人員數", En: "staff of a social service agency"},
		Regimes: since(from1998, citeSSAArt8("三"), "")})
	ruleSSAPremises = book.MustRule(socialorg.Rule{ID: RuleServiceAgencyPremises,
		Title:   socialorg.Text{Hans: "社会服务机构有必要的场所", Hant: "社會服務機構有必要的場所", En: "a social service agency has premises"},
		Regimes: since(from1998, citeSSAArt8("五"), "")})

	ruleFoundationFund = book.MustRule(socialorg.Rule{ID: RuleFoundationFund,
		Title:   socialorg.Text{Hans: "基金会原始基金（元）", Hant: "基金會原始基金（元）", En: "original fund of a foundation (yuan)"},
		Regimes: since(from2004, citeFoundArt8, "")})
	ruleFoundationCash = book.MustRule(socialorg.Rule{ID: RuleFoundationCash,
		Title:   socialorg.Text{Hans: "基金会原始基金为到账货币资金", Hant: "基金會原始基金為到賬貨幣資金", En: "a foundation's original fund is money received"},
		Regimes: since(from2004, citeFoundArt8, "")})

	ruleFilingInitiators = book.MustRule(socialorg.Rule{ID: RuleFilingInitiators,
		Title:   socialorg.Text{Hans: "备案社区社会组织的发起人或举办者（自然人 / 法人单位）", Hant: "備案社區社會組織的發起人或舉辦者（自然人 / 法人單位）", En: "initiators of a filed community organization (natural persons / legal persons)"},
		Regimes: since(fromGDFiling, citeGDFiling, noteGDFiling)})
	ruleFilingMembers = book.MustRule(socialorg.Rule{ID: RuleFilingMembers,
		Title:   socialorg.Text{Hans: "备案社区社会组织（社会团体类）会员总数", Hant: "備案社區社會組織（社會團體類）會員總數", En: "members of a filed community group"},
		Regimes: since(fromGDFiling, citeGDFiling, noteGDFiling)})
	ruleFilingStaff = book.MustRule(socialorg.Rule{ID: RuleFilingStaff,
		Title:   socialorg.Text{Hans: "备案社区社会组织（社会服务机构类）从业人员数", Hant: "備案社區社會組織（社會服務機構類）從業人員數", En: "staff of a filed community service organization"},
		Regimes: since(fromGDFiling, citeGDFiling, noteGDFiling)})
	ruleFilingPremises = book.MustRule(socialorg.Rule{ID: RuleFilingPremises,
		Title:   socialorg.Text{Hans: "备案社区社会组织有相对固定的活动场所", Hant: "備案社區社會組織有相對固定的活動場所", En: "a filed community organization has a regular venue"},
		Regimes: since(fromGDFiling, citeGDFiling, noteGDFiling)})
	ruleFilingBranches = book.MustRule(socialorg.Rule{ID: RuleFilingBranches,
		Title:   socialorg.Text{Hans: "社区社会组织不设立分支机构、代表机构", Hant: "社區社會組織不設立分支機構、代表機構", En: "a community organization has no branches or representative offices"},
		Regimes: since(fromGDFiling, citeGDGovern, noteGDGovern)})

	ruleCoverageCommunity = book.MustRule(socialorg.Rule{ID: RuleCoverageCommunity,
		Title:   socialorg.Text{Hans: "社区拥有的社区社会组织数（平均目标之下的缺口，仅作信息）", Hant: "社區擁有的社區社會組織數（平均目標之下的缺口，僅作信息）", En: "community organizations in one community (a gap below the average target, for information)"},
		Regimes: []socialorg.Regime{{From: fromMCA2017, Until: untilMCA2017, Cite: citeMCATarget, Note: noteMCA2017}}, Words: wordsAverage})
	ruleCoverageUrban = book.MustRule(socialorg.Rule{ID: RuleCoverageUrbanAverage,
		Title:   socialorg.Text{Hans: "城市社区平均拥有社区社会组织数（合计）", Hant: "城市社區平均擁有社區社會組織數（合計）", En: "community organizations per urban community, on average (totals)"},
		Regimes: []socialorg.Regime{{From: fromMCA2017, Until: untilMCA2017, Cite: citeMCATarget, Note: noteMCA2017}}, Words: wordsAverage})
	ruleCoverageRural = book.MustRule(socialorg.Rule{ID: RuleCoverageRuralAverage,
		Title:   socialorg.Text{Hans: "农村社区平均拥有社区社会组织数（合计）", Hant: "農村社區平均擁有社區社會組織數（合計）", En: "community organizations per rural community, on average (totals)"},
		Regimes: []socialorg.Regime{{From: fromMCA2017, Until: untilMCA2017, Cite: citeMCATarget, Note: noteMCA2017}}, Words: wordsAverage})
	ruleCoverageFederation = book.MustRule(socialorg.Rule{ID: RuleCoverageFederation,
		Title:   socialorg.Text{Hans: "街道（镇）社区社会组织联合会数", Hant: "街道（鎮）社區社會組織聯合會數", En: "federations of community social organizations in a subdistrict or town"},
		Regimes: []socialorg.Regime{{From: fromMCA2017, Cite: cite(docMCA2017, ""), Note: "the opinion encourages federations; a number per subdistrict is only judged against a caller-supplied target"}}})
)

// The IDs of the package's rules, for Report.Find.
const (
	RuleCodeKind              socialorg.RuleID = "registry.code.kind"
	RuleCodeDivision          socialorg.RuleID = "registry.code.division"
	RuleCodeCategory          socialorg.RuleID = "registry.code.category"
	RuleSocialGroupMembers    socialorg.RuleID = "registry.socialgroup.members"
	RuleSocialGroupFunds      socialorg.RuleID = "registry.socialgroup.funds"
	RuleSocialGroupName       socialorg.RuleID = "registry.socialgroup.name"
	RuleSocialGroupDomicile   socialorg.RuleID = "registry.socialgroup.domicile"
	RuleSocialGroupStaff      socialorg.RuleID = "registry.socialgroup.staff"
	RuleSocialGroupApproval   socialorg.RuleID = "registry.socialgroup.approval"
	RuleServiceAgencyApproval socialorg.RuleID = "registry.ssa.approval"
	RuleServiceAgencyName     socialorg.RuleID = "registry.ssa.name"
	RuleServiceAgencyAssets   socialorg.RuleID = "registry.ssa.assets"
	RuleServiceAgencyMinFunds socialorg.RuleID = "registry.ssa.min-funds"
	RuleServiceAgencyStaff    socialorg.RuleID = "registry.ssa.staff"
	RuleServiceAgencyPremises socialorg.RuleID = "registry.ssa.premises"
	RuleFoundationFund        socialorg.RuleID = "registry.foundation.fund"
	RuleFoundationCash        socialorg.RuleID = "registry.foundation.cash"
	RuleFilingInitiators      socialorg.RuleID = "registry.filing.initiators"
	RuleFilingMembers         socialorg.RuleID = "registry.filing.members"
	RuleFilingStaff           socialorg.RuleID = "registry.filing.staff"
	RuleFilingPremises        socialorg.RuleID = "registry.filing.premises"
	RuleFilingBranches        socialorg.RuleID = "registry.filing.branches"
	RuleCoverageCommunity     socialorg.RuleID = "registry.coverage.community"
	RuleCoverageUrbanAverage  socialorg.RuleID = "registry.coverage.urban-average"
	RuleCoverageRuralAverage  socialorg.RuleID = "registry.coverage.rural-average"
	RuleCoverageFederation    socialorg.RuleID = "registry.coverage.federation"
)
