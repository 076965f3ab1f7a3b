package rules

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"figcheck/figure"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/golden")

// goldenFigures is the sample corpus's figures (as the extractor should read
// them) plus a customs sheet: the situations of DESIGN §5.
func goldenFigures() []figure.Figure {
	figs := devsetFigures()
	w := figure.DefaultWidening()
	surplus := fig("full#5", "full.txt", "goods.balance", figure.Value, "2024", 7e12, 1e12, "CNY")
	iv := w.Apply(surplus.Interval(), figure.QualMoreThan)
	surplus.Low, surplus.High, surplus.Qualifier = iv.Low, iv.High, figure.QualMoreThan
	usd := fig("full#6", "full.txt", "goods.balance", figure.Value, "2024", 992e9, 1e9, "USD")
	iv = w.Apply(usd.Interval(), figure.QualAbout)
	usd.Low, usd.High, usd.Qualifier = iv.Low, iv.High, figure.QualAbout
	semiUSD := fig("semi#2", "semi.txt", "integrated_circuits.export", figure.Value, "2024-01..2024-11", 142.17e9, 0.01e9, "USD")
	figs[4].Linked = []string{"semi#2"}
	g := fig("full#7", "full.txt", "goods.export", figure.Growth, "2024", 7.1, 0.1, "percent")
	g.Basis, g.Of = figure.BasisYoY, "value"
	figs = append(figs, surplus, usd, semiUSD, g,
		fig("y2023#1", "y2023.txt", "goods.export", figure.Value, "2023", 23.77e12, 0.01e12, "CNY"),
		// A sheet month typed wrong: breaks January-April and the step to May.
		fig("sheet#5", "customs.xlsx", "integrated_circuits.import", figure.Value, "2024-01..2024-02", 363.0e9, 0.1e9, "CNY"),
		fig("sheet#6", "customs.xlsx", "integrated_circuits.import", figure.Value, "2024-03", 247.0e9, 0.1e9, "CNY"),
		fig("sheet#7", "customs.xlsx", "integrated_circuits.import", figure.Value, "2024-01..2024-03", 610.0e9, 0.1e9, "CNY"),
		fig("sheet#8", "customs.xlsx", "integrated_circuits.import", figure.Value, "2024-04", 22.25e9, 0.01e9, "CNY"),
		fig("sheet#9", "customs.xlsx", "integrated_circuits.import", figure.Value, "2024-01..2024-04", 832.5e9, 0.1e9, "CNY"),
		fig("sheet#10", "customs.xlsx", "integrated_circuits.import", figure.Value, "2024-05", 230.0e9, 0.1e9, "CNY"),
		fig("sheet#11", "customs.xlsx", "integrated_circuits.import", figure.Value, "2024-01..2024-05", 1062.5e9, 0.1e9, "CNY"),
	)
	return figs
}

func TestGolden(t *testing.T) {
	p := load(t)
	o, err := p.Evaluate(context.Background(), goldenFigures())
	if err != nil {
		t.Fatal(err)
	}
	got, err := json.MarshalIndent(o.Findings, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "golden", "findings.json")
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./rules -run TestGolden -update)", err)
	}
	if string(want) != string(got)+"\n" {
		t.Errorf("findings differ from %s (review, then -update):\n%s", path, got)
	}
}
