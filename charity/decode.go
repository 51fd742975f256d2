package charity

import "github.com/socialorg/socialorg"

// The JSON decoders of the package's inputs. Each decodes at bounded cost and with a bounded
// error (socialorg.UnmarshalInput): a number of more than 256 characters is refused before any
// decimal is parsed, and a decoding error is an *socialorg.InputError naming the field and quoting
// at most a short prefix of the value. Each decodes a method-free copy of its own type, so the
// JSON keys are the struct tags'. (JournalEntry keeps its own strict decoder, in journal.go: it
// decodes its entries through these.)

// UnmarshalJSON decodes the figures at bounded cost (socialorg.UnmarshalInput).
func (in *SpendingInput) UnmarshalJSON(b []byte) error {
	type plain SpendingInput
	return socialorg.UnmarshalInput(b, (*plain)(in))
}

// UnmarshalJSON decodes the application at bounded cost (socialorg.UnmarshalInput).
func (in *QualificationInput) UnmarshalJSON(b []byte) error {
	type plain QualificationInput
	return socialorg.UnmarshalInput(b, (*plain)(in))
}

// UnmarshalJSON decodes the plan at bounded cost (socialorg.UnmarshalInput).
func (p *Plan) UnmarshalJSON(b []byte) error {
	type plain Plan
	return socialorg.UnmarshalInput(b, (*plain)(p))
}

// UnmarshalJSON decodes the pledge at bounded cost (socialorg.UnmarshalInput).
func (p *Pledge) UnmarshalJSON(b []byte) error {
	type plain Pledge
	return socialorg.UnmarshalInput(b, (*plain)(p))
}

// UnmarshalJSON decodes the donation at bounded cost (socialorg.UnmarshalInput).
func (d *Donation) UnmarshalJSON(b []byte) error {
	type plain Donation
	return socialorg.UnmarshalInput(b, (*plain)(d))
}

// UnmarshalJSON decodes the refund at bounded cost (socialorg.UnmarshalInput).
func (r *Refund) UnmarshalJSON(b []byte) error {
	type plain Refund
	return socialorg.UnmarshalInput(b, (*plain)(r))
}

// UnmarshalJSON decodes the income at bounded cost (socialorg.UnmarshalInput).
func (in *Income) UnmarshalJSON(b []byte) error {
	type plain Income
	return socialorg.UnmarshalInput(b, (*plain)(in))
}

// UnmarshalJSON decodes the expense at bounded cost (socialorg.UnmarshalInput).
func (e *Expense) UnmarshalJSON(b []byte) error {
	type plain Expense
	return socialorg.UnmarshalInput(b, (*plain)(e))
}

// UnmarshalJSON decodes the part at bounded cost (socialorg.UnmarshalInput).
func (pt *Part) UnmarshalJSON(b []byte) error {
	type plain Part
	return socialorg.UnmarshalInput(b, (*plain)(pt))
}

// UnmarshalJSON decodes the release at bounded cost (socialorg.UnmarshalInput).
func (r *Release) UnmarshalJSON(b []byte) error {
	type plain Release
	return socialorg.UnmarshalInput(b, (*plain)(r))
}

// UnmarshalJSON decodes a tier (a caller's table, supplied as JSON) at bounded cost
// (socialorg.UnmarshalInput).
func (t *Tier) UnmarshalJSON(b []byte) error {
	type plain Tier
	return socialorg.UnmarshalInput(b, (*plain)(t))
}
