package sheet

import (
	"strconv"
	"strings"
	"testing"
)

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
	f.Fuzz(func(t *testing.T, s string) {
		checkScan(t, s)
		if n, ok := parseNumber(s); ok {
			checkDecimal64(t, n, 1e4)
		}
	})
}

// TestDecimal64MatchesDecimal checks the int64 fast path against big.Int.
func TestDecimal64MatchesDecimal(t *testing.T) {
	for _, s := range append(numScanSeeds, "0.000", "-12.5", "(3.2)", "12345678901234567", "123456789012345678",
		"000000000000000000001", "1.2e+05", "-4e-3", "99999999999999999.9") {
		n, ok := parseNumber(s)
		if !ok {
			continue
		}
		for _, scale := range []float64{1, 1e4, 1e-3, 3} {
			checkDecimal64(t, n, scale)
		}
	}
}

func checkDecimal64(t *testing.T, n cellNumber, scale float64) {
	t.Helper()
	i, p, ok := n.decimal64(scale)
	if !ok {
		return
	}
	m, p2, ok2 := n.decimal(scale)
	if !ok2 || !m.IsInt64() || m.Int64() != i || p != p2 {
		t.Errorf("%q ×%g: decimal64 = %d e%d, decimal = %v e%d (%v)", n.Digits, scale, i, p, m, p2, ok2)
	}
}

// TestBoundsOfExact checks the float fast path of boundsOf against ParseFloat.
func TestBoundsOfExact(t *testing.T) {
	for _, i := range []int64{0, 1, -1, 7, 241054, -31, 123456789012345, 900719925474098, -900719925474098, 999999999999999} {
		for p := -23; p <= 23; p++ {
			checkBoundsOf(t, i, p)
		}
	}
}

func checkBoundsOf(t *testing.T, i int64, p int) {
	t.Helper()
	v, lo, hi, ok := boundsOf(i, p)
	parse := func(m int64, e int) float64 {
		f, _ := strconv.ParseFloat(strconv.FormatInt(m, 10)+"e"+strconv.Itoa(e), 64)
		return f
	}
	if !ok {
		return
	}
	if w := parse(i, p); v != w {
		t.Errorf("boundsOf(%d, %d) value %v, want %v", i, p, v, w)
	}
	if w := parse(i*10-5, p-1); lo != w {
		t.Errorf("boundsOf(%d, %d) low %v, want %v", i, p, lo, w)
	}
	if w := parse(i*10+5, p-1); hi != w {
		t.Errorf("boundsOf(%d, %d) high %v, want %v", i, p, hi, w)
	}
}

// FuzzBoundsOf compares boundsOf with decimal strings parsed by ParseFloat.
func FuzzBoundsOf(f *testing.F) {
	f.Add(int64(241054), 3)
	f.Add(int64(-31), -1)
	f.Fuzz(func(t *testing.T, i int64, p int) {
		if i > 1e16 || i < -1e16 || p < -400 || p > 400 {
			return
		}
		checkBoundsOf(t, i, p)
	})
}

// checkPlain compares plainNumber, where it takes a text, with the general reader.
func checkPlain(t *testing.T, s string) {
	t.Helper()
	got, ok := plainNumber(s)
	if !ok {
		return
	}
	want, wantOK := parseNumberText(s)
	if !wantOK || got != want {
		t.Fatalf("plainNumber(%q) = %+v; parseNumberText gives %+v, %v", s, got, want, wantOK)
	}
}

func TestPlainNumber(t *testing.T) {
	for _, s := range append(numScanSeeds, "0", "-0", "007", "12.50", "-1,234.5", "1,234,567", "12,34", "1,2345", ",123",
		"1,234,", "-", ".5", "12.", "1e5", "123456789012345678901234567890", "1234567890123456789012345678901", "9,999.999",
		"1.7976931348623159e308", "17976931348623159"+strings.Repeat("0", 292), "-,123", "0,123.4") {
		checkPlain(t, s)
	}
	for _, c := range []struct {
		s    string
		take bool
	}{{"-24105.4", true}, {"6,027.1", true}, {" 12", false}, {"12%", false}, {"(12)", false}, {"12.", false}, {"1,23", false}} {
		if _, ok := plainNumber(c.s); ok != c.take {
			t.Errorf("plainNumber(%q) took it: %v, want %v", c.s, ok, c.take)
		}
	}
}

// FuzzPlainNumber compares plainNumber with the general reader.
func FuzzPlainNumber(f *testing.F) {
	for _, s := range append(numScanSeeds, "-1,234.5", "007", "0.000") {
		f.Add(s)
	}
	f.Fuzz(checkPlain)
}
