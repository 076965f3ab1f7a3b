// Command figbench measures figcheck end to end: it generates synthetic
// corpora of three sizes (×1, ×10, ×100 of a base), runs the figcheck binary
// on each, and prints wall time, CPU time, peak memory, figures and findings
// per size, with a note on how cost grows.
//
//	go run ./cmd/figbench -bin ./bin/figcheck
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"figcheck/rules"
	"figcheck/synthetic"
)

// config is figbench's command line.
type config struct {
	bin      string
	articles int
	sheets   int
	partners int
	sizes    []int
	seed     int64
	work     string
	keep     bool
	verify   bool
	profile  string
	timeout  time.Duration
	extra    []string
}

// run is one measured run of figcheck on one corpus.
type run struct {
	scale     int
	articles  int
	sheets    int
	inBytes   int64
	genTime   time.Duration
	wall      time.Duration
	cpu       time.Duration
	rss       int64
	rssKnown  bool
	figures   int
	findings  int
	errors    int
	planted   int
	exitCode  int
	stderrTip string
	// Stage times from figcheck's info log (zero when not logged).
	readTime, ruleTime time.Duration
	score              *synthetic.Score
}

func main() {
	cfg, err := parseFlags(os.Args[1:])
	if err != nil {
		fmt.Fprintln(os.Stderr, "figbench:", err)
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err = bench(ctx, cfg, os.Stdout)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "figbench:", err)
		os.Exit(1)
	}
}

func parseFlags(args []string) (config, error) {
	var cfg config
	fs := flag.NewFlagSet("figbench", flag.ContinueOnError)
	fs.StringVar(&cfg.bin, "bin", "./bin/figcheck", "figcheck binary to measure")
	fs.IntVar(&cfg.articles, "articles", 30, "articles in the ×1 corpus")
	fs.IntVar(&cfg.sheets, "sheets", 30, "sheets in the ×1 corpus")
	fs.IntVar(&cfg.partners, "partners", 12, "trading partners in tidy CSV sheets (0-12)")
	sizes := fs.String("sizes", "1,10,100", "corpus sizes as multiples of the base")
	fs.Int64Var(&cfg.seed, "seed", 1, "generator seed")
	fs.StringVar(&cfg.work, "work", "", "folder for corpora and reports (default: a temporary folder)")
	fs.BoolVar(&cfg.keep, "keep", false, "keep the corpora and reports")
	fs.BoolVar(&cfg.verify, "verify", true, "match the JSON report's findings with the planted discrepancies")
	fs.StringVar(&cfg.profile, "profile", "", "also run the largest size in-process and write cpu.pprof and heap.pprof to `DIR`")
	fs.DurationVar(&cfg.timeout, "timeout", 5*time.Minute, "give up on one run after this long")
	extra := fs.String("args", "", "extra arguments for figcheck check, space-separated")
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	if fs.NArg() > 0 {
		return cfg, fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	for _, s := range strings.Split(*sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 1 {
			return cfg, fmt.Errorf("-sizes: %q is not a positive whole number", s)
		}
		cfg.sizes = append(cfg.sizes, n)
	}
	if cfg.articles < 0 || cfg.sheets < 0 || cfg.articles+cfg.sheets == 0 {
		return cfg, errors.New("-articles and -sheets: at least one must be positive")
	}
	cfg.extra = strings.Fields(*extra)
	return cfg, nil
}

func bench(ctx context.Context, cfg config, out io.Writer) error {
	if _, err := os.Stat(cfg.bin); err != nil {
		return fmt.Errorf("figcheck binary: %w (build it with `make build` or pass -bin)", err)
	}
	work := cfg.work
	if work == "" {
		d, err := os.MkdirTemp("", "figbench-")
		if err != nil {
			return err
		}
		work = d
		if !cfg.keep {
			defer os.RemoveAll(d)
		}
	}
	fmt.Fprintf(out, "figbench: %s on corpora of %v × (%d articles, %d sheets), seed %d, in %s\n",
		cfg.bin, cfg.sizes, cfg.articles, cfg.sheets, cfg.seed, work)
	var runs []run
	for _, s := range cfg.sizes {
		r, err := measure(ctx, cfg, work, s)
		if err != nil {
			return err
		}
		runs = append(runs, r)
		fmt.Fprintf(out, "  ×%d done: %s wall, %s figures\n", s, r.wall.Round(time.Millisecond), grouped(r.figures))
	}
	report(out, runs)
	if cfg.profile != "" && len(runs) > 0 {
		last := runs[len(runs)-1]
		dir := filepath.Join(work, fmt.Sprintf("x%d", last.scale), "corpus")
		if err := profileRun(ctx, dir, cfg.profile, out); err != nil {
			return fmt.Errorf("profile: %w", err)
		}
	}
	return nil
}

var summaryRe = regexp.MustCompile(`(\d+) findings? in (\d+) sources?.*?, (\d+) figures?\s*\n\s*(\d+) errors?`)

// measure generates one corpus and runs figcheck on it once.
func measure(ctx context.Context, cfg config, work string, scale int) (run, error) {
	r := run{scale: scale, articles: cfg.articles * scale, sheets: cfg.sheets * scale}
	dir := filepath.Join(work, fmt.Sprintf("x%d", scale))
	corpus := filepath.Join(dir, "corpus")
	if err := os.RemoveAll(dir); err != nil {
		return r, err
	}
	t0 := time.Now()
	m, err := synthetic.Generate(ctx, synthetic.Options{Articles: r.articles, Sheets: r.sheets, Seed: cfg.seed, Partners: cfg.partners}, corpus)
	if err != nil {
		return r, err
	}
	r.genTime = time.Since(t0)
	r.planted = len(m.Planted)
	for _, f := range m.Files {
		r.inBytes += int64(f.Bytes)
	}

	rctx, cancel := context.WithTimeout(ctx, cfg.timeout)
	defer cancel()
	args := []string{"check", "--format", "xlsx,json,text", "--json-out", filepath.Join(dir, "report.json"),
		"-o", filepath.Join(dir, "report.xlsx"), "--fail-on", "never", "--log-level", "info", "--log-format", "json"}
	args = append(args, cfg.extra...)
	args = append(args, corpus)
	cmd := exec.CommandContext(rctx, cfg.bin, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	t0 = time.Now()
	err = cmd.Run()
	r.wall = time.Since(t0)
	if cmd.ProcessState == nil {
		return r, fmt.Errorf("×%d: run %s: %w", scale, cfg.bin, err)
	}
	r.exitCode = cmd.ProcessState.ExitCode()
	r.cpu = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	r.rss, r.rssKnown = peakRSS(cmd.ProcessState)
	if rctx.Err() != nil {
		return r, fmt.Errorf("×%d: figcheck did not finish within %s", scale, cfg.timeout)
	}
	if r.exitCode != 0 {
		r.stderrTip = firstLine(stderr.String())
	}
	r.readTime, r.ruleTime = stageTimes(stderr.String())
	sm := summaryRe.FindStringSubmatch(stdout.String())
	if sm == nil {
		return r, fmt.Errorf("×%d: figcheck exited %d and printed no summary: %s", scale, r.exitCode, firstLine(stderr.String()+stdout.String()))
	}
	r.findings, _ = strconv.Atoi(sm[1])
	r.figures, _ = strconv.Atoi(sm[3])
	r.errors, _ = strconv.Atoi(sm[4])
	if cfg.verify {
		sc, err := verify(m, filepath.Join(dir, "report.json"))
		if err != nil {
			return r, fmt.Errorf("×%d: verify: %w", scale, err)
		}
		r.score = &sc
	}
	return r, nil
}

// verify scores the JSON report's findings against the manifest.
func verify(m synthetic.Manifest, path string) (synthetic.Score, error) {
	f, err := os.Open(path)
	if err != nil {
		return synthetic.Score{}, err
	}
	defer f.Close()
	var rep struct {
		Figures []struct {
			ID     string `json:"id"`
			Source string `json:"source"`
		} `json:"figures"`
		Findings []rules.Finding `json:"findings"`
	}
	if err := json.NewDecoder(bufio.NewReaderSize(f, 1<<20)).Decode(&rep); err != nil {
		return synthetic.Score{}, fmt.Errorf("%s: %w", path, err)
	}
	src := make(map[string]string, len(rep.Figures))
	for _, fg := range rep.Figures {
		src[fg.ID] = fg.Source
	}
	return m.Score(rep.Findings, func(id string) string { return src[id] }), nil
}

// stageTimes reads the pipeline's "sources read" and "rules evaluated" log
// lines (zerolog JSON, durations in milliseconds).
func stageTimes(log string) (read, rules time.Duration) {
	for _, line := range strings.Split(log, "\n") {
		var ev struct {
			Message string  `json:"message"`
			Took    float64 `json:"took"`
		}
		if json.Unmarshal([]byte(line), &ev) != nil {
			continue
		}
		d := time.Duration(ev.Took * float64(time.Millisecond))
		switch ev.Message {
		case "sources read":
			read = d
		case "rules evaluated":
			rules = d
		}
	}
	return read, rules
}

func firstLine(s string) string {
	for _, line := range strings.Split(s, "\n") {
		var ev struct {
			Level   string `json:"level"`
			Message string `json:"message"`
			Error   string `json:"error"`
		}
		if json.Unmarshal([]byte(line), &ev) == nil {
			if ev.Level == "error" {
				return strings.TrimSpace(ev.Message + " " + ev.Error)
			}
			continue
		}
		if line = strings.TrimSpace(line); line != "" {
			return line
		}
	}
	return ""
}

// report prints the table and the notes on throughput and growth.
func report(out io.Writer, runs []run) {
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "size\tarticles\tsheets\tinput MB\tgen s\tfigures\tfindings\terrors\tplanted\twall s\tread s\trules s\trest s\tcpu s\tpeak RSS MiB\tfigures/s\tfig/cpu-s\texit\t")
	for _, r := range runs {
		rss := "?"
		if r.rssKnown {
			rss = fmt.Sprintf("%.0f", float64(r.rss)/(1<<20))
		}
		mb := float64(r.inBytes) / 1e6
		rest := r.wall - r.readTime - r.ruleTime
		fmt.Fprintf(tw, "×%d\t%d\t%d\t%.1f\t%.2f\t%d\t%d\t%d\t%d\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%s\t%.0f\t%.0f\t%d\t\n",
			r.scale, r.articles, r.sheets, mb, r.genTime.Seconds(), r.figures, r.findings, r.errors, r.planted,
			r.wall.Seconds(), r.readTime.Seconds(), r.ruleTime.Seconds(), rest.Seconds(), r.cpu.Seconds(), rss,
			float64(r.figures)/r.wall.Seconds(), float64(r.figures)/r.cpu.Seconds(), r.exitCode)
	}
	tw.Flush()
	for _, r := range runs {
		if r.score == nil {
			continue
		}
		sc := r.score
		fmt.Fprintf(out, "×%d: %d of %d planted discrepancies reported; %d error findings explained by plants, %d unexplained\n",
			r.scale, sc.Found, sc.Planted, sc.Explained, len(sc.Unexplained))
		for i, p := range sc.Missed {
			if i == 3 {
				fmt.Fprintf(out, "    ... %d more missed\n", len(sc.Missed)-i)
				break
			}
			fmt.Fprintf(out, "    missed %s: %s %s %s in %s (%q)\n", p.ID, p.Rule, p.Metric, p.Period, p.Files[0], p.Quote)
		}
		for i, f := range sc.Unexplained {
			if i == 3 {
				fmt.Fprintf(out, "    ... %d more unexplained\n", len(sc.Unexplained)-i)
				break
			}
			fmt.Fprintf(out, "    unexplained %s %s %s: %s\n", f.Rule, f.Metric, f.Period, f.Message)
		}
	}
	for _, r := range runs {
		if r.stderrTip != "" {
			fmt.Fprintf(out, "note: ×%d exited %d: %s\n", r.scale, r.exitCode, r.stderrTip)
		}
	}
	if len(runs) < 2 {
		return
	}
	// Growth exponent between consecutive sizes: 1 is linear, 2 quadratic.
	for i := 1; i < len(runs); i++ {
		a, b := runs[i-1], runs[i]
		if a.figures == 0 || b.figures == 0 || a.wall <= 0 {
			continue
		}
		kFig := float64(b.figures) / float64(a.figures)
		tExp := math.Log(b.wall.Seconds()/a.wall.Seconds()) / math.Log(kFig)
		cExp := math.Log(b.cpu.Seconds()/a.cpu.Seconds()) / math.Log(kFig)
		mExp := math.NaN()
		if a.rss > 0 && b.rss > 0 {
			mExp = math.Log(float64(b.rss)/float64(a.rss)) / math.Log(kFig)
		}
		fmt.Fprintf(out, "growth ×%d→×%d: figures ×%.1f, wall ×%.1f (exponent %.2f), cpu exponent %.2f, RSS exponent %.2f — %s\n",
			a.scale, b.scale, kFig, b.wall.Seconds()/a.wall.Seconds(), tExp, cExp, mExp, verdict(cExp))
	}
	last := runs[len(runs)-1]
	if last.figures > 0 {
		perM := last.wall.Seconds() / float64(last.figures) * 1e6
		rssPerM := float64(last.rss) / float64(last.figures) * 1e6 / (1 << 20)
		cpuPerM := last.cpu.Seconds() / float64(last.figures) * 1e6
		fmt.Fprintf(out, "at ×%d: %.2f s wall (%.2f s CPU) and %.0f MiB peak RSS per million figures (targets: < 10 s, < 1024 MiB)\n",
			last.scale, perM, cpuPerM, rssPerM)
		fmt.Fprintln(out, "note: wall times depend on what else the machine runs; CPU time (user+sys) is the steadier measure")
	}
}

// verdict reads a growth exponent (small sizes carry fixed start-up cost,
// which pulls the exponent below 1).
func verdict(exp float64) string {
	switch {
	case math.IsNaN(exp):
		return "unknown"
	case exp <= 1.15:
		return "roughly linear"
	case exp <= 1.4:
		return "somewhat worse than linear"
	}
	return "super-linear: profile it"
}

func grouped(n int) string {
	s := strconv.Itoa(n)
	var b strings.Builder
	for i := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
