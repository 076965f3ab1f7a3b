package periods

import (
	"slices"
	"strings"
	"testing"
	"time"

	"figcheck/figure"
)

// render describes a mention as "text|period|kind|flags" for table tests;
// flags are the set booleans in a fixed order.
func render(m Mention) string {
	var flags []string
	for _, f := range []struct {
		on   bool
		name string
	}{{m.Cumulative, "cum"}, {m.Relative, "rel"}, {m.Day, "day"}, {m.SamePeriod, "same"},
		{m.Comparison, "cmp"}, {m.Anaphoric, "ana"}, {m.Rolling, "roll"}, {m.Open, "open"}} {
		if f.on {
			flags = append(flags, f.name)
		}
	}
	return m.Text + "|" + m.Period.String() + "|" + m.Kind.String() + "|" + strings.Join(flags, ",")
}

func date(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

type findCase struct {
	name string
	ref  string // publication date; "" for none
	text string
	want []string // render() of each mention, in order
}

func runFindCases(t *testing.T, cases []findCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var ref time.Time
			if tc.ref != "" {
				ref = date(tc.ref)
			}
			var got []string
			for _, m := range Find(tc.text, ref) {
				got = append(got, render(m))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q, %s)\n got: %q\nwant: %q", tc.text, tc.ref, got, tc.want)
			}
		})
	}
}

func TestFindSingleMonths(t *testing.T) {
	runFindCases(t, []findCase{
		{"in April", "2024-05-10", "In April, imports came to 46.55 billion units.",
			[]string{"April|2024-04|month|rel"}},
		{"April alone", "2024-05-10", "April alone accounted for 91.94 billion yuan of exports.",
			[]string{"April|2024-04|month|rel"}},
		{"month after reference is last year's", "2024-05-10", "Exports in November rose 3%.",
			[]string{"November|2023-11|month|rel"}},
		{"reference month itself", "2024-05-10", "Shipments in May are expected to rise.",
			[]string{"May|2024-05|month|rel"}},
		{"December read in January", "2025-01-13", "Exports in December rose 10.7% year on year.",
			[]string{"December|2024-12|month|rel"}},
		{"month with year", "2025-01-13", "in April 2024 and in Apr. 2023",
			[]string{"April 2024|2024-04|month|", "Apr. 2023|2023-04|month|"}},
		{"month of year", "2025-01-13", "during April of 2023", []string{"April of 2023|2023-04|month|"}},
		{"month comma year", "2025-01-13", "In May, 2023 exports rose", []string{"May, 2023|2023-05|month|"}},
		{"month last year", "2024-05-10", "compared with April last year",
			[]string{"April last year|2023-04|month|rel,cmp"}},
		{"month this year", "2024-05-10", "in March this year", []string{"March this year|2024-03|month|rel"}},
		{"last month", "2024-05-10", "Exports rose 1.5% last month.", []string{"last month|2024-04|month|rel"}},
		{"this month", "2024-05-10", "Data due this month.", []string{"this month|2024-05|month|rel"}},
		{"in the month", "2024-05-10", "Imports in the month fell 2%.",
			[]string{"the month|2024-04|month|rel,ana"}},
		{"the previous month", "2024-05-10", "up 3% from the previous month",
			[]string{"the previous month|2024-04|month|rel,cmp,ana"}},
		{"Chinese month", "2024-05-10", "4月份出口增长5%，2023年12月进口下降。",
			[]string{"4月份|2024-04|month|rel", "2023年12月|2023-12|month|"}},
		{"Chinese last month", "2024-05-10", "上月出口，当月进口", []string{"上月|2024-04|month|rel", "当月|2024-04|month|rel,ana"}},
		{"Chinese last year month", "2024-05-10", "去年12月", []string{"去年12月|2023-12|month|rel"}},
		{"may as a verb", "2024-05-10", "Exports may rise and this may or may not last.", nil},
		{"may after in", "2024-05-10", "orders placed in may rose", []string{"may|2024-05|month|rel"}},
		{"march as a noun", "2024-05-10", "the march of automation continues", nil},
		{"no reference", "", "In April, exports rose; in April 2023 they fell.",
			[]string{"April 2023|2023-04|month|"}},
	})
}

func TestFindCumulative(t *testing.T) {
	runFindCases(t, []findCase{
		{"January-April", "2024-05-10", "Exports reached 355.24 billion yuan in January-April, a rise of 23.5%.",
			[]string{"January-April|2024-01..2024-04|months|cum,rel"}},
		{"en dash with year", "2024-05-10", "in January–April 2023", []string{"January–April 2023|2023-01..2023-04|months|cum"}},
		{"January to April", "2024-05-10", "from January to April this year",
			[]string{"from January to April this year|2024-01..2024-04|months|cum,rel"}},
		{"Jan-Apr", "2024-05-10", "Jan-Apr exports", []string{"Jan-Apr|2024-01..2024-04|months|cum,rel"}},
		{"Jan.-Apr.", "2024-05-10", "Jan.-Apr. exports", []string{"Jan.-Apr|2024-01..2024-04|months|cum,rel"}},
		{"between", "2024-05-10", "worth 832.5 billion yuan between January and April, increases of 14.8%",
			[]string{"between January and April|2024-01..2024-04|months|cum,rel"}},
		{"from to with year", "2019-05-22", "the conflict lasted from January to april 2015",
			[]string{"from January to april 2015|2015-01..2015-04|months|cum"}},
		{"first four months", "2024-05-10", "24.1054 million handsets left the country in the first four months",
			[]string{"the first four months|2024-01..2024-04|months|cum,rel"}},
		{"first four months of 2024", "2024-05-10", "during the first four months of 2024.",
			[]string{"the first four months of 2024|2024-01..2024-04|months|cum"}},
		{"first 11 months of 2024", "2025-01-02", "In the first 11 months of 2024, the General Administration",
			[]string{"the first 11 months of 2024|2024-01..2024-11|months|cum"}},
		{"first 11 months in January", "2025-01-02", "in the first 11 months, exports rose",
			[]string{"the first 11 months|2024-01..2024-11|months|cum,rel"}},
		{"first two months", "2024-03-07", "In the first two months of this year",
			[]string{"the first two months of this year|2024-01..2024-02|months|cum,rel"}},
		{"January-February", "2024-03-07", "January-February exports and Jan-Feb imports",
			[]string{"January-February|2024-01..2024-02|months|cum,rel", "Jan-Feb|2024-01..2024-02|months|cum,rel"}},
		{"first three quarters", "2024-10-14", "in the first three quarters of the year",
			[]string{"the first three quarters of the year|2024-01..2024-09|months|cum,rel"}},
		{"Chinese 1至4月", "2024-05-10", "1至4月，我国出口集成电路", []string{"1至4月|2024-01..2024-04|months|cum,rel"}},
		{"Chinese 1-4月", "2024-05-10", "2024年1-4月出口", []string{"2024年1-4月|2024-01..2024-04|months|cum"}},
		{"Chinese em dash", "2024-05-10", "1—4月份", []string{"1—4月份|2024-01..2024-04|months|cum,rel"}},
		{"Chinese numerals", "2024-05-10", "一至四月", []string{"一至四月|2024-01..2024-04|months|cum,rel"}},
		{"Chinese 1月至4月", "2024-05-10", "1月至4月", []string{"1月至4月|2024-01..2024-04|months|cum,rel"}},
		{"Chinese 前4个月", "2024-05-10", "前4个月出口", []string{"前4个月|2024-01..2024-04|months|cum,rel"}},
		{"Chinese 今年前两个月", "2024-03-07", "今年前两个月", []string{"今年前两个月|2024-01..2024-02|months|cum,rel"}},
		{"Chinese 前11个月", "2024-12-10", "2024年前11个月", []string{"2024年前11个月|2024-01..2024-11|months|cum"}},
		{"Chinese 前三季度", "2024-10-14", "前三季度", []string{"前三季度|2024-01..2024-09|months|cum,rel"}},
		{"year to date", "2024-05-10", "Exports are up 5% year to date.",
			[]string{"year to date|2024-01..2024-04|year-to-date|cum,rel"}},
		{"so far this year", "2024-05-10", "so far this year", []string{"so far this year|2024-01..2024-04|year-to-date|cum,rel"}},
		{"year-to-date", "2024-05-10", "year-to-date shipments", []string{"year-to-date|2024-01..2024-04|year-to-date|cum,rel"}},
		{"ytd in January", "2024-01-20", "so far this year", []string{"so far this year|2024-01|year-to-date|cum,rel"}},
		{"Chinese 今年以来", "2024-05-10", "今年以来", []string{"今年以来|2024-01..2024-04|year-to-date|cum,rel"}},
		{"range not from January", "2024-05-10", "March-April", []string{"March-April|2024-03..2024-04|months|rel"}},
		{"range across years", "2024-05-10", "December 2023 to March 2024",
			[]string{"December 2023 to March 2024|2023-12..2024-03|months|"}},
		{"Nov-Feb", "2018-10-24", "Nov-Feb 2017", []string{"Nov-Feb 2017|2016-11..2017-02|months|"}},
		{"last four months of 2015", "2016-03-01", "the last four months of 2015",
			[]string{"the last four months of 2015|2015-09..2015-12|months|"}},
	})
}

func TestFindQuartersHalves(t *testing.T) {
	runFindCases(t, []findCase{
		{"the first quarter", "2024-05-10", "in the first quarter", []string{"the first quarter|2024-01..2024-03|quarter|rel"}},
		{"current quarter", "2024-02-10", "in the first quarter", []string{"the first quarter|2024-01..2024-03|quarter|rel"}},
		{"quarter not begun", "2024-02-10", "in the third quarter", []string{"the third quarter|2023-07..2023-09|quarter|rel"}},
		{"current half", "2024-05-10", "in the first half and 上半年", []string{"the first half|2024-01..2024-06|half|rel",
			"上半年|2024-01..2024-06|half|rel"}},
		{"range begun", "2018-09-07", "between August and October", []string{"between August and October|2018-08..2018-10|months|rel"}},
		{"range across new year", "2018-09-07", "from May to March and from Nov to March",
			[]string{"from May to March|2018-05..2019-03|months|rel", "from Nov to March|2017-11..2018-03|months|rel"}},
		{"cumulative read in January", "2025-01-13", "Q1-Q3 and the first 11 months",
			[]string{"Q1-Q3|2024-01..2024-09|months|rel", "the first 11 months|2024-01..2024-11|months|cum,rel"}},
		{"Q1 2024", "2024-05-10", "Q1 2024 exports", []string{"Q1 2024|2024-01..2024-03|quarter|"}},
		{"third quarter of last year", "2024-05-10", "the third quarter of last year",
			[]string{"the third quarter of last year|2023-07..2023-09|quarter|rel"}},
		{"1Q24", "2024-05-10", "1Q24 revenue", []string{"1Q24|2024-01..2024-03|quarter|"}},
		{"first-quarter adjective", "2024-05-10", "first-quarter GDP", []string{"first-quarter|2024-01..2024-03|quarter|rel"}},
		{"fourth quarter of 2023", "2024-05-10", "in the fourth quarter of 2023",
			[]string{"the fourth quarter of 2023|2023-10..2023-12|quarter|"}},
		{"2024-Q2", "2024-05-10", "2024-Q2 and Q3'24", []string{"2024-Q2|2024-04..2024-06|quarter|", "Q3'24|2024-07..2024-09|quarter|"}},
		{"last quarter", "2024-05-10", "last quarter", []string{"last quarter|2024-01..2024-03|quarter|rel"}},
		{"Chinese 一季度", "2024-05-10", "一季度出口", []string{"一季度|2024-01..2024-03|quarter|rel"}},
		{"Chinese 2024年第二季度", "2024-08-10", "2024年第二季度", []string{"2024年第二季度|2024-04..2024-06|quarter|"}},
		{"the first half", "2024-08-10", "in the first half", []string{"the first half|2024-01..2024-06|half|rel"}},
		{"first half of 2023", "2024-08-10", "the first half of 2023", []string{"the first half of 2023|2023-01..2023-06|half|"}},
		{"H1", "2024-08-10", "H1 exports rose; H2 2023 fell", []string{"H1|2024-01..2024-06|half|rel", "H2 2023|2023-07..2023-12|half|"}},
		{"1H24", "2024-08-10", "1H24", []string{"1H24|2024-01..2024-06|half|"}},
		{"second half of last year", "2024-08-10", "the second half of last year",
			[]string{"the second half of last year|2023-07..2023-12|half|rel"}},
		{"Chinese 上半年", "2024-08-10", "上半年出口", []string{"上半年|2024-01..2024-06|half|rel"}},
		{"Chinese 2023年下半年", "2024-08-10", "2023年下半年", []string{"2023年下半年|2023-07..2023-12|half|"}},
	})
}

func TestFindYears(t *testing.T) {
	runFindCases(t, []findCase{
		{"in 2023", "2024-05-10", "Exports rose in 2023.", []string{"2023|2023-01..2023-12|year|"}},
		{"for 2023", "2024-05-10", "the forecast for 2023 was cut", []string{"2023|2023-01..2023-12|year|"}},
		{"2023 exports", "2024-05-10", "2023 exports fell", []string{"2023|2023-01..2023-12|year|"}},
		{"possessive", "2025-01-20", "China's 2024 trade surplus and 2024's record",
			[]string{"2024|2024-01..2024-12|year|", "2024|2024-01..2024-12|year|"}},
		{"year as value", "2025-01-20", "The plant exported 2024 units and 2,024 sets.", nil},
		{"date", "2025-01-20", "published on December 11, 2024.",
			[]string{"December 11, 2024|2024-12|day|day"}},
		{"day first date", "2025-01-20", "on 11 December 2024", []string{"11 December 2024|2024-12|day|day"}},
		{"ISO date", "2025-01-20", "Published: 2024-05-10", []string{"2024-05-10|2024-05|day|day"}},
		{"whole of 2023", "2024-05-10", "For the whole of 2023, chip imports fell 10.8%",
			[]string{"the whole of 2023|2023-01..2023-12|year|"}},
		{"full-year", "2025-01-20", "full-year exports and full-year 2023 imports",
			[]string{"full-year|2024-01..2024-12|year|rel", "full-year 2023|2023-01..2023-12|year|"}},
		{"full year mid-year", "2024-07-20", "the full-year target", []string{"full-year|2024-01..2024-12|year|rel"}},
		{"last year", "2024-05-10", "Exports fell last year.", []string{"last year|2023-01..2023-12|year|rel"}},
		{"this year", "2024-05-10", "this year", []string{"this year|2024-01..2024-12|year|rel"}},
		{"the previous year", "2024-05-10", "up 5% from the previous year",
			[]string{"the previous year|2023-01..2023-12|year|rel,cmp"}},
		{"than in 2023", "2025-01-20", "18% more than in 2023", []string{"2023|2023-01..2023-12|year|cmp"}},
		{"year range", "2024-05-10", "in 2014-2018 and 2019–22", []string{"2014-2018|2014-01..2018-12|years|", "2019–22|2019-01..2022-12|years|"}},
		{"between years", "2024-05-10", "between 2014 and 2018", []string{"between 2014 and 2018|2014-01..2018-12|years|"}},
		{"list of years", "2024-05-10", "in 2021, 2022 and 2023", []string{"2021|2021-01..2021-12|year|",
			"2022|2022-01..2022-12|year|", "2023|2023-01..2023-12|year|"}},
		{"phone number", "2024-05-10", "Tel: +86 138-2010-2015 or +86 2010-2015-86", nil},
		{"year words", "2024-05-10", "the fewest since 2010, for five consecutive years", nil},
		{"model names", "2024-05-10", "Huawei's Mate 70 and 5G phones", nil},
		{"Chinese year", "2024-05-10", "2023年出口，去年进口，全年顺差", []string{"2023年|2023-01..2023-12|year|",
			"去年|2023-01..2023-12|year|rel", "全年|2024-01..2024-12|year|rel"}},
		{"Chinese full year", "2025-01-20", "2024年全年", []string{"2024年全年|2024-01..2024-12|year|"}},
		{"decade", "2024-05-10", "since the 1990s and 1990 s", []string{"the 1990s|1990-01..1999-12|decade|",
			"1990 s|1990-01..1999-12|decade|"}},
		{"past 12 months", "2024-05-10", "in the past 12 months", []string{"the past 12 months|2023-05..2024-04|months|rel,roll"}},
		{"12 months to March", "2024-05-10", "in the 12 months to March", []string{"the 12 months to March|2023-04..2024-03|months|rel,roll"}},
		{"a year earlier", "2024-05-10", "a rise of 23.5% from a year earlier", []string{"a year earlier||same-period|same,cmp"}},
		{"same period", "2024-05-10", "over the same period, up 8.5 percent", []string{"the same period||same-period|same"}},
		{"same period last year", "2024-05-10", "compared with the same period last year",
			[]string{"the same period last year||same-period|same,cmp"}},
		{"during the period", "2024-05-10", "during the period", []string{"the period||same-period|same"}},
		{"Chinese same period", "2024-05-10", "比去年同期增长，同期进口", []string{"去年同期||same-period|same,cmp", "同期||same-period|same"}},
		{"year on year is not a period", "2024-05-10", "up 5% year on year and 3% year-on-year", nil},
		{"before and after", "2024-05-10", "before 2010 or after 2018",
			[]string{"before 2010||open|open", "after 2018||open|open"}},
	})
}

func TestFindOffsets(t *testing.T) {
	text := "出口1至4月增长，前4个月 and January-April 2024."
	for _, m := range Find(text, date("2024-05-10")) {
		if text[m.Start:m.End] != m.Text {
			t.Errorf("Text %q != text[%d:%d] %q", m.Text, m.Start, m.End, text[m.Start:m.End])
		}
		if m.To.Before(m.From) {
			t.Errorf("%q: To %v before From %v", m.Text, m.To, m.From)
		}
	}
}

func TestFindTradePhrasing(t *testing.T) {
	runFindCases(t, []findCase{
		{"January-to-April", "2024-05-10", "in the January-to-April period",
			[]string{"January-to-April|2024-01..2024-04|months|cum,rel"}},
		{"compared with 2023", "2025-01-20", "exports in 2024 compared with 2023",
			[]string{"2024|2024-01..2024-12|year|", "2023|2023-01..2023-12|year|cmp"}},
		{"fiscal year is not a calendar year", "2025-01-20", "in fiscal year 2023 and FY2024", nil},
		{"year-earlier period", "2024-05-10", "than in the year-earlier period",
			[]string{"the year-earlier period||same-period|same,cmp"}},
		{"corresponding period", "2024-05-10", "from the corresponding period of 2023",
			[]string{"the corresponding period of 2023||same-period|same,cmp"}},
		{"possessive half", "2024-08-10", "2024's first half and this year's first quarter",
			[]string{"2024's first half|2024-01..2024-06|half|", "this year's first quarter|2024-01..2024-03|quarter|rel"}},
		{"possessive first N", "2025-01-20", "last year's first 11 months",
			[]string{"last year's first 11 months|2024-01..2024-11|months|cum,rel"}},
		{"month list takes the year", "2024-03-10", "in April and May 2023 and in March, April and May 2022",
			[]string{"April|2023-04|month|", "May 2023|2023-05|month|", "March|2022-03|month|",
				"April|2022-04|month|", "May 2022|2022-05|month|"}},
		{"month list across years", "2024-03-10", "in December and January 2024",
			[]string{"December|2023-12|month|", "January 2024|2024-01|month|"}},
		{"previous quarter", "2024-05-10", "up 3% from the previous quarter",
			[]string{"previous quarter|2024-01..2024-03|quarter|rel,cmp"}},
		{"range of quarters", "2024-10-20", "Q1-Q3 2024 output", []string{"Q1-Q3 2024|2024-01..2024-09|months|"}},
		{"day without year", "2024-05-10", "on May 9 and on Thursday (May 9)",
			[]string{"May 9|2024-05|day|rel,day", "May 9|2024-05|day|rel,day"}},
		{"value not day", "2024-05-10", "April 10 percent", []string{"April|2024-04|month|rel"}},
		{"the past five years", "2024-05-10", "over the past five years",
			[]string{"the past five years|2019-01..2023-12|months|rel,roll"}},
		{"three months through June", "2024-08-10", "in the three months through June",
			[]string{"the three months through June|2024-04..2024-06|months|rel,roll"}},
		{"first time is not a period", "2024-05-10", "for the first time, for the fifth consecutive year", nil},
		{"2024 was", "2025-01-20", "2024 was a record year. Sales rose.", []string{"2024|2024-01..2024-12|year|"}},
		{"value after in", "2025-01-20", "sold in 2000 cities and 2,024 units in 1999 stores", nil},
		{"currency", "2025-01-20", "priced at $2024 or ¥2023", nil},
		{"decimal year-like", "2025-01-20", "an index of 2024.5 and 1,2024", nil},
		{"Chinese day", "2024-05-10", "5月9日海关总署发布", []string{"5月9日|2024-05|day|rel,day"}},
		{"Chinese 1-11月 with full width", "2024-12-10", "１－１１月", []string{"１－１１月|2024-01..2024-11|months|cum,rel"}},
	})
}

func TestFindMore(t *testing.T) {
	runFindCases(t, []findCase{
		{"the full year 2024", "2025-01-20", "for the full year 2024", []string{"the full year 2024|2024-01..2024-12|year|"}},
		{"last quarter of a year", "2024-05-10", "in the last quarter of 2023 and the latter half of last year",
			[]string{"the last quarter of 2023|2023-10..2023-12|quarter|", "the latter half of last year|2023-07..2023-12|half|rel"}},
		{"last quarter relative", "2024-05-10", "last quarter", []string{"last quarter|2024-01..2024-03|quarter|rel"}},
		{"tens are not a decade", "2024-05-10", "10s of billions and H20 chips and H2O", nil},
		{"document number", "2024-05-10", "Notice No. 2023-45 and 2021-25 plan", []string{"2021-25|2021-01..2025-12|years|"}},
		{"Olympics", "2024-05-10", "the 2024 Paris Olympics", nil},
		{"in 2024 alone", "2025-01-20", "In 2024 alone, exports rose", []string{"2024|2024-01..2024-12|year|"}},
	})
}

func TestFindChineseAndRegional(t *testing.T) {
	runFindCases(t, []findCase{
		{"Chinese comparison", "2025-01-20", "比上年增长5%", []string{"上年|2024-01..2024-12|year|rel,cmp"}},
		{"Chinese year end", "2025-01-20", "截至2024年底，去年初", []string{"2024年底|2024-09..2024-12|part-of-year|",
			"去年初|2024-01..2024-04|part-of-year|rel"}},
		{"Chinese this year first ten months", "2023-11-07", "今年前10个月，我国货物贸易进出口总值34.32万亿元",
			[]string{"今年前10个月|2023-01..2023-10|months|cum,rel"}},
		{"Chinese 年初以来", "2024-05-10", "年初以来", []string{"年初以来|2024-01..2024-04|year-to-date|cum,rel"}},
		{"June quarter", "2024-08-10", "in the June quarter and the September quarter of 2023",
			[]string{"the June quarter|2024-04..2024-06|quarter|rel", "the September quarter of 2023|2023-07..2023-09|quarter|"}},
		{"year to March", "2024-05-10", "in the year to March", []string{"the year to March|2023-04..2024-03|months|rel,roll"}},
		{"year-ago month", "2024-05-10", "than in the year-ago month", []string{"the year-ago month||same-period|same,cmp"}},
		{"spelled year", "2024-05-10", "in nineteen ninety-six and August two thousand and fifteen, twenty five units",
			[]string{"nineteen ninety-six|1996-01..1996-12|year|", "August two thousand and fifteen|2015-08|month|"}},
	})
}

func TestInContext(t *testing.T) {
	ctx := Find("in January-April 2024", time.Time{})[0].Period
	ref := date("2024-05-10")
	for _, tc := range []struct {
		text, want string
	}{
		{"over the same period", "2024-01..2024-04"},
		{"from the same period last year", "2023-01..2023-04"},
		{"from a year earlier", "2023-01..2023-04"},
		{"the same period of 2022", "2022-01..2022-04"},
		{"比去年同期", "2023-01..2023-04"},
		{"in the month", "2024-04"},
		{"from the previous month", "2024-03"},
		{"in March", "2024-03"},
		{"for the year", "2024-01..2024-12"},
		{"in the quarter", "2024-04..2024-06"},
		{"in the half", "2024-01..2024-06"},
	} {
		ms := Find(tc.text, ref)
		if len(ms) != 1 {
			t.Fatalf("%q: %d mentions", tc.text, len(ms))
		}
		if got := ms[0].InContext(ctx).String(); got != tc.want {
			t.Errorf("%q in context %v = %s, want %s", tc.text, ctx, got, tc.want)
		}
		if got := ms[0].InContext(figure.Period{}); got != ms[0].Period {
			t.Errorf("%q with no context = %v, want %v", tc.text, got, ms[0].Period)
		}
	}
}

func TestFindMarkup(t *testing.T) {
	runFindCases(t, []findCase{
		{"html headings", "2025-01-20", "<h1>China's trade hits a record in 2024</h1><h2>H1 2024</h2>",
			[]string{"2024|2024-01..2024-12|year|", "H1 2024|2024-01..2024-06|half|"}},
	})
}

func TestFindBasesAreNotPeriods(t *testing.T) {
	runFindCases(t, []findCase{
		{"on the year", "2024-05-10", "up 5% on the year, 3% year-on-year, 2% y/y and 1% yoy", nil},
		{"compared to last year", "2024-05-10", "compared to last year and versus 2022",
			[]string{"last year|2023-01..2023-12|year|rel,cmp", "2022|2022-01..2022-12|year|cmp"}},
		{"than the same period", "2024-05-10", "higher than the same period last year",
			[]string{"the same period last year||same-period|same,cmp"}},
		{"from April", "2024-05-10", "up 5% from April; shipments from China in April",
			[]string{"April|2024-04|month|rel,cmp", "April|2024-04|month|rel"}},
		{"Chinese month alone", "2024-11-07", "10月当月出口增长，较上月回落",
			[]string{"10月当月|2024-10|month|rel", "上月|2024-10|month|rel,cmp"}},
		{"season and fiscal slashes", "2024-05-10", "the 2023/24 season and 2023/2024", nil},
	})
}

func TestFindCustomsIdioms(t *testing.T) {
	runFindCases(t, []findCase{
		{"January and February", "2024-03-07", "In January and February combined, exports rose 7.1%.",
			[]string{"January and February|2024-01..2024-02|months|cum,rel"}},
		{"January and February respectively", "2024-03-07", "rose 5% and 7% in January and February, respectively",
			[]string{"January|2024-01|month|rel", "February|2024-02|month|rel"}},
		{"range period of year", "2025-01-13", "in the January-November period of 2024",
			[]string{"January-November period of 2024|2024-01..2024-11|months|cum"}},
		{"so far in", "2024-05-10", "so far in 2024, but in 2023", []string{"so far in 2024|2024-01..2024-04|year-to-date|cum,rel",
			"2023|2023-01..2023-12|year|"}},
		{"since the start of", "2024-05-10", "since the start of 2024", []string{"since the start of 2024|2024-01..2024-04|year-to-date|cum,rel"}},
		{"calendar 2023", "2024-05-10", "in calendar 2023 and 2023 full-year results", []string{"2023|2023-01..2023-12|year|",
			"2023 full-year|2023-01..2023-12|year|"}},
		{"Chinese year range", "2024-05-10", "2019年至2023年，2022年12月至2023年3月",
			[]string{"2019年至2023年|2019-01..2023-12|years|", "2022年12月至2023年3月|2022-12..2023-03|months|"}},
	})
}

func TestFindNMonthPeriod(t *testing.T) {
	runFindCases(t, []findCase{
		{"11-month period", "2024-12-10", "In the 11-month period, exports rose 5.4%.",
			[]string{"the 11-month period|2024-01..2024-11|months|cum,rel"}},
		{"10-month total of 2023", "2024-12-10", "the 10-month total of 2023",
			[]string{"the 10-month total of 2023|2023-01..2023-10|months|cum"}},
		{"three-month average is not a period", "2024-12-10", "a three-month moving average", nil},
		{"five-year plan", "2024-12-10", "the 14th Five-Year Plan (2021-2025)", []string{"2021-2025|2021-01..2025-12|years|"}},
	})
}

// TestFindConcurrent runs Find from several goroutines (run with -race): the
// package keeps no shared mutable state.
func TestFindConcurrent(t *testing.T) {
	text := "In the first four months of 2024, exports rose; in April alone, 1至4月, Q1 2024, last year."
	want := Find(text, date("2024-05-10"))
	done := make(chan []Mention)
	for range 8 {
		go func() { done <- Find(text, date("2024-05-10")) }()
	}
	for range 8 {
		if got := <-done; !slices.Equal(got, want) {
			t.Errorf("concurrent Find = %v, want %v", got, want)
		}
	}
}

func TestFindAmbiguousWords(t *testing.T) {
	runFindCases(t, []findCase{
		{"august adjective", "2024-05-10", "the august institution said", nil},
		{"august with year", "2024-05-10", "in august 2019 and in august", []string{"august 2019|2019-08|month|", "august|2023-08|month|rel"}},
		{"H1N1 and Q&A", "2024-05-10", "H1N1 flu; a Q&A session; 3Q Holdings", nil},
		{"their 20s", "2024-05-10", "workers in their 20s; the 50s", []string{"the 50s|1950-01..1959-12|decade|"}},
		{"Chinese non-periods", "2024-05-10", "前10名企业，近10年，1-2个月，每月，十四五", nil},
		{"year of the dragon", "2024-05-10", "the Year of the Dragon", nil},
	})
}

func TestFindDaysNearest(t *testing.T) {
	runFindCases(t, []findCase{
		{"upcoming date", "2024-12-10", "Data are due on Jan. 13; prices fell on Dec. 9 and on 1 March.",
			[]string{"Jan. 13|2025-01|day|rel,day", "Dec. 9|2024-12|day|rel,day", "1 March|2024-03|day|rel,day"}},
	})
}

func TestFindAnaphors(t *testing.T) {
	runFindCases(t, []findCase{
		{"for the year", "2025-01-13", "In December exports rose 10.7%. For the year, they grew 5.9%.",
			[]string{"December|2024-12|month|rel", "the year|2024-01..2024-12|year|rel,ana"}},
		{"in the quarter", "2024-08-10", "imports in the quarter fell", []string{"the quarter|2024-04..2024-06|quarter|rel,ana"}},
		{"not anaphors", "2024-08-10", "up 5% on the year, the year to date, in the year before", []string{
			"year to date|2024-01..2024-07|year-to-date|cum,rel", "the year before||same-period|same,cmp"}},
	})
}

func TestFindShorthand(t *testing.T) {
	runFindCases(t, []findCase{
		{"end-2023", "2024-05-10", "reserves at end-2023 and at end-November",
			[]string{"end-2023|2023-09..2023-12|part-of-year|", "end-November|2023-11|month|rel"}},
		{"Dec'24", "2025-01-20", "Dec'24 exports and Jan-Nov 2024 and 2024 Jan-Nov",
			[]string{"Dec'24|2024-12|month|", "Jan-Nov 2024|2024-01..2024-11|months|cum", "2024 Jan-Nov|2024-01..2024-11|months|cum"}},
	})
}

func TestFindRelativeForms(t *testing.T) {
	runFindCases(t, []findCase{
		{"month forms", "2024-05-10", "the current month, a month earlier, that month, 上个月, 本月, next month",
			[]string{"the current month|2024-05|month|rel", "a month earlier|2024-04|month|rel,cmp,ana",
				"that month|2024-04|month|rel,ana", "上个月|2024-04|month|rel", "本月|2024-05|month|rel", "next month|2024-06|month|rel"}},
		{"ytd forms", "2024-05-10", "this year so far; YTD; so far in the year; 年初至今; earlier this year; earlier this month",
			[]string{"this year so far|2024-01..2024-04|year-to-date|cum,rel", "YTD|2024-01..2024-04|year-to-date|cum,rel",
				"so far in the year|2024-01..2024-04|year-to-date|cum,rel", "年初至今|2024-01..2024-04|year-to-date|cum,rel",
				"earlier this year|2024-01..2024-04|year-to-date|cum,rel", "earlier this month|2024-05|month|rel"}},
		{"year words", "2024-05-10", "next year, the prior year, the coming year, 明年, 前年",
			[]string{"next year|2025-01..2025-12|year|rel", "the prior year|2023-01..2023-12|year|rel",
				"the coming year|2025-01..2025-12|year|rel", "明年|2025-01..2025-12|year|rel", "前年|2022-01..2022-12|year|rel"}},
		{"rolling Chinese", "2024-05-10", "近12个月，过去3个月", []string{"近12个月|2023-05..2024-04|months|rel,roll",
			"过去3个月|2024-02..2024-04|months|rel,roll"}},
		{"spelled forms", "2024-05-10", "in twenty nineteen, in two thousand, the seventies and eighties, in his nineties",
			[]string{"twenty nineteen|2019-01..2019-12|year|", "two thousand|2000-01..2000-12|year|",
				"the seventies|1970-01..1979-12|decade|", "eighties|1980-01..1989-12|decade|"}},
	})
}

func TestFindEndingAndDayRanges(t *testing.T) {
	runFindCases(t, []findCase{
		{"quarter ended", "2024-08-10", "in the quarter ended June 30 and the half-year to June 2024",
			[]string{"the quarter ended June 30|2024-04..2024-06|months|rel,roll", "the half-year to June 2024|2024-01..2024-06|months|roll"}},
		{"month day range", "2024-10-20", "during the Oct. 1-7 holiday and October 1 to 7, 2023",
			[]string{"Oct. 1-7|2024-10|day|rel,day", "October 1 to 7, 2023|2023-10|day|day"}},
		{"not a day range", "2024-10-20", "in April 10-15 percent", []string{"April|2024-04|month|rel"}},
	})
}

func TestChineseNumerals(t *testing.T) {
	p := newParser("十 十一 二十 九十九 十十 一一 二十三四 两", time.Time{})
	want := []struct{ n, j int }{{10, 1}, {11, 3}, {20, 5}, {99, 8}, {0, 0}, {0, 0}, {0, 0}, {2, 17}}
	starts := []int{0, 1, 3, 5, 8, 10, 12, 16}
	for k, i := range starts {
		n, j, ok := p.cnNum(i)
		if !ok {
			n, j = 0, 0
		}
		if n != want[k].n || (ok && j != want[k].j) {
			t.Errorf("cnNum at %d (%q) = %d,%d,%v; want %d,%d", i, p.lw(p.toks[i]), n, j, ok, want[k].n, want[k].j)
		}
	}
}

// TestFindLinear guards against quadratic scans: a long run of one token
// kind must take about as long per byte as a short one.
func TestFindLinear(t *testing.T) {
	for _, unit := range []string{"十", "一", "2024-", "Q1 ", "the first ", "January-"} {
		long := strings.Repeat(unit, 5000)
		start := time.Now()
		Find(long, date("2024-05-10"))
		d := time.Since(start)
		t.Logf("%d×%q: %v", 5000, unit, d)
		if d > time.Second {
			t.Errorf("Find on %d×%q took %v", 5000, unit, d)
		}
	}
}

func TestFindWithoutReference(t *testing.T) {
	runFindCases(t, []findCase{
		{"absolute kept, relative dropped", "",
			"In the first four months of 2024, up from the same period last year; in April, last year, Q1, 1至4月, 2023年4月, 去年同期.",
			[]string{"the first four months of 2024|2024-01..2024-04|months|cum", "the same period last year||same-period|same,cmp",
				"2023年4月|2023-04|month|", "去年同期||same-period|same,cmp"}},
	})
}

func TestFindDaysOfMonth(t *testing.T) {
	ms := Find("Exports for the first 20 days of December rose 6.8%.", date("2024-12-23"))
	if len(ms) != 1 || ms[0].Text != "the first 20 days of December" || !ms[0].Day ||
		ms[0].From != date("2024-12-01") || ms[0].To != date("2024-12-20") || ms[0].Period.String() != "2024-12" {
		t.Errorf("got %+v", ms)
	}
}

func TestFindByYear(t *testing.T) {
	runFindCases(t, []findCase{
		{"by", "2024-05-10", "output rose by 2000 and should double by 2030", []string{"2030|2030-01..2030-12|year|"}},
	})
}
