// Package venture models the public-welfare venture programmes for social organizations
// (公益创投) as practised in Guangzhou: rounds funded with welfare-lottery money in which
// organizations apply with projects, experts score them, and grants are awarded in rank order.
//
// A round is a place's programme. Guangzhou's city rounds (广州市社会组织公益创投活动) are the
// library's home data: their measures (2013, 2019, 2023), the notices of rounds 7 and 11, the caps,
// the 60% share, the whole category lists of rounds 5, 7 and 10, and the look-backs of the credit
// conditions are values of Local parameters declared for 440100 (guangzhou.go), never national
// values. A round held by a district or another city is judged there with socialorg.In(code): the
// caps are read through the place's own values and then its parents' (a district without a cap of
// its own reads its city's); the rounds are the place's own (Programme), never its city's, since
// each programme numbers its rounds itself. Liwan's first district round (2024) is declared for
// 440103 (liwan.go) from a press report of its launch: a cap of 300,000 yuan and its five
// categories; the report gives neither the share of the project budget (Guangzhou's 60% is read)
// nor the notice's conditions (its eligibility is unset). A caller adds a place's values as data
// (socialorg.NewJurisdiction or ParseJurisdiction, given with socialorg.WithJurisdictions) and no
// check changes.
//
// A round's arithmetic: the grant a project may get is the approved budget less the money the
// applicant raises itself (差额资助), at most a share of the budget (60%) and at most a fixed amount
// (300,000 yuan under the 2013 measures, 500,000 under the 2019 measures, from round 7): Round.Grant. Allocate
// walks the applications in rank order (score descending, then ID) and awards each its full grant
// while it fits in what remains of the round's budget and, optionally, of its category's; an
// application that no longer fits is passed over, with the reason (PassedOver, and as findings,
// Allocation.Report), and the walk goes on. NewRound fills the caps in force at a date and place;
// the 2023 measures are not confirmed to keep the 2019 figures, so a caller may supply a round's
// own (MaxShareKey, MaxGrantKey) with its source.
//
// Around the allocation:
//
//   - CheckEligibility applies the conditions of the notice of the round applied to
//     (Applicant.Round), each notice to its own round only: Guangzhou's round 7's (2020) and round
//     11's (穗社管发〔2023〕29号) are held; for any other round the report holds one undecided
//     finding ("unset"), so the verdict is socialorg.Undecided and Eligible is false, unless the
//     caller supplies the round's conditions (ConditionsKey) with its notice. The credit
//     conditions take the applicant's registry.CreditListing and judge the look-backs (1, 2 and 3
//     years in Guangzhou's notices) from its dates and from past listings; an unknown credit
//     status leaves them undecided, never met.
//   - ScoreReviews turns expert scores into a ranked, explained score sheet (trimmed mean by
//     default, per criterion; TrimTotals trims each expert's total instead, the other reading of
//     「去掉一个最高分和一个最低分」; exact arithmetic, near-linear in the reviews; the weights are
//     the caller's, the official ones being unconfirmed). The trimmed mean from TrimFrom experts on
//     is a convention of review panels, not a rule a source sets: the sheet's Note says so.
//   - SplitGrant and CheckTranches pay a grant in tranches by caller-supplied shares, the next
//     tranche only after a passed evaluation, withholding or clawing back after a failed one.
//   - TallyRound and RoundTally.Merge count rounds, categories and districts in integer fen,
//     refusing amounts outside whole fen within ±(2^63−1) fen before any arithmetic; History and
//     Checkpoints hold what the public sources report of rounds 1–10.
//
// Verdicts are derived from the findings: EligibilityResult.Eligible and TrancheResult.Passed are
// methods (Report.Clean), and each result's JSON carries them with its "verdict". Input problems
// are socialorg.Errors lists whose codes start with "venture." and whose messages come in three
// languages; every type with an amount decodes from JSON at bounded cost (socialorg.UnmarshalInput).
//
// Money is decimal yuan at the API and integer fen inside, read through the library's amount
// reader, with exact comparisons and largest-remainder splits. Package linkage (venture/linkage)
// matches community needs to the resources of Five-Society Linkage.
package venture
