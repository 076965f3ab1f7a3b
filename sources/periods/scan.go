package periods

// The scan: which rule matches at a token, and the context checks for bare years and comparisons.

// longestAt tries every rule at token i and keeps the longest match (the
// first rule wins a tie). lastEnd is the token after the previous mention.
// The caller has checked canStart(i).
func (p *parser) longestAt(i, lastEnd int) (cand, bool) {
	rules := allWordRules
	if p.toks[i].kind == tWord && !p.allRules {
		rules = wordRules(p.lw(p.toks[i]))
	}
	var at atom // shared by rangeAt and the single-atom case
	atOK := false
	if rules&rEndpoint != 0 {
		at, atOK = p.endpoint(i)
	}
	var best cand
	found := false
	try := func(c cand, ok bool) {
		if ok && c.j > c.i && (!found || c.j > best.j) {
			best, found = c, true
		}
	}
	// Only the rules that can start with this kind of token.
	switch p.toks[i].kind {
	case tWord:
		if rules&rRange != 0 {
			try(p.rangeAt(i, at, atOK))
		}
		if rules&rFirstN != 0 {
			try(p.firstNAt(i))
		}
		if rules&rNMonth != 0 {
			try(p.nMonthPeriodAt(i))
		}
		if rules&rRolling != 0 {
			try(p.rollingAt(i))
		}
		if rules&rYTD != 0 {
			try(p.ytdAt(i))
		}
		if rules&rSame != 0 {
			try(p.sameAt(i))
		}
		if rules&rRelMonth != 0 {
			try(p.relMonthAt(i))
		}
		if rules&rAnaphor != 0 {
			try(p.anaphorAt(i))
		}
		if rules&rDecade != 0 {
			try(p.decadeAt(i))
		}
		if rules&rOpen != 0 {
			try(p.openAt(i))
		}
		if rules&rPartOfYear != 0 {
			try(p.partOfYearAt(i))
		}
		if rules&rWeekDays != 0 {
			try(p.weekDaysAt(i))
		}
		if rules&rPossessive != 0 {
			try(p.possessiveAt(i))
		}
		if rules&rDayRange != 0 {
			try(p.dayRangeAt(i))
		}
	case tNum:
		try(p.rangeAt(i, at, atOK))
		try(p.sameAt(i))
		try(p.decadeAt(i))
		try(p.cnRangeAt(i))
		try(p.cnFirstNAt(i))
		try(p.possessiveAt(i))
		try(p.dayRangeAt(i))
	case tHan:
		try(p.rangeAt(i, at, atOK))
		try(p.ytdAt(i))
		try(p.sameAt(i))
		try(p.relMonthAt(i))
		try(p.cnRangeAt(i))
		try(p.cnFirstNAt(i))
	case tPunct:
		try(p.decadeAt(i))
	}
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
	if p.word(i-1, "by") && p.hasRef && p.tok(i).num() < p.refY {
		return false // "rose by 2000": a past year after "by" is a value; "by 2030" a target
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

// canStart reports whether any rule can match from token i; it keeps Find
// fast on ordinary words and numbers by looking at most two tokens around.
func (p *parser) canStart(i int) bool {
	t := p.toks[i]
	switch t.kind {
	case tNum:
		// Not a value ("2024 units") or part of a longer number ("6,107").
		return !(t.ndig == 3 || t.ndig > 4 || p.partOfNumber(i) || p.valueAfter(i+1))
	case tPunct:
		// Only decadeAt starts at punctuation: "the '90s".
		return (p.is(i, "'") || p.is(i, "’")) && p.tok(i+1).kind == tNum
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

// ruleSet is a set of the rules longestAt tries at a word.
type ruleSet uint16

// Rules that can start at a word; rEndpoint is endpoint, which rangeAt
// and the single-atom case share.
const (
	rEndpoint ruleSet = 1 << iota
	rRange
	rFirstN
	rNMonth
	rRolling
	rYTD
	rSame
	rRelMonth
	rAnaphor
	rDecade
	rOpen
	rPartOfYear
	rWeekDays
	rPossessive
	rDayRange

	allWordRules ruleSet = 1<<iota - 1
)

// wordRules returns the rules that can match starting at the word w (lower
// case). Each rule reads its first token with word(i, ...) or a word list
// (monthWord, ordinalWord, decadeWord), so a word outside those lists can
// start none: Find skips them. The sets must cover every first word a rule
// accepts; TestWordRulesCover and FuzzWordRules check that Find gives the
// same mentions as when every rule is tried.
func wordRules(w string) ruleSet {
	const (
		// endpoint (monthAtom, quarterAtom, yearAtom) and rangeAt, which
		// starts with one.
		ep = rEndpoint | rRange
	)
	if monthWord(w) > 0 {
		return ep | rDayRange
	}
	if ordinalWord(w) > 0 {
		if w == "first" {
			return ep | rFirstN | rWeekDays
		}
		return ep
	}
	if decadeWord(w) > 0 {
		return rDecade
	}
	switch w {
	case "the":
		return ep | rFirstN | rNMonth | rRolling | rSame | rRelMonth | rAnaphor | rDecade | rWeekDays | rPossessive
	case "this":
		return ep | rYTD | rRelMonth | rDecade | rPossessive
	case "current":
		return ep | rRelMonth | rDecade | rPossessive
	case "last":
		return ep | rFirstN | rRolling | rRelMonth | rWeekDays | rPossessive
	case "next":
		return ep | rRolling | rRelMonth | rPossessive
	case "previous", "preceding", "coming":
		return ep | rRolling | rPossessive
	case "prior":
		return ep | rOpen | rPossessive
	case "final":
		return ep | rFirstN
	case "latter", "q", "h", "calendar", "full", "whole", "entire":
		return ep
	case "two", "nineteen", "twenty", "eighteen":
		return ep | rPossessive
	case "year":
		return ep | rYTD
	case "between", "from":
		return rRange | rDayRange
	case "past", "recent", "latest", "following":
		return rRolling
	case "ytd", "so", "since", "earlier":
		return rYTD
	case "a":
		return rSame | rRelMonth
	case "one":
		return rSame
	case "that":
		return rRelMonth
	case "before", "after":
		return rOpen
	case "early", "late", "mid", "end", "beginning", "start", "middle":
		return rPartOfYear
	}
	return 0
}
