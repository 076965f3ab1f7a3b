package numbers

import (
	"sort"
	"strings"
)

// scaleWord is a word or suffix that multiplies a number.
type scaleWord struct {
	text  string  // lower-case unless exact
	exact bool    // match case-sensitively (single letters such as "M")
	mul   float64 // multiplier
	glued bool    // may follow the digits without a space
	alone bool    // may follow after a space
	money bool    // only after a currency ("$5m")
}

var scaleWords = func() []scaleWord {
	w := []scaleWord{
		{text: "trillion", mul: 1e12, glued: true, alone: true},
		{text: "trillions", mul: 1e12, alone: true},
		{text: "billion", mul: 1e9, glued: true, alone: true},
		{text: "billions", mul: 1e9, alone: true},
		{text: "million", mul: 1e6, glued: true, alone: true},
		{text: "millions", mul: 1e6, alone: true},
		{text: "thousand", mul: 1e3, glued: true, alone: true},
		{text: "hundred", mul: 1e2, alone: true},
		{text: "lakh", mul: 1e5, alone: true},
		{text: "lakhs", mul: 1e5, alone: true},
		{text: "crore", mul: 1e7, alone: true},
		{text: "crores", mul: 1e7, alone: true},
		{text: "tn", mul: 1e12, glued: true, alone: true},
		{text: "trn", mul: 1e12, glued: true, alone: true},
		{text: "tln", mul: 1e12, glued: true, alone: true},
		{text: "bn", mul: 1e9, glued: true, alone: true},
		{text: "bln", mul: 1e9, glued: true, alone: true},
		{text: "mn", mul: 1e6, glued: true, alone: true},
		{text: "mln", mul: 1e6, glued: true, alone: true},
		{text: "mil", mul: 1e6, glued: true},
		{text: "MM", exact: true, mul: 1e6, glued: true},
		{text: "k", mul: 1e3, glued: true, alone: true},
		{text: "M", exact: true, mul: 1e6, glued: true, alone: true},
		{text: "m", exact: true, mul: 1e6, glued: true, money: true},
		{text: "b", mul: 1e9, glued: true},
		{text: "G", exact: true, mul: 1e9, alone: true},
	}
	sort.SliceStable(w, func(i, j int) bool { return len(w[i].text) > len(w[j].text) })
	return w
}()

// cjkScales are the Chinese scale characters, longest first.
var cjkScales = []struct {
	text string
	mul  float64
}{
	{"万亿", 1e12}, {"千亿", 1e11}, {"百亿", 1e10}, {"十亿", 1e9}, {"千万", 1e7}, {"百万", 1e6},
	{"十万", 1e5}, {"亿", 1e8}, {"万", 1e4}, {"千", 1e3}, {"百", 1e2},
}

// scaleIndex finds a scale word by its spelling: lower-case for the words
// matched without case, as written for the exact ones. No exact word
// lower-cases to a case-insensitive one, so a word has at most one entry.
var scaleIndex = func() map[string]scaleWord {
	m := make(map[string]scaleWord, len(scaleWords))
	for _, w := range scaleWords {
		m[w.text] = w
	}
	return m
}()

// scaleMask[n][first] has bit last-'a' set when some scale word of length n,
// lower-cased, begins with letter first and ends with letter last.
var scaleMask = func() (m [maxScaleLen + 1][26]uint32) {
	for _, w := range scaleWords {
		lw := strings.ToLower(w.text)
		m[len(lw)][lw[0]-'a'] |= 1 << (lw[len(lw)-1] - 'a')
	}
	return m
}()

// lookupScale returns the scale word spelled t[k:e] (low is its lower-cased copy).
func lookupScale(t, low string, k, e int) (scaleWord, bool) {
	if n := e - k; n == 0 || n > maxScaleLen || scaleMask[n][low[k]-'a']&(1<<(low[e-1]-'a')) == 0 {
		return scaleWord{}, false
	}
	if w, ok := scaleIndex[low[k:e]]; ok && !w.exact {
		return w, true
	}
	if w, ok := scaleIndex[t[k:e]]; ok && w.exact {
		return w, true
	}
	return scaleWord{}, false
}

// scaleAfter matches a scale word at j. first is true right after the digits
// (where glued suffixes such as "10k" are allowed); money allows "$5m".
func (s *scanner) scaleAfter(j int, first, money bool) (float64, int, bool) {
	t, low := s.text, s.low
	if j >= len(t) {
		return 0, 0, false
	}
	if first && t[j] >= 0x80 {
		for _, c := range cjkScales {
			if strings.HasPrefix(t[j:], c.text) {
				return c.mul, j + len(c.text), true
			}
		}
	}
	glued := isLetter(t[j])
	k := j
	if t[j] == '-' && j+1 < len(t) && isLetter(t[j+1]) {
		// "a $5-billion deal": only whole scale words after a hyphen
		e := letterEnd(t, j+1)
		if e < len(t) && isDigit(t[e]) {
			return 0, 0, false
		}
		if w, ok := scaleIndex[low[j+1:e]]; ok && len(w.text) >= 4 && !w.exact {
			return w.mul, e, true
		}
		return 0, 0, false
	}
	if !glued {
		k = skipGap(t, j)
		if k == j || k >= len(t) || !isLetter(t[k]) {
			return 0, 0, false
		}
	}
	// a scale word is the whole run of letters at k, not followed by a digit
	e := letterEnd(t, k)
	if e-k > maxScaleLen || e < len(t) && isDigit(t[e]) {
		return 0, 0, false
	}
	w, ok := lookupScale(t, low, k, e)
	if !ok {
		return 0, 0, false
	}
	if glued && (!first || !w.glued) || !glued && !w.alone {
		return 0, 0, false
	}
	if w.money && !money {
		return 0, 0, false
	}
	if !first && len(w.text) < 4 {
		return 0, 0, false // a second scale must be a word: "lakh crore", "thousand million"
	}
	// "5 m long", "2 b" are not scales; a lone "M" or "G" must not start a sentence word
	if len(w.text) == 1 && e < len(t) && (t[e] == '.' && e+1 < len(t) && isLetter(t[e+1])) {
		return 0, 0, false
	}
	return w.mul, e, true
}

// maxScaleLen is at least the length of the longest scale word.
const maxScaleLen = 9

// letterEnd returns the end of the run of ASCII letters starting at k.
func letterEnd(t string, k int) int {
	for k < len(t) && isLetter(t[k]) {
		k++
	}
	return k
}

// currency is a matched currency word, code or symbol.
type currency struct {
	iso   string
	end   int
	scale float64 // MUSD-style codes carry a million
}

// currencyWords are words written after an amount, longest first at match time.
var currencyWords = map[string]string{
	"us dollars": "USD", "us dollar": "USD", "u.s. dollars": "USD", "u.s. dollar": "USD",
	"american dollars": "USD", "dollars": "USD", "dollar": "USD", "united states dollars": "USD",
	"australian dollars": "AUD", "australian dollar": "AUD", "canadian dollars": "CAD", "canadian dollar": "CAD",
	"hong kong dollars": "HKD", "hong kong dollar": "HKD", "hk dollars": "HKD", "singapore dollars": "SGD",
	"singapore dollar": "SGD", "new zealand dollars": "NZD", "taiwan dollars": "TWD", "new taiwan dollars": "TWD",
	"chinese yuan": "CNY", "yuan": "CNY", "renminbi": "CNY", "yuan renminbi": "CNY",
	"yen": "JPY", "japanese yen": "JPY", "won": "KRW", "korean won": "KRW", "south korean won": "KRW",
	"euros": "EUR", "euro": "EUR", "pounds sterling": "GBP", "pounds": "GBP", "pound": "GBP", "sterling": "GBP",
	"british pounds": "GBP", "swiss francs": "CHF", "swiss franc": "CHF", "francs": "CHF", "franc": "CHF",
	"rupees": "INR", "indian rupees": "INR", "roubles": "RUB", "rubles": "RUB", "ringgit": "MYR",
	"baht": "THB", "rupiah": "IDR", "mexican pesos": "MXN", "pesos": "MXN", "reais": "BRL",
	"us$": "USD",
}

// isoCodes are currency codes accepted before or after an amount, each with
// the code it stands for; lower-case spellings are accepted only for the
// common ones.
var isoCodes = map[string]string{
	"USD": "USD", "EUR": "EUR", "GBP": "GBP", "CNY": "CNY", "RMB": "CNY", "JPY": "JPY", "HKD": "HKD",
	"KRW": "KRW", "CAD": "CAD", "AUD": "AUD", "CHF": "CHF", "INR": "INR", "SGD": "SGD", "NZD": "NZD",
	"TWD": "TWD", "MXN": "MXN", "SEK": "SEK", "NOK": "NOK", "DKK": "DKK", "RUB": "RUB", "BRL": "BRL",
	"ZAR": "ZAR", "MYR": "MYR", "THB": "THB", "IDR": "IDR", "VND": "VND", "CNH": "CNY",
}

var lowerCodes = map[string]bool{"usd": true, "eur": true, "gbp": true, "cny": true, "rmb": true, "jpy": true, "hkd": true}

// codeCurrency reads a currency code ("USD", "rmb", "MUSD").
func codeCurrency(tok string) (currency, bool) {
	if len(tok) != 3 && len(tok) != 4 {
		return currency{}, false
	}
	var buf [4]byte
	exact := true // tok is already upper-case
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
			exact = false
		}
		buf[i] = c
	}
	up := buf[:len(tok)]
	if iso, ok := isoCodes[string(up)]; ok {
		if exact || lowerCodes[tok] || tok == "Rmb" {
			return currency{iso: iso, scale: 1}, true
		}
		return currency{}, false
	}
	if len(tok) == 4 && exact && tok[0] == 'M' {
		if _, ok := isoCodes[tok[1:]]; ok {
			// "MRMB" and "MCNH" keep the code as written
			return currency{iso: tok[1:], scale: 1e6}, true
		}
	}
	return currency{}, false
}

// symbols after an amount (and CJK currency words, which follow without a space).
var suffixSymbols = []struct{ text, iso string }{
	{"人民币", "CNY"}, {"美元", "USD"}, {"港元", "HKD"}, {"港币", "HKD"}, {"欧元", "EUR"}, {"日元", "JPY"},
	{"韩元", "KRW"}, {"英镑", "GBP"}, {"元", "CNY"}, {"$", "USD"}, {"€", "EUR"}, {"£", "GBP"}, {"¥", "CNY"},
}

var sortedCurrencyWords = func() []string {
	w := make([]string, 0, len(currencyWords))
	for k := range currencyWords {
		w = append(w, k)
	}
	sort.Slice(w, func(i, j int) bool {
		if len(w[i]) != len(w[j]) {
			return len(w[i]) > len(w[j])
		}
		return w[i] < w[j]
	})
	return w
}()

// currencyWordsByFirst holds sortedCurrencyWords by first byte, in the same order.
var currencyWordsByFirst = func() (idx [256][]string) {
	for _, w := range sortedCurrencyWords {
		idx[w[0]] = append(idx[w[0]], w)
	}
	return idx
}()

// suffixCurrency matches a currency written after an amount, starting at j.
func (s *scanner) suffixCurrency(j int) (currency, bool) {
	t, low := s.text, s.low
	k := skipGap(t, j)
	if k == j && k+1 < len(t) && t[k] == '-' && isLetter(t[k+1]) {
		k++ // "a 1.2-trillion-yuan deal"
	}
	if k >= len(t) {
		return currency{}, false
	}
	// every symbol is "$" or starts with a multi-byte character
	for _, sym := range suffixSymbols {
		if t[k] != '$' && t[k] < 0x80 {
			break
		}
		if !strings.HasPrefix(t[k:], sym.text) {
			continue
		}
		e := k + len(sym.text)
		if sym.text[0] < 0x80 || strings.HasPrefix(sym.text, "€") || strings.HasPrefix(sym.text, "£") || strings.HasPrefix(sym.text, "¥") {
			// a symbol that opens the next amount ("10 $5") is not this one's
			r := e
			for r < len(t) && t[r] == ' ' {
				r++
			}
			if r < len(t) && (isDigit(t[r]) || isLetter(t[r])) {
				return currency{}, false
			}
		}
		return currency{iso: sym.iso, end: e, scale: 1}, true
	}
	if !isLetter(t[k]) {
		return currency{}, false
	}
	e := k
	for e < len(t) && isLetter(t[e]) {
		e++
	}
	if c, ok := codeCurrency(t[k:e]); ok && (e >= len(t) || !isDigit(t[e])) {
		c.end = e
		return c, true
	}
	for _, w := range currencyWordsByFirst[low[k]] {
		if end, ok := matchWords(low, k, w); ok {
			return currency{iso: currencyWords[w], end: end, scale: 1}, true
		}
	}
	return currency{}, false
}

// dollarPrefixes are letters written before "$" ("US$", "HK$", "c $").
var dollarPrefixes = map[string]string{
	"us": "USD", "u.s.": "USD", "u.s": "USD", "usd": "USD", "hk": "HKD", "hkd": "HKD",
	"c": "CAD", "cad": "CAD", "ca": "CAD", "a": "AUD", "au": "AUD", "aud": "AUD", "nz": "NZD", "nzd": "NZD",
	"s": "SGD", "sg": "SGD", "nt": "TWD", "r": "BRL", "mex": "MXN",
}

// prefixSymbols are currency symbols written before an amount.
var prefixSymbols = []struct{ text, iso string }{
	{"¥", "CNY"}, {"￥", "CNY"}, {"€", "EUR"}, {"£", "GBP"}, {"₩", "KRW"}, {"₹", "INR"}, {"₽", "RUB"},
}

// prefixCurrency matches a currency written before the number (or its sign)
// at i and returns its code, the start of the mention and a scale.
func (s *scanner) prefixCurrency(i int) (string, int, bool) {
	iso, st, _, ok := s.prefixCurrencyScale(i)
	return iso, st, ok
}

func (s *scanner) prefixCurrencyScale(i int) (string, int, float64, bool) {
	t := s.text
	p := i
	for p > s.lastEnd && t[p-1] == ' ' && i-p < 2 {
		p--
	}
	if p <= s.lastEnd {
		return "", 0, 0, false
	}
	if t[p-1] == '$' {
		q := p - 1
		r := q
		if r > s.lastEnd && t[r-1] == ' ' {
			r--
		}
		w := r
		for w > s.lastEnd && (isLetter(t[w-1]) || t[w-1] == '.') {
			w--
		}
		if w < r && (w == 0 || !isAlnum(t[w-1])) {
			tok := t[w:r]
			iso, ok := dollarPrefixes[s.low[w:r]] // tok is ASCII letters and dots
			// single letters only glued and upper-case ("C$", "A$"), except "c $" in tokenised text
			if ok && len(strings.TrimRight(tok, ".")) == 1 && r != q && tok != "c" {
				ok = false
			}
			if ok && len(tok) == 1 && r == q && tok[0] >= 'a' && tok != "c" {
				ok = false
			}
			if ok {
				return iso, w, 1, true
			}
		}
		return "USD", q, 1, true
	}
	// every symbol ends in a byte of a multi-byte character
	for _, sym := range prefixSymbols {
		if t[p-1] < 0x80 {
			break
		}
		if strings.HasSuffix(t[s.lastEnd:p], sym.text) {
			return sym.iso, p - len(sym.text), 1, true
		}
	}
	if p < i && isLetter(t[p-1]) {
		w := p - 1
		for w > s.lastEnd && isLetter(t[w-1]) {
			w--
		}
		if w == 0 || !isAlnum(t[w-1]) {
			if c, ok := codeCurrency(t[w:p]); ok {
				return c.iso, w, c.scale, true
			}
		}
	}
	return "", 0, 0, false
}

// percentAfter matches a percent sign or word at j.
func (s *scanner) percentAfter(j int) (int, string, bool) {
	t, low := s.text, s.low
	k := j
	for k < len(t) && t[k] == ' ' && k-j < 2 {
		k++
	}
	if k >= len(t) {
		return 0, "", false
	}
	if t[k] == '%' || strings.HasPrefix(t[k:], "％") {
		e := k + 1
		if t[k] != '%' {
			e = k + len("％")
		}
		if e < len(t) && isAlnum(t[e]) {
			return 0, "", false // URL escape such as %20
		}
		if end, ok := matchWords(low, e, " points"); ok && k == j {
			return end, UnitPP, true
		}
		return e, UnitPercent, true
	}
	if k == j && t[k] == '-' && k+1 < len(t) && isLetter(t[k+1]) {
		// "a 5-percent rise", "a 2-percentage-point drop"
		for _, w := range []struct{ text, unit string }{{"percentage-points", UnitPP}, {"percentage-point", UnitPP}, {"percent", UnitPercent}, {"per-cent", UnitPercent}} {
			if hasWordAt(low, k+1, w.text) {
				return k + 1 + len(w.text), w.unit, true
			}
		}
		return 0, "", false
	}
	if k == j && isLetter(t[k]) && !strings.HasPrefix(low[k:], "pct") && !strings.HasPrefix(low[k:], "pp") {
		return 0, "", false
	}
	for _, w := range percentWords {
		if low[k] != w.text[0] {
			continue
		}
		if end, ok := matchWords(low, k, w.text); ok {
			return end, w.unit, true
		}
	}
	return 0, "", false
}

var percentWords = []struct{ text, unit string }{
	{"percentage points", UnitPP}, {"percentage point", UnitPP}, {"per cent", UnitPercent},
	{"pct points", UnitPP}, {"pct point", UnitPP}, {"ppts", UnitPP}, {"ppt", UnitPP},
	{"percents", UnitPercent}, {"percentage", UnitPercent}, {"percent", UnitPercent}, {"pct", UnitPercent},
	{"pp", UnitPP},
}

// foldAfter matches "-fold" or " fold" at j.
func (s *scanner) foldAfter(j int) (int, bool) {
	if end, ok := matchWords(s.low, j, "-fold"); ok {
		return end, true
	}
	if end, ok := matchWords(s.low, j, " fold"); ok {
		return end, true
	}
	return 0, false
}

// skipGap returns where the word after an amount starts: past up to three
// spaces, or past one line break with the spaces around it, as text pasted
// from a PDF breaks lines inside a phrase ("3.88\ntrillion yuan",
// "2.33 trillion\n   yuan"). A blank line ends the phrase.
func skipGap(t string, j int) int {
	k := j
	for k < len(t) && t[k] == ' ' && k-j < 3 {
		k++
	}
	if k < len(t) && (t[k] == '\n' || t[k] == '\r') {
		n := k
		if t[n] == '\r' {
			n++
		}
		if n < len(t) && t[n] == '\n' {
			n++
			m := n
			for m < len(t) && (t[m] == ' ' || t[m] == '\t') && m-n < 12 {
				m++
			}
			if m < len(t) && t[m] != '\n' && t[m] != '\r' {
				return m
			}
		}
	}
	return k
}
