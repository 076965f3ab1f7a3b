package reports

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"

	"figcheck/pipeline"
	"figcheck/pipeline/triage"
	"figcheck/rules"
)

// TextTop is how many findings the text summary lists.
const TextTop = 10

// WriteText writes a short summary for a terminal: counts by severity, how many
// findings are new, waived or false alarms, the most serious findings one line
// each, failed sources and expired waivers.
func WriteText(w io.Writer, res *pipeline.Result) error {
	bw := bufio.NewWriter(w)
	ix := newIndex(res)
	s := res.Summary
	failed := 0
	for _, src := range res.Sources {
		if src.Error != "" {
			failed++
		}
	}
	fmt.Fprintf(bw, "figcheck %s: %s in %s", res.Version, plural(len(res.Findings), "finding"), plural(len(res.Sources), "source"))
	if failed > 0 {
		fmt.Fprintf(bw, " (%d failed)", failed)
	}
	fmt.Fprintf(bw, ", %s\n", plural(len(res.Figures), "figure"))
	fmt.Fprintf(bw, "  %s, %s, %d info", plural(s.Error, "error"), plural(s.Warning, "warning"), s.Info)
	var apart []string
	if s.Waived > 0 {
		apart = append(apart, fmt.Sprintf("%d waived", s.Waived))
	}
	if s.FalseAlarm > 0 {
		apart = append(apart, plural(s.FalseAlarm, "false alarm"))
	}
	if withBaseline(res) {
		apart = append(apart, fmt.Sprintf("%d new since the baseline", s.New))
	}
	if len(apart) > 0 {
		fmt.Fprintf(bw, "; %s", strings.Join(apart, ", "))
	}
	fmt.Fprintln(bw)

	top := topFindings(res.Findings, TextTop)
	if len(top) > 0 {
		fmt.Fprintln(bw, "Top findings:")
		for _, f := range top {
			loc := ix.location(f)
			if loc == "" {
				loc = "-"
			}
			mark := ""
			if f.New != nil && *f.New {
				mark = " [new]"
			}
			fmt.Fprintf(bw, "  %-7s %s  %s%s  %s\n", strings.ToUpper(string(f.Severity)), f.Rule, loc, mark, truncate(oneLine(f.Message), 200))
		}
		if rest := countCounted(res.Findings) - len(top); rest > 0 {
			fmt.Fprintf(bw, "  ... and %d more\n", rest)
		}
	}
	if failed > 0 {
		fmt.Fprintln(bw, "Failed sources:")
		for _, src := range res.Sources {
			if src.Error != "" {
				fmt.Fprintf(bw, "  %s: %s\n", src.Path, oneLine(src.Error))
			}
		}
	}
	if len(res.Expired) > 0 {
		fmt.Fprintln(bw, "Expired waivers:")
		for _, e := range res.Expired {
			fmt.Fprintf(bw, "  %s\n", oneLine(e))
		}
	}
	return bw.Flush()
}

// countCounted counts findings that are neither waived nor false alarms.
func countCounted(fs []rules.Finding) int {
	n := 0
	for _, f := range fs {
		if c := triage.Classify(f); c != triage.ClassWaived && c != triage.ClassFalseAlarm {
			n++
		}
	}
	return n
}

// topFindings picks up to n findings that count (not waived, not false alarms),
// most serious first, new before old, otherwise in the result's order.
func topFindings(fs []rules.Finding, n int) []rules.Finding {
	var out []rules.Finding
	for _, f := range fs {
		if c := triage.Classify(f); c != triage.ClassWaived && c != triage.ClassFalseAlarm {
			out = append(out, f)
		}
	}
	isNew := func(f rules.Finding) bool { return f.New != nil && *f.New }
	sort.SliceStable(out, func(i, j int) bool {
		if a, b := out[i].Severity.Rank(), out[j].Severity.Rank(); a != b {
			return a > b
		}
		return isNew(out[i]) && !isNew(out[j])
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// plural renders "1 error" or "3 errors".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
