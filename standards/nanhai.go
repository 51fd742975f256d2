package standards

import (
	"github.com/shopspring/decimal"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/registry"
)

// Foshan's Nanhai district (440605): the 1000-point scheme of its 2021 assessment (citing
// 粤民民〔2009〕12号): 5A ≥ 951 with at least 3 full-time staff and the organization's own Party
// organization; 4A 901–950 with at least 2 staff and a Party organization; 3A 801–900; 2A 701–800;
// 1A up to 700. A comparable in the same province, not Guangzhou's rule.

const nanhai = "440605"

func nanhaiValue[T any](v T) socialorg.Dated[T] {
	return socialorg.Dated[T]{From: fromNanhai, Value: v, Cite: citeNanhai, Note: noteNanhai}
}

var (
	_ = socialorg.MustLocal(schemeParam, nanhai, nanhaiValue(SchemeInfo{ID: "foshan-nanhai", Name: "佛山市南海区社会组织等级评估",
		Note: "a score of exactly 951 was graded 5A in Foshan's 2018 results; " + noteDescriptive}))
	_ = socialorg.MustLocal(scaleParam, nanhai, nanhaiValue(decimal.NewFromInt(1000)))
	_ = socialorg.MustLocal(minCutoff[registry.Grade5A], nanhai, nanhaiValue(Threshold{Min: decimal.NewFromInt(951)}))
	_ = socialorg.MustLocal(minCutoff[registry.Grade4A], nanhai, nanhaiValue(Threshold{Min: decimal.NewFromInt(901)}))
	_ = socialorg.MustLocal(minCutoff[registry.Grade3A], nanhai, nanhaiValue(Threshold{Min: decimal.NewFromInt(801)}))
	_ = socialorg.MustLocal(minCutoff[registry.Grade2A], nanhai, nanhaiValue(Threshold{Min: decimal.NewFromInt(701)}))
	_ = socialorg.MustLocal(minCutoff[registry.Grade1A], nanhai, nanhaiValue(Threshold{Min: decimal.Zero}))
	_ = socialorg.MustLocal(gradeConditions, nanhai, nanhaiValue(Requirements{
		{Grade: registry.Grade5A, FullTimeStaff: 3, PartyOrganization: true},
		{Grade: registry.Grade4A, FullTimeStaff: 2, PartyOrganization: true}}))
)
