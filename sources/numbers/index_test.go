package numbers

import "testing"

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
