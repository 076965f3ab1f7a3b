package synthetic

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/golden from the generator")

// TestGolden pins a small corpus (articles, CSV sheets and the manifest) so
// that any change to the generator's output shows up in review. Workbooks
// are covered by TestSheetsReadBack. Regenerate with -update.
func TestGolden(t *testing.T) {
	dir := t.TempDir()
	m, err := Generate(context.Background(), Options{Articles: 4, Sheets: 6, Seed: 2024, Partners: 1}, dir)
	if err != nil {
		t.Fatal(err)
	}
	names := []string{ManifestName}
	for _, f := range m.Files {
		if !strings.HasSuffix(f.Path, ".xlsx") {
			names = append(names, f.Path)
		}
	}
	golden := filepath.Join("testdata", "golden")
	for _, n := range names {
		got, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(golden, filepath.FromSlash(n))
		if *update {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -update ./synthetic)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from %s (run go test -update ./synthetic if the change is intended)", n, path)
		}
	}
}
