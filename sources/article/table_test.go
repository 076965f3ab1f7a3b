package article

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"figcheck/figure"
	"figcheck/sources"
	"figcheck/sources/glossary"
)

// TestTables reads the bare numbers of pipe and HTML tables with the unit
// their column's header states, the period of their row's label or of their
// column, and the flow of the header or the row.
func TestTables(t *testing.T) {
	g, err := glossary.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	opts := sources.Options{Glossary: g, Widening: figure.DefaultWidening()}
	type want struct {
		quote  string
		value  float64
		unit   string
		period string
		flow   string
	}
	tests := []struct {
		name, file, text string
		want             []want
	}{
		{"markdown rows are periods", "a.md", "Published: 2024-12-12\n\nChina's trade, in US dollars.\n\n" +
			"| Period | Exports ($bn) | y/y % | Surplus ($bn) |\n|---|--:|--:|--:|\n" +
			"| Nov 2024 | 312.3 | +6.7 | 97.4 |\n| Q3 2024 | 913.0 | -2.3 | 257.3 |\n| 2023 | 3,380.0 | -4.6 | 823.2 |\n",
			[]want{
				{"312.3", 312.3e9, "USD", "2024-11..2024-11", "export"},
				{"+6.7", 6.7, "percent", "2024-11..2024-11", "export"},
				{"97.4", 97.4e9, "USD", "2024-11..2024-11", "balance"},
				{"913.0", 913e9, "USD", "2024-07..2024-09", "export"},
				{"-2.3", -2.3, "percent", "2024-07..2024-09", "export"},
				{"3,380.0", 3380e9, "USD", "2023-01..2023-12", "export"},
			}},
		{"html rows are flows, columns periods", "b.html", `<html><head><meta property="article:published_time" content="2025-04-14"></head><body>
<p>Customs released first-quarter trade data on Monday.</p>
<table><tr><th>Item</th><th>Jan&ndash;Mar 2025 (100 million yuan)</th><th>YoY (%)</th></tr>
<tr><td>Exports</td><td>61,265</td><td>6.9</td></tr>
<tr><td><p>Imports</p></td><td>41,712</td><td>-6.0</td></tr></table></body></html>`,
			[]want{
				{"61,265", 6126.5e9, "CNY", "2025-01..2025-03", "export"},
				{"6.9", 6.9, "percent", "2025-01..2025-03", "export"},
				{"41,712", 4171.2e9, "CNY", "2025-01..2025-03", "import"},
				{"-6.0", -6, "percent", "2025-01..2025-03", "import"},
			}},
		{"a scale letter after a word that contains it", "d.md", "Published: 2025-03-10\n\n" +
			"| Month | Imports ($m) | Trade balance ($b) | Imports (m tonnes) |\n|---|---|---|---|\n| Feb 2025 | 1,520.4 | 31.2 | 198 |\n",
			[]want{
				{"1,520.4", 1520.4e6, "USD", "2025-02..2025-02", "import"},
				{"31.2", 31.2e9, "USD", "2025-02..2025-02", "balance"},
				{"198", 198e6, "tonnes", "2025-02..2025-02", "import"},
			}},
		{"a unit stated once over two header rows", "e.html", `<html><head><meta property="article:published_time" content="2025-07-14"></head><body>
<table><thead><tr><th rowspan="2">Month</th><th colspan="3">Unit: USD 100 million</th></tr>
<tr><th>Exports</th><th>Imports</th><th>Balance</th></tr></thead>
<tbody><tr><td>Jan-Feb 2025</td><td>5,399.4</td><td>3,694.0</td><td>1,705.4</td></tr>
<tr><td>Mar 2025</td><td>3,139.1</td><td>2,113.0</td><td>1,026.1</td></tr></tbody></table></body></html>`,
			[]want{
				{"5,399.4", 539.94e9, "USD", "2025-01..2025-02", "export"},
				{"2,113.0", 211.3e9, "USD", "2025-03..2025-03", "import"},
				{"1,026.1", 102.61e9, "USD", "2025-03..2025-03", "balance"},
			}},
		{"Hong Kong dollars by partner", "c.md", "Published: 2025-01-28\n\nKey markets, full year 2024:\n\n" +
			"| Market | Exports (HK$ bn) | Change |\n|---|---|---|\n| United States | 308.1 | +2.2% |\n",
			[]want{{"308.1", 308.1e9, "HKD", "2024-01..2024-12", "export"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Reader{}.Read(context.Background(), strings.NewReader(tc.text), tc.file, opts)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]figure.Figure{}
			for _, f := range doc.Figures {
				got[f.Quote] = f
			}
			for _, w := range tc.want {
				f, ok := got[w.quote]
				if !ok {
					t.Errorf("%q not extracted; got %v", w.quote, quotes(doc.Figures))
					continue
				}
				per := fmt.Sprintf("%s..%s", f.Period.Start, f.Period.End)
				if !near(f.Value, w.value) || f.Unit != w.unit || per != w.period || f.Flow != w.flow {
					t.Errorf("%q read as %g %s %s %s, want %g %s %s %s", w.quote, f.Value, f.Unit, per, f.Flow,
						w.value, w.unit, w.period, w.flow)
				}
			}
		})
	}
}

func near(a, b float64) bool {
	d := a - b
	if d < 0 {
		d = -d
	}
	return d <= 1e-9*max(1, b, -b)
}

// TestTableCellsWithUnits: rows whose cells carry their own units are rows of
// figures, not more header lines, so the header still names their columns.
func TestTableCellsWithUnits(t *testing.T) {
	doc := read(t, "u.md", "---\ndate: 2024-12-10\n---\n| Item | November | Jan-Nov |\n|---|---|---|\n"+
		"| Exports | $312.3 billion (+6.7%) | $3.24 trillion (+5.4%) |\n| Imports | $214.9 billion | $2.36 trillion |\n", time.Time{})
	wantPeriods(t, doc.Figures, map[string]string{
		"$312.3 billion": "2024-11..2024-11", "$214.9 billion": "2024-11..2024-11",
		"$3.24 trillion": "2024-01..2024-11", "$2.36 trillion": "2024-01..2024-11",
	})
}
