package serve

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"figcheck/figure"
)

// span is where one figure's quote sits in an article's text (byte offsets).
type span struct {
	start, end int
	fig        int // index into the figures given to placeFigures
}

// segment is a run of article text, either plain or one highlighted figure.
type segment struct {
	Text string
	// Fig is the index of the figure (into the figures given to placeFigures),
	// or -1 for plain text.
	Fig int
}

// placeFigures finds each figure's quote in text and cuts the text into
// segments that alternate plain text and figures. A figure's line and column
// (1-based, column in characters) are tried first; when the quote is not
// there (readers that normalise the text, HTML reduced to plain text) the
// occurrence of the quote nearest to that position is used. Figures whose
// quote cannot be found, or that overlap a figure placed earlier, are
// returned as unplaced so that the page can still list them.
func placeFigures(text string, figs []figure.Figure) (segs []segment, unplaced []int) {
	lines := lineStarts(text)
	taken := make([]span, 0, len(figs))
	overlaps := func(s, e int) bool {
		for _, t := range taken {
			if s < t.end && t.start < e {
				return true
			}
		}
		return false
	}
	order := make([]int, len(figs))
	for i := range order {
		order[i] = i
	}
	// Place figures in reading order so that a repeated quote ("5%") is
	// matched to occurrences in turn.
	sort.SliceStable(order, func(a, b int) bool {
		fa, fb := figs[order[a]], figs[order[b]]
		if fa.Line != fb.Line {
			return fa.Line < fb.Line
		}
		return fa.Col < fb.Col
	})
	for _, i := range order {
		f := figs[i]
		q := f.Quote
		if q == "" {
			unplaced = append(unplaced, i)
			continue
		}
		want := offsetOf(text, lines, f.Line, f.Col)
		start := -1
		if want >= 0 && strings.HasPrefix(text[want:], q) && !overlaps(want, want+len(q)) {
			start = want
		} else {
			start = nearest(text, q, want, overlaps)
		}
		if start < 0 {
			unplaced = append(unplaced, i)
			continue
		}
		taken = append(taken, span{start: start, end: start + len(q), fig: i})
	}
	sort.Slice(taken, func(a, b int) bool { return taken[a].start < taken[b].start })
	pos := 0
	for _, t := range taken {
		if t.start > pos {
			segs = append(segs, segment{Text: text[pos:t.start], Fig: -1})
		}
		segs = append(segs, segment{Text: text[t.start:t.end], Fig: t.fig})
		pos = t.end
	}
	if pos < len(text) {
		segs = append(segs, segment{Text: text[pos:], Fig: -1})
	}
	sort.Ints(unplaced)
	return segs, unplaced
}

// lineStarts returns the byte offset at which each line begins.
func lineStarts(text string) []int {
	starts := []int{0}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// offsetOf converts a 1-based line and character column to a byte offset,
// or -1 when the position is outside the text.
func offsetOf(text string, lines []int, line, col int) int {
	if line < 1 || line > len(lines) || col < 1 {
		return -1
	}
	off := lines[line-1]
	for c := 1; c < col; c++ {
		if off >= len(text) || text[off] == '\n' {
			return -1
		}
		_, n := utf8.DecodeRuneInString(text[off:])
		off += n
	}
	if off > len(text) {
		return -1
	}
	return off
}

// nearest returns the start of the free occurrence of q closest to want (or
// the first free one when want is -1), or -1.
func nearest(text, q string, want int, overlaps func(s, e int) bool) int {
	best, bestDist := -1, 0
	for from := 0; from <= len(text)-len(q); {
		i := strings.Index(text[from:], q)
		if i < 0 {
			break
		}
		s := from + i
		if !overlaps(s, s+len(q)) {
			if want < 0 {
				return s
			}
			d := s - want
			if d < 0 {
				d = -d
			}
			if best < 0 || d < bestDist {
				best, bestDist = s, d
			}
		}
		_, n := utf8.DecodeRuneInString(text[s:])
		from = s + n
	}
	return best
}

// blankRun is two or more blank lines (lines holding at most spaces and tabs).
var blankRun = regexp.MustCompile(`\n[ \t]*\n(?:[ \t]*\n)+`)

// tidySegments tidies the plain text between figures for display: blank
// lines before the first line and after the last are dropped (a reader may
// blank out front matter to keep line numbers), and runs of blank lines
// become one. Figures are never touched.
func tidySegments(segs []segment) []segment {
	out := make([]segment, 0, len(segs))
	for i, sg := range segs {
		if sg.Fig >= 0 {
			out = append(out, sg)
			continue
		}
		t := blankRun.ReplaceAllString(sg.Text, "\n\n")
		if i == 0 {
			// Drop whole leading lines that hold only white space.
			trimmed := strings.TrimLeft(t, " \t\r\n")
			if nl := strings.LastIndexByte(t[:len(t)-len(trimmed)], '\n'); nl >= 0 {
				t = t[nl+1:]
			}
			if len(segs) > 1 && strings.TrimSpace(t) == "" {
				t = strings.TrimLeft(t, "\r\n")
			}
		}
		if i == len(segs)-1 {
			t = strings.TrimRight(t, " \t\r\n")
		}
		if t != "" {
			out = append(out, segment{Text: t, Fig: -1})
		}
	}
	return out
}
