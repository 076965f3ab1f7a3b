package pipeline

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"figcheck/examples"
)

var update = flag.Bool("update", false, "rewrite testdata/example-findings.golden.json")

// goldenFinding is the reviewed part of a finding: what an editor reads.
type goldenFinding struct {
	ID         string   `json:"id"`
	Rule       string   `json:"rule"`
	Severity   string   `json:"severity"`
	Metric     string   `json:"metric"`
	Period     string   `json:"period"`
	Figures    []string `json:"figures"`
	Message    string   `json:"message"`
	Suggestion string   `json:"suggestion,omitempty"`
}

// TestExampleCorpusGolden runs the real readers and the built-in rule pack on
// the bundled example corpus and compares every finding with the reviewed
// golden file. After a deliberate change, run with -update and review the diff.
func TestExampleCorpusGolden(t *testing.T) {
	inputs, err := CollectFS(examples.Corpus())
	if err != nil {
		t.Fatal(err)
	}
	res, err := Run(context.Background(), Config{Inputs: inputs, Today: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range res.Sources {
		if s.Error != "" {
			t.Errorf("source %s: %s", s.Path, s.Error)
		}
	}
	quotes := map[string]string{}
	for _, f := range res.Figures {
		quotes[f.ID] = f.Location() + " " + f.Quote
	}
	var got []goldenFinding
	for _, f := range res.Findings {
		g := goldenFinding{ID: f.ID, Rule: f.Rule, Severity: string(f.Severity), Metric: f.Metric,
			Period: f.Period.String(), Message: f.Message, Suggestion: f.Suggestion}
		for _, id := range f.Figures {
			g.Figures = append(g.Figures, quotes[id])
		}
		got = append(got, g)
	}
	data, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "example-findings.golden.json")
	if *update {
		if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./pipeline -run Golden -update)", err)
	}
	var wantF []goldenFinding
	if err := json.Unmarshal(want, &wantF); err != nil {
		t.Fatal(err)
	}
	byID := map[string]goldenFinding{}
	for _, w := range wantF {
		byID[w.ID] = w
	}
	for _, g := range got {
		w, ok := byID[g.ID]
		if !ok {
			t.Errorf("new finding %s %s %s: %s", g.Rule, g.Severity, g.Figures, g.Message)
			continue
		}
		delete(byID, g.ID)
		gj, _ := json.Marshal(g)
		wj, _ := json.Marshal(w)
		if string(gj) != string(wj) {
			t.Errorf("finding %s changed:\n got  %s\n want %s", g.ID, gj, wj)
		}
	}
	for _, w := range byID {
		t.Errorf("finding gone: %s %s %s: %s", w.Rule, w.Severity, w.Figures, w.Message)
	}
}
