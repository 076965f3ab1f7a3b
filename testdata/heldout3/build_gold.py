import json
from decimal import Decimal
D = "/work/heldout3/"
SC = {"": 1, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12, "yi": 10**8, "wan": 10**4}
def v(s, scale=""):
    x = Decimal(s.replace(",", "")) * SC[scale]
    return float(x)

def F(quote, value, unit, measure, subject, flow, ps, pe, basis=None, of=None, qualifier=None, partner=None, optional=None):
    d = {"quote": quote, "value": value, "unit": unit, "measure": measure, "subject": subject, "flow": flow,
         "period_start": ps, "period_end": pe}
    if basis: d["basis"] = basis
    if of: d["of"] = of
    if qualifier: d["qualifier"] = qualifier
    if partner: d["partner"] = partner
    if optional: d["optional"] = True
    return d
def G(q, val, subj, flow, ps, pe, basis="yoy", of="value", **kw):  # growth in percent
    return F(q, val, "percent", "growth", subj, flow, ps, pe, basis=basis, of=of, **kw)

ARTS = {}
# ---------------- 1. Caixin chips / processing trade, H1 2024
H1 = ("2024-01", "2024-06")
IC = "integrated circuits"
ARTS["china-chips-processing-h1-2024.txt"] = ("2024-07-16", [
 F("266.4 billion integrated circuits", v("266.4","billion"), "units", "quantity", IC, "import", *H1),
 G("11.1%", 11.1, IC, "import", *H1, of="quantity"),
 G("14%", 14, IC, "import", *H1),
 F("1.27 trillion yuan", v("1.27","trillion"), "CNY", "value", IC, "import", *H1),
 F("$178.4 billion", v("178.4","billion"), "USD", "value", IC, "import", *H1),
 F("47.5 billion units", v("47.5","billion"), "units", "quantity", IC, "import", "2024-06", "2024-06"),
 F("229.6 billion yuan", v("229.6","billion"), "CNY", "value", IC, "import", "2024-06", "2024-06"),
 F("136.5 billion units", v("136.5","billion"), "units", "quantity", IC, "export", *H1),
 F("539.3 billion yuan", v("539.3","billion"), "CNY", "value", IC, "export", *H1),
 G("9.6%", 9.6, IC, "export", *H1, of="quantity"),
 G("25.6%", 25.6, IC, "export", *H1),
 F("3.7 trillion yuan", v("3.7","trillion"), "CNY", "value", "processing trade", "trade", *H1),
 G("0.5%", -0.5, "processing trade", "trade", *H1),
 F("17.5%", 17.5, "percent", "share", "processing trade", "trade", *H1),
 F("1.3 percentage points", -1.3, "pp", "growth", "processing trade share of total trade", "trade", *H1, basis="yoy"),
 F("close to 40%", 40, "percent", "share", "processing trade", "trade", "2010-01", "2010-12", qualifier="nearly", optional=True),
 G("5.2%", 5.2, "general trade", "trade", *H1),
 F("13.2 trillion yuan", v("13.2","trillion"), "CNY", "value", "general trade", "trade", *H1),
 F("62 per cent", 62, "percent", "share", "general trade", "trade", *H1),
 F("21.17 trillion yuan", v("21.17","trillion"), "CNY", "value", "total goods", "trade", *H1),
 G("6.1%", 6.1, "total goods", "trade", *H1),
])
# ---------------- 2. Global Times China-Africa / LatAm, 2024
Y24 = ("2024-01", "2024-12")
ARTS["china-africa-latam-2024.txt"] = ("2025-01-15", [
 F("2.1 trillion yuan", v("2.1","trillion"), "CNY", "value", "total goods", "trade", *Y24, partner="Africa"),
 F("$295.6 billion", v("295.6","billion"), "USD", "value", "total goods", "trade", *Y24, partner="Africa"),
 G("4.8 percent", 4.8, "total goods", "trade", *Y24, partner="Africa"),
 G("3.5 percent", 3.5, "total goods", "export", *Y24, partner="Africa"),
 F("$178.8 billion", v("178.8","billion"), "USD", "value", "total goods", "export", *Y24, partner="Africa"),
 G("6.9 percent", 6.9, "total goods", "import", *Y24, partner="Africa"),
 F("$116.8 billion", v("116.8","billion"), "USD", "value", "total goods", "import", *Y24, partner="Africa"),
 F("$62 billion", v("62","billion"), "USD", "value", "total goods", "surplus", *Y24, partner="Africa"),
 G("8.2 percent", 8.2, "agricultural products", "import", *Y24, partner="Africa"),
 F("195.6 billion yuan", v("195.6","billion"), "CNY", "value", "total goods", "trade", "2024-12", "2024-12", partner="Africa"),
 G("9.1 percent", 9.1, "total goods", "trade", "2024-12", "2024-12", partner="Africa"),
 F("about $52.5 billion", v("52.5","billion"), "USD", "value", "total goods", "trade", *Y24, qualifier="about", partner="South Africa"),
 F("$10.4 billion", v("10.4","billion"), "USD", "value", "total goods", "deficit", *Y24, partner="Angola"),
 F("more than 90 percent", 90, "percent", "share", "crude oil", "import", *Y24, qualifier="more_than", partner="Angola", optional=True),
 F("100 percent", 100, "percent", "other", "zero-tariff coverage of tariff lines", None, None, None, optional=True),
 F("$518.5 billion", v("518.5","billion"), "USD", "value", "total goods", "trade", *Y24, partner="Latin America"),
 G("6 percent", 6, "total goods", "trade", *Y24, partner="Latin America"),
 F("about 36 percent", 36, "percent", "share", "total goods", "trade", *Y24, qualifier="about", partner="Brazil"),
 F("roughly $41 billion", v("41","billion"), "USD", "value", "total goods", "deficit", *Y24, qualifier="about", partner="Brazil"),
])
# ---------------- 3. Bloomberg Vietnam, Feb 2025
FEB = ("2025-02", "2025-02"); JF = ("2025-01", "2025-02")
ARTS["vietnam-exports-us-feb-2025.txt"] = ("2025-03-06", [
 G("25.7%", 25.7, "total goods", "export", *FEB),
 F("$33.1 billion", v("33.1","billion"), "USD", "value", "total goods", "export", *FEB),
 G("40%", 40, "total goods", "import", *FEB),
 F("$34.6 billion", v("34.6","billion"), "USD", "value", "total goods", "import", *FEB),
 F("$1.5 billion", v("1.5","billion"), "USD", "value", "total goods", "deficit", *FEB),
 G("about 17%", 17, "total goods", "export", *FEB, qualifier="about", optional=True),
 G("8.4%", 8.4, "total goods", "export", *JF),
 F("$66.8 billion", v("66.8","billion"), "USD", "value", "total goods", "export", *JF),
 G("15.9%", 15.9, "total goods", "import", *JF),
 F("$67.3 billion", v("67.3","billion"), "USD", "value", "total goods", "import", *JF),
 G("19%", 19, "total goods", "export", *JF, partner="US"),
 F("$19.3 billion", v("19.3","billion"), "USD", "value", "total goods", "export", *JF, partner="US"),
 F("29%", 29, "percent", "share", "total goods", "export", *JF, partner="US"),
 F("$11.6 billion", v("11.6","billion"), "USD", "value", "electronics, computers and components", "export", *JF),
 F("$104.6 billion", v("104.6","billion"), "USD", "value", "total goods", "surplus", *Y24, partner="US"),
 G("23.3%", 23.3, "total goods", "export", *Y24, partner="US"),
 F("$119.6 billion", v("119.6","billion"), "USD", "value", "total goods", "export", *Y24, partner="US"),
 F("$123.5 billion", v("123.5","billion"), "USD", "value", "total goods (US goods deficit)", "deficit", *Y24, partner="Vietnam"),
 G("more than 30%", 30, "total goods", "import", *Y24, qualifier="more_than", partner="China"),
 F("$144 billion", v("144","billion"), "USD", "value", "total goods", "import", *Y24, partner="China"),
 F("about $83 billion", v("83","billion"), "USD", "value", "total goods", "deficit", *Y24, qualifier="about", partner="China"),
 F("$505.9 billion", v("505.9","billion"), "USD", "value", "total goods (Mexico)", "export", *Y24, partner="US"),
 F("25%", 25, "percent", "other", "US tariff rate on Mexican and Canadian goods", None, None, None, optional=True),
 F("25,560 per dollar", 25560, "VND/USD", "price", "dong exchange rate", None, "2025-03", "2025-03", optional=True),
])
# ---------------- 4. SCMP Hong Kong 2024 (HTML)
DEC = ("2024-12", "2024-12")
ARTS["hk-exports-2024.html"] = ("2025-01-27", [
 G("7.8 per cent", -7.8, "total goods", "export", "2023-01", "2023-12"),
 G("8.7 per cent", 8.7, "total goods", "export", *Y24),
 F("HK$4,921.5 billion", v("4921.5","billion"), "HKD", "value", "total goods", "export", *Y24),
 F("US$630.8 billion", v("630.8","billion"), "USD", "value", "total goods", "export", *Y24),
 G("8.6 per cent", 8.6, "total goods", "import", *Y24),
 F("HK$5,209.8 billion", v("5209.8","billion"), "HKD", "value", "total goods", "import", *Y24),
 F("HK$288.3 billion", v("288.3","billion"), "HKD", "value", "total goods", "deficit", *Y24),
 F("5.5 per cent", 5.5, "percent", "share", "visible trade deficit relative to imports", "deficit", *Y24),
 F("more than 98 per cent", 98, "percent", "share", "re-exports", "export", *Y24, qualifier="more_than", optional=True),
 G("13.4 per cent", 13.4, "electrical machinery, apparatus and parts", "export", *Y24),
 F("HK$2.18 trillion", v("2.18","trillion"), "HKD", "value", "electrical machinery, apparatus and parts", "export", *Y24),
 F("HK$2 trillion", v("2","trillion"), "HKD", "other", "electrical machinery, apparatus and parts", "export", *Y24, qualifier="more_than", optional=True),
 G("3.3 per cent", 3.3, "total goods", "export", *DEC),
 F("HK$439.1 billion", v("439.1","billion"), "HKD", "value", "total goods", "export", *DEC),
 G("2.2 per cent", 2.2, "total goods", "import", *DEC),
 F("HK$463.2 billion", v("463.2","billion"), "HKD", "value", "total goods", "import", *DEC),
 G("6.3 per cent", 6.3, "total goods", "export", *Y24, partner="mainland China"),
 F("55.2 per cent", 55.2, "percent", "share", "total goods", "export", *Y24, partner="mainland China"),
 F("1.2 percentage points", -1.2, "pp", "growth", "mainland share of total exports", "export", *Y24, basis="yoy", partner="mainland China"),
 G("17.4 per cent", 17.4, "total goods", "export", *Y24, partner="ASEAN"),
 G("2.7 per cent", -2.7, "total goods", "export", *Y24, partner="US"),
 G("about 3 per cent", 3, "total goods", "export", "2025-01", "2025-12", qualifier="about", optional=True),
])
# ---------------- 5. Korea Herald Sept 2024
SEP = ("2024-09", "2024-09")
SC_ = "semiconductors"
ARTS["korea-chip-exports-sep-2024.txt"] = ("2024-10-01", [
 F("$13.6b", v("13.6","billion"), "USD", "value", SC_, "export", *SEP),
 G("37.1 percent", 37.1, SC_, "export", *SEP),
 F("$13.64 billion", v("13.64","billion"), "USD", "value", SC_, "export", *SEP),
 F("about 18.1 trillion won", v("18.1","trillion"), "KRW", "value", SC_, "export", *SEP, qualifier="about"),
 F("23.2 percent", 23.2, "percent", "share", SC_, "export", *SEP),
 F("5 percentage points", 5, "pp", "growth", "semiconductor share of total exports", "export", *SEP, basis="yoy"),
 G("7.5 percent", 7.5, "total goods", "export", *SEP),
 F("$58.77 billion", v("58.77","billion"), "USD", "value", "total goods", "export", *SEP),
 G("2.3 percent", 2.3, "total goods", "import", *SEP),
 F("$52.1 billion", v("52.1","billion"), "USD", "value", "total goods", "import", *SEP),
 F("$6.66 billion", v("6.66","billion"), "USD", "value", "total goods", "surplus", *SEP),
 F("$11.2 billion", v("11.2","billion"), "USD", "value", SC_, "export", "2024-07", "2024-07"),
 F("$11.9 billion", v("11.9","billion"), "USD", "value", SC_, "export", "2024-08", "2024-08"),
 F("$36.7 billion", v("36.7","billion"), "USD", "value", SC_, "export", "2024-07", "2024-09"),
 F("$102.5 billion", v("102.5","billion"), "USD", "value", SC_, "export", "2024-01", "2024-09"),
 F("17.1 percent", -17.1, "percent", "growth", "DDR4 8Gb DRAM fixed price", None, *SEP, basis="mom", optional=True),
 F("$1.70", 1.70, "USD", "price", "DDR4 8Gb DRAM fixed price", None, *SEP, optional=True),
 G("54.4 percent", 54.4, "computer products", "export", *SEP),
 F("$1.4 billion", v("1.4","billion"), "USD", "value", "computer products", "export", *SEP),
 G("6.6 percent", 6.6, "total goods", "export", *SEP, partner="China"),
 F("$11.7 billion", v("11.7","billion"), "USD", "value", "total goods", "export", *SEP, partner="China"),
 G("5.1 percent", 5.1, "total goods", "export", *SEP, partner="US"),
 F("$10.2 billion", v("10.2","billion"), "USD", "value", "total goods", "export", *SEP, partner="US"),
 F("$700 billion", v("700","billion"), "USD", "value", "total goods", "export", *Y24, qualifier="more_than", optional=True),
])
# ---------------- 6. Reuters commodities Dec 2024
ARTS["china-commodities-dec-2024.txt"] = ("2025-01-13", [
 F("115.87 mln tonnes", v("115.87","million"), "tonnes", "quantity", "iron ore", "import", *DEC),
 G("4.4%", 4.4, "iron ore", "import", *DEC, basis="mom", of="quantity"),
 G("4.5%", 4.5, "iron ore", "import", *DEC, of="quantity"),
 G("4.9%", 4.9, "iron ore", "import", *Y24, of="quantity"),
 F("1.24 bln tonnes", v("1.24","billion"), "tonnes", "quantity", "iron ore", "import", *Y24),
 F("49.81 mln tonnes", v("49.81","million"), "tonnes", "quantity", "crude oil", "import", *DEC),
 F("11.78 million barrels per day", v("11.78","million"), "bpd", "quantity", "crude oil", "import", *DEC, optional=True),
 G("7.7%", 7.7, "crude oil", "import", *DEC, basis="mom", of="quantity"),
 F("46.25 mln tonnes", v("46.25","million"), "tonnes", "quantity", "crude oil", "import", "2024-11", "2024-11"),
 G("1.9%", -1.9, "crude oil", "import", *Y24, of="quantity"),
 F("553.42 mln tonnes", v("553.42","million"), "tonnes", "quantity", "crude oil", "import", *Y24),
 F("about 11.04 mln bpd", v("11.04","million"), "bpd", "quantity", "crude oil", "import", *Y24, qualifier="about", optional=True),
 F("54.93 mln tonnes", v("54.93","million"), "tonnes", "quantity", "coal", "import", *DEC),
 G("15.4%", 15.4, "coal", "import", *DEC, of="quantity"),
 F("542.7 mln tonnes", v("542.7","million"), "tonnes", "quantity", "coal", "import", *Y24),
 G("14.4 pct", 14.4, "coal", "import", *Y24, of="quantity"),
 F("105.03 mln tonnes", v("105.03","million"), "tonnes", "quantity", "soybeans", "import", *Y24),
 G("6.5%", 6.5, "soybeans", "import", *Y24, of="quantity"),
 G("22.7%", 22.7, "steel products", "export", *Y24, of="quantity"),
 F("110.72 mln tonnes", v("110.72","million"), "tonnes", "quantity", "steel products", "export", *Y24),
 F("1.2%", 1.2, "percent", "other", "Dalian iron ore futures price change on the day", None, "2025-01-13", "2025-01-13", optional=True),
 F("775.5 yuan", 775.5, "CNY", "price", "Dalian iron ore futures", None, "2025-01-13", "2025-01-13", optional=True),
 F("$105.77", 105.77, "USD", "price", "Dalian iron ore futures", None, "2025-01-13", "2025-01-13", optional=True),
 F("$81 a barrel", 81, "USD", "price", "Brent crude futures", None, "2025-01-13", "2025-01-13", qualifier="about", optional=True),
])
# ---------------- 7. Guangdong customs bulletin Jan-Oct 2024
JO = ("2024-01", "2024-10"); OCT = ("2024-10", "2024-10")
GD = "total goods"
ARTS["guangdong-customs-bulletin-oct-2024.txt"] = ("2024-11-19", [
 F("75,216.3亿元", v("75216.3","yi"), "CNY", "value", GD, "trade", *JO),
 F("about 7.52 trillion yuan", v("7.52","trillion"), "CNY", "value", GD, "trade", *JO, qualifier="about"),
 G("11.4%", 11.4, GD, "trade", *JO),
 F("49,437.8亿元", v("49437.8","yi"), "CNY", "value", GD, "export", *JO),
 F("25,778.5亿元", v("25778.5","yi"), "CNY", "value", GD, "import", *JO),
 G("10.2%", 10.2, GD, "export", *JO),
 G("13.7%", 13.7, GD, "import", *JO),
 F("23,659.3亿元", v("23659.3","yi"), "CNY", "value", GD, "surplus", *JO),
 F("7,781.6亿元", v("7781.6","yi"), "CNY", "value", GD, "trade", *OCT),
 G("5.9%", 5.9, GD, "trade", *OCT),
 F("5,038.2亿元", v("5038.2","yi"), "CNY", "value", GD, "export", *OCT),
 G("4.5%", 4.5, GD, "export", *OCT),
 F("45,870.1亿元", v("45870.1","yi"), "CNY", "value", "private enterprises", "trade", *JO),
 G("15.6%", 15.6, "private enterprises", "trade", *JO),
 F("61.0%", 61.0, "percent", "share", "private enterprises", "trade", *JO),
 F("63.1万辆", v("63.1","wan"), "units", "quantity", "automobiles", "export", *JO),
 G("24.5%", 24.5, "automobiles", "export", *JO, of="quantity"),
 F("801.4亿元", v("801.4","yi"), "CNY", "value", "automobiles", "export", *JO),
 F("532.6亿元", v("532.6","yi"), "CNY", "value", "lithium-ion batteries", "export", *JO),
 G("6.8%", -6.8, "lithium-ion batteries", "export", *JO),
 F("3,125.4万吨", v("3125.4","wan"), "tonnes", "quantity", "crude oil", "import", *JO),
 G("2.1%", -2.1, "crude oil", "import", *JO, of="quantity"),
 F("1,788.6亿元", v("1788.6","yi"), "CNY", "value", "crude oil", "import", *JO),
 F("9,842.7亿元", v("9842.7","yi"), "CNY", "value", IC, "import", *JO),
 G("17.3%", 17.3, IC, "import", *JO),
 F("12,110.5亿元", v("12110.5","yi"), "CNY", "value", GD, "trade", *JO, partner="ASEAN"),
 G("14.2%", 14.2, GD, "trade", *JO, partner="ASEAN"),
 F("16.1%", 16.1, "percent", "share", GD, "trade", *JO, partner="ASEAN"),
 F("8,905.7亿元", v("8905.7","yi"), "CNY", "value", GD, "trade", *JO, partner="US"),
 G("6.5%", 6.5, GD, "trade", *JO, partner="US"),
])
# ---------------- 8. FT-style EV / battery feature (.md)
JS = ("2024-01", "2024-09"); Q1 = ("2024-01", "2024-03"); Q2 = ("2024-04", "2024-06"); Q3 = ("2024-07", "2024-09")
NEV = "new energy vehicles"; LIB = "lithium-ion batteries"
ARTS["ev-battery-exports-q3-2024.md"] = ("2024-10-21", [
 F("928,000 units", 928000, "units", "quantity", NEV, "export", *JS),
 G("11.5%", 11.5, NEV, "export", *JS, of="quantity"),
 G("77.6%", 77.6, NEV, "export", "2023-01", "2023-12", of="quantity"),
 F("307,000 vehicles", 307000, "units", "quantity", NEV, "export", *Q1),
 F("298,000", 298000, "units", "quantity", NEV, "export", *Q2),
 F("605,000 units", 605000, "units", "quantity", NEV, "export", *H1),
 G("12.4%", 12.4, NEV, "export", *H1, of="quantity"),
 F("323,000 units", 323000, "units", "quantity", NEV, "export", *Q3),
 F("122,000 units", 122000, "units", "quantity", NEV, "export", *SEP),
 G("18.4%", 18.4, NEV, "export", *SEP, basis="mom", of="quantity"),
 F("nearly a third", 100/3, "percent", "share", "plug-in hybrids", "export", *Q3, qualifier="nearly"),
 F("35.3%", 35.3, "percent", "other", "EU additional duties on Chinese battery electric cars", None, None, None, optional=True),
 G("27.4%", 27.4, "automobiles", "export", *JS, of="quantity"),
 F("4.31mn vehicles", v("4.31","million"), "units", "quantity", "automobiles", "export", *JS),
 F("21.5%", 21.5, "percent", "share", NEV, "export", *JS),
 F("3 percentage points", -3, "pp", "growth", "NEV share of vehicle exports", "export", *JS, basis="yoy"),
 G("8.2%", -8.2, LIB, "export", *JS),
 F("$45.9bn", v("45.9","billion"), "USD", "value", LIB, "export", *JS),
 F("about Rmb326bn", v("326","billion"), "CNY", "value", LIB, "export", *JS, qualifier="about"),
 G("2.6%", 2.6, LIB, "export", *JS, of="quantity"),
 F("2.89bn units", v("2.89","billion"), "units", "quantity", LIB, "export", *JS),
 F("$16.2bn", v("16.2","billion"), "USD", "value", LIB, "export", *Q3),
 F("$29.7bn", v("29.7","billion"), "USD", "value", LIB, "export", *H1),
 F("$2.66tn", v("2.66","trillion"), "USD", "value", "total goods", "export", *JS),
 G("4.3%", 4.3, "total goods", "export", *JS),
 F("about 5.5mn units", v("5.5","million"), "units", "quantity", "automobiles", "export", *Y24, qualifier="about", optional=True),
])

for name, (pub, figs) in ARTS.items():
    base = name.rsplit(".", 1)[0]
    with open(D + base + ".gold.json", "w", encoding="utf-8") as f:
        json.dump({"file": name, "published": pub, "figures": figs}, f, indent=1, ensure_ascii=False)
        f.write("\n")
print("ok")
