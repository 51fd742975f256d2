package charity

import (
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
)

// QualificationInput describes a charitable organization applying for the public-fundraising
// qualification (公开募捐资格).
type QualificationInput struct {
	Subject    string         `json:"subject,omitempty"`
	Kind       registry.Kind  `json:"kind"`
	Registered socialorg.Date `json:"registered"` // date of registration
	// Recognized is the date the organization was recognised as a charitable organization (认定),
	// when it was registered before as an ordinary social organization; zero when it was
	// registered as a charity. The qualification's waiting period runs from it (Order 59 Art. 5
	// 「依法登记或者认定为慈善组织满二年」; Order 74 Art. 5 「认定为慈善组织满一年的社会组织」).
	Recognized socialorg.Date `json:"recognized,omitzero"`
	// Legacy marks an organization that other laws or administrative regulations allow to
	// fundraise publicly: the civil-affairs department issues its certificate directly (Charity
	// Law Art. 22 ¶2), without the waiting period or the conditions. Who may be one is what the
	// paragraph in force says (QualificationInput.Validate): until 2024-09-04 「…自登记之日起可以公
	// 开募捐的基金会和社会团体」, foundations and social groups only; from 2024-09-05 「其他法律、行政法
	// 规规定可以公开募捐的非营利性组织」, any non-profit organization.
	Legacy bool           `json:"legacy,omitempty"`
	Grade  registry.Grade `json:"grade"` // assessment grade in force
	// LastPenalty is the date of the latest administrative penalty; zero when there was none.
	LastPenalty socialorg.Date `json:"last_penalty,omitzero"`
	// Credit is where the organization stands on the credit lists (registry.CreditListing: its
	// status, the day it was listed, why). The zero value is unknown: the list condition is then
	// undecided, never met. A listing since a day after the date judged was not yet in force then.
	Credit registry.CreditListing `json:"credit,omitzero"`
	// AbnormalList marks an organization on the list of abnormal activities now, as Credit with
	// the status registry.CreditAbnormal does.
	//
	// Deprecated: set Credit, which also says when the organization is on neither list (false
	// here says nothing: the status is then unknown).
	AbnormalList bool `json:"abnormal_list,omitempty"`

	// The board and officers (Order 59 Art. 5(二)–(五); Order 74 Art. 5(二)–(三)).
	Directors                int  `json:"directors"`
	RelatedDirectors         int  `json:"related_directors"`                     // from one body, or from related bodies
	CloseRelativesOnBoard    bool `json:"close_relatives_on_board,omitempty"`    // directors who are close relatives of each other sit together
	NonMainlandDirectors     int  `json:"non_mainland_directors"`                // not mainland residents
	LegalRepNonMainland      bool `json:"legal_rep_non_mainland,omitempty"`      // the legal representative is not a mainland resident
	SecretaryGeneralFullTime bool `json:"secretary_general_full_time,omitempty"` // a full-time secretary-general
	SecretaryGeneralIsChair  bool `json:"secretary_general_is_chair,omitempty"`  // the chair is also the secretary-general
	FullTimeStaff            bool `json:"full_time_staff,omitempty"`             // full-time staff suited to its activities
	Supervisors              int  `json:"supervisors"`
	ProvincialOrAbove        bool `json:"provincial_or_above,omitempty"` // registered or recognised at provincial level or above
	TaxRegistered            bool `json:"tax_registered,omitempty"`      // registered for tax and paying it (Order 59 Art. 5(六))

	// Operation, as Order 74 (2024) asks.
	SupervisorsFunctioning     bool `json:"supervisors_functioning,omitempty"`
	InternalSystems            bool `json:"internal_systems,omitempty"`
	PriorYearSpendingCompliant bool `json:"prior_year_spending_compliant,omitempty"` // see CheckAnnualSpending
	UniformAccounting          bool `json:"uniform_accounting,omitempty"`
	AnnualReportsFiled         bool `json:"annual_reports_filed,omitempty"`
}

// QualificationResult is the verdict on an application.
type QualificationResult struct {
	socialorg.Report
	Regime string `json:"regime"` // "2016" (Charity Law and Order 59) or "2024" (amended law and Order 74)
}

// Eligible reports whether the organization may be granted the qualification: no finding failed
// and none was left undecided (a condition the sources do not confirm and the caller did not
// supply, an unknown credit status).
func (r QualificationResult) Eligible() bool { return r.Clean() }

// MarshalJSON encodes the result with its verdict and "eligible", derived from the findings.
func (r QualificationResult) MarshalJSON() ([]byte, error) {
	type plain QualificationResult
	b, err := json.Marshal(plain(r))
	if err != nil {
		return nil, err
	}
	return socialorg.WithVerdict(b, r.Report, "eligible")
}

// Conditions are the conditions of one regime beyond the years registered (Order 59 or 74,
// Art. 5). A zero or false field is a condition the regime does not have.
type Conditions struct {
	Regime        string `json:"regime"`
	LookbackYears int    `json:"lookback_years"` // no administrative penalty within this many years before applying
	// MaxRelatedDirectors and MaxNonMainlandDirectors are shares of the board (1/3); an undefined
	// Ratio: no such condition.
	MaxRelatedDirectors      socialorg.Ratio `json:"max_related_directors"`
	MaxNonMainlandDirectors  socialorg.Ratio `json:"max_non_mainland_directors"`
	NoCloseRelatives         bool            `json:"no_close_relatives"`
	LegalRepMainland         bool            `json:"legal_rep_mainland"`
	SecretaryGeneral         bool            `json:"secretary_general"` // a full-time secretary-general who is not the chair
	FullTimeStaff            bool            `json:"full_time_staff"`
	MinSupervisorsProvincial int             `json:"min_supervisors_provincial"` // supervisors required at provincial level and above
	TaxRegistered            bool            `json:"tax_registered"`
	SupervisorsFunction      bool            `json:"supervisors_function"`
	InternalSystems          bool            `json:"internal_systems"`
	PriorSpending            bool            `json:"prior_spending"`
	UniformAccounting        bool            `json:"uniform_accounting"`
	AnnualReports            bool            `json:"annual_reports"`
}

// String summarizes the conditions for parameter listings.
func (c Conditions) String() string {
	return fmt.Sprintf("regime %s: no penalty in %d years, related ≤ %v, no close relatives %v, non-mainland ≤ %v, mainland legal representative %v, "+
		"secretary-general %v, full-time staff %v, supervisors (provincial) ≥ %d, tax %v, functioning %v, systems %v, prior spending %v, accounting %v, reports %v",
		c.Regime, c.LookbackYears, c.MaxRelatedDirectors, c.NoCloseRelatives, c.MaxNonMainlandDirectors, c.LegalRepMainland,
		c.SecretaryGeneral, c.FullTimeStaff, c.MinSupervisorsProvincial, c.TaxRegistered, c.SupervisorsFunction, c.InternalSystems,
		c.PriorSpending, c.UniformAccounting, c.AnnualReports)
}

var (
	oneThird     = socialorg.NewRatio(1, 3)
	note59       = "Art. 5 read in full on two copies (chinalawtranslate.com, sxjiaxin.com)"
	note74       = "Art. 5(一)–(四) read (fjcv.org); the remaining items from a law firm's summary (jiadesen.com)"
	noteGrade    = "Order 59 Art. 5(七) (confirmed); whether Order 74 keeps a grade condition is not confirmed: from 2024-09-05 the caller supplies one (QualificationMinGrade)"
	noteAbnormal = "Order 59 Art. 5(八) (confirmed); whether Order 74 keeps the abnormal-list condition is not confirmed: from 2024-09-05 the caller supplies it (QualificationAbnormalList)"

	qualYears = socialorg.MustParam(book, socialorg.ParamSpec[int]{ID: "charity.pf.min-years-registered", Unit: "years",
		Title: socialorg.Text{Hans: "申请公开募捐资格须登记或认定满的年限", Hant: "申請公開募捐資格須登記或認定滿的年限", En: "years registered or recognised before applying"},
		Values: []socialorg.Dated[int]{
			{From: fromLaw2016, Until: untilLaw2016, Value: 2, Cite: citeLaw16("第二十二条"), Note: "also Order 59 Art. 5"},
			{From: fromLaw2023, Value: 1, Cite: citeLaw23("第二十二条"), Note: "also Order 74 Art. 5"}}})
	qualConditions = socialorg.MustParam(book, socialorg.ParamSpec[Conditions]{ID: "charity.pf.conditions", Unit: "conditions",
		Title: socialorg.Text{Hans: "申请公开募捐资格的条件", Hant: "申請公開募捐資格的條件", En: "conditions of the public-fundraising qualification"},
		Values: []socialorg.Dated[Conditions]{
			{From: fromLaw2016, Until: untilLaw2016, Cite: cite59("第五条"), Note: note59,
				Value: Conditions{Regime: "2016", LookbackYears: 2, MaxRelatedDirectors: oneThird, MaxNonMainlandDirectors: oneThird,
					NoCloseRelatives: true, LegalRepMainland: true, SecretaryGeneral: true, FullTimeStaff: true,
					MinSupervisorsProvincial: 3, TaxRegistered: true}},
			{From: fromLaw2023, Cite: cite74("第五条"), Note: note74,
				Value: Conditions{Regime: "2024", LookbackYears: 1, MaxRelatedDirectors: oneThird, MaxNonMainlandDirectors: oneThird,
					NoCloseRelatives: true, LegalRepMainland: true, SecretaryGeneral: true, FullTimeStaff: true,
					MinSupervisorsProvincial: 3, SupervisorsFunction: true, InternalSystems: true, PriorSpending: true,
					UniformAccounting: true, AnnualReports: true}}}})
	qualGrade = socialorg.MustParam(book, socialorg.ParamSpec[registry.Grade]{ID: "charity.pf.min-grade", Unit: "grade",
		Title:      socialorg.Text{Hans: "申请公开募捐资格的最低评估等级", Hant: "申請公開募捐資格的最低評估等級", En: "minimum assessment grade for the qualification"},
		Suppliable: true, Check: checkGrade,
		Values: []socialorg.Dated[registry.Grade]{{From: fromLaw2016, Until: untilLaw2016, Value: registry.Grade3A, Cite: cite59("第五条第（七）项"), Note: noteGrade}}})
	qualAbnormal = socialorg.MustParam(book, socialorg.ParamSpec[bool]{ID: "charity.pf.abnormal-list", Unit: "flag",
		Title:      socialorg.Text{Hans: "申请时未列入活动异常名录的条件", Hant: "申請時未列入活動異常名錄的條件", En: "the condition of not being on the abnormal-activities list"},
		Suppliable: true,
		Values:     []socialorg.Dated[bool]{{From: fromLaw2016, Until: untilLaw2016, Value: true, Cite: cite59("第五条第（八）项"), Note: noteAbnormal}}})
)

// kindSet is a set of organization kinds, one bit per registry.Kind.
type kindSet uint8

// kindBits is the number of kinds a kindSet can hold.
const kindBits = 8

func kinds(ks ...registry.Kind) kindSet {
	var s kindSet
	for _, k := range ks {
		s |= 1 << k
	}
	return s
}

// Has reports whether k is in the set.
func (s kindSet) Has(k registry.Kind) bool { return k < kindBits && s&(1<<k) != 0 }

// String lists the kinds, e.g. "foundation, social-group".
func (s kindSet) String() string {
	var b []byte
	for k := registry.Kind(1); k < kindBits; k++ {
		if s.Has(k) {
			if len(b) > 0 {
				b = append(b, ", "...)
			}
			b = append(b, k.String()...)
		}
	}
	return string(b)
}

// qualLegacyKinds is who may get the certificate directly under Art. 22 ¶2: the 2016 law names
// foundations and social groups 「法律、行政法规规定自登记之日起可以公开募捐的基金会和社会团体，由民政部门直接发给
// 公开募捐资格证书」; the 2023 amendment rewrote the paragraph 「其他法律、行政法规规定可以公开募捐的非营利性
// 组织，由县级以上人民政府民政部门直接发给公开募捐资格证书」, which no longer limits the kind.
var qualLegacyKinds = socialorg.MustParam(book, socialorg.ParamSpec[kindSet]{ID: "charity.pf.legacy-kinds", Unit: "kinds",
	Title: socialorg.Text{Hans: "可直接取得公开募捐资格证书的组织类型", Hant: "可直接取得公開募捐資格證書的組織類型", En: "kinds of organization that may get the certificate directly"},
	Values: []socialorg.Dated[kindSet]{
		{From: fromLaw2016, Until: untilLaw2016, Value: kinds(registry.Foundation, registry.SocialGroup), Cite: citeLaw16("第二十二条第二款"),
			Note: "「…自登记之日起可以公开募捐的基金会和社会团体」: foundations and social groups (2016 text, two copies read)"},
		{From: fromLaw2023, Value: kinds(registry.Foundation, registry.SocialGroup, registry.SocialServiceAgency), Cite: citeLaw23("第二十二条第二款"),
			Note: "「其他法律、行政法规规定可以公开募捐的非营利性组织」: any non-profit organization (amended text, LawRefBook/Laws; the MCA's account of the amendment, 詹成付)"}}})

func checkGrade(g registry.Grade) error {
	if g == registry.NoGrade || !g.IsValid() {
		return socialorg.Invalid("grade", g, "1A–5A")
	}
	return nil
}

// Keys of the values a caller may supply for CheckQualification.
var (
	// QualificationMinGrade supplies a minimum assessment grade where the regime has no confirmed
	// one (from 2024-09-05), or replaces the 2016 regime's 3A.
	QualificationMinGrade = qualGrade.Key()
	// QualificationAbnormalList supplies whether the abnormal-activities list condition applies
	// from 2024-09-05 (true: an applicant on the list fails).
	QualificationAbnormalList = qualAbnormal.Key()
)

// The IDs of the qualification rules, for Report.Find.
const (
	RuleQualYears         socialorg.RuleID = "charity.pf.registered-years"
	RuleQualLegacy        socialorg.RuleID = "charity.pf.legacy"
	RuleQualGrade         socialorg.RuleID = "charity.pf.grade"
	RuleQualPenalty       socialorg.RuleID = "charity.pf.penalty"
	RuleQualAbnormal      socialorg.RuleID = "charity.pf.abnormal-list"
	RuleQualRelated       socialorg.RuleID = "charity.pf.related-directors"
	RuleQualRelatives     socialorg.RuleID = "charity.pf.close-relatives"
	RuleQualNonMainland   socialorg.RuleID = "charity.pf.non-mainland-directors"
	RuleQualLegalRep      socialorg.RuleID = "charity.pf.legal-representative"
	RuleQualSecretary     socialorg.RuleID = "charity.pf.secretary-general"
	RuleQualStaff         socialorg.RuleID = "charity.pf.full-time-staff"
	RuleQualSupervisors   socialorg.RuleID = "charity.pf.supervisors"
	RuleQualSupervisorsDo socialorg.RuleID = "charity.pf.supervisors-function"
	RuleQualTax           socialorg.RuleID = "charity.pf.tax"
	RuleQualSystems       socialorg.RuleID = "charity.pf.internal-systems"
	RuleQualPriorSpending socialorg.RuleID = "charity.pf.prior-spending"
	RuleQualAccounting    socialorg.RuleID = "charity.pf.accounting"
	RuleQualReports       socialorg.RuleID = "charity.pf.annual-reports"
)

// qualRegimes are the regimes of the qualification rules: Order 59, then Order 74.
var qualRegimes = []socialorg.Regime{{From: fromLaw2016, Until: untilLaw2016, Cite: cite59("第五条")}, {From: fromLaw2023, Cite: cite74("第五条")}}

func qualRule(id socialorg.RuleID, title socialorg.Text, regimes ...socialorg.Regime) *socialorg.Rule {
	if len(regimes) == 0 {
		regimes = qualRegimes
	}
	return book.MustRule(socialorg.Rule{ID: id, Title: title, Regimes: regimes, Words: registry.GradeWords()})
}

// The qualification rules.
var (
	ruleQualYears = qualRule(RuleQualYears, socialorg.Text{Hans: "依法登记或认定为慈善组织满规定年限（年）", Hant: "依法登記或認定為慈善組織滿規定年限（年）", En: "years since registration or recognition as a charity"},
		socialorg.Regime{From: fromLaw2016, Until: untilLaw2016, Cite: citeLaw16("第二十二条第一款")}, socialorg.Regime{From: fromLaw2023, Cite: citeLaw23("第二十二条第一款")})
	ruleQualLegacy = qualRule(RuleQualLegacy, socialorg.Text{Hans: "法律、行政法规规定自登记之日起可以公开募捐的，直接发给证书", Hant: "法律、行政法規規定自登記之日起可以公開募捐的，直接發給證書", En: "organizations allowed to fundraise publicly from registration get the certificate directly"},
		socialorg.Regime{From: fromLaw2016, Until: untilLaw2016, Cite: citeLaw16("第二十二条第二款")}, socialorg.Regime{From: fromLaw2023, Cite: citeLaw23("第二十二条第二款")})
	ruleQualGrade = qualRule(RuleQualGrade, socialorg.Text{Hans: "社会组织评估等级", Hant: "社會組織評估等級", En: "assessment grade"},
		socialorg.Regime{From: fromLaw2016, Until: untilLaw2016, Cite: cite59("第五条第（七）项")}, socialorg.Regime{From: fromLaw2023, Cite: cite74("第五条"), Note: noteGrade})
	ruleQualPenalty  = qualRule(RuleQualPenalty, socialorg.Text{Hans: "申请前规定期间内未受行政处罚（最近处罚日期）", Hant: "申請前規定期間內未受行政處罰（最近處罰日期）", En: "no administrative penalty in the look-back period (latest penalty)"})
	ruleQualAbnormal = book.MustRule(socialorg.Rule{ID: RuleQualAbnormal,
		Title:   socialorg.Text{Hans: "申请时未被列入活动异常名录（信用名录状态）", Hant: "申請時未被列入活動異常名錄（信用名錄狀態）", En: "not on the list of organizations with abnormal activities (credit-list status)"},
		Regimes: []socialorg.Regime{{From: fromLaw2016, Until: untilLaw2016, Cite: cite59("第五条第（八）项")}, {From: fromLaw2023, Cite: cite74("第五条"), Note: noteAbnormal}},
		Words:   registry.CreditWords()})
	ruleQualRelated       = qualRule(RuleQualRelated, socialorg.Text{Hans: "来自同一组织或关联组织的理事（人数 / 理事总数）", Hant: "來自同一組織或關聯組織的理事（人數 / 理事總數）", En: "directors from one body or related bodies (count / board)"})
	ruleQualRelatives     = qualRule(RuleQualRelatives, socialorg.Text{Hans: "相互间具有近亲属关系的没有同时在理事会任职", Hant: "相互間具有近親屬關係的沒有同時在理事會任職", En: "no close relatives sit on the board together"})
	ruleQualNonMainland   = qualRule(RuleQualNonMainland, socialorg.Text{Hans: "非内地居民理事（人数 / 理事总数）", Hant: "非內地居民理事（人數 / 理事總數）", En: "directors who are not mainland residents (count / board)"})
	ruleQualLegalRep      = qualRule(RuleQualLegalRep, socialorg.Text{Hans: "法定代表人由内地居民担任", Hant: "法定代表人由內地居民擔任", En: "the legal representative is a mainland resident"})
	ruleQualSecretary     = qualRule(RuleQualSecretary, socialorg.Text{Hans: "秘书长为专职且不由理事长兼任", Hant: "秘書長為專職且不由理事長兼任", En: "a full-time secretary-general who is not the chair"})
	ruleQualStaff         = qualRule(RuleQualStaff, socialorg.Text{Hans: "有与开展活动相适应的专职工作人员", Hant: "有與開展活動相適應的專職工作人員", En: "full-time staff suited to its activities"})
	ruleQualSupervisors   = qualRule(RuleQualSupervisors, socialorg.Text{Hans: "省级以上登记或认定的慈善组织有三名以上监事组成的监事会（监事人数）", Hant: "省級以上登記或認定的慈善組織有三名以上監事組成的監事會（監事人數）", En: "a board of 3+ supervisors at provincial level and above (supervisors)"})
	ruleQualSupervisorsDo = qualRule(RuleQualSupervisorsDo, socialorg.Text{Hans: "监事能够依法履行监督职责", Hant: "監事能夠依法履行監督職責", En: "supervisors perform their duties"},
		socialorg.Regime{From: fromLaw2023, Cite: cite74("第五条第（三）项")})
	ruleQualTax = qualRule(RuleQualTax, socialorg.Text{Hans: "依法办理税务登记，履行纳税义务", Hant: "依法辦理稅務登記，履行納稅義務", En: "registered for tax and paying it"},
		socialorg.Regime{From: fromLaw2016, Until: untilLaw2016, Cite: cite59("第五条第（六）项")})
	ruleQualSystems = qualRule(RuleQualSystems, socialorg.Text{Hans: "内部管理制度健全", Hant: "內部管理制度健全", En: "complete internal management systems"},
		socialorg.Regime{From: fromLaw2023, Cite: cite74("第五条第（四）项")})
	ruleQualPriorSpending = qualRule(RuleQualPriorSpending, socialorg.Text{Hans: "上年度慈善活动支出和管理费用符合规定", Hant: "上年度慈善活動支出和管理費用符合規定", En: "the prior year's spending and management expenses comply"},
		socialorg.Regime{From: fromLaw2023, Cite: cite74("第五条"), Note: note74})
	ruleQualAccounting = qualRule(RuleQualAccounting, socialorg.Text{Hans: "执行国家统一的会计制度、依法进行会计核算", Hant: "執行國家統一的會計制度、依法進行會計核算", En: "uniform accounting system applied"},
		socialorg.Regime{From: fromLaw2023, Cite: cite74("第五条"), Note: note74})
	ruleQualReports = qualRule(RuleQualReports, socialorg.Text{Hans: "按时报送年度工作报告和财务会计报告", Hant: "按時報送年度工作報告和財務會計報告", En: "annual work and financial reports filed on time"},
		socialorg.Regime{From: fromLaw2023, Cite: cite74("第五条"), Note: note74})
)

// CheckQualification judges whether an organization may be granted the public-fundraising
// qualification at asOf, under the regime in force then:
//
//   - until 2024-09-04, Charity Law Art. 22 (registered, or recognised as a charity, ≥ 2 years) and
//     Order 59 Art. 5: related directors ≤ 1/3 of the board and no close relatives on it together;
//     non-mainland directors ≤ 1/3 and a mainland legal representative; a full-time
//     secretary-general who is not the chair, and full-time staff; a board of 3+ supervisors at
//     provincial level and above; tax registration; grade 3A or above; not on the
//     abnormal-activities list; no administrative penalty in the 2 years before;
//   - from 2024-09-05, the amended law's Art. 22 (≥ 1 year) and Order 74 Art. 5: the same board and
//     officer conditions; supervisors performing their duties, with a board of 3+ at provincial
//     level and above; complete internal systems; the prior year's spending and management
//     expenses compliant; uniform accounting; annual reports filed; no penalty in the year
//     before. Whether Order 74 keeps the grade and abnormal-list conditions is not confirmed: they
//     apply as far as the caller supplies them (QualificationMinGrade, QualificationAbnormalList),
//     and otherwise are undecided (want "unset"), so the verdict is not clean; an organization on
//     neither credit list meets the list condition either way (Pass).
//
// The list condition (Order 59 Art. 5(八) 「申请时未被列入活动异常名录」) reads Credit, the
// organization's credit status at asOf (registry.CreditListing): on the abnormal list or on the
// serious-violation list fails (the bar registry.CheckCreditBars records); on neither passes; an
// unknown status is undecided, never met. A listing since a day after asOf was not yet in force.
// Eligible is derived from the findings: no finding failed and none is undecided.
//
// A Legacy organization gets the certificate directly (Art. 22 ¶2): one Pass finding, no
// conditions; until 2024-09-04 only a foundation or a social group can be one (Validate). "Within N years before" includes the day N years back. Registered N years means the
// anniversary has come: registered 2022-09-05 is 2 years on 2024-09-05. The clock runs from
// Recognized when the organization was recognised as a charity after its registration.
//
// Errors: the input fails Validate; asOf before 2016-09-01 (matches socialorg.ErrNotInForce); a
// supplied value is invalid.
func CheckQualification(in QualificationInput, asOf socialorg.Date, opts ...socialorg.Option) (QualificationResult, error) {
	empty := QualificationResult{Report: socialorg.Report{Findings: []socialorg.Finding{}}}
	if err := in.Validate(asOf); err != nil {
		return empty, err
	}
	c := socialorg.NewChecker(in.Subject, asOf, opts...)
	c.Grow(16)
	years, yearsCite, _ := qualYears.Read(&c)
	cond, _, _ := qualConditions.Read(&c)
	if err := c.Err(); err != nil {
		return empty, err
	}
	res := QualificationResult{Regime: cond.Regime}
	if in.Legacy {
		c.Verdict(ruleQualLegacy, true, socialorg.YesNo(true), socialorg.Words("yes"), socialorg.Citation{})
		res.Report = c.Report()
		return res, nil
	}

	// Years registered (or recognised): the anniversary must have come.
	start := in.Registered
	if in.Recognized.After(start) {
		start = in.Recognized
	}
	c.Verdict(ruleQualYears, !asOf.Before(start.AddYears(years)), socialorg.Fig(strconv.Itoa(fullYears(start, asOf))),
		socialorg.Fig("≥ "+strconv.Itoa(years)), yearsCite)

	// Grade: the regime's, or the caller's; where neither sets one, the condition is undecided.
	if min, cite, ok := qualGrade.Read(&c); ok {
		c.Verdict(ruleQualGrade, in.Grade.AtLeast(min), socialorg.Words(in.Grade.String()), socialorg.Words("≥ "+min.String()), cite)
	} else {
		c.Undecided(ruleQualGrade, socialorg.Words(in.Grade.String()), socialorg.Words("unset"), socialorg.Citation{})
	}

	// Penalties within the look-back period (inclusive of the day N years back).
	since := asOf.AddYears(-cond.LookbackYears)
	got := socialorg.Words("none")
	if !in.LastPenalty.IsZero() {
		got = socialorg.Fig(in.LastPenalty.String())
	}
	c.Verdict(ruleQualPenalty, in.LastPenalty.IsZero() || in.LastPenalty.Before(since), got, socialorg.Fig("< "+since.String()), socialorg.Citation{})

	// The credit lists, at the date judged.
	status := in.creditAt(asOf)
	got = socialorg.Words(creditWord(status))
	none := socialorg.Words("none")
	switch applies, cite, ok := qualAbnormal.Read(&c); {
	case ok && !applies: // the caller says the regime has no such condition
	case !ok && status == registry.CreditClear:
		// Whether the regime keeps the condition is not confirmed, but an organization on
		// neither list meets it either way.
		c.Verdict(ruleQualAbnormal, true, got, none, socialorg.Citation{})
	case !ok:
		c.Undecided(ruleQualAbnormal, got, socialorg.Words("unset"), socialorg.Citation{})
	case status == registry.CreditUnknown:
		c.Undecided(ruleQualAbnormal, got, none, cite)
	default:
		c.Verdict(ruleQualAbnormal, !status.Listed(), got, none, cite)
	}
	share := func(rule *socialorg.Rule, n int, max socialorg.Ratio) {
		if !max.Defined() {
			return
		}
		ok := socialorg.NewRatio(int64(n), 1).Cmp(socialorg.NewRatio(max.Num*int64(in.Directors), max.Den)) <= 0
		c.Verdict(rule, ok, socialorg.Fig(strconv.Itoa(n)+" / "+strconv.Itoa(in.Directors)), socialorg.Fig("≤ "+max.String()), socialorg.Citation{})
	}
	share(ruleQualRelated, in.RelatedDirectors, cond.MaxRelatedDirectors)
	yes := socialorg.Words("yes")
	if cond.NoCloseRelatives {
		c.Verdict(ruleQualRelatives, !in.CloseRelativesOnBoard, socialorg.YesNo(!in.CloseRelativesOnBoard), yes, socialorg.Citation{})
	}
	share(ruleQualNonMainland, in.NonMainlandDirectors, cond.MaxNonMainlandDirectors)
	if cond.LegalRepMainland {
		c.Verdict(ruleQualLegalRep, !in.LegalRepNonMainland, socialorg.YesNo(!in.LegalRepNonMainland), yes, socialorg.Citation{})
	}
	if cond.SecretaryGeneral {
		ok := in.SecretaryGeneralFullTime && !in.SecretaryGeneralIsChair
		c.Verdict(ruleQualSecretary, ok, socialorg.YesNo(ok), yes, socialorg.Citation{})
	}
	if cond.FullTimeStaff {
		c.Verdict(ruleQualStaff, in.FullTimeStaff, socialorg.YesNo(in.FullTimeStaff), yes, socialorg.Citation{})
	}
	switch {
	case cond.MinSupervisorsProvincial > 0 && in.ProvincialOrAbove:
		c.Verdict(ruleQualSupervisors, in.Supervisors >= cond.MinSupervisorsProvincial, socialorg.Fig(strconv.Itoa(in.Supervisors)),
			socialorg.Fig("≥ "+strconv.Itoa(cond.MinSupervisorsProvincial)), socialorg.Citation{})
	case cond.MinSupervisorsProvincial > 0:
		c.NotApplicable(ruleQualSupervisors, socialorg.Fig(strconv.Itoa(in.Supervisors)), socialorg.Value{}, socialorg.Citation{})
	}
	for _, b := range []struct {
		on   bool
		rule *socialorg.Rule
		v    bool
	}{
		{cond.SupervisorsFunction, ruleQualSupervisorsDo, in.SupervisorsFunctioning},
		{cond.TaxRegistered, ruleQualTax, in.TaxRegistered},
		{cond.InternalSystems, ruleQualSystems, in.InternalSystems},
		{cond.PriorSpending, ruleQualPriorSpending, in.PriorYearSpendingCompliant},
		{cond.UniformAccounting, ruleQualAccounting, in.UniformAccounting},
		{cond.AnnualReports, ruleQualReports, in.AnnualReportsFiled},
	} {
		if b.on {
			c.Verdict(b.rule, b.v, socialorg.YesNo(b.v), yes, socialorg.Citation{})
		}
	}
	rep, err := c.Finish()
	if err != nil {
		return empty, err
	}
	res.Report = rep
	return res, nil
}

// addUnder records the problems of a nested input of another package under prefix, each with a
// code of this package that names its whole path ("charity.qualification_input.credit.since.required").
func addUnder(p *socialorg.Problems, prefix string, err error) {
	errs, ok := err.(socialorg.Errors)
	if !ok {
		p.AddUnder(prefix, err)
		return
	}
	for _, e := range errs {
		if ie, ok := e.(*socialorg.InputError); ok && ie.Field != "…" {
			c := *ie
			c.Code = ""
			e = &c
		}
		p.AddUnder(prefix, e)
	}
}

// creditAt is the organization's credit status at the date judged: Credit's, or the abnormal list
// when only the deprecated AbnormalList says so; a listing since a day after asOf was not yet in
// force, so the organization was then on neither list as far as the input says.
func (in QualificationInput) creditAt(asOf socialorg.Date) registry.CreditStatus {
	s := in.Credit.Status
	if s == registry.CreditUnknown && in.AbnormalList {
		return registry.CreditAbnormal
	}
	if s.Listed() && in.Credit.Since.After(asOf) {
		return registry.CreditClear
	}
	return s
}

// creditWord is the value word of a credit status ("unknown" for CreditUnknown).
func creditWord(s registry.CreditStatus) string {
	if s == registry.CreditUnknown {
		return "unknown"
	}
	return s.String()
}

// maxBoard bounds the counts of a board.
const maxBoard = 1 << 20

// Validate checks the application against the date it is judged at and returns every problem
// joined: a Kind of Foundation, SocialGroup or SocialServiceAgency; Legacy only on a kind that
// the Charity Law's Art. 22 ¶2 in force at asOf names (until 2024-09-04 a foundation or a social
// group; from 2024-09-05 any of the three; with a zero asOf, or one before the law, the narrower
// 2016 words); a registration date not after asOf; a recognition date, if any, between
// registration and asOf; counts from 0 to 2^20, with related and non-mainland directors not
// above the board; a valid Grade.
func (in QualificationInput) Validate(asOf socialorg.Date) error {
	p := socialorg.Problems{Package: pkg}
	const at = "qualification_input."
	switch in.Kind {
	case registry.Foundation, registry.SocialGroup, registry.SocialServiceAgency:
		if in.Legacy {
			allowed, _, err := qualLegacyKinds.At(asOf)
			if err != nil { // no regime at that date: the narrowest words of any
				allowed = qualLegacyKinds.Values()[0].Value
			}
			if !allowed.Has(in.Kind) {
				p.Add(at+"legacy", in.Kind, legacyRule(allowed))
			}
		}
	default:
		p.Add(at+"kind", in.Kind, "foundation, social-group or social-service-agency")
	}
	switch {
	case in.Registered.IsZero():
		p.Add(at+"registered", "", "required")
	case !asOf.IsZero() && in.Registered.After(asOf):
		p.Add(at+"registered", in.Registered, "not after the date judged")
	}
	if !in.Recognized.IsZero() && (in.Recognized.Before(in.Registered) || (!asOf.IsZero() && in.Recognized.After(asOf))) {
		p.Add(at+"recognized", in.Recognized, "between registered and the date judged")
	}
	for _, n := range []struct {
		field string
		v     int
	}{{"directors", in.Directors}, {"related_directors", in.RelatedDirectors}, {"non_mainland_directors", in.NonMainlandDirectors}, {"supervisors", in.Supervisors}} {
		if n.v < 0 || n.v > maxBoard {
			p.Add(at+n.field, n.v, "0 … 2^20")
		}
	}
	if in.RelatedDirectors > in.Directors {
		p.Add(at+"related_directors", in.RelatedDirectors, "at most directors")
	}
	if in.NonMainlandDirectors > in.Directors {
		p.Add(at+"non_mainland_directors", in.NonMainlandDirectors, "at most directors")
	}
	if !in.Grade.IsValid() {
		p.Add(at+"grade", int(in.Grade), "none or 1A–5A")
	}
	addUnder(&p, at+"credit", in.Credit.Validate())
	if in.AbnormalList && in.Credit.Status != registry.CreditUnknown && in.Credit.Status != registry.CreditAbnormal {
		p.Add(at+"abnormal_list", in.AbnormalList, "only with credit status abnormal-list or unknown")
	}
	if len(in.Subject) > 256 {
		p.Add(at+"subject", in.Subject, "at most 256 bytes")
	}
	return p.Err()
}

// legacyRule is the rule phrase of a Legacy kind the paragraph in force does not name: the 2016
// words (foundations and social groups), or, for any other set, the paragraph in force.
func legacyRule(s kindSet) string {
	if s == kinds(registry.Foundation, registry.SocialGroup) {
		return "only a foundation or a social group gets the certificate directly (Charity Law 2016 Art. 22 ¶2)"
	}
	return "a kind the Charity Law's Art. 22 ¶2 in force names"
}

// fullYears counts the anniversaries of from up to at.
func fullYears(from, at socialorg.Date) int {
	n := at.Year() - from.Year()
	if from.AddYears(n).After(at) {
		n--
	}
	return max(n, 0)
}
