package main

import (
	"errors"
	"flag"

	"github.com/socialorg/socialorg"

	// Every package of the library declares its rules and parameters in its book when it is
	// imported: the listings show them all.
	_ "github.com/socialorg/socialorg/calendar"
	_ "github.com/socialorg/socialorg/charity"
	_ "github.com/socialorg/socialorg/partybuilding"
	_ "github.com/socialorg/socialorg/registry"
	_ "github.com/socialorg/socialorg/standards"
	_ "github.com/socialorg/socialorg/venture"
	_ "github.com/socialorg/socialorg/venture/linkage"
)

// listingFlags are the flags every listing takes.
type listingFlags struct {
	lang   langFlag
	format string
}

func (a *app) listingFlagSet(name, usage string, lf *listingFlags) *flag.FlagSet {
	fs := a.newFlags(name, usage)
	fs.Var(&lf.lang, "lang", "language of titles and names: zh-Hans, zh-Hant or en")
	fs.StringVar(&lf.format, "format", "table", "output: table (aligned text), json or csv")
	return fs
}

// checkFormat checks --format.
func (a *app) checkFormat(format string) bool {
	switch format {
	case "table", "json", "csv":
		return true
	}
	a.fail("--format: table, json or csv")
	return false
}

// ruleJSON is a rule as "rules --format json" lists it.
type ruleJSON struct {
	ID      socialorg.RuleID   `json:"id"`
	Title   string             `json:"title"`
	Regimes []socialorg.Regime `json:"regimes"`
}

var ruleHeads = []text3{{"规则", "規則", "id"}, {"标题", "標題", "title"}, {"起", "起", "from"}, {"止", "止", "until"}, {"依据", "依據", "citation"}, {"说明", "說明", "note"}}

func heads(ts []text3, li int) (keys, titles []string) {
	for _, t := range ts {
		keys = append(keys, t[enIdx])
		titles = append(titles, t[li])
	}
	return keys, titles
}

// parseListing parses a listing command's flags: no positional argument, a known format.
func (a *app) parseListing(fs *flag.FlagSet, args []string, lf *listingFlags) bool {
	pos, err := parse(fs, args)
	if err != nil {
		return false
	}
	if len(pos) > 0 {
		fs.Usage()
		return false
	}
	return a.checkFormat(lf.format)
}

// rulesCmd lists every rule of the library (socialorg.AllRules): one line per regime.
func (a *app) rulesCmd(args []string) int {
	var lf listingFlags
	fs := a.listingFlagSet("rules", "rules [--lang L] [--format table|json|csv]", &lf)
	if !a.parseListing(fs, args, &lf) {
		return exitUsage
	}
	lang := lf.lang.get()
	li := langIndex(lang)
	t := &table{}
	t.keys, t.titles = heads(ruleHeads, li)
	var data []ruleJSON
	for _, r := range socialorg.AllRules() {
		title := r.Title.In(lang)
		data = append(data, ruleJSON{ID: r.ID, Title: title, Regimes: r.Regimes})
		for i, g := range r.Regimes {
			id, ti := string(r.ID), title
			if i > 0 && lf.format == "table" {
				id, ti = "", ""
			}
			t.rows = append(t.rows, []string{id, ti, dateText(g.From), dateText(g.Until), g.Cite.String(), g.Note})
		}
	}
	if err := writeListing(a.stdout, lf.format, t, data); err != nil {
		return a.fail("%v", err)
	}
	return exitOK
}

func dateText(d socialorg.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

// paramJSON is a parameter as "params --format json" lists it: its value at the date and place
// asked, or why it has none.
type paramJSON struct {
	ID         string                `json:"id"`
	Title      string                `json:"title"`
	Unit       string                `json:"unit"`
	Suppliable bool                  `json:"suppliable,omitempty"`
	Status     string                `json:"status"` // "resolved", "not-supplied", "not-in-force" or "error"
	Resolution *socialorg.Resolution `json:"resolution,omitempty"`
	Error      string                `json:"error,omitempty"`
}

var (
	paramHeads = []text3{{"参数", "參數", "id"}, {"标题", "標題", "title"}, {"值", "值", "value"}, {"单位", "單位", "unit"},
		{"来源地", "來源地", "jurisdiction"}, {"起", "起", "from"}, {"止", "止", "until"}, {"依据", "依據", "citation"}, {"说明", "說明", "note"}}
	statusNotSupplied = text3{"须由调用方提供（--options）", "須由調用方提供（--options）", "the caller supplies it (--options)"}
	statusNotInForce  = text3{"此日期此地无有效值", "此日期此地無有效值", "no value in force at that date and place"}
)

// paramsCmd lists every parameter's value at a date and place (socialorg.Resolve per book).
func (a *app) paramsCmd(args []string) int {
	var lf listingFlags
	var at dateFlag
	var in, options string
	fs := a.listingFlagSet("params", "params [--at YYYY-MM-DD] [--in CODE] [--options FILE] [--lang L] [--format table|json|csv]", &lf)
	fs.Var(&at, "at", "the date, YYYY-MM-DD (default today in China, UTC+8)")
	fs.StringVar(&in, "in", "", "the place: a GB/T 2260 code such as 440103 (default Guangzhou, 440100)")
	fs.StringVar(&options, "options", "", "options file: socialorg.OptionsData in JSON (supplied values, jurisdictions)")
	if !a.parseListing(fs, args, &lf) {
		return exitUsage
	}
	lang := lf.lang.get()
	li := langIndex(lang)
	opts, err := a.readOptions(options, li)
	if err != nil {
		return a.fail("--options: %v", err)
	}
	if in != "" {
		if !socialorg.IsDivisionCode(in) {
			return a.fail("--in: a GB/T 2260 code: six digits, such as 440103")
		}
		opts = append(opts, socialorg.In(in))
	}
	date := at.d
	if date.IsZero() {
		date = a.today()
	}
	t := &table{}
	t.keys, t.titles = heads(paramHeads, li)
	data := []paramJSON{}
	for _, b := range socialorg.Books() {
		for _, p := range b.Parameters() {
			pj := paramJSON{ID: p.ID(), Title: p.Title().In(lang), Unit: p.Unit(), Suppliable: p.Suppliable()}
			res, err := socialorg.Resolve(b, p.ID(), date, opts...)
			row := []string{p.ID(), pj.Title, "", p.Unit(), "", "", "", "", ""}
			switch {
			case err == nil:
				pj.Status, pj.Resolution = "resolved", &res
				cite := res.Cite.String()
				if res.Cite.Supplied {
					cite += suppliedMark[li]
				}
				row[2], row[4], row[5], row[6], row[7], row[8] = res.Text, res.Jurisdiction, dateText(res.From), dateText(res.Until), cite, res.Note
			case errors.Is(err, socialorg.ErrNotSupplied):
				pj.Status, pj.Error = "not-supplied", err.Error()
				row[8] = statusNotSupplied[li]
			case errors.Is(err, socialorg.ErrNotInForce):
				pj.Status, pj.Error = "not-in-force", err.Error()
				row[8] = statusNotInForce[li]
			default:
				var ie *socialorg.InputError
				if errors.As(err, &ie) {
					return a.fail("%s", ie.Message(lang))
				}
				pj.Status, pj.Error = "error", err.Error()
				row[8] = cut(err.Error())
			}
			data = append(data, pj)
			t.rows = append(t.rows, row)
		}
	}
	if err := writeListing(a.stdout, lf.format, t, data); err != nil {
		return a.fail("%v", err)
	}
	return exitOK
}

// jurisdictionJSON is a jurisdiction as "jurisdictions --format json" lists it.
type jurisdictionJSON struct {
	Code      string             `json:"code"`
	Name      socialorg.Text     `json:"name"`
	Level     socialorg.Level    `json:"level"`
	Parent    string             `json:"parent,omitempty"`
	Abolished socialorg.Date     `json:"abolished,omitzero"`
	Successor string             `json:"successor,omitempty"`
	Cite      socialorg.Citation `json:"cite"`
}

var (
	jurisdictionHeads = []text3{{"代码", "代碼", "code"}, {"名称", "名稱", "name"}, {"层级", "層級", "level"}, {"上级", "上級", "parent"},
		{"撤销日期", "撤銷日期", "abolished"}, {"承继", "承繼", "successor"}, {"依据", "依據", "citation"}}
	levelNames = map[socialorg.Level]text3{
		socialorg.LevelNation: {"全国", "全國", "nation"}, socialorg.LevelProvince: {"省", "省", "province"},
		socialorg.LevelCity: {"市", "市", "city"}, socialorg.LevelDistrict: {"区", "區", "district"},
	}
)

// levelText names a level in language li (its text form when the program does not know it).
func levelText(l socialorg.Level, li int) string {
	if t, ok := levelNames[l]; ok && t[enIdx] == l.String() {
		return t[li]
	}
	return l.String()
}

// jurisdictionsCmd lists the jurisdictions the library declares.
func (a *app) jurisdictionsCmd(args []string) int {
	var lf listingFlags
	fs := a.listingFlagSet("jurisdictions", "jurisdictions [--lang L] [--format table|json|csv]", &lf)
	if !a.parseListing(fs, args, &lf) {
		return exitUsage
	}
	lang := lf.lang.get()
	li := langIndex(lang)
	t := &table{}
	t.keys, t.titles = heads(jurisdictionHeads, li)
	data := []jurisdictionJSON{}
	for _, j := range socialorg.Jurisdictions() {
		on, succ := j.Abolished()
		data = append(data, jurisdictionJSON{Code: j.Code(), Name: j.Name(), Level: j.Level(), Parent: j.ParentCode(),
			Abolished: on, Successor: succ, Cite: j.Cite()})
		t.rows = append(t.rows, []string{j.Code(), j.Name().In(lang), levelText(j.Level(), li), j.ParentCode(), dateText(on), succ, j.Cite().String()})
	}
	if err := writeListing(a.stdout, lf.format, t, data); err != nil {
		return a.fail("%v", err)
	}
	return exitOK
}
