#!/usr/bin/env python3
"""Validate a benchmark set's gold: JSON format, labels/aliases occur in the text, relation endpoints exist.

    python benchmarks/check_gold.py benchmarks/devset4      (a folder holding docs/ and gold/)
"""
import json, re, sys, unicodedata
from pathlib import Path
if len(sys.argv) != 2 or not (Path(sys.argv[1]) / "gold").is_dir() or not (Path(sys.argv[1]) / "docs").is_dir():
    sys.exit("usage: check_gold.py SET_DIR   (a folder holding docs/ and gold/, e.g. benchmarks/devset4)")
ROOT = Path(sys.argv[1]).resolve()
TYPES = {"Region","Person","Organization","Campaign","Project","Slogan","PolicyDocument","Event"}
RELS = {"partOf","locatedIn","holdsPost","conducts","partOfCampaign","associatedWith","attended","issuedBy","basedOn","investsIn"}
_STRIP = re.compile(r"[\s\u3000\"'“”‘’「」『』《》〈〉]+")
def norm(t): return _STRIP.sub("", unicodedata.normalize("NFKC", str(t)))
try:
    import opencc
    t2s = opencc.OpenCC("t2s").convert
except Exception:
    t2s = None
bad = 0
rows = []
warnings = []
for gf in sorted((ROOT/"gold").glob("*.json")):
    g = json.loads(gf.read_text(encoding="utf-8"))
    txtp = ROOT/"docs"/g["doc"]
    assert txtp.exists(), txtp
    assert gf.stem == txtp.stem
    text = txtp.read_text(encoding="utf-8")
    texts = [norm(text)]
    if t2s: texts.append(norm(t2s(text)))
    labels = {}
    def err(m):
        global bad; bad += 1; print(f"{gf.name}: {m}")
    for e in g["entities"]:
        if e["type"] not in TYPES: err(f"bad type {e}")
        if set(e) - {"type","label","aliases","parent","optional","number"}: err(f"bad keys {e}")
        occurs = lambda n: any(norm(n) in t for t in texts)
        for n in e.get("aliases", []):
            if not occurs(n): err(f"alias not in text: {e['type']} {n!r}")
        if not occurs(e["label"]):
            # guideline-resolved labels (市委 -> 岳阳市委, 全县…大会 -> X县…大会) are allowed
            # when a written form is an alias; implied bodies only when optional
            if any(occurs(a) for a in e.get("aliases", [])):
                warnings.append(f"{gf.name}: resolved label {e['type']} {e['label']!r}")
            elif e.get("optional"):
                warnings.append(f"{gf.name}: optional implied label {e['type']} {e['label']!r}")
            else:
                err(f"label not in text and no alias in text: {e['type']} {e['label']!r}")
        if e["label"] in labels: err(f"duplicate label {e['label']}")
        labels[e["label"]] = e
    for e in g["entities"]:
        if e.get("parent") and e["type"] != "Region": err(f"parent on non-region {e}")
    nrel = 0; nreq = 0
    for r in g["relations"]:
        if r["rel"] not in RELS: err(f"bad rel {r}")
        for end in ("head","tail"):
            if r[end] not in labels: err(f"endpoint not an entity label: {r[end]!r} in {r}")
        if r["rel"] == "holdsPost" and not r.get("post"): err(f"holdsPost without post {r}")
        if r["rel"] == "holdsPost":
            if labels.get(r["head"],{}).get("type") != "Person": err(f"holdsPost head not person {r}")
    seen=set()
    for r in g["relations"]:
        k=(r["head"],r["rel"],r["tail"],r.get("post"))
        if k in seen: err(f"duplicate relation {k}")
        seen.add(k)
    ents = g["entities"]; rels = g["relations"]
    rows.append((gf.stem, len(text.strip()), len(ents), sum(not e.get("optional") for e in ents),
                 len(rels), sum(not r.get("optional") for r in rels), sum(1 for e in ents if e.get("parent"))))
print("| file | chars | entities (required) | relations (required) | parent→partOf |")
print("|---|---|---|---|---|")
T=[0]*6
for s,c,e,er,r,rr,p in rows:
    print(f"| {s} | {c} | {e} ({er}) | {r} ({rr}) | {p} |")
    for i,v in enumerate((c,e,er,r,rr,p)): T[i]+=v
print(f"| **total** | | **{T[1]} ({T[2]})** | **{T[3]} ({T[4]})** | **{T[5]}** |")
print()
for w in warnings: print("note:", w)
print("errors:", bad)
sys.exit(1 if bad else 0)
