package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/socialorg/socialorg"
)

// Exit statuses (see README.md).
const (
	exitOK       = 0 // every row was checked (whatever the verdicts), or a listing was written
	exitUsage    = 1 // a usage, input or output error: nothing, or not everything, could be done
	exitUnreadRo = 2 // some rows could not be read or checked: their problems are in the results
)

// app is the program with its surroundings, so that tests can run it whole: its standard
// streams, its clock and whether standard error is a terminal.
type app struct {
	stdin          io.Reader
	stdinSize      int64 // size of stdin when it is a file, else −1
	stdout, stderr io.Writer
	now            func() time.Time
	stderrTerminal bool
	progressDelay  time.Duration // how long work runs before the progress bar shows
	langIdx        int           // language of the program's own messages
}

const usageText = `socialorg: the officers' tool of the socialorg library (version %s)

Usage:
  socialorg check registration [flags] ROSTER.xlsx|ROSTER.csv|ROSTER.json|-
  socialorg rules [--lang L] [--format table|json|csv]
  socialorg params [--at YYYY-MM-DD] [--in CODE] [--options FILE] [--lang L] [--format table|json|csv]
  socialorg jurisdictions [--lang L] [--format table|json|csv]
  socialorg charts --out DIR [--lang L] [--seed N]
  socialorg version

Run "socialorg COMMAND -h" for a command's flags. Languages (--lang): zh-Hans (default), zh-Hant, en.
Exit status: 0 all rows checked (even with failures), 1 usage or I/O error, 2 some rows could not be read.
`

// run runs the program with its arguments (without the program's name) and returns the exit
// status.
func (a *app) run(args []string) (status int) {
	defer func() {
		// The program never panics on its input; a bug is reported as one.
		if r := recover(); r != nil {
			fmt.Fprintf(a.stderr, "socialorg: internal error: %v\n", r)
			status = exitUsage
		}
	}()
	if len(args) == 0 {
		fmt.Fprintf(a.stderr, usageText, socialorg.Version)
		return exitUsage
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "check":
		if len(rest) == 0 || rest[0] != "registration" {
			fmt.Fprintln(a.stderr, "socialorg check: the only check is \"registration\": socialorg check registration ROSTER")
			return exitUsage
		}
		return a.checkCmd(rest[1:])
	case "rules":
		return a.rulesCmd(rest)
	case "params", "parameters":
		return a.paramsCmd(rest)
	case "jurisdictions":
		return a.jurisdictionsCmd(rest)
	case "charts":
		return a.chartsCmd(rest)
	case "version":
		fmt.Fprintf(a.stdout, "socialorg %s (rules digest %s)\n", socialorg.Version, socialorg.RulesDigest())
		return exitOK
	case "help", "-h", "-help", "--help":
		fmt.Fprintf(a.stdout, usageText, socialorg.Version)
		return exitOK
	}
	fmt.Fprintf(a.stderr, "socialorg: unknown command %q\n\n", cut(cmd))
	fmt.Fprintf(a.stderr, usageText, socialorg.Version)
	return exitUsage
}

// newFlags returns a flag set that reports to the program's standard error.
func (a *app) newFlags(name, usage string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(a.stderr)
	fs.Usage = func() {
		fmt.Fprintf(a.stderr, "Usage: socialorg %s\n\nFlags:\n", usage)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses flags placed before, between or after the positional arguments, and returns the
// positional ones. "-" is positional (standard input); "--" ends the flags.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// langFlag is the --lang flag: one of the library's languages.
type langFlag struct{ tag language.Tag }

func (l *langFlag) String() string {
	if l == nil || l.tag == (language.Tag{}) {
		return "zh-Hans"
	}
	return l.tag.String()
}

func (l *langFlag) Set(s string) error {
	t, err := language.Parse(strings.TrimSpace(s))
	if err != nil {
		return errors.New("a language tag: zh-Hans, zh-Hant or en")
	}
	m := language.NewMatcher(socialorg.Languages())
	if _, _, conf := m.Match(t); conf == language.No {
		return errors.New("zh-Hans, zh-Hant or en")
	}
	l.tag = socialorg.MatchLanguage(t)
	return nil
}

func (l *langFlag) get() language.Tag {
	if l.tag == (language.Tag{}) {
		return language.SimplifiedChinese
	}
	return l.tag
}

// dateFlag is a YYYY-MM-DD flag.
type dateFlag struct{ d socialorg.Date }

func (d *dateFlag) String() string {
	if d == nil || d.d.IsZero() {
		return ""
	}
	return d.d.String()
}

func (d *dateFlag) Set(s string) error {
	v, err := socialorg.ParseDate(strings.TrimSpace(s))
	if err != nil {
		return errors.New("a date YYYY-MM-DD")
	}
	d.d = v
	return nil
}

// today is the date in China (UTC+8), the default date judged.
func (a *app) today() socialorg.Date { return socialorg.DateOf(a.now()) }

// fail prints a message of the program and returns exitUsage.
func (a *app) fail(format string, args ...any) int {
	fmt.Fprintf(a.stderr, "socialorg: "+format+"\n", args...)
	return exitUsage
}

// readOptions reads --options: socialorg.OptionsData in JSON (socialorg.ParseOptions).
func (a *app) readOptions(path string, li int) (socialorg.Options, error) {
	if path == "" {
		return nil, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	const maxOptions = 4 << 20
	b, err := io.ReadAll(io.LimitReader(f, maxOptions+1))
	if err != nil {
		return nil, err
	}
	if len(b) > maxOptions {
		return nil, fmt.Errorf("%s", msgTooLarge.f(li, path, maxOptions))
	}
	opts, err := socialorg.ParseOptions(b)
	if err != nil {
		var list socialorg.Errors
		if errors.As(err, &list) {
			return nil, fmt.Errorf("%s: %s", path, strings.Join(list.Messages(langTag(li)), "; "))
		}
		var ie *socialorg.InputError
		if errors.As(err, &ie) {
			return nil, fmt.Errorf("%s: %s", path, ie.Message(langTag(li)))
		}
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return opts, nil
}

// langTag is the tag of a text3 index.
func langTag(li int) language.Tag { return socialorg.Languages()[li] }
