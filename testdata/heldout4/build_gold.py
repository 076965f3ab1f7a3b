import json
import os
OUT=os.path.dirname(os.path.abspath(__file__))+"/"
def Y(y): return (f"{y}-01", f"{y}-12")
def fig(q,v,u,m,subj,flow,per,**kw):
    d={"quote":q,"value":float(v),"unit":u,"measure":m,"subject":subj,"flow":flow,
       "period_start":per[0] if per else None,"period_end":per[1] if per else None}
    for k in ("basis","of","qualifier","partner","optional"):
        if k in kw: d[k]=kw[k]
    return d
def val(q,v,u,subj,flow,per,**kw): return fig(q,v,u,"value",subj,flow,per,**kw)
def qty(q,v,u,subj,flow,per,**kw): return fig(q,v,u,"quantity",subj,flow,per,**kw)
def gr(q,v,subj,flow,per,basis="yoy",of="value",unit="percent",**kw):
    return fig(q,v,unit,"growth",subj,flow,per,basis=basis,of=of,**kw)
def sh(q,v,subj,flow,per,**kw): return fig(q,v,"percent","share",subj,flow,per,**kw)
arts={}
# 1 China Daily
T=("2024-01","2024-10"); O=("2024-10","2024-10"); TG="total goods"
arts["china-daily-trade-oct-2024.txt"]=("2024-11-08",[
 gr("5.2%",5.2,TG,"trade",T), gr("5.2 percent",5.2,TG,"trade",T), val("36.02 trillion yuan",36.02e12,"CNY",TG,"trade",T),
 gr("6.7 percent",6.7,TG,"export",T), val("20.8 trillion yuan",20.8e12,"CNY",TG,"export",T),
 gr("3.2 percent",3.2,TG,"import",T), val("15.22 trillion yuan",15.22e12,"CNY",TG,"import",T),
 val("5.58 trillion yuan",5.58e12,"CNY",TG,"surplus",T),
 gr("11.2 percent",11.2,TG,"export",O), val("2.17 trillion yuan",2.17e12,"CNY",TG,"export",O),
 gr("2.3 percent",-2.3,TG,"import",O), val("1.5 trillion yuan",1.5e12,"CNY",TG,"import",O),
 val("3.67 trillion yuan",3.67e12,"CNY",TG,"trade",O),
 gr("0.6 percent",-0.6,TG,"trade",O,basis="mom"), gr("1.8 percent",1.8,TG,"export",O,basis="mom"),
 val("5.69 trillion yuan",5.69e12,"CNY",TG,"trade",T,partner="ASEAN"),
 gr("9.4 percent",9.4,TG,"trade",T,partner="ASEAN"),
 sh("15.8 percent",15.8,TG,"trade",T,partner="ASEAN"),
 gr("1.5 percent",1.5,TG,"trade",T,partner="EU"), val("4.68 trillion yuan",4.68e12,"CNY",TG,"trade",T,partner="EU"),
 gr("4.3 percent",4.3,TG,"trade",T,partner="US"), val("3.98 trillion yuan",3.98e12,"CNY",TG,"trade",T,partner="US"),
 gr("8.8 percent",8.8,"private enterprises","trade",T), val("19.94 trillion yuan",19.94e12,"CNY","private enterprises","trade",T),
 sh("55.4 percent",55.4,"private enterprises","trade",T),
 fig("1.7 percentage points",1.7,"pp","growth","private enterprises share of trade","trade",T,basis="yoy"),
 gr("8 percent",8,"mechanical and electrical products","export",T),
 val("12.36 trillion yuan",12.36e12,"CNY","mechanical and electrical products","export",T),
 sh("59.4 percent",59.4,"mechanical and electrical products","export",T),
 gr("around 5 percent",5,TG,"trade",Y(2024),qualifier="about",optional=True),
])
# 2 Nikkei (reporter: Japan)
Y4=Y(2024); D=("2024-12","2024-12"); SPE="semiconductor production equipment"
arts["nikkei-japan-china-trade-2024.txt"]=("2025-01-23",[
 gr("6.4%",6.4,TG,"export",Y4,partner="China"),
 val("18.86 trillion yen",18.86e12,"JPY",TG,"export",Y4,partner="China"),
 val("$124.9 billion",124.9e9,"USD",TG,"export",Y4,partner="China"),
 gr("2.7%",2.7,TG,"import",Y4,partner="China"),
 val("25.28 trillion yen",25.28e12,"JPY",TG,"import",Y4,partner="China"),
 val("6.42 trillion yen",6.42e12,"JPY",TG,"deficit",Y4,partner="China"),
 gr("41.9%",41.9,SPE,"export",Y4,partner="China"),
 val("¥2.15 trillion",2.15e12,"JPY",SPE,"export",Y4,partner="China"),
 sh("11.4%",11.4,SPE,"export",Y4,partner="China"),
 gr("2.4%",2.4,TG,"export",D,partner="China"), val("¥1.82 trillion",1.82e12,"JPY",TG,"export",D,partner="China"),
 gr("2.9%",-2.9,TG,"import",D,partner="China"), val("¥2.07 trillion",2.07e12,"JPY",TG,"import",D,partner="China"),
 val("¥5.33 trillion",5.33e12,"JPY",TG,"deficit",Y4),
 gr("44%",-44,TG,"deficit",Y4),
 val("¥100 trillion",100e12,"JPY",TG,"export",Y4,qualifier="more_than",optional=True),
 val("¥107.09 trillion",107.09e12,"JPY",TG,"export",Y4),
 gr("6.2%",6.2,TG,"export",Y4),
 gr("1.8%",1.8,TG,"import",Y4), val("¥112.43 trillion",112.43e12,"JPY",TG,"import",Y4),
 fig("about 151.5 to the dollar",151.5,"JPY/USD","other","yen exchange rate",None,Y4,qualifier="about",optional=True),
 val("$308.3 billion",308.3e9,"USD",TG,"trade",Y4,partner="China"),
 gr("3%",-3,TG,"trade",Y4,partner="China"),
 sh("17.6%",17.6,TG,"export",Y4,partner="China"),
 sh("19.9%",19.9,TG,"export",Y4,partner="US"),
 val("¥2.5 trillion",2.5e12,"JPY",SPE,"export",Y(2025),partner="China",qualifier="more_than",optional=True),
])
# 3 Caixin
D=("2024-12","2024-12"); N=("2024-11","2024-11"); S="soybeans"; P="pork"
def gq(q,v,subj,flow,per,**kw): return gr(q,v,subj,flow,per,of="quantity",**kw)
arts["caixin-soy-pork-2024.txt"]=("2025-01-20",[
 qty("105.03 million tonnes",105.03e6,"tonnes",S,"import",Y4), gq("6.5%",6.5,S,"import",Y4),
 qty("74.65 million tonnes",74.65e6,"tonnes",S,"import",Y4,partner="Brazil"),
 gq("6.2%",6.2,S,"import",Y4,partner="Brazil"),
 sh("71.1%",71.1,S,"import",Y4,partner="Brazil"),
 gq("9.4%",-9.4,S,"import",Y4,partner="US"),
 qty("22.13 million tonnes",22.13e6,"tonnes",S,"import",Y4,partner="US"),
 sh("about 21%",21,S,"import",Y4,partner="US",qualifier="about"),
 fig("3.3 percentage points",-3.3,"pp","growth","soybeans import share","import",Y4,basis="yoy",partner="US"),
 val("$52.7 billion",52.7e9,"USD",S,"import",Y4), gr("11.6%",-11.6,S,"import",Y4),
 fig("roughly $502 per tonne",502,"USD/tonne","price",S,"import",Y4,qualifier="about",optional=True),
 qty("10.31 million tonnes",10.31e6,"tonnes",S,"import",D), gq("3.5%",-3.5,S,"import",D),
 gq("30.8%",30.8,S,"import",D,basis="mom"),
 qty("7.88 million tonnes",7.88e6,"tonnes",S,"import",N),
 qty("1.07 mln tonnes",1.07e6,"tonnes",P,"import",Y4), gq("30.9%",-30.9,P,"import",Y4),
 qty("about 300k tonnes",300e3,"tonnes",P,"import",Y4,partner="Spain",qualifier="about"),
 qty("nearly 240k tonnes",240e3,"tonnes",P,"import",Y4,partner="Brazil",qualifier="nearly"),
 qty("113k tonnes",113e3,"tonnes",P,"import",Y4,partner="US"),
 qty("90,000 tonnes",90e3,"tonnes",P,"import",D),
 gq("0.9%",0.9,P,"import",D,basis="mom"),
])
# 4 Reuters
LI="lithium-ion batteries"; PV="photovoltaic cells and modules"
arts["reuters-battery-solar-2024.txt"]=("2025-01-14",[
 gq("10.7%",10.7,LI,"export",Y4), qty("3.91 billion units",3.91e9,"units",LI,"export",Y4),
 gr("5.8%",-5.8,LI,"export",Y4), val("$61.1 billion",61.1e9,"USD",LI,"export",Y4),
 val("439.3 billion yuan",439.3e9,"CNY",LI,"export",Y4),
 gr("34.6%",-34.6,PV,"export",Y4), val("$32.1 billion",32.1e9,"USD",PV,"export",Y4),
 gq("about 13%",13,"solar modules","export",Y4,qualifier="about"),
 qty("roughly 236 gigawatts",236,"GW","solar modules","export",Y4,qualifier="about",optional=True),
 gr("18.9%",18.9,LI,"export",D), val("$5.96 bn",5.96e9,"USD",LI,"export",D),
 gr("7.3%",7.3,LI,"export",D,basis="mom"),
 val("$2.3 bn",2.3e9,"USD",PV,"export",D), gr("20.5%",-20.5,PV,"export",D),
 val("about $15.6 billion",15.6e9,"USD",LI,"export",Y4,partner="US",qualifier="about"),
 sh("25.5%",25.5,LI,"export",Y4,partner="US"),
 sh("11.2%",11.2,LI,"export",Y4,partner="Germany"),
 fig("25%",25,"percent","other","US tariff on Chinese batteries",None,None,optional=True),
 fig("0.7 yuan per watt",0.7,"CNY/W","price","solar modules",None,D,qualifier="about",optional=True),
 fig("75,000 yuan per tonne",75000,"CNY/tonne","price","lithium carbonate",None,D,qualifier="about",optional=True),
 fig("more than 10%",10,"percent","other","module price discount",None,None,qualifier="more_than",optional=True),
])
# 5 Rare-earth desk
RE="rare earths"; MG="rare earth permanent magnets"; T11=("2024-01","2024-11"); OC=("2024-10","2024-10")
arts["rare-earth-desk-nov-2024.txt"]=("2024-12-20",[
 qty("3,929吨",3929,"tonnes",RE,"export",N), gq("15.9%",-15.9,RE,"export",N,basis="mom"),
 qty("4,671吨",4671,"tonnes",RE,"export",OC), gq("0.7 pct",-0.7,RE,"export",N),
 qty("5.06万吨",50600,"tonnes",RE,"export",T11), gq("5.4 pct",5.4,RE,"export",T11),
 gr("33.7 pct",-33.7,RE,"export",T11), val("$475.6 mln",475.6e6,"USD",RE,"export",T11),
 qty("12.4万吨",124000,"tonnes",RE,"import",T11), gq("4.1 pct",-4.1,RE,"import",T11),
 qty("1.03万吨",10300,"tonnes",RE,"import",N),
 qty("about 4,200吨",4200,"tonnes",RE,"import",N,partner="Myanmar",qualifier="about"),
 qty("5,426吨",5426,"tonnes",MG,"export",N), gq("4.5%",4.5,MG,"export",N,basis="mom"),
 qty("5.28万吨",52800,"tonnes",MG,"export",T11), gq("10.2%",10.2,MG,"export",T11),
 qty("7,180吨",7180,"tonnes",MG,"export",T11,partner="Germany"),
 sh("13.6%",13.6,MG,"export",T11,partner="Germany"),
 val("170.2亿元",17.02e9,"CNY",MG,"export",T11), gr("7.8%",-7.8,MG,"export",T11),
 qty("4,000吨",4000,"tonnes",RE,"export",D,qualifier="less_than",optional=True),
 qty("about 5.5万吨",55000,"tonnes",RE,"export",Y4,qualifier="about",optional=True),
 qty("52,307吨",52307,"tonnes",RE,"export",Y(2023)),
])
# 6 CNBC (reporter: US)
GS="goods and services"; G="total goods"
arts["cnbc-us-china-deficit-2024.txt"]=("2025-02-05",[
 gr("5.8%",5.8,G,"deficit",Y4,partner="China"),
 val("$295.4 billion",295.4e9,"USD",G,"deficit",Y4,partner="China"),
 gr("2.8%",2.8,G,"import",Y4,partner="China"), val("$438.9 billion",438.9e9,"USD",G,"import",Y4,partner="China"),
 gr("2.9%",-2.9,G,"export",Y4,partner="China"), val("$143.5 billion",143.5e9,"USD",G,"export",Y4,partner="China"),
 gr("$103.1 billion",-103.1e9,G,"deficit",Y(2023),unit="USD",partner="China"),
 val("$279.1 billion",279.1e9,"USD",G,"deficit",Y(2023),partner="China"),
 gr("17%",17,GS,"deficit",Y4), val("$918.4 billion",918.4e9,"USD",GS,"deficit",Y4),
 val("$1.2 trillion",1.2e12,"USD",G,"deficit",Y4,qualifier="more_than",optional=True),
 val("$1.21 trillion",1.21e12,"USD",G,"deficit",Y4),
 gr("24.7%",24.7,GS,"deficit",D,basis="mom"), val("$98.4 billion",98.4e9,"USD",GS,"deficit",D),
 gr("3.5%",3.5,GS,"import",D,basis="mom"), val("$364.9 billion",364.9e9,"USD",GS,"import",D),
 sh("13.4%",13.4,G,"import",Y4,partner="China"), sh("15.5%",15.5,G,"import",Y4,partner="Mexico"),
 fig("10%",10,"percent","other","additional US tariff on Chinese imports",None,None,optional=True),
 val("$250 billion",250e9,"USD",G,"deficit",Y(2025),partner="China",qualifier="less_than",optional=True),
])
# 7 markdown
cells=[("524.7","4.9","US"),("291.5","5.5","Hong Kong"),("161.9","17.4","Vietnam"),("152.0","-3.4","Japan"),
       ("146.2","-1.5","South Korea"),("120.5","2.4","India"),("115.5","4.1","Russia")]
md=[gr("5.9 per cent",5.9,G,"export",Y4), val("US$3.58tn",3.58e12,"USD",G,"export",Y4),
    val("US$992.2 billion",992.2e9,"USD",G,"surplus",Y4)]
for v,g,p in cells:
    md.append(val(v,float(v)*1e9,"USD",G,"export",Y4,partner=p,optional=True))
    md.append(gr(g,float(g),G,"export",Y4,partner=p,optional=True))
md+=[val("US$524.7 billion",524.7e9,"USD",G,"export",Y4,partner="US"),
 sh("14.7 per cent",14.7,G,"export",Y4,partner="US"), gr("4.9 per cent",4.9,G,"export",Y4,partner="US"),
 gr("12 per cent",12,G,"export",Y4,partner="ASEAN"), val("US$586.5bn",586.5e9,"USD",G,"export",Y4,partner="ASEAN"),
 gr("3 per cent",3,G,"export",Y4,partner="EU"), val("US$516.4bn",516.4e9,"USD",G,"export",Y4,partner="EU"),
 gr("17.4 per cent",17.4,G,"export",Y4,partner="Vietnam"),
 gr("3.4 per cent",-3.4,G,"export",Y4,partner="Japan"), gr("1.5 per cent",-1.5,G,"export",Y4,partner="South Korea"),
 gr("about 4 per cent",4,G,"export",Y4,partner="Russia",qualifier="about"),
 val("more than US$120 billion",120e9,"USD",G,"export",Y4,partner="India",qualifier="more_than")]
arts["china-top-export-markets-2024.md"]=("2025-01-21",md)
# 8 html
Q=("2025-01","2025-03"); M=("2025-03","2025-03")
h=[val("10.3 trillion yuan",10.3e12,"CNY",G,"trade",Q), gr("1.3%",1.3,G,"trade",Q),
 gr("6.9%",6.9,G,"export",Q), val("6.13 trillion yuan",6.13e12,"CNY",G,"export",Q),
 gr("6%",-6,G,"import",Q), val("4.17 trillion yuan",4.17e12,"CNY",G,"import",Q),
 gr("5.8%",5.8,G,"export",Q), val("$857.6 billion",857.6e9,"USD",G,"export",Q),
 gr("7%",-7,G,"import",Q), val("$584.4 billion",584.4e9,"USD",G,"import",Q),
 val("$273.2 billion",273.2e9,"USD",G,"surplus",Q),
 gr("13.5%",13.5,G,"export",M), val("2.25 trillion yuan",2.25e12,"CNY",G,"export",M),
 val("$313.9 billion",313.9e9,"USD",G,"export",M),
 gr("4.3%",-4.3,G,"import",M), val("1.48 trillion yuan",1.48e12,"CNY",G,"import",M)]
rows=[("trade","10,297.7","1.3","3,730.2","6.0"),("export","6,126.5","6.9","2,250.9","13.5"),
      ("import","4,171.2","-6.0","1,479.3","-4.3"),("surplus","1,955.3",None,"771.6",None)]
for fl,qv,qg,mv,mg in rows:
    h.append(val(qv,float(qv.replace(",",""))*1e9,"CNY",G,fl,Q,optional=True))
    if qg: h.append(gr(qg,float(qg),G,fl,Q,optional=True))
    h.append(val(mv,float(mv.replace(",",""))*1e9,"CNY",G,fl,M,optional=True))
    if mg: h.append(gr(mg,float(mg),G,fl,M,optional=True))
h+=[gr("7.1%",7.1,G,"trade",Q,partner="ASEAN"), val("1.71 trillion yuan",1.71e12,"CNY",G,"trade",Q,partner="ASEAN"),
 sh("16.6%",16.6,G,"trade",Q,partner="ASEAN"), gr("4.1%",4.1,G,"trade",Q,partner="US"),
 val("1.06 trillion yuan",1.06e12,"CNY",G,"trade",Q,partner="US"),
 sh("about 10.3%",10.3,G,"trade",Q,partner="US",qualifier="about")]
arts["customs-q1-2025.html"]=("2025-04-14",h)
for fn,(pub,figs) in arts.items():
    base=fn.rsplit(".",1)[0]
    with open(OUT+base+".gold.json","w") as f:
        json.dump({"file":fn,"published":pub,"figures":figs},f,indent=1,ensure_ascii=False); f.write("\n")
