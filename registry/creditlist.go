package registry

import (
	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/enum"
)

// CreditStatus is where a social organization stands on the two credit lists its registration
// authority keeps under the MCA's 《社会组织信用信息管理办法》 (民政部令第60号, in force
// 2018-01-24): on neither, on the list of organizations with abnormal activities (活动异常名录), or
// on the list of serious violations of law and trust (严重违法失信名单). The statuses bar the
// public-fundraising qualification, recognition as a charity, assessment and brand entry
// (CheckCreditBars); charity, standards and venture take a CreditStatus as an input and cite
// these rules.
//
// The zero CreditStatus is unknown: it encodes as "", and a check given it judges nothing (its
// findings are NotApplicable with Got "unknown"), so that an organization whose status nobody
// looked up is never taken for one that is on neither list.
type CreditStatus uint8

// The credit statuses.
const (
	CreditUnknown          CreditStatus = iota // not looked up
	CreditClear                                // on neither list ("none")
	CreditAbnormal                             // on the list of abnormal activities (活动异常名录)
	CreditSeriousViolation                     // on the list of serious violations (严重违法失信名单)
)

var creditNames = enum.Names[CreditStatus]{
	Type: "CreditStatus",
	Text: []string{"", "none", "abnormal-list", "serious-violation-list"},
	Names: []socialorg.Text{{},
		{Hans: "未列入名单", Hant: "未列入名單", En: "on neither list"},
		{Hans: "活动异常名录", Hant: "活動異常名錄", En: "list of abnormal activities"},
		{Hans: "严重违法失信名单", Hant: "嚴重違法失信名單", En: "list of serious violations of law and trust"}},
	Aliases: map[string]CreditStatus{"活动异常名录": CreditAbnormal, "严重违法失信名单": CreditSeriousViolation,
		"活動異常名錄": CreditAbnormal, "嚴重違法失信名單": CreditSeriousViolation, "未列入": CreditClear},
}

// IsValid reports whether s is one of the statuses (CreditUnknown included).
func (s CreditStatus) IsValid() bool { return s <= CreditSeriousViolation }

// Known reports whether s is a looked-up status: CreditClear, CreditAbnormal or
// CreditSeriousViolation.
func (s CreditStatus) Known() bool { return s >= CreditClear && s <= CreditSeriousViolation }

// Listed reports whether s is on either list.
func (s CreditStatus) Listed() bool { return s == CreditAbnormal || s == CreditSeriousViolation }

// String returns "none", "abnormal-list", "serious-violation-list" ("" for CreditUnknown,
// "CreditStatus(n)" out of range).
func (s CreditStatus) String() string { return creditNames.String(s) }

// Name returns the status in three languages.
func (s CreditStatus) Name() socialorg.Text { return creditNames.Name(s) }

// MarshalText encodes s as String does; CreditUnknown encodes as "".
func (s CreditStatus) MarshalText() ([]byte, error) { return creditNames.Marshal(s) }

// UnmarshalText decodes the text form, the lists' Chinese names (either script), or "" for
// CreditUnknown.
func (s *CreditStatus) UnmarshalText(b []byte) error { return creditNames.Unmarshal(b, s) }

// UnmarshalJSON decodes a JSON string as UnmarshalText does; a bad value is an error naming the
// field.
func (s *CreditStatus) UnmarshalJSON(b []byte) error { return creditNames.DecodeJSON(b, s) }

// CreditWords are the value words of the statuses (none, abnormal-list, serious-violation-list)
// for rules whose findings show one.
func CreditWords() map[string]socialorg.Text { return creditNames.Words() }

// ListReason is why an organization was put on a credit list (Order 60): the reasons the
// calendar and the other packages act on. The zero ListReason is unknown.
type ListReason uint8

// The reasons for a listing.
const (
	// ReasonNoAnnualReport: the annual work report was not filed with the registration authority
	// within the time and as required (abnormal list).
	ReasonNoAnnualReport ListReason = iota + 1
	// ReasonNoPartyOrganization: no Party organization set up as the rules require (abnormal list;
	// see partybuilding for when one is required).
	ReasonNoPartyOrganization
	// ReasonUnreachable: the organization cannot be reached at its registered domicile
	// (abnormal list).
	ReasonUnreachable
	// ReasonAbnormalTwoYears: on the abnormal list for two years (serious-violation list).
	ReasonAbnormalTwoYears
	// ReasonOther: another reason of Order 60 (an uncorrected finding, a penalty…).
	ReasonOther
)

var reasonNames = enum.Names[ListReason]{
	Type: "ListReason",
	Text: []string{"", "no-annual-report", "no-party-organization", "unreachable", "abnormal-two-years", "other"},
	Names: []socialorg.Text{{},
		{Hans: "未按规定报送年度工作报告", Hant: "未按規定報送年度工作報告", En: "annual work report not filed as required"},
		{Hans: "未按照有关规定设立党组织", Hant: "未按照有關規定設立黨組織", En: "no Party organization set up as required"},
		{Hans: "通过登记的住所无法取得联系", Hant: "通過登記的住所無法取得聯繫", En: "unreachable at the registered domicile"},
		{Hans: "被列入活动异常名录满2年", Hant: "被列入活動異常名錄滿2年", En: "on the abnormal list for two years"},
		{Hans: "其他情形", Hant: "其他情形", En: "another reason"}},
}

// IsValid reports whether r is one of the reasons.
func (r ListReason) IsValid() bool { return r != 0 && reasonNames.Valid(r) }

// String returns the reason's text form ("no-annual-report"…; "" for the zero ListReason).
func (r ListReason) String() string { return reasonNames.String(r) }

// Name returns the reason in three languages.
func (r ListReason) Name() socialorg.Text { return reasonNames.Name(r) }

// MarshalText encodes r as String does; the zero ListReason encodes as "".
func (r ListReason) MarshalText() ([]byte, error) { return reasonNames.Marshal(r) }

// UnmarshalText decodes the text form, or "" for the zero ListReason.
func (r *ListReason) UnmarshalText(b []byte) error { return reasonNames.Unmarshal(b, r) }

// UnmarshalJSON decodes a JSON string as UnmarshalText does; a bad value is an error naming the
// field.
func (r *ListReason) UnmarshalJSON(b []byte) error { return reasonNames.DecodeJSON(b, r) }

// CreditListing is an organization's entry on a credit list: its status, the day it was listed
// and why.
type CreditListing struct {
	Status CreditStatus   `json:"status"`
	Since  socialorg.Date `json:"since,omitzero"` // the day it was listed; zero when not listed
	Reason ListReason     `json:"reason,omitzero"`
}

// Validate checks a listing: a valid status; a listed status has the day it was listed; a status
// on neither list (or unknown) has neither a day nor a reason. Each problem names its field.
func (l CreditListing) Validate() error {
	var p socialorg.Problems
	if !l.Status.IsValid() {
		p.Add("status", int(l.Status), "none, abnormal-list or serious-violation-list")
	}
	if int(l.Reason) >= len(reasonNames.Text) {
		p.Add("reason", int(l.Reason), "one of the reasons of Order 60")
	}
	switch {
	case l.Status.Listed() && l.Since.IsZero():
		p.Add("since", "", "required: the day the organization was listed")
	case !l.Status.Listed() && !l.Since.IsZero():
		p.Add("since", l.Since, "only for an organization on a list")
	case !l.Status.Listed() && l.Reason != 0:
		p.Add("reason", l.Reason.String(), "only for an organization on a list")
	}
	return p.Err()
}

// SeriousFrom returns the day an abnormal listing becomes a serious-violation listing if the
// organization is not removed before it: the day two years after it was listed (Order 60;
// 「被列入活动异常名录满2年的」, registry.credit.abnormal-to-serious-years), with the citation. ok is
// false for a listing that is not on the abnormal list, or with no day, or at a date before Order
// 60 (no regime then).
func (l CreditListing) SeriousFrom(opts ...socialorg.Option) (on socialorg.Date, cite socialorg.Citation, ok bool) {
	if l.Status != CreditAbnormal || l.Since.IsZero() {
		return socialorg.Date{}, socialorg.Citation{}, false
	}
	c := socialorg.NewChecker("", l.Since, opts...)
	years, cite, ok := abnormalYears.Read(&c)
	if !ok || c.Err() != nil {
		return socialorg.Date{}, socialorg.Citation{}, false
	}
	on = l.Since.AddYears(years)
	return on, cite, !on.IsZero()
}

// The sources of the credit-list rules.
const (
	// 《社会组织信用信息管理办法》, MCA Order 60, adopted 2018-01-12, published and in force
	// 2018-01-24.
	docOrder60 = "《社会组织信用信息管理办法》（民政部令第60号）"
	// 《慈善组织公开募捐管理办法》, MCA Order 59, in force 2016-09-01; replaced by Order 74 on
	// 2024-09-05.
	docOrder59 = "《慈善组织公开募捐管理办法》（民政部令第59号）"
	docOrder74 = "《慈善组织公开募捐管理办法》（民政部令第74号）"
	// 《慈善组织认定办法》 (2016), then MCA Order 73 in force 2024-09-05.
	docRecognition2016 = "《慈善组织认定办法》（2016年）"
	docOrder73         = "《慈善组织认定办法》（民政部令第73号）"
	// 《全国性社会组织评估管理规定》, MCA, 2021-12-10.
	docNationalAssessment = "《全国性社会组织评估管理规定》（2021年）"
	// Guangzhou's 2021 call for brand social organizations (2021-04-27), citing DB4401/T 38—2020;
	// the same notice standards cites.
	docBrand2021 = "广州市社会组织管理局关于开展2021年广州市品牌社会组织创建申报工作的通知"
)

var (
	fromOrder60   = socialorg.MustDate("2018-01-24")
	fromCharity24 = socialorg.MustDate("2024-09-05")
	fromNatAssess = socialorg.MustDate("2021-12-10")
	fromBrand2021 = socialorg.MustDate("2021-04-27") // the notice's date as the bureau published it

	noteOrder60 = "article numbers of the final text not read: the reasons are those the MCA's announcement (CCTV, 2018-01) and the 2017 draft (Arts. 11 and 15 of the draft) give; the final text lists seven reasons for the abnormal list and eight for the serious-violation list (China Development Brief)"
	citeOrder60 = socialorg.Citation{Document: docOrder60}
)

// abnormalYears is how long an organization stays on the abnormal list before it moves to the
// serious-violation list.
var abnormalYears = socialorg.MustParam(book, socialorg.ParamSpec[int]{ID: "registry.credit.abnormal-to-serious-years", Unit: "years",
	Title: socialorg.Text{Hans: "列入活动异常名录满该年数即列入严重违法失信名单", Hant: "列入活動異常名錄滿該年數即列入嚴重違法失信名單", En: "years on the abnormal list after which an organization moves to the serious-violation list"},
	Values: []socialorg.Dated[int]{{From: fromOrder60, Value: 2, Cite: citeOrder60,
		Note: "「被列入活动异常名录满2年的」; " + noteOrder60}}})

// The credit-list rules: why an organization enters a list, and what a listing bars.
var (
	ruleCreditAnnualReport = book.MustRule(socialorg.Rule{ID: RuleCreditAnnualReport,
		Title:   socialorg.Text{Hans: "未按规定时限报送年度工作报告的，列入活动异常名录", Hant: "未按規定時限報送年度工作報告的，列入活動異常名錄", En: "no annual work report within the time set: entry on the abnormal list"},
		Regimes: since(fromOrder60, citeOrder60, noteOrder60), Words: CreditWords()})
	ruleCreditParty = book.MustRule(socialorg.Rule{ID: RuleCreditPartyOrganization,
		Title:   socialorg.Text{Hans: "未按照有关规定设立党组织的，列入活动异常名录", Hant: "未按照有關規定設立黨組織的，列入活動異常名錄", En: "no Party organization set up as required: entry on the abnormal list"},
		Regimes: since(fromOrder60, citeOrder60, noteOrder60), Words: CreditWords()})
	ruleCreditUnreachable = book.MustRule(socialorg.Rule{ID: RuleCreditUnreachable,
		Title:   socialorg.Text{Hans: "通过登记的住所无法与社会组织取得联系的，列入活动异常名录", Hant: "通過登記的住所無法與社會組織取得聯繫的，列入活動異常名錄", En: "unreachable at the registered domicile: entry on the abnormal list"},
		Regimes: since(fromOrder60, citeOrder60, noteOrder60), Words: CreditWords()})
	ruleCreditSerious = book.MustRule(socialorg.Rule{ID: RuleCreditSerious,
		Title:   socialorg.Text{Hans: "被列入活动异常名录满2年的，列入严重违法失信名单", Hant: "被列入活動異常名錄滿2年的，列入嚴重違法失信名單", En: "two years on the abnormal list: entry on the serious-violation list"},
		Regimes: since(fromOrder60, citeOrder60, noteOrder60), Words: CreditWords()})

	ruleBarQualification = book.MustRule(socialorg.Rule{ID: RuleCreditBarsQualification,
		Title: socialorg.Text{Hans: "列入活动异常名录或严重违法失信名单的，不得取得公开募捐资格", Hant: "列入活動異常名錄或嚴重違法失信名單的，不得取得公開募捐資格", En: "a listed organization may not obtain the public-fundraising qualification"},
		Regimes: []socialorg.Regime{
			{From: fromOrder60, Until: fromCharity24.AddDays(-1), Cite: socialorg.Citation{Document: docOrder59, Article: "第五条"},
				Note: "Art. 5: not on the abnormal list (domain note, crsrw.com); from Order 60's entry into force, when the lists began"},
			{From: fromCharity24, Cite: socialorg.Citation{Document: docOrder74, Article: "第五条"},
				Note: "the bar is kept: Order 74 Art. 5 was not read for it, and no source read says it was removed"}},
		Words: CreditWords()})
	ruleBarRecognition = book.MustRule(socialorg.Rule{ID: RuleCreditBarsRecognition,
		Title: socialorg.Text{Hans: "列入活动异常名录或严重违法失信名单的，不予认定为慈善组织", Hant: "列入活動異常名錄或嚴重違法失信名單的，不予認定為慈善組織", En: "a listed organization is not recognized as a charity"},
		Regimes: []socialorg.Regime{
			{From: fromOrder60, Until: fromCharity24.AddDays(-1), Cite: socialorg.Citation{Document: docRecognition2016, Article: "第五条"},
				Note: "Art. 5's refusals include the abnormal list (guojiegroup.com); the 2016 measures' order number is not confirmed"},
			{From: fromCharity24, Cite: socialorg.Citation{Document: docOrder73, Article: "第五条"},
				Note: "Order 73 Art. 5 as the brief of issue 21 cites it; its text was not read here"}},
		Words: CreditWords()})
	ruleBarAssessment = book.MustRule(socialorg.Rule{ID: RuleCreditBarsAssessment,
		Title:   socialorg.Text{Hans: "列入活动异常名录或严重违法失信名单的，不予评估", Hant: "列入活動異常名錄或嚴重違法失信名單的，不予評估", En: "a listed organization is not assessed"},
		Regimes: since(fromNatAssess, socialorg.Citation{Document: docNationalAssessment}, "the rule for national organizations (muzhuzai.net copy); for local organizations the measures of the place decide, and Guangzhou's bar an organization without last year's annual report (standards)"),
		Words:   CreditWords()})
	ruleBarBrand = book.MustRule(socialorg.Rule{ID: RuleCreditBarsBrand,
		Title:   socialorg.Text{Hans: "列入活动异常名录的，不得申报品牌社会组织", Hant: "列入活動異常名錄的，不得申報品牌社會組織", En: "a listed organization may not apply as a brand social organization"},
		Regimes: since(fromBrand2021, socialorg.Citation{Document: docBrand2021, Article: "申报条件第四项"}, "the 2021 call's condition 4 (not on the abnormal list), from the notice's date, 2021-04-27, as the Guangzhou Social Organization Administration published it (dekahost.com copy; applications April–June 2021); a Guangzhou scheme"),
		Words:   CreditWords()})
)

// The IDs of the credit-list rules.
const (
	RuleCreditAnnualReport      socialorg.RuleID = "registry.credit.abnormal.annual-report"
	RuleCreditPartyOrganization socialorg.RuleID = "registry.credit.abnormal.party-organization"
	RuleCreditUnreachable       socialorg.RuleID = "registry.credit.abnormal.unreachable"
	RuleCreditSerious           socialorg.RuleID = "registry.credit.serious.abnormal-two-years"
	RuleCreditBarsQualification socialorg.RuleID = "registry.credit.bars.qualification"
	RuleCreditBarsRecognition   socialorg.RuleID = "registry.credit.bars.recognition"
	RuleCreditBarsAssessment    socialorg.RuleID = "registry.credit.bars.assessment"
	RuleCreditBarsBrand         socialorg.RuleID = "registry.credit.bars.brand"
)

// ListingRule returns the rule that puts an organization on a list for a reason: the abnormal
// list's for no annual report, no Party organization and an unreachable domicile, the
// serious-violation list's for two years on the abnormal list. ok is false for another reason.
func ListingRule(r ListReason) (socialorg.RuleID, bool) {
	switch r {
	case ReasonNoAnnualReport:
		return ruleCreditAnnualReport.ID, true
	case ReasonNoPartyOrganization:
		return ruleCreditParty.ID, true
	case ReasonUnreachable:
		return ruleCreditUnreachable.ID, true
	case ReasonAbnormalTwoYears:
		return ruleCreditSerious.ID, true
	}
	return "", false
}

// CheckCreditBars judges what a credit status bars at asOf: the public-fundraising qualification
// (Order 59 Art. 5, then Order 74), recognition as a charity (the 2016 measures Art. 5, then
// Order 73 Art. 5), assessment (national organizations' rules) and brand entry (Guangzhou's 2021
// call: the abnormal list). Each bar in force at asOf gives one finding about subject: Pass for an
// organization on neither list, Fail for a listed one, NotApplicable with Got "unknown" for
// CreditUnknown, so that an unknown status is never a clean verdict. A status out of range is an
// error naming field "credit_status".
func CheckCreditBars(subject string, s CreditStatus, asOf socialorg.Date, opts ...socialorg.Option) (socialorg.Report, error) {
	if !s.IsValid() {
		return socialorg.Report{Findings: []socialorg.Finding{}}, socialorg.Invalid("credit_status", int(s), "none, abnormal-list or serious-violation-list")
	}
	c := socialorg.NewChecker(subject, asOf, opts...)
	got := socialorg.Words(s.String())
	if s == CreditUnknown {
		got = socialorg.Words("unknown")
	}
	for _, r := range []*socialorg.Rule{ruleBarQualification, ruleBarRecognition, ruleBarAssessment, ruleBarBrand} {
		if !r.InForce(asOf) {
			continue
		}
		switch {
		case s == CreditUnknown:
			c.NotApplicable(r, got, socialorg.Words("none"), socialorg.Citation{})
		default:
			c.Verdict(r, !s.Listed(), got, socialorg.Words("none"), socialorg.Citation{})
		}
	}
	return c.Finish()
}
