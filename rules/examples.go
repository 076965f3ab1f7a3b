package rules

import (
	"context"
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"

	"figcheck/figure"
)

// ExampleFigure is a figure written compactly in a rule file's examples.
// Period is "2024", "2024-04" or "2024-01..2024-04"; flow defaults to the
// metric's suffix; low/high default to value ± step/2 (or value), then the
// qualifier widens them.
type ExampleFigure struct {
	ID        string   `yaml:"id"`
	Source    string   `yaml:"source"`
	Kind      string   `yaml:"kind"`
	Quote     string   `yaml:"quote"`
	Value     float64  `yaml:"value"`
	Low       *float64 `yaml:"low"`
	High      *float64 `yaml:"high"`
	Step      float64  `yaml:"step"`
	Unit      string   `yaml:"unit"`
	Measure   string   `yaml:"measure"`
	Metric    string   `yaml:"metric"`
	Subject   string   `yaml:"subject"`
	Flow      string   `yaml:"flow"`
	Partner   string   `yaml:"partner"`
	Period    string   `yaml:"period"`
	Basis     string   `yaml:"basis"`
	Of        string   `yaml:"of"`
	Qualifier string   `yaml:"qualifier"`
	Linked    []string `yaml:"linked"`
	Line      int      `yaml:"line"`
	Cell      string   `yaml:"cell"`
}

// Example is a rule's test case: figures in, the expected verdict out.
type Example struct {
	Name    string          `yaml:"name"`
	Figures []ExampleFigure `yaml:"figures"`
	// Expect is "fire" (the rule reports at least one finding) or "pass" (none).
	Expect string `yaml:"expect"`
	// Count, when set, is the exact number of findings expected.
	Count *int `yaml:"count"`
	// Contains, when set, must appear in the first finding's message.
	Contains string `yaml:"contains"`
	Line     int    `yaml:"-"`
}

// ExampleResult is the outcome of one example.
type ExampleResult struct {
	Rule, Example string
	File          string
	Line          int
	Pass          bool
	Detail        string
	Findings      []Finding
}

func parseExamples(name string, n *yaml.Node, at func(*yaml.Node, string, ...any) Problem) ([]Example, Problems) {
	if n.Kind != yaml.SequenceNode {
		return nil, Problems{at(n, "examples: want a list")}
	}
	var out []Example
	var probs Problems
	for _, en := range n.Content {
		var e Example
		if err := en.Decode(&e); err != nil {
			probs = append(probs, at(en, "example: %v", err))
			continue
		}
		e.Line = en.Line
		if e.Expect != "fire" && e.Expect != "pass" {
			probs = append(probs, at(en, "example %q: expect %q: want fire or pass", e.Name, e.Expect))
		}
		for i, f := range e.Figures {
			if _, err := f.figure(i, figure.DefaultWidening()); err != nil {
				probs = append(probs, at(en, "example %q figure %d: %v", e.Name, i+1, err))
			}
		}
		out = append(out, e)
	}
	return out, probs
}

// figure builds the figure an example describes.
func (ef ExampleFigure) figure(i int, w figure.Widening) (figure.Figure, error) {
	f := figure.Figure{
		ID: ef.ID, Source: ef.Source, Kind: figure.SourceKind(ef.Kind), Quote: ef.Quote, Value: ef.Value,
		Unit: ef.Unit, Measure: figure.Measure(ef.Measure), Metric: ef.Metric, Subject: ef.Subject,
		Flow: ef.Flow, Partner: ef.Partner, Basis: ef.Basis, Of: ef.Of, Qualifier: ef.Qualifier,
		Linked: ef.Linked, Line: ef.Line, Cell: ef.Cell,
	}
	if f.ID == "" {
		f.ID = fmt.Sprintf("ex#%d", i+1)
	}
	if f.Source == "" {
		f.Source = "example.txt"
	}
	if f.Kind == "" {
		f.Kind = figure.KindArticle
		if strings.HasSuffix(f.Source, ".xlsx") || strings.HasSuffix(f.Source, ".csv") {
			f.Kind = figure.KindSheet
		}
	}
	if f.Line == 0 && f.Cell == "" {
		f.Line, f.Col = i+1, 1
	}
	if f.Measure == "" {
		f.Measure = figure.Value
	}
	if f.Flow == "" {
		_, f.Flow = figure.SplitMetric(f.Metric)
	}
	if f.Unit == "" {
		return f, fmt.Errorf("missing unit")
	}
	if f.Metric == "" {
		return f, fmt.Errorf("missing metric")
	}
	p, err := parsePeriod(ef.Period)
	if err != nil {
		return f, err
	}
	f.Period = p
	iv := figure.Rounded(f.Value, ef.Step)
	if ef.Low != nil {
		iv.Low = *ef.Low
	}
	if ef.High != nil {
		iv.High = *ef.High
	}
	iv = w.Apply(iv, f.Qualifier)
	f.Low, f.High = iv.Low, iv.High
	return f, nil
}

// RunExamples runs the examples of every rule loaded from the given files
// (all rules when files is empty), each example against its own rule alone
// (plus the rules it supersedes).
func (p *Pack) RunExamples(ctx context.Context, files ...string) ([]ExampleResult, error) {
	var out []ExampleResult
	for _, r := range p.rules {
		if len(files) > 0 && !containsFile(files, r.File) {
			continue
		}
		for _, e := range r.Examples {
			res := ExampleResult{Rule: r.ID, Example: e.Name, File: r.File, Line: e.Line}
			var figs []figure.Figure
			for i, ef := range e.Figures {
				f, err := ef.figure(i, p.widening)
				if err != nil {
					return nil, fmt.Errorf("%s:%d: example %q: %w", r.File, e.Line, e.Name, err)
				}
				figs = append(figs, f)
			}
			sub := &Pack{rules: []*Rule{r}, rates: p.rates, bounds: p.bounds, widening: p.widening, files: p.files}
			if r.Over == correctionGen { // corrections feed on the balance rules' failures
				for _, o := range p.rules {
					if o.hasEqn {
						sub.rules = append(sub.rules, o)
					}
				}
			}
			o, err := sub.Evaluate(ctx, figs)
			if err != nil {
				return nil, err
			}
			var mine []Finding
			var errs []string
			for _, f := range o.Findings {
				switch f.Rule {
				case r.ID:
					mine = append(mine, f)
				case RuleErrorID:
					errs = append(errs, f.Message)
				}
			}
			res.Findings = mine
			switch {
			case len(errs) > 0:
				res.Detail = "rule error: " + errs[0]
			case e.Expect == "fire" && len(mine) == 0:
				res.Detail = "expected a finding, got none"
			case e.Expect == "pass" && len(mine) > 0:
				res.Detail = "expected no finding, got: " + mine[0].Message
			case e.Count != nil && len(mine) != *e.Count:
				res.Detail = fmt.Sprintf("expected %d findings, got %d", *e.Count, len(mine))
			case e.Contains != "" && (len(mine) == 0 || !strings.Contains(mine[0].Message, e.Contains)):
				got := ""
				if len(mine) > 0 {
					got = mine[0].Message
				}
				res.Detail = fmt.Sprintf("message should contain %q, got %q", e.Contains, got)
			default:
				res.Pass = true
				if len(mine) > 0 {
					res.Detail = mine[0].Message
				}
			}
			out = append(out, res)
		}
	}
	return out, nil
}

func containsFile(files []string, f string) bool {
	for _, x := range files {
		if x == f || "builtin:"+x == f {
			return true
		}
	}
	return false
}
