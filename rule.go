package socialorg

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/socialorg/socialorg/internal/msgcat"
)

// RuleID is the stable, dotted ID of a rule: "charity.spending.minimum". The first part names the
// package (or, for a caller's own rules, the caller's book) that declares it.
type RuleID string

// Regime is a period during which a rule or a parameter value is in force, with its legal source:
// from From (inclusive) until Until (inclusive; zero while still in force).
type Regime struct {
	From  Date     `json:"from"`
	Until Date     `json:"until,omitzero"`
	Cite  Citation `json:"cite"`
	Note  string   `json:"note,omitempty"` // what is weak about the source, or how a date was read
}

// Covers reports whether d falls within the regime.
func (g Regime) Covers(d Date) bool {
	return !d.IsZero() && !d.Before(g.From) && (g.Until.IsZero() || !d.After(g.Until))
}

// indexAt returns the index of the regime in force at d: the last to start on or before d, if it
// has not ended; −1 when there is none (and for the zero Date).
func indexAt[E any](xs []E, d Date, regime func(E) Regime) int {
	for i := len(xs) - 1; i >= 0 && !d.IsZero(); i-- {
		g := regime(xs[i])
		if d.Before(g.From) {
			continue
		}
		if g.Covers(d) {
			return i
		}
		break
	}
	return -1
}

// Rule is one legal rule a check applies: its stable ID, its title in three languages, the
// regimes during which it is in force with their citations, and the value words its findings
// may use in Got and Want (for example the names of Party-organization forms), which messages
// translate. A Rule is declared once, beside the code that checks it, with Book.MustRule.
type Rule struct {
	ID      RuleID          `json:"id"`
	Title   Text            `json:"title"`
	Regimes []Regime        `json:"regimes"`
	Words   map[string]Text `json:"words,omitempty"`
}

// At returns the citation of the regime in force at d, or an error matching ErrNotInForce.
func (r *Rule) At(d Date) (Citation, error) {
	if i := indexAt(r.Regimes, d, func(g Regime) Regime { return g }); i >= 0 {
		return r.Regimes[i].Cite, nil
	}
	return Citation{}, r.notInForce(d)
}

func (r *Rule) notInForce(d Date) error {
	e := &NotInForceError{Param: string(r.ID), Date: d}
	if n := len(r.Regimes); n > 0 {
		e.First, e.Last = r.Regimes[0].From, r.Regimes[n-1].Until
	}
	return e
}

// InForce reports whether a regime of the rule covers d.
func (r *Rule) InForce(d Date) bool {
	_, err := r.At(d)
	return err == nil
}

// String returns the rule's ID.
func (r *Rule) String() string { return string(r.ID) }

// clone returns a deep copy.
func (r Rule) clone() Rule {
	r.Regimes = slices.Clone(r.Regimes)
	r.Words = maps.Clone(r.Words)
	return r
}

var dotted = regexp.MustCompile(`^[a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$`)

// Validate checks a rule's declaration: a dotted ID, a title in every language, at least one
// regime, each with a start, a cited document and an end not before its start, regimes in order
// without overlap, and every value word translated into every language.
func (r Rule) Validate() error {
	var p Problems
	if !dotted.MatchString(string(r.ID)) {
		p.Add("id", string(r.ID), "dotted lower-case ID, e.g. pkg.rule-name")
	}
	if !r.Title.complete() {
		p.Add("title", r.Title.Hans, "a title in zh-Hans, zh-Hant and en")
	}
	validateRegimes(&p, "regimes", r.Regimes, false)
	for _, w := range slices.Sorted(maps.Keys(r.Words)) {
		if !r.Words[w].complete() || strings.Contains(w, " ") || w == "" {
			p.Add(Path("words", w), w, "a single word translated into zh-Hans, zh-Hant and en")
		}
	}
	return p.Err()
}

// validateRegimes checks a list of regimes (of a rule, or of a parameter's values).
func validateRegimes(p *Problems, field string, rs []Regime, emptyOK bool) {
	if len(rs) == 0 && !emptyOK {
		p.Add(field, 0, "at least one regime")
	}
	for i, g := range rs {
		f := Path(field, i)
		switch {
		case g.From.IsZero():
			p.Add(Path(f, "from"), "", "required: the date the regime took effect")
		case g.Cite.IsZero():
			p.Add(Path(f, "cite"), "", "a cited document")
		case !g.Until.IsZero() && g.Until.Before(g.From):
			p.Add(Path(f, "until"), g.Until, "not before from")
		case i > 0 && !rs[i-1].Until.IsZero() && !rs[i-1].Until.Before(g.From):
			p.Add(Path(f, "from"), g.From, "after the previous regime's end")
		case i > 0 && !rs[i-1].From.Before(g.From):
			p.Add(Path(f, "from"), g.From, "after the previous regime's start (regimes in order)")
		}
	}
}

// Book is the set of rules and parameters one package declares: the library's packages each keep
// one (registry.Rules and registry.Parameters list it), and a caller may keep its own for its own
// rules, which then render in messages exactly as the library's do.
//
// Rules and parameters are recorded in the book as they are declared, in package-level variables,
// so that nothing can be declared and left off the lists. A rule's title is registered with the
// message catalog when it is declared and never changes after; a rule ID can be declared once in
// the whole program.
type Book struct {
	name   string
	mu     sync.Mutex
	rules  []*Rule
	params []Parameter
}

// NewBook returns an empty book whose rules and parameters all have IDs starting with name and a
// dot ("registry" → "registry.socialgroup.funds"). The book is known to the program from then on
// (Books), so that a caller's jurisdiction can give values for its parameters by ID.
func NewBook(name string) *Book {
	b := &Book{name: name}
	booksMu.Lock()
	books = append(books, b)
	booksMu.Unlock()
	bookGen.Add(1)
	return b
}

// books are the books of the program, in the order they were made (the packages' at
// initialization).
var (
	booksMu sync.Mutex
	books   []*Book
)

// Books returns the books of the program: one per package of the library it imports, and the
// caller's own, by name.
func Books() []*Book {
	booksMu.Lock()
	out := slices.Clone(books)
	booksMu.Unlock()
	slices.SortStableFunc(out, func(a, b *Book) int { return cmp.Compare(a.name, b.name) })
	return out
}

// AllParameters returns the parameters of every book of the program, by ID.
func AllParameters() []Parameter {
	var out []Parameter
	for _, b := range Books() {
		out = append(out, b.Parameters()...)
	}
	SortParameters(out)
	return out
}

// AllRules returns the rules of every book of the program, by ID.
func AllRules() []Rule {
	var out []Rule
	for _, b := range Books() {
		out = append(out, b.Rules()...)
	}
	slices.SortFunc(out, func(a, c Rule) int { return cmp.Compare(a.ID, c.ID) })
	return out
}

// lookupParameter finds a declared parameter by ID among the books of the program.
func lookupParameter(id string) (Parameter, bool) {
	for _, b := range Books() {
		if !strings.HasPrefix(id, b.name+".") {
			continue
		}
		b.mu.Lock()
		for _, p := range b.params {
			if p.ID() == id {
				b.mu.Unlock()
				return p, true
			}
		}
		b.mu.Unlock()
	}
	return nil, false
}

// Name returns the book's name, the prefix of its IDs.
func (b *Book) Name() string { return b.name }

// AddRule declares a rule: it validates the declaration, registers the title and value words
// with the message catalog and records the rule in the book. It fails on a malformed rule, an ID
// outside the book's prefix, or an ID already declared anywhere in the program.
func (b *Book) AddRule(r Rule) (*Rule, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	if !strings.HasPrefix(string(r.ID), b.name+".") {
		return nil, Invalid("id", string(r.ID), "starts with the book's name "+b.name+".")
	}
	words := make(map[string]msgcat.Text, len(r.Words))
	for w, t := range r.Words {
		words[w] = t.cat()
	}
	if err := msgcat.Register(string(r.ID), r.Title.cat(), words); err != nil {
		if errors.Is(err, msgcat.ErrDuplicate) {
			return nil, Invalid("id", string(r.ID), "declared once in the program")
		}
		return nil, err
	}
	c := r.clone()
	b.mu.Lock()
	b.rules = append(b.rules, &c)
	b.mu.Unlock()
	bookGen.Add(1)
	return &c, nil
}

// MustRule is AddRule for package-level declarations: it panics on a malformed or duplicate rule,
// which every test of the declaring package then reports.
func (b *Book) MustRule(r Rule) *Rule {
	p, err := b.AddRule(r)
	if err != nil {
		panic(fmt.Sprintf("socialorg: rule %s: %v", r.ID, err))
	}
	return p
}

// Rules returns copies of the book's rules, by ID.
func (b *Book) Rules() []Rule {
	b.mu.Lock()
	defer b.mu.Unlock()
	out := make([]Rule, len(b.rules))
	for i, r := range b.rules {
		out[i] = r.clone()
	}
	slices.SortFunc(out, func(a, c Rule) int { return cmp.Compare(a.ID, c.ID) })
	return out
}

// Parameters returns the book's parameters, by ID.
func (b *Book) Parameters() []Parameter {
	b.mu.Lock()
	defer b.mu.Unlock()
	out := slices.Clone(b.params)
	SortParameters(out)
	return out
}

func (b *Book) addParam(p Parameter) error {
	if !strings.HasPrefix(p.ID(), b.name+".") {
		return Invalid("id", p.ID(), "starts with the book's name "+b.name+".")
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, q := range b.params {
		if q.ID() == p.ID() {
			return Invalid("id", p.ID(), "unique in the book")
		}
	}
	b.params = append(b.params, p)
	bookGen.Add(1)
	return nil
}

// LookupRule returns the title and value words the message catalog holds for a rule ID, as a
// Rule without regimes, or false when no rule of that ID has been declared.
func LookupRule(id RuleID) (Rule, bool) {
	e, ok := msgcat.Lookup(string(id))
	if !ok {
		return Rule{}, false
	}
	r := Rule{ID: id, Title: Text{e.Title[0], e.Title[1], e.Title[2]}}
	if len(e.Words) > 0 {
		r.Words = make(map[string]Text, len(e.Words))
		for w, t := range e.Words {
			r.Words[w] = Text{t[0], t[1], t[2]}
		}
	}
	return r, true
}
