// Package venture models Guangzhou's public-welfare venture programme for social organizations
// (广州市社会组织公益创投): rounds funded with welfare-lottery money in which organizations apply
// with projects, experts score them, and grants are awarded in rank order.
//
// A round's arithmetic: the grant a project may get is the approved budget less the money the
// applicant raises itself (差额资助), at most a share of the budget (60%) and at most a fixed amount
// (300,000 yuan under the 2013 measures, 500,000 under the 2019 measures, from round 7): Round.Grant. Allocate
// walks the applications in rank order (score descending, then ID) and awards each its full grant
// while it fits in what remains of the round's budget and, optionally, of its category's; an
// application that no longer fits is passed over, with the reason, and the walk goes on.
// NewRound fills the caps from the measures in force at a date; the 2023 measures are not
// confirmed to keep the 2019 figures, so a caller may supply a round's own (MaxShareKey,
// MaxGrantKey) with its source.
//
// Around the allocation:
//
//   - CheckEligibility applies the conditions of the notice of the round applied to
//     (Applicant.Round), each notice to its own round only: round 7's (2020) and round 11's
//     (穗社管发〔2023〕29号) are held; for any other round the report says "unset" and the verdict is
//     not clean, unless the caller supplies the round's conditions (ConditionsKey) with its notice.
//   - ScoreReviews turns expert scores into a ranked, explained score sheet (trimmed mean by
//     default, per criterion; TrimTotals trims each expert's total instead, the other reading of
//     「去掉一个最高分和一个最低分」; exact arithmetic, near-linear in the reviews; the weights are
//     the caller's, the official ones being unconfirmed).
//   - SplitGrant and CheckTranches pay a grant in tranches by caller-supplied shares, the next
//     tranche only after a passed evaluation, withholding or clawing back after a failed one.
//   - TallyRound and RoundTally.Merge count rounds, categories and districts in integer fen,
//     refusing amounts outside whole fen within ±(2^63−1) fen before any arithmetic; History and
//     Checkpoints hold what the public sources report of rounds 1–10.
//
// Money is decimal yuan at the API and integer fen inside, with exact comparisons and
// largest-remainder splits. Package linkage (venture/linkage) matches community needs to the
// resources of Five-Society Linkage.
package venture
