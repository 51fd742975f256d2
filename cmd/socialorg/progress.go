package main

import (
	"io"
	"time"

	"github.com/schollz/progressbar/v3"
)

// progress shows a progress bar on standard error while a check runs, when standard error is a
// terminal (or --progress on) and the work has taken longer than a moment (app.progressDelay):
// a quick run shows nothing, and nothing is ever written when standard error is not a terminal.
type progress struct {
	w       io.Writer
	on      bool
	delay   time.Duration
	now     func() time.Time
	began   time.Time
	of      func() (done, total int64)
	bar     *progressbar.ProgressBar
	label   string
	counter int
}

var progressLabel = text3{"检查中", "檢查中", "checking"}

// newProgress returns the progress of a run; mode is auto, on or off.
func (a *app) newProgress(mode string, li int) *progress {
	on := mode == "on" || (mode == "auto" && a.stderrTerminal)
	return &progress{w: a.stderr, on: on, delay: a.progressDelay, now: a.now, label: progressLabel[li]}
}

// start begins timing; of reports how much of the input has been read.
func (p *progress) start(of func() (int64, int64)) {
	p.of = of
	p.began = p.now()
}

// update moves the bar, creating it once the work has run longer than the delay. The clock is
// read every 64 rows, so that a quick run costs nothing.
func (p *progress) update() {
	if !p.on || p.of == nil {
		return
	}
	p.counter++
	if p.bar == nil && p.counter%64 != 1 {
		return
	}
	done, total := p.of()
	if p.bar == nil {
		if p.now().Sub(p.began) < p.delay {
			return
		}
		if total <= 0 {
			total = -1
		}
		p.bar = progressbar.NewOptions64(total,
			progressbar.OptionSetWriter(p.w),
			progressbar.OptionSetDescription(p.label),
			progressbar.OptionSetWidth(30),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionShowElapsedTimeOnFinish(),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionClearOnFinish(),
		)
	}
	_ = p.bar.Set64(done)
}

// clear removes the bar from the line, so that a message can be written.
func (p *progress) clear() {
	if p.bar != nil {
		_ = p.bar.Clear()
	}
}

// finish completes and removes the bar.
func (p *progress) finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
		_ = p.bar.Clear()
		p.bar = nil
	}
}
