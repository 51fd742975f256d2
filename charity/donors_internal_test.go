package charity

import (
	stdcmp "cmp"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/fen"
)

// TestSortDonors: keys come out ordered by (hi, lo), then by name, whatever the size of the
// buckets sorted by insertion (1 sorts every bucket by radix down to its last byte): for zero,
// one and many keys; keys that share some bytes and not others; every byte of a level the same;
// many keys equal on (hi, lo) with different names (more than a bucket sorted by insertion); and
// keys given in order, in reverse and at random.
func TestSortDonors(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	gens := map[string]func(i int) sortKey{
		"sparse bytes": func(int) sortKey {
			return sortKey{hi: r.Uint64() & 0xFF00_0000_0000_00FF, lo: uint64(r.IntN(4)) << 40}
		},
		"random":     func(int) sortKey { return sortKey{hi: r.Uint64(), lo: r.Uint64()} },
		"ties":       func(int) sortKey { return sortKey{hi: uint64(r.IntN(3)), lo: 7} },
		"all equal":  func(int) sortKey { return sortKey{hi: 1, lo: 2} },
		"ascending":  func(i int) sortKey { return sortKey{hi: uint64(i / 3), lo: uint64(i)} },
		"descending": func(i int) sortKey { return sortKey{hi: ^uint64(i / 3), lo: ^uint64(i)} },
	}
	for name, gen := range gens {
		for _, n := range []int{0, 1, 2, 17, 1000, 5000} {
			keys := make([]sortKey, n)
			names := make(map[string]bool, n)
			for i := range keys {
				keys[i] = gen(i)
				keys[i].idx, keys[i].gifts = uint32(i), uint32(r.IntN(9))
				name := strconv.Itoa(r.IntN(1 << 30))
				for names[name] {
					name += "x"
				}
				names[name] = true
				keys[i].name = name
			}
			want := slices.Clone(keys)
			slices.SortFunc(want, func(a, b sortKey) int {
				return stdcmp.Or(stdcmp.Compare(a.hi, b.hi), stdcmp.Compare(a.lo, b.lo), stdcmp.Compare(a.name, b.name))
			})
			for _, small := range []int{0, 1, 4, smallBucket} {
				got := slices.Clone(keys)
				sortDonors(got, small)
				require.Equal(t, want, got, "%s, %d keys, buckets of %d by insertion", name, n, small)
			}
		}
	}
}

// TestDescendingAndPrefixKeys: descending reverses the order of int64 values (negative, zero,
// the extremes); prefixKey keeps the order of strings up to their eighth byte.
func TestDescendingAndPrefixKeys(t *testing.T) {
	vals := []int64{-1 << 63, -5, -1, 0, 1, 7, 1<<63 - 1}
	for i := 1; i < len(vals); i++ {
		require.Greater(t, descending(vals[i-1]), descending(vals[i]))
	}
	strs := []string{"", "\x00", "a", "a\x00b", "ab", "abcdefgh", "abcdefgi", "b", "\xff"}
	for i := 1; i < len(strs); i++ {
		require.LessOrEqual(t, prefixKey(strs[i-1]), prefixKey(strs[i]), "%q < %q", strs[i-1], strs[i])
	}
	require.Equal(t, prefixKey("abcdefgh"), prefixKey("abcdefghz"), "only eight bytes count")
}

// TestDonorTotalsIsDonors: donorTotals returns what Donors returns — the same donors, order,
// counts and amounts, whether its pass over the gifts is partitioned by donor or not, and whatever
// the buckets its sort leaves to insertion — over random
// ledgers with refunds, goods, anonymous gifts, split gifts,
// donors tying on amounts and sharing long name prefixes, and periods that cut through them.
func TestDonorTotalsIsDonors(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for round := range 30 {
		l, err := NewLedger(Fund{ID: "a"}, Fund{ID: "b"})
		require.NoError(t, err)
		n := 1 + r.IntN(400)
		for i := range n {
			var donor string
			switch r.IntN(5) {
			case 0:
				donor = ""
			case 1:
				donor = "long-shared-prefix-" + strconv.Itoa(r.IntN(30))
			case 2:
				donor = "d\x00" + strconv.Itoa(r.IntN(5))
			default:
				donor = "o" + strconv.Itoa(r.IntN(n))
			}
			d := Donation{GiftID: "g" + strconv.Itoa(i), Date: socialorg.MustDate("2025-01-01").AddDays(r.IntN(730)), Donor: donor, Fund: "a",
				Amount: decimal.New(int64(1+r.IntN(4))*100, -2)}
			if r.IntN(4) == 0 {
				d.Amount = decimal.New(int64(1+r.IntN(1_000_000)), -2)
			}
			if r.IntN(6) == 0 {
				d.Valuation = ValuationMethod
			}
			if r.IntN(8) == 0 {
				require.NoError(t, l.RecordSplitDonation(d, []Part{{Fund: "a", Share: decimal.New(1, 0)}, {Fund: "b", Share: decimal.New(1, 0)}}))
			} else {
				require.NoError(t, l.RecordDonation(d))
			}
			if r.IntN(10) == 0 {
				rf := Refund{Date: d.Date.AddDays(30), GiftID: d.GiftID, Fund: "a", Amount: decimal.New(1, -2)}
				require.NoError(t, l.RecordRefund(rf))
			}
		}
		for _, p := range []socialorg.Period{{}, socialorg.Year(2025), socialorg.Year(2026), socialorg.Year(2024),
			{From: socialorg.MustDate("2025-03-01"), To: socialorg.MustDate("2025-03-31")}} {
			want := l.donorsBySort(p)
			require.Empty(t, cmp.Diff(want, l.Donors(p)), "round %d, period %v: Donors", round, p)
			require.Empty(t, cmp.Diff(want, l.donorTotals(p)), "round %d, period %v", round, p)
			require.Empty(t, cmp.Diff(want, l.donorRollup(p, 0, dealBlock, smallBucket)), "round %d, period %v, partitioned", round, p)
			require.Empty(t, cmp.Diff(want, l.donorRollup(p, 0, 7, smallBucket)), "round %d, period %v, partitioned in blocks of 7 gifts", round, p)
			require.Empty(t, cmp.Diff(want, l.donorRollup(p, partitionDonors, dealBlock, 1)), "round %d, period %v, radix to the last byte", round, p)
		}
	}
	var nilLedger *Ledger
	require.Equal(t, nilLedger.Donors(socialorg.Period{}), nilLedger.donorTotals(socialorg.Period{}))
}

// donorsBySort is the rollup Donors made before the radix sort (a comparison sort of the donors):
// the reference donorTotals is tested and benchmarked against.
func (l *Ledger) donorsBySort(p socialorg.Period) []DonorTotal {
	if l == nil {
		return []DonorTotal{}
	}
	type acc struct {
		gifts         int
		amount, goods int64
	}
	accs := make([]acc, l.donors.len())
	lo, hi := dayBounds(p)
	refunds := l.giftRefunds()
	for i := range l.gifts.len() {
		g := l.gifts.at(i)
		if int64(g.day) < lo || int64(g.day) > hi {
			continue
		}
		net := g.amount - refunds[uint32(i)]
		a := &accs[g.donor]
		a.gifts++
		a.amount += net
		if g.valuation().InKind() {
			a.goods += net
		}
	}
	order := make([]int, 0, len(accs))
	for i := range accs {
		if accs[i].gifts > 0 {
			order = append(order, i)
		}
	}
	slices.SortFunc(order, func(a, b int) int {
		return stdcmp.Or(stdcmp.Compare(accs[b].amount, accs[a].amount), stdcmp.Compare(*l.donors.at(a), *l.donors.at(b)))
	})
	out := make([]DonorTotal, len(order))
	for n, i := range order {
		a := accs[i]
		out[n] = DonorTotal{Donor: *l.donors.at(i), Gifts: a.gifts, Amount: fen.ToDecimal(a.amount), InKind: fen.ToDecimal(a.goods)}
	}
	return out
}
