package charity

// DonorsBySort exposes the comparison-sort rollup Donors made before (donorsBySort, the tests'
// reference) to the benchmarks of package charity_test.
var DonorsBySort = (*Ledger).donorsBySort

// ChunkLen is the number of gifts or postings in a full chunk (chunks.go), for the tests of
// batches that cross chunks.
const ChunkLen = chunkLen
