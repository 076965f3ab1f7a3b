package article

import (
	"context"
	"strings"
	"testing"

	"figcheck/figure"
	"figcheck/sources"
	"figcheck/sources/glossary"
)

// TestYearlessDatelineWeekday: a wire dateline without a year ("SHANGHAI,
// Oct 13 (Reuters) -") takes the year, of the latest one named and the next,
// on which its day falls on the weekday the lead names.
func TestYearlessDatelineWeekday(t *testing.T) {
	g, err := glossary.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	opts := sources.Options{Glossary: g, Widening: figure.DefaultWidening()}
	tests := []struct {
		weekday, want string
	}{
		{"Monday", "2025-10-13"}, // 13 October 2025 was a Monday
		{"Sunday", "2024-10-13"}, // and 13 October 2024 a Sunday
		{"Friday", "2024-10-13"}, // neither: the latest year named
	}
	for _, tc := range tests {
		t.Run(tc.weekday, func(t *testing.T) {
			text := "SHANGHAI, Oct 13 (Reuters) - China's exports rose 8.3% in September, customs data showed on " +
				tc.weekday + ", while imports grew at the fastest pace since April 2024.\n"
			doc, err := Reader{}.Read(context.Background(), strings.NewReader(text), "wire.txt", opts)
			if err != nil {
				t.Fatal(err)
			}
			if got := doc.Published.Format("2006-01-02"); got != tc.want {
				t.Errorf("published %s, want %s", got, tc.want)
			}
		})
	}
}
