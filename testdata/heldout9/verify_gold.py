#!/usr/bin/env python3
"""Sanity checks for the heldout9 gold files.

For every NAME.gold.json next to this script:
  * the article file exists, `published` is YYYY-MM-DD, the article has 250-650 words of text;
  * every quote is an exact substring of the article, and a quote labelled k times occurs
    at least k times (occurrences inside a longer number, e.g. "1 per cent" in "1.1 per cent",
    are not counted);
  * `value` agrees with the number in the quote, applying scale words (thousand/million/billion/
    trillion, k/mn/bn/tn) and Chinese units (万, 亿, 万亿); an explicit sign in the quote must agree
    with the sign of the value; a bare number (table cell) may be scaled by 1e3/1e6/1e9 from its header;
  * unit / measure / flow / basis / of / qualifier use the allowed vocabularies;
  * periods are YYYY-MM with start <= end (null only for optional figures);
  * growth figures carry basis (yoy|mom) and of (value|quantity);
  * (warning only) the sign of a growth figure agrees with a decline verb right before its quote.
Exit status 0 when clean, 1 otherwise.
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
UNITS = {"CNY", "USD", "EUR", "JPY", "HKD", "KRW", "units", "tonnes", "percent", "pp", "fold"}
MEASURES = {"value", "quantity", "growth", "share", "price", "other"}
FLOWS = {"export", "import", "trade", "surplus", "deficit", None}
QUALS = {"more_than", "at_least", "less_than", "nearly", "about"}
KEYS = {"quote", "value", "unit", "measure", "subject", "flow", "period_start", "period_end",
        "basis", "of", "qualifier", "partner", "optional"}
SCALE = [("万亿", 1e12), ("亿", 1e8), ("万", 1e4), ("trillion", 1e12), ("billion", 1e9),
         ("million", 1e6), ("thousand", 1e3), ("tn", 1e12), ("bn", 1e9), ("mn", 1e6), ("k", 1e3)]
NUM = re.compile(r"([-+\u2212]?)(\d[\d,]*(?:\.\d+)?)")
DECLINE = re.compile(r"fell|fall|down|drop|declin|slip|slid|shr[iau]nk|dipp|decreas|lower|plunge|lost|sank|下降|减少|下滑")
PERIOD = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


def text_of(path):
    t = open(path, encoding="utf-8").read()
    return t


def words(t, path):
    if path.endswith(".html"):
        t = re.sub(r"(?s)<head>.*?</head>", " ", t)
        t = re.sub(r"<[^>]+>", " ", t)
    en = len(re.findall(r"[A-Za-z0-9][A-Za-z0-9.,'%$-]*", t))
    zh = len(re.findall(r"[\u4e00-\u9fff]", t)) // 2  # rough: two characters per word
    return en + zh


def count_standalone(t, q):
    n, i = 0, t.find(q)
    while i >= 0:
        before = t[i - 1] if i > 0 else " "
        after = t[i + len(q)] if i + len(q) < len(t) else " "
        if not (q[0].isdigit() and (before.isdigit() or before in ".,")) and \
           not (q[-1].isdigit() and (after.isdigit() or after == "." and t[i+len(q)+1:i+len(q)+2].isdigit())):
            n += 1
        i = t.find(q, i + 1)
    return n


def parse_quote(q):
    m = NUM.search(q)
    if not m:
        return None
    sign, num = m.group(1), float(m.group(2).replace(",", ""))
    rest = q[m.end():].lstrip(" -").lower()
    scale, named = 1.0, False
    for word, s in SCALE:
        if rest.startswith(word) and (not word.isascii() or len(word) > 2
                                      or not rest[len(word):len(word)+1].isalpha()):
            scale, named = s, True
            break
    return sign, num, scale, named


def check_file(gpath, errs, stats, warns):
    g = json.load(open(gpath, encoding="utf-8"))
    art = os.path.join(HERE, g["file"])
    where = os.path.basename(gpath)
    if not os.path.exists(art):
        errs.append(f"{where}: article {g['file']} missing"); return
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", g.get("published", "")):
        errs.append(f"{where}: bad published {g.get('published')}")
    t = text_of(art)
    w = words(t, art)
    if not 250 <= w <= 650:
        errs.append(f"{where}: article has {w} words (want 250-650)")
    seen = {}
    req = opt = 0
    for i, f in enumerate(g["figures"]):
        tag = f"{where}#{i} {f.get('quote')!r}"
        extra = set(f) - KEYS
        if extra: errs.append(f"{tag}: unknown keys {extra}")
        for k in ("quote", "value", "unit", "measure", "subject", "flow", "period_start", "period_end"):
            if k not in f: errs.append(f"{tag}: missing {k}")
        q = f["quote"]
        if q not in t:
            errs.append(f"{tag}: quote not in article"); continue
        seen[q] = seen.get(q, 0) + 1
        if f["unit"] not in UNITS: errs.append(f"{tag}: unit {f['unit']}")
        if f["measure"] not in MEASURES: errs.append(f"{tag}: measure {f['measure']}")
        if f["flow"] not in FLOWS: errs.append(f"{tag}: flow {f['flow']}")
        if f.get("qualifier") is not None and f["qualifier"] not in QUALS: errs.append(f"{tag}: qualifier {f['qualifier']}")
        if f.get("optional"): opt += 1
        else: req += 1
        # value vs quote
        p = parse_quote(q)
        if p is None:
            errs.append(f"{tag}: no number in quote")
        else:
            sign, num, scale, named = p
            v = f["value"]
            if f["unit"] in ("percent", "pp", "fold") and named:
                errs.append(f"{tag}: scale word on a {f['unit']} figure")
            cands = [num * scale]
            if not named and f["unit"] not in ("percent", "pp", "fold") and not re.search(r"[a-z¥$€]", q, re.I):
                cands += [num * 1e3, num * 1e6, num * 1e9]   # bare table cell with header unit
            if not any(abs(abs(v) - c) <= 1e-6 * max(abs(c), 1) for c in cands):
                errs.append(f"{tag}: value {v} does not match quote ({num} x {scale:g})")
            if sign in ("-", "\u2212") and v > 0 or sign == "+" and v < 0:
                errs.append(f"{tag}: sign of value {v} contradicts quote")
        # periods
        ps, pe = f["period_start"], f["period_end"]
        if ps is None or pe is None:
            if not f.get("optional") or (ps is None) != (pe is None):
                errs.append(f"{tag}: null period on a required figure")
        else:
            if not (PERIOD.match(ps) and PERIOD.match(pe)):
                errs.append(f"{tag}: bad period {ps}..{pe}")
            elif ps > pe:
                errs.append(f"{tag}: period start after end")
            elif pe > g["published"][:7]:
                if not f.get("optional"):
                    errs.append(f"{tag}: period ends after publication month (only forecasts may)")
        # growth
        if f["measure"] == "growth":
            if f.get("basis") not in ("yoy", "mom"): errs.append(f"{tag}: growth without basis")
            if f.get("of") not in ("value", "quantity"): errs.append(f"{tag}: growth without of")
            if f["unit"] not in ("percent", "pp", "fold", "CNY", "USD"): errs.append(f"{tag}: growth unit {f['unit']}")
        elif f.get("of"):
            errs.append(f"{tag}: 'of' on a non-growth figure")
        if f["measure"] == "share" and f["unit"] not in ("percent", "pp"):
            errs.append(f"{tag}: share unit {f['unit']}")
        if f["flow"] in ("surplus", "deficit") and f["measure"] == "value" and f["value"] < 0:
            errs.append(f"{tag}: balance must be positive")
        # sign heuristic for growth: a decline verb just before every occurrence of the quote
        if f["measure"] == "growth" and f["unit"] == "percent":
            ctxs = [t[max(0, m.start() - 30):m.start()] for m in re.finditer(re.escape(q), t)]
            ctxs = [re.split(r"\d", c)[-1].lower() for c in ctxs]   # only text after the last digit
            down = [bool(DECLINE.search(c)) for c in ctxs]
            if f["value"] > 0 and ctxs and all(down):
                warns.append(f"{tag}: positive growth but quote follows a decline word")
            if f["value"] < 0 and ctxs and not any(down) and not re.match(r"^[-\u2212]", q):
                warns.append(f"{tag}: negative growth but no decline word before the quote")
    for q, k in seen.items():
        n = count_standalone(t, q)
        if n < k:
            errs.append(f"{where}: quote {q!r} labelled {k} times but occurs {n} times standalone")
    stats.append((g["file"], w, req, opt))


def main():
    errs, stats, warns = [], [], []
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    for gp in golds:
        check_file(gp, errs, stats, warns)
    print(f"{'file':45} {'words':>5} {'req':>4} {'opt':>4}")
    for f, w, r, o in stats:
        print(f"{f:45} {w:5d} {r:4d} {o:4d}")
    print(f"{'total':45} {'':5} {sum(s[2] for s in stats):4d} {sum(s[3] for s in stats):4d}  "
          f"(all: {sum(s[2] + s[3] for s in stats)})")
    for w in warns:
        print("WARN ", w)
    for e in errs:
        print("ERROR", e)
    print("clean" if not errs else f"{len(errs)} problem(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
