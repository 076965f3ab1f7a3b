package periods

// Atoms: one month or day, possibly without its year (years.go and
// quarters.go hold the other atoms).

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
	} else if t := p.tok(k); t.kind == tNum && t.ndig == 2 && t.num() > 31 && !p.partOfNumber(k) && !p.valueAfter(k+1) {
		a.y = twoDigitYear(t.num())
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
	if t.kind != tNum || t.ndig > 2 || t.num() < 1 || t.num() > daysIn(m) || p.partOfNumber(k) {
		return 0, k, false
	}
	j := k + 1
	if p.adj(j) && p.word(j, "st", "nd", "rd", "th") {
		j++
	}
	if p.valueAfter(j) || (p.dash(j) || p.word(j, "to")) && p.tok(j+1).kind == tNum && p.valueAfter(j+2) {
		return 0, k, false // "April 10 percent", "April 10-15 percent"
	}
	if p.is(j, ":") || p.is(j, ".") && p.adj(j) && p.tok(j+1).kind == tNum {
		return 0, k, false
	}
	return t.num(), j, true
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
	if t.kind != tNum || t.ndig > 2 || t.num() < 1 || t.num() > 31 || p.partOfNumber(i) {
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
	if !ok || t.num() > daysIn(m) {
		return atom{}, false
	}
	a := atom{i: i, kind: KindDay, m1: m, m2: m, d1: t.num(), d2: t.num()}
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
	case t.ndig == 4 && t.num() >= 1800 && t.num() <= 2199 && n2.ndig <= 2 && n2.num() >= 1 && n2.num() <= 12 && p.lw(sep) != ".":
		if third && n3.ndig <= 2 && n3.num() >= 1 && n3.num() <= daysIn(n2.num()) {
			return atom{i: i, j: i + 5, kind: KindDay, y: t.num(), m1: n2.num(), m2: n2.num(), d1: n3.num(), d2: n3.num()}, true
		}
		if third {
			return atom{}, false
		}
		return atom{i: i, j: i + 3, kind: KindMonth, y: t.num(), m1: n2.num(), m2: n2.num()}, true
	case t.ndig <= 2 && t.num() >= 1 && third && n3.ndig == 4 && n3.num() >= 1800 && n3.num() <= 2199:
		mo, d := t.num(), n2.num() // US order M/D/Y
		if p.lw(sep) == "." || mo > 12 {
			mo, d = d, mo
		}
		if mo < 1 || mo > 12 || d < 1 || d > daysIn(mo) || n2.ndig > 2 {
			return atom{}, false
		}
		return atom{i: i, j: i + 5, kind: KindDay, y: n3.num(), m1: mo, m2: mo, d1: d, d2: d}, true
	case t.ndig <= 2 && t.num() >= 1 && t.num() <= 12 && !third && n2.ndig == 4 && n2.num() >= 1800 && n2.num() <= 2199 && p.lw(sep) != ".":
		if p.adj(i+3) && (p.dash(i+3) || p.is(i+3, "/")) && p.tok(i+4).kind == tNum {
			return atom{}, false
		}
		return atom{i: i, j: i + 3, kind: KindMonth, y: n2.num(), m1: t.num(), m2: t.num()}, true
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
