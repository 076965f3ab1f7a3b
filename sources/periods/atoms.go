package periods

// Atoms: one month, day, quarter, half or year, possibly without its year.

// monthName reads a month name at token i, with an abbreviation's dot when
// the expression continues after it ("Jan.-Apr.", "Dec. 11").
func (p *parser) monthName(i int) (int, int, bool) {
	t := p.tok(i)
	if t.kind != tWord {
		return 0, i, false
	}
	m := monthWord(p.lw(t))
	if m == 0 {
		return 0, i, false
	}
	switch p.lw(t) {
	case "may", "march", "mar", "august", "jan":
		if !t.upper && !p.monthContext(i) {
			return 0, i, false
		}
		if p.lw(t) == "may" && p.word(i+1, "be", "have", "not", "also", "well", "i", "we", "you", "or", "help", "need", "take", "see") {
			return 0, i, false
		}
	}
	j := i + 1
	if len(p.lw(t)) <= 4 && p.lw(t) != "may" && p.lw(t) != "june" && p.lw(t) != "july" &&
		p.is(j, ".") && p.adj(j) && (p.dash(j+1) || p.tok(j+1).kind == tNum) {
		j++
	}
	return m, j, true
}

// monthContext reports whether an ambiguous lower-case month word ("may",
// "march") at token i reads as a month.
func (p *parser) monthContext(i int) bool {
	if p.word(i-1, "in", "during", "from", "to", "until", "till", "through", "between", "since", "of",
		"early", "late", "mid", "and", "last", "next", "each", "every", "before", "after", "by") || p.dash(i-1) {
		return true
	}
	if p.tok(i+1).kind == tNum {
		return true
	}
	if p.dash(i+1) || p.word(i+1, "to", "through") {
		return monthWord(p.lw(p.tok(i+2))) > 0
	}
	return false
}

// valueAfter reports whether token j makes the number before it a value
// ("2024 units", "2000 pieces", "2023 percent").
func (p *parser) valueAfter(j int) bool {
	t := p.tok(j)
	switch t.kind {
	case tPunct:
		switch p.lw(t) {
		case "%", "％", "x", "×":
			return true
		}
	case tHan:
		switch p.lw(t) {
		case "个", "件", "台", "辆", "万", "亿", "千", "元", "吨", "人", "家", "只", "部", "套", "美", "点":
			return true
		}
	case tWord:
		return valueWord(p.lw(t))
	}
	return false
}

// valueWord reports whether w, after a number, makes it a quantity or money.
func valueWord(w string) bool {
	switch w {
	case "percent", "pct", "per", "million", "billion", "trillion", "thousand", "mn", "bn", "tn", "k", "m", "b",
		"units", "unit", "pieces", "piece", "sets", "vehicles", "cars", "tons", "tonnes", "tonne", "people",
		"companies", "firms", "cities", "workers", "jobs", "yuan", "dollars", "euros", "yen", "won", "rmb", "usd",
		"times", "items", "products", "handsets", "phones", "chips", "enterprises", "households", "kg",
		"kilograms", "km", "meters", "metres", "barrels", "containers", "teu", "ships", "vessels", "points",
		"basis", "bps", "mw", "gw", "kwh", "yards", "hours", "days", "minutes", "seconds", "miles", "feet",
		"acres", "hectares", "shares", "votes", "members", "students", "staff", "employees", "cases", "deaths",
		"homes", "stores", "outlets", "plants", "factories", "patents", "toys", "models", "kinds", "types",
		"tokens":
		return true
	}
	return false
}

// yearSpec reads a year reference at token i: "2024", "this year", "last
// year", "the previous year", "2024年", "今年". With allowUnknown, "the
// year" is accepted with y = 0 ("the first quarter of the year").
func (p *parser) yearSpec(i int, allowUnknown bool) (y int, rel bool, j int, ok bool) {
	if v, ok := p.year4(i); ok {
		if p.is(i+1, "年") {
			return v, false, i + 2, true
		}
		return v, false, i + 1, true
	}
	if y, rel, j, ok := p.cnYear(i); ok {
		return y, rel, j, true
	}
	if y, j, ok := p.spelledYear(i); ok && p.word(i-1, "of", "in") {
		return y, false, j, true
	}
	k := i
	the := p.word(k, "the")
	if the {
		k++
	}
	if p.word(k+1, "year") {
		switch {
		case p.word(k, "this", "current"):
			return p.refY, true, k + 2, true
		case p.word(k, "previous", "prior", "preceding"), !the && p.word(k, "last"):
			return p.refY - 1, true, k + 2, true
		case p.word(k, "next", "coming"):
			return p.refY + 1, true, k + 2, true
		}
	}
	if allowUnknown && the && p.word(k, "year") && !p.word(k+1, "to", "on", "earlier", "ago", "before") {
		return 0, false, k + 1, true
	}
	return 0, false, i, false
}

// relYearSpec is yearSpec limited to relative words that can follow a
// period directly ("April last year", "Q3 this year").
func (p *parser) relYearSpec(i int) (int, bool, int, bool) {
	if p.word(i, "this", "last", "next", "current") && p.word(i+1, "year") {
		return p.yearSpec(i, false)
	}
	return 0, false, i, false
}

// cnYear reads 2024年, 今年, 去年, 上年, 明年, 前年 at token i.
func (p *parser) cnYear(i int) (int, bool, int, bool) {
	if !p.is(i+1, "年") {
		return 0, false, i, false
	}
	t := p.tok(i)
	if t.kind == tNum {
		if t.ndig == 4 && t.num >= 1800 && t.num <= 2199 && !(i > 1 && p.adj(i) && p.tok(i-2).kind == tNum) {
			return t.num, false, i + 2, true
		}
		return 0, false, i, false
	}
	switch p.lw(t) {
	case "今", "本":
		return p.refY, true, i + 2, true
	case "去", "上":
		return p.refY - 1, true, i + 2, true
	case "明":
		return p.refY + 1, true, i + 2, true
	case "前":
		return p.refY - 2, true, i + 2, true
	}
	return 0, false, i, false
}

// yearAfterMonth reads the year that may follow a month or day: ", 2018",
// " 2018", "-2018", "/2018", " of 2018", " in 2016", " last year".
func (p *parser) yearAfterMonth(k int) (int, bool, int, bool) {
	switch {
	case p.is(k, ","):
		if y, ok := p.year4(k + 1); ok {
			return y, false, k + 2, true
		}
	case (p.dash(k) || p.is(k, "/")) && p.adj(k) && p.adj(k+1):
		if y, ok := p.year4(k + 1); ok && !(p.dash(k+2) && p.adj(k+2) && p.tok(k+3).kind == tNum && !p.word(k+3)) {
			return y, false, k + 2, true
		}
	case p.word(k, "of"):
		if y, rel, j, ok := p.yearSpec(k+1, false); ok {
			return y, rel, j, true
		}
		if t := p.tok(k + 1); t.kind == tNum && t.ndig == 2 && !p.valueAfter(k+2) {
			return twoDigitYear(t.num), false, k + 2, true
		}
	case p.word(k, "in"):
		if y, ok := p.year4(k + 1); ok {
			return y, false, k + 2, true
		}
	case (p.is(k, "'") || p.is(k, "’")) && p.adj(k) && p.adj(k+1):
		if t := p.tok(k + 1); t.kind == tNum && t.ndig == 2 && !p.adj(k+2) {
			return 2000 + t.num, false, k + 2, true // "Dec'24"
		}
	}
	if y, ok := p.year4(k); ok && !p.valueAfter(k+1) {
		return y, false, k + 1, true
	}
	if y, j, ok := p.spelledYear(k); ok && !p.valueAfter(j) {
		return y, false, j, true
	}
	return p.relYearSpec(k)
}

func twoDigitYear(n int) int {
	if n >= 50 {
		return 1900 + n
	}
	return 2000 + n
}

// yearAfterPeriod reads the year that may follow a quarter or half: " of
// 2016", " of the year", " in 2024", " 2016", "-2019", "'24", " this year".
func (p *parser) yearAfterPeriod(k int) (int, bool, int, bool) {
	switch {
	case p.word(k, "of", "in"):
		if y, rel, j, ok := p.yearSpec(k+1, true); ok {
			return y, rel, j, true
		}
	case p.is(k, ","):
		if y, ok := p.year4(k + 1); ok {
			return y, false, k + 2, true
		}
	case (p.dash(k) || p.is(k, "/")) && p.adj(k):
		if y, ok := p.year4(k + 1); ok {
			return y, false, k + 2, true
		}
	case (p.is(k, "'") || p.is(k, "’")) && p.adj(k):
		if t := p.tok(k + 1); t.kind == tNum && t.ndig == 2 && p.adj(k+1) {
			return 2000 + t.num, false, k + 2, true
		}
	}
	if y, ok := p.year4(k); ok && !p.valueAfter(k+1) {
		return y, false, k + 1, true
	}
	return p.relYearSpec(k)
}

// monthAtom reads a month or a day: "April", "April 2024", "this September",
// "June next year", "2017 april", "2015-3", "11/2016", "December 11, 2024",
// "11 December 2024", "2024-12-11", "the third month of 2021", "4月",
// "2024年4月", "4月10日".
func (p *parser) monthAtom(i int) (atom, bool) {
	t := p.tok(i)
	switch t.kind {
	case tNum:
		if a, ok := p.cnMonthAtom(i); ok {
			return a, true
		}
		if a, ok := p.numericDate(i); ok {
			return a, true
		}
		if a, ok := p.dayFirst(i); ok {
			return a, true
		}
		// "2017 april"
		if y, ok := p.year4(i); ok {
			if m, j, ok := p.monthName(i + 1); ok && !p.tok(j).isNum() {
				return atom{i: i, j: j, kind: KindMonth, y: y, m1: m, m2: m}, true
			}
		}
		return atom{}, false
	case tHan:
		return p.cnMonthAtom(i)
	case tWord:
	default:
		return atom{}, false
	}
	if a, ok := p.ordinalMonth(i); ok {
		return a, true
	}
	k := i
	mod := ""
	if p.word(k, "this", "last", "next") {
		mod = p.lw(p.tok(k))
		k++
	}
	m, k2, ok := p.monthName(k)
	if !ok {
		return atom{}, false
	}
	a := atom{i: i, kind: KindMonth, m1: m, m2: m}
	k = k2
	if d, j, ok := p.dayAfterMonth(k, m); ok {
		a.kind, a.d1, a.d2 = KindDay, d, d
		k = j
	} else if t := p.tok(k); t.kind == tNum && t.ndig == 2 && t.num > 31 && !p.partOfNumber(k) && !p.valueAfter(k+1) {
		a.y = twoDigitYear(t.num)
		a.j = k + 1
		return a, true
	}
	if y, rel, j, ok := p.yearAfterMonth(k); ok {
		a.y, a.rel = y, rel
		k = j
	}
	a.j = k
	if a.y == 0 && mod != "" {
		a.rel = true
		switch mod {
		case "this":
			a.y = p.refY
		case "last":
			a.y = p.refY
			if m >= p.refMo {
				a.y--
			}
		case "next":
			a.y = p.refY
			if m <= p.refMo {
				a.y++
			}
		}
	}
	return a, true
}

func (t token) isNum() bool { return t.kind == tNum }

// dayAfterMonth reads the day after a month name ("11", "2nd").
func (p *parser) dayAfterMonth(k, m int) (int, int, bool) {
	t := p.tok(k)
	if t.kind != tNum || t.ndig > 2 || t.num < 1 || t.num > daysIn(m) || p.partOfNumber(k) {
		return 0, k, false
	}
	j := k + 1
	if p.adj(j) && p.word(j, "st", "nd", "rd", "th") {
		j++
	}
	if p.valueAfter(j) || (p.dash(j) && p.adj(j) && p.tok(j+1).kind == tNum && p.tok(j+1).ndig <= 2) && false {
		return 0, k, false
	}
	if p.is(j, ":") || p.is(j, ".") && p.adj(j) && p.tok(j+1).kind == tNum {
		return 0, k, false
	}
	return t.num, j, true
}

func daysIn(m int) int {
	switch m {
	case 2:
		return 29
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// dayFirst reads "11 December 2024", "4th of January", "22 January, 1995".
func (p *parser) dayFirst(i int) (atom, bool) {
	t := p.tok(i)
	if t.kind != tNum || t.ndig > 2 || t.num < 1 || t.num > 31 || p.partOfNumber(i) {
		return atom{}, false
	}
	k := i + 1
	if p.adj(k) && p.word(k, "st", "nd", "rd", "th") {
		k++
	}
	if p.word(k, "of") {
		k++
	}
	m, j, ok := p.monthName(k)
	if !ok || t.num > daysIn(m) {
		return atom{}, false
	}
	a := atom{i: i, kind: KindDay, m1: m, m2: m, d1: t.num, d2: t.num}
	if y, rel, j2, ok := p.yearAfterMonth(j); ok {
		a.y, a.rel = y, rel
		j = j2
	}
	a.j = j
	return a, true
}

// ordinalMonth reads "the third month of 2021", "the 9th month of next year".
func (p *parser) ordinalMonth(i int) (atom, bool) {
	k := i
	if p.word(k, "the") {
		k++
	}
	n, k2, ok := p.ordinal(k)
	if !ok || n > 12 || !p.word(k2, "month") || !p.word(k2+1, "of") {
		return atom{}, false
	}
	y, rel, j, ok := p.yearSpec(k2+2, true)
	if !ok {
		return atom{}, false
	}
	return atom{i: i, j: j, kind: KindMonth, y: y, m1: n, m2: n, rel: rel}, true
}

// numericDate reads "2015-3", "2015-12", "2016/11", "12-2015", "11/2016"
// (months) and "2024-12-11", "01/22/2016", "23.04.2022" (days).
func (p *parser) numericDate(i int) (atom, bool) {
	t := p.tok(i)
	if i > 1 && p.adj(i) && p.tok(i-2).kind == tNum && (p.dash(i-1) || p.is(i-1, "/") || p.is(i-1, ".")) {
		return atom{}, false // in the middle of a longer number
	}
	sep := p.tok(i + 1)
	if !(p.dash(i+1) || p.lw(sep) == "/" || p.lw(sep) == ".") || !p.adj(i+1) || !p.adj(i+2) {
		return atom{}, false
	}
	n2 := p.tok(i + 2)
	if n2.kind != tNum {
		return atom{}, false
	}
	third := p.tok(i+4).kind == tNum && p.is(i+3, p.lw(sep)) && p.adj(i+3) && p.adj(i+4)
	if third && p.adj(i+5) && p.tok(i+6).kind == tNum && p.adj(i+6) && (p.dash(i+5) || p.is(i+5, "/") || p.is(i+5, ".")) {
		return atom{}, false // four groups: a phone number or version
	}
	n3 := p.tok(i + 4)
	switch {
	case t.ndig == 4 && t.num >= 1800 && t.num <= 2199 && n2.ndig <= 2 && n2.num >= 1 && n2.num <= 12 && p.lw(sep) != ".":
		if third && n3.ndig <= 2 && n3.num >= 1 && n3.num <= daysIn(n2.num) {
			return atom{i: i, j: i + 5, kind: KindDay, y: t.num, m1: n2.num, m2: n2.num, d1: n3.num, d2: n3.num}, true
		}
		if third {
			return atom{}, false
		}
		return atom{i: i, j: i + 3, kind: KindMonth, y: t.num, m1: n2.num, m2: n2.num}, true
	case t.ndig <= 2 && t.num >= 1 && third && n3.ndig == 4 && n3.num >= 1800 && n3.num <= 2199:
		mo, d := t.num, n2.num // US order M/D/Y
		if p.lw(sep) == "." || mo > 12 {
			mo, d = d, mo
		}
		if mo < 1 || mo > 12 || d < 1 || d > daysIn(mo) || n2.ndig > 2 {
			return atom{}, false
		}
		return atom{i: i, j: i + 5, kind: KindDay, y: n3.num, m1: mo, m2: mo, d1: d, d2: d}, true
	case t.ndig <= 2 && t.num >= 1 && t.num <= 12 && !third && n2.ndig == 4 && n2.num >= 1800 && n2.num <= 2199 && p.lw(sep) != ".":
		if p.adj(i+3) && (p.dash(i+3) || p.is(i+3, "/")) && p.tok(i+4).kind == tNum {
			return atom{}, false
		}
		return atom{i: i, j: i + 3, kind: KindMonth, y: n2.num, m1: t.num, m2: t.num}, true
	}
	return atom{}, false
}

// cnMonthAtom reads 4月, 4月份, 2024年4月, 去年12月, 4月10日.
func (p *parser) cnMonthAtom(i int) (atom, bool) {
	a := atom{i: i, kind: KindMonth}
	k := i
	if y, rel, j, ok := p.cnYear(i); ok {
		a.y, a.rel = y, rel
		k = j
	}
	n, j, ok := p.cnNum(k)
	if !ok || n < 1 || n > 12 || !p.is(j, "月") {
		return atom{}, false
	}
	a.m1, a.m2 = n, n
	j++
	if p.is(j, "份") {
		j++
	}
	if p.is(j, "当") && p.is(j+1, "月") {
		j += 2 // 10月当月: October alone
	}
	if d, j2, ok := p.cnNum(j); ok && d >= 1 && d <= daysIn(n) && (p.is(j2, "日") || p.is(j2, "号")) {
		a.kind, a.d1, a.d2 = KindDay, d, d
		j = j2 + 1
	}
	a.j = j
	return a, true
}

// qhAtom builds the atom of quarter n (unit 'q') or half n (unit 'h').
func qhAtom(unit byte, n int) atom {
	if unit == 'q' {
		return atom{kind: KindQuarter, m1: 3*n - 2, m2: 3 * n}
	}
	return atom{kind: KindHalf, m1: 6*n - 5, m2: 6 * n}
}

// qhLetter reads "q1".."q4" or "h1", "h2" at token i.
func (p *parser) qhLetter(i int) (byte, int, bool) {
	if !p.word(i, "q", "h") || !p.adj(i+1) {
		return 0, 0, false
	}
	t := p.tok(i + 1)
	if t.kind != tNum || t.ndig != 1 {
		return 0, 0, false
	}
	unit := p.lw(p.tok(i))[0]
	if t.num < 1 || (unit == 'q' && t.num > 4) || (unit == 'h' && t.num > 2) {
		return 0, 0, false
	}
	if p.adj(i+2) && (p.tok(i+2).kind == tWord || p.tok(i+2).kind == tNum || p.is(i+2, ">")) {
		return 0, 0, false // "Q1x", "H20", "<h1>"
	}
	if p.adj(i) && (p.is(i-1, "<") || p.is(i-1, "/")) {
		return 0, 0, false // "</h1"
	}
	return unit, t.num, true
}

// quarterAtom reads quarters and halves: "Q1", "Q3 2019", "q1-2019", "2017-q1",
// "2016H2", "1Q24", "the third quarter of 2016", "first-half", "this
// quarter", "2016 the third quarter", "一季度", "2024年上半年".
func (p *parser) quarterAtom(i int) (atom, bool) {
	t := p.tok(i)
	switch t.kind {
	case tWord:
		if unit, n, ok := p.qhLetter(i); ok {
			a := qhAtom(unit, n)
			a.i = i
			k := i + 2
			if y, rel, j, ok := p.yearAfterPeriod(k); ok {
				a.y, a.rel, k = y, rel, j
			}
			a.j = k
			return a, true
		}
		if a, ok := p.monthQuarter(i); ok {
			return a, true
		}
		if p.word(i, "this", "current", "last", "previous", "next") && p.word(i+1, "quarter") {
			q := (p.refMo-1)/3 + 1
			switch p.lw(t) {
			case "last", "previous":
				q--
			case "next":
				q++
			}
			y := p.refY
			if q < 1 {
				q, y = 4, y-1
			} else if q > 4 {
				q, y = 1, y+1
			}
			a := qhAtom('q', q)
			a.i, a.j, a.y, a.rel = i, i+2, y, true
			return a, true
		}
		return p.ordinalQH(i)
	case tNum:
		if y, ok := p.year4(i); ok {
			k := i + 1
			if p.dash(k) && p.adj(k) {
				k++
			}
			if unit, n, ok := p.qhLetter(k); ok {
				a := qhAtom(unit, n)
				a.i, a.j, a.y = i, k+2, y
				return a, true
			}
			if a, ok := p.ordinalQH(i + 1); ok && a.y == 0 {
				a.i, a.y = i, y
				return a, true
			}
			if a, ok := p.cnQH(i); ok {
				return a, true
			}
			return atom{}, false
		}
		if a, ok := p.ordinalQH(i); ok {
			return a, true
		}
		// "1Q24", "2H 2023"
		if t.ndig == 1 && p.word(i+1, "q", "h") && p.adj(i+1) {
			unit := p.lw(p.tok(i + 1))[0]
			if t.num < 1 || (unit == 'q' && t.num > 4) || (unit == 'h' && t.num > 2) {
				return atom{}, false
			}
			a := qhAtom(unit, t.num)
			a.i = i
			switch n := p.tok(i + 2); {
			case n.kind == tNum && n.ndig == 2 && p.adj(i+2):
				a.y, a.j = 2000+n.num, i+3
			default:
				y, ok := p.year4(i + 2)
				if !ok {
					return atom{}, false
				}
				a.y, a.j = y, i+3
			}
			if p.adj(a.j) && (p.tok(a.j).kind == tNum || p.tok(a.j).kind == tWord) {
				return atom{}, false
			}
			return a, true
		}
		return p.cnQH(i)
	case tHan:
		return p.cnQH(i)
	}
	return atom{}, false
}

// ordinalQH reads "the third quarter of 2016", "first-half", "1st quarter".
func (p *parser) ordinalQH(i int) (atom, bool) {
	k := i
	if p.word(k, "the") {
		k++
	}
	n, k2, ok := p.ordinal(k)
	last := false
	if !ok && p.word(k, "last", "final", "latter") && p.word(k+1, "quarter", "half") &&
		(p.word(k+2, "of") || p.word(k, "latter")) {
		n, k2, ok, last = 4, k+1, true, true // "the last quarter of 2023", "the latter half"
		if p.word(k2, "half") {
			n = 2
		}
	}
	if !ok {
		return atom{}, false
	}
	if p.dash(k2) && p.adj(k2) {
		k2++
	}
	var unit byte
	switch {
	case p.word(k2, "quarter") && n <= 4:
		unit = 'q'
	case p.word(k2, "half") && n <= 2:
		unit = 'h'
	default:
		return atom{}, false
	}
	a := qhAtom(unit, n)
	a.i = i
	k = k2 + 1
	if y, rel, j, ok := p.yearAfterPeriod(k); ok {
		a.y, a.rel, k = y, rel, j
	} else if last && !p.word(k-2, "latter") {
		return atom{}, false
	}
	a.j = k
	return a, true
}

// cnQH reads [2024年|今年][第]一季度, [2024年]上半年, 下半年.
func (p *parser) cnQH(i int) (atom, bool) {
	a := atom{i: i}
	k := i
	if y, rel, j, ok := p.cnYear(i); ok {
		a.y, a.rel = y, rel
		k = j
	}
	if (p.is(k, "上") || p.is(k, "下")) && p.is(k+1, "半") && p.is(k+2, "年") {
		n := 1
		if p.is(k, "下") {
			n = 2
		}
		b := qhAtom('h', n)
		b.i, b.j, b.y, b.rel = i, k+3, a.y, a.rel
		return b, true
	}
	if p.is(k, "第") {
		k++
	}
	n, j, ok := p.cnNum(k)
	if !ok || n < 1 || n > 4 || !p.is(j, "季") || !p.is(j+1, "度") {
		return atom{}, false
	}
	if k > i && p.is(k-1, "前") {
		return atom{}, false
	}
	b := qhAtom('q', n)
	b.i, b.j, b.y, b.rel = i, j+2, a.y, a.rel
	return b, true
}

// yearAtom reads one calendar year: "2023", "year 2008", "last year", "the
// previous year", "full-year 2023", "the whole of 2023", "2023年", "去年",
// "全年". A bare "2023" comes back with bare set; the caller checks context.
func (p *parser) yearAtom(i int) (atom, bool) {
	t := p.tok(i)
	switch t.kind {
	case tNum:
		y, ok := p.year4(i)
		if !ok {
			return atom{}, false
		}
		if p.is(i+1, "年") {
			return p.yearAtom2(i)
		}
		if p.word(i+1, "full", "whole") && (p.word(i+2, "year") || p.dash(i+2) && p.word(i+3, "year")) {
			j := i + 3 // "2023 full-year"
			if p.dash(i + 2) {
				j++
			}
			return atom{i: i, j: j, kind: KindYear, y: y, m1: 1, m2: 12}, true
		}
		return atom{i: i, j: i + 1, kind: KindYear, y: y, m1: 1, m2: 12, bare: true}, true
	case tHan:
		return p.yearAtom2(i)
	case tWord:
	default:
		return atom{}, false
	}
	return p.yearAtomEn(i)
}

// yearAtom2 reads the Chinese forms of yearAtom.
// 全年 without a year follows fullYear; 2024年底 and 2024年初 are parts of a
// year, split in thirds like "the end of 2024".
func (p *parser) yearAtom2(i int) (atom, bool) {
	if p.is(i, "全") && p.is(i+1, "年") {
		return atom{i: i, j: i + 2, kind: KindYear, y: p.fullYear(), m1: 1, m2: 12, rel: true}, true
	}
	y, rel, j, ok := p.cnYear(i)
	if !ok {
		return atom{}, false
	}
	if p.is(j, "全") && p.is(j+1, "年") {
		j += 2
	}
	if p.is(j, "底") || p.is(j, "末") {
		return atom{i: i, j: j + 1, kind: KindPartOfYear, y: y, m1: 9, m2: 12, rel: rel}, true
	}
	if p.is(j, "初") && !p.is(j+1, "以") && !p.is(j+1, "至") {
		return atom{i: i, j: j + 1, kind: KindPartOfYear, y: y, m1: 1, m2: 4, rel: rel}, true
	}
	return atom{i: i, j: j, kind: KindYear, y: y, m1: 1, m2: 12, rel: rel}, true
}

// yearAtomEn reads the English forms of yearAtom (not bare years).
func (p *parser) yearAtomEn(i int) (atom, bool) {
	if y, j, ok := p.spelledYear(i); ok && p.word(i-1, "in", "of", "during", "since", "until", "by") && !p.valueAfter(j) {
		return atom{i: i, j: j, kind: KindYear, y: y, m1: 1, m2: 12}, true
	}
	k := i
	switch {
	case p.word(k, "year") && !p.word(k-1, "fiscal", "financial", "school", "academic", "marketing", "crop"):
		if y, ok := p.year4(k + 1); ok {
			return atom{i: i, j: k + 2, kind: KindYear, y: y, m1: 1, m2: 12}, true
		}
	case p.word(k, "calendar") && p.word(k+1, "year"):
		if y, ok := p.year4(k + 2); ok {
			return atom{i: i, j: k + 3, kind: KindYear, y: y, m1: 1, m2: 12}, true
		}
	case p.word(k, "full", "whole", "entire") && (p.word(k+1, "year") || p.dash(k+1) && p.word(k+2, "year")):
		j := k + 2
		if p.dash(k + 1) {
			j++
		}
		if y, rel, j2, ok := p.yearAfterPeriod(j); ok && y != 0 {
			return atom{i: i, j: j2, kind: KindYear, y: y, m1: 1, m2: 12, rel: rel}, true
		}
		return atom{i: i, j: j, kind: KindYear, y: p.fullYear(), m1: 1, m2: 12, rel: true}, true
	case p.word(k, "the") && p.word(k+1, "whole", "full", "entire") && p.word(k+2, "year"):
		if p.word(k+3, "of") {
			if y, rel, j, ok := p.yearSpec(k+4, false); ok {
				return atom{i: i, j: j, kind: KindYear, y: y, m1: 1, m2: 12, rel: rel}, true
			}
		}
		if y, rel, j, ok := p.yearAfterPeriod(k + 3); ok && y != 0 {
			return atom{i: i, j: j, kind: KindYear, y: y, m1: 1, m2: 12, rel: rel}, true
		}
		return atom{i: i, j: k + 3, kind: KindYear, y: p.fullYear(), m1: 1, m2: 12, rel: true}, true
	case p.word(k, "the") && p.word(k+1, "whole", "entire") && p.word(k+2, "of"):
		if y, rel, j, ok := p.yearSpec(k+3, false); ok {
			return atom{i: i, j: j, kind: KindYear, y: y, m1: 1, m2: 12, rel: rel}, true
		}
	}
	if y, rel, j, ok := p.yearSpec(i, false); ok {
		if p.word(j, "ago", "earlier", "before") {
			return atom{}, false
		}
		return atom{i: i, j: j, kind: KindYear, y: y, m1: 1, m2: 12, rel: rel}, true
	}
	return atom{}, false
}

// fullYear is the year meant by "full-year" or 全年 without a year: the
// previous year early in the year (when annual data come out), else this one.
func (p *parser) fullYear() int {
	if p.refMo <= 3 {
		return p.refY - 1
	}
	return p.refY
}

// spelledYear reads a year written in words: "two thousand and fifteen",
// "nineteen ninety six", "twenty twenty".
func (p *parser) spelledYear(i int) (int, int, bool) {
	switch {
	case p.word(i, "two") && p.word(i+1, "thousand"):
		k := i + 2
		and := p.word(k, "and")
		if and {
			k++
		}
		n, j := p.wordsUnder100(k)
		if j == k {
			if and {
				return 0, i, false
			}
			return 2000, k, true
		}
		return 2000 + n, j, true
	case p.word(i, "nineteen", "twenty", "eighteen"):
		c := 19
		switch p.lw(p.tok(i)) {
		case "twenty":
			c = 20
		case "eighteen":
			c = 18
		}
		n, j := p.wordsUnder100(i + 1)
		if n < 10 {
			return 0, i, false
		}
		return c*100 + n, j, true
	}
	return 0, i, false
}

// wordsUnder100 reads "ninety six", "ninety-six", "fifteen", "five" at k;
// it returns k itself when there is no number.
func (p *parser) wordsUnder100(k int) (int, int) {
	t := p.tok(k)
	if t.kind != tWord {
		return 0, k
	}
	w := p.lw(t)
	if n := tensWord(w); n > 0 {
		j := k + 1
		if p.dash(j) && p.adj(j) {
			j++
		}
		if o := numberWord(p.lw(p.tok(j))); o > 0 && o < 10 && p.tok(j).kind == tWord && p.lw(p.tok(j)) != "a" {
			return n + o, j + 1
		}
		return n, k + 1
	}
	if n := teenWord(w); n > 0 {
		return n, k + 1
	}
	if n := numberWord(w); n > 0 && n < 10 && w != "a" {
		return n, k + 1
	}
	return 0, k
}

func tensWord(w string) int {
	switch w {
	case "twenty":
		return 20
	case "thirty":
		return 30
	case "forty":
		return 40
	case "fifty":
		return 50
	case "sixty":
		return 60
	case "seventy":
		return 70
	case "eighty":
		return 80
	case "ninety":
		return 90
	}
	return 0
}

func teenWord(w string) int {
	switch w {
	case "ten":
		return 10
	case "eleven":
		return 11
	case "twelve":
		return 12
	case "thirteen":
		return 13
	case "fourteen":
		return 14
	case "fifteen":
		return 15
	case "sixteen":
		return 16
	case "seventeen":
		return 17
	case "eighteen":
		return 18
	case "nineteen":
		return 19
	}
	return 0
}

// monthQuarter reads a quarter named by its last month: "the June quarter",
// "the September quarter of 2023".
func (p *parser) monthQuarter(i int) (atom, bool) {
	k := i
	if p.word(k, "the") {
		k++
	}
	m, j, ok := p.monthName(k)
	if !ok || m%3 != 0 || !p.word(j, "quarter") {
		return atom{}, false
	}
	a := qhAtom('q', m/3)
	a.i, a.j = i, j+1
	if y, rel, j2, ok := p.yearAfterPeriod(a.j); ok {
		a.y, a.rel, a.j = y, rel, j2
	}
	return a, true
}
