package reports

import (
	"math"
	"strconv"
	"unicode/utf8"

	"figcheck/figure"
)

// appendFigureJSON appends f as encoding/json would write it (keys in
// struct order, HTML characters not escaped), without reflection: a report of
// a million figures spent more time in reflection than in the rules.
// TestFigureJSONMatchesEncodingJSON and FuzzFigureJSON hold it to that.
func appendFigureJSON(b []byte, f *figure.Figure) []byte {
	b = append(b, `{"id":`...)
	b = appendJSONString(b, f.ID)
	b = append(b, `,"source":`...)
	b = appendJSONString(b, f.Source)
	b = append(b, `,"kind":`...)
	b = appendJSONString(b, string(f.Kind))
	b = append(b, `,"line":`...)
	b = strconv.AppendInt(b, int64(f.Line), 10)
	b = append(b, `,"col":`...)
	b = strconv.AppendInt(b, int64(f.Col), 10)
	b = append(b, `,"cell":`...)
	b = appendJSONString(b, f.Cell)
	b = append(b, `,"quote":`...)
	b = appendJSONString(b, f.Quote)
	b = append(b, `,"value":`...)
	b = appendJSONFloat(b, f.Value)
	b = append(b, `,"low":`...)
	b = appendJSONFloat(b, f.Low)
	b = append(b, `,"high":`...)
	b = appendJSONFloat(b, f.High)
	b = append(b, `,"unit":`...)
	b = appendJSONString(b, f.Unit)
	b = append(b, `,"measure":`...)
	b = appendJSONString(b, string(f.Measure))
	b = append(b, `,"metric":`...)
	b = appendJSONString(b, f.Metric)
	b = append(b, `,"subject":`...)
	b = appendJSONString(b, f.Subject)
	b = append(b, `,"flow":`...)
	b = appendJSONString(b, f.Flow)
	b = append(b, `,"partner":`...)
	b = appendJSONString(b, f.Partner)
	b = append(b, `,"period":{"start":"`...)
	b, _ = f.Period.Start.AppendText(b)
	b = append(b, `","end":"`...)
	b, _ = f.Period.End.AppendText(b)
	b = append(b, `"},"basis":`...)
	b = appendJSONString(b, f.Basis)
	b = append(b, `,"of":`...)
	b = appendJSONString(b, f.Of)
	b = append(b, `,"qualifier":`...)
	b = appendJSONString(b, f.Qualifier)
	if len(f.Linked) > 0 {
		b = append(b, `,"linked":[`...)
		for i, id := range f.Linked {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSONString(b, id)
		}
		b = append(b, ']')
	}
	if f.Context != "" {
		b = append(b, `,"context":`...)
		b = appendJSONString(b, f.Context)
	}
	return append(b, '}')
}

// appendJSONFloat writes a finite float64 the way encoding/json does:
// shortest form, exponent notation only below 1e-6 or from 1e21 up.
func appendJSONFloat(b []byte, v float64) []byte {
	format := byte('f')
	if abs := math.Abs(v); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, v, format, -1, 64)
	if format == 'e' {
		// encoding/json writes e-7, not e-07
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

const hexDigits = "0123456789abcdef"

// appendJSONString writes s as a JSON string with encoding/json's escapes
// (HTML characters left alone): invalid UTF-8 becomes \ufffd and the line
// and paragraph separators U+2028 and U+2029 are escaped.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// isFinite reports whether v is neither NaN nor infinite.
func isFinite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }
