package registry

import (
	"strconv"

	"github.com/socialorg/socialorg"
)

// CreditCodeParser parses credit codes with options: which codes with a wrong check character to
// admit, and whether to check the authority/category pair. Build one with NewCreditCodeParser; it
// is immutable and safe for concurrent use. ParseCreditCode is the strict parser with no options.
type CreditCodeParser struct {
	anyMismatch   bool
	allowed       map[CreditCode]struct{}
	knownCategory bool
}

// ParseOption configures a CreditCodeParser.
type ParseOption func(*CreditCodeParser) error

// AllowCodes admits these exact codes although their check characters are wrong. Real codes
// from the 2015 pilots, such as 91350100M0001TGQXM, are legal and in use yet fail the check.
// Each code is normalised like input; it must be well formed apart from its check character.
func AllowCodes(codes ...string) ParseOption {
	return func(p *CreditCodeParser) error {
		if p.allowed == nil {
			p.allowed = make(map[CreditCode]struct{}, len(codes))
		}
		for i, s := range codes {
			c, err := parseCreditCode(s, &CreditCodeParser{anyMismatch: true})
			if err != nil {
				return &socialorg.InputError{Field: "AllowCodes[" + strconv.Itoa(i) + "]", Value: s, Rule: err.Error(), Err: ErrInvalidCreditCode}
			}
			p.allowed[c] = struct{}{}
		}
		return nil
	}
}

// AllowCheckMismatch admits every code that is well formed apart from its check character. It is
// the lenient mode for bulk data with pilot-era codes; CheckValid tells such codes apart
// afterwards. Prefer AllowCodes where the exceptions are known.
func AllowCheckMismatch() ParseOption {
	return func(p *CreditCodeParser) error {
		p.anyMismatch = true
		return nil
	}
}

// RequireKnownCategory also checks positions 1–2: the authority must be one GB 32100-2015 lists,
// and where its categories are confirmed (civil affairs 1, 2, 3, 9; market regulation 1, 2, 3;
// other 1) the category must be one of them. It catches some strings that pass the mod-31 check by
// chance, but not all: an 18-digit resident ID number starts with a province code whose digits
// look like an authority whose category list is not confirmed, and so passes.
func RequireKnownCategory() ParseOption {
	return func(p *CreditCodeParser) error {
		p.knownCategory = true
		return nil
	}
}

// NewCreditCodeParser builds a parser from options. It fails when an AllowCodes entry is not a
// well-formed code.
func NewCreditCodeParser(opts ...ParseOption) (*CreditCodeParser, error) {
	p := &CreditCodeParser{}
	for _, o := range opts {
		if err := o(p); err != nil {
			return nil, err
		}
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
