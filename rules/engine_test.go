package rules

import (
	"context"
	"encoding/json"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"figcheck/figure"
)

func TestLintPositions(t *testing.T) {
	probs := Lint("testdata/lint/bad.yaml")
	want := []string{
		"testdata/lint/bad.yaml:6:12: check: unknown name agreee",
		"testdata/lint/bad.yaml:12:14: check: type rules.Val has no field valeu",
		"testdata/lint/bad.yaml:16:15: rule bad-severity: bad severity \"fatal\"",
		"testdata/lint/bad.yaml:20:5: rule without id",
		"testdata/lint/bad.yaml:26:21: check: cannot use float64 as argument (type *rules.Val) to call agree",
		"testdata/lint/bad.yaml:33:30: message: unknown name g",
	}
	var got []string
	for _, p := range probs {
		got = append(got, p.String())
	}
	for _, w := range want {
		if !slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, w) }) {
			t.Errorf("missing problem %q\ngot:\n%s", w, strings.Join(got, "\n"))
		}
	}
}

func TestLintBuiltinClean(t *testing.T) {
	dir := "builtin"
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if filepath.Ext(e.Name()) == ".yaml" {
			if ps := Lint(filepath.Join(dir, e.Name())); len(ps) > 0 {
				t.Errorf("%s: %v", e.Name(), ps)
			}
		}
	}
}

// fig builds a test figure.
func fig(id, src, metric string, m figure.Measure, p string, v, step float64, unit string) figure.Figure {
	per, err := parsePeriod(p)
	if err != nil {
		panic(err)
	}
	_, flow := figure.SplitMetric(metric)
	iv := figure.Rounded(v, step)
	kind := figure.KindArticle
	if strings.HasSuffix(src, ".xlsx") || strings.HasSuffix(src, ".csv") {
		kind = figure.KindSheet
	}
	return figure.Figure{ID: id, Source: src, Kind: kind, Line: 1, Col: 1, Quote: FormatAmount(v, unit), Value: v, Low: iv.Low, High: iv.High,
		Unit: unit, Measure: m, Metric: metric, Flow: flow, Period: per}
}

// devsetFigures mirrors the sample corpus: the chip, semiconductor and
// full-year articles plus a customs sheet with the handset row in 万.
func devsetFigures() []figure.Figure {
	ic := "integrated_circuits.export"
	return []figure.Figure{
		fig("chip#1", "chip.txt", ic, figure.Value, "2024-01..2024-04", 355.24e9, 0.01e9, "CNY"),
		fig("chip#2", "chip.txt", ic, figure.Value, "2024-04", 91.94e9, 0.01e9, "CNY"),
		fig("chip#3", "chip.txt", "mobile_phones.export", figure.Quantity, "2024-01..2024-04", 24.1054e6, 0.0001e6, "units"),
		fig("chip#4", "chip.txt", "mobile_phones.export", figure.Value, "2024-01..2024-04", 266.76e9, 0.01e9, "CNY"),
		fig("semi#1", "semi.txt", ic, figure.Value, "2024-01..2024-11", 1.03e12, 0.01e12, "CNY"),
		fig("full#1", "full.txt", ic, figure.Value, "2024", 1.13e12, 0.01e12, "CNY"),
		fig("full#2", "full.txt", "goods.total", figure.Value, "2024", 43.8e12, 0.1e12, "CNY"),
		fig("full#3", "full.txt", "goods.export", figure.Value, "2024", 25.4e12, 0.1e12, "CNY"),
		fig("full#4", "full.txt", "goods.import", figure.Value, "2024", 18.4e12, 0.1e12, "CNY"),
		fig("sheet#1", "customs.xlsx", "mobile_phones.export", figure.Quantity, "2024-01..2024-04", 241.054e6, 0.1e4, "units"),
		fig("sheet#2", "customs.xlsx", ic, figure.Value, "2024-01..2024-02", 172.96e9, 0.0001e9, "CNY"),
		fig("sheet#3", "customs.xlsx", ic, figure.Value, "2024-03", 87.2e9, 0.0001e9, "CNY"),
		fig("sheet#4", "customs.xlsx", ic, figure.Value, "2024-04", 91.94e9, 0.0001e9, "CNY"),
	}
}

func load(t testing.TB) *Pack {
	t.Helper()
	p, err := Load(context.Background(), Config{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestDevsetFindings(t *testing.T) {
	p := load(t)
	o, err := p.Evaluate(context.Background(), devsetFigures())
	if err != nil {
		t.Fatal(err)
	}
	byRule := map[string][]Finding{}
	for _, f := range o.Findings {
		byRule[f.Rule] = append(byRule[f.Rule], f)
		t.Logf("%s %s %s", f.Severity, f.Rule, f.Message)
	}
	for _, r := range []string{"cumulative-sum", "scale-error", "unit-value-bounds", "period-implication"} {
		if len(byRule[r]) == 0 {
			t.Errorf("no %s finding", r)
		}
	}
	if n := len(byRule["cross-source-conflict"]); n != 0 {
		t.Errorf("scale error should supersede the conflict; got %d conflicts: %v", n, byRule["cross-source-conflict"])
	}
	if n := len(byRule[RuleErrorID]); n != 0 {
		t.Errorf("rule errors: %v", byRule[RuleErrorID])
	}
	for _, f := range byRule["scale-error"] {
		if !strings.Contains(f.Message, "241.05M units") || f.Suggestion == "" {
			t.Errorf("scale finding lacks the reading: %+v", f)
		}
	}
	c := byRule["cumulative-sum"][0]
	if c.Expected == nil || c.Actual == nil || c.Difference <= 0 || c.DiffPct <= 0 || c.Tolerance == 0 || c.Figures[0] != "chip#1" {
		t.Errorf("cumulative finding incomplete: %+v", c)
	}
	for _, st := range o.Stats {
		if st.Ran == 0 && st.Skipped == "" {
			t.Errorf("rule %s ran on nothing without saying why", st.ID)
		}
	}
}

func TestDeterministic(t *testing.T) {
	p := load(t)
	figs := devsetFigures()
	o1, err := p.Evaluate(context.Background(), figs)
	if err != nil {
		t.Fatal(err)
	}
	// Shuffle and renumber: same findings, same ids (figure ids are mapped back).
	for trial := 0; trial < 5; trial++ {
		sh := slices.Clone(figs)
		rand.New(rand.NewSource(int64(trial))).Shuffle(len(sh), func(i, j int) { sh[i], sh[j] = sh[j], sh[i] })
		o2, err := p.Evaluate(context.Background(), sh)
		if err != nil {
			t.Fatal(err)
		}
		a, _ := json.Marshal(o1.Findings)
		b, _ := json.Marshal(o2.Findings)
		if string(a) != string(b) {
			t.Fatalf("findings depend on input order:\n%s\n%s", a, b)
		}
	}
}

func TestRuleErrorNeverCrashes(t *testing.T) {
	src := `rules:
  - id: divides
    title: divides by a zero quantity
    severity: warning
    over: value-quantity
    check: unit_value(v, q).lo > 0
    message: x
`
	p := &Pack{bounds: &BoundsTable{}, widening: figure.DefaultWidening()}
	p.rates = load(t).rates
	if ps := p.addFile("t.yaml", []byte(src)); len(ps) > 0 {
		t.Fatal(ps)
	}
	figs := []figure.Figure{
		fig("a", "a.txt", "x.export", figure.Value, "2024", 5, 0, "CNY"),
		fig("b", "a.txt", "x.export", figure.Quantity, "2024", 0, 0, "units"),
	}
	o, err := p.Evaluate(context.Background(), figs)
	if err != nil {
		t.Fatal(err)
	}
	if len(o.Findings) != 1 || o.Findings[0].Rule != RuleErrorID || !strings.Contains(o.Findings[0].Message, "divides") {
		t.Fatalf("want one rule-error finding, got %+v", o.Findings)
	}
	if o.Stats[0].Errors != 1 {
		t.Errorf("stat: %+v", o.Stats[0])
	}
}

func TestSkippedSaysWhy(t *testing.T) {
	p := load(t)
	o, err := p.Evaluate(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range o.Stats {
		if st.Skipped == "" {
			t.Errorf("%s: no reason given for running on nothing", st.ID)
		}
	}
}

func TestCancelled(t *testing.T) {
	p := load(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := p.Evaluate(ctx, devsetFigures()); err == nil {
		t.Error("want an error from a cancelled context")
	}
}

func TestFormatAmount(t *testing.T) {
	for _, tc := range []struct {
		v    float64
		unit string
		want string
	}{
		{355.24e9, "CNY", "¥355.24B"},
		{352.1e9, "CNY", "¥352.10B"},
		{142.17e9, "USD", "$142.17B"},
		{241.054e6, "units", "241.05M units"},
		{23.5, "percent", "23.5%"},
		{-5.5, "percent", "-5.5%"},
		{100e9, "CNY", "¥100B"},
		{1.13e12, "CNY", "¥1.13T"},
		{-296.1e9, "USD", "-$296.10B"},
		{7.1217, "CNY/USD", "¥7.12/$"},
		{1106.6, "CNY/units", "¥1,106.6/unit"},
		{24105.4, "", "24,105.4"},
		{1.2, "pp", "1.2 pp"},
		{5e9, "EUR", "€5B"},
		{3e9, "XYZ", "XYZ 3B"},
	} {
		if got := FormatAmount(tc.v, tc.unit); got != tc.want {
			t.Errorf("FormatAmount(%g, %q) = %q, want %q", tc.v, tc.unit, got, tc.want)
		}
	}
}

func TestIntervalSemantics(t *testing.T) {
	p := load(t)
	w := figure.DefaultWidening()
	bound := fig("a", "a.txt", "goods.balance", figure.Value, "2024", 7e12, 1e12, "CNY")
	iv := w.Apply(bound.Interval(), figure.QualMoreThan)
	bound.Low, bound.High, bound.Qualifier = iv.Low, iv.High, figure.QualMoreThan
	for _, tc := range []struct {
		name string
		a, b figure.Figure
		fire bool
	}{
		{"1.03 trillion agrees with 1,030.4 billion",
			fig("a", "a.txt", "x.export", figure.Value, "2024", 1.03e12, 0.01e12, "CNY"),
			fig("b", "b.txt", "x.export", figure.Value, "2024", 1030.4e9, 0.1e9, "CNY"), false},
		{"1.03 trillion does not agree with 1,045 billion",
			fig("a", "a.txt", "x.export", figure.Value, "2024", 1.03e12, 0.01e12, "CNY"),
			fig("b", "b.txt", "x.export", figure.Value, "2024", 1045e9, 1e9, "CNY"), true},
		{"more than 7 trillion agrees with 7.9 trillion", bound,
			fig("b", "b.txt", "goods.balance", figure.Value, "2024", 7.9e12, 0.1e12, "CNY"), false},
		{"more than 7 trillion contradicts 5.9 trillion", bound,
			fig("b", "b.txt", "goods.balance", figure.Value, "2024", 5.9e12, 0.1e12, "CNY"), true},
		{"$992 billion agrees with 7.06 trillion yuan at ~7.12",
			fig("a", "a.txt", "goods.balance", figure.Value, "2024", 992e9, 1e9, "USD"),
			fig("b", "b.txt", "goods.balance", figure.Value, "2024", 7.06e12, 0.01e12, "CNY"), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o, err := p.Evaluate(context.Background(), []figure.Figure{tc.a, tc.b})
			if err != nil {
				t.Fatal(err)
			}
			fired := slices.ContainsFunc(o.Findings, func(f Finding) bool { return f.Rule == "cross-source-conflict" })
			if fired != tc.fire {
				t.Errorf("fired = %v, want %v: %+v", fired, tc.fire, o.Findings)
			}
		})
	}
}

func TestExplain(t *testing.T) {
	p := load(t)
	s, err := p.Explain(context.Background(), "cumulative-sum")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"agree(actual, expected, tol)", "Worked example", "the months add up to"} {
		if !strings.Contains(s, want) {
			t.Errorf("explain lacks %q:\n%s", want, s)
		}
	}
	if _, err := p.Explain(context.Background(), "nope"); err == nil {
		t.Error("want error for unknown id")
	}
}

// FuzzLoad: no panics and no crash on arbitrary rule files.
func FuzzLoad(f *testing.F) {
	for _, name := range []string{"builtin/rules.yaml", "testdata/lint/bad.yaml"} {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		ps := LintBytes("fuzz.yaml", b)
		for _, p := range ps {
			if p.Line < 1 || p.Col < 0 {
				t.Errorf("bad position %v", p)
			}
			if strings.Contains(p.Msg, "internal error") {
				t.Errorf("loader panicked: %v", p)
			}
		}
	})
}

func TestUserRuleExamples(t *testing.T) {
	f := filepath.Join("testdata", "user", "eu.yaml")
	if ps := Lint(f); len(ps) > 0 {
		t.Fatal(ps)
	}
	p, err := Load(context.Background(), Config{Files: []string{f}})
	if err != nil {
		t.Fatal(err)
	}
	res, err := p.RunExamples(context.Background(), f)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 2 || !res[0].Pass || res[1].Pass || !strings.Contains(res[1].Detail, "differ by 9.") {
		t.Errorf("results: %+v", res)
	}
}

// A currency without a rate is not comparable: no finding and no rule error.
func TestNoRateNoRuleError(t *testing.T) {
	p := load(t)
	m := "goods.export"
	figs := []figure.Figure{
		fig("a", "a.txt", m, figure.Value, "2024-01..2024-03", 300e9, 1e9, "USD"),
		fig("b", "s.csv", m, figure.Value, "2024-01..2024-02", 150e9, 1e9, "EUR"),
		fig("c", "s.csv", m, figure.Value, "2024-03", 50e9, 1e9, "EUR"),
		fig("d", "b.txt", m, figure.Value, "2024-01..2024-03", 200e9, 1e9, "EUR"),
		fig("e", "b.txt", m, figure.Value, "2024-01..2024-02", 180e9, 1e9, "USD"),
	}
	o, err := p.Evaluate(context.Background(), figs)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range o.Findings {
		if f.Rule == RuleErrorID || f.Rule == "cross-source-conflict" {
			t.Errorf("unexpected %s: %s", f.Rule, f.Message)
		}
	}
}

// Months in yuan add up to a cumulative stated in dollars through the rate table.
func TestCumulativeAcrossCurrencies(t *testing.T) {
	p := load(t)
	m := "goods.export"
	mk := func(cum float64) []figure.Figure {
		return []figure.Figure{
			fig("a", "a.txt", m, figure.Value, "2024-01..2024-02", cum, 0.1e9, "USD"),
			fig("b", "s.csv", m, figure.Value, "2024-01", 700e9, 1e9, "CNY"),
			fig("c", "s.csv", m, figure.Value, "2024-02", 720e9, 1e9, "CNY"),
		}
	}
	for _, tc := range []struct {
		cum  float64
		fire bool
	}{{200e9, false}, {230e9, true}} { // ¥1.42T at ~7.10 is about $200B
		o, err := p.Evaluate(context.Background(), mk(tc.cum))
		if err != nil {
			t.Fatal(err)
		}
		fired := slices.ContainsFunc(o.Findings, func(f Finding) bool { return f.Rule == "cumulative-sum" })
		if fired != tc.fire {
			t.Errorf("$%gB: fired %v, want %v: %+v", tc.cum/1e9, fired, tc.fire, o.Findings)
		}
	}
}

func TestFindHelper(t *testing.T) {
	src := `rules:
  - id: value-without-quantity
    title: a value whose quantity is stated
    severity: info
    over: figure
    select: f.measure == "value"
    check: len(find(f, "", "quantity", "")) == 0 && len(find(f, "", "", "2023")) == 0 && len(find(f, "", "growth", "")) == 0
    message: ${what(f)} has a quantity, a 2023 value or a growth rate
`
	p := &Pack{bounds: &BoundsTable{}, widening: figure.DefaultWidening(), rates: load(t).rates}
	if ps := p.addFile("t.yaml", []byte(src)); len(ps) > 0 {
		t.Fatal(ps)
	}
	g := fig("g", "a.txt", "z.export", figure.Growth, "2024", 5, 0.1, "percent")
	g.Basis, g.Of = figure.BasisYoY, "value"
	figs := []figure.Figure{
		fig("a", "a.txt", "x.export", figure.Value, "2024", 5e9, 1e6, "CNY"),
		fig("b", "a.txt", "x.export", figure.Quantity, "2024", 5e6, 1e3, "tonnes"),
		fig("c", "a.txt", "y.export", figure.Value, "2024", 5e9, 1e6, "USD"),
		fig("d", "a.txt", "y.export", figure.Value, "2023", 4e9, 1e6, "USD"),
		fig("e", "a.txt", "w.export", figure.Value, "2024", 5e9, 1e6, "USD"),
		fig("f", "a.txt", "z.export", figure.Value, "2024", 5e9, 1e6, "USD"),
		g,
	}
	o, err := p.Evaluate(context.Background(), figs)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range o.Findings {
		got = append(got, f.Figures[0])
	}
	if want := []string{"a", "c", "f"}; !slices.Equal(got, want) {
		t.Errorf("fired on %v, want %v", got, want)
	}
}

// TestRoundingEdges: ¥355.24B (355.235–355.245) against three months stated
// to a tenth (±0.05 each), with the rule's 0.05% tolerance (≈ ¥0.18B).
func TestRoundingEdges(t *testing.T) {
	p := load(t)
	ic := "integrated_circuits.export"
	for _, tc := range []struct {
		name  string
		april float64 // January-February 176.1, March 87.2
		fire  bool
	}{
		{"sum 355.2: inside rounding", 91.9e9, false},
		{"sum 354.95: inside rounding plus tolerance", 91.65e9, false},
		{"sum 354.9: just outside", 91.6e9, true},
		{"sum 355.6: outside above", 92.3e9, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			figs := []figure.Figure{
				fig("c", "a.txt", ic, figure.Value, "2024-01..2024-04", 355.24e9, 0.01e9, "CNY"),
				fig("jf", "s.xlsx", ic, figure.Value, "2024-01..2024-02", 176.1e9, 0.1e9, "CNY"),
				fig("m", "s.xlsx", ic, figure.Value, "2024-03", 87.2e9, 0.1e9, "CNY"),
				fig("a", "s.xlsx", ic, figure.Value, "2024-04", tc.april, 0.1e9, "CNY"),
			}
			o, err := p.Evaluate(context.Background(), figs)
			if err != nil {
				t.Fatal(err)
			}
			fired := slices.ContainsFunc(o.Findings, func(f Finding) bool { return f.Rule == "cumulative-sum" })
			if fired != tc.fire {
				t.Errorf("fired = %v, want %v: %+v", fired, tc.fire, o.Findings)
			}
		})
	}
}

func TestScaleFactors(t *testing.T) {
	p := load(t)
	for _, tc := range []struct {
		name     string
		a, b     figure.Figure
		contains []string
	}{
		{"万 read as units (10^4)",
			fig("a", "a.txt", "mobile_phones.export", figure.Quantity, "2024-01..2024-04", 24105.4, 0.1, "units"),
			fig("b", "s.xlsx", "mobile_phones.export", figure.Quantity, "2024-01..2024-04", 241.054e6, 1e3, "units"),
			[]string{"10,000 (10^4)", "241.05M units"}},
		{"亿 read as units (10^8)",
			fig("a", "a.txt", "mobile_phones.export", figure.Value, "2024-01..2024-04", 2667.6, 0.1, "CNY"),
			fig("b", "s.xlsx", "mobile_phones.export", figure.Value, "2024-01..2024-04", 266.76e9, 1e7, "CNY"),
			[]string{"10^8", "¥266.76B"}},
		{"thousands read as millions (10^3)",
			fig("a", "a.txt", "goods.export", figure.Value, "2024", 25.4e15, 0.1e15, "CNY"),
			fig("b", "b.txt", "goods.export", figure.Value, "2024", 25.4e12, 0.1e12, "CNY"),
			[]string{"1,000 (10^3)"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o, err := p.Evaluate(context.Background(), []figure.Figure{tc.a, tc.b})
			if err != nil {
				t.Fatal(err)
			}
			var scale *Finding
			for i := range o.Findings {
				switch o.Findings[i].Rule {
				case "scale-error":
					scale = &o.Findings[i]
				case "cross-source-conflict":
					t.Errorf("conflict reported next to the scale error: %s", o.Findings[i].Message)
				}
			}
			if scale == nil {
				t.Fatalf("no scale finding: %+v", o.Findings)
			}
			for _, c := range tc.contains {
				if !strings.Contains(scale.Message, c) {
					t.Errorf("message lacks %q: %s", c, scale.Message)
				}
			}
		})
	}
}
