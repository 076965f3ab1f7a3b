package main

import (
	"math"
	"runtime/debug"
	"testing"
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
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			debug.SetMemoryLimit(tc.start)
			g := &globalFlags{memoryLimitMiB: tc.mib}
			err := g.applyMemoryLimit(tc.flagGiven, tc.env)
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, want error %v", err, tc.wantErr)
			}
			if got := debug.SetMemoryLimit(-1); got != tc.want {
				t.Errorf("limit = %d, want %d", got, tc.want)
			}
		})
	}
}
