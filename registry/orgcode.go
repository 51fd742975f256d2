package registry

import (
	"strconv"
	"unicode/utf8"

	"github.com/socialorg/socialorg"
)

// orgWeights are the GB 11714 weights of the eight body characters.
var orgWeights = [8]int{3, 7, 9, 10, 5, 8, 4, 2}

// orgValue is the GB 11714 value of a body character: 0–9 for digits, 10–35 for A–Z; −1 otherwise.
func orgValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return -1
}

// OrgCodeCheckChar returns the GB 11714 check character of an organization code's eight body
// characters (digits and upper-case letters): C9 = 11 − (Σ vᵢ·wᵢ mod 11), written 'X' for 10 and
// '0' for 11, with weights 3, 7, 9, 10, 5, 8, 4, 2.
func OrgCodeCheckChar(first8 string) (byte, error) {
	if len(first8) != 8 {
		return 0, &socialorg.InputError{Field: "first8", Value: socialorg.Short(first8), Rule: "8 characters (GB 11714 body)", Err: ErrInvalidCreditCode}
	}
	sum := 0
	for i := 0; i < 8; i++ {
		v := orgValue(first8[i])
		if v < 0 {
			r, _ := utf8.DecodeRuneInString(first8[i:])
			return 0, &socialorg.InputError{Field: "first8[" + strconv.Itoa(i) + "]", Value: string(r), Rule: "0–9 or A–Z (GB 11714)", Err: ErrInvalidCreditCode}
		}
		sum += v * orgWeights[i]
	}
	switch c := 11 - sum%11; c {
	case 10:
		return 'X', nil
	case 11:
		return '0', nil
	default:
		return byte('0' + c), nil
	}
}

// NewOrgCode appends the GB 11714 check character to eight body characters, giving a 9-character
// organization code, e.g. for NewCreditCode.
func NewOrgCode(first8 string) (string, error) {
	c, err := OrgCodeCheckChar(first8)
	if err != nil {
		return "", err
	}
	return first8 + string(c), nil
}
