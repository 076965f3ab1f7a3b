package periods

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// conformancePath is the shared Recognizers-Text suite (see its README).
const conformancePath = "../../../shared/conformance/recognizers-en.json"

// Floors measured on the suite (see TestConformanceDatePeriod); a change
// that drops below them fails the test.
const (
	floorAllF1     = 0.95 // measured 0.974
	floorFairF1    = 0.97 // measured 0.993
	floorNegatives = 0.90 // measured 12/13
)

type confSpan struct {
	Text         string       `json:"text"`
	Start        *string      `json:"start"`
	End          *string      `json:"end"`
	EndInclusive *string      `json:"end_inclusive_reading"`
	Alternatives []confAltEnd `json:"alternatives"`
	Offset       []int        `json:"offset"`
}

type confAltEnd struct {
	Start *string `json:"start"`
	End   *string `json:"end"`
}

type confCase struct {
	ID                   string     `json:"id"`
	Suite                string     `json:"suite"`
	Input                string     `json:"input"`
	Expected             []confSpan `json:"expected"`
	Reference            *string    `json:"reference"`
	NotSupported         []string   `json:"not_supported"`
	NotSupportedByDesign []string   `json:"not_supported_by_design"`
	Options              any        `json:"options"`
}

// fair reports whether the case is in the subset the npm package supports.
func (c confCase) fair() bool {
	return !slices.Contains(c.NotSupported, "javascript") && !slices.Contains(c.NotSupportedByDesign, "javascript") &&
		c.Options == nil
}

// score accumulates span counts for one subset.
type score struct {
	tp, fp, fn             int // strict: text and value
	otp, ofp, ofn          int // loose: overlapping offsets and value
	negCases, negClean     int
	viaInclusive, viaAlter int
}

func (s score) prf(tp, fp, fn int) (float64, float64, float64) {
	p := float64(tp) / math.Max(1, float64(tp+fp))
	r := float64(tp) / math.Max(1, float64(tp+fn))
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func (s score) String() string {
	p, r, f := s.prf(s.tp, s.fp, s.fn)
	op, or, of := s.prf(s.otp, s.ofp, s.ofn)
	return fmt.Sprintf("strict P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d); overlap P=%.3f R=%.3f F1=%.3f; "+
		"negatives clean %d/%d; matches via end_inclusive_reading %d, via alternatives %d",
		p, r, f, s.tp, s.fp, s.fn, op, or, of, s.negCases-(s.negCases-s.negClean), s.negCases, s.viaInclusive, s.viaAlter)
}

func normText(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }

func dateOrNull(t time.Time) *string {
	if t.IsZero() {
		return nil
	}
	s := t.Format("2006-01-02")
	return &s
}

func eqPtr(a, b *string) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return *a == *b
}

// valueMatch reports whether m's days equal the span's (end exclusive),
// and which reading was needed: 0 plain, 1 end_inclusive_reading, 2 alternative.
func valueMatch(m Mention, e confSpan) (bool, int) {
	start := dateOrNull(m.From)
	var end *string
	if !m.To.IsZero() {
		end = dateOrNull(m.To.AddDate(0, 0, 1))
	}
	if eqPtr(start, e.Start) && eqPtr(end, e.End) {
		return true, 0
	}
	if e.EndInclusive != nil && eqPtr(start, e.Start) && eqPtr(end, e.EndInclusive) {
		return true, 1
	}
	for _, a := range e.Alternatives {
		if eqPtr(start, a.Start) && eqPtr(end, a.End) {
			return true, 2
		}
	}
	return false, 0
}

// scored are the mentions that count as date periods: single days belong to
// a date suite, and same-period references carry no dates.
func scored(ms []Mention) []Mention {
	var out []Mention
	for _, m := range ms {
		if m.IsDatePeriod() || os.Getenv("PERIODS_SCORE_ALL") != "" {
			out = append(out, m)
		}
	}
	return out
}

func runeSpan(text string, m Mention) (int, int) {
	return utf8.RuneCountInString(text[:m.Start]), utf8.RuneCountInString(text[:m.End])
}

// scoreCase matches one case's mentions against its expected spans and
// returns the misses for the log.
func scoreCase(c confCase, ms []Mention, s *score) []string {
	var notes []string
	used := make([]bool, len(ms))
	oused := make([]bool, len(ms))
	for _, e := range c.Expected {
		hit, ohit := false, false
		for k, m := range ms {
			ok, via := valueMatch(m, e)
			if !ok {
				continue
			}
			if !used[k] && !hit && normText(m.Text) == normText(e.Text) {
				used[k], hit = true, true
				s.tp++
				switch via {
				case 1:
					s.viaInclusive++
				case 2:
					s.viaAlter++
				}
			}
			if !oused[k] && !ohit && len(e.Offset) == 2 {
				b, en := runeSpan(c.Input, m)
				if b < e.Offset[1] && e.Offset[0] < en {
					oused[k], ohit = true, true
					s.otp++
				}
			}
		}
		if !hit {
			s.fn++
			notes = append(notes, fmt.Sprintf("missed %q %v..%v", e.Text, deref(e.Start), deref(e.End)))
		}
		if !ohit {
			s.ofn++
		}
	}
	for k, m := range ms {
		if !used[k] {
			s.fp++
			notes = append(notes, fmt.Sprintf("extra %q %s..%s (%v)", m.Text, m.From.Format("2006-01-02"),
				m.To.AddDate(0, 0, 1).Format("2006-01-02"), m.Kind))
		}
		if !oused[k] {
			s.ofp++
		}
	}
	if len(c.Expected) == 0 {
		s.negCases++
		if len(ms) == 0 {
			s.negClean++
		}
	}
	return notes
}

func deref(s *string) string {
	if s == nil {
		return "null"
	}
	return *s
}

func loadConformance(t *testing.T) []confCase {
	t.Helper()
	b, err := os.ReadFile(conformancePath)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("conformance suite %s not present; skipping", conformancePath)
	}
	if err != nil {
		t.Fatalf("read %s: %v", conformancePath, err)
	}
	var cases []confCase
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatalf("parse %s: %v", conformancePath, err)
	}
	return cases
}

// TestConformanceDatePeriod scores Find on the dateperiod suite with the
// README's rules and fails below the measured floors.
func TestConformanceDatePeriod(t *testing.T) {
	cases := loadConformance(t)
	var all, fair score
	n := 0
	for _, c := range cases {
		if c.Suite != "dateperiod" {
			continue
		}
		n++
		var ref time.Time
		if c.Reference != nil {
			r, err := time.Parse("2006-01-02T15:04:05", *c.Reference)
			if err != nil {
				t.Fatalf("%s: reference %q: %v", c.ID, *c.Reference, err)
			}
			ref = r
		}
		ms := scored(Find(c.Input, ref))
		notes := scoreCase(c, ms, &all)
		if c.fair() {
			scoreCase(c, ms, &fair)
		}
		if testing.Verbose() && len(notes) > 0 {
			t.Logf("%s %q: %s", c.ID, c.Input, strings.Join(notes, "; "))
		}
	}
	t.Logf("dateperiod cases: %d", n)
	t.Logf("all:  %v", all)
	t.Logf("fair: %v", fair)
	_, _, f := all.prf(all.tp, all.fp, all.fn)
	_, _, ff := fair.prf(fair.tp, fair.fp, fair.fn)
	neg := float64(all.negClean) / math.Max(1, float64(all.negCases))
	if f < floorAllF1 || ff < floorFairF1 || neg < floorNegatives {
		t.Errorf("below floor: all F1 %.3f (floor %.2f), fair F1 %.3f (floor %.2f), negatives %.3f (floor %.2f)",
			f, floorAllF1, ff, floorFairF1, neg, floorNegatives)
	}
}
