package sheet

import (
	"fmt"
	"math"
	"strings"
	"unicode"

	"figcheck/figure"
)

// lookup maps a row label to a glossary subject, or to a slug of the label
// when the glossary does not know it.
func (x *extractor) lookup(label, alt string) subjectInfo {
	key := [2]string{label, alt}
	if s, ok := x.subjects[key]; ok {
		return s
	}
	rk := subjectKey{x.gloss, label, alt}
	var s subjectInfo
	if v, ok := x.opts.Memo.Load(rk); ok {
		s = v.(subjectInfo)
	} else {
		s = x.lookupUncached(label, alt)
		if x.opts.Memo != nil {
			rk.label, rk.alt = strings.Clone(label), strings.Clone(alt)
			x.opts.Memo.Store(rk, subjectInfo{id: strings.Clone(s.id), name: strings.Clone(s.name),
				known: s.known, flow: s.flow, header: s.header})
		}
	}
	if len(x.subjects) < maxMemo {
		x.subjects[key] = s
	}
	return s
}

// lookupUncached is lookup without the caches.
func (x *extractor) lookupUncached(label, alt string) subjectInfo {
	// An unknown label keeps its words but not its flow, so that "稀土永磁出口"
	// and "稀土永磁" in an export table share a metric.
	id := slug(flowWordRe.ReplaceAllString(strings.ToLower(label), " "))
	if id == "unlabelled" {
		id = slug(label)
	}
	s := subjectInfo{id: id, name: label}
	if totalLabelRe.MatchString(normalize(cleanLabel(label))) {
		// "出口总值", "Total exports": the goods-trade total of the table's flow.
		if sub, ok := x.gloss.Subject("goods"); ok {
			return subjectInfo{id: sub.ID, name: sub.Name, known: true, flow: flowOf(label)}
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
	s.flow = flowOf(label)
	s.header = isHeaderRepeat(label)
	return s
}

// isSubRow reports whether a row's label marks it as a part of the row above:
// "其中：", "of which", or indented by spaces.
func isSubRow(cells []string, i int) bool {
	if i < 0 || i >= len(cells) {
		return false
	}
	raw := cells[i]
	t := strings.TrimSpace(raw)
	if t != raw && strings.TrimLeft(raw, " \u3000\t") != raw {
		return true
	}
	low := strings.ToLower(t)
	for _, p := range []string{"其中", "包括", "of which", "including", "incl.", "- ", "—"} {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return false
}

// totalLabelRe matches the label of a table's total row.
var totalLabelRe = mustPattern(`^(?:进出口|出口|进口)?\s*(?:总值|总额|总计|合计|货物总值)$|^(?:grand )?total(?: (?:exports|imports|trade|value))?$|^(?:exports|imports)[,:]? total$`)

// cleanLabel drops list markers a customs table puts before a commodity
// ("其中：", "of which:", "1.", "(1)") and footnote marks after it.
func cleanLabel(s string) string {
	s = strings.TrimSpace(s)
	for _, p := range []string{"其中：", "其中:", "其中", "包括：", "of which:", "of which", "including:", "incl."} {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			s = strings.TrimSpace(s[len(p):])
		}
	}
	s = listMarkRe.ReplaceAllString(s, "")
	s = strings.TrimRight(s, "*#†‡ ")
	return s
}

// listMarkRe matches list numbering before a label: "1.", "(2)", "（3）", "一、".
var listMarkRe = mustPattern(`^(?:[(（]?\d{1,2}[.、)）]|[(（]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}[、.])\s*`)

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
		// "其中：智能手机" under "手机" is a part of its parent row: it must not
		// share the parent's metric even when the glossary names both alike.
		if isSubRow(r.cells, t.col(roleSubject)) {
			if subj.id == x.parentID {
				subj = subjectInfo{id: slug(flowWordRe.ReplaceAllString(strings.ToLower(label), " ")), name: cleanLabel(label), flow: subj.flow}
			}
		} else {
			x.parentID = subj.id
		}
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
	if !subj.known && subj.header && x.statsOf(cells, t.titleRef).isHeader() {
		return
	}

	flow := ""
	if i := t.col(roleFlow); i >= 0 {
		if txt := cellText(cells, i); txt != "" {
			if flow = x.flowCell(txt); flow == "" {
				x.warnf("%s: flow %q not understood (want export, import, 出口, 进口, ...)", at(i), txt)
			}
		}
	}
	if flow == "" {
		flow = subj.flow
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
			if qual = x.qualifier(txt); qual == "" {
				x.warnf("%s: qualifier %q not understood (want more than, about, nearly, ...)", at(i), txt)
			}
		}
	}
	rowMeasure, rowBasis, rowOf := figure.Measure(""), "", ""
	if i := t.col(roleMeasure); i >= 0 {
		if txt := cellText(cells, i); txt != "" {
			rowMeasure, rowBasis, rowOf = x.measureOf(txt)
			if rowMeasure == "" {
				x.warnf("%s: measure %q not understood (want value, quantity, growth, share, price)", at(i), txt)
			}
		}
	}
	if i := t.col(roleBasis); i >= 0 {
		if b := x.basisOf(cellText(cells, i)); b != "" {
			rowBasis = b
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
		id := x.cellID(t.sheet, c.idx, r.num)
		ref := id[len(x.name)+1:] // "Sheet!B7", sharing the id's memory
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
		f.ID = id
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
		f.Metric = x.metricID(subj.id, fl)
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
	var u unitInfo
	if v, ok := x.opts.Memo.Load(rowUnitKey(s)); ok {
		u = v.(unitInfo)
	} else {
		u = parseRowUnit(s)
		if x.opts.Memo != nil {
			u.Unit = strings.Clone(u.Unit)
			x.opts.Memo.Store(rowUnitKey(strings.Clone(s)), u)
		}
	}
	if len(x.rowUnits) < maxMemo {
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
		case figure.Price:
			return v.Kind == kindRatio || v.Kind == kindMoney
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
		case kindRatio:
			measure = figure.Price
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

// basisOf reads a basis cell of a claims table: month-on-month, else
// year-on-year for any other text, "" when empty.
func basisOf(s string) string {
	switch b := normalize(s); {
	case momRe.MatchString(b) || b == "mom":
		return figure.BasisMoM
	case b != "":
		return figure.BasisYoY
	}
	return ""
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
