package numbers

import "testing"

// TestLineBreakInsideAmount: text pasted from a PDF breaks lines inside an
// amount; one line break (with indentation) still joins the number to its
// scale and currency, a blank line does not.
func TestLineBreakInsideAmount(t *testing.T) {
	tests := []struct {
		text  string
		value float64
		unit  string
		quote string
	}{
		{"exports of 3.88\ntrillion yuan", 3.88e12, "CNY", "3.88\ntrillion yuan"},
		{"rose to 2.33 trillion\n   yuan, up", 2.33e12, "CNY", "2.33 trillion\n   yuan"},
		{"a surplus of 145.5\r\n   billion yuan", 145.5e9, "CNY", "145.5\r\n   billion yuan"},
		{"worth 3.88\n\ntrillion yuan", 3.88, "", "3.88"},
	}
	for _, tc := range tests {
		ms := Scan(tc.text)
		if len(ms) == 0 {
			t.Errorf("%q: nothing found", tc.text)
			continue
		}
		m := ms[0]
		if m.Value != tc.value || m.Unit != tc.unit || m.Text != tc.quote {
			t.Errorf("%q: got %g %q %q, want %g %q %q", tc.text, m.Value, m.Unit, m.Text, tc.value, tc.unit, tc.quote)
		}
	}
}
