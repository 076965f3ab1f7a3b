package article

import (
	"testing"
	"time"
)

// TestStatementBoundaries: "million t" is tonnes, and a period after a
// semicolon belongs to the statement after it, not to the figures before.
func TestStatementBoundaries(t *testing.T) {
	text := "China customs: full-year 2024 commodity volumes\n" +
		"Published Tuesday 14 January 2025\n\n" +
		"Iron ore: 1.237 billion tonnes, +4.9%; December 110.45 million t, a monthly record.\n\n" +
		"Rare earths: export volumes rose 6% but their value fell 36.1% to 3.26 billion yuan as prices slumped; " +
		"Beijing added export controls on several heavy rare earths in 2025.\n"
	doc := read(t, "s.txt", text, time.Time{})
	want := map[string]struct {
		unit, period string
	}{
		"6%":                {"percent", "2024-01..2024-12"},
		"36.1%":             {"percent", "2024-01..2024-12"},
		"3.26 billion yuan": {"CNY", "2024-01..2024-12"},
		"+4.9%":             {"percent", "2024-01..2024-12"},
		"110.45 million t":  {"tonnes", "2024-12..2024-12"},
	}
	seen := map[string]bool{}
	for _, f := range doc.Figures {
		w, ok := want[f.Quote]
		if !ok {
			continue
		}
		seen[f.Quote] = true
		if got := f.Period.Start.String() + ".." + f.Period.End.String(); f.Unit != w.unit || got != w.period {
			t.Errorf("%q read as %s %s, want %s %s", f.Quote, f.Unit, got, w.unit, w.period)
		}
	}
	for q := range want {
		if !seen[q] {
			t.Errorf("%q not extracted; got %q", q, quotes(doc.Figures))
		}
	}
}
