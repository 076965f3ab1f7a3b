package sheet

import (
	"context"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strings"
	"unicode"

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
	dropped   int // warnings beyond maxWarnings
	subjects  map[string]subjectInfo
	rowUnits  map[string]unitInfo
	periods   map[periodKey]periodResult
	emptyData []string // cell refs of empty data cells, checked for uncached formulas (xlsx)
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
	p, ok := parsePeriodCell(text, r)
	if len(x.periods) < 10000 {
		x.periods[k] = periodResult{p, ok}
	}
	return p, ok
}

type subjectInfo struct {
	id, name string
	known    bool
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
		subjects: map[string]subjectInfo{}, rowUnits: map[string]unitInfo{}, periods: map[periodKey]periodResult{}}, nil
}

// warnf records a non-fatal problem; each message names its sheet and cell.
func (x *extractor) warnf(format string, args ...any) {
	if len(x.doc.Warnings) >= maxWarnings {
		x.dropped++
		return
	}
	x.doc.Warnings = append(x.doc.Warnings, fmt.Sprintf(format, args...))
}

func (x *extractor) finish() {
	if x.dropped > 0 {
		x.doc.Warnings = append(x.doc.Warnings, fmt.Sprintf("%d more warnings not shown", x.dropped))
	}
}

// table is a detected table: its columns and what the rows above it said.
type table struct {
	sheet     string
	headerRow int
	cols      []column
	idx       map[role]int // the column of each row role
	subject2  int          // a second commodity column (bilingual tables), -1 if none

	title        string // the rows above the header, joined
	titleRef     ref
	titlePeriod  figure.Period
	titleFlow    string
	titleUnit    unitInfo
	titleSubject subjectInfo
}

func (t *table) col(r role) int {
	if i, ok := t.idx[r]; ok {
		return i
	}
	return -1
}

func cellText(cells []string, i int) string {
	if i < 0 || i >= len(cells) {
		return ""
	}
	return strings.TrimSpace(cells[i])
}

// cellRef names a cell as "Sheet!B7".
func cellRef(sheet string, col, row int) string {
	name, err := excelize.CoordinatesToCellName(col+1, row)
	if err != nil {
		name = fmt.Sprintf("C%dR%d", col+1, row)
	}
	return sheet + "!" + name
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
	t, start, err := x.detect(sheet, buf)
	if err != nil {
		return err
	}
	n := 0
	for _, r := range buf[start:] {
		x.row(t, r)
	}
	for {
		if n++; n%512 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		r, ok, err := next()
		if err != nil {
			return fmt.Errorf("sheet %q after row %d: %w", sheet, r.num, err)
		}
		if !ok {
			return nil
		}
		x.row(t, r)
	}
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
func (x *extractor) detect(sheet string, buf []rowData) (*table, int, error) {
	h := -1
	for i, r := range buf {
		if statsOf(r.cells, ref{}).isHeader() {
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

	end := h + 1
	for end < len(buf) && end <= h+3 && buf[end].num <= buf[end-1].num+1 && statsOf(buf[end].cells, t.titleRef).isContinuation() {
		end++
	}
	var hdr [][]string
	for _, r := range buf[h:end] {
		hdr = append(hdr, r.cells)
	}
	labels := mergeHeader(hdr, t.titleRef)
	seen := map[string]int{}
	for i, l := range labels {
		c := classify(l, t.titleRef)
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

// lookup maps a row label to a glossary subject, or to a slug of the label
// when the glossary does not know it.
func (x *extractor) lookup(label, alt string) subjectInfo {
	key := label + "\x00" + alt
	if s, ok := x.subjects[key]; ok {
		return s
	}
	s := subjectInfo{id: slug(label), name: label}
	if totalLabelRe.MatchString(normalize(cleanLabel(label))) {
		// "出口总值", "Total exports": the goods-trade total of the table's flow.
		if sub, ok := x.gloss.Subject("goods"); ok {
			s = subjectInfo{id: sub.ID, name: sub.Name, known: true}
			x.subjects[key] = s
			return s
		}
	}
	for _, l := range []string{label, alt} {
		if l = cleanLabel(l); l == "" {
			continue
		}
		if sub, ok := x.gloss.Lookup(l); ok {
			s = subjectInfo{id: sub.ID, name: sub.Name, known: true}
			break
		}
	}
	if len(x.subjects) < 10000 {
		x.subjects[key] = s
	}
	return s
}

// totalLabelRe matches the label of a table's total row.
var totalLabelRe = regexp.MustCompile(`^(?:进出口|出口|进口)?\s*(?:总值|总额|总计|合计|货物总值)$|^(?:grand )?total(?: (?:exports|imports|trade|value))?$|^(?:exports|imports)[,:]? total$`)

// cleanLabel drops list markers a customs table puts before a commodity
// ("其中：", "of which:", "1.", "(1)") and footnote marks after it.
func cleanLabel(s string) string {
	s = strings.TrimSpace(s)
	for _, p := range []string{"其中：", "其中:", "其中", "包括：", "of which:", "of which", "including:", "incl."} {
		if strings.HasPrefix(strings.ToLower(s), p) {
			s = strings.TrimSpace(s[len(p):])
		}
	}
	s = strings.TrimLeft(s, "0123456789.、)(） ")
	s = strings.TrimRight(s, "*#†‡ ")
	return s
}

// slug makes a metric subject id from a label the glossary does not know:
// letters and digits lower-cased, everything else one underscore
// ("Rare-earth magnets" → "rare_earth_magnets", "稀土永磁" stays).
func slug(label string) string {
	var b strings.Builder
	under := false
	n := 0
	for _, r := range strings.ToLower(cleanLabel(label)) {
		if n >= 64 {
			break
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			under = false
			n++
			continue
		}
		if !under && b.Len() > 0 {
			b.WriteByte('_')
			under = true
		}
	}
	s := strings.TrimRight(b.String(), "_")
	if s == "" {
		return "unlabelled"
	}
	return s
}

// row turns one data row into figures; problems become warnings and never
// stop the other rows.
func (x *extractor) row(t *table, r rowData) {
	cells := r.cells
	at := func(i int) string { return cellRef(t.sheet, i, r.num) }

	hasData := false
	for _, c := range t.cols {
		if c.role == roleData && cellText(cells, c.idx) != "" && !isEmptyMarker(cellText(cells, c.idx)) {
			hasData = true
			break
		}
	}
	if !hasData {
		x.noteEmptyData(t, r)
		return
	}
	label := cellText(cells, t.col(roleSubject))
	var subj subjectInfo
	switch {
	case label != "":
		subj = x.lookup(label, cellText(cells, t.subject2))
	case t.col(roleSubject) < 0:
		subj, label = t.titleSubject, t.titleSubject.name
	default:
		if alt := cellText(cells, t.subject2); alt != "" {
			label = alt
			subj = x.lookup(alt, "")
			break
		}
		if !hasNumber(cells) {
			return // a repeated header row or a note
		}
		x.warnf("%s: row has numbers but no commodity label; skipped", at(t.col(roleSubject)))
		return
	}
	if !subj.known && isHeaderRepeat(label) && statsOf(cells, t.titleRef).isHeader() {
		return
	}

	flow := ""
	if i := t.col(roleFlow); i >= 0 {
		if txt := cellText(cells, i); txt != "" {
			if flow = flowCell(txt); flow == "" {
				x.warnf("%s: flow %q not understood (want export, import, 出口, 进口, ...)", at(i), txt)
			}
		}
	}
	if flow == "" {
		flow = flowOf(label)
	}
	if flow == "" {
		flow = t.titleFlow
	}

	rowPeriod, periodOK := x.rowPeriod(t, cells, at)
	partner := cellText(cells, t.col(rolePartner))
	quote := cellText(cells, t.col(roleQuote))
	ctxt := label
	if src := cellText(cells, t.col(roleSource)); src != "" {
		ctxt += " — " + src
	}
	qual := ""
	if i := t.col(roleQualifier); i >= 0 {
		if txt := cellText(cells, i); txt != "" {
			if qual = qualifierOf(txt); qual == "" {
				x.warnf("%s: qualifier %q not understood (want more than, about, nearly, ...)", at(i), txt)
			}
		}
	}
	rowMeasure, rowBasis, rowOf := figure.Measure(""), "", ""
	if i := t.col(roleMeasure); i >= 0 {
		if txt := cellText(cells, i); txt != "" {
			rowMeasure, rowBasis, rowOf = measureOf(txt)
			if rowMeasure == "" {
				x.warnf("%s: measure %q not understood (want value, quantity, growth, share, price)", at(i), txt)
			}
		}
	}
	if i := t.col(roleBasis); i >= 0 {
		switch b := normalize(cellText(cells, i)); {
		case momRe.MatchString(b) || b == "mom":
			rowBasis = figure.BasisMoM
		case b != "":
			rowBasis = figure.BasisYoY
		}
	}
	rowUnit := unitInfo{}
	rowUnitText := ""
	if i := t.col(roleUnit); i >= 0 {
		rowUnitText = cellText(cells, i)
		rowUnit = x.parseRowUnitCached(rowUnitText)
	}
	if !rowUnit.ok() && t.col(roleSubject) >= 0 {
		// A claims table may put the unit in the label: "出口额（亿元）".
		for _, m := range parenRe.FindAllStringSubmatch(label, -1) {
			if u := parseUnit(m[1]); u.ok() {
				rowUnit = u
				break
			}
		}
	}

	for _, c := range t.cols {
		if c.role != roleData {
			continue
		}
		text := cellText(cells, c.idx)
		if text == "" || isEmptyMarker(text) {
			if text == "" && c.idx < len(cells) && len(x.emptyData) < maxFormulaChecks {
				x.emptyData = append(x.emptyData, at(c.idx))
			}
			continue
		}
		ref := at(c.idx)
		if isErrorValue(text) {
			x.warnf("%s: error value %s; skipped", ref, text)
			continue
		}
		if strings.HasPrefix(text, "=") {
			x.warnf("%s: formula %s without a computed value; skipped", ref, truncate(text, 40))
			continue
		}
		num, ok := parseNumber(text)
		if !ok {
			x.warnf("%s: %q is not a number; skipped", ref, truncate(text, 40))
			continue
		}
		period := c.period.Period
		if period.IsZero() {
			if !periodOK {
				continue // already warned about the row's period
			}
			period = rowPeriod
		}
		if period.IsZero() {
			x.warnf("%s: no period for this figure; skipped", ref)
			continue
		}
		f, warn := x.figure(t, c, num, rowUnit, rowUnitText, rowMeasure)
		if warn != "" {
			x.warnf("%s: %s; skipped", ref, warn)
			continue
		}
		f.ID = x.name + "#" + ref
		f.Source = x.name
		f.Kind = figure.KindSheet
		f.Cell = ref
		f.Quote = text
		if quote != "" {
			f.Quote = quote
		}
		f.Subject = subj.name
		fl := flow
		if c.flow != "" {
			fl = c.flow
		}
		f.Flow = fl
		f.Metric = figure.MetricID(subj.id, fl)
		f.Partner = partner
		f.Period = period
		if f.Measure == figure.Growth {
			if f.Basis == "" {
				f.Basis = rowBasis
			}
			if f.Basis == "" {
				f.Basis = figure.BasisYoY
			}
			if f.Of == "" {
				f.Of = rowOf
			}
		}
		f.Context = ctxt
		if qual != "" {
			w := x.opts.Widening
			if w == (figure.Widening{}) {
				w = figure.DefaultWidening()
			}
			f.Qualifier = qual
			iv := w.Apply(f.Interval(), qual)
			f.Low, f.High = iv.Low, iv.High
		}
		x.doc.Figures = append(x.doc.Figures, f)
	}
}

// hasNumber reports whether any cell reads as a number.
func hasNumber(cells []string) bool {
	for _, c := range cells {
		if _, ok := parseNumber(c); ok {
			return true
		}
	}
	return false
}

// noteEmptyData remembers empty cells of data columns in a row that has no
// figures, so that uncached formulas there are reported too.
func (x *extractor) noteEmptyData(t *table, r rowData) {
	if cellText(r.cells, t.col(roleSubject)) == "" {
		return
	}
	for _, c := range t.cols {
		if c.role == roleData && c.idx < len(r.cells) && strings.TrimSpace(r.cells[c.idx]) == "" && len(x.emptyData) < maxFormulaChecks {
			x.emptyData = append(x.emptyData, cellRef(t.sheet, c.idx, r.num))
		}
	}
}

// isHeaderRepeat reports whether a label repeats a header (a table printed
// over several pages repeats its header row).
func isHeaderRepeat(label string) bool {
	return aliasRole[aliasKey(label)] == roleSubject
}

func (x *extractor) parseRowUnitCached(s string) unitInfo {
	if u, ok := x.rowUnits[s]; ok {
		return u
	}
	u := parseRowUnit(s)
	if len(x.rowUnits) < 10000 {
		x.rowUnits[s] = u
	}
	return u
}

// rowPeriod reads the period a tidy row states; ok is false (with a warning)
// when the row's period cells are unreadable.
func (x *extractor) rowPeriod(t *table, cells []string, at func(int) string) (figure.Period, bool) {
	r := t.titleRef
	if i := t.col(roleYear); i >= 0 {
		txt := cellText(cells, i)
		y := 0
		if n, ok := parseNumber(txt); ok && n.Step == 1 && n.Value >= 1900 && n.Value <= 2200 {
			y = int(n.Value)
		} else if pt, ok := parsePeriod(txt, ref{}); ok && !pt.Period.IsZero() {
			y = pt.Period.End.Year()
		}
		if y == 0 {
			if txt != "" {
				x.warnf("%s: year %q not understood; row skipped", at(i), txt)
				return figure.Period{}, false
			}
		} else {
			r = ref{Year: y, Month: r.Month}
		}
	}
	if i := t.col(rolePeriod); i >= 0 {
		if txt := cellText(cells, i); txt != "" {
			p, ok := x.periodCell(txt, r)
			if !ok {
				x.warnf("%s: period %q not understood; row skipped", at(i), truncate(txt, 40))
				return figure.Period{}, false
			}
			return p, true
		}
	}
	if i := t.col(roleMonth); i >= 0 {
		if txt := cellText(cells, i); txt != "" {
			p, ok := x.periodCell(txt, r)
			if !ok {
				x.warnf("%s: month %q not understood; row skipped", at(i), truncate(txt, 40))
				return figure.Period{}, false
			}
			return p, true
		}
	}
	s, e := t.col(roleStart), t.col(roleEnd)
	if s >= 0 || e >= 0 {
		var ps, pe figure.Period
		okS, okE := true, true
		if s >= 0 {
			ps, okS = x.periodCell(cellText(cells, s), r)
		}
		if e >= 0 {
			pe, okE = x.periodCell(cellText(cells, e), r)
		}
		switch {
		case !okS && !okE:
		case !okS:
			return pe, true
		case !okE:
			return ps, true
		case ps.Start <= pe.End:
			return figure.Period{Start: ps.Start, End: pe.End}, true
		default:
			x.warnf("%s: period starts after it ends; row skipped", at(s))
			return figure.Period{}, false
		}
	}
	if i := t.col(roleYear); i >= 0 && r.Year != 0 && r != t.titleRef {
		return figure.YearPeriod(r.Year), true
	}
	if !t.titlePeriod.IsZero() {
		return t.titlePeriod, true
	}
	return figure.Period{}, true
}

// figure builds the numeric part of a figure from a data cell: unit, scale,
// measure and the rounding interval. warn is non-empty when the cell cannot
// become a figure.
func (x *extractor) figure(t *table, c column, num cellNumber, rowUnit unitInfo, rowUnitText string, rowMeasure figure.Measure) (figure.Figure, string) {
	measure := c.measure
	if measure == "" {
		measure = rowMeasure
	}
	u := c.unit
	compatible := func(v unitInfo) bool {
		if !v.ok() {
			return false
		}
		switch measure {
		case figure.Value:
			return v.Kind == kindMoney || v.Kind == kindScale
		case figure.Quantity:
			return v.Kind == kindQuantity || v.Kind == kindScale
		case figure.Growth, figure.Share:
			return v.Kind == kindPercent
		}
		return true
	}
	// A cell that states its own unit ("$4.1 bn") wins; then the header's unit;
	// a bare scale in the header ("金额（万）") takes its currency or quantity
	// unit from the row's unit column or the title note.
	cellScale := 1.0
	cu := num.Unit
	if cu.Kind == kindScale {
		cellScale, cu = cu.Scale, unitInfo{}
	}
	switch {
	case cu.ok() && cu.Kind != kindPercent:
		u = cu
	case !u.ok() || u.Kind == kindScale:
		for _, cand := range []unitInfo{rowUnit, t.titleUnit} {
			if !compatible(cand) || cand.Kind == kindScale {
				continue
			}
			if u.Kind == kindScale {
				cand.Scale = u.Scale
			}
			u = cand
			break
		}
	}
	if num.Percent {
		if measure != "" && measure != figure.Growth && measure != figure.Share {
			return figure.Figure{}, fmt.Sprintf("percent value in a %s column", measure)
		}
		u = unitInfo{Unit: figure.UnitPercent, Scale: 1, Kind: kindPercent}
	}
	u.Scale *= cellScale
	if measure == "" {
		switch u.Kind {
		case kindMoney:
			measure = figure.Value
		case kindQuantity:
			measure = figure.Quantity
		case kindPercent:
			measure = figure.Growth
		}
	}
	switch {
	case !u.ok() && measure == figure.Quantity && rowUnitText != "":
		return figure.Figure{}, fmt.Sprintf("quantity unit %q not understood", truncate(rowUnitText, 20))
	case !u.ok() || u.Kind == kindScale:
		return figure.Figure{}, fmt.Sprintf("no unit for column %s (%q): state it in the header, a unit column or a note such as 单位：万元",
			colName(c.idx), truncate(c.label, 40))
	case measure == "":
		measure = figure.Other
	}
	v, lo, hi, _ := num.bounds(u.Scale)
	if math.IsInf(v, 0) || math.IsNaN(lo) || math.IsNaN(hi) || math.Abs(v) > 1e18 {
		return figure.Figure{}, fmt.Sprintf("number %s out of range", truncate(num.Digits, 30))
	}
	f := figure.Figure{Value: v, Low: lo, High: hi, Unit: u.Unit, Measure: measure}
	if measure == figure.Growth {
		f.Basis = c.basis
		f.Of = c.of
	}
	return f, ""
}

// qualifierOf reads a qualifier cell of a claims table.
func qualifierOf(s string) string {
	switch n := normalize(s); {
	case n == "" || n == "none" || n == "-":
		return ""
	case strings.Contains(n, "at least") || strings.Contains(n, "不少于") || strings.Contains(n, "不低于") || n == ">=" || n == "≥" || n == "at_least":
		return figure.QualAtLeast
	case strings.Contains(n, "more than") || strings.Contains(n, "over") || strings.Contains(n, "above") ||
		strings.Contains(n, "exceed") || strings.Contains(n, "超过") || strings.Contains(n, "逾") || n == ">" || n == "more_than":
		return figure.QualMoreThan
	case strings.Contains(n, "less than") || strings.Contains(n, "under") || strings.Contains(n, "below") ||
		strings.Contains(n, "不到") || strings.Contains(n, "低于") || n == "<" || n == "less_than":
		return figure.QualLessThan
	case strings.Contains(n, "nearly") || strings.Contains(n, "almost") || strings.Contains(n, "近") || strings.Contains(n, "接近"):
		return figure.QualNearly
	case strings.Contains(n, "about") || strings.Contains(n, "around") || strings.Contains(n, "approx") ||
		strings.Contains(n, "约") || strings.Contains(n, "左右") || n == "~":
		return figure.QualAbout
	}
	return ""
}

// measureOf reads a measure cell of a tidy table.
func measureOf(s string) (figure.Measure, string, string) {
	n := normalize(s)
	switch {
	case momRe.MatchString(n):
		return figure.Growth, figure.BasisMoM, ofOf(n)
	case growthRe.MatchString(n) || n == "growth":
		return figure.Growth, figure.BasisYoY, ofOf(n)
	case shareRe.MatchString(n):
		return figure.Share, "", ""
	case priceRe.MatchString(n):
		return figure.Price, "", ""
	case quantityRe.MatchString(n):
		return figure.Quantity, "", ""
	case valueRe.MatchString(n) || n == "money":
		return figure.Value, "", ""
	case n == "other" || n == "其他":
		return figure.Other, "", ""
	}
	return "", "", ""
}

func ofOf(n string) string {
	switch {
	case quantityRe.MatchString(n):
		return string(figure.Quantity)
	case valueRe.MatchString(n):
		return string(figure.Value)
	}
	return ""
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
