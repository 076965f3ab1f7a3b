package rules

import (
	"context"
	"testing"
)

// TestBuiltinExamples runs every example the built-in pack carries: each
// rule's firing and silent cases.
func TestBuiltinExamples(t *testing.T) {
	p, err := Load(context.Background(), Config{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := p.RunExamples(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(res) < 20 {
		t.Errorf("only %d examples", len(res))
	}
	for _, r := range res {
		t.Run(r.Rule+"/"+r.Example, func(t *testing.T) {
			if !r.Pass {
				t.Errorf("%s:%d: %s", r.File, r.Line, r.Detail)
			} else {
				t.Log(r.Detail)
			}
		})
	}
}
