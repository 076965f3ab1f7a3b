package periods

import (
	"os"
	"testing"
	"time"
)

func TestDebugFind(t *testing.T) {
	s := os.Getenv("PERIODS_DEBUG")
	if s == "" {
		t.Skip("set PERIODS_DEBUG")
	}
	ref, _ := time.Parse("2006-01-02", os.Getenv("PERIODS_REF"))
	for _, m := range Find(s, ref) {
		t.Logf("%q %v %s..%s kind=%v cum=%v rel=%v day=%v same=%v cmp=%v ana=%v", m.Text, m.Period, m.From.Format("2006-01-02"), m.To.Format("2006-01-02"), m.Kind, m.Cumulative, m.Relative, m.Day, m.SamePeriod, m.Comparison, m.Anaphoric)
	}
}
