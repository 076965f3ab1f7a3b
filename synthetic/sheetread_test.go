package synthetic

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"figcheck/figure"
	"figcheck/sources"
	"figcheck/sources/glossary"
	"figcheck/sources/sheet"
)

// TestSheetsReadBack: figcheck's sheet reader takes every generated layout
// without warnings, finds as many figures as the manifest says, and puts each
// on a metric the generator meant.
func TestSheetsReadBack(t *testing.T) {
	dir := t.TempDir()
	m, err := Generate(context.Background(), Options{Articles: 0, Sheets: 30, Seed: 1, Partners: 3}, dir)
	if err != nil {
		t.Fatal(err)
	}
	g, err := glossary.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, c := range commodities {
		for _, f := range c.flows {
			known[figure.MetricID(c.id, f)] = true
		}
	}
	for _, f := range m.Files {
		rd, ok := sheet.ForPath(f.Path)
		if !ok {
			t.Fatalf("%s: no sheet reader", f.Path)
		}
		data, err := os.ReadFile(filepath.Join(dir, f.Path))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := rd.Read(context.Background(), bytes.NewReader(data), f.Path, sources.Options{Glossary: g, Widening: figure.DefaultWidening()})
		if err != nil {
			t.Errorf("%s: %v", f.Path, err)
			continue
		}
		if len(doc.Warnings) > 0 {
			t.Errorf("%s: warnings %s", f.Path, strings.Join(doc.Warnings, "; "))
		}
		if len(doc.Figures) != f.Figures {
			t.Errorf("%s: read %d figures, manifest says %d", f.Path, len(doc.Figures), f.Figures)
		}
		for _, x := range doc.Figures {
			if !known[x.Metric] || x.Period.End != f.Period.End {
				t.Errorf("%s %s: metric %q period %s", f.Path, x.Cell, x.Metric, x.Period)
			}
		}
	}
}
