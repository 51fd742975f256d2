package charity

import (
	"math"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/money"
)

// Release moves restricted net assets of a fund to its unrestricted net assets.
type Release struct {
	Date   socialorg.Date  `json:"date"`
	Fund   string          `json:"fund"`
	From   Restriction     `json:"from"` // a restricted class
	Amount decimal.Decimal `json:"amount"`
	Reason ReleaseReason   `json:"reason"`
}

// series holds, for every restricted key, its amounts by day, so that a reduction can be checked
// against the balance at every date from its own on, whatever order the days come in.
//
// Each key's days form a radix tree over the day number (from 0000-01-01): leaves of 64 days
// hold the amounts, and each inner node holds, for each of its 64 children, the sum of the
// child's amounts and the least running balance within it. The tree is only as tall as the
// key's days need (a leaf for days within 64 days of each other, one inner level for 11 years,
// four levels at most), and has no pointers. Adding an amount and finding the least balance
// from a day on each take a few passes over 64 numbers per level, whatever the number of days:
// replaying a journal is linear in its days (it was quadratic, with a sorted array).
//
// A day without an amount counts as a day whose balance is the day before's: it changes no
// least balance, so the leaves are dense arrays.
type series struct {
	inner  []seriesInner
	leaves []seriesLeaf
	roots  map[uint32]seriesRoot
	// While track is set (a batch is open), fresh notes each day that gets its first amount, so
	// that undoing the batch can take it off again.
	track bool
	fresh []seriesDay
}

type seriesDay struct {
	key uint32
	x   uint32
}

// seriesRoot is the top of one key's tree.
type seriesRoot struct {
	node   int32  // index + 1 into inner (level > 0) or leaves (level 0)
	level  uint8  // 0: a leaf
	days   int32  // distinct days with an amount
	prefix uint32 // the index of the root's block of days: day >> (6 × (level + 1))
}

// seriesInner is an inner node: 1,280 bytes.
type seriesInner struct {
	sum   [seriesFan]int64 // per child: the sum of its amounts
	low   [seriesFan]int64 // per child: the least running balance within it, from its first day
	child [seriesFan]int32 // index + 1; 0: no days there
}

// seriesLeaf is 64 consecutive days: 520 bytes.
type seriesLeaf struct {
	amt  [seriesFan]int64
	mask uint64 // the days that have amounts
}

const (
	seriesBits = 6
	seriesFan  = 1 << seriesBits
	// seriesOrigin is the day number of 0000-01-01, the first date: day − seriesOrigin is below
	// 2^22 for every date to 9999-12-31, so that four levels (24 bits) hold every day.
	seriesOrigin = -719528
)

func (s *series) init() { s.roots = map[uint32]seriesRoot{} }

func seriesIndex(day int32) uint32 { return uint32(int64(day) - seriesOrigin) }

func digit(x uint32, level uint8) int {
	return int(x >> (seriesBits * uint32(level)) & (seriesFan - 1))
}

// days returns the number of distinct days of a key.
func (s *series) days(key uint32) int { return int(s.roots[key].days) }

// agg returns a leaf's sum and least running balance.
func (f *seriesLeaf) agg() (sum, low int64) {
	low = math.MaxInt64
	for _, a := range f.amt {
		sum += a
		low = min(low, sum)
	}
	return sum, low
}

// agg returns an inner node's sum and least running balance.
func (n *seriesInner) agg() (sum, low int64) {
	low = math.MaxInt64
	for c := range n.sum {
		low = min(low, sum+n.low[c])
		sum += n.sum[c]
	}
	return sum, low
}

func (s *series) aggOf(node int32, level uint8) (int64, int64) {
	if level == 0 {
		return s.leaves[node-1].agg()
	}
	return s.inner[node-1].agg()
}

// add records an amount on a day of a key, and reports whether the day is new to the key.
func (s *series) add(key uint32, day int32, amt int64) bool {
	x := seriesIndex(day)
	r, ok := s.roots[key]
	if !ok {
		s.leaves = append(s.leaves, seriesLeaf{})
		r = seriesRoot{node: int32(len(s.leaves)), prefix: x >> seriesBits}
	}
	// A day outside the root's block: new roots above it until one covers both.
	for r.prefix != x>>(seriesBits*(uint32(r.level)+1)) {
		sum, low := s.aggOf(r.node, r.level)
		var n seriesInner
		d := r.prefix & (seriesFan - 1)
		n.child[d], n.sum[d], n.low[d] = r.node, sum, low
		s.inner = append(s.inner, n)
		r = seriesRoot{node: int32(len(s.inner)), level: r.level + 1, days: r.days, prefix: r.prefix >> seriesBits}
	}
	// Down to the leaf, making the nodes that are missing.
	var path [4]int32
	v := r.node
	for lv := r.level; lv > 0; lv-- {
		path[lv] = v
		d := digit(x, lv)
		c := s.inner[v-1].child[d]
		if c == 0 {
			if lv == 1 {
				s.leaves = append(s.leaves, seriesLeaf{})
				c = int32(len(s.leaves))
			} else {
				s.inner = append(s.inner, seriesInner{})
				c = int32(len(s.inner))
			}
			s.inner[v-1].child[d] = c
		}
		v = c
	}
	f := &s.leaves[v-1]
	bit := uint64(1) << digit(x, 0)
	added := f.mask&bit == 0
	if added {
		f.mask |= bit
		r.days++
		if s.track {
			s.fresh = append(s.fresh, seriesDay{key, x})
		}
	}
	f.amt[digit(x, 0)] += amt
	// Back up: each level's entry for the child below.
	sum, low := f.agg()
	for lv := uint8(1); lv <= r.level; lv++ {
		n := &s.inner[path[lv]-1]
		d := digit(x, lv)
		n.sum[d], n.low[d] = sum, low
		sum, low = n.agg()
	}
	s.roots[key] = r
	return added
}

// undo takes an amount off a day of a key (undoing add; the day stays among the key's days until
// forget).
func (s *series) undo(key uint32, day int32, amt int64) {
	track := s.track
	s.track = false
	s.add(key, day, -amt)
	s.track = track
}

// forget takes off the days that got their first amount since the batch noted n fresh days: they
// hold nothing again.
func (s *series) forget(n int) {
	for i := len(s.fresh) - 1; i >= n; i-- {
		d := s.fresh[i]
		r := s.roots[d.key]
		v := r.node
		for lv := r.level; lv > 0 && v != 0; lv-- {
			v = s.inner[v-1].child[digit(d.x, lv)]
		}
		if v != 0 {
			s.leaves[v-1].mask &^= 1 << digit(d.x, 0)
			r.days--
			s.roots[d.key] = r
		}
	}
	s.fresh = s.fresh[:n]
}

// minFrom returns the least balance of a key at any date from day on: the balance at the end of
// day, and at the end of each later day. A key without days has 0.
func (s *series) minFrom(key uint32, day int32) int64 {
	r, ok := s.roots[key]
	if !ok {
		return 0
	}
	x := seriesIndex(day)
	switch block := x >> (seriesBits * (uint32(r.level) + 1)); {
	case block < r.prefix: // before every day of the key
		_, low := s.aggOf(r.node, r.level)
		return min(0, low)
	case block > r.prefix: // after them
		sum, _ := s.aggOf(r.node, r.level)
		return sum
	}
	var acc int64 // the sum of the days before the current node's first
	low := int64(math.MaxInt64)
	v := r.node
	for lv := r.level; lv > 0; lv-- {
		n := &s.inner[v-1]
		d := digit(x, lv)
		for c := range d {
			acc += n.sum[c]
		}
		run := acc + n.sum[d]
		for c := d + 1; c < seriesFan; c++ {
			low = min(low, run+n.low[c])
			run += n.sum[c]
		}
		if v = n.child[d]; v == 0 {
			return min(acc, low) // no days in that child: day's balance is acc, and so is every later day's in it
		}
	}
	f := &s.leaves[v-1]
	i := digit(x, 0)
	for c := 0; c <= i; c++ {
		acc += f.amt[c]
	}
	run := acc
	for c := i + 1; c < seriesFan; c++ {
		run += f.amt[c]
		low = min(low, run)
	}
	return min(acc, low)
}

// Validate checks the release's shape: a date, a restricted class, a valid reason (time expiry
// only of a time restriction), a positive amount.
func (r Release) Validate() error {
	p := socialorg.Problems{Package: pkg}
	r.validate(&p)
	return p.Err()
}

func (r Release) validate(p *socialorg.Problems) int64 {
	const at = "release."
	if r.Date.IsZero() {
		p.Add(at+"date", "", "required")
	}
	switch {
	case !r.From.Restricted():
		p.Add(at+"from", r.From, "a restricted class")
	case !r.Reason.IsValid():
		p.Add(at+"reason", int(r.Reason), "time-expired, purpose-fulfilled or donor-revoked")
	case r.Reason == TimeExpired && !r.From.timeBound():
		p.Add(at+"reason", r.Reason, "a time restriction to expire")
	}
	var m money.Reader
	return m.Positive(p, at+"amount", r.Amount)
}

// releasePostings returns the postings of a release.
func (l *Ledger) releasePostings(r Release) ([]posting, error) {
	if l == nil {
		return nil, ledgerErr("ledger", "nil", "a ledger")
	}
	l.init()
	p := socialorg.Problems{Package: pkg, Sentinel: ErrLedger}
	v := r.validate(&p)
	from, ok := l.key(r.Fund, r.From)
	if !ok && p.Len() == 0 {
		p.Add("release.fund", r.Fund, "a fund of the ledger")
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	to, _ := l.key(r.Fund, Unrestricted)
	out := uint8(kindReleaseOut)
	if r.Reason == TimeExpired {
		out = kindReleaseTime
	}
	return []posting{{day(r.Date), from, -v, out}, {day(r.Date), to, v, kindReleaseIn}}, nil
}

// RecordRelease moves restricted net assets to unrestricted. It cannot release more than the
// fund's balance in that class at any date from the release's on.
func (l *Ledger) RecordRelease(r Release) error {
	ps, err := l.releasePostings(r)
	if err != nil {
		return err
	}
	if err := l.apply(ps, entryRelease, len(l.releases), false); err != nil {
		return err
	}
	l.releases = append(l.releases, r)
	return nil
}

// SpendRestricted records spending restricted money on its purpose: a release (PurposeFulfilled)
// and the expense, together or not at all.
func (l *Ledger) SpendRestricted(from Restriction, e Expense) error {
	rel := Release{Date: e.Date, Fund: e.Fund, From: from, Amount: e.Amount, Reason: PurposeFulfilled}
	rp, err := l.releasePostings(rel)
	if err != nil {
		return err
	}
	ep, _, err := l.expensePostings(e, nil)
	if err != nil {
		return err
	}
	if err := l.apply(append(rp, ep...), entrySpend, len(l.spends), false); err != nil {
		return err
	}
	l.spends = append(l.spends, [2]uint32{uint32(len(l.releases)), uint32(len(l.expenses))})
	l.releases = append(l.releases, rel)
	l.expenses = append(l.expenses, splitExpense{Expense: e})
	return nil
}
