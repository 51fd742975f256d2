package standards

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
)

// The brand index's confirmed shape (DB4401/T 38—2020): three first-level dimensions, 11
// second-level and 32 third-level indicators. The names and points below the first level, the
// total, the pass line and any veto items are not in the sources read.
const (
	BrandSecondLevel = 11
	BrandThirdLevel  = 32
)

// The first-level dimensions of the brand index, by ID.
const (
	BrandBasis      = "brand-basis"      // 品牌基础
	BrandManagement = "brand-management" // 品牌管理
	BrandValue      = "brand-value"      // 品牌价值
)

// BrandIndex2020 builds Guangzhou's brand social-organization index (《品牌社会组织评价指标》,
// DB4401/T 38—2020, China's first local standard for evaluating brand social organizations) from
// the caller's second-level indicators under each of its three dimensions: 品牌基础 (basis), 品牌管理
// (management) and 品牌价值 (value). The standard's structure is confirmed, its lower levels are
// not: the caller supplies them, 11 second-level indicators in all, each with third-level leaves,
// 32 in all. Each dimension's points are the sum of its indicators'. Errors: a count other than
// 11 and 32, a second-level indicator without children or with grandchildren, and everything
// Index.Validate refuses.
func BrandIndex2020(basis, management, value []Indicator) (Index, error) {
	p := socialorg.Problems{Package: "standards"}
	dims := []struct {
		id, name string
		list     []Indicator
	}{{BrandBasis, "品牌基础", basis}, {BrandManagement, "品牌管理", management}, {BrandValue, "品牌价值", value}}
	ix := Index{ID: "db4401-t38-2020", Name: "品牌社会组织评价指标", Cite: socialorg.Citation{Document: docBrand}}
	second, third := 0, 0
	for _, d := range dims {
		sum := decimal.Zero
		for i, in := range d.list {
			second++
			at := socialorg.Path(strings.ReplaceAll(d.id, "-", "_"), i)
			if len(in.Children) == 0 {
				p.Add(at+".children", 0, "third-level indicators")
			}
			for j, c := range in.Children {
				third++
				if len(c.Children) > 0 {
					p.Add(socialorg.Path(at+".children", j, "children"), len(c.Children), "a third-level indicator is a leaf")
				}
			}
			if _, why := points(in.Points); why == "" {
				sum = sum.Add(in.Points)
			}
		}
		ix.Indicators = append(ix.Indicators, Indicator{ID: d.id, Name: d.name, Points: sum, Children: d.list})
	}
	// The counts the standard sets (standards.brand.index.second-level, .third-level), read at
	// the edition's date.
	c := socialorg.NewChecker(ix.ID, fromBrandStd)
	wantSecond, _, _ := brandSecond.Read(&c)
	wantThird, _, _ := brandThird.Read(&c)
	if err := c.Err(); err != nil {
		return Index{}, err
	}
	if second != wantSecond {
		p.Add("second_level", second, strconv.Itoa(wantSecond)+" indicators (DB4401/T 38—2020)")
	}
	if third != wantThird {
		p.Add("third_level", third, strconv.Itoa(wantThird)+" indicators (DB4401/T 38—2020)")
	}
	if err := p.Err(); err != nil {
		return Index{}, err
	}
	if err := ix.Validate(); err != nil {
		return Index{}, err
	}
	return ix, nil
}

// BrandCandidate is an organization applying to be a brand social organization.
type BrandCandidate struct {
	Org   registry.Organization `json:"org"`
	Grade Award                 `json:"grade"` // its current assessment grade (zero Grade: none)
	// Credit is where the organization stands on the credit lists (registry.CreditStatus): the
	// brand call bars an organization on the abnormal-activity list (and the library reads it as
	// barring one on the serious-violation list, where an organization goes after two years on
	// the abnormal one). The zero status is unknown, which leaves the condition undecided.
	Credit registry.CreditStatus `json:"credit_status,omitzero"`
	// Penalties are the dates of administrative penalties and industry sanctions.
	Penalties []socialorg.Date `json:"penalties,omitempty"`
	// OtherViolation: another violation of law on record.
	OtherViolation bool `json:"other_violation"`
}

// BrandResult is the outcome of CheckBrand.
type BrandResult struct {
	socialorg.Report
}

// Eligible reports whether the organization may apply: no condition failed and none was left
// undecided (Report.Verdict).
func (r BrandResult) Eligible() bool { return r.Clean() }

// MarshalJSON encodes the result with its verdict and "eligible", derived from the findings.
func (r BrandResult) MarshalJSON() ([]byte, error) {
	type plain BrandResult
	b, err := json.Marshal(plain(r))
	if err != nil {
		return nil, err
	}
	return socialorg.WithVerdict(b, r.Report, "eligible")
}

// Validate checks what CheckBrand reads of a candidate beyond its organization: at most 1000
// penalty dates, and a valid credit status. Every problem names its JSON path.
func (c BrandCandidate) Validate() error {
	p := socialorg.Problems{Package: "standards"}
	if len(c.Penalties) > maxPenalties {
		p.Add("candidate.penalties", len(c.Penalties), "at most 1000")
	}
	if !c.Credit.IsValid() {
		p.Add("candidate.credit_status", int(c.Credit), "none, abnormal-list or serious-violation-list")
	}
	return p.Err()
}

// maxPenalties is the most penalty dates a candidate may list.
const maxPenalties = 1000

// CheckBrand applies the conditions for applying to a brand social-organization call: the call of
// the place the options give (socialorg.In), else of Guangzhou, the library's home, whose 2021
// creation notice (citing DB4401/T 38—2020, guangzhou.go) sets them. Each is a dated parameter of
// the jurisdiction that makes the call (standards.brand.*), and each finding cites its source:
//
//   - registered, with a unified social credit code, by a registration authority within the
//     call's jurisdiction (Guangzhou's city or district authorities), read from the code's
//     characters 3–8, its registration authority's division under GB 32100-2015, as
//     registry.CheckRegistration reads it; a declared Division that disagrees with the code fails
//     RuleBrandCodeDivision, showing both;
//   - registered at least n years (standards.brand.min-registered-years: 5);
//   - a valid grade of at least g (standards.brand.min-grade: 4A);
//   - not on the abnormal-activity list (Credit; unknown is undecided);
//   - no administrative penalty or industry sanction in the last n years
//     (standards.brand.penalty-look-back-years: 3);
//   - no other violation of law.
//
// Errors: more than 1000 penalty dates; a credit status out of range; no call in force at the
// place and date (matching socialorg.ErrNotInForce).
func CheckBrand(c BrandCandidate, asOf socialorg.Date, opts ...socialorg.Option) (BrandResult, error) {
	if err := c.Validate(); err != nil {
		return BrandResult{Report: socialorg.Report{Findings: []socialorg.Finding{}}}, err
	}
	o := c.Org
	subject := o.Name
	if !o.Code.IsZero() {
		subject = o.Code.String()
	}
	ck := socialorg.NewChecker(subject, asOf, opts...)
	ck.Grow(7)
	call, err := brandScheme.Resolve(&ck)
	if err != nil {
		ck.Error(err)
		rep, err := ck.Finish()
		return BrandResult{Report: rep}, err
	}
	// The registration authority is the code's (characters 3–8), never the declared Division.
	got, div := "none", ""
	if !o.Code.IsZero() {
		div = o.Code.Division()
		got = o.Code.String() + " " + div
	}
	within := div != "" && o.Kind != registry.CommunityOrg && authorityWithin(div, call.Jurisdiction, asOf, opts)
	ck.Verdict(ruleBrandRegistered, within, socialorg.Words(got), socialorg.Words("authority-within "+call.Jurisdiction), call.Cite)
	switch {
	case div == "":
	case o.Division == "":
		ck.NotApplicable(ruleBrandCodeDivision, socialorg.Fig(div), socialorg.Words("none"), socialorg.Citation{})
	default:
		ck.Verdict(ruleBrandCodeDivision, sameAuthority(div, o.Division), socialorg.Fig(div), socialorg.Fig(o.Division), socialorg.Citation{})
	}
	if n, cite, ok := brandYears.Read(&ck); ok {
		years := !o.Registered.IsZero() && !asOf.Before(o.Registered.AddYears(n))
		ck.Verdict(ruleBrandYears, years, socialorg.Fig(o.Registered.String()), socialorg.Fig("≤ "+asOf.AddYears(-n).String()), cite)
	}
	if min, cite, ok := brandGrade.Read(&ck); ok {
		validNow := isGrade(c.Grade.Grade) && c.Grade.ValidAt(asOf, opts...)
		g := "none"
		if isGrade(c.Grade.Grade) {
			g = c.Grade.Grade.String()
			if !validNow {
				g += " expired"
			}
		}
		ck.Verdict(ruleBrandGrade, validNow && c.Grade.Grade >= min, socialorg.Words(g), socialorg.Words("valid-grade ≥ "+min.String()), cite)
	}
	creditBar(&ck, ruleBrandAbnormal, c.Credit, call.Cite)
	if n, cite, ok := brandPenaltyYears.Read(&ck); ok {
		from := asOf.AddYears(-n).AddDays(1)
		count, undated := 0, 0
		for _, d := range c.Penalties {
			switch {
			case d.IsZero():
				undated++ // it may fall within the years looked back
			case !d.Before(from) && !d.After(asOf):
				count++
			}
		}
		if count == 0 && undated > 0 {
			ck.Undecided(ruleBrandPenalty, socialorg.Words(itoa(undated)+" undated"), socialorg.Fig("0"), cite)
		} else {
			ck.Verdict(ruleBrandPenalty, count == 0, socialorg.Fig(itoa(count)), socialorg.Fig("0"), cite)
		}
	}
	ck.Verdict(ruleBrandViolation, !c.OtherViolation, socialorg.YesNo(c.OtherViolation), socialorg.Words("no"), call.Cite)
	rep, err := ck.Finish()
	return BrandResult{Report: rep}, err
}

// authorityWithin reports whether a registration authority's division lies within the
// jurisdiction code: a division the check knows (the library's, or one of the options'
// jurisdictions), whose chain of parents reaches code (a historical district counts, as its
// successor's parent does).
func authorityWithin(div, code string, d socialorg.Date, opts []socialorg.Option) bool {
	c := socialorg.NewChecker("", d, append(slices.Clip(opts), socialorg.In(div))...)
	return c.Knows(div) && c.Within(code)
}

// sameAuthority reports whether a credit code's division and a declared one name the same
// authority: equal, or a historical division and its successor (as registry.CheckRegistration
// compares them).
func sameAuthority(code, declared string) bool {
	if code == declared {
		return true
	}
	from, ok1 := registry.CurrentDivision(code)
	to, ok2 := registry.CurrentDivision(declared)
	return ok1 && ok2 && from.Code == to.Code
}

var (
	brandRegime = []socialorg.Regime{{From: fromBrand, Cite: socialorg.Citation{Document: docBrandNotice},
		Note: noteBrand + ". The figures are parameters of the call's jurisdiction (standards.brand.*); a call of another jurisdiction is judged, and cited, by its own"}}
	brandWords = func() map[string]socialorg.Text {
		w := map[string]socialorg.Text{}
		for k, v := range gradeWords {
			w[k] = v
		}
		w["authority-within"] = socialorg.Text{Hans: "由以下行政区划内的登记管理机关登记并有统一社会信用代码：", Hant: "由以下行政區劃內的登記管理機關登記並有統一社會信用代碼：", En: "registered, with a credit code, by an authority within"}
		w["valid-grade"] = socialorg.Text{Hans: "有效期内的评估等级", Hant: "有效期內的評估等級", En: "a valid grade"}
		w["expired"] = socialorg.Text{Hans: "（已过期）", Hant: "（已過期）", En: "(expired)"}
		return w
	}()
	penaltyWords = map[string]socialorg.Text{"undated": {Hans: "项日期不明", Hant: "項日期不明", En: "without a date"}}

	ruleBrandRegistered = rule(RuleBrandRegistered, "在申报所在地的市、区登记管理机关登记并取得统一社会信用代码", "在申報所在地的市、區登記管理機關登記並取得統一社會信用代碼",
		"registered by an authority of the call's city or its districts, with a unified social credit code", brandRegime, brandWords)
	ruleBrandCodeDivision = rule(RuleBrandCodeDivision, "统一社会信用代码的登记管理机关行政区划码与申报的登记管理机关一致", "統一社會信用代碼的登記管理機關行政區劃碼與申報的登記管理機關一致",
		"the credit code's registration authority agrees with the one declared",
		[]socialorg.Regime{{From: fromBrand, Cite: socialorg.Citation{Document: docGB32100},
			Note: "characters 3–8 of the code are its registration authority's division (登记管理机关行政区划码); the brand notice's condition of registration by a Guangzhou authority is judged on them, and a declared division that names another authority is a contradiction to resolve (a historical division agrees with its successor)"}},
		brandWords)
	ruleBrandYears = rule(RuleBrandYears, "登记满规定年数", "登記滿規定年數", "registered the years the call requires", brandRegime, nil)
	ruleBrandGrade = rule(RuleBrandGrade, "持有规定等级以上的有效评估等级", "持有規定等級以上的有效評估等級", "a valid assessment grade of at least the call's",
		brandRegime, brandWords)
	ruleBrandAbnormal = rule(RuleBrandAbnormal, "未被列入社会组织活动异常名录", "未被列入社會組織活動異常名錄",
		"not on the abnormal-activity list",
		[]socialorg.Regime{{From: fromBrand, Cite: socialorg.Citation{Document: docBrandNotice}, Note: brandRegime[0].Note +
			". The serious-violation list, where an organization goes after two years on the abnormal one (民政部令第60号), is read as barring too, as registry.CheckCreditBars reads the call; an unknown status is undecided"}},
		creditWords())
	ruleBrandPenalty = rule(RuleBrandPenalty, "规定年数内未受行政处罚或行业惩戒", "規定年數內未受行政處罰或行業懲戒",
		"no administrative penalty or industry sanction in the years the call looks back", brandRegime, penaltyWords)
	ruleBrandViolation = rule(RuleBrandViolation, "无其他违法违规行为", "無其他違法違規行為", "no other violation of law", brandRegime, nil)
)
