package sheet

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

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

// FuzzXLSX feeds the XLSX reader two kinds of input: with cells false, the
// bytes are the workbook (mutated fixtures, random bytes); with cells true,
// they are rows of tab-separated cells written into a fresh workbook, which
// reaches header detection and cell parsing past the zip layer. The reader
// must never panic, and every figure has a cell and Low ≤ Value ≤ High.
func FuzzXLSX(f *testing.F) {
	paths, _ := filepath.Glob("testdata/*.xlsx")
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b, false)
		}
	}
	f.Add([]byte("PK\x03\x04"), false)
	f.Add([]byte("2024年4月出口\n商品名称\t计量单位\t4月\t\t1至4月累计\n\t\t数量\t金额（万元）\t数量\t金额（万元）\n手机\t万个\t6,027.1\t(12)\t#REF!\t=A1\n"), true)
	f.Add([]byte("Commodity\tPeriod\tValue\tUnit\nchips\t45383\t1.2万\t亿元\n"), true)
	opts := testOpts(f)
	f.Fuzz(func(t *testing.T, data []byte, cells bool) {
		if cells {
			data = cellsWorkbook(t, data)
		}
		doc, err := XLSX{}.Read(context.Background(), bytes.NewReader(data), "fuzz.xlsx", opts)
		if err != nil {
			return
		}
		checkFuzzInvariants(t, doc.Figures)
	})
}

// cellsWorkbook writes lines of tab-separated cells into a workbook, numbers
// as numbers and everything else as text (at most 50 rows of 20 cells).
func cellsWorkbook(t *testing.T, data []byte) []byte {
	f := excelize.NewFile()
	defer f.Close()
	for i, line := range strings.SplitN(string(data), "\n", 51) {
		if i >= 50 {
			break
		}
		for j, cell := range strings.SplitN(line, "\t", 21) {
			if j >= 20 || cell == "" {
				continue
			}
			name, _ := excelize.CoordinatesToCellName(j+1, i+1)
			var v any = cell
			if n, err := strconv.ParseFloat(cell, 64); err == nil {
				v = n
			}
			if err := f.SetCellValue("Sheet1", name, v); err != nil {
				continue
			}
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Skip(err)
	}
	return buf.Bytes()
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
