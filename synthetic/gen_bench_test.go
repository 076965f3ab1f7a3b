package synthetic

import (
	"context"
	"testing"
)

// BenchmarkGenerate measures writing a corpus of 20 articles and 20 sheets.
func BenchmarkGenerate(b *testing.B) {
	ctx := context.Background()
	var bytes int64
	for b.Loop() {
		m, err := Generate(ctx, Options{Articles: 20, Sheets: 20, Seed: 1}, b.TempDir())
		if err != nil {
			b.Fatal(err)
		}
		bytes = 0
		for _, f := range m.Files {
			bytes += int64(f.Bytes)
		}
	}
	b.SetBytes(bytes)
}
