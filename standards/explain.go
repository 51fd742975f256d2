package standards

import "github.com/socialorg/socialorg"

// RuleIndicatorPoints explains a score: an indicator that did not get its full points.
const RuleIndicatorPoints socialorg.RuleID = "standards.indicator.points"

// ruleIndicatorPoints is the rule of Result.Report. An indicator tree is the assessing body's own
// table (Index.Cite), so each finding cites the table; the rule's regime cites the article that
// makes an assessment a scoring of indicators.
var ruleIndicatorPoints = rule(RuleIndicatorPoints, "评估指标得分", "評估指標得分", "an indicator's points",
	[]socialorg.Regime{{From: fromOrder39, Cite: citeOrder39("第八条"),
		Note: "Order 39 Art. 8 sets the assessment's content by kind (基础条件, 内部治理, 工作绩效 or 业务活动和诚信建设, 社会评价); " +
			"the indicators and their points are the assessing body's table, which each finding cites (Index.Cite); " +
			"the revised measures in force 2026-03-01 keep assessment by indicators, their article not confirmed"}},
	map[string]socialorg.Text{
		"veto-failed": {Hans: "否决项未通过", Hant: "否決項未通過", En: "veto item failed"},
		"veto-passed": {Hans: "否决项通过", Hant: "否決項通過", En: "veto item passed"},
	})

// Report explains the result as findings, the library's one explanation shape: for each entry of
// Lost, in tree order, a Fail finding of RuleIndicatorPoints about the indicator (its ID is the
// finding's Subject) whose Got is the points given and whose Want is the indicator's maximum, or,
// for a failed veto item, the words "veto item failed" against "veto item passed". Each finding
// cites source, the indicator table's own citation (Index.Cite); an empty source cites Order 39
// Art. 8. A result with full points in every leaf gives an empty, clean report. The report records
// the library's version and rules digest. Figures of a result decoded from hostile JSON are shown
// as ShortDecimal shows them, at bounded cost.
func (r Result) Report(source socialorg.Citation) socialorg.Report {
	if source.Document == "" {
		source = socialorg.Citation{} // a finding always names a document: the rule's
	}
	c := socialorg.NewChecker("", fromOrder39)
	c.Grow(len(r.Lost))
	for _, l := range r.Lost {
		c.SetSubject(l.ID)
		if l.Why == LostVeto {
			c.Add(ruleIndicatorPoints, socialorg.Fail, socialorg.Words("veto-failed"), socialorg.Words("veto-passed"), source)
			continue
		}
		c.Add(ruleIndicatorPoints, socialorg.Fail, socialorg.Fig(socialorg.ShortDecimal(l.Points)),
			socialorg.Fig(socialorg.ShortDecimal(l.Max)), source)
	}
	return c.Report()
}
