package article

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"figcheck/figure"
)

// tablePeriod handles pipe tables in text and markdown ("| Exports | $312.3
// billion | $3.24 trillion |" under "| Item | November | Jan-Nov |"): a figure
// in a column takes the period named in that column's header cell.
func (a *analysis) tablePeriod(pos int) (figure.Period, bool) {
	tc, ok := a.tableCellAt(pos)
	if !ok || tc.header.end <= tc.header.start {
		return figure.Period{}, false
	}
	return a.periodIn(tc.header.start, tc.header.end)
}

// ensureLines builds the line index and the per-line bar counts on first use.
func (a *analysis) ensureLines() {
	if a.lines != nil {
		return
	}
	a.lines = newLineIndex(a.text)
	a.bars = make([]int, len(a.lines.start))
	for i := range a.bars {
		a.bars[i] = -1
	}
}

// periodIn returns the first usable period expression inside [start, end).
func (a *analysis) periodIn(start, end int) (figure.Period, bool) {
	for i := a.perAt(start); i < len(a.pers) && a.pers[i].Start < end; i++ {
		p := a.pers[i]
		if p.End <= end && a.validPeriod(p) && !p.Period.IsZero() {
			return p.Period, true
		}
	}
	return figure.Period{}, false
}

// barsOf returns the number of '|' on line l, counted once.
func (a *analysis) barsOf(l int) int {
	if a.bars[l] < 0 {
		ls := a.lines.start[l]
		le := len(a.text)
		if l+1 < len(a.lines.start) {
			le = a.lines.start[l+1] - 1
		}
		a.bars[l] = strings.Count(a.text[ls:le], "|")
	}
	return a.bars[l]
}

// tableHead returns the first line of the table block that line l is in,
// remembering the answer for every line it walks over.
func (a *analysis) tableHead(l int) int {
	if a.heads == nil {
		a.heads = make([]int, len(a.lines.start))
		for i := range a.heads {
			a.heads[i] = -1
		}
	}
	var walked []int
	h := l
	for h > 0 && a.heads[h] < 0 && a.barsOf(h-1) >= 2 {
		walked = append(walked, h)
		h--
	}
	if a.heads[h] >= 0 {
		h = a.heads[h]
	}
	for _, w := range walked {
		a.heads[w] = h
	}
	a.heads[l] = h
	return h
}

// tableCell is where a position sits in a pipe table: its column's header
// cell, the row's first cell (its label), and the header cells to its left.
type tableCell struct {
	header     span   // the column's header cell (empty under a short header row)
	table      span   // all the table's header lines
	label      span   // the row's first cell
	leftHeads  []span // header cells of the columns before it, nearest first (at most maxLeftHeads)
	inLabel    bool   // the position is in the row's first cell
	headerLine bool   // the position is in the header row
}

// maxLeftHeads bounds how many columns back a rate column looks for the
// amount it belongs to.
const maxLeftHeads = 6

// tableCellAt places pos in a pipe table ("| Nov 2024 | 312.3 | +6.7 |" under
// "| Period | Exports ($bn) | y/y % |"); false outside one.
func (a *analysis) tableCellAt(pos int) (tableCell, bool) {
	var tc tableCell
	a.ensureLines()
	l := sort.Search(len(a.lines.start), func(i int) bool { return a.lines.start[i] > pos }) - 1
	if l < 0 || a.barsOf(l) < 2 {
		return tc, false
	}
	h := a.tableHead(l)
	if h == l || a.barsOf(h) < 2 {
		return tc, false
	}
	row := a.cellsOf(l)
	th := a.tableHeader(h)
	if l <= th.last {
		return tc, false // a header line itself
	}
	head := a.cellsOf(th.columns)
	// a header row short of cells sits over the right-hand columns (the row
	// label's header spans two rows: "<th rowspan=2>Month</th>")
	shift := max(0, len(row)-len(head))
	// the cell holding pos: cells are in order, so a binary search
	col := sort.Search(len(row), func(i int) bool { return row[i].end > pos })
	if col >= len(row) || pos < row[col].start || len(row) < 2 || col-shift >= len(head) {
		return tc, false
	}
	tc.label, tc.inLabel = row[0], col == 0
	if col-shift >= 0 {
		tc.header = head[col-shift]
	}
	tc.table = th.text
	// at most maxLeftHeads columns back: a rate column names the amount
	// column next to it, not one across a wide table
	for i := col - 1; i >= 1 && i >= col-maxLeftHeads && i-shift >= 0; i-- {
		tc.leftHeads = append(tc.leftHeads, head[i-shift])
	}
	return tc, true
}

// tableHeader is what the header lines of a table say: the line naming its
// columns, the last header line, and all their text (for a unit stated once
// over several columns: "Unit: USD 100 million").
type tableHeader struct {
	columns, last int
	text          span
}

// tableHeader reads the header lines of the table starting at line h: the
// lines before its first line of figures, separator lines aside.
func (a *analysis) tableHeader(h int) tableHeader {
	if th, ok := a.headers[h]; ok {
		return th
	}
	th := tableHeader{columns: h, last: h}
	for k := h; k < len(a.lines.start) && a.barsOf(k) >= 2 && k-h < 4; k++ {
		if a.dataLine(k) {
			break
		}
		th.last = k
		if !a.separatorLine(k) {
			th.columns = k
		}
	}
	th.text = span{a.lines.start[h], a.lineEnd(th.last)}
	if a.headers == nil {
		a.headers = map[int]tableHeader{}
	}
	a.headers[h] = th
	return th
}

// lineEnd is the offset where line l ends (before its newline).
func (a *analysis) lineEnd(l int) int {
	if l+1 < len(a.lines.start) {
		return a.lines.start[l+1] - 1
	}
	return len(a.text)
}

// dataLine reports whether table line l holds a figure: a cell after the
// first that is a bare number ("3,694.0", "+6.7", "-2.3%") or opens on an
// amount ("$312.3 billion (+6.7%)", "¥5.2亿").
func (a *analysis) dataLine(l int) bool {
	cells := a.cellsOf(l)
	for i := 1; i < len(cells); i++ {
		c := a.text[cells[i].start:cells[i].end]
		digit := false
		plain := c != ""
		for j := 0; j < len(c) && plain; j++ {
			switch b := c[j]; {
			case b >= '0' && b <= '9':
				digit = true
			case b == ',' || b == '.' || b == '+' || b == '-' || b == '%' || b == ' ':
			default:
				plain = false
			}
		}
		if plain && digit || opensOnAmount(c) {
			return true
		}
	}
	return false
}

// opensOnAmount reports whether a cell's text starts with a currency sign
// and a digit ("$312.3 billion", "US$5bn", "¥5.2亿", "€1.2bn").
func opensOnAmount(c string) bool {
	c = strings.TrimLeft(c, "+-(")
	for _, sym := range []string{"US$", "HK$", "S$", "A$", "$", "¥", "€", "£", "RMB ", "USD "} {
		if rest, ok := strings.CutPrefix(c, sym); ok {
			return rest != "" && rest[0] >= '0' && rest[0] <= '9'
		}
	}
	return false
}

// separatorLine reports whether table line l is a markdown rule ("|---|:--:|").
func (a *analysis) separatorLine(l int) bool {
	for _, c := range a.cellsOf(l) {
		if strings.Trim(a.text[c.start:c.end], "-: ") != "" {
			return false
		}
	}
	return true
}

// cellsOf returns the cells of table line l, split once per line.
func (a *analysis) cellsOf(l int) []span {
	if c, ok := a.cells[l]; ok {
		return c
	}
	if a.cells == nil {
		a.cells = map[int][]span{}
	}
	c := cellSpans(a.text, a.lines.start[l])
	a.cells[l] = c
	return c
}

// cellSpans splits the table line starting at ls into its cells: the text
// between bars, trimmed, without the empty ends outside a leading or
// trailing bar.
func cellSpans(t string, ls int) []span {
	le := strings.IndexByte(t[ls:], '\n')
	if le < 0 {
		le = len(t)
	} else {
		le += ls
	}
	var cells []span
	start := ls
	for i := ls; i <= le; i++ {
		if i < le && t[i] != '|' {
			continue
		}
		s, e := start, i
		for s < e && (t[s] == ' ' || t[s] == '\t') {
			s++
		}
		for e > s && (t[e-1] == ' ' || t[e-1] == '\t' || t[e-1] == '\r') {
			e--
		}
		cells = append(cells, span{s, e})
		start = i + 1
	}
	if len(cells) > 0 && cells[0].start == cells[0].end {
		cells = cells[1:] // before a leading bar
	}
	if n := len(cells); n > 0 && cells[n-1].start == cells[n-1].end {
		cells = cells[:n-1] // after a trailing bar
	}
	return cells
}

// columnUnit reads the unit a table column's header states for its bare
// numbers: "Exports ($bn)" is billions of dollars, "y/y %" a percentage,
// "Volume (mn tonnes)" millions of tonnes.
type columnUnit struct {
	unit    string
	scale   float64
	money   bool
	percent bool
	count   bool
}

// headerUnit reads a header cell's unit; false when it states none.
func headerUnit(h string) (cu columnUnit, ok bool) {
	low := strings.ToLower(h)
	cu = columnUnit{scale: 1}
	has := func(words ...string) bool {
		for _, w := range words {
			// every occurrence: the "m" of "imports" must not hide the "m" of "($m)"
			for off := 0; off < len(low); {
				i := strings.Index(low[off:], w)
				if i < 0 {
					break
				}
				i += off
				e := i + len(w)
				if (i == 0 || !isAlpha(low[i-1]) || !isAlpha(w[0])) && (e >= len(low) || !isAlpha(low[e]) || !isAlpha(w[len(w)-1])) {
					return true
				}
				off = i + 1
			}
		}
		return false
	}
	switch {
	case has("%", "pct", "per cent", "percent"):
		cu.percent, cu.unit = true, figure.UnitPercent
		return cu, true
	case has("hk$", "hkd"):
		cu.money, cu.unit = true, "HKD"
	case has("s$", "sgd"):
		cu.money, cu.unit = true, "SGD"
	case has("nt$", "twd"):
		cu.money, cu.unit = true, "TWD"
	case has("a$", "aud"):
		cu.money, cu.unit = true, "AUD"
	case has("yen", "jpy"):
		cu.money, cu.unit = true, "JPY"
	case has("won", "krw"):
		cu.money, cu.unit = true, "KRW"
	case has("£", "gbp", "sterling"):
		cu.money, cu.unit = true, "GBP"
	case has("us$", "$", "usd", "dollar", "dollars", "美元"):
		cu.money, cu.unit = true, "USD"
	case has("yuan", "rmb", "cny", "¥", "元"):
		cu.money, cu.unit = true, "CNY"
	case has("€", "eur", "euro", "euros"):
		cu.money, cu.unit = true, "EUR"
	case has("tonnes", "tons", "tonne", "mt", "吨"):
		cu.count, cu.unit = true, figure.UnitTonnes
		if has("mt") {
			cu.scale = 1e6
		}
	case has("units", "vehicles", "cars", "辆", "台", "个"):
		cu.count, cu.unit = true, figure.UnitUnits
	default:
		return cu, false
	}
	// "(100 million yuan)", "(10,000 yuan)": a multiplier before the scale
	mult := 1.0
	if m := headerMultiplier(low); m > 0 {
		mult = m
	}
	defer func() { cu.scale *= mult }()
	switch {
	case has("万亿"):
		cu.scale = 1e12
	case has("亿"):
		cu.scale = 1e8
	case has("万"):
		cu.scale = 1e4
	case has("tn", "trillion", "trln"):
		cu.scale = 1e12
	case has("bn", "billion", "bln", "b"):
		cu.scale = 1e9
	case has("mn", "million", "mln", "m"):
		cu.scale = 1e6
	case has("thousand", "000s", "'000", "k"):
		cu.scale = 1e3
	}
	return cu, true
}

// tableFlow is the flow a header cell names ("Exports ($bn)"), or "".
func (a *analysis) tableFlow(h span) string {
	for _, c := range a.cuesIn(cueFlow, h) {
		if c.val == "balance" && strings.Contains(a.low[c.start:c.end], "deficit") {
			return figure.FlowDeficit
		}
		return c.val
	}
	// "Balance" heading a column of a trade table
	if strings.TrimSpace(a.low[h.start:h.end]) == "balance" || strings.HasPrefix(a.low[h.start:h.end], "balance ") {
		return figure.FlowBalance
	}
	return ""
}

// tableColumnUnit is the unit a table column's header gives the bare number
// at pos; false when pos is not in a table's data cell or the header names none.
func (a *analysis) tableColumnUnit(pos int) (columnUnit, bool) {
	tc, ok := a.tableCellAt(pos)
	if !ok || tc.inLabel {
		return columnUnit{}, false
	}
	if cu, ok := headerUnit(a.text[tc.header.start:tc.header.end]); ok {
		return cu, true
	}
	// a unit stated once over the columns ("| Month | Unit: USD 100 million |");
	// a percent sign belongs to its own column ("YoY (%)"), never to the table
	if cu, ok := headerUnit(a.text[tc.table.start:tc.table.end]); ok && !cu.percent {
		return cu, true
	}
	return columnUnit{}, false
}

// tableRowPeriod is the period a table row's first cell names ("| Q3 2024 |
// 913.0 | +6.0 |"), for the figures in the row's other cells.
func (a *analysis) tableRowPeriod(pos int) (figure.Period, bool) {
	tc, ok := a.tableCellAt(pos)
	if !ok || tc.inLabel {
		return figure.Period{}, false
	}
	if p, ok := a.periodIn(tc.label.start, tc.label.end); ok {
		return p, true
	}
	// a year alone ("| 2023 | 3,380.0 |") is the whole year
	if label := a.text[tc.label.start:tc.label.end]; len(label) == 4 {
		if y, err := strconv.Atoi(label); err == nil && y >= 1990 && y <= 2100 {
			return figure.Period{Start: figure.MonthOf(y, 1), End: figure.MonthOf(y, 12)}, true
		}
	}
	return figure.Period{}, false
}

// tableAttribute applies what a table says about a figure in one of its data
// cells: the flow its column's header names (a rate column takes the flow of
// the nearest column before it that names one), the partner its row's label
// names, and for a rate, growth on the year unless the header says otherwise.
func (a *analysis) tableAttribute(f *fig) {
	tc, ok := a.tableCellAt(f.m.Start)
	if !ok || tc.inLabel {
		return
	}
	flow := a.tableFlow(tc.header)
	if flow == "" {
		flow = a.tableFlow(tc.label) // "| Exports | 6,126.5 | 6.9 |"
	}
	var amountHead span
	if f.percentLike && len(tc.leftHeads) > 0 {
		amountHead = tc.leftHeads[0]
		if _, ok := a.periodIn(tc.header.start, tc.header.end); !ok {
			// "| Jan-Mar 2025 | YoY (%) |": a rate column takes the period of
			// the column before it
			if p, ok := a.periodIn(amountHead.start, amountHead.end); ok {
				if _, rowHas := a.tableRowPeriod(f.m.Start); !rowHas {
					f.period = p
				}
			}
		}
	}
	if flow == "" && f.percentLike {
		for _, h := range tc.leftHeads {
			if fl := a.tableFlow(h); fl != "" {
				flow, amountHead = fl, h
				break
			}
		}
	}
	if flow != "" {
		f.flow = flow
		if !f.subjectSet {
			if goods, ok := a.g.Subject("goods"); ok {
				f.subject, f.subjectSet = goods, true
			}
		}
	}
	for _, c := range a.cuesIn(cuePartner, tc.label) {
		f.partner = c.val
		break
	}
	if !f.percentLike || f.unit != figure.UnitPercent {
		return
	}
	head := a.low[tc.header.start:tc.header.end]
	if strings.Contains(head, "share") || strings.Contains(head, "占比") {
		f.measure, f.basis, f.of = figure.Share, "", ""
		return
	}
	f.measure, f.basis = figure.Growth, figure.BasisYoY
	if strings.Contains(head, "m/m") || strings.Contains(head, "mom") || strings.Contains(head, "month on month") || strings.Contains(head, "环比") {
		f.basis = figure.BasisMoM
	}
	f.of = "value"
	if cu, ok := headerUnit(a.text[amountHead.start:amountHead.end]); ok && cu.count {
		f.of = "quantity"
	}
}

// headerMultiplier reads a round multiplier stated in a unit ("100 million
// yuan" is 100 × 1e6, "10,000 yuan" 1e4): the number before the scale word,
// or a bare power of ten before the currency; 0 when there is none.
func headerMultiplier(low string) float64 {
	for i := 0; i < len(low); i++ {
		if !isDigitByte(low[i]) || (i > 0 && (isDigitByte(low[i-1]) || low[i-1] == '.' || low[i-1] == ',')) {
			continue
		}
		j := i
		for j < len(low) && (isDigitByte(low[j]) || (low[j] == ',' && j+1 < len(low) && isDigitByte(low[j+1]))) {
			j++
		}
		v, err := strconv.ParseFloat(strings.ReplaceAll(low[i:j], ",", ""), 64)
		if err != nil || v < 10 || math.Log10(v) != math.Trunc(math.Log10(v)) {
			continue // only round powers of ten are multipliers ("(2024)" is not)
		}
		rest := strings.TrimLeft(low[j:], " ")
		for _, w := range []string{"million", "billion", "thousand", "yuan", "rmb", "dollars", "usd", "us$", "tonnes", "tons", "units"} {
			if strings.HasPrefix(rest, w) {
				return v
			}
		}
	}
	return 0
}
