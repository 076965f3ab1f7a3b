package sheet

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"figcheck/figure"
)

// cellNumber is a number read from a cell's text.
type cellNumber struct {
	Digits  string  // the significant digits as stated, sign included ("-24105.4")
	Value   float64 // the number as stated (before any unit scale)
	Step    float64 // the precision of the last stated digit (0.1 for "24,105.4")
	Percent bool    // the text carried a % sign
	Unit    unitInfo
}

// emptyMarkers are cell texts that mean "no figure": statistical tables print
// them for not applicable, not available or confidential.
var emptyMarkers = map[string]bool{
	"-": true, "--": true, "---": true, "—": true, "——": true, "–": true, "－": true, "…": true,
	"……": true, "...": true, "..": true, "x": true, "×": true, "n/a": true, "na": true, "n.a.": true,
	"/": true, "nil": true, "null": true, "none": true, "无": true, "空": true,
}

// isEmptyMarker reports whether the text means "no figure".
func isEmptyMarker(s string) bool {
	if s != "" && s[0] >= '0' && s[0] <= '9' {
		return false // the usual number: no marker starts with a digit
	}
	return emptyMarkers[strings.ToLower(strings.TrimSpace(s))]
}

// errorValues are spreadsheet error results; a cell holding one is skipped with a warning.
var errorValues = map[string]bool{
	"#div/0!": true, "#ref!": true, "#n/a": true, "#value!": true, "#name?": true,
	"#num!": true, "#null!": true, "#getting_data": true, "#spill!": true, "#calc!": true,
	"#field!": true, "#blocked!": true, "#unknown!": true, "#connect!": true, "#busy!": true,
}

// isErrorValue reports whether the text is a spreadsheet error value such as #DIV/0!.
func isErrorValue(s string) bool {
	if strings.IndexByte(s, '#') < 0 {
		return false // every error value starts with #
	}
	return errorValues[strings.ToLower(strings.TrimSpace(s))]
}

var minusReplacer = strings.NewReplacer("\u2212", "-", "\u2013", "-", "\u2009", " ", "\u202f", " ")

// unitTokenRe matches the words a number may carry after it ("1.2万",
// "$4.1 bn", "3.5 billion yuan"); a cell with anything else is not a number.
var unitTokenRe = mustPattern(`万亿|千亿|百亿|亿|千万|百万|十万|万|千克|千|百分点|百|人民币|美元|港元|港币|欧元|日元|韩元|元|公斤|吨|[个台辆件套只艘架部块条双张]|` +
	`\b(?:trillions?|tn|trn|billions?|bn|bln|millions?|mn|mln|thousands?|k|hundreds?|rmb|cny|yuan|renminbi|usd|hkd|eur|euros?|jpy|yen|krw|won|dollars?|units?|pieces?|pcs|sets?|vehicles?|tonnes?|tons?|t|kgs?|percent|pp)\b|us\$|hk\$|[$¥€%]|\s`)

// digitSpaceRe joins digit groups separated by a space ("1 234.5").
var digitSpaceRe = mustPattern(`(\d) (\d{3})\b`)

var numRe = mustPattern(`^([+-]?)(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d*))?(?:e([+-]?\d{1,3}))?`)

// numMatch is the leading number of a text as numRe reads it.
type numMatch struct {
	sign, intPart, frac, exp string // numRe's groups ("" when absent)
	end                      int    // the length of the match
}

// scanNumber matches numRe at the start of s without the regexp engine
// (parseNumber runs on every cell). It always matches, possibly empty.
func scanNumber(s string) numMatch {
	var m numMatch
	p := 0
	if p < len(s) && (s[p] == '+' || s[p] == '-') {
		m.sign = s[p : p+1]
		p++
	}
	digits := func(from, most int) int { // end of the run of at most most digits from from
		i := from
		for i < len(s) && i-from < most && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		return i
	}
	start := p
	d := digits(p, len(s))
	// First alternative: 1-3 digits then one or more ",ddd" groups.
	grouped := d
	if n := d - p; n >= 1 && n <= 3 {
		for grouped < len(s) && s[grouped] == ',' && digits(grouped+1, 3) == grouped+4 {
			grouped += 4
		}
	}
	if grouped > d {
		p = grouped
	} else {
		p = d // second alternative: any digits
	}
	m.intPart = s[start:p]
	if p < len(s) && s[p] == '.' {
		e := digits(p+1, len(s))
		m.frac = s[p+1 : e]
		p = e
	}
	if p < len(s) && s[p] == 'e' {
		q := p + 1
		if q < len(s) && (s[q] == '+' || s[q] == '-') {
			q++
		}
		if e := digits(q, 3); e > q {
			m.exp = s[p+1 : e]
			p = e
		}
	}
	m.end = p
	return m
}

// parseNumber reads a cell's text as a number: "24,105.4", "1 234,5" is not
// accepted (ambiguous), "(1,234)" is -1234, "−5.2" and "+5.2" carry their sign,
// "12.3%" is 12.3 with Percent set, "1.2E+05" keeps its stated precision and a
// trailing unit ("1.2万", "3.5 billion", "$4.1 bn") is parsed into Unit.
// It returns false when the text is not a number.
func parseNumber(text string) (cellNumber, bool) {
	if n, ok := plainNumber(text); ok {
		return n, true
	}
	return parseNumberText(text)
}

// plainNumber reads the usual cell, "-24105.4" or "24,105.4" (ASCII digits
// with an optional minus, thousands grouped by commas, a fraction), as
// parseNumberText does but with at most one allocation; ok is false for
// any other text, which parseNumberText then reads.
func plainNumber(s string) (cellNumber, bool) {
	i := 0
	if len(s) > 0 && s[0] == '-' {
		i++
	}
	intStart := i
	commas := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if first := i - intStart; i < len(s) && s[i] == ',' {
		if first < 1 || first > 3 {
			return cellNumber{}, false
		}
		for i+3 < len(s) && s[i] == ',' && isDigits(s[i+1:i+4]) && (i+4 == len(s) || s[i+4] < '0' || s[i+4] > '9') {
			i += 4
			commas++
		}
	}
	intEnd := i
	fracLen := 0
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
			fracLen++
		}
		if fracLen == 0 {
			return cellNumber{}, false // "12.": left to the general reader
		}
	}
	if i != len(s) || intEnd == intStart || intEnd-intStart-commas+fracLen > 30 {
		return cellNumber{}, false
	}
	digits := s
	if commas > 0 {
		b := make([]byte, 0, len(s)-commas)
		for j := 0; j < len(s); j++ {
			if s[j] != ',' {
				b = append(b, s[j])
			}
		}
		digits = string(b)
	}
	v, err := strconv.ParseFloat(digits[intStart:], 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return cellNumber{}, false
	}
	if intStart == 1 {
		v = -v
	}
	return cellNumber{Digits: digits, Value: v, Step: math.Pow10(-fracLen)}, true
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// parseNumberText is parseNumber for any text.
func parseNumberText(text string) (cellNumber, bool) {
	s := normalize(text)
	if !isASCII(s) {
		s = minusReplacer.Replace(s)
	}
	for i := 0; i < 8 && strings.IndexByte(s, ' ') >= 0 && digitSpaceRe.MatchString(s); i++ {
		s = digitSpaceRe.ReplaceAllString(s, "$1$2")
	}
	s = strings.Replace(strings.Replace(s, "( ", "(", 1), " )", ")", 1)
	if len(s) > 1 && (s[0] == '-' || s[0] == '+') && s[1] == ' ' {
		s = s[:1] + strings.TrimLeft(s[1:], " ")
	}
	if s == "" {
		return cellNumber{}, false
	}
	neg := false
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		neg = true
		s = s[1 : len(s)-1]
	}
	// A currency sign may lead: "$4.1bn", "¥1.03万亿", "US$3".
	prefix := ""
	for _, p := range []string{"us$", "hk$", "$", "¥", "€", "rmb", "usd", "cny"} {
		if strings.HasPrefix(s, p) {
			prefix, s = p, s[len(p):]
			break
		}
		if strings.HasPrefix(s, "-"+p) {
			prefix, s = p, "-"+s[1+len(p):]
			break
		}
	}
	m := scanNumber(s)
	if m.intPart == "" && m.frac == "" {
		return cellNumber{}, false
	}
	sign, intPart, frac, exp := m.sign, m.intPart, m.frac, m.exp
	if strings.IndexByte(intPart, ',') >= 0 {
		intPart = strings.ReplaceAll(intPart, ",", "")
	}
	if len(intPart)+len(frac) > 30 {
		return cellNumber{}, false
	}
	rest := s[m.end:]
	if sign == "-" {
		if neg {
			return cellNumber{}, false
		}
		neg = true
	} else if sign == "+" && neg {
		return cellNumber{}, false
	}
	e := 0
	if exp != "" {
		e, _ = strconv.Atoi(exp)
	}
	if intPart == "" {
		intPart = "0"
	}
	digits := intPart + frac
	// value = digits × 10^(e - len(frac)); ParseFloat rounds it correctly.
	p := e - len(frac)
	v, err := strconv.ParseFloat(digits+"e"+strconv.Itoa(p), 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return cellNumber{}, false
	}
	n := cellNumber{Value: v, Step: math.Pow10(p)}
	if neg {
		n.Value = -v
		sign = "-"
	} else {
		sign = ""
	}
	n.Digits = sign + intPart
	if frac != "" {
		n.Digits += "." + frac
	}
	if exp != "" {
		n.Digits += "e" + exp
	}
	if rest != "" && strings.IndexByte("-/.:,+0123456789", rest[0]) >= 0 {
		return cellNumber{}, false // "2024-04", "1/2", "3.4.5": not a number
	}
	rest = strings.TrimSpace(rest)
	if prefix != "" {
		rest = prefix + " " + rest
	}
	if rest == "" {
		return n, true
	}
	if rest == "%" {
		n.Percent = true
		return n, true
	}
	u := parseUnit(rest)
	if !u.ok() || len(rest) > 40 || strings.TrimSpace(unitTokenRe.ReplaceAllString(rest, "")) != "" {
		return cellNumber{}, false
	}
	if u.Kind == kindPercent {
		n.Percent = u.Unit == "percent"
	}
	n.Unit = u
	return n, true
}

func abs64(i int64) int64 {
	if i < 0 {
		return -i
	}
	return i
}

// decimal returns the stated number times scale as integer digits and a
// power of ten (24105.4 × 1e4 is 241054 × 10^3); ok is false when scale is
// not a power of ten.
func (n cellNumber) decimal(scale float64) (mant *big.Int, exp int, ok bool) {
	if scale <= 0 || !isPow10(scale) || n.Digits == "" {
		return nil, 0, false
	}
	k := int(math.Round(math.Log10(scale)))
	digits, e := n.Digits, 0
	if i := strings.IndexByte(digits, 'e'); i >= 0 {
		e, _ = strconv.Atoi(digits[i+1:])
		digits = digits[:i]
	}
	frac := 0
	if i := strings.IndexByte(digits, '.'); i >= 0 {
		frac = len(digits) - i - 1
		digits = digits[:i] + digits[i+1:]
	}
	m, ok := new(big.Int).SetString(digits, 10)
	if !ok {
		return nil, 0, false
	}
	return m, e - frac + k, true
}

// decimal64 is decimal without big.Int for the usual short numbers: ok is
// false when there are more than 17 digits (or decimal itself fails); the
// mantissa is then below 1e17 in magnitude.
func (n cellNumber) decimal64(scale float64) (mant int64, exp int, ok bool) {
	if scale <= 0 || !isPow10(scale) || n.Digits == "" {
		return 0, 0, false
	}
	k := int(math.Round(math.Log10(scale)))
	digits, e := n.Digits, 0
	if i := strings.IndexByte(digits, 'e'); i >= 0 {
		e, _ = strconv.Atoi(digits[i+1:])
		digits = digits[:i]
	}
	frac, dot := 0, strings.IndexByte(digits, '.')
	if dot >= 0 {
		frac = len(digits) - dot - 1
	}
	var m int64
	nd := 0
	for i := 0; i < len(digits); i++ {
		c := digits[i]
		switch {
		case c >= '0' && c <= '9':
			if nd++; nd > 17 {
				return 0, 0, false
			}
			m = m*10 + int64(c-'0')
		case i == dot || i == 0 && c == '-':
		default:
			return 0, 0, false
		}
	}
	if nd == 0 {
		return 0, 0, false
	}
	if digits[0] == '-' {
		m = -m
	}
	return m, e - frac + k, true
}

// boundsOf is the value i × 10^p and its rounding interval (i×10 ∓ 5) × 10^(p-1).
func boundsOf(i int64, p int) (v, lo, hi float64, ok bool) {
	// Exact operands give one correctly rounded operation, the same float64
	// ParseFloat returns: integers below 2^53 and powers of ten up to 1e22.
	if a := abs64(i); a < (1<<53-5)/10 && p-1 >= -22 && p <= 22 {
		return scale10(float64(i), p), scale10(float64(i*10-5), p-1), scale10(float64(i*10+5), p-1), true
	}
	e := "e" + strconv.Itoa(p)
	e1 := "e" + strconv.Itoa(p-1)
	v, err1 := strconv.ParseFloat(strconv.FormatInt(i, 10)+e, 64)
	lo, err2 := strconv.ParseFloat(strconv.FormatInt(i*10-5, 10)+e1, 64)
	hi, err3 := strconv.ParseFloat(strconv.FormatInt(i*10+5, 10)+e1, 64)
	return v, lo, hi, err1 == nil && err2 == nil && err3 == nil && !math.IsInf(lo, 0) && !math.IsInf(hi, 0)
}

// pow10 are the powers of ten a float64 holds exactly.
var pow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
	1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// scale10 is f × 10^p for |p| ≤ 22.
func scale10(f float64, p int) float64 {
	if p < 0 {
		return f / pow10[-p]
	}
	return f * pow10[p]
}

// bounds returns the value, its rounding interval (half a unit of the last
// stated digit either side) and the step, all after scaling. Computed in
// decimal, 24105.4 × 1e4 is exactly 241054000 ± 500 and 3.2 is 3.15–3.25.
func (n cellNumber) bounds(scale float64) (value, low, high, step float64) {
	if i, p, ok := n.decimal64(scale); ok {
		// Fast path: the digits fit an int64 with room for ×10 ± 5.
		if v, lo, hi, ok := boundsOf(i, p); ok {
			return v, lo, hi, math.Pow10(p)
		}
	} else if m, p, ok := n.decimal(scale); ok && m.IsInt64() && abs64(m.Int64()) < 1e17 {
		if v, lo, hi, ok := boundsOf(m.Int64(), p); ok {
			return v, lo, hi, math.Pow10(p)
		}
	} else if ok {
		v, err1 := strconv.ParseFloat(m.String()+"e"+strconv.Itoa(p), 64)
		m10 := new(big.Int).Mul(m, big.NewInt(10))
		lo, err2 := strconv.ParseFloat(new(big.Int).Sub(m10, big.NewInt(5)).String()+"e"+strconv.Itoa(p-1), 64)
		hi, err3 := strconv.ParseFloat(new(big.Int).Add(m10, big.NewInt(5)).String()+"e"+strconv.Itoa(p-1), 64)
		if err1 == nil && err2 == nil && err3 == nil && !math.IsInf(lo, 0) && !math.IsInf(hi, 0) {
			return v, lo, hi, math.Pow10(p)
		}
	}
	v, st := n.Value*scale, n.Step*math.Abs(scale)
	iv := figure.Rounded(v, st)
	return v, iv.Low, iv.High, st
}
