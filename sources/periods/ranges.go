package periods

// Ranges: "January-April", "between 2014 and 2018", "1至4月", "from 4 to 22 January".

import (
	"figcheck/figure"
)

// endpoint reads one end of a range: a month, day, quarter, half or year.
func (p *parser) endpoint(i int) (atom, bool) {
	// Direct calls rather than a loop over method values, which Find
	// would build and call indirectly at every candidate token.
	best, found := p.monthAtom(i)
	if a, ok := p.quarterAtom(i); ok && (!found || a.j > best.j) {
		best, found = a, true
	}
	if a, ok := p.yearAtom(i); ok && (!found || a.j > best.j) {
		best, found = a, true
	}
	return best, found
}

// rangeSep reads a range separator at k; toStart is set for "to the start
// of" (the range ends before the named period), toDate for "to date".
func (p *parser) rangeSep(k int, between bool) (j int, word, toStart, toDate, ok bool) {
	switch {
	case p.dash(k):
		j = k + 1
		if p.word(j, "to") && p.dash(j+1) {
			j += 2 // "January-to-April"
		}
	case p.is(k, "至") || p.is(k, "到"):
		j = k + 1
	case between && p.word(k, "and"):
		j, word = k+1, true
	case p.word(k, "and") && monthWord(p.lw(p.tok(k-1))) == 1 && monthWord(p.lw(p.tok(k+1))) == 2 &&
		!p.word(k+2, "respectively") && !(p.is(k+2, ",") && p.word(k+3, "respectively")):
		j, word = k+1, true // "January and February": customs publish them together
	case !between && p.word(k, "to", "through", "thru", "till", "until", "into"):
		j, word = k+1, true
		if p.word(k, "to") && p.word(j, "date") {
			return j + 1, true, false, true, true
		}
	default:
		return k, false, false, false, false
	}
	if p.word(j, "the") && p.word(j+1, "end") && p.word(j+2, "of") {
		j += 3
	} else if p.word(j, "the") && p.word(j+1, "start", "beginning") && p.word(j+2, "of") {
		j += 3
		toStart = true
	}
	return j, word, toStart, false, true
}

// rangeAt reads "January-April", "from January to April 2015", "between
// January and April", "Nov-Feb 2017", "2014-2018", "from 2017-q1 to
// 2018-q1", "Nov 18-Dec 19, 2015", "from March to date", "1月至4月".
// a0 and ok0 are endpoint(i), which the caller has already read.
func (p *parser) rangeAt(i int, a0 atom, ok0 bool) (cand, bool) {
	k := i
	between, from := false, false
	switch {
	case p.word(k, "between"):
		between = true
		k++
	case p.word(k, "from"):
		from = true
		k++
	}
	a, ok := a0, ok0
	if k != i {
		a, ok = p.endpoint(k)
	}
	if !ok {
		return cand{}, false
	}
	if a.bare && !between && !from && !p.yearContextLoose(a.i) {
		return cand{}, false
	}
	j, word, toStart, toDate, ok := p.rangeSep(a.j, between)
	if !ok {
		return cand{}, false
	}
	if toDate {
		if !p.hasRef || a.kind == KindYear && a.y == p.refY {
			return cand{}, false
		}
		p.resolve(&a)
		start := figure.MonthOf(a.y, a.m1)
		end := p.lastFullMonth()
		if end < start {
			end = p.refM
		}
		if start > p.refM {
			return cand{}, false
		}
		c := cand{i: i, j: j, kind: KindMonths, p: figure.Period{Start: start, End: end}, rel: true,
			from: firstDay(start), to: p.dayBeforeRef()}
		if c.to.Before(c.from) {
			c.to = c.from
		}
		c.cum = a.m1 == 1 && start.Year() == end.Year()
		return c, true
	}
	var b atom
	if a.bare && p.dash(a.j) && p.adj(a.j) && p.adj(j) && p.tok(j).kind == tNum && p.tok(j).ndig == 2 {
		// "2014-18"
		y := a.y/100*100 + p.tok(j).num()
		if y <= a.y || y > a.y+10 {
			return cand{}, false
		}
		b = atom{i: j, j: j + 1, kind: KindYear, y: y, m1: 1, m2: 12, bare: true}
	} else if b, ok = p.endpoint(j); !ok {
		return cand{}, false
	}
	if a.bare || b.bare {
		if p.valueAfter(b.j) {
			return cand{}, false
		}
		// phone numbers and codes: "138-2010-2015", "2010-2015-86"
		if p.dash(a.i-1) && p.adj(a.i) || p.dash(b.j) && p.adj(b.j) && p.tok(b.j+1).kind == tNum {
			return cand{}, false
		}
		if !word && !p.dash(a.j) {
			return cand{}, false
		}
	}
	if word && !between && !from && a.kind != KindYear && b.kind != KindYear && !(a.kind == KindMonth && b.kind == KindMonth) &&
		!(a.kind == KindDay && b.kind == KindDay) && !(a.kind == b.kind) {
		return cand{}, false
	}
	// Fill missing years from the other end or from the reference date.
	switch {
	case a.y == 0 && b.y == 0:
		// A range from January is year-to-date data, reported after its
		// last month has begun ("January-April" read in March is last
		// year's); any other range is the latest one that has begun
		// ("between August and October" read in September).
		if a.m1 == 1 {
			b.y = p.inferYear(b.m2)
		} else {
			b.y = p.inferYear(a.m1)
			if a.m1 > b.m1 {
				b.y++
			}
		}
		b.rel = true
		fallthrough
	case a.y == 0:
		a.y = b.y
		if a.m1 > b.m1 {
			a.y--
		}
		a.rel = a.rel || b.rel
	case b.y == 0:
		b.y = a.endYear()
		if b.m1 < a.m1 {
			b.y++
		}
		b.rel = b.rel || a.rel
	}
	jEnd := b.j
	if a.rel && b.rel && p.word(b.j, "period") && p.word(b.j+1, "of", "in") {
		// "the January-November period of 2024"
		if y, rel, j2, ok := p.yearSpec(b.j+2, false); ok && y != 0 {
			a.y += y - b.y
			b.y, b.y2 = y, 0
			a.rel, b.rel = rel, rel
			jEnd = j2
		}
	}
	start := figure.MonthOf(a.y, a.m1)
	end := figure.MonthOf(b.endYear(), b.m2)
	if toStart {
		end = figure.MonthOf(b.y, b.m1) - 1
	}
	if end < start || (end == start && a.kind != KindDay) {
		return cand{}, false
	}
	c := cand{i: i, j: jEnd, p: figure.Period{Start: start, End: end}, rel: a.rel || b.rel}
	switch {
	case a.kind == KindDay || b.kind == KindDay:
		c.kind, c.day = KindDay, true
		c.from = firstDay(start)
		if a.d1 > 0 {
			c.from = c.from.AddDate(0, 0, a.d1-1)
		}
		c.to = lastDay(end)
		if b.d2 > 0 {
			c.to = firstDay(end).AddDate(0, 0, b.d2-1)
		}
		if c.to.Before(c.from) {
			return cand{}, false
		}
	case a.kind == KindYear && b.kind == KindYear:
		c.kind = KindYears
	default:
		c.kind = KindMonths
		c.cum = a.kind == KindMonth && b.kind == KindMonth && a.m1 == 1 && start.Year() == end.Year()
	}
	return c, true
}

// yearContextLoose reports whether a bare year may start a range without
// "from" or "between": anything but a value or a code.
func (p *parser) yearContextLoose(i int) bool {
	prev := p.tok(i - 1)
	if prev.kind == tPunct {
		switch p.lw(prev) {
		case "$", "¥", "€", "£", "#", "+":
			return false
		}
	}
	return !p.word(i-1, "usd", "rmb", "us", "no", "number", "model", "version", "tel", "phone", "fax")
}

// cnRangeAt reads 1至4月, 1-4月, 1—4月份, 2024年1-4月, 一至四月.
func (p *parser) cnRangeAt(i int) (cand, bool) {
	k := i
	y, rel := 0, false
	if yy, r, j, ok := p.cnYear(i); ok {
		y, rel, k = yy, r, j
	}
	n1, j, ok := p.cnNum(k)
	if !ok || n1 < 1 || n1 > 12 {
		return cand{}, false
	}
	if !(p.dash(j) || p.is(j, "至") || p.is(j, "到")) {
		return cand{}, false
	}
	n2, j2, ok := p.cnNum(j + 1)
	if !ok || n2 < n1 || n2 > 12 || !p.is(j2, "月") {
		return cand{}, false
	}
	j2++
	if p.is(j2, "份") {
		j2++
	}
	if y == 0 {
		y, rel = p.inferYear(n2), true
	}
	return cand{i: i, j: j2, kind: KindMonths, rel: rel, cum: n1 == 1,
		p: figure.Period{Start: figure.MonthOf(y, n1), End: figure.MonthOf(y, n2)}}, true
}

// dayRangeAt reads "from 4 to 22 January, 1995", "4-22 January 2024",
// "Oct. 1-7", "October 1 to 7, 2024".
func (p *parser) dayRangeAt(i int) (cand, bool) {
	if c, ok := p.monthDayRange(i); ok {
		return c, true
	}
	k := i
	if p.word(k, "from", "between") {
		k++
	}
	d1 := p.tok(k)
	if d1.kind != tNum || d1.ndig > 2 || d1.num() < 1 || d1.num() > 31 || p.partOfNumber(k) {
		return cand{}, false
	}
	k++
	if p.adj(k) && p.word(k, "st", "nd", "rd", "th") {
		k++
	}
	if !(p.dash(k) || p.word(k, "to", "through", "and")) {
		return cand{}, false
	}
	b, ok := p.dayFirst(k + 1)
	if !ok || b.d1 <= d1.num() {
		return cand{}, false
	}
	p.resolve(&b)
	c := p.atomCand(b)
	c.i = i
	c.from = c.from.AddDate(0, 0, d1.num()-b.d1)
	return c, true
}

// listYear returns the year of a yearless month from the next item of a
// list that states one ("April and May 2024"), or 0.
func (p *parser) listYear(a atom) int {
	k := a.j
	if p.is(k, ",") {
		k++
	}
	if p.word(k, "and", "or") {
		k++
	}
	if k == a.j {
		return 0
	}
	b, ok := p.monthAtom(k)
	for n := 0; ok && b.y == 0 && n < 3; n++ { // "March, April and May 2024"
		k = b.j
		if p.is(k, ",") {
			k++
		}
		if p.word(k, "and", "or") {
			k++
		}
		if k == b.j {
			return 0
		}
		b, ok = p.monthAtom(k)
	}
	if !ok || b.y == 0 || b.rel || (b.kind != KindMonth && b.kind != KindDay) {
		return 0
	}
	if a.m1 > b.m1 {
		return b.y - 1
	}
	return b.y
}

// monthDayRange reads "Oct. 1-7" and "October 1 to 7, 2024".
func (p *parser) monthDayRange(i int) (cand, bool) {
	m, k, ok := p.monthName(i)
	if !ok {
		return cand{}, false
	}
	d1, k, ok := p.dayAfterMonth(k, m)
	if !ok || !(p.dash(k) || p.word(k, "to", "through")) {
		return cand{}, false
	}
	t := p.tok(k + 1)
	if t.kind != tNum || t.ndig > 2 || t.num() <= d1 || t.num() > daysIn(m) || p.partOfNumber(k+1) || p.valueAfter(k+2) {
		return cand{}, false
	}
	j := k + 2
	if p.adj(j) && p.word(j, "st", "nd", "rd", "th") {
		j++
	}
	a := atom{i: i, kind: KindDay, m1: m, m2: m, d1: d1, d2: d1}
	if y, rel, j2, ok := p.yearAfterMonth(j); ok {
		a.y, a.rel, j = y, rel, j2
	}
	a.j = j
	p.resolve(&a)
	c := p.atomCand(a)
	c.to = c.from.AddDate(0, 0, t.num()-d1)
	return c, true
}
