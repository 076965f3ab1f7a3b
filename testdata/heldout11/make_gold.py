"""Writes NAME.gold.json for every text in this directory (labels are hand-written below)."""
import json

B, T, M = 1e9, 1e12, 1e6
GOLD = {}

def F(q, v, u, m, subj, flow, ps, pe=None, **kw):
    d = {"quote": q, "value": v, "unit": u, "measure": m, "subject": subj, "flow": flow,
         "period_start": ps, "period_end": pe if pe is not None else ps}
    if kw.get("qualifier"): d["qualifier"] = kw["qualifier"]
    if kw.get("partner"): d["partner"] = kw["partner"]
    if m == "growth":
        d["basis"] = kw.get("basis", "yoy"); d["of"] = kw.get("of", "value")
    if kw.get("optional"): d["optional"] = True
    return d

def G(q, v, subj, flow, ps, pe=None, **kw):
    return F(q, v, "percent", "growth", subj, flow, ps, pe, **kw)

def S(q, v, subj, flow, ps, pe=None, **kw):
    return F(q, v, "percent", "share", subj, flow, ps, pe, **kw)

# 1 ------------------------------------------------------------------ US Census style
c = dict(partner="China")
J, H1, H0 = ("2025-06",), ("2025-01", "2025-06"), ("2024-01", "2024-06")
sa, nsa = "goods, seasonally adjusted", "goods, not seasonally adjusted"
GOLD[("us-census-china-june-2025.txt", "2025-08-05")] = [
    F("$9.4 billion", 9.4*B, "USD", "value", sa, "deficit", "2025-06", **c),
    F("$3.1 billion", -3.1*B, "USD", "growth", sa, "deficit", "2025-06", basis="mom", **c),
    F("$12.5 billion", 12.5*B, "USD", "value", sa, "deficit", "2025-05", **c),
    F("$9.9 billion", 9.9*B, "USD", "value", sa, "export", "2025-06", **c),
    F("$0.4 billion", 0.4*B, "USD", "growth", sa, "export", "2025-06", basis="mom", **c),
    F("$19.3 billion", 19.3*B, "USD", "value", sa, "import", "2025-06", **c),
    F("$2.7 billion", -2.7*B, "USD", "growth", sa, "import", "2025-06", basis="mom", **c),
    F("$86.0 billion", 86.0*B, "USD", "value", "total goods, all countries", "deficit", "2025-06"),
    S("10.9 percent", 10.9, "China's share of total US goods deficit", "deficit", "2025-06", qualifier="about", **c),
    F("$9.6 billion", 9.6*B, "USD", "value", nsa, "export", "2025-06", **c),
    F("$18.6 billion", 18.6*B, "USD", "value", nsa, "import", "2025-06", **c),
    F("$9.0 billion", 9.0*B, "USD", "value", nsa, "deficit", "2025-06", **c),
    F("$35.2 billion", 35.2*B, "USD", "value", nsa, "import", "2024-06", **c),
    G("47.2 percent", -47.2, nsa, "import", "2025-06", **c),
    G("13.5 percent", -13.5, nsa, "export", "2025-06", **c),
    F("$53.2 billion", 53.2*B, "USD", "value", "goods", "export", *H1, **c),
    F("$17.1 billion", -17.1*B, "USD", "growth", "goods", "export", *H1, **c),
    G("24.3 percent", -24.3, "goods", "export", *H1, **c),
    F("$165.4 billion", 165.4*B, "USD", "value", "goods", "import", *H1, **c),
    F("$31.4 billion", -31.4*B, "USD", "growth", "goods", "import", *H1, **c),
    G("16.0 percent", -16.0, "goods", "import", *H1, **c),
    F("$112.2 billion", 112.2*B, "USD", "value", "goods", "deficit", *H1, **c),
    F("$14.3 billion", -14.3*B, "USD", "growth", "goods", "deficit", *H1, **c),
    F("$126.5 billion", 126.5*B, "USD", "value", "goods", "deficit", *H0, **c),
    S("7.4 percent", 7.4, "China's share of total US goods imports", "import", *H1, **c),
    S("13.4 percent", 13.4, "China's share of total US goods imports", "import", *H0, **c),
    S("5.3 percent", 5.3, "China's share of total US goods exports", "export", *H1, **c),
    F("$2.1 billion", 2.1*B, "USD", "value", "cell phones and other household goods", "import", "2025-06", **c),
    F("$4.6 billion", 4.6*B, "USD", "value", "cell phones and other household goods", "import", "2024-06", **c),
    F("145 percent", 145, "percent", "other", "additional tariff on Chinese goods", "import", "2025-04", optional=True, **c),
    F("30 percent", 30, "percent", "other", "additional tariff on Chinese goods", "import", "2025-05", optional=True, **c),
]

# 2 ------------------------------------------------------------------ Eurostat style
c = dict(partner="China")
Y4, Y3, Q4 = ("2024-01", "2024-12"), ("2023-01", "2023-12"), ("2024-10", "2024-12")
GOLD[("eurostat-eu-china-2024.txt", "2025-03-17")] = [
    F("€304.5 bn", 304.5*B, "EUR", "value", "goods", "deficit", *Y4, **c),
    F("€292.1 bn", 292.1*B, "EUR", "value", "goods", "deficit", *Y3, **c),
    F("€213.3 bn", 213.3*B, "EUR", "value", "goods", "export", *Y4, **c),
    G("4.5%", -4.5, "goods", "export", *Y4, **c),
    G("0.4%", 0.4, "goods", "import", *Y4, **c),
    F("€517.8 bn", 517.8*B, "EUR", "value", "goods", "import", *Y4, **c),
    F("€731.1 bn", 731.1*B, "EUR", "value", "goods", "trade", *Y4, **c),
    S("21.3%", 21.3, "China's share of extra-EU imports", "import", *Y4, **c),
    S("13.7%", 13.7, "US share of extra-EU imports", "import", *Y4, partner="US"),
    S("8.3%", 8.3, "China's share of extra-EU exports", "export", *Y4, **c),
    S("8.7%", 8.7, "China's share of extra-EU exports", "export", *Y3, **c),
    F("0.4 percentage points", -0.4, "pp", "share", "China's share of extra-EU exports", "export", *Y4, **c),
    F("€283.6 bn", 283.6*B, "EUR", "value", "machinery and vehicles", "import", *Y4, **c),
    S("54.8%", 54.8, "machinery and vehicles share of imports from China", "import", *Y4, **c),
    F("€110.9 bn", 110.9*B, "EUR", "value", "machinery and vehicles", "export", *Y4, **c),
    F("€52.1 bn", 52.1*B, "EUR", "value", "goods, seasonally adjusted", "export", *Q4, **c),
    G("1.9%", -1.9, "goods, seasonally adjusted", "export", *Q4, basis="qoq", **c),
    F("€131.4 bn", 131.4*B, "EUR", "value", "goods, seasonally adjusted", "import", *Q4, **c),
    G("2.2%", 2.2, "goods, seasonally adjusted", "import", *Q4, basis="qoq", **c),
    F("€79.3 bn", 79.3*B, "EUR", "value", "goods, seasonally adjusted", "deficit", *Q4, **c),
    F("€16.7 bn", 16.7*B, "EUR", "value", "goods", "export", "2024-12", **c),
    F("€42.9 bn", 42.9*B, "EUR", "value", "goods", "import", "2024-12", **c),
    F("€26.2 bn", 26.2*B, "EUR", "value", "goods", "deficit", "2024-12", **c),
    G("6.1%", 6.1, "goods", "import", "2024-12", **c),
    F("€90.0 bn", 90.0*B, "EUR", "value", "goods exported by Germany", "export", *Y4, **c),
    S("42%", 42, "Germany's share of EU exports to China", "export", *Y4, **c),
    G("7.6%", -7.6, "goods exported by Germany", "export", *Y4, **c),
]

# 3 ------------------------------------------------------------------ Australian note
c = dict(partner="China")
FY24, FY23, FY25 = ("2023-07", "2024-06"), ("2022-07", "2023-06"), ("2024-07", "2025-06")
CY24, H1FY25 = ("2024-01", "2024-12"), ("2024-07", "2024-12")
GOLD[("au-resources-china-note.md", "2025-02-04")] = [
    F("A$124.8 billion", 124.8*B, "AUD", "value", "iron ore", "export", *FY24, **c),
    S("84.6%", 84.6, "China's share of iron ore export earnings", "export", *FY24, **c),
    F("755 million tonnes", 755*M, "tonnes", "quantity", "iron ore", "export", *FY24, **c),
    G("1.8%", 1.8, "iron ore", "export", *FY24, of="quantity", **c),
    F("A$14.3 billion", 14.3*B, "AUD", "value", "coal", "export", *FY24, **c),
    F("A$8.2 billion", 8.2*B, "AUD", "value", "coal", "export", *FY23, **c),
    F("A$147.5 billion", 147.5*B, "AUD", "value", "iron ore, all markets", "export", *FY24),
    F("892 million tonnes", 892*M, "tonnes", "quantity", "iron ore, all markets", "export", *FY24),
    S("84.6%", 84.6, "China's share of iron ore export volume", "export", *FY24, **c),
    G("9.7%", -9.7, "iron ore", "export", *CY24, **c),
    F("A$109.6 billion", 109.6*B, "AUD", "value", "iron ore", "export", *CY24, **c),
    F("760 million tonnes", 760*M, "tonnes", "quantity", "iron ore", "export", *CY24, **c),
    F("A$8.9 billion", 8.9*B, "AUD", "value", "iron ore", "export", "2024-12", **c),
    G("6.0%", 6.0, "iron ore, seasonally adjusted", "export", "2024-12", basis="mom", **c),
    F("65.2 million tonnes", 65.2*M, "tonnes", "quantity", "iron ore", "export", "2024-12", **c),
    F("A$52.4 billion", 52.4*B, "AUD", "value", "iron ore", "export", *H1FY25, **c),
    G("12.3%", -12.3, "iron ore", "export", *H1FY25, **c),
    F("107.9", 107.9*B, "AUD", "value", "iron ore", "export", *FY23, **c),
    F("742", 742*M, "tonnes", "quantity", "iron ore", "export", *FY23, **c),
    F("124.8", 124.8*B, "AUD", "value", "iron ore", "export", *FY24, **c),
    F("755", 755*M, "tonnes", "quantity", "iron ore", "export", *FY24, **c),
    F("52.4", 52.4*B, "AUD", "value", "iron ore", "export", *H1FY25, **c),
    F("381", 381*M, "tonnes", "quantity", "iron ore", "export", *H1FY25, **c),
    F("US$110 a tonne", 110, "USD/tonne", "price", "iron ore 62% Fe fines benchmark", None, *FY24, optional=True),
    F("US$90 a tonne", 90, "USD/tonne", "price", "iron ore 62% Fe fines benchmark (forecast)", None, "2026-01", "2026-12", optional=True),
    F("A$6.1 billion", 6.1*B, "AUD", "value", "metallurgical coal", "export", *FY24, **c),
    F("A$8.2 billion", 8.2*B, "AUD", "value", "thermal coal", "export", *FY24, **c),
    F("14.3 billion", 14.3*B, "AUD", "value", "coal", "export", *FY24, **c),
    F("72.5 million tonnes", 72.5*M, "tonnes", "quantity", "coal", "export", *FY24, **c),
    F("A$385 billion", 385*B, "AUD", "value", "resource and energy exports, all markets (forecast)", "export", *FY25, optional=True),
]

# 4 ------------------------------------------------------------------ Zhejiang (Chinese)
Z = ("2025-01", "2025-09")
zj = "货物贸易（浙江）"
GOLD[("zhejiang-q1-q3-2025.txt", "2025-10-20")] = [
    F("4万亿元", 4*T, "CNY", "value", zj, "trade", *Z, qualifier="more_than", optional=True),
    F("4.07万亿元", 4.07*T, "CNY", "value", zj, "trade", *Z),
    G("5.9%", 5.9, zj, "trade", *Z),
    F("1.9个百分点", 1.9, "pp", "other", "浙江进出口增速高于全国", "trade", *Z),
    F("3.03万亿元", 3.03*T, "CNY", "value", zj, "export", *Z),
    G("7.1%", 7.1, zj, "export", *Z),
    F("1.04万亿元", 1.04*T, "CNY", "value", zj, "import", *Z),
    G("2.5%", 2.5, zj, "import", *Z),
    S("12.1%", 12.1, "浙江进出口占全国比重", "trade", *Z),
    S("15.2%", 15.2, "浙江出口占全国比重", "export", *Z),
    F("4860亿元", 4860e8, "CNY", "value", zj, "trade", "2025-09"),
    G("8.3%", 8.3, zj, "trade", "2025-09"),
    G("4.6%", 4.6, zj, "trade", "2025-09", basis="mom"),
    F("3650亿元", 3650e8, "CNY", "value", zj, "export", "2025-09"),
    G("9.2%", 9.2, zj, "export", "2025-09"),
    F("3.27万亿元", 3.27*T, "CNY", "value", "民营企业", "trade", *Z),
    G("7.4%", 7.4, "民营企业", "trade", *Z),
    S("80.3%", 80.3, "民营企业占全省进出口比重", "trade", *Z),
    F("1.1个百分点", 1.1, "pp", "share", "民营企业占全省进出口比重", "trade", *Z),
    F("2.17万亿元", 2.17*T, "CNY", "value", zj, "trade", *Z, partner="Belt and Road countries"),
    G("8.8%", 8.8, zj, "trade", *Z, partner="Belt and Road countries"),
    S("53.3%", 53.3, "共建一带一路国家占全省比重", "trade", *Z, partner="Belt and Road countries"),
    F("5120亿元", 5120e8, "CNY", "value", zj, "trade", *Z, partner="ASEAN"),
    G("10.6%", 10.6, zj, "trade", *Z, partner="ASEAN"),
    F("5930亿元", 5930e8, "CNY", "value", zj, "trade", *Z, partner="EU"),
    G("6.2%", 6.2, zj, "trade", *Z, partner="EU"),
    F("4410亿元", 4410e8, "CNY", "value", zj, "trade", *Z, partner="US"),
    G("6.9%", -6.9, zj, "trade", *Z, partner="US"),
    S("10.8%", 10.8, "对美国进出口占全省比重", "trade", *Z, partner="US"),
    F("1.38万亿元", 1.38*T, "CNY", "value", "机电产品", "export", *Z),
    G("9.5%", 9.5, "机电产品", "export", *Z),
    S("45.5%", 45.5, "机电产品占出口总值比重", "export", *Z),
    F("118.6万辆", 118.6e4, "units", "quantity", "汽车", "export", *Z),
    G("21.7%", 21.7, "汽车", "export", *Z, of="quantity"),
    F("5820万吨", 5820e4, "tonnes", "quantity", "原油", "import", *Z),
    G("2.7%", 2.7, "原油", "import", *Z, of="quantity"),
    F("1.07万亿元", 1.07*T, "CNY", "value", "宁波市货物贸易", "trade", *Z),
    G("4.8%", 4.8, "宁波市货物贸易", "trade", *Z),
    S("26.3%", 26.3, "宁波市占全省进出口比重", "trade", *Z),
]

# 5 ------------------------------------------------------------------ analyst post
O, YTD, FY = ("2025-10",), ("2025-01", "2025-10"), ("2025-01", "2025-12")
g = "total goods"
GOLD[("analyst-surplus-oct-2025.md", "2025-11-09")] = [
    F("$305.4bn", 305.4*B, "USD", "value", g, "export", "2025-10"),
    G("1.1%", -1.1, g, "export", "2025-10"),
    G("~3%", 3, g + " (consensus forecast)", "export", "2025-10", qualifier="about", optional=True),
    F("$215.1bn", 215.1*B, "USD", "value", g, "import", "2025-10"),
    G("~1%", 1, g, "import", "2025-10", qualifier="about", optional=True),
    G("1.0%", 1.0, g, "import", "2025-10"),
    F("$90.3bn", 90.3*B, "USD", "value", g, "surplus", "2025-10"),
    F("$95.7bn", 95.7*B, "USD", "value", g, "surplus", "2024-10"),
    F("~$964bn", 964*B, "USD", "value", g, "surplus", *YTD, qualifier="about"),
    F("~$1.2tn", 1.2*T, "USD", "value", g + " (annualised projection)", "surplus", *FY, qualifier="about", optional=True),
    F("~$1tn", 1*T, "USD", "value", g + " (threshold)", "surplus", *FY, qualifier="about", optional=True),
    G("25.2%", -25.2, g, "export", "2025-10", partner="US"),
    F("$353bn", 353*B, "USD", "value", g, "export", *YTD, partner="US"),
    G("~18%", -18, g, "export", *YTD, qualifier="about", partner="US"),
    S("~11%", 11, "US share of China's exports", "export", *YTD, qualifier="about", partner="US"),
    S("~15%", 15, "US share of China's exports", "export", "2023-01", "2023-12", qualifier="about", partner="US", optional=True),
    G("+11%", 11, g, "export", "2025-10", partner="ASEAN"),
    F("$58.6bn", 58.6*B, "USD", "value", g, "export", "2025-10", partner="ASEAN"),
    F("$550bn", 550*B, "USD", "value", g, "export", *YTD, partner="ASEAN"),
    G("+~14.9%", 14.9, g, "export", "2025-10", qualifier="about", partner="EU"),
    F("321.8", 321.8*B, "USD", "value", g, "export", "2025-07"),
    G("+7.2%", 7.2, g, "export", "2025-07"),
    F("98.2", 98.2*B, "USD", "value", g, "surplus", "2025-07"),
    F("321.8", 321.8*B, "USD", "value", g, "export", "2025-08"),
    G("+4.4%", 4.4, g, "export", "2025-08"),
    F("102.3", 102.3*B, "USD", "value", g, "surplus", "2025-08"),
    F("328.6", 328.6*B, "USD", "value", g, "export", "2025-09"),
    G("+8.3%", 8.3, g, "export", "2025-09"),
    F("90.5", 90.5*B, "USD", "value", g, "surplus", "2025-09"),
    F("305.4", 305.4*B, "USD", "value", g, "export", "2025-10"),
    G("-1.1%", -1.1, g, "export", "2025-10"),
    F("90.3", 90.3*B, "USD", "value", g, "surplus", "2025-10"),
    G("about 7%", -7, g, "export", "2025-10", basis="mom", qualifier="about"),
    G("+12.7%", 12.7, g, "export", "2024-10"),
    F("10%", 10, "percent", "other", "US 'fentanyl' tariff on Chinese goods", None, "2025-11", optional=True),
    F("20%", 20, "percent", "other", "US 'fentanyl' tariff on Chinese goods", None, "2025-10", optional=True),
    G("-0.8%", -0.8, g + " (yuan terms)", "export", "2025-10"),
]

# 6 ------------------------------------------------------------------ TV transcript
Y4, Y3 = ("2024-01", "2024-12"), ("2023-01", "2023-12")
GOLD[("tv-china-trade-2024-transcript.txt", "2025-01-14")] = [
    F("nearly one trillion dollars", 1*T, "USD", "value", g, "surplus", *Y4, qualifier="nearly", optional=True),
    F("nine hundred ninety-two billion dollars", 992*B, "USD", "value", g, "surplus", *Y4),
    F("roughly eight hundred twenty-three billion", 823*B, "USD", "value", g, "surplus", *Y3, qualifier="about"),
    G("about five point nine percent", 5.9, g, "export", *Y4, qualifier="about"),
    F("three point five eight trillion dollars", 3.58*T, "USD", "value", g, "export", *Y4),
    G("one point one percent", 1.1, g, "import", *Y4),
    F("about two point five nine trillion", 2.59*T, "USD", "value", g, "import", *Y4, qualifier="about"),
    F("forty-three point eight five trillion yuan", 43.85*T, "CNY", "value", g, "trade", *Y4),
    G("five percent", 5, g, "trade", *Y4),
    G("about seven point one percent", 7.1, g + " (yuan terms)", "export", *Y4, qualifier="about"),
    G("ten point seven percent", 10.7, g, "export", "2024-12"),
    F("one hundred four point eight billion dollars", 104.8*B, "USD", "value", g, "surplus", "2024-12"),
    G("rose one percent", 1, g, "import", "2024-12"),
    G("about four point nine percent", 4.9, g, "export", *Y4, qualifier="about", partner="US"),
    F("around five hundred twenty-five billion dollars", 525*B, "USD", "value", g, "export", *Y4, qualifier="about", partner="US"),
    F("roughly three hundred sixty-one billion dollars", 361*B, "USD", "value", g, "surplus", *Y4, qualifier="about", partner="US"),
    G("twelve percent", 12, g, "export", *Y4, partner="ASEAN"),
    F("close to six point four million cars", 6.4*M, "units", "quantity", "automobiles", "export", *Y4, qualifier="nearly"),
    G("roughly a quarter more", 25, "automobiles", "export", *Y4, of="quantity", qualifier="about"),
    F("sixty percent", 60, "percent", "other", "proposed US tariff on Chinese goods", None, None, None, optional=True),
    G("down by a third", -100/3, "one factory's orders", "export", "2025-01", "2025-03", optional=True),
    G("one point nine percent", -1.9, "crude oil", "import", *Y4, of="quantity"),
    F("about five hundred fifty-three million tonnes", 553*M, "tonnes", "quantity", "crude oil", "import", *Y4, qualifier="about"),
]

# 7 ------------------------------------------------------------------ ministry HTML
A4 = ("2025-01", "2025-04")
c = dict(partner="ASEAN")
GOLD[("ministry-asean-trade-apr-2025.html", "2025-05-12")] = [
    S("16.8%", 16.8, "ASEAN share of China's foreign trade", "trade", *A4, **c),
    F("2.38 trillion yuan", 2.38*T, "CNY", "value", "goods", "trade", *A4, **c),
    G("9.2%", 9.2, "goods", "trade", *A4, **c),
    F("1.44 trillion yuan", 1.44*T, "CNY", "value", "goods", "export", *A4, **c),
    G("14.7%", 14.7, "goods", "export", *A4, **c),
    F("940 billion yuan", 940*B, "CNY", "value", "goods", "import", *A4, **c),
    G("1.7%", 1.7, "goods", "import", *A4, **c),
    F("500 billion yuan", 500*B, "CNY", "value", "goods", "surplus", *A4, **c),
    F("US$330.9 billion", 330.9*B, "USD", "value", "goods", "trade", *A4, **c),
    G("7.9%", 7.9, "goods (USD terms)", "trade", *A4, **c),
    F("627.5 billion yuan", 627.5*B, "CNY", "value", "goods", "trade", "2025-04", **c),
    G("11.9%", 11.9, "goods", "trade", "2025-04", **c),
    F("393.6 billion yuan", 393.6*B, "CNY", "value", "goods", "export", "2025-04", **c),
    G("21.0%", 21.0, "goods", "export", "2025-04", **c),
    F("233.9 billion yuan", 233.9*B, "CNY", "value", "goods", "import", "2025-04", **c),
    G("0.6%", -0.6, "goods", "import", "2025-04", **c),
    G("3.1%", 3.1, "goods", "export", "2025-04", basis="mom", **c),
    F("647.3 billion yuan", 647.3*B, "CNY", "value", "goods", "trade", *A4, partner="Vietnam"),
    G("13.5%", 13.5, "goods", "trade", *A4, partner="Vietnam"),
    F("348.6 billion yuan", 348.6*B, "CNY", "value", "goods", "trade", *A4, partner="Malaysia"),
    G("4.4%", 4.4, "goods", "trade", *A4, partner="Malaysia"),
    F("870.2 billion yuan", 870.2*B, "CNY", "value", "mechanical and electrical products", "export", *A4, **c),
    S("60.4%", 60.4, "mechanical and electrical products share of exports to ASEAN", "export", *A4, **c),
    F("more than 90%", 90, "percent", "other", "tariff lines at zero tariff", None, None, None, qualifier="more_than", optional=True, **c),
    F("US$1 trillion", 1*T, "USD", "value", "goods (expectation)", "trade", "2025-01", "2025-12", qualifier="more_than", optional=True, **c),
    F("14.14 trillion yuan", 14.14*T, "CNY", "value", "total goods", "trade", *A4),
    G("2.4%", 2.4, "total goods", "trade", *A4),
]

# 8 ------------------------------------------------------------------ Korea / Japan HTML
c = dict(partner="China")
kr = "goods (Korea)"
S9, Q3, K9 = ("2025-09",), ("2025-07", "2025-09"), ("2025-01", "2025-09")
GOLD[("korea-exports-china-sep-2025.html", "2025-10-01")] = [
    F("$12.7 billion", 12.7*B, "USD", "value", kr, "export", "2025-09", **c),
    G("7.4 percent", 7.4, kr, "export", "2025-09", **c),
    F("$11.4 billion", 11.4*B, "USD", "value", kr, "import", "2025-09", **c),
    G("3.1 percent", 3.1, kr, "import", "2025-09", **c),
    F("$1.3 billion", 1.3*B, "USD", "value", kr, "surplus", "2025-09", **c),
    F("about $0.8 billion", 0.8*B, "USD", "value", kr, "surplus", "2024-09", qualifier="about", **c),
    F("$6.8 billion", 6.8*B, "USD", "value", "semiconductors (Korea)", "export", "2025-09", partner="China and Hong Kong"),
    G("19.6 percent", 19.6, "semiconductors (Korea)", "export", "2025-09", partner="China and Hong Kong"),
    S("19.3 percent", 19.3, "China's share of Korea's exports", "export", "2025-09", **c),
    F("$65.9 billion", 65.9*B, "USD", "value", kr + ", all destinations", "export", "2025-09"),
    G("12.7 percent", 12.7, kr + ", all destinations", "export", "2025-09"),
    G("8.2 percent", 8.2, kr + ", all destinations", "import", "2025-09"),
    F("$56.4 billion", 56.4*B, "USD", "value", kr + ", all destinations", "import", "2025-09"),
    F("$9.5 billion", 9.5*B, "USD", "value", kr + ", all destinations", "surplus", "2025-09"),
    G("1.4 percent", -1.4, kr, "export", "2025-09", partner="US"),
    F("$10.3 billion", 10.3*B, "USD", "value", kr, "export", "2025-09", partner="US"),
    F("$35.6 billion", 35.6*B, "USD", "value", kr, "export", *Q3, **c),
    G("1.8 percent", -1.8, kr, "export", *Q3, **c),
    F("$2.1 billion", 2.1*B, "USD", "value", kr, "surplus", *Q3, **c),
    F("$98.4 billion", 98.4*B, "USD", "value", kr, "export", *K9, **c),
    G("3.5 percent", -3.5, kr, "export", *K9, **c),
    F("$103.6 billion", 103.6*B, "USD", "value", kr, "import", *K9, **c),
    F("$5.2 billion", 5.2*B, "USD", "value", kr, "deficit", *K9, **c),
    G("4.2 percent", -4.2, "goods (Japan)", "import", "2025-08", **c),
    F("2.07 trillion yen", 2.07*T, "JPY", "value", "goods (Japan)", "import", "2025-08", **c),
    F("1.45 trillion yen", 1.45*T, "JPY", "value", "goods (Japan)", "export", "2025-08", **c),
    G("1.5 percent", 1.5, "goods (Japan)", "export", "2025-08", **c),
    F("620 billion yen", 620*B, "JPY", "value", "goods (Japan)", "deficit", "2025-08", **c),
    F("around $130 billion", 130*B, "USD", "value", kr + " (analyst forecast)", "export", "2025-01", "2025-12", qualifier="about", optional=True, **c),
    F("$700 billion", 700*B, "USD", "value", kr + " (government target)", "export", "2025-01", "2025-12", optional=True),
    F("15 percent", 15, "percent", "other", "US tariff on Korean goods", None, None, None, optional=True, partner="US"),
]

if __name__ == "__main__":
    for (fn, pub), figs in GOLD.items():
        stem = fn.rsplit(".", 1)[0]
        with open(stem + ".gold.json", "w", encoding="utf-8") as fh:
            json.dump({"file": fn, "published": pub, "figures": figs}, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        req = sum(1 for f in figs if not f.get("optional"))
        print(f"{fn}: {req} required + {len(figs)-req} optional")
