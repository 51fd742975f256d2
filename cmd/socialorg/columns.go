package main

import (
	"encoding"
	"errors"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"
	"golang.org/x/text/width"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
)

// fieldKind is how a cell is read into a field of registry.Organization.
type fieldKind uint8

const (
	kindString  fieldKind = iota + 1 // text as it is
	kindInt                          // a whole number
	kindBool                         // yes or no
	kindDecimal                      // an amount in yuan
	kindDate                         // a civil date
	kindText                         // a type with its own text form (enums, the credit code)
)

// field is one JSON field of registry.Organization: the column a roster may have.
type field struct {
	key   string // the JSON name: "individual_members"
	index int    // the struct field's index
	kind  fieldKind
	typ   reflect.Type
}

var (
	dateType    = reflect.TypeFor[socialorg.Date]()
	decimalType = reflect.TypeFor[decimal.Decimal]()
	textType    = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// orgFields are the fields of registry.Organization by JSON name, found by reflection so that a
// field the registry adds is a column at once.
var orgFields = fieldsOf(reflect.TypeFor[registry.Organization]())

func fieldsOf(t reflect.Type) []field {
	var out []field
	for i := range t.NumField() {
		sf := t.Field(i)
		name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
		if !sf.IsExported() || name == "-" || name == "" {
			continue
		}
		f := field{key: name, index: i, typ: sf.Type}
		switch {
		case sf.Type == dateType:
			f.kind = kindDate
		case sf.Type == decimalType:
			f.kind = kindDecimal
		case reflect.PointerTo(sf.Type).Implements(textType):
			f.kind = kindText
		case sf.Type.Kind() == reflect.String:
			f.kind = kindString
		case sf.Type.Kind() == reflect.Bool:
			f.kind = kindBool
		case sf.Type.Kind() >= reflect.Int && sf.Type.Kind() <= reflect.Int64:
			f.kind = kindInt
		default:
			continue // a type a cell cannot hold: not a column
		}
		out = append(out, f)
	}
	return out
}

// lookupField returns the field of a JSON name.
func lookupField(key string) (field, bool) {
	for _, f := range orgFields {
		if f.key == key {
			return f, true
		}
	}
	return field{}, false
}

// headerAliases are the Chinese (both scripts) and English headings officers write, normalized
// (normalizeHeader), by the JSON name they stand for.
var headerAliases = map[string][]string{
	"name":                {"名称", "名稱", "组织名称", "組織名稱", "社会组织名称", "社會組織名稱", "单位名称", "單位名稱", "organization", "organisation"},
	"kind":                {"类型", "類型", "组织类型", "組織類型", "类别", "類別", "社会组织类型", "社會組織類型", "type"},
	"division":            {"登记管理机关", "登記管理機關", "登记机关", "登記機關", "行政区划", "行政區劃", "区划代码", "區劃代碼", "行政区划代码", "行政區劃代碼", "division_code"},
	"code":                {"统一社会信用代码", "統一社會信用代碼", "信用代码", "信用代碼", "credit_code", "uscc", "unified_social_credit_code"},
	"subdistrict":         {"街道", "街道(镇)", "街镇", "街鎮", "街道代码", "街道代碼"},
	"community":           {"社区", "社區", "社区(村)", "社區(村)", "社区代码", "社區代碼"},
	"registered":          {"登记日期", "登記日期", "成立日期", "备案日期", "備案日期", "registration_date"},
	"individual_members":  {"个人会员", "個人會員", "个人会员数", "個人會員數", "个人会员数量", "個人會員數量"},
	"unit_members":        {"单位会员", "單位會員", "单位会员数", "單位會員數", "单位会员数量", "單位會員數量"},
	"staff":               {"专职工作人员", "專職工作人員", "工作人员", "工作人員", "从业人员", "從業人員", "专职人员", "專職人員"},
	"funds":               {"资金", "資金", "注册资金", "註冊資金", "活动资金", "活動資金", "开办资金", "開辦資金", "原始基金", "注册资本", "註冊資本"},
	"funds_in_cash":       {"货币资金", "貨幣資金", "资金到账", "資金到賬", "原始基金到账", "原始基金到賬"},
	"domicile":            {"住所", "场所", "場所", "办公场所", "辦公場所", "地址", "address"},
	"foundation_type":     {"基金会类型", "基金會類型"},
	"pre_approval":        {"前置审批", "前置審批", "需前置审批", "需前置審批"},
	"supervisor_approved": {"业务主管单位同意", "業務主管單位同意", "业务主管单位批准", "業務主管單位批准", "主管单位同意", "主管單位同意"},
	"eight_categories":    {"八类", "八類", "八类社会组织", "八類社會組織"},
	"filing":              {"备案类型", "備案類型"},
	"form":                {"形式", "组织形式", "組織形式"},
	"natural_initiators":  {"自然人发起人", "自然人發起人", "发起人", "發起人"},
	"legal_initiators":    {"单位发起人", "單位發起人", "法人发起人", "法人發起人"},
	"branches":            {"分支机构", "分支機構", "分支机构数", "分支機構數"},
}

// aliasIndex maps a normalized heading to its JSON name.
var aliasIndex = func() map[string]string {
	m := map[string]string{}
	for key, as := range headerAliases {
		m[normalizeHeader(key)] = key
		for _, a := range as {
			m[normalizeHeader(a)] = key
		}
	}
	return m
}()

// normalizeHeader folds a heading for matching: full-width characters to ASCII, lower case,
// surrounding space and marks of a required column ("*", ":") removed, a trailing unit in
// brackets removed ("资金（元）"), and runs of spaces, hyphens and dots turned into one "_".
func normalizeHeader(s string) string {
	s = width.Fold.String(s)
	s = strings.ToLower(strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '*' || r == ':' || r == '\ufeff' }))
	if i := strings.LastIndexByte(s, '('); i > 0 && strings.HasSuffix(s, ")") {
		s = strings.TrimRightFunc(s[:i], unicode.IsSpace)
	}
	var b strings.Builder
	sep := false
	for _, r := range s {
		if unicode.IsSpace(r) || r == '-' || r == '.' || r == '_' || r == '/' {
			sep = b.Len() > 0
			continue
		}
		if sep {
			b.WriteByte('_')
			sep = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// matchHeader returns the JSON name a heading stands for.
func matchHeader(h string) (string, bool) {
	n := normalizeHeader(h)
	if n == "" {
		return "", false
	}
	if k, ok := aliasIndex[n]; ok {
		return k, true
	}
	if _, ok := lookupField(n); ok {
		return n, true
	}
	return "", false
}

// suggest returns the field name closest to an unknown heading (at most two edits), or "".
func suggest(h string) string {
	n := normalizeHeader(h)
	best, bestD := "", 3
	for _, f := range orgFields {
		if d := editDistance(n, f.key, bestD); d < bestD {
			best, bestD = f.key, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance of a and b, or limit when it is limit or more.
func editDistance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 64 || len(rb) > 64 {
		return limit
	}
	if d := len(ra) - len(rb); d >= limit || -d >= limit {
		return limit
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := 1
			if ra[i-1] == rb[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
		}
		prev, cur = cur, prev
	}
	return min(prev[len(rb)], limit)
}

// The rule phrases of cell problems (declared in phrases.go).
const (
	ruleWhole    = "a whole number"
	ruleYesNo    = "yes or no (是/否, true/false, 1/0)"
	ruleAmount   = "an amount in yuan, such as 30000.00"
	ruleDate     = "a date such as 2024-01-31"
	ruleCode     = "a unified social credit code (GB 32100-2015): "
	ruleLong     = "at most 4096 bytes"
	ruleExtra    = "a cell under a column heading"
	ruleUnknown  = "a known field (check the spelling)"
	maxCellBytes = 4096
)

// valueAliases are Chinese names of enum values the library knows only by their text form.
var valueAliases = map[string]map[string]string{
	"filing":          {"社会团体类": "group", "社會團體類": "group", "团体类": "group", "團體類": "group", "社会服务机构类": "service", "社會服務機構類": "service", "服务机构类": "service", "服務機構類": "service"},
	"foundation_type": {"全国性公募基金会": "national-public", "全國性公募基金會": "national-public", "地方性公募基金会": "local-public", "地方性公募基金會": "local-public", "非公募基金会": "non-public", "非公募基金會": "non-public"},
}

// cellOptions tell setCell how the source writes values.
type cellOptions struct {
	serialDates bool // a number in a date column is a spreadsheet serial date
	date1904    bool // serial dates count from 1904 (a workbook setting)
}

// setCell reads the text of one cell into the field f of o. It returns the rule the cell breaks
// ("" when it was read), and the reason when a parser gave one.
func setCell(o *registry.Organization, f field, cell string, opt cellOptions) string {
	if len(cell) > maxCellBytes {
		return ruleLong
	}
	v := reflect.ValueOf(o).Elem().Field(f.index)
	if f.kind != kindString {
		cell = strings.TrimFunc(cell, unicode.IsSpace)
		if cell == "" {
			return "" // an empty cell is the zero value
		}
	}
	switch f.kind {
	case kindString:
		if !utf8.ValidString(cell) {
			return "valid UTF-8 text"
		}
		v.SetString(cell)
	case kindInt:
		n, ok := parseWhole(cell)
		if !ok || v.OverflowInt(n) {
			return ruleWhole
		}
		v.SetInt(n)
	case kindBool:
		b, ok := parseYesNo(cell)
		if !ok {
			return ruleYesNo
		}
		v.SetBool(b)
	case kindDecimal:
		d, ok := parseAmount(cell)
		if !ok {
			return ruleAmount
		}
		v.Set(reflect.ValueOf(d))
	case kindDate:
		d, ok := parseCellDate(cell, opt)
		if !ok {
			return ruleDate
		}
		v.Set(reflect.ValueOf(d))
	case kindText:
		if a, ok := valueAliases[f.key][width.Fold.String(cell)]; ok {
			cell = a
		}
		u := v.Addr().Interface().(encoding.TextUnmarshaler)
		if err := u.UnmarshalText([]byte(cell)); err != nil {
			return textRule(err)
		}
	}
	return ""
}

// textRule is the rule phrase of a text form's parse error.
func textRule(err error) string {
	var ie *socialorg.InputError
	var ce *registry.CreditCodeError
	switch {
	case errors.As(err, &ce):
		return ruleCode + ce.Reason.Error()
	case errors.As(err, &ie):
		return ie.Rule
	}
	return err.Error()
}

// parseWhole reads a whole number: digits with an optional sign, thousands separators, and a zero
// fraction ("50.0", as a spreadsheet may store it).
func parseWhole(s string) (int64, bool) {
	s = strings.ReplaceAll(width.Fold.String(s), ",", "")
	if len(s) > 32 {
		return 0, false
	}
	if i := strings.IndexByte(s, '.'); i >= 0 {
		if strings.Trim(s[i+1:], "0") != "" {
			return 0, false
		}
		s = s[:i]
	}
	n, err := strconv.ParseInt(s, 10, 64)
	return n, err == nil
}

// parseYesNo reads yes or no in the forms officers write.
func parseYesNo(s string) (bool, bool) {
	switch strings.ToLower(width.Fold.String(s)) {
	case "true", "yes", "y", "1", "是", "有", "√", "✓", "t":
		return true, true
	case "false", "no", "n", "0", "否", "无", "無", "×", "✗", "f":
		return false, true
	}
	return false, false
}

// parseAmount reads an amount in yuan: a decimal number, with thousands separators, a currency
// sign (¥, ￥) or the unit 元 allowed; at most 256 characters (longer is refused unread).
func parseAmount(s string) (decimal.Decimal, bool) {
	if len(s) > 256 {
		return decimal.Decimal{}, false
	}
	s = width.Fold.String(s)
	s = strings.TrimSuffix(strings.TrimSpace(s), "元")
	s = strings.TrimPrefix(strings.TrimPrefix(s, "¥"), "￥")
	s = strings.ReplaceAll(strings.TrimSpace(s), ",", "")
	if s == "" || strings.ContainsAny(s, " \t") {
		return decimal.Decimal{}, false
	}
	d, err := decimal.NewFromString(s)
	return d, err == nil
}

// parseCellDate reads a date written 2024-01-31, 2024/1/31, 2024.1.31 or 2024年1月31日, or, in a
// workbook, a serial date.
func parseCellDate(s string, opt cellOptions) (socialorg.Date, bool) {
	s = width.Fold.String(s)
	if opt.serialDates {
		if n, ok := serialNumber(s); ok {
			return serialDate(n, opt.date1904)
		}
	}
	s = strings.TrimSuffix(s, "日")
	s = strings.NewReplacer("年", "-", "月", "-", "/", "-", ".", "-").Replace(s)
	parts := strings.Split(s, "-")
	if len(parts) != 3 || len(parts[0]) != 4 {
		return socialorg.Date{}, false
	}
	var n [3]int
	for i, p := range parts {
		if len(p) == 0 || len(p) > 4 || (i > 0 && len(p) > 2) {
			return socialorg.Date{}, false
		}
		v, err := strconv.Atoi(p)
		if err != nil || v < 0 {
			return socialorg.Date{}, false
		}
		n[i] = v
	}
	d, err := socialorg.ParseDate(pad(n[0], 4) + "-" + pad(n[1], 2) + "-" + pad(n[2], 2))
	return d, err == nil
}

func pad(n, w int) string {
	s := strconv.Itoa(n)
	for len(s) < w {
		s = "0" + s
	}
	return s
}

// serialNumber reads the whole days of a spreadsheet serial date as the workbook writes it
// ("45322", or "45322.75" with a time of day, which is dropped): digits, a point and digits.
func serialNumber(s string) (int64, bool) {
	whole, frac, _ := strings.Cut(s, ".")
	if whole == "" || len(whole) > 7 || strings.Trim(whole, "0123456789") != "" || strings.Trim(frac, "0123456789") != "" {
		return 0, false
	}
	n, err := strconv.ParseInt(whole, 10, 64)
	return n, err == nil
}

// serialDate converts a spreadsheet serial date (days since 1899-12-30, or since 1904-01-01 in a
// workbook that says so) to a civil date.
func serialDate(n int64, date1904 bool) (socialorg.Date, bool) {
	if n < 1 || n > 2958465 { // 9999-12-31
		return socialorg.Date{}, false
	}
	base := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	if date1904 {
		base = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	t := base.AddDate(0, 0, int(n))
	return socialorg.NewDate(t.Year(), t.Month(), t.Day()), true
}

// columnNames lists the JSON names a roster may use, for messages.
func columnNames() []string {
	out := make([]string, len(orgFields))
	for i, f := range orgFields {
		out[i] = f.key
	}
	slices.Sort(out)
	return out
}
