package periods

import (
	"time"

	"figcheck/figure"
)

// longestAt tries every rule at token i and keeps the longest match (the
// first rule wins a tie). lastEnd is the token after the previous mention.
func (p *parser) longestAt(i, lastEnd int) (cand, bool) {
	if !p.canStart(i) ||
		p.toks[i].kind == tNum && (p.toks[i].ndig == 3 || p.toks[i].ndig > 4 || p.partOfNumber(i) || p.valueAfter(i+1)) {
		return cand{}, false
	}
	at, atOK := p.endpoint(i) // shared by rangeAt and the single-atom case
	var best cand
	found := false
	try := func(c cand, ok bool) {
		if ok && c.j > c.i && (!found || c.j > best.j) {
			best, found = c, true
		}
	}
	try(p.rangeAt(i, at, atOK))
	try(p.firstNAt(i))
	try(p.nMonthPeriodAt(i))
	try(p.rollingAt(i))
	try(p.ytdAt(i))
	try(p.sameAt(i))
	try(p.relMonthAt(i))
	try(p.anaphorAt(i))
	try(p.decadeAt(i))
	try(p.openAt(i))
	try(p.partOfYearAt(i))
	try(p.cnRangeAt(i))
	try(p.cnFirstNAt(i))
	try(p.weekDaysAt(i))
	try(p.possessiveAt(i))
	try(p.dayRangeAt(i))
	if a := at; atOK && (!found || a.j > best.j) && (!a.bare || p.yearContext(a.i, a.j, lastEnd)) {
		if a.y == 0 && (a.kind == KindMonth || a.kind == KindDay) {
			a.y = p.listYear(a)
		}
		p.resolve(&a)
		try(p.atomCand(a), true)
	}
	return best, found
}

// yearContext reports whether the bare year in tokens [i, j) reads as a
// period: after "in", "for", "of", ...; before "exports", "'s", ...; in a
// list after another period ("2007 and 2009").
func (p *parser) yearContext(i, j, lastEnd int) bool {
	if p.valueAfter(j) {
		return false
	}
	prev := p.tok(i - 1)
	if prev.kind == tPunct {
		switch p.lw(prev) {
		case "$", "¥", "€", "£", "#", "+", "№":
			return false
		}
	}
	if p.word(i-1, "usd", "rmb", "us", "no", "number", "nos", "model", "version", "route", "flight", "mate", "iphone") {
		return false
	}
	if lastEnd == i-1 && (p.word(i-1, "and", "or", "to") || p.is(i-1, ",")) ||
		lastEnd == i-2 && p.is(i-2, ",") && p.word(i-1, "and", "or") {
		return true
	}
	if p.word(i-1, "in", "for", "of", "during", "from", "to", "through", "until", "till", "by",
		"throughout", "within", "between", "across", "early", "late", "mid", "ended", "ending", "calendar") {
		return true
	}
	if p.word(i-1, "and", "or") && p.word(i-2, "in", "for", "of", "during", "between") {
		return true
	}
	if p.word(i-1, "versus", "vs", "against") || p.word(i-1, "with", "to") && p.word(i-2, "compared", "comparison", "relative") {
		return true
	}
	next := p.tok(j)
	if (p.lw(next) == "'" || p.lw(next) == "’") && p.adj(j) && p.word(j+1, "s") {
		return true
	}
	if next.kind == tWord && periodNoun(p.lw(next)) {
		return true
	}
	if next.kind == tWord && (i == 0 || prev.kind == tPunct) && p.word(j, "was", "saw", "is", "were", "will", "has", "had", "marked", "brought") {
		return true
	}
	return false
}

// periodNoun reports whether w, after a year, makes the year a period ("2023 exports").
func periodNoun(w string) bool {
	switch w {
	case "exports", "export", "imports", "import", "trade", "sales", "output", "production", "figures",
		"figure", "data", "total", "totals", "level", "levels", "results", "revenue", "revenues", "gdp", "growth",
		"numbers", "shipments", "volume", "volumes", "value", "budget", "forecast", "forecasts", "target",
		"targets", "surplus", "deficit", "average", "peak", "high", "low", "earnings", "profit", "profits",
		"estimate", "estimates", "harvest", "season", "census", "report", "survey", "plan", "inflation", "demand",
		"supply", "consumption", "investment", "spending", "income", "baseline", "tally", "haul", "full", "annual",
		"performance", "quota", "quotas", "outlook":
		return true
	}
	return false
}

// comparisonBefore reports whether the expression at token i is the base of
// a comparison ("from 2023", "than in 2023", "compared with last year").
func (p *parser) comparisonBefore(i int) bool {
	k := i - 1
	if p.word(k, "the") {
		k--
	}
	if p.word(k, "in", "during", "for") {
		return p.word(k-1, "than")
	}
	switch {
	case p.word(k, "from", "than", "versus", "vs", "against"):
		return true
	case p.word(k, "over"):
		return !p.word(k+1, "the") // "growth over 2023", not "over the past year"
	case p.word(k, "with", "to") && p.word(k-1, "compared", "comparison", "relative", "contrast", "comparing"):
		return true
	case p.is(k, ".") && p.word(k-1, "vs"):
		return true
	case p.is(k, "比") || p.is(k, "较"):
		return true
	}
	return false
}

// ---- ranges ----

// endpoint reads one end of a range: a month, day, quarter, half or year.
func (p *parser) endpoint(i int) (atom, bool) {
	var best atom
	found := false
	for _, f := range [...]func(int) (atom, bool){p.monthAtom, p.quarterAtom, p.yearAtom} {
		if a, ok := f(i); ok && (!found || a.j > best.j) {
			best, found = a, true
		}
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
		y := a.y/100*100 + p.tok(j).num
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

// ---- first N, last N, rolling ----

// firstNAt reads "the first four months", "the first 11 months of 2024",
// "first two months of this year", "the first three quarters", "the last
// four months of 2021".
func (p *parser) firstNAt(i int) (cand, bool) { return p.firstN(i, 0, false) }

// firstN is firstNAt with a year to use when the text gives none after the
// expression (forceY != 0: "2024's first 11 months").
func (p *parser) firstN(i, forceY int, forceRel bool) (cand, bool) {
	k := i
	if p.word(k, "the") {
		k++
	}
	if !p.word(k, "first", "last", "final") {
		return cand{}, false
	}
	first := p.word(k, "first")
	n, k2, ok := p.count(k + 1)
	if !ok {
		return cand{}, false
	}
	if p.dash(k2) && p.adj(k2) {
		k2++ // "first nine-month"
	}
	months := 0
	switch {
	case p.word(k2, "months", "month") && n <= 12:
		months = n
	case p.word(k2, "quarters") && n <= 4:
		months = 3 * n
	default:
		return cand{}, false
	}
	j := k2 + 1
	y, rel, j2, hasYear := p.yearAfterPeriod(j)
	if hasYear {
		j = j2
	}
	if (!hasYear || y == 0) && forceY != 0 {
		y, rel, hasYear = forceY, forceRel, true
	}
	if !first && (!hasYear || y == 0) {
		return cand{}, false // "the last four months" is a rolling window
	}
	m1, m2 := 1, months
	if !first {
		m1, m2 = 13-months, 12
	}
	if y == 0 {
		y, rel = p.inferYear(m2), true
	}
	return cand{i: i, j: j, kind: KindMonths, rel: rel, cum: first,
		p: figure.Period{Start: figure.MonthOf(y, m1), End: figure.MonthOf(y, m2)}}, true
}

// cnFirstNAt reads 前4个月, 今年前11个月, 2024年前两个月, 前三季度, and the
// rolling 近12个月, 过去12个月.
func (p *parser) cnFirstNAt(i int) (cand, bool) {
	k := i
	y, rel := 0, false
	if yy, r, j, ok := p.cnYear(i); ok {
		y, rel, k = yy, r, j
	}
	rolling := false
	switch {
	case p.is(k, "前"):
		k++
	case y == 0 && (p.is(k, "近") || p.is(k, "过") && p.is(k+1, "去") || p.is(k, "最") && p.is(k+1, "近")):
		rolling = true
		k++
		if p.is(k, "去") || p.is(k, "近") {
			k++
		}
	default:
		return cand{}, false
	}
	n, j, ok := p.cnNum(k)
	if !ok {
		return cand{}, false
	}
	months := 0
	switch {
	case p.is(j, "个") && p.is(j+1, "月") && n <= 12:
		months, j = n, j+2
	case p.is(j, "季") && p.is(j+1, "度") && n <= 4:
		months, j = 3*n, j+2
	default:
		return cand{}, false
	}
	if rolling {
		if !p.hasRef {
			return cand{i: i, j: j, rel: true}, true
		}
		end := p.refM - 1
		return cand{i: i, j: j, kind: KindMonths, rel: true, rolling: true,
			p: figure.Period{Start: end - figure.Month(months) + 1, End: end}}, true
	}
	if y == 0 {
		y, rel = p.inferYear(months), true
	}
	return cand{i: i, j: j, kind: KindMonths, rel: rel, cum: true,
		p: figure.Period{Start: figure.MonthOf(y, 1), End: figure.MonthOf(y, months)}}, true
}

// rollingAt reads "the past 12 months", "last 2 quarters", "the previous
// three quarters", "the past two decades", "the next decade", "the 12
// months to March", "the past year".
func (p *parser) rollingAt(i int) (cand, bool) {
	k := i
	if p.word(k, "the") {
		k++
	}
	// "the 12 months to March", "the year to March"
	n, k2, ok := p.count(k)
	if !ok && k > i && p.word(k, "year") {
		n, k2, ok = 12, k, true
	}
	if ok && k > i && p.word(k2, "months", "year") && p.word(k2+1, "to", "through", "ending", "ended") && n <= 120 {
		if a, ok := p.monthAtom(k2 + 2); ok && a.kind == KindMonth {
			p.resolve(&a)
			end := figure.MonthOf(a.y, a.m1)
			return cand{i: i, j: a.j, kind: KindMonths, rel: a.rel, rolling: true,
				p: figure.Period{Start: end - figure.Month(n) + 1, End: end}}, true
		}
	}
	dir := 0
	switch {
	case p.word(k, "past", "last", "previous", "preceding", "recent", "latest"):
		dir = -1
	case p.word(k, "next", "coming", "following"):
		dir = 1
	default:
		return cand{}, false
	}
	n, k2, ok = p.count(k + 1)
	if !ok {
		n, k2 = 1, k+1
		if !p.word(k, "past") && !(dir == 1 && p.word(k2, "decade")) && !(dir == -1 && p.word(k2, "decade") && k > i) {
			return cand{}, false
		}
	}
	unit := p.lw(p.tok(k2))
	span := 0
	switch unit {
	case "months", "month":
		span = 1
	case "quarters", "quarter":
		span = 3
	case "years", "year":
		span = 12
	case "decades", "decade":
		span = 120
	default:
		return cand{}, false
	}
	if (unit == "month" || unit == "quarter" || unit == "year" || unit == "decade") && n != 1 ||
		(unit == "months" || unit == "quarters" || unit == "years" || unit == "decades") && n == 1 && ok && p.lw(p.tok(k+1)) != "1" {
		return cand{}, false
	}
	if n > 100 || p.word(k2+1, "of") {
		return cand{}, false
	}
	if unit == "month" && !ok {
		return cand{}, false // "the past month" is too vague
	}
	c := cand{i: i, j: k2 + 1, kind: KindMonths, rel: true, rolling: true}
	if span != 120 && k > i && !p.word(k, "past") {
		c.i = k // "the last 2 quarters" reads "last 2 quarters", as in the spec
	}
	if !p.hasRef {
		return c, true
	}
	// The unit that contains the reference date.
	cur := p.refM
	switch span {
	case 3:
		cur = figure.MonthOf(p.refY, (p.refMo-1)/3*3+1)
	case 12:
		cur = figure.MonthOf(p.refY, 1)
	case 120:
		cur = figure.MonthOf(p.refY/10*10, 1)
	}
	if unit == "year" && !ok {
		cur = p.refM // "the past year": the 12 months before this one
	}
	total := figure.Month(n * span)
	if dir < 0 {
		c.p = figure.Period{Start: cur - total, End: cur - 1}
	} else {
		c.p = figure.Period{Start: cur + figure.Month(span), End: cur + figure.Month(span) + total - 1}
		c.rolling = false
	}
	if span == 120 {
		c.kind = KindDecade
	}
	return c, true
}

// ---- year to date, same period, relative months ----

// lastFullMonth is the month before the reference month, or the reference
// month itself in January.
func (p *parser) lastFullMonth() figure.Month {
	if p.refMo == 1 {
		return p.refM
	}
	return p.refM - 1
}

func (p *parser) dayBeforeRef() time.Time { return p.refDay.AddDate(0, 0, -1) }

// ytdAt reads "year to date", "year-to-date", "YTD", "so far this year",
// "this year so far", "since the start of the year", "earlier this year",
// "earlier this month", 今年以来, 年初以来, 年初至今.
func (p *parser) ytdAt(i int) (cand, bool) {
	j := 0
	month := false
	switch {
	case p.word(i, "year") && (p.word(i+1, "to") || p.dash(i+1) && p.word(i+2, "to")):
		k := i + 2
		if p.dash(i + 1) {
			k = i + 3
		}
		if p.dash(k) {
			k++
		}
		if !p.word(k, "date") {
			return cand{}, false
		}
		j = k + 1
	case p.word(i, "ytd"):
		j = i + 1
	case p.word(i, "so") && p.word(i+1, "far") && p.word(i+2, "this") && p.word(i+3, "year"):
		j = i + 4
	case p.word(i, "so") && p.word(i+1, "far") && p.word(i+2, "in", "this") && p.word(i+3, "the") && p.word(i+4, "year"):
		j = i + 5
	case p.word(i, "this") && p.word(i+1, "year") && p.word(i+2, "so") && p.word(i+3, "far"):
		j = i + 4
	case p.word(i, "since") && p.word(i+1, "the") && p.word(i+2, "start", "beginning") && p.word(i+3, "of") &&
		p.word(i+4, "the", "this") && p.word(i+5, "year"):
		j = i + 6
	case p.word(i, "since") && p.word(i+1, "the") && p.word(i+2, "start", "beginning") && p.word(i+3, "of"):
		y, _, k, ok := p.yearSpec(i+4, false)
		if !ok || y != p.refY {
			return cand{}, false
		}
		j = k
	case p.word(i, "so") && p.word(i+1, "far") && p.word(i+2, "in"):
		y, _, k, ok := p.yearSpec(i+3, false)
		if !ok || y != p.refY {
			return cand{}, false
		}
		j = k
	case p.word(i, "earlier") && p.word(i+1, "this") && p.word(i+2, "year"):
		j = i + 3
	case p.word(i, "earlier") && p.word(i+1, "this") && p.word(i+2, "month"):
		j, month = i+3, true
	case p.is(i, "今") && p.is(i+1, "年") && p.is(i+2, "以") && p.is(i+3, "来"),
		p.is(i, "年") && p.is(i+1, "初") && p.is(i+2, "以") && p.is(i+3, "来"),
		p.is(i, "年") && p.is(i+1, "初") && p.is(i+2, "至") && p.is(i+3, "今"):
		j = i + 4
	default:
		return cand{}, false
	}
	c := cand{i: i, j: j, kind: KindYearToDate, rel: true}
	if !p.hasRef {
		return c, true
	}
	if month {
		c.kind = KindMonth
		c.p = figure.MonthPeriod(p.refM)
		c.from = firstDay(p.refM)
	} else {
		c.cum = true
		c.p = figure.Period{Start: figure.MonthOf(p.refY, 1), End: p.lastFullMonth()}
		c.from = firstDay(c.p.Start)
	}
	c.to = p.dayBeforeRef()
	if c.to.Before(c.from) {
		c.to = c.from
	}
	return c, true
}

// sameAt reads "the same period", "the same period last year", "during the
// period", "a year earlier", "同期", "去年同期".
func (p *parser) sameAt(i int) (cand, bool) {
	c := cand{i: i, kind: KindSamePeriod, same: true}
	switch {
	case p.word(i, "the") && (p.word(i+1, "year") && p.dash(i+2) || p.word(i+1, "prior", "previous") && p.dash(i+2) && p.word(i+3, "year")):
		k := i + 2
		if !p.word(i+1, "year") {
			k = i + 4
		}
		if p.dash(k) && p.word(k+1, "earlier", "ago") && p.word(k+2, "period", "month", "quarter", "months", "level", "levels") {
			c.j, c.cmp = k+3, true // "the year-earlier period"
		} else if k == i+4 && p.word(k, "period", "month", "quarter") {
			c.j, c.cmp = k+1, true // "the prior-year period"
		} else {
			return cand{}, false
		}
	case p.word(i, "the") && p.word(i+1, "same", "corresponding", "comparable") && p.word(i+2, "period", "time", "month", "quarter", "months"):
		c.j = i + 3
		k := c.j
		if p.word(k, "of", "in") {
			k++
		}
		if _, _, j, ok := p.yearSpec(k, false); ok {
			c.j, c.cmp = j, true
		} else if p.word(k, "a") && p.word(k+1, "year") && p.word(k+2, "earlier", "ago", "before") {
			c.j, c.cmp = k+3, true
		}
	case p.word(i, "the") && p.word(i+1, "period") && p.word(i-1, "in", "during", "over", "for", "within", "throughout"):
		c.j = i + 2
	case p.word(i, "a", "one") && p.word(i+1, "year") && p.word(i+2, "earlier", "ago", "before"):
		c.j, c.cmp = i+3, true
	case p.word(i, "the") && p.word(i+1, "year") && p.word(i+2, "before", "earlier"):
		c.j, c.cmp = i+3, true
	case p.is(i, "同") && p.is(i+1, "期"):
		c.j = i + 2
	default:
		if y, _, j, ok := p.cnYear(i); ok && p.is(j, "同") && p.is(j+1, "期") {
			_ = y
			c.j, c.cmp = j+2, true
			return c, true
		}
		return cand{}, false
	}
	return c, true
}

// relMonthAt reads "this month", "last month", "next month", "the previous
// month", "in the month", "上月", "本月", "当月".
func (p *parser) relMonthAt(i int) (cand, bool) {
	c := cand{i: i, kind: KindMonth, rel: true}
	off := 0
	switch {
	case p.word(i, "this", "current") && p.word(i+1, "month"):
		c.j = i + 2
	case p.word(i, "the") && p.word(i+1, "current") && p.word(i+2, "month"):
		c.j = i + 3
	case p.word(i, "last") && p.word(i+1, "month"):
		c.j, off = i+2, -1
	case p.word(i, "next") && p.word(i+1, "month"):
		c.j, off = i+2, 1
	case p.word(i, "the") && p.word(i+1, "previous", "prior", "preceding") && p.word(i+2, "month"):
		c.j, off, c.ana, c.cmp = i+3, -1, true, true
	case p.word(i, "a") && p.word(i+1, "month") && p.word(i+2, "earlier", "before", "ago"):
		c.j, off, c.ana, c.cmp = i+3, -1, true, true
	case p.word(i, "the") && p.word(i+1, "month") && p.word(i-1, "in", "during", "for", "over", "within") &&
		!p.word(i+2, "of", "before", "after", "earlier", "ago"):
		c.j, off, c.ana = i+2, -1, true
	case p.word(i, "that") && p.word(i+1, "month"):
		c.j, off, c.ana = i+2, -1, true
	case p.is(i, "上") && p.is(i+1, "月"):
		c.j, off = i+2, -1
	case p.is(i, "上") && p.is(i+1, "个") && p.is(i+2, "月"):
		c.j, off = i+3, -1
	case p.is(i, "本") && p.is(i+1, "月"):
		c.j = i + 2
	case p.is(i, "当") && p.is(i+1, "月"):
		c.j, off, c.ana = i+2, -1, true
	default:
		return cand{}, false
	}
	if p.hasRef {
		c.p = figure.MonthPeriod(p.refM + figure.Month(off))
	}
	return c, true
}

// ---- decades, open ranges, parts of a year ----

// decadeAt reads "the 1990s", "1990s", "1990 s", "the '90s", "the 90s",
// "this decade".
func (p *parser) decadeAt(i int) (cand, bool) {
	k := i
	if p.word(k, "the") {
		k++
	}
	if p.word(k, "this", "current") && p.word(k+1, "decade") {
		c := cand{i: i, j: k + 2, kind: KindDecade, rel: true}
		d := p.refY / 10 * 10
		c.p = figure.Period{Start: figure.MonthOf(d, 1), End: figure.MonthOf(d+9, 12)}
		return c, true
	}
	if d := decadeWord(p.lw(p.tok(k))); d > 0 && p.tok(k).kind == tWord &&
		(k > i || p.word(i-1, "in", "during", "of", "and", "or", "since", "through", "until")) { // not "in his eighties"
		return cand{i: i, j: k + 1, kind: KindDecade,
			p: figure.Period{Start: figure.MonthOf(d, 1), End: figure.MonthOf(d+9, 12)}}, true
	}
	if p.is(k, "'") || p.is(k, "’") {
		k++
	}
	t := p.tok(k)
	if t.kind != tNum || t.num%10 != 0 || p.partOfNumber(k) {
		return cand{}, false
	}
	d := 0
	switch {
	case t.ndig == 4 && t.num >= 1800 && t.num <= 2190:
		d = t.num
	case t.ndig == 2 && k > i:
		d = twoDigitYear(t.num)
	default:
		return cand{}, false
	}
	j := k + 1
	if (p.is(j, "'") || p.is(j, "’")) && p.adj(j) {
		j++
	}
	if !p.word(j, "s") || (p.tok(j).space && t.ndig != 4) {
		return cand{}, false
	}
	if p.adj(j+1) && (p.tok(j+1).kind == tWord || p.tok(j+1).kind == tNum) {
		return cand{}, false
	}
	return cand{i: i, j: j + 1, kind: KindDecade,
		p: figure.Period{Start: figure.MonthOf(d, 1), End: figure.MonthOf(d+9, 12)}}, true
}

// openAt reads "before 2010", "after 2018", "prior to 2015".
func (p *parser) openAt(i int) (cand, bool) {
	k := i
	after := false
	switch {
	case p.word(i, "before"):
		k = i + 1
	case p.word(i, "prior") && p.word(i+1, "to"):
		k = i + 2
	case p.word(i, "after"):
		k, after = i+1, true
	default:
		return cand{}, false
	}
	y, ok := p.year4(k)
	if !ok || p.valueAfter(k+1) || p.dash(k+1) || p.word(k+1, "to") {
		return cand{}, false
	}
	c := cand{i: i, j: k + 1, kind: KindOpen, open: true}
	if after {
		c.from = time.Date(y+1, 1, 1, 0, 0, 0, 0, time.UTC)
	} else {
		c.to = time.Date(y-1, 12, 31, 0, 0, 0, 0, time.UTC)
	}
	return c, true
}

// partOfYearAt reads "early 2000", "mid-1989", "the end of 2000", "late
// this year", "early next year", "end of year". A numbered year is split in
// thirds (early = January-April), a relative one in halves.
func (p *parser) partOfYearAt(i int) (cand, bool) {
	k := i
	part := ""
	switch {
	case p.word(k, "early", "late", "mid"):
		part = p.lw(p.tok(k))
		k++
		if p.dash(k) && p.adj(k) {
			k++
		}
	case p.word(k, "end", "beginning", "start", "middle") && p.word(k+1, "of"):
		part = p.lw(p.tok(k))
		k += 2
	case p.word(k, "end") && p.dash(k+1) && p.adj(k+1) && p.adj(k+2):
		// "end-2023" as "the end of 2023"; "end-November" is November
		if a, ok := p.monthAtom(k + 2); ok && a.kind == KindMonth {
			p.resolve(&a)
			c := p.atomCand(a)
			c.i = i
			return c, true
		}
		part = "end"
		k += 2
	default:
		return cand{}, false
	}
	switch part {
	case "beginning", "start":
		part = "early"
	case "end":
		part = "late"
	case "middle":
		part = "mid"
	}
	y, rel, j, ok := p.yearSpec(k, false)
	numbered := ok && !rel
	if !ok {
		if !(p.word(k, "year") || p.word(k, "the") && p.word(k+1, "year")) || part == "mid" {
			return cand{}, false
		}
		j = k + 1
		if p.word(k, "the") {
			j++
		}
		y, rel = p.refY, true
	}
	if p.is(j, "年") || p.valueAfter(j) {
		return cand{}, false
	}
	var m1, m2 int
	switch {
	case numbered && part == "early":
		m1, m2 = 1, 4
	case numbered && part == "mid":
		m1, m2 = 5, 8
	case numbered:
		m1, m2 = 9, 12
	case part == "early":
		m1, m2 = 1, 6
	case part == "mid":
		m1, m2 = 4, 9
	default:
		m1, m2 = 7, 12
	}
	return cand{i: i, j: j, kind: KindPartOfYear, rel: rel,
		p: figure.Period{Start: figure.MonthOf(y, m1), End: figure.MonthOf(y, m2)}}, true
}

// weekDaysAt reads "the first week of 2015" (ISO week 1), "the last week of
// 2015" and "the first ten days of last year".
func (p *parser) weekDaysAt(i int) (cand, bool) {
	k := i
	if p.word(k, "the") {
		k++
	}
	if !p.word(k, "first", "last") {
		return cand{}, false
	}
	first := p.word(k, "first")
	n, k2, ok := p.count(k + 1)
	week := false
	switch {
	case !ok && p.word(k+1, "week"):
		week, k2 = true, k+1
	case ok && p.word(k2, "days") && n <= 31:
	default:
		return cand{}, false
	}
	if !p.word(k2+1, "of") {
		return cand{}, false
	}
	y, rel, j, ok := p.yearSpec(k2+2, false)
	if !ok {
		return cand{}, false
	}
	c := cand{i: i, j: j, kind: KindDay, day: true, rel: rel}
	switch {
	case week && first:
		c.from = isoWeekMonday(y, 1)
		c.to = c.from.AddDate(0, 0, 6)
	case week:
		c.from = isoWeekMonday(y+1, 1).AddDate(0, 0, -7)
		c.to = c.from.AddDate(0, 0, 6)
	case first:
		c.from = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		c.to = c.from.AddDate(0, 0, n-1)
	default:
		c.to = time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC)
		c.from = c.to.AddDate(0, 0, 1-n)
	}
	c.p = figure.Period{Start: figure.MonthOf(c.from.Year(), int(c.from.Month())), End: figure.MonthOf(c.to.Year(), int(c.to.Month()))}
	return c, true
}

// isoWeekMonday returns the Monday of ISO week w of year y.
func isoWeekMonday(y, w int) time.Time {
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	offset := (int(jan4.Weekday()) + 6) % 7 // days since Monday
	return jan4.AddDate(0, 0, -offset+7*(w-1))
}

// dayRangeAt reads "from 4 to 22 January, 1995", "4-22 January 2024".
func (p *parser) dayRangeAt(i int) (cand, bool) {
	k := i
	if p.word(k, "from", "between") {
		k++
	}
	d1 := p.tok(k)
	if d1.kind != tNum || d1.ndig > 2 || d1.num < 1 || d1.num > 31 || p.partOfNumber(k) {
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
	if !ok || b.d1 <= d1.num {
		return cand{}, false
	}
	p.resolve(&b)
	c := p.atomCand(b)
	c.i = i
	c.from = c.from.AddDate(0, 0, d1.num-b.d1)
	return c, true
}

// canStart reports whether any rule can match from token i; it keeps Find
// fast on ordinary words by looking at most one token ahead.
func (p *parser) canStart(i int) bool {
	t := p.toks[i]
	switch t.kind {
	case tNum:
		return true
	case tPunct:
		return p.is(i, "'") || p.is(i, "’")
	case tHan:
		switch p.lw(t) {
		case "今", "本", "去", "上", "下", "明", "前", "全", "年", "同", "当", "近", "过", "最", "第",
			"一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十":
			return true
		}
		return false
	}
	w := p.lw(t)
	if monthWord(w) > 0 {
		return true
	}
	switch w {
	case "the":
		n := p.tok(i + 1)
		if n.kind == tNum || n.kind == tPunct {
			return n.kind == tNum || p.is(i+1, "'") || p.is(i+1, "’")
		}
		nw := p.lw(n)
		if monthWord(nw) > 0 || ordinalWord(nw) > 0 || decadeWord(nw) > 0 {
			return true
		}
		switch nw {
		case "quarter", "half",
			"last", "final", "latter", "past", "previous", "prior", "preceding", "recent", "latest", "next",
			"coming", "following", "same", "corresponding", "comparable", "year", "whole", "full", "entire",
			"current", "month", "period", "end", "start", "beginning", "middle":
			return true
		}
		return p.count1(i + 1)
	case "a", "one":
		return p.word(i+1, "year", "month")
	case "that":
		return p.word(i+1, "month")
	case "this", "current":
		return p.tok(i+1).kind == tWord
	case "year":
		return p.word(i+1, "to", "through", "ending", "ended") || p.dash(i+1) || p.tok(i+1).kind == tNum
	case "so":
		return p.word(i+1, "far")
	case "end", "beginning", "start", "middle":
		return p.word(i+1, "of") || p.dash(i+1)
	case "from", "between", "first", "last", "final", "past", "previous", "preceding", "recent",
		"latest", "next", "coming", "following", "ytd", "since", "earlier", "early", "late", "mid", "before",
		"prior", "after", "full", "whole", "entire", "calendar", "q", "h", "second", "third", "fourth",
		"two", "nineteen", "twenty", "eighteen", "sixties", "seventies", "eighties", "nineties", "latter":
		return true
	}
	return false
}

// count1 reports whether token i is a small number word ("three").
func (p *parser) count1(i int) bool {
	t := p.tok(i)
	return t.kind == tWord && numberWord(p.lw(t)) > 0
}

// possessiveAt reads a year in the possessive before a part of it:
// "2024's first half", "this year's first quarter", "last year's first 11
// months".
func (p *parser) possessiveAt(i int) (cand, bool) {
	y, rel, j, ok := p.yearSpec(i, false)
	if !ok || y == 0 || !(p.is(j, "'") || p.is(j, "’")) || !p.adj(j) || !p.word(j+1, "s") {
		return cand{}, false
	}
	k := j + 2
	if a, ok := p.ordinalQH(k); ok && a.y == 0 {
		a.i, a.y, a.rel = i, y, rel
		return p.atomCand(a), true
	}
	if c, ok := p.firstN(k, y, rel); ok && c.p.Start.Year() == y {
		c.i = i
		return c, true
	}
	return cand{}, false
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

// decadeWord reads "the sixties" to "the nineties" as the 1900s decades.
func decadeWord(w string) int {
	switch w {
	case "sixties":
		return 1960
	case "seventies":
		return 1970
	case "eighties":
		return 1980
	case "nineties":
		return 1990
	}
	return 0
}

// nMonthPeriodAt reads "the 11-month period" and "the 10-month total", which
// in trade reports mean the year-to-date months ("in the 11-month period,
// exports rose"), optionally with a year ("the 11-month period of 2024").
func (p *parser) nMonthPeriodAt(i int) (cand, bool) {
	if !p.word(i, "the") {
		return cand{}, false
	}
	n, k, ok := p.count(i + 1)
	if !ok || n < 2 || n > 12 || !p.dash(k) || !p.adj(k) || !p.word(k+1, "month") ||
		!p.word(k+2, "period", "total", "tally", "stretch") {
		return cand{}, false
	}
	j := k + 3
	y, rel := 0, false
	if p.word(j, "of", "in") {
		if yy, r, j2, ok := p.yearSpec(j+1, false); ok && yy != 0 {
			y, rel, j = yy, r, j2
		}
	}
	if y == 0 {
		y, rel = p.inferYear(n), true
	}
	return cand{i: i, j: j, kind: KindMonths, rel: rel, cum: true,
		p: figure.Period{Start: figure.MonthOf(y, 1), End: figure.MonthOf(y, n)}}, true
}

// anaphorAt reads "for the year", "in the quarter", "in the half": the
// year, quarter or half of the period in context (Anaphoric; see
// Mention.InContext). Period holds a fallback: the year meant by
// "full-year", or the last quarter or half that has ended.
func (p *parser) anaphorAt(i int) (cand, bool) {
	if !p.word(i, "the") || !p.word(i-1, "in", "for", "during", "within", "throughout") ||
		p.word(i+2, "to", "through", "earlier", "ago", "before", "of", "on", "ending", "ended") || p.dash(i+2) ||
		p.tok(i+2).kind == tNum {
		return cand{}, false
	}
	c := cand{i: i, j: i + 2, rel: true, ana: true}
	var span int
	switch {
	case p.word(i+1, "year"):
		c.kind = KindYear
		if p.hasRef {
			c.p = figure.YearPeriod(p.fullYear())
		}
		return c, true
	case p.word(i+1, "quarter"):
		c.kind, span = KindQuarter, 3
	case p.word(i+1, "half"):
		c.kind, span = KindHalf, 6
	default:
		return cand{}, false
	}
	if p.hasRef {
		start := figure.MonthOf(p.refY, (p.refMo-1)/span*span+1) - figure.Month(span)
		c.p = figure.Period{Start: start, End: start + figure.Month(span) - 1}
	}
	return c, true
}
