#!/usr/bin/env python3
"""Sanity check for the held-out gold files: every quote must occur in its
article (at least as often as it is labelled), required fields must be present,
periods must be YYYY-MM, and units/measures must come from DESIGN.md section 2.
Run from any directory: python3 testdata/heldout/check_gold.py"""
import collections, glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
UNITS = {"CNY", "USD", "EUR", "JPY", "KRW", "HKD", "units", "tonnes", "percent", "pp", "fold"}
MEASURES = {"value", "quantity", "growth", "share", "price", "other"}
REQUIRED = ("quote", "value", "unit", "measure", "subject", "flow", "period_start", "period_end")
bad = 0
total = optional = 0
for path in sorted(glob.glob(os.path.join(HERE, "*.gold.json"))):
    gold = json.load(open(path, encoding="utf-8"))
    text = open(os.path.join(HERE, gold["file"]), encoding="utf-8").read()
    name = os.path.basename(path)
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", gold["published"]):
        print(f"{name}: bad published {gold['published']!r}"); bad += 1
    counts = collections.Counter(f["quote"] for f in gold["figures"])
    for quote, n in counts.items():
        if text.count(quote) < n:
            print(f"{name}: quote {quote!r} labelled {n}x, found {text.count(quote)}x"); bad += 1
    for i, f in enumerate(gold["figures"]):
        total += 1
        optional += bool(f.get("optional"))
        for k in REQUIRED:
            if k not in f:
                print(f"{name} #{i}: missing {k}"); bad += 1
        for k in ("period_start", "period_end"):
            v = f.get(k)
            if v is not None and not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", v):
                print(f"{name} #{i}: bad {k} {v!r}"); bad += 1
        if f.get("period_start") and f.get("period_end") and f["period_start"] > f["period_end"]:
            print(f"{name} #{i}: period reversed"); bad += 1
        # exchange rates and other optional oddities may use compound units
        if f["unit"] not in UNITS and not f.get("optional"):
            print(f"{name} #{i}: unit {f['unit']!r}"); bad += 1
        if f["measure"] not in MEASURES:
            print(f"{name} #{i}: measure {f['measure']!r}"); bad += 1
        if f["measure"] == "growth" and not f.get("optional") and f.get("basis") not in ("yoy", "mom"):
            print(f"{name} #{i}: growth without basis"); bad += 1
print(f"{total} figures, {optional} optional, {total - optional} scored; {bad} problems")
sys.exit(1 if bad else 0)
