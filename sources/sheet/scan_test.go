package sheet

import "testing"

// numScanSeeds are texts where scanNumber must agree with numRe.
var numScanSeeds = []string{
	"", "1", "-1", "+", "-", "1,234", "1,234,567.89", "1234,567", "12,34", "1,2345", "1,234,", ",123",
	"24,105.4", ".5", "5.", ".", "1e3", "1e+05", "1e-123", "1e1234", "1e", "1e+", "1.2e-3x", "0001",
	"1,234.5e2", "1234,5", "+1,000", "-,1", "1.2.3", "2024-04", "1/2", "12万", "$4.1bn", "1,000,00",
}

// TestScanNumberMatchesRegexp checks that the hand-written scanner reads the
// same groups as the regexp it replaces.
func TestScanNumberMatchesRegexp(t *testing.T) {
	for _, s := range numScanSeeds {
		t.Run(s, func(t *testing.T) { checkScan(t, s) })
	}
}

func checkScan(t *testing.T, s string) {
	t.Helper()
	m := numRe.FindStringSubmatchIndex(s)
	if m == nil {
		t.Fatalf("numRe did not match %q", s)
	}
	group := func(i int) string {
		if m[2*i] < 0 {
			return ""
		}
		return s[m[2*i]:m[2*i+1]]
	}
	want := numMatch{sign: group(1), intPart: group(2), frac: group(3), exp: group(4), end: m[1]}
	if got := scanNumber(s); got != want {
		t.Errorf("scanNumber(%q) = %+v, want %+v", s, got, want)
	}
}

// FuzzScanNumber compares scanNumber with numRe on arbitrary text.
func FuzzScanNumber(f *testing.F) {
	for _, s := range numScanSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkScan(t, s) })
}
