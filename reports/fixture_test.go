package reports

import (
	"fmt"
	"time"

	"figcheck/figure"
	"figcheck/pipeline"
	"figcheck/rules"
)

func boolp(b bool) *bool { return &b }

func month(y, m int) figure.Month { return figure.MonthOf(y, m) }

// sampleResult is a small run: two articles, a customs sheet, one unreadable
// input, and findings of each kind an editor meets.
func sampleResult() *pipeline.Result {
	janApr := figure.Period{Start: month(2024, 1), End: month(2024, 4)}
	figs := []figure.Figure{
		{ID: "articles/chip-trade.txt#1", Source: "articles/chip-trade.txt", Kind: figure.KindArticle, Line: 5, Col: 31,
			Quote: "355.24 billion yuan", Value: 355.24e9, Low: 355.235e9, High: 355.245e9, Unit: "CNY",
			Measure: figure.Value, Metric: "integrated_circuits.export", Subject: "integrated circuits", Flow: figure.FlowExport,
			Period: janApr, Context: "In January-April, China exported integrated circuits worth 355.24 billion yuan, up 23.5% year on year."},
		{ID: "articles/chip-trade.txt#2", Source: "articles/chip-trade.txt", Kind: figure.KindArticle, Line: 5, Col: 62,
			Quote: "23.5%", Value: 23.5, Low: 23.45, High: 23.55, Unit: figure.UnitPercent,
			Measure: figure.Growth, Basis: figure.BasisYoY, Of: "value", Metric: "integrated_circuits.export", Flow: figure.FlowExport, Period: janApr},
		{ID: "sheets/customs-2024-04.xlsx#B7", Source: "sheets/customs-2024-04.xlsx", Kind: figure.KindSheet, Cell: "表1!F7",
			Quote: "35,210,000", Value: 352.10e9, Low: 352.095e9, High: 352.105e9, Unit: "CNY",
			Measure: figure.Value, Metric: "integrated_circuits.export", Subject: "integrated circuits", Flow: figure.FlowExport, Period: janApr,
			Context: "集成电路 / 1至4月 金额（万元）"},
		{ID: "sheets/customs-2024-04.xlsx#C9", Source: "sheets/customs-2024-04.xlsx", Kind: figure.KindSheet, Cell: "表1!C9",
			Quote: "24,105.4", Value: 241.054e6, Low: 241.0535e6, High: 241.0545e6, Unit: figure.UnitUnits,
			Measure: figure.Quantity, Metric: "mobile_phones.export", Subject: "mobile phones", Flow: figure.FlowExport,
			Period: figure.MonthPeriod(month(2024, 4)), Context: "手机 / 4月 数量（万个）"},
		{ID: "articles/phones.md#1", Source: "articles/phones.md", Kind: figure.KindArticle, Line: 3, Col: 12,
			Quote: "24.1054 million", Value: 24.1054e6, Low: 24.10535e6, High: 24.10545e6, Unit: figure.UnitUnits,
			Measure: figure.Quantity, Metric: "mobile_phones.export", Subject: "handsets", Flow: figure.FlowExport,
			Period: figure.MonthPeriod(month(2024, 4)), Qualifier: figure.QualNone,
			Context: "Handset exports reached 24.1054 million units in April."},
		{ID: "articles/phones.md#2", Source: "articles/phones.md", Kind: figure.KindArticle, Line: 7, Col: 1,
			Quote: "more than 1.03 trillion yuan", Value: 1.03e12, Low: 1.025e12, High: 1.242e12, Unit: "CNY",
			Measure: figure.Value, Metric: "goods.export", Flow: figure.FlowExport, Qualifier: figure.QualMoreThan,
			Period: figure.Period{Start: month(2024, 1), End: month(2024, 11)}, Linked: []string{"articles/phones.md#3"}},
		{ID: "articles/phones.md#3", Source: "articles/phones.md", Kind: figure.KindArticle, Line: 7, Col: 31,
			Quote: "$142.17 billion", Value: 142.17e9, Low: 142.165e9, High: 142.175e9, Unit: "USD",
			Measure: figure.Value, Metric: "goods.export", Flow: figure.FlowExport,
			Period: figure.Period{Start: month(2024, 1), End: month(2024, 11)}},
	}
	findings := []rules.Finding{
		{ID: "cumulative-sum-3f9a1c", Rule: "cumulative-sum", Severity: rules.SevError,
			Message:  "January-April 2024 exports of integrated circuits are stated as ¥355.24B, but the customs table gives ¥352.10B: ¥3.14B (0.9%) apart.",
			Figures:  []string{"articles/chip-trade.txt#1", "sheets/customs-2024-04.xlsx#B7"},
			Expected: &rules.Bound{Low: 352.095e9, High: 352.105e9, Unit: "CNY"}, Actual: &rules.Bound{Low: 355.235e9, High: 355.245e9, Unit: "CNY"},
			Metric: "integrated_circuits.export", Period: janApr, Difference: 3.13e9, DiffPct: 0.889, Tolerance: 0.001},
		{ID: "scale-error-77b210", Rule: "scale-error", Severity: rules.SevError,
			Message:  "April 2024 handset exports: the article says 24.1054 million, the customs table 24,105.4 (10,000 units) = 241.054 million. The article probably read the table without its unit.",
			Figures:  []string{"articles/phones.md#1", "sheets/customs-2024-04.xlsx#C9"},
			Expected: &rules.Bound{Low: 241.0535e6, High: 241.0545e6, Unit: "units"}, Actual: &rules.Bound{Low: 24.10535e6, High: 24.10545e6, Unit: "units"},
			Metric: "mobile_phones.export", Period: figure.MonthPeriod(month(2024, 4)),
			Difference: 216.9486e6, DiffPct: -90, Suggestion: "241.054 million units"},
		{ID: "implied-rate-0c44d1", Rule: "implied-rate", Severity: rules.SevWarning,
			Message:  "“1.03 trillion yuan ($142.17 billion)” implies 7.2449 CNY/USD; the 2024 average was 7.1217 CNY/USD (1.7% apart, tolerance 1%).",
			Figures:  []string{"articles/phones.md#2", "articles/phones.md#3"},
			Expected: &rules.Bound{Low: 7.1217, High: 7.1217, Unit: "CNY/USD"}, Actual: &rules.Bound{Low: 7.2098, High: 7.2801, Unit: "CNY/USD"},
			Metric: "goods.export", Period: figure.Period{Start: month(2024, 1), End: month(2024, 11)},
			Difference: 0.0881, DiffPct: 1.24, Tolerance: 0.01},
		{ID: "growth-check-9d0e2f", Rule: "growth-check", Severity: rules.SevInfo,
			Message: "Growth of 23.5% cannot be checked: no January-April 2023 value found.",
			Figures: []string{"articles/chip-trade.txt#2"}, Metric: "integrated_circuits.export", Period: janApr},
		{ID: "conflict-51aa02", Rule: "conflict", Severity: rules.SevWarning, Waived: "agency revised the table on 2024-05-20",
			Message: "Two sources state January-April exports differently.",
			Figures: []string{"sheets/customs-2024-04.xlsx#B7", "articles/chip-trade.txt#1"},
			Metric:  "integrated_circuits.export", Period: janApr},
		{ID: "conflict-62bb13", Rule: "conflict", Severity: rules.SevError, Status: "False alarm", Note: "different product scope",
			Message: "Two sources state April handset exports differently.",
			Figures: []string{"articles/phones.md#1", "sheets/customs-2024-04.xlsx#C9"},
			Metric:  "mobile_phones.export", Period: figure.MonthPeriod(month(2024, 4))},
	}
	stats := []rules.Stat{
		{ID: "cumulative-sum", Title: "Cumulative equals the sum of its months", Severity: rules.SevError,
			Description: "A year-to-date figure must equal the sum of its months within rounding.",
			Expression:  "agree(claim, sum(months))", File: "builtin/rules.yaml", Ran: 12, Fired: 1},
		{ID: "conflict", Title: "Sources agree", Severity: rules.SevWarning, Description: "Same metric and period, stated by two sources, must overlap.",
			Expression: "overlaps(a, b)", File: "builtin/rules.yaml", Ran: 30, Fired: 2},
		{ID: "scale-error", Title: "Power-of-ten slip", Severity: rules.SevError, Expression: "ratio(a, b) in [10, 1e4, 1e8]", File: "builtin/rules.yaml", Ran: 30, Fired: 1},
		{ID: "implied-rate", Title: "Implied exchange rate", Severity: rules.SevWarning, Expression: "near(rate(a, b), avgRate(period), 0.01)", File: "builtin/rules.yaml", Ran: 1, Fired: 1},
		{ID: "growth-check", Title: "Growth matches its values", Severity: rules.SevInfo, File: "builtin/rules.yaml", Ran: 1, Fired: 1},
		{ID: "unit-value", Title: "Unit value within bounds", Severity: rules.SevWarning, File: "builtin/rules.yaml", Skipped: "no quantity and value pair for the same metric and period"},
	}
	return &pipeline.Result{
		Tool: "figcheck", Version: "0.1.0-test", Started: time.Date(2026, 11, 28, 3, 0, 0, 0, time.UTC),
		RuleFiles: []string{"(built-in) rules.yaml"},
		Sources: []pipeline.SourceStatus{
			{Path: "articles/chip-trade.txt", Kind: figure.KindArticle, SHA256: sha("a"), Figures: 2, Published: "2024-05-20"},
			{Path: "articles/phones.md", Kind: figure.KindArticle, SHA256: sha("b"), Figures: 3, Published: "2024-12-10"},
			{Path: "sheets/broken.xlsx", Kind: figure.KindSheet, SHA256: sha("c"), Error: "sheets/broken.xlsx: zip: not a valid zip file"},
			{Path: "sheets/customs-2024-04.xlsx", Kind: figure.KindSheet, SHA256: sha("d"), Figures: 2,
				Warnings: []string{"表1!D12: \"#DIV/0!\" is not a number; cell skipped"}},
		},
		Figures: figs, Findings: findings, Rules: stats,
		Summary: pipeline.Summary{Error: 2, Warning: 1, Info: 1, Waived: 1, FalseAlarm: 1},
		Expired: []string{"waivers.yaml:4: waiver for rule conflict in sheets/old-*.xlsx expired on 2026-01-31 (old layout)"},
		Options: map[string]string{"fail-on": "error"},
	}
}

// sha is a fake but well-formed SHA-256 hex digest.
func sha(seed string) string {
	s := ""
	for len(s) < 64 {
		s += fmt.Sprintf("%x", seed[0]) + "0f1e2d3c"
	}
	return s[:64]
}

// largeResult builds n findings over n/2 figures, for the benchmark.
func largeResult(n int) *pipeline.Result {
	res := &pipeline.Result{Tool: "figcheck", Version: "bench"}
	nf := n/2 + 1
	for i := 0; i < nf; i++ {
		src := fmt.Sprintf("articles/a%03d.txt", i%500)
		res.Figures = append(res.Figures, figure.Figure{ID: fmt.Sprintf("%s#%d", src, i), Source: src, Kind: figure.KindArticle,
			Line: i%300 + 1, Col: 7, Quote: "355.24 billion yuan", Value: 355.24e9 + float64(i), Low: 355.235e9, High: 355.245e9,
			Unit: "CNY", Measure: figure.Value, Metric: "integrated_circuits.export", Flow: "export",
			Period:  figure.Period{Start: month(2024, 1), End: month(2024, 4)},
			Context: "In January-April, China exported integrated circuits worth 355.24 billion yuan."})
	}
	for i := 0; i < 500; i++ {
		res.Sources = append(res.Sources, pipeline.SourceStatus{Path: fmt.Sprintf("articles/a%03d.txt", i), Kind: figure.KindArticle, SHA256: sha("x")})
	}
	sev := []rules.Severity{rules.SevError, rules.SevWarning, rules.SevInfo}
	for i := 0; i < n; i++ {
		res.Findings = append(res.Findings, rules.Finding{ID: fmt.Sprintf("f-%06d", i), Rule: fmt.Sprintf("rule-%d", i%7),
			Severity: sev[i%3], Message: "January-April exports ¥355.24B, but the months add up to ¥352.10B: ¥3.14B (0.9%) apart",
			Figures:  []string{res.Figures[i%nf].ID, res.Figures[(i+1)%nf].ID},
			Expected: &rules.Bound{Low: 352.095e9, High: 352.105e9, Unit: "CNY"}, Actual: &rules.Bound{Low: 355.235e9, High: 355.245e9, Unit: "CNY"},
			Metric: "integrated_circuits.export", Period: figure.Period{Start: month(2024, 1), End: month(2024, 4)}, Difference: 3.13e9, DiffPct: 0.89})
	}
	return res
}

func nan() float64 { z := 0.0; return z / z }
func inf() float64 { z := 0.0; return 1 / z }
