package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"figcheck/figure"
	"figcheck/sources"
)

// fakeReader turns each line "VALUE" of its input into a figure; "panic" panics
// and "fail" returns an error, so the pipeline's isolation can be tested
// without the real readers.
type fakeReader struct{}

func (fakeReader) Read(_ context.Context, r io.Reader, name string, _ sources.Options) (sources.Document, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return sources.Document{}, err
	}
	var doc sources.Document
	for i, ln := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		switch ln {
		case "panic":
			panic("reader bug")
		case "fail":
			return doc, errors.New("line " + fmt.Sprint(i+1) + ": bad")
		}
		var v float64
		fmt.Sscan(ln, &v)
		doc.Figures = append(doc.Figures, figure.Figure{ID: fmt.Sprintf("%s#%d", name, i+1), Source: name, Value: v, Low: v, High: v})
	}
	return doc, nil
}

func fakeConfig(inputs ...Input) Config {
	return Config{Inputs: inputs, SkipRules: true, Readers: map[string]sources.Reader{".txt": fakeReader{}}}
}

func TestRunIsolatesBadSources(t *testing.T) {
	cfg := fakeConfig(
		BytesInput("b.txt", []byte("1\n2")),
		BytesInput("a.txt", []byte("panic")),
		BytesInput("c.txt", []byte("3\nfail")),
		BytesInput("d.csv", []byte("x")), // no reader for .csv in this config
		BytesInput("e.txt", []byte(strings.Repeat("9", 2048))),
	)
	cfg.MaxBytes = 1024
	res, err := Run(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		path, errPart string
		figures       int
	}{
		{"a.txt", "internal error", 0},
		{"b.txt", "", 2},
		{"c.txt", "line 2: bad", 1},
		{"d.csv", "unsupported", 0},
		{"e.txt", "input limit", 0},
	}
	if len(res.Sources) != len(want) {
		t.Fatalf("%d sources, want %d", len(res.Sources), len(want))
	}
	for i, w := range want {
		s := res.Sources[i]
		if s.Path != w.path || s.Figures != w.figures {
			t.Errorf("source %d = %s with %d figures, want %s with %d", i, s.Path, s.Figures, w.path, w.figures)
		}
		if (w.errPart == "") != (s.Error == "") || !strings.Contains(s.Error, w.errPart) {
			t.Errorf("%s: error %q, want one containing %q", s.Path, s.Error, w.errPart)
		}
		if w.errPart != "" && !strings.Contains(s.Error, w.path) {
			t.Errorf("%s: error %q does not name the file", s.Path, s.Error)
		}
	}
	if !res.Failed() {
		t.Error("Failed() = false with failing sources")
	}
	if len(res.Figures) != 3 {
		t.Errorf("%d figures, want 3 (b.txt's two and c.txt's first)", len(res.Figures))
	}
}

func TestRunOrderIndependent(t *testing.T) {
	a, b := BytesInput("a.txt", []byte("1")), BytesInput("b.txt", []byte("2\n3"))
	r1, err := Run(context.Background(), fakeConfig(a, b))
	if err != nil {
		t.Fatal(err)
	}
	r2, err := Run(context.Background(), fakeConfig(b, a))
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(r1.Figures) != fmt.Sprint(r2.Figures) || fmt.Sprint(r1.Sources) != fmt.Sprint(r2.Sources) {
		t.Error("results depend on input order")
	}
}

func TestRunCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Run(ctx, fakeConfig(BytesInput("a.txt", []byte("1")))); !errors.Is(err, ErrInterrupted) {
		t.Errorf("err = %v, want ErrInterrupted", err)
	}
}

func TestCollectPaths(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.txt", "a/x.csv", "a/.hidden.txt", "a/~$lock.xlsx", "a/notes.pdf", ".git/c.txt"} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("1"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ins, err := CollectPaths([]string{dir, filepath.Join(dir, "b.txt")})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, in := range ins {
		names = append(names, filepath.Base(in.Name))
	}
	if strings.Join(names, ",") != "x.csv,b.txt" {
		t.Errorf("collected %v, want x.csv and b.txt once each", names)
	}
	if _, err := CollectPaths([]string{filepath.Join(dir, "a", "notes.pdf")}); err == nil || !strings.Contains(err.Error(), "notes.pdf") {
		t.Errorf("unsupported file named directly: err = %v", err)
	}
	if _, err := CollectPaths([]string{filepath.Join(dir, "missing")}); err == nil || !strings.Contains(err.Error(), "missing") {
		t.Errorf("missing path: err = %v", err)
	}
}

// TestKeepText: an article's text is kept in its SourceStatus only when asked
// (the editor's page needs it; a command-line run does not).
func TestKeepText(t *testing.T) {
	for _, keep := range []bool{false, true} {
		res, err := Run(context.Background(), Config{
			Inputs:    []Input{BytesInput("a.txt", []byte("Published: 2024-05-10\n\nExports rose 8.5% to $315.69 billion in April."))},
			SkipRules: true, KeepText: keep,
		})
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Sources[0].Text != ""; got != keep {
			t.Errorf("KeepText %v: text kept = %v", keep, got)
		}
	}
}
