#!/usr/bin/env python3
"""Check every NAME.gold.json in this directory against its article: quotes are exact
substrings, fields are valid, periods are well formed. Exit 1 on any error."""
import json, re, sys, glob, os
HERE = os.path.dirname(os.path.abspath(__file__))
UNITS = {"CNY","USD","EUR","JPY","KRW","HKD","VND","MXN","units","tonnes","percent","pp","fold","bpd","VND/USD","CNY/USD"}
MEASURES = {"value","quantity","growth","share","price","other"}
FLOWS = {"export","import","trade","surplus","deficit",None}
QUALS = {"","more_than","at_least","less_than","nearly","about"}
PER = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
KEYS = {"quote","value","unit","measure","subject","flow","period_start","period_end","basis","of","qualifier","partner","optional"}
errors = 0; total = 0; opt = 0
def err(msg):
    global errors; errors += 1; print("ERROR", msg)
for g in sorted(glob.glob(os.path.join(HERE, "*.gold.json"))):
    d = json.load(open(g, encoding="utf-8"))
    art = os.path.join(HERE, d["file"])
    text = open(art, encoding="utf-8").read()
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", d["published"]): err(f"{g}: bad published")
    n = len(d["figures"]); no = sum(1 for f in d["figures"] if f.get("optional"))
    total += n; opt += no
    print(f"{d['file']:45s} published {d['published']}  figures {n:3d}  (optional {no}, scored {n-no})")
    for i, f in enumerate(d["figures"]):
        w = f"{d['file']}#{i} {f.get('quote')!r}"
        if set(f) - KEYS: err(f"{w}: unknown keys {set(f)-KEYS}")
        for k in ("quote","value","unit","measure","subject","flow","period_start","period_end"):
            if k not in f: err(f"{w}: missing {k}")
        c = text.count(f["quote"])
        if c == 0: err(f"{w}: quote not in article")
        elif c > 1: print(f"  note: {w} occurs {c} times")
        if not isinstance(f["value"], (int, float)): err(f"{w}: value not numeric")
        if f["unit"] not in UNITS: err(f"{w}: unit {f['unit']}")
        if f["measure"] not in MEASURES: err(f"{w}: measure {f['measure']}")
        if f["flow"] not in FLOWS: err(f"{w}: flow {f['flow']}")
        if f.get("qualifier", "") not in QUALS: err(f"{w}: qualifier")
        if f["measure"] == "growth":
            if f.get("basis") not in ("yoy", "mom"): err(f"{w}: growth without basis")
            if f["unit"] not in ("percent", "pp", "fold") and f.get("of"): pass
        elif "basis" in f or "of" in f: err(f"{w}: basis/of on non-growth")
        if f.get("of") not in (None, "value", "quantity"): err(f"{w}: of")
        if f["measure"] in ("share",) and f["unit"] != "percent": err(f"{w}: share unit")
        ps, pe = f["period_start"], f["period_end"]
        if (ps is None) != (pe is None): err(f"{w}: half-null period")
        if ps is not None:
            if not (PER.match(ps) and PER.match(pe)): err(f"{w}: bad period")
            elif ps > pe: err(f"{w}: period start after end")
            elif pe[:7] > d["published"][:7]: err(f"{w}: period after publication") if not f.get("optional") else None
        if ps is None and not f.get("optional"): err(f"{w}: null period on scored figure")
print(f"TOTAL figures {total}, optional {opt}, scored {total-opt}; errors {errors}")
sys.exit(1 if errors else 0)
