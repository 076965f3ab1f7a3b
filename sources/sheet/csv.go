package sheet

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"figcheck/sources"
)

// maxLine is the longest CSV line accepted; a longer line is not a table row.
const maxLine = 1 << 20

// Read implements sources.Reader for CSV files.
func (CSV) Read(ctx context.Context, r io.Reader, name string, opts sources.Options) (doc sources.Document, err error) {
	data, err := readLimited(r, name, opts)
	if err != nil {
		return doc, err
	}
	text, note, err := decodeText(data)
	if err != nil {
		return doc, fmt.Errorf("%s: %w", name, err)
	}
	if note != "" {
		doc.Warnings = append(doc.Warnings, name+": "+note)
	}
	if line, n := longestLine(text); n > maxLine {
		return doc, fmt.Errorf("%s: line %d is %d bytes long (limit %d): not a table", name, line, n, maxLine)
	}
	x, err := newExtractor(name, opts, &doc)
	if err != nil {
		return doc, err
	}
	defer x.finish()
	x.rowsHint = strings.Count(text, "\n") + 1
	x.figsHint = len(text) / 2 // a figure takes a digit and a separator at least
	sheet := sheetBase(name)
	cr := csv.NewReader(strings.NewReader(text))
	cr.Comma = sniffDelimiter(text)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	row := 0
	badRecords := 0
	next := func() (rowData, bool, error) {
		for {
			rec, err := cr.Read()
			row++
			if errors.Is(err, io.EOF) {
				return rowData{num: row}, false, nil
			}
			if err != nil {
				var pe *csv.ParseError
				if errors.As(err, &pe) && badRecords < 100 {
					badRecords++
					x.warnf("%s row %d (line %d): %v; row skipped", sheet, row, pe.Line, pe.Err)
					continue
				}
				return rowData{num: row}, false, fmt.Errorf("row %d: %w", row, err)
			}
			return rowData{num: row, cells: rec}, true, nil
		}
	}
	if err := x.readSheet(ctx, sheet, next); err != nil {
		return doc, fmt.Errorf("%s: %w", name, err)
	}
	x.checkFormulasCSV()
	return doc, nil
}

// checkFormulasCSV drops the empty-cell list: a CSV has no cached formulas.
func (x *extractor) checkFormulasCSV() { x.emptyData = nil }

// decodeText turns the file's bytes into UTF-8 text. A BOM decides first
// (UTF-8, UTF-16 LE/BE); then valid UTF-8 is taken as is; then UTF-16
// without BOM is recognised by its zero bytes; anything else is read as
// GB18030 (a superset of GBK and GB2312, common for Chinese statistics). The
// note says which guess was made, for the warnings.
func decodeText(b []byte) (text, note string, err error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		d := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder()
		out, err := d.Bytes(b)
		if err != nil {
			return "", "", fmt.Errorf("UTF-16 text: %w", err)
		}
		return checkBinary(string(out), "")
	}
	if e, ok := utf16NoBOM(b); ok {
		out, err := unicode.UTF16(e, unicode.IgnoreBOM).NewDecoder().Bytes(b)
		if err == nil {
			return checkBinary(string(out), "decoded as UTF-16 without BOM")
		}
	}
	if utf8.Valid(b) {
		return checkBinary(string(b), "")
	}
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(b)
	if err == nil && utf8.Valid(out) && !bytes.ContainsRune(out, utf8.RuneError) {
		return checkBinary(string(out), "not UTF-8; decoded as GB18030")
	}
	return checkBinary(strings.ToValidUTF8(string(b), "\uFFFD"), "neither UTF-8 nor GB18030; invalid bytes replaced with U+FFFD")
}

// utf16NoBOM recognises UTF-16 without a BOM: ASCII-heavy text has a zero in
// every other byte.
func utf16NoBOM(b []byte) (unicode.Endianness, bool) {
	n := min(len(b), 4096) &^ 1
	if n < 4 {
		return unicode.LittleEndian, false
	}
	even, odd := 0, 0
	for i := 0; i < n; i += 2 {
		if b[i] == 0 {
			even++
		}
		if b[i+1] == 0 {
			odd++
		}
	}
	half := n / 2
	switch {
	case odd*2 >= half && even*10 < half:
		return unicode.LittleEndian, true
	case even*2 >= half && odd*10 < half:
		return unicode.BigEndian, true
	}
	return unicode.LittleEndian, false
}

// checkBinary refuses text that holds NUL bytes: it is not a CSV file.
func checkBinary(s, note string) (string, string, error) {
	if i := strings.IndexByte(s, 0); i >= 0 {
		line := strings.Count(s[:i], "\n") + 1
		return "", "", fmt.Errorf("line %d: binary data (NUL byte), not CSV text", line)
	}
	return s, note, nil
}

// longestLine returns the 1-based number and length of the longest line.
func longestLine(s string) (line, n int) {
	cur := 1
	for len(s) > 0 {
		i := strings.IndexByte(s, '\n')
		l := i
		if i < 0 {
			l = len(s)
		}
		if l > n {
			line, n = cur, l
		}
		if i < 0 {
			break
		}
		s = s[i+1:]
		cur++
	}
	return line, n
}

// sniffDelimiter picks the separator used most in the first lines: comma,
// semicolon or tab.
func sniffDelimiter(s string) rune {
	head := s
	if len(head) > 8192 {
		head = head[:8192]
	}
	best, bestN := ',', strings.Count(head, ",")
	for _, d := range []rune{';', '\t'} {
		if n := strings.Count(head, string(d)); n > bestN {
			best, bestN = d, n
		}
	}
	return best
}
