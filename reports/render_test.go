package reports

import (
	"os"
	"testing"
)

// TestRenderSample writes the sample report to $FIGCHECK_SAMPLE_XLSX, for looking at it.
func TestRenderSample(t *testing.T) {
	out := os.Getenv("FIGCHECK_SAMPLE_XLSX")
	if out == "" {
		t.Skip("set FIGCHECK_SAMPLE_XLSX to write the sample report")
	}
	if err := WriteXLSX(out, sampleResult(), XLSXOptions{}); err != nil {
		t.Fatal(err)
	}
}
