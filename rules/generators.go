package rules

import (
	"cmp"
	"slices"

	"figcheck/figure"
)

// cand is one candidate: figure positions in the generator's own layout
// (claim first) and, for groups, the parts. It is kept small (there is one
// per figure and rule shape); the few shapes that attach more use x.
type cand struct {
	f     [3]int32
	n     int8 // how many of f are used
	parts []int32
	x     *candExtra
}

// candExtra is what some generators attach to a candidate.
type candExtra struct {
	rest  *Val   // derived value (spans: long − short; corrections: the fix)
	extra []*Val // others (unit values of other sources; stated months)
	// For corrections: the labels of the failed checks, their periods, how
	// many, and the other figures whose correction would do the same.
	checks []string
	totals []string
	alts   []string
	broken int
}

// more returns the candidate's extra data, allocating it on first use.
func (c *cand) more() *candExtra {
	if c.x == nil {
		c.x = &candExtra{}
	}
	return c.x
}

// candList holds a generator's candidates in chunks of fixed size: a list of
// millions is never grown and copied, and each chunk is one evaluation task.
type candList struct {
	chunks [][]cand
	n      int
}

// add appends c.
func (l *candList) add(c cand) {
	if k := len(l.chunks); k == 0 || len(l.chunks[k-1]) == cap(l.chunks[k-1]) {
		l.chunks = append(l.chunks, make([]cand, 0, chunk))
	}
	k := len(l.chunks) - 1
	l.chunks[k] = append(l.chunks[k], c)
	l.n++
}

// term is one side of a balance equation: coef × figure.
type term struct {
	fig  int32
	coef float64
}

// Var documents one variable a generator gives expressions.
type Var struct {
	Name, Type, Doc string
}

// generator builds candidates from the index and binds them to an
// environment. Its name is what a rule's "over" field says.
type generator struct {
	name  string
	doc   string
	vars  []Var
	env   func() any
	cands func(ix *index) candList
	fill  func(env any, c *cand, ix *index)
	// equation, when set, states the candidate as Σ coef×figure = 0, so that
	// failures can be traced to one figure (the correction step).
	equation func(c *cand) []term
}

// figures lists the candidate's figures, claim first.
func (c *cand) figures() []int32 {
	out := make([]int32, 0, int(c.n)+len(c.parts))
	out = append(out, c.f[:c.n]...)
	return append(out, c.parts...)
}

// Environments, one per generator. Field names (expr tags) are the variables
// rule expressions use.
type (
	// FigureEnv: every figure on its own.
	FigureEnv struct {
		F *Val `expr:"f"`
	}
	// PairEnv: two figures stating the same fact.
	PairEnv struct {
		A *Val `expr:"a"`
		B *Val `expr:"b"`
	}
	// MonthsEnv: a multi-month figure and the figures of its months.
	MonthsEnv struct {
		C     *Val   `expr:"c"`
		Parts []*Val `expr:"parts"`
	}
	// StepEnv: a month, its year-to-date and the year-to-date before it.
	StepEnv struct {
		M    *Val `expr:"m"`
		C    *Val `expr:"c"`
		Prev *Val `expr:"prev"`
	}
	// WithinEnv: a month and a year-to-date figure containing it.
	WithinEnv struct {
		Part  *Val `expr:"part"`
		Whole *Val `expr:"whole"`
	}
	// SpansEnv: two year-to-date figures of one year and what lies between.
	SpansEnv struct {
		Short  *Val   `expr:"short"`
		Long   *Val   `expr:"long"`
		Rest   *Val   `expr:"rest"`
		Stated []*Val `expr:"stated"`

		scratch Val // Rest points here: computed per candidate, reused
	}
	// ValueQuantityEnv: a value and a quantity of the same fact.
	ValueQuantityEnv struct {
		V      *Val   `expr:"v"`
		Q      *Val   `expr:"q"`
		Others []*Val `expr:"others"`
	}
	// GrowthEnv: a year-on-year growth rate and the two values it links.
	GrowthEnv struct {
		G    *Val `expr:"g"`
		Cur  *Val `expr:"cur"`
		Prev *Val `expr:"prev"`
	}
	// FlowsEnv: exports, imports and total trade.
	FlowsEnv struct {
		X *Val `expr:"x"`
		M *Val `expr:"m"`
		T *Val `expr:"t"`
	}
	// BalanceEnv: exports, imports and the balance (surplus).
	BalanceEnv struct {
		X *Val `expr:"x"`
		M *Val `expr:"m"`
		S *Val `expr:"s"`
	}
	// LinkedEnv: one fact stated in two currencies.
	LinkedEnv struct {
		A *Val `expr:"a"`
		B *Val `expr:"b"`
	}
	// ShareEnv: a share and the part and whole it relates.
	ShareEnv struct {
		S     *Val `expr:"s"`
		Part  *Val `expr:"part"`
		Whole *Val `expr:"whole"`
	}
	// CorrectionEnv: one figure whose correction would repair several failed balances.
	CorrectionEnv struct {
		F            *Val     `expr:"f"`
		Fix          *Val     `expr:"fix"`
		Broken       int      `expr:"broken"`
		Checks       []string `expr:"checks"`
		Totals       []string `expr:"totals"`
		Alternatives []string `expr:"alternatives"`
	}
)

// maxGroup caps pairs and combinations taken from one fact, so that a
// pathological input (hundreds of copies of a figure) cannot explode.
const maxGroup = 64

// correctionGen is the name of the generator fed by failed balances.
const correctionGen = "correction"

var generators = map[string]*generator{}

func init() {
	for _, g := range []*generator{genFigure, genPair, genMonths, genStep, genWithin, genSpans,
		genValueQuantity, genGrowth, genFlows, genBalance, genLinked, genShare, genCorrection} {
		generators[g.name] = g
	}
}

// Generators lists the candidate shapes a rule's "over" may name, sorted.
func Generators() []string {
	var out []string
	for n := range generators {
		out = append(out, n)
	}
	slices.Sort(out)
	return out
}

var genFigure = &generator{
	name: "figure",
	doc:  "every figure on its own",
	vars: []Var{{"f", "Val", "the figure"}},
	env:  func() any { return &FigureEnv{} },
	cands: func(ix *index) candList {
		var out candList
		for _, i := range ix.rank {
			out.add(cand{f: [3]int32{i}, n: 1})
		}
		return out
	},
	fill: func(env any, c *cand, ix *index) { env.(*FigureEnv).F = ix.val(c.f[0]) },
}

var genPair = &generator{
	name: "pair",
	doc:  "two figures with the same metric, measure, partner, unit family (all currencies are one family), growth basis and period, not stated identically (same unit, value and interval); a comes first in canonical order (source, position)",
	vars: []Var{{"a", "Val", "the first figure"}, {"b", "Val", "the second figure"}},
	env:  func() any { return &PairEnv{} },
	cands: func(ix *index) candList {
		var out candList
		for j := range ix.facts {
			g := ix.factList(j)
			if len(g) > maxGroup {
				g = g[:maxGroup]
			}
			for i := 0; i < len(g); i++ {
				for j := i + 1; j < len(g); j++ {
					if ix.sameStatement(g[i], g[j]) {
						continue // stated identically: no built-in pair rule can fire on them
					}
					out.add(cand{f: [3]int32{g[i], g[j]}, n: 2})
				}
			}
		}
		return out
	},
	fill: func(env any, c *cand, ix *index) {
		e := env.(*PairEnv)
		e.A, e.B = ix.val(c.f[0]), ix.val(c.f[1])
	},
}

// statement identifies what a figure states: its period, unit, value and
// interval.
type statement struct {
	period        figure.Period
	unit          string
	value, lo, hi float64
}

// sameStatement reports whether figures i and j state exactly the same
// amount: same period, unit, value and interval (many articles repeat an official
// figure; pairing every copy with every other would grow with the square of
// the copies and can never find a disagreement).
func (ix *index) sameStatement(i, j int32) bool { return ix.statementOf(i) == ix.statementOf(j) }

// statementOf is what figure i states.
func (ix *index) statementOf(i int32) statement {
	v := &ix.vals[i]
	return statement{ix.figs[i].Period, v.Unit, v.Value, v.Lo, v.Hi}
}

// sumMeasure reports whether a measure adds up over months (value, quantity).
func (ix *index) sumMeasure(m sym) bool { return m == ix.c.value || m == ix.c.quantity }

// periodLists finds one series' figures by period. The series is sorted by
// period, so a look-up is a binary search: no per-series map is built.
type periodLists struct {
	s  []int32
	ix *index
}

// byPeriod returns the look-up over a series sorted by period.
func (ix *index) byPeriod(s []int32) periodLists { return periodLists{s: s, ix: ix} }

// at returns the figures of period p, in canonical order.
func (l periodLists) at(p figure.Period) []int32 {
	figs := l.ix.figs
	cmpP := func(i int32, p figure.Period) int {
		q := figs[i].Period
		return cmp.Or(cmp.Compare(q.Start, p.Start), cmp.Compare(q.End, p.End))
	}
	lo, found := slices.BinarySearchFunc(l.s, p, cmpP)
	if !found {
		return nil
	}
	hi := lo + 1
	for hi < len(l.s) && figs[l.s[hi]].Period == p {
		hi++
	}
	return l.s[lo:hi:hi]
}

// monthOf returns the figure to use for month m among one series' figures:
// a single month, or (for January) a January-February figure when no single
// January is stated and the claim runs past February. It returns the figure
// and the months it covers, or -1.
func (ix *index) monthOf(local periodLists, claim int32, m, end figure.Month) (int32, int) {
	if b := ix.best(local.at(figure.MonthPeriod(m)), claim, -1); b >= 0 {
		return b, 1
	}
	if m.Num() == 1 && end > m {
		if b := ix.best(local.at(figure.Period{Start: m, End: m + 1}), claim, -1); b >= 0 {
			return b, 2
		}
	}
	return -1, 0
}

var genMonths = &generator{
	name: "months",
	doc:  "a value or quantity over two or more months of one year (c) and figures for each of its months (parts), January-February combined when published together; the same metric, measure, partner and unit family. Equation: c = Σ parts",
	vars: []Var{{"c", "Val", "the multi-month figure (cumulative)"}, {"parts", "[]Val", "its months, in order"}},
	env:  func() any { return &MonthsEnv{} },
	cands: func(ix *index) candList {
		var out candList
		for _, sk := range ix.seriesOrder {
			if !ix.sumMeasure(sk.measure) {
				continue
			}
			local := ix.byPeriod(ix.series[sk])
			for _, c := range ix.series[sk] {
				p := ix.figs[c].Period
				if p.Months() < 2 || p.Start.Year() != p.End.Year() {
					continue
				}
				if len(local.at(p)) > maxGroup && slices.Index(local.at(p), c) >= maxGroup {
					continue
				}
				var parts []int32
				ok := true
				for m := p.Start; m <= p.End; {
					f, n := ix.monthOf(local, c, m, p.End)
					if f < 0 || (n == 2 && p.Months() == 2) {
						ok = false
						break
					}
					parts = append(parts, f)
					m += figure.Month(n)
				}
				if ok {
					out.add(cand{f: [3]int32{c}, n: 1, parts: parts})
				}
			}
		}
		return out
	},
	fill: func(env any, c *cand, ix *index) {
		e := env.(*MonthsEnv)
		e.C = ix.val(c.f[0])
		e.Parts = e.Parts[:0]
		for _, p := range c.parts {
			e.Parts = append(e.Parts, ix.val(p))
		}
	},
	equation: func(c *cand) []term {
		t := []term{{c.f[0], 1}}
		for _, p := range c.parts {
			t = append(t, term{p, -1})
		}
		return t
	},
}

var genStep = &generator{
	name: "step",
	doc:  "a month (m; or January-February), the year-to-date ending with it (c) and the year-to-date ending the month before (prev, two months or more), same metric, measure, partner and unit family. Equation: c = prev + m",
	vars: []Var{{"m", "Val", "the month"}, {"c", "Val", "year-to-date through m"}, {"prev", "Val", "year-to-date through the month before m"}},
	env:  func() any { return &StepEnv{} },
	cands: func(ix *index) candList {
		var out candList
		for _, sk := range ix.seriesOrder {
			if !ix.sumMeasure(sk.measure) {
				continue
			}
			local := ix.byPeriod(ix.series[sk])
			for _, m := range ix.series[sk] {
				p := ix.figs[m].Period
				jf := p.Start.Num() == 1 && p.Months() == 2
				// prev must be two months or more: the months rule covers the rest.
				if !(p.IsMonth() || jf) || p.Start.Num() < 4 {
					continue
				}
				if slices.Index(local.at(p), m) >= maxGroup {
					continue
				}
				c := ix.best(local.at(figure.YTD(p.End)), m, -1)
				prev := ix.best(local.at(figure.YTD(p.Start-1)), m, -1)
				if c >= 0 && prev >= 0 {
					out.add(cand{f: [3]int32{m, c, prev}, n: 3})
				}
			}
		}
		return out
	},
	fill: func(env any, c *cand, ix *index) {
		e := env.(*StepEnv)
		e.M, e.C, e.Prev = ix.val(c.f[0]), ix.val(c.f[1]), ix.val(c.f[2])
	},
	equation: func(c *cand) []term { return []term{{c.f[1], 1}, {c.f[2], -1}, {c.f[0], -1}} },
}

var genWithin = &generator{
	name: "within",
	doc:  "a single-month figure (part) and, per source, the shortest year-to-date figure of the same year that contains it (whole); same metric, measure, partner and unit family; sources stating that figure identically count once (the first by source)",
	vars: []Var{{"part", "Val", "the month"}, {"whole", "Val", "a year-to-date figure containing it"}},
	env:  func() any { return &WithinEnv{} },
	cands: func(ix *index) candList {
		var out candList
		for _, sk := range ix.seriesOrder {
			if !ix.sumMeasure(sk.measure) {
				continue
			}
			s := ix.series[sk]
			var chosen []int32
			stated := map[statement]bool{}
			bySource := map[string]int{} // source → its place in chosen
			for a, pi := range s {
				pp := ix.figs[pi].Period
				if !pp.IsMonth() {
					continue
				}
				chosen = chosen[:0] // per source, the shortest containing year-to-date
				clear(bySource)
				// Candidates start in January of the same year: they sort before the month.
				for b := a; b >= 0; b-- {
					w := s[b]
					wp := ix.figs[w].Period
					if wp.Start.Year() != pp.Start.Year() {
						break
					}
					if !wp.IsYTD() || wp.Months() < 2 || !wp.Contains(pp) {
						continue
					}
					src := ix.figs[w].Source
					k, seen := bySource[src]
					switch {
					case !seen:
						bySource[src] = len(chosen)
						chosen = append(chosen, w)
					case wp.End < ix.figs[chosen[k]].Period.End:
						chosen[k] = w
					}
				}
				slices.SortFunc(chosen, func(a, b int32) int { return cmp.Compare(ix.figs[a].Source, ix.figs[b].Source) })
				clear(stated)
				for _, w := range chosen {
					// sources that state the same year-to-date figure identically are
					// one comparison, made with the first of them
					k := ix.statementOf(w)
					if stated[k] {
						continue
					}
					stated[k] = true
					out.add(cand{f: [3]int32{pi, w}, n: 2})
				}
			}
		}
		return out
	},
	fill: func(env any, c *cand, ix *index) {
		e := env.(*WithinEnv)
		e.Part, e.Whole = ix.val(c.f[0]), ix.val(c.f[1])
	},
}

var genSpans = &generator{
	name: "spans",
	doc:  "two year-to-date figures of one year whose end months follow each other among those stated (short, long), and rest = long − short over the months in between; stated lists the figures stated for those months (one for the whole span, or one per month)",
	vars: []Var{{"short", "Val", "the shorter year-to-date"}, {"long", "Val", "the longer year-to-date"}, {"rest", "Val", "long − short, over the months in between (derived)"}, {"stated", "[]Val", "figures stated for exactly the months in between"}},
	env:  func() any { return &SpansEnv{} },
	cands: func(ix *index) candList {
		var out candList
		var ends []int32
		for _, sk := range ix.seriesOrder {
			if !ix.sumMeasure(sk.measure) {
				continue
			}
			// One figure per end month (articles first), per year. Year-to-date
			// figures start in January, so the series lists them by end month.
			ends = ends[:0]
			for _, i := range ix.series[sk] {
				p := ix.figs[i].Period
				if !p.IsYTD() || p.Months() < 2 {
					continue
				}
				k := len(ends) - 1
				if k < 0 || ix.figs[ends[k]].Period.End != p.End {
					ends = append(ends, i)
					continue
				}
				if ix.figs[ends[k]].Kind != figure.KindArticle && ix.figs[i].Kind == figure.KindArticle {
					ends[k] = i
				}
			}
			slices.SortStableFunc(ends, func(a, b int32) int { return cmp.Compare(ix.figs[a].Period.End, ix.figs[b].Period.End) })
			for j := 1; j < len(ends); j++ {
				s, l := ix.val(ends[j-1]), ix.val(ends[j])
				if s.per.End.Year() != l.per.End.Year() {
					continue
				}
				// rest (long − short) and stated are computed when the
				// candidate is evaluated; here only whether they can be.
				if _, err := sameUnit(l, s); err != nil {
					continue // not comparable (no rate): no candidate
				}
				out.add(cand{f: [3]int32{ends[j-1], ends[j]}, n: 2})
			}
		}
		return out
	},
	fill: func(env any, c *cand, ix *index) {
		e := env.(*SpansEnv)
		e.Short, e.Long = ix.val(c.f[0]), ix.val(c.f[1])
		e.Rest, e.Stated = spanRest(ix, c.f[0], c.f[1], &e.scratch, e.Stated[:0])
	},
}

// spanRest computes long − short over the months in between into dst, and
// appends to stated the figures stated for exactly those months (one for the
// whole span, or one per month). rest is nil when the two cannot be compared.
func spanRest(ix *index, short, long int32, dst *Val, stated []*Val) (rest *Val, _ []*Val) {
	s, l := ix.val(short), ix.val(long)
	rp := figure.Period{Start: s.per.End + 1, End: l.per.End}
	ss, err := sameUnit(l, s)
	if err != nil {
		return nil, stated
	}
	iv := l.iv().Sub(ss.iv())
	*dst = derived(l, iv.Low, iv.High, l.Unit, l.Label+" minus "+s.Label)
	dst.withPeriod(rp)
	local := ix.byPeriod(ix.seriesLists[ix.sidx[long]])
	for _, i := range local.at(rp) {
		stated = append(stated, ix.val(i))
	}
	if len(stated) > 0 {
		return dst, stated
	}
	// The months in between may be stated one by one.
	for m := rp.Start; m <= rp.End; {
		f, n := ix.monthOf(local, long, m, rp.End)
		if f < 0 {
			return dst, stated[:0]
		}
		stated = append(stated, ix.val(f))
		m += figure.Month(n)
	}
	return dst, stated
}

var genValueQuantity = &generator{
	name: "value-quantity",
	doc:  "a money value (v) and a quantity (q, units or tonnes) of the same metric, partner and period; others holds unit values (derived) computed from value/quantity pairs of the same metric stated by other sources (any period, at most 8)",
	vars: []Var{{"v", "Val", "the value"}, {"q", "Val", "the quantity"}, {"others", "[]Val", "unit values from other sources"}},
	env:  func() any { return &ValueQuantityEnv{} },
	cands: func(ix *index) candList {
		var out candList
		// Same-source value/quantity pairs by metric, for "others"; their unit
		// values are computed only for metrics stated by several sources.
		type uv struct {
			v, q int32
			val  *Val
		}
		type metricUVs struct {
			uvs     []uv
			oneSrc  string // the source of every pair, when they share one
			sources int    // 0, 1 or 2 (several)
		}
		byMetric := map[sym]*metricUVs{}
		var qbuf []int32
		// pairs returns the values and quantities of fact j (at most 8 each),
		// or nothing when the fact is not a money value or has no quantity.
		pairs := func(j int, k factKey) (vs, qs []int32) {
			if k.measure != ix.c.value || k.family != ix.c.money {
				return nil, nil
			}
			qbuf = qbuf[:0]
			for _, fam := range []sym{ix.c.units, ix.c.tonnes} {
				qbuf = append(qbuf, ix.fact(factKey{k.metric, ix.c.quantity, k.partner, fam, ix.c.empty, ix.c.empty, k.p})...)
			}
			vs, qs = ix.factList(j), qbuf
			return vs[:min(len(vs), 8)], qs[:min(len(qs), 8)]
		}
		// First pass: same-source pairs by metric.
		for j := range ix.facts {
			k := ix.factKey(j)
			vs, qs := pairs(j, k)
			for _, v := range vs {
				for _, q := range qs {
					src := ix.figs[v].Source
					if src != ix.figs[q].Source {
						continue
					}
					m := byMetric[k.metric]
					if m == nil {
						m = &metricUVs{}
						byMetric[k.metric] = m
					}
					if len(m.uvs) >= 64 {
						continue
					}
					m.uvs = append(m.uvs, uv{v: v, q: q})
					switch {
					case m.sources == 0:
						m.oneSrc, m.sources = src, 1
					case m.sources == 1 && src != m.oneSrc:
						m.sources = 2
					}
				}
			}
		}
		unitValue := func(o *uv) *Val {
			if o.val == nil {
				if iv, ok := ix.val(o.v).iv().Div(ix.val(o.q).iv()); ok {
					u := derive(ix.val(o.v), iv.Low, iv.High, ix.figs[o.v].Unit+"/"+ix.figs[o.q].Unit, "unit value stated in "+ix.figs[o.v].Source)
					u.Measure = string(figure.Price)
					o.val = u
				}
			}
			return o.val
		}
		// Second pass: the candidates, with other sources' unit values.
		for j := range ix.facts {
			k := ix.factKey(j)
			vs, qs := pairs(j, k)
			m := byMetric[k.metric]
			for _, v := range vs {
				for _, q := range qs {
					c := cand{f: [3]int32{v, q}, n: 2}
					vsrc, qsrc := ix.figs[v].Source, ix.figs[q].Source
					if m != nil && !(m.sources == 1 && (m.oneSrc == vsrc || m.oneSrc == qsrc)) {
						for oi := range m.uvs {
							o := &m.uvs[oi]
							src := ix.figs[o.v].Source
							if src != vsrc && src != qsrc && (c.x == nil || len(c.x.extra) < 8) {
								if u := unitValue(o); u != nil {
									c.more().extra = append(c.more().extra, u)
								}
							}
						}
					}
					out.add(c)
				}
			}
		}
		return out
	},
	fill: func(env any, c *cand, ix *index) {
		e := env.(*ValueQuantityEnv)
		e.V, e.Q, e.Others = ix.val(c.f[0]), ix.val(c.f[1]), nil
		if c.x != nil {
			e.Others = c.x.extra
		}
	},
}

var genGrowth = &generator{
	name: "growth",
	doc:  "a year-on-year growth rate in percent (g, basis yoy, of value or quantity), the figure it describes (cur: same metric, partner and period, measure = g.of; from g's source if stated there) and the figure a year earlier (prev: the same period shifted back twelve months, same unit family as cur)",
	vars: []Var{{"g", "Val", "the growth rate (percent)"}, {"cur", "Val", "this period's figure"}, {"prev", "Val", "the same period a year earlier"}},
	env:  func() any { return &GrowthEnv{} },
	cands: func(ix *index) candList {
		var out candList
		var buf []int32
		for j := range ix.facts {
			k := ix.factKey(j)
			if k.measure != ix.c.growth || k.basis != ix.c.yoy || k.family != ix.c.percent ||
				(k.of != ix.c.value && k.of != ix.c.quantity) {
				continue
			}
			for _, g := range ix.factList(j) {
				buf = ix.anyFamily(k.metric, k.of, k.partner, k.p, buf)
				cur := ix.best(buf, g, -1)
				if cur < 0 {
					continue
				}
				pk := ix.fkey(cur)
				pk.p = figure.Period{Start: k.p.Start - 12, End: k.p.End - 12}
				prev := ix.best(ix.fact(pk), -1, -1)
				if prev < 0 {
					continue
				}
				out.add(cand{f: [3]int32{g, cur, prev}, n: 3})
			}
		}
		return out
	},
	fill: func(env any, c *cand, ix *index) {
		e := env.(*GrowthEnv)
		e.G, e.Cur, e.Prev = ix.val(c.f[0]), ix.val(c.f[1]), ix.val(c.f[2])
	},
}

// flowTriples finds, for each figure of flow `whole`, the export and import
// figures of the same subject, measure, partner, unit family and period.
func flowTriples(ix *index, whole string) candList {
	var out candList
	for j := range ix.facts {
		k := ix.factKey(j)
		subj, flow := figure.SplitMetric(ix.str(k.metric))
		if flow != whole || !ix.sumMeasure(k.measure) {
			continue
		}
		xk, mk := k, k
		xk.metric, mk.metric = ix.sym(figure.MetricID(subj, figure.FlowExport)), ix.sym(figure.MetricID(subj, figure.FlowImport))
		if xk.metric == noSym || mk.metric == noSym {
			continue
		}
		for _, t := range ix.factList(j) {
			x := ix.best(ix.fact(xk), t, -1)
			m := ix.best(ix.fact(mk), t, -1)
			if x >= 0 && m >= 0 {
				out.add(cand{f: [3]int32{x, m, t}, n: 3})
			}
		}
	}
	return out
}

var genFlows = &generator{
	name: "flows",
	doc:  "total trade (t, flow total) with exports (x) and imports (m) of the same subject, measure, partner, unit family and period. Equation: t = x + m",
	vars: []Var{{"x", "Val", "exports"}, {"m", "Val", "imports"}, {"t", "Val", "total trade"}},
	env:  func() any { return &FlowsEnv{} },
	cands: func(ix *index) candList {
		out := flowTriples(ix, figure.FlowTotal)
		for _, ch := range out.chunks { // claim first: the total
			for i := range ch {
				ch[i].f = [3]int32{ch[i].f[2], ch[i].f[0], ch[i].f[1]}
			}
		}
		return out
	},
	fill: func(env any, c *cand, ix *index) {
		e := env.(*FlowsEnv)
		e.T, e.X, e.M = ix.val(c.f[0]), ix.val(c.f[1]), ix.val(c.f[2])
	},
	equation: func(c *cand) []term { return []term{{c.f[0], 1}, {c.f[1], -1}, {c.f[2], -1}} },
}

var genBalance = &generator{
	name: "balance",
	doc:  "a trade balance (s, flow balance) with exports (x) and imports (m) of the same subject, measure, partner, unit family and period. Equation: s = x − m",
	vars: []Var{{"x", "Val", "exports"}, {"m", "Val", "imports"}, {"s", "Val", "the balance (surplus positive)"}},
	env:  func() any { return &BalanceEnv{} },
	cands: func(ix *index) candList {
		out := flowTriples(ix, figure.FlowBalance)
		for _, ch := range out.chunks {
			for i := range ch {
				ch[i].f = [3]int32{ch[i].f[2], ch[i].f[0], ch[i].f[1]}
			}
		}
		return out
	},
	fill: func(env any, c *cand, ix *index) {
		e := env.(*BalanceEnv)
		e.S, e.X, e.M = ix.val(c.f[0]), ix.val(c.f[1]), ix.val(c.f[2])
	},
	equation: func(c *cand) []term { return []term{{c.f[0], 1}, {c.f[1], -1}, {c.f[2], 1}} },
}

var genLinked = &generator{
	name: "linked",
	doc:  "two figures a reader linked as one fact stated in two units (\"1.03 trillion yuan ($142.17 billion)\"): a is the figure that lists b in its linked ids",
	vars: []Var{{"a", "Val", "the first statement"}, {"b", "Val", "the same fact in another unit"}},
	env:  func() any { return &LinkedEnv{} },
	cands: func(ix *index) candList {
		var out candList
		seen := map[[2]int32]bool{}
		ids := map[string]int32{}
		for _, a := range ix.rank {
			for _, id := range ix.figs[a].Linked {
				ids[id] = -1
			}
		}
		ix.resolve(ids)
		for _, a := range ix.rank {
			for _, id := range ix.figs[a].Linked {
				b, ok := ids[id]
				if !ok || b == a {
					continue
				}
				key := [2]int32{min(a, b), max(a, b)}
				if seen[key] {
					continue
				}
				seen[key] = true
				out.add(cand{f: [3]int32{a, b}, n: 2})
			}
		}
		return out
	},
	fill: func(env any, c *cand, ix *index) {
		e := env.(*LinkedEnv)
		e.A, e.B = ix.val(c.f[0]), ix.val(c.f[1])
	},
}

var genShare = &generator{
	name: "share",
	doc:  "a share in percent (s, measure share, of = the whole's metric id), the part (a value of s's metric) and the whole (a value of metric s.of) for the same partner and period, same unit family",
	vars: []Var{{"s", "Val", "the share (percent)"}, {"part", "Val", "the part"}, {"whole", "Val", "the whole"}},
	env:  func() any { return &ShareEnv{} },
	cands: func(ix *index) candList {
		var out candList
		for j := range ix.facts {
			k := ix.factKey(j)
			if k.measure != ix.c.share || k.of == ix.c.empty {
				continue
			}
			for _, s := range ix.factList(j) {
				for _, fam := range []sym{ix.c.money, ix.c.units, ix.c.tonnes} {
					pk := factKey{metric: k.metric, measure: ix.c.value, partner: k.partner, family: fam,
						basis: ix.c.empty, of: ix.c.empty, p: k.p}
					wk := pk
					wk.metric = ix.sym(ix.figs[s].Of)
					if fam != ix.c.money {
						pk.measure, wk.measure = ix.c.quantity, ix.c.quantity
					}
					part := ix.best(ix.fact(pk), s, -1)
					whole := ix.best(ix.fact(wk), s, -1)
					if part >= 0 && whole >= 0 {
						out.add(cand{f: [3]int32{s, part, whole}, n: 3})
						break
					}
				}
			}
		}
		return out
	},
	fill: func(env any, c *cand, ix *index) {
		e := env.(*ShareEnv)
		e.S, e.Part, e.Whole = ix.val(c.f[0]), ix.val(c.f[1]), ix.val(c.f[2])
	},
}

var genCorrection = &generator{
	name: correctionGen,
	doc:  "fed by the failures of rules over equation shapes (months, step, flows, balance): one figure (f) that appears in several failed equations, the value range that would satisfy all of them without breaking one that holds (fix, derived), how many it repairs (broken), which (checks; totals: their periods only), and the other figures in exactly the same failed equations whose correction would do as well (alternatives, as \"March 2024 ¥95.44B → ¥96.44B\")",
	vars: []Var{{"f", "Val", "the figure to correct"}, {"fix", "Val", "the value that satisfies every failed equation it is in"}, {"broken", "int", "how many failed equations the correction repairs"}, {"checks", "[]string", "those equations' claims, as labels"}, {"totals", "[]string", "those equations' periods (\"January-March 2024\"), in period order"}, {"alternatives", "[]string", "other figures whose single correction would repair exactly the same equations"}},
	env:  func() any { return &CorrectionEnv{} },
	// Candidates come from the evaluation's failed equations (see correct.go).
	cands: func(*index) candList { return candList{} },
	fill: func(env any, c *cand, ix *index) {
		e := env.(*CorrectionEnv)
		x := c.x
		e.F, e.Fix, e.Broken, e.Checks, e.Totals, e.Alternatives = ix.val(c.f[0]), x.rest, x.broken, x.checks, x.totals, x.alts
	},
}
