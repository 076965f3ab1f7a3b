package reports

import (
	"math"
	"strconv"
	"strings"

	"figcheck/figure"
	"figcheck/rules"
)

// currencySymbols are the prefixes editors expect; other currencies keep their code.
var currencySymbols = map[string]string{
	"CNY": "¥", "USD": "$", "EUR": "€", "GBP": "£", "JPY": "JP¥", "HKD": "HK$", "KRW": "₩",
}

// formatAmount renders a value in base units for people: ¥355.24B, $1.03T,
// 241.05M units, 23.5%, 1.2 pp, 7.1 CNY/USD. It is a stand-in until the rule
// engine exports its own formatter (rules.FormatAmount).
func formatAmount(v float64, unit string) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "n/a"
	}
	switch unit {
	case figure.UnitPercent:
		return decimals(v, 1, 2) + "%"
	case figure.UnitPP:
		return decimals(v, 1, 2) + " pp"
	case figure.UnitFold:
		return decimals(v, 1, 2) + "-fold"
	}
	sign := ""
	if v < 0 {
		sign, v = "-", -v
	}
	if num, den, ok := strings.Cut(unit, "/"); ok {
		sym, isMoney := currencySymbols[num]
		if !figure.IsCurrency(num) || figure.IsCurrency(den) { // an exchange rate such as CNY/USD
			return sign + decimals(v, 2, 4) + " " + unit
		}
		if !isMoney {
			sym = num + " "
		}
		// A unit value such as CNY/units: ¥1,106.60/unit.
		amount := groupThousands(decimals(v, 2, 2))
		if v >= 1e6 {
			amount = scaled(v)
		}
		return sign + sym + amount + "/" + strings.TrimSuffix(den, "s")
	}
	num := scaled(v)
	if sym, ok := currencySymbols[unit]; ok {
		return sign + sym + num
	}
	if unit == "" {
		return sign + num
	}
	return sign + num + " " + unit
}

// scaled shortens a non-negative number with K/M/B/T suffixes.
func scaled(v float64) string {
	switch {
	case v >= 1e12:
		return decimals(v/1e12, 2, 4) + "T"
	case v >= 1e9:
		return decimals(v/1e9, 2, 4) + "B"
	case v >= 1e6:
		return decimals(v/1e6, 2, 4) + "M"
	case v >= 1e4:
		return decimals(v/1e3, 0, 3) + "K"
	}
	return groupThousands(decimals(v, 0, 4))
}

// decimals formats v with at most max decimals, dropping trailing zeros down to min.
func decimals(v float64, min, max int) string {
	s := strconv.FormatFloat(v, 'f', max, 64)
	if max == 0 {
		return s
	}
	dot := strings.IndexByte(s, '.')
	end := len(s)
	for end > dot+1+min && s[end-1] == '0' {
		end--
	}
	if end == dot+1 {
		end = dot
	}
	s = s[:end]
	if s == "-0" || strings.HasPrefix(s, "-0") && strings.Trim(s, "-0.") == "" {
		s = s[1:]
	}
	return s
}

// groupThousands inserts commas into the integer part of a formatted number.
func groupThousands(s string) string {
	intPart, frac := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart, frac = s[:i], s[i:]
	}
	if len(intPart) <= 3 {
		return s
	}
	var b strings.Builder
	lead := len(intPart) % 3
	if lead > 0 {
		b.WriteString(intPart[:lead])
	}
	for i := lead; i < len(intPart); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(intPart[i : i+3])
	}
	return b.String() + frac
}

// formatBound renders an expected or actual interval: its midpoint when the
// interval is no wider than rounding (0.2% of the value), otherwise "low–high".
func formatBound(b *rules.Bound) string {
	if b == nil {
		return ""
	}
	lo, hi := formatAmount(b.Low, b.Unit), formatAmount(b.High, b.Unit)
	if lo == hi {
		return lo
	}
	mid := (b.Low + b.High) / 2
	if w := b.High - b.Low; w >= 0 && w <= 0.002*math.Abs(mid) {
		return formatAmount(mid, b.Unit)
	}
	if i := strings.LastIndexByte(hi, ' '); i > 0 && strings.HasSuffix(lo, hi[i:]) {
		lo = strings.TrimSuffix(lo, hi[i:]) // "7.21–7.28 CNY/USD", not "7.21 CNY/USD–7.28 CNY/USD"
	}
	return lo + "–" + hi
}

// wrappedLines estimates how many lines text takes in a wrapped column of the
// given width (in Excel's character units; East Asian characters count two).
func wrappedLines(text string, width float64) int {
	if text == "" {
		return 1
	}
	perLine := width * 1.1
	if perLine < 4 {
		perLine = 4
	}
	// A character counts at most as many columns as its UTF-8 bytes, so a
	// single line no longer in bytes than a line holds fits on one line.
	if float64(len(text)) <= perLine && strings.IndexByte(text, '\n') < 0 {
		return 1
	}
	lines := 0
	for _, para := range strings.Split(text, "\n") {
		w := 0.0
		for _, r := range para {
			if r >= 0x1100 && (r <= 0x115f || r >= 0x2e80 && r <= 0xa4cf || r >= 0xac00 && r <= 0xd7a3 ||
				r >= 0xf900 && r <= 0xfaff || r >= 0xfe30 && r <= 0xfe4f || r >= 0xff00 && r <= 0xff60 || r >= 0xffe0 && r <= 0xffe6) {
				w += 2
			} else {
				w++
			}
		}
		lines += max(1, int(math.Ceil(w/perLine)))
	}
	return lines
}

// rowHeight is the height in points of a row showing n lines, capped at Excel's maximum.
func rowHeight(n int) float64 {
	return math.Min(409, 15*float64(n)+3)
}

// differenceUnit is the unit a finding's absolute difference is stated in.
func differenceUnit(f rules.Finding) string {
	switch {
	case f.Expected != nil:
		return f.Expected.Unit
	case f.Actual != nil:
		return f.Actual.Unit
	}
	return ""
}

// finite replaces NaN and infinities by 0 so that every writer can encode the value.
func finite(v float64) float64 {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0
	}
	return v
}

// periodLabel is figure.Period.Label without the "unknown period" text.
func periodLabel(p figure.Period) string {
	if p.IsZero() {
		return ""
	}
	return p.Label()
}

// severityLabel capitalises a severity for people.
func severityLabel(s rules.Severity) string {
	switch s {
	case rules.SevError:
		return "Error"
	case rules.SevWarning:
		return "Warning"
	case rules.SevInfo:
		return "Info"
	}
	if s == "" {
		return ""
	}
	return strings.ToUpper(string(s[:1])) + string(s[1:])
}

// oneLine collapses whitespace runs (newlines included) to single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// truncate shortens s to at most n runes, marking the cut with an ellipsis.
func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
