// Package socialorg is the shared vocabulary of a library that encodes the rules of Chinese
// social-organization governance, as practised in Guangzhou, as Go code: which organizations
// exist and how they are identified (package registry), when a Party organization is required and
// whether coverage is complete (partybuilding), whether a charity spends and fundraises within the
// law (charity), how a public-welfare venture round awards its grants (venture, venture/linkage),
// and how organizations are graded and indexed (standards).
//
// # Contract
//
// The library does no I/O. Library packages import nothing that reads or writes files, the
// network or the terminal, log nothing and print nothing; every input arrives as a Go value and
// every answer leaves as one. There is no mutable package-level state: every exported function
// is safe for concurrent use, and the same input always gives the same output, in a deterministic
// order that never depends on map iteration. Bad input never panics: it is an error that names
// the field, the value and the rule (see InputError), and errors.Is works on every exported
// sentinel (ErrNotInForce, ErrInvalidInput, registry.ErrInvalidCreditCode…). Only the Must*
// constructors panic, and they exist for package-level tables and tests.
//
// # Rules are dated and cited
//
// A legal threshold is never a bare constant. It is a Param: a list of regimes, each with the
// value, the date it took effect and its Citation (document and article). Evaluations take an
// asOf Date and apply the regime in force on it; asking about a date before the first regime (or
// the zero Date) is an error matching ErrNotInForce, never a silent zero. Every package lists its
// parameters (registry.Parameters…) so that they can be audited. Where the legal sources could
// not confirm a value, the library holds none: the caller supplies it through an option, with its
// source.
//
// # Answers explain themselves
//
// Checks return a Report of Findings: the rule's stable ID, the subject, the Outcome (Pass, Fail,
// NotApplicable), the observed and the required figure, and the citation. Finding.Message renders
// a finding as a sentence in Simplified Chinese (the default), Traditional Chinese or English,
// chosen by a golang.org/x/text/language tag, from the library's own message catalog.
//
// # Dates
//
// Date is a civil date (no time, no zone), comparable with ==. The law speaks in Beijing time;
// DateOf converts a time.Time through a fixed UTC+8 offset (ChinaZone), never through
// time.LoadLocation, which reads the disk. AddYears keeps 29 February on 28 February in common
// years.
//
// # Money
//
// Public APIs take and return github.com/shopspring/decimal values in yuan. Inside, amounts are
// integer fen (int64) with overflow checks; comparisons against ratios are exact integer
// cross-multiplications, never rounded floats; amounts with a digit below the fen are rejected;
// splits use the largest-remainder method so that the parts always sum to the whole. No binary
// floating-point number ever holds money, and the library never touches shopspring's global
// settings.
//
// # Legal sources
//
// Encoded so far: the registration regulations for social groups (State Council Order 250),
// social service agencies (Order 251) and foundations (Order 400); Guangzhou's social-organization
// measures (Guangzhou Order 108) and Guangdong's filing rules for community organizations
// (粤民规字〔2022〕2号); the MCA opinion on community social organizations (民发〔2017〕191号);
// GB 32100-2015 (unified social credit codes), GB 11714 and GB/T 2260 (package registry); the CCP
// Constitution, the branch-work regulation and the 2015 opinion on Party building in social
// organizations (package partybuilding); the Charity Law (2016, amended 2023-12-29, in force
// 2024-09-05), the MCA/MoF/SAT rules on annual expenditure (民发〔2016〕189号), MCA Orders 59 and 74
// on public fundraising and the NPO accounting system (package charity). Each rule cites its own
// article; each package's Parameters function lists its thresholds with their sources. Venture
// rounds, Five-Society Linkage and the assessment and brand standards are planned.
package socialorg
