package reports

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
	"testing"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"figcheck/pipeline"
)

// FuzzWriters puts arbitrary text where sources and rules put text (message,
// quote, source path, note) and checks that every writer still produces a
// readable document: the workbook opens and gives the message back, the JSON
// and SARIF parse, the JUnit XML is well-formed.
func FuzzWriters(f *testing.F) {
	f.Add("January-April exports ¥355.24B", "355.24 billion yuan", "articles/a.txt", "note")
	f.Add("a\x00b\x1f\r\n<c>&\"d\"", "\xff\xfe", "sheets/表1.xlsx", "=SUM(A1)")
	f.Add("_x0041_ %0A ::error::", "", "", "")
	f.Fuzz(func(t *testing.T, msg, quote, src, note string) {
		res := sampleResult()
		res.Findings[0].Message, res.Findings[0].Note = msg, note
		res.Figures[0].Quote, res.Figures[0].Source = quote, src
		res.Sources[0].Path = src
		res.Sources[2].Error = msg
		var b bytes.Buffer
		if err := WriteXLSXTo(&b, res, XLSXOptions{}); err != nil {
			t.Fatalf("xlsx: %v", err)
		}
		wb, err := excelize.OpenReader(&b)
		if err != nil {
			t.Fatalf("xlsx does not open: %v", err)
		}
		defer wb.Close()
		got, err := wb.GetCellValue(SheetFindings, "D2")
		if err != nil {
			t.Fatalf("read message: %v", err)
		}
		if utf8.ValidString(msg) && len(msg) < 1000 && !hasControl(msg) && got != msg {
			t.Errorf("message %q read back as %q", msg, got)
		}
		b.Reset()
		if err := WriteJSON(&b, res); err != nil || !json.Valid(b.Bytes()) {
			t.Fatalf("json: %v", err)
		}
		b.Reset()
		if err := WriteSARIF(&b, res); err != nil || !json.Valid(b.Bytes()) {
			t.Fatalf("sarif: %v", err)
		}
		b.Reset()
		if err := WriteJUnit(&b, res); err != nil {
			t.Fatalf("junit: %v", err)
		}
		dec := xml.NewDecoder(&b)
		for {
			if _, err := dec.Token(); err == io.EOF {
				break
			} else if err != nil {
				t.Fatalf("junit XML malformed: %v", err)
			}
		}
		for _, w := range []func(io.Writer, *pipeline.Result) error{WriteText, WriteGitHub} {
			if err := w(io.Discard, res); err != nil {
				t.Fatal(err)
			}
		}
	})
}

// hasControl reports whether s holds control characters other than tab and newline,
// which a workbook cannot store as they are.
func hasControl(s string) bool {
	for _, r := range s {
		if r < 0x20 && r != '\t' && r != '\n' || r == '\r' || r == 0xfffe || r == 0xffff {
			return true
		}
	}
	return false
}
