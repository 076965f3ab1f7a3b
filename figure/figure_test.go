package figure

import (
	"encoding/json"
	"math"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b)) }

func TestIntervalAgreement(t *testing.T) {
	tests := []struct {
		name  string
		a, b  Interval
		agree bool
	}{
		{"1.03 trillion vs 1,030.4 billion", Rounded(1.03e12, 1e10), Rounded(1030.4e9, 1e8), true},
		{"1.03 trillion vs 1.13 trillion", Rounded(1.03e12, 1e10), Rounded(1.13e12, 1e10), false},
		{"touching ends agree", Interval{1, 2}, Interval{2, 3}, true},
		{"355.24B vs 354.24B", Rounded(355.24e9, 1e7), Rounded(354.24e9, 1e7), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.a.Overlaps(tc.b); got != tc.agree {
				t.Errorf("Overlaps = %v, want %v (%v vs %v)", got, tc.agree, tc.a, tc.b)
			}
			if tc.a.Overlaps(tc.b) != tc.b.Overlaps(tc.a) {
				t.Error("Overlaps is not symmetric")
			}
		})
	}
}

func TestIntervalArithmetic(t *testing.T) {
	a, b := Interval{1, 2}, Interval{10, 20}
	if got := a.Add(b); got != (Interval{11, 22}) {
		t.Errorf("Add = %v", got)
	}
	if got := b.Sub(a); got != (Interval{8, 19}) {
		t.Errorf("Sub = %v", got)
	}
	if got := a.Scale(-2); got != (Interval{-4, -2}) {
		t.Errorf("Scale(-2) = %v", got)
	}
	if got, ok := b.Div(a); !ok || got != (Interval{5, 20}) {
		t.Errorf("Div = %v %v", got, ok)
	}
	if _, ok := a.Div(Interval{-1, 1}); ok {
		t.Error("Div by an interval holding zero succeeded")
	}
	if g := a.Gap(b); g != 8 {
		t.Errorf("Gap = %v, want 8", g)
	}
	if w := (Interval{100, 100}).Widen(0.01); w != (Interval{99, 101}) {
		t.Errorf("Widen = %v", w)
	}
}

func TestWideningQualifiers(t *testing.T) {
	w := DefaultWidening()
	seven := Rounded(7e12, 1e12) // "more than 7 trillion": 6.5–7.5 trillion before the qualifier
	tests := []struct {
		q        string
		lo, hi   float64
		contains []float64
		excludes []float64
	}{
		{QualMoreThan, 6.5e12, 9e12, []float64{7.06e12}, []float64{9.5e12}},
		{QualNearly, 0.9e12, 1.005e12, []float64{0.992e12}, []float64{1.1e12}},
		{QualAbout, 0.95 * 1.025e12, 1.05 * 1.035e12, []float64{1.0e12}, []float64{1.2e12}},
	}
	for _, tc := range tests {
		t.Run(tc.q, func(t *testing.T) {
			base := seven
			switch tc.q {
			case QualNearly:
				base = Rounded(1e12, 1e10)
			case QualAbout:
				base = Rounded(1.03e12, 1e10)
			}
			got := w.Apply(base, tc.q)
			if tc.q == QualMoreThan && (!near(got.Low, tc.lo) || !near(got.High, tc.hi)) {
				t.Errorf("Apply = %v, want [%g, %g]", got, tc.lo, tc.hi)
			}
			for _, v := range tc.contains {
				if !got.Contains(v) {
					t.Errorf("%v does not contain %g", got, v)
				}
			}
			for _, v := range tc.excludes {
				if got.Contains(v) {
					t.Errorf("%v contains %g", got, v)
				}
			}
		})
	}
	if got := w.Apply(Interval{1, 2}, QualNone); got != (Interval{1, 2}) {
		t.Errorf("no qualifier changed the interval: %v", got)
	}
}

func TestPeriod(t *testing.T) {
	janApr := Period{MonthOf(2024, 1), MonthOf(2024, 4)}
	tests := []struct {
		name   string
		p      Period
		months int
		ytd    bool
		year   bool
		label  string
	}{
		{"jan-apr", janApr, 4, true, false, "January-April 2024"},
		{"april", MonthPeriod(MonthOf(2024, 4)), 1, false, false, "April 2024"},
		{"year", YearPeriod(2023), 12, true, true, "2023"},
		{"cross-year", Period{MonthOf(2023, 11), MonthOf(2024, 2)}, 4, false, false, "November 2023-February 2024"},
		{"unknown", Period{}, 0, false, false, "unknown period"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.p.Months() != tc.months || tc.p.IsYTD() != tc.ytd || tc.p.IsYear() != tc.year || tc.p.Label() != tc.label {
				t.Errorf("got months %d ytd %v year %v label %q", tc.p.Months(), tc.p.IsYTD(), tc.p.IsYear(), tc.p.Label())
			}
		})
	}
	if !YearPeriod(2024).Contains(janApr) || janApr.Contains(YearPeriod(2024)) {
		t.Error("Contains is wrong")
	}
}

func TestPeriodJSONRoundTrip(t *testing.T) {
	p := Period{MonthOf(2024, 1), MonthOf(2024, 4)}
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != `{"start":"2024-01","end":"2024-04"}` {
		t.Errorf("marshal = %s", b)
	}
	var q Period
	if err := json.Unmarshal(b, &q); err != nil || q != p {
		t.Errorf("round trip = %v, %v", q, err)
	}
	if err := json.Unmarshal([]byte(`{"start":"2024-13","end":""}`), &q); err == nil {
		t.Error("month 13 accepted")
	}
	b, _ = json.Marshal(Period{})
	if string(b) != `{"start":"","end":""}` {
		t.Errorf("unknown period marshals as %s", b)
	}
}

func TestMetricID(t *testing.T) {
	if got := MetricID("integrated_circuits", FlowExport); got != "integrated_circuits.export" {
		t.Errorf("MetricID = %q", got)
	}
	s, f := SplitMetric("integrated_circuits.export")
	if s != "integrated_circuits" || f != "export" {
		t.Errorf("SplitMetric = %q %q", s, f)
	}
	if MetricID("", FlowExport) != "" {
		t.Error("empty subject gave a metric")
	}
	if !IsCurrency("CNY") || IsCurrency("units") || IsCurrency("pp") {
		t.Error("IsCurrency is wrong")
	}
}

// FuzzParseMonth: no panics; whatever parses prints back to the same month.
func FuzzParseMonth(f *testing.F) {
	for _, s := range []string{"2024-04", "2024-4", "2024-04-15", "0-1", "9999-12", "2024-13", "abc", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseMonth(s)
		if err != nil || m.IsZero() {
			return
		}
		back, err := ParseMonth(m.String())
		if err != nil || back != m {
			t.Errorf("%q → %v → %q → %v (%v)", s, m, m.String(), back, err)
		}
	})
}
