package serve

import (
	"fmt"
	"math"
	"path"
	"sort"
	"strconv"
	"strings"

	"figcheck/figure"
	"figcheck/pipeline"
	"figcheck/rules"
)

// Verdicts colour a figure in the article: the worst finding it is part of.
const (
	verdictNone    = "none"
	verdictInfo    = "info"
	verdictWarning = "warning"
	verdictError   = "error"
)

// resultView is one run laid out for the page template.
type resultView struct {
	ID       string
	Summary  pipeline.Summary
	Articles []articleView
	Sources  []pipeline.SourceStatus
	Failed   []pipeline.SourceStatus
	Findings []findingView
	// Figures has a detail panel for every figure shown in an article.
	Figures  []figureView
	NFigures int
	// SheetFigures counts figures read from sheets (reference and uploaded).
	SheetFigures int
}

// articleView is one article with its figures highlighted.
type articleView struct {
	Path     string
	Error    string
	Warnings []string
	Segments []segmentView
	// Unplaced are figures read from the article whose quote could not be
	// found in the displayed text; they are listed under it.
	Unplaced []figLink
	Figures  int
}

// segmentView is plain text (Fig nil) or one highlighted figure.
type segmentView struct {
	Text string
	Fig  *figLink
}

// figLink points at a figure's detail panel.
type figLink struct {
	DOM     string // element id of the detail panel ("f12")
	Verdict string
	Quote   string
	Title   string // tooltip
}

// figureView is the detail panel of one figure: how it was read and the
// findings it is part of.
type figureView struct {
	DOM      string
	Verdict  string
	Fig      figure.Figure
	Value    string
	Interval string
	Unit     string
	Period   string
	Measure  string
	Location string
	Findings []int // indices into resultView.Findings
	// Related lists the detail panels of the other article figures that
	// share a finding with this one (space separated).
	Related string
}

// findingView is one finding with its arithmetic and the figures it compares.
type findingView struct {
	DOM        string // element id ("k3")
	Index      int
	F          rules.Finding
	Expected   string
	Actual     string
	Difference string
	Tolerance  string
	Period     string
	Figures    []figureRow
	// FigDOMs lists the detail panels of the article figures involved
	// (space separated), so the page can mark them together.
	FigDOMs string
}

// figureRow is one figure inside a finding: where it comes from and what it says.
type figureRow struct {
	Role     string // "claim" or "reference"
	Location string
	Kind     string
	Quote    string
	Value    string
	Period   string
	Context  string
	DOM      string // detail panel when the figure is shown in an article
	Missing  bool   // the finding names a figure the run does not hold
	ID       string
}

// buildView lays out res for the page. Articles are shown from the text their
// reader extracted; originals (an article's input name → the text submitted,
// for pasted text and .txt/.md uploads) stand in when a reader failed.
func buildView(id string, res *pipeline.Result, originals map[string]string) *resultView {
	v := &resultView{ID: id, Summary: res.Summary, Sources: res.Sources, NFigures: len(res.Figures)}
	byID := make(map[string]int, len(res.Figures))
	for i, f := range res.Figures {
		if _, dup := byID[f.ID]; !dup {
			byID[f.ID] = i
		}
		if f.Kind == figure.KindSheet {
			v.SheetFigures++
		}
	}
	for _, s := range res.Sources {
		if s.Error != "" {
			v.Failed = append(v.Failed, s)
		}
	}

	// Worst verdict and findings per figure.
	verdict := make(map[int]string)
	findingsOf := make(map[int][]int)
	order := make([]int, len(res.Findings))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		return res.Findings[order[a]].Severity.Rank() > res.Findings[order[b]].Severity.Rank()
	})
	for k, fi := range order {
		f := res.Findings[fi]
		for _, fid := range f.Figures {
			i, ok := byID[fid]
			if !ok {
				continue
			}
			findingsOf[i] = appendOnce(findingsOf[i], k)
			if rank(verdict[i]) < f.Severity.Rank() {
				verdict[i] = string(f.Severity)
			}
		}
	}

	// Articles, with a detail panel for every figure shown.
	figsBySource := make(map[string][]int)
	for i, f := range res.Figures {
		figsBySource[f.Source] = append(figsBySource[f.Source], i)
	}
	panel := make(map[int]string) // figure index → DOM id
	for _, s := range res.Sources {
		if s.Kind != figure.KindArticle {
			continue
		}
		av := articleView{Path: s.Path, Error: s.Error, Warnings: s.Warnings, Figures: s.Figures}
		// Figures' line and column refer to the text the reader extracted;
		// the submitted text is shown only when the reader produced none.
		text := s.Text
		if text == "" {
			text = originals[s.Path]
		}
		idx := figsBySource[s.Path]
		figs := make([]figure.Figure, len(idx))
		for j, i := range idx {
			figs[j] = res.Figures[i]
		}
		segs, unplaced := placeFigures(text, figs)
		segs = tidySegments(segs)
		link := func(j int) *figLink {
			i := idx[j]
			dom, ok := panel[i]
			if !ok {
				dom = "f" + strconv.Itoa(len(v.Figures))
				panel[i] = dom
				v.Figures = append(v.Figures, figureDetail(dom, res.Figures[i], verdictOf(verdict[i]), findingsOf[i]))
			}
			fv := verdictOf(verdict[i])
			title := "no finding"
			if n := len(findingsOf[i]); n > 0 {
				title = fmt.Sprintf("%s: %d finding", fv, n)
				if n > 1 {
					title += "s"
				}
			}
			return &figLink{DOM: dom, Verdict: fv, Quote: res.Figures[i].Quote, Title: title}
		}
		for _, sg := range segs {
			sv := segmentView{Text: sg.Text}
			if sg.Fig >= 0 {
				sv.Fig = link(sg.Fig)
			}
			av.Segments = append(av.Segments, sv)
		}
		for _, j := range unplaced {
			av.Unplaced = append(av.Unplaced, *link(j))
		}
		v.Articles = append(v.Articles, av)
	}

	// Findings, worst first, each with the figures it compares.
	for k, fi := range order {
		f := res.Findings[fi]
		fv := findingView{DOM: "k" + strconv.Itoa(k), Index: k, F: f, Period: f.Period.Label()}
		if f.Period.IsZero() {
			fv.Period = ""
		}
		if f.Expected != nil {
			fv.Expected = boundText(*f.Expected)
		}
		if f.Actual != nil {
			fv.Actual = boundText(*f.Actual)
		}
		if f.Difference != 0 || f.DiffPct != 0 {
			unit := ""
			if f.Actual != nil {
				unit = f.Actual.Unit
			}
			fv.Difference = amount(f.Difference, unit)
			if f.DiffPct != 0 && !math.IsInf(f.DiffPct, 0) && !math.IsNaN(f.DiffPct) {
				fv.Difference += fmt.Sprintf(" (%s%%)", trimFloat(f.DiffPct, 2))
			}
		}
		if f.Tolerance > 0 {
			fv.Tolerance = trimFloat(f.Tolerance*100, 3) + "%"
		}
		var doms []string
		for n, fid := range f.Figures {
			row := figureRow{Role: "reference", ID: fid}
			if n == 0 {
				row.Role = "claim"
			}
			i, ok := byID[fid]
			if !ok {
				row.Missing = true
				row.Location = fid
				fv.Figures = append(fv.Figures, row)
				continue
			}
			g := res.Figures[i]
			row.Location, row.Kind, row.Quote, row.Context = g.Location(), string(g.Kind), g.Quote, g.Context
			row.Value = valueText(g)
			if !g.Period.IsZero() {
				row.Period = g.Period.Label()
			}
			if dom, ok := panel[i]; ok {
				row.DOM = dom
				doms = append(doms, dom)
			}
			fv.Figures = append(fv.Figures, row)
		}
		fv.FigDOMs = strings.Join(doms, " ")
		v.Findings = append(v.Findings, fv)
	}
	for i := range v.Figures {
		var rel []string
		seen := map[string]bool{v.Figures[i].DOM: true}
		for _, k := range v.Figures[i].Findings {
			for _, d := range strings.Fields(v.Findings[k].FigDOMs) {
				if !seen[d] {
					seen[d] = true
					rel = append(rel, d)
				}
			}
		}
		v.Figures[i].Related = strings.Join(rel, " ")
	}
	return v
}

func appendOnce(xs []int, x int) []int {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

func rank(verdict string) int { return rules.Severity(verdict).Rank() }

// verdictOf maps a severity (or "") to the colour class of a figure.
func verdictOf(sev string) string {
	switch rules.Severity(sev) {
	case rules.SevError:
		return verdictError
	case rules.SevWarning:
		return verdictWarning
	case rules.SevInfo:
		return verdictInfo
	}
	return verdictNone
}

// figureDetail describes how a figure was read.
func figureDetail(dom string, f figure.Figure, verdict string, findings []int) figureView {
	fv := figureView{DOM: dom, Verdict: verdict, Fig: f, Value: valueText(f), Unit: f.Unit,
		Location: f.Location(), Findings: findings}
	fv.Interval = intervalText(f.Low, f.High, f.Unit)
	if !f.Period.IsZero() {
		fv.Period = f.Period.Label() + " (" + f.Period.String() + ")"
	}
	fv.Measure = string(f.Measure)
	if f.Measure == figure.Growth && (f.Basis != "" || f.Of != "") {
		var parts []string
		if f.Basis != "" {
			parts = append(parts, f.Basis)
		}
		if f.Of != "" {
			parts = append(parts, "of "+f.Of)
		}
		fv.Measure += " (" + strings.Join(parts, ", ") + ")"
	}
	return fv
}

// valueText renders a figure's value with its qualifier ("more than ¥7 trillion").
func valueText(f figure.Figure) string {
	s := amount(f.Value, f.Unit)
	switch f.Qualifier {
	case figure.QualMoreThan:
		s = "more than " + s
	case figure.QualAtLeast:
		s = "at least " + s
	case figure.QualLessThan:
		s = "less than " + s
	case figure.QualNearly:
		s = "nearly " + s
	case figure.QualAbout:
		s = "about " + s
	}
	return s
}

// boundText renders an expected or actual interval.
func boundText(b rules.Bound) string { return intervalText(b.Low, b.High, b.Unit) }

// intervalText renders low–high, or one value when they coincide.
func intervalText(lo, hi float64, unit string) string {
	if lo == hi {
		return amount(lo, unit)
	}
	if math.IsInf(hi, 1) {
		return "at least " + amount(lo, unit)
	}
	if math.IsInf(lo, -1) {
		return "at most " + amount(hi, unit)
	}
	return amount(lo, unit) + " – " + amount(hi, unit)
}

// currencyPrefix are symbols editors read faster than ISO codes.
var currencyPrefix = map[string]string{"CNY": "¥", "USD": "$", "EUR": "€", "GBP": "£", "HKD": "HK$"}

// amount renders a value in base units for people: "¥355.24 billion",
// "88.68 billion units", "23.5%", "1.2 pp", "1.4-fold", "7.1 CNY/USD".
func amount(v float64, unit string) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "n/a"
	}
	switch unit {
	case figure.UnitPercent:
		return trimFloat(v, 4) + "%"
	case figure.UnitPP:
		return trimFloat(v, 4) + " pp"
	case figure.UnitFold:
		return trimFloat(v, 4) + "-fold"
	}
	if strings.Contains(unit, "/") {
		return trimFloat(v, 4) + " " + unit
	}
	sign := ""
	if v < 0 {
		sign, v = "-", -v
	}
	num := scaledNumber(v)
	if p, ok := currencyPrefix[unit]; ok {
		return sign + p + num
	}
	if unit == "" {
		return sign + num
	}
	return sign + num + " " + unit
}

// scaledNumber writes large numbers with a scale word ("355.24 billion") and
// smaller ones with thousands separators.
func scaledNumber(v float64) string {
	switch {
	case v >= 1e12:
		return trimFloat(v/1e12, 6) + " trillion"
	case v >= 1e9:
		return trimFloat(v/1e9, 6) + " billion"
	case v >= 1e6:
		return trimFloat(v/1e6, 6) + " million"
	}
	s := trimFloat(v, 4)
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if frac != "" {
		b.WriteString("." + frac)
	}
	return b.String()
}

// trimFloat formats v with at most prec decimals and no trailing zeros.
func trimFloat(v float64, prec int) string {
	s := strconv.FormatFloat(v, 'f', prec, 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if s == "-0" {
		s = "0"
	}
	return s
}

// isTextArticle reports whether an input's submitted bytes are what the
// article reader shows (plain text or Markdown), so they can be displayed as
// sent.
func isTextArticle(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".txt", ".md":
		return true
	}
	return false
}
