package registry_test

import (
	"encoding/json"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
)

// naiveCheck is an independent, table-free GB 32100 check: weights 3^(i-1) mod 31 computed by
// repeated multiplication, values by position in the character set.
func naiveCheck(first17 string) byte {
	const set = "0123456789ABCDEFGHJKLMNPQRTUWXY"
	sum, w := 0, 1
	for i := 0; i < 17; i++ {
		sum += strings.IndexByte(set, first17[i]) * w
		w = w * 3 % 31
	}
	return set[(31-sum%31)%31]
}

func TestParseCreditCodeVectors(t *testing.T) {
	tests := []struct {
		code     string
		kind     registry.Kind
		hasKind  bool
		division string
		orgOK    bool
	}{
		{"91110000600037341L", 0, false, "110000", true},                           // real enterprise (python-stdnum)
		{"12440600MB2C07549J", 0, false, "440600", true},                           // real Foshan public institution
		{"51440100MJ0000018M", registry.SocialGroup, true, "440100", true},         // synthetic 社团
		{"52440100MJ0000026D", registry.SocialServiceAgency, true, "440100", true}, // synthetic 民非
		{"53440100MJ00000345", registry.Foundation, true, "440100", true},          // synthetic 基金会
		{"514401061234567886", registry.SocialGroup, true, "440106", true},         // synthetic, Tianhe
	}
	for _, tc := range tests {
		t.Run(tc.code, func(t *testing.T) {
			c, err := registry.ParseCreditCode(tc.code)
			require.NoError(t, err)
			require.Equal(t, tc.code, c.String())
			require.Equal(t, tc.division, c.Division())
			require.Equal(t, tc.code[8:17], c.OrgCode())
			require.Equal(t, tc.code[17], c.CheckChar())
			require.Equal(t, registry.Authority(tc.code[0]), c.Authority())
			require.Equal(t, tc.code[1], c.Category())
			require.True(t, c.CheckValid())
			require.Equal(t, tc.orgOK, c.OrgCodeValid())
			k, ok := c.Kind()
			require.Equal(t, tc.hasKind, ok)
			require.Equal(t, tc.kind, k)
			require.Equal(t, tc.code[17], naiveCheck(tc.code))
		})
	}
}

func TestParseCreditCodeNormalises(t *testing.T) {
	want := registry.MustCreditCode("51440100MJ0000018M")
	for _, in := range []string{
		"51440100mj0000018m",             // lower case
		"  51440100MJ0000018M\t\n",       // ASCII white space
		"\u300051440100MJ0000018M\u3000", // ideographic space
		"５１４４０１００ＭＪ０００００１８Ｍ",             // full width
		"５１４４０１００ｍｊ０００００１８ｍ",             // full-width lower case
		"\u00a051440100MJ0000018M",       // no-break space
	} {
		c, err := registry.ParseCreditCode(in)
		require.NoError(t, err, "%q", in)
		require.Equal(t, want, c, "%q", in)
	}
}

func TestParseCreditCodeErrors(t *testing.T) {
	tests := []struct {
		in     string
		reason error
		pos    int
		char   rune
		want   byte
	}{
		{"", registry.ErrCodeLength, 0, 0, 0},
		{"51440100MJ0000018", registry.ErrCodeLength, 0, 0, 0},      // 17
		{"51440100MJ0000018MM", registry.ErrCodeLength, 0, 0, 0},    // 19
		{"51440100MJ 0000018M", registry.ErrCodeLength, 0, 0, 0},    // inner space is not trimmed
		{"51440100MI0000018M", registry.ErrCodeChar, 10, 'I', 0},    // I is not in the set
		{"51440100MJ00000O8M", registry.ErrCodeChar, 16, 'O', 0},    // O neither
		{"51440100MJ000001SM", registry.ErrCodeChar, 17, 'S', 0},    // S neither
		{"5144010VMJ0000018M", registry.ErrCodeChar, 8, 'V', 0},     // V neither
		{"Z1440100MJ0000018M", registry.ErrCodeChar, 1, 'Z', 0},     // Z neither
		{"51440100MJ000001-M", registry.ErrCodeChar, 17, '-', 0},    // punctuation
		{"51440100MJ000001中M", registry.ErrCodeChar, 17, '中', 0},    // CJK
		{"5144A100MJ0000018M", registry.ErrCodeDivision, 5, 'A', 0}, // division must be digits
		{"51440100MJ0000018N", registry.ErrCodeCheck, 18, 'N', 'M'},
		{"91350100M0001TGQXM", registry.ErrCodeCheck, 18, 'M', '1'}, // real pilot code
		{"91350211M0000XUF46", registry.ErrCodeCheck, 18, '6', 'R'},
		{"91350203M0001FUE2P", registry.ErrCodeCheck, 18, 'P', 'J'},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			c, err := registry.ParseCreditCode(tc.in)
			require.Error(t, err)
			require.True(t, c.IsZero())
			require.ErrorIs(t, err, registry.ErrInvalidCreditCode)
			require.ErrorIs(t, err, socialorg.ErrInvalidInput)
			require.ErrorIs(t, err, tc.reason)
			var ce *registry.CreditCodeError
			require.True(t, errors.As(err, &ce))
			require.Equal(t, tc.pos, ce.Pos)
			require.Equal(t, tc.char, ce.Char)
			require.Equal(t, tc.want, ce.Want)
			require.Contains(t, err.Error(), "credit code")
		})
	}
}

func TestCreditCodeErrorTruncatesLongInput(t *testing.T) {
	_, err := registry.ParseCreditCode(strings.Repeat("中", 1000))
	require.ErrorIs(t, err, registry.ErrCodeLength)
	var ce *registry.CreditCodeError
	require.True(t, errors.As(err, &ce))
	require.LessOrEqual(t, len(ce.Input), 64+len("…"))
	require.Equal(t, 1000, ce.Len)
}

// TestEverySingleSubstitutionIsCaught: 31 is prime and no weight is 0 mod 31, so changing any one
// character to any other of the set changes the sum and must be rejected.
func TestEverySingleSubstitutionIsCaught(t *testing.T) {
	const set = "0123456789ABCDEFGHJKLMNPQRTUWXY"
	for _, code := range []string{"51440100MJ0000018M", "91110000600037341L", "53440100MJ00000345"} {
		for pos := 0; pos < 18; pos++ {
			for i := 0; i < len(set); i++ {
				if set[i] == code[pos] {
					continue
				}
				bad := code[:pos] + string(set[i]) + code[pos+1:]
				_, err := registry.ParseCreditCode(bad)
				require.Error(t, err, bad)
				require.ErrorIs(t, err, registry.ErrInvalidCreditCode)
			}
		}
	}
}

func TestAdjacentTranspositionsCaught(t *testing.T) {
	// Not every transposition is detectable by a weighted mod-31 sum, but swapping two different
	// characters at positions i, i+1 changes the sum by (a−b)(wᵢ−wᵢ₊₁), which is non-zero mod 31
	// because weights differ and 31 is prime: all are caught.
	code := "51440106MJA1B2C3D8"
	ch, err := registry.CreditCodeCheckChar(code[:17])
	require.NoError(t, err)
	code = code[:17] + string(ch)
	for i := 0; i < 16; i++ {
		if code[i] == code[i+1] {
			continue
		}
		swapped := code[:i] + string(code[i+1]) + string(code[i]) + code[i+2:]
		_, err := registry.ParseCreditCode(swapped)
		require.Error(t, err, swapped)
	}
}

func TestCreditCodeCheckCharMatchesNaive(t *testing.T) {
	const set = "0123456789ABCDEFGHJKLMNPQRTUWXY"
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 20000; n++ {
		var b [17]byte
		for i := range b {
			b[i] = set[r.IntN(len(set))]
		}
		got, err := registry.CreditCodeCheckChar(string(b[:]))
		require.NoError(t, err)
		require.Equal(t, naiveCheck(string(b[:])), got, string(b[:]))
	}
	// Σ mod 31 = 0 must give '0', not a 32nd character.
	got, err := registry.CreditCodeCheckChar("00000000000000000")
	require.NoError(t, err)
	require.Equal(t, byte('0'), got)

	_, err = registry.CreditCodeCheckChar("0000000000000000")
	require.ErrorIs(t, err, registry.ErrCodeLength)
	_, err = registry.CreditCodeCheckChar("0000000000000000I")
	require.ErrorIs(t, err, registry.ErrCodeChar)
}

func TestNewCreditCode(t *testing.T) {
	c, err := registry.NewCreditCode('5', '1', "440100", "MJ0000018")
	require.NoError(t, err)
	require.Equal(t, "51440100MJ0000018M", c.String())

	org, err := registry.NewOrgCode("60003734")
	require.NoError(t, err)
	require.Equal(t, "600037341", org)
	c, err = registry.NewCreditCode('9', '1', "110000", org)
	require.NoError(t, err)
	require.Equal(t, "91110000600037341L", c.String())

	for _, bad := range []struct {
		a, c     byte
		div, org string
	}{
		{'5', '1', "44010", "MJ0000018"},  // short division
		{'5', '1', "4401AB", "MJ0000018"}, // letters in the division
		{'5', '1', "440100", "MJ000001"},  // short org code
		{'5', '1', "440100", "MI0000018"}, // I is not in the set
		{'I', '1', "440100", "MJ0000018"}, // nor as authority
		{'5', 0, "440100", "MJ0000018"},   // no category
		{'5', '1', "440100", "MJ00000１8"}, // full width is not folded here
	} {
		_, err := registry.NewCreditCode(bad.a, bad.c, bad.div, bad.org)
		require.Error(t, err, "%+v", bad)
		require.ErrorIs(t, err, socialorg.ErrInvalidInput)
	}
}

func TestOrgCodeCheckChar(t *testing.T) {
	tests := map[string]byte{
		"60003734": '1', // python-stdnum's example
		"MJ000001": '8',
		"M0001TGQ": 'X', // C9 = 10 → X
		"00000000": '0', // Σ = 0 → 11 → '0'
	}
	for body, want := range tests {
		got, err := registry.OrgCodeCheckChar(body)
		require.NoError(t, err, body)
		require.Equal(t, string(want), string(got), body)
	}
	_, err := registry.OrgCodeCheckChar("6000373")
	require.ErrorIs(t, err, socialorg.ErrInvalidInput)
	_, err = registry.OrgCodeCheckChar("6000373a")
	require.ErrorIs(t, err, registry.ErrInvalidCreditCode)
	// A megabyte input is refused with a short echo (issue 18: the whole input was echoed).
	_, err = registry.OrgCodeCheckChar(strings.Repeat("字", 1<<20))
	require.ErrorIs(t, err, registry.ErrInvalidCreditCode)
	require.Less(t, len(err.Error()), 300)

	// A resident ID number passes the mod-31 check but its "organization code" does not.
	c, err := registry.ParseCreditCode("362322198709086409")
	require.NoError(t, err)
	require.False(t, c.OrgCodeValid())
}

func TestCreditCodeParserOptions(t *testing.T) {
	pilots := []string{"91350100M0001TGQXM", "91350211M0000XUF46", "91350203M0001FUE2P"}

	p, err := registry.NewCreditCodeParser(registry.AllowCodes(pilots[0], strings.ToLower(pilots[1])))
	require.NoError(t, err)
	for _, s := range pilots[:2] {
		c, err := p.Parse(s)
		require.NoError(t, err, s)
		require.False(t, c.CheckValid())
		require.Equal(t, s, c.String())
	}
	_, err = p.Parse(pilots[2]) // not on the list
	require.ErrorIs(t, err, registry.ErrCodeCheck)
	_, err = p.Parse("5144A100MJ0000018M") // the list excuses the check character only
	require.ErrorIs(t, err, registry.ErrCodeDivision)

	lenient, err := registry.NewCreditCodeParser(registry.AllowCheckMismatch())
	require.NoError(t, err)
	for _, s := range pilots {
		_, err := lenient.Parse(s)
		require.NoError(t, err, s)
	}
	_, err = lenient.Parse("91350203M0001FUE2")
	require.ErrorIs(t, err, registry.ErrCodeLength)

	_, err = registry.NewCreditCodeParser(registry.AllowCodes("9135010"))
	require.ErrorIs(t, err, registry.ErrInvalidCreditCode)

	var strict *registry.CreditCodeParser
	_, err = strict.Parse(pilots[0])
	require.ErrorIs(t, err, registry.ErrCodeCheck, "a nil parser is strict")
}

func TestRequireKnownCategory(t *testing.T) {
	p, err := registry.NewCreditCodeParser(registry.RequireKnownCategory())
	require.NoError(t, err)
	ok := []string{"51440100MJ0000018M", "91110000600037341L", "12440600MB2C07549J"}
	for _, s := range ok {
		_, err := p.Parse(s)
		require.NoError(t, err, s)
	}
	// Build well-formed codes with unknown pairs: civil affairs category 4, market regulation 9,
	// "other" 2, and authority B (not in GB 32100).
	for _, pair := range [][2]byte{{'5', '4'}, {'9', '9'}, {'Y', '2'}, {'B', '1'}} {
		c, err := registry.NewCreditCode(pair[0], pair[1], "440100", "MJ0000018")
		require.NoError(t, err)
		_, err = registry.ParseCreditCode(c.String())
		require.NoError(t, err, "the default parser does not check the pair")
		_, err = p.Parse(c.String())
		require.ErrorIs(t, err, registry.ErrCodeCategory, c.String())
		var ce *registry.CreditCodeError
		require.True(t, errors.As(err, &ce))
		require.Equal(t, 2, ce.Pos)
	}
}

func TestCreditCodeZeroValue(t *testing.T) {
	var z registry.CreditCode
	require.True(t, z.IsZero())
	require.Equal(t, "", z.String())
	require.Equal(t, "", z.Division())
	require.Equal(t, "", z.OrgCode())
	require.False(t, z.CheckValid())
	require.False(t, z.OrgCodeValid())
	_, ok := z.Kind()
	require.False(t, ok)
	require.Equal(t, "", z.Authority().String())
}

func TestCreditCodeJSON(t *testing.T) {
	type rec struct {
		Code registry.CreditCode `json:"code"`
		None registry.CreditCode `json:"none"`
	}
	b, err := json.Marshal(rec{Code: registry.MustCreditCode("53440100MJ00000345")})
	require.NoError(t, err)
	require.JSONEq(t, `{"code":"53440100MJ00000345","none":""}`, string(b))
	var back rec
	require.NoError(t, json.Unmarshal([]byte(`{"code":"53440100mj00000345","none":""}`), &back))
	require.Equal(t, registry.MustCreditCode("53440100MJ00000345"), back.Code)
	require.True(t, back.None.IsZero())
	// In a document, a bad code is an error that names its field and gives the reason; called
	// directly, the text decoder's errors match the sentinels.
	err = json.Unmarshal([]byte(`{"code":"53440100MJ00000346"}`), &back)
	var te *json.UnmarshalTypeError
	require.True(t, errors.As(err, &te), "%v", err)
	require.Equal(t, "code", te.Field)
	require.Contains(t, err.Error(), "check character does not match")
	var c registry.CreditCode
	require.ErrorIs(t, c.UnmarshalText([]byte("53440100MJ00000346")), registry.ErrCodeCheck)
	require.True(t, c.IsZero())
	err = c.UnmarshalText([]byte(strings.Repeat("5", 1<<20)))
	require.ErrorIs(t, err, registry.ErrInvalidCreditCode)
	require.Less(t, len(err.Error()), 300)
	// go-cmp compares codes without options.
	require.Empty(t, cmp.Diff(rec{Code: registry.MustCreditCode("53440100MJ00000345")}, rec{Code: back.Code}))
	b, err = registry.MustCreditCode("53440100MJ00000345").AppendText([]byte("code "))
	require.NoError(t, err)
	require.Equal(t, "code 53440100MJ00000345", string(b))
}

func TestCreditCodeComparableAsMapKey(t *testing.T) {
	a := registry.MustCreditCode("51440100MJ0000018M")
	b := registry.MustCreditCode("５１４４０１００ＭＪ０００００１８Ｍ")
	m := map[registry.CreditCode]int{a: 1}
	m[b]++
	require.Equal(t, 2, m[a])
}

func TestAuthority(t *testing.T) {
	require.Equal(t, "民政", registry.AuthorityCivilAffairs.Name())
	require.True(t, registry.AuthorityOther.IsKnown())
	require.False(t, registry.Authority('B').IsKnown())
	require.Equal(t, "", registry.Authority('B').Name())
	require.Equal(t, "5", registry.AuthorityCivilAffairs.String())
}

func TestParseValidCodeDoesNotAllocate(t *testing.T) {
	for _, s := range []string{"51440100MJ0000018M", "51440100mj0000018m"} {
		allocs := testing.AllocsPerRun(1000, func() {
			if _, err := registry.ParseCreditCode(s); err != nil {
				t.Fatal(err)
			}
		})
		require.Zero(t, allocs, s)
	}
}

func FuzzParseCreditCode(f *testing.F) {
	for _, s := range []string{
		"51440100MJ0000018M", "91110000600037341L", "91350100M0001TGQXM", "５１４４０１００ＭＪ０００００１８Ｍ",
		"\u300051440100MJ0000018M", "5144A100MJ0000018M", "", "51440100MJ000001中M",
	} {
		f.Add(s)
	}
	lenient, err := registry.NewCreditCodeParser(registry.AllowCheckMismatch(), registry.RequireKnownCategory())
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := registry.ParseCreditCode(s)
		if err != nil {
			if !errors.Is(err, registry.ErrInvalidCreditCode) {
				t.Fatalf("error %v does not match ErrInvalidCreditCode", err)
			}
			if !c.IsZero() {
				t.Fatal("a rejected code must be the zero CreditCode")
			}
		} else {
			// Every accepted code round-trips through String and is canonical.
			back, err := registry.ParseCreditCode(c.String())
			if err != nil || back != c {
				t.Fatalf("%q: round trip gave %v, %v", s, back, err)
			}
			if len(c.String()) != 18 || !c.CheckValid() || c.String()[17] != naiveCheck(c.String()) {
				t.Fatalf("%q accepted as %q, not a valid code", s, c)
			}
			var j registry.CreditCode
			if err := j.UnmarshalText([]byte(c.String())); err != nil || j != c {
				t.Fatalf("%q: text round trip: %v", s, err)
			}
		}
		if lc, err := lenient.Parse(s); err == nil {
			if back, err := lenient.Parse(lc.String()); err != nil || back != lc {
				t.Fatalf("%q: lenient round trip gave %v, %v", s, back, err)
			}
		}
	})
}

var sink registry.CreditCode

func BenchmarkParseCreditCode(b *testing.B) {
	const s = "51440100MJ0000018M"
	b.ReportAllocs()
	for b.Loop() {
		c, err := registry.ParseCreditCode(s)
		if err != nil {
			b.Fatal(err)
		}
		sink = c
	}
}

// floorCodeValue maps the GB 32100 characters to their values, −1 elsewhere.
var floorCodeValue = func() (t [256]int8) {
	for i := range t {
		t[i] = -1
	}
	for v, c := range "0123456789ABCDEFGHJKLMNPQRTUWXY" {
		t[c] = int8(v)
	}
	return t
}()

var floorWeights = [17]int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}

// floorParse does what ParseCreditCode does for a valid ASCII code, by hand: the length, the
// character set, the digits of the division, the check character, and a copy of the 18 bytes.
//
//go:noinline
func floorParse(s string) ([18]byte, bool) {
	var out [18]byte
	if len(s) != 18 {
		return out, false
	}
	sum := 0
	for i := 0; i < 18; i++ {
		v := floorCodeValue[s[i]]
		if v < 0 || i >= 2 && i < 8 && v > 9 {
			return out, false
		}
		if i < 17 {
			sum += int(v) * floorWeights[i]
		}
		out[i] = s[i]
	}
	return out, int(floorCodeValue[s[17]]) == (31-sum%31)%31
}

var floorSink [18]byte

// BenchmarkParseCreditCodeFloor is the floor of BenchmarkParseCreditCode: the same checks by hand
// in a function of its own (not inlined into the loop).
func BenchmarkParseCreditCodeFloor(b *testing.B) {
	const s = "51440100MJ0000018M"
	if _, ok := floorParse(s); !ok {
		b.Fatal("the floor refuses a valid code")
	}
	b.ReportAllocs()
	for b.Loop() {
		c, ok := floorParse(s)
		if !ok {
			b.Fatal(s)
		}
		floorSink = c
	}
}

func BenchmarkParseCreditCodeFullWidth(b *testing.B) {
	const s = "５１４４０１００ＭＪ０００００１８Ｍ"
	b.ReportAllocs()
	for b.Loop() {
		c, err := registry.ParseCreditCode(s)
		if err != nil {
			b.Fatal(err)
		}
		sink = c
	}
}
