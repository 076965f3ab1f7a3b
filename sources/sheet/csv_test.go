package sheet

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"figcheck/figure"
)

const tidyCSV = `metric,flow,period,value,unit
integrated circuits,export,2024-04,"1,034.5",亿元
integrated circuits,export,2024-01..2024-04,3552.4,亿元
集成电路,出口,2024年1-4月,355.24,billion yuan
mobile phones,export,January-April 2024,"24,105.4",万个
mobile phones,export,2024-04,6.2,%
goods,total,2024,"43,850",CNY 100 million
rare-earth magnets,export,2024-04,"5,000",吨
`

func TestTidyCSV(t *testing.T) {
	doc, err := readCSV(t, []byte(tidyCSV), "data/tidy.csv")
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, doc)
	checkWant(t, doc, []want{
		{cell: "tidy!D2", value: 103450000000, low: 103445000000, high: 103455000000, unit: "CNY", measure: figure.Value,
			metric: "integrated_circuits.export", flow: "export", period: "2024-04", quote: "1,034.5"},
		{cell: "tidy!D4", value: 355240000000, low: 355235000000, high: 355245000000, unit: "CNY", measure: figure.Value,
			metric: "integrated_circuits.export", flow: "export", period: "2024-01..2024-04"},
		{cell: "tidy!D5", value: 241054000, low: 241053500, high: 241054500, unit: "units", measure: figure.Quantity,
			metric: "mobile_phones.export", flow: "export", period: "2024-01..2024-04"},
		{cell: "tidy!D6", value: 6.2, low: 6.15, high: 6.25, unit: "percent", measure: figure.Growth, basis: "yoy",
			metric: "mobile_phones.export", flow: "export", period: "2024-04"},
		{cell: "tidy!D7", value: 4385000000000, low: 4384950000000, high: 4385050000000, unit: "CNY", measure: figure.Value,
			metric: "goods.total", flow: "total", period: "2024-01..2024-12"},
		{cell: "tidy!D8", value: 5000, low: 4999.5, high: 5000.5, unit: "tonnes", measure: figure.Quantity,
			metric: "rare_earth_magnets.export", subject: "rare-earth magnets", flow: "export", period: "2024-04"},
	})
	f := byCell(doc.Figures)["tidy!D2"]
	if f.ID != "data/tidy.csv#tidy!D2" || f.Source != "data/tidy.csv" {
		t.Errorf("provenance %q %q", f.ID, f.Source)
	}
	if len(doc.Warnings) > 0 {
		t.Errorf("warnings: %q", doc.Warnings)
	}
}

// TestTidyColumnsVariants covers separate year/month and start/end columns,
// partner and measure columns, semicolons, and a claims table with quote,
// qualifier and source.
func TestTidyColumnsVariants(t *testing.T) {
	t.Run("year and month", func(t *testing.T) {
		doc, err := readCSV(t, []byte("商品名称;年份;月份;金额（亿美元）;国家/地区\n集成电路;2024;4;145.3;韩国\n"), "ym.csv")
		if err != nil {
			t.Fatal(err)
		}
		checkWant(t, doc, []want{{cell: "ym!D2", value: 14530000000, low: 14525000000, high: 14535000000, unit: "USD",
			measure: figure.Value, metric: "integrated_circuits", period: "2024-04"}})
		if f := byCell(doc.Figures)["ym!D2"]; f.Partner != "韩国" {
			t.Errorf("partner %q", f.Partner)
		}
	})
	t.Run("start and end", func(t *testing.T) {
		doc, err := readCSV(t, []byte("item\tstart\tend\tflow\tmeasure\tvalue\tunit\nchips\t2024-01\t2024-04\tX\tyoy growth of value\t-5.5\t%\n"), "se.csv")
		if err != nil {
			t.Fatal(err)
		}
		checkWant(t, doc, []want{{cell: "se!F2", value: -5.5, low: -5.55, high: -5.45, unit: "percent",
			measure: figure.Growth, basis: "yoy", of: "value", metric: "integrated_circuits.export", flow: "export", period: "2024-01..2024-04"}})
	})
	t.Run("claims table", func(t *testing.T) {
		in := "claim,subject,flow,period,value,unit,qualifier,source\n" +
			"\"exports of chips exceeded 1 trillion yuan\",chips,export,2024,1,trillion yuan,more than,Reuters 2025-01-13\n"
		doc, err := readCSV(t, []byte(in), "claims.csv")
		if err != nil {
			t.Fatal(err)
		}
		f, ok := byCell(doc.Figures)["claims!E2"]
		if !ok {
			dump(t, doc)
			t.Fatal("no figure")
		}
		if f.Value != 1e12 || f.Low != 0.5e12 || f.High != 1.5e12*1.2 || f.Qualifier != figure.QualMoreThan ||
			f.Quote != "exports of chips exceeded 1 trillion yuan" || !strings.Contains(f.Context, "Reuters") {
			t.Errorf("claim figure: %+v", f)
		}
	})
}

func TestCSVEncodings(t *testing.T) {
	const body = "商品名称,时间,金额,单位\n手机,2024-04,\"24,105.4\",万元\n"
	gb, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(body))
	must(t, err)
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(body))
	must(t, err)
	u16le, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(body))
	must(t, err)
	u16be, err := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(body))
	must(t, err)
	u16noBOM, err := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder().Bytes([]byte(body))
	must(t, err)
	tests := []struct {
		name string
		data []byte
		note string
	}{
		{"utf-8", []byte(body), ""},
		{"utf-8 with BOM", append([]byte{0xEF, 0xBB, 0xBF}, body...), ""},
		{"utf-16le BOM", u16le, ""},
		{"utf-16be BOM", u16be, ""},
		{"utf-16le no BOM", u16noBOM, "UTF-16 without BOM"},
		{"gb18030", gb, "decoded as GB18030"},
		{"gbk", gbk, "decoded as GB18030"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := readCSV(t, tt.data, "enc.csv")
			if err != nil {
				t.Fatal(err)
			}
			f, ok := byCell(doc.Figures)["enc!C2"]
			if !ok || f.Value != 241054000 || f.Metric != "mobile_phones" || f.Context != "手机" {
				dump(t, doc)
				t.Fatalf("figure: %+v", f)
			}
			joined := strings.Join(doc.Warnings, "\n")
			if (tt.note == "") != (joined == "") || !strings.Contains(joined, tt.note) {
				t.Errorf("warnings %q, want %q", joined, tt.note)
			}
		})
	}
}

func TestCSVInvalidUTF8(t *testing.T) {
	// 0xFF is neither UTF-8 nor GB18030: replaced, with a warning, rows kept.
	in := []byte("commodity,period,value,unit\nchips\xff\xff,2024-04,5,USD\nphones,2024-04,6,USD\n")
	doc, err := readCSV(t, in, "bad.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Figures) != 2 {
		dump(t, doc)
		t.Errorf("%d figures, want 2", len(doc.Figures))
	}
	if !strings.Contains(strings.Join(doc.Warnings, "\n"), "bad.csv: ") {
		t.Errorf("no encoding warning: %q", doc.Warnings)
	}
}

func TestCSVBadInputs(t *testing.T) {
	long := append([]byte("commodity,period,value\n"), bytes.Repeat([]byte("1,"), 5<<20)...) // a 10 MB line
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "x.csv: empty file"},
		{"binary", []byte("PK\x03\x04\x00\x00\x00junk"), "x.csv: line 1: binary data"},
		{"10 MB line", long, "x.csv: line 2 is 10485760 bytes long (limit 1048576): not a table"},
		{"only a header", []byte("commodity,period,value,unit\n"), ""},
		{"no header", []byte("1,2,3\n4,5,6\n"), `x.csv: sheet "x" rows 1-2: no table header found`},
		{"missing value column", []byte("commodity,period,unit\nchips,2024-04,USD\n"), `x.csv: sheet "x" row 1: no value column`},
		{"duplicate columns", []byte("commodity,period,value,value\nchips,2024-04,1,2\n"), `x.csv: sheet "x" row 1: duplicate column "value" in C and D`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := readCSV(t, tt.data, "x.csv")
			if tt.want == "" {
				if err != nil {
					t.Errorf("err = %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v\nwant %q", err, tt.want)
			}
		})
	}
}

// TestCSVFormulaText: a CSV exported with formulas shows them as text.
func TestCSVFormulaText(t *testing.T) {
	doc, err := readCSV(t, []byte("commodity,period,value,unit\nchips,2024-04,=SUM(A1:A3),USD\nchips,2024-05,#REF!,USD\nchips,2024-06,7,USD\n"), "f.csv")
	if err != nil {
		t.Fatal(err)
	}
	joined := strings.Join(doc.Warnings, "\n")
	for _, w := range []string{"f!C2: formula =SUM(A1:A3) without a computed value", "f!C3: error value #REF!"} {
		if !strings.Contains(joined, w) {
			t.Errorf("warnings lack %q: %s", w, joined)
		}
	}
	if len(doc.Figures) != 1 {
		t.Errorf("%d figures, want 1", len(doc.Figures))
	}
}

// TestCSVCustomsWide: the customs layout also arrives as CSV, merged cells
// exported as blanks.
func TestCSVCustomsWide(t *testing.T) {
	in := "2024年1-2月进口主要商品量值表,,,\n" +
		"单位：万元,,,\n" +
		"商品名称,计量单位,1-2月,\n" +
		",,数量,金额\n" +
		"大豆,万吨,1234.5,\"5,678,901\"\n"
	doc, err := readCSV(t, []byte(in), "gac.csv")
	if err != nil {
		t.Fatal(err)
	}
	checkWant(t, doc, []want{
		{cell: "gac!C5", value: 12345000, low: 12344500, high: 12345500, unit: "tonnes", measure: figure.Quantity,
			metric: "soybeans.import", flow: "import", period: "2024-01..2024-02"},
		{cell: "gac!D5", value: 56789010000, low: 56789005000, high: 56789015000, unit: "CNY", measure: figure.Value,
			metric: "soybeans.import", flow: "import", period: "2024-01..2024-02"},
	})
}

// TestWideRows: cells beyond maxColumns are ignored with one warning, and a
// very wide row of text is not taken for a header.
func TestWideRows(t *testing.T) {
	var b strings.Builder
	b.WriteString("commodity,period,value,unit\nchips,2024-04,5,USD" + strings.Repeat(",x", 2000) + "\n")
	doc, err := readCSV(t, []byte(b.String()), "wide.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Figures) != 1 || !strings.Contains(strings.Join(doc.Warnings, "\n"), "rows wider than 1024 columns") {
		t.Errorf("figures %d, warnings %q", len(doc.Figures), doc.Warnings)
	}
	_, err = readCSV(t, []byte(strings.Repeat("value,", 100000)+"\n"), "wide.csv")
	if err == nil || !strings.Contains(err.Error(), "no table header found") {
		t.Errorf("err = %v", err)
	}
}

func TestTotalRows(t *testing.T) {
	in := "2024年4月出口,,\n商品名称,4月 金额（亿元）,\n出口总值,\"21,023.6\",\n合计,\"21,023.6\",\nTotal exports,1,\n"
	doc, err := readCSV(t, []byte(in), "tot.csv")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range doc.Figures {
		if f.Metric != "goods.export" {
			t.Errorf("%s: metric %q, want goods.export", f.Cell, f.Metric)
		}
	}
	if len(doc.Figures) != 3 {
		t.Errorf("%d figures", len(doc.Figures))
	}
}

// TestYearColumns: a wide table by year, the unit in a unit column.
func TestYearColumns(t *testing.T) {
	doc, err := readCSV(t, []byte("商品名称,单位,2023,2024\n集成电路,亿元,\"10,000\",\"11,351.6\"\n"), "years.csv")
	if err != nil {
		t.Fatal(err)
	}
	checkWant(t, doc, []want{
		{cell: "years!C2", value: 1e12, low: 999950000000, high: 1000050000000, unit: "CNY", measure: figure.Value,
			metric: "integrated_circuits", period: "2023-01..2023-12"},
		{cell: "years!D2", value: 1135160000000, low: 1135155000000, high: 1135165000000, unit: "CNY", measure: figure.Value,
			metric: "integrated_circuits", period: "2024-01..2024-12"},
	})
}

// TestUnitValueColumn: a price column with a money-per-quantity unit.
func TestUnitValueColumn(t *testing.T) {
	doc, err := readCSV(t, []byte("商品名称,2024年4月 单价（美元/吨）\n稀土,\"7,183.2\"\n大豆,510\n"), "price.csv")
	if err != nil {
		t.Fatal(err)
	}
	checkWant(t, doc, []want{
		{cell: "price!B2", value: 7183.2, low: 7183.15, high: 7183.25, unit: "USD/tonnes", measure: figure.Price,
			metric: "rare_earths", period: "2024-04"},
	})
}

// TestPartnerTable: a GAC table by country (no commodity column), flows in
// the column headers.
func TestPartnerTable(t *testing.T) {
	in := "2024年4月进出口商品国别（地区）总值表,,,\n单位：亿元,,,\n国别（地区）,出口 4月,进口 4月,出口 1至4月\n东盟,\"3,501.2\",\"2,410.5\",\"13,320.1\"\n美国,\"3,000.5\",\"1,100.2\",\"11,702.3\"\n"
	doc, err := readCSV(t, []byte(in), "partners.csv")
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, doc)
	got := byCell(doc.Figures)
	f := got["partners!C4"]
	if f.Metric != "goods.import" || f.Partner != "东盟" || f.Value != 241050000000 || f.Period != p("2024-04") {
		t.Errorf("C4: %+v", f)
	}
	if f := got["partners!D5"]; f.Metric != "goods.export" || f.Partner != "美国" || f.Period != p("2024-01..2024-04") {
		t.Errorf("D5: %+v", f)
	}
}
