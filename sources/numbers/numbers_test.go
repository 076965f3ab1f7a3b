package numbers

import (
	"math"
	"strings"
	"testing"
)

// want describes one expected mention; zero fields are not checked except Text.
type want struct {
	text  string
	value float64
	step  float64
	unit  string
	kind  Kind
}

func TestScan(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"reuters lead", "China's exports rose 8.5% year-on-year in April to $315.69 billion, while imports fell 2.2%",
			[]want{{"8.5%", 8.5, 0.1, "percent", Percent}, {"$315.69 billion", 315.69e9, 1e7, "USD", Money}, {"2.2%", 2.2, 0.1, "percent", Percent}}},
		{"yuan after", "Exports reached 355.24 billion yuan in January-April",
			[]want{{"355.24 billion yuan", 355.24e9, 1e7, "CNY", Money}}},
		{"two currencies", "1.03 trillion yuan ($142.17 billion)",
			[]want{{"1.03 trillion yuan", 1.03e12, 1e10, "CNY", Money}, {"$142.17 billion", 142.17e9, 1e7, "USD", Money}}},
		{"count", "Shipments of rare earths topped 5,000 tonnes",
			[]want{{"5,000", 5000, 1, "", Number}}},
		{"chinese yuan", "1至4月集成电路出口3552.4亿元",
			[]want{{"1", 1, 1, "", Number}, {"4", 4, 1, "", Number}, {"3552.4亿元", 355.24e9, 1e7, "CNY", Money}}},
		{"chinese wan", "手机24,105.4万台", []want{{"24,105.4万", 241.054e6, 1e3, "", Number}}},
		{"percent words", "up 8.5 percent, 12.7 per cent and 43.9pct",
			[]want{{"8.5 percent", 8.5, 0.1, "percent", Percent}, {"12.7 per cent", 12.7, 0.1, "percent", Percent}, {"43.9pct", 43.9, 0.1, "percent", Percent}}},
		{"points", "fell 1.5 percentage points", []want{{"1.5 percentage points", 1.5, 0.1, "pp", Points}}},
		{"fold", "climbed 1.4-fold", []want{{"1.4-fold", 1.4, 0.1, "fold", Fold}}},
		{"fraction", "about one-fifth of exports", []want{{"one-fifth", 20, 0, "percent", Fraction}}},
		{"percent range", "growth of 6 to 7 per cent", []want{{"6", 6, 1, "percent", Percent}, {"7 per cent", 7, 1, "percent", Percent}}},
		{"percent range dash", "a rise of 4-5% and 3%-6%", []want{{"4", 4, 1, "percent", Percent}, {"5%", 5, 1, "percent", Percent}, {"3%", 3, 1, "percent", Percent}, {"6%", 6, 1, "percent", Percent}}},
		{"money range", "worth $3-4 billion or between 20 and 25 billion yuan", []want{{"$3", 3e9, 1e9, "USD", Money}, {"4 billion", 4e9, 1e9, "USD", Money}, {"20", 20e9, 1e9, "CNY", Money}, {"25 billion yuan", 25e9, 1e9, "CNY", Money}}},
		{"count range", "5-6 million units", []want{{"5", 5e6, 1e6, "", Number}, {"6 million", 6e6, 1e6, "", Number}}},
		{"not a range", "rose 8 and 10 per cent", []want{{"8", 8, 1, "", Number}, {"10 per cent", 10, 1, "percent", Percent}}},
		{"signed", "(+16%) and -3.5%", []want{{"+16%", 16, 1, "percent", Percent}, {"-3.5%", -3.5, 0.1, "percent", Percent}}},
		{"hk dollar", "HK$400.6 billion", []want{{"HK$400.6 billion", 400.6e9, 1e8, "HKD", Money}}},
		{"us dollar words", "about 992 billion dollars", []want{{"992 billion dollars", 992e9, 1e9, "USD", Money}}},
		{"iso before", "RMB 25.45 trillion and USD 200", []want{{"RMB 25.45 trillion", 25.45e12, 1e10, "CNY", Money}, {"USD 200", 200, 1, "USD", Money}}},
		{"euro pound yen won", "€2 million, £8.10 million, 9.15 trillion yen, 5 trillion won",
			[]want{{"€2 million", 2e6, 1e6, "EUR", Money}, {"£8.10 million", 8.1e6, 1e4, "GBP", Money}, {"9.15 trillion yen", 9.15e12, 1e10, "JPY", Money}, {"5 trillion won", 5e12, 1e12, "KRW", Money}}},
		{"abbreviated scales", "$5bn, €3.2mn, $1.5tn, 10k, $7m", []want{{"$5bn", 5e9, 1e9, "USD", Money}, {"€3.2mn", 3.2e6, 1e5, "EUR", Money}, {"$1.5tn", 1.5e12, 1e11, "USD", Money}, {"10k", 1e4, 1e3, "", Number}, {"$7m", 7e6, 1e6, "USD", Money}}},
		{"spelled", "five million yen and twenty-one trillion", []want{{"five million yen", 5e6, 1e6, "JPY", Money}, {"twenty-one trillion", 21e12, 1e12, "", Number}}},
		{"year and date", "in 2024, Published: 2024-05-10", []want{{"2024", 2024, 1, "", Year}, {"2024-05-10", 0, 0, "", Date}}},
		{"dateline day", "December 11, 2024", []want{{"11", 11, 1, "", Date}, {"2024", 2024, 1, "", Year}}},
		{"names are not numbers", "Mate 70, 5G, A17, COVID-19, 4th, 29km, 180ml, 1990s", []want{{"70", 70, 1, "", Number}}},
		{"url", "see https://example.com/a?x=30%25 and www.x.com/5%", nil},
		{"thousands", "1,234,567 and 1 234 567", []want{{"1,234,567", 1234567, 1, "", Number}, {"1 234 567", 1234567, 1, "", Number}}},
		{"list is not a number", "22,24,26", []want{{"22", 22, 1, "", Number}, {"24", 24, 1, "", Number}, {"26", 26, 1, "", Number}}},
		{"tokenised currency", "c $ 16.4 million and us $ 150 million", []want{{"c $ 16.4 million", 16.4e6, 1e5, "CAD", Money}, {"us $ 150 million", 150e6, 1e6, "USD", Money}}},
		{"million code", "30 MUSD", []want{{"30 MUSD", 30e6, 1e6, "USD", Money}}},
		{"a before dollar is not AUD", "a $5 billion deal", []want{{"$5 billion", 5e9, 1e9, "USD", Money}}},
		{"consecutive years", "for five consecutive years", []want{{"five", 5, 1, "", Number}}},
		{"hyphenated", "a $5-billion deal, a 1.2-trillion-yuan plan, a 5-percent rise and a 2-percentage-point drop",
			[]want{{"$5-billion", 5e9, 1e9, "USD", Money}, {"1.2-trillion-yuan", 1.2e12, 1e11, "CNY", Money}, {"5-percent", 5, 1, "percent", Percent}, {"2-percentage-point", 2, 1, "pp", Points}}},
		{"first half is a period", "in the first half of 2024", []want{{"2024", 2024, 1, "", Year}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Scan(tt.in)
			if len(got) != len(tt.want) {
				var texts []string
				for _, m := range got {
					texts = append(texts, m.Text)
				}
				t.Fatalf("Scan(%q) found %d mentions %q, want %d", tt.in, len(got), texts, len(tt.want))
			}
			for i, w := range tt.want {
				m := got[i]
				if m.Text != w.text || m.Kind != w.kind || m.Unit != w.unit {
					t.Errorf("mention %d = %q %s %q, want %q %s %q", i, m.Text, m.Kind, m.Unit, w.text, w.kind, w.unit)
				}
				if w.kind != Date && !close(m.Value, w.value) {
					t.Errorf("mention %d %q value %g, want %g", i, m.Text, m.Value, w.value)
				}
				if w.kind != Date && !close(m.Step, w.step) {
					t.Errorf("mention %d %q step %g, want %g", i, m.Text, m.Step, w.step)
				}
			}
		})
	}
}

func close(a, b float64) bool {
	return a == b || math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

func TestNoun(t *testing.T) {
	ms := Scan("88.68 billion chips and 168.1 billion integrated circuits")
	if len(ms) != 2 || ms[0].Noun != "chips" || ms[1].Noun != "integrated" {
		t.Fatalf("nouns: %+v", ms)
	}
}

// checkInvariants is shared by the fuzz target and the seed tests.
func checkInvariants(t *testing.T, text string) {
	t.Helper()
	prev := 0
	for _, m := range Scan(text) {
		if m.Start < prev || m.Start > m.End || m.End > len(text) {
			t.Fatalf("bad span [%d,%d) after %d in %q", m.Start, m.End, prev, text)
		}
		if text[m.Start:m.End] != m.Text {
			t.Fatalf("Text %q is not text[%d:%d] of %q", m.Text, m.Start, m.End, text)
		}
		if m.NumStart < m.Start || m.NumEnd > m.End || m.NumStart > m.NumEnd {
			t.Fatalf("number span [%d,%d) outside [%d,%d) in %q", m.NumStart, m.NumEnd, m.Start, m.End, text)
		}
		if math.IsNaN(m.Value) || math.IsInf(m.Value, 0) || math.IsNaN(m.Step) || m.Step < 0 {
			t.Fatalf("bad value %g step %g for %q", m.Value, m.Step, m.Text)
		}
		if m.Noun != "" && (m.NounStart < m.End || strings.ToLower(text[m.NounStart:m.NounEnd]) != m.Noun) {
			t.Fatalf("bad noun %q at [%d,%d) in %q", m.Noun, m.NounStart, m.NounEnd, text)
		}
		prev = m.End
	}
}

func FuzzScan(f *testing.F) {
	for _, s := range []string{
		"China's exports rose 8.5% year-on-year in April to $315.69 billion",
		"1.03 trillion yuan ($142.17 billion)", "1至4月集成电路出口3552.4亿元，增长23.5%",
		"c $ 16.4 million", "one billion and three quarters million", "percent of 10", "minus five percent",
		"1e10 1.3e6 10k - 10  k", "40 000 and 40\u202f000", "https://x.com/?q=30%25", "2024-05-10 10:30",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkInvariants(t, s)
	})
}

func BenchmarkScan(b *testing.B) {
	para := "China's exports rose 8.5% year-on-year in April to $315.69 billion, while imports fell 2.2%, " +
		"leaving a surplus of 72.35 billion dollars. Shipments of rare earths topped 5,000 tonnes, and the " +
		"country bought 168.1 billion integrated circuits worth 832.5 billion yuan between January and April, " +
		"increases of 14.8% and 15.9% respectively, customs data showed on Thursday.\n\n"
	text := strings.Repeat(para, (1<<20)/len(para))
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Scan(text)
	}
}
