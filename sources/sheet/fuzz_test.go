package sheet

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"figcheck/figure"
)

// FuzzCSV feeds arbitrary bytes to the CSV reader: it must never panic, and
// every figure it returns has a cell and Low ≤ Value ≤ High.
func FuzzCSV(f *testing.F) {
	f.Add([]byte(tidyCSV))
	f.Add([]byte("商品名称,计量单位,4月,\n,,数量,金额（万元）\n手机,万个,\"6,027.1\",(12)\n"))
	f.Add([]byte("commodity;period;value;unit\nchips;45383;1e3;亿元\n"))
	if b, err := os.ReadFile("testdata/tidy-claims.csv"); err == nil {
		f.Add(b)
	}
	opts := testOpts(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := CSV{}.Read(context.Background(), bytes.NewReader(data), "fuzz.csv", opts)
		if err != nil {
			return
		}
		checkFuzzInvariants(t, doc.Figures)
	})
}

// FuzzXLSX feeds arbitrary bytes, and mutated fixture workbooks, to the XLSX
// reader with the same guarantees.
func FuzzXLSX(f *testing.F) {
	paths, _ := filepath.Glob("testdata/*.xlsx")
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add(customsCN(f))
	f.Add([]byte("PK\x03\x04"))
	opts := testOpts(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := XLSX{}.Read(context.Background(), bytes.NewReader(data), "fuzz.xlsx", opts)
		if err != nil {
			return
		}
		checkFuzzInvariants(t, doc.Figures)
	})
}

func checkFuzzInvariants(t *testing.T, figs []figure.Figure) {
	t.Helper()
	for _, fg := range figs {
		if fg.Cell == "" {
			t.Fatalf("figure %s has no cell", fg.ID)
		}
		if !(fg.Low <= fg.Value && fg.Value <= fg.High) {
			t.Fatalf("figure %s: Low %v, Value %v, High %v", fg.ID, fg.Low, fg.Value, fg.High)
		}
		if fg.Unit == "" || fg.Measure == "" || fg.Period.IsZero() {
			t.Fatalf("figure %s incomplete: %+v", fg.ID, fg)
		}
	}
}
