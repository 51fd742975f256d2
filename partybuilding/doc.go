// Package partybuilding answers, for every social organization, which Party organization it must
// have, whether it is covered, and what to do where it is not; and it tallies coverage for a
// district or the city. It serves Guangzhou's "Red Seedling Project" (红苗工程: Party-building
// instructors, first secretaries, Red Alliance co-building), which aims at full "organization
// coverage" and "work coverage" (两个覆盖).
//
// # Required form
//
// Require and RequireAt give the form a unit must have: work coverage by an instructor or liaison
// with no members; a joint branch (联合党支部) under 3 formal members; a branch (党支部) from 3
// formal members, with a branch committee from 7; a general branch (党总支) from 50; a primary
// committee (基层党委) from 100. The 3 and 7 thresholds count formal members only (CCP
// Constitution Art. 7); whether probationary members count toward 50 and 100 is an option
// (CountProbationary), off by default. Every threshold is a dated, cited parameter (Parameters).
//
// # Assessment
//
// Assess judges units at a date and returns, per unit, a socialorg.Report and the actions its
// failures call for, most urgent first: set up an organization, reorganize into the required
// form, split an oversized joint branch (more than 5 units), elect a branch committee, hold an
// overdue election (3-year terms for branches and general branches, 5 for primary committees and
// village/community organizations, at most 1 year of approved postponement), assign an instructor,
// add the Party-building clause to the charter (民函〔2018〕78号).
//
// # Coverage
//
// Tally counts a set of units into a Coverage; Merge combines tallies (associative and
// commutative), so a city can be tallied by district or in shards. Rates gives organization and
// work coverage against each denominator in use (eligible units, all units, operating units) as
// exact fractions, formatted with two decimals; GrowthBetween compares two tallies. Tally
// allocates nothing.
//
// # Sources
//
// The CCP Constitution (2012, 2017, 2022 texts, Art. 29/30), the branch-work regulation
// (中发〔2018〕38号), the 2015 opinion on Party building in social organizations
// (中办发〔2015〕51号), the organ regulation (2019) for the 50/100 cut-offs as provincial guides
// apply them, the 2018 opinion on terms, the 2020 election regulation and 民函〔2018〕78号.
// Several article numbers and dates come from secondary sources; each parameter's Note says so.
package partybuilding
