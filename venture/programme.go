package venture

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/socialorg/socialorg"
)

// The lists of applicant conditions a round's notice may set, each named by the notice of
// Guangzhou's programme that set it (RoundInfo.Conditions, Conditions.SameAs).
const (
	// ListRound11 is the five conditions of 穗社管发〔2023〕29号 二 (round 11), judged as eight
	// findings: registered (or, for a filed community organization, a registered partner), site
	// and beneficiaries, capacity, scope, and the three credit look-backs.
	ListRound11 = 11
	// ListRound7 is those and the three the round-7 notice adds (sound governance, the NPO
	// accounting system, a good tax and social-insurance record): eleven findings.
	ListRound7 = 7
)

// RoundInfo is what the sources hold of one round of a place's venture programme: the list of
// applicant conditions its notice sets, with the notice and its application window, and its
// project categories, each with its source. A figure the sources do not give is zero.
type RoundInfo struct {
	Round int `json:"round"` // the round's number in its own programme (第N届), 1 … MaxRound
	// Conditions is the list of applicant conditions the round's notice sets (ListRound7 or
	// ListRound11); 0 when the notice's conditions are not in the sources, which leaves the
	// round's eligibility unset.
	Conditions int                `json:"conditions,omitempty"`
	Opens      socialorg.Date     `json:"opens,omitzero"`  // the day applications opened (required with Conditions)
	Closes     socialorg.Date     `json:"closes,omitzero"` // the last day of applications, when known
	Notice     socialorg.Citation `json:"notice,omitzero"` // the notice (required with Conditions)
	// Categories are the round's project categories when a source gives the whole list, with
	// that source.
	Categories     []Category         `json:"categories,omitempty"`
	CategoriesCite socialorg.Citation `json:"categories_cite,omitzero"`
}

// Programme is what the sources hold of the rounds of a place's venture programme (公益创投活动),
// by round: the value of the parameter venture.programme.rounds, which a place declares for
// itself (Guangzhou's rounds 5, 7, 10 and 11; Liwan's first). Rounds are numbered within their
// programme, so a place's rounds are its own: a district does not inherit its city's.
type Programme []RoundInfo

// MaxProgrammeRounds is the most rounds a Programme may list.
const MaxProgrammeRounds = MaxRound

// Clone returns a deep copy (parameter values are handed out as copies).
func (p Programme) Clone() Programme {
	if p == nil {
		return nil
	}
	out := slices.Clone(p)
	for i := range out {
		out[i].Categories = slices.Clone(out[i].Categories)
	}
	return out
}

// String lists the rounds: "rounds 5, 7 (conditions as round 7), 10, 11 (conditions as round 11)".
func (p Programme) String() string {
	var b strings.Builder
	b.WriteString("rounds")
	for i, r := range p {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteByte(' ')
		b.WriteString(strconv.Itoa(r.Round))
		if r.Conditions != 0 {
			b.WriteString(" (conditions as round " + strconv.Itoa(r.Conditions) + ")")
		}
	}
	return b.String()
}

// Validate checks a programme: at most MaxProgrammeRounds rounds, each numbered 1 … MaxRound and
// listed once; conditions ListRound7, ListRound11 or none, and with them the notice (a cited
// document) and the day applications opened; a last day not before the first; categories valid,
// each once, with their source. Every problem names its field.
func (p Programme) Validate() error {
	pr := socialorg.Problems{Package: "venture"}
	if len(p) > MaxProgrammeRounds {
		pr.Add("programme", len(p), "at most 1000 rounds")
		return pr.Err()
	}
	var seen [MaxRound + 1]bool
	for i, r := range p {
		at := func(f string) string { return socialorg.Path("programme", i, f) }
		switch {
		case r.Round < 1 || r.Round > MaxRound:
			pr.Add(at("round"), r.Round, "1 … 1000")
		case seen[r.Round]:
			pr.Add(at("round"), r.Round, "each round once")
		default:
			seen[r.Round] = true
		}
		switch r.Conditions {
		case 0:
		case ListRound7, ListRound11:
			if r.Opens.IsZero() {
				pr.Add(at("opens"), "", "required: the day applications opened")
			}
			if r.Notice.IsZero() || r.Notice.Document == "" {
				pr.Add(at("notice"), "", "a cited document")
			}
		default:
			pr.Add(at("conditions"), r.Conditions, "7 or 11: a list of conditions the library judges, or 0")
		}
		if !r.Closes.IsZero() && !r.Opens.IsZero() && r.Closes.Before(r.Opens) {
			pr.Add(at("closes"), r.Closes, "not before opens")
		}
		if len(r.Categories) > numCategories {
			pr.Add(at("categories"), len(r.Categories), "each category once")
			continue
		}
		var have [numCategories]bool
		for k, c := range r.Categories {
			switch {
			case !c.IsValid():
				pr.Add(socialorg.Path("programme", i, "categories", k), int(c), "a valid category")
			case have[c]:
				pr.Add(socialorg.Path("programme", i, "categories", k), c.String(), "each category once")
			default:
				have[c] = true
			}
		}
		if len(r.Categories) > 0 && r.CategoriesCite.Document == "" {
			pr.Add(at("categories_cite"), "", "a cited document")
		}
	}
	return pr.Err()
}

// round returns the round numbered n.
func (p Programme) round(n int) (RoundInfo, bool) {
	for _, r := range p {
		if r.Round == n {
			return r, true
		}
	}
	return RoundInfo{}, false
}

// sorted returns the rounds by number.
func (p Programme) sorted() Programme {
	out := p.Clone()
	slices.SortFunc(out, func(a, b RoundInfo) int { return cmp.Compare(a.Round, b.Round) })
	return out
}

// placeProgramme reads the programme in force at the check's date and place. own says whether
// the place declares it itself (its own data, or a caller's jurisdiction of its code) rather than
// inheriting its parent's: only its own rounds are the place's rounds, but an inherited
// programme's citation (the measures) is still what an unset round cites.
func placeProgramme(c *socialorg.Checker) (p Programme, cite socialorg.Citation, own bool, err error) {
	res, err := programme.Resolve(c)
	if err != nil {
		return nil, socialorg.Citation{}, false, err
	}
	p, _ = res.Value.(Programme)
	return p, res.Cite, res.Jurisdiction == c.Place(), nil
}

// Rounds returns the rounds of the programme held at the place (socialorg.In; Guangzhou when the
// options name none), as the data in force at asOf give them, by round number, with the
// citation of those data (the measures under which the place's notices are issued). A place that
// declares no programme of its own (a district of Guangzhou other than Liwan) has none: the
// result is empty, with the citation of the programme it would inherit. Errors: invalid options;
// no programme in force at the place and date, nor at any place above it (matches
// socialorg.ErrNotInForce).
func Rounds(asOf socialorg.Date, opts ...socialorg.Option) (Programme, socialorg.Citation, error) {
	c := socialorg.NewChecker("", asOf, opts...)
	if err := c.Err(); err != nil {
		return nil, socialorg.Citation{}, err
	}
	if asOf.IsZero() {
		return nil, socialorg.Citation{}, socialorg.MissingDate("as_of")
	}
	p, cite, own, err := placeProgramme(&c)
	if err != nil {
		return nil, socialorg.Citation{}, err
	}
	if !own {
		return Programme{}, cite, nil
	}
	return p.sorted(), cite, nil
}

// RoundCategories returns the categories of round n of the programme held at the place
// (socialorg.In; Guangzhou by default), as the data in force at asOf give them, when a source
// gives the whole list, with that source. For Guangzhou:
//
//   - round 5: 为老服务, 助残服务, 青少年服务, 救助帮困, 其他公益, the classes of its 372 valid
//     applications in the report of its signing (2018);
//   - round 7: the same five, which its notice names (「对为老服务类、助残服务类、青少年服务类、救助帮困类
//     及其他……社会组织公益项目进行资助」);
//   - round 10: 为老服务, 助残服务, 儿童福利和未成年人保护, 救助帮困, 社区治理, in its results (2023).
//
// For Liwan, round 1 (2024): the five of Guangzhou's round 10, in the report of its launch.
//
// For every other round no source gives the whole list, and ok is false: the caller states the
// round's categories. Rounds 1–4 and 6 of Guangzhou are not confirmed to share round 5's and
// round 7's list; of round 9 the sources name 为老服务 and 未成年人保护 only, and of round 11
// (穗社管发〔2023〕29号 三) only the first of its five classes, 为老服务. ok is false also where no
// programme is in force (and for invalid options).
func RoundCategories(n int, asOf socialorg.Date, opts ...socialorg.Option) (cats []Category, cite socialorg.Citation, ok bool) {
	p, _, err := Rounds(asOf, opts...)
	if err != nil {
		return nil, socialorg.Citation{}, false
	}
	r, found := p.round(n)
	if !found || len(r.Categories) == 0 {
		return nil, socialorg.Citation{}, false
	}
	return r.Categories, r.CategoriesCite, true
}
