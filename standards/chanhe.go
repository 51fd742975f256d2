package standards

import (
	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
)

// Luoyang's Chanhe Hui district, Henan (410304): the 1000-point scheme of its 2025 assessment
// (三、评估分数及等级设置): 5A ≥ 900, 4A 800–899, 3A 700–799, 2A 600–699, 1A up to 599. A
// comparable.

const chanhe = "410304"

func chanheValue[T any](v T) socialorg.Dated[T] {
	return socialorg.Dated[T]{From: fromChanhe, Value: v, Cite: citeChanhe, Note: noteChanhe}
}

var (
	_ = socialorg.MustLocal(schemeParam, chanhe, chanheValue(SchemeInfo{ID: "luoyang-chanhe", Name: "洛阳市瀍河回族区社会组织评估"}))
	_ = socialorg.MustLocal(scaleParam, chanhe, chanheValue(decimal.NewFromInt(1000)))
	_ = socialorg.MustLocal(minCutoff[registry.Grade5A], chanhe, chanheValue(Threshold{Min: decimal.NewFromInt(900)}))
	_ = socialorg.MustLocal(minCutoff[registry.Grade4A], chanhe, chanheValue(Threshold{Min: decimal.NewFromInt(800)}))
	_ = socialorg.MustLocal(minCutoff[registry.Grade3A], chanhe, chanheValue(Threshold{Min: decimal.NewFromInt(700)}))
	_ = socialorg.MustLocal(minCutoff[registry.Grade2A], chanhe, chanheValue(Threshold{Min: decimal.NewFromInt(600)}))
	_ = socialorg.MustLocal(minCutoff[registry.Grade1A], chanhe, chanheValue(Threshold{Min: decimal.Zero}))
)
