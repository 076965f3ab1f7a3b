// Package e2etest checks figcheck end to end on generated corpora: every
// planted discrepancy must be reported, and no error may appear that a plant
// does not explain. It lives apart from package synthetic so that the
// generator's own tests do not depend on the whole pipeline.
package e2etest

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"figcheck/pipeline"
	"figcheck/rules"
	"figcheck/synthetic"
)

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
		{Articles: 40, Sheets: 30, Seed: 42, Partners: 3},
		{Articles: 40, Sheets: 20, Seed: 7, Hard: true},
	} {
		t.Run(fmt.Sprintf("seed%d-hard=%v", opts.Seed, opts.Hard), func(t *testing.T) {
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
				Today: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)})
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
			sc := m.Score(res.Findings, func(id string) string {
				f, _ := res.FigureByID(id)
				return f.Source
			})
			for _, p := range sc.Missed {
				t.Errorf("%s (%s, %s %s in %s, stated %g, true %g): no %s finding", p.ID, p.Kind, p.Metric, p.Period,
					p.Files[0], p.Stated, p.True, p.Rule)
			}
			for _, f := range sc.Unexplained {
				t.Errorf("unplanted error: %s", describe(res, f))
			}
			if sc.Found != len(m.Planted) || sc.Explained < sc.Found {
				t.Errorf("score %+v", sc)
			}
		})
	}
}
