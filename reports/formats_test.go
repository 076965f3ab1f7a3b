package reports

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"figcheck/figure"
	"figcheck/pipeline"
	"figcheck/rules"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

// golden compares got with testdata/name, rewriting it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (run go test -update after checking the change):\n%s", name, got)
	}
}

func render(t *testing.T, fn func(io.Writer, *pipeline.Result) error, res *pipeline.Result) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := fn(&b, res); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestJSONGolden(t *testing.T) {
	golden(t, "report.golden.json", render(t, WriteJSON, sampleResult()))
}

func TestJSONBaselineGolden(t *testing.T) {
	res := sampleResult()
	res.Baseline = "previous.json"
	res.Findings[0].New = boolp(false)
	res.Findings[0].Status, res.Findings[0].Note = "Confirmed", "sent to the desk"
	for i := 1; i < len(res.Findings); i++ {
		res.Findings[i].New = boolp(true)
	}
	golden(t, "report-baseline.golden.json", render(t, WriteJSON, res))
}

func TestJSONShape(t *testing.T) {
	out := render(t, WriteJSON, sampleResult())
	// Top-level keys in the order of DESIGN §3.
	dec := json.NewDecoder(bytes.NewReader(out))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		t.Fatalf("not an object: %v %v", tok, err)
	}
	var keys []string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, tok.(string))
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			t.Fatal(err)
		}
	}
	if got := strings.Join(keys, ","); got != "tool,version,sources,figures,findings,summary" {
		t.Errorf("top-level keys %s", got)
	}
	var doc struct {
		Findings []map[string]any `json:"findings"`
		Summary  map[string]int   `json:"summary"`
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"id", "rule", "severity", "message", "figures", "expected", "actual", "metric", "period"} {
		if _, ok := doc.Findings[0][k]; !ok {
			t.Errorf("finding lacks %q", k)
		}
	}
	if _, ok := doc.Findings[0]["new"]; ok {
		t.Errorf("finding has \"new\" without a baseline")
	}
	if doc.Summary["error"] != 2 || doc.Summary["info"] != 1 {
		t.Errorf("summary %v", doc.Summary)
	}
}

func TestJSONDeterministic(t *testing.T) {
	a := render(t, WriteJSON, sampleResult())
	for i := 0; i < 5; i++ {
		if b := render(t, WriteJSON, sampleResult()); !bytes.Equal(a, b) {
			t.Fatalf("run %d gave different bytes", i)
		}
	}
}

func TestJSONNonFinite(t *testing.T) {
	res := sampleResult()
	res.Findings[0].DiffPct = nan()
	res.Figures[0].High = inf()
	out := render(t, WriteJSON, res)
	if !json.Valid(out) {
		t.Fatalf("invalid JSON")
	}
}

func TestText(t *testing.T) {
	out := string(render(t, WriteText, sampleResult()))
	for _, want := range []string{
		"6 findings in 4 sources (1 failed)",
		"2 errors, 1 warning, 1 info; 1 waived, 1 false alarm",
		"ERROR   cumulative-sum  articles/chip-trade.txt:5:31",
		"Failed sources:\n  sheets/broken.xlsx: sheets/broken.xlsx: zip: not a valid zip file",
		"Expired waivers:",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("text lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Two sources state") {
		t.Errorf("waived or false-alarm findings listed among top findings:\n%s", out)
	}
	res := sampleResult()
	res.Baseline = "old.json"
	res.Summary.New = 3
	if out := string(render(t, WriteText, res)); !strings.Contains(out, "3 new since the baseline") {
		t.Errorf("text lacks the new count:\n%s", out)
	}
}

func TestJUnit(t *testing.T) {
	out := render(t, WriteJUnit, sampleResult())
	// Well-formed: the decoder walks every token.
	dec := xml.NewDecoder(bytes.NewReader(out))
	for {
		if _, err := dec.Token(); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("malformed XML: %v\n%s", err, out)
		}
	}
	var doc junitSuites
	if err := xml.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	suites := map[string]junitSuite{}
	for _, s := range doc.Suites {
		suites[s.Name] = s
	}
	if len(doc.Suites) != 7 { // six rules and the sources suite
		t.Errorf("%d suites, want 7", len(doc.Suites))
	}
	// fail-on error: the two unwaived errors fail, the warning and info do not.
	if doc.Failures != 2 {
		t.Errorf("%d failures, want 2", doc.Failures)
	}
	cs := suites["cumulative-sum"]
	if cs.Tests != 3 || cs.Failures != 1 {
		t.Errorf("cumulative-sum suite: %d tests, %d failures", cs.Tests, cs.Failures)
	}
	if suites["conflict"].Failures != 0 {
		t.Errorf("waived/false-alarm findings failed")
	}
	if suites["sources"].Errors != 1 {
		t.Errorf("broken source not reported")
	}
	if suites["unit-value"].Skipped != 3 {
		t.Errorf("skipped rule: %+v", suites["unit-value"])
	}
	res := sampleResult()
	res.Options[OptionFailOn] = "warning"
	var warn junitSuites
	if err := xml.Unmarshal(render(t, WriteJUnit, res), &warn); err != nil {
		t.Fatal(err)
	}
	if warn.Failures != 3 {
		t.Errorf("fail-on warning: %d failures, want 3", warn.Failures)
	}
}

func TestSARIF(t *testing.T) {
	out := render(t, WriteSARIF, sampleResult())
	var log map[string]any
	if err := json.Unmarshal(out, &log); err != nil {
		t.Fatal(err)
	}
	if log["version"] != "2.1.0" || !strings.Contains(log["$schema"].(string), "sarif-2.1.0") {
		t.Fatalf("version/schema: %v %v", log["version"], log["$schema"])
	}
	var doc sarifLog
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Runs) != 1 {
		t.Fatalf("%d runs", len(doc.Runs))
	}
	run := doc.Runs[0]
	if run.Tool.Driver.Name != "figcheck" || len(run.Tool.Driver.Rules) != 6 {
		t.Errorf("driver %s with %d rules", run.Tool.Driver.Name, len(run.Tool.Driver.Rules))
	}
	for _, r := range run.Tool.Driver.Rules {
		if r.ID == "" || r.ShortDescription.Text == "" {
			t.Errorf("rule lacks id or shortDescription: %+v", r)
		}
	}
	if len(run.Results) != 6 {
		t.Fatalf("%d results", len(run.Results))
	}
	for i, r := range run.Results {
		if r.Message.Text == "" || r.RuleID == "" || run.Tool.Driver.Rules[r.RuleIndex].ID != r.RuleID {
			t.Errorf("result %d: rule %q index %d message %q", i, r.RuleID, r.RuleIndex, r.Message.Text)
		}
		if len(r.Locations) != 1 || r.Locations[0].PhysicalLocation == nil || r.Locations[0].PhysicalLocation.ArtifactLocation.URI == "" {
			t.Errorf("result %d has no artifact location", i)
		}
		switch r.Level {
		case "error", "warning", "note":
		default:
			t.Errorf("result %d level %q", i, r.Level)
		}
	}
	// An article figure has a region with columns; endColumn is exclusive.
	reg := run.Results[0].Locations[0].PhysicalLocation.Region
	if reg == nil || reg.StartLine != 5 || reg.StartColumn != 31 || reg.EndColumn != 31+len("355.24 billion yuan") {
		t.Errorf("article region %+v", reg)
	}
	// A sheet cell has no region but a logical location.
	sheetLoc := run.Results[4].Locations[0]
	if sheetLoc.PhysicalLocation.Region != nil || len(sheetLoc.LogicalLocations) != 1 ||
		sheetLoc.LogicalLocations[0].FullyQualifiedName != "表1!F7" {
		t.Errorf("sheet location %+v", sheetLoc)
	}
	if len(run.Results[4].Suppressions) != 1 || len(run.Results[5].Suppressions) != 1 || len(run.Results[0].Suppressions) != 0 {
		t.Errorf("suppressions for waived / false alarm findings missing")
	}
	if run.Invocations[0].ExecutionSuccessful || len(run.Invocations[0].ToolExecutionNotifications) != 1 {
		t.Errorf("broken input not reported: %+v", run.Invocations)
	}
	if fp := run.Results[0].PartialFingerprints["figcheckFindingId/v1"]; fp != "cumulative-sum-3f9a1c" {
		t.Errorf("fingerprint %q", fp)
	}
}

func TestGitHub(t *testing.T) {
	res := sampleResult()
	res.Findings[2].Message = "50% off,\nsecond line"
	out := string(render(t, WriteGitHub, res))
	lines := strings.Split(strings.TrimSpace(out), "\n")
	want := []string{
		"::error file=articles/chip-trade.txt,line=5,col=31,endColumn=50,title=figcheck cumulative-sum::January-April 2024 exports",
		"::error file=articles/phones.md,line=3,col=12,endColumn=27,title=figcheck scale-error::",
		"::warning file=articles/phones.md,line=7,col=1,endColumn=29,title=figcheck implied-rate::50%25 off,%0Asecond line",
		"::notice file=articles/chip-trade.txt,line=5,col=62,endColumn=67,title=figcheck growth-check::",
		"::error file=sheets/broken.xlsx,title=figcheck%3A input could not be read::",
		"::warning title=figcheck%3A expired waiver::",
		"::notice title=figcheck summary::figcheck: 2 errors, 1 warning, 1 info; 1 waived, 1 false alarm",
	}
	if len(lines) != len(want) {
		t.Fatalf("%d lines, want %d:\n%s", len(lines), len(want), out)
	}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], w) {
			t.Errorf("line %d:\n got %s\nwant %s…", i, lines[i], w)
		}
	}
	// A sheet claim names its cell in the title and has no line.
	res = sampleResult()
	res.Findings = []rules.Finding{{ID: "x", Rule: "conflict", Severity: rules.SevWarning, Message: "m",
		Figures: []string{"sheets/customs-2024-04.xlsx#B7"}}}
	if out := string(render(t, WriteGitHub, res)); !strings.HasPrefix(out,
		"::warning file=sheets/customs-2024-04.xlsx,title=figcheck conflict at 表1!F7::m\n") {
		t.Errorf("sheet annotation: %s", out)
	}
}

func TestRegistry(t *testing.T) {
	if got := strings.Join(Formats(), ","); got != "xlsx,json,text,junit,sarif,github" {
		t.Errorf("Formats() = %s", got)
	}
	tests := []struct {
		in      string
		want    string
		wantErr bool
	}{
		{"xlsx,text", "xlsx,text", false},
		{" JSON , sarif,json,", "json,sarif", false},
		{"xlsx,pdf", "", true},
		{"", "", true},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseFormats(tc.in)
			if (err != nil) != tc.wantErr || strings.Join(got, ",") != tc.want {
				t.Errorf("ParseFormats(%q) = %v, %v", tc.in, got, err)
			}
		})
	}
	for _, name := range Formats() {
		var b bytes.Buffer
		if err := Write(name, &b, sampleResult()); err != nil || b.Len() == 0 {
			t.Errorf("Write(%s): %v, %d bytes", name, err, b.Len())
		}
	}
	if err := Write("pdf", io.Discard, sampleResult()); err == nil {
		t.Errorf("unknown format accepted")
	}
	// Every writer copes with an empty result.
	for _, name := range Formats() {
		if err := Write(name, io.Discard, &pipeline.Result{}); err != nil {
			t.Errorf("%s on an empty result: %v", name, err)
		}
	}
}

func TestFormatAmount(t *testing.T) {
	tests := []struct {
		v    float64
		unit string
		want string
	}{
		{355.24e9, "CNY", "¥355.24B"},
		{1.03e12, "CNY", "¥1.03T"},
		{142.17e9, "USD", "$142.17B"},
		{-3.14e9, "CNY", "-¥3.14B"},
		{241.054e6, figure.UnitUnits, "241.054M units"},
		{24.1054e6, figure.UnitUnits, "24.1054M units"},
		{23.5, figure.UnitPercent, "23.5%"},
		{-5.5, figure.UnitPercent, "-5.5%"},
		{1.2, figure.UnitPP, "1.2 pp"},
		{1.4, figure.UnitFold, "1.4-fold"},
		{7.12345, "CNY/USD", "7.1235 CNY/USD"},
		{950, "CNY", "¥950"},
		{11066.4001, "CNY/units", "¥11,066.40/unit"},
		{1500000, "USD/tonnes", "$1.50M/tonne"},
		{12.5, "SGD/units", "SGD 12.50/unit"},
		{12500, "EUR", "€12.5K"},
		{1234.5, "", "1,234.5"},
		{5e9, "JPY", "JP¥5.00B"},
		{3e6, "tonnes", "3.00M tonnes"},
		{2e9, "SGD", "2.00B SGD"},
		{0, "CNY", "¥0"},
		{nan(), "CNY", "n/a"},
	}
	for _, tc := range tests {
		if got := formatAmount(tc.v, tc.unit); got != tc.want {
			t.Errorf("formatAmount(%g, %q) = %q, want %q", tc.v, tc.unit, got, tc.want)
		}
	}
	if got := formatBound(&rules.Bound{Low: 352.095e9, High: 352.105e9, Unit: "CNY"}); got != "¥352.10B" {
		t.Errorf("narrow bound %q", got)
	}
	if got := formatBound(&rules.Bound{Low: 1.025e12, High: 1.242e12, Unit: "CNY"}); got != "¥1.025T–¥1.242T" {
		t.Errorf("wide bound %q", got)
	}
	if got := formatBound(&rules.Bound{Low: 20, High: 30, Unit: "percent"}); got != "20.0%–30.0%" {
		t.Errorf("percent bound %q", got)
	}
}

func TestWrappedLines(t *testing.T) {
	if n := wrappedLines("short", 20); n != 1 {
		t.Errorf("short: %d", n)
	}
	if n := wrappedLines(strings.Repeat("x", 45), 20); n != 3 {
		t.Errorf("45 chars in width 20: %d", n)
	}
	if n := wrappedLines("a\nb\nc", 20); n != 3 {
		t.Errorf("three paragraphs: %d", n)
	}
	if n := wrappedLines(strings.Repeat("集", 15), 20); n != 2 {
		t.Errorf("15 wide characters in width 20: %d", n)
	}
}
