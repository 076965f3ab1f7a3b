package article

import (
	"strings"
	"time"
)

var monthNums = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

// parseDate reads one date in the common forms: 2024-05-10 (with an optional
// time), 2024/05/10, 2024年5月10日, "December 11, 2024", "Dec. 11, 2024",
// "11 December 2024".
func parseDate(s string) (time.Time, bool) {
	d, _, _, ok := findDate(s)
	return d, ok
}

// findDate returns the first date in s and its byte range.
func findDate(s string) (time.Time, int, int, bool) {
	low := strings.ToLower(s)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if i > 0 && isAlnumByte(s[i-1]) {
			continue
		}
		if isDigitByte(c) {
			if d, end, ok := numericDateAt(s, i); ok {
				return d, i, end, true
			}
			if d, end, ok := dayMonthYearAt(low, i); ok {
				return d, i, end, true
			}
		} else if isAlpha(c) {
			if d, end, ok := monthDayYearAt(low, i); ok {
				return d, i, end, true
			}
		}
	}
	return time.Time{}, 0, 0, false
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }
func isAlnumByte(c byte) bool { return isDigitByte(c) || isAlpha(c) }
func validYMD(y, m, d int) bool {
	return y >= 1900 && y < 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31
}
func mkDate(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// digitsAt reads up to max digits at i.
func digitsAt(s string, i, max int) (int, int) {
	v, j := 0, i
	for j < len(s) && j-i < max && isDigitByte(s[j]) {
		v = v*10 + int(s[j]-'0')
		j++
	}
	return v, j
}

func numericDateAt(s string, i int) (time.Time, int, bool) {
	y, j := digitsAt(s, i, 4)
	if j-i != 4 || j >= len(s) {
		if j-i == 1 || j-i == 2 {
			return dayFirstDateAt(s, i)
		}
		return time.Time{}, 0, false
	}
	sep := s[j]
	if sep == '-' || sep == '/' || sep == '.' {
		m, k := digitsAt(s, j+1, 2)
		if k == j+1 || k >= len(s) || s[k] != sep {
			return time.Time{}, 0, false
		}
		d, e := digitsAt(s, k+1, 2)
		if e == k+1 || !validYMD(y, m, d) || (e < len(s) && isDigitByte(s[e])) {
			return time.Time{}, 0, false
		}
		return mkDate(y, m, d), e, true
	}
	if strings.HasPrefix(s[j:], "年") {
		m, k := digitsAt(s, j+len("年"), 2)
		if k == j+len("年") || !strings.HasPrefix(s[k:], "月") {
			return time.Time{}, 0, false
		}
		d, e := digitsAt(s, k+len("月"), 2)
		if e == k+len("月") || !strings.HasPrefix(s[e:], "日") || !validYMD(y, m, d) {
			return time.Time{}, 0, false
		}
		return mkDate(y, m, d), e + len("日"), true
	}
	return time.Time{}, 0, false
}

// monthWordAt reads a month name (with an optional abbreviation dot) at i of low.
func monthWordAt(low string, i int) (int, int, bool) {
	j := i
	for j < len(low) && isAlpha(low[j]) {
		j++
	}
	m, ok := monthNums[low[i:j]]
	if !ok {
		return 0, 0, false
	}
	if j < len(low) && low[j] == '.' {
		j++
	}
	return m, j, true
}

func skipSpaces(s string, j int) int {
	for j < len(s) && (s[j] == ' ' || s[j] == '\u00a0') {
		j++
	}
	return j
}

// monthDayYearAt reads "december 11, 2024" or "dec. 11 2024".
func monthDayYearAt(low string, i int) (time.Time, int, bool) {
	m, j, ok := monthWordAt(low, i)
	if !ok {
		return time.Time{}, 0, false
	}
	j = skipSpaces(low, j)
	d, k := digitsAt(low, j, 2)
	if k == j {
		return time.Time{}, 0, false
	}
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasPrefix(low[k:], suf) {
			k += 2
			break
		}
	}
	if k < len(low) && low[k] == ',' {
		k++
	}
	k = skipSpaces(low, k)
	y, e := digitsAt(low, k, 4)
	if e-k != 4 || !validYMD(y, m, d) || (e < len(low) && isDigitByte(low[e]) && !timeGlued(low, e)) {
		return time.Time{}, 0, false
	}
	return mkDate(y, m, d), e, true
}

// timeGlued reports whether a clock time starts at i, glued to the year before
// it as web pages copy it ("January 14, 20255:10 AM GMT+8").
func timeGlued(low string, i int) bool {
	_, j := digitsAt(low, i, 2)
	return j > i && j < len(low) && low[j] == ':'
}

// dayMonthYearAt reads "11 december 2024".
func dayMonthYearAt(low string, i int) (time.Time, int, bool) {
	d, j := digitsAt(low, i, 2)
	if j == i || j >= len(low) || low[j] != ' ' {
		return time.Time{}, 0, false
	}
	m, k, ok := monthWordAt(low, skipSpaces(low, j))
	if !ok {
		return time.Time{}, 0, false
	}
	if k < len(low) && low[k] == ',' {
		k++
	}
	k = skipSpaces(low, k)
	y, e := digitsAt(low, k, 4)
	if e-k != 4 || !validYMD(y, m, d) || (e < len(low) && isDigitByte(low[e])) {
		return time.Time{}, 0, false
	}
	return mkDate(y, m, d), e, true
}

// datedLabels open a line that states the publication date.
var datedLabels = []string{"published", "publication date", "release date", "released", "date of release", "issued", "date", "posted", "updated", "first published", "发布时间", "发布日期", "日期"}

// textDate finds the publication date near the top of an article: a labelled
// line ("Published: 2024-05-10") anywhere in the first lines wins; otherwise a
// line that is only a date (a dateline such as "December 11, 2024"), or a
// date in the first lines before the body starts.
func textDate(text string) (time.Time, bool) {
	var first, noYear, updated time.Time
	lines := 0
	for off := 0; off < len(text) && lines < 12; {
		nl := strings.IndexByte(text[off:], '\n')
		end := len(text)
		if nl >= 0 {
			end = off + nl
		}
		line := strings.TrimSpace(text[off:end])
		off = end + 1
		if line == "" {
			continue
		}
		lines++
		low := strings.ToLower(line)
		if d, ok := segmentDate(line); ok {
			return d, true
		}
		if d, ok := labelledDate(line); ok {
			if !strings.HasPrefix(low, "updated") && !strings.HasPrefix(low, "last updated") {
				return d, true
			}
			if updated.IsZero() {
				updated = d // an update time counts only when nothing else dates the story
			}
			continue
		}
		if first.IsZero() && noYear.IsZero() {
			// "BEIJING, May 9 (Reuters) -": a dateline without a year
			head := low
			if len(head) > 48 {
				head = head[:48]
			}
			if m, d, ok := monthDayAt(head); ok {
				// year 0 marks "no year": year 1 would make January 1 the zero time
				noYear = time.Date(0, time.Month(m), d, 0, 0, 0, 0, time.UTC)
			} else if m, d, ok := chineseDateline(line); ok {
				noYear = time.Date(0, time.Month(m), d, 0, 0, 0, 0, time.UTC)
			}
		}
		if d, s, e, ok := findDate(line); ok && first.IsZero() {
			// a dateline: the line is (nearly) only the date, or the date opens a short line
			rest := strings.TrimSpace(line[:s] + line[e:])
			if len(rest) <= 30 || (s == 0 && len(line) < 80) || strings.HasPrefix(low, "by ") && len(line) < 120 ||
				s == 0 && len(line) < 240 && (timeGlued(line, skipSpaces(line, e)) || strings.Contains(rest, "来源") || strings.Contains(low, "source")) ||
				// "Department of Statistics        Beijing, 07.03.2025": a date closing a header line
				strings.TrimSpace(line[e:]) == "" && len(line) < 160 && (strings.HasSuffix(line[:s], "  ") || strings.HasSuffix(line[:s], ", ")) {
				// "2025年08月07日 16:05　来源：新华社": a date line opened by the date and a time or source
				first = d
			}
		}
		if first.IsZero() && (strings.HasPrefix(low, "http://") || strings.HasPrefix(low, "https://")) {
			if d, ok := urlDate(line); ok {
				first = d // ".../2025/03/07/asean-china-trade...": a page's address dates it
			}
		}
	}
	if first.IsZero() && !noYear.IsZero() {
		// "新华社北京1月13日电" over a footer "2025-01-13 14:22:07": the footer's
		// date of the same day gives the year
		if d, ok := footerDate(text, noYear); ok {
			return d, true
		}
	}
	if first.IsZero() && noYear.IsZero() {
		// "Updated on: 14 Jan 2025, 9:34 am IST" at the foot of a pasted page
		tail := strings.Split(strings.TrimRight(text, "\n "), "\n")
		for i, n := len(tail)-1, 0; i >= 0 && n < 8; i-- {
			line := strings.TrimSpace(tail[i])
			if line == "" {
				continue
			}
			n++
			if d, ok := labelledDate(line); ok {
				return d, true
			}
		}
	}
	if first.IsZero() && !noYear.IsZero() {
		return noYear, true
	}
	if first.IsZero() && !updated.IsZero() {
		return updated, true
	}
	return first, !first.IsZero()
}

// chineseDateline reads the month and day of a Chinese news dateline without
// a year: "新华社北京1月13日电", "本报北京3月7日讯".
func chineseDateline(line string) (int, int, bool) {
	if len(line) > 160 {
		line = line[:160]
	}
	k := strings.Index(line, "日电")
	if k < 0 {
		k = strings.Index(line, "日讯")
	}
	if k < 0 {
		return 0, 0, false
	}
	head := line[:k]
	j := strings.LastIndex(head, "月")
	if j < 0 {
		return 0, 0, false
	}
	d, de := digitsAt(head, j+len("月"), 2)
	if de != len(head) || d < 1 || d > 31 {
		return 0, 0, false
	}
	i := j
	for i > 0 && isDigitByte(head[i-1]) && j-i < 2 {
		i--
	}
	m, me := digitsAt(head, i, 2)
	if me != j || m < 1 || m > 12 {
		return 0, 0, false
	}
	return m, d, true
}

// urlDate reads the date in a page address: ".../2025/03/07/slug" or
// ".../2025-03-07/...".
func urlDate(line string) (time.Time, bool) {
	for i := 0; i+10 <= len(line); i++ {
		if line[i] != '/' {
			continue
		}
		y, ye := digitsAt(line, i+1, 4)
		if ye != i+5 || y < 1990 || y > 2100 || ye >= len(line) || (line[ye] != '/' && line[ye] != '-') {
			continue
		}
		sep := line[ye]
		m, me := digitsAt(line, ye+1, 2)
		if me != ye+3 || m < 1 || m > 12 || me >= len(line) || line[me] != sep {
			continue
		}
		d, de := digitsAt(line, me+1, 2)
		if de != me+3 || d < 1 || d > 31 || (de < len(line) && line[de] != '/' && line[de] != '-' && line[de] != '.') {
			continue
		}
		return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), true
	}
	return time.Time{}, false
}

// footerDate finds, in the last lines of a page, a full date on the month and
// day of a dateline read without a year.
func footerDate(text string, noYear time.Time) (time.Time, bool) {
	tail := strings.Split(strings.TrimRight(text, "\n "), "\n")
	for i, n := len(tail)-1, 0; i >= 0 && n < 8; i-- {
		line := strings.TrimSpace(tail[i])
		if line == "" {
			continue
		}
		n++
		if d, _, _, ok := findDate(line); ok && d.Month() == noYear.Month() && d.Day() == noYear.Day() {
			return d, true
		}
	}
	return time.Time{}, false
}

// dayFirstIfStated reads a slashed date such as "4/02/2025" day first when
// the text says its dates are written that way ("Dates in this note are
// written day/month/year"): both parts could be months, and slashes are read
// month first otherwise.
func dayFirstIfStated(d time.Time, text string) time.Time {
	if d.IsZero() || d.Day() > 12 {
		return d
	}
	head := strings.ToLower(text[:min(len(text), 3000)])
	if !strings.Contains(head, "day/month") && !strings.Contains(head, "dd/mm") {
		return d
	}
	// the date as it was read, month first: m/d/yyyy, perhaps zero-padded
	for _, form := range []string{"1/2/2006", "01/02/2006", "1/02/2006", "01/2/2006"} {
		if strings.Contains(head, d.Format(form)) {
			return time.Date(d.Year(), time.Month(d.Day()), int(d.Month()), 0, 0, 0, 0, time.UTC)
		}
	}
	return d
}

// labelledDate reads a line opened by a date label: "Published: 2024-05-10",
// "Updated on: 14 Jan 2025, 9:34 am IST", "发布时间：2025-01-14".
func labelledDate(line string) (time.Time, bool) {
	low := strings.ToLower(line)
	for _, l := range datedLabels {
		if strings.HasPrefix(low, l) {
			rest := strings.TrimLeft(line[len(l):], " :：-|")
			rest = strings.TrimPrefix(strings.TrimPrefix(rest, "on "), "at ")
			rest = strings.TrimLeft(strings.TrimPrefix(rest, "on:"), " ")
			if d, s, _, ok := findDate(rest); ok && s < 4 {
				return d, true
			}
		}
	}
	return time.Time{}, false
}

// monthDayAt finds "may 9" or "9 may" after a comma or at the start of a
// dateline ("beijing, may 9 (reuters)").
func monthDayAt(low string) (int, int, bool) {
	for i := 0; i < len(low); i++ {
		if !isAlpha(low[i]) || (i > 0 && isAlnumByte(low[i-1])) {
			continue
		}
		if i > 0 && !strings.HasSuffix(strings.TrimRight(low[:i], " "), ",") && !strings.HasSuffix(strings.TrimRight(low[:i], " "), "--") {
			continue
		}
		m, j, ok := monthWordAt(low, i)
		if !ok {
			continue
		}
		j = skipSpaces(low, j)
		d, k := digitsAt(low, j, 2)
		if k == j || d < 1 || d > 31 || (k < len(low) && isAlnumByte(low[k])) {
			continue
		}
		rest := strings.TrimSpace(low[k:])
		if strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "/") || rest == "" || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—") {
			return m, d, true
		}
	}
	return 0, 0, false
}

// withYear completes a dateline read without a year: the year of fallback
// (the --date option) when given, else the latest plausible year the text
// mentions; the zero time when neither is known.
func withYear(d time.Time, text string, fallback time.Time) time.Time {
	if d.IsZero() || d.Year() > 0 {
		return d
	}
	y := 0
	if !fallback.IsZero() {
		y = fallback.Year()
	} else {
		y = reportedYear(text)
	}
	if y == 0 {
		return time.Time{}
	}
	if fallback.IsZero() {
		// "SHANGHAI, Oct 13 (Reuters) - ... customs data showed on Monday":
		// the weekday of the release picks the year of the two that fit
		if wd, ok := leadWeekday(text); ok {
			for _, c := range []int{y, y + 1} {
				if t := time.Date(c, d.Month(), d.Day(), 0, 0, 0, 0, time.UTC); t.Weekday() == wd {
					return t
				}
			}
		}
	}
	if fallback.IsZero() && d.Month() <= time.March && reviewsPastYear(text) {
		// "BEIJING, Jan 13 (Reuters) - ... in 2024 ... last year": an early-year
		// dateline over a story about the year just ended is dated the year after it
		y++
	}
	return time.Date(y, d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
}

// leadWeekday finds the weekday a story's opening gives its news ("data
// showed on Monday", "customs said on Tuesday"): in wire copy it is the day of
// the dateline. A weekday after anything but a past verb ("talks due to start
// on Tuesday") is not the release's.
func leadWeekday(text string) (time.Weekday, bool) {
	low := strings.ToLower(text[:min(len(text), 1500)])
	best, found := len(low), time.Sunday
	for wd := time.Sunday; wd <= time.Saturday; wd++ {
		name := strings.ToLower(wd.String())
		for from := 0; from < best; {
			i := strings.Index(low[from:], name)
			if i < 0 {
				break
			}
			i += from
			end := i + len(name)
			from = end
			if (i > 0 && isAlpha(low[i-1])) || (end < len(low) && isAlpha(low[end])) || i >= best {
				continue
			}
			if wordBeforeLower(low, i) != "on" {
				continue
			}
			on := strings.LastIndex(low[:i], "on")
			if v := wordBeforeLower(low, on); strings.HasSuffix(v, "ed") || releaseVerbs[v] {
				best, found = i, wd
				break
			}
		}
	}
	return found, best < len(low)
}

// releaseVerbs are past forms that date a release without ending in "ed".
var releaseVerbs = map[string]bool{"showed": true, "shown": true, "said": true, "was": true, "were": true,
	"rose": true, "fell": true, "grew": true, "came": true, "put": true, "told": true, "shrank": true}

// reviewsPastYear reports whether a text speaks of a whole year as finished.
func reviewsPastYear(text string) bool {
	low := strings.ToLower(text)
	for _, w := range []string{"last year", "full-year", "full year", "for the year", "the whole year", "annual", "previous year",
		"in december", "december alone", "record year", "year-end", "the year as a whole"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// htmlDate reads the publication date from HTML metadata.
func htmlDate(raw string) time.Time {
	low := strings.ToLower(raw)
	if len(low) > 1<<20 {
		low = low[:1<<20]
	}
	keys := []string{
		`article:published_time`, `datepublished`, `name="pubdate"`, `name="publish-date"`,
		`name="date"`, `name="dc.date`, `name="publication_date"`, `<time`,
	}
	for _, k := range keys {
		i := strings.Index(low, k)
		if i < 0 {
			continue
		}
		win := raw[i:min(len(raw), i+300)]
		winLow := low[i:min(len(low), i+300)]
		for _, attr := range []string{`content="`, `datetime="`, `content='`, `datetime='`, `":"`, `": "`} {
			j := strings.Index(winLow, attr)
			if j < 0 {
				continue
			}
			v := win[j+len(attr):]
			if d, s, _, ok := findDate(v); ok && s < 3 {
				return d
			}
		}
	}
	return time.Time{}
}

// reportedYear guesses the year a story's statistics belong to when its
// dateline has none: the first year the text names that is not a bound or a
// comparison ("since 2015", "from 2026", "by 2030", "before 2020"), else the
// latest year it names; 0 when it names none.
func reportedYear(text string) int {
	low := strings.ToLower(text)
	first, latest := 0, 0
	for i := 0; i+4 <= len(text); i++ {
		if (i > 0 && isAlnumByte(text[i-1])) || (i+4 < len(text) && isAlnumByte(text[i+4])) {
			continue
		}
		v, e := digitsAt(text, i, 4)
		if e != i+4 || v < 1990 || v > 2100 {
			continue
		}
		if v > latest {
			latest = v
		}
		if first == 0 {
			w := wordBeforeLower(low, i)
			if _, isMonth := monthNums[w]; isMonth {
				// "since February 2020": the word before the month decides
				w = wordBeforeLower(low, strings.LastIndex(low[:i], w))
			}
			switch w {
			case "since", "from", "by", "until", "till", "before", "after", "than", "to", "through":
			default:
				first = v
			}
		}
	}
	if first != 0 {
		return first
	}
	return latest
}

// segmentDate reads a by-line split into segments by "|" or "·": a labelled
// segment ("By X | China Daily | Updated: 2024-11-08 07:21") or a segment that
// is only a date ("TRADE DESK BRIEF | Rare earths | 2024-12-20").
func segmentDate(line string) (time.Time, bool) {
	if strings.IndexByte(line, '|') < 0 && !strings.Contains(line, "·") && !strings.Contains(line, "｜") &&
		!strings.Contains(line, "•") && !strings.Contains(line, "│") { // byte searches: faster than ContainsAny over non-ASCII
		return time.Time{}, false
	}
	sep := func(r rune) bool { return r == '|' || r == '·' || r == '｜' || r == '•' || r == '│' }
	for _, seg := range strings.FieldsFunc(line, sep) {
		seg = strings.Trim(seg, " *_\t")
		low := strings.ToLower(seg)
		for _, l := range datedLabels {
			if strings.HasPrefix(low, l) {
				rest := strings.TrimLeft(seg[len(l):], " :：-")
				if d, s, _, ok := findDate(skipWeekday(rest)); ok && s < 4 {
					return d, true
				}
			}
		}
		// "Edition date: Tuesday 14 October 2025", "更新时间：2025-04-14": any
		// label naming a date or time before a colon
		if k := strings.IndexAny(seg, ":："); k > 0 && k < 24 {
			label := strings.ToLower(strings.TrimSpace(seg[:k]))
			if strings.HasSuffix(label, "date") || strings.HasSuffix(label, "time") || strings.Contains(label, "时间") || strings.Contains(label, "日期") {
				rest := strings.TrimLeft(seg[k:], " :：")
				if d, s, _, ok := findDate(skipWeekday(rest)); ok && s < 4 {
					return d, true
				}
			}
		}
		if d, s, e, ok := findDate(seg); ok && s == 0 && len(strings.TrimSpace(seg[e:])) <= 8 {
			return d, true // the date alone, perhaps with a time ("07:21")
		}
	}
	return time.Time{}, false
}

// skipWeekday drops a weekday name (and a comma) opening s: "Tuesday 14
// October 2025" reads from "14".
func skipWeekday(s string) string {
	low := strings.ToLower(s)
	for wd := time.Sunday; wd <= time.Saturday; wd++ {
		name := strings.ToLower(wd.String())
		for _, n := range []string{name, name[:3] + ".", name[:3]} {
			if strings.HasPrefix(low, n) && (len(low) == len(n) || !isAlpha(low[len(n)])) {
				return strings.TrimLeft(s[len(n):], " ,")
			}
		}
	}
	return s
}

// dayFirstDateAt reads "14/01/2025", "14.01.2025" or "01/14/2025": the part
// above 12 is the day; when both could be months, a dot means day first
// (European) and a slash month first (American).
func dayFirstDateAt(s string, i int) (time.Time, int, bool) {
	a, j := digitsAt(s, i, 2)
	if j >= len(s) || (s[j] != '/' && s[j] != '.') {
		return time.Time{}, 0, false
	}
	sep := s[j]
	b, k := digitsAt(s, j+1, 2)
	if k == j+1 || k >= len(s) || s[k] != sep {
		return time.Time{}, 0, false
	}
	y, e := digitsAt(s, k+1, 4)
	if e-(k+1) != 4 || (e < len(s) && isDigitByte(s[e])) {
		return time.Time{}, 0, false
	}
	d, m := a, b
	switch {
	case a > 12:
	case b > 12:
		d, m = b, a
	case sep == '/':
		d, m = b, a
	}
	if !validYMD(y, m, d) {
		return time.Time{}, 0, false
	}
	return mkDate(y, m, d), e, true
}
