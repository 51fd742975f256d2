package venture

import (
	"strings"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/enum"
)

// Category is a project category (资助类别) of a round. The zero Category is "none": a round
// without category budgets may leave it unset.
type Category uint8

// The categories of Guangzhou's rounds: the five of round 10 (2023) and the older list of rounds 5
// and 7 (whose 为老 and 助残 are Elderly and Disability, and 救助帮困 is Relief).
const (
	Elderly             Category = iota + 1 // 为老服务
	Disability                              // 助残服务
	ChildrenAndMinors                       // 儿童福利和未成年人保护
	Relief                                  // 救助帮困
	CommunityGovernance                     // 社区治理
	Youth                                   // 青少年服务 (rounds 5 and 7)
	OtherWelfare                            // 其他公益 (rounds 5 and 7)
)

var categoryNames = enum.Names[Category]{
	Type: "Category",
	Text: []string{"", "elderly", "disability", "children-and-minors", "relief", "community-governance", "youth", "other-welfare"},
	Names: []socialorg.Text{{},
		{Hans: "为老服务", Hant: "為老服務", En: "services for older people"},
		{Hans: "助残服务", Hant: "助殘服務", En: "services for people with disabilities"},
		{Hans: "儿童福利和未成年人保护", Hant: "兒童福利和未成年人保護", En: "child welfare and the protection of minors"},
		{Hans: "救助帮困", Hant: "救助幫困", En: "relief for people in difficulty"},
		{Hans: "社区治理", Hant: "社區治理", En: "community governance"},
		{Hans: "青少年服务", Hant: "青少年服務", En: "services for young people"},
		{Hans: "其他公益", Hant: "其他公益", En: "other public welfare"}},
	Aliases: map[string]Category{"为老服务": 1, "為老服務": 1, "助残服务": 2, "助殘服務": 2, "儿童福利和未成年人保护": 3,
		"兒童福利和未成年人保護": 3, "救助帮困": 4, "救助幫困": 4, "社区治理": 5, "社區治理": 5, "青少年服务": 6, "青少年服務": 6,
		"其他公益": 7},
}

// IsValid reports whether c is one of the categories.
func (c Category) IsValid() bool { return c != 0 && categoryNames.Valid(c) }

// String returns the text form ("elderly", "children-and-minors"…; "" for none).
func (c Category) String() string { return categoryNames.String(c) }

// Name returns the category's name in three languages.
func (c Category) Name() socialorg.Text { return categoryNames.Name(c) }

// MarshalText encodes c as String does.
func (c Category) MarshalText() ([]byte, error) { return categoryNames.Marshal(c) }

// UnmarshalText decodes the text form or the Chinese name, in either script.
func (c *Category) UnmarshalText(b []byte) error { return categoryNames.Unmarshal(b, c) }

// UnmarshalJSON decodes a JSON string; a bad value is an error naming the field.
func (c *Category) UnmarshalJSON(b []byte) error { return categoryNames.DecodeJSON(b, c) }

// Consequence is what follows a failed mid-term evaluation.
type Consequence uint8

// The consequences of a failed evaluation.
const (
	// Withhold stops the later tranches.
	Withhold Consequence = iota + 1
	// ClawBack stops the later tranches and reclaims what was paid and not spent.
	ClawBack
)

var consequenceNames = enum.Names[Consequence]{
	Type: "Consequence",
	Text: []string{"", "withhold", "claw-back"},
	Names: []socialorg.Text{{},
		{Hans: "停拨后续资金", Hant: "停撥後續資金", En: "withhold later tranches"},
		{Hans: "追回已拨未用资金", Hant: "追回已撥未用資金", En: "claw back unspent payments"}},
}

// String returns "withhold" or "claw-back".
func (c Consequence) String() string { return consequenceNames.String(c) }

// MarshalText encodes c as String does.
func (c Consequence) MarshalText() ([]byte, error) { return consequenceNames.Marshal(c) }

// UnmarshalText decodes the text form.
func (c *Consequence) UnmarshalText(b []byte) error { return consequenceNames.Unmarshal(b, c) }

// UnmarshalJSON decodes a JSON string; a bad value is an error naming the field.
func (c *Consequence) UnmarshalJSON(b []byte) error { return consequenceNames.DecodeJSON(b, c) }

// Shares are the parts in which a grant is paid, in order (0.6, 0.4): each in 0–1, summing to
// exactly 1. At most MaxTranches.
type Shares []decimal.Decimal

// MaxTranches is the most tranches a grant may be paid in.
const MaxTranches = 12

// Clone returns a copy (parameter values are handed out as copies).
func (s Shares) Clone() Shares { return append(Shares(nil), s...) }

// String writes the shares as "0.6 / 0.4".
func (s Shares) String() string {
	parts := make([]string, len(s))
	for i, d := range s {
		parts[i] = socialorg.ShortDecimal(d)
	}
	return strings.Join(parts, " / ")
}

// Validate checks the shares: 1 to MaxTranches of them, each in 0–1 with at most 18 decimal
// places, summing to exactly 1.
func (s Shares) Validate() error { return s.validate() }

func (s Shares) validate() error {
	if len(s) == 0 || len(s) > MaxTranches {
		return input.Invalid("shares", len(s), "1 … 12 shares")
	}
	p := socialorg.Problems{Package: "venture"}
	sum := decimal.Zero
	for i, d := range s {
		if err := shareCheck(d); err != nil {
			p.Add(socialorg.Path("shares", i), d, err.Error())
			continue
		}
		sum = sum.Add(d)
	}
	if err := p.Err(); err != nil {
		return err
	}
	if !sum.Equal(decimal.NewFromInt(1)) {
		return input.Invalid("shares", sum, "sum to exactly 1")
	}
	return nil
}
