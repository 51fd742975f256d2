package venture

import (
	"cmp"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/enum"
	"github.com/socialorg/socialorg/internal/fen"
)

// Award is a grant made in an allocation.
type Award struct {
	ID       string          `json:"id"`
	Amount   decimal.Decimal `json:"amount"`
	Rank     int             `json:"rank"` // 1-based place in the ranking of all applications
	Category Category        `json:"category,omitzero"`
}

// Limit is the budget that stopped an award.
type Limit uint8

// The budgets that can stop an award.
const (
	RoundLimit    Limit = iota + 1 // what remained of the round's budget
	CategoryLimit                  // what remained of the category's budget
)

var limitNames = enum.Names[Limit]{
	Type: "Limit",
	Text: []string{"", "round-budget", "category-budget"},
	Names: []socialorg.Text{{},
		{Hans: "本届资助资金余额不足", Hant: "本屆資助資金餘額不足", En: "the round's budget ran out"},
		{Hans: "该类别资助资金余额不足", Hant: "該類別資助資金餘額不足", En: "the category's budget ran out"}},
}

// String returns "round-budget" or "category-budget".
func (l Limit) String() string { return limitNames.String(l) }

// Name returns the reason in three languages.
func (l Limit) Name() socialorg.Text { return limitNames.Name(l) }

// MarshalText encodes l as String does.
func (l Limit) MarshalText() ([]byte, error) { return limitNames.Marshal(l) }

// UnmarshalText decodes the text form.
func (l *Limit) UnmarshalText(b []byte) error { return limitNames.Unmarshal(b, l) }

// UnmarshalJSON decodes a JSON string; a bad value is an error naming the field.
func (l *Limit) UnmarshalJSON(b []byte) error { return limitNames.DecodeJSON(b, l) }

// PassedOver explains why an application was not funded: its grant, the budget that stopped it
// and what remained of that budget when its turn came.
type PassedOver struct {
	ID       string          `json:"id"`
	Rank     int             `json:"rank"`
	Grant    decimal.Decimal `json:"grant"`
	Limit    Limit           `json:"limit"`
	Left     decimal.Decimal `json:"left"`
	Category Category        `json:"category,omitzero"`
}

// CategoryResult is what one category of a round asked for and got.
type CategoryResult struct {
	Category     Category        `json:"category"`
	Budget       decimal.Decimal `json:"budget"`       // the category's budget (zero when the round sets none)
	Limited      bool            `json:"limited"`      // the round set a budget for it
	Applications int             `json:"applications"` // applications in the category
	Awards       int             `json:"awards"`
	Requested    decimal.Decimal `json:"requested"` // Σ grants of its applications
	Funded       decimal.Decimal `json:"funded"`
	Unspent      decimal.Decimal `json:"unspent"` // Budget − Funded when Limited, else zero
}

// Allocation is the outcome of a round: who is funded, in rank order, and what is left.
type Allocation struct {
	Awards    []Award         `json:"awards"` // in rank order
	Funded    decimal.Decimal `json:"funded"` // Σ awards
	Remaining decimal.Decimal `json:"remaining"`
	// Unfunded lists the IDs passed over because their grant no longer fit, in rank order;
	// PassedOver says why, in the same order.
	Unfunded   []string     `json:"unfunded"`
	PassedOver []PassedOver `json:"passed_over"`
	// Categories has one entry per category that had a budget or an application, by category.
	Categories []CategoryResult `json:"categories"`
}

// Report explains the allocation as findings, the library's one explanation shape: for each
// application passed over (PassedOver, in rank order), a Fail finding about it of
// RuleRoundBudget or RuleCategoryBudget, whose Got is its grant and whose Want is what remained of
// the budget that stopped it ("≤ 400000.00"). Awards and applications whose grant is zero give
// no finding. The rules have one regime each, for every round (an allocation has no date); the
// report records the library's version and rules digest. Amounts outside whole fen (an
// allocation decoded from hostile JSON) are shown as ShortDecimal shows them, at bounded cost.
func (a Allocation) Report() socialorg.Report {
	c := socialorg.NewChecker("", from2013)
	c.Grow(len(a.PassedOver))
	for _, p := range a.PassedOver {
		r := ruleRoundBudget
		if p.Limit == CategoryLimit {
			r = ruleCategoryBudget
		}
		c.SetSubject(p.ID)
		c.Add(r, socialorg.Fail, socialorg.Fig(yuanText(p.Grant)), socialorg.Fig("≤ "+yuanText(p.Left)), socialorg.Citation{})
	}
	return c.Report()
}

// yuanText writes an amount with two decimals, or, outside whole fen, as ShortDecimal does.
func yuanText(d decimal.Decimal) string {
	if f, err := fen.FromDecimal(d); err == nil {
		return fen.Format(f)
	}
	return socialorg.ShortDecimal(d)
}

// app is a validated application.
type app struct {
	i       int // index in the input
	grant   int64
	budget  int64
	self    int64
	scoreC  int64
	scoreE  int32
	key     int64 // score scaled to a common exponent when fast
	cat     Category
	catSlot int // index into the category table
}

// Allocate walks the applications in rank order (score descending, then ID ascending) and awards
// each its full Grant while it fits in what remains (of the round's budget and, when the round has
// category budgets, of its category's). One that does not fit is passed over and the walk goes on:
// a smaller grant further down may still fit. No partial awards. An application whose grant is zero
// gets no award and is not listed in Unfunded. Conservation is exact: Funded = Σ awards and Funded +
// Remaining = Budget, to the fen.
//
// Errors (one *socialorg.InputError per problem, joined, each naming its field such as
// "applications[3].budget"): negative or sub-fen amounts, empty, over-long (more than MaxIDLen
// bytes) or duplicate IDs, MaxShare outside 0–1, a score out of range, a category the round does
// not budget for, more than MaxApplications applications.
func Allocate(r Round, apps []Application) (Allocation, error) {
	p := socialorg.Problems{Package: "venture"}
	if len(apps) > MaxApplications {
		p.Add("applications", len(apps), "at most 1048576 applications")
		return Allocation{}, p.Err()
	}
	rr := r.read(&p)
	cats := newCatTable(rr.cats)
	as := make([]app, len(apps))
	seen := make(map[string]struct{}, len(apps))
	minExp := int32(12)
	for i := range apps {
		a := &apps[i]
		at := func(field string) string { return "applications[" + itoa(i) + "]." + field }
		switch {
		case a.ID == "":
			p.Add(at("id"), "", "required")
		case len(a.ID) > MaxIDLen:
			p.Add(at("id"), a.ID, "at most 128 bytes")
		default:
			if _, dup := seen[a.ID]; dup {
				p.Add(at("id"), a.ID, "unique in the round")
			}
			seen[a.ID] = struct{}{}
		}
		x := &as[i]
		x.i = i
		x.budget = readAmount(&p, a.Budget, func() string { return at("budget") })
		x.self = readAmount(&p, a.SelfRaised, func() string { return at("self_raised") })
		var why string
		if x.scoreC, x.scoreE, why = scoreKey(a.Score); why != "" {
			p.Add(at("score"), a.Score, why)
		}
		if x.scoreC != 0 && x.scoreE < minExp {
			minExp = x.scoreE
		}
		x.cat = a.Category
		slot, ok := cats.slot(a.Category)
		switch {
		case a.Category != 0 && !a.Category.IsValid():
			p.Add(at("category"), int(a.Category), "a valid category")
		case !ok:
			p.Add(at("category"), a.Category.String(), "a category the round budgets for")
		}
		x.catSlot = slot
	}
	if err := p.Err(); err != nil {
		return Allocation{}, err
	}
	fast := true
	var total int64
	for i := range as {
		x := &as[i]
		x.grant = rr.grant(x.budget, x.self)
		var ok bool
		if total, ok = fen.Add(total, x.grant); !ok {
			p.Add("applications", len(apps), "Σ grants within 9.2e16 yuan")
			return Allocation{}, p.Err()
		}
		if x.scoreC == 0 {
			continue
		}
		k, ok := scale(x.scoreC, x.scoreE, minExp)
		x.key = k
		fast = fast && ok
	}
	order := make([]int32, len(as))
	for i := range order {
		order[i] = int32(i)
	}
	if fast {
		slices.SortFunc(order, func(a, b int32) int {
			x, y := &as[a], &as[b]
			if x.key != y.key {
				return cmp.Compare(y.key, x.key)
			}
			return cmp.Compare(apps[x.i].ID, apps[y.i].ID)
		})
	} else {
		slices.SortFunc(order, func(a, b int32) int {
			x, y := &as[a], &as[b]
			if c := decimal.New(y.scoreC, y.scoreE).Cmp(decimal.New(x.scoreC, x.scoreE)); c != 0 {
				return c
			}
			return cmp.Compare(apps[x.i].ID, apps[y.i].ID)
		})
	}
	return walk(rr, apps, as, order, cats), nil
}

// walk awards grants in rank order.
func walk(rr round, apps []Application, as []app, order []int32, cats catTable) Allocation {
	left := rr.budget
	leftDec, leftAt := fen.ToDecimal(left), left // decimals are immutable: passed-over entries share one
	leftOf := func(v int64) decimal.Decimal {
		if v != leftAt {
			leftDec, leftAt = fen.ToDecimal(v), v
		}
		return leftDec
	}
	out := Allocation{Awards: make([]Award, 0, min(len(as), 1024)), Unfunded: []string{}, PassedOver: []PassedOver{}}
	for rank, oi := range order {
		x := &as[oi]
		c := &cats.slots[x.catSlot]
		c.apps++
		c.requested += x.grant
		if x.grant == 0 {
			continue
		}
		id := apps[x.i].ID
		switch {
		case x.grant > left:
			out.Unfunded = append(out.Unfunded, id)
			out.PassedOver = append(out.PassedOver, PassedOver{ID: id, Rank: rank + 1, Grant: fen.ToDecimal(x.grant),
				Limit: RoundLimit, Left: leftOf(left), Category: x.cat})
		case c.limited && x.grant > c.left:
			out.Unfunded = append(out.Unfunded, id)
			out.PassedOver = append(out.PassedOver, PassedOver{ID: id, Rank: rank + 1, Grant: fen.ToDecimal(x.grant),
				Limit: CategoryLimit, Left: fen.ToDecimal(c.left), Category: x.cat})
		default:
			left -= x.grant
			c.left -= x.grant
			c.funded += x.grant
			c.awards++
			out.Awards = append(out.Awards, Award{ID: id, Amount: fen.ToDecimal(x.grant), Rank: rank + 1, Category: x.cat})
		}
	}
	out.Funded = fen.ToDecimal(rr.budget - left)
	out.Remaining = fen.ToDecimal(left)
	out.Categories = cats.results()
	return out
}

// catTable counts per category: slot 0 is "no category", then one slot per category.
type catTable struct {
	index [16]int8 // category → slot, −1 when the round does not budget for it
	slots []catSlot
}

type catSlot struct {
	cat               Category
	limited           bool
	budget, left      int64
	apps, awards      int
	requested, funded int64
}

func newCatTable(cbs []catBudget) catTable {
	t := catTable{slots: make([]catSlot, 1, 1+len(categoryNames.Text))}
	for i := range t.index {
		t.index[i] = -1
	}
	if cbs == nil { // no category budgets: every category is counted, none is limited
		t.index[0] = 0
		for c := 1; c < len(categoryNames.Text); c++ {
			t.index[c] = int8(len(t.slots))
			t.slots = append(t.slots, catSlot{cat: Category(c)})
		}
		return t
	}
	t.slots = t.slots[:0]
	for _, cb := range cbs {
		if int(cb.cat) < len(t.index) && t.index[cb.cat] < 0 {
			t.index[cb.cat] = int8(len(t.slots))
			t.slots = append(t.slots, catSlot{cat: cb.cat, limited: true, budget: cb.budget, left: cb.budget})
		}
	}
	return t
}

// slot returns the slot of a category, or false when the round does not budget for it.
func (t *catTable) slot(c Category) (int, bool) {
	if int(c) >= len(t.index) || t.index[c] < 0 {
		return 0, false
	}
	return int(t.index[c]), true
}

// results lists the categories with a budget or an application, by category.
func (t *catTable) results() []CategoryResult {
	out := make([]CategoryResult, 0, len(t.slots))
	for _, s := range t.slots {
		if !s.limited && s.apps == 0 {
			continue
		}
		r := CategoryResult{Category: s.cat, Budget: fen.ToDecimal(s.budget), Limited: s.limited, Applications: s.apps,
			Awards: s.awards, Requested: fen.ToDecimal(s.requested), Funded: fen.ToDecimal(s.funded), Unspent: decimal.Zero}
		if s.limited {
			r.Unspent = fen.ToDecimal(s.left)
		}
		out = append(out, r)
	}
	slices.SortFunc(out, func(a, b CategoryResult) int { return cmp.Compare(a.Category, b.Category) })
	return out
}
