package periods

import (
	"math"
	"time"

	"figcheck/figure"
)

// parser holds one text's tokens and the resolved reference date.
type parser struct {
	text   string
	low    string // text with ASCII letters lower-cased
	toks   []token
	hasRef bool
	refY   int          // reference year
	refMo  int          // reference month number (1-12)
	refM   figure.Month // reference month
	refDay time.Time    // reference date at midnight UTC
	// allRules makes longestAt try every rule of a token's kind at a word,
	// not only those its first word can start; tests compare the two.
	allRules bool
}

func newParser(text string, ref time.Time) *parser {
	if len(text) > math.MaxInt32 {
		text = text[:math.MaxInt32] // offsets are int32
	}
	return newParserLower(text, asciiLower(text), ref)
}

// newParserLower is newParser with the text's ASCII lower-casing given.
func newParserLower(text, low string, ref time.Time) *parser {
	if len(text) > math.MaxInt32 {
		text, low = text[:math.MaxInt32], low[:math.MaxInt32] // offsets are int32
	}
	p := &parser{text: text, low: low, toks: tokenize(text)}
	if !ref.IsZero() {
		y, mo, d := ref.Date()
		if y >= 1000 && y <= 9000 { // keeps every resolved month well away from the zero Month
			p.hasRef = true
			p.refY, p.refMo = y, int(mo)
			p.refM = figure.MonthOf(y, int(mo))
			p.refDay = time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
		}
	}
	return p
}

// cand is a candidate mention over tokens [i, j).
type cand struct {
	i, j                                         int
	kind                                         Kind
	p                                            figure.Period
	from, to                                     time.Time
	cum, rel, day, same, cmp, ana, open, rolling bool
	year                                         int // SamePeriod: the year named ("the same period of 2023")
}

// atom is one period unit that may still lack its year: months m1..m2 of
// year y (through year y2 when set), optionally days d1 and d2.
type atom struct {
	i, j   int
	kind   Kind
	y, y2  int
	m1, m2 int
	d1, d2 int
	rel    bool
	bare   bool // a bare four-digit year, read without context
}

// endYear returns the year of the atom's last month.
func (a atom) endYear() int {
	if a.y2 != 0 {
		return a.y2
	}
	return a.y
}

// inferYear returns the latest year in which month m starts on or before the
// reference date.
func (p *parser) inferYear(m int) int {
	y := p.refY
	if figure.MonthOf(y, m) > p.refM {
		y--
	}
	return y
}

// resolve fills a missing year from the reference date.
//
// A month is the latest one that has begun by the reference date. A
// quarter or half is the latest one that has begun, so the current quarter
// is "the third quarter" during it.
func (p *parser) resolve(a *atom) {
	if a.y == 0 && a.kind == KindDay && a.d1 > 0 && p.hasRef {
		// A day is the latest such date on or before the reference date
		// ("on Dec. 9"), unless the next one is at most 60 days ahead
		// ("due on Jan. 13" read on December 10).
		y := p.refY
		if !time.Date(y, time.Month(a.m1), a.d1, 0, 0, 0, 0, time.UTC).After(p.refDay) {
			y++
		}
		if time.Date(y, time.Month(a.m1), a.d1, 0, 0, 0, 0, time.UTC).Sub(p.refDay) > 60*24*time.Hour {
			y--
		}
		a.y, a.rel = y, true
		return
	}
	if a.y == 0 {
		m := a.m2
		if a.kind == KindQuarter || a.kind == KindHalf {
			m = a.m1
		}
		a.y = p.inferYear(m)
		a.rel = true
	}
}

// cand converts a resolved atom into a candidate.
func (p *parser) atomCand(a atom) cand {
	c := cand{i: a.i, j: a.j, kind: a.kind, rel: a.rel,
		p: figure.Period{Start: figure.MonthOf(a.y, a.m1), End: figure.MonthOf(a.endYear(), a.m2)}}
	if a.d1 > 0 {
		c.day = true
		c.from = time.Date(a.y, time.Month(a.m1), a.d1, 0, 0, 0, 0, time.UTC)
		if int(c.from.Month()) != a.m1 {
			c.from = lastDay(figure.MonthOf(a.y, a.m1)) // February 29 of a common year
		}
		c.to = c.from
	}
	return c
}

// ---- token helpers ----

// lw returns a token's lower-cased text.
func (p *parser) lw(t token) string { return p.low[t.start:t.end] }

func (p *parser) tok(i int) token {
	if i < 0 || i >= len(p.toks) {
		return token{}
	}
	return p.toks[i]
}

// word reports whether token i is a word equal to one of ws (lower case).
func (p *parser) word(i int, ws ...string) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tWord {
		return false
	}
	t := p.toks[i]
	n := int(t.end - t.start)
	c := p.low[t.start]
	for _, w := range ws {
		if len(w) == n && w[0] == c && p.low[t.start:t.end] == w {
			return true
		}
	}
	return false
}

// is reports whether token i's text (lower case) equals s.
func (p *parser) is(i int, s string) bool {
	if i < 0 || i >= len(p.toks) {
		return false
	}
	t := p.toks[i]
	return int(t.end-t.start) == len(s) && p.low[t.start:t.end] == s
}

// adj reports whether token i directly follows token i-1 without space.
func (p *parser) adj(i int) bool { return i > 0 && i < len(p.toks) && !p.toks[i].space }

// dash reports whether token i is a hyphen, dash or tilde.
func (p *parser) dash(i int) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tPunct {
		return false
	}
	switch p.lw(p.toks[i]) {
	case "-", "–", "—", "－", "~", "～", "‐", "‑", "―":
		return true
	}
	return false
}

// partOfNumber reports whether the number token i is glued to other digits
// by a separator ("6,107", "23.04.2022", "14:55", "138-2010").
func (p *parser) partOfNumber(i int) bool {
	if i > 1 && p.adj(i) && p.toks[i-2].kind == tNum && p.adj(i-1) {
		switch p.lw(p.toks[i-1]) {
		case ",", ".", ":", "/":
			return true
		case "-":
			// "138-2010" (a phone number), but not "q1-2019" or "2014-2018"
			return p.toks[i-2].ndig == 3 || p.toks[i-2].ndig > 4
		}
	}
	if i+2 < len(p.toks) && p.adj(i+1) && p.toks[i+2].kind == tNum && p.adj(i+2) {
		switch p.lw(p.toks[i+1]) {
		case ",", ".", ":":
			return true
		}
	}
	return false
}

// year4 reads a four-digit year at token i.
func (p *parser) year4(i int) (int, bool) {
	t := p.tok(i)
	if t.kind != tNum || t.ndig != 4 || t.num() < 1800 || t.num() > 2199 {
		return 0, false
	}
	if p.partOfNumber(i) {
		return 0, false
	}
	return t.num(), true
}

// ---- words ----

func monthWord(s string) int {
	switch s {
	case "january", "jan":
		return 1
	case "february", "feb":
		return 2
	case "march", "mar":
		return 3
	case "april", "apr":
		return 4
	case "may":
		return 5
	case "june", "jun":
		return 6
	case "july", "jul":
		return 7
	case "august", "aug":
		return 8
	case "september", "sep", "sept":
		return 9
	case "october", "oct":
		return 10
	case "november", "nov":
		return 11
	case "december", "dec":
		return 12
	}
	return 0
}

func numberWord(s string) int {
	switch s {
	case "one", "a":
		return 1
	case "two":
		return 2
	case "three":
		return 3
	case "four":
		return 4
	case "five":
		return 5
	case "six":
		return 6
	case "seven":
		return 7
	case "eight":
		return 8
	case "nine":
		return 9
	case "ten":
		return 10
	case "eleven":
		return 11
	case "twelve":
		return 12
	}
	return 0
}

func ordinalWord(s string) int {
	switch s {
	case "first":
		return 1
	case "second":
		return 2
	case "third":
		return 3
	case "fourth":
		return 4
	case "fifth":
		return 5
	case "sixth":
		return 6
	case "seventh":
		return 7
	case "eighth":
		return 8
	case "ninth":
		return 9
	case "tenth":
		return 10
	case "eleventh":
		return 11
	case "twelfth":
		return 12
	}
	return 0
}

// count reads a small cardinal ("four", "11") at token i.
func (p *parser) count(i int) (int, int, bool) {
	t := p.tok(i)
	switch t.kind {
	case tWord:
		if n := numberWord(p.lw(t)); n > 0 && p.lw(t) != "a" {
			return n, i + 1, true
		}
	case tNum:
		if t.ndig <= 3 && t.num() > 0 && !p.partOfNumber(i) {
			return t.num(), i + 1, true
		}
	}
	return 0, i, false
}

// ordinal reads "third", "3rd" at token i.
func (p *parser) ordinal(i int) (int, int, bool) {
	t := p.tok(i)
	switch t.kind {
	case tWord:
		if n := ordinalWord(p.lw(t)); n > 0 {
			return n, i + 1, true
		}
	case tNum:
		if t.ndig <= 2 && p.adj(i+1) && p.word(i+1, "st", "nd", "rd", "th") {
			return t.num(), i + 2, true
		}
	}
	return 0, i, false
}

// cnNum reads 1-99 written in digits or Chinese numerals at token i.
func (p *parser) cnNum(i int) (int, int, bool) {
	t := p.tok(i)
	if t.kind == tNum {
		if t.ndig <= 2 && t.num() > 0 && !p.partOfNumber(i) {
			return t.num(), i + 1, true
		}
		return 0, i, false
	}
	// 一 .. 九, 十, 十一 .. 十九, 二十 .. 九十九: at most three characters.
	n, j := 0, i
	for j < len(p.toks) && j < i+3 && p.toks[j].kind == tHan && (j == i || p.adj(j)) {
		d := cnDigit(p.lw(p.toks[j]))
		if d < 0 {
			break
		}
		switch {
		case d == 10 && n == 0:
			n = 10
		case d == 10 && n < 10:
			n *= 10
		case d < 10 && n%10 == 0 && n > 0 && cnDigit(p.lw(p.toks[j-1])) == 10:
			n += d
		case d < 10 && n == 0:
			n = d
		default:
			return 0, i, false
		}
		j++
	}
	if j == i || n == 0 || j < len(p.toks) && p.adj(j) && p.toks[j].kind == tHan && cnDigit(p.lw(p.toks[j])) >= 0 {
		return 0, i, false
	}
	return n, j, true
}

func cnDigit(s string) int {
	switch s {
	case "一":
		return 1
	case "二", "两":
		return 2
	case "三":
		return 3
	case "四":
		return 4
	case "五":
		return 5
	case "六":
		return 6
	case "七":
		return 7
	case "八":
		return 8
	case "九":
		return 9
	case "十":
		return 10
	}
	return -1
}
