package serve

import (
	"strconv"
	"strings"
	"testing"

	"figcheck/figure"
)

func TestPlaceFigures(t *testing.T) {
	text := "Exports rose 5% to ¥1.03 trillion.\nImports rose 5% in April, and exports 5%.\n"
	tests := []struct {
		name     string
		figs     []figure.Figure
		want     []string // highlighted segments in order, as "quote@fig"
		unplaced []int
	}{
		{
			name: "exact positions",
			figs: []figure.Figure{{Line: 1, Col: 14, Quote: "5%"}, {Line: 1, Col: 20, Quote: "¥1.03 trillion"}},
			want: []string{"5%@0", "¥1.03 trillion@1"},
		},
		{
			name: "column in characters after a multibyte rune",
			figs: []figure.Figure{{Line: 1, Col: 21, Quote: "1.03 trillion"}},
			want: []string{"1.03 trillion@0"},
		},
		{
			name: "wrong column falls back to the nearest occurrence",
			figs: []figure.Figure{{Line: 2, Col: 30, Quote: "5%"}},
			want: []string{"5%@0"},
		},
		{
			name: "repeated quote takes occurrences in turn",
			figs: []figure.Figure{{Quote: "5%"}, {Quote: "5%"}, {Quote: "5%"}},
			want: []string{"5%@0", "5%@1", "5%@2"},
		},
		{
			name:     "quote not in text and empty quote are unplaced",
			figs:     []figure.Figure{{Line: 1, Col: 1, Quote: "42 tonnes"}, {Line: 1, Col: 1}},
			unplaced: []int{0, 1},
		},
		{
			name:     "overlapping figure is unplaced",
			figs:     []figure.Figure{{Line: 1, Col: 20, Quote: "¥1.03 trillion"}, {Line: 1, Col: 21, Quote: "1.03"}},
			want:     []string{"¥1.03 trillion@0"},
			unplaced: []int{1},
		},
		{
			name: "no position at all uses the first occurrence",
			figs: []figure.Figure{{Quote: "April"}},
			want: []string{"April@0"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			segs, unplaced := placeFigures(text, tt.figs)
			var joined strings.Builder
			var got []string
			for _, s := range segs {
				joined.WriteString(s.Text)
				if s.Fig >= 0 {
					got = append(got, s.Text+"@"+itoa(s.Fig))
				}
			}
			if joined.String() != text {
				t.Fatalf("segments do not rebuild the text:\n%q", joined.String())
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("highlighted %q, want %q", got, tt.want)
			}
			if itoas(unplaced) != itoas(tt.unplaced) {
				t.Errorf("unplaced %v, want %v", unplaced, tt.unplaced)
			}
		})
	}
	// The repeated-quote case must use three different occurrences.
	segs, _ := placeFigures(text, []figure.Figure{{Line: 1, Col: 14, Quote: "5%"}, {Line: 2, Col: 14, Quote: "5%"}, {Line: 2, Col: 40, Quote: "5%"}})
	n := 0
	for _, s := range segs {
		if s.Fig >= 0 {
			n++
		}
	}
	if n != 3 {
		t.Errorf("placed %d of 3 repeated quotes", n)
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

func itoas(xs []int) string {
	var b strings.Builder
	for _, x := range xs {
		b.WriteString(itoa(x) + ",")
	}
	return b.String()
}

// FuzzPlaceFigures checks that placing any figures in any text never panics,
// always rebuilds the text exactly, and highlights only the figures' quotes.
func FuzzPlaceFigures(f *testing.F) {
	f.Add("Exports rose 5% to ¥1.03 trillion.\nImports fell.", 1, 14, "5%", 2, 1, "fell")
	f.Add("", 0, 0, "", 1, 1, "x")
	f.Add("a\r\nb 12\n", 2, 3, "12", 2, 99, "b")
	f.Add("日本 3.5亿元 and 3.5", 1, 4, "3.5亿元", 1, 1, "3.5")
	f.Fuzz(func(t *testing.T, text string, l1, c1 int, q1 string, l2, c2 int, q2 string) {
		figs := []figure.Figure{{Line: l1, Col: c1, Quote: q1}, {Line: l2, Col: c2, Quote: q2}}
		segs, unplaced := placeFigures(text, figs)
		var b strings.Builder
		placed := 0
		for _, s := range segs {
			b.WriteString(s.Text)
			if s.Fig >= 0 {
				placed++
				if s.Text != figs[s.Fig].Quote {
					t.Fatalf("segment %q highlighted as figure %d with quote %q", s.Text, s.Fig, figs[s.Fig].Quote)
				}
			}
		}
		if b.String() != text {
			t.Fatalf("segments rebuild %q, want %q", b.String(), text)
		}
		if placed+len(unplaced) != len(figs) {
			t.Fatalf("placed %d + unplaced %d != %d figures", placed, len(unplaced), len(figs))
		}
		kept := 0
		for _, s := range tidySegments(segs) {
			if s.Fig >= 0 {
				kept++
			} else if s.Text == "" {
				t.Fatalf("tidySegments left an empty plain segment")
			}
		}
		if kept != placed {
			t.Fatalf("tidySegments kept %d of %d figures", kept, placed)
		}
	})
}

func TestTidySegments(t *testing.T) {
	tests := []struct {
		name string
		in   []segment
		want []segment
	}{
		{"blanked front matter", []segment{{Text: "   \n        \n\n# Title\n\nRose ", Fig: -1}, {Text: "5%", Fig: 0}, {Text: ".\n\n\n", Fig: -1}},
			[]segment{{Text: "# Title\n\nRose ", Fig: -1}, {Text: "5%", Fig: 0}, {Text: ".", Fig: -1}}},
		{"indent of the first line kept", []segment{{Text: "\n\n  quoted 5", Fig: -1}}, []segment{{Text: "  quoted 5", Fig: -1}}},
		{"blank runs collapse", []segment{{Text: "a\n\n \n\t\nb", Fig: -1}}, []segment{{Text: "a\n\nb", Fig: -1}}},
		{"figure first", []segment{{Text: "5%", Fig: 0}, {Text: " rise", Fig: -1}}, []segment{{Text: "5%", Fig: 0}, {Text: " rise", Fig: -1}}},
		{"only blank", []segment{{Text: "\n \n", Fig: -1}}, []segment{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tidySegments(tt.in)
			if len(got) != len(tt.want) {
				t.Fatalf("got %+v, want %+v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("got %+v, want %+v", got, tt.want)
				}
			}
		})
	}
}
