package standards

import (
	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
)

// Huaining county, Anhui (340822): the 1000-point scheme of the assessment held from August to
// October 2022, with 100 points of bonus items (「满分为1000分，另设加分项100分」): 5A above 950,
// 4A 901–950, 3A 851–900, 2A 801–850, 1A 701–800; an organization without a Party organization may
// not enter for 5A. A comparable. The notice gives 5A as 「950以上」 and 4A as 「901—950」: the
// library reads 950 as 4A (see the scheme's note).

const huaining = "340822"

func huainingValue[T any](v T) socialorg.Dated[T] {
	return socialorg.Dated[T]{From: fromHuaining, Value: v, Cite: citeHuaining, Note: noteHuaining}
}

var (
	_ = socialorg.MustLocal(schemeParam, huaining, huainingValue(SchemeInfo{ID: "huaining", Name: "怀宁县社会组织评估", Note: noteHuaining950}))
	_ = socialorg.MustLocal(scaleParam, huaining, huainingValue(decimal.NewFromInt(1000)))
	_ = socialorg.MustLocal(bonusCapParam, huaining, huainingValue(decimal.NewFromInt(100)))
	_ = socialorg.MustLocal(minCutoff[registry.Grade5A], huaining, huainingValue(Threshold{Min: decimal.NewFromInt(950), Above: true}))
	_ = socialorg.MustLocal(minCutoff[registry.Grade4A], huaining, huainingValue(Threshold{Min: decimal.NewFromInt(901)}))
	_ = socialorg.MustLocal(minCutoff[registry.Grade3A], huaining, huainingValue(Threshold{Min: decimal.NewFromInt(851)}))
	_ = socialorg.MustLocal(minCutoff[registry.Grade2A], huaining, huainingValue(Threshold{Min: decimal.NewFromInt(801)}))
	_ = socialorg.MustLocal(minCutoff[registry.Grade1A], huaining, huainingValue(Threshold{Min: decimal.NewFromInt(701)}))
	_ = socialorg.MustLocal(gradeConditions, huaining, socialorg.Dated[Requirements]{From: fromHuaining,
		Value: Requirements{{Grade: registry.Grade5A, PartyOrganization: true}}, Cite: socialorg.Citation{Document: docHuaining}, Note: "「社会组织未组建党组织的不得参加“5A”等级的评选」; " + noteHuaining})
)
