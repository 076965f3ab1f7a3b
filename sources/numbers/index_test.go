package numbers

import (
	"math"
	"strings"
	"testing"
)

// TestIndexes checks that the lookup tables used for speed agree with the
// word lists they are built from.
func TestIndexes(t *testing.T) {
	for w := range starters {
		if !maybeStarter(w) {
			t.Errorf("maybeStarter(%q) = false for a starter", w)
		}
	}
	for _, w := range []string{"the", "and", "of", "to", "in", "exports"} {
		if maybeStarter(w) {
			t.Errorf("maybeStarter(%q) = true", w)
		}
	}
	for _, w := range scaleWords {
		if got, ok := scaleIndex[w.text]; !ok || got != w {
			t.Errorf("scaleIndex[%q] = %+v, want %+v", w.text, got, w)
		}
	}
	n := 0
	for _, ws := range currencyWordsByFirst {
		n += len(ws)
	}
	if n != len(currencyWords) {
		t.Errorf("currencyWordsByFirst holds %d words, want %d", n, len(currencyWords))
	}
}

func TestFastMath(t *testing.T) {
	for n := -400; n <= 400; n++ {
		if got, want := pow10(n), math.Pow(10, float64(n)); got != want && !(math.IsNaN(got) && math.IsNaN(want)) {
			t.Errorf("pow10(%d) = %g, want %g", n, got, want)
		}
	}
	for _, x := range []float64{0, 1, 0.1, 1e7, 3e-5, 0.30000000000000004, 1e100, -2, 1e-300} {
		if got, want := roundStep(x), computeStep(x); got != want {
			t.Errorf("roundStep(%g) = %g, want %g", x, got, want)
		}
	}
	for i := 0; i < 256; i++ {
		if got, want := lowerASCII(string(rune(i))), strings.ToLower(string(rune(i))); i < 128 && got != want {
			t.Errorf("lowerASCII(%q) = %q, want %q", rune(i), got, want)
		}
	}
}

func TestScaleMask(t *testing.T) {
	for _, w := range scaleWords {
		low := strings.ToLower(w.text)
		if got, ok := lookupScale(w.text, low, 0, len(w.text)); !ok || got != w {
			t.Errorf("lookupScale(%q) = %+v %v, want %+v", w.text, got, ok, w)
		}
	}
}
