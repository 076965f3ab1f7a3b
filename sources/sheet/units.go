package sheet

import (
	"math"
	"strconv"
	"strings"

	"golang.org/x/text/width"

	"figcheck/figure"
)

// unitKind says what a unit measures.
type unitKind int

const (
	kindNone     unitKind = iota // nothing recognised
	kindMoney                    // a currency, possibly scaled (万元, USD 1,000)
	kindQuantity                 // counts or weights (万个, 吨, 10,000 units)
	kindPercent                  // percent or percentage points
	kindScale                    // a bare scale with no unit (万, million)
	kindRatio                    // money per quantity (美元/吨, USD/kg): a unit value
)

// unitInfo is a parsed unit: base unit, the factor that turns a stated number
// into base units, and what kind of thing it measures.
type unitInfo struct {
	Unit  string  // CNY, USD, units, tonnes, percent, pp, or a raw quantity unit
	Scale float64 // 1e4 for 万元; 1e-3 for 千克 (kg in tonnes)
	Kind  unitKind
}

func (u unitInfo) ok() bool { return u.Kind != kindNone }

// normalize folds full-width forms to ASCII, lower-cases and trims.
func normalize(s string) string {
	if !isASCII(s) {
		s = spaceReplacer.Replace(width.Fold.String(s))
	}
	return strings.ToLower(strings.TrimSpace(s))
}

var spaceReplacer = strings.NewReplacer("\u00a0", " ", "\u3000", " ", "\u2009", " ")

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

type currencyAlias struct {
	re   *pattern
	code string
}

// currencies is checked in order: HK$ before $, 美元 before 元, 日元 before 元.
var currencies = []currencyAlias{
	{mustPattern(`港元|港币|hk\$|\bhkd\b|hong kong dollars?`), "HKD"},
	{mustPattern(`美元|us\$|\busd\b|\bus dollars?\b|\bdollars?\b|\$`), "USD"},
	{mustPattern(`欧元|\beur\b|\beuros?\b|€`), "EUR"},
	{mustPattern(`日元|\bjpy\b|\byen\b`), "JPY"},
	{mustPattern(`韩元|\bkrw\b|\bwon\b`), "KRW"},
	{mustPattern(`人民币|元|\brmb\b|\bcny\b|\byuan\b|\brenminbi\b|¥`), "CNY"},
}

type quantityAlias struct {
	re    *pattern
	unit  string
	scale float64
}

// quantities: weights are in tonnes (kilograms scale by 1e-3), counts in units.
var quantities = []quantityAlias{
	{mustPattern(`千克|公斤|\bkgs?\b|\bkilograms?\b|\bkilos?\b`), figure.UnitTonnes, 1e-3},
	{mustPattern(`吨|\btonnes?\b|\btons?\b|\bmetric tons?\b|\bmt\b|^t$`), figure.UnitTonnes, 1},
	{mustPattern(`[个台辆件套只艘架部块条双张把颗支头]|\bunits?\b|\bpieces?\b|\bpcs\b|\bsets?\b|\bvehicles?\b|\bitems?\b|\bheads?\b|\bnumber\b`), figure.UnitUnits, 1},
}

type scaleAlias struct {
	re    *pattern
	scale float64
}

// scales: Chinese multipliers longest first; 千克 and 百分 are not scales.
var scales = []scaleAlias{
	{mustPattern(`万亿`), 1e12},
	{mustPattern(`千亿`), 1e11},
	{mustPattern(`百亿`), 1e10},
	{mustPattern(`亿`), 1e8},
	{mustPattern(`千万`), 1e7},
	{mustPattern(`百万`), 1e6},
	{mustPattern(`十万`), 1e5},
	{mustPattern(`万`), 1e4},
	{mustPattern(`千`), 1e3},
	{mustPattern(`\b(?:trillions?|tn|trn)\b`), 1e12},
	{mustPattern(`\b(?:billions?|bn|bln)\b`), 1e9},
	{mustPattern(`\b(?:millions?|mn|mln)\b`), 1e6},
	{mustPattern(`\b(?:thousands?|k)\b|'000`), 1e3},
	{mustPattern(`\bhundreds?\b`), 1e2},
}

var (
	factorRe  = mustPattern(`\d{1,3}(?:,\d{3})+|\d+`)
	percentRe = mustPattern(`%|\bpercent\b|\bper cent\b|百分比|百分率|‰`)
	ppRe      = mustPattern(`百分点|\bpercentage points?\b|\bpp\b|\bppts?\b`)
	// nonScale removes words whose characters would otherwise read as scales.
	nonScale = strings.NewReplacer("千克", " kg ", "百分点", " pp ", "百分比", " % ", "百分率", " % ", "千瓦", "")
)

// parseUnit reads a unit expression: "万元", "亿美元", "RMB 10,000",
// "CNY 100 million", "USD", "10,000 units", "万个", "吨", "%". It returns a
// zero unitInfo when it finds nothing it knows.
func parseUnit(s string) unitInfo {
	s = nonScale.Replace(normalize(s))
	if s == "" {
		return unitInfo{}
	}
	if a, b, ok := strings.Cut(s, "/"); ok && !strings.Contains(b, "/") {
		// A unit value: "美元/吨" is USD per tonne, "USD/kg" USD per tonne × 1000.
		num, den := parseUnit(a), parseUnit(b)
		if num.Kind == kindMoney && den.Kind == kindQuantity && den.Scale > 0 {
			return unitInfo{Unit: num.Unit + "/" + den.Unit, Scale: num.Scale / den.Scale, Kind: kindRatio}
		}
	}
	if ppRe.MatchString(s) {
		return unitInfo{Unit: figure.UnitPP, Scale: 1, Kind: kindPercent}
	}
	if percentRe.MatchString(s) {
		return unitInfo{Unit: figure.UnitPercent, Scale: 1, Kind: kindPercent}
	}
	scale := 1.0
	scaled := false
	for _, sc := range scales {
		if loc := sc.re.FindStringIndex(s); loc != nil {
			scale = sc.scale
			scaled = true
			s = s[:loc[0]] + " " + s[loc[1]:]
			break
		}
	}
	// A power-of-ten factor such as "10,000" or "100" multiplies the scale.
	for _, m := range factorRe.FindAllString(s, -1) {
		n, err := strconv.ParseFloat(strings.ReplaceAll(m, ",", ""), 64)
		if err != nil || n < 1 || !isPow10(n) {
			continue
		}
		scale *= n
		scaled = scaled || n > 1
	}
	for _, c := range currencies {
		if c.re.MatchString(s) {
			return unitInfo{Unit: c.code, Scale: scale, Kind: kindMoney}
		}
	}
	for _, q := range quantities {
		if q.re.MatchString(s) {
			return unitInfo{Unit: q.unit, Scale: scale * q.scale, Kind: kindQuantity}
		}
	}
	if scaled {
		return unitInfo{Unit: "", Scale: scale, Kind: kindScale}
	}
	return unitInfo{}
}

// parseRowUnit reads the per-row unit column of a customs table. Units it does
// not know (立方米, 千瓦时) are kept as quantities in their own words, with a
// leading Chinese scale applied ("万立方米" is 1e4 立方米).
func parseRowUnit(s string) unitInfo {
	u := parseUnit(s)
	if u.Kind != kindNone && u.Kind != kindScale {
		return u
	}
	t := strings.TrimSpace(s)
	if t == "" || isEmptyMarker(t) || len(t) > 40 || strings.ContainsAny(t, "0123456789") {
		return unitInfo{}
	}
	scale := 1.0
	for prefix, sc := range map[string]float64{"万": 1e4, "亿": 1e8, "千": 1e3} {
		if strings.HasPrefix(t, prefix) && len(t) > len(prefix) {
			scale = sc
			t = t[len(prefix):]
			break
		}
	}
	return unitInfo{Unit: t, Scale: scale, Kind: kindQuantity}
}

func isPow10(n float64) bool {
	l := math.Log10(n)
	return math.Abs(l-math.Round(l)) < 1e-9
}

var parenRe = mustPattern(`[(（\[【]([^)）\]】]*)[)）\]】]`)

// headerUnit finds the unit a header label states: first inside brackets
// ("金额（万元）", "Value (RMB 10,000)"), then in the words left after the
// period and measure words are removed ("金额万元", "YoY %").
func headerUnit(label string) unitInfo {
	if strings.ContainsAny(label, "(（[【") { // parenRe needs an opening bracket
		for _, m := range parenRe.FindAllStringSubmatch(label, -1) {
			if u := parseUnit(m[1]); u.ok() {
				return u
			}
		}
	}
	rest := normalize(label)
	rest = stripPeriodWords(rest)
	rest = measureWordsRe.ReplaceAllString(rest, " ")
	return parseUnit(rest)
}

var unitNoteRe = mustPattern(`(?i)(?:单位|\bunits?\b|\bin\b)\s*[:：]?\s*(.+)`)

// noteUnit reads a unit stated in a title or note row: "单位：万元",
// "金额单位：万元", "(Unit: RMB 10,000)", "Value in USD 1,000".
func noteUnit(text string) unitInfo {
	m := unitNoteRe.FindStringSubmatch(text)
	if m == nil {
		return unitInfo{}
	}
	rest := m[1]
	// Stop at the next clause.
	if i := strings.IndexAny(rest, ";；)）"); i >= 0 {
		rest = rest[:i]
	}
	return parseUnit(rest)
}
