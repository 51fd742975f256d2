package charity

// DonorsBySort exposes the comparison-sort rollup Donors made before (donorsBySort, the tests'
// reference) to the benchmarks of package charity_test.
var DonorsBySort = (*Ledger).donorsBySort
