package synthetic

import (
	"fmt"
	"html"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"figcheck/figure"
)

// factKey names one true number: a commodity, flow, period and measure.
// Planted errors taint their key so that no other file states it.
type factKey struct {
	ci      int
	flow    string
	period  figure.Period
	measure figure.Measure
}

// articlePlan is what one article will say before any prose is chosen.
type articlePlan struct {
	index int
	rel   release
	items []int // commodity indices, one paragraph each
	plant *plan // at most one planted error
}

// selfNoun marks quantity nouns that name their subject on their own
// ("88.68 billion chips"), so the sentence needs no "of integrated circuits".
var selfNoun = map[string]bool{"chips": true, "handsets": true, "phones": true, "cars": true, "vehicles": true, "ships": true, "vessels": true}

var numberWords = [...]string{"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}

// writer builds one article, counting the figures it states.
type writer struct {
	w       world
	rng     *rand.Rand
	rel     release
	pub     time.Time
	tainted map[factKey]bool
	ci      int // the commodity of the paragraph being written
	gold    []GoldFigure
	sb      strings.Builder
	plant   *plan
	hard    bool // use constructions known to be hard to extract
	// priorSaid is set once a paragraph has named the year-earlier period,
	// after which carrying "the same period" over would be ambiguous.
	priorSaid bool
}

func (a *writer) pick(options ...string) string { return options[a.rng.IntN(len(options))] }

func (a *writer) chance(p float64) bool { return a.rng.Float64() < p }

// publishedOn dates an article about a release: the middle of the next month.
func publishedOn(r release, rng *rand.Rand) time.Time {
	return time.Date(r.year, time.Month(r.month+1), 7+rng.IntN(14), 0, 0, 0, 0, time.UTC)
}

// ytdPhrase names the months January..M of the release's year.
func (a *writer) ytdPhrase(year int) string {
	m := a.rel.month
	mon := figure.MonthName(m)
	if m == 12 {
		return a.pick("in "+strconv.Itoa(year), "for the whole of "+strconv.Itoa(year))
	}
	yr := ""
	if a.chance(0.5) || year != a.rel.year {
		yr = " " + strconv.Itoa(year)
	}
	of := ""
	if yr != "" {
		of = " of" + yr
	}
	switch a.rng.IntN(4) {
	case 0:
		return "in January-" + mon + yr
	case 1:
		return "in the first " + numberWords[m] + " months" + of
	case 2:
		return "between January and " + mon + yr
	default:
		return "from January to " + mon + yr
	}
}

// monthPhrase names month M of the release's year.
func (a *writer) monthPhrase() string {
	mon := figure.MonthName(a.rel.month)
	if a.chance(0.4) {
		mon += " " + strconv.Itoa(a.rel.year)
	}
	return mon
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// sigDigits rounds x to n significant digits and renders it without
// trailing zeros.
func sigDigits(x float64, n int) string {
	if x == 0 {
		return "0"
	}
	intDigits := int(math.Floor(math.Log10(math.Abs(x)))) + 1
	// Whole numbers keep all their digits: "10760" would claim a precision
	// of one unit that a value rounded to tens does not have.
	dec := max(n-intDigits, 0)
	s := strconv.FormatFloat(x, 'f', dec, 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}

// grouped renders a whole number with thousands separators.
func grouped(v int64) string {
	s := strconv.FormatInt(v, 10)
	var out []byte
	for i := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	return string(out)
}

var scales = []struct {
	word string
	size float64
}{{"trillion", 1e12}, {"billion", 1e9}, {"million", 1e6}}

// scaled renders x with a scale word at n significant digits ("355.24 billion").
func scaled(x float64, n int) string {
	for i, s := range scales {
		if x < s.size {
			continue
		}
		m := sigDigits(x/s.size, n)
		if v, _ := strconv.ParseFloat(m, 64); v >= 1000 && i > 0 {
			return sigDigits(x/scales[i-1].size, n) + " " + scales[i-1].word
		}
		return m + " " + s.word
	}
	return grouped(int64(math.Round(x)))
}

// record notes a figure the article states, for the gold list.
func (a *writer) record(quote string, value float64, unit string, m figure.Measure, p figure.Period, basis, of string) {
	c := commodities[a.ci]
	a.gold = append(a.gold, GoldFigure{Quote: quote, Value: value, Unit: unit, Measure: m, Subject: c.names[0],
		Metric: figure.MetricID(c.id, a.rel.flow), Flow: a.rel.flow, PeriodStart: p.Start.String(), PeriodEnd: p.End.String(),
		Basis: basis, Of: of})
}

// markPlanted flags the last recorded figure as a planted error.
func (a *writer) markPlanted(pl *plan) {
	if len(a.gold) > 0 {
		a.gold[len(a.gold)-1].Planted = string(pl.kind)
	}
}

// money states an amount of yuan for period p.
func (a *writer) money(yuan float64, p figure.Period) string {
	n := 4 + a.rng.IntN(2)
	if a.hard && a.chance(0.15) {
		// Chinese units: 3552.4亿元 is 355.24 billion yuan.
		out := sigDigits(yuan/1e8, n) + "亿元"
		a.record(out, parseStated(out), "CNY", figure.Value, p, "", "")
		return out
	}
	s := scaled(yuan, n)
	out := s + " yuan"
	if strings.Contains(s, " ") {
		switch a.rng.IntN(4) {
		case 0:
			out = "¥" + s
		case 1:
			out = "RMB " + s
		}
	}
	a.record(out, parseStated(out), "CNY", figure.Value, p, "", "")
	return out
}

// count states a quantity in base units with its noun.
func (a *writer) count(base float64, noun string, p figure.Period) string {
	out := scaled(base, 4+a.rng.IntN(2)) + " " + noun
	a.record(out, parseStated(out), commodities[a.ci].qtyUnit, figure.Quantity, p, "", "")
	return out
}

// growthPhrase states a year-on-year change of measure of that follows a value.
func (a *writer) growthPhrase(g float64, p figure.Period, of figure.Measure) string {
	v := strconv.FormatFloat(math.Abs(g), 'f', 1, 64)
	var out string
	if g >= 0 {
		out = a.pick("up "+v+"% year on year", "a rise of "+v+"% from a year earlier", "an increase of "+v+" percent on the year")
	} else {
		out = a.pick("down "+v+"% year on year", "a decline of "+v+"% from a year earlier", "a drop of "+v+" percent on the year")
	}
	q := v + "%"
	if strings.Contains(out, "percent") {
		q = v + " percent"
	}
	a.record(q, g, figure.UnitPercent, figure.Growth, p, figure.BasisYoY, string(of))
	return out
}

func flowNoun(flow string) string {
	if flow == figure.FlowImport {
		return "imports"
	}
	return "exports"
}

func flowVerb(flow string) string {
	if flow == figure.FlowImport {
		return "imported"
	}
	return "exported"
}

func (a *writer) say(s string) {
	if a.sb.Len() > 0 && !strings.HasSuffix(a.sb.String(), "\n") {
		a.sb.WriteByte(' ')
	}
	a.sb.WriteString(s)
}

func (a *writer) endParagraph() { a.sb.WriteString("\n\n") }

// free reports whether a true number may be stated (no planted error elsewhere uses its key).
func (a *writer) free(k factKey) bool { return !a.tainted[k] }

var fillers = []string{
	"Officials attributed the change to shifting overseas demand.",
	"Traders said orders had picked up after a slow start to the year.",
	"Analysts expect the pace to moderate as base effects fade.",
	"The customs office did not comment on the outlook.",
	"Industry groups said pricing pressure remained intense.",
	"Demand from Southeast Asian markets stayed firm, according to exporters.",
}

var weekdays = [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// render writes an article: headline, dated line, an opening sentence and one
// paragraph per commodity.
func (a *writer) render(p articlePlan, format string) string {
	first := commodities[p.items[0]]
	head := capitalise(first.names[a.rng.IntN(len(first.names))]) + " " + flowNoun(a.rel.flow) + " " +
		a.pick("in focus", "in the spotlight", "under scrutiny", "draw attention") + " as customs publishes " + figure.MonthName(a.rel.month) + " data"
	released := a.pub.AddDate(0, 0, -1-a.rng.IntN(3))
	for released.Weekday() == time.Saturday || released.Weekday() == time.Sunday {
		released = released.AddDate(0, 0, -1)
	}
	a.say("Figures released by the customs administration on " + weekdays[released.Weekday()] + " give a mixed picture of the country's " +
		flowNoun(a.rel.flow) + ".")
	a.endParagraph()
	for _, ci := range p.items {
		var pl *plan
		if p.plant != nil && p.plant.ci == ci {
			pl = p.plant
		}
		a.paragraph(ci, pl)
		a.endParagraph()
	}
	paras := strings.Split(strings.TrimRight(a.sb.String(), "\n"), "\n\n")
	date := a.pub.Format("2006-01-02")
	var out strings.Builder
	switch format {
	case ".md":
		fmt.Fprintf(&out, "---\ntitle: %q\ndate: %s\n---\n\n# %s\n\n%s\n", head, date, head, strings.Join(paras, "\n\n"))
	case ".html":
		fmt.Fprintf(&out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n"+
			"<meta property=\"article:published_time\" content=\"%s\">\n</head>\n<body>\n<article>\n<h1>%s</h1>\n",
			html.EscapeString(head), date, html.EscapeString(head))
		for _, para := range paras {
			fmt.Fprintf(&out, "<p>%s</p>\n", html.EscapeString(para))
		}
		out.WriteString("</article>\n</body>\n</html>\n")
	default:
		fmt.Fprintf(&out, "%s\nPublished: %s\n\n%s\n", head, date, strings.Join(paras, "\n\n"))
	}
	return out.String()
}

// paragraph writes the sentences about one commodity; pl, if set, is the
// planted error this paragraph must carry.
func (a *writer) paragraph(ci int, pl *plan) {
	c := commodities[ci]
	a.ci = ci
	a.priorSaid = false
	r := a.rel
	fc := a.w.factsFor(ci, r.flow, r.year, r.month)
	ytdP, monP := r.ytdPeriod(), r.monthPeriod()
	prevP := figure.YTD(figure.MonthOf(r.year-1, r.month))
	name := c.names[a.rng.IntN(len(c.names))]
	noun := flowNoun(r.flow)
	said := 0

	// The cumulative value, with or without its growth and prior-year value.
	valueKey := factKey{ci, r.flow, ytdP, figure.Value}
	growthKey := factKey{ci, r.flow, ytdP, figure.Growth}
	prevKey := factKey{ci, r.flow, prevP, figure.Value}
	A := valueYuan(fc.ytd)
	P := fc.growthYTD
	switch {
	case pl != nil && pl.kind == KindGrowth:
		wrong := round1(P + pl.delta)
		pl.stated, pl.truth = wrong, P
		g := a.growthPhrase(wrong, ytdP, figure.Value)
		a.markPlanted(pl)
		pl.quote = g
		a.withPrior(noun, name, A, g, valueYuan(fc.prevYTD))
		said++
	case pl != nil && pl.kind == KindConflict && pl.measure == figure.Value && !pl.month:
		wrong := A * (1 + pl.delta)
		text := a.money(wrong, ytdP)
		pl.stated, pl.truth, pl.quote = parseStated(text), A, text
		a.markPlanted(pl)
		a.say(fmt.Sprintf("%s of %s reached %s %s.", capitalise(noun), name, text, a.ytdPhrase(r.year)))
		said++
	case pl != nil && pl.kind == KindMonthOverYTD:
		a.say(fmt.Sprintf("%s of %s reached %s %s.", capitalise(noun), name, a.money(A, ytdP), a.ytdPhrase(r.year)))
		said++
	case a.free(valueKey) && a.chance(0.85):
		withGrowth := a.free(growthKey) && math.Abs(P) >= 0.1 && a.chance(0.7)
		withPrev := withGrowth && a.free(prevKey) && a.chance(0.3)
		switch {
		case withPrev:
			a.withPrior(noun, name, A, a.growthPhrase(P, ytdP, figure.Value), valueYuan(fc.prevYTD))
		case withGrowth:
			dir := "rose"
			if P < 0 {
				dir = "fell"
			}
			g := strconv.FormatFloat(math.Abs(P), 'f', 1, 64)
			switch a.rng.IntN(4) {
			case 0:
				a.say(fmt.Sprintf("%s of %s reached %s %s, %s.", capitalise(noun), name, a.money(A, ytdP), a.ytdPhrase(r.year), a.growthPhrase(P, ytdP, figure.Value)))
			case 1:
				a.record(g+"%", P, figure.UnitPercent, figure.Growth, ytdP, figure.BasisYoY, string(figure.Value))
				a.say(fmt.Sprintf("%s %s %s %s%% year on year to %s %s.", capitalise(name), noun, dir, g, a.money(A, ytdP), a.ytdPhrase(r.year)))
			case 2:
				a.say(fmt.Sprintf("China %s %s worth %s %s, %s.", flowVerb(r.flow), name, a.money(A, ytdP), a.ytdPhrase(r.year), a.growthPhrase(P, ytdP, figure.Value)))
			default:
				a.say(fmt.Sprintf("Customs data for 1至%d月 put %s of %s at %s, %s.", r.month, noun, name, a.money(A, ytdP), a.growthPhrase(P, ytdP, figure.Value)))
			}
		default:
			a.say(fmt.Sprintf("%s of %s reached %s %s.", capitalise(noun), name, a.money(A, ytdP), a.ytdPhrase(r.year)))
		}
		said++
	}

	// The cumulative quantity.
	qtyKey := factKey{ci, r.flow, ytdP, figure.Quantity}
	if c.hasQty() {
		Q := qtyBase(c, fc.qYTD)
		nounQ := c.nouns[a.rng.IntN(len(c.nouns))]
		switch {
		case pl != nil && pl.kind == KindScale:
			nounQ = c.nouns[0] // a plant must be extractable to be found
			// The table's 万 number printed with the wrong power of ten:
			// 24,105.4 (万台) becomes "24.1054 million" instead of 241.054 million.
			wrong := Q * pl.delta
			text := scaledDigits(wrong, fixed(fc.qYTD, c.qtyDec)) + " " + nounQ
			a.record(text, parseStated(text), c.qtyUnit, figure.Quantity, ytdP, "", "")
			pl.stated, pl.truth, pl.quote = wrong, Q, text
			a.markPlanted(pl)
			if selfNoun[nounQ] {
				a.say(fmt.Sprintf("China %s %s %s.", flowVerb(r.flow), text, a.ytdPhrase(r.year)))
			} else {
				a.say(fmt.Sprintf("China %s %s of %s %s.", flowVerb(r.flow), text, name, a.ytdPhrase(r.year)))
			}
			said++
		case a.free(qtyKey) && a.chance(0.6):
			if a.hard && said > 0 && !a.priorSaid && a.chance(0.4) {
				// Subject and period carried over from the sentence before.
				a.say(fmt.Sprintf("By volume, %s were %s over the same period.", a.count(Q, nounQ, ytdP), a.pick(movedVerbs(r.flow)...)))
			} else if selfNoun[nounQ] {
				a.say(fmt.Sprintf("China %s %s %s.", flowVerb(r.flow), a.count(Q, nounQ, ytdP), a.ytdPhrase(r.year)))
			} else if a.chance(0.5) {
				a.say(fmt.Sprintf("China %s %s of %s %s.", flowVerb(r.flow), a.count(Q, nounQ, ytdP), name, a.ytdPhrase(r.year)))
			} else {
				a.say(fmt.Sprintf("In volume terms, %s of %s amounted to %s %s.", noun, name, a.count(Q, nounQ, ytdP), a.ytdPhrase(r.year)))
			}
			said++
		}
	}

	// The month on its own.
	monKey := factKey{ci, r.flow, monP, figure.Value}
	monGrowthKey := factKey{ci, r.flow, monP, figure.Growth}
	Am := valueYuan(fc.month)
	switch {
	case pl != nil && pl.kind == KindMonthOverYTD:
		wrong := A * (1 + pl.delta)
		text := a.money(wrong, monP)
		pl.stated, pl.truth, pl.quote = parseStated(text), Am, text
		a.markPlanted(pl)
		a.say(fmt.Sprintf("In %s alone, %s of %s came to %s.", a.monthPhrase(), noun, name, text))
		said++
	case pl != nil && pl.kind == KindConflict && pl.month:
		wrong := Am * (1 + pl.delta)
		text := a.money(wrong, monP)
		pl.stated, pl.truth, pl.quote = parseStated(text), Am, text
		a.markPlanted(pl)
		a.say(fmt.Sprintf("In %s alone, %s of %s came to %s.", a.monthPhrase(), noun, name, text))
		said++
	case a.free(monKey) && a.chance(0.5):
		if a.hard && said > 0 && !a.priorSaid && a.chance(0.4) {
			a.say(fmt.Sprintf("%s alone accounted for %s of %s.", a.monthPhrase(), a.money(Am, monP), noun))
		} else if a.free(monGrowthKey) && math.Abs(fc.growthMonth) >= 0.1 && a.chance(0.3) {
			a.say(fmt.Sprintf("In %s, %s of %s came to %s, %s.", a.monthPhrase(), noun, name, a.money(Am, monP), a.growthPhrase(fc.growthMonth, monP, figure.Value)))
		} else if a.chance(0.5) {
			a.say(fmt.Sprintf("In %s alone, %s of %s came to %s.", a.monthPhrase(), noun, name, a.money(Am, monP)))
		} else {
			a.say(fmt.Sprintf("%s of %s in %s were valued at %s.", capitalise(noun), name, a.monthPhrase(), a.money(Am, monP)))
		}
		said++
	}

	// The whole of the previous year, now and then.
	fullKey := factKey{ci, r.flow, figure.YearPeriod(r.year - 1), figure.Value}
	if a.free(fullKey) && a.chance(0.15) {
		full := valueYuan(ytd(a.w.series(ci, r.flow, figure.Value), r.year-1, 12))
		a.say(fmt.Sprintf("For the whole of %d, %s of %s totalled %s.", r.year-1, noun, name, a.money(full, figure.YearPeriod(r.year-1))))
		said++
	}
	if said == 0 {
		a.say(fmt.Sprintf("%s of %s were not broken out in %s.", capitalise(noun), name, a.pick("the release", "the summary table")))
	}
	if a.chance(0.3) {
		a.say(fillers[a.rng.IntN(len(fillers))])
	}
}

// withPrior states a year to date, its growth phrase g and the value of the
// same months a year earlier. Hard prose puts all three in one sentence
// ("..., up 5% from ¥1.2 trillion in January-April 2023"), where the growth
// rate must not be read as belonging to the earlier period.
func (a *writer) withPrior(noun, name string, cur float64, g string, prev float64) {
	r := a.rel
	ytdP, prevP := r.ytdPeriod(), figure.YTD(figure.MonthOf(r.year-1, r.month))
	if a.hard && a.chance(0.5) {
		a.say(fmt.Sprintf("%s of %s came to %s %s, %s from %s %s.", capitalise(noun), name, a.money(cur, ytdP), a.ytdPhrase(r.year),
			g, a.money(prev, prevP), a.ytdPhrase(r.year-1)))
		return
	}
	a.say(fmt.Sprintf("%s of %s came to %s %s, %s.", capitalise(noun), name, a.money(cur, ytdP), a.ytdPhrase(r.year), g))
	a.say(fmt.Sprintf("%s, %s of %s had come to %s.", capitalise(a.ytdPhrase(r.year-1)), noun, name, a.money(prev, prevP)))
	a.priorSaid = true // "the same period" would now mean the year before
}

// scaledDigits writes v with a scale word so that its digits are those of
// table, the number as the customs table printed it ("24.1054 million" for a
// table's 24,105.4).
func scaledDigits(v, table float64) string {
	digits := len(strings.TrimLeft(strings.ReplaceAll(strconv.FormatFloat(table, 'f', -1, 64), ".", ""), "0"))
	if digits < 3 {
		digits = 3
	}
	return scaled(v, digits)
}

// movedVerbs say how goods crossed the border in a flow.
func movedVerbs(flow string) []string {
	if flow == figure.FlowImport {
		return []string{"brought in", "bought from abroad"}
	}
	return []string{"shipped abroad", "sold overseas"}
}

// parseStated reads back the number an amount phrase states, in base units,
// so the manifest records what the text says rather than the unrounded value.
func parseStated(text string) float64 {
	if num, ok := strings.CutSuffix(text, "亿元"); ok {
		v, err := strconv.ParseFloat(num, 64)
		if err != nil {
			return 0
		}
		return v * 1e8
	}
	t := strings.NewReplacer("¥", "", "RMB ", "", " yuan", "", ",", "").Replace(text)
	f := strings.Fields(t)
	if len(f) == 0 {
		return 0
	}
	v, err := strconv.ParseFloat(f[0], 64)
	if err != nil {
		return 0
	}
	if len(f) > 1 {
		for _, s := range scales {
			if f[1] == s.word {
				v *= s.size
			}
		}
	}
	return v
}
