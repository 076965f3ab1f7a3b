// Package periods finds period expressions in English and Chinese text
// ("January-April", "the first 11 months of 2024", "1至4月", "last year") and
// resolves them to inclusive month ranges against a reference date.
//
// Find is a hand-written scanner over tokens (no regular expressions): it
// tries every rule at each token that can start a period and keeps the
// longest match, so its cost is linear in the text.
//
// Resolution rules (the reference date is the article's publication date):
//   - A month or a range from January named without a year ("in April",
//     "January-April", "the first four months", "1至4月") is the most recent
//     one whose last month starts on or before the reference date: data are
//     reported after the fact, so "the first 11 months" read in January is
//     last year's. A quarter, half or other range without a year ("Q2", "the
//     first half", "between August and October") is the most recent one that
//     has begun by the reference date, so "the third quarter" read in August
//     is the current one. A yearless month in a list takes the year of a
//     later item ("April and May 2023").
//   - Ranges are inclusive: "January-April 2024" and "2014-2018" include
//     April and 2018. A range starting in January of one year ("January-April",
//     "the first four months", "1至4月", "January and February") is Cumulative.
//   - "year to date", "so far this year" and their Chinese forms cover January
//     of the reference year up to the last full month before the reference
//     date (January alone when the reference date is in January); From/To
//     hold the literal days, January 1 to the day before the reference date.
//   - "the past 12 months", "the last two quarters", "the past 2 decades" are
//     that many whole units before the unit that contains the reference date;
//     "the 12 months to March" ends in March.
//   - "full-year" and 全年 without a year mean the previous year when the
//     reference date falls in January-March, else the reference year.
//   - "early 2000", "the end of 2000", 2024年底: a numbered year is split in
//     thirds (early January-April, mid May-August, late September-December), a
//     relative one ("late this year") in halves (mid: April-September).
//   - A bare four-digit year is a period only where it reads as one ("in
//     2018", "for 2023", "2023 exports", "2007 and 2009"), not where it is a
//     value ("exported 2024 units") or part of a number or phone number.
//     Fiscal years ("fiscal year 2023", "FY2024") are not calendar years and
//     are not returned.
//   - Dates ("December 11, 2024", "2024-12-11", "01/22/2016" month first,
//     "23.04.2022" day first) are one-day mentions with Day set; the caller
//     decides whether a date is a period. A date without a year is the latest
//     one on or before the reference date, unless the next one is at most 60
//     days ahead ("due on Jan. 13" read on December 10 is next month's).
//   - "the same period", "during the period", "同期" have SamePeriod set and a
//     zero Period; "in the month", "当月" are Anaphoric. Mention.InContext
//     resolves both against the period carried from earlier text.
//   - Comparison marks bases of comparison ("from a year earlier", "than in
//     2023", "compared with last year", "去年同期", "比上年").
package periods

import (
	"time"

	"figcheck/figure"
)

// Kind says what sort of period a Mention names.
type Kind uint8

// Kinds of period expression.
const (
	KindUnknown    Kind = iota
	KindDay             // one day or a range of days ("December 11, 2024", "Nov 18-Dec 19, 2015")
	KindMonth           // one month ("April", "last month", "4月")
	KindMonths          // a range of months ("January-April", "the first four months", "the past 12 months")
	KindQuarter         // one quarter ("Q1 2024", "the third quarter of last year", "一季度")
	KindHalf            // one half-year ("H1", "the first half", "上半年")
	KindYear            // one calendar year ("2023", "last year", "2023年")
	KindYears           // a range of years ("2014-2018", "between 2014 and 2018")
	KindDecade          // a decade ("the 1990s")
	KindPartOfYear      // "early 2000", "mid-2023", "the end of this year"
	KindYearToDate      // "year to date", "so far this year", "今年以来"
	KindOpen            // an open range ("before 2010", "after 2018"); Period is zero
	KindSamePeriod      // "the same period", "during the period", "同期"; Period is zero
)

// String names the kind ("month", "year-to-date", ...).
func (k Kind) String() string {
	switch k {
	case KindDay:
		return "day"
	case KindMonth:
		return "month"
	case KindMonths:
		return "months"
	case KindQuarter:
		return "quarter"
	case KindHalf:
		return "half"
	case KindYear:
		return "year"
	case KindYears:
		return "years"
	case KindDecade:
		return "decade"
	case KindPartOfYear:
		return "part-of-year"
	case KindYearToDate:
		return "year-to-date"
	case KindOpen:
		return "open"
	case KindSamePeriod:
		return "same-period"
	}
	return "unknown"
}

// Mention is one period expression found in a text.
type Mention struct {
	Start, End int    // byte offsets of the expression in the text
	Text       string // text[Start:End]
	Period     figure.Period
	// From and To are the inclusive days, when the text names days; otherwise
	// the first and last day of Period. Both are zero for KindSamePeriod; one
	// of them is zero for KindOpen.
	From, To time.Time
	// Cumulative is true for year-to-date ranges stated as such
	// ("the first four months", "January-April", "1至4月", "year to date").
	Cumulative bool
	// Relative is true when the reference date was needed ("last year", "in April").
	Relative bool

	// Kind says what sort of expression this is.
	Kind Kind
	// Day is true when the text names a day or days ("December 11, 2024"):
	// a date rather than a statistics period. Period holds the month(s).
	Day bool
	// SamePeriod is true for "the same period", "during the period", "同期",
	// "a year earlier": the period is the one in context, which the caller
	// carries forward. Period is zero.
	SamePeriod bool
	// Comparison is true when the expression is the base of a comparison
	// rather than the period of a figure ("from a year earlier", "than in
	// 2023", "the same period last year", "去年同期").
	Comparison bool
	// Anaphoric is true for "in the month", "the previous month", "当月",
	// "for the year", "in the quarter": the period is taken from the one in
	// context (see InContext). Period holds a fallback from the reference
	// date: the month before its month, the year meant by "full-year", the
	// last quarter or half that has ended.
	Anaphoric bool
	// Rolling is true for trailing windows ("the past 12 months").
	Rolling bool
	// Open is true for open ranges ("before 2010", "after 2018").
	Open bool
	// Year is the year a SamePeriod mention names ("the same period of
	// 2023", "the same period last year", "去年同期"), else 0.
	Year int
}

// Find returns the period expressions in text, in text order, resolved against
// ref (the publication date). With a zero ref (or one outside the years
// 1000-9000), expressions that need one are skipped. Mentions never overlap.
func Find(text string, ref time.Time) []Mention {
	if text == "" {
		return nil
	}
	return newParser(text, ref).find()
}

// FindLower is Find for a caller that already holds a lower-cased copy of
// text: low must be text with the ASCII letters A-Z lower-cased and every
// other byte unchanged. It returns what Find(text, ref) returns, without
// lower-casing the text again.
func FindLower(text, low string, ref time.Time) []Mention {
	if text == "" {
		return nil
	}
	if len(low) != len(text) {
		low = asciiLower(text)
	}
	return newParserLower(text, low, ref).find()
}

// find is Find over the parser's text.
func (p *parser) find() []Mention {
	var out []Mention
	if len(p.text) >= 64 {
		// about one period per 150 bytes of news text: one allocation for most articles
		out = make([]Mention, 0, min(len(p.text)/128+4, 256))
	}
	lastEnd := -1 // token index just after the previous mention
	for i := 0; i < len(p.toks); {
		// Most tokens can start no period; canStart turns them away
		// without the cost of a call that returns a candidate.
		if !p.canStart(i) {
			i++
			continue
		}
		c, ok := p.longestAt(i, lastEnd)
		if !ok {
			i++
			continue
		}
		if c.rel && !p.hasRef {
			i = c.j
			continue
		}
		if !c.cmp && !c.same {
			c.cmp = p.comparisonBefore(c.i)
		} else if c.same && !c.cmp && p.comparisonBefore(c.i) && !p.word(c.i-1, "over", "in", "during", "for") {
			c.cmp = true
		}
		if len(out) == cap(out) && len(out) >= 256 {
			// Keep doubling: append grows a slice this large by a
			// quarter at a time, which on a long text allocates
			// five times the final size.
			grown := make([]Mention, len(out), 2*len(out))
			copy(grown, out)
			out = grown
		}
		out = append(out, p.mention(c))
		lastEnd = c.j
		i = c.j
	}
	if len(out) == 0 {
		return nil // as before the capacity was reserved
	}
	return out
}

// mention converts a candidate into a Mention.
func (p *parser) mention(c cand) Mention {
	start, end := int(p.toks[c.i].start), int(p.toks[c.j-1].end)
	m := Mention{
		Start: start, End: end, Text: p.text[start:end],
		Period: c.p, From: c.from, To: c.to,
		Cumulative: c.cum, Relative: c.rel, Kind: c.kind,
		Day: c.day, SamePeriod: c.same, Comparison: c.cmp, Anaphoric: c.ana,
		Rolling: c.rolling, Open: c.open, Year: c.year,
	}
	if !c.p.IsZero() {
		if m.From.IsZero() {
			m.From = firstDay(c.p.Start)
		}
		if m.To.IsZero() {
			m.To = lastDay(c.p.End)
		}
	}
	return m
}

func firstDay(m figure.Month) time.Time {
	return time.Date(m.Year(), time.Month(m.Num()), 1, 0, 0, 0, 0, time.UTC)
}

func lastDay(m figure.Month) time.Time { return firstDay(m+1).AddDate(0, 0, -1) }

// InContext returns the period m refers to, given ctx, the period in
// context (usually the last one stated before m). A SamePeriod mention is
// ctx itself, moved to the year it names ("the same period of 2023"), or a
// year earlier when it is a comparison base without one ("a year
// earlier"); an Anaphoric month is ctx's last
// month ("in the month"), or the month before it for a comparison ("the
// previous month"); "for the year" and "in the quarter" are the year and
// quarter of ctx's last month. Any other mention, or a zero ctx, gives
// m.Period.
func (m Mention) InContext(ctx figure.Period) figure.Period {
	if ctx.IsZero() {
		return m.Period
	}
	switch {
	case m.SamePeriod && m.Year != 0:
		shift := figure.Month(12 * (m.Year - ctx.End.Year()))
		return figure.Period{Start: ctx.Start + shift, End: ctx.End + shift}
	case m.SamePeriod && m.Comparison:
		return figure.Period{Start: ctx.Start - 12, End: ctx.End - 12}
	case m.SamePeriod:
		return ctx
	case m.Anaphoric && m.Kind == KindYear:
		return figure.YearPeriod(ctx.End.Year())
	case m.Anaphoric && (m.Kind == KindQuarter || m.Kind == KindHalf):
		span := figure.Month(3)
		if m.Kind == KindHalf {
			span = 6
		}
		start := figure.MonthOf(ctx.End.Year(), 1) + (ctx.End-figure.MonthOf(ctx.End.Year(), 1))/span*span
		return figure.Period{Start: start, End: start + span - 1}
	case m.Anaphoric && m.Comparison:
		return figure.MonthPeriod(ctx.End - 1)
	case m.Anaphoric:
		return figure.MonthPeriod(ctx.End)
	}
	return m.Period
}

// IsDatePeriod reports whether m names a span of calendar time: not a single
// day (a date), and not a same-period reference without dates of its own.
// Scorers of date-period suites count only these.
func (m Mention) IsDatePeriod() bool {
	return !m.SamePeriod && !(m.Day && m.From.Equal(m.To))
}
