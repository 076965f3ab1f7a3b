// Package e2etest checks figcheck end to end on generated corpora: every
// planted discrepancy must be reported, and no error may appear that a plant
// does not explain. It lives apart from package synthetic so that the
// generator's own tests do not depend on the whole pipeline.
package e2etest

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"figcheck/figure"
	"figcheck/pipeline"
	"figcheck/rules"
	"figcheck/sources"
	"figcheck/sources/article"
	"figcheck/sources/sheet"
	"figcheck/synthetic"
)

// readers are figcheck's own readers, given explicitly so that this test
// exercises them whatever the pipeline's defaults.
func readers() map[string]sources.Reader {
	return map[string]sources.Reader{".txt": article.Reader{}, ".csv": sheet.CSV{}, ".xlsx": sheet.XLSX{}}
}

func overlaps(a, b figure.Period) bool { return a.Start <= b.End && b.Start <= a.End }

// involves reports whether a finding cites a figure read from file (a path
// relative to the corpus folder).
func involves(res *pipeline.Result, f rules.Finding, file string) bool {
	for _, id := range f.Figures {
		if fig, ok := res.FigureByID(id); ok && strings.HasSuffix(fig.Source, "/"+file) {
			return true
		}
	}
	return false
}

// explains reports whether plant p accounts for finding f: the same metric,
// and the planted rule on an overlapping period or one of the rules the
// plant also upsets on an overlapping or linked period.
func explains(p synthetic.Planted, f rules.Finding) bool {
	if f.Metric != p.Metric {
		return false
	}
	if overlaps(f.Period, p.Period) && (f.Rule == p.Rule || slices.Contains(p.Also, f.Rule)) {
		return true
	}
	if !slices.Contains(p.Also, f.Rule) {
		return false
	}
	for _, q := range p.AlsoPeriods {
		if overlaps(f.Period, q) {
			return true
		}
	}
	return false
}

func describe(res *pipeline.Result, f rules.Finding) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s [%s] %s %s: %s", f.Rule, f.Severity, f.Metric, f.Period, f.Message)
	for _, id := range f.Figures {
		if fig, ok := res.FigureByID(id); ok {
			fmt.Fprintf(&b, "\n      %s %q", fig.Location(), fig.Quote)
		}
	}
	return b.String()
}

func TestPlantedFindings(t *testing.T) {
	for _, opts := range []synthetic.Options{
		{Articles: 20, Sheets: 12, Seed: 3},
		{Articles: 40, Sheets: 30, Seed: 42},
	} {
		t.Run(fmt.Sprintf("seed%d", opts.Seed), func(t *testing.T) {
			dir := t.TempDir()
			m, err := synthetic.Generate(context.Background(), opts, dir)
			if err != nil {
				t.Fatal(err)
			}
			inputs, err := pipeline.CollectPaths([]string{dir})
			if err != nil {
				t.Fatal(err)
			}
			res, err := pipeline.Run(context.Background(), pipeline.Config{Inputs: inputs, Logger: zerolog.Nop(),
				Readers: readers(), Today: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)})
			if err != nil {
				t.Fatal(err)
			}
			failed := 0
			for _, s := range res.Sources {
				if s.Error != "" {
					if failed++; failed <= 5 {
						t.Errorf("source failed: %s", s.Error)
					}
				}
			}
			if failed > 5 {
				t.Errorf("... %d sources failed in all", failed)
			}
			if got, want := len(res.Figures), m.Figures; got < want*9/10 || got > want*11/10 {
				t.Errorf("extracted %d figures; the corpus states %d", got, want)
			}
			for _, p := range m.Planted {
				found := false
				for _, f := range res.Findings {
					if f.Rule == p.Rule && f.Metric == p.Metric && overlaps(f.Period, p.Period) && involves(res, f, p.Files[0]) {
						found = true
						break
					}
				}
				if !found {
					t.Errorf("%s (%s, %s %s in %s, stated %g, true %g): no %s finding", p.ID, p.Kind, p.Metric, p.Period,
						p.Files[0], p.Stated, p.True, p.Rule)
				}
			}
			for _, f := range res.Findings {
				if f.Severity != rules.SevError {
					continue
				}
				ok := false
				for _, p := range m.Planted {
					if explains(p, f) {
						ok = true
						break
					}
				}
				if !ok {
					t.Errorf("unplanted error: %s", describe(res, f))
				}
			}
		})
	}
}
