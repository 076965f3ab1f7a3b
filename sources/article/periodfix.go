package article

import (
	"sort"
	"strconv"
	"strings"
	"time"

	"figcheck/figure"

	"figcheck/sources/periods"
)

// monthCounts are the spelled-out counts of "the four months".
var monthCounts = map[string]int{
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12,
}

// addCountedMonths is an adapter over periods.Find: "over the four months"
// (no "first", no year) refers back to a cumulative period of that length
// named earlier in the article, which periods.Find does not resolve on its own.
func (a *analysis) addCountedMonths() {
	var extra []periods.Mention
	for i := 0; ; {
		k := strings.Index(a.low[i:], " months")
		if k < 0 {
			break
		}
		end := i + k + len(" months")
		i = end
		// the word before " months" and the one before it
		ws := i - len(" months")
		w0 := ws
		for w0 > 0 && (isAlpha(a.low[w0-1]) || isDigitByte(a.low[w0-1])) {
			w0--
		}
		word := a.low[w0:ws]
		n, ok := monthCounts[word]
		if !ok {
			if v, err := strconv.Atoi(word); err == nil && v >= 2 && v <= 12 {
				n, ok = v, true
			}
		}
		lead := ""
		for _, l := range []string{"the same ", "the "} {
			if strings.HasSuffix(a.low[:w0], l) {
				lead = l
				break
			}
		}
		if !ok || lead == "" {
			continue
		}
		start := w0 - len(lead)
		if a.inPeriod(start, end) {
			continue
		}
		// the latest cumulative period of n months before it; failing that,
		// January to month n of the year of the latest period before it
		found := false
		for j := a.perAt(start) - 1; j >= 0; j-- {
			p := a.pers[j]
			if a.validPeriod(p) && p.Period.Months() == n && p.Period.Start.Num() == 1 {
				extra = append(extra, periods.Mention{Start: start, End: end, Text: a.text[start:end],
					Period: p.Period, From: p.From, To: p.To, Cumulative: true, Kind: periods.KindMonths})
				found = true
				break
			}
		}
		if !found && lead == "the same " {
			for j := a.perAt(start) - 1; j >= 0; j-- {
				if p := a.pers[j]; a.validPeriod(p) && !p.Period.IsZero() {
					y := p.Period.End.Year()
					extra = append(extra, periods.Mention{Start: start, End: end, Text: a.text[start:end],
						Period: figure.Period{Start: figure.MonthOf(y, 1), End: figure.MonthOf(y, n)}, Cumulative: true, Kind: periods.KindMonths})
					break
				}
			}
		}
	}
	if len(extra) == 0 {
		return
	}
	a.pers = append(a.pers, extra...)
	sort.SliceStable(a.pers, func(i, j int) bool { return a.pers[i].Start < a.pers[j].Start })
}

// ytdThrough turns "year-to-date through September" (or "year to date to
// September", "so far this year through September") into January-September:
// periods.Find reads the month alone.
func (a *analysis) ytdThrough() {
	for i := range a.pers {
		p := &a.pers[i]
		if !p.Period.IsMonth() {
			continue
		}
		before := strings.TrimRight(a.low[:p.Start], " ")
		for _, lead := range []string{"year-to-date through", "year to date through", "year-to-date to", "year to date to",
			"so far this year through", "this year through", "ytd through"} {
			if strings.HasSuffix(before, lead) {
				p.Period = figure.YTD(p.Period.End)
				p.Cumulative = true
				break
			}
		}
	}
}

// fixFuturePeriods is an adapter over periods.Find: a month, range, quarter or
// half named without a year ("the first half", "the first quarter") is the
// latest one that has begun its last month by the publication date. Where
// periods.Find returns one that lies wholly after the publication month, it is
// moved back a year.
func fixFuturePeriods(ps []periods.Mention, pub time.Time) {
	if pub.IsZero() {
		return
	}
	ref := figure.MonthOf(pub.Year(), int(pub.Month()))
	for i := range ps {
		p := &ps[i]
		if !p.Relative || p.Period.IsZero() || p.Period.End <= ref {
			continue
		}
		switch p.Kind {
		case periods.KindMonth, periods.KindMonths, periods.KindQuarter, periods.KindHalf:
		default:
			continue
		}
		if p.Day || p.Rolling {
			continue
		}
		low := strings.ToLower(p.Text)
		if strings.Contains(low, "next") || strings.Contains(low, "coming") || strings.Contains(low, "this") ||
			strings.Contains(low, "current") || strings.Contains(low, "following") || strings.Contains(low, "明年") ||
			strings.Contains(low, "今年") || strings.Contains(low, "下") {
			continue // named as ahead of the publication date on purpose
		}
		p.Period.Start -= 12
		p.Period.End -= 12
		p.From = p.From.AddDate(-1, 0, 0)
		p.To = p.To.AddDate(-1, 0, 0)
	}
}

// fiscalPrefixes, written right before a split year ("fiscal 2024-25",
// "FY2023-24"), mark an April-March fiscal year, the most common in trade
// reporting (India, Japan, Hong Kong, the UK).
var fiscalPrefixes = []string{"fiscal year ", "fiscal ", "fy", "fy ", "financial year ", "fiscal year of "}

// fiscalEndPrefixes, written right before a month, mark the twelve months that
// end with it: "the fiscal year ended March 2025".
var fiscalEndPrefixes = []string{"fiscal year ended ", "fiscal year ending ", "financial year ended ",
	"financial year ending ", "fiscal year to ", "financial year to ", "year ended ", "year ending "}

// fixFiscalYears is an adapter over periods.Find, which reads "2024-25" as the
// calendar years 2024 and 2025 and "fiscal year ended March 2025" as March
// alone: a split year after "fiscal" or "FY" runs April to March, and a month
// after "fiscal year ended" closes a twelve-month year.
func (a *analysis) fixFiscalYears() {
	// a text that speaks of financial years writes them "2023-24" even
	// without the words before each; Australia's run from July, India's and
	// Britain's from April
	fiscalText := strings.Contains(a.low, "financial year") || strings.Contains(a.low, "fiscal year")
	startMonth := 4
	if strings.Contains(a.low, "australia") || strings.Contains(a.low, "a$") {
		startMonth = 7
	}
	for i := range a.pers {
		p := &a.pers[i]
		before := a.low[max(0, p.Start-len("fiscal year ending ")):p.Start]
		switch {
		case p.Kind == periods.KindYears && splitYear(p.Text) && (fiscalText || hasAnySuffix(before, fiscalPrefixes)):
			y := p.Period.Start.Year()
			p.Period = figure.Period{Start: figure.MonthOf(y, startMonth), End: figure.MonthOf(y+1, startMonth-1)}
			p.From = time.Date(y, time.Month(startMonth), 1, 0, 0, 0, 0, time.UTC)
			p.To = time.Date(y+1, time.Month(startMonth), 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1)
		case p.Kind == periods.KindMonth && !p.Day && p.Period.Months() == 1 && hasAnySuffix(before, fiscalEndPrefixes):
			end := p.Period.End
			p.Period = figure.Period{Start: end - 11, End: end}
			p.From = p.From.AddDate(0, -11, 0)
			p.Cumulative = false
		}
	}
}

// splitYear reports whether s is a year with the next one abbreviated:
// "2024-25", "2024/25".
func splitYear(s string) bool {
	if len(s) != 7 || (s[4] != '-' && s[4] != '/') {
		return false
	}
	a, err1 := strconv.Atoi(s[:4])
	b, err2 := strconv.Atoi(s[5:])
	return err1 == nil && err2 == nil && (a+1)%100 == b
}

// hasAnySuffix reports whether s ends with one of the suffixes.
func hasAnySuffix(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}
