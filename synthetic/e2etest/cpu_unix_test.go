//go:build unix

package e2etest

import "syscall"

// cpuSeconds is the process's user+system CPU time, so that benchmarks can
// report throughput per CPU second, which does not depend on how busy the
// machine is.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	sec := func(tv syscall.Timeval) float64 { return float64(tv.Sec) + float64(tv.Usec)/1e6 }
	return sec(ru.Utime) + sec(ru.Stime)
}
