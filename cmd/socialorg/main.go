// Command socialorg is the officers' tool of the socialorg library: it checks rosters of social
// organizations kept in workbooks (.xlsx), CSV files or JSON against the registration rules, and
// writes the results beside them; it lists the rules, the parameters at a date and place, and
// the jurisdictions; and it draws charts over the library's synthetic city. See README.md.
//
// The program's logic is in functions over readers and writers (app.run); main only connects
// them to the process.
package main

import (
	"os"
	"time"

	"golang.org/x/term"
)

func main() {
	a := &app{
		stdin:          os.Stdin,
		stdinSize:      -1,
		stdout:         os.Stdout,
		stderr:         os.Stderr,
		now:            time.Now,
		stderrTerminal: term.IsTerminal(int(os.Stderr.Fd())),
		progressDelay:  700 * time.Millisecond,
	}
	if st, err := os.Stdin.Stat(); err == nil && st.Mode().IsRegular() {
		a.stdinSize = st.Size()
	}
	os.Exit(a.run(os.Args[1:]))
}
