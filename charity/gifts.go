package charity

import (
	"math/bits"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/fen"
	"github.com/socialorg/socialorg/internal/money"
)

// Donation is a gift of money or goods. GiftID identifies the gift across every fund it is split
// into, so that rollups count it once.
type Donation struct {
	GiftID string          `json:"gift_id"`
	Date   socialorg.Date  `json:"date"`
	Donor  string          `json:"donor,omitempty"` // "" for an anonymous gift
	Fund   string          `json:"fund"`
	Amount decimal.Decimal `json:"amount"` // yuan; goods at the value Valuation says
	// Restriction, with Purpose and UsableFrom, is what the donor imposed. A time restriction
	// needs UsableFrom; a purpose restriction needs Purpose.
	Restriction Restriction    `json:"restriction,omitempty"`
	Purpose     string         `json:"purpose,omitempty"`
	UsableFrom  socialorg.Date `json:"usable_from,omitzero"`
	Valuation   Valuation      `json:"valuation,omitempty"`
	Description string         `json:"description,omitempty"` // what goods were given
	Pledge      string         `json:"pledge,omitempty"`      // the pledge this gift fulfils, if any
}

// Refund returns part or all of a gift: its part in Fund (which may be left empty when the gift
// went to one fund).
type Refund struct {
	Date   socialorg.Date  `json:"date"`
	GiftID string          `json:"gift_id"`
	Fund   string          `json:"fund,omitempty"`
	Amount decimal.Decimal `json:"amount"`
}

// gift is what the ledger keeps of a donation: 24 bytes without a pointer (the collector does not
// scan the gifts), with the ID in the ledger's ID arena and the rare fields elsewhere.
type gift struct {
	amount int64  // fen, the whole gift
	day    int32  // Date.Days
	donor  uint32 // index into donors
	// fund holds the fund in its low 24 bits (for a gift to one fund; a split gift's parts are
	// found through its ID record), the restriction in bits 24–25, the valuation in bits 26–27,
	// whether the gift is split in bit 28, and how its ID is encoded in bits 29–30.
	fund uint32
	id   uint32 // offset of the gift's record in the ID arena
}

const (
	giftFundBits  = 24
	giftFundMask  = 1<<giftFundBits - 1
	giftRestShift = 24
	giftValShift  = 26
	giftSplit     = 1 << 28
	giftEncShift  = 29
)

// giftID returns gift i's ID.
func (l *Ledger) giftID(i uint32) string {
	var buf [maxID]byte
	return string(l.appendGiftID(buf[:0], i))
}

func (l *Ledger) appendGiftID(dst []byte, i uint32) []byte {
	g := l.gifts.at(int(i))
	return l.ids.appendID(dst, g.id, g.encoding(), g.split())
}

// giftIs reports whether gift i's ID is s, without building a string.
func (l *Ledger) giftIs(i uint32, s string) bool {
	var buf [maxID]byte
	return string(l.appendGiftID(buf[:0], i)) == s
}

// findGift returns the position of the gift with the ID.
func (l *Ledger) findGift(id string) (uint32, bool) { return l.giftIdx.find(id, l.giftIs) }

func (g *gift) restriction() Restriction { return Restriction(g.fund >> giftRestShift & 3) }
func (g *gift) valuation() Valuation     { return Valuation(g.fund >> giftValShift & 3) }
func (g *gift) split() bool              { return g.fund&giftSplit != 0 }
func (g *gift) encoding() uint32         { return g.fund >> giftEncShift & 3 }

// fundIndex is the fund of a gift to one fund.
func (g *gift) fundIndex() uint32 { return g.fund & giftFundMask }

type giftPart struct {
	fund   uint32
	amount int64
}

// giftExtra is what few gifts have: the pledge they fulfil (the pledge's own ID string), the date
// they are usable from, and their purpose and description (a text record in the ID arena).
type giftExtra struct {
	pledge string
	usable socialorg.Date
	text   uint32 // the text record's offset + 1; 0 for none
}

// parts returns the gift's parts (one for a gift to one fund).
func (l *Ledger) parts(i uint32) []giftPart {
	g := l.gifts.at(int(i))
	if g.split() {
		return l.splits[l.ids.parts(g.id, g.encoding())]
	}
	return []giftPart{{fund: g.fundIndex(), amount: g.amount}}
}

// Validate checks the donation's shape and returns every problem joined: a gift ID and donor of
// at most 256 bytes, a date, a positive amount in yuan with at most two decimal places, a valid
// restriction with its usable date or purpose, a valid valuation, texts of at most 4096 bytes.
func (d Donation) Validate() error {
	p := socialorg.Problems{Package: pkg}
	d.validate(&p, "donation.")
	return p.Err()
}

func (d Donation) validate(p *socialorg.Problems, at string) int64 {
	switch {
	case d.GiftID == "":
		p.Add(at+"gift_id", "", "required")
	case len(d.GiftID) > maxID:
		p.Add(at+"gift_id", d.GiftID, "at most 256 bytes")
	}
	if d.Date.IsZero() {
		p.Add(at+"date", "", "required")
	}
	if len(d.Donor) > maxID || len(d.Pledge) > maxID {
		p.Add(at+"donor", d.Donor, "donor and pledge at most 256 bytes")
	}
	if len(d.Purpose) > maxText || len(d.Description) > maxText {
		p.Add(at+"purpose", d.Purpose, "purpose and description at most 4096 bytes")
	}
	checkText(p, at, "gift_id", d.GiftID)
	checkText(p, at, "donor", d.Donor)
	checkText(p, at, "purpose", d.Purpose)
	checkText(p, at, "description", d.Description)
	checkText(p, at, "pledge", d.Pledge)
	checkRestriction(p, at, d.Restriction, true, d.Purpose, d.UsableFrom)
	if !d.Valuation.IsValid() {
		p.Add(at+"valuation", int(d.Valuation), "money, voucher, market-price or valuation-method")
	}
	var r money.Reader
	return r.Positive(p, amountField(at), d.Amount)
}

// amountField is the path of a donation's amount, without building it for the usual prefixes (a
// gift recorded allocates nothing for it).
func amountField(at string) string {
	switch at {
	case "donation.":
		return "donation.amount"
	case "split_donation.":
		return "split_donation.amount"
	}
	return at + "amount"
}

// RecordDonation records a gift to one fund.
func (l *Ledger) RecordDonation(d Donation) error { return l.RecordSplitDonation(d, nil) }

// RecordSplitDonation records one gift split across funds: by exact amounts, which must sum to
// d.Amount, or by shares (at most 4 decimal places), split by the largest-remainder method in fen.
// d.Fund is ignored when parts are given; each part names a different fund. The gift is one gift:
// refunds and rollups see it once.
func (l *Ledger) RecordSplitDonation(d Donation, parts []Part) error {
	if l == nil {
		return ledgerErr("ledger", "nil", "a ledger")
	}
	l.init()
	at := "donation."
	if parts != nil {
		at = "split_donation."
	}
	p := socialorg.Problems{Package: pkg, Sentinel: ErrLedger}
	total := d.validate(&p, at)
	var tag uint64 // the ID's, hashed once for the search and the insertion
	var enc uint32
	if p.Len() == 0 {
		tag, enc = l.giftIdx.tagOf(d.GiftID), idEncoding(d.GiftID)
		if _, dup := l.giftIdx.findTag(tag, d.GiftID, l.giftIs); dup {
			p.Add(at+"gift_id", d.GiftID, "unique")
		}
		if d.Pledge != "" {
			if _, ok := l.pledgeIx[d.Pledge]; !ok {
				p.Add(at+"pledge", d.Pledge, "a recorded pledge")
			}
		}
		if !l.ids.fits(d.GiftID, enc, parts != nil, textOf(&d)) {
			p.Add(at+"gift_id", d.GiftID, "at most 2^32 bytes of gift IDs in one ledger")
		}
	}
	if err := p.Err(); err != nil {
		return err
	}
	var one [1]fundAmount
	split, err := l.split(at, d.Fund, total, parts, &one)
	if err != nil {
		return err
	}
	dd := day(d.Date)
	var buf [1]posting
	ps := buf[:0]
	for _, s := range split {
		if s.amount > 0 {
			ps = append(ps, posting{dd, s.fund*uint32(numRestrictions) + uint32(d.Restriction), s.amount, kindIncome + uint8(DonationIncome)})
		}
	}
	index := l.gifts.len()
	if err := l.apply(ps, entryDonation, index, parts != nil); err != nil {
		return err
	}
	g := gift{amount: total, day: dd, donor: l.intern(d.Donor), fund: uint32(d.Restriction)<<giftRestShift | uint32(d.Valuation)<<giftValShift | enc<<giftEncShift}
	if parts == nil { // a gift split by the caller stays split, even into one fund: its journal entry replays to itself
		g.fund |= split[0].fund
		g.id = l.ids.add(d.GiftID, enc, false, 0)
	} else {
		g.fund |= giftSplit
		g.id = l.ids.add(d.GiftID, enc, true, uint32(len(l.splits)))
		gp := make([]giftPart, 0, len(split))
		for _, s := range split {
			if s.amount > 0 {
				gp = append(gp, giftPart{s.fund, s.amount})
			}
		}
		l.splits = append(l.splits, gp)
	}
	if d.Purpose != "" || d.Description != "" || d.Pledge != "" || !d.UsableFrom.IsZero() {
		x := giftExtra{usable: d.UsableFrom}
		if d.Pledge != "" {
			x.pledge = l.pledges[l.pledgeIx[d.Pledge]-1].ID
		}
		if textOf(&d) > 0 {
			x.text = l.ids.addText(d.Purpose, d.Description) + 1
		}
		l.extras[uint32(index)] = x
	}
	l.gifts.add(g)
	l.giftIdx.insertTag(tag, uint32(index))
	return nil
}

// textOf is the bytes of the donation's text record, or 0 when it has no purpose or description.
func textOf(d *Donation) int {
	if d.Purpose == "" && d.Description == "" {
		return 0
	}
	return textLen(d.Purpose, d.Description)
}

// intern returns the index of a donor name, adding it when new.
func (l *Ledger) intern(donor string) uint32 {
	tag := l.donorIdx.tagOf(donor)
	if i, ok := l.donorIdx.findTag(tag, donor, l.donorIs); ok {
		return i
	}
	i := uint32(l.donors.len())
	l.donors.add(strings.Clone(donor)) // the ledger's own copy, not a slice of the caller's buffer
	l.donorIdx.insertTag(tag, i)
	return i
}

func (l *Ledger) donorIs(i uint32, s string) bool { return *l.donors.at(int(i)) == s }

// Validate checks the refund's shape: a date, a gift ID, a positive amount.
func (r Refund) Validate() error {
	p := socialorg.Problems{Package: pkg}
	r.validate(&p)
	return p.Err()
}

func (r Refund) validate(p *socialorg.Problems) int64 {
	const at = "refund."
	if r.Date.IsZero() {
		p.Add(at+"date", "", "required")
	}
	if r.GiftID == "" || len(r.GiftID) > maxID {
		p.Add(at+"gift_id", r.GiftID, "required, at most 256 bytes")
	}
	var m money.Reader
	return m.Positive(p, at+"amount", r.Amount)
}

// RecordRefund returns part or all of a gift. It is never dated before the gift; the total
// refunded never exceeds the gift's part in that fund; and a restricted balance never goes below
// zero at any date.
func (l *Ledger) RecordRefund(r Refund) error {
	if l == nil {
		return ledgerErr("ledger", "nil", "a ledger")
	}
	l.init()
	p := socialorg.Problems{Package: pkg, Sentinel: ErrLedger}
	v := r.validate(&p)
	if err := p.Err(); err != nil {
		return err
	}
	gi, ok := l.findGift(r.GiftID)
	if !ok {
		return ledgerErr("refund.gift_id", r.GiftID, "a recorded gift")
	}
	g := l.gifts.at(int(gi))
	if day(r.Date) < g.day {
		return ledgerErr("refund.date", r.Date, "not before the gift ("+socialorg.DateFromDays(int64(g.day)).String()+")")
	}
	parts := l.parts(gi)
	part := -1
	switch {
	case r.Fund == "" && len(parts) == 1:
		part = 0
	case r.Fund == "":
		return ledgerErr("refund.fund", r.Fund, "required: the gift was split across funds")
	default:
		for i, pt := range parts {
			if l.funds[pt.fund].ID == r.Fund {
				part = i
			}
		}
		if part < 0 {
			return ledgerErr("refund.fund", r.Fund, "a fund the gift went to")
		}
	}
	pk := uint64(gi)<<16 | uint64(part)
	if left := parts[part].amount - l.refunded[pk]; v > left {
		return ledgerErr("refund.amount", r.Amount, "at most what is left of the gift ("+fen.Format(left)+")")
	}
	k := parts[part].fund*uint32(numRestrictions) + uint32(g.restriction())
	if err := l.apply([]posting{{day(r.Date), k, -v, kindRefund}}, entryRefund, len(l.refunds), false); err != nil {
		return err
	}
	l.refunded[pk] += v
	l.refunds = append(l.refunds, r)
	l.refundFen = append(l.refundFen, v)
	return nil
}

// The pass of donorTotals over the gifts is partitioned by donor (into 2^partitionBits ranges) when
// there are at least partitionDonors donors, whose figures then outgrow the processor's cache:
// speed settings, not legal values.
const (
	partitionDonors = 1 << 16
	partitionBits   = 8
)

// donorTotals is Donors in time linear in the gifts and the donors: each gift in the period added
// to its donor's running figures, then the donors ordered by a radix sort on (amount, the first
// eight bytes of the name), and only the donors that tie on both compared by name. It returns
// what Donors returns, for every ledger and period.
func (l *Ledger) donorTotals(p socialorg.Period) []DonorTotal {
	return l.donorRollup(p, partitionDonors, dealBlock, smallBucket)
}

// dealBlock is how many gifts donorRollup deals into donor ranges at a time.
const dealBlock = 1 << 18

// donorRollup is donorTotals, partitioning the pass over the gifts from the given number of
// donors on, block gifts at a time, and sorting buckets of at most small donors by insertion
// (parameters, so that the tests take every path with small ledgers).
//
// Besides its result it allocates 16 bytes a donor for their running figures and 40 bytes a donor
// who gave in the period for their keys, sorted in place.
func (l *Ledger) donorRollup(p socialorg.Period, partitionFrom, block, small int) []DonorTotal {
	if l == nil {
		return []DonorTotal{}
	}
	// A donor's running figures; goods only for the donors that gave goods (rare), so that the
	// pass over the gifts touches 16 bytes a donor.
	type acc struct {
		amount int64
		gifts  uint32
		goods  uint32 // index + 1 into goods; 0 for none
	}
	accs := make([]acc, l.donors.len())
	var goods []int64
	lo, hi := dayBounds(p)
	var refunds map[uint32]int64
	if len(l.refunded) > 0 {
		refunds = l.giftRefunds()
	}
	add := func(donor uint32, net int64, inKind bool) {
		a := &accs[donor]
		a.gifts++ // at most one per gift: below 2^32
		a.amount += net
		if inKind {
			if a.goods == 0 {
				goods = append(goods, 0)
				a.goods = uint32(len(goods))
			}
			goods[a.goods-1] += net
		}
	}
	net := func(g *gift, i int) int64 {
		if refunds != nil {
			return g.amount - refunds[uint32(i)]
		}
		return g.amount
	}
	total := l.gifts.len()
	if len(accs) < partitionFrom {
		for base := 0; base < total; {
			gs := l.gifts.run(base, total)
			for i := range gs {
				if g := &gs[i]; int64(g.day) >= lo && int64(g.day) <= hi {
					add(g.donor, net(g, base+i), g.valuation().InKind())
				}
			}
			base += len(gs)
		}
	} else {
		// The donors' figures outgrow the cache: the gifts are dealt, a block at a time and in
		// order, into one run per range of donors, then each run is added up with its range's
		// figures in cache. The block bounds the buffer (block gifts, not one entry per gift
		// of the ledger), so that a call touches little fresh memory.
		shift := max(0, bits.Len32(uint32(len(accs)-1))-partitionBits)
		type dealt struct {
			net    int64
			donor  uint32
			inKind bool
		}
		block = max(block, 1)
		runs := make([]dealt, min(total, block))
		for start := 0; start < total; start += block {
			end := min(start+block, total)
			var at [1<<partitionBits + 1]int
			for base := start; base < end; {
				gs := l.gifts.run(base, end)
				for i := range gs {
					if g := &gs[i]; int64(g.day) >= lo && int64(g.day) <= hi {
						at[g.donor>>shift+1]++
					}
				}
				base += len(gs)
			}
			for b := 1; b < len(at); b++ {
				at[b] += at[b-1]
			}
			dealtN := at[len(at)-1]
			for base := start; base < end; {
				gs := l.gifts.run(base, end)
				for i := range gs {
					if g := &gs[i]; int64(g.day) >= lo && int64(g.day) <= hi {
						b := g.donor >> shift
						runs[at[b]] = dealt{net(g, base+i), g.donor, g.valuation().InKind()}
						at[b]++
					}
				}
				base += len(gs)
			}
			for _, e := range runs[:dealtN] {
				add(e.donor, e.net, e.inKind)
			}
		}
	}
	// The donors who gave in the period, keyed for the sort.
	n := 0
	for i := range accs {
		if accs[i].gifts > 0 {
			n++
		}
	}
	keys := make([]sortKey, 0, n)
	for base := 0; base < len(accs); {
		names := l.donors.run(base, len(accs))
		for j, name := range names {
			if a := &accs[base+j]; a.gifts > 0 {
				keys = append(keys, sortKey{hi: descending(a.amount), lo: prefixKey(name), name: name, idx: uint32(base + j), gifts: a.gifts})
			}
		}
		base += len(names)
	}
	sortDonors(keys, small)
	// Decimals are immutable: donors with the same amount (neighbours now) share one, and every
	// donor without goods shares the zero.
	zero := fen.ToDecimal(0)
	out := make([]DonorTotal, len(keys))
	for k := range keys {
		key := &keys[k]
		o := &out[k]
		o.Donor, o.Gifts, o.InKind = key.name, int(key.gifts), zero
		if k > 0 && key.hi == keys[k-1].hi {
			o.Amount = out[k-1].Amount
		} else {
			o.Amount = fen.ToDecimal(int64(^key.hi ^ 1<<63))
		}
		if goods != nil { // rare: read the donor's figures at random only then
			if g := accs[key.idx].goods; g != 0 {
				o.InKind = fen.ToDecimal(goods[g-1])
			}
		}
	}
	return out
}
