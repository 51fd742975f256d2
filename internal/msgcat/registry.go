package msgcat

// registryRules are the titles of the registry package's rules.
var registryRules = map[string]Text{
	"registry.code.kind": {
		Hans: "统一社会信用代码的登记管理部门和机构类别与组织类型一致",
		Hant: "統一社會信用代碼的登記管理部門和機構類別與組織類型一致",
		En:   "credit code authority and category match the kind of organization",
	},
	"registry.code.division": {
		Hans: "统一社会信用代码的行政区划码与登记管理机关一致",
		Hant: "統一社會信用代碼的行政區劃碼與登記管理機關一致",
		En:   "credit code division matches the registration authority",
	},
	"registry.socialgroup.members": {
		Hans: "社会团体会员数（个人 / 单位）",
		Hant: "社會團體會員數（個人 / 單位）",
		En:   "members of a social group (individual / unit)",
	},
	"registry.socialgroup.funds": {
		Hans: "社会团体活动资金（元）",
		Hant: "社會團體活動資金（元）",
		En:   "activity funds of a social group (yuan)",
	},
	"registry.socialgroup.name": {
		Hans: "地方性社会团体名称不得冠以“中国”“全国”“中华”",
		Hant: "地方性社會團體名稱不得冠以「中國」「全國」「中華」",
		En:   "a local social group's name may not begin with 中国, 全国 or 中华",
	},
	"registry.socialgroup.domicile": {
		Hans: "社会团体有固定的住所",
		Hant: "社會團體有固定的住所",
		En:   "a social group has a fixed domicile",
	},
	"registry.socialgroup.staff": {
		Hans: "社会团体专职工作人员数",
		Hant: "社會團體專職工作人員數",
		En:   "full-time staff of a social group",
	},
	"registry.ssa.approval": {
		Hans: "须前置审批的社会服务机构经业务主管单位审查同意",
		Hant: "須前置審批的社會服務機構經業務主管單位審查同意",
		En:   "supervising unit's approval where the field requires it",
	},
	"registry.ssa.assets": {
		Hans: "社会服务机构有合法财产（开办资金，元）",
		Hant: "社會服務機構有合法財產（開辦資金，元）",
		En:   "lawful assets of a social service agency (start-up fund, yuan)",
	},
	"registry.ssa.min-funds": {
		Hans: "社会服务机构开办资金最低限额（元）",
		Hant: "社會服務機構開辦資金最低限額（元）",
		En:   "minimum start-up fund of a social service agency (yuan)",
	},
	"registry.ssa.staff": {
		Hans: "社会服务机构从业人员数",
		Hant: "社會服務機構從業人員數",
		En:   "staff of a social service agency",
	},
	"registry.ssa.premises": {
		Hans: "社会服务机构有必要的场所",
		Hant: "社會服務機構有必要的場所",
		En:   "a social service agency has premises",
	},
	"registry.foundation.fund": {
		Hans: "基金会原始基金（元）",
		Hant: "基金會原始基金（元）",
		En:   "original fund of a foundation (yuan)",
	},
	"registry.foundation.cash": {
		Hans: "基金会原始基金为到账货币资金",
		Hant: "基金會原始基金為到賬貨幣資金",
		En:   "a foundation's original fund is money received",
	},
	"registry.filing.initiators": {
		Hans: "备案社区社会组织的发起人或举办者（自然人 / 法人单位）",
		Hant: "備案社區社會組織的發起人或舉辦者（自然人 / 法人單位）",
		En:   "initiators of a filed community organization (natural persons / legal persons)",
	},
	"registry.filing.members": {
		Hans: "备案社区社会组织（社会团体类）会员总数",
		Hant: "備案社區社會組織（社會團體類）會員總數",
		En:   "members of a filed community group",
	},
	"registry.filing.staff": {
		Hans: "备案社区社会组织（社会服务机构类）从业人员数",
		Hant: "備案社區社會組織（社會服務機構類）從業人員數",
		En:   "staff of a filed community service organization",
	},
	"registry.filing.premises": {
		Hans: "备案社区社会组织有相对固定的活动场所",
		Hant: "備案社區社會組織有相對固定的活動場所",
		En:   "a filed community organization has a regular venue",
	},
	"registry.filing.branches": {
		Hans: "社区社会组织不设立分支机构、代表机构",
		Hant: "社區社會組織不設立分支機構、代表機構",
		En:   "a community organization has no branches or representative offices",
	},
	"registry.coverage.community": {
		Hans: "社区拥有的社区社会组织数",
		Hant: "社區擁有的社區社會組織數",
		En:   "community social organizations in a community",
	},
	"registry.coverage.urban-average": {
		Hans: "城市社区平均拥有社区社会组织数（合计）",
		Hant: "城市社區平均擁有社區社會組織數（合計）",
		En:   "community social organizations per urban community, on average (totals)",
	},
	"registry.coverage.rural-average": {
		Hans: "农村社区平均拥有社区社会组织数（合计）",
		Hant: "農村社區平均擁有社區社會組織數（合計）",
		En:   "community social organizations per rural community, on average (totals)",
	},
	"registry.coverage.federation": {
		Hans: "街道（镇）社区社会组织联合会数",
		Hant: "街道（鎮）社區社會組織聯合會數",
		En:   "federations of community social organizations in a subdistrict or town",
	},
}
