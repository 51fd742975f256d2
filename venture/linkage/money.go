package linkage

import (
	"encoding/json"
	"maps"
	"slices"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/fen"
	"github.com/socialorg/socialorg/internal/money"
)

// Money in one unit. The matcher works in integer fen (the int64 fields: Need.Value,
// Resource.UnitCost, Assignment.Margin, the Plan's totals, and the quantities of KindFunds); the
// library's public unit is the yuan, as a decimal. So:
//
//   - in Go, each money field has an accessor in yuan (Plan.NetYuan, Need.ValueYuan…), exact;
//     Yuan and Fen convert any amount;
//   - in JSON, each money field is written in fen and beside it in yuan, as a decimal string with
//     two places ("net": 123456, "net_yuan": "1234.56"); quantities get a yuan form only for
//     KindFunds, the one kind whose unit is money;
//   - an input decoded from JSON (Need, Resource, Assignment, Plan, DistanceCost) may give a money
//     field in fen, in yuan ("quantity_yuan": "1234.56" for a KindFunds quantity), or in both when
//     they agree. A yuan amount with a digit below the fen, one beyond an int64 of fen, a yuan
//     quantity of a kind that is not money, or two forms that disagree are refused, naming the
//     field ("quantity_yuan"). Results (Summary, Explanation…) decode from their fen fields: their
//     yuan forms are derived, as their "verdict" is, and ignored on decoding.

// Yuan returns an amount in fen as yuan, exactly: Yuan(123456) is 1234.56.
func Yuan(fen int64) decimal.Decimal { return decimal.New(fen, -2) }

// Fen reads an amount in yuan as fen: 1234.56 is 123456. Errors: a digit below the fen, or an
// amount beyond an int64 of fen (an *socialorg.InputError for the field "yuan").
func Fen(yuan decimal.Decimal) (int64, error) {
	p := socialorg.Problems{Package: pkg}
	f := money.Reader{}.Any(&p, "yuan", yuan)
	return f, p.Err()
}

// IsMoney reports whether the quantities of a kind are money, in fen: KindFunds.
func IsMoney(kind string) bool { return kind == KindFunds }

// quantityYuan is the yuan form of a quantity of a kind, when it is money.
func quantityYuan(kind string, q int64) (decimal.Decimal, bool) {
	if !IsMoney(kind) {
		return decimal.Zero, false
	}
	return Yuan(q), true
}

// QuantityYuan returns the quantity in yuan, and true, when the need's kind is KindFunds.
func (n Need) QuantityYuan() (decimal.Decimal, bool) { return quantityYuan(n.Kind, n.Quantity) }

// ValueYuan returns the value of meeting one unit, in yuan.
func (n Need) ValueYuan() decimal.Decimal { return Yuan(n.Value) }

// QuantityYuan returns the quantity in yuan, and true, when the resource's kind is KindFunds.
func (r Resource) QuantityYuan() (decimal.Decimal, bool) { return quantityYuan(r.Kind, r.Quantity) }

// UnitCostYuan returns the cost of delivering one unit, in yuan.
func (r Resource) UnitCostYuan() decimal.Decimal { return Yuan(r.UnitCost) }

// QuantityYuan returns the quantity in yuan, and true, when the assignment's kind is KindFunds.
func (a Assignment) QuantityYuan() (decimal.Decimal, bool) { return quantityYuan(a.Kind, a.Quantity) }

// MarginYuan returns what one unit earns, in yuan.
func (a Assignment) MarginYuan() decimal.Decimal { return Yuan(a.Margin) }

// NetYuan returns Net in yuan.
func (p Plan) NetYuan() decimal.Decimal { return Yuan(p.Net) }

// ValueYuan returns Value in yuan.
func (p Plan) ValueYuan() decimal.Decimal { return Yuan(p.Value) }

// CostYuan returns Cost in yuan.
func (p Plan) CostYuan() decimal.Decimal { return Yuan(p.Cost) }

// DistanceYuan returns Distance in yuan.
func (p Plan) DistanceYuan() decimal.Decimal { return Yuan(p.Distance) }

// NetYuan returns Net in yuan.
func (s Summary) NetYuan() decimal.Decimal { return Yuan(s.Net) }

// ValueYuan returns Value in yuan.
func (s Summary) ValueYuan() decimal.Decimal { return Yuan(s.Value) }

// CostYuan returns Cost in yuan.
func (s Summary) CostYuan() decimal.Decimal { return Yuan(s.Cost) }

// ValueNeededYuan returns ValueNeeded in yuan.
func (c CommunityStatus) ValueNeededYuan() decimal.Decimal { return Yuan(c.ValueNeeded) }

// ValueServedYuan returns ValueServed in yuan.
func (c CommunityStatus) ValueServedYuan() decimal.Decimal { return Yuan(c.ValueServed) }

// UnitCostYuan returns the cost of one unit, in yuan.
func (a Alternative) UnitCostYuan() decimal.Decimal { return Yuan(a.UnitCost) }

// ValueYuan returns the value of one unit of the need, in yuan.
func (e Explanation) ValueYuan() decimal.Decimal { return Yuan(e.Value) }

// yuanText is an amount in fen written in yuan for JSON: "1234.56".
func yuanText(f int64) string { return fen.Format(f) }

// yuanIf is yuanText when the kind's quantities are money, else "" (omitted).
func yuanIf(kind string, q int64) string {
	if IsMoney(kind) {
		return fen.Format(q)
	}
	return ""
}

// ratioPlaces is the number of decimal places of a ratio's decimal string: a percentage to the
// hundredth, as Ratio.Percent(2) shows it (presentation, not law).
const ratioPlaces = 4

// ratioText writes a ratio as a decimal string with ratioPlaces places, rounded half to even
// ("0.4000" for 40%), or "" (omitted) when it is undefined.
func ratioText(r socialorg.Ratio) string {
	if !r.Defined() {
		return ""
	}
	return r.Decimal(ratioPlaces).StringFixed(ratioPlaces)
}

// amountIn is a money field as JSON gives it: in fen, in yuan, or both.
type amountIn struct {
	fen  *int64
	yuan *decimal.Decimal
}

// read returns the amount in fen, recording in p a problem with the yuan form: a yuan quantity of
// a kind that is not money (isMoney false), a yuan amount below the fen or beyond an int64 of fen,
// or a yuan amount that disagrees with the fen one.
func (a amountIn) read(p *socialorg.Problems, field string, isMoney bool) int64 {
	var f int64
	if a.fen != nil {
		f = *a.fen
	}
	if a.yuan == nil {
		return f
	}
	yf := field + "_yuan"
	if !isMoney {
		p.Add(yf, *a.yuan, "only for kind funds: quantities of other kinds are not money")
		return f
	}
	before := p.Len()
	y := money.Reader{}.Any(p, yf, *a.yuan)
	if p.Len() > before {
		return f
	}
	if a.fen != nil && *a.fen != y {
		p.Add(yf, *a.yuan, "the fen figure in yuan: "+fen.Format(*a.fen))
	}
	return y
}

// needJSON is the JSON form of a Need.
type needJSON struct {
	ID           string `json:"id"`
	Community    string `json:"community"`
	Kind         string `json:"kind"`
	Quantity     int64  `json:"quantity"`
	QuantityYuan string `json:"quantity_yuan,omitempty"`
	Value        int64  `json:"value"`
	ValueYuan    string `json:"value_yuan"`
	Priority     int    `json:"priority,omitempty"`
}

// needIn is what a Need decodes from.
type needIn struct {
	ID           string           `json:"id"`
	Community    string           `json:"community"`
	Kind         string           `json:"kind"`
	Quantity     *int64           `json:"quantity"`
	QuantityYuan *decimal.Decimal `json:"quantity_yuan"`
	Value        *int64           `json:"value"`
	ValueYuan    *decimal.Decimal `json:"value_yuan"`
	Priority     int              `json:"priority"`
}

// MarshalJSON encodes the need with its money also in yuan: "value_yuan", and "quantity_yuan"
// for KindFunds.
func (n Need) MarshalJSON() ([]byte, error) {
	return json.Marshal(needJSON{ID: n.ID, Community: n.Community, Kind: n.Kind, Quantity: n.Quantity, QuantityYuan: yuanIf(n.Kind, n.Quantity),
		Value: n.Value, ValueYuan: yuanText(n.Value), Priority: n.Priority})
}

// UnmarshalJSON decodes a need at bounded cost (socialorg.UnmarshalInput), its money in fen or in
// yuan or both (see Yuan).
func (n *Need) UnmarshalJSON(b []byte) error {
	var j needIn
	if err := socialorg.UnmarshalInput(b, &j); err != nil {
		return err
	}
	p := socialorg.Problems{Package: pkg}
	out := Need{ID: j.ID, Community: j.Community, Kind: j.Kind, Priority: j.Priority,
		Quantity: amountIn{j.Quantity, j.QuantityYuan}.read(&p, "quantity", IsMoney(j.Kind)),
		Value:    amountIn{j.Value, j.ValueYuan}.read(&p, "value", true)}
	if err := p.Err(); err != nil {
		return err
	}
	*n = out
	return nil
}

// resourceJSON is the JSON form of a Resource.
type resourceJSON struct {
	ID           string   `json:"id"`
	Party        Party    `json:"party"`
	Kind         string   `json:"kind"`
	Quantity     int64    `json:"quantity"`
	QuantityYuan string   `json:"quantity_yuan,omitempty"`
	UnitCost     int64    `json:"unit_cost"`
	UnitCostYuan string   `json:"unit_cost_yuan"`
	Communities  []string `json:"communities"`
	Home         string   `json:"home,omitempty"`
}

// resourceIn is what a Resource decodes from.
type resourceIn struct {
	ID           string           `json:"id"`
	Party        Party            `json:"party"`
	Kind         string           `json:"kind"`
	Quantity     *int64           `json:"quantity"`
	QuantityYuan *decimal.Decimal `json:"quantity_yuan"`
	UnitCost     *int64           `json:"unit_cost"`
	UnitCostYuan *decimal.Decimal `json:"unit_cost_yuan"`
	Communities  []string         `json:"communities"`
	Home         string           `json:"home"`
}

// MarshalJSON encodes the resource with its money also in yuan: "unit_cost_yuan", and
// "quantity_yuan" for KindFunds.
func (r Resource) MarshalJSON() ([]byte, error) {
	return json.Marshal(resourceJSON{ID: r.ID, Party: r.Party, Kind: r.Kind, Quantity: r.Quantity, QuantityYuan: yuanIf(r.Kind, r.Quantity),
		UnitCost: r.UnitCost, UnitCostYuan: yuanText(r.UnitCost), Communities: r.Communities, Home: r.Home})
}

// UnmarshalJSON decodes a resource at bounded cost, its money in fen or in yuan or both.
func (r *Resource) UnmarshalJSON(b []byte) error {
	var j resourceIn
	if err := socialorg.UnmarshalInput(b, &j); err != nil {
		return err
	}
	p := socialorg.Problems{Package: pkg}
	out := Resource{ID: j.ID, Party: j.Party, Kind: j.Kind, Communities: j.Communities, Home: j.Home,
		Quantity: amountIn{j.Quantity, j.QuantityYuan}.read(&p, "quantity", IsMoney(j.Kind)),
		UnitCost: amountIn{j.UnitCost, j.UnitCostYuan}.read(&p, "unit_cost", true)}
	if err := p.Err(); err != nil {
		return err
	}
	*r = out
	return nil
}

// assignmentJSON is the JSON form of an Assignment: snake_case keys, the field names of the
// contract kept in Go.
type assignmentJSON struct {
	Need         string `json:"need"`
	Resource     string `json:"resource"`
	Kind         string `json:"kind,omitempty"`
	Quantity     int64  `json:"quantity"`
	QuantityYuan string `json:"quantity_yuan,omitempty"`
	Margin       int64  `json:"margin"`
	MarginYuan   string `json:"margin_yuan"`
}

// assignmentIn is what an Assignment decodes from.
type assignmentIn struct {
	Need         string           `json:"need"`
	Resource     string           `json:"resource"`
	Kind         string           `json:"kind"`
	Quantity     *int64           `json:"quantity"`
	QuantityYuan *decimal.Decimal `json:"quantity_yuan"`
	Margin       *int64           `json:"margin"`
	MarginYuan   *decimal.Decimal `json:"margin_yuan"`
}

// MarshalJSON encodes the assignment with snake_case keys, its margin also in yuan, and its
// quantity too when its kind is KindFunds.
func (a Assignment) MarshalJSON() ([]byte, error) {
	return json.Marshal(assignmentJSON{Need: a.Need, Resource: a.Resource, Kind: a.Kind, Quantity: a.Quantity,
		QuantityYuan: yuanIf(a.Kind, a.Quantity), Margin: a.Margin, MarginYuan: yuanText(a.Margin)})
}

// UnmarshalJSON decodes what MarshalJSON wrote, at bounded cost; the money in fen or in yuan or
// both (a quantity in yuan needs "kind": "funds").
func (a *Assignment) UnmarshalJSON(b []byte) error {
	var j assignmentIn
	if err := socialorg.UnmarshalInput(b, &j); err != nil {
		return err
	}
	p := socialorg.Problems{Package: pkg}
	out := Assignment{Need: j.Need, Resource: j.Resource, Kind: j.Kind,
		Quantity: amountIn{j.Quantity, j.QuantityYuan}.read(&p, "quantity", IsMoney(j.Kind)),
		Margin:   amountIn{j.Margin, j.MarginYuan}.read(&p, "margin", true)}
	if err := p.Err(); err != nil {
		return err
	}
	*a = out
	return nil
}

// planJSON is the JSON form of a Plan.
type planJSON struct {
	Assignments  []Assignment `json:"assignments"`
	Net          int64        `json:"net"`
	NetYuan      string       `json:"net_yuan"`
	Value        int64        `json:"value"`
	ValueYuan    string       `json:"value_yuan"`
	Cost         int64        `json:"cost"`
	CostYuan     string       `json:"cost_yuan"`
	Distance     int64        `json:"distance,omitempty"`
	DistanceYuan string       `json:"distance_yuan,omitempty"`
}

// planIn is what a Plan decodes from.
type planIn struct {
	Assignments  []Assignment     `json:"assignments"`
	Net          *int64           `json:"net"`
	NetYuan      *decimal.Decimal `json:"net_yuan"`
	Value        *int64           `json:"value"`
	ValueYuan    *decimal.Decimal `json:"value_yuan"`
	Cost         *int64           `json:"cost"`
	CostYuan     *decimal.Decimal `json:"cost_yuan"`
	Distance     *int64           `json:"distance"`
	DistanceYuan *decimal.Decimal `json:"distance_yuan"`
}

// MarshalJSON encodes the plan with its totals also in yuan ("net_yuan"…).
func (p Plan) MarshalJSON() ([]byte, error) {
	j := planJSON{Assignments: p.Assignments, Net: p.Net, NetYuan: yuanText(p.Net), Value: p.Value, ValueYuan: yuanText(p.Value),
		Cost: p.Cost, CostYuan: yuanText(p.Cost), Distance: p.Distance}
	if p.Distance != 0 {
		j.DistanceYuan = yuanText(p.Distance)
	}
	return json.Marshal(j)
}

// UnmarshalJSON decodes a plan at bounded cost, its totals in fen or in yuan or both.
func (p *Plan) UnmarshalJSON(b []byte) error {
	var j planIn
	if err := socialorg.UnmarshalInput(b, &j); err != nil {
		return err
	}
	pr := socialorg.Problems{Package: pkg}
	out := Plan{Assignments: j.Assignments,
		Net:      amountIn{j.Net, j.NetYuan}.read(&pr, "net", true),
		Value:    amountIn{j.Value, j.ValueYuan}.read(&pr, "value", true),
		Cost:     amountIn{j.Cost, j.CostYuan}.read(&pr, "cost", true),
		Distance: amountIn{j.Distance, j.DistanceYuan}.read(&pr, "distance", true)}
	if err := pr.Err(); err != nil {
		return err
	}
	*p = out
	return nil
}

// distanceJSON is the JSON form of a DistanceCost.
type distanceJSON struct {
	PerUnit      int64             `json:"per_unit"`
	PerUnitYuan  string            `json:"per_unit_yuan"`
	Subdistricts map[string]string `json:"subdistricts"`
}

// MarshalJSON encodes the distance cost with its cost per unit also in yuan ("per_unit_yuan").
func (d DistanceCost) MarshalJSON() ([]byte, error) {
	return json.Marshal(distanceJSON{PerUnit: d.PerUnit, PerUnitYuan: yuanText(d.PerUnit), Subdistricts: d.Subdistricts})
}

// UnmarshalJSON decodes a distance cost at bounded cost, its cost per unit in fen or in yuan or
// both. It refuses unknown keys, so that a misspelled key in options given as data is not
// silently ignored.
func (d *DistanceCost) UnmarshalJSON(b []byte) error {
	var raw map[string]json.RawMessage
	if err := socialorg.UnmarshalInput(b, &raw); err != nil {
		return err
	}
	p := socialorg.Problems{Package: pkg}
	for _, k := range slices.Sorted(maps.Keys(raw)) {
		if k != "per_unit" && k != "per_unit_yuan" && k != "subdistricts" {
			p.Add(k, k, "a known field (check the spelling)")
		}
	}
	var (
		a    amountIn
		subs map[string]string
	)
	field := func(key string, v any) {
		if r, ok := raw[key]; ok {
			if err := socialorg.UnmarshalInput(r, v); err != nil {
				p.AddUnder(key, err)
			}
		}
	}
	field("per_unit", &a.fen)
	field("per_unit_yuan", &a.yuan)
	field("subdistricts", &subs)
	if p.Len() > 0 {
		return p.Err()
	}
	out := DistanceCost{PerUnit: a.read(&p, "per_unit", true), Subdistricts: subs}
	if err := p.Err(); err != nil {
		return err
	}
	*d = out
	return nil
}

// MarshalJSON encodes the status with its quantities also in yuan for KindFunds.
func (s NeedStatus) MarshalJSON() ([]byte, error) {
	type plain NeedStatus
	return json.Marshal(struct {
		plain
		QuantityYuan  string `json:"quantity_yuan,omitempty"`
		ServedYuan    string `json:"served_yuan,omitempty"`
		ShortfallYuan string `json:"shortfall_yuan,omitempty"`
	}{plain(s), yuanIf(s.Kind, s.Quantity), yuanIf(s.Kind, s.Served), yuanIf(s.Kind, s.Shortfall)})
}

// MarshalJSON encodes the status with its quantities also in yuan for KindFunds.
func (s ResourceStatus) MarshalJSON() ([]byte, error) {
	type plain ResourceStatus
	return json.Marshal(struct {
		plain
		QuantityYuan string `json:"quantity_yuan,omitempty"`
		UsedYuan     string `json:"used_yuan,omitempty"`
		LeftYuan     string `json:"left_yuan,omitempty"`
	}{plain(s), yuanIf(s.Kind, s.Quantity), yuanIf(s.Kind, s.Used), yuanIf(s.Kind, s.Left)})
}

// MarshalJSON encodes the totals with their quantities also in yuan for KindFunds, and the
// coverage as a decimal string too ("coverage_decimal": "0.7500").
func (k KindSummary) MarshalJSON() ([]byte, error) {
	type plain KindSummary
	return json.Marshal(struct {
		plain
		NeededYuan      string `json:"needed_yuan,omitempty"`
		ServedYuan      string `json:"served_yuan,omitempty"`
		ShortfallYuan   string `json:"shortfall_yuan,omitempty"`
		OfferedYuan     string `json:"offered_yuan,omitempty"`
		UsedYuan        string `json:"used_yuan,omitempty"`
		CoverageDecimal string `json:"coverage_decimal,omitempty"`
	}{plain(k), yuanIf(k.Kind, k.Needed), yuanIf(k.Kind, k.Served), yuanIf(k.Kind, k.Shortfall), yuanIf(k.Kind, k.Offered),
		yuanIf(k.Kind, k.Used), ratioText(k.Coverage)})
}

// MarshalJSON encodes the status with its values also in yuan, and the share served as a decimal
// string too ("served_decimal": "0.4000").
func (c CommunityStatus) MarshalJSON() ([]byte, error) {
	type plain CommunityStatus
	return json.Marshal(struct {
		plain
		ValueNeededYuan string `json:"value_needed_yuan"`
		ValueServedYuan string `json:"value_served_yuan"`
		ServedDecimal   string `json:"served_decimal,omitempty"`
	}{plain(c), yuanText(c.ValueNeeded), yuanText(c.ValueServed), ratioText(c.Served)})
}

// MarshalJSON encodes the alternative with its unit cost also in yuan, and what is left of it too
// for KindFunds.
func (a Alternative) MarshalJSON() ([]byte, error) {
	type plain Alternative
	return json.Marshal(struct {
		plain
		UnitCostYuan string `json:"unit_cost_yuan"`
		LeftYuan     string `json:"left_yuan,omitempty"`
	}{plain(a), yuanText(a.UnitCost), yuanIf(a.Kind, a.Left)})
}

// MarshalJSON encodes the explanation with the value of one unit also in yuan, its findings and
// its verdict (socialorg.WithVerdict: "verdict", derived from the findings).
func (e Explanation) MarshalJSON() ([]byte, error) {
	type plain Explanation
	b, err := json.Marshal(struct {
		plain
		ValueYuan string `json:"value_yuan"`
	}{plain(e), yuanText(e.Value)})
	if err != nil {
		return nil, err
	}
	return socialorg.WithVerdict(b, e.Report, "")
}

// MarshalJSON encodes the summary with its totals also in yuan, the coverage as a decimal string
// too, its findings and its verdict (socialorg.WithVerdict: "verdict", derived from the findings).
func (s Summary) MarshalJSON() ([]byte, error) {
	type plain Summary
	b, err := json.Marshal(struct {
		plain
		NetYuan         string `json:"net_yuan"`
		ValueYuan       string `json:"value_yuan"`
		CostYuan        string `json:"cost_yuan"`
		CoverageDecimal string `json:"coverage_decimal,omitempty"`
	}{plain(s), yuanText(s.Net), yuanText(s.Value), yuanText(s.Cost), ratioText(s.Coverage)})
	if err != nil {
		return nil, err
	}
	return socialorg.WithVerdict(b, s.Report, "")
}

// fundIn is what a Fund decodes from: its unit cost in fen, in yuan, or both (then they agree).
type fundIn struct {
	ID           string           `json:"id"`
	Name         string           `json:"name"`
	Host         string           `json:"host"`
	Communities  []string         `json:"communities"`
	Balance      decimal.Decimal  `json:"balance"`
	UnitCost     *int64           `json:"unit_cost"`
	UnitCostYuan *decimal.Decimal `json:"unit_cost_yuan"`
	Home         string           `json:"home"`
}

// UnmarshalJSON decodes a fund at bounded cost (socialorg.UnmarshalInput): a hostile balance is
// refused with a short error. The unit cost may be given in fen (unit_cost), in yuan
// (unit_cost_yuan, as MarshalJSON writes it beside the fen), or both when they agree.
func (f *Fund) UnmarshalJSON(b []byte) error {
	var j fundIn
	if err := socialorg.UnmarshalInput(b, &j); err != nil {
		return err
	}
	p := socialorg.Problems{Package: pkg}
	out := Fund{ID: j.ID, Name: j.Name, Host: j.Host, Communities: j.Communities, Balance: j.Balance, Home: j.Home,
		UnitCost: amountIn{j.UnitCost, j.UnitCostYuan}.read(&p, "unit_cost", true)}
	if err := p.Err(); err != nil {
		return err
	}
	*f = out
	return nil
}
