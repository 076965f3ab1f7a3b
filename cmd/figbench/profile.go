package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"time"

	"github.com/rs/zerolog"

	"figcheck/pipeline"
	"figcheck/reports"
)

// profileRun does in-process what `figcheck check --format xlsx,json` does
// on corpus, under the CPU profiler, and writes cpu.pprof and heap.pprof
// (live heap after the run) into dir, with the time of each stage.
func profileRun(ctx context.Context, corpus, dir string, out io.Writer) (err error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	inputs, err := pipeline.CollectPaths([]string{corpus})
	if err != nil {
		return err
	}
	cpu, err := os.Create(filepath.Join(dir, "cpu.pprof"))
	if err != nil {
		return err
	}
	defer func() {
		if cerr := cpu.Close(); err == nil {
			err = cerr
		}
	}()
	if err := pprof.StartCPUProfile(cpu); err != nil {
		return err
	}
	t0 := time.Now()
	res, err := pipeline.Run(ctx, pipeline.Config{Inputs: inputs, Logger: zerolog.Nop()})
	if err != nil {
		pprof.StopCPUProfile()
		return err
	}
	tRun := time.Since(t0)
	t0 = time.Now()
	if err := reports.WriteXLSX(filepath.Join(dir, "report.xlsx"), res, reports.XLSXOptions{}); err != nil {
		pprof.StopCPUProfile()
		return err
	}
	tXLSX := time.Since(t0)
	t0 = time.Now()
	err = reports.WriteFileAtomic(filepath.Join(dir, "report.json"), func(w io.Writer) error { return reports.Write("json", w, res) })
	tJSON := time.Since(t0)
	pprof.StopCPUProfile()
	if err != nil {
		return err
	}
	heap, err := os.Create(filepath.Join(dir, "heap.pprof"))
	if err != nil {
		return err
	}
	runtime.GC()
	err = pprof.WriteHeapProfile(heap)
	if cerr := heap.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "profile of %d figures: run %.2fs, xlsx %.2fs, json %.2fs; see `go tool pprof -top %s`\n",
		len(res.Figures), tRun.Seconds(), tXLSX.Seconds(), tJSON.Seconds(), filepath.Join(dir, "cpu.pprof"))
	return nil
}
