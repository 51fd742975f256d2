package registry

import "fmt"

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

var authorityNames = map[Authority]string{
	AuthorityEstablishment:  "机构编制",
	AuthorityForeignAffairs: "外交",
	AuthorityJustice:        "司法行政",
	AuthorityCulture:        "文化",
	AuthorityCivilAffairs:   "民政",
	AuthorityTourism:        "旅游",
	AuthorityReligion:       "宗教",
	AuthorityTradeUnion:     "工会",
	AuthorityIndustry:       "工商",
	AuthorityMilitary:       "中央军委改革和编制办公室",
	AuthorityAgriculture:    "农业",
	AuthorityOther:          "其他",
}

// IsKnown reports whether a is one of the authorities GB 32100-2015 lists.
func (a Authority) IsKnown() bool {
	_, ok := authorityNames[a]
	return ok
}

// Name returns the authority's Chinese name (民政 for '5'), or "" when a is not known.
func (a Authority) Name() string { return authorityNames[a] }

// String returns the authority's character, e.g. "5".
func (a Authority) String() string {
	if a == 0 {
		return ""
	}
	return fmt.Sprintf("%c", byte(a))
}

// knownCategories lists the categories confirmed per authority (domain note B5 and C): civil
// affairs 1, 2, 3, 9; market regulation 1, 2, 3; "other" 1. The category lists of the other
// authorities are not confirmed, so for them any category passes.
var knownCategories = map[Authority]string{
	AuthorityCivilAffairs: "1239",
	AuthorityIndustry:     "123",
	AuthorityOther:        "1",
}

// knownCategory reports whether the authority is known and, where its categories are confirmed,
// whether the category is one of them.
func knownCategory(authority, category byte) bool {
	a := Authority(authority)
	if !a.IsKnown() {
		return false
	}
	cats, confirmed := knownCategories[a]
	if !confirmed {
		return true
	}
	for i := 0; i < len(cats); i++ {
		if cats[i] == category {
			return true
		}
	}
	return false
}
