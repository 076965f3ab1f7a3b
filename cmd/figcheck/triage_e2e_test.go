package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestBaselineAndWaivers runs the binary twice: an editor marks findings of the
// first report "False alarm" in the xlsx, a waiver covers another rule, and the
// second run carries the triage forward, counts nothing as new and passes
// --fail-on error once every error is triaged.
func TestBaselineAndWaivers(t *testing.T) {
	dir := copyCorpus(t)
	r := runFigcheck(t, dir, "check", "--format", "xlsx,json", "--json-out", "first.json", "-o", "first.xlsx", ".")
	if r.code != ExitFindings {
		t.Fatalf("first run: exit %d\n%s", r.code, r.stderr)
	}
	data, err := os.ReadFile(filepath.Join(dir, "first.json"))
	if err != nil {
		t.Fatal(err)
	}
	first := decodeReport(t, data)

	// The editor triages in Excel: every error except scale errors is a false alarm.
	f, err := excelize.OpenFile(filepath.Join(dir, "first.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	rows, err := f.GetRows("Findings")
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for _, h := range []string{"ID", "Rule", "Severity", "Status", "Note"} {
		if _, ok := col[h]; !ok {
			t.Fatalf("Findings sheet has no %q column: %v", h, rows[0])
		}
	}
	marked := 0
	for i, row := range rows[1:] {
		if strings.EqualFold(row[col["Severity"]], "error") && row[col["Rule"]] != ruleScale {
			cellOf := func(c int) string { name, _ := excelize.CoordinatesToCellName(c+1, i+2); return name }
			if err := f.SetCellValue("Findings", cellOf(col["Status"]), "False alarm"); err != nil {
				t.Fatal(err)
			}
			if err := f.SetCellValue("Findings", cellOf(col["Note"]), "checked with the desk"); err != nil {
				t.Fatal(err)
			}
			marked++
		}
	}
	if marked == 0 {
		t.Fatal("no error rows to triage")
	}
	if err := f.SaveAs(filepath.Join(dir, "triaged.xlsx")); err != nil {
		t.Fatal(err)
	}
	f.Close()
	waivers := "waivers:\n  - rule: " + ruleScale + "\n    source: \"*.xlsx\"\n    reason: customs units checked by hand\n" +
		"  - rule: trade-total\n    reason: old waiver\n    expires: 2020-01-01\n"
	if err := os.WriteFile(filepath.Join(dir, "waivers.yaml"), []byte(waivers), 0o644); err != nil {
		t.Fatal(err)
	}

	r = runFigcheck(t, dir, "check", "--format", "json,text", "--json-out", "second.json", "--baseline", "triaged.xlsx",
		"--waivers", "waivers.yaml", "--fail-on", "error", "sheets", "articles")
	if r.code != ExitOK {
		t.Fatalf("second run: exit %d, want 0 (all errors triaged or waived)\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
	}
	var second struct {
		Findings []struct {
			ID, Rule, Status, Note, Waived string
			New                            *bool
		}
		Summary map[string]int
	}
	data, err = os.ReadFile(filepath.Join(dir, "second.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &second); err != nil {
		t.Fatal(err)
	}
	if len(second.Findings) != len(first.Findings) {
		t.Errorf("%d findings, first run had %d", len(second.Findings), len(first.Findings))
	}
	var falseAlarms, waived int
	for _, fd := range second.Findings {
		if fd.New == nil || *fd.New {
			t.Errorf("finding %s (%s) is new or unmarked against its own baseline", fd.ID, fd.Rule)
		}
		if fd.Status == "False alarm" {
			falseAlarms++
			if fd.Note != "checked with the desk" {
				t.Errorf("note not carried forward: %q", fd.Note)
			}
		}
		if fd.Waived != "" {
			waived++
		}
	}
	if falseAlarms != marked || waived == 0 {
		t.Errorf("%d false alarms (want %d), %d waived (want > 0)", falseAlarms, marked, waived)
	}
	if second.Summary["error"] != 0 || second.Summary["false_alarm"] != marked || second.Summary["new"] != 0 {
		t.Errorf("summary %v", second.Summary)
	}
	summary := r.stdout + r.stderr
	if !strings.Contains(summary, "new") || !strings.Contains(summary, "expired") {
		t.Errorf("text summary does not mention new findings and the expired waiver:\n%s", summary)
	}
}
