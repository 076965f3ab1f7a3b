package article

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"figcheck/figure"
	"figcheck/sources"
	"figcheck/sources/glossary"
	"figcheck/sources/numbers"
	"figcheck/sources/periods"
)

// extract runs the analysis on a prepared input and builds the document.
func extract(ctx context.Context, in *input, name string, opts sources.Options) (sources.Document, error) {
	g := opts.Glossary
	if g == nil {
		var err error
		if g, err = glossary.Builtin(); err != nil {
			return sources.Document{}, fmt.Errorf("article %s: %w", name, err)
		}
	}
	w := opts.Widening
	if w == (figure.Widening{}) {
		w = figure.DefaultWidening()
	}
	pub := in.published
	if pub.IsZero() {
		pub, _ = textDate(in.text)
		pub = dayFirstIfStated(pub, in.text)
		pub = withYear(pub, in.text, opts.Date)
	}
	if pub.IsZero() {
		pub = opts.Date
	}
	doc := sources.Document{Published: pub, Text: in.text, Warnings: in.warnings}
	if pub.IsZero() {
		doc.Warnings = append(doc.Warnings, fmt.Sprintf("%s: no publication date found and none given (--date): relative periods such as \"last year\" are left unresolved", name))
	}
	if err := ctx.Err(); err != nil {
		return doc, fmt.Errorf("article %s: %w", name, err)
	}
	a := analyse(in.text, pub, g)
	lines := newLineIndex(in.orig)
	doc.Figures = make([]figure.Figure, 0, len(a.figs))
	ctxSent, ctxText := -1, "" // figures come in sentence order: the last context is reused
	for i := range a.figs {
		f := &a.figs[i]
		if f.sent != ctxSent {
			ctxSent, ctxText = f.sent, joinFields(in.text[a.sents[f.sent].start:a.sents[f.sent].end])
		}
		os, oe := in.span(f.qStart, f.qEnd)
		line, col := lines.pos(os)
		// a qualified figure states a bound, not a rounded value: "more than 7
		// trillion" is 7–8.4 trillion with the default widening, not 6.5–9
		step := f.step
		if f.qual != "" {
			step = 0
		}
		iv := w.Apply(figure.Rounded(f.value, step), f.qual)
		if f.value < 0 && f.qual != "" {
			// "fell more than 5%" is a fall of at least 5 points: widen the magnitude
			pos := w.Apply(figure.Rounded(-f.value, step), f.qual)
			iv = figure.Interval{Low: -pos.High, High: -pos.Low}
		}
		// another economy's trade ("Japan's exports") is not comparable with
		// China's figures of the same name: it keeps its subject and flow but no metric
		metric := figure.MetricID(f.subject.ID, f.flow)
		if f.reporter != "" {
			metric = ""
		}
		fig := figure.Figure{
			ID:        name + "#" + strconv.Itoa(i+1),
			Source:    name,
			Kind:      figure.KindArticle,
			Line:      line,
			Col:       col,
			Quote:     in.orig[os:oe],
			Value:     f.value,
			Low:       iv.Low,
			High:      iv.High,
			Unit:      f.unit,
			Measure:   f.measure,
			Subject:   f.subject.Name,
			Metric:    metric,
			Flow:      f.flow,
			Partner:   f.partner,
			Period:    f.period,
			Basis:     f.basis,
			Of:        f.of,
			Qualifier: f.qual,
			Context:   ctxText,
		}
		for _, l := range f.linked {
			fig.Linked = append(fig.Linked, name+"#"+strconv.Itoa(l+1))
		}
		doc.Figures = append(doc.Figures, fig)
	}
	return doc, nil
}

// joinFields returns strings.Join(strings.Fields(s), " "): s with its runs of
// white space made single spaces and its ends trimmed. It returns s itself,
// without copying, when s already is so.
func joinFields(s string) string {
	// fast path: ASCII text whose only spaces are single ' ' between words
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			clean = false
			break
		}
		if asciiSpace[c] && (c != ' ' || i == 0 || i == len(s)-1 || s[i+1] == ' ') {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	inWord := false
	for i := 0; i < len(s); {
		c := s[i]
		n := 1
		space := false
		if c < utf8.RuneSelf {
			space = asciiSpace[c]
		} else {
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		if space {
			inWord = false
		} else {
			if !inWord && b.Len() > 0 {
				b.WriteByte(' ')
			}
			inWord = true
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// asciiSpace marks the ASCII bytes strings.Fields splits at.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// lineIndex converts byte offsets into 1-based line and column (in
// characters). Offsets asked in increasing order cost no more than one pass
// over the text, however long its lines.
type lineIndex struct {
	text  string
	start []int
	// the last answer, from which the next column is counted
	lastOff, lastLine, lastCol int
}

func newLineIndex(text string) *lineIndex {
	start := make([]int, 1, 1+strings.Count(text, "\n"))
	for i := 0; ; {
		k := strings.IndexByte(text[i:], '\n')
		if k < 0 {
			break
		}
		i += k + 1
		start = append(start, i)
	}
	return &lineIndex{text: text, start: start, lastOff: -1}
}

func (li *lineIndex) pos(off int) (int, int) {
	l := sort.Search(len(li.start), func(i int) bool { return li.start[i] > off }) - 1
	if l < 0 {
		l = 0
	}
	col := 0
	if li.lastOff >= 0 && li.lastLine == l && li.lastOff <= off {
		col = li.lastCol + utf8.RuneCountInString(li.text[li.lastOff:off])
	} else {
		col = utf8.RuneCountInString(li.text[li.start[l]:off]) + 1
	}
	li.lastOff, li.lastLine, li.lastCol = off, l, col
	return l + 1, col
}

// span is a byte range.
type span struct{ start, end int }

// fig is a figure under construction.
type fig struct {
	m            *numbers.Mention // in analysis.nums
	sent         int
	qStart, qEnd int
	value, step  float64
	unit         string
	measure      figure.Measure
	subject      glossary.Subject
	subjectSet   bool
	flow         string
	partner      string
	period       figure.Period
	basis, of    string
	qual         string
	linked       []int
	count        bool // a count (quantity)
	money        bool
	percentLike  bool
	aside        bool   // its period is stated as an aside ("April alone")
	idx          int    // position in analysis.figs
	policy       bool   // an amount named by a tariff or duty, not a trade statistic
	reporter     string // the economy whose trade this is, "" for China
}

// analysis holds everything found in one text.
type analysis struct {
	text, low string
	pub       time.Time
	g         *glossary.Glossary
	nums      []numbers.Mention
	pers      []periods.Mention
	subj      []glossary.Match
	cues      []cue
	sents     []span
	figs      []fig
	yenText   int8 // 1: the text speaks of Japan more than of China ("¥" is the yen), -1: not, 0: not counted yet
	lines     *lineIndex
	bars      []int               // per line, the number of '|' (-1: not counted yet)
	heads     []int               // per line, the first line of its table block (-1: not known yet)
	cells     map[int][]span      // per table line, its cells (computed on first use)
	headers   map[int]tableHeader // per first line of a table, its header lines
	// headingLines lists factbox section headings (built on first use)
	headingLines []heading
	rolling      int8 // 0: not looked yet; 1: the text speaks of rolling totals; -1: it does not
	sc           sentCtx
	keptPers     []periods.Mention // attributeOne's buffer
}

func analyse(text string, pub time.Time, g *glossary.Glossary) *analysis {
	a := &analysis{text: text, low: joinSoftBreaks(lowerASCII(text)), pub: pub, g: g}
	a.nums = numbers.ScanLower(text, a.low)
	if len(a.nums) == 0 {
		return a
	}
	a.pers = periods.FindLower(text, a.low, pub)
	fixFuturePeriods(a.pers, pub)
	a.ytdThrough()
	a.addCountedMonths()
	a.fixFiscalYears()
	a.subj = subjectMatcherFor(g).find(text, a.low)
	a.cues = addBareUS(findCues(a.low), text)
	a.sents = sentences(text)
	a.addGoodsCues()
	a.collect()
	a.attribute()
	return a
}

// lowerASCII lower-cases ASCII letters only, so byte offsets stay valid.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := make([]byte, len(s))
			copy(b, s[:i])
			for j := i; j < len(s); j++ {
				c := s[j]
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				b[j] = c
			}
			// b is never written again, so it can back the string without a copy
			return unsafe.String(&b[0], len(b))
		}
	}
	return s
}

// joinSoftBreaks returns low with each single line break inside a paragraph
// read as a space, for matching words only (offsets do not move): text pasted
// from a PDF breaks lines inside phrases ("imports and\nexports",
// "trade\nsurplus"). Blank lines, and line breaks before a list item or a
// table line, stay.
func joinSoftBreaks(low string) string {
	var b []byte
	for i := 1; i+1 < len(low); i++ {
		if low[i] != '\n' || low[i-1] == '\n' || low[i-1] == '\r' || !isAlnumByte(low[i-1]) && low[i-1] != ',' {
			continue
		}
		j := i + 1
		for j < len(low) && (low[j] == ' ' || low[j] == '\t') {
			j++
		}
		if j >= len(low) || !isAlpha(low[j]) {
			continue // a blank line, a list marker, a table line, a number
		}
		if b == nil {
			b = []byte(low)
		}
		b[i] = ' '
	}
	if b == nil {
		return low
	}
	return unsafe.String(&b[0], len(b))
}

// addGoodsCues adds the "goods" subject where a flow word is qualified as a
// whole ("overall exports", "total imports", "China's exports").
func (a *analysis) addGoodsCues() {
	goods, ok := a.g.Subject("goods")
	if !ok {
		return
	}
	var extra []glossary.Match
	for _, c := range a.cues {
		if c.typ != cueFlow || c.val == "balance" {
			continue
		}
		w := wordBeforeLower(a.low, c.start)
		if c.start < len(a.low) && a.low[c.start] >= 0x80 && a.bareCJKFlow(c) {
			// "其中，出口25.45万亿元", "12月份，出口增长10.7%": a bare flow word opening a
			// Chinese clause is the headline trade figure
			extra = append(extra, glossary.Match{Subject: goods, Phrase: a.text[c.start:c.end], Start: c.start, End: c.end})
			continue
		}
		rest := a.low[c.end:]
		termsAfter := strings.HasPrefix(rest, " in dollar terms") || strings.HasPrefix(rest, " in us dollar terms") ||
			strings.HasPrefix(rest, " in yuan terms") || strings.HasPrefix(rest, " in renminbi terms")
		if monthNums[w] > 0 || yearBefore(a.low, c.start) || w == "full-year" || w == "annual" || w == "monthly" || termsAfter {
			// "December exports", "2024 exports": the headline trade figures
			w = "overall"
		}
		switch w {
		case "overall", "total", "china's", "country's", "nation's", "its", "chinese", "merchandise":
			if c.val == "total" && w == "total" {
				continue // "total trade" is already a glossary phrase
			}
			extra = append(extra, glossary.Match{Subject: goods, Phrase: a.text[c.start:c.end], Start: c.start, End: c.end})
		}
	}
	if len(extra) == 0 {
		return
	}
	a.subj = append(a.subj, extra...)
	sort.SliceStable(a.subj, func(i, j int) bool { return a.subj[i].Start < a.subj[j].Start })
}

// wordBeforeLower returns the word (letters and apostrophes) ending right before i.
func wordBeforeLower(low string, i int) string {
	w, _ := wordBeforeLowerAt(low, i)
	return w
}

// wordBeforeLowerAt is wordBeforeLower that also returns where the word
// starts (which is where strings.LastIndex(low[:i], word) finds it: only
// spaces follow the word before i).
func wordBeforeLowerAt(low string, i int) (string, int) {
	j := i
	for j > 0 && low[j-1] == ' ' {
		j--
	}
	w := j
	for w > 0 && (isAlpha(low[w-1]) || low[w-1] == '\'') {
		w--
	}
	return low[w:j], w
}

// sentenceOf returns the index of the sentence containing byte off.
func (a *analysis) sentenceOf(off int) int {
	i := sort.Search(len(a.sents), func(i int) bool { return a.sents[i].end > off })
	if i >= len(a.sents) {
		return len(a.sents) - 1
	}
	return i
}

// clauseOf returns the clause (within its sentence) that contains off.
func (a *analysis) clauseOf(off int, s span) span {
	start := s.start
	for i := off - 1; i >= s.start; i-- {
		if isClauseBreak(a.text, a.low, i) {
			start = i + 1
			break
		}
	}
	end := s.end
	for i := off; i < s.end; i++ {
		if isClauseBreak(a.text, a.low, i) {
			end = i
			break
		}
	}
	return span{start, end}
}

// isClauseBreak reports whether a clause ends at byte i: a comma or semicolon
// followed by a space, a colon, a dash, or a Chinese comma.
func isClauseBreak(t, low string, i int) bool {
	switch t[i] {
	case ';', ':':
		return i+1 >= len(t) || t[i+1] == ' '
	case ',':
		return i+1 < len(t) && t[i+1] == ' '
	case '-':
		// a spaced dash: " - ", " -- "
		return i > 0 && t[i-1] == ' ' && i+1 < len(t) && (t[i+1] == ' ' || t[i+1] == '-')
	case '\xe2':
		// en or em dash between spaces
		return i > 0 && t[i-1] == ' ' && (strings.HasPrefix(t[i:], "– ") || strings.HasPrefix(t[i:], "— "))
	case '\xef':
		return strings.HasPrefix(t[i:], "，") || strings.HasPrefix(t[i:], "；") || strings.HasPrefix(t[i:], "：")
	case 'w':
		// " while ", " whereas "
		return i > 0 && t[i-1] == ' ' && (strings.HasPrefix(low[i:], "while ") || strings.HasPrefix(low[i:], "whereas "))
	}
	return false
}

// collect decides which number mentions are figures.
func (a *analysis) collect() {
	// years and dates are never figures: room for the other mentions
	n := 0
	for i := range a.nums {
		if k := a.nums[i].Kind; k != numbers.Year && k != numbers.Date {
			n++
		}
	}
	a.figs = make([]fig, 0, n)
	for i := range a.nums {
		m := &a.nums[i]
		if a.unitStatement(m) {
			continue
		}
		f, ok := a.classify(i, m)
		if !ok {
			continue
		}
		f.sent = a.sentenceOf(m.Start)
		f.idx = len(a.figs)
		a.figs = append(a.figs, f)
	}
}

// inPeriod reports whether the byte range overlaps a period expression.
func (a *analysis) inPeriod(start, end int) bool {
	i := sort.Search(len(a.pers), func(i int) bool { return a.pers[i].End > start })
	return i < len(a.pers) && a.pers[i].Start < end
}

// classify turns a mention into a figure candidate, or rejects it.
func (a *analysis) classify(idx int, m *numbers.Mention) (fig, bool) {
	f := fig{m: m, qStart: m.Start, qEnd: m.End, value: m.Value, step: m.Step, unit: m.Unit}
	switch m.Kind {
	case numbers.Year, numbers.Date:
		return f, false
	case numbers.Money:
		f.money = true
		f.measure = figure.Value
		if f.unit == "CNY" && strings.ContainsAny(m.Text, "¥￥") && a.isYenText() {
			f.unit = "JPY" // "¥" in an article about Japan is the yen
		}
		f.policy = a.tariffRate(m.Start) || policyAmount(a.low, m.End) // "tariffs on $300 billion of Chinese goods"
		// "($1 = 7.2996 Chinese yuan renminbi)": an exchange-rate note, not a figure
		if strings.HasPrefix(strings.TrimLeft(a.text[m.End:], " "), "=") || strings.HasSuffix(strings.TrimRight(a.text[:m.Start], " "), "=") {
			return f, false
		}
		if m.Scale == 1 && math.Abs(m.Value) < 1000 && !m.CurrencyBefore && m.Words {
			return f, false
		}
	case numbers.Percent, numbers.Points, numbers.Fold, numbers.Fraction:
		f.percentLike = true
		if m.Words && a.inPeriod(m.Start, m.End) {
			return f, false // "the first three quarters"
		}
		if a.notStatAfter(m.End) || a.tariffRate(m.Start) {
			return f, false
		}
		if m.Kind == numbers.Fraction {
			f.step = 5 // "one-fifth" reads as roughly 20%
		}
	case numbers.Number:
		if m.Words && m.Scale == 1 {
			return f, false // "five consecutive years", "one of"
		}
		if a.inPeriod(m.Start, m.End) {
			return f, false
		}
		if unit, end, ok := a.countNoun(m); ok {
			f.count = true
			f.measure = figure.Quantity
			f.unit = unit
			f.qEnd = end
			if rest := a.low[end:]; strings.HasPrefix(rest, " per day") || strings.HasPrefix(rest, " a day") || strings.HasPrefix(rest, " per year") {
				f.measure = figure.Other // a rate such as barrels per day
			}
			// commodity shorthand: "4.5 mt" is 4.5 million tonnes, "300 kt" 300,000 tonnes
			if k, ok := tonneShorthand(unit); ok {
				f.unit = figure.UnitTonnes
				f.value *= k
				f.step *= k
			}
			break
		}
		if cur, ok := a.inheritCurrency(idx, m); ok {
			f.money = true
			f.measure = figure.Value
			f.unit = cur
			break
		}
		if unit, ok := a.inheritCount(m); ok || a.bareCount(idx, m) {
			if !ok {
				unit = figure.UnitUnits
				if u, ok := a.rangeCount(idx, m); ok {
					unit = u
				}
			}
			// "5.86 million units in 2024, up from 4.91 million in 2023"
			f.count = true
			f.measure = figure.Quantity
			f.unit = unit
			break
		}
		if cu, ok := a.tableColumnUnit(m.Start); ok {
			// a bare number under "Exports ($bn)" or "y/y %"
			f.unit, f.value, f.step = cu.unit, m.Value*cu.scale, m.Step*cu.scale
			switch {
			case cu.money:
				f.money, f.measure = true, figure.Value
			case cu.count:
				f.count, f.measure = true, figure.Quantity
			default:
				f.percentLike = true
			}
			break
		}
		return f, false
	default:
		return f, false
	}
	if q, start, ok := a.qualifierBefore(m.Start); ok {
		f.qual = q
		if start >= 0 {
			f.qStart = start
		}
	}
	return f, true
}

// tonneShorthand returns the tonnes in one unit of a commodity shorthand
// ("kg", "kt", "mt").
func tonneShorthand(unit string) (float64, bool) {
	switch unit {
	case "kg":
		return 1e-3, true
	case "kt":
		return 1e3, true
	case "mt":
		return 1e6, true
	}
	return 0, false
}

// isYenText reports whether the text speaks of Japan more than of China, so
// that "¥" is the yen; it counts once, when first asked.
func (a *analysis) isYenText() bool {
	if a.yenText == 0 {
		a.yenText = -1
		if strings.Count(a.low, "yen")+strings.Count(a.low, "japan") > strings.Count(a.low, "yuan")+strings.Count(a.low, "china")+strings.Count(a.low, "renminbi") {
			a.yenText = 1
		}
	}
	return a.yenText > 0
}

// policyAmount reports whether an amount names a programme rather than a
// trade statistic: "the RMB 50 billion special guarantee program", "a $10
// billion fund" (the noun within three words after it).
func policyAmount(low string, end int) bool {
	rest := low[end:min(len(low), end+48)]
	for i, k := 0, 0; i < 4; i++ {
		for k < len(rest) && (rest[k] == ' ' || rest[k] == '\n') {
			k++
		}
		e := k
		for e < len(rest) && rest[e] != ' ' && rest[e] != '\n' {
			e++
		}
		if e == k {
			break
		}
		w := rest[k:e]
		k = e
		switch strings.Trim(w, ".,;:)") {
		case "program", "programme", "programs", "programmes", "fund", "funds", "scheme", "package", "facility",
			"stimulus", "guarantee", "guarantees", "quota", "subsidy", "subsidies", "credit", "loan", "loans", "bond", "bonds":
			return true
		}
		if strings.ContainsAny(w, ".,;:") {
			break
		}
	}
	return false
}

// notStatAfter reports whether a percent is a rate that is not a trade
// statistic ("a 25% tariff", "a 10% stake").
func (a *analysis) notStatAfter(end int) bool {
	w := nextWordLower(a.low, end)
	switch w {
	case "tariff", "tariffs", "duty", "duties", "levy", "levies", "tax", "taxes", "stake", "discount",
		"interest", "chance", "probability", "margin", "vat", "rebate", "rebates", "quota":
		return true
	}
	// one modifier between the rate and the tariff: "25% import duties",
	// "145 pct US tariffs", "a 10% blanket levy"
	w, next := nextTokenLower(a.low, end)
	if !tariffModifiers[strings.TrimSuffix(w, ".")] {
		return false
	}
	switch w2, _ := nextTokenLower(a.low, next); w2 {
	case "tariff", "tariffs", "duty", "duties", "levy", "levies", "tax", "taxes", "controls":
		return true
	}
	return false
}

// tariffModifiers are words that stand between a rate and the tariff it names.
var tariffModifiers = map[string]bool{
	"import": true, "export": true, "additional": true, "extra": true, "retaliatory": true,
	"reciprocal": true, "new": true, "blanket": true, "punitive": true, "anti-dumping": true,
	"countervailing": true, "us": true, "u.s": true, "eu": true, "american": true, "chinese": true,
	"european": true, "baseline": true, "higher": true,
}

// nextTokenLower returns the word (letters, dots and hyphens) after the spaces
// at i, and the offset where it ends.
func nextTokenLower(low string, i int) (string, int) {
	for i < len(low) && low[i] == ' ' {
		i++
	}
	j := i
	for j < len(low) && (isAlpha(low[j]) || low[j] == '.' || low[j] == '-') {
		j++
	}
	return low[i:j], j
}

// tariffRate reports whether a percent before pos sits in a clause about a
// tariff, duty or tax that states no rise or fall ("raised tariffs on EVs to
// 100%", "a levy of 10%"): a policy rate, not a trade statistic.
func (a *analysis) tariffRate(pos int) bool {
	// cheap test first: no tariff word nearby, no tariff rate
	near := false
	for i := a.cueAt(pos - maxSentence); i < len(a.cues) && a.cues[i].start < pos+maxSentence; i++ {
		if a.cues[i].typ == cueNotStat {
			near = true
			break
		}
	}
	if !near {
		return false
	}
	s := a.sentenceOf(pos)
	if s < 0 {
		return false
	}
	cl := a.clauseOf(pos, a.sents[s])
	hasNotStat, hasChange := false, false
	for i := sortSearchCues(a.cues, cl.start); i < len(a.cues) && a.cues[i].start < cl.end; i++ {
		switch a.cues[i].typ {
		case cueNotStat:
			hasNotStat = true
		case cueUp, cueDown:
			w := a.low[a.cues[i].start:a.cues[i].end]
			if w != "up" && w != "increase" && w != "increased" && w != "raised" {
				hasChange = true
			}
		}
	}
	return hasNotStat && !hasChange
}

func sortSearchCues(cs []cue, off int) int {
	return sort.Search(len(cs), func(i int) bool { return cs[i].start >= off })
}

// countNoun reports whether a bare number counts things ("88.68 billion
// chips", "5,000 tonnes", "2 million electric cars") and where the quote ends.
func (a *analysis) countNoun(m *numbers.Mention) (string, int, bool) {
	if m.Noun == "" {
		return "", 0, false
	}
	if m.Noun == "t" && m.Scale >= 1e3 {
		return figure.UnitTonnes, m.NounEnd, true // commodity shorthand: "110.45 million t"
	}
	if u, ok := countNouns[m.Noun]; ok {
		end := m.NounEnd
		if m.Noun == "metric" {
			w := nextWordLower(a.low, end)
			if w != "tons" && w != "tonnes" {
				return "", 0, false
			}
			end = strings.Index(a.low[end:], w) + end + len(w)
		}
		if u == "units" && m.Scale == 1 && math.Abs(m.Value) < 100 && !m.Words {
			// "3 chips", "20 ships": small counts are rarely statistics
			return "", 0, false
		}
		return u, end, true
	}
	// any plural noun after a large amount in a clause about trade ("113.81
	// million machines were shipped"), unless it counts people or events
	if m.Scale >= 1e6 && len(m.Noun) > 3 && strings.HasSuffix(m.Noun, "s") && !notGoods[m.Noun] &&
		!strings.HasSuffix(m.Noun, "ss") && a.tradeClause(m.Start) {
		return figure.UnitUnits, m.NounEnd, true
	}
	// a glossary subject right after the number, perhaps after one adjective
	for i := a.subjAt(m.NounStart); i < len(a.subj); i++ {
		s := a.subj[i]
		if s.Start > m.NounEnd+1 {
			break
		}
		if s.Start == m.NounStart || (s.Start == m.NounEnd+1 && a.text[m.NounEnd] == ' ') {
			if m.Scale == 1 && math.Abs(m.Value) < 1000 {
				return "", 0, false
			}
			return figure.UnitUnits, s.End, true
		}
	}
	return "", 0, false
}

// tradeClause reports whether the clause around pos names a trade flow.
func (a *analysis) tradeClause(pos int) bool {
	s := a.sentenceOf(pos)
	if s < 0 {
		return false
	}
	return a.hasCue(cueFlow, a.clauseOf(pos, a.sents[s]))
}

// countedSubjects are glossary subjects whose trade is also counted in
// units, so that a bare large number about them is a count ("car exports
// rose to 5.86 million").
var countedSubjects = map[string]bool{
	"automobiles": true, "electric_vehicles": true, "mobile_phones": true, "computers": true,
	"ships": true, "integrated_circuits": true, "household_appliances": true,
}

// rangeCount returns the count unit of the second number of a range that
// starts at m: "from 5.2 million to 5.9 million units".
func (a *analysis) rangeCount(idx int, m *numbers.Mention) (string, bool) {
	if idx+1 >= len(a.nums) {
		return "", false
	}
	n := &a.nums[idx+1]
	if n.Start < m.End {
		return "", false
	}
	switch a.low[m.End:n.Start] {
	case " to ", " and ", "-", "–", " - ", " – ":
	default:
		return "", false
	}
	u, _, ok := a.countNoun(n)
	if !ok || u == "kg" || u == "kt" || u == "mt" {
		return "", false
	}
	return u, true
}

// bareCount reports whether a large number with no noun is a count: the
// first end of a counted range, or a number after a trade word about a
// product counted in units in its clause ("EV exports rose to 1.2 million.").
func (a *analysis) bareCount(idx int, m *numbers.Mention) bool {
	if m.Scale < 1e3 || m.Words || !functionWords[m.Noun] {
		return false
	}
	if _, ok := a.rangeCount(idx, m); ok {
		return true
	}
	s := a.sentenceOf(m.Start)
	if s < 0 {
		return false
	}
	cl := a.clauseOf(m.Start, a.sents[s])
	if !a.hasCue(cueFlow, span{cl.start, m.Start}) {
		return false
	}
	for i := a.subjAt(cl.start); i < len(a.subj) && a.subj[i].End <= m.Start; i++ {
		if countedSubjects[a.subj[i].Subject.ID] {
			return true
		}
	}
	return false
}

// functionWords may follow an amount whose currency is understood from the
// sentence before ("imports to 2.5 trillion, while ...").
var functionWords = map[string]bool{
	"": true, "and": true, "in": true, "from": true, "to": true, "for": true, "on": true, "at": true,
	"while": true, "with": true, "compared": true, "versus": true, "vs": true, "or": true, "of": true,
	"respectively": true, "a": true, "an": true, "the": true, "up": true, "down": true, "last": true,
	"this": true, "during": true, "over": true, "between": true, "according": true, "as": true,
	"but": true, "which": true, "year-on-year": true, "worth": true, "whereas": true,
}

// inheritCurrency gives a currency-less large amount the currency of the
// money mentioned just before it in the same or the previous sentence.
func (a *analysis) inheritCurrency(idx int, m *numbers.Mention) (string, bool) {
	if m.Scale < 1e6 || !functionWords[m.Noun] {
		return "", false
	}
	s := a.sentenceOf(m.Start)
	for j := idx - 1; j >= 0; j-- {
		p := a.nums[j]
		ps := a.sentenceOf(p.Start)
		if ps < s-1 {
			break
		}
		if p.Kind == numbers.Money && p.Scale >= 1e6 {
			return p.Unit, true
		}
	}
	return "", false
}

// inheritCount gives a bare large number the unit of the count stated just
// before it in the same or the previous sentence.
func (a *analysis) inheritCount(m *numbers.Mention) (string, bool) {
	if m.Scale < 1e3 || !functionWords[m.Noun] {
		return "", false
	}
	s := a.sentenceOf(m.Start)
	for j := len(a.figs) - 1; j >= 0; j-- {
		g := &a.figs[j]
		if a.sentenceOf(g.m.Start) < s-1 {
			break
		}
		if g.money {
			return "", false // the nearer amount is money: the currency rule had its say
		}
		if g.count {
			if a.sentenceOf(g.m.Start) < s && !a.tradeClause(m.Start) {
				// "... 2.3 million vehicles. Arrivals reached 3.2 million": a count
				// carries into the next sentence only in a clause about trade
				return "", false
			}
			return g.unit, true
		}
	}
	return "", false
}

// qualifierBefore finds a qualifier right before start; the returned start is
// where the quote begins (-1 for verbs, which are not quoted).
func (a *analysis) qualifierBefore(start int) (string, int, bool) {
	j := start
	for j > 0 && a.text[j-1] == ' ' {
		j--
	}
	low := a.low[:j]
	// "passing the $200 billion mark", "topped the 5,000-tonne mark"
	if strings.HasSuffix(low, " the") {
		t := len(low) - 4
		for _, q := range qualPhrases {
			if !q.adverb && strings.HasSuffix(low[:t], q.text) && boundaryBefore(low, t-len(q.text)) {
				return q.qual, -1, true
			}
		}
	}
	// only phrases that end with the word before the number can match
	w := low[max(0, len(low)-12):]
	if k := strings.LastIndexAny(w, " \n\t("); k >= 0 {
		w = w[k+1:]
	}
	cands := qualByLast[w]
	if len(w) > 0 && w[len(w)-1] >= 0x80 {
		cands = qualCJK
	}
	for _, q := range cands {
		if !strings.HasSuffix(low, q.text) {
			continue
		}
		s := j - len(q.text)
		if q.text[0] < utf8.RuneSelf && !boundaryBefore(low, s) {
			continue
		}
		if q.adverb {
			return q.qual, s, true
		}
		return q.qual, -1, true
	}
	return "", 0, false
}

func boundaryBefore(low string, i int) bool { return i <= 0 || !isAlnumByte(low[i-1]) }

// yearBefore reports whether a four-digit year stands right before i ("2024 exports").
func yearBefore(low string, i int) bool {
	j := i
	for j > 0 && low[j-1] == ' ' {
		j--
	}
	if j == i || j < 4 || (j > 4 && isAlnumByte(low[j-5])) {
		return false
	}
	y := low[j-4 : j]
	for k := 0; k < 4; k++ {
		if !isDigitByte(y[k]) {
			return false
		}
	}
	return y >= "1990" && y <= "2100"
}

// bareCJKFlow reports whether a Chinese flow word opens its clause (after "，",
// "：", "。" or a line start, or after 我国/中国/全国) with no subject before it.
func (a *analysis) bareCJKFlow(c cue) bool {
	before := a.text[:c.start]
	for _, p := range []string{"我国", "中国", "全国"} {
		if strings.HasSuffix(before, p) {
			return true
		}
	}
	for _, p := range []string{"，", "：", "。", "；", "\n"} {
		if strings.HasSuffix(before, p) {
			return true
		}
	}
	return c.start == 0
}

// unitStatement reports whether an amount states a column's unit rather than a
// figure: a round power of ten in parentheses or after "units of" ("Value (100
// million yuan)", "in units of 10,000 tonnes", "单位：亿元" is not an amount).
func (a *analysis) unitStatement(m *numbers.Mention) bool {
	v := math.Abs(m.Value)
	if v < 100 {
		return false
	}
	if l := math.Log10(v); math.Abs(l-math.Round(l)) > 1e-9 {
		return false
	}
	before := strings.TrimRight(a.low[:m.Start], " ")
	after := strings.TrimLeft(a.low[m.End:], " ")
	if strings.HasSuffix(before, "(") && strings.HasPrefix(after, ")") {
		return true
	}
	for _, w := range []string{"units of", "unit:", "unit：", "in units of", "单位：", "单位:"} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}
