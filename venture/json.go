package venture

import "github.com/socialorg/socialorg"

// Every type of the package with an amount, a share or a score decodes from JSON through
// socialorg.UnmarshalInput: a number longer than 256 characters is refused before any decimal is
// parsed, and a decoding error names the field and quotes at most a short prefix of the value.
// The checks then refuse what is out of range (an amount below the fen, a hostile exponent).

// UnmarshalJSON decodes a round at bounded cost (socialorg.UnmarshalInput).
func (x *Round) UnmarshalJSON(b []byte) error {
	type plain Round
	return socialorg.UnmarshalInput(b, (*plain)(x))
}

// UnmarshalJSON decodes a category budget at bounded cost (socialorg.UnmarshalInput).
func (x *CategoryBudget) UnmarshalJSON(b []byte) error {
	type plain CategoryBudget
	return socialorg.UnmarshalInput(b, (*plain)(x))
}

// UnmarshalJSON decodes an application at bounded cost (socialorg.UnmarshalInput).
func (x *Application) UnmarshalJSON(b []byte) error {
	type plain Application
	return socialorg.UnmarshalInput(b, (*plain)(x))
}

// UnmarshalJSON decodes an award at bounded cost (socialorg.UnmarshalInput).
func (x *Award) UnmarshalJSON(b []byte) error {
	type plain Award
	return socialorg.UnmarshalInput(b, (*plain)(x))
}

// UnmarshalJSON decodes a passed-over application at bounded cost (socialorg.UnmarshalInput).
func (x *PassedOver) UnmarshalJSON(b []byte) error {
	type plain PassedOver
	return socialorg.UnmarshalInput(b, (*plain)(x))
}

// UnmarshalJSON decodes a category's result at bounded cost (socialorg.UnmarshalInput).
func (x *CategoryResult) UnmarshalJSON(b []byte) error {
	type plain CategoryResult
	return socialorg.UnmarshalInput(b, (*plain)(x))
}

// UnmarshalJSON decodes an allocation (TallyRound's input) at bounded cost (socialorg.UnmarshalInput).
func (x *Allocation) UnmarshalJSON(b []byte) error {
	type plain Allocation
	return socialorg.UnmarshalInput(b, (*plain)(x))
}

// UnmarshalJSON decodes a criterion at bounded cost (socialorg.UnmarshalInput).
func (x *Criterion) UnmarshalJSON(b []byte) error {
	type plain Criterion
	return socialorg.UnmarshalInput(b, (*plain)(x))
}

// UnmarshalJSON decodes a review at bounded cost (socialorg.UnmarshalInput).
func (x *Review) UnmarshalJSON(b []byte) error {
	type plain Review
	return socialorg.UnmarshalInput(b, (*plain)(x))
}

// UnmarshalJSON decodes an expert's score at bounded cost (socialorg.UnmarshalInput).
func (x *ExpertScore) UnmarshalJSON(b []byte) error {
	type plain ExpertScore
	return socialorg.UnmarshalInput(b, (*plain)(x))
}

// UnmarshalJSON decodes a criterion's scores at bounded cost (socialorg.UnmarshalInput).
func (x *CriterionScore) UnmarshalJSON(b []byte) error {
	type plain CriterionScore
	return socialorg.UnmarshalInput(b, (*plain)(x))
}

// UnmarshalJSON decodes a score-sheet row at bounded cost (socialorg.UnmarshalInput).
func (x *SheetRow) UnmarshalJSON(b []byte) error {
	type plain SheetRow
	return socialorg.UnmarshalInput(b, (*plain)(x))
}

// UnmarshalJSON decodes a score sheet (Apply's input) at bounded cost (socialorg.UnmarshalInput).
func (x *ScoreSheet) UnmarshalJSON(b []byte) error {
	type plain ScoreSheet
	return socialorg.UnmarshalInput(b, (*plain)(x))
}

// UnmarshalJSON decodes a project at bounded cost (socialorg.UnmarshalInput).
func (x *Project) UnmarshalJSON(b []byte) error {
	type plain Project
	return socialorg.UnmarshalInput(b, (*plain)(x))
}

// UnmarshalJSON decodes a tranche at bounded cost (socialorg.UnmarshalInput).
func (x *Tranche) UnmarshalJSON(b []byte) error {
	type plain Tranche
	return socialorg.UnmarshalInput(b, (*plain)(x))
}

// UnmarshalJSON decodes a tranche result at bounded cost (socialorg.UnmarshalInput).
func (x *TrancheResult) UnmarshalJSON(b []byte) error {
	type plain TrancheResult
	return socialorg.UnmarshalInput(b, (*plain)(x))
}

// UnmarshalJSON decodes a tally (Merge's input) at bounded cost (socialorg.UnmarshalInput).
func (x *RoundTally) UnmarshalJSON(b []byte) error {
	type plain RoundTally
	return socialorg.UnmarshalInput(b, (*plain)(x))
}

// UnmarshalJSON decodes a category's tally at bounded cost (socialorg.UnmarshalInput).
func (x *CategoryTally) UnmarshalJSON(b []byte) error {
	type plain CategoryTally
	return socialorg.UnmarshalInput(b, (*plain)(x))
}

// UnmarshalJSON decodes a district's tally at bounded cost (socialorg.UnmarshalInput).
func (x *DistrictTally) UnmarshalJSON(b []byte) error {
	type plain DistrictTally
	return socialorg.UnmarshalInput(b, (*plain)(x))
}

// UnmarshalJSON decodes a round's record at bounded cost (socialorg.UnmarshalInput).
func (x *RoundRecord) UnmarshalJSON(b []byte) error {
	type plain RoundRecord
	return socialorg.UnmarshalInput(b, (*plain)(x))
}

// UnmarshalJSON decodes a checkpoint at bounded cost (socialorg.UnmarshalInput).
func (x *Checkpoint) UnmarshalJSON(b []byte) error {
	type plain Checkpoint
	return socialorg.UnmarshalInput(b, (*plain)(x))
}

// UnmarshalJSON decodes the shares of a grant at bounded cost (socialorg.UnmarshalInput).
func (x *Shares) UnmarshalJSON(b []byte) error {
	type plain Shares
	return socialorg.UnmarshalInput(b, (*plain)(x))
}
