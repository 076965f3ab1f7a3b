package article

import (
	"context"
	"strings"
	"testing"
	"time"

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

// TestSegmentedDateLines: by-lines cut into segments by full-width bars or
// middle dots, with markdown emphasis and any "... date:" label.
func TestSegmentedDateLines(t *testing.T) {
	g, err := glossary.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	opts := sources.Options{Glossary: g, Widening: figure.DefaultWidening()}
	for line, want := range map[string]string{
		"**财新数据 Caixin Data** ｜ 发布时间：2025-04-14 18:05 ｜ 来源：海关总署":               "2025-04-14",
		"*Issue 38 · Edition date: Tuesday 14 October 2025 · for subscribers*": "2025-10-14",
		"Asia Desk | Last revised: Wed, 9 Jul 2025":                            "2025-07-09",
	} {
		text := "# Trade notes\n\n" + line + "\n\nExports rose 8.3% last month to $328.6 billion.\n"
		doc, err := Reader{}.Read(context.Background(), strings.NewReader(text), "seg.md", opts)
		if err != nil {
			t.Fatal(err)
		}
		if got := doc.Published.Format("2006-01-02"); got != want {
			t.Errorf("%q: published %s, want %s", line, got, want)
		}
	}
}

// TestComparisonLabels: "up 2.1% on August" is a base, not the figure's
// month, and "(August: +4.4%)" labels what follows it, not the figure before.
func TestComparisonLabels(t *testing.T) {
	text := "Published: 2025-10-14\n\n" +
		"- **Exports:** $328.6bn in September, **+8.3% y/y** (August: +4.4%). Up 2.1% on August.\n" +
		"- **Imports:** $238.1bn, **+7.4% y/y**; +8.5% m/m.\n"
	doc := read(t, "labels.md", text, time.Time{})
	want := map[string]string{"+8.3%": "2025-09", "+4.4%": "2025-08", "2.1%": "2025-09", "$238.1bn": "2025-09", "+7.4%": "2025-09"}
	for _, f := range doc.Figures {
		if w, ok := want[f.Quote]; ok {
			delete(want, f.Quote)
			if got := f.Period.Start.String(); got != w || !f.Period.IsMonth() {
				t.Errorf("%q dated %s..%s, want %s", f.Quote, f.Period.Start, f.Period.End, w)
			}
		}
	}
	for q := range want {
		t.Errorf("%q not extracted; got %q", q, quotes(doc.Figures))
	}
}
