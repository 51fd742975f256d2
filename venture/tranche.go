package venture

import (
	"encoding/json"

	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/enum"
	"github.com/socialorg/socialorg/internal/fen"
)

// SplitGrant splits a grant into tranches by shares with the largest-remainder method: each
// tranche gets the floor of its exact share in fen, and the fen left over go one each to the
// tranches with the largest remainders (ties to the earlier tranche). The tranches always sum to
// the grant. Errors: a grant below zero or below the fen, invalid shares (see Shares.Validate).
func SplitGrant(grant decimal.Decimal, shares Shares) ([]decimal.Decimal, error) {
	p := socialorg.Problems{Package: "venture"}
	g := readAmount(&p, grant, func() string { return "grant" })
	if err := p.Err(); err != nil {
		return nil, err
	}
	if err := shares.validate(); err != nil {
		return nil, err
	}
	parts, err := split(g, shares)
	if err != nil {
		return nil, err
	}
	out := make([]decimal.Decimal, len(parts))
	for i, f := range parts {
		out[i] = fen.ToDecimal(f)
	}
	return out, nil
}

// split divides g fen by validated shares.
func split(g int64, shares Shares) ([]int64, error) {
	// Bring the shares to a common denominator 10^k (k ≤ 18): their numerators are the weights.
	minExp := int32(0)
	for _, s := range shares {
		minExp = min(minExp, s.Exponent())
	}
	weights := make([]int64, len(shares))
	for i, s := range shares {
		w, ok := scale(s.CoefficientInt64(), s.Exponent(), minExp)
		if !ok {
			return nil, input.Invalid(socialorg.Path("shares", i), s, "at most 18 decimal places")
		}
		weights[i] = w
	}
	return fen.Split(g, weights)
}

// Evaluation is one evaluation of a funded project: After is the tranche it follows (1 for the
// mid-term evaluation after the first tranche), Passed its verdict.
type Evaluation struct {
	After  int            `json:"after"`
	Date   socialorg.Date `json:"date"`
	Passed bool           `json:"passed"`
}

// Project is a funded project whose tranches are checked.
type Project struct {
	ID          string          `json:"id"`
	Grant       decimal.Decimal `json:"grant"`
	Evaluations []Evaluation    `json:"evaluations,omitempty"`
	// Spent is what the project has verifiably spent of the money paid, for a claw-back: what was
	// paid and not spent is reclaimed.
	Spent decimal.Decimal `json:"spent"`
}

// Validate checks the project: an ID, amounts ≥ 0 in whole fen, evaluations after a tranche
// 1 … MaxTranches−1 with a date, at most one per tranche.
func (pr Project) Validate() error {
	p := socialorg.Problems{Package: "venture"}
	pr.validate(&p)
	return p.Err()
}

func (pr Project) validate(p *socialorg.Problems) (grant, spent int64) {
	if pr.ID == "" || len(pr.ID) > MaxIDLen {
		p.Add("project.id", pr.ID, "1 … 128 bytes")
	}
	grant = readAmount(p, pr.Grant, func() string { return "project.grant" })
	spent = readAmount(p, pr.Spent, func() string { return "project.spent" })
	if len(pr.Evaluations) > MaxTranches {
		p.Add("project.evaluations", len(pr.Evaluations), "at most 12 evaluations")
		return
	}
	var seen [MaxTranches + 1]bool
	for i, e := range pr.Evaluations {
		at := socialorg.Path("project", "evaluations", i)
		switch {
		case e.After < 1 || e.After >= MaxTranches:
			p.Add(at+".after", e.After, "1 … 11")
		case seen[e.After]:
			p.Add(at+".after", e.After, "one evaluation per tranche")
		default:
			seen[e.After] = true
		}
		if e.Date.IsZero() {
			p.Add(at+".date", "", "required")
		}
	}
	return
}

// TrancheStatus is where a tranche stands.
type TrancheStatus uint8

// The statuses of a tranche.
const (
	Payable  TrancheStatus = iota + 1 // may be paid: the first, or the evaluation before it passed
	Pending                           // waits for the evaluation before it
	Withheld                          // stopped by a failed evaluation
)

var trancheStatusNames = enum.Names[TrancheStatus]{
	Type: "TrancheStatus",
	Text: []string{"", "payable", "pending", "withheld"},
	Names: []socialorg.Text{{},
		{Hans: "可拨付", Hant: "可撥付", En: "payable"},
		{Hans: "待评估", Hant: "待評估", En: "pending"},
		{Hans: "停拨", Hant: "停撥", En: "withheld"}},
}

// String returns "payable", "pending" or "withheld".
func (s TrancheStatus) String() string { return trancheStatusNames.String(s) }

// MarshalText encodes s as String does.
func (s TrancheStatus) MarshalText() ([]byte, error) { return trancheStatusNames.Marshal(s) }

// UnmarshalText decodes the text form.
func (s *TrancheStatus) UnmarshalText(b []byte) error { return trancheStatusNames.Unmarshal(b, s) }

// UnmarshalJSON decodes a JSON string; a bad value is an error naming the field.
func (s *TrancheStatus) UnmarshalJSON(b []byte) error { return trancheStatusNames.DecodeJSON(b, s) }

// Tranche is one part of a grant.
type Tranche struct {
	N      int             `json:"n"` // 1-based
	Amount decimal.Decimal `json:"amount"`
	Status TrancheStatus   `json:"status"`
}

// TrancheResult is the outcome of CheckTranches.
type TrancheResult struct {
	socialorg.Report
	Tranches []Tranche       `json:"tranches"`
	Payable  decimal.Decimal `json:"payable"`  // Σ payable tranches
	Withheld decimal.Decimal `json:"withheld"` // Σ withheld tranches
	// ClawBack is what must be returned after a failed evaluation under ClawBack: the tranches
	// paid before it, less what the project spent (never below zero).
	ClawBack decimal.Decimal `json:"claw_back"`
}

// Passed reports whether the project's tranches stand clear: no evaluation failed and no finding
// was left undecided (Report.Verdict is Met). A tranche that waits for its evaluation is pending
// (NotApplicable), not a failure.
func (r TrancheResult) Passed() bool { return r.Clean() }

// MarshalJSON encodes the result with its verdict and "passed", derived from the findings.
func (r TrancheResult) MarshalJSON() ([]byte, error) {
	type plain TrancheResult
	b, err := json.Marshal(plain(r))
	if err != nil {
		return nil, err
	}
	return socialorg.WithVerdict(b, r.Report, "passed")
}

// CheckTranches splits a project's grant by the caller-supplied shares (TrancheSharesKey) and says
// which tranches may be paid at asOf: the first on signing; each later one once the evaluation
// after the tranche before it has passed (Pass), pending until then (NotApplicable). A failed
// evaluation (Fail) withholds every later tranche and, when the caller supplied ClawBack for
// FailedEvaluationKey, reclaims what was paid and not spent; the finding says which. Neither the
// split nor the consequence is confirmed for Guangzhou: without supplied shares the result is an
// error matching socialorg.ErrNotSupplied, and the consequence defaults to Withhold, which the
// release rule (RuleTranche) itself sets: that finding cites the rule, a supplied consequence its
// caller's source. Evaluations dated after asOf are not yet known. Before the release rule is in
// force (2014-01-01, the first round) the result is an error matching socialorg.ErrNotInForce.
func CheckTranches(pr Project, asOf socialorg.Date, opts ...socialorg.Option) (TrancheResult, error) {
	p := socialorg.Problems{Package: "venture"}
	grant, spent := pr.validate(&p)
	if err := p.Err(); err != nil {
		return TrancheResult{}, err
	}
	if _, err := ruleTranche.At(asOf); err != nil {
		return TrancheResult{}, err
	}
	c := socialorg.NewChecker(pr.ID, asOf, opts...)
	shares, sharesCite, ok := trancheShares.Read(&c)
	consequence, consCite, okCons := failedEvaluation.Read(&c)
	if err := c.Err(); err != nil {
		return TrancheResult{}, err
	}
	if !ok {
		p := socialorg.Problems{Package: "venture", Sentinel: socialorg.ErrNotSupplied}
		p.Add("supply."+trancheShares.ID(), "", "the tranche shares, with their source (TrancheSharesKey)")
		return TrancheResult{}, p.Err()
	}
	if !okCons {
		// Withholding is what the release rule itself sets: a later tranche waits for a passed
		// evaluation. The finding cites that rule (the zero Citation), not the caller's split.
		consequence, consCite = Withhold, socialorg.Citation{}
	}
	parts, err := split(grant, shares)
	if err != nil {
		return TrancheResult{}, err
	}
	evals := make([]*Evaluation, len(parts))
	for i := range pr.Evaluations {
		e := &pr.Evaluations[i]
		if e.After < len(parts) && !e.Date.After(asOf) {
			evals[e.After] = e
		}
	}
	res := TrancheResult{Tranches: make([]Tranche, len(parts))}
	var payable, withheld, paid int64
	failed, waiting := false, false
	for i, amt := range parts {
		t := Tranche{N: i + 1, Amount: fen.ToDecimal(amt)}
		switch {
		case i == 0:
			t.Status = Payable
		case failed:
			t.Status = Withheld
		case waiting: // an earlier tranche waits for its evaluation
			t.Status = Pending
		default:
			e := evals[i]
			want := socialorg.Words("evaluation")
			switch {
			case e == nil:
				t.Status, waiting = Pending, true
				c.NotApplicable(ruleTranche, socialorg.Words("pending"), want, sharesCite)
			case e.Passed:
				t.Status = Payable
				c.Add(ruleTranche, socialorg.Pass, socialorg.Words("passed"), want, sharesCite)
			default:
				failed = true
				t.Status = Withheld
				what := "failed-withhold"
				if consequence == ClawBack {
					what = "failed-claw-back"
				}
				c.Add(ruleTranche, socialorg.Fail, socialorg.Words(what), want, consCite)
			}
		}
		switch t.Status {
		case Payable:
			payable += amt
			if !failed {
				paid += amt
			}
		case Withheld:
			withheld += amt
		}
		res.Tranches[i] = t
	}
	res.Payable = fen.ToDecimal(payable)
	res.Withheld = fen.ToDecimal(withheld)
	res.ClawBack = decimal.Zero
	if failed && consequence == ClawBack {
		res.ClawBack = fen.ToDecimal(max(0, paid-spent))
	}
	rep, err := c.Finish()
	if err != nil {
		return TrancheResult{}, err
	}
	res.Report = rep
	return res, nil
}
