package standards

import (
	"encoding/json"
	"strconv"
	"time"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/enum"
	"github.com/socialorg/socialorg/registry"
)

// Award is a grade an assessment awarded.
type Award struct {
	Org    string         `json:"org"`
	Grade  registry.Grade `json:"grade"`
	Notice socialorg.Date `json:"notice"` // the date of the results notice (评估结果公告)
}

// Validity returns the period in which the grade is valid, under the rules in force on the day of
// its results notice (standards.grade.validity-years and .validity-start): Order 39 Art. 28
// (notices from 2011-03-01), five years from the notice; the revised measures (notices from
// 2026-03-01), from 1 January of the year after the notice to 31 December of the fifth year. The
// options may give the place whose rules apply (socialorg.In; the national ones unless a
// jurisdiction sets its own). A notice before 2011-03-01 is an error matching
// socialorg.ErrNotInForce; a zero grade is an error.
func (a Award) Validity(opts ...socialorg.Option) (socialorg.Period, socialorg.Citation, error) {
	return a.validity("", opts)
}

// validity is Validity at a place ("" for the options' or the home).
func (a Award) validity(place string, opts []socialorg.Option) (socialorg.Period, socialorg.Citation, error) {
	if !isGrade(a.Grade) {
		return socialorg.Period{}, socialorg.Citation{}, coded(socialorg.Invalid("award.grade", int(a.Grade), "1A … 5A"))
	}
	if a.Notice.IsZero() {
		return socialorg.Period{}, socialorg.Citation{}, socialorg.MissingDate("award.notice")
	}
	c := socialorg.NewChecker(a.Org, a.Notice, opts...)
	if place != "" {
		_ = c.SetPlace("division", place)
	}
	years, cite, _ := validityYears.Read(&c)
	start, _, _ := validityStart.Read(&c)
	if err := c.Err(); err != nil {
		return socialorg.Period{}, socialorg.Citation{}, err
	}
	if start == FromNotice {
		return socialorg.Period{From: a.Notice, To: a.Notice.AddYears(years).AddDays(-1)}, cite, nil
	}
	y := a.Notice.Year()
	return socialorg.Period{From: socialorg.NewDate(y+1, time.January, 1), To: socialorg.NewDate(y+years, lastMonth, lastDay)}, cite, nil
}

// ValidAt reports whether the grade is valid on d, under the rules Validity applies.
func (a Award) ValidAt(d socialorg.Date, opts ...socialorg.Option) bool {
	p, _, err := a.Validity(opts...)
	return err == nil && p.Contains(d)
}

// Inspection is the outcome of an annual inspection (年检).
type Inspection uint8

// The outcomes of an annual inspection.
const (
	NotInspected Inspection = iota + 1 // 未参加年检
	Passed                             // 合格
	BasicPass                          // 基本合格
	Failed                             // 不合格
)

var inspectionNames = enum.Names[Inspection]{
	Type: "Inspection",
	Text: []string{"", "not-inspected", "passed", "basic-pass", "failed"},
	Names: []socialorg.Text{{},
		{Hans: "未参加年检", Hant: "未參加年檢", En: "not inspected"},
		{Hans: "合格", Hant: "合格", En: "passed"},
		{Hans: "基本合格", Hant: "基本合格", En: "basically passed"},
		{Hans: "不合格", Hant: "不合格", En: "failed"}},
}

// String returns the text form.
func (i Inspection) String() string { return inspectionNames.String(i) }

// MarshalText encodes i as String does.
func (i Inspection) MarshalText() ([]byte, error) { return inspectionNames.Marshal(i) }

// UnmarshalText decodes the text form.
func (i *Inspection) UnmarshalText(b []byte) error { return inspectionNames.Unmarshal(b, i) }

// UnmarshalJSON decodes a JSON string; a bad value is an error naming the field.
func (i *Inspection) UnmarshalJSON(b []byte) error { return inspectionNames.DecodeJSON(b, i) }

// PenaltySeverity is how serious an administrative penalty was. The revised assessment measures
// (in force 2026-03-01) no longer bar an organization for a minor administrative penalty
// (轻微行政处罚); any other penalty still bars it. The zero value is "unknown".
type PenaltySeverity uint8

// The severities of an administrative penalty.
const (
	PenaltyMinor    PenaltySeverity = iota + 1 // 轻微行政处罚
	PenaltyNotMinor                            // a penalty that is not minor
)

var severityNames = enum.Names[PenaltySeverity]{
	Type: "PenaltySeverity",
	Text: []string{"", "minor", "not-minor"},
	Names: []socialorg.Text{{},
		{Hans: "轻微行政处罚", Hant: "輕微行政處罰", En: "a minor administrative penalty"},
		{Hans: "非轻微的行政处罚", Hant: "非輕微的行政處罰", En: "an administrative penalty that is not minor"}},
}

// String returns the text form.
func (v PenaltySeverity) String() string { return severityNames.String(v) }

// MarshalText encodes v as String does.
func (v PenaltySeverity) MarshalText() ([]byte, error) { return severityNames.Marshal(v) }

// UnmarshalText decodes the text form.
func (v *PenaltySeverity) UnmarshalText(b []byte) error { return severityNames.Unmarshal(b, v) }

// UnmarshalJSON decodes a JSON string; a bad value is an error naming the field.
func (v *PenaltySeverity) UnmarshalJSON(b []byte) error { return severityNames.DecodeJSON(b, v) }

// Candidate is an organization that wants to enter an assessment.
type Candidate struct {
	ID string `json:"id"`
	// Division is the GB/T 2260 code of its registration authority ("100000" for the Ministry of
	// Civil Affairs): CheckEntry applies the entry rules of that place, falling back to its
	// parents' and the nation's. When it is empty, the place is the options' (socialorg.In), else
	// the library's home, Guangzhou.
	Division   string         `json:"division,omitempty"`
	Registered socialorg.Date `json:"registered"`
	// Last is the grade it holds or held (zero Grade: never graded).
	Last Award `json:"last,omitzero"`
	// The annual inspections of last year and the year before (Order 39 Art. 7); zero: not given.
	LastInspection  Inspection `json:"last_inspection,omitzero"`
	PriorInspection Inspection `json:"prior_inspection,omitzero"`
	// Penalized: an administrative penalty last year, or one not yet carried out.
	Penalized bool `json:"penalized"`
	// PenaltySeverity says whether that penalty was minor (set only when Penalized). The revised
	// measures bar only a penalty that is not minor: an unknown severity gives no clean verdict.
	PenaltySeverity    PenaltySeverity `json:"penalty_severity,omitzero"`
	UnderInvestigation bool            `json:"under_investigation"`
	// AnnualReportFiled: last year's annual report was filed (Guangzhou's measures).
	AnnualReportFiled bool `json:"annual_report_filed"`
	// Credit is where the organization stands on the credit lists (registry.CreditStatus): the
	// national rules do not assess a national organization on either list. The zero status is
	// unknown, which leaves that bar undecided where it applies.
	Credit registry.CreditStatus `json:"credit_status,omitzero"`
}

// Validate checks a candidate: an ID of 1–128 bytes; a registration date; a Division, when given,
// of six digits; a penalty severity only with a penalty, and valid; a valid credit status and
// inspections. Every problem names its JSON path ("candidate.penalty_severity").
func (c Candidate) Validate() error {
	p := socialorg.Problems{Package: "standards"}
	if c.ID == "" || len(c.ID) > maxID {
		p.Add("candidate.id", c.ID, "1 … 128 bytes")
	}
	if c.Registered.IsZero() {
		p.Add("candidate.registered", "", "required")
	}
	if c.Division != "" && !socialorg.IsDivisionCode(c.Division) {
		p.Add("candidate.division", c.Division, "a GB/T 2260 code: six digits")
	}
	switch {
	case c.PenaltySeverity != 0 && !severityNames.Valid(c.PenaltySeverity):
		p.Add("candidate.penalty_severity", int(c.PenaltySeverity), "minor or not-minor")
	case c.PenaltySeverity != 0 && !c.Penalized:
		p.Add("candidate.penalty_severity", c.PenaltySeverity.String(), "set only when penalized")
	}
	if !c.Credit.IsValid() {
		p.Add("candidate.credit_status", int(c.Credit), "none, abnormal-list or serious-violation-list")
	}
	if c.LastInspection != 0 && !inspectionNames.Valid(c.LastInspection) {
		p.Add("candidate.last_inspection", int(c.LastInspection), "not-inspected, passed, basic-pass or failed")
	}
	if c.PriorInspection != 0 && !inspectionNames.Valid(c.PriorInspection) {
		p.Add("candidate.prior_inspection", int(c.PriorInspection), "not-inspected, passed, basic-pass or failed")
	}
	return p.Err()
}

// EntryResult is the outcome of CheckEntry: one finding per condition. A condition the input
// cannot decide (a penalty of unknown severity, an inspection or a credit status not given) is an
// undecided finding (socialorg.Finding.Undecided; Report.Undecided lists them), which keeps the
// result from being eligible until the caller gives what it needs.
type EntryResult struct {
	socialorg.Report
}

// Eligible reports whether the organization may enter the assessment: no finding failed and none
// was left undecided (Report.Verdict).
func (r EntryResult) Eligible() bool { return r.Clean() }

// MarshalJSON encodes the result with its verdict and "eligible", derived from the findings.
func (r EntryResult) MarshalJSON() ([]byte, error) {
	type plain EntryResult
	b, err := json.Marshal(plain(r))
	if err != nil {
		return nil, err
	}
	return socialorg.WithVerdict(b, r.Report, "eligible")
}

var fifthYearKey = socialorg.NewKey[bool]("standards.entry.fifth-year-open")

// ReapplyInFifthYear reads the revised measures' re-application rule (in force 2026-03-01: a
// graded organization may apply again 「在评估等级有效期的前4年内」) as leaving the fifth year of
// validity open too, as the time to renew a grade about to lapse. The sources do not say which
// reading holds: by default the fifth year is closed, and the organization enters again once its
// grade has lapsed, as under Order 39 Art. 6(2). The findings show which reading was applied.
func ReapplyInFifthYear() socialorg.Option { return socialorg.Set(fifthYearKey, true) }

// GuangzhouEntry makes CheckEntry judge a candidate that names no registration authority in
// Guangzhou, under Guangzhou's measures (穗社管规字〔2020〕4号 Arts. 6–7, then 穗民规字〔2024〕6号).
//
// Deprecated: a check judges in the candidate's Division, else the place socialorg.In gives, else
// Guangzhou, the library's home: GuangzhouEntry is socialorg.In("440100").
func GuangzhouEntry() socialorg.Option { return socialorg.In(socialorg.HomeCode) }

// fullYears reports whether n full calendar years (年度) have passed between registration and
// the year of asOf: the first full year is the year of registration when it was on 1 January,
// else the next one.
func fullYears(registered, asOf socialorg.Date, n int) bool {
	first := registered.Year() + 1
	if registered.Month() == time.January && registered.Day() == 1 {
		first = registered.Year()
	}
	return first+n <= asOf.Year()
}

// CheckEntry says whether an organization may enter an assessment at asOf, under the entry rules
// in force then at its registration authority's place (Candidate.Division; else the options'
// place, socialorg.In; else Guangzhou), each a dated parameter a jurisdiction may set:
//
//   - registered n full calendar years (standards.entry.min-registered-years): two under Order 39
//     Art. 6 (2011-03-01 to 2026-02-28), carried over by the revised measures (from 2026-03-01),
//     two under Guangzhou's measures (Art. 6(1));
//   - a graded organization enters again (standards.entry.reentry) once its grade has reached its
//     term (Order 39 Art. 6(2)); within the first four years of its validity (the revised
//     measures; ReapplyInFifthYear reads the fifth year as open too); once it has held it two
//     years (Guangzhou, Art. 6(2); a grade not renewed after its term counts as none);
//   - last year's inspection (standards.entry.inspection-bar): taken part in and passed, not
//     basically passed two years running (Order 39 Art. 7(1)–(2)); taken part in (kept by the
//     revised measures, which remove only the bars of a failed or twice basically passed
//     inspection, of an investigation and of a minor penalty); none in Guangzhou, whose measures
//     bar a missing annual report instead (standards.entry.annual-report-bar, Art. 7(1));
//   - no administrative penalty last year or pending (standards.entry.penalty-bar): any (Order
//     39 Art. 7(3); Guangzhou Art. 7(2)); other than a minor one (kept under the revised
//     measures);
//   - not under investigation (standards.entry.investigation-bar): Order 39 Art. 7(4) and
//     Guangzhou Art. 7(3); removed by the revised measures;
//   - not on either credit list (standards.entry.credit-list-bar), for a national organization
//     (Division 100000), under 《全国性社会组织评估管理规定》 (from 2021-12-10).
//
// Each finding cites the source of the value it applied. An input that cannot decide a condition
// (an inspection, a severity or a credit status not given, a prior inspection needed and not
// given) leaves it undecided, and the result not eligible.
//
// Errors: an ID of other than 1–128 bytes; no registration date; a Division that is not a
// division code; a severity without a penalty or out of range; a credit status out of range; a
// date before the rules (ErrNotInForce).
func CheckEntry(c Candidate, asOf socialorg.Date, opts ...socialorg.Option) (EntryResult, error) {
	if err := c.Validate(); err != nil {
		return EntryResult{Report: socialorg.Report{Findings: []socialorg.Finding{}}}, err
	}
	ck := socialorg.NewChecker(c.ID, asOf, opts...)
	if c.Division != "" {
		_ = ck.SetPlace("candidate.division", c.Division) // checked above
	}
	graded := isGrade(c.Last.Grade)
	var valid socialorg.Period
	if graded {
		var err error
		if valid, _, err = c.Last.validity(ck.Place(), opts); err != nil {
			return EntryResult{Report: socialorg.Report{Findings: []socialorg.Finding{}}}, err
		}
	}
	holding := graded && valid.Contains(asOf)
	ck.Grow(7)
	// Registered n full years: on or before 1 January of the year n years before asOf's.
	if n, cite, ok := entryRegisteredYears.Read(&ck); ok {
		ck.Verdict(ruleRegistered, fullYears(c.Registered, asOf, n), socialorg.Fig(c.Registered.String()),
			socialorg.Fig("≤ "+socialorg.NewDate(asOf.Year()-n, time.January, 1).String()), cite)
	}
	if re, cite, ok := entryReentry.Read(&ck); ok {
		reentry(&ck, re, cite, c.Last, valid, holding, asOf)
	}
	if bar, cite, ok := entryInspection.Read(&ck); ok {
		inspection(&ck, bar, cite, c)
	}
	if bar, cite, ok := entryAnnualReport.ReadOptional(&ck); ok && bar {
		ck.Verdict(ruleAnnualReport, c.AnnualReportFiled, socialorg.YesNo(c.AnnualReportFiled), socialorg.Words("yes"), cite)
	}
	if bar, cite, ok := entryPenalty.Read(&ck); ok {
		penalty(&ck, bar, cite, c)
	}
	if bar, cite, ok := entryInvestigation.Read(&ck); ok && bar {
		ck.Verdict(ruleInvestigation, !c.UnderInvestigation, socialorg.YesNo(c.UnderInvestigation), socialorg.Words("no"), cite)
	}
	// The credit lists bar the organizations of the jurisdiction that sets the bar itself.
	if r, err := entryCreditLists.Resolve(&ck); err == nil && r.Jurisdiction == ck.Place() && r.Value.(bool) {
		creditBar(&ck, ruleEntryCredit, c.Credit, r.Cite)
	}
	rep, err := ck.Finish()
	if err != nil {
		return EntryResult{Report: rep}, err
	}
	return EntryResult{Report: rep}, nil
}

// reentry judges when a graded organization may enter again.
func reentry(ck *socialorg.Checker, re Reentry, cite socialorg.Citation, last Award, valid socialorg.Period, holding bool, asOf socialorg.Date) {
	got := gradeHeld(last, holding)
	switch re.Kind {
	case ReentryAtTerm:
		// The grade must have reached its term: a grade still valid bars.
		want := socialorg.Words("term-reached")
		if holding {
			want = socialorg.Words("from " + valid.To.AddDays(1).String())
		}
		ck.Verdict(ruleGradeTerm, !holding, got, want, cite)
	case ReentryWithinFirstYears:
		fifth := ck.On(fifthYearKey)
		word := "first-years"
		if fifth {
			word = "first-years fifth-year-open"
		}
		want := socialorg.Words(word)
		last := valid.From.AddYears(re.Years).AddDays(-1)
		if fifth {
			last = valid.To
		}
		if holding {
			want = socialorg.Words("until " + last.String())
			if fifth {
				want = socialorg.Words("until " + last.String() + " fifth-year-open")
			}
		}
		ck.Verdict(ruleGradeTerm, !holding || !asOf.After(last), got, want, cite)
	case ReentryAfterYears:
		from := last.Notice.AddYears(re.Years)
		want := socialorg.Words("held-years")
		if holding {
			want = socialorg.Words("from " + from.String())
		}
		ck.Verdict(ruleGradeTerm, !holding || !asOf.Before(from), got, want, cite)
	}
}

// inspection judges last year's annual inspection under the bar in force.
func inspection(ck *socialorg.Checker, bar InspectionBar, cite socialorg.Citation, c Candidate) {
	got := socialorg.Words(c.LastInspection.String() + " " + c.PriorInspection.String())
	switch bar {
	case BarNotPassed:
		switch {
		case c.LastInspection == 0, c.LastInspection == BasicPass && c.PriorInspection == 0:
			// Not given: the year before is needed only after a basic pass.
			ck.Undecided(ruleInspection, socialorg.Words("unknown"), socialorg.Words("passed"), cite)
		default:
			ok := c.LastInspection == Passed || (c.LastInspection == BasicPass && c.PriorInspection != BasicPass)
			ck.Verdict(ruleInspection, ok, got, socialorg.Words("passed"), cite)
		}
	case BarNotInspected:
		if c.LastInspection == 0 {
			ck.Undecided(ruleInspected, socialorg.Words("unknown"), socialorg.Words("inspected"), cite)
			return
		}
		ck.Verdict(ruleInspected, c.LastInspection != NotInspected, socialorg.Words(c.LastInspection.String()), socialorg.Words("inspected"), cite)
	}
}

// penalty judges an administrative penalty under the bar in force.
func penalty(ck *socialorg.Checker, bar PenaltyBar, cite socialorg.Citation, c Candidate) {
	switch bar {
	case BarAnyPenalty:
		ck.Verdict(rulePenalty, !c.Penalized, socialorg.YesNo(c.Penalized), socialorg.Words("no"), cite)
	case BarPenaltyNotMinor:
		switch {
		case !c.Penalized:
			ck.Verdict(rulePenaltyNotMinor, true, socialorg.Words("no"), socialorg.Words("no-or-minor"), cite)
		case c.PenaltySeverity == 0:
			ck.Undecided(rulePenaltyNotMinor, socialorg.Words("yes severity-unknown"), socialorg.Words("no-or-minor"), cite)
		default:
			ck.Verdict(rulePenaltyNotMinor, c.PenaltySeverity == PenaltyMinor, socialorg.Words(c.PenaltySeverity.String()), socialorg.Words("no-or-minor"), cite)
		}
	}
}

// creditBar judges a bar on listed organizations: Pass on neither list, Fail on either, undecided
// when the status is unknown.
func creditBar(ck *socialorg.Checker, r *socialorg.Rule, s registry.CreditStatus, cite socialorg.Citation) {
	if !s.Known() {
		ck.Undecided(r, socialorg.Words("unknown"), socialorg.Words("none"), cite)
		return
	}
	ck.Verdict(r, !s.Listed(), socialorg.Words(s.String()), socialorg.Words("none"), cite)
}

// gradeHeld shows a candidate's grade: "none", or the grade and its notice date.
func gradeHeld(a Award, holding bool) socialorg.Value {
	if !holding {
		return socialorg.Words("none")
	}
	return socialorg.Words(a.Grade.String() + " " + a.Notice.String())
}

// Benefits lists the policies a valid grade opens at asOf (standards.grade.benefit-list: Order 39
// Art. 29): from 3A, priority for transferred functions, purchases of services and awards, and,
// for foundations and public-welfare social groups, the right to apply for pre-tax deduction of
// donations; from 4A, a simplified annual inspection. The revised measures' benefits (from
// 2026-03-01) are not confirmed: an asOf from then is an error matching socialorg.ErrNotInForce,
// as is one before 2011-03-01. The options may give the place (socialorg.In).
func Benefits(g registry.Grade, asOf socialorg.Date, opts ...socialorg.Option) ([]Benefit, error) {
	c := socialorg.NewChecker("", asOf, opts...)
	bs, _, _ := benefitList.Read(&c)
	if err := c.Err(); err != nil {
		return nil, err
	}
	if asOf.IsZero() {
		return nil, socialorg.MissingDate("as_of")
	}
	out := []Benefit{}
	for _, b := range bs {
		if isGrade(g) && g >= b.Min {
			out = append(out, b)
		}
	}
	return out, nil
}

var entryWords = func() map[string]socialorg.Text {
	w := map[string]socialorg.Text{}
	for k, v := range gradeWords {
		w[k] = v
	}
	for i, t := range inspectionNames.Text[1:] {
		w[t] = inspectionNames.Names[i+1]
	}
	w["term-reached"] = socialorg.Text{Hans: "无等级或等级有效期已满", Hant: "無等級或等級有效期已滿", En: "no grade, or its term reached"}
	w["first-years"] = socialorg.Text{Hans: "无等级或处于等级有效期的前几年", Hant: "無等級或處於等級有效期的前幾年", En: "no grade, or within the first years of its validity"}
	w["held-years"] = socialorg.Text{Hans: "无等级或获得等级已满规定年数", Hant: "無等級或獲得等級已滿規定年數", En: "no grade, or a grade held the years required"}
	w["fifth-year-open"] = socialorg.Text{Hans: "（按调用方的解读，第五年亦可申请）", Hant: "（按調用方的解讀，第五年亦可申請）", En: "(the fifth year open on the caller's reading)"}
	w["from"] = socialorg.Text{Hans: "不早于", Hant: "不早於", En: "from"}
	w["until"] = socialorg.Text{Hans: "不晚于", Hant: "不晚於", En: "until"}
	w["inspected"] = socialorg.Text{Hans: "参加了上年度年度检查", Hant: "參加了上年度年度檢查", En: "took part in last year's inspection"}
	w["no-or-minor"] = socialorg.Text{Hans: "无行政处罚或仅受轻微行政处罚", Hant: "無行政處罰或僅受輕微行政處罰", En: "no administrative penalty, or a minor one only"}
	w["minor"] = socialorg.Text{Hans: "轻微行政处罚", Hant: "輕微行政處罰", En: "minor penalty"}
	w["not-minor"] = socialorg.Text{Hans: "非轻微的行政处罚", Hant: "非輕微的行政處罰", En: "penalty not minor"}
	w["severity-unknown"] = socialorg.Text{Hans: "（处罚轻重未知）", Hant: "（處罰輕重未知）", En: "(severity unknown)"}
	return w
}()

// noteLocal says how a rule is applied in a place with measures of its own.
const noteLocal = "a jurisdiction with entry measures of its own applies the rule under them (Guangzhou: 穗社管规字〔2020〕4号, then 穗民规字〔2024〕6号); each finding cites the source of the value applied at the organization's place"

var (
	order39Only = []socialorg.Regime{{From: fromOrder39, Until: fromMeasures.AddDays(-1), Cite: citeOrder39("第七条"),
		Note: "removed as a bar by the revised measures in force 2026-03-01"}}
	// keptByGuangzhou is a bar of Order 39 Art. 7 the revised measures remove, which Guangzhou's
	// measures keep for the organizations Guangzhou registers.
	keptByGuangzhou = func(art, gzArt string) []socialorg.Regime {
		return []socialorg.Regime{
			{From: fromOrder39, Until: fromMeasures.AddDays(-1), Cite: citeOrder39(art)},
			{From: fromMeasures, Cite: citeGZ2024, Note: "removed from the national rules by the revised measures in force 2026-03-01; Guangzhou's measures keep it (" +
				gzArt + " of the 2020 measures; the 2024 measures' article numbers are not confirmed) for the organizations it registers (standards.entry.*-bar)"},
		}
	}

	ruleValidity = rule("standards.grade.validity", "评估等级有效期", "評估等級有效期", "validity of an assessment grade",
		[]socialorg.Regime{{From: fromOrder39, Until: fromMeasures.AddDays(-1), Cite: citeOrder39("第二十八条")},
			{From: fromMeasures, Cite: socialorg.Citation{Document: docMeasures26}, Note: noteMeasures26}}, nil)
	ruleBenefits = rule("standards.grade.benefits", "评估等级对应的优惠政策", "評估等級對應的優惠政策", "policies a grade opens",
		[]socialorg.Regime{{From: fromOrder39, Until: fromMeasures.AddDays(-1), Cite: citeOrder39("第二十九条")}}, nil)
	ruleRegistered = rule(RuleEntryRegistered, "登记满规定的年度数", "登記滿規定的年度數", "registered the full years required",
		[]socialorg.Regime{{From: fromOrder39, Until: fromMeasures.AddDays(-1), Cite: citeOrder39("第六条"), Note: noteLocal},
			{From: fromMeasures, Cite: socialorg.Citation{Document: docMeasures26}, Note: noteMeasures26 + "; the two-year condition is carried over from Order 39 Art. 6 (not confirmed in the revised text); " + noteLocal}}, entryWords)
	ruleGradeTerm = rule(RuleEntryGradeTerm, "已有等级的社会组织再次申请评估的时间", "已有等級的社會組織再次申請評估的時間", "when a graded organization may enter again",
		[]socialorg.Regime{{From: fromOrder39, Until: fromMeasures.AddDays(-1), Cite: citeOrder39("第六条"), Note: noteLocal},
			{From: fromMeasures, Cite: socialorg.Citation{Document: docMeasures26}, Note: noteMeasures26 +
				"; a graded organization may apply again within the first four years of its grade's validity. The sources do not say whether the fifth year is open: by default it is closed (the organization enters again once its grade has lapsed, as under Order 39 Art. 6(2)); ReapplyInFifthYear reads it as open; " + noteLocal}}, entryWords)
	ruleInspection = rule(RuleEntryInspection, "上年度参加年检且合格（未连续2年基本合格）", "上年度參加年檢且合格（未連續2年基本合格）",
		"inspected last year and passed (not basically passed two years running)",
		[]socialorg.Regime{{From: fromOrder39, Until: fromMeasures.AddDays(-1), Cite: citeOrder39("第七条第（一）项、第（二）项"),
			Note: "removed as a bar by the revised measures in force 2026-03-01, but for not taking part (standards.entry.inspected)"}}, entryWords)
	rulePenalty = rule(RuleEntryPenalty, "上年度未受行政处罚且无未执行完毕的行政处罚", "上年度未受行政處罰且無未執行完畢的行政處罰",
		"no administrative penalty last year, none pending", keptByGuangzhou("第七条第（三）项", "Art. 7(2)"), entryWords)
	ruleInvestigation = rule(RuleEntryInvestigated, "未被有关部门或司法机关立案调查", "未被有關部門或司法機關立案調查",
		"not under investigation by an authority", keptByGuangzhou("第七条第（四）项", "Art. 7(3)"), entryWords)

	// The bars of Order 39 Art. 7 that the revised measures are not said to remove.
	ruleInspected = rule(RuleEntryInspected, "参加了上年度年度检查", "參加了上年度年度檢查", "took part in last year's annual inspection",
		[]socialorg.Regime{{From: fromMeasures, Cite: citeOrder39("第七条第（一）项"), Note: noteKeptBar +
			": the revision removes the bars of a failed inspection or two basic passes running, of an investigation and of a minor penalty; not taking part in last year's inspection is kept"}}, entryWords)
	rulePenaltyNotMinor = rule(RuleEntryPenaltyNotMinor, "上年度未受轻微以外的行政处罚且无尚未执行完毕的此类处罚", "上年度未受輕微以外的行政處罰且無尚未執行完畢的此類處罰",
		"no administrative penalty other than a minor one last year, none pending",
		[]socialorg.Regime{{From: fromMeasures, Cite: citeOrder39("第七条第（三）项"), Note: noteKeptBar +
			": the revision removes minor administrative penalties (轻微行政处罚) as a bar; a penalty that is not minor is kept"}}, entryWords)

	// Guangzhou's measures: no assessment without last year's annual report.
	ruleAnnualReport = rule(RuleEntryAnnualReport, "上年度已提交年度报告", "上年度已提交年度報告", "last year's annual report filed",
		[]socialorg.Regime{
			{From: fromGZ2020, Until: fromGZ2024.AddDays(-1), Cite: socialorg.Citation{Document: docGZ2020, Article: "第七条第（一）项"}, Note: noteYearOnly + "; " + noteLocal},
			{From: fromGZ2024, Cite: citeGZ2024, Note: noteGZ2024 + "; " + noteLocal},
		}, entryWords)
	// The national organizations' rules: no assessment on either credit list.
	ruleEntryCredit = rule(RuleEntryCreditList, "未被列入社会组织活动异常名录或严重违法失信名单", "未被列入社會組織活動異常名錄或嚴重違法失信名單",
		"not on the abnormal-activity list nor the serious-violation list",
		[]socialorg.Regime{{From: fromNatAssess, Cite: socialorg.Citation{Document: docNationalAssessment}, Note: noteNatAssess}},
		creditWords())
)

// creditWords are the value words of a credit-list finding.
func creditWords() map[string]socialorg.Text {
	w := registry.CreditWords()
	w["none"] = socialorg.Text{Hans: "未列入名单", Hant: "未列入名單", En: "on neither list"}
	return w
}

// itoa is strconv.Itoa.
func itoa(i int) string { return strconv.Itoa(i) }

// isGrade reports whether g is one of 1A–5A.
func isGrade(g registry.Grade) bool { return g >= registry.Grade1A && g <= registry.Grade5A }
