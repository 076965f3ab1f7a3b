package periods

// Expressions resolved from the reference date or from context: first N months, rolling windows, year to date, same period, relative months, anaphors.

import (
	"time"

	"figcheck/figure"
)

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
	// "the 12 months to March", "the year to March", "the quarter ended June 30"
	n, k2, ok := p.count(k)
	if !ok && k > i {
		switch {
		case p.word(k, "year"):
			n, k2, ok = 12, k, true
		case p.word(k, "quarter"):
			n, k2, ok = 3, k, true
		case p.word(k, "half") || p.word(k, "half") && p.dash(k+1) && p.word(k+2, "year"):
			n, k2, ok = 6, k, true
			if p.dash(k + 1) {
				k2 += 2
			}
		}
	}
	if ok && k > i && p.word(k2, "months", "year", "quarter", "half") && p.word(k2+1, "to", "through", "ending", "ended") && n <= 120 {
		if a, ok := p.monthAtom(k2 + 2); ok && (a.kind == KindMonth || a.kind == KindDay) {
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
		if y, rel, j, ok := p.yearSpec(k, false); ok {
			c.j, c.cmp = j, true
			if !rel || p.hasRef {
				c.year = y
			}
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
		if y, rel, j, ok := p.cnYear(i); ok && p.is(j, "同") && p.is(j+1, "期") {
			c.j, c.cmp = j+2, true
			if !rel || p.hasRef {
				c.year = y
			}
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
