package main

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"figcheck/figure"
	"figcheck/pipeline"
	"figcheck/reports"
	"figcheck/rules"
)

// TestSummaryParses keeps summaryRe in step with the text report, which
// figbench reads its counts from.
func TestSummaryParses(t *testing.T) {
	for _, n := range []struct{ figs, findings, errs int }{{1, 1, 1}, {12, 3, 2}, {0, 0, 0}} {
		res := &pipeline.Result{Tool: "figcheck", Version: "test"}
		for i := 0; i < n.figs; i++ {
			res.Figures = append(res.Figures, figure.Figure{ID: fmt.Sprintf("a#%d", i), Source: "a.txt"})
		}
		for i := 0; i < n.findings; i++ {
			sev := rules.SevWarning
			if i < n.errs {
				sev = rules.SevError
				res.Summary.Error++
			} else {
				res.Summary.Warning++
			}
			res.Findings = append(res.Findings, rules.Finding{ID: fmt.Sprint(i), Rule: "r", Severity: sev, Message: "m"})
		}
		res.Sources = []pipeline.SourceStatus{{Path: "a.txt", Kind: figure.KindArticle}}
		var buf bytes.Buffer
		if err := reports.WriteText(&buf, res); err != nil {
			t.Fatal(err)
		}
		m := summaryRe.FindStringSubmatch(buf.String())
		if m == nil {
			t.Fatalf("summary not recognised:\n%s", buf.String())
		}
		if m[1] != fmt.Sprint(n.findings) || m[3] != fmt.Sprint(n.figs) || m[4] != fmt.Sprint(n.errs) {
			t.Errorf("parsed findings %s figures %s errors %s from:\n%s", m[1], m[3], m[4], buf.String())
		}
	}
}

func TestStageTimes(t *testing.T) {
	log := strings.Join([]string{
		`{"level":"info","sources":3,"figures":10,"took":1500.5,"time":"x","message":"sources read"}`,
		`not json`,
		`{"level":"info","findings":2,"took":250,"message":"rules evaluated"}`,
	}, "\n")
	read, rules := stageTimes(log)
	if read != 1500500*time.Microsecond || rules != 250*time.Millisecond {
		t.Errorf("stage times %v %v", read, rules)
	}
}

func TestVerdict(t *testing.T) {
	for exp, want := range map[float64]string{0.9: "roughly linear", 1.3: "somewhat worse than linear", 2: "super-linear: profile it"} {
		if got := verdict(exp); got != want {
			t.Errorf("verdict(%g) = %q, want %q", exp, got, want)
		}
	}
}
