import json, glob, os, re, sys
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UNITS = {"CNY","USD","EUR","JPY","KRW","HKD","INR","units","tonnes","percent","pp","fold","barrels/day","USD/tonne","USD/kg"}
MEAS = {"value","quantity","growth","share","price","other"}
QUAL = {"more_than","at_least","less_than","nearly","about"}
REQ = ["quote","value","unit","measure","subject","flow","period_start","period_end"]
OPT = {"basis","of","qualifier","partner","optional"}
per = re.compile(r"^\d{4}-\d{2}$")
bad = 0; tot = 0; req = 0
for g in sorted(glob.glob(os.path.join(D, "*.gold.json"))):
    gj = json.load(open(g, encoding="utf-8"))
    art = os.path.join(D, gj["file"])
    text = open(art, encoding="utf-8").read()
    words = len(re.sub(r"<[^>]*>", " ", text).split()) if art.endswith(".html") else len(text.split())
    pub = gj["published"]; assert re.match(r"^\d{4}-\d{2}-\d{2}$", pub)
    n = len(gj["figures"]); no = sum(1 for f in gj["figures"] if f.get("optional"))
    print(f"{gj['file']:40s} words={words:3d} figures={n:2d} required={n-no:2d} optional={no}")
    tot += n; req += n - no
    for f in gj["figures"]:
        err = []
        for k in REQ:
            if k not in f: err.append("missing " + k)
        for k in f:
            if k not in REQ and k not in OPT: err.append("unknown " + k)
        if f["quote"] not in text: err.append("quote not in article")
        if f["unit"] not in UNITS: err.append("unit")
        if f["measure"] not in MEAS: err.append("measure")
        if f["measure"] == "growth":
            if f.get("basis") not in ("yoy","mom") or f.get("of") not in ("value","quantity"): err.append("basis/of")
        elif "basis" in f or "of" in f: err.append("basis/of on non-growth")
        if f["unit"] in ("percent","pp") and f["measure"] in ("value","quantity"): err.append("percent as value")
        if "qualifier" in f and f["qualifier"] not in QUAL: err.append("qualifier")
        ps, pe = f["period_start"], f["period_end"]
        if ps is None or pe is None:
            if not f.get("optional"): err.append("null period on required figure")
        else:
            if not (per.match(ps) and per.match(pe)) or ps > pe: err.append("period")
            if pe > pub[:7] and not f.get("optional"): err.append("future period on required figure")
        # digits in quote should appear in value unless word fraction
        if err:
            bad += 1; print("   BAD", f["quote"], err)
print("total", tot, "required", req, "errors", bad)
sys.exit(1 if bad else 0)
