package periods

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestCPUThroughput measures Find's throughput in process CPU time rather
// than wall time, which is steadier on a shared machine. Set PERIODS_CPU=1.
func TestCPUThroughput(t *testing.T) {
	if os.Getenv("PERIODS_CPU") == "" {
		t.Skip("set PERIODS_CPU=1 to measure")
	}
	var lines []string
	files, _ := filepath.Glob("../../../shared/devset/*.txt")
	for _, f := range files {
		data, _ := os.ReadFile(f)
		lines = append(lines, strings.Split(string(data), "\n")...)
	}
	n := 0
	for _, l := range lines {
		n += len(l)
	}
	ref := date("2024-05-10")
	cpu := func() time.Duration {
		var ru syscall.Rusage
		_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	iters := 3000
	if os.Getenv("PERIODS_CPU") == "long" {
		iters = 30000
	}
	c0 := cpu()
	for range iters {
		for _, l := range lines {
			Find(l, ref)
		}
	}
	d := cpu() - c0
	t.Logf("lines: %d bytes x %d: %v CPU, %.1f MB/s (CPU time, includes GC)", n, iters, d, float64(n*iters)/d.Seconds()/1e6)

	// The article extractor's benchmark text, about 1 MB, in one call.
	paths, _ := filepath.Glob("../article/testdata/*.txt")
	var sb strings.Builder
	for _, p := range paths {
		data, _ := os.ReadFile(p)
		sb.Write(data)
		sb.WriteString("\n\n")
	}
	if sb.Len() == 0 {
		return
	}
	text := strings.Repeat(sb.String(), 1+(1<<20)/sb.Len())
	iters = 30
	if os.Getenv("PERIODS_CPU") == "long" {
		iters = 300
	}
	c0 = cpu()
	for range iters {
		Find(text, ref)
	}
	d = cpu() - c0
	t.Logf("1 MB: %d bytes x %d: %v CPU, %.1f MB/s (CPU time, includes GC)", len(text), iters, d, float64(len(text)*iters)/d.Seconds()/1e6)
}
