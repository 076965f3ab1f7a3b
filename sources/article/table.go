package article

import (
	"sort"
	"strings"

	"figcheck/figure"
)

// tablePeriod handles pipe tables in text and markdown ("| Exports | $312.3
// billion | $3.24 trillion |" under "| Item | November | Jan-Nov |"): a figure
// in a column takes the period named in that column's header cell.
func (a *analysis) tablePeriod(pos int) (figure.Period, bool) {
	t := a.text
	if a.lines == nil {
		a.lines = newLineIndex(t)
		a.bars = make([]int, len(a.lines.start))
		for i := range a.bars {
			a.bars[i] = -1
		}
	}
	l := sort.Search(len(a.lines.start), func(i int) bool { return a.lines.start[i] > pos }) - 1
	ls := a.lines.start[l]
	if a.barsOf(l) < 2 {
		return figure.Period{}, false
	}
	col := strings.Count(t[ls:pos], "|")
	head := a.lines.start[a.tableHead(l)]
	if head == ls {
		return figure.Period{}, false // the figure is in the header row itself
	}
	he := strings.IndexByte(t[head:], '\n') + head
	// the header cell with the same number of bars before it
	cs, n := head, 0
	for i := head; i < he; i++ {
		if t[i] == '|' {
			n++
			if n == col {
				cs = i + 1
			} else if n == col+1 {
				return a.periodIn(cs, i)
			}
		}
	}
	if n == col {
		return a.periodIn(cs, he)
	}
	return figure.Period{}, false
}

// periodIn returns the first usable period expression inside [start, end).
func (a *analysis) periodIn(start, end int) (figure.Period, bool) {
	for i := a.perAt(start); i < len(a.pers) && a.pers[i].Start < end; i++ {
		p := a.pers[i]
		if p.End <= end && a.validPeriod(p) && !p.Period.IsZero() {
			return p.Period, true
		}
	}
	return figure.Period{}, false
}

// barsOf returns the number of '|' on line l, counted once.
func (a *analysis) barsOf(l int) int {
	if a.bars[l] < 0 {
		ls := a.lines.start[l]
		le := len(a.text)
		if l+1 < len(a.lines.start) {
			le = a.lines.start[l+1] - 1
		}
		a.bars[l] = strings.Count(a.text[ls:le], "|")
	}
	return a.bars[l]
}

// tableHead returns the first line of the table block that line l is in,
// remembering the answer for every line it walks over.
func (a *analysis) tableHead(l int) int {
	if a.heads == nil {
		a.heads = make([]int, len(a.lines.start))
		for i := range a.heads {
			a.heads[i] = -1
		}
	}
	var walked []int
	h := l
	for h > 0 && a.heads[h] < 0 && a.barsOf(h-1) >= 2 {
		walked = append(walked, h)
		h--
	}
	if a.heads[h] >= 0 {
		h = a.heads[h]
	}
	for _, w := range walked {
		a.heads[w] = h
	}
	a.heads[l] = h
	return h
}
