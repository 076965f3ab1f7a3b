package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"figcheck/figure"
	"figcheck/sources"
	"figcheck/sources/article"
	"figcheck/sources/glossary"
)

// goldFile is one NAME.gold.json of the devset.
type goldFile struct {
	File      string       `json:"file"`
	Published string       `json:"published"`
	Figures   []goldFigure `json:"figures"`
}

// goldFigure is one labelled figure.
type goldFigure struct {
	Quote       string  `json:"quote"`
	Value       float64 `json:"value"`
	Unit        string  `json:"unit"`
	Measure     string  `json:"measure"`
	Subject     string  `json:"subject"`
	Flow        *string `json:"flow"`
	PeriodStart *string `json:"period_start"`
	PeriodEnd   *string `json:"period_end"`
	Basis       string  `json:"basis"`
	Of          string  `json:"of"`
	Qualifier   string  `json:"qualifier"`
	Partner     string  `json:"partner"`
	Optional    bool    `json:"optional"`
}

// fileScore is the score of one devset article.
type fileScore struct {
	Name                        string
	Gold, Optional, Extracted   int
	Matched, MatchedOptional    int
	MeasureOK, FlowOK, PeriodOK int
	ValueOnly                   int // gold figures whose value and unit were found but whose period was wrong
	PublishedOK                 bool
	Misses, Extra               []string
}

func (s fileScore) precision() float64 {
	return ratio(s.Matched, s.Extracted-s.MatchedOptional)
}
func (s fileScore) recall() float64 { return ratio(s.Matched, s.Gold) }

func ratio(a, b int) float64 {
	if b <= 0 {
		if a == 0 {
			return 1
		}
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// scoreDevset reads every NAME.gold.json in dir, extracts its article and scores it.
func scoreDevset(ctx context.Context, dir string) ([]fileScore, error) {
	golds, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil {
		return nil, err
	}
	if len(golds) == 0 {
		return nil, fmt.Errorf("devset %s: no *.gold.json files", dir)
	}
	sort.Strings(golds)
	g, err := glossary.Builtin()
	if err != nil {
		return nil, err
	}
	var out []fileScore
	for _, gp := range golds {
		data, err := os.ReadFile(gp)
		if err != nil {
			return nil, err
		}
		var gf goldFile
		if err := json.Unmarshal(data, &gf); err != nil {
			return nil, fmt.Errorf("devset %s: %w", gp, err)
		}
		ap := filepath.Join(dir, gf.File)
		f, err := os.Open(ap)
		if err != nil {
			return nil, err
		}
		doc, err := article.Reader{}.Read(ctx, f, gf.File, sources.Options{Glossary: g, Widening: figure.DefaultWidening()})
		f.Close()
		if err != nil {
			return nil, err
		}
		out = append(out, scoreFile(gf, doc.Figures, doc.Published))
	}
	return out, nil
}

// normFlow maps the gold file's flow words onto figcheck's.
func normFlow(s *string) string {
	if s == nil {
		return ""
	}
	switch *s {
	case "trade":
		return figure.FlowTotal
	case "surplus", "deficit":
		return figure.FlowBalance
	}
	return *s
}

func goldPeriod(g goldFigure) figure.Period {
	var p figure.Period
	if g.PeriodStart != nil {
		p.Start, _ = figure.ParseMonth(*g.PeriodStart)
	}
	if g.PeriodEnd != nil {
		p.End, _ = figure.ParseMonth(*g.PeriodEnd)
	}
	return p
}

func sameValue(a, b float64) bool {
	if a == b {
		return true
	}
	return math.Abs(a-b) <= 1e-6*math.Max(math.Abs(a), math.Abs(b))
}

// scoreFile matches extracted figures against the gold ones: value within
// 1e-6 relative, same unit, same period; each gold figure matches once.
func scoreFile(gf goldFile, figs []figure.Figure, published time.Time) fileScore {
	s := fileScore{Name: gf.File, Extracted: len(figs)}
	s.PublishedOK = published.Format("2006-01-02") == gf.Published
	used := make([]bool, len(figs))
	match := func(g goldFigure, needPeriod bool) int {
		gp := goldPeriod(g)
		best := -1
		for i, f := range figs {
			if used[i] || f.Unit != g.Unit || !sameValue(f.Value, g.Value) {
				continue
			}
			if needPeriod && f.Period != gp {
				continue
			}
			if best < 0 || strings.Contains(f.Quote, g.Quote) {
				best = i
			}
		}
		return best
	}
	// non-optional gold first, so that an optional one cannot take their match
	order := make([]int, 0, len(gf.Figures))
	for i, g := range gf.Figures {
		if !g.Optional {
			order = append(order, i)
		}
	}
	for i, g := range gf.Figures {
		if g.Optional {
			order = append(order, i)
		}
	}
	for _, gi := range order {
		g := gf.Figures[gi]
		if g.Optional {
			s.Optional++
		} else {
			s.Gold++
		}
		k := match(g, true)
		if k < 0 {
			if !g.Optional {
				why := "not found"
				if v := match(g, false); v >= 0 {
					why = fmt.Sprintf("period %s, want %s", figs[v].Period, goldPeriod(g))
					s.ValueOnly++
				}
				s.Misses = append(s.Misses, fmt.Sprintf("%q (%s)", g.Quote, why))
			}
			continue
		}
		used[k] = true
		if g.Optional {
			s.MatchedOptional++
			continue
		}
		s.Matched++
		s.PeriodOK++
		if string(figs[k].Measure) == g.Measure {
			s.MeasureOK++
		}
		if figs[k].Flow == normFlow(g.Flow) {
			s.FlowOK++
		}
	}
	for i, f := range figs {
		if !used[i] {
			s.Extra = append(s.Extra, fmt.Sprintf("%q %g %s %s", f.Quote, f.Value, f.Unit, f.Period))
		}
	}
	return s
}
