package registry

// Authority is position 1 of a unified social credit code: the registration authority
// (登记管理部门) that issued it (GB 32100-2015).
type Authority byte

// The registration authorities of GB 32100-2015.
const (
	AuthorityEstablishment  Authority = '1' // 机构编制
	AuthorityForeignAffairs Authority = '2' // 外交
	AuthorityJustice        Authority = '3' // 司法行政
	AuthorityCulture        Authority = '4' // 文化
	AuthorityCivilAffairs   Authority = '5' // 民政: social groups, social service agencies, foundations
	AuthorityTourism        Authority = '6' // 旅游
	AuthorityReligion       Authority = '7' // 宗教
	AuthorityTradeUnion     Authority = '8' // 工会
	AuthorityIndustry       Authority = '9' // 工商 (market regulation)
	AuthorityMilitary       Authority = 'A' // 中央军委改革和编制办公室
	AuthorityAgriculture    Authority = 'N' // 农业
	AuthorityOther          Authority = 'Y' // 其他
)

// authorities lists each authority with its Chinese name and the categories (position 2) it
// issues, as GB 32100-2015's code tables give them: civil affairs 1 社会团体, 2 民办非企业单位,
// 3 基金会, 9 其他; market regulation 1 企业, 2 个体工商户, 3 农民专业合作社; …
var authorities = map[Authority]struct{ name, categories string }{
	AuthorityEstablishment:  {"机构编制", "1239"},
	AuthorityForeignAffairs: {"外交", "19"},
	AuthorityJustice:        {"司法行政", "123459"},
	AuthorityCulture:        {"文化", "19"},
	AuthorityCivilAffairs:   {"民政", "1239"},
	AuthorityTourism:        {"旅游", "129"},
	AuthorityReligion:       {"宗教", "129"},
	AuthorityTradeUnion:     {"工会", "19"},
	AuthorityIndustry:       {"工商", "123"},
	AuthorityMilitary:       {"中央军委改革和编制办公室", "19"},
	AuthorityAgriculture:    {"农业", "1239"},
	AuthorityOther:          {"其他", "1"},
}

// pattern writes the authority and its categories as "5[1239]", the want of a category finding.
func (a Authority) pattern() string {
	switch a {
	case AuthorityCivilAffairs:
		return "5[1239]" // the registered kinds' authority: no string building on the hot path
	}
	return a.String() + "[" + a.Categories() + "]"
}

// kindPrefix is the first two characters of a credit code of each registered kind.
var kindPrefix = [...]string{SocialGroup: "51", SocialServiceAgency: "52", Foundation: "53", CommunityOrg: "54"}

// IsKnown reports whether a is one of the authorities GB 32100-2015 lists.
func (a Authority) IsKnown() bool {
	_, ok := authorities[a]
	return ok
}

// Name returns the authority's Chinese name (民政 for '5'), or "" when a is not known.
func (a Authority) Name() string { return authorities[a].name }

// Categories returns the category characters (position 2) the authority issues, e.g. "1239" for
// civil affairs; "" when a is not known.
func (a Authority) Categories() string { return authorities[a].categories }

// String returns the authority's character, e.g. "5" ("" for 0).
func (a Authority) String() string {
	if a == 0 {
		return ""
	}
	return string(rune(a))
}

// knownCategory reports whether the authority is known and the category is one it issues. An
// 18-digit resident ID number fails it: its first two digits are a province code, whose second
// digit is not a category of the authority its first digit names (362322… → authority 3, category
// 6).
func knownCategory(authority, category byte) bool {
	for _, c := range []byte(authorities[Authority(authority)].categories) {
		if c == category {
			return true
		}
	}
	return false
}
