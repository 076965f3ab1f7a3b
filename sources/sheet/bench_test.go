package sheet

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"figcheck/sources"
)

const benchRows = 20000

// benchCSV is a tidy table of benchRows rows.
func benchCSV() []byte {
	var b strings.Builder
	b.WriteString("commodity,flow,period,value,unit\n")
	names := []string{"integrated circuits", "mobile phones", "steel", "rare earths", "widget 7"}
	for i := range benchRows {
		fmt.Fprintf(&b, "%s,export,2024-%02d,\"%d,%03d.%d\",万元\n", names[i%len(names)], i%12+1, i%900+1, i%1000, i%10)
	}
	return []byte(b.String())
}

// benchXLSX is a customs-style workbook of benchRows rows and 6 data columns.
func benchXLSX(b testing.TB) []byte {
	return workbook(b, func(f *excelize.File) {
		sw, err := f.NewStreamWriter("Sheet1")
		must(b, err)
		rows := [][]any{
			{"2024年4月出口主要商品量值表"},
			{"商品名称", "计量单位", "4月", nil, "1至4月累计", nil, "累计比去年同期±%"},
			{nil, nil, "数量", "金额（万元）", "数量", "金额（万元）", "数量", "金额"},
		}
		for i := range benchRows {
			rows = append(rows, []any{fmt.Sprintf("商品%d", i%500), "万个", float64(i) + 0.5, float64(i) * 3.1, float64(i) * 4, float64(i) * 12.4, 3.2, -1.5})
		}
		for i, r := range rows {
			cell, _ := excelize.CoordinatesToCellName(1, i+1)
			must(b, sw.SetRow(cell, r))
		}
		must(b, sw.Flush())
	})
}

// BenchmarkReadCSV reports rows read per second for a tidy CSV.
func BenchmarkReadCSV(b *testing.B) {
	data := benchCSV()
	opts := testOpts(b)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		doc, err := CSV{}.Read(context.Background(), bytes.NewReader(data), "bench.csv", opts)
		if err != nil || len(doc.Figures) != benchRows {
			b.Fatalf("%v, %d figures", err, len(doc.Figures))
		}
	}
	b.ReportMetric(float64(benchRows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}

// BenchmarkReadXLSX reports rows read per second for a customs-style workbook.
func BenchmarkReadXLSX(b *testing.B) {
	data := benchXLSX(b)
	opts := testOpts(b)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		doc, err := XLSX{}.Read(context.Background(), bytes.NewReader(data), "bench.xlsx", opts)
		if err != nil || len(doc.Figures) < benchRows*5 {
			b.Fatalf("%v, %d figures", err, len(doc.Figures))
		}
	}
	b.ReportMetric(float64(benchRows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}

// BenchmarkReadXLSXMemo is BenchmarkReadXLSX with a run-wide memo, as the
// pipeline reads: the first two reads (not timed) go through excelize and
// leave its verdict in the memo, the others take the fast reader.
func BenchmarkReadXLSXMemo(b *testing.B) {
	data := benchXLSX(b)
	opts := testOpts(b)
	opts.Memo = new(sources.Memo)
	for range 2 {
		if _, err := (XLSX{}).Read(context.Background(), bytes.NewReader(data), "bench.xlsx", opts); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		doc, err := XLSX{}.Read(context.Background(), bytes.NewReader(data), "bench.xlsx", opts)
		if err != nil || len(doc.Figures) < benchRows*5 {
			b.Fatalf("%v, %d figures", err, len(doc.Figures))
		}
	}
	b.ReportMetric(float64(benchRows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
}

// benchLabels are header and title texts of customs and tidy tables.
var benchLabels = []string{
	"China's imports of major commodities, September 2024", "Commodity", "Unit", "September",
	"January-September", "January-September y/y %", "Quantity", "Value (RMB 10,000)", "Value",
	"subject", "flow", "partner", "period", "measure", "value", "unit", "note",
	"2024年4月出口主要商品量值表", "商品名称", "计量单位", "4月", "1至4月累计", "累计比去年同期±%", "数量", "金额（万元）", "金额",
}

// BenchmarkClassify reports the cost of classifying header labels, paid once
// per file for every label of its header rows and title.
func BenchmarkClassify(b *testing.B) {
	r := ref{Year: 2024, Month: 9}
	for b.Loop() {
		for _, l := range benchLabels {
			classify(l, r)
		}
	}
	b.ReportMetric(float64(len(benchLabels)*b.N)/b.Elapsed().Seconds(), "labels/s")
}
