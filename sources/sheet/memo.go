package sheet

import (
	"strings"

	"figcheck/figure"
	"figcheck/sources/glossary"
)

// maxMemo bounds each per-read cache: a sheet with more distinct texts than
// this pays the full price for the rest instead of growing the cache.
const maxMemo = 10000

// memo returns f(k), remembering the answer in m while m is small. f must be
// a pure function of k: the caches live in one extractor (one read) and only
// save the work of tidy tables that repeat the same texts row after row.
func memo[K comparable, V any](m map[K]V, k K, f func(K) V) V {
	if v, ok := m[k]; ok {
		return v
	}
	v := f(k)
	if len(m) < maxMemo {
		m[k] = v
	}
	return v
}

// memos holds the per-read caches of the pure text classifiers.
type memos struct {
	classes  map[periodKey]column
	measures map[string]measureText
	flows    map[string]string
	quals    map[string]string
	bases    map[string]string
	metrics  map[[2]string]string
}

func newMemos() memos {
	return memos{classes: map[periodKey]column{}, measures: map[string]measureText{},
		flows: map[string]string{}, quals: map[string]string{}, bases: map[string]string{},
		metrics: map[[2]string]string{}}
}

// measureText is what measureOf reads from a measure cell.
type measureText struct {
	measure   figure.Measure
	basis, of string
}

// Keys of the run-wide memo (sources.Options.Memo), one type per function.
type (
	classKey      periodKey // classify
	periodCellKey periodKey // parsePeriodCell
	rowUnitKey    string    // parseRowUnit
	subjectKey    struct {  // lookup
		gloss      *glossary.Glossary
		label, alt string
	}
)

// classify is classify with a cache: a header label is classified when the
// header is found, again when its rows are merged and once more per column,
// and the files of a run repeat the same headers. The read's own map comes
// first (no locking, no boxing of the key), then the run's memo.
func (x *extractor) classify(label string, r ref) column {
	k := periodKey{label, r}
	if c, ok := x.memo.classes[k]; ok {
		return c
	}
	var c column
	if v, ok := x.opts.Memo.Load(classKey(k)); ok {
		c = v.(column)
	} else {
		c = classify(label, r)
		if x.opts.Memo != nil {
			// Kept for the run: copy what points into the file's text.
			label = strings.Clone(label)
			c.label = strings.TrimSpace(label)
			c.unit.Unit = strings.Clone(c.unit.Unit)
			x.opts.Memo.Store(classKey{label, r}, c)
		}
	}
	if len(x.memo.classes) < maxMemo {
		x.memo.classes[k] = c
	}
	return c
}

// statsOf is statsOf with the extractor's classify cache.
func (x *extractor) statsOf(cells []string, r ref) rowStats {
	return statsWith(cells, r, x.classify)
}

func (x *extractor) measureOf(s string) (figure.Measure, string, string) {
	m := memo(x.memo.measures, s, func(s string) measureText {
		m, b, o := measureOf(s)
		return measureText{m, b, o}
	})
	return m.measure, m.basis, m.of
}

func (x *extractor) flowCell(s string) string  { return memo(x.memo.flows, s, flowCell) }
func (x *extractor) qualifier(s string) string { return memo(x.memo.quals, s, qualifierOf) }
func (x *extractor) basisOf(s string) string   { return memo(x.memo.bases, s, basisOf) }

// metricID is figure.MetricID shared by the figures of a subject and flow,
// so that a million figures do not hold a million copies of a few ids.
func (x *extractor) metricID(subject, flow string) string {
	return memo(x.memo.metrics, [2]string{subject, flow}, func(k [2]string) string { return figure.MetricID(k[0], k[1]) })
}
