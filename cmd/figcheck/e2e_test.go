package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// These tests run the real binary, built once per test run, on real-looking
// inputs and read its outputs back.

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

func figcheckBin(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "figcheck-e2e")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "figcheck")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = errors.New(string(out))
		}
	})
	if buildErr != nil {
		t.Fatalf("build figcheck: %v", buildErr)
	}
	return binPath
}

type runResult struct {
	code           int
	stdout, stderr string
}

func runFigcheck(t *testing.T, dir string, args ...string) runResult {
	t.Helper()
	cmd := exec.Command(figcheckBin(t), args...)
	cmd.Dir = dir
	var so, se bytes.Buffer
	cmd.Stdout, cmd.Stderr = &so, &se
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("run figcheck %v: %v", args, err)
	}
	return runResult{code: code, stdout: so.String(), stderr: se.String()}
}

// copyCorpus copies the example corpus into a temp dir so tests can use paths.
func copyCorpus(t *testing.T) string {
	t.Helper()
	dst := t.TempDir()
	src := filepath.Join("..", "..", "examples", "corpus")
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

type jsonReport struct {
	Tool    string `json:"tool"`
	Sources []struct {
		Path    string `json:"path"`
		Kind    string `json:"kind"`
		SHA256  string `json:"sha256"`
		Figures int    `json:"figures"`
		Error   string `json:"error"`
	} `json:"sources"`
	Figures []struct {
		ID     string  `json:"id"`
		Quote  string  `json:"quote"`
		Value  float64 `json:"value"`
		Metric string  `json:"metric"`
		Period struct{ Start, End string }
	} `json:"figures"`
	Findings []struct {
		ID       string   `json:"id"`
		Rule     string   `json:"rule"`
		Severity string   `json:"severity"`
		Message  string   `json:"message"`
		Figures  []string `json:"figures"`
		Metric   string   `json:"metric"`
	} `json:"findings"`
	Summary map[string]int `json:"summary"`
}

func decodeReport(t *testing.T, data []byte) jsonReport {
	t.Helper()
	var r jsonReport
	if err := json.Unmarshal(data, &r); err != nil {
		t.Fatalf("report JSON: %v\n%s", err, data)
	}
	return r
}

// TestCheckExampleCorpus is the acceptance test of the end-to-end issue: the
// bundled corpus yields a cumulative-vs-months error, a cross-source conflict and
// a handset scale error, and no conflict between January-November and full-year
// totals.
func TestCheckExampleCorpus(t *testing.T) {
	dir := t.TempDir()
	r := runFigcheck(t, dir, "check", "--format", "xlsx,json,text", "--json-out", "report.json", "--fail-on", "error")
	if r.code != ExitFindings {
		t.Fatalf("exit %d, want %d (errors in the corpus)\nstderr: %s", r.code, ExitFindings, r.stderr)
	}
	if !strings.Contains(r.stdout, "figcheck-report.xlsx") {
		t.Errorf("text summary does not name the report:\n%s", r.stdout)
	}
	data, err := os.ReadFile(filepath.Join(dir, "report.json"))
	if err != nil {
		t.Fatal(err)
	}
	rep := decodeReport(t, data)
	if len(rep.Sources) != 5 {
		t.Errorf("%d sources, want 5", len(rep.Sources))
	}
	for _, s := range rep.Sources {
		if s.Error != "" || s.Figures == 0 || len(s.SHA256) != 64 {
			t.Errorf("source %s: error %q, %d figures, sha %q", s.Path, s.Error, s.Figures, s.SHA256)
		}
	}
	quoteOf := map[string]string{}
	for _, f := range rep.Figures {
		quoteOf[f.ID] = f.Quote
	}

	rows := readFindingsSheet(t, filepath.Join(dir, "figcheck-report.xlsx"))
	if len(rows) != len(rep.Findings) {
		t.Errorf("Findings sheet has %d rows, JSON %d findings", len(rows), len(rep.Findings))
	}
	hasRow := func(rule, severity, text string) bool {
		for _, row := range rows {
			if row["Rule"] == rule && strings.EqualFold(row["Severity"], severity) && strings.Contains(row["Message"], text) {
				return true
			}
		}
		return false
	}
	if !hasRow(ruleCumulative, "error", "") {
		t.Errorf("no %s error in the Findings sheet: %v", ruleCumulative, ruleList(rows))
	}
	if !hasRow(ruleConflict, "error", "") {
		t.Errorf("no %s error in the Findings sheet: %v", ruleConflict, ruleList(rows))
	}
	if !hasRow(ruleScale, "error", "241.05") {
		t.Errorf("no %s error proposing 241.05 million handsets: %v", ruleScale, ruleList(rows))
	}
	// No finding at warning or error may link the January-November and the
	// full-year chip totals: different periods are never a conflict.
	for _, f := range rep.Findings {
		if f.Severity == "info" {
			continue
		}
		qs := map[string]bool{}
		for _, id := range f.Figures {
			qs[quoteOf[id]] = true
		}
		if qs["1.03 trillion yuan"] && qs["1.13 trillion yuan"] {
			t.Errorf("finding %s (%s) treats January-November and the full year as a conflict: %s", f.ID, f.Rule, f.Message)
		}
	}
}

func ruleList(rows []map[string]string) []string {
	var out []string
	for _, r := range rows {
		out = append(out, r["Severity"]+" "+r["Rule"])
	}
	return out
}

// readFindingsSheet returns the Findings sheet's rows keyed by header.
func readFindingsSheet(t *testing.T, path string) []map[string]string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatalf("open report: %v", err)
	}
	defer f.Close()
	all, err := f.GetRows("Findings")
	if err != nil {
		t.Fatalf("Findings sheet: %v", err)
	}
	if len(all) == 0 {
		t.Fatal("Findings sheet is empty")
	}
	header := all[0]
	var out []map[string]string
	for _, r := range all[1:] {
		m := map[string]string{}
		for i, h := range header {
			if i < len(r) {
				m[h] = r[i]
			}
		}
		out = append(out, m)
	}
	return out
}

func TestExtractJSONShape(t *testing.T) {
	dir := copyCorpus(t)
	r := runFigcheck(t, dir, "extract", "--format", "json", "articles/chip-exports-april-2024.txt")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) < 5 {
		t.Fatalf("only %d figures:\n%s", len(lines), r.stdout)
	}
	want := []string{"id", "source", "kind", "line", "col", "cell", "quote", "value", "low", "high", "unit",
		"measure", "metric", "subject", "flow", "partner", "period", "basis", "of", "qualifier"}
	found := false
	for _, ln := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(ln), &m); err != nil {
			t.Fatalf("line is not JSON: %v\n%s", err, ln)
		}
		for _, k := range want {
			if _, ok := m[k]; !ok {
				t.Errorf("figure lacks %q: %s", k, ln)
			}
		}
		if m["quote"] == "355.24 billion yuan" {
			found = true
			if m["value"].(float64) != 355.24e9 || m["unit"] != "CNY" || m["kind"] != "article" {
				t.Errorf("355.24 billion yuan read as %s", ln)
			}
			p := m["period"].(map[string]any)
			if p["start"] != "2024-01" || p["end"] != "2024-04" {
				t.Errorf("period of 355.24 billion yuan = %v, want 2024-01..2024-04", p)
			}
		}
	}
	if !found {
		t.Errorf("355.24 billion yuan not extracted:\n%s", r.stdout)
	}
}

func TestBadPathsExitTwo(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{"check", "no-such-file.txt"},
		{"extract", "no-such-dir/"},
		{"check", "--fail-on", "sometimes"},
		{"check", "--date", "2024-13-01"},
		{"check", "--format", "pdf"},
	} {
		r := runFigcheck(t, dir, args...)
		if r.code != ExitUsage {
			t.Errorf("%v: exit %d, want %d", args, r.code, ExitUsage)
		}
		if !strings.Contains(r.stderr, "figcheck:") {
			t.Errorf("%v: no clear error on stderr: %q", args, r.stderr)
		}
	}
	r := runFigcheck(t, dir, "check", "no-such-file.txt")
	if !strings.Contains(r.stderr, "no-such-file.txt") {
		t.Errorf("error does not name the path: %q", r.stderr)
	}
}

// TestBadSourceKeepsOthers: one unreadable input is listed with its error, the
// others are still checked, the report is still written, and the exit code is 2.
func TestBadSourceKeepsOthers(t *testing.T) {
	dir := copyCorpus(t)
	if err := os.WriteFile(filepath.Join(dir, "sheets", "broken.xlsx"), []byte("this is not a zip file"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runFigcheck(t, dir, "check", "--format", "xlsx,json", "--json-out", "out.json", "-o", "out.xlsx", ".")
	if r.code != ExitUsage {
		t.Fatalf("exit %d, want 2\n%s", r.code, r.stderr)
	}
	if !strings.Contains(r.stderr, "broken.xlsx") {
		t.Errorf("stderr does not name the broken input: %s", r.stderr)
	}
	data, err := os.ReadFile(filepath.Join(dir, "out.json"))
	if err != nil {
		t.Fatal(err)
	}
	rep := decodeReport(t, data)
	var failed, ok int
	for _, s := range rep.Sources {
		if s.Error != "" {
			failed++
			if !strings.Contains(s.Error, "broken.xlsx") {
				t.Errorf("error does not name the file: %q", s.Error)
			}
		} else if s.Figures > 0 {
			ok++
		}
	}
	if failed != 1 || ok != 5 {
		t.Errorf("%d failed and %d good sources, want 1 and 5", failed, ok)
	}
	if len(rep.Findings) == 0 {
		t.Error("no findings from the good sources")
	}
	f, err := excelize.OpenFile(filepath.Join(dir, "out.xlsx"))
	if err != nil {
		t.Fatalf("report not written: %v", err)
	}
	defer f.Close()
	rows, _ := f.GetRows("Sources")
	if !strings.Contains(strings.Join(flatten(rows), " "), "broken.xlsx") {
		t.Error("Sources sheet does not list the failed input")
	}
}

func flatten(rows [][]string) []string {
	var out []string
	for _, r := range rows {
		out = append(out, r...)
	}
	return out
}

// TestInputsUntouchedAndOrderFree: inputs keep their bytes, and the same inputs
// given in another order give byte-identical JSON.
func TestInputsUntouchedAndOrderFree(t *testing.T) {
	dir := copyCorpus(t)
	before := hashTree(t, dir)
	paths := []string{"articles/trade-2024-review.html", "sheets", "articles/chip-exports-april-2024.txt", "articles/semiconductors-jan-nov-2024.md"}
	reversed := []string{paths[3], paths[2], paths[1], paths[0]}
	outs := make([][]byte, 2)
	for i, ps := range [][]string{paths, reversed} {
		args := append([]string{"check", "--format", "json", "--fail-on", "never"}, ps...)
		r := runFigcheck(t, dir, args...)
		if r.code != 0 {
			t.Fatalf("exit %d: %s", r.code, r.stderr)
		}
		outs[i] = []byte(dropVolatile(r.stdout))
	}
	if !bytes.Equal(outs[0], outs[1]) {
		t.Error("JSON differs with input order")
	}
	after := hashTree(t, dir)
	for p, h := range before {
		if after[p] != h {
			t.Errorf("input %s was modified", p)
		}
	}
}

// dropVolatile removes the run's start time, the one field that differs between runs.
func dropVolatile(s string) string {
	var out []string
	for _, ln := range strings.Split(s, "\n") {
		if !strings.Contains(ln, `"started"`) {
			out = append(out, ln)
		}
	}
	return strings.Join(out, "\n")
}

func hashTree(t *testing.T, dir string) map[string][32]byte {
	t.Helper()
	out := map[string][32]byte{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err == nil {
			out[p] = sha256.Sum256(data)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestOutputEqualsInputRefused(t *testing.T) {
	dir := copyCorpus(t)
	target := filepath.Join("sheets", "customs-exports-2024-04.xlsx")
	before := hashTree(t, dir)
	r := runFigcheck(t, dir, "check", "-o", target, ".")
	if r.code != ExitUsage || !strings.Contains(r.stderr, "also an input") {
		t.Errorf("exit %d, stderr %q; want 2 and a refusal", r.code, r.stderr)
	}
	if hashTree(t, dir)[filepath.Join(dir, target)] != before[filepath.Join(dir, target)] {
		t.Error("input overwritten")
	}
	r = runFigcheck(t, dir, "check", "-o", filepath.Join("no-such-dir", "r.xlsx"), ".")
	if r.code != ExitUsage || !strings.Contains(r.stderr, "no-such-dir") {
		t.Errorf("unwritable output: exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestSharedOutputRefused: two reports written to one file would race; the
// run is refused before anything is read, but /dev/null may be shared.
func TestSharedOutputRefused(t *testing.T) {
	dir := copyCorpus(t)
	r := runFigcheck(t, dir, "check", "--format", "json,sarif", "--json-out", "same.out", "--sarif-out", "same.out", ".")
	if r.code != ExitUsage || !strings.Contains(r.stderr, "both be written to same.out") {
		t.Errorf("exit %d, stderr %q; want 2 and a refusal", r.code, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "same.out")); err == nil {
		t.Error("a report was written anyway")
	}
	r = runFigcheck(t, dir, "check", "--fail-on", "never", "--format", "json,sarif", "--json-out", "/dev/null", "--sarif-out", "/dev/null", ".")
	if r.code != 0 {
		t.Errorf("/dev/null twice: exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestInterruptLeavesNoPartialReport sends SIGINT while a run is under way:
// afterwards there is either no report or a complete one, and no temporary file.
func TestInterruptLeavesNoPartialReport(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGINT on windows")
	}
	dir := copyCorpus(t)
	cmd := exec.Command(figcheckBin(t), "check", "-o", "r.xlsx", ".")
	cmd.Dir = dir
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(30 * time.Millisecond)
	_ = cmd.Process.Signal(syscall.SIGINT)
	_ = cmd.Wait()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		name := e.Name()
		if strings.Contains(name, ".tmp") || strings.HasPrefix(name, ".figcheck") {
			t.Errorf("temporary file left behind: %s", name)
		}
		if name == "r.xlsx" {
			f, err := excelize.OpenFile(filepath.Join(dir, name))
			if err != nil {
				t.Errorf("partial report left behind: %v", err)
			} else {
				f.Close()
			}
		}
	}
}
