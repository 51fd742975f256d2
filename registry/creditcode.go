package registry

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/textjson"
)

// ErrInvalidCreditCode is matched (errors.Is) by every error about a malformed unified social
// credit code. The errors are *CreditCodeError values; their Reason says what is wrong and is
// matched by errors.Is too.
var ErrInvalidCreditCode = errors.New("registry: invalid unified social credit code")

// Reasons a credit code is rejected. Each is matched by errors.Is on a *CreditCodeError.
var (
	ErrCodeLength   = errors.New("must be 18 characters")
	ErrCodeChar     = errors.New("character outside the code set 0–9, A–Y (I, O, S, V and Z are not used)")
	ErrCodeDivision = errors.New("characters 3–8 (the division code) must be digits")
	ErrCodeCheck    = errors.New("check character does not match")
	ErrCodeCategory = errors.New("registration authority and category are not a known pair")
)

// CreditCodeError says why a credit code was rejected and where.
type CreditCodeError struct {
	Input  string // the input, cut to 64 bytes
	Pos    int    // 1-based position of the fault; 0 when the whole input is at fault
	Char   rune   // the character at Pos (0 when Pos is 0)
	Want   byte   // for ErrCodeCheck: the check character the first 17 characters call for
	Reason error  // ErrCodeLength, ErrCodeChar, ErrCodeDivision, ErrCodeCheck or ErrCodeCategory
	Len    int    // for ErrCodeLength: the number of characters found after normalisation
}

// Error describes the error in one line.
func (e *CreditCodeError) Error() string {
	switch {
	case e.Reason == ErrCodeLength:
		return fmt.Sprintf("registry: invalid credit code %q: %d characters, %v", e.Input, e.Len, e.Reason)
	case e.Reason == ErrCodeCheck:
		return fmt.Sprintf("registry: invalid credit code %q: position 18: check character is %c, want %c", e.Input, e.Char, e.Want)
	case e.Pos > 0:
		return fmt.Sprintf("registry: invalid credit code %q: position %d (%q): %v", e.Input, e.Pos, e.Char, e.Reason)
	}
	return fmt.Sprintf("registry: invalid credit code %q: %v", e.Input, e.Reason)
}

// Is makes errors.Is match ErrInvalidCreditCode, socialorg.ErrInvalidInput and the Reason.
func (e *CreditCodeError) Is(target error) bool {
	return target == ErrInvalidCreditCode || target == socialorg.ErrInvalidInput || target == e.Reason
}

// codeReasons names each Reason in the JSON form of a CreditCodeError.
var codeReasons = [...]struct {
	name string
	err  error
}{
	{"length", ErrCodeLength}, {"char", ErrCodeChar}, {"division", ErrCodeDivision},
	{"check", ErrCodeCheck}, {"category", ErrCodeCategory},
}

// creditCodeErrorJSON is the JSON form of a CreditCodeError: the reason by name ("length",
// "char", "division", "check", "category"), the characters as strings.
type creditCodeErrorJSON struct {
	Input  string `json:"input"`
	Pos    int    `json:"pos"`
	Char   string `json:"char,omitempty"`
	Want   string `json:"want,omitempty"`
	Reason string `json:"reason"`
	Len    int    `json:"len,omitempty"`
}

// MarshalJSON encodes the error with its reason by name, so that a service can return it as is.
func (e *CreditCodeError) MarshalJSON() ([]byte, error) {
	j := creditCodeErrorJSON{Input: e.Input, Pos: e.Pos, Len: e.Len}
	if e.Char != 0 {
		j.Char = string(e.Char)
	}
	if e.Want != 0 {
		j.Want = string(rune(e.Want))
	}
	for _, r := range codeReasons {
		if r.err == e.Reason {
			j.Reason = r.name
		}
	}
	return json.Marshal(j)
}

// UnmarshalJSON decodes what MarshalJSON wrote; an unknown reason is an error.
func (e *CreditCodeError) UnmarshalJSON(b []byte) error {
	var j creditCodeErrorJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	out := CreditCodeError{Input: j.Input, Pos: j.Pos, Len: j.Len}
	for _, r := range codeReasons {
		if r.name == j.Reason {
			out.Reason = r.err
		}
	}
	if out.Reason == nil {
		return socialorg.Invalid("reason", j.Reason, "length, char, division, check or category")
	}
	if j.Char != "" {
		out.Char = []rune(j.Char)[0]
	}
	if len(j.Want) == 1 {
		out.Want = j.Want[0]
	}
	*e = out
	return nil
}

func codeError(input string, pos int, ch rune, reason error) *CreditCodeError {
	if len(input) > 64 {
		input = strings.ToValidUTF8(input[:64], "") + "…"
	}
	return &CreditCodeError{Input: input, Pos: pos, Char: ch, Reason: reason}
}

// codeChars is the GB 32100 character set in value order: 0–30.
const codeChars = "0123456789ABCDEFGHJKLMNPQRTUWXY"

// codeWeights are the weights of positions 1–17: 3^(i−1) mod 31.
var codeWeights = [17]int32{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}

// codeValue maps a byte to its value in codeChars, lower case folded to upper; −1 outside the set.
var codeValue = func() (t [256]int8) {
	for i := range t {
		t[i] = -1
	}
	for i := 0; i < len(codeChars); i++ {
		c := codeChars[i]
		t[c] = int8(i)
		if c >= 'A' && c <= 'Z' {
			t[c+'a'-'A'] = int8(i)
		}
	}
	return t
}()

// codeCanon maps a byte of the set, in either case, to its canonical (upper-case) form.
var codeCanon = func() (t [256]byte) {
	for i := 0; i < len(codeChars); i++ {
		c := codeChars[i]
		t[c] = c
		if c >= 'A' && c <= 'Z' {
			t[c+'a'-'A'] = c
		}
	}
	return t
}()

// CreditCode is an 18-character unified social credit code (统一社会信用代码, GB 32100-2015):
//
//	position 1     registration authority (登记管理部门): 5 = civil affairs (民政)
//	position 2     category (机构类别): under civil affairs 1 社会团体, 2 民办非企业单位, 3 基金会, 9 其他
//	positions 3–8  division code of the registration authority (GB/T 2260)
//	positions 9–17 organization identifier (主体标识码, a GB 11714 organization code)
//	position 18    check character
//
// A CreditCode is a small comparable value: == compares codes and it can key a map. It holds
// only well-formed codes (ParseCreditCode, NewCreditCode, or a lenient CreditCodeParser, which may
// admit a code whose check character is wrong: see CheckValid). The zero CreditCode means "no
// code" (IsZero); its accessors return zero values.
type CreditCode struct {
	b [18]byte
}

// ParseCreditCode accepts an 18-character unified social credit code (GB 32100-2015), after
// folding full-width characters to ASCII, trimming Unicode white space (U+3000 too) and
// upper-casing. It checks the length, the character set, that characters 3–8 are digits, and the
// check character (18th). It does not require the embedded organization code (characters 9–17) to
// pass its own GB 11714 check: see OrgCodeValid.
//
// Every error is a *CreditCodeError and satisfies errors.Is(err, ErrInvalidCreditCode).
// To accept codes from the early pilots whose check characters are wrong, use a
// CreditCodeParser with AllowCodes or AllowCheckMismatch.
func ParseCreditCode(s string) (CreditCode, error) {
	return parseCreditCode(s, nil)
}

// MustCreditCode is ParseCreditCode for package-level tables and tests; it panics on error.
func MustCreditCode(s string) CreditCode {
	c, err := ParseCreditCode(s)
	if err != nil {
		panic(err)
	}
	return c
}

// parseCreditCode parses s under parser p (nil: the strict default).
func parseCreditCode(s string, p *CreditCodeParser) (CreditCode, error) {
	if len(s) == 18 {
		// Fast path: 18 bytes, all in the set (either case). Branch-free over the bytes: a byte
		// outside the set has value −1, which makes the OR of all values negative. No allocation.
		var c CreditCode
		var sum int32
		var any int8
		for i := 0; i < 17; i++ {
			v := codeValue[s[i]]
			any |= v
			sum += int32(v) * codeWeights[i]
			c.b[i] = codeCanon[s[i]]
		}
		any |= codeValue[s[17]]
		c.b[17] = codeCanon[s[17]]
		if any >= 0 {
			if p == nil && c.b[17] == checkChar(sum) &&
				c.b[2] <= '9' && c.b[3] <= '9' && c.b[4] <= '9' && c.b[5] <= '9' && c.b[6] <= '9' && c.b[7] <= '9' {
				return c, nil // the common case, decided inline
			}
			return c.finish(s, sum, p)
		}
	}
	return parseSlow(s, p)
}

// parseSlow normalises s (white space, full width, case) and reports the first fault precisely.
func parseSlow(input string, p *CreditCodeParser) (CreditCode, error) {
	s := strings.TrimFunc(input, unicode.IsSpace)
	s = width.Narrow.String(s) // full-width letters and digits, and U+3000, to ASCII
	s = strings.TrimFunc(s, unicode.IsSpace)
	if n := utf8.RuneCountInString(s); n != 18 {
		e := codeError(input, 0, 0, ErrCodeLength)
		e.Len = n
		return CreditCode{}, e
	}
	var c CreditCode
	var sum int32
	i := 0
	for _, r := range s {
		if r >= utf8.RuneSelf || codeValue[r] < 0 {
			return CreditCode{}, codeError(input, i+1, r, ErrCodeChar)
		}
		v := codeValue[r]
		c.b[i] = codeChars[v]
		if i < 17 {
			sum += int32(v) * codeWeights[i]
		}
		i++
	}
	return c.finish(input, sum, p)
}

// finish checks the division digits, the check character and (if p asks) the category.
func (c *CreditCode) finish(input string, sum int32, p *CreditCodeParser) (CreditCode, error) {
	for i := 2; i < 8; i++ {
		if c.b[i] > '9' {
			return CreditCode{}, codeError(input, i+1, rune(c.b[i]), ErrCodeDivision)
		}
	}
	if p != nil && p.knownCategory && !knownCategory(c.b[0], c.b[1]) {
		return CreditCode{}, codeError(input, 2, rune(c.b[1]), ErrCodeCategory)
	}
	if want := checkChar(sum); c.b[17] != want {
		if p == nil || !p.accepts(*c) {
			e := codeError(input, 18, rune(c.b[17]), ErrCodeCheck)
			e.Want = want
			return CreditCode{}, e
		}
	}
	return *c, nil
}

// checkChar maps the weighted sum of positions 1–17 to the check character:
// C18 = (31 − Σ mod 31) mod 31. The outer mod 31 matters: Σ mod 31 = 0 gives '0', not a 32nd symbol.
func checkChar(sum int32) byte {
	return codeChars[(31-uint32(sum)%31)%31]
}

// CreditCodeCheckChar returns the check character (18th) that the first 17 characters call for.
// first17 must be exactly 17 characters of the code set (either case; no normalisation).
func CreditCodeCheckChar(first17 string) (byte, error) {
	if len(first17) != 17 {
		e := codeError(first17, 0, 0, ErrCodeLength)
		e.Len = utf8.RuneCountInString(first17)
		return 0, e
	}
	var sum int32
	for i := 0; i < 17; i++ {
		v := codeValue[first17[i]]
		if v < 0 {
			r, _ := utf8.DecodeRuneInString(first17[i:])
			return 0, codeError(first17, i+1, r, ErrCodeChar)
		}
		sum += int32(v) * codeWeights[i]
	}
	return checkChar(sum), nil
}

// NewCreditCode builds a code from its parts and computes its check character: authority
// (position 1) and category (position 2) are single characters of the code set, division is the
// 6-digit GB/T 2260 code of the registration authority, and orgCode the 9-character organization
// identifier. orgCode need not pass GB 11714 (use NewOrgCode to build one that does).
func NewCreditCode(authority, category byte, division, orgCode string) (CreditCode, error) {
	if len(division) != 6 {
		return CreditCode{}, socialorg.Invalid("division", division, "6 digits (GB/T 2260)")
	}
	if len(orgCode) != 9 {
		return CreditCode{}, socialorg.Invalid("orgCode", orgCode, "9 characters of the code set")
	}
	first17 := string([]byte{authority, category}) + division + orgCode
	ch, err := CreditCodeCheckChar(first17)
	if err != nil {
		return CreditCode{}, err
	}
	return ParseCreditCode(first17 + string(ch))
}

// IsZero reports whether c is the zero CreditCode ("no code").
func (c CreditCode) IsZero() bool { return c == CreditCode{} }

// Equal reports whether c and d are the same code (c == d). It lets go-cmp compare codes without
// options.
func (c CreditCode) Equal(d CreditCode) bool { return c == d }

// String returns the 18 characters, upper case; "" for the zero CreditCode.
func (c CreditCode) String() string {
	if c.IsZero() {
		return ""
	}
	return string(c.b[:])
}

// Authority returns position 1, the registration authority (登记管理部门); 0 for the zero code.
func (c CreditCode) Authority() Authority { return Authority(c.b[0]) }

// Category returns position 2, the category (机构类别) within the authority; 0 for the zero code.
func (c CreditCode) Category() byte { return c.b[1] }

// Division returns characters 3–8: the GB/T 2260 division code of the registration authority
// ("440100" for Guangzhou's municipal civil-affairs bureau). See LookupDivision.
func (c CreditCode) Division() string {
	if c.IsZero() {
		return ""
	}
	// A declared division is returned as the table's own string: no allocation.
	if j, ok := socialorg.LookupJurisdiction(string(c.b[2:8])); ok {
		return j.Code()
	}
	return string(c.b[2:8])
}

// cmpDivision compares a division code with characters 3–8 of a code.
func cmpDivision(d string, b *[18]byte) int {
	for k := 0; k < 6; k++ {
		if k >= len(d) {
			return -1
		}
		if d[k] != b[2+k] {
			return int(d[k]) - int(b[2+k])
		}
	}
	return len(d) - 6
}

// prefix returns characters 1–2 (authority and category), without allocating for the registered
// kinds' 51, 52 and 53.
func (c CreditCode) prefix() string {
	if c.b[0] == '5' && c.b[1] >= '1' && c.b[1] <= '4' {
		return kindPrefix[c.b[1]-'0']
	}
	return string(c.b[:2])
}

// OrgCode returns characters 9–17, the organization identifier (主体标识码).
func (c CreditCode) OrgCode() string {
	if c.IsZero() {
		return ""
	}
	return string(c.b[8:17])
}

// CheckChar returns position 18, the check character; 0 for the zero code.
func (c CreditCode) CheckChar() byte { return c.b[17] }

// CheckValid reports whether the check character matches the first 17 characters. It is always
// true for codes from ParseCreditCode and NewCreditCode, and may be false for a code a lenient
// CreditCodeParser admitted.
func (c CreditCode) CheckValid() bool {
	if c.IsZero() {
		return false
	}
	var sum int32
	for i := 0; i < 17; i++ {
		sum += int32(codeValue[c.b[i]]) * codeWeights[i]
	}
	return c.b[17] == checkChar(sum)
}

// OrgCodeValid reports whether characters 9–17 form a valid GB 11714 organization code (its own
// check character, the 9th, matches). Codes issued to social organizations since 2015 often
// carry identifiers that were never GB 11714 codes, so a false here is not an error of the credit
// code itself.
func (c CreditCode) OrgCodeValid() bool {
	if c.IsZero() {
		return false
	}
	want, err := OrgCodeCheckChar(string(c.b[8:16]))
	return err == nil && want == c.b[16]
}

// Kind returns the kind of social organization the code's authority and category denote:
// "51" → SocialGroup, "52" → SocialServiceAgency, "53" → Foundation. For any other pair (another
// authority, civil-affairs category 9 "other", the zero code) it returns false.
func (c CreditCode) Kind() (Kind, bool) {
	if c.b[0] != '5' {
		return 0, false
	}
	switch c.b[1] {
	case '1':
		return SocialGroup, true
	case '2':
		return SocialServiceAgency, true
	case '3':
		return Foundation, true
	}
	return 0, false
}

// AppendText appends the 18 characters to b (encoding.TextAppender); the zero code appends
// nothing.
func (c CreditCode) AppendText(b []byte) ([]byte, error) {
	if c.IsZero() {
		return b, nil
	}
	return append(b, c.b[:]...), nil
}

// MarshalText encodes c as its 18 characters ("" for the zero code).
func (c CreditCode) MarshalText() ([]byte, error) { return c.AppendText(make([]byte, 0, 18)) }

// UnmarshalText parses b with ParseCreditCode (strict); "" decodes to the zero code. On error c
// is unchanged.
func (c *CreditCode) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = CreditCode{}
		return nil
	}
	v, err := ParseCreditCode(string(b[:min(len(b), 256)]))
	if err == nil && len(b) > 256 {
		err = codeError(string(b[:65]), 0, 0, ErrCodeLength)
	}
	if err != nil {
		return err
	}
	*c = v
	return nil
}

var creditCodeType = reflect.TypeFor[CreditCode]()

// UnmarshalJSON decodes a JSON string as UnmarshalText does; a bad code is an error that
// encoding/json reports with the field's path.
func (c *CreditCode) UnmarshalJSON(b []byte) error {
	return textjson.Decode(b, creditCodeType, c.UnmarshalText, func(err error) string {
		var ce *CreditCodeError
		if errors.As(err, &ce) {
			return ce.Reason.Error()
		}
		return err.Error()
	})
}
