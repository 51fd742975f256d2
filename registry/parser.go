package registry

import (
	"slices"
	"strconv"

	"github.com/socialorg/socialorg"
)

// CreditCodeParser parses credit codes under options: which codes with a wrong check character to
// admit, and whether to check the authority/category pair. Build one with NewCreditCodeParser; it
// is immutable and safe for concurrent use. ParseCreditCode is the strict parser with no options.
type CreditCodeParser struct {
	anyMismatch   bool
	allowed       map[CreditCode]struct{}
	knownCategory bool
}

// The settings a CreditCodeParser reads from its options.
var (
	allowCodesKey    = socialorg.NewKey[[]string]("registry.parse.allow-codes")
	allowMismatchKey = socialorg.NewKey[bool]("registry.parse.allow-check-mismatch")
	knownCategoryKey = socialorg.NewKey[bool]("registry.parse.require-known-category")
)

// AllowCodes admits these exact codes although their check characters are wrong. Real codes from
// the 2015 pilots, such as 91350100M0001TGQXM, are legal and in use yet fail the check. Each code
// is normalised like input; it must be well formed apart from its check character. When the
// option is given twice, the later list replaces the earlier one.
func AllowCodes(codes ...string) socialorg.Option {
	return socialorg.Set(allowCodesKey, slices.Clone(codes))
}

// AllowCheckMismatch admits every code that is well formed apart from its check character. It is
// the lenient mode for bulk data with pilot-era codes; CheckValid tells such codes apart
// afterwards. Prefer AllowCodes where the exceptions are known.
func AllowCheckMismatch() socialorg.Option { return socialorg.Enable(allowMismatchKey) }

// RequireKnownCategory also checks positions 1–2: the authority must be one GB 32100-2015 lists
// and the category one that authority issues (see Authority.Categories). It rejects strings that
// pass the mod-31 check by chance, such as 18-digit resident ID numbers.
func RequireKnownCategory() socialorg.Option { return socialorg.Enable(knownCategoryKey) }

// NewCreditCodeParser builds a parser from options (options that do not concern credit codes are
// ignored). It fails when an AllowCodes entry is not a well-formed code.
func NewCreditCodeParser(opts ...socialorg.Option) (*CreditCodeParser, error) {
	c := socialorg.NewChecker("", socialorg.Date{}, opts...)
	p := &CreditCodeParser{anyMismatch: c.On(allowMismatchKey), knownCategory: c.On(knownCategoryKey)}
	codes, _ := socialorg.Get(&c, allowCodesKey)
	if len(codes) > 0 {
		p.allowed = make(map[CreditCode]struct{}, len(codes))
	}
	var problems socialorg.Problems
	for i, s := range codes {
		code, err := parseCreditCode(s, &CreditCodeParser{anyMismatch: true})
		if err != nil {
			problems.AddError(&socialorg.InputError{Field: "allow_codes[" + strconv.Itoa(i) + "]", Value: socialorg.Short(s),
				Rule: "a well-formed code", Err: ErrInvalidCreditCode})
			continue
		}
		p.allowed[code] = struct{}{}
	}
	if err := problems.Err(); err != nil {
		return nil, err
	}
	return p, nil
}

// Parse parses s as ParseCreditCode does, under the parser's options. A nil parser is strict.
func (p *CreditCodeParser) Parse(s string) (CreditCode, error) {
	return parseCreditCode(s, p)
}

func (p *CreditCodeParser) accepts(c CreditCode) bool {
	if p.anyMismatch {
		return true
	}
	_, ok := p.allowed[c]
	return ok
}
