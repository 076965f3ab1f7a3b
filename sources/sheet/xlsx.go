package sheet

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"

	"figcheck/sources"
)

const (
	// minUnzip is the smallest unzip budget a workbook gets, so that small
	// legitimate workbooks with highly compressible XML still open.
	minUnzip = 32 << 20
	// unzipRatio bounds how much larger than the file its XML may be; zip
	// bombs expand a thousandfold.
	unzipRatio = 100
	// maxFormulaChecks bounds the empty cells inspected for uncached formulas.
	maxFormulaChecks = 200
	// maxFormulaRows: sheets longer than this are not loaded whole to look
	// for uncached formulas (the check needs the sheet in memory).
	maxFormulaRows = 50000
)

var (
	zipMagic = []byte("PK\x03\x04")
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
)

// unzipLimit is the total uncompressed size allowed for a workbook of n
// bytes: unzipRatio times its size, at least minUnzip, at most 16 × the input limit.
func unzipLimit(n int64, opts sources.Options) int64 {
	maxIn := opts.MaxBytes
	if maxIn <= 0 {
		maxIn = sources.DefaultMaxBytes
	}
	return min(max(n*unzipRatio, minUnzip), 16*maxIn)
}

// Read implements sources.Reader for .xlsx workbooks.
func (XLSX) Read(ctx context.Context, r io.Reader, name string, opts sources.Options) (doc sources.Document, err error) {
	data, err := readLimited(r, name, opts)
	if err != nil {
		return doc, err
	}
	switch {
	case bytes.HasPrefix(data, oleMagic):
		return doc, fmt.Errorf("%s: an encrypted workbook or a legacy .xls file, not .xlsx (save it as an unprotected .xlsx)", name)
	case !bytes.HasPrefix(data, zipMagic):
		return doc, fmt.Errorf("%s: not an .xlsx workbook (no zip signature)", name)
	}
	var pk *fastPackage
	if opts.Memo != nil {
		if pk = openFast(data, opts); pk != nil {
			if v, ok := opts.Memo.Load(pk.key); ok {
				if meta := v.(*bookMeta); !meta.keyFormulas && pk.load() {
					if doc, err, ok := readFast(ctx, name, opts, pk, meta); ok {
						return doc, err
					}
				}
				pk = nil // read again below; the verdict is already kept
			}
		}
	}
	// excelize parses attacker-controlled XML; a panic in it must not take
	// the whole run down.
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%s: malformed workbook: %v", name, p)
		}
	}()
	limit := unzipLimit(int64(len(data)), opts)
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit:    limit,
		UnzipXMLSizeLimit: min(limit, 16<<20),
	})
	if err != nil {
		if strings.Contains(err.Error(), "unzip size") {
			return doc, fmt.Errorf("%s: workbook expands beyond %d bytes when unzipped (a zip bomb?): %w", name, limit, err)
		}
		return doc, fmt.Errorf("%s: not a readable .xlsx workbook: %w", name, err)
	}
	defer f.Close()
	doc, err = readBook(ctx, name, opts, &excelBook{f: f, formulas: mayHoldFormulas(f, data)})
	if err == nil {
		pk.remember(f, opts.Memo)
	}
	return doc, err
}

// readFast reads a workbook with the fast reader; ok is false when it gave
// up (the workbook must then be read through excelize).
func readFast(ctx context.Context, name string, opts sources.Options, pk *fastPackage, meta *bookMeta) (doc sources.Document, err error, ok bool) {
	defer func() {
		if p := recover(); p != nil {
			ok = false
		}
	}()
	doc, err = readBook(ctx, name, opts, &fastBook{pk: pk, meta: meta})
	if errors.Is(err, errFallback) {
		return sources.Document{}, nil, false
	}
	return doc, err, true
}

// sheetBook is what readBook needs of an open workbook.
type sheetBook interface {
	sheetList() []string
	visible(i int) bool
	// readSheet streams sheet i through the extractor and returns its number of rows.
	readSheet(ctx context.Context, x *extractor, i int) (int, error)
}

// excelBook is a workbook opened by excelize.
type excelBook struct {
	f        *excelize.File
	formulas bool // some part may hold a formula (mayHoldFormulas)
	sheets   []string
}

func (b *excelBook) sheetList() []string {
	b.sheets = b.f.GetSheetList()
	return b.sheets
}

func (b *excelBook) visible(i int) bool {
	v, _ := b.f.GetSheetVisible(b.sheets[i])
	return v
}

func (b *excelBook) readSheet(ctx context.Context, x *extractor, i int) (int, error) {
	if len(b.sheets) == 1 {
		x.rowsHint, x.figsHint = b.sizeHints()
	}
	nrows, err := readXLSXSheet(ctx, b.f, x, b.sheets[i])
	if err == nil && b.formulas && nrows <= maxFormulaRows {
		x.checkFormulas(b.f)
	}
	return nrows, err
}

// sizeHints counts the row and cell elements of a workbook's only
// worksheet part, when it is large enough for the figure slice's growth to
// matter (the counts only size that slice).
func (b *excelBook) sizeHints() (rows, cells int) {
	var part []byte
	n := 0
	b.f.Pkg.Range(func(k, v any) bool {
		name, _ := k.(string)
		if strings.HasPrefix(name, "xl/worksheets/") && strings.HasSuffix(name, ".xml") && !strings.Contains(name[len("xl/worksheets/"):], "/") {
			part, _ = v.([]byte)
			n++
		}
		return true
	})
	if n != 1 || len(part) < 256<<10 {
		return 0, 0
	}
	return bytes.Count(part, []byte("<row")), bytes.Count(part, []byte("<c "))
}

// readBook reads every visible sheet of a workbook.
func readBook(ctx context.Context, name string, opts sources.Options, b sheetBook) (doc sources.Document, err error) {
	x, err := newExtractor(name, opts, &doc)
	if err != nil {
		return doc, err
	}
	defer x.finish()
	var noTable []error
	tables := 0
	sheets := b.sheetList()
	if len(sheets) == 0 {
		return doc, fmt.Errorf("%s: the workbook has no worksheets", name)
	}
	for i, sheet := range sheets {
		if err := ctx.Err(); err != nil {
			return doc, err
		}
		if !b.visible(i) {
			x.warnf("sheet %q is hidden; skipped", sheet)
			continue
		}
		x.emptyData = x.emptyData[:0]
		_, err := b.readSheet(ctx, x, i)
		switch {
		case errors.Is(err, errFallback):
			return doc, err
		case errors.Is(err, errNoTable):
			noTable = append(noTable, err)
			continue
		case err != nil:
			return doc, fmt.Errorf("%s: %w", name, err)
		}
		tables++
	}
	if tables == 0 {
		if len(noTable) == 1 {
			return doc, fmt.Errorf("%s: %w", name, noTable[0])
		}
		return doc, fmt.Errorf("%s: no sheet holds a table: %w", name, errors.Join(noTable...))
	}
	for _, e := range noTable {
		x.warnf("%v; sheet skipped", e)
	}
	return doc, nil
}

// readXLSXSheet streams one worksheet through the extractor with the Rows iterator.
func readXLSXSheet(ctx context.Context, f *excelize.File, x *extractor, sheet string) (int, error) {
	rows, err := f.Rows(sheet)
	if err != nil {
		return 0, fmt.Errorf("sheet %q: %w", sheet, err)
	}
	defer rows.Close()
	num := 0
	next := func() (rowData, bool, error) {
		if !rows.Next() {
			if err := rows.Error(); err != nil {
				return rowData{num: num}, false, err
			}
			return rowData{num: num}, false, nil
		}
		num++
		cells, err := rows.Columns()
		if err != nil {
			return rowData{num: num}, false, fmt.Errorf("row %d: %w", num, err)
		}
		return rowData{num: num, cells: cells}, true, nil
	}
	err = x.readSheet(ctx, sheet, next)
	return num, err
}

// mayHoldFormulas reports whether some part of the workbook may hold a
// formula element (<f> or <x:f>). When none does, no empty cell hides an
// uncached formula and checkFormulas, which loads whole sheets, is skipped.
// A part excelize did not keep in memory (a worksheet larger than the XML
// limit is unzipped to a temporary file) counts as holding formulas.
func mayHoldFormulas(f *excelize.File, data []byte) bool {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return true
	}
	for _, zf := range zr.File {
		if zf.FileInfo().IsDir() {
			continue
		}
		v, ok := f.Pkg.Load(strings.ReplaceAll(zf.Name, "\\", "/"))
		if !ok {
			return true
		}
		b, ok := v.([]byte)
		if !ok || hasFormulaTag(b) {
			return true
		}
	}
	return false
}

// hasFormulaTag reports whether XML text holds an element named f, with or
// without a namespace prefix. In XML text a '<' only ever opens markup, so a
// formula's text or a shared string cannot produce a false negative.
func hasFormulaTag(b []byte) bool {
	for _, open := range [][]byte{[]byte("<f"), []byte(":f")} {
		for s := b; ; {
			i := bytes.Index(s, open)
			if i < 0 || i+2 >= len(s) {
				break
			}
			switch s[i+2] {
			case '>', '/', ' ', '\t', '\r', '\n':
				return true
			}
			s = s[i+2:]
		}
	}
	return false
}

// checkFormulas reports empty data cells that hold a formula whose value was
// never computed (a workbook written by a program and not opened in Excel).
// The Rows iterator shows such cells as empty; excelize's GetCellFormula
// tells them apart, at the cost of loading the sheet, so only the first
// maxFormulaChecks empty cells are inspected.
func (x *extractor) checkFormulas(f *excelize.File) {
	for i, ref := range x.emptyData {
		if i >= maxFormulaChecks {
			break
		}
		j := strings.LastIndexByte(ref, '!')
		if j < 0 {
			continue
		}
		sheet, cell := ref[:j], ref[j+1:]
		formula, err := f.GetCellFormula(sheet, cell)
		if err == nil && formula != "" {
			x.warnf("%s: formula =%s has no computed value (open and save the workbook in a spreadsheet program); skipped", ref, truncate(formula, 40))
		}
	}
	x.emptyData = x.emptyData[:0]
}
