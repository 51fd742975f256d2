// Package charity is what a charity's finance officer and its regulator both need: a fundraising
// ledger that never loses a fen, and the rules that judge a year's figures, the
// public-fundraising qualification and fundraising plans.
//
// # Ledger
//
// A Ledger records donations of money and goods (goods at a stated valuation), restricted by time,
// purpose or both, or unrestricted; other income by category; pledges, one-off or monthly with the
// day clamped at month end; refunds, never beyond the gift; releases of restrictions (time
// expired, purpose fulfilled, donor revoked), never beyond the restricted balance; and expenses
// in the categories of 《民间非营利组织会计制度》 (business activity costs, with charitable-activity
// expenditure inside them, management, fundraising, other), by fund or filed project. A gift or a
// payment can be split across funds by amounts or shares, by the largest-remainder method in fen,
// so that the parts always sum to the whole. Amounts are decimal at the API and int64 fen inside,
// overflow-checked; a refused entry (sub-fen, negative, unknown fund…) changes nothing.
//
// The journal (Journal) lists every entry in order, each sealed with a SHA-256 digest chained to
// the one before, so that Replay and ReadLedger refuse a journal edited, torn, reordered, or with
// an entry repeated, dropped or misspelled, naming the entry; Replay(j).Journal() is j. ApplyBatch
// records entries all or none: a refusal in the middle leaves the ledger exactly as it was.
//
// From the ledger come balances per fund and restriction (Balance, AssertBalance with zero
// tolerance, Verify), totals over any period (Totals, mergeable across shards), the statement of
// activities (Statement), donor rollups that count a split gift once (Donors), pledge status, and
// a year's spending figures (FiguresFromLedger).
//
// # Annual spending
//
// CheckAnnualSpending applies the 2016 MCA/MoF/SAT rules on charitable-activity expenditure and
// management expenses (民发〔2016〕189号) and the Charity Law article above them (Art. 60 of the 2016
// law, Art. 61 from 2024-09-05): the tier table by kind, qualification and net assets, the
// three-year averages of Art. 10, the management exemption of Art. 11, and — only when asked —
// the draft cap on fundraising costs. Every comparison is exact. The tier of foundations without
// the qualification between 4M and 8M yuan comes from one source only: it is kept and flagged
// (Tier.Unconfirmed).
//
// # Qualification and plans
//
// CheckQualification judges an application for the public-fundraising qualification under the
// regime in force (2016: two years registered, grade 3A+, no penalty in two years… under Order 59;
// from 2024-09-05: one year, prior-year spending compliant, one-year look-back… under Order 74),
// with unconfirmed conditions supplied by the caller, else undecided; the list condition reads
// the organization's credit status (registry.CreditListing), and an unknown status is undecided.
// CheckPlan judges a fundraising plan: its contents, filing 10 days ahead, the emergency
// exceptions, designated internet platforms, disclosure every three months, a final report within
// three months, and the filing of each change of its use.
//
// # Verdicts, places and inputs
//
// A result's verdict comes from its findings (socialorg.Report.Verdict): QualificationResult's
// Eligible is a method, and every result's JSON carries "verdict". A condition the sources do not
// confirm and the caller did not supply is Undecided, never met. Rules that hold in one place are
// jurisdiction data (guangzhou.go: Guangzhou's 10 days to file a change of use, 《广州市慈善促进条例》
// Art. 24), read at the plan's Place or the caller's socialorg.In; a caller adds a place with
// socialorg.WithJurisdictions. Input problems are socialorg.Errors with codes under "charity."
// and messages in three languages (phrases.go); every input type decodes JSON at bounded cost
// (decode.go).
//
// Every parameter is dated and cited (Parameters); every finding cites its article.
package charity
