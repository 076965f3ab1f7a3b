package reports

import (
	"fmt"
	"sort"
	"strings"

	"github.com/xuri/excelize/v2"

	"figcheck/rules"
)

// summary writes the Summary sheet: run metadata, counts and a chart of
// findings by rule. It is small, so it uses excelize's ordinary cell API.
func (wb *workbook) summary() error {
	const sheet = SheetSummary
	f, res, st := wb.f, wb.res, wb.st
	var firstErr error
	keep := func(err error) {
		if err != nil && firstErr == nil {
			firstErr = err
		}
	}
	put := func(col, row int, v any, style int) {
		ref, _ := excelize.CoordinatesToCellName(col, row)
		keep(f.SetCellValue(sheet, ref, v))
		if style != 0 {
			keep(f.SetCellStyle(sheet, ref, ref, style))
		}
	}
	fit, one, zero, landscape := true, 1, 0, "landscape"
	keep(f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}))
	keep(f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Orientation: &landscape, FitToWidth: &one, FitToHeight: &zero}))
	keep(f.SetColWidth(sheet, "A", "A", 36))
	keep(f.SetColWidth(sheet, "B", "G", 13))

	s := res.Summary
	row := 1
	put(1, row, "figcheck discrepancy report", st.title)
	keep(f.SetRowHeight(sheet, row, 24))
	row++
	headline := fmt.Sprintf("%s, %s, %d info", plural(s.Error, "error"), plural(s.Warning, "warning"), s.Info)
	if s.Waived > 0 || s.FalseAlarm > 0 {
		headline += fmt.Sprintf(" (plus %d waived, %s, which do not count)", s.Waived, plural(s.FalseAlarm, "false alarm"))
	}
	if withBaseline(res) {
		headline += fmt.Sprintf("; %d new since the baseline", s.New)
	}
	put(1, row, headline+". Work through the Findings sheet: set Status and Note for each row; "+
		"a later run with --baseline keeps them.", st.wrap)
	keep(f.MergeCell(sheet, "A2", "G2"))
	keep(f.SetRowHeight(sheet, row, 33))
	row += 2

	put(1, row, "Run", st.subtitle)
	row++
	failed := 0
	for _, src := range res.Sources {
		if src.Error != "" {
			failed++
		}
	}
	meta := [][2]string{
		{"Tool", strings.TrimSpace("figcheck " + res.Version)},
	}
	if !res.Started.IsZero() {
		meta = append(meta, [2]string{"Run started", res.Started.UTC().Format("2006-01-02 15:04:05 UTC")})
	}
	inputs := plural(len(res.Sources), "input")
	if failed > 0 {
		inputs += fmt.Sprintf(", %d could not be read (see Sources)", failed)
	}
	meta = append(meta, [2]string{"Inputs", inputs}, [2]string{"Figures read", fmt.Sprint(len(res.Figures))})
	if wb.partialFigures() {
		meta = append(meta, [2]string{"Figures sheet", fmt.Sprintf(
			"lists %d of the %d figures: every figure from an article and every figure a finding cites. The JSON report (--format json) has them all.",
			len(wb.listed), len(res.Figures))})
	}
	ruleFiles := "built-in rule pack"
	if len(res.RuleFiles) > 0 {
		ruleFiles = strings.Join(res.RuleFiles, "\n")
	}
	meta = append(meta, [2]string{"Rule files", ruleFiles})
	baseline := "none: every finding is new"
	if res.Baseline != "" {
		baseline = res.Baseline
	}
	meta = append(meta, [2]string{"Baseline", baseline})
	keys := make([]string, 0, len(res.Options))
	for k := range res.Options {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		meta = append(meta, [2]string{k, res.Options[k]})
	}
	if len(res.Expired) > 0 {
		meta = append(meta, [2]string{"Expired waivers", strings.Join(res.Expired, "\n")})
	}
	for _, m := range meta {
		put(1, row, m[0], st.label)
		put(2, row, m[1], st.wrap)
		from, _ := excelize.CoordinatesToCellName(2, row)
		keep(f.MergeCell(sheet, from, fmt.Sprintf("G%d", row)))
		if n := wrappedLines(m[1], 6*13); n > 1 {
			keep(f.SetRowHeight(sheet, row, rowHeight(n)))
		}
		row++
	}
	row++

	put(1, row, "Findings", st.subtitle)
	row++
	put(1, row, "Kind", st.tableHead)
	put(2, row, "Count", st.tableHead)
	row++
	counts := []struct {
		label string
		n     int
		style int
	}{
		{"Errors", s.Error, st.sevError},
		{"Warnings", s.Warning, st.sevWarning},
		{"Info", s.Info, st.sevInfo},
		{"Waived (do not count)", s.Waived, st.sevOther},
		{"False alarms (do not count)", s.FalseAlarm, st.sevOther},
	}
	for _, c := range counts {
		put(1, row, c.label, c.style)
		put(2, row, c.n, st.integer)
		row++
	}
	if withBaseline(res) {
		put(1, row, "New since the baseline", st.label)
		put(2, row, s.New, st.integer)
		row++
	}
	put(1, row, "Total", st.label)
	put(2, row, len(res.Findings), st.integer)
	row += 2

	byRule := countBy(res.Findings, func(fd rules.Finding) []string { return []string{fd.Rule} })
	// Printed, the by-rule table and its chart start a page so the chart is not cut.
	keep(f.InsertPageBreak(sheet, fmt.Sprintf("A%d", row)))
	put(1, row, "Findings by rule", st.subtitle)
	row++
	if len(byRule) == 0 {
		put(1, row, "No findings.", 0)
		row += 2
	} else {
		first := row + 1
		row = wb.countTable(row, "Rule", byRule, put)
		last := row - 1
		chartRow := row + 1
		height := 80 + 26*len(byRule)
		if height < 220 {
			height = 220
		}
		most := 0
		for _, c := range byRule {
			most = max(most, c.total())
		}
		if err := wb.ruleChart(chartRow, first, last, height, most); err != nil {
			return fmt.Errorf("chart: %w", err)
		}
		row = chartRow + height/20 + 2
	}

	bySource := countBy(res.Findings, wb.ix.sourcesOf)
	if len(bySource) > 0 {
		put(1, row, "Findings by source", st.subtitle)
		row++
		row = wb.countTable(row, "Source", bySource, put) + 1
	}

	put(1, row, "Inputs", st.subtitle)
	row++
	for i, h := range []string{"Path", "Kind", "Figures", "Status"} {
		put(i+1, row, h, st.tableHead)
	}
	put(5, row, "SHA-256", st.tableHead)
	keep(f.MergeCell(sheet, fmt.Sprintf("E%d", row), fmt.Sprintf("H%d", row)))
	row++
	for _, src := range res.Sources {
		status, style := "OK", st.ok
		if src.Error != "" {
			status, style = "Failed", st.failed
		}
		put(1, row, src.Path, st.wrap)
		put(2, row, string(src.Kind), st.top)
		put(3, row, src.Figures, st.integer)
		put(4, row, status, style)
		put(5, row, src.SHA256, st.mono)
		row++
	}
	keep(f.SetPanes(sheet, &excelize.Panes{}))
	return firstErr
}

// countTable writes a header and one line per group from row on and returns
// the row after the table. Columns: name, Error, Warning, Info, Not counted,
// Total, and New when a baseline was used.
func (wb *workbook) countTable(row int, name string, cs []ruleCounts, put func(int, int, any, int)) int {
	st := wb.st
	heads := []struct {
		t string
		s int
	}{{name, st.tableHead}, {"Error", st.sevError}, {"Warning", st.sevWarning}, {"Info", st.sevInfo},
		{"Not counted", st.tableHead}, {"Total", st.tableHead}}
	base := withBaseline(wb.res)
	if base {
		heads = append(heads, struct {
			t string
			s int
		}{"New", st.tableHead})
	}
	for i, h := range heads {
		put(i+1, row, h.t, h.s)
	}
	row++
	for _, c := range cs {
		put(1, row, c.name, st.wrap)
		nums := []int{c.err, c.warn, c.info, c.apart, c.total()}
		if base {
			nums = append(nums, c.nw)
		}
		for i, n := range nums {
			put(i+2, row, n, st.integer)
		}
		row++
	}
	return row
}

// ruleChart adds a stacked bar chart of findings by rule and severity over the
// by-rule table (rows first..last), anchored at row.
func (wb *workbook) ruleChart(row, first, last, height, most int) error {
	series := func(name, col, color string) excelize.ChartSeries {
		return excelize.ChartSeries{
			Name:       fmt.Sprintf("%s!$%s$%d", SheetSummary, col, first-1),
			Categories: fmt.Sprintf("%s!$A$%d:$A$%d", SheetSummary, first, last),
			Values:     fmt.Sprintf("%s!$%s$%d:$%s$%d", SheetSummary, col, first, col, last),
			Fill:       excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{color}},
		}
	}
	gap := uint(60)
	overlap := 100
	chart := &excelize.Chart{
		Type: excelize.BarStacked,
		Series: []excelize.ChartSeries{
			series("Error", "B", "C00000"),
			series("Warning", "C", "FFC000"),
			series("Info", "D", "5B9BD5"),
			series("Not counted", "E", "BFBFBF"),
		},
		Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: "Findings by rule"}}},
		Legend:    excelize.ChartLegend{Position: "bottom"},
		Dimension: excelize.ChartDimension{Width: 720, Height: uint(height)},
		XAxis:     excelize.ChartAxis{ReverseOrder: true, Font: excelize.Font{Color: "262626", Size: 10}},
		YAxis: excelize.ChartAxis{MajorGridLines: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: "#,##0"},
			Font: excelize.Font{Color: "262626", Size: 10}},
		GapWidth: &gap,
		Overlap:  &overlap,
		Format:   excelize.GraphicOptions{OffsetX: 4, OffsetY: 4},
	}
	if most <= 10 {
		chart.YAxis.MajorUnit = 1 // whole findings only
	}
	return wb.f.AddChart(SheetSummary, fmt.Sprintf("A%d", row), chart)
}
