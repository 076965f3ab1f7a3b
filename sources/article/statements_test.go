package article

import (
	"testing"
	"time"

	"figcheck/figure"
)

// TestStatementBoundaries: "million t" is tonnes, and a period after a
// semicolon belongs to the statement after it, not to the figures before.
func TestStatementBoundaries(t *testing.T) {
	text := "China customs: full-year 2024 commodity volumes\n" +
		"Published Tuesday 14 January 2025\n\n" +
		"Iron ore: 1.237 billion tonnes, +4.9%; December 110.45 million t, a monthly record.\n\n" +
		"Rare earths: export volumes rose 6% but their value fell 36.1% to 3.26 billion yuan as prices slumped; " +
		"Beijing added export controls on several heavy rare earths in 2025.\n"
	doc := read(t, "s.txt", text, time.Time{})
	want := map[string]struct {
		unit, period string
	}{
		"6%":                {"percent", "2024-01..2024-12"},
		"36.1%":             {"percent", "2024-01..2024-12"},
		"3.26 billion yuan": {"CNY", "2024-01..2024-12"},
		"+4.9%":             {"percent", "2024-01..2024-12"},
		"110.45 million t":  {"tonnes", "2024-12..2024-12"},
	}
	seen := map[string]bool{}
	for _, f := range doc.Figures {
		w, ok := want[f.Quote]
		if !ok {
			continue
		}
		seen[f.Quote] = true
		if got := f.Period.Start.String() + ".." + f.Period.End.String(); f.Unit != w.unit || got != w.period {
			t.Errorf("%q read as %s %s, want %s %s", f.Quote, f.Unit, got, w.unit, w.period)
		}
	}
	for q := range want {
		if !seen[q] {
			t.Errorf("%q not extracted; got %q", q, quotes(doc.Figures))
		}
	}
}

// TestAloneOpensParagraph: "In May alone, ..." opening a paragraph frames the
// sentences after it; "April alone" inside a sentence does not carry on.
func TestAloneOpensParagraph(t *testing.T) {
	text := "Published: 2025-06-09\n\n" +
		"China's exports rose 7.2 percent to 10.67 trillion yuan in the first five months.\n\n" +
		"In May alone, foreign trade reached 3.81 trillion yuan, up 2.7 percent. " +
		"Outbound shipments climbed 6.3 percent to 2.28 trillion yuan.\n\n" +
		"Imports fell 3.8 percent to 7.27 trillion yuan over the period.\n\n" +
		"Shipments of rare earths fell 3.4 percent in April alone. " +
		"Exports to ASEAN grew 9.1 percent.\n"
	doc := read(t, "alone.txt", text, time.Time{})
	want := map[string]string{
		"6.3 percent":         "2025-05..2025-05",
		"2.28 trillion yuan":  "2025-05..2025-05",
		"3.4 percent":         "2025-04..2025-04",
		"9.1 percent":         "2025-01..2025-05",
		"7.27 trillion yuan":  "2025-01..2025-05",
		"10.67 trillion yuan": "2025-01..2025-05",
	}
	wantPeriods(t, doc.Figures, want)
}

// TestLaterPeriodWithItsOwnFigure: a period after the figure that opens a
// statement of its own figure ("the January-September total of 46,000 tons")
// does not date the figure; the context's period does.
func TestLaterPeriodWithItsOwnFigure(t *testing.T) {
	text := "Published: 2025-10-13\n\nChina's exports grew 8.3% in September.\n\n" +
		"Exports of rare earths slid 31% from August to 4,000 tons after Beijing tightened licensing, " +
		"though the January-September total of 46,000 tons was still 0.8% higher than a year ago.\n"
	doc := read(t, "later.txt", text, time.Time{})
	want := map[string]string{
		"4,000 tons":  "2025-09..2025-09",
		"46,000 tons": "2025-01..2025-09",
	}
	wantPeriods(t, doc.Figures, want)
}

// TestPartnersAndBases: Chinese prepositions name the partner (and do not
// make it the reporter), "the bloc" refers back to the group the sentence
// before named, and "higher than October's" measures from the month before.
func TestPartnersAndBases(t *testing.T) {
	text := "Published: 2025-03-07\n\n" +
		"前2个月我国与东盟贸易总值为1.07万亿元，增长1.6%。我国对美国进出口6885.9亿元，下降2.3%。\n\n" +
		"The Association of Southeast Asian Nations remained China's largest trading partner. " +
		"Trade with the bloc totaled 1.07 trillion yuan in the first two months, up 1.6 percent.\n\n" +
		"February exports were only 1.0% higher than January's.\n"
	doc := read(t, "partners.txt", text, time.Time{})
	type want struct{ partner, metric, basis string }
	wants := map[string]want{
		"1.07万亿元":            {"ASEAN", "goods.total", ""},
		"6885.9亿元":           {"United States", "goods.total", ""},
		"1.07 trillion yuan": {"ASEAN", "goods.total", ""},
		"1.6 percent":        {"ASEAN", "goods.total", "yoy"},
		"1.0%":               {"", "", "mom"},
	}
	for _, f := range doc.Figures {
		w, ok := wants[f.Quote]
		if !ok {
			continue
		}
		delete(wants, f.Quote)
		if f.Partner != w.partner || (w.metric != "" && f.Metric != w.metric) || (w.basis != "" && f.Basis != w.basis) {
			t.Errorf("%q: partner %q metric %q basis %q, want %q %q %q", f.Quote, f.Partner, f.Metric, f.Basis, w.partner, w.metric, w.basis)
		}
	}
	for q := range wants {
		t.Errorf("%q not extracted", q)
	}
}

// TestImpliedPartnersAndCompanies: a partner named as the sentence's topic,
// "between the two", a factbox heading, and a company opening the sentence.
func TestImpliedPartnersAndCompanies(t *testing.T) {
	text := "Published: 2025-01-14\n\n" +
		"ASEAN remained our largest trading partner for the fifth year, with trade of 6.98 trillion yuan, up 9 percent.\n\n" +
		"欧盟为我第二大贸易伙伴，贸易总值3.32万亿元，增长3.9%。\n\n" +
		"China ran a deficit of $13.8bn with Russia; total trade between the two rose 1.9 per cent to $244.8bn.\n\n" +
		"Vietnam, the largest buyer, took 11.3 million tonnes of steel, up 28%.\n\n" +
		"BYD, whose models sell well in Brazil, shipped 417,204 vehicles abroad, up 71.9%.\n\n" +
		"China's car exports rose 19.3% to 6.41 million units.\n\n" +
		"UNITED STATES\n* 2024: exports $524.7 bln (+4.9%)\n\nCOMMODITIES\n* 2024: soybean imports 105.03 mln tonnes (+6.5%)\n"
	doc := read(t, "implied.txt", text, time.Time{})
	type want struct{ partner, metric string }
	wants := map[string]want{
		"6.98 trillion yuan":  {"ASEAN", "goods.total"},
		"3.32万亿元":             {"EU", "goods.total"},
		"$244.8bn":            {"Russia", "goods.total"},
		"11.3 million tonnes": {"Vietnam", "?"},
		"417,204 vehicles":    {"", ""},
		"6.41 million units":  {"", "automobiles.export"},
		"$524.7 bln":          {"United States", "goods.export"},
		"105.03 mln tonnes":   {"", "soybeans.import"},
	}
	for _, f := range doc.Figures {
		w, ok := wants[f.Quote]
		if !ok {
			continue
		}
		delete(wants, f.Quote)
		if f.Partner != w.partner || (w.metric != "?" && f.Metric != w.metric) {
			t.Errorf("%q: partner %q metric %q, want %q %q", f.Quote, f.Partner, f.Metric, w.partner, w.metric)
		}
	}
	for q := range wants {
		t.Errorf("%q not extracted; got %q", q, quotes(doc.Figures))
	}
}

// TestRecordFrame: a later period that dates the record a figure is compared
// with ("topping the previous high set in 2022") is not the figure's.
func TestRecordFrame(t *testing.T) {
	text := "Published: 2025-01-14\n\nFor the whole of last year, exports climbed 5.9 per cent to US$3.58 trillion. " +
		"The surplus, US$992.2 billion, was the largest ever, topping the previous high set by China itself in 2022.\n"
	doc := read(t, "record.txt", text, time.Time{})
	wantPeriods(t, doc.Figures, map[string]string{"US$992.2 billion": "2024-01..2024-12"})
}

// TestPolicyAndRolling: a programme's amount is not a trade statistic, and a
// rolling 12-month series gives its figures the twelve months to their month.
func TestPolicyAndRolling(t *testing.T) {
	text := "Published: 2025-07-14\n\n" +
		"Exports rose 5.8% in June. Officials will make good use of the RMB 50 billion special guarantee program for small exporters.\n\n" +
		"Chart: a line plots China's 12-month rolling goods trade surplus since 2019. It ends the series in June at more than $1.1 trillion.\n"
	doc := read(t, "policy.txt", text, time.Time{})
	seen := 0
	for _, f := range doc.Figures {
		switch f.Quote {
		case "RMB 50 billion":
			seen++
			if f.Measure != "other" || f.Flow != "" || !f.Period.IsZero() {
				t.Errorf("%q read as a statistic: measure %q flow %q period %v", f.Quote, f.Measure, f.Flow, f.Period)
			}
		case "more than $1.1 trillion":
			seen++
			if got := f.Period.Start.String() + ".." + f.Period.End.String(); got != "2024-07..2025-06" {
				t.Errorf("%q dated %s, want 2024-07..2025-06", f.Quote, got)
			}
		}
	}
	if seen != 2 {
		t.Errorf("found %d of the 2 figures; got %q", seen, quotes(doc.Figures))
	}
}

// TestRollingOnlyItsSeries: the months after a rolling total keep their month.
func TestRollingOnlyItsSeries(t *testing.T) {
	text := "Published: 2025-07-14\n\nChina's 12-month rolling trade surplus reached $1.2 trillion in June 2025. " +
		"Exports in June alone were $325 billion, and imports in June were $210 billion.\n"
	doc := read(t, "roll.txt", text, time.Time{})
	want := map[string]string{"$1.2 trillion": "2024-07..2025-06", "$325 billion": "2025-06..2025-06", "$210 billion": "2025-06..2025-06"}
	wantPeriods(t, doc.Figures, want)
}

// TestPastedBulletin: a PDF paste breaks lines inside phrases and runs a
// numbered list's items over several lines; "Their" refers back to the group
// of traders that opened the sentence before.
func TestPastedBulletin(t *testing.T) {
	text := "Published: 2025-03-07\n\n" +
		"In the first two months of 2025, the total value of imports and\nexports of goods reached 6.54 trillion yuan, a decrease of 1.2%.\n\n" +
		"The value of trade with major partners was as\nfollows:\n\n" +
		"1. ASEAN: 1.07 trillion yuan, up 2.9%, accounting for 16.4% of\n   the total value of foreign trade;\n" +
		"2. European Union: 0.86 trillion yuan, down 0.7%, or 13.1% of\n   the total.\n\n" +
		"Private enterprises continued to play a leading role. Their imports and exports rose 2.5 percent to 5.92 trillion yuan.\n"
	doc := read(t, "bulletin.txt", text, time.Time{})
	type want struct{ flow, partner string }
	wants := map[string]want{
		"6.54 trillion yuan": {"total", ""},
		"1.07 trillion yuan": {"total", "ASEAN"},
		"0.86 trillion yuan": {"total", "EU"},
		"5.92 trillion yuan": {"total", "private enterprises"},
	}
	for _, f := range doc.Figures {
		if w, ok := wants[f.Quote]; ok {
			delete(wants, f.Quote)
			if f.Flow != w.flow || f.Partner != w.partner {
				t.Errorf("%q: flow %q partner %q, want %q %q", f.Quote, f.Flow, f.Partner, w.flow, w.partner)
			}
		}
	}
	for q := range wants {
		t.Errorf("%q not extracted; got %q", q, quotes(doc.Figures))
	}
}

// TestYearEarlierAside: a sentence opened by "A year earlier, in June 2024"
// does not carry June 2024 on, and its year-on-year rate is this June's.
func TestYearEarlierAside(t *testing.T) {
	text := "Published: 2025-08-05\n\nIn June 2025, imports from China were $18.6 billion. " +
		"A year earlier, in June 2024, imports from China totaled $35.2 billion, meaning imports fell 47.2 percent year over year. " +
		"Exports were down 13.5 percent.\n"
	doc := read(t, "census.txt", text, time.Time{})
	wantPeriods(t, doc.Figures, map[string]string{"$35.2 billion": "2024-06..2024-06", "47.2 percent": "2025-06..2025-06", "13.5 percent": "2025-06..2025-06"})
}

// TestBareYearToDate: "year-to-date" with no month of its own is the story's
// months so far, not the months before the publication date.
func TestBareYearToDate(t *testing.T) {
	text := "Published: 2025-08-05\n\nFor the first six months of 2025, exports to China were $53.2 billion, down 24.3 percent. " +
		"The year-to-date goods deficit with China was $112.2 billion.\n"
	doc := read(t, "ytd.txt", text, time.Time{})
	wantPeriods(t, doc.Figures, map[string]string{"$112.2 billion": "2025-01..2025-06"})
}

// wantPeriods checks the period ("YYYY-MM..YYYY-MM") of each quoted figure
// and that every one was extracted.
func wantPeriods(t *testing.T, figs []figure.Figure, want map[string]string) {
	t.Helper()
	seen := map[string]bool{}
	for _, f := range figs {
		w, ok := want[f.Quote]
		if !ok || seen[f.Quote] {
			continue
		}
		seen[f.Quote] = true
		if got := f.Period.Start.String() + ".." + f.Period.End.String(); got != w {
			t.Errorf("%q dated %s, want %s", f.Quote, got, w)
		}
	}
	for q := range want {
		if !seen[q] {
			t.Errorf("%q not extracted; got %q", q, quotes(figs))
		}
	}
}
