package msgcat

// The sentence frame of a dated task (package calendar):
//
//	subject：title——截止 due（自 opens 起）；状态：status；编号：ref。逾期后果：consequence（依据：cite）。依据：citation
//	subject: title: due due (opens opens); status: status; ref: ref. If missed: consequence (source: cite). Source: citation
//
// Each part in parentheses or after a semicolon appears only when the task has it.
var (
	dueLabel    = Text{"截止 ", "截止 ", "due "}
	opensOpen   = Text{"（自 ", "（自 ", " (opens "}
	opensClose  = Text{" 起）", " 起）", ")"}
	statusLabel = Text{"；状态：", "；狀態：", "; status: "}
	refLabel    = Text{"；编号：", "；編號：", "; ref: "}
	consLabel   = Text{"。逾期后果：", "。逾期後果：", ". If missed: "}
	consOpen    = Text{"（依据：", "（依據：", " (source: "}
	consClose   = Text{"）", "）", ")"}
)

// Task statuses, indexed by the calendar's Status (0 = not judged).
var statuses = [5]Text{
	{"未判定", "未判定", "not judged"},
	{"未到期", "未到期", "upcoming"},
	{"办理期内", "辦理期內", "due"},
	{"已逾期", "已逾期", "overdue"},
	{"已完成", "已完成", "done"},
}

// StatusText returns the name of task status s (0–4) in language lang.
func StatusText(s, lang int) string {
	if s < 0 || s >= len(statuses) {
		s = 0
	}
	return statuses[s][lang]
}

// TaskArgs are the parts of a task a message is made of.
type TaskArgs struct {
	Rule, Subject string
	Opens, Due    string // dates, "2006-01-02"; Opens "" when the window opens at the period's start
	Status        int    // 0–4; 0 leaves the status out
	Ref           string // the caller's reference, "" for none
	Cite, Article string
	Supplied      bool
	// The consequence of missing the task: the rule it triggers and that rule's source; ConsRule ""
	// for none.
	ConsRule, ConsCite, ConsArticle string
}

// AppendTask renders a task as a sentence in language lang (Hans, Hant or En) and appends it to
// b. A rule the catalog does not know is shown by its ID.
func AppendTask(b []byte, lang int, a TaskArgs) []byte {
	if lang < Hans || lang > En {
		lang = Hans
	}
	if a.Subject != "" {
		b = append(b, a.Subject...)
		b = append(b, subjectSep[lang]...)
	}
	b = appendTitle(b, lang, a.Rule)
	b = append(b, titleSep[lang]...)
	b = append(b, dueLabel[lang]...)
	b = append(b, a.Due...)
	if a.Opens != "" {
		b = append(b, opensOpen[lang]...)
		b = append(b, a.Opens...)
		b = append(b, opensClose[lang]...)
	}
	if a.Status > 0 && a.Status < len(statuses) {
		b = append(b, statusLabel[lang]...)
		b = append(b, statuses[a.Status][lang]...)
	}
	if a.Ref != "" {
		b = append(b, refLabel[lang]...)
		b = append(b, a.Ref...)
	}
	if a.ConsRule != "" {
		b = append(b, consLabel[lang]...)
		b = appendTitle(b, lang, a.ConsRule)
		if a.ConsCite != "" {
			b = append(b, consOpen[lang]...)
			b = append(b, a.ConsCite...)
			b = append(b, a.ConsArticle...)
			b = append(b, consClose[lang]...)
		}
	}
	b = append(b, sourceSep[lang]...)
	b = append(b, a.Cite...)
	b = append(b, a.Article...)
	if a.Supplied {
		b = append(b, supplied[lang]...)
	}
	return b
}

// AppendTitle appends the title of rule id in language lang, or the ID when the catalog does not
// know it.
func AppendTitle(b []byte, lang int, id string) []byte {
	if lang < Hans || lang > En {
		lang = Hans
	}
	return appendTitle(b, lang, id)
}

func appendTitle(b []byte, lang int, id string) []byte {
	if e, ok := Lookup(id); ok {
		return append(b, e.Title[lang]...)
	}
	return append(b, id...)
}

// TaskLen estimates the length of a rendered task, for sizing a buffer.
func TaskLen(a TaskArgs) int {
	return len(a.Subject) + len(a.Ref) + len(a.Cite) + len(a.Article) + len(a.ConsCite) + len(a.ConsArticle) + 320
}
