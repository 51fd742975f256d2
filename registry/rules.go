package registry

import (
	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
)

// The legal sources of the registration and filing rules.
const (
	// 《社会团体登记管理条例》, State Council Order 250 of 1998-10-25, in force that day; revised by
	// Order 666 of 2016-02-06, which left Article 10 as it was.
	docSocialGroups = "《社会团体登记管理条例》（国务院令第250号，2016年修订）"
	// 《民办非企业单位登记管理暂行条例》, State Council Order 251, in force 1998-10-25.
	docServiceAgencies = "《民办非企业单位登记管理暂行条例》（国务院令第251号）"
	// 《基金会管理条例》, State Council Order 400, in force 2004-06-01.
	docFoundations = "《基金会管理条例》（国务院令第400号）"
	// 《广州市社会组织管理办法》, Guangzhou Government Order 108, in force 2015-01-01.
	docGuangzhou = "《广州市社会组织管理办法》（广州市人民政府令第108号）"
	// 《广东省社区社会组织分类管理办法（试行）》, 粤民规字〔2022〕2号, issued 2022-05-26.
	docGuangdongFiling = "《广东省社区社会组织分类管理办法（试行）》（粤民规字〔2022〕2号）"
	// 《民政部关于大力培育发展社区社会组织的意见》, 民发〔2017〕191号, published 2018-01-08.
	docMCA2017 = "《民政部关于大力培育发展社区社会组织的意见》（民发〔2017〕191号）"
)

// The dates the documents took effect.
var (
	from1998     = socialorg.MustDate("1998-10-25")
	from2004     = socialorg.MustDate("2004-06-01")
	from2015     = socialorg.MustDate("2015-01-01")
	fromGDFiling = socialorg.MustDate("2022-05-26")
	fromMCA2017  = socialorg.MustDate("2018-01-08")
	noteGDFiling = "article number not confirmed (the rule is in chapter 2, 登记和备案); in force from the issue date, the effective-date clause was not read"
	noteMCA2017  = "a target for 2020 expressed as an average per community; dated from its publication (2018-01-08)"
	citeSGArt10  = func(item string) socialorg.Citation {
		return socialorg.Citation{Document: docSocialGroups, Article: "第十条第一款第（" + item + "）项"}
	}
	citeSGName  = socialorg.Citation{Document: docSocialGroups, Article: "第十条第二款"}
	citeSSAArt8 = func(item string) socialorg.Citation {
		return socialorg.Citation{Document: docServiceAgencies, Article: "第八条第（" + item + "）项"}
	}
	citeFoundArt8 = socialorg.Citation{Document: docFoundations, Article: "第八条第（二）项"}
	citeGZArt7    = socialorg.Citation{Document: docGuangzhou, Article: "第七条"}
	citeGDFiling  = socialorg.Citation{Document: docGuangdongFiling, Article: "第二章"}
	citeMCATarget = socialorg.Citation{Document: docMCA2017, Article: "一、总体要求"}
)

// Parameters of the registration rules. Amounts are in yuan.
var (
	sgMinIndividuals = socialorg.MustParam("registry.socialgroup.min-individual-members",
		socialorg.Dated[int]{From: from1998, Value: 50, Cite: citeSGArt10("一")})
	sgMinUnits = socialorg.MustParam("registry.socialgroup.min-unit-members",
		socialorg.Dated[int]{From: from1998, Value: 30, Cite: citeSGArt10("一")})
	sgMinMixed = socialorg.MustParam("registry.socialgroup.min-mixed-members",
		socialorg.Dated[int]{From: from1998, Value: 50, Cite: citeSGArt10("一")})
	sgMinFundsNational = socialorg.MustParam("registry.socialgroup.min-funds-national",
		socialorg.Dated[decimal.Decimal]{From: from1998, Value: decimal.NewFromInt(100_000), Cite: citeSGArt10("五")})
	sgMinFundsLocal = socialorg.MustParam("registry.socialgroup.min-funds-local",
		socialorg.Dated[decimal.Decimal]{From: from1998, Value: decimal.NewFromInt(30_000), Cite: citeSGArt10("五")})

	fdMinNationalPublic = socialorg.MustParam("registry.foundation.min-fund-national-public",
		socialorg.Dated[decimal.Decimal]{From: from2004, Value: decimal.NewFromInt(8_000_000), Cite: citeFoundArt8})
	fdMinLocalPublic = socialorg.MustParam("registry.foundation.min-fund-local-public",
		socialorg.Dated[decimal.Decimal]{From: from2004, Value: decimal.NewFromInt(4_000_000), Cite: citeFoundArt8})
	fdMinNonPublic = socialorg.MustParam("registry.foundation.min-fund-non-public",
		socialorg.Dated[decimal.Decimal]{From: from2004, Value: decimal.NewFromInt(2_000_000), Cite: citeFoundArt8})

	filingGroupNatural = socialorg.MustParam("registry.filing.group.min-natural-initiators",
		socialorg.Dated[int]{From: fromGDFiling, Value: 3, Cite: citeGDFiling, Note: noteGDFiling})
	filingGroupLegal = socialorg.MustParam("registry.filing.group.min-legal-initiators",
		socialorg.Dated[int]{From: fromGDFiling, Value: 2, Cite: citeGDFiling, Note: noteGDFiling})
	filingGroupMembers = socialorg.MustParam("registry.filing.group.min-members",
		socialorg.Dated[int]{From: fromGDFiling, Value: 10, Cite: citeGDFiling, Note: noteGDFiling})
	filingServiceNatural = socialorg.MustParam("registry.filing.service.min-natural-founders",
		socialorg.Dated[int]{From: fromGDFiling, Value: 2, Cite: citeGDFiling, Note: noteGDFiling})
	filingServiceLegal = socialorg.MustParam("registry.filing.service.min-legal-founders",
		socialorg.Dated[int]{From: fromGDFiling, Value: 1, Cite: citeGDFiling, Note: noteGDFiling})
	filingServiceStaff = socialorg.MustParam("registry.filing.service.min-staff",
		socialorg.Dated[int]{From: fromGDFiling, Value: 2, Cite: citeGDFiling, Note: noteGDFiling})

	// In Guangzhou, whether a social service agency outside the pre-approval fields may register
	// without a supervising unit: not under the national regulation, yes under Order 108.
	gzDirectRegistration = socialorg.MustParam("registry.ssa.guangzhou-direct-registration",
		socialorg.Dated[bool]{From: from1998, Value: false, Cite: citeSSAArt8("一")},
		socialorg.Dated[bool]{From: from2015, Value: true, Cite: citeGZArt7})

	targetUrban = socialorg.MustParam("registry.coverage.urban-community-target",
		socialorg.Dated[int]{From: fromMCA2017, Value: 10, Cite: citeMCATarget, Note: noteMCA2017})
	targetRural = socialorg.MustParam("registry.coverage.rural-community-target",
		socialorg.Dated[int]{From: fromMCA2017, Value: 5, Cite: citeMCATarget, Note: noteMCA2017})
)

// Parameters lists every dated parameter of the registry package, by ID, so that callers can
// print or audit the thresholds in force and their sources.
func Parameters() []socialorg.Parameter {
	ps := []socialorg.Parameter{
		fdMinLocalPublic,
		fdMinNationalPublic,
		fdMinNonPublic,
		filingGroupLegal,
		filingGroupMembers,
		filingGroupNatural,
		filingServiceLegal,
		filingServiceNatural,
		filingServiceStaff,
		gzDirectRegistration,
		targetRural,
		targetUrban,
		sgMinFundsLocal,
		sgMinFundsNational,
		sgMinIndividuals,
		sgMinMixed,
		sgMinUnits,
	}
	socialorg.SortParameters(ps)
	return ps
}
