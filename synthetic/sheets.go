package synthetic

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"math"
	"strconv"

	"github.com/xuri/excelize/v2"

	"figcheck/figure"
)

// Sheet layouts the generator writes.
const (
	// LayoutCustomsZH is a customs-office workbook: a title row, two merged
	// header rows in Chinese with the units in the headers and in a 计量单位
	// column, then one row per commodity.
	LayoutCustomsZH = "customs-zh"
	// LayoutCustomsEN is the same workbook with English headers and units
	// ("Value (RMB 10,000)", "10,000 units").
	LayoutCustomsEN = "customs-en"
	// LayoutTidyCSV is a long table: subject, flow, period, measure, value, unit, note.
	LayoutTidyCSV = "tidy-csv"
)

// release is one monthly customs publication: the month, year and flow it covers.
type release struct {
	year, month int
	flow        string
}

// Years sheets may cover: table readers take 19xx and 20xx years only.
const (
	firstYear = 1900
	finalYear = 2099
)

// maxSheets is how many distinct releases fit between firstYear and finalYear.
const maxSheets = (finalYear - firstYear + 1) * 24

// releaseAt enumerates releases: exports and imports alternate, months run
// January to December, and years run backwards from last down to 1900, then
// on from last+1 (a big corpus needs more years than history has). Indices
// 2 apart are consecutive months of one flow, so any corpus holds every
// earlier month of the year of its latest sheets.
func releaseAt(i, last int) release {
	flow := figure.FlowExport
	if i%2 == 1 {
		flow = figure.FlowImport
	}
	k := i / 2
	y := last - k/12
	if y < firstYear {
		y = last + (firstYear - y)
	}
	return release{year: y, month: k%12 + 1, flow: flow}
}

func (r release) ytdPeriod() figure.Period {
	return figure.YTD(figure.MonthOf(r.year, r.month))
}

func (r release) monthPeriod() figure.Period {
	return figure.MonthPeriod(figure.MonthOf(r.year, r.month))
}

// sheetLayout decides the layout of sheet i. January releases are tidy CSV
// (customs tables fold January into "1至2月"), as is every fifth sheet;
// one in five is a workbook with English headers.
func sheetLayout(i int, r release) string {
	switch {
	case r.month == 1 || i%5 == 4:
		return LayoutTidyCSV
	case i%5 == 2:
		return LayoutCustomsEN
	}
	return LayoutCustomsZH
}

// sheetRows lists the commodities that appear in a release's table.
func sheetRows(flow string) []int {
	var out []int
	for ci, c := range commodities {
		if c.articleOnly || !tradedIn(c, flow) {
			continue
		}
		out = append(out, ci)
	}
	return out
}

func tradedIn(c commodity, flow string) bool {
	for _, f := range c.flows {
		if f == flow {
			return true
		}
	}
	return false
}

// sheetOverride replaces one true number of a sheet (a planted error).
type sheetOverride struct {
	ci      int
	measure figure.Measure
	month   bool // the month column (else the cumulative one)
	value   int64
}

func flowZH(flow string) string {
	if flow == figure.FlowImport {
		return "进口"
	}
	return "出口"
}

// fixed renders an integer scaled by 10^dec as a decimal number.
func fixed(v int64, dec int) float64 {
	return float64(v) / math.Pow10(dec)
}

// customsXLSX writes a release as a customs workbook, with Chinese or
// English headers.
func (w world) customsXLSX(r release, over []sheetOverride, english bool) ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	sh := flowZH(r.flow)
	mo := strconv.Itoa(r.month)
	head := [][]any{
		{fmt.Sprintf("%d年%d月%s主要商品量值表", r.year, r.month, flowZH(r.flow))},
		{"商品名称", "计量单位", mo + "月", nil, "1至" + mo + "月累计", nil, "累计比去年同期±%", nil},
		{nil, nil, "数量", "金额（万元）", "数量", "金额（万元）", "数量", "金额"},
	}
	if english {
		sh = capitalise(flowNoun(r.flow))
		mon := figure.MonthName(r.month)
		cum := "January-" + mon
		head = [][]any{
			{fmt.Sprintf("China's %s of major commodities, %s %d", flowNoun(r.flow), mon, r.year)},
			{"Commodity", "Unit", mon, nil, cum, nil, cum + " y/y %", nil},
			{nil, nil, "Quantity", "Value (RMB 10,000)", "Quantity", "Value (RMB 10,000)", "Quantity", "Value"},
		}
	}
	if err := f.SetSheetName("Sheet1", sh); err != nil {
		return nil, err
	}
	for i, row := range head {
		if err := f.SetSheetRow(sh, fmt.Sprintf("A%d", i+1), &row); err != nil {
			return nil, err
		}
	}
	for _, m := range [][2]string{{"A1", "H1"}, {"A2", "A3"}, {"B2", "B3"}, {"C2", "D2"}, {"E2", "F2"}, {"G2", "H2"}} {
		if err := f.MergeCell(sh, m[0], m[1]); err != nil {
			return nil, err
		}
	}
	for n, ci := range sheetRows(r.flow) {
		c := commodities[ci]
		fc := w.factsFor(ci, r.flow, r.year, r.month)
		applyOverrides(&fc, ci, over)
		label, unit := c.zh, c.qtyZH
		if english {
			label, unit = c.en, c.qtyEN
		}
		row := []any{label, nil, nil, fixed(fc.month, 1), nil, fixed(fc.ytd, 1), nil, fc.growthYTD}
		if fc.hasQty {
			row[1] = unit
			row[2] = fixed(fc.qMonth, c.qtyDec)
			row[4] = fixed(fc.qYTD, c.qtyDec)
			row[6] = fc.qGrowthYTD
		}
		if err := f.SetSheetRow(sh, fmt.Sprintf("A%d", n+4), &row); err != nil {
			return nil, err
		}
	}
	if err := f.SetColWidth(sh, "A", "A", 22); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func applyOverrides(fc *facts, ci int, over []sheetOverride) {
	for _, o := range over {
		if o.ci != ci {
			continue
		}
		switch {
		case o.measure == figure.Value && o.month:
			fc.month = o.value
		case o.measure == figure.Value:
			fc.ytd = o.value
		case o.month:
			fc.qMonth = o.value
		default:
			fc.qYTD = o.value
		}
	}
}

// wan renders tenths of 万元 as 万元 with one decimal.
func wan(tenthsWan int64) string {
	return strconv.FormatFloat(float64(tenthsWan)/10, 'f', 1, 64)
}

// yi renders tenths of 万元 as 亿元 with two decimals.
func yi(tenthsWan int64) string {
	return strconv.FormatFloat(float64(tenthsWan)/1e5, 'f', 2, 64)
}

// tidyCSV writes a release as a long table, as customs' online query
// exports it: for every commodity the month and the year to date, value in
// 亿元 and quantity in base units, then the same broken down by nPartners
// partners (values in 万元).
func (w world) tidyCSV(r release, over []sheetOverride, nPartners int) ([]byte, error) {
	var buf bytes.Buffer
	cw := csv.NewWriter(&buf)
	rows := [][]string{{"subject", "flow", "partner", "period", "measure", "value", "unit", "note"}}
	month := r.monthPeriod().String()
	cum := r.ytdPeriod().String()
	for _, ci := range sheetRows(r.flow) {
		c := commodities[ci]
		fc := w.factsFor(ci, r.flow, r.year, r.month)
		applyOverrides(&fc, ci, over)
		name := c.names[0]
		rows = append(rows, []string{name, r.flow, "", month, "value", yi(fc.month), "亿元", ""})
		if r.month > 1 {
			rows = append(rows, []string{name, r.flow, "", cum, "value", yi(fc.ytd), "亿元", "year to date"})
		}
		if fc.hasQty {
			unit := c.qtyUnit
			rows = append(rows, []string{name, r.flow, "", month, "quantity", strconv.FormatFloat(qtyBase(c, fc.qMonth), 'f', 0, 64), unit, ""})
			if r.month > 1 {
				rows = append(rows, []string{name, r.flow, "", cum, "quantity", strconv.FormatFloat(qtyBase(c, fc.qYTD), 'f', 0, 64), unit, "year to date"})
			}
		}
	}
	// The same lines broken down by partner, values in 万元.
	for p := 1; p <= nPartners; p++ {
		for _, ci := range sheetRows(r.flow) {
			c := commodities[ci]
			v := w.partnerSeries(ci, r.flow, figure.Value, p)
			rows = append(rows, []string{c.names[0], r.flow, partners[p-1], month, "value", wan(v(r.year, r.month)), "万元", ""})
			if r.month > 1 {
				rows = append(rows, []string{c.names[0], r.flow, partners[p-1], cum, "value", wan(ytd(v, r.year, r.month)), "万元", "year to date"})
			}
			if c.hasQty() {
				q := w.partnerSeries(ci, r.flow, figure.Quantity, p)
				rows = append(rows, []string{c.names[0], r.flow, partners[p-1], month, "quantity", strconv.FormatFloat(qtyBase(c, q(r.year, r.month)), 'f', 0, 64), c.qtyUnit, ""})
				if r.month > 1 {
					rows = append(rows, []string{c.names[0], r.flow, partners[p-1], cum, "quantity", strconv.FormatFloat(qtyBase(c, ytd(q, r.year, r.month)), 'f', 0, 64), c.qtyUnit, "year to date"})
				}
			}
		}
	}
	if err := cw.WriteAll(rows); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
