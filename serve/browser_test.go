package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"figcheck/pipeline"
)

// chromiumPath finds Debian's chromium (or another Chrome) for the browser
// test; the test skips, saying why, when there is none.
func chromiumPath(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("FIGCHECK_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("chromium not found: apt-get install chromium (or set FIGCHECK_CHROMIUM to a Chrome binary)")
	return ""
}

// newBrowser starts headless Chromium with a fresh profile and returns a
// chromedp context whose first Run has started the browser.
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	exe := chromiumPath(t)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1440, 1800),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("start %s: %v", exe, err)
	}
	return ctx
}

// serveOnLoopback runs s on 127.0.0.1 with a free port and returns its URL.
func serveOnLoopback(t *testing.T, s *Server) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
			t.Errorf("serve: %v", err)
		}
	})
	return "http://" + ln.Addr().String()
}

// saveScreenshot captures the page into the test's temp dir and, when
// FIGCHECK_SCREENSHOT names a PNG path, there too; a non-empty suffix is put
// before the extension ("shot.png" → "shot-overview.png").
func saveScreenshot(t *testing.T, ctx context.Context, suffix string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	if !bytes.HasPrefix(png, []byte("\x89PNG")) {
		t.Fatalf("screenshot is not a PNG (%d bytes)", len(png))
	}
	name := "figcheck-serve" + suffix + ".png"
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s (%d bytes)", p, len(png))
	if out := os.Getenv("FIGCHECK_SCREENSHOT"); out != "" {
		if suffix != "" {
			ext := filepath.Ext(out)
			out = strings.TrimSuffix(out, ext) + suffix + ext
		}
		if err := os.WriteFile(out, png, 0o644); err != nil {
			t.Fatalf("FIGCHECK_SCREENSHOT: %v", err)
		}
		t.Logf("screenshot copied to %s", out)
	}
}

func count(t *testing.T, ctx context.Context, selector string) int {
	t.Helper()
	n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll(`+jsString(selector)+`).length`))
	if err != nil {
		t.Fatalf("count %s: %v", selector, err)
	}
	return n
}

// jsString quotes s as a JavaScript string literal (JSON strings are valid JavaScript).
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// TestBrowserCheck drives the page as an editor would: paste the example
// chip-exports article, set the date, press Check, and expect highlighted
// figures, at least one finding, and a detail panel for a clicked figure.
func TestBrowserCheck(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	ctx := newBrowser(t)
	s, err := New(Config{SourceDirs: []string{filepath.Join(corpus, "sheets")}, Pipeline: pipeline.Config{Version: "test"}})
	if err != nil {
		t.Fatal(err)
	}
	base := serveOnLoopback(t, s)
	tctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()

	err = chromedp.Do(tctx,
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.CSS("#text")),
		chromedp.SetValue(chromedp.CSS("#text"), chipArticle(t)),
		chromedp.SetValue(chromedp.CSS("#date"), "2024-05-10"),
		chromedp.Click(chromedp.CSS("#check")),
		chromedp.WaitVisible(chromedp.CSS(".atext")),
	)
	if err != nil {
		t.Fatalf("paste and check: %v", err)
	}
	loc, _ := chromedp.Run(tctx, chromedp.Location())
	if !strings.Contains(loc, "/run/") {
		t.Errorf("after Check the page is %s, want /run/{id}", loc)
	}
	figs := count(t, tctx, ".atext a.fig")
	flagged := count(t, tctx, ".atext a.fig.v-error, .atext a.fig.v-warning, .atext a.fig.v-info")
	findings := count(t, tctx, "ol.findings details.fitem")
	t.Logf("%d figures highlighted, %d with a finding; %d findings listed", figs, flagged, findings)
	if figs < 5 {
		t.Errorf("%d figures highlighted, want at least 5", figs)
	}
	if findings == 0 || flagged == 0 {
		t.Fatalf("no finding shown (findings %d, flagged figures %d)", findings, flagged)
	}
	saveScreenshot(t, tctx, "-overview")

	// Click the first flagged figure: its detail panel shows how it was read and its findings.
	sel := ".atext a.fig.v-error, .atext a.fig.v-warning, .atext a.fig.v-info"
	err = chromedp.Do(tctx,
		chromedp.Click(chromedp.CSS(sel)),
		chromedp.WaitVisible(chromedp.CSS("#detail .detail.shown")),
	)
	if err != nil {
		t.Fatalf("click a flagged figure: %v", err)
	}
	detail, err := chromedp.Run(tctx, chromedp.Text(chromedp.CSS("#detail .detail.shown")))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Value", "Interval", "Period", "Metric"} {
		if !strings.Contains(detail, want) {
			t.Errorf("detail panel lacks %q:\n%s", want, detail)
		}
	}
	if count(t, tctx, "#detail .detail.shown .finding") == 0 {
		t.Errorf("detail panel of a flagged figure lists no finding:\n%s", detail)
	}
	if count(t, tctx, "a.fig.selected") == 0 {
		t.Errorf("clicked figure is not marked as selected")
	}
	if count(t, tctx, `a#download[href^="/report/"]`) != 1 {
		t.Errorf("no Excel download button")
	}
	saveScreenshot(t, tctx, "")
}

// TestBrowserUploadError attaches an unreadable workbook next to a pasted
// article: the page must say which file failed and why, and still check the article.
func TestBrowserUploadError(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	ctx := newBrowser(t)
	s, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	base := serveOnLoopback(t, s)
	bad := filepath.Join(t.TempDir(), "customs-may.xlsx")
	if err := os.WriteFile(bad, []byte("not a workbook"), 0o644); err != nil {
		t.Fatal(err)
	}
	tctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	err = chromedp.Do(tctx,
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.CSS("#text")),
		chromedp.SetValue(chromedp.CSS("#text"), chipArticle(t)),
		chromedp.SetUploadFiles(chromedp.CSS("#file"), []string{bad}),
		chromedp.Click(chromedp.CSS("#check")),
		chromedp.WaitVisible(chromedp.CSS(".source-error")),
	)
	if err != nil {
		t.Fatalf("upload: %v", err)
	}
	msg, err := chromedp.Run(tctx, chromedp.Text(chromedp.CSS(".source-error")))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(msg, "Could not read customs-may.xlsx") {
		t.Errorf("error banner %q does not name the file", msg)
	}
}

// TestBrowserDropFiles drops an article file on the form (a synthetic drop
// event carrying a File, as a desktop drag would) and checks it.
func TestBrowserDropFiles(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	ctx := newBrowser(t)
	s, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	base := serveOnLoopback(t, s)
	tctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	drop := `(function (text) {
		var dt = new DataTransfer();
		dt.items.add(new File([text], 'dropped-chips.txt', {type: 'text/plain'}));
		var zone = document.getElementById('drop');
		zone.dispatchEvent(new DragEvent('dragover', {dataTransfer: dt, bubbles: true, cancelable: true}));
		zone.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));
		return document.getElementById('file').files.length;
	})(` + jsString(chipArticle(t)) + `)`
	if err := chromedp.Do(tctx, chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.CSS("#drop"))); err != nil {
		t.Fatal(err)
	}
	n, err := chromedp.Run(tctx, chromedp.Evaluate[int](drop))
	if err != nil {
		t.Fatalf("drop: %v", err)
	}
	if n != 1 {
		t.Fatalf("after the drop the file input holds %d files, want 1", n)
	}
	listed, err := chromedp.Run(tctx, chromedp.Text(chromedp.CSS("#file-list")))
	if err != nil || !strings.Contains(listed, "dropped-chips.txt") {
		t.Errorf("dropped file not listed: %q %v", listed, err)
	}
	err = chromedp.Do(tctx,
		chromedp.Click(chromedp.CSS("#check")),
		chromedp.WaitVisible(chromedp.CSS(".article")),
	)
	if err != nil {
		t.Fatalf("check: %v", err)
	}
	title, err := chromedp.Run(tctx, chromedp.Text(chromedp.CSS(".article .apath")))
	if err != nil || !strings.Contains(title, "dropped-chips.txt") {
		t.Errorf("article heading %q (%v), want the dropped file", title, err)
	}
	if count(t, tctx, ".atext a.fig") == 0 {
		t.Errorf("dropped article shows no highlighted figure")
	}
}
