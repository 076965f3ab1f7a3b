package rules

import (
	"cmp"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"figcheck/figure"
)

// factKey identifies one fact: the same metric, measure, partner, unit family,
// growth basis and period. Figures under one key state the same number.
type factKey struct {
	metric, measure, partner, family, basis, of sym
	p                                           figure.Period
}

// sym is an interned string (metric ids, measures, partners...), so that
// index keys hash and compare as integers.
type sym int32

// noSym is what sym returns for a string no figure uses.
const noSym sym = -1

// seriesKey is a factKey without the period: one metric's series over time.
type seriesKey struct {
	metric, measure, partner, family, basis, of sym
}

// index finds candidate figures by key, never by comparing every pair.
// All its lists hold positions in the canonical order (rank), which depends
// on the figures' content and provenance, not on input order.
type index struct {
	figs []figure.Figure
	vals []Val
	rank []int32 // figure positions in canonical order
	pos  []int32 // pos[i] is figure i's place in rank
	// facts lists each fact as a run of one period within a series, in
	// series order (no map: a fact is found through its series, see fact).
	facts    []factRun
	whens    map[figure.Period]*When // each period's rendering, shared by values
	families []sym                   // unit families in use, in first-seen order
	// series lists each series' figures sorted by period, then rank.
	series      map[seriesKey][]int32
	seriesLists [][]int32 // the same lists, by position in seriesOrder
	sidx        []int32   // each figure's series (position in seriesOrder), -1 for none
	syms        map[string]sym
	strs        []string
	c           commonSyms
	// seriesOrder lists the series in a deterministic order.
	seriesOrder []seriesKey
	ev          *evalData
	// disputed marks figures that disagree with another source's statement
	// of the same fact (see markDisputed); they are never used as references.
	disputed []bool
}

// commonSyms are the symbols generators compare with.
type commonSyms struct {
	value, quantity, growth, share, money, units, tonnes, percent, yoy, empty sym
}

func (ix *index) intern(s string) sym {
	if x, ok := ix.syms[s]; ok {
		return x
	}
	x := sym(len(ix.strs))
	ix.syms[s] = x
	ix.strs = append(ix.strs, s)
	return x
}

// sym returns the symbol of s, or noSym when no figure uses s. Safe for
// concurrent use once the index is built.
func (ix *index) sym(s string) sym {
	if x, ok := ix.syms[s]; ok {
		return x
	}
	return noSym
}

// str returns the string of a symbol.
func (ix *index) str(x sym) string {
	if x < 0 || int(x) >= len(ix.strs) {
		return ""
	}
	return ix.strs[x]
}

// factRun is one fact: figures seriesList(series)[lo:hi].
type factRun struct{ series, lo, hi int32 }

// fkey returns figure i's fact key (i must be in a series).
func (ix *index) fkey(i int32) factKey {
	sk := ix.seriesOrder[ix.sidx[i]]
	return factKey{sk.metric, sk.measure, sk.partner, sk.family, sk.basis, sk.of, ix.figs[i].Period}
}

// factKey returns the key of fact j.
func (ix *index) factKey(j int) factKey { return ix.fkey(ix.factList(j)[0]) }

// factList returns the figures of fact j, in canonical order.
func (ix *index) factList(j int) []int32 {
	r := ix.facts[j]
	return ix.seriesLists[r.series][r.lo:r.hi:r.hi]
}

func skeyOf(k factKey) seriesKey {
	return seriesKey{k.metric, k.measure, k.partner, k.family, k.basis, k.of}
}

// compareFigures orders figures canonically: by source, position, then content.
func compareFigures(a, b *figure.Figure) int {
	return cmp.Or(
		cmp.Compare(a.Source, b.Source),
		cmp.Compare(a.Line, b.Line),
		cmp.Compare(a.Col, b.Col),
		cmp.Compare(a.Cell, b.Cell),
		cmp.Compare(a.Metric, b.Metric),
		cmp.Compare(a.Measure, b.Measure),
		cmp.Compare(a.Period.Start, b.Period.Start),
		cmp.Compare(a.Period.End, b.Period.End),
		cmp.Compare(a.Unit, b.Unit),
		cmp.Compare(a.Quote, b.Quote),
		cmp.Compare(a.Value, b.Value),
		cmp.Compare(a.ID, b.ID),
	)
}

// buildIndex normalises the figures' intervals and indexes them.
func buildIndex(figs []figure.Figure, ev *evalData, w figure.Widening) *index {
	n := len(figs)
	ix := &index{
		figs:   figs,
		series: make(map[seriesKey][]int32),
		ev:     ev,
		syms:   map[string]sym{},
		sidx:   make([]int32, n),
		whens:  map[figure.Period]*When{},
	}
	for _, w := range []string{string(figure.Value), string(figure.Quantity), string(figure.Growth), string(figure.Share),
		"money", figure.UnitUnits, figure.UnitTonnes, figure.UnitPercent, figure.BasisYoY, ""} {
		ix.intern(w)
	}
	ix.c = commonSyms{ix.sym(string(figure.Value)), ix.sym(string(figure.Quantity)), ix.sym(string(figure.Growth)),
		ix.sym(string(figure.Share)), ix.sym("money"), ix.sym(figure.UnitUnits), ix.sym(figure.UnitTonnes),
		ix.sym(figure.UnitPercent), ix.sym(figure.BasisYoY), ix.sym("")}

	// Canonical order: sources ranked once, then position, then content.
	srcRank := map[string]int32{}
	for i := range figs {
		srcRank[figs[i].Source] = 0
	}
	srcs := make([]string, 0, len(srcRank))
	for s := range srcRank {
		srcs = append(srcs, s)
	}
	slices.Sort(srcs)
	for r, s := range srcs {
		srcRank[s] = int32(r)
	}
	type sortKey struct {
		src, line, col int32
		i              int32
	}
	sk := make([]sortKey, n)
	// Neighbouring figures mostly share their strings: remember the last
	// symbol of each field before hashing.
	var cache [6]struct {
		s  string
		x  sym
		ok bool
	}
	in := func(slot int, s string) sym {
		c := &cache[slot]
		if !c.ok || c.s != s {
			c.s, c.x, c.ok = s, ix.intern(s), true
		}
		return c.x
	}
	// Series are numbered here in input order, renumbered below in canonical order.
	seriesIdx := map[seriesKey]int32{}
	var tmpKeys []seriesKey
	lastSrc, lastRank := "", int32(-1)
	var lastPer figure.Period
	for i := range figs {
		f := &figs[i]
		if f.Source != lastSrc || lastRank < 0 {
			lastSrc, lastRank = f.Source, srcRank[f.Source]
		}
		sk[i] = sortKey{lastRank, int32(f.Line), int32(f.Col), int32(i)}
		fam := family(f.Unit)
		famSym := in(0, fam)
		if !slices.Contains(ix.families, famSym) {
			ix.families = append(ix.families, famSym)
		}
		sk := seriesKey{in(1, f.Metric), in(2, string(f.Measure)), in(3, f.Partner), famSym, in(4, f.Basis), in(5, f.Of)}
		if f.Metric == "" || f.Period.IsZero() {
			ix.sidx[i] = -1 // nothing to compare it with
		} else {
			j, seen := seriesIdx[sk]
			if !seen {
				j = int32(len(tmpKeys))
				seriesIdx[sk] = j
				tmpKeys = append(tmpKeys, sk)
			}
			ix.sidx[i] = j
		}
		if i == 0 || f.Period != lastPer {
			lastPer = f.Period
			if _, ok := ix.whens[f.Period]; !ok {
				ix.whens[f.Period] = newWhen(f.Period)
			}
		}
	}
	// Bucket by source (counting sort), then sort each source's figures on
	// its own, in parallel: no comparison sort of every figure.
	start := make([]int32, len(srcs)+1)
	for _, k := range sk {
		start[k.src+1]++
	}
	for r := 1; r < len(start); r++ {
		start[r] += start[r-1]
	}
	bucketed := make([]sortKey, n)
	next := slices.Clone(start[:len(srcs)])
	for _, k := range sk {
		bucketed[next[k.src]] = k
		next[k.src]++
	}
	sk = bucketed
	each(len(srcs), n >= 4096, func(r int) {
		slices.SortFunc(sk[start[r]:start[r+1]], func(a, b sortKey) int {
			if c := cmp.Or(cmp.Compare(a.line, b.line), cmp.Compare(a.col, b.col),
				cmp.Compare(figs[a.i].Cell, figs[b.i].Cell)); c != 0 {
				return c
			}
			return compareFigures(&figs[a.i], &figs[b.i])
		})
	})
	ix.rank = make([]int32, n)
	ix.pos = make([]int32, n)
	for p, k := range sk {
		ix.rank[p] = k.i
		ix.pos[k.i] = int32(p)
	}

	renum := make([]int32, len(tmpKeys))
	for j := range renum {
		renum[j] = -1
	}
	var seriesLists [][]int32
	var loose []int32 // figures in no series
	for _, i := range ix.rank {
		t := ix.sidx[i]
		if t < 0 {
			loose = append(loose, i)
			continue
		}
		if renum[t] < 0 {
			renum[t] = int32(len(seriesLists))
			seriesLists = append(seriesLists, nil)
			ix.seriesOrder = append(ix.seriesOrder, tmpKeys[t])
		}
		seriesLists[renum[t]] = append(seriesLists[renum[t]], i)
	}
	for i, t := range ix.sidx {
		if t >= 0 {
			ix.sidx[i] = renum[t]
		}
	}
	parallel(len(seriesLists), func(lo, hi int) {
		for _, s := range seriesLists[lo:hi] {
			slices.SortStableFunc(s, func(a, b int32) int {
				pa, pb := figs[a].Period, figs[b].Period
				return cmp.Or(cmp.Compare(pa.Start, pb.Start), cmp.Compare(pa.End, pb.End))
			})
		}
	})
	// Values, in parallel by series: the figures of a series share what they
	// measure, every figure of a period shares its rendering.
	ix.vals = make([]Val, n)
	provs := make([]Provenance, n)
	build := func(i int32, ms []*Measured) []*Measured {
		f := &figs[i]
		var m *Measured
		for _, c := range ms {
			if c.describes(f) {
				m = c
				break
			}
		}
		if m == nil {
			m = newMeasured(f)
			ms = append(ms, m)
		}
		ix.vals[i] = newVal(f, i, ev, &provs[i], m, ix.whens[f.Period])
		normalise(&ix.vals[i], f, w)
		return ms
	}
	parallel(len(seriesLists), func(lo, hi int) {
		var ms []*Measured
		for _, s := range seriesLists[lo:hi] {
			ms = ms[:0]
			for _, i := range s {
				ms = build(i, ms)
			}
		}
	})
	for _, i := range loose {
		build(i, nil)
	}
	ix.series = make(map[seriesKey][]int32, len(seriesLists))
	runs := 0
	for j, s := range seriesLists {
		ix.series[ix.seriesOrder[j]] = s
		for a := range s {
			if a == 0 || figs[s[a]].Period != figs[s[a-1]].Period {
				runs++
			}
		}
	}
	// Facts are the runs of one period within each series, in series order.
	ix.seriesLists = seriesLists
	ix.facts = make([]factRun, 0, runs)
	for j, s := range seriesLists {
		for a := 0; a < len(s); {
			b := a + 1
			for b < len(s) && figs[s[b]].Period == figs[s[a]].Period {
				b++
			}
			ix.facts = append(ix.facts, factRun{int32(j), int32(a), int32(b)})
			a = b
		}
	}
	ix.markDisputed()
	return ix
}

// disputeTol is the relative tolerance under which two statements of one fact
// disagree; it is cross-source-conflict's.
const disputeTol = 0.001

// markDisputed marks the figures whose value another source contradicts: two
// figures of one fact, in the same unit, from different sources, whose
// intervals are apart beyond disputeTol. A sheet is the reference, so a sheet
// is disputed only by another sheet, while an article is disputed by any
// other source. Generators never take a disputed figure as a reference (a
// month in a sum, a year-to-date in a difference): that disagreement is
// cross-source-conflict's finding, and a total built from it would report the
// same error twice under another name.
func (ix *index) markDisputed() {
	ix.disputed = make([]bool, len(ix.figs))
	parallel(len(ix.facts), func(lo, hi int) {
		for j := lo; j < hi; j++ {
			l := ix.factList(j)
			if len(l) < 2 {
				continue
			}
			if len(l) > maxGroup {
				l = l[:maxGroup]
			}
			for a := 0; a < len(l); a++ {
				fa := &ix.figs[l[a]]
				for b := a + 1; b < len(l); b++ {
					fb := &ix.figs[l[b]]
					if fa.Source == fb.Source || fa.Unit != fb.Unit {
						continue
					}
					va, vb := ix.val(l[a]), ix.val(l[b])
					if va.iv().Overlaps(vb.iv().Widen(disputeTol)) {
						continue
					}
					if fb.Kind == figure.KindSheet || fa.Kind != figure.KindSheet {
						ix.disputed[l[a]] = true
					}
					if fa.Kind == figure.KindSheet || fb.Kind != figure.KindSheet {
						ix.disputed[l[b]] = true
					}
				}
			}
		}
	})
}

// each runs fn(0) … fn(k-1) on all processors when spread is set (items
// taken one at a time, for work of uneven size), else in order.
func each(k int, spread bool, fn func(i int)) {
	w := runtime.GOMAXPROCS(0)
	if !spread || w == 1 || k < 2 {
		for i := range k {
			fn(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(w, k) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < k; i = int(next.Add(1) - 1) {
				fn(i)
			}
		}()
	}
	wg.Wait()
}

// parallel runs fn over [0, n) in chunks on all processors.
func parallel(n int, fn func(lo, hi int)) {
	w := runtime.GOMAXPROCS(0)
	if n < 4096 || w == 1 {
		fn(0, n)
		return
	}
	step := (n + w - 1) / w
	var wg sync.WaitGroup
	for lo := 0; lo < n; lo += step {
		wg.Add(1)
		go func(lo, hi int) {
			defer wg.Done()
			fn(lo, hi)
		}(lo, min(lo+step, n))
	}
	wg.Wait()
}

// normalise repairs an interval a reader left empty or reversed: a figure
// without low/high is taken as exact, then widened by its qualifier.
func normalise(v *Val, f *figure.Figure, w figure.Widening) {
	if v.Lo > v.Hi {
		v.Lo, v.Hi = v.Hi, v.Lo
	}
	if v.Lo == 0 && v.Hi == 0 && v.Value != 0 {
		iv := w.Apply(figure.Exact(v.Value), f.Qualifier)
		v.Lo, v.Hi = iv.Low, iv.High
	}
}

// fact returns the figures stating the fact k.
func (ix *index) fact(k factKey) []int32 {
	if s, ok := ix.series[skeyOf(k)]; ok {
		return ix.byPeriod(s).at(k.p)
	}
	return nil
}

// best picks, among candidates, the figure to use as a reference for claim:
// one in the claim's unit first (no conversion needed), then one from the
// claim's own source, then a sheet, then canonical order. It returns -1 for
// an empty list. exclude is skipped, and so is every disputed figure: a
// reference another source contradicts proves nothing.
func (ix *index) best(cands []int32, claim int32, exclude int32) int32 {
	bestI, bestScore := int32(-1), int64(1)<<62
	for _, c := range cands {
		if c == exclude || c == claim || ix.disputed[c] {
			continue
		}
		score := int64(ix.pos[c])
		if claim >= 0 {
			if ix.figs[c].Unit == ix.figs[claim].Unit {
				score -= 1 << 40
			}
			if ix.figs[c].Source == ix.figs[claim].Source {
				score -= 1 << 36
			}
		}
		if ix.figs[c].Kind == figure.KindSheet {
			score -= 1 << 32
		}
		if score < bestScore {
			bestI, bestScore = c, score
		}
	}
	return bestI
}

// anyFamily returns the figures of a fact in any unit family, for look-ups
// by measure (a growth rate's value may be in yuan or dollars, a quantity
// in units or tonnes). Basis and of are those of plain values.
func (ix *index) anyFamily(metric, measure, partner sym, p figure.Period, buf []int32) []int32 {
	out := buf[:0]
	for _, fam := range ix.families {
		out = append(out, ix.fact(factKey{metric, measure, partner, fam, ix.c.empty, ix.c.empty, p})...)
	}
	return out
}

// resolve fills want (figure id → -1) with the figures that have those ids,
// the first in canonical order for a repeated id, in one pass over the
// figures; ids no figure has are deleted. Only the ids a step needs are
// hashed, so no map of every figure id is ever built.
func (ix *index) resolve(want map[string]int32) {
	if len(want) == 0 {
		return
	}
	for _, i := range ix.rank {
		if j, ok := want[ix.figs[i].ID]; ok && j < 0 {
			want[ix.figs[i].ID] = i
		}
	}
	for id, j := range want {
		if j < 0 {
			delete(want, id)
		}
	}
}

// val returns the Val of figure i.
func (ix *index) val(i int32) *Val { return &ix.vals[i] }
