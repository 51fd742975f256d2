package charity

import (
	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/enum"
)

// Restriction classifies net assets under 《民间非营利组织会计制度》: unrestricted (非限定性,
// the zero value) or restricted (限定性) by time, by purpose, or by both.
type Restriction uint8

// The restriction classes.
const (
	Unrestricted      Restriction = iota // 非限定性净资产
	TimeRestricted                       // 限定性: usable only from a date
	PurposeRestricted                    // 限定性: usable only for a purpose
	TimeAndPurpose                       // 限定性: both
	numRestrictions
)

var restrictionNames = enum.Names[Restriction]{Type: "Restriction", Text: []string{"unrestricted", "time", "purpose", "time-and-purpose"},
	Names: []socialorg.Text{socialorg.Text{Hans: "非限定性", Hant: "非限定性", En: "unrestricted"},
		socialorg.Text{Hans: "限定性（时间）", Hant: "限定性（時間）", En: "time-restricted"},
		socialorg.Text{Hans: "限定性（用途）", Hant: "限定性（用途）", En: "purpose-restricted"},
		socialorg.Text{Hans: "限定性（时间和用途）", Hant: "限定性（時間和用途）", En: "time- and purpose-restricted"}}}

// IsValid reports whether r is one of the four classes.
func (r Restriction) IsValid() bool { return r < numRestrictions }

// Restricted reports whether r is a restricted class.
func (r Restriction) Restricted() bool { return r != Unrestricted && r.IsValid() }

func (r Restriction) timeBound() bool { return r == TimeRestricted || r == TimeAndPurpose }

// String returns "unrestricted", "time", "purpose" or "time-and-purpose".
func (r Restriction) String() string { return restrictionNames.String(r) }

// MarshalText encodes r as String does.
func (r Restriction) MarshalText() ([]byte, error) { return restrictionNames.Marshal(r) }

// UnmarshalText decodes what MarshalText encodes.
func (r *Restriction) UnmarshalText(b []byte) error { return restrictionNames.Unmarshal(b, r) }

// UnmarshalJSON decodes a JSON string as UnmarshalText does; a bad value is an error naming the
// field.
func (r *Restriction) UnmarshalJSON(b []byte) error { return restrictionNames.DecodeJSON(b, r) }

// IncomeCategory is a line of income in the statement of activities (业务活动表), as Art. 58 of
// the 2004 accounting system lists them.
type IncomeCategory uint8

// The income categories.
const (
	DonationIncome   IncomeCategory = iota + 1 // 捐赠收入
	DuesIncome                                 // 会费收入
	ServiceIncome                              // 提供服务收入
	GovernmentGrant                            // 政府补助收入
	SalesIncome                                // 商品销售收入
	InvestmentIncome                           // 投资收益
	OtherIncome                                // 其他收入
	numIncome
)

var incomeNames = enum.Names[IncomeCategory]{Type: "IncomeCategory", Text: []string{"", "donation", "dues", "service", "government-grant", "sales", "investment", "other"},
	Names: []socialorg.Text{{},
		socialorg.Text{Hans: "捐赠收入", Hant: "捐贈收入", En: "donations"},
		socialorg.Text{Hans: "会费收入", Hant: "會費收入", En: "dues"},
		socialorg.Text{Hans: "提供服务收入", Hant: "提供服務收入", En: "services"},
		socialorg.Text{Hans: "政府补助收入", Hant: "政府補助收入", En: "government grants"},
		socialorg.Text{Hans: "商品销售收入", Hant: "商品銷售收入", En: "sales"},
		socialorg.Text{Hans: "投资收益", Hant: "投資收益", En: "investment income"},
		socialorg.Text{Hans: "其他收入", Hant: "其他收入", En: "other income"}}}

// IsValid reports whether c is one of the seven categories.
func (c IncomeCategory) IsValid() bool { return incomeNames.Valid(c) }

// String returns the category's text form, e.g. "donation".
func (c IncomeCategory) String() string { return incomeNames.String(c) }

// MarshalText encodes c as String does; the zero value encodes as "".
func (c IncomeCategory) MarshalText() ([]byte, error) { return incomeNames.Marshal(c) }

// UnmarshalText decodes what MarshalText encodes.
func (c *IncomeCategory) UnmarshalText(b []byte) error { return incomeNames.Unmarshal(b, c) }

// UnmarshalJSON decodes a JSON string as UnmarshalText does; a bad value is an error naming the
// field.
func (c *IncomeCategory) UnmarshalJSON(b []byte) error { return incomeNames.DecodeJSON(b, c) }

// ExpenseCategory is a line of expense in the statement of activities (Chapter 6 of the 2004
// accounting system). Charitable-activity expenditure (慈善活动支出, 民发〔2016〕189号 Art. 4) lies
// inside business activity costs: an Expense marks it with Charitable.
type ExpenseCategory uint8

// The expense categories.
const (
	BusinessActivity ExpenseCategory = iota + 1 // 业务活动成本
	Management                                  // 管理费用
	Fundraising                                 // 筹资费用
	OtherExpense                                // 其他费用
	numExpense
)

var expenseNames = enum.Names[ExpenseCategory]{Type: "ExpenseCategory", Text: []string{"", "business-activity", "management", "fundraising", "other"},
	Names: []socialorg.Text{{},
		socialorg.Text{Hans: "业务活动成本", Hant: "業務活動成本", En: "business activity costs"},
		socialorg.Text{Hans: "管理费用", Hant: "管理費用", En: "management expenses"},
		socialorg.Text{Hans: "筹资费用", Hant: "籌資費用", En: "fundraising expenses"},
		socialorg.Text{Hans: "其他费用", Hant: "其他費用", En: "other expenses"}}}

// IsValid reports whether c is one of the four categories.
func (c ExpenseCategory) IsValid() bool { return expenseNames.Valid(c) }

// String returns the category's text form, e.g. "management".
func (c ExpenseCategory) String() string { return expenseNames.String(c) }

// MarshalText encodes c as String does; the zero value encodes as "".
func (c ExpenseCategory) MarshalText() ([]byte, error) { return expenseNames.Marshal(c) }

// UnmarshalText decodes what MarshalText encodes.
func (c *ExpenseCategory) UnmarshalText(b []byte) error { return expenseNames.Unmarshal(b, c) }

// UnmarshalJSON decodes a JSON string as UnmarshalText does; a bad value is an error naming the
// field.
func (c *ExpenseCategory) UnmarshalJSON(b []byte) error { return expenseNames.DecodeJSON(b, c) }

// ReleaseReason is why restricted net assets become unrestricted (财会〔2020〕9号 interpretation).
type ReleaseReason uint8

// The reasons for a release.
const (
	TimeExpired      ReleaseReason = iota + 1 // the time restriction has lapsed
	PurposeFulfilled                          // spent on the purpose
	DonorRevoked                              // the donor lifted the restriction
)

var releaseNames = enum.Names[ReleaseReason]{Type: "ReleaseReason", Text: []string{"", "time-expired", "purpose-fulfilled", "donor-revoked"}}

// IsValid reports whether r is one of the three reasons.
func (r ReleaseReason) IsValid() bool { return releaseNames.Valid(r) }

// String returns the reason's text form.
func (r ReleaseReason) String() string { return releaseNames.String(r) }

// MarshalText encodes r as String does.
func (r ReleaseReason) MarshalText() ([]byte, error) { return releaseNames.Marshal(r) }

// UnmarshalText decodes what MarshalText encodes.
func (r *ReleaseReason) UnmarshalText(b []byte) error { return releaseNames.Unmarshal(b, r) }

// UnmarshalJSON decodes a JSON string as UnmarshalText does; a bad value is an error naming the
// field.
func (r *ReleaseReason) UnmarshalJSON(b []byte) error { return releaseNames.DecodeJSON(b, r) }

// Valuation says how a gift was measured: money, or goods at the amount of their voucher, at a
// market price, or by a valuation technique (公允价值: active market first, then valuation).
type Valuation uint8

// The valuations.
const (
	Money           Valuation = iota // cash or transfer (the zero value)
	VoucherAmount                    // goods at the amount on the donor's voucher (凭据金额)
	MarketPrice                      // goods at fair value from an active market
	ValuationMethod                  // goods at fair value by a valuation technique
)

var valuationNames = enum.Names[Valuation]{Type: "Valuation", Text: []string{"money", "voucher", "market-price", "valuation-method"}}

// InKind reports whether the gift is goods rather than money.
func (v Valuation) InKind() bool { return v != Money }

// IsValid reports whether v is one of the four valuations.
func (v Valuation) IsValid() bool { return valuationNames.Valid(v) }

// String returns the valuation's text form.
func (v Valuation) String() string { return valuationNames.String(v) }

// MarshalText encodes v as String does.
func (v Valuation) MarshalText() ([]byte, error) { return valuationNames.Marshal(v) }

// UnmarshalText decodes what MarshalText encodes.
func (v *Valuation) UnmarshalText(b []byte) error { return valuationNames.Unmarshal(b, v) }

// UnmarshalJSON decodes a JSON string as UnmarshalText does; a bad value is an error naming the
// field.
func (v *Valuation) UnmarshalJSON(b []byte) error { return valuationNames.DecodeJSON(b, v) }

// Name returns the restriction class in three languages.
func (r Restriction) Name() socialorg.Text { return restrictionNames.Name(r) }

// Name returns the income category's line in the statement of activities, in three languages.
func (c IncomeCategory) Name() socialorg.Text { return incomeNames.Name(c) }

// Name returns the expense category's line in the statement of activities, in three languages.
func (c ExpenseCategory) Name() socialorg.Text { return expenseNames.Name(c) }
