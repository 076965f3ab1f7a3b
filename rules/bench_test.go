package rules

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"syscall"
	"testing"
	"time"

	"figcheck/figure"
)

// synthetic builds n figures shaped like customs tables plus articles: per
// item and flow, monthly and year-to-date values and quantities, with a few
// articles restating (and sometimes misstating) the totals.
func synthetic(n int) []figure.Figure {
	var out []figure.Figure
	item := 0
	for len(out) < n {
		subj := fmt.Sprintf("item%05d", item)
		for _, flow := range []string{figure.FlowExport, figure.FlowImport} {
			metric := figure.MetricID(subj, flow)
			src := fmt.Sprintf("customs-%d.xlsx", item%50)
			cum := 0.0
			for m := 1; m <= 12; m++ {
				v := float64(1000+item%97*10+m) * 1e6
				cum += v
				p := fmt.Sprintf("2024-%02d", m)
				out = append(out,
					fig(fmt.Sprintf("%s#%d", src, len(out)), src, metric, figure.Value, p, v, 1e4, "CNY"),
					fig(fmt.Sprintf("%s#%d", src, len(out)+1), src, metric, figure.Quantity, p, v/1000, 1, "units"))
				if m > 1 {
					out = append(out, fig(fmt.Sprintf("%s#%d", src, len(out)), src, metric, figure.Value, "2024-01.."+p, cum, 1e4, "CNY"))
				}
			}
			if item%10 == 0 {
				a := fmt.Sprintf("article-%d.txt", item)
				out = append(out, fig(a+"#1", a, metric, figure.Value, "2024", cum*1.01, cum/1000, "CNY"))
			}
		}
		item++
	}
	// Sheets locate figures by cell, as the sheet reader does.
	for i := range out {
		if out[i].Kind == figure.KindSheet {
			out[i].Line, out[i].Col, out[i].Cell = 0, 0, fmt.Sprintf("Sheet1!C%d", i+2)
		}
	}
	return out[:n]
}

// cpuTime is the process's user+system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkEvaluate checks a synthetic set of FIGCHECK_BENCH_FIGURES figures
// (default 100,000). It reports figures/s of wall time and figures per CPU
// second, since the machine it runs on may be shared, and memory: bytes
// allocated per evaluation, the heap obtained from the OS (peak, input
// included), the live heap of the input figures alone, and the process's peak
// RSS (input generation included).
func BenchmarkEvaluate(b *testing.B) {
	p := load(b)
	n := 100_000
	if s := os.Getenv("FIGCHECK_BENCH_FIGURES"); s != "" {
		if v, err := strconv.Atoi(s); err == nil && v > 0 {
			n = v
		}
	}
	figs := synthetic(n)
	ctx := context.Background()
	runtime.GC()
	var ms0 runtime.MemStats
	runtime.ReadMemStats(&ms0)
	b.ResetTimer()
	start, cpu0 := time.Now(), cpuTime()
	var findings int
	for i := 0; i < b.N; i++ {
		o, err := p.Evaluate(ctx, figs)
		if err != nil {
			b.Fatal(err)
		}
		findings = len(o.Findings)
	}
	b.ReportMetric(float64(len(figs)*b.N)/time.Since(start).Seconds(), "figures/s")
	b.ReportMetric(float64(len(figs)*b.N)/(cpuTime()-cpu0).Seconds(), "figures/cpu-s")
	b.ReportMetric(float64(findings), "findings")
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.TotalAlloc-ms0.TotalAlloc)/float64(b.N)/(1<<20), "alloc-MiB/op")
	b.ReportMetric(float64(ms.HeapSys)/(1<<20), "heap-sys-MiB")
	b.ReportMetric(float64(ms0.HeapAlloc)/(1<<20), "input-heap-MiB")
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	b.ReportMetric(float64(ru.Maxrss)/1024, "peak-rss-MiB")
}
