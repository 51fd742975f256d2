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
// LookupDivision knows the GB/T 2260 codes of the jurisdictions the library holds rules for (the
// root package's socialorg.Jurisdictions): the country (100000, the MCA), Guangdong (440000),
// Guangzhou (440100) and its 11 districts, the historical codes still found in lifelong credit
// codes (440102 东山区, 440107 芳村区, 440116 萝岗区, 440183 增城市, 440184 从化市) each with its
// successor, and the comparison places (Shenzhen, Foshan and Nanhai, Anqing and Huaining, Luoyang
// and Chanhe). A caller adds a place as data (socialorg.NewJurisdiction, socialorg.WithJurisdictions);
// a check judges an organization at its division, falling back to the parent's values.
//
// # Registration and filing
//
// CheckRegistration judges an Organization against the conditions in force at a date and place:
// social groups (State Council Order 250 Art. 10), social service agencies (Order 251 Art. 8, with
// Guangzhou Order 108 Art. 7 on pre-approval), foundations (Order 400 Art. 8), and community
// social organizations filed with their subdistrict (粤民规字〔2022〕2号, Guangdong's values). It
// returns a RegistrationResult whose Report cites every article; Eligible is derived from the
// findings. Thresholds the sources do not confirm (Guangzhou's minimum fund for a social service
// agency) are caller-supplied (socialorg.Supply); without one the verdict is undecided, never
// clean. Every number a source sets is a dated parameter (Parameters, socialorg.Resolve).
//
// # Coverage
//
// AssessCoverage measures a City (districts → subdistricts and towns → urban communities and
// villages) against the MCA 2017 opinion's targets (民发〔2017〕191号: on average at least 10
// community social organizations per urban community and 5 per rural one: 平均, an average over
// the area, not a floor per community) and an optional, caller-supplied number of federations
// per subdistrict. It gives per-community counts, per-subdistrict and per-district tallies and
// the city total; tallies are mergeable values (CoverageTally.Merge) so that a city can be
// assessed in shards. EvaluateCoverage is its deprecated former name.
//
// # Credit lists
//
// CreditStatus and CreditListing say whether an organization is on the abnormal or the
// serious-violation list (《社会组织信用信息管理办法》, MCA Order 60, 2018); CheckCreditBars
// judges the bars a listing raises, and other packages take the status as an input and cite it.
// An unknown status is undecided.
//
// # Validation
//
// Organization.Validate reports every problem at once as socialorg.Errors, each with a stable
// code (registry.organization.name.too_long), the JSON path of the field and messages in three
// languages. The go-playground/validator tags (uscc, division, orgkind, orggrade) live in package
// validation, so that importing registry does not link validator.
//
// The package does no I/O, holds no mutable state, and is safe for concurrent use.
package registry
