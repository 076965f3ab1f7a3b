// Package pipeline runs a figcheck job: read every source concurrently, check
// the figures with the rule pack, then triage the findings against a baseline
// and waivers. Data flows one way: sources → pipeline → rules → reports.
package pipeline

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/rs/zerolog"

	"figcheck/figure"
	"figcheck/pipeline/triage"
	"figcheck/rules"
	"figcheck/sources"
	"figcheck/sources/glossary"
)

// Config is everything one run needs. Zero values are sensible defaults.
type Config struct {
	Inputs []Input
	// Date is the publication date for articles that state none.
	Date time.Time
	// GlossaryFiles extend the built-in subject vocabulary.
	GlossaryFiles []string
	// Rules configures the rule pack (extra files, --no-builtin-rules, --rates).
	Rules rules.Config
	// SkipRules reads and extracts only (figcheck extract).
	SkipRules bool
	// Baseline is a previous JSON or xlsx report; Waivers a waiver file.
	Baseline string
	Waivers  string
	// Today decides waiver expiry (zero: the current date).
	Today time.Time
	// Workers bounds concurrent source reads (0: GOMAXPROCS).
	Workers int
	// MaxBytes refuses larger inputs (0: sources.DefaultMaxBytes).
	MaxBytes int64
	// Widening turns qualifiers into intervals (zero: figure.DefaultWidening()).
	Widening *figure.Widening
	Version  string
	Logger   zerolog.Logger
	// Progress, if set, is called after each source is read with (done, total).
	Progress func(done, total int)
	// Readers overrides the reader per lower-case extension (".txt"); nil uses
	// the built-in readers. Tests use it to inject failing readers.
	Readers map[string]sources.Reader
	// KeepText keeps each article's plain text in SourceStatus.Text (the
	// editor's page shows it); a command-line run drops it to save memory.
	KeepText bool
}

// ErrInterrupted is returned when the context ends before the run completes.
var ErrInterrupted = errors.New("interrupted")

// Run executes the job. Configuration problems (bad rule file, glossary,
// baseline) are returned as errors before any source is read; an unreadable
// source is recorded in Result.Sources and never stops the others.
func Run(ctx context.Context, cfg Config) (*Result, error) {
	log := cfg.Logger
	res := &Result{Tool: "figcheck", Version: cfg.Version, Started: time.Now().UTC()}
	if res.Version == "" {
		res.Version = "dev"
	}

	gloss, err := loadGlossary(cfg.GlossaryFiles)
	if err != nil {
		return nil, err
	}
	wid := figure.DefaultWidening()
	if cfg.Widening != nil {
		wid = *cfg.Widening
	}

	var pack *rules.Pack
	if !cfg.SkipRules {
		rc := cfg.Rules
		rc.Widening = wid
		pack, err = rules.Load(ctx, rc)
		if err != nil {
			return nil, err
		}
		res.RuleFiles = pack.Files()
	}
	var base triage.Baseline
	if cfg.Baseline != "" && !cfg.SkipRules {
		if base, err = triage.LoadBaseline(cfg.Baseline); err != nil {
			return nil, fmt.Errorf("baseline: %w", err)
		}
		res.Baseline = cfg.Baseline
	}
	var waivers triage.Waivers
	if cfg.Waivers != "" && !cfg.SkipRules {
		if waivers, err = triage.LoadWaivers(cfg.Waivers); err != nil {
			return nil, fmt.Errorf("waivers: %w", err)
		}
	}

	// one memo for the run: sheets of one kind share their header readings
	opts := sources.Options{Glossary: gloss, Date: cfg.Date, Widening: wid, MaxBytes: cfg.MaxBytes, Memo: new(sources.Memo)}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = sources.DefaultMaxBytes
	}
	inputs := append([]Input(nil), cfg.Inputs...)
	sort.SliceStable(inputs, func(i, j int) bool { return inputs[i].Name < inputs[j].Name })

	start := time.Now()
	docs := readAll(ctx, inputs, opts, cfg)
	if ctx.Err() != nil {
		return nil, ErrInterrupted
	}
	total := 0
	for _, d := range docs {
		total += len(d.doc.Figures)
	}
	res.Sources = make([]SourceStatus, 0, len(docs))
	res.Figures = make([]figure.Figure, 0, total)
	for i := range docs {
		d := &docs[i]
		res.Sources = append(res.Sources, d.status)
		res.Figures = append(res.Figures, d.doc.Figures...)
		d.doc.Figures = nil // the copy above is the only one kept
		// failures are reported to the user by the caller (stderr, Sources sheet);
		// the log keeps the detail for --log-level info
		ev := log.Debug()
		if d.status.Error != "" {
			ev = log.Info()
		}
		ev.Str("source", inputs[i].Name).Int("figures", d.status.Figures).Str("error", d.status.Error).Msg("read source")
	}
	log.Info().Int("sources", len(inputs)).Int("figures", len(res.Figures)).Dur("took", time.Since(start)).Msg("sources read")

	if pack == nil {
		return res, nil
	}
	start = time.Now()
	out, err := pack.Evaluate(ctx, res.Figures)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ErrInterrupted
		}
		return nil, fmt.Errorf("evaluate rules: %w", err)
	}
	res.Findings, res.Rules = out.Findings, out.Stats
	log.Info().Int("findings", len(res.Findings)).Dur("took", time.Since(start)).Msg("rules evaluated")

	if cfg.Baseline != "" {
		base.Apply(res.Findings)
	}
	today := cfg.Today
	if today.IsZero() {
		today = time.Now()
	}
	sourceOf := map[string]string{}
	for _, f := range res.Figures {
		sourceOf[f.ID] = f.Source
	}
	res.Expired = waivers.ApplySources(res.Findings, today, func(id string) string { return sourceOf[id] })
	c := triage.Summarize(res.Findings)
	res.Summary = Summary{Error: c.Error, Warning: c.Warning, Info: c.Info, Waived: c.Waived, New: c.New, FalseAlarm: c.FalseAlarm}
	return res, nil
}

func loadGlossary(files []string) (*glossary.Glossary, error) {
	g, err := glossary.Builtin()
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			return nil, fmt.Errorf("glossary: %w", err)
		}
		err = g.Add(fh, f)
		fh.Close()
		if err != nil {
			return nil, err
		}
	}
	return g, nil
}

type readOutcome struct {
	doc    sources.Document
	status SourceStatus
}

// readAll reads inputs with a bounded worker pool; results keep input order.
func readAll(ctx context.Context, inputs []Input, opts sources.Options, cfg Config) []readOutcome {
	workers, progress := cfg.Workers, cfg.Progress
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	out := make([]readOutcome, len(inputs))
	jobs := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				out[i] = readOne(ctx, inputs[i], opts, cfg.Readers, cfg.KeepText)
				if progress != nil {
					mu.Lock()
					done++
					progress(done, len(inputs))
					mu.Unlock()
				}
			}
		}()
	}
	for i := range inputs {
		if ctx.Err() != nil {
			break
		}
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return out
}

// readOne reads one input, recovering from a reader's panic so that one bad
// source never takes the run down.
func readOne(ctx context.Context, in Input, opts sources.Options, readers map[string]sources.Reader, keepText bool) (ro readOutcome) {
	ext := strings.ToLower(path.Ext(in.Name))
	ro.status = SourceStatus{Path: in.Name, Kind: kindByExt[ext]}
	defer func() {
		if r := recover(); r != nil {
			ro.doc = sources.Document{}
			ro.status.Figures = 0
			ro.status.Error = fmt.Sprintf("%s: internal error while reading: %v", in.Name, r)
		}
	}()
	data, err := readLimited(in, opts.MaxBytes)
	if err != nil {
		ro.status.Error = err.Error()
		return ro
	}
	sum := sha256.Sum256(data)
	ro.status.SHA256 = hex.EncodeToString(sum[:])
	rd, ok := readers[ext]
	if readers == nil {
		rd, ok = readerFor(ext)
	}
	if !ok {
		ro.status.Error = fmt.Sprintf("%s: %v", in.Name, sources.ErrUnsupported)
		return ro
	}
	doc, err := rd.Read(ctx, bytes.NewReader(data), in.Name, opts)
	if err != nil {
		ro.status.Error = err.Error()
		if !strings.Contains(ro.status.Error, in.Name) {
			ro.status.Error = in.Name + ": " + ro.status.Error
		}
	}
	if keepText {
		ro.status.Text = doc.Text // for the editor's page
	}
	doc.Text = "" // the run keeps the figures, not the text
	ro.doc = doc
	ro.status.Figures = len(doc.Figures)
	ro.status.Warnings = doc.Warnings
	if err == nil && len(doc.Figures) == 0 {
		what := "no figures found"
		if len(data) == 0 {
			what = "empty file: no figures found"
		}
		ro.status.Warnings = append(ro.status.Warnings, in.Name+": "+what)
	}
	if !doc.Published.IsZero() {
		ro.status.Published = doc.Published.Format("2006-01-02")
	}
	return ro
}

// readLimited reads the whole input, refusing one larger than max bytes.
func readLimited(in Input, max int64) ([]byte, error) {
	rc, err := in.Open()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", in.Name, err)
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, max+1))
	if err != nil {
		return nil, fmt.Errorf("%s: read: %w", in.Name, err)
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%s: file is larger than the %d MiB input limit (raise it with --max-input-size)", in.Name, max>>20)
	}
	return data, nil
}
