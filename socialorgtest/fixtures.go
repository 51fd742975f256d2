package socialorgtest

import (
	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
)

// The fixtures are valid organizations, one per kind, registered with Guangzhou's civil-affairs
// bureau (440100) and meeting every registration condition in force on 2026-11-27. Their credit
// codes are synthetic but valid. Each call returns a fresh value to modify.

// SocialGroup returns a social group with 60 individual members, 30,000 yuan of activity funds,
// two staff and a domicile.
func SocialGroup() registry.Organization {
	return registry.Organization{
		Code:              registry.MustCreditCode("51440100MJ0000018M"),
		Name:              "广州市社区公益促进会",
		Kind:              registry.SocialGroup,
		Division:          registry.GuangzhouCode,
		Registered:        socialorg.MustDate("2020-06-18"),
		IndividualMembers: 60,
		Staff:             2,
		Funds:             decimal.NewFromInt(30_000),
		Domicile:          "广州市越秀区某路1号",
	}
}

// ServiceAgency returns a social service agency outside the pre-approval fields, with 100,000
// yuan of start-up funds, three staff and premises.
func ServiceAgency() registry.Organization {
	return registry.Organization{
		Code:       registry.MustCreditCode("52440100MJ0000026D"),
		Name:       "广州市长者关爱服务中心",
		Kind:       registry.SocialServiceAgency,
		Division:   registry.GuangzhouCode,
		Registered: socialorg.MustDate("2019-03-01"),
		Staff:      3,
		Funds:      decimal.NewFromInt(100_000),
		Domicile:   "广州市海珠区某路2号",
	}
}

// Foundation returns a non-public foundation with an original fund of 2,000,000 yuan received in
// money.
func Foundation() registry.Organization {
	return registry.Organization{
		Code:           registry.MustCreditCode("53440100MJ00000345"),
		Name:           "广州市某某慈善基金会",
		Kind:           registry.Foundation,
		Division:       registry.GuangzhouCode,
		Registered:     socialorg.MustDate("2016-12-01"),
		FoundationType: registry.NonPublicFoundation,
		Funds:          decimal.NewFromInt(2_000_000),
		FundsInCash:    true,
		Domicile:       "广州市天河区某路3号",
	}
}

// CommunityGroup returns a community organization filed with its subdistrict as a group (社):
// three initiators, twelve members, a venue.
func CommunityGroup() registry.Organization {
	return registry.Organization{
		Name:              "某某社区舞蹈社",
		Kind:              registry.CommunityOrg,
		Division:          "440104",
		Subdistrict:       "440104001",
		Community:         "440104001001",
		Registered:        socialorg.MustDate("2023-04-01"),
		Filing:            registry.GroupFiling,
		Form:              "社",
		NaturalInitiators: 3,
		IndividualMembers: 12,
		Domicile:          "某某社区活动室",
	}
}

// CommunityService returns a community organization filed with its subdistrict as a service
// organization (站): two founders and two staff.
func CommunityService() registry.Organization {
	o := CommunityGroup()
	o.Name, o.Filing, o.Form = "某某社区长者服务站", registry.ServiceFiling, "站"
	o.NaturalInitiators, o.IndividualMembers, o.Staff = 2, 0, 2
	return o
}
