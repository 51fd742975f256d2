package socialorg

// Option configures any check of any package. It is one sealed interface for the whole library,
// as go-cmp's Option is: options come from this package's constructors (Supply, Set, Enable) or
// from the packages' own functions built on them (partybuilding.CountProbationary…), compose
// (Options is itself an Option), and a nil Option is ignored. A check ignores options that do not
// concern it, so a service can build one Options value with its assumptions ("Guangzhou's
// minimum fund is …, from our source …") and pass it to every check.
type Option interface {
	apply(config) config
}

// Options is a list of options, itself an Option. Nil entries are ignored.
type Options []Option

func (o Options) apply(c config) config {
	for _, x := range o {
		if x != nil {
			c = x.apply(c)
		}
	}
	return c
}

// Key names a value a caller may supply or set: the key of a suppliable parameter
// (registry.ServiceAgencyMinFunds…), or of a setting (a switch such as
// partybuilding.CountProbationary). Its type parameter makes Supply and Set type-safe.
type Key[T any] struct{ id string }

// NewKey returns the key of a setting that is not a legal value (a switch, an allow-list). Keys of
// legal values come from their parameter (Param.Key).
func NewKey[T any](id string) Key[T] { return Key[T]{id: id} }

// ID returns the key's ID.
func (k Key[T]) ID() string { return k.id }

// Equal reports whether two keys name the same value (go-cmp uses it).
func (k Key[T]) Equal(o Key[T]) bool { return k.id == o.id }

// String returns the key's ID.
func (k Key[T]) String() string { return k.id }

// item is one supplied or set value.
type item struct {
	id    string
	value any
	cite  Citation
	cited bool // supplied with a citation (Supply), as a legal value must be
}

type itemOption item

func (o itemOption) apply(c config) config {
	c.items = append(c.items, item(o))
	return c
}

// Supply gives the value of a parameter the library does not hold (one its sources do not
// confirm) or that the caller decides otherwise, with the caller's source. The value is checked
// when a check reads it (an invalid one makes the check fail with an *InputError naming the key);
// findings that use it cite the caller's source, marked as caller-supplied, and the parameter
// listing (ListParameters) shows it. Supplied values apply at every date. When a key is supplied
// twice, the later one wins.
func Supply[T any](k Key[T], v T, cite Citation) Option {
	return itemOption{id: k.id, value: v, cite: cite, cited: true}
}

// Set gives the value of a setting (a key from NewKey). When a key is set twice, the later one
// wins.
func Set[T any](k Key[T], v T) Option { return itemOption{id: k.id, value: v} }

// Enable turns a switch on: Set(k, true).
func Enable(k Key[bool]) Option { return Set(k, true) }

// config is the options of one check, flattened in order.
type config struct {
	items         []item
	place         string         // In: the place of checks whose input names none
	jurisdictions []Jurisdiction // WithJurisdictions: the caller's, later ones winning
}

// add applies options in order. Options take and return the config by value, so that a
// Checker holding it does not escape to the heap through the interface call.
func (c *config) add(opts []Option) {
	for _, o := range opts {
		if o != nil {
			*c = o.apply(*c)
		}
	}
}

// find returns the last item with the given ID.
func (c *config) find(id string) (item, bool) {
	for i := len(c.items) - 1; i >= 0; i-- {
		if c.items[i].id == id {
			return c.items[i], true
		}
	}
	return item{}, false
}

// Get returns the value set for a setting key in the options of c, and whether one was set.
func Get[T any](c *Checker, k Key[T]) (T, bool) {
	it, ok := c.cfg.find(k.id)
	if !ok {
		var zero T
		return zero, false
	}
	v, ok := it.value.(T)
	return v, ok
}

// Supplied reports whether any of the options supplies or sets the key.
func Supplied[T any](k Key[T], opts ...Option) bool {
	var c config
	c.add(opts)
	_, ok := c.find(k.id)
	return ok
}
