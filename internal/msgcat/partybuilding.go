package msgcat

// partybuildingRules are the titles of the partybuilding package's rules and actions.
var partybuildingRules = map[string]Text{
	"partybuilding.organization": {
		Hans: "有正式党员3人以上的单位建立党的基层组织",
		Hant: "有正式黨員3人以上的單位建立黨的基層組織",
		En:   "a unit with 3+ formal members has a Party organization",
	},
	"partybuilding.form": {
		Hans: "党组织形式与党员人数相适应",
		Hant: "黨組織形式與黨員人數相適應",
		En:   "the Party organization's form fits the membership",
	},
	"partybuilding.joint.size": {
		Hans: "联合党支部覆盖单位数",
		Hant: "聯合黨支部覆蓋單位數",
		En:   "units covered by a joint branch",
	},
	"partybuilding.committee": {
		Hans: "正式党员7人以上的党支部设立支部委员会",
		Hant: "正式黨員7人以上的黨支部設立支部委員會",
		En:   "a branch with 7+ formal members has a branch committee",
	},
	"partybuilding.term": {
		Hans: "党组织按期换届（任期届满日）",
		Hant: "黨組織按期換屆（任期屆滿日）",
		En:   "the Party organization holds its election on time (term ends)",
	},
	"partybuilding.instructor": {
		Hans: "未建党组织的单位有党建工作指导员或联络员",
		Hant: "未建黨組織的單位有黨建工作指導員或聯絡員",
		En:   "a unit without a Party organization has an instructor or liaison",
	},
	"partybuilding.charter-clause": {
		Hans: "章程载明党的建设有关内容",
		Hant: "章程載明黨的建設有關內容",
		En:   "the charter carries the Party-building clause",
	},
	"partybuilding.action.set-up-organization": {
		Hans: "组建党组织", Hant: "組建黨組織", En: "set up a Party organization",
	},
	"partybuilding.action.upgrade-form": {
		Hans: "调整党组织设置形式", Hant: "調整黨組織設置形式", En: "reorganize into the required form",
	},
	"partybuilding.action.reorganize-joint": {
		Hans: "调整联合党支部覆盖范围", Hant: "調整聯合黨支部覆蓋範圍", En: "split the joint branch",
	},
	"partybuilding.action.elect-committee": {
		Hans: "选举产生支部委员会", Hant: "選舉產生支部委員會", En: "elect a branch committee",
	},
	"partybuilding.action.hold-election": {
		Hans: "按期进行换届选举", Hant: "按期進行換屆選舉", En: "hold the overdue election",
	},
	"partybuilding.action.assign-instructor": {
		Hans: "选派党建工作指导员或联络员", Hant: "選派黨建工作指導員或聯絡員", En: "assign a Party-building instructor or liaison",
	},
	"partybuilding.action.amend-charter": {
		Hans: "将党的建设有关内容写入章程", Hant: "將黨的建設有關內容寫入章程", En: "add the Party-building clause to the charter",
	},
}
