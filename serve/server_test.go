package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"figcheck/figure"
	"figcheck/pipeline"
	"figcheck/rules"
)

const corpus = "../examples/corpus"

// chipArticle is the bundled example article most tests paste.
func chipArticle(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(corpus, "articles", "chip-exports-april-2024.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// newTestServer starts a Server (real pipeline) on an httptest server.
func newTestServer(t *testing.T, cfg Config) (*Server, *httptest.Server) {
	t.Helper()
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	return s, ts
}

// report is the part of the DESIGN §3 JSON the tests read.
type report struct {
	Tool    string `json:"tool"`
	Sources []struct {
		Path    string `json:"path"`
		Kind    string `json:"kind"`
		SHA256  string `json:"sha256"`
		Figures int    `json:"figures"`
		Error   string `json:"error"`
	} `json:"sources"`
	Figures  []figure.Figure `json:"figures"`
	Findings []struct {
		ID       string   `json:"id"`
		Rule     string   `json:"rule"`
		Severity string   `json:"severity"`
		Figures  []string `json:"figures"`
	} `json:"findings"`
	Summary map[string]int `json:"summary"`
}

func (r report) source(path string) (int, bool) {
	for i, s := range r.Sources {
		if s.Path == path {
			return i, true
		}
	}
	return -1, false
}

func postJSON(t *testing.T, url string, body any) *http.Response {
	t.Helper()
	b, err := json.Marshal(body)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.Post(url, "application/json", bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	return resp
}

// multipartBody builds a form with the given fields and files (name → content).
func multipartBody(t *testing.T, fields map[string]string, files map[string][]byte) (*bytes.Buffer, string) {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for k, v := range fields {
		if err := mw.WriteField(k, v); err != nil {
			t.Fatal(err)
		}
	}
	for name, data := range files {
		fw, err := mw.CreateFormFile("file", name)
		if err != nil {
			t.Fatal(err)
		}
		fw.Write(data)
	}
	if err := mw.Close(); err != nil {
		t.Fatal(err)
	}
	return &buf, mw.FormDataContentType()
}

func decodeReport(t *testing.T, resp *http.Response) report {
	t.Helper()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d: %s", resp.StatusCode, body)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("Content-Type %q", ct)
	}
	var r report
	if err := json.Unmarshal(body, &r); err != nil {
		t.Fatalf("decode: %v\n%s", err, body)
	}
	return r
}

func TestHealthz(t *testing.T) {
	_, ts := newTestServer(t, Config{})
	resp, err := http.Get(ts.URL + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK || strings.TrimSpace(string(body)) != "ok" {
		t.Fatalf("healthz: %d %q", resp.StatusCode, body)
	}
}

func TestAPICheckJSON(t *testing.T) {
	_, ts := newTestServer(t, Config{SourceDirs: []string{filepath.Join(corpus, "sheets")}})
	resp := postJSON(t, ts.URL+"/api/check", map[string]string{"text": chipArticle(t), "date": "2024-05-10"})
	r := decodeReport(t, resp)
	if r.Tool != "figcheck" {
		t.Errorf("tool %q", r.Tool)
	}
	i, ok := r.source(PastedName)
	if !ok {
		t.Fatalf("no source %s in %+v", PastedName, r.Sources)
	}
	if s := r.Sources[i]; s.Error != "" || s.Kind != "article" || s.Figures == 0 {
		t.Errorf("pasted article: %+v", s)
	}
	if len(r.Sources) != 3 {
		t.Errorf("want the article and the 2 reference sheets, got %d sources", len(r.Sources))
	}
	if len(r.Findings) == 0 {
		t.Errorf("the chip article against the corpus sheets should produce findings")
	}
	if loc := resp.Header.Get("X-Figcheck-Report"); !strings.HasPrefix(loc, "/report/") {
		t.Errorf("X-Figcheck-Report %q", loc)
	}
}

func TestAPICheckMultipart(t *testing.T) {
	_, ts := newTestServer(t, Config{})
	sheet, err := os.ReadFile(filepath.Join(corpus, "sheets", "monthly-trade-2024.csv"))
	if err != nil {
		t.Fatal(err)
	}
	md, err := os.ReadFile(filepath.Join(corpus, "articles", "semiconductors-jan-nov-2024.md"))
	if err != nil {
		t.Fatal(err)
	}
	body, ct := multipartBody(t,
		map[string]string{"text": chipArticle(t), "date": "2024-05-10"},
		map[string][]byte{`C:\Users\ed\monthly-trade-2024.csv`: sheet, "semis.md": md})
	resp, err := http.Post(ts.URL+"/api/check", ct, body)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	r := decodeReport(t, resp)
	for _, name := range []string{PastedName, "monthly-trade-2024.csv", "semis.md"} {
		i, ok := r.source(name)
		if !ok {
			t.Errorf("no source %q in %+v", name, r.Sources)
			continue
		}
		if r.Sources[i].Error != "" || r.Sources[i].Figures == 0 {
			t.Errorf("%s: %+v", name, r.Sources[i])
		}
	}
}

func TestAPICheckBadInput(t *testing.T) {
	_, ts := newTestServer(t, Config{})
	form, formCT := multipartBody(t, map[string]string{"text": "x"}, map[string][]byte{"report.pdf": []byte("%PDF")})
	latin1, latin1CT := multipartBody(t, map[string]string{"text": "Exports rose \xe9 5%"}, nil)
	tests := []struct {
		name, ct, body, want string
	}{
		{"bad date", "application/json", `{"text":"Exports were 5 billion yuan.","date":"10/05/2024"}`, "want YYYY-MM-DD"},
		{"impossible date", "application/json", `{"text":"x","date":"2024-02-30"}`, "want YYYY-MM-DD"},
		{"nothing to check", "application/json", `{"text":"  ","date":"2024-05-10"}`, "nothing to check"},
		{"broken JSON", "application/json", `{"text":`, "JSON body"},
		{"unknown content type", "text/plain", "hello", "Content-Type"},
		{"unsupported upload", formCT, form.String(), "unsupported type"},
		{"invalid UTF-8", latin1CT, latin1.String(), "UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := http.Post(ts.URL+"/api/check", tt.ct, strings.NewReader(tt.body))
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			var e struct{ Error string }
			if err := json.NewDecoder(resp.Body).Decode(&e); err != nil {
				t.Fatalf("error body is not JSON: %v", err)
			}
			if resp.StatusCode != http.StatusBadRequest {
				t.Errorf("status %d, want 400 (%s)", resp.StatusCode, e.Error)
			}
			if !strings.Contains(e.Error, tt.want) {
				t.Errorf("error %q does not mention %q", e.Error, tt.want)
			}
		})
	}
}

func TestAPICheckOversized(t *testing.T) {
	_, ts := newTestServer(t, Config{MaxBody: 4 << 10})
	big := strings.Repeat("Exports were 5 billion yuan in April. ", 400) // ~15 KiB
	for _, kind := range []string{"json", "multipart"} {
		t.Run(kind, func(t *testing.T) {
			var resp *http.Response
			if kind == "json" {
				resp = postJSON(t, ts.URL+"/api/check", map[string]string{"text": big})
			} else {
				body, ct := multipartBody(t, map[string]string{"date": "2024-05-10"}, map[string][]byte{"big.txt": []byte(big)})
				var err error
				if resp, err = http.Post(ts.URL+"/api/check", ct, body); err != nil {
					t.Fatal(err)
				}
				defer resp.Body.Close()
			}
			var e struct{ Error string }
			json.NewDecoder(resp.Body).Decode(&e)
			if resp.StatusCode != http.StatusRequestEntityTooLarge || !strings.Contains(e.Error, "4 KiB") {
				t.Errorf("status %d error %q, want 413 naming the 4 KiB limit", resp.StatusCode, e.Error)
			}
		})
	}
}

// TestPageEscapesArticle posts an article containing markup through the
// page's form and checks that it comes back as text, never as markup.
func TestPageEscapesArticle(t *testing.T) {
	_, ts := newTestServer(t, Config{})
	article := "Chips <script>alert(1)</script> exported\nChina exported chips worth 355.24 billion yuan in January-April 2024, up 23.5% <b onmouseover=alert(2)>year on year</b>.\n"
	form := url.Values{"text": {article}, "date": {"2024-05-10"}}
	body, ct := multipartBody(t, map[string]string{"text": article, "date": "2024-05-10"}, nil)
	for _, req := range []struct {
		name, ct string
		body     io.Reader
	}{{"multipart", ct, body}, {"urlencoded", "application/x-www-form-urlencoded", strings.NewReader(form.Encode())}} {
		t.Run(req.name, func(t *testing.T) {
			resp, err := http.Post(ts.URL+"/check", req.ct, req.body) // follows the redirect to /run/{id}
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			page, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Request.URL.Path, "/run/") {
				t.Fatalf("status %d at %s", resp.StatusCode, resp.Request.URL)
			}
			html := string(page)
			for _, bad := range []string{"<script>alert(1)", "<b onmouseover"} {
				if strings.Contains(html, bad) {
					t.Errorf("page contains unescaped %q", bad)
				}
			}
			if !strings.Contains(html, "&lt;script&gt;alert(1)&lt;/script&gt;") {
				t.Errorf("escaped article text not found in the page")
			}
			if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
				t.Errorf("Content-Security-Policy %q", csp)
			}
		})
	}
}

// TestSourcesReread changes, adds and removes reference sheets between
// checks and expects each check to see the folder as it is.
func TestSourcesReread(t *testing.T) {
	dir := t.TempDir()
	sheet := filepath.Join(dir, "exports.csv")
	v1 := "subject,flow,period,measure,value,unit\nintegrated circuits,export,2024-04,value,919.4,亿元\n"
	v2 := "subject,flow,period,measure,value,unit\nintegrated circuits,export,2024-04,value,939.4,亿元\nintegrated circuits,export,2024-03,value,954.4,亿元\n"
	if err := os.WriteFile(sheet, []byte(v1), 0o644); err != nil {
		t.Fatal(err)
	}
	_, ts := newTestServer(t, Config{SourceDirs: []string{dir}})
	check := func() report {
		t.Helper()
		return decodeReport(t, postJSON(t, ts.URL+"/api/check", map[string]string{"text": chipArticle(t), "date": "2024-05-10"}))
	}
	name := filepath.ToSlash(filepath.Clean(sheet))
	sum := func(r report, path string) string {
		t.Helper()
		i, ok := r.source(path)
		if !ok {
			t.Fatalf("source %s missing from %+v", path, r.Sources)
		}
		return r.Sources[i].SHA256
	}
	first := sum(check(), name)
	if again := sum(check(), name); again != first {
		t.Fatalf("unchanged sheet read differently: %s vs %s", again, first)
	}
	if err := os.WriteFile(sheet, []byte(v2), 0o644); err != nil {
		t.Fatal(err)
	}
	// Make sure the modification time moves even on coarse file systems.
	later := time.Now().Add(2 * time.Second)
	os.Chtimes(sheet, later, later)
	r := check()
	if got := sum(r, name); got == first {
		t.Fatalf("changed sheet was not re-read")
	}
	if i, _ := r.source(name); r.Sources[i].Figures < 2 && r.Sources[i].Error == "" {
		t.Errorf("changed sheet has %d figures, want 2", r.Sources[i].Figures)
	}
	added := filepath.Join(dir, "more.csv")
	if err := os.WriteFile(added, []byte(v1), 0o644); err != nil {
		t.Fatal(err)
	}
	r = check()
	if _, ok := r.source(filepath.ToSlash(added)); !ok {
		t.Errorf("added sheet not picked up: %+v", r.Sources)
	}
	os.Remove(added)
	r = check()
	if _, ok := r.source(filepath.ToSlash(added)); ok {
		t.Errorf("removed sheet still checked")
	}
}

func TestReportDownloadAndEviction(t *testing.T) {
	_, ts := newTestServer(t, Config{KeepRuns: 2})
	var reports []string
	for i := 0; i < 3; i++ {
		resp := postJSON(t, ts.URL+"/api/check", map[string]string{"text": chipArticle(t), "date": "2024-05-10"})
		decodeReport(t, resp)
		reports = append(reports, resp.Header.Get("X-Figcheck-Report"))
	}
	resp, err := http.Get(ts.URL + reports[2])
	if err != nil {
		t.Fatal(err)
	}
	data, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !bytes.HasPrefix(data, []byte("PK")) {
		t.Fatalf("report: status %d, %d bytes, starts %q", resp.StatusCode, len(data), data[:min(4, len(data))])
	}
	if cd := resp.Header.Get("Content-Disposition"); !strings.Contains(cd, "attachment") || !strings.Contains(cd, ".xlsx") {
		t.Errorf("Content-Disposition %q", cd)
	}
	resp, err = http.Get(ts.URL + reports[0])
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("evicted report: status %d, want 404", resp.StatusCode)
	}
	resp, err = http.Get(ts.URL + "/report/not-an-id")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("unknown report: status %d, want 404", resp.StatusCode)
	}
}

func TestHostGuard(t *testing.T) {
	s, err := New(Config{AllowedHosts: LoopbackHosts()})
	if err != nil {
		t.Fatal(err)
	}
	h := s.Handler()
	for host, want := range map[string]int{
		"127.0.0.1:8080": http.StatusOK, "localhost:8080": http.StatusOK, "[::1]:8080": http.StatusOK,
		"evil.example:8080": http.StatusMisdirectedRequest, "127.0.0.1.evil.example": http.StatusMisdirectedRequest,
	} {
		req := httptest.NewRequest("GET", "/healthz", nil)
		req.Host = host
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != want {
			t.Errorf("Host %s: status %d, want %d", host, rec.Code, want)
		}
	}
}

func TestIsLoopback(t *testing.T) {
	for addr, want := range map[string]bool{
		"127.0.0.1:8080": true, "localhost:0": true, "[::1]:80": true,
		"0.0.0.0:8080": false, ":8080": false, "192.168.1.2:8080": false, "nonsense": false,
	} {
		if got := IsLoopback(addr); got != want {
			t.Errorf("IsLoopback(%q) = %v, want %v", addr, got, want)
		}
	}
}

// TestCheckTimeout stops a run that outlives the time limit.
func TestCheckTimeout(t *testing.T) {
	s, ts := newTestServer(t, Config{CheckTimeout: 50 * time.Millisecond})
	s.run = func(ctx context.Context, _ pipeline.Config) (*pipeline.Result, error) {
		<-ctx.Done()
		return nil, pipeline.ErrInterrupted
	}
	resp := postJSON(t, ts.URL+"/api/check", map[string]string{"text": "x"})
	var e struct{ Error string }
	json.NewDecoder(resp.Body).Decode(&e)
	if resp.StatusCode != http.StatusServiceUnavailable || !strings.Contains(e.Error, "took too long") {
		t.Errorf("status %d error %q, want 503 'took too long'", resp.StatusCode, e.Error)
	}
}

// cannedResult is a run with one figure per verdict, for the rendering tests.
func cannedResult() *pipeline.Result {
	text := "Chip exports were 355.24 billion yuan in January-April, up 23.5%.\nIn April alone they were 93.94 billion yuan, or about $13.2 billion.\n"
	apr := figure.MonthPeriod(figure.MonthOf(2024, 4))
	ytd := figure.Period{Start: figure.MonthOf(2024, 1), End: figure.MonthOf(2024, 4)}
	art := func(id string, line, col int, quote string, v float64, unit string, m figure.Measure, p figure.Period) figure.Figure {
		return figure.Figure{ID: id, Source: PastedName, Kind: figure.KindArticle, Line: line, Col: col, Quote: quote,
			Value: v, Low: v * 0.9999, High: v * 1.0001, Unit: unit, Measure: m, Metric: "integrated_circuits.export",
			Subject: "integrated circuits", Flow: "export", Period: p}
	}
	figs := []figure.Figure{
		art("pasted-article.txt#1", 1, 19, "355.24 billion yuan", 355.24e9, "CNY", figure.Value, ytd),
		art("pasted-article.txt#2", 1, 62, "23.5%", 23.5, "percent", figure.Growth, ytd),
		art("pasted-article.txt#3", 2, 26, "93.94 billion yuan", 93.94e9, "CNY", figure.Value, apr),
		art("pasted-article.txt#4", 2, 55, "$13.2 billion", 13.2e9, "USD", figure.Value, apr),
		{ID: "sheet.csv#5", Source: "sheets/sheet.csv", Kind: figure.KindSheet, Cell: "Sheet1!E5", Quote: "919.4",
			Value: 91.94e9, Low: 91.935e9, High: 91.945e9, Unit: "CNY", Measure: figure.Value,
			Metric: "integrated_circuits.export", Period: apr, Context: "integrated circuits, 2024-04"},
	}
	return &pipeline.Result{
		Tool: "figcheck", Version: "test",
		Sources: []pipeline.SourceStatus{
			{Path: PastedName, Kind: figure.KindArticle, Figures: 4, Text: text},
			{Path: "sheets/sheet.csv", Kind: figure.KindSheet, Figures: 1},
			{Path: "broken.xlsx", Kind: figure.KindSheet, Error: "broken.xlsx: zip: not a valid zip file"},
		},
		Figures: figs,
		Findings: []rules.Finding{
			{ID: "a", Rule: "same-fact", Severity: rules.SevError, Message: "April exports stated as ¥93.94B but the sheet says ¥91.94B",
				Figures: []string{"pasted-article.txt#3", "sheet.csv#5"}, Metric: "integrated_circuits.export", Period: apr,
				Expected: &rules.Bound{Low: 91.935e9, High: 91.945e9, Unit: "CNY"}, Actual: &rules.Bound{Low: 93.935e9, High: 93.945e9, Unit: "CNY"},
				Difference: 1.99e9, DiffPct: 2.16, Tolerance: 0.005},
			{ID: "b", Rule: "implied-rate", Severity: rules.SevWarning, Message: "¥93.94B = $13.2B implies 7.12 CNY/USD",
				Figures: []string{"pasted-article.txt#4", "pasted-article.txt#3"}},
			{ID: "c", Rule: "growth-note", Severity: rules.SevInfo, Message: "growth not checked: no prior-year figure",
				Figures: []string{"pasted-article.txt#2"}},
		},
		Summary: pipeline.Summary{Error: 1, Warning: 1, Info: 1},
	}
}

func TestPageRendersVerdicts(t *testing.T) {
	s, ts := newTestServer(t, Config{})
	s.run = func(context.Context, pipeline.Config) (*pipeline.Result, error) { return cannedResult(), nil }
	resp, err := http.PostForm(ts.URL+"/check", url.Values{"text": {"anything"}, "date": {"2024-05-10"}})
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	page, _ := io.ReadAll(resp.Body)
	html := string(page)
	for _, want := range []string{
		`class="fig v-none" href="#f0" data-fig="f0" title="no finding">355.24 billion yuan</a>`,
		`class="fig v-info" href="#f1" data-fig="f1" title="info: 1 finding">23.5%</a>`,
		`class="fig v-error" href="#f2" data-fig="f2" title="error: 2 findings">93.94 billion yuan</a>`,
		`class="fig v-warning" href="#f3" data-fig="f3" title="warning: 1 finding">$13.2 billion</a>`,
		`id="f2" data-related="f3"`,
		"¥93.94 billion",                          // the figure's value
		"¥93.935 billion – ¥93.945 billion",       // the interval shown as "Stated"
		"April 2024 (2024-04)",                    // the period
		"<code>integrated_circuits.export</code>", // the metric
		"sheets/sheet.csv#Sheet1!E5",              // the other figure's source
		"¥1.99 billion (2.16%)",                   // the difference
		"Could not read broken.xlsx:",             // the failed source
		`href="/report/`,                          // the download button
		"April exports stated as ¥93.94B but the sheet says ¥91.94B",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if t.Failed() {
		os.WriteFile(filepath.Join(t.TempDir(), "page.html"), page, 0o644)
		t.Logf("page:\n%s", html)
	}
}

func TestPageErrors(t *testing.T) {
	_, ts := newTestServer(t, Config{})
	resp, err := http.PostForm(ts.URL+"/check", url.Values{"text": {"<i>kept</i> text"}, "date": {"May 10"}})
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	page, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusBadRequest {
		t.Errorf("status %d, want 400", resp.StatusCode)
	}
	for _, want := range []string{"Could not check:", "want YYYY-MM-DD", "&lt;i&gt;kept&lt;/i&gt; text</textarea>"} {
		if !strings.Contains(string(page), want) {
			t.Errorf("error page lacks %q", want)
		}
	}
	resp2, err := http.Get(ts.URL + "/run/0123456789abcdef")
	if err != nil {
		t.Fatal(err)
	}
	resp2.Body.Close()
	if resp2.StatusCode != http.StatusNotFound {
		t.Errorf("unknown run: status %d, want 404", resp2.StatusCode)
	}
}

// TestUnreadableUpload shows a failed upload's error on the page.
func TestUnreadableUpload(t *testing.T) {
	_, ts := newTestServer(t, Config{})
	body, ct := multipartBody(t, map[string]string{"text": chipArticle(t), "date": "2024-05-10"},
		map[string][]byte{"customs.xlsx": []byte("this is not a workbook")})
	resp, err := http.Post(ts.URL+"/check", ct, body)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	page, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d: %s", resp.StatusCode, page)
	}
	if !strings.Contains(string(page), "Could not read customs.xlsx:") {
		t.Errorf("page does not show the unreadable upload's error")
	}
}

func TestIndexListsSheets(t *testing.T) {
	_, ts := newTestServer(t, Config{SourceDirs: []string{filepath.Join(corpus, "sheets")}, Pipeline: pipeline.Config{Version: "v-test"}})
	resp, err := http.Get(ts.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	page, _ := io.ReadAll(resp.Body)
	for _, want := range []string{"monthly-trade-2024.csv", "customs-exports-2024-04.xlsx", `name="text"`, `type="date"`, "v-test"} {
		if !strings.Contains(string(page), want) {
			t.Errorf("index lacks %q", want)
		}
	}
	if _, err := New(Config{SourceDirs: []string{filepath.Join(t.TempDir(), "missing")}}); err == nil {
		t.Errorf("a missing --sources folder should be refused")
	}
	badRules := filepath.Join(t.TempDir(), "rules.yaml")
	os.WriteFile(badRules, []byte("rules: [ {id: x, check: \"(\"} ]\n"), 0o644)
	if _, err := New(Config{Pipeline: pipeline.Config{Rules: rules.Config{Files: []string{badRules}}}}); err == nil {
		t.Errorf("a broken rule file should be refused at start-up")
	}
}

// TestConcurrentChecks runs checks in parallel while a reference sheet is
// rewritten; run with -race it guards the sheet cache and the run store.
func TestConcurrentChecks(t *testing.T) {
	dir := t.TempDir()
	sheet := filepath.Join(dir, "exports.csv")
	write := func(v string) {
		os.WriteFile(sheet, []byte("subject,flow,period,measure,value,unit\nintegrated circuits,export,2024-04,value,"+v+",亿元\n"), 0o644)
	}
	write("919.4")
	_, ts := newTestServer(t, Config{SourceDirs: []string{dir}, KeepRuns: 3, Concurrency: 2})
	article := chipArticle(t)
	errs := make(chan error, 8)
	for i := 0; i < 8; i++ {
		go func() {
			b, _ := json.Marshal(map[string]string{"text": article, "date": "2024-05-10"})
			resp, err := http.Post(ts.URL+"/api/check", "application/json", bytes.NewReader(b))
			if err == nil {
				if resp.StatusCode != http.StatusOK {
					err = &requestError{Status: resp.StatusCode, Msg: "unexpected status"}
				}
				resp.Body.Close()
			}
			errs <- err
		}()
	}
	for i := 0; i < 4; i++ {
		write("9" + strings.Repeat("1", i+1) + ".4")
		time.Sleep(5 * time.Millisecond)
	}
	for i := 0; i < 8; i++ {
		if err := <-errs; err != nil {
			t.Errorf("check %d: %v", i, err)
		}
	}
}
