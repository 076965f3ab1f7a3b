package periods

// Quarters and halves: "Q1 2024", "the third quarter of last year", "1H24", "一季度", "上半年".

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
	if t.num() < 1 || (unit == 'q' && t.num() > 4) || (unit == 'h' && t.num() > 2) {
		return 0, 0, false
	}
	if p.adj(i+2) && (p.tok(i+2).kind == tWord || p.tok(i+2).kind == tNum || p.is(i+2, ">")) {
		return 0, 0, false // "Q1x", "H20", "<h1>"
	}
	if p.adj(i) && (p.is(i-1, "<") || p.is(i-1, "/")) {
		return 0, 0, false // "</h1"
	}
	return unit, t.num(), true
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
			if t.num() < 1 || (unit == 'q' && t.num() > 4) || (unit == 'h' && t.num() > 2) {
				return atom{}, false
			}
			a := qhAtom(unit, t.num())
			a.i = i
			switch n := p.tok(i + 2); {
			case n.kind == tNum && n.ndig == 2 && p.adj(i+2):
				a.y, a.j = 2000+n.num(), i+3
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
