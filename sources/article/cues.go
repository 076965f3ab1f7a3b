package article

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// cueType says what a cue word tells about nearby figures.
type cueType uint8

const (
	cueFlow     cueType = iota // a trade flow: "exports", "imports", "trade", "surplus"
	cueUp                      // a rise: "rose", "up", "增长"
	cueDown                    // a fall: "fell", "a decline of", "下降"
	cueMoreLess                // comparatives that follow a number: "18% more", "10% lower"
	cueShare                   // a share: "accounted for", "share", "占"
	cueMoM                     // month-on-month basis
	cueYoY                     // year-on-year basis
	cueOfValue                 // growth of value: "in value", "value"
	cueOfQty                   // growth of quantity: "by volume"
	cuePartner                 // a trading partner: "the United States"
	cuePrice                   // a unit price: "price", "per tonne"
	cueRespectively
	cueNotStat   // a percent or amount that is not a trade statistic: tariff, stake
	cueOtherStat // a statistic of something other than trade: GDP, revenue, a deal
	cueForecast  // an expectation rather than an outcome: "forecast", "expected"
)

// cue is one occurrence of a cue phrase in the text.
type cue struct {
	start, end int
	typ        cueType
	val        string // flow, partner name, or "+"/"-" for comparatives
}

type cuePhrase struct {
	text string // lower-case
	typ  cueType
	val  string
}

func phrases(typ cueType, val string, ps ...string) []cuePhrase {
	out := make([]cuePhrase, len(ps))
	for i, p := range ps {
		out[i] = cuePhrase{text: p, typ: typ, val: val}
	}
	return out
}

// cueList holds every cue phrase, longest first; cueTrie indexes it (the id
// of a phrase is its place in cueList). Both are built once, read-only
// afterwards.
var cueList, cueTrie = func() ([]cuePhrase, *byteTrie) {
	var all []cuePhrase
	add := func(ps []cuePhrase) { all = append(all, ps...) }
	add(phrases(cueFlow, "export", "exports", "export", "exported", "exporting", "exporters", "exporter",
		"outbound shipments", "overseas shipments", "shipments", "shipment", "shipped", "shipping abroad",
		"sold abroad", "overseas sales", "sales abroad", "left the country", "outbound", "出口"))
	add(phrases(cueFlow, "import", "imports", "import", "imported", "importing", "importers", "importer",
		"bought", "purchases", "purchased", "inbound shipments", "arriving through", "arriving at", "arrivals of", "进口"))
	add(phrases(cueFlow, "total", "trade", "imports and exports", "exports and imports", "two-way trade",
		"import and export", "export and import", "imported and exported", "exported and imported",
		"total trade", "foreign trade", "trade volume", "进出口", "贸易总额", "贸易总值", "贸易额", "外贸"))
	add(phrases(cueFlow, "balance", "surplus", "surpluses", "deficit", "deficits", "trade balance", "顺差", "逆差"))
	add(phrases(cueUp, "", "rose", "rise", "rises", "rising", "risen", "grew", "grow", "grows", "growing", "growth",
		"up", "increased", "increase", "increases", "increasing", "jumped", "jump", "jumps", "climbed", "climb",
		"climbs", "surged", "surge", "surges", "soared", "soar", "soars", "gained", "gain", "gains", "expanded",
		"expand", "expands", "expansion", "advanced", "rebounded", "rebound", "accelerated", "added", "higher by",
		"an increase of", "a rise of", "growth of", "boosted", "leapt", "leaped", "spiked", "picked up",
		"widened", "widening", "widens", "widen",
		"增长", "增加", "上升", "提高", "上涨", "增速"))
	add(phrases(cueDown, "", "fell", "fall", "falls", "falling", "fallen", "declined", "decline", "declines",
		"declining", "dropped", "drop", "drops", "slipped", "slip", "slips", "slid", "slide", "slides", "shrank",
		"shrink", "shrinks", "shrunk", "contracted", "contract", "contraction", "decreased", "decrease",
		"decreases", "down", "plunged", "plunge", "plummeted", "slumped", "slump", "tumbled", "tumble", "sank",
		"sink", "eased", "dipped", "dip", "retreated", "lost", "a decline of", "a decrease of", "a drop of",
		"a fall of", "lower by", "narrowed", "narrowing", "narrows", "narrow", "下降", "减少", "下滑", "回落", "下跌", "降低"))
	add(phrases(cueMoreLess, "+", "more", "higher", "greater", "larger", "above"))
	add(phrases(cueMoreLess, "-", "less", "lower", "fewer", "smaller", "below"))
	add(phrases(cueShare, "", "share", "shares", "accounted for", "account for", "accounting for", "accounts for",
		"proportion", "of the total", "of total", "made up", "makes up", "make up", "making up", "represented", "representing", "占", "比重", "占比"))
	add(phrases(cueMoM, "", "month on month", "month-on-month", "mom", "m/m", "from the previous month",
		"from a month earlier", "from the month before", "sequentially", "sequential", "on the month", "month-over-month", "month over month",
		"from the prior month", "m-o-m", "on a monthly basis", "on a month-on-month basis", "from a month ago",
		"over the previous month", "from the preceding month", "compared with the previous month",
		"compared with a month earlier", "on a sequential basis", "环比"))
	add(phrases(cueYoY, "", "year on year", "year-on-year", "yoy", "y/y", "from a year earlier", "on the year",
		"from a year ago", "from the same period", "compared with the same period", "year-over-year", "year over year",
		"y-o-y", "on an annual basis", "on a yearly basis", "on a year-on-year basis", "on-year", "on year",
		"compared with a year earlier", "compared with a year ago", "over the same period last year",
		"from the same month last year", "from the same month a year earlier", "同比"))
	add(phrases(cueOfValue, "", "in value", "by value", "value terms", "in terms of value", "value", "values",
		"worth", "金额", "出口额", "进口额"))
	add(phrases(cueOtherStat, "", "revenue", "revenues", "profit", "profits", "net income", "earnings", "gdp",
		"gross domestic product", "inflation", "consumer prices", "producer prices", "cpi", "ppi", "pmi",
		"retail sales", "industrial output", "industrial production", "fixed-asset investment", "investment",
		"investments", "unemployment", "jobless", "deal", "contract", "fined", "penalty", "acquisition",
		"market value", "valuation", "stock", "shares rose", "shares fell", "bond", "bonds", "loan", "loans",
		"subsidies", "subsidy", "budget", "spending", "capex", "salary", "wages", "population",
		"against the dollar", "against the us dollar", "against the u.s. dollar", "exchange rate", "stock market",
		"index", "yields", "bond yield", "国内生产总值", "营收", "利润", "汇率",
		// a company's own figures
		"its sales", "their sales", "its deliveries", "their deliveries", "deliveries", "its orders", "new orders",
		"the company's", "the company", "the firm's", "the group's", "net sales", "domestic sales", "market share",
		// making and selling, not trading
		"sold", "sells", "delivered", "delivers", "produced", "produces", "manufactured", "production", "output"))
	add(phrases(cueOfQty, "", "by volume", "in volume", "volume", "volumes", "in quantity", "by quantity",
		"quantity", "in terms of quantity", "in unit terms", "数量", "出口量", "进口量"))
	add(phrases(cuePrice, "", "price", "prices", "unit value", "per tonne", "per ton", "per unit", "a tonne",
		"per barrel", "a barrel", "per share", "each", "均价", "单价"))
	add(phrases(cueRespectively, "", "respectively", "分别"))
	add(phrases(cueNotStat, "", "tariff", "tariffs", "duty", "duties", "levy", "levies", "tax", "taxes", "stake",
		"discount", "interest rate", "probability", "chance", "margin", "关税"))
	for w := range forecastWords {
		add(phrases(cueForecast, "", w))
	}
	for name, ps := range partnerPhrases {
		add(phrases(cuePartner, name, ps...))
	}
	// longest first; ties in a fixed order so that the result never depends on map order
	sort.SliceStable(all, func(i, j int) bool {
		if len(all[i].text) != len(all[j].text) {
			return len(all[i].text) > len(all[j].text)
		}
		if all[i].text != all[j].text {
			return all[i].text < all[j].text
		}
		return all[i].typ < all[j].typ
	})
	keys := make([]string, len(all))
	for i, p := range all {
		keys[i] = p.text
	}
	return all, newByteTrie(keys)
}()

// partnerPhrases name trading partners (canonical name → phrases, lower-case).
var partnerPhrases = map[string][]string{
	"United States":  {"the united states", "united states", "the u.s.", "the us", "u.s.", "america", "american", "美国"},
	"ASEAN":          {"asean", "southeast asia", "southeast asian nations", "association of southeast asian nations", "东盟"},
	"EU":             {"the european union", "european union", "the eu", "eu", "europe", "欧盟", "european"},
	"Japan":          {"japan", "日本", "japanese"},
	"South Korea":    {"south korea", "korea", "韩国", "south korean", "korean"},
	"Russia":         {"russia", "俄罗斯", "russian"},
	"India":          {"india", "印度", "indian"},
	"Germany":        {"germany", "德国", "german"},
	"United Kingdom": {"britain", "the uk", "the united kingdom", "united kingdom", "英国", "british"},
	"Hong Kong":      {"hong kong", "香港"},
	"Taiwan":         {"taiwan", "台湾", "taiwanese"},
	"Vietnam":        {"vietnam", "越南", "vietnamese"},
	"Australia":      {"australia", "澳大利亚", "australian"},
	"Brazil":         {"brazil", "巴西", "brazilian"},
	"Mexico":         {"mexico", "墨西哥", "mexican"},
	"Canada":         {"canada", "加拿大", "canadian"},
	"Africa":         {"africa", "非洲"},
	"Latin America":  {"latin america", "拉丁美洲"},
	"China":          {"china", "mainland china", "中国"},
	"Singapore":      {"singapore", "新加坡", "singaporean"},
	"Malaysia":       {"malaysia", "马来西亚", "malaysian"},
	"Indonesia":      {"indonesia", "印度尼西亚", "indonesian"},
	"Thailand":       {"thailand", "泰国", "thai"},
	"Netherlands":    {"the netherlands", "netherlands", "荷兰"},
	"Belt and Road":  {"belt and road countries", "belt and road"},
	// groups of traders, not countries: their trade is a part of the whole,
	// kept apart from national totals like a partner's
	"private enterprises":          {"private enterprises", "private firms", "private companies", "民营企业"},
	"foreign-invested enterprises": {"foreign-invested enterprises", "foreign-invested firms", "foreign-funded enterprises", "外商投资企业"},
	"state-owned enterprises":      {"state-owned enterprises", "state-owned firms", "国有企业"},
	"Middle East":                  {"the middle east", "middle east"},
	// Chinese provinces and cities: "Shandong province's exports" are the
	// province's, never comparable with the national totals of the same name
	"Guangdong":      {"guangdong province", "guangdong", "广东省", "广东"},
	"Jiangsu":        {"jiangsu province", "jiangsu", "江苏省", "江苏"},
	"Zhejiang":       {"zhejiang province", "zhejiang", "浙江省", "浙江"},
	"Shandong":       {"shandong province", "shandong", "山东省", "山东"},
	"Fujian":         {"fujian province", "fujian", "福建省", "福建"},
	"Henan":          {"henan province", "henan", "河南省", "河南"},
	"Hebei":          {"hebei province", "hebei", "河北省", "河北"},
	"Hubei":          {"hubei province", "hubei", "湖北省", "湖北"},
	"Hunan":          {"hunan province", "hunan", "湖南省", "湖南"},
	"Sichuan":        {"sichuan province", "sichuan", "四川省", "四川"},
	"Anhui":          {"anhui province", "anhui", "安徽省", "安徽"},
	"Jiangxi":        {"jiangxi province", "jiangxi", "江西省", "江西"},
	"Liaoning":       {"liaoning province", "liaoning", "辽宁省", "辽宁"},
	"Jilin":          {"jilin province", "jilin", "吉林省", "吉林"},
	"Heilongjiang":   {"heilongjiang province", "heilongjiang", "黑龙江省", "黑龙江"},
	"Shaanxi":        {"shaanxi province", "shaanxi", "陕西省", "陕西"},
	"Shanxi":         {"shanxi province", "shanxi", "山西省", "山西"},
	"Yunnan":         {"yunnan province", "yunnan", "云南省", "云南"},
	"Guizhou":        {"guizhou province", "guizhou", "贵州省", "贵州"},
	"Guangxi":        {"guangxi province", "guangxi", "广西省", "广西"},
	"Hainan":         {"hainan province", "hainan", "海南省", "海南"},
	"Gansu":          {"gansu province", "gansu", "甘肃省", "甘肃"},
	"Qinghai":        {"qinghai province", "qinghai", "青海省", "青海"},
	"Xinjiang":       {"xinjiang province", "xinjiang", "新疆省", "新疆"},
	"Tibet":          {"tibet province", "tibet", "西藏省", "西藏"},
	"Ningxia":        {"ningxia province", "ningxia", "宁夏省", "宁夏"},
	"Inner Mongolia": {"inner mongolia province", "inner mongolia", "内蒙古省", "内蒙古"},
	"Chongqing":      {"chongqing province", "chongqing", "重庆省", "重庆"},
	"Shanghai":       {"shanghai", "上海市", "上海"},
	"Beijing":        {"beijing", "北京市", "北京"},
	"Tianjin":        {"tianjin", "天津市", "天津"},
	"Shenzhen":       {"shenzhen", "深圳市", "深圳"},
	"Guangzhou":      {"guangzhou", "广州市", "广州"},
	"Xiamen":         {"xiamen", "厦门市", "厦门"},
	"Ningbo":         {"ningbo", "宁波市", "宁波"},
	"Qingdao":        {"qingdao", "青岛市", "青岛"},
	"Dongguan":       {"dongguan", "东莞市", "东莞"},
	"Suzhou":         {"suzhou", "苏州市", "苏州"},
	"Yiwu":           {"yiwu", "义乌市", "义乌"},
}

// tradeNotFlow are words after "trade" that make it a topic, not a flow
// ("trade war", "trade talks").
var tradeNotFlow = map[string]bool{
	"war": true, "wars": true, "tension": true, "tensions": true, "talks": true, "deal": true, "deals": true,
	"policy": true, "policies": true, "barrier": true, "barriers": true, "dispute": true, "disputes": true,
	"restrictions": true, "partner": true, "partners": true, "agreement": true, "truce": true, "friction": true,
	"frictions": true, "representative": true, "data": true, "figures": true, "statistics": true,
	"ministry": true, "body": true, "fair": true, "show": true, "group": true, "routes": true, "measures": true,
	"protectionism": true, "rules": true, "negotiations": true, "relations": true, "links": true, "ties": true,
}

// findCues returns every cue in the lower-cased text, in text order.
func findCues(low string) []cue {
	out := make([]cue, 0, len(low)/24+4)
	var buf [maxTrieDepth]int32
	ends := cueTrie.endsBuffer(&buf)
	for i := 0; i < len(low); {
		c := low[i]
		latin := c < utf8.RuneSelf
		if latin && isAlpha(c) && i > 0 && isAlnumByte(low[i-1]) {
			i++
			continue
		}
		matched := false
		// the phrases that start here, longest first
		nEnds := 0
		if cueTrie.root[c].node != 0 { // most bytes start no phrase: no call
			nEnds = cueTrie.walk(low, i, ends)
		}
	phrases:
		for k := nEnds - 1; k >= 0; k-- {
			for _, id := range cueTrie.phrasesAt(ends[k]) {
				p := &cueList[id]
				end := i + len(p.text)
				if latin && end < len(low) && isAlnumByte(low[end]) && isAlnumByte(low[end-1]) {
					continue
				}
				if p.typ == cueFlow && p.text == "trade" {
					w := nextWordLower(low, end)
					if tradeNotFlow[w] {
						continue
					}
				}
				out = append(out, cue{start: i, end: end, typ: p.typ, val: p.val})
				if (p.typ == cueOfQty || p.typ == cueOfValue) && (strings.HasPrefix(p.text, "出口") || strings.HasPrefix(p.text, "进口")) {
					// "出口量", "进口额" also name the flow
					flow := "export"
					if strings.HasPrefix(p.text, "进口") {
						flow = "import"
					}
					out = append(out, cue{start: i, end: i + len("出口"), typ: cueFlow, val: flow})
				}
				// overlapping cues of other types at the same place ("a decline of" and "decline")
				// are not needed: the longest phrase wins
				i = end
				matched = true
				break phrases
			}
		}
		if matched {
			continue
		}
		if latin {
			i++
			for i < len(low) && isAlnumByte(low[i]) && isAlnumByte(low[i-1]) {
				i++
			}
			continue
		}
		_, n := utf8.DecodeRuneInString(low[i:])
		i += n
	}
	return out
}

// nextWordLower returns the word after position i.
func nextWordLower(low string, i int) string {
	for i < len(low) && low[i] == ' ' {
		i++
	}
	j := i
	for j < len(low) && isAlpha(low[j]) {
		j++
	}
	return low[i:j]
}

// qualifier phrases written before an amount; adverbs are part of the quote,
// verbs ("exceeded") are not.
type qualPhrase struct {
	text   string
	qual   string
	adverb bool
}

var qualPhrases = func() []qualPhrase {
	q := []qualPhrase{}
	add := func(qual string, adverb bool, ps ...string) {
		for _, p := range ps {
			q = append(q, qualPhrase{text: p, qual: qual, adverb: adverb})
		}
	}
	add("more_than", true, "more than", "over", "above", "in excess of", "upwards of", "just over", "well over", "超过", "逾")
	add("at_least", true, "at least", "no less than", "not less than", "no fewer than")
	add("nearly", true, "nearly", "almost", "close to", "just under", "just below", "just shy of", "近", "将近", "接近")
	add("about", true, "about", "around", "roughly", "approximately", "some", "an estimated", "estimated",
		"circa", "approx.", "an approximate", "约", "大约")
	add("less_than", true, "less than", "under", "below", "fewer than", "up to", "不足", "不到")
	add("more_than", false, "exceeded", "exceeding", "exceeds", "exceed", "topped", "tops", "top", "surpassed",
		"surpassing", "surpasses", "passed", "passing", "crossed", "crossing", "broke through", "breaking through",
		"broke", "beyond")
	add("nearly", false, "nears", "neared", "nearing", "approached", "approaching", "approaches")
	sort.SliceStable(q, func(i, j int) bool { return len(q[i].text) > len(q[j].text) })
	return q
}()

// qualByLast indexes the Latin qualifier phrases by their last word;
// qualCJK lists the Chinese ones.
var qualByLast, qualCJK = func() (map[string][]qualPhrase, []qualPhrase) {
	m := map[string][]qualPhrase{}
	var cjk []qualPhrase
	for _, q := range qualPhrases {
		if q.text[0] >= 0x80 {
			cjk = append(cjk, q)
			continue
		}
		last := q.text
		if k := strings.LastIndexByte(last, ' '); k >= 0 {
			last = last[k+1:]
		}
		m[last] = append(m[last], q)
	}
	return m, cjk
}()

// notGoods are plural nouns that count people or events, not traded goods.
var notGoods = map[string]bool{
	"people": true, "jobs": true, "workers": true, "residents": true, "tourists": true, "visitors": true,
	"users": true, "customers": true, "subscribers": true, "years": true, "months": true, "days": true,
	"times": true, "companies": true, "firms": true, "households": true, "passengers": true, "trips": true,
	"students": true, "employees": true, "points": true, "shares": true, "votes": true, "cases": true,
}

// countNouns are nouns that make a bare number a count, with their unit.
var countNouns = map[string]string{
	"units": "units", "unit": "units", "pieces": "units", "piece": "units", "sets": "units", "set": "units",
	"vehicles": "units", "vehicle": "units", "cars": "units", "handsets": "units", "phones": "units",
	"smartphones": "units", "chips": "units", "items": "units", "containers": "units", "teus": "units",
	"laptops": "units", "computers": "units", "ships": "units", "vessels": "units", "aircraft": "units",
	"planes": "units", "robots": "units", "devices": "units", "panels": "units", "modules": "units",
	"wafers": "units", "machines": "units", "appliances": "units", "motorcycles": "units", "bicycles": "units",
	"tyres": "units", "tires": "units", "trucks": "units", "buses": "units", "tablets": "units", "televisions": "units",
	"tvs": "units", "refrigerators": "units", "batteries": "units", "cells": "units", "engines": "units",
	"tonnes": "tonnes", "tonne": "tonnes", "tons": "tonnes", "ton": "tonnes",
	"metric": "tonnes", "mt": "mt", "mmt": "mt", "kt": "kt", "kilograms": "kg", "kg": "kg", "barrels": "units", "head": "units",
	"个": "units", "台": "units", "辆": "units", "部": "units", "件": "units", "套": "units", "颗": "units",
	"片": "units", "只": "units", "艘": "units", "架": "units", "条": "units", "双": "units", "吨": "tonnes",
}

// addBareUS adds the partner cues that lower-cased matching cannot see: "US"
// written in capitals as a word of its own ("shipments to US plunge", "US
// exports"), which in lower case is the pronoun "us". "US$" is a currency and
// is left alone. Cues stay sorted by position.
func addBareUS(cues []cue, text string) []cue {
	added := false
	for i := strings.Index(text, "US"); i >= 0; {
		end := i + 2
		before := i == 0 || !isAlnumByte(text[i-1]) && text[i-1] != '.'
		after := end == len(text) || !isAlnumByte(text[end]) && text[end] != '$' && text[end] != '.'
		if before && after {
			cues = append(cues, cue{start: i, end: end, typ: cuePartner, val: "United States"})
			added = true
		}
		next := strings.Index(text[end:], "US")
		if next < 0 {
			break
		}
		i = end + next
	}
	if added {
		sort.SliceStable(cues, func(a, b int) bool { return cues[a].start < cues[b].start })
	}
	return cues
}
