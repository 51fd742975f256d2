package standards

import (
	"strings"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
)

// The package's dated parameters. National values are declared here, with the parameters; the
// values that hold in one jurisdiction only (its assessment scheme, its own entry measures, its
// brand call) are declared in that jurisdiction's data file (guangzhou.go, shenzhen.go,
// nanhai.go, huaining.go, chanhe.go) with socialorg.MustLocal. A check reads every value at the
// date it judges and the place it judges at (socialorg.Param.Read): no check names a place.

// text is a title in three languages.
func text(hans, hant, en string) socialorg.Text {
	return socialorg.Text{Hans: hans, Hant: hant, En: en}
}

// The assessment scheme of a jurisdiction (SchemeAt): each part a parameter that only
// jurisdictions set (Local), so that a place without a scheme of its own takes its parent's, and a
// place under none has none.
var (
	schemeParam = socialorg.MustParam(book, socialorg.ParamSpec[SchemeInfo]{ID: "standards.grade.scheme", Unit: "scheme", Local: true,
		Title: text("社会组织等级评估方案（其有效期为所评估的年度）", "社會組織等級評估方案（其有效期為所評估的年度）", "assessment scheme (dated by the assessments it governs)"),
		Check: checkSchemeInfo})
	scaleParam = socialorg.MustParam(book, socialorg.ParamSpec[decimal.Decimal]{ID: "standards.grade.scale", Unit: "points", Local: true,
		Title: text("评估满分（加分项除外）", "評估滿分（加分項除外）", "full score of the assessment, before bonus items"),
		Check: checkScale})
	bonusCapParam = socialorg.MustParam(book, socialorg.ParamSpec[decimal.Decimal]{ID: "standards.grade.bonus-cap", Unit: "points", Local: true,
		Title: text("加分项的最高分值", "加分項的最高分值", "most points the bonus items give above the full score"),
		Check: checkPoints})
	// minCutoff[g] is grade g's least score (index 0 unused).
	minCutoff = [registry.Grade5A + 1]socialorg.Param[Threshold]{
		registry.Grade1A: cutoffParam(registry.Grade1A), registry.Grade2A: cutoffParam(registry.Grade2A),
		registry.Grade3A: cutoffParam(registry.Grade3A), registry.Grade4A: cutoffParam(registry.Grade4A),
		registry.Grade5A: cutoffParam(registry.Grade5A)}
	// suppliedCutoff[g] is grade g's least score where the scheme's sources do not give it: the
	// caller's (Supply).
	suppliedCutoff = [registry.Grade5A + 1]socialorg.Param[decimal.Decimal]{
		registry.Grade1A: suppliedParam(registry.Grade1A), registry.Grade2A: suppliedParam(registry.Grade2A),
		registry.Grade3A: suppliedParam(registry.Grade3A), registry.Grade4A: suppliedParam(registry.Grade4A),
		registry.Grade5A: suppliedParam(registry.Grade5A)}
	// gradeConditions are a scheme's conditions beyond the score.
	gradeConditions = socialorg.MustParam(book, socialorg.ParamSpec[Requirements]{ID: "standards.grade.conditions", Unit: "table", Local: true,
		Title: text("评估等级的得分以外的条件", "評估等級的得分以外的條件", "conditions for a grade beyond the score"),
		Check: checkRequirements})
)

func gradeID(g registry.Grade) string { return strings.ToLower(g.String()) }

func cutoffParam(g registry.Grade) socialorg.Param[Threshold] {
	return socialorg.MustParam(book, socialorg.ParamSpec[Threshold]{ID: "standards.grade.min-" + gradeID(g), Unit: "points", Local: true,
		Title: text(g.String()+"级最低得分", g.String()+"級最低得分", "least score for "+g.String()), Check: checkThreshold})
}

func suppliedParam(g registry.Grade) socialorg.Param[decimal.Decimal] {
	return socialorg.MustParam(book, socialorg.ParamSpec[decimal.Decimal]{ID: "standards.grade.supplied-min-" + gradeID(g), Unit: "points", Suppliable: true,
		Title: text(g.String()+"级最低得分（方案的来源未给出时，由调用方提供）", g.String()+"級最低得分（方案的來源未給出時，由調用方提供）",
			"least score for "+g.String()+" where the scheme's sources do not give it (caller-supplied)"),
		Check: checkPoints})
}

// CutoffKey returns the key that supplies grade g's least score where a scheme's sources do not
// give it (Guangzhou's 3A, 2A and 1A): socialorg.Supply(CutoffKey(registry.Grade3A),
// decimal.NewFromInt(851), cite), given to SchemeAt or GradeScheme.With. A supplied cut-off fills
// an unconfirmed grade only; it never replaces one a scheme gives. g must be 1A–5A (any other
// grade gives a key no parameter has).
func CutoffKey(g registry.Grade) socialorg.Key[decimal.Decimal] {
	if !isGrade(g) {
		return socialorg.Key[decimal.Decimal]{}
	}
	return suppliedCutoff[g].Key()
}

// Keys of Guangzhou's unconfirmed cut-offs: CutoffKey of 3A, 2A and 1A.
//
// Deprecated: use CutoffKey, which names the grade, not the place: the supplied cut-offs fill the
// unconfirmed grades of whichever scheme they are given to.
var (
	Guangzhou3AKey = CutoffKey(registry.Grade3A)
	Guangzhou2AKey = CutoffKey(registry.Grade2A)
	Guangzhou1AKey = CutoffKey(registry.Grade1A)
)

// The validity of a grade: national, dated by the results notice.
var (
	validityYears = socialorg.MustParam(book, socialorg.ParamSpec[int]{ID: "standards.grade.validity-years", Unit: "years",
		Title: text("评估等级有效期", "評估等級有效期", "term of an assessment grade"), Check: checkYears,
		Values: []socialorg.Dated[int]{
			{From: fromOrder39, Until: fromMeasures.AddDays(-1), Value: 5, Cite: citeOrder39("第二十八条")},
			{From: fromMeasures, Value: 5, Cite: socialorg.Citation{Document: docMeasures26}, Note: noteMeasures26 + "; 「延续至第5年的12月31日」"},
		}})
	validityStart = socialorg.MustParam(book, socialorg.ParamSpec[ValidityStart]{ID: "standards.grade.validity-start", Unit: "rule",
		Title: text("评估等级有效期的起算日", "評估等級有效期的起算日", "first day of an assessment grade's term"), Check: checkValidityStart,
		Values: []socialorg.Dated[ValidityStart]{
			{From: fromOrder39, Until: fromMeasures.AddDays(-1), Value: FromNotice, Cite: citeOrder39("第二十八条"),
				Note: "Art. 28 sets a term of five years and no first day: the library counts it from the results notice"},
			{From: fromMeasures, Value: FromNextYear, Cite: socialorg.Citation{Document: docMeasures26},
				Note: noteMeasures26 + "; 「评估等级有效期从民政部门发布评估结果公告的次年1月1日开始计算」"},
		}})
	benefitList = socialorg.MustParam(book, socialorg.ParamSpec[BenefitList]{ID: "standards.grade.benefit-list", Unit: "table",
		Title: text("评估等级对应的优惠政策及最低等级", "評估等級對應的優惠政策及最低等級", "policies a grade opens, with the least grade"), Check: checkBenefits,
		Values: []socialorg.Dated[BenefitList]{{From: fromOrder39, Until: fromMeasures.AddDays(-1), Value: order39Benefits, Cite: citeOrder39("第二十九条"),
			Note: "the revised measures' benefits (from 2026-03-01) are not confirmed: no value after"}}})
)

// order39Benefits are Order 39 Art. 29's.
var order39Benefits = BenefitList{
	{ID: "priority-services", Min: registry.Grade3A, Cite: citeOrder39("第二十九条"),
		Title: text("优先接受政府职能转移、购买服务和奖励", "優先接受政府職能轉移、購買服務和獎勵", "priority for transferred government functions, purchases of services and awards")},
	{ID: "pre-tax-deduction", Min: registry.Grade3A, Cite: citeOrder39("第二十九条"),
		Title: text("基金会、公益性社会团体可申请公益性捐赠税前扣除资格", "基金會、公益性社會團體可申請公益性捐贈稅前扣除資格", "foundations and public-welfare social groups may apply for pre-tax deduction of donations")},
	{ID: "simplified-inspection", Min: registry.Grade4A, Cite: citeOrder39("第二十九条"),
		Title: text("年度检查时简化程序", "年度檢查時簡化程序", "simplified annual inspection")},
}

// The conditions of entering an assessment (CheckEntry): national values (Order 39, then the
// revised measures), which a jurisdiction with measures of its own overrides (Guangzhou).
var (
	entryRegisteredYears = socialorg.MustParam(book, socialorg.ParamSpec[int]{ID: "standards.entry.min-registered-years", Unit: "years",
		Title: text("参加评估须登记满的年度数", "參加評估須登記滿的年度數", "full calendar years registered before an organization may enter an assessment"), Check: checkYears,
		Values: []socialorg.Dated[int]{
			{From: fromOrder39, Until: fromMeasures.AddDays(-1), Value: 2, Cite: citeOrder39("第六条"), Note: "「取得…登记证书满两个年度」"},
			{From: fromMeasures, Value: 2, Cite: socialorg.Citation{Document: docMeasures26},
				Note: noteMeasures26 + "; the two-year condition is carried over from Order 39 Art. 6 (not confirmed in the revised text)"},
		}})
	entryReentry = socialorg.MustParam(book, socialorg.ParamSpec[Reentry]{ID: "standards.entry.reentry", Unit: "rule",
		Title: text("已有等级的社会组织再次参加评估的时间", "已有等級的社會組織再次參加評估的時間", "when an organization holding a grade may enter an assessment again"), Check: checkReentry,
		Values: []socialorg.Dated[Reentry]{
			{From: fromOrder39, Until: fromMeasures.AddDays(-1), Value: Reentry{Kind: ReentryAtTerm}, Cite: citeOrder39("第六条"), Note: "「获得的评估等级满5年有效期的」"},
			{From: fromMeasures, Value: Reentry{Kind: ReentryWithinFirstYears, Years: 4}, Cite: socialorg.Citation{Document: docMeasures26},
				Note: noteMeasures26 + "; 「在评估等级有效期的前4年内可以申请重新评估」. The sources do not say whether the fifth year is open: by default it is closed (the organization enters again once its grade has lapsed, as under Order 39 Art. 6(2)); ReapplyInFifthYear reads it as open"},
		}})
	entryInspection = socialorg.MustParam(book, socialorg.ParamSpec[InspectionBar]{ID: "standards.entry.inspection-bar", Unit: "rule",
		Title: text("年度检查对参加评估的限制", "年度檢查對參加評估的限制", "how last year's annual inspection bars an assessment"), Check: checkInspectionBar,
		Values: []socialorg.Dated[InspectionBar]{
			{From: fromOrder39, Until: fromMeasures.AddDays(-1), Value: BarNotPassed, Cite: citeOrder39("第七条第（一）项、第（二）项")},
			{From: fromMeasures, Value: BarNotInspected, Cite: citeOrder39("第七条第（一）项"), Note: noteKeptBar +
				": the revision removes the bars of a failed inspection or two basic passes running, of an investigation and of a minor penalty; not taking part in last year's inspection is kept"},
		}})
	entryPenalty = socialorg.MustParam(book, socialorg.ParamSpec[PenaltyBar]{ID: "standards.entry.penalty-bar", Unit: "rule",
		Title: text("行政处罚对参加评估的限制", "行政處罰對參加評估的限制", "how an administrative penalty (last year's, or one pending) bars an assessment"), Check: checkPenaltyBar,
		Values: []socialorg.Dated[PenaltyBar]{
			{From: fromOrder39, Until: fromMeasures.AddDays(-1), Value: BarAnyPenalty, Cite: citeOrder39("第七条第（三）项")},
			{From: fromMeasures, Value: BarPenaltyNotMinor, Cite: citeOrder39("第七条第（三）项"), Note: noteKeptBar +
				": the revision removes minor administrative penalties (轻微行政处罚) as a bar; a penalty that is not minor is kept"},
		}})
	entryInvestigation = socialorg.MustParam(book, socialorg.ParamSpec[bool]{ID: "standards.entry.investigation-bar", Unit: "flag",
		Title: text("正在被立案调查的不予评估", "正在被立案調查的不予評估", "an organization under investigation is not assessed"),
		Values: []socialorg.Dated[bool]{
			{From: fromOrder39, Until: fromMeasures.AddDays(-1), Value: true, Cite: citeOrder39("第七条第（四）项")},
			{From: fromMeasures, Value: false, Cite: socialorg.Citation{Document: docMeasures26},
				Note: noteMeasures26 + "; 「不再将…正在被有关政府部门或者司法机关立案调查…作为限制性条件」"},
		}})
	// Guangzhou's measures bar an organization that did not file last year's annual report; the
	// national rules do not (no national value).
	entryAnnualReport = socialorg.MustParam(book, socialorg.ParamSpec[bool]{ID: "standards.entry.annual-report-bar", Unit: "flag", Local: true,
		Title: text("上年度未提交年度报告的不予评估", "上年度未提交年度報告的不予評估", "an organization that did not file last year's annual report is not assessed")})
	// The credit lists bar the organizations of the jurisdiction that sets the value, not those of
	// the places within it: the national value binds national organizations only.
	entryCreditLists = socialorg.MustParam(book, socialorg.ParamSpec[bool]{ID: "standards.entry.credit-list-bar", Unit: "flag",
		Title: text("列入活动异常名录或严重违法失信名单的不予评估（仅约束设定该值的司法管辖区自身登记的社会组织）", "列入活動異常名錄或嚴重違法失信名單的不予評估（僅約束設定該值的司法管轄區自身登記的社會組織）",
			"an organization on either credit list is not assessed (binding the organizations the jurisdiction that sets it registers itself)"),
		Values: []socialorg.Dated[bool]{{From: fromNatAssess, Value: true, Cite: socialorg.Citation{Document: docNationalAssessment}, Note: noteNatAssess}}})
)

// The brand call of a jurisdiction (CheckBrand): Guangzhou's, in guangzhou.go.
var (
	brandScheme = socialorg.MustParam(book, socialorg.ParamSpec[string]{ID: "standards.brand.scheme", Unit: "scheme", Local: true,
		Title: text("品牌社会组织创建申报（其登记管理机关须在设定该值的司法管辖区内）", "品牌社會組織創建申報（其登記管理機關須在設定該值的司法管轄區內）",
			"brand social-organization call (its applicants registered by an authority within the jurisdiction that sets it)"),
		Check: checkName})
	brandYears = socialorg.MustParam(book, socialorg.ParamSpec[int]{ID: "standards.brand.min-registered-years", Unit: "years", Local: true,
		Title: text("申报品牌社会组织须登记满的年数", "申報品牌社會組織須登記滿的年數", "years registered before an organization may apply as a brand organization"), Check: checkYears})
	brandGrade = socialorg.MustParam(book, socialorg.ParamSpec[registry.Grade]{ID: "standards.brand.min-grade", Unit: "grade", Local: true,
		Title: text("申报品牌社会组织须持有的最低有效评估等级", "申報品牌社會組織須持有的最低有效評估等級", "least valid assessment grade of a brand applicant"), Check: checkGrade})
	brandPenaltyYears = socialorg.MustParam(book, socialorg.ParamSpec[int]{ID: "standards.brand.penalty-look-back-years", Unit: "years", Local: true,
		Title: text("申报品牌社会组织前不得受行政处罚或行业惩戒的年数", "申報品牌社會組織前不得受行政處罰或行業懲戒的年數", "years before the application without an administrative penalty or industry sanction"), Check: checkYears})
)

// The confirmed shape of the brand index, DB4401/T 38—2020 (BrandIndex2020).
var (
	brandSecond = socialorg.MustParam(book, socialorg.ParamSpec[int]{ID: "standards.brand.index.second-level", Unit: "count",
		Title:  text("品牌社会组织评价指标的二级指标数", "品牌社會組織評價指標的二級指標數", "second-level indicators of the brand index"),
		Values: []socialorg.Dated[int]{{From: fromBrandStd, Value: BrandSecondLevel, Cite: socialorg.Citation{Document: docBrand}, Note: noteBrandShape}}})
	brandThird = socialorg.MustParam(book, socialorg.ParamSpec[int]{ID: "standards.brand.index.third-level", Unit: "count",
		Title:  text("品牌社会组织评价指标的三级指标数", "品牌社會組織評價指標的三級指標數", "third-level indicators of the brand index"),
		Values: []socialorg.Dated[int]{{From: fromBrandStd, Value: BrandThirdLevel, Cite: socialorg.Citation{Document: docBrand}, Note: noteBrandShape}}})
)

const noteBrandShape = "three first-level dimensions, 11 second-level and 32 third-level indicators, as the Yangcheng Evening News report of the standard gives them (its full text was not read); issued in 2020, the day not confirmed: dated from the first day of the next year"
