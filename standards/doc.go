// Package standards holds the evaluation standards of Guangzhou's social organizations: a general
// indicator-tree scoring engine, the assessment grades (社会组织评估, 1A–5A) with their cut-offs,
// validity and entry conditions, the brand social-organization index (DB4401/T 38—2020) with its
// eligibility conditions, and the public-health emergency readiness checklist (T/GZS 1-2020).
//
// Indicator trees (Index) are Go values with a JSON form, so that a caller can keep its own
// indices as data; Score sums points up the tree exactly, applies veto items (一票否决) and bonus
// items (加分项) outside the base, and explains every point lost (Result.Lost; Result.Report gives
// the same as findings citing the index's table, the library's one explanation shape). Compile
// validates an index once for scoring many organizations (Scorer.ScoreRow).
//
// # Rules as dated parameters, places as data
//
// Every figure a source sets is a dated parameter of the package's book (Parameters): national
// values where the nation sets them (Order 39, then the revised assessment measures: a grade's
// term, the entry conditions, the benefits of a grade), and values that hold in one jurisdiction
// only, declared in that jurisdiction's data file with socialorg.MustLocal: guangzhou.go
// (Guangzhou's scheme, its own entry measures, its brand call), shenzhen.go, nanhai.go (Foshan
// Nanhai), huaining.go (Anqing Huaining), chanhe.go (Luoyang Chanhe). A check reads each value at
// the date it judges and the place it judges at, falling back from a district to its city,
// province and the nation; no check names a place. The place is the input's where the input names
// it (Candidate.Division, an organization's registration authority), else the options'
// (socialorg.In), else the library's home, Guangzhou.
//
// Adding a jurisdiction is adding data, never code: the library's own in a new data file with its
// test; a caller's as a socialorg.Jurisdiction (socialorg.ParseJurisdiction from JSON, the
// parameters in the form the book exports) given to the checks with socialorg.WithJurisdictions.
// Its values win over the library's for the same place. A scheme needs standards.grade.scheme
// (its ID and name; its regimes are the assessments it governs, with their sources),
// standards.grade.scale and the cut-offs standards.grade.min-5a … min-1a ({"min": "951"}, with
// "above": true for a score that must exceed the figure); standards.grade.bonus-cap and
// standards.grade.conditions where its source sets them. See ExampleSchemeAt.
//
// # Grades
//
// GradeScheme maps a score to a grade under a jurisdiction's cut-offs. SchemeAt resolves the
// scheme in force at a place and a date; GuangzhouAssessment, Shenzhen, FoshanNanhai, Huaining,
// LuoyangChanhe and Schemes give each declared scheme with its history. A scheme is a value dated
// by the assessments it governs; each cut-off carries the dates and the source that set it, and a
// check resolves them at the date judged: the check's date, or the assessment's (AssessedOn,
// AssessmentYear), so that a 2022 grading cites the measures of 2022. Every scheme, built or
// decoded from JSON, is validated before use (GradeScheme.Validate): cut-offs within the scale,
// non-negative, one per grade at a time and strictly ordered by grade; a scheme the package builds
// or decodes holds its validated form, so that grading it costs no validation. Guangzhou's
// confirmed cut-offs are 5A ≥ 951 and 4A ≥ 901 of 1000 (穗社管规字〔2020〕4号 Art. 9, then
// 穗民规字〔2024〕6号); the lower ones are not in the sources, so a score below 901 is an error
// matching ErrCutoffUnconfirmed until the caller supplies them (CutoffKey, with SchemeAt or
// GradeScheme.With, or as data for 440100). Foshan Nanhai (2021 assessment), Huaining (2022
// assessment, with a 100-point bonus cap), Luoyang Chanhe (2025 assessment) and Shenzhen are
// documented comparables; their Notes say where a source is weak.
//
// # Entry, validity, benefits
//
// Award.Validity, CheckEntry and Benefits apply MCA Order 39 (from 2011-03-01) and the revised
// assessment measures (from 2026-03-01) at the date asked, and Guangzhou's own measures for an
// organization its authorities register. Where the revised measures are not said to remove a bar
// of Order 39 Art. 7, CheckEntry keeps it (not taking part in last year's inspection; an
// administrative penalty that is not minor). A national organization on either credit list is not
// assessed (《全国性社会组织评估管理规定》). An input that cannot decide a bar (a penalty of unknown
// severity, an inspection or a credit status not given) leaves the verdict undecided
// (socialorg.Finding.Undecided): EntryResult.Eligible is then false.
//
// # Brand organizations
//
// CheckBrand judges an application to the brand call of the place the options give (else
// Guangzhou's 2021 call); it reads the registration authority from the credit code's characters
// 3–8, as registry.CheckRegistration does, never from the declared Division, and takes the
// organization's credit status (registry.CreditStatus; unknown is undecided). The brand index's
// structure is confirmed (three dimensions, 11 second-level and 32 third-level indicators) but not
// its lower names and points: BrandIndex2020 builds it from the caller's.
//
// The emergency checklist's eight sections are the standard's; their items are the caller's.
//
// Results derive their booleans from their findings (EntryResult.Eligible, BrandResult.Eligible,
// ReadinessResult.Ready: Report.Clean), and their JSON carries them with the verdict. Input
// problems are socialorg.Errors whose codes begin with "standards." and whose messages come in
// three languages.
package standards
