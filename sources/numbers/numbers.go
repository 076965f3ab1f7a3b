// Package numbers finds number mentions in English and Chinese prose: plain
// numbers, money amounts, percentages, percentage points, "-fold" ratios and
// fractions in words, each with its value in base units and the rounding step
// that its stated digits imply ("1.03 trillion yuan" is 1.03e12 CNY, step 1e10).
//
// Scan reports what the text says; deciding which mentions are statistics is
// the caller's job. Mentions that are clearly not quantities (ordinals, model
// names such as "A17" or "5G", measurements such as "29km", numbers inside
// URLs) are left out; bare years and dates are reported with their Kind so
// that callers can skip them.
package numbers

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Kind classifies a mention.
type Kind uint8

// Mention kinds.
const (
	// Number is a bare number, possibly with a scale word ("2 million").
	Number Kind = iota
	// Money is an amount with a currency ("$4.25", "355.24 billion yuan").
	Money
	// Percent is a percentage ("23.5%", "8.5 percent"); Value is in percent.
	Percent
	// Points is a change in percentage points ("2.1 percentage points").
	Points
	// Fold is a multiple ("1.4-fold").
	Fold
	// Fraction is a fraction in words ("one-fifth", "two-thirds of"); Value
	// is in percent (one-fifth is 20).
	Fraction
	// Year is a bare four-digit year (1800-2199) with nothing attached.
	Year
	// Date is a calendar date ("2024-05-10", the 11 of "December 11, 2024").
	Date
)

var kindNames = [...]string{"number", "money", "percent", "points", "fold", "fraction", "year", "date"}

// String names the kind.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Units of non-currency mentions (currencies use their ISO 4217 code).
const (
	UnitPercent = "percent"
	UnitPP      = "pp"
	UnitFold    = "fold"
)

// Mention is one number found in a text. Offsets are byte offsets into the
// scanned text; Text is text[Start:End].
type Mention struct {
	Start, End int
	Text       string
	// NumStart and NumEnd bound the number itself with its sign and scale
	// word ("75 million" in "$ 75 million"), without currency or percent sign.
	NumStart, NumEnd int
	// Value is in base units: yuan, dollars, percent, points, or a plain count.
	Value float64
	// Step is the rounding step implied by the stated digits, in base units.
	Step float64
	// Unit is an ISO currency code, "percent", "pp", "fold", or "" for a bare number.
	Unit string
	Kind Kind
	// Scale is the multiplier of the scale word (1 when there is none).
	Scale float64
	// CurrencyBefore is true when the currency is written before the number ("$5").
	CurrencyBefore bool
	// Words is true for numbers written in words ("five million").
	Words bool
	// Sign is +1 or -1 for an explicit sign ("+16%", "minus 5"), else 0.
	Sign int
	// Noun is the lower-cased word that follows the mention ("chips" in
	// "88.68 billion chips"), with its offsets; empty when none follows.
	Noun               string
	NounStart, NounEnd int
	// Ranged is true for the first number of a range that takes its unit or
	// scale from the second ("8" in "8 to 10 per cent", "$8" in "$8-10 billion").
	Ranged bool
}

// Scan returns every number mention in text, in text order, without overlaps.
func Scan(text string) []Mention {
	return ScanLower(text, lowerASCII(text))
}

// ScanLower is Scan for a caller that already holds a lower-cased copy of
// text: low must be text with ASCII letters A-Z lower-cased and every other
// byte unchanged (so that offsets agree). It returns what Scan(text) returns.
func ScanLower(text, low string) []Mention {
	s := scanner{text: text, low: low}
	// news prose holds about 29K mentions per MB; reserve a little more so
	// that a typical article needs one allocation, and double when it does not
	s.out = make([]Mention, 0, len(text)/32+8)
	s.skip = urlSpans(text)
	s.run()
	shareRanges(s.low, s.out)
	return s.out
}

// rangeJoin reports whether the text between two mentions joins them into a
// range: "8-10%", "8 to 10 per cent", "between 8 and 10 per cent".
func rangeJoin(low string, a, b Mention) bool {
	gap := low[a.End:b.Start]
	switch gap {
	case "-", "–", "—", " - ", " – ", " — ", "~", " to ", " and ":
	default:
		return false
	}
	if gap == " and " {
		before := strings.TrimRight(low[:a.Start], " ")
		return strings.HasSuffix(before, "between") && (len(before) == len("between") || !isLetter(before[len(before)-len("between")-1]))
	}
	return true
}

// shareRanges gives the first number of a range the unit and scale written
// only after the second: "8 to 10 per cent" is 8% and 10%, "$8-10 billion"
// is $8 billion and $10 billion, "between 5 and 7 million yuan" likewise.
func shareRanges(low string, ms []Mention) {
	for i := 0; i+1 < len(ms); i++ {
		a, b := &ms[i], &ms[i+1]
		if a.Words || b.Words || !rangeJoin(low, *a, *b) {
			continue
		}
		switch {
		case a.Kind == Number && a.Scale == 1 && (b.Kind == Percent || b.Kind == Points) && a.Value <= b.Value*10:
			// "8 to 10 per cent"
			a.Kind, a.Unit, a.Ranged = b.Kind, b.Unit, true
		case a.Kind == Number && a.Scale == 1 && b.Kind == Money && b.Scale > 1 && !b.CurrencyBefore && math.Abs(a.Value) < 1000:
			// "8 to 10 billion yuan"
			scaleRange(a, b.Scale)
			a.Kind, a.Unit, a.Ranged = Money, b.Unit, true
		case a.Kind == Money && a.Scale == 1 && a.CurrencyBefore && math.Abs(a.Value) < 1000 && b.Scale > 1 &&
			(b.Kind == Money && b.Unit == a.Unit || b.Kind == Number):
			// "$8-10 billion", "$8 to $10 billion"
			scaleRange(a, b.Scale)
			a.Ranged = true
			if b.Kind == Number {
				b.Kind, b.Unit, b.Ranged = Money, a.Unit, true
			}
		case a.Kind == Number && a.Scale == 1 && b.Kind == Number && b.Scale > 1 && math.Abs(a.Value) < 1000:
			// "5-6 million units"
			scaleRange(a, b.Scale)
			a.Ranged = true
		}
	}
}

// scaleRange multiplies a range's first number by the scale of its second.
func scaleRange(m *Mention, scale float64) {
	m.Value *= scale
	m.Step = roundStep(m.Step * scale)
	m.Scale = scale
}

type scanner struct {
	text, low string
	skip      [][2]int
	out       []Mention
	lastEnd   int // end of the previous mention: prefixes may not reach before it
}

func (s *scanner) run() {
	t := s.text
	skipIdx := 0
	for i := 0; i < len(t); {
		for skipIdx < len(s.skip) && s.skip[skipIdx][1] <= i {
			skipIdx++
		}
		if skipIdx < len(s.skip) && s.skip[skipIdx][0] <= i {
			i = s.skip[skipIdx][1]
			continue
		}
		c := t[i]
		switch {
		case isDigit(c) || (c == '.' && i+1 < len(t) && isDigit(t[i+1]) && !(i > 0 && isDigit(t[i-1]))):
			if next, ok := s.numeric(i); ok {
				i = next
				continue
			}
			// skip the rest of this alphanumeric token
			i = tokenEnd(t, i)
			continue
		case isLetter(c) && (i == 0 || !isLetter(t[i-1])):
			if next, ok := s.words(i); ok {
				i = next
				continue
			}
			for i < len(t) && isLetter(t[i]) {
				i++
			}
			continue
		}
		if c >= utf8.RuneSelf {
			_, n := utf8.DecodeRuneInString(t[i:])
			i += n
			continue
		}
		i++
	}
}

// tokenEnd returns the end of the alphanumeric token (with inner '.', ',')
// that starts at i.
func tokenEnd(t string, i int) int {
	for i < len(t) {
		c := t[i]
		if isDigit(c) || isLetter(c) || c == '_' {
			i++
			continue
		}
		if (c == '.' || c == ',') && i+1 < len(t) && (isDigit(t[i+1]) || isLetter(t[i+1])) {
			i++
			continue
		}
		break
	}
	return i
}

// literal is a parsed digit string.
type literal struct {
	start, end int
	value      float64
	mantissa   float64 // the digits as an integer
	decimals   int
	grouped    bool // has thousands separators
	digits     int  // digits before the decimal point
}

// parseLiteral reads digits with thousands separators, a decimal part and an
// exponent starting at i.
func parseLiteral(t string, i int) (literal, bool) {
	lit := literal{start: i}
	j := i
	var intPart []byte
	for j < len(t) && isDigit(t[j]) {
		intPart = append(intPart, t[j])
		j++
	}
	first := len(intPart)
	// thousands groups: ",ddd" or a thin/normal space then "ddd"
	if first >= 1 && first <= 3 {
		sep := ""
		for {
			k, ok := groupAt(t, j, &sep)
			if !ok {
				break
			}
			intPart = append(intPart, t[k:k+3]...)
			j = k + 3
			lit.grouped = true
		}
		if sep == " " && !lit.grouped {
			sep = ""
		}
	} else if first > 3 {
		// "12567" followed by ",123" is not a grouped number; leave as is.
	}
	lit.digits = len(intPart)
	var frac []byte
	if j+1 < len(t) && t[j] == '.' && isDigit(t[j+1]) {
		j++
		for j < len(t) && isDigit(t[j]) {
			frac = append(frac, t[j])
			j++
		}
		// "1.2.3" (versions, dotted dates) is not a number
		if j+1 < len(t) && t[j] == '.' && isDigit(t[j+1]) {
			return lit, false
		}
	}
	lit.decimals = len(frac)
	// all digits as one integer, divided once, so that 16.4 is as exact as a float allows
	v := 0.0
	for _, d := range intPart {
		v = v*10 + float64(d-'0')
	}
	for _, d := range frac {
		v = v*10 + float64(d-'0')
	}
	lit.mantissa = v
	v /= pow10(len(frac))
	// exponent: 1e10, 1.3e6, only when nothing alphabetic follows
	if j+1 < len(t) && (t[j] == 'e' || t[j] == 'E') {
		k := j + 1
		neg := false
		if k < len(t) && (t[k] == '-' || t[k] == '+') {
			neg = t[k] == '-'
			k++
		}
		ds := k
		for k < len(t) && isDigit(t[k]) && k-ds < 3 {
			k++
		}
		if k > ds && (k >= len(t) || !isLetter(t[k]) && !isDigit(t[k])) {
			e := 0
			for _, d := range t[ds:k] {
				e = e*10 + int(d-'0')
			}
			if neg {
				e = -e
			}
			v *= pow10(e)
			lit.decimals -= e
			j = k
		}
	}
	lit.end = j
	lit.value = v
	return lit, true
}

// groupAt reports whether a thousands group starts at j: a separator then
// exactly three digits. All groups of one number use the same separator.
func groupAt(t string, j int, sep *string) (int, bool) {
	if j >= len(t) {
		return 0, false
	}
	var s string
	switch {
	case t[j] == ',':
		s = ","
	case t[j] == ' ':
		s = " "
	case strings.HasPrefix(t[j:], "\u202f"):
		s = "\u202f"
	case strings.HasPrefix(t[j:], "\u00a0"):
		s = "\u00a0"
	case strings.HasPrefix(t[j:], "\u2009"):
		s = "\u2009"
	default:
		return 0, false
	}
	if *sep != "" && *sep != s {
		return 0, false
	}
	k := j + len(s)
	if k+3 > len(t) || !isDigit(t[k]) || !isDigit(t[k+1]) || !isDigit(t[k+2]) {
		return 0, false
	}
	if k+3 < len(t) && isDigit(t[k+3]) {
		return 0, false
	}
	// "1,234.5" is fine; "2,345abc" is not a group
	if k+3 < len(t) && isLetter(t[k+3]) && s != "," {
		return 0, false
	}
	if s == " " && j > 0 && !isDigit(t[j-1]) {
		return 0, false
	}
	*sep = s
	return k, true
}

// numeric handles a mention whose number is written in digits, starting at i.
func (s *scanner) numeric(i int) (int, bool) {
	t := s.text
	// a digit glued to letters before it ("A17", "Mate70", "G7") is a name,
	// unless the letters are a currency code ("USD115", "HK$5" is handled by symbols)
	curBefore := ""
	curStart := -1
	curScale := 1.0
	// "COVID-19", "F-35": digits hyphenated to a word are part of a name
	if i > 1 && t[i-1] == '-' && isLetter(t[i-2]) {
		return 0, false
	}
	if i > 0 && isLetter(t[i-1]) {
		ws := i - 1
		for ws > 0 && isLetter(t[ws-1]) {
			ws--
		}
		code, ok := codeCurrency(t[ws:i])
		if !ok || ws < s.lastEnd {
			return 0, false
		}
		curBefore, curStart, curScale = code.iso, ws, code.scale
	}
	// dates and times: 2024-05-10, 2024/05/10, 05/10/2024, 10:30
	if end, ok := dateAt(t, i); ok {
		s.emit(Mention{Start: i, End: end, NumStart: i, NumEnd: end, Kind: Date, Scale: 1})
		return end, true
	}
	lit, ok := parseLiteral(t, i)
	if !ok {
		return 0, false
	}
	j := lit.end
	// glued ordinal suffix or unit: 4th, 29km, 180ml, 5G
	m := Mention{NumStart: i, Value: lit.value, Scale: 1}
	m.Step = pow10(-lit.decimals)
	scale, k, ok := s.scaleAfter(j, true, curBefore != "" || s.symbolBefore(i))
	glued := j < len(t) && isLetter(t[j])
	if glued && !ok {
		// allow a glued currency code (115USD, 30 MUSD handled below) or "pct"
		if _, ok2 := s.suffixCurrency(j); !ok2 && !hasWordAt(s.low, j, "pct") && !hasWordAt(s.low, j, "pc") {
			return 0, false
		}
	}
	if ok {
		m.Scale *= scale
		j = k
		// "lakh crore", "thousand million"
		for {
			sc2, k2, ok2 := s.scaleAfter(j, false, false)
			if !ok2 {
				break
			}
			m.Scale *= sc2
			j = k2
		}
	}
	// "3 million and a half"
	if m.Scale > 1 {
		if k2, ok2 := matchWords(s.low, j, " and a half"); ok2 {
			m.Value += 0.5
			j = k2
		}
	}
	if lit.decimals > 0 && m.Value == lit.value {
		m.Value = lit.mantissa * m.Scale / pow10(lit.decimals)
	} else {
		m.Value *= m.Scale
	}
	m.Step *= m.Scale
	m.NumEnd = j
	m.End = j
	m.Start = i
	// explicit sign before the number: "-9.2", "- 10 k", "+16%", "minus 5"
	signStart := s.signBefore(i, &m)
	m.NumStart = signStart
	m.Start = signStart
	// currency before: "$", "US$ ", "HK$", "RMB ", "USD", "€"
	if curBefore == "" {
		if iso, st, sc, ok := s.prefixCurrencyScale(signStart); ok {
			curBefore, curStart, curScale = iso, st, sc
		}
	}
	if curBefore != "" {
		m.Unit, m.CurrencyBefore, m.Start = curBefore, true, curStart
		m.Value *= curScale
		m.Step *= curScale
	}
	if m.Unit == "" {
		// "75 USD million": code, then the scale
		if cur, ok := s.suffixCurrency(m.End); ok {
			m.Unit = cur.iso
			m.End = cur.end
			m.Value *= cur.scale
			m.Step *= cur.scale
			if m.Scale == 1 {
				if sc, k, ok := s.scaleAfter(m.End, false, false); ok {
					m.Scale = sc
					m.Value *= sc
					m.Step *= sc
					m.End = k
				}
			}
		}
	}
	if m.Unit != "" {
		m.Kind = Money
	} else if end, unit, ok := s.percentAfter(m.End); ok {
		m.End = end
		m.Unit = unit
		m.Kind = Percent
		if unit == UnitPP {
			m.Kind = Points
		}
	} else if end, ok := s.foldAfter(m.End); ok {
		m.End, m.Unit, m.Kind = end, UnitFold, Fold
	} else if m.Scale == 1 && !lit.grouped && lit.decimals == 0 && lit.digits == 4 && m.Sign == 0 &&
		lit.value >= 1800 && lit.value < 2200 {
		m.Kind = Year
	} else if m.Scale == 1 && s.nextToMonth(i, lit.end) {
		m.Kind = Date
	}
	if m.Sign < 0 {
		m.Value = -m.Value
	}
	s.noun(&m)
	s.emit(m)
	return m.End, true
}

func (s *scanner) emit(m Mention) {
	if math.IsInf(m.Value, 0) || math.IsNaN(m.Value) || math.IsInf(m.Step, 0) || math.IsNaN(m.Step) {
		// a digit string too long for a float is no statistic; skip it whole
		s.lastEnd = m.End
		return
	}
	m.Text = s.text[m.Start:m.End]
	m.Step = roundStep(m.Step)
	if m.Scale == 0 {
		m.Scale = 1
	}
	if len(s.out) == cap(s.out) {
		grown := make([]Mention, len(s.out), 2*cap(s.out)+8)
		copy(grown, s.out)
		s.out = grown
	}
	s.out = append(s.out, m)
	s.lastEnd = m.End
}

// signBefore looks for an explicit sign right before the number.
func (s *scanner) signBefore(i int, m *Mention) int {
	t := s.text
	j := i
	for j > s.lastEnd && t[j-1] == ' ' {
		j--
	}
	if j > s.lastEnd {
		switch {
		case t[j-1] == '-' || t[j-1] == '+':
			// "2014-2018" and "a-1" are not signs: the char before must not be alnum
			// "8%-10%": a dash that touches the previous mention joins a range
			if (j-1 == 0 || !isAlnum(t[j-2])) && !(j-1 == s.lastEnd && s.lastEnd > 0 && j == i) {
				if t[j-1] == '-' {
					m.Sign = -1
				} else {
					m.Sign = 1
				}
				if j == i || j-1 == 0 || t[j-2] == ' ' || t[j-2] == '(' {
					return j - 1
				}
				m.Sign = 0
			}
		case j >= 3 && t[j-3:j] == "\u2212":
			m.Sign = -1
			return j - 3
		}
	}
	if j < i && j-5 >= s.lastEnd && s.low[j-5:j] == "minus" && (j-5 == 0 || !isLetter(t[j-6])) {
		m.Sign = -1
		return j - 5
	}
	return i
}

// noun records the word after the mention.
func (s *scanner) noun(m *Mention) {
	t := s.text
	j := m.End
	for j < len(t) && t[j] == ' ' {
		j++
	}
	if j == m.End && j < len(t) && t[j] != '-' {
		// Chinese measure words follow without a space
		if r, n := utf8.DecodeRuneInString(t[j:]); r >= 0x4e00 && r <= 0x9fff {
			m.Noun, m.NounStart, m.NounEnd = t[j:j+n], j, j+n
		}
		return
	}
	if j < len(t) && t[j] == '-' && j == m.End {
		j++
	}
	k := j
	for k < len(t) && (isLetter(t[k]) || (t[k] == '-' && k+1 < len(t) && isLetter(t[k+1]))) {
		k++
	}
	if k > j {
		m.Noun, m.NounStart, m.NounEnd = s.low[j:k], j, k
	}
}

// nextToMonth reports whether the number at [i,end) is a day next to a month
// name ("December 11", "11 December").
func (s *scanner) nextToMonth(i, end int) bool {
	if end-i > 2 {
		return false
	}
	lo := s.low
	// before: "december 11", "dec. 11"
	j := i
	for j > 0 && (lo[j-1] == ' ' || lo[j-1] == '.') {
		j--
	}
	w := j
	for w > 0 && isLetter(lo[w-1]) {
		w--
	}
	if w < j && isMonthWord(lo[w:j]) {
		return true
	}
	// after: "11 december", "11th of"
	k := end
	for k < len(lo) && lo[k] == ' ' {
		k++
	}
	e := k
	for e < len(lo) && isLetter(lo[e]) {
		e++
	}
	return e > k && k > end && isMonthWord(lo[k:e])
}

var monthWords = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

func isMonthWord(w string) bool { return monthWords[w] }

// dateAt recognises numeric dates and times starting at i.
func dateAt(t string, i int) (int, bool) {
	d := func(j, n int) bool {
		if j+n > len(t) {
			return false
		}
		for k := j; k < j+n; k++ {
			if !isDigit(t[k]) {
				return false
			}
		}
		return j+n >= len(t) || !isDigit(t[j+n])
	}
	digitsAt := func(j int) int {
		k := j
		for k < len(t) && isDigit(t[k]) {
			k++
		}
		return k - j
	}
	n := digitsAt(i)
	end := i + n
	if end >= len(t) {
		return 0, false
	}
	sep := t[end]
	switch {
	case n == 4 && (sep == '-' || sep == '/' || sep == '.'):
		// YYYY-MM-DD or YYYY-MM
		m := digitsAt(end + 1)
		if m < 1 || m > 2 {
			return 0, false
		}
		k := end + 1 + m
		if k < len(t) && t[k] == sep && (d(k+1, 2) || d(k+1, 1)) {
			k += 1 + digitsAt(k+1)
			return k, true
		}
		if sep == '-' && m == 2 && (k >= len(t) || !isAlnum(t[k])) {
			mo := int(t[end+1]-'0')*10 + int(t[end+2]-'0')
			if mo >= 1 && mo <= 12 {
				return k, true // 2024-05
			}
		}
	case n >= 1 && n <= 2 && (sep == '/' || sep == '-' || sep == '.'):
		// DD/MM/YYYY, MM/DD/YYYY
		m := digitsAt(end + 1)
		if m < 1 || m > 2 {
			return 0, false
		}
		k := end + 1 + m
		if k < len(t) && t[k] == sep && (d(k+1, 4) || (sep == '/' && d(k+1, 2))) {
			return k + 1 + digitsAt(k+1), true
		}
	case n >= 1 && n <= 2 && sep == ':':
		if d(end+1, 2) {
			return end + 3, true
		}
	}
	return 0, false
}

// symbolBefore reports whether a currency symbol stands right before i.
func (s *scanner) symbolBefore(i int) bool {
	_, _, ok := s.prefixCurrency(i)
	return ok
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isAlnum(c byte) bool  { return isDigit(c) || isLetter(c) }

// lowerASCII lower-cases ASCII letters only, so byte offsets stay valid.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := make([]byte, len(s))
			copy(b, s[:i])
			for j := i; j < len(s); j++ {
				b[j] = lowerTable[s[j]]
			}
			// b is never written again, so it can back the string without a copy
			return unsafe.String(&b[0], len(b))
		}
	}
	return s
}

// lowerTable maps each byte to itself with A-Z lower-cased.
var lowerTable = func() (t [256]byte) {
	for i := range t {
		t[i] = byte(i)
		if i >= 'A' && i <= 'Z' {
			t[i] += 'a' - 'A'
		}
	}
	return t
}()

// pow10Table holds math.Pow(10, n) for |n| <= pow10Max, computed by math.Pow
// itself so that the table gives bit-for-bit the same results.
const pow10Max = 32

var pow10Table = func() (t [2*pow10Max + 1]float64) {
	for n := -pow10Max; n <= pow10Max; n++ {
		t[n+pow10Max] = math.Pow(10, float64(n))
	}
	return t
}()

// pow10 returns math.Pow(10, n).
func pow10(n int) float64 {
	if n >= -pow10Max && n <= pow10Max {
		return pow10Table[n+pow10Max]
	}
	return math.Pow(10, float64(n))
}

// hasWordAt reports whether lower-case word w starts at j and ends on a boundary.
func hasWordAt(low string, j int, w string) bool {
	if !strings.HasPrefix(low[j:], w) {
		return false
	}
	e := j + len(w)
	return e >= len(low) || !isAlnum(low[e])
}

// matchWords matches a lower-case phrase (single spaces stand for any run of
// spaces) at j and returns its end; the phrase must end on a word boundary.
func matchWords(low string, j int, phrase string) (int, bool) {
	k := j
	for p := 0; p < len(phrase); p++ {
		if phrase[p] == ' ' {
			if k >= len(low) || low[k] != ' ' && low[k] != '\n' && low[k] != '\t' {
				return 0, false
			}
			for k < len(low) && (low[k] == ' ' || low[k] == '\n' || low[k] == '\t') {
				k++
			}
			continue
		}
		if k >= len(low) || low[k] != phrase[p] {
			return 0, false
		}
		k++
	}
	if k < len(low) && isAlnum(low[k]) && isAlnum(phrase[len(phrase)-1]) {
		return 0, false
	}
	return k, true
}

// urlSpans returns the byte ranges of URLs, e-mail addresses and file paths,
// inside which nothing is a number mention.
func urlSpans(t string) [][2]int {
	var out [][2]int
	marks := urlMarks{t: t, next: [3]int{-2, -2, -2}}
	for i := 0; i < len(t); {
		j := marks.at(i)
		if j < 0 {
			break
		}
		start := j
		for start > 0 && !isSpaceByte(t[start-1]) {
			start--
		}
		end := j
		for end < len(t) && !isSpaceByte(t[end]) {
			end++
		}
		tok := t[start:end]
		if strings.Contains(tok, "://") || strings.HasPrefix(tok, "www.") ||
			(strings.Contains(tok, "@") && strings.Contains(tok, ".") && !strings.HasPrefix(tok, "@")) {
			out = append(out, [2]int{start, end})
			i = end
			continue
		}
		i = j + 1
	}
	return out
}

// urlMarks finds the next "://", "www." or "@", remembering each mark's next
// position so that the text is searched once per mark.
type urlMarks struct {
	t    string
	next [3]int // -2: not searched yet; -1: none left
}

var urlMarkStrings = [3]string{"://", "www.", "@"}

// at returns the position of the next mark at or after i, or -1.
func (u *urlMarks) at(i int) int {
	best := -1
	for k, mark := range urlMarkStrings {
		if u.next[k] == -2 || (u.next[k] >= 0 && u.next[k] < i) {
			u.next[k] = -1
			if j := strings.Index(u.t[i:], mark); j >= 0 {
				u.next[k] = i + j
			}
		}
		if n := u.next[k]; n >= 0 && (best < 0 || n < best) {
			best = n
		}
	}
	return best
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '"' || c == '<' || c == '>'
}

// isCJK reports whether r is a CJK ideograph.
func isCJK(r rune) bool { return unicode.Is(unicode.Han, r) }
