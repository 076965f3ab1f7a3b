package article

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"figcheck/figure"
	"figcheck/sources"
	"figcheck/sources/glossary"
)

func read(t testing.TB, name, text string, date time.Time) sources.Document {
	t.Helper()
	g, err := glossary.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Reader{}.Read(context.Background(), strings.NewReader(text), name,
		sources.Options{Glossary: g, Date: date, Widening: figure.DefaultWidening()})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// exp is the expected reading of one figure; empty fields are not checked.
type exp struct {
	quote   string
	value   float64
	unit    string
	measure figure.Measure
	metric  string
	period  string // "2024-01..2024-04" or "2024-04"
	basis   string
	of      string
	qual    string
	partner string
}

func TestExtract(t *testing.T) {
	pub := "Published: 2024-05-10\n\n"
	tests := []extractCase{
		{"reuters lead",
			pub + "China's exports rose 8.5% year-on-year in April to $315.69 billion, while imports fell 2.2%, leaving a trade surplus of $72.35 billion.",
			[]exp{
				{quote: "8.5%", value: 8.5, unit: "percent", measure: figure.Growth, metric: "goods.export", period: "2024-04", basis: "yoy", of: "value"},
				{quote: "$315.69 billion", value: 315.69e9, unit: "USD", measure: figure.Value, metric: "goods.export", period: "2024-04"},
				{quote: "2.2%", value: -2.2, unit: "percent", measure: figure.Growth, metric: "goods.import", period: "2024-04"},
				{quote: "$72.35 billion", value: 72.35e9, unit: "USD", metric: "goods.balance", period: "2024-04"},
			}, nil},
		{"tonnes topped",
			pub + "Shipments of rare earths topped 5,000 tonnes in April.",
			[]exp{{quote: "5,000 tonnes", value: 5000, unit: "tonnes", measure: figure.Quantity, metric: "rare_earths.export", period: "2024-04", qual: "more_than"}}, nil},
		{"chinese",
			pub + "1至4月集成电路出口3552.4亿元，同比增长23.5%。",
			[]exp{
				{quote: "3552.4亿元", value: 355.24e9, unit: "CNY", measure: figure.Value, metric: "integrated_circuits.export", period: "2024-01..2024-04"},
				{quote: "23.5%", value: 23.5, measure: figure.Growth, metric: "integrated_circuits.export", period: "2024-01..2024-04", basis: "yoy"},
			}, nil},
		{"commodity shorthand",
			pub + "Iron ore imports rose 3% to 104.5 mt in April, while aluminium exports reached 520 kt and rare earth exports 4,800,000 kg.",
			[]exp{
				{quote: "104.5 mt", value: 104.5e6, unit: "tonnes", measure: figure.Quantity, metric: "iron_ore.import"},
				{quote: "520 kt", value: 520e3, unit: "tonnes"},
				{quote: "4,800,000 kg", value: 4800, unit: "tonnes"},
			}, nil},
		{"chinese review",
			"发布日期：2025-01-13\n\n2024年，我国货物贸易进出口总值43.85万亿元，同比增长5%。其中，出口25.45万亿元，增长7.1%。以美元计价，贸易顺差9921.9亿美元。全年出口汽车586万辆，增长19.3%；稀土出口量下降4.1%。12月份，出口同比增长10.7%。",
			[]exp{
				{quote: "43.85万亿元", value: 43.85e12, unit: "CNY", metric: "goods.total", period: "2024-01..2024-12"},
				{quote: "25.45万亿元", metric: "goods.export"},
				{quote: "9921.9亿美元", unit: "USD", metric: "goods.balance"},
				{quote: "586万辆", value: 5.86e6, unit: "units", metric: "automobiles.export", period: "2024-01..2024-12"},
				{quote: "4.1%", value: -4.1, metric: "rare_earths.export", of: "quantity"},
				{quote: "10.7%", metric: "goods.export", period: "2024-12"},
			}, nil},
		{"same period and by volume",
			pub + "Exports of integrated circuits reached 355.24 billion yuan in January-April, a rise of 23.5% from a year earlier. By volume, 88.68 billion chips were shipped abroad over the same period, up 8.5 percent.",
			[]exp{
				{quote: "355.24 billion yuan", metric: "integrated_circuits.export", period: "2024-01..2024-04"},
				{quote: "23.5%", value: 23.5, of: "value", period: "2024-01..2024-04"},
				{quote: "88.68 billion chips", value: 88.68e9, unit: "units", measure: figure.Quantity, metric: "integrated_circuits.export", period: "2024-01..2024-04"},
				{quote: "8.5 percent", value: 8.5, of: "quantity", period: "2024-01..2024-04"},
			}, nil},
		{"respectively",
			pub + "The country bought 168.1 billion integrated circuits worth 832.5 billion yuan between January and April, increases of 14.8% and 15.9% respectively.",
			[]exp{
				{quote: "14.8%", value: 14.8, of: "quantity", metric: "integrated_circuits.import", period: "2024-01..2024-04"},
				{quote: "15.9%", value: 15.9, of: "value", metric: "integrated_circuits.import", period: "2024-01..2024-04"},
			}, nil},
		{"linked currencies",
			"December 11, 2024\n\nChina's semiconductor exports climbed 20.3% year on year to 1.03 trillion yuan ($142.17 billion) in the first 11 months of 2024.",
			[]exp{
				{quote: "1.03 trillion yuan", value: 1.03e12, unit: "CNY", period: "2024-01..2024-11", metric: "integrated_circuits.export"},
				{quote: "$142.17 billion", value: 142.17e9, unit: "USD", period: "2024-01..2024-11", metric: "integrated_circuits.export"},
			}, nil},
		{"partners",
			pub + "Electronics exports to the United States shrank 34.8% to $69.1 billion in 2023, while shipments to ASEAN grew 36.2% to $146.5 billion.",
			[]exp{
				{quote: "34.8%", value: -34.8, partner: "United States", metric: "electronic_information_products.export", period: "2023-01..2023-12"},
				{quote: "$146.5 billion", partner: "ASEAN", metric: "electronic_information_products.export", period: "2023-01..2023-12"},
			}, nil},
		{"not statistics",
			pub + "Huawei launched the Mate 70 in 2024 with 5G support, the 4th model for five consecutive years, and a 25% tariff applies.",
			nil, []string{"70", "2024", "5", "4", "five", "25%"}},
		{"exchange-rate note",
			pub + "Exports rose 5% to 2.1 trillion yuan in April. ($1 = 7.2396 Chinese yuan renminbi)",
			[]exp{{quote: "2.1 trillion yuan", period: "2024-04"}}, []string{"$1", "7.2396 Chinese yuan"}},
		{"qualifiers",
			"Published: 2025-01-20\n\nExports exceeded 25 trillion yuan in 2024, while the surplus was nearly $1 trillion and shipments came to about 300 billion yuan.",
			[]exp{
				{quote: "25 trillion yuan", qual: "more_than", period: "2024-01..2024-12"},
				{quote: "nearly $1 trillion", qual: "nearly", metric: "goods.balance"},
				{quote: "about 300 billion yuan", qual: "about"},
			}, nil},
		{"decline words",
			pub + "Mobile phone exports earned 266.76 billion yuan in the first four months, a decline of 5.5% in value. Steel exports contracted 3% and ship exports slipped 1.2 pct.",
			[]exp{
				{quote: "5.5%", value: -5.5, of: "value", metric: "mobile_phones.export", period: "2024-01..2024-04"},
				{quote: "3%", value: -3, metric: "steel.export"},
				{quote: "1.2 pct", value: -1.2, metric: "ships.export"},
			}, nil},
		{"month on month and last year",
			"Published: 2025-01-13\n\nExports fell 2.8% month on month in December. For the whole of last year, imports of crude oil dropped 1.9% to 553.4 million tonnes.",
			[]exp{
				{quote: "2.8%", value: -2.8, basis: "mom", period: "2024-12"},
				{quote: "553.4 million tonnes", unit: "tonnes", metric: "crude_oil.import", period: "2024-01..2024-12"},
				{quote: "1.9%", value: -1.9, of: "quantity"},
			}, nil},
		{"share and fraction",
			pub + "Mechanical and electrical products made up 59.7% of exports in April, and electric vehicles accounted for one-fifth of car exports.",
			[]exp{
				{quote: "59.7%", measure: figure.Share, metric: "mechanical_electrical_products.export"},
				{quote: "one-fifth", value: 20, measure: figure.Share},
			}, nil},
		{"bilateral trade takes the partner named before it",
			"Published: 2025-10-13\n\nThe European Union remained China's second-largest trading partner, with bilateral trade reaching 4.34 trillion yuan. Exports to Brazil rose 5% to $80 billion, while bilateral trade grew 3% to $120 billion.",
			[]exp{
				{quote: "4.34 trillion yuan", partner: "EU"},
				{quote: "$120 billion", partner: "Brazil"},
			}, nil},
		{"trade by enterprise type and with Belt and Road countries is a part of the whole",
			"Published: 2025-07-14\n\nForeign trade reached 21.79 trillion yuan in the first half. Private enterprises posted imports and exports of 12.52 trillion yuan. Trade with countries participating in the Belt and Road Initiative grew 4.7 percent to 11.29 trillion yuan.",
			[]exp{
				{quote: "21.79 trillion yuan", metric: "goods.total"},
				{quote: "12.52 trillion yuan", partner: "private enterprises"},
				{quote: "11.29 trillion yuan", partner: "Belt and Road"},
			}, nil},
		{"partners implied by the bloc, a balance after bilateral flows, and a group of traders",
			"Published: 2025-01-14\n\nChina's exports to the EU rose 3 per cent to $516.4bn, but imports from the bloc fell 4.9 per cent to $269.9bn, widening China's surplus to $246.5bn. State-owned enterprises, long the backbone of trade, saw imports and exports fall 2 per cent to 5.2 trillion yuan.",
			[]exp{
				{quote: "$269.9bn", partner: "EU"},
				{quote: "$246.5bn", partner: "EU"},
				{quote: "5.2 trillion yuan", partner: "state-owned enterprises"},
			}, nil},
		{"a comparison period dates its own when-clause",
			"Published: 2025-01-14\n\nExports to Chile rose 4.1 per cent to $41.5bn last year. The pace was far slower than in 2023, when bilateral trade jumped 26.3 per cent to $40.1bn.",
			[]exp{
				{quote: "$41.5bn", period: "2024-01..2024-12"},
				{quote: "$40.1bn", period: "2023-01..2023-12"},
			}, nil},
		{"a bare US in capitals is the United States, US$ is a currency",
			"Published: 2025-06-09\n\nChina's May export growth slows as shipments to US plunge 34.5%. Exports to the EU rose 12% to US$50 billion; they told us exports to Japan fell 2%.",
			[]exp{
				{quote: "34.5%", partner: "United States"},
				{quote: "US$50 billion", partner: "EU"},
				{quote: "2%", partner: "Japan"},
			}, nil},
		{"a release-date line dates a bulletin",
			"Statistical Bulletin: Foreign Trade, January-October 2024\nRelease date: 2024-11-19 | Press enquiries: 020-8110 2345\n\nIn October, exports were 5,038.2亿元, up 4.5%.",
			[]exp{
				{quote: "5,038.2亿元", period: "2024-10"},
			}, nil},
		{"year-to-date through a month, and the same N months",
			"Published: 2024-10-21\n\nExports of new energy vehicles reached 928,000 units year-to-date through September, up 11.5% from a year earlier.\n\nOverall vehicle exports rose 27.4% to 4.31mn vehicles over the same nine months.",
			[]exp{
				{quote: "928,000 units", period: "2024-01..2024-09"},
				{quote: "4.31mn vehicles", period: "2024-01..2024-09"},
			}, nil},
		{"import and export value is total trade; arrivals are imports",
			"Published: 2024-11-19\n\nIn the first ten months of 2024, total import and export value was 7.52 trillion yuan, up 11.4%. Private enterprises imported and exported 4.59 trillion yuan. Iron ore arriving through Qingdao port reached 153 million tonnes.",
			[]exp{
				{quote: "7.52 trillion yuan", metric: "goods.total"},
				{quote: "4.59 trillion yuan", partner: "private enterprises"},
				{quote: "153 million tonnes", metric: "iron_ore.import"},
			}, nil},
		{"by-lines split by pipes carry the date",
			"China's exports up 5.2% in first 10 months\nBy A REPORTER | Daily Paper | Updated: 2024-11-08 07:21\n\nExports climbed 6.7 percent to 20.8 trillion yuan in the first 10 months of this year.",
			[]exp{
				{quote: "20.8 trillion yuan", period: "2024-01..2024-10"},
			}, nil},
		{"a dateline year is the story's first year, not a future bound",
			"BEIJING, Jan 14 (Reuters) - China shipped a record 3.91 billion batteries abroad in 2024, up 10.7% from the year before. Shipments to the U.S. face a 25% tariff from 2026.",
			[]exp{
				{quote: "3.91 billion batteries", period: "2024-01..2024-12"},
			}, nil},
		{"a date at the foot of a pasted page, and a colon lead-in keeps its period for the list",
			"China's July exports miss forecasts\n\nChina's exports grew 7% in July to $300.6 billion.\n\nCustoms figures in yuan for the first seven months:\n\n- Total trade: 24.83 trillion yuan, up 6.2%\n- Exports: 14.26 trillion yuan\n\nUpdated on: 7 Aug 2024, 9:34 am IST",
			[]exp{
				{quote: "$300.6 billion", period: "2024-07"},
				{quote: "24.83 trillion yuan", period: "2024-01..2024-07"},
				{quote: "14.26 trillion yuan", period: "2024-01..2024-07"},
			}, nil},
		{"an update time never beats the first date line",
			"Exports hit a record\n\nBy A Reporter\nJanuary 13, 2025 at 11:08 PM EST\nUpdated on February 14, 2025 at 1:32 AM EST\n\nExports climbed 10.7% to $335.8 billion in December.",
			[]exp{
				{quote: "$335.8 billion", period: "2024-12"},
			}, nil},
		{"a year-end story's later paragraphs speak of the year",
			"Published: 2025-01-13\n\nOutbound shipments climbed 10.7% to $335.8 billion in December.\n\nFor the full year, exports increased 5.9% to $3.58 trillion.\n\nCar exports rose 23% to 6.41 million vehicles, while iron ore imports grew 4.9% to 1.24 billion tonnes.",
			[]exp{
				{quote: "$335.8 billion", period: "2024-12"},
				{quote: "$3.58 trillion", period: "2024-01..2024-12"},
				{quote: "6.41 million vehicles", period: "2024-01..2024-12"},
				{quote: "1.24 billion tonnes", period: "2024-01..2024-12"},
			}, nil},
		{"a January dateline over December's figures is dated the year after",
			"FACTBOX-China's 2024 trade\n\nBEIJING, Jan 13 (Reuters) - China's exports beat forecasts in December, closing out a record year.\n\n* 2024: exports rose 5.9% to a record $3.58 trillion",
			[]exp{
				{quote: "$3.58 trillion", period: "2024-01..2024-12"},
			}, nil},
		{"a ranking frame is not a period, and a vague headline period is not the main one",
			"China's exports lose momentum at start of year\n\nPublished: 2025-07-14\n\nChina's exports grew 5.8% year on year in June to $325.2 billion.\n\nImports rose 1.1% to $210.4 billion, their first gain this year.",
			[]exp{
				{quote: "$325.2 billion", period: "2025-06"},
				{quote: "$210.4 billion", period: "2025-06"},
			}, nil},
		{"a unit in a header is not an amount, and a list item labelled by a partner takes it",
			"Published: 2025-01-13\n\nItem | Value (100 million yuan) | Growth\n\n* EU, 2024: China's surplus $245.5 bln\n* Russia: exports rose 4.1% to $115.5 bln",
			[]exp{
				{quote: "$245.5 bln", partner: "EU"},
				{quote: "$115.5 bln", partner: "Russia"},
			}, []string{"100 million yuan"}},
		{"a province's trade is not the nation's",
			"Published: 2024-10-22\n\nGuangdong province's exports rose 4.1% to 4.2 trillion yuan in the first three quarters. The province's imports fell 2% to 2.5 trillion yuan.",
			[]exp{
				{quote: "4.2 trillion yuan", metric: "-"},
				{quote: "2.5 trillion yuan", metric: "-"},
			}, nil},
		{"partner between China and X, and a nationality before goods",
			"Published: 2025-01-14\n\nTrade between China and Brazil rose 3.1 per cent to $188.2bn last year. Imports of Brazilian soybeans slipped 2 per cent to $38.6bn.",
			[]exp{
				{quote: "$188.2bn", partner: "Brazil", metric: "goods.total"},
				{quote: "$38.6bn", partner: "Brazil"},
			}, nil},
		{"money change (the U.S. reports it: no China metric)",
			"Published: 2024-02-07\n\nThe U.S. trade deficit with China decreased $16.4 billion to $279.4 billion in 2023.",
			[]exp{
				{quote: "$16.4 billion", measure: figure.Growth, metric: "-", partner: "China", period: "2023-01..2023-12"},
				{quote: "$279.4 billion", value: 279.4e9, measure: figure.Value, metric: "-"},
			}, nil},
		{"three quarters is a period",
			"Published: 2024-10-14\n\nChina's foreign trade totaled 32.33 trillion yuan in the first three quarters of 2024, up 5.3 percent year on year. In September alone, trade rose 0.3 percent year on year, registering a 5.9 percent rise from August.",
			[]exp{
				{quote: "32.33 trillion yuan", metric: "goods.total", period: "2024-01..2024-09"},
				{quote: "5.9 percent", basis: "mom", period: "2024-09"},
			}, []string{"three quarters"}},
		{"comparison amount keeps its own period",
			"Published: 2024-12-10\n\nExports grew 6.7% in November. The trade surplus widened to $97.44 billion from $95.72 billion in October.",
			[]exp{
				{quote: "$97.44 billion", metric: "goods.balance", period: "2024-11"},
				{quote: "$95.72 billion", period: "2024-10"},
			}, nil},
		{"other statistics do not take trade context",
			"Published: 2025-03-10\n\nChip exports rose 14.2% in January-February to 189.7 billion yuan. Huawei's revenue rose 22% to 862 billion yuan last year. In volume terms, chip exports totalled 45.3 billion units, down 2.3%.",
			[]exp{
				{quote: "22%", metric: "-"},
				{quote: "45.3 billion units", metric: "integrated_circuits.export", period: "2025-01..2025-02"},
				{quote: "2.3%", value: -2.3, of: "quantity"},
			}, nil},
		{"the four months refers back",
			pub + "Chip exports reached 355.24 billion yuan in the first four months. In April, chip imports stood at 222.49 billion yuan. Handset exports dropped 5.5% in value to 266.76 billion yuan over the four months.",
			[]exp{
				{quote: "222.49 billion yuan", period: "2024-04"},
				{quote: "266.76 billion yuan", metric: "mobile_phones.export", period: "2024-01..2024-04"},
			}, nil},
		{"month-qualified flows are headline trade",
			"Published: 2025-01-14\n\nVehicle shipments climbed 23% to 6.41 million units in 2024. December exports rose 10.7%, while imports were up 1%.",
			[]exp{
				{quote: "6.41 million units", metric: "automobiles.export"},
				{quote: "10.7%", metric: "goods.export", period: "2024-12"},
			}, nil},
		{"a half without a year is the latest one",
			"Published: 2025-01-20\n\nSoybean imports rose 22 per cent to 60 million tonnes in the first half. Shipments to Russia surged by 12.5 per cent, reaching US$9.1 billion in December.",
			[]exp{
				{quote: "60 million tonnes", period: "2024-01..2024-06", metric: "soybeans.import"},
				{quote: "12.5 per cent", period: "2024-12", partner: "Russia"},
			}, nil},
		{"bare count after a count",
			"Published: 2025-01-14\n\nCar exports rose to 5.86 million units in 2024, up from 4.91 million in 2023, passing the $100 billion mark.",
			[]exp{
				{quote: "5.86 million units", period: "2024-01..2024-12", metric: "automobiles.export"},
				{quote: "4.91 million", unit: "units", measure: figure.Quantity, period: "2023-01..2023-12"},
				{quote: "$100 billion", measure: figure.Other, qual: "more_than"},
			}, nil},
		{"other economies are not China",
			"Published: 2024-12-18\n\nJapan's exports rose 3.8% in November to 9.15 trillion yen. Exports to China climbed 5.7%. China's exports grew 6.7% in November, while U.S. goods imports from China were $40.1 billion.",
			[]exp{
				{quote: "9.15 trillion yen", metric: "-"},
				{quote: "5.7%", metric: "-", partner: "China"},
				{quote: "6.7%", metric: "goods.export", period: "2024-11"},
				{quote: "$40.1 billion", metric: "-"},
			}, nil},
		{"forecast",
			pub + "Exports jumped 10.7% in April, beating a 7.3% forecast in a Reuters poll.",
			[]exp{{quote: "10.7%", measure: figure.Growth}, {quote: "7.3%", measure: figure.Other}}, nil},
	}
	runExtractCases(t, tests)
}

// extractCase is one article text and the figures expected from it.
type extractCase struct {
	name string
	text string
	want []exp
	not  []string // quotes that must not be figures
}

// runExtractCases reads each case's text and checks the expected figures.
func runExtractCases(t *testing.T, tests []extractCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := read(t, "t.txt", tt.text, time.Time{})
			byQuote := map[string]figure.Figure{}
			for _, f := range doc.Figures {
				byQuote[f.Quote] = f
			}
			for _, w := range tt.want {
				f, ok := byQuote[w.quote]
				if !ok {
					t.Errorf("no figure %q; got %v", w.quote, quotes(doc.Figures))
					continue
				}
				check := func(field, got, want string) {
					if want != "" && got != want {
						t.Errorf("%q: %s = %q, want %q", w.quote, field, got, want)
					}
				}
				if w.value != 0 && math.Abs(f.Value-w.value) > 1e-9*math.Abs(w.value) {
					t.Errorf("%q: value %g, want %g", w.quote, f.Value, w.value)
				}
				check("unit", f.Unit, w.unit)
				check("measure", string(f.Measure), string(w.measure))
				if w.metric == "-" {
					check("metric", "-"+f.Metric, "-")
				} else {
					check("metric", f.Metric, w.metric)
				}
				check("period", f.Period.String(), w.period)
				check("basis", f.Basis, w.basis)
				check("of", f.Of, w.of)
				check("qualifier", f.Qualifier, w.qual)
				check("partner", f.Partner, w.partner)
				if f.Low > f.Value || f.Value > f.High {
					t.Errorf("%q: value %g outside [%g, %g]", w.quote, f.Value, f.Low, f.High)
				}
			}
			for _, q := range tt.not {
				if _, ok := byQuote[q]; ok {
					t.Errorf("%q should not be a figure", q)
				}
			}
			checkPositions(t, tt.text, doc)
		})
	}
}

func TestNegativeBounds(t *testing.T) {
	doc := read(t, "n.txt", "Published: 2024-05-10\n\nIron ore shipments from Australia fell more than 5% in April.", time.Time{})
	if len(doc.Figures) != 1 {
		t.Fatalf("figures %v", quotes(doc.Figures))
	}
	f := doc.Figures[0]
	if f.Value != -5 || f.Low != -6 || f.High != -5 || f.Qualifier != "more_than" {
		t.Errorf("fell more than 5%%: value %g [%g, %g] %s, want -5 [-6, -5] more_than", f.Value, f.Low, f.High, f.Qualifier)
	}
	if f.Flow != "import" || f.Metric != "iron_ore.import" {
		t.Errorf("shipments from Australia: %s %s, want import", f.Flow, f.Metric)
	}
	if len(doc.Warnings) != 0 {
		t.Errorf("warnings %v", doc.Warnings)
	}
	if doc := read(t, "n.txt", "Exports rose 5% last year.", time.Time{}); len(doc.Warnings) != 1 {
		t.Errorf("no date: warnings %v, want one", doc.Warnings)
	}
}

// TestLongSentenceIsLinear guards against quadratic work on text without
// sentence punctuation: 20 times more text must not cost 100 times more.
func TestLongSentenceIsLinear(t *testing.T) {
	g, err := glossary.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	opts := sources.Options{Glossary: g, Date: time.Date(2024, 5, 10, 0, 0, 0, 0, time.UTC)}
	run := func(n int) time.Duration {
		text := strings.Repeat("exports rose 5% to $3 billion and imports 2% ", n)
		start := time.Now()
		if _, err := (Reader{}).Read(context.Background(), strings.NewReader(text), "l.txt", opts); err != nil {
			t.Fatal(err)
		}
		return time.Since(start)
	}
	run(100)
	small, big := run(250), run(5000)
	if big > 100*small+time.Second {
		t.Errorf("250 repeats took %v, 5000 took %v: not linear", small, big)
	}
	table := func(n int) time.Duration {
		text := "| Item | April | Jan-Apr |\n" + strings.Repeat("| Exports | $3 billion | $9 billion |\n", n)
		start := time.Now()
		if _, err := (Reader{}).Read(context.Background(), strings.NewReader(text), "t.md", opts); err != nil {
			t.Fatal(err)
		}
		return time.Since(start)
	}
	table(100)
	small, big = table(250), table(5000)
	if big > 100*small+time.Second {
		t.Errorf("250 repeats took %v, 5000 took %v: not linear", small, big)
	}
}

func TestTableColumns(t *testing.T) {
	src := "---\ndate: 2024-12-10\n---\n| Item | November | Jan-Nov |\n|---|---|---|\n| Exports | $312.3 billion (+6.7%) | $3.24 trillion (+5.4%) |\n"
	doc := read(t, "t.md", src, time.Time{})
	want := map[string]string{"$312.3 billion": "2024-11", "+6.7%": "2024-11", "$3.24 trillion": "2024-01..2024-11", "+5.4%": "2024-01..2024-11"}
	if len(doc.Figures) != len(want) {
		t.Fatalf("figures %v", quotes(doc.Figures))
	}
	for _, f := range doc.Figures {
		if got := f.Period.String(); got != want[f.Quote] {
			t.Errorf("%s: period %s, want %s", f.Quote, got, want[f.Quote])
		}
	}
	checkPositions(t, src, doc)
}

func quotes(fs []figure.Figure) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Quote)
	}
	return out
}

func TestLinkedAndIDs(t *testing.T) {
	doc := read(t, "a.txt", "Published: 2024-12-11\n\nExports reached 1.03 trillion yuan ($142.17 billion) in the first 11 months.", time.Time{})
	if len(doc.Figures) != 2 {
		t.Fatalf("want 2 figures, got %v", quotes(doc.Figures))
	}
	a, b := doc.Figures[0], doc.Figures[1]
	if a.ID != "a.txt#1" || b.ID != "a.txt#2" {
		t.Errorf("ids %s %s", a.ID, b.ID)
	}
	if len(a.Linked) != 1 || a.Linked[0] != b.ID || len(b.Linked) != 1 || b.Linked[0] != a.ID {
		t.Errorf("linked %v %v", a.Linked, b.Linked)
	}
}

func TestPublished(t *testing.T) {
	tests := []struct {
		name, file, text string
		date             time.Time
		want             string
	}{
		{"published line", "a.txt", "Title\nPublished: 2024-05-10\n\nText.", time.Time{}, "2024-05-10"},
		{"dateline", "a.txt", "Title\n\nDecember 11, 2024\n\nText.", time.Time{}, "2024-12-11"},
		{"reuters dateline", "a.txt", "Title\n\nBEIJING, May 9 (Reuters) - Exports rose 5% in 2024.", time.Time{}, "2024-05-09"},
		{"new year's day dateline", "a.txt", "Title\n\nTOKYO, Jan. 1 (Kyodo) -- Exports rose 5% last year, the trade ministry said of 2023.", time.Time{}, "2024-01-01"},
		{"front matter", "a.md", "---\ntitle: x\ndate: 2025-02-14\n---\n# X\n\nText.", time.Time{}, "2025-02-14"},
		{"html meta", "a.html", `<html><head><meta property="article:published_time" content="2025-03-07T08:00:00Z"></head><body><p>x</p></body></html>`, time.Time{}, "2025-03-07"},
		{"fallback", "a.txt", "No date here.", time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), "2024-03-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := read(t, tt.file, tt.text, tt.date)
			if got := doc.Published.Format("2006-01-02"); got != tt.want {
				t.Errorf("published %s, want %s", got, tt.want)
			}
		})
	}
}

func TestHTML(t *testing.T) {
	src := "<html><head><title>t</title><script>var s = 'exports rose 99% to $1 trillion';</script></head>\n" +
		"<body><p>China&rsquo;s exports rose <b>2.3%</b> in January&ndash;February 2025 to $539.94&nbsp;billion.</p>" +
		"<style>p{}</style><aside><p>Related: Exports rose 7% to $3 trillion</p></aside><footer>© 2025 Imports 3%</footer></body></html>"
	doc := read(t, "a.html", src, time.Time{})
	qs := quotes(doc.Figures)
	if len(qs) != 2 || qs[0] != "2.3%" || qs[1] != "$539.94&nbsp;billion" {
		t.Fatalf("figures %q", qs)
	}
	if p := doc.Figures[0].Period.String(); p != "2025-01..2025-02" {
		t.Errorf("period %s", p)
	}
	if strings.Contains(doc.Text, "99%") || strings.Contains(doc.Text, "<b>") {
		t.Errorf("script or tags left in text: %q", doc.Text)
	}
	checkPositions(t, src, doc)
}

// checkPositions verifies that every quote stands in the input at its line and column.
func checkPositions(t testing.TB, input string, doc sources.Document) {
	t.Helper()
	lines := strings.Split(input, "\n")
	for _, f := range doc.Figures {
		if f.Line < 1 || f.Line > len(lines) {
			t.Fatalf("%s: line %d out of range", f.ID, f.Line)
		}
		line := lines[f.Line-1]
		if f.Col < 1 || f.Col > utf8.RuneCountInString(line)+1 {
			t.Fatalf("%s: col %d out of range", f.ID, f.Col)
		}
		rest := string([]rune(line)[f.Col-1:])
		full := rest + "\n" + strings.Join(lines[f.Line:], "\n")
		if !strings.HasPrefix(full, f.Quote) {
			t.Fatalf("%s: quote %q not at %d:%d (%q)", f.ID, f.Quote, f.Line, f.Col, trunc(rest, 40))
		}
		if f.Low > f.Value || f.Value > f.High {
			t.Fatalf("%s: value %g outside [%g, %g]", f.ID, f.Value, f.Low, f.High)
		}
		if f.Quote == "" {
			t.Fatalf("%s: empty quote", f.ID)
		}
	}
}

func trunc(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

func FuzzRead(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/*.txt")
	for _, p := range seeds {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b), ".txt")
		}
	}
	f.Add("Published: 2024-05-10\n\nExports rose 8.5% to $315.69 billion in April.", ".txt")
	f.Add("<p>Exports&nbsp;rose <b>2.3%</b> to US$1.2&nbsp;billion</p><script>x</script>", ".html")
	f.Add("---\ndate: 2024-01-01\n---\nImports fell 3% to 1.2 trillion yuan.", ".md")
	f.Add("1至4月集成电路出口3552.4亿元，同比增长23.5%。", ".txt")
	f.Add("<table><tr><th>Item</th><th>Jan-Mar 2025 (100 million yuan)</th><th>YoY (%)</th></tr><tr><td><p>Exports</p></td><td>61,265</td><td>6.9</td></tr></table>", ".html")
	f.Add("| Period | Exports ($bn) | y/y % |\n|---|--:|--:|\n| Nov 2024 | 312.3 | +6.7 |\n| 2023 | 3,380.0 | -4.6 |\n", ".md")
	g, err := glossary.Builtin()
	if err != nil {
		f.Fatal(err)
	}
	opts := sources.Options{Glossary: g, Date: time.Date(2024, 5, 10, 0, 0, 0, 0, time.UTC), Widening: figure.DefaultWidening()}
	f.Fuzz(func(t *testing.T, text, ext string) {
		if ext != ".txt" && ext != ".md" && ext != ".html" {
			ext = ".txt"
		}
		if !utf8.ValidString(text) {
			return
		}
		doc, err := Reader{}.Read(context.Background(), strings.NewReader(text), "f"+ext, opts)
		if err != nil {
			t.Fatal(err)
		}
		checkPositions(t, text, doc)
	})
}

func BenchmarkExtract(b *testing.B) {
	paths, _ := filepath.Glob("testdata/*.txt")
	var sb strings.Builder
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
		sb.WriteString("\n\n")
	}
	if sb.Len() == 0 {
		b.Skip("no testdata articles")
	}
	// about 1 MB of article text
	one := sb.String()
	text := strings.Repeat(one, 1+(1<<20)/len(one))
	g, err := glossary.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	opts := sources.Options{Glossary: g, Widening: figure.DefaultWidening()}
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := (Reader{}).Read(context.Background(), strings.NewReader(text), "bench.txt", opts); err != nil {
			b.Fatal(err)
		}
	}
}

// TestPublicationDateLines reads the date lines real pages carry: the story's
// "last year" must resolve to 2024 under each of them.
func TestPublicationDateLines(t *testing.T) {
	lines := []string{
		"Updated 12:05 PM ET, Tue January 14, 2025",
		"January 14, 2025 / 4:08 AM / Updated 2 hours ago",
		"2025-01-14 09:21 | Xinhua",
		"Source: Xinhua | 2025-01-14 09:21:33 | Editor: huaxia",
		"Jan 14, 2025, 03:21 ET",
		"14 January 2025",
		"Tuesday 14 January 2025 08.12 GMT",
		"Published Jan. 14, 2025 at 4:21 a.m. ET",
		"Posted on 14/01/2025",
		"January 14, 20255:10 AM GMT+8Updated 2 hours ago",
		"2025年1月14日 10:21 来源：新华网",
		"14.01.2025",
		"By A Reporter and B Writer, Wire Service   Jan 14, 2025",
		"Last Updated: January 14, 2025 at 9:15 a.m.",
		"2025年01月14日 16:05　来源：新华社 (Xinhua)　【字体：大 中 小】",
	}
	for _, ln := range lines {
		t.Run(ln, func(t *testing.T) {
			text := "China trade headline\n" + ln + "\n\nChina's exports rose 5.9% to $3.58 trillion last year.\n"
			doc := read(t, "d.txt", text, time.Time{})
			if doc.Published.Format("2006-01-02") != "2025-01-14" {
				t.Errorf("published = %s, want 2025-01-14", doc.Published.Format("2006-01-02"))
			}
			for _, f := range doc.Figures {
				if f.Quote == "$3.58 trillion" && f.Period.String() != "2024-01..2024-12" {
					t.Errorf("period = %s, want 2024", f.Period)
				}
			}
		})
	}
}
