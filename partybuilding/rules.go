package partybuilding

import (
	"maps"

	"github.com/socialorg/socialorg"
)

// book holds every rule and parameter of the package, recorded as they are declared below.
var book = socialorg.NewBook("partybuilding")

// Rules lists the package's rules (ID, titles, regimes with their citations), by ID.
func Rules() []socialorg.Rule { return book.Rules() }

// Parameters lists every dated parameter of the package, by ID.
func Parameters() []socialorg.Parameter { return book.Parameters() }

// The legal sources.
const (
	docConstitution2012 = "《中国共产党章程》（2012年修改）"
	docConstitution2017 = "《中国共产党章程》（2017年修改）"
	docConstitution2022 = "《中国共产党章程》（2022年修改）"
	docBranchRules      = "《中国共产党支部工作条例（试行）》（中发〔2018〕38号）"
	docOpinion2015      = "《关于加强社会组织党的建设工作的意见（试行）》（中办发〔2015〕51号）"
	docOrganRules       = "《中国共产党党和国家机关基层组织工作条例》（2019年）"
	docTerms2018        = "中共中央办公厅《关于党的基层组织任期的意见》（2018年）"
	docElections2020    = "《中国共产党基层组织选举工作条例》（2020年）"
	docCharter2018      = "《民政部关于在社会组织章程增加党的建设和社会主义核心价值观有关内容的通知》（民函〔2018〕78号）"
	docCharter2019      = "《民政部关于在社会组织登记管理工作中贯彻落实〈中共中央关于加强党的政治建设的意见〉有关要求的通知》（民函〔2019〕54号）"
)

var (
	from2012      = socialorg.MustDate("2012-11-14") // 18th Congress amends the Constitution
	from2015      = socialorg.MustDate("2015-09-28") // 中办发〔2015〕51号 issued
	from2017      = socialorg.MustDate("2017-10-24") // 19th Congress amends the Constitution
	fromCharter   = socialorg.MustDate("2018-06-01") // 民函〔2018〕78号, issued May 2018
	fromTerms     = socialorg.MustDate("2018-08-01") // term opinion, issued July 2018
	fromBranch    = socialorg.MustDate("2018-10-28") // branch-work regulation issued
	fromCharter19 = socialorg.MustDate("2019-05-20") // 民函〔2019〕54号, published by the MCA on 2019-05-20
	fromOrgan     = socialorg.MustDate("2020-01-01") // organ regulation, issued 2019
	fromElections = socialorg.MustDate("2020-07-13") // election regulation issued
	from2022      = socialorg.MustDate("2022-10-22") // 20th Congress amends the Constitution

	noteMonthOnly  = "issued in that month (day not confirmed); dated from the first day of the next month, when it was certainly in force"
	noteOrgan      = "a rule for Party and state organs (Arts. 5–6); for social organizations the Constitution Art. 30 ¶2 leaves the form to 「根据工作需要和党员人数，经上级党组织批准」 and provincial guides (e.g. Shandong 2019) apply these figures, so they are advice unless the caller asks (StrictForms); issued in 2019 (date not confirmed), dated from 2020-01-01"
	noteChapterSix = "chapter 6 (Art. 20–21 per secondary sources; article numbers not confirmed)"
	noteJointCap   = "「一般不超过5个」: a default figure, judged as advice unless the caller asks (StrictForms)"
	noteCharter19  = "issued in May 2019 (publication 2019-05-20, 公益时报's report); the 2018 clause stays valid up to then"

	citeBranchArt5   = socialorg.Citation{Document: docBranchRules, Article: "第五条"}
	citeBranchCh6    = socialorg.Citation{Document: docBranchRules, Article: "第六章"}
	citeOpinion      = socialorg.Citation{Document: docOpinion2015}
	citeTerms        = socialorg.Citation{Document: docTerms2018}
	citeElectionsArt = socialorg.Citation{Document: docElections2020, Article: "第三条"}
	citeConst2012    = socialorg.Citation{Document: docConstitution2012, Article: "第二十九条第一款"}
	citeConst2017    = socialorg.Citation{Document: docConstitution2017, Article: "第三十条第一款"}
	citeConst2022    = socialorg.Citation{Document: docConstitution2022, Article: "第三十条第一款"}
	citeCharter18    = socialorg.Citation{Document: docCharter2018}
	citeCharter19    = socialorg.Citation{Document: docCharter2019}
	noteOpinion      = "full text not read; from digests and implementing documents"
)

// intParam declares an integer parameter.
func intParam(id, unit string, title socialorg.Text, vs ...socialorg.Dated[int]) socialorg.Param[int] {
	return socialorg.MustParam(book, socialorg.ParamSpec[int]{ID: id, Unit: unit, Title: title, Values: vs})
}

// flagParam declares a rule whose value is "the rule applies", with its dates and sources.
func flagParam(id string, title socialorg.Text, vs ...socialorg.Dated[bool]) socialorg.Param[bool] {
	return socialorg.MustParam(book, socialorg.ParamSpec[bool]{ID: id, Unit: "flag", Title: title, Values: vs})
}

// Parameters of the rules.
var (
	// A unit with this many formal members must set up a basic-level organization (a branch).
	minFormalForBranch = intParam("partybuilding.branch.min-formal", "members",
		socialorg.Text{Hans: "应建立党的基层组织的正式党员人数", Hant: "應建立黨的基層組織的正式黨員人數", En: "formal members obliging a Party organization"},
		socialorg.Dated[int]{From: from2012, Value: 3, Cite: citeConst2012},
		socialorg.Dated[int]{From: from2017, Value: 3, Cite: citeConst2017},
		socialorg.Dated[int]{From: from2022, Value: 3, Cite: citeConst2022, Note: "also 《中国共产党支部工作条例（试行）》第四条"})
	// A branch with this many formal members must have a branch committee.
	minFormalForCommittee = intParam("partybuilding.committee.min-formal", "members",
		socialorg.Text{Hans: "应成立支部委员会的正式党员人数", Hant: "應成立支部委員會的正式黨員人數", En: "formal members obliging a branch committee"},
		socialorg.Dated[int]{From: fromBranch, Value: 7, Cite: citeBranchCh6, Note: noteChapterSix})
	minMembersGeneralBranch = intParam("partybuilding.general-branch.min-members", "members",
		socialorg.Text{Hans: "设立党总支的党员人数（参考）", Hant: "設立黨總支的黨員人數（參考）", En: "members suggesting a general branch"},
		socialorg.Dated[int]{From: fromOrgan, Value: 50, Cite: socialorg.Citation{Document: docOrganRules, Article: "第六条"}, Note: noteOrgan})
	minMembersPrimaryCommittee = intParam("partybuilding.primary-committee.min-members", "members",
		socialorg.Text{Hans: "设立基层党委的党员人数（参考）", Hant: "設立基層黨委的黨員人數（參考）", En: "members suggesting a primary committee"},
		socialorg.Dated[int]{From: fromOrgan, Value: 100, Cite: socialorg.Citation{Document: docOrganRules, Article: "第五条"}, Note: noteOrgan})
	// A joint branch covers at most this many units (一般不超过5个).
	jointMaxUnits = intParam("partybuilding.joint.max-units", "units",
		socialorg.Text{Hans: "联合党支部覆盖单位数（一般上限）", Hant: "聯合黨支部覆蓋單位數（一般上限）", En: "units a joint branch generally covers at most"},
		socialorg.Dated[int]{From: fromBranch, Value: 5, Cite: citeBranchArt5, Note: noteJointCap})
	// Units below the branch threshold are organized jointly rather than left without.
	jointForSmallUnits = flagParam("partybuilding.joint.for-small-units",
		socialorg.Text{Hans: "正式党员不足3人的单位联合建立党组织", Hant: "正式黨員不足3人的單位聯合建立黨組織", En: "units with fewer than 3 formal members organize jointly"},
		socialorg.Dated[bool]{From: from2015, Value: true, Cite: citeOpinion, Note: noteOpinion},
		socialorg.Dated[bool]{From: fromBranch, Value: true, Cite: citeBranchArt5})
	// Units without an organization are covered by Party work: an instructor or liaison.
	workCoverageRequired = flagParam("partybuilding.work-coverage.required",
		socialorg.Text{Hans: "未建党组织的单位由党建工作指导员或联络员覆盖", Hant: "未建黨組織的單位由黨建工作指導員或聯絡員覆蓋", En: "units without an organization are covered by an instructor or liaison"},
		socialorg.Dated[bool]{From: from2015, Value: true, Cite: citeOpinion, Note: noteOpinion})

	termBranch = intParam("partybuilding.term.branch", "years",
		socialorg.Text{Hans: "党支部任期", Hant: "黨支部任期", En: "term of a branch"},
		socialorg.Dated[int]{From: fromBranch, Value: 3, Cite: citeBranchCh6, Note: noteChapterSix})
	termCommunity = intParam("partybuilding.term.community", "years",
		socialorg.Text{Hans: "村、社区党组织任期", Hant: "村、社區黨組織任期", En: "term of a village or community organization"},
		socialorg.Dated[int]{From: fromBranch, Value: 5, Cite: citeBranchCh6, Note: noteChapterSix})
	termGeneralBranch = intParam("partybuilding.term.general-branch", "years",
		socialorg.Text{Hans: "党总支任期", Hant: "黨總支任期", En: "term of a general branch"},
		socialorg.Dated[int]{From: fromTerms, Value: 3, Cite: citeTerms, Note: noteMonthOnly})
	termPrimaryCommittee = intParam("partybuilding.term.primary-committee", "years",
		socialorg.Text{Hans: "基层党委任期", Hant: "基層黨委任期", En: "term of a primary committee"},
		socialorg.Dated[int]{From: fromTerms, Value: 5, Cite: citeTerms, Note: noteMonthOnly})
	// An approved postponement of an election may last at most this many years.
	maxPostponementYears = intParam("partybuilding.term.max-postponement-years", "years",
		socialorg.Text{Hans: "换届延期最长年限", Hant: "換屆延期最長年限", En: "longest approved postponement of an election"},
		socialorg.Dated[int]{From: fromTerms, Value: 1, Cite: citeTerms, Note: noteMonthOnly},
		socialorg.Dated[int]{From: fromElections, Value: 1, Cite: citeElectionsArt})
	// The clause a charter must carry: the 2018 wording, then the 2019 one.
	charterClause = socialorg.MustParam(book, socialorg.ParamSpec[Charter]{ID: "partybuilding.charter.clause", Unit: "clause",
		Title: socialorg.Text{Hans: "章程须载明的党建条款", Hant: "章程須載明的黨建條款", En: "the Party-building clause a charter must carry"},
		Values: []socialorg.Dated[Charter]{
			{From: fromCharter, Value: PartyOrganizationClause, Cite: citeCharter18, Note: noteMonthOnly},
			{From: fromCharter19, Value: FullLeadershipClause, Cite: citeCharter19, Note: noteCharter19},
		}})
)

// Switches of Require, RequireAt and Assess.
var (
	countProbationaryKey = socialorg.NewKey[bool]("partybuilding.count-probationary")
	strictFormsKey       = socialorg.NewKey[bool]("partybuilding.strict-forms")
)

// CountProbationary makes probationary members count toward the 50 and 100 thresholds of a
// general branch and a primary committee. By default they do not: the organ regulation says
// "党员", which is ambiguous, and the Shandong guide for social organizations says formal members.
// The 3 and 7 thresholds always count formal members only (CCP Constitution Art. 7: probationary
// members have no vote).
func CountProbationary() socialorg.Option { return socialorg.Enable(countProbationaryKey) }

// StrictForms makes Assess judge as duties what the sources give as defaults or as another kind of
// body's rule: the general branch from 50 members and the primary committee from 100 (written for
// Party and state organs), and the joint branch of at most 5 units (「一般不超过5个」). By default
// a unit below them gets a NotApplicable finding that carries the advice.
func StrictForms() socialorg.Option { return socialorg.Enable(strictFormsKey) }

// The IDs of the rules Assess applies, for Report.Find.
const (
	RuleOrganization socialorg.RuleID = "partybuilding.organization"   // 3+ formal members → a Party organization
	RuleForm         socialorg.RuleID = "partybuilding.form"           // 3+ formal members → at least a branch, not a joint one
	RuleFormSize     socialorg.RuleID = "partybuilding.form.size"      // 50+ / 100+ members → a general branch / primary committee (advice)
	RuleJointSize    socialorg.RuleID = "partybuilding.joint.size"     // a joint branch covers at most 5 units (advice)
	RuleCommittee    socialorg.RuleID = "partybuilding.committee"      // a branch of 7+ formal members → a branch committee
	RuleTerm         socialorg.RuleID = "partybuilding.term"           // elections on time (≤ 1 year of approved postponement)
	RuleInstructor   socialorg.RuleID = "partybuilding.instructor"     // no organization → an instructor or liaison
	RuleCharter      socialorg.RuleID = "partybuilding.charter-clause" // the charter carries the current clause
)

// formWords are the value words of forms, for findings that show one.
var formWords = formNames.Words()

func withNone(w map[string]socialorg.Text) map[string]socialorg.Text {
	out := maps.Clone(w)
	out["none"] = socialorg.Text{Hans: "无党组织", Hant: "無黨組織", En: "no organization"}
	return out
}

// The rules, declared with their titles and sources.
var (
	ruleOrganization = book.MustRule(socialorg.Rule{ID: RuleOrganization,
		Title: socialorg.Text{Hans: "有正式党员3人以上的单位建立党的基层组织", Hant: "有正式黨員3人以上的單位建立黨的基層組織", En: "a unit with 3+ formal members has a Party organization"},
		Regimes: []socialorg.Regime{{From: from2012, Until: from2017.AddDays(-1), Cite: citeConst2012},
			{From: from2017, Until: from2022.AddDays(-1), Cite: citeConst2017}, {From: from2022, Cite: citeConst2022}},
		Words: withNone(formWords)})
	ruleForm = book.MustRule(socialorg.Rule{ID: RuleForm,
		Title: socialorg.Text{Hans: "正式党员3人以上的单位单独建立党支部（联合党支部不足）", Hant: "正式黨員3人以上的單位單獨建立黨支部（聯合黨支部不足）", En: "a unit with 3+ formal members has at least its own branch"},
		Regimes: []socialorg.Regime{{From: from2012, Until: from2017.AddDays(-1), Cite: citeConst2012},
			{From: from2017, Until: from2022.AddDays(-1), Cite: citeConst2017}, {From: from2022, Cite: citeConst2022}},
		Words: withNone(formWords)})
	ruleFormSize = book.MustRule(socialorg.Rule{ID: RuleFormSize,
		Title:   socialorg.Text{Hans: "党员50人以上设党总支、100人以上设基层党委（参考）", Hant: "黨員50人以上設黨總支、100人以上設基層黨委（參考）", En: "a general branch from 50 members, a primary committee from 100 (advice)"},
		Regimes: []socialorg.Regime{{From: fromOrgan, Cite: socialorg.Citation{Document: docOrganRules, Article: "第五条、第六条"}, Note: noteOrgan}},
		Words:   withNone(formWords)})
	ruleJointSize = book.MustRule(socialorg.Rule{ID: RuleJointSize,
		Title:   socialorg.Text{Hans: "联合党支部覆盖单位数（一般不超过5个）", Hant: "聯合黨支部覆蓋單位數（一般不超過5個）", En: "units covered by a joint branch (generally at most 5)"},
		Regimes: []socialorg.Regime{{From: fromBranch, Cite: citeBranchArt5, Note: noteJointCap}}})
	ruleCommittee = book.MustRule(socialorg.Rule{ID: RuleCommittee,
		Title:   socialorg.Text{Hans: "正式党员7人以上的党支部（含联合党支部）设立支部委员会", Hant: "正式黨員7人以上的黨支部（含聯合黨支部）設立支部委員會", En: "a branch (joint ones too) with 7+ formal members has a branch committee"},
		Regimes: []socialorg.Regime{{From: fromBranch, Cite: citeBranchCh6, Note: noteChapterSix}}})
	ruleTerm = book.MustRule(socialorg.Rule{ID: RuleTerm,
		Title:   socialorg.Text{Hans: "党组织按期换届（任期届满日）", Hant: "黨組織按期換屆（任期屆滿日）", En: "the Party organization holds its election on time (term ends)"},
		Regimes: []socialorg.Regime{{From: fromTerms, Cite: citeTerms, Note: noteMonthOnly}}})
	ruleInstructor = book.MustRule(socialorg.Rule{ID: RuleInstructor,
		Title:   socialorg.Text{Hans: "未建党组织的单位有党建工作指导员或联络员", Hant: "未建黨組織的單位有黨建工作指導員或聯絡員", En: "a unit without a Party organization has an instructor or liaison"},
		Regimes: []socialorg.Regime{{From: from2015, Cite: citeOpinion, Note: noteOpinion}}})
	ruleCharter = book.MustRule(socialorg.Rule{ID: RuleCharter,
		Title: socialorg.Text{Hans: "章程载明现行的党的建设条款", Hant: "章程載明現行的黨的建設條款", En: "the charter carries the current Party-building clause"},
		Regimes: []socialorg.Regime{{From: fromCharter, Until: fromCharter19.AddDays(-1), Cite: citeCharter18, Note: noteMonthOnly},
			{From: fromCharter19, Cite: citeCharter19, Note: noteCharter19}},
		Words: charterNames.Words()})
)
