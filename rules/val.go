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
type Val struct {
	ID        string  `expr:"id"`
	Source    string  `expr:"source"`
	Kind      string  `expr:"kind"`
	Quote     string  `expr:"quote"`
	Where     string  `expr:"where"`
	Value     float64 `expr:"value"`
	Lo        float64 `expr:"lo"`
	Hi        float64 `expr:"hi"`
	Unit      string  `expr:"unit"`
	Measure   string  `expr:"measure"`
	Metric    string  `expr:"metric"`
	Subject   string  `expr:"subject"`
	Item      string  `expr:"item"`
	Flow      string  `expr:"flow"`
	Partner   string  `expr:"partner"`
	Basis     string  `expr:"basis"`
	Of        string  `expr:"of"`
	Qualifier string  `expr:"qualifier"`
	Period    string  `expr:"period"`
	Label     string  `expr:"label"`
	Months    int     `expr:"months"`
	Year      int     `expr:"year"`
	Month     int     `expr:"month"`
	YTD       bool    `expr:"ytd"`
	FullYear  bool    `expr:"full_year"`
	Derived   bool    `expr:"derived"`
	How       string  `expr:"how"`

	per  figure.Period
	fig  int // index of the figure in the evaluated slice; -1 when derived
	ev   *evalData
	note string // rate used in a conversion, for messages
}

// evalData is what helper functions need beyond their arguments: the index of
// the figures being evaluated and the tables.
type evalData struct {
	ix     *index
	rates  *rates.Table
	bounds *BoundsTable
}

// periodText caches a period's renderings.
type periodText struct{ key, label string }

// newVal builds the Val of figure i.
func newVal(f *figure.Figure, i int, ev *evalData, pt periodText) Val {
	item, _ := figure.SplitMetric(f.Metric)
	v := Val{
		ID: f.ID, Source: f.Source, Kind: string(f.Kind), Quote: f.Quote, Where: f.Location(),
		Value: f.Value, Lo: f.Low, Hi: f.High, Unit: f.Unit, Measure: string(f.Measure),
		Metric: f.Metric, Subject: f.Subject, Item: item, Flow: f.Flow, Partner: f.Partner,
		Basis: f.Basis, Of: f.Of, Qualifier: f.Qualifier,
		Period: pt.key, Label: pt.label, Months: f.Period.Months(),
		Year: f.Period.End.Year(), Month: f.Period.End.Num(),
		YTD: f.Period.IsYTD(), FullYear: f.Period.IsYear(),
		per: f.Period, fig: i, ev: ev,
	}
	if f.Period.IsZero() {
		v.Year, v.Month = 0, 0
	}
	if v.Subject == "" {
		v.Subject = strings.ReplaceAll(item, "_", " ")
	}
	return v
}

// derive returns a derived value shaped like base (metric, flow, ...) with a new interval.
func derive(base *Val, lo, hi float64, unit, how string) *Val {
	if lo > hi {
		lo, hi = hi, lo
	}
	d := &Val{
		Value: (lo + hi) / 2, Lo: lo, Hi: hi, Unit: unit, Derived: true, How: how,
		Measure: base.Measure, Metric: base.Metric, Subject: base.Subject, Item: base.Item,
		Flow: base.Flow, Partner: base.Partner, Basis: base.Basis, Of: base.Of,
		Period: base.Period, Label: base.Label, Months: base.Months, Year: base.Year,
		Month: base.Month, YTD: base.YTD, FullYear: base.FullYear,
		per: base.per, fig: -1, ev: base.ev, note: base.note,
	}
	return d
}

// withPeriod sets a derived value's period fields.
func (v *Val) withPeriod(p figure.Period) *Val {
	v.per = p
	if v.ev != nil && v.ev.ix != nil {
		if pt, ok := v.ev.ix.ptexts[p]; ok {
			v.Period, v.Label = pt.key, pt.label
		} else {
			v.Period, v.Label = p.String(), p.Label()
		}
	} else {
		v.Period, v.Label = p.String(), p.Label()
	}
	v.Months, v.Year, v.Month = p.Months(), p.End.Year(), p.End.Num()
	v.YTD, v.FullYear = p.IsYTD(), p.IsYear()
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
