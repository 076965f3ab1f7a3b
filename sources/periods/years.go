package periods

// Years: "2024", "last year", "the whole of 2023", "2024年", spelled-out years.

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
		if t.ndig == 4 && t.num() >= 1800 && t.num() <= 2199 && !(i > 1 && p.adj(i) && p.tok(i-2).kind == tNum) {
			return t.num(), false, i + 2, true
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
			return twoDigitYear(t.num()), false, k + 2, true
		}
	case p.word(k, "in"):
		if y, ok := p.year4(k + 1); ok {
			return y, false, k + 2, true
		}
	case (p.is(k, "'") || p.is(k, "’")) && p.adj(k) && p.adj(k+1):
		if t := p.tok(k + 1); t.kind == tNum && t.ndig == 2 && !p.adj(k+2) {
			return 2000 + t.num(), false, k + 2, true // "Dec'24"
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
			return 2000 + t.num(), false, k + 2, true
		}
	}
	if y, ok := p.year4(k); ok && !p.valueAfter(k+1) {
		return y, false, k + 1, true
	}
	return p.relYearSpec(k)
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
