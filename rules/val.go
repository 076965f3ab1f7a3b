package rules

import (
	"math"
	"strings"

	"figcheck/figure"
	"figcheck/rules/rates"
)

// Val is what rule expressions compute with: a figure, or a quantity derived
// from figures (a sum, a difference, a unit value), always an interval
// [lo, hi] with a unit and a period. Figures carry their provenance (id,
// source, quote); derived values have derived = true and say how they were
// made in how.
//
// Its descriptive fields live in three shared parts, so that a million
// figures (and every value derived from them) do not each copy twenty
// strings: Provenance (one per figure; empty for derived values), Measured
// (one per series of figures) and When (one per period). Expressions see
// their fields as the Val's own (c.label, c.metric). The parts are shared:
// never assign to their fields, replace the pointer instead (withPeriod).
type Val struct {
	*Provenance
	*Measured
	*When
	Value   float64 `expr:"value"`
	Lo      float64 `expr:"lo"`
	Hi      float64 `expr:"hi"`
	Unit    string  `expr:"unit"`
	Measure string  `expr:"measure"`
	How     string  `expr:"how"`
	Derived bool    `expr:"derived"`

	fig int32 // index of the figure in the evaluated slice; -1 when derived
	ev  *evalData
}

// Provenance is where a figure was stated (empty for derived values).
type Provenance struct {
	ID     string `expr:"id"`
	Source string `expr:"source"`
	Kind   string `expr:"kind"`
	Quote  string `expr:"quote"`
	Where  string `expr:"where"`
}

// Measured is what a value measures, apart from its measure and unit.
type Measured struct {
	Metric    string `expr:"metric"`
	Subject   string `expr:"subject"`
	Item      string `expr:"item"`
	Flow      string `expr:"flow"`
	Partner   string `expr:"partner"`
	Basis     string `expr:"basis"`
	Of        string `expr:"of"`
	Qualifier string `expr:"qualifier"`
}

// When is the period a value covers, in the forms rules use.
type When struct {
	Period   string `expr:"period"`
	Label    string `expr:"label"`
	Months   int    `expr:"months"`
	Year     int    `expr:"year"`
	Month    int    `expr:"month"`
	YTD      bool   `expr:"ytd"`
	FullYear bool   `expr:"full_year"`

	per figure.Period
}

// noProvenance is the (read-only) provenance of derived values.
var noProvenance = &Provenance{}

// newWhen renders period p.
func newWhen(p figure.Period) *When {
	w := &When{Period: p.String(), Label: p.Label(), Months: p.Months(),
		Year: p.End.Year(), Month: p.End.Num(), YTD: p.IsYTD(), FullYear: p.IsYear(), per: p}
	if p.IsZero() {
		w.Year, w.Month = 0, 0
	}
	return w
}

// newMeasured describes what figure f measures.
func newMeasured(f *figure.Figure) *Measured {
	item, _ := figure.SplitMetric(f.Metric)
	m := &Measured{Metric: f.Metric, Subject: f.Subject, Item: item, Flow: f.Flow, Partner: f.Partner,
		Basis: f.Basis, Of: f.Of, Qualifier: f.Qualifier}
	if m.Subject == "" {
		m.Subject = strings.ReplaceAll(item, "_", " ")
	}
	return m
}

// describes reports whether m describes figure f.
func (m *Measured) describes(f *figure.Figure) bool {
	return m.Metric == f.Metric && m.Partner == f.Partner && m.Basis == f.Basis && m.Of == f.Of &&
		m.Qualifier == f.Qualifier && m.Flow == f.Flow &&
		(m.Subject == f.Subject || f.Subject == "" && m.Subject == strings.ReplaceAll(m.Item, "_", " "))
}

// evalData is what helper functions need beyond their arguments: the index of
// the figures being evaluated and the tables.
type evalData struct {
	ix     *index
	rates  *rates.Table
	bounds *BoundsTable
}

// newVal builds the Val of figure i from its shared parts.
func newVal(f *figure.Figure, i int32, ev *evalData, prov *Provenance, m *Measured, w *When) Val {
	*prov = Provenance{ID: f.ID, Source: f.Source, Kind: string(f.Kind), Quote: f.Quote, Where: f.Location()}
	return Val{Provenance: prov, Measured: m, When: w,
		Value: f.Value, Lo: f.Low, Hi: f.High, Unit: f.Unit, Measure: string(f.Measure),
		fig: i, ev: ev}
}

// derive returns a derived value shaped like base (metric, flow, ...) with a new interval.
func derive(base *Val, lo, hi float64, unit, how string) *Val {
	d := derived(base, lo, hi, unit, how)
	return &d
}

// derived is derive without the allocation, for values kept in a reused slot.
func derived(base *Val, lo, hi float64, unit, how string) Val {
	if lo > hi {
		lo, hi = hi, lo
	}
	return Val{
		Provenance: noProvenance, Measured: base.Measured, When: base.When,
		Value: (lo + hi) / 2, Lo: lo, Hi: hi, Unit: unit, Derived: true, How: how,
		Measure: base.Measure, fig: -1, ev: base.ev,
	}
}

// withPeriod gives a derived value another period.
func (v *Val) withPeriod(p figure.Period) *Val {
	if v.ev != nil && v.ev.ix != nil {
		if w, ok := v.ev.ix.whens[p]; ok {
			v.When = w
			return v
		}
	}
	v.When = newWhen(p)
	return v
}

// iv returns the value's interval.
func (v *Val) iv() figure.Interval { return figure.Interval{Low: v.Lo, High: v.Hi} }

// mid returns the interval's midpoint.
func (v *Val) mid() float64 { return (v.Lo + v.Hi) / 2 }

// shown is the number a message shows for the value: the stated value of a
// figure, the midpoint of a derived interval.
func (v *Val) shown() float64 {
	if v.Derived || v.Value < v.Lo || v.Value > v.Hi {
		return v.mid()
	}
	return v.Value
}

// family groups units that can be compared: every currency is "money".
func family(unit string) string {
	if figure.IsCurrency(unit) {
		return "money"
	}
	return unit
}

// magnitude is max(|lo|, |hi|).
func (v *Val) magnitude() float64 { return math.Max(math.Abs(v.Lo), math.Abs(v.Hi)) }
