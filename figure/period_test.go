package figure

import (
	"fmt"
	"testing"
)

func TestMonthStringMatchesSprintf(t *testing.T) {
	for y := -2; y <= 10001; y += 37 {
		for n := 1; n <= 12; n++ {
			m := MonthOf(y, n)
			want := fmt.Sprintf("%04d-%02d", m.Year(), m.Num())
			if m.IsZero() {
				want = ""
			}
			if got := m.String(); got != want {
				t.Fatalf("MonthOf(%d, %d).String() = %q, want %q", y, n, got, want)
			}
		}
	}
}
