#!/usr/bin/env python3
"""Sanity checks for the held-out gold files in this directory.

For every NAME.gold.json:
  - the article file exists; "published" is a valid YYYY-MM-DD date;
  - every quote is an exact substring of the article, and no quote is labelled more
    times than it occurs in the text;
  - value agrees with the number in the quote (scale words: thousand/million/billion/
    trillion, k/mn/bn/tn/mt, 万/亿/万亿, word fractions; a bare table cell may carry a
    power-of-ten scale from its column header), sign agrees with an explicit +/-;
  - unit/measure/flow/qualifier/basis/of take known values; growth figures carry basis and
    of, other figures carry neither;
  - periods are YYYY-MM with start <= end (or both null), and a non-optional figure's
    period does not end after the publication month.
Exit status 1 if any problem is found.
"""
import glob, json, math, os, re, sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
UNITS = {"CNY", "USD", "EUR", "JPY", "KRW", "HKD", "units", "tonnes", "percent", "pp",
         "fold", "CNY/USD", "barrels/day"}
MEASURES = {"value", "quantity", "growth", "share", "price", "other"}
FLOWS = {"export", "import", "trade", "surplus", "deficit", None}
QUALS = {"", "more_than", "at_least", "less_than", "nearly", "about"}
KEYS = {"quote", "value", "unit", "measure", "subject", "flow", "period_start",
        "period_end", "basis", "of", "qualifier", "partner", "optional"}

SCALE_WORDS = [  # (regex, factor) checked against the text after the number
    (r"^\s*万亿", 1e12), (r"^\s*亿", 1e8), (r"^\s*万", 1e4), (r"^\s*千", 1e3),
    (r"^\s*trillion\b", 1e12), (r"^\s*tn\b", 1e12),
    (r"^\s*billion\b", 1e9), (r"^\s*bn\b", 1e9),
    (r"^\s*million\b", 1e6), (r"^\s*mn\b", 1e6), (r"^\s*mt\b", 1e6),
    (r"^\s*thousand\b", 1e3), (r"^\s*k\b", 1e3),
]
WORD_NUMBERS = [  # (regex on whole quote, value)
    (r"\bone-fifth\b|\ba fifth\b", 20.0), (r"\bhalf\b", 50.0), (r"\ba third\b|\bone-third\b", 100/3),
    (r"\ba quarter\b|\bone-quarter\b", 25.0), (r"\ba trillion\b", 1e12), (r"\ba billion\b", 1e9),
]
NUM = re.compile(r"([+\-−]?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)")
PERIOD = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def close(a, b):
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def check_value(fig):
    """Return None if the value is consistent with the quote, else a message."""
    q, v = fig["quote"], fig["value"]
    m = NUM.search(q)
    if not m:
        for pat, val in WORD_NUMBERS:
            if re.search(pat, q):
                return None if close(abs(v), val) else f"word number {val} != {v}"
        return "no number in quote"
    if len(NUM.findall(q)) > 1:
        return "more than one number in quote"
    sign, digits = m.group(1), m.group(2)
    n = float(digits.replace(",", ""))
    rest = q[m.end():]
    factor = None
    for pat, f in SCALE_WORDS:
        if re.search(pat, rest):
            factor = f
            break
    if sign in "-−" and sign and v > 0:
        return "quote has '-' but value is positive"
    if sign == "+" and v < 0:
        return "quote has '+' but value is negative"
    if fig["measure"] != "growth" and v < 0:
        return "negative value outside growth"
    if factor is not None:
        return None if close(abs(v), n * factor) else f"{n} x {factor:g} != {v}"
    # no scale word: either literal or a table cell scaled by its column header
    for f in (1, 1e3, 1e4, 1e6, 1e8, 1e9, 1e12):
        if close(abs(v), n * f):
            if f != 1 and not re.fullmatch(r"[+\-]?[\d,.]+", q):
                return f"scale x{f:g} applied but quote is not a bare table cell"
            return None
    return f"{n} does not match {v}"


def check_file(gold_path):
    errs = []
    g = json.load(open(gold_path, encoding="utf-8"))
    art = os.path.join(HERE, g["file"])
    if not os.path.exists(art):
        return [f"article {g['file']} missing"]
    text = open(art, encoding="utf-8").read()
    try:
        pub = date.fromisoformat(g["published"])
    except Exception:
        return [f"bad published date {g.get('published')!r}"]
    pub_month = f"{pub.year:04d}-{pub.month:02d}"
    quote_uses = {}
    for i, fig in enumerate(g["figures"]):
        tag = f"#{i} {fig.get('quote')!r}"
        extra = set(fig) - KEYS
        if extra:
            errs.append(f"{tag}: unknown keys {sorted(extra)}")
        for k in ("quote", "value", "unit", "measure", "subject", "flow", "period_start", "period_end"):
            if k not in fig:
                errs.append(f"{tag}: missing {k}")
        q = fig["quote"]
        if q not in text:
            errs.append(f"{tag}: quote not found in article")
        quote_uses[q] = quote_uses.get(q, 0) + 1
        msg = check_value(fig)
        if msg:
            errs.append(f"{tag}: {msg}")
        if fig["unit"] not in UNITS:
            errs.append(f"{tag}: unknown unit {fig['unit']}")
        if fig["measure"] not in MEASURES:
            errs.append(f"{tag}: unknown measure {fig['measure']}")
        if fig["flow"] not in FLOWS:
            errs.append(f"{tag}: unknown flow {fig['flow']}")
        if fig.get("qualifier", "") not in QUALS:
            errs.append(f"{tag}: unknown qualifier {fig['qualifier']}")
        if fig["measure"] == "growth":
            if fig.get("basis") not in ("yoy", "mom"):
                errs.append(f"{tag}: growth without basis yoy/mom")
            if fig.get("of") not in ("value", "quantity"):
                errs.append(f"{tag}: growth without of value/quantity")
            if fig["unit"] not in ("percent", "pp", "fold") and fig["unit"] not in UNITS:
                errs.append(f"{tag}: odd growth unit")
        else:
            if "basis" in fig or "of" in fig:
                errs.append(f"{tag}: basis/of on a non-growth figure")
        if fig["measure"] in ("share",) and fig["unit"] != "percent":
            errs.append(f"{tag}: share not in percent")
        if fig["unit"] in ("percent", "pp") and fig["measure"] in ("value", "quantity"):
            errs.append(f"{tag}: percent with measure {fig['measure']}")
        ps, pe = fig["period_start"], fig["period_end"]
        if (ps is None) != (pe is None):
            errs.append(f"{tag}: only one period bound")
        elif ps is not None:
            if not (PERIOD.match(ps) and PERIOD.match(pe)):
                errs.append(f"{tag}: bad period {ps}..{pe}")
            elif ps > pe:
                errs.append(f"{tag}: period start after end")
            elif pe > pub_month and not fig.get("optional"):
                errs.append(f"{tag}: non-optional figure for a period after publication")
        if "optional" in fig and fig["optional"] is not True:
            errs.append(f"{tag}: optional must be true or absent")
    for q, n in quote_uses.items():
        occ = text.count(q)
        if n > occ:
            errs.append(f"{q!r}: labelled {n} times but occurs {occ} times")
    return errs


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    total = req = 0
    bad = False
    for gp in golds:
        errs = check_file(gp)
        g = json.load(open(gp, encoding="utf-8"))
        n = len(g["figures"]); r = sum(1 for f in g["figures"] if not f.get("optional"))
        total += n; req += r
        print(f"{'OK ' if not errs else 'BAD'} {os.path.basename(gp)}: {n} figures ({r} required, {n-r} optional)")
        for e in errs:
            print("    " + e)
        bad |= bool(errs)
    arts = [p for p in glob.glob(os.path.join(HERE, "*")) if p.endswith((".txt", ".md", ".html", ".htm"))
            and not p.endswith("README.md")]
    labelled = {json.load(open(g, encoding="utf-8"))["file"] for g in golds}
    for a in arts:
        if os.path.basename(a) not in labelled:
            print(f"BAD {os.path.basename(a)}: article without gold"); bad = True
    print(f"total: {total} figures ({req} required, {total-req} optional) in {len(golds)} files")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
