package periods

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/articles")

// goldenLine renders a mention with its line and column (1-based, column
// in characters) for the golden files.
func goldenLine(text string, m Mention) string {
	line := strings.Count(text[:m.Start], "\n") + 1
	col := len([]rune(text[strings.LastIndex(text[:m.Start], "\n")+1 : m.Start]))
	days := ""
	if !m.From.IsZero() || !m.To.IsZero() {
		days = m.From.Format("2006-01-02") + ".." + m.To.Format("2006-01-02")
	}
	return fmt.Sprintf("%d:%d %s %s", line, col+1, render(m), days)
}

// TestGoldenArticles runs Find over the articles in testdata/articles and
// compares the result with NAME.golden; run with -update to rewrite them.
// Each article's reference date is its publication date, listed in refs.
func TestGoldenArticles(t *testing.T) {
	refs := map[string]string{
		"customs-en.txt": "2024-11-07",
		"customs-zh.txt": "2024-11-07",
		"negatives.txt":  "2024-11-07",
	}
	files, err := filepath.Glob("testdata/articles/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no articles in testdata/articles: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			ref, ok := refs[filepath.Base(f)]
			if !ok {
				t.Fatalf("%s: add its publication date to refs", f)
			}
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			text := string(b)
			var sb strings.Builder
			for _, m := range Find(text, date(ref)) {
				sb.WriteString(goldenLine(text, m))
				sb.WriteByte('\n')
			}
			golden := strings.TrimSuffix(f, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(sb.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run Golden -update)", err)
			}
			if got := sb.String(); got != string(want) {
				t.Errorf("%s differs from %s:\n--- got\n%s--- want\n%s", f, golden, got, want)
			}
		})
	}
}
