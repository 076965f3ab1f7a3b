package sheet

import (
	"math"
	"regexp"
	"strconv"
	"strings"
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
	"/": true, "nil": true, "null": true, "none": true, "无": true, "空": true, "#n/a": false,
}

// isEmptyMarker reports whether the text means "no figure".
func isEmptyMarker(s string) bool {
	return emptyMarkers[strings.ToLower(strings.TrimSpace(s))]
}

// errorValues are spreadsheet error results; a cell holding one is skipped with a warning.
var errorValues = map[string]bool{
	"#div/0!": true, "#ref!": true, "#n/a": true, "#value!": true, "#name?": true,
	"#num!": true, "#null!": true, "#getting_data": true, "#spill!": true, "#calc!": true,
	"#field!": true, "#blocked!": true, "#unknown!": true, "#connect!": true, "#busy!": true,
}

// isErrorValue reports whether the text is a spreadsheet error value such as #DIV/0!.
func isErrorValue(s string) bool { return errorValues[strings.ToLower(strings.TrimSpace(s))] }

var numRe = regexp.MustCompile(`^([+-]?)(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d*))?(?:e([+-]?\d{1,3}))?`)

// parseNumber reads a cell's text as a number: "24,105.4", "1 234,5" is not
// accepted (ambiguous), "(1,234)" is -1234, "−5.2" and "+5.2" carry their sign,
// "12.3%" is 12.3 with Percent set, "1.2E+05" keeps its stated precision and a
// trailing unit ("1.2万", "3.5 billion", "$4.1 bn") is parsed into Unit.
// It returns false when the text is not a number.
func parseNumber(text string) (cellNumber, bool) {
	s := normalize(text)
	s = strings.NewReplacer("\u2212", "-", "\u2013", "-", " ", "", "\u2009", "", "\u202f", "").Replace(s)
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
	m := numRe.FindStringSubmatch(s)
	if m == nil || (m[2] == "" && m[3] == "") {
		return cellNumber{}, false
	}
	sign, intPart, frac, exp := m[1], strings.ReplaceAll(m[2], ",", ""), m[3], m[4]
	if len(intPart)+len(frac) > 30 {
		return cellNumber{}, false
	}
	rest := s[len(m[0]):]
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
	if !u.ok() || len(rest) > 40 {
		return cellNumber{}, false
	}
	if u.Kind == kindPercent {
		n.Percent = u.Unit == "percent"
	}
	n.Unit = u
	return n, true
}

// scaled returns the stated number times scale, computed in decimal so that
// 24105.4 × 1e4 is exactly 241054000, and the step scaled alike.
func (n cellNumber) scaled(scale float64) (value, step float64) {
	if scale == 1 {
		return n.Value, n.Step
	}
	if scale > 0 && isPow10(scale) {
		k := int(math.Round(math.Log10(scale)))
		mant, exp := n.Digits, 0
		if i := strings.IndexByte(mant, 'e'); i >= 0 {
			exp, _ = strconv.Atoi(mant[i+1:])
			mant = mant[:i]
		}
		frac := 0
		if i := strings.IndexByte(mant, '.'); i >= 0 {
			frac = len(mant) - i - 1
			mant = mant[:i] + mant[i+1:]
		}
		p := exp - frac + k
		if v, err := strconv.ParseFloat(mant+"e"+strconv.Itoa(p), 64); err == nil && !math.IsInf(v, 0) {
			return v, math.Pow10(p)
		}
	}
	return n.Value * scale, n.Step * math.Abs(scale)
}
