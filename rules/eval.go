package rules

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/expr-lang/expr/vm"

	"figcheck/figure"
)

// Outcome is what an evaluation produced: findings in deterministic order and
// one Stat per rule.
type Outcome struct {
	Findings []Finding
	Stats    []Stat
}

// chunk is how many candidates one task evaluates.
const chunk = 1024

// failure records a failed equation for the correction step.
type failure struct {
	terms   []term
	tol     float64
	finding int // index into the findings of the run
	label   string
}

// total returns the period of the failed equation's total (its first term).
func (f *failure) total(ix *index) figure.Period { return ix.figs[f.terms[0].fig].Period }

type task struct {
	rule  int
	cands []cand
}

type taskResult struct {
	findings []Finding
	failures []failure
	ran      int
	errs     int
	selected int
}

// worker holds one VM and one environment per rule.
type worker struct {
	vm   vm.VM
	envs map[int]any
}

// Evaluate runs every rule on the figures. It never fails because of a
// rule's runtime error (that becomes a rule-error finding); it returns an
// error only when ctx is cancelled.
func (p *Pack) Evaluate(ctx context.Context, figs []figure.Figure) (Outcome, error) {
	figs = deficitsAsBalances(figs)
	ev := &evalData{rates: p.rates, bounds: p.bounds}
	ix := buildIndex(figs, ev, p.widening)
	ev.ix = ix

	stats := make([]Stat, len(p.rules))
	for i, r := range p.rules {
		stats[i] = Stat{ID: r.ID, Title: r.Title, Severity: r.Severity, Description: r.Description,
			Expression: r.expression(), File: r.File}
	}
	byRule, counts, err := p.evaluateStreamed(ctx, ix)
	if err != nil {
		return Outcome{}, err
	}
	var findings []Finding
	var failures []failure
	for ri := range p.rules {
		st := &stats[ri]
		for _, res := range byRule[ri] {
			st.Ran += res.ran
			st.Errors += res.errs
			base := len(findings)
			for _, f := range res.failures {
				f.finding += base
				failures = append(failures, f)
			}
			findings = append(findings, res.findings...)
		}
	}
	// Corrections: one figure that repairs several failed equations.
	for ri, r := range p.rules {
		if r.Over != correctionGen {
			continue
		}
		cs := corrections(ix, failures, p.equationGenerators())
		counts[r.Over] = len(cs)
		res, err := p.run(ctx, ix, []task{{rule: ri, cands: cs}})
		if err != nil {
			return Outcome{}, err
		}
		stats[ri].Ran += res[0].ran
		stats[ri].Errors += res[0].errs
		// Tell each failed equation about the correction of a figure in it.
		failed := map[int]bool{}
		for _, fl := range failures {
			failed[fl.finding] = true
		}
		byFig := map[string][]int{}
		for i := range findings {
			if failed[i] {
				for _, id := range findings[i].Figures {
					byFig[id] = append(byFig[id], i)
				}
			}
		}
		for _, f := range res[0].findings {
			if f.Rule != r.ID || f.Suggestion == "" || len(f.Figures) == 0 {
				continue
			}
			for _, i := range byFig[f.Figures[0]] {
				if findings[i].Suggestion == "" {
					findings[i].Suggestion = f.Suggestion
				}
			}
		}
		findings = append(findings, res[0].findings...)
	}
	findings = p.supersede(findings)
	ruleIdx := map[string]int{}
	for i, r := range p.rules {
		ruleIdx[r.ID] = i
	}
	for _, f := range findings {
		if i, ok := ruleIdx[f.Rule]; ok {
			stats[i].Fired++
		}
	}
	for i, r := range p.rules {
		st := &stats[i]
		switch n := counts[r.Over]; {
		case n == 0:
			st.Skipped = "no candidates: " + r.gen.need()
		case st.Ran == 0 && st.Errors == 0:
			st.Skipped = fmt.Sprintf("none of %d candidates passed the selector", n)
		case st.Ran == 0:
			st.Skipped = fmt.Sprintf("failed on every candidate it tried (%d rule-error findings)", st.Errors)
		}
	}
	sortFindings(findings, ix, p)
	return Outcome{Findings: findings, Stats: stats}, nil
}

// generatorNames lists the generators the pack's rules run over, in order of
// first use, corrections apart (they are built from the others' failures).
func (p *Pack) generatorNames() []string {
	var names []string
	for _, r := range p.rules {
		if r.Over != correctionGen && !slices.Contains(names, r.Over) {
			names = append(names, r.Over)
		}
	}
	return names
}

// equationGenerators lists the generators whose candidates are equations,
// which a correction must not break.
func (p *Pack) equationGenerators() []string {
	var names []string
	for _, n := range p.generatorNames() {
		if generators[n].equation != nil {
			names = append(names, n)
		}
	}
	return names
}

// evaluateStreamed runs the rules one generator at a time: a generator's
// candidates are built (the next one's while these are evaluated), every
// rule over them runs, and they are dropped. Only two generators' candidates
// are ever held at once, not all of them. It returns each rule's task
// results in candidate order, and how many candidates each generator made.
func (p *Pack) evaluateStreamed(ctx context.Context, ix *index) ([][]taskResult, map[string]int, error) {
	names := p.generatorNames()
	byRule := make([][]taskResult, len(p.rules))
	counts := make(map[string]int, len(names)+1)
	build := func(n string) <-chan candList {
		ch := make(chan candList, 1)
		go func() { ch <- generators[n].cands(ix) }()
		return ch
	}
	var next <-chan candList
	if len(names) > 0 {
		next = build(names[0])
	}
	for gi, n := range names {
		cs := <-next
		if gi+1 < len(names) {
			next = build(names[gi+1])
		}
		counts[n] = cs.n
		var tasks []task
		for ri, r := range p.rules {
			if r.Over != n {
				continue
			}
			for _, ch := range cs.chunks {
				tasks = append(tasks, task{rule: ri, cands: ch})
			}
		}
		results, err := p.run(ctx, ix, tasks)
		if err != nil {
			if gi+1 < len(names) {
				<-next // let the builder finish before the index goes
			}
			return nil, nil, err
		}
		for ti, res := range results {
			byRule[tasks[ti].rule] = append(byRule[tasks[ti].rule], res)
		}
	}
	return byRule, counts, nil
}

// need says in words what a generator needs, for Stat.Skipped.
func (g *generator) need() string {
	d := g.doc
	if i := strings.Index(d, ". Equation"); i > 0 {
		d = d[:i]
	}
	return "needs " + d
}

func (r *Rule) expression() string {
	var b strings.Builder
	fmt.Fprintf(&b, "over %s", r.Over)
	if r.Select != "" {
		fmt.Fprintf(&b, "; select %s", oneLine(r.Select))
	}
	if r.Expected != "" {
		fmt.Fprintf(&b, "; expected = %s", oneLine(r.Expected))
	}
	if r.Actual != "" {
		fmt.Fprintf(&b, "; actual = %s", oneLine(r.Actual))
	}
	if r.Tolerance != "" {
		fmt.Fprintf(&b, "; tol = %s", oneLine(r.Tolerance))
	}
	fmt.Fprintf(&b, "; check %s", oneLine(r.Check))
	for _, p := range r.Params {
		fmt.Fprintf(&b, "; %s = %g", p.Name, p.Value)
	}
	return b.String()
}

// run evaluates tasks on a pool of workers, one VM each; results keep task order.
func (p *Pack) run(ctx context.Context, ix *index, tasks []task) ([]taskResult, error) {
	results := make([]taskResult, len(tasks))
	n := min(runtime.GOMAXPROCS(0), max(len(tasks), 1))
	next := make(chan int)
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := &worker{envs: map[int]any{}}
			w.vm.MemoryBudget = MemoryBudget
			for ti := range next {
				results[ti] = p.runTask(w, ix, tasks[ti])
			}
		}()
	}
	var err error
	for ti := range tasks {
		if err = ctx.Err(); err != nil {
			break
		}
		next <- ti
	}
	close(next)
	wg.Wait()
	return results, err
}

func (p *Pack) runTask(w *worker, ix *index, t task) (res taskResult) {
	r := p.rules[t.rule]
	env, ok := w.envs[t.rule]
	if !ok {
		env = r.gen.env()
		w.envs[t.rule] = env
	}
	for ci := range t.cands {
		c := &t.cands[ci]
		r.gen.fill(env, c, ix)
		out, err := w.vm.Run(r.prog, env)
		if err != nil {
			res.errs++
			res.findings = append(res.findings, p.ruleError(r, ix, c, err))
			continue
		}
		verdict, _ := out.(int)
		if verdict == 0 {
			continue
		}
		res.ran++
		if verdict == 1 && r.Fires != "always" {
			continue
		}
		f, err := p.finding(w, r, ix, c, env)
		if err != nil {
			res.errs++
			res.findings = append(res.findings, p.ruleError(r, ix, c, err))
			continue
		}
		if verdict == 2 && r.hasEqn && r.Severity == SevError {
			res.failures = append(res.failures, failure{terms: r.gen.equation(c), tol: f.Tolerance,
				finding: len(res.findings), label: ix.val(c.f[0]).Label + " " + what(ix.val(c.f[0]))})
		}
		res.findings = append(res.findings, f)
	}
	return res
}

func boundOf(x any) *Bound {
	v, ok := x.(*Val)
	if !ok || v == nil {
		return nil
	}
	return &Bound{Low: v.Lo, High: v.Hi, Unit: v.Unit}
}

// finding builds the finding of a candidate whose check failed (or that fires always).
func (p *Pack) finding(w *worker, r *Rule, ix *index, c *cand, env any) (Finding, error) {
	out, err := w.vm.Run(r.outs, env)
	if err != nil {
		return Finding{}, err
	}
	o, _ := out.([]any)
	if len(o) != 4 {
		return Finding{}, fmt.Errorf("rule outputs: got %T", out)
	}
	msg, err := r.msg.render(&w.vm, env)
	if err != nil {
		return Finding{}, err
	}
	claim := int32(-1)
	if a, ok := o[1].(*Val); ok && a != nil && !a.Derived && a.fig >= 0 && a.ev != nil && a.ev.ix == ix {
		claim = a.fig
	}
	f := p.base(r, ix, c, claim)
	f.Message = msg
	f.Expected, f.Actual = boundOf(o[0]), boundOf(o[1])
	if tol, ok := o[2].(float64); ok {
		f.Tolerance = tol
	}
	if e, ok := o[0].(*Val); ok && e != nil {
		if a, ok := o[1].(*Val); ok && a != nil {
			if g, err := gap(a, e); err == nil {
				f.Difference = g.Lo
			}
			if pc, err := gapPct(a, e); err == nil {
				f.DiffPct = pc
			}
		}
	}
	if r.sugg != nil {
		s, err := r.sugg.render(&w.vm, env)
		if err != nil {
			return Finding{}, err
		}
		f.Suggestion = s
	}
	return f, nil
}

// base fills a finding's rule, figures, metric, period and id. The claim
// (the figure the rule's actual names, when it is one of the candidate's)
// comes first; otherwise the generator's order holds.
func (p *Pack) base(r *Rule, ix *index, c *cand, claim int32) Finding {
	f := Finding{Rule: r.ID, Severity: r.Severity}
	figs := c.figures()
	if j := slices.Index(figs, claim); j > 0 {
		figs[0], figs[j] = figs[j], figs[0]
	}
	cf := &ix.figs[figs[0]]
	f.Metric, f.Period = cf.Metric, cf.Period
	h := sha256.New()
	h.Write([]byte(r.ID))
	keys := make([]string, 0, len(figs))
	for _, i := range figs {
		g := &ix.figs[i]
		f.Figures = append(f.Figures, g.ID)
		keys = append(keys, strings.Join([]string{g.Source, g.Metric, string(g.Measure), g.Period.String(), g.Unit, g.Quote}, "\x1f"))
	}
	// The claim keeps its role; the references are an unordered set.
	slices.Sort(keys[1:])
	for _, k := range keys {
		h.Write([]byte{0})
		h.Write([]byte(k))
	}
	f.ID = hex.EncodeToString(h.Sum(nil))[:12]
	return f
}

func (p *Pack) ruleError(r *Rule, ix *index, c *cand, err error) Finding {
	f := p.base(r, ix, c, -1)
	f.Rule = RuleErrorID
	f.Severity = SevWarning
	h := sha256.Sum256([]byte(RuleErrorID + f.ID))
	f.ID = hex.EncodeToString(h[:])[:12]
	var where []string
	for _, i := range c.figures() {
		where = append(where, cite(ix.val(i)))
	}
	msg := strings.ReplaceAll(err.Error(), "\n", " ")
	f.Message = fmt.Sprintf("rule %s (%s:%d) could not be evaluated on %s: %s", r.ID, r.File, r.Line, strings.Join(where, ", "), msg)
	return f
}

// supersede drops the findings a rule's finding explains: those of the
// rules it supersedes that involve its claim (a figure misread by a power of
// ten is not also a plain conflict, nor a month exceeding its year-to-date).
func (p *Pack) supersede(fs []Finding) []Finding {
	type key struct{ rule, fig string }
	drop := map[key]bool{}
	for _, f := range fs {
		r, ok := p.Rule(f.Rule)
		if !ok || len(f.Figures) == 0 {
			continue
		}
		for _, s := range r.Supersedes {
			drop[key{s, f.Figures[0]}] = true
		}
	}
	if len(drop) == 0 {
		return fs
	}
	return slices.DeleteFunc(fs, func(f Finding) bool {
		for _, id := range f.Figures {
			if drop[key{f.Rule, id}] {
				return true
			}
		}
		return false
	})
}

func sortFindings(fs []Finding, ix *index, p *Pack) {
	order := map[string]int{}
	for i, r := range p.rules {
		order[r.ID] = i
	}
	ids := map[string]int32{}
	for i := range fs {
		if len(fs[i].Figures) > 0 {
			ids[fs[i].Figures[0]] = -1
		}
	}
	ix.resolve(ids)
	claimPos := func(f *Finding) int32 {
		if len(f.Figures) == 0 {
			return -1
		}
		if i, ok := ids[f.Figures[0]]; ok {
			return ix.pos[i]
		}
		return -1
	}
	slices.SortStableFunc(fs, func(a, b Finding) int {
		return cmp.Or(
			cmp.Compare(b.Severity.Rank(), a.Severity.Rank()),
			cmp.Compare(claimPos(&a), claimPos(&b)),
			cmp.Compare(order[a.Rule], order[b.Rule]),
			cmp.Compare(a.ID, b.ID),
		)
	})
	seen := map[string]int{}
	for i := range fs {
		id := fs[i].ID
		seen[id]++
		if n := seen[id]; n > 1 {
			fs[i].ID = fmt.Sprintf("%s-%d", id, n)
		}
	}
}

// corrections finds figures whose single correction satisfies every failed
// equation they appear in (all in one unit), best explanation first.
func corrections(ix *index, fails []failure, equationGens []string) []cand {
	byFig := map[int32][]int{}
	for fi, f := range fails {
		unit := ""
		same := true
		for _, t := range f.terms {
			u := ix.figs[t.fig].Unit
			if unit == "" {
				unit = u
			} else if u != unit {
				same = false
			}
		}
		if !same {
			continue
		}
		for _, t := range f.terms {
			byFig[t.fig] = append(byFig[t.fig], fi)
		}
	}
	type fix struct {
		fig  int32
		iv   figure.Interval
		eqs  []int
		good bool
	}
	fixes := map[int32]*fix{}
	for fig, eqs := range byFig {
		var acc figure.Interval
		ok := true
		for n, e := range eqs {
			req, good := solveFor(ix, fails[e], fig)
			if !good {
				ok = false
				break
			}
			if n == 0 {
				acc = req
			} else if !acc.Overlaps(req) {
				ok = false
				break
			} else {
				acc = figure.Interval{Low: math.Max(acc.Low, req.Low), High: math.Min(acc.High, req.High)}
			}
		}
		if ok && !acc.Overlaps(ix.vals[fig].iv()) {
			fixes[fig] = &fix{fig: fig, iv: acc, eqs: eqs, good: true}
		}
	}
	// A correction must not break an equation that holds now.
	failed := map[string]bool{}
	for _, f := range fails {
		failed[termsKey(f.terms)] = true
	}
	// Only the equations that contain a candidate figure are built.
	touches := func(c *cand) bool {
		for _, i := range c.f[:c.n] {
			if _, ok := fixes[i]; ok {
				return true
			}
		}
		for _, i := range c.parts {
			if _, ok := fixes[i]; ok {
				return true
			}
		}
		return false
	}
	// The equation generators' candidates were dropped after their rules ran:
	// built again here, and only when there is a correction to test.
	for _, name := range equationGens {
		g := generators[name]
		if len(fixes) == 0 {
			break
		}
		list := g.cands(ix)
		for _, gcs := range list.chunks {
			for ci := range gcs {
				if len(fixes) == 0 {
					break
				}
				if !touches(&gcs[ci]) {
					continue
				}
				eq := g.equation(&gcs[ci])
				var k string
				for _, t := range eq {
					f, ok := fixes[t.fig]
					if !ok {
						continue
					}
					if k == "" {
						k = termsKey(eq)
					}
					if failed[k] {
						continue
					}
					req, good := solveFor(ix, failure{terms: eq, tol: 0.0005}, t.fig)
					if good && !req.Overlaps(f.iv) {
						delete(fixes, t.fig)
					}
				}
			}
		}
	}
	// A figure is the explanation when, in each of its equations, no other
	// candidate ranks before it: one that repairs more failures first. Figures
	// that sit in exactly the same failed equations cannot be told apart by
	// arithmetic; the tie goes to the one covering fewer months, then the
	// later period, then canonical order, and the others are named as
	// alternatives.
	before := func(o, f *fix) bool {
		if len(o.eqs) != len(f.eqs) {
			return len(o.eqs) > len(f.eqs)
		}
		po, pf := ix.figs[o.fig].Period, ix.figs[f.fig].Period
		if po.Months() != pf.Months() {
			return po.Months() < pf.Months()
		}
		if po.End != pf.End {
			return po.End > pf.End
		}
		return ix.pos[o.fig] < ix.pos[f.fig]
	}
	var out []cand
	for _, f := range fixes {
		best := true
		var alts []*fix
		for _, e := range f.eqs {
			for _, t := range fails[e].terms {
				o, ok := fixes[t.fig]
				if !ok || o.fig == f.fig {
					continue
				}
				if before(o, f) {
					best = false
				} else if slices.Equal(o.eqs, f.eqs) && !slices.Contains(alts, o) {
					alts = append(alts, o)
				}
			}
		}
		if !best {
			continue
		}
		v := ix.val(f.fig)
		fixed := derive(v, f.iv.Low, f.iv.High, v.Unit, "the value that satisfies every failed total")
		fixed.withPeriod(v.per)
		var checks []string
		pers := make([]figure.Period, 0, len(f.eqs))
		for _, e := range f.eqs {
			checks = append(checks, fails[e].label)
			pers = append(pers, fails[e].total(ix))
		}
		slices.Sort(checks)
		checks = slices.Compact(checks)
		slices.SortFunc(pers, func(a, b figure.Period) int { return cmp.Or(cmp.Compare(a.End, b.End), cmp.Compare(b.Start, a.Start)) })
		pers = slices.Compact(pers)
		// "January-March and January-April" when they share f's year.
		year := ix.figs[f.fig].Period.End.Year()
		short := true
		for _, p := range pers {
			short = short && p.Start.Year() == year && p.End.Year() == year && !p.IsYear()
		}
		totals := make([]string, 0, len(pers))
		for _, p := range pers {
			l := p.Label()
			if short {
				l = strings.TrimSuffix(l, fmt.Sprintf(" %d", year))
			}
			totals = append(totals, l)
		}
		slices.SortFunc(alts, func(a, b *fix) int { return cmp.Compare(ix.pos[a.fig], ix.pos[b.fig]) })
		var altText []string
		for _, a := range alts {
			av := ix.val(a.fig)
			ax := derive(av, a.iv.Low, a.iv.High, av.Unit, "")
			altText = append(altText, av.Label+" "+FormatAmount(av.shown(), av.Unit)+" → "+FormatAmount(ax.shown(), ax.Unit))
		}
		out = append(out, cand{f: [3]int32{f.fig}, n: 1, x: &candExtra{rest: fixed, checks: checks, totals: totals, alts: altText, broken: len(f.eqs)}})
	}
	slices.SortFunc(out, func(a, b cand) int { return cmp.Compare(ix.pos[a.f[0]], ix.pos[b.f[0]]) })
	return out
}

// solveFor returns the interval figure fig would need for equation f to hold
// (within its tolerance).
func solveFor(ix *index, f failure, fig int32) (figure.Interval, bool) {
	var coef float64
	var rest figure.Interval
	for _, t := range f.terms {
		if t.fig == fig && coef == 0 {
			coef = t.coef
			continue
		}
		rest = rest.Add(ix.vals[t.fig].iv().Scale(t.coef))
	}
	if coef == 0 {
		return figure.Interval{}, false
	}
	req := rest.Scale(-1 / coef)
	return req.Widen(f.tol), true
}

func termsKey(ts []term) string {
	var b strings.Builder
	for _, t := range ts {
		fmt.Fprintf(&b, "%d:%g,", t.fig, t.coef)
	}
	return b.String()
}

// deficitsAsBalances lets the balance rules read a deficit stated as a positive
// amount ("a deficit of $99.2 billion", flow deficit) as the signed balance it
// is (−$99.2 billion, flow balance). The caller's figures are not changed: the
// slice is copied only when it holds a deficit.
func deficitsAsBalances(figs []figure.Figure) []figure.Figure {
	has := false
	for i := range figs {
		if figs[i].Flow == figure.FlowDeficit {
			has = true
			break
		}
	}
	if !has {
		return figs
	}
	out := make([]figure.Figure, len(figs))
	copy(out, figs)
	for i := range out {
		f := &out[i]
		if f.Flow != figure.FlowDeficit {
			continue
		}
		f.Flow = figure.FlowBalance
		if subj, _ := figure.SplitMetric(f.Metric); subj != "" {
			f.Metric = figure.MetricID(subj, figure.FlowBalance)
		}
		if f.Measure == figure.Value || f.Measure == figure.Other {
			f.Value, f.Low, f.High = -f.Value, -f.High, -f.Low
		}
	}
	return out
}
