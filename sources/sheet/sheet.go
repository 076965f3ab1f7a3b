// Package sheet reads source sheets (.xlsx through excelize, .csv through
// encoding/csv) into figures.
//
// Two layouts are recognised from the header row(s), with Chinese or English
// headers matched case-insensitively against aliases:
//
//   - a tidy long table: one figure per row, with columns for the commodity or
//     metric (商品名称, commodity, item, metric ...), the value, the unit
//     (亿元, CNY 100 million, USD, 10,000 units ...), the period (2024-04,
//     2024-01..2024-04, January-April 2024, 2024年1-4月, or year/month or
//     start/end columns, dates and date serials included) and optionally flow,
//     partner, measure, qualifier, quote and source (editor-curated claims);
//   - a customs-style wide table (China GAC's monthly 主要商品量值表): a title
//     row naming flow and month, one row per commodity, and month, cumulative
//     and year-on-year columns, each for quantity and value, with units in the
//     headers (金额（万元）, Value (RMB 10,000)), in a 计量单位 column, or in a
//     note row (单位：万元). Two-row headers with merged cells are joined.
//
// Both layouts go through one column model: a data column either states its
// own period in the header (wide) or takes the row's period (tidy). A table
// by country (国别（地区）, no commodity column) gives goods trade by partner;
// a second table below the first, or a header repeated on a new page, is
// detected again; an "of which" row (其中：, indented) never shares its
// parent row's metric.
//
// Each numeric cell becomes one figure: ID "name#Sheet!F7", Cell "Sheet!F7"
// (a CSV's sheet is its file name without extension), Quote the cell's text
// as displayed, Value in base units after the unit scale, Low/High half a
// unit of the last stated digit times the scale (24,105.4 in 万个 is
// 241,054,000 ± 500). Subject and Metric come from the glossary; a commodity
// the glossary does not know keeps its label as Subject and gets a metric of
// slug(label) + "." + flow ("稀土永磁.export", "rare_earth_magnets.export").
//
// Use XLSX{} or CSV{} directly, or ForPath/ForExt to pick one by extension;
// both implement sources.Reader. Options.MaxBytes (default
// sources.DefaultMaxBytes) bounds the input; a workbook may unzip to at most
// 100 times its size (at least 32 MiB, at most 16 × MaxBytes), which stops
// zip bombs; CSV lines longer than 1 MiB are refused; tables are read up to
// 1024 columns wide. Options.Glossary names subjects (the built-in one when
// nil); Options.Widening widens figures of a claims table's qualifier column.
//
// Options.Memo, shared by the reads of a run, makes them cheaper without
// changing what they give: header labels, subjects, units and periods are
// worked out once per run instead of once per file, and a workbook of a kind
// excelize has already read without error in the run (same workbook, style
// and theme parts) is read by a fast reader that scans the sheet XML itself;
// a workbook with formulas, number formats other than General or unusual XML
// is always read through excelize.
//
// Structural problems (no header, duplicate or missing columns, a file that
// is not a workbook, too large, binary) are errors naming the file, sheet and
// row. Problems with single cells (error values, uncached formulas, text in
// number columns, unknown units or periods) are warnings naming the cell;
// the other cells and rows are still read. Inputs are never modified.
package sheet

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"figcheck/figure"
	"figcheck/sources"
)

// XLSX reads Excel workbooks (.xlsx). Every visible worksheet holding a
// table is read; hidden sheets are skipped with a warning. The zero value is
// ready to use.
type XLSX struct{}

// CSV reads comma-, semicolon- or tab-separated text in UTF-8 (with or
// without BOM), UTF-16 with BOM, or GB18030/GBK. The zero value is ready to use.
type CSV struct{}

var (
	_ sources.Reader = XLSX{}
	_ sources.Reader = CSV{}
)

// Formats lists the sheet formats, for help text.
func Formats() []sources.Format {
	return []sources.Format{
		{Name: "Excel workbook", Extensions: []string{".xlsx"}, Kind: figure.KindSheet},
		{Name: "CSV table", Extensions: []string{".csv"}, Kind: figure.KindSheet},
	}
}

// ForExt returns the reader for a file extension (".xlsx", ".csv", any case).
func ForExt(ext string) (sources.Reader, bool) {
	switch strings.ToLower(ext) {
	case ".xlsx":
		return XLSX{}, true
	case ".csv":
		return CSV{}, true
	}
	return nil, false
}

// ForPath returns the reader for a path by its extension.
func ForPath(path string) (sources.Reader, bool) { return ForExt(filepath.Ext(path)) }

// readLimited reads the whole input, refusing more than the size limit.
func readLimited(r io.Reader, name string, opts sources.Options) ([]byte, error) {
	limit := opts.MaxBytes
	if limit <= 0 {
		limit = sources.DefaultMaxBytes
	}
	var buf bytes.Buffer
	if size := sizeOf(r); size > 0 && size <= limit {
		buf.Grow(int(size) + bytes.MinRead) // one allocation instead of doublings
	}
	n, err := io.Copy(&buf, io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%s: read: %w", name, err)
	}
	if n > limit {
		return nil, fmt.Errorf("%s: larger than the %d-byte input limit (raise it with --max-input-size)", name, limit)
	}
	if n == 0 {
		return nil, fmt.Errorf("%s: empty file", name)
	}
	return buf.Bytes(), nil
}

// sizeOf returns the bytes left in r when r can tell (an in-memory reader,
// a regular file), else 0.
func sizeOf(r io.Reader) int64 {
	switch v := r.(type) {
	case interface{ Len() int }:
		return int64(v.Len())
	case *os.File:
		st, err := v.Stat()
		if err != nil || !st.Mode().IsRegular() {
			return 0
		}
		if off, err := v.Seek(0, io.SeekCurrent); err == nil && off <= st.Size() {
			return st.Size() - off
		}
	}
	return 0
}

// sheetBase is the sheet name of a CSV file: its base name without extension.
func sheetBase(name string) string {
	b := filepath.Base(name)
	b = strings.TrimSuffix(b, filepath.Ext(b))
	if b == "" || b == "." || b == "/" {
		return "csv"
	}
	return b
}
