#!/usr/bin/env python3
"""Builds the NAME.gold.json files of this held-out set from compact label tables.

Each label: F(quote, value, unit, measure, subject, flow, period, **extra)
  measure shorthand: yv/yq = growth yoy of value/quantity, mv/mq = growth mom.
  period: "YYYY-MM" or "YYYY-MM..YYYY-MM" or None.
  extra: q=qualifier, p=partner, opt=True (optional).
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
GROWTH = {"yv": ("yoy", "value"), "yq": ("yoy", "quantity"),
          "mv": ("mom", "value"), "mq": ("mom", "quantity")}

def F(quote, value, unit, measure, subject, flow, period, q=None, p=None, opt=False):
    d = {"quote": quote, "value": float(value), "unit": unit}
    if measure in GROWTH:
        d["measure"] = "growth"
    else:
        d["measure"] = measure
    d["subject"] = subject
    d["flow"] = flow
    if period is None:
        d["period_start"] = d["period_end"] = None
    elif ".." in period:
        d["period_start"], d["period_end"] = period.split("..")
    else:
        d["period_start"] = d["period_end"] = period
    if measure in GROWTH:
        d["basis"], d["of"] = GROWTH[measure]
    if q: d["qualifier"] = q
    if p: d["partner"] = p
    if opt: d["optional"] = True
    return d

T, B, M, K = 1e12, 1e9, 1e6, 1e3
WAN, YI, WANYI = 1e4, 1e8, 1e12
SETS = {}

# ---------------------------------------------------------------- 1 Xinhua, Jan-May 2025
Y, MAY = "2025-01..2025-05", "2025-05"
TG = "total goods"
SETS[("xinhua-trade-jan-may-2025.txt", "2025-06-09")] = [
    F("2.5 pct", 2.5, "percent", "yv", TG, "trade", Y),
    F("2.5 percent", 2.5, "percent", "yv", TG, "trade", Y),
    F("17.94 trillion yuan", 17.94*T, "CNY", "value", TG, "trade", Y),
    F("about 2.5 trillion U.S. dollars", 2.5*T, "USD", "value", TG, "trade", Y, q="about"),
    F("7.2 percent", 7.2, "percent", "yv", TG, "export", Y),
    F("10.67 trillion yuan", 10.67*T, "CNY", "value", TG, "export", Y),
    F("3.8 percent", -3.8, "percent", "yv", TG, "import", Y),
    F("7.27 trillion yuan", 7.27*T, "CNY", "value", TG, "import", Y),
    F("3.81 trillion yuan", 3.81*T, "CNY", "value", TG, "trade", MAY),
    F("2.7 percent", 2.7, "percent", "yv", TG, "trade", MAY),
    F("6.3 percent", 6.3, "percent", "yv", TG, "export", MAY),
    F("2.28 trillion yuan", 2.28*T, "CNY", "value", TG, "export", MAY),
    F("2.1 percent", -2.1, "percent", "yv", TG, "import", MAY),
    F("1.53 trillion yuan", 1.53*T, "CNY", "value", TG, "import", MAY),
    F("4.8 percent", 4.8, "percent", "yv", TG, "export", MAY),
    F("316.1 billion dollars", 316.1*B, "USD", "value", TG, "export", MAY),
    F("3.4 percent", -3.4, "percent", "yv", TG, "import", MAY),
    F("212.9 billion dollars", 212.9*B, "USD", "value", TG, "import", MAY),
    F("103.2 billion dollars", 103.2*B, "USD", "value", TG, "surplus", MAY),
    F("3.02 trillion yuan", 3.02*T, "CNY", "value", TG, "trade", Y, p="ASEAN"),
    F("9.1 percent", 9.1, "percent", "yv", TG, "trade", Y, p="ASEAN"),
    F("16.8 percent", 16.8, "percent", "share", TG, "trade", Y, p="ASEAN"),
    F("1.8 percent", 1.8, "percent", "yv", TG, "trade", Y, p="EU"),
    F("2.25 trillion yuan", 2.25*T, "CNY", "value", TG, "trade", Y, p="EU"),
    F("1.63 trillion yuan", 1.63*T, "CNY", "value", TG, "trade", Y, p="US"),
    F("8.1 percent", -8.1, "percent", "yv", TG, "trade", Y, p="US"),
    F("0.4 percent", 0.4, "percent", "yv", TG, "trade", Y, p="Japan"),
    F("905.2 billion yuan", 905.2*B, "CNY", "value", TG, "trade", Y, p="Japan"),
    F("7 percent", 7, "percent", "yv", "private enterprises", "trade", Y),
    F("10.25 trillion yuan", 10.25*T, "CNY", "value", "private enterprises", "trade", Y),
    F("57.1 percent", 57.1, "percent", "share", "private enterprises", "trade", Y),
    F("9.3 percent", 9.3, "percent", "yv", "mechanical and electrical products", "export", Y),
    F("6.31 trillion yuan", 6.31*T, "CNY", "value", "mechanical and electrical products", "export", Y),
    F("59.1 percent", 59.1, "percent", "share", "mechanical and electrical products", "export", Y),
    F("20.3 percent", 20.3, "percent", "yv", "integrated circuits", "export", Y),
    F("539.3 billion yuan", 539.3*B, "CNY", "value", "integrated circuits", "export", Y),
    F("13.2 percent", 13.2, "percent", "yv", "automobiles", "export", Y),
    F("349.8 billion yuan", 349.8*B, "CNY", "value", "automobiles", "export", Y),
    F("493 million tonnes", 493*M, "tonnes", "quantity", "iron ore", "import", Y),
    F("6.4 percent", -6.4, "percent", "yq", "iron ore", "import", Y),
    F("1.1 percent", -1.1, "percent", "yq", "crude oil", "import", Y),
    F("226 million tonnes", 226*M, "tonnes", "quantity", "crude oil", "import", Y),
    F("600,000", 600*K, "units", "other", "enterprises with import and export records", None, Y, q="more_than", opt=True),
    F("30 percent", 30, "percent", "other", "additional US tariff on Chinese goods", None, None, opt=True),
]

# ---------------------------------------------------------------- 2 Reuters, Sept 2025
S, A, Y9 = "2025-09", "2025-08", "2025-01..2025-09"
SETS[("reuters-exports-sept-2025.txt", "2025-10-13")] = [
    F("8.3%", 8.3, "percent", "yv", TG, "export", S),
    F("$328.6 billion", 328.6*B, "USD", "value", TG, "export", S),
    F("4.4%", 4.4, "percent", "yv", TG, "export", A),
    F("6.0%", 6.0, "percent", "yv", TG, "export", S, opt=True),
    F("7.4%", 7.4, "percent", "yv", TG, "import", S),
    F("1.5%", 1.5, "percent", "yv", TG, "import", S, opt=True),
    F("$90.45 billion", 90.45*B, "USD", "value", TG, "surplus", S),
    F("$102.33 billion", 102.33*B, "USD", "value", TG, "surplus", A),
    F("27%", -27, "percent", "yv", TG, "export", S, p="US"),
    F("14.2%", 14.2, "percent", "yv", TG, "export", S, p="EU"),
    F("15.6%", 15.6, "percent", "yv", TG, "export", S, p="ASEAN"),
    F("56.4%", 56.4, "percent", "yv", TG, "export", S, p="Africa"),
    F("6.1%", 6.1, "percent", "yv", TG, "export", Y9),
    F("1.1%", -1.1, "percent", "yv", TG, "import", Y9),
    F("$875.2 billion", 875.2*B, "USD", "value", TG, "surplus", Y9),
    F("around 3%", 3, "percent", "yv", TG, "export", "2025-10..2025-12", q="about", opt=True),
    F("12.87 million metric tons", 12.87*M, "tonnes", "quantity", "soybeans", "import", S),
    F("13.2%", 13.2, "percent", "yq", "soybeans", "import", S),
    F("11.37 million tons", 11.37*M, "tonnes", "quantity", "soybeans", "import", "2024-09"),
    F("116.33 million tons", 116.33*M, "tonnes", "quantity", "iron ore", "import", S),
    F("105.22 million tons", 105.22*M, "tonnes", "quantity", "iron ore", "import", A),
    F("48.19 million tons", 48.19*M, "tonnes", "quantity", "crude oil", "import", S),
    F("about 11.5 million barrels per day", 11.5*M, "barrels/day", "quantity", "crude oil", "import", S, q="about", opt=True),
    F("3.9%", 3.9, "percent", "yq", "crude oil", "import", S),
    F("31%", -31, "percent", "mq", "rare earths", "export", S),
    F("4,000 tons", 4000, "tonnes", "quantity", "rare earths", "export", S),
    F("46,000 tons", 46000, "tonnes", "quantity", "rare earths", "export", Y9),
    F("0.8%", 0.8, "percent", "yq", "rare earths", "export", Y9),
    F("10.5 million tons", 10.5*M, "tonnes", "quantity", "steel products", "export", S),
    F("10.51 million tons", 10.51*M, "tonnes", "quantity", "steel products", "export", A),
    F("87.96 million tons", 87.96*M, "tonnes", "quantity", "steel products", "export", Y9),
    F("6.6%", 6.6, "percent", "yq", "steel products", "export", Y9),
    F("7.1168 yuan", 7.1168, "CNY/USD", "other", "exchange rate", None, None, opt=True),
]

# ---------------------------------------------------------------- 3 Guangdong H1 2025 (html)
H, Q1, Q2, JUN = "2025-01..2025-06", "2025-01..2025-03", "2025-04..2025-06", "2025-06"
GD = "Guangdong total goods"
SETS[("guangdong-h1-2025.html", "2025-07-22")] = [
    # <head> copies of the headline/standfirst (title, meta description, og:title)
    F("4.5 trillion yuan", 4.5*T, "CNY", "value", GD, "trade", H, q="more_than", opt=True),
    F("4.1%", 4.1, "percent", "yv", GD, "trade", H, opt=True),
    F("4.5 trillion yuan", 4.5*T, "CNY", "value", GD, "trade", H, q="more_than", opt=True),
    # visible page
    F("tops 4.5 trillion yuan", 4.5*T, "CNY", "value", GD, "trade", H, q="more_than"),
    F("4.1%", 4.1, "percent", "yv", GD, "trade", H),
    F("4.55 trillion yuan", 4.55*T, "CNY", "value", GD, "trade", H),
    F("3.2%", 3.2, "percent", "yv", GD, "export", H),
    F("2.95 trillion yuan", 2.95*T, "CNY", "value", GD, "export", H),
    F("5.8%", 5.8, "percent", "yv", GD, "import", H),
    F("1.6 trillion yuan", 1.6*T, "CNY", "value", GD, "import", H),
    F("about one-fifth", 20, "percent", "share", GD, "trade", H, q="about"),
    F("21.79 trillion yuan", 21.79*T, "CNY", "value", TG, "trade", H),
    F("2.9%", 2.9, "percent", "yv", TG, "trade", H),
    F("2.39 trillion yuan", 2.39*T, "CNY", "value", GD, "trade", Q2),
    F("6.7%", 6.7, "percent", "yv", GD, "trade", Q2),
    F("1.4%", 1.4, "percent", "yv", GD, "trade", Q1),
    F("2.16 trillion yuan", 2.16*T, "CNY", "value", GD, "trade", Q1),
    F("826.4 billion yuan", 826.4*B, "CNY", "value", GD, "trade", JUN),
    F("8.9%", 8.9, "percent", "yv", GD, "trade", JUN),
    F("7.5%", 7.5, "percent", "yv", "Guangdong private enterprises", "trade", H),
    F("2.69 trillion yuan", 2.69*T, "CNY", "value", "Guangdong private enterprises", "trade", H),
    F("59.1%", 59.1, "percent", "share", "Guangdong private enterprises", "trade", H),
    F("10.6%", 10.6, "percent", "yv", GD, "trade", H, p="ASEAN"),
    F("694.3 billion yuan", 694.3*B, "CNY", "value", GD, "trade", H, p="ASEAN"),
    F("5.2%", 5.2, "percent", "yv", GD, "trade", H, p="EU"),
    F("479.8 billion yuan", 479.8*B, "CNY", "value", GD, "trade", H, p="EU"),
    F("11.5%", -11.5, "percent", "yv", GD, "trade", H, p="US"),
    F("394.6 billion yuan", 394.6*B, "CNY", "value", GD, "trade", H, p="US"),
    F("16.2%", -16.2, "percent", "yv", GD, "export", H, p="US"),
    F("301.7 billion yuan", 301.7*B, "CNY", "value", GD, "export", H, p="US"),
    F("169,000 electric cars", 169*K, "units", "quantity", "Guangdong electric vehicles", "export", H),
    F("28.7 billion yuan", 28.7*B, "CNY", "value", "Guangdong electric vehicles", "export", H),
    F("26.5%", 26.5, "percent", "yv", "Guangdong electric vehicles", "export", H),
    F("19.8%", 19.8, "percent", "yv", "Guangdong lithium batteries", "export", H),
    F("62.1 billion yuan", 62.1*B, "CNY", "value", "Guangdong lithium batteries", "export", H),
    F("12.4%", -12.4, "percent", "yv", "Guangdong solar cells", "export", H),
    F("18.6 billion yuan", 18.6*B, "CNY", "value", "Guangdong solar cells", "export", H),
    F("2.17 trillion yuan", 2.17*T, "CNY", "value", "Shenzhen total goods", "trade", H),
    F("3.5%", 3.5, "percent", "yv", "Shenzhen total goods", "trade", H),
    F("1.29 trillion yuan", 1.29*T, "CNY", "value", "Shenzhen total goods", "export", H),
    F("more than 110,000", 110*K, "units", "other", "Guangdong companies with trade records", None, H, q="more_than", opt=True),
    F("5 billion yuan", 5*B, "CNY", "other", "Guangdong exporter support fund", None, "2025-01..2025-12", opt=True),
]

# ---------------------------------------------------------------- 4 BYD / car exports 2024 (html)
FY4, D4 = "2024-01..2024-12", "2024-12"
BYDO = "BYD overseas sales"
SETS[("byd-overseas-sales-2024.html", "2025-01-13")] = [
    # <head>: <title>, og:title, JSON-LD headline
    F("72%", 72, "percent", "yq", BYDO, "export", FY4, opt=True),
    F("72%", 72, "percent", "yq", BYDO, "export", FY4, opt=True),
    F("72%", 72, "percent", "yq", BYDO, "export", FY4, opt=True),
    # visible page
    F("72%", 72, "percent", "yq", BYDO, "export", FY4),
    F("417,204 cars", 417204, "units", "quantity", BYDO, "export", FY4),
    F("72%", 72, "percent", "yq", BYDO, "export", FY4),
    F("4.27 million vehicles", 4.27*M, "units", "quantity", "BYD total vehicle sales", None, FY4),
    F("41%", 41, "percent", "yq", "BYD total vehicle sales", None, FY4),
    F("57,149 units", 57149, "units", "quantity", BYDO, "export", D4),
    F("5.86 million vehicles", 5.86*M, "units", "quantity", "automobiles (CAAM)", "export", FY4),
    F("19.3%", 19.3, "percent", "yq", "automobiles (CAAM)", "export", FY4),
    F("6.7%", 6.7, "percent", "yq", "new-energy vehicles (CAAM)", "export", FY4),
    F("1.28 million", 1.28*M, "units", "quantity", "new-energy vehicles (CAAM)", "export", FY4),
    F("32.6%", 32.6, "percent", "share", "BYD share of new-energy vehicle exports", "export", FY4),
    F("589,000 vehicles", 589*K, "units", "quantity", "automobiles (CAAM)", "export", D4),
    F("23.5%", 23.5, "percent", "yq", "automobiles (CAAM)", "export", D4),
    F("6.41 million units", 6.41*M, "units", "quantity", "automobiles", "export", FY4),
    F("$117.4bn", 117.4*B, "USD", "value", "automobiles", "export", FY4),
    F("1.16 million vehicles", 1.16*M, "units", "quantity", "automobiles", "export", FY4, p="Russia"),
    F("1.14 million vehicles", 1.14*M, "units", "quantity", "Chery vehicle exports", "export", FY4),
    F("21.4%", 21.4, "percent", "yq", "Chery vehicle exports", "export", FY4),
    F("9.1%", -9.1, "percent", "yq", "SAIC Motor vehicle exports", "export", FY4),
    F("1.08 million", 1.08*M, "units", "quantity", "SAIC Motor vehicle exports", "export", FY4),
    F("17%", 17, "percent", "other", "EU countervailing duty on BYD", None, None, opt=True),
    F("10%", 10, "percent", "other", "EU standard car import tariff", None, None, opt=True),
    F("35.3%", 35.3, "percent", "other", "EU countervailing duty on SAIC", None, None, opt=True),
    F("about $18,300", 18300, "USD", "price", "automobiles", "export", FY4, q="about", opt=True),
    F("150,000 vehicles", 150*K, "units", "other", "BYD Szeged plant capacity", None, None, opt=True),
    F("800,000", 800*K, "units", "quantity", BYDO, "export", "2025-01..2025-12", opt=True),
    F("35.3%", 35.3, "percent", "other", "EU countervailing duty on SAIC", None, None, opt=True),  # related-links aside
]

# ---------------------------------------------------------------- 5 Chinese brief, Jan-Feb 2025
Y2 = "2025-01..2025-02"
SETS[("haiguan-qian2yue-2025.txt", "2025-03-07")] = [
    F("6.54万亿元", 6.54*WANYI, "CNY", "value", TG, "trade", Y2),
    F("3.4%", 3.4, "percent", "yv", TG, "export", Y2),
    F("6.54万亿元", 6.54*WANYI, "CNY", "value", TG, "trade", Y2),
    F("1.2%", -1.2, "percent", "yv", TG, "trade", Y2),
    F("3.88万亿元", 3.88*WANYI, "CNY", "value", TG, "export", Y2),
    F("3.4%", 3.4, "percent", "yv", TG, "export", Y2),
    F("2.66万亿元", 2.66*WANYI, "CNY", "value", TG, "import", Y2),
    F("7.3%", -7.3, "percent", "yv", TG, "import", Y2),
    F("1.22万亿元", 1.22*WANYI, "CNY", "value", TG, "surplus", Y2),
    F("14.9%", 14.9, "percent", "yv", TG, "surplus", Y2),
    F("9093亿美元", 9093*YI, "USD", "value", TG, "trade", Y2),
    F("2.4%", -2.4, "percent", "yv", TG, "trade", Y2),
    F("5399亿美元", 5399*YI, "USD", "value", TG, "export", Y2),
    F("2.3%", 2.3, "percent", "yv", TG, "export", Y2),
    F("3694亿美元", 3694*YI, "USD", "value", TG, "import", Y2),
    F("8.4%", -8.4, "percent", "yv", TG, "import", Y2),
    F("1705亿美元", 1705*YI, "USD", "value", TG, "surplus", Y2),
    F("1.07万亿元", 1.07*WANYI, "CNY", "value", TG, "trade", Y2, p="ASEAN"),
    F("1.6%", 1.6, "percent", "yv", TG, "trade", Y2, p="ASEAN"),
    F("16.4%", 16.4, "percent", "share", TG, "trade", Y2, p="ASEAN"),
    F("8563.1亿元", 8563.1*YI, "CNY", "value", TG, "trade", Y2, p="EU"),
    F("0.9%", -0.9, "percent", "yv", TG, "trade", Y2, p="EU"),
    F("6885.9亿元", 6885.9*YI, "CNY", "value", TG, "trade", Y2, p="US"),
    F("2.3%", -2.3, "percent", "yv", TG, "trade", Y2, p="US"),
    F("3311.4亿元", 3311.4*YI, "CNY", "value", TG, "trade", Y2, p="Africa"),
    F("2.7%", 2.7, "percent", "yv", TG, "trade", Y2, p="Africa"),
    F("2.32万亿元", 2.32*WANYI, "CNY", "value", "mechanical and electrical products", "export", Y2),
    F("5.2%", 5.2, "percent", "yv", "mechanical and electrical products", "export", Y2),
    F("59.8%", 59.8, "percent", "share", "mechanical and electrical products", "export", Y2),
    F("1863.6亿元", 1863.6*YI, "CNY", "value", "integrated circuits", "export", Y2),
    F("11.7%", 11.7, "percent", "yv", "integrated circuits", "export", Y2),
    F("93.2万辆", 93.2*WAN, "units", "quantity", "automobiles", "export", Y2),
    F("2.8%", 2.8, "percent", "yq", "automobiles", "export", Y2),
    F("1694.7万吨", 1694.7*WAN, "tonnes", "quantity", "steel products", "export", Y2),
    F("6.2%", 6.2, "percent", "yq", "steel products", "export", Y2),
    F("8719.4吨", 8719.4, "tonnes", "quantity", "rare earths", "export", Y2),
    F("1.5%", 1.5, "percent", "yq", "rare earths", "export", Y2),
    F("1.9亿吨", 1.9*YI, "tonnes", "quantity", "iron ore", "import", Y2),
    F("8.4%", -8.4, "percent", "yq", "iron ore", "import", Y2),
    F("8385万吨", 8385*WAN, "tonnes", "quantity", "crude oil", "import", Y2),
    F("5%", -5, "percent", "yq", "crude oil", "import", Y2),
    F("1312万吨", 1312*WAN, "tonnes", "quantity", "soybeans", "import", Y2),
    F("12.1%", -12.1, "percent", "yq", "soybeans", "import", Y2),
    F("853.8亿个", 853.8*YI, "units", "quantity", "integrated circuits", "import", Y2),
    F("1.9%", 1.9, "percent", "yq", "integrated circuits", "import", Y2),
    F("3563.5亿元", 3563.5*YI, "CNY", "value", "integrated circuits", "import", Y2),
    F("4.6%", 4.6, "percent", "yv", "integrated circuits", "import", Y2),
]

# ---------------------------------------------------------------- 6 SCIO press conference, 2024
Q4 = "2024-10..2024-12"
SETS[("scio-presser-2024-full-year.md", "2025-01-13")] = [
    F("43.85 trillion yuan", 43.85*T, "CNY", "value", TG, "trade", FY4),
    F("5%", 5, "percent", "yv", TG, "trade", FY4),
    F("25.45 trillion yuan", 25.45*T, "CNY", "value", TG, "export", FY4),
    F("7.1%", 7.1, "percent", "yv", TG, "export", FY4),
    F("18.39 trillion yuan", 18.39*T, "CNY", "value", TG, "import", FY4),
    F("2.3%", 2.3, "percent", "yv", TG, "import", FY4),
    F("11.88 trillion yuan", 11.88*T, "CNY", "value", TG, "trade", Q4),
    F("6.1%", 6.1, "percent", "yv", TG, "trade", Q4),
    F("8.8%", 8.8, "percent", "yv", "private enterprises", "trade", FY4),
    F("24.33 trillion yuan", 24.33*T, "CNY", "value", "private enterprises", "trade", FY4),
    F("55.5%", 55.5, "percent", "share", "private enterprises", "trade", FY4),
    F("1.7 percentage points", 1.7, "pp", "other", "private enterprises share of total trade (change)", "trade", FY4),
    F("12.99 trillion yuan", 12.99*T, "CNY", "value", "foreign-invested enterprises", "trade", FY4),
    F("700,000", 700*K, "units", "other", "firms with import and export activity", None, FY4, q="more_than", opt=True),
    F("close to a trillion dollars", 1*T, "USD", "value", TG, "surplus", FY4, q="nearly", opt=True),
    F("3.58 trillion dollars", 3.58*T, "USD", "value", TG, "export", FY4),
    F("5.9%", 5.9, "percent", "yv", TG, "export", FY4),
    F("2.59 trillion dollars", 2.59*T, "USD", "value", TG, "import", FY4),
    F("1.1%", 1.1, "percent", "yv", TG, "import", FY4),
    F("992.2 billion dollars", 992.2*B, "USD", "value", TG, "surplus", FY4),
    F("2.2%", 2.2, "percent", "yv", "consumer goods", "import", FY4),
    F("4.88 trillion yuan", 4.88*T, "CNY", "value", TG, "trade", FY4, p="US"),
    F("4.9%", 4.9, "percent", "yv", TG, "trade", FY4, p="US"),
    F("3.67 trillion yuan", 3.67*T, "CNY", "value", TG, "export", FY4, p="US"),
    F("4.8%", 4.8, "percent", "yv", TG, "trade", FY4, p="Africa"),
    F("2.1 trillion yuan", 2.1*T, "CNY", "value", TG, "trade", FY4, p="Africa"),
    F("22.07 trillion yuan", 22.07*T, "CNY", "value", TG, "trade", FY4, p="Belt and Road countries"),
    F("6.4%", 6.4, "percent", "yv", TG, "trade", FY4, p="Belt and Road countries"),
    F("50.3%", 50.3, "percent", "share", TG, "trade", FY4, p="Belt and Road countries"),
    F("5.25 trillion yuan", 5.25*T, "CNY", "value", "high-tech products", "export", FY4),
    F("6.4%", 6.4, "percent", "yv", "high-tech products", "export", FY4),
    F("exceeded 1.1 trillion yuan", 1.1*T, "CNY", "value", "integrated circuits", "export", FY4, q="more_than"),
    F("18.7%", 18.7, "percent", "yv", "integrated circuits", "export", FY4),
    F("1.07 trillion yuan", 1.07*T, "CNY", "value", "new three (EVs, lithium-ion batteries, solar cells)", "export", FY4),
    F("434.3 billion yuan", 434.3*B, "CNY", "value", "lithium-ion batteries", "export", FY4),
    F("4.6%", -4.6, "percent", "yv", "lithium-ion batteries", "export", FY4),
    F("11.5%", 11.5, "percent", "yq", "lithium-ion batteries", "export", FY4),
    F("296.2 billion yuan", 296.2*B, "CNY", "value", "solar cells", "export", FY4),
    F("31.3%", -31.3, "percent", "yv", "solar cells", "export", FY4),
    F("about 3%", 3, "percent", "yv", "global goods trade", "trade", "2025-01..2025-12", q="about", opt=True),
]

# ---------------------------------------------------------------- 7 Analysis, November 2024 (md table)
N, O, Q3, YN, N23, FY3 = "2024-11", "2024-10", "2024-07..2024-09", "2024-01..2024-11", "2023-11", "2023-01..2023-12"
def row(per, ex, exg, im, img, sur):
    return [F(ex[0], ex[1]*B, "USD", "value", TG, "export", per),
            F(exg[0], exg[1], "percent", "yv", TG, "export", per),
            F(im[0], im[1]*B, "USD", "value", TG, "import", per),
            F(img[0], img[1], "percent", "yv", TG, "import", per),
            F(sur[0], sur[1]*B, "USD", "value", TG, "surplus", per)]
SETS[("analysis-november-2024-trade.md", "2024-12-12")] = [
    F("$97.4bn", 97.4*B, "USD", "value", TG, "surplus", N),
    F("6.7%", 6.7, "percent", "yv", TG, "export", N),
    *row(N, ("312.3", 312.3), ("+6.7", 6.7), ("214.9", 214.9), ("-3.9", -3.9), ("97.4", 97.4)),
    *row(O, ("309.1", 309.1), ("+12.7", 12.7), ("213.4", 213.4), ("-2.3", -2.3), ("95.7", 95.7)),
    *row(Q3, ("913.0", 913.0), ("+6.0", 6.0), ("655.7", 655.7), ("+1.6", 1.6), ("257.3", 257.3)),
    *row(YN, ("3,244.4", 3244.4), ("+5.4", 5.4), ("2,356.6", 2356.6), ("+1.0", 1.0), ("887.8", 887.8)),
    *row(N23, ("291.9", 291.9), ("+0.5", 0.5), ("223.5", 223.5), ("-0.6", -0.6), ("68.4", 68.4)),
    *row(FY3, ("3,380.0", 3380.0), ("-4.6", -4.6), ("2,556.8", 2556.8), ("-5.5", -5.5), ("823.2", 823.2)),
    F("1.0%", 1.0, "percent", "mv", TG, "export", N),
    F("12.7%", 12.7, "percent", "yv", TG, "export", O),
    F("3.9%", -3.9, "percent", "yv", TG, "import", N),
    F("$887.8bn", 887.8*B, "USD", "value", TG, "surplus", YN),
    F("$823.2bn", 823.2*B, "USD", "value", TG, "surplus", FY3),
    F("$1tn", 1*T, "USD", "value", TG, "surplus", FY4, q="nearly", opt=True),
    F("5.4%", 5.4, "percent", "yv", TG, "export", YN),
    F("4.6%", -4.6, "percent", "yv", TG, "export", FY3),
    F("$68.4bn", 68.4*B, "USD", "value", TG, "surplus", N23),
    F("roughly 42%", 42, "percent", "yv", TG, "surplus", N, q="about"),
    F("8%", 8, "percent", "yv", TG, "export", N, p="US"),
    F("$47.4bn", 47.4*B, "USD", "value", TG, "export", N, p="US"),
    F("$330.1bn", 330.1*B, "USD", "value", TG, "surplus", YN, p="US"),
    F("$222.8bn", 222.8*B, "USD", "value", TG, "trade", YN, p="Russia"),
    F("2.2%", 2.2, "percent", "yv", TG, "trade", YN, p="Russia"),
    F("2.5%", -2.5, "percent", "yv", TG, "export", N, p="Russia"),
    F("1.9%", 1.9, "percent", "yv", TG, "export", N, p="EU"),
    F("8.5%", 8.5, "percent", "yv", TG, "export", N, opt=True),
    F("around 3%", 3, "percent", "yv", TG, "export", "2025-01..2025-12", q="about", opt=True),
    F("10%", 10, "percent", "other", "proposed US across-the-board tariff", None, None, opt=True),
]

# ---------------------------------------------------------------- 8 Commodities 2024 (bullets)
SETS[("commodities-2024-roundup.txt", "2025-01-14")] = [
    F("1.237 billion tonnes", 1.237*B, "tonnes", "quantity", "iron ore", "import", FY4),
    F("+4.9%", 4.9, "percent", "yq", "iron ore", "import", FY4),
    F("110.45 million t", 110.45*M, "tonnes", "quantity", "iron ore", "import", D4),
    F("553.4 million tonnes", 553.4*M, "tonnes", "quantity", "crude oil", "import", FY4),
    F("-1.9%", -1.9, "percent", "yq", "crude oil", "import", FY4),
    F("about 11.04 million barrels per day", 11.04*M, "barrels/day", "quantity", "crude oil", "import", FY4, q="about", opt=True),
    F("48.5 million t", 48.5*M, "tonnes", "quantity", "crude oil", "import", D4),
    F("105.03 million tonnes", 105.03*M, "tonnes", "quantity", "soybeans", "import", FY4),
    F("+6.5%", 6.5, "percent", "yq", "soybeans", "import", FY4),
    F("74.65 mt", 74.65*M, "tonnes", "quantity", "soybeans", "import", FY4, p="Brazil"),
    F("22.13 mt", 22.13*M, "tonnes", "quantity", "soybeans", "import", FY4, p="US"),
    F("542.7 million tonnes", 542.7*M, "tonnes", "quantity", "coal", "import", FY4),
    F("+14.4%", 14.4, "percent", "yq", "coal", "import", FY4),
    F("131.69 million tonnes", 131.69*M, "tonnes", "quantity", "natural gas", "import", FY4),
    F("+9.9%", 9.9, "percent", "yq", "natural gas", "import", FY4),
    F("549.2 billion units", 549.2*B, "units", "quantity", "integrated circuits", "import", FY4),
    F("+14.6%", 14.6, "percent", "yq", "integrated circuits", "import", FY4),
    F("$385.7 billion", 385.7*B, "USD", "value", "integrated circuits", "import", FY4),
    F("+10.4%", 10.4, "percent", "yv", "integrated circuits", "import", FY4),
    F("110.72 million tonnes", 110.72*M, "tonnes", "quantity", "steel products", "export", FY4),
    F("+22.7%", 22.7, "percent", "yq", "steel products", "export", FY4),
    F("9.73 million t", 9.73*M, "tonnes", "quantity", "steel products", "export", D4),
    F("6.67 million tonnes", 6.67*M, "tonnes", "quantity", "unwrought aluminium and products", "export", FY4),
    F("+17.1%", 17.1, "percent", "yq", "unwrought aluminium and products", "export", FY4),
    F("55,431 tonnes", 55431, "tonnes", "quantity", "rare earths", "export", FY4),
    F("+6%", 6, "percent", "yq", "rare earths", "export", FY4),
    F("298.1 billion units", 298.1*B, "units", "quantity", "integrated circuits", "export", FY4),
    F("+11.6%", 11.6, "percent", "yq", "integrated circuits", "export", FY4),
    F("about $108 a tonne", 108, "USD", "price", "iron ore", "import", FY4, q="about", opt=True),
    F("$117", 117, "USD", "price", "iron ore", "import", FY3, opt=True),
    F("near 150 million tonnes", 150*M, "tonnes", "other", "iron ore port inventories", None, D4, q="about", opt=True),
    F("about half", 50, "percent", "share", "electric vehicles share of new car sales", None, FY4, q="about", opt=True),
    F("48.5 million tonnes", 48.5*M, "tonnes", "quantity", "crude oil", "import", D4),
    F("2.2%", 2.2, "percent", "yq", "crude oil", "import", D4),
    F("71%", 71, "percent", "share", "soybeans", "import", FY4, p="Brazil"),
    F("8.5%", -8.5, "percent", "yq", "soybeans", "import", FY4, p="US"),
    F("more than a fifth", 20, "percent", "yq", "steel products", "export", FY4, q="more_than"),
    F("9.73 million tonnes", 9.73*M, "tonnes", "quantity", "steel products", "export", D4),
    F("8.3%", -8.3, "percent", "mq", "steel products", "export", D4),
    F("6%", 6, "percent", "yq", "rare earths", "export", FY4),
    F("36.1%", -36.1, "percent", "yv", "rare earths", "export", FY4),
    F("3.26 billion yuan", 3.26*B, "CNY", "value", "rare earths", "export", FY4),
]

def main():
    for (fname, pub), figs in SETS.items():
        out = {"file": fname, "published": pub, "figures": figs}
        base = fname.rsplit(".", 1)[0]
        with open(os.path.join(HERE, base + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
        req = sum(1 for x in figs if not x.get("optional"))
        print(f"{fname}: {len(figs)} figures ({req} required, {len(figs)-req} optional)")

if __name__ == "__main__":
    main()
