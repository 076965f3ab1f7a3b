package rules

import (
	"errors"
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/expr-lang/expr"

	"figcheck/figure"
)

// Func documents one helper function available to rule expressions.
type Func struct {
	Name string
	// Sig is the function's signature as rule writers see it.
	Sig string
	Doc string
	fn  func(args ...any) (any, error)
	typ []any
}

// Errors helper functions return (a rule-error finding when they surface).
var (
	ErrUnits   = errors.New("units cannot be compared")
	ErrEmpty   = errors.New("empty list")
	ErrNoBound = errors.New("no unit-value bounds")
	ErrNil     = errors.New("missing value")
)

func v(a any) (*Val, error) {
	x, ok := a.(*Val)
	if !ok || x == nil {
		return nil, ErrNil
	}
	return x, nil
}

func v2(args []any) (*Val, *Val, error) {
	a, err := v(args[0])
	if err != nil {
		return nil, nil, err
	}
	b, err := v(args[1])
	return a, b, err
}

func vals(a any) ([]*Val, error) {
	l, ok := a.([]*Val)
	if !ok {
		return nil, fmt.Errorf("want a list of values, got %T", a)
	}
	return l, nil
}

// convertTo returns a expressed in unit: the same value when the units match,
// a conversion through the rate table (widened by its tolerance) between
// currencies, or between unit values in different currencies (CNY/units → USD/units).
func convertTo(a *Val, unit string) (*Val, error) {
	if a.Unit == unit {
		return a, nil
	}
	from, to := a.Unit, unit
	fromDen, toDen := "", ""
	if n, d, ok := strings.Cut(from, "/"); ok {
		from, fromDen = n, d
	}
	if n, d, ok := strings.Cut(to, "/"); ok {
		to, toDen = n, d
	}
	if fromDen != toDen || !figure.IsCurrency(from) || !figure.IsCurrency(to) {
		return nil, fmt.Errorf("%w: %s and %s", ErrUnits, a.Unit, unit)
	}
	if a.ev == nil || a.ev.rates == nil {
		return nil, fmt.Errorf("%w: no rate table", ErrUnits)
	}
	q, err := a.ev.rates.Lookup(from, to, a.per)
	if err != nil {
		return nil, err
	}
	tol := a.ev.rates.Tolerance
	iv := a.iv().Scale(q.Value).Widen(tol)
	d := derive(a, iv.Low, iv.High, unit, "")
	*d = *a // keep provenance: the same figure in another unit
	d.Lo, d.Hi, d.Value, d.Unit = iv.Low, iv.High, a.Value*q.Value, unit
	d.Derived = true
	rate := FormatAmount(q.Value, to+"/"+from)
	if from == "CNY" {
		rate = FormatAmount(1/q.Value, from+"/"+to)
	}
	d.How = fmt.Sprintf("%s converted at %s (%s, %s, ±%s)", FormatAmount(a.shown(), a.Unit),
		rate, q.Basis, q.Source, FormatPercent(tol*100))
	return d, nil
}

func sameUnit(a, b *Val) (*Val, error) { return convertTo(b, a.Unit) }

func union(a, b figure.Period) figure.Period {
	if a.IsZero() {
		return b
	}
	if b.IsZero() {
		return a
	}
	return figure.Period{Start: min(a.Start, b.Start), End: max(a.End, b.End)}
}

func valPlus(a, b *Val) (*Val, error) {
	bb, err := sameUnit(a, b)
	if err != nil {
		return nil, err
	}
	iv := a.iv().Add(bb.iv())
	d := derive(a, iv.Low, iv.High, a.Unit, "sum")
	if u := union(a.per, b.per); u != a.per {
		d.withPeriod(u)
	}
	return d, nil
}

func valMinus(a, b *Val) (*Val, error) {
	bb, err := sameUnit(a, b)
	if err != nil {
		return nil, err
	}
	iv := a.iv().Sub(bb.iv())
	return derive(a, iv.Low, iv.High, a.Unit, "difference"), nil
}

func valSum(l []*Val) (*Val, error) {
	if len(l) == 0 {
		return nil, ErrEmpty
	}
	iv := l[0].iv()
	p := l[0].per
	for _, x := range l[1:] {
		xx, err := sameUnit(l[0], x)
		if err != nil {
			return nil, err
		}
		iv = iv.Add(xx.iv())
		p = union(p, x.per)
	}
	acc := derive(l[0], iv.Low, iv.High, l[0].Unit, "")
	if p != l[0].per {
		acc.withPeriod(p)
	}
	acc.How = fmt.Sprintf("sum of %d figures", len(l))
	return acc, nil
}

func valRatio(a, b *Val, unit string) (*Val, error) {
	iv, ok := a.iv().Div(b.iv())
	if !ok {
		return nil, fmt.Errorf("division by an interval containing zero (%s)", FormatRange(b.Lo, b.Hi, b.Unit))
	}
	d := derive(a, iv.Low, iv.High, unit, "ratio")
	return d, nil
}

func valUnitValue(val, q *Val) (*Val, error) {
	d, err := valRatio(val, q, val.Unit+"/"+q.Unit)
	if err != nil {
		return nil, err
	}
	d.Measure = string(figure.Price)
	d.How = fmt.Sprintf("%s ÷ %s", FormatAmount(val.shown(), val.Unit), FormatAmount(q.shown(), q.Unit))
	return d, nil
}

func agree(a, b *Val, tol float64) (bool, error) {
	bb, err := sameUnit(a, b)
	if err != nil {
		return false, err
	}
	return a.iv().Overlaps(bb.iv().Widen(tol)), nil
}

func gap(a, b *Val) (*Val, error) {
	bb, err := sameUnit(a, b)
	if err != nil {
		return nil, err
	}
	g := a.iv().Gap(bb.iv())
	d := derive(a, g, g, a.Unit, "gap")
	d.Value = g
	return d, nil
}

func gapPct(a, b *Val) (float64, error) {
	bb, err := sameUnit(a, b)
	if err != nil {
		return 0, err
	}
	m := math.Abs(bb.mid())
	if m == 0 {
		return 0, nil
	}
	return a.iv().Gap(bb.iv()) / m * 100, nil
}

// slackOf is what a comparison of a with b allowed: both half-widths plus the tolerance.
func slackOf(a, b *Val, tol float64) (*Val, error) {
	bb, err := sameUnit(a, b)
	if err != nil {
		return nil, err
	}
	s := a.iv().Width()/2 + bb.iv().Width()/2 + bb.magnitude()*tol
	return derive(a, s, s, a.Unit, "allowed difference"), nil
}

func growthOf(cur, prev *Val) (*Val, error) {
	pp, err := sameUnit(cur, prev)
	if err != nil {
		return nil, err
	}
	iv, ok := cur.iv().Div(pp.iv())
	if !ok {
		return nil, errors.New("growth from a zero base")
	}
	d := derive(cur, (iv.Low-1)*100, (iv.High-1)*100, figure.UnitPercent, "")
	d.Measure = string(figure.Growth)
	d.How = fmt.Sprintf("%s against %s", FormatAmount(cur.shown(), cur.Unit), FormatAmount(pp.shown(), pp.Unit))
	return d, nil
}

func priorFrom(cur, g *Val) (*Val, error) {
	f := figure.Interval{Low: 1 + g.Lo/100, High: 1 + g.Hi/100}
	iv, ok := cur.iv().Div(f)
	if !ok {
		return nil, errors.New("growth of -100% or less has no prior value")
	}
	d := derive(cur, iv.Low, iv.High, cur.Unit, "")
	p := figure.Period{Start: cur.per.Start - 12, End: cur.per.End - 12}
	d.withPeriod(p)
	d.How = fmt.Sprintf("%s ÷ (1 %+g%%)", FormatAmount(cur.shown(), cur.Unit), g.shown())
	return d, nil
}

func scaleK(a, b *Val, tol float64) (int, error) {
	if a.Unit != b.Unit || a.mid() == 0 || b.mid() == 0 || (a.mid() > 0) != (b.mid() > 0) {
		return 0, nil
	}
	k := int(math.Round(math.Log10(b.mid() / a.mid())))
	if k == 0 || k > 12 || k < -12 {
		return 0, nil
	}
	sa := a.iv().Scale(math.Pow10(k))
	if sa.Overlaps(b.iv().Widen(tol)) {
		return k, nil
	}
	return 0, nil
}

func rescale(a *Val, k int) *Val {
	iv := a.iv().Scale(math.Pow10(k))
	d := derive(a, iv.Low, iv.High, a.Unit, fmt.Sprintf("%s × 10^%d", FormatAmount(a.shown(), a.Unit), k))
	d.Value = a.Value * math.Pow10(k)
	return d
}

// digits returns the significant digits of x ("24,105.4" → "241054").
func digits(x float64) string {
	s := strconv.FormatFloat(math.Abs(x), 'f', -1, 64)
	s = strings.ReplaceAll(s, ".", "")
	return strings.Trim(s, "0")
}

type scaleWord struct {
	f    float64
	name string
}

var readScales = []scaleWord{{1e4, "ten-thousand (万)"}, {1e8, "hundred-million (亿)"}, {1e3, "thousand"}, {1e6, "million"}, {1e9, "billion"}, {1, "single"}}

func readAs(f float64) string {
	switch f {
	case 1:
		return "without any scale"
	case 1e3:
		return "as thousands"
	case 1e4:
		return "as ten-thousands (万)"
	case 1e6:
		return "as millions"
	case 1e8:
		return "as hundred-millions (亿)"
	case 1e9:
		return "as billions"
	}
	return fmt.Sprintf("with a factor of %g", f)
}

// whichWrong decides which of two figures a power-of-ten apart is the
// misreading: a sheet beats an article; otherwise the one whose digits read
// as the other's in a customs scale unit (万, 亿) is wrong; otherwise a.
func whichWrong(a, b *Val) (wrong, right *Val) {
	if a.Kind == string(figure.KindSheet) && b.Kind != string(figure.KindSheet) {
		return b, a
	}
	if b.Kind == string(figure.KindSheet) && a.Kind != string(figure.KindSheet) {
		return a, b
	}
	if scaleReading(a, b) != "" && scaleReading(b, a) == "" {
		return a, b
	}
	if scaleReading(b, a) != "" && scaleReading(a, b) == "" {
		return b, a
	}
	return a, b
}

// scaleReading explains wrong as right's digits read in another scale, or "".
func scaleReading(wrong, right *Val) string {
	dw := digits(wrong.shown())
	if dw == "" {
		return ""
	}
	for _, s := range readScales {
		n := right.shown() / s.f
		if math.Abs(n) < 1 || digits(n) != dw || s.f == 1 {
			continue
		}
		f := wrong.shown() / n
		lf := math.Round(math.Log10(math.Abs(f)))
		if math.Abs(math.Log10(math.Abs(f))-lf) > 1e-6 {
			continue
		}
		// Only a misreading people make: the number taken as plain units,
		// thousands, 万, millions, 亿 or billions instead.
		if rf := math.Pow10(int(lf)); rf == s.f || !slices.Contains([]float64{1, 1e3, 1e4, 1e6, 1e8, 1e9}, rf) {
			continue
		}
		unit := strings.TrimPrefix(FormatAmount(0, right.Unit), "0")
		unit = strings.TrimSpace(strings.TrimPrefix(unit, "¥"))
		what := s.name
		if right.Unit == figure.UnitUnits || right.Unit == figure.UnitTonnes {
			what += " " + right.Unit
		} else if figure.IsCurrency(right.Unit) {
			what += " " + right.Unit
		}
		return fmt.Sprintf("%s looks like %s %s read %s", quoteOr(wrong), FormatNumber(n, 6), what, readAs(math.Pow10(int(lf))))
	}
	return ""
}

func quoteOr(a *Val) string {
	if a.Quote != "" {
		return strconv.Quote(a.Quote)
	}
	return FormatAmount(a.shown(), a.Unit)
}

func scaleHint(a, b *Val) string {
	wrong, right := whichWrong(a, b)
	k := int(math.Round(math.Log10(math.Abs(right.shown() / wrong.shown()))))
	fix := FormatAmount(wrong.shown()*math.Pow10(k), wrong.Unit)
	if r := scaleReading(wrong, right); r != "" {
		return fmt.Sprintf("%s: the likely correct reading is %s", r, fix)
	}
	factor := factorWords(k)
	dir := "larger"
	if k < 0 {
		dir = "smaller"
	}
	return fmt.Sprintf("%s is probably off by a factor of %s; read %s times %s it is %s, which %s states", quoteOr(wrong), factor, factor, dir, fix, cite(right))
}

func cite(a *Val) string {
	if a.Derived {
		if a.How != "" {
			return FormatAmount(a.shown(), a.Unit) + " (" + a.How + ")"
		}
		return FormatAmount(a.shown(), a.Unit)
	}
	loc := filepath.Base(a.Source)
	if w := a.Where; strings.HasPrefix(w, a.Source) {
		loc = filepath.Base(a.Source) + strings.TrimPrefix(w, a.Source)
	}
	return quoteOr(a) + " in " + loc
}

var flowWords = map[string][2]string{
	figure.FlowExport:  {"exports of ", "exports"},
	figure.FlowImport:  {"imports of ", "imports"},
	figure.FlowTotal:   {"trade in ", "total trade"},
	figure.FlowBalance: {"trade balance in ", "trade balance"},
}

func what(a *Val) string {
	subj := a.Subject
	var s string
	if w, ok := flowWords[a.Flow]; ok {
		if a.Item == "goods" || subj == "" {
			s = w[1]
		} else {
			s = w[0] + subj
		}
	} else {
		s = subj
	}
	if a.Partner != "" {
		s += " (" + a.Partner + ")"
	}
	switch figure.Measure(a.Measure) {
	case figure.Quantity:
		s += " by quantity"
	case figure.Growth:
		s = "growth in " + s
	case figure.Price:
		s = "unit value of " + s
	case figure.Share:
		s = "share of " + s
	}
	return s
}

func find(anchor *Val, metric, measure, period string) ([]*Val, error) {
	if anchor.ev == nil || anchor.ev.ix == nil {
		return nil, nil
	}
	ix := anchor.ev.ix
	met, mea, per := ix.sym(anchor.Metric), ix.sym(anchor.Measure), anchor.per
	if metric != "" {
		met = ix.sym(metric)
	}
	if measure != "" {
		mea = ix.sym(measure)
	}
	if period != "" {
		p, err := parsePeriod(period)
		if err != nil {
			return nil, err
		}
		per = p
	}
	var out []*Val
	var figs []int32
	if mea == ix.c.growth || mea == ix.c.share {
		// Growth and shares carry a basis and an "of": look them all up.
		for _, fam := range ix.families {
			for _, b := range []string{"", figure.BasisYoY, figure.BasisMoM} {
				for _, of := range []string{"", string(figure.Value), string(figure.Quantity)} {
					figs = append(figs, ix.fact(factKey{met, mea, ix.sym(anchor.Partner), fam, ix.sym(b), ix.sym(of), per})...)
				}
			}
		}
	} else {
		figs = ix.anyFamily(met, mea, ix.sym(anchor.Partner), per, nil)
	}
	for _, i := range figs {
		if i != anchor.fig {
			out = append(out, ix.val(i))
		}
	}
	return out, nil
}

// parsePeriod reads "2024", "2024-04" or "2024-01..2024-04".
func parsePeriod(s string) (figure.Period, error) {
	s = strings.TrimSpace(s)
	if len(s) == 4 {
		y, err := strconv.Atoi(s)
		if err != nil {
			return figure.Period{}, fmt.Errorf("period %q: want YYYY, YYYY-MM or YYYY-MM..YYYY-MM", s)
		}
		return figure.YearPeriod(y), nil
	}
	a, b, ok := strings.Cut(s, "..")
	if !ok {
		b = a
	}
	start, err1 := figure.ParseMonth(a)
	end, err2 := figure.ParseMonth(b)
	if err1 != nil || err2 != nil || start.IsZero() || end < start {
		return figure.Period{}, fmt.Errorf("period %q: want YYYY, YYYY-MM or YYYY-MM..YYYY-MM", s)
	}
	return figure.Period{Start: start, End: end}, nil
}

func median(l []*Val) (*Val, error) {
	if len(l) == 0 {
		return nil, ErrEmpty
	}
	unit := l[0].Unit
	var mids []float64
	for _, x := range l {
		c, err := convertTo(x, unit)
		if err != nil {
			return nil, err
		}
		mids = append(mids, c.mid())
	}
	slices.Sort(mids)
	m := mids[len(mids)/2]
	if len(mids)%2 == 0 {
		m = (mids[len(mids)/2-1] + mids[len(mids)/2]) / 2
	}
	d := derive(l[0], m, m, unit, fmt.Sprintf("median of %d", len(l)))
	return d, nil
}

func boundsOf(a *Val) (*Val, error) {
	if a.ev == nil || a.ev.bounds == nil {
		return nil, ErrNoBound
	}
	b, ok := a.ev.bounds.lookup(a.Item, a.Flow)
	if !ok {
		return nil, fmt.Errorf("%w for %s", ErrNoBound, a.Item)
	}
	d := derive(a, b.Low, b.High, b.Unit, "bounds table: "+b.Note)
	d.Measure = string(figure.Price)
	if a.Unit != b.Unit {
		return convertTo(d, a.Unit)
	}
	return d, nil
}

// hasBounds reports whether boundsOf(a) would succeed, without building the
// bounds (or an error message) when a's item has no entry: the common case.
func hasBounds(a *Val) bool {
	if a.ev == nil || a.ev.bounds == nil {
		return false
	}
	b, ok := a.ev.bounds.lookup(a.Item, a.Flow)
	if !ok {
		return false
	}
	if a.Unit == b.Unit {
		return true
	}
	_, err := boundsOf(a)
	return err == nil
}

// fn wraps helpers of fixed arity and types.
func fn(name, sig, doc string, f func(args ...any) (any, error), types ...any) Func {
	return Func{Name: name, Sig: sig, Doc: doc, fn: f, typ: types}
}

// Funcs lists the helper functions available to rule expressions.
func Funcs() []Func {
	return []Func{
		fn("sum", "sum(list []Val) Val", "interval sum of the values, each converted into the first's unit",
			func(a ...any) (any, error) {
				l, err := vals(a[0])
				if err != nil {
					return nil, err
				}
				return valSum(l)
			}, new(func([]*Val) *Val)),
		fn("plus", "plus(a, b Val) Val", "a + b (b converted into a's unit)",
			onPair(valPlus), new(func(*Val, *Val) *Val)),
		fn("minus", "minus(a, b Val) Val", "a − b (b converted into a's unit)",
			onPair(valMinus), new(func(*Val, *Val) *Val)),
		fn("times", "times(a Val, k float) Val", "a × k",
			func(a ...any) (any, error) {
				x, err := v(a[0])
				if err != nil {
					return nil, err
				}
				k := a[1].(float64)
				iv := x.iv().Scale(k)
				d := derive(x, iv.Low, iv.High, x.Unit, fmt.Sprintf("%s × %g", FormatAmount(x.shown(), x.Unit), k))
				return d, nil
			}, new(func(*Val, float64) *Val)),
		fn("ratio", "ratio(a, b Val) Val", "a ÷ b as an interval, unit \"A/B\" (a plain number when the units match)",
			onPair(func(x, y *Val) (any, error) {
				unit := x.Unit + "/" + y.Unit
				if x.Unit == y.Unit {
					unit = ""
				}
				return valRatio(x, y, unit)
			}), new(func(*Val, *Val) *Val)),
		fn("per_month", "per_month(a Val) Val", "a divided by the number of months it covers (a monthly run-rate)",
			func(a ...any) (any, error) {
				x, err := v(a[0])
				if err != nil {
					return nil, err
				}
				n := float64(max(x.Months, 1))
				d := derive(x, x.Lo/n, x.Hi/n, x.Unit, fmt.Sprintf("%s monthly average", x.Label))
				return d, nil
			}, new(func(*Val) *Val)),
		fn("unit_value", "unit_value(value, quantity Val) Val", "value ÷ quantity (unit \"CNY/units\" etc.)",
			onPair(valUnitValue), new(func(*Val, *Val) *Val)),
		fn("convert", "convert(a Val, unit string) Val", "a in another currency through the rate table for a's period, widened by the table's tolerance",
			func(a ...any) (any, error) {
				x, err := v(a[0])
				if err != nil {
					return nil, err
				}
				return convertTo(x, a[1].(string))
			}, new(func(*Val, string) *Val)),
		fn("convertible", "convertible(a Val, unit string) bool", "whether a can be expressed in unit (same unit, or both currencies with a rate for a's period)",
			func(a ...any) (any, error) {
				x, err := v(a[0])
				if err != nil {
					return nil, err
				}
				_, err = convertTo(x, a[1].(string))
				return err == nil, nil
			}, new(func(*Val, string) bool)),
		fn("table_rate", "table_rate(num, den string, at Val) Val", "the rate table's num per den over at's period (table_rate(\"CNY\", \"USD\", a) ≈ 7.12), with the basis and source in how",
			func(a ...any) (any, error) {
				x, err := v(a[2])
				if err != nil {
					return nil, err
				}
				if x.ev == nil || x.ev.rates == nil {
					return nil, errors.New("no rate table")
				}
				q, err := x.ev.rates.Lookup(a[1].(string), a[0].(string), x.per)
				if err != nil {
					return nil, err
				}
				d := derive(x, q.Value, q.Value, a[0].(string)+"/"+a[1].(string), q.Basis+", "+q.Source)
				d.Measure = string(figure.Other)
				return d, nil
			}, new(func(string, string, *Val) *Val)),
		fn("apart", "apart(a, b Val) Val", "the distance between a's and b's midpoints (b converted into a's unit)",
			onPair(func(x, y *Val) (any, error) {
				yy, err := sameUnit(x, y)
				if err != nil {
					return nil, err
				}
				d := math.Abs(x.shown() - yy.shown())
				return derive(x, d, d, x.Unit, "difference"), nil
			}), new(func(*Val, *Val) *Val)),
		fn("apart_pct", "apart_pct(a, b Val) float", "apart(a, b) as a percentage of b",
			onPair(func(x, y *Val) (any, error) {
				yy, err := sameUnit(x, y)
				if err != nil {
					return nil, err
				}
				if yy.shown() == 0 {
					return 0.0, nil
				}
				return math.Abs(x.shown()-yy.shown()) / math.Abs(yy.shown()) * 100, nil
			}), new(func(*Val, *Val) float64)),
		fn("widen", "widen(a Val, by float) Val", "a's interval grown by an absolute amount on each side (widen(g, 0.1) allows 0.1 pp more)",
			func(a ...any) (any, error) {
				x, err := v(a[0])
				if err != nil {
					return nil, err
				}
				by := math.Abs(a[1].(float64))
				d := derive(x, x.Lo-by, x.Hi+by, x.Unit, x.How)
				d.Value = x.shown()
				return d, nil
			}, new(func(*Val, float64) *Val)),
		fn("share_of", "share_of(part, whole Val) Val", "100 × part ÷ whole in percent (whole converted into part's unit)",
			onPair(func(x, y *Val) (any, error) {
				yy, err := sameUnit(x, y)
				if err != nil {
					return nil, err
				}
				d, err := valRatio(x, yy, figure.UnitPercent)
				if err != nil {
					return nil, err
				}
				d.Lo, d.Hi, d.Value = d.Lo*100, d.Hi*100, d.Value*100
				d.Measure = string(figure.Share)
				d.How = fmt.Sprintf("%s ÷ %s", FormatAmount(x.shown(), x.Unit), FormatAmount(yy.shown(), yy.Unit))
				return d, nil
			}), new(func(*Val, *Val) *Val)),
		fn("uv_hint", "uv_hint(v, q, bounds Val) string", "when a power-of-ten change of the quantity (or value) would bring the unit value within bounds, says so with the corrected reading; else \"\"",
			func(a ...any) (any, error) {
				x, y, err := v2(a)
				if err != nil {
					return nil, err
				}
				b, err := v(a[2])
				if err != nil {
					return nil, err
				}
				return uvHint(x, y, b), nil
			}, new(func(*Val, *Val, *Val) string)),
		fn("agree", "agree(a, b Val, tol float) bool", "whether a and b overlap once b (converted into a's unit) is widened by tol × its magnitude",
			onPairTol(agree), new(func(*Val, *Val, float64) bool)),
		fn("inside", "inside(a, b Val, tol float) bool", "whether a lies within b widened by tol (b converted into a's unit)",
			onPairTol(func(x, y *Val, tol float64) (any, error) {
				yy, err := sameUnit(x, y)
				if err != nil {
					return nil, err
				}
				w := yy.iv().Widen(tol)
				return w.Low <= x.Lo && x.Hi <= w.High, nil
			}), new(func(*Val, *Val, float64) bool)),
		fn("at_most", "at_most(a, b Val, tol float) bool", "whether a can be ≤ b: a.lo ≤ b.hi + tol × |b|",
			onPairTol(func(x, y *Val, tol float64) (any, error) {
				yy, err := sameUnit(x, y)
				if err != nil {
					return nil, err
				}
				return x.Lo <= yy.Hi+yy.magnitude()*tol, nil
			}), new(func(*Val, *Val, float64) bool)),
		fn("gap", "gap(a, b Val) Val", "the distance between a and b's intervals (0 when they overlap), in a's unit",
			onPair(gap), new(func(*Val, *Val) *Val)),
		fn("gap_pct", "gap_pct(a, b Val) float", "gap(a, b) as a percentage of b's midpoint",
			onPair(gapPct), new(func(*Val, *Val) float64)),
		fn("allowed", "allowed(a, b Val, tol float) Val", "what a comparison of a with b allowed: half of each interval's width plus tol × |b|",
			onPairTol(slackOf), new(func(*Val, *Val, float64) *Val)),
		fn("growth", "growth(cur, prev Val) Val", "the growth rate in percent that cur and prev imply: 100 × (cur ÷ prev − 1)",
			onPair(growthOf), new(func(*Val, *Val) *Val)),
		fn("prior", "prior(cur, g Val) Val", "the value a year earlier that cur and growth rate g (percent) imply: cur ÷ (1 + g/100)",
			onPair(priorFrom), new(func(*Val, *Val) *Val)),
		fn("scale_k", "scale_k(a, b Val, tol float) int", "k ≠ 0 when b ≈ a × 10^k (same unit, within tol), else 0",
			onPairTol(scaleK), new(func(*Val, *Val, float64) int)),
		fn("rescale", "rescale(a Val, k int) Val", "a × 10^k",
			func(a ...any) (any, error) {
				x, err := v(a[0])
				if err != nil {
					return nil, err
				}
				return rescale(x, a[1].(int)), nil
			}, new(func(*Val, int) *Val)),
		fn("scale_wrong", "scale_wrong(a, b Val) Val", "of two figures a power of ten apart, the one that is probably misread (a sheet beats an article; then the one whose digits read as the other's in 万 or 亿)",
			onPair(func(x, y *Val) (any, error) {
				w, _ := whichWrong(x, y)
				return w, nil
			}), new(func(*Val, *Val) *Val)),
		fn("scale_right", "scale_right(a, b Val) Val", "the other one: the figure that probably has the right scale",
			onPair(func(x, y *Val) (any, error) {
				_, r := whichWrong(x, y)
				return r, nil
			}), new(func(*Val, *Val) *Val)),
		fn("factor", "factor(k int) string", "10^k in words: \"10\", \"10,000 (10^4)\"",
			func(a ...any) (any, error) { return factorWords(a[0].(int)), nil }, new(func(int) string)),
		fn("scale_hint", "scale_hint(a, b Val) string", "explains a power-of-ten mismatch and gives the likely correct reading",
			onPair(func(x, y *Val) (any, error) {
				return scaleHint(x, y), nil
			}), new(func(*Val, *Val) string)),
		fn("bounds", "bounds(a Val) Val", "the unit-value bounds of a's item and flow from the bounds table, in a's currency",
			onOne(boundsOf), new(func(*Val) *Val)),
		fn("has_bounds", "has_bounds(a Val) bool", "whether the bounds table has an entry for a's item",
			onOneValue(hasBounds), new(func(*Val) bool)),
		fn("find", "find(anchor Val, metric, measure, period string) []Val", "figures of a metric, measure and period (\"2024\", \"2024-04\", \"2024-01..2024-04\"; \"\" = the anchor's own) with the anchor's partner",
			func(a ...any) (any, error) {
				x, err := v(a[0])
				if err != nil {
					return nil, err
				}
				return find(x, a[1].(string), a[2].(string), a[3].(string))
			}, new(func(*Val, string, string, string) []*Val)),
		fn("median", "median(list []Val) Val", "the median of the values' midpoints, in the first's unit",
			func(a ...any) (any, error) {
				l, err := vals(a[0])
				if err != nil {
					return nil, err
				}
				return median(l)
			}, new(func([]*Val) *Val)),
		fn("amount", "amount(a Val) string", "a's value for people: ¥355.24B, $142.17B, 241.05M units, 23.5%",
			func(a ...any) (any, error) {
				x, err := v(a[0])
				if err != nil {
					return nil, err
				}
				return FormatAmount(x.shown(), x.Unit), nil
			}, new(func(*Val) string)),
		fn("span", "span(a Val) string", "a's interval for people: ¥1.02T–¥1.04T",
			func(a ...any) (any, error) {
				x, err := v(a[0])
				if err != nil {
					return nil, err
				}
				return FormatRange(x.Lo, x.Hi, x.Unit), nil
			}, new(func(*Val) string)),
		fn("text", "text(x any) string", "any value as messages show it: a Val as its amount, a list as \"a, b and c\"",
			func(a ...any) (any, error) { return show(a[0]), nil }, new(func(any) string)),
		fn("pct", "pct(x float) string", "a percentage for people: 0.9%",
			func(a ...any) (any, error) { return FormatPercent(a[0].(float64)), nil }, new(func(float64) string)),
		fn("num", "num(x float, decimals int) string", "a number with thousands separators and at most decimals decimals",
			func(a ...any) (any, error) { return FormatNumber(a[0].(float64), a[1].(int)), nil }, new(func(float64, int) string)),
		fn("what", "what(a Val) string", "what a measures, in words: \"exports of integrated circuits\"",
			onOneValue(what), new(func(*Val) string)),
		fn("cite", "cite(a Val) string", "a's quote and location: \"355.24 billion yuan\" (chip-trade.txt:5:31); for derived values the amount and how it was made",
			onOneValue(cite), new(func(*Val) string)),
	}
}

// funcOptions registers the helpers with expr, typed.
func funcOptions() []expr.Option {
	var ops []expr.Option
	for _, f := range Funcs() {
		ops = append(ops, expr.Function(f.Name, f.fn, f.typ...))
	}
	return ops
}

// uvHint looks for k in ±1..±12 such that the quantity × 10^k gives a unit
// value within bounds, smallest |k| first.
func uvHint(val, q, b *Val) string {
	u, err := valUnitValue(val, q)
	if err != nil {
		return ""
	}
	bb, err := convertTo(b, u.Unit)
	if err != nil {
		return ""
	}
	for d := 1; d <= 12; d++ {
		for _, k := range []int{d, -d} {
			f := math.Pow10(k)
			iv := u.iv().Scale(1 / f)
			if iv.Overlaps(bb.iv()) {
				fixed := rescale(q, k)
				what := "larger"
				if k < 0 {
					what = "smaller"
				}
				s := fmt.Sprintf("with a quantity %s times %s, %s, the unit value would be %s, within bounds", factorWords(k), what, FormatAmount(fixed.shown(), q.Unit), FormatAmount(u.shown()/f, u.Unit))
				if r := scaleReading(q, fixed); r != "" {
					s = r + ": " + s
				}
				return s
			}
		}
	}
	return ""
}

func abs(k int) int {
	if k < 0 {
		return -k
	}
	return k
}

// factorWords writes 10^|k| for people.
func factorWords(k int) string {
	k = abs(k)
	n := FormatNumber(math.Pow10(k), 0)
	if k <= 1 {
		return n
	}
	if k > 8 {
		return "10^" + strconv.Itoa(k)
	}
	return fmt.Sprintf("%s (10^%d)", n, k)
}

// onPair adapts a function of two values to the variadic form expr calls,
// checking the arguments with v2.
func onPair[T any](f func(x, y *Val) (T, error)) func(...any) (any, error) {
	return func(a ...any) (any, error) {
		x, y, err := v2(a)
		if err != nil {
			return nil, err
		}
		return f(x, y)
	}
}

// onPairTol is onPair for functions of two values and a tolerance.
func onPairTol[T any](f func(x, y *Val, tol float64) (T, error)) func(...any) (any, error) {
	return func(a ...any) (any, error) {
		x, y, err := v2(a)
		if err != nil {
			return nil, err
		}
		return f(x, y, a[2].(float64))
	}
}

// onOne adapts a function of one value to the variadic form expr calls.
func onOne[T any](f func(x *Val) (T, error)) func(...any) (any, error) {
	return func(a ...any) (any, error) {
		x, err := v(a[0])
		if err != nil {
			return nil, err
		}
		return f(x)
	}
}

// onOneValue is onOne for functions that cannot fail.
func onOneValue[T any](f func(x *Val) T) func(...any) (any, error) {
	return func(a ...any) (any, error) {
		x, err := v(a[0])
		if err != nil {
			return nil, err
		}
		return f(x), nil
	}
}
