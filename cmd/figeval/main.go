// Command figeval scores figcheck's article extractor on the devset (sample
// articles with gold figure labels) and its number and period scanners on the
// Recognizers-Text conformance cases, and prints a table whose last lines are
// an overall summary. It exits 0 whatever the scores, unless -min-f1 is set
// and the devset F1 falls below it.
//
//	go run ./cmd/figeval -devset ../shared/devset -conformance ../shared/conformance
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
)

func main() {
	os.Exit(run1(os.Args[1:], os.Stdout, os.Stderr))
}

// run1 parses flags, scores, prints, and returns the exit code.
func run1(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("figeval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	devset := fs.String("devset", "../shared/devset", "devset directory (articles and NAME.gold.json)")
	conf := fs.String("conformance", "../shared/conformance", "conformance directory (recognizers-en.json)")
	minF1 := fs.Float64("min-f1", 0, "exit 1 when the devset F1 is below this (0: never)")
	verbose := fs.Bool("v", false, "list misses and extra figures")
	synth := fs.Int("synthetic", 0, "also score this many generated articles with gold labels (package synthetic)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	ctx := context.Background()
	var (
		dev     []fileScore
		devErr  error
		conf1   confResult
		confErr error
	)
	if *devset != "" {
		dev, devErr = scoreDevset(ctx, *devset)
		if devErr != nil {
			fmt.Fprintf(stderr, "figeval: %v\n", devErr)
		}
	}
	if *conf != "" {
		conf1, confErr = scoreConformance(*conf)
		if confErr != nil {
			fmt.Fprintf(stderr, "figeval: %v\n", confErr)
		}
	}
	tot := printDevset(stdout, dev, *verbose)
	if confErr == nil && *conf != "" {
		printConformance(stdout, conf1, *verbose)
	}
	if *synth > 0 {
		scores, err := scoreSynthetic(ctx, *synth, 1)
		if err != nil {
			fmt.Fprintf(stderr, "figeval: %v\n", err)
		} else {
			t := total(scores)
			fmt.Fprintf(stdout, "\nsynthetic (%d generated articles): gold %d, extracted %d, P %.3f R %.3f F1 %.3f, measure %d/%d, flow %d/%d, period wrong %d\n",
				len(scores), t.Gold, t.Extracted, t.precision(), t.recall(), f1(t.precision(), t.recall()),
				t.MeasureOK, t.Matched, t.FlowOK, t.Matched, t.ValueOnly)
			if *verbose {
				for _, s := range scores {
					for _, m := range s.Misses {
						fmt.Fprintf(stdout, "    %s miss  %s\n", s.Name, m)
					}
					for _, e := range s.Extra {
						fmt.Fprintf(stdout, "    %s extra %s\n", s.Name, e)
					}
				}
			}
		}
	}
	// summary: the last lines
	fmt.Fprintln(stdout)
	if devErr == nil && len(dev) > 0 {
		fmt.Fprintf(stdout, "devset: P %.3f R %.3f F1 %.3f (%d/%d gold matched with period, %d extra; measure %d/%d, flow %d/%d)\n",
			tot.precision(), tot.recall(), f1(tot.precision(), tot.recall()), tot.Matched, tot.Gold,
			tot.Extracted-tot.Matched-tot.MatchedOptional, tot.MeasureOK, tot.Matched, tot.FlowOK, tot.Matched)
	} else {
		fmt.Fprintln(stdout, "devset: not scored")
	}
	if confErr == nil && *conf != "" {
		line := "conformance F1 all/fair:"
		for _, s := range conf1.Suites {
			line += fmt.Sprintf(" %s %.2f/%.2f", s, conf1.All[s].f(), conf1.Fair[s].f())
		}
		fmt.Fprintln(stdout, line)
		line = "conformance negatives clean:"
		for _, s := range conf1.Suites {
			line += fmt.Sprintf(" %s %d/%d", s, conf1.All[s].NegClean, conf1.All[s].NegCases)
		}
		fmt.Fprintln(stdout, line)
	} else {
		fmt.Fprintln(stdout, "conformance: not scored")
		fmt.Fprintln(stdout, "conformance negatives: not scored")
	}
	devF1 := f1(tot.precision(), tot.recall())
	okDev := devErr == nil && len(dev) > 0 && devF1 >= 0.95
	okCur := confErr == nil && conf1.All["currency"] != nil && conf1.All["currency"].f() >= 0.9
	okPct := confErr == nil && conf1.All["percent"] != nil && conf1.All["percent"].f() >= 0.9
	fmt.Fprintf(stdout, "targets: devset F1>=0.95 %s, currency F1>=0.9 %s, percent F1>=0.9 %s\n", yes(okDev), yes(okCur), yes(okPct))
	if *minF1 > 0 && (devErr != nil || devF1 < *minF1) {
		fmt.Fprintf(stdout, "FAIL: devset F1 %.3f below -min-f1 %.3f\n", devF1, *minF1)
		return 1
	}
	return 0
}

func yes(ok bool) string {
	if ok {
		return "met"
	}
	return "NOT met"
}

// printDevset prints one row per article and returns the totals.
func printDevset(w io.Writer, dev []fileScore, verbose bool) fileScore {
	tot := fileScore{Name: "overall", PublishedOK: true}
	if len(dev) == 0 {
		return tot
	}
	fmt.Fprintf(w, "%-36s %5s %5s %5s %5s %6s %6s %6s %8s %5s %5s %4s\n",
		"devset file", "gold", "extr", "match", "opt", "P", "R", "F1", "measure", "flow", "prd?", "date")
	for _, s := range dev {
		fmt.Fprintf(w, "%-36s %5d %5d %5d %5d %6.3f %6.3f %6.3f %4d/%-3d %5d %5d %4s\n", s.Name, s.Gold, s.Extracted,
			s.Matched, s.MatchedOptional, s.precision(), s.recall(), f1(s.precision(), s.recall()),
			s.MeasureOK, s.Matched, s.FlowOK, s.ValueOnly, okStr(s.PublishedOK))
		if verbose {
			for _, m := range s.Misses {
				fmt.Fprintf(w, "    miss  %s\n", m)
			}
			for _, e := range s.Extra {
				fmt.Fprintf(w, "    extra %s\n", e)
			}
		}
		tot.Gold += s.Gold
		tot.Extracted += s.Extracted
		tot.Matched += s.Matched
		tot.MatchedOptional += s.MatchedOptional
		tot.MeasureOK += s.MeasureOK
		tot.FlowOK += s.FlowOK
		tot.ValueOnly += s.ValueOnly
		tot.PublishedOK = tot.PublishedOK && s.PublishedOK
	}
	fmt.Fprintf(w, "%-36s %5d %5d %5d %5d %6.3f %6.3f %6.3f %4d/%-3d %5d %5d %4s\n", "overall", tot.Gold, tot.Extracted,
		tot.Matched, tot.MatchedOptional, tot.precision(), tot.recall(), f1(tot.precision(), tot.recall()),
		tot.MeasureOK, tot.Matched, tot.FlowOK, tot.ValueOnly, okStr(tot.PublishedOK))
	fmt.Fprintln(w, "  (a match needs value, unit and period right; prd? = value and unit found with a wrong period)")
	return tot
}

func okStr(b bool) string {
	if b {
		return "ok"
	}
	return "no"
}

// printConformance prints one row per suite, all cases and the fair subset.
func printConformance(w io.Writer, r confResult, verbose bool) {
	fmt.Fprintf(w, "\n%-11s %-4s %5s %5s %5s %6s %6s %6s %6s %6s %7s %s\n",
		"suite", "set", "cases", "exp", "found", "P", "R", "F1", "looseF1", "unit=", "neg ok", "notes")
	for _, name := range r.Suites {
		for _, set := range []struct {
			label string
			s     *suiteScore
		}{{"all", r.All[name]}, {"fair", r.Fair[name]}} {
			s := set.s
			note := ""
			if s.Skipped > 0 {
				note += fmt.Sprintf("%d PercentMode cases skipped; ", s.Skipped)
			}
			if name == "dateperiod" {
				note += fmt.Sprintf("%d via end_inclusive, %d via alternatives", s.ViaInclusive, s.ViaAlts)
			}
			unit := "-"
			if name == "currency" {
				unit = fmt.Sprintf("%d", s.Unit)
			}
			fmt.Fprintf(w, "%-11s %-4s %5d %5d %5d %6.3f %6.3f %6.3f %6.3f %6s %3d/%-3d %s\n", name, set.label, s.Cases,
				s.Expected, s.Found, s.p(), s.r(), s.f(), s.lf(), unit, s.NegClean, s.NegCases, note)
		}
		if verbose {
			for _, f := range r.All[name].Failures {
				fmt.Fprintf(w, "    %s\n", f)
			}
		}
	}
	fmt.Fprintln(w, "  (P/R/F1: strict text match; looseF1: overlapping offsets; unit=: strict matches whose unit name also agrees without synonym groups)")
}
