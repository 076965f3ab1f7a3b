package article

import (
	"testing"

	"figcheck/figure"
)

// TestWirePatterns covers phrasings that recur in wire copy and briefs, each
// in sentences written for this test.
func TestWirePatterns(t *testing.T) {
	pub := "Published: 2024-05-10\n\n"
	runExtractCases(t, []extractCase{
		{"bullets are separate sentences",
			pub + "* Exports rose 6.1% in April to $300.2 billion, beating forecasts of a 4% rise; January-March +1.5%\n" +
				"* Imports fell 3.3% to $210.5 billion in value terms, the customs office reported\n",
			[]exp{
				{quote: "+1.5%", period: "2024-01..2024-03"},
				{quote: "3.3%", value: -3.3, period: "2024-04"},
				{quote: "$210.5 billion", period: "2024-04"},
			}, nil},
		{"tariff rate with a modifier",
			pub + "Analysts see export growth slowing to 3% as 60 pct US tariffs and 25% new duties take effect.",
			[]exp{{quote: "3%", measure: figure.Other}},
			[]string{"60 pct", "25%"}},
		{"period written right after a compared amount",
			pub + "The trade surplus reached $88.1 billion in April vs $61.2 billion for January-March as a whole.",
			[]exp{
				{quote: "$88.1 billion", period: "2024-04"},
				{quote: "$61.2 billion", period: "2024-01..2024-03"},
			}, nil},
		{"the same period named earlier in the sentence",
			pub + "Exports rose 4.1% in April.\n\nIn the first four months, imports climbed 2.5% and the surplus over the same period widened to $255.3 billion.",
			[]exp{
				{quote: "2.5%", period: "2024-01..2024-04"},
				{quote: "$255.3 billion", period: "2024-01..2024-04"},
			}, nil},
		{"possessive period opens the figure's noun phrase",
			pub + "The surplus in the first four months was $255.3 billion, close to last year's full-year total of $823.2 billion.",
			[]exp{
				{quote: "$255.3 billion", period: "2024-01..2024-04"},
				{quote: "$823.2 billion", period: "2023-01..2023-12"},
			}, nil},
		{"comparison base after filler words",
			"Published: 2024-01-15\n\nExports fell 2.1% in 2023. Imports shrank 3.4%, and the surplus narrowed to $61.5 billion from a record $99.4 billion in 2022.",
			[]exp{
				{quote: "3.4%", period: "2023-01..2023-12"},
				{quote: "$61.5 billion", period: "2023-01..2023-12"},
				{quote: "$99.4 billion", period: "2022-01..2022-12"},
			}, nil},
		{"rate as the base of a comparison",
			pub + "Exports rose 3.2% in April. Machinery made up 31.2% of exports, down from 33.9% a year earlier. Export growth slowed to 1.5% in March from 7.5% in February.",
			[]exp{
				{quote: "31.2%", value: 31.2, measure: figure.Share, period: "2024-04"},
				{quote: "33.9%", value: 33.9, measure: figure.Share, period: "2023-04"},
				{quote: "1.5%", period: "2024-03"},
				{quote: "7.5%", value: 7.5, period: "2024-02"},
			}, nil},
		{"period after a rate and its change noun",
			pub + "Exports rose 4.4% in April, beating a 3.0% forecast in a poll and slowing from a 6.2% gain in March.",
			[]exp{
				{quote: "3.0%", measure: figure.Other, period: "2024-04"},
				{quote: "6.2%", value: 6.2, measure: figure.Growth, period: "2024-03"},
			}, nil},
		{"possessive period belongs to its own figure only",
			pub + "Exports grew 3.3% last month, short of March's 5.1% rise and a consensus forecast of 4.0% from analysts.",
			[]exp{
				{quote: "5.1%", period: "2024-03"},
				{quote: "4.0%", period: "2024-04"},
			}, nil},
		{"singular product nouns before a flow",
			pub + "Electric vehicle exports rose 12.4% in April. Solar cell exports fell 3.1%, auto exports climbed 8.8% and coal imports dropped 2.6%. Chipmaking equipment imports jumped 20.5%.",
			[]exp{
				{quote: "12.4%", metric: "electric_vehicles.export"},
				{quote: "3.1%", metric: "solar_cells.export"},
				{quote: "8.8%", metric: "automobiles.export"},
				{quote: "2.6%", metric: "coal.import"},
				{quote: "20.5%", metric: "semiconductor_equipment.import"},
			}, nil},
		{"amount compared with the same month last year",
			pub + "The surplus widened to $72.4 billion in April from $65.3 billion in the same month last year. Car exports reached 510,000 units, up from 402,000 units a year earlier.",
			[]exp{
				{quote: "$72.4 billion", period: "2024-04"},
				{quote: "$65.3 billion", period: "2023-04"},
				{quote: "510,000 units", period: "2024-04"},
				{quote: "402,000 units", period: "2023-04"},
			}, nil},
		{"ranges keep both ends",
			pub + "Exports rose 6 to 7 per cent in April, worth $3-4 billion more than a year earlier.",
			[]exp{
				{quote: "6", value: 6, unit: "percent", period: "2024-04"},
				{quote: "7 per cent", value: 7, unit: "percent", period: "2024-04"},
				{quote: "$3", value: 3e9, unit: "USD"},
				{quote: "4 billion", value: 4e9, unit: "USD"},
			}, nil},
		{"bare counts",
			pub + "Smartphone exports rose to 61.5 million in April. Car shipments abroad grew from 1.9 million to 2.3 million vehicles over the period.\n\nTourism recovered: visitors rose 8% and arrivals reached 3.2 million.",
			[]exp{
				{quote: "61.5 million", value: 61.5e6, unit: "units", measure: figure.Quantity, metric: "mobile_phones.export"},
				{quote: "1.9 million", value: 1.9e6, unit: "units"},
				{quote: "2.3 million vehicles", value: 2.3e6, unit: "units"},
			}, []string{"3.2 million"}},
		{"bare exports opening a paragraph mean all goods",
			pub + "Exports rose 5.1% in April.\n\nSoybean imports jumped 30.2% to 9.1 million tonnes. Shipments rose 41% by volume.\n\nImports fell 2.5% over the month, while exports to Japan slipped 1.2%.\n\nCar exports rose 20.3%. Shipments fell 3.5% by volume.",
			[]exp{
				{quote: "41%", metric: "soybeans.import"},
				{quote: "2.5%", metric: "goods.import"},
				{quote: "3.5%", metric: "automobiles.export"},
			}, nil},
		{"company figures take no trade context",
			pub + "Smartphone exports rose 9.2% in April. The maker said its sales in Europe fell 6.4%, while its exports from Vietnam rose 2.2%. Deliveries climbed 14.5% in April.",
			[]exp{
				{quote: "9.2%", metric: "mobile_phones.export"},
				{quote: "6.4%", metric: "-"},
				{quote: "14.5%", metric: "-"},
			}, nil},
		{"comparison base dated by an anaphoric period",
			pub + "Exports to Japan rose 7.7% in April, compared with 3.3% in the previous month.",
			[]exp{
				{quote: "7.7%", period: "2024-04"},
				{quote: "3.3%", period: "2024-03"},
			}, nil},
		{"fiscal years",
			pub + "India's exports rose 2.1% in fiscal 2023-24. In FY2022-23 they had grown 6.0%. Japan's imports fell 4.4% in the fiscal year ended March 2024.",
			[]exp{
				{quote: "2.1%", period: "2023-04..2024-03"},
				{quote: "6.0%", period: "2022-04..2023-03"},
				{quote: "4.4%", period: "2023-04..2024-03"},
			}, nil},
		{"monthly and annual basis phrases",
			pub + "Exports were down 1.4% on a monthly basis in April, and imports rose 2.2% on an annual basis.",
			[]exp{
				{quote: "1.4%", basis: "mom"},
				{quote: "2.2%", basis: "yoy"},
			}, nil},
		{"a balance that narrows or widens",
			pub + "The trade surplus narrowed 12.5% in April, while the deficit with Australia widened 3.3%.",
			[]exp{
				{quote: "12.5%", value: -12.5, measure: figure.Growth},
				{quote: "3.3%", value: 3.3, measure: figure.Growth},
			}, nil},
		{"bare exports opening a list item",
			pub + "Chip exports rose 22.1% in April.\n- Q1 exports: $802.1 billion, +4.1% y/y\n- In April, China's imports fell 2.0%",
			[]exp{
				{quote: "22.1%", metric: "integrated_circuits.export"},
				{quote: "$802.1 billion", metric: "goods.export", period: "2024-01..2024-03"},
				{quote: "2.0%", metric: "goods.import", period: "2024-04"},
			}, nil},
		{"partner after a size modifier",
			pub + "Shipments to the 27-nation European Union fell 3.1% and those to Japan rose 2.2%. Exports to the 10-member Association of Southeast Asian Nations grew 9.9%, while imports from India rose 1.1%.",
			[]exp{
				{quote: "3.1%", partner: "EU"},
				{quote: "2.2%", partner: "Japan"},
				{quote: "9.9%", partner: "ASEAN"},
			}, nil},
		{"a forecast does not reach past a semicolon or its parentheses",
			pub + "Exports rose 6.6% in April (consensus: +5.0%), imports +1.1%; machinery exports +3.2%, ahead of a 2.5% forecast.",
			[]exp{
				{quote: "6.6%", measure: figure.Growth},
				{quote: "+5.0%", measure: figure.Other},
				{quote: "+1.1%", measure: figure.Growth},
				{quote: "+3.2%", measure: figure.Growth},
				{quote: "2.5%", measure: figure.Other},
			}, nil},
		{"a past period's figure after a forecast is an outcome",
			pub + "Imports fell 1.9% in April, less than the 2.5% drop analysts had predicted and smaller than March's 4.4% decline.",
			[]exp{
				{quote: "2.5%", measure: figure.Other},
				{quote: "4.4%", value: -4.4, measure: figure.Growth, period: "2024-03"},
			}, nil},
		{"each rate takes its own basis phrase",
			pub + "Exports were up 3.6% from a year ago in April and 1.2% from March. Imports rose 0.8% month on month and 4.4% year on year.",
			[]exp{
				{quote: "3.6%", basis: "yoy"},
				{quote: "1.2%", basis: "mom"},
				{quote: "0.8%", basis: "mom"},
				{quote: "4.4%", basis: "yoy"},
			}, nil},
		{"a product the glossary does not know",
			pub + "Steel exports rose 9.9% in April. Furniture exports fell 4.1%. Total imports rose 1.5%. Chinese exports rose 2.2%. German imports fell 1.8%.",
			[]exp{
				{quote: "9.9%", metric: "steel.export"},
				{quote: "4.1%", metric: "furniture.export"},
				{quote: "1.5%", metric: "goods.import"},
				{quote: "2.2%", metric: "goods.export"},
				{quote: "1.8%", metric: "-"},
			}, nil},
		{"making and selling are not trade",
			pub + "Car exports rose 14.2% in April to 410,000 units. The largest maker sold 300,000 vehicles, and domestic output reached 2.1 million cars.",
			[]exp{
				{quote: "410,000 units", metric: "automobiles.export"},
				{quote: "300,000 vehicles", metric: "automobiles"},
				{quote: "2.1 million cars", metric: "automobiles"},
			}, nil},
		{"possessive year with an inner period",
			"Published: 2024-08-10\n\nThis year's first-half exports rose 6.9%, and last year's December exports were $300.2 billion.",
			[]exp{
				{quote: "6.9%", period: "2024-01..2024-06"},
				{quote: "$300.2 billion", period: "2023-12"},
			}, nil},
		{"value or quantity from the nearest phrase before it",
			pub + "In value terms, copper imports dropped 7.2% in April, although by volume they rose 1.3% to 450,000 tonnes.",
			[]exp{
				{quote: "7.2%", of: "value"},
				{quote: "1.3%", of: "quantity"},
			}, nil},
		{"outlooks are not outcomes",
			pub + "Exports rose 1.5% in April. Growth is likely to slow to 1% in May, and the surplus could reach $900 billion this year. Shipments to Europe will rise 3% next year.",
			[]exp{
				{quote: "1.5%", measure: figure.Growth},
				{quote: "1%", measure: figure.Other},
				{quote: "$900 billion", measure: figure.Other},
				{quote: "3%", measure: figure.Other},
			}, nil},
	})
}
