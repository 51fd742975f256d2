package msgcat

// charityRules are the titles of the charity package's rules.
var charityRules = map[string]Text{
	"charity.spending.minimum": {
		Hans: "年度慈善活动支出（占计算基数比例）",
		Hant: "年度慈善活動支出（佔計算基數比例）",
		En:   "annual charitable-activity expenditure (share of its base)",
	},
	"charity.spending.management": {
		Hans: "年度管理费用占当年总支出比例",
		Hant: "年度管理費用佔當年總支出比例",
		En:   "management expenses as a share of total expenditure",
	},
	"charity.spending.fundraising-cost": {
		Hans: "募捐成本占当年募捐收入比例（征求意见稿）",
		Hant: "募捐成本佔當年募捐收入比例（徵求意見稿）",
		En:   "fundraising costs as a share of fundraising income (draft rules)",
	},
	"charity.pf.registered-years": {
		Hans: "依法登记满规定年限（年）",
		Hant: "依法登記滿規定年限（年）",
		En:   "years since registration",
	},
	"charity.pf.grade": {
		Hans: "社会组织评估等级",
		Hant: "社會組織評估等級",
		En:   "assessment grade",
	},
	"charity.pf.penalty": {
		Hans: "申请前规定期间内未受行政处罚（最近处罚日期）",
		Hant: "申請前規定期間內未受行政處罰（最近處罰日期）",
		En:   "no administrative penalty in the look-back period (latest penalty)",
	},
	"charity.pf.abnormal-list": {
		Hans: "未被列入活动异常名录",
		Hant: "未被列入活動異常名錄",
		En:   "not on the list of organizations with abnormal activities",
	},
	"charity.pf.related-directors": {
		Hans: "来自同一组织或相互间有关联关系的理事（人数 / 理事总数）",
		Hant: "來自同一組織或相互間有關聯關係的理事（人數 / 理事總數）",
		En:   "directors from one body or related to each other (count / board)",
	},
	"charity.pf.non-mainland-directors": {
		Hans: "非内地居民理事（人数 / 理事总数）",
		Hant: "非內地居民理事（人數 / 理事總數）",
		En:   "directors who are not mainland residents (count / board)",
	},
	"charity.pf.secretary-general": {
		Hans: "秘书长为专职且不由理事长兼任",
		Hant: "秘書長為專職且不由理事長兼任",
		En:   "a full-time secretary-general who is not the chair",
	},
	"charity.pf.supervisors": {
		Hans: "监事（会）设置并依法履职",
		Hant: "監事（會）設置並依法履職",
		En:   "supervisors in place and performing their duties",
	},
	"charity.pf.internal-systems": {
		Hans: "内部管理制度健全",
		Hant: "內部管理制度健全",
		En:   "complete internal management systems",
	},
	"charity.pf.prior-spending": {
		Hans: "上年度慈善活动支出和管理费用符合规定",
		Hant: "上年度慈善活動支出和管理費用符合規定",
		En:   "the prior year's spending and management expenses comply",
	},
	"charity.pf.accounting": {
		Hans: "执行统一的会计制度、依法进行会计核算",
		Hant: "執行統一的會計制度、依法進行會計核算",
		En:   "uniform accounting system applied",
	},
	"charity.pf.annual-reports": {
		Hans: "按规定报送年度工作报告和财务会计报告",
		Hant: "按規定報送年度工作報告和財務會計報告",
		En:   "annual work and financial reports filed",
	},
	"charity.plan.contents": {
		Hans: "募捐方案载明法定事项（缺项）",
		Hant: "募捐方案載明法定事項（缺項）",
		En:   "the fundraising plan states the required items (missing)",
	},
	"charity.plan.filing": {
		Hans: "募捐方案在募捐活动开始前备案（提前天数）",
		Hant: "募捐方案在募捐活動開始前備案（提前天數）",
		En:   "the plan is filed before the campaign starts (days ahead)",
	},
	"charity.plan.emergency-filing": {
		Hans: "应急募捐在开始后规定期限内补办备案（开始后天数）",
		Hant: "應急募捐在開始後規定期限內補辦備案（開始後天數）",
		En:   "an emergency campaign is filed within the period after its start (days after)",
	},
	"charity.plan.emergency-disclosure": {
		Hans: "应急募捐公开募得款物情况的最长间隔（天）",
		Hant: "應急募捐公開募得款物情況的最長間隔（天）",
		En:   "longest gap between an emergency campaign's disclosures (days)",
	},
	"charity.plan.platform": {
		Hans: "通过互联网募捐的，在指定的互联网公开募捐服务平台发布信息",
		Hant: "通過互聯網募捐的，在指定的互聯網公開募捐服務平台發佈信息",
		En:   "internet fundraising runs on a designated platform",
	},
	"charity.plan.disclosure": {
		Hans: "实施期超过六个月的项目至少每三个月公开一次（最迟公开日）",
		Hant: "實施期超過六個月的項目至少每三個月公開一次（最遲公開日）",
		En:   "a project over six months discloses at least every three months (latest due date)",
	},
	"charity.plan.final-report": {
		Hans: "项目结束后三个月内全面公开（公开日期）",
		Hant: "項目結束後三個月內全面公開（公開日期）",
		En:   "a full report within three months of the end (report date)",
	},
}
