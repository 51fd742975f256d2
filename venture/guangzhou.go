package venture

import (
	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
)

// Guangzhou (440100): the city's programme (广州市社会组织公益创投活动) under its 2013, 2019 and 2023
// measures, as dated values of the package's parameters. A check judging a round held by the city
// (the default place, or socialorg.In("440100")) reads them; a district's round reads the caps
// through its own values first and then the city's, but never the city's rounds (Programme).
// Adding a place is adding a file like this one (liwan.go), or, for a caller, a
// socialorg.Jurisdiction given with socialorg.WithJurisdictions; no check changes.

const guangzhou = "440100"

// The caps: a grant is at most 60% of the project budget and at most 300,000 yuan under the 2013
// measures, 500,000 under the 2019 revision from round 7; the 2023 measures are not confirmed to
// change them, so the 2019 figures continue.
var (
	_ = socialorg.MustLocal(maxShare, guangzhou,
		socialorg.Dated[decimal.Decimal]{From: from2013, Until: from2019.AddDays(-1), Value: decimal.RequireFromString("0.60"), Cite: cite2013Grant, Note: note2013},
		socialorg.Dated[decimal.Decimal]{From: from2019, Value: decimal.RequireFromString("0.60"), Cite: cite2019Grant, Note: note2019})
	_ = socialorg.MustLocal(maxGrant, guangzhou,
		socialorg.Dated[decimal.Decimal]{From: from2013, Until: from2019.AddDays(-1), Value: decimal.NewFromInt(300_000), Cite: cite2013Grant, Note: note2013},
		socialorg.Dated[decimal.Decimal]{From: from2019, Value: decimal.NewFromInt(500_000), Cite: cite2019Grant, Note: note2019})
)

// The categories the sources give whole.
var (
	categoriesToRound7 = []Category{Elderly, Disability, Youth, Relief, OtherWelfare}
	categoriesRound10  = []Category{Elderly, Disability, ChildrenAndMinors, Relief, CommunityGovernance}
)

// gzRounds are the city's rounds the sources hold: the notices of rounds 7 (2020) and 11
// (穗社管发〔2023〕29号), with their application windows (each notice's 一、申报时间), and the
// whole category lists of rounds 5, 7 and 10. The notices of rounds 1–6 and 8–10 are not in the
// sources: those rounds' conditions are unset, and no held list is carried over to them.
var gzRounds = Programme{
	{Round: 5, Categories: categoriesToRound7, CategoriesCite: socialorg.Citation{Document: docRound5}},
	{Round: 7, Conditions: ListRound7, Opens: fromRound7, Closes: untilRound7, Notice: citeRound7("二"),
		Categories: categoriesToRound7, CategoriesCite: citeRound7("")},
	{Round: 10, Categories: categoriesRound10, CategoriesCite: socialorg.Citation{Document: docRound10}},
	{Round: 11, Conditions: ListRound11, Opens: fromRound11, Closes: untilRound11, Notice: citeRound11("二")},
}

// The programme's regimes are the measures under which each round's notice is issued (each is
// issued 「根据《办法》」): an unset round cites the measures in force on the day judged. Every
// regime lists the same rounds; a held notice judges from the day its applications opened.
var _ = socialorg.MustLocal(programme, guangzhou,
	socialorg.Dated[Programme]{From: from2013, Until: fromRound7.AddDays(-1), Value: gzRounds, Cite: cite2013Grant,
		Note: "rounds 1–6 under the 2013 measures: their notices are not in the sources; the conditions are not confirmed, and those of rounds 7 and 11 are not carried over: supply them (ConditionsKey) with the round's notice as source. " + noteNotice},
	socialorg.Dated[Programme]{From: fromRound7, Until: fromRound11.AddDays(-1), Value: gzRounds, Cite: cite2019Grant,
		Note: "rounds 7–10 under the 2019 measures: the round-7 notice (2020) is held; the notices of rounds 8, 9 and 10 are not in the sources, so their conditions are not confirmed and round 7's are not carried over: supply them (ConditionsKey) with the round's notice as source. " + noteNotice},
	socialorg.Dated[Programme]{From: fromRound11, Value: gzRounds, Cite: socialorg.Citation{Document: doc2023},
		Note: "round 11 on, under the 2023 measures: the round-11 notice (穗社管发〔2023〕29号) is held; later rounds' notices are not in the sources, so their conditions are not confirmed and round 11's are not carried over: supply them (ConditionsKey) with the round's notice as source. " + noteNotice},
)

// The look-backs of the credit conditions: not on the abnormal-activity list within 1 year, nor
// on the serious-violation list within 2, no major violation within 3 (穗社管发〔2023〕29号 二（五）;
// the round-7 notice lists the same conditions, at an article the sources do not give). Each
// holds for its notice's round only, so its regime is that notice's application window.
var (
	_ = socialorg.MustLocal(abnormalYears, guangzhou, noticeYears(1)...)
	_ = socialorg.MustLocal(seriousYears, guangzhou, noticeYears(2)...)
	_ = socialorg.MustLocal(majorYears, guangzhou, noticeYears(3)...)
)

// noticeYears is a look-back of both held notices.
func noticeYears(n int) []socialorg.Dated[int] {
	return []socialorg.Dated[int]{
		{From: fromRound7, Until: untilRound7, Value: n, Cite: citeRound7(""), Note: noteRound7Art},
		{From: fromRound11, Until: untilRound11, Value: n, Cite: citeRound11("二（五）"), Note: noteRound11},
	}
}
