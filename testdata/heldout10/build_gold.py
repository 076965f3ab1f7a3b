"""Compact source of the gold labels; run to (re)write NAME.gold.json files."""
import json
GOLD = {}

def _f(q, val, unit, measure, subj, flow, ps, pe, **kw):
    d = {"quote": q, "value": float(val) if not isinstance(val, int) else val, "unit": unit,
         "measure": measure, "subject": subj, "flow": flow,
         "period_start": ps, "period_end": pe}
    for k in ("basis", "of", "qualifier", "partner", "optional"):
        if k in kw and kw[k] is not None:
            d[k] = kw[k]
    return d

def V(q, val, unit, subj, flow, ps, pe=None, **kw):
    m = "quantity" if unit in ("units", "tonnes") else "value"
    return _f(q, val, unit, m, subj, flow, ps, pe or ps, **kw)

def G(q, val, subj, flow, ps, pe=None, of="value", basis="yoy", unit="percent", **kw):
    return _f(q, val, unit, "growth", subj, flow, ps, pe or ps, basis=basis, of=of, **kw)

def S(q, val, subj, flow, ps, pe=None, unit="percent", **kw):
    return _f(q, val, unit, "share", subj, flow, ps, pe or ps, **kw)

def O(q, val, unit, measure, subj, flow, ps, pe=None, **kw):
    kw["optional"] = True
    return _f(q, val, unit, measure, subj, flow, ps, pe if pe is not None else ps, **kw)

def add(name, published, figs):
    GOLD[name] = {"file": name, "published": published, "figures": figs}

Y24 = ("2024-01", "2024-12")
Y23 = ("2023-01", "2023-12")

# ---------------------------------------------------------------- 1 Nikkei
add("nikkei-china-japan-2024.txt", "2025-01-23", [
    G("6.2%", 6.2, "total goods", "export", *Y24, partner="China"),
    V("18.86 trillion yen", 18.86e12, "JPY", "total goods", "export", *Y24, partner="China"),
    V("$124.5 billion", 124.5e9, "USD", "total goods", "export", *Y24, partner="China"),
    G("3.5%", 3.5, "total goods", "import", *Y24, partner="China"),
    V("25.27 trillion yen", 25.27e12, "JPY", "total goods", "import", *Y24, partner="China"),
    V("6.41 trillion yen", 6.41e12, "JPY", "total goods", "deficit", *Y24, partner="China"),
    G("23.6%", 23.6, "semiconductor manufacturing equipment", "export", *Y24, partner="China"),
    V("2.53 trillion yen", 2.53e12, "JPY", "semiconductor manufacturing equipment", "export", *Y24, partner="China"),
    G("28.4%", -28.4, "automobiles", "export", *Y24, partner="China"),
    S("17.5%", 17.5, "total goods", "export", *Y24, partner="China"),
    S("19.7%", 19.7, "total goods", "export", *Y24, partner="US"),
    G("5.0%", 5.0, "total goods", "export", *Y24, partner="US"),
    V("21.26 trillion yen", 21.26e12, "JPY", "total goods", "export", *Y24, partner="US"),
    # second "6.2%" (Japan's total exports) has the same quote text; see README
    G("6.2%", 6.2, "total goods", "export", *Y24),
    V("107.91 trillion yen", 107.91e12, "JPY", "total goods", "export", *Y24),
    O("151.5 yen", 151.5, "JPY/USD", "other", "exchange rate", None, *Y24, qualifier="about"),
    G("1.8%", 1.8, "total goods", "import", *Y24),
    V("113.29 trillion yen", 113.29e12, "JPY", "total goods", "import", *Y24),
    V("5.38 trillion yen", 5.38e12, "JPY", "total goods", "deficit", *Y24),
    G("3.0%", -3.0, "total goods", "trade", *Y24, partner="Japan"),
    V("$308.3 billion", 308.3e9, "USD", "total goods", "trade", *Y24, partner="Japan"),
    G("3.6%", -3.6, "total goods", "export", *Y24, partner="Japan"),
    V("$152.0 billion", 152.0e9, "USD", "total goods", "export", *Y24, partner="Japan"),
    G("2.3%", -2.3, "total goods", "import", *Y24, partner="Japan"),
    V("$156.3 billion", 156.3e9, "USD", "total goods", "import", *Y24, partner="Japan"),
    V("$4.3 billion", 4.3e9, "USD", "total goods", "deficit", *Y24, partner="Japan"),
    G("10.7%", -10.7, "total goods", "trade", *Y23, partner="Japan"),
    V("roughly $345 billion", 345e9, "USD", "total goods", "trade", "2011-01", "2011-12", partner="Japan", qualifier="about"),
    G("0.8%", 0.8, "total goods", "export", *Y24, of="quantity", partner="China"),
    O("about 2%", 2, "percent", "growth", "total goods", "export", "2025-01", "2025-12", basis="yoy", of="value", partner="China", qualifier="about"),
    O("10%", 10, "percent", "other", "tariff on Chinese goods", None, None, None),
])

# ---------------------------------------------------------------- 2 Korea (Yonhap via Korea Herald HTML)
add("korea-exports-china-2024.html", "2025-01-01", [
    G("6.6 percent", 6.6, "total goods", "export", *Y24, partner="China"),
    V("US$133.0 billion", 133.0e9, "USD", "total goods", "export", *Y24, partner="China"),
    V("about 181.4 trillion won", 181.4e12, "KRW", "total goods", "export", *Y24, partner="China", qualifier="about"),
    G("40.2 percent", 40.2, "semiconductors", "export", *Y24, partner="China and Hong Kong"),
    V("$49.2 billion", 49.2e9, "USD", "semiconductors", "export", *Y24, partner="China and Hong Kong"),
    G("8.2 percent", 8.2, "total goods", "export", *Y24),
    V("$683.8 billion", 683.8e9, "USD", "total goods", "export", *Y24),
    V("$683.6 billion", 683.6e9, "USD", "total goods", "export", "2022-01", "2022-12"),
    G("1.6 percent", -1.6, "total goods", "import", *Y24),
    V("$632.0 billion", 632.0e9, "USD", "total goods", "import", *Y24),
    V("$51.8 billion", 51.8e9, "USD", "total goods", "surplus", *Y24),
    G("43.9 percent", 43.9, "semiconductors", "export", *Y24),
    V("$141.9 billion", 141.9e9, "USD", "semiconductors", "export", *Y24),
    G("0.5 percent", -0.5, "automobiles", "export", *Y24),
    V("$70.8 billion", 70.8e9, "USD", "automobiles", "export", *Y24),
    S("19.5 percent", 19.5, "total goods", "export", *Y24, partner="China"),
    S("18.7 percent", 18.7, "total goods", "export", *Y24, partner="US"),
    G("10.5 percent", 10.5, "total goods", "export", *Y24, partner="US"),
    V("$127.8 billion", 127.8e9, "USD", "total goods", "export", *Y24, partner="US"),
    _f("$5.2 billion", 5.2e9, "USD", "other", "gap between exports to China and to US", "export", *Y24),
    G("1.2 percent", 1.2, "total goods", "import", *Y24, partner="China"),
    V("$142.9 billion", 142.9e9, "USD", "total goods", "import", *Y24, partner="China"),
    V("$9.9 billion", 9.9e9, "USD", "total goods", "deficit", *Y24, partner="China"),
    G("6.6 percent", 6.6, "total goods", "export", "2024-12"),
    V("$61.4 billion", 61.4e9, "USD", "total goods", "export", "2024-12"),
    V("$14.5 billion", 14.5e9, "USD", "semiconductors", "export", "2024-12"),
    G("30.6 percent", 30.6, "semiconductors", "export", "2024-12"),
    G("3.6 percent", 3.6, "total goods", "export", "2024-12", partner="China"),
    V("$12.3 billion", 12.3e9, "USD", "total goods", "export", "2024-12", partner="China"),
    O("over $700 billion", 700e9, "USD", "value", "total goods", "export", "2025-01", "2025-12", qualifier="more_than"),
    O("1,472.5 per dollar", 1472.5, "KRW/USD", "other", "exchange rate", None, "2024-12", "2024-12"),
])

# ---------------------------------------------------------------- 3 Straits Times (URL-only date)
JF25 = ("2025-01", "2025-02")
add("straits-asean-china-janfeb-2025.txt", "2025-03-07", [
    G("5.7 per cent", 5.7, "total goods", "export", *JF25, partner="ASEAN"),
    V("US$90.4 billion", 90.4e9, "USD", "total goods", "export", *JF25, partner="ASEAN"),
    G("3.4 per cent", -3.4, "total goods", "import", *JF25, partner="ASEAN"),
    V("US$59.2 billion", 59.2e9, "USD", "total goods", "import", *JF25, partner="ASEAN"),
    V("US$31.2 billion", 31.2e9, "USD", "total goods", "surplus", *JF25, partner="ASEAN"),
    V("US$149.6 billion", 149.6e9, "USD", "total goods", "trade", *JF25, partner="ASEAN"),
    G("2.3 per cent", 2.3, "total goods", "export", *JF25),
    V("US$539.9 billion", 539.9e9, "USD", "total goods", "export", *JF25),
    G("8.4 per cent", -8.4, "total goods", "import", *JF25),
    V("US$369.4 billion", 369.4e9, "USD", "total goods", "import", *JF25),
    V("US$170.5 billion", 170.5e9, "USD", "total goods", "surplus", *JF25),
    O("around 5 per cent", 5, "percent", "growth", "total goods", "export", *JF25, basis="yoy", of="value", qualifier="about"),
    V("US$25.1 billion", 25.1e9, "USD", "total goods", "export", *JF25, partner="Vietnam"),
    G("9.8 per cent", 9.8, "total goods", "export", *JF25, partner="Vietnam"),
    G("7.8 per cent", 7.8, "total goods", "trade", *Y24, partner="ASEAN"),
    V("US$982.3 billion", 982.3e9, "USD", "total goods", "trade", *Y24, partner="ASEAN"),
    S("15.9 per cent", 15.9, "total goods", "trade", *Y24, partner="ASEAN"),
    V("US$586.5 billion", 586.5e9, "USD", "total goods", "export", *Y24, partner="ASEAN"),
    G("12 per cent", 12, "total goods", "export", *Y24, partner="ASEAN"),
    V("US$395.8 billion", 395.8e9, "USD", "total goods", "import", *Y24, partner="ASEAN"),
    G("1.4 per cent", 1.4, "total goods", "import", *Y24, partner="ASEAN"),
    G("2.9 per cent", 2.9, "non-oil domestic exports", "export", "2025-01", partner="China"),
    V("S$1.6 billion", 1.6e9, "SGD", "non-oil domestic exports", "export", "2025-01", partner="China"),
    G("2.1 per cent", -2.1, "non-oil domestic exports", "export", "2025-01"),
    G("30 per cent", 30, "total goods", "import", *Y24, partner="China"),
    V("about US$144 billion", 144e9, "USD", "total goods", "import", *Y24, partner="China", qualifier="about"),
    G("23.3 per cent", 23.3, "total goods", "export", *Y24, partner="US"),
    V("US$136.6 billion", 136.6e9, "USD", "total goods", "export", *Y24, partner="US"),
    O("10 per cent", 10, "percent", "other", "additional US tariff on Chinese imports", None, "2025-02"),
    O("20 per cent", 20, "percent", "other", "additional US tariff on Chinese imports", None, "2025-03"),
])

# ---------------------------------------------------------------- 4 China Daily (markdown, caption, Related links)
Q125 = ("2025-01", "2025-03")
M25 = ("2025-03", "2025-03")
add("chinadaily-q1-2025.md", "2025-04-14", [
    G("1.3 percent", 1.3, "total goods", "trade", *Q125),
    V("10.3 trillion yuan", 10.3e12, "CNY", "total goods", "trade", *Q125),
    V("$1.41 trillion", 1.41e12, "USD", "total goods", "trade", *Q125),
    G("9.3 percent", 9.3, "container throughput, Qingdao port", None, *Q125, of="quantity"),
    G("6.9 percent", 6.9, "total goods", "export", *Q125),
    V("6.13 trillion yuan", 6.13e12, "CNY", "total goods", "export", *Q125),
    G("6 percent", -6, "total goods", "import", *Q125),
    V("4.17 trillion yuan", 4.17e12, "CNY", "total goods", "import", *Q125),
    V("1.96 trillion yuan", 1.96e12, "CNY", "total goods", "surplus", *Q125),
    V("3.84 trillion yuan", 3.84e12, "CNY", "total goods", "trade", *M25),
    G("4.7 percent", 4.7, "total goods", "trade", *M25),
    G("13.5 percent", 13.5, "total goods", "export", *M25),
    V("2.25 trillion yuan", 2.25e12, "CNY", "total goods", "export", *M25),
    G("6.1 percent", -6.1, "total goods", "import", *M25),
    V("1.59 trillion yuan", 1.59e12, "CNY", "total goods", "import", *M25),
    O("43 trillion yuan", 43e12, "CNY", "value", "total goods", "trade", *Y24, qualifier="more_than"),
    V("1.71 trillion yuan", 1.71e12, "CNY", "total goods", "trade", *Q125, partner="ASEAN"),
    G("7.1 percent", 7.1, "total goods", "trade", *Q125, partner="ASEAN"),
    S("16.6 percent", 16.6, "total goods", "trade", *Q125, partner="ASEAN"),
    G("1.1 percent", 1.1, "total goods", "trade", *Q125, partner="EU"),
    V("1.35 trillion yuan", 1.35e12, "CNY", "total goods", "trade", *Q125, partner="EU"),
    G("4.4 percent", 4.4, "total goods", "trade", *Q125, partner="US"),
    V("1.03 trillion yuan", 1.03e12, "CNY", "total goods", "trade", *Q125, partner="US"),
    V("5.26 trillion yuan", 5.26e12, "CNY", "total goods", "trade", *Q125, partner="Belt and Road countries"),
    G("2.2 percent", 2.2, "total goods", "trade", *Q125, partner="Belt and Road countries"),
    S("51.1 percent", 51.1, "total goods", "trade", *Q125, partner="Belt and Road countries"),
    G("2.5 percent", 2.5, "private enterprises", "trade", *Q125),
    V("5.92 trillion yuan", 5.92e12, "CNY", "private enterprises", "trade", *Q125),
    S("57.5 percent", 57.5, "private enterprises", "trade", *Q125),
    _f("0.6 percentage points", 0.6, "pp", "share", "private enterprises", "trade", *Q125),
    G("7.7 percent", 7.7, "mechanical and electrical products", "export", *Q125),
    V("3.71 trillion yuan", 3.71e12, "CNY", "mechanical and electrical products", "export", *Q125),
    S("60.5 percent", 60.5, "mechanical and electrical products", "export", *Q125),
    G("20.3 percent", 20.3, "integrated circuits", "export", *Q125),
    V("312.5 billion yuan", 312.5e9, "CNY", "integrated circuits", "export", *Q125),
    G("5.9 percent", 5.9, "automobiles", "export", *Q125, of="quantity"),
    V("1.42 million units", 1.42e6, "units", "automobiles", "export", *Q125),
    G("7.5 percent", -7.5, "total goods", "export", "2024-03"),
])

# ---------------------------------------------------------------- 5 PDF bulletin (hard line breaks)
add("bulletin-jan-feb-2025.txt", "2025-03-07", [
    V("6.54 trillion yuan", 6.54e12, "CNY", "total goods", "trade", *JF25),
    G("1.2%", -1.2, "total goods", "trade", *JF25),
    V("3.88\ntrillion yuan", 3.88e12, "CNY", "total goods", "export", *JF25),
    G("3.4%", 3.4, "total goods", "export", *JF25),
    V("2.66\ntrillion yuan", 2.66e12, "CNY", "total goods", "import", *JF25),
    G("7.3%", -7.3, "total goods", "import", *JF25),
    V("1.22 trillion yuan", 1.22e12, "CNY", "total goods", "surplus", *JF25),
    V("USD 909.3\nbillion", 909.3e9, "USD", "total goods", "trade", *JF25),
    G("2.4%", -2.4, "total goods", "trade", *JF25),
    V("USD 539.9 billion", 539.9e9, "USD", "total goods", "export", *JF25),
    G("2.3%", 2.3, "total goods", "export", *JF25),
    V("USD 369.4 billion", 369.4e9, "USD", "total goods", "import", *JF25),
    G("8.4%", -8.4, "total goods", "import", *JF25),
    V("USD 170.5 billion", 170.5e9, "USD", "total goods", "surplus", *JF25),
    V("1.07 trillion yuan", 1.07e12, "CNY", "total goods", "trade", *JF25, partner="ASEAN"),
    G("2.9%", 2.9, "total goods", "trade", *JF25, partner="ASEAN"),
    S("16.4%", 16.4, "total goods", "trade", *JF25, partner="ASEAN"),
    V("0.86 trillion yuan", 0.86e12, "CNY", "total goods", "trade", *JF25, partner="EU"),
    G("0.7%", -0.7, "total goods", "trade", *JF25, partner="EU"),
    S("13.1%", 13.1, "total goods", "trade", *JF25, partner="EU"),
    V("0.69 trillion yuan", 0.69e12, "CNY", "total goods", "trade", *JF25, partner="US"),
    G("1.6%", -1.6, "total goods", "trade", *JF25, partner="US"),
    S("10.6%", 10.6, "total goods", "trade", *JF25, partner="US"),
    V("336.4 billion yuan", 336.4e9, "CNY", "total goods", "trade", *JF25, partner="Japan"),
    G("3.2%", -3.2, "total goods", "trade", *JF25, partner="Japan"),
    V("2.33 trillion\n   yuan", 2.33e12, "CNY", "mechanical and electrical products", "export", *JF25),
    G("5.7%", 5.7, "mechanical and electrical products", "export", *JF25),
    S("60.1%", 60.1, "mechanical and electrical products", "export", *JF25),
    V("199.6 billion yuan", 199.6e9, "CNY", "integrated circuits", "export", *JF25),
    G("12.4%", 12.4, "integrated circuits", "export", *JF25),
    V("46.2 billion units", 46.2e9, "units", "integrated circuits", "export", *JF25),
    V("145.5\n   billion yuan", 145.5e9, "CNY", "automobiles", "export", *JF25),
    V("930 thousand units", 930e3, "units", "automobiles", "export", *JF25),
    G("4.1%", 4.1, "automobiles", "export", *JF25, of="quantity"),
    V("83.85 million tonnes", 83.85e6, "tonnes", "crude oil", "import", *JF25),
    G("5.0%", -5.0, "crude oil", "import", *JF25, of="quantity"),
    V("198.1 million tonnes", 198.1e6, "tonnes", "iron ore", "import", *JF25),
    G("8.4%", -8.4, "iron ore", "import", *JF25, of="quantity"),
    V("13.07\n   million tonnes", 13.07e6, "tonnes", "soybeans", "import", *JF25),
    G("6.6%", -6.6, "soybeans", "import", *JF25, of="quantity"),
    V("75.13 million tonnes", 75.13e6, "tonnes", "coal", "import", *JF25),
    G("2.1%", 2.1, "coal", "import", *JF25, of="quantity"),
    O("4,128 yuan per\n   tonne", 4128, "CNY", "price", "crude oil", "import", *JF25),
    O("6.9%", -6.9, "percent", "growth", "crude oil import price", "import", *JF25, basis="yoy", of="value"),
    V("3.73 trillion yuan", 3.73e12, "CNY", "private enterprises", "trade", *JF25),
    G("1.6%", 1.6, "private enterprises", "trade", *JF25),
    S("57.0%", 57.0, "private enterprises", "trade", *JF25),
    V("1.86 trillion yuan", 1.86e12, "CNY", "foreign-invested enterprises", "trade", *JF25),
    G("4.5%", -4.5, "foreign-invested enterprises", "trade", *JF25),
])

# ---------------------------------------------------------------- 6 Xinhua (Chinese; year only in footer)
D24 = ("2024-12", "2024-12")
add("xinhua-2024-trade-cn.txt", "2025-01-13", [
    V("43.85万亿元", 43.85e12, "CNY", "total goods", "trade", *Y24),
    G("5%", 5, "total goods", "trade", *Y24),
    V("25.45万亿元", 25.45e12, "CNY", "total goods", "export", *Y24),
    G("7.1%", 7.1, "total goods", "export", *Y24),
    V("18.39万亿元", 18.39e12, "CNY", "total goods", "import", *Y24),
    G("2.3%", 2.3, "total goods", "import", *Y24),
    V("7.06万亿元", 7.06e12, "CNY", "total goods", "surplus", *Y24),
    V("4.06万亿元", 4.06e12, "CNY", "total goods", "trade", *D24),
    G("6.8%", 6.8, "total goods", "trade", *D24),
    V("2.41万亿元", 2.41e12, "CNY", "total goods", "export", *D24),
    G("10.9%", 10.9, "total goods", "export", *D24),
    V("1.65万亿元", 1.65e12, "CNY", "total goods", "import", *D24),
    G("1.2%", 1.2, "total goods", "import", *D24),
    O("70万家", 700000, "units", "quantity", "firms with import and export records", None, *Y24, qualifier="more_than"),
    V("24.33万亿元", 24.33e12, "CNY", "private enterprises", "trade", *Y24),
    G("8.8%", 8.8, "private enterprises", "trade", *Y24),
    S("55.5%", 55.5, "private enterprises", "trade", *Y24),
    _f("1.8个百分点", 1.8, "pp", "share", "private enterprises", "trade", *Y24),
    V("6.98万亿元", 6.98e12, "CNY", "total goods", "trade", *Y24, partner="ASEAN"),
    G("9%", 9, "total goods", "trade", *Y24, partner="ASEAN"),
    S("15.9%", 15.9, "total goods", "trade", *Y24, partner="ASEAN"),
    V("5.86万亿元", 5.86e12, "CNY", "total goods", "trade", *Y24, partner="EU"),
    G("1.6%", 1.6, "total goods", "trade", *Y24, partner="EU"),
    V("4.88万亿元", 4.88e12, "CNY", "total goods", "trade", *Y24, partner="US"),
    G("4.9%", 4.9, "total goods", "trade", *Y24, partner="US"),
    V("15.12万亿元", 15.12e12, "CNY", "mechanical and electrical products", "export", *Y24),
    G("8.7%", 8.7, "mechanical and electrical products", "export", *Y24),
    S("59.4%", 59.4, "mechanical and electrical products", "export", *Y24),
    V("1.13万亿元", 1.13e12, "CNY", "integrated circuits", "export", *Y24),
    G("18.7%", 18.7, "integrated circuits", "export", *Y24),
    V("8350.6亿元", 835.06e9, "CNY", "automobiles", "export", *Y24),
    G("16.5%", 16.5, "automobiles", "export", *Y24),
    V("12.37亿吨", 12.37e8, "tonnes", "iron ore", "import", *Y24),
    G("4.9%", 4.9, "iron ore", "import", *Y24, of="quantity"),
    V("5.53亿吨", 5.53e8, "tonnes", "crude oil", "import", *Y24),
    G("1.9%", -1.9, "crude oil", "import", *Y24, of="quantity"),
    V("1.05亿吨", 1.05e8, "tonnes", "soybeans", "import", *Y24),
    G("6.5%", 6.5, "soybeans", "import", *Y24, of="quantity"),
])

# ---------------------------------------------------------------- 7 Breakingviews (opinion, few figures)
add("breakingviews-surplus.txt", "2025-02-10", [
    V("$992 billion", 992e9, "USD", "total goods", "surplus", *Y24),
    G("5.9%", 5.9, "total goods", "export", *Y24),
    G("about 13%", 13, "total goods", "export", *Y24, of="quantity", qualifier="about"),
    O("roughly 8%", -8, "percent", "growth", "export prices", "export", *Y24, basis="yoy", of="value", qualifier="about"),
    G("1.1%", 1.1, "total goods", "import", *Y24),
    O("around 5%", 5, "percent", "other", "trade surplus as share of GDP", "surplus", *Y24, qualifier="about"),
    G("4.9%", 4.9, "total goods", "export", *Y24, partner="US"),
    V("$524.7 billion", 524.7e9, "USD", "total goods", "export", *Y24, partner="US"),
    V("$361 billion", 361e9, "USD", "total goods", "surplus", *Y24, partner="US"),
    O("10%", 10, "percent", "other", "additional US tariff on Chinese goods", None, None, None),
    O("60%", 60, "percent", "other", "proposed US tariff on Chinese goods", None, None, None),
    S("more than a third", 100/3, "total goods", "surplus", *Y24, partner="US", qualifier="more_than"),
    S("about one-fifth", 20, "total goods", "import", *Y24, partner="China", qualifier="about"),
])

# ---------------------------------------------------------------- 8 Customs monthly table (USD 100 million)
add("customs-monthly-2025h1.html", "2025-07-14", [
    G("5.9%", 5.9, "total goods", "export", "2025-01", "2025-06"),
    G("3.9%", -3.9, "total goods", "import", "2025-01", "2025-06"),
    V("5,399.0", 539900000000, "USD", "total goods", "export", "2025-01", "2025-02"),
    V("3,694.0", 369400000000, "USD", "total goods", "import", "2025-01", "2025-02"),
    V("1,705.0", 170500000000, "USD", "total goods", "surplus", "2025-01", "2025-02"),
    V("3,139.0", 313900000000, "USD", "total goods", "export", "2025-03", "2025-03"),
    V("2,113.0", 211300000000, "USD", "total goods", "import", "2025-03", "2025-03"),
    V("1,026.0", 102600000000, "USD", "total goods", "surplus", "2025-03", "2025-03"),
    V("3,157.0", 315700000000, "USD", "total goods", "export", "2025-04", "2025-04"),
    V("2,195.0", 219500000000, "USD", "total goods", "import", "2025-04", "2025-04"),
    V("962.0", 96200000000, "USD", "total goods", "surplus", "2025-04", "2025-04"),
    V("3,161.0", 316100000000, "USD", "total goods", "export", "2025-05", "2025-05"),
    V("2,129.0", 212900000000, "USD", "total goods", "import", "2025-05", "2025-05"),
    V("1,032.0", 103200000000, "USD", "total goods", "surplus", "2025-05", "2025-05"),
    V("3,252.0", 325200000000, "USD", "total goods", "export", "2025-06", "2025-06"),
    V("2,104.0", 210400000000, "USD", "total goods", "import", "2025-06", "2025-06"),
    V("1,148.0", 114800000000, "USD", "total goods", "surplus", "2025-06", "2025-06"),
    V("18,108.0", 1810800000000, "USD", "total goods", "export", "2025-01", "2025-06"),
    V("12,235.0", 1223500000000, "USD", "total goods", "import", "2025-01", "2025-06"),
    V("5,873.0", 587300000000, "USD", "total goods", "surplus", "2025-01", "2025-06"),
])

if __name__ == "__main__":
    import sys
    for name, d in GOLD.items():
        base = name.rsplit(".", 1)[0]
        with open(base + ".gold.json", "w", encoding="utf-8") as fh:
            json.dump(d, fh, ensure_ascii=False, indent=1)
        print(name, len(d["figures"]))
