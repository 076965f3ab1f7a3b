package rules

import (
	"math"
	"strconv"
	"strings"

	"figcheck/figure"
)

// currencySymbols are the prefixes FormatAmount writes for well-known currencies.
var currencySymbols = map[string]string{
	"CNY": "¥", "USD": "$", "EUR": "€", "GBP": "£", "HKD": "HK$", "JPY": "JP¥", "KRW": "₩",
	"TWD": "NT$", "AUD": "A$", "CAD": "C$",
}

// CurrencySymbol returns the symbol used for a currency code in messages
// ("¥" for CNY, "$" for USD), or the code followed by a space.
func CurrencySymbol(code string) string {
	if s, ok := currencySymbols[code]; ok {
		return s
	}
	return code + " "
}

// FormatAmount renders a value in base units for people, with its unit:
// ¥355.24B, $142.17B, 241.05M units, 23.5%, 1.2 pp, ¥7.12/$ (a CNY/USD rate),
// ¥1,106.60/unit (a CNY/units unit value). Scaled amounts keep two decimals
// ("¥352.10B") unless both are zero ("¥100B").
func FormatAmount(v float64, unit string) string {
	if math.IsNaN(v) {
		return "n/a"
	}
	if math.IsInf(v, 0) {
		if v > 0 {
			return "∞"
		}
		return "-∞"
	}
	switch unit {
	case figure.UnitPercent:
		return FormatNumber(v, 2) + "%"
	case figure.UnitPP:
		return FormatNumber(v, 2) + " pp"
	case figure.UnitFold:
		return FormatNumber(v, 2) + "-fold"
	case figure.UnitUnits:
		return scaled(v) + " units"
	case figure.UnitTonnes:
		return scaled(v) + " tonnes"
	case "":
		return scaled(v)
	}
	if num, den, ok := strings.Cut(unit, "/"); ok {
		// A ratio: a rate (CNY/USD) or a unit value (CNY/units).
		if figure.IsCurrency(num) {
			s := signed(v, CurrencySymbol(num), small(math.Abs(v)))
			switch {
			case figure.IsCurrency(den):
				return s + "/" + strings.TrimSpace(CurrencySymbol(den))
			case den == figure.UnitUnits:
				return s + "/unit"
			case den == figure.UnitTonnes:
				return s + "/tonne"
			}
			return s + "/" + den
		}
		return small(v) + " " + unit
	}
	if figure.IsCurrency(unit) {
		return signed(v, CurrencySymbol(unit), scaledAbs(math.Abs(v)))
	}
	return scaled(v) + " " + unit
}

// FormatRange renders an interval with its unit: "¥1.03T" when both ends format
// the same, "¥1.02T–¥1.04T" otherwise.
func FormatRange(lo, hi float64, unit string) string {
	a, b := FormatAmount(lo, unit), FormatAmount(hi, unit)
	if a == b {
		return a
	}
	return a + "–" + b
}

// FormatPercent renders a ratio already in percent with one decimal ("0.9%"),
// or more decimals for small values ("0.04%").
func FormatPercent(p float64) string {
	a := math.Abs(p)
	switch {
	case a == 0:
		return "0%"
	case a < 0.1:
		return FormatNumber(p, 3) + "%"
	}
	return FormatNumber(p, 1) + "%"
}

// FormatNumber renders v with at most prec decimals, trailing zeros dropped,
// and thousands separators ("24,105.4").
func FormatNumber(v float64, prec int) string {
	s := strconv.FormatFloat(v, 'f', prec, 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if s == "-0" {
		s = "0"
	}
	return group(s)
}

func signed(v float64, sym, body string) string {
	if v < 0 {
		return "-" + sym + body
	}
	return sym + body
}

func scaled(v float64) string {
	if v < 0 {
		return "-" + scaledAbs(-v)
	}
	return scaledAbs(v)
}

// scaledAbs writes a non-negative amount with a K/M/B/T suffix and two decimals.
func scaledAbs(a float64) string {
	steps := []struct {
		f float64
		s string
	}{{1e12, "T"}, {1e9, "B"}, {1e6, "M"}}
	for _, st := range steps {
		if a >= st.f*0.9995 {
			return twoDecimals(a/st.f) + st.s
		}
	}
	return small(a)
}

// small renders an amount below a million: thousands separators, up to two decimals.
func small(a float64) string {
	if math.Abs(a) >= 100 {
		return FormatNumber(a, 1)
	}
	if math.Abs(a) >= 1 {
		return FormatNumber(a, 2)
	}
	return FormatNumber(a, 4)
}

func twoDecimals(x float64) string {
	s := strconv.FormatFloat(x, 'f', 2, 64)
	s = strings.TrimSuffix(s, ".00")
	return group(s)
}

// group inserts thousands separators into the integer part of a decimal string.
func group(s string) string {
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	intPart, frac, hasFrac := strings.Cut(s, ".")
	if len(intPart) > 3 {
		var b strings.Builder
		pre := len(intPart) % 3
		if pre > 0 {
			b.WriteString(intPart[:pre])
		}
		for i := pre; i < len(intPart); i += 3 {
			if b.Len() > 0 {
				b.WriteByte(',')
			}
			b.WriteString(intPart[i : i+3])
		}
		intPart = b.String()
	}
	if hasFrac {
		intPart += "." + frac
	}
	if neg {
		return "-" + intPart
	}
	return intPart
}
