// Package standards holds the evaluation standards of Guangzhou's social organizations: a general
// indicator-tree scoring engine, the assessment grades (社会组织评估, 1A–5A) with their cut-offs,
// validity and entry conditions, the brand social-organization index (DB4401/T 38—2020) with its
// eligibility conditions, and the public-health emergency readiness checklist (T/GZS 1-2020).
//
// Indicator trees (Index) are Go values with a JSON form, so that a caller can keep its own
// indices as data; Score sums points up the tree exactly, applies veto items (一票否决) and bonus
// items (加分项) outside the base, and explains every point lost. Compile validates an index once
// for scoring many organizations (Scorer.ScoreRow).
//
// Grades: GradeScheme maps a score to a grade under a jurisdiction's cut-offs. A scheme is a value
// dated by the assessments it governs; each cut-off carries the dates and the source that set it,
// and a check resolves them at the date judged: the check's date, or the assessment's
// (AssessedOn, AssessmentYear), so that a 2022 grading cites the measures of 2022. Every scheme,
// built or decoded from JSON, is validated before use (GradeScheme.Validate): cut-offs within the
// scale, non-negative, one per grade at a time and strictly ordered by grade. Guangzhou's
// confirmed cut-offs are 5A ≥ 951 and 4A ≥ 901 of 1000 (穗社管规字〔2020〕4号 Art. 9, then
// 穗民规字〔2024〕6号); the lower ones are not in the sources, so a score below 901 is an error
// matching ErrCutoffUnconfirmed until the caller supplies them (GradeScheme.With). Foshan Nanhai
// (2021 assessment), Huaining (2022 assessment), Luoyang Chanhe and Shenzhen are documented
// comparables; their Notes say where a source is weak. Award.Validity, CheckEntry and Benefits apply MCA Order 39 (from 2011-03-01) and the
// revised assessment measures (from 2026-03-01) at the date asked. Where the revised measures are
// not said to remove a bar of Order 39 Art. 7, CheckEntry keeps it (not taking part in last year's
// inspection; an administrative penalty that is not minor), and an input that cannot decide a bar
// (a penalty of unknown severity) leaves the verdict open (EntryResult.Unknown).
//
// Brand eligibility (CheckBrand) reads the registration authority from the credit code's
// characters 3–8, as registry.CheckRegistration does, never from the declared Division.
//
// The brand index's structure is confirmed (three dimensions, 11 second-level and 32 third-level
// indicators) but not its lower names and points: BrandIndex2020 builds it from the caller's.
// The emergency checklist's eight sections are the standard's; their items are the caller's.
package standards
