package sheet

import (
	"fmt"
	"strings"

	"figcheck/figure"
)

// role is what a column holds.
type role int

const (
	roleNone      role = iota
	roleSubject        // commodity / metric label
	roleFlow           // export / import per row
	rolePeriod         // period per row
	roleYear           // year per row
	roleMonth          // month per row (number, name or period text)
	roleStart          // first month per row
	roleEnd            // last month per row
	roleUnit           // unit per row (计量单位)
	rolePartner        // partner country or region
	roleMeasure        // value / quantity / growth per row
	roleQuote          // the claim's text (claims tables)
	roleSource         // where a claim came from (claims tables)
	roleQualifier      // more than / about ... per row
	roleBasis          // yoy / mom per row
	roleData           // numbers
)

var roleNames = map[role]string{
	roleSubject: "commodity", roleFlow: "flow", rolePeriod: "period", roleYear: "year",
	roleMonth: "month", roleStart: "start", roleEnd: "end", roleUnit: "unit",
	rolePartner: "partner", roleMeasure: "measure", roleQuote: "quote", roleSource: "source",
	roleQualifier: "qualifier", roleBasis: "basis", roleData: "value",
}

// aliases name the non-numeric columns. A header matches when its text, with
// bracketed parts and surrounding punctuation removed, equals an alias
// (case-insensitive). They are listed here once so errors can quote them.
var aliases = map[role][]string{
	roleSubject: {"商品名称", "商品", "品名", "商品类别", "名称", "项目", "指标", "指标名称", "主要商品", "商品类章",
		"commodity", "commodities", "commodity name", "item", "items", "product", "products", "subject",
		"metric", "indicator", "description", "goods", "name", "category", "series"},
	roleFlow: {"flow", "trade flow", "direction", "trade direction", "流向", "贸易流向", "进出口", "进/出口",
		"进出口方向", "进口/出口", "出口/进口", "import/export", "export/import", "exim"},
	rolePeriod: {"period", "reporting period", "时间", "期间", "时期", "统计期", "统计时间", "统计期间", "日期",
		"date", "time", "月度", "年月"},
	roleYear:  {"year", "年", "年份", "年度"},
	roleMonth: {"month", "月", "月份"},
	roleStart: {"start", "from", "start month", "period start", "period_start", "start_month", "start date",
		"起始", "开始", "起始月", "起始月份", "起始时间"},
	roleEnd: {"end", "to", "end month", "period end", "period_end", "end_month", "end date", "截止", "结束",
		"截止月", "截止月份", "截止时间"},
	roleUnit: {"unit", "units", "单位", "计量单位", "数量单位", "unit of measure", "unit of measurement",
		"measurement unit", "uom", "unit of quantity", "quantity unit"},
	rolePartner: {"partner", "partner country", "country", "region", "country/region", "country or region",
		"国家", "地区", "国家/地区", "国别", "国别/地区", "国家和地区", "贸易伙伴", "destination", "origin",
		"market", "economy"},
	roleMeasure:   {"measure", "measure type", "指标类型", "类型", "口径", "type", "kind"},
	roleQuote:     {"quote", "claim", "claim text", "text", "原文", "引文", "表述", "statement", "excerpt"},
	roleSource:    {"source", "来源", "出处", "数据来源", "资料来源", "reference", "article", "url"},
	roleQualifier: {"qualifier", "限定", "限定词", "修饰"},
	roleBasis:     {"basis", "growth basis", "比较基础"},
	roleData: {"金额", "数量", "value", "quantity", "amount", "数值", "同比", "yoy", "exports", "imports",
		"出口", "进口", "growth", "share", "price"},
}

var aliasRole = func() map[string]role {
	m := map[string]role{}
	for r, list := range aliases {
		if r == roleData {
			continue
		}
		for _, a := range list {
			m[a] = r
		}
	}
	return m
}()

var keyTrim = mustPattern(`[\s:：*#_.\-]+`)

// aliasKey reduces a header to the form aliases are written in.
func aliasKey(label string) string {
	s := normalize(label)
	s = parenRe.ReplaceAllString(s, " ")
	s = strings.Join(strings.Fields(s), " ")
	s = strings.Trim(s, " :：*#.-_")
	if _, ok := aliasRole[s]; ok {
		return s
	}
	// "period_start", "start-month" and "start month" are the same header.
	return strings.TrimSpace(keyTrim.ReplaceAllString(s, " "))
}

var (
	growthRe   = mustPattern(`同比|比去年同期|比上年同期|增长|增速|增减|增幅|变动|±|\byoy\b|\by/y\b|\by-o-y\b|year[- ]on[- ]year|\bgrowth\b|\bchange\b|% ?chg|\bpct\b`)
	momRe      = mustPattern(`环比|\bmom\b|\bm/m\b|month[- ]on[- ]month`)
	shareRe    = mustPattern(`占比|比重|份额|\bshare\b|\bproportion\b`)
	priceRe    = mustPattern(`单价|均价|价格|\bprice\b|unit value`)
	quantityRe = mustPattern(`数量|重量|\bquantity\b|\bqty\b|\bvolume\b|\bweight\b|\bcount\b`)
	valueRe    = mustPattern(`金额|价值|贸易额|出口额|进口额|进出口额|总额|总值|\bvalues?\b|\bamount\b|\bturnover\b`)
	genericRe  = mustPattern(`数值|^值$|数据|\bfigure\b|\bnumber\b|\bdata\b`)
	// periodWordRe spots a month in a header even before the year is known.
	periodWordRe = mustPattern(cnMonthRe.String() + `|` + enMonthRe.String() + `|` + quarterRe.String())
	flowWordRe   = mustPattern(`进出口|出口|进口|\bexports?\b|\bimports?\b|\btotal trade\b|贸易差额|顺差|逆差|\bbalance\b|\bsurplus\b|\bdeficit\b`)
	// measureWordsRe is removed from a header before its unit is looked for.
	measureWordsRe = mustPattern(growthRe.String() + `|` + momRe.String() + `|` + shareRe.String() + `|` +
		priceRe.String() + `|` + quantityRe.String() + `|` + valueRe.String() + `|` + genericRe.String() + `|` + flowWordRe.String())
)

// column describes one column of a detected table.
type column struct {
	idx   int
	label string // the header text, rows of a multi-row header joined by a space
	role  role

	// Data columns only.
	measure figure.Measure // "" when the row's unit or measure column decides
	basis   string
	of      string
	unit    unitInfo   // stated in the header; zero when the row or a note decides
	period  periodText // stated in the header
	flow    string     // stated in the header ("出口金额", "Exports")
}

var (
	totalRe   = mustPattern(`\btotal trade\b|\bimports? and exports?\b|\bexports? and imports?\b|\btrade\b.*\btotal\b`)
	balanceRe = mustPattern(`贸易差额|顺差|逆差|差额|\bbalance\b|\bsurplus\b|\bdeficit\b`)
	exportRe  = mustPattern(`\bexports?\b|\bexported\b|\boutbound\b`)
	importRe  = mustPattern(`\bimports?\b|\bimported\b|\binbound\b`)
)

// flowOf reads a trade flow from a label, a title or a flow cell.
func flowOf(text string) string {
	s := normalize(text)
	switch {
	case s == "":
		return ""
	case strings.Contains(s, "进出口") || strings.Contains(s, "进/出口") || totalRe.MatchString(s):
		return figure.FlowTotal
	case balanceRe.MatchString(s):
		return figure.FlowBalance
	case strings.Contains(s, "出口") || exportRe.MatchString(s):
		return figure.FlowExport
	case strings.Contains(s, "进口") || importRe.MatchString(s):
		return figure.FlowImport
	}
	return ""
}

// flowCell reads a flow column's cell, which may also be a one-letter code
// (X or E for exports, M or I for imports, T for total).
func flowCell(text string) string {
	switch normalize(text) {
	case "x", "e", "ex", "exp":
		return figure.FlowExport
	case "m", "i", "im", "imp":
		return figure.FlowImport
	case "t", "total", "合计", "总计":
		return figure.FlowTotal
	}
	return flowOf(text)
}

const (
	// maxHeaderLen is the longest text read as a header label.
	maxHeaderLen = 200
	// maxHeaderCells is the most non-empty cells a header row may have.
	maxHeaderCells = 256
)

// classify decides what a header label names. r is the reference period
// from the title (for "4月", "当月").
func classify(label string, r ref) column {
	c := column{label: strings.TrimSpace(label)}
	if c.label == "" || len(c.label) > maxHeaderLen {
		return c
	}
	if rl, ok := aliasRole[aliasKey(label)]; ok {
		c.role = rl
		return c
	}
	s := normalize(label)
	c.unit = headerUnit(label)
	pt, hasPeriod := parsePeriod(label, r)
	if hasPeriod {
		c.period = pt
	}
	isData := true
	switch {
	case momRe.MatchString(s):
		c.measure, c.basis = figure.Growth, figure.BasisMoM
	case growthRe.MatchString(s) || c.unit.Kind == kindPercent && !shareRe.MatchString(s):
		c.measure, c.basis = figure.Growth, figure.BasisYoY
	case shareRe.MatchString(s):
		c.measure = figure.Share
	case priceRe.MatchString(s) || c.unit.Kind == kindRatio:
		c.measure = figure.Price
	case quantityRe.MatchString(s):
		c.measure = figure.Quantity
	case valueRe.MatchString(s) && c.unit.Kind != kindQuantity:
		// English "value" in a tidy table may hold any measure; its unit decides.
		if c.unit.Kind == kindMoney || strings.Contains(s, "金额") || strings.Contains(s, "额") {
			c.measure = figure.Value
		}
	case genericRe.MatchString(s):
	case c.unit.ok():
		switch c.unit.Kind {
		case kindMoney:
			c.measure = figure.Value
		case kindQuantity:
			c.measure = figure.Quantity
		}
	case flowWordRe.MatchString(s):
	case hasPeriod && !pt.Period.IsZero():
	case hasPeriod && (pt.Cumulative || pt.ThisMonth):
	case periodWordRe.MatchString(s):
	default:
		isData = false
	}
	if !isData {
		return c
	}
	c.role = roleData
	if c.measure == figure.Growth {
		switch {
		case quantityRe.MatchString(s):
			c.of = string(figure.Quantity)
		case valueRe.MatchString(s) || c.unit.Kind == kindMoney:
			c.of = string(figure.Value)
		}
		if c.unit.Kind != kindPercent {
			c.unit = unitInfo{Unit: figure.UnitPercent, Scale: 1, Kind: kindPercent}
		}
	}
	c.flow = flowOf(label)
	return c
}

// wantAliases lists some accepted headers for a role, for error messages.
func wantAliases(r role) string {
	var zh, en []string
	for _, a := range aliases[r] {
		if isASCII(a) {
			if len(en) < 4 {
				en = append(en, a)
			}
		} else if len(zh) < 4 {
			zh = append(zh, a)
		}
	}
	return strings.Join(append(zh, en...), ", ") + ", ..."
}

// rowStats counts what a row looks like.
type rowStats struct {
	nonEmpty, numeric, roles, data int
	subject                        bool
}

func statsOf(cells []string, r ref) rowStats { return statsWith(cells, r, classify) }

// statsWith is statsOf with the given classifier (classify, or a cached one).
func statsWith(cells []string, r ref, classify func(string, ref) column) rowStats {
	var st rowStats
	seen := map[string]role{}
	for _, cell := range cells {
		t := strings.TrimSpace(cell)
		if t == "" {
			continue
		}
		st.nonEmpty++
		if st.nonEmpty > maxHeaderCells {
			st.numeric++ // far too wide for a header; stop paying for it
			break
		}
		if n, ok := parseNumber(t); ok && !(n.Step == 1 && n.Value >= 1900 && n.Value <= 2200 && !n.Unit.ok()) {
			st.numeric++
			continue
		}
		rl, ok := seen[t]
		if !ok {
			rl = classify(t, r).role
			seen[t] = rl
		}
		if rl != roleNone {
			st.roles++
		}
		if rl == roleData {
			st.data++
		}
		if rl == roleSubject {
			st.subject = true
		}
	}
	return st
}

// isHeader reports whether a row reads as a header row.
func (st rowStats) isHeader() bool {
	return st.numeric == 0 && st.roles >= 2 && (st.data > 0 || st.subject)
}

// isContinuation reports whether a row right under a header continues it
// (the second row of a two-row header: 数量 | 金额（万元）, or a units row).
func (st rowStats) isContinuation() bool {
	return st.numeric == 0 && st.nonEmpty > 0 && st.roles == st.nonEmpty
}

// mergeHeader joins the rows of a multi-row header into one label per column.
// A label in an upper row stands over the empty cells to its right that have
// a label below them (a merged cell exports its text in its first cell only).
func mergeHeader(rows [][]string, r ref, classify func(string, ref) column) []string {
	width := 0
	for _, row := range rows {
		width = max(width, len(row))
	}
	labels := make([]string, width)
	for i, row := range rows {
		filled := make([]string, width)
		last := ""
		for c := 0; c < width; c++ {
			t := ""
			if c < len(row) {
				t = strings.TrimSpace(row[c])
			}
			if t != "" {
				last = t
				if cl := classify(t, r); cl.role != roleData {
					last = "" // a row role (商品名称) never spreads right
				}
				filled[c] = t
				continue
			}
			below := false
			for _, lower := range rows[i+1:] {
				if c < len(lower) && strings.TrimSpace(lower[c]) != "" {
					below = true
				}
			}
			if below && last != "" {
				filled[c] = last
			} else {
				last = ""
			}
		}
		for c := range labels {
			if filled[c] != "" {
				labels[c] = strings.TrimSpace(labels[c] + " " + filled[c])
			}
		}
	}
	return labels
}

// headerError is a structural problem with a sheet's header.
func headerError(sheet string, row int, format string, args ...any) error {
	return fmt.Errorf("sheet %q row %d: %s", sheet, row, fmt.Sprintf(format, args...))
}
