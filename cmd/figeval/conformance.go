package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"figcheck/sources/numbers"
	"figcheck/sources/periods"
)

// confCase is one test case of recognizers-en.json.
type confCase struct {
	ID                   string         `json:"id"`
	Suite                string         `json:"suite"`
	Input                string         `json:"input"`
	Expected             []confExpected `json:"expected"`
	Reference            *string        `json:"reference"`
	NotSupported         []string       `json:"not_supported"`
	NotSupportedByDesign []string       `json:"not_supported_by_design"`
	Options              any            `json:"options"`
}

// confExpected is one expected span.
type confExpected struct {
	Text         string   `json:"text"`
	Value        *float64 `json:"value"`
	Unit         *string  `json:"unit"`
	ISO          *string  `json:"iso"`
	Start        *string  `json:"start"`
	End          *string  `json:"end"`
	EndInclusive *string  `json:"end_inclusive_reading"`
	Alternatives []struct {
		Start *string `json:"start"`
		End   *string `json:"end"`
	} `json:"alternatives"`
	Offset []int `json:"offset"`
}

// found is one span our extractors produced, in the suite's terms.
type found struct {
	text       string
	value      *float64
	unit       string // ISO code for currency
	name       string // the spec-style currency name, for the strict unit count
	start, end string // dateperiod days; end exclusive
	off        [2]int // character offsets
}

// suiteScore counts matches of one suite (all cases or the fair subset).
type suiteScore struct {
	Cases, Skipped        int
	Expected, Found       int
	Strict, Loose, Unit   int // matches: strict text; overlapping offsets; strict also on unnormalised unit names
	NegCases, NegClean    int
	ViaInclusive, ViaAlts int
	Failures              []string
}

func (s suiteScore) p() float64  { return ratio(s.Strict, s.Found) }
func (s suiteScore) r() float64  { return ratio(s.Strict, s.Expected) }
func (s suiteScore) f() float64  { return f1(s.p(), s.r()) }
func (s suiteScore) lf() float64 { return f1(ratio(s.Loose, s.Found), ratio(s.Loose, s.Expected)) }

// confResult holds every suite's score, all cases and the fair subset.
type confResult struct {
	Suites   []string
	All      map[string]*suiteScore
	Fair     map[string]*suiteScore
	TotalIDs int
}

var suiteOrder = []string{"currency", "number", "percent", "dateperiod"}

// scoreConformance runs numbers.Scan and periods.Find on every case.
func scoreConformance(dir string) (confResult, error) {
	res := confResult{Suites: suiteOrder, All: map[string]*suiteScore{}, Fair: map[string]*suiteScore{}}
	data, err := os.ReadFile(filepath.Join(dir, "recognizers-en.json"))
	if err != nil {
		return res, err
	}
	var cases []confCase
	if err := json.Unmarshal(data, &cases); err != nil {
		return res, fmt.Errorf("conformance: %w", err)
	}
	for _, s := range suiteOrder {
		res.All[s], res.Fair[s] = &suiteScore{}, &suiteScore{}
	}
	for _, c := range cases {
		all, ok := res.All[c.Suite]
		if !ok {
			continue
		}
		res.TotalIDs++
		fair := res.Fair[c.Suite]
		if c.Options != nil {
			// PercentMode cases assume a mode this extractor does not have
			all.Skipped++
			fair.Skipped++
			continue
		}
		isFair := !slices.Contains(c.NotSupported, "javascript") && !slices.Contains(c.NotSupportedByDesign, "javascript")
		got := run(c)
		scoreCase(all, c, got)
		if isFair {
			scoreCase(fair, c, got)
		}
	}
	return res, nil
}

// run extracts the spans of one case.
func run(c confCase) []found {
	var out []found
	switch c.Suite {
	case "dateperiod":
		var ref time.Time
		if c.Reference != nil {
			ref, _ = time.Parse("2006-01-02T15:04:05", *c.Reference)
		}
		for _, m := range periods.Find(c.Input, ref) {
			f := found{text: m.Text, off: charOffsets(c.Input, m.Start, m.End)}
			if !m.From.IsZero() {
				f.start = m.From.Format("2006-01-02")
			}
			if !m.To.IsZero() {
				f.end = m.To.AddDate(0, 0, 1).Format("2006-01-02")
			}
			out = append(out, f)
		}
	default:
		for _, m := range numbers.Scan(c.Input) {
			v := m.Value
			f := found{value: &v}
			switch c.Suite {
			case "currency":
				if m.Kind != numbers.Money {
					continue
				}
				f.text, f.unit, f.name = m.Text, m.Unit, specName(m)
				f.off = charOffsets(c.Input, m.Start, m.End)
			case "percent":
				if m.Kind != numbers.Percent && m.Kind != numbers.Points {
					continue
				}
				f.text = m.Text
				f.off = charOffsets(c.Input, m.Start, m.End)
			case "number":
				if m.Kind == numbers.Date {
					continue
				}
				if m.Kind == numbers.Fraction {
					v /= 100 // "half" is 0.5 as a number, 50 as a share
				}
				f.text = c.Input[m.NumStart:m.NumEnd]
				f.off = charOffsets(c.Input, m.NumStart, m.NumEnd)
			}
			out = append(out, f)
		}
	}
	return out
}

func charOffsets(s string, start, end int) [2]int {
	return [2]int{utf8.RuneCountInString(s[:start]), utf8.RuneCountInString(s[:end])}
}

// norm lower-cases text and collapses runs of white space.
func norm(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }

// isoOfName maps the spec's currency names to ISO codes (README synonym
// groups, plus the names of the other currencies in the file).
var isoOfName = map[string]string{
	"dollar": "USD", "united states dollar": "USD", "usd": "USD", "us$": "USD",
	"chinese yuan": "CNY", "yuan": "CNY", "rmb": "CNY", "renminbi": "CNY", "cny": "CNY", "元": "CNY",
	"euro": "EUR", "eur": "EUR", "pound": "GBP", "british pound": "GBP", "gbp": "GBP",
	"japanese yen": "JPY", "yen": "JPY", "jpy": "JPY",
}

// specName gives the spec-style currency name of a mention, for the strict
// (unnormalised) unit count: "$" is Dollar, "US$"/"USD" United States dollar.
func specName(m numbers.Mention) string {
	low := strings.ToLower(m.Text)
	switch m.Unit {
	case "USD":
		if strings.Contains(low, "us") || strings.Contains(low, "u.s") {
			return "united states dollar"
		}
		return "dollar"
	case "GBP":
		if strings.Contains(low, "gbp") || strings.Contains(low, "british") {
			return "british pound"
		}
		return "pound"
	case "CNY":
		return "chinese yuan"
	case "EUR":
		return "euro"
	case "JPY":
		return "japanese yen"
	case "CHF":
		if strings.Contains(low, "swiss") {
			return "swiss franc"
		}
		return "franc"
	}
	return strings.ToLower(m.Unit)
}

// unitOK compares currencies: by ISO code where the spec gives one, else by
// the README's synonym groups.
func unitOK(e confExpected, f found) (normalised, strict bool) {
	if e.Unit == nil {
		return true, true
	}
	name := strings.ToLower(*e.Unit)
	if e.ISO != nil {
		normalised = *e.ISO == f.unit
	} else if iso, ok := isoOfName[name]; ok {
		normalised = iso == f.unit
	} else {
		normalised = name == strings.ToLower(f.name)
	}
	strict = normalised && (name == f.name || e.ISO != nil && *e.ISO == f.unit && name != "dollar")
	return normalised, strict
}

func valueOK(e confExpected, f found) bool {
	if e.Value == nil || f.value == nil {
		return e.Value == nil && f.value == nil
	}
	a, b := *e.Value, *f.value
	if a == 0 && b == 0 {
		return true
	}
	return math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

// datesOK compares a dateperiod; it says which reading was needed.
func datesOK(e confExpected, f found) (bool, string) {
	str := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	if str(e.Start) == f.start && str(e.End) == f.end {
		return true, ""
	}
	if e.EndInclusive != nil && str(e.Start) == f.start && *e.EndInclusive == f.end {
		return true, "inclusive"
	}
	for _, alt := range e.Alternatives {
		if str(alt.Start) == f.start && str(alt.End) == f.end {
			return true, "alternative"
		}
	}
	return false, ""
}

// scoreCase matches one case's spans.
func scoreCase(s *suiteScore, c confCase, got []found) {
	s.Cases++
	s.Expected += len(c.Expected)
	s.Found += len(got)
	if len(c.Expected) == 0 {
		s.NegCases++
		if len(got) == 0 {
			s.NegClean++
		}
	}
	usedS := make([]bool, len(got))
	usedL := make([]bool, len(got))
	var fails []string
	for _, e := range c.Expected {
		matched := false
		for i, f := range got {
			if usedS[i] || norm(f.text) != norm(e.Text) {
				continue
			}
			ok, how := attrsOK(c.Suite, e, f)
			if !ok {
				continue
			}
			usedS[i], matched = true, true
			s.Strict++
			if _, strict := unitOK(e, f); strict {
				s.Unit++
			}
			switch how {
			case "inclusive":
				s.ViaInclusive++
			case "alternative":
				s.ViaAlts++
			}
			break
		}
		eo := expectedOffsets(c.Input, e)
		for i, f := range got {
			if usedL[i] || f.off[1] <= eo[0] || eo[1] <= f.off[0] {
				continue
			}
			if ok, _ := attrsOK(c.Suite, e, f); !ok {
				continue
			}
			usedL[i] = true
			s.Loose++
			break
		}
		if !matched {
			fails = append(fails, fmt.Sprintf("miss %q", e.Text))
		}
	}
	for i, f := range got {
		if !usedS[i] {
			v := "null"
			if f.value != nil {
				v = fmt.Sprintf("%g", *f.value)
			}
			fails = append(fails, fmt.Sprintf("got %q=%s%s%s", f.text, v, f.unit, f.start+".."+f.end))
		}
	}
	if len(fails) > 0 {
		s.Failures = append(s.Failures, fmt.Sprintf("%s %q: %s", c.ID, trunc(c.Input, 70), strings.Join(fails, "; ")))
	}
}

func attrsOK(suite string, e confExpected, f found) (bool, string) {
	switch suite {
	case "dateperiod":
		return datesOK(e, f)
	case "currency":
		n, _ := unitOK(e, f)
		return n && valueOK(e, f), ""
	}
	return valueOK(e, f), ""
}

// expectedOffsets returns the spec's character offsets, or finds the text.
func expectedOffsets(input string, e confExpected) [2]int {
	if len(e.Offset) == 2 {
		return [2]int{e.Offset[0], e.Offset[1]}
	}
	i := strings.Index(strings.ToLower(input), strings.ToLower(e.Text))
	if i < 0 {
		return [2]int{-1, -1}
	}
	return charOffsets(input, i, i+len(e.Text))
}

func trunc(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}
