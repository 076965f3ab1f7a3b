package rules

import (
	"context"
	"testing"

	"figcheck/figure"
)

// TestCopiesCountOnce: a month larger than a year-to-date figure that three
// articles state identically is one finding, not three; a fourth article
// stating it differently is a comparison of its own. Identical copies of one
// figure are never paired with each other.
func TestCopiesCountOnce(t *testing.T) {
	ic := "integrated_circuits.export"
	figs := []figure.Figure{
		fig("m#1", "month.txt", ic, figure.Value, "2024-04", 400e9, 0.1e9, "CNY"),
		fig("a#1", "a.txt", ic, figure.Value, "2024-01..2024-04", 355.2e9, 0.1e9, "CNY"),
		fig("b#1", "b.txt", ic, figure.Value, "2024-01..2024-04", 355.2e9, 0.1e9, "CNY"),
		fig("c#1", "c.txt", ic, figure.Value, "2024-01..2024-04", 355.2e9, 0.1e9, "CNY"),
		fig("d#1", "d.txt", ic, figure.Value, "2024-01..2024-04", 356e9, 1e9, "CNY"),
	}
	o, err := load(t).Evaluate(context.Background(), figs)
	if err != nil {
		t.Fatal(err)
	}
	within, conflicts := 0, 0
	for _, f := range o.Findings {
		switch f.Rule {
		case "month-within-ytd":
			within++
		case "cross-source-conflict":
			conflicts++
			for _, id := range f.Figures {
				if id == "m#1" {
					t.Errorf("a month and a year-to-date figure compared as one fact: %s", f.Message)
				}
			}
		}
	}
	if within != 2 {
		t.Errorf("month-within-ytd findings = %d, want 2 (one per distinct year-to-date statement)", within)
	}
	for _, st := range o.Stats {
		if st.ID == "cross-source-conflict" && st.Ran+st.Errors > 3 {
			t.Errorf("cross-source-conflict ran on %d pairs, want at most 3 (copies a, b, c are not paired with each other)", st.Ran)
		}
	}
}
