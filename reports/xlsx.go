package reports

import (
	"archive/zip"
	"compress/flate"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"figcheck/figure"
	"figcheck/pipeline"
	"figcheck/pipeline/triage"
	"figcheck/rules"
)

// Sheet names of the Excel report. A baseline reads the Findings sheet back.
const (
	SheetSummary  = "Summary"
	SheetFindings = triage.FindingsSheet
	SheetFigures  = "Figures"
	SheetSources  = "Sources"
	SheetRules    = "Rules"
)

// DefaultMaxHyperlinks is how many cell hyperlinks a sheet gets before the
// report switches to HYPERLINK formulas: Excel allows 65,530 per sheet, and
// excelize's cost of adding one grows with the number already there.
const DefaultMaxHyperlinks = 5000

// DefaultAllFiguresUpTo is the largest run whose Figures sheet lists every
// figure. A larger run lists every article figure and every figure a finding
// cites: the rest are cells of the source sheets, which the editor already
// has, and writing them costs more than the whole check (and a worksheet
// cannot hold more than about a million rows anyway).
const DefaultAllFiguresUpTo = 100000

// ErrOutputIsInput is returned when the report path is one of the inputs.
var ErrOutputIsInput = errors.New("output is also an input: refusing to overwrite it")

// XLSXOptions configure the Excel report.
type XLSXOptions struct {
	// InputPaths are paths the report must never overwrite (the run's inputs);
	// the sources of the Result are checked too.
	InputPaths []string
	// MaxHyperlinks per sheet before HYPERLINK formulas take over (0: DefaultMaxHyperlinks).
	MaxHyperlinks int
	// AllFiguresUpTo is the largest number of figures listed in full in the
	// Figures sheet (0: DefaultAllFiguresUpTo; negative: always all).
	AllFiguresUpTo int
}

// WriteXLSX writes the Excel report to path atomically: into a temporary file
// in the same folder, then renamed over path; on error nothing is left behind.
// It refuses a path that is one of the inputs.
func WriteXLSX(path string, res *pipeline.Result, opts XLSXOptions) error {
	for _, in := range opts.InputPaths {
		if SamePath(path, in) {
			return fmt.Errorf("%s: %w", path, ErrOutputIsInput)
		}
	}
	for _, s := range res.Sources {
		if SamePath(path, s.Path) {
			return fmt.Errorf("%s: %w", path, ErrOutputIsInput)
		}
	}
	return WriteFileAtomic(path, func(w io.Writer) error { return WriteXLSXTo(w, res, opts) })
}

// WriteXLSXTo writes the Excel report to w (for the web server and tests).
func WriteXLSXTo(w io.Writer, res *pipeline.Result, opts XLSXOptions) error {
	f, err := buildWorkbook(res, opts)
	if err != nil {
		return err
	}
	defer f.Close()
	// The zip goes straight to w: excelize would otherwise assemble the whole
	// file in a bytes.Buffer first (about 140 MB per million figures, held
	// while it grows) and copy it to w at the end, leaving that buffer empty.
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return fastZip(w) })
	_, err = f.WriteTo(w)
	return err
}

// fastZip is a zip writer with fast compression: deflate dominates the time
// of a large report, and level 1 costs a third of the default for files about
// 20% larger.
func fastZip(w io.Writer) excelize.ZipWriter {
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(out, flate.BestSpeed)
	})
	return zw
}

// workbook carries what every sheet writer shares.
type workbook struct {
	f     *excelize.File
	res   *pipeline.Result
	ix    *index
	st    styles
	opts  XLSXOptions
	links map[string]int // hyperlinks added per sheet
	// findingRow maps a figure id to the Findings row of the first finding involving it.
	findingRow map[string]int
	// findingCount counts the findings that involve each figure.
	findingCount map[string]int
	// periods caches the two texts of a period (figures repeat a few periods).
	periods map[figure.Period][2]string
	// listed holds the positions in res.Figures of the figures the Figures
	// sheet lists, in order; sheetRow maps their ids to their rows there.
	listed   []int
	sheetRow map[string]int
}

// listFigures chooses the figures of the Figures sheet: all of them in a run
// of at most opts.AllFiguresUpTo figures, else those from articles and those
// a finding cites.
func (wb *workbook) listFigures() {
	figs := wb.res.Figures
	limit := wb.opts.AllFiguresUpTo
	all := limit < 0 || len(figs) <= limit
	size := 0 // the partial list grows as it is chosen
	if all {
		size = min(len(figs), excelize.TotalRows)
	}
	wb.listed = make([]int, 0, size)
	wb.sheetRow = make(map[string]int, size)
	for i := range figs {
		fg := &figs[i]
		if !all && fg.Kind != figure.KindArticle && wb.findingCount[fg.ID] == 0 {
			continue
		}
		if _, dup := wb.sheetRow[fg.ID]; !dup {
			wb.sheetRow[fg.ID] = len(wb.listed) + 2
		}
		wb.listed = append(wb.listed, i)
	}
}

// partialFigures says whether the Figures sheet leaves figures out.
func (wb *workbook) partialFigures() bool { return len(wb.listed) < len(wb.res.Figures) }

// periodTexts returns periodLabel(p) and p.String(), cached per workbook.
func (wb *workbook) periodTexts(p figure.Period) (label, months string) {
	if t, ok := wb.periods[p]; ok {
		return t[0], t[1]
	}
	t := [2]string{periodLabel(p), p.String()}
	if len(wb.periods) < 10000 {
		wb.periods[p] = t
	}
	return t[0], t[1]
}

func buildWorkbook(res *pipeline.Result, opts XLSXOptions) (*excelize.File, error) {
	if opts.MaxHyperlinks <= 0 {
		opts.MaxHyperlinks = DefaultMaxHyperlinks
	}
	if opts.AllFiguresUpTo == 0 {
		opts.AllFiguresUpTo = DefaultAllFiguresUpTo
	}
	f := excelize.NewFile()
	f.SetZipWriter(fastZip)
	wb := &workbook{f: f, res: res, ix: newIndex(res), opts: opts, links: map[string]int{},
		findingRow: map[string]int{}, findingCount: map[string]int{}, periods: map[figure.Period][2]string{}}
	for i, fd := range res.Findings {
		for _, id := range fd.Figures {
			if _, ok := wb.findingRow[id]; !ok {
				wb.findingRow[id] = i + 2
			}
			wb.findingCount[id]++
		}
	}
	wb.listFigures()
	fail := func(err error) (*excelize.File, error) {
		f.Close()
		return nil, err
	}
	if err := f.SetSheetName("Sheet1", SheetSummary); err != nil {
		return fail(err)
	}
	for _, name := range []string{SheetFindings, SheetFigures, SheetSources, SheetRules} {
		if _, err := f.NewSheet(name); err != nil {
			return fail(err)
		}
	}
	var err error
	if wb.st, err = newStyles(f); err != nil {
		return fail(fmt.Errorf("styles: %w", err))
	}
	steps := []struct {
		sheet string
		fn    func() error
	}{
		{SheetSummary, wb.summary},
		{SheetFindings, wb.findings},
		{SheetFigures, wb.figures},
		{SheetSources, wb.sources},
		{SheetRules, wb.rules},
	}
	for _, s := range steps {
		if err := s.fn(); err != nil {
			return fail(fmt.Errorf("sheet %s: %w", s.sheet, err))
		}
	}
	// Summary is the first and active sheet. (Do not call SetActiveSheet here:
	// it would parse every streamed sheet back into memory.)
	props := &excelize.DocProperties{Creator: "figcheck " + res.Version, Title: "figcheck discrepancy report"}
	if !res.Started.IsZero() {
		props.Created = res.Started.UTC().Format("2006-01-02T15:04:05Z")
		props.Modified = props.Created
	}
	if err := f.SetDocProps(props); err != nil {
		return fail(err)
	}
	return f, nil
}

// column is one column of a streamed table.
type column struct {
	title string
	width float64
}

// table streams one sheet: header, frozen first row, widths, then rows.
type table struct {
	wb    *workbook
	sheet string
	sw    *excelize.StreamWriter
	cols  []column
	row   int
	// cells and vals are reused row after row by addCells: SetRow encodes a
	// row at once, and cells passed by pointer are not boxed one by one.
	cells []excelize.Cell
	vals  []any
}

// scratch returns n zeroed cells to fill and pass to addCells.
func (t *table) scratch(n int) []excelize.Cell {
	if cap(t.cells) < n {
		t.cells = make([]excelize.Cell, n)
	}
	c := t.cells[:n]
	clear(c)
	return c
}

// addCells is add for a row of cells; a zero Cell is no cell at all.
func (t *table) addCells(cells []excelize.Cell) (int, error) {
	if cap(t.vals) < len(cells) {
		t.vals = make([]any, len(cells))
	}
	vals := t.vals[:len(cells)]
	for i := range cells {
		if c := &cells[i]; c.StyleID == 0 && c.Value == nil && c.Formula == "" {
			vals[i] = nil
		} else {
			vals[i] = c
		}
	}
	return t.add(vals)
}

// pagesWide is how many pages wide a sheet prints (landscape); narrow sheets fit on one.
func pagesWide(cols []column) int {
	w := 0.0
	for _, c := range cols {
		w += c.width
	}
	return max(1, int(w/200)+1)
}

func (wb *workbook) newTable(sheet string, cols []column) (*table, error) {
	// Page set-up first: the sheet properties are written when streaming starts.
	fit, one, zero, landscape := true, pagesWide(cols), 0, "landscape"
	if err := wb.f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return nil, err
	}
	if err := wb.f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Orientation: &landscape, FitToWidth: &one, FitToHeight: &zero}); err != nil {
		return nil, err
	}
	if err := wb.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: sheet + "!$1:$1", Scope: sheet}); err != nil {
		return nil, err
	}
	sw, err := wb.f.NewStreamWriter(sheet)
	if err != nil {
		return nil, err
	}
	for i, c := range cols {
		if err := sw.SetColWidth(i+1, i+1, c.width); err != nil {
			return nil, err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}}}); err != nil {
		return nil, err
	}
	head := make([]any, len(cols))
	for i, c := range cols {
		head[i] = excelize.Cell{StyleID: wb.st.header, Value: c.title}
	}
	if err := sw.SetRow("A1", head, excelize.RowOpts{Height: 30}); err != nil {
		return nil, err
	}
	return &table{wb: wb, sheet: sheet, sw: sw, cols: cols, row: 1}, nil
}

// add writes the next row and returns its number. Rows with wrapped text get
// a height that shows all of it: neither Excel nor LibreOffice fits row heights
// to wrapped text when opening a file.
func (t *table) add(values []any) (int, error) {
	t.row++
	cell := "A" + strconv.Itoa(t.row)
	lines := 1
	for i, v := range values {
		var c excelize.Cell
		switch v := v.(type) {
		case excelize.Cell:
			c = v
		case *excelize.Cell:
			c = *v
		default:
			continue
		}
		s, isText := c.Value.(string)
		if isText && s == "" && c.Formula == "" && t.wb.st.plain(c.StyleID) {
			values[i] = nil // an empty plain cell need not be written
			continue
		}
		if isText && i < len(t.cols) && t.wb.st.wraps(c.StyleID) {
			lines = max(lines, wrappedLines(s, t.cols[i].width))
		}
	}
	if lines > 1 {
		return t.row, t.sw.SetRow(cell, values, excelize.RowOpts{Height: rowHeight(lines)})
	}
	return t.row, t.sw.SetRow(cell, values)
}

// finish adds the autofilter (before Flush, or excelize drops it) and flushes.
func (t *table) finish() error {
	last, _ := excelize.CoordinatesToCellName(len(t.cols), max(t.row, 2))
	if err := t.wb.f.AutoFilter(t.sheet, "A1:"+last, nil); err != nil {
		return err
	}
	return t.sw.Flush()
}

// link returns a cell showing text that jumps to target ("Figures!A12"): a
// real hyperlink while the sheet has fewer than MaxHyperlinks, a HYPERLINK
// formula after that. ref is the cell being written.
func (wb *workbook) link(sheet, ref, target, text string) (excelize.Cell, error) {
	if wb.links[sheet] < wb.opts.MaxHyperlinks {
		wb.links[sheet]++
		tip := "Go to " + target
		if err := wb.f.SetCellHyperLink(sheet, ref, target, "Location", excelize.HyperlinkOpts{Tooltip: &tip}); err != nil {
			return excelize.Cell{}, err
		}
		return excelize.Cell{StyleID: wb.st.link, Value: text}, nil
	}
	q := func(s string) string { return strings.ReplaceAll(truncate(s, 250), `"`, `""`) }
	return excelize.Cell{StyleID: wb.st.link, Value: text,
		Formula: `HYPERLINK("#` + q(target) + `","` + q(text) + `")`}, nil
}

// figureTarget is the anchor of a figure's row in the Figures sheet.
func (wb *workbook) figureTarget(id string) (string, bool) {
	row, ok := wb.sheetRow[id]
	if !ok {
		return "", false
	}
	return SheetFigures + "!A" + strconv.Itoa(row), true
}

// Findings sheet columns. Baseline reading relies on the titles ID, Status and Note.
var findingColumns = []column{
	{"ID", 24}, {"Severity", 10}, {"Rule", 22}, {"Message", 60}, {"Metric", 22}, {"Period", 16},
	{"Claimed figure", 24}, {"Claimed at", 28}, {"Reference figure(s)", 28}, {"Reference at", 28},
	{"Expected", 18}, {"Actual", 18}, {"Difference", 14}, {"Difference %", 12}, {"Suggestion", 30},
	{"Figures involved", 20}, {"New", 7}, {"Status", 13}, {"Note", 30}, {"Waived reason", 24},
}

func (wb *workbook) findings() error {
	const sheet = SheetFindings
	t, err := wb.newTable(sheet, findingColumns)
	if err != nil {
		return err
	}
	base := withBaseline(wb.res)
	col := func(title string) int {
		for i, c := range findingColumns {
			if c.title == title {
				return i + 1
			}
		}
		panic("reports: no findings column " + title)
	}
	claimCol, refCol, statusCol := col("Claimed at"), col("Reference at"), col("Status")
	claimLetter, _ := excelize.ColumnNumberToName(claimCol)
	refLetter, _ := excelize.ColumnNumberToName(refCol)
	for i, fd := range wb.res.Findings {
		row := i + 2
		claimQuote, claimLoc, claimTarget := "", "", ""
		var refQuotes []string
		refLoc, refTarget := "", ""
		var rows []string
		for j, id := range fd.Figures {
			fig, ok := wb.ix.figure(id)
			if !ok {
				if j == 0 {
					claimLoc = id + " (not in this report)"
				}
				continue
			}
			if r, ok := wb.sheetRow[id]; ok {
				rows = append(rows, strconv.Itoa(r))
			}
			target, _ := wb.figureTarget(id)
			if j == 0 {
				claimQuote, claimLoc, claimTarget = fig.Quote, fig.Location(), target
				continue
			}
			refQuotes = append(refQuotes, fig.Quote)
			if refLoc == "" {
				refLoc, refTarget = fig.Location(), target
			}
		}
		if n := len(refQuotes); n > 1 {
			refLoc += fmt.Sprintf(" and %d more", n-1)
		}
		refQuote := strings.Join(refQuotes, "; ")
		if len(refQuotes) > 8 {
			refQuote = strings.Join(refQuotes[:8], "; ") + fmt.Sprintf("; … (%d in all)", len(refQuotes))
		}
		involved := ""
		if len(rows) > 0 {
			involved = "rows " + strings.Join(rows, ", ")
		}
		status := fd.Status
		if status == "" {
			status = triage.StatusOpen
		}
		newCell := ""
		if base {
			newCell = "no"
			if fd.New == nil || *fd.New {
				newCell = "yes"
			}
		}
		vals := t.scratch(len(findingColumns))
		if fd.Expected != nil || fd.Actual != nil {
			vals[13] = excelize.Cell{StyleID: wb.st.pct, Value: finite(fd.DiffPct) / 100}
		}
		var diff string
		if fd.Difference != 0 || fd.Expected != nil {
			diff = formatAmount(finite(fd.Difference), differenceUnit(fd))
		}
		top, wrap := wb.st.top, wb.st.wrap
		vals[0] = excelize.Cell{StyleID: top, Value: fd.ID}
		vals[1] = excelize.Cell{StyleID: wb.st.severity(fd.Severity), Value: severityLabel(fd.Severity)}
		vals[2] = excelize.Cell{StyleID: top, Value: fd.Rule}
		vals[3] = excelize.Cell{StyleID: wrap, Value: fd.Message}
		vals[4] = excelize.Cell{StyleID: wrap, Value: fd.Metric}
		vals[5] = excelize.Cell{StyleID: wrap, Value: periodLabel(fd.Period)}
		vals[6] = excelize.Cell{StyleID: wrap, Value: quoted(claimQuote)}
		vals[7] = excelize.Cell{StyleID: wrap, Value: claimLoc}
		vals[8] = excelize.Cell{StyleID: wrap, Value: quotedList(refQuote)}
		vals[9] = excelize.Cell{StyleID: wrap, Value: refLoc}
		vals[10] = excelize.Cell{StyleID: wrap, Value: formatBound(fd.Expected)}
		vals[11] = excelize.Cell{StyleID: wrap, Value: formatBound(fd.Actual)}
		vals[12] = excelize.Cell{StyleID: top, Value: diff}
		vals[14] = excelize.Cell{StyleID: wrap, Value: fd.Suggestion}
		vals[15] = excelize.Cell{StyleID: wrap, Value: involved}
		vals[16] = excelize.Cell{StyleID: wb.st.center, Value: newCell}
		vals[17] = excelize.Cell{StyleID: wb.st.status, Value: status}
		vals[18] = excelize.Cell{StyleID: wb.st.editable, Value: fd.Note}
		vals[19] = excelize.Cell{StyleID: wrap, Value: fd.Waived}
		if claimTarget != "" {
			if vals[claimCol-1], err = wb.link(sheet, claimLetter+strconv.Itoa(row), claimTarget, claimLoc); err != nil {
				return err
			}
		}
		if refTarget != "" {
			if vals[refCol-1], err = wb.link(sheet, refLetter+strconv.Itoa(row), refTarget, refLoc); err != nil {
				return err
			}
		}
		if _, err := t.addCells(vals); err != nil {
			return fmt.Errorf("row %d: %w", row, err)
		}
	}
	// Data validation, conditional formats and autofilter must be in place before Flush.
	statusLetter, _ := excelize.ColumnNumberToName(statusCol)
	if err := wb.statusFormats(statusLetter, col("Waived reason"), max(t.row, 2)); err != nil {
		return fmt.Errorf("conditional formats: %w", err)
	}
	dv := excelize.NewDataValidation(true)
	dv.Sqref = fmt.Sprintf("%s2:%s%d", statusLetter, statusLetter, max(t.row, 2))
	if err := dv.SetDropList(triage.Statuses()); err != nil {
		return err
	}
	dv.SetInput("Status", "Open, Confirmed, False alarm or Fixed. A later run with --baseline keeps it.")
	dv.SetError(excelize.DataValidationErrorStyleWarning, "Status", "Choose Open, Confirmed, False alarm or Fixed.")
	if err := wb.f.AddDataValidation(sheet, dv); err != nil {
		return err
	}
	return t.finish()
}

// statusFormats colours the Status cells by the editor's choice and greys out
// the rows that do not count (false alarms, waived findings); being conditional
// formats, they follow the editor's edits live.
func (wb *workbook) statusFormats(status string, waivedCol, last int) error {
	f := wb.f
	dxf := func(fill, font string) (int, error) {
		st := &excelize.Style{Font: &excelize.Font{Color: font}}
		if fill != "" {
			st.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{fill}}
		}
		return f.NewConditionalStyle(st)
	}
	var opts []excelize.ConditionalFormatOptions
	for _, c := range []struct{ status, fill, font string }{
		{triage.StatusFalseAlarm, "D9D9D9", "595959"},
		{triage.StatusConfirmed, FillError, "9C0006"},
		{triage.StatusFixed, "C6EFCE", "006100"},
	} {
		id, err := dxf(c.fill, c.font)
		if err != nil {
			return err
		}
		opts = append(opts, excelize.ConditionalFormatOptions{Type: "cell", Criteria: "==", Value: `"` + c.status + `"`, Format: &id})
	}
	// Status colours first: LibreOffice applies only the first matching format.
	if err := f.SetConditionalFormat(SheetFindings, fmt.Sprintf("%s2:%s%d", status, status, last), opts); err != nil {
		return err
	}
	muted, err := dxf("", "7F7F7F")
	if err != nil {
		return err
	}
	waived, _ := excelize.ColumnNumberToName(waivedCol)
	lastCol, _ := excelize.ColumnNumberToName(len(findingColumns))
	rows := fmt.Sprintf("A2:%s%d", lastCol, last)
	return f.SetConditionalFormat(SheetFindings, rows, []excelize.ConditionalFormatOptions{{
		Type: "formula", Format: &muted,
		Criteria: fmt.Sprintf(`OR($%s2="%s",$%s2<>"")`, status, triage.StatusFalseAlarm, waived),
	}})
}

// quoted wraps a figure's text in quotation marks, as written in its source.
func quoted(s string) string {
	if s == "" {
		return ""
	}
	return "“" + s + "”"
}

func quotedList(s string) string {
	if s == "" {
		return ""
	}
	parts := strings.Split(s, "; ")
	for i, p := range parts {
		if !strings.HasPrefix(p, "…") {
			parts[i] = quoted(p)
		}
	}
	return strings.Join(parts, "; ")
}

var figureColumns = []column{
	{"ID", 26}, {"Source", 28}, {"Location", 14}, {"Quote", 26}, {"Context", 60},
	{"Value", 16}, {"Raw value", 20}, {"Low", 20}, {"High", 20}, {"Unit", 9},
	{"Measure", 10}, {"Metric", 26}, {"Subject", 20}, {"Flow", 9}, {"Partner", 12},
	{"Period", 20}, {"Months", 18}, {"Basis", 7}, {"Of", 9}, {"Qualifier", 11},
	{"Linked", 16}, {"Findings", 10},
}

func (wb *workbook) figures() error {
	const sheet = SheetFigures
	t, err := wb.newTable(sheet, figureColumns)
	if err != nil {
		return err
	}
	findingsCol := len(figureColumns)
	findingsLetter, _ := excelize.ColumnNumberToName(findingsCol)
	for i, at := range wb.listed {
		fg := &wb.res.Figures[at]
		row := i + 2
		if row == excelize.TotalRows {
			// a worksheet holds 1,048,576 rows: say so in the last one
			note := fmt.Sprintf("%d more figures are not listed: a worksheet holds %d rows. The JSON report (--format json) has them all.",
				len(wb.listed)-i, excelize.TotalRows)
			if _, err := t.add([]any{excelize.Cell{StyleID: wb.st.wrap, Value: note}}); err != nil {
				return fmt.Errorf("row %d: %w", row, err)
			}
			break
		}
		loc := fg.Cell
		if loc == "" && fg.Line > 0 {
			loc = "line " + strconv.Itoa(fg.Line) + ", col " + strconv.Itoa(fg.Col)
		}
		vals := t.scratch(len(figureColumns))
		if n := wb.findingCount[fg.ID]; n > 0 {
			ref := findingsLetter + strconv.Itoa(row)
			target := SheetFindings + "!A" + strconv.Itoa(wb.findingRow[fg.ID])
			if vals[findingsCol-1], err = wb.link(sheet, ref, target, plural(n, "finding")); err != nil {
				return err
			}
		}
		label, months := wb.periodTexts(fg.Period)
		top, wrap := wb.st.top, wb.st.wrap
		vals[0] = excelize.Cell{StyleID: wrap, Value: fg.ID}
		vals[1] = excelize.Cell{StyleID: wrap, Value: fg.Source}
		vals[2] = excelize.Cell{StyleID: top, Value: loc}
		vals[3] = excelize.Cell{StyleID: wrap, Value: quoted(fg.Quote)}
		vals[4] = excelize.Cell{StyleID: wrap, Value: fg.Context}
		vals[5] = excelize.Cell{StyleID: top, Value: formatAmount(fg.Value, fg.Unit)}
		vals[6], vals[7], vals[8] = wb.number(fg.Value), wb.number(fg.Low), wb.number(fg.High)
		vals[9] = excelize.Cell{StyleID: top, Value: fg.Unit}
		vals[10] = excelize.Cell{StyleID: top, Value: string(fg.Measure)}
		vals[11] = excelize.Cell{StyleID: wrap, Value: fg.Metric}
		vals[12] = excelize.Cell{StyleID: wrap, Value: fg.Subject}
		vals[13] = excelize.Cell{StyleID: top, Value: fg.Flow}
		vals[14] = excelize.Cell{StyleID: top, Value: fg.Partner}
		vals[15] = excelize.Cell{StyleID: top, Value: label}
		vals[16] = excelize.Cell{StyleID: top, Value: months}
		vals[17] = excelize.Cell{StyleID: top, Value: fg.Basis}
		vals[18] = excelize.Cell{StyleID: top, Value: fg.Of}
		vals[19] = excelize.Cell{StyleID: top, Value: fg.Qualifier}
		vals[20] = excelize.Cell{StyleID: wrap, Value: strings.Join(fg.Linked, ", ")}
		if _, err := t.addCells(vals); err != nil {
			return fmt.Errorf("row %d: %w", row, err)
		}
	}
	return t.finish()
}

// number is a raw value cell: grouped integer, or up to four decimals.
func (wb *workbook) number(v float64) excelize.Cell {
	v = finite(v)
	if v == float64(int64(v)) {
		return excelize.Cell{StyleID: wb.st.integer, Value: v}
	}
	return excelize.Cell{StyleID: wb.st.decimal, Value: v}
}

var sourceColumns = []column{
	{"Path", 40}, {"Kind", 9}, {"Status", 10}, {"Figures", 9}, {"Error", 50}, {"Warnings", 50},
	{"Published", 12}, {"SHA-256", 66},
}

func (wb *workbook) sources() error {
	t, err := wb.newTable(SheetSources, sourceColumns)
	if err != nil {
		return err
	}
	for _, s := range wb.res.Sources {
		status, style := "OK", wb.st.ok
		switch {
		case s.Error != "":
			status, style = "Failed", wb.st.failed
		case len(s.Warnings) > 0:
			status, style = "Warnings", wb.st.warn
		}
		vals := []any{
			excelize.Cell{StyleID: wb.st.wrap, Value: s.Path},
			excelize.Cell{StyleID: wb.st.top, Value: string(s.Kind)},
			excelize.Cell{StyleID: style, Value: status},
			excelize.Cell{StyleID: wb.st.integer, Value: s.Figures},
			excelize.Cell{StyleID: wb.st.wrap, Value: s.Error},
			excelize.Cell{StyleID: wb.st.wrap, Value: strings.Join(s.Warnings, "\n")},
			excelize.Cell{StyleID: wb.st.top, Value: s.Published},
			excelize.Cell{StyleID: wb.st.mono, Value: s.SHA256},
		}
		if _, err := t.add(vals); err != nil {
			return err
		}
	}
	return t.finish()
}

var ruleColumns = []column{
	{"ID", 20}, {"Title", 28}, {"Severity", 10}, {"Description", 50}, {"Expression", 50}, {"File", 24},
	{"Ran", 8}, {"Fired", 8}, {"Errors", 8}, {"Skipped (why)", 30},
}

func (wb *workbook) rules() error {
	t, err := wb.newTable(SheetRules, ruleColumns)
	if err != nil {
		return err
	}
	for _, r := range wb.res.Rules {
		vals := []any{
			excelize.Cell{StyleID: wb.st.top, Value: r.ID},
			excelize.Cell{StyleID: wb.st.wrap, Value: r.Title},
			excelize.Cell{StyleID: wb.st.severity(r.Severity), Value: severityLabel(r.Severity)},
			excelize.Cell{StyleID: wb.st.wrap, Value: r.Description},
			excelize.Cell{StyleID: wb.st.code, Value: r.Expression},
			excelize.Cell{StyleID: wb.st.wrap, Value: r.File},
			excelize.Cell{StyleID: wb.st.integer, Value: r.Ran},
			excelize.Cell{StyleID: wb.st.integer, Value: r.Fired},
			excelize.Cell{StyleID: wb.st.integer, Value: r.Errors},
			excelize.Cell{StyleID: wb.st.wrap, Value: r.Skipped},
		}
		if _, err := t.add(vals); err != nil {
			return err
		}
	}
	return t.finish()
}

// ruleCounts is one line of the Summary's by-rule and by-source tables.
type ruleCounts struct {
	name                       string
	err, warn, info, apart, nw int
}

func (c ruleCounts) total() int { return c.err + c.warn + c.info + c.apart }

func (c *ruleCounts) add(f rules.Finding) {
	switch triage.Classify(f) {
	case triage.ClassError:
		c.err++
	case triage.ClassWarning:
		c.warn++
	case triage.ClassInfo:
		c.info++
	default:
		c.apart++
	}
	if f.New != nil && *f.New {
		c.nw++
	}
}

// countBy groups findings by key (a finding may have several keys) in key order.
func countBy(fs []rules.Finding, keys func(rules.Finding) []string) []ruleCounts {
	m := map[string]*ruleCounts{}
	for _, f := range fs {
		for _, k := range keys(f) {
			c := m[k]
			if c == nil {
				c = &ruleCounts{name: k}
				m[k] = c
			}
			c.add(f)
		}
	}
	out := make([]ruleCounts, 0, len(m))
	for _, c := range m {
		out = append(out, *c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out
}
