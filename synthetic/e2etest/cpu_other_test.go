//go:build !unix

package e2etest

// cpuSeconds is unknown without getrusage; per-CPU-second metrics then read 0.
func cpuSeconds() float64 { return 0 }
