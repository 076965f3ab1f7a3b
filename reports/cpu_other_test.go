//go:build !unix

package reports

// cpuSeconds is unavailable here; benchmarks then report 0 CPU seconds.
func cpuSeconds() float64 { return 0 }
