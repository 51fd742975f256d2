package partybuilding

import (
	"github.com/socialorg/socialorg"
)

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
	docCharter2018      = "民政部民函〔2018〕78号（社会组织章程增加党的建设内容）"
)

var (
	from2012      = socialorg.MustDate("2012-11-14") // 18th Congress amends the Constitution
	from2015      = socialorg.MustDate("2015-09-28") // 中办发〔2015〕51号 issued
	from2017      = socialorg.MustDate("2017-10-24") // 19th Congress amends the Constitution
	fromCharter   = socialorg.MustDate("2018-06-01") // 民函〔2018〕78号, issued May 2018
	fromTerms     = socialorg.MustDate("2018-08-01") // term opinion, issued July 2018
	fromBranch    = socialorg.MustDate("2018-10-28") // branch-work regulation issued
	fromOrgan     = socialorg.MustDate("2020-01-01") // organ regulation, issued 2019
	fromElections = socialorg.MustDate("2020-07-13") // election regulation issued
	from2022      = socialorg.MustDate("2022-10-22") // 20th Congress amends the Constitution

	noteMonthOnly  = "issued in that month (day not confirmed); dated from the first day of the next month, when it was certainly in force"
	noteOrgan      = "a rule for Party and state organs, applied to social organizations by provincial guides (e.g. Shandong 2019); issued in 2019 (date not confirmed), dated from 2020-01-01"
	noteChapterSix = "chapter 6 (Art. 20–21 per secondary sources; article numbers not confirmed)"

	citeBranchCh2    = socialorg.Citation{Document: docBranchRules, Article: "第五条"}
	citeBranchCh6    = socialorg.Citation{Document: docBranchRules, Article: "第六章"}
	citeOpinion      = socialorg.Citation{Document: docOpinion2015}
	citeCharter      = socialorg.Citation{Document: docCharter2018}
	citeTerms        = socialorg.Citation{Document: docTerms2018}
	citeElectionsArt = socialorg.Citation{Document: docElections2020, Article: "第三条"}
)

// Parameters of the rules.
var (
	// A unit with this many formal members must set up a basic-level organization (a branch).
	minFormalForBranch = socialorg.MustParam("partybuilding.branch.min-formal",
		socialorg.Dated[int]{From: from2012, Value: 3, Cite: socialorg.Citation{Document: docConstitution2012, Article: "第二十九条第一款"}},
		socialorg.Dated[int]{From: from2017, Value: 3, Cite: socialorg.Citation{Document: docConstitution2017, Article: "第三十条第一款"}},
		socialorg.Dated[int]{From: from2022, Value: 3, Cite: socialorg.Citation{Document: docConstitution2022, Article: "第三十条第一款"},
			Note: "also 《中国共产党支部工作条例（试行）》第四条"})
	// A branch with this many formal members must have a branch committee.
	minFormalForCommittee = socialorg.MustParam("partybuilding.committee.min-formal",
		socialorg.Dated[int]{From: fromBranch, Value: 7, Cite: citeBranchCh6, Note: noteChapterSix})
	minMembersGeneralBranch = socialorg.MustParam("partybuilding.general-branch.min-members",
		socialorg.Dated[int]{From: fromOrgan, Value: 50, Cite: socialorg.Citation{Document: docOrganRules, Article: "第六条"}, Note: noteOrgan})
	minMembersPrimaryCommittee = socialorg.MustParam("partybuilding.primary-committee.min-members",
		socialorg.Dated[int]{From: fromOrgan, Value: 100, Cite: socialorg.Citation{Document: docOrganRules, Article: "第五条"}, Note: noteOrgan})
	// A joint branch covers at most this many units (一般不超过5个).
	jointMaxUnits = socialorg.MustParam("partybuilding.joint.max-units",
		socialorg.Dated[int]{From: fromBranch, Value: 5, Cite: citeBranchCh2})
	// Units below the branch threshold are organized jointly (true) rather than left without.
	jointForSmallUnits = socialorg.MustParam("partybuilding.joint.for-small-units",
		socialorg.Dated[bool]{From: from2015, Value: true, Cite: citeOpinion, Note: "full text not read; from digests and implementing documents"},
		socialorg.Dated[bool]{From: fromBranch, Value: true, Cite: citeBranchCh2})
	// Units without an organization are covered by Party work: an instructor or liaison.
	workCoverageRequired = socialorg.MustParam("partybuilding.work-coverage.required",
		socialorg.Dated[bool]{From: from2015, Value: true, Cite: citeOpinion, Note: "full text not read; from digests and implementing documents"})

	termBranch = socialorg.MustParam("partybuilding.term.branch",
		socialorg.Dated[int]{From: fromBranch, Value: 3, Cite: citeBranchCh6, Note: noteChapterSix})
	termCommunity = socialorg.MustParam("partybuilding.term.community",
		socialorg.Dated[int]{From: fromBranch, Value: 5, Cite: citeBranchCh6, Note: noteChapterSix})
	termGeneralBranch = socialorg.MustParam("partybuilding.term.general-branch",
		socialorg.Dated[int]{From: fromTerms, Value: 3, Cite: citeTerms, Note: noteMonthOnly})
	termPrimaryCommittee = socialorg.MustParam("partybuilding.term.primary-committee",
		socialorg.Dated[int]{From: fromTerms, Value: 5, Cite: citeTerms, Note: noteMonthOnly})
	// An approved postponement of an election may last at most this many years.
	maxPostponementYears = socialorg.MustParam("partybuilding.term.max-postponement-years",
		socialorg.Dated[int]{From: fromTerms, Value: 1, Cite: citeTerms, Note: noteMonthOnly},
		socialorg.Dated[int]{From: fromElections, Value: 1, Cite: citeElectionsArt})
	// The charter must carry the Party-building clause.
	charterClauseRequired = socialorg.MustParam("partybuilding.charter.clause-required",
		socialorg.Dated[bool]{From: fromCharter, Value: true, Cite: citeCharter, Note: noteMonthOnly})
)

// Parameters lists every dated parameter of the package, by ID.
func Parameters() []socialorg.Parameter {
	ps := []socialorg.Parameter{
		minFormalForBranch, minFormalForCommittee, minMembersGeneralBranch, minMembersPrimaryCommittee,
		jointMaxUnits, jointForSmallUnits, workCoverageRequired,
		termBranch, termCommunity, termGeneralBranch, termPrimaryCommittee, maxPostponementYears,
		charterClauseRequired,
	}
	socialorg.SortParameters(ps)
	return ps
}
