package article

import (
	"iter"
	"sort"
	"strings"
	"unicode/utf8"

	"figcheck/figure"
	"figcheck/sources/glossary"
	"figcheck/sources/periods"
)

// abbreviations end with a dot that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "no": true, "co": true, "corp": true,
	"inc": true, "ltd": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "vs": true, "etc": true,
	"approx": true, "est": true, "gov": true, "sen": true, "rep": true, "jr": true, "sr": true, "fig": true,
	"vol": true, "nos": true, "u.s": true, "u.k": true, "u.n": true, "e.u": true, "e.g": true, "i.e": true,
	"a.m": true, "p.m": true, "bros": true, "dept": true,
}

// sentences splits text into sentences: at . ! ? followed by a space and a
// capital, digit or quote (not after an abbreviation or an initial), at
// Chinese full stops, at blank lines, and at single line breaks that do not
// look like hard-wrapped prose.
func sentences(t string) []span {
	var out []span
	start := 0
	cut := func(end, next int) {
		if s, e := trimSpan(t, start, end); e > s {
			out = append(out, span{s, e})
		}
		start = next
	}
	for i := 0; i < len(t); i++ {
		for i < len(t) && !sentenceByte[t[i]] {
			i++ // no sentence ends here
		}
		if i >= len(t) {
			break
		}
		c := t[i]
		switch {
		case c == '\n':
			if lineBreakEndsSentence(t, start, i) {
				cut(i, i+1)
			}
		case c == '.' || c == '!' || c == '?':
			j := i + 1
			for j < len(t) && (t[j] == '"' || t[j] == '\'' || t[j] == ')') {
				j++
			}
			if j >= len(t) {
				cut(j, j)
				continue
			}
			if t[j] != ' ' && t[j] != '\n' && t[j] != '\t' && !strings.HasPrefix(t[j:], "\u00a0") {
				continue
			}
			k := j
			for k < len(t) && (t[k] == ' ' || t[k] == '\t') {
				k++
			}
			if k < len(t) && t[k] >= 'a' && t[k] <= 'z' {
				continue
			}
			if c == '.' && isAbbrev(t, i) {
				continue
			}
			cut(j, j)
		case c == 0xe3 && (strings.HasPrefix(t[i:], "。")) || c == 0xef && (strings.HasPrefix(t[i:], "！") || strings.HasPrefix(t[i:], "？")):
			_, n := utf8.DecodeRuneInString(t[i:])
			cut(i+n, i+n)
			i += n - 1
		}
	}
	cut(len(t), len(t))
	return capSentences(t, out)
}

// sentenceByte marks the bytes that sentences looks at twice: line
// breaks, stops, and the first byte of the Chinese stops.
var sentenceByte = [256]bool{'\n': true, '.': true, '!': true, '?': true, 0xe3: true, 0xef: true}

// maxSentence bounds a sentence's length so that per-figure work stays linear
// on text without sentence punctuation (tables pasted as text, long lists).
const maxSentence = 600

// capSentences splits over-long sentences at a space near every maxSentence bytes.
func capSentences(t string, in []span) []span {
	long := false
	for _, s := range in {
		if s.end-s.start > maxSentence {
			long = true
			break
		}
	}
	if !long {
		return in
	}
	var out []span
	for _, s := range in {
		for s.end-s.start > maxSentence {
			cut := s.start + maxSentence
			for k := cut; k > s.start+maxSentence/2; k-- {
				if t[k] == ' ' || t[k] == ';' || t[k] == ',' {
					cut = k
					break
				}
			}
			for cut < s.end && t[cut]&0xC0 == 0x80 {
				cut++ // never inside a UTF-8 sequence
			}
			out = append(out, span{s.start, cut})
			s.start = cut
		}
		out = append(out, s)
	}
	return out
}

func trimSpan(t string, s, e int) (int, int) {
	for s < e && (t[s] == ' ' || t[s] == '\n' || t[s] == '\t' || t[s] == '\r') {
		s++
	}
	for e > s && (t[e-1] == ' ' || t[e-1] == '\n' || t[e-1] == '\t' || t[e-1] == '\r') {
		e--
	}
	return s, e
}

// lineBreakEndsSentence decides whether the newline at i ends a sentence:
// yes after a blank line or a short line (headline, dateline), no inside a
// long hard-wrapped line that continues in lower case.
func lineBreakEndsSentence(t string, sentStart, i int) bool {
	ls := strings.LastIndexByte(t[:i], '\n') + 1
	line := strings.TrimSpace(t[ls:i])
	if line == "" {
		return true
	}
	k := i + 1
	for k < len(t) && (t[k] == ' ' || t[k] == '\t' || t[k] == '\r') {
		k++
	}
	if k >= len(t) || t[k] == '\n' {
		return true
	}
	if listItemAt(t, k) {
		return true // the next line is a new bullet of a list
	}
	next := t[k]
	continues := next >= 'a' && next <= 'z' || next >= '0' && next <= '9' || next == '(' || next == '$'
	if continues && len(line) >= 40 {
		return false
	}
	last := line[len(line)-1]
	if len(line) >= 60 && last != '.' && last != '!' && last != '?' && last != ':' && last != '"' {
		return false // hard-wrapped prose
	}
	return true
}

// listItemAt reports whether a list item marker opens the line at k: "* ",
// "- ", "• ", "1. ", "2) ".
func listItemAt(t string, k int) bool {
	rest := t[k:]
	for _, m := range []string{"* ", "- ", "+ ", "• ", "· ", "– "} {
		if strings.HasPrefix(rest, m) {
			return true
		}
	}
	j := 0
	for j < len(rest) && j < 3 && isDigitByte(rest[j]) {
		j++
	}
	return j > 0 && j+1 < len(rest) && (rest[j] == '.' || rest[j] == ')') && rest[j+1] == ' '
}

// groupOpeningBefore is the group of traders that opens the sentence before
// the one starting at start, in the same paragraph ("" when none does).
func (a *analysis) groupOpeningBefore(start int) string {
	i := sort.Search(len(a.sents), func(i int) bool { return a.sents[i].start >= start }) - 1
	if i < 0 || paragraphBreak(a.text[a.sents[i].end:start]) {
		return ""
	}
	prev := a.sents[i]
	for p := range a.eachCue(cuePartner, span{prev.start, min(prev.end, prev.start+40)}) {
		if isTraderGroup(p.val) && p.val != "Belt and Road" && strings.TrimSpace(a.low[prev.start:p.start]) == "" {
			return p.val
		}
		break
	}
	return ""
}

// listItemStart returns where the list item holding pos starts: the sentence
// itself, or a line at most three lines up (a numbered list whose items run
// over hard line breaks and end with semicolons); -1 when pos is in none.
func (a *analysis) listItemStart(sp span, pos int) int {
	if listItemAt(a.text, sp.start) {
		return sp.start
	}
	a.ensureLines()
	l := sort.Search(len(a.lines.start), func(i int) bool { return a.lines.start[i] > pos }) - 1
	for n := 0; n < 3 && l >= 0; n, l = n+1, l-1 {
		ls := a.lines.start[l]
		if ls < sp.start {
			// "1." split off as a sentence of its own: the marker alone stands
			// between the line's start and the sentence's
			if listItemAt(a.text, ls) && strings.Trim(a.text[ls:sp.start], "*-+•·– 0123456789.)\t") == "" {
				return ls
			}
			break
		}
		line := a.text[ls:a.lineEnd(l)]
		if strings.TrimSpace(line) == "" {
			break
		}
		if listItemAt(a.text, ls) {
			return ls
		}
	}
	return -1
}

// isAbbrev reports whether the dot at i ends an abbreviation or an initial.
func isAbbrev(t string, i int) bool {
	w := i
	for w > 0 && (isAlpha(t[w-1]) || t[w-1] == '.') {
		w--
	}
	// t[w:i] holds only ASCII letters and dots, so lower-casing its ASCII
	// letters is strings.ToLower; done in a buffer, the lookup allocates nothing
	src := t[w:i]
	if len(src) == 1 && isAlpha(src[0]) {
		return true
	}
	var buf [32]byte
	if len(src) > len(buf) {
		return abbreviations[strings.ToLower(src)]
	}
	for k := 0; k < len(src); k++ {
		c := src[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	return abbreviations[string(buf[:len(src)])]
}

// carry is what a sentence leaves for the next: its subject, flow and period.
type carry struct {
	subject  glossary.Subject
	hasSubj  bool
	flow     string
	period   figure.Period
	reporter string // the economy whose trade the text reports ("" for China)
}

// attribute fills subject, flow, partner, period, measure, sign, basis and
// "of" for every figure, sentence by sentence.
func (a *analysis) attribute() {
	var c carry
	firstPeriod := figure.Period{}
	for _, p := range a.pers {
		// "at the start of the year", "mid-2024" are too vague to be a story's main period
		if a.validPeriod(p) && !p.Period.IsZero() && !p.SamePeriod && !p.Anaphoric && p.Kind != periods.KindPartOfYear {
			if !a.pub.IsZero() && p.Period.End > figure.MonthOf(a.pub.Year(), int(a.pub.Month())) {
				// "got off to a steady start this year" in April: a year not yet
				// over cannot be the period the story reports
				continue
			}
			firstPeriod = p.Period
			break
		}
	}
	mainPeriod := a.yearEndMain(firstPeriod)
	fi := 0
	for si, sp := range a.sents {
		if si > 0 && paragraphBreak(a.text[a.sents[si-1].end:sp.start]) {
			// a new paragraph returns to the article's main period: "In September
			// alone, ..." or "in the third quarter" does not run on into the next
			// paragraph's figures; a lead-in ending with a colon ("figures for the
			// first seven months:") keeps its period for the list after it
			leadIn := strings.HasSuffix(strings.TrimSpace(a.text[a.sents[si-1].start:a.sents[si-1].end]), ":")
			if !mainPeriod.IsZero() && !leadIn {
				c.period = mainPeriod
			}
		}
		if si > 0 && (paragraphBreak(a.text[a.sents[si-1].end:sp.start]) || listItemAt(a.text, sp.start)) && a.bareFlowOpener(sp) {
			// a paragraph or list item that opens on bare "Exports ..." or
			// "Imports ..." speaks of all goods again, not of the product before it
			c.subject, c.hasSubj = glossary.Subject{}, false
		}
		start := fi
		for fi < len(a.figs) && a.figs[fi].sent == si {
			fi++
		}
		figs := a.figs[start:fi]
		sc := c
		if len(figs) > 0 && a.hasCue(cueOtherStat, sp) && !a.hasCue(cueFlow, sp) {
			// "Huawei's revenue rose 22%": no trade subject or flow carries into it
			sc.subject, sc.hasSubj, sc.flow = glossary.Subject{}, false, ""
		}
		company := companyOpening(a.text[sp.start:sp.end])
		for k := range figs {
			a.attributeOne(&figs[k], sp, sc, firstPeriod)
			a.tableAttribute(&figs[k])
			a.rollingPeriod(&figs[k], sp)
			figs[k].reporter = a.reporterFor(figs[k].m.Start, sp, c.reporter)
		}
		if len(figs) > 0 {
			c.reporter = figs[len(figs)-1].reporter
		} else if r, ok := a.reporterIn(sp, sp.end); ok {
			c.reporter = r
		}
		if company != "" {
			// "BYD, whose ..., shipped 417,204 vehicles abroad": a company's own
			// figures, never compared with the country's; the next sentence
			// does not inherit the company
			for k := range figs {
				figs[k].reporter = company
			}
		}
		a.respectively(figs, sp)
		a.link(figs)
		yearEarlier := a.opensYearEarlier(sp)
		if yearEarlier && !c.period.IsZero() {
			// "A year earlier, in June 2024, imports totaled $35.2 billion,
			// meaning imports fell 47.2 percent year over year": the rate
			// compares this period with that one, so it is this period's
			for k := range figs {
				if f := &figs[k]; f.measure == figure.Growth && f.basis == figure.BasisYoY &&
					f.period.Start == c.period.Start-12 && f.period.End == c.period.End-12 {
					f.period = c.period
				}
			}
		}
		if sc.hasSubj || sc.flow != "" || c.flow == "" && !c.hasSubj {
			before := c.period
			c = a.nextCarry(c, figs, sp)
			if yearEarlier && !before.IsZero() {
				c.period = before // an aside about the year before: the story goes on in its own period
			}
		}
		// a sentence about something other than trade leaves the context as it was
	}
}

// companies are firms whose own trade figures news stories quote beside the
// country's: a sentence that opens with one reports the company's figures.
// Names that are also goods (Apple: apples) are left out.
var companies = []string{
	"BYD", "Chery", "SAIC", "Geely", "Great Wall Motor", "Changan", "Tesla", "NIO", "Xpeng", "Li Auto",
	"Leapmotor", "Dongfeng", "GAC", "JAC", "Huawei", "Xiaomi", "Lenovo", "CATL", "LONGi", "JinkoSolar",
	"Trina Solar", "Samsung", "SK Hynix", "TSMC", "Foxconn", "SMIC", "Haier", "Midea", "Hisense",
	"Volkswagen", "Toyota", "BMW", "Vale", "Rio Tinto", "BHP", "COSCO", "Maersk", "Baowu", "Ansteel",
}

// companyOpening returns the company a sentence opens with ("BYD, whose ...
// shipped", "Chery's exports"), or "".
func companyOpening(sentence string) string {
	s := strings.TrimLeft(sentence, " *-•·\t")
	for _, w := range []string{"And ", "But ", "Meanwhile, ", "Separately, ", "Rival "} {
		s = strings.TrimPrefix(s, w)
	}
	for _, c := range companies {
		if !strings.HasPrefix(s, c) {
			continue
		}
		rest := s[len(c):]
		if rest == "" || rest[0] == ' ' || rest[0] == ',' || rest[0] == '\'' || strings.HasPrefix(rest, "’") {
			return c
		}
	}
	return ""
}

// notProducts are words that open a sentence before a flow word without
// naming a product ("Total exports", "Outbound shipments", "Net imports").
var notProducts = map[string]bool{
	"the": true, "total": true, "overall": true, "its": true, "their": true, "outbound": true, "inbound": true,
	"overseas": true, "merchandise": true, "goods": true, "meanwhile": true, "but": true, "and": true,
	"while": true, "monthly": true, "annual": true, "cumulative": true, "net": true, "real": true,
	"nominal": true, "such": true, "these": true, "those": true, "both": true, "chinese": true, "foreign": true,
	"global": true, "world": true, "national": true, "domestic": true, "this": true, "that": true, "other": true,
	"all": true, "combined": true, "weak": true, "strong": true, "robust": true, "solid": true, "soft": true,
	"sluggish": true, "falling": true, "rising": true, "slowing": true, "record": true, "quarterly": true,
	"yearly": true, "daily": true, "weekly": true, "trade": true, "export": true, "import": true,
}

// unknownProduct returns an ad hoc subject for a sentence that opens on a
// capitalised word the glossary does not know, right before its first flow
// word: "Beef imports were down 0.6%". Determiners, adjectives of size or
// direction, partners and periods are not products; a demonym ("German
// imports") gives all goods.
func (a *analysis) unknownProduct(sp span) (glossary.Subject, bool) {
	t := a.text[sp.start:sp.end]
	for _, m := range []string{"* ", "- ", "+ ", "• "} {
		t = strings.TrimPrefix(t, m)
	}
	off := sp.end - len(t)
	end := 0
	for end < len(t) && isAlpha(t[end]) {
		end++
	}
	if end < 3 || t[0] < 'A' || t[0] > 'Z' || end >= len(t) || t[end] != ' ' {
		return glossary.Subject{}, false
	}
	word := strings.ToLower(t[:end])
	if notProducts[word] || monthNums[word] != 0 || glossary.CaseExact(t[:end]) && end <= 3 {
		return glossary.Subject{}, false
	}
	// the first flow word must follow it directly
	i := a.cueAt(off + end + 1)
	if i >= len(a.cues) || a.cues[i].start != off+end+1 || a.cues[i].typ != cueFlow {
		return glossary.Subject{}, false
	}
	switch a.low[a.cues[i].start:a.cues[i].end] {
	case "exports", "imports", "shipments", "purchases", "export", "import":
	default:
		return glossary.Subject{}, false
	}
	// a known subject, partner or period at the word is not unknown
	if k := a.subjAt(off); k < len(a.subj) && a.subj[k].Start < off+end {
		return glossary.Subject{}, false
	}
	if k := a.cueAt(off); k < len(a.cues) && a.cues[k].start < off+end && a.cues[k].typ == cuePartner {
		return a.g.Subject("goods") // "Japanese exports": another economy's goods trade
	}
	if a.inPeriod(off, off+end) {
		return glossary.Subject{}, false
	}
	if nationality(word) {
		// "German imports fell": another economy's goods trade as a whole
		return a.g.Subject("goods")
	}
	return glossary.Subject{ID: word, Name: word}, true
}

// nationality reports whether a word looks like a demonym ("German",
// "Japanese", "Korean", "British"): a reporter or partner, not a product.
func nationality(w string) bool {
	switch w {
	case "thai", "swiss", "dutch", "french", "greek", "mainland", "regional", "provincial", "asian", "african":
		return true
	}
	for _, suf := range []string{"ese", "ian", "ean", "ish", "can", "man", "ani", "i"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// bareFlowWords are the flow nouns that, opening a paragraph with no product
// named, mean the whole of goods trade.
var bareFlowWords = map[string]bool{
	"exports": true, "imports": true, "outbound shipments": true, "inbound shipments": true,
	"overseas shipments": true, "export": true, "import": true,
}

// bareFlowOpener reports whether a sentence's first flow word is a bare
// "exports" or "imports" that stands before any product and any figure:
// "Exports rose 6% in the first five months", "Overall, imports fell".
func (a *analysis) bareFlowOpener(sp span) bool {
	i := a.cueAt(sp.start)
	for ; i < len(a.cues) && a.cues[i].start < sp.end; i++ {
		if a.cues[i].typ == cueFlow {
			break
		}
	}
	if i >= len(a.cues) || a.cues[i].start >= sp.end {
		return false
	}
	q := a.cues[i]
	if !bareFlowWords[a.low[q.start:q.end]] || q.start-sp.start > 40 {
		return false
	}
	if k := a.subjAt(sp.start); k < len(a.subj) && a.subj[k].Start < q.end+len(" of ")+1 {
		return false // "Soybean imports", "Exports of steel"
	}
	if f := a.figAt(sp.start); f < len(a.figs) && a.figs[f].m.Start < q.start {
		return false
	}
	// only determiners, periods and the like before it: "China's exports",
	// "Total imports", "In May, exports", "- Q2 exports"; "Beef imports" names
	// a product
	for j := q.start; j > sp.start; {
		for j > sp.start && (a.low[j-1] == ' ' || a.low[j-1] == ',' || a.low[j-1] == '-' || a.low[j-1] == '*') {
			j--
		}
		if j == sp.start {
			break
		}
		if k := a.perAt(j) - 1; k >= 0 && a.pers[k].End == j && a.pers[k].Start >= sp.start {
			j = a.pers[k].Start // a period: "Q2", "In May"
			if w := wordBeforeLower(a.low, j); w == "in" || w == "for" {
				j -= len(w) + 1
			}
			continue
		}
		w := wordBeforeLower(a.low, j)
		if w == "" || !openerWords[w] && !strings.HasSuffix(w, "'s") {
			return false
		}
		j -= len(w)
	}
	return !a.subjectEndsAt(q.start)
}

// openerWords may stand right before a bare flow word that opens a paragraph.
var openerWords = map[string]bool{
	"total": true, "overall": true, "its": true, "their": true, "the": true, "and": true, "while": true,
	"meanwhile": true, "but": true, "chinese": true, "merchandise": true, "goods": true,
}

// rollingPeriod gives a figure of a rolling 12-month total ("China's
// 12-month rolling goods trade surplus ... ends in June at more than $1.1
// trillion") the twelve months to its month, when its paragraph names such a
// series before it.
func (a *analysis) rollingPeriod(f *fig, sp span) {
	if !f.period.IsMonth() || f.percentLike || !a.mentionsRolling() {
		return
	}
	rolling := func(s string) bool {
		return (strings.Contains(s, "rolling") || strings.Contains(s, "trailing")) &&
			(strings.Contains(s, "12-month") || strings.Contains(s, "12 month") || strings.Contains(s, "twelve-month")) ||
			strings.Contains(s, "in the 12 months to") || strings.Contains(s, "over the 12 months to")
	}
	cl := a.clauseOf(f.qStart, sp)
	if rolling(a.low[max(cl.start, f.qStart-400):f.qStart]) {
		// "China's 12-month rolling surplus reached $1.2 trillion in June": the
		// series names the figure's own clause
		f.period.Start = f.period.End - 11
		return
	}
	// the series named earlier in the paragraph (a chart's description), when
	// the figure's own clause names no flow and is not a month "alone"
	if a.hasCue(cueFlow, cl) || strings.Contains(a.low[cl.start:cl.end], " alone") {
		return
	}
	from := max(0, sp.start-2000)
	if k := strings.LastIndex(a.low[from:sp.start], "\n\n"); k >= 0 {
		from += k
	}
	if rolling(a.low[from:sp.start]) {
		f.period.Start = f.period.End - 11
	}
}

// mentionsRolling reports, once per text, whether it speaks of a rolling or
// trailing twelve months at all.
func (a *analysis) mentionsRolling() bool {
	if a.rolling == 0 {
		a.rolling = -1
		if strings.Contains(a.low, "rolling") || strings.Contains(a.low, "trailing") || strings.Contains(a.low, "12 months to") {
			a.rolling = 1
		}
	}
	return a.rolling > 0
}

// recordFrame reports whether the text between a figure and a later period
// compares it with an earlier record ("topping the previous high set in").
func recordFrame(between string) bool {
	for _, w := range []string{"previous high", "previous record", "prior record", "previous peak", "record set", "high set", "peak set"} {
		if strings.Contains(between, w) {
			return true
		}
	}
	return false
}

// bareYTD reports whether a year-to-date expression names no month of its
// own ("year-to-date", "so far this year", not "year-to-date through June").
func bareYTD(text string) bool {
	switch strings.ToLower(strings.TrimSpace(text)) {
	case "year-to-date", "year to date", "ytd", "so far this year", "this year so far":
		return true
	}
	return false
}

// opensYearEarlier reports whether sentence sp opens on a look back a year
// ("A year earlier, ...", "A year ago, ...").
func (a *analysis) opensYearEarlier(sp span) bool {
	head := strings.TrimLeft(a.low[sp.start:min(sp.end, sp.start+32)], " *-")
	for _, w := range []string{"a year earlier", "a year ago", "a year before", "one year earlier", "in the same period last year", "in the same month last year"} {
		if strings.HasPrefix(head, w) {
			return true
		}
	}
	return false
}

// opensParagraph reports whether the period at pos opens sentence sp ("In
// May alone, ...") and sp opens a paragraph.
func (a *analysis) opensParagraph(pos int, sp span) bool {
	lead := strings.TrimSpace(a.low[sp.start:pos])
	if lead != "" && lead != "in" && lead != "for" && lead != "during" {
		return false
	}
	before := strings.TrimRight(a.text[:sp.start], " \t")
	return before == "" || strings.HasSuffix(before, "\n\n") || strings.HasSuffix(before, "\n\r\n")
}

// nextCarry computes the context a sentence leaves behind.
func (a *analysis) nextCarry(c carry, figs []fig, sp span) carry {
	if n := len(figs); n > 0 {
		last := figs[n-1]
		if last.subjectSet {
			c.subject, c.hasSubj = last.subject, true
		}
		if last.flow != "" {
			c.flow = last.flow
		}
		// the period of the sentence's main statement (its first figure) carries on,
		// unless it was an aside ("April alone", "In November alone")
		if p := figs[0].period; !p.IsZero() && !figs[0].aside {
			c.period = p
		}
		return c
	}
	for i := a.subjAt(sp.end) - 1; i >= 0 && a.subj[i].Start >= sp.start; i-- {
		if s := a.subj[i]; s.End <= sp.end {
			c.subject, c.hasSubj = s.Subject, true
			break
		}
	}
	for i := a.cueAt(sp.end) - 1; i >= 0 && a.cues[i].start >= sp.start; i-- {
		if q := a.cues[i]; q.typ == cueFlow && q.end <= sp.end {
			c.flow = q.val
			break
		}
	}
	for i := a.perAt(sp.end) - 1; i >= 0 && a.pers[i].Start >= sp.start; i-- {
		p := a.pers[i]
		if p.End <= sp.end && a.validPeriod(p) && !p.SamePeriod && !p.Anaphoric && !p.Period.IsZero() {
			c.period = p.Period
			break
		}
	}
	return c
}

// validPeriod reports whether a period expression can be a figure's period:
// not a date, not an open range, not the base of a comparison.
func (a *analysis) validPeriod(p periods.Mention) bool {
	if p.Day || p.Open || p.Comparison {
		return false
	}
	if p.Period.IsZero() && !p.SamePeriod && !p.Anaphoric {
		return false
	}
	if superlativeBefore(a.low, p.Start) {
		// "their first gain this year", "the fastest pace this year": a frame
		// for a ranking, not the figure's own period
		return false
	}
	if comparisonBefore(a.low, p.Start) {
		// "1.1 percentage points faster than that of the first half"
		return false
	}
	switch wordBeforeLower(a.low, p.Start) {
	case "than", "since", "versus", "vs", "against":
		return false
	case "on":
		if p.Period.IsMonth() && p.Kind != periods.KindPartOfYear {
			return false // "up 2.1% on August": the base of a month-on-month change
		}
	case "from":
		if !strings.Contains(p.Text, " to ") && !strings.Contains(p.Text, "-") && p.Kind != periods.KindMonths {
			return false
		}
	}
	return true
}

// pick chooses among candidates [start,end) the one that belongs to a figure
// at [fs,fe): the nearest before it in its clause, else the nearest after it
// in its clause, else the nearest before it in its sentence.
func pick(n int, at func(int) (int, int), fs, fe int, cl, sp span) int {
	best, bestDist := -1, 0
	// before, in clause
	for i := 0; i < n; i++ {
		s, e := at(i)
		if s >= cl.start && e <= fs {
			if d := fs - e; best < 0 || d <= bestDist {
				best, bestDist = i, d
			}
		}
	}
	if best >= 0 {
		return best
	}
	for i := 0; i < n; i++ {
		s, e := at(i)
		if s >= fe && e <= cl.end {
			if d := s - fe; best < 0 || d < bestDist {
				best, bestDist = i, d
			}
		}
	}
	if best >= 0 {
		return best
	}
	for i := 0; i < n; i++ {
		s, e := at(i)
		if s >= sp.start && e <= fs {
			if d := fs - e; best < 0 || d <= bestDist {
				best, bestDist = i, d
			}
		}
	}
	return best
}

// cuesIn returns the cues of one type inside a span.
func (a *analysis) cuesIn(typ cueType, sp span) []cue {
	// count first, so that the result takes one allocation
	lo, n := a.cueAt(sp.start), 0
	for i := lo; i < len(a.cues) && a.cues[i].start < sp.end; i++ {
		if a.cues[i].typ == typ {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]cue, 0, n)
	for i := lo; i < len(a.cues) && a.cues[i].start < sp.end; i++ {
		if a.cues[i].typ == typ {
			out = append(out, a.cues[i])
		}
	}
	return out
}

// eachCue yields the cues of one type inside a span, in text order: the
// elements of cuesIn(typ, sp) without building the slice.
func (a *analysis) eachCue(typ cueType, sp span) iter.Seq[cue] {
	return func(yield func(cue) bool) {
		for i := a.cueAt(sp.start); i < len(a.cues) && a.cues[i].start < sp.end; i++ {
			if a.cues[i].typ == typ && !yield(a.cues[i]) {
				return
			}
		}
	}
}

// hasCue reports whether a cue of the type starts inside the span.
func (a *analysis) hasCue(typ cueType, sp span) bool {
	for i := a.cueAt(sp.start); i < len(a.cues) && a.cues[i].start < sp.end; i++ {
		if a.cues[i].typ == typ {
			return true
		}
	}
	return false
}

// cueAt returns the index of the first cue that starts at or after off.
func (a *analysis) cueAt(off int) int {
	return sort.Search(len(a.cues), func(i int) bool { return a.cues[i].start >= off })
}

// subjAt returns the index of the first subject phrase that starts at or after off.
func (a *analysis) subjAt(off int) int {
	return sort.Search(len(a.subj), func(i int) bool { return a.subj[i].Start >= off })
}

// perAt returns the index of the first period expression that starts at or after off.
func (a *analysis) perAt(off int) int {
	return sort.Search(len(a.pers), func(i int) bool { return a.pers[i].Start >= off })
}

// figAt returns the index of the first figure that starts at or after off.
func (a *analysis) figAt(off int) int {
	return sort.Search(len(a.figs), func(i int) bool { return a.figs[i].m.Start >= off })
}

func (a *analysis) attributeOne(f *fig, sp span, c carry, firstPeriod figure.Period) {
	fs, fe := f.m.Start, f.qEnd
	cl := a.clauseOf(f.m.Start, sp)
	if a.hasCue(cueOtherStat, cl) && !a.hasCue(cueFlow, cl) {
		// "Apple said its sales in China fell 11%, while ...": a clause about
		// something other than trade takes no trade subject or flow from context
		c.subject, c.hasSubj, c.flow = glossary.Subject{}, false, ""
	}

	// subject: the figure's own noun, "of"/"worth of" + subject, then nearby phrases, then context
	lo := a.subjAt(sp.start)
	hi := lo
	for hi < len(a.subj) && a.subj[hi].Start < sp.end && a.subj[hi].End <= sp.end {
		hi++
	}
	subjIn := a.subj[lo:hi]
	own := -1
	for i, s := range subjIn {
		if s.Start >= f.m.End && s.End <= f.qEnd {
			own = i
		}
		if own < 0 && s.Start >= f.qEnd && s.Start-f.qEnd <= 10 {
			gap := strings.TrimSpace(a.low[f.qEnd:s.Start])
			if gap == "of" || gap == "worth of" || gap == "of chinese" || gap == "of the" {
				own = i
			}
		}
	}
	if own < 0 {
		// before it in the clause, before it in the sentence, then after it in the clause
		own = pick(len(subjIn), func(i int) (int, int) { return subjIn[i].Start, subjIn[i].End }, fs, fe, cl, cl)
		if own < 0 {
			own = pick(len(subjIn), func(i int) (int, int) { return subjIn[i].Start, subjIn[i].End }, fs, fe, span{sp.start, sp.start}, sp)
		}
		if own < 0 {
			own = pick(len(subjIn), func(i int) (int, int) { return subjIn[i].Start, subjIn[i].End }, fs, fe, cl, cl)
		}
	}
	explicitSubject := own >= 0
	if own >= 0 {
		f.subject, f.subjectSet = subjIn[own].Subject, true
	} else if u, ok := a.unknownProduct(sp); ok {
		// "Beef imports were down 0.6%": a product the glossary does not know,
		// not the product of the sentence before
		f.subject, f.subjectSet, explicitSubject = u, true, true
	} else if c.hasSubj {
		f.subject, f.subjectSet = c.subject, true
	}

	// flow
	sc := a.sentenceCtx(sp)
	flows := sc.flows
	if k := pick(len(flows), func(i int) (int, int) { return flows[i].start, flows[i].end }, fs, fe, cl, sp); k >= 0 {
		f.flow = flows[k].val
		if w := a.low[flows[k].start:flows[k].end]; strings.HasPrefix(w, "shipment") || w == "shipped" {
			// "shipments from Australia" arrive: imports, unless they come from China
			rest := a.low[flows[k].end:]
			if strings.HasPrefix(rest, " from ") && !strings.HasPrefix(rest, " from china") || strings.HasPrefix(rest, " to china") {
				f.flow = figure.FlowImport // "iron ore shipments to China" arrive in China
			} else if c.flow == figure.FlowImport && !explicitSubject && strings.HasPrefix(w, "shipment") &&
				!strings.HasPrefix(rest, " to ") && !strings.HasPrefix(rest, " abroad") {
				f.flow = figure.FlowImport // "Soybean imports jumped 30%. Shipments rose 41% by volume."
			}
		}
		if f.flow == "balance" && f.money && strings.HasPrefix(a.low[flows[k].start:], "deficit") || flows[k].val == "balance" && f.money && strings.HasPrefix(a.text[flows[k].start:], "逆差") {
			// a deficit is stated as a positive amount of its own flow, as editors
			// and labellers read it ("a deficit of $99.2 billion" is 99.2e9)
			f.flow = figure.FlowDeficit
		}
	} else {
		f.flow = c.flow
	}
	tradeBalance := false
	if k := pick(len(flows), func(i int) (int, int) { return flows[i].start, flows[i].end }, fs, fe, cl, sp); k >= 0 && flows[k].val == "balance" {
		// "the trade surplus", "China's trade deficit with Japan": the whole of goods trade
		tradeBalance = wordBeforeLower(a.low, flows[k].start) == "trade" && !a.subjectEndsAt(flows[k].start)
	}
	if (f.flow == figure.FlowBalance || f.flow == figure.FlowTotal) && !explicitSubject || !f.subjectSet && f.flow != "" || tradeBalance {
		if g, ok := a.g.Subject("goods"); ok {
			f.subject, f.subjectSet = g, true
		}
	}
	if f.flow == "total" {
		f.flow = figure.FlowTotal
	}

	// partner: "to/from/with X" in the clause
	parts := a.cuesIn(cuePartner, cl)
	var okParts []cue
	for _, p := range parts {
		if a.partnerTaken(p) {
			okParts = append(okParts, p)
		}
	}
	if k := pick(len(okParts), func(i int) (int, int) { return okParts[i].start, okParts[i].end }, fs, fe, cl, cl); k >= 0 {
		f.partner = okParts[k].val
	} else if !a.hasCue(cueFlow, cl) {
		// "Trade with ASEAN, China's largest trading partner, rose 8.8%": a partner
		// earlier in the sentence holds while the clause names no flow of its own
		var before []cue
		for p := range a.eachCue(cuePartner, span{sp.start, cl.start}) {
			if a.partnerTaken(p) {
				before = append(before, p)
			}
		}
		if n := len(before); n > 0 {
			f.partner = before[n-1].val
		}
	}
	if f.partner == "" {
		f.partner = a.impliedPartner(f, cl, sp)
	}
	if f.partner == "" {
		f.partner = a.headingPartner(f.qStart)
	}
	if f.partner != "" && !explicitSubject {
		if g, ok := a.g.Subject("goods"); ok {
			f.subject, f.subjectSet = g, true
		}
	}

	// period
	persIn := sc.pers
	// a period that dates a comparison amount ("from $95.72 billion in October")
	// belongs to that amount only
	if len(persIn) > 0 {
		kept := a.keptPers[:0] // a buffer reused from figure to figure
		for _, p := range persIn {
			if g := a.figBoundTo(p); g != nil && g.idx != f.idx && a.comparisonFig(g) {
				continue
			}
			if g := a.possessiveOwner(p); g != nil && g.idx != f.idx {
				continue // "October's 12.7% jump and a forecast of 8.5%": October's is the 12.7%'s
			}
			kept = append(kept, p)
		}
		a.keptPers = kept
		persIn = kept
	}
	k := -1
	// a period written right after the figure ("$170.5 billion for January-February")
	bound := false
	for i, p := range persIn {
		if g := a.figBoundTo(p); g != nil && g.idx == f.idx && p.Start >= cl.start && p.End <= cl.end {
			k, bound = i, true
			break
		}
	}
	// in the clause, nearest on either side
	bestD := 0
	for i, p := range persIn {
		if bound {
			break
		}
		if p.Start >= cl.start && p.End <= cl.end {
			if p.Start >= fe && strings.HasPrefix(a.low[p.End:], ":") {
				continue // "+8.3% y/y (August: +4.4%)": a label for what follows it
			}
			d := fs - p.End
			if p.Start >= fe {
				d = p.Start - fe
			}
			if d < 0 {
				d = 0
			}
			if k < 0 || d < bestD {
				k, bestD = i, d
			}
		}
	}
	if k < 0 {
		// before it in the sentence; after it only when the context has no period
		// ("up from $81.71 billion in September" dates the earlier amount, not this one)
		// before it in the sentence, then after it ("surged 12.5%, reaching $9.1 billion
		// in December"); periods that date a comparison amount were dropped above
		k = pick(len(persIn), func(i int) (int, int) { return persIn[i].Start, persIn[i].End }, fs, fe, span{sp.start, sp.start}, sp)
		if k < 0 && (c.period.IsZero() || !a.laterClauseHasFigure(persIn, fe, cl, sp)) {
			// a period in a later clause dates this figure only when no other
			// figure stands between them: in "rose 6.7% to 1.28 million, a far
			// slower pace than the 77.6% surge recorded in 2023", 2023 is the
			// 77.6%'s, and the figure keeps the period of its context
			k = pick(len(persIn), func(i int) (int, int) { return persIn[i].Start, persIn[i].End }, fs, fe, sp, sp)
			if k >= 0 && persIn[k].Start >= fe && recordFrame(a.low[fe:persIn[k].Start]) {
				// "US$992.2 billion, ..., topping the previous high set by China
				// itself in 2022": the period dates the record compared with
				k = -1
			}
			if k >= 0 && persIn[k].Start >= fe && strings.ContainsAny(a.text[fe:persIn[k].Start], ";；") {
				// a semicolon ends the statement: in "fell 36.1% to 3.26 billion yuan;
				// Beijing added controls in 2025" or "+4.9%; December 110.45 million t"
				// the later period is another statement's
				k = -1
			}
		}
	}
	switch {
	case k >= 0 && persIn[k].SamePeriod && a.periodBefore(persIn, k) >= 0:
		// "In the first 11 months, exports rose 5.4% ... while the surplus over the
		// same period swelled": the period named earlier in the sentence
		f.period = persIn[a.periodBefore(persIn, k)].Period
	case k >= 0 && persIn[k].SamePeriod:
		f.period = c.period
	case k >= 0 && persIn[k].Anaphoric:
		// "in the month", "for the year", 当月: resolved against the carried period
		f.period = persIn[k].InContext(c.period)
	case k >= 0:
		f.period = persIn[k].Period
		if p := persIn[k]; p.Kind == periods.KindYearToDate && bareYTD(p.Text) && c.period.IsYTD() && c.period.Months() > 1 &&
			c.period.Start.Year() == p.Period.Start.Year() && c.period.End < p.Period.End {
			// "For the first six months of 2025, ... The year-to-date deficit was
			// $112.2 billion": a bare "year-to-date" is the story's months so far
			f.period = c.period
		}
		// "April alone" mid-sentence is an aside; "In May alone, ..." opening a
		// paragraph frames what follows and carries on like any period
		f.aside = strings.HasPrefix(a.low[persIn[k].End:], " alone") && !a.opensParagraph(persIn[k].Start, sp)
	case !c.period.IsZero():
		f.period = c.period
	default:
		f.period = firstPeriod
	}
	if f.period.IsZero() {
		f.period = c.period
	}
	if p, ok := a.whenClausePeriod(cl); ok {
		// "far slower than in 2023, when bilateral trade jumped 26.3 per cent to
		// $240.1bn": the comparison period dates the figures of its when-clause
		f.period = p
	}
	if p, ok := a.possessivePeriod(f, sp); ok {
		f.period = p
	}
	if p, ok := a.basePeriod(f, sp, c); ok {
		f.period = p
	}
	if p, ok := a.tablePeriod(f.m.Start); ok {
		f.period = p
	}
	if p, ok := a.tableRowPeriod(f.m.Start); ok {
		f.period = p
	}

	if f.partner == "" && strings.Contains(a.low[cl.start:cl.end], "bilateral") {
		// "the bilateral trade surplus": the partner named earlier in the
		// sentence ("ASEAN remained China's largest trading partner, with
		// bilateral trade reaching ..."), else the partner of the figure before
		for p := range a.eachCue(cuePartner, span{sp.start, cl.start}) {
			if p.val != "China" {
				f.partner = p.val
			}
		}
		if f.partner == "" && f.idx > 0 {
			f.partner = a.figs[f.idx-1].partner
		}
	}
	if f.policy {
		f.measure, f.flow, f.period = figure.Other, "", figure.Period{}
		return
	}
	if f.count {
		a.amountBase(f)
	}
	if f.percentLike {
		a.percentMeasure(f, cl, sp)
		a.baseLevel(f)
	} else if f.money {
		a.moneyMeasure(f, cl)
		a.amountBase(f)
		if a.outlook(f, cl) {
			f.measure, f.basis, f.of = figure.Other, "", "" // "expects exports to reach $700 billion next year"
		}
		if a.stockAmount(f, cl) {
			// a stock such as registered capital is no trade flow: no flow,
			// and a period only where the clause states one for the amount itself
			f.measure, f.flow, f.period, f.basis, f.of = figure.Other, "", figure.Period{}, "", ""
			for _, p := range persIn {
				if p.Start >= cl.start && p.End <= cl.end && !a.eventPeriod(p) && !p.SamePeriod && !p.Anaphoric {
					f.period = p.Period
				}
			}
		}
	}
}

// periodBefore returns the index of the last period in persIn before the
// k-th that names a period of its own (not "the same period"), or -1.
func (a *analysis) periodBefore(persIn []periods.Mention, k int) int {
	for i := k - 1; i >= 0; i-- {
		if p := persIn[i]; !p.SamePeriod && !p.Anaphoric && !p.Period.IsZero() {
			return i
		}
	}
	return -1
}

// basePeriod returns the period of a comparison base written right after it
// ("compared with 8.1% in the previous month", "from $99 billion in the same
// period last year"), resolved against the figure it is compared with.
func (a *analysis) basePeriod(f *fig, sp span, c carry) (figure.Period, bool) {
	if !a.comparisonFig(f) {
		return figure.Period{}, false
	}
	for i := a.perAt(f.qEnd); i < len(a.pers) && a.pers[i].Start < sp.end; i++ {
		p := a.pers[i]
		g := a.figBoundTo(p)
		if g == nil || g.idx != f.idx {
			continue
		}
		if !p.Comparison || p.Day || p.Open {
			return figure.Period{}, false
		}
		if !p.Anaphoric && !p.SamePeriod {
			return p.Period, !p.Period.IsZero()
		}
		ctx := c.period
		for j := f.idx - 1; j >= 0 && a.figs[j].sent == f.sent; j-- {
			if !a.figs[j].period.IsZero() {
				ctx = a.figs[j].period
				break
			}
		}
		if ctx.IsZero() {
			return figure.Period{}, false
		}
		return p.InContext(ctx), true
	}
	return figure.Period{}, false
}

// partnerPrep returns the preposition before a partner name, looking past
// "the" and a size modifier: "to the 10-member Association of Southeast Asian
// Nations", "with the 27-nation bloc".
func (a *analysis) partnerPrep(start int) string {
	j := start
	for n := 0; n < 3; n++ {
		for j > 0 && a.low[j-1] == ' ' {
			j--
		}
		w := j
		for w > 0 && (isAlnumByte(a.low[w-1]) || a.low[w-1] == '-' || a.low[w-1] == '\'') {
			w--
		}
		word := a.low[w:j]
		if word != "the" && !sizeModifier(word) {
			return word
		}
		j = w
	}
	return ""
}

// impliedPartner finds a partner the text names without a partner word: a
// group of traders opening the sentence ("Private enterprises, the largest
// group ..., saw imports and exports increase"), "the bloc" for the partner of
// the figure before, and a balance after flows with one partner in the same
// sentence ("exports to the EU rose ..., imports from the bloc fell ...,
// widening China's surplus to $246.5bn").
func (a *analysis) impliedPartner(f *fig, cl, sp span) string {
	if item := a.listItemStart(sp, f.qStart); item >= 0 {
		// "* EU, 2024: China's surplus $245.5 bln", "2. European Union: 0.86
		// trillion yuan": a list item labelled by its partner
		for p := range a.eachCue(cuePartner, span{item, min(item+32, f.qStart)}) {
			rest := strings.TrimLeft(a.low[p.end:], " ")
			if p.val != "China" && (strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, ":")) &&
				strings.TrimLeft(a.low[item:p.start], "*-+•·– 0123456789.)") == "" {
				return p.val
			}
		}
	}
	for p := range a.eachCue(cuePartner, span{sp.start, cl.start}) {
		if isTraderGroup(p.val) && p.val != "Belt and Road" {
			return p.val
		}
	}
	sc := a.impliedWords(sp)
	if p := a.topicPartner(f, sp, sc.partnerWord); p != "" {
		return p
	}
	if head := a.low[sp.start:min(sp.end, sp.start+6)]; strings.HasPrefix(head, "their ") || strings.HasPrefix(head, "its ") {
		// "Private enterprises continued to lead. Their imports and exports
		// rose ...": the group that opened the sentence before
		if g := a.groupOpeningBefore(sp.start); g != "" {
			return g
		}
	}
	if upTo := a.low[max(sp.start, cl.start-300):cl.end]; sc.betweenTwo && (strings.Contains(upTo, "between the two") || strings.Contains(upTo, "trade with it ")) {
		// "a deficit of $13.8bn with Russia; total trade between the two rose
		// ... to $244.8bn": the partner named before, in this sentence or the last
		name := ""
		for _, c := range a.cuesIn(cuePartner, span{max(sp.start, f.qStart-300), f.qStart}) {
			if c.val != "China" && !isTraderGroup(c.val) {
				name = c.val
			}
		}
		if name == "" {
			name = a.partnerBefore(sp.start)
		}
		if name != "" {
			return name
		}
	}
	var prev []*fig
	for i := f.idx - 1; i >= 0 && a.figs[i].sent == f.sent; i-- {
		prev = append(prev, &a.figs[i])
	}
	// "the bloc" in the figure's clause, or before it in the sentence ("Trade
	// with the bloc totaled 3.02 trillion yuan, up 9.1 percent")
	bloc := false
	if sc.bloc {
		upTo := a.low[max(sp.start, cl.start-300):cl.end] // a window: sentences without stops can be long
		bloc = strings.Contains(upTo, "the bloc") || strings.Contains(upTo, "the grouping")
	}
	if len(prev) == 0 {
		if bloc {
			// "ASEAN remained China's largest trading partner. Trade with the
			// bloc totaled ...": the group the sentence before named
			return a.partnerBefore(sp.start)
		}
		return ""
	}
	if bloc {
		return prev[0].partner
	}
	if f.flow == figure.FlowBalance || f.flow == figure.FlowDeficit {
		common := prev[0].partner
		for _, g := range prev[1:] {
			if g.partner != common {
				return ""
			}
		}
		return common
	}
	return ""
}

// partnerTaken reports whether a partner name is the trading partner of the
// figures around it: "to/from/with X", "trade between China and X", or a
// nationality before goods ("imports of Russian goods", "Australian coal").
func (a *analysis) partnerTaken(p cue) bool {
	if isTraderGroup(p.val) {
		// "countries participating in the Belt and Road Initiative", "private
		// enterprises posted imports and exports of": a part of the whole, however named
		return true
	}
	if a.chinesePrepBefore(p.start) {
		return true
	}
	switch a.partnerPrep(p.start) {
	case "to", "from", "with":
		return true
	case "and":
		if p.val == "China" {
			return false
		}
		lo := p.start - 48
		if lo < 0 {
			lo = 0
		}
		before := a.low[lo:p.start]
		return strings.Contains(before, "between china") || strings.Contains(before, "between mainland china")
	}
	name := a.low[p.start:p.end]
	if !strings.HasSuffix(name, "an") && !strings.HasSuffix(name, "ese") && !strings.HasSuffix(name, "ish") {
		return false
	}
	next := strings.TrimLeft(a.low[p.end:], " ")
	for _, w := range []string{"goods", "products", "oil", "crude", "gas", "coal", "soybeans", "imports", "exports", "shipments"} {
		if strings.HasPrefix(next, w) && (len(next) == len(w) || !isAlnumByte(next[len(w)])) {
			return true
		}
	}
	return false
}

// topicPartner is the partner a sentence is about when it names it as a
// trading partner before the figure: "ASEAN remained our largest trading
// partner ..., with trade of 6.98 trillion yuan", "欧盟为我第二大贸易伙伴，贸易总值3.32万亿元".
func (a *analysis) topicPartner(f *fig, sp span, partnerWord bool) string {
	head := a.low[max(sp.start, f.qStart-300):f.qStart] // a window: sentences without stops can be long
	hs := f.qStart - len(head)
	// "Vietnam, the largest buyer, took 11.3 million tonnes": a partner opening
	// the sentence as the one that buys or sells
	for c := range a.eachCue(cuePartner, span{sp.start, f.qStart}) {
		if c.start >= hs && c.val != "China" && !isTraderGroup(c.val) && strings.TrimLeft(a.low[sp.start:c.start], " *-•·\t") == "" {
			between := a.low[c.end:f.qStart]
			for _, w := range []string{"buyer", "market", "destination", "customer", "supplier", " took ", " bought ",
				" received ", " absorbed ", " purchased ", " sold ", " supplied "} {
				if strings.Contains(between, w) {
					return c.val
				}
			}
		}
		break // only a partner opening the sentence
	}
	if !partnerWord {
		return ""
	}
	at := strings.LastIndex(head, "trading partner")
	if k := strings.LastIndex(head, "贸易伙伴"); k > at {
		at = k
	}
	if at < 0 {
		return ""
	}
	at += hs
	name := ""
	for _, c := range a.cuesIn(cuePartner, span{max(sp.start, at-80), at}) {
		if c.val != "China" && !isTraderGroup(c.val) {
			name = c.val
		}
	}
	return name
}

// headingPartner is the partner a factbox section is headed by: the figure
// at pos sits under a line that names only a partner ("UNITED STATES"), with
// no other heading between them.
func (a *analysis) headingPartner(pos int) string {
	a.ensureLines()
	if a.headingLines == nil {
		a.headingLines = []heading{}
		for l := range a.lines.start {
			line := strings.TrimSpace(a.text[a.lines.start[l]:a.lineEnd(l)])
			if line == "" || !isHeadingLine(line) {
				continue
			}
			h := heading{start: a.lines.start[l]}
			ls, le := a.lines.start[l], a.lineEnd(l)
			for _, c := range a.cuesIn(cuePartner, span{ls, le}) {
				if strings.TrimSpace(a.low[ls:c.start]) == "" && strings.TrimSpace(a.low[c.end:le]) == "" && !isTraderGroup(c.val) {
					h.partner = c.val
				}
				break
			}
			a.headingLines = append(a.headingLines, h)
		}
	}
	// the last heading before pos, within 4,000 bytes; another heading
	// ("OVERALL", "COMMODITIES") ends the section
	k := sort.Search(len(a.headingLines), func(i int) bool { return a.headingLines[i].start >= pos }) - 1
	if k < 0 || pos-a.headingLines[k].start > 4000 {
		return ""
	}
	return a.headingLines[k].partner
}

// heading is a factbox section heading line and the partner it names ("" for
// "OVERALL").
type heading struct {
	start   int
	partner string
}

// isHeadingLine reports whether a line is a section heading of a factbox:
// short, in capitals, without digits.
func isHeadingLine(line string) bool {
	if len(line) < 2 || len(line) > 40 {
		return false
	}
	letters := 0
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c >= 0x80:
			return false
		case c >= 'A' && c <= 'Z':
			letters++
		}
	}
	return letters >= 2
}

// partnerBefore is the last trading partner named in the sentence before the
// one starting at start, in the same paragraph ("" when there is none).
func (a *analysis) partnerBefore(start int) string {
	i := sort.Search(len(a.sents), func(i int) bool { return a.sents[i].start >= start }) - 1
	if i < 0 || paragraphBreak(a.text[a.sents[i].end:start]) {
		return ""
	}
	name := ""
	for _, c := range a.cuesIn(cuePartner, a.sents[i]) {
		if c.val != "China" && !isTraderGroup(c.val) {
			name = c.val
		}
	}
	return name
}

// chinesePrepBefore reports whether a Chinese preposition stands right before
// the partner name at start: "我国与东盟贸易总值", "对美国出口", "自澳大利亚进口".
func (a *analysis) chinesePrepBefore(start int) bool {
	before := strings.TrimRight(a.text[:start], " ")
	for _, prep := range []string{"与", "同", "对", "自", "向", "从"} {
		if strings.HasSuffix(before, prep) {
			return true
		}
	}
	return false
}

// sizeModifier reports whether w is "10-member", "27-nation" or the like.
func sizeModifier(w string) bool {
	n, rest, ok := strings.Cut(w, "-")
	if !ok || n == "" || strings.Trim(n, "0123456789") != "" {
		return false
	}
	switch rest {
	case "member", "nation", "country", "strong":
		return true
	}
	return false
}

// isModal reports whether w is a modal word; one before a figure in its
// clause makes it an outlook ("could fall 10%", "is likely to slow to 3%",
// "will grow 2%").
func isModal(w string) bool {
	switch w {
	case "could", "would", "will", "likely", "might":
		return true
	}
	return false
}

// outlook reports whether a figure is an expectation rather than an outcome:
// its period begins after the publication month, or a modal word or a
// forecast word stands before it in its own clause.
func (a *analysis) outlook(f *fig, cl span) bool {
	if !a.pub.IsZero() && !f.period.IsZero() && f.period.Start > figure.MonthOf(a.pub.Year(), int(a.pub.Month())) {
		return true
	}
	if a.datedPast(f) {
		return false
	}
	for i := a.cueAt(cl.start); i < len(a.cues) && a.cues[i].start < f.qStart; i++ {
		if a.cues[i].typ == cueForecast {
			return true
		}
	}
	for j := f.qStart; j > cl.start; {
		w, ws := wordBeforeLowerAt(a.low, j)
		if w == "" {
			// step over a non-letter (a figure, punctuation) and go on
			j--
			continue
		}
		if isModal(w) {
			return true
		}
		j = ws
		if j < cl.start {
			break
		}
	}
	return false
}

// datedPast reports whether a figure opens with a possessive period before
// the publication month ("April's 0.2% decline"): an outcome, not a forecast.
func (a *analysis) datedPast(f *fig) bool {
	k := a.perAt(f.qStart) - 1
	if k < 0 {
		return false
	}
	p := a.pers[k]
	if g := a.possessiveOwner(p); g == nil || g.idx != f.idx || p.Period.IsZero() || a.pub.IsZero() {
		return false
	}
	return p.Period.End < figure.MonthOf(a.pub.Year(), int(a.pub.Month()))
}

// possessiveOwner returns the figure a possessive period phrase opens the
// noun phrase of ("October's 12.7% jump"), or nil.
func (a *analysis) possessiveOwner(p periods.Mention) *fig {
	rest := a.text[p.End:]
	if !strings.HasPrefix(rest, "'s ") && !strings.HasPrefix(rest, "\u2019s ") {
		return nil
	}
	i := a.figAt(p.End)
	if i >= len(a.figs) {
		return nil
	}
	g := &a.figs[i]
	if between := a.text[p.End:g.qStart]; len(between) > 60 || strings.ContainsAny(between, ",;:()") {
		return nil
	}
	return g
}

// possessivePeriod returns the period of a possessive period phrase that
// opens the figure's noun phrase: "last year's full-year total of $823.2
// billion", "October's 12.7% jump". It holds even where the phrase is the
// base of a comparison, because the figure is that base.
func (a *analysis) possessivePeriod(f *fig, sp span) (figure.Period, bool) {
	var inner *periods.Mention
	for i := a.perAt(f.qStart) - 1; i >= 0 && a.pers[i].Start >= sp.start; i-- {
		p := a.pers[i]
		if p.End > f.qStart {
			continue
		}
		rest := a.text[p.End:f.qStart]
		if len(rest) > 60 || strings.ContainsAny(rest, ",;:()") || a.figAt(p.End) != a.figAt(f.m.Start) {
			return figure.Period{}, false
		}
		if !strings.HasPrefix(rest, "'s ") && !strings.HasPrefix(rest, "\u2019s ") {
			// "last year's full-year total", "this year's first-half exports":
			// look past the inner period, then place it in the possessive's year
			if inner == nil {
				inner = &a.pers[i]
			}
			continue
		}
		if p.Day || p.Open || p.SamePeriod || p.Anaphoric || p.Period.IsZero() {
			return figure.Period{}, false
		}
		if inner == nil {
			return p.Period, true
		}
		if !p.Period.IsYear() || inner.Period.IsZero() || inner.Day || inner.Open || inner.SamePeriod {
			return figure.Period{}, false
		}
		shift := figure.Month(12 * (p.Period.Start.Year() - inner.Period.Start.Year()))
		return figure.Period{Start: inner.Period.Start + shift, End: inner.Period.End + shift}, true
	}
	return figure.Period{}, false
}

// yearAgoPhrases, right after a comparison base, date it a year before the
// figure it is compared with ("up from 15.6% a year earlier").
var yearAgoPhrases = []string{" a year earlier", " a year ago", " a year before", " the year before",
	" the previous year", " in the previous year", " a year prior", " the prior year", " in the same period last year",
	" in the same month last year", " the same month last year", " the same period last year",
	" in the same month a year earlier", " in the same period a year earlier", " in the year-earlier period",
	" in the year-ago period", " in the year-ago month"}

// baseLevel treats a rate written as the base of a comparison ("took 14.8% of
// exports, down from 16.2% in 2022", "growth slowed to 5% from 7%") as the
// same kind of rate as the figure before it, at an earlier time: not a change
// of its own, so the "down" of "down from" gives it no sign.
func (a *analysis) baseLevel(f *fig) {
	if a.wordBeforeFillers(f.qStart) != "from" || f.idx == 0 {
		return
	}
	// the rate it is compared with: the nearest before it in the sentence that
	// is not a forecast ("missing a 5.0% forecast and slowing from an 8.1% gain")
	var prev *fig
	for i := f.idx - 1; i >= 0 && a.figs[i].sent == f.sent; i-- {
		if g := &a.figs[i]; g.percentLike && g.measure != figure.Other && !g.policy {
			prev = g
			break
		}
	}
	if prev == nil || prev.unit != f.unit {
		return
	}
	f.value = abs(f.value)
	switch nextWordLower(a.low, f.qEnd) {
	case "decline", "fall", "drop", "decrease", "contraction", "slump", "dip":
		f.value = -f.value // "from a 2% decline"
	}
	f.measure, f.basis, f.of = prev.measure, prev.basis, prev.of
	if prev.subjectSet {
		f.subject, f.subjectSet = prev.subject, true
	}
	f.flow, f.partner = prev.flow, prev.partner
	a.yearAgo(f, prev)
}

// yearAgo dates a comparison base followed by "a year earlier" or "in the
// same month last year" twelve months before the figure it is compared with.
func (a *analysis) yearAgo(f, prev *fig) {
	rest := a.low[f.qEnd:]
	for _, w := range yearAgoPhrases {
		if strings.HasPrefix(rest, w) && !prev.period.IsZero() && prev.period.Months() <= 12 {
			f.period = figure.Period{Start: prev.period.Start - 12, End: prev.period.End - 12}
			break
		}
	}
}

// amountBase dates an amount written as a comparison base ("widened to $103.2
// billion from $99.0 billion in the same month last year") from the amount in
// the same unit before it.
func (a *analysis) amountBase(f *fig) {
	if !a.comparisonFig(f) {
		return
	}
	for i := f.idx - 1; i >= 0 && a.figs[i].sent == f.sent; i-- {
		if g := &a.figs[i]; g.unit == f.unit && !g.policy {
			a.yearAgo(f, g)
			return
		}
	}
}

// stockWords name amounts that are stocks (capital, assets, reserves), not trade flows.
var stockWords = []string{"registered capital", "capital of", "reserves", "assets", "valuation", "market value",
	"market capitalisation", "market capitalization", "net worth", "fund size", "funding of", "注册资本", "储备"}

// stockAmount reports whether a money amount is a stock named before it in its clause.
func (a *analysis) stockAmount(f *fig, cl span) bool {
	return containsAnyPhrase(a.low[cl.start:f.qStart], stockTrie)
}

// hasClausePunct is strings.ContainsAny(s, ",;.:()") without building the
// character set at every call.
func hasClausePunct(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ',', ';', '.', ':', '(', ')':
			return true
		}
	}
	return false
}

// stockTrie indexes stockWords.
var stockTrie = newByteTrie(stockWords)

// containsAnyPhrase reports whether s contains any of the phrases of t
// anywhere (strings.Contains for each phrase, in one pass over s).
func containsAnyPhrase(s string, t *byteTrie) bool {
	var buf [maxTrieDepth]int32
	ends := t.endsBuffer(&buf)
	for i := 0; i < len(s); i++ {
		if t.root[s[i]].node != 0 && t.walk(s, i, ends) > 0 {
			return true
		}
	}
	return false
}

// eventPeriod reports whether a period dates an event ("set up this year",
// "founded in 2014") rather than a statistic.
func (a *analysis) eventPeriod(p periods.Mention) bool {
	before := strings.TrimRight(a.low[:p.Start], " ")
	before = strings.TrimSuffix(before, " in")
	for _, w := range []string{"set up", "founded", "established", "launched", "created", "started", "opened", "formed"} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// percentMeasure decides growth, share or other for a percent, its sign,
// its basis and whether it is a growth of value or of quantity.
func (a *analysis) percentMeasure(f *fig, cl, sp span) {
	m := f.m
	dir := 0
	if m.Sign != 0 {
		dir = m.Sign
	}
	// a comparative or a change noun right after: "18% more than", "10% lower",
	// "a 5.9 percent rise", "a 3.1% year-on-year decline"
	if dir == 0 {
		after := span{f.qEnd, min(f.qEnd+28, cl.end)}
		for i := a.cueAt(after.start); i < len(a.cues) && a.cues[i].start < after.end; i++ {
			q := a.cues[i]
			gap := strings.TrimSpace(a.low[f.qEnd:q.start])
			if gap != "" && gap != "year-on-year" && gap != "on-year" && gap != "year on year" && gap != "annual" && gap != "yearly" {
				break
			}
			switch q.typ {
			case cueMoreLess:
				dir = 1
				if q.val == "-" {
					dir = -1
				}
			case cueUp:
				dir = 1
			case cueDown:
				dir = -1
			case cueYoY, cueMoM:
				continue
			}
			break
		}
	}
	level := false
	switch wordBeforeLower(a.low, f.qStart) {
	case "to", "at", "was", "were", "is", "are", "of":
		level = !a.cueEndsAt(f.qStart)
	}
	shares := a.cuesIn(cueShare, cl)
	hasShare := len(shares) > 0
	if dir == 0 && !level {
		var at int
		dir, at = a.direction(m.Start, cl)
		// "up 8.4% and making up 59.7% of exports": the nearer cue decides
		for _, sc := range shares {
			if sc.end <= m.Start && sc.start > at {
				dir = 0
			}
		}
		if dir == 0 && !hasShare {
			dir, _ = a.direction(m.Start, sp)
		}
	}
	hasShare = hasShare || strings.HasPrefix(a.low[f.qEnd:], " of ") && dir == 0
	switch {
	case level && hasShare:
		f.measure = figure.Share
	case level && (a.hasCue(cueUp, cl) || a.hasCue(cueDown, cl)):
		f.measure = figure.Growth
		if m.Sign < 0 {
			f.value = -abs(f.value)
		}
	case dir != 0:
		f.measure = figure.Growth
		if dir < 0 {
			f.value = -abs(f.value)
		}
	case m.Kind.String() == "fraction" || hasShare:
		f.measure = figure.Share
	case a.hasCue(cueYoY, cl) || a.hasCue(cueMoM, cl):
		f.measure = figure.Growth
	default:
		f.measure = figure.Other
	}
	if f.measure == figure.Share {
		// a share belongs to the subject named before it, not to the whole it is a share of
		if k := a.subjectBefore(m.Start, sp); k >= 0 {
			f.subject, f.subjectSet = a.subj[k].Subject, true
		}
	}
	if a.forecast(f.qStart, f.qEnd, sp) && !a.datedPast(f) || a.outlook(f, cl) {
		f.measure = figure.Other
	}
	if f.measure != figure.Growth {
		return
	}
	f.basis = figure.BasisYoY
	if a.momBasis(f, cl) {
		f.basis = figure.BasisMoM
	}
	if f.unit == figure.UnitPP {
		return
	}
	f.of = a.growthOf(f, cl, sp)
}

// cueEndsAt reports whether a direction cue phrase such as "a rise of" ends right before i.
func (a *analysis) cueEndsAt(i int) bool {
	j := i
	for j > 0 && a.text[j-1] == ' ' {
		j--
	}
	for i := a.cueAt(j - 40); i < len(a.cues) && a.cues[i].start <= j; i++ {
		if c := a.cues[i]; c.end == j && (c.typ == cueUp || c.typ == cueDown) {
			return true
		}
	}
	return false
}

// direction returns +1 or -1 from the nearest rise or fall word before pos
// in area, with the word's position; 0 and -1 when there is none.
func (a *analysis) direction(pos int, area span) (int, int) {
	best, dir := -1, 0
	for i := a.cueAt(area.start); i < len(a.cues) && a.cues[i].start < pos; i++ {
		c := a.cues[i]
		if c.typ != cueUp && c.typ != cueDown {
			continue
		}
		if c.end-c.start == 2 && a.low[c.start:c.end] == "up" && nextWordLower(a.low, c.end) == "to" {
			continue // "up to 30%" is a bound
		}
		if c.start > best {
			best = c.start
			dir = 1
			if c.typ == cueDown {
				dir = -1
			}
		}
	}
	return dir, best
}

// growthOf tells whether a growth rate is of value or of quantity.
func (a *analysis) growthOf(f *fig, cl, sp span) string {
	// an explicit word in the clause: "in value", "by volume", "their value"
	best, bestD, of := -1, 0, ""
	for _, typ := range []cueType{cueOfValue, cueOfQty} {
		for c := range a.eachCue(typ, cl) {
			d := f.m.Start - c.end
			if c.start >= f.qEnd {
				d = c.start - f.qEnd
			}
			if d < 0 {
				continue
			}
			if best < 0 || d < bestD {
				best, bestD = 1, d
				of = "value"
				if typ == cueOfQty {
					of = "quantity"
				}
			}
		}
	}
	if of != "" {
		return of
	}
	// "rose 7.7% to 751 million units": the level it rose to
	for i := a.figAt(f.qEnd); i < len(a.figs) && a.figs[i].m.Start < cl.end; i++ {
		g := &a.figs[i]
		if g.percentLike {
			continue
		}
		if wordBeforeLower(a.low, g.qStart) == "to" {
			return ofKind(g)
		}
		break
	}
	// the nearest amount before it in the sentence
	var prev *fig
	for i := a.figAt(sp.start); i < len(a.figs) && a.figs[i].m.Start < f.m.Start; i++ {
		if g := &a.figs[i]; g.m.End <= f.m.Start && !g.percentLike {
			prev = g
		}
	}
	if prev != nil {
		return ofKind(prev)
	}
	// "By volume, ..." / "In value terms, ..." elsewhere in the sentence: the
	// nearest before it, else the nearest after it
	var before, after *cue
	for i := a.cueAt(sp.start); i < len(a.cues) && a.cues[i].start < sp.end; i++ {
		c := &a.cues[i]
		if c.typ != cueOfQty && c.typ != cueOfValue {
			continue
		}
		if c.end <= f.m.Start {
			before = c
		} else if after == nil && c.start >= f.qEnd {
			after = c
		}
	}
	if before == nil {
		before = after
	}
	if before != nil {
		if before.typ == cueOfQty {
			return "quantity"
		}
		return "value"
	}
	for i := a.figAt(f.qEnd); i < len(a.figs) && a.figs[i].m.Start < sp.end; i++ {
		if !a.figs[i].percentLike {
			return ofKind(&a.figs[i])
		}
	}
	return "value"
}

func ofKind(g *fig) string {
	if g.count {
		return "quantity"
	}
	return "value"
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// moneyMeasure marks money amounts that are changes ("fell by $5 billion",
// "exports decreased $296.1 billion") or unit prices.
func (a *analysis) moneyMeasure(f *fig, cl span) {
	w := wordBeforeLower(a.low, f.qStart)
	isCue := func(typ cueType) bool {
		j := f.qStart
		for j > 0 && a.text[j-1] == ' ' {
			j--
		}
		if w == "by" {
			j -= 2
			for j > 0 && a.text[j-1] == ' ' {
				j--
			}
		}
		for i := a.cueAt(j - 40); i < len(a.cues) && a.cues[i].start <= j; i++ {
			if c := a.cues[i]; c.end == j && c.typ == typ {
				return true
			}
		}
		return false
	}
	switch {
	case isCue(cueDown):
		f.measure = figure.Growth
		f.value = -abs(f.value)
	case isCue(cueUp):
		f.measure = figure.Growth
	}
	if f.measure == figure.Growth {
		f.basis, f.of = figure.BasisYoY, "value"
		return
	}
	after := nextWordLower(a.low, f.qEnd)
	switch after {
	case "mark", "threshold", "milestone", "barrier", "level":
		f.measure = figure.Other // "passing the $200 billion mark"
		return
	}
	if after == "per" || after == "a" && (strings.HasPrefix(a.low[f.qEnd:], " a tonne") || strings.HasPrefix(a.low[f.qEnd:], " a ton")) {
		f.measure = figure.Price
		return
	}
	for c := range a.eachCue(cuePrice, cl) {
		if c.end <= f.qStart {
			f.measure = figure.Price
			return
		}
	}
}

// respectively attaches "increases of 14.8% and 15.9% respectively" to the
// figures (or flows) listed before them, in order.
func (a *analysis) respectively(figs []fig, sp span) {
	for r := range a.eachCue(cueRespectively, sp) {
		// the run of percents just before "respectively"
		end := -1
		for i := range figs {
			if figs[i].m.End <= r.start {
				end = i
			}
		}
		if end < 0 || !figs[end].percentLike {
			continue
		}
		begin := end
		for begin > 0 && figs[begin-1].percentLike {
			begin--
		}
		n := end - begin + 1
		if n < 2 {
			continue
		}
		// the amounts before the run
		var targets []int
		for i := begin - 1; i >= 0 && len(targets) < n; i-- {
			if !figs[i].percentLike {
				targets = append([]int{i}, targets...)
			}
		}
		if len(targets) == n {
			for k := 0; k < n; k++ {
				p, t := &figs[begin+k], figs[targets[k]]
				p.subject, p.subjectSet = t.subject, t.subjectSet
				p.flow, p.partner, p.period = t.flow, t.partner, t.period
				if p.measure == figure.Growth && p.unit != figure.UnitPP {
					p.of = ofKind(&t)
				}
			}
			continue
		}
		// "exports and imports rose 5% and 3% respectively": the flows before the run
		var flows []string
		for c := range a.eachCue(cueFlow, span{sp.start, figs[begin].m.Start}) {
			if len(flows) == 0 || flows[len(flows)-1] != c.val {
				flows = append(flows, c.val)
			}
		}
		if len(flows) >= n {
			flows = flows[len(flows)-n:]
			for k := 0; k < n; k++ {
				figs[begin+k].flow = flows[k]
			}
		}
	}
}

// link marks an amount restated in another currency ("1.03 trillion yuan
// ($142.17 billion)", "7 trillion yuan, or about 992 billion dollars").
func (a *analysis) link(figs []fig) {
	for i := 0; i+1 < len(figs); i++ {
		f, g := &figs[i], &figs[i+1]
		if f.percentLike && f.measure == figure.Growth && g.money && strings.TrimSpace(a.low[f.qEnd:g.qStart]) == "(" {
			// "up 2.8% ($12.0 billion)": the change in money terms
			g.measure, g.basis, g.of = figure.Growth, f.basis, "value"
			if f.value < 0 {
				g.value = -abs(g.value)
			}
			continue
		}
		if !f.money || !g.money || f.unit == g.unit {
			continue
		}
		between := strings.TrimSpace(a.low[f.qEnd:g.qStart])
		switch between {
		case "(", "（", ", or", "or", "(or", ", or an", "or an", ", equivalent to", "(equivalent to", "(about", ", about", "，约合", "(约合", "（约合":
		default:
			continue
		}
		base := len(a.figs) - len(figs)
		_ = base
		fi, gi := a.indexOf(f), a.indexOf(g)
		f.linked = append(f.linked, gi)
		g.linked = append(g.linked, fi)
		g.subject, g.subjectSet, g.flow, g.partner, g.period = f.subject, f.subjectSet, f.flow, f.partner, f.period
		g.measure, g.basis, g.of = f.measure, f.basis, f.of
		if f.value < 0 && g.value > 0 {
			g.value = -g.value
		}
	}
}

// indexOf returns the position of a figure in a.figs.
func (a *analysis) indexOf(f *fig) int { return f.idx }

// subjectEndsAt reports whether a subject phrase ends right before i ("chip trade").
func (a *analysis) subjectEndsAt(i int) bool {
	j := i
	for j > 0 && a.text[j-1] == ' ' {
		j--
	}
	// skip the word "trade" itself
	for j > 0 && isAlpha(a.text[j-1]) {
		j--
	}
	for j > 0 && a.text[j-1] == ' ' {
		j--
	}
	for i := a.subjAt(j - 80); i < len(a.subj) && a.subj[i].Start < j; i++ {
		if a.subj[i].End == j {
			return true
		}
	}
	return false
}

// subjectBefore returns the nearest subject phrase before pos in the sentence, or -1.
func (a *analysis) subjectBefore(pos int, sp span) int {
	k := -1
	for i := a.subjAt(sp.start); i < len(a.subj) && a.subj[i].Start < pos; i++ {
		if a.subj[i].End <= pos {
			k = i
		}
	}
	return k
}

// forecastWords mark numbers that are expectations, not outcomes.
var forecastWords = map[string]bool{
	"forecast": true, "forecasts": true, "forecasting": true, "expected": true, "expects": true, "expect": true,
	"predicted": true, "predicts": true, "projected": true, "projects": true, "projection": true, "poll": true,
	"polled": true, "target": true, "targets": true, "goal": true, "aims": true, "aim": true, "consensus": true,
	"estimates": true, "anticipated": true, "expectations": true, "expectation": true, "economists": true,
	"analysts": true, "预计": true, "预期": true, "目标": true,
}

// forecast reports whether the figure's sentence speaks of a forecast or a
// target before the figure, or names one right after it ("a 7.3% forecast").
func (a *analysis) forecast(pos, end int, sp span) bool {
	for i := a.cueAt(sp.start); i < len(a.cues) && a.cues[i].start < pos; i++ {
		if a.cues[i].typ != cueForecast {
			continue
		}
		// a semicolon starts a new statement, and a forecast in parentheses
		// ("(Reuters poll: +4.4 pct)") ends with them
		between := a.low[a.cues[i].end:pos]
		if strings.Contains(between, ";") || strings.Contains(between, ")") && !strings.Contains(between, "(") {
			continue
		}
		return true
	}
	i := a.cueAt(end)
	for ; i < len(a.cues) && a.cues[i].start < end+48 && a.cues[i].typ != cueForecast; i++ {
	}
	if i >= len(a.cues) || a.cues[i].typ != cueForecast || a.cues[i].start >= end+48 {
		return false
	}
	gap := strings.TrimSpace(a.low[end:a.cues[i].start])
	if gap == "" {
		return true
	}
	if w := a.low[a.cues[i].start:a.cues[i].end]; w == "economists" || w == "analysts" {
		// "the 2.5% drop analysts had predicted"
		rest := a.low[a.cues[i].end:min(len(a.low), a.cues[i].end+24)]
		if !strings.HasPrefix(rest, " had ") && !strings.HasPrefix(rest, " have ") && !strings.HasPrefix(rest, " expected") &&
			!strings.HasPrefix(rest, " predicted") && !strings.HasPrefix(rest, " forecast") && !strings.HasPrefix(rest, " polled") {
			return false
		}
		gap += " analysts"
	}
	// "the 2.5% drop analysts had predicted": a forecaster between them
	if strings.ContainsAny(gap, ",;:()") || a.figAt(end) < len(a.figs) && a.figs[a.figAt(end)].m.Start < a.cues[i].start {
		return false
	}
	words := strings.Fields(gap)
	if len(words) > 5 {
		return false
	}
	for _, w := range words {
		switch w {
		case "than", "as":
			return false
		}
	}
	for _, w := range words {
		switch w {
		case "had", "have", "economists", "analysts", "forecasters", "traders", "markets":
			return true
		}
	}
	return false
}

// changeNouns name a change right after a rate ("an 8.1% gain").
var changeNouns = map[string]bool{
	"gain": true, "rise": true, "increase": true, "jump": true, "surge": true, "growth": true, "climb": true,
	"decline": true, "fall": true, "drop": true, "decrease": true, "contraction": true, "slump": true, "dip": true,
}

// figBoundTo returns the figure a period expression directly follows
// ("$95.72 billion in October"), or nil.
func (a *analysis) figBoundTo(p periods.Mention) *fig {
	i := a.figAt(p.Start) - 1
	if i < 0 {
		return nil
	}
	g := &a.figs[i]
	if g.qEnd > p.Start {
		return nil
	}
	gap := strings.TrimSpace(a.low[g.qEnd:p.Start])
	switch gap {
	case "", "in", "for", "during", "a year earlier in", "a year ago in":
		return g
	}
	// "an 8.1% gain in April", "a 3% decline for the quarter"
	if w, rest, ok := strings.Cut(gap, " "); ok && changeNouns[w] {
		switch rest {
		case "in", "for", "during":
			return g
		}
	}
	return nil
}

// baseFillers are words that may stand between a comparison word and its
// base amount: "from a record $877.6 billion", "than the previous 5.1%".
var baseFillers = map[string]bool{
	"a": true, "an": true, "the": true, "record": true, "revised": true, "previous": true, "prior": true,
	"all-time": true, "high": true, "low": true, "peak": true, "of": true, "its": true, "their": true,
	"downwardly": true, "upwardly": true, "level": true,
}

// wordBeforeFillers returns the word before off, skipping up to three
// baseFillers words ("from a record" gives "from").
func (a *analysis) wordBeforeFillers(off int) string {
	j := off
	for n := 0; ; n++ {
		for j > 0 && a.low[j-1] == ' ' {
			j--
		}
		w := j
		for w > 0 && (isAlpha(a.low[w-1]) || a.low[w-1] == '\'' || a.low[w-1] == '-') {
			w--
		}
		word := a.low[w:j]
		if n >= 3 || !baseFillers[word] {
			return strings.Trim(word, "-'")
		}
		j = w
	}
}

// comparisonFig reports whether a figure is the base of a comparison
// ("from 12.7%", "than $5 billion", "compared with $58.55 billion").
func (a *analysis) comparisonFig(g *fig) bool {
	switch a.wordBeforeFillers(g.qStart) {
	case "from", "than", "versus", "vs", "against":
		return true
	case "with", "to":
		before := strings.TrimRight(a.low[:g.qStart], " ")
		return strings.HasSuffix(before, "compared with") || strings.HasSuffix(before, "compared to") ||
			strings.HasSuffix(before, "compares with")
	}
	return false
}

// momBasis reports whether a growth rate is month on month: the basis phrase
// that belongs to it (the first after it before the next figure, else the
// nearest before it in its clause) is a month-on-month one, or it is measured
// "from" the month before its own.
func (a *analysis) momBasis(f *fig, cl span) bool {
	if !a.hasCue(cueMoM, cl) {
		return a.fromPreviousMonth(f, cl)
	}
	next := cl.end
	if k := a.figAt(f.qEnd); k < len(a.figs) && a.figs[k].m.Start < next {
		next = a.figs[k].m.Start
	}
	for i := a.cueAt(f.qEnd); i < len(a.cues) && a.cues[i].start < next; i++ {
		switch a.cues[i].typ {
		case cueMoM:
			return true
		case cueYoY:
			return false
		}
	}
	for i := a.cueAt(f.qStart) - 1; i >= 0 && a.cues[i].start >= cl.start; i-- {
		switch a.cues[i].typ {
		case cueMoM:
			return true
		case cueYoY:
			return false
		}
	}
	return a.fromPreviousMonth(f, cl)
}

// fromPreviousMonth reports whether a growth rate of one month is measured
// "from" the month before ("a 5.9% rise from August" in a September figure).
func (a *analysis) fromPreviousMonth(f *fig, cl span) bool {
	if !f.period.IsMonth() {
		return false
	}
	for i := a.perAt(cl.start); i < len(a.pers) && a.pers[i].Start < cl.end; i++ {
		p := a.pers[i]
		if p.Start < f.qEnd || !p.Period.IsMonth() {
			continue
		}
		if a.figAt(f.qEnd) < len(a.figs) && a.figs[a.figAt(f.qEnd)].m.Start < p.Start {
			return false // "down 2.1% from a year ago and 3.2% from April": April is the 3.2%'s
		}
		if p.Period.Start == f.period.Start-1 {
			// "a 5.9% rise from August", "1.0% higher than October's", "up 3% on
			// March", "compared with April"
			switch wordBeforeLower(a.low, p.Start) {
			case "from", "than", "on", "over", "with":
				return true
			}
		}
	}
	return false
}

// paragraphBreak reports whether the text between two sentences holds a blank
// line (HTML block ends are turned into one when the markup is stripped).
func paragraphBreak(between string) bool {
	nl := 0
	for i := 0; i < len(between); i++ {
		switch between[i] {
		case '\n':
			nl++
			if nl >= 2 {
				return true
			}
		case ' ', '\t', '\r':
		default:
			nl = 0
		}
	}
	return false
}

// comparisonBefore reports whether a comparison word stands within the three
// words before off ("than that of the first half", "compared with 2023").
func comparisonBefore(low string, off int) bool {
	return anyWordBefore(low, off, func(word string, at int) bool {
		switch word {
		case "than", "versus", "vs":
			return true
		case "with", "to":
			return at > 0 && wordBeforeLower(low, at) == "compared"
		}
		return false
	})
}

// anyWordBefore reports whether one of the three words before off satisfies
// is (given the word and where it starts), looking no further back than a
// clause break.
func anyWordBefore(low string, off int, is func(word string, at int) bool) bool {
	j := off
	for w := 0; w < 3; w++ {
		word, k := wordBeforeLowerAt(low, j)
		if word == "" {
			return false
		}
		if is(word, k) {
			return true
		}
		if k < 0 || hasClausePunct(low[k+len(word):j]) {
			return false
		}
		j = k
	}
	return false
}

// laterClauseHasFigure reports whether, after the clause cl, another rate
// stands before the first period expression of the sentence that follows fe.
func (a *analysis) laterClauseHasFigure(persIn []periods.Mention, fe int, cl, sp span) bool {
	first := -1
	for _, p := range persIn {
		if p.Start >= cl.end && p.End <= sp.end && (first < 0 || p.Start < first) {
			first = p.Start
		}
	}
	if first < 0 {
		return false
	}
	pc := a.clauseOf(first, sp)
	for _, f := range a.figs {
		// a level ("surged 12.5%, reaching $9.1 billion in December") continues
		// the statement; another rate ("than the 77.6% surge in 2023") starts a new one
		if f.qStart >= cl.end && f.qStart < first && f.percentLike {
			return true
		}
		// "..., though the January-September total of 46,000 tons was ...": the
		// period opens a statement of its own figure
		if f.qStart > first && f.qStart < pc.end && f.qStart >= cl.end {
			return true
		}
	}
	return false
}

// reporterFor returns the economy whose trade a figure reports: the nearest
// possessive before it in its sentence ("Japan's exports", "South Korea's
// chip exports"), else the one carried from the sentences before. China
// counts as "" (the default reporter of this tool's sources).
func (a *analysis) reporterFor(pos int, sp span, carried string) string {
	if r, ok := a.reporterIn(sp, pos); ok {
		return r
	}
	return carried
}

// reporterIn finds the last reporting economy named in [sp.start, end): a
// partner name followed by "'s", or one used as an adjective right before a
// flow word ("U.S. exports", "US goods imports").
func (a *analysis) reporterIn(sp span, end int) (string, bool) {
	found, who := false, ""
	for i := a.cueAt(sp.start); i < len(a.cues) && a.cues[i].start < end; i++ {
		c := a.cues[i]
		if c.typ != cuePartner || isTraderGroup(c.val) {
			continue // "Private enterprises imported ...": a part of China's trade, not another economy's
		}
		rest := a.low[c.end:]
		possessive := strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ")
		adjective := false
		if !possessive {
			// "U.S. exports", "US goods imports": the name, at most one word, then a flow word
			if j := a.cueAt(c.end); j < len(a.cues) && a.cues[j].typ == cueFlow && a.cues[j].start-c.end <= 8 &&
				!strings.Contains(a.low[c.end:a.cues[j].start], ",") {
				w := wordBeforeLower(a.low, c.start)
				adjective = w != "to" && w != "from" && w != "with" && !a.chinesePrepBefore(c.start)
			}
		}
		if !possessive && !adjective {
			continue
		}
		found = true
		who = c.val
		if who == "China" {
			who = ""
		}
	}
	return who, found
}

// sentCtx holds what every figure of one sentence looks up: its flow words and
// its usable period expressions.
type sentCtx struct {
	sp    span
	ok    bool
	flows []cue
	pers  []periods.Mention
	// words the implied-partner rules look for, found once per sentence and
	// only when asked (wordsFound)
	wordsFound, bloc, betweenTwo, partnerWord bool
}

// impliedWords returns sentence sp's context with the words the
// implied-partner rules look for.
func (a *analysis) impliedWords(sp span) *sentCtx {
	sc := a.sentenceCtx(sp)
	if !sc.wordsFound {
		low := a.low[sp.start:sp.end]
		sc.bloc = strings.Contains(low, "the bloc") || strings.Contains(low, "the grouping")
		sc.betweenTwo = strings.Contains(low, "between the two") || strings.Contains(low, "trade with it ")
		sc.partnerWord = strings.Contains(low, "partner") || strings.Contains(low, "伙伴")
		sc.wordsFound = true
	}
	return sc
}

// sentenceCtx returns the lookups of sentence sp, computed once per sentence.
func (a *analysis) sentenceCtx(sp span) *sentCtx {
	if a.sc.ok && a.sc.sp == sp {
		return &a.sc
	}
	// the periods reuse the last sentence's buffer: no one holds it past the
	// figure being attributed
	a.sc = sentCtx{sp: sp, ok: true, flows: a.cuesIn(cueFlow, sp), pers: a.sc.pers[:0]}

	for i := a.perAt(sp.start); i < len(a.pers) && a.pers[i].Start < sp.end; i++ {
		if p := a.pers[i]; p.End <= sp.end && a.validPeriod(p) {
			a.sc.pers = append(a.sc.pers, p)
		}
	}
	return &a.sc
}

// whenClausePeriod returns the period that ends right before a clause opening
// with "when" ("than in 2023, when ..."), if there is one.
func (a *analysis) whenClausePeriod(cl span) (figure.Period, bool) {
	if !strings.HasPrefix(strings.TrimLeft(a.low[cl.start:cl.end], " "), "when ") {
		return figure.Period{}, false
	}
	comma := strings.LastIndexByte(a.low[:cl.start], ',')
	if comma < 0 || strings.TrimSpace(a.low[comma+1:cl.start]) != "" {
		return figure.Period{}, false
	}
	for i := a.perAt(comma) - 1; i >= 0 && i < len(a.pers); i-- {
		p := a.pers[i]
		if p.End > comma {
			continue
		}
		if p.End == comma && !p.Day && !p.Open && !p.Period.IsZero() {
			return p.Period, true
		}
		break
	}
	return figure.Period{}, false
}

// isTraderGroup reports whether a partner cue names a part of China's own
// trade (enterprise types, Belt and Road countries) rather than an economy.
func isTraderGroup(val string) bool {
	switch val {
	case "Belt and Road", "private enterprises", "foreign-invested enterprises", "state-owned enterprises":
		return true
	}
	return false
}

// yearEndMain returns the period a new paragraph returns to. Usually that is
// the first period the article names; but a story led by December's figures
// that also reports the whole year ("For the full year, exports increased
// 5.9%") is a year-end review, and its later paragraphs on products and
// partners speak of the year.
func (a *analysis) yearEndMain(first figure.Period) figure.Period {
	if !first.IsMonth() || first.End.Num() != 12 {
		return first
	}
	year := figure.YearPeriod(first.End.Year())
	for _, p := range a.pers {
		if !a.validPeriod(p) {
			continue
		}
		if p.Period == year || p.Anaphoric && p.Kind == periods.KindYear {
			return year
		}
	}
	for _, w := range []string{"full year", "full-year", "whole year", "for the year", "annual"} {
		if strings.Contains(a.low, w) {
			return year
		}
	}
	return first
}

// superlativeBefore reports whether a ranking word ("first", "fastest",
// "highest", ...) stands within the three words before off.
func superlativeBefore(low string, off int) bool {
	return anyWordBefore(low, off, func(word string, _ int) bool {
		switch word {
		case "first", "fastest", "slowest", "highest", "lowest", "biggest", "smallest", "largest", "strongest",
			"weakest", "best", "worst", "steepest", "sharpest":
			return true
		}
		return false
	})
}
