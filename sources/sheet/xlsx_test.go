package sheet

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"figcheck/figure"
	"figcheck/sources"
)

// customsCN builds a GAC-style table: title row, two-row header with merged
// group cells, per-row units, numbers stored both as numbers and as text.
func customsCN(t testing.TB) []byte {
	return workbook(t, func(f *excelize.File) {
		f.SetSheetName("Sheet1", "出口")
		setRows(t, f, "出口", 1, [][]any{
			{"2024年4月出口主要商品量值表"},
			{},
			{"商品名称", "计量单位", "4月", nil, "1至4月累计", nil, "累计比去年同期±%"},
			{nil, nil, "数量", "金额（万元）", "数量", "金额（万元）", "数量", "金额"},
			{"手机", "万个", 6027.1, "3,542,100.5", "24,105.4", 14302000.2, 3.2, -1.5},
			{"集成电路", "万个", 2550000, 1200000, 10000000, 4500000, 10.1, 20.3},
			{"稀土永磁体", "吨", 5000, 30000, 18000, 110000, "-", "(2.3)"},
			{"服装及衣着附件", "-", "—", 1234567, "…", 4567890, "…", 1.1},
			{"注：本表数据为初步统计数。"},
		})
		must(t, f.MergeCell("出口", "A1", "H1"))
		must(t, f.MergeCell("出口", "C3", "D3"))
		must(t, f.MergeCell("出口", "E3", "F3"))
		must(t, f.MergeCell("出口", "G3", "H3"))
		must(t, f.MergeCell("出口", "A3", "A4"))
		must(t, f.MergeCell("出口", "B3", "B4"))
	})
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

type want struct {
	cell, unit, metric, subject, flow, period, basis, of string
	measure                                              figure.Measure
	value, low, high                                     float64
	quote                                                string
}

func checkWant(t *testing.T, doc sources.Document, wants []want) {
	t.Helper()
	got := byCell(doc.Figures)
	for _, w := range wants {
		f, ok := got[w.cell]
		if !ok {
			t.Errorf("no figure at %s", w.cell)
			continue
		}
		if w.value != f.Value || w.low != f.Low || w.high != f.High {
			t.Errorf("%s: value %v [%v, %v], want %v [%v, %v]", w.cell, f.Value, f.Low, f.High, w.value, w.low, w.high)
		}
		if f.Unit != w.unit || f.Measure != w.measure || f.Metric != w.metric || f.Flow != w.flow || f.Period != p(w.period) {
			t.Errorf("%s: %s %s %s %s %v, want %s %s %s %s %s", w.cell, f.Unit, f.Measure, f.Metric, f.Flow, f.Period,
				w.unit, w.measure, w.metric, w.flow, w.period)
		}
		if w.subject != "" && f.Subject != w.subject {
			t.Errorf("%s: subject %q, want %q", w.cell, f.Subject, w.subject)
		}
		if f.Basis != w.basis || f.Of != w.of {
			t.Errorf("%s: basis/of %q/%q, want %q/%q", w.cell, f.Basis, f.Of, w.basis, w.of)
		}
		if w.quote != "" && f.Quote != w.quote {
			t.Errorf("%s: quote %q, want %q", w.cell, f.Quote, w.quote)
		}
	}
}

func TestCustomsChinese(t *testing.T) {
	doc, err := readXLSX(t, customsCN(t), "customs.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, doc)
	checkWant(t, doc, []want{
		{cell: "出口!E5", value: 241054000, low: 241053500, high: 241054500, unit: "units", measure: figure.Quantity,
			metric: "mobile_phones.export", subject: "mobile phones", flow: "export", period: "2024-01..2024-04", quote: "24,105.4"},
		{cell: "出口!D5", value: 35421005000, low: 35421004500, high: 35421005500, unit: "CNY", measure: figure.Value,
			metric: "mobile_phones.export", flow: "export", period: "2024-04", quote: "3,542,100.5"},
		{cell: "出口!C6", value: 25500000000, low: 25499995000, high: 25500005000, unit: "units", measure: figure.Quantity,
			metric: "integrated_circuits.export", flow: "export", period: "2024-04"},
		{cell: "出口!G5", value: 3.2, low: 3.15, high: 3.25, unit: "percent", measure: figure.Growth, basis: "yoy", of: "quantity",
			metric: "mobile_phones.export", flow: "export", period: "2024-01..2024-04"},
		{cell: "出口!H7", value: -2.3, low: -2.35, high: -2.25, unit: "percent", measure: figure.Growth, basis: "yoy", of: "value",
			metric: "rare_earth_magnets.export", flow: "export", period: "2024-01..2024-04"},
		{cell: "出口!E7", value: 18000, low: 17999.5, high: 18000.5, unit: "tonnes", measure: figure.Quantity,
			metric: "rare_earth_magnets.export", flow: "export", period: "2024-01..2024-04"},
		{cell: "出口!D8", value: 12345670000, low: 12345665000, high: 12345675000, unit: "CNY", measure: figure.Value,
			metric: "apparel.export", flow: "export", period: "2024-04"},
	})
	if n := len(doc.Figures); n != 20 {
		dump(t, doc)
		t.Errorf("%d figures, want 20", n)
	}
	if len(doc.Warnings) != 0 {
		t.Errorf("unexpected warnings: %q", doc.Warnings)
	}
	f := byCell(doc.Figures)["出口!E5"]
	if f.ID != "customs.xlsx#出口!E5" || f.Source != "customs.xlsx" || f.Kind != figure.KindSheet || f.Context != "手机" {
		t.Errorf("provenance: %+v", f)
	}
}

// customsEN is the English edition: one header row with units in the headers,
// a title naming January-February (published together), and a unit note.
func TestCustomsEnglishJanFeb(t *testing.T) {
	data := workbook(t, func(f *excelize.File) {
		f.SetSheetName("Sheet1", "Table 3")
		setRows(t, f, "Table 3", 1, [][]any{
			{"China's Imports of Major Commodities, January-February 2024"},
			{"(Unit: RMB 10,000)"},
			{"Commodity", "Unit", "January-February Quantity", "January-February Value", "YoY % Quantity", "YoY % Value"},
			{"Crude oil", "10,000 tonnes", "8,782.5", "46,201,234", "5.1", "7.3"},
			{"Integrated circuits", "100 million units", "850.2", "5,550,000.0", "12.4", "15.2"},
			{"Unheard-of widgets", "sets", "12", "34.5", "-", "-"},
		})
	})
	doc, err := readXLSX(t, data, "gac-en.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, doc)
	checkWant(t, doc, []want{
		{cell: "Table 3!C4", value: 87825000, low: 87824500, high: 87825500, unit: "tonnes", measure: figure.Quantity,
			metric: "crude_oil.import", flow: "import", period: "2024-01..2024-02"},
		{cell: "Table 3!D4", value: 462012340000, low: 462012335000, high: 462012345000, unit: "CNY", measure: figure.Value,
			metric: "crude_oil.import", flow: "import", period: "2024-01..2024-02"},
		{cell: "Table 3!C5", value: 85020000000, low: 85015000000, high: 85025000000, unit: "units", measure: figure.Quantity,
			metric: "integrated_circuits.import", flow: "import", period: "2024-01..2024-02"},
		{cell: "Table 3!F5", value: 15.2, low: 15.15, high: 15.25, unit: "percent", measure: figure.Growth, basis: "yoy", of: "value",
			metric: "integrated_circuits.import", flow: "import", period: "2024-01..2024-02"},
		{cell: "Table 3!D6", value: 345000, low: 344500, high: 345500, unit: "CNY", measure: figure.Value,
			metric: "unheard_of_widgets.import", subject: "Unheard-of widgets", flow: "import", period: "2024-01..2024-02"},
	})
	if len(doc.Warnings) != 0 {
		t.Errorf("unexpected warnings: %q", doc.Warnings)
	}
}

// A wide table with export and import columns side by side and the unit in
// the column headers for quantity.
func TestWideFlowColumns(t *testing.T) {
	data := workbook(t, func(f *excelize.File) {
		setRows(t, f, "Sheet1", 1, [][]any{
			{"2024年10月"},
			{"商品名称", "出口数量（万辆）", "出口金额（亿美元）", "进口数量（万辆）", "进口金额（亿美元）"},
			{"汽车", 55.9, 120.5, 5.2, 30.1},
		})
	})
	doc, err := readXLSX(t, data, "autos.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, doc)
	checkWant(t, doc, []want{
		{cell: "Sheet1!B3", value: 559000, low: 558500, high: 559500, unit: "units", measure: figure.Quantity,
			metric: "automobiles.export", flow: "export", period: "2024-10"},
		{cell: "Sheet1!E3", value: 3010000000, low: 3005000000, high: 3015000000, unit: "USD", measure: figure.Value,
			metric: "automobiles.import", flow: "import", period: "2024-10"},
	})
}

func TestFormulasAndErrors(t *testing.T) {
	data := workbook(t, func(f *excelize.File) {
		setRows(t, f, "Sheet1", 1, [][]any{
			{"Commodity", "Period", "Value (CNY 100 million)"},
			{"chips", "2024-04", 100},
			{"chips", "2024-05", 110},
			{"chips", "2024-04..2024-05", nil},
			{"phones", "2024-04", nil},
			{"cars", "2024-04", "#DIV/0!"},
			{"ships", "2024-04", 12.5},
		})
		// Cached value present: written as a formula with a stored result.
		must(t, f.SetCellFormula("Sheet1", "C4", "C2+C3"))
		must(t, f.SetCellValue("Sheet1", "C4", 210)) // sets the cached value, drops the formula
		must(t, f.SetCellFormula("Sheet1", "C4", "C2+C3"))
		// No cached value.
		must(t, f.SetCellFormula("Sheet1", "C5", "1/0"))
	})
	doc, err := readXLSX(t, data, "formulas.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, doc)
	got := byCell(doc.Figures)
	if _, ok := got["Sheet1!C5"]; ok {
		t.Errorf("uncached formula produced a figure")
	}
	if _, ok := got["Sheet1!C7"]; !ok {
		t.Errorf("the row after bad cells was lost")
	}
	joined := strings.Join(doc.Warnings, "\n")
	for _, w := range []string{"Sheet1!C5: formula =1/0 has no computed value", "Sheet1!C6: error value #DIV/0!"} {
		if !strings.Contains(joined, w) {
			t.Errorf("warnings lack %q:\n%s", w, joined)
		}
	}
}

// TestFormulaCachedValue writes a workbook whose formula cell carries a
// cached value, as Excel saves it, and expects the value to be used.
func TestFormulaCachedValue(t *testing.T) {
	data := workbook(t, func(f *excelize.File) {
		setRows(t, f, "Sheet1", 1, [][]any{
			{"Commodity", "Period", "Value (CNY 100 million)"},
			{"chips", "2024-04", 100},
			{"chips", "2024-05", 110},
			{"chips", "2024-04..2024-05", nil},
		})
	})
	data = patchSheetXML(t, data, `<c r="C4"`, `<c r="C4"><f>C2+C3</f><v>210</v></c><c r="Z99"`)
	doc, err := readXLSX(t, data, "cached.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	f, ok := byCell(doc.Figures)["Sheet1!C4"]
	if !ok || f.Value != 210e8 {
		dump(t, doc)
		t.Errorf("cached formula value not used: %+v", f)
	}
}

// patchSheetXML edits xl/worksheets/sheet1.xml of a workbook: the first
// occurrence of old becomes new (old must be present).
func patchSheetXML(t testing.TB, data []byte, old, new string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	must(t, err)
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	found := false
	for _, zf := range zr.File {
		rc, err := zf.Open()
		must(t, err)
		var b bytes.Buffer
		_, err = b.ReadFrom(rc)
		must(t, err)
		rc.Close()
		content := b.Bytes()
		if zf.Name == "xl/worksheets/sheet1.xml" {
			s := string(content)
			if !strings.Contains(s, old) {
				// Empty cells are not written; add the cell to row 4.
				s = strings.Replace(s, `<row r="4">`, `<row r="4">`, 1)
				s = strings.Replace(s, `</row></sheetData>`, `</row></sheetData>`, 1)
				i := strings.Index(s, `<row r="4"`)
				j := strings.Index(s[i:], "</row>")
				s = s[:i+j] + strings.TrimSuffix(strings.Replace(new, `<c r="Z99"`, "", 1), "") + s[i+j:]
			} else {
				s = strings.Replace(s, old, new, 1)
			}
			content = []byte(s)
			found = true
		}
		w, err := zw.Create(zf.Name)
		must(t, err)
		_, err = w.Write(content)
		must(t, err)
	}
	must(t, zw.Close())
	if !found {
		t.Fatal("no sheet1.xml")
	}
	return out.Bytes()
}

func TestHiddenSheet(t *testing.T) {
	data := workbook(t, func(f *excelize.File) {
		setRows(t, f, "Sheet1", 1, [][]any{{"Commodity", "Period", "Value (USD)"}, {"chips", "2024-04", 5}})
		_, err := f.NewSheet("secret")
		must(t, err)
		setRows(t, f, "secret", 1, [][]any{{"Commodity", "Period", "Value (USD)"}, {"chips", "2024-04", 7}})
		must(t, f.SetSheetVisible("secret", false))
	})
	doc, err := readXLSX(t, data, "hidden.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Figures) != 1 || doc.Figures[0].Cell != "Sheet1!C2" {
		t.Errorf("figures: %+v", doc.Figures)
	}
	if !strings.Contains(strings.Join(doc.Warnings, "\n"), `sheet "secret" is hidden; skipped`) {
		t.Errorf("no hidden-sheet warning: %q", doc.Warnings)
	}
}

func TestNotesSheetIsSkipped(t *testing.T) {
	data := workbook(t, func(f *excelize.File) {
		setRows(t, f, "Sheet1", 1, [][]any{{"These statistics are preliminary."}, {"Source: GAC"}})
		_, err := f.NewSheet("data")
		must(t, err)
		setRows(t, f, "data", 1, [][]any{{"Commodity", "Period", "Value (USD)"}, {"chips", "2024-04", 5}})
	})
	doc, err := readXLSX(t, data, "notes.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Figures) != 1 {
		t.Errorf("figures: %+v", doc.Figures)
	}
	if !strings.Contains(strings.Join(doc.Warnings, "\n"), `sheet "Sheet1"`) {
		t.Errorf("no warning for the notes sheet: %q", doc.Warnings)
	}
}

func TestDateSerialPeriods(t *testing.T) {
	data := workbook(t, func(f *excelize.File) {
		setRows(t, f, "Sheet1", 1, [][]any{
			{"Metric", "Flow", "Month", "Value", "Unit"},
			{"integrated circuits", "export", 45383, 1034.5, "亿元"}, // serial, General format
			{"integrated circuits", "export", 45413, 1100.2, "亿元"},
		})
		// A date-formatted serial is displayed as a date; both must read as months.
		style, err := f.NewStyle(&excelize.Style{NumFmt: 14})
		must(t, err)
		must(t, f.SetCellStyle("Sheet1", "C3", "C3", style))
	})
	doc, err := readXLSX(t, data, "dates.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, doc)
	checkWant(t, doc, []want{
		{cell: "Sheet1!D2", value: 103450000000, low: 103445000000, high: 103455000000, unit: "CNY", measure: figure.Value,
			metric: "integrated_circuits.export", flow: "export", period: "2024-04"},
		{cell: "Sheet1!D3", value: 110020000000, low: 110015000000, high: 110025000000, unit: "CNY", measure: figure.Value,
			metric: "integrated_circuits.export", flow: "export", period: "2024-05"},
	})
	if len(doc.Warnings) > 0 {
		t.Errorf("warnings: %q", doc.Warnings)
	}
}

func TestXLSXBadInputs(t *testing.T) {
	random := make([]byte, 4096)
	_, _ = rand.Read(random)
	truncated := customsCN(t)
	truncated = truncated[:len(truncated)/2]
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "bad.xlsx: empty file"},
		{"random bytes", random, "bad.xlsx: not an .xlsx workbook"},
		{"zip signature then junk", append([]byte("PK\x03\x04"), random...), "bad.xlsx: not a readable .xlsx workbook"},
		{"truncated", truncated, "bad.xlsx: not a readable .xlsx workbook"},
		{"legacy xls", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, random...), "legacy .xls"},
		{"zip without workbook", emptyZip(t), "bad.xlsx:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := readXLSX(t, tt.data, "bad.xlsx")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want %q", err, tt.want)
			}
		})
	}
}

func emptyZip(t testing.TB) []byte {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, err := zw.Create("hello.txt")
	must(t, err)
	_, _ = w.Write([]byte("hello"))
	must(t, zw.Close())
	return b.Bytes()
}

// TestZipBomb builds a workbook whose sheet XML unzips to 40 MB from a few
// tens of kilobytes; it must be refused before it is expanded.
func TestZipBomb(t *testing.T) {
	good := workbook(t, func(f *excelize.File) {
		setRows(t, f, "Sheet1", 1, [][]any{{"Commodity", "Period", "Value (USD)"}, {"chips", "2024-04", 5}})
	})
	zr, err := zip.NewReader(bytes.NewReader(good), int64(len(good)))
	must(t, err)
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, zf := range zr.File {
		rc, err := zf.Open()
		must(t, err)
		var b bytes.Buffer
		_, _ = b.ReadFrom(rc)
		rc.Close()
		w, err := zw.Create(zf.Name)
		must(t, err)
		content := b.Bytes()
		if zf.Name == "xl/worksheets/sheet1.xml" {
			// Pad with 40 MB of whitespace before the closing tag.
			i := bytes.LastIndex(content, []byte("</worksheet>"))
			_, _ = w.Write(content[:i])
			pad := bytes.Repeat([]byte(" "), 1<<20)
			for range 40 {
				_, _ = w.Write(pad)
			}
			_, _ = w.Write(content[i:])
			continue
		}
		_, _ = w.Write(content)
	}
	must(t, zw.Close())
	if out.Len() > 1<<20 {
		t.Fatalf("bomb is %d bytes; want a small file", out.Len())
	}
	_, err = readXLSX(t, out.Bytes(), "bomb.xlsx")
	if err == nil || !strings.Contains(err.Error(), "zip bomb") {
		t.Errorf("err = %v, want a zip-bomb refusal", err)
	}
}

func TestSizeLimit(t *testing.T) {
	opts := testOpts(t)
	opts.MaxBytes = 1000
	data := customsCN(t)
	_, err := XLSX{}.Read(context.Background(), bytes.NewReader(data), "big.xlsx", opts)
	if err == nil || !strings.Contains(err.Error(), "big.xlsx: larger than the 1000-byte input limit") {
		t.Errorf("err = %v", err)
	}
	_, err = CSV{}.Read(context.Background(), bytes.NewReader(bytes.Repeat([]byte("a,b\n"), 1000)), "big.csv", opts)
	if err == nil || !strings.Contains(err.Error(), "big.csv: larger than") {
		t.Errorf("err = %v", err)
	}
}

func TestHeaderErrors(t *testing.T) {
	tests := []struct {
		name string
		rows [][]any
		want string
	}{
		{"no value column", [][]any{{"2024年4月出口"}, {}, {"商品名称", "计量单位", "备注"}, {"手机", "万个", "x"}},
			`cols.xlsx: sheet "出口" row 3: no value column (want one of: 金额`},
		{"duplicate period", [][]any{{"Commodity", "Period", "Period", "Value (USD)"}, {"chips", "2024-04", "2024-05", 1}},
			`cols.xlsx: sheet "出口" row 1: duplicate period columns B ("Period") and C ("Period")`},
		{"duplicate value", [][]any{{"Commodity", "Period", "Value (USD)", "Value (USD)"}, {"chips", "2024-04", 1, 2}},
			`cols.xlsx: sheet "出口" row 1: duplicate column "Value (USD)" in C and D`},
		{"no period", [][]any{{"Commodity", "Value (USD)", "Unit"}, {"chips", 1, "USD"}},
			`cols.xlsx: sheet "出口" row 1: no period for column B`},
		{"no header", [][]any{{"hello"}, {1, 2, 3}},
			`cols.xlsx: sheet "出口" rows 1-2: no table header found`},
		{"empty sheet", nil, `cols.xlsx: sheet "出口": no table header found (the sheet is empty)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := workbook(t, func(f *excelize.File) {
				f.SetSheetName("Sheet1", "出口")
				setRows(t, f, "出口", 1, tt.rows)
			})
			_, err := readXLSX(t, data, "cols.xlsx")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v\nwant %q", err, tt.want)
			}
		})
	}
}

func TestBadCellsAreWarnings(t *testing.T) {
	data := workbook(t, func(f *excelize.File) {
		setRows(t, f, "Sheet1", 1, [][]any{
			{"Commodity", "Period", "Value", "Unit"},
			{"chips", "2024-04", "abc", "USD"},
			{"chips", "someday", 5, "USD"},
			{nil, "2024-04", 5, "USD"},
			{"chips", "2024-04", 5, "furlongs per fortnight 42"},
			{"chips", "2024-04", "(1,234)", "USD"},
		})
	})
	doc, err := readXLSX(t, data, "cells.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, doc)
	joined := strings.Join(doc.Warnings, "\n")
	for _, w := range []string{
		`Sheet1!C2: "abc" is not a number`,
		`Sheet1!B3: period "someday" not understood`,
		`Sheet1!A4: row has numbers but no commodity label`,
		`Sheet1!C5: no unit`,
	} {
		if !strings.Contains(joined, w) {
			t.Errorf("warnings lack %q:\n%s", w, joined)
		}
	}
	f, ok := byCell(doc.Figures)["Sheet1!C6"]
	if !ok || f.Value != -1234 || f.Unit != "USD" {
		t.Errorf("row 6 lost or wrong: %+v", f)
	}
}

// TestInputNotModified reads a workbook from disk and checks its hash.
func TestInputNotModified(t *testing.T) {
	path := filepath.Join(t.TempDir(), "in.xlsx")
	must(t, os.WriteFile(path, customsCN(t), 0o444))
	before := fileHash(t, path)
	fh, err := os.Open(path)
	must(t, err)
	defer fh.Close()
	if _, err := (XLSX{}).Read(context.Background(), fh, path, testOpts(t)); err != nil {
		t.Fatal(err)
	}
	if fileHash(t, path) != before {
		t.Error("input changed")
	}
}

func fileHash(t testing.TB, path string) [32]byte {
	b, err := os.ReadFile(path)
	must(t, err)
	return sha256.Sum256(b)
}

func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := XLSX{}.Read(ctx, bytes.NewReader(customsCN(t)), "c.xlsx", testOpts(t))
	if err == nil {
		t.Error("no error for a cancelled context")
	}
}

// TestOfWhichRows: a sub-row named like its parent gets its own metric.
func TestOfWhichRows(t *testing.T) {
	data := workbook(t, func(f *excelize.File) {
		setRows(t, f, "Sheet1", 1, [][]any{
			{"China's Exports of Major Commodities, April 2024"},
			{"Commodity", "Unit", "April", nil, "January-April", nil, "YoY %"},
			{nil, nil, "Quantity", "Value (RMB 10,000)", "Quantity", "Value (RMB 10,000)", "Quantity", "Value"},
			{"Mobile phones", "10,000 units", 6027.1, 3542100.5, 24105.4, 14302000.2, 3.2, -1.5},
			{"  of which: smartphones", "10,000 units", 5000, 3000000.5, 20000, 12000000, 2.2, -0.5},
			{"Integrated circuits", "100 million units", 261.2, 11835632.1, 981.5, 35524057.6, 11.2, 20.1},
		})
	})
	doc, err := readXLSX(t, data, "en.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	got := byCell(doc.Figures)
	if m := got["Sheet1!E4"].Metric; m != "mobile_phones.export" {
		t.Errorf("parent metric %q", m)
	}
	if f := got["Sheet1!E5"]; f.Metric != "smartphones.export" || f.Subject != "smartphones" {
		t.Errorf("sub-row metric %q (subject %q)", f.Metric, f.Subject)
	}
	if m := got["Sheet1!E6"].Metric; m != "integrated_circuits.export" {
		t.Errorf("next row metric %q", m)
	}
}

// TestCustomsEveryMonth builds the customs header for every month, in
// Chinese and English, and checks the periods read back.
func TestCustomsEveryMonth(t *testing.T) {
	for mo := 1; mo <= 12; mo++ {
		for _, english := range []bool{false, true} {
			name := figure.MonthName(mo)
			if english {
				name += " en"
			}
			t.Run(name, func(t *testing.T) {
				m := fmt.Sprint(mo)
				cum := "1至" + m + "月累计"
				head := [][]any{
					{fmt.Sprintf("2024年%d月出口主要商品量值表", mo)},
					{"商品名称", "计量单位", m + "月", nil, cum, nil, "累计比去年同期±%", nil},
					{nil, nil, "数量", "金额（万元）", "数量", "金额（万元）", "数量", "金额"},
				}
				if english {
					mon := figure.MonthName(mo)
					c := "January-" + mon
					head = [][]any{
						{fmt.Sprintf("China's exports of major commodities, %s 2024", mon)},
						{"Commodity", "Unit", mon, nil, c, nil, c + " y/y %", nil},
						{nil, nil, "Quantity", "Value (RMB 10,000)", "Quantity", "Value (RMB 10,000)", "Quantity", "Value"},
					}
				}
				data := workbook(t, func(f *excelize.File) {
					setRows(t, f, "Sheet1", 1, append(head, []any{"手机", "万个", 1.5, 2.5, 3.5, 4.5, 5.5, 6.5}))
					for _, mc := range [][2]string{{"A1", "H1"}, {"A2", "A3"}, {"B2", "B3"}, {"C2", "D2"}, {"E2", "F2"}, {"G2", "H2"}} {
						must(t, f.MergeCell("Sheet1", mc[0], mc[1]))
					}
				})
				doc, err := readXLSX(t, data, "m.xlsx")
				if err != nil {
					t.Fatal(err)
				}
				got := byCell(doc.Figures)
				month := figure.MonthPeriod(figure.MonthOf(2024, mo))
				ytd := figure.YTD(figure.MonthOf(2024, mo))
				for cell, want := range map[string]figure.Period{"Sheet1!C4": month, "Sheet1!D4": month, "Sheet1!E4": ytd, "Sheet1!F4": ytd, "Sheet1!G4": ytd, "Sheet1!H4": ytd} {
					if got[cell].Period != want {
						t.Errorf("%s: period %v, want %v", cell, got[cell].Period, want)
					}
				}
				if len(doc.Figures) != 6 || len(doc.Warnings) > 0 {
					t.Errorf("%d figures, warnings %q", len(doc.Figures), doc.Warnings)
				}
			})
		}
	}
}

// TestStackedTables: an export table, then an import table in the same
// sheet, then the import header repeated as on a new printed page.
func TestStackedTables(t *testing.T) {
	header := [][]any{
		{"商品名称", "计量单位", "4月", nil, "1至4月累计", nil},
		{nil, nil, "数量", "金额", "数量", "金额"},
	}
	rows := [][]any{{"2024年4月出口主要商品量值表"}, {"单位：万元"}}
	rows = append(rows, header...)
	rows = append(rows, []any{"手机", "万个", 6027.1, 3542100.5, 24105.4, 14302000.2}, []any{"注：初步数。"}, []any{})
	rows = append(rows, []any{"2024年4月进口主要商品量值表"}, []any{"单位：亿元"})
	rows = append(rows, header...)
	rows = append(rows, []any{"集成电路", "亿个", 45.1, 2000.5, 180.2, 8000.4})
	rows = append(rows, header...) // repeated on the next page, no title
	rows = append(rows, []any{"大豆", "万吨", 900.1, 400.2, 3000.3, 1500.4})
	data := workbook(t, func(f *excelize.File) { setRows(t, f, "Sheet1", 1, rows) })
	doc, err := readXLSX(t, data, "stacked.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, doc)
	got := byCell(doc.Figures)
	for cell, w := range map[string]struct {
		metric string
		value  float64
	}{
		"Sheet1!D5":  {"mobile_phones.export", 35421005000},
		"Sheet1!D12": {"integrated_circuits.import", 200050000000},
		"Sheet1!F15": {"soybeans.import", 150040000000},
	} {
		if f := got[cell]; f.Metric != w.metric || f.Value != w.value {
			t.Errorf("%s: %s %v, want %s %v", cell, f.Metric, f.Value, w.metric, w.value)
		}
	}
	if len(doc.Figures) != 12 || len(doc.Warnings) > 0 {
		t.Errorf("%d figures, warnings %q", len(doc.Figures), doc.Warnings)
	}
}

func TestHasFormulaTag(t *testing.T) {
	for _, tc := range []struct {
		xml  string
		want bool
	}{
		{`<c r="A1"><v>1</v></c>`, false},
		{`<c r="A1"><f>A2+1</f></c>`, true},
		{`<c r="A1"><f t="shared" ref="A1:A3" si="0">B1</f></c>`, true},
		{`<c r="A2"><f t="shared" si="0"/></c>`, true},
		{`<x:c r="A1"><x:f>1/0</x:f></x:c>`, true},
		{"<f\n>1</f>", true},
		{`<font><fill/><fonts count="1"/></font>`, false},
		{`<c r="A1" t="inlineStr"><is><t>&lt;f&gt;</t></is></c>`, false},
		{`<f`, false},
	} {
		if got := hasFormulaTag([]byte(tc.xml)); got != tc.want {
			t.Errorf("hasFormulaTag(%q) = %v, want %v", tc.xml, got, tc.want)
		}
	}
}

// TestUncachedFormulaReported: with formulas in the workbook, the check for
// uncached formulas still runs.
func TestUncachedFormulaReported(t *testing.T) {
	data := workbook(t, func(f *excelize.File) {
		setRows(t, f, "Sheet1", 1, [][]any{
			{"Commodity", "Period", "Value (CNY 100 million)"},
			{"chips", "2024-04", 100},
			{"phones", "2024-04", nil},
		})
		must(t, f.SetCellFormula("Sheet1", "C3", "1/0"))
	})
	doc, err := readXLSX(t, data, "formulas.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.Join(doc.Warnings, "\n"), "Sheet1!C3: formula =1/0 has no computed value") {
		dump(t, doc)
		t.Errorf("uncached formula not reported")
	}
}
