package sheet

import (
	"regexp"
	"testing"
)

// allPatterns lists the package's patterns for the pre-test checks.
func allPatterns() []*pattern {
	ps := []*pattern{balanceRe, cnMonthRe, cnRangeRe, cumRe, digitSpaceRe, dmyRe, enMonthRe, exportRe, factorRe,
		firstNRe, flowWordRe, fullYearRe, genericRe, growthRe, halfRe, importRe, isoMonthRe, isoRangeRe, keyTrim,
		listMarkRe, measureWordsRe, momRe, myRe, numRe, parenRe, percentRe, periodWordRe, ppRe, priceRe, priorRe,
		quantityRe, quarterRe, shareRe, thisMonRe, totalLabelRe, totalRe, unitNoteRe, unitTokenRe, valueRe, yearRe,
		yearWordRe, yyyymmRe}
	for _, c := range currencies {
		ps = append(ps, c.re)
	}
	for _, q := range quantities {
		ps = append(ps, q.re)
	}
	for _, s := range scales {
		ps = append(ps, s.re)
	}
	return ps
}

// patternSeeds are texts that match many of the patterns.
var patternSeeds = []string{
	"", "2024年1-4月出口金额（万元）", "january-april 2024 y/y %", "value (rmb 10,000)", "出口额同比增长±%",
	"累计比去年同期±%", "total trade", "exports, total", "1至4月累计", "q1 2024", "上半年", "first half",
	"2024-01..2024-04", "202404", "2024m4", "first 4 months", "前三个月", "full-year 2023", "unit: usd 1,000",
	"单位：万元", "us$ 4.1 bn", "hk$3", "1 234 567", "12,345", "其中：手机", "(1)", "一、", "mom", "m/m",
	"quantity (10,000 tonnes)", "price per unit", "'000 units", "千克", "‰", "percentage points", "trade balance",
	"import/export", "y-o-y", "share of total", "grand total", "出口总值", "月", "apr.", "sept 2024", "第一季度",
	"\xff\xfe bad utf8 2024年", "t", "mt", "15/04/2024", "04/2024",
}

// TestPatternPretest checks that the needle pre-test never changes an answer.
func TestPatternPretest(t *testing.T) {
	for _, s := range patternSeeds {
		checkPretest(t, s)
	}
}

func checkPretest(t *testing.T, s string) {
	t.Helper()
	for _, p := range allPatterns() {
		if got, want := p.MatchString(s), p.Regexp.MatchString(s); got != want {
			t.Errorf("%s on %q: pre-tested %v, regexp %v (needles %q)", p, s, got, want, p.needles)
		}
		if got, want := p.ReplaceAllString(s, " "), p.Regexp.ReplaceAllString(s, " "); got != want {
			t.Errorf("%s replacing in %q: %q, want %q", p, s, got, want)
		}
	}
}

// TestNeedlesSound checks needles on patterns with known answers.
func TestNeedlesSound(t *testing.T) {
	tests := []struct {
		expr string
		want bool // a needle set is expected
	}{
		{`abc|de`, true}, {`a*`, false}, {`(?i)abc`, false}, {`x?`, false}, {`\bfoo\b`, true},
		{`[a-z]+`, false}, {`\d{2,}`, true}, {`a|b*`, false}, {`^$`, false},
	}
	for _, tt := range tests {
		p := mustPattern(tt.expr)
		if (p.needles != nil) != tt.want {
			t.Errorf("needles(%s) = %q, want a set: %v", tt.expr, p.needles, tt.want)
		}
		for _, s := range []string{"", "abc", "ABC", "de", "foo", "x", "12", "zz"} {
			if p.MatchString(s) != regexp.MustCompile(tt.expr).MatchString(s) {
				t.Errorf("%s on %q differs from the regexp", tt.expr, s)
			}
		}
	}
}

// FuzzPatternPretest compares pre-tested and plain matching on arbitrary text.
func FuzzPatternPretest(f *testing.F) {
	for _, s := range patternSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkPretest(t, s) })
}
