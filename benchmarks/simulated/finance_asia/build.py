#!/usr/bin/env python3
"""Build a hidden-collection-style OTA dataset: banks, insurers, telecoms in ja/ko/th/vi/hi/id/pt-BR/en.

Writes manifest.json, snapshots.warc.gz, declarations/, truth.json into this folder. Deterministic (seeded).
"""
import hashlib, io, json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_common import *
from warcio.warcwriter import WARCWriter
from warcio.statusandheaders import StatusAndHeaders
import svc_ja, svc_ko, svc_th, svc_vi, svc_hi, svc_id, svc_pt, svc_en

OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
MODS = [svc_ja, svc_ko, svc_th, svc_vi, svc_hi, svc_id, svc_pt, svc_en]


def decl_at(svc, date_s):
    for h in sorted(svc.get("history", {}).get("Privacy Policy", []), key=lambda h: h["validUntil"]):
        if date_s <= h["validUntil"]:
            return h
    return svc["decl"]["terms"]["Privacy Policy"]


def main():
    os.makedirs(os.path.join(OUT, "declarations"), exist_ok=True)
    manifest, truth = {}, {}
    records = []
    problems = []
    for k, mod in enumerate(MODS):
        rng = random.Random(2500 + k)
        svc = mod.build(rng)
        key = f"{svc['service']}/Privacy Policy.html"
        snaps, gold, tr = [], [], []
        prev_body = prev_words = None
        for i, c in enumerate(svc["captures"]):
            ds = c["date"].strftime("%Y-%m-%dT%H:%M:%SZ")
            sid = hashlib.sha1(f"{svc['service']}|{ds}".encode() + c["body"]).hexdigest()
            if prev_body is not None and c["body"] == prev_body:
                problems.append(f"{key} #{i}: body identical to previous")
            d = decl_at(svc, ds)
            md = select_region(c["body"], d, svc["url"])
            words = region_words(md)
            if not md.strip():
                problems.append(f"{key} #{i}: empty region")
            region_changed = prev_words is not None and words != prev_words
            if i > 0 and region_changed != c["real"]:
                problems.append(f"{key} #{i}: truth={c['real']} but curated region changed={region_changed} ({c['note']})")
            snaps.append({"snapshot": sid, "date": ds, "bytes": len(c["body"])})
            if i == 0 or c["real"]:
                gold.append({"snapshot": sid, "version_commit": hashlib.sha1(md.encode()).hexdigest(), "text": md})
            tr.append({"i": i, "date": ds, "snapshot": sid, "real_change": bool(c["real"]) and i > 0, "first": i == 0, "note": c["note"]})
            records.append((svc["url"], c["date"], c["ctype"], c["body"]))
            prev_body, prev_words = c["body"], words
        manifest[key] = {"service": svc["service"], "doc": "Privacy Policy", "url": svc["url"], "snapshots": snaps, "gold": gold}
        truth[key] = tr
        json.dump(svc["decl"], open(os.path.join(OUT, "declarations", f"{svc['service']}.json"), "w"), ensure_ascii=False, indent=2)
        if svc.get("history"):
            json.dump(svc["history"], open(os.path.join(OUT, "declarations", f"{svc['service']}.history.json"), "w"), ensure_ascii=False, indent=2)
    # WARC: per page in time order (as the OTA collections are)
    with open(os.path.join(OUT, "snapshots.warc.gz"), "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for url, date, ctype, body in records:
            hh = StatusAndHeaders("200 OK", [("Content-Type", ctype), ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
            rec = w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=hh,
                                       warc_headers_dict={"WARC-Date": date.strftime("%Y-%m-%dT%H:%M:%SZ")})
            w.write_record(rec)
    json.dump(manifest, open(os.path.join(OUT, "manifest.json"), "w"), ensure_ascii=False, indent=1)
    json.dump(truth, open(os.path.join(OUT, "truth.json"), "w"), ensure_ascii=False, indent=1)
    for k, v in truth.items():
        print(f"{k:45s} captures={len(v)} real_edits={sum(t['real_change'] for t in v)} noise_only={sum(not t['real_change'] and not t['first'] for t in v)}")
    print("problems:", len(problems))
    for p in problems:
        print("  ", p)


if __name__ == "__main__":
    main()
