package standards

import (
	"encoding/json"
	"math"
	"math/bits"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
)

// Indicator is one node of an indicator tree: a leaf is scored directly; a parent's points are
// the sum of its children's.
type Indicator struct {
	ID       string          `json:"id"`
	Name     string          `json:"name"`     // Chinese name
	Points   decimal.Decimal `json:"points"`   // maximum points
	Children []Indicator     `json:"children"` // their Points sum to the parent's
	Veto     bool            `json:"veto"`     // failing it voids the whole evaluation (一票否决)
}

// Index is an indicator tree with its source. Bonus items (加分项) are scored like leaves but sit
// outside the base: their points come on top of the base total, which they may lift above the
// base maximum.
type Index struct {
	ID         string             `json:"id"`
	Name       string             `json:"name"`
	Cite       socialorg.Citation `json:"cite"`
	Indicators []Indicator        `json:"indicators"` // first level
	Bonus      []Indicator        `json:"bonus,omitempty"`
}

// indicatorJSON is an Indicator's JSON form without a decoding method of its own, so that a tree
// decodes in one pass: a hostile document is scanned for long numbers once, at its top, however
// deep it nests.
type indicatorJSON struct {
	ID       string          `json:"id"`
	Name     string          `json:"name"`
	Points   decimal.Decimal `json:"points"`
	Children []indicatorJSON `json:"children"`
	Veto     bool            `json:"veto"`
}

func (j *indicatorJSON) indicator() Indicator {
	in := Indicator{ID: j.ID, Name: j.Name, Points: j.Points, Veto: j.Veto}
	in.Children = indicators(j.Children)
	return in
}

func indicators(js []indicatorJSON) []Indicator {
	if js == nil {
		return nil
	}
	out := make([]Indicator, len(js))
	for i := range js {
		out[i] = js[i].indicator()
	}
	return out
}

// UnmarshalJSON decodes an indicator and its children at bounded cost (socialorg.UnmarshalInput):
// a number longer than 256 characters is refused before any decimal is parsed.
func (in *Indicator) UnmarshalJSON(b []byte) error {
	var j indicatorJSON
	if err := socialorg.UnmarshalInput(b, &j); err != nil {
		return err
	}
	*in = j.indicator()
	return nil
}

// UnmarshalJSON decodes an index at bounded cost, as Indicator's does.
func (ix *Index) UnmarshalJSON(b []byte) error {
	var j struct {
		ID         string             `json:"id"`
		Name       string             `json:"name"`
		Cite       socialorg.Citation `json:"cite"`
		Indicators []indicatorJSON    `json:"indicators"`
		Bonus      []indicatorJSON    `json:"bonus,omitempty"`
	}
	if err := socialorg.UnmarshalInput(b, &j); err != nil {
		return err
	}
	*ix = Index{ID: j.ID, Name: j.Name, Cite: j.Cite, Indicators: indicators(j.Indicators), Bonus: indicators(j.Bonus)}
	return nil
}

// Limits of an index, so that a hostile one is refused at bounded cost.
const (
	MaxDepth      = 8
	MaxIndicators = 10_000
	// MaxPlaces is the most decimal places of a maximum or an awarded score.
	MaxPlaces = 6
	// maxPoints bounds every maximum and the whole tree's total: 10^12 points.
	maxPoints = 1_000_000_000_000
	scale     = 1_000_000 // points are held as integers of 10^−6 points
)

// Result is the outcome of scoring one organization.
type Result struct {
	Total       decimal.Decimal            `json:"total"`        // Base + Bonus
	ByIndicator map[string]decimal.Decimal `json:"by_indicator"` // every indicator ID, leaves and parents (bonus items too)
	Vetoed      bool                       `json:"vetoed"`
	Base        decimal.Decimal            `json:"base"`  // the tree's total
	Bonus       decimal.Decimal            `json:"bonus"` // the bonus items' total
	Max         decimal.Decimal            `json:"max"`   // the tree's maximum
	// Lost explains, in tree order, every leaf that did not get its full points (and every failed
	// veto): the points lost and why.
	Lost []Loss `json:"lost"`
}

// Why a leaf lost points.
const (
	LostMissing = "missing" // no points were given
	LostPartial = "partial" // fewer points than the maximum
	LostVeto    = "veto"    // a failed veto item: the evaluation is void
)

// Loss is a leaf's shortfall.
type Loss struct {
	ID     string          `json:"id"`
	Name   string          `json:"name"`
	Max    decimal.Decimal `json:"max"`
	Points decimal.Decimal `json:"points"`
	Lost   decimal.Decimal `json:"lost"`
	Why    string          `json:"why"` // LostMissing, LostPartial or LostVeto
}

// node is a compiled indicator.
type node struct {
	id     string
	name   string
	max    int64           // in 10^−6 points
	maxDec decimal.Decimal // max as a decimal, made once
	parent int32           // −1 at the top
	leaf   bool
	veto   bool
	bonus  bool
}

// Scorer is a compiled, validated Index: scoring many organizations against one index validates
// and indexes the tree once. It is immutable and safe for concurrent use.
type Scorer struct {
	ix     Index
	nodes  []node // preorder: a parent before its children
	index  map[string]int32
	leaves []int32 // leaf nodes, preorder (bonus leaves last)
	max    int64   // the base maximum
}

// Validate checks the tree: an ID, a name and a cited document for the index; for each indicator a
// non-empty ID unique in the index, a name, a maximum ≥ 0 with at most MaxPlaces decimal places,
// children whose maxima sum exactly to their parent's; a depth of at most MaxDepth and at most
// MaxIndicators indicators; a veto only on a leaf. Every problem is reported, each naming the
// indicator's path ("indicators[0].children[2].points").
func (ix Index) Validate() error {
	_, err := ix.Compile()
	return err
}

// Compile validates the index and returns its Scorer.
func (ix Index) Compile() (*Scorer, error) {
	p := socialorg.Problems{Package: "standards"}
	if ix.ID == "" || len(ix.ID) > maxID {
		p.Add("index.id", ix.ID, "1 … 128 bytes")
	}
	if ix.Name == "" {
		p.Add("index.name", "", "required")
	}
	if ix.Cite.IsZero() {
		p.Add("index.cite", "", "a cited document")
	}
	s := &Scorer{ix: ix, index: make(map[string]int32, 64)}
	count := 0
	// The indicator being checked, as a stack of indices; its JSON path is built only for an
	// error, so that compiling a valid index builds no strings.
	var stack []int
	var root string
	path := func(field string) string {
		b := []byte(root)
		for k, i := range stack {
			if k > 0 {
				b = append(b, ".children"...)
			}
			b = append(b, '[')
			b = strconv.AppendInt(b, int64(i), 10)
			b = append(b, ']')
		}
		if field != "" {
			b = append(b, '.')
			b = append(b, field...)
		}
		return string(b)
	}
	var walk func(list []Indicator, parent int32, bonus bool) int64
	walk = func(list []Indicator, parent int32, bonus bool) int64 {
		var sum int64
		stack = append(stack, 0)
		defer func() { stack = stack[:len(stack)-1] }()
		for i := range list {
			in := &list[i]
			stack[len(stack)-1] = i
			count++
			if count > MaxIndicators {
				if count == MaxIndicators+1 {
					p.Add(path(""), count, "at most 10000 indicators") // MaxIndicators
				}
				return sum
			}
			if len(stack) > MaxDepth {
				p.Add(path(""), len(stack), "at most 8 levels") // MaxDepth
				return sum
			}
			switch {
			case in.ID == "" || len(in.ID) > maxID:
				p.Add(path("id"), in.ID, "1 … 128 bytes")
			default:
				if _, dup := s.index[in.ID]; dup {
					p.Add(path("id"), in.ID, "unique in the index")
				}
			}
			if in.Name == "" {
				p.Add(path("name"), "", "required")
			}
			mx, why := points(in.Points)
			if why != "" {
				p.Add(path("points"), in.Points, why)
			}
			leaf := len(in.Children) == 0
			if in.Veto && !leaf {
				p.Add(path("veto"), true, "only a leaf may be a veto item")
			}
			if bonus && !leaf {
				p.Add(path("children"), len(in.Children), "a bonus item is a leaf")
			}
			me := int32(len(s.nodes))
			s.index[in.ID] = me
			s.nodes = append(s.nodes, node{id: in.ID, name: in.Name, max: mx, maxDec: fixed(mx), parent: parent, leaf: leaf, veto: in.Veto, bonus: bonus})
			if leaf {
				s.leaves = append(s.leaves, me)
			} else {
				c := walk(in.Children, me, bonus)
				if why == "" && c != mx {
					p.Add(path("points"), in.Points, "the sum of its children's points, "+decimal.New(c, -MaxPlaces).String())
				}
			}
			if sum += mx; sum > maxPoints*scale {
				p.Add(path("points"), in.Points, "a tree of at most 10^12 points")
				sum = 0
			}
		}
		return sum
	}
	if len(ix.Indicators) == 0 {
		p.Add("index.indicators", 0, "at least one indicator")
	}
	root = "index.indicators"
	s.max = walk(ix.Indicators, -1, false)
	root = "index.bonus"
	walk(ix.Bonus, -1, true)
	if err := p.Err(); err != nil {
		return nil, err
	}
	return s, nil
}

// points reads a maximum or a score: ≥ 0, at most MaxPlaces decimal places, at most 10^12, as an
// integer of 10^−6 points. The exponent is checked first, so that a hostile decimal costs little.
func points(d decimal.Decimal) (int64, string) {
	exp := d.Exponent()
	switch {
	case d.Sign() < 0:
		return 0, "≥ 0"
	case exp > 12 || exp < -40:
		return 0, "at most 6 decimal places and 10^12 points" // MaxPlaces
	case exp < -MaxPlaces:
		t := d.Truncate(MaxPlaces) // cheap: at most 40 places to drop
		if !t.Equal(d) {
			return 0, "at most 6 decimal places" // MaxPlaces
		}
		d, exp = t, t.Exponent()
	}
	if n := d.NumDigits(); n > 18 && (n > 19 || !d.Coefficient().IsInt64()) {
		return 0, "at most 10^12 points"
	}
	c := d.CoefficientInt64()
	hi, lo := bits.Mul64(uint64(c), pow10[exp+MaxPlaces])
	if hi != 0 || lo > maxPoints*scale {
		return 0, "at most 10^12 points"
	}
	return int64(lo), ""
}

var pow10 = [...]uint64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

// Index returns the index the scorer was compiled from.
func (s *Scorer) Index() Index { return s.ix }

// Leaves returns the IDs of the leaves (bonus items last), the order ScoreRow reads.
func (s *Scorer) Leaves() []string {
	out := make([]string, len(s.leaves))
	for i, n := range s.leaves {
		out[i] = s.nodes[n].id
	}
	return out
}

// Score takes points awarded per leaf ID (missing = 0) and a set of failed veto IDs, and returns
// the total, the points of every indicator, and what each leaf lost. Points above a leaf's
// maximum, negative points, points given to a non-leaf, unknown IDs, and failed-veto IDs that are
// unknown or not marked Veto are errors. When vetoed, Total is still the sum and Vetoed is true.
func (ix Index) Score(points map[string]decimal.Decimal, failedVetoes []string) (Result, error) {
	s, err := ix.Compile()
	if err != nil {
		return Result{}, err
	}
	return s.Score(points, failedVetoes)
}

// Score is Index.Score without validating the index again.
func (s *Scorer) Score(pts map[string]decimal.Decimal, failedVetoes []string) (Result, error) {
	got := make([]int64, len(s.nodes))
	given := make([]bool, len(s.nodes))
	p := socialorg.Problems{Package: "standards"}
	for id, d := range pts {
		i, v, why := s.leafPoints(id, d)
		if why != "" {
			s.pointProblems(&p, pts)
			break
		}
		got[i], given[i] = v, true
	}
	vetoed := make([]bool, len(s.nodes))
	for k, id := range failedVetoes {
		i, ok := s.index[id]
		switch {
		case !ok:
			p.Add(socialorg.Path("failed_vetoes", k), id, "an indicator of the index")
		case !s.nodes[i].veto:
			p.Add(socialorg.Path("failed_vetoes", k), id, "an indicator marked Veto")
		default:
			vetoed[i] = true
		}
	}
	if err := p.Err(); err != nil {
		return Result{}, err
	}
	// Sum up the tree: children come after their parent in preorder, so a reverse walk adds each
	// node into its parent after the node is complete.
	var base, bonus int64
	for i := len(s.nodes) - 1; i >= 0; i-- {
		n := &s.nodes[i]
		if n.parent >= 0 {
			got[n.parent] += got[i]
		} else if n.bonus {
			bonus += got[i]
		} else {
			base += got[i]
		}
	}
	r := Result{ByIndicator: make(map[string]decimal.Decimal, len(s.nodes)), Base: fixed(base), Bonus: fixed(bonus),
		Total: fixed(base + bonus), Max: fixed(s.max), Lost: []Loss{}}
	for i := range s.nodes {
		n := &s.nodes[i]
		v := n.maxDec // decimals are immutable: a full score shares the node's
		if got[i] != n.max {
			v = fixed(got[i])
		}
		r.ByIndicator[n.id] = v
		switch {
		case vetoed[i]:
			r.Vetoed = true
			r.Lost = append(r.Lost, Loss{ID: n.id, Name: n.name, Max: n.maxDec, Points: v, Lost: fixed(n.max - got[i]), Why: LostVeto})
		case n.leaf && !given[i] && n.max > 0:
			r.Lost = append(r.Lost, Loss{ID: n.id, Name: n.name, Max: n.maxDec, Points: v, Lost: n.maxDec, Why: LostMissing})
		case n.leaf && got[i] < n.max:
			r.Lost = append(r.Lost, Loss{ID: n.id, Name: n.name, Max: n.maxDec, Points: v, Lost: fixed(n.max - got[i]), Why: LostPartial})
		}
	}
	return r, nil
}

// listedProblems is how many problems an error lists (socialorg.Problems keeps 50).
const listedProblems = 50

// pointProblems records the problems of a points map in ID order, never in map order, so that the
// same input always gives the same error: the listed problems are those of the smallest IDs, and
// the rest are counted. It keeps the smallest IDs in a sorted window of listedProblems, so that a
// map of a million bad entries costs a linear pass, not a sort.
func (s *Scorer) pointProblems(p *socialorg.Problems, pts map[string]decimal.Decimal) {
	window := make([]string, 0, listedProblems)
	bad := 0
	for id, d := range pts {
		if _, _, why := s.leafPoints(id, d); why == "" {
			continue
		}
		bad++
		if len(window) == listedProblems && id >= window[listedProblems-1] {
			continue
		}
		at, _ := slices.BinarySearch(window, id)
		if len(window) == listedProblems {
			window = window[:listedProblems-1]
		}
		window = slices.Insert(window, at, id)
	}
	for _, id := range window {
		_, _, why := s.leafPoints(id, pts[id])
		p.Add(socialorg.Path("points", id), pts[id], why)
	}
	for range bad - len(window) {
		p.Add("", nil, "") // counted as a problem not listed
	}
}

// leafPoints reads the points given to a leaf: its node, the points in 10^−6, or why they are
// refused.
func (s *Scorer) leafPoints(id string, d decimal.Decimal) (int32, int64, string) {
	i, ok := s.index[id]
	switch {
	case !ok:
		return 0, 0, "an indicator of the index"
	case !s.nodes[i].leaf:
		return 0, 0, "a leaf (a parent's points are its children's sum)"
	}
	v, why := points(d)
	if why == "" && v > s.nodes[i].max {
		why = "at most the indicator's " + decimal.New(s.nodes[i].max, -MaxPlaces).String() + " points"
	}
	return i, v, why
}

// fixed turns 10^−6 points into a decimal.
func fixed(v int64) decimal.Decimal { return decimal.New(v, -MaxPlaces) }

// Row is the compact result of ScoreRow.
type Row struct {
	Total  decimal.Decimal `json:"total"`
	Base   decimal.Decimal `json:"base"`
	Bonus  decimal.Decimal `json:"bonus"`
	Vetoed bool            `json:"vetoed"`
}

// ScoreRow scores one organization from a row of points aligned with Leaves (bonus items last;
// a zero decimal for a leaf not scored) and a set of failed veto IDs: the batch form of Score,
// for scoring many organizations, without the per-indicator map. The same checks apply.
func (s *Scorer) ScoreRow(row []decimal.Decimal, failedVetoes []string) (Row, error) {
	if len(row) != len(s.leaves) {
		return Row{}, coded(socialorg.Invalid("row", len(row), strconv.Itoa(len(s.leaves))+" points, one per leaf"))
	}
	var base, bonus int64
	for k, d := range row {
		n := &s.nodes[s.leaves[k]]
		v, why := points(d)
		if why == "" && v > n.max {
			why = "at most the indicator's " + decimal.New(n.max, -MaxPlaces).String() + " points"
		}
		if why != "" {
			return Row{}, coded(socialorg.Invalid(socialorg.Path("row", k), d, why))
		}
		if n.bonus {
			bonus += v
		} else {
			base += v
		}
	}
	vetoed := false
	for k, id := range failedVetoes {
		i, ok := s.index[id]
		if !ok || !s.nodes[i].veto {
			return Row{}, coded(socialorg.Invalid(socialorg.Path("failed_vetoes", k), id, "an indicator marked Veto"))
		}
		vetoed = true
	}
	if base > math.MaxInt64-bonus {
		return Row{}, coded(socialorg.Invalid("row", len(row), "a total within range"))
	}
	return Row{Total: fixed(base + bonus), Base: fixed(base), Bonus: fixed(bonus), Vetoed: vetoed}, nil
}

// MarshalJSON encodes a scorer as the index it was compiled from.
func (s *Scorer) MarshalJSON() ([]byte, error) { return json.Marshal(s.ix) }

// UnmarshalJSON decodes an index and compiles it; an invalid index is an error.
func (s *Scorer) UnmarshalJSON(b []byte) error {
	var ix Index
	if err := json.Unmarshal(b, &ix); err != nil {
		return err
	}
	c, err := ix.Compile()
	if err != nil {
		return err
	}
	*s = *c
	return nil
}
