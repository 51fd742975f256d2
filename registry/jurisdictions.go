package registry

import "github.com/socialorg/socialorg"

// The values of the registration and filing rules that hold in one jurisdiction only: a check
// reads them when the organization's registration authority is there, or inside it (the
// organization's Division), before its parent's and the nation's (socialorg.MustLocal). Adding a
// jurisdiction's rules is adding its values here (or, for a caller, a socialorg.Jurisdiction given
// with socialorg.WithJurisdictions); no check changes.

// Guangdong (440000): direct registration from July 2012, and the filing conditions of
// community social organizations (粤民规字〔2022〕2号).
var (
	_ = socialorg.MustLocal(directScope, "440000",
		socialorg.Dated[DirectRegistration]{From: fromGD2012, Value: DirectExceptPreApproval, Cite: cite(docGuangdong2011, ""), Note: noteGD2012})

	_ = socialorg.MustLocal(filingGroupNatural, "440000", filingValue(3))
	_ = socialorg.MustLocal(filingGroupLegal, "440000", filingValue(2))
	_ = socialorg.MustLocal(filingGroupMembers, "440000", filingValue(10))
	_ = socialorg.MustLocal(filingServiceNatural, "440000", filingValue(2))
	_ = socialorg.MustLocal(filingServiceLegal, "440000", filingValue(1))
	_ = socialorg.MustLocal(filingServiceStaff, "440000", filingValue(2))
)

// Guangzhou (440100): direct registration, first for eight categories (2012-01-01), then for every
// organization outside the pre-approval fields (May 2012), under Guangzhou Order 108 Art. 7 from
// 2015.
var _ = socialorg.MustLocal(directScope, "440100",
	socialorg.Dated[DirectRegistration]{From: fromGZEight, Until: fromGZAll.AddDays(-1), Value: DirectForEightCategories, Cite: cite(docGuangzhou2012, ""), Note: noteGZEight},
	socialorg.Dated[DirectRegistration]{From: fromGZAll, Until: fromGZ108.AddDays(-1), Value: DirectExceptPreApproval, Cite: cite(docGuangzhou2012, ""), Note: noteGZAll},
	socialorg.Dated[DirectRegistration]{From: fromGZ108, Until: fromGZ132.AddDays(-1), Value: DirectExceptPreApproval, Cite: cite(docGuangzhou108, "第七条")},
	socialorg.Dated[DirectRegistration]{From: fromGZ132, Value: DirectExceptPreApproval, Cite: cite(docGuangzhou132, "第七条"), Note: noteGZ132},
)

// filingValue is a filing condition of 粤民规字〔2022〕2号.
func filingValue(n int) socialorg.Dated[int] {
	return socialorg.Dated[int]{From: fromGDFiling, Value: n, Cite: citeGDFiling, Note: noteGDFiling}
}
