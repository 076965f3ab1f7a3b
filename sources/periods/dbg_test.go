package periods

import (
	"os"
	"testing"
	"time"
)

// TestDebugFind prints Find's mentions of $PERIODS_DEBUG read on
// $PERIODS_REF (YYYY-MM-DD); it is a development aid and skips otherwise:
//
//	PERIODS_REF=2024-05-10 PERIODS_DEBUG="in the first four months" go test -run DebugFind -v
func TestDebugFind(t *testing.T) {
	s := os.Getenv("PERIODS_DEBUG")
	if s == "" {
		t.Skip("set PERIODS_DEBUG (and PERIODS_REF) to print Find's mentions")
	}
	var ref time.Time
	if r := os.Getenv("PERIODS_REF"); r != "" {
		var err error
		if ref, err = time.Parse("2006-01-02", r); err != nil {
			t.Fatalf("PERIODS_REF: %v", err)
		}
	}
	for _, m := range Find(s, ref) {
		t.Logf("%s  days %s..%s", render(m), m.From.Format("2006-01-02"), m.To.Format("2006-01-02"))
	}
}
