package standards

import (
	"strconv"

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
// its results notice: Order 39 Art. 28 (notices from 2011-03-01), five years from the notice; the
// revised measures (notices from 2026-03-01), from 1 January of the year after the notice to 31
// December of the fifth year. A notice before 2011-03-01 is an error matching
// socialorg.ErrNotInForce; a zero grade is an error.
func (a Award) Validity() (socialorg.Period, socialorg.Citation, error) {
	if !isGrade(a.Grade) {
		return socialorg.Period{}, socialorg.Citation{}, socialorg.Invalid("award.grade", int(a.Grade), "1A … 5A")
	}
	cite, err := ruleValidity.At(a.Notice)
	if err != nil {
		return socialorg.Period{}, socialorg.Citation{}, err
	}
	if a.Notice.Before(fromMeasures) {
		return socialorg.Period{From: a.Notice, To: a.Notice.AddYears(5).AddDays(-1)}, cite, nil
	}
	y := a.Notice.Year()
	return socialorg.Period{From: socialorg.NewDate(y+1, 1, 1), To: socialorg.NewDate(y+5, 12, 31)}, cite, nil
}

// ValidAt reports whether the grade is valid on d.
func (a Award) ValidAt(d socialorg.Date) bool {
	p, _, err := a.Validity()
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
	ID         string         `json:"id"`
	Registered socialorg.Date `json:"registered"`
	// Last is the grade it holds or held (zero Grade: never graded).
	Last Award `json:"last,omitzero"`
	// The annual inspections of last year and the year before (Order 39 Art. 7).
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
}

// EntryResult is the outcome of CheckEntry.
type EntryResult struct {
	socialorg.Report
	// Eligible: no finding failed and none is undecided.
	Eligible bool `json:"eligible"`
	// Unknown lists the rules the input could not decide (a penalty of unknown severity, an
	// inspection not given), each a NotApplicable finding with Got "unknown": Eligible is false
	// until the caller gives what they need.
	Unknown []socialorg.RuleID `json:"unknown,omitempty"`
}

var (
	guangzhouEntryKey = socialorg.NewKey[bool]("standards.guangzhou-entry")
	fifthYearKey      = socialorg.NewKey[bool]("standards.entry.fifth-year-open")
)

// ReapplyInFifthYear reads the revised measures' re-application rule (in force 2026-03-01: a
// graded organization may apply again 「在评估等级有效期的前4年内」) as leaving the fifth year of
// validity open too, as the time to renew a grade about to lapse. The sources do not say which
// reading holds: by default the fifth year is closed, and the organization enters again once its
// grade has lapsed, as under Order 39 Art. 6(2). The findings show which reading was applied.
func ReapplyInFifthYear() socialorg.Option { return socialorg.Set(fifthYearKey, true) }

// GuangzhouEntry makes CheckEntry apply Guangzhou's measures (穗社管规字〔2020〕4号 Arts. 6–7, then
// 穗民规字〔2024〕6号), which Guangzhou's registration authorities apply to the organizations they
// register, instead of the national ones.
func GuangzhouEntry() socialorg.Option { return socialorg.Enable(guangzhouEntryKey) }

// fullYears reports whether two full calendar years (两个年度) have passed between registration
// and the year of asOf: the first full year is the year of registration when it was on 1 January,
// else the next one.
func fullYears(registered, asOf socialorg.Date, n int) bool {
	first := registered.Year() + 1
	if registered.Month() == 1 && registered.Day() == 1 {
		first = registered.Year()
	}
	return first+n <= asOf.Year()
}

// CheckEntry says whether an organization may enter an assessment at asOf. Nationally: Order 39
// (2011-03-01 to 2026-02-28) Art. 6, registered two full years and never graded, or a grade that
// has reached its five-year term; Art. 7, not without last year's inspection, not failed last
// year nor basically passed two years running, no administrative penalty last year or pending,
// not under investigation. The revised measures (from 2026-03-01) remove only the bars of a failed
// or twice basically passed inspection, of an investigation and of a minor administrative penalty,
// and let a graded organization apply again in the first four years of its grade's validity
// (ReapplyInFifthYear reads the fifth year as open too). The bars the sources do not say were
// removed are kept, citing Order 39 Art. 7: having taken part in last year's inspection, and no
// administrative penalty other than a minor one last year or pending (an unknown severity is
// undecided: Unknown lists it and Eligible is false). With GuangzhouEntry: registered two full
// years, no valid grade or one held two years (a grade not renewed after five years counts as
// none), last year's annual report filed, no penalty last year or pending, not under
// investigation.
func CheckEntry(c Candidate, asOf socialorg.Date, opts ...socialorg.Option) (EntryResult, error) {
	if c.ID == "" || len(c.ID) > 128 {
		return EntryResult{}, socialorg.Invalid("candidate.id", c.ID, "1 … 128 bytes")
	}
	if c.Registered.IsZero() {
		return EntryResult{}, socialorg.Invalid("candidate.registered", "", "required")
	}
	switch {
	case c.PenaltySeverity != 0 && !severityNames.Valid(c.PenaltySeverity):
		return EntryResult{}, socialorg.Invalid("candidate.penalty_severity", int(c.PenaltySeverity), "minor or not-minor")
	case c.PenaltySeverity != 0 && !c.Penalized:
		return EntryResult{}, socialorg.Invalid("candidate.penalty_severity", c.PenaltySeverity.String(), "set only when penalized")
	}
	ck := socialorg.NewChecker(c.ID, asOf, opts...)
	graded := isGrade(c.Last.Grade)
	var valid socialorg.Period
	if graded {
		var err error
		if valid, _, err = c.Last.Validity(); err != nil {
			return EntryResult{}, err
		}
	}
	holding := graded && valid.Contains(asOf)
	reg := socialorg.Fig(c.Registered.String())
	var unknown []socialorg.RuleID
	if ck.On(guangzhouEntryKey) {
		ck.Verdict(ruleGZRegistered, fullYears(c.Registered, asOf, 2), reg, socialorg.Words("two-full-years"), socialorg.Citation{})
		held := !holding || !asOf.Before(c.Last.Notice.AddYears(2))
		ck.Verdict(ruleGZGradeHeld, held, gradeHeld(c.Last, holding), socialorg.Words("none-or-held-2-years"), socialorg.Citation{})
		ck.Verdict(ruleGZReport, c.AnnualReportFiled, socialorg.YesNo(c.AnnualReportFiled), socialorg.Words("yes"), socialorg.Citation{})
		ck.Verdict(ruleGZPenalty, !c.Penalized, socialorg.YesNo(c.Penalized), socialorg.Words("no"), socialorg.Citation{})
		ck.Verdict(ruleGZInvestigation, !c.UnderInvestigation, socialorg.YesNo(c.UnderInvestigation), socialorg.Words("no"), socialorg.Citation{})
	} else {
		ck.Verdict(ruleRegistered, fullYears(c.Registered, asOf, 2), reg, socialorg.Words("two-full-years"), socialorg.Citation{})
		if asOf.Before(fromMeasures) {
			// Order 39: a graded organization enters again when its grade has reached its term.
			ck.Verdict(ruleGradeTerm, !holding, gradeHeld(c.Last, holding), socialorg.Words("term-reached"), socialorg.Citation{})
			insp := c.LastInspection != NotInspected && c.LastInspection != Failed && c.LastInspection != 0 &&
				!(c.LastInspection == BasicPass && c.PriorInspection == BasicPass)
			ck.Verdict(ruleInspection, insp, socialorg.Words(c.LastInspection.String()+" "+c.PriorInspection.String()), socialorg.Words("passed"), socialorg.Citation{})
			ck.Verdict(rulePenalty, !c.Penalized, socialorg.YesNo(c.Penalized), socialorg.Words("no"), socialorg.Citation{})
			ck.Verdict(ruleInvestigation, !c.UnderInvestigation, socialorg.YesNo(c.UnderInvestigation), socialorg.Words("no"), socialorg.Citation{})
		} else {
			// The revised measures: again within the first four years of the grade's validity
			// (and, on the caller's reading, in the fifth).
			fifth := ck.On(fifthYearKey)
			ok := !holding || asOf.Before(valid.From.AddYears(4)) || fifth
			want := "first-four-years"
			if fifth {
				want = "first-four-years-or-fifth"
			}
			ck.Verdict(ruleGradeTerm, ok, gradeHeld(c.Last, holding), socialorg.Words(want), socialorg.Citation{})
			// Kept bars: last year's inspection taken part in; no penalty other than a minor one.
			switch c.LastInspection {
			case 0:
				ck.NotApplicable(ruleInspected, socialorg.Words("unknown"), socialorg.Words("inspected"), socialorg.Citation{})
				unknown = append(unknown, ruleInspected.ID)
			default:
				ck.Verdict(ruleInspected, c.LastInspection != NotInspected, socialorg.Words(c.LastInspection.String()), socialorg.Words("inspected"), socialorg.Citation{})
			}
			switch {
			case !c.Penalized:
				ck.Verdict(rulePenaltyNotMinor, true, socialorg.Words("no"), socialorg.Words("no-or-minor"), socialorg.Citation{})
			case c.PenaltySeverity == 0:
				ck.NotApplicable(rulePenaltyNotMinor, socialorg.Words("yes severity-unknown"), socialorg.Words("no-or-minor"), socialorg.Citation{})
				unknown = append(unknown, rulePenaltyNotMinor.ID)
			default:
				ck.Verdict(rulePenaltyNotMinor, c.PenaltySeverity == PenaltyMinor, socialorg.Words(c.PenaltySeverity.String()), socialorg.Words("no-or-minor"), socialorg.Citation{})
			}
		}
	}
	rep, err := ck.Finish()
	if err != nil {
		return EntryResult{}, err
	}
	return EntryResult{Report: rep, Eligible: rep.OK() && len(unknown) == 0, Unknown: unknown}, nil
}

// gradeHeld shows a candidate's grade: "none", or the grade and its notice date.
func gradeHeld(a Award, holding bool) socialorg.Value {
	if !holding {
		return socialorg.Words("none")
	}
	return socialorg.Words(a.Grade.String() + " " + a.Notice.String())
}

// Benefit is a policy that a grade opens.
type Benefit struct {
	ID    string             `json:"id"`
	Title socialorg.Text     `json:"title"`
	Min   registry.Grade     `json:"min"` // the least grade that opens it
	Cite  socialorg.Citation `json:"cite"`
}

// benefits are Order 39 Art. 29's.
var benefits = []Benefit{
	{ID: "priority-services", Min: registry.Grade3A, Cite: citeOrder39("第二十九条"),
		Title: socialorg.Text{Hans: "优先接受政府职能转移、购买服务和奖励", Hant: "優先接受政府職能轉移、購買服務和獎勵", En: "priority for transferred government functions, purchases of services and awards"}},
	{ID: "pre-tax-deduction", Min: registry.Grade3A, Cite: citeOrder39("第二十九条"),
		Title: socialorg.Text{Hans: "基金会、公益性社会团体可申请公益性捐赠税前扣除资格", Hant: "基金會、公益性社會團體可申請公益性捐贈稅前扣除資格", En: "foundations and public-welfare social groups may apply for pre-tax deduction of donations"}},
	{ID: "simplified-inspection", Min: registry.Grade4A, Cite: citeOrder39("第二十九条"),
		Title: socialorg.Text{Hans: "年度检查时简化程序", Hant: "年度檢查時簡化程序", En: "simplified annual inspection"}},
}

// Benefits lists the policies a valid grade opens at asOf (Order 39 Art. 29): from 3A, priority for
// transferred functions, purchases of services and awards, and, for foundations and public-welfare
// social groups, the right to apply for pre-tax deduction of donations; from 4A, a simplified
// annual inspection. The revised measures' benefits (from 2026-03-01) are not confirmed: an asOf
// from then is an error matching socialorg.ErrNotInForce, as is one before 2011-03-01.
func Benefits(g registry.Grade, asOf socialorg.Date) ([]Benefit, error) {
	if _, err := ruleBenefits.At(asOf); err != nil {
		return nil, err
	}
	out := []Benefit{}
	for _, b := range benefits {
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
	w["two-full-years"] = socialorg.Text{Hans: "登记满两个年度", Hant: "登記滿兩個年度", En: "registered two full years"}
	w["term-reached"] = socialorg.Text{Hans: "无等级或等级有效期已满", Hant: "無等級或等級有效期已滿", En: "no grade, or its term reached"}
	w["first-four-years"] = socialorg.Text{Hans: "无等级或处于等级有效期前四年", Hant: "無等級或處於等級有效期前四年", En: "no grade, or in the first four years of its validity"}
	w["first-four-years-or-fifth"] = socialorg.Text{Hans: "无等级或处于等级有效期内（第五年按调用方的解读可申请）", Hant: "無等級或處於等級有效期內（第五年按調用方的解讀可申請）", En: "no grade, or within its validity (the fifth year open on the caller's reading)"}
	w["inspected"] = socialorg.Text{Hans: "参加了上年度年度检查", Hant: "參加了上年度年度檢查", En: "took part in last year's inspection"}
	w["no-or-minor"] = socialorg.Text{Hans: "无行政处罚或仅受轻微行政处罚", Hant: "無行政處罰或僅受輕微行政處罰", En: "no administrative penalty, or a minor one only"}
	w["minor"] = socialorg.Text{Hans: "轻微行政处罚", Hant: "輕微行政處罰", En: "minor penalty"}
	w["not-minor"] = socialorg.Text{Hans: "非轻微的行政处罚", Hant: "非輕微的行政處罰", En: "penalty not minor"}
	w["severity-unknown"] = socialorg.Text{Hans: "（处罚轻重未知）", Hant: "（處罰輕重未知）", En: "(severity unknown)"}
	w["none-or-held-2-years"] = socialorg.Text{Hans: "无评估等级或获得等级满2年", Hant: "無評估等級或獲得等級滿2年", En: "no grade, or a grade held 2 years"}
	return w
}()

var (
	order39Only = []socialorg.Regime{{From: fromOrder39, Until: fromMeasures.AddDays(-1), Cite: citeOrder39("第七条"),
		Note: "removed as a bar by the revised measures in force 2026-03-01"}}
	gzRegimes = func(art string) []socialorg.Regime {
		return []socialorg.Regime{
			{From: fromGZ2020, Until: fromGZ2024.AddDays(-1), Cite: socialorg.Citation{Document: docGZ2020, Article: art}, Note: noteYearOnly},
			{From: fromGZ2024, Cite: citeGZ2024, Note: noteYearOnly + "; article numbers of the 2024 measures not confirmed"},
		}
	}

	ruleValidity = rule("standards.grade.validity", "评估等级有效期", "評估等級有效期", "validity of an assessment grade",
		[]socialorg.Regime{{From: fromOrder39, Until: fromMeasures.AddDays(-1), Cite: citeOrder39("第二十八条")},
			{From: fromMeasures, Cite: socialorg.Citation{Document: docMeasures26}, Note: noteMeasures26}}, nil)
	ruleBenefits = rule("standards.grade.benefits", "评估等级对应的优惠政策", "評估等級對應的優惠政策", "policies a grade opens",
		[]socialorg.Regime{{From: fromOrder39, Until: fromMeasures.AddDays(-1), Cite: citeOrder39("第二十九条")}}, nil)
	ruleRegistered = rule(RuleEntryRegistered, "登记满两个年度", "登記滿兩個年度", "registered two full years",
		[]socialorg.Regime{{From: fromOrder39, Until: fromMeasures.AddDays(-1), Cite: citeOrder39("第六条")},
			{From: fromMeasures, Cite: socialorg.Citation{Document: docMeasures26}, Note: noteMeasures26 + "; the two-year condition is carried over from Order 39 Art. 6 (not confirmed in the revised text)"}}, entryWords)
	ruleGradeTerm = rule(RuleEntryGradeTerm, "已有等级的社会组织再次申请评估的时间", "已有等級的社會組織再次申請評估的時間", "when a graded organization may enter again",
		[]socialorg.Regime{{From: fromOrder39, Until: fromMeasures.AddDays(-1), Cite: citeOrder39("第六条")},
			{From: fromMeasures, Cite: socialorg.Citation{Document: docMeasures26}, Note: noteMeasures26 +
				"; a graded organization may apply again within the first four years of its grade's validity. The sources do not say whether the fifth year is open: by default it is closed (the organization enters again once its grade has lapsed, as under Order 39 Art. 6(2)); ReapplyInFifthYear reads it as open"}}, entryWords)
	ruleInspection = rule(RuleEntryInspection, "上年度参加年检且合格（未连续2年基本合格）", "上年度參加年檢且合格（未連續2年基本合格）",
		"inspected last year and passed (not basically passed two years running)", order39Only, entryWords)
	rulePenalty = rule(RuleEntryPenalty, "上年度未受行政处罚且无未执行完毕的行政处罚", "上年度未受行政處罰且無未執行完畢的行政處罰",
		"no administrative penalty last year, none pending", order39Only, entryWords)
	ruleInvestigation = rule(RuleEntryInvestigated, "未被有关部门或司法机关立案调查", "未被有關部門或司法機關立案調查",
		"not under investigation by an authority", order39Only, entryWords)

	// The bars of Order 39 Art. 7 that the revised measures are not said to remove.
	ruleInspected = rule(RuleEntryInspected, "参加了上年度年度检查", "參加了上年度年度檢查", "took part in last year's annual inspection",
		[]socialorg.Regime{{From: fromMeasures, Cite: citeOrder39("第七条第（一）项"), Note: noteKeptBar +
			": the revision removes the bars of a failed inspection or two basic passes running, of an investigation and of a minor penalty; not taking part in last year's inspection is kept"}}, entryWords)
	rulePenaltyNotMinor = rule(RuleEntryPenaltyNotMinor, "上年度未受轻微以外的行政处罚且无尚未执行完毕的此类处罚", "上年度未受輕微以外的行政處罰且無尚未執行完畢的此類處罰",
		"no administrative penalty other than a minor one last year, none pending",
		[]socialorg.Regime{{From: fromMeasures, Cite: citeOrder39("第七条第（三）项"), Note: noteKeptBar +
			": the revision removes minor administrative penalties (轻微行政处罚) as a bar; a penalty that is not minor is kept"}}, entryWords)

	ruleGZRegistered = rule("standards.guangzhou.entry.registered-years", "广州：登记满两个年度", "廣州：登記滿兩個年度",
		"Guangzhou: registered two full years", gzRegimes("第六条第（一）项"), entryWords)
	ruleGZGradeHeld = rule("standards.guangzhou.entry.grade-held", "广州：无评估等级或获得的评估等级满2年", "廣州：無評估等級或獲得的評估等級滿2年",
		"Guangzhou: no grade, or a grade held 2 years", gzRegimes("第六条第（二）项"), entryWords)
	ruleGZReport = rule(RuleEntryAnnualReport, "广州：上年度已提交年度报告", "廣州：上年度已提交年度報告",
		"Guangzhou: last year's annual report filed", gzRegimes("第七条第（一）项"), entryWords)
	ruleGZPenalty = rule("standards.guangzhou.entry.penalty", "广州：上年度未受行政处罚且无未执行完毕的行政处罚", "廣州：上年度未受行政處罰且無未執行完畢的行政處罰",
		"Guangzhou: no administrative penalty last year, none pending", gzRegimes("第七条第（二）项"), entryWords)
	ruleGZInvestigation = rule("standards.guangzhou.entry.investigation", "广州：未被有关政府部门或司法机关立案调查", "廣州：未被有關政府部門或司法機關立案調查",
		"Guangzhou: not under investigation by an authority", gzRegimes("第七条第（三）项"), entryWords)
)

// itoa is strconv.Itoa.
func itoa(i int) string { return strconv.Itoa(i) }

// isGrade reports whether g is one of 1A–5A.
func isGrade(g registry.Grade) bool { return g >= registry.Grade1A && g <= registry.Grade5A }
