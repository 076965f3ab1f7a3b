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
	wantPeriods(t, doc.Figures, map[string]string{"+8.3%": "2025-09..2025-09", "+4.4%": "2025-08..2025-08",
		"2.1%": "2025-09..2025-09", "$238.1bn": "2025-09..2025-09", "+7.4%": "2025-09..2025-09"})
}

// TestMoreDateLines: a date closing a bulletin's header line, a page address
// with the date in its path, a Chinese dateline without a year whose year the
// page footer gives, and a story with "this year" in its lead in April.
func TestMoreDateLines(t *testing.T) {
	g, err := glossary.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	opts := sources.Options{Glossary: g, Widening: figure.DefaultWidening()}
	tests := []struct{ text, want string }{
		{"STATISTICAL BULLETIN                         No. 2 (2025)\nDepartment of Statistics            Beijing, 07.03.2025\n\nExports rose 2.3% in January-February.\n", "2025-03-07"},
		{"https://example.com/asia/2025/03/07/asean-china-trade-holds-up\n\nASEAN-China trade holds up\n\nExports rose 5.6% in the first two months.\n", "2025-03-07"},
		{"2024年我国货物贸易进出口规模再创新高\n\n新华社北京1月13日电（记者 李明）2024年我国货物贸易进出口总值43.85万亿元。\n\n新华网版权所有　　2025-01-13 14:22:07\n", "2025-01-13"},
	}
	for _, tc := range tests {
		doc, err := Reader{}.Read(context.Background(), strings.NewReader(tc.text), "d.txt", opts)
		if err != nil {
			t.Fatal(err)
		}
		if got := doc.Published.Format("2006-01-02"); got != tc.want {
			t.Errorf("%.40q: published %s, want %s", tc.text, got, tc.want)
		}
	}
	doc := read(t, "q1.md", "Updated: 2025-04-14\n\nChina's foreign trade got off to a steady start this year, with goods trade rising 1.3 percent to 10.3 trillion yuan in the first quarter.\n\n"+
		"Exports grew 6.9 percent to 6.13 trillion yuan, while imports fell 6 percent.\n", time.Time{})
	for _, f := range doc.Figures {
		if f.Quote == "6.13 trillion yuan" && f.Period.String() != (figure.Period{Start: figure.MonthOf(2025, 1), End: figure.MonthOf(2025, 3)}).String() {
			t.Errorf("%q dated %v, want the first quarter: a year not yet over is not the story's period", f.Quote, f.Period)
		}
	}
}

// TestForwardWeekdayIgnored: a weekday ahead ("talks due to start on
// Tuesday") does not move a yearless dateline a year on.
func TestForwardWeekdayIgnored(t *testing.T) {
	text := "BEIJING, Oct 13 (Reuters) - China's exports grew 8.3% in September from a year earlier, " +
		"ahead of trade talks due to start on Tuesday. Imports rose at the fastest pace since April 2024.\n"
	doc := read(t, "fwd.txt", text, time.Time{})
	if got := doc.Published.Format("2006-01-02"); got != "2024-10-13" {
		t.Errorf("published %s, want 2024-10-13 (the latest year named; the weekday is not the release's)", got)
	}
}

// TestStatedDayFirstAndFinancialYears: a note that says its dates are written
// day/month/year is dated day first, and in an Australian note "2023-24" is
// the financial year from July.
func TestStatedDayFirstAndFinancialYears(t *testing.T) {
	text := "# Resources trade note\n\n**Released 4/02/2025** · Office of the Chief Economist\n\n" +
		"> Dates in this note are written day/month/year. Values are in Australian dollars (A$).\n\n" +
		"China took A$124.8 billion of Australian iron ore in the financial year 2023-24, and A$118.2 billion in 2022-23.\n"
	doc := read(t, "au.md", text, time.Time{})
	if got := doc.Published.Format("2006-01-02"); got != "2025-02-04" {
		t.Errorf("published %s, want 2025-02-04", got)
	}
	want := map[string]string{"A$124.8 billion": "2023-07..2024-06", "A$118.2 billion": "2022-07..2023-06"}
	wantPeriods(t, doc.Figures, want)
}
