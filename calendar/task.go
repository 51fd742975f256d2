package calendar

import (
	"cmp"
	"slices"
	"strings"

	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
	"github.com/socialorg/socialorg/internal/enum"
	"github.com/socialorg/socialorg/internal/msgcat"
)

// Status is where a task stands at a date. The zero Status is "not judged" (a calendar built
// without AsOf).
type Status uint8

// The statuses of a task.
const (
	// Upcoming: its window has not opened yet.
	Upcoming Status = iota + 1
	// Open: its window is open and the due day has not passed ("due").
	Open
	// Overdue: the due day has passed and the task is not marked done.
	Overdue
	// Done: the caller marked it done (Profile.Done) on or before the date.
	Done
)

var statusNames = enum.Names[Status]{
	Type: "Status",
	Text: []string{"", "upcoming", "due", "overdue", "done"},
	Names: []socialorg.Text{{},
		{Hans: msgcat.StatusText(1, msgcat.Hans), Hant: msgcat.StatusText(1, msgcat.Hant), En: msgcat.StatusText(1, msgcat.En)},
		{Hans: msgcat.StatusText(2, msgcat.Hans), Hant: msgcat.StatusText(2, msgcat.Hant), En: msgcat.StatusText(2, msgcat.En)},
		{Hans: msgcat.StatusText(3, msgcat.Hans), Hant: msgcat.StatusText(3, msgcat.Hant), En: msgcat.StatusText(3, msgcat.En)},
		{Hans: msgcat.StatusText(4, msgcat.Hans), Hant: msgcat.StatusText(4, msgcat.Hant), En: msgcat.StatusText(4, msgcat.En)}},
}

// String returns "upcoming", "due", "overdue", "done" ("" when not judged).
func (s Status) String() string { return statusNames.String(s) }

// Name returns the status in three languages.
func (s Status) Name() socialorg.Text { return statusNames.Name(s) }

// MarshalText encodes s as String does.
func (s Status) MarshalText() ([]byte, error) { return statusNames.Marshal(s) }

// UnmarshalText decodes what MarshalText encodes.
func (s *Status) UnmarshalText(b []byte) error { return statusNames.Unmarshal(b, s) }

// UnmarshalJSON decodes a JSON string; a bad value is an error naming the field.
func (s *Status) UnmarshalJSON(b []byte) error { return statusNames.DecodeJSON(b, s) }

// Consequence is what missing a task leads to: the rule it triggers (a registry credit-list
// rule, a penalty or a termination rule of this package) and that rule's source.
type Consequence struct {
	Rule socialorg.RuleID   `json:"rule"`
	Cite socialorg.Citation `json:"cite"`
}

// IsZero reports whether c names no consequence.
func (c Consequence) IsZero() bool { return c.Rule == "" }

// Task is one dated obligation of an organization.
type Task struct {
	// ID is stable: the organization's code, the rule, the due day and, for a task an event opens,
	// a digest of the event (its kind, day and reference); the same profile gives the same IDs in
	// every period that holds the task.
	ID      string           `json:"id"`
	Rule    socialorg.RuleID `json:"rule"`
	Subject string           `json:"subject"` // the organization's credit code
	// Opens is the first day of the window (the event's day, 1 January for a yearly report); zero
	// when the window opens at the period's start.
	Opens socialorg.Date     `json:"opens,omitzero"`
	Due   socialorg.Date     `json:"due"`
	Cite  socialorg.Citation `json:"cite"`
	Ref   string             `json:"ref,omitempty"`
	// Consequence is what missing it leads to (zero when the sources read name none).
	Consequence Consequence `json:"consequence,omitzero"`
	// Done is the day the caller marked it done (Profile.Done); zero while not done.
	Done socialorg.Date `json:"done,omitzero"`
	// Status is where it stands at the calendar's AsOf (zero without one).
	Status Status `json:"status,omitzero"`
}

// StatusAt returns where the task stands on d: Done when marked done on or before d; Overdue
// after its due day; Upcoming before its window opens; Open otherwise. A zero d is not judged
// (the zero Status).
func (t Task) StatusAt(d socialorg.Date) Status {
	switch {
	case d.IsZero():
		return 0
	case !t.Done.IsZero() && !t.Done.After(d):
		return Done
	case d.After(t.Due):
		return Overdue
	case !t.Opens.IsZero() && d.Before(t.Opens):
		return Upcoming
	}
	return Open
}

// Late reports whether the task was done after its due day.
func (t Task) Late() bool { return !t.Done.IsZero() && t.Done.After(t.Due) }

// Title returns the title of the task's rule in the language lang best matches.
func (t Task) Title(lang language.Tag) string {
	return string(msgcat.AppendTitle(nil, langIndex(lang), string(t.Rule)))
}

// Message explains the task in the language lang best matches (Simplified Chinese by default,
// Traditional Chinese, English), through the library's one message catalog:
//
//	53440100MJ00000345：向登记管理机关报送上一年度工作报告，接受年度检查（基金会）——截止 2026-03-31（自 2026-01-01 起）；状态：已逾期。逾期后果：未按规定时限报送年度工作报告的，列入活动异常名录（依据：《社会组织信用信息管理办法》（民政部令第60号））。依据：《基金会管理条例》（国务院令第400号）第三十六条
//
// The subject and the reference are shown as they are.
func (t Task) Message(lang language.Tag) string {
	return string(t.AppendMessage(nil, lang))
}

// AppendMessage appends Message(lang) to b.
func (t Task) AppendMessage(b []byte, lang language.Tag) []byte {
	a := msgcat.TaskArgs{Rule: string(t.Rule), Subject: t.Subject, Opens: t.Opens.String(), Due: t.Due.String(),
		Status: int(min(t.Status, Done)), Ref: t.Ref, Cite: t.Cite.Document, Article: t.Cite.Article, Supplied: t.Cite.Supplied,
		ConsRule: string(t.Consequence.Rule), ConsCite: t.Consequence.Cite.Document, ConsArticle: t.Consequence.Cite.Article}
	if b == nil {
		b = make([]byte, 0, msgcat.TaskLen(a))
	}
	return msgcat.AppendTask(b, langIndex(lang), a)
}

// langIndex is the catalog index of the language lang best matches.
func langIndex(lang language.Tag) int {
	switch socialorg.MatchLanguage(lang) {
	case language.TraditionalChinese:
		return msgcat.Hant
	case language.English:
		return msgcat.En
	}
	return msgcat.Hans
}

// Calendar is an organization's tasks with a due day in a period, sorted by due day, then ID; and,
// when built with AsOf, each task's status at that day and the Report of the risks it carries
// (credit-list consequences, pre-tax conditions, a missing Party organization).
type Calendar struct {
	Tasks []Task `json:"tasks"`
	// Period is the period asked for.
	Period socialorg.Period `json:"period"`
	// AsOf is the day statuses and the report are judged at (zero without AsOf).
	AsOf   socialorg.Date   `json:"as_of,omitzero"`
	Report socialorg.Report `json:"report"`
}

// At returns a copy of the calendar with every task's status judged at d.
func (c Calendar) At(d socialorg.Date) Calendar {
	out := c
	out.Tasks = slices.Clone(c.Tasks)
	for i := range out.Tasks {
		out.Tasks[i].Status = out.Tasks[i].StatusAt(d)
	}
	out.AsOf = d
	return out
}

// Find returns the task with the given ID.
func (c Calendar) Find(id string) (Task, bool) {
	for _, t := range c.Tasks {
		if t.ID == id {
			return t, true
		}
	}
	return Task{}, false
}

// ByRule returns the tasks of a rule, in calendar order.
func (c Calendar) ByRule(r socialorg.RuleID) []Task {
	var out []Task
	for _, t := range c.Tasks {
		if t.Rule == r {
			out = append(out, t)
		}
	}
	return out
}

// Count returns how many tasks have status s.
func (c Calendar) Count(s Status) int {
	n := 0
	for i := range c.Tasks {
		if c.Tasks[i].Status == s {
			n++
		}
	}
	return n
}

// sortTasks orders tasks by due day, then ID. It sorts small keys and moves each task once,
// rather than swapping whole tasks.
func sortTasks(ts []Task) {
	type key struct {
		due int64
		id  string
		i   int
	}
	keys := make([]key, len(ts))
	sorted := true
	for i := range ts {
		keys[i] = key{ts[i].Due.Days(), ts[i].ID, i}
		if i > 0 && keyLess(keys[i].due, keys[i].id, keys[i-1].due, keys[i-1].id) {
			sorted = false
		}
	}
	if sorted {
		return
	}
	slices.SortFunc(keys, func(a, b key) int {
		if c := cmp.Compare(a.due, b.due); c != 0 {
			return c
		}
		return cmp.Compare(a.id, b.id)
	})
	out := make([]Task, len(ts))
	for n, k := range keys {
		out[n] = ts[k.i]
	}
	copy(ts, out)
}

func keyLess(due int64, id string, due2 int64, id2 string) bool {
	return due < due2 || (due == due2 && id < id2)
}

// taskID builds a task's ID: code/rule/due[/digest].
func taskID(code, rule string, due socialorg.Date, digest string) string {
	var b strings.Builder
	b.Grow(len(code) + len(rule) + 32)
	b.WriteString(code)
	b.WriteByte('/')
	b.WriteString(strings.TrimPrefix(rule, "calendar."))
	b.WriteByte('/')
	b.WriteString(due.String())
	if digest != "" {
		b.WriteByte('/')
		b.WriteString(digest)
	}
	return b.String()
}
