#!/usr/bin/env python3
"""Check every *.gold.json here: quotes are exact substrings, fields valid, numbers in quote agree with value."""
import json, glob, re, sys, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
UNITS={"CNY","USD","EUR","JPY","KRW","HKD","units","tonnes","percent","pp","fold","CNY/USD"}
MEAS={"value","quantity","growth","share","price","other"}
FLOWS={"export","import","trade","surplus","deficit",None}
QUAL={"","more_than","at_least","less_than","nearly","about"}
KEYS={"quote","value","unit","measure","subject","flow","period_start","period_end"}
OPT={"basis","of","qualifier","partner","optional"}
per=re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
bad=0; tot=0
for g in sorted(glob.glob("*.gold.json")):
    d=json.load(open(g)); txt=open(d["file"]).read()
    assert re.match(r"^\d{4}-\d{2}-\d{2}$",d["published"])
    n=len(d["figures"]); no=sum(1 for f in d["figures"] if f.get("optional"))
    for f in d["figures"]:
        e=[]
        if set(f)-KEYS-OPT or KEYS-set(f): e.append("keys")
        if f["quote"] not in txt: e.append("quote not in text")
        if f["unit"] not in UNITS: e.append("unit")
        if f["measure"] not in MEAS: e.append("measure")
        if f["flow"] not in FLOWS: e.append("flow")
        if f.get("qualifier","") not in QUAL: e.append("qualifier")
        for k in ("period_start","period_end"):
            if f[k] is not None and not per.match(f[k]): e.append(k)
        if f["period_start"] and f["period_end"] and f["period_start"]>f["period_end"]: e.append("period order")
        if f["period_end"] and f["period_end"][:7]>d["published"][:7] and not f.get("optional"): e.append("period after publication")
        if f["measure"]=="growth":
            if f.get("basis") not in ("yoy","mom") or f.get("of") not in ("value","quantity"): e.append("basis/of")
        elif "basis" in f or "of" in f: e.append("basis/of on non-growth")
        if f["flow"] in ("surplus","deficit") and f["value"]<0: e.append("negative balance")
        nums=re.findall(r"\d[\d,]*(?:\.\d+)?",f["quote"])
        if nums:
            x=float(nums[0].replace(",",""))
            if not any(abs(abs(f["value"])-x*s)<=1e-6*max(1,abs(f["value"])) for s in (1,1e3,1e6,1e9,1e12)): e.append("value vs quote")
        if e: bad+=1; print(g,f["quote"],e)
    tot+=n
    print(f"{g}: {n} figures ({n-no} required, {no} optional), {len(txt.split())} words")
print("total",tot,"errors",bad); sys.exit(1 if bad else 0)
