package charity

// DonorTotals exposes donorTotals (Donors in linear time, which Donors is to call) to the tests
// and benchmarks of package charity_test.
var DonorTotals = (*Ledger).donorTotals
