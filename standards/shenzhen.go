package standards

import (
	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
)

// Shenzhen (440300): the 100-point scheme of standard scores (标准分): 5A 91–100, 4A 81–90, 3A
// 71–80, 2A 61–70, 1A 51–60, no grade up to 50, as Nanshan district's notice for its 2019
// assessment states them under 《深圳市社会组织评估指南》. A comparable, dated from that
// assessment.

const shenzhen = "440300"

func shenzhenValue[T any](v T) socialorg.Dated[T] {
	return socialorg.Dated[T]{From: fromShenzhen, Value: v, Cite: citeShenzhen, Note: noteShenzhenAt}
}

var (
	_ = socialorg.MustLocal(schemeParam, shenzhen, shenzhenValue(SchemeInfo{ID: "shenzhen", Name: "深圳市社会组织评估（标准分，百分制）", Note: noteShenzhen}))
	_ = socialorg.MustLocal(scaleParam, shenzhen, shenzhenValue(decimal.NewFromInt(100)))
	_ = socialorg.MustLocal(minCutoff[registry.Grade5A], shenzhen, shenzhenValue(Threshold{Min: decimal.NewFromInt(91)}))
	_ = socialorg.MustLocal(minCutoff[registry.Grade4A], shenzhen, shenzhenValue(Threshold{Min: decimal.NewFromInt(81)}))
	_ = socialorg.MustLocal(minCutoff[registry.Grade3A], shenzhen, shenzhenValue(Threshold{Min: decimal.NewFromInt(71)}))
	_ = socialorg.MustLocal(minCutoff[registry.Grade2A], shenzhen, shenzhenValue(Threshold{Min: decimal.NewFromInt(61)}))
	_ = socialorg.MustLocal(minCutoff[registry.Grade1A], shenzhen, shenzhenValue(Threshold{Min: decimal.NewFromInt(51)}))
)
