package sheet

import (
	"strconv"
	"strings"
	"time"

	"figcheck/figure"
)

// periodText is what a period expression in a title, header or cell says.
type periodText struct {
	Period     figure.Period // zero when only markers were found
	Cumulative bool          // 累计, cumulative, year-to-date, or a range from January
	ThisMonth  bool          // 当月, "month": the reference month
	PriorYear  bool          // 去年同期, "same period last year"
}

var (
	isoRangeRe = mustPattern(`(\d{4})[-/.年](\d{1,2})月?\s*(?:\.\.|~|～|至|到|—|–|-|to|through|/)\s*(\d{4})[-/.年](\d{1,2})月?`)
	isoMonthRe = mustPattern(`(?:^|[^\d])(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?|年\s*(\d{1,2})\s*月)(?:[^\d]|$)`)
	yyyymmRe   = mustPattern(`^(\d{4})\s*m?(\d{2})$|^(\d{4})\s*m(\d)$`)
	cnRangeRe  = mustPattern(`(\d{1,2})\s*月?\s*(?:-|至|到|~|～|—|–|－)\s*(\d{1,2})\s*月`)
	cnMonthRe  = mustPattern(`(\d{1,2})\s*月`)
	yearRe     = mustPattern(`(?:^|[^\d,.])((?:19|20)\d{2})(?:\s*年|[^\d,]|$)`)
	enMonthRe  = mustPattern(`\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?`)
	firstNRe   = mustPattern(`(?:first|前)\s*(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[一二三四五六七八九十]{1,3})\s*(?:months?|个月)`)
	quarterRe  = mustPattern(`\bq([1-4])\b|(?:^|[^\d])([1-4])q\b|\b(first|second|third|fourth)[- ]quarter\b|(?:第)?([一二三四1-4])\s*季度`)
	halfRe     = mustPattern(`\bh([12])\b|\b(first|second)[- ]half\b|([上下])半年`)
	cumRe      = mustPattern(`累计|cumulative|\bytd\b|year[- ]to[- ]date|\bcum\.?\b|1至当月|本年以来|年初至今`)
	thisMonRe  = mustPattern(`当月|本月|\bmonth\b|\bmonthly\b|\bcurrent month\b`)
	priorRe    = mustPattern(`去年同期|上年同期|上年|去年|last year|prior year|previous year|a year earlier|year ago`)
	yearWordRe = mustPattern(`(?:19|20)\d{2}\s*年?`)
	fullYearRe = mustPattern(`全年|\bfull[- ]year\b|\bannual\b|\bwhole year\b`)
)

var monthByName = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

var smallNumbers = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
	"十": 10, "十一": 11, "十二": 12,
}

func smallNumber(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	return smallNumbers[s]
}

// ref is the year and month a header is read against (from the title row);
// zero fields are unknown.
type ref struct{ Year, Month int }

// parsePeriod reads a period expression: "2024-04", "2024-01..2024-04",
// "January-April 2024", "Jan.-Apr.", "2024年1-4月", "1至4月累计", "4月",
// "当月", "Q1 2024", "上半年", "2024". Missing years (and, for "当月" or
// "累计", months) come from r. ok is false when nothing usable was found.
func parsePeriod(text string, r ref) (pt periodText, ok bool) {
	s := normalize(text)
	if s == "" {
		return pt, false
	}
	pt.Cumulative = cumRe.MatchString(s)
	pt.PriorYear = priorRe.MatchString(s)
	pt.ThisMonth = thisMonRe.MatchString(s)
	// Most of the patterns below need an ASCII digit; a text without one
	// (most header labels) skips them.
	digit := hasDigit(s)

	if m := findIf(digit, isoRangeRe, s); m != nil {
		y1, m1 := atoi(m[1]), atoi(m[2])
		y2, m2 := atoi(m[3]), atoi(m[4])
		if validYM(y1, m1) && validYM(y2, m2) && figure.MonthOf(y1, m1) <= figure.MonthOf(y2, m2) {
			pt.Period = figure.Period{Start: figure.MonthOf(y1, m1), End: figure.MonthOf(y2, m2)}
			pt.Cumulative = pt.Cumulative || m1 == 1 && y1 == y2 && m2 > 1 && m2 < 12
			return pt, true
		}
	}
	if m := findIf(digit, yyyymmRe, s); m != nil {
		y, mo := atoi(m[1]+m[3]), atoi(m[2]+m[4])
		if validYM(y, mo) {
			pt.Period = figure.MonthPeriod(figure.MonthOf(y, mo))
			return pt, true
		}
	}

	year := 0
	if m := findIf(digit, yearRe, s); m != nil {
		year = atoi(m[1])
	}
	startM, endM := 0, 0
	switch {
	case digit && isoMonthRe.MatchString(s):
		m := isoMonthRe.FindStringSubmatch(s)
		mo := atoi(m[2])
		if m[4] != "" {
			mo = atoi(m[4])
		}
		year = atoi(m[1])
		// "2024年1-4月" also matches as a single month; prefer the range.
		if rm := cnRangeRe.FindStringSubmatch(s); rm != nil {
			startM, endM = atoi(rm[1]), atoi(rm[2])
		} else {
			startM, endM = mo, mo
		}
	case digit && cnRangeRe.MatchString(s):
		m := cnRangeRe.FindStringSubmatch(s)
		startM, endM = atoi(m[1]), atoi(m[2])
	case digit && cnMonthRe.MatchString(s):
		m := cnMonthRe.FindStringSubmatch(s)
		startM, endM = atoi(m[1]), atoi(m[1])
	case enMonthRe.MatchString(s):
		ms := enMonthRe.FindAllStringSubmatch(s, -1)
		startM = monthByName[ms[0][1]]
		endM = monthByName[ms[len(ms)-1][1]]
		if len(ms) > 2 { // "January, February and March" still spans first to last
			endM = monthByName[ms[len(ms)-1][1]]
		}
	case firstNRe.MatchString(s):
		m := firstNRe.FindStringSubmatch(s)
		startM, endM = 1, smallNumber(m[1])
		pt.Cumulative = true
	case quarterRe.MatchString(s):
		m := quarterRe.FindStringSubmatch(s)
		q := 0
		switch {
		case m[1] != "":
			q = atoi(m[1])
		case m[2] != "":
			q = atoi(m[2])
		case m[3] != "":
			q = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4}[m[3]]
		default:
			q = smallNumber(m[4])
		}
		startM, endM = 3*q-2, 3*q
	case halfRe.MatchString(s):
		m := halfRe.FindStringSubmatch(s)
		h := 1
		if m[1] == "2" || m[2] == "second" || m[3] == "下" {
			h = 2
		}
		startM, endM = 6*h-5, 6*h
	case fullYearRe.MatchString(s):
		startM, endM = 1, 12
	}
	if year == 0 {
		year = r.Year
	}
	if startM == 0 {
		switch {
		case pt.Cumulative && r.Month > 0:
			startM, endM = 1, r.Month
		case pt.ThisMonth && r.Month > 0:
			startM, endM = r.Month, r.Month
		case year != 0 && startM == 0 && (digit && yearRe.MatchString(s) || fullYearRe.MatchString(s)):
			startM, endM = 1, 12
		}
	}
	if year == 0 || startM == 0 {
		return pt, pt.Cumulative || pt.ThisMonth || pt.PriorYear
	}
	if !validYM(year, startM) || !validYM(year, endM) || endM < startM {
		return periodText{}, false
	}
	pt.Period = figure.Period{Start: figure.MonthOf(year, startM), End: figure.MonthOf(year, endM)}
	if startM == 1 && endM > 1 && endM < 12 {
		pt.Cumulative = true
	}
	return pt, true
}

func atoi(s string) int {
	n, _ := strconv.Atoi(strings.TrimSpace(s))
	return n
}

func validYM(y, m int) bool { return y >= 1900 && y <= 2200 && m >= 1 && m <= 12 }

// stripPeriodWords removes period expressions from a normalised label so that
// their digits are not read as unit factors.
func stripPeriodWords(s string) string {
	for _, re := range []*pattern{isoRangeRe, cnRangeRe, cnMonthRe, enMonthRe, firstNRe, quarterRe, halfRe, cumRe, thisMonRe, priorRe, fullYearRe} {
		if (re == isoRangeRe || re == cnRangeRe || re == cnMonthRe) && !hasDigit(s) {
			continue // these need a digit
		}
		s = re.ReplaceAllString(s, " ")
	}
	if hasDigit(s) {
		s = yearWordRe.ReplaceAllString(s, " ")
	}
	return s
}

// hasDigit reports whether s holds an ASCII digit, which \d needs.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// findIf is re.FindStringSubmatch(s), skipped (nil) when ok is false.
func findIf(ok bool, re *pattern, s string) []string {
	if !ok {
		return nil
	}
	return re.FindStringSubmatch(s)
}

// excelEpoch is day 0 of the spreadsheet date system (1900, with the leap-year bug).
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// serialMonth reads a spreadsheet date serial number (45383 is 2024-04-01).
func serialMonth(v float64) (figure.Month, bool) {
	if v < 1 || v > 110000 {
		return 0, false
	}
	t := excelEpoch.AddDate(0, 0, int(v))
	return figure.MonthOf(t.Year(), int(t.Month())), true
}

var (
	dmyRe = mustPattern(`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$`)
	myRe  = mustPattern(`^([a-z]{3,9})\.?[-/ ](\d{2}|\d{4})$`)
)

// parsePeriodCell reads the period column of a tidy table. Beyond what
// parsePeriod accepts it takes date serial numbers (45383), displayed dates
// ("04-01-24" as mm-dd-yy, the spreadsheet default; "30/04/2024" where the
// first field exceeds 12) and "Apr-24".
func parsePeriodCell(text string, r ref) (figure.Period, bool) {
	s := normalize(text)
	if v, err := strconv.ParseFloat(s, 64); err == nil && !strings.ContainsAny(s, "-/") {
		switch {
		case v >= 1900 && v <= 2200 && v == float64(int(v)):
			return figure.YearPeriod(int(v)), true
		case v >= 190001 && v <= 220012:
			if pt, ok := parsePeriod(s, r); ok && !pt.Period.IsZero() {
				return pt.Period, true
			}
		case v >= 1 && v <= 12 && v == float64(int(v)) && r.Year != 0:
			return figure.MonthPeriod(figure.MonthOf(r.Year, int(v))), true
		case v > 3000 && v < 110000:
			if m, ok := serialMonth(v); ok {
				return figure.MonthPeriod(m), true
			}
		}
		return figure.Period{}, false
	}
	if m := dmyRe.FindStringSubmatch(s); m != nil {
		a, b, y := atoi(m[1]), atoi(m[2]), atoi(m[3])
		if y < 100 {
			y += 2000
		}
		mo := a
		if a > 12 {
			mo = b
		}
		if validYM(y, mo) {
			return figure.MonthPeriod(figure.MonthOf(y, mo)), true
		}
	}
	if m := myRe.FindStringSubmatch(s); m != nil {
		if mo, ok := monthByName[m[1]]; ok {
			y := atoi(m[2])
			if y < 100 {
				y += 2000
			}
			if validYM(y, mo) {
				return figure.MonthPeriod(figure.MonthOf(y, mo)), true
			}
		}
	}
	if pt, ok := parsePeriod(s, r); ok && !pt.Period.IsZero() {
		p := pt.Period
		if pt.PriorYear && !strings.Contains(s, "比") {
			p = shiftYear(p, -1)
		}
		return p, true
	}
	return figure.Period{}, false
}

func shiftYear(p figure.Period, n int) figure.Period {
	return figure.Period{Start: p.Start + figure.Month(12*n), End: p.End + figure.Month(12*n)}
}
