// Package calendar is an officer's compliance calendar: for an organization's Profile (its credit
// code, registration date, charity status, public-fundraising qualification, grade and its notice
// date, credit listing, trusts and recent events) and a period, Obligations returns the dated,
// cited tasks it must do, each with its window, its due day, the rule that sets it, the
// consequence of missing it, a stable ID, and — with AsOf — its status (upcoming, due, overdue,
// done when the caller marks it in Profile.Done). Calendar.WriteICS exports the tasks as an
// iCalendar object (RFC 5545) that any calendar application can subscribe to.
//
// # Contract
//
//	type Profile struct{ Code registry.CreditCode; Registered socialorg.Date; Charity, PublicFundraising bool; Grade registry.Grade; GradeNoticed socialorg.Date; Events []Event; … }
//	type Event struct{ Kind string; On socialorg.Date; Ref string; … }
//	type Task struct{ ID string; Rule socialorg.RuleID; Opens, Due socialorg.Date; Cite socialorg.Citation; Ref string; … }
//	func (t Task) Message(lang language.Tag) string
//	type Calendar struct{ Tasks []Task; … } // sorted by Due, then ID
//	func Obligations(p Profile, from, to socialorg.Date, opts ...socialorg.Option) (Calendar, error)
//	func (c Calendar) WriteICS(w io.Writer, lang language.Tag) error
//
// Every window, deadline and term is a dated parameter of the package's book (Parameters), each
// regime cited; Guangzhou's own windows (《广州市慈善促进条例》 Arts. 23, 24, 33) are local
// parameters of the city (440100), read at the organization's place — the division in its credit
// code (characters 3–8) — so that they arise only there. Values the sources read do not confirm
// (the ratios of 27号 Art. 4(3), (4)) are supplied by the caller (PreTaxPFMinCharitable…).
// Every task and finding names its rule (Rules), titled in three languages in the library's one
// message catalog.
//
// # Sources
//
//   - 《社会团体登记管理条例》 (State Council Order 250) Art. 28, 《民办非企业单位登记管理暂行条例》
//     (Order 251) Art. 23, 《基金会管理条例》 (Order 400) Art. 36: the yearly reports;
//   - 《中华人民共和国慈善法》 (2016; 2023 amendment in force 2024-09-05) Arts. 13, 17, 45, 47/48,
//     48/49, and the penalty articles 99/110 and 105/118;
//   - 《慈善组织信息公开办法》: MCA Order 61 (2018-09-01) and MCA Order 81 (2026-01-01) Arts. 12–15
//     and its other articles (numbers unconfirmed, noted);
//   - 《广州市慈善促进条例》 (2021-09-01) Arts. 23, 24, 33, 36;
//   - 《社会组织信用信息管理办法》 (MCA Order 60, 2018-01-24), through package registry's credit-list
//     rules (registry.CreditStatus, registry.CheckCreditBars);
//   - the assessment measures (Order 39 Art. 28; the revision in force 2026-03-01), through package
//     standards (Award.Validity);
//   - 财政部 税务总局 民政部公告2020年第27号 Art. 4.
//
// Where a source is weak (an article number not read, a date known only from a report), the
// regime's Note says so; Parameters and Rules list them.
//
// # Input
//
// Profile.Validate (and Event.Validate, Completion.Validate) report every problem with its JSON
// path ("profile.events[2].on"): an unknown kind of organization or event, an event before
// registration, a trust without its signing day, a grade without its notice date. A profile may
// hold up to MaxEvents events; a period up to 100 years; one call lists up to MaxTasks tasks. Cost
// is linear in the events and the years, plus the sort of the tasks.
//
// The package does no I/O (WriteICS writes to the caller's writer), holds no mutable state and is
// safe for concurrent use.
package calendar
