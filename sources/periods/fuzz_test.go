package periods

import (
	"reflect"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzFind checks Find's invariants on arbitrary text: no panics, Text is
// the exact substring at [Start, End), mentions are non-empty, in order and
// non-overlapping, every period and day range runs forwards, and FindLower
// agrees with Find.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Exports reached 355.24 billion yuan in January-April, a rise of 23.5% from a year earlier.",
		"In the first 11 months of 2024, between January and April, Q1 2024, 1Q24, H1, the 1990s.",
		"1至4月，前4个月，2024年1-4月，一季度，上半年，去年同期，今年以来，2023年12月10日",
		"Tel: +86 138-2010-2015; 23.04.2022 14:55; from 4 to 22 January, 1995; Nov 18-Dec 19, 2015",
		"the past 12 months, year to date, the last four months of 2015, first week of 2015",
	} {
		f.Add(s, int64(0))
		f.Add(s, date("2024-05-10").Unix())
	}
	f.Fuzz(func(t *testing.T, text string, refUnix int64) {
		var ref time.Time
		if refUnix != 0 {
			ref = time.Unix(refUnix%(1<<40), 0).UTC()
		}
		prev := 0
		ms := Find(text, ref)
		if got := FindLower(text, asciiLower(text), ref); !reflect.DeepEqual(got, ms) {
			t.Fatalf("FindLower(%q) = %v, Find = %v", text, got, ms)
		}
		for _, m := range ms {
			if m.Start < prev || m.Start >= m.End || m.End > len(text) {
				t.Fatalf("bad span [%d,%d) after %d in %q", m.Start, m.End, prev, text)
			}
			prev = m.End
			if text[m.Start:m.End] != m.Text {
				t.Fatalf("Text %q != text[%d:%d]", m.Text, m.Start, m.End)
			}
			if utf8.ValidString(text) && !utf8.ValidString(m.Text) {
				t.Fatalf("Text %q splits a character", m.Text)
			}
			if m.Period.Start > m.Period.End {
				t.Fatalf("%q: period %v runs backwards", m.Text, m.Period)
			}
			if !m.From.IsZero() && !m.To.IsZero() && m.To.Before(m.From) {
				t.Fatalf("%q: To %v before From %v", m.Text, m.To, m.From)
			}
			if m.Day && !m.Period.IsZero() && (m.From.Year()*12+int(m.From.Month())-1 < int(m.Period.Start) ||
				m.To.Year()*12+int(m.To.Month())-1 > int(m.Period.End)) {
				t.Fatalf("%q: days %v..%v outside period %v", m.Text, m.From, m.To, m.Period)
			}
			if !m.SamePeriod && !m.Open && m.Period.IsZero() {
				t.Fatalf("%q: zero period on a %v mention", m.Text, m.Kind)
			}
		}
	})
}
