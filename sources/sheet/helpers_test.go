package sheet

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"figcheck/figure"
	"figcheck/sources"
	"figcheck/sources/glossary"
)

// testOpts returns reader options with the built-in glossary.
func testOpts(t testing.TB) sources.Options {
	t.Helper()
	g, err := glossary.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return sources.Options{Glossary: g, Widening: figure.DefaultWidening()}
}

// workbook builds an .xlsx in memory: build fills it, the bytes are returned.
func workbook(t testing.TB, build func(f *excelize.File)) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	build(f)
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// setRows writes rows of cells starting at A{first}; a value of nil leaves the cell empty.
func setRows(t testing.TB, f *excelize.File, sheet string, first int, rows [][]any) {
	t.Helper()
	for i, row := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, first+i)
		r := make([]any, len(row))
		copy(r, row)
		if err := f.SetSheetRow(sheet, cell, &r); err != nil {
			t.Fatal(err)
		}
	}
}

func readXLSX(t testing.TB, data []byte, name string) (sources.Document, error) {
	t.Helper()
	return XLSX{}.Read(context.Background(), bytes.NewReader(data), name, testOpts(t))
}

func readCSV(t testing.TB, data []byte, name string) (sources.Document, error) {
	t.Helper()
	return CSV{}.Read(context.Background(), bytes.NewReader(data), name, testOpts(t))
}

// byCell indexes figures by their cell reference.
func byCell(figs []figure.Figure) map[string]figure.Figure {
	m := map[string]figure.Figure{}
	for _, f := range figs {
		m[f.Cell] = f
	}
	return m
}

func dump(t testing.TB, doc sources.Document) {
	t.Helper()
	for _, f := range doc.Figures {
		b, _ := json.Marshal(f)
		t.Log(string(b))
	}
	t.Log("warnings:\n" + strings.Join(doc.Warnings, "\n"))
}

// checkInvariants asserts what holds for every figure of every input.
func checkInvariants(t testing.TB, doc sources.Document) {
	t.Helper()
	seen := map[string]bool{}
	for _, f := range doc.Figures {
		if f.Cell == "" || !strings.Contains(f.Cell, "!") {
			t.Errorf("figure %s has no cell", f.ID)
		}
		if !(f.Low <= f.Value && f.Value <= f.High) {
			t.Errorf("figure %s: not Low ≤ Value ≤ High: %v %v %v", f.ID, f.Low, f.Value, f.High)
		}
		if seen[f.ID] {
			t.Errorf("duplicate figure id %s", f.ID)
		}
		seen[f.ID] = true
		if f.Kind != figure.KindSheet || f.Unit == "" || f.Measure == "" || f.Period.IsZero() {
			t.Errorf("figure %s incomplete: %+v", f.ID, f)
		}
	}
}
