package sheet

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"

	"figcheck/sources"
)

// TestRunMemoSameOutput reads the fixtures and the benchmark inputs with and
// without a run-wide memo, each file twice and from concurrent goroutines,
// and expects the same documents: the memo may only save work.
func TestRunMemoSameOutput(t *testing.T) {
	inputs := map[string][]byte{"bench.csv": benchCSV()[:20000]}
	paths, err := filepath.Glob("testdata/*.*")
	must(t, err)
	for _, p := range paths {
		if _, ok := ForPath(p); ok {
			data, err := os.ReadFile(p)
			must(t, err)
			inputs[filepath.Base(p)] = data
		}
	}
	read := func(name string, data []byte, opts sources.Options) (sources.Document, error) {
		r, _ := ForPath(name)
		return r.Read(context.Background(), bytes.NewReader(data), name, opts)
	}
	plain := testOpts(t)
	shared := plain
	shared.Memo = new(sources.Memo)
	for round := range 2 {
		var wg sync.WaitGroup
		for name, data := range inputs {
			wg.Go(func() {
				want, wantErr := read(name, data, plain)
				got, gotErr := read(name, data, shared)
				if !reflect.DeepEqual(got, want) || (gotErr == nil) != (wantErr == nil) {
					t.Errorf("round %d, %s: with a memo the document differs (err %v, want %v)", round, name, gotErr, wantErr)
				}
			})
		}
		wg.Wait()
	}
}

func TestMemoBounded(t *testing.T) {
	var m sources.Memo
	for i := range sources.MemoSize + 10 {
		m.Store(i, i)
	}
	if _, ok := m.Load(sources.MemoSize + 5); ok {
		t.Error("a full memo kept a new entry")
	}
	if v, ok := m.Load(3); !ok || v != 3 {
		t.Errorf("Load(3) = %v, %v", v, ok)
	}
	var nilMemo *sources.Memo
	nilMemo.Store(1, 1)
	if _, ok := nilMemo.Load(1); ok {
		t.Error("a nil memo kept an entry")
	}
}
