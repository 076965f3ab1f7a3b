#!/usr/bin/env python3
"""Sanity checks for the heldout11 gold files.

For every NAME.gold.json in this directory:
  * the file exists, `file`/`published` are well formed, fields are from the devset schema;
  * every quote is an exact substring of the source text (raw bytes as stored, HTML included);
  * the value agrees with the number in the quote (digits with scale words such as
    million/billion/trillion/bn/tn/mn/k, Chinese 千/万/亿/万亿, spoken English numbers such as
    "three point five eight trillion", fractions such as "a third"); a bare number (a table cell whose
    scale sits in the header) may carry any power-of-1000 scale; sign may differ only for growth;
  * periods are YYYY-MM with start <= end (null allowed only for optional figures);
  * growth carries basis (yoy/mom/qoq) and of (value/quantity); levels/shares are not negative.
With --candidates it also lists numbers in the text that no quote covers (for manual review).
Exit status 1 if any error is found.
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
UNITS = {"CNY", "USD", "EUR", "AUD", "JPY", "KRW", "INR", "units", "tonnes", "percent", "pp", "fold", "USD/tonne"}
MEASURES = {"value", "quantity", "growth", "share", "price", "other"}
FLOWS = {"export", "import", "trade", "surplus", "deficit", None}
QUALS = {"", "more_than", "at_least", "less_than", "nearly", "about"}
KEYS = {"quote", "value", "unit", "measure", "subject", "flow", "period_start", "period_end",
        "basis", "of", "qualifier", "partner", "optional"}
SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9,
         "trillion": 1e12, "tn": 1e12, "千": 1e3, "万": 1e4, "亿": 1e8, "万亿": 1e12}
ONES = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve "
        "thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
FRACTIONS = {"a half": 0.5, "one-half": 0.5, "a third": 1 / 3, "one-third": 1 / 3, "a quarter": 0.25,
             "one-quarter": 0.25, "one-fifth": 0.2, "two-thirds": 2 / 3, "three-quarters": 0.75}
PERIOD = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def spoken(q):
    """Parse a spoken English number such as 'forty-three point eight five trillion'. Returns list."""
    toks = re.findall(r"[a-z]+", q.lower().replace("-", " "))
    out, cur, total, frac, seen, in_frac = [], 0, 0, "", False, False
    for t in toks + ["<end>"]:
        if t in ONES and in_frac:
            frac += str(ONES[t]); continue
        if t in ONES:
            cur += ONES[t]; seen = True
        elif t in TENS:
            cur += TENS[t]; seen = True
        elif t == "hundred" and seen:
            cur *= 100
        elif t == "point" and seen:
            in_frac = True
        elif t in SCALE and seen and t not in ("k", "m"):
            out.append(float(f"{total + cur}.{frac or 0}") * SCALE[t]); cur = total = 0; frac = ""; seen = in_frac = False
        else:
            if seen:
                out.append(float(f"{total + cur}.{frac or 0}"))
            cur = total = 0; frac = ""; seen = in_frac = False
    return out


def candidates(q):
    """All numeric readings of a quote (each already multiplied by an explicit scale word)."""
    res, bare = [], False
    for m in re.finditer(r"(\d[\d,]*(?:\.\d+)?)\s*(万亿|千|万|亿|(?:thousand|million|billion|trillion|bn|mn|tn|k)\b)?", q, re.I):
        n = float(m.group(1).replace(",", ""))
        if m.group(2):
            res.append(n * SCALE[m.group(2).lower()])
        else:
            res.append(n); bare = True
    for f, v in FRACTIONS.items():
        if f in q.lower():
            res.append(v * 100)
    res += spoken(q)
    return res, bare


def close(a, b):
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1e-12)


def check_value(fig):
    q, v = fig["quote"], fig["value"]
    cands, bare = candidates(q)
    if not cands:
        return "no number found in quote"
    signs = (1, -1) if fig["measure"] == "growth" or fig["unit"] == "pp" else (1,)
    for c in cands:
        for s in signs:
            if close(s * c, v):
                return None
            if bare and re.fullmatch(r"[+\-~]?\d[\d,]*(\.\d+)?", q.strip()):
                for k in (1e3, 1e6, 1e9, 1e12):
                    if close(s * c * k, v):
                        return None
    # fractions such as "a third" are irrational: allow 1e-4 relative
    for c in cands:
        for s in signs:
            if abs(s * c - v) <= 1e-4 * abs(v):
                return None
    return f"value {v} does not agree with quote numbers {cands}"


def main():
    show = "--candidates" in sys.argv
    errors, tot_req, tot_opt = 0, 0, 0
    rows = []
    for gp in sorted(glob.glob(os.path.join(HERE, "*.gold.json"))):
        g = json.load(open(gp, encoding="utf-8"))
        name = os.path.basename(gp)
        def err(msg):
            nonlocal errors
            errors += 1
            print(f"ERROR {name}: {msg}")
        if set(g) != {"file", "published", "figures"}:
            err(f"top-level keys {sorted(g)}")
        src = os.path.join(HERE, g["file"])
        if not os.path.exists(src):
            err(f"missing source {g['file']}"); continue
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["published"]):
            err("bad published date")
        text = open(src, encoding="utf-8").read()
        spans = []
        req = opt = 0
        for i, f in enumerate(g["figures"]):
            tag = f"#{i} {f.get('quote')!r}"
            extra = set(f) - KEYS
            missing = {"quote", "value", "unit", "measure", "subject", "flow", "period_start", "period_end"} - set(f)
            if extra or missing:
                err(f"{tag}: extra keys {extra} missing {missing}"); continue
            opt_ = bool(f.get("optional"))
            opt += opt_; req += not opt_
            q = f["quote"]
            if q not in text:
                err(f"{tag}: quote not in text")
            else:
                for m in re.finditer(re.escape(q), text):
                    spans.append((m.start(), m.end()))
            if f["unit"] not in UNITS: err(f"{tag}: unit {f['unit']}")
            if f["measure"] not in MEASURES: err(f"{tag}: measure {f['measure']}")
            if f["flow"] not in FLOWS: err(f"{tag}: flow {f['flow']}")
            if f.get("qualifier", "") not in QUALS: err(f"{tag}: qualifier {f['qualifier']}")
            if not isinstance(f["value"], (int, float)):
                err(f"{tag}: value not numeric")
            else:
                e = check_value(f)
                if e: err(f"{tag}: {e}")
                if f["measure"] in ("value", "quantity", "share", "price") and f["value"] < 0 and f["unit"] != "pp":
                    err(f"{tag}: negative level")
            ps, pe = f["period_start"], f["period_end"]
            if ps is None or pe is None:
                if not opt_: err(f"{tag}: null period on a required figure")
            elif not (PERIOD.match(ps) and PERIOD.match(pe)) or ps > pe:
                err(f"{tag}: bad period {ps}..{pe}")
            elif pe > g["published"][:7] and not opt_:
                err(f"{tag}: period ends after publication")
            if f["measure"] == "growth":
                if f.get("basis") not in ("yoy", "mom", "qoq"): err(f"{tag}: growth without basis")
                if f.get("of") not in ("value", "quantity"): err(f"{tag}: growth without of")
            elif "basis" in f or "of" in f:
                err(f"{tag}: basis/of on a non-growth figure")
            if f["measure"] in ("share",) and f["unit"] not in ("percent", "pp"):
                err(f"{tag}: share not in percent/pp")
            if f["measure"] == "growth" and f["unit"] not in ("percent", "pp") and f.get("basis") is None:
                err(f"{tag}: absolute change without basis")
        tot_req += req; tot_opt += opt
        rows.append((g["file"], req, opt))
        if show:
            covered = lambda a, b: any(s <= a and b <= e for s, e in spans)
            body = re.sub(r"<[^>]*>", lambda m: " " * len(m.group()), text)
            for m in re.finditer(r"\d[\d,]*(?:\.\d+)?", body):
                if not covered(m.start(), m.end()):
                    ctx = body[max(0, m.start() - 25):m.end() + 15].replace("\n", " ")
                    print(f"  unlabelled {g['file']}: {m.group()!r:>12}  …{ctx}…")
    for f, r, o in rows:
        print(f"{f:45s} {r:3d} required + {o:2d} optional")
    print(f"{'TOTAL':45s} {tot_req:3d} required + {tot_opt:2d} optional = {tot_req + tot_opt}")
    print("OK" if not errors else f"{errors} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
