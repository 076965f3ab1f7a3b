package figure

import (
	"fmt"
	"math"
)

// Interval is the closed range [Low, High] of values a stated figure supports.
// Every comparison in figcheck is an interval comparison: two figures agree when
// their intervals overlap (after any tolerance), so "1.03 trillion" (1.025–1.035
// trillion) agrees with "1,030.4 billion" (1,030.35–1,030.45 billion).
type Interval struct {
	Low  float64 `json:"low"`
	High float64 `json:"high"`
}

// Exact returns the degenerate interval [v, v].
func Exact(v float64) Interval { return Interval{Low: v, High: v} }

// Rounded returns the interval of a number stated to a precision of step:
// half a step either side ("1.03 trillion", step 0.01 trillion, is 1.025–1.035 trillion).
func Rounded(v, step float64) Interval {
	h := math.Abs(step) / 2
	return Interval{Low: v - h, High: v + h}
}

// Mid returns the interval's midpoint.
func (i Interval) Mid() float64 { return (i.Low + i.High) / 2 }

// Width returns High - Low.
func (i Interval) Width() float64 { return i.High - i.Low }

// Overlaps reports whether the two intervals share at least one value.
func (i Interval) Overlaps(o Interval) bool { return i.Low <= o.High && o.Low <= i.High }

// Contains reports whether v lies in the interval.
func (i Interval) Contains(v float64) bool { return i.Low <= v && v <= i.High }

// Add returns the interval of a sum.
func (i Interval) Add(o Interval) Interval {
	return Interval{Low: i.Low + o.Low, High: i.High + o.High}
}

// Sub returns the interval of a difference.
func (i Interval) Sub(o Interval) Interval {
	return Interval{Low: i.Low - o.High, High: i.High - o.Low}
}

// Scale multiplies both ends by k (k may be negative).
func (i Interval) Scale(k float64) Interval {
	a, b := i.Low*k, i.High*k
	if a > b {
		a, b = b, a
	}
	return Interval{Low: a, High: b}
}

// Div returns the interval of i / o; it returns false when o contains zero.
func (i Interval) Div(o Interval) (Interval, bool) {
	if o.Low <= 0 && o.High >= 0 {
		return Interval{}, false
	}
	c := []float64{i.Low / o.Low, i.Low / o.High, i.High / o.Low, i.High / o.High}
	lo, hi := c[0], c[0]
	for _, x := range c[1:] {
		lo, hi = math.Min(lo, x), math.Max(hi, x)
	}
	return Interval{Low: lo, High: hi}, true
}

// Widen grows the interval by a relative tolerance of its magnitude on each side
// (tol 0.01 widens by 1% of max(|Low|,|High|)).
func (i Interval) Widen(tol float64) Interval {
	m := math.Max(math.Abs(i.Low), math.Abs(i.High)) * tol
	return Interval{Low: i.Low - m, High: i.High + m}
}

// Gap returns the distance between two disjoint intervals (0 when they overlap).
func (i Interval) Gap(o Interval) float64 {
	switch {
	case i.High < o.Low:
		return o.Low - i.High
	case o.High < i.Low:
		return i.Low - o.High
	}
	return 0
}

// String renders the interval compactly for messages and logs.
func (i Interval) String() string {
	if i.Low == i.High {
		return fmt.Sprintf("%g", i.Low)
	}
	return fmt.Sprintf("[%g, %g]", i.Low, i.High)
}

// Widening holds the documented defaults that qualifiers apply to a stated
// value v (already widened by rounding to [lo, hi]).
//
//	more_than, at_least: [lo, hi × (1 + Above)]   "more than 7 trillion" → 7–8.4 trillion
//	less_than:           [lo × (1 − Below), hi]
//	nearly:              [lo × (1 − Nearly), hi]  "nearly $1 trillion" → $900B–$1T
//	about:               [lo × (1 − About), hi × (1 + About)]
type Widening struct {
	Above  float64 `json:"above" yaml:"above"`
	Below  float64 `json:"below" yaml:"below"`
	Nearly float64 `json:"nearly" yaml:"nearly"`
	About  float64 `json:"about" yaml:"about"`
}

// DefaultWidening returns the widening used unless configured otherwise.
func DefaultWidening() Widening {
	return Widening{Above: 0.2, Below: 0.2, Nearly: 0.1, About: 0.05}
}

// Apply widens iv according to the qualifier q. Negative values widen symmetrically
// in magnitude.
func (w Widening) Apply(iv Interval, q string) Interval {
	lo, hi := iv.Low, iv.High
	grow := func(x, k float64) float64 { return x + math.Abs(x)*k }
	shrink := func(x, k float64) float64 { return x - math.Abs(x)*k }
	switch q {
	case QualMoreThan, QualAtLeast:
		hi = grow(hi, w.Above)
	case QualLessThan:
		lo = shrink(lo, w.Below)
	case QualNearly:
		lo = shrink(lo, w.Nearly)
	case QualAbout:
		lo, hi = shrink(lo, w.About), grow(hi, w.About)
	}
	return Interval{Low: lo, High: hi}
}
