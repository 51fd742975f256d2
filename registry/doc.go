// Package registry models Guangzhou's social organizations: their kinds, unified social credit
// codes, registration authorities' divisions, the conditions to register or file, and how many
// community social organizations each community has against the targets in force.
//
// # Credit codes
//
// ParseCreditCode accepts an 18-character unified social credit code (GB 32100-2015) after
// normalising white space, full-width characters and case, and checks its character set, its
// division digits and its mod-31 check character. A CreditCode is a comparable value with
// accessors for each part; NewCreditCode builds one from its parts; OrgCodeValid checks the
// embedded GB 11714 organization code separately. Errors are *CreditCodeError values that say
// which position is wrong and why, and match ErrInvalidCreditCode. Some real codes from the 2015
// pilots fail the check character: a CreditCodeParser with AllowCodes (or AllowCheckMismatch)
// admits them explicitly. Parsing a valid ASCII code allocates nothing.
//
// # Divisions
//
// LookupDivision knows the GB/T 2260 codes of the authorities that register Guangzhou's
// organizations: the country (100000, the MCA), Guangdong (440000), Guangzhou (440100) and its 11
// districts, and the historical codes still found in lifelong credit codes (440102 东山区,
// 440107 芳村区, 440116 萝岗区, 440183 增城市, 440184 从化市), each with its successor.
//
// # Registration and filing
//
// CheckRegistration judges an Organization against the conditions in force at a date: social
// groups (State Council Order 250 Art. 10), social service agencies (Order 251 Art. 8, with
// Guangzhou Order 108 Art. 7 on pre-approval), foundations (Order 400 Art. 8), and community
// social organizations filed with their subdistrict (粤民规字〔2022〕2号). It returns a
// socialorg.Report; every finding cites its article. Thresholds the sources do not confirm
// (Guangzhou's minimum fund for a social service agency) are caller-supplied options.
//
// # Coverage
//
// EvaluateCoverage measures a City (districts → subdistricts and towns → urban communities and
// villages) against the MCA 2017 opinion's targets (民发〔2017〕191号: on average at least 10
// community social organizations per urban community and 5 per rural one) and an optional,
// caller-supplied number of federations per subdistrict. It gives per-community shortfalls,
// per-subdistrict and per-district tallies and the city total; tallies are mergeable values
// (CoverageTally.Merge) so that a city can be evaluated in shards.
//
// # Validation
//
// Organization carries go-playground/validator tags; the package keeps one private validator.
// RegisterValidations adds the package's tags (uscc, division, orgkind, orggrade) to a caller's
// validator so that their own structs can use them.
//
// The package does no I/O, holds no mutable state, and is safe for concurrent use.
package registry
