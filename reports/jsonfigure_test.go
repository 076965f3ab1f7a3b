package reports

import (
	"bytes"
	"encoding/json"
	"math"
	"testing"

	"figcheck/figure"
)

// stdFigureJSON is what encoding/json writes for f (HTML left unescaped),
// the behaviour appendFigureJSON must reproduce byte for byte.
func stdFigureJSON(t testing.TB, f figure.Figure) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(f); err != nil {
		t.Fatal(err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

func TestFigureJSONMatchesEncodingJSON(t *testing.T) {
	figs := append(sampleResult().Figures, largeResult(50).Figures...)
	odd := figure.Figure{ID: "a\"b\\c\n\r\t\b\f\x01\x1f\x7f<>&", Quote: "bad \xff\xfe utf8 \u2028\u2029 end",
		Context: "中文 “引号” 🚀", Linked: []string{"x", "y\"z"}, Kind: figure.KindSheet, Line: -3, Col: 1 << 40}
	figs = append(figs, odd, figure.Figure{})
	for _, v := range []float64{0, -0.0, 1, -1, 0.1, 1e-6, 9.99e-7, 1e-7, 1.5e-300, 1e20, 1e21, 123456789012345678901234.0,
		-1e21, 355.24e9, 24.1054e6, math.MaxFloat64, math.SmallestNonzeroFloat64, 1.0 / 3} {
		figs = append(figs, figure.Figure{ID: "v", Value: v, Low: -v, High: v / 10})
	}
	for i, f := range figs {
		got := appendFigureJSON(nil, &f)
		if want := stdFigureJSON(t, f); !bytes.Equal(got, want) {
			t.Errorf("figure %d:\n got %s\nwant %s", i, got, want)
		}
	}
}

func FuzzFigureJSON(f *testing.F) {
	f.Add("articles/a.txt#1", "355.24 billion yuan", "China's \"exports\" <rose>", 355.24e9, 1.5e-7, 7)
	f.Add("\xff\x00\u2028", "\\", "\t\n", -0.0, 1e21, -1)
	f.Fuzz(func(t *testing.T, id, quote, context string, value, low float64, line int) {
		if !isFinite(value) || !isFinite(low) {
			return // WriteJSON writes non-finite numbers as 0 before encoding
		}
		fg := figure.Figure{ID: id, Quote: quote, Context: context, Value: value, Low: low, High: value,
			Line: line, Partner: quote, Linked: []string{context}}
		if got, want := appendFigureJSON(nil, &fg), stdFigureJSON(t, fg); !bytes.Equal(got, want) {
			t.Fatalf("\n got %s\nwant %s", got, want)
		}
	})
}
