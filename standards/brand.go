package standards

import (
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
	var p socialorg.Problems
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
	if second != BrandSecondLevel {
		p.Add("second_level", second, "11 indicators (DB4401/T 38—2020)")
	}
	if third != BrandThirdLevel {
		p.Add("third_level", third, "32 indicators (DB4401/T 38—2020)")
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
	// AbnormalListed: on the abnormal-activity list (社会组织活动异常名录) now.
	AbnormalListed bool `json:"abnormal_listed"`
	// Penalties are the dates of administrative penalties and industry sanctions.
	Penalties []socialorg.Date `json:"penalties,omitempty"`
	// OtherViolation: another violation of law on record.
	OtherViolation bool `json:"other_violation"`
}

// BrandResult is the outcome of CheckBrand.
type BrandResult struct {
	socialorg.Report
	Eligible bool `json:"eligible"`
}

// CheckBrand applies the conditions for applying to be a brand social organization that
// Guangzhou's creation notice (2021) sets, citing DB4401/T 38—2020: registered by a Guangzhou city
// or district registration authority with a unified social credit code (the authority is read
// from the code's characters 3–8, its registration authority's division under GB 32100-2015, as
// registry.CheckRegistration reads it; a declared Division that disagrees with the code fails
// RuleBrandCodeDivision, showing both); registered at least 5 years; a valid 4A or 5A grade; not on the abnormal-activity list; no administrative penalty or
// industry sanction in the last 3 years; no other violation of law.
func CheckBrand(c BrandCandidate, asOf socialorg.Date) (BrandResult, error) {
	if len(c.Penalties) > 1000 {
		return BrandResult{}, socialorg.Invalid("candidate.penalties", len(c.Penalties), "at most 1000")
	}
	o := c.Org
	subject := o.Name
	if !o.Code.IsZero() {
		subject = o.Code.String()
	}
	ck := socialorg.NewChecker(subject, asOf)
	// The registration authority is the code's (characters 3–8), never the declared Division.
	got, div := "none", ""
	if !o.Code.IsZero() {
		div = o.Code.Division()
		got = o.Code.String() + " " + div
	}
	inGZ := div != "" && guangzhouAuthority(div) && o.Kind != registry.CommunityOrg
	ck.Verdict(ruleBrandRegistered, inGZ, socialorg.Words(got), socialorg.Words("guangzhou"), socialorg.Citation{})
	switch {
	case div == "":
	case o.Division == "":
		ck.NotApplicable(ruleBrandCodeDivision, socialorg.Fig(div), socialorg.Words("none"), socialorg.Citation{})
	default:
		ck.Verdict(ruleBrandCodeDivision, sameAuthority(div, o.Division), socialorg.Fig(div), socialorg.Fig(o.Division), socialorg.Citation{})
	}
	years := !o.Registered.IsZero() && !asOf.Before(o.Registered.AddYears(5))
	ck.Verdict(ruleBrandYears, years, socialorg.Fig(o.Registered.String()), socialorg.Fig("≤ "+asOf.AddYears(-5).String()), socialorg.Citation{})
	valid := c.Grade.Grade >= registry.Grade4A && c.Grade.ValidAt(asOf)
	g := "none"
	if isGrade(c.Grade.Grade) {
		g = c.Grade.Grade.String()
		if !c.Grade.ValidAt(asOf) {
			g += " expired"
		}
	}
	ck.Verdict(ruleBrandGrade, valid, socialorg.Words(g), socialorg.Words("4A-or-5A"), socialorg.Citation{})
	ck.Verdict(ruleBrandAbnormal, !c.AbnormalListed, socialorg.YesNo(c.AbnormalListed), socialorg.Words("no"), socialorg.Citation{})
	from := asOf.AddYears(-3).AddDays(1)
	n := 0
	for _, d := range c.Penalties {
		if !d.Before(from) && !d.After(asOf) {
			n++
		}
	}
	ck.Verdict(ruleBrandPenalty, n == 0, socialorg.Fig(itoa(n)), socialorg.Fig("0"), socialorg.Citation{})
	ck.Verdict(ruleBrandViolation, !c.OtherViolation, socialorg.YesNo(c.OtherViolation), socialorg.Words("no"), socialorg.Citation{})
	rep, err := ck.Finish()
	if err != nil {
		return BrandResult{}, err
	}
	return BrandResult{Report: rep, Eligible: rep.OK()}, nil
}

// guangzhouAuthority reports whether a division is Guangzhou's or one of its districts', current
// or historical (registry.LookupDivision).
func guangzhouAuthority(div string) bool {
	d, ok := registry.LookupDivision(div)
	return ok && (d.Code == registry.GuangzhouCode || d.Parent == registry.GuangzhouCode)
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
		Note: "the 2021 creation notice, citing " + docBrand + "; day of issue not confirmed, dated from the next year"}}
	brandWords = func() map[string]socialorg.Text {
		w := map[string]socialorg.Text{}
		for k, v := range gradeWords {
			w[k] = v
		}
		w["guangzhou"] = socialorg.Text{Hans: "广州市、区登记管理机关登记并有统一社会信用代码", Hant: "廣州市、區登記管理機關登記並有統一社會信用代碼", En: "registered in Guangzhou with a credit code"}
		w["4A-or-5A"] = socialorg.Text{Hans: "有效期内的4A或5A等级", Hant: "有效期內的4A或5A等級", En: "a valid 4A or 5A grade"}
		w["expired"] = socialorg.Text{Hans: "（已过期）", Hant: "（已過期）", En: "(expired)"}
		return w
	}()

	ruleBrandRegistered = rule(RuleBrandRegistered, "在广州市、区登记管理机关登记并取得统一社会信用代码", "在廣州市、區登記管理機關登記並取得統一社會信用代碼",
		"registered by a Guangzhou authority, with a unified social credit code", brandRegime, brandWords)
	ruleBrandCodeDivision = rule(RuleBrandCodeDivision, "统一社会信用代码的登记管理机关行政区划码与申报的登记管理机关一致", "統一社會信用代碼的登記管理機關行政區劃碼與申報的登記管理機關一致",
		"the credit code's registration authority agrees with the one declared",
		[]socialorg.Regime{{From: fromBrand, Cite: socialorg.Citation{Document: docGB32100},
			Note: "characters 3–8 of the code are its registration authority's division (登记管理机关行政区划码); the brand notice's condition of registration by a Guangzhou authority is judged on them, and a declared division that names another authority is a contradiction to resolve (a historical division agrees with its successor)"}},
		brandWords)
	ruleBrandYears = rule(RuleBrandYears, "登记满5年", "登記滿5年", "registered at least 5 years", brandRegime, nil)
	ruleBrandGrade = rule(RuleBrandGrade, "评估等级为4A或5A且在有效期内", "評估等級為4A或5A且在有效期內", "a valid 4A or 5A assessment grade",
		brandRegime, brandWords)
	ruleBrandAbnormal = rule(RuleBrandAbnormal, "未被列入社会组织活动异常名录", "未被列入社會組織活動異常名錄",
		"not on the abnormal-activity list", brandRegime, nil)
	ruleBrandPenalty = rule(RuleBrandPenalty, "近3年未受行政处罚或行业惩戒", "近3年未受行政處罰或行業懲戒",
		"no administrative penalty or industry sanction in the last 3 years", brandRegime, nil)
	ruleBrandViolation = rule(RuleBrandViolation, "无其他违法违规行为", "無其他違法違規行為", "no other violation of law", brandRegime, nil)
)
