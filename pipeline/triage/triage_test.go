package triage

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"figcheck/rules"
)

func boolp(b bool) *bool { return &b }

func TestNormalizeStatus(t *testing.T) {
	tests := []struct{ in, want string }{
		{"false alarm", StatusFalseAlarm},
		{" FALSE-ALARM ", StatusFalseAlarm},
		{"false_alarm", StatusFalseAlarm},
		{"False   alarm", StatusFalseAlarm},
		{"fixed", StatusFixed},
		{"Confirmed", StatusConfirmed},
		{"", ""},
		{" needs a look ", "needs a look"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := NormalizeStatus(tc.in); got != tc.want {
				t.Errorf("NormalizeStatus(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
	if !IsFalseAlarm("False Alarm") || IsFalseAlarm("Open") {
		t.Errorf("IsFalseAlarm")
	}
}

func TestSummarize(t *testing.T) {
	fs := []rules.Finding{
		{Severity: rules.SevError, New: boolp(true)},
		{Severity: rules.SevError, Status: "False alarm"},
		{Severity: rules.SevError, Waived: "known", Status: "False alarm"},
		{Severity: rules.SevWarning, New: boolp(false)},
		{Severity: rules.SevInfo, New: boolp(true)},
		{Severity: "odd"},
		{Severity: rules.SevWarning, Status: StatusFixed},
	}
	got := Summarize(fs)
	want := Counts{Error: 1, Warning: 2, Info: 2, Waived: 1, FalseAlarm: 1, New: 2, Total: 7}
	if got != want {
		t.Errorf("Summarize = %+v, want %+v", got, want)
	}
	for _, tc := range []struct {
		sev  rules.Severity
		want int
	}{{rules.SevError, 1}, {rules.SevWarning, 3}, {rules.SevInfo, 5}, {"never", 0}} {
		if n := got.AtOrAbove(tc.sev); n != tc.want {
			t.Errorf("AtOrAbove(%s) = %d, want %d", tc.sev, n, tc.want)
		}
	}
}

const reportJSON = `{"tool":"figcheck","version":"1","sources":[],"figures":[],
"findings":[
 {"id":"a","rule":"conflict","status":"false alarm","note":"scope differs"},
 {"id":"b","rule":"conflict"},
 {"id":"c","rule":"conflict","status":"Fixed","note":""}
],"summary":{"error":0,"warning":0,"info":0}}`

func TestBaselineJSON(t *testing.T) {
	path := filepath.Join(t.TempDir(), "prev.json")
	if err := os.WriteFile(path, []byte(reportJSON), 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := LoadBaseline(path)
	if err != nil {
		t.Fatal(err)
	}
	fs := []rules.Finding{{ID: "c"}, {ID: "a", Note: "mine"}, {ID: "z"}, {ID: "b"}}
	b.Apply(fs)
	want := []struct {
		isNew        bool
		status, note string
	}{{false, StatusFixed, ""}, {false, StatusFalseAlarm, "scope differs"}, {true, StatusOpen, ""}, {false, StatusOpen, ""}}
	for i, w := range want {
		f := fs[i]
		if f.New == nil || *f.New != w.isNew || f.Status != w.status || f.Note != w.note {
			t.Errorf("finding %s: new=%v status %q note %q, want %v %q %q", f.ID, *f.New, f.Status, f.Note, w.isNew, w.status, w.note)
		}
	}
	// The zero baseline marks everything new.
	var zero Baseline
	fs = []rules.Finding{{ID: "a"}}
	zero.Apply(fs)
	if !*fs[0].New || fs[0].Status != StatusOpen {
		t.Errorf("zero baseline: %+v", fs[0])
	}
}

func TestBaselineErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"empty", "", "empty file"},
		{"text", "hello", "not a figcheck JSON report"},
		{"syntax", "{\n  \"findings\": [\n    {\"id\": \"a\",}\n  ]\n}", "prev:3:"},
		{"type", `{"findings": {"id": 1}}`, "prev:1:"},
		{"other tool", `{"tool":"eslint","findings":[]}`, `of "eslint"`},
		{"no id", `{"findings":[{"rule":"x"}]}`, "findings[0] has no id"},
		{"bad zip", "PK\x03\x04garbage", "not a readable Excel file"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseBaseline([]byte(tc.data), "prev")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want it to contain %q", err, tc.want)
			}
		})
	}
	if _, err := LoadBaseline(filepath.Join(t.TempDir(), "missing.json")); err == nil {
		t.Errorf("missing file accepted")
	}
	if _, err := LoadBaseline(t.TempDir()); err == nil || !strings.Contains(err.Error(), "directory") {
		t.Errorf("directory: %v", err)
	}
}

const waiversYAML = `# accepted findings
waivers:
  - id: conflict-1
    reason: the agency revised January
  - rule: scale-error
    source: "sheets/legacy-*.xlsx"
    reason: legacy sheets state units in the title row
    expires: 2026-12-31
  - rule: cumulative-*
    source: "*.md"
    reason: drafts
  - rule: conflict
    reason: old waiver
    expires: 2026-01-31
`

func TestWaivers(t *testing.T) {
	path := filepath.Join(t.TempDir(), "waivers.yaml")
	if err := os.WriteFile(path, []byte(waiversYAML), 0o644); err != nil {
		t.Fatal(err)
	}
	ws, err := LoadWaivers(path)
	if err != nil {
		t.Fatal(err)
	}
	if ws.Len() != 4 || ws.List[1].Line != 5 || ws.List[1].File != path {
		t.Fatalf("waivers %+v", ws.List)
	}
	fs := []rules.Finding{
		{ID: "conflict-1", Rule: "conflict", Figures: []string{"articles/a.txt#1"}},
		{ID: "s1", Rule: "scale-error", Figures: []string{"articles/a.txt#2", "sheets/legacy-2019.xlsx#B7"}},
		{ID: "s2", Rule: "scale-error", Figures: []string{"articles/a.txt#2", "sheets/new.xlsx#B7"}},
		{ID: "c1", Rule: "cumulative-sum", Figures: []string{"drafts/x.md#3"}},
		{ID: "conflict-2", Rule: "conflict", Figures: []string{"articles/a.txt#1"}},
	}
	today := time.Date(2026, 11, 28, 15, 0, 0, 0, time.UTC)
	expired := ws.Apply(fs, today)
	wantWaived := []string{"the agency revised January", "legacy sheets state units in the title row", "", "drafts", ""}
	for i, w := range wantWaived {
		if fs[i].Waived != w {
			t.Errorf("%s waived %q, want %q", fs[i].ID, fs[i].Waived, w)
		}
	}
	if len(expired) != 1 || !strings.Contains(expired[0], "waivers.yaml:12: waiver for rule conflict expired on 2026-01-31 (old waiver)") {
		t.Errorf("expired = %q", expired)
	}
	// The last day of a waiver still applies; the day after it does not.
	fs[1].Waived = ""
	if ws.Apply(fs[1:2], time.Date(2026, 12, 31, 23, 0, 0, 0, time.UTC)); fs[1].Waived == "" {
		t.Errorf("waiver not applied on its expiry day")
	}
	fs[1].Waived = ""
	if exp := ws.Apply(fs[1:2], time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)); fs[1].Waived != "" || len(exp) != 2 {
		t.Errorf("waiver applied after expiry: %q %q", fs[1].Waived, exp)
	}
	// A source lookup gives full paths when ids do not carry them.
	fs = []rules.Finding{{ID: "s3", Rule: "scale-error", Figures: []string{"fig-9"}}}
	ws.ApplySources(fs, today, func(string) string { return "sheets/legacy-2020.xlsx" })
	if fs[0].Waived == "" {
		t.Errorf("ApplySources did not use the lookup")
	}
	if exp := (Waivers{}).Apply(fs, today); exp != nil {
		t.Errorf("zero waivers: %v", exp)
	}
}

func TestWaiverErrors(t *testing.T) {
	tests := []struct {
		name, yaml, want string
	}{
		{"no reason", "- id: a\n", "w.yaml:1: a waiver needs a reason"},
		{"nothing", "- reason: x\n", "w.yaml:1: a waiver needs an id or a rule"},
		{"both", "- id: a\n  rule: b\n  reason: x\n", "w.yaml:1: give either id or rule"},
		{"bad date", "- id: a\n  reason: x\n  expires: 31/12/2026\n", "w.yaml:3: expires \"31/12/2026\": want YYYY-MM-DD"},
		{"unknown key", "waivers:\n  - id: a\n    reson: x\n", "w.yaml:3: unknown key \"reson\""},
		{"top key", "waiver:\n  - id: a\n", "w.yaml:1: unknown key \"waiver\""},
		{"bad glob", "- rule: a\n  source: \"[\"\n  reason: x\n", "w.yaml:2: source \"[\": bad pattern"},
		{"not a list", "waivers: 3\n", "w.yaml:1: want a list of waivers"},
		{"nested", "- id: [a, b]\n  reason: x\n", "w.yaml:1: id: want a single value"},
		{"twice", "- id: a\n  id: b\n  reason: x\n", "w.yaml:2: \"id\" given twice"},
		{"syntax", "- id: a\n reason: [\n", "w.yaml: yaml: line"},
		{"item not map", "- just text\n", "w.yaml:1: a waiver is a mapping"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseWaivers([]byte(tc.yaml), "w.yaml")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want it to contain %q", err, tc.want)
			}
		})
	}
	for _, empty := range []string{"", "# nothing\n", "waivers:\n", "waivers: []\n"} {
		ws, err := ParseWaivers([]byte(empty), "w.yaml")
		if err != nil || ws.Len() != 0 {
			t.Errorf("%q: %v %v", empty, ws, err)
		}
	}
}
