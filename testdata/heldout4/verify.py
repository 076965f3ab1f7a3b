#!/usr/bin/env python3
"""Sanity checks for the heldout4 gold files: quotes are exact substrings, fields are valid,
numbers in quotes agree with values, periods are well-formed. Also lists numbers in each
article not covered by any quote (for manual review of deliberate non-figures)."""
import json, re, sys, glob, os
D = os.path.dirname(os.path.abspath(__file__))
UNITS = {"CNY","USD","JPY","EUR","KRW","HKD","units","tonnes","percent","pp","fold"}
EXTRA_OPTIONAL_UNITS = {"JPY/USD","CNY/USD","USD/tonne","CNY/tonne","CNY/W","GW"}
MEASURES = {"value","quantity","growth","share","price","other"}
FLOWS = {"export","import","trade","surplus","deficit",None}
QUALS = {"","more_than","at_least","less_than","nearly","about"}
SCALE = [("万亿",1e12),("亿",1e8),("万",1e4),("trillion",1e12),("billion",1e9),("million",1e6),
         ("thousand",1e3),("tn",1e12),("bn",1e9),("mln",1e6),("k",1e3)]
per_re = re.compile(r"^\d{4}-\d{2}$")
bad = 0; tot = 0; nonopt = 0
def err(f, m):
    global bad; bad += 1; print(f"ERROR {f}: {m}")
for g in sorted(glob.glob(os.path.join(D, "*.gold.json"))):
    gj = json.load(open(g, encoding="utf-8"))
    art = os.path.join(D, gj["file"])
    text = open(art, encoding="utf-8").read()
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", gj["published"]): err(g, "published")
    pubm = gj["published"][:7]
    spans = []
    for i, f in enumerate(gj["figures"]):
        tot += 1; nonopt += not f.get("optional")
        tag = f"{gj['file']}#{i} {f['quote']!r}"
        for k in ("quote","value","unit","measure","subject","flow","period_start","period_end"):
            if k not in f: err(tag, f"missing {k}")
        extra = set(f) - {"quote","value","unit","measure","subject","flow","period_start","period_end",
                          "basis","of","qualifier","partner","optional"}
        if extra: err(tag, f"unknown keys {extra}")
        if f["quote"] not in text: err(tag, "quote not in article")
        else:
            for m in re.finditer(re.escape(f["quote"]), text): spans.append((m.start(), m.end()))
        if f["unit"] not in UNITS and not (f.get("optional") and f["unit"] in EXTRA_OPTIONAL_UNITS):
            err(tag, f"unit {f['unit']}")
        if f["measure"] not in MEASURES: err(tag, "measure")
        if f["flow"] not in FLOWS: err(tag, "flow")
        if f.get("qualifier", "") not in QUALS: err(tag, "qualifier")
        if f["measure"] == "growth":
            if f.get("basis") not in ("yoy","mom"): err(tag, "basis")
            if f["unit"] != "pp" and f.get("of") not in ("value","quantity"): err(tag, "of")
        elif "basis" in f or "of" in f: err(tag, "basis/of on non-growth")
        ps, pe = f["period_start"], f["period_end"]
        if (ps is None) != (pe is None): err(tag, "half period")
        if ps is not None:
            if not (per_re.match(ps) and per_re.match(pe)) or ps > pe: err(tag, "period format/order")
            if pe > pubm and not f.get("optional"): err(tag, "non-optional period after publication")
        # numeric agreement
        m = re.search(r"\d[\d,]*(?:\.\d+)?", f["quote"])
        if not m: err(tag, "no number in quote"); continue
        num = float(m.group().replace(",", "")); rest = f["quote"][m.end():]
        for w, s in SCALE:
            if re.match(r"\s*" + w + (r"\b" if w.isascii() else ""), rest): num *= s; break
        if f.get("optional") and re.fullmatch(r"-?[\d,.]+", f["quote"]) and num:
            # bare table cell whose scale is in the column header, e.g. "(US$ bn)"
            r = abs(f["value"]) / num
            if any(abs(r / s - 1) < 1e-6 for s in (1, 1e3, 1e4, 1e6, 1e8, 1e9, 1e12)): continue
        if abs(abs(f["value"]) - num) > 1e-6 * max(1, num): err(tag, f"value {f['value']} vs quote {num}")
    # numbers not covered by any quote
    unc = []
    for m in re.finditer(r"\d[\d,]*(?:\.\d+)?", text):
        if not any(a <= m.start() < b for a, b in spans): unc.append(m.group())
    print(f"{gj['file']}: {len(gj['figures'])} figures "
          f"({sum(not x.get('optional') for x in gj['figures'])} non-optional); unlabelled numbers: {' '.join(unc)}")
print(f"TOTAL {tot} figures, {nonopt} non-optional, {bad} errors")
sys.exit(1 if bad else 0)
