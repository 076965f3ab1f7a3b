package main

import (
	"io"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progressDelay is how long a run may take before a progress bar appears.
const progressDelay = 2 * time.Second

// progress shows a bar on stderr for runs that take longer than progressDelay,
// only when stderr is a terminal.
type progress struct {
	mu      sync.Mutex
	out     io.Writer
	enabled bool
	start   time.Time
	bar     *progressbar.ProgressBar
}

func newProgress(stderr io.Writer, allowed bool) *progress {
	return &progress{out: stderr, enabled: allowed && isTerminal(stderr), start: time.Now()}
}

// update is the pipeline's Progress callback.
func (p *progress) update(done, total int) {
	if p == nil || !p.enabled {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar == nil {
		if time.Since(p.start) < progressDelay {
			return
		}
		p.bar = progressbar.NewOptions(total,
			progressbar.OptionSetWriter(p.out),
			progressbar.OptionSetDescription("reading sources"),
			progressbar.OptionShowCount(),
			progressbar.OptionClearOnFinish(),
			progressbar.OptionThrottle(100*time.Millisecond))
	}
	_ = p.bar.Set(done)
}

func (p *progress) finish() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}

func termIsTerminal(fd int) bool { return term.IsTerminal(fd) }
