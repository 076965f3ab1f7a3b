#!/usr/bin/env python3
"""Consistency checks for the heldout10 gold files.

For every NAME.gold.json next to this script:
  * the file it names exists and "published" is YYYY-MM-DD;
  * every quote is an exact substring of the article (and a quote used by k labels occurs >= k times);
  * value agrees with the number in the quote (scale words, Chinese units, word fractions,
    and, for bare table cells, the unit stated in a table header such as "USD 100 million");
  * negative growth is preceded/followed by a falling verb, positive growth is not;
  * unit / measure / flow / qualifier / basis / of come from the allowed vocabularies;
  * periods are YYYY-MM (or YYYY-MM-DD), start <= end, required on non-optional figures;
  * growth figures carry basis (yoy|mom) and of (value|quantity).
Exit status 1 if anything fails.
"""
import glob, json, math, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
UNITS = {"CNY", "USD", "EUR", "JPY", "KRW", "HKD", "SGD", "units", "tonnes", "percent", "pp", "fold",
         "JPY/USD", "KRW/USD", "CNY/USD"}
MEASURES = {"value", "quantity", "growth", "share", "price", "other"}
FLOWS = {"export", "import", "trade", "surplus", "deficit", None}
QUALS = {"", "more_than", "at_least", "less_than", "nearly", "about"}
KEYS = {"quote", "value", "unit", "measure", "subject", "flow", "period_start", "period_end",
        "basis", "of", "qualifier", "partner", "optional"}
EN_SCALE = [("trillion", 1e12), ("billion", 1e9), ("million", 1e6), ("thousand", 1e3),
            ("tn", 1e12), ("bn", 1e9), ("mn", 1e6), ("k", 1e3)]
CN_SCALE = [("万亿", 1e12), ("亿", 1e8), ("万", 1e4), ("千", 1e3)]
FRACTIONS = {"half": 50, "a third": 100 / 3, "one-third": 100 / 3, "a quarter": 25, "one-quarter": 25,
             "one-fifth": 20, "a fifth": 20, "one-sixth": 100 / 6, "one-tenth": 10, "two-thirds": 200 / 3}
FALL = re.compile(r"fell|fall|down|drop|declin|decreas|slid|slip|shr[au]nk|tumbl|slump|lower|"
                  r"contract|weak|\bcut|下降|减少|回落|下滑|−", re.I)
PERIOD = re.compile(r"^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$")


def parse_quote(q):
    """-> (number, scale factor or None, kind) ; kind in {'num','fraction'}"""
    ql = " ".join(q.split()).lower()
    for w, v in FRACTIONS.items():
        if w in ql:
            return v, 1.0, "fraction"
    m = re.search(r"\d[\d,]*(?:\.\d+)?", ql)
    if not m:
        raise ValueError("no number in quote")
    num = float(m.group(0).replace(",", ""))
    rest = ql[m.end():]
    for w, f in CN_SCALE:
        if rest.startswith(w):
            return num, f, "num"
    for w, f in EN_SCALE:
        if re.match(r"\s*" + w + r"\b", rest):
            return num, f, "num"
    return num, None, "num"


def header_scales(text):
    s = {1.0}
    if re.search(r"100\s*million|亿", text, re.I):
        s.add(1e8)
    if re.search(r"10,000|万元|万个", text):
        s.add(1e4)
    if re.search(r"\(\s*(?:USD|RMB|US\$)?\s*thousand", text, re.I):
        s.add(1e3)
    return s


def close(a, b, rel=1e-9):
    return math.isclose(a, b, rel_tol=rel, abs_tol=1e-9)


def check_file(gpath):
    errs = []
    g = json.load(open(gpath, encoding="utf-8"))
    art = os.path.join(HERE, g.get("file", ""))
    if not os.path.exists(art):
        return [f"article {g.get('file')} missing"]
    if os.path.basename(gpath) != os.path.splitext(g["file"])[0] + ".gold.json":
        errs.append("gold file name does not match 'file'")
    text = open(art, encoding="utf-8").read()
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", g.get("published", "")):
        errs.append("published not YYYY-MM-DD")
    scales = header_scales(text)
    used = {}
    for i, f in enumerate(g["figures"]):
        tag = f"#{i} {f.get('quote')!r}"
        extra = set(f) - KEYS
        if extra:
            errs.append(f"{tag}: unknown keys {extra}")
        for k in ("quote", "value", "unit", "measure", "subject", "flow", "period_start", "period_end"):
            if k not in f:
                errs.append(f"{tag}: missing {k}")
        q = f["quote"]
        used[q] = used.get(q, 0) + 1
        if q not in text:
            errs.append(f"{tag}: quote not in article")
            continue
        opt = bool(f.get("optional"))
        if f["unit"] not in UNITS:
            errs.append(f"{tag}: unit {f['unit']}")
        if f["measure"] not in MEASURES:
            errs.append(f"{tag}: measure {f['measure']}")
        if f["flow"] not in FLOWS:
            errs.append(f"{tag}: flow {f['flow']}")
        if f.get("qualifier", "") not in QUALS:
            errs.append(f"{tag}: qualifier {f.get('qualifier')}")
        # value vs quote
        try:
            num, sc, kind = parse_quote(q)
        except ValueError as e:
            errs.append(f"{tag}: {e}")
            continue
        v = abs(f["value"])
        if kind == "fraction":
            ok = close(v, num, 1e-6)
        elif sc is not None:
            ok = close(v, num * sc, 1e-9)
        else:
            ok = any(close(v, num * s, 1e-9) for s in scales)
        if not ok:
            errs.append(f"{tag}: value {f['value']} does not match quote ({num} x {sc})")
        # percent-like units need a % / percent / 百分点 in the quote (or a fraction word)
        if f["unit"] == "percent" and kind != "fraction" and not re.search(r"%|per ?cent|成", q):
            errs.append(f"{tag}: percent unit but no % in quote")
        if f["unit"] == "pp" and not re.search(r"percentage point|百分点|pp", q):
            errs.append(f"{tag}: pp unit but quote says otherwise")
        # sign of growth against nearby wording
        if f["measure"] == "growth":
            if f.get("basis") not in ("yoy", "mom"):
                errs.append(f"{tag}: growth without basis")
            if f.get("of") not in ("value", "quantity"):
                errs.append(f"{tag}: growth without of")
            if f["unit"] not in ("percent", "pp", "fold") and f["unit"] not in UNITS:
                errs.append(f"{tag}: growth unit {f['unit']}")
            # find the occurrence(s) and look at a window around them
            wins = []
            for m in re.finditer(re.escape(q), text):
                a = text.rfind("\n\n", 0, m.start())
                lo = max(m.start() - 45, a if a >= 0 else 0)
                wins.append(text[lo:m.start()] + " " + text[m.end():m.end() + 12])
            falls = [bool(FALL.search(w)) for w in wins]
            if f["value"] < 0 and not any(falls):
                errs.append(f"{tag}: negative growth but no falling verb near quote")
            if f["value"] > 0 and all(falls) and not opt:
                print(f"  note {os.path.basename(art)} {tag}: positive growth near falling word (check)")
        # periods
        ps, pe = f.get("period_start"), f.get("period_end")
        if ps is None or pe is None:
            if not opt:
                errs.append(f"{tag}: required figure without period")
            elif (ps is None) != (pe is None):
                errs.append(f"{tag}: half-open period")
        else:
            for p in (ps, pe):
                if not PERIOD.match(p):
                    errs.append(f"{tag}: bad period {p}")
            if ps[:7] > pe[:7]:
                errs.append(f"{tag}: period start after end")
            if ps[:7] > g["published"][:7]:
                if not opt:
                    errs.append(f"{tag}: period after publication of a required figure")
        if f["flow"] in ("surplus", "deficit") and f["measure"] == "value" and f["value"] < 0:
            errs.append(f"{tag}: balances are positive")
    for q, k in used.items():
        n = text.count(q)
        if n < k:
            errs.append(f"quote {q!r} labelled {k} times but occurs {n} times")
    return errs


def main():
    files = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    bad = 0
    tot = req = 0
    for gp in files:
        g = json.load(open(gp, encoding="utf-8"))
        n = len(g["figures"]); o = sum(1 for f in g["figures"] if f.get("optional"))
        tot += n; req += n - o
        errs = check_file(gp)
        status = "OK " if not errs else "ERR"
        print(f"{status} {os.path.basename(gp):45s} {n - o:3d} required + {o:2d} optional")
        for e in errs:
            print("    " + e)
        bad += bool(errs)
    print(f"total {tot} figures ({req} required, {tot - req} optional) in {len(files)} files")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
