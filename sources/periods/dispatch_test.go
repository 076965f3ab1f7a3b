package periods

import (
	"slices"
	"testing"
	"time"
)

// findAll is Find trying every rule at every word (no dispatch on the
// first word).
func findAll(text string, ref time.Time) []Mention {
	if text == "" {
		return nil
	}
	p := newParser(text, ref)
	p.allRules = true
	return p.find()
}

// TestWordRulesCover checks on the regression corpus that skipping the
// rules a word cannot start (wordRules) changes no mention.
func TestWordRulesCover(t *testing.T) {
	for _, e := range readRegressCorpus(t) {
		for _, r := range regressRefs {
			var ref time.Time
			if r != "" {
				ref = date(r)
			}
			if got, want := Find(e.Text, ref), findAll(e.Text, ref); !slices.Equal(got, want) {
				t.Errorf("%s on %q: with dispatch %d mentions, without %d", e.Name, r, len(got), len(want))
			}
		}
	}
}

// FuzzWordRules checks on arbitrary text that Find with the first-word
// dispatch returns exactly what trying every rule returns.
func FuzzWordRules(f *testing.F) {
	for _, s := range []string{
		"the first four months of 2024, the past 12 months, the same period last year, a year earlier",
		"from January to April, between 2014 and 2018, prior to 2015, after 2018, early 2000, mid-1989",
		"this year's first quarter, last year's first 11 months, nineteen ninety six, in two thousand and fifteen",
		"so far this year, since the start of the year, YTD, earlier this month, year-to-date, the year to March",
		"the sixties, this decade, the '90s, Oct. 1-7, from 4 to 22 January, the last week of 2015, q1-2019",
		"In the quarter, for the year, that month, the 11-month period of 2024, full-year 2023, calendar year 2020",
	} {
		f.Add(s, int64(0))
		f.Add(s, date("2024-05-10").Unix())
	}
	f.Fuzz(func(t *testing.T, text string, refUnix int64) {
		var ref time.Time
		if refUnix != 0 {
			ref = time.Unix(refUnix%(1<<40), 0).UTC()
		}
		got, want := Find(text, ref), findAll(text, ref)
		if !slices.Equal(got, want) {
			t.Fatalf("%q: with dispatch %v\nwithout %v", text, got, want)
		}
	})
}
