#!/usr/bin/env python3
"""Sanity-check the *.gold.json files of this held-out set (no extractor involved)."""
import json, glob, os, re, sys
os.chdir(os.path.dirname(os.path.abspath(__file__)))
UNITS = {"CNY","USD","EUR","JPY","KRW","HKD","units","tonnes","percent","pp","fold","CNY/USD","USD/tonne","barrels/day"}
MEASURES = {"value","quantity","growth","share","price","other"}
FLOWS = {"export","import","trade","surplus","deficit",None}
QUALS = {"", "more_than","at_least","less_than","nearly","about"}
KEYS = {"quote","value","unit","measure","subject","flow","period_start","period_end","basis","of","qualifier","partner","optional"}
per = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
errs = 0; tot = 0; req = 0
def bad(g, i, msg):
    global errs; errs += 1; print(f"{g} #{i}: {msg}")
for g in sorted(glob.glob("*.gold.json")):
    d = json.load(open(g, encoding="utf-8"))
    art = d["file"]; text = open(art, encoding="utf-8").read()
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", d["published"]): bad(g, -1, "published")
    words = len(re.sub(r"<[^>]+>", " ", text).split())
    if not 150 <= words <= 300: bad(g, -1, f"word count {words}")
    counts = {}
    for i, f in enumerate(d["figures"]):
        tot += 1; req += not f.get("optional")
        if set(f) - KEYS: bad(g, i, f"unknown keys {set(f)-KEYS}")
        q = f["quote"]; counts[q] = counts.get(q, 0) + 1
        if q not in text: bad(g, i, f"quote not in article: {q!r}")
        elif text.count(q) < counts[q]: bad(g, i, f"quote used more often than it occurs: {q!r}")
        if not isinstance(f["value"], (int, float)): bad(g, i, "value")
        if f["unit"] not in UNITS: bad(g, i, f"unit {f['unit']}")
        if f["measure"] not in MEASURES: bad(g, i, f"measure {f['measure']}")
        if f["flow"] not in FLOWS: bad(g, i, f"flow {f['flow']}")
        if f.get("qualifier", "") not in QUALS: bad(g, i, "qualifier")
        ps, pe = f["period_start"], f["period_end"]
        if ps is None or pe is None:
            if not f.get("optional"): bad(g, i, "missing period on required figure")
        elif not (per.match(ps) and per.match(pe) and ps <= pe): bad(g, i, f"period {ps}..{pe}")
        if f["measure"] == "growth":
            if f.get("basis") not in ("yoy", "mom") or f.get("of") not in ("value", "quantity"): bad(g, i, "growth needs basis/of")
        elif "of" in f: bad(g, i, "'of' only for growth")
        if f["flow"] in ("surplus", "deficit") and f["measure"] == "value" and f["value"] < 0: bad(g, i, "surplus/deficit must be positive")
        if f["unit"] in ("percent", "pp") and f["measure"] in ("value", "quantity"): bad(g, i, "percent with value/quantity measure")
        if "optional" in f and f["optional"] is not True: bad(g, i, "optional must be true")
    print(f"{art}: {len(d['figures'])} figures ({sum(1 for f in d['figures'] if not f.get('optional'))} required), {words} words")
print(f"TOTAL {tot} figures, {req} required; errors: {errs}")
sys.exit(1 if errs else 0)
