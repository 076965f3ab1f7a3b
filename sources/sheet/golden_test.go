package sheet

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"figcheck/figure"
)

var (
	update   = flag.Bool("update", false, "rewrite the golden files under testdata/")
	fixtures = flag.Bool("fixtures", false, "regenerate the fixture workbooks under testdata/")
)

// golden is what a fixture is expected to give.
type golden struct {
	Figures  []figure.Figure `json:"figures"`
	Warnings []string        `json:"warnings"`
}

// TestGolden reads every fixture under testdata/ and compares the figures and
// warnings with NAME.golden.json (go test -run Golden -update rewrites them).
func TestGolden(t *testing.T) {
	if *fixtures {
		writeFixtures(t)
	}
	paths, err := filepath.Glob("testdata/*.*")
	must(t, err)
	n := 0
	for _, path := range paths {
		r, ok := ForPath(path)
		if !ok {
			continue
		}
		n++
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			must(t, err)
			name := filepath.ToSlash(path)
			doc, err := r.Read(context.Background(), bytes.NewReader(data), name, testOpts(t))
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, doc)
			got, err := json.MarshalIndent(golden{Figures: doc.Figures, Warnings: doc.Warnings}, "", "  ")
			must(t, err)
			got = append(got, '\n')
			gpath := strings.TrimSuffix(path, filepath.Ext(path)) + ".golden.json"
			if *update {
				must(t, os.WriteFile(gpath, got, 0o644))
				return
			}
			want, err := os.ReadFile(gpath)
			if err != nil {
				t.Fatalf("%v (run go test -run Golden -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s; rerun with -update and review the diff\n%s", path, gpath, firstDiff(string(got), string(want)))
			}
		})
	}
	if n < 3 {
		t.Errorf("only %d fixtures found", n)
	}
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return "line " + itoa(i+1) + ":\n got: " + al[i] + "\nwant: " + bl[i]
		}
	}
	return "lengths differ"
}

func itoa(i int) string { return strings.TrimSpace(strings.Repeat(" ", 0) + jsonInt(i)) }

func jsonInt(i int) string { b, _ := json.Marshal(i); return string(b) }

// writeFixtures regenerates the workbook fixtures (go test -run Golden -fixtures -update).
func writeFixtures(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", "出口")
	setRows(t, f, "出口", 1, [][]any{
		{"（10）2024年4月出口主要商品量值表"},
		{"单位：万元"},
		{"商品名称", "计量单位", "4月", nil, "1至4月累计", nil, "累计比去年同期±%"},
		{nil, nil, "数量", "金额", "数量", "金额", "数量", "金额"},
		{"农产品", "-", "-", 6003540.1, "-", 22153412.6, "-", 1.9},
		{"钢材", "万吨", 922.1, 4561231.2, 3554.4, 17561120.5, 24.8, -6.3},
		{"稀土", "吨", 4804.6, 34512.3, 16511.2, 120532.6, 13.9, -30.6},
		{"服装及衣着附件", "-", "-", 10521354.3, "-", 39765431.2, "-", 0.4},
		{"手机", "万个", 6027.1, 3542100.5, 24105.4, 14302000.2, 3.2, -1.5},
		{"集成电路", "万个", 2611530.2, 11835632.1, 9815237.4, 35524057.6, 11.2, 20.1},
		{"汽车（包括底盘）", "辆", 585632, 5845123.6, 1912045, 19512365.2, 30.5, 25.1},
		{"船舶", "艘", 512, 2012536.2, 1795, 7621532.9, 15.6, 75.3},
		{"锂离子蓄电池", "万个", 32512.3, 3785412.6, 122015.6, 14102563.2, 7.6, -19.8},
		{"注：本表为初步数。"},
	})
	must(t, f.MergeCell("出口", "A1", "H1"))
	must(t, f.MergeCell("出口", "C3", "D3"))
	must(t, f.MergeCell("出口", "E3", "F3"))
	must(t, f.MergeCell("出口", "G3", "H3"))
	must(t, f.MergeCell("出口", "A3", "A4"))
	must(t, f.MergeCell("出口", "B3", "B4"))
	style, err := f.NewStyle(&excelize.Style{NumFmt: 4}) // #,##0.00
	must(t, err)
	must(t, f.SetCellStyle("出口", "D5", "D13", style))
	_, err = f.NewSheet("说明")
	must(t, err)
	setRows(t, f, "说明", 1, [][]any{{"数据来源：海关统计数据在线查询平台。"}})
	must(t, f.SaveAs("testdata/customs-2024-04.xlsx"))

	e := excelize.NewFile()
	defer e.Close()
	e.SetSheetName("Sheet1", "Imports")
	setRows(t, e, "Imports", 1, [][]any{
		{"China's Imports of Major Commodities, January-February 2024"},
		{"Commodity", "Unit", "January-February", nil, "YoY %", nil},
		{nil, nil, "Quantity", "Value (USD 1,000)", "Quantity", "Value"},
		{"Soybeans", "10,000 tonnes", 1319.7, 7412563.2, -5.3, -21.4},
		{"Crude oil", "10,000 tonnes", 8831.3, 52106354.1, 5.1, 7.9},
		{"Integrated circuits", "100 million units", 784.3, 58512362.3, 16.1, 14.9},
		{"Natural gas", "10,000 tonnes", 2148.1, 11452312.6, 23.6, 2.4},
		{"Automobiles (including chassis)", "units", 95231, 4501236.5, -8.5, -13.2},
	})
	must(t, e.MergeCell("Imports", "C2", "D2"))
	must(t, e.MergeCell("Imports", "E2", "F2"))
	must(t, e.SaveAs("testdata/gac-imports-2024-02.xlsx"))

	gb, err := simplifiedchinese.GB18030.NewEncoder().String("商品名称,计量单位,2024年10月 数量,2024年10月 金额（亿元）\n" +
		"集成电路,亿个,\"2,512.3\",\"1,450.6\"\n手机,万个,\"7,125.2\",\"1,102.5\"\n汽车,万辆,59.1,\"1,023.4\"\n")
	must(t, err)
	must(t, os.WriteFile("testdata/gbk-exports-2024-10.csv", []byte(gb), 0o644))

	// Seed corpora for the fuzz targets (go test runs them as ordinary tests).
	u16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(tidyCSV)
	must(t, err)
	seeds := map[string][]byte{
		"FuzzCSV/tidy":    []byte(tidyCSV),
		"FuzzCSV/gb18030": []byte(gb),
		"FuzzCSV/utf16":   []byte(u16),
		"FuzzCSV/wide":    []byte("2024年1-2月进口,,\n单位：万元,,\n商品名称,计量单位,1-2月,\n,,数量,金额\n大豆,万吨,1234.5,\"5,678,901\"\n,,数量,金额\n合计,-,-,(12)\n"),
		"FuzzCSV/ym":      []byte("商品名称;年份;月份;金额（亿美元）;国家/地区\n集成电路;2024;4;145.3;韩国\n集成电路;2024;45383;#REF!;\n"),
	}
	for name, data := range seeds {
		writeSeed(t, name, "[]byte("+strconv.Quote(string(data))+")")
	}
	writeSeed(t, "FuzzXLSX/customs", "[]byte("+strconv.Quote(string(customsCN(t)))+")\nbool(false)")
	writeSeed(t, "FuzzXLSX/truncated", "[]byte("+strconv.Quote(string(customsCN(t)[:600]))+")\nbool(false)")
	writeSeed(t, "FuzzXLSX/cells-en", "[]byte("+strconv.Quote("China's Imports, January-February 2024\nCommodity\tUnit\tJanuary-February\t\tYoY %\n\t\tQuantity\tValue (USD 1,000)\tQuantity\tValue\nSoybeans\t10,000 tonnes\t1319.7\t7412563.2\t-5.3\t-21.4\n")+")\nbool(true)")
}

// writeSeed writes one seed-corpus file for a fuzz target.
func writeSeed(t *testing.T, name, values string) {
	path := filepath.Join("testdata", "fuzz", name)
	must(t, os.MkdirAll(filepath.Dir(path), 0o755))
	must(t, os.WriteFile(path, []byte("go test fuzz v1\n"+values+"\n"), 0o644))
}
