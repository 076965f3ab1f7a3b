package e2etest

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/rs/zerolog"

	"figcheck/figure"
	"figcheck/pipeline"
	"figcheck/reports"
	"figcheck/rules"
	"figcheck/sources"
	"figcheck/sources/article"
	"figcheck/sources/glossary"
	"figcheck/sources/sheet"
	"figcheck/synthetic"
)

// benchCorpus is a generated corpus held in memory for the benchmarks.
type benchCorpus struct {
	dir      string
	manifest synthetic.Manifest
	files    map[string][]byte // path relative to dir → content
}

var (
	corpusOnce sync.Once
	corpusData *benchCorpus
	corpusErr  error
)

// corpus generates one corpus (400 articles, 400 sheets) per test binary run.
func corpus(b *testing.B) *benchCorpus {
	b.Helper()
	corpusOnce.Do(func() {
		dir, err := os.MkdirTemp("", "figcheck-bench-")
		if err != nil {
			corpusErr = err
			return
		}
		m, err := synthetic.Generate(context.Background(), synthetic.Options{Articles: 400, Sheets: 400, Seed: 1, Partners: 12}, dir)
		if err != nil {
			corpusErr = err
			return
		}
		c := &benchCorpus{dir: dir, manifest: m, files: map[string][]byte{}}
		for _, f := range m.Files {
			data, err := os.ReadFile(filepath.Join(dir, f.Path))
			if err != nil {
				corpusErr = err
				return
			}
			c.files[f.Path] = data
		}
		corpusData = c
	})
	if corpusErr != nil {
		b.Fatal(corpusErr)
	}
	return corpusData
}

func readOptions(b *testing.B) sources.Options {
	g, err := glossary.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	// a run-wide memo, as pipeline.Run gives every run
	return sources.Options{Glossary: g, Widening: figure.DefaultWidening(), Memo: new(sources.Memo)}
}

// BenchmarkArticleExtract measures article extraction on one core (MB/s);
// the target is at least 50 MB/s.
func BenchmarkArticleExtract(b *testing.B) {
	c := corpus(b)
	opts := readOptions(b)
	var names []string
	var size int64
	for _, f := range c.manifest.Files {
		if f.Kind == figure.KindArticle {
			names = append(names, f.Path)
			size += int64(len(c.files[f.Path]))
		}
	}
	ctx := context.Background()
	var rd article.Reader
	figs := 0
	b.SetBytes(size)
	b.ResetTimer()
	cpu0 := cpuSeconds()
	for b.Loop() {
		figs = 0
		for _, n := range names {
			doc, err := rd.Read(ctx, bytes.NewReader(c.files[n]), n, opts)
			if err != nil {
				b.Fatal(err)
			}
			figs += len(doc.Figures)
		}
	}
	perCPU(b, cpu0, float64(size)/1e6, "MB/cpu-s")
	b.ReportMetric(float64(figs)*float64(b.N)/b.Elapsed().Seconds(), "figures/s")
}

// BenchmarkSheetRead measures sheet ingestion per layout (rows/s).
func BenchmarkSheetRead(b *testing.B) {
	c := corpus(b)
	opts := readOptions(b)
	for _, layout := range []string{synthetic.LayoutCustomsZH, synthetic.LayoutTidyCSV} {
		b.Run(layout, func(b *testing.B) {
			var names []string
			var rowsOf []int
			var size int64
			for _, f := range c.manifest.Files {
				if f.Layout == layout {
					names = append(names, f.Path)
					rowsOf = append(rowsOf, f.Rows)
					size += int64(len(c.files[f.Path]))
				}
			}
			ctx := context.Background()
			rows, figs := 0, 0
			b.SetBytes(size)
			b.ResetTimer()
			cpu0 := cpuSeconds()
			for b.Loop() {
				rows, figs = 0, 0
				for i, n := range names {
					rows += rowsOf[i]
					rd, ok := sheet.ForPath(n)
					if !ok {
						b.Fatalf("%s: no reader", n)
					}
					doc, err := rd.Read(ctx, bytes.NewReader(c.files[n]), n, opts)
					if err != nil {
						b.Fatal(err)
					}
					figs += len(doc.Figures)
				}
			}
			perCPU(b, cpu0, float64(rows), "rows/cpu-s")
			b.ReportMetric(float64(rows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
			b.ReportMetric(float64(figs)*float64(b.N)/b.Elapsed().Seconds(), "figures/s")
		})
	}
}

// allFigures reads the whole corpus once.
func allFigures(b *testing.B, c *benchCorpus) []figure.Figure {
	inputs, err := pipeline.CollectPaths([]string{c.dir})
	if err != nil {
		b.Fatal(err)
	}
	res, err := pipeline.Run(context.Background(), pipeline.Config{Inputs: inputs, SkipRules: true, Logger: zerolog.Nop()})
	if err != nil {
		b.Fatal(err)
	}
	return res.Figures
}

// BenchmarkEvaluate measures the built-in rule pack (figures/s).
func BenchmarkEvaluate(b *testing.B) {
	c := corpus(b)
	figs := allFigures(b, c)
	pack, err := rules.Load(context.Background(), rules.Config{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	findings := 0
	b.ResetTimer()
	cpu0 := cpuSeconds()
	for b.Loop() {
		out, err := pack.Evaluate(ctx, figs)
		if err != nil {
			b.Fatal(err)
		}
		findings = len(out.Findings)
	}
	perCPU(b, cpu0, float64(len(figs)), "figures/cpu-s")
	b.ReportMetric(float64(len(figs))*float64(b.N)/b.Elapsed().Seconds(), "figures/s")
	b.ReportMetric(float64(findings), "findings")
}

// BenchmarkPipeline measures a whole run without reports (figures/s).
func BenchmarkPipeline(b *testing.B) {
	c := corpus(b)
	inputs, err := pipeline.CollectPaths([]string{c.dir})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	figs := 0
	b.ResetTimer()
	cpu0 := cpuSeconds()
	for b.Loop() {
		res, err := pipeline.Run(ctx, pipeline.Config{Inputs: inputs, Logger: zerolog.Nop()})
		if err != nil {
			b.Fatal(err)
		}
		figs = len(res.Figures)
	}
	perCPU(b, cpu0, float64(figs), "figures/cpu-s")
	b.ReportMetric(float64(figs)*float64(b.N)/b.Elapsed().Seconds(), "figures/s")
}

// BenchmarkCheck measures what `figcheck check --format xlsx,json` does:
// a whole run, then the Excel report and the JSON, written to files.
func BenchmarkCheck(b *testing.B) {
	c := corpus(b)
	inputs, err := pipeline.CollectPaths([]string{c.dir})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	out := b.TempDir()
	figs := 0
	b.ResetTimer()
	cpu0 := cpuSeconds()
	for b.Loop() {
		res, err := pipeline.Run(ctx, pipeline.Config{Inputs: inputs, Logger: zerolog.Nop()})
		if err != nil {
			b.Fatal(err)
		}
		figs = len(res.Figures)
		if err := reports.WriteXLSX(filepath.Join(out, "report.xlsx"), res, reports.XLSXOptions{}); err != nil {
			b.Fatal(err)
		}
		err = reports.WriteFileAtomic(filepath.Join(out, "report.json"), func(w io.Writer) error { return reports.Write("json", w, res) })
		if err != nil {
			b.Fatal(err)
		}
	}
	perCPU(b, cpu0, float64(figs), "figures/cpu-s")
	b.ReportMetric(float64(figs)*float64(b.N)/b.Elapsed().Seconds(), "figures/s")
}

// perCPU reports work per CPU second of the process (all goroutines), with
// work being the amount done in one iteration.
func perCPU(b *testing.B, cpu0, work float64, unit string) {
	if cpu := cpuSeconds() - cpu0; cpu > 0 {
		b.ReportMetric(work*float64(b.N)/cpu, unit)
	}
}
