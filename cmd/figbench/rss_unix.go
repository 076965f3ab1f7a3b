//go:build unix

package main

import (
	"os"
	"runtime"
	"syscall"
)

// peakRSS returns the child's peak resident set in bytes, if the system says.
func peakRSS(ps *os.ProcessState) (int64, bool) {
	ru, ok := ps.SysUsage().(*syscall.Rusage)
	if !ok {
		return 0, false
	}
	// Linux reports kilobytes, macOS bytes.
	if runtime.GOOS == "darwin" {
		return int64(ru.Maxrss), true
	}
	return int64(ru.Maxrss) * 1024, true
}
