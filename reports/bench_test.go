package reports

import (
	"io"
	"testing"
	"time"
)

// BenchmarkWriteXLSX writes a report of 100,000 findings over 50,000 figures
// and reports finding rows per second.
func BenchmarkWriteXLSX(b *testing.B) {
	res := largeResult(100_000)
	b.ReportAllocs()
	b.ResetTimer()
	start, cpu := time.Now(), cpuSeconds()
	for i := 0; i < b.N; i++ {
		if err := WriteXLSXTo(io.Discard, res, XLSXOptions{}); err != nil {
			b.Fatal(err)
		}
	}
	rows := float64((len(res.Findings) + len(res.Figures)) * b.N)
	b.ReportMetric(float64(len(res.Findings)*b.N)/time.Since(start).Seconds(), "findings/s")
	b.ReportMetric(rows/time.Since(start).Seconds(), "rows/s")
	// CPU time tells the cost when the machine is shared.
	b.ReportMetric((cpuSeconds()-cpu)/float64(b.N), "cpu-s/op")
}

// BenchmarkWriteJSON is the same result as JSON.
func BenchmarkWriteJSON(b *testing.B) {
	res := largeResult(100_000)
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		if err := WriteJSON(io.Discard, res); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(res.Findings)*b.N)/time.Since(start).Seconds(), "findings/s")
}

// BenchmarkWriteJSONFigures is a JSON report of 200,000 figures and no
// findings: the cost of the figures list alone.
func BenchmarkWriteJSONFigures(b *testing.B) {
	res := largeResult(400_000)
	res.Findings = nil
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		if err := WriteJSON(io.Discard, res); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(res.Figures)*b.N)/time.Since(start).Seconds(), "figures/s")
}
