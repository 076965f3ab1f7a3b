package main

import (
	"context"
	"io"
	"math"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"
)

func TestApplyMemoryLimit(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(before) })
	tests := []struct {
		name           string
		mib            int64
		flagGiven, env bool
		start, want    int64
		wantErr        bool
	}{
		{"default applies", defaultMemoryLimitMiB, false, false, math.MaxInt64, defaultMemoryLimitMiB << 20, false},
		{"GOMEMLIMIT wins over the default", defaultMemoryLimitMiB, false, true, 123 << 20, 123 << 20, false},
		{"the flag wins over GOMEMLIMIT", 512, true, true, 123 << 20, 512 << 20, false},
		{"zero lifts the limit", 0, true, false, 512 << 20, math.MaxInt64, false},
		{"negative is refused", -1, true, false, 77 << 20, 77 << 20, true},
		{"a size that overflows is refused", 1 << 44, true, false, 77 << 20, 77 << 20, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			debug.SetMemoryLimit(tc.start)
			g := &globalFlags{memoryLimitMiB: tc.mib}
			_, err := g.applyMemoryLimit(tc.flagGiven, tc.env)
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, want error %v", err, tc.wantErr)
			}
			if got := debug.SetMemoryLimit(-1); got != tc.want {
				t.Errorf("limit = %d, want %d", got, tc.want)
			}
		})
	}
}

// TestGovernMemoryRaisesLimit: with live data past the headroom of the limit,
// the governor raises the limit above the live heap instead of leaving the
// collector to fight for room that is not there.
func TestGovernMemoryRaisesLimit(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(before) })
	keep := make([][]byte, 0, 64)
	for range 64 {
		keep = append(keep, make([]byte, 1<<20)) // 64 MiB live
	}
	runtime.GC()
	const limit = 48 << 20
	debug.SetMemoryLimit(limit)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	done := make(chan struct{})
	go func() { governMemory(ctx, limit, 10*time.Millisecond); close(done) }()
	deadline := time.Now().Add(2 * time.Second)
	for debug.SetMemoryLimit(-1) == limit && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	got := debug.SetMemoryLimit(-1)
	cancel()
	<-done
	if got < 64<<20 {
		t.Errorf("limit %d MiB with 64 MiB live, want it raised above the live heap", got>>20)
	}
	runtime.KeepAlive(keep)
}

// TestGovernorStopsWithCommand: a finished command leaves no governor behind.
func TestGovernorStopsWithCommand(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(before) })
	for range 3 {
		root := newRootCmd()
		root.SetArgs([]string{"version"})
		root.SetOut(io.Discard)
		if err := root.Execute(); err != nil {
			t.Fatal(err)
		}
	}
	deadline := time.Now().Add(2 * time.Second)
	for {
		buf := make([]byte, 1<<20)
		n := runtime.Stack(buf, true)
		if !strings.Contains(string(buf[:n]), "governMemory") {
			return
		}
		if time.Now().After(deadline) {
			t.Fatal("a governMemory goroutine outlived its command")
		}
		time.Sleep(20 * time.Millisecond)
	}
}
