package calendar

import (
	"errors"
	"hash/fnv"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/partybuilding"
	"github.com/socialorg/socialorg/registry"
	"github.com/socialorg/socialorg/standards"
)

// MaxTasks bounds the tasks one call lists (a profile with a million trusts over a century would
// give a hundred million): past it Obligations is refused, asking for a shorter period.
const MaxTasks = 1 << 21

var asOfKey = socialorg.NewKey[socialorg.Date]("calendar.as-of")

// AsOf judges every task's status at d (Task.Status) and fills the calendar's Report with the
// risks the profile carries at d: an overdue task's failure, what its credit status bars
// (registry.CheckCreditBars), a Party organization the rules require and the profile lacks, and
// the pre-tax deduction conditions judged from its figures.
func AsOf(d socialorg.Date) socialorg.Option { return socialorg.Set(asOfKey, d) }

// ErrTooMany is matched by the error of a call that would list more than MaxTasks tasks.
var ErrTooMany = errors.New("calendar: too many tasks; ask for a shorter period")

// Obligations lists what the profile must do with a due date in [from, to]: each task dated (its
// window's first day and its due day), cited (the article that sets the deadline, at the date the
// obligation arose, in the organization's place), with the consequence of missing it, sorted by
// due day then ID. The rules:
//
//   - yearly reports: a social group or social service agency reports on the previous year to its
//     supervising unit by 31 March and to the registration authority by 31 May (Order 250 Art. 28,
//     Order 251 Art. 23), a foundation to the registration authority by 31 March (Order 400 Art.
//     36); missing the registration authority's day is a reason for the abnormal list (Order 60).
//     A charity's annual work and financial reports go to its civil-affairs department with them
//     (Charity Law Art. 13, with fundraising costs and foreign cooperation from 2024-09-05) and are
//     published by 31 May (Order 61 from 2018-09-01, Order 81 from 2026-01-01), with the list of
//     related parties filed by 31 May (Order 81 Art. 15, from 2026);
//   - events: major asset changes and related-party dealings published within 30 days (Order 61,
//     then Order 81 Arts. 13–14); a project's leftovers within 3 months of its end and the
//     evaluation of a campaign's partners within 3 months of its end (Order 81); a trust filed by
//     its trustee within 7 days of signing (Charity Law Art. 45) and within 7 days of a change of
//     trustee (Art. 47, Art. 48 from 2024-09-05), reported yearly (Art. 48/49), published by a
//     settlor charity within 30 days (Order 81 Art. 12); in Guangzhou, donors' queries answered
//     within 20 days, a plan's change of use filed within 10 days of the board's decision, a public
//     notice of at least 60 days where the donor cannot be reached, and transactions with
//     founders, major donors and managers published within 30 days of their end (《广州市慈善促进条例》
//     Arts. 23, 24, 33) — these hold where the organization's registration authority is in
//     Guangzhou, read from local parameters, and nowhere else;
//   - the grade's expiry and, from 2026-03-01, its re-application window (package standards'
//     Award.Validity);
//   - the audited special report by 31 March for an organization eligible for pre-tax deduction
//     (27号 Art. 4(2));
//   - a charitable activity within two years of the last (Charity Law Art. 17(3)), and leaving the
//     abnormal list before two years on it make it a serious violation (Order 60).
//
// Days are counted from the day after the event (民法典 Art. 201), months to the same day of the
// month (Art. 202, clamped to the month's end); a deadline is not moved past a holiday (Art. 203),
// since the library keeps no holiday calendar. A rule not in force on the day the obligation arose
// (or, for a yearly report, on 1 January of the due year) gives no task.
//
// Errors: a profile that fails Validate (every problem named by its JSON path), a missing from
// or to, to before from, a period over 100 years, a profile and period whose tasks could exceed
// MaxTasks (counted as 8 a year, 2 an event and 1 a year per trust held; ErrTooMany, refused before
// any task is built), a bad
// option (a place that is not a division code, a supplied value that fails its check).
func Obligations(p Profile, from, to socialorg.Date, opts ...socialorg.Option) (Calendar, error) {
	empty := Calendar{Tasks: []Task{}, Period: socialorg.Period{From: from, To: to}, Report: socialorg.Report{Findings: []socialorg.Finding{}}}
	pr := socialorg.Problems{Package: "calendar"}
	switch {
	case from.IsZero():
		pr.Add("from", "", "required: the first day of the period")
	case to.IsZero():
		pr.Add("to", "", "required: the last day of the period")
	case to.Before(from):
		pr.Add("to", to, "not before from ("+from.String()+")")
	case from.AddYears(MaxPeriodYears).Before(to):
		pr.Add("to", to, "at most 100 years after from")
	}
	p.validate(&pr)
	if err := pr.Err(); err != nil {
		return empty, err
	}
	probe := socialorg.NewChecker("", from, opts...)
	if err := probe.Err(); err != nil {
		return empty, err
	}
	asOf, _ := socialorg.Get(&probe, asOfKey)
	if bound := taskBound(p, from, to); bound > MaxTasks {
		return empty, &socialorg.InputError{Field: "to", Value: to.String(), Rule: "a period whose tasks are at most 2,097,152 (8 a year, 2 an event, 1 a year per trust held)", Err: ErrTooMany}
	}
	kind, _ := p.kind()
	b := &builder{p: p, kind: kind, code: p.Code.String(), place: p.Code.Division(), from: from, to: to, opts: opts}
	b.tasks = make([]Task, 0, min(taskBound(p, from, to), 1<<16+len(p.Events)))
	b.yearly()
	b.events()
	b.grade()
	b.credit()
	b.dormancy()
	if b.err != nil {
		return empty, b.err
	}
	b.finish()
	out := Calendar{Tasks: b.tasks, Period: socialorg.Period{From: from, To: to}, Report: socialorg.Report{Findings: []socialorg.Finding{}}}
	if !asOf.IsZero() {
		out.AsOf = asOf
		for i := range out.Tasks {
			out.Tasks[i].Status = out.Tasks[i].StatusAt(asOf)
		}
		rep, err := b.report(out, asOf)
		if err != nil {
			return empty, err
		}
		out.Report = rep
	}
	return out, nil
}

// taskBound is an upper bound on the tasks of a call: 8 a year, 2 an event, and one a year for
// each trust held as trustee.
func taskBound(p Profile, from, to socialorg.Date) int {
	years := to.Year() - from.Year() + 1
	n := 8*years + 2*len(p.Events) + 4
	for _, e := range p.Events {
		if (e.Kind == EventTrustSigned || e.Kind == EventTrusteeChanged) && e.role() == RoleTrustee {
			n += years
		}
	}
	return n
}

// builder collects the tasks of one call.
type builder struct {
	p            Profile
	kind         registry.Kind
	code, place  string
	from, to     socialorg.Date
	opts         []socialorg.Option
	tasks        []Task
	err          error
	lastActivity socialorg.Date
}

func (b *builder) fail(err error) {
	if b.err == nil {
		b.err = err
	}
}

// read resolves a parameter at a date in the organization's place; ok is false where no value is
// in force then and there (the obligation does not arise).
func read[T any](b *builder, p socialorg.Param[T], at socialorg.Date) (T, socialorg.Citation, bool) {
	c := socialorg.NewChecker(b.code, at, b.opts...)
	c.SetPlace("profile.code", b.place)
	v, cite, ok := p.ReadOptional(&c)
	if err := c.Err(); err != nil {
		b.fail(err)
		return v, cite, false
	}
	return v, cite, ok
}

// add records a task whose due day falls in the period.
func (b *builder) add(t Task) {
	if t.Due.IsZero() || t.Due.Before(b.from) || t.Due.After(b.to) || b.err != nil {
		return
	}
	if len(b.tasks) >= MaxTasks {
		b.fail(&socialorg.InputError{Field: "to", Value: b.to.String(), Rule: "a period that gives at most 2,097,152 tasks", Err: ErrTooMany})
		return
	}
	t.Subject = b.code
	b.tasks = append(b.tasks, t)
}

// consequence names the rule a missed task triggers, cited as in force at d.
func consequence(id socialorg.RuleID, d socialorg.Date) Consequence {
	r, ok := ruleIndex[id]
	if !ok {
		return Consequence{}
	}
	cite, err := r.At(d)
	if err != nil {
		return Consequence{}
	}
	return Consequence{Rule: id, Cite: cite}
}

// ruleIndex holds the rules the calendar names as consequences: its own and registry's credit
// rules (declared before this package initializes).
var ruleIndex = func() map[socialorg.RuleID]*socialorg.Rule {
	m := map[socialorg.RuleID]*socialorg.Rule{}
	for _, rs := range [][]socialorg.Rule{registry.Rules()} {
		for i := range rs {
			r := rs[i]
			m[r.ID] = &r
		}
	}
	for _, r := range []*socialorg.Rule{consTermination, consCharityReport, consDisclosure, consTrustUntaxed, consTrustReport, consGuangzhouOther} {
		m[r.ID] = r
	}
	return m
}()

// yearly adds the tasks that fall each year: annual reports, disclosure, related-party list,
// pre-tax report, trustees' yearly reports.
func (b *builder) yearly() {
	first := max(b.from.Year(), b.p.Registered.Year()+1)
	for y := first; y <= b.to.Year() && b.err == nil; y++ {
		jan1 := socialorg.NewDate(y, 1, 1)
		yearTask := func(r *socialorg.Rule, p socialorg.Param[MonthDay], cons socialorg.RuleID) socialorg.Date {
			md, cite, ok := read(b, p, jan1)
			if !ok {
				return socialorg.Date{}
			}
			due := md.In(y)
			b.add(Task{ID: taskID(b.code, string(r.ID), due, ""), Rule: r.ID, Opens: jan1, Due: due, Cite: cite, Consequence: consequence(cons, due)})
			return due
		}
		var authorityDay socialorg.Param[MonthDay]
		switch b.kind {
		case registry.SocialGroup:
			if !b.p.DirectlyRegistered {
				yearTask(ruleSGSupervisor, sgSupervisorDay, "")
			}
			yearTask(ruleSGAuthority, sgAuthorityDay, consAbnormalList)
			authorityDay = sgAuthorityDay
		case registry.SocialServiceAgency:
			if !b.p.DirectlyRegistered {
				yearTask(ruleSSASupervisor, ssaSupervisorDay, "")
			}
			yearTask(ruleSSAAuthority, ssaAuthorityDay, consAbnormalList)
			authorityDay = ssaAuthorityDay
		case registry.Foundation:
			yearTask(ruleFoundation, foundationDay, consAbnormalList)
			authorityDay = foundationDay
		}
		if b.p.Charity {
			if cite, err := ruleCharityReport.At(jan1); err == nil {
				if md, _, ok := read(b, authorityDay, jan1); ok {
					due := md.In(y)
					b.add(Task{ID: taskID(b.code, string(RuleCharityAnnualReport), due, ""), Rule: RuleCharityAnnualReport, Opens: jan1, Due: due,
						Cite: cite, Consequence: consequence(ConsequenceCharityReport, due)})
				}
			}
			yearTask(ruleDisclosure, disclosureDay, ConsequenceDisclosure)
			yearTask(ruleRelatedList, relatedListDay, "")
		}
		if b.p.PreTaxDeduction {
			yearTask(rulePreTaxReport, preTaxDay, "")
		}
	}
	b.trustYearly()
}

// trustYearly adds a trustee's yearly report for each trust it holds, for each calendar year from
// the one it became trustee until the trust ended.
func (b *builder) trustYearly() {
	ends := map[string]socialorg.Date{}
	for _, e := range b.p.Events {
		if e.Kind == EventTrustEnded {
			if d, ok := ends[e.Ref]; !ok || e.On.Before(d) {
				ends[e.Ref] = e.On
			}
		}
	}
	for _, e := range b.p.Events {
		if (e.Kind != EventTrustSigned && e.Kind != EventTrusteeChanged) || e.role() != RoleTrustee || b.err != nil {
			continue
		}
		end, ended := ends[e.Ref]
		digest := eventDigest(e)
		for y := max(e.On.Year(), b.from.Year()); y <= b.to.Year() && b.err == nil; y++ {
			due := socialorg.NewDate(y, 12, 31)
			if ended && due.After(end) {
				break
			}
			cite, err := ruleTrustYearly.At(due)
			if err != nil {
				continue
			}
			opens := later(socialorg.NewDate(y, 1, 1), e.On)
			b.add(Task{ID: taskID(b.code, string(RuleTrustYearlyReport), due, digest), Rule: RuleTrustYearlyReport, Opens: opens, Due: due,
				Cite: cite, Ref: e.Ref, Consequence: consequence(ConsequenceTrustReport, due)})
		}
	}
}

// later returns the later of two dates.
func later(x, y socialorg.Date) socialorg.Date {
	if x.Compare(y) >= 0 {
		return x
	}
	return y
}

// eventDigest is a short, stable digest of an event: its kind, day, reference and role.
func eventDigest(e Event) string {
	h := fnv.New64a()
	h.Write([]byte(e.Kind))
	h.Write([]byte{0})
	h.Write([]byte(e.On.String()))
	h.Write([]byte{0})
	h.Write([]byte(e.Ref))
	h.Write([]byte{0})
	h.Write([]byte(e.role()))
	s := strconv.FormatUint(h.Sum64(), 16)
	for len(s) < 16 {
		s = "0" + s
	}
	return s
}

// span is how a window is counted: days after the event, or months.
type span uint8

const (
	days span = iota
	months
)

// eventTask adds the task an event opens under rule r, with its window from parameter p.
func (b *builder) eventTask(e Event, r *socialorg.Rule, p socialorg.Param[int], unit span, cons socialorg.RuleID) {
	n, cite, ok := read(b, p, e.On)
	if !ok {
		return
	}
	due := e.On.AddDays(n)
	if unit == months {
		due = e.On.AddMonths(n)
	}
	b.add(Task{ID: taskID(b.code, string(r.ID), due, eventDigest(e)), Rule: r.ID, Opens: e.On, Due: due, Cite: cite, Ref: e.Ref,
		Consequence: consequence(cons, due)})
}

// events adds the tasks events open.
func (b *builder) events() {
	ch := b.p.Charity
	gzCons := ConsequenceGuangzhouOther
	if ch {
		gzCons = ConsequenceDisclosure
	}
	for _, e := range b.p.Events {
		if b.err != nil {
			return
		}
		// An event whose every window ends before the period cannot give a task in it: the
		// longest window is a few months (the yearly trust reports are counted separately).
		if e.On.AddYears(1).Before(b.from) || e.On.After(b.to) {
			if e.Kind == EventCharitableActivity && (b.lastActivity.IsZero() || e.On.After(b.lastActivity)) {
				b.lastActivity = e.On
			}
			continue
		}
		switch e.Kind {
		case EventTrustSigned:
			if e.role() == RoleSettlor {
				if ch {
					b.eventTask(e, ruleSettlor, settlorDays, days, ConsequenceDisclosure)
				}
				continue
			}
			b.eventTask(e, ruleTrustFiling, trustFilingDays, days, ConsequenceTrustUntaxed)
		case EventTrusteeChanged:
			b.eventTask(e, ruleTrustChange, trustChangeDays, days, "")
		case EventRelatedPartyDeal:
			if ch {
				b.eventTask(e, ruleRelatedDeal, relatedDealDays, days, ConsequenceDisclosure)
			}
			b.eventTask(e, ruleGZRelated, gzRelatedDays, days, gzCons)
		case EventMajorAssetChange:
			if ch {
				b.eventTask(e, ruleMajorChange, majorChangeDays, days, ConsequenceDisclosure)
			}
		case EventProjectEnded:
			if ch {
				b.eventTask(e, ruleLeftovers, leftoverMonths, months, ConsequenceDisclosure)
			}
		case EventCampaignEnded:
			if ch && b.p.PublicFundraising {
				b.eventTask(e, rulePartners, partnerMonths, months, ConsequenceDisclosure)
			}
		case EventUseChanged:
			if ch {
				b.eventTask(e, ruleGZUseChange, gzUseChangeDays, days, "")
			}
		case EventDonorUnreachableNotice:
			b.eventTask(e, ruleGZNotice, gzNoticeDays, days, "")
		case EventDonorQuery:
			cons := socialorg.RuleID(ConsequenceGuangzhouOther)
			if ch {
				cons = ""
			}
			b.eventTask(e, ruleGZDonorQuery, gzDonorQueryDays, days, cons)
		case EventCharitableActivity:
			if b.lastActivity.IsZero() || e.On.After(b.lastActivity) {
				b.lastActivity = e.On
			}
		}
	}
}

// grade adds the grade's expiry and its re-application window.
func (b *builder) grade() {
	if b.p.Grade == registry.NoGrade || b.err != nil {
		return
	}
	valid, cite, err := standards.Award{Org: b.code, Grade: b.p.Grade, Notice: b.p.GradeNoticed}.Validity()
	if err != nil {
		if !errors.Is(err, socialorg.ErrNotInForce) {
			b.fail(err)
		}
		return
	}
	b.add(Task{ID: taskID(b.code, string(RuleGradeExpiry), valid.To, ""), Rule: RuleGradeExpiry, Opens: valid.From, Due: valid.To, Cite: cite})
	opens := later(valid.From, fromMeasures26)
	n, rcite, ok := read(b, reapplyYears, opens)
	if !ok {
		return
	}
	end := valid.From.AddYears(n).AddDays(-1)
	if end.Before(opens) {
		return
	}
	b.add(Task{ID: taskID(b.code, string(RuleGradeReapply), end, ""), Rule: RuleGradeReapply, Opens: opens, Due: end, Cite: rcite})
}

// credit adds the task of leaving the abnormal list before the listing turns serious.
func (b *builder) credit() {
	if b.err != nil {
		return
	}
	on, cite, ok := b.p.Credit.SeriousFrom(b.opts...)
	if !ok {
		return
	}
	due := on.AddDays(-1)
	lcite, err := ruleLeaveAbnormal.At(b.p.Credit.Since)
	if err != nil {
		return
	}
	b.add(Task{ID: taskID(b.code, string(RuleLeaveAbnormalList), due, ""), Rule: RuleLeaveAbnormalList, Opens: b.p.Credit.Since, Due: due,
		Cite: lcite, Consequence: Consequence{Rule: consSerious, Cite: cite}})
}

// dormancy adds a charity's next charitable-activity deadline: two years from the last activity
// (or from registration, or from the Charity Law's entry into force, whichever is latest).
func (b *builder) dormancy() {
	if !b.p.Charity || b.err != nil {
		return
	}
	base := later(later(b.p.Registered, fromCharity16), b.lastActivity)
	n, cite, ok := read(b, dormancyYears, base)
	if !ok {
		return
	}
	due := base.AddYears(n)
	b.add(Task{ID: taskID(b.code, string(RuleDormancy), due, ""), Rule: RuleDormancy, Opens: base, Due: due, Cite: cite,
		Consequence: consequence(ConsequenceTermination, due)})
}

// finish makes IDs unique (a repeated event gives "#2", "#3"… in profile order), applies the
// completions and sorts.
func (b *builder) finish() {
	seen := make(map[string]int, len(b.tasks))
	for i := range b.tasks {
		id := b.tasks[i].ID
		if n := seen[id]; n > 0 {
			seen[id] = n + 1
			b.tasks[i].ID = id + "#" + strconv.Itoa(n+1)
		} else {
			seen[id] = 1
		}
	}
	if len(b.p.Done) > 0 {
		done := make(map[string]socialorg.Date, len(b.p.Done))
		for _, c := range b.p.Done {
			done[c.ID] = c.On
		}
		for i := range b.tasks {
			if d, ok := done[b.tasks[i].ID]; ok {
				b.tasks[i].Done = d
			}
		}
	}
	sortTasks(b.tasks)
	if b.tasks == nil {
		b.tasks = []Task{}
	}
}

// report judges the risks the profile carries at asOf.
func (b *builder) report(cal Calendar, asOf socialorg.Date) (socialorg.Report, error) {
	overdue := 0
	for i := range cal.Tasks {
		if cal.Tasks[i].Status == Overdue {
			overdue++
		}
	}
	rep := socialorg.Report{Findings: make([]socialorg.Finding, 0, overdue+8)}
	for _, t := range cal.Tasks {
		if t.Status != Overdue {
			continue
		}
		rep.Add(socialorg.Finding{Rule: t.Rule, Subject: b.code, Outcome: socialorg.Fail, Got: "overdue not-done", GotWords: true,
			Want: "≤ " + t.Due.String(), Cite: t.Cite})
	}
	bars, err := registry.CheckCreditBars(b.code, b.p.Credit.Status, asOf, b.opts...)
	if err != nil {
		return rep, err
	}
	rep.Add(bars.Findings...)
	if u := b.p.Party; u != nil && ruleParty.InForce(asOf) {
		req, err := partybuilding.RequireAt(u.Formal, u.Probationary, asOf, b.opts...)
		if err != nil {
			return rep, err
		}
		cite, _ := ruleParty.At(asOf)
		need := req.Form.IsOrganization()
		has := u.Has.IsOrganization()
		o := socialorg.OutcomeOf(!need || has)
		if !need {
			o = socialorg.NotApplicable
		}
		rep.Add(socialorg.Finding{Rule: RulePartyOrganization, Subject: b.code, Outcome: o, Got: formWord(u.Has), Want: formWord(req.Form), GotWords: true, WantWords: true, Cite: cite})
	}
	if b.p.PreTaxDeduction && len(b.p.PreTaxFigures) > 0 && rulePreTaxCharitable.InForce(asOf) {
		if err := b.preTax(&rep, asOf); err != nil {
			return rep, err
		}
	}
	rep.Version, rep.RulesDigest = socialorg.Version, socialorg.RulesDigest()
	return rep, nil
}

// formWord is a Party-organization form as a value word ("none" for none).
func formWord(f partybuilding.Form) string {
	if f == 0 {
		return "none"
	}
	return f.String()
}

// preTax judges 27号 Art. 4(3) and (4) on each year's figures, with the caller's ratios.
func (b *builder) preTax(rep *socialorg.Report, asOf socialorg.Date) error {
	c := socialorg.NewChecker(b.code, asOf, b.opts...)
	c.SetPlace("profile.code", b.place)
	minP, maxP := preTaxMin, preTaxMax
	if b.p.PublicFundraising {
		minP, maxP = preTaxPFMin, preTaxPFMax
	}
	minR, minCite, minOK := minP.Read(&c)
	maxR, maxCite, maxOK := maxP.Read(&c)
	if err := c.Err(); err != nil {
		return err
	}
	ccite, _ := rulePreTaxCharitable.At(asOf)
	mcite, _ := rulePreTaxManagement.At(asOf)
	for i, f := range b.p.PreTaxFigures {
		subject := b.code + " [" + strconv.Itoa(i) + "]"
		base := f.PriorYearNetAssets
		if b.p.PublicFundraising {
			base = f.PriorYearIncome
		}
		got := f.CharitableExpenditure.String() + " / " + base.String()
		if !minOK {
			rep.Add(socialorg.Finding{Rule: RulePreTaxCharitable, Subject: subject, Outcome: socialorg.NotApplicable, Got: got, Want: "unset", WantWords: true, Cite: ccite})
		} else {
			ok := f.CharitableExpenditure.Mul(decimal.NewFromInt(minR.Den)).Cmp(base.Mul(decimal.NewFromInt(minR.Num))) >= 0
			rep.Add(socialorg.Finding{Rule: RulePreTaxCharitable, Subject: subject, Outcome: socialorg.OutcomeOf(ok), Got: got, Want: "≥ " + minR.String(), Cite: minCite})
		}
		got = f.ManagementExpense.String() + " / " + f.TotalExpenditure.String()
		if !maxOK {
			rep.Add(socialorg.Finding{Rule: RulePreTaxManagement, Subject: subject, Outcome: socialorg.NotApplicable, Got: got, Want: "unset", WantWords: true, Cite: mcite})
		} else {
			ok := f.ManagementExpense.Mul(decimal.NewFromInt(maxR.Den)).Cmp(f.TotalExpenditure.Mul(decimal.NewFromInt(maxR.Num))) <= 0
			rep.Add(socialorg.Finding{Rule: RulePreTaxManagement, Subject: subject, Outcome: socialorg.OutcomeOf(ok), Got: got, Want: "≤ " + maxR.String(), Cite: maxCite})
		}
	}
	return nil
}
