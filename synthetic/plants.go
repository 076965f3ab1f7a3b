package synthetic

import (
	"math/rand/v2"

	"figcheck/figure"
)

// Kind names a sort of planted discrepancy.
type Kind string

// The discrepancies the generator plants (DESIGN §5).
const (
	// KindCumulative: a sheet's month figure is not the difference of its
	// year-to-date figure and the previous month's.
	KindCumulative Kind = "cumulative"
	// KindConflict: an article states a sheet's figure with a different value.
	KindConflict Kind = "conflict"
	// KindScale: an article prints a table's 万 figure with the wrong power of ten.
	KindScale Kind = "scale"
	// KindGrowth: an article's growth rate contradicts the two values it links.
	KindGrowth Kind = "growth"
	// KindMonthOverYTD: an article's month figure exceeds its year-to-date figure.
	KindMonthOverYTD Kind = "month-over-ytd"
)

// Kinds lists every kind in planting order.
func Kinds() []Kind {
	return []Kind{KindCumulative, KindConflict, KindScale, KindGrowth, KindMonthOverYTD}
}

// Rule ids of the built-in pack (rules/builtin/rules.yaml). This block and
// the two tables below are the one place that ties plants to rules.
const (
	ruleCumulativeSum   = "cumulative-sum"
	ruleMonthFromCum    = "month-from-cumulative"
	ruleConflict        = "cross-source-conflict"
	ruleScale           = "scale-error"
	ruleGrowth          = "growth-vs-values"
	ruleMonthWithinYTD  = "month-within-ytd"
	ruleUnitValueBounds = "unit-value-bounds"
	ruleCorrection      = "single-correction"
)

// ruleFor maps a planted kind to the rule expected to report it.
var ruleFor = map[Kind]string{
	KindCumulative:   ruleCumulativeSum,
	KindConflict:     ruleConflict,
	KindScale:        ruleScale,
	KindGrowth:       ruleGrowth,
	KindMonthOverYTD: ruleMonthWithinYTD,
}

// alsoFor lists rules that may legitimately fire as well on the planted
// metric and an overlapping period: a wrong number contradicts every figure
// it is arithmetically tied to, not just the one the plant aims at, and the
// correction step may name the one figure to fix.
var alsoFor = map[Kind][]string{
	KindCumulative:   {ruleMonthFromCum, ruleMonthWithinYTD, ruleGrowth, ruleCorrection},
	KindConflict:     {ruleCumulativeSum, ruleMonthFromCum, ruleGrowth, ruleMonthWithinYTD, ruleCorrection},
	KindScale:        {ruleConflict, ruleCumulativeSum, ruleMonthFromCum, ruleGrowth, ruleMonthWithinYTD, ruleUnitValueBounds, ruleCorrection},
	KindGrowth:       {ruleConflict, ruleCorrection},
	KindMonthOverYTD: {ruleCumulativeSum, ruleMonthFromCum, ruleConflict, ruleGrowth, ruleCorrection},
}

// RuleID returns the id of the rule expected to report a kind.
func RuleID(k Kind) string { return ruleFor[k] }

// plan is one planted discrepancy before and while its file is written; the
// writer fills stated, truth and quote.
type plan struct {
	kind    Kind
	file    int // article or sheet index
	sheet   bool
	ci      int
	flow    string
	period  figure.Period
	measure figure.Measure
	month   bool    // the month figure (else the year to date)
	delta   float64 // relative change, growth points or scale factor
	stated  float64
	truth   float64
	quote   string
}

// key is the fact the plant falsifies.
func (p *plan) key() factKey {
	return factKey{p.ci, p.flow, p.period, p.measure}
}

// planner chooses where discrepancies go. It runs before any file is
// written, so that files without plants can avoid stating a falsified fact.
type planner struct {
	rng      *rand.Rand
	articles []articlePlan
	sheets   []release
	used     map[[3]int]bool // (commodity, flow, year) already carrying a plant
	sheetHas map[int]bool
	sheetOf  map[release]int
	cursor   map[Kind]int // where each kind's search resumes
	plans    []*plan
}

func flowNum(flow string) int {
	if flow == figure.FlowImport {
		return 1
	}
	return 0
}

// place plants n discrepancies, cycling through kinds; kinds with no
// suitable file left are skipped.
func (p *planner) place(n int) {
	order := p.rng.Perm(len(p.articles))
	sorder := p.rng.Perm(len(p.sheets))
	stuck := 0
	kinds := Kinds()
	for k := 0; len(p.plans) < n && stuck < len(kinds); k++ {
		kind := kinds[k%len(kinds)]
		var pl *plan
		if kind == KindCumulative {
			pl = p.placeSheet(sorder)
		} else {
			pl = p.placeArticle(kind, order)
		}
		if pl == nil {
			stuck++
			continue
		}
		stuck = 0
		p.plans = append(p.plans, pl)
	}
}

func (p *planner) free(ci int, flow string, year int) bool {
	return !p.used[[3]int{ci, flowNum(flow), year}]
}

// take reserves a commodity and flow for the year of a plant and the years
// either side, since growth rates tie each year to the one before.
func (p *planner) take(ci int, flow string, year int) {
	for y := year - 1; y <= year+1; y++ {
		p.used[[3]int{ci, flowNum(flow), y}] = true
	}
}

// placeSheet falsifies the month value of one row of a customs or CSV sheet
// whose previous month is also in the corpus.
func (p *planner) placeSheet(order []int) *plan {
	// Each kind resumes where it stopped: a file passed over once never
	// becomes suitable later, and rescanning would make planting quadratic.
	for ; p.cursor[KindCumulative] < len(order); p.cursor[KindCumulative]++ {
		i := order[p.cursor[KindCumulative]]
		r := p.sheets[i]
		if p.sheetHas[i] || r.month < 2 || i < 2 {
			continue
		}
		rows := sheetRows(r.flow)
		for _, j := range p.rng.Perm(len(rows)) {
			ci := rows[j]
			if !p.free(ci, r.flow, r.year) {
				continue
			}
			p.take(ci, r.flow, r.year)
			p.sheetHas[i] = true
			d := 0.06 + 0.12*p.rng.Float64()
			if p.rng.IntN(2) == 0 {
				d = -d
			}
			return &plan{kind: KindCumulative, file: i, sheet: true, ci: ci, flow: r.flow,
				period: r.monthPeriod(), measure: figure.Value, month: true, delta: d}
		}
	}
	return nil
}

// placeArticle picks an article and a commodity for an article-side plant.
func (p *planner) placeArticle(kind Kind, order []int) *plan {
	for ; p.cursor[kind] < len(order); p.cursor[kind]++ {
		i := order[p.cursor[kind]]
		a := &p.articles[i]
		if a.plant != nil {
			continue
		}
		r := a.rel
		_, covered := p.sheetOf[r]
		for _, ci := range p.rng.Perm(len(commodities)) {
			c := commodities[ci]
			if !tradedIn(c, r.flow) || !p.free(ci, r.flow, r.year) {
				continue
			}
			pl := &plan{kind: kind, file: i, ci: ci, flow: r.flow, period: r.ytdPeriod(), measure: figure.Value}
			switch kind {
			case KindConflict:
				// Needs a sheet stating the same fact.
				if c.articleOnly || !covered {
					continue
				}
				pl.delta = 0.05 + 0.1*p.rng.Float64()
				if p.rng.IntN(2) == 0 {
					pl.delta = -pl.delta
				}
				if p.rng.IntN(2) == 0 {
					pl.month, pl.period = true, r.monthPeriod()
				}
			case KindScale:
				if c.articleOnly || !covered || c.qtyScale != 1e4 {
					continue
				}
				pl.measure = figure.Quantity
				pl.delta = 0.1
				if p.rng.IntN(3) == 0 {
					pl.delta = 10
				}
			case KindGrowth:
				// Article-only lines: no sheet states the growth rate.
				if !c.articleOnly {
					continue
				}
				pl.measure = figure.Growth
				pl.delta = 3 + 6*p.rng.Float64()
				if p.rng.IntN(2) == 0 {
					pl.delta = -pl.delta
				}
			case KindMonthOverYTD:
				if !c.articleOnly {
					continue
				}
				pl.month, pl.period = true, r.monthPeriod()
				pl.delta = 0.1 + 0.4*p.rng.Float64()
			}
			p.take(ci, r.flow, r.year)
			a.plant = pl
			a.items = withItem(a.items, ci, p.rng)
			return pl
		}
	}
	return nil
}

// withItem makes sure ci is one of an article's paragraphs.
func withItem(items []int, ci int, rng *rand.Rand) []int {
	for _, x := range items {
		if x == ci {
			return items
		}
	}
	if len(items) == 0 {
		return []int{ci}
	}
	items[rng.IntN(len(items))] = ci
	return items
}
