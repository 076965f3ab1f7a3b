package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"figcheck/synthetic"
)

// scoreSynthetic generates n synthetic articles with gold labels (package
// synthetic, no planted errors) into a temporary folder and scores them like
// the devset. They are template-written, so they test breadth of phrasing
// and formats (.txt, .md, .html), not real-world prose.
func scoreSynthetic(ctx context.Context, n int, seed int64) ([]fileScore, error) {
	dir, err := os.MkdirTemp("", "figeval-synthetic-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	gen := filepath.Join(dir, "corpus")
	opts := synthetic.Options{Articles: n, Sheets: max(1, n/8), Seed: seed, Gold: true, Plants: -1}
	if _, err := synthetic.Generate(ctx, opts, gen); err != nil {
		return nil, fmt.Errorf("synthetic corpus: %w", err)
	}
	flat := filepath.Join(dir, "flat")
	if err := os.MkdirAll(flat, 0o755); err != nil {
		return nil, err
	}
	// the scorer wants each gold file beside its article
	for _, pattern := range []string{filepath.Join(gen, "gold", "*.gold.json"), filepath.Join(gen, "articles", "*")} {
		paths, err := filepath.Glob(pattern)
		if err != nil {
			return nil, err
		}
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				return nil, err
			}
			if err := os.WriteFile(filepath.Join(flat, filepath.Base(p)), b, 0o644); err != nil {
				return nil, err
			}
		}
	}
	return scoreDevset(ctx, flat)
}

// total sums file scores.
func total(scores []fileScore) fileScore {
	var t fileScore
	for _, s := range scores {
		t.Gold += s.Gold
		t.Extracted += s.Extracted
		t.Matched += s.Matched
		t.MatchedOptional += s.MatchedOptional
		t.MeasureOK += s.MeasureOK
		t.FlowOK += s.FlowOK
		t.ValueOnly += s.ValueOnly
	}
	return t
}
