package synthetic

import (
	"math"

	"figcheck/figure"
)

// commodity is one customs line the generator knows: its glossary subject id,
// the label customs tables give it, the words articles use, and the scale of
// its trade so that generated numbers look like real ones.
type commodity struct {
	id string // glossary subject id
	zh string // row label in Chinese customs tables (found by glossary.Lookup)
	en string // row label in English tables
	// names are what articles call it; the first is the formal name.
	names []string
	flows []string // flows it is traded in
	// monthWan is a typical monthly value in 万元 (10,000 yuan).
	monthWan float64
	// Quantity, if the line has one: the unit label of the table's 计量单位
	// column, how many base units one table unit is, the base unit, the typical
	// price in yuan per base unit, the decimals the table prints, and the nouns
	// an article counts it in.
	qtyZH    string
	qtyEN    string
	qtyScale float64
	qtyUnit  string
	price    float64
	qtyDec   int
	nouns    []string
	// articleOnly lines never appear in sheets: their figures are checked
	// only against each other.
	articleOnly bool
}

func (c commodity) hasQty() bool { return c.qtyZH != "" }

// commodities is the generator's catalogue, in a fixed order (the index
// feeds the value hash, so appending keeps older corpora unchanged).
var commodities = []commodity{
	{id: "integrated_circuits", zh: "集成电路", en: "Integrated circuits", names: []string{"integrated circuits", "chips", "ICs", "semiconductors"},
		flows: []string{figure.FlowExport, figure.FlowImport}, monthWan: 9.0e6,
		qtyZH: "万个", qtyEN: "10,000 units", qtyScale: 1e4, qtyUnit: figure.UnitUnits, price: 4.0, qtyDec: 1, nouns: []string{"units", "chips"}},
	{id: "mobile_phones", zh: "手机", en: "Mobile phones", names: []string{"mobile phones", "handsets", "smartphones"},
		flows: []string{figure.FlowExport}, monthWan: 7.0e6,
		qtyZH: "万台", qtyEN: "10,000 units", qtyScale: 1e4, qtyUnit: figure.UnitUnits, price: 1100, qtyDec: 1, nouns: []string{"handsets", "units", "phones"}},
	{id: "computers", zh: "自动数据处理设备", en: "Automatic data processing equipment", names: []string{"computers", "automatic data processing equipment"},
		flows: []string{figure.FlowExport, figure.FlowImport}, monthWan: 9.5e6,
		qtyZH: "万台", qtyEN: "10,000 units", qtyScale: 1e4, qtyUnit: figure.UnitUnits, price: 1700, qtyDec: 1, nouns: []string{"units", "machines"}},
	{id: "automobiles", zh: "汽车", en: "Automobiles", names: []string{"automobiles", "cars", "vehicles"},
		flows: []string{figure.FlowExport}, monthWan: 7.0e6,
		qtyZH: "辆", qtyEN: "units", qtyScale: 1, qtyUnit: figure.UnitUnits, price: 140000, qtyDec: 0, nouns: []string{"vehicles", "cars", "units"}},
	{id: "ships", zh: "船舶", en: "Ships", names: []string{"ships", "vessels"},
		flows: []string{figure.FlowExport}, monthWan: 2.5e6,
		qtyZH: "艘", qtyEN: "units", qtyScale: 1, qtyUnit: figure.UnitUnits, price: 1.5e8, qtyDec: 0, nouns: []string{"ships", "vessels"}},
	{id: "steel", zh: "钢材", en: "Steel products", names: []string{"steel products", "steel"},
		flows: []string{figure.FlowExport, figure.FlowImport}, monthWan: 6.5e6,
		qtyZH: "万吨", qtyEN: "10,000 tonnes", qtyScale: 1e4, qtyUnit: figure.UnitTonnes, price: 7800, qtyDec: 1, nouns: []string{"tonnes"}},
	{id: "rare_earths", zh: "稀土", en: "Rare earths", names: []string{"rare earths"},
		flows: []string{figure.FlowExport, figure.FlowImport}, monthWan: 4.0e4,
		qtyZH: "吨", qtyEN: "tonnes", qtyScale: 1, qtyUnit: figure.UnitTonnes, price: 80000, qtyDec: 0, nouns: []string{"tonnes"}},
	{id: "soybeans", zh: "大豆", en: "Soybeans", names: []string{"soybeans", "soybean"},
		flows: []string{figure.FlowImport}, monthWan: 3.2e6,
		qtyZH: "万吨", qtyEN: "10,000 tonnes", qtyScale: 1e4, qtyUnit: figure.UnitTonnes, price: 4000, qtyDec: 1, nouns: []string{"tonnes"}},
	{id: "crude_oil", zh: "原油", en: "Crude oil", names: []string{"crude oil", "crude"},
		flows: []string{figure.FlowImport}, monthWan: 1.9e7,
		qtyZH: "万吨", qtyEN: "10,000 tonnes", qtyScale: 1e4, qtyUnit: figure.UnitTonnes, price: 4200, qtyDec: 1, nouns: []string{"tonnes"}},
	{id: "iron_ore", zh: "铁矿砂", en: "Iron ore", names: []string{"iron ore"},
		flows: []string{figure.FlowImport}, monthWan: 8.0e6,
		qtyZH: "万吨", qtyEN: "10,000 tonnes", qtyScale: 1e4, qtyUnit: figure.UnitTonnes, price: 800, qtyDec: 1, nouns: []string{"tonnes"}},
	{id: "household_appliances", zh: "家用电器", en: "Household appliances", names: []string{"household appliances", "home appliances"},
		flows: []string{figure.FlowExport}, monthWan: 6.0e6,
		qtyZH: "万台", qtyEN: "10,000 units", qtyScale: 1e4, qtyUnit: figure.UnitUnits, price: 200, qtyDec: 1, nouns: []string{"units"}},
	{id: "mechanical_electrical_products", zh: "机电产品", en: "Mechanical and electrical products", names: []string{"mechanical and electrical products", "electromechanical products"},
		flows: []string{figure.FlowExport, figure.FlowImport}, monthWan: 1.2e8},
	{id: "high_tech_products", zh: "高新技术产品", en: "High-tech products", names: []string{"high-tech products", "high-technology products"},
		flows: []string{figure.FlowExport, figure.FlowImport}, monthWan: 5.0e7},
	{id: "apparel", zh: "服装及衣着附件", en: "Apparel", names: []string{"apparel", "garments", "clothing"},
		flows: []string{figure.FlowExport}, monthWan: 1.2e7},
	{id: "autos_and_parts", zh: "汽车零配件", en: "Auto parts", names: []string{"auto parts"},
		flows: []string{figure.FlowExport}, monthWan: 7.5e6},
	{id: "electronic_information_products", names: []string{"electronic information products", "electronics"},
		flows: []string{figure.FlowExport}, monthWan: 6.0e7, articleOnly: true},
	{id: "labour_intensive_products", names: []string{"labour-intensive products"},
		flows: []string{figure.FlowExport}, monthWan: 3.5e7, articleOnly: true},
	{id: "electric_vehicles", names: []string{"electric vehicles", "new energy vehicles"},
		flows: []string{figure.FlowExport}, monthWan: 3.0e6, articleOnly: true,
		qtyUnit: figure.UnitUnits, qtyZH: "辆", qtyEN: "units", qtyScale: 1, price: 160000, qtyDec: 0, nouns: []string{"units"}},
}

// partners are the trading partners tidy tables break figures down by.
var partners = []string{"United States", "Japan", "South Korea", "Germany", "India", "Vietnam",
	"Australia", "Brazil", "Russia", "United Kingdom", "Mexico", "Indonesia"}

// world is the true state of trade from which every file is drawn. Every
// number is a pure function of the seed and its coordinates, so files
// written in any order, or by different goroutines, agree with each other.
type world struct {
	seed uint64
}

// mix is SplitMix64's finaliser: a cheap, well-spread hash.
func mix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// unit returns a number in [0, 1) for the given coordinates.
func (w world) unit(parts ...uint64) float64 {
	h := mix(w.seed)
	for _, p := range parts {
		h = mix(h ^ p)
	}
	return float64(h>>11) / (1 << 53)
}

func flowIndex(flow string) uint64 {
	if flow == figure.FlowImport {
		return 2
	}
	return 1
}

// monthValue is the true value of commodity ci in one month, in tenths of
// 万元 (1,000 yuan), so that sums of months are exact.
func (w world) monthValue(ci int, flow string, year, month int) int64 {
	c := commodities[ci]
	fi := flowIndex(flow)
	scale := 1.0
	if flow == figure.FlowImport {
		scale = 0.6 + 0.8*w.unit(uint64(ci), fi, 1)
	}
	// A slow cycle over the years keeps values in range however far back the
	// corpus reaches, while still giving year-on-year growth of ±30% or so.
	phase := 6.28 * w.unit(uint64(ci), fi, 2)
	trend := 1 + 0.25*math.Sin(float64(year)*0.9+phase)
	season := 1 + 0.12*math.Sin(float64(month)*0.52+phase/2)
	noise := 0.9 + 0.2*w.unit(uint64(ci), fi, uint64(year), uint64(month), 3)
	v := c.monthWan * 10 * scale * trend * season * noise
	if v < 10 {
		v = 10
	}
	return int64(math.Round(v))
}

// monthQty is the true quantity of commodity ci in one month, in table units
// times 10^qtyDec (tenths of 万个 for chips, whole vehicles for cars).
func (w world) monthQty(ci int, flow string, year, month int) int64 {
	c := commodities[ci]
	yuan := float64(w.monthValue(ci, flow, year, month)) * 1000
	price := c.price * (0.95 + 0.1*w.unit(uint64(ci), flowIndex(flow), uint64(year), uint64(month), 4))
	q := yuan / price / c.qtyScale * math.Pow10(c.qtyDec)
	if q < 1 {
		q = 1
	}
	return int64(math.Round(q))
}

// partnerShare is the part of a commodity's trade that goes to (or comes
// from) partner p (1-based) in one month.
func (w world) partnerShare(ci int, flow string, p, year, month int) float64 {
	base := 0.01 + 0.07*w.unit(uint64(ci), flowIndex(flow), uint64(p), 7)
	return base * (0.85 + 0.3*w.unit(uint64(ci), flowIndex(flow), uint64(p), uint64(year), uint64(month), 8))
}

// ytd sums f over months 1..month of year.
func ytd(f func(year, month int) int64, year, month int) int64 {
	var s int64
	for m := 1; m <= month; m++ {
		s += f(year, m)
	}
	return s
}

// series returns the monthly function of one commodity, flow and measure.
func (w world) series(ci int, flow string, measure figure.Measure) func(year, month int) int64 {
	if measure == figure.Quantity {
		return func(y, m int) int64 { return w.monthQty(ci, flow, y, m) }
	}
	return func(y, m int) int64 { return w.monthValue(ci, flow, y, m) }
}

// partnerSeries is series for the trade with one partner (1-based).
func (w world) partnerSeries(ci int, flow string, measure figure.Measure, p int) func(year, month int) int64 {
	whole := w.series(ci, flow, measure)
	return func(y, m int) int64 {
		// At least one unit: a zero quantity would make a unit value infinite.
		return max(1, int64(math.Round(float64(whole(y, m))*w.partnerShare(ci, flow, p, y, m))))
	}
}

// facts are the true numbers of one commodity, flow and month of one year,
// in table units (tenths of 万元; quantity in table units × 10^qtyDec).
type facts struct {
	month, ytd       int64
	prevMonth        int64 // the same month a year earlier
	prevYTD          int64 // the same months a year earlier
	growthYTD        float64
	growthMonth      float64
	qMonth, qYTD     int64
	qPrevYTD         int64
	qGrowthYTD       float64
	hasQty           bool
	valueDec, qtyDec int
}

func growth(cur, prev int64) float64 {
	if prev == 0 {
		return 0
	}
	return (float64(cur)/float64(prev) - 1) * 100
}

// factsFor gathers the numbers one table row or article paragraph needs.
func (w world) factsFor(ci int, flow string, year, month int) facts {
	c := commodities[ci]
	v := w.series(ci, flow, figure.Value)
	f := facts{
		month:     v(year, month),
		ytd:       ytd(v, year, month),
		prevMonth: v(year-1, month),
		prevYTD:   ytd(v, year-1, month),
		valueDec:  1,
		qtyDec:    c.qtyDec,
		hasQty:    c.hasQty(),
	}
	f.growthYTD = round1(growth(f.ytd, f.prevYTD))
	f.growthMonth = round1(growth(f.month, f.prevMonth))
	if f.hasQty {
		q := w.series(ci, flow, figure.Quantity)
		f.qMonth = q(year, month)
		f.qYTD = ytd(q, year, month)
		f.qPrevYTD = ytd(q, year-1, month)
		f.qGrowthYTD = round1(growth(f.qYTD, f.qPrevYTD))
	}
	return f
}

func round1(x float64) float64 { return math.Round(x*10) / 10 }

// valueYuan converts tenths of 万元 to yuan.
func valueYuan(tenthsWan int64) float64 { return float64(tenthsWan) * 1000 }

// qtyBase converts a table quantity (× 10^dec) to base units (units, tonnes).
// Every catalogue unit is at least 10^qtyDec base units, so the result is a
// whole number.
func qtyBase(c commodity, q int64) float64 {
	return float64(q) * math.Round(c.qtyScale/math.Pow10(c.qtyDec))
}
