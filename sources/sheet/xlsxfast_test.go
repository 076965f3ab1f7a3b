package sheet

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"io"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/xuri/excelize/v2"

	"figcheck/sources"
)

// sameAsExcelize reads a workbook through excelize and, when the fast
// reader takes it, through the fast reader, and fails unless both give the
// same document and error. It reports whether the fast reader took it.
func sameAsExcelize(t testing.TB, data []byte, name string, opts sources.Options) bool {
	t.Helper()
	want, wantErr := XLSX{}.Read(context.Background(), bytes.NewReader(data), name, opts)
	pk := openFast(data, opts)
	if pk == nil {
		return false
	}
	meta, ok := pk.readMeta()
	if !ok || meta.keyFormulas || !pk.load() {
		return false
	}
	got, gotErr, ok := readFast(context.Background(), name, opts, pk, meta)
	if !ok {
		return false
	}
	if fmt.Sprint(gotErr) != fmt.Sprint(wantErr) {
		t.Fatalf("%s: fast reader error %v, excelize %v", name, gotErr, wantErr)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%s: fast reader document differs:\n got %+v\nwant %+v", name, got, want)
	}
	return true
}

// rawBook is a workbook made by excelize whose sheet and shared strings
// XML are replaced; parts are stored uncompressed.
type rawBook struct {
	once  sync.Once
	parts []zipPart
	// styled adds two cell styles: 1 bold (General), 2 with number format 4 (#,##0.00).
	styled bool
}

type zipPart struct {
	name string
	data []byte
}

var sheetPrefix = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
	`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1"/><sheetData>`

const sheetSuffix = `</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`

const sstPrefix = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
	`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">`

func (rb *rawBook) build(t testing.TB, sheetXML, sstXML string) []byte {
	rb.once.Do(func() {
		f := excelize.NewFile()
		defer f.Close()
		must(t, f.SetCellValue("Sheet1", "A1", "x"))
		if rb.styled {
			bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
			must(t, err)
			num, err := f.NewStyle(&excelize.Style{NumFmt: 4})
			must(t, err)
			if bold != 1 || num != 2 {
				t.Fatalf("styles %d and %d, want 1 and 2", bold, num)
			}
		}
		var buf bytes.Buffer
		must(t, f.Write(&buf))
		zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
		must(t, err)
		for _, zf := range zr.File {
			rc, err := zf.Open()
			must(t, err)
			b, err := io.ReadAll(rc)
			must(t, err)
			rb.parts = append(rb.parts, zipPart{zf.Name, b})
		}
	})
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, p := range rb.parts {
		data := p.data
		switch p.name {
		case "xl/worksheets/sheet1.xml":
			data = []byte(sheetXML)
		case "xl/sharedStrings.xml":
			data = []byte(sstXML)
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Store})
		must(t, err)
		_, err = w.Write(data)
		must(t, err)
	}
	must(t, zw.Close())
	return out.Bytes()
}

var (
	fastTemplate   rawBook
	styledTemplate = rawBook{styled: true}
)

// TestFastReaderStyles: cells of a General style read as excelize formats
// them (long numbers shortened); other number formats are left to excelize.
func TestFastReaderStyles(t *testing.T) {
	opts := testOpts(t)
	sst := sstPrefix + `<si><t>Commodity</t></si><si><t>Period</t></si><si><t>Value (CNY 100 million)</t></si><si><t>12345678901234</t></si></sst>`
	header := `<row r="1"><c r="A1" t="s" s="1"><v>0</v></c><c r="B1" t="s" s="1"><v>1</v></c><c r="C1" t="s" s="1"><v>2</v></c></row>`
	var rows strings.Builder
	for i, v := range []string{"12.5", "123456789012", "-12345678901", "1234567890.5", "0.000123456789012", "-0.5", "1e20",
		"99999999999", "NaN", "abc", "1_0", "00012", "12345678901234567890", "+7"} {
		fmt.Fprintf(&rows, `<row r="%d"><c r="A%[1]d" t="inlineStr" s="1"><is><t>item %[1]d</t></is></c><c r="B%[1]d" t="inlineStr" s="1"><is><t>2024-04</t></is></c>`+
			`<c r="C%[1]d" s="1"><v>%s</v></c><c r="D%[1]d" s="1" t="s"><v>3</v></c><c r="E%[1]d" s="7"><v>%[2]s</v></c></row>`, i+2, v)
	}
	data := styledTemplate.build(t, sheetPrefix+header+rows.String()+sheetSuffix, sst)
	if !sameAsExcelize(t, data, "styled.xlsx", opts) {
		t.Error("the fast reader did not take a workbook of General styles")
	}
	data = styledTemplate.build(t, sheetPrefix+header+`<row r="2"><c r="A2" t="s"><v>0</v></c><c r="C2" s="2"><v>1234.5</v></c></row>`+sheetSuffix, sst)
	if sameAsExcelize(t, data, "numfmt.xlsx", opts) {
		t.Error("the fast reader took a cell with a number format")
	}
}

// TestFastReaderSameAsExcelize feeds sheet XML of many shapes to both
// readers. Shapes the fast reader refuses are fine; shapes it takes must
// read exactly as through excelize.
func TestFastReaderSameAsExcelize(t *testing.T) {
	opts := testOpts(t)
	sst := sstPrefix + `<si><t>Commodity</t></si><si><t>Period</t></si><si><t>Value (CNY 100 million)</t></si>` +
		`<si><t xml:space="preserve"> chips &amp; parts </t></si><si><r><t>pho</t></r><r><t>nes</t></r></si>` +
		`<si><t>2024-04</t></si><si><t/></si><si><t>x_x000D_y</t></si></sst>`
	header := `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>`
	row := func(r int, cells string) string { return fmt.Sprintf(`<row r="%d">%s</row>`, r, cells) }
	for _, tc := range []struct {
		name string
		rows string
		sst  string
		fast bool // the fast reader must take it
	}{
		{"plain", header + row(2, `<c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>5</v></c><c r="C2"><v>12.5</v></c>`), sst, true},
		{"runs", header + row(2, `<c r="A2" t="s"><v>4</v></c><c r="B2" t="s"><v>5</v></c><c r="C2"><v>1.50</v></c>`), sst, true},
		{"numbers", header +
			row(2, `<c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>5</v></c><c r="C2"><v>0.30000000000000004</v></c>`) +
			row(3, `<c r="A3" t="s"><v>4</v></c><c r="B3" t="s"><v>5</v></c><c r="C3" t="n"><v>1.5E3</v></c>`) +
			row(5, `<c r="A5" t="inlineStr"><is><t>steel</t></is></c><c r="B5" t="str"><v>2024-04</v></c><c r="C5"><v>12345678901234567890</v></c>`) +
			row(6, `<c r="A6" t="inlineStr"><is><t>ore</t></is></c><c r="B6" t="s"><v> 5 </v></c><c r="C6"><v>-0</v></c>`) +
			row(7, `<c r="A7" t="inlineStr"><is><r><t>c</t></r><r><t>oal</t></r></is></c><c r="B7" t="s"><v>5</v></c><c r="C7"><v>1_000</v></c>`) +
			row(8, `<c r="A8" t="inlineStr"><is><t>gas</t></is></c><c r="B8" t="s"><v>5</v></c><c r="C8"><v>&#49;&#x32;</v></c>`) +
			row(9, `<c r="A9" t="inlineStr"/><c r="B9" t="s"><v>5</v></c><c r="C9"><v>7</v></c>`), sst, true},
		{"gaps and empty cells", header + row(4, `<c r="A4" t="s"><v>3</v></c><c r="B4" t="s"><v>5</v></c><c r="C4"/><c r="D4"><v></v></c><c r="F4"><v>3</v></c>`) +
			`<row r="6"/>` + row(7, `<c r="A7" t="s"><v>6</v></c><c r="C7"><v>4</v></c>`), sst, true},
		{"no sst", `<row r="1"><c r="A1" t="inlineStr"><is><t>Commodity</t></is></c><c r="B1" t="inlineStr"><is><t>Period</t></is></c>` +
			`<c r="C1" t="inlineStr"><is><t>Value (USD)</t></is></c></row>` + row(2, `<c r="A2" t="inlineStr"><is><t>chips</t></is></c>`+
			`<c r="B2" t="inlineStr"><is><t>2024-05</t></is></c><c r="C2"><v>9</v></c>`), "", true},
		{"whitespace", header + "\n  " + `<row r="2" spans="1:3" x14ac:dyDescent="0.25"> <c r="A2" t="s" ><v>3</v></c>` + "\n" +
			`<c r='B2' t='s'><v>5</v></c><c r="C2" s="0"><v>8</v></c></row>`, sst, true},
		{"bstr escape", header + row(2, `<c r="A2" t="s"><v>7</v></c><c r="B2" t="s"><v>5</v></c><c r="C2"><v>1</v></c>`), sst, false},
		{"rich run properties", header, strings.Replace(sst, "</sst>", `<si><r><rPr><b/></rPr><t>bold</t></r></si></sst>`, 1), false},
		{"inline escape", header + row(2, `<c r="A2" t="inlineStr"><is><t>a_x0009_b</t></is></c><c r="B2" t="s"><v>5</v></c><c r="C2"><v>1</v></c>`), sst, false},
		{"style out of range", header + row(2, `<c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>5</v></c><c r="C2" s="1"><v>1</v></c>`), sst, true},
		{"formula", header + row(2, `<c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>5</v></c><c r="C2"><f>1+1</f><v>2</v></c>`), sst, false},
		{"boolean", header + row(2, `<c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>5</v></c><c r="C2" t="b"><v>1</v></c>`), sst, false},
		{"error", header + row(2, `<c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>5</v></c><c r="C2" t="e"><v>#N/A</v></c>`), sst, false},
		{"rows out of order", header + row(3, `<c r="A3" t="s"><v>3</v></c>`) + row(2, `<c r="A2" t="s"><v>3</v></c>`), sst, false},
		{"cells out of order", header + row(2, `<c r="C2"><v>1</v></c><c r="A2" t="s"><v>3</v></c>`), sst, false},
		{"no cell reference", header + row(2, `<c t="s"><v>3</v></c>`), sst, false},
		{"comment", header + `<!-- x -->`, sst, false},
		{"carriage return", header + row(2, `<c r="A2" t="inlineStr"><is><t>a`+"\r\n"+`b</t></is></c>`), sst, false},
		{"bad entity", header + row(2, `<c r="A2" t="inlineStr"><is><t>a&nbsp;b</t></is></c>`), sst, false},
		{"bad shared string index", header + row(2, `<c r="A2" t="s"><v>99</v></c>`), sst, false},
		{"prefixed", header + `<x:row r="2"><x:c r="A2"><x:v>1</x:v></x:c></x:row>`, sst, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := fastTemplate.build(t, sheetPrefix+tc.rows+sheetSuffix, tc.sst)
			took := sameAsExcelize(t, data, "fast.xlsx", opts)
			if tc.fast && !took {
				t.Errorf("the fast reader did not take it")
			}
			if !tc.fast && took {
				t.Errorf("the fast reader took a workbook it must leave to excelize")
			}
		})
	}
}

// TestFastReaderFixtures checks the fast reader on the workbooks the other
// tests build, where it takes them.
func TestFastReaderFixtures(t *testing.T) {
	opts := testOpts(t)
	took := 0
	for name, data := range map[string][]byte{"customs.xlsx": customsCN(t), "bench.xlsx": benchXLSX(t)} {
		if sameAsExcelize(t, data, name, opts) {
			took++
		}
	}
	if took == 0 {
		t.Error("the fast reader took no fixture")
	}
}

// FuzzFastReader writes arbitrary sheet and shared strings XML into a
// workbook: where the fast reader takes it, it must read it as excelize does.
func FuzzFastReader(f *testing.F) {
	f.Add(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Period</t></is></c><c r="C1" t="s"><v>1</v></c></row>`+
		`<row r="2"><c r="A2" t="inlineStr"><is><t>chips</t></is></c><c r="B2" t="str"><v>2024-04</v></c><c r="C2"><v>12.5</v></c></row>`,
		`<si><t>Commodity</t></si><si><r><t>Value </t></r><r><t>(亿元)</t></r></si>`)
	f.Add(`<row r="2"><c r="A2"><v>1e3</v></c></row><row r="40"><c r="XFD40"><v>-1.50</v></c></row>`, `<si><t/></si>`)
	f.Add(`<row r="2"><c r="A2" s="1"><v>123456789012.5</v></c><c r="B2" s="1" t="s"><v>0</v></c></row>`, `<si><t>x</t></si>`)
	opts := testOpts(f)
	rb := rawBook{styled: true}
	f.Fuzz(func(t *testing.T, rows, sst string) {
		if !strings.Contains(sst, "<") {
			sst = ""
		} else {
			sst = sstPrefix + sst + "</sst>"
		}
		sameAsExcelize(t, rb.build(t, sheetPrefix+rows+sheetSuffix, sst), "fuzz.xlsx", opts)
	})
}
