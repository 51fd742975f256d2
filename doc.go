// Package socialorg is the shared vocabulary of a library that encodes the rules of Chinese
// social-organization governance, as practised in Guangzhou, as Go code: which organizations
// exist and how they are identified (package registry), when a Party organization is required and
// whether coverage is complete (partybuilding), whether a charity spends and fundraises within the
// law (charity), how a public-welfare venture round awards its grants (venture), how community
// needs are matched to Five-Society Linkage resources (venture/linkage), and how organizations
// are graded and indexed (standards).
//
// # Contract
//
// The library does no I/O. Library packages import nothing that reads or writes files, the
// network or the terminal, log nothing and print nothing; every input arrives as a Go value and
// every answer leaves as one. There is no mutable package-level state: every exported function
// is safe for concurrent use, and the same input always gives the same output, in a deterministic
// order that never depends on map iteration. Bad input never panics: it is an error that names
// the field by its JSON path, the value (a short prefix of it) and the rule (see InputError), all
// problems joined, and errors.Is works on every exported sentinel (ErrNotInForce,
// ErrInvalidInput, ErrNotSupplied, registry.ErrInvalidCreditCode…). Hostile input (a decimal with
// a huge exponent, a megabyte string, a huge count) is refused at bounded cost. Only the Must*
// constructors panic, and they exist for package-level tables and tests.
//
// # Rules and parameters
//
// A legal rule is a Rule value declared next to the code that checks it: a stable RuleID
// ("charity.spending.minimum"), a title in Simplified Chinese, Traditional Chinese and English,
// and its regimes: the dates it is in force and the Citation (document and article) of each. A
// legal threshold is a Param: dated values, each with its citation. A package records both in its
// Book as they are declared, and lists them with Rules() and Parameters(); Revisions lists what
// changed between two dates. Checks take an asOf Date and apply the regime in force on it; a
// date before the first regime (or the zero Date) is an error matching ErrNotInForce, never a
// silent zero. Where a rule is partly in force, the checks answer from the parts that are.
//
// Where the sources could not confirm a value, the library holds none: the caller supplies it
// with Supply(key, value, citation), and the findings that use it cite the caller's source,
// marked as supplied. Behaviour switches (partybuilding.CountProbationary,
// registry.AllowCheckMismatch…) are options too. Every option implements the one sealed Option
// interface; options compose with Options, and a nil Option is ignored.
//
// # Places
//
// A rule holds in a place as well as at a date. Jurisdiction is a place the library can judge in:
// the nation (100000), a province, a city or a district (GB/T 2260 codes), each with its names in
// three languages and its parent (LookupJurisdiction: 440103 Liwan → 440100 Guangzhou → 440000
// Guangdong → 100000). A check resolves every parameter at the date judged in the place's
// jurisdiction, falling back to the parent: the values a package declares for one jurisdiction
// (MustLocal: Guangzhou's grading cut-offs, Guangdong's filing conditions) win over its parent's
// and the national ones. The place comes from the input (an organization's registration authority,
// from its division or credit code), else from the caller (In), else it is the library's home,
// Guangzhou (HomeCode). No check names a city in its code.
//
// A caller adds a place, or its own values for one the library declares, as data: NewJurisdiction
// or ParseJurisdiction (the JSON form parameters export, Param.MarshalJSON), given to checks with
// WithJurisdictions. Resolve answers "what is this value, here, on that day", with where it comes
// from. Options are data too (OptionsData, ParseOptions): the place, the caller's jurisdictions,
// supplied values and settings, in JSON.
//
// # Verdicts, errors and versions
//
// A finding that applies but cannot be decided (a value the sources do not confirm and the caller
// did not supply) is Undecided: it fails nothing, but keeps the report's Verdict from Met, so that
// a bar the library cannot judge is never silently dropped. Results derive their Eligible or
// Ready from the findings (Report.Clean), and their JSON carries the verdict (WithVerdict).
// Report.Localize renders a report for a page in one language.
//
// Bad input is a list of problems (Errors), each an *InputError with the field's JSON path, a
// stable code ("registry.organization.name.too_long") and a message in three languages from the
// phrase catalogue (DeclarePhrases). Every report records the library's Version and the digest of
// the rules it was judged with (RulesDigest).
//
// # Names and shapes
//
// Every package follows one naming scheme:
//
//   - CheckX(in, asOf, opts...) (XResult, error) checks one input; XResult embeds Report and adds
//     the figures of the verdict (registry.CheckRegistration, charity.CheckAnnualSpending…).
//   - AssessX checks a batch (registry.AssessCoverage, partybuilding.Assess).
//   - XTally counts, and has a Merge method so that tallies of disjoint parts combine
//     (registry.CoverageTally, venture.RoundTally, standards.ReadinessTally).
//   - Validate() error on every input type; JSON with snake_case keys on every exported type.
//
// A Report holds Findings: the rule's ID, the subject, the Outcome (Pass, Fail, NotApplicable),
// the observed and the required figure, and the citation. Finding.Message renders a finding in
// Simplified Chinese (the default), Traditional Chinese or English (Languages,
// MatchAcceptLanguage); value words a rule defines ("joint-branch", "exempt") are translated,
// user text never is. A caller can declare its own rules in its own Book, and their findings
// render the same way.
//
// # Vocabulary
//
// Date is a civil date (no time, no zone), comparable with ==, with day arithmetic (AddDays,
// AddYears keeping 29 February on 28 February, Days); DateOf converts a time.Time through a fixed
// UTC+8 offset, never through time.LoadLocation. Period is an inclusive range of dates (Year). Ratio
// is an exact fraction (Cmp, Percent with half-to-even rounding); Change is a growth between two
// figures. Money is github.com/shopspring/decimal in yuan at the API and integer fen inside,
// with overflow checks, exact comparisons by cross-multiplication, amounts below the fen refused,
// and largest-remainder splits whose parts always sum to the whole; no binary floating-point
// number ever holds money. go-cmp compares every library value without options.
//
// # Layering
//
// Packages import one another in one direction only (the CI enforces it):
//
//	internal/fen, internal/msgcat, internal/textjson   helpers: nothing of the module
//	        ↑
//	socialorg (this package)                           the shared vocabulary
//	        ↑
//	internal/enum, internal/money                      helpers over the vocabulary
//	        ↑
//	registry
//	        ↑
//	partybuilding, charity                             (not each other)
//	        ↑
//	standards
//	        ↑
//	venture
//	        ↑
//	venture/linkage
//	        ↑
//	calendar                                           obligations of an organization, iCalendar
//	        ↑
//	validation (validator/v10 tags), socialorgtest (test support: only tests and examples)
//	        ↑
//	cmd/socialorgd (HTTP service), cmd/socialorg (CLI), examples/*: the only I/O
//
// # Legal sources
//
// The registration regulations for social groups (State Council Order 250), social service
// agencies (Order 251) and foundations (Order 400); Guangzhou's social-organization measures
// (Guangzhou Order 108) and Guangdong's filing rules for community organizations
// (粤民规字〔2022〕2号); the MCA opinion on community social organizations (民发〔2017〕191号);
// GB 32100-2015, GB 11714 and GB/T 2260 (package registry). The CCP Constitution, the branch-work
// regulation and the 2015 opinion on Party building in social organizations (partybuilding). The
// Charity Law (2016, amended 2023), the 2016 rules on annual expenditure (民发〔2016〕189号), MCA
// Orders 59 and 74 (charity). Guangzhou's venture-philanthropy measures (2013, 2019, 2023) and
// round notices (venture); the 2021 opinion on grassroots governance (venture/linkage). MCA
// Order 39 and the 2026 assessment measures, Guangzhou's assessment measures, DB4401/T 38—2020 and
// T/GZS 1-2020 (standards). Each rule cites its own article; Rules() and Parameters() list them.
package socialorg
