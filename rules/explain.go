package rules

import (
	"context"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// WriteList prints one line per rule: id, severity, candidate shape, title.
func (p *Pack) WriteList(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSEVERITY\tOVER\tTITLE\tFILE")
	for _, r := range p.rules {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s:%d\n", r.ID, r.Severity, r.Over, r.Title, r.File, r.Line)
	}
	return tw.Flush()
}

// Explain describes one rule: what it checks, its expressions, the variables
// and parameters it uses, and a worked example run through the engine.
func (p *Pack) Explain(ctx context.Context, id string) (string, error) {
	r, ok := p.Rule(id)
	if !ok {
		return "", fmt.Errorf("no rule %q (see figcheck rules list)", id)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s — %s\n", r.ID, r.Title)
	fmt.Fprintf(&b, "severity %s; defined at %s:%d\n\n", r.Severity, r.File, r.Line)
	fmt.Fprintf(&b, "%s\n\n", wrap(r.Description, 78))
	fmt.Fprintf(&b, "%s\n", wrap(fmt.Sprintf("Candidates (over: %s): %s", r.Over, r.gen.doc), 78))
	for _, v := range r.gen.vars {
		fmt.Fprintf(&b, "  %-8s %-8s %s\n", v.Name, v.Type, v.Doc)
	}
	b.WriteString("\nExpressions:\n")
	field := func(name, src string) {
		if src != "" {
			fmt.Fprintf(&b, "  %-11s %s\n", name+":", oneLine(src))
		}
	}
	field("select", r.Select)
	field("expected", r.Expected)
	field("actual", r.Actual)
	field("tolerance", r.Tolerance)
	field("check", r.Check)
	field("message", r.Message)
	field("suggestion", r.Suggestion)
	if r.Fires == "always" {
		b.WriteString("  fires:      always (an informative finding for every selected candidate; ok holds the check)\n")
	}
	if len(r.Supersedes) > 0 {
		fmt.Fprintf(&b, "  supersedes: %s\n", strings.Join(r.Supersedes, ", "))
	}
	if len(r.Params) > 0 {
		b.WriteString("\nParameters:\n")
		for _, p := range r.Params {
			fmt.Fprintf(&b, "  %s = %g\n", p.Name, p.Value)
		}
	}
	res, err := p.RunExamples(ctx)
	if err != nil {
		return "", err
	}
	for _, ex := range r.Examples {
		if ex.Expect != "fire" {
			continue
		}
		b.WriteString("\nWorked example: " + ex.Name + "\n")
		for i, f := range ex.Figures {
			fg, err := f.figure(i, p.widening)
			if err != nil {
				continue
			}
			fmt.Fprintf(&b, "  %s  %s  %s  %s  %s\n", fg.ID, fg.Period.Label(), fg.Metric, fg.Measure, FormatRange(fg.Low, fg.High, fg.Unit))
		}
		for _, x := range res {
			if x.Rule == r.ID && x.Example == ex.Name {
				if x.Pass && len(x.Findings) > 0 {
					fmt.Fprintf(&b, "  → %s\n", x.Findings[0].Message)
					if s := x.Findings[0].Suggestion; s != "" {
						fmt.Fprintf(&b, "  suggestion: %s\n", s)
					}
				} else {
					fmt.Fprintf(&b, "  → (example does not pass: %s)\n", x.Detail)
				}
			}
		}
		break
	}
	return b.String(), nil
}

// wrap folds text at width columns.
func wrap(s string, width int) string {
	var b strings.Builder
	n := 0
	for _, w := range strings.Fields(s) {
		if n > 0 && n+1+len([]rune(w)) > width {
			b.WriteByte('\n')
			n = 0
		} else if n > 0 {
			b.WriteByte(' ')
			n++
		}
		b.WriteString(w)
		n += len([]rune(w))
	}
	return b.String()
}

// ReferenceMarkdown renders the generators (candidate shapes), their
// variables and the helper functions as Markdown tables, for README.md.
func ReferenceMarkdown() string {
	var b strings.Builder
	b.WriteString("| over | candidates | variables |\n|---|---|---|\n")
	for _, n := range Generators() {
		g := generators[n]
		var vs []string
		for _, v := range g.vars {
			vs = append(vs, fmt.Sprintf("`%s` %s", v.Name, v.Type))
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s |\n", n, strings.ReplaceAll(g.doc, "|", "\\|"), strings.Join(vs, ", "))
	}
	b.WriteString("\n| function | what it does |\n|---|---|\n")
	for _, f := range Funcs() {
		fmt.Fprintf(&b, "| `%s` | %s |\n", f.Sig, strings.ReplaceAll(f.Doc, "|", "\\|"))
	}
	return b.String()
}
