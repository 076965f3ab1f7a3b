package reports

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"

	"figcheck/pipeline/triage"
	"figcheck/rules"
)

// rerun is a second run: the same findings in another order plus one new one,
// without any triage yet.
func rerun() []rules.Finding {
	old := sampleResult().Findings
	fs := []rules.Finding{{ID: "brand-new-1", Rule: "conflict", Severity: rules.SevError, Message: "new"}}
	for i := len(old) - 1; i >= 0; i-- {
		f := old[i]
		f.Status, f.Note, f.Waived, f.New = "", "", "", nil
		fs = append(fs, f)
	}
	return fs
}

func checkCarried(t *testing.T, b triage.Baseline) {
	t.Helper()
	fs := rerun()
	b.Apply(fs)
	byID := map[string]rules.Finding{}
	for _, f := range fs {
		byID[f.ID] = f
	}
	if f := byID["brand-new-1"]; f.New == nil || !*f.New || f.Status != triage.StatusOpen {
		t.Errorf("new finding: new=%v status %q", f.New, f.Status)
	}
	if f := byID["conflict-62bb13"]; f.New == nil || *f.New || f.Status != triage.StatusFalseAlarm || f.Note != "different product scope" {
		t.Errorf("false alarm not carried: %+v", f)
	}
	if f := byID["cumulative-sum-3f9a1c"]; f.New == nil || *f.New || f.Status != triage.StatusConfirmed || f.Note != "checked with the desk" {
		t.Errorf("editor's edit not carried: status %q note %q", f.Status, f.Note)
	}
	c := triage.Summarize(fs)
	if c.New != 1 || c.FalseAlarm != 1 || c.Error != 3 || c.AtOrAbove(rules.SevError) != 3 {
		t.Errorf("counts %+v", c)
	}
}

func TestBaselineFromXLSX(t *testing.T) {
	path := filepath.Join(t.TempDir(), "previous.xlsx")
	if err := WriteXLSX(path, sampleResult(), XLSXOptions{}); err != nil {
		t.Fatal(err)
	}
	// The editor opens the report and triages row 2.
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	status := colOf(t, f, SheetFindings, "Status")
	note := colOf(t, f, SheetFindings, "Note")
	if err := f.SetCellValue(SheetFindings, status+"2", "Confirmed"); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellValue(SheetFindings, note+"2", "checked with the desk"); err != nil {
		t.Fatal(err)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	b, err := triage.LoadBaseline(path)
	if err != nil {
		t.Fatal(err)
	}
	if b.Len() != 6 {
		t.Errorf("baseline holds %d findings, want 6", b.Len())
	}
	checkCarried(t, b)
}

func TestBaselineFromJSON(t *testing.T) {
	res := sampleResult()
	res.Findings[0].Status, res.Findings[0].Note = "Confirmed", "checked with the desk"
	res.Baseline = "older.json"
	path := filepath.Join(t.TempDir(), "previous.json")
	fh, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := WriteJSON(fh, res); err != nil {
		t.Fatal(err)
	}
	fh.Close()
	b, err := triage.LoadBaseline(path)
	if err != nil {
		t.Fatal(err)
	}
	checkCarried(t, b)
}
