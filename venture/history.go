package venture

import "github.com/shopspring/decimal"

// RoundRecord is what the public sources report of one of Guangzhou's city rounds. A figure the
// sources do not give is zero with its Known flag false; a figure derived from cumulative totals
// rather than reported is marked Derived.
type RoundRecord struct {
	Round           int             `json:"round"`
	Year            int             `json:"year"`
	LotteryFunds    decimal.Decimal `json:"lottery_funds"` // welfare-lottery money put in, yuan
	FundsKnown      bool            `json:"funds_known"`
	FundsDerived    bool            `json:"funds_derived,omitempty"`
	Projects        int             `json:"projects"` // projects funded
	ProjectsDerived bool            `json:"projects_derived,omitempty"`
	Applications    int             `json:"applications,omitempty"` // valid applications, when reported
	Note            string          `json:"note,omitempty"`
	Sources         []string        `json:"sources"`
}

// Checkpoint is a cumulative figure the sources report after a round.
type Checkpoint struct {
	Through      int             `json:"through"` // the last round counted
	LotteryFunds decimal.Decimal `json:"lottery_funds"`
	Projects     int             `json:"projects"`
	Leveraged    decimal.Decimal `json:"leveraged"` // social money leveraged (zero when not reported)
	Source       string          `json:"source"`
}

func wan(n int64) decimal.Decimal { return decimal.New(n, 4) }

// History returns the city rounds 1–10 as the public sources report them, oldest first. The data
// are reports, not law: several figures are derived, and the sources disagree in places (round 3
// signed 154 projects by one report, while the three-round total of 368 implies 152).
func History() []RoundRecord {
	return []RoundRecord{
		{Round: 1, Year: 2014, LotteryFunds: wan(1500), FundsKnown: true, Projects: 100, Sources: []string{"S8: 第二届公益创投资助116个项目 (2015-04-29)"}},
		{Round: 2, Year: 2015, LotteryFunds: wan(1500), FundsKnown: true, Projects: 116, Note: "grants of 30,000 to 300,000 yuan each; one-year grant period", Sources: []string{"S8"}},
		{Round: 3, Year: 2016, LotteryFunds: wan(5200 - 3000), FundsKnown: true, FundsDerived: true, Projects: 152, ProjectsDerived: true,
			Note: "funds and projects derived from the three-round totals (5,200万, 368 projects); one report says 154 signed", Sources: []string{"S9: 三年5200万368个项目 (2016-11-21)", "S9: 第三届154个 (公益时报 2016-03-22)"}},
		{Round: 4, Year: 2017, LotteryFunds: wan(2786), FundsKnown: true, FundsDerived: true, Projects: 162, ProjectsDerived: true,
			Note: "projects derived from the cumulative 530; funds derived from the six-round total of 12,466万 (consistent with the report of over 7,000万 after four rounds)", Sources: []string{"S4", "S5"}},
		{Round: 5, Year: 2018, LotteryFunds: wan(2240), FundsKnown: true, Projects: 162, Applications: 372, Note: "372 valid of 385 applications", Sources: []string{"S4", "S13"}},
		{Round: 6, Year: 2019, LotteryFunds: wan(2240), FundsKnown: true, Projects: 146, ProjectsDerived: true, Note: "projects derived from the six-round total of 838", Sources: []string{"S5: 新快报, 六年投入1.2亿"}},
		{Round: 7, Year: 2020, LotteryFunds: wan(1800), FundsKnown: true, Projects: 97, Applications: 315, Note: "cap raised from 300,000 to 500,000 yuan", Sources: []string{"S2", "S3", "S10: 南方网 2020-03-10"}},
		{Round: 8, Year: 2021, Projects: 125, ProjectsDerived: true,
			Note: "projects derived: 1,060 after eight rounds less 935 after seven; funds not reported (the rounded ten-round total of 1.96亿 puts them near 1,780万)", Sources: []string{"derived"}},
		{Round: 9, Year: 2022, LotteryFunds: wan(1700), FundsKnown: true, Projects: 141, Sources: []string{"S6: 中新网"}},
		{Round: 10, Year: 2023, LotteryFunds: wan(1850), FundsKnown: true, Projects: 127, Sources: []string{"S7: 中新网 2023-06-15"}},
	}
}

// Checkpoints returns the cumulative totals the sources report, by round.
func Checkpoints() []Checkpoint {
	return []Checkpoint{
		{Through: 3, LotteryFunds: wan(5200), Projects: 368, Leveraged: decimal.Zero, Source: "S9"},
		{Through: 4, Projects: 530, LotteryFunds: decimal.Zero, Leveraged: decimal.Zero, Source: "S4 (cumulative projects; funds \"over 7,000万\")"},
		{Through: 6, LotteryFunds: wan(12466), Projects: 838, Leveraged: wan(8931), Source: "S5"},
		{Through: 10, LotteryFunds: wan(19600), Projects: 1328, Leveraged: wan(13000), Source: "S7 (1.96亿, 1,328 projects, about 1.3亿 leveraged)"},
	}
}

// FundsThrough sums the lottery funds of rounds 1…n from History; known is false when a round's
// funds are not reported.
func FundsThrough(n int) (total decimal.Decimal, known bool) {
	total, known = decimal.Zero, true
	for _, r := range History() {
		if r.Round <= n {
			total = total.Add(r.LotteryFunds)
			known = known && r.FundsKnown
		}
	}
	return total, known
}

// ProjectsThrough sums the funded projects of rounds 1…n from History.
func ProjectsThrough(n int) int {
	total := 0
	for _, r := range History() {
		if r.Round <= n {
			total += r.Projects
		}
	}
	return total
}
