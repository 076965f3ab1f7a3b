package sheet

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"figcheck/figure"
	"figcheck/sources"
	"figcheck/sources/glossary"
)

const (
	// headerScan is how many rows from the top of a sheet are searched for the header.
	headerScan = 40
	// maxWarnings bounds the warnings kept per file; the rest are counted.
	maxWarnings = 500
	// maxColumns is the widest table read; cells further right are ignored
	// with one warning per sheet (real tables have tens of columns, and
	// header detection costs grow with the width).
	maxColumns = 1024
)

// rowData is one row of a sheet: its 1-based number and its cells as text.
type rowData struct {
	num   int
	cells []string
}

// rowIter yields the rows of one sheet in order; ok is false at the end.
type rowIter func() (r rowData, ok bool, err error)

// errNoTable marks a sheet with no recognisable header (a notes sheet); it is
// a warning unless no sheet of the file holds a table.
var errNoTable = errors.New("no table header found")

// extractor turns the rows of a file's sheets into figures.
type extractor struct {
	name      string // the source path shown in figures and messages
	opts      sources.Options
	gloss     *glossary.Glossary
	doc       *sources.Document
	dropped   int                       // warnings beyond maxWarnings
	subjects  map[[2]string]subjectInfo // by label and second label
	rowUnits  map[string]unitInfo
	periods   map[periodKey]periodResult
	memo      memos
	emptyData []string // cell refs of empty data cells, checked for uncached formulas (xlsx)
	// rowsHint is the number of rows of the sheet being read when known
	// up front (a CSV's lines, a worksheet's row elements), figsHint the
	// most figures its size allows: the figure slice is sized once per
	// sheet instead of growing by copies.
	rowsHint, figsHint int
	sized              bool   // Figures was sized from the hints
	parentID           string // subject id of the last top-level row (for "of which" rows)
}

type periodKey struct {
	text string
	r    ref
}

type periodResult struct {
	p  figure.Period
	ok bool
}

// periodCell is parsePeriodCell with a cache: tidy tables repeat their periods.
func (x *extractor) periodCell(text string, r ref) (figure.Period, bool) {
	k := periodKey{text, r}
	if res, ok := x.periods[k]; ok {
		return res.p, res.ok
	}
	var res periodResult
	if v, ok := x.opts.Memo.Load(periodCellKey(k)); ok {
		res = v.(periodResult)
	} else {
		res.p, res.ok = parsePeriodCell(text, r)
		if x.opts.Memo != nil {
			x.opts.Memo.Store(periodCellKey{strings.Clone(text), r}, res)
		}
	}
	if len(x.periods) < maxMemo {
		x.periods[k] = res
	}
	return res.p, res.ok
}

type subjectInfo struct {
	id, name string
	known    bool
	flow     string // the flow the label names ("集成电路出口"), if any
	header   bool   // the label is a commodity-column header (a repeated header row)
}

func newExtractor(name string, opts sources.Options, doc *sources.Document) (*extractor, error) {
	g := opts.Glossary
	if g == nil {
		var err error
		if g, err = glossary.Builtin(); err != nil {
			return nil, err
		}
	}
	return &extractor{name: name, opts: opts, gloss: g, doc: doc,
		subjects: map[[2]string]subjectInfo{}, rowUnits: map[string]unitInfo{}, periods: map[periodKey]periodResult{}, memo: newMemos()}, nil
}

// warnf records a non-fatal problem; each message names its sheet and cell.
func (x *extractor) warnf(format string, args ...any) {
	if len(x.doc.Warnings) >= maxWarnings {
		x.dropped++
		return
	}
	x.doc.Warnings = append(x.doc.Warnings, fmt.Sprintf(format, args...))
}

// sizeFigures makes room for a figure per data cell of the rows below the
// header when the sheet's length is known.
func (x *extractor) sizeFigures(t *table) {
	if x.rowsHint <= t.headerRow {
		return
	}
	data := 0
	for _, c := range t.cols {
		if c.role == roleData {
			data++
		}
	}
	want := min((x.rowsHint-t.headerRow)*data, x.figsHint)
	x.doc.Figures = slices.Grow(x.doc.Figures, want)
	x.sized = true
	x.rowsHint = 0 // once per sheet
}

func (x *extractor) finish() {
	switch n := len(x.doc.Figures); {
	case !x.sized:
	case n == 0:
		x.doc.Figures = nil // as if never sized
	case cap(x.doc.Figures)-n > n/4+16:
		// The hint was far too high (rows without figures): do not keep the slack.
		x.doc.Figures = slices.Clone(x.doc.Figures)
	}
	if x.dropped > 0 {
		x.doc.Warnings = append(x.doc.Warnings, fmt.Sprintf("%d more warnings not shown", x.dropped))
	}
}

// table is a detected table: its columns and what the rows above it said.
type table struct {
	sheet     string
	headerRow int
	cols      []column
	idx       map[role]int      // the column of each row role
	byRole    [roleData + 1]int // idx as an array, once ready
	ready     bool
	subject2  int // a second commodity column (bilingual tables), -1 if none

	title        string // the rows above the header, joined
	titleRef     ref
	titlePeriod  figure.Period
	titleFlow    string
	titleUnit    unitInfo
	titleSubject subjectInfo
}

func (t *table) col(r role) int {
	if t.ready {
		return t.byRole[r]
	}
	if i, ok := t.idx[r]; ok {
		return i
	}
	return -1
}

// freeze copies idx to byRole once the columns are final: col runs several
// times per row.
func (t *table) freeze() {
	for r := range t.byRole {
		t.byRole[r] = -1
		if i, ok := t.idx[role(r)]; ok {
			t.byRole[r] = i
		}
	}
	t.ready = true
}

func cellText(cells []string, i int) string {
	if i < 0 || i >= len(cells) {
		return ""
	}
	return strings.TrimSpace(cells[i])
}

// cellRef names a cell as "Sheet!B7".
func cellRef(sheet string, col, row int) string {
	return string(appendCellRef(make([]byte, 0, len(sheet)+12), sheet, col, row))
}

// cellID is a figure's id, "name#Sheet!B7", built in one allocation; the
// cell reference is its tail after len(x.name)+1 bytes.
func (x *extractor) cellID(sheet string, col, row int) string {
	b := make([]byte, 0, len(x.name)+len(sheet)+14)
	b = append(b, x.name...)
	b = append(b, '#')
	return string(appendCellRef(b, sheet, col, row))
}

// appendCellRef appends "Sheet!B7" (0-based col, 1-based row); a cell outside
// a worksheet's grid is named "Sheet!C3R2000000".
func appendCellRef(b []byte, sheet string, col, row int) []byte {
	b = append(b, sheet...)
	b = append(b, '!')
	name, err := excelize.ColumnNumberToName(col + 1)
	if err != nil || row < 1 || row > excelize.TotalRows {
		b = append(b, 'C')
		b = strconv.AppendInt(b, int64(col+1), 10)
		b = append(b, 'R')
		return strconv.AppendInt(b, int64(row), 10)
	}
	b = append(b, name...)
	return strconv.AppendInt(b, int64(row), 10)
}

// readSheet finds the table in one sheet and turns its rows into figures.
func (x *extractor) readSheet(ctx context.Context, sheet string, next rowIter) error {
	wide := false
	next = clip(next, &wide)
	defer func() {
		if wide {
			x.warnf("sheet %q: rows wider than %d columns; cells beyond column %s ignored", sheet, maxColumns, colName(maxColumns-1))
		}
	}()
	var buf []rowData
	for len(buf) < headerScan {
		r, ok, err := next()
		if err != nil {
			return fmt.Errorf("sheet %q: %w", sheet, err)
		}
		if !ok {
			break
		}
		if isBlank(r.cells) {
			continue
		}
		buf = append(buf, r)
	}
	if len(buf) == 0 {
		return fmt.Errorf("sheet %q: %w (the sheet is empty)", sheet, errNoTable)
	}
	t, start, err := x.detect(sheet, buf, nil)
	if err != nil {
		return err
	}
	x.sizeFigures(t)
	// Rows still to be read before pulling more: the rest of the header
	// window, and rows read ahead after a later header.
	queue := buf[start:]
	pull := func() (rowData, bool, error) {
		if len(queue) > 0 {
			r := queue[0]
			queue = queue[1:]
			return r, true, nil
		}
		return next()
	}
	// quiet holds the latest rows that gave no figure and no warning: the
	// title of a table that may follow.
	var quiet []rowData
	for n := 1; ; n++ {
		if n%512 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		r, ok, err := pull()
		if err != nil {
			return fmt.Errorf("sheet %q after row %d: %w", sheet, r.num, err)
		}
		if !ok {
			return nil
		}
		if isBlank(r.cells) {
			continue
		}
		if !t.hasDataNumber(r.cells) && !hasNumber(r.cells) && isTableHeader(x.statsOf(r.cells, t.titleRef)) {
			// A second table below the first (exports, then imports), or the
			// header repeated on a new page: read its header and title anew.
			win := append(append([]rowData(nil), quiet...), r)
			for len(win) < len(quiet)+4 {
				r2, ok, err := pull()
				if err != nil || !ok {
					break
				}
				win = append(win, r2)
			}
			quiet = quiet[:0]
			nt, s, err := x.detect(sheet, win, t)
			if err != nil {
				x.warnf("sheet %q row %d: a header row that cannot be used (%v); the rows below are read with the header of row %d",
					sheet, r.num, unwrapHeader(err), t.headerRow)
				queue = append(append([]rowData(nil), win[indexOf(win, r)+1:]...), queue...)
				continue
			}
			t = nt
			queue = append(append([]rowData(nil), win[s:]...), queue...)
			continue
		}
		figs, warns := len(x.doc.Figures), len(x.doc.Warnings)
		x.row(t, r)
		switch {
		case len(x.doc.Figures) > figs || len(x.doc.Warnings) > warns:
			quiet = quiet[:0]
		case len(quiet) < 4:
			quiet = append(quiet, r)
		}
	}
}

// hasDataNumber reports whether a number stands in one of the table's data
// columns: the quick test that a row is data, not a header.
func (t *table) hasDataNumber(cells []string) bool {
	for _, c := range t.cols {
		if c.role == roleData {
			if _, ok := parseNumber(cellText(cells, c.idx)); ok {
				return true
			}
		}
	}
	return false
}

// isTableHeader reports whether a row below a table starts another one: a
// header row that names the commodity column.
func isTableHeader(st rowStats) bool { return st.isHeader() && st.subject }

// indexOf returns the position of the row numbered like r in rows.
func indexOf(rows []rowData, r rowData) int {
	for i, x := range rows {
		if x.num == r.num {
			return i
		}
	}
	return 0
}

// unwrapHeader drops the sheet prefix from a detection error for a warning.
func unwrapHeader(err error) string {
	msg := err.Error()
	if i := strings.Index(msg, ": "); i >= 0 {
		return msg[i+2:]
	}
	return msg
}

// clip cuts rows to maxColumns, noting in *wide when a non-empty cell was cut.
func clip(next rowIter, wide *bool) rowIter {
	return func() (rowData, bool, error) {
		r, ok, err := next()
		if len(r.cells) > maxColumns {
			if !*wide && !isBlank(r.cells[maxColumns:]) {
				*wide = true
			}
			r.cells = r.cells[:maxColumns]
		}
		return r, ok, err
	}
}

func isBlank(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// detect finds the header among the first rows, reads the title rows above it
// and checks the columns. It returns the index in buf of the first data row.
// prev is the table above (nil for the first): what the new title leaves
// unsaid (period, flow, unit) is taken from it.
func (x *extractor) detect(sheet string, buf []rowData, prev *table) (*table, int, error) {
	h := -1
	for i, r := range buf {
		if x.statsOf(r.cells, ref{}).isHeader() {
			h = i
			break
		}
	}
	if h < 0 {
		return nil, 0, fmt.Errorf("sheet %q rows %d-%d: %w (want a row with a commodity column such as %s and a value column such as %s)",
			sheet, buf[0].num, buf[len(buf)-1].num, errNoTable, wantAliases(roleSubject), wantAliases(roleData))
	}
	t := &table{sheet: sheet, headerRow: buf[h].num, idx: map[role]int{}, subject2: -1}
	var title []string
	for _, r := range buf[:h] {
		for _, c := range r.cells {
			if c = strings.TrimSpace(c); c != "" {
				title = append(title, c)
			}
		}
	}
	t.title = strings.Join(title, " ")
	x.readTitle(t, sheet)
	if prev != nil {
		if t.titleRef.Year == 0 {
			t.titleRef, t.titlePeriod = prev.titleRef, prev.titlePeriod
		}
		if t.titleFlow == "" {
			t.titleFlow = prev.titleFlow
		}
		if !t.titleUnit.ok() {
			t.titleUnit = prev.titleUnit
		}
		if !t.titleSubject.known {
			t.titleSubject = prev.titleSubject
		}
	}

	end := h + 1
	for end < len(buf) && end <= h+3 && buf[end].num <= buf[end-1].num+1 && x.statsOf(buf[end].cells, t.titleRef).isContinuation() {
		end++
	}
	var hdr [][]string
	for _, r := range buf[h:end] {
		hdr = append(hdr, r.cells)
	}
	labels := mergeHeader(hdr, t.titleRef, x.classify)
	seen := map[string]int{}
	for i, l := range labels {
		c := x.classify(l, t.titleRef)
		c.idx = i
		if c.role == roleNone {
			continue
		}
		if c.role == roleData {
			key := normalize(c.label)
			if j, dup := seen[key]; dup {
				return nil, 0, headerError(sheet, t.headerRow, "duplicate column %q in %s and %s",
					c.label, colName(j), colName(i))
			}
			seen[key] = i
			t.cols = append(t.cols, c)
			continue
		}
		if j, dup := t.idx[c.role]; dup {
			if c.role == roleSubject && t.subject2 < 0 && normalize(labels[j]) != normalize(l) {
				t.subject2 = i // 商品名称 and Commodity side by side
				continue
			}
			return nil, 0, headerError(sheet, t.headerRow, "duplicate %s columns %s (%q) and %s (%q)",
				roleNames[c.role], colName(j), labels[j], colName(i), l)
		}
		t.idx[c.role] = i
		t.cols = append(t.cols, c)
	}
	if err := x.checkColumns(t); err != nil {
		return nil, 0, err
	}
	t.freeze()
	return t, end, nil
}

func colName(i int) string {
	s, err := excelize.ColumnNumberToName(i + 1)
	if err != nil {
		return fmt.Sprint(i + 1)
	}
	return s
}

// readTitle takes flow, period, unit and subject hints from the rows above
// the header, then from the sheet name.
func (x *extractor) readTitle(t *table, sheet string) {
	if x.opts.Memo == nil || len(t.title)+len(sheet) > maxTitleMemo {
		x.readTitleText(t, sheet)
		return
	}
	k := titleKey{x.gloss, t.title, sheet}
	if v, ok := x.opts.Memo.Load(k); ok {
		ti := v.(titleInfo)
		t.titlePeriod, t.titleRef, t.titleFlow, t.titleUnit, t.titleSubject = ti.period, ti.r, ti.flow, ti.unit, ti.subject
		return
	}
	x.readTitleText(t, sheet)
	ti := titleInfo{period: t.titlePeriod, r: t.titleRef, flow: t.titleFlow, unit: t.titleUnit, subject: t.titleSubject}
	ti.unit.Unit = strings.Clone(ti.unit.Unit)
	ti.subject.id, ti.subject.name = strings.Clone(ti.subject.id), strings.Clone(ti.subject.name)
	x.opts.Memo.Store(titleKey{x.gloss, strings.Clone(t.title), strings.Clone(sheet)}, ti)
}

// maxTitleMemo: longer titles are not kept in the run's memo.
const maxTitleMemo = 1024

// titleKey keys what readTitle finds in a title and sheet name in the run's memo.
type titleKey struct {
	gloss        *glossary.Glossary
	title, sheet string
}

// titleInfo is what readTitle sets in a fresh table.
type titleInfo struct {
	period  figure.Period
	r       ref
	flow    string
	unit    unitInfo
	subject subjectInfo
}

// readTitleText is readTitle without the run's memo.
func (x *extractor) readTitleText(t *table, sheet string) {
	for _, text := range []string{t.title, sheet} {
		if text == "" {
			continue
		}
		if t.titleRef.Year == 0 {
			if pt, ok := parsePeriod(text, ref{}); ok && !pt.Period.IsZero() {
				t.titlePeriod = pt.Period
				t.titleRef = ref{Year: pt.Period.End.Year(), Month: pt.Period.End.Num()}
			}
		}
		if t.titleFlow == "" {
			t.titleFlow = flowOf(text)
		}
		if !t.titleUnit.ok() {
			t.titleUnit = noteUnit(text)
		}
		if !t.titleSubject.known {
			if ms := x.gloss.Find(text); len(ms) > 0 {
				t.titleSubject = subjectInfo{id: ms[0].Subject.ID, name: ms[0].Subject.Name, known: true}
			}
		}
	}
}

// checkColumns resolves what the header leaves open and reports what is missing.
func (x *extractor) checkColumns(t *table) error {
	var data []*column
	cumulative := figure.Period{}
	month := figure.Period{}
	for i := range t.cols {
		c := &t.cols[i]
		if c.role != roleData {
			continue
		}
		data = append(data, c)
		p := c.period.Period
		if p.IsZero() {
			continue
		}
		if c.period.PriorYear && c.measure != figure.Growth {
			c.period.Period = shiftYear(p, -1)
			continue
		}
		if p.Months() > 1 && p.End > cumulative.End {
			cumulative = p
		}
		if p.IsMonth() && p.End > month.End {
			month = p
		}
	}
	// Beside quantity columns (or under a money note) "Value" means money.
	hasQuantity := false
	for _, c := range data {
		hasQuantity = hasQuantity || c.measure == figure.Quantity
	}
	for _, c := range data {
		if c.measure == "" && valueRe.MatchString(normalize(c.label)) && (hasQuantity || t.titleUnit.Kind == kindMoney) {
			c.measure = figure.Value
		}
	}
	if len(data) == 0 {
		return headerError(t.sheet, t.headerRow, "no value column (want one of: %s)", wantAliases(roleData))
	}
	if t.col(roleSubject) < 0 && !t.titleSubject.known && t.col(rolePartner) >= 0 {
		// A table by country with no commodity column gives total goods trade.
		if sub, ok := x.gloss.Subject("goods"); ok {
			t.titleSubject = subjectInfo{id: sub.ID, name: sub.Name, known: true}
		}
	}
	if t.col(roleSubject) < 0 && !t.titleSubject.known {
		return headerError(t.sheet, t.headerRow, "no commodity column (want one of: %s)", wantAliases(roleSubject))
	}
	rowPeriod := t.col(rolePeriod) >= 0 || t.col(roleYear) >= 0 || t.col(roleStart) >= 0 || t.col(roleEnd) >= 0 ||
		t.col(roleMonth) >= 0
	for _, c := range data {
		if !c.period.Period.IsZero() {
			continue
		}
		// GAC tables give year-on-year growth for the cumulative figures.
		switch {
		case c.measure == figure.Growth && !cumulative.IsZero() && !c.period.ThisMonth:
			c.period.Period = cumulative
		case c.period.Cumulative && t.titleRef.Month > 0:
			c.period.Period = figure.YTD(figure.MonthOf(t.titleRef.Year, t.titleRef.Month))
		case (c.period.ThisMonth || c.measure == figure.Growth) && !month.IsZero():
			c.period.Period = month
		case rowPeriod:
		case !t.titlePeriod.IsZero():
			c.period.Period = t.titlePeriod
		default:
			return headerError(t.sheet, t.headerRow, "no period for column %s (%q): no period column (want one of: %s) and no period in the header or title",
				colName(c.idx), c.label, wantAliases(rolePeriod))
		}
	}
	return nil
}
