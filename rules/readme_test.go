package rules

import (
	"os"
	"strings"
	"testing"
)

const refBegin, refEnd = "<!-- reference:begin -->\n", "<!-- reference:end -->"

// TestReadmeReference keeps README.md's generator and function tables in
// step with the code (-update rewrites them).
func TestReadmeReference(t *testing.T) {
	b, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	i, j := strings.Index(s, refBegin), strings.Index(s, refEnd)
	if i < 0 || j < i {
		t.Fatal("README.md lacks the reference markers")
	}
	want := s[:i+len(refBegin)] + ReferenceMarkdown() + s[j:]
	if *update {
		if err := os.WriteFile("README.md", []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if want != s {
		t.Error("README.md reference tables are stale: go test ./rules -run TestReadmeReference -update")
	}
}
