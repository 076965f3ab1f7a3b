package sheet

import (
	"testing"

	"figcheck/figure"
)

func TestParseUnit(t *testing.T) {
	tests := []struct {
		in    string
		unit  string
		scale float64
		kind  unitKind
	}{
		{"万元", "CNY", 1e4, kindMoney},
		{"亿元", "CNY", 1e8, kindMoney},
		{"万亿元", "CNY", 1e12, kindMoney},
		{"元", "CNY", 1, kindMoney},
		{"千美元", "USD", 1e3, kindMoney},
		{"万美元", "USD", 1e4, kindMoney},
		{"亿美元", "USD", 1e8, kindMoney},
		{"RMB 10,000", "CNY", 1e4, kindMoney},
		{"RMB 100 million", "CNY", 1e8, kindMoney},
		{"CNY 100 million", "CNY", 1e8, kindMoney},
		{"100 million yuan", "CNY", 1e8, kindMoney},
		{"USD", "USD", 1, kindMoney},
		{"USD 1,000", "USD", 1e3, kindMoney},
		{"US$ million", "USD", 1e6, kindMoney},
		{"billion yuan", "CNY", 1e9, kindMoney},
		{"HK$ bn", "HKD", 1e9, kindMoney},
		{"欧元", "EUR", 1, kindMoney},
		{"units", "units", 1, kindQuantity},
		{"10,000 units", "units", 1e4, kindQuantity},
		{"万个", "units", 1e4, kindQuantity},
		{"个", "units", 1, kindQuantity},
		{"辆", "units", 1, kindQuantity},
		{"万台", "units", 1e4, kindQuantity},
		{"吨", "tonnes", 1, kindQuantity},
		{"万吨", "tonnes", 1e4, kindQuantity},
		{"千克", "tonnes", 1e-3, kindQuantity},
		{"kg", "tonnes", 1e-3, kindQuantity},
		{"metric tons", "tonnes", 1, kindQuantity},
		{"%", "percent", 1, kindPercent},
		{"±%", "percent", 1, kindPercent},
		{"百分点", "pp", 1, kindPercent},
		{"万", "", 1e4, kindScale},
		{"million", "", 1e6, kindScale},
		{"", "", 0, kindNone},
		{"商品名称", "", 0, kindNone},
		{"RMB 24,105", "CNY", 1, kindMoney}, // not a power of ten: not a factor
		{"美元/吨", "USD/tonnes", 1, kindRatio},
		{"USD/kg", "USD/tonnes", 1000, kindRatio},
		{"万元/吨", "CNY/tonnes", 1e4, kindRatio},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			u := parseUnit(tt.in)
			if u.Kind != tt.kind || u.Unit != tt.unit || (tt.kind != kindNone && !near(u.Scale, tt.scale)) {
				t.Errorf("parseUnit(%q) = %+v, want %s ×%g kind %d", tt.in, u, tt.unit, tt.scale, tt.kind)
			}
		})
	}
}

func near(a, b float64) bool {
	d := a - b
	if d < 0 {
		d = -d
	}
	return d <= 1e-9*max(1, b)
}

func TestRowUnitUnknown(t *testing.T) {
	u := parseRowUnit("万立方米")
	if u.Kind != kindQuantity || u.Unit != "立方米" || u.Scale != 1e4 {
		t.Errorf("parseRowUnit(万立方米) = %+v", u)
	}
	if u := parseRowUnit("-"); u.ok() {
		t.Errorf("parseRowUnit(-) = %+v, want none", u)
	}
}

func TestHeaderUnit(t *testing.T) {
	tests := []struct {
		in    string
		unit  string
		scale float64
	}{
		{"1至4月累计 金额（万元）", "CNY", 1e4},
		{"April Value (RMB 10,000)", "CNY", 1e4},
		{"10月 金额(亿元)", "CNY", 1e8},
		{"数量（万个）", "units", 1e4},
		{"Quantity (10,000 units)", "units", 1e4},
		{"累计比去年同期±%", "percent", 1},
		{"Value USD million", "USD", 1e6},
		{"金额万元", "CNY", 1e4},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			u := headerUnit(tt.in)
			if u.Unit != tt.unit || !near(u.Scale, tt.scale) {
				t.Errorf("headerUnit(%q) = %+v, want %s ×%g", tt.in, u, tt.unit, tt.scale)
			}
		})
	}
}

func TestNoteUnit(t *testing.T) {
	for in, want := range map[string]string{
		"单位：万元":                       "CNY×10000",
		"金额单位：万美元":                    "USD×10000",
		"(Unit: RMB 10,000)":          "CNY×10000",
		"Value in USD 1,000":          "USD×1000",
		"2024年4月出口主要商品量值表":            "",
		"China's Exports, April 2024": "",
	} {
		u := noteUnit(in)
		got := ""
		if u.ok() {
			got = u.Unit + "×" + ftoa(u.Scale)
		}
		if got != want {
			t.Errorf("noteUnit(%q) = %q, want %q", in, got, want)
		}
	}
}

func ftoa(f float64) string { return figure.Exact(f).String() }

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in      string
		ok      bool
		value   float64
		step    float64
		percent bool
	}{
		{"24,105.4", true, 24105.4, 0.1, false},
		{"24105.4", true, 24105.4, 0.1, false},
		{"1,234.5", true, 1234.5, 0.1, false},
		{"(1,234)", true, -1234, 1, false},
		{"-1.5", true, -1.5, 0.1, false},
		{"−1.5", true, -1.5, 0.1, false},
		{"+3.25", true, 3.25, 0.01, false},
		{"12.3%", true, 12.3, 0.1, true},
		{"1.2E+05", true, 120000, 1e4, false},
		{"0.30", true, 0.3, 0.01, false},
		{".5", true, 0.5, 0.1, false},
		{"２４１０５", true, 24105, 1, false},
		{"1 234.5", true, 1234.5, 0.1, false},
		{"-", false, 0, 0, false},
		{"—", false, 0, 0, false},
		{"…", false, 0, 0, false},
		{"abc", false, 0, 0, false},
		{"1,23", false, 0, 0, false},
		{"2024年", false, 0, 0, false},
		{"4月", false, 0, 0, false},
		{"(-5)", false, 0, 0, false},
		{"#DIV/0!", false, 0, 0, false},
		{"1e999", false, 0, 0, false},
		{"", false, 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			n, ok := parseNumber(tt.in)
			if ok != tt.ok {
				t.Fatalf("parseNumber(%q) ok = %v, want %v (%+v)", tt.in, ok, tt.ok, n)
			}
			if !ok {
				return
			}
			if !near(n.Value, tt.value) || !near(n.Step, tt.step) || n.Percent != tt.percent {
				t.Errorf("parseNumber(%q) = %+v, want %g step %g percent %v", tt.in, n, tt.value, tt.step, tt.percent)
			}
		})
	}
}

func TestNumberWithUnit(t *testing.T) {
	tests := []struct {
		in    string
		unit  string
		value float64
		low   float64
		high  float64
	}{
		{"1.2万", "", 12000, 11500, 12500},
		{"$4.1 bn", "USD", 4.1e9, 4.05e9, 4.15e9},
		{"3.5 billion yuan", "CNY", 3.5e9, 3.45e9, 3.55e9},
	}
	for _, tt := range tests {
		n, ok := parseNumber(tt.in)
		if !ok {
			t.Errorf("parseNumber(%q) failed", tt.in)
			continue
		}
		v, lo, hi, _ := n.bounds(n.Unit.Scale)
		if n.Unit.Unit != tt.unit || v != tt.value || lo != tt.low || hi != tt.high {
			t.Errorf("%q: unit %q %v [%v, %v], want %q %v [%v, %v]", tt.in, n.Unit.Unit, v, lo, hi, tt.unit, tt.value, tt.low, tt.high)
		}
	}
}

func TestBoundsExact(t *testing.T) {
	tests := []struct {
		in            string
		scale         float64
		value, lo, hi float64
	}{
		{"24,105.4", 1e4, 241054000, 241053500, 241054500},
		{"3.2", 1, 3.2, 3.15, 3.25},
		{"-1.5", 1, -1.5, -1.55, -1.45},
		{"355.24", 1e9, 355.24e9, 355.235e9, 355.245e9},
		{"1", 1e-3, 0.001, 0.0005, 0.0015},
	}
	for _, tt := range tests {
		n, _ := parseNumber(tt.in)
		v, lo, hi, _ := n.bounds(tt.scale)
		if v != tt.value || lo != tt.lo || hi != tt.hi {
			t.Errorf("%s ×%g = %v [%v, %v], want %v [%v, %v]", tt.in, tt.scale, v, lo, hi, tt.value, tt.lo, tt.hi)
		}
	}
}

func p(s string) figure.Period {
	var out figure.Period
	a, b, ok := cutRange(s)
	if !ok {
		a, b = s, s
	}
	out.Start, _ = figure.ParseMonth(a)
	out.End, _ = figure.ParseMonth(b)
	return out
}

func cutRange(s string) (string, string, bool) {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '.' && s[i+1] == '.' {
			return s[:i], s[i+2:], true
		}
	}
	return "", "", false
}

func TestParsePeriod(t *testing.T) {
	r := ref{Year: 2024, Month: 4}
	tests := []struct {
		in   string
		r    ref
		want string
		cum  bool
	}{
		{"2024-04", ref{}, "2024-04", false},
		{"2024/4", ref{}, "2024-04", false},
		{"2024-01..2024-04", ref{}, "2024-01..2024-04", true},
		{"2024-01 to 2024-04", ref{}, "2024-01..2024-04", true},
		{"January-April 2024", ref{}, "2024-01..2024-04", true},
		{"Jan.-Apr. 2024", ref{}, "2024-01..2024-04", true},
		{"April 2024", ref{}, "2024-04", false},
		{"2024年1-4月", ref{}, "2024-01..2024-04", true},
		{"2024年1至4月", ref{}, "2024-01..2024-04", true},
		{"2024年4月", ref{}, "2024-04", false},
		{"2024年4月出口主要商品量值表", ref{}, "2024-04", false},
		{"China's Exports of Major Commodities, April 2024", ref{}, "2024-04", false},
		{"2024年1-2月出口主要商品量值表", ref{}, "2024-01..2024-02", true},
		{"2024", ref{}, "2024-01..2024-12", false},
		{"2024年", ref{}, "2024-01..2024-12", false},
		{"4月", r, "2024-04", false},
		{"4月 数量", r, "2024-04", false},
		{"1至4月累计 金额（万元）", r, "2024-01..2024-04", true},
		{"1-2月", ref{Year: 2024, Month: 2}, "2024-01..2024-02", true},
		{"January-February", ref{Year: 2024, Month: 2}, "2024-01..2024-02", true},
		{"当月", r, "2024-04", false},
		{"累计", r, "2024-01..2024-04", true},
		{"Cumulative", r, "2024-01..2024-04", true},
		{"first four months of 2024", ref{}, "2024-01..2024-04", true},
		{"前11个月", ref{Year: 2024}, "2024-01..2024-11", true},
		{"Q1 2024", ref{}, "2024-01..2024-03", true},
		{"2024年一季度", ref{}, "2024-01..2024-03", true},
		{"上半年", ref{Year: 2024}, "2024-01..2024-06", true},
		{"April Value (RMB 10,000)", r, "2024-04", false},
		{"10月", ref{Year: 2024}, "2024-10", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			pt, ok := parsePeriod(tt.in, tt.r)
			if !ok || pt.Period != p(tt.want) || pt.Cumulative != tt.cum {
				t.Errorf("parsePeriod(%q) = %v %v cum=%v, want %s cum=%v", tt.in, pt.Period, ok, pt.Cumulative, tt.want, tt.cum)
			}
		})
	}
	for _, in := range []string{"", "商品名称", "金额（万元）", "Value (RMB 10,000)", "13月"} {
		if pt, ok := parsePeriod(in, ref{}); ok && !pt.Period.IsZero() {
			t.Errorf("parsePeriod(%q) = %v, want nothing", in, pt.Period)
		}
	}
}

func TestParsePeriodCell(t *testing.T) {
	tests := []struct {
		in   string
		r    ref
		want string
	}{
		{"45383", ref{}, "2024-04"}, // date serial of 2024-04-01
		{"45412", ref{}, "2024-04"}, // 2024-04-30
		{"202404", ref{}, "2024-04"},
		{"2024M04", ref{}, "2024-04"},
		{"2024m4", ref{}, "2024-04"},
		{"2024-Q1", ref{}, "2024-01..2024-03"},
		{"Apr 2024", ref{}, "2024-04"},
		{"2024年第一季度", ref{}, "2024-01..2024-03"},
		{"2024年1—4月", ref{}, "2024-01..2024-04"},
		{"2024", ref{}, "2024-01..2024-12"},
		{"4", ref{Year: 2024}, "2024-04"},
		{"04-01-24", ref{}, "2024-04"},
		{"30/04/2024", ref{}, "2024-04"},
		{"2024-04-30", ref{}, "2024-04"},
		{"Apr-24", ref{}, "2024-04"},
		{"2024年1-4月", ref{}, "2024-01..2024-04"},
		{"1-4月", ref{Year: 2024}, "2024-01..2024-04"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := parsePeriodCell(tt.in, tt.r)
			if !ok || got != p(tt.want) {
				t.Errorf("parsePeriodCell(%q) = %v %v, want %s", tt.in, got, ok, tt.want)
			}
		})
	}
	for _, in := range []string{"abc", "13", "0", "1234567"} {
		if got, ok := parsePeriodCell(in, ref{}); ok {
			t.Errorf("parsePeriodCell(%q) = %v, want failure", in, got)
		}
	}
}

func TestClassify(t *testing.T) {
	r := ref{Year: 2024, Month: 4}
	tests := []struct {
		in      string
		role    role
		measure figure.Measure
		period  string
		of      string
	}{
		{"商品名称", roleSubject, "", "", ""},
		{"Commodity", roleSubject, "", "", ""},
		{"计量单位", roleUnit, "", "", ""},
		{"Unit", roleUnit, "", "", ""},
		{"Period", rolePeriod, "", "", ""},
		{"period_start", roleStart, "", "", ""},
		{"Flow", roleFlow, "", "", ""},
		{"进出口", roleFlow, "", "", ""},
		{"国家（地区）", rolePartner, "", "", ""},
		{"Year", roleYear, "", "", ""},
		{"4月 数量", roleData, figure.Quantity, "2024-04", ""},
		{"4月 金额（万元）", roleData, figure.Value, "2024-04", ""},
		{"1至4月累计 金额（万元）", roleData, figure.Value, "2024-01..2024-04", ""},
		{"累计比去年同期±% 数量", roleData, figure.Growth, "", "quantity"},
		{"累计比去年同期±% 金额", roleData, figure.Growth, "", "value"},
		{"April Quantity", roleData, figure.Quantity, "2024-04", ""},
		{"January-April Value (RMB 10,000)", roleData, figure.Value, "2024-01..2024-04", ""},
		{"YoY % Value", roleData, figure.Growth, "", "value"},
		{"Value", roleData, "", "", ""},
		{"数值", roleData, "", "", ""},
		{"Value (CNY 100 million)", roleData, figure.Value, "", ""},
		{"Notes", roleNone, "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			c := classify(tt.in, r)
			if c.role != tt.role || c.measure != tt.measure || c.of != tt.of || (tt.period != "" && c.period.Period != p(tt.period)) {
				t.Errorf("classify(%q) = role %d measure %q period %v of %q; want role %d measure %q period %s of %q",
					tt.in, c.role, c.measure, c.period.Period, c.of, tt.role, tt.measure, tt.period, tt.of)
			}
		})
	}
}

func TestFlowOf(t *testing.T) {
	for in, want := range map[string]string{
		"2024年4月出口主要商品量值表":                     "export",
		"China's Exports of Major Commodities": "export",
		"进口主要商品量值表":                            "import",
		"进出口总值":                                "total",
		"Imports and exports":                  "total",
		"贸易顺差":                                 "balance",
		"集成电路":                                 "",
	} {
		if got := flowOf(in); got != want {
			t.Errorf("flowOf(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"X": "export", "M": "import", "exports": "export", "进口": "import"} {
		if got := flowCell(in); got != want {
			t.Errorf("flowCell(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Rare-earth magnets": "rare_earth_magnets",
		"稀土永磁":               "稀土永磁",
		"  其中：锂电池 (HS 8507)": "锂电池_hs_8507",
		"***":                "unlabelled",
		"3D printers":        "3d_printers",
		"(2) 5G phones":      "5g_phones",
	} {
		if got := slug(in); got != want {
			t.Errorf("slug(%q) = %q, want %q", in, got, want)
		}
	}
}
