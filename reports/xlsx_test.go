package reports

import (
	"archive/zip"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"figcheck/figure"
	"figcheck/pipeline"
)

// writeSample writes the sample report into a temporary folder and opens it.
func writeSample(t *testing.T, opts XLSXOptions) (*excelize.File, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "report.xlsx")
	if err := WriteXLSX(path, sampleResult(), opts); err != nil {
		t.Fatalf("WriteXLSX: %v", err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatalf("open report: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f, path
}

// colOf returns the column letter of a Findings header.
func colOf(t *testing.T, f *excelize.File, sheet, title string) string {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil || len(rows) == 0 {
		t.Fatalf("rows of %s: %v", sheet, err)
	}
	for i, h := range rows[0] {
		if h == title {
			name, _ := excelize.ColumnNumberToName(i + 1)
			return name
		}
	}
	t.Fatalf("sheet %s has no column %q (header %q)", sheet, title, rows[0])
	return ""
}

func cell(t *testing.T, f *excelize.File, sheet, ref string) string {
	t.Helper()
	v, err := f.GetCellValue(sheet, ref)
	if err != nil {
		t.Fatalf("%s!%s: %v", sheet, ref, err)
	}
	return v
}

func TestXLSXSheets(t *testing.T) {
	f, _ := writeSample(t, XLSXOptions{})
	want := []string{SheetSummary, SheetFindings, SheetFigures, SheetSources, SheetRules}
	if got := f.GetSheetList(); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("sheets %v, want %v", got, want)
	}
}

func TestXLSXFindingValues(t *testing.T) {
	f, _ := writeSample(t, XLSXOptions{})
	const s = SheetFindings
	tests := []struct {
		col, row, want string
	}{
		{"ID", "2", "cumulative-sum-3f9a1c"},
		{"Severity", "2", "Error"},
		{"Rule", "2", "cumulative-sum"},
		{"Metric", "2", "integrated_circuits.export"},
		{"Period", "2", "January-April 2024"},
		{"Claimed figure", "2", "“355.24 billion yuan”"},
		{"Claimed at", "2", "articles/chip-trade.txt:5:31"},
		{"Reference figure(s)", "2", "“35,210,000”"},
		{"Reference at", "2", "sheets/customs-2024-04.xlsx#表1!F7"},
		{"Expected", "2", "¥352.10B"},
		{"Actual", "2", "¥355.24B"},
		{"Difference", "2", "¥3.13B"},
		{"Status", "2", "Open"},
		{"New", "2", ""},
		{"Suggestion", "3", "241.054 million units"},
		{"Actual", "4", "7.2098–7.2801 CNY/USD"},
		{"Waived reason", "6", "agency revised the table on 2024-05-20"},
		{"Status", "7", "False alarm"},
		{"Note", "7", "different product scope"},
		{"Figures involved", "2", "rows 2, 4"},
	}
	for _, tc := range tests {
		t.Run(tc.col+tc.row, func(t *testing.T) {
			if got := cell(t, f, s, colOf(t, f, s, tc.col)+tc.row); got != tc.want {
				t.Errorf("%s row %s = %q, want %q", tc.col, tc.row, got, tc.want)
			}
		})
	}
	if got := cell(t, f, s, colOf(t, f, s, "Message")+"2"); !strings.Contains(got, "¥3.14B (0.9%) apart") {
		t.Errorf("message = %q", got)
	}
	// Difference % is a number formatted as a percentage.
	pct := colOf(t, f, s, "Difference %") + "2"
	if got := cell(t, f, s, pct); got != "0.9%" {
		t.Errorf("difference %% = %q, want 0.9%%", got)
	}
}

func TestXLSXSeverityFill(t *testing.T) {
	f, _ := writeSample(t, XLSXOptions{})
	for _, tc := range []struct {
		ref, fill string
	}{{"B2", FillError}, {"B4", FillWarning}, {"B5", FillInfo}} {
		id, err := f.GetCellStyle(SheetFindings, tc.ref)
		if err != nil {
			t.Fatal(err)
		}
		st, err := f.GetStyle(id)
		if err != nil {
			t.Fatal(err)
		}
		if len(st.Fill.Color) == 0 || !strings.EqualFold(st.Fill.Color[0], tc.fill) {
			t.Errorf("%s fill %v, want %s", tc.ref, st.Fill.Color, tc.fill)
		}
	}
}

func TestXLSXStatusValidation(t *testing.T) {
	f, _ := writeSample(t, XLSXOptions{})
	dvs, err := f.GetDataValidations(SheetFindings)
	if err != nil {
		t.Fatal(err)
	}
	if len(dvs) != 1 {
		t.Fatalf("%d data validations, want 1", len(dvs))
	}
	status := colOf(t, f, SheetFindings, "Status")
	if want := status + "2:" + status + "7"; dvs[0].Sqref != want {
		t.Errorf("validation range %q, want %q", dvs[0].Sqref, want)
	}
	if dvs[0].Type != "list" || !strings.Contains(dvs[0].Formula1, "Open,Confirmed,False alarm,Fixed") {
		t.Errorf("validation %s %q, want the status list", dvs[0].Type, dvs[0].Formula1)
	}
}

func TestXLSXStatusColours(t *testing.T) {
	f, _ := writeSample(t, XLSXOptions{})
	cfs, err := f.GetConditionalFormats(SheetFindings)
	if err != nil {
		t.Fatal(err)
	}
	status := colOf(t, f, SheetFindings, "Status")
	rules := cfs[status+"2:"+status+"7"]
	if len(rules) != 3 || rules[0].Value != `"False alarm"` {
		t.Errorf("status colours %+v", rules)
	}
	rows := cfs["A2:T7"]
	if len(rows) != 1 || rows[0].Type != "formula" || !strings.Contains(rows[0].Criteria, `="False alarm"`) {
		t.Errorf("muted rows %+v", rows)
	}
}

func TestXLSXHyperlinks(t *testing.T) {
	f, _ := writeSample(t, XLSXOptions{})
	res := sampleResult()
	claimAt := colOf(t, f, SheetFindings, "Claimed at")
	refAt := colOf(t, f, SheetFindings, "Reference at")
	for i, fd := range res.Findings {
		row := i + 2
		ok, target, err := f.GetCellHyperLink(SheetFindings, claimAt+itoa(row))
		if err != nil || !ok {
			t.Fatalf("row %d: no claim hyperlink (%v)", row, err)
		}
		// The link lands on the claimed figure's row in Figures.
		anchor := strings.TrimPrefix(target, SheetFigures+"!")
		if got := cell(t, f, SheetFigures, anchor); got != fd.Figures[0] {
			t.Errorf("row %d: claim link %s shows figure %q, want %q", row, target, got, fd.Figures[0])
		}
		if len(fd.Figures) > 1 {
			ok, target, _ = f.GetCellHyperLink(SheetFindings, refAt+itoa(row))
			anchor = strings.TrimPrefix(target, SheetFigures+"!")
			if !ok || cell(t, f, SheetFigures, anchor) != fd.Figures[1] {
				t.Errorf("row %d: reference link %q does not reach %s", row, target, fd.Figures[1])
			}
		}
	}
	// Figures link back to their first finding.
	back := colOf(t, f, SheetFigures, "Findings")
	ok, target, _ := f.GetCellHyperLink(SheetFigures, back+"2")
	if !ok || target != SheetFindings+"!A2" {
		t.Errorf("Figures back link = %v %q, want Findings!A2", ok, target)
	}
}

func TestXLSXHyperlinkFormulaBeyondLimit(t *testing.T) {
	f, _ := writeSample(t, XLSXOptions{MaxHyperlinks: 1})
	claimAt := colOf(t, f, SheetFindings, "Claimed at")
	if ok, _, _ := f.GetCellHyperLink(SheetFindings, claimAt+"2"); !ok {
		t.Errorf("first link should be a hyperlink")
	}
	formula, err := f.GetCellFormula(SheetFindings, claimAt+"3")
	if err != nil || !strings.HasPrefix(formula, `HYPERLINK("#Figures!A6"`) {
		t.Errorf("link beyond the limit: formula %q (%v), want HYPERLINK to Figures!A6", formula, err)
	}
	if got := cell(t, f, SheetFindings, claimAt+"3"); got != "articles/phones.md:3:12" {
		t.Errorf("cached value %q", got)
	}
}

func TestXLSXPanesAndFilters(t *testing.T) {
	f, path := writeSample(t, XLSXOptions{})
	for _, sheet := range []string{SheetFindings, SheetFigures, SheetSources, SheetRules} {
		p, err := f.GetPanes(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if !p.Freeze || p.YSplit != 1 || p.TopLeftCell != "A2" {
			t.Errorf("%s panes %+v, want the header row frozen", sheet, p)
		}
	}
	filters := map[string]bool{}
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm._FilterDatabase" {
			filters[dn.Scope] = true
			if dn.Scope == SheetFindings && !strings.HasSuffix(dn.RefersTo, "$A$1:$T$7") {
				t.Errorf("Findings filter range %q", dn.RefersTo)
			}
		}
	}
	for _, sheet := range []string{SheetFindings, SheetFigures, SheetSources, SheetRules} {
		if !filters[sheet] {
			t.Errorf("%s has no autofilter defined name", sheet)
		}
	}
	xml := zipEntry(t, path, "xl/worksheets/sheet2.xml")
	// excelize 2.11 writes the range with or without $ signs.
	if !regexp.MustCompile(`<autoFilter ref="\$?A\$?1:\$?T\$?7"`).MatchString(xml) {
		t.Errorf("Findings sheet XML lacks an autoFilter over A1:T7")
	}
	for _, want := range []string{`<dataValidation `, `<hyperlink `, `state="frozen"`} {
		if !strings.Contains(xml, want) {
			t.Errorf("Findings sheet XML lacks %s", want)
		}
	}
	if zipEntry(t, path, "xl/charts/chart1.xml") == "" {
		t.Errorf("no chart in the workbook")
	}
}

func TestXLSXSourcesAndRules(t *testing.T) {
	f, _ := writeSample(t, XLSXOptions{})
	if got := cell(t, f, SheetSources, "C4"); got != "Failed" {
		t.Errorf("broken source status %q", got)
	}
	if got := cell(t, f, SheetSources, "E4"); !strings.Contains(got, "not a valid zip") {
		t.Errorf("broken source error %q", got)
	}
	if got := cell(t, f, SheetSources, "H2"); len(got) != 64 {
		t.Errorf("sha256 %q", got)
	}
	if got := cell(t, f, SheetRules, "J7"); !strings.Contains(got, "no quantity and value pair") {
		t.Errorf("skipped reason %q", got)
	}
	if got := cell(t, f, SheetRules, "H3"); got != "2" {
		t.Errorf("conflict fired %q, want 2", got)
	}
	if got := cell(t, f, SheetFigures, "F4"); got != "¥352.10B" {
		t.Errorf("readable value %q", got)
	}
	if got := cell(t, f, SheetFigures, "G4"); got != "352,100,000,000" {
		t.Errorf("raw value %q", got)
	}
}

func TestXLSXSummary(t *testing.T) {
	f, _ := writeSample(t, XLSXOptions{})
	rows, err := f.GetRows(SheetSummary)
	if err != nil {
		t.Fatal(err)
	}
	find := func(label string) []string {
		for _, r := range rows {
			if len(r) > 0 && r[0] == label {
				return r
			}
		}
		t.Fatalf("Summary has no row %q", label)
		return nil
	}
	if r := find("Errors"); r[1] != "2" {
		t.Errorf("Errors row %v", r)
	}
	if r := find("False alarms (do not count)"); r[1] != "1" {
		t.Errorf("false alarm row %v", r)
	}
	if r := find("conflict"); strings.Join(r[1:6], ",") != "0,0,0,2,2" {
		t.Errorf("conflict by rule %v", r)
	}
	if r := find("sheets/broken.xlsx"); r[3] != "Failed" || len(r[4]) != 64 {
		t.Errorf("input row %v", r)
	}
	if r := find("Tool"); r[1] != "figcheck 0.1.0-test" {
		t.Errorf("tool row %v", r)
	}
}

func TestWriteXLSXRefusesInput(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "sheet.xlsx")
	if err := os.WriteFile(in, []byte("input"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := WriteXLSX(filepath.Join(dir, ".", "sheet.xlsx"), sampleResult(), XLSXOptions{InputPaths: []string{in}})
	if !errors.Is(err, ErrOutputIsInput) {
		t.Fatalf("err = %v, want ErrOutputIsInput", err)
	}
	if b, _ := os.ReadFile(in); string(b) != "input" {
		t.Fatalf("input changed")
	}
	// A hard link to an input is the input too.
	link := filepath.Join(dir, "link.xlsx")
	if err := os.Link(in, link); err == nil {
		if err := WriteXLSX(link, sampleResult(), XLSXOptions{InputPaths: []string{in}}); !errors.Is(err, ErrOutputIsInput) {
			t.Errorf("hard link: err = %v", err)
		}
	}
}

func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.json")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	err := WriteFileAtomic(path, func(w io.Writer) error {
		io.WriteString(w, "partial")
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Errorf("failed write changed the file: %q", b)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary file left behind: %v", entries)
	}
	if err := WriteFileAtomic(path, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "new" {
		t.Errorf("content %q", b)
	}
	if err := WriteXLSX(filepath.Join(dir, "missing", "r.xlsx"), sampleResult(), XLSXOptions{}); err == nil {
		t.Errorf("writing into a missing folder succeeded")
	}
}

func TestXLSXEmptyResult(t *testing.T) {
	path := filepath.Join(t.TempDir(), "empty.xlsx")
	if err := WriteXLSX(path, &pipeline.Result{}, XLSXOptions{}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := cell(t, f, SheetFindings, "A1"); got != "ID" {
		t.Errorf("header %q", got)
	}
}

func TestXLSXWithBaselineMarksNew(t *testing.T) {
	res := sampleResult()
	res.Baseline = "old.json"
	for i := range res.Findings {
		res.Findings[i].New = boolp(i%2 == 0)
	}
	path := filepath.Join(t.TempDir(), "r.xlsx")
	if err := WriteXLSX(path, res, XLSXOptions{}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	col := colOf(t, f, SheetFindings, "New")
	if a, b := cell(t, f, SheetFindings, col+"2"), cell(t, f, SheetFindings, col+"3"); a != "yes" || b != "no" {
		t.Errorf("New column %q %q, want yes no", a, b)
	}
}

func zipEntry(t *testing.T, path, name string) string {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	for _, f := range zr.File {
		if f.Name == name {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer rc.Close()
			b, _ := io.ReadAll(rc)
			return string(b)
		}
	}
	return ""
}

func itoa(i int) string { return strconv.Itoa(i) }

// TestXLSXFiguresSheetScope: above AllFiguresUpTo the Figures sheet keeps
// every article figure and every cited figure, drops the other sheet cells,
// keeps the links right and says so on Summary; at or below it, all are listed.
func TestXLSXFiguresSheetScope(t *testing.T) {
	res := sampleResult()
	res.Figures = append(res.Figures, figure.Figure{ID: "sheets/customs-2024-04.xlsx#D20", Source: "sheets/customs-2024-04.xlsx",
		Kind: figure.KindSheet, Cell: "表1!D20", Quote: "1,234", Value: 12.34e6, Unit: "CNY", Measure: figure.Value})
	for _, tc := range []struct {
		name   string
		limit  int
		listed int
	}{
		{"all", 0, len(res.Figures)},
		{"partial", 1, len(res.Figures) - 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "report.xlsx")
			if err := WriteXLSX(path, res, XLSXOptions{AllFiguresUpTo: tc.limit}); err != nil {
				t.Fatal(err)
			}
			f, err := excelize.OpenFile(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			rows, err := f.GetRows(SheetFigures)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, r := range rows[1:] {
				ids = append(ids, r[0])
			}
			if len(ids) != tc.listed {
				t.Fatalf("Figures lists %d figures %q, want %d", len(ids), ids, tc.listed)
			}
			has := strings.Contains(strings.Join(ids, " "), "#D20")
			if has != (tc.listed == len(res.Figures)) {
				t.Errorf("uncited sheet figure listed = %v with limit %d", has, tc.limit)
			}
			claimAt := colOf(t, f, SheetFindings, "Claimed at")
			for i, fd := range res.Findings {
				_, target, _ := f.GetCellHyperLink(SheetFindings, claimAt+itoa(i+2))
				if got := cell(t, f, SheetFigures, strings.TrimPrefix(target, SheetFigures+"!")); got != fd.Figures[0] {
					t.Errorf("finding %d: claim link %s shows %q, want %q", i, target, got, fd.Figures[0])
				}
			}
			summary, _ := f.GetRows(SheetSummary)
			note := ""
			for _, r := range summary {
				if len(r) > 1 && r[0] == "Figures sheet" {
					note = r[1]
				}
			}
			want := ""
			if tc.listed < len(res.Figures) {
				want = "lists 7 of the 8 figures"
			}
			if !strings.Contains(note, want) || (want == "") != (note == "") {
				t.Errorf("Summary 'Figures sheet' = %q, want it to say %q", note, want)
			}
		})
	}
}
