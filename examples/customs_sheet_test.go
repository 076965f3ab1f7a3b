package examples

import (
	"flag"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"
)

var update = flag.Bool("update", false, "rewrite corpus/sheets/customs-exports-2024-04.xlsx from customsRows")

const customsPath = "corpus/sheets/customs-exports-2024-04.xlsx"

// customsRows is the body of the example customs table: exports of major
// commodities, April 2024, values in 10,000 yuan, quantities in the row's unit.
// The handset row is where the article's "24.1054 million" comes from:
// 24,105.4 ten-thousand units is 241.054 million handsets.
var customsRows = [][]any{
	{"集成电路", "万个", 2626000, 9194000, 8868000, 35524000, 8.5, 23.5},
	{"手机", "万台", 5876.2, 6345000, 24105.4, 26676000, 1.2, -5.5},
	{"自动数据处理设备", "万台", 1602.3, 11523000, 6123.4, 44234000, 2.1, 5.6},
	{"船舶", "艘", 520, 2780000, 1850, 9410000, 20.5, 89.1},
}

// writeCustoms builds the workbook the way the customs office lays it out:
// a title row, two merged header rows, then one row per commodity.
func writeCustoms(path string) error {
	f := excelize.NewFile()
	defer f.Close()
	const sh = "出口"
	if err := f.SetSheetName("Sheet1", sh); err != nil {
		return err
	}
	set := func(cell string, v any) {
		if err := f.SetCellValue(sh, cell, v); err != nil {
			panic(err)
		}
	}
	set("A1", "2024年4月出口主要商品量值表")
	set("A2", "商品名称")
	set("B2", "计量单位")
	set("C2", "4月")
	set("E2", "1至4月累计")
	set("G2", "累计比去年同期±%")
	for col, h := range []string{"数量", "金额（万元）", "数量", "金额（万元）", "数量", "金额"} {
		set(fmt.Sprintf("%c3", 'C'+col), h)
	}
	for _, m := range [][2]string{{"A1", "H1"}, {"A2", "A3"}, {"B2", "B3"}, {"C2", "D2"}, {"E2", "F2"}, {"G2", "H2"}} {
		if err := f.MergeCell(sh, m[0], m[1]); err != nil {
			return err
		}
	}
	for i, row := range customsRows {
		if err := f.SetSheetRow(sh, fmt.Sprintf("A%d", i+4), &row); err != nil {
			return err
		}
	}
	return f.SaveAs(path)
}

// TestCustomsSheetMatchesTable keeps the committed workbook and customsRows in
// step; run with -update after editing customsRows.
func TestCustomsSheetMatchesTable(t *testing.T) {
	if *update {
		if err := writeCustoms(customsPath); err != nil {
			t.Fatal(err)
		}
	}
	f, err := excelize.OpenFile(filepath.FromSlash(customsPath))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("出口")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3+len(customsRows) {
		t.Fatalf("sheet has %d rows, want %d", len(rows), 3+len(customsRows))
	}
	for i, want := range customsRows {
		got := rows[i+3]
		for j, w := range want {
			if got[j] != fmt.Sprint(w) {
				t.Errorf("row %d col %d = %q, want %v", i+4, j+1, got[j], w)
			}
		}
	}
}

func TestCorpusListsEveryExample(t *testing.T) {
	want := []string{
		"articles/chip-exports-april-2024.txt", "articles/semiconductors-jan-nov-2024.md",
		"articles/trade-2024-review.html", "sheets/customs-exports-2024-04.xlsx", "sheets/monthly-trade-2024.csv",
	}
	for _, name := range want {
		if _, err := Corpus().Open(name); err != nil {
			t.Errorf("embedded corpus lacks %s: %v", name, err)
		}
	}
}
