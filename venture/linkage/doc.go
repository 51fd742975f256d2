// Package linkage matches community needs to the resources of Five-Society Linkage (五社联动): the
// national five parties (residents' committees, social organizations, social workers, community
// volunteers and charitable resources, as the 2021 opinion on grassroots governance names them:
// the parameter linkage.parties, PartiesAt) and the two that Guangzhou's earlier Panyu variant
// adds (community enterprises and community funds).
//
// Match finds the plan of greatest net value, Σ quantity × (need value − resource unit cost),
// respecting every quantity, kind and community scope. It is a min-cost-flow problem, solved
// exactly in int64 by a network simplex with a block-search pivot rule (the method of LEMON's
// NetworkSimplex): deterministic, with overflow refused before solving. Each kind is a network of
// its own; the candidate pairs are enumerated once, cheapest first, and the simplex starts from
// the basis of a greedy plan. At city scale (3,000 needs, 20,000 resources, about half a million
// candidate pairs) it takes about 50 ms of CPU time, under a quarter of LEMON's on the same
// instance. Its cost is linear in the number of priority tiers.
//
// Around it: MatchWith takes options (a distance cost between subdistricts, also as data:
// DistanceCost) and serves needs tier by tier (Need.Priority); Summarize gives each need's
// shortfall, each resource's leftover, totals by kind and the communities from the worst served;
// Explain says why cheaper resources did not serve a need (another kind, out of scope, used up,
// dearer with the distance, unprofitable, or left unused by a plan that is not Match's), and an
// Explainer explains every need of a plan in time near-linear in its size. Both refuse a plan that
// Match could not have made from their input, naming the field. Fund turns a community fund's
// balance into a resource in fen, and RecordFunds writes a plan's payments into the host charity's
// ledger as restricted expenses, to the fen.
//
// # Money
//
// The matcher counts money in integer fen: need values and unit costs are fen per unit of the
// kind, so margins and a plan's totals are fen, and the quantities of KindFunds are fen. The
// library's public unit is the yuan: every money field has an accessor in yuan (Plan.NetYuan…),
// and the JSON form writes it in yuan beside the fen ("net": 470, "net_yuan": "4.70"); an input
// may give either form, or both when they agree. Quantities of other kinds are in their own unit
// (hours for KindVolunteerHours).
//
// # Explanations
//
// A Summary and an Explanation are also a socialorg.Report, as every check of the library is: one
// finding per need (met in full or not), per kind and per community (Summary), per assignment and
// per cheaper alternative (Explanation), each citing the 2021 opinion, with messages in three
// languages. The opinion asks for the linkage mechanism and sets no test of how a need is met: the
// findings explain a plan; they are no legal verdict.
//
// Input problems are *socialorg.InputError values with linkage.* codes and messages in three
// languages.
package linkage
