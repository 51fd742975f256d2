package standards

import (
	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
)

// book holds every rule and parameter of the package, recorded as they are declared below.
var book = socialorg.NewBook("standards")

// Rules lists the package's rules (ID, titles, regimes with their citations), by ID.
func Rules() []socialorg.Rule { return book.Rules() }

// Parameters lists every dated parameter of the package, by ID.
func Parameters() []socialorg.Parameter { return book.Parameters() }

// The legal sources.
const (
	docOrder39     = "《社会组织评估管理办法》（民政部令第39号）"
	docMeasures26  = "《社会组织评估管理办法》（2026年修订）"
	docGZ2020      = "《广州市社会组织等级评估管理办法》（穗社管规字〔2020〕4号）"
	docGZ2024      = "《广州市社会组织等级评估管理办法》（穗民规字〔2024〕6号）"
	docNanhai      = "佛山市南海区2021年社会组织等级评估工作通知（依据粤民民〔2009〕12号）" // descriptive: title not seen
	docHuaining    = "《关于开展安庆市怀宁县社会组织等级评估工作的通知》（2022年）"
	docShenzhen    = "《南山区民政局关于开展2019年度南山区社会组织评估工作的通知》"
	docChanhe      = "《洛阳市瀍河回族区民政局关于开展2025年度社会组织评估的通知》"
	docBrand       = "《品牌社会组织评价指标》（DB4401/T 38—2020）"
	docBrandNotice = "广州市社会组织管理局关于开展2021年广州市品牌社会组织创建申报工作的通知"
	docGB32100     = "GB 32100-2015《法人和其他组织统一社会信用代码编码规则》"
	docEmergency   = "《社会组织应对突发公共卫生事件防控规范》（T/GZS 1-2020）"
	// 《全国性社会组织评估管理规定》, MCA, published 2021-12-10: the assessment of national
	// organizations (those the MCA registers).
	docNationalAssessment = "《全国性社会组织评估管理规定》（2021年）"
)

var (
	fromOrder39   = socialorg.MustDate("2011-03-01")
	fromMeasures  = socialorg.MustDate("2026-03-01")
	fromGZ2020    = socialorg.MustDate("2021-01-01") // issued in 2020, day not confirmed
	fromGZ2024    = socialorg.MustDate("2025-01-01") // issued in 2024, day not confirmed
	fromNanhai    = socialorg.MustDate("2021-01-01") // governs the 2021 assessment; day not confirmed
	fromHuaining  = socialorg.MustDate("2022-08-01") // governs the assessment held Aug–Oct 2022
	fromShenzhen  = socialorg.MustDate("2019-01-01") // Nanshan's notice governs its 2019 assessment
	fromBrand     = socialorg.MustDate("2021-04-27") // the 2021 notice, dated as the bureau published it
	fromEmergency = socialorg.MustDate("2020-05-25") // published 2020-05-20, effective 2020-05-25
	fromChanhe    = socialorg.MustDate("2025-01-01") // governs the district's 2025 assessment
	fromNatAssess = socialorg.MustDate("2021-12-10") // published 2021-12-10
	fromBrandStd  = socialorg.MustDate("2021-01-01") // DB4401/T 38—2020, issued in 2020; day not confirmed

	noteYearOnly    = "issued in the year before (day not confirmed); dated from the first day of the next year, when it was certainly in force"
	noteMeasures26  = "the revised measures (6 chapters, 36 articles) in force 2026-03-01; order number and article numbers not confirmed"
	noteGZ2024      = "issued in 2024; the day it was issued and the day it took effect were searched for and not found: dated from the first day of the next year. A Liwan district notice of 2025-05-06 for its 2024 assessment still cites the 2020 measures, so the first assessment these measures govern is not confirmed. Article numbers not confirmed; they add bonus items (加分项)"
	noteNanhai      = "governs Nanhai's 2021 assessment (决定开展2021年社会组织等级评估工作): dated from 1 January of that year, the notice's day not confirmed. Later years' notices were not read: an assessment after 2021 is judged on the assumption that these figures held"
	noteHuaining    = "governs the assessment held from August to October 2022 (一、评估时间): dated from its first day (copies of the notice are dated 2022-08-10). Later years' notices were not read"
	noteShenzhenAt  = "Nanshan district's notice governs its 2019 assessment: dated from 1 January of that year (day not confirmed). Later years' notices and the guide itself were not read"
	noteDescriptive = "the notice's own title is not in the copy read: the document name is a description, not a title to cite"
	noteHuaining950 = "950 is in both bands as written: 5A 「得分在950以上」, 4A 「901—950分之间」. In Chinese legal usage 以上 includes the number (《民法典》第一千二百五十九条), which would make 950 a 5A; the library reads 950 as 4A (5A above 950), because the 4A band names 950 as its own upper end, the neighbouring schemes (Guangzhou, Foshan Nanhai) begin 5A at 951, and an ambiguous source is not read as awarding the higher grade. A caller who reads it the other way can build the scheme with a 5A cut-off of 950 that is not Above"
	noteShenzhen    = "the bands are those of Nanshan district's notice for its 2019 assessment (二、评估内容), which grades standard scores (标准分) of 100 under 《深圳市社会组织评估指南》, whose own text was not read: up to 50 no grade, 51–60 1A, 61–70 2A, 71–80 3A, 81–90 4A, 91–100 5A; a score between two bands (60.5) takes the lower grade. The scheme's former document name, 深圳市社会组织评估等级标准（百分制）, was a description, not a document's title"
	noteKeptBar     = "kept under the revised measures in force 2026-03-01, because the sources (the MCA's summary of the revision, as CCTV reported it) do not say it was removed; Order 39 Art. 7 is cited because the revised measures' article numbers are not confirmed"
	noteChanhe      = "governs the district's 2025 assessment (「决定在全区社会组织中开展2025年度社会组织评估工作」): dated from 1 January of that year, the notice's day not confirmed. Earlier and later years' notices were not read: an assessment before 2025 is not judged under these figures"
	noteNatAssess   = "binds national organizations (those the Ministry of Civil Affairs registers) only: 「全国性社会组织有下列情形之一的，不予评估：……（四）被列入社会组织活动异常名录或者严重违法失信名单的」 (the Yangtse Evening News copy, muzhuzai.net); its article number is not in the copy read. Kept under the revised measures in force 2026-03-01, which are not said to remove it"
	noteGroupStd    = "a group standard (团体标准) of 广州市社会组织联合会: voluntary, not law; the findings show readiness against it; clause texts not confirmed, so each section's items are the caller's"

	citeOrder39 = func(art string) socialorg.Citation { return socialorg.Citation{Document: docOrder39, Article: art} }
	citeGZ2020  = socialorg.Citation{Document: docGZ2020, Article: "第九条"}
	citeGZ2024  = socialorg.Citation{Document: docGZ2024}
	// The comparables' grade bands.
	citeNanhai   = socialorg.Citation{Document: docNanhai, Article: "三、评估等级标准及有效期"}
	citeHuaining = socialorg.Citation{Document: docHuaining, Article: "三、评估内容"}
	citeShenzhen = socialorg.Citation{Document: docShenzhen, Article: "二、评估内容"}
	citeChanhe   = socialorg.Citation{Document: docChanhe, Article: "三、评估分数及等级设置"}
)

// gradeWords are the value words of grade findings.
var gradeWords = func() map[string]socialorg.Text {
	w := registry.GradeWords()
	w["none"] = socialorg.Text{Hans: "无等级", Hant: "無等級", En: "no grade"}
	return w
}()

// The IDs of the package's rules, for Report.Find.
const (
	RuleGradeScore           socialorg.RuleID = "standards.grade.score"              // the grade a score earns under a scheme
	RuleGradeStaff           socialorg.RuleID = "standards.grade.full-time-staff"    // a scheme's staff condition for a grade
	RuleGradeParty           socialorg.RuleID = "standards.grade.party-organization" // a scheme's Party-organization condition
	RuleEntryRegistered      socialorg.RuleID = "standards.entry.registered-years"   // registered two full years
	RuleEntryGradeTerm       socialorg.RuleID = "standards.entry.grade-term"         // when a graded organization may enter again
	RuleEntryInspection      socialorg.RuleID = "standards.entry.annual-inspection"  // inspected and passed (Order 39)
	RuleEntryPenalty         socialorg.RuleID = "standards.entry.penalty"            // no administrative penalty last year or pending
	RuleEntryInvestigated    socialorg.RuleID = "standards.entry.investigation"      // not under investigation (Order 39)
	RuleEntryInspected       socialorg.RuleID = "standards.entry.inspected"          // took part in last year's inspection (revised measures)
	RuleEntryPenaltyNotMinor socialorg.RuleID = "standards.entry.penalty-not-minor"  // no penalty but a minor one (revised measures)
	RuleEntryAnnualReport    socialorg.RuleID = "standards.entry.annual-report"      // last year's annual report filed (Guangzhou's measures)
	RuleEntryCreditList      socialorg.RuleID = "standards.entry.credit-list"        // on neither credit list (national organizations)
	RuleBrandRegistered      socialorg.RuleID = "standards.brand.registered"         // registered in Guangzhou with a credit code
	RuleBrandCodeDivision    socialorg.RuleID = "standards.brand.code-division"      // the code's authority agrees with the declared one
	RuleBrandYears           socialorg.RuleID = "standards.brand.registered-years"   // registered at least 5 years
	RuleBrandGrade           socialorg.RuleID = "standards.brand.grade"              // a valid 4A or 5A grade
	RuleBrandAbnormal        socialorg.RuleID = "standards.brand.abnormal-list"      // not on the abnormal-activity list (nor the serious-violation list)
	RuleBrandPenalty         socialorg.RuleID = "standards.brand.penalty"            // no penalty or sanction within 3 years
	RuleBrandViolation       socialorg.RuleID = "standards.brand.violation"          // no other violation of law
)

func rule(id socialorg.RuleID, hans, hant, en string, regimes []socialorg.Regime, words map[string]socialorg.Text) *socialorg.Rule {
	return book.MustRule(socialorg.Rule{ID: id, Title: socialorg.Text{Hans: hans, Hant: hant, En: en}, Regimes: regimes, Words: words})
}

var (
	order39Grades = []socialorg.Regime{
		{From: fromOrder39, Until: fromMeasures.AddDays(-1), Cite: citeOrder39("第二十六条")},
		{From: fromMeasures, Cite: socialorg.Citation{Document: docMeasures26}, Note: noteMeasures26},
	}
	ruleScore = rule(RuleGradeScore, "评估得分对应的等级", "評估得分對應的等級", "the grade a score earns", order39Grades, gradeWords)
	// The staff and Party-organization conditions are not in Order 39: they are conditions of the
	// schemes that set them, and each finding cites its scheme.
	ruleStaff = rule(RuleGradeStaff, "评估等级的专职工作人员条件", "評估等級的專職工作人員條件", "full-time staff required for the grade",
		[]socialorg.Regime{{From: fromNanhai, Cite: citeNanhai,
			Note: "Foshan Nanhai's scheme: 5A at least 3 full-time staff, 4A at least 2 (配备专职工作人员); judged only for a scheme that sets it, each finding citing its scheme"}},
		gradeWords)
	ruleParty = rule(RuleGradeParty, "评估等级的党组织条件", "評估等級的黨組織條件", "own Party organization required for the grade",
		[]socialorg.Regime{
			{From: fromNanhai, Cite: citeNanhai,
				Note: "Foshan Nanhai's scheme: 5A 独立建立党组织, 4A 建立党组织; judged only for a scheme that sets it, each finding citing its scheme"},
			{From: fromHuaining, Cite: socialorg.Citation{Document: docHuaining},
				Note: "Huaining's scheme: without a Party organization, no 5A. The regimes are schemes side by side, not successive versions: Nanhai's condition still holds for Nanhai's scheme"},
		},
		gradeWords)
)
