package periods

// Decades, open ranges, parts of a year, weeks.

import (
	"time"

	"figcheck/figure"
)

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
	if t.kind != tNum || t.num()%10 != 0 || p.partOfNumber(k) {
		return cand{}, false
	}
	d := 0
	switch {
	case t.ndig == 4 && t.num() >= 1800 && t.num() <= 2190:
		d = t.num()
	case t.ndig == 2 && k > i:
		d = twoDigitYear(t.num())
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
// 2015", "the first ten days of last year" and "the first 20 days of
// December".
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
	if a, ok := p.monthAtom(k2 + 2); ok && a.kind == KindMonth && !week && n < daysIn(a.m1) {
		// "the first 20 days of December" (Korea's early trade data)
		p.resolve(&a)
		c := p.atomCand(a)
		c.i, c.kind, c.day = i, KindDay, true
		c.from = firstDay(c.p.Start)
		c.to = c.from.AddDate(0, 0, n-1)
		if !first {
			c.to = lastDay(c.p.Start)
			c.from = c.to.AddDate(0, 0, 1-n)
		}
		return c, true
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
