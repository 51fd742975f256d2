package venture

import (
	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
)

// Liwan District (440103): its own programme (荔湾区社会组织公益创投活动), first held in 2024, as
// dated values of the package's parameters. A round held by Liwan is judged with
// socialorg.In("440103"): its cap and its rounds come from here, what Liwan does not set from
// Guangzhou's values (the share of the project budget), and never Guangzhou's rounds.

const liwan = "440103"

// The source: a press report of the launch of the district's first round. Its notice and any
// district measures were not read.
var (
	fromLiwan2024 = socialorg.MustDate("2024-04-09")
	citeLiwan2024 = socialorg.Citation{Document: "《投250万寻找老城区公益创新行动！荔湾首届社会组织公益创投开始项目征集了》（广州日报新花城，2024年4月）"}
)

const noteLiwan2024 = "a press report of the launch of Liwan's first district-wide round (广州市荔湾区民政局主办, 广州市社会组织联合会承办; 252万元 of welfare-lottery funds; applications until 2024-04-26); " +
	"the round's notice and any district measures were not read; dated from the report (its address gives 2024-04-09; the round had opened 「日前」)"

// The cap: 「单个项目最高资助金额可达到30万元」. Kept for later rounds until a source says
// otherwise. The report gives no share of the project budget: a Liwan round reads Guangzhou's
// (the parent's) 60%; a caller whose Liwan notice says otherwise supplies MaxShareKey.
var _ = socialorg.MustLocal(maxGrant, liwan,
	socialorg.Dated[decimal.Decimal]{From: fromLiwan2024, Value: decimal.NewFromInt(300_000), Cite: citeLiwan2024,
		Note: noteLiwan2024 + ": 「单个项目最高资助金额可达到30万元」; later rounds' caps are not in the sources, so this one is kept until a source says otherwise; the report gives no share of the project budget, so a Liwan round reads Guangzhou's (MaxShareKey supplies another)"})

// The rounds: the first, whose categories the report lists (为老服务类、助残服务类、儿童福利和未成年人
// 保护类、救助帮困类、社区治理类); its notice's conditions are not in the report, so its
// eligibility is unset unless the caller supplies them (ConditionsKey).
var _ = socialorg.MustLocal(programme, liwan,
	socialorg.Dated[Programme]{From: fromLiwan2024, Cite: citeLiwan2024,
		Value: Programme{{Round: 1, Closes: socialorg.MustDate("2024-04-26"), Categories: categoriesRound10, CategoriesCite: citeLiwan2024}},
		Note:  noteLiwan2024 + "; the first round's notice is not in the sources, so its applicant conditions are unset: supply them (ConditionsKey) with the notice as source"})
